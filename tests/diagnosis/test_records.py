"""Logs read through the records their collectors store them in (docker's json-file, the CRI files of a node,
Cloud Logging and CloudWatch exports), through terminal colours and the prefixes of the places they are pasted."""

from __future__ import annotations

import html
import json

import pytest
from world_corpora import DIAGNOSIS, kind_of, load

from deploy_mcp.diagnose import diagnose
from deploy_mcp.diagnosis.records import unwrap

_TRACEBACK = (
    "INFO 10-08 20:33:40 [model.py:1510] Using max model len 32768\n"
    "Traceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.12/dist-packages/vllm/v1/engine/core.py", line 80, in __init__\n'
    "    self.model_executor = executor_class(vllm_config)\n"
    "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of "
    "79.25 GiB of which 1.12 GiB is free."
)


def _per_line(text: str, wrap) -> str:
    return "\n".join(wrap(line) for line in text.split("\n"))


def _docker_json_file(text: str) -> str:
    return _per_line(
        text,
        lambda line: json.dumps({"log": line + "\n", "stream": "stderr", "time": "2025-06-01T12:00:00Z"}),
    )


def _cri(text: str) -> str:
    return _per_line(text, lambda line: f"2025-06-01T12:00:00.123456789Z stderr F {line}")


def _cloud_logging_entries(text: str) -> str:
    return _per_line(text, lambda line: json.dumps({"textPayload": line, "severity": "ERROR"}))


def _gcloud_document(text: str) -> str:
    # `gcloud logging read --format=json`: indented, the whole text one entry's payload.
    return json.dumps([{"insertId": "1x2y", "textPayload": text, "severity": "ERROR"}], indent=2)


def _cloudwatch_events(text: str) -> str:
    events = [
        {"logStreamName": "vllm/1", "timestamp": 1, "message": line, "ingestionTime": 2}
        for line in text.split("\n")
    ]
    return json.dumps({"events": events, "searchedLogStreams": []}, indent=4)


def _markdown_quote(text: str) -> str:
    return _per_line(text, lambda line: f"> {line}".rstrip())


def _markdown_fence(text: str) -> str:
    return f"```text\n{text.rstrip()}\n```\n"


def _folded_block(text: str) -> str:
    # An issue thread's folded log: <details>, its summary, then the fenced log.
    return f"<details>\n<summary>Full log</summary>\n\n```\n{text.rstrip()}\n```\n</details>\n"


def _stern(text: str) -> str:
    # A log aggregator's pod and container before every line, which no prefix rule knows.
    return _per_line(text, lambda line: f"vllm-5d8f9c7b6-x2k4p vllm {line}")


def _supervisor_tag(text: str) -> str:
    return _per_line(text, lambda line: f"[worker-1] {line}")


def _html_page(text: str) -> str:
    # A log copied from a web page whose entities were never decoded.
    return html.escape(text, quote=True)


def _coloured_compose(text: str) -> str:
    return _per_line(text, lambda line: f"\x1b[36mvllm-1  |\x1b[0m {line}")


def _coloured(text: str) -> str:
    return _per_line(text, lambda line: f"\x1b[32m{line}\x1b[0m")


WRAPPERS = [
    _docker_json_file,
    _cri,
    _cloud_logging_entries,
    _gcloud_document,
    _cloudwatch_events,
    _markdown_quote,
    _markdown_fence,
    _folded_block,
    _html_page,
    _stern,
    _supervisor_tag,
    _coloured_compose,
    _coloured,
]


@pytest.mark.parametrize("wrap", WRAPPERS)
def test_a_wrapped_log_reads_as_the_log_itself(wrap):
    result = diagnose(wrap(_TRACEBACK))
    assert result is not None and result.kind == "gpu_oom"
    assert "CUDA out of memory" in result.evidence[-1]
    assert '"' not in result.evidence[-1].split("CUDA")[0]


@pytest.mark.parametrize(
    "wrap", [_docker_json_file, _cloud_logging_entries, _gcloud_document, _cloudwatch_events]
)
def test_unwrapping_gives_back_the_programs_lines(wrap):
    assert unwrap(wrap(_TRACEBACK).encode()).decode() == _TRACEBACK


def test_a_document_listed_newest_first_reads_in_the_order_it_was_written():
    # gcloud's default order: the exception line's entry first, the start of the traceback last.
    lines = _TRACEBACK.split("\n")
    entries = [
        {"textPayload": line, "timestamp": f"2025-06-01T12:00:{second:02d}.000000Z", "severity": "ERROR"}
        for second, line in enumerate(lines)
    ]
    document = json.dumps(entries[::-1], indent=2).encode()
    assert unwrap(document).decode() == _TRACEBACK
    result = diagnose(document)
    assert result is not None and result.kind == "gpu_oom"


def test_a_document_cut_at_its_start_is_read_line_by_line():
    document = _cloudwatch_events(_TRACEBACK)
    tail = document[document.index("},") + 2 :]
    assert unwrap(tail.encode()).decode() == _TRACEBACK.split("\n", 1)[1]


def test_a_log_passed_as_one_escaped_string_reads_as_its_lines():
    for escaped in (json.dumps(_TRACEBACK), repr(_TRACEBACK)):
        assert unwrap(escaped.encode()).decode() == _TRACEBACK
        result = diagnose(escaped)
        assert result is not None and result.kind == "gpu_oom"


def test_a_json_string_escapes_past_ascii_read_as_the_characters():
    # json.dumps escapes uv's "×" and its tree ("\u00d7", "\u251c\u2500\u25b6"); a repr keeps them as written.
    text = (
        "Resolved 116 packages\n  × Failed to build `causal-conv1d==1.5.0.post8`\n"
        "  ├─▶ The build backend returned an error\n"
    )
    assert unwrap(json.dumps(text).encode()) == text.encode()
    assert unwrap(repr(text).encode()) == text.encode()


def test_escaped_breaks_outside_a_string_literal_are_left_as_written():
    unquoted = b"RuntimeError: engine died\\n  File x\\n  File y\\nValueError: z"
    assert unwrap(unquoted) == unquoted
    many_lines = b'INFO one\nINFO two\nINFO three\nbody: {"detail": "a\\nb\\nc\\nd"}'
    assert unwrap(many_lines) == many_lines
    # TGI's JSON logging quotes a dead shard's stderr with its breaks escaped, in one record of its own.
    structured = (
        b'{"level":"ERROR","fields":{"message":"Shard complete standard error output:\\n\\na\\nb\\nc"}}'
    )
    assert unwrap(structured) == structured


def _corpus_with_breaks() -> list:
    return [(name, case) for name, case in _corpus_cases() if (case.get("text") or "").count("\n") >= 3]


def test_every_corpus_log_of_several_lines_reads_the_same_passed_as_one_escaped_string():
    # A log of one or two lines passed so has too few escaped breaks to tell it from a line that quotes some.
    changed = []
    for name, case in _corpus_with_breaks():
        plain = kind_of(case)
        escaped = kind_of(dict(case, text=json.dumps(case.get("text") or "")))
        if plain != escaped and name not in _NESTED:
            changed.append((name, plain, escaped))
    assert changed == []


def test_a_programs_own_json_lines_are_left_as_written():
    # A structured log's "message" is the program's field, not a collector's record: the rules read the line whole.
    text = b'{"level":"error","ts":1,"message":"failed to load model","error":"no such file"}\n{"msg": "x"}'
    assert unwrap(text) == text


def test_a_pod_status_document_keeps_its_other_fields():
    # `kubectl get pod -o json`: the conditions' "message" fields are the cluster's words, and "reason" and
    # "exitCode" beside them are what the rules read.
    text = b'{\n  "status": {\n    "message": "Back-off restarting",\n    "reason": "OOMKilled",\n    "exitCode": 137\n  }\n}'
    assert unwrap(text) == text


def test_lines_around_records_stay_in_place():
    text = b'starting\n{"log":"ERROR boom\\n","stream":"stderr"}\nnot json {"log": 1}'
    assert unwrap(text) == b'starting\nERROR boom\nnot json {"log": 1}'


def test_records_nested_deeper_than_the_parser_goes_are_left_as_written():
    deep = b"[" * 100_000 + b"]" * 100_000
    for text in (b'{"log": ' + deep + b"}", b'[\n{"textPayload": ' + deep + b"}\n]"):
        assert unwrap(text) == text
        diagnose(text)


def test_broken_records_are_left_as_written():
    text = b'{"log":"cut in the middle\n    "textPayload": "no end,\n[1, 2]'
    assert unwrap(text) == text


def _corpus_cases() -> list:
    # The training parts only: a held-out log that read otherwise once wrapped would have to be read to mend it.
    return [
        (f"{directory.name}/{case['id']}", case)
        for directory in sorted(DIAGNOSIS.glob("world*"))
        for _, case in load(directory)
    ]


# Ten excerpts a second collector changes. Three are already a collector's output, and no log is stored by two
# collectors at once: CloudWatch's CSV with rsyslog's escapes; mpirun's --timestamp-output --tag-output prefix
# ("Thu Jan 23 11:55:50 2025[1,1]<stderr>:") before every line of a traceback cut at a frame, whose frames are no
# longer found once a second collector's tag sits over it; CloudWatch's console table ("-- | --" between rows,
# "  | <time> | " before each message), where the second tag is found on two lines of three, so the scoring model
# reads its word (the plain log sits at the naming bar, 0.988 against 0.99, since the refit with world131-137).
# The fourth, a Triton log, ends in a bare klog warning header ("W0728 10:07:39.947975 8
# pinned_memory_manager.cc:236") that reads as a warning only at a line's start. The last two carry three tags of
# their own, the most `common_tag` strips, so a collector's two push the innermost back into the text: neuron-cc's
# "06/16/2021 08:47:19 AM ERROR [neuron-cc]: " over a traceback's frames, and huggingface_hub's retry line repeated
# with its own request id, read as three starts (that plain log sits at the scoring model's bar). The seventh is
# fairseq 0.7's own "| " before its progress lines, over a traceback cut at a frame: under stern's container name
# or a supervisor's tag, "vllm | model lstm ..." is Docker Compose's "service | " prefix, stripped from those lines
# only, so the tag is no longer shared by nine lines in ten and stays in front of the frames. The eighth is DJL
# Serving's "[INFO ] PyProcess - " before every line of its Python worker's traceback cut at a frame: under stern's
# pod and container names the frames carry two tags, and the cut traceback is no longer found. The ninth, a slime
# rollout's SGLang engine, carries three tags of its own too (a log viewer's clock, the pod's name and " >> ", then
# Ray's "(SGLangEngine pid=3111) "): a collector's tag over them pushes Ray's back into the text, before the frames
# of a traceback cut at a frame. The tenth, a vLLM fork's worker ("2024-08-22 13:50:25 ERROR 200507
# [worker_base.py:148] " before every frame of a traceback cut at a frame, world609), carries two tags of its own:
# under stern's pod and container names they are four, and the frames are no longer found. A fourth tag would find
# them, but it also strips the kernel's "amdgpu 0000:c3:00.0: amdgpu: " from dmesg's page faults (world94 and
# world158 then read healthy).
_NESTED = {
    "world5/sagemaker-ping-400-then-term",
    "world10/sagemaker-lmi-vllm-engine-core-cloudwatch-escapes-traceback-cut",
    "world16/triton-cannot-get-cuda-device-count-gpu-metrics-unavailable",
    "world112/sglang-0-4-1-post7-cu124-image-mpi-stderr-event-loop-traceback-cut",
    "world209/neuron-cc-internal-compiler-error-dottransform-frames-pipeline-cores-4",
    "world19/hub-read-timeout-thrown-while-requesting-head",
    "world365/fairseq-0-7-lstm-fp16-colab-train-step-traceback-cut",
    "world376/djl-pyprocess-gpt-neox-20b-hf-pipeline-traceback-cut-at-pt-utils",
    "world504/slime-sglangengine-eagle3-scheduler-hit-exception-event-loop-normal-traceback-cut",
    "world609/vllm-spec-decode-worker-execution-loop-broadcast-traceback-cut",
}


@pytest.mark.parametrize("wrap", WRAPPERS)
def test_every_corpus_log_reads_the_same_through_each_collector(wrap):
    changed = []
    for name, case in _corpus_cases():
        plain = kind_of(case)
        wrapped = kind_of(dict(case, text=wrap(case.get("text") or "")))
        if plain != wrapped and name not in _NESTED:
            changed.append((name, plain, wrapped))
    assert changed == []

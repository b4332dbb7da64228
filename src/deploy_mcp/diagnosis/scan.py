"""One pass over a log tail: which lines hit which rule, where the engine became ready, how the log ends.

A log is mostly the same few line shapes repeated with other numbers (metrics, request lines, progress bars).
The text is folded once (lower case, every digit to 0) and split into lines; each distinct folded line is read
once, at its last occurrence, so the cost of the rules follows the number of distinct lines, not the size of
the log. Only lines holding a gate word are cleaned and tested against the needles of `rules`; needles are
matched on the real (unfolded) line, so numbers in a needle still count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from deploy_mcp.ansi import ANSI_ESCAPE, strip_ansi
from deploy_mcp.diagnosis.records import unwrap
from deploy_mcp.diagnosis.rules import RULES, index_by_gate, is_exception_line, is_usage_line
from deploy_mcp.diagnosis.wordings import HUB_HOSTS

_INDEX = list(index_by_gate().items())
_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ123456789", b"abcdefghijklmnopqrstuvwxyz000000000")


def _gate_pattern(gates: list[str]) -> re.Pattern[bytes]:
    """One alternation of the gate literals, grouped by first byte: few branches are tried per offset."""
    groups: dict[str, list[str]] = {}
    for gate in gates:
        groups.setdefault(gate[0], []).append(gate[1:])
    branches = (
        re.escape(first)
        + "(?:"
        + "|".join(re.escape(rest) for rest in sorted(rests, key=len, reverse=True))
        + ")"
        for first, rests in sorted(groups.items())
    )
    return re.compile("|".join(branches).encode())


# Literal alternatives only: no quantifier, so a failed branch costs at most the gate's length.
_GATE_RE = _gate_pattern([gate for gate, _ in _INDEX])

_PREFIX = re.compile(
    r"(?:"
    r"[\w.-]{1,80} +\| ?"  # docker compose: "vllm-1  | "
    r"|\[[\w.-]{1,80}\] +\| ?"  # podman-compose, which brackets the service: "[llm]        | "
    # `pm2 logs`, which puts the app's id and name before each line it relays, padded, then a bar ("3|qwen  |   File
    # ...", an SGLang server run under pm2, sgl-project/sglang#5284, world220's training part): the rest is the
    # app's own line, a traceback's frames among them (read as lines the process went on with, the log as healthy).
    r"|\d{1,6}\|[\w.@-]{1,80} +\| ?"
    # TorchServe's and MMS's frontend relaying what a Python worker writes, each line at the relay's INFO or WARN
    # ("[INFO ] W-9000-model_1-stdout org.pytorch.serve.wlm.WorkerLifeCycle - ", TorchServe 0.4's "... MODEL_LOG -
    # ", MMS's "[INFO ] W-model-2-stdout com.amazonaws.ml.mms.wlm.WorkerLifeCycle - "; WorkerLifeCycle's
    # ReaderThread): the rest is the worker's own line, a traceback's or an exception's as well (world123's training
    # part: a SageMaker Hugging Face endpoint whose handler raised, read as nothing under the relay's level).
    r"|\[(?:INFO|WARN|ERROR|DEBUG) ?\] W-[\w.-]{1,120}-std(?:out|err) (?:MODEL_LOG|[\w.]{1,120}\.WorkerLifeCycle) - "
    # DJL Serving's relay of what its Python engine's worker writes (engines/python's PyProcess, each line logged
    # under the worker's thread name "W-<pid>-<model>-stdout"/"-stderr"), in the LMI containers' console layout
    # ("WARN  PyProcess W-248-llama-2-7b-hf-stderr: ") and the bracketed one ("[INFO ] PyProcess -
    # W-124-model-stdout: "): the rest is the worker's own line, a traceback's frames among them (world329's
    # training part: a DeepSpeed worker's traceback cut at a frame, read as nothing under the relay's level).
    r"|(?:\[(?:INFO|WARN|ERROR|DEBUG|TRACE) ?\] |(?:INFO|WARN|ERROR|DEBUG|TRACE) {1,2})PyProcess(?: -)? "
    r"W-[\w.-]{1,120}-std(?:out|err):(?: |$)"
    # OpenMPI's mpirun --tag-output, which DJL Serving's MPI mode starts its workers under: "[1,0]<stderr>:" (the
    # job and the rank, then the stream) before each line a rank writes (world329's training part).
    r"|\[\d{1,5},\d{1,5}\]<std(?:out|err|diag)>:(?: |$)"
    # LocalAI's relay of what its gRPC backend writes (pkg/model/initializers.go, later process.go: each line of the
    # backend's stderr and stdout logged as log.Debug().Msgf("GRPC(%s): stderr %s", backend-model-address, line)
    # under zerolog's console writer, "10:29AM DBG GRPC(phi-2.gguf-127.0.0.1:46517): stderr "): the rest is the
    # engine's own line (llama.cpp's, a Go backend's fault and goroutine dump), read as such (world119's training
    # part: a SIGILL and a goroutine dump behind it were read as nothing).
    r"|(?:\d{1,2}:\d\d[AP]M )?DBG GRPC\([^()]{1,300}\): std(?:err|out)(?: |$)"
    # The same relay where a reporter's terminal wrapped the thread's name: the relay's second half alone starts the
    # next line ("1.0-stdout MODEL_LOG -   File ...", TorchServe pull #3351's test run; the tag above whole is
    # world123's), the rest the worker's own line, a traceback's frames among them (world130's training part).
    r"|[\w.-]{1,120}-std(?:out|err) (?:MODEL_LOG|[\w.]{1,120}\.WorkerLifeCycle) -(?: |$)"
    # vLLM/Ray: "(EngineCore_DP0 pid=12)"; Ray Serve names a replica by application and deployment
    # ("(ServeReplica:llama3-app:LLMDeployment pid=12249, ip=10.0.155.99)"), and an actor by its class and the
    # name its repr gives it ("(ActorWorker(actor_train-3) pid=14820, ip=33.108.200.75)", alibaba ROLL's workers,
    # world121's training part; "(MegatronPolicyWorker[rank=8] pid=3294808, ip=10.109.19.209)", NeMo RL's workers,
    # world324's training part)
    r"|\((?:[A-Za-z_][\w:.-]{0,120}(?:\([\w:.-]{1,120}\)|\[[\w=:.,-]{1,120}\])?(?: [^()]{0,120})?|pid=\d{1,10})\) ?"
    r"|\[[A-Za-z_]\w{0,60}\]\[pid=\d{1,10}\] ?"  # vLLM 0.14: "[EngineCore_DP0][pid=1242]"
    r"|\[[^\]\s]{1,80}\]:(?: |$)"  # a supervisor's stream tag: "[/bin/sh]: "
    r"|\[(?:rank|default)\d{1,5}\]: ?"  # torch distributed: "[rank0]:"
    # 3D Slicer's log (its error log model's file and console format: "[LEVEL][origin] dd.mm.yyyy hh:mm:ss
    # [category] (file:line) - ", "[DEBUG][Qt] 24.03.2021 10:46:07 [] (unknown:0) - "), which relays each line an
    # extension's subprocess writes ("[INFO][Python] 08.11.2025 09:08:52 [Python] (.../TotalSegmentator.py:628) -
    # ", TotalSegmentator's and MONAI Label's Slicer modules): the rest is the subprocess's own line, a traceback's
    # frames among them (world339's training part: a cut nnunetv2 import traceback read as nothing).
    r"|\[(?:DEBUG|INFO|WARNING|ERROR|CRITICAL|FATAL)\]\[[A-Za-z]{1,20}\] \d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d"
    r" \[[^\]]{0,80}\] \([^()]{0,400}:\d{1,6}\) -(?: |$)"
    r"|\[pod/[^\]\s]{1,200}\] ?"  # kubectl logs --prefix
    # tt-inference-server's workflows relaying the lines of the server container they started, each under the
    # container's name ("[tt-inference-server-1bb42c34] (APIServer pid=1)   File ...", world326's training part):
    # the rest is the server's own line, a traceback's frames among them.
    r"|\[tt-inference-server-[0-9a-f]{4,16}\] ?"
    # An Azure ML job's log, which writes "SystemLog: " before each line the job's process printed (paths under
    # /mnt/azureml and /azureml-envs): the rest is the process's own line, a traceback's frames among them
    # (world526's training part: an accelerate multi-GPU generate() traceback cut at a frame, read as nothing).
    r"|SystemLog:(?: |$)"
    # AlphaFold's docker/run_docker.py, which relays each line the container writes through absl's logging.info
    # ("I0704 12:49:29.020233 135516872704000 run_docker.py:258] "): the rest is the container's own line, a
    # traceback's frames among them (world574's training part: run_alphafold.py tracebacks cut at a frame, alphafold
    # #953 and #764, read as nothing under the relay's INFO).
    r"|I\d{4} \d\d:\d\d:\d\d\.\d{6} +\d{1,20} run_docker\.py:\d{1,5}\](?: |$)"
    # journald: "Dec 31 01:55:57 host ollama[555324]: ", and the same clock alone before its colon where a reporter
    # cut the host and the unit out of each line ("Mar 25 08:53:54: github.com/ollama/ollama/runner.Execute(...)").
    # journalctl writes the month with the locale's strftime %b: Chinese and Japanese locales as "7月", Korean as
    # "7월" ("7月 21 14:48:35 dar ollama[1814780]: #4  0x... in ggml_backend_sched_split_graph ()", world64).
    r"|(?:[A-Za-z]{3}|\d{1,2}[月월]) +\d{1,2} \d\d:\d\d:\d\d(?: [\w.-]{1,80} [\w.-]{1,80}\[\d{1,10}\])?: ?"
    # Cloud Logging export: "ERROR 2025-04-05T00:01:19.509514570Z [resource.labels.containerName: vllm] "
    # CloudWatch's console and `aws logs` text output: the event's epoch milliseconds, a tab, then its
    # timestamp ("1779264164797\t2026-05-20T08:02:44.797Z\t  File ...")
    r"|\d{13}\t"
    # Buildkite's job log: the agent stamps each line with its epoch milliseconds in an escape sequence the web
    # view's copy keeps as text ("bk;t=1778177757178 Traceback (most recent call last):", a vLLM-Omni CI run,
    # world410's training part): the rest is the job's own line, a traceback's frames among them.
    r"|bk;t=\d{13}\x07? ?"
    r"|(?:INFO|WARNING|ERROR|DEBUG|DEFAULT) \d{4}-\d\d-\d\dT[\d:.]{8,20}Z (?:\[resource\.labels\.\w{1,40}: "
    r"[\w.-]{1,80}\] )?"
    # Hugging Face Inference Endpoints' log view: "2024/02/23 09:08:17 ~ " before each line the container
    # wrote (https://github.com/QwenLM/Qwen3/issues/83)
    r"|\d{4}/\d\d/\d\d \d\d:\d\d:\d\d ~ ?"
    # ISO 8601, docker --timestamps; the CRI log format of a node's /var/log/pods files after it, the stream and
    # whether the line is whole ("2025-06-01T12:00:00.123456789Z stderr F "); a local time with its offset and zone
    # set apart ("2025-10-24T17:12:08.363544040 +08:00 CST ", world391's training part)
    r"|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?"
    r"(?:Z|[+-]\d\d:?\d\d| [+-]\d\d:?\d\d(?: (?!(?:INFO|WARN|ERROR|DEBUG|TRACE|FATAL)\b)[A-Z]{2,5}(?= ))?)?"
    r" *(?:\| *|std(?:out|err) [FP](?: |$))?"
    # BuildKit's plain progress ("#19 442.1   copying ...") and the failed step's lines docker build repeats in
    # its error summary without the step number ("129.4 Traceback (most recent call last):"): the seconds since
    # the step started, always five characters wide ("2.674", "86.40", "129.4"; world13, world41, world59)
    r"|(?:#\d{1,5} )?(?:\d\.\d{3}|\d\d\.\d\d|\d{3}\.\d) "
    # a log quoted in a Markdown comment, as issue threads and chats quote them
    r"|>(?: |$)"
    # a clock time alone in brackets, as desktop apps and their log views stamp each line they relay
    # (FreeToken's "[15:38:46] stdout/INFO  ", vmlx's "[12:44:35.031] INFO:     ")
    r"|\[\d\d:\d\d:\d\d(?:[.,]\d{1,6})?\] ?"
    # the same after a day-first date, as desktop apps stamp lines in European locales ("[12.10.2020 14:30:26] ",
    # a WinForms front end relaying ESRGAN's output, world349's training part)
    r"|\[\d\d[./]\d\d[./]\d{4} \d\d:\d\d:\d\d(?:[.,]\d{1,6})?\] ?"
    # SGLang: "[2025-01-01 10:00:00 TP0]"
    r"|\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?: [^\]]{0,40})?\] ?"
    r"|(?:INFO|WARNING|ERROR|DEBUG|CRITICAL|WARN) \d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? "
    # vLLM: "ERROR 10-08 20:33:48 [core.py:708] ", and the same prefix alone on a blank line of a traceback
    r"(?:\[?[\w./-]{1,80}:\d{1,6}\](?: |$))?"
    r"|(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE) +[A-Za-z_][\w:-]{0,79}: "  # TGI after its timestamp
    # SkyPilot's logger (sky/sky_logging.py: "%(levelname).1s %(asctime)s %(filename)s:%(lineno)d] " with the date
    # "%m-%d %H:%M:%S": "E 06-23 11:14:24 sdk.py:1667] "), known here so that it comes off under a collector's tag
    # too, where the tags common to every line are the collector's (world114's training part through stern).
    r"|[DIWEC] \d\d-\d\d \d\d:\d\d:\d\d [\w.-]{1,80}\.py:\d{1,6}\](?: |$)"
    # klog, and torch's own logging in its shape with a path and dynamo's compile id after it
    # ("E0915 03:59:15.531000 2660106 site-packages/torch/_inductor/runtime/triton_heuristics.py:715] [0/0] ")
    r"|[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{1,9} +\d{1,10} [\w./-]{1,200}:\d{1,6}\] (?:\[\d{1,6}/\d{1,6}\] )?"
    r")"
)
_WINDOW_LINES = 4
_LINE_CAP = 4000
# rsyslog writes control characters as '#' and three octal digits (ESC "#033", CR "#015"); SageMaker's logs reach
# their readers that way through CloudWatch, colours included ("#033[1;36m(EngineCore_0 pid=75)#033[0;0m").
_SYSLOG_CONTROL = re.compile(r"#033\[[0-9;]{0,20}[A-Za-z]|#015$")
# The same codes in caret notation, as `cat -v`, less and some terminals' copy render ESC and CR ("^[[1;36m(Worker_TP6
# pid=142964)^[[0;0m ERROR ...^M", vllm-gaudi's multiproc workers pasted from a terminal, world48's training part).
_CARET_CONTROL = re.compile(r"\^\[\[[0-9;]{0,20}[A-Za-z]|\^M$")
# The same codes with ESC spelt out as the three letters, as some terminals' and editors' copy write the control
# character ("ESC[36m(RayWorkerWrapper pid=37007)ESC[0m ERROR 06-12 15:44:15 worker_base.py:148] Traceback (most
# recent call last):", vLLM's Ray workers pasted into an issue, world416's training part).
_WORD_CONTROL = re.compile(r"ESC\[[0-9;]{0,20}[A-Za-z]")
# A CloudWatch export to CSV: the event's epoch milliseconds, then its message as one CSV field, quoted with its
# own quotes doubled when it holds one ('1756144012376,"...  File ""/usr/.../core.py"", line 80, in __init__"').
_CLOUDWATCH_CSV = re.compile(r'\d{13},(?:"(.*)"|(.*))')


_ANSI_BYTES = re.compile(ANSI_ESCAPE.pattern.encode())
# The markup a log keeps when it is pasted from an issue thread or a chat: a Markdown code fence, with or without
# its language ("```", "```text", "~~~"), and the HTML of a folded block ("<details>", "<summary>Logs</summary>").
# It is no line the program wrote: read as one, a closing fence under a cut traceback would be the process going on.
# Likewise the wrapper of the clipboard's HTML format (CF_HTML: "<html>", "<body>", "<!--StartFragment-->" ...
# "<!--EndFragment-->", "</body>", "</html>"), which a log copied out of a browser's log viewer (Buildkite's) keeps
# when it is pasted as text (world86's training part).
_PASTE_MARKUP = re.compile(
    r"(?:`{3,}|~{3,})[\w+.-]{0,40}|</?details>|<summary>.{0,200}</summary>|</?pre>|</?html>|</?body>"
    r"|<!--(?:Start|End)Fragment-->"
)
# A fold whose title is the exception its log raised ("<summary>RuntimeError: No CUDA GPUs are available</summary>",
# world106's training part: GitHub's issue template folds the paste and its author titled the fold with the error
# line copied from it): the title is that line, kept as one; any other title ("Logs", "The output of `python
# collect_env.py`") stays markup.
_FOLD_TITLE = re.compile(r"<summary>(.{1,200})</summary>")


def _plain(shape: bytes) -> bytes:
    """A raw or folded line without its colour codes, for the checks that read a line's start or end.

    Codes stay in the text itself (taking them off a whole tail would copy it once more) and only the lines
    such checks read are cleaned: a level word right after a code has no word boundary before it, and a line
    ending in a reset code does not end in its last word.
    """
    return _ANSI_BYTES.sub(b"", shape) if b"\x1b" in shape else shape


# The margin Python's traceback module draws down the left of an exception group's report (Lib/traceback.py,
# _ExceptionPrintContext.indent: "  | " under "  + Exception Group Traceback (most recent call last):", two more
# spaces for each nested group), as anyio's and starlette's task groups raise them: the frames and the exception
# inside it are the traceback's, read as the same lines without the margin (world102's training part: asyncio's
# "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 11434)" inside one).
# The margin may follow a collector's prefix (a CRI timestamp, a Markdown quote), so it is looked for after each.
_GROUP_MARGIN = re.compile(r" {2,}\|(?: |$)")


def _without_group_margin(line: str) -> str:
    if line[:2] == "  " and "|" in line[:40]:
        margin = _GROUP_MARGIN.match(line)
        if margin is not None:
            return line[margin.end() :]
    return line


def clean_line(raw: str) -> str:
    """A log line without colours, container/process prefixes and timestamps."""
    line = _without_group_margin(strip_ansi(raw)).strip()
    csv = _CLOUDWATCH_CSV.fullmatch(line)
    if csv is not None:
        line = csv[2] if csv[1] is None else csv[1].replace('""', '"')
    if "#0" in line:
        line = _SYSLOG_CONTROL.sub("", line).strip()
    if "^[" in line or line.endswith("^M"):
        line = _CARET_CONTROL.sub("", line).strip()
    if "ESC[" in line:
        line = _WORD_CONTROL.sub("", line).strip()
    for _ in range(8):
        m = _PREFIX.match(line)
        if m is None or not m.end():
            break
        # A parenthesised word alone on its line is content, not a process tag: the wrapped second line of a
        # status cell in dstack's tables ("(CONTAINER_EXITED_WITH_ERROR)" under "JOB_FAILED", "(unreachable)"
        # under "idle").
        if m.end() == len(line) and line.startswith("(") and line.endswith(")") and " " not in line:
            break
        line = _without_group_margin(line[m.end() :]).lstrip()
    if line[:1] in ("`", "~", "<") and _PASTE_MARKUP.fullmatch(line) is not None:
        title = _FOLD_TITLE.fullmatch(line)
        if title is not None and is_exception_line(title[1].strip()):
            return title[1].strip()
        return ""
    return line


# A tag every line of a log carries that no prefix above knows: a log aggregator's pod and container (stern's
# "vllm-5d8f9c7b6-x2k4p vllm "), a supervisor's "[worker-1] ", a wrapper's "llm-server: ". It is the shortest
# start of one of the last lines, ending in a space, that nine lines in ten of the tail share and that holds a
# digit or a punctuation mark (a shared plain word, "frame " over a native stack, is content); the shortest,
# because a longer shared start may end inside a prefix the cleaning knows ("(APIServer " of "(APIServer
# pid=3843521) "). Under such a tag another may follow (the container after the pod, a stream tag after both), a
# plain word too, unless it is a level or a word stack lines start with.
_TAG_ENDS = re.compile(r"[|:\]]? ")
_TAG_MARKS = re.compile(r"[\d\-_./\[\]|()]")
_NOT_TAGS = frozenset(
    {"info", "warn", "warning", "error", "debug", "trace", "critical", "fatal"}
    | {"file", "frame", "at", "goroutine"}
    # GNU ld's message after its "ld: <library>: " prefix (ld/ldmisc.c "undefined reference to `%s'"): one library
    # short of many symbols repeats it on every line, which is the message, not a tag (world159's mpi4py build).
    | {"undefined"}
)
# A stream's name is a collector's tag on its own, with no mark: a launcher that relays its workers' output
# writes "stderr: " before each of their lines (world209's accelerate launch on a TPU VM).
_STREAM_TAGS = frozenset({"stdout", "stderr"})
# pytest's report of a failed test writes "E   " before each line of the exception it caught (_pytest/_code/
# code.py, ReprEntry's "E" fail marker), the traceback of the code under test among them: a collector's tag
# over the lines, not a word of them (world293's training part, a NeMo Curator CI run whose Ray Data stage raised).
_PYTEST_FAIL_MARK = "E "
# GNU ld's own name before its messages ("/usr/bin/ld: cannot find <object>: No such file or directory",
# ld/ldmisc.c's "%P: " prefix): a paste of a failed link step repeats it on every line, which is the program
# speaking, not a collector's tag (world256's training part, xformers' flash-attention objects never built).
_LINKERS = frozenset({"ld", "ld.bfd", "ld.gold"})
_TAG_SAMPLE = 200
_NUMBERS = re.compile(r"\d+")
_TAG_SHARE = 0.9


def _shared_start(lines: list[str], plain: bool) -> str:
    padded = [line + " " for line in lines]
    for line in padded[-5:]:
        # gdb's notices as ggml_print_backtrace attaches it ("[New LWP 290188]", "[New Thread 0x7f...]") are each a
        # message, not a collector's tag, even when a paste keeps nothing else (world155's training part).
        if _GDB_NOTICE.match(line.lower()):
            continue
        for m in _TAG_ENDS.finditer(line, 0, 80):
            start = line[: m.end()]
            # A start that leaves a parenthesis or a bracket open ends inside a tag, not after it: Ray's
            # "(SGLangEngine pid=3111) " behind a log viewer's clock and a pod's name was cut after its first word,
            # leaving "pid=3111)" before every frame of the traceback (world504's training part, a slime rollout).
            if start.count("(") > start.count(")") or start.count("[") > start.count("]"):
                continue
            word = start.strip(" |:]").lower()
            if word.split(":", 1)[0].rsplit("/", 1)[-1] in _LINKERS:
                break
            if not (
                _TAG_MARKS.search(word)
                or word in _STREAM_TAGS
                or start == _PYTEST_FAIL_MARK
                # A bare word is a collector's tag inside an outer one only in lower case: Kubernetes' container
                # names are RFC 1123 labels and Compose's service names are written so, while a program that starts
                # every line with its own name writes it as it is spelt (DeepEP's "DeepEP dispatch forwarder timeout
                # ..." then "DeepEP dispatch NVL receiver timeout ...", world294, under stern's pod and container or
                # a supervisor's "[worker-1] ").
                or (plain and word.isalnum() and word not in _NOT_TAGS and start.islower())
            ):
                continue
            sharing = [p[len(start) :] for p in padded if p.startswith(start)]
            # Lines that go on alike after it are one message repeated (a retry loop's error), not tagged ones, also
            # when each repeat carries its own clock (Ollama's "cuda driver library failed to get device context
            # 46time=2024-09-04T13:22:16.569-04:00 level=WARN ..." every 250 ms, world253), and when its counters
            # grow a digit (DeepEP's "forwarder timeout (RDMA meta), channel: 6, ..." then "channel: 10, ...", under
            # an aggregator's or a supervisor's tag, world294).
            if len({_NUMBERS.sub("0", s) for s in sharing}) > 1 and (
                len(sharing) >= _TAG_SHARE * len(padded) or _ends_under(padded, start)
            ):
                return start
    return ""


# A wrapper that relays its child's output under a tag of its own writes its own lines untagged before it
# ("Starting vLLM server..." then "[vLLM] Traceback (most recent call last):", "[vLLM] File ...", world380's
# training part, Transformer Lab's vLLM plugin): the tag is the child's when the log's last lines all carry it.
_TAG_RUN = 6


def _ends_under(padded: list[str], start: str) -> bool:
    # Only a start a bracket, a bar or a colon closes: frames that all name one file ('File "<unknown>", line 0, in
    # ...' of a native stack, '"<frozen importlib._bootstrap>", ') share a longer start that is their content. The
    # very last line may be an outer tag's remnant with its text cut off, or the wrapper's own last word.
    run = padded[-_TAG_RUN:] if padded and padded[-1].startswith(start) else padded[-_TAG_RUN - 1 : -1]
    return start.endswith(("] ", "| ", ": ")) and len(run) >= _TAG_RUN and all(p.startswith(start) for p in run)


def common_tag(lines: list[str]) -> tuple[str, ...]:
    """The tags that all but a tenth of these cleaned, non-empty lines start with, outermost first.

    The candidates come from the last few lines: the very last may be the tag alone, its own text cut off.
    """
    if len(lines) < 2:
        return ()
    first = _shared_start(lines, plain=False)
    if not first:
        return ()
    tags = (first,)
    # Tags nest as collectors stack (an aggregator's pod, then its container, then a desktop app's stream tag
    # over the engine's own lines: "vllm-5d8f9c7b6-x2k4p vllm [15:38:46] stdout/INFO  "), three at most.
    while len(tags) < 3:
        # A line that was the outer tags alone (its text cut off) has no inner tag to share.
        rest = [line for line in (untagged(line, tags) for line in lines) if line]
        inner = _shared_start(rest, plain=True) if len(rest) >= 2 else ""
        if not inner:
            break
        tags += (inner,)
    return tags


def untagged(line: str, tags: tuple[str, ...]) -> str:
    """A cleaned line without the log's common tags, cleaned again for the prefixes each tag hid."""
    for tag in tags:
        if not (line + " ").startswith(tag):
            break
        line = clean_line(line[len(tag) :])
    return line


# Lines that only an engine which came up, or keeps serving, prints (folded: lower case, digits as 0).
# Without an exit status or a failing reason, what was logged before the last of them did not stop the
# server: a request rejected with a traceback, an OOM on one request, probes failing while the weights loaded.
_READY_MARKERS = (
    b"application startup complete",
    b"uvicorn running on",
    b"fired up and ready to roll",
    b"starting vllm api server",
    b'" 000 ok',  # a request answered "200 OK"
    b"avg prompt throughput",
    b"decode batch.",
    # vLLM's engine dropping a request whose client went away (v1/engine/async_llm.py abort: logger.info("Aborted
    # request %s." / "Aborted request(s) %s.", ...), after its module tag "[async_llm.py:300]"): only a server that
    # took the request logs it (test_diagnose.py's aborted-request check; the scoring model refit with world88's
    # training part put that line's healthy start just under the bar for a failure, main's weights just over it).
    b"] aborted request",
    # Streamlit once its server listens (streamlit/web/bootstrap.py _print_url: "You can now view your Streamlit
    # app in your browser." above the URLs), the start a Streamlit Space logs (world145's training part).
    b"you can now view your streamlit app",
)
# Triton once its front ends serve (src/grpc/grpc_server.cc "Started GRPCInferenceService at %s",
# src/http_server.cc "Started HTTPService at %s"; world5's training part, triton issue 7170). By default it
# starts them only after the whole repository loaded; with --exit-on-error=false it starts them beside a model
# that failed to load ("failed to load '<model>' version 1: ...", an UNAVAILABLE row in its model table), and
# that model is not served: such a start is not the server being up.
_TRITON_SERVING = (b"started grpcinferenceservice at", b"started httpservice at")
_TRITON_LOAD_FAILED = (b"| unavailable:", b"failed to load '")
# TGI's router ends these lines with the word alone.
_READY_LINE_ENDS = (b": connected", b": success")
# Ollama's access log answering a request ("[GIN] 2025/04/01 - 08:18:11 | 200 |  52.504µs | 127.0.0.1 | HEAD "/"",
# gin's default LoggerWithFormatter): once it answers, a discovery that found no GPU has left it serving on the
# CPU, not down. Digits fold to 0 in a shape, so the status is read from the line itself.
_GIN_ANSWERED = re.compile(rb"\[GIN\] [^|]{1,40}\| 2\d\d \|")
# Ollama's verdict on GPU discovery (discover/types.go LogDetails: msg="inference compute" with the library it
# chose, "library=rocm compute=gfx1102", "library=CUDA", "library=Vulkan"): a GPU library other than the CPU means
# a GPU was found and will be used, so the warnings discovery logged on the way ("amdgpu version file missing",
# "unsupported Radeon iGPU detected skipping") did not leave it without one. "library=cpu" is the CPU fallback.
_OLLAMA_COMPUTE = b'msg="inference compute"'
# Uvicorn's access log answering a request with 2xx ('%s - "%s %s HTTP/%s" %d', uvicorn/logging.py
# AccessFormatter; "200 OK" with the phrase, "200" alone when Open WebUI routes it through loguru, "... HTTP/1.1"
# 200 - {}"): a server that answers has not stopped on the connection it could not make before, which is how
# ../world8 and ../world34 label Open WebUI answering its own API while its Ollama backend is unreachable. It
# settles health_check_failed only, as Gin's 2xx settles gpu_unavailable for Ollama.
_UVICORN_ANSWERED = re.compile(rb'"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+ HTTP/[\d.]+" 2\d\d\b')
# `sky serve status`: a service row whose STATUS is READY, then its ready/total replicas ("code-llama  3  2h 15m
# 59s  READY   1/6  x.x.x.x:30002"); SkyServe marks a service READY once one replica answers its probe
# (sky/serve/serve_state.py ServiceStatus), so the replicas FAILED below it do not stop the service.
_SKYSERVE_READY = re.compile(rb"  ready +0+/0+ ")
# Lines that settle one kind only: the pod was scheduled after all, the image pulled on a retry (Kubernetes
# events), llama.cpp retried a compute buffer that did not fit ("compute buffer allocation failed, retrying
# without pipeline parallelism", https://github.com/ggml-org/llama.cpp/pull/26297), Ollama loaded a model after
# an earlier load failed ("llama runner started in 3.52 seconds", ollama llm/server.go).
_SETTLED_BY: dict[str, tuple[bytes, ...]] = {
    # cluster-autoscaler's TriggeredScaleUp event for the pending pod ("pod triggered scale-up: [{<group> 0->1
    # (max: 10)}]", core/scaleup): a node is on its way, so the scheduler's refusal before it is not the end.
    "no_capacity": (
        b"successfully assigned",
        b"pod triggered scale-up",
        # A Ray Serve replica that logs its own start was scheduled: Serve's replica ("Started initializing
        # replica.", serve/_private/replica.py) and Ray Serve LLM's server fetching its weights ("Running tasks to
        # download model files on worker nodes", llm/_internal/serve), after a slow-scheduling warning (world193).
        b"started initializing replica",
        b"running tasks to download model files",
    ),
    "image_pull_failed": (b"successfully pulled image",),
    # huggingface_hub's http_backoff going on after a failed request (utils/_http.py: "Retrying in {sleep}s [Retry
    # {n}/{max_retries}].", digits folded): the Hub's host that timed out on the warning above it is asked again,
    # so that warning is not the end; the exception after the last try comes after this line (world261's training
    # part, a LeRobot policy whose tokenizer's HEAD timed out, as ../world244 reads the same lines).
    "hf_auth": (b"s [retry 0",),
    # SGLang capping its KV pool to the profiled budget and going on ("max_total_tokens=131072 is larger than the
    # profiled value 50756. Use the profiled value instead.", model_runner.py); with a budget at or below zero the
    # same line is wordings.py's gpu_oom row, which this does not settle.
    "gpu_oom": (b"retrying without pipeline parallelism", b"use the profiled value instead"),
    # ComfyUI's custom-node loader's "Cannot import ... module for custom nodes: ..." (nodes.py load_custom_node, the
    # dependency_install_failed row below): the node's import traceback above it was caught and logged at warning
    # level, and ComfyUI goes on loading the other nodes, so that traceback's exception is no process that died
    # (world348's training part: ComfyUI-MuseTalk's "No module named 'mmcv'", the aki build's ComfyUI-Hallo).
    "container_exited": (b"llama runner started in", b"module for custom nodes: "),
    # ggml's Vulkan backend on a device without 16-bit storage ("ggml_vulkan: device Vulkan0 does not support
    # 16-bit storage, falling back to 32-bit mode"): the engine goes on in 32-bit, so the refusal is no failure.
    "dtype_unsupported": (b"falling back to 00-bit mode",),
    # LMDeploy answers an architecture TurboMind lacks by loading it with its PyTorch engine
    # (lmdeploy/archs.py: "Try to run with pytorch engine because `...` is not explicitly supported by lmdeploy").
    "model_unsupported": (b"try to run with pytorch engine because",),
    # Ray's file-system monitor repeating that a directory is over its threshold while space is left ("is over 95%
    # full, available space: 42.6695 GB", folded to digits 0): the disk still takes writes, so an earlier disk
    # line is not what stopped the run. Zero left ("available space: 0 GB", "0;") is a rule's disk_full.
    "disk_full": (b"% full, available space: 00", b"% full, available space: 0."),
    # vLLM logs the concurrency its KV cache allows only once the cache was sized and the check that one request
    # fits passed (v1/core/kv_cache_utils.py: "Maximum concurrency for %s tokens per request: %.2fx"; V0's
    # executor_base.py printed the same line).
    "kv_cache_insufficient": (b"maximum concurrency for ",),
    # SkyPilot's managed-job controller once the job ended well ("Managed job 6 (task: 1) SUCCEEDED.
    # Cleaning up the cluster task2-6.", sky/jobs/controller.py): a preemption it recovered from earlier did
    # not stop the run.
    "instance_interrupted": (b"succeeded. cleaning up the cluster",),
    # `ray start` once the node has joined the cluster (python/ray/scripts/scripts.py: "Ray runtime
    # started."): a GCS it could not reach while retrying before that was reached in the end.
    "instance_unreachable": (b"ray runtime started",),
    # vLLM once a platform plugin took over (platforms/__init__.py: "Platform plugin %s is activated", vllm-ascend's
    # "ascend" and other out-of-tree platforms): the "No platform detected, vLLM is running on UnspecifiedPlatform"
    # it logged while probing the built-in platforms first was not the platform it runs on.
    # JAX listing the PJRT platforms it registered after one it probed was absent (jax/_src/xla_bridge.py
    # _init_backend: "Unable to initialize backend 'rocm': NOT_FOUND: Could not find registered platform with
    # name: \"rocm\". Available platform names are: CUDA", logged at INFO for each optional backend): the CUDA
    # platform is there, so the missing ROCm and TPU backends beside it leave the program its GPU (world177's
    # training part, xai-org/grok-1#138).
    # SGLang logging from its own server_args module ("WARNING server_args.py:1082: At this moment Ascend attention
    # backend only supports a page_size of 128", srt/server_args.py) after the vLLM it imports as a library found no
    # platform: SGLang chose its device itself (NPU, MUSA, CPU) and went on (world190's training part, SGLang on
    # Ascend, sgl-project/sglang#12835).
    "gpu_unavailable": (b"platform plugin ", b"available platform names are: cuda", b" server_args.py:"),
    # LocalAI once the backend it spawned answers its health check (pkg/model/initializers.go: HealthCheck in a
    # loop of grpcAttempts, then "GRPC Service Ready"; world72's training part, mudler/LocalAI#840): the
    # "connect: connection refused" the gRPC client logged while the backend was still binding its port was the
    # wait, not a service that never answered. A backend that never answers ends in "GRPC Service NOT ready".
    "health_check_failed": (b"grpc service ready",),
    # Remote model code that imports xformers for memory-efficient attention and goes on without it (Baichuan's
    # modeling_baichuan.py and the LLaMA patches copied from it: except ImportError: xops = None; logger.warning(
    # "Xformers is not installed correctly. If you want to use memory_efficient_attention to accelerate training use
    # the following command to install Xformers\npip install xformers.")): the model loads and answers, so its
    # "pip install xformers." is no install that failed (world88's training part, PromtEngineer/localGPT#2).
    "dependency_install_failed": (
        b"xformers is not installed correctly",
        # ComfyUI's custom-node loader after a node's import raised (nodes.py load_custom_node: except Exception:
        # logging.warning(traceback.format_exc()); logging.warning(f"Cannot import {module_path} module for custom
        # nodes: {e}"); return False), the desktop build's and sd-webui-comfyui's "[ComfyUI] " prefix alike: the
        # missing module of the traceback above it left that node out, and ComfyUI goes on to load the others and
        # serve (world132's training part, as ../world90 reads the desktop build's line).
        b"module for custom nodes: ",
    ),
}
# An engine that died under a server whose front end goes on logging (vLLM V1's API server keeps printing its
# idle metrics after the engine core is gone): vllm/v1/executor/multiproc_executor.py "Worker proc %s died
# unexpectedly, shutting down executor.", vllm/v1/engine/core_client.py "Got fatal signal from worker processes,
# shutting down." Lines that only a start prints tell a restarted server from a dead one. Its front end then
# answers with the engine's death and stops: vllm/v1/engine/exceptions.py EngineDeadError, raised to every
# request once the core is gone, and vllm/entrypoints/launcher.py "AsyncLLMEngine has failed, terminating server
# process" (V0's "Engine loop has died" before it).
_ENGINE_DEATH = (
    b"died unexpectedly, shutting down executor",
    b"got fatal signal from worker processes",
    b"enginedeaderror",
    b"terminating server process",
    b"engine loop has died",
    # vLLM V0's multiprocessing client when its heartbeat finds the engine process gone (vllm/engine/
    # multiprocessing/client.py: RuntimeError(f"Engine process (pid {pid}) died."), digits folded in the shape):
    # the API server answers its open requests with errors after it (world434's training part, vllm #17392).
    b"engine process (pid 00) died",
    # vLLM V1's AsyncLLM output handler, the one loop that reads the engine core's outputs for every request
    # (vllm/v1/engine/async_llm.py output_handler: "outputs = await engine_core.get_output_async()"): a request's
    # traceback through it is the handler's own failure, which output_processor.propagate_error hands to every
    # request, so the engine is gone for all of them, not one request refused (world146's training part).
    b"engine_core.get_output_async()",
    # The same handler as the frame itself ('vllm/v1/engine/async_llm.py", line N, in output_handler'), where the
    # paste stops before the frame's code line (world423's training part, a request's traceback under
    # "[serving_chat.py:...]" cut at that frame).
    b"in output_handler",
)
# An engine that kills its own process tree once a child reported a failure: vllm/v1/engine/core_client.py
# logs "Got fatal signal from worker processes, shutting down." and calls kill_process_tree(os.getpid());
# SGLang's sglang/srt/entrypoints/engine.py logs "Received sigquit from a child process. It usually means the
# child failed." and does the same. The shell then reports the SIGKILL as a bare "Killed" (and the exit as
# 137) that no OOM killer sent. MindIE Server's daemon does the same once its endpoint cannot start the backend
# ("ERR: Failed to init endpoint! Please check the service log or console output.", then it kills its process
# group): world510's training part, a MindIE 300I Pro start whose console ends in "Killed".
_SELF_KILL = (
    b"got fatal signal from worker processes",
    b"received sigquit from a child process",
    b"err: failed to init endpoint!",
)
# A TensorRT build that gave up: TensorRT-LLM's builder when the network builds no engine ("[TRT-LLM] [E] Engine
# building failed, please check the error log.", tensorrt_llm/builder.py), trtexec's end of a build ("[E] Engine could
# not be created from network", "[E] Building engine failed", "&&&& FAILED TensorRT.trtexec [TensorRT v8600] # ...").
# TensorRT's memory errors while it times tactics are no failure by themselves: it skips the tactic and goes on.
_BUILD_GAVE_UP = (
    b"engine building failed",
    b"building engine failed",
    b"engine could not be created",
    b"&&&& failed tensorrt.",
)
_START_MARKERS = (b"application startup complete", b"uvicorn running on", b"starting vllm api server")
# One request that raised, and the server keeps serving: uvicorn's report, and vLLM's OpenAI layer, whose
# serving_*.py modules log a request they reject (a prompt over the context length, a bad chat template) and
# answer it with an error response (vllm/entrypoints/openai/serving_chat.py: logger.exception, then
# create_error_response). Either line also shows that the server was up to take the request. Since 0.15 those
# modules are entrypoints/openai/<api>/serving.py, logged as "[serving.py:120]"; and whatever the module, vLLM
# words a prompt it cannot render as "Error in preprocessing prompt inputs" (logger.exception, then the error
# response) in every serving module. llama-server answers a task it refuses the same way (tools/server/server.cpp
# send_error: SRV_ERR("task id = %d, error: %s"), then an error result for that task alone: "the request exceeds
# the available context size", a bad grammar), and goes back to its slots.
_REQUEST_ERRORS = (
    # The websockets library's server when the handler of one connection raised (websockets/legacy/server.py
    # handler: self.logger.error("connection handler failed", exc_info=True), then that connection is closed):
    # the viser viewer of nerfstudio refusing one browser's message ("KeyError: 'CameraMessage'" from a viewer
    # page of another version), the server and the training under it go on (world361's training part,
    # nerfstudio #3300 and #2972).
    b"connection handler failed",
    # llama-server's HTTP layer reporting one connection it could not serve (server-http.cpp's handlers: "srv
    # operator(): http client error: Failed to read connection"): a client that went away mid-request, logged by
    # a server that is up (world189's training part, ggml-org/llama.cpp#18063 and #17636).
    b"operator(): http client error: ",
    # llama-server's answer to a request for an endpoint the server was not started for (tools/server/utils.hpp
    # format_error_response: ERROR_TYPE_NOT_SUPPORTED is sent as code 501 with "type":"not_supported_error", e.g.
    # "This server does not support reranking. Start it with `--reranking`" or the same for embeddings), as its
    # "log_server_r: response:" line prints the body: the server is up and judged the request (world436's training
    # part, ggml-org/llama.cpp#13820, a Qwen3-Reranker GGUF served with --pooling none).
    b'"type":"not_supported_error"',
    # cloudflared's tunnel reporting one proxied request whose client went away before the origin answered
    # ("ERR failed to serve incoming request error=\"Failed to proxy HTTP: Incoming request ended abruptly: context
    # canceled\"" and the event's own "Incoming request ended abruptly: context canceled ... originService=..."): the
    # tunnel had reached the origin, the browser left; a ComfyUI behind a RunPod template's Cloudflare tunnel that
    # was up (world202's training part, ai-dock/comfyui#82). A refused origin says "connection refused" instead.
    b"incoming request ended abruptly: context canceled",
    b"exception in asgi application",
    # asyncio's Windows proactor loop when a browser drops its connection to a web demo that is serving
    # (Lib/asyncio/proactor_events.py _ProactorBasePipeTransport._call_connection_lost: self._sock.shutdown() raises
    # "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host", which
    # the loop's default exception handler logs as "Exception in callback
    # _ProactorBasePipeTransport._call_connection_lost(None)" with its traceback): one connection, logged by a
    # server that goes on; a Gradio demo on Windows after "Running on local URL" (world309's training part,
    # pq-yang/MatAnyone2#10).
    b"exception in callback _proactorbasepipetransport._call_connection_lost",
    # asyncio's report of a server's handler task that a client's reset ended ("Task exception was never
    # retrieved / future: <Task finished name='wyoming event handler' coro=<AsyncEventHandler.run() done, ...>
    # exception=ConnectionResetError(...)>", Lib/asyncio/base_events.py default_exception_handler): one
    # connection, logged by a Wyoming service that goes on serving (world227's and world319's Whisper and Piper
    # add-ons after a client went away).
    b"> exception=connectionreseterror(",
    b"[serving_",
    b"[serving.py:",
    b"error in preprocessing prompt inputs",
    b"send_error: task id =",
    # A streamed generation that failed for one request, logged by the serving loop that goes on to the next:
    # vllm-rs's server ("ERROR vllm_rs::server::server: Stream generation failed: Remaining ... kvcache tokens,
    # but your prompt requires ... new tokens, please request later!", guoqingbao/xinfer#278) and the Python and
    # Node front ends that catch the stream's exception and answer it with an error event under the same words.
    b"stream generation failed",
    # vLLM's EngineCore answering a utility call it could not carry out (v1/engine/core.py: logger.exception(
    # "Invocation of %s method failed", method_name), then the failure goes back to the caller as "Call to ...
    # method failed: ..."): an adapter that add_lora cannot load on a running server, and the engine goes on.
    b"] invocation of ",
    # vLLM's tool parsers when a model's tool call does not parse (entrypoints/openai/tool_parsers/*_tool_parser.py:
    # logger.exception("Error in extracting tool call from response.") in extract_tool_calls, then the output goes
    # back as plain content; hermes' streaming path logs "Error trying to handle streaming tool call."): one
    # request's answer is degraded, the server goes on (world78's training part, QwenLM/Qwen3-Coder#537).
    b"error in extracting tool call from response",
    b"error trying to handle streaming tool call",
    # Letta's streaming service when the model call of one agent run raised (letta/services/streaming_service.py:
    # except LLMError: logger.error(f"Run {run_id} stopped with LLM error: {e}, error_data: ..."), then an error
    # event and [DONE] to that run's client): the run failed, the Letta server takes the next one (world88's
    # training part, letta-ai/letta-code#1101, a malformed Ollama base URL).
    b"stopped with llm error",
    # Xinference's REST layer when one streamed chat request failed in the model's actor (xinference/api/
    # restful_api.py stream_results: logger.error(f"Chat completion stream got an error: {e}", exc_info=True), then
    # an error event to that client): the request is refused (here a llama.cpp model asked for logprobs it was not
    # created with), the supervisor and the model go on serving (world519's training part, xorbitsai/inference#1911).
    b"chat completion stream got an error",
    # SageMaker's built-in algorithms refusing a payload they cannot parse (the inference containers of DeepAR and
    # the other first-party algorithms answer "Unable to evaluate payload provided" with a 400, which the runtime
    # relays as "Received client error (400) from model with message ..."): the request, judged by a server that is
    # up (world141's training part), as world123 reads an invocation refused for its body.
    b"unable to evaluate payload provided",
    # llama-cpp-python's server, whose routes run under a handler that catches what a request raised, logs it
    # with its traceback and answers that request with an OpenAI-style error body (llama_cpp/server/errors.py
    # RouteErrorHandler.custom_route_handler: print(f"Exception: {str(exc)}"), traceback.print_exc(), then
    # error_message_wrapper's 400 or 500), and goes on serving (world144's training part, fedora-copr/logdetective
    # #100 and logdetective-website#193); a Windows install prints the path with backslashes.
    b"llama_cpp/server/errors.py",
    b"llama_cpp\\server\\errors.py",
    # llama-cpp-python refusing a prompt longer than the context it was loaded with (llama_cpp/llama.py
    # _create_completion: raise ValueError(f"Requested tokens ({len(prompt_tokens)}) exceed context window of
    # {llama_cpp.llama_n_ctx(self.ctx)}")): raised for one request by a model already loaded, as the server's
    # handler and the frameworks that call the binding in process (LangChain's and LlamaIndex's LlamaCpp) report
    # it; the request is too long for n_ctx, the model serves the next one (world144's training part).
    b"exceed context window of",
    # LiteLLM's BadRequestError, which it raises for a provider's 400 (litellm/exceptions.py BadRequestError,
    # status_code=400: "litellm.BadRequestError: watsonxException - {...}"): the provider judged the request, so it
    # was up (world141's training part, a watsonx deployment refusing a request).
    b"litellm.badrequesterror",
    # SGLang's OpenAI layer, whose handler catches what one request raised, logs it with its traceback and answers
    # that request with a 500 error body (python/sglang/srt/entrypoints/openai/serving_base.py handle_request:
    # logger.exception(f"Error in request: {e}"), then create_error_response(..., "InternalServerError", 500)),
    # and the server takes the next request (world156's training part, sgl-project/sglang#8833, gpt-oss's
    # "Expected 2 output messages (reasoning and final), but got 3"). SGLang's log prefix ("[time] " or
    # "[time TP0] ") is part of the phrase, so a client's own "error in request" is not read as the server's.
    b"] error in request: ",
    # vLLM's structured-output manager when the grammar of one request refuses a token the model sampled
    # (v1/structured_output/backend_xgrammar.py accept_tokens: logger.error("Failed to advance FSM for request %s
    # for tokens %s. Please file an issue.", ...), then False back to the scheduler, which goes on with the batch):
    # that request's output is off its grammar, the engine serves on (world171's training part, vllm#22483; as
    # ../world129 labels the line).
    b"failed to advance fsm for request",
    # vLLM's tool parsers log under their module's tag ("[hermes_tool_parser.py:370]", entrypoints/openai/
    # tool_parsers/*_tool_parser.py: logger.exception(...) in an except block that hands the text back as plain
    # content): a traceback under that tag is one request's tool call that did not parse, caught by the parser,
    # whatever line of it the paste keeps (world171's training part, vllm#21544). A frame of a parser file reads
    # '_tool_parser.py", line', not the tag's colon.
    b"_tool_parser.py:",
    # vLLM's API routers, which log what one request raised and answer it with an error (entrypoints/anthropic/
    # api_router.py create_messages: logger.exception, then an error response; the OpenAI routers alike): the
    # request is refused, here a JSON schema xgrammar cannot compile (world171's training part,
    # noonghunna/club-3090#45).
    b"[api_router.py:",
    # llama-server refusing a request whose grammar (the one it builds from the request's tools or json_schema)
    # does not parse (tools/server: the task's sampler init fails, answered "400 Failed to initialize samplers:
    # failed to parse grammar"), the slot goes back to idle (world171's training part, tilesprivacy/tiles#235).
    b"failed to initialize samplers",
    # NeMo Gym's resource servers, whose handler catches what one /run request raised, prints it and answers 500
    # ("Caught an exception printed above in <server> (<class>). If you expect this to be fed back into this
    # model, ..."), then takes the next request (world171's training part, NVIDIA-NeMo/Gym#159).
    b"caught an exception printed above in",
    # OpenVINO Model Server answering one request whose MediaPipe graph failed (src/status.cpp
    # MEDIAPIPE_EXECUTION_ERROR, "Mediapipe execution failed. MP status - ...", sent back as that request's error
    # body): the embeddings calculator refused the request, the server serves on (world174's training part,
    # openvinotoolkit/model_server#2923).
    b"mediapipe execution failed",
    # Ollama's chat handler refusing a chat with an embedding model (server/routes.go ChatHandler: 400 "embedding
    # models do not support chat"), as `ollama run` prints it: the server judged the request (world174's training
    # part, ollama/ollama#2778).
    b"embedding models do not support chat",
    # Its generate handler refusing a model that cannot generate (server/routes.go GenerateHandler: 400 "%q does not
    # support generate"), as a gateway's health check of an embedding model prints it ("litellm.ahealth_check():
    # Exception occured - ... \"all-minilm\" does not support generate"): the server judged the request (world183's
    # training part, BerriAI/litellm#5196).
    b"does not support generate",
    # Envoy answering 404 itself for a path no route of the gateway matches (source/common/router/router.cc,
    # StreamInfo::ResponseCodeDetails RouteNotFound "route_not_found", flag NR), as AIBrix's and Envoy AI Gateway's
    # JSON access logs print it: the gateway is up and judged the request's path or host, no model server was asked
    # (world183's training part, vllm-project/aibrix#144).
    b"route_not_found",
    # LitServe's inference loop catching what one request raised (src/litserve/loops.py: logger.exception("LitAPI
    # ran into an error while processing the request uid=%s.\nPlease check the error trace for more details.",
    # uid), then an error response to that request): the worker goes on to the next request (world198's training
    # part, Lightning-AI/LitServe#321).
    b"ran into an error while processing the request",
    # The OpenAI wording of a prompt over the model's context, which vLLM answers with a 400 (vllm/entrypoints/
    # openai/serving_engine.py _validate_input: "This model's maximum context length is %d tokens. However, you
    # requested %d tokens ...") and other OpenAI-compatible servers copy so that agents compact their history on it:
    # an agent (Pi) printing it before "Context overflow detected, Auto-compacting..." (world201's training part,
    # Luce-Org/lucebox#423), as ../world3 reads the same refusal in the server's log.
    b"this model's maximum context length is",
    # LM Studio's server refusing a prompt longer than the context the model was loaded with ("[ERROR] Error: Input
    # length 6491 exceeds context length 1500"), logged for that request; the model stays loaded (world201's
    # training part, lmstudio-ai/examples#29).
    b"exceeds context length",
    # LiteLLM's NotFoundError, which it raises for a provider's 404 (litellm/exceptions.py NotFoundError,
    # status_code=404), the sibling of its BadRequestError above: the endpoint answered, with a path or model it
    # does not serve (world201's training part, OpenHands/software-agent-sdk#4272, an OpenAI-compatible router
    # answering 404 with a body that is not JSON).
    b"litellm.notfounderror",
    # LMDeploy's async engine closing one session whose generation failed (lmdeploy/serve/async_engine.py, logged
    # at ERROR as "session 85 finished, reason \"error\"" once the request's output ends with finish reason
    # "error"): that request failed, the api_server answers the next one, as world69's TurboMind log under systemd
    # shows with a 200 right after (world204's training part, InternLM/lmdeploy#3280, whose clients got "internal
    # error happened" from a server that stayed up).
    b'finished, reason "error"',
    # SGLang refusing a prompt longer than the context it serves (python/sglang/srt/managers/tokenizer_manager.py
    # _validate_one_request: raise ValueError(f"The input ({input_token_num} tokens) is longer than the model's
    # context length ({self.context_len} tokens)."), answered as that request's error body, which sglang's
    # bench_serving prints as "Error: The input ..." (world235's training part, sgl-project/sglang#7747): the
    # server judged the request, as ../world190 commits the same words healthy.
    b"is longer than the model's context length",
    # Triton's (TRTIS's) answer to one request it refused, as its perf client prints the request status
    # ("Thread [0] had error: [inference:0 0] INVALID_ARG - unable to parse request for model '...'", the
    # "[server:request] CODE - message" of the v1 client's RequestStatus): the server was up and judged the
    # request (world235's training part, triton-inference-server/server#136).
    b"] invalid_arg - ",
    # Qdrant answering a request it judges malformed with 400 and its BadInput wording (lib/collection/src/
    # operations/types.rs: #[error("Wrong input: {description}")], "Wrong input: Vector dimension error: expected
    # dim: 384, got 1536", older releases "Vector inserting error: expected dim: ..."), as the server's JSON status
    # and the clients that relay it print it: the database was up and refused one upsert or query (world234's
    # training part, qdrant/qdrant#1752 and #2312).
    b"wrong input: ",
    # Google's APIs refusing a request body over their size limit with 400 INVALID_ARGUMENT ("Request payload size
    # exceeds the limit: 4194304 bytes.", as the Gemini embedding API answers a batch too large and a client's
    # exception relays it): the service answered; the batch was too big (world234's training part,
    # quarkiverse/quarkus-langchain4j#1705).
    b"request payload size exceeds the limit",
    # vLLM refusing one prompt longer than the context it serves (vllm/engine/llm_engine.py and v1/engine/
    # processor.py _validate_model_input: raise ValueError(f"The decoder prompt (length {prompt_len}) is longer than
    # the maximum model length of {max_prompt_len}. ...")), raised to the caller of that request while the engine
    # goes on (world246's training part, vllm-project/vllm#20241, InternVL3 with a 12288-token limit).
    b"is longer than the maximum model length of",
    # Tenstorrent's vLLM models refusing one prompt over the sequence length the device was built for ("ValueError:
    # TT-LLama11B-Vision does not support prompts longer than 8192 tokens on N300 (received prompt with 65418
    # tokens)", raised into serving_chat's stream generator for that request): the server was up and serves on
    # (world452's training part, tenstorrent/tt-inference-server#988).
    b"does not support prompts longer than",
    # TensorRT-LLM's LLM API refusing one request whose prompt is over the engine's token budget
    # (tensorrt_llm/llmapi/llm.py _check_arguments: raise ValueError(f"The sum of prompt length ({prompt_len}),
    # query length ({query_len}) should not exceed max_num_tokens ({max_num_tokens})")), which Triton's Python
    # backend answers as that request's error ("Failed to process the request(s) for model ...") and serves on
    # (world246's training part, NVIDIA/TensorRT-LLM#9277).
    b"should not exceed max_num_tokens",
    # Triton's answer to a request naming a model its repository does not hold ("Request for unknown model: '%s'
    # is not found", the 400 its HTTP and gRPC frontends return and tritonclient raises as InferenceServerException
    # "[400] Request for unknown model: 'v2' is not found"): the server was up and judged the request's model name
    # (world275's training part, kserve#3513, a KServe Triton predictor asked by the wrong name).
    b"request for unknown model: ",
    # TGI's shard server logging what one gRPC call raised (server/text_generation_server/interceptor.py
    # ExceptionInterceptor: logger.exception(f"Method {method_name} encountered an error."), then
    # context.abort_with_status, which the router answers the batch's requests with), for a Prefill or Decode of a
    # batch: a grammar that does not compile or two grammars that clash in one batch fail those requests, the shard
    # takes the next batch (world283's training part, huggingface/text-generation-inference#1661 and PR #2282).
    # Warmup's error is the start failing, and stays the rules' reading.
    b"method prefill encountered an error",
    b"method decode encountered an error",
    # vLLM V0's front end building the guided-decoding logits processor of one request (engine/async_llm_engine.py
    # build_guided_decoding_logits_processor_async, called from engine/multiprocessing/client.py _process_request
    # and the async engine's add_request): what raised there (a backend that cannot be imported, a tokenizer it
    # cannot read) fails that request before it reaches the engine, which the server answers with an error and
    # serves on, as ../world171 commits the request-path tracebacks of guided decoding cut before their exception
    # (world283's training part, vllm-project/vllm PR #12976).
    b", in build_guided_decoding_logits_processor_async",
    # Ollama refusing one embedding request whose input is over the context the model was loaded with
    # (server/routes.go EmbedHandler answers 400 with "the input length exceeds the context length"; releases of
    # 2024 said "input length exceeds maximum context length"), as the clients that relay the 400 log it ("ERR
    # embedding failed error=\"ollama: unexpected status 400: {...}\""): the server judged the request and
    # serves on (world284's training part, nano-step/nano-brain#180; n8n-io/n8n#11144 shows the older wording).
    b"input length exceeds the context length",
    b"input length exceeds maximum context length",
    # Llama Stack's server answering one request whose route raised (llama_stack/distribution/server/server.py, later
    # core/server/server.py, endpoint: logger.exception(f"Error executing endpoint {route=} {method=}"), then
    # translate_exception's HTTP error to that client): a provider's refusal or a bug on one call, the server takes
    # the next (world286's training part, meta-llama/llama-stack#1648, with #2989's and #2990's 500s).
    b"error executing endpoint",
    # Its router refusing a request for a model no configured provider serves (distribution/routers/routing_tables.py
    # get_provider_impl: raise ValueError(f"Model {model} not served by any of the providers: ...")), raised for
    # that request by a server that is up (world286's training part, meta-llama/llama-stack-apps#113).
    b"not served by any of the providers",
    # vLLM's chat serving when one streamed completion raised (entrypoints/openai/serving_chat.py
    # chat_completion_stream_generator: logger.exception("Error in chat completion stream generator."), then an
    # error event to that stream's client): gpt-oss's harmony parser refusing a token ("HarmonyError: Unexpected
    # token ... while expecting start token ..."), a tool parser's bug; the server takes the next request, also when
    # the paste drops the logger's "[serving_chat.py:...]" tag (world391's training part, charmbracelet/crush#611).
    b"error in chat completion stream generator",
    # TensorRT-LLM's OpenAI server answering one gpt-oss chat it could not render or parse
    # (tensorrt_llm/serve/openai_server.py chat_harmony: logger.error("Error in harmony chat completion: %s", e),
    # then a 400 error response to that request): here the harmony vocab it could not fetch, the server is up
    # (world391's training part, NVIDIA/TensorRT-LLM#14935; NVIDIA/dgx-spark-playbooks#17 shows the 400 after it).
    b"error in harmony chat completion",
    # TorchServe's Python worker when the handler raised for one batch (ts/service.py Service.predict:
    # logger.warning("Invoking custom service failed.", exc_info=True), then create_predict_response(..., "Prediction
    # failed", 503) for that batch): the request is answered 503, the worker and the frontend serve on (world581's
    # training part, pytorch/serve#800, a traceback cut inside the MNIST handler's inference).
    b"invoking custom service failed",
    # Cog's HTTP server refusing what predict() returned for one prediction (python/cog/server/http.py
    # _log_invalid_output: log.error("The return value of predict() was not valid: ..."), then a 500 to that request):
    # the predictor's output failed its schema, the server is up and takes the next request (world581's training
    # part, replicate/cog#1524, an empty URL returned as a Path).
    b"the return value of predict()",
)
# Llama Stack's streaming of one request (distribution/server/server.py sse_generator, which catches what the
# request's generator raised, prints its traceback and sends the client an error event): a traceback through that
# frame is one request's, whatever line of it the paste keeps (world286's training part, meta-llama/llama-stack#345,
# llama-stack-apps#87, an unregistered model and a missing shield).
_LLAMA_STACK_SSE = (b", in sse_generator", b"/server/server.py")
# The OpenAI-style error body vLLM and SGLang answer a request they refuse with (vllm/entrypoints/openai/protocol.py
# ErrorResponse: object "error", message, type, param, code), as a client prints it. A 4xx code is the server
# judging the request (a prompt over the context length, an unknown model), so the server was up; a 5xx may be
# an engine that died under it, and is left to the rules. Digits fold to 0 in a shape, so the code is read from
# the line itself, with two searches: one pattern spanning both keys would rescan the line from every
# '"object":"error"' in it.
# The OpenAI Python client prints the same body as a Python dict ("openai.BadRequestError: Error code: 400 -
# {'object': 'error', ...}", openai/_client.py _make_status_error), hence either quote.
_ERROR_OBJECT = re.compile(rb"""["']object["']: ?["']error["']""")
_CLIENT_ERROR_CODE = re.compile(rb"""["']code["']: ?4\d\d\b""")
# The same body after the 4xx status a client names before it, when the body is cut before its "code": Home
# Assistant's LLM integrations relay vLLM's refusal as "vllm API error 400: {"object":"error","message":...}"
# (world319's training part, mike-nott/mcp-assist#21).
_CLIENT_ERROR_STATUS = re.compile(rb"\berror:? 4\d\d: ?\{")


# The OpenAI Node client's message for an error answer without a body (src/core/error.ts APIError.makeMessage:
# `${status} status code (no body)`), as the CLIs built on it print it ("[API Error: OpenAI API error: 400 status
# code (no body)]", QwenLM/qwen-code#36): a 4xx is the server judging the request, so the server was up.
_NO_BODY_CLIENT_ERROR = re.compile(rb"\b4\d\d status code \(no body\)")

# LM Studio's server logging the error it answers one request with ("[ERROR] \n[Server Error] _0x48eeaf is not
# iterable" for a body whose messages are not a list): the server judged the request and serves on (world247's
# training part, lmstudio-ai/lmstudio-bug-tracker#377); a model that crashed under it is worded apart (wordings.py).
# Read in LM Studio's own case: Lemonade's "[Server ERROR] Failed to load model: llama-server failed to start" is
# a load that failed (world119), not a request refused.
_LMSTUDIO_REQUEST_ERROR = b"[Server Error] "


# The OpenAI Python client's error for a 4xx answer (openai/_client.py _make_status_error: f"Error code:
# {response.status_code} - {body}", "openai.BadRequestError: Error code: 400 - {'detail': ...}"), whatever the
# body's shape: the server judged the request, so it was up (world141's training part, a Bedrock gateway refusing
# a request).
_OPENAI_CLIENT_ERROR = re.compile(rb"\berror code: 4\d\d - ", re.IGNORECASE)

# httpx's HTTPStatusError for a 400 or 422 answer (httpx/_models.py raise_for_status: "Client error '400 Bad Request'
# for url '...'"), as GuideLLM logs a request the server refused ("ERROR: HTTPStatusError(\"Client error '400 Bad
# Request' for url 'http://.../v1/chat/completions'...") in its errored-requests report, gpustack #4778) or its
# backend check that a server answered 422 on /v1/completions (guidellm #192): the server judged the request's
# content, so it was up (world596's training part). Other 4xx and the model hubs' answers are left to the rows
# (world261's hf_auth reads httpx's "Client error '" on the hubs).
_HTTPX_CLIENT_ERROR = re.compile(rb"\bclient error '4(?:00 bad request|22 unprocessable)", re.IGNORECASE)
_HUB_HOSTS = tuple(host.encode() for host in HUB_HOSTS)

# requests' HTTPError for a 400 or 422 answer (requests/models.py raise_for_status: f"{self.status_code} Client Error:
# {reason} for url: {self.url}") when the url is a server on the same host (127.0.0.1, localhost, 0.0.0.0): a front
# end's own call to the model server it runs beside, which that server answered by judging the request, so it was
# up (world617's training part, oobabooga/textgen#7247: text-generation-webui's llama_cpp_server.py raising for
# llama-server's 400 after "tokenize: error: number of bitmaps (1) does not match number of markers (0)" on an
# image). A cloud API's 400 names another host (world39's Vultr create_instance) and stays with the rules.
_REQUESTS_LOCAL_CLIENT_ERROR = re.compile(
    rb"\b4(?:00|22) client error: [\w ]{1,40} for url: https?://(?:127\.0\.0\.1|localhost|0\.0\.0\.0)[:/]",
    re.IGNORECASE,
)

# KServe's model server answering a request for a model it does not serve (python/kserve/kserve/errors.py
# ModelNotFound: "Model with name {name} does not exist.", a 404 with {"error": ...}), as curl prints the body:
# the server was up and judged the request's path (world275's training part, kserve#3682). "Model with name ...
# is not ready." (ModelNotReady, a 503) is a model that did not load, left to the rules.
_KSERVE_MODEL_NOT_FOUND = re.compile(rb"model with name \S{1,200} does not exist", re.IGNORECASE)


def _client_error_body(line: bytes) -> bool:
    found = _ERROR_OBJECT.search(line)
    return found is not None and (
        _CLIENT_ERROR_CODE.search(line, found.end()) is not None
        or _CLIENT_ERROR_STATUS.search(line, 0, found.start() + 1) is not None
    )


@dataclass
class Scan:
    """Rule hits over one log, by line index, and the landmarks the verdict weighs them against."""

    data: bytes
    folded: bytes
    shapes: list[bytes]
    last: dict[bytes, int]
    hits: list[tuple[int, int]] = field(default_factory=list)
    ready: int = -1
    started: int = -1
    dead: int = -1
    self_kill: int = -1
    build_gave_up: int = -1
    request_error: int = -1
    settled: dict[str, int] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    _offsets: dict[int, int] = field(default_factory=dict)
    _lines: dict[int, tuple[str, str]] = field(default_factory=dict)
    _distinct: bytes | None = None

    @property
    def size(self) -> int:
        return len(self.shapes)

    def offset(self, index: int) -> int:
        """Byte offset of a line's start (the folded and the raw text share offsets)."""
        known = self._offsets.get(index)
        if known is None:
            # From a neighbour's offset when it is known, so that a walk through consecutive lines costs one step
            # per line; else counted from the nearer end: the lines a diagnosis reads are mostly the last ones.
            after, before = self._offsets.get(index + 1), self._offsets.get(index - 1)
            if after is not None:
                known = after - len(self.shapes[index]) - 1
            elif before is not None:
                known = before + len(self.shapes[index - 1]) + 1
            elif index >= self.size // 2:
                known = len(self.folded) + 1 - sum(map(len, self.shapes[index:])) - (self.size - index)
            else:
                known = sum(map(len, self.shapes[:index])) + index
            self._offsets[index] = known
        return known

    def raw(self, index: int) -> bytes:
        start = self.offset(index)
        return self.data[start : start + min(len(self.shapes[index]), _LINE_CAP)]

    def line_at(self, index: int) -> tuple[str, str]:
        """The cleaned line and its lower case."""
        cached = self._lines.get(index)
        if cached is None:
            line = untagged(clean_line(self.raw(index).decode("utf-8", "replace")), self.tags)
            cached = self._lines[index] = (line, line.lower())
        return cached

    def window(self, index: int) -> str:
        """The line and the next few, joined: engines and terminals wrap long messages."""
        stop = min(index + _WINDOW_LINES, self.size)
        return " ".join(p for p in (self.line_at(i)[0] for i in range(index, stop)) if p)

    def distinct(self) -> bytes:
        """Every distinct folded line once, in order of first appearance: cheap to search for a word."""
        if self._distinct is None:
            self._distinct = b"\n".join(self.last)
        return self._distinct

    def raw_lower(self, start: int, size: int) -> str:
        return self.data[start : start + size].decode("utf-8", "replace").lower()


# Ids that never repeat (request ids, hashes, layer digests) are folded away before lines are compared, so a
# request line is read once whatever its id: with digits already 0, hex letters become 0 too, and a line with
# a run of eight zeros after that is compared in that form. Every check still reads the line's own text.
_HEX_FOLD = bytes.maketrans(b"abcdef", b"000000")
_ID_RUN = b"00000000"


def scan(text: str | bytes) -> Scan:
    data = unwrap(text.encode("utf-8", "replace") if isinstance(text, str) else bytes(text))
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    folded = data.translate(_FOLD)
    shapes = folded.split(b"\n")
    # The last line index of every distinct shape; the dict keeps them in order of first appearance.
    last = dict(zip(shapes, range(len(shapes))))
    result = Scan(data, folded, shapes, last)
    tail: dict[int, str] = {}
    for i in range(len(shapes) - 1, -1, -1):
        if shapes[i].strip():
            line = clean_line(result.raw(i).decode("utf-8", "replace"))
            if line:
                tail[i] = line
                if len(tail) >= _TAG_SAMPLE:
                    break
    result.tags = common_tag(list(tail.values())[::-1])
    # The sampled lines are the last ones, which the verdict reads most: kept as `line_at` would clean them.
    for i, line in tail.items():
        line = untagged(line, result.tags)
        result._lines[i] = (line, line.lower())
    latest: dict[bytes, int] = {}
    for hexed, (shape, index) in zip(result.distinct().translate(_HEX_FOLD).split(b"\n"), last.items()):
        key = hexed if _ID_RUN in hexed else shape
        if index > latest.get(key, -1):
            latest[key] = index
    triton_up = triton_failed = answered = -1
    for index in latest.values():
        shape = shapes[index]
        if _GATE_RE.search(shape) is not None:
            _match(result, index)
        if any(marker in shape for marker in _TRITON_SERVING):
            triton_up = max(triton_up, index)
        if any(marker in shape for marker in _TRITON_LOAD_FAILED):
            triton_failed = index if triton_failed < 0 else min(triton_failed, index)
        if (
            any(marker in shape for marker in _READY_MARKERS)
            or _plain(shape).rstrip().endswith(_READY_LINE_ENDS)
            or _SKYSERVE_READY.search(shape) is not None
        ):
            result.ready = max(result.ready, index)
        if any(marker in shape for marker in _START_MARKERS):
            result.started = max(result.started, index)
        if any(marker in shape for marker in _ENGINE_DEATH):
            result.dead = max(result.dead, index)
        if any(marker in shape for marker in _SELF_KILL):
            result.self_kill = max(result.self_kill, index)
        if any(marker in shape for marker in _BUILD_GAVE_UP):
            result.build_gave_up = max(result.build_gave_up, index)
        if (
            any(marker in shape for marker in _REQUEST_ERRORS)
            or ((b'"object":' in shape or b"'object':" in shape) and _client_error_body(result.raw(index)))
            or (
                b"status code (no body)" in shape
                and _NO_BODY_CLIENT_ERROR.search(result.raw(index)) is not None
            )
            or (b"error code: 000 - " in shape and _OPENAI_CLIENT_ERROR.search(result.raw(index)) is not None)
            or (
                b"client error '" in shape
                and _HTTPX_CLIENT_ERROR.search(result.raw(index)) is not None
                and not any(host in result.raw(index).lower() for host in _HUB_HOSTS)
            )
            or (
                b" client error: " in shape
                and _REQUESTS_LOCAL_CLIENT_ERROR.search(result.raw(index)) is not None
            )
            or (b"[server error] " in shape and _LMSTUDIO_REQUEST_ERROR in result.raw(index))
            or (b"model with name " in shape and _KSERVE_MODEL_NOT_FOUND.search(result.raw(index)) is not None)
            or all(marker in shape for marker in _LLAMA_STACK_SSE)
        ):
            result.request_error = max(result.request_error, index)
            result.ready = max(result.ready, index)
        if b"[gin] " in shape and _GIN_ANSWERED.search(result.raw(index)) is not None:
            result.settled["gpu_unavailable"] = max(result.settled.get("gpu_unavailable", -1), index)
        if b" http/" in shape and _UVICORN_ANSWERED.search(result.raw(index)) is not None:
            answered = max(answered, index)
        if _OLLAMA_COMPUTE in shape and b"library=cpu" not in shape:
            result.settled["gpu_unavailable"] = max(result.settled.get("gpu_unavailable", -1), index)
        for kind, markers in _SETTLED_BY.items():
            if any(marker in shape for marker in markers):
                result.settled[kind] = max(result.settled.get(kind, -1), index)
    if triton_up >= 0 and not 0 <= triton_failed < triton_up:
        result.ready = max(result.ready, triton_up)
    result.hits.sort()
    # Only an answer after the failure settles it: one before it says nothing of what came after.
    if answered >= 0 and any(index < answered for index in error_lines(result, 3)):
        result.settled["health_check_failed"] = max(result.settled.get("health_check_failed", -1), answered)
    return result


def _match(result: Scan, index: int) -> None:
    line, low = result.line_at(index)
    # A line vLLM's logger wrote at debug level (`_VLLM_DEBUG`) is no crash's line: the weak rules, which read a
    # crash from its shape (a traceback's header, an exception line), pass it by; a strong wording there still
    # names its kind. Not every program's debug level: TorchServe's frontend logs its backend worker's death at
    # "[DEBUG]" (world10's SageMaker log). The header of a traceback TGI's launcher relays under a WARN record
    # (`_warned_traceback`) likewise.
    debug = _VLLM_DEBUG.match(_plain(result.shapes[index])) is not None or _warned_traceback(result, index)
    # The exception xFormers caught while probing for Triton and logged under its warning (`_probe_traceback`) names
    # nothing that failed: no rule reads it, strong or weak.
    if "error" in low and is_exception_line(line) and _probe_traceback(result, index):
        return
    # The numbered source lines IPython prints under a frame ("   1117         ), f\"{...} does not support LoRA
    # yet.\"") are the program's code, not its output: no rule reads them (world612's training part, Qwen2.5-Omni
    # #132, a notebook traceback cut inside vLLM's model loader whose source quotes the LoRA refusal).
    if _IPYTHON_SOURCE.match(line) and _under_ipython_frame(result, index):
        return
    fired: set[int] = set()
    for gate, needles in _INDEX:
        if gate in low:
            for needle, number in needles:
                if debug and RULES[number].weak:
                    continue
                if number not in fired and needle in low and RULES[number].matches(low, line):
                    fired.add(number)
                    result.hits.append((index, number))


def _under_ipython_frame(result: Scan, index: int) -> bool:
    """Whether line `index` sits under an IPython frame ("File ~/x.py:297, in f(...)", "Cell In[3], line 1"), with
    only its numbered source lines, its "(...)" and blank lines between."""
    for i in range(index - 1, max(index - _IPYTHON_SOURCE_RUN, -1), -1):
        line, low = result.line_at(i)
        if low.startswith(("file ", "cell in[", "cell in [", "input in [")) and not low.startswith('file "'):
            return _is_frame(low)
        if line.strip() and _IPYTHON_SOURCE.match(line) is None and line != _IPYTHON_ELIDED:
            return False
    return False


_IPYTHON_SOURCE_RUN = 16


# A frame of a native stack as the dying process prints it: torch's c10 ("frame #3: c10d::...+ 0x10c (0x7f3b...
# in libtorch_cuda.so)"), gdb and glibc ("#4 0x00007f... in abort"), Rust's std ("  7:     0x5612d0e03879 -
# std::..." then "at /rustc/.../src/main.rs:433:18"), UCX and vLLM's fault handler ("14 0x0000000000004493 ???()
# /usr/lib/.../libffi.so.8:0"), abseil's failure signal handler under Ray ("@     0x7f3c945c8630  (unknown)"),
# boost.stacktrace under Triton (" 3# abort in /usr/lib/x86_64-linux-gnu/libc.so.6"), glibc's backtrace_symbols
# (debug/backtracesyms.c: "%s(%s+%#tx)[%p]", "libggml-base.so(ggml_abort+0x152)[0x72ed...]",
# "/app/llama-server(+0xfb930)[0x5965...]"), which ggml_print_backtrace and Open MPI's signal handler print
# (opal/util/stacktrace.c: "[host:00098] [ 0] /usr/lib/.../libpthread.so.0(+0x14420)[0x7f5f...]") as a process dies.
# V8's frames under Node and Electron likewise: a call site, then the location in parentheses, spaces and all
# ("at _0x5357b9.emit (C:\\Program Files\\LM Studio\\...\\index.js:91:203077)", "at async loadModel
# (/app/llmworker.js:124:17000)"; world51's LM Studio logs). pytest's long tracebacks name each frame by its location
# ("e2e/test_cuda/test_vllm_throughput.py:139: in _run_vllm_benchmark"; src/_pytest/_code/code.py ReprFileLocation,
# "{path}:{lineno}: {message}" with the message "in {name}"; world83's training part).
# Android's crash dumps (debuggerd's tombstone and logcat's "backtrace:", libunwindstack Unwinder::FormatFrame:
# "#%02zu pc %0*" PRIx64 "  %s", "#03 pc 0000000000417918  /data/app/.../librnllama.so (Java_..._initContext+1936)")
# name each frame by its program counter: an app's llama.cpp dying on a phone (world92's training part).
# DirectML's failure report names the source location of each call the error passed through, one "from:" line each
# ("DirectML.dll/TensorValidator.h(439) Exception ..." then "from: onnxruntime.dll/DmlOperator.cpp(43)"; world160's
# onnxruntime #13330).
# dmlc-core's stack trace under an error of TVM (before 0.8) or MXNet (dmlc/logging.h StackTrace: "[bt] (" << frameno
# << ") " << symbol, "  [bt] (7) 0x80cc17ee1 <tvm::relay::legalize::Legalizer::VisitExpr_(...)+0x31> at
# /usr/local/lib/libtvm.so", "  [bt] (8) /.../libtvm.so(+0xb09669) [0x7f2d6a7c0669]"; world355's training part).
_NATIVE_FRAME = re.compile(
    r"(?:frame #\d{1,4}: "
    r"|\[bt\] \(\d{1,4}\) "
    r"|#\d{1,4} +0x[0-9a-f]{4,}"
    r"|\d{1,4}: +0x[0-9a-f]{4,} - "
    r"|at \S{1,300}:\d{1,6}:\d{1,6}$"
    r"|at (?:async |new )?[^\s()]{1,300}(?: \[as [^\]\s]{1,100}\])? \([^()]{1,400}:\d{1,6}:\d{1,6}\)$"
    r"|\d{1,4} +0x[0-9a-f]{6,} "
    r"|@ +0x[0-9a-f]{4,} "
    r"|\d{1,4}# "
    r"|(?:\[[^\]\s]{1,80}\] \[ ?\d{1,4}\] )?\S{1,300}\([\w.@$]{0,200}\+0x[0-9a-f]{1,16}\) ?\[0x[0-9a-f]{4,16}\]$"
    r"|\S{1,300}\.py:\d{1,6}: in [\w.<>]{1,200}$"
    r"|#\d{1,4} pc [0-9a-f]{8,16}  "
    r"|from: [^\s()]{1,300}\.(?:cpp|cc|c|h|hpp)\(\d{1,6}\)$"
    # Paddle's C++ traceback under an EnforceNotMet (paddle/common/enforce.cc GetCurrentTraceBackString: the frame's
    # number left-aligned in four columns, then the demangled symbol: "0   std::string paddle::platform::
    # GetTraceBackString<...>(...)", "10  paddle::memory::allocation::Allocator::Allocate(unsigned long)", "0
    # TRITONBACKEND_ModelInstanceInitialize"; world287's training part)
    r"|(?:\d {3}|\d{2} {2}|\d{3} )(?:\S.{0,600}::|\w{1,200}$))"
)


# Words of a dying process's last lines: tracebacks, shutdown notices, exit reports.
_DYING_WORDS = (
    "error",
    "exception",
    "traceback",
    "exit",
    "terminat",
    "shutdown",
    "shutting down",
    "kill",
    "abort",
    "fail",
    "died",
    "dead",
    "signal",
    "warn",
    "leak",
    "destroy_process_group",
    "core dumped",
    "stopp",
    "the above",
    "during handling",
    "finished server process",
    "raise ",
    "panic",
    "backtrace",
    # the advice torch appends to every CUDA or HIP error it raises (c10/cuda/CUDAException.cpp and its hipified
    # twin)
    "cuda_launch_blocking",
    "torch_use_cuda_dsa",
    "amd_serialize_kernel",
    "torch_use_hip_dsa",
    # the banner Cosmopolitan libc ends its crash report's header with, under the program's path and errno's text
    # ("error: Uncaught SIGABRT (SI_0) on unknown pid 26726", " /Users/.../llamafile-0.9.1", " Operation not
    # permitted", "  Cosmopolitan 3.9.7 MODE=aarch64"), as llamafile dies
    "cosmopolitan ",
)
# Ordinary lines after a stray traceback that show the process kept working.
_ALIVE_LINES = 3
# The tail of a frame's location that a terminal 80 columns wide wrapped onto a line of its own: the line number's
# last digits or its comma and the function ("59, in forward", ", in forward", "in replicate").
_LOCATION_TAIL = re.compile(r"[\d, ]*in [\w<>.]+")
# A ruler a report is framed with, a line of one repeated mark and nothing else: torchelastic's error summary under
# "ChildFailedError:" ("=" * 60 around it, "-" * 60 between "train.py FAILED", "Failures:", "<NO_OTHER_FAILURES>"
# and "Root Cause (first observed failure):"; torch/distributed/elastic/multiprocessing/errors/__init__.py) draws
# three or more of them after the failure it reports. A ruler says nothing of the process going on (world357's
# training part, DFormer's torchrun summary read healthy).
_RULER = re.compile(r"(?:={10,}|-{10,}|\*{10,}|_{10,}|#{10,})")
# gunicorn's own lines right after it binds (arbiter.py: "Using worker: %s", "Booting worker with pid: %s"):
# the server starting, not a sign that anything reached it, so they do not outlive a bind to loopback.
# Triton's report after its model status table (metrics.cc: "Collecting metrics for GPU 0: ...", "Collecting CPU
# metrics"), printed whether the models loaded or not and before the options table: a model's UNAVAILABLE row
# above them is still the end of the start, not a server that went on (world165's training part).
_BOOT_CHATTER = ("using worker: ", "booting worker with pid: ", "collecting metrics for gpu", "collecting cpu metrics")
# A field an exception prints under its message: Ray's actor errors list the actor ("\tclass_name: WorkerDict",
# "\tactor_id: 5066c2...", "\tpid: 87687", "\tnamespace: ...", "\tip: 10.0.0.1"; python/ray/exceptions.py
# ActorDiedError), the dead actor's own report and not a sign that the process went on.
_EXCEPTION_FIELD = re.compile(r"[a-z][a-z_]{0,40}: \S")
# The rest of an exception's message when it quotes data over several lines: numpy's repr of an array, as vLLM's
# "Failed to apply Qwen2_5_VLProcessor on data={... 'videos': [array([[[[255, 255, 255]," goes on with one row a
# line ("[255, 255, 255],", "...,"; world104's training part). Numbers and brackets only, no word of a process
# going on.
_MESSAGE_DATA = re.compile(r"[\[\](){}0-9.,:;+\- ]{2,400}")
# PopTorch's and PopART's context under an error they raise: "Error raised in:" then the calls it passed through,
# one a line and numbered ("  [0] Compiler::initSession", "  [1] LowerToPopart::compile", "  [3]
# compileWithManualTracing"; poptorch_err's ExceptionHandling): the error's own report, not the process going on
# (world326's training part, a PopTorch compile error read healthy).
_ERROR_CONTEXT = re.compile(r"error raised in:|\[\d{1,3}\] [\w:~<>.]{1,300}(?:\(.{0,1000}\))?(?::[^\s].{0,300})?")
# gdb's notices while it attaches to a dying process to print its stack (ggml_print_backtrace runs gdb on
# GGML_ABORT: "[New LWP 109186]", localised "[Nuevo LWP 109186]"; "[New Thread 0x7f... (LWP 12)]", "[Thread 0x7f...
# (LWP 12) exited]"): the abort's own trace, not a sign that the process went on.
_GDB_NOTICE = re.compile(r"\[(?:[^\]\s]{1,12} )?(?:lwp|thread) (?:\d|0x)")
# gdb's start-up notices about debuginfod as it attaches on a distribution that sets DEBUGINFOD_URLS (Fedora's
# "This GDB supports auto-downloading debuginfo from the following URLs:", the URLs one a line in angle brackets,
# "<https://debuginfod.fedoraproject.org/>", "<ima:enforcing>", then "Enable debuginfod for this session? (y or
# [n]) [answered N; input not from terminal]", "Debuginfod has been disabled.", "To make this setting permanent,
# add 'set debuginfod enabled off' to .gdbinit." and "Function(s) ^std::... will be skipped when stepping."): the
# same abort's trace being set up (world158's training part, llama-bench on gfx1151).
_GDB_BANNER = (
    "gdb supports auto-downloading debuginfo",
    "enable debuginfod for this session",
    "debuginfod has been disabled",
    "'set debuginfod enabled off'",
    "will be skipped when stepping",
)
_GDB_URL = re.compile(r"\s*<(?:https?://|ima:)[^>\s]{1,200}>$")
# gdb's own session after a signal stopped the program: its prompt and the commands typed at it ("(gdb) bt",
# "(gdb) disas", which the cleaning leaves as "bt" and "disas"), the disassembly it prints ("Dump of assembler code
# for function _ZN10gpt_paramsC2Ev:", "   0x... <+4>:\tpush   %rbp", "=> 0x... <+35>:", "End of assembler dump.")
# and the source line it echoes at the stop ("23\tstruct gpt_params {"): the report of the SIGILL, not the process
# going on (world264's training part, ggllm.cpp's falcon_main on a CPU without the build's instructions).
_GDB_SESSION = re.compile(
    r"\(gdb\)(?: |$)|(?:bt|backtrace|disas|disassemble)$|dump of assembler code for |end of assembler dump"
    r"|\s*(?:=> )?0x[0-9a-f]{4,16} <[^>\s]{0,200}\+\d{1,6}>:|\d{1,6}\t"
)
# The general registers Cosmopolitan libc's crash report lists under its header, as llamafile dies (x86-64: "RAX
# 0000000000000000 RBX 0000000000000006 RDI 0000000000001441"; aarch64: "0000000000000000 x0 9d3565df4ebfeae0 x8
# ..."): the report of the death, not a sign that the process went on.
_REGISTER_DUMP = re.compile(r"(?:r[a-z0-9]{1,3} [0-9a-f]{16}(?: |$)){2}|(?:[0-9a-f]{16} x\d{1,2}(?: {1,2}|$)){2}")
# py-spy's dump of a live process's Python stacks (py-spy dump, src/dump.rs: "Process 231810: <cmdline>", "Python
# v3.10.12 (/usr/bin/python3.10)", 'Thread 231810 (active): "MainThread"' or "Thread 0x7F... (idle+gil): ...", then
# one frame a line, "draft (eagle_worker.py:397)", "<module> (<string>:1)", native ones "pthread_cond_timedwait
# (libc.so.6)"), as SGLang's scheduler watchdog prints before it kills a hung server (world105's training part):
# the report of a stuck process, not a sign that it went on.
_PYSPY_DUMP = re.compile(
    r"process \d{1,10}: "
    r"|python v\d{1,2}\.\d{1,3}\.\d{1,3} \("
    r"|thread (?:\d{1,12}|0x[0-9a-f]{1,16}) \((?:active|idle)(?:\+gil)?\)"
    r"|\S{1,300} \((?:[^()\s]{1,300}\.py|<string>):\d{1,6}\)$"
    r"|\S{1,300} \([\w.+-]{1,100}\.so(?:\.\d{1,4}){0,3}\)$"
)
# What the Go runtime prints after a fatal signal besides its goroutines (runtime/signal_unix.go sighandler's
# "PC=0x7fef53b6b18b m=0 sigcode=..."; runtime/traceback.go's "runtime: unknown pc 0x..." and "stack: frame={sp:...,
# fp:...} stack=[...)"; runtime/print.go hexdumpWords' "00007fff9d737070:  0000000000000000  0000000000000000"), as
# dcgm-exporter dies under SIGABRT (world53): the report of the death, not a sign that the process went on.
_GO_FAULT_DUMP = re.compile(
    r"pc=0x[0-9a-f]{1,16} m=\d{1,6} sigcode=|runtime: unknown pc 0x|stack: frame=\{sp:|[0-9a-f]{16}:(?: {1,2}[0-9a-f]{16}){2}"
)
# Node.js's util.inspect of an error that carries properties ("[TypeError: fetch failed] {", "cause: [Error: connect
# ECONNREFUSED 127.0.0.1:11434] {"), then one property a line ("errno: -111,", "code: 'ECONNREFUSED',") and the
# closing braces: the error's own report, as Ray's fields are.
_INSPECTED_ERROR = re.compile(r"(?:[a-z]\w{0,40}: )?\[\w{0,60}Error: .{1,400}\] \{$")


def _opens_error_report(line: str) -> bool:
    """An exception line, Python's or Node's, whose fields may follow it."""
    return is_exception_line(line) or _INSPECTED_ERROR.match(line) is not None


def _is_marker_line(line: str) -> bool:
    """Whether a line is CPython's markers under a frame's code line ("~~~~^^", "^^^^^^^^^^^")."""
    marks = line.strip()
    return len(marks) >= 3 and _CARET_MARKERS.fullmatch(marks) is not None


def ends_in_failure(result: Scan, index: int) -> bool:
    """Whether the log stops soon after line `index`: only traceback and shutdown lines follow it."""
    alive = 0
    start = result.line_at(index)[0] if 0 <= index < result.size else ""
    in_exception = bool(start) and _opens_error_report(start)
    # Inside an IPython frame: the numbered source lines it prints under the frame ("---> 37 model = ...", "     38
    # model_name=...") and its "(...)" for the lines it leaves out are the traceback's, not the process going on.
    in_cell = bool(start) and _is_frame(start.lower())
    # A tail that stops in a frame starts under the frame's location: its code line is the frame's.
    after_frame = bool(start) and start.lower().startswith('file "')
    wrapped_location = after_frame and ", in " not in start.lower()
    in_call = False
    for i in range(index + 1, result.size):
        if alive >= _ALIVE_LINES:
            break
        line, low = result.line_at(i)
        # A borderless panel's code lines under its last frame (`_bare_rich_frame`) are the traceback's too.
        if _in_rich_panel(line) is not None or _RICH_BARE_SOURCE.match(line.strip()):
            continue
        frame = low.startswith('file "') or _NATIVE_FRAME.match(low) is not None or _is_frame(low)
        # The rest of a frame's location that the terminal wrapped onto the next line ('File ".../data_parallel.py",
        # line' then '59, in forward', at 80 columns; world537's training part, a DataParallel traceback cut at a
        # frame) is the frame's: the code line under it is the frame's too, not the process going on.
        continued = wrapped_location and _LOCATION_TAIL.fullmatch(line.strip()) is not None
        wrapped_location = low.startswith('file "') and ", in " not in low
        source = in_cell and (_IPYTHON_SOURCE.match(line) is not None or line == _IPYTHON_ELIDED)
        in_cell = (frame and not low.startswith('file "')) or (in_cell and (source or not line.strip()))
        # A line with CPython's markers under it is a frame's code line, each line of a call that spans lines
        # among them (Python 3.13; world285's training part), not the process going on.
        marked = i + 1 < result.size and _is_marker_line(result.line_at(i + 1)[0])
        # The argument lines of a frame's call that spans lines, Python 3.13's "...<N lines>..." among them, down to
        # its closing bracket (`_CLOSING_LINE`) are the frame's code lines too.
        opened = in_call
        if after_frame and not frame:
            in_call = line.endswith(_OPENING_ENDS)
        elif in_call:
            in_call = not frame and _CLOSING_LINE.fullmatch(line) is None
        framed = frame or after_frame or continued
        if not line or framed or source or marked or opened or not line.strip("^~ "):
            pass
        elif _opens_error_report(line):
            in_exception = True
        elif (
            (in_exception and (_EXCEPTION_FIELD.match(line) or _MESSAGE_DATA.fullmatch(line)))
            or any(c in low for c in _BOOT_CHATTER)
            or _GDB_NOTICE.match(low)
            or _ERROR_CONTEXT.fullmatch(low.strip()) is not None
            or any(c in low for c in _GDB_BANNER)
            or _GDB_URL.match(low)
            or _GDB_SESSION.match(low)
            or _REGISTER_DUMP.match(low)
            or _PYSPY_DUMP.match(low)
            or _GO_FAULT_DUMP.match(low)
            or _is_go_dump(line)
            or _RULER.fullmatch(line.strip()) is not None
        ):
            pass
        elif not any(word in low for word in _DYING_WORDS):
            alive += 1
            in_exception = False
        else:
            in_exception = False
        after_frame = frame or continued
    return alive < _ALIVE_LINES


# A Go stack frame's location line ("runtime/asm_amd64.s:1700 +0x1 fp=0xc000 sp=0xc000 pc=0x5637"), as the Go
# runtime dumps every goroutine when a process panics or aborts.
_GO_FRAME = re.compile(r"\S+\.(?:go|s):\d{1,6} \+0x[0-9a-f]{1,16}")
# The rest of a Go runtime's dump of its goroutines (runtime/traceback.go: goroutineheader's "goroutine 12
# [syscall]:", with "gp=... m=..." since Go 1.21; printcreatedby1's "created by main.serve" and " in goroutine
# 1"; runtime/signal_amd64.go dumpregs' "rax    0x0" ... "rip    0x75b3..."), and a frame's call line
# ("runtime.gopark(0xc00011afa8?, 0x2?)"): a tail cut in it was taken while the process died.
_GO_DUMP = re.compile(
    r"goroutine \d{1,12} (?:gp=0x[0-9a-f]{1,16} m=\w{1,12} (?:mp=0x[0-9a-f]{1,16} )?)?\[[^\]]{1,100}\]:"
    r"|created by \S{1,400}(?: in goroutine \d{1,12})?$"
    r"|(?:r[a-z]{2}|r\d{1,2}|rflags|cs|fs|gs) +0x[0-9a-f]{1,16}$"
)


# A compiler's diagnostic located by file and line in parentheses, as nvcc and MSVC print it
# ("/home/.../csrc/quantization/gptq_marlin/kernel.h(39): warning #20281-D: in whole program compilation mode ...
# ("marlin::Marlin<...>") ..."): its head is a path and it may end in ")", but a line number alone then ": " is no
# Go call's arguments (world420's training part, vLLM's Marlin kernels built with nvcc's warnings).
_COMPILER_LOCATION = re.compile(r"\d{1,6}\): ")


def _is_go_dump(line: str) -> bool:
    if _GO_DUMP.match(line) is not None:
        return True
    # A call line names its function by package path ("github.com/ollama/ollama/llm.(*Server).init(...)",
    # "net/http.(*conn).serve(...)") or from the runtime ("runtime.goexit({})"), which a Python code line does not.
    head, paren, rest = line.partition("(")
    return (
        bool(paren)
        and line.endswith(")")
        and " " not in head
        and "." in head
        and ("/" in head or head.startswith(("runtime.", "main.")))
        and _COMPILER_LOCATION.match(rest) is None
    )


# The source lines IPython prints under a frame ("----> 1 llm = LLM(", "    296 # Create"). VS Code's notebooks
# render each line number as a link to the file ("-> [1007](file:///C:/Users/.../file_download.py:1007)     return
# _hf_hub_download_to_cache_dir(", "    [334](https://vscode-remote+wsl...:334)     response.status_code == 401"):
# the same source line, its number in brackets (world199's training part, huggingface/transformers#43023).
_IPYTHON_SOURCE = re.compile(r"(?:-*> *)?(?:\d{1,6}|\[\d{1,6}\]\([^)]{1,800}\))(?: |$)")
# IPython 8's marker for the context lines it leaves out of a frame (stack_data's LINE_GAP, ultratb: "(...)").
_IPYTHON_ELIDED = "(...)"
# How far up from a log's last line a traceback frame is looked for; IPython's context lines do not count.
_TRACEBACK_REACH = 40
# CPython's note for a frame repeated more than three times in a row (Lib/traceback.py StackSummary.format:
# "  [Previous line repeated {count} more time{s}]"), as a recursion prints it: it stands among a stack's frames
# only, so a tail that stops at it stops inside a traceback (world113's training part, vLLM's Transformers backend
# recursing through a model's modules on an ERROR-level worker traceback cut there).
_REPEATED_FRAME = re.compile(r"\[previous line repeated \d{1,9} more times?\]")
# CPython 3.11's error location markers under a frame's code line (Lib/traceback.py StackSummary.format_frame_summary:
# carets under the failing expression, tildes under the rest of a binary operation): a line of them is printed
# below a frame's code line only, so a code line with one under it is a frame's body even when the paste starts
# below its "File ..." line (world113's training part, two lines of a vLLM worker's ERROR-level traceback).
_CARET_MARKERS = re.compile(r"[~^]*\^[~^]*")
# CPython's multiprocessing announces a child's crash ("Process SpawnProcess-1:") before its traceback.
_PROCESS_CRASH = re.compile(r"process [\w.-]{1,80}:?")


# IPython 7's verbose frame, as Colab, Kaggle and SageMaker Studio Lab print a notebook cell's traceback
# (IPython/core/ultratb.py VerboseTB: the file, then "in" and the call: "/tmp/ipykernel_35/2859570204.py in <cell
# line: 0>()", "~/.conda/envs/default/lib/python3.9/site-packages/transformers/.../auto_factory.py in
# from_pretrained(cls, ...)"); Colab renders the file as a Markdown link ("[/usr/local/lib/python3.11/dist-packages/
# vllm/utils.py](https://localhost:8080/#) in inner(*args, **kwargs)"). world79's notebooks. Colab prefixes the frame
# after the ones it folded with their count ("2 frames[/usr/local/lib/python3.12/dist-packages/.../loaders.py](...)
# in load_gemma(model_name)"; world78's training part, google-deepmind/ai-foundations#13).
_IPYTHON7_FRAME = re.compile(
    r"(?:\d{1,4} frames)?\[?(?:/|~/|<)[^\s\]]{0,400}\.py(?:\]\(\S{1,200}\))? in [^\s(]{1,200}(?: line: \d{1,6}>)?\("
)


# IPython 7 and older name a notebook cell's own frame after the cell's input, with no file path for
# _IPYTHON7_FRAME's ".py" ("<ipython-input-1-3cadc7bec646> in <module>", "<ipython-input-17-500123296f4f> in
# train_xgboost(parameters, X, y, num_rounds)"), and %%time's cell "<timed exec> in <module>": a notebook's
# traceback cut under that frame's source lines stops inside the traceback (world352's training part, LightGBM's
# GPU trainer in a Jupyter cell cut at "----> 5 model.fit(train, label)").
_IPYTHON_CELL_FRAME = re.compile(
    r"<(?:ipython-input-\d{1,6}-[0-9a-f]{6,40}|timed exec|timed eval)> in (?:<module>$|[^\s(]{1,200}\()"
)


def _is_frame(low: str) -> bool:
    # CPython's `File "x.py", line 3, in f`; IPython's `File ~/x.py:297, in f(...)` and `Cell In[3], line 1` (IPython
    # 8.0-8.5: `Cell In [3], line 1`, `Input In [3], in <cell line: 1>()`); IPython 7's `/x.py in f(...)`.
    # CPython 3.11's exception groups print their members' tracebacks under a "| " margin (Lib/traceback.py
    # TracebackException.format: _ctx.emit with margin_char "|", "  | Traceback (most recent call last):", "    |
    # File "...", line 70, in __call__"), as anyio's task groups raise them under uvicorn and starlette: the frame is
    # the same frame (world100's training part, a vLLM OpenAI server cut inside one). A console that draws a
    # program's output inside a box puts the same CPython frames after its "│" border ('│   File "/app/.venv/.../
    # uvicorn/server.py", line 78, in _serve', world213's training part, morphik's worker under uvicorn); Rich's own
    # traceback panel names its frames "x.py:78 in _serve" instead, which _in_rich_panel reads.
    if low.startswith(("| ", "│ ")):
        low = low[1:].lstrip()
    return (
        low.startswith(('file "', "cell in[", "cell in [", "input in ["))
        or (low.startswith("file ") and ", in " in low)
        or _IPYTHON7_FRAME.match(low) is not None
        or _IPYTHON_CELL_FRAME.match(low) is not None
    )


# A shell's prompt alone on a line: "$", "user@host:~/dir$ ", "(venv) $", "root@box:/# ", PowerShell's "PS C:\\x> ".
_SHELL_PROMPT = re.compile(
    r"(?:\([\w.-]{1,40}\) ?)?(?:[\w.-]{1,40}@[\w.-]{1,60}(?::[^\s$#]{0,200})?)? ?[$#%]|PS [A-Za-z]:\\[^>]{0,200}>"
)


# The prompt followed by the command typed at it ("$ kubectl describe pod x", "user@box:~$ docker pull image").
_PROMPT_COMMAND = re.compile(rf"(?:{_SHELL_PROMPT.pattern}) +(\S.*)")
# Clients that print and return, whatever the server they ask about is doing: kubectl's (and oc's) reads, the
# package and image tools, the host's listings. Their prompt coming back is their own end (world117's training
# part: a `kubectl describe clusterpolicies` and a `docker pull` pasted with the prompt that followed them).
_KUBECTLS = frozenset({"kubectl", "oc", "k", "kc", "microk8s.kubectl"})
_KUBECTL_READS = frozenset({"get", "describe", "top", "version", "events", "explain", "api-resources", "logs"})
_IMAGE_TOOLS = frozenset({"docker", "podman", "nerdctl", "crictl"})
_IMAGE_READS = frozenset({"pull", "images", "image", "ps", "inspect", "info", "version", "logs"})
_LISTINGS = frozenset({"helm", "nvidia-smi", "nvcc", "ldconfig", "lspci", "uname", "cat", "ls", "df", "free"})


def _one_shot(command: str) -> bool:
    """Whether a command typed at a prompt is a client that prints and returns (not a server, not a log follow)."""
    words = command.split()
    if words[:1] == ["sudo"]:
        words = words[1:]
    if not words:
        return False
    program, rest = words[0].rsplit("/", 1)[-1], words[1:]
    if any(w in ("-f", "--follow", "-w", "--watch") for w in rest):
        return False
    verb = next((w for w in rest if not w.startswith("-")), "")
    if program in _KUBECTLS:
        return verb in _KUBECTL_READS
    if program in _IMAGE_TOOLS:
        return verb in _IMAGE_READS
    return program in _LISTINGS


# Compose's summary of a detached `up` ("[+] Running 7/7" then " ✔ Container ragflow-server   Started   0.0s"): its
# last row says a container was started, created or is healthy, and `up -d` gives the prompt back once they are
# (world265's training part, RAGFlow's stack up with a swap-limit warning among its rows).
_COMPOSE_STARTED = re.compile(r"(?:[✔✓] )?container \S+ +(?:started|healthy|running|created)\b")


def _detached_start_above(result: Scan, prompt: int) -> bool:
    """Whether the last line before the prompt at `prompt` is compose's row of a container started in the background."""
    for j in range(prompt - 1, -1, -1):
        line, low = result.line_at(j)
        if line:
            return _COMPOSE_STARTED.match(low.strip()) is not None
    return False


def _comment_block_above(result: Scan, prompt: int) -> bool:
    """Whether the bare "#" at `prompt` closes a block of "# " comment lines rather than being a root shell's prompt.

    nccl-tests prints its header as "# nThread 1 nGpus 1 ...", "# Using devices", "#   Rank  0 ... device  0" with a
    bare "#" between the parts (src/common.cu, PRINT("#\n")): a run cut after its device list is still starting
    (world609's training part, nccl-tests #107, all_reduce_perf over two hosts).
    """
    for j in range(prompt - 1, -1, -1):
        line, _ = result.line_at(j)
        if line:
            return line.startswith("#   Rank ") or line.startswith("# nThread ") or line.startswith("# Using devices")
    return False


def back_at_prompt(result: Scan) -> bool:
    """Whether a terminal's log ends at the shell's prompt after other lines: the program it ran has exited.

    Not when the command typed at the last prompt before it was a client that prints and returns: the prompt is
    that client's end, and says nothing of a server.
    """
    for i in range(result.size - 1, 0, -1):
        line, _ = result.line_at(i)
        if line:
            if _SHELL_PROMPT.fullmatch(line) is None:
                return False
            if _detached_start_above(result, i):
                return False
            if line.strip() == "#" and _comment_block_above(result, i):
                return False
            for j in range(i - 1, max(-1, i - 5000), -1):
                typed = _PROMPT_COMMAND.fullmatch(result.line_at(j)[0])
                if typed:
                    return not _one_shot(typed.group(1))
            return True
    return False


# curl's verbose transcript (-v): the request line it sent ("> GET /v2/health/ready HTTP/1.1"), its headers ("> Host:
# 0.0.0.0:8000"), and the status line it got ("< HTTP/1.1 400 Bad Request"). The scan reads "> " at a line's start as
# a quote's marker and drops it, so the request's lines may come without it.
_CURL_REQUEST = re.compile(r"(?:> )?(?:get|head) \S{0,200}(?:health|ready|live|ping)\S{0,100} http/\d")
_CURL_STATUS = re.compile(r"< http/\d(?:\.\d)? [45]\d\d\b")
_CURL_HEADER = re.compile(r"(?:[<>] )?[a-z][a-z0-9-]{0,40}: ")
_CURL_TRANSCRIPT = ("< ", "> ", "* ", "<", ">", "*")


def probe_tail(result: Scan) -> int:
    """The status line a log ends with, when it is a readiness probe's answer other than 2xx or 3xx; -1 otherwise.

    A health or readiness endpoint answers 4xx or 5xx while the server is not ready (KServe's v2 protocol, which
    Triton serves: "a 4xx status code indicates false"; vLLM's, TGI's and SGLang's /health answer 503), so a
    user's `curl -v` of one, pasted as the log's last lines, is the probe's verdict.
    """
    status = -1
    for i in range(result.size - 1, max(-1, result.size - 16), -1):
        line, low = result.line_at(i)
        if not line:
            continue
        if _CURL_STATUS.match(low):
            status = i
        elif status >= 0 and _CURL_REQUEST.match(low):
            return status
        elif not (low.startswith(_CURL_TRANSCRIPT) or _CURL_HEADER.match(low)):
            return -1
    return -1


# An HTTP server's access line for one answer (uvicorn's `INFO:     10.0.0.1:52332 - "POST /v1/chat/completions
# HTTP/1.1" 500 Internal Server Error`, and the common log format's quoted request line before the status).
_ACCESS_ANSWER = re.compile(r'"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S{1,2000} HTTP/\d(?:\.\d)?" (\d{3})\b')
# How many answers in a row, with nothing else answered since, make a server that fails every request. One 500
# is one request the server refused (world69's, world133's, world200's healthy logs); three in a row still are
# (world171's NeMo Gym worker); a log of nothing but 500s is a server broken for everyone (world50's, world157's).
_FAILING_ANSWERS = 5
# How far back to look for them, so that the walk stays bounded on any log.
_ANSWERS_REACH = 200


def failing_answers_tail(result: Scan) -> int:
    """The last access line of a log whose last answers are all `500`, at least five in a row; -1 otherwise."""
    last, count = -1, 0
    for i in range(result.size - 1, max(-1, result.size - 1 - _ANSWERS_REACH), -1):
        line = result.line_at(i)[0]
        m = _ACCESS_ANSWER.search(line) if "HTTP/" in line else None
        if m is None:
            continue
        if m.group(1) != "500":
            break
        if last < 0:
            last = i
        count += 1
        if count >= _FAILING_ANSWERS:
            return last
    return -1


# The lines argparse wraps a usage's option synopses onto ("[--model MODEL]", "[--lora LORA [LORA ...]]").
_USAGE_CONTINUATION = ("[-", "-", "{", "<", "|")


def usage_tail(result: Scan) -> int:
    """The `usage:` line a log stops in, when only its option synopses follow; -1 otherwise.

    argparse prints the usage, then "prog: error: ..." and exits 2 (CPython Lib/argparse.py, ArgumentParser.error).
    A server started for a deployment is not asked for its help, so a tail cut inside the usage was taken while
    the program refused its arguments.
    """
    for i in range(result.size - 1, max(-1, result.size - 60), -1):
        line, _ = result.line_at(i)
        if not line:
            continue
        if is_usage_line(line):
            return i
        if not line.startswith(_USAGE_CONTINUATION):
            return -1
    return -1


def _cut_in_prefix(result: Scan, index: int) -> bool:
    """Whether line `index` is only the start of the line before it.

    The tail was cut while the same process began its next line ("(EngineCore pid=611) E" under
    "(EngineCore pid=611) ERROR 06-20 ... [core.py:1229]   File ..."), so the line says nothing of its own.
    """
    last = _plain(result.raw(index)).strip()
    for i in range(index - 1, max(-1, index - 4), -1):
        before = _plain(result.raw(i)).strip()
        if before:
            return len(last) < len(before) and before.startswith(last)
    return False


# Rich's traceback panel (rich/traceback.py Traceback._render_stack, installed by Typer, Gradio apps and the many
# CLIs that call rich.traceback.install): "╭─── Traceback (most recent call last) ───╮", then each frame's location
# as "{filename}:{lineno} in {name}" and its code lines ("  85", "❱ 88 │   main()") between "│" borders; a paste cut
# mid-panel, or a console narrower than it, leaves a line without one border (world88's training part, LocalGPT and
# Quivr under docker compose). A Windows path may hold spaces ("F:\\Stable Diffusion\\kohya_ss\\venv\\...\\
# accelerate_cli.py:45 in main", world360's training part, kohya_ss under accelerate launch).
_RICH_FRAME = re.compile(r"\S(?:[^ ]| (?! )){1,299}\.py:\d{1,6} in [\w.<>]{1,200}$")
_RICH_SOURCE = re.compile(r"(?:❱ )?\d{1,6}(?: |$)")
# The same panel pasted with its borders dropped (a console or an issue form that keeps the panel's text and not
# its box): a frame's location alone on its line ("/home/.../huggingface_hub/file_download.py:1416 in
# hf_hub_download") over its code lines, each still the line number and the gutter's "│" ("❱ 287 │   │
# self._release()", "  1415 │   Path(lock_path)..."; world378's training part, huggingface_hub#2038's FileLock on a
# CIFS mount; world376's, a text-generation pipeline in huggingface/blog #1088). A location with no code line under
# it is not enough: "server.py:12 in main" may be any program's own line.
_RICH_BARE_SOURCE = re.compile(r"(?:❱ )?\d{1,6} │")


def _bare_rich_frame(result: Scan, index: int) -> bool:
    """Whether line `index` is a Rich frame's location without the panel's borders, over a code line of its frame."""
    if _RICH_FRAME.match(result.line_at(index)[0].strip()) is None:
        return False
    for below in range(index + 1, min(result.size, index + 4)):
        text = result.line_at(below)[0].strip().strip("│").strip()
        if text:
            return _RICH_BARE_SOURCE.match(text) is not None
    return False


def _in_rich_panel(line: str) -> str | None:
    """The content of a Rich traceback panel's line (a frame, a code line, or nothing); None for any other line."""
    if not (line.startswith("│") or line.endswith("│")):
        return None
    inner = line.strip().strip("│").strip()
    # With show_locals, Rich draws each frame's variables in a panel of their own inside the traceback's (rich/
    # traceback.py _render_stack: render_scope(frame.locals, title="locals"), "│ ╭──── locals ────╮ │" then "│ │
    # timeout = 180.0 │ │"): the nested box's lines are the traceback's too (world100's training part, an httpx
    # client's timeout under GraphRAG).
    if not inner or _RICH_FRAME.match(inner) or _RICH_SOURCE.match(inner) or inner[:1] in ("╭", "│", "╰"):
        return inner
    return None


def _rich_wrapped_frame(result: Scan, index: int) -> bool:
    """Whether line `index` ends a Rich frame location that the panel folded from the line above.

    Rich folds a location wider than its panel onto the next line, at a space or inside the path:
    "│ .../transformers/utils/hub.py:409 in     │" then "│ cached_file     │",
    "│ .../huggingface_hub/utils/_validators.py │" then "│ :120 in _inner_fn     │",
    "│ .../hub.py:409 │" then "│ in cached_file     │" (world199's training part, text-generation-webui's and
    SEEChat's panels cut under such a frame).
    """
    if index <= 0:
        return False
    line, above = result.line_at(index)[0], result.line_at(index - 1)[0]
    if not all(text.startswith("│") or text.endswith("│") for text in (line, above)):
        return False
    head, rest = (text.strip().strip("│").strip() for text in (above, line))
    if not head or not rest or _RICH_FRAME.match(head):
        return False
    return any(_RICH_FRAME.match(joined) is not None for joined in (head + rest, f"{head} {rest}"))


# A frame's location alone on its line: a console that wraps the traceback at its width leaves "File" at the end
# of one line and '"/opt/venv/.../exllamav2/linear.py", line 129, in load' on the next (TabbyAPI's Rich tracebacks
# under docker compose, world8 and world30).
_WRAPPED_FRAME = re.compile(r'"[^"]{1,400}\.py", line \d{1,6}(?:,|$)')
# A code line such a wrap cut after an operator or an open bracket ("if w is None: w = self.load_weight(cpu ="):
# the line below it is its rest, not a line of its own.
_OPEN_END = ("=", "(", "[", "{", ",")


# A line logged at debug level, under the prefix of vLLM's logger ("DEBUG 04-21 23:21:17 [chat_utils.py:350]",
# digits folded), Python's basicConfig ("DEBUG:root:"), the "%(asctime)s - %(name)s - DEBUG - " formats, "[DEBUG] "
# or logfmt's "level=debug": a traceback on such lines was logged with exc_info by a program that caught the
# exception and went on (vLLM's chat_utils "Failed to load AutoProcessor chat template for ..." with its
# traceback, world106's training part), not printed by one that died of it.
_VLLM_DEBUG_WORD = rb"\bdebug 00-00 00:00:00 "
_DEBUG_LEVEL = re.compile(
    rb".{0,80}?(?:" + _VLLM_DEBUG_WORD + rb"|^debug:|\s-\s+debug\s+-\s|\[debug\]\s|level=debug\b)"
)
# vLLM's own debug prefix ("DEBUG 04-21 23:21:17 [chat_utils.py:350] ", digits folded).
_VLLM_DEBUG = re.compile(rb".{0,80}?" + _VLLM_DEBUG_WORD + rb"\[")


# TGI's launcher relaying a record its Python shard logged at WARN level with the exception attached (loguru's
# `logger.opt(exception=True).warning(...)`, as text_generation_server/models/__init__.py did when an optional
# kernel would not import: "WARN shard-manager: text_generation_launcher: Could not import Flash Attention enabled
# models" then "Traceback (most recent call last):" and its frames, world249's training part, TGI #425): the
# shard caught the exception and went on without the kernel. The launcher prints the record's text, traceback and
# all, under the record's level, so a traceback whose header follows such a line is the warning's; one printed by
# a dying shard comes under "Shard complete standard error output" or an ERROR record.
_TGI_WARN_RECORD = re.compile(rb"(?:^|\s)warn\s+(?:[\w-]{1,40}: )?text_generation_launcher: ")
_TRACEBACK_HEADER = "traceback (most recent call last)"


# xFormers probing for Triton at import (xformers/__init__.py `_is_triton_available`: `except (ImportError,
# AttributeError) as e: logger.warning("A matching Triton is not available, some optimizations will not be
# enabled", exc_info=e)`): the logger prints the caught exception's traceback under the warning and the import goes
# on without Triton (world336's training part, TRELLIS on Windows: "ModuleNotFoundError: No module named 'triton'"
# under the warning). The older wording with "Error caught was: ..." on the next line is rules.py's.
_XFORMERS_TRITON_PROBE = "a matching triton is not available"
# AUTOMATIC1111's web UI catching the failed import of xFormers' ops (modules/sd_hijack_optimizations.py: `except
# Exception: errors.report("Cannot import xformers", exc_info=True)`, printed "*** Cannot import xformers" by the
# newer ones): the report prints the caught traceback under it ("ModuleNotFoundError: No module named
# 'xformers.ops'") and the UI goes on with another cross-attention optimization, as its "No module 'xformers'.
# Proceeding without it." above says (world534's training part, stable-diffusion-webui #5993).
_WEBUI_XFORMERS_REPORT = "cannot import xformers"


def _warning_over(result: Scan, index: int) -> Literal["tgi", "xformers"] | None:
    """Which warning the line at `index` is a traceback's header right under: a TGI launcher line at WARN level, or
    xFormers' warning that Triton is not available (or the web UI's report that it cannot import xFormers)."""
    if not result.line_at(index)[1].lstrip().startswith(_TRACEBACK_HEADER):
        return None
    for above in range(index - 1, max(-1, index - 3), -1):
        line, low = result.line_at(above)
        if line.strip():
            if _TGI_WARN_RECORD.search(_plain(result.shapes[above])) is not None:
                return "tgi"
            caught = _XFORMERS_TRITON_PROBE in low or _WEBUI_XFORMERS_REPORT in low
            return "xformers" if caught else None
    return None


def _warned_traceback(result: Scan, index: int) -> bool:
    return _warning_over(result, index) is not None


def _probe_traceback(result: Scan, index: int) -> bool:
    """Whether the exception line at `index` ends a traceback whose header is right under xFormers' Triton warning."""
    for above in range(index - 1, max(-1, index - _TRACEBACK_REACH), -1):
        if result.line_at(above)[1].lstrip().startswith(_TRACEBACK_HEADER):
            return _warning_over(result, above) == "xformers"
    return False


def _under_warned_traceback(result: Scan, index: int) -> bool:
    """Whether the frame at `index` belongs to a traceback whose header is `_warned_traceback`."""
    for above in range(index, max(-1, index - _TRACEBACK_REACH * 20), -1):
        if result.line_at(above)[1].lstrip().startswith(_TRACEBACK_HEADER):
            return _warned_traceback(result, above)
    return False


# Python 3.13 prints every source line of an instruction that spans lines under its frame (Lib/traceback.py,
# StackSummary.format_frame_summary), and elides the middle of a long one ("    ...<38 lines>..."); without markers
# under them (the whole call failed), its argument lines and its closing bracket stand between the frame and the cut.
_CLOSING_LINE = re.compile(r"[)\]}]{1,4}[,;]?")
# The end of the line that opens such a call ("    self.worker = worker_class(").
_OPENING_ENDS = ("(", "[", "{")
# That elision of a call's middle lines ("    ...<4 lines>..."): only a traceback's frame prints it.
_ELIDED_LINES = re.compile(r"\.\.\.<\d{1,6} lines?>\.\.\.")


# IDLE's shell printing a warning (idlelib/run.py idle_formatwarning: "Warning (from warnings module):", then
# '  File "%s", line %s', the warning's source line, and "FutureWarning: ..."): the location line is shaped like a
# traceback frame and the call under it often ends open ("    warnings.warn("), yet it is where a warning was
# raised in a run that went on (world413's training part, huggingface_hub's `resume_download` FutureWarning).
_IDLE_WARNING_HEADER = "warning (from warnings module):"


def _under_idle_warning(result: Scan, index: int) -> bool:
    """Whether the frame-shaped line at `index` is the location under IDLE's header for a warning."""
    for above in range(index - 1, max(-1, index - 3), -1):
        low = result.line_at(above)[1].strip()
        if low:
            return low == _IDLE_WARNING_HEADER
    return False


# A JVM's frame (Throwable.printStackTrace: "\tat " then the method and its source file and line, "(Native Method)" or
# "(Unknown Source)", and Log4j's "~[api-0.23.0.jar:?]" after it: Spark RAPIDS' executors, DJL Serving's workers,
# OkHttp under a Java client) and a .NET one (Exception.StackTrace: "   at Ns.Type.Method(Args) in path:line 57",
# the location left out without symbols): a log cut inside either is cut in its program's traceback (world587's
# LLamaSharp LoadFromFile and world591's Spark RAPIDS GpuSortExec, both cut before the exception's line).
_MANAGED_FRAME = re.compile(
    r"at [\w$.<>/-]{1,300}\((?:[\w$.-]{1,200}\.(?:java|scala|kt|groovy):\d{1,6}|native method|unknown source)\)"
    r"(?: ~?\[[^\]]{0,200}\])?$"
    r"|at [\w`<>$|\[\],+]{1,200}(?:\.{1,2}[\w`<>$|\[\],+]{1,200}){1,30}\([^()]{0,400}\)"
    r"(?: in .{1,300}:line \d{1,6})?$"
)
# The JVM's count of the frames a cause shares with the trace it caused ("... 23 more").
_MORE_FRAMES = re.compile(r"\.\.\. \d{1,6} more")


def _caught_managed_trace(result: Scan, index: int) -> bool:
    """Whether the JVM or .NET frame at `index` is under an exception a record at warning level or below logged.

    A Java server logs the exceptions it catches with their traces (Log4j's `log.warn("...", e)`: the record's line,
    the exception's, then its frames) and goes on: DJL Serving's "WARN InferenceRequestHandler Chunk reading
    interrupted" over "java.lang.IllegalStateException: Read chunk timeout." on a server that had bound its port
    (world329's djl-serving #1173).
    """
    if _MANAGED_FRAME.match(result.line_at(index)[1].strip()) is None:
        return False
    above = index
    while above > 0:
        low = result.line_at(above)[1].strip()
        if not (_MANAGED_FRAME.match(low) or low.startswith("caused by: ") or _MORE_FRAMES.fullmatch(low)):
            break
        above -= 1
    # `above` is the exception's line; the record that logged it is the line over it, read without colour codes and
    # without a collector's prefix (a pod's name can push the level word past where the shape is searched for it).
    return above > 0 and any(
        _WARNING_LEVEL.match(text) is not None or _QUIET_LEVEL.match(text) is not None
        for text in (_plain(result.shapes[above - 1]), result.line_at(above - 1)[1].encode())
    )


def traceback_tail(result: Scan) -> int:
    """The frame line a log stops at, when its last lines are a traceback frame and the frame's code lines.

    A tail cut there was taken while a process printed the traceback of its death; -1 otherwise.
    """
    below = seen = looked = 0
    under_markers = False
    in_call = False
    for i in range(result.size - 1, max(-1, result.size - _TRACEBACK_REACH), -1):
        line, low = result.line_at(i)
        was_under_markers, under_markers = under_markers, False
        if (_IPYTHON_SOURCE.match(line) or line == _IPYTHON_ELIDED) and _NATIVE_FRAME.match(low) is None:
            # IPython shows each frame with up to five lines of context on either side ("   1304 seq =
            # SequenceGroupMetadata(", "-> 1300     .dummy_data_for_profiling(", "   (...)" for the lines it skips):
            # a frame cut in its context is as far below its "File ...:1300, in ..." line as the context is long,
            # so these lines do not spend the reach a CPython frame's two lines need.
            if seen or not _cut_in_prefix(result, i):
                seen += 1
                continue
        if _rich_wrapped_frame(result, i):
            return i
        panel = _in_rich_panel(line)
        if panel is not None:
            # A Rich panel shows each frame's code lines and, with show_locals, a box of its variables under the
            # frame's location (rich/traceback.py _render_stack): a paste cut in that box is a dozen lines below
            # the location, so the panel's own lines do not spend the reach (world150's training part, TGI's
            # text-generation-server cut in serve_inner's locals).
            if _RICH_FRAME.match(panel):
                return i
            continue
        if _RICH_BARE_SOURCE.match(line.strip()):
            continue
        if _bare_rich_frame(result, i):
            return i
        looked += 1
        if looked >= 12:
            break
        if not line.strip("^~ "):
            under_markers = _is_marker_line(line)
            continue
        if not seen and _cut_in_prefix(result, i):
            continue
        # Python 3.13's "...<N lines>..." inside a call that spans lines is its frame's code line, and so is the
        # argument line a paste cut under it before that line's markers (world439's training part, a Qwen-Image
        # edit pipeline's transformer block cut at "joint_attention_kwargs=attention_kwargs,"): it spends no
        # line of what may stand below the frame.
        if _ELIDED_LINES.fullmatch(line.strip()):
            continue
        # A log cut at the closing bracket of a call that spans lines (Python 3.13, `_CLOSING_LINE`): its argument
        # lines and "...<N lines>..." up to the line that opens the call are the frame's code lines.
        if not below and not seen and _CLOSING_LINE.fullmatch(line) is not None:
            in_call = True
            continue
        if in_call:
            in_call = not line.endswith(_OPENING_ENDS)
            continue
        seen += 1
        if (
            _is_frame(low)
            or _WRAPPED_FRAME.match(line)
            or _GO_FRAME.match(line)
            or _is_go_dump(line)
            or _NATIVE_FRAME.match(low)
            or _MANAGED_FRAME.match(low.strip())
            or (seen == 1 and _PROCESS_CRASH.fullmatch(low))
            or _REPEATED_FRAME.fullmatch(low)
            or (was_under_markers and not below and not is_exception_line(line))
        ):
            # A traceback logged at debug level is one its program caught and logged on its way on, and so is
            # one TGI's launcher relays under a WARN record.
            # Nor is the location IDLE prints under its header for a warning.
            if (
                _DEBUG_LEVEL.match(_plain(result.shapes[i])) is not None
                or _under_warned_traceback(result, i)
                or _under_idle_warning(result, i)
                or _caught_managed_trace(result, i)
            ):
                return -1
            return i
        if was_under_markers and not is_exception_line(line):
            # Python 3.13 draws markers under every line of a call that spans lines (Lib/traceback.py,
            # StackSummary.format_frame_summary, one marker line per source line of the instruction): a line with
            # markers under it is one of its frame's code lines, however many lines the call spans, and the
            # frame's "File ..." line is further up (world285's training part: production-stack's router cut
            # inside the arguments of initialize_routing_logic(...)).
            continue
        if _IPYTHON_SOURCE.match(line):
            continue
        if below and line.endswith(_OPEN_END):
            continue
        below += 1
        if below > 1 or is_exception_line(line):
            return -1
    return -1


# Words of lines worth quoting when nothing else names the failure.
_ERRORISH = (
    b"error",
    b"exception",
    b"fail",
    b"fatal",
    b"panic",
    b"killed",
    b"abort",
    b"denied",
    b"cannot",
    b"unable",
    b"invalid",
    b"insufficient",
    b"unsupported",
    b"not supported",
    b"timed out",
    b"refused",
    b"no such",
    b"not found",
    b"unauthorized",
    b"forbidden",
    b"no matching",
    b"terminated",
    b"preempt",
)


# A failure the line itself says the program went on from with a stand-in value: AIBrix's metric fetcher
# ("Failed to fetch metric %s from pod %s: ... Returning zero value.", pkg/metrics, world27's training part) and
# its settings ("environment variable %s is not set, using default value: %s", pkg/utils), vLLM's and
# transformers' "Falling back to ..." warnings, vLLM's import without a GPU driver (triton_utils/importing.py:
# "Triton is installed but 0 active driver(s) found (expected 1). Disabling Triton to prevent runtime errors.",
# logged on CPU images that then serve). Such a line is not where a stopped run's reader starts.
#
# llama-swap's poll of its upstream's health endpoint while the upstream starts (proxy/process.go's ready-check
# loop, which keeps polling until its own verdict "health check timed out after ..."): "!!! Health check error:
# %v" and "!!! Connection refused on %s, ttl %.0fs" in early 2025 releases, "Health check error on %s, %v" after
# them, and today both lines end "(normal during startup)". llama-server answers 503 while it loads the model,
# so these lines are a start in progress (world34's training part).
_CARRIED_ON = (
    # ComfyUI's attention falling back when a tensor does not fit (comfy/ldm/modules/attention.py and the VAE's
    # model.py: "scaled_dot_product_attention OOMed: switched to slice attention", then the sliced path's "out of
    # memory error, increasing steps and trying again N"): both are caught and retried on smaller slices, the
    # sampling goes on (world523's training part, Comfy-Org/ComfyUI discussion 6973 on an Intel Arc A770).
    b"oomed: switched to slice attention",
    b"out of memory error, increasing steps and trying again",
    # Seldon Core's Python wrapper answering a request for a route it does not serve (seldon_core/wrapper.py
    # handle_generic_exception logs the werkzeug NotFound as "ERROR: {'status': {... 'info': '404 Not Found: The
    # requested URL was not found on the server. ...', 'reason': 'MICROSERVICE_INTERNAL_ERROR'}}"): one request
    # refused, the model server serves on (world462's training part, seldon-core#3972's probes of an unknown path).
    b"the requested url was not found on the server",
    # wtpsplit's SaT loading a LoRA adapter it cannot find (wtpsplit/__init__.py: "LoRA at {lora_path} not found,
    # using base model..."): the segmenter goes on with the base model, nothing stops (world463's training part,
    # segment-any-text/wtpsplit#168).
    b"not found, using base model",
    # frp's client, which Gradio starts for a share link, failing to reach the share server (frpc client/
    # service.go: "login to server failed: %v", here "dial tcp ...:7000: i/o timeout"; Gradio then prints "Could
    # not create share link"): only the public link is missing, the app goes on serving its local URL (world476's
    # training part, gradio-app/gradio#7995).
    b"login to server failed: dial tcp",
    # transformers' warning when a config is loaded through a config class of another model type
    # (configuration_utils.py PretrainedConfig.from_pretrained: logger.warning(f"You are using a model of type
    # {config_dict['model_type']} to instantiate a model of type {cls.model_type}. This is not supported for all
    # configurations of models and can yield errors.")), printed at every start of engines that read a config
    # through a generic class (lmdeploy's gradio and api_server): the load goes on (world429's training part,
    # InternLM/lmdeploy#2117's Llama 3.1 8B, which then started TurboMind).
    b"this is not supported for all configurations of models and can yield errors",
    # SAM 2 going on without its optional CUDA extension (sam2/sam2_video_predictor.py and sam2/utils/misc.py
    # warn "Skipping the post-processing step due to the error above. You can still use SAM 2 and it's OK to
    # ignore the error above ..." under the ImportError or undefined symbol of `sam2._C`; setup.py prints
    # "Failed to build the SAM 2 CUDA extension due to the error above. You can still use SAM 2 and it's OK to
    # ignore the error above"): the masks are computed without hole filling and the run goes on (world354's
    # training part, samurai #62).
    b"it's ok to ignore the error above",
    # huggingface_hub's snapshot_download falling back to the copy on disk when the hub is out of reach
    # (src/huggingface_hub/_snapshot_download.py: "Returning existing local_dir `...` as remote repo cannot be
    # accessed in `snapshot_download` ({api_call_error})."): the weights load from disk, whatever the proxy said
    # (world288's training part, dots.ocr's launch_vllm.sh behind a SOCKS proxy).
    b"returning existing local_dir",
    # Llama Stack's refresh of the models each inference provider lists (providers/utils/inference/openai_mixin.py:
    # logger.error(f"{self.__class__.__name__}.list_provider_model_ids() failed with: {e}"), then core/
    # routing_tables/models.py refresh: "Model refresh failed for provider {provider_id}: {e}"): a provider without
    # its API key or behind a login is left out of the model list, and the server serves the others (world286's
    # training part, meta-llama/llama-stack PR #3716 and #3739, the starter distribution's unset keys).
    b"list_provider_model_ids() failed",
    b"model refresh failed for provider",
    # Docker's CLI refusing to remove a container because it is still up (moby daemon/delete.go: "cannot remove
    # container %q: container is running: stop the container before removing or force remove", printed as "Error
    # response from daemon: ..."): the container named is running, which is no failure of it (world370's training
    # part, marqo #867's `docker rm marqo` before the restart).
    b"container is running: stop the container before removing",
    # cAdvisor inside the kubelet failing to track a container CRI-O already removed (cadvisor manager/manager.go:
    # klog.Errorf("Failed to create existing container: %s: %s", ...), here "Error finding container ...: Status 404
    # returned error"): the watcher skips that cgroup and the node goes on (world265's training part, cri-o#5490).
    b"failed to create existing container",
    # KoboldCpp's --highpriority asking psutil to raise its priority (koboldcpp.py: print("Setting process to Higher
    # Priority - Use Caution"), then in the except: "Error, Could not change process priority: " + str(ex), e.g. "No
    # module named 'psutil'"): the launcher goes on at normal priority (world277's training part, a gfx1201 build).
    b"could not change process priority",
    # Mesa's gfxstream guest Vulkan driver probing virtio-gpu for a host connection (src/gfxstream/guest: "MESA:
    # error: DRM_IOCTL_VIRTGPU_GET_CAPS failed with Invalid argument", "Failed to create virtgpu
    # AddressSpaceStream", "vulkan: Failed to get host connection"): printed by every Vulkan start on a machine
    # without gfxstream, which goes on with the other drivers (world277's training part, KoboldCpp on an RX 570
    # that "still launches okay").
    b"mesa: error: drm_ioctl_virtgpu",
    b"mesa: error: drm_virtgpu",
    b"failed to create virtgpu addressspacestream",
    b"vulkan: failed to get host connection",
    # SkyPilot's skylet checking the managed-jobs controller's pid file on a cluster that has none
    # (sky/skylet/events.py: logger.error(f'Error looking at job controller pid file: {e}') in a broad except, "in
    # case we get perm issues or something is messed up, just ignore it and assume the process is dead", then
    # "N jobs running. Assuming the indicator file hasn't been written yet."): the skylet's idle loop goes on
    # (world192's training part, a Slurm cluster whose skylet logged it every round).
    b"error looking at job controller pid file",
    # Nomad's client losing a task's executor stats stream when the task is stopped (client/pluginmanager/drivermanager
    # logs "error receiving stream from Stats executor RPC, closing stream" at error level, then "marking allocation
    # for GC"): the stream of a stopping task closes, the task's own end is told elsewhere (world224's training part).
    b"error receiving stream from stats executor rpc",
    b"returning zero value",
    # Ray's ActorDiedError when the actor was stopped on purpose (python/ray/exceptions.py: "The actor is dead
    # because it was killed by `ray.kill`."): Serve's controller health-checking a proxy it is tearing down while
    # `serve run` shuts down after Ctrl-C logs it (ray#35391, world251's training part); a stop that was asked for.
    b"because it was killed by `ray.kill`",
    # Ray's core worker when the node's metrics agent does not answer (src/ray/core_worker/core_worker_process.cc,
    # an E-level line: "Failed to establish connection to the metrics exporter agent. Metrics will not be
    # exported. Exporter agent status: RpcError: Running out of retries to initialize the metrics agent."): the
    # worker goes on without exporting metrics (world297's training part, raylight's Ray workers still sampling a
    # FLUX.2 image after it, the line "[repeated 3x across cluster]").
    b"metrics will not be exported",
    # SGLang's model registry skipping a model module whose imports fail (srt/models/registry.py
    # import_model_classes: logger.warning(f"Ignore import error when loading {name}: {e}"), logged without a level
    # word): every start prints it for the modules of models it does not serve, and goes on (world190's training
    # part, a MUSA start's "No module named 'cuda'"; the model_unsupported rule already leaves these lines alone).
    b"ignore import error when loading ",
    b"returning default",
    b"using default value",
    b"falling back to",
    b"disabling triton to prevent",
    b"!!! health check error: ",
    b"!!! connection refused on ",
    b"health check error on ",
    b"(normal during startup)",
    # llama.cpp's context creation for a Gemma 4 MTP assistant draft while `--fit` probes device memory
    # (llama_init_from_model: "failed to initialize the context: Gemma4Assistant requires ctx_other to be set (this
    # is normal during memory fitting)", "(this warning is normal during memory fitting)" in later builds): the fit
    # step builds the draft context without its target and goes on; the line itself says so (world606's training
    # part, ggml-org/llama.cpp#24343). A load that then fails says so on its own lines ("failed to create context").
    b"is normal during memory fitting",
    # vLLM logs its optional Triton MoE kernels failing to import at error level and serves on without them
    # (model_executor/layers/fused_moe/gpt_oss_triton_kernels_moe.py and fused_moe/config.py: logger.error(
    # "Failed to import Triton kernels. Please make sure your triton version is compatible. Error: %s")).
    b"please make sure your triton version is compatible",
    # Ray's autoscaler status report heads its failure list "Recent failures:" and says " (no failures)" when it
    # has none (autoscaler/_private/util.py format_info_string; a failed node is a line of its own): the words
    # are the report's layout, not a failure (world52, whose counts tipped world21's quiet status past the bar;
    # world50's counts did too).
    b"recent failures:",
    b"(no failures)",
    # TensorFlow's allocator retrying after a failed allocation says itself that nothing failed (tensorflow/core/
    # common_runtime/bfc_allocator.cc: "Allocator (GPU_0_bfc) ran out of memory trying to allocate 16.07MiB ...
    # The caller indicates that this is not a failure, but may mean that there could be performance gains if more
    # memory were available."), common on 2-4 GB Jetson Nanos that go on detecting (world92's training part).
    b"the caller indicates that this is not a failure",
    # A fallback the line names itself: ComfyUI's attention (comfy/ldm/modules/attention.py: logging.warning(
    # f"Flash Attention failed, using default SDPA: {e}")) goes on with torch's SDPA after flash-attn's op fails
    # (a flash-attn build for another torch on an RTX 5060 Ti, world70's training part), as "falling back to" does.
    b"failed, using default",
    # NCCL probing for its optional plugins (src/plugin/net.cc, tuner.cc, profiler.cc: INFO "NET/Plugin : Plugin
    # load returned %d : %s.", "TUNER/Plugin: Plugin load returned %d : %s : when loading %s", "NET/Plugin :
    # dlerror=%s No plugin found (%s), using internal implementation", "NET/Plugin: Failed to find
    # ncclNetPlugin_v8 symbol."): dlopen's "cannot open shared object file" or a missing symbol, after which NCCL
    # returns ncclSuccess and uses its internal transport or tuner. A multi-node start's NCCL_DEBUG=INFO log is
    # full of them (world63's training part).
    b"plugin load returned",
    b"no plugin found (",
    b"plugin: failed to find ",
    # llama.cpp's write_file (common/download.cpp), which caches a download's manifest or ETag through a temporary
    # file: when the rename fails (a Windows file in use, world64's gemma-3 start) it logs "write_file: unable to
    # rename file: %s to %s", deletes the temporary file and goes on with the model it already has. The same words
    # under the download functions' own names end a failed download, so only write_file's are here.
    b"write_file: unable to rename file: ",
    # vllm.rs turning a request away when the KV cache cannot hold its prompt (src/server/server.rs: "Stream
    # generation failed: Remaining %d kvcache tokens, but your prompt requires %d new tokens, please request
    # later!"): the client is told to come back, the server goes on (world45's healthy log, whose reading hung on
    # the word counts once world64's healthy starts joined them).
    b"please request later",
    # GNU coreutils refusing to create a name that is already there (ln.c: "failed to create symbolic link %s",
    # mkdir.c: "cannot create directory %s", with strerror(EEXIST) after the quoted name: "...': File exists"): the
    # start scripts of RunPod templates and workers link the network volume and log folders at every boot and go
    # on to start their services (world73's training part: stable-diffusion-docker's template, worker-comfyui's
    # "Symlinking files from Network Volume"). Python's FileExistsError words it "[Errno 17] File exists: '...'".
    b"': file exists",
    # DeepSpeed's Triton matmul asking `df -T` whether its autotune cache (~/.triton/autotune, deepspeed/ops/
    # transformer/inference/triton/matmul_ext.py _default_cache_dir and is_nfs_path) sits on NFS before it creates
    # the directory: on a first start df answers "df: /root/.triton/autotune: No such file or directory" on
    # stderr and DeepSpeed goes on (world71's training part, an RVC/Tortoise voice server that then served).
    b"/.triton/autotune: no such file or directory",
    # KoboldCpp's launcher when it cannot read the GPU's free memory (koboldcpp.py: "Unable to detect VRAM, please
    # set layers manually." on an AMD card or a host without nvidia-smi/rocminfo): it goes on with the layer count
    # it was given, so a start showing the notice is a start (world66's Vulkan start, whose reading tipped once
    # world72's KoboldCpp ROCm start that died in its DLL joined the word counts).
    b"please set layers manually",
    # NVIDIA's kubevirt-gpu-device-plugin walking the mediated-device bus for vGPUs at start (its discovery's
    # filepath.Walk callback: log.Printf("Error accessing file path %q: %v\n", path, err), then return): on a host
    # with no mdev devices, a passthrough-only node, /sys/bus/mdev/devices does not exist, the vGPU map stays empty
    # and the plugin goes on to serve its passthrough GPUs (world91's training part). Only that path is here: the
    # same words under its PCI walk are a discovery that failed.
    b'error accessing file path "/sys/bus/mdev/devices"',
    # The Kubernetes API server refusing a write made from a stale copy of an object (k8s.io/apiserver/pkg/
    # registry/generic/registry/store.go OptimisticLockErrorMsg: "the object has been modified; please apply your
    # changes to the latest version and try again", in "Operation cannot be fulfilled on rayservices.ray.io
    # \"...\": ..."): a 409 Conflict that an operator (KubeRay's RayCluster and RayService reconcilers,
    # CodeFlare's) logs at error level and answers by requeueing the object, reading it again and retrying
    # (world111's training part: KubeRay's RayService after its head pod was deleted).
    b"the object has been modified; please apply your changes to the latest version",
    # Ollama's blob download retrying one part of a layer (server/download.go downloadChunk's caller: slog.Info(
    # fmt.Sprintf("%s part %d attempt %d failed: %v, retrying in %s", ...)), "... failed: unexpected EOF,
    # retrying" in 2023 releases; digits fold to 0 here): the pull goes on, and only "max retries exceeded" after
    # the last attempt stops it (world128's training part, a llama2:70b pull stuck at 99%).
    b" attempt 0 failed: ",
    # Unsloth's patcher when one of its optional patches does not apply to the installed transformers (unsloth_zoo
    # temporary_patches/utils.py patch_function: logger.error(f"Unsloth: Failed to patch {...}: {e}"), then
    # return False, and earlier releases' print of "Unsloth: Failed to patch Gemma3ForConditionalGeneration."):
    # the model loads and trains without that patch (world121's training part, a Windows start that went on).
    b"unsloth: failed to patch ",
    # llama.cpp's chat-template loader on a template its Jinja engine cannot parse (common/chat.cpp
    # common_chat_templates_init: LOG_ERR("%s: failed to parse chat template (defaulting to chatml): %s"), the
    # exception caught): the server goes on with the ChatML template and serves, as "falling back to" above
    # (world126's training part: ramalama handing an Ollama Go template to llama-server as Jinja).
    b"(defaulting to chatml)",
    # Ray's cluster launcher waiting for a new node's sshd (autoscaler/updater.py NodeUpdater.wait_for_ssh before
    # Ray 1.0: "NodeUpdater: SSH not up, retrying: <the ssh command's CalledProcessError>", "... returned non-zero
    # exit status 255."; autoscaler/_private/updater.py since: "SSH still not available <error>, retrying in 5
    # seconds."): a VM still booting, polled until NODE_START_WAIT_S; only "Failed to setup head node" or the
    # updater's timeout after it says the node never came (world137's training part, `ray create_or_update`).
    b"ssh not up, retrying",
    b"ssh still not available",
    # A KV connector that releases blocks a decode instance never pulled and goes on (vllm-ascend's
    # vllm_ascend/distributed/mooncake_connector.py: logger.error("Force freed expired request: %s. Reason: Request
    # exceeded timeout threshold (%d seconds). Action: Resources have been forcibly released to prevent memory
    # leak."), VLLM_MOONCAKE_ABORT_REQUEST_TIMEOUT; vLLM's NixlConnector's lease expiry, whose later read it logs
    # with logger.error("Potentially invalid KV blocks for unrecognized request %s were retrieved by a decode
    # worker. They may have expired.") and `continue`): the prefill instance serves on (world140's training part).
    b"force freed expired request",
    b"potentially invalid kv blocks for unrecognized request",
    # LMCache's CPU buffer allocators when the offload buffer is full (lmcache/v1/memory_management.py:
    # "MixedMemoryAllocator:allocating failure: shape=..., dtype=..., fmt=..." at error level): the chunk is not
    # stored, LMCache evicts or skips it and vLLM goes on (world140's training part, the fix of LMCache#1330 whose
    # test log shows the line "but will not crash/stop vLLM process").
    b"allocator:allocating failure",
    # The serverless Inference API's answer while it loads a model it had not in memory (HTTP 503 with the body
    # {"error":"Model <id> is currently loading","estimated_time":20.0}; huggingface_hub's InferenceClient waits
    # and retries on it, logging "Waiting for model to be loaded on the server"): a start in progress, as
    # llama-server's 503 while it loads is above (world145's training part).
    b"is currently loading",
    # Ollama's ROCm discovery walking /sys/class/drm, where the connectors (card0-DP-1, card0-HDMI-A-1) have no
    # device/vendor file (discover/amd_linux.go: slog.Debug("failed to read sysfs node", "file", ..., "error", err)
    # then goes on to the next node and logs "matched amdgpu=..."; world158's training part).
    b'msg="failed to read sysfs node"',
    # Inductor's max-autotune benchmarking a candidate kernel that cannot run on this GPU (torch/_inductor/
    # select_algorithm.py: log.error("Runtime error during autotuning: \n%s. \nIgnoring this choice.", msg), the
    # candidate's timing set to inf): Triton's "No valid triton configs. OutOfResources: out of resource: shared
    # memory ..." for one template, after which the autotuner picks among the others and the compile goes on
    # (world214's training part: a Dia TTS server on an RTX 5090 under GPUStack that then answered).
    b"runtime error during autotuning:",
    b"ignoring this choice.",
    # A hub client's warning of a request it makes again: huggingface_hub's http_backoff ("'{err}' thrown while
    # requesting {method} {url}", then "Retrying in 1s [Retry 1/5].", utils/_http.py) and ModelScope's file fetch
    # ("Downloading: %s failed, reason: %s will retry", modelscope/hub/file_download.py, read here on the
    # weight files it names, since kubelet and others also say "will retry"): the download goes on, and only the
    # exception after the last try stops it (world244's training part, a Nexus proxy of the Hub and a ModelScope
    # shard read timing out).
    b"thrown while requesting",
    b"safetensors failed, reason: ",
    b".bin failed, reason: ",
    # A source build's notes that it carries on from (world256's training part): torch's cpp_extension failing
    # to ask a compiler for its version (torch/utils/cpp_extension.py check_compiler_abi_compatibility, as
    # warnings.warn(f'Error checking compiler version for {compiler}: {error}'), MSVC's cl not on the PATH of
    # xformers' Windows build, which goes on to emit its ninja file); git's "fatal: not a git repository (or any of
    # the parent directories): .git", which a setup.py asking git for its submodules or commit prints when built
    # from an sdist (flash-attn's, followed by "running bdist_wheel"); and TorchConfig.cmake's warning for an
    # optional static library it did not find (append_torchlib_if_found: message(WARNING "static library
    # ${VARNAME} not found."), kineto's in vLLM's image build, which goes on to "Found Torch").
    b"error checking compiler version for ",
    b"fatal: not a git repository (or any of the parent directories)",
    b"_library-notfound not found",
    # huggingface_hub's download finding a file the repo does not have and failing to note that in a cache it
    # cannot write (file_download.py: logger.warning(f"Could not cache non-existence of file. Will ignore error and
    # continue. Error: {e}")), a bind-mounted cache owned by another uid: the load goes on without the note
    # (world270's training part, an RT-DETR container under Docker Compose).
    b"will ignore error and continue.",
    # Docker's daemon on RHEL and OpenShift's CDK (the Red Hat build's audit logging of the client's login uid)
    # failing to name the user behind an unset login uid, 4294967295 being (uid_t)-1: "level=error msg=\"Failed to
    # get pwuid struct: user: unknown userid 4294967295\"" three times a second in the journal of a daemon that
    # goes on serving (world313's training part, projectatomic/adb-atomic-developer-bundle#422 and its fix #424).
    b"failed to get pwuid struct: user: unknown userid",
    # Android's runtime opening an app's optional dex metadata file beside its APK at every start (libziparchive,
    # logged by ART as "W ziparchive: Unable to open '/data/app/.../base.dm': No such file or directory"): most
    # apps ship none, and the app starts (world320's training part, MediaPipe's LLM inference sample's logcat).
    b"/base.dm': no such file or directory",
    # Faiss's Python package on a build without the GPU module, or where the GPU classes come in through the
    # loader (faiss/python/__init__.py: logger.info("Failed to load GPU Faiss: %s. Will not load constructor refs
    # for GPU indexes." % e.args[0]), the ImportError or NameError caught): only the helper references to GPU
    # index constructors are skipped and faiss imports; faiss-cpu 1.10 logs it at every import, and faiss#4086
    # calls it erroneous on a GPU index that ran (world350's training part).
    b"will not load constructor refs for gpu indexes",
    # Omniverse Kit's collection window watching a stage before one is attached ([Warning] [omni.kit.window.
    # collection.collection_watch] "Get collection from usdrt stage failed: Attach(): incompatible function
    # arguments", pybind11's TypeError caught and logged): the Isaac Sim app goes on loading its extensions
    # (world358's training part, Isaac Sim 5.1's streaming start).
    b"get collection from usdrt stage failed",
    # DGL's tensor dispatcher failing to open its optional per-torch-version adapter (src/runtime/tensordispatch.cc:
    # "TensorDispatcher: dlopen failed: .../libtensoradapter_pytorch_1.9.1.so: cannot open shared object file"):
    # DGL falls back to its own allocator and imports; the maintainers call it an optional dependency to ignore
    # (world359's training part, dmlc/dgl#3377), and runs that go on log it at their start.
    b"tensordispatcher: dlopen failed",
    # coremltools without its native framework proxy (coremltools/models/model.py, at import: "Failed to load
    # _MLModelProxy: No module named 'coremltools.libcoremlpython'", the wheels for Linux and for a Python the macOS
    # wheel was not built for): conversion goes on and only MLModel.predict needs the proxy (world363's training part,
    # apple/coremltools #2350).
    b"failed to load _mlmodelproxy",
    # Qualcomm's FastRPC client looking for its optional files when an app opens a DSP session (adsprpc
    # log_config.c: "Error 2: fopen failed for /vendor/lib/rfsa/adsp/<app>.farf. (No such file or directory)" after
    # "apps_std_fileExists(path,&fileExists)", the runtime-logging mask; apps_std_imp.c: "Warning:
    # apps_std_fopen_with_env failed with 0xd for testsig-0x....so (Permission denied)", the test signature signed
    # devices do without): the session opens and SNPE goes on (world363's training part, mobilenet-ssd-snpe #6).
    b".farf",
    b"apps_std_fileexists(path,&fileexists)",
    b"failed with 0xd for testsig",
    # Ollama's AMD discovery on Windows when no ROCm runtime is installed (gpu/amd_windows.go, at debug level:
    # "unable to load amdhip64.dll: The specified module could not be found."): it skips AMD GPUs and goes on to the
    # NVIDIA ones or the CPU, nothing failed (world372's training part, ollama #4984).
    b"unable to load amdhip64.dll",
    # OpenTelemetry exporters that cannot deliver a batch to their collector log it and drop the batch (world375's
    # training part): the Java SDK's OTLP exporters ("WARN io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter
    # - Failed to export spans. Error message: UNAVAILABLE: io exception"; "Failed to export metrics. Server responded
    # with gRPC status code 2", exporter/internal/grpc/GrpcExporter.java and http/HttpExporter.java name the signal,
    # spans, metrics or logs), opentelemetry-cpp's ("[OTLP TRACE GRPC Exporter] Export() failed with status_code:
    # \"DEADLINE_EXCEEDED\"", exporters/otlp/src/otlp_grpc_exporter.cc) and opentelemetry-php's ("OpenTelemetry:
    # [error] Export failure [exception] Not Found", under the stack of the batch processor's flush). The traced
    # server goes on without its telemetry.
    b"failed to export spans",
    b"failed to export metrics",
    b"failed to export logs",
    b"exporter] export() failed",
    b"opentelemetry: [error] export failure",
    # LMCache's allocators when the CPU buffer it offloads KV cache to is full (lmcache memory_management.py:
    # "Failed to allocate memory for tensor(%s) because no memory is available", the logger's own suffix naming
    # the file): the chunk is not stored and the engine serves on, as world14 reads LMCache's "Failed to allocate
    # memory for the KV cache. The KV cache will not be stored." (world382's training part, LMCache #745).
    b"because no memory is available (memory_management.py",
    # LMCache's manager when its optional components cannot start (lmcache/v1/manager.py: "Failed to initialize
    # LMCacheManager components: %s. System will operate in degraded mode (recompute)."): the engine serves without
    # the cache, recomputing the prefixes (world382's training part, LMCache #2907's controller settings).
    b"will operate in degraded mode (recompute)",
    # lmms-eval's model modules, imported all at once by its registry (and so by LightCompress/llmc's evaluation),
    # wrap each optional client in try/except and log "Error importing generativeai: ...", "Error importing reka:
    # No module named 'reka'", "Error importing flash_attn in mplug_owl. Please install flash-attn first." before
    # setting the client to None: only that one model becomes unusable, the run goes on (world397's training part,
    # LightCompress #276).
    b"error importing ",
    # Roo Code's reminder when a model's turn held no tool call (src/core/prompts/responses.ts noToolsUsed:
    # "[ERROR] You did not use a tool in your previous response! Please retry with a tool use."): the agent sends
    # the model another turn; the server answered, and nothing of the server failed (world398's training part,
    # Roo-Code #2708 against Ollama).
    b"you did not use a tool in your previous response",
    # Pingora's proxy (as in Paddler's balancer in front of llama-server agents) logging a client that hung up
    # before the answer (pingora-proxy: "Fail to proxy: Downstream ConnectionClosed context: ... Prematurely before
    # response header is sent"): "Downstream" is the client side of the proxy, the upstream llama-servers go on
    # answering the others (world405's training part, paddler #41 at 500 agents).
    b"fail to proxy: downstream ",
    # PyTorch's c10d store client resolving its peer one address family at a time (torch/csrc/distributed/c10d/
    # socket.cpp: recordError("The {}network addresses of ({}, {}) cannot be retrieved (gai error: {} - {}).", with
    # "IPv4 " or "IPv6 "), logged as a [W...] warning while it tries the other family and retries until its
    # timeout: a pod whose peer has no IPv6 record, or whose headless name is not published yet, prints it and
    # connects (world408's training part, an AIBrix StormService's SGLang prefill pod, aibrix #1604); a peer it
    # never reaches ends in the client's own timeout error. Shapes fold the family's digit ("the ipv0 network").
    b"the ipv0 network addresses of (",
    # vLLM's multiprocessing executor logging a worker process that leaves on the engine's shutdown signal
    # (v1/executor/multiproc_executor.py: "[shutdown] WorkerProc: terminated by shutdown signal"), one step of an
    # orderly shutdown that the API server then drains ("stopping engine client mode=drain"): the shutdown was
    # asked for (Ctrl+C, a pod's SIGTERM), nothing failed (world418's training part, vllm #43707).
    b"workerproc: terminated by shutdown signal",
    # bitsandbytes' CUDA setup choosing one of several libcudart copies it found (bitsandbytes/cuda_setup/main.py,
    # 0.38-0.41: "Found duplicate [...] files: {...}.. We'll flip a coin and try one of these, in order to fail
    # forward. Either way, this might cause trouble in the future: If you get `CUDA error: invalid device function`
    # errors, the above might be the cause and the solution is to make sure only one [...] in the paths ..."): advice
    # for an error that has not happened, printed while the import goes on (world420's training part,
    # text-generation-webui #1164).
    b"errors, the above might be the cause and the solution",
    # llama.cpp's test-backend-ops marking a case the backend under test does not implement (tests/test-backend-ops
    # .cpp: "  OUT_PROD(type_a=nvfp4,...): not supported [CUDA0]"), skipped and counted apart from the failures,
    # which it prints as "FAIL" (world420's training part, llama.cpp #21462's NVFP4 ops).
    b"): not supported [",
    # vLLM reading a model's dtype from the Hub's safetensors metadata (vllm/transformers_utils/repo_utils.py
    # try_get_safetensors_metadata: with_retry(..., "Error retrieving safetensors") inside a try whose except returns
    # None), logged at ERROR as "Error retrieving safetensors: '<repo>' is not a safetensors repo. Couldn't find
    # 'model.safetensors.index.json' ..., retrying 1 of 2"): a Mistral-format repo (consolidated*.safetensors) has no
    # such metadata (huggingface_hub's NotASafetensorsRepoError), and the server goes on without it (world431's
    # training part, vllm #33253's Mistral Large 3). Only that error: the same line naming a gated repo or a refused
    # token is world306's hf_auth.
    b"is not a safetensors repo. couldn't find",
    # llmariner's model downloader trying the sharded index before the single file (download.go: 'Downloading
    # "model.safetensors.index.json" failed: <S3 error>. Using 'model.safetensors' as a safetensors file', a line
    # a terminal may wrap before its second sentence): the 404 on the index is the fallback's question, not a
    # failure (world431's training part, llmariner #607).
    b'downloading "model.safetensors.index.json" failed: ',
    # TorchDynamo logging a frame it could not compile while config.suppress_errors is set (torch/_dynamo/
    # convert_frame.py: log.warning(...) of the caught exception, e.g. Triton's "Found NVIDIA GeForce GTX 1080 Ti
    # which is too old to be supported by the triton GPU compiler"), then running that frame eagerly: the
    # warning names an error it carried on from (world434's training part, ChatTTS #341 on a Pascal card).
    b"torch._dynamo.convert_frame: [warning]",
    # Jan's cortex extension stopping the cortex-cpp server it is about to respawn with the model's settings
    # (extensions/inference-cortex-extension: "[CORTEX]::Debug: Request to kill cortex", then "cortex process is
    # terminated", then "Spawning cortex subprocess..."): a stop it asked for, not a crash (world448's training
    # part, cortex.cpp #1106).
    b"cortex process is terminated",
    # A Go program logging an error value that is nil with %s (fmt prints a nil interface under %s as
    # "%!s(<nil>)"): dstack-shim's "close body error: %!s(<nil>)" after it downloads the runner, logged whether
    # or not the close failed; the error it names is none, and the shim goes on to start the container (world450's
    # training part, dstack #1032).
    b"error: %!s(<nil>)",
    # llama.cpp's grammar printer failing on a grammar it has already parsed (common/grammar-parser.cpp
    # print_grammar: catch (const std::exception & err) { fprintf(stderr, "\n%s: error printing grammar: %s\n",
    # __func__, err.what()); }, under llama-cpp-python's "from_string grammar:" echo): only the debug dump of the
    # grammar fails, the grammar is used and generation goes on (world453's training part, llama-cpp-python #615).
    b"print_grammar: error printing grammar",
    # LUMI's software-stack module warning at load ("The LUMI/24.03 stack is currently unsupported as it was never
    # tested with the version of ROCm that is now on the system ..."), printed by the Lmod module of a stack kept for
    # old jobs whether or not they then run: advice about the stack, not a failure (world477's training part,
    # LUMI-EasyBuild-contrib #422).
    b"stack is currently unsupported as it was never tested with",
    # KoboldCpp's "Caution: pre-allocated tensor (...) in a buffer (...) that cannot run the operation (...)": its
    # copy of ggml's scheduler prints the placement upstream ggml aborts on (ggml-backend.cpp GGML_ABORT(
    # "pre-allocated tensor ...")) as a caution and goes on with the graph; the caution alone names no failure
    # (world505's training part, LostRuins/koboldcpp #1412).
    b"caution: pre-allocated tensor",
    # Text Generation Inference's router refusing one request's parameters (router/src/validation.rs
    # ValidationError, answered with HTTP 422 as {"error": "Input validation error: `inputs` tokens +
    # `max_new_tokens` must be <= N ...", "error_type": "validation"}; the Python clients raise it as
    # text_generation.errors.ValidationError or huggingface_hub's ValidationError): the request is refused, the
    # server goes on serving (world543's training part, defog/sqlcoder-7b-2 #39; ../world150, ../world174 and
    # ../world234 read the same answer healthy). Also the "error_type" line of the same answer when its dict is
    # printed over two lines (fblgit/una-cybertron-7b-v2-bf16 #10), and MaxTotalTokens' message quoted without the
    # prefix, with or without its backticks (world535's training part, huggingchat/chat-ui discussion 534).
    b"input validation error: ",
    b"'error_type': 'validation'",
    b"tokens + `max_new_tokens` must be <=",
    b"inputs tokens + max_new_tokens must be <=",
    # rocminfo's probes of its environment in a container (rocminfo.cc: it runs `lsmod | grep amdgpu` through
    # popen to check the kernel module, and in an image without kmod the shell answers "sh: 1: lsmod: not found"
    # before rocminfo prints "ROCk module is NOT loaded, possibly no GPU devices"; then getpwuid for the group
    # check fails for a UID the image has no passwd entry for, "Failed to get user name to check for video group
    # membership"): both are checks rocminfo goes on from, printing the HSA agents after them (world546's training
    # part, ROCm/ROCm-docker #67 in rocm/rocm-terminal).
    b"lsmod: not found",
    b"failed to get user name to check for video group membership",
    # The NVIDIA device plugin's platform probe at every start (its factory.go logs "Detected non-Tegra platform:
    # /sys/devices/soc0/family file not found" on any host that is not a Jetson, right after "Detected NVML
    # platform: found NVML library"; HAMi's device plugin keeps the same code): a check the plugin goes on from, not
    # a missing GPU (world616's training part, HAMi #778's hami-device-plugin start; world408 reads it healthy).
    b"detected non-tegra platform: /sys/devices/soc0/family file not found",
    # Volcano's vGPU deviceshare falling back from MIG to HAMi-core sharing when it cannot read the MIG geometry
    # (the volcano-scheduler's "extract mig geometry error and fall back to hamicore mode" err="mig type not
    # found"): the scheduler goes on in hami-core mode, the line says so itself (world616's training part,
    # Project-HAMi/volcano-vgpu-device-plugin #102).
    b"and fall back to hamicore mode",
)


# A line its program logged at warning level, under whatever prefix (vLLM's "WARNING 06-23 13:44:32 [...]",
# SGLang's "[2026-01-08 10:00:00] Warning:", TGI's "WARN text_generation_launcher:", klog's "W0915"), and
# Python's warnings module ("<file>:<line>: <Category>Warning: <message>", warnings.formatwarning; torch's
# "UserWarning: CUDA initialization: ..." at import): the program said it carries on, whatever words of
# failure the message holds. vLLM's debug level likewise (its logger's "DEBUG 06-12 19:58:31 [...]", digits
# folded): its platform probe logs each platform it rules out ("Exception happens when checking CUDA platform:
# NVML Shared Library Not Found") on a CPU image that then serves as on a GPU host that lost its driver.
# llama.cpp's common_log with timestamps on ("0.00.869.682 W common_fit_params: ...", common/log.cpp: the
# "%d.%02d.%03d.%03d" clock, then "W " for GGML_LOG_LEVEL_WARN; llama-server in 2026 logs so by default) is the
# same level in one letter: its fit warning is followed by the load going on with the parameters as given.
# TensorFlow's C++ logging likewise (tensorflow/core/platform/default/logging.cc: "%s: %c %s:%d] %s", the time,
# then one of "IWEF", then file:line): "2022-04-17 14:04:31.889463: W tensorflow/stream_executor/platform/default/
# dso_loader.cc:64] Could not load dynamic library 'libcudart.so.10.2'; dlerror: ...", which every Jetson image
# with a CUDA-less TensorFlow logs and serves on (world92's training part); its E and F lines stay errors.
# zerolog's ConsoleWriter, which LocalAI and other Go servers log through, writes the level in three capitals
# (console.go: TRC, DBG, INF, WRN, ERR, FTL, PNC): "2:42PM WRN [startup] failed resolving model '/usr/bin/local-ai'"
# is a warning LocalAI starts on (world166's training part). libfabric's logger writes the level in angle brackets
# after the function and line (src/log.c fi_log: "%s:%d:%ld:%s:%s:%s():%d<%s> ", "libfabric:132:1787839803::cxi:
# ep_ctrl:cxip_ep_close():869<warn> ... Unable to free EP object -16 : Device or resource busy" during NCCL's set-up
# on Slingshot, a server that was ready a minute later: world211's training part, vector-inference#308).
# UCX's and UCC's logger writes the level after the file, line and component (src/ucs/debug/log.c: "[<time>]
# [<host>:<pid>:<thread>] <file>:<line> UCX  DEBUG <message>", UCC's "TL_MLX5 DEBUG", "CL_BASIC DEBUG"): a debug
# line's "mlx5dv_devx_general_cmd(QUERY_HCA_CAP) failed: Remote I/O error" is a capability probe the library
# carries on from (world225's training part, openucx/ucx#9736); its ERROR lines stay errors.
_WARNING_LEVEL = re.compile(
    rb".{0,80}?(?:\bwarn(?:ing)?\b[: ]|^w0000 |\bdebug 00-00 00:00:00 |(?:^|\s)0{1,4}\.00\.000\.000 w )"
    rb"|libfabric:.{0,300}?\(\):\d{1,6}<(?:warn|info|debug|trace)> "
    rb"|.{0,200}?\.(?:c|cc|cu|cpp):0{1,6}\s{1,8}(?:ucx|ucc|tl_\w{1,12}|cl_\w{1,12}) {1,2}(?:warn|diag|info|debug|trace) "
    rb"|(?:0{1,2}:0{2}[ap]m )?wrn "
    rb"|\S{1,400}?\.py:0{1,6}: [a-z]{0,40}warning: "
    rb"|.{0,60}?: [iw] [\w./-]{1,200}\.(?:cc|h|cpp):0{1,6}\] "
    # ONNX Runtime's own sink ("2025-12-01 17:57:46.311228395 [W:onnxruntime:Default, device_discovery.cc:164
    # DiscoverDevicesForPlatform] ...", onnxruntime/core/common/logging/sinks/ostream_sink.cc: "[" severity letter
    # ":" category ":" logger id): verbose, info and warning letters (world288's training part, MinerU on WSL).
    rb"|.{0,80}?\[[viw]:onnxruntime:"
    # A JSON log line whose first key is its level (zap's production encoder, go.uber.org/zap zapcore/
    # json_encoder.go: {"level":"warn","ts":...,"msg":...}): gpud's NVML memory probe on a DGX Spark logs "failed to
    # get device memory info v1","error":"Not Supported" at warn and falls back (world304's training part).
    rb'|\{"level":"warn(?:ing)?"'
)


# A row of `dstack ps` whose STATUS cell is "terminated" and SUBMITTED cell follows ("$0.0069  terminated  6
# hours ago", world39's training part; digits folded): RunStatus.TERMINATED, a run its user stopped or a
# service scaled to zero (src/dstack/_internal/core/models/runs.py). A failed run shows "failed", "error",
# "exited (N)".
_TERMINATED_RUN_ROW = re.compile(rb"\S  +terminated  +(?:0+ (?:sec|min|hour|day|week)s? ago|yesterday|0+:0+)")


# FastChat's build_logger relays everything the process writes to stderr through a logger named "stderr" at
# ERROR level (fastchat/utils.py StreamToLogger, "%(asctime)s | %(levelname)s | %(name)s | %(message)s"), so a
# warning, a progress bar or a path reads "... | ERROR | stderr | ...": the level is the relay's, not the line's
# (world48's training part; Langchain-Chatchat and other FastChat-based servers log the same way).
_STDERR_RELAY = b"| error | stderr | "


# The State fields `docker inspect` (and the Docker API through its clients) prints whether or not anything failed
# (moby api/types/container State: "OOMKilled": false, "Error": ""): unset, they say nothing failed, though their
# names hold the words (world50's running container, read as a host OOM once world64's OOMKilled pods joined the
# counts).
#
# The NVIDIA device plugin's "Running with config:" dump (its flags as JSON, cmd/nvidia-device-plugin/main.go,
# printed at every start and under the GPU operator) holds the flag "failOnInitError" whichever its value: the
# name of a setting, not a failure (world91's training part, a time-slicing node's journal).
_UNSET_FLAGS = (b'"oomkilled": false', b'"error": ""', b'"failoniniterror": ')
# ExLlamaV2's converter measuring each layer before it quantizes (exllamav2/conversion/optimize.py prints the
# chosen strategy, " --   model.layers.0.self_attn   4.1927 bpw - exp. error: 0.01036710", and " -- Total exp.
# error: ..."): the expected quantization error of a bitrate, a figure, not a failure (world167's training part,
# the strategy tables of exllamav2 #537 and #681).
_MEASUREMENTS = (b"bpw - exp. error: ", b"total exp. error: ")
# Advice a start prints whatever happens next: vLLM's V0 model runner before it captures CUDA graphs
# (worker/model_runner.py capture_model: logger.info("Capturing cudagraphs for decoding. ... If out-of-memory error
# occurs during cudagraph capture, consider decreasing `gpu_memory_utilization` or switching to eager mode. ...")),
# logged at info level at every start with CUDA graphs; a progress bar drawn on the same line can push the level
# word out of reach (world214's training part, LMCache's vLLM workers under "Capturing CUDA graph shapes:   0%|").
_ADVICE = (b"if out-of-memory error occurs during cudagraph capture",)
# MLPerf LoadGen's tally at the foot of every summary (mlperf_log_summary.txt and the console: "No warnings
# encountered during test." then "1 ERROR encountered. See detailed log." or "1633 ERRORS encountered. See detailed
# log."): a count of the run's logged errors under a summary the run got to print, next to a "Result is : VALID" as
# often as not (world331's training part, mlcommons/inference #559 and #460). The errors themselves, when pasted,
# are in the detail log's own lines.
_TALLIES = (b" error encountered. see detailed log", b" errors encountered. see detailed log")
# A health checker's passed check, named by the error it looked for: GPUd's NVML scan ("✔ NVML found no hw slowdown
# error", components/accelerator/nvidia, printed on every healthy node; world582's training part, leptonai/gpud #137).
_PASSED_CHECKS = (b"found no hw slowdown error",)
# Words that make an error-looking line none: a failure carried on from, a flag that says nothing failed, a
# measurement named error, advice, a benchmark's tally of errors, or a check that passed.
_NOT_FAILURES = _CARRIED_ON + _UNSET_FLAGS + _MEASUREMENTS + _ADVICE + _TALLIES + _PASSED_CHECKS
# A frame of the backtrace a Rust error carries (std::backtrace::Backtrace's Display, "   0: candle_core::error::
# Error::bt" then "             at /path/src/error.rs:232:25"), printed under the error it belongs to: the error's
# line names the failure, the frame's path only holds the word "error" (candle's Error::bt, world45).
_RUST_FRAME = re.compile(r"\d{1,4}: [a-z_][\w<>]{0,80}(?:::[\w<>{}#]{1,80}){1,20}$")


# The header of a record Rich's log handler wrapped (Llama Stack's console logging: "ERROR    2025-10-07
# 00:29:14,462 llama_stack.providers.utils.inference.openai_mixin:439", level, time and logger location alone, the
# message on the lines under it): the record is what its first message line says, so a header over a line that is
# no failure is none either (world286's training part, meta-llama/llama-stack PR #3716).
_WRAPPED_HEADER = re.compile(rb"(?:error|critical) +0000-00-00 00:00:00,000 [\w.]+:0+$")


def _names_no_failure(shape: bytes) -> bool:
    return any(word in shape for word in _NOT_FAILURES)


def _wraps_no_failure(result: Scan, index: int, shape: bytes) -> bool:
    if index + 1 >= result.size or _WRAPPED_HEADER.fullmatch(shape.strip()) is None:
        return False
    return _names_no_failure(_plain(result.shapes[index + 1]))


def error_lines(result: Scan, limit: int) -> list[int]:
    """The last few lines that look like errors, oldest first."""
    found: list[int] = []
    for i in range(result.size - 1, max(-1, result.size - 2000), -1):
        shape = result.shapes[i]
        if _STDERR_RELAY in shape:
            shape = shape.split(_STDERR_RELAY, 1)[1]
        if not any(word in shape for word in _ERRORISH):
            continue
        shape = _plain(shape)
        if _names_no_failure(shape) or _TERMINATED_RUN_ROW.search(shape) is not None:
            continue
        if _wraps_no_failure(result, i, shape):
            continue
        low = result.line_at(i)[1]
        # A collector's prefix (CRI's clock and stream, a pod's name) can push the level word past where the
        # shape is searched for it: the cleaned line has none.
        if any(_WARNING_LEVEL.match(text) is not None for text in (shape, low.encode())):
            continue
        if _RUST_FRAME.match(low.strip()) is not None:
            continue
        found.append(i)
        if len(found) >= limit:
            break
    return found[::-1]


# A line logged at a level below warning, by its level word near the start ("INFO 00-00 ...", "level=info",
# "[debug]", "- INFO -") or glog's letter ("I0000 "): what such a line says failed, its program carried on from.
_QUIET_LEVEL = re.compile(
    rb".{0,80}?(?:^|[\s\[|\"(=/])(?:info|debug|notice|trace|verbose)(?:[\s\]|\":)/,]|$)|[id]0000 "
)


def ends_on_error(result: Scan, errors: list[int]) -> bool:
    """Whether the last of the log's error lines (`error_lines`) is its last line, logged above info level."""
    if not errors or errors[-1:] != last_lines(result, 1):
        return False
    index = errors[-1]
    return all(
        _QUIET_LEVEL.match(shape) is None
        for shape in (_plain(result.shapes[index]), result.line_at(index)[1].encode())
    )


def last_lines(result: Scan, limit: int) -> list[int]:
    """The last few non-empty lines, oldest first."""
    found = [i for i in range(result.size - 1, max(-1, result.size - 200), -1) if result.line_at(i)[0]]
    return found[:limit][::-1]

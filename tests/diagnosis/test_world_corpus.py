"""`diagnose` on the world corpus: real logs from public threads that the rules were not written from.

The figures asserted here are the ones reached when the held-out fifth was first measured (see
world/README.md); the held-out split is never used to write a rule, only to check that what was learnt carries
over.
"""

from __future__ import annotations

import typing
from collections import Counter

import pytest
from world_corpora import DIAGNOSIS, accuracy, kind_of, load

from deploy_mcp.diagnose import DiagnosisKind, diagnose

WORLD = DIAGNOSIS / "world"
HELDOUT = WORLD / "heldout"
KINDS: tuple[str, ...] = typing.get_args(DiagnosisKind)
# Kinds the public threads rarely show as text: a dstack or Kubernetes reason names them instead.
_SCARCE = {"instance_interrupted", "instance_unreachable", "unknown"}


TRAIN = load(WORLD)
HELD = load(HELDOUT)
ALL = TRAIN + HELD


def test_world_corpus_has_300_excerpts_40_healthy_and_8_per_kind_where_the_world_has_them():
    counts = Counter(label for label, _ in ALL)
    assert len(ALL) >= 300
    assert counts[None] >= 40
    assert {k for k in KINDS if counts[k] < 8} <= _SCARCE


def test_world_corpus_spans_at_least_eight_engines_and_runtimes():
    repos = {"/".join(case["source"].split("/")[3:5]) for _, case in ALL}
    engines = {
        "vllm-project/vllm",
        "sgl-project/sglang",
        "huggingface/text-generation-inference",
        "ollama/ollama",
        "ggml-org/llama.cpp",
        "InternLM/lmdeploy",
        "EricLBuehler/mistral.rs",
        "NVIDIA/TensorRT-LLM",
        "ray-project/ray",
        "skypilot-org/skypilot",
        "dstackai/dstack",
        "kubernetes/kubernetes",
    }
    assert len(repos & engines) >= 10


def test_whole_world_corpus_accuracy_is_at_least_95_percent():
    assert accuracy(ALL) >= 0.95


def test_held_out_accuracy_is_at_least_93_percent():
    # 60 of 64 when first measured: what the rules reach on logs they were not written from.
    assert accuracy(HELD) >= 0.93


@pytest.mark.parametrize("kind", [*KINDS, None], ids=[*KINDS, "healthy"])
def test_each_kind_is_recognised_at_least_85_percent_of_the_time_in_the_world(kind):
    cases = [case for label, case in ALL if label == kind]
    misses = {case["id"]: kind_of(case) for case in cases if kind_of(case) != kind}
    assert (len(cases) - len(misses)) / len(cases) >= 0.85, misses


def test_no_healthy_world_log_gets_a_diagnosis():
    assert {case["id"]: kind_of(case) for label, case in ALL if label is None and kind_of(case)} == {}


_WITH_NUMBERS = [(label, case) for label, case in ALL if case.get("fix_has")]


@pytest.mark.parametrize(("label", "case"), _WITH_NUMBERS, ids=[c["id"] for _, c in _WITH_NUMBERS])
def test_world_fix_keeps_the_numbers_from_the_log(label, case):
    result = diagnose(case["text"], exit_status=case.get("exit_status"))
    assert result is not None and result.kind == label
    for expected in case["fix_has"]:
        assert expected in result.suggested_fix

"""`diagnose` on the fifth world corpus: what model-serving platforms and the runtimes around an engine print
(KServe, Triton, NIM, BentoML, Ray Serve LLM, Modal, RunPod, Replicate's cog, SageMaker, Vertex AI, Azure ML,
OCI, LiteLLM), collected before the classifier was run on them.

The figures asserted are the ones reached (see world5/README.md) after the rules were generalised from the
training part; the held-out part was only measured.
"""

from __future__ import annotations

from collections import Counter

import pytest
from world_corpora import DIAGNOSIS, accuracy, kind_of, load, sources

WORLD5 = DIAGNOSIS / "world5"
TRAIN = load(WORLD5)
HELD = load(WORLD5 / "heldout")
ALL = TRAIN + HELD
PRESENT: list[str | None] = sorted({label for label, _ in ALL}, key=str)
PLATFORMS = {
    "kserve/kserve",
    "triton-inference-server/server",
    "NVIDIA/k8s-nim-operator",
    "bentoml/BentoVLLM",
    "ray-project/ray-llm",
    "modal-labs/modal-client",
    "runpod-workers/worker-vllm",
    "replicate/cog",
    "aws/sagemaker-python-sdk",
    "GoogleCloudPlatform/vertex-ai-samples",
    "Azure/mlops-v2",
    "BerriAI/litellm",
}


def test_world5_has_45_excerpts_8_healthy_none_from_a_thread_the_project_corpora_cite():
    counts = Counter(label for label, _ in ALL)
    assert len(ALL) >= 45
    assert counts[None] >= 8
    assert not {case["source"] for _, case in ALL} & sources("corpus", "real")


def test_world5_spans_the_serving_platforms_and_proxies():
    repos = {"/".join(case["source"].split("/")[3:5]) for _, case in ALL}
    assert repos >= PLATFORMS
    assert len(repos) >= 25


def test_whole_world5_accuracy_is_at_least_90_percent():
    # 42 of 46 after the rules were generalised from the training part (25 of 46 as collected, 33 of 46 with
    # the word-count model retrained before any rule was written).
    assert accuracy(ALL) >= 0.9


def test_world5_training_part_is_read_right():
    # 37 of 37 (20 of 37 as collected).
    assert {case["id"]: kind_of(case) for label, case in TRAIN if kind_of(case) != label} == {}


def test_world5_held_out_accuracy_is_at_least_half():
    # 5 of 9 on the part no rule was written from, as collected and after.
    assert accuracy(HELD) >= 0.55


@pytest.mark.parametrize("kind", PRESENT, ids=[str(k or "healthy") for k in PRESENT])
def test_each_kind_in_world5_is_recognised_at_its_floor(kind):
    cases = [case for label, case in ALL if label == kind]
    misses = {case["id"]: kind_of(case) for case in cases if kind_of(case) != kind}
    # Kinds with four or more excerpts must be right three times in five (dependency_install_failed is 3 of 5:
    # its two misses are held out and were left as measured); the rarer ones at least half the time.
    floor = 0.6 if len(cases) >= 4 else 0.5
    assert (len(cases) - len(misses)) / len(cases) >= floor, misses

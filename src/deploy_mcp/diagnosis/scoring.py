"""A linear model of failure kinds over a log's words, for logs no rule recognises.

The rules name a failure from a wording some component prints; a log in words they have not met leaves them
with nothing (the run looks healthy) or a bare crash. Real logs of one kind still share their vocabulary
across engines (``memory``, ``cuda``, ``gated``, ``evicted``, ``space left`` ...), so a multinomial logistic
regression over the words and word pairs of a log's last lines, fitted on the labelled corpora, names the kind
the rules could not. It only ever fills those gaps, and only when it is sure enough: the rules decide whenever
they can, because they also know where the numbers for the fix are.

The weights live in ``scoring_weights.tsv`` beside this module, written by ``scripts/train_diagnosis_scores.py``
from the training part of the corpora under ``tests/diagnosis`` (never their ``heldout/`` part), with a
fingerprint of the logs they were fitted on; a test fails when the fingerprint and the corpora disagree.
Scoring reads a bounded tail and sums one weight row per word present, so it costs the same on any log.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

from deploy_mcp.diagnosis.records import unwrap
from deploy_mcp.diagnosis.scan import _TAG_SAMPLE, clean_line, common_tag, untagged

HEALTHY = "healthy"
"""The label of logs of runs that were up."""

_TAIL_BYTES = 65_536
_TAIL_LINES = 60
_WORD = re.compile(r"[a-z][a-z_]{2,30}")
# Identifiers made of words, in either case: `OutOfMemoryError`, `CUDA_ERROR_OUT_OF_MEMORY`, `cudaErrorNoDevice`.
_COMPOUND = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,40}")
_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_WEIGHTS_FILE = "scoring_weights.tsv"


def features(text: str | bytes) -> set[str]:
    """Words (numbers and punctuation dropped), adjacent word pairs and the parts of compound identifiers of the
    last non-empty lines.

    The lines are read as the rules read them, out of their collectors' records and without the prefixes of
    containers, processes and clocks, and without a tag every line carries: the same log pasted from `docker
    compose`, a node's pod files, stern or a terminal scores the same.
    """
    data = text.encode("utf-8", "replace") if isinstance(text, str) else text
    tail = unwrap(data[-_TAIL_BYTES:]).decode("utf-8", "replace")
    cleaned = [line for line in (clean_line(raw) for raw in tail.splitlines()) if line][-_TAG_SAMPLE:]
    tags = common_tag(cleaned)
    found: set[str] = set()
    for line in (untagged(line, tags) for line in cleaned[-_TAIL_LINES:]):
        words = _WORD.findall(line.lower())
        found.update(words)
        found.update(f"{a} {b}" for a, b in pairwise(words))
        found.update(_parts(line))
    return found


def _parts(line: str) -> set[str]:
    """The words inside the compound identifiers of a line.

    Engines and runtimes name one failure in one identifier where another prints it in words (`OutOfMemoryError`
    beside "out of memory", `cudaErrorNoDevice` beside "no CUDA-capable device"); their parts let a model fitted
    on one engine's words read the other's identifier. Fitted with an eighth of the corpora left out at a time,
    the model alone named 2725 of the left-out training logs right with them, against 2700 of 3396 without.
    """
    parts: set[str] = set()
    for compound in _COMPOUND.findall(line):
        pieces = [piece.lower() for chunk in compound.split("_") for piece in _PART.findall(chunk)]
        if len(pieces) > 1:
            parts.update(piece for piece in pieces if len(piece) >= 3)
    return parts


def fingerprint(cases: Iterable[tuple[str, str]]) -> str:
    """A digest of ``(label, log text)`` pairs that does not depend on their order."""
    digests = sorted(hashlib.sha256(f"{label}\0{text}".encode()).hexdigest() for label, text in cases)
    return hashlib.sha256("\n".join(digests).encode()).hexdigest()


class Reading(NamedTuple):
    """The most probable label of a log, its probability, and the probability that the log is a healthy start."""

    label: str
    probability: float
    healthy: float


@dataclass(frozen=True)
class Model:
    """Per label a bias, and per feature the weights of the labels it moves; the fingerprint of its training logs."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, dict[int, float]]
    trained_on: str

    def probabilities(self, text: str | bytes) -> dict[str, float]:
        """Every label's probability for a log."""
        score = list(self.bias)
        # In a fixed order: floating-point sums depend on it, and a set's order on the interpreter's hash seed, so
        # two labels within a rounding error of each other would swap from one process to the next.
        for feature in sorted(features(text)):
            for label, weight in self.weights.get(feature, {}).items():
                score[label] += weight
        top = max(score)
        weights = [math.exp(s - top) for s in score]
        total = sum(weights)
        return {label: weight / total for label, weight in zip(self.labels, weights, strict=True)}

    def best(self, text: str | bytes) -> Reading:
        """The most probable label of a log, its probability, and a healthy start's."""
        probabilities = self.probabilities(text)
        label = max(probabilities, key=probabilities.__getitem__)
        return Reading(label, probabilities[label], probabilities[HEALTHY])

    def dump(self) -> str:
        rows = [
            "labels\t" + " ".join(self.labels),
            "trained_on\t" + self.trained_on,
            "bias\t" + " ".join(f"{b:.3f}" for b in self.bias),
        ]
        for feature in sorted(self.weights):
            by_label = self.weights[feature]
            rows.append(
                feature + "\t" + " ".join(f"{label}:{by_label[label]:.3f}" for label in sorted(by_label))
            )
        return "\n".join(rows) + "\n"

    @classmethod
    def parse(cls, text: str) -> Model:
        lines = text.splitlines()
        labels = tuple(lines[0].split("\t", 1)[1].split())
        trained_on = lines[1].split("\t", 1)[1]
        bias = tuple(float(b) for b in lines[2].split("\t", 1)[1].split())
        weights: dict[str, dict[int, float]] = {}
        for line in lines[3:]:
            feature, pairs = line.split("\t", 1)
            weights[feature] = {int(a): float(b) for a, b in (pair.split(":") for pair in pairs.split())}
        return cls(labels, bias, weights, trained_on)


@cache
def shipped() -> Model:
    """The weights this package ships, read on the first log the rules cannot place."""
    return Model.parse(resources.files(__package__).joinpath(_WEIGHTS_FILE).read_text(encoding="utf-8"))

"""A word-count model of failure kinds, for logs no rule recognises.

The rules name a failure from a wording some component prints; a log in words they have not met leaves them
with nothing (the run looks healthy) or a bare crash. Real logs of one kind still share their vocabulary
across engines (``memory``, ``cuda``, ``gated``, ``evicted``, ``space left`` ...), so a naive Bayes model over
the words and word pairs of a log's last lines, counted on the labelled corpora, names the kind the rules
could not. It only ever fills those two gaps, and only when it is nearly sure: the rules decide whenever they
can, because they also know where the numbers for the fix are.

The counts live in ``scoring_counts.tsv`` beside this module, written by ``scripts/train_diagnosis_scores.py``
from the training part of the corpora under ``tests/diagnosis`` (never their ``heldout/`` part); a test fails
when the file and the corpora disagree. Scoring reads a bounded tail, so it costs the same on any log.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from deploy_mcp.diagnosis.records import unwrap
from deploy_mcp.diagnosis.scan import _TAG_SAMPLE, clean_line, common_tag, untagged

HEALTHY = "healthy"
"""The label of logs of runs that were up."""

_TAIL_BYTES = 65_536
_TAIL_LINES = 60
_ALPHA = 0.1
_WORD = re.compile(r"[a-z][a-z_]{2,30}")
_COUNTS_FILE = "scoring_counts.tsv"


def features(text: str | bytes) -> set[str]:
    """Words (numbers and punctuation dropped) and adjacent word pairs of the last non-empty lines.

    The lines are read as the rules read them, out of their collectors' records and without the prefixes of
    containers, processes and clocks, and without a tag every line carries: the same log pasted from `docker
    compose`, a node's pod files, stern or a terminal scores the same.
    """
    data = text.encode("utf-8", "replace") if isinstance(text, str) else text
    tail = unwrap(data[-_TAIL_BYTES:]).decode("utf-8", "replace")
    cleaned = [line for line in (clean_line(raw) for raw in tail.splitlines()) if line][-_TAG_SAMPLE:]
    tags = common_tag(cleaned)
    lines = [untagged(line, tags).lower() for line in cleaned[-_TAIL_LINES:]]
    found: set[str] = set()
    for line in lines:
        words = _WORD.findall(line)
        found.update(words)
        found.update(f"{a} {b}" for a, b in pairwise(words))
    return found


@dataclass(frozen=True)
class Scores:
    """Per label: how many training logs it has, and in how many of them each feature occurs."""

    labels: tuple[str, ...]
    docs: tuple[int, ...]
    counts: dict[str, dict[int, int]]

    def best(self, text: str | bytes) -> tuple[str, float]:
        """The most probable label of a log and its posterior probability."""
        present = [self.counts[f] for f in features(text) if f in self.counts]
        total = sum(self.docs)
        log_alpha = math.log(_ALPHA)
        # Bernoulli naive Bayes over the features present: an absent count contributes log(alpha) to every label,
        # so only the labels that saw a feature need an update.
        score = [
            math.log(n / total) + len(present) * (log_alpha - math.log(n + 2 * _ALPHA)) for n in self.docs
        ]
        for by_label in present:
            for label, count in by_label.items():
                score[label] += math.log(count + _ALPHA) - log_alpha
        top = max(score)
        weights = [math.exp(s - top) for s in score]
        best = weights.index(1.0)
        return self.labels[best], 1.0 / sum(weights)

    def dump(self) -> str:
        rows = ["labels\t" + " ".join(self.labels), "docs\t" + " ".join(map(str, self.docs))]
        for feature in sorted(self.counts):
            by_label = self.counts[feature]
            rows.append(feature + "\t" + " ".join(f"{label}:{by_label[label]}" for label in sorted(by_label)))
        return "\n".join(rows) + "\n"

    @classmethod
    def parse(cls, text: str) -> Scores:
        lines = text.splitlines()
        labels = tuple(lines[0].split("\t", 1)[1].split())
        docs = tuple(int(n) for n in lines[1].split("\t", 1)[1].split())
        counts: dict[str, dict[int, int]] = {}
        for line in lines[2:]:
            feature, pairs = line.split("\t", 1)
            counts[feature] = {int(a): int(b) for a, b in (pair.split(":") for pair in pairs.split())}
        return cls(labels, docs, counts)


def train(cases: Iterable[tuple[str, str]]) -> Scores:
    """Counts from ``(label, log text)`` pairs; the label of a healthy log is ``HEALTHY``."""
    seen = [(label, features(text)) for label, text in cases]
    labels = tuple(sorted({label for label, _ in seen}))
    index = {label: i for i, label in enumerate(labels)}
    docs = Counter(label for label, _ in seen)
    counts: dict[str, dict[int, int]] = {}
    for label, found in seen:
        for feature in found:
            by_label = counts.setdefault(feature, {})
            by_label[index[label]] = by_label.get(index[label], 0) + 1
    return Scores(labels, tuple(docs[label] for label in labels), counts)


@cache
def shipped() -> Scores:
    """The counts this package ships, read on the first log the rules cannot place."""
    return Scores.parse(resources.files(__package__).joinpath(_COUNTS_FILE).read_text(encoding="utf-8"))

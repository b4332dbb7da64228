"""Reading the world corpora of real logs (tests/diagnosis/world*/): one YAML file per kind, a held-out fifth.

Each corpus directory holds `<kind>.yaml` files (`healthy.yaml` for runs that are up) and a `heldout/`
directory with the same layout for the cases whose source hashes into the held-out fifth.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from deploy_mcp.diagnose import diagnose

DIAGNOSIS = Path(__file__).parent / "diagnosis"

Case = tuple[str | None, dict]


def load(directory: Path) -> list[Case]:
    """(label, case) pairs of one directory; the label is None for healthy logs."""
    cases = []
    for path in sorted(directory.glob("*.yaml")):
        label = None if path.stem == "healthy" else path.stem
        cases.extend((label, case) for case in yaml.safe_load(path.read_text()))
    return cases


def sources(*names: str) -> set[str]:
    """Every thread cited by the named corpora (training and held-out parts)."""
    cited = set()
    for name in names:
        for directory in (DIAGNOSIS / name, DIAGNOSIS / name / "heldout"):
            cited.update(case.get("source", "") for _, case in load(directory))
    return cited - {""}


def kind_of(case: dict, status: str | None = None) -> str | None:
    """The kind `diagnose` gives one case, from its text and the signals the case records."""
    result = diagnose(
        case.get("text") or "",
        termination_reason=case.get("termination_reason"),
        exit_status=case.get("exit_status"),
        status=status,
    )
    return result.kind if result is not None else None


def accuracy(cases: list[Case]) -> float:
    return sum(kind_of(case) == label for label, case in cases) / len(cases)


def held_out(source: str) -> bool:
    """The split rule of every world corpus: a fifth of the threads, chosen by the hash of the URL."""
    return int(hashlib.sha256(source.encode()).hexdigest(), 16) % 5 == 0

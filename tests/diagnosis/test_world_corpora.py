"""What every world corpus of real logs must hold, whatever its figures: cited threads, a hash-chosen held-out
part, no thread shared between corpora, and no failed run reported healthy.

Each `test_worldN_corpus.py` asserts the figures its corpus reached; these checks are the same for all of them.
"""

from __future__ import annotations

import typing
from itertools import combinations

import pytest
from world_corpora import DIAGNOSIS, held_out, kind_of, load, sources

from deploy_mcp.diagnose import DiagnosisKind

WORLDS = sorted(path.name for path in DIAGNOSIS.glob("world*") if path.is_dir())
KINDS: tuple[str, ...] = typing.get_args(DiagnosisKind)


def _parts(name: str) -> tuple[list, list]:
    return load(DIAGNOSIS / name), load(DIAGNOSIS / name / "heldout")


def test_there_are_at_least_four_world_corpora():
    assert len(WORLDS) >= 4


@pytest.mark.parametrize("name", WORLDS)
def test_every_world_case_cites_a_github_thread_and_has_a_unique_id_and_a_known_kind(name):
    train, held = _parts(name)
    cases = train + held
    assert all(case["source"].startswith("https://github.com/") for _, case in cases)
    assert len({case["id"] for _, case in cases}) == len(cases)
    assert {label for label, _ in cases} - {None} <= set(KINDS)


@pytest.mark.parametrize(("first", "second"), list(combinations(WORLDS, 2)))
def test_no_two_world_corpora_cite_the_same_thread(first, second):
    assert not sources(first) & sources(second)


@pytest.mark.parametrize("name", WORLDS)
def test_world_held_out_part_is_chosen_by_the_hash_of_the_source(name):
    train, held = _parts(name)
    assert all(held_out(case["source"]) for _, case in held)
    assert not any(held_out(case["source"]) for _, case in train)
    # A fifth on average; the hash is not redrawn when it puts a few more threads aside.
    assert 0.15 <= len(held) / (len(train) + len(held)) <= 0.4


@pytest.mark.parametrize("name", WORLDS)
def test_no_world_run_known_to_have_failed_is_reported_healthy(name):
    train, held = _parts(name)
    signalled = [
        c for label, c in train + held if label and (c.get("exit_status") or c.get("termination_reason"))
    ]
    assert [case["id"] for case in signalled if kind_of(case) is None] == []


@pytest.mark.parametrize("name", WORLDS)
def test_every_world_failure_gets_a_kind_when_the_run_status_is_failed(name):
    train, held = _parts(name)
    failed = [case for label, case in train + held if label is not None]
    assert [case["id"] for case in failed if kind_of(case, status="failed") is None] == []

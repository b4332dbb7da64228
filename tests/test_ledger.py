from __future__ import annotations

from pathlib import Path

import pytest

from deploy_mcp.errors import DeployError
from deploy_mcp.ledger import Ledger


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    return Ledger(tmp_path / "state")


def test_open_deployment_creates_a_record_with_no_attempts_used(ledger: Ledger) -> None:
    record = ledger.open_deployment("llama-8b", target="dstack", options={"gpu": "24GB:1"}, max_attempts=3)
    assert (record.name, record.target, record.options, record.max_attempts, record.attempts_used) == (
        "llama-8b", "dstack", {"gpu": "24GB:1"}, 3, 0
    )
    assert ledger.get_deployment("llama-8b") == record


def test_reopening_a_deployment_updates_options_and_limit_but_keeps_creation_time(ledger: Ledger) -> None:
    first = ledger.open_deployment("d1", target="dstack", options={"gpu": "24GB:1"}, max_attempts=3)
    again = ledger.open_deployment("d1", target="dstack", options={"gpu": "A100:1"}, max_attempts=5)
    assert again.options == {"gpu": "A100:1"} and again.max_attempts == 5
    assert again.created_at == first.created_at
    assert [d.name for d in ledger.list_deployments()] == ["d1"]


def test_unknown_deployment_is_none(ledger: Ledger) -> None:
    assert ledger.get_deployment("nope") is None


@pytest.mark.parametrize("name", ["", "../etc", "a/b", "-lead", "x" * 81, "sp ace"])
def test_unsafe_deployment_names_are_refused(ledger: Ledger, name: str) -> None:
    with pytest.raises(DeployError) as err:
        ledger.open_deployment(name, target="dstack", options={}, max_attempts=3)
    assert err.value.kind == "invalid_deployment_name"


def test_deployments_survive_a_new_ledger_on_the_same_directory(tmp_path: Path) -> None:
    Ledger(tmp_path).open_deployment("keep", target="dstack", options={"max_price": 2.0}, max_attempts=2)
    record = Ledger(tmp_path).get_deployment("keep")
    assert record is not None and record.options == {"max_price": 2.0}
    assert (tmp_path / "ledger.sqlite3").exists()

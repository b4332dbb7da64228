from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from deploy_mcp.backends.base import RunInfo
from deploy_mcp.diagnosis.diagnose import diagnose
from deploy_mcp.errors import DeployError
from deploy_mcp.runs.ledger import Ledger, run_cost


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    return Ledger(tmp_path / "state")


def test_open_deployment_creates_a_record_with_no_attempts_used(ledger: Ledger) -> None:
    record = ledger.open_deployment("llama-8b", target="dstack", options={"gpu": "24GB:1"}, max_attempts=3)
    assert (record.name, record.target, record.options, record.max_attempts, record.attempts_used) == (
        "llama-8b", "dstack", {"gpu": "24GB:1"}, 3, 0
    )
    assert ledger.get_deployment("llama-8b") == record


def lock(ledger: Ledger, name: str) -> None:
    """Submit an attempt of ``name``: from then on its options are the ones its runs were held to."""
    attempt = ledger.reserve_attempt(name, submitted_yaml="type: service\n", effective_yaml="type: service\n",
                                     max_attempts=9)
    ledger.release(attempt.run_name)


def test_a_draft_takes_new_options_and_limits_as_given(ledger: Ledger) -> None:
    first = ledger.open_deployment("d1", target="dstack", options={"gpu": "24GB:1"}, max_attempts=3)
    again = ledger.open_deployment("d1", target="dstack", options={"gpu": "A100:80GB:1"}, max_attempts=5)
    assert not again.locked and again.options == {"gpu": "A100:80GB:1"} and again.max_attempts == 5
    assert again.created_at == first.created_at
    assert [d.name for d in ledger.list_deployments()] == ["d1"]


def test_reopening_a_locked_deployment_adds_options_but_never_loosens_it(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={"gpu": "24GB:1"}, max_attempts=3)
    lock(ledger, "d1")
    again = ledger.open_deployment("d1", target="dstack", options={"max_price": 2.0}, max_attempts=5)
    assert again.locked and again.options == {"gpu": "24GB:1", "max_price": 2.0} and again.max_attempts == 3
    assert ledger.open_deployment("d1", target="dstack", options={}, max_attempts=2).max_attempts == 2


def test_reopening_a_locked_deployment_with_a_different_value_for_a_users_option_is_refused(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={"gpu": "24GB:1", "max_price": 1.0}, max_attempts=3)
    lock(ledger, "d1")
    with pytest.raises(DeployError) as raised:
        ledger.open_deployment("d1", target="dstack", options={"max_price": 9.0}, max_attempts=3)
    assert raised.value.kind == "deployment_options_locked" and "max_price" in raised.value.message
    assert ledger.get_deployment("d1").options == {"gpu": "24GB:1", "max_price": 1.0}


def test_discarding_removes_a_draft_and_keeps_a_locked_deployment(ledger: Ledger) -> None:
    ledger.open_deployment("draft", target="dstack", options={}, max_attempts=3)
    ledger.open_deployment("used", target="dstack", options={}, max_attempts=3)
    lock(ledger, "used")
    assert ledger.discard_draft("draft") and not ledger.discard_draft("used")
    assert [d.name for d in ledger.list_deployments()] == ["used"]


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


def _reserve(ledger: Ledger, deployment: str = "d1", text: str = "type: service\nport: 80\n", **limits):
    limits.setdefault("max_attempts", 3)
    return ledger.reserve_attempt(deployment, submitted_yaml=text, effective_yaml=text, **limits)


def _info(name: str, status: str = "submitted", **fields) -> RunInfo:
    return RunInfo(name=name, status=status, **fields)


def test_attempt_is_recorded_as_submitting_with_run_name_and_config_files(ledger: Ledger) -> None:
    ledger.open_deployment("Llama_3.1-8B", target="dstack", options={}, max_attempts=3)
    attempt = _reserve(ledger, "Llama_3.1-8B", "type: service\nport: 8000\n")
    assert attempt.status == "submitting" and attempt.n == 1
    assert re.fullmatch(r"llama-3-1-8b-[0-9a-f]{4}-a1", attempt.run_name)
    folder = ledger.state_dir / "deployments" / "Llama_3.1-8B"
    assert (folder / "attempt-1.yml").read_text() == "type: service\nport: 8000\n"
    assert (folder / "attempt-1.submitted.yml").exists()
    assert ledger.get_deployment("Llama_3.1-8B").attempts_used == 1


def test_run_names_fit_dstack_rules_for_any_deployment_name(ledger: Ledger) -> None:
    for name in ["9lives", "A" * 80, "x", "a.b_c-d", "___".join("z" * 3)]:
        run_name = ledger.run_name(name, 123)
        assert re.fullmatch(r"[a-z][a-z0-9-]{1,40}", run_name), run_name


def test_second_attempt_stores_the_diff_from_the_first(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=3)
    _reserve(ledger, text="port: 80\ngpu: 24GB\n")
    second = _reserve(ledger, text="port: 80\ngpu: 48GB\n")
    assert "-gpu: 24GB" in second.diff and "+gpu: 48GB" in second.diff
    assert second.diff.startswith("--- attempt-1")


def test_attempts_beyond_the_limit_are_refused(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=2)
    _reserve(ledger, max_attempts=2)
    _reserve(ledger, max_attempts=2)
    with pytest.raises(DeployError) as err:
        _reserve(ledger, max_attempts=2)
    assert err.value.kind == "attempts_exhausted" and "report to the user" in err.value.hint


def test_a_discarded_attempt_leaves_nothing_and_its_number_goes_to_the_next(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=1)
    first = _reserve(ledger, max_attempts=1)
    files = sorted(p.name for p in (ledger.state_dir / "deployments" / "d1").iterdir())
    assert files == ["attempt-1.submitted.yml", "attempt-1.yml"]
    ledger.discard(first.run_name)
    assert ledger.attempts("d1") == [] and ledger.owned(first.run_name) is None
    assert list((ledger.state_dir / "deployments" / "d1").iterdir()) == []
    second = _reserve(ledger, max_attempts=1)
    assert (second.n, second.run_name) == (1, first.run_name)


def test_concurrent_reservations_never_exceed_the_limit(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=3)
    outcomes: list[str] = []

    def one() -> None:
        try:
            outcomes.append(_reserve(Ledger(ledger.state_dir)).run_name)
        except DeployError as exc:
            outcomes.append(exc.kind)

    threads = [threading.Thread(target=one) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("attempts_exhausted") == 17
    assert len({o for o in outcomes if o != "attempts_exhausted"}) == 3


RESERVE_SCRIPT = """
import sys
from deploy_mcp.errors import DeployError
from deploy_mcp.runs.ledger import Ledger
try:
    print(Ledger(sys.argv[1]).reserve_attempt("d1", submitted_yaml="x", effective_yaml="x", max_attempts=3).run_name)
except DeployError as exc:
    print(exc.kind)
"""


def _reserve_in_processes(state_dir: Path, count: int) -> list[str]:
    procs = [
        subprocess.Popen([sys.executable, "-c", RESERVE_SCRIPT, str(state_dir)], stdout=subprocess.PIPE, text=True)
        for _ in range(count)
    ]
    return [p.communicate(timeout=120)[0].strip() for p in procs]


def test_concurrent_reservations_from_several_processes_never_exceed_the_limit(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=3)
    results = _reserve_in_processes(ledger.state_dir, 6)
    assert results.count("attempts_exhausted") == 3
    assert ledger.get_deployment("d1").attempts_used == 3


def test_active_runs_of_other_deployments_count_against_the_active_limit(ledger: Ledger) -> None:
    for name in ("a", "b"):
        ledger.open_deployment(name, target="dstack", options={}, max_attempts=3)
    first = _reserve(ledger, "a", max_active_runs=1)
    ledger.mark_submitted(first.run_name, _info(first.run_name, "provisioning"))
    _reserve(ledger, "a", max_active_runs=1)  # its own previous run will be stopped, so it does not count
    with pytest.raises(DeployError) as err:
        _reserve(ledger, "b", max_active_runs=1)
    assert err.value.kind == "too_many_active_runs"


def test_finished_runs_free_their_active_slot(ledger: Ledger) -> None:
    for name in ("a", "b"):
        ledger.open_deployment(name, target="dstack", options={}, max_attempts=3)
    first = _reserve(ledger, "a", max_active_runs=1)
    ledger.mark_submitted(first.run_name, _info(first.run_name))
    failure = diagnose("No matching fleet found", termination_reason="failed_to_start_due_to_no_capacity")
    ledger.observe(_info(first.run_name, "failed", termination_reason="job_failed"), failure)
    assert _reserve(ledger, "b", max_active_runs=1).status == "submitting"
    record = ledger.attempt(first.run_name)
    assert (record.status, record.failure_kind, record.termination_reason) == ("failed", "no_capacity", "job_failed")
    assert record.failure_retryable is failure.retryable_as_is and record.failure_fix == failure.suggested_fix
    assert record.finished_at is not None


def test_active_runs_reserve_their_worst_case_and_finished_ones_count_their_cost(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=9)
    first = _reserve(ledger, max_attempts=9, budget_usd=10, reservation_usd=4.0)
    ledger.mark_submitted(first.run_name, _info(first.run_name, "running", cost_usd=0.5))
    assert ledger.budget(10).model_dump() == {"budget_usd": 10, "spent_usd": 0, "reserved_usd": 4.0, "left_usd": 6.0}
    second = _reserve(ledger, max_attempts=9, budget_usd=10, reservation_usd=6.0)  # exactly fills the budget
    with pytest.raises(DeployError) as err:
        _reserve(ledger, max_attempts=9, budget_usd=10, reservation_usd=0.01)
    assert err.value.kind == "over_budget"
    assert "spent $0.00 + reserved $10.00 (active runs) + $0.01 (this run's worst case) = $10.01" in err.value.message
    # the first run ends having cost 1.5: its 4.0 reservation is released and 1.5 is spent
    ledger.observe(_info(first.run_name, "done", cost_usd=1.5))
    assert ledger.budget(10).model_dump() == {"budget_usd": 10, "spent_usd": 1.5, "reserved_usd": 6.0, "left_usd": 2.5}
    assert ledger.attempt(first.run_name).cost_source.startswith("backend")
    # an active run that has already cost more than it reserved counts what it cost
    ledger.mark_submitted(second.run_name, _info(second.run_name, "running", cost_usd=7.0))
    assert ledger.budget(10).reserved_usd == 7.0


def test_cost_without_a_backend_figure_is_price_times_elapsed_time() -> None:
    info = _info("r", "done", price_per_hour=3.0, submitted_at="2026-01-01T00:00:00+00:00",
                 finished_at="2026-01-01T00:30:00+00:00")
    assert run_cost(info) == (1.5, "price x duration: the instance's price per hour times its hours")
    assert run_cost(_info("r", "running")) == (None, None)


def test_observations_of_foreign_runs_are_ignored(ledger: Ledger) -> None:
    assert ledger.observe(_info("someone-else")) is None


def test_a_stop_request_is_kept_across_a_restart_and_an_abort_is_never_downgraded(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=3)
    run = _reserve(ledger).run_name
    assert ledger.attempt(run).stop_requested is None
    ledger.request_stop(run, abort=True)
    first = ledger.attempt(run)
    ledger.request_stop(run, abort=False)
    again = Ledger(ledger.state_dir).attempt(run)
    assert (again.stop_requested, again.stop_requested_at) == ("abort", first.stop_requested_at)
    ledger.request_stop("someone-else", abort=True)  # not ours: nothing recorded, nothing raised
    assert ledger.attempt("someone-else") is None


def test_submitting_attempts_of_this_process_in_flight_are_not_reconciled(ledger: Ledger) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=3)
    attempt = _reserve(ledger)
    assert ledger.unreconciled("d1") == []
    ledger.release(attempt.run_name)  # the call ended without knowing whether the backend created the run
    assert [a.run_name for a in ledger.unreconciled("d1")] == [attempt.run_name]
    assert ledger.get_deployment("d1").attempts_used == 1


def test_submitting_attempts_of_a_dead_process_are_reconciled(ledger: Ledger, tmp_path: Path) -> None:
    ledger.open_deployment("d1", target="dstack", options={}, max_attempts=3)
    [run_name] = _reserve_in_processes(ledger.state_dir, 1)
    assert [a.run_name for a in ledger.unreconciled()] == [run_name]


def test_rebuild_restores_attempts_ownership_and_spend_and_keeps_rows_it_already_has(ledger: Ledger) -> None:
    config = {"type": "service", "port": 8000, "commands": ["serve"], "env": ["HF_TOKEN"]}
    runs = [
        _info("old-a1", "failed", deployment="llama", attempt=1, cost_usd=1.25, configuration=config,
              submitted_at="2026-01-01T00:00:00+00:00", finished_at="2026-01-01T00:30:00+00:00"),
        _info("old-a3", "stopped", deployment="llama", attempt=3, cost_usd=0.5,
              configuration={**config, "port": 9000}, submitted_at="2026-01-01T01:00:00+00:00"),
        _info("other-a1", "running", deployment="qwen", attempt=1, configuration=config,
              price_per_hour=2.0, submitted_at="2026-01-01T02:00:00+00:00"),
        _info("bad-name", "failed", deployment="../etc", attempt=1),
        _info("no-attempt", "failed", deployment="llama"),
    ]
    assert ledger.rebuild(runs, target="dstack", max_attempts=3) == 3
    llama = ledger.get_deployment("llama")
    assert (llama.attempts_used, llama.max_attempts, llama.options) == (2, 3, {})
    attempts = ledger.attempts("llama")
    assert [(a.n, a.run_name, a.status, a.owner) for a in attempts] == [
        (1, "old-a1", "failed", "rebuilt"), (3, "old-a3", "stopped", "rebuilt"),
    ]
    assert "port: 9000" in attempts[1].effective_yaml and "+port: 9000" in attempts[1].diff
    assert ledger.owned("other-a1") is not None and ledger.owned("bad-name") is None
    budget = ledger.budget(None)  # finished runs 1.25 + 0.5 spent; the running one counts its price x hours so far
    assert budget.spent_usd == 1.75 and budget.reserved_usd > 0
    assert (ledger.state_dir / "deployments" / "llama" / "attempt-3.yml").exists()
    with pytest.raises(DeployError) as err:
        _reserve(ledger, "llama", max_attempts=2)
    assert err.value.kind == "attempts_exhausted"
    assert ledger.rebuild(runs, target="dstack", max_attempts=3) == 0  # nothing twice


import threading
import time

import pytest

from deploy_mcp.backends.worker import WorkerCalls
from deploy_mcp.errors import DeployError


def _unreachable() -> DeployError:
    return DeployError("backend_unreachable", "no answer", "retry")


@pytest.fixture
def calls():
    pool = WorkerCalls("test-call")
    yield pool
    pool.close()


def test_a_call_past_its_deadline_is_abandoned_as_unreachable_and_the_backend_told(calls):
    release = threading.Event()
    dropped = []
    with pytest.raises(DeployError) as raised:
        calls.run(lambda _: release.wait(30), None, deadline=time.monotonic() + 0.2, timed_out=_unreachable,
                  translate=lambda exc: DeployError("backend_error", str(exc)), on_unreachable=lambda: dropped.append(1))
    release.set()
    assert raised.value.kind == "backend_unreachable" and dropped == [1]
    assert raised.value.__cause__ is None


def test_a_client_exception_becomes_the_translated_error_with_its_cause(calls):
    def fail(arg):
        raise ValueError(f"bad {arg}")

    dropped = []
    with pytest.raises(DeployError) as raised:
        calls.run(fail, "input", deadline=time.monotonic() + 10, timed_out=_unreachable,
                  translate=lambda exc: DeployError("backend_error", str(exc)), on_unreachable=lambda: dropped.append(1))
    assert (raised.value.kind, raised.value.message) == ("backend_error", "bad input")
    assert isinstance(raised.value.__cause__, ValueError) and dropped == []


def test_a_deploy_error_from_the_call_passes_unchanged_and_a_result_is_returned(calls):
    mine = DeployError("run_not_found", "no such run")

    def refuse(_):
        raise mine

    with pytest.raises(DeployError) as raised:
        calls.run(refuse, None, deadline=time.monotonic() + 10, timed_out=_unreachable, translate=_never)
    assert raised.value is mine
    assert calls.run(lambda x: x * 2, 21, deadline=time.monotonic() + 10, timed_out=_unreachable,
                     translate=_never) == 42


def _never(exc: Exception) -> DeployError:
    raise AssertionError(f"translate called for {exc!r}")

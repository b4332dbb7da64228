"""The circuit breaker's states on a clock the test moves: closed, open after N unreachable failures in a row,
half-open with a single probe after the cool-down, closed again by any answer from the backend."""

from __future__ import annotations

import pytest

from deploy_mcp.backends.guard import CircuitBreaker
from deploy_mcp.errors import DeployError


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def unreachable() -> None:
    raise DeployError("backend_unreachable", "no answer within 5 s")


def refused() -> None:
    raise DeployError("run_not_found", "no run named x")


def failures(breaker: CircuitBreaker, n: int) -> None:
    for _ in range(n):
        with pytest.raises(DeployError):
            breaker.call(unreachable)


def test_opens_after_consecutive_unreachable_failures_and_refuses_at_once_with_a_retry_after() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=3, cooldown=30, clock=clock)
    failures(breaker, 2)
    assert breaker.call(lambda: "answer") == "answer"  # an answer resets the count
    failures(breaker, 2)
    assert breaker.snapshot().state == "closed"
    failures(breaker, 1)
    state = breaker.snapshot()
    assert (state.state, state.consecutive_failures, state.retry_after_seconds) == ("open", 3, 30)
    calls: list[int] = []
    clock.now += 10
    with pytest.raises(DeployError) as err:
        breaker.call(calls.append, 1)
    assert calls == [] and err.value.kind == "backend_unreachable"
    assert err.value.details["retry_after_seconds"] == 20 and "no answer within 5 s" in err.value.message


def test_a_refusal_is_an_answer_and_never_opens_the_circuit() -> None:
    breaker = CircuitBreaker(threshold=2, cooldown=30, clock=Clock())
    for _ in range(5):
        with pytest.raises(DeployError):
            breaker.call(refused)
    assert breaker.snapshot().state == "closed" and breaker.snapshot().consecutive_failures == 0


def test_after_the_cooldown_one_probe_goes_through_its_failure_reopens_and_its_success_closes() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=1, cooldown=30, clock=clock)
    failures(breaker, 1)
    clock.now += 30
    assert breaker.snapshot().state == "half_open"

    def probe_while_another_call_arrives() -> None:
        assert breaker.snapshot().state == "half_open"
        with pytest.raises(DeployError) as err:  # only one probe at a time
            breaker.call(lambda: "second")
        assert err.value.details["retry_after_seconds"] > 0
        unreachable()

    with pytest.raises(DeployError):
        breaker.call(probe_while_another_call_arrives)
    assert breaker.snapshot().state == "open" and breaker.snapshot().retry_after_seconds == 30
    clock.now += 30
    assert breaker.call(lambda: "back") == "back"
    assert breaker.snapshot().state == "closed" and breaker.snapshot().opened_at is None


def test_a_call_let_in_before_the_circuit_opened_that_fails_later_does_not_push_back_the_probe() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=2, cooldown=30, clock=clock)

    def slow_failure_while_the_circuit_opens() -> None:
        failures(breaker, 2)  # other calls open the circuit while this one still waits for the backend
        assert breaker.snapshot().state == "open"
        clock.now += 20
        unreachable()

    with pytest.raises(DeployError):
        breaker.call(slow_failure_while_the_circuit_opens)
    assert breaker.snapshot().consecutive_failures == 3
    assert breaker.snapshot().retry_after_seconds == 10  # still counted from when the circuit opened
    clock.now += 10
    assert breaker.snapshot().state == "half_open"

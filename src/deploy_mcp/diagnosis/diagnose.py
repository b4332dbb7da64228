"""Failure diagnosis: from a deployment's log tail, termination reason and exit status to a kind and a fix.

Pure and linear in the input: the log is searched for a few dozen gate words with `bytes.find`, only the lines
holding a gate are cleaned (ANSI, container and process prefixes, timestamps) and tested against the literal
needles of `diagnose_rules`, and the winning kind is the highest one in root-cause order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from deploy_mcp.diagnosis import scoring
from deploy_mcp.diagnosis.config_checks import check_against_config
from deploy_mcp.diagnosis.model import Diagnosis, DiagnosisKind
from deploy_mcp.diagnosis.rules import PRIORITY, RULES
from deploy_mcp.diagnosis.scan import (
    Scan,
    back_at_prompt,
    ends_in_failure,
    ends_on_error,
    error_lines,
    failing_answers_tail,
    last_lines,
    probe_tail,
    scan,
    traceback_tail,
    usage_tail,
)

__all__ = ["Diagnosis", "DiagnosisKind", "diagnose"]

# dstack and Kubernetes reasons that name a kind on their own, before any log line is read.
_REASON_KINDS: dict[str, str] = {
    "failed_to_start_due_to_no_capacity": "no_capacity",
    "waiting_instance_limit_exceeded": "no_capacity",
    "unschedulable": "no_capacity",
    "failedscheduling": "no_capacity",
    # dstack's status messages ("no capacity", "interrupted") name the same events as its reasons.
    "no_capacity": "no_capacity",
    "no_fleets": "no_capacity",
    "no_offers": "no_capacity",
    "interrupted": "instance_interrupted",
    "interrupted_by_no_capacity": "instance_interrupted",
    "preempted": "instance_interrupted",
    "preempting": "instance_interrupted",
    "instance_unreachable": "instance_unreachable",
    "waiting_runner_limit_exceeded": "instance_unreachable",
    "instance_access_revoked": "instance_unreachable",
    "nodelost": "instance_unreachable",
    "oomkilled": "host_oom",
    "imagepullbackoff": "image_pull_failed",
    "errimagepull": "image_pull_failed",
    "invalidimagename": "image_pull_failed",
    "errimageneverpull": "image_pull_failed",
    "ports_binding_failed": "health_check_failed",
    "probe_failed": "health_check_failed",
    "unhealthy": "health_check_failed",
}
_USER_STOPS = frozenset(
    {
        "stopped_by_user",
        "aborted_by_user",
        "terminated_by_user",
        "all_jobs_done",
        "done_by_runner",
        "scaled_down",
        "completed",
        "stopped",
        "aborted",
        "done",
    }
)
# Failing reasons that name no cause: the log decides, else these words go into the `unknown` answer.
_REASON_FIXES: dict[str, str] = {
    "max_duration_exceeded": "Raise `max_duration` (or set it to `off`) if the service must run longer.",
    "inactivity_duration_exceeded": "Raise or remove `inactivity_duration`.",
    "terminated_due_to_utilization_policy": (
        "Relax `utilization_policy` (lower `min_gpu_utilization` or widen `time_window`)."
    ),
    "log_quota_exceeded": (
        "Lower the engine's log volume (vLLM: `--disable-log-requests`, `--uvicorn-log-level warning`; "
        "SGLang: `--log-level warning`)."
    ),
    "volume_error": "Check `volumes`: the volume must exist in the same backend and region as the run.",
    "gateway_error": "Check the gateway: it must exist, be running and serve the service's domain.",
    "creating_container_error": (
        "Check `image`, `volumes` and the instance's GPU runtime; the container was not created."
    ),
    "backend_error": (
        "The cloud backend raised while the server requested offers or launched an instance: retry, or leave "
        "that backend or region out with `backends` / `regions`."
    ),
    "request_refused": (
        "The dstack server refused the request as sent: change what its message names (a field this server "
        "version does not accept, hosts another fleet holds, a run that is not provisioned yet)."
    ),
    "createcontainerconfigerror": (
        "Check the pod's referenced secrets and config maps (e.g. the HF token secret)."
    ),
}
_RETRYABLE_REASONS = frozenset(
    {"terminated_by_server", "server_error", "aborted_by_server", "executor_error", "backend_error"}
)

_KIND_RANK = {kind: rank for rank, kind in enumerate(PRIORITY)}
_MAX_EVIDENCE = 5
_MAX_EVIDENCE_CHARS = 300


_RE_EXITED_STATUS = re.compile(r"exited_\((-?\d{1,3})\)")


def _norm_reason(reason: object) -> tuple[str, int | None]:
    """The reason in dstack's spelling, and the exit status a status message like `exited (1)` carries."""
    value = getattr(reason, "value", reason)
    if value is None:
        return "", None
    norm = "_".join(str(value).strip().lower().split())
    m = _RE_EXITED_STATUS.fullmatch(norm)
    if m is None:
        return norm, None
    status = int(m.group(1))
    return ("done_by_runner" if status == 0 else "container_exited_with_error"), status


# dstack's own verdict, as it prints it into the logs a caller passes without the reason itself. The enum values
# of JobTerminationReason and RunTerminationReason (src/dstack/_internal/core/models/runs.py) appear upper-cased in
# the CLI ("Run failed with error code EXECUTOR_ERROR.", `dstack ps -v`'s "JOB_FAILED (CONTAINER_EXITED_WITH_ERROR)")
# and the server ("... -> FAILED, reason: JOB_FAILED", "Termination reason: VOLUME_ERROR",
# services/runs/__init__.py); the runner logs "termination_reason=..." in lower case.
_JOB_REASONS = (
    "failed_to_start_due_to_no_capacity",
    "interrupted_by_no_capacity",
    "instance_unreachable",
    "instance_access_revoked",
    "waiting_instance_limit_exceeded",
    "waiting_runner_limit_exceeded",
    "terminated_by_user",
    "volume_error",
    "gateway_error",
    "scaled_down",
    "done_by_runner",
    "aborted_by_user",
    "terminated_by_server",
    "inactivity_duration_exceeded",
    "terminated_due_to_utilization_policy",
    "container_exited_with_error",
    "ports_binding_failed",
    "creating_container_error",
    "executor_error",
    "max_duration_exceeded",
    "log_quota_exceeded",
)
_RUN_REASONS = ("all_jobs_done", "job_failed", "retry_limit_exceeded", "stopped_by_user", "server_error")
_RE_REASON_TOKEN = re.compile(
    rb"\b(" + b"|".join(r.upper().encode() for r in _JOB_REASONS + _RUN_REASONS) + rb")\b"
    rb"|termination_reason=(" + b"|".join(r.encode() for r in _JOB_REASONS) + rb")\b"
)
# The same reasons in the words of JobTerminationReason.to_error(), which the CLI prints after the status
# ("Error (Volume error)", world26) and the runner logs as its own message (runner/internal/runner/executor/
# executor.go: "Max duration exceeded"). Only the phrases no other program is likely to print stand alone; the
# two-word ones count inside the CLI's parentheses. The gateway's "Gateway is not working: ..." is the GatewayError
# the server raised when it could not reach the gateway (services/gateways, before dstack#4135).
_REASON_PHRASES = {
    b"max duration exceeded": "max_duration_exceeded",
    b"waiting instance limit exceeded": "waiting_instance_limit_exceeded",
    b"waiting runner limit exceeded": "waiting_runner_limit_exceeded",
    b"instance access revoked": "instance_access_revoked",
    b"inactivity duration exceeded": "inactivity_duration_exceeded",
    b"log quota exceeded": "log_quota_exceeded",
    b"ports binding failed": "ports_binding_failed",
    b"gateway is not working": "gateway_error",
    b"(volume error)": "volume_error",
    b"(gateway error)": "gateway_error",
    b"(executor error)": "executor_error",
    b"(runner error)": "creating_container_error",
    b"(instance unreachable)": "instance_unreachable",
    b"(utilization policy)": "terminated_due_to_utilization_policy",
    # The shim stops a job whose volumes it could not mount with executor_error and this message
    # (runner/internal/shim/docker.go: "prepareVolumes error: %s"): the volume is the cause the reason hides.
    b"preparevolumes error": "volume_error",
    # The server's log line and the gateway's status message when it cannot set the gateway up
    # (src/dstack/_internal/server/services/gateways/__init__.py: "Failed to configure gateway %s: %r";
    # `dstack gateway` then shows "failed ... Failed to configure gateway", world39's training part).
    b"failed to configure gateway": "gateway_error",
    # The server's provisioning when a cloud backend raised instead of answering (world115's training part):
    # services/backends/__init__.py logs "Got exception when requesting offers from backend %s" with the
    # exception, the submitted-jobs and instances tasks "%s: got exception when launching %s in %s/%s" and, for the
    # BackendError they expect, "%s: %s launch in %s/%s failed: %s" with its repr (server/background/
    # pipeline_tasks/jobs_submitted.py, instances/cloud_provisioning.py; background/tasks/process_submitted_jobs.py
    # before 0.20). The traceback that follows is the server's, not the container's. NoCapacityError, the repr
    # that names a cause, is the no_capacity rows'.
    b"got exception when requesting offers from backend": "backend_error",
    b"got exception when launching": "backend_error",
    b"failed: backenderror(": "backend_error",
    # The server refusing the request as sent: the API client's ClientError on an HTTP 422
    # (src/dstack/api/server/__init__.py: `raise ClientError(f"Server validation error: \n{formatted_error}")`),
    # the fleet service's ServerClientError for hosts another fleet holds (services/fleets.py: "Instances [...] are
    # already assigned to a fleet."), and the Python API's ClientError raised in the caller
    # (core/errors.py `class ClientError`, e.g. api/_public/runs.py "Failed to attach. The run is not provisioned
    # yet."). Nothing ran, so nothing in a container failed.
    b"server validation error": "request_refused",
    b"are already assigned to a fleet": "request_refused",
    b"dstack._internal.core.errors.clienterror": "request_refused",
    b"dstack._internal.core.errors.serverclienterror": "request_refused",
    # The API client's answer to an HTTP 500 from the server (src/dstack/api/server/__init__.py: `raise
    # ClientError("Unexpected dstack server error")`): the fault is the server's, whatever the run asked for.
    b"unexpected dstack server error": "server_error",
}
# Causes dstack names outside the container (a volume it could not prepare, a gateway, a limit it enforced): a
# generic line such as "exit status 32" or "Error: ..." is that cause's echo, not a container that exited.
_CAUSES_OUTSIDE_CONTAINER = frozenset(
    {
        "volume_error",
        "gateway_error",
        "max_duration_exceeded",
        "inactivity_duration_exceeded",
        "terminated_due_to_utilization_policy",
        "log_quota_exceeded",
        "server_error",
        "backend_error",
        "request_refused",
    }
)
# The server's scheduler when one of its background tasks (process_runs, process_instances, ...) raises:
# APScheduler's executors log 'Job "%s" raised an exception' with the job's repr
# (apscheduler/executors/base.py), then the traceback, which is the server's and not the container's
# (world26's Vultr fleet, world39's process_runs). The server's Rich console wraps a long line at the terminal's
# width and indents the rest under the message, so the job's repr may run onto the next line ('... next run at:
# 2024-10-14 15:41:00' then '    UTC)" raised an exception', world111's volume on a fleet).
# A narrower console wraps the repr over several lines, and may break before its opening quote ('Job' then
# '"process_terminating_jobs (trigger:', 'interval[0:00:04], next run at: ...', '+05)" raised an exception',
# world115's volumes that would not detach): the repr is bounded, so a few hundred characters of it are enough.
_RE_SCHEDULER_FAULT = re.compile(
    rb'job\s{1,200}"process_\w+ \(trigger:[^"]{0,400}\)"\s{1,200}raised an exception', re.IGNORECASE
)
# The submitted-jobs task's "%s: %s launch in %s/%s failed: %s" (server/background/pipeline_tasks/
# jobs_submitted.py) with the repr of whatever the backend raised: BackendError is in the phrases above, but the
# backends' own API errors come through it too (RunpodApiClientError for a cluster RunPod would not create,
# world142's training part), the console wrapping the repr onto the next line. Any exception but NoCapacityError,
# the no_capacity rows' stockout, is the backend refusing the launch.
_RE_LAUNCH_FAILED = re.compile(rb"launch\s+in\s+[\w.-]+/[^\s:]+\s+failed:\s+(\w+)\(", re.IGNORECASE)
# A traceback frame in the dstack server's own code or in the backends it drives (src/dstack/_internal/server/,
# src/dstack/_internal/core/backends/: the RunPod backend's TypeError in run_job, an AWS create_instances call
# under process_submitted_jobs, world115's training part): the exception is the server's, whatever the run asked
# for, as the scheduler's "raised an exception" is. The CLI's and the Python API's frames (cli/, api/) are the
# client's, and the proxy's (proxy/) carry the SSH errors the instance_unreachable rows read.
_RE_SERVER_FRAME = re.compile(
    rb'dstack[/\\]_internal[/\\](?:server|core[/\\]backends)[/\\][^"\n]{1,200}\.py", line \d+', re.IGNORECASE
)
# The server's Rich console wraps a long message at the terminal's width and indents the rest under it ("Got
# exception when" then "requesting offers from backend BackendType.CUDO", world115's training part): a phrase's
# words may be parted by any run of white space, the line break and its indent included.
_RE_REASON_PHRASE = re.compile(
    b"|".join(rb"\s+".join(re.escape(word) for word in p.split(b" ")) for p in _REASON_PHRASES), re.IGNORECASE
)


# dstack prints its verdict where the output ends (the CLI's last lines, the server's last status change): the
# search reads this much of the tail, so a long log costs no more than a short one.
_VERDICT_TAIL = 64 * 1024


def _cleaned_tail(found: Scan) -> bytes:
    """The lines of the verdict's tail without the collectors' prefixes and colours, for the patterns that span a
    wrapped line (a CRI or stern prefix, a quote marker or a colour code at each line's start would break them)."""
    start, floor = found.size, len(found.data) - _VERDICT_TAIL
    while start > 0 and found.offset(start - 1) >= floor:
        start -= 1
    return "\n".join(found.line_at(i)[0] for i in range(start, found.size)).encode("utf-8", "replace")


def _reason_in_log(found: Scan) -> str:
    """The termination reason dstack printed last, a job's before a run's (JOB_FAILED only says a job failed)."""
    job, run = _reason_in(found.data[-_VERDICT_TAIL:])
    if not (job or run):
        # The same verdict through a collector that prefixes every line: the phrases and the scheduler's fault
        # that a console wrapped over several lines read on the cleaned lines (world115's training part).
        job, run = _reason_in(_cleaned_tail(found))
    return job or run


def _reason_in(data: bytes) -> tuple[str, str]:
    job = run = ""
    for m in _RE_REASON_TOKEN.finditer(data):
        found = (m.group(1) or m.group(2)).decode().lower()
        if found in _RUN_REASONS:
            run = found
        else:
            job = found
    for m in _RE_REASON_PHRASE.finditer(data):
        job = _REASON_PHRASES[b" ".join(m.group(0).lower().split())]
    launches = [m.group(1).lower() for m in _RE_LAUNCH_FAILED.finditer(data)]
    if not job and launches and launches[-1] != b"nocapacityerror":
        job = "backend_error"
    if not (job or run) and (_RE_SCHEDULER_FAULT.search(data) or _RE_SERVER_FRAME.search(data)):
        run = "server_error"
    return job, run


# Families the scoring model may name; the generic crash kinds stay the rules' judgement of the log's tail.
_GUESSABLE = frozenset(PRIORITY) - {"container_exited", "unknown"}
# The bars were chosen by leaving one corpus out of the fit and reading it with the model fitted on the others:
# on today's rules, which were written from every training part but no held-out one
# (scripts/cross_validate_diagnosis_scores.py, 73 corpora, 3219 training and 807 held-out logs), and on the
# first-contact readings, where no rule had learnt the corpus yet (scripts/first_contact.py --fallback, 62
# corpora, 2683 logs).
# How sure the model must be to name a family where no rule fired, with an error-looking line in the log: 0.9
# read 1 more held-out log right than 0.99, and 1 fewer training log, for 3 more healthy logs read as failed.
_GUESS_OVER = 0.99
# The bar for naming a family once the fallback for a last error line has read the log as a crash: on first
# contact, 29 failures named right at 0.5 against 17 at 0.9; on today's rules, 5 more held-out logs right than
# at 0.7.
_NAME_OVER = 0.5
# The bar for naming the family of a crash the rules read from the text without naming its cause. On first
# contact it named 70 crashes right and 11 that were bare wrong at 0.6 (73 and 15 at 0.5, 61 and 6 at 0.8);
# on today's rules, where what the training parts leave bare is mostly bare, it costs 5 training logs against
# 0.8 for 2 held-out ones. The naive Bayes counts this model replaced, at their 0.9999, named 77 right and 56
# wrong on first contact: too sure of themselves for any bar to part the two. On the first-contact readings of 100
# corpora (4459 logs, the model leaving an eighth out), 0.5 and 0.4 read 12 and 25 more logs right, one refit's
# worth, and both then named a JVM's three-line SIGSEGV report a GPU failure (test_diagnose). With the model of
# world576-599's refit, which no longer does, 0.4 read 821 of world576-599's 1006 first-contact logs right against
# 816 at 0.6 (0.3: 822; 0.7 and over fewer), 676 of world552-575's against 673, 332 of world600-615's against
# 331; on world616-622's, first read with 0.4 in place, 204 of 226 against 205 at 0.6.
_RENAME_OVER = 0.4
# The bar for naming a family when only the run's failed status (exit, reason) said that it failed and the text
# named nothing, not even its last line as an error (that one has the bar above). On the first-contact readings
# (62 corpora; the model leaving an eighth of the corpora out at a time), 125 such failures read healthy from
# their text and not ending on an error line: it named 18 right at 0.5 and 2 that were bare crashes wrong (12
# and 1 at 0.7). On today's rules, with a failed status, 0.5 reads 10 training and 8 held-out logs more right
# and none wrong (0.7: 14 in all).
_SILENT_NAME_OVER = 0.5
# How unlikely a healthy start must be for a log with error-looking lines, from an engine that never came up, to
# be read as a failure although its last line is not an error (progress bars, shutdown notices and prompts after
# the error). On the first-contact readings (69 corpora, the model leaving an eighth of the corpora out), 830 logs
# read healthy from an engine that never came up: below 0.1 it read 33 more failures as failures (22 of them
# with their family) and no healthy log as failed; below 0.15, 37 failures for 2 healthy logs.
_FAILED_UNDER = 0.1
# A Python traceback frame as the scanner folds it ('  File "x.py", line 132, in f': digits read 0).
_FRAME_SHAPE = b'", line 0'


# Run statuses that mean the run has failed, whatever its reason and exit status say.
_FAILED_STATUSES = frozenset({"failed", "error", "crashloopbackoff"})


def diagnose(
    text: str | bytes,
    *,
    termination_reason: object | None = None,
    exit_status: int | None = None,
    status: str | None = None,
    config: Mapping[str, Any] | None = None,
) -> Diagnosis | None:
    """Classify a failed (or failing) deployment from its log tail; None when nothing shows a failure.

    `status` is the run's status when known: a failed run always gets a kind, at worst `container_exited` or
    `unknown`. `config` is the effective configuration (a dstack run configuration as a mapping): the log is
    then compared with what it asked for, and fixes name the field and value to change.
    """
    found = scan(text or "")
    reason, reason_status = _norm_reason(termination_reason)
    if not reason:
        reason = _reason_in_log(found)
    if exit_status is None:
        exit_status = reason_status
    user_stop = reason in _USER_STOPS
    failing_exit = exit_status not in (None, 0) and not user_stop
    failed_status = "_".join(str(status or "").lower().split()) in _FAILED_STATUSES
    failing = failing_exit or failed_status or bool(reason and not user_stop)

    ready = found.ready
    died = found.dead if found.dead > found.started else -1
    if died >= 0:
        # The engine died after the server last started: the lines its front end logs afterwards (idle metrics) do
        # not show it serving, so what was logged from the death on counts as if the server had never come up.
        ready = min(ready, died)
    strong: dict[str, list[int]] = {}
    weak: dict[str, list[int]] = {}
    last_weak = -1
    for index, number in found.hits:
        rule = RULES[number]
        if index < ready and (rule.weak or not failing):
            continue
        if index < found.settled.get(rule.kind, -1):
            continue
        # A build that gave up later in the log is a run known to have failed, as far as the warnings before it go.
        if rule.failing_only and not failing and not index < found.build_gave_up:
            continue
        # A bare "Killed" (or exit 137) after the engine announced killing its own process tree is that kill.
        if rule.weak and rule.kind == "host_oom" and 0 <= found.self_kill < index:
            continue
        # One request that raised after the server came up does not stop it; the engine's death does, even when
        # the front end words it as the answer to a request.
        if (
            rule.weak
            and not failing
            and ready >= 0
            and index >= found.request_error >= ready
            and not 0 <= died <= index
        ):
            continue
        if rule.weak:
            last_weak = max(last_weak, index)
        bucket = weak if rule.weak else strong
        starts = bucket.setdefault(rule.kind, [])
        if not starts or starts[-1] != index:
            starts.append(index)

    prompt_back = False
    if ready < 0 and not user_stop:
        # An engine that never came up and whose log stops inside a traceback was dying when it was cut.
        tail = traceback_tail(found)
        if tail >= 0:
            weak.setdefault("container_exited", [])
            last_weak = max(last_weak, tail)
        # A server pasted from a terminal that gives the prompt back before it came up has exited.
        if back_at_prompt(found):
            weak.setdefault("container_exited", [])
            last_weak = found.size - 1
            prompt_back = True
        # A readiness probe pasted as the log's end and answered not ready (curl -v's transcript).
        probe = probe_tail(found)
        if probe >= 0:
            strong.setdefault("health_check_failed", []).append(probe)
        # Likewise inside the usage message a program prints when it refuses its arguments.
        usage = usage_tail(found)
        if usage >= 0:
            weak.setdefault("invalid_engine_args", []).append(usage)
            last_weak = found.size - 1

    # A server that answered its last requests all with 500 is up, and as good as dead to everyone who calls it.
    answers = failing_answers_tail(found)
    if answers >= 0 and not user_stop:
        weak.setdefault("container_exited", []).append(answers)
        last_weak = max(last_weak, answers)

    # Whether the text named anything before the run's own signals (reason, exit status, status) are added.
    text_silent = not strong and not weak
    # Whether a wording that is the whole diagnosis of its crash read the text.
    text_final = any(RULES[number].final for _, number in found.hits)
    # The shell's prompt given back before the server came up is the process's end, and says nothing of why: no
    # guess from the words above it renames that death (world80's refit leaned a GGUF load's lines to
    # model_unsupported; test_a_server_that_gives_the_terminal_its_prompt_back_before_it_came_up_has_exited).
    text_final = text_final or (prompt_back and not strong)
    reason_kind = None if user_stop else _REASON_KINDS.get(reason)
    if reason_kind is not None:
        strong.setdefault(reason_kind, [])
    if not user_stop:
        if exit_status == 137:
            weak.setdefault("host_oom", [])
        elif failing_exit or failed_status or reason == "container_exited_with_error":
            weak.setdefault("container_exited", [])

    if reason in _CAUSES_OUTSIDE_CONTAINER:
        weak.pop("container_exited", None)
    if strong:
        kind = min(strong, key=_KIND_RANK.__getitem__)
        starts = strong[kind]
    elif weak and not user_stop and (failing or ends_in_failure(found, last_weak)):
        kind = min(weak, key=_KIND_RANK.__getitem__)
        starts = weak[kind]
    elif reason and not user_stop:
        kind, starts = "unknown", []
    else:
        kind, starts = None, []

    bare_crash = kind == "container_exited" and not text_silent and not text_final
    if (kind is None or kind == "container_exited") and ready < 0 and not user_stop:
        # No rule fired, yet the engine never came up: words the rules have not met may still name the family.
        # A run known to have failed whose text named nothing is the same case: its status says that it failed,
        # not why, and the words may say why as they do when no status is passed.
        # Whether the log shows a crash at all stays the rules' call (tail shape, settled failures), so the model
        # names only a specific family, and only when nearly sure. A failure a later line settled (a runner that
        # loaded on the next try), or a traceback the log goes on after, is the rules' judgement that the log
        # recovered, whatever words it left behind.
        outlived = _FRAME_SHAPE in found.distinct() and traceback_tail(found) < 0
        guess, probability, healthy = scoring.shipped().best(found.data)
        # The bare "Killed" after the engine announced killing its own process tree is that kill (the host_oom rule
        # gives way to it above): the words model, which learnt the word as the OOM killer's, does not rename the
        # crash host_oom from it either (world431's training part, vllm #16128's "Got fatal signal" then "Killed").
        if guess == "host_oom" and found.self_kill >= 0:
            guess = scoring.HEALTHY
        # A log with no line that looks like an error gives the model only the words of a healthy start, except
        # for a service that never answered: its log is often quiet, and the platform's probe gives the verdict.
        errors = error_lines(found, 3)
        if bare_crash:
            # The text shows the death without its cause, in words the rules have not met.
            if guess in _GUESSABLE and not found.settled and probability >= _RENAME_OVER:
                kind = guess
        elif (
            (errors or guess == "health_check_failed")
            and guess in _GUESSABLE
            and not (errors and any(RULES[n].final and i >= errors[-1] for i, n in found.hits))
            and not found.settled
            and not outlived
            and probability >= _GUESS_OVER
        ):
            # Not over a wording that is the whole diagnosis of its crash (`final`) on the log's last error line: a
            # final container_exited row fell through `bare_crash` to here and was renamed from its words (world337's
            # PyTorch "Expected all tensors to be on the same device ... cpu and cuda:0", read gpu_unavailable at
            # 0.99). Error lines after the final one may still say more (world107's ggml "CUDA error" followed by
            # Ollama's "error starting llama runner").
            # A quiet log's last lines are where its reader should start.
            kind, starts = guess, errors or last_lines(found, 3)
        elif (
            (kind is None or text_silent)
            and guess != scoring.HEALTHY
            and not found.settled
            and not outlived
            and (ends_on_error(found, errors) or (errors and healthy < _FAILED_UNDER))
        ):
            # An engine that never came up and whose log's last line looks like an error, in words the rules have
            # not met and that read more like the corpora's failures than their healthy starts, has died of
            # something: a bare crash, or its family when the model is sure enough of it (and a run whose status
            # alone said it failed gets that family too). On the first-contact readings of 62 corpora
            # (scripts/first_contact.py --fallback, 2683 logs, the model leaving the corpus out), 61 failures read
            # healthy no longer were, 29 of them named right, for 4 healthy logs read as failures. Measured with
            # the earlier word counts: letting shutdown lines follow the error line, as the rules do, gained more
            # failures for twice the healthy logs, and asking for two lines or more lost half the failures.
            # A weak rule that fired on those lines names the family better than the words around them.
            named = [weak_kind for weak_kind, hits in weak.items() if not set(hits).isdisjoint(errors)]
            if named:
                kind = min(named, key=_KIND_RANK.__getitem__)
            else:
                kind = guess if guess in _GUESSABLE and probability >= _NAME_OVER else "container_exited"
            starts = errors
        elif (
            text_silent
            and kind == "container_exited"
            and guess in _GUESSABLE
            and not found.settled
            and not outlived
            and probability >= _SILENT_NAME_OVER
        ):
            # The run is known to have failed and its text named nothing: the words are all there is to say why.
            kind, starts = guess, errors or last_lines(found, 3)
    if kind is None:
        return None

    context = _Context(found, starts, reason, exit_status, config=config, failing_answers=answers)
    summary, fix, retryable = _EXPLAIN[kind](context)
    kind, summary, fix = check_against_config(kind, summary, fix, found, context.text, config)
    logged = _evidence(found, starts)
    if not logged and kind in ("container_exited", "unknown"):
        # Nothing named the cause: the last error-looking lines are the best a reader can start from.
        logged = _evidence(found, error_lines(found, 3))
    extras = []
    if reason and (not logged or reason_kind == kind):
        extras.append(f"termination reason: {reason}")
    if failing_exit:
        extras.append(f"exit status: {exit_status}")
    return Diagnosis(
        kind=kind,
        summary=summary,
        evidence=logged[: _MAX_EVIDENCE - len(extras)] + extras,
        suggested_fix=fix,
        retryable_as_is=retryable,
    )


def _evidence(scan: Scan, starts: list[int]) -> list[str]:
    seen: list[str] = []
    for start in starts:
        line = scan.line_at(start)[0]
        if len(line) > _MAX_EVIDENCE_CHARS:
            line = line[: _MAX_EVIDENCE_CHARS - 1] + "…"
        if line not in seen:
            seen.append(line)
    # The first lines usually name the cause, the last ones show how it ended.
    if len(seen) > _MAX_EVIDENCE:
        seen = seen[:3] + seen[-(_MAX_EVIDENCE - 3) :]
    return seen


@dataclass
class _Context:
    scan: Scan
    starts: list[int]
    reason: str
    exit_status: int | None
    config: Mapping[str, Any] | None = None
    # The last of a run of answers all 500 (scan.failing_answers_tail), found once by `diagnose`.
    failing_answers: int = -1
    _text: str | None = None
    _engine: str | None = None

    @property
    def text(self) -> str:
        """The hit lines with their continuations, for reading numbers out of wrapped messages."""
        if self._text is None:
            self._text = " ".join(self.scan.window(s) for s in self.starts[:16])
        return self._text

    @property
    def low(self) -> str:
        return self.text.lower()

    def has(self, *needles: str) -> bool:
        low = self.low
        return any(n in low for n in needles)

    def engine(self) -> str | None:
        """The engine that wrote the log, from words only it prints; None when nothing names one."""
        if self._engine is None:
            low = self.scan.distinct()
            # Checked in `_ENGINE_MARKERS` order: SGLang's tracebacks pass through vLLM's modules.
            self._engine = next(
                (name for name, markers in _ENGINE_MARKERS if any(m in low for m in markers)), ""
            )
        return self._engine or None

    def flags(self, default: str | None = None) -> _Flags:
        """Flag names of the log's engine; `default` for messages only that engine prints."""
        return _FLAGS[self.engine() or default]


def _with(flag: str, value: object) -> str:
    """`--flag value` in one code span, or the generic wording with the value before its spellings."""
    if flag.endswith("`"):
        return f"{flag[:-1]} {value}`"
    name, _, spellings = flag.partition(" (")
    return f"{name} set to {value}" + (f" ({spellings}" if spellings else "")


@dataclass(frozen=True)
class _Flags:
    """How one engine spells the knobs a fix turns; the generic entry names all three engines' spellings."""

    tp: str
    pp: str
    context: str
    memory: str
    batch: str
    dtype_half: str
    quantization: str
    host: str
    all_reduce: str


_ENGINE_MARKERS: tuple[tuple[str, tuple[bytes, ...]], ...] = (
    (
        "tgi",
        (
            b"text_generation",
            b"text-generation",
            b"shard-manager",
            b"shardcannotstart",
            b"max_batch_prefill_tokens",
            b"max-batch-prefill-tokens",
        ),
    ),
    (
        "sglang",
        (
            b"sglang",
            b"sgl-workspace",
            b"sgl_kernel",
            b"mem_fraction_static",
            b"mem-fraction-static",
            b"scheduler hit an exception",
            b"received sigquit from a child",
            b"capture cuda graph",
        ),
    ),
    (
        "vllm",
        (
            b"vllm",
            b"enginecore",
            b"engine core initialization",
            b"gpu_memory_utilization",
            b"gpu-memory-utilization",
            b"max_model_len",
            b"max-model-len",
            b"max_num_seqs",
            b"tensor_parallel_size",
            b"placement group",
        ),
    ),
)
_FLAGS: dict[str | None, _Flags] = {
    "vllm": _Flags(
        tp="`--tensor-parallel-size`",
        pp="`--pipeline-parallel-size`",
        context="`--max-model-len`",
        memory="`--gpu-memory-utilization`",
        batch="`--max-num-seqs`",
        dtype_half="`--dtype half`",
        quantization="`--quantization`",
        host="`--host 0.0.0.0 --port {port}`",
        all_reduce=" or `--disable-custom-all-reduce`",
    ),
    "sglang": _Flags(
        tp="`--tp-size`",
        pp="`--pp-size`",
        context="`--context-length`",
        memory="`--mem-fraction-static`",
        batch="`--max-running-requests`",
        dtype_half="`--dtype half`",
        quantization="`--quantization`",
        host="`--host 0.0.0.0 --port {port}`",
        all_reduce=" or `--disable-custom-all-reduce`",
    ),
    "tgi": _Flags(
        tp="`--num-shard`",
        pp="",
        context="`--max-total-tokens`",
        memory="`--cuda-memory-fraction`",
        batch="`--max-batch-prefill-tokens`",
        dtype_half="`--dtype float16`",
        quantization="`--quantize`",
        host="`--hostname 0.0.0.0 --port {port}`",
        all_reduce="",
    ),
    None: _Flags(
        tp="the tensor-parallel size (vLLM `--tensor-parallel-size`, SGLang `--tp-size`, TGI `--num-shard`)",
        pp="the pipeline-parallel size",
        context=(
            "the context length (vLLM `--max-model-len`, SGLang `--context-length`, TGI `--max-total-tokens`)"
        ),
        memory="the engine's GPU memory fraction",
        batch="the engine's batch size",
        dtype_half="`--dtype half` (TGI: `--dtype float16`)",
        quantization="the quantization flag",
        host="`--host 0.0.0.0 --port {port}`, TGI `--hostname 0.0.0.0 --port {port}`",
        all_reduce=" or `--disable-custom-all-reduce`",
    ),
}


# --- number reading: every pattern is a literal prefix and a bounded capture, so nothing backtracks


def _int(pattern: re.Pattern[str], text: str) -> int | None:
    m = pattern.search(text)
    return int(m.group(1).replace(",", "")) if m else None


def _float(pattern: re.Pattern[str], text: str) -> float | None:
    m = pattern.search(text)
    return float(m.group(1)) if m else None


_N = r"(\d[\d,]{0,15})"
_F = r"(-?\d{1,9}(?:\.\d{1,9})?)"
_RE_MAX_SEQ = re.compile(r"max seq len \( ?" + _N + r" ?\)")
# Terminals wrap long messages: the window joins the pieces with a space, which may land inside the parens.
_RE_KV_TOKENS = re.compile(r"stored in kv cache \( ?" + _N + r" ?\)")
_RE_ESTIMATED = re.compile(r"estimated maximum model length is " + _N)
# TGI's router when one request of `--max-total-tokens` does not fit the KV cache left after warm-up
# (backends/v3/src/lib.rs V3Error::NotEnoughMemory, printed as "NotEnoughMemory(32768)" or in its Display form).
_RE_TGI_TOTAL = re.compile(r"(?:notenoughmemory\(|handle `max_total_tokens=)(\d+)")
_RE_KV_NEEDED = re.compile(_F + r" ?gib kv cache is needed")
_RE_KV_AVAILABLE = re.compile(r"available kv cache memory \(" + _F + r" ?gib")
_RE_MEM_FRACTION = re.compile(r"mem_fraction_static=" + _F)
_RE_PREFILL = re.compile(r"not enough memory to handle " + _N + r" prefill tokens")
_RE_FREE_ON_DEVICE = re.compile(r"free memory on device[^(]{0,40}\(" + _F + r"/" + _F + r" ?gib\)")
_RE_TOTAL_CAPACITY = re.compile(r"total capacity of " + _F + r" ?gib")
_RE_CAPABILITY = re.compile(r"compute capability (?:of )?(\d{1,2}\.\d)")
_RE_GPU_NAME = re.compile(r"your ([^\n]{1,60}?) gpu (?:has|does not have) compute capability")
_RE_MIN_CAP = re.compile(r"minimum capability: (\d{2,3})")
_RE_CUR_CAP = re.compile(r"current capability: (\d{2,3})")
_RE_QUANT_METHOD = re.compile(r"quantization method ([\w-]{1,40}) is not supported")
_RE_HEADS = re.compile(
    r"attention heads \((\d{1,5})\) must be divisible by tensor parallel size \((\d{1,4})\)"
)
_RE_LAYERS = re.compile(
    r"hidden layers \((\d{1,5})\) must be divisible by pipeline parallel size \((\d{1,4})\)"
)
_RE_TP_GPUS = re.compile(r"tensor_parallel_size \((\d{1,4})\) to less than max local gpu count \((\d{1,4})\)")
_RE_WORLD_GPUS = re.compile(r"world_size \((\d{1,4})\) is less than than max local gpu count \((\d{1,4})\)")
_RE_HF_REPO = re.compile(r"huggingface\.co/(?!api/)([\w.-]{1,96}/[\w.-]{1,96})")
_RE_ACCESS_MODEL = re.compile(r"access to model ([\w.-]{1,96}/[\w.-]{1,96})")
_RE_ARCH = re.compile(r"architectures? \[?'([\w.-]{1,80})'")
_RE_MODEL_TYPE = re.compile(r"model type `([\w.-]{1,60})`")
_RE_DRIVER_FOUND = re.compile(r"too old \(found version (\d{4,6})\)")
_RE_CUDA_REQ = re.compile(r"cuda>=(\d{1,2}\.\d{1,2})")
_RE_FILE_MB = re.compile(r"expected file size is: " + _F + r" ?mb")
_RE_FREE_MB = re.compile(r"only has " + _F + r" ?mb free")
_RE_PROBE_URL = re.compile(r"https?://[\w.-]{1,100}:(\d{2,5})(/[\w./-]{0,80})?")
_RE_STATUS_CODE = re.compile(r"statuscode: (\d{3})")
_RE_PACKAGE = re.compile(
    r"(?:no matching distribution found for |failed building wheel for |failed to build `|satisfies the "
    r"requirement |no module named |unable to locate package )'?([\w.\[\]=<>!~-]{1,80})"
)
_RE_UNRECOGNIZED = re.compile(r"unrecognized arguments: ([^\n]{1,200})")
_RE_INVALID_CHOICE = re.compile(
    r"argument (--[\w-]{1,60}): invalid choice: '([^']{0,60})' \(choose from ([^)]{1,300})\)"
)
_RE_BAD_ARG = re.compile(r"argument (--[\w-]{1,60})")
_RE_UNEXPECTED = re.compile(r"(?:unexpected argument|found argument) '(--?[\w-]{1,60})'")
_RE_SIMILAR = re.compile(r"similar argument exists: '(--?[\w-]{1,60})'")
_RE_DERIVED = re.compile(r"derived max_model_len \((?:max_position_embeddings|[\w]{0,40})=" + _F)
_RE_USER_LEN = re.compile(r"user-specified max_model_len \(" + _N + r"\)")
_RE_BATCHED = re.compile(
    r"max_num_batched_tokens \(" + _N + r"\) is smaller than max_model_len \(" + _N + r"\)"
)
_RE_IMAGE = re.compile(
    r"(?:pull image|pulling image|manifest for|pull access denied for|reference) \"?([\w./:@-]{1,200})"
)
_RE_ANON_RSS = re.compile(r"anon-rss:(\d{1,12})kb")
# systemd's accounting when it stops a unit: "Consumed 32.964s CPU time, 123.9G memory peak."
_RE_MEMORY_PEAK = re.compile(r"(\d{1,6}(?:\.\d{1,3})?)([kmgt]) memory peak")
# llama.cpp's context and the KV buffer it could not allocate ("n_ctx      = 1048576", "failed to allocate
# buffer of size 137438953504").
_RE_N_CTX = re.compile(r"n_ctx +=  ?(\d{3,9})")
_N_CTX_KEY = b"n_ctx "
_RE_BUFFER_BYTES = re.compile(r"failed to allocate buffer of size (\d{4,15})")
# A capability minimum in the check's own words: Triton's "only supported on compute capability >= 90", torch's
# "not supported on CUDA arch < 89"; x10 or with a dot.
_RE_CAP_AT_LEAST = re.compile(r"(?:compute capability >= ?|cuda arch < ?)(\d{1,2}(?:\.\d)?)\b")
_RE_SM = re.compile(r"\bsm_?(\d{2,3})\b")
_RE_NO_MODULE = re.compile(r"no module named '([\w.]{1,80})'")
_RE_CMD_NOT_FOUND = re.compile(r"([\w.-]{1,60}): (?:command )?not found")

# Smallest compute capability (x10) of the GPU families dstack offers, so a fix can name families that work.
_FAMILIES = (
    (75, "T4"),
    (80, "A100"),
    (86, "A10G"),
    (86, "A6000"),
    (89, "L4"),
    (89, "L40S"),
    (90, "H100"),
    (90, "H200"),
    (100, "B200"),
)


def _families(min_cap: int) -> str:
    return ", ".join(name for cap, name in _FAMILIES if cap >= min_cap)


def _fmt_cap(cap: int) -> str:
    return f"{cap // 10}.{cap % 10}"


def _divisors_up_to(n: int, limit: int = 8) -> list[int]:
    return [d for d in range(1, min(n, limit) + 1) if n % d == 0]


# Where the engine was when memory ran out, read from the last of these before the OOM: while loading weights
# the model does not fit; once they are in, what overflows is memory outside the engine's reserved pool (CUDA
# graphs, the sampler's warm-up, activations), so the pool must shrink rather than grow.
_LOAD_MARKERS = (
    b"starting to load model",
    b"load weight begin",
    b"loading safetensors checkpoint shards",
    b"loading checkpoint shards",
    b"create_weights",
    b"load_weights",
    b"weight_loader",
    b"weight_utils",
    b"/weights.py",
)
_RUNTIME_MARKERS = (
    b"model loading took",
    b"load weight end",
    b"capture cuda graph",
    b"capturing cuda graph",
    b"capturing cudagraph",
    b"capturing batches",
    b"cuda_graph_runner",
    b"capture_model",
    b"warming up sampler",
    b"warming up pooler",
    b"_dummy_sampler_run",
    b"memory pool end",
    b"warming up model",
    b"application startup complete",
)
# vLLM's profiling pass runs one batch of `max_num_batched_tokens` before any KV cache exists: the memory
# fraction does not bound it, the batch size does.
_PROFILE_MARKERS = (b"profile_run", b"determine_num_available_blocks", b"determine_available_memory")
_PHASE_LOOKBACK = 256_000
_PHASE_MARKERS = (("load", _LOAD_MARKERS), ("profile", _PROFILE_MARKERS), ("runtime", _RUNTIME_MARKERS))
_RE_DUMMY_REQUESTS = re.compile(r"warming up (?:sampler|pooler)[^\n]{0,40}? with " + _N + r" dummy requests")
_RE_GPU_UTIL = re.compile(r"gpu_memory_utilization['\"]?(?:=|: ?| \()" + _F)


def _logged_value(c: _Context, key: bytes, pattern: re.Pattern[str]) -> float | None:
    """The value last logged for a setting (an args dump, a profiling line) anywhere in the log."""
    folded, end = c.scan.folded, len(c.scan.folded)
    for _ in range(4):
        pos = folded.rfind(key, 0, end)
        if pos < 0:
            return None
        m = pattern.match(c.scan.raw_lower(pos, 80))
        if m:
            return float(m.group(1))
        end = pos
    return None


def _oom_phase(c: _Context) -> tuple[str, bytes] | None:
    """`load`, `profile` or `runtime` and the words that say so: the OOM message's, else the last marker."""
    for words in ("capture cuda graph failed", "warming up sampler", "warming up pooler"):
        if c.has(words):
            return "runtime", words.encode()
    low = c.scan.folded
    if not c.starts:
        return None
    end = c.scan.offset(c.starts[0] + 1) if c.starts[0] + 1 < c.scan.size else len(low)
    # The failing phase logs its marker shortly before the OOM; a bounded look keeps a 20 MB log cheap.
    begin = max(0, end - _PHASE_LOOKBACK)
    pos, marker, phase = max(
        (low.rfind(m, begin, end), m, phase) for phase, markers in _PHASE_MARKERS for m in markers
    )
    return (phase, marker) if pos >= 0 else None


def _bigger_gpu(f: _Flags, size: str = "", verb: str = "use") -> str:
    return (
        f"{verb} a GPU with more memory{size}, shard the model over more GPUs with {_with(f.tp, 2)} and "
        "`resources.gpu` count 2, or a quantized checkpoint"
    )


def _explain_runtime_oom(c: _Context, marker: bytes, engine: str | None) -> tuple[str, str, bool]:
    t = c.low
    f = c.flags()
    if b"warming up" in marker or b"sampler" in marker:
        what = next((w for w in ("sampler", "pooler") if w.encode() in marker), "model")
        where = f"warming up the {what}"
    elif b"graph" in marker or b"captur" in marker:
        where = "capturing CUDA graphs"
    else:
        where = "after loading the weights"
    if engine == "sglang":
        current = _logged_value(c, b"mem_fraction_static", _RE_MEM_FRACTION)
        target = f"{max(0.5, round(current - 0.1, 2)):.2f}" if current else "0.8 or 0.7"
        if where == "capturing CUDA graphs":
            also = "`--cuda-graph-max-bs` (e.g. 16), or add `--disable-cuda-graph`"
        else:
            also = "`--max-running-requests` or `--chunked-prefill-size` (e.g. 4096)"
        fix = (
            f"Lower `--mem-fraction-static` (e.g. {target}) so memory outside the KV pool fits, and {also}; "
            "raising the fraction makes it worse."
        )
    elif engine == "tgi":
        fix = (
            "Lower `--max-batch-prefill-tokens` and `--max-total-tokens`, or `--cuda-memory-fraction` (e.g. "
            "0.9) to leave headroom."
        )
    else:
        current = _logged_value(c, b"gpu_memory_utilization", _RE_GPU_UTIL) if engine == "vllm" else None
        util = f"{max(0.5, round(current - 0.05, 2)):.2f}" if current else "0.85"
        seqs = _int(_RE_DUMMY_REQUESTS, t)
        batch = _with(f.batch, max(seqs // 2, 1)) if seqs and engine == "vllm" else f.batch
        eager = ", or add `--enforce-eager` to skip CUDA graphs" if engine == "vllm" else ""
        fix = (
            f"Lower {f.memory} (e.g. {util}) and {batch} to leave room outside the KV cache{eager}; raising "
            f"{f.memory} makes this worse."
        )
    return (f"The GPU ran out of memory {where}: the weights fit but the rest did not.", fix, False)


def _explain_gpu_oom(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    if (tokens := _int(_RE_PREFILL, t)) is not None:
        if tokens <= 512:
            # A batch this small not fitting means the weights leave almost nothing: smaller batches won't do.
            return (
                f"The GPU ran out of memory warming up only {tokens} prefill tokens: the weights barely fit.",
                (
                    f"{_bigger_gpu(c.flags('tgi'), verb='Use')}; a `--max-batch-prefill-tokens` below "
                    f"{tokens} leaves too small a batch to serve."
                ),
                False,
            )
        lower = tokens // 2
        return (
            f"The GPU ran out of memory warming up a batch of {tokens} prefill tokens.",
            (
                f"Lower `--max-batch-prefill-tokens` below {tokens} (e.g. `--max-batch-prefill-tokens "
                f"{lower}`, and `--max-total-tokens` with it), or use a GPU with more memory."
            ),
            False,
        )
    m = _RE_FREE_ON_DEVICE.search(t)
    if m:
        free, total = float(m.group(1)), float(m.group(2))
        share = math.floor((free / total - 0.02) * 100) / 100 if total else 0.0
        if share >= 0.3:
            fix = (
                f"Set `--gpu-memory-utilization {share:.2f}` (only {free:g} of {total:g} GiB is free), or "
                "run on a GPU that no other process uses."
            )
        else:
            fix = f"Only {free:g} of {total:g} GiB is free: run on a GPU that no other process uses."
        return ("Another process holds GPU memory, so the engine cannot reserve its share.", fix, False)
    # SGLang's static pool holds the weights and the KV cache: too small a fraction leaves no KV cache.
    if c.has("increase --mem-fraction-static"):
        current = _float(_RE_MEM_FRACTION, t)
        target = min(0.95, round((current or 0.85) + 0.05, 2))
        return (
            "SGLang has no GPU memory left for the KV cache after loading the weights.",
            (
                f"Raise `--mem-fraction-static` to {target:.2f} if nothing else uses the GPU; otherwise "
                f"{_bigger_gpu(c.flags('sglang'))}."
            ),
            False,
        )
    if c.has("cache blocks"):
        f = c.flags("vllm")
        return (
            "The weights fill the GPU: no memory is left for the KV cache.",
            (f"Raise {f.memory} (e.g. 0.95) if nothing else uses the GPU; otherwise {_bigger_gpu(f)}."),
            False,
        )
    engine = c.engine()
    f = c.flags()
    phase, marker = _oom_phase(c) or (None, b"")
    if phase == "runtime":
        return _explain_runtime_oom(c, marker, engine)
    total = _float(_RE_TOTAL_CAPACITY, t)
    size = f" than {total:g} GiB" if total else ""
    summary = f"CUDA ran out of GPU memory{' (' + format(total, 'g') + ' GiB per GPU)' if total else ''}"
    if phase == "load":
        return (
            f"{summary} while loading the weights: the model does not fit.",
            f"{_bigger_gpu(f, size, 'Use')}.",
            False,
        )
    if phase == "profile" and engine in ("vllm", None):
        return (
            f"{summary} profiling a full batch after loading the weights.",
            (
                "Lower `--max-num-batched-tokens` or `--max-model-len` (the profiling batch), or "
                f"{_bigger_gpu(c.flags('vllm'), size)}."
            ),
            False,
        )
    if engine == "sglang":
        knob = "lower `--mem-fraction-static` (e.g. 0.8) or `--max-running-requests`"
    elif engine == "tgi":
        knob = "lower `--max-batch-prefill-tokens` and `--max-total-tokens`, or `--cuda-memory-fraction 0.9`"
    elif engine == "vllm":
        knob = "lower `--gpu-memory-utilization` or `--max-num-seqs`, or add `--enforce-eager`"
    else:
        knob = f"lower {f.memory} and {f.batch}"
    return (f"{summary}.", f"{_bigger_gpu(f, size, 'Use')}; if the weights fit, {knob}.", False)


def _explain_kv(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    f = c.flags("vllm")
    max_len = _int(_RE_MAX_SEQ, t)
    wanted = f" of {max_len}" if max_len else ""
    if (fits := _int(_RE_ESTIMATED, t)) is not None or (fits := _int(_RE_KV_TOKENS, t)) is not None:
        return (
            f"The KV cache holds only {fits} tokens, less than the max model length{wanted}.",
            (
                f"Set {_with(f.context, fits)} (the largest that fits), or raise {f.memory} (e.g. 0.95) or "
                f"add GPUs with {f.tp} to keep the longer context."
            ),
            False,
        )
    needed, available = _float(_RE_KV_NEEDED, t), _float(_RE_KV_AVAILABLE, t)
    if max_len and needed and available is not None and available > 0:
        fits = int(max_len * available / needed) // 16 * 16
        return (
            (
                f"The max model length of {max_len} needs {needed:g} GiB of KV cache but only {available:g} "
                "GiB is available."
            ),
            (
                f"Set {_with(f.context, fits)} (about the largest that fits), or raise {f.memory} (e.g. "
                f"0.95) to keep {max_len}."
            ),
            False,
        )
    if (total := _int(_RE_TGI_TOTAL, t)) is not None:
        return (
            f"The KV cache left after warm-up cannot hold one request of {total} tokens (`--max-total-tokens`).",
            (
                f"Lower `--max-total-tokens` (and `--max-input-tokens`) below {total}, or shard over more GPUs "
                "with `--num-shard`, or use a GPU with more memory."
            ),
            False,
        )
    if c.has("out of memory. try to lower your batch size"):
        # SGLang's scheduler when its KV token pool cannot take the batch it admitted.
        return (
            "SGLang's KV cache token pool could not hold the batch it scheduled.",
            (
                "Lower `--max-running-requests` and `--chunked-prefill-size`, or raise `--mem-fraction-static` "
                "(e.g. 0.9) for a larger pool."
            ),
            False,
        )
    # llama.cpp logs its context a few lines above the allocation that fails.
    n_ctx = _logged_value(c, _N_CTX_KEY, _RE_N_CTX) if c.has("llama_kv_cache_init") else None
    if n_ctx:
        n_ctx = int(n_ctx)
        size = _logged_value(c, b"failed to allocate buffer of size", _RE_BUFFER_BYTES)
        needs = f" ({size / 2**30:.1f} GiB)" if size else ""
        return (
            f"llama.cpp could not allocate the KV cache for a context of {n_ctx} tokens{needs}.",
            (
                f"Lower the context below {n_ctx} (llama.cpp `-c`/`--ctx-size`, Ollama `num_ctx`), quantize the "
                "KV cache (`--cache-type-k q8_0 --cache-type-v q8_0`), or give the server more memory."
            ),
            False,
        )
    f = c.flags()
    if c.engine() == "tgi":
        # TGI sizes its KV cache from the memory left after warm-up; only the token limits shrink the need.
        grow = "lower `--max-total-tokens` and `--max-input-tokens` (or `--max-batch-prefill-tokens`)"
    else:
        grow = f"raise {f.memory} (e.g. 0.95) and lower {f.context}"
    return (
        "No GPU memory is left for the KV cache after loading the weights.",
        f"{grow[0].upper()}{grow[1:]}, or use a GPU with more memory or shard over more GPUs with {f.tp}.",
        False,
    )


def _hf_repo(c: _Context) -> str | None:
    m = _RE_ACCESS_MODEL.search(c.text) or _RE_HF_REPO.search(c.text)
    return m.group(1).rstrip(".") if m else None


def _explain_hf_auth(c: _Context) -> tuple[str, str, bool]:
    repo = _hf_repo(c)
    name = f" {repo}" if repo else ""
    if c.has("awaiting a review"):
        return (
            f"Access to the gated model{name} is requested but not yet approved.",
            (
                "Wait for the repo authors to approve the request on huggingface.co, then redeploy with "
                "`HF_TOKEN` in `env`."
            ),
            False,
        )
    unreachable = (
        "couldn't connect",
        "localentrynotfound",
        "local cache",
        "max retries exceeded",
        "name resolution",
        "failed to resolve",
        "timed out",
        "connection refused",
        "connection reset",
        "cas service error",
        "hf_transfer",
        # Go's network errors, as Ollama's registry client wraps them.
        "i/o timeout",
        "no such host",
        "server misbehaving",
        "tls handshake timeout",
        "max retries exceeded: ",
    )
    if c.has("digest mismatch, file must be downloaded again"):
        # Ollama's pull checking the blob it downloaded (server/images.go errDigestMismatch): a corrupted or
        # truncated transfer, deleted so that the next pull fetches it again (world199's training part).
        return (
            (
                f"The pull of{name or ' the model'} downloaded a blob whose sha256 did not match, so it was "
                "discarded."
            ),
            (
                "Resubmit to pull it again; if it repeats, check the instance's network path (a proxy, "
                "a flaky link)."
            ),
            True,
        )
    if c.has("offline mode is enabled"):
        return (
            f"HF_HUB_OFFLINE is set and{name or ' the model'} is not in the cache, so nothing was downloaded.",
            (
                "Mount the volume that holds the cached model (`HF_HOME`), or drop `HF_HUB_OFFLINE` from `env` "
                "so the model can be downloaded."
            ),
            False,
        )
    if c.has(*unreachable) and not c.has("gated", "401", "403", "restricted", "unauthorized"):
        # Ollama pulls from its own registry, not from the Hub.
        ollama = c.has(
            "pull model manifest", "registry.ollama", "source=download.go", "max retries exceeded: "
        )
        # Docker Model Runner pulls from an OCI registry (Docker Hub unless the reference names another).
        docker = c.has("reading model from registry")
        host = "Ollama's registry" if ollama else "the model's registry" if docker else "huggingface.co"
        return (
            f"The container could not reach {host} to download{name or ' the model'}.",
            (
                "Resubmit; if it repeats, check the instance's outbound network and DNS (or point "
                "`HF_ENDPOINT` at a mirror), or mount a volume with the model cached and set "
                "`HF_HUB_OFFLINE=1` in `env`."
            ),
            True,
        )
    if c.has("hfvalidationerror"):
        return (
            f"The model id{name} is not a valid Hugging Face repo id.",
            (
                "Use the exact `org/name` id from huggingface.co; a branch or revision goes in the engine's "
                "revision option (vLLM `--revision`), not in the id."
            ),
            False,
        )
    if c.has("no supported config format", "invalid repository id"):
        return (
            (
                f"The engine could not read the model's config{name}: the id is wrong, or the repo is gated "
                "or private and no token was sent."
            ),
            (
                "Check the model id (exact `org/name` on huggingface.co); if the repo is gated or private, "
                "add `HF_TOKEN` to `env` with a token that was granted access."
            ),
            False,
        )
    if c.has("429 client error", "too many requests", "failed (429)"):
        return (
            "Hugging Face rate-limited the model download.",
            (
                "Add an `HF_TOKEN` entry to `env` (authenticated downloads get a higher limit) and resubmit, or "
                "mount a volume with the model cached."
            ),
            True,
        )
    if c.has("pull model manifest"):
        return (
            f"The registry refused to serve the model{name}: it is private or gated, or the name is wrong.",
            (
                "Check the model name; for a private or gated `hf.co/` model, add the Ollama server's "
                "public key (`~/.ollama/id_ed25519.pub`) to a Hugging Face account that has access, and for "
                "a private ollama.com model run `ollama signin` on the server."
            ),
            False,
        )
    if c.has("invalid user token", "invalid token passed", "invalid credentials"):
        return (
            "Hugging Face rejected the token.",
            "Replace the `HF_TOKEN` entry in `env` with a valid read token (huggingface.co/settings/tokens).",
            False,
        )
    if c.has("revision not found for url", "client error: not found for url") and not c.has("gated"):
        return (
            f"The model hub has no model{name} at the id or revision asked for.",
            (
                "Check the model id and revision (with `VLLM_USE_MODELSCOPE` the id must exist on ModelScope); "
                "if the repo is private, add a token that can read it to `env`."
            ),
            False,
        )
    if c.has("repositorynotfound", "not a valid model identifier") and not c.has("gated"):
        return (
            f"The model repo{name} is not found: it is private, or the id is wrong.",
            (
                f"Check the model id{name}; if it is private, add `HF_TOKEN` to `env` with a token that can "
                "read it."
            ),
            False,
        )
    return (
        f"The model{name} is gated and the download was refused without an authorized token.",
        (
            "Add an `HF_TOKEN` entry to `env` (e.g. `env: [HF_TOKEN]` with the secret set) holding a token "
            f"whose account was granted access to{name or ' the model'} on huggingface.co."
        ),
        False,
    )


# llama.cpp's loader and Ollama's scheduler on a GGUF whose tokenizer, tensors or keys this build does not
# know.
_NEWER_GGUF = (
    "pre-tokenizer",
    "wrong number of tensors",
    "missing tensor",
    "has wrong shape",
    "key not found in model",
    "compatible with your version of ollama",
    "not supported by your version of ollama",
    "unsupported model format",
)


def _explain_model(c: _Context) -> tuple[str, str, bool]:
    t = c.text
    if c.has("trust_remote_code", "custom code", "execute the configuration file"):
        return (
            "The model ships custom code that the engine refuses to run by default.",
            "Add `--trust-remote-code` to the engine command.",
            False,
        )
    if c.has("(magic, version) combination", "invalid magic"):
        return (
            "The model file is not in a format this engine version reads (GGML against GGUF).",
            (
                "Use a GGUF file with a current llama.cpp/Ollama image, or an image old enough for the GGML "
                "file; check that the whole file was downloaded."
            ),
            False,
        )
    if c.has("no supported config format found in"):
        # Read as model_unsupported only for a repo named for its GGUF files (wordings.py); other ids are hf_auth.
        return (
            "The repo holds GGUF files, which vLLM does not load from a repo id.",
            (
                "Serve the GGUF with llama.cpp or Ollama, or pass one downloaded `.gguf` file's local path as "
                "`--model` with `--tokenizer` set to the original model's repo, or serve the original repo instead."
            ),
            False,
        )
    if c.has(*_NEWER_GGUF):
        return (
            "The model file was converted for a newer llama.cpp than the one in this image.",
            (
                "Use a newer llama.cpp or Ollama image, or a GGUF converted for the version in this one; "
                "check that the whole file was downloaded."
            ),
            False,
        )
    m = _RE_ARCH.search(t) or _RE_MODEL_TYPE.search(t)
    what = f" {m.group(1)}" if m else ""
    if c.has("in-tree anymore", "is not supported anymore"):
        return (
            f"This engine version dropped the architecture{what}.",
            "Use an older engine image that still supports it, or the plugin named in the log.",
            False,
        )
    return (
        f"The engine or its transformers version does not support the model architecture{what}.",
        (
            "Use a newer engine image (e.g. `vllm/vllm-openai:latest`, `lmsysorg/sglang:latest`) or one "
            "whose transformers knows this model, or pick an engine that lists it as supported."
        ),
        False,
    )


def _explain_dtype(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    f = c.flags("vllm")
    cap = _RE_CAPABILITY.search(t)
    gpu = _RE_GPU_NAME.search(c.text.lower())
    on = f" on {c.text[gpu.start(1) : gpu.end(1)]}" if gpu else ""
    cc = f" (compute capability {cap.group(1)})" if cap else ""
    if c.has("does not support float16"):
        return (
            "The model is numerically unstable in float16.",
            (
                f"Set `--dtype bfloat16` on a GPU with compute capability ≥ 8.0 ({_families(80)})"
                + ("." if c.engine() == "tgi" else ", or `--dtype float32`.")
            ),
            False,
        )
    if c.has(
        "flashattention only supports ampere",
        "fa2 is only supported",
        "fa3 is only supported",
        "gpu with cuda capability",
    ):
        return (
            f"FlashAttention needs an Ampere or newer GPU{on}{cc}.",
            (
                f"Use a GPU with compute capability ≥ 8.0 ({_families(80)}) via `resources.gpu`, or "
                + (
                    "`--attention-backend triton`."
                    if c.engine() == "sglang"
                    else "select a non-flash attention backend."
                )
            ),
            False,
        )
    if c.has("for quantization method"):
        return (
            "This quantization method only runs in float16.",
            f"Set {f.dtype_half}.",
            False,
        )
    has = f"this GPU has {cap.group(1)}" if cap else "this GPU is older"
    return (
        f"bfloat16 is not supported{on}{cc}: it needs compute capability 8.0.",
        (
            f"Set {f.dtype_half} (bf16 needs compute capability 8.0, {has}), or use a GPU with "
            f"compute capability ≥ 8.0 ({_families(80)})."
        ),
        False,
    )


def _explain_quant(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    flag = c.flags("vllm").quantization
    method_m = _RE_QUANT_METHOD.search(t)
    method = method_m.group(1) if method_m else "this"
    if c.has("unknown quantization method"):
        return (
            "The engine does not know the requested quantization method.",
            (f"Drop {flag} (the checkpoint's config selects it) or use a method this engine version lists."),
            False,
        )
    if c.has("does not match the quantization method specified"):
        return (
            f"{flag} contradicts the checkpoint's own quantization.",
            f"Drop {flag} so the method in the checkpoint's config is used.",
            False,
        )
    min_cap, cur_cap = _int(_RE_MIN_CAP, t), _int(_RE_CUR_CAP, t)
    if min_cap:
        current = f" (this GPU has {_fmt_cap(cur_cap)})" if cur_cap else ""
        return (
            f"The {method} quantization kernels need compute capability {_fmt_cap(min_cap)}{current}.",
            (
                f"Use a GPU with compute capability ≥ {_fmt_cap(min_cap)} ({_families(min_cap)}) via "
                "`resources.gpu`, or a checkpoint with another quantization (or none)."
            ),
            False,
        )
    if c.has("gemm is not implemented for blackwell", "only fp8 gemm is implemented for blackwell"):
        # vLLM's CUTLASS scaled-mm for SM100/SM120 refuses block-scaled FP8 and INT8 weights: the GPU is new
        # enough, the kernel for that scheme on it is missing (later vLLM releases added block-scaled FP8).
        return (
            "This engine has no Blackwell kernel for the checkpoint's quantization scheme.",
            (
                "Use a newer engine image whose kernels cover this scheme on Blackwell, a checkpoint with "
                "per-tensor or per-channel FP8 scales, or a Hopper GPU (H100, H200) via `resources.gpu`."
            ),
            False,
        )
    fp8 = c.has("fp8", "f8e4", "f8e5", "rowwise scaling")
    # The scheme may be named a line above the one that failed (vLLM's "NvFp4 MoE backend ... does not support
    # the" wraps onto "deployment configuration since kernel does not support current device").
    fp4 = c.has("nvfp4", "mxfp4", "fp4") or any(k in c.scan.distinct() for k in (b"nvfp0", b"mxfp0"))
    scheme = "FP4" if fp4 else "FP8" if fp8 else "quantization"
    device = _RE_SM.search(t)
    current = f" (this GPU is sm_{device.group(1)})" if device else ""
    if (at_least := _RE_CAP_AT_LEAST.search(t)) is not None:
        digits = at_least.group(1)
        need = int(float(digits) * 10) if "." in digits else int(digits) * (10 if len(digits) == 1 else 1)
        return (
            f"The {scheme} kernels need compute capability {_fmt_cap(need)}{current}.",
            (
                f"Use a GPU with compute capability ≥ {_fmt_cap(need)} ({_families(need)}) via `resources.gpu`, "
                f"or a checkpoint with another quantization (or none)."
            ),
            False,
        )
    if scheme == "FP4":
        # NVFP4 and MXFP4 run natively on data-center Blackwell; other GPUs need a build of the kernels for them.
        return (
            f"The FP4 kernels this engine picked do not support this GPU{current}.",
            (
                f"Use a GPU with compute capability ≥ 10.0 ({_families(100)}) via `resources.gpu`, a newer engine "
                "image whose FP4 kernels cover this GPU, or a checkpoint with another quantization."
            ),
            False,
        )
    if fp8:
        return (
            f"FP8 kernels are not available on this GPU{current}.",
            f"Use a GPU with compute capability ≥ 8.9 ({_families(89)}), or a non-FP8 checkpoint.",
            False,
        )
    return (
        "The quantization kernels are not available on this GPU.",
        f"Use a newer GPU ({_families(80)}) or a checkpoint with another quantization (or none).",
        False,
    )


def _explain_tp(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    f = c.flags("vllm")
    m = _RE_HEADS.search(t)
    if m:
        heads, size = int(m.group(1)), int(m.group(2))
        valid = _divisors_up_to(heads)
        return (
            f"Tensor parallel size {size} does not divide the model's {heads} attention heads.",
            (
                f"Set {f.tp} to one of {', '.join(map(str, valid))} (divisors of {heads}) and request that "
                "many GPUs in `resources.gpu`."
            ),
            False,
        )
    m = _RE_LAYERS.search(t)
    if m:
        layers, size = int(m.group(1)), int(m.group(2))
        valid = _divisors_up_to(layers)
        return (
            f"Pipeline parallel size {size} does not divide the model's {layers} layers.",
            f"Set {f.pp or 'the pipeline-parallel size'} to one of {', '.join(map(str, valid))}.",
            False,
        )
    m = _RE_TP_GPUS.search(t) or _RE_WORLD_GPUS.search(t)
    if m:
        size, gpus = int(m.group(1)), int(m.group(2))
        return (
            f"The engine wants {size} GPUs but only {gpus} are visible.",
            f"Request {size} GPUs (`resources.gpu` count {size}), or set {_with(f.tp, gpus)}.",
            False,
        )
    if c.has("quantized weight shape", "size_k must divisible by block_size_k"):
        return (
            "The quantized weights cannot be split this many ways.",
            f"Lower {f.tp} (e.g. halve it) and request that many GPUs.",
            False,
        )
    return (
        "The tensor parallel size does not fit the model or the GPUs present.",
        (
            f"Set {c.flags().tp} to the GPU count in `resources.gpu`, using a divisor of the model's "
            "attention heads (1, 2, 4 or 8)."
        ),
        False,
    )


# Words of a host driver older than the image's CUDA; the PTX ones are the CUDA driver's own error names.
_DRIVER_TOO_OLD = (
    "driver version is insufficient",
    "not supported in the installed cuda driver",
    "forward compatibility",
    "version mismatch",
    "unsupported_ptx",
    "unsupported toolchain",
)


def _explain_gpu_unavailable(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    if c.has("failed to initialize nvml: unknown error"):
        # NVIDIA's notice for containers that lose their GPUs when systemd reloads the host's units
        # (https://github.com/NVIDIA/nvidia-container-toolkit/issues/48): a new container gets them back.
        return (
            "The container lost access to its GPUs (NVML: Unknown Error), as a host's systemd reload detaches them.",
            "Resubmit the run: a new container regains the GPUs; no configuration change is needed.",
            True,
        )
    if c.has("driver/library version mismatch"):
        # NVML's words when the host's kernel module and user-space driver differ: a driver upgraded without a
        # reboot. The host is broken for every image; another instance is not.
        return (
            "The host's NVIDIA kernel module and driver library differ (NVML: Driver/library version mismatch).",
            "Resubmit to get another instance, or reboot the host after its driver update; no image change helps.",
            True,
        )
    if c.has("system not yet initialized"):
        # CUDA error 802 on machines whose GPUs talk through NVSwitch: the Fabric Manager service is not running
        # or does not match the driver, and the instance is broken for every image.
        return (
            (
                "The GPUs cannot start CUDA work (error 802: system not yet initialized): the host's NVIDIA "
                "Fabric Manager is not running."
            ),
            (
                "Resubmit to get another instance, or start `nvidia-fabricmanager` (same version as the "
                "driver) on the host."
            ),
            True,
        )
    if c.has("uncorrectable ecc", "fallen off the bus", "unable to determine the device handle"):
        return (
            "A GPU of the instance failed in hardware (uncorrectable ECC error or fallen off the bus).",
            "Resubmit to get another instance; the GPU needs a reset or replacement, no configuration change helps.",
            True,
        )
    if c.has("busy or unavailable"):
        return (
            "The GPU is held by another process or set to exclusive compute mode.",
            (
                "Free the GPU (stop the other process, or set compute mode to Default with `nvidia-smi -c "
                "0`), or resubmit to get another instance."
            ),
            True,
        )
    found = _int(_RE_DRIVER_FOUND, t)
    need = _RE_CUDA_REQ.search(t)
    if found or need or c.has(*_DRIVER_TOO_OLD):
        drv = f"CUDA {found // 1000}.{found % 1000 // 10}" if found else "an older CUDA"
        req = f"CUDA {need.group(1)}" if need else "a newer CUDA"
        return (
            f"The image needs {req} but the host's NVIDIA driver only supports {drv}.",
            f"Use an image tag built for {drv} or older, or a backend/instance whose driver supports {req}.",
            False,
        )
    if c.has("no kernel image is available", "device kernel image is invalid"):
        return (
            "The engine's CUDA kernels were not built for this GPU architecture.",
            f"Use an image built for this GPU, or a GPU the image supports (e.g. {_families(80)}).",
            False,
        )
    return (
        "No GPU is visible inside the container.",
        (
            "Request a GPU in `resources.gpu` (Kubernetes: an `nvidia.com/gpu` limit) and run on a GPU "
            "instance with the NVIDIA runtime."
        ),
        False,
    )


def _explain_disk(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    if c.has("ephemeral"):
        return (
            "The pod ran out of ephemeral storage while downloading or loading.",
            (
                "Raise the container's `ephemeral-storage` request and limit, or mount a volume for the "
                "model cache (`HF_HOME`)."
            ),
            False,
        )
    size_mb, free_mb = _float(_RE_FILE_MB, t), _float(_RE_FREE_MB, t)
    if size_mb:
        free = f" with {free_mb / 1000:.1f} GB free" if free_mb is not None else ""
        need = math.ceil(size_mb / 1000)
        return (
            f"The disk is too small for a {need} GB model file{free}.",
            (
                f"Raise `resources.disk` well beyond the {need} GB file so the whole model and the image fit "
                f"(e.g. `disk: {max(100, (need * 3 // 50 + 1) * 50)}GB..`)."
            ),
            False,
        )
    return (
        "The disk filled up (no space left on device).",
        (
            "Raise `resources.disk` (e.g. `disk: 200GB..`, at least twice the model's size plus the image), "
            "or mount a volume for the model cache."
        ),
        False,
    )


def _explain_health(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    if c.has("address already in use", "couldn't bind"):
        return (
            "The engine could not bind its port: another process already listens on it.",
            "Pick a free `--port` for the engine and set the service `port` to the same value.",
            False,
        )
    if c.has("timed out waiting for llama"):
        return (
            "Ollama gave up waiting for the model to load.",
            (
                "Raise `OLLAMA_LOAD_TIMEOUT` in `env` (default 5m, e.g. `OLLAMA_LOAD_TIMEOUT=15m`), or load the "
                "model from faster storage or use a smaller one."
            ),
            False,
        )
    if c.reason == "ports_binding_failed" or c.has("ports binding failed"):
        return (
            "The runner could not bind the service ports on the instance.",
            "Change the service `port` (or free the host port) and resubmit.",
            False,
        )
    url = _RE_PROBE_URL.search(t)
    where = (
        (f" on port {url.group(1)}" + (f", path {url.group(2)}" if (url.group(2) or "/") != "/" else ""))
        if url
        else ""
    )
    code = _int(_RE_STATUS_CODE, t)
    if code == 404:
        return (
            f"The health probe gets 404{where}: the path is not served.",
            "Point the probe at `/health` (served by vLLM, SGLang and TGI).",
            False,
        )
    # Without the probed URL the port is the service's, whatever its number.
    port = url.group(1) if url else None
    flags = c.flags().host.format(port=port or "PORT")
    listen = f"port {port} ({flags}, same as the service `port`)" if port else f"the service `port` ({flags})"
    return (
        f"The service never answered its health check{where}.",
        (
            f"Make the engine listen on 0.0.0.0 and {listen}, and allow for model loading: raise the startup "
            "probe's `failureThreshold`/`initialDelaySeconds` (dstack: the probe's timeout)."
        ),
        False,
    )


def _explain_nccl(c: _Context) -> tuple[str, str, bool]:
    if c.has("shm", "shared memory", "bus error", "</torch_", "with signal 7"):
        return (
            "Shared memory (/dev/shm) is too small for multi-GPU communication.",
            (
                "Set `resources.shm_size: 16GB` (Kubernetes: an `emptyDir` with `medium: Memory` mounted at "
                "/dev/shm)."
            ),
            False,
        )
    if c.has("failed to listen on any local network address"):
        return (
            "torch.distributed could not open its rendezvous port: another process already listens on it.",
            (
                "Set `MASTER_PORT` in `env` to a free port (or stop the process holding it, often a previous "
                "run's engine)."
            ),
            False,
        )
    if c.has("waiting for clients", "while trying to connect to"):
        return (
            (
                "The ranks never met at torch.distributed's rendezvous: a rank did not start, or cannot "
                "reach the first node's address and port."
            ),
            (
                "Check that every node started and that `MASTER_ADDR`/`MASTER_PORT` (the first node's address) "
                "are reachable from the others; read the other ranks' logs for the one that failed first."
            ),
            False,
        )
    return (
        "NCCL failed between the GPUs.",
        (
            "Set `resources.shm_size: 16GB`; if it persists, add `NCCL_P2P_DISABLE=1` to `env`"
            f"{c.flags().all_reduce}, or use fewer GPUs."
        ),
        False,
    )


def _explain_dependency(c: _Context) -> tuple[str, str, bool]:
    m = _RE_PACKAGE.search(c.low)
    pkg = f" {m.group(1).strip('`')}" if m else ""
    if c.has(
        "nvcc fatal", "cuda_home environment variable", "mismatches the version that was used to compile"
    ):
        return (
            (
                "Compiling CUDA code failed: the image's CUDA toolkit is missing, or too old for the GPU or for "
                "the PyTorch it builds against."
            ),
            (
                f"Install a prebuilt wheel of{pkg or ' the package'} for this CUDA and PyTorch, or use an image "
                "whose CUDA toolkit matches both (a `-devel` tag, or the engine's official image)."
            ),
            False,
        )
    if c.has("version `glibc", "version `glibcxx", "version `cxxabi"):
        return (
            "A binary or extension in the image was built against a newer C/C++ runtime than the image has.",
            (
                "Use an image on a newer base distribution (e.g. the engine's official image), or a build of "
                "the binary for this image's glibc/libstdc++."
            ),
            False,
        )
    return (
        f"Installing{pkg or ' a dependency'} failed inside the container.",
        (
            f"Pin{pkg or ' the package'} to a version published for this Python/CUDA, or use an image that "
            "already ships it (e.g. the engine's official image) instead of installing in `commands`."
        ),
        False,
    )


def _explain_args(c: _Context) -> tuple[str, str, bool]:
    t = c.low
    m = _RE_BATCHED.search(t)
    if m:
        batched, max_len = m.group(1).replace(",", ""), m.group(2).replace(",", "")
        return (
            f"`--max-num-batched-tokens` {batched} is below `--max-model-len` {max_len}.",
            (
                f"Set `--max-num-batched-tokens {max_len}` (or enable chunked prefill), or `--max-model-len "
                f"{batched}`."
            ),
            False,
        )
    derived = _float(_RE_DERIVED, t)
    if derived is not None or c.has("derived max_model_len"):
        limit = f" {int(derived)}" if derived is not None else " the model's limit"
        asked = _int(_RE_USER_LEN, t)
        return (
            (
                f"The max model length{f' {asked}' if asked else ''} exceeds the model's context of{limit} "
                "tokens."
            ),
            f"Set {c.flags('vllm').context}{limit} or lower.",
            False,
        )
    m = _RE_INVALID_CHOICE.search(c.text)
    if m:
        return (
            f"`{m.group(1)} {m.group(2)}` is not an accepted value.",
            f"Use one of {m.group(3)} for `{m.group(1)}`.",
            False,
        )
    m = _RE_UNRECOGNIZED.search(c.text)
    if m:
        flags = m.group(1).strip()
        return (
            f"This engine version does not accept {flags}.",
            f"Remove or rename {flags} (check the engine's `--help` for this image's version).",
            False,
        )
    m = _RE_UNEXPECTED.search(c.text)
    if m:
        similar = _RE_SIMILAR.search(c.text)
        rename = (
            f" Rename it to `{similar.group(1)}`." if similar else " Remove it or use this version's name."
        )
        return (f"The engine does not accept `{m.group(1)}`.", f"Drop `{m.group(1)}`.{rename}", False)
    m = _RE_BAD_ARG.search(c.text)
    flag = f" `{m.group(1)}`" if m else ""
    line = c.scan.line_at(c.starts[0])[0] if c.starts else ""
    return (
        f"The engine rejected its arguments{flag}: {line[:160]}".rstrip(": "),
        (
            f"Fix{flag or ' the engine flags'} in `commands` as the message says (check `--help` for this "
            "version)."
        ),
        False,
    )


def _explain_image(c: _Context) -> tuple[str, str, bool]:
    m = _RE_IMAGE.search(c.text)
    image = f" {m.group(1).rstrip(':.')}" if m else ""
    if c.has("toomanyrequests", "rate limit"):
        return (
            "The registry rate-limited the image pull.",
            "Retry later, or add `registry_auth` so pulls are authenticated.",
            True,
        )
    transient = (
        "i/o timeout",
        "tls handshake timeout",
        "connection reset",
        "unexpected eof",
        "context deadline exceeded",
        "503 service unavailable",
        "502 bad gateway",
        "500 internal server error",
        "temporary failure in name resolution",
    )
    if c.has(*transient):
        return (
            f"Pulling the image{image} failed on a network error.",
            "Resubmit; if it repeats, use a registry closer to the backend or a smaller image.",
            True,
        )
    if c.has("denied", "unauthorized", "authentication required", "may require 'docker login'"):
        return (
            f"The registry refused the image{image}: it is private or does not exist.",
            f"Fix the `image` name{image}, or add `registry_auth` with credentials that can pull it.",
            False,
        )
    return (
        f"The image{image} could not be pulled.",
        (
            f"Fix `image`: check that{image or ' the name and tag'} exists in the registry (e.g. a published "
            "`vllm/vllm-openai` tag)."
        ),
        False,
    )


_RELAX = (
    "widen `resources.gpu` (a memory range like `24GB..` or several GPU names), allow more "
    "`backends`/`regions`, set `spot_policy: auto`, and raise or drop `max_price`"
)


def _explain_capacity(c: _Context) -> tuple[str, str, bool]:
    if c.reason == "no_fleets" or c.has("no matching fleet", "no fleets"):
        return (
            "No fleet matches the run, so dstack has nowhere to place it.",
            (
                "Create a fleet that can provision these resources (`dstack apply -f fleet.dstack.yml`), or "
                "set `fleets` to an existing one and relax `resources` to what it offers."
            ),
            False,
        )
    if c.has("quota"):
        return (
            "The cloud account's quota for this GPU is exhausted.",
            f"Request a higher quota, or {_RELAX}.",
            False,
        )
    if c.has("no offers", "no matching instance offers"):
        return (
            "No offer matches the requested resources.",
            f"Relax the constraints: {_RELAX}.",
            False,
        )
    if c.has("didn't match", "taint") and not c.has("insufficient"):
        return (
            "No node matches the pod's node selector, affinity or tolerations.",
            "Fix the node selector/affinity and tolerations to match the GPU nodes.",
            False,
        )
    gpus = " GPU" if c.has("nvidia.com/gpu", "amd.com/gpu") else ""
    return (
        f"No{gpus} capacity was available for the requested resources.",
        f"Retry later, or {_RELAX}.",
        True,
    )


def _explain_interrupted(c: _Context) -> tuple[str, str, bool]:
    return (
        "The instance was interrupted (spot reclaim or capacity loss).",
        (
            "Resubmit as is; to avoid interruptions use `spot_policy: on-demand`, or keep spot with `retry: "
            "{on_events: [interruption], duration: 1h}`."
        ),
        True,
    )


def _explain_unreachable(c: _Context) -> tuple[str, str, bool]:
    if c.has("connect to gcs"):
        return (
            "A Ray node could not reach the head node's GCS.",
            (
                "Check the head address the workers are given and that its GCS port (6379 by default) is open "
                "between the nodes, then resubmit."
            ),
            True,
        )
    return (
        "The instance stopped answering the dstack server.",
        "Resubmit as is; if it repeats, exclude this backend or region in `backends`/`regions`.",
        True,
    )


_HOST_MEMORY_KNOBS = {
    "vllm": ", or lower `--swap-space` and `--cpu-offload-gb`",
    "sglang": ", or lower `--cpu-offload-gb`",
}


def _explain_host_oom(c: _Context) -> tuple[str, str, bool]:
    rss = _int(_RE_ANON_RSS, c.low)
    if rss is None and (peak := _RE_MEMORY_PEAK.search(c.low)) is not None:
        rss = int(float(peak.group(1)) * 1024 ** "kmgt".index(peak.group(2)))
    if rss:
        used = math.ceil(rss / 1024 / 1024)
        target = max(used * 2, used + 16)
        return (
            f"The kernel killed the process for host memory after it used about {used} GB.",
            (
                f"Raise `resources.memory` to at least {target}GB (e.g. `memory: {target}GB..`; Kubernetes: "
                "the container memory limit)."
            ),
            False,
        )
    # An allocation the runtime refused (torch's CPU allocator, MemoryError, ENOMEM), not the kernel's kill.
    refused = c.has("defaultcpuallocator", "memoryerror", "cannot allocate memory")
    return (
        "The process could not allocate host memory."
        if refused
        else "The container was killed for host memory (SIGKILL, exit 137).",
        (
            "Raise `resources.memory` (e.g. `memory: 64GB..`, at least about the model's size; Kubernetes: "
            f"the container memory limit){_HOST_MEMORY_KNOBS.get(c.engine() or '', '')}."
        ),
        False,
    )


def _last_error_line(c: _Context) -> str | None:
    for start in reversed(c.starts):
        line = c.scan.line_at(start)[0]
        if ":" in line and "traceback" not in line.lower():
            return line
    return None


def _explain_exited(c: _Context) -> tuple[str, str, bool]:
    m = _RE_CMD_NOT_FOUND.search(c.low)
    if m and c.has("not found"):
        return (
            f"`{m.group(1)}` is not installed in the image.",
            (
                f"Use the engine's image (e.g. `vllm/vllm-openai`) or install {m.group(1)} in `commands` "
                "before running it."
            ),
            False,
        )
    if c.has("exec format error"):
        # The kernel's ENOEXEC for the entrypoint: the image's binaries were built for another CPU.
        return (
            "The image was built for another CPU architecture: its entrypoint cannot run (exec format error).",
            (
                "Use an `image` (tag or digest) built for the instance's CPU, usually linux/amd64 on GPU clouds, "
                "or a multi-arch image."
            ),
            False,
        )
    if c.failing_answers >= 0 and c.failing_answers in c.starts:
        return (
            "The server is up but answered its last requests all with `500 Internal Server Error`: the engine "
            "behind its API is broken for every caller.",
            (
                "Find the first traceback logged after the server started (it names why), fix that in `commands`, "
                "`env` or `image`, and resubmit; until then every request fails the same way."
            ),
            False,
        )
    code = f" with exit status {c.exit_status}" if c.exit_status not in (None, 0) else ""
    last = _last_error_line(c)
    if last:
        return (
            f"The command failed{code}: {last[:200]}",
            "Fix what this error names in `commands`/`env` (or the engine version in `image`).",
            False,
        )
    return (
        f"The command exited{code or ' with an error'} without a recognisable cause.",
        (
            "Read the full log for the first error and fix `commands`; resubmitting unchanged will fail the "
            "same way."
        ),
        False,
    )


def _explain_unknown(c: _Context) -> tuple[str, str, bool]:
    fix = _REASON_FIXES.get(
        c.reason, "Inspect the run's events and full logs; nothing in this output names a cause."
    )
    return (
        f"The run ended with `{c.reason}` and the log names no cause.",
        fix,
        c.reason in _RETRYABLE_REASONS,
    )


_EXPLAIN: dict[str, Callable[[_Context], tuple[str, str, bool]]] = {
    "gpu_oom": _explain_gpu_oom,
    "kv_cache_insufficient": _explain_kv,
    "hf_auth": _explain_hf_auth,
    "model_unsupported": _explain_model,
    "dtype_unsupported": _explain_dtype,
    "quantization_unsupported": _explain_quant,
    "tensor_parallel_invalid": _explain_tp,
    "gpu_unavailable": _explain_gpu_unavailable,
    "disk_full": _explain_disk,
    "health_check_failed": _explain_health,
    "nccl_or_shm": _explain_nccl,
    "dependency_install_failed": _explain_dependency,
    "invalid_engine_args": _explain_args,
    "image_pull_failed": _explain_image,
    "no_capacity": _explain_capacity,
    "instance_interrupted": _explain_interrupted,
    "instance_unreachable": _explain_unreachable,
    "host_oom": _explain_host_oom,
    "container_exited": _explain_exited,
    "unknown": _explain_unknown,
}

"""One run's Kubernetes objects (its Deployments, their pods, the pods' events) as the common ``RunInfo``.

Pure: plain JSON dicts in, a ``RunInfo`` out. A Deployment never finishes on its own: the controller restarts a
crashing container and the scheduler waits for GPUs forever. The status model needs a verdict the model can act
on, so a pod the cluster cannot place, an image that cannot be pulled, a container in a crash loop or killed for
memory, and a container killed by its probes count as ``failed`` here (a pending pod an autoscaler is adding a
node for is ``provisioning``), with the cluster's own reason kept as the
termination reason (``Unschedulable``, ``ImagePullBackOff``, ``OOMKilled``, ``Unhealthy`` ...) so that
``deploy_mcp.diagnose`` names the failure. Such a run still holds its objects (and, when it crash-loops, its
GPUs): ``extra["holds_resources"]`` says so and ``stop`` deletes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from deploy_mcp.backends.base import RunInfo, RunStatus

IMAGE_PULL_REASONS = frozenset({"ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull"})
# Waiting reasons that will not clear by themselves (the pod spec or the cluster must change).
CONFIG_REASONS = frozenset({"CreateContainerConfigError", "CreateContainerError", "RunContainerError"})
STARTING_REASONS = frozenset({"ContainerCreating", "PodInitializing"})
# Scheduler messages that mean no node has what the pod asks for (as opposed to a transient conflict).
UNSCHEDULABLE_MARKERS = ("insufficient", "didn't match", "did not match", "untolerated taint", "had taint",
                         "node(s) had", "nodes are available")
PROBE_KILL_MARKERS = ("failed startup probe", "failed liveness probe")
# Events of an autoscaler adding a node for a pending pod (cluster-autoscaler, Karpenter): the pod will fit soon.
SCALE_UP_REASONS = frozenset({"TriggeredScaleUp", "Nominated"})


def _meta(obj: dict[str, Any]) -> dict[str, Any]:
    return obj.get("metadata") or {}


def _created(obj: dict[str, Any]) -> str:
    return _meta(obj).get("creationTimestamp") or ""


def main_container(pod: dict[str, Any]) -> str | None:
    """The engine's container: the first one the pod spec lists (the rendered pod has exactly one)."""
    containers = (pod.get("spec") or {}).get("containers") or []
    return containers[0].get("name") if containers else None


def container_status(pod: dict[str, Any]) -> dict[str, Any]:
    name = main_container(pod)
    statuses = (pod.get("status") or {}).get("containerStatuses") or []
    for status in statuses:
        if status.get("name") == name:
            return status
    return statuses[0] if statuses else {}


def live_pods(pods: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pods not being deleted, newest first (the one a failure shows on is the newest)."""
    alive = [p for p in pods if not _meta(p).get("deletionTimestamp")]
    return sorted(alive, key=lambda p: (_created(p), _meta(p).get("name", "")), reverse=True)


def events_for(events: Iterable[dict[str, Any]], pod: dict[str, Any]) -> list[dict[str, Any]]:
    """The pod's events, oldest first."""
    name, uid = _meta(pod).get("name"), _meta(pod).get("uid")
    mine = [e for e in events if (e.get("involvedObject") or {}).get("kind") == "Pod"
            and (e.get("involvedObject") or {}).get("name") == name
            and (uid is None or (e.get("involvedObject") or {}).get("uid") in (None, uid))]
    return sorted(mine, key=_event_time)


def _event_time(event: dict[str, Any]) -> str:
    return (event.get("lastTimestamp") or event.get("eventTime") or _meta(event).get("creationTimestamp")
            or event.get("firstTimestamp") or "")


class PodVerdict:
    """What one pod says about the run: a status, the cluster's reason, and words for the model."""

    def __init__(self, status: RunStatus, raw: str, reason: str | None = None, message: str | None = None,
                 exit_status: int | None = None) -> None:
        self.status = status
        self.raw = raw
        self.reason = reason
        self.message = message
        self.exit_status = exit_status


def pod_verdict(pod: dict[str, Any], events: list[dict[str, Any]], free_gpus: str | None = None) -> PodVerdict:
    status = pod.get("status") or {}
    phase = status.get("phase") or "Pending"
    conditions = {c.get("type"): c for c in status.get("conditions") or []}
    scheduled = conditions.get("PodScheduled") or {}
    if phase == "Pending" and scheduled.get("status") == "False":
        scheduling = [e.get("message") or "" for e in events if e.get("reason") == "FailedScheduling"]
        text = scheduling[-1] if scheduling else scheduled.get("message") or ""
        scale_up = [e for e in events if e.get("reason") in SCALE_UP_REASONS]
        if scale_up:
            return PodVerdict("provisioning", "Pending/ScalingUp", None,
                              f"Waiting for a new node: {scale_up[-1].get('message') or ''} ({text})".strip())
        if scheduled.get("reason") == "Unschedulable" and any(m in text.lower() for m in UNSCHEDULABLE_MARKERS):
            message = f"FailedScheduling: {text}"
            if free_gpus:
                message += f" Free GPUs per node: {free_gpus}."
            return PodVerdict("failed", "Pending/Unschedulable", "Unschedulable", message)
        return PodVerdict("provisioning", "Pending/Scheduling", None, text or None)

    container = container_status(pod)
    state = container.get("state") or {}
    last = (container.get("lastState") or {}).get("terminated") or {}
    waiting = state.get("waiting") or {}
    terminated = state.get("terminated") or {}
    reason = waiting.get("reason")
    killed_by_probe = _probe_kill(events)

    if reason in IMAGE_PULL_REASONS:
        return PodVerdict("failed", f"{phase}/{reason}", reason, _join(reason, waiting.get("message")))
    if reason in CONFIG_REASONS:
        return PodVerdict("failed", f"{phase}/{reason}", reason, _join(reason, waiting.get("message")))
    if terminated or reason == "CrashLoopBackOff":
        ended = terminated or last
        code = ended.get("exitCode")
        ended_reason = ended.get("reason")
        if ended_reason == "OOMKilled":
            cause = "OOMKilled"
        elif killed_by_probe:
            cause = "Unhealthy"
        elif reason == "CrashLoopBackOff":
            cause = "CrashLoopBackOff"
        else:
            cause = ended_reason or "Terminated"
        words = [f"{cause}: the container exited with code {code}" if code is not None else cause]
        if killed_by_probe:
            words.append(killed_by_probe)
        if ended.get("message"):
            words.append(str(ended["message"]))
        restarts = container.get("restartCount")
        if restarts:
            words.append(f"{restarts} restarts")
        return PodVerdict("failed", f"{phase}/{reason or ended_reason or 'Terminated'}", cause, "; ".join(words),
                          code)
    if state.get("running"):
        if container.get("ready"):
            return PodVerdict("ready", f"{phase}/Ready")
        probes = [e.get("message") or "" for e in events if e.get("reason") == "Unhealthy"]
        return PodVerdict("running", f"{phase}/NotReady", None, probes[-1] if probes else None)
    if reason in STARTING_REASONS or phase == "Pending":
        pulling = [e for e in events if e.get("reason") == "Pulling"]
        pulled = [e for e in events if e.get("reason") in ("Pulled", "Created", "Started")]
        if pulling and not pulled:
            return PodVerdict("pulling", f"{phase}/Pulling", None, pulling[-1].get("message"))
        return PodVerdict("provisioning", f"{phase}/{reason or 'Scheduled'}", None, waiting.get("message"))
    if phase == "Failed":
        return PodVerdict("failed", "Failed", status.get("reason") or "Failed", status.get("message"))
    return PodVerdict("provisioning", f"{phase}/{reason or 'Unknown'}", None, waiting.get("message"))


def _probe_kill(events: list[dict[str, Any]]) -> str | None:
    """The kubelet's words when it restarted the container because a probe kept failing."""
    for event in reversed(events):
        message = event.get("message") or ""
        if event.get("reason") == "Killing" and any(m in message.lower() for m in PROBE_KILL_MARKERS):
            probes = [e.get("message") for e in events if e.get("reason") == "Unhealthy"]
            return "; ".join(m for m in (message, probes[-1] if probes else None) if m)
    return None


def _join(*parts: str | None) -> str:
    return ": ".join(p for p in parts if p)


def run_info(
    run_name: str,
    deployments: list[dict[str, Any]],
    pods: list[dict[str, Any]],
    events: list[dict[str, Any]],
    *,
    free_gpus: str | None = None,
    service_url: str | None = None,
    price_per_hour: float | None = None,
) -> RunInfo:
    """The run made of ``deployments`` (one per replica group) and their ``pods``.

    ``free_gpus`` is the cluster's free GPUs per node in words, put into the message of a pod that cannot be
    scheduled (the model needs it to pick a GPU that fits).
    """
    created = sorted(_created(d) for d in deployments if _created(d))
    desired = sum(int((d.get("spec") or {}).get("replicas") or 0) for d in deployments)
    ready = sum(int((d.get("status") or {}).get("readyReplicas") or 0) for d in deployments)
    extra: dict[str, Any] = {
        "namespace": _meta(deployments[0]).get("namespace") if deployments else None,
        "deployments": [_meta(d).get("name") for d in deployments],
        "replicas": desired,
        "ready_replicas": ready,
    }
    base = {"name": run_name, "service_url": service_url, "submitted_at": created[0] if created else None,
            "price_per_hour": price_per_hour, "backend": "kubernetes"}
    if any(_meta(d).get("deletionTimestamp") for d in deployments):
        return RunInfo(status="stopped", raw_status="Terminating", termination_reason="stopped_by_user",
                       extra=extra, **base)

    alive = live_pods(pods)
    verdicts = [(pod, pod_verdict(pod, events_for(events, pod), free_gpus)) for pod in alive]
    extra["pods"] = [{"name": _meta(p).get("name"), "node": (p.get("spec") or {}).get("nodeName"),
                      "status": v.raw, "restarts": container_status(p).get("restartCount", 0)}
                     for p, v in verdicts]
    serving = [v for _, v in verdicts if v.status == "ready"]
    failing = [(p, v) for p, v in verdicts if v.status == "failed"]
    if serving or (ready and not failing):
        status: RunStatus = "ready"
        verdict = serving[0] if serving else PodVerdict("ready", "Available")
    elif failing:
        pod, verdict = failing[0]
        status = "failed"
        extra["holds_resources"] = True
        extra["failed_pod"] = _meta(pod).get("name")
    elif verdicts:
        order = ("running", "pulling", "provisioning", "submitted")
        verdict = min((v for _, v in verdicts), key=lambda v: order.index(v.status) if v.status in order else 9)
        status = verdict.status
    else:
        verdict = PodVerdict("submitted", "NoPods", None, _deployment_message(deployments))
        status = "submitted"
    node = next(((p.get("spec") or {}).get("nodeName") for p, v in verdicts if v is verdict), None)
    return RunInfo(
        status=status,
        raw_status=verdict.raw,
        termination_reason=verdict.reason,
        status_message=verdict.message,
        exit_status=verdict.exit_status,
        region=_meta(deployments[0]).get("namespace") if deployments else None,
        instance_type=node,
        extra={k: v for k, v in extra.items() if v not in (None, [], {})},
        **base,
    )


def _deployment_message(deployments: list[dict[str, Any]]) -> str | None:
    """Why a Deployment has no pods yet (a quota or admission refusal shows in its ReplicaFailure condition)."""
    for deployment in deployments:
        for condition in (deployment.get("status") or {}).get("conditions") or []:
            if condition.get("type") == "ReplicaFailure" and condition.get("status") == "True":
                return condition.get("message")
    return None

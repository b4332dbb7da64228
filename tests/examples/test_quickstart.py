"""The README's quick start: the scripted stdio client runs the whole loop on an embedded dstack server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.dstack_server import free_port

pytestmark = pytest.mark.dstack_server

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


def test_quickstart_runs_the_loop_on_an_embedded_dstack_server_and_diagnoses_no_capacity(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "HOME": str(tmp_path), "DSTACK_SERVER_ROOT_LOG_LEVEL": "CRITICAL"}
    for name in ("DSTACK_SERVER_URL", "DSTACK_TOKEN", "DSTACK_PROJECT"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--state-dir", str(tmp_path / "state"),
         "--dstack-server-dir", str(tmp_path / "server"), "--dstack-server-port", str(port)],
        env=env, capture_output=True, text=True, timeout=400,
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr[-3000:]
    steps = [line[3:] for line in out.splitlines() if line.startswith("== ")]
    assert steps == ["connected", "generate_service_config", "edit", "validate_config", "estimate_cost",
                     "submit_run", "get_run", "tail_logs diagnosis", "stop_run"]
    assert "valid: True" in out and "attempt: 1 of 3" in out
    assert "kind: no_capacity" in out
    assert "termination_reason: failed_to_start_due_to_no_capacity" in out
    assert (tmp_path / "server" / "data").is_dir()  # the embedded server used the directory it was given
    with pytest.raises(OSError):  # and it was stopped with deploy-mcp
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_quickstart_with_target_kubernetes_runs_the_loop_on_the_kubeconfigs_cluster(
    tmp_path: Path, kube_cluster
) -> None:
    """One flag: the scripted client on the emulated cluster, the test playing the scheduler (no free GPU)."""
    import threading

    kube_cluster.add_gpu_node("gpu-l4-1", gpus=1, product="NVIDIA-L4", memory_mib=23034, pool="l4-pool")
    kube_cluster.add_running_pod("trainer-0", node="gpu-l4-1", gpus=1)
    done_event = threading.Event()
    scheduled: list[str] = []

    def scheduler() -> None:
        while not done_event.wait(0.5):
            for deployment in kube_cluster.all_deployments():
                run = (deployment["metadata"].get("annotations") or {}).get("deploy-mcp.io/run-name")
                if run and run not in scheduled:
                    for pod in kube_cluster.create_pods(run):
                        kube_cluster.unschedulable(pod, "0/1 nodes are available: 1 Insufficient nvidia.com/gpu.")
                    scheduled.append(run)

    thread = threading.Thread(target=scheduler, daemon=True)
    thread.start()
    env = {**os.environ, "HOME": str(tmp_path), "KUBECONFIG": str(kube_cluster.kubeconfig())}
    try:
        done = subprocess.run(
            [sys.executable, str(SCRIPT), "--target", "kubernetes", "--state-dir", str(tmp_path / "state")],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )
    finally:
        done_event.set()
        thread.join(timeout=5)
    out = done.stdout
    assert done.returncode == 0, done.stderr[-3000:]
    steps = [line[3:] for line in out.splitlines() if line.startswith("== ")]
    assert steps == ["connected", "generate_service_config", "edit", "validate_config", "estimate_cost",
                     "submit_run", "get_run", "tail_logs diagnosis", "stop_run"]
    assert "kind: no_capacity" in out and "termination_reason: Unschedulable" in out
    assert "gpu-l4-1: 0 of 1 NVIDIA-L4 free" in out
    assert len(scheduled) == 1 and kube_cluster.all_deployments() == []

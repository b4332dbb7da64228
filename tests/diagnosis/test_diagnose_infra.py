"""What the targets and the machinery around the engine print: dstack, the kubelet, the kernel, container
runtimes. Lines are copied from the world4 corpus's training part (sources in world4/*.yaml)."""

from __future__ import annotations

import pytest

from deploy_mcp.diagnose import diagnose
from deploy_mcp.diagnosis.rules import RULES
from deploy_mcp.diagnosis.scan import clean_line, scan

_DESCRIBE_AFTER_CRASHLOOP = """\
NAME                                            READY   STATUS             RESTARTS        AGE
deepseek-r1-distill-llama-8b-5cc594fd46-hg5rw   0/1     CrashLoopBackOff   5 (2m30s ago)   13m
Name:             deepseek-r1-distill-llama-8b-5cc594fd46-hg5rw
Namespace:        default
Status:           Running
IP:               10.244.0.13
Containers:
  vllm-openai:
    Image:         vllm/vllm-openai:v0.7.1
    Port:          8000/TCP
"""


def test_crashloopbackoff_is_a_crash_even_when_a_pod_description_follows_it():
    result = diagnose(_DESCRIBE_AFTER_CRASHLOOP)
    assert result is not None and result.kind == "container_exited"
    assert any("CrashLoopBackOff" in line for line in result.evidence)


def test_crashloopbackoff_gives_way_to_the_cause_the_log_names():
    text = _DESCRIBE_AFTER_CRASHLOOP + "    Last State:     Terminated\n      Reason:       OOMKilled\n"
    assert diagnose(text).kind == "host_oom"


def test_exec_format_error_names_the_image_architecture_in_the_fix():
    result = diagnose('Defaulted container "web-ctr" out of: web-ctr\nexec /bin/sh: exec format error\n')
    assert result.kind == "container_exited"
    assert "architecture" in result.summary and "`image`" in result.suggested_fix


def test_a_df_row_at_100_percent_on_a_real_mount_is_a_full_disk():
    text = (
        "Filesystem     1K-blocks     Used Available Use% Mounted on\n"
        "/dev/xvda2     102821812 98460812         0 100% /\n"
    )
    result = diagnose(text)
    assert result.kind == "disk_full" and "100% /" in result.evidence[0]


def test_the_df_rule_passes_over_snap_and_loop_mounts_at_100_percent():
    text = (
        "Filesystem      Size  Used Avail Use% Mounted on\n"
        "/dev/root        97G   41G   57G  42% /\n"
        "/dev/loop0       64M   64M     0 100% /snap/core20/2318\n"
        "/dev/loop3       92M   92M     0 100% /var/lib/snapd/snap/lxd/29351\n"
    )
    # The rules alone: the word-count model may still read a bare `df` listing as disk talk.
    assert [RULES[number].kind for _, number in scan(text).hits] == []


def test_a_df_row_at_95_percent_or_more_is_a_full_disk_and_one_at_42_is_not():
    header = "Filesystem      Size  Used Avail Use% Mounted on\n"
    assert diagnose(header + "/dev/sda1        58G   57G  1.4G  98% /\n").kind == "disk_full"
    assert [RULES[n].kind for _, n in scan(header + "/dev/root 97G 41G 57G 42% /\n").hits] == []


def test_the_kernel_memory_cgroup_report_without_a_killed_process_line_is_host_oom():
    text = (
        "Jun 29 07:24:44 compute-11 kernel: memory: usage 1048576kB, limit 1048576kB, failcnt 141\n"
        "Jun 29 07:24:44 compute-11 kernel: swap: usage 0kB, limit 9007199254740988kB, failcnt 0\n"
        "Jun 29 07:24:44 compute-11 kernel: Memory cgroup stats for /kubepods.slice/kubepods-burstable.slice\n"
    )
    assert diagnose(text).kind == "host_oom"


def test_dstack_exited_none_status_outranks_the_weak_provisioning_failed_line():
    text = "sour-dog-1 provisioning completed (failed)\nExited (none)\nCheck dstack logs -d sour-dog-1 for more details.\n"
    assert diagnose(text).kind == "container_exited"


def test_container_exited_with_error_as_the_reason_is_a_crash_not_unknown():
    result = diagnose("", termination_reason="container_exited_with_error")
    assert result is not None and result.kind == "container_exited"


def test_dstack_runner_not_available_is_an_unreachable_instance():
    line = (
        "WARNING 2024-02-02T17:15:07.380 dstack._internal.server.background.tasks.process_running_jobs "
        "(a8bc00)serious-donkey-1-0: failed because runner is not available, age=0:02:48.526090"
    )
    assert diagnose(line).kind == "instance_unreachable"


def test_connection_refused_before_the_engine_came_up_does_not_fail_a_healthy_run():
    text = (
        'E1027 22:25:32.427556 1 proxy.go:268] "waiting for vLLM to be ready" err="dial tcp [::1]:8200: '
        'connect: connection refused"\n'
        "INFO:     Application startup complete.\n"
        'INFO:     10.42.0.1:50812 - "GET /health HTTP/1.1" 200 OK\n'
    )
    assert diagnose(text) is None


def test_a_parenthesised_status_alone_on_its_line_is_read_not_stripped_as_a_process_tag():
    # dstack wraps a status cell's second word onto its own line; Ray's "(raylet) " tag still goes.
    table = (
        " NAME          BACKEND  RESOURCES  PRICE  STATUS  SUBMITTED  ERROR\n"
        " quick-fox-1   aws      cpu=2      $0.04  failed  10:15      JOB_FAILED\n"
        "                                                             (INSTANCE_UNREACHABLE)\n"
    )
    assert diagnose(table).kind == "instance_unreachable"
    assert clean_line("                    (CONTAINER_EXITED_WITH_ERROR)") == "(CONTAINER_EXITED_WITH_ERROR)"
    assert clean_line("(raylet) Refer to the documentation") == "Refer to the documentation"


# The infrastructure wordings of world12's training part, each in another shape than the excerpt it came from.
_TARGET_WORDINGS = [
    (
        "gpu_unavailable",
        "Message: Pod was rejected: Allocate failed due to no healthy devices present; cannot allocate unhealthy "
        "devices nvidia.com/gpu, which is unexpected\n",
    ),
    (
        "gpu_unavailable",
        "  Warning  UnexpectedAdmissionError  10s  kubelet  Allocate failed due to requested number of devices "
        "unavailable for nvidia.com/gpu. Requested: 1, Available: 0, which is unexpected\n",
    ),
    (
        "container_exited",
        "2022-10-17 14:23:59,720 WARNING worker.py:1839 -- Raylet is terminated: ip=172.29.58.176, id=c28cee44. "
        "Termination is unexpected. Possible reasons include: (1) SIGKILL by the user or system\n"
        "  [state-dump]    NodeManagerService.grpc_server.GetNodeStats - 475 total (0 active)\n"
        "  [state-dump]    NodeManager.deadline_timer.record_metrics - 432 total (1 active)\n"
        "  [state-dump]    NodeManager.deadline_timer.debug_state_dump - 108 total (1 active)\n",
    ),
    (
        "host_oom",
        "ray.exceptions.RayTaskError: Deployment LLMServer is UNHEALTHY: 3 worker(s) were killed due to the node "
        "running low on memory.\n",
    ),
    (
        "health_check_failed",
        "SERVICE_NAME  ID  VERSION  ENDPOINT  LAUNCHED  RESOURCES  STATUS                REGION\n"
        "llm           2   1        -         -         -          FAILED_INITIAL_DELAY  -\n",
    ),
    (
        "no_capacity",
        "SERVICE_NAME  ID  VERSION  ENDPOINT  LAUNCHED  RESOURCES  STATUS            REGION\n"
        "llm           1   1        -         -         -          FAILED_PROVISION  -\n",
    ),
    (
        "no_capacity",
        "ID  TASK  NAME  REQUESTED   SUBMITTED   TOT. DURATION  JOB DURATION  #RECOVERIES  STATUS\n"
        "3   -     llm   1x[H100:8]  2 hrs ago   2h 1m          -             0            FAILED_NO_RESOURCE\n",
    ),
    (
        "health_check_failed",
        '2025-03-01T10:00:00Z\tERROR\tcontrollers.RayService\tfailed to get Serve application statuses from the '
        'dashboard. err: Get "http://head-svc:8265/api/serve/applications/": dial tcp 10.0.0.5:8265: connect: '
        "connection refused\n",
    ),
    (
        "gpu_unavailable",
        "docker: Error response from daemon: failed to create task for container: failed to create shim "
        "task: OCI runtime create failed: runc create failed: unable to start container process: error "
        "during container init: error running prestart hook #0: exit status 1, stdout: , stderr: "
        "Auto-detected mode as 'legacy'\n"
        "nvidia-container-cli: detection error: nvml error: gpu is lost: unknown\n",
    ),
    (
        "gpu_unavailable",
        "Oct 25 10:02:11 gpu-node-7 kernel: NVRM: Xid (PCI:0000:44:00): 79, pid=2211, "
        "GPU has fallen off the bus.\n",
    ),
    (
        "health_check_failed",
        "2026-02-26 14:01:12  WARN smg::routers::http::router: No available workers for model llama "
        '{"error":{"type":"Service Unavailable","code":"no_available_workers",'
        '"message":"No available workers"}}\n',
    ),
    (
        "instance_unreachable",
        "[10:21:07] WARNING  dstack._internal.server.background.tasks.process_instances:812 Instance "
        "gpu-fleet-0 check: reachable=False health_status=HEALTHY message='SSH or tunnel error'\n",
    ),
    (
        "instance_unreachable",
        " FLEET      INSTANCE  BACKEND        RESOURCES         PRICE  STATUS  CREATED\n"
        " my-fleet   0         ssh (remote)   cpu=8 mem=39GB    $0.0   busy    2 hours ago\n"
        "                                                              (unreachable)\n",
    ),
    (
        "container_exited",
        "D 05-28 16:52:55 provisioner.py:592] sky.exceptions.CommandError: Command rsync -Pavz ... failed with "
        "return code 12.\n",
    ),
    # world15's training part and the siblings their sources print, in other shapes.
    (
        "container_exited",
        "2026-01-22T04:44:14Z\tDEBUG\tevents\tWorker pod vllm-2-1 failed, deleted leader pod vllm-2 to recreate "
        'group 2\t{"type": "Normal", "reason": "RecreateGroupOnPodRestart"}\n',
    ),
    (
        "container_exited",
        "  Normal  GroupsRestarting  12s  lws  In-place restart triggered for group 0 due to pod vllm-0-1 failure "
        "(attempt 3)\n",
    ),
    (
        "instance_unreachable",
        "ray.exceptions.NodeDiedError: Task failed because the node it was running on is dead or unavailable. "
        "Node IP: 10.0.3.7, node ID: 4f1c. This can happen when a (1) raylet crashes unexpectedly (OOM, etc.) "
        "(2) raylet has lagging heartbeats due to slow network or busy workload.\n",
    ),
    (
        "disk_full",
        "ray.exceptions.RayTaskError(OutOfDiskError): ray::embed() (pid=2211, ip=10.0.0.4)\n",
    ),
    (
        "no_capacity",
        "I0309 10:01:02.000000       1 orchestrator.go:601] 3 other pods similar to vllm-0 can't be scheduled on "
        "gpu-pool-a100\n",
    ),
    (
        "image_pull_failed",
        "  Warning  ErrImageNeverPull  4s (x3 over 20s)  kubelet  Container image \"llm:dev\" is not present with "
        "pull policy of Never\n",
    ),
    (
        "image_pull_failed",
        '  Warning  Failed  9s  kubelet  Failed to inspect image "vllm/vllm-openai:v0.11.0": rpc error: code = '
        "Unknown desc = short read\n",
    ),
]


@pytest.mark.parametrize(
    ("kind", "text"), _TARGET_WORDINGS, ids=[f"{kind}-{i}" for i, (kind, _) in enumerate(_TARGET_WORDINGS)]
)
def test_what_the_targets_print_today_under_the_engines_names_its_family(kind, text):
    result = diagnose(text)
    assert result is not None and result.kind == kind


def test_a_line_that_only_lists_preemption_among_possible_causes_is_no_interruption():
    text = (
        "Task failed because the node it was running on is dead or unavailable. Node IP: 10.0.0.9, node ID: 77ab. "
        "This can happen if the node was preempted, had a hardware failure, or its raylet crashed unexpectedly.\n"
    )
    assert diagnose(text).kind == "instance_unreachable"
    assert diagnose("W0301 gce: instance was preempted by Compute Engine\n").kind == "instance_interrupted"


_RAY_ACTOR_DIED = """\
  File "/app/driver.py", line 12, in <module>
    ray.get(ref)
ray.exceptions.ActorDiedError: The actor died unexpectedly before finishing this task.
\tclass_name: Generator
\tactor_id: 9a7d01
\tpid: 4410
\tnamespace: serving
\tip: 10.0.0.12
"""


def test_the_fields_ray_prints_under_an_actor_error_do_not_read_as_a_process_that_went_on():
    result = diagnose(_RAY_ACTOR_DIED)
    assert result is not None and result.kind == "container_exited"
    assert diagnose(_RAY_ACTOR_DIED + "INFO loading shard 1\nINFO loading shard 2\nINFO loading shard 3\n") is None


def test_a_ray_job_verdict_decides_though_the_drivers_last_logs_follow_it():
    verdict = "Status message: Job entrypoint command failed with exit code 3, last available logs (truncated):\n"
    logs = "INFO step 1\nINFO step 2\nINFO step 3\nINFO step 4\n"
    assert diagnose(verdict + logs).kind == "container_exited"
    # A SIGKILL is the host-memory rows' call, not a generic exit.
    assert diagnose(verdict.replace("code 3", "code 137")).kind == "host_oom"


# The family's other wordings, not the world21 excerpts: each in a shape its source prints it in.
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("no_capacity", "An error occurred (InstanceLimitExceeded) when calling the RunInstances operation: "
                        "You have requested more instances (3) than your current instance limit of 2 allows"),
        ("no_capacity", "api error InsufficientHostCapacity: There is not enough capacity on the Dedicated Host"),
        ("no_capacity", "Code=\"OperationNotAllowed\" Message=\"Operation results in exceeding quota limits of "
                        "Core. Maximum allowed: 10, Current in use: 8, Additional requested: 4.\""),
        ("no_capacity", "google.api_core.exceptions.ResourceExhausted: 429 The following quota metrics exceed "
                        "quota limits: aiplatform.googleapis.com/custom_model_training_nvidia_a100_gpus"),
        ("no_capacity", "- name: 'A resource limit has delayed the operation: generic::resource_exhausted: "
                        "allocating: selecting resources: no available zones'"),
        ("no_capacity", "runpod.error.QueryError: There are no longer any instances available with enough disk "
                        "space."),
        ("no_capacity", "Error: This machine does not have the resources to deploy your pod."),
        ("instance_interrupted", '{"level":"INFO","logger":"controller","message":"initiating delete from '
                                 'interruption message","messageKind":"SpotInterruptionKind"}'),
        ("instance_interrupted", "Status reason: Host EC2 (instance i-0a1b2c3d4e5f67890) terminated."),
    ],
)
def test_cloud_capacity_quota_and_reclaim_wordings_name_their_family(kind, text):
    result = diagnose(text)
    assert result is not None and result.kind == kind


def test_a_terminated_line_without_the_batch_host_is_no_reclaim():
    assert diagnose("Instance i-0a1b2c3d4e5f67890 terminated by user request.\nShutdown complete.") is None


# urllib3's wordings when nothing listens on the engine's port (connection.py NewConnectionError, exceptions.py
# MaxRetryError), composed here rather than copied from a corpus.
_REFUSED = (
    "requests.exceptions.ConnectionError: HTTPConnectionPool(host='engine', port=9000): Max retries exceeded with "
    "url: /v1/completions (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x1>: "
    "Failed to establish a new connection: [Errno 111] Connection refused'))"
)


def test_a_client_refused_by_the_engine_reads_as_a_service_that_never_answers():
    result = diagnose(_REFUSED)
    assert result is not None and result.kind == "health_check_failed"


def test_no_rule_reads_a_client_still_retrying_the_engine_as_a_failure():
    line = (
        "WARNING urllib3.connectionpool: Retrying (Retry(total=2, connect=None, read=None, redirect=None)) after "
        "connection broken by 'NewConnectionError('<urllib3.connection.HTTPConnection object at 0x1>: Failed to "
        "establish a new connection: [Errno 111] Connection refused')': /health"
    )
    assert [RULES[number].kind for _, number in scan(line).hits] == []


def test_a_refused_download_host_is_not_read_as_the_engine_down():
    line = _REFUSED.replace("host='engine', port=9000", "host='huggingface.co', port=443")
    result = diagnose(line, exit_status=1)
    assert result is not None and result.kind != "health_check_failed"


def test_a_server_bound_only_to_loopback_in_a_deployment_is_unreachable():
    log = "[INFO] Starting gunicorn 23.0.0\n[INFO] Listening at: http://127.0.0.1:8000 (7)\n[INFO] Booting worker"
    result = diagnose(log)
    assert result is not None and result.kind == "health_check_failed"


@pytest.mark.parametrize(
    "line",
    [
        # kube-scheduler's VolumeBinding reasons, alone and after "0/N nodes are available:".
        "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims.",
        "0/3 nodes are available: 3 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available",
        "Warning  FailedMount  node(s) didn't find available persistent volumes to bind",
        # A pod whose scheduling gates were never lifted, as `kubectl get pods` shows it.
        "qwen3-multinode-0-worker-0-worker-ldr-nfsgr   0/1     SchedulingGated   0          4m29s",
    ],
)
def test_a_pod_held_back_from_scheduling_by_its_volumes_or_gates_has_no_capacity(line):
    found = diagnose(line + "\n")
    assert found is not None and found.kind == "no_capacity"


def test_a_failure_the_line_says_was_carried_on_from_is_not_an_error_line_for_the_guess():
    # AIBrix's metric fetcher goes on with zero; the scoring model must not name a family from it.
    line = (
        "W0930 18:13:41.031286       1 fetcher.go:99] Failed to fetch metric vllm:gpu_cache_usage_perc from pod "
        "default/mock-7cc98b7f5f-764t4: metric vllm:gpu_cache_usage_perc not found in central registry. "
        "Returning zero value.\n"
    )
    assert diagnose(line * 3) is None


def test_a_client_error_body_with_a_4xx_code_shows_the_server_up():
    found = scan(
        b'{"object":"error","message":"The input (61709 tokens) is longer than the model\'s context length '
        b'(40960 tokens).","type":"BadRequestError","param":null,"code":400}\n'
    )
    assert found.ready == 0
    assert scan(b'{"object":"error","message":"engine died","type":"InternalServerError","code":500}\n').ready < 0


# dstack's verdict as it prints it into the log (world26's training part): read as the termination reason the
# caller did not pass.
def test_dstack_verdict_in_the_log_makes_a_causeless_failure_unknown_not_healthy():
    for text in (
        "...\ntime=2024-09-19T04:32:24.589936-04:00 level=error msg=Max duration exceeded max_duration=180\n"
        "time=2024-09-19T04:32:24.590001-04:00 level=info msg=Job state changed new=terminated\n",
        "dstack apply --name devenv-2 --fleet demo-fleet --reuse\nError (Volume error)\n"
        "Failed to attach volume: unexpected error\n",
        "[12:47:38] INFO     dstack._internal.server.services.runs:987 run(53599d)vscode: run status has changed \n"
        "                    TERMINATING -> FAILED, reason: JOB_FAILED                                           \n",
        "Gateway is not working: \n",
    ):
        result = diagnose(text)
        assert result is not None and result.kind == "unknown", text


def test_dstack_verdict_in_the_log_names_a_kind_like_the_reason_argument():
    text = "Run failed with error code JobTerminationReason.INTERRUPTED_BY_NO_CAPACITY. Check CLI and server logs"
    result = diagnose(text)
    assert result is not None and result.kind == "instance_interrupted"
    # A reason the caller passes wins over the one the log shows.
    runner = "level=error msg=Max duration exceeded max_duration=180\n"
    assert diagnose(runner).kind == "unknown"
    assert diagnose(runner, termination_reason="stopped_by_user") is None


def test_a_volume_the_shim_could_not_prepare_is_not_a_container_that_exited():
    text = (
        "Run failed with error code EXECUTOR_ERROR.\n"
        "Error: prepareVolumes error: volume vol-017d3046799b3dd57 not found among \nblock devices\n"
        "Check CLI, server, and run logs for more details.\n"
    )
    result = diagnose(text)
    assert result is not None and result.kind == "unknown"
    assert "volumes" in result.suggested_fix


def test_an_error_body_the_server_answered_shows_it_up():
    text = (
        '{"object":"error","message":"The input (61709 tokens) is longer than the model\'s context length '
        '(40960 tokens).","type":"BadRequestError","param":null,"code":400}\n'
    )
    assert scan(text).ready == 0


# world31's training part: the platforms around the engines, each in another shape than the corpus shows.
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            "health_check_failed",
            "Revision 'svc-00001-abc' is not ready and cannot serve traffic. The user-provided container "
            "failed to start and listen on the port defined provided by the PORT=8080 environment variable "
            "within the allocated timeout.\n",
        ),
        ("health_check_failed", "    message: The deployments ['VLLMDeployment'] are UNHEALTHY.\n"),
        (
            "health_check_failed",
            '    "message": "Revision \\"runtime-00001\\" failed with message: Initial scale was never '
            'achieved.",\n    "reason": "RevisionFailed",\n',
        ),
        (
            "no_capacity",
            "    Message:  couldn't assign flavors to pod set main: insufficient unused quota for "
            "nvidia.com/gpu in flavor gpu-a100, 2 more needed\n",
        ),
        (
            "no_capacity",
            "The requested size for resource '/subscriptions/x/resourceGroups/rg/providers/"
            "Microsoft.Compute/virtualMachineScaleSets/aks-gpu-1' is currently not available in location "
            "'westeurope' zones '' for subscription 'y'. Please try another size or deploy to a different "
            "location or zones.\n",
        ),
        (
            "instance_unreachable",
            "[2026-03-01 22:48:01,851 W 6578 6578] rpc_client.h:153: Failed to connect to GCS at address "
            "10.166.166.106:6379 within 5 seconds.\n",
        ),
        (
            "instance_interrupted",
            "D 03-02 10:01:12 backend_utils.py:1404] TPU VM ray-sky-ab12-head-tpu is in PREEMPTED state. "
            "Skipping IP query...\n",
        ),
        (
            "gpu_unavailable",
            "  Warning  FailedCreatePodSandBox  12s  kubelet  Failed to create pod sandbox: rpc error: "
            'code = Unknown desc = RuntimeHandler "nvidia" not supported\n',
        ),
        (
            "container_exited",
            "openai.InternalServerError: unable to load runner: error waiting for runner to be ready: "
            "vLLM terminated unexpectedly: vLLM failed: exit status 1\n",
        ),
        ("container_exited", "vllm-7d9f8b6c5-x2x9q   0/1     Init:Error   2 (20s ago)   61s\n"),
        ("no_capacity", "Conditions:\n  Type           Status\n  PodScheduled   False\nVolumes:\n"),
    ],
)
def test_what_the_platforms_around_the_engines_print_names_its_family(kind, text):
    result = diagnose(text)
    assert result is not None and result.kind == kind, (text, result)


def test_a_runtime_handler_other_than_nvidia_is_no_missing_gpu_runtime():
    line = 'Failed to create pod sandbox: rpc error: desc = RuntimeHandler "kata" not supported'
    assert all(RULES[number].kind != "gpu_unavailable" for _, number in scan(line).hits)


def test_a_preempted_state_outside_a_tpu_vm_is_no_reclaim():
    # The program goes on after the line: a log that stopped on it would be the word-count model's to read.
    log = "Sequencer for log:42 is in PREEMPTED state and cur_epoch is INVALID\nINFO sequencer: epoch 43 activated\n"
    assert diagnose(log) is None


def test_a_pod_already_scheduled_has_capacity():
    assert diagnose("Conditions:\n  Type              Status\n  PodScheduled      True\n") is None


def test_a_scale_up_the_autoscaler_triggered_settles_the_refusal_before_it():
    refused = (
        "Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available: "
        "3 Insufficient nvidia.com/gpu.\n"
    )
    triggered = (
        "Normal   TriggeredScaleUp  90s  cluster-autoscaler  pod triggered scale-up: "
        "[{gpu-pool 0->1 (max: 4)}]\n"
    )
    assert diagnose(refused + triggered) is None
    refused_again = refused.replace("2m ", "5s ")
    result = diagnose(refused + triggered + refused_again)
    assert result is not None and result.kind == "no_capacity"


def test_a_stalled_rollout_reason_does_not_outrank_the_crash_that_stalled_it():
    text = (
        "my-vllm-5d8c9   0/1   CrashLoopBackOff   6 (30s ago)   9m\n"
        "  Progressing    False   ProgressDeadlineExceeded\n"
    )
    result = diagnose(text)
    assert result is not None and result.kind == "container_exited"


def test_a_ray_worker_that_reached_the_gcs_after_retrying_is_not_cut_off():
    text = (
        "[2026-03-01 22:48:01,851 W 6578 6578] rpc_client.h:153: Failed to connect to GCS at address "
        "10.0.0.5:6379 within 5 seconds.\n"
        "2026-03-01 22:48:09,118 SUCC scripts.py:1063 -- --------------------\n"
        "2026-03-01 22:48:09,118 SUCC scripts.py:1064 -- Ray runtime started.\n"
        "2026-03-01 22:48:09,118 SUCC scripts.py:1065 -- --------------------\n"
        "2026-03-01 22:48:09,118 INFO scripts.py:1067 -- To terminate the Ray runtime, run\n"
        "2026-03-01 22:48:09,118 INFO scripts.py:1068 --   ray stop\n"
    )
    assert diagnose(text) is None


# world40's training part: a vLLM placement group on a Kubernetes Ray cluster waiting behind Ray's autoscaler.
_NO_NODE_TYPE = (
    "Waiting for creating a placement group of specs for 70 seconds... \n"
    "Error: No available node types can fulfill resource request {'node:10.61.0.27': 0.001, 'GPU': 1.0}\n"
)


def test_ray_autoscaler_without_a_node_type_for_the_request_is_no_capacity():
    result = diagnose(_NO_NODE_TYPE)
    assert result is not None and result.kind == "no_capacity"


def test_a_placement_group_placed_after_the_autoscaler_complained_is_not_flagged():
    served = (
        "INFO 02-16 07:25:01 api_server.py:937] Starting vLLM API server on http://0.0.0.0:8000\n"
        "INFO:     Application startup complete.\n"
    )
    assert diagnose(_NO_NODE_TYPE + served) is None


# world39's training part: dstack's own words for faults of the server, the gateway, the CLI's SSH session and
# the cloud under a run.
def test_a_dstack_server_fault_is_unknown_not_a_container_that_exited():
    scheduler = (
        'ERROR 2024-03-27T12:01:22.330 apscheduler.executors.default Job "process_runs (trigger: '
        'interval[0:00:01], next run at: 2024-03-27 12:01:22 UTC)" raised an exception\n'
        "Traceback (most recent call last):\n"
        '  File "/usr/local/lib/python3.11/site-packages/apscheduler/executors/base_py3.py", line 30, in '
        "run_coroutine_job\n"
        "    retval = await job.func(*job.args, **job.kwargs)\n"
    )
    for text in (scheduler, "Continue? [y/n]: y\nUnexpected dstack server error\n"):
        result = diagnose(text)
        assert result is not None and result.kind == "unknown", text
        assert result.retryable_as_is


def test_a_job_of_another_scheduler_raising_is_not_a_dstack_server_fault():
    text = 'Job "refresh_cache (trigger: interval[0:01:00])" raised an exception\nValueError: bad cache key\n'
    assert diagnose(text, status="failed").kind == "container_exited"


def test_a_gateway_dstack_could_not_configure_is_a_gateway_error():
    text = (
        " NAME  BACKEND             HOSTNAME    DOMAIN               DEFAULT  STATUS  CREATED  ERROR\n"
        " gcp   gcp (europe-west9)  10.10.0.26  gateway.example.com           failed  10:07    Failed to "
        "configure gateway\n\nProvisioning failed. Error: Failed to configure gateway\n"
    )
    result = diagnose(text)
    assert result is not None and result.kind == "unknown"
    assert "gateway" in result.suggested_fix


def test_the_cli_that_cannot_reach_the_run_over_ssh_reports_an_unreachable_instance():
    text = (
        "fast-rat-1 provisioning completed (running)\nAborted\nTraceback (most recent call last):\n"
        '  File "/usr/local/python/3.10.13/lib/python3.10/site-packages/dstack/_internal/core/services/ssh/'
        'attach.py", line 136, in attach\n'
        '    raise SSHError("Can\'t connect to the remote host")\n'
        "dstack._internal.core.errors.SSHError: Can't connect to the remote host\n"
    )
    assert diagnose(text).kind == "instance_unreachable"


def test_a_compute_engine_zone_without_the_vm_is_no_capacity():
    text = (
        "A a2-highgpu-1g VM instance is currently unavailable in the us-west1-b zone. Alternatively, you can "
        "try your request again with a different VM hardware configuration or at a later time.\n"
        "...\nInstance failed to start due to preemption.\n"
    )
    assert diagnose(text).kind == "no_capacity"
    assert diagnose("The service is currently unavailable in the meantime, retrying\n") is None


def test_nvidia_container_cli_that_cannot_mount_the_driver_files_is_gpu_unavailable():
    text = (
        "docker: Error response from daemon: failed to create task for container: failed to create shim "
        "task: OCI runtime create failed: runc create failed: unable to start container process: error "
        "during container init: error running hook #0: error running hook: exit status 1, stdout: , stderr: "
        "Auto-detected mode as 'legacy'\n"
        "nvidia-container-cli: mount error: mount operation failed: /usr/bin/nvidia-smi: no such file or "
        "directory: unknown.\n"
    )
    assert diagnose(text).kind == "gpu_unavailable"


def test_a_host_that_shows_no_tenstorrent_card_is_gpu_unavailable():
    text = (
        "$ tt-smi\n No Tenstorrent devices detected! Please check your hardware and try again. Exiting...\n"
    )
    assert diagnose(text).kind == "gpu_unavailable"


# Ray Serve's controller on replicas waiting to be placed (serve/_private/deployment_state.py), as its JSON log
# record carries it, quotes escaped.
_SERVE_WAITING = (
    '{{"levelname": "WARNING", "message": "Deployment \'LLM\' in application \'app\' 1 replicas that have taken more '
    "than 30s to be scheduled. Resources required for each replica: {required}, total resources available: "
    '{available}. Use `ray status` for more details."}}\n'
)


@pytest.mark.parametrize(
    ("required", "available", "kind"),
    [
        ('[{\\"CPU\\": 1.0}, {\\"CPU\\": 1.0, \\"GPU\\": 1.0}]', "{}", "no_capacity"),
        ('{\\"CPU\\": 1.0, \\"GPU\\": 2.0}', '{\\"CPU\\": 8.0, \\"GPU\\": 1.0}', "no_capacity"),
        # Room enough: a slow start (an image or a runtime environment still installing), nothing failed.
        ('{\\"CPU\\": 1.0, \\"GPU\\": 1.0}', '{\\"CPU\\": 8.0, \\"GPU\\": 4.0}', None),
        # Not a literal at all (an unhashable key): read as such, never evaluated.
        ("{[1]: 2}", '{\\"CPU\\": 1}', None),
    ],
)
def test_ray_serve_replicas_waiting_for_more_than_the_cluster_has_free_are_no_capacity(required, available, kind):
    result = diagnose(_SERVE_WAITING.format(required=required, available=available))
    assert (result and result.kind) == kind


def test_runc_before_1_1_failing_to_exec_the_entrypoint_is_a_container_that_exited_whatever_the_errno():
    # world546's training part, actiontech/dtle #454: the pre-1.1 libcontainer wording, with EPERM.
    result = diagnose('standard_init_linux.go:190: exec user process caused "operation not permitted"')
    assert result is not None and result.kind == "container_exited"


def test_rocminfo_probing_a_container_without_lsmod_or_a_passwd_entry_names_no_failure():
    # world546's training part, ROCm/ROCm-docker #67: rocminfo goes on to print the HSA agents.
    log = """\
rocm-user@94b67f33c938:~$ rocminfo
sh: 1: lsmod: not found
ROCk module is NOT loaded, possibly no GPU devices
Failed to get user name to check for video group membership
=====================
HSA System Attributes
=====================
"""
    assert diagnose(log) is None

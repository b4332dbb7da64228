"""What Ray, vLLM's Ray executor and torch print when a model spans more than one node (world36)."""

from __future__ import annotations

from world_corpora import kind_of

_WAIT = (
    "INFO 04-01 02:46:00 ray_utils.py:214] Waiting for creating a placement group of specs for 10 seconds. "
    "specs=[{'GPU': 1.0}, {'GPU': 1.0}]. Check `ray status` to see if you have enough resources.\n"
)
_STARTED = (
    "INFO 04-01 02:47:10 api_server.py:1090] Starting vLLM API server on http://0.0.0.0:8000\n"
    "INFO:     Application startup complete.\n"
)


def test_a_ray_version_mismatch_between_nodes_is_a_dependency_mismatch():
    text = (
        "RuntimeError: Version mismatch: The cluster was started with:\n"
        "    Ray: 2.43.0\n    Python: 3.11.10\n"
        "This process on node 10.18.215.196 was started with:\n"
        "    Ray: 2.44.1\n    Python: 3.11.10\n"
    )
    assert kind_of({"text": text}) == "dependency_install_failed"


def test_rays_patch_version_warning_is_no_mismatch():
    text = (
        "2025-05-26 18:00:25,881 WARNING utils.py:1591 -- Python patch version mismatch: "
        "The cluster was started with:\n    Ray: 2.41.0\n    Python: 3.12.8\n"
        "This process on Ray Client was started with:\n"
        "    Ray: 2.41.0\n    Python: 3.12.3\n"
    )
    assert kind_of({"text": text}) is None


def test_a_placement_group_still_waited_for_at_the_end_is_missing_capacity():
    warned = (
        "WARNING 04-01 02:45:50 ray_utils.py:320] The number of required GPUs exceeds the total number of "
        "available GPUs in the placement group.\n"
    )
    assert kind_of({"text": warned + _WAIT}) == "no_capacity"


def test_a_placement_group_wait_that_ended_in_a_start_is_healthy():
    assert kind_of({"text": _WAIT + _STARTED}) is None


def test_the_raised_required_gpus_error_is_still_a_parallel_size_that_cannot_fit():
    text = (
        "ValueError: The number of required GPUs exceeds the total number of available GPUs in the "
        "placement group.\n"
    )
    assert kind_of({"text": text}) == "tensor_parallel_invalid"


def test_an_infeasible_request_rays_autoscaler_repeats_at_the_end_is_missing_capacity():
    line = (
        "(autoscaler +44s) Error: No available node types can fulfill resource request "
        "{'GPU': 16.0, 'CPU': 1.0}. Add suitable node types to this cluster to resolve this issue.\n"
    )
    assert kind_of({"text": line + line.replace("+44s", "+1m19s")}) == "no_capacity"
    assert kind_of({"text": line + _STARTED}) is None


def test_rays_out_of_memory_tail_without_the_kill_line_is_host_memory():
    text = (
        "95412   14.05   ray::LLMRayActor\n"
        "Refer to the documentation on how to address the out of memory issue: "
        "https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html. "
        "Consider provisioning more memory on this node or reducing task parallelism by requesting more CPUs "
        "per task.\n"
    )
    assert kind_of({"text": text}) == "host_oom"


def test_a_gloo_full_mesh_that_cannot_connect_is_a_collective_failure():
    text = (
        "[rank10]:[E130 18:11:34.707542570 ProcessGroupGloo.cpp:143] Gloo connectFullMesh failed with "
        "[../third_party/gloo/gloo/transport/tcp/pair.cc:144] no error\n"
    )
    assert kind_of({"text": text}) == "nccl_or_shm"


def test_vllms_headless_refusals_are_engine_arguments():
    for refusal in (
        "ValueError: data_parallel_rank is not applicable in headless mode\n",
        "ValueError: data_parallel_size_local must be > 0 in headless mode\n",
    ):
        assert kind_of({"text": refusal}) == "invalid_engine_args"


def test_torchelastics_error_summary_framed_in_rulers_still_ends_in_the_failure():
    # torchrun's ChildFailedError summary draws "=" * 60 and "-" * 60 rulers around "train.py FAILED",
    # "Failures:" and "<NO_OTHER_FAILURES>": rulers are the report's frame, not the process going on.
    text = (
        '  File "/usr/lib/python3.10/site-packages/torch/distributed/launcher/api.py", line 264, in launch_agent\n'
        "    raise ChildFailedError(\n"
        "torch.distributed.elastic.multiprocessing.errors.ChildFailedError:\n"
        + "=" * 60
        + "\ntrain.py FAILED\n"
        + "-" * 60
        + "\nFailures:\n  <NO_OTHER_FAILURES>\n"
        + "-" * 60
        + "\n"
    )
    assert kind_of({"text": text}) == "container_exited"


def test_rulers_after_a_start_are_no_failure():
    text = "=" * 60 + "\nINFO:     Application startup complete.\n" + "-" * 60 + "\n"
    assert kind_of({"text": text}) is None


def test_a_traceback_under_azure_mls_systemlog_prefix_is_read_as_one():
    # Azure ML's job log puts "SystemLog: " before each line the process printed; a traceback cut at a frame
    # under it is still a crash, not lines the process went on with (world526's training part).
    text = (
        "SystemLog: Traceback (most recent call last):\n"
        'SystemLog:   File "/mnt/azureml/cr/j/0/exe/wd/run.py", line 141, in main\n'
        "SystemLog:     output = model.generate(input_ids=input_ids,\n"
        'SystemLog:   File "/azureml-envs/e/lib/python3.10/site-packages/transformers/generation/utils.py", '
        "line 1758, in generate\n"
        "SystemLog:     result = self._sample(\n"
    )
    assert kind_of({"text": text}) == "container_exited"

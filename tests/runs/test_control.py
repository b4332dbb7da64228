"""How a submit without a deployment finds one."""

from __future__ import annotations

from deploy_mcp.runs.control import deployment_name_from
from deploy_mcp.sizing.generate import ServiceRequest, deployment_name


def test_a_config_without_name_lands_in_the_deployment_generate_service_config_opens_for_its_model():
    model = "Qwen/Qwen2.5-7B-Instruct"
    text = f"type: service\nport: 8000\nimage: x\nmodel: {model}\n"
    assert deployment_name_from(text) == deployment_name(ServiceRequest(model=model)) == "qwen2-5-7b-instruct"
    mapping = f"type: service\nport: 8000\nimage: x\nmodel: {{name: {model}, format: openai}}\n"
    assert deployment_name_from(mapping) == "qwen2-5-7b-instruct"


def test_the_configs_own_name_wins_and_unusable_yaml_falls_back_to_service():
    assert deployment_name_from("type: service\nname: my-llama\nmodel: a/b-7B\n") == "my-llama"
    assert deployment_name_from("- not a mapping\n") == "service"
    assert deployment_name_from("type: service\nport: [\n") == "service"


def test_per_deployment_locks_stay_bounded_however_many_names_arrive(settings):
    from deploy_mcp.runs.control import MAX_KEPT, RunControl
    from deploy_mcp.runtime import Runtime

    control = RunControl(Runtime(settings))
    held = control._deployment_lock("held")
    with held:
        for n in range(3 * MAX_KEPT):
            control._deployment_lock(f"deployment-{n}")
        assert len(control._deployment_locks) <= MAX_KEPT + 1
        assert control._deployment_lock("held") is held  # a lock in use is never dropped

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

"""Documents that used to crash validation or multiply a run: each is now a located error."""

from __future__ import annotations

import pytest
from support import LINEAR, growth

from deploy_mcp.config.validation import validate_text
from deploy_mcp.settings import Policy, Settings

SERVICE = "type: service\nport: 8000\nimage: python:3.12\ncommands:\n  - python -m http.server 8000\n"


def codes(text: str, policy: Policy | None = None) -> list[tuple[str, str]]:
    report = validate_text(text, policy=policy)
    return [(p.code, ".".join(map(str, p.loc))) for p in report.errors]


@pytest.mark.parametrize(("text", "expected"), [
    ("type: service\ncommands: " + "[" * 500 + "]" * 500 + "\n", ("document_too_deep", "<root>")),
    ("type: service\nx:\n" + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(500)), ("document_too_deep", "<root>")),
    # a chain of aliases is as deep as it is long, though each anchor nests one level
    ("type: service\n" + "".join(f"a{i}: &a{i} [{f'*a{i - 1}' if i else 'x'}]\n" for i in range(150)),
     ("document_too_deep", "<root>")),
    (SERVICE + "replicas: " + "9" * 5000 + "\n", ("integer_too_large", "replicas")),
    (SERVICE + "env:\n  A: " + "1" * 5000 + "\n", ("integer_too_large", "env.A")),
    (SERVICE + 'name: "a\\ud800"\n', ("invalid_text", "name")),
    ("type: service\nport: 8000\ncommands: vllm serve x\n", ("list_type", "commands")),
    ("type: service\nport: 8000\ngroups: 5\n", ("list_type", "groups")),
    ("type: service\nport: 8000\ngroups:\n  - name: a\n    replicas: 1\n    commands: vllm serve x\n",
     ("list_type", "groups.0.commands")),
])
def test_documents_that_crashed_validation_are_located_errors(text: str, expected: tuple[str, str]) -> None:
    assert expected in codes(text)


def test_replicas_are_bounded_by_the_policy_and_a_stricter_yaml_stands() -> None:
    assert codes(SERVICE + "replicas: 100000\n") == [("count_over_limit", "replicas")]
    assert codes(SERVICE + "replicas: 3\n") == []
    assert codes(SERVICE + "replicas: 6\n", Policy(max_replicas=8)) == []
    ranged = SERVICE + "replicas: 1..{}\nscaling:\n  metric: rps\n  target: 10\n"
    assert codes(ranged.format(9)) == [("count_over_limit", "replicas")]


def test_every_replica_group_nodes_and_gpu_count_are_bounded() -> None:
    group = "  - name: g{i}\n    replicas: {n}\n    commands: [python -m http.server 8000]\n"
    groups = "type: service\nport: 8000\ngroups:\n" + group.format(i=0, n=1) + group.format(i=1, n=50)
    assert codes(groups) == [("count_over_limit", "groups.1.replicas")]
    many = "type: service\nport: 8000\ngroups:\n" + "".join(group.format(i=i, n=1) for i in range(17))
    assert ("too_many_groups", "groups") in codes(many)
    assert codes("type: task\nnodes: 100\ncommands: [x]\n") == [("count_over_limit", "nodes")]
    assert codes(SERVICE + "resources:\n  gpu: 1000\n") == [("too_many_gpus", "resources.gpu")]


def test_env_names_come_from_the_users_allow_list_only() -> None:
    listed = SERVICE + "env:\n  - HF_TOKEN\n  - HUGGING_FACE_HUB_TOKEN\n  - MY_PASSWORD\n  - AWS_SECRET_ACCESS_KEY\n"
    assert codes(listed) == [("env_not_allowed", "env.MY_PASSWORD"), ("env_not_allowed", "env.AWS_SECRET_ACCESS_KEY")]
    report = validate_text(listed, policy=Policy(allow_env=["MY_PASSWORD"]))
    (error,) = report.errors
    assert error.loc == ["env", "AWS_SECRET_ACCESS_KEY"] and "deploy-mcp's own credentials" in error.hint
    # a forced --env name is allowed; a plain value is the model's own and stays allowed
    assert codes(SERVICE + "env:\n  - WANDB_API_KEY\n  - LOG_LEVEL=debug\n", Policy(env=["WANDB_API_KEY"])) == []
    hint = validate_text(SERVICE + "env: [MY_KEY]\n", policy=Policy()).errors[0].hint
    assert "--allow-env MY_KEY" in hint


@pytest.mark.parametrize("flags", [{"allow_env": ["DSTACK_TOKEN"]}, {"env": ["AWS_SECRET_ACCESS_KEY"]},
                                   {"allow_env": ["KUBECONFIG"]}, {"allow_env": "HF_TOKEN,DEPLOY_MCP_AUTH_TOKEN"}])
def test_deploy_mcps_own_credentials_can_never_be_allowed(flags: dict) -> None:
    with pytest.raises(ValueError, match="deploy-mcp's own credentials"):
        Settings(**flags)


def test_a_url_password_in_an_env_value_is_refused_and_never_echoed() -> None:
    report = validate_text(SERVICE + "env:\n  - DATABASE_URL=postgres://app:Sup3rS3cret@db/x\n")
    assert [(p.code, p.loc) for p in report.errors] == [("secret_inline", ["env", "DATABASE_URL"])]
    assert "Sup3rS3cret" not in report.model_dump_json()


def test_a_credential_written_as_the_run_name_is_refused() -> None:
    report = validate_text(SERVICE + "name: sk-proj-abcdefghijklmnopqrstuvwx\n")
    assert ("secret_inline", ["name"]) in [(p.code, p.loc) for p in report.errors]
    assert "abcdefghijklmnopqrstuvwx" not in report.model_dump_json()


def test_a_control_character_is_a_syntax_error() -> None:
    assert codes("\x00") == [("yaml_syntax", "<yaml>")]


def test_validation_time_grows_linearly_with_a_long_command_token() -> None:
    """A 20,000-character token took 30 s to validate (40,000: 127 s) while every other call waited."""
    def validate(token: str) -> None:
        validate_text(SERVICE.replace("python -m http.server 8000", f"vllm serve {token}"))

    assert growth(validate, "a=") < LINEAR

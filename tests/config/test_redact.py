from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deploy_mcp.config.redact import REDACTED, Redactor, redactor_for, secret_env_values

HF = "hf_" + "a1B2c3D4e5F6g7H8i9J0kLmNoPqRsT"
OPENAI = "sk-proj-" + "Zx9" * 10
ANTHROPIC = "sk-ant-api03-" + "Qw3" * 10
GITHUB = "ghp_" + "R5t" * 12
AWS_ID = "AKIAIOSFODNN7EXAMPLE"


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        (f"Loading with token {HF}", HF),
        (f"OPENAI_API_KEY={OPENAI}", OPENAI),
        (f"client = Anthropic(api_key='{ANTHROPIC}')", ANTHROPIC),
        (f"git clone https://{GITHUB}@github.com/org/repo", GITHUB),
        (f"aws id {AWS_ID}", AWS_ID),
        ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        ("curl -H 'Authorization: Bearer abc.def.ghijklmnop'", "abc.def.ghijklmnop"),
        ("export DB_PASSWORD=hunter2hunter2", "hunter2hunter2"),
        ("WANDB_API_KEY: 0123456789abcdef", "0123456789abcdef"),
        ('{"client_secret": "s3cr3t-value"}', "s3cr3t-value"),
        ("vllm serve m --api-key local-dev-key-123 --port 8000", "local-dev-key-123"),
        ("text-generation-launcher --hf-token=tok_abcdefgh", "tok_abcdefgh"),
    ],
)
def test_credentials_are_masked(line: str, secret: str) -> None:
    redacted = Redactor()(line)
    assert secret not in redacted and REDACTED in redacted


@pytest.mark.parametrize(
    "line",
    [
        "INFO: max_num_batched_tokens=8192, num_key_value_heads=8",
        "vllm serve meta-llama/Llama-3.1-8B --max-model-len 4096 --tensor-parallel-size 2",
        "commit 0123456789abcdef0123456789abcdef01234567",
        "HF_TOKEN is not set; gated models will fail",
        "tokenizer: meta-llama/Llama-3.1-8B, KEY_SIZE=128",
        "api_key=None",
    ],
)
def test_ordinary_lines_are_left_alone(line: str) -> None:
    assert Redactor()(line) == line


def test_values_of_env_names_in_the_config_are_masked_whatever_their_name() -> None:
    environ = {"MODEL_ACCESS": "plain-looking-value", "PATH": "/usr/bin"}
    redact = redactor_for(["MODEL_ACCESS"], environ=environ)
    assert redact("using plain-looking-value at /usr/bin") == f"using {REDACTED} at /usr/bin"


def test_the_servers_own_secret_env_values_are_masked() -> None:
    environ = {"DSTACK_TOKEN": "9f1c-local-admin", "HF_TOKEN": "notshaped123", "HOME": "/home/u"}
    assert sorted(secret_env_values(environ)) == ["9f1c-local-admin", "notshaped123"]
    out = redactor_for(environ=environ)("dstack 9f1c-local-admin hf notshaped123 home /home/u")
    assert out == f"dstack {REDACTED} hf {REDACTED} home /home/u"


def test_extra_and_inline_values_are_masked_but_short_values_are_not() -> None:
    redact = redactor_for(inline_values=["inline-secret-1", "${{ secrets.x }}"], extra_values=["tok", "settings-token"],
                          environ={})
    assert redact("inline-secret-1 settings-token tok") == f"{REDACTED} {REDACTED} tok"


@given(prefix=st.text(max_size=40), suffix=st.text(max_size=40))
def test_a_planted_token_never_survives_whatever_surrounds_it(prefix: str, suffix: str) -> None:
    secret = "zq8-planted-SECRET-value"
    redact = redactor_for(["PLANTED"], environ={"PLANTED": secret})
    assert secret not in redact(prefix + secret + suffix)
    assert HF not in redact(prefix + " " + HF + " " + suffix)

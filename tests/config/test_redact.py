from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support import LINEAR, growth

from deploy_mcp.backends.base import LogLine
from deploy_mcp.config.redact import REDACTED, Redactor, redactor_for, secret_env_values
from deploy_mcp.config.secrets import credential_kind
from deploy_mcp.runs.logtail import MAX_LINE_CHARS, clean_lines

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


# ---- linear time on hostile text (issue 12: a 20,000-character token took 30 s to validate) -------------------

# Runs of the characters each pattern repeats: the inputs that made the old patterns quadratic.
HOSTILE_UNITS = ["a", "a=", "a:", "x://u:", "eyJ-", "--a-", "sk-", "Bearer ", "${{", "-----BEGIN ", "1", "A1b+"]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_redaction_time_grows_linearly_with_a_long_token(unit: str) -> None:
    assert growth(Redactor(["known-secret-value"]), unit) < LINEAR


def test_tail_logs_cuts_a_long_log_line_before_redacting_it() -> None:
    redact = Redactor()

    def clean(text: str) -> list[str]:
        return clean_lines([LogLine(text=text)], redact)

    assert growth(clean, "a=") < LINEAR
    line = clean("line " + "x" * 100_000)[0]
    assert len(line) < MAX_LINE_CHARS + 100 and "line cut: 97957 more chars" in line


# ---- redaction gaps ------------------------------------------------------------------------------------------

PEM_BODY = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
            "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu"]
PEM = "\n".join(["-----BEGIN PRIVATE KEY-----", *PEM_BODY, "-----END PRIVATE KEY-----"])


def test_a_private_key_block_is_masked_whole_in_one_text() -> None:
    out = Redactor()(f"key:\n{PEM}\ndone")
    assert all(body not in out for body in PEM_BODY) and out.endswith("done") and "BEGIN" not in out


def test_private_key_body_lines_are_masked_in_a_log_read_line_by_line() -> None:
    lines = clean_lines([LogLine(text=t) for t in ["starting", *PEM.splitlines(), "ready"]], Redactor())
    assert lines[0] == "starting" and lines[-1] == "ready"
    assert all(line == REDACTED for line in lines[1:-1])
    # a body line alone (its BEGIN line on an earlier page) is masked by its shape
    assert Redactor()(PEM_BODY[0]) == REDACTED
    assert Redactor()("0123456789abcdef" * 4) == "0123456789abcdef" * 4  # a hex digest stays


@pytest.mark.parametrize(("line", "secret", "kept"), [
    ("connecting to postgres://app:s3cretPw@db:5432/x", "s3cretPw", "postgres://app:***@db:5432/x"),
    ("redis://:hunter2pw@cache:6379", "hunter2pw", "redis://:***@cache:6379"),
    ("DB_PWD=abcdef123", "abcdef123", "DB_PWD="),
    ("DATABASE=password: hunter22", "hunter22", "DATABASE="),
    ("--model m --api-key sk-local-xyz", "sk-local-xyz", "--model m --api-key"),
])
def test_url_passwords_pwd_values_and_nested_assignments_are_masked(line: str, secret: str, kept: str) -> None:
    out = Redactor()(line)
    assert secret not in out and kept in out


def test_a_password_in_a_url_is_a_credential_kind() -> None:
    assert credential_kind("https://user:pw@host") == "password in a URL"
    assert credential_kind("https://host/path?a=b") is None

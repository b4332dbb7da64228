"""What a credential looks like: shared by the config checks and the redaction of everything returned."""

from __future__ import annotations

import re

# Token shapes with a recognisable prefix; lengths keep ordinary words (``sk-learn``) out.
CREDENTIAL_PATTERNS: dict[str, re.Pattern[str]] = {
    "Hugging Face token": re.compile(r"\bhf_[A-Za-z0-9]{20,}"),
    "Anthropic key": re.compile(r"\bsk-ant-[A-Za-z0-9_\-]{20,}"),
    "OpenAI key": re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}"),
    "AWS access key id": re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"),
    "GitHub token": re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})"),
    "GitLab token": re.compile(r"\bglpat-[A-Za-z0-9_\-]{20,}"),
    "Slack token": re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    "Google API key": re.compile(r"\bAIza[0-9A-Za-z_\-]{35}"),
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "JWT": re.compile(r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"),
}

_SECRET_NAME = re.compile(
    r"(?:^|_)(?:TOKEN|KEY|SECRET|SECRETS|APIKEY|CREDENTIALS?|PASS|PASSWD)$|PASSWORD|PRIVATE_KEY|ACCESS_KEY",
    re.IGNORECASE,
)
# Names that end like a secret but never hold one.
_NOT_SECRET_NAMES = frozenset({"HF_HUB_ENABLE_HF_TRANSFER", "TOKENIZERS_PARALLELISM", "KEY_SIZE"})
_REFERENCE = re.compile(r"^\s*\$\{\{\s*(?:secrets|env)\.[A-Za-z0-9_\-]+\s*\}\}\s*$|^\s*\$\{?[A-Za-z_][A-Za-z0-9_]*\}?\s*$")


def credential_kind(text: str) -> str | None:
    """The kind of credential found in ``text``, if any."""
    for kind, pattern in CREDENTIAL_PATTERNS.items():
        if pattern.search(text):
            return kind
    return None


def is_secret_name(name: str) -> bool:
    """A variable whose name says it holds a secret (``*_TOKEN``, ``*_KEY``, ``*_SECRET``, ``*PASSWORD*``)."""
    return name.upper() not in _NOT_SECRET_NAMES and bool(_SECRET_NAME.search(name))


def is_reference(value: str) -> bool:
    """``${{ secrets.X }}``, ``${{ env.X }}`` or ``$X``: a pointer to a secret, not the secret itself."""
    return bool(_REFERENCE.match(value))

"""What a credential looks like: shared by the config checks and the redaction of everything returned.

Every pattern here runs on text a model or a run wrote, so each must stay linear in the text's length: a
pattern may end in an unbounded run of one character class (a failed attempt then costs at most its minimum
length), but anything that must follow such a run is guarded by a lookbehind that allows one start per run
and a bounded repeat.
"""

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
    "private key": re.compile(r"-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----"),
    # Segments may hold '-', so a start inside a segment is ruled out (one attempt per run of segment chars).
    "JWT": re.compile(r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{10,8192}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"),
}

# scheme://user:password@host; the user part may be empty (redis://:pw@host). Parts are bounded, and a scheme
# starts only where no scheme character precedes it, so every attempt costs a bounded number of steps.
URL_PASSWORD = re.compile(
    r"(?<![A-Za-z0-9+.\-])(?P<prefix>[A-Za-z][A-Za-z0-9+.\-]{0,31}://[^\s:/@'\"]{0,256}:)"
    r"(?P<password>[^\s/@'\"]{1,256})(?=@)"
)

MAX_NAME_LENGTH = 256
"""Longer names are not variable names; they are never treated as secret names (nor scanned)."""

_SECRET_NAME = re.compile(
    r"(?:^|_)(?:TOKEN|KEY|SECRET|SECRETS|APIKEY|CREDENTIALS?|PASS|PASSWD)$|_PWD$|PASSWORD|PRIVATE_KEY|ACCESS_KEY",
    re.IGNORECASE,
)
# Names that end like a secret but never hold one.
_NOT_SECRET_NAMES = frozenset({"HF_HUB_ENABLE_HF_TRANSFER", "TOKENIZERS_PARALLELISM", "KEY_SIZE"})
_REFERENCE = re.compile(
    r"\s{0,64}(?:\$\{\{\s{0,16}(?:secrets|env)\.[A-Za-z0-9_\-]{1,256}\s{0,16}\}\}"
    r"|\$\{?[A-Za-z_][A-Za-z0-9_]{0,255}\}?)\s{0,64}"
)


def credential_kind(text: str) -> str | None:
    """The kind of credential found in ``text``, if any."""
    for kind, pattern in CREDENTIAL_PATTERNS.items():
        if pattern.search(text):
            return kind
    if URL_PASSWORD.search(text):
        return "password in a URL"
    return None


def is_secret_name(name: str) -> bool:
    """A variable whose name says it holds a secret (``*_TOKEN``, ``*_KEY``, ``*_SECRET``, ``*_PWD``,
    ``*PASSWORD*``)."""
    if len(name) > MAX_NAME_LENGTH:
        return False
    return name.upper() not in _NOT_SECRET_NAMES and bool(_SECRET_NAME.search(name))


def is_reference(value: str) -> bool:
    """``${{ secrets.X }}``, ``${{ env.X }}`` or ``$X``: a pointer to a secret, not the secret itself."""
    return len(value) <= 512 and bool(_REFERENCE.fullmatch(value))

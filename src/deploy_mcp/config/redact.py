"""Secret redaction for everything this server returns: log lines, status messages, errors.

Two layers: the shapes of well-known credentials and of ``NAME=value`` assignments whose name says "secret"
(shared with the config checks through ``deploy_mcp.config.secrets``), and the exact values this server knows to be
secret (env variables named in the run's configuration, and its own secret-looking environment).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

from deploy_mcp.config.secrets import CREDENTIAL_PATTERNS, is_reference, is_secret_name

REDACTED = "<redacted>"

# Exact values shorter than this are not masked: they would blank out ordinary words and numbers.
MIN_SECRET_LENGTH = 6

# NAME=value, NAME: value, "name": "value", name='value'; the name decides, see is_secret_name.
_ASSIGNMENT = re.compile(
    r"""(?P<name>[A-Za-z_][A-Za-z0-9_.-]*)(?P<q1>['"]?)(?P<sep>\s*[:=]\s*)(?P<q2>['"]?)(?P<value>[^\s'",;)}\]]+)"""
)
# --hf-token VALUE, --api-key=VALUE
_FLAG = re.compile(r"""(?P<name>--[A-Za-z][A-Za-z0-9_-]*)(?P<q1>)(?P<sep>=|\s+)(?P<q2>['"]?)(?P<value>[^\s'"]+)""")
_BEARER = re.compile(r"\b(?P<scheme>Bearer|Basic|Token)(?P<sep>\s+)(?P<value>[A-Za-z0-9._~+/=-]{12,})", re.IGNORECASE)
_HARMLESS_VALUES = frozenset({"none", "null", "true", "false", "", REDACTED.lower(), "***"})


class Redactor:
    """Masks credentials in text; build one per call with :func:`redactor_for`."""

    def __init__(self, values: Iterable[str] = (), *, assignments: bool = True) -> None:
        """``assignments=False`` leaves ``NAME: value`` shapes alone, for prose that names variables
        ("env has no HF_TOKEN: the download...") rather than setting them."""
        exact = sorted({v for v in values if v and len(v) >= MIN_SECRET_LENGTH}, key=len, reverse=True)
        self._exact = re.compile("|".join(map(re.escape, exact))) if exact else None
        self._assignments = assignments

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self._exact is not None:
            text = self._exact.sub(REDACTED, text)
        for pattern in CREDENTIAL_PATTERNS.values():
            text = pattern.sub(REDACTED, text)
        text = _BEARER.sub(lambda m: f"{m['scheme']}{m['sep']}{REDACTED}", text)
        if self._assignments:
            text = _FLAG.sub(_mask_assignment, text)
            text = _ASSIGNMENT.sub(_mask_assignment, text)
        return text


def _mask_assignment(m: re.Match[str]) -> str:
    name = m["name"]
    if not is_secret_name(name.lstrip("-").replace("-", "_").replace(".", "_")):
        return m[0]
    value = m["value"]
    # "$" starts a reference ($VAR, ${VAR}, ${{ secrets.x }}) even when the pattern caught only its first part
    if value.lower() in _HARMLESS_VALUES or value.startswith(("$", "--")):
        return m[0]
    return f"{name}{m['q1']}{m['sep']}{m['q2']}{REDACTED}"


def secret_env_values(environ: Mapping[str, str] | None = None) -> list[str]:
    """Values of this server's environment variables whose names say they are secret (DSTACK_TOKEN, HF_TOKEN...)."""
    environ = os.environ if environ is None else environ
    return [value for name, value in environ.items() if is_secret_name(name)]


def redactor_for(
    env_names: Iterable[str] = (),
    *,
    inline_values: Iterable[str] = (),
    extra_values: Iterable[str] = (),
    environ: Mapping[str, str] | None = None,
) -> Redactor:
    """A redactor for one run.

    ``env_names``: variables the run's configuration lists by name only, so their values come from this
    server's environment whatever the names are; ``inline_values``: values written in the configuration that
    the secrets check flags; plus the server's own secrets and ``extra_values`` (such as the dstack token).
    """
    environ = os.environ if environ is None else environ
    values = [environ[name] for name in env_names if environ.get(name)]
    values += [v for v in inline_values if v and not is_reference(v)]
    values += secret_env_values(environ)
    values += [v for v in extra_values if v]
    return Redactor(values)

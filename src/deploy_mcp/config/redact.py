"""Secret redaction for everything this server returns: log lines, status messages, errors, log records.

Three layers: the shapes of well-known credentials, passwords in URLs and private-key blocks; ``NAME=value``
assignments and ``--flag value`` pairs whose name says "secret" (shared with the config checks through
``deploy_mcp.config.secrets``); and the exact values this server knows to be secret (env variables named in
the run's configuration, and its own secret-looking environment).

Everything here runs on text a model or a run wrote, so it is linear in the text's length: patterns have
bounded repeats and start at most once per run of the characters they repeat, and an assignment is found by
its name and separator only, its value read after the name said it is secret.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping

from deploy_mcp.config.secrets import CREDENTIAL_PATTERNS, URL_PASSWORD, is_reference, is_secret_name

REDACTED = "<redacted>"
URL_PASSWORD_MASK = "***"

# Exact values shorter than this are not masked: they would blank out ordinary words and numbers.
MIN_SECRET_LENGTH = 6

# NAME=value, NAME: value, "name": "value", name='value': the name and its separator; the value is read by
# _VALUE only when the name is secret. A name starts only where no name character precedes it.
_ASSIGNMENT = re.compile(
    r"""(?<![A-Za-z0-9_.\-])(?P<name>[A-Za-z_][A-Za-z0-9_.\-]{0,255})(?P<q1>['"]?)(?P<sep>[ \t]{0,16}[:=][ \t]{0,16})"""
    r"""(?P<q2>['"]?)"""
)
_VALUE = re.compile(r"""[^\s'",;)}\]]+""")
# --hf-token VALUE, --api-key=VALUE
_FLAG = re.compile(r"""(?<![A-Za-z0-9_\-])(?P<name>--[A-Za-z][A-Za-z0-9_\-]{0,127})(?P<q1>)(?P<sep>=|[ \t]{1,16})"""
                   r"""(?P<q2>['"]?)""")
_FLAG_VALUE = re.compile(r"""[^\s'"]+""")
_BEARER = re.compile(r"\b(?P<scheme>Bearer|Basic|Token)(?P<sep>\s{1,16})(?P<value>[A-Za-z0-9._~+/=-]{12,})",
                     re.IGNORECASE)
_KEY_BEGIN = re.compile(r"-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----")
_KEY_END = re.compile(r"-----END [A-Z ]{0,40}PRIVATE KEY-----")
# A whole line of base64 with upper case, lower case and digits: the body of a PEM block printed line by line
# (a hex digest has no upper case and stays).
_BASE64_LINE = re.compile(r"[ \t]{0,64}[A-Za-z0-9+/]{40,}={0,2}[ \t]{0,64}")
_HARMLESS_VALUES = frozenset({"none", "null", "true", "false", "", REDACTED.lower(), URL_PASSWORD_MASK})


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
        text = mask_private_keys(text)
        for pattern in CREDENTIAL_PATTERNS.values():
            text = pattern.sub(REDACTED, text)
        text = URL_PASSWORD.sub(lambda m: m["prefix"] + URL_PASSWORD_MASK, text)
        text = _BEARER.sub(lambda m: f"{m['scheme']}{m['sep']}{REDACTED}", text)
        if self._assignments:
            text = _mask_assignments(text, _FLAG, _FLAG_VALUE)
            text = _mask_assignments(text, _ASSIGNMENT, _VALUE)
        return text


def _mask_assignments(text: str, pattern: re.Pattern[str], value_pattern: re.Pattern[str]) -> str:
    """Mask the value after every secret-named ``name`` + separator. A match takes only the name and the
    separator, so the value of a harmless name is searched again (``DB=password: x`` masks ``x``)."""
    out: list[str] = []
    pos = 0
    search = pattern.search
    while (m := search(text, pos)) is not None:
        name, end = m["name"], m.end()
        # The name first: reading the value of every harmless name would read a long value once per name in it.
        value = value_pattern.match(text, end) if is_secret_name(_variable(name)) else None
        if value is None:
            out.append(text[pos:end])
            pos = end
            continue
        raw = value[0]
        # "$" starts a reference ($VAR, ${VAR}, ${{ secrets.x }}) even when the value holds only its first part
        if raw.lower() in _HARMLESS_VALUES or raw.startswith(("$", "--")):
            out.append(text[pos:end])
            pos = end
            continue
        out.append(text[pos:end] + REDACTED)
        pos = value.end()
    out.append(text[pos:])
    return "".join(out)


def _variable(name: str) -> str:
    return name.lstrip("-").replace("-", "_").replace(".", "_")


def mask_private_keys(text: str) -> str:
    """Each ``-----BEGIN ... PRIVATE KEY-----`` block, up to its END line (or the end of the text), and every
    whole line that looks like the base64 body of one."""
    if "PRIVATE KEY-----" in text:
        out: list[str] = []
        pos = 0
        while (begin := _KEY_BEGIN.search(text, pos)) is not None:
            end = _KEY_END.search(text, begin.end())
            out.append(text[pos:begin.start()] + REDACTED)
            pos = end.end() if end is not None else len(text)
        out.append(text[pos:])
        text = "".join(out)
    if len(text) >= 40 and any(_is_key_body(line) for line in text.splitlines()):
        text = "\n".join(REDACTED if _is_key_body(line) else line for line in text.split("\n"))
    return text


def _is_key_body(line: str) -> bool:
    line = line.rstrip("\r")
    if len(line) < 40 or not _BASE64_LINE.fullmatch(line):
        return False
    return any(c.isupper() for c in line) and any(c.islower() for c in line) and any(c.isdigit() for c in line)


def private_key_lines(lines: list[str]) -> set[int]:
    """Indices of the lines inside a BEGIN..END private-key block of a log read line by line."""
    inside = False
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not inside and "PRIVATE KEY-----" in line and _KEY_BEGIN.search(line):
            inside = _KEY_END.search(line) is None
            found.add(index)
        elif inside:
            found.add(index)
            inside = not ("PRIVATE KEY-----" in line and _KEY_END.search(line))
    return found


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

    ``env_names``: variables the run's configuration lists by name only (names the user allowed), so their
    values come from this server's environment whatever the names are; ``inline_values``: values written in
    the configuration that the secrets check flags; plus the server's own secrets and ``extra_values`` (such
    as the dstack token).
    """
    environ = os.environ if environ is None else environ
    values = [environ[name] for name in env_names if environ.get(name)]
    values += [v for v in inline_values if v and not is_reference(v)]
    values += secret_env_values(environ)
    values += [v for v in extra_values if v]
    return Redactor(values)


class RedactingFormatter(logging.Formatter):
    """A log formatter whose output (message and traceback) passes through redaction, so stderr never
    carries a token or a URL password, whatever a library put in its message."""

    def __init__(self, fmt: str, extra_values: Iterable[str] = ()) -> None:
        super().__init__(fmt)
        self._extra = [v for v in extra_values if v]

    def format(self, record: logging.LogRecord) -> str:
        return redactor_for(extra_values=self._extra)(super().format(record))

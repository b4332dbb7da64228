"""A log's own lines out of the records its collector stored them in.

Logs reach a reader through whatever kept them: docker's json-file driver and Fluent Bit store each line as a
JSON record (`{"log":"...\\n","stream":"stderr","time":"..."}`), Google Cloud Logging exports an entry's text as
`textPayload` (one record per line, or `gcloud logging read --format=json`'s indented objects, where a whole
traceback is often one string) and CloudWatch's `aws logs filter-log-events` answers with each event's
`message`. The rules read what the program wrote, so the records come off first, once for the whole tail.
"""

from __future__ import annotations

import html
import json
import re

# The keys a collector keeps the program's text under. docker's json-file and Fluent Bit: "log"; Cloud Logging:
# "textPayload"; CloudWatch Logs' FilteredLogEvent: "message" beside its "logStreamName" and "ingestionTime".
# Elsewhere "message" is a field of the program's own (a structured log line, the status of `kubectl get pod -o
# json`), and such a text is read as it is.
_TEXT_KEYS = (b'"log"', b'"textPayload"', b'"message"')
_CLOUDWATCH_KEYS = (b'"logStreamName"', b'"ingestionTime"')
# One key of an indented JSON document on its own line, with a string value (`    "textPayload": "...",`).
_INDENTED_KEY = re.compile(rb'\s{0,40}"(log|textPayload|message)": ?("(?:[^"\\]|\\.){0,200000}")\s?,?\s?')


def _text_of(record: object) -> str | None:
    """The program's text a collector's record holds, or None when it is not such a record."""
    if not isinstance(record, dict):
        return None
    text = record.get("log", record.get("textPayload"))
    if text is None and ("logStreamName" in record or "ingestionTime" in record):
        text = record.get("message")
    return text if isinstance(text, str) else None


def _record_text(line: bytes, cloudwatch: bool) -> bytes | None:
    """The text of one line that is a collector's record (or one key line of an indented document), else None.

    `cloudwatch`: whether the text is CloudWatch's answer, whose records keep the text under "message".
    """
    stripped = line.strip()
    text: object = None
    try:
        if stripped.startswith(b"{") and stripped.endswith(b"}"):
            text = _text_of(json.loads(stripped))
        else:
            indented = _INDENTED_KEY.fullmatch(line)
            if indented is not None and (indented[1] != b"message" or cloudwatch):
                text = json.loads(indented[2])
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser recurses
        return None
    return text.rstrip("\r\n").encode("utf-8", "replace") if isinstance(text, str) else None


def _document(data: bytes) -> bytes | None:
    """The texts of a whole JSON document of records, oldest first; None when it is not one (or is cut).

    `gcloud logging read` lists the newest entry first; CloudWatch's events come oldest first. Each record's
    "timestamp" (Cloud Logging's RFC 3339 text, CloudWatch's epoch milliseconds) puts them in the order the
    program wrote them, which is the order the verdict reads a tail in.
    """
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser recurses
        return None
    records = document.get("events", [document]) if isinstance(document, dict) else document
    if not isinstance(records, list):
        return None
    found = [(record.get("timestamp"), text) for record in records if (text := _text_of(record)) is not None]
    if not found:
        return None
    stamps = {type(stamp) for stamp, _ in found}
    if len(stamps) == 1 and stamps <= {str, int}:
        found.sort(key=lambda pair: pair[0])
    return "\n".join(text.rstrip("\r\n") for _, text in found).encode("utf-8", "replace")


# A web page's entities, left in a log copied from one (an issue page read as text, a console's HTML view):
# `File &quot;/usr/lib/...&quot;, line 3` is `File "/usr/lib/...", line 3` to the program that wrote it.
_ENTITIES = (b"&quot;", b"&#39;", b"&#x27;", b"&gt;", b"&lt;", b"&amp;")
# A whole log passed as one string literal (a JSON value or a Python repr, copied as printed, quotes and all):
# its line breaks are the escaped ones. A line that quotes some escaped breaks (a structured log's message,
# TGI's JSON record of a dead shard's stderr) stays as it is written.
_ESCAPED_BREAKS = 3
_ESCAPE = re.compile(rb"\\([nt\"'\\])")
_ESCAPED = {b"n": b"\n", b"t": b"\t", b'"': b'"', b"'": b"'", b"\\": b"\\"}


def _json_string(literal: bytes) -> bytes | None:
    """A JSON string value's text: a JSON encoder escapes every character past ASCII by default ("\\u00d7"
    for uv's "×", "\\u251c\\u2500\\u25b6" for its tree), which the escapes a repr shares with JSON leave."""
    if literal[:1] != b'"' or b"\\u" not in literal:
        return None
    try:
        text = json.loads(literal)
    except ValueError:
        return None
    return text.encode("utf-8", "replace") if isinstance(text, str) else None


def _unescaped(data: bytes) -> bytes:
    # A string literal has no real line break (its last newline aside): counted first, so a log of many lines
    # is not copied to look at its ends.
    if data.count(b"\n") <= 1:
        literal = data.strip()
        if (
            len(literal) > 1
            and literal[:1] in (b'"', b"'")
            and literal[-1:] == literal[:1]
            and literal.count(b"\\n") >= _ESCAPED_BREAKS
        ):
            data = _json_string(literal) or _ESCAPE.sub(lambda m: _ESCAPED[m[1]], literal[1:-1])
    if b"&" in data and any(entity in data for entity in _ENTITIES):
        data = html.unescape(data.decode("utf-8", "replace")).encode("utf-8", "replace")
    return data


def unwrap(data: bytes) -> bytes:
    """The text of a log with each collector's record replaced by the text it holds.

    An indented JSON document of records (gcloud's and the AWS CLI's output) keeps only the records' texts: its
    braces and other keys would read as lines the program went on to print after its last one. A document cut
    at its start (a tail of one) is read line by line, in the order it is in.
    """
    data = _unescaped(data)
    if not any(key in data for key in _TEXT_KEYS):
        return data
    lines = data.split(b"\n")
    first = next((line.strip() for line in lines if line.strip()), b"")
    document = first in (b"[", b"{")
    if document:
        whole = _document(data)
        if whole is not None:
            return whole
    cloudwatch = any(key in data for key in _CLOUDWATCH_KEYS)
    texts = []
    for i, line in enumerate(lines):
        text = (
            _record_text(line, cloudwatch)
            if b'"' in line and any(key in line for key in _TEXT_KEYS)
            else None
        )
        if text is not None:
            lines[i] = text
            texts.append(text)
    if not texts:
        return data
    return b"\n".join(texts if document else lines)

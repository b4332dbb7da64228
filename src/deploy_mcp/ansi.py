"""Terminal colour and cursor codes: engines write them into their logs, and no reader of the text wants them."""

from __future__ import annotations

import re

ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_])")


def strip_ansi(text: str) -> str:
    return ANSI_ESCAPE.sub("", text) if "\x1b" in text else text

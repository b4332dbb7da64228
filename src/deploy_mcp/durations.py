"""dstack durations (``90``, ``"30m"``, ``"2h"``, ``"off"``) as seconds, for limits that compare them.

The same grammar as dstack's own ``Duration.parse``, without importing dstack (settings are read before it loads).
"""

from __future__ import annotations

import math
import re
from typing import Any

_DURATION = re.compile(r"^(\d+) *([smhdw])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def duration_seconds(value: Any) -> float:
    """A dstack duration in seconds (``90``, ``"30m"``, ``"2h"``, ``"1d"``); ``off``, ``false`` or none is
    unlimited (``inf``). Raises ``ValueError`` for anything dstack would not parse."""
    if value is None or value is True or value is False or value == "off":
        return math.inf
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError(f"A duration cannot be negative: {value}")
        return float(value)
    text = str(value).strip()
    if text.isdigit():
        return float(text)
    match = _DURATION.match(text)
    if match is None:
        raise ValueError(f"Cannot read {value!r} as a duration: use seconds or a number with s, m, h, d or w.")
    return float(int(match.group(1)) * _UNIT_SECONDS[match.group(2)])

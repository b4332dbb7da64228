"""A bounded, redacted slice of a run's log, and a cursor that resumes exactly after it.

The backend pages logs with an opaque cursor: without one it returns the last ``limit`` lines, with one the
next ``limit`` lines after it. A follow-up call must never repeat or skip a line, so when a byte or line
budget ends a page early, the cursor handed back is the one just after the last line read (each line carries
its own; a page cut to end there is the fallback).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from deploy_mcp.ansi import strip_ansi
from deploy_mcp.backends.base import Backend, LogLine
from deploy_mcp.config.redact import REDACTED, private_key_lines

PAGE = 1000
"""Lines per backend request (dstack's own maximum)."""
MAX_LINE_CHARS = 2048
"""Longer lines are cut and marked: one minified JSON blob must not eat the whole budget."""
SCAN_PAGES = 10
"""How far a filtered call reads (pages of ``PAGE`` lines) before it returns what it found."""


@dataclass
class Slice:
    lines: list[str] = field(default_factory=list)
    cursor: str | None = None
    truncated: bool = False
    scanned: int = 0
    """Lines read from the backend to make this slice."""


def clean_lines(events: list[LogLine], redact: Callable[[str], str], limit: int = MAX_LINE_CHARS) -> list[str]:
    """The lines of a page as returned: without colours, cut to twice ``limit`` before any pattern reads them (a
    run may log one line of megabytes), redacted, then cut to ``limit``; the lines of a private-key block
    printed line by line are masked whole."""
    raw = [strip_ansi(event.text[: 4 * limit]).rstrip("\r\n")[: 2 * limit] for event in events]
    keys = private_key_lines(raw)
    lines = []
    for index, (event, text) in enumerate(zip(events, raw, strict=True)):
        if index in keys:
            lines.append(REDACTED)
            continue
        text = redact(text)
        if len(text) > limit:
            text = f"{text[:limit]} … [line cut: {max(len(event.text) - limit, 1)} more chars]"
        lines.append(text)
    return lines


def _size(line: str) -> int:
    return len(line.encode("utf-8")) + 1


def _fit(text: str, budget: int) -> str:
    """Cut one line to ``budget`` bytes, so a call always makes progress even on a giant line."""
    marker = " … [line cut]"
    room = max(budget - len(marker.encode()) - 1, 0)
    return text.encode("utf-8")[:room].decode("utf-8", "ignore") + marker


def _matches(needle: str | None) -> Callable[[str], bool]:
    if not needle:
        return lambda _line: True
    low = needle.lower()
    return lambda line: low in line.lower()


def tail(
    backend: Backend,
    run_name: str,
    *,
    lines: int,
    max_bytes: int,
    redact: Callable[[str], str],
    needle: str | None = None,
) -> Slice:
    """The last lines of the log (matching ``needle`` among the last ``SCAN_PAGES`` pages) within both budgets;
    the cursor is at the end of the log."""
    want = _matches(needle)
    limit = PAGE * SCAN_PAGES if needle else lines
    page = backend.logs(run_name, cursor=None, limit=limit)
    line_limit = min(MAX_LINE_CHARS, max_bytes)
    kept: list[str] = []
    budget = max_bytes
    truncated = len(page.lines) >= limit and not needle
    for text in reversed(clean_lines(page.lines, redact, line_limit)):
        if not want(text):
            continue
        if not kept and _size(text) > budget:
            text = _fit(text, budget)
        if len(kept) >= lines or _size(text) > budget:
            truncated = True
            break
        kept.append(text)
        budget -= _size(text)
    kept.reverse()
    return Slice(lines=kept, cursor=page.cursor, truncated=truncated, scanned=len(page.lines))


def follow(
    backend: Backend,
    run_name: str,
    cursor: str,
    *,
    lines: int,
    max_bytes: int,
    redact: Callable[[str], str],
    needle: str | None = None,
) -> Slice:
    """The lines after ``cursor`` in order, within both budgets; the cursor resumes after the last line read."""
    want = _matches(needle)
    line_limit = min(MAX_LINE_CHARS, max_bytes)
    out = Slice(cursor=cursor)
    budget = max_bytes
    for _ in range(SCAN_PAGES):
        limit = PAGE if needle else min(PAGE, lines - len(out.lines))
        start = out.cursor
        page = backend.logs(run_name, cursor=start, limit=limit)
        for index, text in enumerate(clean_lines(page.lines, redact, line_limit)):
            if want(text):
                if not out.lines and _size(text) > budget:
                    text = _fit(text, budget)
                if len(out.lines) >= lines or _size(text) > budget:
                    out.cursor = _cursor_before(backend, run_name, start, page.lines, index)
                    out.truncated = True
                    return out
                out.lines.append(text)
                budget -= _size(text)
            out.scanned += 1
        out.cursor = page.cursor or out.cursor
        if not page.has_more:
            return out
        if len(out.lines) >= lines:
            out.truncated = True
            return out
    out.truncated = True
    return out


def _cursor_before(backend: Backend, run_name: str, start: str | None, page: list[LogLine], index: int) -> str | None:
    """The cursor just before ``page[index]``: the previous line's own cursor, or a page that ends there."""
    if index == 0:
        return start
    if page[index - 1].cursor is not None:
        return page[index - 1].cursor
    return backend.logs(run_name, cursor=start, limit=index).cursor

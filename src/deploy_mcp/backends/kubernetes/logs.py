"""A run's log on Kubernetes: the engine container's log in each of its pods, the previous container instance
(the one that crashed) before the current one, pods oldest first, with a cursor that resumes exactly.

The kubelet keeps only the current and the previous instance of a container, so that is what can be read; lines
carry the kubelet's RFC 3339 nanosecond timestamps (``timestamps=true``). A cursor is the position after a line:
the pod (name and creation time), the container instance (its restart number), the line's timestamp and how many
lines of that instance carry exactly that timestamp up to it. A follow-up reads the cursor's instance from a
little before that timestamp (``sinceSeconds`` with a margin for clock skew), skips what was returned, then reads
every later instance whole. An instance the kubelet no longer keeps is passed over (its lines are gone).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from deploy_mcp.backends.base import LogLine, LogPage, decode_cursor, encode_cursor, invalid_cursor
from deploy_mcp.backends.kubernetes.status import container_status, main_container

# Seconds read before a cursor's timestamp, for the kubelet's clock being ahead of this host's.
SKEW_MARGIN_S = 300


@dataclass(frozen=True)
class LogSource:
    """One container instance of one pod, as the kubelet serves it (current or ``previous``)."""

    pod: str
    created: str
    container: str
    instance: int
    previous: bool

    def order(self) -> tuple[str, str, int]:
        return (self.created, self.pod, self.instance)


Reader = Callable[[LogSource, "int | None", "int | None"], str]
"""``read(source, tail_lines, since_seconds)`` -> the instance's log text with timestamps."""


def sources(pods: list[dict[str, Any]]) -> list[LogSource]:
    """The readable container instances of ``pods``, in the order their lines were written."""
    found: list[LogSource] = []
    for pod in pods:
        meta = pod.get("metadata") or {}
        container = main_container(pod)
        status = container_status(pod)
        if container is None or not status:
            continue
        restarts = int(status.get("restartCount") or 0)
        state = status.get("state") or {}
        name, created = meta.get("name", ""), meta.get("creationTimestamp") or ""
        if (status.get("lastState") or {}).get("terminated") and restarts:
            found.append(LogSource(name, created, container, restarts - 1, previous=True))
        if state.get("running") or state.get("terminated"):
            found.append(LogSource(name, created, container, restarts, previous=False))
    return sorted(found, key=LogSource.order)


def timestamp_key(stamp: str) -> tuple[int, int]:
    """An RFC 3339 timestamp as (seconds, nanoseconds), so that ``.1Z`` and ``.12Z`` compare as times."""
    head, _, tail = stamp.rstrip("Z").partition(".")
    fraction = "".join(ch for ch in tail if ch.isdigit())[:9]
    zone = tail[len(fraction):] if tail else ""
    try:
        moment = datetime.fromisoformat(head + (zone or "+00:00"))
    except ValueError:
        return (0, 0)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (int(moment.timestamp()), int(fraction.ljust(9, "0")) if fraction else 0)


def parse_lines(text: str) -> list[tuple[str, str]]:
    """``(timestamp, text)`` per line; a line without a timestamp takes the one before it."""
    lines: list[tuple[str, str]] = []
    last = ""
    for raw in text.splitlines():
        stamp, _, rest = raw.partition(" ")
        if stamp[:4].isdigit() and "T" in stamp and timestamp_key(stamp) != (0, 0):
            last = stamp
            lines.append((stamp, rest))
        else:
            lines.append((last, raw))
    return lines


@dataclass(frozen=True)
class Position:
    """After ``seen`` lines stamped ``stamp`` of ``source``'s instance (and everything before them)."""

    pod: str | None = None
    created: str = ""
    instance: int = -1
    stamp: str = ""
    seen: int = 0

    def encode(self) -> str:
        return encode_cursor({"p": self.pod, "c": self.created, "i": self.instance, "t": self.stamp,
                              "k": self.seen})

    @classmethod
    def decode(cls, text: str) -> Position:
        body = decode_cursor(text)
        try:
            position = cls(body["p"], str(body["c"]), int(body["i"]), str(body["t"]), int(body["k"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise invalid_cursor() from exc
        if position.seen < 0 or (position.pod is not None and not isinstance(position.pod, str)):
            raise invalid_cursor()
        return position

    def at(self, source: LogSource) -> bool:
        return self.pod == source.pod and self.instance == source.instance

    def before(self, source: LogSource) -> bool:
        """Whether ``source`` was written after this position's instance."""
        return self.pod is None or (self.created, self.pod, self.instance) < source.order()

    def after_line(self, source: LogSource, stamp: str) -> Position:
        same = self.at(source) and self.stamp == stamp
        return Position(source.pod, source.created, source.instance, stamp, self.seen + 1 if same else 1)


def _page(lines: list[tuple[LogSource, str, str]], start: Position, more: bool) -> LogPage:
    out: list[LogLine] = []
    position = start
    for source, stamp, text in lines:
        position = position.after_line(source, stamp)
        out.append(LogLine(timestamp=stamp or None, source=f"{source.pod}#{source.instance}", text=text,
                           cursor=position.encode()))
    return LogPage(lines=out, cursor=position.encode(), has_more=more)


def _skip_seen(lines: list[tuple[str, str]], position: Position) -> list[tuple[str, str]]:
    """The lines after ``position`` in its own instance's log."""
    count = 0
    for index, (stamp, _) in enumerate(lines):
        if stamp == position.stamp:
            count += 1
            if count == position.seen:
                return lines[index + 1:]
    # Fewer lines with that stamp than were returned (the log was rotated): resume after the stamp.
    limit = timestamp_key(position.stamp)
    return [line for line in lines if timestamp_key(line[0]) > limit]


def read_after(found: list[LogSource], read: Reader, position: Position, limit: int,
               now: datetime | None = None) -> LogPage:
    """Up to ``limit`` lines after ``position``, and whether more follow."""
    collected: list[tuple[LogSource, str, str]] = []
    for source in found:
        if len(collected) > limit:
            break
        if position.at(source):
            since = None
            if position.stamp:
                seconds, _ = timestamp_key(position.stamp)
                current = (now or datetime.now(UTC)).timestamp()
                since = max(1, math.ceil(current - seconds) + SKEW_MARGIN_S)
            lines = _skip_seen(parse_lines(read(source, None, since)), position)
        elif position.before(source):
            lines = parse_lines(read(source, None, None))
        else:
            continue
        collected.extend((source, stamp, text) for stamp, text in lines)
    return _page(collected[:limit], position, len(collected) > limit)


def read_tail(found: list[LogSource], read: Reader, limit: int) -> LogPage:
    """The last ``limit`` lines (newest instances first until enough), with exact per-line cursors."""
    chunks: list[list[tuple[LogSource, str, str]]] = []
    start = Position()
    wanted = limit
    for source in reversed(found):
        # Two lines more than wanted: the line before the window and the one before it tell the cursor that
        # precedes the window without reading the whole instance (unless both share one timestamp).
        lines = parse_lines(read(source, wanted + 2, None))
        if len(lines) < wanted:
            chunks.append([(source, stamp, text) for stamp, text in lines])
            wanted -= len(lines)
            continue
        cut = len(lines) - wanted
        window, earlier = lines[cut:], lines[:cut]
        start = Position(source.pod, source.created, source.instance, "", 0)
        if earlier:
            stamp = earlier[-1][0]
            if len(lines) == wanted + 2 and earlier[0][0] == stamp:
                whole = parse_lines(read(source, None, None))
                earlier = whole[: len(whole) - wanted]
            start = Position(source.pod, source.created, source.instance, stamp,
                             sum(1 for s, _ in earlier if s == stamp))
        chunks.append([(source, stamp, text) for stamp, text in window])
        break
    lines = [line for chunk in reversed(chunks) for line in chunk]
    return _page(lines, start, False)

"""A run configuration's text: one safe, bounded YAML document in, with every field's line; YAML out.

PyYAML loads in about 15 ms: only the tools that read or write configurations import this module, so the
server answers ``tools/list`` without it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from deploy_mcp.config.spec import ROOT, YAML_LOC
from deploy_mcp.problems import Problem

MAX_DOCUMENT_BYTES = 256 * 1024
# Far above any real configuration; a billion-laughs document passes this only by expanding aliases.
MAX_EXPANDED_NODES = 20_000
MAX_DEPTH = 64
"""Nesting levels of a document, aliases expanded; a real configuration has fewer than ten."""
MAX_INT_DIGITS = 100
"""Characters of an integer in a document (Python refuses to read more than 4,300 digits)."""

Path = tuple[str | int, ...]


@dataclass
class Document:
    """A parsed YAML document, or the problems that stopped it, plus where each field sits in the text."""

    data: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)
    lines: dict[Path, int] = field(default_factory=dict)

    def line_of(self, loc: Path) -> int | None:
        """The line of the deepest prefix of ``loc`` that appears in the text."""
        for end in range(len(loc), 0, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return None


def read_yaml(text: str) -> Document:
    """Parse one YAML mapping, refusing what would be unsafe or ambiguous to hand to dstack."""
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_DOCUMENT_BYTES:
        return Document(None, [Problem(
            code="document_too_large", loc=[ROOT],
            message=f"The document is {size} bytes; the limit is {MAX_DOCUMENT_BYTES}.",
            hint="A service configuration is a few KB: send only the configuration, not logs or data.",
        )])
    try:
        loader = _BoundedLoader(text)  # reading starts here: a control character is a ReaderError already
        nodes = []
        while loader.check_node():
            nodes.append(loader.get_node())
    except _TooDeep as exc:
        return Document(None, [_too_deep(exc.line)])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        reason = " ".join(part for part in (exc.context, exc.problem) if part)
        return Document(None, [Problem(
            code="yaml_syntax", loc=[YAML_LOC], line=line, column=column,
            message=f"YAML syntax error at line {line}, column {column}: {reason}",
            hint="Fix the YAML at that line (indentation, a missing colon, an unquoted ':' or '#').",
        )])
    except yaml.YAMLError as exc:
        return Document(None, [Problem(code="yaml_syntax", loc=[YAML_LOC], message=f"YAML error: {exc}")])
    nodes = [n for n in nodes if n is not None]
    if len(nodes) > 1:
        return Document(None, [Problem(
            code="multiple_documents", loc=[ROOT], line=nodes[1].start_mark.line + 1,
            message=f"The text holds {len(nodes)} YAML documents; one run configuration is expected.",
            hint="Send one configuration per call (remove the '---' separators).",
        )])
    if not nodes or not isinstance(nodes[0], yaml.MappingNode):
        kind = "empty" if not nodes else type(nodes[0]).__name__.removesuffix("Node").lower()
        return Document(None, [Problem(
            code="not_a_mapping", loc=[ROOT],
            message=f"The document is {'empty' if kind == 'empty' else 'a ' + kind}, not a mapping of fields.",
            hint="A configuration is a mapping that starts with 'type: service'.",
        )])
    root = nodes[0]
    expanded, depth = _expanded_shape(root)
    if expanded > MAX_EXPANDED_NODES:
        return Document(None, [Problem(
            code="yaml_alias_expansion", loc=[ROOT],
            message=f"YAML aliases expand this document to over {MAX_EXPANDED_NODES} nodes.",
            hint="Write the configuration out without anchors and aliases (&name / *name).",
        )])
    if depth > MAX_DEPTH:
        return Document(None, [_too_deep(None)])
    lines: dict[Path, int] = {}
    problems: list[Problem] = []
    _index_lines(root, (), lines, set(), problems)
    if problems:
        return Document(None, problems, lines)
    try:  # built from the nodes already composed (and checked), not from a second parse of the text
        data = loader.construct_document(root)
    except yaml.YAMLError as exc:  # e.g. a duplicate merge key the composer accepted
        return Document(None, [Problem(code="yaml_syntax", loc=[YAML_LOC], message=f"YAML error: {exc}")])
    return Document(data, [], lines)


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML composes nested collections by recursion: counting the depth on the way down refuses a deep
    document long before the interpreter's recursion limit (500 levels crashed it)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _TooDeep(self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _too_deep(line: int | None) -> Problem:
    return Problem(
        code="document_too_deep", loc=[ROOT], line=line,
        message=f"The document nests collections more than {MAX_DEPTH} levels deep (aliases expanded).",
        hint="A service configuration nests a few levels: flatten the structure.",
    )


def _expanded_shape(root: yaml.Node) -> tuple[int, int]:
    """Node count and depth with every alias expanded, each computed once per distinct node and without
    recursion (a chain of aliases is as deep as it is long); a cycle counts as too large."""
    sizes: dict[int, tuple[int, int]] = {}
    too_large = (MAX_EXPANDED_NODES + 1, MAX_DEPTH + 1)
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    in_progress: set[int] = set()
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        children = _children(node)
        if not children_done:
            if key in sizes:
                continue
            if key in in_progress:
                return too_large
            in_progress.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        in_progress.discard(key)
        size, depth = 1, 1
        for child in children:
            child_size, child_depth = sizes.get(id(child), too_large)
            size, depth = size + child_size, max(depth, child_depth + 1)
        sizes[key] = (min(size, MAX_EXPANDED_NODES + 1), min(depth, MAX_DEPTH + 1))
        if size > MAX_EXPANDED_NODES:
            return sizes[key]
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _index_lines(
    node: yaml.Node, path: Path, lines: dict[Path, int], seen: set[int], problems: list[Problem]
) -> None:
    """Record the line of every field, and report keys given twice (PyYAML silently keeps the last one),
    integers too long to read and text that is no Unicode (a lone surrogate from an escape such as \\ud800)."""
    if id(node) in seen:
        return
    seen.add(id(node))
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        scalar = _scalar_problem(node, path)
        if scalar is not None:
            problems.append(scalar)
    elif isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.value == "<<":
                continue
            child = (*path, key.value)
            if key.value in keys:
                line = key.start_mark.line + 1
                problems.append(Problem(
                    code="duplicate_key", loc=list(child), line=line, column=key.start_mark.column + 1,
                    message=f"'{'.'.join(map(str, child))}' is given twice (again at line {line}); YAML would "
                    "silently keep only the last one.",
                    hint="Merge the two into one entry.",
                ))
            keys.add(key.value)
            lines.setdefault(child, key.start_mark.line + 1)
            _index_lines(value, child, lines, seen, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*path, index), lines, seen, problems)


def _scalar_problem(node: yaml.ScalarNode, path: Path) -> Problem | None:
    where = ".".join(map(str, path)) or ROOT
    line = node.start_mark.line + 1
    if node.tag == "tag:yaml.org,2002:int" and len(node.value) > MAX_INT_DIGITS:
        return Problem(
            code="integer_too_large", loc=list(path) or [ROOT], line=line,
            message=f"'{where}' is an integer of {len(node.value)} characters; the limit is {MAX_INT_DIGITS}.",
            hint="Use a realistic number.",
        )
    try:
        node.value.encode("utf-8")
    except UnicodeEncodeError:
        return Problem(
            code="invalid_text", loc=list(path) or [ROOT], line=line,
            message=f"'{where}' holds a lone surrogate (an escape such as \\ud800 that is no character).",
            hint="Write whole Unicode characters.",
        )
    return None


def dump_yaml(data: dict[str, Any]) -> str:
    """Block-style YAML in the document's own key order."""
    # libyaml's emitter writes the same text as PyYAML's, five times faster; data here is already bounded.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, default_flow_style=False, allow_unicode=True, width=120)

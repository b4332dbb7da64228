"""The project's checks beyond dstack's schema (design §6): what dstack accepts but cannot work.

Each check reads the document as written (``doc``, for locations and env forms) and dstack's parsed form
(``parsed``, the JSON dump of the validated model, for normalised resources).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from deploy_mcp.config.engines import EngineCall, find_engine
from deploy_mcp.config.redact import Redactor
from deploy_mcp.config.secrets import credential_kind, is_reference, is_secret_name
from deploy_mcp.config.spec import env_as_dict
from deploy_mcp.problems import Problem


@dataclass
class Subject:
    """What the checks look at: the document as written (for locations and env forms), dstack's parsed form
    (for normalised resources) and the engine command found in it."""

    doc: dict[str, Any]
    parsed: dict[str, Any]
    engine: EngineCall | None


Check = Callable[[Subject], Iterator[Problem]]
_TPU_NAME = re.compile(r"^(?:tpu-)?v\d+[a-z]*(?:-\d+)?$", re.IGNORECASE)
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_REDACT = Redactor()  # credential shapes and secret-named assignments, as everything returned is redacted


def run_checks(
    doc: dict[str, Any], parsed: dict[str, Any], *, fit_check: Callable[[dict[str, Any]], list[Problem]] | None = None
) -> list[Problem]:
    """Document-wide checks once, then the engine checks (and ``fit_check``) on every unit that runs an engine:
    the service itself, or each of its replica groups."""
    whole = Subject(doc, parsed, None)
    problems = [problem for check in DOCUMENT_CHECKS for problem in check(whole)]
    for prefix, unit_doc, unit_parsed in engine_units(doc, parsed):
        unit = Subject(unit_doc, unit_parsed, find_engine(unit_doc))
        found = [problem for check in ENGINE_CHECKS for problem in check(unit)]
        if fit_check is not None:
            found += fit_check(unit_doc)
        for problem in found:
            if problem.loc and problem.loc[0] in ("commands", "resources"):
                problem.loc = [*prefix, *problem.loc]
            problems.append(problem)
    return problems


def engine_units(
    doc: dict[str, Any], parsed: dict[str, Any]
) -> Iterator[tuple[list[str | int], dict[str, Any], dict[str, Any]]]:
    """(location prefix, document view, parsed view) of the service and of each replica group, each view with
    its own commands and resources, so a group is checked against the GPUs it gets."""
    groups = doc.get("groups")
    if not isinstance(groups, list):
        yield [], doc, parsed
        return
    parsed_groups = parsed.get("groups") or []
    for index, group in enumerate(groups):
        if not isinstance(group, dict) or index >= len(parsed_groups):
            continue
        unit_doc = {**doc, "commands": group.get("commands") or doc.get("commands") or [],
                    "resources": group.get("resources") or {}}
        unit_doc.pop("groups")
        unit_parsed = {**parsed, "resources": parsed_groups[index].get("resources") or {}}
        unit_parsed.pop("groups", None)
        yield ["groups", index], unit_doc, unit_parsed


def secret_values(doc: dict[str, Any]) -> list[str]:
    """Inline values that the secrets check flags, so callers can mask them in what they return."""
    return [value for _, value, _ in _inline_secrets(doc)]


def check_secrets(s: Subject) -> Iterator[Problem]:
    for loc, _value, reason in _inline_secrets(s.doc):
        name = loc[-1] if loc[0] == "env" else None
        hint = (
            f"Replace it with the name only: '- {name}' under env, and set {name} in the environment of "
            "deploy-mcp (or a dstack secret referenced as ${{ secrets." + str(name).lower() + " }})."
            if name else "Move the credential into an env variable given by name only, or a dstack secret."
        )
        yield Problem(code="secret_inline", loc=loc, message=f"{reason}: secrets are env names only.", hint=hint)


def _inline_secrets(doc: dict[str, Any]) -> Iterator[tuple[list[str | int], str, str]]:
    """Secrets written into the document as read (before dstack's schema, so any shape may come here)."""
    for key, value in env_as_dict(doc.get("env")).items():
        if value is None:
            continue
        value = str(value)
        if not value.strip() or is_reference(value):
            continue
        kind = credential_kind(value)
        if kind:
            yield ["env", key], value, f"env {key} holds an inline {kind}"
        elif is_secret_name(str(key)):
            yield ["env", key], value, f"env {key} is named like a secret and has an inline value"
    auth = doc.get("registry_auth")
    if isinstance(auth, dict) and isinstance(auth.get("password"), str) and not is_reference(auth["password"]):
        yield ["registry_auth", "password"], auth["password"], "registry_auth.password is an inline password"
    commands = [(["commands", i], c) for i, c in enumerate(_list(doc.get("commands")))]
    for g, group in enumerate(_list(doc.get("groups"))):
        if isinstance(group, dict):
            commands += [(["groups", g, "commands", i], c) for i, c in enumerate(_list(group.get("commands")))]
    for loc, command in commands:
        command = str(command)
        kind = credential_kind(command)
        if kind:
            yield loc, command, f"the command holds an inline {kind}"
        elif _REDACT(command) != command:
            yield loc, command, "the command sets a secret-named variable or flag to an inline value"
    # Any other field (a name, a probe header, an image): a credential there would be echoed back.
    for loc, text in _strings(doc, []):
        if loc and loc[0] in ("env", "registry_auth", "commands", "groups") and not _in_group_field(loc):
            continue
        kind = credential_kind(text)
        if kind:
            yield loc, text, f"'{'.'.join(map(str, loc))}' holds an inline {kind}"


def _in_group_field(loc: list[str | int]) -> bool:
    """A field of a group other than its commands (those are checked with the commands above)."""
    return loc[0] == "groups" and len(loc) > 2 and loc[2] != "commands"


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _strings(node: Any, loc: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
    """Every string in the document with its location (keys too: a credential may be written as a key)."""
    if isinstance(node, str):
        yield loc, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str):
                yield [*loc, key], key
            yield from _strings(value, [*loc, str(key)])
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _strings(item, [*loc, index])


def check_port(s: Subject) -> Iterator[Problem]:
    port = (s.parsed.get("port") or {}).get("container_port") if s.parsed.get("type") == "service" else None
    if s.engine is None or port is None:
        return
    if s.engine.given("port"):
        engine_port = s.engine.int_value("port")
        if engine_port is not None and engine_port != port:
            yield Problem(
                code="port_mismatch", loc=["port"],
                message=f"The service port is {port} but {s.engine.engine} listens on --port {engine_port}.",
                hint=f"Make them equal: set 'port: {engine_port}' or pass '--port {port}' to the engine.",
            )
    elif s.engine.default_port is not None and s.engine.default_port != port:
        yield Problem(
            code="port_mismatch", loc=["port"],
            message=f"The service port is {port} but {s.engine.engine} listens on its default port "
            f"{s.engine.default_port} (no --port given).",
            hint=f"Pass '--port {port}' to the engine, or set 'port: {s.engine.default_port}'.",
        )


def check_host(s: Subject) -> Iterator[Problem]:
    if s.engine is None or s.parsed.get("type") != "service":
        return
    host = s.engine.get("host") if s.engine.given("host") else s.engine.default_host
    if host in _LOOPBACK:
        # A warning, not an error: dstack reaches a replica through a tunnel to its own loopback (dstack's docs
        # run SGLang on its 127.0.0.1 default), but anything that connects from outside the host cannot.
        how = "binds" if s.engine.given("host") else "binds by default"
        yield Problem(
            severity="warning", code="host_not_all_interfaces", loc=["commands", s.engine.command_index],
            message=f"{s.engine.engine} {how} to {host}: only dstack's tunnel on the same host can reach it.",
            hint="Pass '--host 0.0.0.0' (TGI: '--hostname 0.0.0.0') so any proxy or probe can reach it.",
        )


def check_gpu_names(s: Subject) -> Iterator[Problem]:
    for loc, gpu in _gpu_specs(s.parsed):
        for name in gpu.get("name") or []:
            if _known_gpu(name):
                continue
            close = difflib.get_close_matches(name.upper(), _known_gpu_names(), n=3, cutoff=0.5)
            yield Problem(
                code="unknown_gpu", loc=loc,
                message=f"dstack does not know a GPU named '{name}': no offer will ever match it.",
                hint=(f"Did you mean {' or '.join(close)}? " if close else "")
                + "Use a known name (A100, H100, L40S, MI300X, ...) or only memory and count, e.g. '24GB:1'.",
            )


def check_model(s: Subject) -> Iterator[Problem]:
    model = s.parsed.get("model")
    if s.engine is None or not isinstance(model, dict) or not model.get("name"):
        return
    served = s.engine.get("served_model_name") if s.engine.given("served_model_name") else s.engine.get("model")
    if served is None or served == model["name"]:
        return
    yield Problem(
        code="model_mismatch", loc=["model"],
        message=f"'model' is {model['name']!r} but {s.engine.engine} serves {served!r}: requests for the "
        "configured model will not find it.",
        hint=f"Set 'model: {served}' (or make the engine serve {model['name']!r}).",
    )


def check_tensor_parallel(s: Subject) -> Iterator[Problem]:
    if s.engine is None:
        return
    ideas = ["tensor_parallel", "pipeline_parallel", "data_parallel"]
    if "--enable-dp-attention" in s.engine.flags:  # SGLang: data-parallel attention runs inside the TP group
        ideas.pop()
    sizes = [s.engine.int_value(idea) for idea in ideas]
    if sizes[0] is None:
        return
    needed = 1
    for size in sizes:
        needed *= size or 1
    for loc, gpu in _gpu_specs(s.parsed):
        if any(_TPU_NAME.match(name) for name in gpu.get("name") or []):
            continue  # a TPU slice is one "GPU" to dstack; its chips are in the name (v5litepod-4)
        count = gpu.get("count") or {}
        low, high = count.get("min"), count.get("max")
        detail = "tensor x pipeline x data parallel" if needed != sizes[0] else "tensor parallel size"
        # A count range lets dstack pick the cheapest offer, which has the fewest GPUs: its lower bound is what
        # the engine must be able to run on.
        if low is not None and low < needed or low is not None and low == high and needed != low:
            got = f"{low}" if low == high else f"as few as {low} (count {low}..{'' if high is None else high})"
            yield Problem(
                code="tensor_parallel_mismatch", loc=loc,
                message=f"The engine's {detail} is {needed} but the run gets {got} GPU(s).",
                hint=f"Request exactly {needed} GPUs (e.g. ':{needed}' in resources.gpu) or change the engine's "
                "parallel size to the GPU count.",
            )


def check_run_type(s: Subject) -> Iterator[Problem]:
    if s.parsed.get("type") != "service":
        yield Problem(
            severity="warning", code="not_a_service", loc=["type"],
            message=f"This is a {s.parsed.get('type')} configuration, not a service: it gets no endpoint.",
            hint="Use 'type: service' with a 'port' to deploy an endpoint.",
        )


def _gpu_specs(parsed: dict[str, Any]) -> Iterator[tuple[list[str | int], dict[str, Any]]]:
    gpu = (parsed.get("resources") or {}).get("gpu")
    if isinstance(gpu, dict):
        yield ["resources", "gpu"], gpu
    for index, group in enumerate(parsed.get("groups") or []):
        gpu = ((group or {}).get("resources") or {}).get("gpu")
        if isinstance(gpu, dict):
            yield ["groups", index, "resources", "gpu"], gpu


@lru_cache(maxsize=1)
def _known_gpu_names() -> tuple[str, ...]:
    import gpuhunt

    return tuple(sorted({info.name.upper() for info in gpuhunt.KNOWN_ACCELERATORS}))


def _known_gpu(name: str) -> bool:
    return name.upper() in _known_gpu_names() or bool(_TPU_NAME.match(name))


DOCUMENT_CHECKS: tuple[Check, ...] = (check_run_type, check_secrets, check_gpu_names)
ENGINE_CHECKS: tuple[Check, ...] = (check_port, check_host, check_model, check_tensor_parallel)

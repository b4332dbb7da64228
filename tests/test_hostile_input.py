"""Every tool, driven through a real MCP client with hostile input (issue 12's families: long tokens, deep
nesting, huge integers, lone surrogates, wrong types, bad names, credentials planted in every field).

Each call must end in a structured result or a structured tool error (never the SDK's bare "Error executing
tool", never ``internal_error``), within a generous bound, and no planted secret may appear in any answer,
resource, log record (formatted as stderr gets it) or file under the state directory. The run tools talk to
the session's real dstack server.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from anyio.from_thread import start_blocking_portal
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from mcp import Client
from support import body_of

from deploy_mcp.server import build_server, configure_logging
from deploy_mcp.settings import Settings

pytestmark = pytest.mark.dstack_server

ENV_SECRET_NAME = "FUZZ_SERVICE_TOKEN"
ENV_SECRET = "env-held-Fz9q-planted-value"
"""In the server's environment: a configuration that lists its name must not get (or echo) its value."""
PLANTED = [
    "hf_" + "Pq7" * 10,
    "sk-proj-" + "Zx9" * 10,
    "ghp_" + "R5t" * 12,
    "AKIAIOSFODNN7FUZZEXA"[:20],
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmdXp6In0.c2lnbmF0dXJlLWZ1enotdG9rZW4",
]
URL_PASSWORD = "Pl4ntedUrlPw"
# What the model writes. ENV_SECRET is not among them: it is what the server holds, and the model cannot know it;
# were the model to write that string itself, the server could not tell it is secret without reading its own
# environment for a name the user did not allow (which it must never do).
PLANTED_TEXTS = [*PLANTED, f"postgres://app:{URL_PASSWORD}@db:5432/x"]
SECRETS = [*PLANTED, URL_PASSWORD, ENV_SECRET]

SERVICE = """\
type: service
name: {name}
port: 8000
image: python:3.12
commands:
  - {command}
env:
  - {env}
resources:
  gpu: {gpu}
replicas: {replicas}
"""

UNITS = ["a", "a=", "x://u:", "eyJ-", "--a-", "sk-", "${{", "1", "A1b+", "-----BEGIN ", "\\", "'"]


@st.composite
def long_tokens(draw: Any) -> str:
    return draw(st.sampled_from(UNITS)) * draw(st.integers(1_000, 60_000))


surrogates = st.builds(lambda a, b: a + "\ud800" + b, st.text(max_size=8), st.text(max_size=8))
bad_names = st.sampled_from(["", " ", "../../etc/passwd", "Name With Spaces", "a" * 5000, "-x", "\x00", "ü" * 50,
                             "%s%n", "${HOME}", "DSTACK_TOKEN", "null"])
planted = st.sampled_from(PLANTED_TEXTS)
deep = st.integers(60, 600).map(lambda n: "[" * n + "]" * n)
texts = st.one_of(long_tokens(), surrogates, bad_names, planted, deep, st.text(max_size=40))
values = st.one_of(texts, st.integers(-(10**30), 10**30), st.just(10**4000), st.booleans(), st.none(),
                   st.lists(texts, max_size=3), st.dictionaries(st.text(max_size=5), texts, max_size=2),
                   st.floats(allow_nan=False, allow_infinity=False))


@st.composite
def documents(draw: Any) -> str:
    """A service whose fields hold hostile text, or raw hostile text, or a deep or huge document."""
    kind = draw(st.sampled_from(["fields", "raw", "deep", "int", "groups"]))
    if kind == "raw":
        return draw(texts)
    if kind == "deep":
        n = draw(st.integers(60, 800))
        return "type: service\nport: 8000\ncommands: " + "[" * n + "]" * n + "\n"
    if kind == "int":
        return f"type: service\nport: 8000\nreplicas: {'9' * draw(st.integers(90, 6000))}\ncommands: [x]\n"
    if kind == "groups":
        return (f"type: service\nport: 8000\ngroups:\n  - name: g\n    replicas: {draw(st.integers(0, 10**6))}\n"
                f"    commands: {json.dumps(draw(texts))}\n")

    def field() -> str:
        return json.dumps(draw(st.one_of(planted, long_tokens(), surrogates, bad_names, st.text(max_size=20))))

    return SERVICE.format(
        name=draw(st.sampled_from(["fuzz-svc", field()])),
        command=draw(st.sampled_from(["python -m http.server 8000", f"vllm serve m --api-key {draw(planted)}",
                                      field()])),
        env=draw(st.sampled_from([ENV_SECRET_NAME, "HF_TOKEN", "AWS_SECRET_ACCESS_KEY", f"DB_URL={draw(planted)}",
                                  f"X={field()}"])),
        gpu=draw(st.sampled_from(["0", "1000", "H100:8", field()])),
        replicas=draw(st.sampled_from(["1", "100000", "9" * 5000, field()])),
    )


def arguments(tool: str) -> st.SearchStrategy[dict[str, Any]]:
    """Hostile arguments for ``tool``: its required ones usually present, any value in any field."""
    names = {
        "validate_config": ["yaml", "deployment"], "estimate_cost": ["yaml", "deployment", "hours", "max_offers"],
        "list_gpus": ["yaml", "deployment"], "submit_run": ["yaml", "deployment", "plan_id"],
        "generate_service_config": ["model", "engine", "gpu", "context_length", "name", "options"],
        "get_run": ["run_name"], "stop_run": ["run_name", "abort"], "list_runs": ["deployment", "include_foreign"],
        "tail_logs": ["run_name", "lines", "max_bytes", "cursor", "filter"],
    }[tool]
    options = st.fixed_dictionaries({}, optional={
        "env": st.one_of(st.lists(st.one_of(planted, bad_names, st.just(ENV_SECRET_NAME)), max_size=3), values),
        "replicas": values, "backends": st.lists(texts, max_size=2), "max_price": values, "cpu": texts,
    })
    per_name = {"yaml": st.one_of(documents(), documents(), values), "options": st.one_of(options, values),
                "model": st.one_of(st.sampled_from(["Qwen/Qwen3-8B", "meta-llama/Llama-3.1-8B-Instruct"]), texts,
                                   values)}
    return st.fixed_dictionaries({}, optional={name: per_name.get(name, values) for name in names})


@pytest.fixture(scope="module")
def harness(dstack_server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One server for every example (as a client would meet it), its log formatted as stderr gets it."""
    state = tmp_path_factory.mktemp("hostile") / "state"
    base = Settings(state_dir=state, hf_lookup=False, dstack="external", max_attempts=1000)
    server_settings = dstack_server.settings(base)
    log = io.StringIO()
    root = logging.getLogger()
    before = (root.handlers[:], root.level)
    configure_logging(server_settings, log)
    monkey = pytest.MonkeyPatch()
    monkey.setenv(ENV_SECRET_NAME, ENV_SECRET)
    try:
        with start_blocking_portal() as portal, \
                portal.wrap_async_context_manager(Client(build_server(server_settings))) as client:
            yield {"portal": portal, "client": client, "state": state, "log": log,
                   "secrets": [*SECRETS, dstack_server.token]}
    finally:
        monkey.undo()
        root.handlers[:] = before[0]
        root.setLevel(before[1])


def check(harness: dict[str, Any], tool: str, args: dict[str, Any]) -> None:
    async def call() -> Any:
        with anyio.fail_after(60):  # generous: a hostile input must never hold the server
            return await harness["client"].call_tool(tool, args)

    result = harness["portal"].call(call)
    if result.is_error:
        text = result.content[0].text
        assert "{" in text, f"bare error from {tool}: {text[:300]}"
        body = body_of(result)
        assert {"error", "message", "hint"} <= body.keys(), body
        assert body["error"] != "internal_error", (tool, body)
        shown = text
    else:
        assert isinstance(result.structured_content, dict)
        shown = json.dumps(result.structured_content) + "".join(getattr(c, "text", "") for c in result.content)
    leaked = [s for s in harness["secrets"] if s in shown]
    assert not leaked, (tool, leaked, shown[:500])


def jsonable(args: dict[str, Any]) -> bool:
    """The client sends JSON: Python cannot write an int of more than 4,300 digits as text either."""
    try:
        json.dumps(args)
    except ValueError:
        return False
    return True


EXAMPLES = {  # 5,000 calls in all, weighted to the tools that read the most text
    "validate_config": 1900, "generate_service_config": 1400, "submit_run": 500, "tail_logs": 300,
    "stop_run": 250, "list_runs": 250, "get_run": 200, "estimate_cost": 100, "list_gpus": 100,
}


@pytest.mark.parametrize("tool", list(EXAMPLES))
def test_every_tool_answers_hostile_input_with_a_structured_result_and_no_secret(harness, tool: str) -> None:
    @settings(max_examples=EXAMPLES[tool], deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(args=arguments(tool))
    def run(args: dict[str, Any]) -> None:
        assume(jsonable(args))
        check(harness, tool, args)

    run()


def test_no_planted_secret_reaches_a_resource_the_log_or_the_state_directory(harness) -> None:
    """Runs after the tool examples above (same module, same server)."""
    client, portal = harness["client"], harness["portal"]

    async def read_all() -> str:
        texts = []
        deployments = await client.read_resource("deploy://deployments")
        texts += [c.text for c in deployments.contents]
        for name in [d["name"] for d in json.loads(deployments.contents[0].text).get("deployments", [])][:50]:
            one = await client.read_resource(f"deploy://deployments/{name}")
            texts += [c.text for c in one.contents]
        texts += [c.text for c in (await client.read_resource("deploy://policy")).contents]
        return "\n".join(texts)

    shown = portal.call(read_all)
    files = "\n".join(p.read_bytes().decode("utf-8", "replace") for p in Path(harness["state"]).rglob("*")
                      if p.is_file())
    log = harness["log"].getvalue()
    for where, text in (("resources", shown), ("state files", files), ("log", log)):
        leaked = [s for s in harness["secrets"] if s in text]
        assert not leaked, (where, leaked)
    assert "tool_call" in log  # the log did record the calls: the check above read something

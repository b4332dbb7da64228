"""Builds the MCP server and runs it over stdio or streamable HTTP."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, TextIO

from mcp.server.mcpserver import MCPServer

from deploy_mcp import __version__
from deploy_mcp.config.redact import RedactingFormatter, redactor_for
from deploy_mcp.runs.ledger import Ledger, LedgerError
from deploy_mcp.runtime import BackendFactory, Runtime
from deploy_mcp.settings import Settings
from deploy_mcp.tools.common import StructuredErrorServer

if TYPE_CHECKING:
    from deploy_mcp.tools.observe import Metrics

log = logging.getLogger("deploy_mcp")

INSTRUCTIONS = """\
Deploy model-inference services with dstack (or Kubernetes) under limits this server enforces.
The loop: generate_service_config (or write YAML) -> validate_config until valid -> estimate_cost and show the \
user the price -> confirm with the user -> submit_run -> get_run(wait_seconds) / tail_logs(follow_seconds) until \
ready or failed (they wait for you: do not poll) -> on failure read the diagnosis, make the smallest config change \
it suggests, validate, resubmit. A deployment's options are a draft until its first submit locks them.
Secrets are env variable names only, never values. Options the user made mandatory override your YAML; every \
override is reported. When attempts or budget run out, stop and report to the user. \
The full guide is the resource skill://deploy/SKILL.md."""


class DeployServer(StructuredErrorServer):
    """MCPServer that answers ``tools/list`` from the listing generated at build time (``tools/listing.json``,
    which a test holds equal to what the registered tools give) and registers its tools, resources and prompts on
    the first request that needs them: the SDK builds a pydantic model per tool signature, which took longer than
    the rest of deploy-mcp's start-up. Every tool error carries the structured body."""

    def __init__(self, name: str, *, register: Callable[[DeployServer], None], read_only: bool,
                 **kwargs: Any) -> None:
        super().__init__(name, **kwargs)
        self._register = register
        self._registered = False
        self._register_lock = threading.Lock()
        self._read_only = read_only
        self._listed: list[Any] | None = None

    def ensure_registered(self) -> None:
        with self._register_lock:
            if not self._registered:
                self._register(self)
                self._registered = True

    async def list_tools(self) -> list[Any]:
        if self._listed is None:
            from deploy_mcp.tools import listing

            self._listed = listing.load(self._read_only)
        return self._listed

    async def registered_listing(self) -> list[dict[str, Any]]:
        """What the registered tools give for ``tools/list``: the generated listing must equal it."""
        from deploy_mcp.tools.listing import as_listed

        self.ensure_registered()
        return [as_listed(tool) for tool in await super().list_tools()]

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        self.ensure_registered()
        return await super().call_tool(name, arguments, context)

    def _tool_input_schema(self, name: str) -> dict[str, Any] | None:
        # The SDK's HTTP transport checks a call's Mcp-Param headers against this before the call reaches call_tool.
        self.ensure_registered()
        return super()._tool_input_schema(name)

    async def list_resources(self) -> list[Any]:
        self.ensure_registered()
        return await super().list_resources()

    async def list_resource_templates(self) -> list[Any]:
        self.ensure_registered()
        return await super().list_resource_templates()

    async def read_resource(self, uri: Any, context: Any = None) -> Any:
        self.ensure_registered()
        return await super().read_resource(uri, context)

    async def list_prompts(self) -> list[Any]:
        self.ensure_registered()
        return await super().list_prompts()

    async def get_prompt(self, name: str, arguments: dict[str, Any] | None = None, context: Any = None) -> Any:
        self.ensure_registered()
        return await super().get_prompt(name, arguments, context)


def build_server(settings: Settings | None = None, backend_factory: BackendFactory | None = None) -> DeployServer:
    """The MCP server with every toolset, resource and prompt (registered on first need); nothing heavy is
    imported here."""
    settings = settings or Settings()
    runtime = Runtime(settings, backend_factory)

    @asynccontextmanager
    async def lifespan(_: MCPServer) -> AsyncIterator[Runtime]:
        runtime.start()
        try:
            yield runtime
        finally:
            runtime.close()

    from deploy_mcp.tools.observe import CallRecorder, Metrics

    metrics: list[Metrics] = []  # made on first use: stdio servers never import prometheus_client

    def http_metrics() -> Metrics | None:
        if settings.transport != "http":
            return None
        if not metrics:
            metrics.append(Metrics(lambda: runtime.ledger))
        return metrics[0]

    runtime.calls = CallRecorder(http_metrics)

    def register(server: DeployServer) -> None:
        from deploy_mcp.resources import register as register_resources
        from deploy_mcp.tools import capacity, config, generate, runs

        for toolset in (config, generate, capacity, runs):
            toolset.register(server, runtime)
        register_resources(server, runtime)

    server = DeployServer(
        "deploy-mcp",
        register=register,
        read_only=settings.read_only,
        version=__version__,
        instructions=INSTRUCTIONS,
        lifespan=lifespan,
        log_level=settings.log_level,
    )
    _add_http_routes(server, http_metrics)
    return server


def _add_http_routes(server: MCPServer, metrics: Callable[[], Metrics | None]) -> None:
    """``/healthz`` (liveness, for container health checks: served without the token, so it says nothing but
    that the process is up) and ``/metrics`` (Prometheus, behind the token like everything else)."""
    from starlette.responses import JSONResponse, Response

    @server.custom_route("/healthz", methods=["GET"])
    async def healthz(_: Any) -> Response:
        return JSONResponse({"status": "ok"})

    @server.custom_route("/metrics", methods=["GET"])
    async def prometheus(_: Any) -> Response:
        import anyio

        found = metrics()
        if found is None:
            return Response("metrics are served over HTTP only\n", status_code=404)
        body, content_type = await anyio.to_thread.run_sync(found.exposition)
        return Response(body, media_type=content_type)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="deploy-mcp",
        description="MCP server that validates, prices and deploys model-inference services through dstack "
        "or on Kubernetes. Every flag also reads DEPLOY_MCP_<FLAG> from the environment; flags win.",
    )
    p.add_argument("--version", action="version", version=f"deploy-mcp {__version__}")
    g = p.add_argument_group("transport")
    g.add_argument("--transport", choices=["stdio", "http"], help="stdio (default) or streamable HTTP at /mcp.")
    g.add_argument("--host", help="HTTP bind address (default 127.0.0.1).")
    g.add_argument("--port", type=int, help="HTTP port (default 8765).")
    g.add_argument(
        "--auth-token",
        help="Bearer token every HTTP request must carry (required off loopback). Prefer "
        "DEPLOY_MCP_AUTH_TOKEN: a flag is visible to other local users.",
    )
    g.add_argument(
        "--allowed-hosts", action="append", metavar="HOST[:PORT]",
        help="Host header value clients use to reach the HTTP server (repeatable or comma-separated; "
        "required off loopback). Other Host and Origin headers are refused.",
    )
    g.add_argument("--log-level", help="Log level on stderr (default INFO).")

    g = p.add_argument_group("target")
    g.add_argument(
        "--target", choices=["dstack", "kubernetes"],
        help="dstack (default) or kubernetes: render services as Deployments on the cluster of --kubeconfig.",
    )
    g.add_argument(
        "--dstack",
        choices=["auto", "embedded", "external"],
        help="auto (default): use the configured dstack server, else start an embedded one; embedded: always "
        "start (or reuse) a local dstack server; external: never start one.",
    )
    g.add_argument("--dstack-server-url", help="dstack server URL (else DSTACK_SERVER_URL or ~/.dstack/config.yml).")
    g.add_argument("--dstack-token", help="dstack user token (else DSTACK_TOKEN). Prefer the environment.")
    g.add_argument("--dstack-project", help="dstack project (else DSTACK_PROJECT or the default project).")
    g.add_argument("--dstack-server-dir", help="Directory of the embedded dstack server (default ~/.dstack/server).")
    g.add_argument("--dstack-server-port", type=int, help="Port of the embedded dstack server (default 3000, or a free one if 3000 is taken).")
    g.add_argument("--backend-timeout", type=float, help="Seconds a backend call may take (default 30).")
    g.add_argument("--backend-concurrency", type=int, help="Tool calls using the backend at once (16).")
    g.add_argument(
        "--breaker-failures", type=int,
        help="Unreachable-backend failures in a row after which backend calls fail at once (default 3).",
    )
    g.add_argument(
        "--breaker-cooldown", type=float,
        help="Seconds before one probe call tries the backend again (default 30).",
    )

    g = p.add_argument_group("kubernetes target (--target kubernetes)")
    g.add_argument("--kubeconfig", help="kubeconfig file (else KUBECONFIG, ~/.kube/config, or in-cluster config).")
    g.add_argument("--k8s-context", help="kubeconfig context (default: the current context).")
    g.add_argument("--k8s-namespace", help="Namespace runs go to (default: the context's namespace, else default).")
    g.add_argument(
        "--k8s-secret", metavar="NAME",
        help="Kubernetes Secret that env names without a value are bound to (values are never read).",
    )
    g.add_argument("--k8s-cache-pvc", metavar="NAME", help="PVC mounted as the model cache (default: an emptyDir).")
    g.add_argument(
        "--k8s-gpu-prices", metavar="FILE", help="Rate card, USD per GPU-hour by GPU product (default: no price).",
    )

    g = p.add_argument_group("policy: mandatory options, with dstack apply semantics")
    g.add_argument("--gpu", help='Force resources.gpu, e.g. "24GB:1" or "A100:80GB:2" (replaces the whole spec).')
    g.add_argument("--cpu", help="Force resources.cpu.")
    g.add_argument("--memory", help="Force resources.memory.")
    g.add_argument("--disk", help="Force resources.disk.")
    g.add_argument("-b", "--backend", dest="backends", action="append", help="Force backends (repeatable).")
    g.add_argument("-r", "--region", dest="regions", action="append", help="Force regions (repeatable).")
    g.add_argument("--instance-type", dest="instance_types", action="append", help="Force instance types.")
    g.add_argument("--fleet", dest="fleets", action="append", help="Force fleets (repeatable).")
    g.add_argument(
        "--max-price", type=float,
        help="Cap max_price (USD per hour per instance): a lower value in the YAML stands, a higher one is lowered.",
    )
    g.add_argument(
        "--max-duration",
        help="Cap dstack's max_duration of every run (e.g. 2h; dstack stops the run after it). A shorter one stands.",
    )
    g.add_argument("--spot-policy", choices=["spot", "on-demand", "auto"], help="Force spot_policy.")
    g.add_argument(
        "-e", "--env", action="append", metavar="NAME",
        help="Env variable NAME every run gets, its value read from this server's environment (repeatable).",
    )

    g.add_argument(
        "--allow-env", dest="allow_env", action="append", metavar="NAME",
        help="Env variable NAME a configuration may list by name, its value read from this server's environment "
        "(repeatable). HF_TOKEN, HUGGING_FACE_HUB_TOKEN and every --env NAME are allowed; no other name is.",
    )

    g = p.add_argument_group("policy: limits and modes")
    g.add_argument("--max-replicas", type=int, help="Most replicas a service (or replica group) may ask for "
                   "(default 4).")
    g.add_argument("--max-attempts", type=int, help="Submissions allowed per deployment (default 3).")
    g.add_argument("--max-active-runs", type=int, help="Runs this server may have active at once.")
    g.add_argument(
        "--budget-usd", type=float,
        help="Total spend allowed, USD: each active run reserves max_price x max_duration x max replicas.",
    )
    g.add_argument(
        "--confirm", choices=["elicit", "plan", "off"],
        help="Who approves a paid submit: elicit (default: the human, through the MCP client), plan (a plan_id "
        "from estimate_cost), off (nobody).",
    )
    g.add_argument("--read-only", action="store_true", default=None, help="Register only read-only tools.")
    g.add_argument("--require-plan", action="store_true", default=None, help="submit_run needs a plan_id.")
    g.add_argument(
        "--allow-foreign-runs", action="store_true", default=None, help="stop_run may stop runs it did not create."
    )
    g.add_argument("--state-dir", help="Ledger and config versions (default ~/.local/state/deploy-mcp).")
    g.add_argument(
        "--server-name",
        help="Name of this deploy-mcp in its runs' tags, which rebuild a lost ledger (default: derived from "
        "the state directory's path). Give the old name to a moved state directory.",
    )
    g.add_argument(
        "--no-hf-lookup", dest="hf_lookup", action="store_false", default=None,
        help="Never fetch config.json from Hugging Face for unknown models.",
    )
    return p


def settings_from_args(argv: Sequence[str] | None = None) -> Settings:
    """Flags override ``DEPLOY_MCP_*`` env vars: only the flags actually given are passed on."""
    args = _parser().parse_args(argv)
    given: dict[str, Any] = {k: v for k, v in vars(args).items() if v is not None}
    if "allowed_hosts" in given:
        hosts = (host.strip() for flag in given["allowed_hosts"] for host in flag.split(","))
        given["allowed_hosts"] = [host for host in hosts if host]
    return Settings(**given)


def http_app(server: MCPServer, settings: Settings) -> Any:
    """The ASGI app served over HTTP: MCP at /mcp behind the Host/Origin checks and, with a token set, the
    bearer check on every path but ``http_security.OPEN_PATHS``. Extra routes (health, metrics) are added with
    ``server.custom_route`` before this is called, and sit behind the same token."""
    from deploy_mcp.http_security import BearerTokenGuard, transport_security

    app = server.streamable_http_app(
        streamable_http_path="/mcp", transport_security=transport_security(settings), host=settings.host
    )
    if settings.auth_token is not None:
        app = BearerTokenGuard(app, settings.auth_token.get_secret_value())
    return app


def serve_http(server: MCPServer, settings: Settings) -> None:
    import uvicorn

    config = uvicorn.Config(http_app(server, settings), host=settings.host, port=settings.port,
                            log_level=settings.log_level.lower())
    uvicorn.Server(config).run()


# A Claude Desktop bundle host leaves an optional setting the user did not fill as its literal placeholder.
UNFILLED_PLACEHOLDER = re.compile(r"\$\{user_config\.[A-Za-z0-9_]{1,64}\}")


def configure_logging(settings: Settings, stream: TextIO) -> None:
    """Before MCPServer's own basicConfig, so the format is ours, nothing ever goes to stdout, and no record
    carries a token or a URL password."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s",
        extra_values=[settings.dstack_token or "",
                      settings.auth_token.get_secret_value() if settings.auth_token else ""],
    ))
    logging.basicConfig(level=settings.log_level.upper(), handlers=[handler], force=True)


def main(argv: Sequence[str] | None = None) -> None:
    for name, value in list(os.environ.items()):
        if UNFILLED_PLACEHOLDER.fullmatch(value):
            del os.environ[name]
    try:
        settings = settings_from_args(argv)
    except ValueError as exc:  # pydantic ValidationError of a flag or env value
        print(f"deploy-mcp: invalid settings: {redactor_for()(str(exc))}", file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(settings, sys.stderr)
    if settings.transport == "http":
        from deploy_mcp.http_security import exposure_problem

        problem = exposure_problem(settings)
        if problem is not None:
            print(f"deploy-mcp: refusing to serve HTTP: {problem}", file=sys.stderr)
            raise SystemExit(2)
    try:  # a damaged ledger stops the server here, with its path, rather than failing every call later
        Ledger(settings.state_dir).close()
    except LedgerError as exc:
        print(f"deploy-mcp: {exc.message} {exc.hint}", file=sys.stderr)
        raise SystemExit(1) from None
    server = build_server(settings)
    if settings.transport == "http":
        serve_http(server, settings)
    else:
        server.run("stdio")

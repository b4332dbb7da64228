"""Who may reach the streamable HTTP transport: a bearer token on every request, and Host/Origin checks.

A token and an explicit host list are required to bind anything but loopback (``exposure_problem``); with a
token set, even on loopback, a request without ``Authorization: Bearer <token>`` gets 401. The token is
compared in constant time and never logged or echoed.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from deploy_mcp.settings import Settings

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]

MIN_TOKEN_LENGTH = 16
OPEN_PATHS: frozenset[str] = frozenset({"/healthz"})
"""Paths served without the token: a liveness probe must work without credentials, so what is served there
says only that the process is up (no policy, state or version)."""
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_problem(settings: Settings) -> str | None:
    """Why the HTTP settings must not be used, or None. Never quotes the token."""
    token = settings.auth_token.get_secret_value() if settings.auth_token else ""
    if token and len(token) < MIN_TOKEN_LENGTH:
        return f"--auth-token must be at least {MIN_TOKEN_LENGTH} characters (use a random one)."
    if is_loopback(settings.host):
        return None
    if not token:
        return (f"--host {settings.host} is not a loopback address: anyone who reaches it could submit and "
                "stop runs. Set DEPLOY_MCP_AUTH_TOKEN (or --auth-token) to a random secret of at least "
                f"{MIN_TOKEN_LENGTH} characters, which clients send as 'Authorization: Bearer <token>'.")
    if not settings.allowed_hosts:
        return (f"--host {settings.host} is not a loopback address: list the host names clients use to reach "
                "this server with --allowed-hosts (e.g. --allowed-hosts mcp.example.com,10.0.0.5:8765); "
                "requests naming any other Host are refused (DNS-rebinding protection).")
    return None


def transport_security(settings: Settings) -> Any:
    """The SDK's Host/Origin checks: loopback names when bound to loopback, plus every ``--allowed-hosts``
    entry (an entry without a port allows any port)."""
    from mcp.server.transport_security import TransportSecuritySettings

    hosts = list(LOOPBACK_HOSTS) if is_loopback(settings.host) else []
    hosts += settings.allowed_hosts
    allowed_hosts: list[str] = []
    allowed_origins: list[str] = []
    for host in dict.fromkeys(hosts):
        forms = [host] if _has_port(host) else [host, f"{host}:*"]
        allowed_hosts += forms
        allowed_origins += [f"{scheme}://{form}" for form in forms for scheme in ("http", "https")]
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True, allowed_hosts=allowed_hosts, allowed_origins=allowed_origins
    )


def _has_port(host: str) -> bool:
    return host.rpartition("]")[2].count(":") == 1 if host.startswith("[") else host.count(":") == 1


class BearerTokenGuard:
    """ASGI middleware: 401 for any HTTP request whose ``Authorization`` is not ``Bearer <token>``."""

    def __init__(self, app: ASGIApp, token: str, open_paths: frozenset[str] = OPEN_PATHS) -> None:
        self.app = app
        self._expected = token.encode()
        self.open_paths = open_paths

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] == "lifespan" or scope.get("path") in self.open_paths or self._authorized(scope):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        body = json.dumps({"error": "unauthorized",
                           "message": "This server needs 'Authorization: Bearer <token>'."}).encode()
        await send({"type": "http.response.start", "status": 401, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"www-authenticate", b'Bearer realm="deploy-mcp"'),
        ]})
        await send({"type": "http.response.body", "body": body})

    def _authorized(self, scope: Scope) -> bool:
        supplied = b""
        for name, value in scope.get("headers", []):
            if name.lower() == b"authorization":
                scheme, _, credentials = value.partition(b" ")
                if scheme.lower() == b"bearer":
                    supplied = credentials.strip()
                break
        # Both sides are compared whole, in time independent of where they differ.
        return hmac.compare_digest(supplied, self._expected)

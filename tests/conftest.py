from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from mcp import Client

from deploy_mcp.server import build_server
from deploy_mcp.settings import Settings

pytest_plugins: list[str] = [
    "fixtures.dstack_server", "fixtures.hf_hub", "fixtures.kube", "fixtures.gpu_cluster", "fixtures.price_catalog",
    "fixtures.silent_server",
]


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Offline settings with a private state directory, approval off (tests of approval turn it on); tests
    copy it with ``model_copy(update=...)``."""
    return Settings(state_dir=tmp_path / "state", hf_lookup=False, dstack="external", confirm="off")


@pytest.fixture
def open_client() -> Callable[..., object]:
    """``async with open_client(settings, backend_factory) as client`` for tests that need their own server."""

    @asynccontextmanager
    async def _open(settings: Settings, backend_factory=None) -> AsyncIterator[Client]:
        async with Client(build_server(settings, backend_factory), raise_exceptions=True) as client:
            yield client

    return _open


@pytest.fixture
async def client(settings: Settings, open_client) -> AsyncIterator[Client]:
    async with open_client(settings) as c:
        yield c

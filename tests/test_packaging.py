"""The wheel carries the skill the server publishes, and installs the console script."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

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

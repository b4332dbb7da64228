"""The project's own corpus through validate_config: every valid config passes, every broken one names its field.

Broken files (and the valid-but-doubtful ones under warnings/) say what they must produce in header comments: `# expect: <dotted path>` (`<root>` for the whole
document, `<yaml>` for a syntax error, then `# line: N`) and `# code: <error code>`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.anyio

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"
VALID = sorted((CORPUS / "valid").glob("*.yml"))
INVALID = sorted((CORPUS / "invalid").glob("*.yml"))
WARNED = sorted((CORPUS / "warnings").glob("*.yml"))
EXAMPLES = sorted((REPO / "examples").rglob("*.dstack.yml"))
HEADER = re.compile(r"^#\s*(expect|code|line):\s*(.+?)\s*$", re.MULTILINE)


@pytest.fixture
async def client(settings, open_client):
    """The corpus as a user would validate it: the env names its configs list are allowed."""
    async with open_client(settings.model_copy(update={"allow_env": ["NGC_API_KEY", "WANDB_API_KEY"]})) as c:
        yield c


def test_corpus_has_at_least_forty_of_each():
    assert len(VALID) >= 40 and len(INVALID) >= 40


async def call(client, path: Path) -> dict:
    result = await client.call_tool("validate_config", {"yaml": path.read_text()})
    assert not result.is_error, result.content
    return result.structured_content


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
async def test_valid_corpus_config_validates(client, path):
    report = await call(client, path)
    assert report["valid"] is True, report["errors"]
    if report["config_type"] == "service":
        assert "not_a_service" not in [w["code"] for w in report["warnings"]]
    else:
        assert "not_a_service" in [w["code"] for w in report["warnings"]]


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
async def test_broken_corpus_config_names_its_field(client, path):
    expected = dict(HEADER.findall(path.read_text()))
    assert "expect" in expected and "code" in expected, f"{path.name} lacks its header"
    report = await call(client, path)
    assert report["valid"] is False
    found = {(".".join(map(str, e["loc"])), e["code"]) for e in report["errors"]}
    assert (expected["expect"], expected["code"]) in found, report["errors"]
    if "line" in expected:
        lines = {e["line"] for e in report["errors"] if e["code"] == expected["code"]}
        assert int(expected["line"]) in lines


@pytest.mark.parametrize("path", WARNED, ids=lambda p: p.name)
async def test_doubtful_corpus_config_is_valid_with_its_warning(client, path):
    expected = dict(HEADER.findall(path.read_text()))
    report = await call(client, path)
    assert report["valid"] is True, report["errors"]
    found = {(".".join(map(str, w["loc"])), w["code"]) for w in report["warnings"]}
    assert (expected["expect"], expected["code"]) in found, report["warnings"]


async def test_oversized_document_is_refused(client):
    text = (VALID[0].read_text() + "\n") * (300 * 1024 // max(1, len(VALID[0].read_text())) + 1)
    result = await client.call_tool("validate_config", {"yaml": text})
    assert [e["code"] for e in result.structured_content["errors"]] == ["document_too_large"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(REPO)))
async def test_example_config_validates(client, path):
    report = await call(client, path)
    assert report["valid"] is True and report["config_type"] == "service", report["errors"]
    assert report["warnings"] == []

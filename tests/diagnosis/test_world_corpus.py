"""`diagnose` on the world corpus: a fix keeps the numbers its log gave (the cases that record `fix_has`).

The figures every world corpus reached are asserted in test_world_corpora.py.
"""

from __future__ import annotations

import pytest
from world_corpora import DIAGNOSIS, load

from deploy_mcp.diagnose import diagnose

WORLD = DIAGNOSIS / "world"
_WITH_NUMBERS = [(label, case) for label, case in load(WORLD) + load(WORLD / "heldout") if case.get("fix_has")]


@pytest.mark.parametrize(("label", "case"), _WITH_NUMBERS, ids=[c["id"] for _, c in _WITH_NUMBERS])
def test_world_fix_keeps_the_numbers_from_the_log(label, case):
    result = diagnose(case["text"], exit_status=case.get("exit_status"))
    assert result is not None and result.kind == label
    for expected in case["fix_has"]:
        assert expected in result.suggested_fix

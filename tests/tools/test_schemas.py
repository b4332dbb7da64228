"""compact() shortens schemas without changing what an input schema accepts."""

from __future__ import annotations

from typing import Literal

import jsonschema
import pytest
from pydantic import BaseModel, Field

from deploy_mcp.tools.schemas import compact


class Inner(BaseModel):
    title: str = Field(description="A field that happens to be called title.")
    size: int | None = None


class Args(BaseModel):
    name: str | None = Field(None, min_length=2)
    mode: Literal["a", "b"] | None = None
    inner: Inner | None = None
    count: int = 3


def test_a_property_named_title_survives_and_schema_titles_go():
    schema = compact(Args.model_json_schema())
    assert "title" not in schema and "title" in schema["$defs"]["Inner"]["properties"]
    assert "title" not in schema["$defs"]["Inner"]


def test_nullable_scalars_become_type_lists_but_enums_and_refs_keep_their_any_of():
    props = compact(Args.model_json_schema())["properties"]
    assert props["name"] == {"type": ["string", "null"], "minLength": 2}
    assert props["mode"]["anyOf"][1] == {"type": "null"} and "anyOf" in props["inner"]
    assert props["count"] == {"type": "integer", "default": 3}


@pytest.mark.parametrize("value", [
    {}, {"name": None}, {"name": "ok"}, {"name": "x"}, {"mode": "c"}, {"mode": None}, {"count": "3"},
    {"inner": {"title": "t"}}, {"inner": {"size": 1}}, {"inner": None},
])
def test_an_input_schema_accepts_exactly_what_it_accepted_before(value):
    before, after = Args.model_json_schema(), compact(Args.model_json_schema())
    assert _accepts(before, value) == _accepts(after, value)


def test_an_output_schema_keeps_keys_and_enums_and_still_validates_the_answer():
    schema = compact(Args.model_json_schema(), output=True)
    assert set(schema["properties"]) == {"name", "mode", "inner", "count"} and schema["type"] == "object"
    assert schema["properties"]["mode"]["anyOf"][0]["enum"] == ["a", "b"]
    answer = Args(name="ok", mode="a", inner=Inner(title="t")).model_dump(mode="json")
    assert _accepts(schema, answer)


def _accepts(schema: dict, value: object) -> bool:
    return jsonschema.Draft202012Validator(schema).is_valid(value)

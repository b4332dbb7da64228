"""Limits only tighten: max_price, max_duration and the replicas' upper bound merge by the minimum of the policy,
the deployment's options and the YAML, through validate_config (no backend needed)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml as yamllib
from support import call

pytestmark = pytest.mark.anyio

BASE = "type: service\nname: capped\nport: 8000\ncommands: [python -m http.server 8000]\n"

# (case, policy, deployment options, YAML fields, expected effective values, expected (field, rule, source) reported)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str, dict[str, Any], set[tuple[str, str, str]]]] = [
    ("a policy max_price never raises the user's lower one", {"max_price": 3.0}, {}, "max_price: 1\n",
     {"max_price": 1}, set()),
    ("a policy max_price lowers a higher one", {"max_price": 3.0}, {}, "max_price: 5\n",
     {"max_price": 3.0}, {("max_price", "min", "policy")}),
    ("a policy max_price fills an absent one", {"max_price": 3.0}, {}, "",
     {"max_price": 3.0}, {("max_price", "min", "policy")}),
    ("the deployment's stricter max_price wins over the policy", {"max_price": 3.0}, {"max_price": 2.0},
     "max_price: 5\n", {"max_price": 2.0}, {("max_price", "min", "deployment")}),
    ("the YAML's stricter max_price wins over both", {"max_price": 3.0}, {"max_price": 2.0}, "max_price: 0.5\n",
     {"max_price": 0.5}, set()),
    ("the policy's stricter max_price wins over the deployment", {"max_price": 1.0}, {"max_price": 2.0}, "",
     {"max_price": 1.0}, {("max_price", "min", "policy")}),
    ("a policy max_duration fills an absent one", {"max_duration": "2h"}, {}, "",
     {"max_duration": "2h"}, {("max_duration", "min", "policy")}),
    ("a shorter YAML max_duration stands, whatever its unit", {"max_duration": "2h"}, {}, "max_duration: 30m\n",
     {"max_duration": "30m"}, set()),
    ("a longer YAML max_duration is lowered", {"max_duration": "2h"}, {}, "max_duration: 1d\n",
     {"max_duration": "2h"}, {("max_duration", "min", "policy")}),
    ("max_duration off counts as unlimited and is lowered", {"max_duration": "90m"}, {}, "max_duration: off\n",
     {"max_duration": "90m"}, {("max_duration", "min", "policy")}),
    ("max_duration in seconds compares with hours", {"max_duration": "1h"}, {}, "max_duration: 600\n",
     {"max_duration": 600}, set()),
    ("forced values keep dstack apply semantics beside the caps", {"max_price": 3.0, "backends": ["aws"]}, {},
     "max_price: 1\nbackends: [gcp]\n", {"max_price": 1, "backends": ["aws"]}, {("backends", "forced", "policy")}),
    ("no limit anywhere leaves the YAML alone", {}, {}, "max_price: 9\nmax_duration: 5h\n",
     {"max_price": 9, "max_duration": "5h"}, set()),
]


@pytest.mark.parametrize(("policy", "options", "fields", "expected", "reported"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
async def test_limits_merge_by_the_minimum_of_every_source(
    settings, open_client, policy, options, fields, expected, reported
) -> None:
    async with open_client(settings.model_copy(update=policy)) as client:
        args: dict[str, Any] = {"yaml": BASE + fields}
        if options:
            generated = await call(client, "generate_service_config", {
                "model": "Qwen/Qwen2.5-0.5B-Instruct", "name": "capped", "options": options,
            })
            args["deployment"] = generated["deployment"]
        report = await call(client, "validate_config", args)
    assert report["valid"], report["errors"]
    effective = yamllib.safe_load(report["effective_yaml"])
    assert {key: effective.get(key) for key in expected} == expected
    assert {(o["field"], o["rule"], o["source"]) for o in report["overrides"]} == reported

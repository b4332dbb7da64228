"""Offers and prices that exist: estimate_cost and list_gpus through the MCP client against dstack servers that
really answer with offers (a `kubernetes` backend on an emulated GPU cluster) or with none (no backend), with
list prices from a gpuhunt catalog written by the suite, and the constraint that excludes every offer."""

from __future__ import annotations

import time

import pytest
from support import call

from deploy_mcp.backends.dstack import DstackBackend

pytestmark = pytest.mark.anyio

FLEET = "emulated-gpus"


def service(gpu: str, extra: str = "") -> str:
    return (f"type: service\nport: 8000\ncommands: ['python -m http.server 8000']\nresources:\n  gpu: {gpu}\n"
            f"{extra}")


def fleet_names(kube_dstack) -> set[str]:
    return {f.name for f in kube_dstack.server.client().client.fleets.list(kube_dstack.server.project)
            if f.status.value not in ("terminated", "terminating")}


@pytest.fixture
def kube_fleet(kube_dstack):
    """The emulated cluster with a fleet on it (dstack provisions runs only through fleets)."""
    if FLEET not in fleet_names(kube_dstack):
        kube_dstack.create_fleet(FLEET)
    return kube_dstack


@pytest.fixture
async def kube_client(kube_dstack, settings, open_client):
    async with open_client(kube_dstack.server.settings(settings), DstackBackend) as client:
        yield client


async def test_without_a_fleet_the_backend_offers_are_shown_as_needing_one(kube_dstack, kube_client):
    if FLEET in fleet_names(kube_dstack):
        kube_dstack.delete_fleet(FLEET)
    deadline = time.monotonic() + 60
    while FLEET in fleet_names(kube_dstack) and time.monotonic() < deadline:
        time.sleep(1)
    estimate = await call(kube_client, "estimate_cost", {"yaml": service("A100:80GB:1")})
    assert estimate["fleet_required"] is True and "fleet" in estimate["note"]
    assert [(o["backend"], o["instance_type"]) for o in estimate["offers"]] == [("kubernetes", "a100-node-1")]


async def test_a_cluster_behind_a_fleet_gives_real_offers_and_a_plan(kube_fleet, kube_client):
    estimate = await call(kube_client, "estimate_cost", {"yaml": service("A100:80GB:1"), "hours": 2})
    assert estimate["fleet_required"] is False and estimate["excluded_by"] == []
    [offer] = estimate["offers"]
    assert (offer["backend"], offer["instance_type"], offer["gpu_name"], offer["gpu_count"]) == (
        "kubernetes", "a100-node-1", "A100", 1)
    assert offer["gpu_memory_gb"] == 80 and offer["source"] == "backend"
    # dstack prices an owned cluster at 0 USD/h: the estimate says so rather than inventing a price.
    assert offer["price_per_hour"] == 0 and estimate["cheapest_total_usd"] == 0
    any_24gb = await call(kube_client, "estimate_cost", {"yaml": service("24GB:1")})
    assert [o["gpu_name"] for o in any_24gb["offers"]] == ["L4"]


async def test_list_gpus_reports_the_cluster_gpus_by_name_memory_and_count(kube_fleet, kube_client):
    listed = await call(kube_client, "list_gpus", {})
    groups = {(g["name"], g["memory_gb"]): g for g in listed["gpus"]}
    assert set(groups) == {("A100", 80.0), ("L4", 24.0)}
    assert groups[("A100", 80.0)]["count_max"] == 8 and groups[("L4", 24.0)]["count_max"] == 2
    assert all(g["backends"] == ["kubernetes"] and g["source"] == "backend" for g in listed["gpus"])
    assert listed["catalog_prices"] == []


async def test_a_gpu_the_cluster_lacks_is_named_with_what_it_has_and_with_list_prices(
        kube_fleet, kube_client, price_catalog):
    estimate = await call(kube_client, "estimate_cost", {"yaml": service("H100:1")})
    assert estimate["offers"] == [] and estimate["total_offers"] == 0
    name = next(e for e in estimate["excluded_by"] if e["field"] == "resources.gpu (name)")
    assert name["requested"] == "H100" and name["offers_if_relaxed"] >= 2
    assert name["cheapest_if_relaxed"].endswith("at 0 USD/h") and "kubernetes" in name["cheapest_if_relaxed"]
    # Where an H100 can be had, at list price, cheapest first, clearly marked as not an offer.
    catalog = estimate["catalog_prices"]
    assert [(p["backend"], p["price_per_hour"]) for p in catalog] == [("lambda", 2.49), ("runpod", 2.99)]
    assert all(p["source"] == "catalog" for p in catalog) and "list prices" in estimate["note"]


async def test_with_no_backend_the_catalog_prices_and_explains_a_price_cap(dstack_settings, open_client,
                                                                           price_catalog):
    async with open_client(dstack_settings, DstackBackend) as client:
        estimate = await call(client, "estimate_cost", {"yaml": service("A100:80GB:1", "max_price: 1.5\n")})
        listed = await call(client, "list_gpus", {})
    assert estimate["offers"] == [] and estimate["catalog_prices"] == []
    cap = next(e for e in estimate["excluded_by"] if e["field"] == "max_price")
    assert cap["requested"] == "1.5 USD/h" and cap["offers_if_relaxed"] == 1
    assert cap["cheapest_if_relaxed"].startswith("A100:80GB:1 on runpod EU-RO-1") and "1.64 USD/h" in cap["cheapest_if_relaxed"]
    assert "max_price" in estimate["note"] and "user" in estimate["note"]
    assert listed["gpus"] == [] and {g["name"] for g in listed["catalog_prices"]} == {"A10G", "L4", "A100", "H100"}
    cheapest = listed["catalog_prices"][0]
    assert (cheapest["name"], cheapest["price_per_gpu_min"], cheapest["source"]) == ("A10G", 0.4024, "catalog")

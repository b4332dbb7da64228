"""List prices from gpuhunt's catalog, read from catalog files the suite writes in gpuhunt's own format."""

from __future__ import annotations

import socket

import pytest

from deploy_mcp.backends.catalog import CatalogUnavailable, PriceCatalog, gpu_groups


def test_prices_meet_every_constraint_and_come_cheapest_first(price_catalog):
    prices = PriceCatalog(timeout=10).prices({"resources": {"gpu": "A100:80GB:1"}, "max_price": 5}, limit=10)
    assert [(p.backend, p.instance_type, p.price_per_hour) for p in prices] == [
        ("runpod", "NVIDIA A100 80GB PCIe", 1.64),
    ]
    assert all(p.source == "catalog" and p.availability == "list price" for p in prices)


def test_backends_select_the_catalog_providers_by_dstack_backend_name(price_catalog):
    prices = PriceCatalog(timeout=10).prices({"resources": {"gpu": "H100"}, "backends": ["lambda"]}, limit=10)
    assert {p.backend for p in prices} == {"lambda"} and [p.price_per_hour for p in prices] == [2.49, 23.92]
    assert PriceCatalog(timeout=10).prices({"resources": {"gpu": "H100"}, "backends": ["vastai"]}, limit=10) == []


def test_spot_policy_and_limit_are_applied(price_catalog):
    catalog = PriceCatalog(timeout=10)
    spot = catalog.prices({"resources": {"gpu": "A10G"}, "spot_policy": "spot"}, limit=10)
    assert [(p.price_per_hour, p.spot) for p in spot] == [(0.4024, True)]
    assert len(catalog.prices(None, limit=3)) == 3


def test_gpu_groups_give_per_gpu_price_ranges_by_name_and_memory(price_catalog):
    groups = {(g.name, g.memory_gb): g for g in gpu_groups(PriceCatalog(timeout=10).prices(None, limit=100))}
    h100 = groups[("H100", 80.0)]
    assert (h100.price_per_gpu_min, h100.price_per_gpu_max) == (2.49, round(98.32 / 8, 4))
    assert (h100.count_min, h100.count_max) == (1, 8) and h100.backends == ["aws", "lambda", "runpod"]
    assert h100.source == "catalog" and ("A100", 40.0) in groups and ("A100", 80.0) in groups


def test_an_unreachable_catalog_is_reported_not_raised_as_a_crash(monkeypatch):
    with socket.socket() as s:  # a port nothing listens on: the download is refused at once
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.delenv("GPUHUNT_CATALOG_DIR", raising=False)
    monkeypatch.setenv("GPUHUNT_CATALOG_URL", f"http://127.0.0.1:{port}")
    with pytest.raises(CatalogUnavailable):
        PriceCatalog(timeout=10).prices({"resources": {"gpu": "A100"}}, limit=5)

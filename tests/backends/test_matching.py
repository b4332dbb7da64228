"""Which constraint of a configuration excludes every offer, computed from offers taken with no constraint."""

from __future__ import annotations

import pytest

from deploy_mcp.backends.base import Offer
from deploy_mcp.backends.matching import admits, constraints_of, exclusions


def offer(gpu: str | None, memory: float | None, count: int, price: float, *, backend: str = "aws",
          region: str = "us-east-1", spot: bool = False) -> Offer:
    return Offer(backend=backend, region=region, instance_type=f"{gpu or 'cpu'}x{count}", gpu_name=gpu,
                 gpu_memory_gb=memory, gpu_count=count if gpu else 0, spot=spot, price_per_hour=price)


UNIVERSE = [
    offer("A10G", 24, 1, 1.01), offer("A10G", 24, 1, 0.40, spot=True), offer("L4", 24, 1, 0.43, backend="runpod"),
    offer("A100", 80, 1, 1.64, backend="runpod", region="EU-RO-1"), offer("A100", 40, 1, 1.29, backend="lambda"),
    offer("H100", 80, 1, 2.49, backend="lambda", region="us-west-1"), offer("H100", 80, 8, 23.92, backend="lambda"),
    offer(None, None, 0, 0.10),
]


@pytest.mark.parametrize(("config", "fits"), [
    ({"resources": {"gpu": "A100:80GB:1"}}, {"A100x1"}),
    ({"resources": {"gpu": "A100"}}, {"A100x1"}),
    ({"resources": {"gpu": "24GB:1"}}, {"A10Gx1", "L4x1"}),
    ({"resources": {"gpu": "H100:8"}}, {"H100x8"}),
    ({"resources": {"gpu": "H100:1..8"}}, {"H100x1", "H100x8"}),
    ({"resources": {"gpu": {"name": ["A10G", "L4"], "count": 1}}, "spot_policy": "on-demand"}, {"A10Gx1", "L4x1"}),
    ({"resources": {"gpu": "A10G"}, "spot_policy": "spot"}, {"A10Gx1"}),
    ({"resources": {"gpu": "80GB"}, "backends": ["lambda"]}, {"H100x1", "H100x8"}),
    ({"resources": {"gpu": "80GB"}, "regions": ["EU-RO-1"]}, {"A100x1"}),
    ({"resources": {"gpu": "24GB"}, "max_price": 0.5}, {"A10Gx1", "L4x1"}),
    ({"resources": {"gpu": "amd:1"}}, set()),
])
def test_constraints_admit_exactly_the_offers_dstack_would_match(config, fits):
    constraints = constraints_of(config)
    assert {o.instance_type for o in UNIVERSE if admits(constraints, o)} == fits


def test_a_price_cap_below_every_matching_gpu_is_named_with_the_cheapest_offer_above_it():
    found = exclusions({"resources": {"gpu": "H100:1"}, "max_price": 2.0, "spot_policy": "on-demand"}, UNIVERSE)
    by_field = {e.field: e for e in found}
    price = by_field["max_price"]
    assert price.offers_if_relaxed == 1 and price.cheapest_if_relaxed.startswith("H100:80GB:1 on lambda us-west-1")
    assert "2.49 USD/h" in price.cheapest_if_relaxed
    # Relaxing the GPU name admits other GPUs under the cap; the count and spot policy alone admit nothing.
    assert by_field["resources.gpu (name)"].offers_if_relaxed == 4
    assert "L4:24GB:1 on runpod" in by_field["resources.gpu (name)"].cheapest_if_relaxed
    assert by_field["resources.gpu (count)"].offers_if_relaxed == 0
    assert by_field["spot_policy"].offers_if_relaxed == 0 and by_field["spot_policy"].cheapest_if_relaxed is None
    # The configuration's order, with what admits nothing last.
    assert [e.field for e in found] == ["resources.gpu (name)", "max_price", "resources.gpu (count)", "spot_policy"]


def test_a_backend_without_the_gpu_is_named_and_relaxing_it_admits_the_gpu_elsewhere():
    by_field = {e.field: e for e in exclusions({"resources": {"gpu": "A100:80GB"}, "backends": ["lambda"]}, UNIVERSE)}
    assert by_field["backends"].requested == "lambda" and by_field["backends"].offers_if_relaxed == 1
    assert "A100:80GB:1 on runpod EU-RO-1" in by_field["backends"].cheapest_if_relaxed
    # lambda has the 40 GB A100: relaxing the memory finds it there.
    assert "A100:40GB:1 on lambda" in by_field["resources.gpu (memory)"].cheapest_if_relaxed


def test_constraints_that_bind_only_together_are_all_listed_with_no_offer():
    found = exclusions({"resources": {"gpu": "B200:8"}, "backends": ["vastai"]}, UNIVERSE)
    assert {e.field for e in found} == {"resources.gpu (name)", "resources.gpu (count)", "backends"}
    assert all(e.offers_if_relaxed == 0 for e in found if e.field != "resources.gpu (count)")


def test_an_empty_universe_admits_nothing_whatever_is_relaxed():
    assert all(e.offers_if_relaxed == 0 for e in exclusions({"resources": {"gpu": "A100"}, "max_price": 1}, []))


def test_a_cluster_node_offers_any_part_of_its_gpus():
    node = offer("A100", 80, 8, 0.0, backend="kubernetes", region="")
    assert admits(constraints_of({"resources": {"gpu": "A100:2"}}), node)
    assert not admits(constraints_of({"resources": {"gpu": "A100:16"}}), node)
    assert not admits(constraints_of({"resources": {"gpu": "A100:2"}}), offer("A100", 80, 8, 30.0))

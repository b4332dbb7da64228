"""list_gpus and estimate_cost: what the backend can provide and what a configuration would cost."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from deploy_mcp.backends.base import Exclusion, GpuGroup, Offer
from deploy_mcp.config.spec import config_digest
from deploy_mcp.runtime import Runtime
from deploy_mcp.tools.common import READ_ONLY_OPEN, add_tool

DeploymentName = Annotated[str | None, Field(description="Deployment whose mandatory options apply.")]
# What list_gpus prices when given no configuration: any resources with at least one GPU, with the policy's
# mandatory options (backends, regions, GPU, max price...) applied by the same validation as everything else.
ANY_RESOURCES_YAML = "type: task\ncommands: [':']\nresources: {gpu: '1..'}\n"
# Catalog rows read for list_gpus's groups (the cheapest first; enough to span every GPU model).
CATALOG_ROWS = 2000
NO_OFFERS_NOTE = (
    "No offers match. The dstack project has no backend or fleet that can provide these resources (a dstack server "
    "with no backends configured always answers this). Relax resources, regions, spot_policy or max_price, or "
    "ask the user to configure a backend or a fleet in dstack."
)
FLEET_NOTE = (
    "These offers exist in the project's backends, but no fleet can provision them, and dstack runs only on "
    "fleets: a submit now fails with no_capacity. Ask the user to create a fleet for these backends (a dstack "
    "'type: fleet' configuration with 'nodes: 0..N' provisions on demand)."
)
CATALOG_NOTE = (
    "catalog_prices are providers' list prices from gpuhunt's catalog, not offers that can be had now: use them "
    "to choose a GPU and a max_price, then ask the user for a backend or fleet that provides it."
)
WHY_NOTE = (
    "excluded_by: for each constraint, the offers relaxing it alone would admit and the cheapest of them. Choose "
    "with the user: a higher max_price or another GPU is their call."
)

NO_CLUSTER_GPUS_NOTE = (
    "No node of the cluster has allocatable GPUs that this configuration can use (nvidia.com/gpu or amd.com/gpu "
    "with matching product labels and tolerated taints). Ask the user which GPU nodes the cluster has."
)


class PricedOffer(Offer):
    total_usd: float = Field(description="price_per_hour times the requested hours.")


class CostEstimate(BaseModel):
    plan_id: str = Field(description="Identifies this exact effective configuration; pass it to submit_run.")
    hours: float
    offers: list[PricedOffer] = Field(description="Matching offers, cheapest first.")
    total_offers: int = Field(description="All matching offers, of which the cheapest are listed.")
    cheapest_per_hour: float | None = Field(None, description="USD per hour of the cheapest offer.")
    cheapest_total_usd: float | None = Field(None, description="USD for the requested hours on the cheapest offer.")
    max_price: float | None = Field(None, description="The effective max_price (USD/h) offers were limited to.")
    fleet_required: bool = Field(False, description="The offers need a fleet the project does not have yet.")
    catalog_prices: list[PricedOffer] = Field(default_factory=list, description="List prices when no offer matches.")
    excluded_by: list[Exclusion] = Field(default_factory=list, description="What excludes every offer.")
    note: str | None = None


class GpuList(BaseModel):
    gpus: list[GpuGroup] = Field(description="GPU groups by name, memory and count, with per-GPU price ranges.")
    catalog_prices: list[GpuGroup] = Field(default_factory=list, description="List prices when no GPU matches.")
    note: str | None = None


def register(server, runtime: Runtime) -> None:
    def estimate_cost(
        yaml: str,
        deployment: DeploymentName = None,
        hours: Annotated[float, Field(gt=0, le=8760)] = 1.0,
        max_offers: Annotated[int, Field(ge=1, le=100)] = 10,
    ) -> CostEstimate:
        """Price a configuration (YAML, mandatory options applied): matching offers cheapest first, the total for
        the hours, and a plan_id for submit_run. Starts nothing."""
        effective = runtime.validate(yaml, deployment).require_effective("nothing was priced")
        plan = runtime.backend.plan(effective, max_offers=max_offers)

        def priced(offers: list[Offer]) -> list[PricedOffer]:
            return [PricedOffer(**o.model_dump(), total_usd=round(o.price_per_hour * hours, 4)) for o in offers]

        offers = priced(plan.offers)
        cheapest = offers[0] if offers else None
        estimate = CostEstimate(
            plan_id=config_digest(effective),
            hours=hours,
            offers=offers,
            total_offers=plan.total_offers,
            cheapest_per_hour=cheapest.price_per_hour if cheapest else None,
            cheapest_total_usd=cheapest.total_usd if cheapest else None,
            max_price=effective.get("max_price"),
            fleet_required=plan.fleet_required,
            note=FLEET_NOTE if plan.fleet_required else plan.note,
        )
        if not offers and runtime.settings.target != "kubernetes":
            # A cluster's own nodes are all there is: cloud list prices say nothing about them (plan.note does).
            from deploy_mcp.backends.matching import exclusions  # with the GPU tables, when no offer matches

            catalog, universe, notes = _without_offers(runtime, effective, max_offers)
            estimate.catalog_prices = priced(catalog)
            estimate.excluded_by = exclusions(effective, universe) if universe else []
            if estimate.excluded_by:
                notes.append(WHY_NOTE)
            estimate.note = " ".join(notes)
        return estimate

    def list_gpus(
        yaml: Annotated[str | None, Field(description="Only GPUs this configuration could use.")] = None,
        deployment: DeploymentName = None,
    ) -> GpuList:
        """GPUs the backends can provide, grouped by name, memory and count, with per-GPU prices, backends and
        regions. Use it to choose resources.gpu."""
        if runtime.settings.target == "kubernetes":
            # A cluster's GPUs are its nodes': without a service to place there is nothing to validate.
            effective = None if yaml is None else runtime.validate(yaml, deployment).require_effective(
                "no GPUs were listed")
            groups = runtime.backend.gpus(effective)
            return GpuList(gpus=groups, note=None if groups else NO_CLUSTER_GPUS_NOTE)
        report = runtime.validate(yaml if yaml is not None else ANY_RESOURCES_YAML, deployment)
        effective = report.require_effective("no GPUs were listed")
        groups = runtime.backend.gpus(effective)
        if groups:
            return GpuList(gpus=groups)
        from deploy_mcp.backends.catalog import gpu_groups

        catalog, _, notes = _without_offers(runtime, effective, CATALOG_ROWS, universe=False)
        return GpuList(gpus=[], catalog_prices=gpu_groups(catalog), note=" ".join(notes))

    add_tool(server, runtime, estimate_cost, READ_ONLY_OPEN, title="Estimate the cost of a configuration")
    add_tool(server, runtime, list_gpus, READ_ONLY_OPEN, title="List available GPUs")


def _without_offers(
    runtime: Runtime, effective: dict, limit: int, *, universe: bool = True
) -> tuple[list[Offer], list[Offer], list[str]]:
    """When the target has no offer: list prices that meet the configuration, and the offers (the target's with
    no constraint, else the catalog's) to tell which constraint excludes everything."""
    from deploy_mcp.backends.catalog import CatalogUnavailable

    notes = [NO_OFFERS_NOTE]
    try:
        catalog = runtime.price_catalog.prices(effective, limit=limit)
        notes.append(CATALOG_NOTE if catalog else "No list price in the catalog meets these constraints either.")
    except CatalogUnavailable as exc:
        catalog = []
        notes.append(f"The price catalog is unavailable ({exc}).")
    if not universe:
        return catalog, [], notes
    offers = runtime.backend.all_offers()
    if not offers:
        try:
            offers = runtime.price_catalog.universe(effective)
        except CatalogUnavailable:
            offers = []
    return catalog, offers, notes

"""List prices from gpuhunt's published catalog: what cloud providers charge, not offers that can be had now.

When the target has no offer for a configuration (no backend or fleet configured, or none that fits), these
prices still tell the agent and the user what the configuration would cost where, and which constraint to
relax. gpuhunt downloads its catalog from the network (for users; bounded by a timeout here, and reloaded every
few hours); ``GPUHUNT_CATALOG_DIR`` points it at local CSV files in gpuhunt's own format instead, which is how
the tests run offline.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

from deploy_mcp.backends.base import GpuGroup, Offer
from deploy_mcp.backends.matching import admits, constraints_of

log = logging.getLogger(__name__)

# dstack backend type -> gpuhunt catalog provider, for the providers gpuhunt publishes a catalog of.
PROVIDER_OF_BACKEND = {
    "aws": "aws", "azure": "azure", "gcp": "gcp", "lambda": "lambdalabs", "nebius": "nebius", "oci": "oci",
    "runpod": "runpod", "cloudrift": "cloudrift", "verda": "verda", "datacrunch": "verda",
}
BACKEND_OF_PROVIDER = {provider: backend for backend, provider in PROVIDER_OF_BACKEND.items() if backend != "datacrunch"}
RELOAD_SECONDS = 4 * 3600
# After a failed download, calls within this many seconds report it again rather than retry the network.
RETRY_SECONDS = 600
# A catalog holds tens of thousands of rows; the analysis of what excludes a configuration needs no more.
UNIVERSE_LIMIT = 5000


class CatalogUnavailable(Exception):
    """The catalog could not be loaded (offline, or the download timed out)."""


class PriceCatalog:
    """gpuhunt's catalog, loaded once on first use and kept for a few hours. Thread-safe."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._lock = threading.Lock()
        self._catalog: Any = None
        self._providers: list[str] = []
        self._loaded_at = 0.0
        self._failure: tuple[float, str] | None = None

    def prices(self, config: dict[str, Any] | None, *, limit: int) -> list[Offer]:
        """Catalog rows that meet every constraint of ``config`` (all rows for None), cheapest first."""
        constraints = constraints_of(config or {})
        rows = [o for o in self._rows(config or {}) if admits(constraints, o)]
        return sorted(rows, key=lambda o: o.price_per_hour)[:limit]

    def universe(self, config: dict[str, Any]) -> list[Offer]:
        """Rows to measure ``config``'s constraints against: every row with a GPU when it asks for one."""
        wants_gpu = bool((config.get("resources") or {}).get("gpu"))
        rows = [o for o in self._rows({}) if o.gpu_count or not wants_gpu]
        return sorted(rows, key=lambda o: o.price_per_hour)[:UNIVERSE_LIMIT]

    def _rows(self, config: dict[str, Any]) -> list[Offer]:
        catalog, providers = self._load()
        backends = config.get("backends")
        if backends:
            providers = [p for p in providers if BACKEND_OF_PROVIDER.get(p) in set(backends)]
        if not providers:
            return []
        query = _query_filter(config)
        return [_offer(item) for item in _bounded(lambda: catalog.query(provider=providers, **query), self._timeout)]

    def _load(self) -> tuple[Any, list[str]]:
        with self._lock:
            if self._catalog is not None and time.monotonic() - self._loaded_at < RELOAD_SECONDS:
                return self._catalog, self._providers
            import gpuhunt
            from gpuhunt._internal.catalog import OFFLINE_PROVIDERS

            catalog = gpuhunt.Catalog(balance_resources=False, auto_reload=False)
            local = os.environ.get("GPUHUNT_CATALOG_DIR")
            if local:  # gpuhunt reads one CSV per provider there and fails on a missing one
                providers = [p for p in OFFLINE_PROVIDERS if (Path(local) / f"{p}.csv").is_file()]
            else:
                if self._failure is not None and time.monotonic() - self._failure[0] < RETRY_SECONDS:
                    raise CatalogUnavailable(self._failure[1])
                try:
                    _bounded(catalog.load, self._timeout)
                except CatalogUnavailable as exc:
                    self._failure = (time.monotonic(), str(exc))
                    raise
                providers = [p for p in OFFLINE_PROVIDERS if p in catalog.catalog]
            self._catalog, self._providers, self._loaded_at = catalog, providers, time.monotonic()
            return catalog, providers


def gpu_groups(prices: list[Offer]) -> list[GpuGroup]:
    """Catalog rows grouped as list_gpus groups backend offers: by GPU name and memory, prices per GPU."""
    groups: dict[tuple[str, float | None], list[Offer]] = {}
    for offer in prices:
        if offer.gpu_name and offer.gpu_count:
            groups.setdefault((offer.gpu_name, offer.gpu_memory_gb), []).append(offer)
    found = []
    for (name, memory), offers in groups.items():
        per_gpu = [o.price_per_hour / o.gpu_count for o in offers]
        found.append(GpuGroup(
            name=name, memory_gb=memory,
            count_min=min(o.gpu_count for o in offers), count_max=max(o.gpu_count for o in offers),
            price_per_gpu_min=round(min(per_gpu), 4), price_per_gpu_max=round(max(per_gpu), 4),
            spot=sorted({o.spot for o in offers}), backends=sorted({o.backend for o in offers}),
            regions=sorted({o.region for o in offers})[:10], source="catalog",
        ))
    return sorted(found, key=lambda g: (g.price_per_gpu_min or 0.0, g.name))


def _query_filter(config: dict[str, Any]) -> dict[str, Any]:
    """The constraints gpuhunt can apply while reading (the rest are checked on the rows)."""
    query: dict[str, Any] = {}
    max_price = config.get("max_price")
    if isinstance(max_price, int | float):
        query["max_price"] = float(max_price)
    spot_policy = config.get("spot_policy")
    if spot_policy in ("spot", "on-demand"):
        query["spot"] = spot_policy == "spot"
    return query


def _offer(item: Any) -> Offer:
    gpu_count = int(item.gpu_count or 0)
    gpu = f" gpu={item.gpu_name}:{item.gpu_memory:g}GB:{gpu_count}" if gpu_count else ""
    return Offer(
        backend=BACKEND_OF_PROVIDER.get(item.provider, item.provider),
        region=item.location,
        instance_type=item.instance_name,
        gpu_name=item.gpu_name if gpu_count else None,
        gpu_memory_gb=float(item.gpu_memory) if gpu_count else None,
        gpu_count=gpu_count,
        cpus=int(item.cpu) if item.cpu is not None else None,
        memory_gb=float(item.memory) if item.memory is not None else None,
        disk_gb=float(item.disk_size) if item.disk_size else None,
        spot=bool(item.spot),
        price_per_hour=float(item.price),
        availability="list price",
        resources=f"cpu={item.cpu} mem={item.memory}GB{gpu}",
        source="catalog",
    )


def _bounded(call: Any, timeout: float) -> Any:
    """``call()`` in a daemon thread, abandoned after ``timeout`` seconds (a download must not hang a tool)."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = call()
        except Exception as exc:  # gpuhunt raises several kinds for an unreachable catalog
            result["error"] = exc

    worker = threading.Thread(target=run, name="price-catalog", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise CatalogUnavailable(f"the price catalog did not answer within {timeout:g} s")
    if "error" in result:
        log.info("price catalog unavailable: %s", result["error"])
        raise CatalogUnavailable(str(result["error"])[:200])
    return result.get("value")

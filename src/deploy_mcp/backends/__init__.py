"""Deployment targets. Only modules in this package import dstack or kubernetes, and only lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deploy_mcp.backends.base import Backend
    from deploy_mcp.settings import Settings


def default_backend_factory(settings: Settings) -> Backend:
    if settings.target == "kubernetes":
        from deploy_mcp.backends.kubernetes.backend import KubernetesBackend

        return KubernetesBackend(settings)
    from deploy_mcp.backends.dstack import DstackBackend

    return DstackBackend(settings)

"""The whole path a configuration takes before it may reach a backend.

read YAML → dstack schema → mandatory options merged (policy > deployment > YAML) → dstack schema again on
the merged result → the project's checks. ``validate_config`` returns the report; ``submit_run`` and
``estimate_cost`` use the same function, so they refuse exactly what ``validate_config`` reports.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from deploy_mcp.config.bounds import bound_problems
from deploy_mcp.config.checks import run_checks, secret_values
from deploy_mcp.config.env_access import env_access_problems
from deploy_mcp.config.overrides import apply_overrides
from deploy_mcp.config.redact import Redactor
from deploy_mcp.config.report import ConfigReport
from deploy_mcp.config.spec import ROOT, RUN_TYPES, parse_configuration
from deploy_mcp.problems import Override, Problem
from deploy_mcp.settings import Policy

if TYPE_CHECKING:
    from deploy_mcp.config.yaml_text import Document

FitCheck = Callable[[dict[str, Any]], list[Problem]]
TargetRender = Callable[[dict[str, Any]], tuple[list[Problem], str | None]]
"""The target's view of an effective configuration: what it cannot express or refuses, and its manifests."""


def validate_text(
    text: str,
    *,
    policy: Policy | None = None,
    deployment_options: Mapping[str, Any] | None = None,
    fit_check: FitCheck | None = None,
    target_render: TargetRender | None = None,
) -> ConfigReport:
    from deploy_mcp.config.yaml_text import dump_yaml, read_yaml

    doc = read_yaml(text)
    if doc.data is None:
        return ConfigReport(valid=False, errors=doc.problems)
    config_type = doc.data.get("type")
    parsed_conf, problems = parse_configuration(doc.data)
    if problems:
        return _report(config_type, doc, problems)
    if config_type not in RUN_TYPES:
        return ConfigReport(valid=False, config_type=str(config_type), errors=[Problem(
            code="not_a_run_configuration", loc=["type"], line=doc.line_of(("type",)),
            message=f"A {config_type} configuration is not a run: only service, task and dev-environment can be "
            "validated and submitted here.",
            hint="Use 'type: service' for an endpoint.",
        )])

    layers: list[tuple[Any, Mapping[str, Any]]] = []
    if deployment_options:
        layers.append(("deployment", deployment_options))
    if policy is not None:
        layers.append(("policy", policy.mandatory_options()))
    merged, overrides = apply_overrides(doc.data, layers)
    merged_problems: list[Problem] = []
    if merged != doc.data:  # options that changed nothing leave nothing to validate again
        parsed_conf, merged_problems = parse_configuration(merged)
    for problem in merged_problems:
        if any(problem.path.startswith(o.field) or o.field.startswith(problem.path) for o in overrides):
            problem.message += " (in a value set by a mandatory option)"
            problem.hint = "A mandatory option does not validate: report this to the user; it is not yours to fix."
    if merged_problems:
        return _report(config_type, doc, merged_problems, overrides=overrides)

    parsed = parsed_conf.model_dump(mode="json", exclude_none=True)
    policy = policy or Policy()
    problems = env_access_problems(merged, policy) + bound_problems(parsed, max_replicas=policy.max_replicas)
    problems += run_checks(merged, parsed, fit_check=fit_check)
    manifests = None
    if target_render is not None:
        target_problems, manifests = target_render(merged)
        problems += target_problems
    report = _report(config_type, doc, problems, overrides=overrides, effective_yaml=dump_yaml(merged),
                     manifests=manifests)
    report._effective = merged
    return report


def _report(
    config_type: Any,
    doc: Document,
    problems: list[Problem],
    *,
    overrides: list[Override] | None = None,
    effective_yaml: str | None = None,
    manifests: str | None = None,
) -> ConfigReport:
    for problem in problems:
        if problem.line is None and problem.loc and problem.loc[0] != ROOT:
            problem.line = doc.line_of(tuple(problem.loc))
    # A model may put a token anywhere, and messages quote the offending value: nothing returned may carry it.
    known = secret_values(doc.data or {})
    redact, redact_prose = Redactor(known), Redactor(known, assignments=False)
    for problem in problems:
        problem.message = redact_prose(problem.message)
        problem.hint = redact_prose(problem.hint) if problem.hint else problem.hint
        problem.loc = [redact_prose(part) if isinstance(part, str) else part for part in problem.loc]
    errors = [p for p in problems if p.severity == "error"]
    return ConfigReport(
        valid=not errors,
        config_type=str(config_type) if config_type is not None else None,
        errors=errors,
        warnings=[p for p in problems if p.severity == "warning"],
        effective_yaml=redact(effective_yaml) if effective_yaml else None,
        overrides=overrides or [],
        # Manifests spell env as name/value pairs and say "key: HF_TOKEN" in secretKeyRef: only known values and
        # credential shapes are masked there, not NAME: value assignments.
        manifests=redact_prose(manifests) if manifests and not errors else None,
    )

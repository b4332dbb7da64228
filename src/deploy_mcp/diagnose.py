"""The stable public entry point: ``from deploy_mcp.diagnose import diagnose``. The classifier and its rules live
in ``deploy_mcp.diagnosis``."""

from deploy_mcp.diagnosis.diagnose import Diagnosis, DiagnosisKind, diagnose

__all__ = ["Diagnosis", "DiagnosisKind", "diagnose"]

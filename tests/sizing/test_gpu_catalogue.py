"""The GPU catalogue sizing reads is gpuhunt's, row for row."""

from __future__ import annotations

from deploy_mcp.sizing.gpu_catalogue import ROWS


def _rows_from_gpuhunt() -> list[tuple]:
    import gpuhunt

    rows: list[tuple] = [(nv.name, float(nv.memory), "nvidia", tuple(nv.compute_capability), None)
                         for nv in gpuhunt.KNOWN_NVIDIA_GPUS]
    rows += [(amd.name, float(amd.memory), "amd", None, getattr(amd.architecture, "value", str(amd.architecture)))
             for amd in gpuhunt.KNOWN_AMD_GPUS]
    return rows


def test_the_catalogue_matches_the_installed_gpuhunt_row_for_row():
    expected = _rows_from_gpuhunt()
    assert list(ROWS) == expected, "gpuhunt changed; paste into sizing/gpu_catalogue.py ROWS:\n" + "\n".join(
        f"    {row!r}," for row in expected)


def test_sizing_does_not_import_gpuhunt():
    import subprocess
    import sys

    code = ("import sys\nfrom deploy_mcp.sizing.generate import ServiceRequest, generate_service\n"
            "from deploy_mcp.sizing.models import table_resolver\n"
            "generate_service(ServiceRequest(model='Qwen/Qwen3-8B', gpu='L4'), table_resolver('Qwen/Qwen3-8B'))\n"
            "print('gpuhunt' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

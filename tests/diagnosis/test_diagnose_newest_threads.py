"""Wordings learnt from world38's training part: the newest threads of the serving engines (2025-2026)."""

from __future__ import annotations

from world_corpora import kind_of


def test_ollama_without_its_llama_server_runner_is_an_install_that_lacks_a_part():
    log = (
        'When starting model by command "ollama run ..." then hat that error:\n'
        "Error: 500 Internal Server Error: error starting llama-server: llama-server binary not found\n"
    )
    assert kind_of({"text": log}) == "dependency_install_failed"


def test_ollama_runner_that_started_and_then_failed_is_not_a_missing_runner():
    log = (
        'time=2026-06-04T09:06:27.748+02:00 level=INFO source=llama_server.go:403 msg="starting llama-server"\n'
        "Error: 500 Internal Server Error: llama-server process has terminated: exit status 1\n"
    )
    assert kind_of({"text": log}) != "dependency_install_failed"


def test_a_platform_that_refuses_a_quantization_names_the_quantization():
    indented = "  ValueError: Current platform does not support NVFP4 quantization.\n"
    assert kind_of({"text": indented}) == "quantization_unsupported"
    log = (
        "ValueError: Current platform does not support NVFP4 quantization. Please use Blackwell and above.\n"
    )
    assert kind_of({"text": log}) == "quantization_unsupported"


def test_a_platform_that_lacks_an_unrelated_feature_is_not_a_quantization_refusal():
    log = "WARNING: Current platform does not support aligned memory, falling back\n"
    assert kind_of({"text": log}) != "quantization_unsupported"

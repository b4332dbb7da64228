"""Getting the weights and the environment onto the machine: wordings learnt from world32's training part."""

from __future__ import annotations

from deploy_mcp.diagnose import diagnose

# Docker Model Runner's CLI, as printed when Docker Hub cannot be reached (docker/model-runner#989).
_MODEL_RUNNER_PULL = (
    "Failed to pull model: pulling llama3.2 failed with status 500 Internal Server Error: \n"
    "error while pulling model: reading model from registry: failed to pull model \n"
    '"ai/llama3.2:latest": UNKNOWN - resolving docker.io/ai/llama3.2:latest: failed to authorize: \n'
    "failed to fetch anonymous token: \n"
    'Get "https://auth.docker.io/token?scope=repository%3Aai%2Fllama3.2%3Apull&service=registry.docker.io": \n'
    "net/http: TLS handshake timeout\n"
)


def test_a_model_registry_that_cannot_be_reached_is_the_hubs_family_not_an_image_pull():
    result = diagnose(_MODEL_RUNNER_PULL)
    assert result is not None and result.kind == "hf_auth"
    # The registry is not huggingface.co: the summary must not send the user there.
    assert "huggingface.co" not in result.summary


def test_a_file_too_large_for_plain_http_is_a_missing_package_not_a_hub_refusal():
    line = (
        "ValueError: The file is too large to be downloaded using the regular download method.  Install `hf_xet` "
        "with `pip install hf_xet` for xet-powered downloads."
    )
    result = diagnose(line)
    assert result is not None and result.kind == "dependency_install_failed"


def test_a_ray_runtime_env_that_could_not_be_built_is_a_failed_install():
    text = (
        "runtime_env setup failed: Failed to set up runtime environment.\n"
        "Could not create the actor because its associated runtime env failed to be created.\n"
    )
    result = diagnose(text)
    assert result is not None and result.kind == "dependency_install_failed"


def test_a_ray_runtime_env_that_filled_the_disk_is_the_disk():
    text = (
        "ray.exceptions.RuntimeEnvSetupError: Failed to set up runtime environment.\n"
        "OSError: [Errno 28] No space left on device\n"
    )
    result = diagnose(text)
    assert result is not None and result.kind == "disk_full"

"""The generator against published recipes: it starts (fits, valid tensor parallelism, flags the pinned engine
knows), holds the recipe's context, and never asks for more than twice the recipe's GPUs."""

from __future__ import annotations

import shlex

import pytest
from sizing.recipes import HELD_OUT, RECIPES, TRAINING, Recipe

from deploy_mcp.sizing import matrix
from deploy_mcp.sizing.commands import ENGINE_FLAGS
from deploy_mcp.sizing.fit import fit_problems
from deploy_mcp.sizing.generate import ServiceRequest, generate_service
from deploy_mcp.sizing.gpus import gpu_variants
from deploy_mcp.sizing.memory import estimate_fit, valid_tensor_parallel
from deploy_mcp.sizing.models import table_resolver


def test_enough_recipes_with_moe_and_hybrid_models_among_them():
    assert len(RECIPES) >= 60 and len(set(RECIPES)) == len(RECIPES)
    facts = [table_resolver(r.model) for r in RECIPES]
    assert all(f.source == "table" for f in facts), [f.model_id for f in facts if f.source != "table"]
    assert sum(1 for f in facts if f.active_params_b) >= 25
    assert sum(1 for f in facts if f.kv_layers is not None) >= 6  # linear-attention and Mamba hybrids
    assert len(HELD_OUT) == len(RECIPES) // 5


def _check(recipe: Recipe) -> None:
    facts = table_resolver(recipe.model)
    memory = max(g.memory_gib for g in gpu_variants(recipe.gpu))
    # The recipe's own GPUs hold the weights and one sequence of its context, by this server's arithmetic.
    assert valid_tensor_parallel(facts, recipe.count) is None
    held = estimate_fit(facts, engine=recipe.engine, memory_gib=memory, tp=recipe.count, length=recipe.context)
    assert held.fits, held.describe()
    assert matrix.supports(recipe.engine, recipe.gpu, quantization=facts.quantization,
                           architecture=facts.architecture).ok
    # The generator, given the GPU type and the context, writes a config that starts and fits.
    gpu = f"{recipe.gpu}:{memory:g}GB" if len(gpu_variants(recipe.gpu)) > 1 else recipe.gpu
    generated = generate_service(ServiceRequest(model=recipe.model, engine=recipe.engine, gpu=gpu,
                                                context_length=recipe.context, concurrency=1), facts)
    count = generated.sizing.gpu_count.value
    assert count <= 2 * recipe.count, f"{count} GPUs for a recipe of {recipe.count}"
    assert valid_tensor_parallel(facts, count) is None
    assert generated.sizing.max_model_len.value >= min(recipe.context, facts.max_positions or recipe.context)
    errors = [p for p in fit_problems(generated.config) if p.severity == "error"]
    assert not errors, errors
    flags = {t for t in shlex.split(generated.config["commands"][0].replace("\\\n", " ")) if t.startswith("--")}
    assert flags <= ENGINE_FLAGS[recipe.engine], flags - ENGINE_FLAGS[recipe.engine]


@pytest.mark.parametrize("recipe", TRAINING, ids=lambda r: r.id)
def test_recipe(recipe: Recipe) -> None:
    _check(recipe)


@pytest.mark.parametrize("recipe", HELD_OUT, ids=lambda r: r.id)
def test_held_out_recipe(recipe: Recipe) -> None:
    _check(recipe)


def test_kimi_k2_at_128k_is_refused_on_one_h200_host_as_its_guide_says_it_needs_sixteen_gpus():
    # https://github.com/vllm-project/recipes/blob/main/moonshotai/Kimi-K2.md: the smallest unit for 128k is 16 GPUs.
    from deploy_mcp.errors import DeployError

    with pytest.raises(DeployError) as err:
        generate_service(ServiceRequest(model="moonshotai/Kimi-K2-Instruct", gpu="H200", context_length=131072,
                                        concurrency=1), table_resolver("moonshotai/Kimi-K2-Instruct"))
    assert err.value.kind == "does_not_fit" and "8x141 GB" in err.value.message

"""Published serving recipes: (model, GPU, GPU count, engine, context) as practitioners ran them, with the source.

``HELD_OUT`` (every fifth recipe) was written down before the sizing changes were tuned and only measured at the
end; ``test_recipes.py`` runs both sets with the same assertions.
"""

from __future__ import annotations

from dataclasses import dataclass

VLLM_RECIPES = "https://github.com/vllm-project/recipes/blob/main/"
GLM_README = "https://github.com/zai-org/GLM-4.5#system-requirements"
QWEN3_README = "https://github.com/QwenLM/Qwen3#deployment"
R1_README = "https://github.com/deepseek-ai/DeepSeek-R1#usage-recommendations"
LLAMA4_BLOG = "https://blog.vllm.ai/2025/04/05/llama4.html"
LLAMA31_BLOG = "https://huggingface.co/blog/llama31#inference-memory-requirements"
GKE_GEMMA3 = "https://cloud.google.com/kubernetes-engine/docs/tutorials/serve-gemma-gpu-vllm"
SGLANG_DEEPSEEK = "https://docs.sglang.ai/basic_usage/deepseek.html"
SGLANG_LLAMA4 = "https://docs.sglang.ai/basic_usage/llama4.html"
DSTACK = "https://dstack.ai/examples/"


@dataclass(frozen=True)
class Recipe:
    model: str
    gpu: str
    count: int
    engine: str
    context: int
    source: str

    @property
    def id(self) -> str:
        return f"{self.model.rsplit('/', 1)[-1]}-{self.gpu}x{self.count}-{self.engine}-{self.context}"


RECIPES: tuple[Recipe, ...] = (
    # vLLM recipes repository
    Recipe("Qwen/Qwen3-Next-80B-A3B-Instruct", "H200", 4, "vllm", 262144, VLLM_RECIPES + "Qwen/Qwen3-Next.md"),
    Recipe("Qwen/Qwen3-Next-80B-A3B-Instruct", "A100", 4, "vllm", 262144, VLLM_RECIPES + "Qwen/Qwen3-Next.md"),
    Recipe("Qwen/Qwen3-Next-80B-A3B-Instruct-FP8", "H200", 4, "vllm", 262144, VLLM_RECIPES + "Qwen/Qwen3-Next.md"),
    Recipe("Qwen/Qwen3-Next-80B-A3B-Thinking", "H200", 4, "vllm", 262144, VLLM_RECIPES + "Qwen/Qwen3-Next.md"),
    Recipe("openai/gpt-oss-20b", "A100", 1, "vllm", 131072, VLLM_RECIPES + "OpenAI/GPT-OSS.md"),
    Recipe("openai/gpt-oss-120b", "A100", 1, "vllm", 131072, VLLM_RECIPES + "OpenAI/GPT-OSS.md"),
    Recipe("openai/gpt-oss-120b", "H100", 1, "vllm", 131072, VLLM_RECIPES + "OpenAI/GPT-OSS.md"),
    Recipe("openai/gpt-oss-20b", "H100", 1, "vllm", 131072, VLLM_RECIPES + "OpenAI/GPT-OSS.md"),
    Recipe("openai/gpt-oss-120b", "H200", 1, "vllm", 131072, VLLM_RECIPES + "OpenAI/GPT-OSS.md"),
    Recipe("openai/gpt-oss-120b", "MI300X", 1, "vllm", 131072, VLLM_RECIPES + "OpenAI/GPT-OSS.md"),
    Recipe("Qwen/Qwen3-235B-A22B", "MI300X", 4, "vllm", 32768, VLLM_RECIPES + "Qwen/Qwen3.md"),
    Recipe("Qwen/Qwen3-235B-A22B-FP8", "MI300X", 4, "vllm", 32768, VLLM_RECIPES + "Qwen/Qwen3.md"),
    Recipe("Qwen/Qwen3-Coder-480B-A35B-Instruct", "H200", 8, "vllm", 32000,
           VLLM_RECIPES + "Qwen/Qwen3-Coder-480B-A35B.md"),
    Recipe("Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", "H200", 8, "vllm", 131072,
           VLLM_RECIPES + "Qwen/Qwen3-Coder-480B-A35B.md"),
    Recipe("Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", "MI300X", 8, "vllm", 131072,
           VLLM_RECIPES + "Qwen/Qwen3-Coder-480B-A35B.md"),
    Recipe("deepseek-ai/DeepSeek-R1-0528", "H200", 8, "vllm", 163840, VLLM_RECIPES + "DeepSeek/DeepSeek-V3.md"),
    Recipe("deepseek-ai/DeepSeek-V3", "MI300X", 8, "vllm", 163840, VLLM_RECIPES + "DeepSeek/DeepSeek-V3.md"),
    Recipe("deepseek-ai/DeepSeek-V3.1", "H200", 8, "vllm", 163840, VLLM_RECIPES + "DeepSeek/DeepSeek-V3_1.md"),
    Recipe("microsoft/Phi-4-mini-instruct", "A10G", 1, "vllm", 4000, VLLM_RECIPES + "Microsoft/Phi-4.md"),
    # The recipes repository's model cards: minimum VRAM per variant and the GPUs it was verified on
    Recipe("meta-llama/Llama-3.3-70B-Instruct", "H200", 2, "vllm", 131072,
           VLLM_RECIPES + "models/meta-llama/Llama-3.3-70B-Instruct.yaml"),
    Recipe("zai-org/GLM-4.5", "H200", 8, "vllm", 131072, VLLM_RECIPES + "models/zai-org/GLM-4.5.yaml"),
    Recipe("zai-org/GLM-4.6-FP8", "MI300X", 4, "vllm", 202752, VLLM_RECIPES + "models/zai-org/GLM-4.6.yaml"),
    Recipe("Qwen/Qwen3-235B-A22B-Instruct-2507", "H200", 8, "vllm", 262144,
           VLLM_RECIPES + "models/Qwen/Qwen3-235B-A22B-Instruct-2507.yaml"),
    Recipe("moonshotai/Kimi-K2-Instruct", "MI300X", 8, "vllm", 131072,
           VLLM_RECIPES + "models/moonshotai/Kimi-K2-Instruct.yaml"),
    Recipe("meta-llama/Llama-4-Scout-17B-16E-Instruct", "MI300X", 2, "vllm", 131072,
           VLLM_RECIPES + "models/meta-llama/Llama-4-Scout-17B-16E-Instruct.yaml"),
    Recipe("Qwen/Qwen3-Next-80B-A3B-Instruct", "MI300X", 1, "vllm", 262144,
           VLLM_RECIPES + "models/Qwen/Qwen3-Next-80B-A3B-Instruct.yaml"),
    Recipe("Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", "MI300X", 4, "vllm", 262144,
           VLLM_RECIPES + "models/Qwen/Qwen3-Coder-480B-A35B-Instruct.yaml"),
    # vLLM's Llama 4 launch post: Scout and Maverick FP8 on one 8xH100 host, Scout also on 8xH200
    Recipe("meta-llama/Llama-4-Scout-17B-16E-Instruct", "H100", 8, "vllm", 1000000, LLAMA4_BLOG),
    Recipe("meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "H100", 8, "vllm", 430000, LLAMA4_BLOG),
    Recipe("meta-llama/Llama-4-Scout-17B-16E-Instruct", "H200", 8, "vllm", 3600000, LLAMA4_BLOG),
    Recipe("meta-llama/Llama-4-Maverick-17B-128E-Instruct", "H200", 8, "vllm", 1000000, LLAMA4_BLOG),
    # Meta: Scout in Int4 on one H100
    Recipe("RedHatAI/Llama-4-Scout-17B-16E-Instruct-quantized.w4a16", "H100", 1, "vllm", 8192,
           "https://ai.meta.com/blog/llama-4-multimodal-intelligence/"),
    # SGLang documentation
    Recipe("deepseek-ai/DeepSeek-V3", "H200", 8, "sglang", 163840, SGLANG_DEEPSEEK),
    Recipe("deepseek-ai/DeepSeek-R1", "H200", 8, "sglang", 163840, SGLANG_DEEPSEEK),
    Recipe("deepseek-ai/DeepSeek-V3", "MI300X", 8, "sglang", 163840, SGLANG_DEEPSEEK),
    Recipe("meta-llama/Llama-4-Scout-17B-16E-Instruct", "H100", 8, "sglang", 1000000, SGLANG_LLAMA4),
    Recipe("meta-llama/Llama-4-Maverick-17B-128E-Instruct", "H200", 8, "sglang", 1000000, SGLANG_LLAMA4),
    Recipe("Qwen/Qwen3-Next-80B-A3B-Instruct", "H100", 4, "sglang", 262144,
           "https://huggingface.co/Qwen/Qwen3-Next-80B-A3B-Instruct#sglang"),
    Recipe("Qwen/Qwen3-Next-80B-A3B-Instruct", "H100", 4, "vllm", 262144,
           "https://huggingface.co/Qwen/Qwen3-Next-80B-A3B-Instruct#vllm"),
    # Qwen3 README (vLLM and SGLang, tensor parallel 8 for the 235B, 4 for its FP8 checkpoint)
    Recipe("Qwen/Qwen3-235B-A22B", "H100", 8, "sglang", 32768, QWEN3_README),
    Recipe("Qwen/Qwen3-235B-A22B", "H100", 8, "vllm", 32768, QWEN3_README),
    Recipe("Qwen/Qwen3-235B-A22B-FP8", "H100", 4, "sglang", 32768, QWEN3_README),
    Recipe("Qwen/Qwen3-235B-A22B-Instruct-2507-FP8", "H100", 4, "vllm", 131072,
           "https://huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507-FP8#quickstart"),
    Recipe("Qwen/Qwen3-30B-A3B-FP8", "L40S", 1, "vllm", 32768, QWEN3_README),
    Recipe("Qwen/Qwen3-8B", "L4", 1, "vllm", 32768, QWEN3_README),
    Recipe("Qwen/Qwen3-32B-FP8", "H100", 1, "sglang", 32768, QWEN3_README),
    # GLM-4.5 system requirements (full 128K context table; SGLang and vLLM)
    Recipe("zai-org/GLM-4.5-FP8", "H200", 8, "sglang", 131072, GLM_README),
    Recipe("zai-org/GLM-4.5-Air", "H100", 8, "sglang", 131072, GLM_README),
    Recipe("zai-org/GLM-4.5-Air-FP8", "H100", 4, "vllm", 131072, GLM_README),
    Recipe("zai-org/GLM-4.5-Air-FP8", "H200", 2, "sglang", 131072, GLM_README),
    Recipe("zai-org/GLM-4.5-Air", "H200", 4, "vllm", 131072, GLM_README),
    Recipe("zai-org/GLM-4.6-FP8", "H200", 8, "vllm", 202752, "https://huggingface.co/zai-org/GLM-4.6#inference"),
    # DeepSeek-R1 README: the distilled models
    Recipe("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "H100", 2, "vllm", 32768, R1_README),
    Recipe("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "H100", 2, "sglang", 32768, R1_README),
    # Hugging Face's Llama 3.1 post (TGI on Inference Endpoints)
    Recipe("meta-llama/Llama-3.1-8B-Instruct", "A10G", 1, "tgi", 8192, LLAMA31_BLOG),
    Recipe("meta-llama/Llama-3.1-70B-Instruct", "A100", 4, "tgi", 8192, LLAMA31_BLOG),
    Recipe("meta-llama/Llama-3.1-405B-Instruct-FP8", "H100", 8, "tgi", 8192, LLAMA31_BLOG),
    Recipe("meta-llama/Llama-3.1-405B-Instruct-FP8", "H100", 8, "vllm", 131072,
           "https://blog.vllm.ai/2024/07/23/llama31.html"),
    # GKE tutorial: Gemma 3 on L4 and H100 with vLLM
    Recipe("google/gemma-3-1b-it", "L4", 1, "vllm", 32768, GKE_GEMMA3),
    Recipe("google/gemma-3-4b-it", "L4", 1, "vllm", 32768, GKE_GEMMA3),
    Recipe("google/gemma-3-12b-it", "L4", 2, "vllm", 32768, GKE_GEMMA3),
    Recipe("google/gemma-3-27b-it", "H100", 1, "vllm", 32768, GKE_GEMMA3),
    # dstack examples
    Recipe("meta-llama/Llama-3.1-8B-Instruct", "L4", 1, "vllm", 4096, DSTACK + "llms/llama31/"),
    Recipe("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "L4", 1, "vllm", 4096, DSTACK + "llms/deepseek/"),
    Recipe("openai/gpt-oss-120b", "H100", 1, "vllm", 131072, DSTACK + "llms/gpt-oss/"),
    Recipe("mistralai/Mixtral-8x7B-Instruct-v0.1", "A100", 2, "tgi", 8192, DSTACK + "llms/mixtral/"),
    # Model cards
    Recipe("mistralai/Mistral-Small-3.1-24B-Instruct-2503", "L40S", 2, "vllm", 32768,
           "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503#vllm-recommended"),
    Recipe("mistralai/Mistral-Large-Instruct-2411", "A100", 8, "vllm", 131072,
           "https://huggingface.co/mistralai/Mistral-Large-Instruct-2411#vllm"),
    Recipe("ai21labs/AI21-Jamba-Mini-1.7", "A100", 2, "vllm", 262144,
           "https://huggingface.co/ai21labs/AI21-Jamba-Mini-1.7#run-the-model-with-vllm"),
    Recipe("ibm-granite/granite-4.0-h-small", "H100", 1, "vllm", 131072,
           "https://www.ibm.com/granite/docs/models/granite"),
    Recipe("openai/gpt-oss-20b", "L4", 1, "vllm", 131072, "https://openai.com/index/introducing-gpt-oss/"),
    Recipe("Qwen/Qwen2.5-72B-Instruct", "A100", 4, "vllm", 32768,
           "https://qwen.readthedocs.io/en/latest/deployment/vllm.html"),
    Recipe("Qwen/Qwen2.5-72B-Instruct-AWQ", "A100", 1, "vllm", 32768,
           "https://qwen.readthedocs.io/en/latest/getting_started/speed_benchmark.html"),
    Recipe("Qwen/Qwen2.5-7B-Instruct", "L4", 1, "vllm", 32768,
           "https://qwen.readthedocs.io/en/latest/deployment/vllm.html"),
    Recipe("mistralai/Mistral-7B-Instruct-v0.3", "A10G", 1, "tgi", 8192,
           "https://huggingface.co/docs/text-generation-inference/quicktour"),
)

# Every fifth recipe, set aside while the sizing was tuned and measured once at the end.
HELD_OUT: tuple[Recipe, ...] = RECIPES[4::5]
TRAINING: tuple[Recipe, ...] = tuple(r for r in RECIPES if r not in HELD_OUT)

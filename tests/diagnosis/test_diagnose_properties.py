"""Properties of `deploy_mcp.diagnose`: any text is handled, and the work grows linearly with the text."""

from __future__ import annotations

import re
import time
from re import _constants as sre_constants
from re import _parser as sre_parse

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deploy_mcp.diagnose import Diagnosis, diagnose
from deploy_mcp.diagnosis import config_checks, records, scan
from deploy_mcp.diagnosis import diagnose as diagnose_module
from deploy_mcp.diagnosis import rules as diagnose_rules

# Pieces of failure and prefix shapes, so random text reaches the rules, the cleaning and the number readers.
_FRAGMENTS = [
    *{needle for rule in diagnose_rules.RULES for needle in rule.needles},
    "(EngineCore_DP0 pid=1) ",
    "[rank0]: ",
    "vllm-1  | ",
    "\x1b[31m",
    '{"log":"',
    '    "textPayload": "',
    '\\n","stream":"stderr"}',
    "stderr F ",
    "> ",
    "ERROR 10-08 20:33:48 [core.py:708] ",
    "max seq len (",
    "estimated maximum model length is ",
    "attention heads (",
    ") must be divisible by tensor parallel size (",
    "Minimum capability: ",
    "Free memory on device (",
    "/",
    " GiB)",
    "exit code ",
    "137",
    "0",
    "\n",
    "\r",
    "(",
    ")",
    ":",
    " ",
    "huggingface.co/",
]

_TEXT = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=20)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=_TEXT,
    reason=st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["OOMKilled", "job_failed"])),
    exit_status=st.one_of(st.none(), st.integers(-300, 300)),
)
def test_random_text_never_raises(text, reason, exit_status):
    result = diagnose(text, termination_reason=reason, exit_status=exit_status)
    assert result is None or isinstance(result, Diagnosis)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400))
def test_random_bytes_never_raise(data):
    diagnose(data, exit_status=1)


_CONFIG_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-70000, 70000), st.text(max_size=30)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
_CONFIGS = st.fixed_dictionaries(
    {},
    optional={
        "port": _CONFIG_VALUES,
        "image": st.one_of(
            st.text(max_size=30), st.sampled_from(["vllm/vllm-openai:v0.19.1", "lmsysorg/sglang"])
        ),
        "commands": st.one_of(
            _CONFIG_VALUES,
            st.lists(
                st.sampled_from(["vllm serve m --max-model-len 4096", "python -m sglang.launch_server"])
            ),
        ),
        "resources": st.one_of(_CONFIG_VALUES, st.fixed_dictionaries({"gpu": _CONFIG_VALUES})),
        "env": _CONFIG_VALUES,
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, config=_CONFIGS)
def test_a_failed_run_always_gets_a_kind_whatever_the_text_and_config(text, config):
    result = diagnose(text, status="failed", config=config)
    assert isinstance(result, Diagnosis)


def _patterns() -> list[re.Pattern]:
    found = []
    for module in (diagnose_module, diagnose_rules, scan, config_checks, records):
        found += [value for value in vars(module).values() if isinstance(value, re.Pattern)]
    return found


def _nested_unbounded_repeat(tree, inside_repeat: bool = False) -> bool:
    """True when an unbounded repeat sits inside another repeat: the shape that backtracks exponentially."""
    for op, arg in tree:
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            _, high, sub = arg
            unbounded = high == sre_constants.MAXREPEAT
            if inside_repeat and unbounded:
                return True
            if _nested_unbounded_repeat(sub, inside_repeat or high > 1):
                return True
        elif op == sre_constants.SUBPATTERN:
            if _nested_unbounded_repeat(arg[-1], inside_repeat):
                return True
        elif op == sre_constants.BRANCH:
            if any(_nested_unbounded_repeat(branch, inside_repeat) for branch in arg[1]):
                return True
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) and _nested_unbounded_repeat(
            arg[1], inside_repeat
        ):
            return True
    return False


def test_no_regex_has_a_backtracking_shape():
    patterns = _patterns()
    assert len(patterns) > 30
    flagged = [p.pattern for p in patterns if _nested_unbounded_repeat(sre_parse.parse(p.pattern, p.flags))]
    assert flagged == []


def test_the_shape_check_catches_nested_quantifiers():
    assert _nested_unbounded_repeat(sre_parse.parse(r"(a+)+b"))
    assert _nested_unbounded_repeat(sre_parse.parse(r"(?:x\w*)*y"))
    assert not _nested_unbounded_repeat(sre_parse.parse(r"(?:ab){1,8}c\d+"))


def _best_time(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        diagnose(text, exit_status=1)
        best = min(best, time.perf_counter() - start)
    return best


# Inputs that would expose super-linear work: every line a candidate, one endless line, and runs of the
# characters the prefix and number patterns consume.
_ADVERSARIAL = {
    "candidate lines": "(EngineCore pid=1) ERROR not no memory error fail exit 1 kv cache than token\n",
    "one long line": "error not memory (((( 1111 :::: max seq len (9 ",
    "prefix runs": "a" * 70 + " | (" + "x " * 30 + "[rank1]: 2024-01-01T00:00:00Z ",
    "digits and dots": "exit code " + "1." * 40 + " minimum capability: " + "9" * 30 + "\n",
    # Collectors' records: each line one to unwrap, one escaped quote after another.
    "collector records": '{"log":"ERROR \\"x\\" exit 1\\n","stream":"stderr"}\n    "textPayload": "\\"\\"\\"\\" fail",\n',
}


def test_time_grows_linearly_with_the_text():
    for name, unit in _ADVERSARIAL.items():
        # Both sizes well beyond the CPU caches and the allocator's reuse of freed blocks, so the ratio
        # measures the work and not where the bytes sit.
        small = unit * (2_000_000 // len(unit) + 1)
        large = small * 4
        # Alternate the two, so a burst of load on a shared machine falls on both sizes alike.
        times = [(_best_time(small, runs=1), _best_time(large, runs=1)) for _ in range(4)]
        ratio = min(t for _, t in times) / max(min(t for t, _ in times), 1e-4)
        # Linear work gives about 4, quadratic about 16; the loose bound keeps a noisy machine from flaking.
        assert ratio < 12, (name, ratio)


def test_the_lines_of_a_tail_are_walked_once_each():
    # The verdict's tail (64 KB) read line by line: short lines put tens of thousands of them there, and a line's
    # offset counted afresh for each would make that walk quadratic within the tail, which the growth test above
    # cannot see: its logs fill the tail at both sizes.
    quarter, full = "a\n" * 8_000, "a\n" * 32_000
    times = [(_best_time(quarter, runs=1), _best_time(full, runs=1)) for _ in range(3)]
    ratio = min(t for _, t in times) / max(min(t for t, _ in times), 1e-4)
    # Linear work gives about 4, quadratic about 16.
    assert ratio < 8, ratio


def _distinct_lines(body: str, count: int) -> str:
    # Letters, not digits: the scanner folds digits, and identical lines are read once.
    names = ("".join(chr(97 + (i // 26**k) % 26) for k in range(3)) for i in range(count))
    return "".join(f"{body} {name}\n" for name in names)


def test_a_line_full_of_one_keys_repeats_costs_no_more_than_an_ordinary_line():
    # Each line holds the OpenAI error body's first key hundreds of times and never the second: a pattern spanning
    # both would rescan the rest of the line from every occurrence.
    repeated = _distinct_lines('"object":"error",' * 230, 500)
    ordinary = _distinct_lines("INFO loading the weights of the model shard and warming up the engine " * 55, 500)
    assert abs(len(repeated) - len(ordinary)) < len(ordinary) // 5
    times = [(_best_time(repeated, runs=1), _best_time(ordinary, runs=1)) for _ in range(3)]
    ratio = min(r for r, _ in times) / max(min(o for _, o in times), 1e-4)
    assert ratio < 4, ratio

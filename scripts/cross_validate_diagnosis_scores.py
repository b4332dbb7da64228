"""Leave one corpus out of the scoring model's fit and read that corpus with it: how the model's bars do on
logs it never saw, from the text alone and, for the failures, with a failed status.

The rules were written from every training part, so this measures the model's part of the verdict: the failures
it names that the rules left unnamed or bare, and the healthy logs it reads as failures. The held-out parts are
read too, never fitted, and only their totals are printed. Each row moves one bar from the shipped ones.

    python scripts/cross_validate_diagnosis_scores.py [corpus ...]
"""

from __future__ import annotations

import sys
from collections import Counter

from train_diagnosis_scores import CORPORA, train, training_cases

from deploy_mcp.diagnosis import diagnose as verdict
from deploy_mcp.diagnosis import scoring
from deploy_mcp.diagnosis.scoring import HEALTHY

BARS = {
    "_GUESS_OVER": (0.9, 0.99),
    "_NAME_OVER": (0.5, 0.7),
    "_RENAME_OVER": (0.4, 0.5, 0.6, 0.7, 0.8),
}


def _settings() -> list[tuple[str, dict[str, float]]]:
    shipped = {name: getattr(verdict, name) for name in BARS}
    rows = [("shipped bars", shipped)]
    for name, values in BARS.items():
        rows.extend(
            (f"{name} {value}", {**shipped, name: value}) for value in values if value != shipped[name]
        )
    return rows


def main() -> int:
    names = sys.argv[1:]
    corpora = sorted(
        path for path in CORPORA.iterdir() if any(path.glob("*.yaml")) and path.name != "__pycache__"
    )
    fitted = {corpus: training_cases(corpus.parent, corpus.name) for corpus in corpora}
    held = {corpus: training_cases(corpus, "heldout") for corpus in corpora}
    settings = _settings()
    tally: dict[str, Counter[str]] = {name: Counter() for name, _ in settings}
    for corpus in corpora:
        if names and corpus.name not in names:
            continue
        model = train(case for other in corpora if other != corpus for case in fitted[other])
        scoring.shipped = lambda model=model: model
        for name, bars in settings:
            for bar, value in bars.items():
                setattr(verdict, bar, value)
            counts = tally[name]
            for split, cases in (("training", fitted[corpus]), ("held out", held[corpus])):
                for label, text in cases:
                    result = verdict.diagnose(text)
                    kind = HEALTHY if result is None else result.kind
                    counts[f"{split} right"] += kind == label
                    counts[f"{split} logs"] += 1
                    counts[f"{split} healthy read failed"] += label == HEALTHY and kind != HEALTHY
                    counts[f"{split} failures read healthy"] += label != HEALTHY and kind == HEALTHY
                    if label != HEALTHY:
                        counts[f"{split} right when failed"] += (
                            verdict.diagnose(text, status="failed").kind == label
                        )
        print(corpus.name, file=sys.stderr, end=" ", flush=True)
    print(file=sys.stderr)
    for name, counts in tally.items():
        figures = ", ".join(
            f"{split}: {counts[f'{split} right']}/{counts[f'{split} logs']} right,"
            f" {counts[f'{split} right when failed']} failures right with a failed status,"
            f" {counts[f'{split} healthy read failed']} healthy read failed,"
            f" {counts[f'{split} failures read healthy']} failures read healthy"
            for split in ("training", "held out")
        )
        print(f"{name}: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

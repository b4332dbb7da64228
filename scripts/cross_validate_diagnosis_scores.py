"""Leave one corpus out of the word counts and score its training part: how the scoring model does on logs it
never counted, at several certainty thresholds, from the text alone and, for the failures, with a failed status.

The rules were written from every training part, so this measures the model's part of the verdict only: the
failures it names that the rules left unnamed, and the healthy logs it reads as failures. Held-out parts are
neither counted nor scored.
"""

from __future__ import annotations

import sys

from train_diagnosis_scores import CORPORA, training_cases

from deploy_mcp.diagnosis import diagnose as verdict
from deploy_mcp.diagnosis import scoring
from deploy_mcp.diagnosis.scoring import HEALTHY

THRESHOLDS = (0.99, 0.999, 0.9999, 0.99999)
# A failed run cannot read as healthy: the bar the model would need then, measured apart.
FAILED_THRESHOLDS = (0.5, 0.9, 0.99, 0.9999)


def main() -> int:
    corpora = sorted(path for path in CORPORA.iterdir() if any(path.glob("*.yaml")))
    cases = {corpus: training_cases(corpus.parent, corpus.name) for corpus in corpora}
    rows = {
        threshold: [0, 0, 0] for threshold in (*THRESHOLDS, None)
    }  # right, healthy flagged, failures named
    failed_rows = dict.fromkeys(FAILED_THRESHOLDS, 0)  # failures right with a failed status
    for corpus in corpora:
        counts = scoring.train([case for other in corpora if other != corpus for case in cases[other]])
        scoring.shipped = lambda counts=counts: counts
        for threshold, row in rows.items():
            verdict._GUESS_OVER = 2.0 if threshold is None else threshold
            for label, text in cases[corpus]:
                result = verdict.diagnose(text)
                kind = HEALTHY if result is None else result.kind
                row[0] += kind == label
                row[1] += label == HEALTHY and kind != HEALTHY
                row[2] += label != HEALTHY and kind == label
        for threshold in failed_rows:
            verdict._GUESS_OVER = threshold
            for label, text in cases[corpus]:
                if label != HEALTHY:
                    failed_rows[threshold] += verdict.diagnose(text, status="failed").kind == label
    total = sum(len(found) for found in cases.values())
    print(f"{len(corpora)} corpora, {total} training logs read from their text alone,")
    print("each by word counts that left its own corpus out")
    for threshold, (right, flagged, named) in rows.items():
        name = "rules only" if threshold is None else f">= {threshold}"
        print(f"{name:>12}: right {right}, healthy read as failed {flagged}, failures named {named}")
    failures = sum(label != HEALTHY for found in cases.values() for label, _ in found)
    print(f"the {failures} failures read with a failed status")
    for threshold, right in failed_rows.items():
        print(f"{'>= ' + str(threshold):>12}: right {right}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

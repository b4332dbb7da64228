"""Count the words of the labelled logs under tests/diagnosis into src/deploy_mcp/diagnosis/scoring_counts.tsv.

Every corpus directory's cases count except those of its `heldout/` part, which only ever measure.
`--check` writes nothing and exits 1 when the shipped file is not what the corpora give.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from deploy_mcp.diagnosis.scoring import HEALTHY, train

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO / "tests" / "diagnosis"
SHIPPED = REPO / "src" / "deploy_mcp" / "diagnosis" / "scoring_counts.tsv"


def training_cases(root: Path = CORPORA, corpus: str = "*") -> list[tuple[str, str]]:
    cases = []
    for path in sorted(root.glob(f"{corpus}/*.yaml")):
        label = HEALTHY if path.stem == "healthy" else path.stem
        cases.extend((label, case.get("text") or "") for case in yaml.safe_load(path.read_text(encoding="utf-8")))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = parser.parse_args()
    text = train(training_cases()).dump()
    if args.check:
        if SHIPPED.read_text(encoding="utf-8") != text:
            print(f"{SHIPPED} differs from the corpora: run python scripts/train_diagnosis_scores.py", file=sys.stderr)
            return 1
        return 0
    SHIPPED.write_text(text, encoding="utf-8")
    print(f"{SHIPPED.relative_to(REPO)}: {text.count(chr(10)) - 2} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())

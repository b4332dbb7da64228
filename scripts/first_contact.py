"""How the world corpora were read on first contact, and what today's fallbacks would have made of it.

A corpus's figure "as collected" is the classifier of the commit that added the corpus reading it, before any
rule was learnt from it: the nearest measure there is of logs nobody here has seen. This script checks out that
commit of every world corpus in a temporary worktree, reads the corpus as it is labelled today with that
commit's code, and writes one row per case (corpus, split, id, label, kind from the text alone).

With `--fallback` it then asks what the scoring model's readings would have added: every case read healthy
on first contact, from an engine that never came up and whose last line is an error above info level (the
fallback for a log that stops on an error line) or that has error-looking lines the model finds unlike a healthy
start, and every case read as a bare crash from an engine that never
came up (the model naming its family), is read by the model fitted on every other corpus's training part (never
the case's own corpus), as `diagnose` reads it. Held-out cases are counted, never printed.

    python scripts/first_contact.py first_contact.tsv [--fallback] [world41 world42 ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from train_diagnosis_scores import CORPORA, REPO, train, training_cases

# Run inside each worktree: its own code and its own corpus reader, today's labels.
_READ = """
import sys
root, corpora = sys.argv[1], sys.argv[2]
sys.path[:0] = [root + "/src", root + "/tests"]
from pathlib import Path
from world_corpora import load, kind_of
for name in sys.argv[3:]:
    for split, part in (("training", Path(corpora) / name), ("held-out", Path(corpora) / name / "heldout")):
        for label, case in load(part):
            print(name, split, case["id"], label or "healthy", kind_of(case) or "healthy", sep="\\t")
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True).stdout


def _added_by(name: str) -> str:
    """The commit that added the corpus's first file."""
    return _git("log", "--diff-filter=A", "--format=%H", "--", f"tests/diagnosis/{name}").split()[-1]


def read_on_first_contact(names: list[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            tree = Path(scratch) / name
            _git("worktree", "add", "--detach", "--quiet", str(tree), _added_by(name))
            try:
                out = subprocess.run(
                    [sys.executable, "-c", _READ, str(tree), str(CORPORA), name],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
            finally:
                _git("worktree", "remove", "--force", str(tree))
            rows.extend(line.split("\t") for line in out.splitlines())
    return rows


def fallback(rows: list[list[str]]) -> Counter[str]:
    sys.path.insert(0, str(REPO / "tests"))
    from world_corpora import load

    from deploy_mcp.diagnosis import scoring
    from deploy_mcp.diagnosis.diagnose import (
        _FAILED_UNDER,
        _FRAME_SHAPE,
        _GUESSABLE,
        _NAME_OVER,
        _RENAME_OVER,
    )
    from deploy_mcp.diagnosis.scan import ends_on_error, error_lines, scan, traceback_tail

    texts = {
        (part.name if part.name != "heldout" else part.parent.name, case["id"]): case.get("text") or ""
        for corpus in CORPORA.glob("world*")
        for part in (corpus, corpus / "heldout")
        for _, case in load(part)
    }
    cases = {corpus.name: training_cases(corpus.parent, corpus.name) for corpus in CORPORA.glob("world*")}
    models: dict[str, scoring.Model] = {}
    tally: Counter[str] = Counter()
    for name, _, id_, label, kind in rows:
        if kind not in ("healthy", "container_exited"):
            continue
        found = scan(texts[(name, id_)])
        if found.ready >= 0 or found.settled:
            continue
        errors = error_lines(found, 3)
        ends_on_an_error = ends_on_error(found, errors)
        outlived = _FRAME_SHAPE in found.distinct() and traceback_tail(found) < 0
        if kind == "healthy" and not (ends_on_an_error or (errors and not outlived)):
            continue
        if name not in models:
            models[name] = train(case for other, own in cases.items() if other != name for case in own)
        guess, probability, healthy = models[name].best(found.data)
        if kind == "container_exited":
            if guess in _GUESSABLE and probability >= _RENAME_OVER:
                tally["bare crashes named"] += 1
                tally["of them named right"] += guess == label
                tally["of them right before"] += label == kind
            continue
        if guess == scoring.HEALTHY or not (ends_on_an_error or healthy < _FAILED_UNDER):
            continue
        named = guess if guess in _GUESSABLE and probability >= _NAME_OVER else "container_exited"
        if label == "healthy":
            tally["healthy logs read as failures"] += 1
        else:
            tally["failures no longer read healthy"] += 1
            tally["of them right"] += named == label
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--fallback", action="store_true")
    parser.add_argument("corpora", nargs="*")
    args = parser.parse_intermixed_args()
    names = args.corpora or sorted(p.name for p in CORPORA.glob("world*") if any(p.glob("*.yaml")))
    rows = read_on_first_contact(names)
    args.out.write_text("".join("\t".join(row) + "\n" for row in rows))
    right = sum(row[3] == row[4] for row in rows)
    print(f"{len(names)} corpora, {len(rows)} logs: {right} read right on first contact")
    if args.fallback:
        for what, count in fallback(rows).items():
            print(f"{what}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Our own unit token sets scored as the benchmark scores NeMo's unit categories: the check on text nobody tuned for.

Run: .venv/bin/python benchmarks/unit_sets.py [--sets 30,31] [--by-category]   (PYTHONPATH=TREE for another tree)

Each set (tests/fixtures/speech/unit_tokens*.tsv: category, written form, every reading a careful newsreader might
give) is read out of context and compared with normalisation.py's relaxed and lenient forms, as the issue's unseen
score is. Without --sets, the earlier sets are pooled and the two newest reported apart: a new set's first reading,
taken before any rule is written for it, is the figure that says how the rules generalise.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from normalisation import lenient_form, relaxed_form

from narrator.speech import speakable

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "speech"


def set_number(path: Path) -> int:
    """unit_tokens.tsv is the first set, unit_tokens31.tsv the thirty-first."""
    digits = re.sub(r"\D", "", path.stem)
    return int(digits) if digits else 1


def rows(path: Path) -> list[tuple[str, str, list[str]]]:
    """A set's rows as (category, written, readings); comment lines skipped."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        category, written, *readings = line.split("\t")
        found.append((category, written, readings))
    return found


def score(paths: list[Path]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Items, relaxed and lenient matches, by category."""
    items: Counter[str] = Counter()
    relaxed: Counter[str] = Counter()
    lenient: Counter[str] = Counter()
    for path in paths:
        for category, written, readings in rows(path):
            said = speakable(written)
            items[category] += 1
            relaxed[category] += relaxed_form(said) in {relaxed_form(reading) for reading in readings}
            lenient[category] += lenient_form(said) in {lenient_form(reading) for reading in readings}
    return items, relaxed, lenient


def report(name: str, paths: list[Path], by_category: bool) -> str:
    """One line for the sets, and one a category when asked."""
    items, relaxed, lenient = score(paths)
    total = sum(items.values())
    lines = [f"{name}: {total} items, relaxed {sum(relaxed.values())} ({100 * sum(relaxed.values()) / total:.2f}%), "
             f"lenient {sum(lenient.values())} ({100 * sum(lenient.values()) / total:.2f}%)"]
    if by_category:
        lines += [f"  {category:<11} {relaxed[category]}/{count} relaxed, {lenient[category]}/{count} lenient"
                  for category, count in sorted(items.items())]
    return "\n".join(lines)


def main() -> int:
    """Print the sets' scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="", help="comma-separated set numbers to report apart (default: the newest "
                                                   "two, the others pooled)")
    parser.add_argument("--by-category", action="store_true")
    args = parser.parse_args()
    paths = sorted(FIXTURES.glob("unit_tokens*.tsv"), key=set_number)
    if not paths:
        print("skipped: no unit token sets in tests/fixtures/speech/")
        return 0
    asked = {int(n) for n in args.sets.split(",") if n.strip()} or {set_number(p) for p in paths[-2:]}
    earlier = [path for path in paths if set_number(path) not in asked]
    if earlier:
        print(report(f"the other {len(earlier)} sets pooled", earlier, args.by_category))
    for path in paths:
        if set_number(path) in asked:
            print(report(f"set {set_number(path)}", [path], args.by_category))
    return 0


if __name__ == "__main__":
    sys.exit(main())

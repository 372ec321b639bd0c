"""Every reading narrator gives of the benchmark text, saved to compare two trees: what a change made said otherwise.

Run: .venv/bin/python benchmarks/readings.py dump OUT.json   (from the tree to measure; PYTHONPATH=TREE for another)
     .venv/bin/python benchmarks/readings.py diff BEFORE.json AFTER.json

The dump holds each NeMo row's written form and our reading (all files, both halves), and each paragraph of the
extraction corpus's expected bodies with its sentences as read. The scores in normalisation.py say how many rows
moved; the diff says which, so every changed reading can be read and judged (a rule fits text, not rows).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from shared_data import CORPORA

from narrator.speech import speakable
from narrator.speech.segment import sentences


def nemo_readings() -> dict[str, list[list[str]]]:
    """Each NeMo file's rows as [written, our reading]."""
    readings: dict[str, list[list[str]]] = {}
    for path in sorted((CORPORA / "tn" / "nemo").glob("*.tsv")):
        rows = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line]
        readings[path.stem] = [[written, speakable(written)] for written in rows]
    return readings


def paragraph_readings() -> list[list[str]]:
    """Each paragraph of the expected article bodies as [page, paragraph, its sentences as read joined by " | "]."""
    readings: list[list[str]] = []
    for path in sorted(CORPORA.glob("extraction/*/*/expected.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if paragraph.strip():
                said = " | ".join(speakable(sentence) for sentence in sentences(paragraph))
                readings.append([path.parent.name, paragraph, said])
    return readings


def changed(before: dict[str, object], after: dict[str, object]) -> list[str]:
    """One report line per reading that differs between two dumps."""
    lines: list[str] = []
    nemo_before, nemo_after = before["nemo"], after["nemo"]
    assert isinstance(nemo_before, dict) and isinstance(nemo_after, dict)
    for name, rows in nemo_before.items():
        for (written, was), (_, now) in zip(rows, nemo_after.get(name, []), strict=False):
            if was != now:
                lines.append(f"[{name}] {written!r}\n   was {was!r}\n   now {now!r}")
    paragraphs_before, paragraphs_after = before["paragraphs"], after["paragraphs"]
    assert isinstance(paragraphs_before, list) and isinstance(paragraphs_after, list)
    for (page, paragraph, was), (_, _, now) in zip(paragraphs_before, paragraphs_after, strict=False):
        if was != now:
            lines.append(f"[{page}] {paragraph[:160]!r}\n   was {was[:300]!r}\n   now {now[:300]!r}")
    return lines


def main() -> int:
    """Dump this tree's readings, or list what differs between two dumps."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump").add_argument("out", type=Path)
    diff = commands.add_parser("diff")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        if not CORPORA.is_dir():
            print(f"skipped: the corpora are not at {CORPORA}")
            return 0
        dump = {"nemo": nemo_readings(), "paragraphs": paragraph_readings()}
        args.out.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
        print(f"{sum(len(rows) for rows in dump['nemo'].values())} NeMo rows, {len(dump['paragraphs'])} paragraphs")
        return 0
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    lines = changed(before, after)
    print("\n".join(lines))
    print(f"{len(lines)} readings changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Batch re-runs: how long `narrator narrate` takes over a folder of articles that have not changed.

100 real article texts (the `expected.txt` bodies of ../shared/corpora/extraction, read from there, never
copied into the repository) are narrated once with the espeak voice into a fresh output folder (the cold
run, two workers), then the same command is run again --repeat times: every article is unchanged, so each
re-run should skip all of them without cleaning any. Reported: the cold run's wall time and the median
wall time of a re-run, as a user would see them (the whole command, start-up included), with its CPU time
(user + system) and the machine's load, since on a shared machine the wall time follows the load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import shared_data

ROOT = Path(__file__).resolve().parents[1]
CORPORA = shared_data.CORPORA / "extraction"


def articles(count: int) -> list[Path]:
    """The first count article bodies of the corpora, in a stable order."""
    found = sorted(CORPORA.glob("*/*/expected.txt"))
    return found[:count]


def _child_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def narrate(folder: Path, out: Path, *extra: str) -> tuple[float, float, list[dict[str, object]]]:
    """Run `narrator narrate folder` once: (wall seconds, CPU seconds, the --json outcomes)."""
    cpu = _child_cpu()
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "narrator.cli", "narrate", str(folder), "--voice", "espeak", "--output", str(out),
         "--json", *extra],
        capture_output=True, text=True, cwd=ROOT, timeout=3600, check=False,
    )
    wall = time.perf_counter() - started
    return wall, _child_cpu() - cpu, json.loads(run.stdout or "[]")


def main() -> None:
    """Narrate the articles cold, then time unchanged re-runs; print a table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--workdir", type=Path, help="keep articles and output here (a second run reuses them)")
    args = parser.parse_args()
    sources = articles(args.count)
    if len(sources) < args.count:
        sys.exit(f"skipped: {CORPORA} holds {len(sources)} article bodies, {args.count} wanted")
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.workdir or Path(scratch)
        folder = tmp / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        for index, path in enumerate(sources):
            (folder / f"{index:03d}-{path.parent.name[:40]}.txt").write_bytes(path.read_bytes())
        out = tmp / "out"
        cold_s, _, cold = narrate(folder, out, "--workers", "2")
        made = sum(1 for o in cold if o.get("ok"))
        reruns = [narrate(folder, out) for _ in range(args.repeat)]
        skipped = [sum(1 for o in outcomes if o.get("skipped")) for _, _, outcomes in reruns]
    row = {
        "articles": args.count, "narrated_cold": made, "cold_wall_s": round(cold_s, 1),
        "rerun_wall_s_median": round(statistics.median(w for w, _, _ in reruns), 2),
        # On a shared machine the wall time follows the load; the CPU time is what the run itself costs.
        "rerun_cpu_s_median": round(statistics.median(c for _, c, _ in reruns), 2),
        "load_average_1min": round(os.getloadavg()[0], 1),
        "rerun_skipped": min(skipped), "target_s": 1.0,
    }
    print("re-run over unchanged articles: the whole `narrator narrate` command, median of", args.repeat)
    for key, value in row.items():
        print(f"  {key:<22} {value}")
    if args.json:
        print(json.dumps(row))


if __name__ == "__main__":
    main()

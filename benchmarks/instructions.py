"""Instructions narrator's sentence split and normaliser spend on 30,000 characters: a speed figure a busy machine does
not move, to compare two trees of the speech stage.

Run: .venv/bin/python benchmarks/instructions.py [--text sentences|articles|both] [--tree PATH]

Each text runs twice under callgrind (hash seed fixed, address randomisation off): once with one pass to warm the
caches and compile the patterns the text meets, once with that pass and one more. The difference is one warmed pass,
with imports and start-up taken out. "work" leaves out the memory allocator's functions, whose share moves with the
heap's layout more than with the code. Two trees compared in one run differ by the code alone; CPU-time throughput
(normalisation.py) on a shared two-core machine moves by more than the changes this is for. Not part of `make bench`:
it needs valgrind and takes about a minute a run.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHARACTERS = 30_000
# The allocator's functions (pymalloc's and libc's): their share moves with the heap's layout, not the code's work.
_ALLOCATOR = re.compile(r"malloc|free|realloc|calloc|_PyObject_Malloc|_PyObject_Free|pymalloc|PyMem_|arena"
                        r"|_int_|tcache|unlink_chunk|sysmalloc", re.IGNORECASE)


def _text(name: str) -> str:
    """The first characters of the benchmark's sentence or article text, whole lines."""
    sys.path.insert(0, str(HERE))
    from normalisation import article_text, sentence_text

    text = sentence_text() if name == "sentences" else article_text()
    return text[:CHARACTERS].rsplit("\n", 1)[0]


def _child(name: str, passes: int) -> None:
    """Split and normalise the text the given number of times (run under callgrind)."""
    from narrator.speech import speakable
    from narrator.speech.segment import sentences

    blocks = [block for block in _text(name).split("\n") if block.strip()]
    for _ in range(passes):
        # Every pass starts from a collected heap with what is alive frozen out of the collector's reach: a full
        # collection that the heap's size happens to trigger inside the measured pass moved a tree's count by 0.4%.
        gc.collect()
        gc.freeze()
        for block in blocks:
            for sentence in sentences(block):
                speakable(sentence)


def _counts(out: Path) -> tuple[int, int]:
    """A callgrind file's total instructions and those outside the allocator."""
    total = 0
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            total = int(line.split()[1])
    annotated = subprocess.run(["callgrind_annotate", "--threshold=100", str(out)], capture_output=True, text=True,
                               check=True).stdout
    allocator = 0
    for line in annotated.splitlines():
        match = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+(.*)", line)
        if match and ":" in match.group(2) and _ALLOCATOR.search(match.group(2).split(":", 1)[1].split()[0]):
            allocator += int(match.group(1).replace(",", ""))
    return total, total - allocator


def _run(tree: Path, name: str, passes: int) -> tuple[int, int]:
    """Instructions (total, work) of one child run under callgrind."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        # Read through a link whose path has the same length for every tree: the same code measured at
        # "/tmp/wt-base" and at a longer path differed by 0.2-0.4% (the allocator's share moves with the lengths of
        # the paths held in memory), the size of the budget a change is held to.
        link = Path(scratch) / "tree"
        link.symlink_to(tree, target_is_directory=True)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(link))
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                   "--child", name, "--passes", str(passes)]
        if shutil.which("setarch"):
            command = ["setarch", os.uname().machine, "-R", *command]
        subprocess.run(command, env=env, check=True, capture_output=True)
        return _counts(out)


def main() -> int:
    """Print one warmed pass's instructions for each text asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", choices=("sentences", "articles", "both"), default="both")
    parser.add_argument("--tree", type=Path, default=HERE.parent, help="the source tree to measure")
    parser.add_argument("--child", choices=("sentences", "articles"), help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.passes)
        return 0
    if not shutil.which("valgrind"):
        print("skipped: valgrind is not installed (apt-get install valgrind)")
        return 0
    names = ("sentences", "articles") if args.text == "both" else (args.text,)
    for name in names:
        warm_total, warm_work = _run(args.tree.resolve(), name, 1)
        both_total, both_work = _run(args.tree.resolve(), name, 2)
        print(f"{name}: {(both_total - warm_total) / 1e6:.2f}M instructions, work {(both_work - warm_work) / 1e6:.2f}M"
              f" ({args.tree})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

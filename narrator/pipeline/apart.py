"""A thread's reading process (see budget.bounded): answers calls on standard input, each a length and a pickle,
with their pickled outcomes on standard output, until its input ends."""

from __future__ import annotations

import sys

# The reading's stages and their readers are loaded before any clock starts: their import (0.3 s, the patterns
# compiling) is not a page's.
import narrator.clean.html
import narrator.clean.markdown
import narrator.speech  # noqa: F401
from narrator.pipeline.budget import run_apart


def main() -> None:
    """Answer each call until standard input ends; the work's own prints go to standard error, not the answers."""
    calls, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    while len(head := calls.read(8)) == 8:
        answer = run_apart(calls.read(int.from_bytes(head, "big")))
        answers.write(len(answer).to_bytes(8, "big") + answer)
        answers.flush()


if __name__ == "__main__":
    main()

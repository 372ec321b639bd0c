"""The reading bound's cost on a Dask worker: a source's clean + speech in the thread's reading process against in
this process, on the same articles in the same run.

A worker runs tasks on threads, where no signal's handler can run, so there each reading goes to a process of its
own (narrator.pipeline.budget.bounded). 50 real article bodies (the `expected.txt` files of
../shared/corpora/extraction, read from there) are each read here and apart, interleaved, several times over.
Reported: the median per source of each, their ratio and difference, and the reading process's start.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import threading
import time

import shared_data

from narrator.config import load_settings
from narrator.model import Source
from narrator.pipeline import jobs
from narrator.pipeline.budget import bounded


def main() -> None:
    """Time each article read here and apart on a thread that is not the main one; print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    logging.getLogger("narrator").setLevel(logging.ERROR)  # the corpus's languages without rules are no news here
    settings = load_settings(overrides={"voice": "espeak"})
    found = sorted((shared_data.CORPORA / "extraction").glob("*/*/expected.txt"))[: args.count]
    sources = [Source(str(path), path.read_bytes()) for path in found]
    times: dict[str, list[float]] = {"here": [], "apart": []}
    started: list[float] = []

    def here(source: Source) -> object:
        return jobs._script_of(source, settings.clean, settings.speech)

    def apart(source: Source) -> object:
        return bounded(source.origin, 300, jobs._script_of, source, settings.clean, settings.speech)

    def on_a_thread() -> None:
        begin = time.perf_counter()
        apart(sources[0])  # the reading process starts
        started.append(time.perf_counter() - begin)
        for source in sources:
            here(source)  # warm: this process's readers loaded
        for _ in range(args.repeat):
            for source in sources:
                for name, read in (("here", here), ("apart", apart)):
                    begin = time.perf_counter()
                    read(source)
                    times[name].append(time.perf_counter() - begin)

    thread = threading.Thread(target=on_a_thread)
    thread.start()
    thread.join()
    here_ms, apart_ms = (1000 * statistics.median(times[name]) for name in ("here", "apart"))
    print(f"reading apart: {len(sources)} articles x {args.repeat}: here median {here_ms:.1f} ms, apart "
          f"{apart_ms:.1f} ms (x{apart_ms / here_ms:.2f}, +{apart_ms - here_ms:.1f} ms a source); the reading "
          f"process's start {started[0]:.2f} s")


if __name__ == "__main__":
    main()

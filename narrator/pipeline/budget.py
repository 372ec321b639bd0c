"""One source's reading (finding its article, writing what is said) bounded in CPU time, so that a page built to be
slow is reported as that source's failure and the batch goes on.

The rules are written to be linear in a page's size, and each hostile input found so far has a test that keeps it
so; this is the net under them for the one nobody has found yet. The bound is on the process's CPU clock
(ITIMER_VIRTUAL), not the wall clock: a machine busy with other work does not use it up. A timer signal is the only
way in: a pattern that backtracks holds the interpreter's lock, so no watching thread could run, but the regular
expression engine stops for a signal's handler.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from narrator.errors import InputError

AGAIN_EVERY_S = 1.0
"""After the bound, the stop is raised again each CPU second, in case something in the stages caught it."""


class _OverBudget(BaseException):
    """Raised in the reading by the timer's handler; a BaseException, so no stage's `except Exception` keeps it."""


@contextmanager
def reading_budget(origin: str, seconds: float) -> Iterator[None]:
    """Stop the block with an InputError naming origin once it has used `seconds` of CPU; no bound at 0 or less,
    or off the main thread (a Dask worker's task thread), where no signal's handler can run."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGVTALRM, stop)
    earlier = signal.setitimer(signal.ITIMER_VIRTUAL, seconds, AGAIN_EVERY_S)
    try:
        yield
    except _OverBudget:
        raise InputError(f"reading it took more than {seconds:g} s of CPU, the limit (clean.max_seconds)",
                         origin=origin,
                         hint="a page built to be slow is left out and the batch goes on; if this is a real "
                              "article that long, raise clean.max_seconds, and please report the page") from None
    finally:
        left = signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
        if earlier[0] > 0:  # an outer bound (a test's, a profiler's) goes on with what the block left of it
            used = min(max(seconds - left[0], 0.0), seconds) if left[0] > 0 else seconds
            signal.setitimer(signal.ITIMER_VIRTUAL, max(earlier[0] - used, 1e-3), earlier[1])

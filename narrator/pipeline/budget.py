"""One source's reading (finding its article, writing what is said) bounded in CPU time, so that a page built to be
slow is reported as that source's failure and the batch goes on.

The rules are written to be linear in a page's size, and each hostile input found so far has a test that keeps it
so; this is the net under them for the one nobody has found yet. The bound is on the process's CPU clock
(ITIMER_VIRTUAL), not the wall clock: a machine busy with other work does not use it up. A timer signal is the only
way in: a pattern that backtracks holds the interpreter's lock, so no watching thread could run, but the regular
expression engine stops for a signal's handler.

A signal's handler runs only on a process's main thread, and a Dask worker runs its tasks on threads: there the
reading runs in a process of its own (`narrator.pipeline.apart`, one per thread, kept for the thread's next
reading), on whose main thread the same bound holds. A reading that crashes its process (a fault in a C library)
then costs that source, not the worker.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import IO, TypeVar

from narrator.errors import InputError, NarratorError

T = TypeVar("T")

AGAIN_EVERY_S = 1.0
"""After the bound, the stop is raised again each CPU second, in case something in the stages caught it."""


class _OverBudget(BaseException):
    """Raised in the reading by the timer's handler; a BaseException, so no stage's `except Exception` keeps it."""


@contextmanager
def reading_budget(origin: str, seconds: float) -> Iterator[None]:
    """Stop the block with an InputError naming origin once it has used `seconds` of CPU; no bound at 0 or less,
    or off the main thread (a Dask worker's task thread), where no signal's handler can run (see bounded)."""
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


def bounded(origin: str, seconds: float, work: Callable[..., T], *args: object) -> T:
    """work(*args) under the reading bound: here on the main thread, else in a process of its own, where a signal's
    handler can run. work must be a module-level function, and its arguments and result picklable."""
    if seconds <= 0 or threading.current_thread() is threading.main_thread():
        with reading_budget(origin, seconds):
            return work(*args)
    return _apart(origin, seconds, work, args)


def _apart(origin: str, seconds: float, work: Callable[..., T], args: tuple[object, ...]) -> T:
    """work(*args) in this thread's reading process under the bound; its log lines are logged here, its error
    raised here."""
    level = logging.getLogger("narrator").getEffectiveLevel()
    call = pickle.dumps((origin, seconds, level, work, args), protocol=pickle.HIGHEST_PROTOCOL)
    reader = getattr(_readers, "reader", None)
    if reader is None or reader.poll() is not None:
        reader = _readers.reader = _Reader()
    try:
        ok, value, lines = pickle.loads(reader.ask(call))
    except Exception:  # the process died before it could answer: killed, or a fault in a C library
        _readers.reader = None
        raise InputError(f"reading it stopped its process ({reader.last_words()})", origin=origin,
                         hint="the page is left out and the batch goes on; please report the page") from None
    for name, levelno, message in lines:
        logging.getLogger(name).log(levelno, "%s", message)
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


_readers = threading.local()
"""Each thread's reading process, started at its first reading and kept for the next (its start costs 0.5 s)."""


class _Reader:
    """A Python process that reads one call after another, each a length and a pickle, and answers each alike."""

    def __init__(self) -> None:
        # The same narrator as this process's, wherever it was imported from (an installed package, a checkout).
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))}
        # What it says before it dies, in a file kept as long as the process: a pipe nobody read could fill.
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115
        self.process = subprocess.Popen([sys.executable, "-m", "narrator.pipeline.apart"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=self.errors, env=env)

    def poll(self) -> int | None:
        """None while the process runs, else its exit status."""
        return self.process.poll()

    def ask(self, call: bytes) -> bytes:
        """The answer to one call; an error if the process ends first."""
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(len(call).to_bytes(8, "big") + call)
        stdin.flush()
        size = int.from_bytes(_exactly(stdout, 8), "big")
        return _exactly(stdout, size)

    def last_words(self) -> str:
        """The last line the process wrote to its standard error, else its exit status; the process ended first."""
        if self.process.poll() is None:  # alive, but its answer could not be read: it is not asked again
            self.process.kill()
        status = self.process.wait()
        self.errors.seek(0)
        lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else f"exit status {status}"


def _exactly(stream: IO[bytes], size: int) -> bytes:
    """size bytes from stream; EOFError if it ends first."""
    data = stream.read(size)
    if len(data) != size:
        raise EOFError(f"{len(data)} of {size} bytes")
    return data


def run_apart(call: bytes) -> bytes:
    """In the process of its own: the pickled call's outcome, pickled (ok, value or error, log lines)."""
    origin, seconds, level, work, args = pickle.loads(call)
    lines: list[tuple[str, int, str]] = []
    handler = _Collect(lines)
    root, ours = logging.getLogger(), logging.getLogger("narrator")
    ours.setLevel(level)
    root.addHandler(handler)
    try:
        with reading_budget(origin, seconds):
            outcome: tuple[bool, object] = (True, work(*args))
    except NarratorError as exc:
        outcome = (False, exc)
    except Exception as exc:  # an unexpected error is the source's failure there as here: it travels as one
        outcome = (False, RuntimeError(f"{type(exc).__name__}: {exc}"))
    finally:
        root.removeHandler(handler)
    try:
        return pickle.dumps((*outcome, lines), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # a result or an error that cannot travel
        return pickle.dumps((False, RuntimeError(f"cannot send the reading back: {exc}"), lines))


class _Collect(logging.Handler):
    """Keeps each log line as (logger, level, message), to be logged again in the process that asked."""

    def __init__(self, lines: list[tuple[str, int, str]]) -> None:
        super().__init__()
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, record.levelno, record.getMessage()))

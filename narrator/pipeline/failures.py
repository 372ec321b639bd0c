"""A source's failure as one line that names it, and the source named in every log line while it is worked on."""

from __future__ import annotations

import contextvars
import logging
import time
import traceback

from narrator.errors import NarratorError
from narrator.pipeline.batch import Outcome

log = logging.getLogger(__name__)


def failure(spec: str, exc: NarratorError, started: float | None = None) -> Outcome:
    """A failed source; the message always starts with the source, whatever the error named."""
    message = str(exc) if exc.origin == spec else f"{spec}: {exc}"
    seconds = time.perf_counter() - started if started is not None else 0.0
    return Outcome(spec, error=message, seconds=seconds)


CURRENT_SOURCE: contextvars.ContextVar[str] = contextvars.ContextVar("narrator_source", default="")
"""The source being worked on, so that a warning from any stage can say which article it is about."""


class SourceFilter(logging.Filter):
    """Give every log record a `source` field: "<source>: " while a source is being narrated, else ""."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add the field, unless the message already starts with the source; never drop a record."""
        source = CURRENT_SOURCE.get()
        named = bool(source) and not record.getMessage().startswith(f"{source}:")
        record.source = f"{source}: " if named else ""
        return True


BUG_HINT = "this is a bug in narrator: please report it with the output of -v"


def unexpected(spec: str, exc: Exception, started: float | None = None) -> Outcome:
    """A source that raised outside the NarratorError family: its failure line, and its traceback as text.

    The traceback is not logged here, where a worker process may be running: log_traceback logs it on the client.
    """
    seconds = time.perf_counter() - started if started is not None else 0.0
    return Outcome(spec, error=f"{spec}: unexpected {type(exc).__name__}: {exc} ({BUG_HINT})", seconds=seconds,
                   traceback="".join(traceback.format_exception(exc)))


def log_traceback(outcome: Outcome) -> None:
    """On the client: log the traceback a failure brought back (shown with -v), once, wherever it was raised."""
    if outcome.traceback:
        log.info("%s: unexpected error\n%s", outcome.origin, outcome.traceback.rstrip())

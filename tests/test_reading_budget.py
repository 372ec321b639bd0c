"""The net under the hostile-input rules: a source whose reading (clean, then speech) runs past clean.max_seconds of
CPU is that source's failure, with a message that says what to do, and the batch goes on with the rest.

The stages are stood in for by work that never ends the way a backtracking pattern does (in the regular expression
engine, holding the interpreter's lock): no real page is known to do it, and each one found is mended and tested in
tests/test_hostile*.py. The rest of each test is real: espeak-ng voices the other article, the feed is written.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import signal
import threading
import time
from pathlib import Path

import feedparser
import pytest

from narrator import clean, pipeline
from narrator.config import CleanSettings, Settings, load_settings
from narrator.errors import ConfigError, ExtractionError, InputError
from narrator.model import Source
from narrator.pipeline.budget import bounded, reading_budget
from narrator.pipeline.jobs import read

# (a|aa)+b on a run of a's tries every split of the run: 60 of them would take longer than the universe has left.
_BACKTRACKS = re.compile(r"(?:a|aa)+b")
HOSTILE = "a" * 60

ARTICLE = "# Tide Tables\n\nThe tide comes in twice a day. The moon pulls the sea; the earth turns beneath it.\n"


def _backtrack() -> None:
    """Work that ends only when stopped, inside the regular expression engine."""
    _BACKTRACKS.search(HOSTILE)


def test_a_backtracking_pattern_is_stopped_at_the_bound_with_a_message_that_says_what_to_do() -> None:
    started = time.process_time()
    with pytest.raises(InputError) as caught, reading_budget("slow.html", 0.5):
        _backtrack()
    assert time.process_time() - started < 5
    message = str(caught.value)
    assert message.startswith("slow.html: reading it took more than 0.5 s of CPU")
    assert "raise clean.max_seconds" in message and "batch goes on" in message


def test_a_stage_that_catches_every_exception_cannot_keep_the_stop() -> None:
    """A stage's `except Exception` (a fallback around a library) does not swallow the stop."""
    def guarded() -> None:
        with contextlib.suppress(Exception):  # what a stage's fallback looks like
            _backtrack()

    with pytest.raises(InputError), reading_budget("slow.html", 0.3):
        guarded()


def test_the_stop_comes_again_when_something_keeps_it_once() -> None:
    """Even code that catches BaseException once is stopped a CPU second later."""
    with pytest.raises(InputError), reading_budget("slow.html", 0.3):
        with contextlib.suppress(BaseException):  # what a careless library might do
            _backtrack()
        _backtrack()


def test_work_within_the_bound_is_untouched_and_the_timer_and_handler_are_restored() -> None:
    def outer(signum: int, frame: object) -> None:
        raise AssertionError("the outer timer fired")

    previous = signal.signal(signal.SIGVTALRM, outer)
    signal.setitimer(signal.ITIMER_VIRTUAL, 100.0)
    try:
        with reading_budget("fine.md", 5):
            total = sum(range(100_000))
        assert total == 4_999_950_000
        assert signal.getsignal(signal.SIGVTALRM) is outer
        left, _ = signal.getitimer(signal.ITIMER_VIRTUAL)
        assert 98 < left <= 100.1  # the outer bound goes on, less what the block used (timers round up a tick)
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)


def test_no_bound_at_zero_or_off_the_main_thread() -> None:
    """0 is "no limit"; a Dask worker runs tasks on threads, where no signal's handler can run: the block runs."""
    with reading_budget("any.md", 0):
        time.sleep(0.01)
    done: list[bool] = []

    def in_a_thread() -> None:
        with reading_budget("any.md", 0.001):
            started = time.process_time()
            while time.process_time() - started < 0.05:
                pass
            done.append(True)

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert done == [True]


def test_read_and_preview_stop_a_slow_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = tmp_path / "slow.md"
    page.write_text(ARTICLE, encoding="utf-8")

    def slow_clean(source: Source, settings: CleanSettings) -> object:
        _backtrack()
        raise AssertionError("not reached")

    monkeypatch.setattr(clean, "clean", slow_clean)
    settings = load_settings(overrides={"clean": {"max_seconds": 0.5}, "voice": "espeak"})
    with pytest.raises(InputError, match=r"clean\.max_seconds"):
        read(str(page), settings)
    with pytest.raises(InputError, match=r"clean\.max_seconds"):
        pipeline.preview(str(page), settings)


@pytest.mark.slow
def test_a_batch_reports_the_slow_page_and_narrates_the_rest(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "tide.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "slow.md").write_text(ARTICLE.replace("Tide Tables", "Slow Page"), encoding="utf-8")
    real = clean.clean

    def sometimes_slow(source: Source, settings: CleanSettings) -> object:
        if source.origin.endswith("slow.md"):
            _backtrack()
        return real(source, settings)

    monkeypatch.setattr(clean, "clean", sometimes_slow)
    settings: Settings = load_settings(overrides={"voice": "espeak", "output_dir": str(tmp_path / "out"),
                                                  "clean": {"max_seconds": 1}})
    result = pipeline.narrate([str(folder)], settings)
    failed = [outcome for outcome in result.outcomes if outcome.error]
    narrated = [outcome for outcome in result.outcomes if outcome.mp3 is not None and not outcome.error]
    assert len(failed) == 1 and failed[0].error is not None
    assert failed[0].error.startswith(str(folder / "slow.md")) and "clean.max_seconds" in failed[0].error
    assert len(narrated) == 1 and narrated[0].mp3 is not None and narrated[0].mp3.stat().st_size > 5_000
    feed = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes())
    assert not feed.bozo and [entry.title for entry in feed.entries] == ["Tide Tables"]


@pytest.mark.parametrize("value", [-1, 100_000])
def test_a_bound_out_of_range_is_refused(value: float) -> None:
    with pytest.raises(ConfigError, match=r"clean\.max_seconds"):
        load_settings(overrides={"clean": {"max_seconds": value}})


# Off the main thread (a Dask worker's task thread) the reading runs in a process of its own: these run there, so
# they are module-level functions, found by the new process as this module.

def _said_and_logged(text: str) -> str:
    """Work that logs a warning and returns, as a stage does."""
    logging.getLogger("narrator.clean").warning("the page declares de, its text is English")
    return text.upper()


def _refused() -> None:
    """Work that fails the way a stage does."""
    raise ExtractionError("no article text found", origin="empty.html", hint="check the page")


def _crashed() -> None:
    """Work whose process dies, as a fault in a C library would end it."""
    os.kill(os.getpid(), signal.SIGKILL)


def _in_a_thread(work: object) -> object:
    """What work returns or raises when called on a thread that is not the main one."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())  # type: ignore[operator]
        except BaseException as exc:  # the test looks at whatever came out
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome[0]


def test_off_the_main_thread_a_slow_reading_is_stopped_in_a_process_of_its_own() -> None:
    """A Dask worker's task thread can take no signal: the reading goes apart, and the same bound stops it there."""
    started = time.monotonic()
    caught = _in_a_thread(lambda: bounded("slow.html", 0.5, _backtrack))
    assert isinstance(caught, InputError), caught
    assert str(caught).startswith("slow.html: reading it took more than 0.5 s of CPU"), caught
    assert caught.origin == "slow.html" and caught.hint is not None and "raise clean.max_seconds" in caught.hint
    assert time.monotonic() - started < 30


def test_off_the_main_thread_the_reading_returns_its_value_and_its_warnings_are_logged_here(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="narrator"):
        said = _in_a_thread(lambda: bounded("de.html", 30, _said_and_logged, "read me"))
    assert said == "READ ME"
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("narrator.clean", logging.WARNING, "the page declares de, its text is English")]


def test_off_the_main_thread_a_stages_error_arrives_whole() -> None:
    caught = _in_a_thread(lambda: bounded("empty.html", 30, _refused))
    assert isinstance(caught, ExtractionError), caught
    assert str(caught) == "empty.html: no article text found (check the page)" and caught.origin == "empty.html"


def test_off_the_main_thread_a_reading_that_kills_its_process_is_the_sources_failure_and_the_next_goes_on() -> None:
    def crash_then_read() -> tuple[object, object]:
        try:
            bounded("crash.html", 30, _crashed)
        except InputError as exc:
            return exc, bounded("next.md", 30, _said_and_logged, "next")
        raise AssertionError("the crash was not reported")

    caught, said = _in_a_thread(crash_then_read)  # type: ignore[misc]
    assert isinstance(caught, InputError), caught
    assert str(caught).startswith("crash.html: reading it stopped its process"), caught
    assert said == "NEXT"


def test_on_the_main_thread_and_at_zero_the_reading_stays_in_this_process() -> None:
    """No process is started where the signal works, nor where there is no bound (a test's monkeypatch reaches)."""
    assert bounded("here.md", 30, os.getpid) == os.getpid()
    assert _in_a_thread(lambda: bounded("here.md", 0, os.getpid)) == os.getpid()
    assert _in_a_thread(lambda: bounded("there.md", 30, os.getpid)) != os.getpid()

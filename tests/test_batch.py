"""Batches: unchanged articles skipped without being read again, progress from every way of running, the
one display, and a run that never loses an earlier render."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from media import embedded_covers
from rich.console import Console
from sent import record_submitted

from narrator import clean, files, pipeline, publish
from narrator.cli import _Display, main
from narrator.config import Settings, load_settings
from narrator.errors import PublishError
from narrator.model import Progress
from narrator.pipeline import batch, failures, voices

pytestmark = pytest.mark.slow

ARTICLE = "# Tide Tables\n\nThe tide comes in twice a day. The moon pulls the sea; the earth turns beneath it.\n"
OTHER = "# River Walk\n\nA new path follows the river for three miles. It opens on Saturday.\n"


class Recorder(batch.Watcher):
    """Every event a batch reports, in order."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.events: list[tuple[str, Progress]] = []
        self.finished_origins: list[str] = []

    def started(self, total: int) -> None:
        self.total = total

    def progress(self, origin: str, progress: Progress) -> None:
        self.events.append((origin, progress))

    def finished(self, outcome: batch.Outcome) -> None:
        self.finished_origins.append(outcome.origin)


@pytest.fixture
def articles(tmp_path: Path) -> tuple[Path, Settings]:
    """Two articles and espeak settings writing to tmp_path/out."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "tide.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "river.md").write_text(OTHER, encoding="utf-8")
    return folder, load_settings(overrides={"voice": "espeak", "output_dir": str(tmp_path / "out")})


def _count_cleans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make clean.clean record each source it cleans (and still clean it)."""
    cleaned: list[str] = []
    real = clean.clean

    def counting(source, settings):  # type: ignore[no-untyped-def]
        cleaned.append(source.origin)
        return real(source, settings)

    monkeypatch.setattr(clean, "clean", counting)
    return cleaned


def test_an_unchanged_article_is_skipped_without_being_cleaned(
    articles: tuple[Path, Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, settings = articles
    first = pipeline.narrate([str(folder)], settings)
    assert [o.episode is not None for o in first.outcomes] == [True, True]
    cleaned = _count_cleans(monkeypatch)
    again = pipeline.narrate([str(folder)], settings)
    assert all(o.skipped for o in again.outcomes) and cleaned == []
    assert {o.mp3 for o in again.outcomes} == {o.mp3 for o in first.outcomes}
    # Settings that do not change the render (the show's description) keep the skip.
    described = replace(settings, publish=replace(settings.publish, description="Another show."))
    assert all(o.skipped for o in pipeline.narrate([str(folder)], described).outcomes) and cleaned == []
    # An edited article is read and narrated again; its neighbour is still skipped unread.
    (folder / "tide.md").write_text(ARTICLE.replace("twice", "two times"), encoding="utf-8")
    edited = {o.origin: o for o in pipeline.narrate([str(folder)], settings).outcomes}
    assert edited[str(folder / "tide.md")].episode is not None
    assert edited[str(folder / "river.md")].skipped
    assert cleaned == [str(folder / "tide.md")]


@pytest.mark.parametrize("change", ["lexicon", "audio", "speech", "version"])
def test_whatever_changes_the_render_reads_the_article_again(
    articles: tuple[Path, Settings], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, change: str
) -> None:
    folder, settings = articles
    lexicon = tmp_path / "extra.toml"
    lexicon.write_text('[[rule]]\nmatch = "tide"\nsay = "tide"\n', encoding="utf-8")
    settings = replace(settings, speech=replace(settings.speech, lexicons=(lexicon,)))
    pipeline.narrate([str(folder)], settings)
    cleaned = _count_cleans(monkeypatch)
    if change == "lexicon":  # the same file, new contents
        lexicon.write_text('[[rule]]\nmatch = "tide"\nsay = "tidal water"\n', encoding="utf-8")
    elif change == "audio":
        settings = replace(settings, audio=replace(settings.audio, bitrate="128k"))
    elif change == "speech":
        settings = replace(settings, speech=replace(settings.speech, outro=False))
    else:
        monkeypatch.setattr(voices, "__version__", "99.0")
    result = {Path(o.origin).name: o for o in pipeline.narrate([str(folder)], settings).outcomes}
    assert sorted(cleaned) == sorted(str(folder / name) for name in ("river.md", "tide.md"))
    if change == "version":  # read again, found to render identically: skipped, and remembered
        assert all(o.skipped for o in result.values())
        cleaned.clear()
        assert all(o.skipped for o in pipeline.narrate([str(folder)], settings).outcomes) and cleaned == []
    elif change == "lexicon":
        assert result["tide.md"].episode is not None and result["river.md"].skipped
    else:
        assert all(o.episode is not None for o in result.values())


def test_progress_reaches_the_watcher_here_and_from_a_process_pool(
    articles: tuple[Path, Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import ProcessPoolExecutor

    sent = record_submitted(monkeypatch, ProcessPoolExecutor)
    folder, settings = articles
    for workers in (1, 2):
        out = settings.output_dir.with_name(f"out{workers}")
        watch = Recorder()
        result = pipeline.narrate([str(folder)], replace(settings, output_dir=out, workers=workers), watch=watch)
        assert watch.total == 2 and sorted(watch.finished_origins) == sorted(o.origin for o in result.outcomes)
        for outcome in result.outcomes:
            mine = [p for origin, p in watch.events if origin == outcome.origin]
            assert mine, (workers, outcome.origin)
            assert mine[-1].segments_done == mine[-1].segments_total > 1
            assert [p.segments_done for p in mine] == sorted(p.segments_done for p in mine)
            assert outcome.episode is not None
            assert mine[-1].audio_seconds == pytest.approx(outcome.episode.duration_s, rel=0.5)
            # The show's cover went to each pool process once, not with every job, and is in every episode.
            cover = (out / "cover.jpg").read_bytes()
            assert embedded_covers(outcome.episode.mp3) == [cover]
    assert len(sent) == 2 and max(sent) < 50_000, sent


def test_a_warning_in_a_pool_process_reaches_the_client_naming_its_article(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    french = "# Le port\n\nLe vieux port a été réparé ce printemps. Les bateaux de pêche sont revenus en mai.\n"
    (folder / "port.md").write_text(french, encoding="utf-8")
    (folder / "tide.md").write_text(ARTICLE, encoding="utf-8")
    settings = load_settings(overrides={"voice": "default", "output_dir": str(tmp_path / "out"), "workers": 2})
    with caplog.at_level(logging.WARNING):
        pipeline.narrate([str(folder)], settings)
    warned = [r.getMessage() for r in caplog.records if "'fr'" in r.getMessage()]
    assert warned and warned[0].startswith(str(folder / "port.md") + ": "), caplog.text


def test_a_log_line_names_its_source_once() -> None:
    token = failures.CURRENT_SOURCE.set("a.txt")
    try:
        records = [logging.LogRecord("narrator.audio", logging.INFO, __file__, 1, msg, (), None)
                   for msg in ("a.txt: 129.7 s episode written", "the article is in 'fr'")]
        for record in records:
            failures.SourceFilter().filter(record)
    finally:
        failures.CURRENT_SOURCE.reset(token)
    assert [r.source for r in records] == ["", "a.txt: "]  # type: ignore[attr-defined]


def test_the_display_shows_articles_done_and_each_article_being_narrated() -> None:
    from rich.progress import Progress as Bar

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120, color_system=None)
    with Bar(*_columns(), console=console, auto_refresh=False) as bar:
        display = _Display(bar, say_episodes=False)
        display.started(5)
        display.progress("news/long-read.md", Progress(12, 40, 95.0))
        display.finished(batch.Outcome("news/short.md", skipped=True))
        bar.refresh()
        shown = screen.getvalue()
        display.finished(batch.Outcome("news/long-read.md", error="news/long-read.md: failed"))
        display.progress("news/long-read.md", Progress(13, 40, 99.0))  # late: ignored
        assert len(bar.tasks) == 1
    assert "articles" in shown and "1/5" in shown
    assert "news/long-read.md" in shown and "12/40" in shown and "95 s audio" in shown


def _columns() -> list[object]:
    """The narrate command's columns."""
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

    return [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[audio]}"),
            TimeRemainingColumn()]


def test_quiet_and_json_print_no_progress(articles: tuple[Path, Settings]) -> None:
    folder, settings = articles
    runner = CliRunner()
    out = str(settings.output_dir)
    quiet = runner.invoke(main, ["narrate", str(folder), "--voice", "espeak", "-o", out, "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == "", quiet.output
    as_json = runner.invoke(main, ["narrate", str(folder), "--voice", "espeak", "-o", out, "--json"])
    assert as_json.exit_code == 0 and "->" not in as_json.stderr
    assert as_json.stdout.lstrip().startswith("[")


def test_recording_an_episode_whose_mp3_is_missing_keeps_the_earlier_render(
    articles: tuple[Path, Settings],
) -> None:
    folder, settings = articles
    first = pipeline.narrate([str(folder / "tide.md")], settings).outcomes[0]
    assert first.episode is not None
    ghost = replace(first.episode, mp3=first.episode.mp3.with_name("tide-tables-0000000000.mp3"))
    with pytest.raises(PublishError, match="missing"):
        publish.record(ghost, settings.publish, settings.output_dir)
    assert first.episode.mp3.is_file()
    found = publish.find(settings.output_dir, first.episode.guid)
    assert found is not None and found.file == first.episode.mp3.name


def test_ctrl_c_stops_a_process_pool_batch_at_once_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parent.parent / "examples" / "why-the-tide-comes-twice.txt").read_text("utf-8")
    names = []
    for n in range(6):
        (tmp_path / f"tide{n}.txt").write_text(text.replace("Tide", f"Tide {n}", 1), encoding="utf-8")
        names.append(f"tide{n}.txt")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "narrator.cli", "narrate", *names, "-o", str(out), "--workers", "2", "-q"]
    run = subprocess.Popen(command, cwd=tmp_path, start_new_session=True, stderr=subprocess.PIPE,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler))
    try:
        deadline = time.monotonic() + 120
        while not _cached(out) and time.monotonic() < deadline:  # synthesis has begun
            time.sleep(0.1)
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends: the whole process group
        stopped = time.monotonic()
        run.wait(timeout=60)
        took = time.monotonic() - stopped
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    assert run.returncode != 0
    assert took < 10, f"the batch went on for {took:.1f} s after Ctrl-C"
    said = run.stderr.read().decode() if run.stderr else ""
    assert "Traceback" not in said and "race condition" not in said, said
    assert "stopped by Ctrl-C" in said
    assert len(list(out.glob("episodes/*.mp3"))) < 6
    # A stopped writer may leave its temporary .part file, never a file under its final name; the next
    # run removes the parts (their writers are dead), and the takes made before Ctrl-C are kept for it.
    for folder in {part.parent for part in out.rglob("*.part")}:
        files.remove_stale_parts(folder)
    assert not list(out.rglob("*.part"))
    assert _cached(out)


def _idle_pool_process(events: object, parent: int, ready: object) -> None:
    """A pool process that sent an event and now waits for work, as one does between jobs."""
    batch._pool_start(events, parent)
    events.put("progress")  # type: ignore[attr-defined]
    ready.set()  # type: ignore[attr-defined]
    time.sleep(60)


def _stop_a_pool_process_with_the_event_queue_locked(target: Callable[..., None], sign: signal.Signals) -> str:
    """Start a pool process running target with the event queue's lock held, stop it, and say what went wrong."""
    from multiprocessing import get_context

    context = get_context("spawn")
    events, ready = context.Queue(), context.Event()
    events._wlock.acquire()  # the sibling that died holding it; the process's writer thread waits on it
    process = context.Process(target=target, args=(events, os.getpid(), ready))
    process.start()
    try:
        assert ready.wait(60)
        os.kill(process.pid, sign)
        process.join(timeout=10)
        if process.is_alive():
            return f"the pool process outlived {sign.name} by 10 s"
        return "" if process.exitcode == 128 + sign else f"exit code {process.exitcode} after {sign.name}"
    finally:
        if process.is_alive():
            process.kill()
            process.join()
        events._wlock.release()


@pytest.mark.parametrize("sign", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_pool_process_between_jobs_ends_at_once_even_when_a_sibling_left_the_event_queue_locked(
    sign: signal.Signals,
) -> None:
    # A sibling stopped while writing an event leaves the queue's lock held; Python's usual exit then waited for
    # ever to flush this process's event, and the pool, and narrator after Ctrl-C, waited for it (a CI run hung).
    assert not (wrong := _stop_a_pool_process_with_the_event_queue_locked(_idle_pool_process, sign)), wrong


def _pool_process_blocked_in_a_call(events: object, parent: int, ready: object) -> None:
    """A pool process between jobs whose main thread is in a call that runs no signal handler until it returns: a
    stop is taken by another of its threads (here the event queue's writer, as the kernel may choose under load)."""
    batch._pool_start(events, parent)
    events.put("progress")  # type: ignore[attr-defined]
    signal.pthread_sigmask(signal.SIG_BLOCK, batch._STOPS)  # only in this thread: another takes the signal
    ready.set()  # type: ignore[attr-defined]
    time.sleep(60)


@pytest.mark.parametrize("sign", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_pool_process_ends_at_a_stop_its_main_thread_cannot_handle_yet(sign: signal.Signals) -> None:
    # Python runs a handler only when the main thread next runs Python code: a stop that came just before the
    # thread blocked (waiting for the next job, which may never come) waited as long as the call did (2 runs in 80
    # of the test above under load).
    assert not (wrong := _stop_a_pool_process_with_the_event_queue_locked(_pool_process_blocked_in_a_call, sign)), wrong


def _job_stopped_after_making_a_folder(job: object, progress: object) -> None:
    """A job stopped between making a temporary folder and handing it to what would remove it."""
    tempfile.mkdtemp(prefix="narrator-chunks-")
    _ready.set()  # type: ignore[attr-defined]
    time.sleep(60)


def _pool_process_in_a_job(events: object, parent: int, ready: object) -> None:
    """A pool process running the job above."""
    global _ready
    _ready = ready
    batch._pool_start(events, parent)
    job = SimpleNamespace(source=SimpleNamespace(origin="story.txt"))
    batch._pool_task(_job_stopped_after_making_a_folder, job, logging.WARNING)  # type: ignore[arg-type]


def test_a_pool_process_stopped_in_a_job_leaves_no_temporary_folder(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # Stopped at any moment, as kill -9 on narrator does (Linux then sends each pool process SIGTERM), a job may
    # have made a folder not yet owned by anything that removes it on the way out: 1 run in 150 of the test below
    # left a narrator-chunks- folder behind.
    from multiprocessing import get_context

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    context = get_context("spawn")
    events, ready = context.Queue(), context.Event()
    process = context.Process(target=_pool_process_in_a_job, args=(events, os.getpid(), ready))
    process.start()
    try:
        assert ready.wait(60)
        os.kill(process.pid, signal.SIGTERM)
        process.join(timeout=10)
        assert process.exitcode == 128 + signal.SIGTERM
    finally:
        if process.is_alive():
            process.kill()
            process.join()
    assert not list(scratch.rglob("*"))


def test_ctrl_c_while_pool_processes_start_says_one_line(tmp_path: Path) -> None:
    # A pool process stopped while Python was still starting in it printed a KeyboardInterrupt's traceback from
    # deep inside an import, thirty lines under narrator's own one.
    text = (Path(__file__).resolve().parent.parent / "examples" / "why-the-tide-comes-twice.txt").read_text("utf-8")
    for n in range(2):
        (tmp_path / f"tide{n}.txt").write_text(text.replace("Tide", f"Tide {n}", 1), encoding="utf-8")
    command = [sys.executable, "-m", "narrator.cli", "narrate", "tide0.txt", "tide1.txt", "-o", "out", "--workers", "2"]
    run = subprocess.Popen(command, cwd=tmp_path, start_new_session=True, stderr=subprocess.PIPE,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler))
    try:
        deadline = time.monotonic() + 60
        while len(_pool_processes(run.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.killpg(run.pid, signal.SIGINT)  # the pool processes are importing narrator
        _, stderr = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    said = stderr.decode()
    assert run.returncode != 0
    assert "Traceback" not in said and "KeyboardInterrupt" not in said, said
    assert said.strip().splitlines()[-1].startswith("stopped by Ctrl-C"), said


def test_a_stop_raised_where_python_cannot_raise_it_is_not_printed() -> None:
    # Ctrl-C while a pool process ran an import's lock callback: the stop was raised there, and Python printed
    # "Exception ignored in ..." with a traceback under narrator's one line (the unwinding timer still ended it).
    seen: list[object] = []
    hook = batch._quiet_stops(seen.append)

    class Unraisable:
        def __init__(self, error: BaseException) -> None:
            self.exc_value = error

    hook(Unraisable(batch._PoolStopped(130)))
    assert seen == []
    other = Unraisable(ValueError("a finaliser's own error"))
    hook(other)
    assert seen == [other]  # any other is reported as before


def _cached(out: Path) -> list[Path]:
    """The finished takes in out's cache."""
    return [p for p in (out / ".cache").rglob("*") if p.is_file() and not p.name.endswith(".part")]


class KillAPoolProcess(Recorder):
    """Kills one of this process's pool workers when the first progress arrives."""

    killed: int | None = None

    def progress(self, origin: str, progress: Progress) -> None:
        super().progress(origin, progress)
        if self.killed is None:
            self.killed = _pool_processes()[0]
            os.kill(self.killed, signal.SIGKILL)


def _pool_processes(parent: int | None = None) -> list[int]:
    """The pids of a process's spawned pool workers (not multiprocessing's resource tracker); this one's by default."""
    found = []
    with contextlib.suppress(OSError):  # the process, or one of its threads, ended while we looked
        tasks = Path(f"/proc/{parent or os.getpid()}/task")
        children = [pid for task in tasks.iterdir() for pid in (task / "children").read_text().split()]
        for pid in children:
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(int(pid))
    return found


def test_a_pool_process_killed_mid_batch_loses_no_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not Path(f"/proc/{os.getpid()}/task").is_dir():
        pytest.skip("needs /proc to find the pool's processes")
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # where the killed process's scratch stays (pool processes start anew)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(4):
        (folder / f"story{n}.md").write_text(f"# Story {n}\n\nStory {n} has two sentences. This is the second.\n",
                                             encoding="utf-8")
    settings = load_settings(overrides={"voice": "espeak", "output_dir": str(tmp_path / "out"), "workers": 2})
    watch = KillAPoolProcess()
    result = pipeline.narrate([str(folder)], settings, watch=watch)
    assert watch.killed is not None
    assert len(result.outcomes) == 4
    assert all(o.episode is not None for o in result.outcomes), [o.error for o in result.outcomes]
    assert len(list((tmp_path / "out" / "episodes").glob("*.mp3"))) == 4


@pytest.mark.parametrize("sign", [signal.SIGTERM, signal.SIGKILL], ids=["kill", "kill-9"])
def test_no_pool_process_outlives_a_stopped_narrator(tmp_path: Path, sign: signal.Signals) -> None:
    if not Path(f"/proc/{os.getpid()}/task").is_dir():
        pytest.skip("needs /proc to find the pool's processes")
    examples = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.*"))
    text = "\n\n".join(path.read_text("utf-8").split("\n---\n")[-1] for path in examples)  # long enough to stop
    for n in range(4):
        (tmp_path / f"story{n}.txt").write_text(f"Story {n}\n\n{text}", encoding="utf-8")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out"
    command = [sys.executable, "-m", "narrator.cli", "narrate", ".", "-o", str(out), "--workers", "2", "-q",
               "--voice", "espeak"]
    run = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, env={**os.environ, "TMPDIR": str(scratch)})
    try:
        deadline = time.monotonic() + 120
        while not (_cached(out) and len(_pool_processes(run.pid)) == 2) and time.monotonic() < deadline:
            time.sleep(0.05)
        pool = _pool_processes(run.pid)
        assert len(pool) == 2, f"the pool is at work ({len(pool)} processes, takes cached: {len(_cached(out))})"
        run.send_signal(sign)  # to narrator alone, as kill, timeout or the OOM killer do
        run.wait(timeout=60)
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{pid}").exists() for pid in pool) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    left = [pid for pid in pool if Path(f"/proc/{pid}").exists()]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    # It failed once in about 100 runs on a loaded machine, and said nothing more: say what narrator said.
    said = f"narrator ended {run.returncode}, saying: {run.stderr.read().decode(errors='replace')[-1500:]!r}"
    assert not left, f"a pool process went on after narrator stopped, holding its voice for ever; {said}"
    assert not list(scratch.rglob("*")), f"every pool process removed its temporary folders on its way out; {said}"
    assert run.returncode == -sign, said


def test_a_worker_log_line_names_its_source_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        batch.Watcher().log("a.txt", logging.INFO, "narrator.audio", "129.7 s episode written")
        batch.Watcher().log("a.txt", logging.INFO, "narrator.audio", "a.txt: 129.7 s episode written")
    assert [r.getMessage() for r in caplog.records] == ["a.txt: 129.7 s episode written"] * 2

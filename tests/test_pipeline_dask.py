"""Dask without a shared disk: a real `dask scheduler` and two `dask worker` processes on 127.0.0.1, each in
its own folder and HOME, narrate relative paths named from a third folder; every episode comes back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from media import embedded_covers
from sent import record_submitted

from narrator import pipeline
from narrator.cli import main
from narrator.config import load_settings
from narrator.model import Progress
from narrator.pipeline import batch, voices

pytest.importorskip("distributed", reason="the Dask tests need the dask extra (make setup installs it)")
pytestmark = pytest.mark.slow

ARTICLES = {
    "a.md": "# The Harbour Wall\n\nThe old harbour wall was mended this spring. Fishing boats returned in May.\n",
    "b.md": "# A Quiet Market\n\nThe Saturday market moved to the square. Traders said the new spot is busier.\n",
    "sub/c.txt": "The Night Ferry\n\nThe night ferry will run twice a week from June. Tickets go on sale on Monday.\n",
}


@dataclass
class Cluster:
    """A scheduler and its workers, each a process in its own folder."""

    address: str
    workers: list[subprocess.Popen[bytes]]
    folders: list[Path]


def _start(args: list[str], folder: Path, log: Path) -> subprocess.Popen[bytes]:
    """Start a dask command in folder with its own HOME and temporary files (nothing of the client's disk)."""
    folder.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NARRATOR_", "DASK_"))}
    env["HOME"] = env["TMPDIR"] = str(folder)  # a worker killed by a test leaves its scratch there, not in /tmp
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=folder, env=env,
                                stdout=out, stderr=subprocess.STDOUT)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process, however it is doing."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    """A dask scheduler and two workers on 127.0.0.1, stopped after the test."""
    scheduler_file = tmp_path / "scheduler" / "scheduler.json"
    processes = [_start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                         "--scheduler-file", str(scheduler_file)], tmp_path / "scheduler", tmp_path / "scheduler.log")]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert scheduler_file.is_file(), (tmp_path / "scheduler.log").read_text()
        address = json.loads(scheduler_file.read_text())["address"]
        folders = [tmp_path / f"worker{n}" for n in (1, 2)]
        workers = [_start(["worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny",
                           "--no-dashboard", "--local-directory", str(folder / "dask")], folder,
                          tmp_path / f"{folder.name}.log") for folder in folders]
        processes += workers
        _wait_for_workers(address, len(workers))
        yield Cluster(address, workers, folders)
    finally:
        for process in reversed(processes):
            _stop(process)


def _wait_for_workers(address: str, count: int) -> None:
    """Block until count workers have joined the scheduler."""
    from distributed import Client

    with Client(address, timeout=30) as client:
        client.wait_for_workers(count, timeout=60)


@pytest.fixture
def client_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The client's folder, holding the articles, and the working directory of the test."""
    folder = tmp_path / "client"
    for name, text in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


def test_relative_paths_come_back_as_episodes_in_the_clients_output_and_feed(
    cluster: Cluster, client_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import Client

    sent = record_submitted(monkeypatch, Client)
    runner = CliRunner()
    args = ["narrate", *ARTICLES, "-", "--voice", "espeak", "--output", "out", "--scheduler", cluster.address]
    stdin = "# Letters Page\n\nReaders wrote about the harbour wall. Most of them liked it.\n"
    result = runner.invoke(main, args, input=stdin)
    assert result.exit_code == 0, result.output
    assert "4 narrated, 0 unchanged, 0 failed" in result.stderr
    # Each job holds its article, not the show's cover (185 KB), which went to the workers once.
    assert len(sent) == 4 and max(sent) < 50_000, sent
    mp3s = sorted((client_folder / "out" / "episodes").glob("*.mp3"))
    assert len(mp3s) == 4
    cover = (client_folder / "out" / "cover.jpg").read_bytes()
    for mp3 in mp3s:
        assert mp3.stat().st_size > 10_000
        for suffix in (".vtt", ".srt", ".json", ".chapters.json"):
            assert mp3.with_name(mp3.stem + suffix).is_file(), (mp3, suffix)
        # The show's artwork travels to the workers once, not with each job, and is in every episode they make.
        assert embedded_covers(mp3) == [cover], mp3
    feed = feedparser.parse((client_folder / "out" / "feed.xml").read_bytes())
    titles = sorted(entry.title for entry in feed.entries)
    assert titles == ["A Quiet Market", "Letters Page", "The Harbour Wall", "The Night Ferry"]
    enclosures = {Path(entry.enclosures[0].href).name for entry in feed.entries}
    assert enclosures == {mp3.name for mp3 in mp3s}
    for folder in cluster.folders:  # the workers kept no episode (their take caches stay theirs)
        assert not {p.name for p in folder.rglob("*")} & {mp3.name for mp3 in mp3s}, folder
    # Narrated here, the same articles are unchanged: nothing is missing, nothing is narrated again.
    again = runner.invoke(main, ["narrate", *ARTICLES, "--voice", "espeak", "--output", "out"])
    assert again.exit_code == 0, again.output
    assert "0 narrated, 3 unchanged, 0 failed" in again.stderr
    assert "missing" not in again.stderr and "deleted" not in again.stderr
    assert sorted((client_folder / "out" / "episodes").glob("*.mp3")) == mp3s
    assert len(feedparser.parse((client_folder / "out" / "feed.xml").read_bytes()).entries) == 4


def test_a_piper_voice_of_the_users_own_is_sent_to_the_workers(cluster: Cluster, client_folder: Path) -> None:
    """The voice's model lives in the client's voices dir: each worker gets it once and speaks with it."""
    from media import own_piper_voice

    model = own_piper_voice(client_folder / "my-voices")
    (client_folder / "narrator.toml").write_text('voices_dirs = ["my-voices"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", "narrator.toml", "narrate", "a.md", "b.md", "--voice", "reader",
                                       "--output", "out", "--scheduler", cluster.address])
    assert result.exit_code == 0, result.output
    assert "2 narrated, 0 unchanged, 0 failed" in result.stderr
    assert len(list((client_folder / "out" / "episodes").glob("*.mp3"))) == 2
    received = [path for folder in cluster.folders for path in folder.rglob("en_US-reader-medium.onnx")]
    assert received and all(path.stat().st_size == model.stat().st_size for path in received)
    assert all(".cache/narrator/voices" in path.as_posix() for path in received)


class KillOnFirstProgress(batch.Watcher):
    """Records progress; kills one worker as soon as any article reports progress."""

    def __init__(self, victim: subprocess.Popen[bytes]) -> None:
        self.victim = victim
        self.events: list[tuple[str, Progress]] = []

    def progress(self, origin: str, progress: Progress) -> None:
        self.events.append((origin, progress))
        if self.victim.poll() is None:
            os.kill(self.victim.pid, signal.SIGKILL)


def test_a_worker_killed_mid_batch_loses_no_article(cluster: Cluster, client_folder: Path) -> None:
    many = {f"more/{n}.md": f"# Story {n}\n\nStory {n} has two sentences. This is the second one.\n"
            for n in range(6)}
    for name, text in many.items():
        (client_folder / name).parent.mkdir(exist_ok=True)
        (client_folder / name).write_text(text, encoding="utf-8")
    specs = [*ARTICLES, "more"]
    settings = load_settings(overrides={"voice": "espeak", "output_dir": "out"})
    watch = KillOnFirstProgress(cluster.workers[0])
    result = pipeline.narrate(specs, settings, scheduler=cluster.address, watch=watch)
    assert watch.events, "no progress reached the client from the workers"
    assert cluster.workers[0].poll() is not None, "the worker was not killed"
    assert len(result.outcomes) == 9
    made = [o for o in result.outcomes if o.episode is not None]
    for outcome in result.outcomes:  # each article is done elsewhere or reported
        assert outcome.episode is not None or outcome.error, outcome
    on_disk = {p.name for p in (client_folder / "out" / "episodes").glob("*.mp3")}
    assert {o.episode.mp3.name for o in made if o.episode} == on_disk
    feed = feedparser.parse((client_folder / "out" / "feed.xml").read_bytes())
    assert len(feed.entries) == len(made) == 9


def test_a_reading_past_its_bound_on_a_worker_is_that_articles_failure_and_the_rest_are_narrated(
    cluster: Cluster, client_folder: Path
) -> None:
    """A worker runs jobs on threads, where no signal's handler can run: the reading runs in a process of its own,
    where clean.max_seconds holds. A long real article read under a small bound stands in for a slow page."""
    said = "The council met again on day {} to talk about the harbour wall, the market and the ferry."
    paragraphs = (" ".join(said.format(n * 12 + k) for k in range(12)) for n in range(600))
    (client_folder / "long.md").write_text("# A Long Report\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    # Its reading takes 1.8 s of CPU, The Harbour Wall's 0.1 s (the Markdown reader's first use included).
    (client_folder / "narrator.toml").write_text("[clean]\nmax_seconds = 0.5\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", "narrator.toml", "narrate", "a.md", "long.md", "--voice",
                                       "espeak", "--output", "out", "--scheduler", cluster.address])
    assert result.exit_code == 1, result.output
    assert "1 narrated, 0 unchanged, 1 failed" in result.stderr
    assert "long.md: reading it took more than 0.5 s of CPU, the limit (clean.max_seconds)" in result.stderr
    feed = feedparser.parse((client_folder / "out" / "feed.xml").read_bytes())
    assert not feed.bozo and [entry.title for entry in feed.entries] == ["The Harbour Wall"]


def test_an_unreachable_scheduler_is_a_usage_error(client_folder: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(main, ["narrate", "a.md", "--voice", "espeak", "--output", "out",
                                       "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2, result.output
    assert "Dask scheduler" in result.stderr and "Traceback" not in result.stderr


def test_a_worker_running_another_narrator_refuses_the_job_and_says_what_to_install(tmp_path: Path) -> None:
    from dataclasses import replace

    from narrator import __version__
    from narrator.model import Source

    settings = load_settings(overrides={"voice": "espeak", "output_dir": str(tmp_path / "out")})
    voice = voices.voicing(settings)
    job = batch.Job(Source("a.md", b"# A\n\nText.\n"), settings, voice, "key", frozenset())
    assert batch.same_version(job) is None
    older = replace(job, voicing=replace(voice, version="0.0.1"))
    refused = batch.same_version(older)
    assert refused is not None and refused.outcome.error is not None
    assert "0.0.1" in refused.outcome.error and __version__ in refused.outcome.error
    assert refused.outcome.error.startswith("a.md: ")

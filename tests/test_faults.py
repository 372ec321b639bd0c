"""Faults on the audio path: a failing take, ffmpeg killed mid-stream, a full disk, Ctrl-C and kill -9.

In every case no half-written episode is published, the cache holds only whole takes and chunks,
and the next run finishes from what was made. ffmpeg, espeak-ng and the CLI are the real ones; the
faults are real too (a signal, a killed process, a file-size limit), only their timing is arranged.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import stat
import struct
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from media import decodes_fully

from narrator.audio import chunks, produce
from narrator.config import AudioSettings
from narrator.errors import AudioError, EngineError
from narrator.model import Audio, Metadata, Script, Segment, Take, Takes, VoiceProfile

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None or shutil.which("espeak-ng") is None,
                                reason="ffmpeg and espeak-ng are needed")

RATE = 22_050
PROFILE = VoiceProfile(name="test", engine="espeak", voice="en")
PLACES = ["quay", "lighthouse", "fish market", "ferry ramp", "boat yard", "sea wall", "harbour office", "slipway"]
WHO = ["the mayor", "two fishermen", "a ferry captain", "the harbour master", "a teacher", "the engineers"]
ARTICLE = "\n\n".join(
    f"At the {PLACES[n % 8]}, {WHO[n % 6]} spoke for {n + 2} minutes about the winter of {1990 + n}. "
    f"The {PLACES[(n + 3) % 8]} had flooded {n + 1} times since then, and {WHO[(n + 1) % 6]} asked "
    f"whether the board would pay for repairs before the spring tides of the year {2030 + n}."
    for n in range(16)
)


def chord(root_hz: float, seconds: float = 1.0) -> Audio:
    """A two-note chord: every take as loud as the next, but each one different."""
    frames = round(seconds * RATE)
    return Audio(struct.pack(f"<{frames}h", *(round(6000 * (math.sin(2 * math.pi * root_hz * i / RATE)
                                                           + math.sin(3 * math.pi * root_hz * i / RATE)))
                                             for i in range(frames))), RATE)


def tone_takes(count: int, base_hz: float = 200) -> Takes:
    """count different takes of one second with sentence pauses."""
    segments = tuple(Segment(f"Sentence {n}.", 300, "Body") for n in range(count))
    script = Script("faults.md", Metadata(title="Faults"), segments, "a" * 64)
    return Takes(script, tuple(Take(s, chord(base_hz + 10 * n)) for n, s in enumerate(segments)), PROFILE)


def cached_chunks(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.chunk.json"))


def assert_cache_whole(cache: Path) -> None:
    """Every chunk recorded in the cache has its MP3, which decodes; every take is a whole WAV."""
    assert not list(cache.rglob("*.part")), "no half-written files"
    for stats in cached_chunks(cache):
        mp3 = stats.with_name(stats.name.replace(".chunk.json", ".mp3"))
        assert mp3.is_file() and decodes_fully(mp3)
        assert json.loads(stats.read_text())["frames"] > 0
    for take in cache.rglob("*.wav"):
        with wave.open(str(take)) as handle:
            assert handle.getnframes() > 0


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of about 2.6 s (two takes), so a short test has several."""
    monkeypatch.setattr(chunks, "CHUNK_S", 2.0)
    monkeypatch.setattr(chunks, "ESTIMATE_S", 2.0)
    monkeypatch.setattr(chunks, "CUT_ONE_IN", 1)


def test_a_take_the_engine_fails_on_stops_the_episode_and_leaves_nothing(tmp_path: Path, small_chunks: None) -> None:
    whole = tone_takes(6)

    def failing() -> Iterator[Take]:
        yield from tuple(whole.takes)[:3]
        raise EngineError("espeak-ng failed: exit 1", origin="Sentence 3.")

    takes = Takes(whole.script, failing(), PROFILE)
    with pytest.raises(EngineError, match="espeak-ng failed"):
        produce(takes, AudioSettings(), tmp_path / "episodes", tmp_path / "cache")
    assert not (tmp_path / "episodes").exists() or not list((tmp_path / "episodes").iterdir())
    assert_cache_whole(tmp_path / "cache")


def ffmpeg_that_dies(folder: Path, on_call: int) -> Path:
    """An ffmpeg on PATH that runs the real one, except that its on_call-th encode reads a little and is killed."""
    real = subprocess.run(["sh", "-c", "command -v ffmpeg"], capture_output=True, text=True, check=True).stdout.strip()
    counter = folder / "encodes"
    counter.write_text("0")
    shim = folder / "ffmpeg"
    # The count is taken under a lock: two encodes start at once, and `echo > file` is no atomic write (one
    # read an empty counter while the other wrote it, and the on_call-th encode never came).
    shim.write_text(f"""#!/bin/sh
case "$*" in *libmp3lame*)
  n=$(flock {counter} sh -c 'n=$(($(cat {counter}) + 1)); echo $n > {counter}; echo $n')
  if [ $n -eq {on_call} ]; then head -c 20000 > /dev/null; kill -9 $$; fi;;
esac
exec {real} "$@"
""")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    return folder


def test_ffmpeg_killed_mid_stream_publishes_nothing_and_the_next_run_reuses_finished_chunks(
        tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch) -> None:
    episodes, cache = tmp_path / "episodes", tmp_path / "cache"
    shims = tmp_path / "bin"
    shims.mkdir()
    # A first episode of the same loudness records the gain, as any earlier episode with the voice does.
    produce(tone_takes(8, base_hz=205), AudioSettings(), episodes, cache)
    for old in episodes.iterdir():
        old.unlink()
    earlier = set(cached_chunks(cache))
    ffmpeg_that_dies(shims, on_call=3)
    monkeypatch.setenv("PATH", f"{shims}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(AudioError, match="ffmpeg failed"):
        produce(tone_takes(8), AudioSettings(), episodes, cache)
    assert not episodes.exists() or not list(episodes.iterdir()), "no episode and no transcripts"
    assert_cache_whole(cache)
    finished = len(set(cached_chunks(cache)) - earlier)
    # Two chunks were done before the third encode died; the fourth may have started meanwhile.
    assert 2 <= finished < 4, "the chunks encoded before ffmpeg died are kept"

    monkeypatch.setenv("PATH", os.environ["PATH"].split(os.pathsep, 1)[1])
    encoded: list[int] = []
    real_encode = chunks.encode

    def counting(*args: object, **kwargs: object) -> object:
        encoded.append(1)
        return real_encode(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(chunks, "encode", counting)
    episode = produce(tone_takes(8), AudioSettings(), episodes, cache)
    assert decodes_fully(episode.mp3)
    assert len(encoded) == 4 - finished, "only the chunks not finished before are encoded"


def narrate(tmp_path: Path, voice: str = "espeak", **popen: object) -> subprocess.Popen[str]:
    """Start `narrator narrate` on the test article in tmp_path."""
    article = tmp_path / "harbour.md"
    article.write_text("# The harbour board\n\n" + ARTICLE + "\n", encoding="utf-8")
    return subprocess.Popen([sys.executable, "-m", "narrator.cli", "narrate", str(article), "--voice", voice,
                             "--output", str(tmp_path / "out"), "--json"], cwd=tmp_path, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)  # type: ignore[call-overload]


def wait_for_takes(out: Path, count: int, process: subprocess.Popen[str]) -> None:
    """Wait until count takes are cached (the run is mid-synthesis)."""
    deadline = time.monotonic() + 120
    while len(list((out / ".cache").rglob("*.wav"))) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)


def episodes(out: Path) -> list[str]:
    folder = out / "episodes"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def running_with(marker: str) -> list[str]:
    """Command lines of live processes that mention marker (our output folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            line = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if entry.name.isdigit() and int(entry.name) != os.getpid() and marker in line:
            found.append(line)
    return found


def left_running(marker: str, seconds: float = 30) -> list[str]:
    """The processes still mentioning marker once they have had seconds to end: none as soon as they have ended. A
    stopped run's ffmpeg and engine end on their own time, which a loaded machine stretches past any fixed pause."""
    deadline = time.monotonic() + seconds
    while (found := running_with(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return found


def takes_made(out: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in (out / ".cache").rglob("*.wav")}


@pytest.mark.parametrize("sign", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["ctrl-c", "kill", "kill-9"])
def test_an_interrupted_run_publishes_nothing_and_the_next_run_resumes(tmp_path: Path, sign: signal.Signals) -> None:
    out = tmp_path / "out"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    # Ctrl-C as a terminal delivers it, even when the tests run as a background job that ignores SIGINT (test_cli)
    process = narrate(tmp_path, env={**os.environ, "TMPDIR": str(scratch)},
                      preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler))
    wait_for_takes(out, 3, process)
    process.send_signal(sign)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode != 0
    assert not left_running(str(out)), "no ffmpeg or engine left running"
    assert episodes(out) == []
    assert not (out / "feed.xml").exists() or "harbour" not in (out / "feed.xml").read_text().lower()
    made = takes_made(out)
    assert made
    if sign != signal.SIGKILL:
        assert not list(out.rglob("*.part")), "a stop asked for leaves no half-written file"
        assert not list(scratch.iterdir()), "nor a temporary file or folder"
    if sign != signal.SIGKILL:  # Ctrl-C, kill, timeout, systemd: unwound, then ended by the signal itself
        assert process.returncode == -sign
        name = "Ctrl-C" if sign == signal.SIGINT else "SIGTERM"
        assert f"stopped by {name}; run the same command again" in stderr
        assert "Aborted!" not in stderr, "click's own word for it is not printed above ours"

    again = narrate(tmp_path)
    stdout, stderr = again.communicate(timeout=600)
    assert again.returncode == 0, stderr
    assert [name.rsplit(".", 1)[-1] for name in episodes(out)].count("mp3") == 1
    assert all(takes_made(out)[path] == mtime for path, mtime in made.items()), "takes made before are kept"
    assert not list(out.rglob("*.part")), "a killed run's leftovers are cleaned up"
    assert json.loads(stdout)[0]["ok"]


def ffmpeg_with_a_full_disk(folder: Path) -> Path:
    """An ffmpeg on PATH whose writes fail past 300 KB, as on a full disk (EFBIG instead of ENOSPC)."""
    real = subprocess.run(["sh", "-c", "command -v ffmpeg"], capture_output=True, text=True, check=True).stdout.strip()
    shim = folder / "ffmpeg"
    # Ignoring SIGXFSZ makes the write fail with an error instead of killing the writer.
    shim.write_text(f"#!/bin/sh\ntrap '' XFSZ\nulimit -f 300\nexec {real} \"$@\"\n")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    return folder


def test_a_full_disk_fails_the_article_cleanly_and_the_next_run_finishes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    shims = tmp_path / "bin"
    shims.mkdir()
    ffmpeg_with_a_full_disk(shims)
    process = narrate(tmp_path, env={**os.environ, "PATH": f"{shims}{os.pathsep}{os.environ['PATH']}"})
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 1, stderr
    outcome = json.loads(stdout)[0]
    assert not outcome["ok"] and "harbour.md" in outcome["error"] and "disk space" in outcome["error"]
    assert episodes(out) == []
    assert_cache_whole(out / ".cache")
    made = takes_made(out)
    assert made

    again = narrate(tmp_path)
    stdout, stderr = again.communicate(timeout=600)
    assert again.returncode == 0, stderr
    assert len([n for n in episodes(out) if n.endswith(".mp3")]) == 1
    assert all(takes_made(out)[path] == mtime for path, mtime in made.items())


def test_a_run_started_under_nohup_goes_on_through_a_hangup(tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = narrate(tmp_path, preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))  # as nohup starts it
    wait_for_takes(out, 1, process)
    process.send_signal(signal.SIGHUP)  # the terminal closed
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr
    assert json.loads(stdout)[0]["ok"] and [name for name in episodes(out) if name.endswith(".mp3")]

"""A show narrated with the real Piper voice and a narrator.toml as a user writes it: ready for directories."""

from __future__ import annotations

import io
import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path

import feedrules
import pytest
from click.testing import CliRunner
from media import decodes_fully, ffprobe
from mutagen.id3 import ID3, PictureType
from PIL import Image

from narrator.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLE = EXAMPLES / "why-the-tide-comes-twice.txt"
CONFIG = """
[publish]
title = "The Harbor Times, read aloud"
author = "The Harbor Times"
email = "podcast@harbortimes.net"
base_url = "https://podcast.harbortimes.net/"
"""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One article narrated with piper under a narrator.toml that sets title, author, e-mail and base URL."""
    if shutil.which("ffprobe") is None:
        pytest.skip("ffmpeg is not installed (make setup installs it)")
    folder = tmp_path_factory.mktemp("show")
    config = folder / "narrator.toml"
    config.write_text(CONFIG, encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(main, ["--config", str(config), "narrate", str(ARTICLE), "--output", str(out)])
    assert result.exit_code == 0, result.output
    return config, out


def test_the_show_passes_narrator_check(show: tuple[Path, Path]) -> None:
    config, out = show
    result = CliRunner().invoke(main, ["--config", str(config), "check", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "error" not in result.stdout and "warning" not in result.stdout
    assert "ready to submit" in result.stdout


def test_the_feed_keeps_the_w3c_validators_rules(show: tuple[Path, Path]) -> None:
    _, out = show
    assert feedrules.problems((out / "feed.xml").read_bytes()) == []


def test_the_rules_catch_what_the_validator_would(show: tuple[Path, Path]) -> None:
    """The hand-written rules can fail: a feed broken in the validator's known ways is caught."""
    _, out = show
    feed = (out / "feed.xml").read_bytes()
    broken = (feed.replace(b'<itunes:category text="News"/>', b'<itunes:category text="News &amp; Politics"/>')
              .replace(b"<title>The Harbor Times, read aloud</title>\n      <link>",
                       b"<title>Another title</title>\n      <link>")
              .replace(b"<itunes:explicit>false</itunes:explicit>", b"<itunes:explicit>no</itunes:explicit>", 1))
    found = " ".join(feedrules.problems(broken))
    assert "InvalidItunesCategory" in found and "ImageTitleDoesntMatch" in found and "InvalidTrueFalse" in found


def test_the_cover_and_every_embedded_cover_meet_the_sizes(show: tuple[Path, Path]) -> None:
    _, out = show
    cover = (out / "cover.jpg").read_bytes()
    image = Image.open(io.BytesIO(cover))
    assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (3000, 3000))
    assert len(cover) <= 512 * 1024
    mp3s = list((out / "episodes").glob("*.mp3"))
    assert mp3s
    for mp3 in mp3s:
        [picture] = ID3(mp3).getall("APIC")
        assert (picture.mime, picture.type, picture.data) == ("image/jpeg", PictureType.COVER_FRONT, cover)
        assert ffprobe(mp3)["codec_name"] == "mp3" and decodes_fully(mp3)


def _vtt_cues(vtt: str) -> list[tuple[float, float, list[str]]]:
    """(start, end, lines) of each WebVTT cue."""
    def seconds(clock: str) -> float:
        hours, minutes, rest = clock.split(":")
        return int(hours) * 3600 + int(minutes) * 60 + float(rest)

    cues = []
    for block in vtt.split("\n\n")[1:]:
        lines = block.strip().splitlines()
        if len(lines) >= 3:
            start, end = lines[1].split(" --> ")
            cues.append((seconds(start), seconds(end), lines[2:]))
    return cues


def _silences(mp3: Path) -> list[tuple[float, float]]:
    """Stretches of at least 80 ms below -40 dBFS, as ffmpeg's silencedetect finds them."""
    err = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(mp3), "-af",
                          "silencedetect=n=-40dB:d=0.08", "-f", "null", "-"],
                         capture_output=True, text=True, check=True).stderr
    starts = [float(s) for s in re.findall(r"silence_start: ([\d.]+)", err)]
    ends = [float(s) for s in re.findall(r"silence_end: ([\d.]+)", err)]
    return list(zip(starts, ends, strict=False))


def test_captions_are_a_sentence_at_a_time_in_two_lines(show: tuple[Path, Path]) -> None:
    _, out = show
    [vtt] = (out / "episodes").glob("*.vtt")
    cues = _vtt_cues(vtt.read_text(encoding="utf-8"))
    segments = json.loads(vtt.with_suffix(".json").read_text(encoding="utf-8"))["segments"]
    assert len(cues) > 2 * len(segments) >= 12, "captions are finer than the paragraphs the JSON keeps"
    for start, end, lines in cues:
        text = " ".join(lines)
        assert 1 <= len(lines) <= 2 and all(len(line) <= 42 for line in lines), lines
        assert end - start <= 7.0, (start, end, text)
        assert not re.search(r"[.!?] \S", text), f"two sentences in one caption: {text!r}"
    words = " ".join(" ".join(lines) for _, _, lines in cues).split()
    assert words == " ".join(s["body"] for s in segments).split(), "the captions say all of the transcript"


def test_caption_times_fall_on_the_voice(show: tuple[Path, Path]) -> None:
    """Measured on the real audio: a sentence change inside a segment sits at a pause of the voice."""
    _, out = show
    [mp3] = (out / "episodes").glob("*.mp3")
    cues = _vtt_cues(mp3.with_suffix(".vtt").read_text(encoding="utf-8"))
    silences = _silences(mp3)
    duration = float(ffprobe(mp3)["duration"])
    assert cues[-1][1] <= duration
    inside = [(a, b) for a, b in itertools.pairwise(cues) if a[1] == b[0] and a[2][-1].endswith((".", "?", "!"))]
    assert len(inside) >= 4
    for before, _after in inside:
        boundary = before[1]
        distance = min(0.0 if start <= boundary <= end else min(abs(boundary - start), abs(boundary - end))
                       for start, end in silences)
        assert distance <= 0.3, f"{' '.join(before[2])!r} ends at {boundary:.2f} s, {distance:.2f} s from a pause"
    for start, end, lines in cues:  # every caption is heard: it is not inside one silence
        assert not any(s <= start and end <= e for s, e in silences), lines

"""A show narrated with the real Piper voice and a narrator.toml as a user writes it: ready for directories."""

from __future__ import annotations

import io
import shutil
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

"""An example narrated with the real Piper voice: real MP3, real feed, parsed by real podcast clients."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from media import decodes_fully, ffprobe

from narrator.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

pytestmark = pytest.mark.slow
ARTICLE = EXAMPLES / "why-the-tide-comes-twice.txt"


@pytest.fixture(scope="module")
def narrated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Narrate one example with piper into a fresh output folder, once for this module."""
    if shutil.which("ffprobe") is None:
        pytest.skip("ffmpeg is not installed (make setup installs it)")
    out = tmp_path_factory.mktemp("out")
    runner = CliRunner()
    preview = runner.invoke(main, ["preview", str(ARTICLE), "--json"])
    assert preview.exit_code == 0, preview.output
    spoken = [s["text"] for s in json.loads(preview.stdout)["segments"]]
    result = runner.invoke(main, ["narrate", str(ARTICLE), "--output", str(out)])
    assert result.exit_code == 0, result.output
    return out, spoken


def test_the_mp3_decodes_at_44k1_mono_and_lasts_as_long_as_its_words(narrated: tuple[Path, list[str]]) -> None:
    out, spoken = narrated
    mp3s = list((out / "episodes").glob("*.mp3"))
    assert len(mp3s) == 1
    facts = ffprobe(mp3s[0])
    assert facts["codec_name"] == "mp3"
    assert facts["sample_rate"] == "44100" and int(facts["channels"]) == 1
    assert decodes_fully(mp3s[0])
    words = sum(len(s.split()) for s in spoken)
    expected = words / 2.5
    assert abs(float(facts["duration"]) - expected) <= 0.25 * expected, (facts["duration"], expected)


def test_the_feed_parses_with_podcastparser_and_feedparser(narrated: tuple[Path, list[str]]) -> None:
    import feedparser
    import podcastparser

    out, _ = narrated
    feed_path = out / "feed.xml"
    mp3 = next((out / "episodes").glob("*.mp3"))
    with feed_path.open("rb") as handle:
        podcast = podcastparser.parse("http://127.0.0.1:8000/feed.xml", handle)
    assert len(podcast["episodes"]) == 1
    episode = podcast["episodes"][0]
    assert episode["title"] == "Why the Tide Comes In Twice a Day"
    enclosure = episode["enclosures"][0]
    assert enclosure["file_size"] == mp3.stat().st_size
    assert enclosure["url"].endswith("episodes/" + mp3.name)
    assert episode["total_time"] > 30

    parsed = feedparser.parse(feed_path.read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.entries[0].id == episode["guid"]


def test_rerun_skips_the_unchanged_article(narrated: tuple[Path, list[str]]) -> None:
    out, _ = narrated
    before = sorted(p.name for p in (out / "episodes").iterdir())
    result = CliRunner().invoke(main, ["narrate", str(ARTICLE), "--output", str(out)])
    assert result.exit_code == 0
    assert "1 unchanged" in result.stderr
    assert sorted(p.name for p in (out / "episodes").iterdir()) == before


def test_another_voice_gives_a_new_file_and_the_same_guid(narrated: tuple[Path, list[str]]) -> None:
    import feedparser

    out, _ = narrated
    guid_before = feedparser.parse((out / "feed.xml").read_bytes()).entries[0].id
    mp3_before = next((out / "episodes").glob("*.mp3")).name
    result = CliRunner().invoke(main, ["narrate", str(ARTICLE), "--voice", "espeak", "--output", str(out)])
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert len(feed.entries) == 1
    assert feed.entries[0].id == guid_before
    mp3s = [p.name for p in (out / "episodes").glob("*.mp3")]
    assert mp3s and mp3_before not in mp3s


def test_an_edited_voice_profile_renders_again(tmp_path: Path) -> None:
    """Unchanged means the same words said the same way: a new rate is a new rendering."""
    voices = tmp_path / "voices"
    voices.mkdir()
    profile = voices / "robot.toml"
    profile.write_text('engine = "espeak"\nvoice = "en-us"\nrate = 1.0\n', encoding="utf-8")
    env = {"NARRATOR_VOICES_DIRS": f"{voices},{EXAMPLES.parent / 'voices'}"}
    args = ["narrate", str(ARTICLE), "--voice", "robot", "--output", str(tmp_path / "out")]
    runner = CliRunner()
    assert runner.invoke(main, args, env=env).exit_code == 0
    assert "1 unchanged" in runner.invoke(main, args, env=env).stderr
    profile.write_text('engine = "espeak"\nvoice = "en-us"\nrate = 1.3\n', encoding="utf-8")
    again = runner.invoke(main, args, env=env)
    assert again.exit_code == 0 and "1 narrated" in again.stderr
    assert len(list((tmp_path / "out" / "episodes").glob("*.mp3"))) == 1, "the replaced file is removed"

"""What a newcomer meets following the README: a first show at the default address, then one made public."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from narrator.cli import main

FERRY = "---\ntitle: Ferry\n---\n\nThe ferry runs again from Monday.\n"
PUBLIC = '[publish]\nbase_url = "https://podcast.harbortimes.net/"\n'
NOT_READY = ("podcast directories would refuse this show: the feed has no owner e-mail (itunes:email) "
             "(`narrator check` says how to fix each)")
LOCAL_NOTE = ("note: feed and page point at http://127.0.0.1:8000/, for `narrator serve` on this machine; to "
              "publish the show for podcast apps, `narrator check` says what to set (README: Publish, serve, "
              "remove)\n")


def _lines(text: str) -> list[str]:
    """Output lines without blank ones (the progress display may end with one)."""
    return [line for line in text.splitlines() if line.strip()]


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def _narrate(tmp_path: Path, *args: str) -> tuple[Result, Path]:
    article = tmp_path / "ferry.md"
    article.write_text(FERRY, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [*args, "narrate", str(article), "--voice", "espeak", "-o", str(out)])
    return result, out


GERMAN = "---\ntitle: Die Fähre fährt wieder\nlang: de\n---\n\nDie Hafenfähre fährt ab Montag wieder nach Plan.\n"


def test_the_mp3s_disclosure_is_in_the_articles_language(tmp_path: Path) -> None:
    from mutagen.id3 import ID3

    article = tmp_path / "faehre.md"
    article.write_text(GERMAN, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["narrate", str(article), "--voice", "espeak", "-o", str(out)])
    assert result.exit_code == 0, result.output
    comments = ID3(next((out / "episodes").glob("*.mp3"))).getall("COMM:disclosure:deu")
    assert [c.text for c in comments] == [
        ["Von einer synthetischen Stimme vorgelesen (narrator, espeak (espeak:en-us))."]]

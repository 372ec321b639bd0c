"""What a newcomer meets following the README: a first show at the default address, then one made public."""

from __future__ import annotations

import functools
import http.server
import logging
import re
import threading
from collections.abc import Iterator
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


def test_a_first_narrate_at_the_default_address_says_only_what_it_made(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    result, out = _narrate(tmp_path)
    assert result.exit_code == 0, result.output
    mp3 = next((out / "episodes").glob("*.mp3"))
    made, summary = _lines(result.stderr)
    assert re.fullmatch(re.escape(f"{tmp_path / 'ferry.md'} -> {mp3} (") + r"\d+ s\)", made), made
    assert summary == "1 narrated, 0 unchanged, 0 failed"
    assert _warnings(caplog) == []


def test_a_show_with_its_own_address_is_warned_about_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text(PUBLIC, encoding="utf-8")
    result, _out = _narrate(tmp_path, "--config", str(config))
    assert result.exit_code == 0, result.output
    assert _warnings(caplog) == [NOT_READY]


def test_publish_at_the_default_address_gives_one_note_and_check_still_refuses(tmp_path: Path) -> None:
    _narrated, out = _narrate(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["publish", "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == f"{out / 'cover.jpg'}\n{out / 'feed.xml'}\n{out / 'index.html'}\n"
    assert result.stderr == LOCAL_NOTE
    check = runner.invoke(main, ["check", "-o", str(out)])
    assert check.exit_code == 1
    assert check.stdout.splitlines()[0] == ("error: publish.base_url 'http://127.0.0.1:8000/' is not reachable "
                                            "from the internet")


def test_deploying_a_show_at_the_default_address_is_warned_about(tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    _narrated, out = _narrate(tmp_path)
    www = tmp_path / "www"
    result = CliRunner().invoke(main, ["publish", "-o", str(out), "--to", www.as_uri()])
    assert result.exit_code == 0, result.output
    assert LOCAL_NOTE not in result.stderr
    assert _warnings(caplog) == [
        "podcast directories would refuse this show: publish.base_url 'http://127.0.0.1:8000/' is not reachable "
        "from the internet; the feed has no owner e-mail (itunes:email) (`narrator check` says how to fix each)"]
    assert (www / "feed.xml").is_file()


def test_a_target_that_is_not_a_url_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    _narrated, out = _narrate(tmp_path)
    (out / "feed.xml").unlink()
    result = CliRunner().invoke(main, ["publish", "-o", str(out), "--to", str(tmp_path / "www")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"error: --to: setting publish.deploy_to='{tmp_path / 'www'}' is refused: cannot deploy to a plain path "
        '(set publish.deploy_to to "file:///var/www/show", "sftp://user@host[:port]/var/www/show" or '
        '"s3://bucket/prefix" ("" for nowhere))\n')
    assert not (out / "feed.xml").exists()


@pytest.mark.parametrize(("target", "wrong"), [
    ("file://var/www/show", "is refused: no folder named (file:// takes three slashes: file:///var/www/show)"),
    ("ftp://web.example.org/show", "is refused: cannot deploy to ftp"),
    ("sftp://web.example.org", "is refused: no host or folder named"),
    ("s3:///prefix", "is refused: no bucket named"),
])
def test_a_deploy_target_in_narrator_toml_is_checked_before_narrating(tmp_path: Path, target: str,
                                                                       wrong: str) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text(f'[publish]\ndeploy_to = "{target}"\n', encoding="utf-8")
    result, out = _narrate(tmp_path, "--config", str(config))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {config}: setting publish.deploy_to='{target}' {wrong} (set publish.deploy_to to "
        '"file:///var/www/show", "sftp://user@host[:port]/var/www/show" or "s3://bucket/prefix" ("" for nowhere))\n')
    assert not out.exists()


def test_audio_cover_in_narrator_toml_is_refused_with_publish_image(tmp_path: Path) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text('[audio]\ncover = "artwork.jpg"\n', encoding="utf-8")
    result, out = _narrate(tmp_path, "--config", str(config))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {config}: setting audio.cover is filled in by narrator, not set by hand (remove it: the artwork "
        "embedded in every MP3 is the show's, set as publish.image (a JPEG or PNG file))\n")
    assert not out.exists()


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


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Files from a folder, without a log line per request in the command's stderr."""

    def log_message(self, format: str, *args: object) -> None:
        """Say nothing."""


@pytest.fixture
def blog_feed(tmp_path: Path) -> Iterator[str]:
    """A blog's feed, with its article in it, served on 127.0.0.1."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "feed.xml").write_text(FEED, encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/feed.xml"
    finally:
        httpd.shutdown()
        httpd.server_close()


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbor Blog</title>
<link>http://127.0.0.1/</link><description>News</description>
<item><title>The ferry runs again</title><link>http://127.0.0.1/ferry.html</link><guid>ferry-1</guid>
<content:encoded><![CDATA[<p>The harbour ferry returns to service on Monday after three weeks of repairs.</p>]]>
</content:encoded></item></channel></rss>
"""


def test_an_update_with_nothing_new_says_so(blog_feed: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["follow", blog_feed, "-o", str(out)]).exit_code == 0
    first = runner.invoke(main, ["update", "--voice", "espeak", "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert _lines(first.stderr)[-1] == "1 narrated, 0 unchanged, 0 failed"
    second = runner.invoke(main, ["update", "--voice", "espeak", "-o", str(out)])
    assert second.exit_code == 0
    assert _lines(second.stderr) == ["nothing new in the feeds"]


def test_check_after_setting_a_public_address_asks_for_one_publish(tmp_path: Path) -> None:
    _narrated, out = _narrate(tmp_path)
    config = tmp_path / "narrator.toml"
    config.write_text(PUBLIC + 'title = "Harbor Times"\nauthor = "Harbor Times"\nemail = "pod@harbortimes.net"\n',
                      encoding="utf-8")
    runner = CliRunner()
    check = runner.invoke(main, ["--config", str(config), "check", "-o", str(out)])
    assert check.exit_code == 1
    assert check.stdout == (
        f"error: {out / 'feed.xml'} is older than the settings (publish.base_url, publish.email, publish.image)\n"
        "  fix: run `narrator publish` so that the feed says what narrator.toml says\n"
        "1 problem would stop a submission to podcast directories\n")
    assert runner.invoke(main, ["--config", str(config), "publish", "-o", str(out)]).exit_code == 0
    again = runner.invoke(main, ["--config", str(config), "check", "-o", str(out)])
    assert (again.exit_code, again.stdout) == (0, "ready to submit to Apple Podcasts, Spotify and Podcast Index\n")


def test_off_a_terminal_the_progress_display_leaves_no_blank_lines(tmp_path: Path) -> None:
    result, _out = _narrate(tmp_path)
    assert result.exit_code == 0, result.output
    assert "\n\n" not in result.stderr and not result.stderr.startswith("\n"), repr(result.stderr)


def test_narrating_a_folder_again_leaves_the_show_inside_it_alone(tmp_path: Path) -> None:
    (tmp_path / "ferry.md").write_text(FERRY, encoding="utf-8")
    out = tmp_path / "output"
    args = ["narrate", str(tmp_path), "--voice", "espeak", "-o", str(out)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert (out / "index.html").is_file()
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert _lines(again.stderr)[-1] == "0 narrated, 1 unchanged, 0 failed"

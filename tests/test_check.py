"""`narrator check`: the show against what Apple Podcasts, Spotify and Podcast Index require."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import main
from narrator.config import PublishSettings, Settings
from narrator.model import Chapter, Cue, Episode, Metadata
from narrator.pipeline import show
from narrator.publish import blocking, check, publish, readiness, record

READY = PublishSettings(title="The Harbor Times, read aloud", author="The Harbor Times",
                        description="Stories from the Harbor Times.", email="podcast@harbortimes.net",
                        base_url="https://podcast.harbortimes.net/", category="News > Daily News")


def _episode(output_dir: Path, name: str, guid: str) -> Episode:
    """An episode whose MP3 (arbitrary bytes: check never decodes it) is on disk."""
    mp3 = output_dir / "episodes" / f"{name}.mp3"
    mp3.parent.mkdir(parents=True, exist_ok=True)
    mp3.write_bytes(b"\xff\xfb" * 3000)
    return Episode(guid=guid, slug=name, meta=Metadata(title=name.title()), mp3=mp3, duration_s=12.0,
                   size_bytes=6000, chapters=(Chapter(name, 0.0),), cues=(Cue(0.0, 2.0, "Hello."),),
                   source_hash="s" * 64, voice="default")


def _show(output_dir: Path, settings: PublishSettings = READY) -> Path:
    record(_episode(output_dir, "low-tide", "urn:narrator:" + "1" * 32), settings, output_dir)
    publish(output_dir, settings)
    return output_dir


def _problems(settings: PublishSettings, output_dir: Path) -> str:
    return "\n".join(str(finding) for finding in blocking(check(settings, output_dir)))


def test_a_complete_show_is_ready(tmp_path: Path) -> None:
    _show(tmp_path)
    assert check(READY, tmp_path) == []


def test_the_default_settings_are_refused_with_what_to_fix(tmp_path: Path) -> None:
    settings = PublishSettings()
    _show(tmp_path, settings)
    problems = _problems(settings, tmp_path)
    assert "'http://127.0.0.1:8000/' is not reachable from the internet" in problems
    assert "no owner e-mail" in problems and "set publish.email" in problems
    warnings = [f.problem for f in check(settings, tmp_path) if not f.blocking]
    assert "publish.title is the default 'narrator'" in warnings


@pytest.mark.parametrize("base_url", [
    "http://localhost:8000/", "http://127.0.0.1/", "http://[::1]/", "http://192.168.1.20/pod/",
    "http://10.0.0.3/", "http://nas.local/", "http://myserver/", "https://podcast.example.org/",
    "ftp://podcast.harbortimes.net/", "podcast.harbortimes.net",
])
def test_a_base_url_directories_cannot_reach_blocks(tmp_path: Path, base_url: str) -> None:
    settings = PublishSettings(**{**READY.__dict__, "base_url": base_url})
    assert "publish.base_url" in _problems(settings, _show(tmp_path, settings))


def test_plain_http_on_a_public_host_is_only_a_warning(tmp_path: Path) -> None:
    settings = PublishSettings(**{**READY.__dict__, "base_url": "http://203.0.113.9.nip.io/"})
    findings = check(settings, _show(tmp_path, settings))
    assert [f.blocking for f in findings] == [False] and "https" in findings[0].fix


@pytest.mark.parametrize(("category", "ok"), [
    ("News", True), ("Technology", True), ("News > Tech News", True), ("Society & Culture > Philosophy", True),
    ("Newz", False), ("News > Cooking", False), ("News & Politics", False), ("", False),
])
def test_the_category_must_be_on_apples_list(tmp_path: Path, category: str, ok: bool) -> None:
    settings = PublishSettings(**{**READY.__dict__, "category": category})
    assert ("publish.category" not in _problems(settings, _show(tmp_path, settings))) is ok


def test_an_enclosure_of_the_wrong_length_or_gone_blocks(tmp_path: Path) -> None:
    _show(tmp_path)
    mp3 = tmp_path / "episodes" / "low-tide.mp3"
    with mp3.open("ab") as handle:
        handle.write(b"\0" * 10)
    assert "the feed says 6000 bytes, low-tide.mp3 has 6010" in _problems(READY, tmp_path)
    mp3.unlink()
    assert "low-tide.mp3 is missing" in _problems(READY, tmp_path)


def test_two_episodes_on_one_enclosure_block(tmp_path: Path) -> None:
    _show(tmp_path)
    record(_episode(tmp_path, "low-tide", "urn:narrator:" + "2" * 32), READY, tmp_path)
    publish(tmp_path, READY)
    assert "2 episodes share the enclosure https://podcast.harbortimes.net/episodes/low-tide.mp3" in _problems(
        READY, tmp_path)


def test_a_feed_over_the_size_limit_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _show(tmp_path)
    monkeypatch.setattr(readiness, "MAX_FEED_BYTES", 1000)
    assert "directories stop reading at 4 MB" in _problems(READY, tmp_path)


def test_bad_artwork_blocks(tmp_path: Path) -> None:
    _show(tmp_path)
    (tmp_path / "cover.jpg").write_bytes(b"GIF89a")
    assert "cover.jpg is not an image" in _problems(READY, tmp_path)
    (tmp_path / "cover.jpg").unlink()
    assert "cover.jpg is missing" in _problems(READY, tmp_path)


def test_the_check_command_prints_fixes_and_exits_1_when_refused(tmp_path: Path) -> None:
    _show(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--output", str(tmp_path)])
    assert result.exit_code == 1
    assert "error: publish.base_url 'http://127.0.0.1:8000/' is not reachable" in result.stdout
    assert "  fix: set publish.email" in result.stdout
    config = tmp_path / "narrator.toml"
    config.write_text("\n".join(["[publish]", 'title = "The Harbor Times, read aloud"',
                                 'author = "The Harbor Times"', 'email = "podcast@harbortimes.net"',
                                 'base_url = "https://podcast.harbortimes.net/"']), encoding="utf-8")
    result = runner.invoke(main, ["--config", str(config), "publish", "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["--config", str(config), "check", "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "ready to submit to Apple Podcasts, Spotify and Podcast Index"


def test_publish_warns_once_and_still_publishes(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    public = PublishSettings(base_url="https://podcast.harbortimes.net/")
    _show(tmp_path, public)
    (tmp_path / "feed.xml").unlink()
    with caplog.at_level(logging.WARNING):
        written = show.republish(Settings(output_dir=tmp_path, publish=public))
    assert tmp_path / "feed.xml" in written
    warnings = [r.getMessage() for r in caplog.records if "directories would refuse" in r.getMessage()]
    assert len(warnings) == 1
    assert "owner e-mail" in warnings[0]


def test_a_show_left_at_the_default_address_is_not_warned_about(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    _show(tmp_path, PublishSettings())
    with caplog.at_level(logging.WARNING):
        show.republish(Settings(output_dir=tmp_path))
    assert [r.getMessage() for r in caplog.records] == []
    deployed = Settings(output_dir=tmp_path, publish=PublishSettings(deploy_to=(tmp_path / "www").as_uri()))
    show.republish(deployed)
    assert "publish.base_url" in caplog.records[0].getMessage()


def test_a_feed_older_than_the_settings_blocks_until_published_again(tmp_path: Path) -> None:
    _show(tmp_path)
    moved = PublishSettings(**{**READY.__dict__, "email": "editor@harbortimes.net", "category": "Technology"})
    assert "feed.xml is older than the settings (publish.email, publish.category)" in _problems(moved, tmp_path)
    publish(tmp_path, moved)
    assert check(moved, tmp_path) == []

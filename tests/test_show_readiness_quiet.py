"""The readiness check after a narration: skipped when its findings would go nowhere (a show for this machine, logged
at info, with info not shown), made whenever something would be said."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from narrator.config import PublishSettings, Settings
from narrator.pipeline import show
from narrator.publish import Finding


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The output folders checked, each check finding the show without an owner e-mail."""
    folders: list[Path] = []

    def check(settings: Settings) -> list[Finding]:
        folders.append(settings.output_dir)
        return [Finding(True, "the feed has no owner e-mail (itunes:email)", "set publish.email")]

    monkeypatch.setattr(show, "check", check)
    return folders


def test_a_show_for_this_machine_is_not_checked_when_nothing_would_be_said(
        tmp_path: Path, checked: list[Path], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="narrator"):
        show.warn_if_not_ready(Settings(output_dir=tmp_path))
    assert checked == [] and caplog.records == []


def test_a_show_for_this_machine_is_checked_and_told_at_info(
        tmp_path: Path, checked: list[Path], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="narrator"):
        show.warn_if_not_ready(Settings(output_dir=tmp_path))
    assert checked == [tmp_path]
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("INFO", "podcast directories would refuse this show: the feed has no owner e-mail (itunes:email)")]


def test_a_public_show_is_always_checked_and_warned_about(
        tmp_path: Path, checked: list[Path], caplog: pytest.LogCaptureFixture) -> None:
    public = Settings(output_dir=tmp_path, publish=PublishSettings(base_url="https://news.millbrook.example/"))
    with caplog.at_level(logging.ERROR, logger="narrator"):
        show.warn_if_not_ready(public)
    assert checked == [tmp_path]

"""Covers kept in the user's cache: a new output folder gets the cover made before from the same source."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from narrator.config import PublishSettings
from narrator.publish import artwork
from narrator.publish.artwork import write_cover


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was made (a title or an image's name), with the user's cache in tmp_path/cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    calls: list[str] = []
    real_generate, real_convert = artwork.generate.__wrapped__, artwork.convert
    monkeypatch.setattr(artwork, "generate", lambda title: calls.append(title) or real_generate(title))
    monkeypatch.setattr(artwork, "convert", lambda path: calls.append(path.name) or real_convert(path))
    return calls


def test_a_new_output_folder_gets_the_cover_made_before_for_the_same_title(tmp_path: Path, made: list[str]) -> None:
    first = write_cover(PublishSettings(title="Millbrook Parish News"), tmp_path / "one")
    second = write_cover(PublishSettings(title="Millbrook Parish News"), tmp_path / "two")
    assert first is not None and second is not None
    assert made == ["Millbrook Parish News"]
    assert first.read_bytes() == second.read_bytes()
    assert (tmp_path / "two" / artwork.MADE_FROM_NAME).is_file(), "the folder knows what its cover was made from"
    write_cover(PublishSettings(title="Millbrook Parish News, weekly"), tmp_path / "three")
    assert made == ["Millbrook Parish News", "Millbrook Parish News, weekly"]


def test_a_users_image_is_converted_again_once_it_changes(tmp_path: Path, made: list[str]) -> None:
    image = tmp_path / "logo.png"
    Image.new("RGB", (1500, 1500), (20, 40, 200)).save(image)
    write_cover(PublishSettings(image=str(image)), tmp_path / "one")
    write_cover(PublishSettings(image=str(image)), tmp_path / "two")
    assert made == ["logo.png"]
    Image.new("RGB", (1500, 1500), (200, 40, 20)).save(image)
    os.utime(image, ns=(image.stat().st_atime_ns, image.stat().st_mtime_ns + 10**9))
    cover = write_cover(PublishSettings(image=str(image)), tmp_path / "three")
    assert made == ["logo.png", "logo.png"]
    assert cover is not None
    with Image.open(cover) as written:
        assert written.getpixel((1500, 1500))[0] > 150


def test_a_cache_that_cannot_be_written_still_gives_the_cover(tmp_path: Path, made: list[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    cover = write_cover(PublishSettings(title="Millbrook Parish News"), tmp_path / "out")
    assert cover is not None and cover.read_bytes()[:2] == b"\xff\xd8"
    write_cover(PublishSettings(title="Millbrook Parish News"), tmp_path / "again")
    assert made == ["Millbrook Parish News"] * 2


@pytest.mark.parametrize("damage", ["empty", "cut short", "not a JPEG"])
def test_a_broken_cached_cover_is_not_used(tmp_path: Path, made: list[str], damage: str) -> None:
    write_cover(PublishSettings(title="Millbrook Parish News"), tmp_path / "one")
    for cached in artwork.made_dir().glob("*.jpg"):
        whole = cached.read_bytes()
        broken = {"empty": b"", "cut short": whole[: len(whole) // 2], "not a JPEG": b"<html>" + whole}
        cached.write_bytes(broken[damage])
    cover = write_cover(PublishSettings(title="Millbrook Parish News"), tmp_path / "two")
    assert made == ["Millbrook Parish News"] * 2
    assert cover is not None and cover.read_bytes()[:2] == b"\xff\xd8"

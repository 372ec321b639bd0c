"""The show's cover: made from the title, or the user's image converted; named in the feed, served locally."""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

import feedparser
import podcastparser
import pytest
from PIL import Image, ImageStat

from narrator.config import PublishSettings
from narrator.errors import ConfigError
from narrator.publish import artwork, publish
from narrator.publish.artwork import write_cover

SETTINGS = PublishSettings(title="The Harbor Times, read aloud", author="The Harbor Times",
                           email="podcast@harbortimes.net", base_url="https://podcast.harbortimes.net/shows/")


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _meets_directory_rules(data: bytes) -> None:
    image = _image(data)
    assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (3000, 3000))
    assert len(data) <= 512 * 1024
    assert "progressive" not in image.info, "some directories refuse progressive JPEG"


@pytest.mark.parametrize("title", ["The Harbor Times, read aloud", "narrator", "Ü" * 3,
                                   "A title so long that it cannot possibly be set large on one cover " * 4])
def test_a_generated_cover_meets_the_directory_rules(title: str) -> None:
    _meets_directory_rules(artwork.generate(title))


def test_the_title_is_set_large_in_white() -> None:
    image = _image(artwork.generate("Harbor Times")).convert("L")
    white = image.point(lambda value: 255 if value > 235 else 0)
    left, top, right, bottom = white.getbbox() or (0, 0, 0, 0)
    assert right - left > 1500, "the title should span at least half the cover's width"
    assert bottom - top > 200


def test_colours_come_from_the_title() -> None:
    def mean(title: str) -> tuple[float, ...]:
        return tuple(ImageStat.Stat(_image(artwork.generate(title)).resize((50, 50))).mean)

    assert artwork.generate("Harbor Times") == artwork.generate("Harbor Times")
    colours = {tuple(round(channel) for channel in mean(title)) for title in ("Harbor Times", "Rail Freight",
                                                                           "City Council")}
    assert len(colours) == 3


def test_a_users_png_with_alpha_becomes_a_square_rgb_jpeg(tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    image = Image.new("RGBA", (2000, 1400), (0, 0, 0, 0))
    image.paste((200, 30, 30, 255), (600, 200, 1400, 1200))
    image.save(source)
    data = artwork.convert(source)
    _meets_directory_rules(data)
    converted = _image(data)
    assert converted.getpixel((40, 40)) == (255, 255, 255), "transparent parts become white, not black"
    red, green, blue = converted.getpixel((1500, 1500))
    assert red > 180 and green < 60 and blue < 60, "the centre of a wide image is kept"


def test_a_small_cmyk_image_is_converted_and_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source = tmp_path / "small.jpg"
    Image.new("CMYK", (800, 800), (0, 80, 80, 0)).save(source)
    with caplog.at_level(logging.WARNING):
        data = artwork.convert(source)
    _meets_directory_rules(data)
    assert "at least 1400 px" in caplog.text and "small.jpg" in caplog.text


@pytest.mark.parametrize("content", [None, b"not an image at all"])
def test_a_missing_or_broken_image_is_a_config_error_naming_it(tmp_path: Path, content: bytes | None) -> None:
    source = tmp_path / "cover.png"
    if content is not None:
        source.write_bytes(content)
    with pytest.raises(ConfigError, match=r"cover\.png") as caught:
        artwork.convert(source)
    assert caught.value.exit_code == 2


def test_publish_writes_the_cover_and_the_feed_names_it(tmp_path: Path) -> None:
    written = publish(tmp_path, SETTINGS)
    assert tmp_path / "cover.jpg" in written
    _meets_directory_rules((tmp_path / "cover.jpg").read_bytes())
    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    url = "https://podcast.harbortimes.net/shows/cover.jpg"
    assert parsed.feed.image.href == url
    with open(tmp_path / "feed.xml", "rb") as handle:
        assert podcastparser.parse("https://podcast.harbortimes.net/shows/feed.xml", handle)["cover_url"] == url
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'src="cover.jpg"' in page


def test_an_unchanged_cover_is_not_rewritten(tmp_path: Path) -> None:
    publish(tmp_path, SETTINGS)
    before = (tmp_path / "cover.jpg").stat().st_mtime_ns
    publish(tmp_path, SETTINGS)
    assert (tmp_path / "cover.jpg").stat().st_mtime_ns == before, "a deploy would send it again"


def test_a_cover_is_made_again_only_when_what_it_is_made_from_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # covers made by other tests are not there
    made: list[str] = []
    real_generate, real_convert = artwork.generate.__wrapped__, artwork.convert
    monkeypatch.setattr(artwork, "generate", lambda title: made.append(title) or real_generate(title))
    monkeypatch.setattr(artwork, "convert", lambda path: made.append(path.name) or real_convert(path))
    write_cover(PublishSettings(title="Harbor Times"), tmp_path)
    write_cover(PublishSettings(title="Harbor Times"), tmp_path)
    assert made == ["Harbor Times"]
    write_cover(PublishSettings(title="Harbor Times Weekly"), tmp_path)
    assert made[-1] == "Harbor Times Weekly"
    (tmp_path / "cover.jpg").unlink()
    write_cover(PublishSettings(title="Harbor Times Weekly"), tmp_path)
    # Written again, from the cover kept in the user's cache: not made again (see test_artwork_cache.py).
    assert made.count("Harbor Times Weekly") == 1 and (tmp_path / "cover.jpg").is_file()
    image = tmp_path / "mine.png"
    Image.new("RGB", (1600, 1600), (10, 200, 10)).save(image)
    write_cover(PublishSettings(image=str(image)), tmp_path)
    write_cover(PublishSettings(image=str(image)), tmp_path)
    assert made[-1] == "mine.png" and made.count("mine.png") == 1
    Image.new("RGB", (1600, 1600), (200, 10, 10)).save(image)
    os.utime(image, ns=(image.stat().st_atime_ns, image.stat().st_mtime_ns + 10**9))
    write_cover(PublishSettings(image=str(image)), tmp_path)
    assert made.count("mine.png") == 2
    assert _image((tmp_path / "cover.jpg").read_bytes()).getpixel((1500, 1500))[0] > 180


def test_a_users_image_replaces_the_generated_one(tmp_path: Path) -> None:
    source = tmp_path / "mine.png"
    Image.new("RGB", (1600, 1600), (10, 200, 10)).save(source)
    publish(tmp_path / "out", PublishSettings(image=str(source)))
    cover = _image((tmp_path / "out" / "cover.jpg").read_bytes())
    assert cover.getpixel((1500, 1500))[1] > 180


def test_the_face_has_every_letter_of_the_title_or_says_so(caplog: pytest.LogCaptureFixture) -> None:
    from PIL import ImageFont

    try:
        dejavu = ImageFont.truetype("DejaVuSans-Bold.ttf", 40)
    except OSError:
        pytest.skip("fonts-dejavu-core is not installed")
    assert artwork._covers(dejavu, "Über Жизнь, café")
    assert not artwork._covers(dejavu, "港口时报")
    assert artwork.face_for("Über Жизнь") == "DejaVuSans-Bold.ttf"
    with caplog.at_level(logging.WARNING):
        face = artwork.face_for("港口时报")
    if face is not None and artwork._covers(ImageFont.truetype(face, 40), "港口时报"):
        assert "boxes" not in caplog.text  # a CJK face is installed here and was found
    else:
        assert "no installed font has every letter of the title '港口时报'" in caplog.text

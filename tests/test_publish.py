"""The publish stage: catalog upserts, the feed as podcast apps parse it, the site, and the server."""

from __future__ import annotations

import http.client
import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import feedparser
import podcastparser
import pytest
from lxml import etree, html

from narrator import publish
from narrator.config import PublishSettings
from narrator.errors import PublishError
from narrator.model import Chapter, Cue, Episode, Metadata
from narrator.publish.catalog import SCHEMA_VERSION, catalog_path
from narrator.publish.server import make_server

SIDECARS = (".vtt", ".srt", ".json", ".chapters.json")
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"


def make_episode(output_dir: Path, title: str = "Fish & <Chips>", *, file_hash: str = "0123456789",
                 guid: str = "urn:narrator:" + "a" * 32, published: str | None = "2024-05-01",
                 size: int = 4096) -> Episode:
    """An episode whose MP3 (arbitrary bytes: publish never decodes it) and sidecars exist on disk."""
    episodes_dir = output_dir / "episodes"
    episodes_dir.mkdir(parents=True, exist_ok=True)
    mp3 = episodes_dir / f"fish-chips-{file_hash}.mp3"
    mp3.write_bytes(bytes(range(256)) * (size // 256))
    for suffix in SIDECARS:
        (episodes_dir / f"fish-chips-{file_hash}{suffix}").write_text("{}", encoding="utf-8")
    meta = Metadata(title=title, authors=("Ada Lovelace",), published=published,
                    url="https://example.org/fish?a=1&b=2", description=None)
    return Episode(
        guid=guid, slug="fish-chips", meta=meta, mp3=mp3, duration_s=3725.4, size_bytes=size,
        chapters=(Chapter("Start", 0.0), Chapter("Middle <b>", 12.5)),
        cues=(Cue(0.0, 2.0, "First & foremost."), Cue(2.5, 4.0, "<script>alert(1)</script>")),
        source_hash="s" * 64, voice="default",
    )


SETTINGS = PublishSettings(title="Reading Room", author="The Desk", email="desk@example.org",
                           base_url="http://127.0.0.1:8000/pod", category="News > Tech News",
                           image="https://example.org/cover.png")


@pytest.fixture
def settings() -> PublishSettings:
    return SETTINGS


def test_record_then_find_returns_hash_and_voice(tmp_path: Path, settings: PublishSettings) -> None:
    episode = make_episode(tmp_path)
    assert publish.find(tmp_path, episode.guid) is None
    publish.record(episode, settings, tmp_path)
    found = publish.find(tmp_path, episode.guid)
    assert found is not None
    assert (found.source_hash, found.voice, found.file) == ("s" * 64, "default", episode.mp3.name)
    assert found.chapters == episode.chapters and found.cues == episode.cues
    assert publish.find_by_source(tmp_path, "s" * 64) == [found]
    with sqlite3.connect(catalog_path(tmp_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_rerender_keeps_guid_changes_file_deletes_old(tmp_path: Path, settings: PublishSettings) -> None:
    old = make_episode(tmp_path, file_hash="0000000000")
    publish.record(old, settings, tmp_path)
    first = publish.find(tmp_path, old.guid)
    new = make_episode(tmp_path, file_hash="1111111111", size=8192)
    publish.record(new, settings, tmp_path)
    record = publish.find(tmp_path, old.guid)
    assert record is not None and first is not None
    assert (record.file, record.size_bytes) == (new.mp3.name, 8192)
    assert record.added_at == first.added_at
    assert len(publish.episodes(tmp_path)) == 1
    assert sorted(p.name for p in (tmp_path / "episodes").iterdir()) == sorted(
        "fish-chips-1111111111" + s for s in (".mp3", *SIDECARS))


def test_a_file_shared_by_two_articles_is_kept(tmp_path: Path, settings: PublishSettings) -> None:
    one = make_episode(tmp_path, guid="urn:narrator:" + "1" * 32)
    two = make_episode(tmp_path, guid="urn:narrator:" + "2" * 32)
    publish.record(one, settings, tmp_path)
    publish.record(two, settings, tmp_path)
    publish.record(make_episode(tmp_path, guid=one.guid, file_hash="9999999999"), settings, tmp_path)
    assert two.mp3.exists()


def test_episodes_are_listed_newest_first(tmp_path: Path, settings: PublishSettings) -> None:
    for n, date in enumerate(["2023-01-01", "2025-06-30", "2024-02-29"]):
        publish.record(make_episode(tmp_path, f"T{n}", guid=f"urn:narrator:{n}", published=date,
                                    file_hash=f"{n}" * 10), settings, tmp_path)
    assert [e.title for e in publish.episodes(tmp_path)] == ["T1", "T2", "T0"]


def test_an_episode_outside_the_output_folder_is_refused(tmp_path: Path, settings: PublishSettings) -> None:
    episode = make_episode(tmp_path / "elsewhere")
    with pytest.raises(PublishError, match="not in"):
        publish.record(episode, settings, tmp_path / "output")


def test_a_catalog_from_a_newer_narrator_is_refused(tmp_path: Path, settings: PublishSettings) -> None:
    with sqlite3.connect(catalog_path(tmp_path)) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(PublishError, match="upgrade narrator"):
        publish.record(make_episode(tmp_path), settings, tmp_path)


@pytest.fixture
def published(tmp_path: Path, settings: PublishSettings) -> tuple[Path, Episode]:
    episode = make_episode(tmp_path)
    publish.record(episode, settings, tmp_path)
    assert publish.publish(tmp_path, settings) == [tmp_path / "feed.xml", tmp_path / "index.html"]
    return tmp_path, episode


def test_feed_parses_in_feedparser(published: tuple[Path, Episode]) -> None:
    output, episode = published
    feed = feedparser.parse((output / "feed.xml").read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    entry = feed.entries[0]
    assert entry.title == "Fish & <Chips>"
    assert entry.id == episode.guid and entry.guidislink is False
    assert entry.enclosures[0].href == "http://127.0.0.1:8000/pod/episodes/fish-chips-0123456789.mp3"
    assert int(entry.enclosures[0].length) == episode.mp3.stat().st_size
    assert entry.itunes_duration == "1:02:05"
    assert entry.published == "Wed, 01 May 2024 00:00:00 +0000"


def test_feed_parses_in_podcastparser(published: tuple[Path, Episode]) -> None:
    output, episode = published
    with open(output / "feed.xml", "rb") as handle:
        parsed = podcastparser.parse("http://127.0.0.1:8000/pod/feed.xml", handle)
    assert parsed["title"] == "Reading Room"
    assert parsed["cover_url"] == "https://example.org/cover.png"
    [item] = parsed["episodes"]
    assert (item["guid"], item["total_time"], item["published"]) == (episode.guid, 3725, 1714521600)
    assert item["enclosures"][0]["file_size"] == 4096
    assert item["enclosures"][0]["mime_type"] == "audio/mpeg"


def test_feed_has_itunes_and_podcasting_2_tags(published: tuple[Path, Episode]) -> None:
    output, _ = published
    channel = etree.parse(str(output / "feed.xml")).getroot().find("channel")
    assert channel is not None
    atom = channel.find("{http://www.w3.org/2005/Atom}link")
    assert atom is not None and atom.get("rel") == "self"
    assert atom.get("href") == "http://127.0.0.1:8000/pod/feed.xml"
    category = channel.find(f"{ITUNES}category")
    assert category is not None and category.get("text") == "News"
    assert category[0].get("text") == "Tech News"
    assert channel.findtext(f"{ITUNES}explicit") == "false"
    assert channel.findtext(f"{PODCAST}locked") == "no"
    assert channel.findtext(f"{ITUNES}owner/{ITUNES}email") == "desk@example.org"
    item = channel.find("item")
    assert item is not None
    types = {t.get("type"): t.get("url") for t in item.findall(f"{PODCAST}transcript")}
    assert types["text/vtt"] == "http://127.0.0.1:8000/pod/episodes/fish-chips-0123456789.vtt"
    assert set(types) == {"text/vtt", "application/x-subrip", "application/json"}
    chapters = item.find(f"{PODCAST}chapters")
    assert chapters is not None and chapters.get("url", "").endswith("fish-chips-0123456789.chapters.json")
    assert item.findtext(f"{ITUNES}author") == "Ada Lovelace"
    description = item.findtext("description") or ""
    assert description.startswith("First & foremost. <script>alert(1)</script>")
    assert "synthetic voice" in description, "AI narration must be disclosed in the metadata"


def test_a_failed_write_leaves_the_old_feed_intact(published: tuple[Path, Episode], settings: PublishSettings,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    output, _ = published
    before = (output / "feed.xml").read_bytes()
    publish.record(make_episode(output, "Another", guid="urn:narrator:other", file_hash="2222222222"),
                   settings, output)

    def half_then_fail(self: Path, data: bytes) -> int:
        with open(self, "wb") as handle:
            handle.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half_then_fail)
    with pytest.raises(PublishError, match="No space left"):
        publish.publish(output, settings)
    assert (output / "feed.xml").read_bytes() == before
    assert not [p for p in output.iterdir() if p.name.endswith(".part")]


def test_an_empty_catalog_publishes_an_empty_valid_feed(tmp_path: Path, settings: PublishSettings) -> None:
    publish.publish(tmp_path, settings)
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert (feed.bozo, len(feed.entries), feed.feed.title) == (0, 0, "Reading Room")
    assert "No episodes yet." in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_an_episode_whose_mp3_is_gone_is_left_out(published: tuple[Path, Episode], settings: PublishSettings) -> None:
    output, episode = published
    episode.mp3.unlink()
    publish.publish(output, settings)
    assert feedparser.parse((output / "feed.xml").read_bytes()).entries == []


def test_site_has_players_transcripts_and_no_external_assets(published: tuple[Path, Episode]) -> None:
    output, episode = published
    page = html.parse(str(output / "index.html")).getroot()
    [audio] = page.findall(".//audio")
    assert audio.get("src") == "episodes/" + episode.mp3.name
    assert page.xpath("//a[@href='feed.xml']")
    transcript = page.xpath("//details[summary='Transcript']")[0]
    assert "<script>alert(1)</script>" in transcript.text_content()
    assert len(page.findall(".//script")) == 1 and page.find(".//script").get("src") is None
    assert "Middle <b>" in page.xpath("//details[summary='Chapters']")[0].text_content()
    assert not page.xpath("//link[@rel='stylesheet'] | //img | //*[@src][starts-with(@src, 'http')]")
    assert "Fish &amp; &lt;Chips&gt;" in (output / "index.html").read_text(encoding="utf-8")
    assert page.xpath("//h2/a/@href") == ["https://example.org/fish?a=1&b=2"]


def test_site_links_only_web_urls(tmp_path: Path, settings: PublishSettings) -> None:
    episode = make_episode(tmp_path)
    publish.record(replace(episode, meta=replace(episode.meta, url="javascript:alert(1)")), settings, tmp_path)
    publish.publish(tmp_path, settings)
    assert "javascript:" not in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "javascript:" not in (tmp_path / "feed.xml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, Episode]]:
    """An output folder served on a free port, with the feed pointing at it."""
    output = tmp_path_factory.mktemp("served")
    episode = make_episode(output)
    publish.record(episode, SETTINGS, output)
    (output / ".cache").mkdir()
    (output / ".cache" / "x.wav").write_bytes(b"private")
    httpd = make_server(output, "127.0.0.1", 0)
    port = int(httpd.server_address[1])
    publish.publish(output, replace(SETTINGS, base_url=f"http://127.0.0.1:{port}/"))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield "127.0.0.1", port, episode
    httpd.shutdown()
    httpd.server_close()


def fetch(address: tuple[str, int], path: str, method: str = "GET",
          headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(*address, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize(("path", "content_type"), [
    ("/feed.xml", "application/rss+xml"),
    ("/", "text/html; charset=utf-8"),
    ("/episodes/fish-chips-0123456789.mp3", "audio/mpeg"),
    ("/episodes/fish-chips-0123456789.vtt", "text/vtt; charset=utf-8"),
    ("/episodes/fish-chips-0123456789.json", "application/json"),
    ("/episodes/fish-chips-0123456789.chapters.json", "application/json"),
])
def test_server_content_types(server: tuple[str, int, Episode], path: str, content_type: str) -> None:
    status, headers, _ = fetch(server[:2], path)
    assert (status, headers["content-type"]) == (200, content_type)
    assert headers["accept-ranges"] == "bytes"


def test_server_answers_range_requests(server: tuple[str, int, Episode]) -> None:
    address, episode = server[:2], server[2]
    data = episode.mp3.read_bytes()
    path = "/episodes/" + episode.mp3.name
    status, headers, body = fetch(address, path, headers={"Range": "bytes=10-19"})
    assert (status, body, headers["content-range"]) == (206, data[10:20], f"bytes 10-19/{len(data)}")
    assert headers["content-type"] == "audio/mpeg"
    assert fetch(address, path, headers={"Range": "bytes=-5"})[2] == data[-5:]
    assert fetch(address, path, headers={"Range": "bytes=4000-"})[2] == data[4000:]
    status, headers, _ = fetch(address, path, headers={"Range": "bytes=99999-"})
    assert (status, headers["content-range"]) == (416, f"bytes */{len(data)}")
    status, headers, body = fetch(address, path, "HEAD", {"Range": "bytes=0-99"})
    assert (status, headers["content-length"], body) == (206, "100", b"")
    assert fetch(address, path, headers={"Range": "bytes=0-1,5-6"})[:1] == (200,)


@pytest.mark.parametrize("path", ["/catalog.sqlite", "/.cache/x.wav", "/%2Ecache/x.wav", "/catalog%2Esqlite",
                                  "/episodes/", "/episodes/missing.mp3"])
def test_server_keeps_private_files_and_listings_out(server: tuple[str, int, Episode], path: str) -> None:
    assert fetch(server[:2], path)[0] == 404


@pytest.mark.skipif(shutil.which("gpo") is None,
                    reason="gpo (gPodder's command line client) is not installed: apt-get install gpodder")
def test_gpodder_subscribes_and_downloads(server: tuple[str, int, Episode], tmp_path: Path) -> None:
    host, port, episode = server
    home = tmp_path / "gpodder"
    env = {**os.environ, "GPODDER_HOME": str(home), "GPODDER_DOWNLOAD_DIR": str(home / "downloads")}
    for command in (["subscribe", f"http://{host}:{port}/feed.xml"], ["update"], ["download"]):
        done = subprocess.run(["gpo", *command], env=env, capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
    downloads = list((home / "downloads").rglob("*.mp3"))
    assert [p.read_bytes() for p in downloads] == [episode.mp3.read_bytes()]

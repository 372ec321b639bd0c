"""RSS 2.0 with iTunes and Podcasting 2.0 tags, built with lxml and written atomically."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from narrator.config import PublishSettings, primary_language
from narrator.disclosure import written
from narrator.files import write_bytes
from narrator.publish.artwork import COVER_NAME, is_remote
from narrator.publish.catalog import EPISODES_DIR, EpisodeRecord

if TYPE_CHECKING:
    from lxml import etree

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
_NSMAP = {"itunes": ITUNES, "podcast": PODCAST, "atom": ATOM}
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
"""Podcasting 2.0: podcast:guid is uuid5 of the feed URL (scheme and trailing slashes removed)."""
TRANSCRIPTS = ((".vtt", "text/vtt", True), (".srt", "application/x-subrip", True), (".json", "application/json", False))
"""Suffix, type, and whether the file is timed captions (rel="captions")."""
FEED_NAME = "feed.xml"
DESCRIPTION_CHARS = 600


def base(settings: PublishSettings) -> str:
    """The base URL with exactly one trailing slash."""
    return settings.base_url.rstrip("/") + "/"


def episode_url(settings: PublishSettings, name: str) -> str:
    """Public URL of a file in episodes/."""
    return f"{base(settings)}{EPISODES_DIR}/{quote(name)}"


def artwork_url(settings: PublishSettings) -> str:
    """Where the show's artwork is served: publish.image when it is a URL, else cover.jpg beside the feed."""
    return settings.image if is_remote(settings.image) else base(settings) + COVER_NAME


def web_url(url: str | None) -> str | None:
    """The URL if it is http(s): article metadata comes from scraped pages (no javascript: links)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def podcast_guid(feed_url: str) -> str:
    """The show's podcast:guid as the Podcasting 2.0 namespace defines it."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


# An article dated by its month alone ("2026-07": the cleaner gives no day a page does not give).
_MONTH_ONLY = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")  # a month that is none ("2026-13") is no date


def publication_date(record: EpisodeRecord) -> datetime:
    """The article's date if it parses (midnight UTC for a bare date), else when it was first recorded."""
    if record.published and (month := _MONTH_ONLY.fullmatch(record.published)):
        return _in_month(int(month.group(1)), int(month.group(2)), record.added_at)
    for text in (record.published, record.added_at):
        if not text:
            continue
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.now(UTC)


def _in_month(year: int, month: int, added_at: str) -> datetime:
    """A moment in an article's month for its pubDate, which must name a day: when it was recorded, if in that
    month, else the month's first midnight (UTC), its start, not a day of the month made up."""
    start = datetime(year, month, 1, tzinfo=UTC)
    try:
        recorded = datetime.fromisoformat(added_at.replace("Z", "+00:00"))
    except ValueError:
        return start
    recorded = recorded if recorded.tzinfo else recorded.replace(tzinfo=UTC)
    return recorded if (recorded.year, recorded.month) == (year, month) else start


def shown_date(record: EpisodeRecord) -> str:
    """The episode's date as a page shows it: YYYY-MM-DD, or YYYY-MM for an article dated by its month alone."""
    if record.published and _MONTH_ONLY.fullmatch(record.published):
        return record.published
    return publication_date(record).date().isoformat()


def last_change(records: list[EpisodeRecord]) -> datetime:
    """When an episode was last recorded: the feed's lastBuildDate."""
    # Not the time of writing: an unchanged show then gives the same feed bytes and a cron run's deploy sends nothing.
    for text in sorted((r.updated_at for r in records), reverse=True)[:1]:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            break
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.now(UTC)


def clock(seconds: float) -> str:
    """H:MM:SS for itunes:duration and the site."""
    total = round(seconds)
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def show_language(records: list[EpisodeRecord], settings: PublishSettings) -> str:
    """The show's one language (RSS 2.0 has one per channel): publish.language, or for auto the one most episodes
    are in (a tie goes to the newest episode's), "en" for a show without any.

    Apple and Podcast Index list a show under this language; each episode's own stays on its transcripts.
    """
    if settings.language != "auto":
        return settings.language
    return _most_common([r.language for r in records], primary_language) or "en"


def _most_common(tags: list[str], key: Callable[[str], str]) -> str | None:
    """The most common tag by its language (key), then the most common way it is written ("en-gb" of three "en-gb" and
    an "en-us": the feed does not change with the region of each new episode); ties go to the first (the newest)."""
    by_language = Counter(key(tag) for tag in tags)
    most = max(by_language.values(), default=0)
    language = next((key(tag) for tag in tags if by_language[key(tag)] == most), None)
    if language is None:
        return None
    written = Counter(tag for tag in tags if key(tag) == language)
    most = max(written.values())
    return next(tag for tag in tags if written[tag] == most)


def description(record: EpisodeRecord) -> str:
    """The article's description, else the opening of its transcript, on one line (a source's line breaks
    are where its editor wrapped, not paragraphs)."""
    text = " ".join((record.description or " ".join(cue.text for cue in record.cues)).split())
    if len(text) > DESCRIPTION_CHARS:
        text = text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0] + "…"
    return text


def disclosure(record: EpisodeRecord) -> str:
    """The synthetic-voice disclosure in the episode's language, naming the voice used."""
    return written(record.language, record.voice)


def summary(record: EpisodeRecord) -> str:
    """The description and the disclosure, as two paragraphs of plain text."""
    text = description(record)
    return f"{text}\n\n{disclosure(record)}" if text else disclosure(record)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    from lxml import etree  # see build_feed

    element = etree.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _channel(rss: etree._Element, settings: PublishSettings, built: datetime, language: str) -> etree._Element:
    """The show: title, links, iTunes and Podcasting 2.0 channel tags."""
    from email.utils import format_datetime  # 4 ms to import at every start; see build_feed

    feed_url = base(settings) + FEED_NAME
    channel = _sub(rss, "channel")
    _sub(channel, "title", settings.title)
    _sub(channel, "link", base(settings))
    _sub(channel, "description", settings.description)
    _sub(channel, "language", language)
    _sub(channel, "generator", "narrator")
    _sub(channel, "lastBuildDate", format_datetime(built))
    _sub(channel, f"{{{ATOM}}}link", href=feed_url, rel="self", type="application/rss+xml")
    _sub(channel, f"{{{ITUNES}}}author", settings.author)
    _sub(channel, f"{{{ITUNES}}}summary", settings.description)
    _sub(channel, f"{{{ITUNES}}}type", "episodic")
    _sub(channel, f"{{{ITUNES}}}explicit", "true" if settings.explicit else "false")
    _sub(channel, f"{{{ITUNES}}}image", href=artwork_url(settings))
    image = _sub(channel, "image")
    for tag, text in (("url", artwork_url(settings)), ("title", settings.title), ("link", base(settings))):
        _sub(image, tag, text)
    owner = _sub(channel, f"{{{ITUNES}}}owner")
    _sub(owner, f"{{{ITUNES}}}name", settings.author)
    if settings.email:
        _sub(owner, f"{{{ITUNES}}}email", settings.email)
    _category(channel, settings.category)
    _sub(channel, f"{{{PODCAST}}}locked", "no")
    _sub(channel, f"{{{PODCAST}}}guid", podcast_guid(feed_url))
    return channel


def _category(channel: etree._Element, category: str) -> None:
    """itunes:category, with a nested subcategory for "Parent > Child"."""
    from lxml import etree  # see build_feed

    parent = channel
    for name in [name.strip() for name in category.split(">") if name.strip()][:2]:
        parent = etree.SubElement(parent, f"{{{ITUNES}}}category", {"text": name})


def _item(channel: etree._Element, record: EpisodeRecord, settings: PublishSettings, size: int) -> None:
    """One episode: enclosure, stable GUID, date, duration, transcripts and chapters."""
    from email.utils import format_datetime  # see _channel

    item = _sub(channel, "item")
    _sub(item, "title", record.title)
    _sub(item, "description", summary(record))
    link = web_url(record.url)
    if link:
        _sub(item, "link", link)
    _sub(item, "guid", record.guid, isPermaLink="false")
    _sub(item, "pubDate", format_datetime(publication_date(record)))
    _sub(item, "enclosure", url=episode_url(settings, record.file), length=str(size), type="audio/mpeg")
    _sub(item, f"{{{ITUNES}}}title", record.title)
    _sub(item, f"{{{ITUNES}}}author", ", ".join(record.authors) or settings.author)
    _sub(item, f"{{{ITUNES}}}duration", clock(record.duration_s))
    _sub(item, f"{{{ITUNES}}}explicit", "true" if settings.explicit else "false")
    _sub(item, f"{{{ITUNES}}}episodeType", "full")
    image = web_url(record.image)
    if image:
        _sub(item, f"{{{ITUNES}}}image", href=image)
    for suffix, mime, captions in TRANSCRIPTS:
        url = episode_url(settings, record.stem + suffix)
        transcript = _sub(item, f"{{{PODCAST}}}transcript", url=url, type=mime, language=record.language)
        if captions:
            transcript.set("rel", "captions")
    if record.chapters:
        url = episode_url(settings, record.stem + ".chapters.json")
        _sub(item, f"{{{PODCAST}}}chapters", url=url, type="application/json+chapters")


def _enclosure_size(record: EpisodeRecord, episodes_dir: Path) -> int:
    """The file's size on disk now (the feed must match what is served), else the catalogued size."""
    try:
        return (episodes_dir / record.file).stat().st_size
    except OSError:
        return record.size_bytes


def build_feed(records: list[EpisodeRecord], settings: PublishSettings, episodes_dir: Path) -> bytes:
    """The whole feed document as UTF-8 bytes."""
    from lxml import etree  # 13 ms to import at every start; the feed is only built after narrating

    rss = etree.Element("rss", nsmap=_NSMAP)
    rss.set("version", "2.0")
    channel = _channel(rss, settings, last_change(records), show_language(records, settings))
    for record in records:
        _item(channel, record, settings, _enclosure_size(record, episodes_dir))
    return bytes(etree.tostring(rss, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def write_feed(records: list[EpisodeRecord], settings: PublishSettings, output_dir: Path) -> Path:
    """Build the feed and replace output_dir/feed.xml in one rename."""
    target = output_dir / FEED_NAME
    write_bytes(target, build_feed(records, settings, output_dir / EPISODES_DIR))
    return target

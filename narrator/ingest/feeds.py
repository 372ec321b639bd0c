"""A blog's RSS or Atom feed, read with feedparser: its entries newest first, each with its full article when
the feed carries one (content:encoded, Atom content), so that the page need not be fetched."""

from __future__ import annotations

import calendar
import html
import logging
import re
import time
from typing import Any
from urllib.parse import urljoin

from narrator.config import IngestSettings
from narrator.errors import InputError
from narrator.ingest.read import read_file
from narrator.ingest.web import FEED_TYPES, is_url, request
from narrator.model import Feed, FeedItem, Format, Source

log = logging.getLogger(__name__)

# feedparser looks for an e-mail address in an RSS author's text (`[\w.+-]+@...`, searched from each character): an
# <author> of 20,000 digits cost 1.5 s and 80,000 over 20 s, before narrator saw the entry. No name runs past
# AUTHOR_BYTES, so an author's text is cut there before feedparser reads the feed.
AUTHOR_BYTES = 300
_AUTHOR_OPEN = re.compile(rb"<(?:author|dc:creator|itunes:author|managingEditor|webMaster)(?:\s[^<>]{0,300})?>")
_CDATA = b"<![CDATA["


def _short_authors(data: bytes) -> bytes:
    """The feed with each author's text (plain or CDATA) cut to AUTHOR_BYTES, at a character and outside an entity."""
    kept: list[bytes] = []
    at = 0
    for tag in _AUTHOR_OPEN.finditer(data):
        begin = tag.end()
        if begin < at:
            continue  # inside the text of an author already cut
        cdata = data.startswith(_CDATA, begin)
        begin += len(_CDATA) if cdata else 0
        end = data.find(b"]]>" if cdata else b"<", begin)
        end = len(data) if end < 0 else end
        if end - begin <= AUTHOR_BYTES:
            continue
        cut = begin + AUTHOR_BYTES
        while cut > begin and data[cut] & 0xC0 == 0x80:  # not inside a UTF-8 character
            cut -= 1
        if not cdata and (amp := data.rfind(b"&", cut - 12, cut)) >= begin and b";" not in data[amp:cut]:
            cut = amp  # not inside an entity ("&#49;")
        kept += [data[at:cut]]
        at = end
    return b"".join(kept) + data[at:] if kept else data


def read_feed(url_or_path: str, settings: IngestSettings, etag: str | None = None,
              last_modified: str | None = None) -> Feed:
    """Fetch (only if it changed since etag / last_modified) and parse a feed from a URL or a file."""
    if not is_url(url_or_path):
        return parse_feed(url_or_path, read_file(url_or_path, settings))
    response = request(url_or_path, settings, FEED_TYPES, etag, last_modified)
    if response.source is None:
        return Feed(url_or_path, "", (), etag, last_modified, not_modified=True)
    feed = parse_feed(url_or_path, response.source, foreign=response.from_public)
    return Feed(feed.url, feed.title, feed.items, response.etag, response.last_modified)


def parse_feed(origin: str, source: Source, foreign: bool = False) -> Feed:
    """The feed's entries, newest first, one per GUID (else link); refuse what is not a feed.

    foreign: the feed came from a public address, so its links may only lead to public ones (public_only).
    """
    import feedparser  # 40 ms to import at every start; most runs read no feed

    parsed: Any = feedparser.parse(_short_authors(source.data), response_headers={"content-location": source.url or ""})
    base = source.url or (origin if is_url(origin) else "")
    if not parsed.version and not parsed.entries:
        why = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "no RSS or Atom elements"
        announced = announced_feeds(source.data, base)
        hint = (f"this page names its feed: narrator follow {announced[0]}" if announced
                else "give the feed's address (often /feed or /rss), not the blog's page")
        raise InputError(f"not an RSS or Atom feed ({why})", origin=origin, hint=hint)
    items: dict[str, tuple[float, FeedItem]] = {}
    for position, entry in enumerate(parsed.entries):
        item = _item(entry, base, parsed.feed, foreign)
        if item is not None and item.key not in items:
            items[item.key] = (_when(entry, position), item)
    newest_first = tuple(item for _, item in sorted(items.values(), key=lambda pair: -pair[0]))
    log.debug("%s: %d feed items", origin, len(newest_first))
    return Feed(url=origin, title=str(parsed.feed.get("title") or origin), items=newest_first)


def announced_feeds(data: bytes, base: str) -> list[str]:
    """The feeds a web page names in <link rel="alternate" type="application/rss+xml|atom+xml" href>."""
    import lxml.html  # 13 ms to import at every start; only a page that is no feed gets here
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return []
    hrefs = root.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')]"
                       "[@type='application/rss+xml' or @type='application/atom+xml']/@href")
    return [urljoin(base, str(href).strip()) for href in hrefs if str(href).strip()]


def _when(entry: Any, position: int) -> float:
    """A sort key, larger for newer: the entry's date, else its place in the feed (feeds list newest first)."""
    stamp = dict.get(entry, "updated_parsed") or dict.get(entry, "published_parsed")
    return float(calendar.timegm(stamp)) if stamp else -float(position)


def _item(entry: Any, base: str, channel: Any, foreign: bool) -> FeedItem | None:
    """One entry; None when it has neither a GUID nor a link (nothing to find it by again)."""
    link = entry.get("link") or next(
        (x.get("href") for x in entry.get("links", []) if x.get("rel") == "alternate"), None)
    # Feeds may give links relative to the site; make them absolute so they can be fetched.
    link = urljoin(base, str(link)) if link and base else (str(link) if link else None)
    key = str(entry.get("id") or link or "")
    if not key:
        return None
    title = str(entry.get("title") or link or key)
    body = _full_text(entry)
    article = None
    if body is not None:
        page = _article_page(title, _html(body), link, entry, channel)
        article = Source(origin=link or key, data=page.encode("utf-8"), format_hint=Format.HTML, charset="utf-8",
                         url=link)
    return FeedItem(key=key, link=link, updated=str(dict.get(entry, "updated") or dict.get(entry, "published") or ""),
                    title=title, article=article, public_only=foreign, language=_language(entry, channel, body))


def _full_text(entry: Any) -> dict[str, Any] | None:
    """The entry's article when it carries it (content:encoded, Atom content), with its type and language; a
    summary does not count."""
    bodies = [c for c in entry.get("content", []) if str(c.get("value") or "").strip()]
    return max(bodies, key=lambda c: len(c.get("value", ""))) if bodies else None


def _html(body: dict[str, Any]) -> str:
    """The article as HTML (a plain-text content is escaped into a paragraph)."""
    value = str(body["value"])
    return value if "html" in str(body.get("type", "")) else "<p>" + html.escape(value) + "</p>"


def _language(entry: Any, channel: Any, body: dict[str, Any] | None) -> str:
    """The language the feed declares for an entry, the nearest first: its article's xml:lang (Atom content),
    the entry's (dc:language; an Atom entry's xml:lang, which feedparser gives its title), the channel's
    (RSS language, Atom feed xml:lang); "" when none does."""
    title = entry.get("title_detail") or {}
    declared = [(body or {}).get("language"), entry.get("language"), title.get("language"), channel.get("language")]
    return next((str(tag).strip() for tag in declared if tag and str(tag).strip()), "")


def _authors(node: Any) -> list[str]:
    """The author names an entry or a channel gives."""
    names = [str(a.get("name")) for a in node.get("authors", []) if a.get("name")]
    return names or ([str(node["author"])] if node.get("author") else [])


def _article_page(title: str, body: str, link: str | None, entry: Any, channel: Any) -> str:
    """A small HTML page holding the feed's article and what the feed says about it, for clean to read."""
    head = [f"<title>{html.escape(title)}</title>", '<meta charset="utf-8">']
    if link:
        head.append(f'<link rel="canonical" href="{html.escape(link)}">')
    # An entry without its own author is written by the channel's (Atom says so; RSS blogs do it in practice).
    head += [f'<meta name="author" content="{html.escape(name)}">' for name in _authors(entry) or _authors(channel)]
    stamp = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if stamp:
        head.append(f'<meta property="article:published_time" content="{time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp)}">')
    # No lang here: the feed's language travels with the item (FeedItem.language), said to be the feed's in warnings.
    return (f"<!DOCTYPE html><html><head>{''.join(head)}</head>"
            f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>")

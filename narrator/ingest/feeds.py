"""Article URLs from a blog's RSS or Atom feed."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin

from narrator.config import IngestSettings
from narrator.errors import InputError
from narrator.ingest.read import read_file
from narrator.ingest.web import fetch, is_url

log = logging.getLogger(__name__)


def _links_with_feedparser(data: bytes) -> list[str] | None:
    """Entry links parsed by feedparser, or None when it is not installed."""
    try:
        import feedparser
    except ImportError:
        return None
    parsed: Any = feedparser.parse(data)
    links: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            alternates = [x.get("href") for x in entry.get("links", []) if x.get("rel") == "alternate"]
            link = alternates[0] if alternates else None
        if link:
            links.append(str(link))
    return links


def _links_with_lxml(data: bytes) -> list[str]:
    """Entry links from RSS <item><link> or Atom <entry><link rel=alternate>."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    root = etree.fromstring(data, parser)
    if root is None:
        return []
    links: list[str] = []
    for node in root.iter():
        tag = etree.QName(node).localname if isinstance(node.tag, str) else ""
        if tag not in ("item", "entry"):
            continue
        for child in node:
            if not isinstance(child.tag, str) or etree.QName(child).localname != "link":
                continue
            href = child.get("href") or (child.text or "").strip()
            if href and child.get("rel", "alternate") == "alternate":
                links.append(href)
                break
    return links


def feed_items(url_or_path: str, settings: IngestSettings) -> list[str]:
    """Fetch an RSS/Atom feed and return its article URLs in feed order."""
    source = fetch(url_or_path, settings) if is_url(url_or_path) else read_file(url_or_path, settings)
    links = _links_with_feedparser(source.data)
    if links is None:
        links = _links_with_lxml(source.data)
    base = source.url or (url_or_path if is_url(url_or_path) else "")
    # Feeds may give links relative to the site; make them absolute so they can be fetched.
    unique = list(dict.fromkeys(urljoin(base, link) if base else link for link in links))
    if not unique:
        raise InputError(
            "no articles found in the feed", origin=url_or_path, hint="check that this is an RSS or Atom feed URL"
        )
    log.debug("%s: %d feed items", url_or_path, len(unique))
    return unique

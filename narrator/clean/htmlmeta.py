"""Article metadata from a page: JSON-LD, Open Graph and other meta tags, <time>, lang."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from narrator.clean.common import parse_date, split_authors, squash
from narrator.model import Metadata

log = logging.getLogger(__name__)

_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|WebPage)$")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·•]\s+[^|\-–—:·•]{2,60}$")
_LANG = re.compile(r"^[a-zA-Z]{2,3}")


def _json_ld_nodes(root: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members flattened."""
    nodes: list[dict[str, Any]] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                nodes.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    return nodes


def _article_node(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD node that describes the article (or an empty dict)."""
    for node in nodes:
        types = node.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and _ARTICLE_TYPES.search(t) and t != "WebPage" for t in names):
            return node
    return {}


def _names(value: Any) -> list[str]:
    """Person names from a JSON-LD author value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _meta(root: Any, *keys: str) -> str | None:
    """Content of the first <meta> whose property or name is one of keys."""
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            values = root.xpath(f"//meta[@{attr}=$key]/@content", key=key)
            for value in values:
                if value and value.strip():
                    return squash(str(value))
    return None


def _title(root: Any, node: dict[str, Any], fallback: str) -> str:
    """Headline from JSON-LD, og:title, the first h1 or <title> (its site suffix trimmed)."""
    headline = node.get("headline") or node.get("name")
    candidates = [
        headline if isinstance(headline, str) else None,
        _meta(root, "og:title", "twitter:title", "title"),
    ]
    h1s = [squash(h.text_content()) for h in root.xpath("//h1")[:3]]
    page_title = squash(" ".join(root.xpath("//title/text()")[:1]))
    for candidate in candidates:
        if candidate:
            return squash(_TITLE_SUFFIX.sub("", candidate)) if candidate == page_title else squash(candidate)
    for h1 in h1s:
        if 3 <= len(h1) <= 300:
            return h1
    if page_title:
        return squash(_TITLE_SUFFIX.sub("", page_title))
    return fallback


def _authors(root: Any, node: dict[str, Any]) -> tuple[str, ...]:
    """Authors from JSON-LD, meta tags, or rel=author / byline markup."""
    names = _names(node.get("author") or node.get("creator"))
    if not names:
        meta_author = _meta(root, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
        if meta_author and not meta_author.startswith("http"):
            names = [meta_author]
    if not names:
        for element in root.xpath("//*[@rel='author' or @itemprop='author' or contains(@class,'byline')][1]"):
            text = squash(element.text_content())
            if 0 < len(text) < 120:
                names = [text]
    return split_authors(names)


def _published(root: Any, node: dict[str, Any]) -> str | None:
    """Publication date from JSON-LD, meta tags or the first <time datetime>."""
    candidates: list[Any] = [
        node.get("datePublished"),
        node.get("dateCreated"),
        _meta(root, "article:published_time", "og:published_time", "datePublished", "pubdate",
              "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"),
    ]
    candidates += root.xpath("//time/@datetime")[:2]
    for candidate in candidates:
        if isinstance(candidate, str) and (iso := parse_date(candidate)):
            return iso
    return None


def page_metadata(root: Any, fallback_title: str, url: str | None) -> Metadata:
    """Everything the page says about its article."""
    node = _article_node(_json_ld_nodes(root))
    lang_attr = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    lang_match = _LANG.match(lang_attr) or _LANG.match(_meta(root, "og:locale", "language", "content-language") or "")
    image = _meta(root, "og:image", "twitter:image")
    canonical = root.xpath("//link[@rel='canonical']/@href")
    return Metadata(
        title=_title(root, node, fallback_title),
        authors=_authors(root, node),
        published=_published(root, node),
        language=lang_match.group(0).lower() if lang_match else "en",
        url=url or _meta(root, "og:url") or (str(canonical[0]) if canonical else None),
        image=image,
        description=_meta(root, "og:description", "description", "twitter:description"),
    )

"""Article metadata from a page: JSON-LD, Open Graph and other meta tags, <time>, lang."""

from __future__ import annotations

import html
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
        return [html.unescape(value)]
    if isinstance(value, dict):
        name = value.get("name")
        return [html.unescape(name)] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def meta_tags(root: Any) -> dict[str, str]:
    """<meta> contents by property, name or itemprop (lower-cased), first non-empty one winning."""
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (element.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = squash(html.unescape(content))  # some CMSs escape entities twice
    return found


def _meta(metas: dict[str, str], *keys: str) -> str | None:
    """Content of the first <meta> whose property or name is one of keys."""
    for key in keys:
        if value := metas.get(key.lower()):
            return value
    return None


def _title(root: Any, metas: dict[str, str], node: dict[str, Any], fallback: str) -> str:
    """Headline from JSON-LD, og:title, the first h1 or <title> (its site suffix trimmed)."""
    headline = node.get("headline") or node.get("name")
    headline = html.unescape(headline) if isinstance(headline, str) else headline
    candidates = [
        headline if isinstance(headline, str) else None,
        _meta(metas, "og:title", "twitter:title", "title"),
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


def _authors(root: Any, metas: dict[str, str], node: dict[str, Any]) -> tuple[str, ...]:
    """Authors from JSON-LD, meta tags, or rel=author / byline markup."""
    names = _names(node.get("author") or node.get("creator"))
    if not names:
        meta_author = _meta(metas, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
        if meta_author and not meta_author.startswith("http"):
            names = [meta_author]
    if not names:
        for element in root.xpath("//*[@rel='author' or @itemprop='author' or contains(@class,'byline')][1]"):
            text = squash(element.text_content())
            if 0 < len(text) < 120:
                names = [text]
    return split_authors(names)


def _published(root: Any, metas: dict[str, str], node: dict[str, Any]) -> str | None:
    """Publication date from JSON-LD, meta tags or the first <time datetime>."""
    candidates: list[Any] = [
        node.get("datePublished"),
        node.get("dateCreated"),
        _meta(metas, "article:published_time", "og:published_time", "datePublished", "pubdate",
              "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"),
    ]
    candidates += root.xpath("//time/@datetime")[:2]
    for candidate in candidates:
        if isinstance(candidate, str) and (iso := parse_date(candidate)):
            return iso
    return _htmldate(root)


def _htmldate(root: Any) -> str | None:
    """htmldate's reading of the page (URL, headers, visible dates), when the markup declares none."""
    try:
        from htmldate import find_date
    except ImportError:  # installed with trafilatura, but optional for us
        return None
    try:
        found = find_date(root, extensive_search=False, original_date=True)
    except (ValueError, TypeError, RecursionError) as exc:
        log.debug("htmldate failed: %s", exc)
        return None
    return parse_date(found) if isinstance(found, str) else None


def article_body(root: Any) -> str | None:
    """The article's text as its JSON-LD declares it (articleBody), or None."""
    body = _article_node(_json_ld_nodes(root)).get("articleBody")
    return html.unescape(body) if isinstance(body, str) and body.strip() else None


def page_metadata(root: Any, fallback_title: str, url: str | None) -> Metadata:
    """Everything the page says about its article."""
    node = _article_node(_json_ld_nodes(root))
    metas = meta_tags(root)
    lang_attr = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    lang_match = _LANG.match(lang_attr) or _LANG.match(_meta(metas, "og:locale", "language", "content-language") or "")
    image = _meta(metas, "og:image", "twitter:image")
    canonical = root.xpath("//link[@rel='canonical']/@href")
    return Metadata(
        title=_title(root, metas, node, fallback_title),
        authors=_authors(root, metas, node),
        published=_published(root, metas, node),
        language=lang_match.group(0).lower() if lang_match else "en",
        url=url or _meta(metas, "og:url") or (str(canonical[0]) if canonical else None),
        image=image,
        description=_meta(metas, "og:description", "description", "twitter:description"),
    )

"""Article metadata from a page (JSON-LD, Open Graph and other meta tags, <time>, lang): the article's JSON-LD node and
declared body, the page's own address and declared languages, joined in page_metadata with its title (htmltitle),
authors (htmlauthors) and date (htmldates)."""

from __future__ import annotations

import html
import json
import re
from collections import deque
from typing import Any
from urllib.parse import urljoin, urlsplit

from narrator.clean.htmlauthors import page_authors
from narrator.clean.htmldates import published_date
from narrator.clean.htmltitle import article_title, without_writers_name
from narrator.clean.language import declared_tag, header_tag
from narrator.clean.metatags import first_meta, meta_tags
from narrator.model import Metadata

# The types of node that describe the page's own text; a review (of a film, a book) is its page's article too, and a
# podcast's episode is its page's show notes (its author the host).
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review|PodcastEpisode|WebPage)$")


# An XHTML habit some sites keep: the script's data inside a CDATA section commented out for HTML parsers
# ("/* <![CDATA[ */ {...} /* ]]> */", "//<![CDATA[").
_CDATA_WRAPPER = re.compile(r"^\s*(?:/\*\s*<!\[CDATA\[\s*\*/|//\s*<!\[CDATA\[|<!\[CDATA\[)"
                            r"|(?:/\*\s*\]\]>\s*\*/|//\s*\]\]>|\]\]>)\s*$")


def _json_ld_nodes(root: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members flattened."""
    nodes: list[dict[str, Any]] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        text = script.text or ""
        try:
            data = json.loads(_CDATA_WRAPPER.sub("", text) if "CDATA" in text else text)
        except (ValueError, RecursionError):
            continue
        stack = deque(data if isinstance(data, list) else [data])
        while stack:
            item = stack.popleft()  # in page order; list.pop(0) made an 800 KB array take 15 s
            if isinstance(item, dict):
                nodes.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(item, list):
                stack.extend(item)
    return nodes


# A fact-check's ClaimReview records its verdict on a claim, and names the organisation that gave it: beside the
# article's own node (a NewsArticle naming its writer) it is not the article, and its "author" is not the byline.
_VERDICT_TYPES = frozenset({"ClaimReview"})


def _article_node(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD node that describes the article (or an empty dict); a verdict's node only when no other does."""
    found: list[dict[str, Any]] = []
    for node in nodes:
        types = node.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and _ARTICLE_TYPES.search(t) and t != "WebPage" for t in names):
            if not _VERDICT_TYPES.intersection(t for t in names if isinstance(t, str)):
                return node
            found.append(node)
    return found[0] if found else {}


# An event's page (schema.org's Event and its kinds, "MusicEvent", "Festival") describes a day to come: the days it
# shows are the event's, not the page's publication.
_EVENT_TYPE = re.compile(r"\w{0,30}Event|Festival")


def _is_event(node: dict[str, Any]) -> bool:
    """The JSON-LD node describes an event."""
    types = node.get("@type")
    return any(isinstance(t, str) and _EVENT_TYPE.fullmatch(t) for t in (types if isinstance(types, list) else [types]))


def declares_event(root: Any) -> bool:
    """The page's structured data (JSON-LD) describes an event."""
    return any(map(_is_event, _json_ld_nodes(root)))


def article_body(root: Any) -> str | None:
    """The article's text as its JSON-LD declares it (articleBody), or None."""
    body = _article_node(_json_ld_nodes(root)).get("articleBody")
    return html.unescape(body) if isinstance(body, str) and body.strip() else None


def _own_address(root: Any, metas: dict[str, str], url: str | None) -> str | None:
    """The address the page names as its own (canonical link, og:url), else where it was fetched from.

    It is what identifies the article, so one saved to disk and the same one fetched with a tracking
    query are one episode.
    """
    named = [str(href) for href in root.xpath("//link[@rel='canonical']/@href")] + [first_meta(metas, "og:url") or ""]
    for href in named:
        try:
            address = urljoin(url or "", href.strip())
            parts = urlsplit(address)
        except ValueError:  # "http://[>;]/": a bracketed host that is no IPv6 address
            continue
        if href.strip() and parts.scheme in {"http", "https"} and parts.netloc:
            return address
    return url


_LANG_ATTRIBUTES = ("lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang")  # HTML's parser keeps "xml:lang"


def _lang_of(element: Any) -> str:
    """An element's lang (or xml:lang) as written, "" for none."""
    return next((value.strip() for value in map(element.get, _LANG_ATTRIBUTES) if value and value.strip()), "")


def _in_language(node: dict[str, Any]) -> str:
    """The JSON-LD inLanguage of a node: a tag, or a schema.org Language by its code (alternateName) or name."""
    value = node.get("inLanguage")
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    return value.strip() if isinstance(value, str) else ""  # a list names several: no one language


def declared_languages(root: Any, metas: dict[str, str], node: dict[str, Any]) -> tuple[str, ...]:
    """Every language the page declares for itself, as tags, most trusted first; hreflang alternates name other
    pages' languages and are not among them.

    The order is how near each is to the article's words: a lang on the <article> or <main> (when they all say one)
    and the article's JSON-LD inLanguage are set for this article; <body lang> and <html lang> by the site's
    template; the content-language pragma is HTML's fallback for a missing lang; a microdata inLanguage may be any
    item's (a reviewed book's), Dublin Core's DC.language is a catalogue entry's; og:locale is for social cards, and
    plugins fill it with en_US whatever the site is.
    """
    containers = {_lang_of(element) for element in root.iter("article", "main")} - {""}
    declared = [containers.pop() if len(containers) == 1 else "", _in_language(node)]
    body = root.find("body")
    declared += [_lang_of(element) for element in (body, root) if element is not None]
    # the older pragma, <meta http-equiv="content-language">, which meta_tags (by name and property) does not read; a
    # list in it ("de, en") names the audiences the page is for, as the server's header does, and no one language
    declared += [header_tag(element.get("content") or "") for element in root.iter("meta")
                 if (element.get("http-equiv") or "").strip().lower() == "content-language"]
    declared += [first_meta(metas, name) or "" for name in ("inlanguage", "dc.language", "dcterms.language",
                                                            "og:locale", "language")]
    return tuple(tag for tag in map(declared_tag, declared) if tag)


def page_metadata(root: Any, fallback_title: str, url: str | None) -> Metadata:
    """Everything the page says about its article."""
    nodes = _json_ld_nodes(root)
    node = _article_node(nodes)
    metas = meta_tags(root)
    image = first_meta(metas, "og:image", "twitter:image")
    languages = declared_languages(root, metas, node)
    authors = page_authors(root, metas, nodes, node)
    return Metadata(
        title=without_writers_name(article_title(root, metas, node, fallback_title), authors, root),
        authors=authors,
        published=published_date(root, metas, node, event_page=not node and any(map(_is_event, nodes))),
        language=next(iter(languages), ""),
        declared_languages=languages,
        url=_own_address(root, metas, url),
        image=image,
        description=first_meta(metas, "og:description", "description", "twitter:description"),
    )

"""Article metadata from a page: JSON-LD, Open Graph and other meta tags, <time>, lang."""

from __future__ import annotations

import datetime
import html
import itertools
import json
import logging
import re
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from narrator.clean.bylines import authors_from
from narrator.clean.common import (
    MONTH_NAMES,
    comparable,
    parse_date,
    parse_month,
    split_authors,
    squash,
    without_number_mark,
)
from narrator.clean.language import declared_tag
from narrator.clean.lines import looks_like_names, make_line
from narrator.clean.platforms import obituary_heading, repository_heading
from narrator.model import Metadata

log = logging.getLogger(__name__)

# The types of node that describe the page's own text; a review (of a film, a book) is its page's article too, and a
# podcast's episode is its page's show notes (its author the host).
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review|PodcastEpisode|WebPage)$")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·•»]\s+[^|\-–—:·•»]{2,60}$")
# A link to a site's home page ("/", "https://example.org/", or an archived copy of one).
_HOME_LINK = re.compile(r"^(?:https?://[^/?#]+)?/?$|https?://[^/?#]+/?$")
_SEPARATOR = re.compile(r"\s+[|\-–—·•»]+\s+")
# A site's name before a colon opens a blog's title ("Rook and Pawn: Why I gave up the Sicilian").
_NAME_COLON = re.compile(r":\s+")
# A date is no site's name: a newsletter's issue ("Parish Bulletin - March 2025") keeps it.
_DATE_SUFFIX = re.compile(rf"(?i)\s+[|\-–—:·•»]\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_NAMES})\.?"
                          rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d\d$")
# Page headings that may hold a thread's or a page's title where it has no <h1> ("Topic - Page 2 - Board - Site").
_SUBHEADLINES = etree.XPath(
    "(//h2 | //h3)[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::*[@role='navigation'])]")
SUBHEADLINES_LOOKED_AT = 3
_FOLLOWING_SUBHEADLINES = etree.XPath(
    "following::*[self::h2 or self::h3][not(ancestor::nav or ancestor::footer or ancestor::aside)]")
# A timestamp in UTC ("...T05:30:59Z", "+00:00"): its day may not be the day where the site is.
_UTC_TIME = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")
# Page headings that can be the headline: not the label of a menu, a footer or a sidebar ("Sections").
_HEADLINES = etree.XPath(
    "//h1[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::*[@role='navigation'])]")
# Where pages mark their byline: rel/itemprop author, or "byline" in a class, id or test id.
# A reader view's credits line (Firefox's "reader-credits") is its byline.
_BYLINE_MARKUP = etree.XPath("//*[@rel='author' or @itemprop='author' or contains(@class,'byline')"
                             " or contains(@id,'byline') or contains(@data-testid,'byline')"
                             " or contains(@class, 'reader-credits')]")
# The names inside a byline that holds more (the source's address, the time it takes to read; a schema.org Person's
# description beside its name: "Priya Nair" over "Build and release engineer").
_BYLINE_NAMES = etree.XPath(".//*[@itemprop='name'] | .//*[contains(@class, 'author')]")
# A name read from page markup is at most this many words ("The Kyiv Independent news desk").
MARKUP_NAME_WORDS = 6
# trafilatura's author search and htmldate take seconds on pages with a hundred thousand elements; pages with
# more than this (no real article page comes near it) are not searched, their JSON-LD and meta tags still read.
MAX_SEARCHED_ELEMENTS = 30_000


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


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Person names from a JSON-LD author value; a reference ({"@id": ...}) is looked up among the page's nodes."""
    if isinstance(value, str):
        return [html.unescape(value)]
    if isinstance(value, dict):
        name = value.get("name")
        if not isinstance(name, str) and isinstance(value.get("@id"), str):
            name = by_id.get(value["@id"], {}).get("name")  # Yoast and others put the Person in the @graph
        return [html.unescape(name)] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v, by_id)]
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
    """Headline from JSON-LD, og:title, the first h1 or <title>, without the site's name."""
    headline = node.get("headline") or node.get("name")
    headline = html.unescape(headline) if isinstance(headline, str) else headline
    candidates = [
        headline if isinstance(headline, str) else None,
        _meta(metas, "og:title", "twitter:title", "title"),
    ]
    h1s, site_names = [], {comparable(metas.get("og:site_name", ""))} - {""}
    page_title = squash(" ".join(root.xpath("//title/text()")[:1]))
    declared = {comparable(candidate) for candidate in candidates if candidate}
    for element in _HEADLINES(root)[:3]:
        text = squash(element.text_content())
        if is_site_logo(element) or (comparable(text) not in declared and (
                _names_the_site(element, page_title, text) or _bracketed_site(page_title, text))):
            site_names.add(comparable(text))
        elif 3 <= len(text) <= 300:
            h1s.append(text)
    if not h1s:
        headings = [e for e in _SUBHEADLINES(root)[:SUBHEADLINES_LOOKED_AT] if not is_site_logo(e)]
        h1s = [text for text in map(squash, (e.text_content() for e in headings))
               if comparable(text) not in site_names and _ends_title(page_title, text)]
        if h1s:  # the title's first (or last) part is the page's own heading: the rest is the site's trail
            return h1s[0]
        if (titled := _titled_subheadline(headings, page_title)) is not None:
            return titled
    for candidate in candidates:
        if candidate:
            candidate = squash(candidate)
            if (headline := repository_heading(candidate, h1s) or obituary_heading(candidate, h1s)) is not None:
                return headline
            if (headline := _labelled_headline(candidate, page_title)) is not None:
                return headline
            return _without_site_name(candidate, h1s, site_names, trim_suffix=candidate == page_title)
    if h1s and ":" in h1s[0]:  # a wiki's or a knowledge base's heading may name its space ("Platform Team : Page")
        if (headline := _labelled_headline(h1s[0], page_title)) is not None:
            return headline  # a forum's "Thread: Topic" over the <title>'s "Topic - Forum"
        return _without_site_name(h1s[0], [], site_names | _first_crumb(root), trim_suffix=False)
    if h1s:
        return h1s[0]
    if (marked := _microdata_headline(root)) is not None:
        return marked
    if page_title:
        return _without_site_name(page_title, h1s, site_names, trim_suffix=True)
    return fallback


# A schema.org article's headline marked in the page's own markup ('<div itemscope itemtype=".../NewsArticle"><h2
# itemprop="headline">'), on a page with no JSON-LD, no og:title and no <h1>, whose <title> is the site's name and
# motto. One only: a list of teasers marks each of theirs.
_MICRODATA_HEADLINE = etree.XPath("//*[@itemprop='headline'][ancestor::*[@itemscope][contains(@itemtype, 'Article') or "
                                  "contains(@itemtype, 'Posting')]]")


def _microdata_headline(root: Any) -> str | None:
    """The headline the page's one marked article gives (its content attribute, or its text)."""
    marked = _MICRODATA_HEADLINE(root)[:2]
    if len(marked) != 1:
        return None
    text = squash(marked[0].get("content") or marked[0].text_content())
    return text if 3 <= len(text) <= 300 else None


def _bracketed_site(page_title: str, heading: str) -> bool:
    """The heading is the name a <title> ends on in brackets (DokuWiki's "guides:soldering_basics [Makerspace Wiki]"):
    the wiki's name set as an <h1> over the page's own."""
    return bool(heading) and page_title.endswith(f"[{heading}]") and len(heading) + 2 < len(page_title)


# The fewest words of a <title>'s headline that, ending a declared title after a colon or a separator, show the part
# before it to be the site's label ("r/vintagesewing on Reddit: I rebuilt a motor" over "I rebuilt a motor :
# r/vintagesewing").
LABELLED_HEADLINE_WORDS = 3


def _labelled_headline(candidate: str, page_title: str) -> str | None:
    """The headline a declared title gives after a label of the site's and a colon, where the <title> gives it
    before the site's trail; None when they do not agree so."""
    headline = squash(_TITLE_SUFFIX.sub("", page_title))
    if headline == page_title or len(headline.split()) < LABELLED_HEADLINE_WORDS or len(headline) >= len(candidate):
        return None
    label = candidate[:-len(headline)]
    # the label ends on a colon, or on a separator ("r/CasualUK - Our village ..." over "Our village ... : r/CasualUK")
    labelled = label.endswith(": ") or _SEPARATOR_END.search(label) is not None
    return headline if candidate.endswith(headline) and labelled else None


def _names_the_site(heading: Any, page_title: str, h1: str) -> bool:
    """The <h1> ends the <title> after a subheading that starts it and comes after the <h1>: "Topic - Forum" over a
    forum's <h1> "Forum" and, below it, the topic's <h2>; the <h1> is the site's name, not the headline. (A kicker over
    its headline comes before it: "Kicker - Headline".)"""
    if not h1 or len(h1) >= len(page_title) or not page_title.endswith(h1):
        return False
    before = page_title[:len(page_title) - len(h1)]
    if not _SEPARATOR_END.search(before):
        return False
    first = comparable(_SEPARATOR_END.sub("", before))
    return any(comparable(e.text_content()) == first for e in _FOLLOWING_SUBHEADLINES(heading)[:SUBHEADLINES_LOOKED_AT])


# A small site's post with no <h1> (a lab's, a club's news), its <title> the section's name ("News | Moss Ecology Lab"),
# and the post's headline a subheading its class names a post's title ("news-title", "entry-title").
_SECTION_PAGE_TITLE = re.compile(r"(?i)^(?:news|blog|posts?|articles?|stories|updates|announcements|press releases"
                                 r"|events)\s+[|\-–—·•:]")
_POST_TITLE_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:news|post|entry|article|story)[_-]?title(?:$|[\s_-])")


def _titled_subheadline(headings: list[Any], page_title: str) -> str | None:
    """The subheading a page classes as its post's title, when its <title> names only its section."""
    if not _SECTION_PAGE_TITLE.match(page_title):
        return None
    titled = [e for e in headings if _POST_TITLE_CLASS.search(e.get("class", ""))]
    return squash(titled[0].text_content()) or None if len(titled) == 1 else None


def _ends_title(page_title: str, heading: str) -> bool:
    """The heading is the <title>'s first part or its last, a separator between it and the site's name or trail
    ("Topic - Page 2 - Board - Site", "Kestrel Valley Railway - The signal box at Ashby Halt")."""
    if not heading or len(heading) >= len(page_title):
        return False
    if page_title.startswith(heading) and _SEPARATOR.match(page_title, len(heading)):
        return True
    before = page_title[:len(page_title) - len(heading)]
    return page_title.endswith(heading) and bool(_SEPARATOR_END.search(before))


_SEPARATOR_END = re.compile(r"\s+[|\-–—·•»]+\s+$")
# A trail's first link names the site or the space a page belongs to ("Platform Team > Runbooks").
_CRUMBS = etree.XPath("(//ol | //ul | //nav | //div)[contains(@class, 'breadcrumb') or contains(@id, 'breadcrumb')]"
                      "[1]//a[@href]")


def _first_crumb(root: Any) -> set[str]:
    """The name the page's trail starts with, as comparable words (none when it has no trail)."""
    crumbs = _CRUMBS(root)[:1]
    return {name for name in (comparable(crumbs[0].text_content()),) if name} if crumbs else set()


# What a print view puts in its page's title ("Old Town Gazette » Print » The last cobbler"): the headline follows.
_PRINT_PARTS = frozenset({"print", "printer friendly", "print version", "printable version", "print view"})


# A theme's name for the heading that holds the site's name: "site-title", "site-name", "logo", "brand", "masthead".
_SITE_HEADING = re.compile(r"(?i)(?:^|[\s_-])(?:site|blog)[_-]?(?:title|name)\b|\blogo\b|\bbrand\b|\bmasthead\b")


def is_site_logo(heading: Any) -> bool:
    """A heading that is only a link to the site's home page, or that its class names as the site's: the site's
    name, not a headline."""
    if _SITE_HEADING.search(f"{heading.get('class', '')} {heading.get('id', '')}"):
        return True
    links = heading.xpath(".//a[@href]")
    return (len(links) == 1 and squash(links[0].text_content()) == squash(heading.text_content())
            and _HOME_LINK.search(links[0].get("href").strip()) is not None)


# An issue's number between its title and the tracker's trail: "Export drops the last row (#112) · Issues · ...".
_NUMBER_FIRST = re.compile(r"^\s+\(?#\d+\)?(?=\s)")


def _without_site_name(title: str, h1s: list[str], site_names: set[str], trim_suffix: bool) -> str:
    """A page title without the site's name around it.

    An h1 that starts or ends the title is the headline ("Headline - Site", "Site - Headline"); a known site name
    at either end is cut ("Site » Blog » Headline"); otherwise a <title>'s suffix is trimmed.
    """
    for h1 in (form for heading in h1s for form in dict.fromkeys((heading, without_number_mark(heading)))):
        if len(h1) < len(title) and title.startswith(h1) and _SEPARATOR.match(_NUMBER_FIRST.sub("", title[len(h1):])):
            return h1  # "Headline - Site", a tracker's "Issue title (#112) · Issues · Project"
        before = title[:len(title) - len(h1)]
        if len(h1) < len(title) and title.endswith(h1) and (_SEPARATOR_END.search(before) or before.endswith(": ")):
            return h1  # "Site - Headline": a site builder names the site first; "r/sub on Reddit: Headline"
    parts = _SEPARATOR.split(title)
    printed = [n for n, part in enumerate(parts[:-1]) if comparable(part) in _PRINT_PARTS]
    if printed:
        return " - ".join(parts[printed[0] + 1:]) if len(parts) > printed[0] + 2 else parts[printed[0] + 1]
    if len(parts) >= 2 and comparable(parts[0]) in site_names:
        return parts[-1]
    named = _NAME_COLON.split(title, maxsplit=1)
    if len(named) == 2 and comparable(named[0]) in site_names:
        return named[1]
    if len(parts) >= 2 and comparable(parts[-1]) in site_names:
        return squash(title[: title.rindex(parts[-1])].rstrip(" |-–—·•»"))
    return squash(_TITLE_SUFFIX.sub("", title)) if trim_suffix and not _DATE_SUFFIX.search(title) else title


def _declared_authors(nodes: list[dict[str, Any]], node: dict[str, Any]) -> list[str]:
    """Authors named in JSON-LD: the article's author, or the one Person of a page graph that names no other."""
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    names = _names(node.get("author") or node.get("creator"), by_id)
    if names:
        return names
    people = [n for n in nodes if n.get("@type") == "Person" and isinstance(n.get("name"), str)]
    return [html.unescape(people[0]["name"])] if len(people) == 1 and "@id" in people[0] else []


# A paper's authors in the tags scholarly indexes read (Highwire Press's), one tag each, in order; some journals write
# the name family name first ("Fowler, Anna K.").
_CITATION_AUTHORS = etree.XPath("//meta[@name='citation_author']/@content")
_FAMILY_FIRST = re.compile(r"^([^\W\d_][\w'’. -]*),\s*([^\W\d_][\w'’. -]*)$")


def _citation_authors(root: Any) -> list[str]:
    """A paper's authors from its citation_author tags, each as it is said, given name first."""
    return [_FAMILY_FIRST.sub(r"\2 \1", squash(name)) for name in _CITATION_AUTHORS(root) if squash(name)]


def _authors(root: Any, metas: dict[str, str], nodes: list[dict[str, Any]], node: dict[str, Any]) -> tuple[str, ...]:
    """Authors from JSON-LD, meta tags, or rel=author / byline markup."""
    names = _declared_authors(nodes, node)
    if not names:
        meta_author = _meta(metas, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
        if meta_author and not meta_author.startswith("http"):
            names = [meta_author]
    if not names:
        names = _citation_authors(root)
    byline = _byline_names(root)
    if not names:
        names = byline
    elif (byline and len(byline) > len(names) and _folded(names) <= _folded(byline)
          and all(_PERSON.match(name) for name in split_authors(byline))):
        names = byline  # the page's head names its first author, the byline all of them
    if not names:
        names = _marked_up_author(root)
    if not names:
        names = _labelled_author(root)
    if not names:
        names = _dateline_authors(root)
    if not names:
        names = _meta_line_author(root)
    if not names:
        names = _platform_creator(root, metas) or _creator_card_name(root)
    return split_authors(names)


# A creator platform's page names its creator only in its title's trail, "Post | Lena Voss on Patreon", the platform
# its og:site_name, and in the header's card of the creator (an element of the name alone).
CREATOR_NAME_WORDS = 4


# A creator platform's card of the creator over the post (Ko-fi's "creator-header", Patreon's data-tag
# "creator-header"): the class names it; its first text is the creator's name, over a tagline.
_CREATOR_CARDS = etree.XPath("//*[contains(@class, 'creator') or contains(@data-tag, 'creator')]")
_CREATOR_CARD = re.compile(r"(?i)(?:^|[\s_-])creator[_-]?(?:header|card|profile|info|name)(?:$|[\s_-])")
CREATOR_CARDS = 3


def _creator_card_name(root: Any) -> list[str]:
    """The person's name a creator's card, so classed, opens on (the first text in it, shaped as a name)."""
    cards = [e for e in _CREATOR_CARDS(root) if _CREATOR_CARD.search(f"{e.get('class', '')} {e.get('data-tag', '')}")]
    for card in cards[:CREATOR_CARDS]:
        first = next((squash(text) for text in card.itertext() if squash(text)), "")
        if _PERSON.match(first) and looks_like_names(first):
            return [first]
    return []


def _platform_creator(root: Any, metas: dict[str, str]) -> list[str]:
    """The creator the <title> names as on the site ("... | Name on Site"), when the page shows the name alone."""
    site = (_meta(metas, "og:site_name") or "").strip()
    page_title = squash(" ".join(root.xpath("//title/text()")[:1]))
    parts = _SEPARATOR.split(page_title)
    if not site or len(parts) < 2 or not parts[-1].lower().endswith(f" on {site.lower()}"):
        return []
    name = parts[-1][:-len(site) - 4].strip()
    if not (name and len(name.split()) <= CREATOR_NAME_WORDS and looks_like_names(name)):
        return []
    return [name] if any(squash(e.text or "") == name for e in root.iter("a", "span", "p", "div", "h2")) else []


# A reader's or an export's line under the headline, of parts set apart with dots or bars, one of them the byline:
# "townandcountry-review.example · by Helen Ashworth · 6 min".
_LINE_PARTS = re.compile(r"\s+[·•|]\s+")
_BY_PART = re.compile(r"(?i)^by\s+(.+)$")
META_LINE_CHARS = 160
# A document's credit line under its title: "Prepared by Sanjay Mehta for the governors, March 2024", "Compiled by Ann
# Lee": the verb, the person, and whom or when it was for.
_CREDIT_LINE = re.compile(r"^(?i:prepared|written|compiled|drafted|produced|submitted)\s+(?i:by)\s+"
                          r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})(?:\s+(?i:for|on)\b.*|,.*|\.)?$")
META_LINES = 2


def _meta_line_author(root: Any) -> list[str]:
    """The person a part of the line just under the headline names as its author ("· by Ann Lee ·")."""
    headline = next(iter(_HEADLINES(root)), None)
    if headline is None:
        return []
    for line in itertools.islice(headline.itersiblings(), META_LINES):
        text = squash(line.text_content()) if isinstance(line.tag, str) else ""
        if not text or len(text) > META_LINE_CHARS:
            continue
        parts = _LINE_PARTS.split(text)
        named = [found.group(1) for part in parts[1:] if (found := _BY_PART.match(part))]
        if len(parts) > 1 and len(named) == 1 and _PERSON.match(named[0]):
            return named
        if len(parts) == 1 and (alone := _BY_PART.match(text)) and _PERSON.match(alone.group(1)):
            return [alone.group(1)]  # a line of its own, "by Marcus Hale" (Shopify's caption under the headline)
        if (credit := _CREDIT_LINE.match(text)) and _PERSON.match(credit.group(1)):
            return [credit.group(1)]
        if (dated := _DATED_BY.match(text)) and parse_date(dated.group(1)) and _PERSON.match(
                poster := text[dated.end():].rstrip(".")):
            return [poster]  # "Posted on Sunday 8 November 2026 by The Revd Mary Dunn": the day, then who posted
    return []


# A label printed before the author's name in a page's meta box: "<h4>Autor</h4><p><a>Nikolai Huke</a>, </p>",
# "<span>Autor:</span> Fritz Imhof<br>", "<span>Author: </span><span>Jacopo Cascioli</span>".
_AUTHOR_LABEL = etree.XPath(
    "//*[re:test(normalize-space(text()), '^((author|autor|autorin|auteur|autore|written by|verfasst von|preacher)"
    "\\s*:?|written by \\S.{2,60})$',"
    " 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})
AUTHOR_LABELS = 3


def _labelled_author(root: Any) -> list[str]:
    """The name right after an author's label in the page (its tail text, or the next element's), if it is one."""
    if too_many_elements(root):
        return []
    for label in _AUTHOR_LABEL(root)[:AUTHOR_LABELS]:
        own = squash(label.text or "")
        if own.lower().startswith("written by ") and _PERSON.match(named := own[len("written by"):].strip(" ,;|·•")):
            return [named]  # the label and the name in one element: "<span>Written by Joel Hartley</span>" (Intercom)
        following = label.getnext()
        # "<p>Written by <a>Ann Lee</a></p>": the name in the label's own element, after its words
        inner = label[0].text_content() if len(label) and not squash(label.tail or "") else None
        for text in (inner, label.tail, following.text_content() if following is not None else None):
            name = squash(text or "").strip(" ,;|·•")
            if name and looks_like_names(name) and _PERSON.match(name):
                return [name]
    return []


# A person's name as a byline writes it: two to four capitalised words, initials allowed ("Ann B. Lee"); not a
# site ("Phys.org") or a desk ("Staff Reporter" passes, and is what the byline says).
_NAME_WORD = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’-]+)"
_PERSON = re.compile(rf"^{_NAME_WORD}(?: (?:{_NAME_WORD}|van|von|de|da|del|la|le|bin|al)){{1,3}}$")


# A byline giving the day before the name ("Posted Oct 20, 2024 by larchwood"): the day's comma parted it into two
# names ("Posted Oct 20" and "larchwood").
_DATED_BY = re.compile(r"(?i)^(?:posted|published|submitted|written)\s+(?:on\s+)?(.{4,40}?)\s+by\s+(?=\S)")


# "Co-authored by wikiHow Staff", "Written by Ann Lee": the verb before "by" is the byline's own.
_AUTHORED_BY = re.compile(r"(?i)^(?:co-?)?(?:authored|written)\s+by\s+(?=\S)")


def _undated_byline(text: str) -> str:
    """The byline without a day set before its name ("Posted Oct 20, 2024 by larchwood" -> "By larchwood") or the
    verb before its "by" ("Co-authored by wikiHow Staff" -> "By wikiHow Staff")."""
    if authored := _AUTHORED_BY.match(text):
        return "By " + text[authored.end():]
    match = _DATED_BY.match(text)
    return "By " + text[match.end():] if match and parse_date(match.group(1)) else text


def _byline_names(root: Any) -> list[str]:
    """The names in the page's first byline markup ("By Ann Lee and Bo Chan · Updated ...")."""
    for element in _BYLINE_MARKUP(root)[:1]:
        named = _BYLINE_NAMES(element)[:1]
        if named and squash(named[0].text_content()):
            element = named[0]  # "<span class='authors'>Ann Lee</span> example.org 7 min read"
        elif len(lines := [p for p in element.iterchildren("p", "div") if squash(p.text_content())]) > 1:
            element = lines[0]  # "<p>Co-authored by X</p><p>Last Updated: March 30, 2026</p>": lines apart
        text = _undated_byline(squash(" ".join(element.itertext())))  # "<span>By</span><a>Name</a>": two words
        if 0 < len(text) < 120:
            return list(authors_from(make_line(0, text, 0))) or [text]
    return []



def _folded(names: list[str]) -> set[str]:
    """Names compared without case or spacing."""
    return {" ".join(name.lower().split()) for name in split_authors(names)}


def too_many_elements(root: Any, limit: int = MAX_SEARCHED_ELEMENTS) -> bool:
    """True when the tree has more than limit elements (counting stops there)."""
    return next(itertools.islice(root.iter(), limit, None), None) is not None


def _as_marked(root: Any, name: str) -> str:
    """The name as the page sets it apart: the search can run a name into the next element's first word ("Priya
    Raman" then "Department of Computer Science" read as "Priya Raman Department"); when no text of the page holds
    the whole, the longest text that is its first words (two or more) is the name."""
    words = name.split()
    texts = {squash(text) for text in root.itertext() if words[0] in text}
    if not any(name in text for text in texts) and (handle := _as_handle(root, words)):
        return handle
    if len(words) < 3 or any(name in text for text in texts):
        return name
    return next((" ".join(words[:n]) for n in range(len(words) - 1, 1, -1) if " ".join(words[:n]) in texts), name)


_HANDLE = re.compile(r"[a-z0-9]+(?:[_.-][a-z0-9]+)+|[A-Za-z0-9]+_[A-Za-z0-9_]+")


def _as_handle(root: Any, words: list[str]) -> str | None:
    """The user name the page shows, where the search made a name of it ("threadbare_tom" read "Threadbare Tom"):
    the words joined as a handle joins them, in a link or element of its own."""
    joined = {joiner.join(words).lower() for joiner in ("_", "-", ".", "")}
    # a handle of one word is one in lower case ("hedgeclipper", read "Hedgeclipper"); a forum sets it in bold too
    return next((text for text in (squash(e.text or "") for e in root.iter("a", "span", "b", "strong"))
                 if text.lower() in joined and _is_handle(text)), None)


def _is_handle(text: str) -> bool:
    """A user name: words joined by a handle's marks, or one word in lower case."""
    return bool(_HANDLE.fullmatch(text)) or (text.islower() and text.isalnum())


def _marked_up_author(root: Any) -> list[str]:
    """trafilatura's reading of author markup in the page (bylines, author boxes), as names."""
    from trafilatura.metadata import extract_author

    if too_many_elements(root):
        return []
    try:
        found = extract_author(root)
    except (ValueError, TypeError, RecursionError) as exc:
        log.debug("trafilatura's author search failed: %s", exc)
        return []
    found_names = split_authors(found.split("; ")) if found else ()
    names = [_as_marked(root, name) for name in found_names]
    # A byline box can hold a bio; when any part is not a name (or a user's handle the page shows), none of it is
    # trusted.
    if not all((looks_like_names(n) or (_is_handle(n) and n not in found_names))
               and len(n.split()) <= MARKUP_NAME_WORDS for n in names):
        return []
    return names


# A web archive's copy of a page dates its capture in the markup ("archived 7 Feb 2024 16:40:22 UTC"): not the day
# the page was published, which only the page's own text tells.
_WEB_ARCHIVES = frozenset({"archive.ph", "archive.today", "archive.is", "archive.li", "archive.vn", "archive.md",
                           "archive.fo", "ghostarchive.org"})


CAPTURED_DATE_WORDS = 5


def _archive_capture(metas: dict[str, str]) -> bool:
    """True for a web archive's capture of a page (its site name the archive's, its description the capture's)."""
    return (_meta(metas, "og:site_name") or "").strip().lower() in _WEB_ARCHIVES


def drop_capture_header(root: Any) -> None:
    """Take out a web archive's own bar over its copy of a page (archive.today's "webpage capture", "Saved from",
    the capture's time, "All snapshots from host ..."): the box before the one holding the copy (id CONTENT)."""
    if (squash(" ".join(root.xpath("//meta[@property='og:site_name']/@content")[:1])).lower() not in _WEB_ARCHIVES
            or not root.xpath("//*[@id='CONTENT']")):
        return
    for header in root.xpath("//*[@id='HEADER']")[:1]:
        header.drop_tree()


def _captured_page_date(root: Any) -> str | None:
    """The date the captured page gives itself: the first short line in the archive's copy of it (under its own
    header, id CONTENT) that is a date with at most a word before it ("Published 6 February 2024")."""
    for content in root.xpath("//*[@id='CONTENT']")[:1]:
        for element in itertools.islice(content.iter(), MAX_SEARCHED_ELEMENTS):
            text = squash(element.text or "") if isinstance(element.tag, str) else ""
            if 0 < len(text.split()) <= CAPTURED_DATE_WORDS and (found := parse_date(text)):
                return found
    return None


def _published(root: Any, metas: dict[str, str], node: dict[str, Any]) -> str | None:
    """Publication date from JSON-LD, meta tags or the first <time datetime>."""
    if _archive_capture(metas):
        return _captured_page_date(root)
    candidates: list[Any] = [
        node.get("datePublished"),
        node.get("dateCreated"),
        _meta(metas, "article:published_time", "og:published_time", "datePublished", "pubdate",
              "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"),
    ]
    candidates += root.xpath("//time/@datetime")[:2]
    for candidate in candidates:
        if isinstance(candidate, str) and (iso := parse_date(candidate)):
            return _local_day(root, iso) if _UTC_TIME.search(candidate) else iso
    if month := _declared_month(candidates, metas):
        # htmldate reads a month without a day as today's day of it: a made-up date. A day the page gives in its
        # byline may still say which day of that month it was.
        day = _signed_date(root) or _dateline(root)
        return day if day and day.startswith(month) else month
    # Not htmldate's extensive search: it loads dateparser (6 s) for one more date in 74, and mistakes
    # copyright years for days.
    return _signed_date(root) or _htmldate(root) or _dateline(root) or _dateline(root, parse_month)


# The meta names of a date ("citation_publication_date", "dcterms.issued", "pubdate"): a month without a day in any
# of them is the page's date at that precision.
_DATE_META = re.compile(r"date|publi|issued|created")


def _declared_month(candidates: list[Any], metas: dict[str, str]) -> str | None:
    """A month and year the markup declares as the date with no day ("2026-07", "July 2026"), as YYYY-MM."""
    declared = [c for c in candidates if isinstance(c, str)]
    declared += [value for name, value in metas.items() if _DATE_META.search(name)]
    return next((month for value in declared if (month := parse_month(value))), None)


# Elements whose class or id says they hold the story's byline or date ("By Jo Park | Dec. 2, 2024, 7:45 a.m. ET").
_DATELINE_XPATH = ("//*[re:test(concat(@class, ' ', @id), '(^|[^a-z])(byline|dateline|date|time|timestamp|published"
                   "|pubdate|article-meta|post-meta|entry-meta|page-metadata)([^a-z]|$)', 'i')]")
_DATELINE_CHARS = 200
"""Text an element with a date may hold: a longer one is a section of the page, not a line."""
DATELINE_ELEMENTS = 8
"""Byline and date elements looked in, at most, in page order."""


def _dateline(root: Any, parse: Callable[[str], str | None] = parse_date) -> str | None:
    """The first date written in a byline or date element (parse's, a full one by default), for pages that declare
    none in their markup."""
    if too_many_elements(root):
        return None
    namespaces = {"re": "http://exslt.org/regular-expressions"}
    for element in root.xpath(_DATELINE_XPATH, namespaces=namespaces)[:DATELINE_ELEMENTS]:
        text = squash(element.text_content())
        if text and len(text) <= _DATELINE_CHARS and (found := parse(text)):
            return found
    return None


def _dateline_authors(root: Any) -> list[str]:
    """The names a post's meta line gives with its date ("Posted by Hannah Kim on January 5, 2025"), in an element
    whose class says it holds the byline or the date, for pages that mark up no author; a name alone is not trusted
    there (a byline element may hold the site's or a desk's name)."""
    if too_many_elements(root):
        return []
    namespaces = {"re": "http://exslt.org/regular-expressions"}
    for element in root.xpath(_DATELINE_XPATH, namespaces=namespaces)[:DATELINE_ELEMENTS]:
        text = squash(element.text_content())
        if (text and len(text) <= _DATELINE_CHARS and _POSTED_BY.match(text) and parse_date(text)
                and (names := authors_from(make_line(0, text, 0)))):
            return list(names)
    return []


# A post's meta line opening on who posted it, its day in the same line: "Posted by Hannah Kim on January 5, 2025",
# a wiki's "Created by Ben Adeyemi, last modified by Clara Novak on Feb 19, 2024".
_POSTED_BY = re.compile(r"(?i)^\s*(?:posted|written|published|created)\s+by\s+\S")


def _signed_date(root: Any) -> str | None:
    """The day in a post's meta line naming who wrote it ("Created by Ben Adeyemi, last modified by Clara Novak on
    Feb 19, 2024"), in a byline or meta element: before any date elsewhere on the page (an export's footer, "Document
    generated by Confluence on Mar 04, 2024", is the day it was saved)."""
    if too_many_elements(root):
        return None
    namespaces = {"re": "http://exslt.org/regular-expressions"}
    for element in root.xpath(_DATELINE_XPATH, namespaces=namespaces)[:DATELINE_ELEMENTS]:
        text = squash(element.text_content())
        if text and len(text) <= _DATELINE_CHARS and _POSTED_BY.match(text) and (found := parse_date(text)):
            return found
    return None


def _local_day(root: Any, utc_day: str) -> str:
    """The day a UTC timestamp falls on where the site is: the page's own date when it is a day off.

    "2023-11-09T05:30Z" is the evening of the 8th in America, and the page says so; a date further
    away than a day is something else (an update, a comment), and the declared day stands.
    """
    seen = _htmldate(root)
    if seen is None or seen == utc_day:
        return utc_day
    gap = abs(datetime.date.fromisoformat(seen) - datetime.date.fromisoformat(utc_day))
    return seen if gap == datetime.timedelta(days=1) else utc_day


# A paragraph or list item of prose: enough words and a sentence's end, holding no other block.
# Only those holding a numeric date (htmldate's text patterns all need one): finding them is then one XPath in C.
_PROSE_XPATH = etree.XPath(
    "(//p|//li)[not(.//p|.//div|.//table|.//li)][re:test(., '[0-9][./][0-9]{1,2}[./][0-9]{2}')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})
_PROSE_WORDS = 8  # a date line is shorter: "Posted on 14/3/2025 by Jo Park" is six words
# An element whose own text is only a version tag ("v2.1.0"): htmldate joins it to the next element's text with no
# space, and a release page's tag "v2.1.0" run into its commit "4c3b2a1" read as 2 January 2004. Only with its "v":
# "1.4.12" alone may be a day ("12.03.2024" is one).
_VERSION_XPATH = etree.XPath(
    "//*[translate(substring(normalize-space(text()), 1, 1), 'V', 'v') = 'v'][string-length(text()) < 20]"  # in C
    "[re:test(text(), '^\\s*[vV][0-9]{1,4}(\\.[0-9]{1,4}){1,3}\\s*$')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?:\s|$)")


@contextmanager
def _prose_set_aside(root: Any) -> Iterator[None]:
    """The page without its paragraphs of prose (and versions' numbers) while the block runs, then whole again, for
    htmldate.

    htmldate takes "on 5/12/2026" anywhere in the page for "posted on": in a sentence ("the fete opens on
    5/12/2026") that is an event's day, and the intro would announce it as the article's. Bylines and date lines
    are short, so they stay. Set aside and put back rather than copied: htmldate copies the tree it is given, and
    a second copy of every page cost 0.8 ms a page (twice htmldate's own time).
    """
    aside = []
    for element in _PROSE_XPATH(root):
        text = element.text_content()
        if len(text.split()) >= _PROSE_WORDS and _SENTENCE_END.search(text):
            parent = element.getparent()
            if parent is not None:
                aside.append((parent, parent.index(element), element))
    for parent, _, element in reversed(aside):
        parent.remove(element)  # with its tail, which goes back with it
    versions = [(element, element.text) for element in _VERSION_XPATH(root)]
    for element, _ in versions:
        element.text = ""  # its tail ("v2.1.0 released on 4 November") stays for htmldate to read
    try:
        yield
    finally:
        for parent, index, element in aside:
            parent.insert(index, element)
        for element, text in versions:
            element.text = text


def _htmldate(root: Any) -> str | None:
    """htmldate's reading of the page (URL, headers, visible dates), when the markup declares none."""
    try:
        from htmldate import find_date
    except ImportError:  # installed with trafilatura, but optional for us
        return None
    if too_many_elements(root):
        return None
    try:
        with _prose_set_aside(root):
            found = find_date(root, extensive_search=False, original_date=True)
    except (ValueError, TypeError, RecursionError) as exc:
        log.debug("htmldate failed: %s", exc)
        return None
    return parse_date(found) if isinstance(found, str) else None


def article_body(root: Any) -> str | None:
    """The article's text as its JSON-LD declares it (articleBody), or None."""
    body = _article_node(_json_ld_nodes(root)).get("articleBody")
    return html.unescape(body) if isinstance(body, str) and body.strip() else None


def _own_address(root: Any, metas: dict[str, str], url: str | None) -> str | None:
    """The address the page names as its own (canonical link, og:url), else where it was fetched from.

    It is what identifies the article, so one saved to disk and the same one fetched with a tracking
    query are one episode.
    """
    named = [str(href) for href in root.xpath("//link[@rel='canonical']/@href")] + [_meta(metas, "og:url") or ""]
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
    # the older pragma, <meta http-equiv="content-language">, which meta_tags (by name and property) does not read
    declared += [element.get("content") or "" for element in root.iter("meta")
                 if (element.get("http-equiv") or "").strip().lower() == "content-language"]
    declared += [_meta(metas, name) or "" for name in ("inlanguage", "dc.language", "dcterms.language", "og:locale",
                                                       "language")]
    return tuple(tag for tag in map(declared_tag, declared) if tag)


def page_metadata(root: Any, fallback_title: str, url: str | None) -> Metadata:
    """Everything the page says about its article."""
    nodes = _json_ld_nodes(root)
    node = _article_node(nodes)
    metas = meta_tags(root)
    image = _meta(metas, "og:image", "twitter:image")
    languages = declared_languages(root, metas, node)
    return Metadata(
        title=_title(root, metas, node, fallback_title),
        authors=_authors(root, metas, nodes, node),
        published=_published(root, metas, node),
        language=next(iter(languages), ""),
        declared_languages=languages,
        url=_own_address(root, metas, url),
        image=image,
        description=_meta(metas, "og:description", "description", "twitter:description"),
    )

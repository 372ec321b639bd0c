"""Who wrote an HTML page's article: its JSON-LD's or meta tags' author, a paper's citation tags, the byline's markup, a
label before a name, a post's meta line, trafilatura's author search (a user's handle as the page shows it), a
creator platform's title and card."""

from __future__ import annotations

import html
import itertools
import logging
import re
from typing import Any

from lxml import etree

from narrator.clean.bylines import authors_from, signed_with_given_name
from narrator.clean.common import comparable, ends_as_an_organisation, parse_date, split_authors, squash
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.htmldates import (
    DATELINE_CHARS,
    DATELINE_ELEMENTS,
    DATELINE_XPATH,
    POSTED_BY,
    byline_over_day,
    posted_on_by,
)
from narrator.clean.htmltitle import HEADLINES, SEPARATOR, site_logo_names
from narrator.clean.lines import looks_like_names, make_line
from narrator.clean.metatags import first_meta, too_many_elements
from narrator.clean.runins import broken_lines

log = logging.getLogger(__name__)


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
# A byline's text is shorter than this; a longer one is a box of more than the names.
BYLINE_LINE_CHARS = 120


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


# Dublin Core's creator as a library catalogues a person: family name, given names, perhaps the years of their life
# ("Tarrow, Agnes, 1871-1944", Project Gutenberg's; "Okafor, Miriam"): said given name first, without the years.
# A family name is one word, or two after a particle ("Van Dyke"): two names of two words each ("Lee Ann, Raj Patel")
# are two people.
_CATALOGUED = re.compile(r"((?:(?:[Vv][ao]n|[Dd][eau]|[Dd]el|[Ll][ae]|St\.?) )?[A-Z][\w'’-]+),\s*"
                         r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"
                         r"(?:,\s*(?:\d{3,4}\??\s*-\s*(?:\d{3,4}\??)?|active \d{4}))?")


def _citation_authors(root: Any) -> list[str]:
    """A paper's authors from its citation_author tags, each as it is said, given name first."""
    return [_FAMILY_FIRST.sub(r"\2 \1", squash(name)) for name in _CITATION_AUTHORS(root) if squash(name)]


def page_authors(root: Any, metas: dict[str, str], nodes: list[dict[str, Any]],
                 node: dict[str, Any]) -> tuple[str, ...]:
    """Authors from JSON-LD, meta tags, or rel=author / byline markup."""
    names = _declared_authors(nodes, node)
    if not names:
        # a serial fiction's chapter is typed as Open Graph's book, its writer "books:author" (Royal Road)
        meta_author = first_meta(metas, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                                 "books:author")
        if meta_author and not meta_author.startswith("http"):
            if meta_author == metas.get("dc.creator") and (catalogued := _CATALOGUED.fullmatch(meta_author)):
                meta_author = f"{catalogued.group(2)} {catalogued.group(1)}"
            names = [_linked_name(root, meta_author) or meta_author]
    if not names:
        names = _citation_authors(root)
    if names and _names_the_site(names, metas):
        names = _person_over_site(root) or names
    elif names and _group_named_as_site(names, root):
        names = []  # a portal's meta author is its own name ("Fenwick Bell Ringers"): a byline is looked for
    byline = _byline_names(root)
    if not names:
        names = byline
    elif (byline and len(byline) > len(names) and _folded(names) <= _folded(byline)
          and all(_PERSON.match(name) for name in split_authors(byline))):
        names = byline  # the page's head names its first author, the byline all of them
    if not names:
        names = _marked_up_author(root)
        names = _person_over_site_link(root, names) or names
    if not names:
        names = _labelled_author(root) or _author_classed_name(root)
    if not names:
        names = _dateline_authors(root)
    if not names:
        names = (_meta_line_author(root) or _by_then_day(root) or _submitted_by(root) or _byline_over_day(root)
                 or _posted_by_line(root) or _posted_on_by_line(root))
    if not names:
        names = (_platform_creator(root, metas) or _creator_card_name(root) or _name_beside_avatar(root)
                 or _dated_name_beside_picture(root))
    if not names:
        names = _profile_over_post(root)
    return split_authors(names)


# A CMS declares its writer by login (Plone's DC.creator "mfraser") and links the byline's name to the login's page
# ('by <a href="/author/mfraser">Moira Fraser</a>'): the login was said as the writer's name.
_LOGIN_LINKS = etree.XPath("//a[contains(@href, $login)]")
LOGIN_LINKS = 5


def _linked_name(root: Any, login: str) -> str | None:
    """The person's name a link to the login's own page gives, where the declared author is a login."""
    if not _is_handle(login):
        return None
    for link in _LOGIN_LINKS(root, login=login)[:LOGIN_LINKS]:
        name = squash(link.text_content())
        if link.get("href", "").rstrip("/").rsplit("/", 1)[-1] == login and _PERSON.match(name) and \
                looks_like_names(name):
            return name
    return None


# A post's poster named only in a link to their profile over it (Quora's answer header, groups.io's "user-name" box):
# the link stands a few levels from the post's first paragraph, in the box that holds both. A signed-in reader's name
# in the page's header, a sidebar's member or a commenter under the post is not so near before it.
_PROFILE_LINKS = etree.XPath("//a[contains(@href, '/profile') or contains(@href, '/user') or contains(@href, '/u/')"
                             " or contains(@href, '/member') or contains(@href, '/people/')]")
_PROFILE_HREF = re.compile(r"/(?:profiles?|users?|u|members?|people)/[^/?#\s]+/?(?:profile/?)?$")
PROFILE_LINKS = 5
PROFILE_LEVELS = 4
POST_PARAGRAPH_CHARS = 80


def _profile_over_post(root: Any) -> list[str]:
    """The name of a profile link that stands just before the post's first paragraph, in the same small box."""
    first = next((p for p in root.iter("p") if len(squash(p.text_content())) > POST_PARAGRAPH_CHARS), None)
    if first is None:
        return []
    above = set(first.iterancestors())
    found = []
    for link in _PROFILE_LINKS(root)[:PROFILE_LINKS]:
        name = squash(link.text_content())
        if not (_PROFILE_HREF.search(link.get("href", "")) and _PERSON.match(name) and looks_like_names(name)):
            continue
        shared = next((a for a in itertools.islice(link.iterancestors(), PROFILE_LEVELS) if a in above), None)
        if (shared is not None and shared.tag not in ("body", "html") and not _in_site_furniture(link)
                and _before(link, first)):
            found.append((name, link))
    # A project's page names its creator over the post's own header (Kickstarter's "by Saltmarsh Games" over an
    # update's "Rosa Penhale"): a poster linked in the post's own <article> is the post's.
    post = next(first.iterancestors("article"), None)
    return [next((name for name, link in found if post is not None and post in link.iterancestors()),
                 found[0][0])] if found else []


def _in_site_furniture(element: Any) -> bool:
    """True inside the site's menus, sidebars or foot, or a header outside any article: where a signed-in reader's
    own name and profile link stand."""
    ancestors = list(element.iterancestors())
    tags = {a.tag for a in ancestors}
    return bool(tags & {"nav", "aside", "footer"}) or ("header" in tags and not tags & {"article", "main"})


def _before(element: Any, other: Any) -> bool:
    """True when element opens before other in the page."""
    for node in element.getroottree().getroot().iter():
        if node is element:
            return True
        if node is other:
            return False
    return False


def _names_the_site(names: list[str], metas: dict[str, str]) -> bool:
    """True when the declared author is the site itself (Squarespace's itemprop author, a publisher's Organization):
    its og:site_name, which names who publishes, not who wrote."""
    site = first_meta(metas, "og:site_name")
    return bool(site) and len(names) == 1 and comparable(names[0]) == comparable(site or "")


# A portal names itself as its pages' meta author (XOOPS's, PHP-Nuke's "Otterburn Walking Club"), the same words as its
# logo's alt text or the outer part of its <title> ("Site - News - Story"): the site, not the story's writer. Only a
# group's name: an organisation's last word, a plural one ("Harbour Players") or three words or more. A personal site
# named for its writer ("Ruth Okafor", "Mary Ann Evans") opens on a given name and keeps it.
GROUP_NAME_WORDS = 3


def _group_named_as_site(names: list[str], root: Any) -> bool:
    """True when the one name declared is a group's, the site's own as its logo or its <title>'s first or last part
    gives it, and opens on no given name."""
    words = names[0].split() if len(names) == 1 else []
    if not words or words[0].casefold() in GIVEN_NAMES or not (
            len(words) >= GROUP_NAME_WORDS or words[-1].endswith("s") or ends_as_an_organisation(names[0])):
        return False
    name = comparable(names[0])
    parts = SEPARATOR.split(squash(" ".join(root.xpath("//title/text()")[:1])))
    return (len(parts) >= 2 and name in {comparable(parts[0]), comparable(parts[-1])}) or name in site_logo_names(root)


def _person_over_site(root: Any) -> list[str]:
    """The person the page's own byline or author markup names, where its head names only the site; none when they
    name the site too (a personal blog titled by its writer's name) or no person. A site builder's post names its
    poster only in its meta line (GoDaddy's "Posted by Gemma Holt / December 1, 2026", the site's name its meta
    author)."""
    for names in (_byline_names(root), _marked_up_author(root), _dateline_authors(root)):
        if names and all(_PERSON.match(name) for name in split_authors(names)):
            return names
    return []


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


# A blog's author shown as a picture its class names the author's ("o_wblog_author_avatar", "author-avatar") and, in
# the element after it, the name over the day (Odoo: "<div class='o_wblog_author_avatar'><img></div><div><span>Connor
# Mehta</span><small>October 21, 2026</small></div>"). Only a box of the picture alone, and a name shaped as one.
_AUTHOR_AVATARS = etree.XPath("//*[contains(@class, 'author_avatar') or contains(@class, 'author-avatar')]")


def _name_beside_avatar(root: Any) -> list[str]:
    """The person's name that opens the element after the author's picture, so classed."""
    for avatar in _AUTHOR_AVATARS(root)[:CREATOR_CARDS]:
        beside = avatar.getnext()
        if squash(avatar.text_content()) or avatar.find(".//img") is None or beside is None:
            continue
        first = next((squash(text) for text in beside.itertext() if squash(text)), "")
        if _PERSON.match(first) and looks_like_names(first):
            return [first]
    return []


# A post's meta box of a round picture and, in the element after it, the writer's name over the post's day, no class
# naming an author's (a site builder's '<img class="rounded-circle"><div><span class="sw-font-weight-semibold">Joy
# Amadi</span><span>Nov 19, 2026 · 4 min read</span></div>', Tailwind's "h-10 w-10 rounded-full"). The day under the
# name is the evidence: a team page's picture has a name and a post, a comment's is in its comment.
_ROUND_PICTURES = etree.XPath(
    "//img[contains(@class, 'rounded-full') or contains(@class, 'rounded-circle') or contains(@class, 'avatar')]"
    "[not(ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')])]")
ROUND_PICTURES = 3


def _dated_name_beside_picture(root: Any) -> list[str]:
    """The person's name that opens the element after a round picture, the post's day in a text after it."""
    for picture in _ROUND_PICTURES(root)[:ROUND_PICTURES]:
        beside = picture.getnext()
        if beside is None or squash(picture.tail or ""):
            continue
        texts = [squash(text) for text in beside.itertext() if squash(text)]
        if (len(texts) >= 2 and _PERSON.match(texts[0]) and looks_like_names(texts[0])
                and any(parse_date(text) for text in texts[1:3])):
            return [texts[0]]
    return []


def _platform_creator(root: Any, metas: dict[str, str]) -> list[str]:
    """The creator the <title> names as on the site ("... | Name on Site"), when the page shows the name alone."""
    site = (first_meta(metas, "og:site_name") or "").strip()
    page_title = squash(" ".join(root.xpath("//title/text()")[:1]))
    parts = SEPARATOR.split(page_title)
    if not site or len(parts) < 2 or not parts[-1].lower().endswith(f" on {site.lower()}"):
        return []
    name = parts[-1][:-len(site) - 4].strip()
    if not (name and len(name.split()) <= CREATOR_NAME_WORDS and looks_like_names(name)):
        return []
    return [name] if any(squash(e.text or "") == name for e in root.iter("a", "span", "p", "div", "h2")) else []


# A reader's or an export's line under the headline, of parts set apart with dots or bars, one of them the byline:
# "townandcountry-review.example · by Helen Ashworth · 6 min"; a WordPress theme's "September 10, 2026 / News / by
# Meera Shah" sets its parts apart with slashes.
_LINE_PARTS = re.compile(r"\s+[·•|/]\s+")
_BY_PART = re.compile(r"(?i)^by\s+(.+)$")
META_LINE_CHARS = 160
# A document's credit line under its title: "Prepared by Sanjay Mehta for the governors, March 2024", "Compiled by Ann
# Lee": the verb, the person, and whom or when it was for.
_CREDIT_LINE = re.compile(r"^(?i:prepared|written|compiled|drafted|produced|submitted)\s+(?i:by)\s+"
                          r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})(?:\s+(?i:for|on)\b.*|,.*|\.)?$")
META_LINES = 2
# A blog's line naming the poster before the day: Wagtail's and many themes' "Posted by Imogen Hart on 27 April 2026".
_BY_ON_DAY = re.compile(r"(?i)^(?:posted|written|published)\s+by\s+(.{3,60}?)\s+on\s+(.{4,40})$")


def _meta_line_author(root: Any) -> list[str]:
    """The person a part of the line just under the headline names as its author ("· by Ann Lee ·")."""
    headline = next(iter(HEADLINES(root)), None)
    if headline is None:
        return []
    for line in itertools.islice(headline.itersiblings(), META_LINES):
        if not isinstance(line.tag, str):
            continue
        if names := _line_author(squash(line.text_content())) or _dated_name(squash(line.text_content())):
            return names
        # a print page's "By Kate Nicholson<br>Published: Monday, 12 October 2026": its text run together, a line each
        if line.find("br") is not None and (names := next(filter(None, map(_line_author, broken_lines(line))), [])):
            return names
    return []


# A blog's meta line under the headline giving the day, then the writer's name alone, parted by bullets (Nextra's
# "November 14, 2026 • Tom Ryder • #testing", its bullets in spans of their own, no spaces around them).
_BULLETS = re.compile(r" ?[·•|] ?")  # on squashed text: one space at most either side (a run of them was rescanned)


def _dated_name(text: str) -> list[str]:
    """The name a meta line gives alone right after its day: a person's, opening on a given name."""
    if not text or len(text) > META_LINE_CHARS or ("•" not in text and "·" not in text and "|" not in text):
        return []
    parts = _BULLETS.split(text, maxsplit=2)
    if len(parts) >= 2 and parse_date(parts[0]) and signed_with_given_name(parts[1]) and _PERSON.match(parts[1]):
        return [parts[1]]
    return []


def _line_author(text: str) -> list[str]:
    """The person one line under the headline names as its author, if it names one."""
    if not text or len(text) > META_LINE_CHARS:
        return []
    parts = _LINE_PARTS.split(text)
    named = [found.group(1) for part in parts[1:] if (found := _BY_PART.match(part))]
    if len(parts) > 1 and len(named) == 1 and _PERSON.match(named[0]):
        return named
    if len(parts) == 1 and (alone := _BY_PART.match(text)) and _PERSON.match(alone.group(1)):
        return [alone.group(1)]  # a line of its own, "by Marcus Hale" (Shopify's caption under the headline)
    if (credit := _CREDIT_LINE.match(text)) and _PERSON.match(credit.group(1)):
        return [credit.group(1)]
    if (dated := _DATED_BY.match(text)) and parse_date(dated.group(1)) and _PERSON.match(
            poster := _FILED_IN.sub("", text[dated.end():]).rstrip(".")):
        # "Posted on Sunday 8 November 2026 by The Revd Mary Dunn": the day, then who posted (and where it is filed,
        # "in Mammals, Wetlands")
        return [poster]
    if (on_day := _BY_ON_DAY.match(text)) and _PERSON.match(on_day.group(1)) and parse_date(on_day.group(2)):
        return [on_day.group(1)]
    return []


# A label printed before the author's name in a page's meta box: "<h4>Autor</h4><p><a>Nikolai Huke</a>, </p>",
# "<span>Autor:</span> Fritz Imhof<br>", "<span>Author: </span><span>Jacopo Cascioli</span>"; a report's details as a
# list of terms, "<dt>Authors</dt><dd>Tom Asante</dd>" (one name: a list of names is not taken from a label).
# A magazine's credit names the writer by the words they gave: "<span>Words by Liam O'Connor</span>", "Text by", "Words
# and pictures by".
_CREDIT_WORDS = r"(?:written|words|text|story)(?: and (?:pictures|photos|photographs|images))? by"
_AUTHOR_LABEL = etree.XPath(
    "//*[re:test(normalize-space(text()), '^((authors?|autor|autorin|auteur|autore|written by|verfasst von|preacher)"
    f"\\s*:?|{_CREDIT_WORDS} \\S.{{2,60}})$',"
    " 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})
_CREDITED = re.compile(rf"(?i)^{_CREDIT_WORDS}\s+")
AUTHOR_LABELS = 3


def _labelled_author(root: Any) -> list[str]:
    """The name right after an author's label in the page (its tail text, or the next element's), if it is one."""
    if too_many_elements(root):
        return []
    for label in _AUTHOR_LABEL(root)[:AUTHOR_LABELS]:
        own = squash(label.text or "")
        if (credit := _CREDITED.match(own)) and _PERSON.match(named := own[credit.end():].strip(" ,;|·•")):
            return [named]  # the label and the name in one element: "<span>Written by Joel Hartley</span>" (Intercom)
        following = label.getnext()
        # "<p>Written by <a>Ann Lee</a></p>": the name in the label's own element, after its words
        inner = label[0].text_content() if len(label) and not squash(label.tail or "") else None
        for text in (inner, label.tail, following.text_content() if following is not None else None):
            name = squash(text or "").strip(" ,;|·•")
            if name and looks_like_names(name) and _PERSON.match(name):
                return [name]
    return []


# The writer's name alone in an element of the article its class names the author's ("<div class='author'><span
# class='name'>Grace Oduya</span></div>" under an Astro blog's headline, "<p class='post-author'>"): trafilatura's
# search leaves out what stands in the headline's box ("title"). Only in an <article>, and only a person's name.
# A comment set as an <article> in a list (WordPress's "<ol class='comment-list'><li><article>") names its poster so:
# not the writer.
_AUTHOR_CLASSED = etree.XPath(
    "//article[not(ancestor::li)][not(ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')])]"
    "//*[re:test(@class, '(^|\\s)([\\w-]*-)?author(-name)?(\\s|$)', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})
AUTHOR_CLASSED_LOOKED_AT = 3


def _author_classed_name(root: Any) -> list[str]:
    """A person's name that is the whole text of one of the article's first elements classed as its author's."""
    if too_many_elements(root):
        return []
    for element in _AUTHOR_CLASSED(root)[:AUTHOR_CLASSED_LOOKED_AT]:
        name = squash(element.text_content()).strip(" ,;|·•")
        if _PERSON.match(name) and looks_like_names(name):
            return [name]
    return []


# A person's name as a byline writes it: two to four capitalised words, initials allowed ("Ann B. Lee"); not a
# site ("Phys.org") or a desk ("Staff Reporter" passes, and is what the byline says).
_NAME_WORD = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’-]+)"
_PERSON = re.compile(rf"^{_NAME_WORD}(?: (?:{_NAME_WORD}|van|von|de|da|del|la|le|bin|al)){{1,3}}$")


# A byline giving the day before the name ("Posted Oct 20, 2024 by larchwood"): the day's comma parted it into two
# names ("Posted Oct 20" and "larchwood").
_DATED_BY = re.compile(r"(?i)^(?:posted|published|submitted|written)\s+(?:on\s+)?(.{4,40}?)\s+by\s+(?=\S)")
# The categories a post is filed in after its poster ("... by Tom Ashworth in Mammals, Wetlands").
_FILED_IN = re.compile(r" in [A-Z][^,]{0,40}(?:, [A-Z][^,]{0,40}){0,5}$")


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
        if named and named[0].tag == "meta" and 0 < len(squash(named[0].get("content", ""))) < BYLINE_LINE_CHARS:
            # the Person's name given as a <meta> (NodeBB's), beside the words that run on ("fernwright wrote on")
            return [squash(named[0].get("content", ""))]
        if named and squash(named[0].text_content()):
            element = named[0]  # "<span class='authors'>Ann Lee</span> example.org 7 min read"
        elif (by_alone := _by_name_alone(element)) is not None:
            element = by_alone  # "<span>By Adaeze Obi</span><span>Transportation Reporter</span>": the post apart
        elif len(lines := [p for p in element.iterchildren("p", "div") if squash(p.text_content())]) > 1:
            element = lines[0]  # "<p>Co-authored by X</p><p>Last Updated: March 30, 2026</p>": lines apart
        elif element.find("br") is not None and (named_line := _first_named_line(element)):
            return named_line  # "By Jo Ames<br>Health Reporter<br>3 March 2026": the writer's post ran into the name
        text = squash(" ".join(element.itertext()))  # "<span>By</span><a>Name</a>": two words
        if not ((dated := _DATED_BY.match(text)) and parse_date(dated.group(1))):  # "Posted <time>...</time> by X"
            # a bar or bullet left at either end by a day taken out goes with it
            text = squash(" ".join(_texts_but_days(element))).strip(" ·•|/–—-,")
        text = _undated_byline(text)
        if 0 < len(text) < BYLINE_LINE_CHARS:
            return list(authors_from(make_line(0, text, 0))) or [text]
    return []



# A byline box whose name and the writer's post stand in elements of their own, the name's opening on "By" ('<span
# class="byline-name">By Adaeze Obi</span><span class="byline-role">Transportation Reporter</span>', a regional
# paper's "byline" and "byline-title"): the box's text ran the post into the name ("Adaeze Obi Transportation
# Reporter"). The first element alone is the byline when it is "By" and a person's name and what follows adds no name
# ("<span>and Bo Chan</span>").
_MORE_NAMES = re.compile(r"(?i)^(?:and\b|&|with\b|,)")
_LETTER = re.compile(r"[^\W\d_]")


def _by_name_alone(element: Any) -> Any | None:
    """The byline box's first element, when it is "By" and a person's name and the next element another part."""
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) < 2 or squash(element.text or "") or _LETTER.search(children[0].tail or ""):
        return None
    first = squash(children[0].text_content())
    if first[:3].lower() != "by " or not _PERSON.match(first[3:].strip()):
        return None
    return None if _MORE_NAMES.match(squash(children[1].text_content())) else children[0]


# A byline box that sets the day in an element of its own beside the name ('<span class="p-byline">Aoife
# Brennan</span><span class="p-dateline">Sun, 22 Nov, 2026 - 18:40</span>'): the box's text ran the two together, and
# the day's commas parted it into more names ("Aoife Brennan Sun", "22 Nov and 2026 - 18:40"). The day's element, a
# <time> or one its class or id names a date or a time, is no part of the names when it holds a day and no more; it
# parts them from what follows as a bar would ("By Emily Burack | 11 Edit": a count of comments, an editor's link).
_DAY_CLASS = re.compile(r"(?i)(?:^|[^a-z])(?:date|dateline|time|timestamp|pubdate|published)(?:[^a-z]|$)")
DAY_ELEMENT_WORDS = 8
# The words a day alone is written with besides its numbers: months', weekdays' names and their abbreviations, a
# clock's, and the verbs a stamp opens on ("Updated 4 Dec 2026 at 9am").
_DAY_WORD = re.compile(
    r"(?i)(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep"
    r"|october|oct|november|nov|december|dec|monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu"
    r"|friday|fri|saturday|sat|sunday|sun)\.?|at|on|am|pm|a\.m\.|p\.m\.|st|nd|rd|th|utc|gmt|updated|published"
    r"|posted")
_LETTERS = re.compile(r"[^\W\d_][\w.]*")


def _is_day_element(element: Any) -> bool:
    """An element of a byline that holds its day alone: a <time>, or one its class or id names a date."""
    if not isinstance(element.tag, str):
        return False
    if element.tag != "time" and not _DAY_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
        return False
    text = squash(element.text_content())
    return (0 < len(text.split()) <= DAY_ELEMENT_WORDS and parse_date(text) is not None
            and all(_DAY_WORD.fullmatch(word) for word in _LETTERS.findall(text)))


def _texts_but_days(element: Any) -> list[str]:
    """The texts of a byline box, each element in it that gives its day alone a bar instead (their tails stay)."""
    days = {inner for inner in element.iterdescendants() if _is_day_element(inner)}
    if not days:
        return list(element.itertext())
    texts = []
    for text in element.xpath(".//text()"):
        holder = text.getparent().getparent() if text.is_tail else text.getparent()  # a tail is its parent's text
        if holder is None or not any(node in days for node in itertools.chain([holder], holder.iterancestors())):
            texts.append(str(text))
        elif texts[-1:] != ["|"]:
            texts.append("|")
    return texts


def _first_named_line(element: Any) -> list[str]:
    """The names the first of a byline's lines broken by <br> gives, when that line opens on "by"."""
    lines = broken_lines(element)
    first = _undated_byline(lines[0]) if lines else ""
    if not first.lower().startswith("by ") or len(first) >= BYLINE_LINE_CHARS:
        return []
    return list(authors_from(make_line(0, first, 0)))


def _folded(names: list[str]) -> set[str]:
    """Names compared without case or spacing."""
    return {" ".join(name.lower().split()) for name in split_authors(names)}


def _as_marked(root: Any, name: str) -> str:
    """The name as the page sets it apart: the search can run a name into the next element's first word ("Priya
    Raman" then "Department of Computer Science" read as "Priya Raman Department"); when no text of the page holds
    the whole, the longest text that is its first words (two or more) is the name."""
    words = name.split()
    texts = {squash(text) for text in root.itertext() if words[0] in text}
    if not any(name in text for text in texts) and (handle := _as_handle(root, words)):
        return handle
    if not any(name in text for text in texts) and (stopped := _with_stops(texts, words)):
        return stopped
    if len(words) < 3 or any(name in text for text in texts):
        return name
    return next((" ".join(words[:n]) for n in range(len(words) - 1, 1, -1) if " ".join(words[:n]) in texts), name)


def _with_stops(texts: set[str], words: list[str]) -> str | None:
    """The name as a text of the page writes it with the stops the search left out of its initials and titles ("Mrs
    H Brennan" for "Mrs H. Brennan"), when one does."""
    if not any(len(word) <= SHORT_WORD_CHARS for word in words):
        return None
    stopped = re.compile(r"\b" + " ".join(re.escape(word) + r"\.?" for word in words) + r"(?!\w)")
    return next((found.group() for text in texts if (found := stopped.search(text))), None)


# An initial or a title's abbreviation, the words whose stop the search drops ("H", "Mrs", "Dr").
SHORT_WORD_CHARS = 3
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


# A credit's label before the writer's name, a colon after it ('<span class="article__author">Text: Maren Holt</span>',
# "Words: Jonas Berg", "Story: Ana Ruiz"): the search takes the label's word for the name's first ("Text Maren Holt").
# Only a word a credit is labelled with, the page showing it so, with its colon, and a person's name after it.
_CREDIT_LABEL_WORDS = frozenset({"text", "texte", "words", "story", "reporting", "interview", "report"})


def _without_credit_label(root: Any, name: str) -> str:
    """The name without a credit's label the search ran into it ("Text Maren Holt" -> "Maren Holt")."""
    label, _, rest = name.partition(" ")
    if label.lower() not in _CREDIT_LABEL_WORDS or not _PERSON.match(rest):
        return name
    labelled = re.compile(rf"(?:^|\s){re.escape(label)}\s*:(?:\s|$)")
    return rest if any(labelled.search(text) for text in root.itertext() if label in text) else name


# A reader's view of a followed blog names the blog and its writer in elements classed alike (the WordPress.com
# Reader's "reader-author-link" on the blog's link over the post's headline and on the writer's under it): the search
# took the first, the blog's name ("The Bench Notebook"). A name the page links to a site's home page is the site's,
# when another element classed as the author's gives a person's name.
_SITE_ROOT = re.compile(r"^(?:https?://[^/?#]+)?/?$")
_AUTHOR_CLASSED_ANY = etree.XPath("//*[contains(@class, 'author')]")
_LINKS_NAMED = etree.XPath("//a[normalize-space(.) = $name]")
SITE_LINK_AUTHORS = 6


def _person_over_site_link(root: Any, names: list[str]) -> list[str]:
    """The person another author-classed element names, when the name found (or two, a site's name parted at its
    "and": "Fells and Becks") links to a site's home page."""
    found = " and ".join(names)
    if not 0 < len(names) <= 2 or not any(_SITE_ROOT.match((link.get("href") or "x").strip())
                                          for link in _LINKS_NAMED(root, name=found)):
        return []
    for element in _AUTHOR_CLASSED_ANY(root)[:SITE_LINK_AUTHORS]:
        text = squash(element.text_content())
        if (text != found and _PERSON.match(text) and looks_like_names(text)
                and not _SITE_ROOT.match((element.get("href") or "x").strip())):
            return [text]
    return []


# An organisation's card in microformats ('<dd class="author fn org">Kirkstall Community Centre, Morris Lane</dd>', an
# events plugin's venue or organiser): trafilatura took its "author" class for a byline, and the venue was said as
# the event page's writers. A name the page marks as an organisation's is no byline.
_ORGANISATION_CARDS = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' org ')]")


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
    cards = [squash(card.text_content()) for card in _ORGANISATION_CARDS(root)]
    if found and cards and all(any(part.strip() in card for card in cards) for part in found.split(";")):
        return []  # its parts parted at the card's commas ("Kirkstall Community Centre; Morris Lane")
    found_names = split_authors(found.split("; ")) if found else ()
    names = [_without_credit_label(root, _as_marked(root, name)) for name in found_names]
    # A byline box can hold a bio; when any part is not a name (or a user's handle the page shows), none of it is
    # trusted.
    if not all((looks_like_names(n) or (_is_handle(n) and n not in found_names))
               and len(n.split()) <= MARKUP_NAME_WORDS for n in names):
        return []
    return names


def _dateline_authors(root: Any) -> list[str]:
    """The names a post's meta line gives with its date ("Posted by Hannah Kim on January 5, 2025"), in an element
    whose class says it holds the byline or the date, for pages that mark up no author; a name alone is not trusted
    there (a byline element may hold the site's or a desk's name)."""
    if too_many_elements(root):
        return []
    namespaces = {"re": "http://exslt.org/regular-expressions"}
    for element in root.xpath(DATELINE_XPATH, namespaces=namespaces)[:DATELINE_ELEMENTS]:
        # parts in blocks of their own are apart ("<p>Posted by Gemma Holt</p><p>/</p><p>December 1, 2026</p>")
        blocks = element.find("p") is not None or element.find("div") is not None
        text = squash(" ".join(element.itertext()) if blocks else element.text_content())
        if (text and len(text) <= DATELINE_CHARS and POSTED_BY.match(text) and parse_date(text)
                and (names := authors_from(make_line(0, text, 0)))):
            return list(names)
    return []


# A forum post's header line, the poster then the day after a dash: Moodle's "by Mrs J. Okonkwo - Monday, 21 September
# 2026, 4:05 PM", phpBB's "by ann_lee » Sat Mar 02, 2024 10:15 am". Its element has no class to say so, and it may
# stand under the post's own heading rather than the page's <h1>: a line of text opening on "by" is looked for, the
# first few only, and taken when the rest is a day.
_BY_TEXTS = etree.XPath("//text()[starts-with(concat(normalize-space(.), ' '), 'by ')"
                        " or starts-with(concat(normalize-space(.), ' '), 'By ')]")
_BY_THEN_DAY = re.compile(r"(?i)(?:post(?:ed)?\s+)?by\s+(.{3,60}?)\s+[-–—»|]\s+(.{6,60})")
BY_LINES = 5


def _by_then_day(root: Any) -> list[str]:
    """The poster a post's header line names before its day ("by Name - Monday, 21 September 2026, 4:05 PM")."""
    for text in _BY_TEXTS(root)[:BY_LINES]:
        element = text.getparent()
        if element is None:
            continue
        if text.is_tail:  # "<a>x</a> by ..." : the line is the element holding both
            element = element.getparent()
        line = squash(element.text_content()) if element is not None else ""
        found = _BY_THEN_DAY.fullmatch(line)
        if found and _PERSON.match(found.group(1)) and parse_date(found.group(2)):
            return [found.group(1)]
    return []


# A post's line naming its poster, then the post's categories and its time, its day or its age, where no element's class
# calls it a byline or a date: Serendipity's footer "Posted by Ann Ward in Village life at 10:42 | Comments (2)" (its
# day in a heading over the post), e107's "Posted by Ruth Okafor on Tuesday 03 November 2026 - 19:20:45", Mezzanine's
# "Posted by: Mary Brook 3 weeks, 2 days ago". Only the first few lines that open so.
_POSTED_TEXTS = etree.XPath("//text()[starts-with(normalize-space(.), 'Posted by')]")
_POSTED_LINE = re.compile(r"Posted by:?\s+(\S.{2,60}?)\s+(?:in\s+\S.{0,80}?\s+at\s+\d{1,2}[:.]\d\d(?!\d)"
                          r"|on\s+(\S.{5,60})|(?:\d{1,3}|an?)\s+(?:minute|hour|day|week|month|year)s?\b.{0,20}?\bago\b)")
POSTED_LINES = 3


def _posted_by_line(root: Any) -> list[str]:
    """The poster a post's line names before its category and time, its day or its age ("Posted by Ann Ward in
    Village life at 10:42", "Posted by Ruth Okafor on Tuesday 03 November 2026", "Posted by: Mary Brook 3 weeks
    ago")."""
    for text in _POSTED_TEXTS(root)[:POSTED_LINES]:
        element = text.getparent()
        if element is not None and text.is_tail:
            element = element.getparent()
        # the poster in a box of their own, the day in the next ("<span class='itemPoster'>Posted by <a>Joan
        # Marsh</a></span> <span class='itemPostDate'>on 2026/11/20</span>", XOOPS's): the line is their parent's
        for box in (element, element.getparent() if element is not None else None):
            found = _POSTED_LINE.match(squash(box.text_content())[:DATELINE_CHARS]) if box is not None else None
            if (found and _PERSON.match(name := found.group(1)) and looks_like_names(name)
                    and (found.group(2) is None or parse_date(found.group(2)))):
                return [name]
    return []


def _posted_on_by_line(root: Any) -> list[str]:
    """The person a static site's "Posted on November 28, 2026 by Tomasz Wilk" line names, in a box no class names
    (and not the categories after them: "by Ann Ward in Recipes, Baking")."""
    found = posted_on_by(root)
    name = _FILED_IN.sub("", found[1]) if found is not None else ""
    return [name] if name and _PERSON.match(name) and looks_like_names(name) else []


def _byline_over_day(root: Any) -> list[str]:
    """The person a "By ..." line names over a line of its day alone ("By Geoffrey Tanner<BR>Last updated ...")."""
    found = byline_over_day(root)
    return [found[0]] if found is not None and _PERSON.match(found[0]) else []


# A link aggregator's line under a post, its age, its poster's handle and its community: Lemmy's and old Reddit's
# "submitted 2 days ago by runnerbean to allotments". The verb opens the line, an age or a day follows it.
_SUBMITTED_TEXTS = etree.XPath("//text()[starts-with(concat(normalize-space(.), ' '), 'submitted ')]")
_SUBMITTED_BY = re.compile(r"(?i)submitted\s+(.{3,40}?)\s+by\s+([\w.-]{2,40})(?:\s+to\s+\S{2,60})?")


def _submitted_by(root: Any) -> list[str]:
    """The poster an aggregator's "submitted <age> by <name> to <community>" line names."""
    for text in _SUBMITTED_TEXTS(root)[:BY_LINES]:
        element = text.getparent()
        if element is not None and text.is_tail:
            element = element.getparent()
        found = _SUBMITTED_BY.fullmatch(squash(element.text_content())) if element is not None else None
        if found and (found.group(1).endswith(" ago") or parse_date(found.group(1))):
            return [found.group(2)]
    return []

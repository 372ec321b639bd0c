"""An HTML page's headline: its JSON-LD's, og:title, an <h1> or its <title>, without the site's name around it (a
logo's heading, a wiki's bracketed name, a trail's first crumb, a print view's parts), or a subheading where the page
has no <h1>."""

from __future__ import annotations

import html
import itertools
import re
from typing import Any

from lxml import etree

from narrator.clean.common import MONTH_NAMES, comparable, squash, without_number_mark
from narrator.clean.metatags import first_meta
from narrator.clean.platforms import obituary_heading, release_heading, repository_heading

# Each pattern of a separator between spaces starts at a run of spaces' first (?<!\s): tried from every space
# of a long run (a <title> of thousands of newlines), each would scan the rest of the run again.
_TITLE_SUFFIX = re.compile(r"(?<!\s)\s+[|\-–—:·•»]\s+[^|\-–—:·•»]{2,60}$")
# A link to a site's home page ("/", "https://example.org/", or an archived copy of one).
# A link to the home page: the site's root, or a portal's front script ("index.php", PHP-Nuke's, PostNuke's, XOOPS's).
HOME_LINK = re.compile(r"^(?:https?://[^/?#]+)?(?:\.?/)?(?:index\.(?:php|html?))?$|https?://[^/?#]+/?$")
SEPARATOR = re.compile(r"(?<!\s)\s+[|\-–—·•»]+\s+")
# A site's name before a colon opens a blog's title ("Rook and Pawn: Why I gave up the Sicilian").
_NAME_COLON = re.compile(r":\s+")
# A date is no site's name: a newsletter's issue ("Parish Bulletin - March 2025") keeps it.
_DATE_SUFFIX = re.compile(rf"(?i)(?<!\s)\s+[|\-–—:·•»]\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_NAMES})\.?"
                          rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d\d$")
# Page headings that may hold a thread's or a page's title where it has no <h1> ("Topic - Page 2 - Board - Site").
_SUBHEADLINES = etree.XPath(
    "(//h2 | //h3)[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::*[@role='navigation'])]")
SUBHEADLINES_LOOKED_AT = 3
_FOLLOWING_SUBHEADLINES = etree.XPath(
    "following::*[self::h2 or self::h3][not(ancestor::nav or ancestor::footer or ancestor::aside)]")
_FOLLOWING_H1 = etree.XPath("following::h1[not(ancestor::nav or ancestor::footer or ancestor::aside)]")
# Page headings that can be the headline: not the label of a menu, a footer or a sidebar ("Sections").
HEADLINES = etree.XPath(
    "//h1[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::*[@role='navigation'])]")


# A story opened over its listing in a <dialog open> (a modal a card's link opens, the page saved with it open): the
# story's heading is the page's headline, not the listing's <h1> behind it. Only an <article> with paragraphs under
# its heading: a cookie or sign-up dialog holds none.
MIN_STORY_PARAGRAPHS = 2


# A link to the home page around the site's logo, whose alt text is the site's name ("<a href='/'><img alt='Fenwick
# Bell Ringers'></a>"): the first few such links on the page.
_HOME_LOGOS = etree.XPath("//a[@href][.//img[@alt]]")
HOME_LOGOS = 3


def site_logo_names(root: Any) -> set[str]:
    """The site's name as its logo's alt text gives it on a link to the home page (comparable forms)."""
    names: set[str] = set()
    for link in _HOME_LOGOS(root)[:HOME_LOGOS]:
        if HOME_LINK.search(link.get("href", "x").strip()):
            names.update(comparable(alt) for alt in link.xpath(".//img/@alt") if alt.strip())
    return names


def _open_story_heading(root: Any) -> str | None:
    """The heading of the first story in an open <dialog> (looked for element by element: the XPath's sorting of many
    dialogs' nodes took quadratic time)."""
    for dialog in root.iter("dialog"):
        if dialog.get("open") is None:
            continue
        for story in dialog.iter("article"):
            if len(list(itertools.islice(story.iter("p"), MIN_STORY_PARAGRAPHS))) < MIN_STORY_PARAGRAPHS:
                continue
            heading = next((text for element in story.iter("h1", "h2")
                            if len(text := squash(element.text_content())) > 2), None)
            if heading:
                return heading
    return None


def article_title(root: Any, metas: dict[str, str], node: dict[str, Any], fallback: str) -> str:
    """Headline from JSON-LD, og:title, the first h1 or <title>, without the site's name; one set in capitals as the
    page's Dublin Core title has it ("ON MENDING NETS", an old book's title page, is "On Mending Nets")."""
    title = _article_title(root, metas, node, fallback)
    if title[-3:].casefold() in _KIND_ENDS and (kind := _FICTION_KIND.search(title)) is not None:
        title = title[:kind.start()]
    if title.isupper() and (declared := squash(metas.get("dc.title", ""))) and declared.casefold() == title.casefold():
        return declared
    return title


# A fiction archive's <title> names the work's kind after a comma, before the site's name: "The Lamplighter's Apprentice
# Chapter 3: The Bridge, an original fiction | FanFiction", "..., a Sherlock Holmes fanfic", FictionPress's "..., a
# fantasy fiction". The kind is the archive's label, not the work's title ("Ropes and Nets, a family history" is one).
_FICTION_KIND = re.compile(r"(?i),\s+an?\s+(?:[\w'’.&:-]+\s+){0,5}(?:fan\s?fic(?:tion)?|fic(?:tion)?)$")
_KIND_ENDS = frozenset({"fic", "ion"})


def _article_title(root: Any, metas: dict[str, str], node: dict[str, Any], fallback: str) -> str:
    """Headline from JSON-LD, og:title, the first h1 or <title>, without the site's name."""
    headline = node.get("headline") or node.get("name")
    headline = html.unescape(headline) if isinstance(headline, str) else headline
    candidates = [
        headline if isinstance(headline, str) else None,
        first_meta(metas, "og:title", "twitter:title", "title"),
    ]
    if not any(candidates) and (opened := _open_story_heading(root)):
        return opened
    h1s, site_names = [], ({comparable(metas.get("og:site_name", ""))} | site_logo_names(root)) - {""}
    page_title = squash(" ".join(root.xpath("//title/text()")[:1]))
    declared = {comparable(candidate) for candidate in candidates if candidate}
    named: list[str] = []  # the h1s that name the site, a course or a blog, as the <title> gives them
    for element in HEADLINES(root)[:3]:
        text = squash(element.text_content())
        if is_site_logo(element) or _heads_the_trail(root, text, page_title) or (comparable(text) not in declared and (
                _names_the_site(element, page_title, text) or _bracketed_site(page_title, text))):
            site_names.add(comparable(text))
            named.append(text)
        elif 3 <= len(text) <= 300:
            h1s.append(text)
    if not h1s:
        headings = [e for e in _SUBHEADLINES(root)[:SUBHEADLINES_LOOKED_AT] if not is_site_logo(e)]
        h1s = [text for text in map(squash, (e.text_content() for e in headings))
               if comparable(text) not in site_names and (_ends_title(page_title, text)
                                                          or _after_the_name(page_title, named, text)
                                                          or _before_the_name(page_title, named, text))]
        if h1s:  # the title's first (or last) part is the page's own heading: the rest is the site's trail
            return h1s[0]
        if (titled := _titled_subheadline(headings, page_title)) is not None:
            return titled
        if (entered := _under_a_menu_entry(root, page_title, headings)) is not None:
            return entered
        declared_title = squash(next((c for c in candidates if c), page_title))
        if (release := release_heading(declared_title, [squash(e.text_content()) for e in headings])) is not None:
            return release
    for candidate in candidates:
        if candidate:
            candidate = _without_law_report(squash(candidate), metas)
            if (viewed := _VIEWED_TOPIC.search(candidate)) is not None:
                return viewed.group(1)
            if (headline := repository_heading(candidate, h1s) or obituary_heading(candidate, h1s)) is not None:
                return headline
            if (headline := _labelled_headline(candidate, page_title)) is not None:
                return headline
            if not h1s and candidate == page_title and (shown := _last_part_shown(root, page_title, site_names)):
                return shown
            return _without_site_name(candidate, h1s, site_names, trim_suffix=candidate == page_title)
    if h1s and ":" in h1s[0]:  # a wiki's or a knowledge base's heading may name its space ("Platform Team : Page")
        if (headline := _labelled_headline(h1s[0], page_title)) is not None:
            return headline  # a forum's "Thread: Topic" over the <title>'s "Topic - Forum"
        return _without_site_name(h1s[0], [], site_names | _first_crumb(root), trim_suffix=False)
    if h1s:
        return _topic_under_page_heading(root, h1s, page_title) or h1s[0]
    if (marked := _microdata_headline(root)) is not None:
        return marked
    if page_title and (viewed := _VIEWED_TOPIC.search(page_title)) is not None:
        return viewed.group(1)
    if page_title:
        return _last_part_shown(root, page_title, site_names) or _before_its_trail(root, page_title) or (
            _without_site_name(page_title, h1s, site_names, trim_suffix=True))
    return fallback


# A forum plugin's topic in a CMS's page: the page's own heading first ("<h1 class='entry-title'>Forum</h1>", a menu's
# entry: WordPress's page for Asgaros or wpForo, Joomla's for Kunena), the topic's <h1> under it. Both are parts of the
# <title> ("Topic - Forum - Site"): the heading that is a menu's entry is the page's section, the other its headline.
_MENU_ENTRIES = etree.XPath("//nav//a | //li/a | //header//a")
PAGE_HEADING_WORDS = 2


def _topic_under_page_heading(root: Any, h1s: list[str], page_title: str) -> str | None:
    """The second <h1>, where the first is a menu's entry of a word or two and both are parts of the <title>."""
    if len(h1s) < 2 or len(h1s[0].split()) > PAGE_HEADING_WORDS or len(h1s[1].split()) <= PAGE_HEADING_WORDS:
        return None
    parts = {comparable(part) for part in SEPARATOR.split(page_title)}
    entry, topic = comparable(h1s[0]), comparable(h1s[1])
    if entry not in parts or topic not in parts:
        return None
    return h1s[1] if any(comparable(link.text_content()) == entry for link in _MENU_ENTRIES(root)) else None


# A forum's <title> is the topic, then its trail back to the board ("Hefting the hive — Winter care — Dales
# Beekeepers"), each part after the first a link of the page's trail: the topic alone is the headline.
_TRAIL_LINKS = etree.XPath("(//*[contains(@class, 'crumb') or contains(@id, 'crumb')])[1]//a[@href]")
TRAIL_PARTS = 3


def _before_its_trail(root: Any, page_title: str) -> str | None:
    """The <title>'s first part, where every part after it is a link of the page's trail."""
    parts = SEPARATOR.split(page_title)
    if len(parts) < TRAIL_PARTS:
        return None
    trail = {comparable(link.text_content()) for link in _TRAIL_LINKS(root)}
    return parts[0] if all(comparable(part) in trail for part in parts[1:]) else None


# A case's name with where the law reports print it after a comma ("State v. Ruiz-Alder, 2026 Ore. App. 612", "Roe v.
# Wade, 410 U.S. 113", "R v Smith [2024] EWCA Crim 12"): a court's opinion page gives the name alone as its
# citation_title, and the reference is a librarian's, not the headline. Only the name that meta gives, then a volume
# or year, a reporter's abbreviation and a page.
_LAW_REPORT = re.compile(r",?\s+(?:\[\d{4}\]|\(\d{4}\)|\d{1,4})\s+[A-Z][\w.]{0,12}(?:\s+[A-Z\d][\w.]{0,12}){0,4}"
                         r"\s+\d{1,6}(?:\s+\([A-Za-z ]{1,20}\))?")


def _without_law_report(title: str, metas: dict[str, str]) -> str:
    """The title without the law report's reference after the case's name that the page's citation_title gives."""
    name = squash(metas.get("citation_title", ""))
    if name and len(title) > len(name) and title.startswith(name) and _LAW_REPORT.fullmatch(title, len(name)):
        return name
    return title


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


# The words of a page with no heading over its story, set in a text of their own: a status page's incident name in a
# <div class="incident-name"> under a <title> of "Tidepool Status - Delayed card payments at checkout".
_TEXTS_OF = etree.XPath("//body//text()[normalize-space(.) = $words]")


def _last_part_shown(root: Any, page_title: str, site_names: set[str]) -> str | None:
    """The last of a <title>'s two parts, when the page shows it alone (no link's) and not the first: the site's
    name goes first ("Site - Headline"), where a trimmed suffix would have left the name as the headline."""
    parts = SEPARATOR.split(page_title)
    if len(parts) != 2 or not all(parts) or comparable(parts[1]) in site_names:
        return None
    return parts[1] if _shown_alone(root, parts[1]) and not _shown_alone(root, parts[0]) else None


_PAGE_FURNITURE = frozenset({"a", "header", "nav", "footer", "aside"})


def _shown_alone(root: Any, words: str) -> bool:
    """Some element of the page's body says these words and nothing else, in no link, header, menu or footer, and no
    logo's (a site's name: "<span class='logo-text'>Jo's Blog</span>")."""
    for text in _TEXTS_OF(root, words=words):
        element = text.getparent()
        if element is None or text.is_tail or squash(element.text_content()) != words or is_site_logo(element):
            continue
        if not any(e.tag in _PAGE_FURNITURE or _SITE_HEADING.search(f"{e.get('class', '')} {e.get('id', '')}")
                   for e in itertools.chain((element,), element.iterancestors())):
            return True
    return False


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
    its headline comes before it: "Kicker - Headline".) Or it starts the <title>, a colon after it, and a subheading
    after it follows: a blog's or a course's name ("A Bee in the Bonnet: The swarm in the churchyard yew" over
    Typepad's banner <h1> and the post's <h3>, "Year 10 Geography: Field trip to Malham | School" over Moodle's
    course <h1> and the discussion's <h2>)."""
    if h1 and len(h1) < len(page_title) and page_title.startswith(h1):
        following = [squash(e.text_content()) for e in _FOLLOWING_SUBHEADLINES(heading)[:SUBHEADLINES_LOOKED_AT]]
        if any(_after_the_name(page_title, [h1], text) for text in following):
            return True
    if not h1 or len(h1) >= len(page_title) or not page_title.endswith(h1):
        return False
    before = page_title[:len(page_title) - len(h1)]
    if not (_SEPARATOR_END.search(before) or _SLASH_END.search(before)):
        return False
    first = comparable(_SLASH_END.sub("", _SEPARATOR_END.sub("", before)))
    if _SLASH_END.search(before):  # "Topic (Page 1) / Forum / Board": the topic is the first part
        first = comparable(_PAGE_MARK.sub("", before.split(" / ", 1)[0]))
    # or a second <h1> after it: a book's name in its menu bar over each chapter's own (mdBook's "<h1
    # class='menu-title'>The Guide</h1>" above "<h1>Where settings come from</h1>", titled "Where settings come from -
    # The Guide")
    return any(comparable(e.text_content()) == first
               for e in [*_FOLLOWING_SUBHEADLINES(heading)[:SUBHEADLINES_LOOKED_AT], *_FOLLOWING_H1(heading)[:1]])


# after the site's name: a colon, a separator, or a slash (PunBB's "Wessex Singers / Concert dress for the carol
# service")
_NAME_THEN = re.compile(r":\s+|\s+[|\-–—·•»/]+\s+")


def _after_the_name(page_title: str, names: list[str], heading: str) -> bool:
    """The <title> is one of the names, a colon or a separator, then the heading, alone or before the site's trail."""
    for name in names:
        after = _NAME_THEN.match(page_title, len(name)) if name and page_title.startswith(name) else None
        rest = page_title[after.end():] if after else ""
        if heading and rest.startswith(heading) and (len(rest) == len(heading) or SEPARATOR.match(rest, len(heading))):
            return True
    return False


def _before_the_name(page_title: str, names: list[str], heading: str) -> bool:
    """The <title> is the heading, a separator or a slash, then one of the names ("Topic / Board", "Topic (Page 1) /
    Forum / Board")."""
    return any(page_title.startswith(heading) and page_title.endswith(name)
               and _NAME_AFTER.fullmatch(page_title, len(heading), len(page_title) - len(name)) is not None
               for name in names if name and len(heading) + len(name) < len(page_title))


# between: the page's number and the forum's name ("Topic (Page 1) / Forum / Board", FluxBB's)
_NAME_AFTER = re.compile(r"(?:\s+\((?i:page|seite) \d+\))?\s+(?:[|\-–—·•»]+|/)\s+(?:[^/|]{1,80}?\s+/\s+)?")
_PAGE_MARK = re.compile(r"\s+\((?i:page|seite) \d+\)\s*$")


# A small site's post with no <h1> (a lab's, a club's news), its <title> the section's name ("News | Moss Ecology Lab"),
# and the post's headline a subheading its class names a post's title ("news-title", "entry-title").
_SECTION_PAGE_TITLE = re.compile(r"(?i)^(?:news|blog|posts?|articles?|stories|updates|announcements|press releases"
                                 r"|events)\s+[|\-–—·•:]")
_POST_TITLE_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:news|post|entry|article|story)[_-]?title(?:$|[\s_-])")


# A site builder's page titled by the menu's entry it is under and the site's name ("News - Harbour Choir", "Blog -
# Kirkby Camera Club"), the story's own heading an <h2> under it: the <title>'s first part is a link's words in a list
# of links, the menu's, and names no story.
_MENU_LINKS = etree.XPath("//li/a")
MENU_ENTRY_WORDS = 2
HEADING_WORDS = 3


def _under_a_menu_entry(root: Any, page_title: str, headings: list[Any]) -> str | None:
    """The page's first subheading, where its <title> is a menu entry's name and the site's ("News - Harbour Choir"
    over a menu's "News" and the story's <h2>)."""
    parts = SEPARATOR.split(page_title)
    if len(parts) != 2 or not headings or len(parts[0].split()) > MENU_ENTRY_WORDS:
        return None
    entry = comparable(parts[0])
    if not any(comparable(link.text_content()) == entry for link in _MENU_LINKS(root)):
        return None
    heading = squash(headings[0].text_content())
    return heading if len(heading.split()) >= HEADING_WORDS and comparable(heading) != entry else None


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
    if page_title.startswith(heading) and SEPARATOR.match(page_title, len(heading)):
        return True
    before = page_title[:len(page_title) - len(heading)]
    return page_title.endswith(heading) and bool(_SEPARATOR_END.search(before))


_SEPARATOR_END = re.compile(r"(?<!\s)\s+[|\-–—·•»]+\s+$")
# A board's <title> parts the topic from the board's name with a slash ("Sourdough rye will not rise / Rye Bakers",
# FluxBB's and PunBB's): a separator only where the <h1> is the board's name and a post's heading the topic.
_SLASH_END = re.compile(r"(?<!\s)\s+/\s+$")
# A trail's first link names the site or the space a page belongs to ("Platform Team > Runbooks").
_CRUMBS = etree.XPath("(//ol | //ul | //nav | //div)[contains(@class, 'breadcrumb') or contains(@id, 'breadcrumb')]"
                      "[1]//a[@href]")


def _first_crumb(root: Any) -> set[str]:
    """The name the page's trail starts with, as comparable words (none when it has no trail)."""
    crumbs = _CRUMBS(root)[:1]
    return {name for name in (comparable(crumbs[0].text_content()),) if name} if crumbs else set()


# What a print view puts in its page's title ("Old Town Gazette » Print » The last cobbler"): the headline follows.
_PRINT_PARTS = frozenset({"print", "printer friendly", "print version", "printable version", "print view"})


# A theme's name for the heading that holds the site's name: "site-title", "site-name", "logo", "brand", "masthead", a
# forum's "forumtitle" (SMF's) or "brd-title" (PunBB's).
_SITE_HEADING = re.compile(r"(?i)(?:^|[\s_-])(?:site|blog|forum|board|brd)[_-]?(?:title|name)\b|\blogo\b|\bbrand\b"
                           r"|\bmasthead\b")
# A forum's box of its name and motto, named for the board, its <h1> unmarked ('<div id="brdtitle"><h1><span>Wessex
# Singers</span></h1><p>...</p></div>', PunBB's).
_BOARD_BOX = re.compile(r"(?i)(?:^|[\s_-])(?:forum|board|brd)[_-]?title\b")


def is_site_logo(heading: Any) -> bool:
    """A heading that is only a link to the site's home page, or inside one (Silverstripe's '<a href="/"
    class="brand"><h1>Otago Harbour Trust</h1><p>motto</p></a>'), or that its class names as the site's: the site's
    name, not a headline. A post's heading inside its <article> is the post's, whatever its class: a shop's blog sets
    its post's headline as "<h1 class='blog-title'>" in the post's <article> (BigCommerce)."""
    if _SITE_HEADING.search(f"{heading.get('class', '')} {heading.get('id', '')}") and next(
            heading.iterancestors("article"), None) is None:
        return True
    if (box := heading.getparent()) is not None and _BOARD_BOX.search(f"{box.get('class', '')} {box.get('id', '')}"):
        return True
    if (around := next(heading.iterancestors("a"), None)) is not None and HOME_LINK.search(
            (around.get("href") or "x").strip()) is not None:
        return True
    links = heading.xpath(".//a[@href]")
    return (len(links) == 1 and squash(links[0].text_content()) == squash(heading.text_content())
            and HOME_LINK.search(links[0].get("href").strip()) is not None)


# An issue's number between its title and the tracker's trail: "Export drops the last row (#112) · Issues · ...".
_NUMBER_FIRST = re.compile(r"^\s+\(?#\d+\)?(?=\s)")


# A part of a serial work named by its number, alone or before its own name: "Chapter Three: The Toll House", "Part 2",
# "Episode IV - ...". Set after a name and a separator it is that work's part, not a headline under a site's name; a
# headline that only opens on the word goes on without a stop ("Chapter 11 bankruptcy looms").
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                 "|seventeen|eighteen|nineteen|twenty")
_NUMBERED_PART = re.compile(rf"(?i)^(?:chapter|part|book|episode|volume|act)\s+"
                            rf"(?:\d{{1,3}}|[ivxlc]{{1,6}}|{_NUMBER_WORDS})(?:\s*[:.\-–—]|$)")


# An h1 found whole between two parts of the title is the headline when it is a phrase, not a section's name alone.
MIDDLE_HEADLINE_WORDS = 2


def _without_site_name(title: str, h1s: list[str], site_names: set[str], trim_suffix: bool) -> str:
    """A page title without the site's name around it.

    An h1 that starts or ends the title is the headline ("Headline - Site", "Site - Headline"); a known site name
    at either end is cut ("Site » Blog » Headline"); otherwise a <title>'s suffix is trimmed.
    """
    for h1 in (form for heading in h1s for form in dict.fromkeys((heading, without_number_mark(heading)))):
        if len(h1) < len(title) and title.startswith(h1) and SEPARATOR.match(_NUMBER_FIRST.sub("", title[len(h1):])):
            return h1  # "Headline - Site", a tracker's "Issue title (#112) · Issues · Project"
        before = title[:len(title) - len(h1)]
        if len(h1) < len(title) and title.endswith(h1) and (_SEPARATOR_END.search(before) or before.endswith(": ")):
            if _NUMBERED_PART.match(h1) and comparable(before) not in site_names:
                return title  # "The Salt Road - Chapter Three: ...": a serial's part under its work's name
            return h1  # "Site - Headline": a site builder names the site first; "r/sub on Reddit: Headline"
        if len(h1.split()) >= MIDDLE_HEADLINE_WORDS and (at := title.find(h1)) > 0 and _SEPARATOR_END.search(
                title[:at]) and SEPARATOR.match(title[at + len(h1):]):
            return h1  # "Game - Headline - Site News": a store's page names the game first, the site last
    parts = SEPARATOR.split(title)
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
    # "Note - Kitchen Garden Notes - Obsidian Publish": a hosted site's name, then its host's (the <title> itself)
    if trim_suffix and len(parts) >= 3 and comparable(parts[-2]) in site_names:
        return squash(title[: title.rindex(parts[-2])].rstrip(" |-–—·•»"))
    if not trim_suffix or _DATE_SUFFIX.search(title):
        return title
    # "Story - News - Site", a small CMS's (XOOPS's): the site's name, then the section's name alone before it
    return _SECTION_SUFFIX.sub("", squash(_TITLE_SUFFIX.sub("", title)))


_SECTION_SUFFIX = re.compile(r"(?i)(?<!\s)\s+[|\-–—·•»]\s+(?:news|blog|articles?|stories|updates|announcements"
                             r"|press releases|events)$")


# A post's <title> of its headline and its writer's name about a colon, "The last swifts of the year: Owen Pryce"
# (Known's) or "Samir Haddad: Frost on the allotment" (a micro-blog's): the name is the byline's, and the headline is
# the part the page shows alone as a heading. A writer's own title about themself ("Owen Pryce: my year in birds", its
# heading the whole) keeps it.
_OWN_HEADINGS = etree.XPath("(//h1 | //h2 | //h3)[not(ancestor::nav or ancestor::footer or ancestor::aside)]")
WRITER_TITLE_HEADINGS = 6


def without_writers_name(title: str, authors: tuple[str, ...], root: Any) -> str:
    """The title without the writer's name about a colon, where the rest is a heading of the page's."""
    if ": " not in title or not authors:
        return title
    first, _, rest = title.partition(": ")
    before, _, last = title.rpartition(": ")
    names = {comparable(name) for name in authors}
    headline = rest if comparable(first) in names else before if comparable(last) in names else None
    if headline is None:
        return title
    shown = {comparable(e.text_content()) for e in _OWN_HEADINGS(root)[:WRITER_TITLE_HEADINGS]}
    return headline if comparable(headline) in shown else title


# An old forum's <title> names the page's view before its topic: phpBB 2's "Wharfedale Anglers :: View topic - Grayling
# on the fly", phpBB 3.0's "Board • View topic - Topic".
_VIEWED_TOPIC = re.compile(r"(?i)(?:^|\s)view\s+(?:topic|thread)\s+[-–—:]\s+(\S.{2,200})$")
# A trail line over a forum's topic ("Old House Owners › Repairs › Timber and roofs › Woodworm in the loft beams"), in a
# box its class or id names a trail or a navigation bar (YaBB's "navbox").
_TRAIL_BOXES = etree.XPath("(//div | //span | //p)[contains(@class, 'nav') or contains(@id, 'nav') or "
                           "contains(@class, 'crumb') or contains(@class, 'trail')][not(.//div)]")
_TRAIL_SPLIT = re.compile(r"(?<!\s)\s+(?:[>›»]|->)\s+")  # led by a run's end: tried once a run, not from each place
TRAIL_BOXES_LOOKED_AT = 4
TRAIL_PARTS_MIN = 3


def _heads_the_trail(root: Any, heading: str, page_title: str) -> bool:
    """The <h1> is the first step of the page's trail, which goes on to the <title>'s topic: the board's name (YaBB's
    "<h1>Old House Owners</h1>" over its topic "Woodworm in the loft beams"), not the headline."""
    said = comparable(heading)
    if not said or not page_title or said in comparable(page_title):
        return False
    for box in _TRAIL_BOXES(root)[:TRAIL_BOXES_LOOKED_AT]:
        steps = _TRAIL_SPLIT.split(squash(box.text_content()))
        if len(steps) >= TRAIL_PARTS_MIN and comparable(steps[0]) == said and comparable(steps[-1]).startswith(
                comparable(page_title)):
            return True
    return False


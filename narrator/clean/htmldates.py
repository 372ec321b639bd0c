"""When an HTML page's article was published: its JSON-LD's, meta tags' or <time>'s date (a UTC time's day where the
site is), a month declared without a day, a post's signed meta line, a byline or date element, htmldate's reading
with the page's prose set aside; and a web archive's copy dated by the page it holds, the archive's bar taken off."""

from __future__ import annotations

import datetime
import itertools
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from lxml import etree

from narrator.clean.common import parse_date, parse_month, squash
from narrator.clean.metatags import MAX_SEARCHED_ELEMENTS, first_meta, too_many_elements
from narrator.clean.runins import broken_lines

log = logging.getLogger(__name__)


# A timestamp in UTC ("...T05:30:59Z", "+00:00"): its day may not be the day where the site is.
_UTC_TIME = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$")


# A web archive's copy of a page dates its capture in the markup ("archived 7 Feb 2024 16:40:22 UTC"): not the day
# the page was published, which only the page's own text tells.
_WEB_ARCHIVES = frozenset({"archive.ph", "archive.today", "archive.is", "archive.li", "archive.vn", "archive.md",
                           "archive.fo", "ghostarchive.org"})


CAPTURED_DATE_WORDS = 5


def _archive_capture(metas: dict[str, str]) -> bool:
    """True for a web archive's capture of a page (its site name the archive's, its description the capture's)."""
    return (first_meta(metas, "og:site_name") or "").strip().lower() in _WEB_ARCHIVES


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


# A date the page declares in RDFa on an element of its own, its value in "content" (Drupal 7's node: '<span
# property="dc:date dc:created" content="2026-04-03T14:22:05-04:00">' over "Submitted by ... on Fri, 04/03/2026 -
# 14:22", whose numbers alone were read day first). Only the publication's properties, not a modification's.
_RDFA_DATES = etree.XPath("//*[@content][contains(concat(' ', normalize-space(@property), ' '), ' dc:date ')"
                          " or contains(concat(' ', normalize-space(@property), ' '), ' dc:created ')"
                          " or contains(concat(' ', normalize-space(@property), ' '), ' dcterms:created ')"
                          " or contains(concat(' ', normalize-space(@property), ' '), ' dcterms:issued ')]/@content")


def published_date(root: Any, metas: dict[str, str], node: dict[str, Any], event_page: bool = False) -> str | None:
    """Publication date from JSON-LD, meta tags or the first <time datetime>; on an event's page (event_page) from
    what declares the page's publication alone: the days it shows are the event's ("Saturday 14 March 2026, 7.30pm"
    was said as the day the page was published)."""
    if _archive_capture(metas):
        return _captured_page_date(root)
    candidates: list[Any] = [
        node.get("datePublished"),
        node.get("dateCreated"),
        first_meta(metas, "article:published_time", "og:published_time", "datePublished", "pubdate",
              "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"),
    ]
    if not event_page:
        candidates += root.xpath("//time/@datetime")[:2] + _RDFA_DATES(root)[:1]
    for candidate in candidates:
        if isinstance(candidate, str) and (iso := parse_date(candidate)):
            return _local_day(root, iso) if _UTC_TIME.search(candidate) else iso
    if event_page:
        return None
    if month := _declared_month(candidates, metas):
        # htmldate reads a month without a day as today's day of it: a made-up date. A day the page gives in its
        # byline may still say which day of that month it was.
        day = _signed_date(root) or _dateline(root)
        return day if day and day.startswith(month) else month
    # Not htmldate's extensive search: it loads dateparser (6 s) for one more date in 74, and mistakes
    # copyright years for days.
    with _today_set_aside(root):
        return (_weebly_stamp(root) or _signed_date(root) or (line[0] if (line := posted_on_by(root)) else None)
                or _titled_stamp(root) or _htmldate(root) or _dateline(root)
                or _labelled_day(root) or _strong_day_under_heading(root) or _dateline(root, parse_month)
                or (byline[1] if (byline := byline_over_day(root)) else None) or _clock_stamp(root))


# A newspaper's top bar shows the day it is read ("Monday, 23 November 2026" in Atex's "p-topbar-date", JNews's
# "jeg_top_date"), above the masthead: the first date on the page, and it was said as the day the story was published.
# Only a day alone, in a bar its class or id names the top one or today's date, before the page's headline.
_TODAY_BARS = etree.XPath(
    "//*[re:test(concat(@class, ' ', @id), '(^|[^a-z])(top-?bar|top_bar|top-?nav|top_nav|header-?top|top-?header"
    "|top-?date|top_date|today|date-?today|current-?date)([^a-z]|$)', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})
TODAY_BARS = 4
TODAY_WORDS = 6


def _todays_dates(root: Any) -> list[Any]:
    """The elements of a top bar that show a day alone (the day it is read), before the page's first <h1>."""
    headline = next(root.iter("h1"), None)
    found = []
    for bar in _TODAY_BARS(root)[:TODAY_BARS]:
        if headline is not None and (bar is headline or headline in bar.iterancestors() or _after(bar, headline)):
            continue
        for element in bar.iter():
            text = squash(element.text or "") if isinstance(element.tag, str) else ""
            if 0 < len(text.split()) <= TODAY_WORDS and not len(element) and parse_date(text):
                found.append(element)
    return found


def _after(element: Any, other: Any) -> bool:
    """True when element opens after other in the page (it is other's later sibling or in one, at some level)."""
    return any(other in sibling.iter() for ancestor in itertools.chain([element], element.iterancestors())
               for sibling in ancestor.itersiblings(preceding=True))


@contextmanager
def _today_set_aside(root: Any) -> Iterator[None]:
    """The page without the day its top bar shows it is read, while the block runs, then whole again."""
    blanked = [(element, element.text) for element in _todays_dates(root)]
    for element, _ in blanked:
        element.text = ""
    try:
        yield
    finally:
        for element, text in blanked:
            element.text = text


# A hand-made page's byline, its day on the next line: "<P>By Geoffrey Tanner<BR>Last updated 4th April 2026</P>". The
# element's text ran together ("By Geoffrey TannerLast updated ...") and neither named the writer nor dated the page.
_BY_TEXTS = etree.XPath("//text()[starts-with(normalize-space(.), 'By ') or starts-with(normalize-space(.), 'by ')]")
_BY_ALONE = re.compile(r"(?i)by\s+(\S.{1,58})")
BY_TEXTS = 5
DAY_LINE_WORDS = 6


def byline_over_day(root: Any) -> tuple[str, str] | None:
    """The name a "By ..." line gives and the day the line under it (broken by <br>) gives, when it is only a day."""
    for text in _BY_TEXTS(root)[:BY_TEXTS]:
        element = text.getparent()
        if element is None or text.is_tail or element.find("br") is None:
            continue
        lines = broken_lines(element)
        if len(lines) < 2 or not (named := _BY_ALONE.fullmatch(lines[0])) or len(lines[1].split()) > DAY_LINE_WORDS:
            continue
        if (day := parse_date(lines[1])) is not None:
            return named.group(1), day
    return None


# A forum's stamp shows a short or relative day and gives the full one in its tooltip: Lemmy's "<span
# data-tippy-content="Tuesday, October 1, 2024 at 6:02:11 PM">2 days ago</span>", groups.io's "<span title="Apr 12,
# 2026 8:14pm">4/12/26 #4410</span>". The first such stamp is the post's (its replies' come after it). Only a stamp
# of a few words whose tooltip is a whole day: a link's title ("Permalink to ...") says no day.
_TOOLTIPS = etree.XPath("//*[@title or @data-tippy-content or @data-tooltip]")
STAMP_WORDS = 4
TOOLTIP_CHARS = 60
STAMPS_LOOKED_AT = 40


def _titled_stamp(root: Any) -> str | None:
    """The day the first stamp's tooltip gives, where the stamp shows it short or as an age."""
    if too_many_elements(root):
        return None
    for element in _TOOLTIPS(root)[:STAMPS_LOOKED_AT]:
        tip = element.get("data-tippy-content") or element.get("data-tooltip") or element.get("title") or ""
        if len(tip) > TOOLTIP_CHARS or not any(c.isdigit() for c in tip):
            continue
        shown = squash(element.text_content())
        if shown and len(shown.split()) <= STAMP_WORDS and any(c.isdigit() for c in shown) and (day := parse_date(tip)):
            return day
    return None


# Weebly stamps a blog post "4/12/2026" whatever the site's country: its template writes the month first, and the
# numbers alone were read day first (4 December). Only Weebly's own stamp (its "date-text" in a "blog-date", on a
# page of its "wsite-" classes): another page's "4/12/2026" is read as its language has it.
_WEEBLY_STAMP = etree.XPath("//span[contains(@class, 'date-text')][ancestor::p[contains(@class, 'blog-date')]]")
_WEEBLY_PAGE = etree.XPath("boolean(//*[contains(@class, 'wsite-')])")
_MONTH_DAY_YEAR = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)")


def _weebly_stamp(root: Any) -> str | None:
    """The day of a Weebly blog post's stamp, read month first."""
    stamps = _WEEBLY_STAMP(root)[:1]
    found = _MONTH_DAY_YEAR.fullmatch(squash(stamps[0].text_content())) if stamps else None
    if found is None or not _WEEBLY_PAGE(root):
        return None
    month, day, year = (int(part) for part in found.groups())
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


# The meta names of a date ("citation_publication_date", "dcterms.issued", "pubdate"): a month without a day in any
# of them is the page's date at that precision.
_DATE_META = re.compile(r"date|publi|issued|created")


def _declared_month(candidates: list[Any], metas: dict[str, str]) -> str | None:
    """A month and year the markup declares as the date with no day ("2026-07", "July 2026"), as YYYY-MM."""
    declared = [c for c in candidates if isinstance(c, str)]
    declared += [value for name, value in metas.items() if _DATE_META.search(name)]
    return next((month for value in declared if (month := parse_month(value))), None)


# Elements whose class or id says they hold the story's byline or date ("By Jo Park | Dec. 2, 2024, 7:45 a.m. ET"),
# or the test hook a script-built page names its parts with instead (Patreon's <span data-tag="post-published-at">; a
# site builder's, GoDaddy's <p data-aid="BLOG_POST_DATE">, Hostinger's data-qa, Wix's data-hook).
DATELINE_XPATH = ("//*[re:test(concat(@class, ' ', @id, ' ', @data-tag, ' ', @data-testid, ' ', @data-aid, ' ', "
                  "@data-qa, ' ', @data-hook), "
                  "'(^|[^a-z])(byline|dateline|date|time|timestamp|published"
                  "|pubdate|article-meta|post-meta|entry-meta|page-metadata)([^a-z]|$)', 'i')]")
DATELINE_CHARS = 200
"""Text an element with a date may hold: a longer one is a section of the page, not a line."""
DATELINE_ELEMENTS = 8
"""Byline and date elements looked in, at most, in page order."""


def _dateline(root: Any, parse: Callable[[str], str | None] = parse_date) -> str | None:
    """The first date written in a byline or date element (parse's, a full one by default), for pages that declare
    none in their markup."""
    if too_many_elements(root):
        return None
    namespaces = {"re": "http://exslt.org/regular-expressions"}
    for element in root.xpath(DATELINE_XPATH, namespaces=namespaces)[:DATELINE_ELEMENTS]:
        text = squash(element.text_content())
        if text and len(text) <= DATELINE_CHARS and (found := parse(text)):
            return found
    return None


# A post's stamp, a day and its clock time alone in an element no class names a date's, which htmldate does not read:
# PHP-Nuke's "<font class='tiny'>Wednesday, November 25, 2026 @ 20:04:11 GMT</font>", Geeklog's "<li>Tuesday, December
# 01 2026 @ 09:15 AM GMT</li>", PunBB's permalink "Wed 2 Dec 2026, 18:40", SMF's "« on: Monday 30 November 2026, 08:12
# »". The element's whole text: a sentence that names a meeting's day and hour ("The AGM is on Wednesday, January 13,
# 2027 @ 7:30 PM in the boathouse") is the story's. The first of the page's few texts with a colon and a year's "20".
_CLOCK_TEXTS = etree.XPath("//body//text()[contains(., ':') and contains(., '20')]")
CLOCK_TEXTS = 6
CLOCK_STAMP_CHARS = 60
_CLOCK_STAMP = re.compile(r"(?i)^(?:«\s*)?(?:(?:reply\s+#\d{1,5}\s+)?on:?\s+)?(\w[\w ,.]{5,35}?\d{4}),?\s+"
                          r"(?:@\s+|at\s+)?\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?(?:\s*»)?$")


def _clock_stamp(root: Any) -> str | None:
    """The day of the first element whose whole text is a day and its clock time, a post's stamp."""
    for text in _CLOCK_TEXTS(root)[:CLOCK_TEXTS]:
        holder = text.getparent()
        if holder is not None and text.is_tail and holder.getparent() is not None:
            holder = holder.getparent()  # the element around a label marked apart ("<strong>on:</strong> Monday ...")
        if holder is None:
            continue
        whole = squash(holder.text_content())
        if len(whole) <= CLOCK_STAMP_CHARS and (found := _CLOCK_STAMP.match(whole)) and (
                day := parse_date(found.group(1))):
            return day
    return None


# A page's day in an element of its own after a label of its publication in another, no class naming either a date's:
# a place's credits ("<span>Published</span><span>October 12, 2026</span>"), a score's details ("<li><span>Uploaded
# </span><span>Nov 26, 2026</span></li>"), a report's "<dt>Date published</dt><dd>3 March 2026</dd>". The label is the
# element's whole text (case and a colon aside), compared in C; the day is the next element's whole text.
_LOWER = "'ABCDEFGHIJKLMNOPQRSTUVWXYZ:', 'abcdefghijklmnopqrstuvwxyz'"
_DAY_LABEL_WORDS = ("published", "published on", "date published", "first published", "uploaded", "uploaded on",
                    "posted", "posted on", "date posted")
_DAY_LABELS = etree.XPath("//*[not(*)][" + " or ".join(
    f"normalize-space(translate(text(), {_LOWER})) = '{words}'" for words in _DAY_LABEL_WORDS) + "]")
DAY_LABELS = 3
LABELLED_DAY_CHARS = 40


# A site builder's story sets its day in bold in the paragraph right under its heading ("<h2>Christmas concert
# moves</h2><p><strong>1 November 2026</strong></p>"), no class naming it: the page's day, where nothing else gives one.
# The site's name may be the first heading, over the story's.
_STRONG_UNDER_HEADING = etree.XPath(
    "(//h1 | //h2)[not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside)][position() <= 2]"
    "/following-sibling::*[1][self::p][count(*) = 1][strong or b]")
STRONG_DAY_CHARS = 40


def _strong_day_under_heading(root: Any) -> str | None:
    """The day a bold paragraph right under one of the page's first two headings gives, alone ("1 November 2026")."""
    found = _STRONG_UNDER_HEADING(root)[:1]
    text = squash(found[0].text_content()) if found else ""
    return parse_date(text) if text and len(text) <= STRONG_DAY_CHARS and squash(found[0][0].text_content()) == text \
        else None


def _labelled_day(root: Any) -> str | None:
    """The day in the element after a label of the page's publication ("Published", "Uploaded")."""
    for label in _DAY_LABELS(root)[:DAY_LABELS]:
        after = label.getnext()
        text = squash(after.text_content()) if after is not None else ""
        if 0 < len(text) <= LABELLED_DAY_CHARS and (day := parse_date(text)):
            return day
    return None


# A post's meta line opening on who posted it, its day in the same line: "Posted by Hannah Kim on January 5, 2025",
# a wiki's "Created by Ben Adeyemi, last modified by Clara Novak on Feb 19, 2024".
POSTED_BY = re.compile(r"(?i)^\s*(?:posted|written|published|created)\s+by\s+\S")


def _signed_date(root: Any) -> str | None:
    """The day in a post's meta line naming who wrote it ("Created by Ben Adeyemi, last modified by Clara Novak on
    Feb 19, 2024"), in a byline or meta element: before any date elsewhere on the page (an export's footer, "Document
    generated by Confluence on Mar 04, 2024", is the day it was saved)."""
    if too_many_elements(root):
        return None
    namespaces = {"re": "http://exslt.org/regular-expressions"}
    for element in root.xpath(DATELINE_XPATH, namespaces=namespaces)[:DATELINE_ELEMENTS]:
        text = squash(element.text_content())
        if text and len(text) <= DATELINE_CHARS and POSTED_BY.match(text) and (found := parse_date(text)):
            return found
    return None


# A static site's line over its post giving the day, then who posted it, in a box no class names a byline's or a
# date's: Hakyll's default '<section class="header">Posted on November 28, 2026 by Tomasz Wilk</section>', a theme's
# "<span>Published on Sunday 6 December 2026 by Owen Hughes</span>". The element's whole text, short, its day a whole
# one: a sentence that opens so ("Written on 3 March 1911 by a farmhand, the letter ...") is the story's. The first
# few texts that open on the words only.
_POSTED_ON_TEXTS = etree.XPath("//body//text()[starts-with(normalize-space(.), 'Posted on ')"
                               " or starts-with(normalize-space(.), 'Published on ')"
                               " or starts-with(normalize-space(.), 'Written on ')]")
POSTED_ON_TEXTS = 3
POSTED_ON_CHARS = 120
POSTED_ON_BY = re.compile(r"(?:Posted|Published|Written) on\s+(\S[^.!?]{4,40}?)\s+by\s+(\S[^.!?:;]{1,60}?)\.?")


def posted_on_by(root: Any) -> tuple[str, str] | None:
    """The day and the poster a line "Posted on <day> by <name>" gives, where it is its element's whole text."""
    for text in _POSTED_ON_TEXTS(root)[:POSTED_ON_TEXTS]:
        element = text.getparent()
        if element is not None and text.is_tail:
            element = element.getparent()  # "<em>x</em> Posted on ...": the line is the element holding both
        line = squash(element.text_content()) if element is not None else ""
        if len(line) <= POSTED_ON_CHARS and (found := POSTED_ON_BY.fullmatch(line)) and (
                day := parse_date(found.group(1))):
            return day, found.group(2)
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
# A forum poster's card: the day they joined ("Joined: 2018-04-09", "Registered: 2023-05-18", vBulletin's "<dt>Join
# Date</dt><dd>2015-06-21</dd>"), the member's, not the post's; and htmldate, asked for the oldest day on the page,
# took it for the topic's. The card is told by its count of posts beside the label (an application's "Registered:
# 2026-11-30" on a planning page has none, and is the page's day). The label opens an element's own text, in C.
_MEMBER_SINCE = etree.XPath(
    "//*[text()[starts-with(normalize-space(.), 'Joined') or starts-with(normalize-space(.), 'Registered')"
    " or starts-with(normalize-space(.), 'Join Date') or starts-with(normalize-space(.), 'Member since')]]"
    "[contains(string(../..), 'Posts')]")


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
    for label in _MEMBER_SINCE(root):
        card = [label] if any(ch.isdigit() for ch in label.text_content()) else [label, label.getnext()]
        for element in card:
            if element is not None and (parent := element.getparent()) is not None:
                aside.append((parent, parent.index(element), element))
    aside.sort(key=lambda found: found[1])  # put back in order, each at its own place among its siblings
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

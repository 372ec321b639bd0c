"""Title, byline and date of a scraped page: the lines just above its article body."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from narrator.clean.common import JOB_TITLE, NAME_PARTICLES, VON, is_role, parse_date, parse_month, split_authors
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.lines import (
    DECK_CAPITAL_SHARE,
    RELEASE_LABEL,
    STOP_WORDS,
    TITLE_CASE_SHARE,
    WIKI_TAGLINE,
    Line,
    is_handle,
    is_skip_link,
    is_tabs,
    is_widget_label,
    looks_like_names,
    make_line,
    wire_dateline,
    words_before_clock,
    words_of,
)
from narrator.model import Metadata

# How far above the body the headline and byline may sit.
HEADER_WINDOW = 30
WIKI_HEAD_LINES = 8  # tabs, a count of languages and a short description between a wiki's headline and its tagline
# A standfirst under the headline is one to three sentences (as in HTML): shorter is a label, longer the lead.
STANDFIRST_WORDS = (8, 80)
# Under a standfirst: up to this many lines of byline, date and labels ("By", a name on its own line).
BYLINE_LINES = 4
# A byline is a short line ("By Kelli Miller").
BYLINE_WORDS = 12
LABEL_WORDS = 2
DATE_WORDS = 25
# A magazine's credit for the words and the pictures together ("Words and pictures by Lucy Grant", "Text and photos:
# Gareth Lloyd"): one writer's byline, the colon standing for "by" (h86).
_CREDIT = (r"(?:words|text|story)\s+(?:and|&)\s+(?:photos|photographs|photography|pictures|images)"
           r"(?:\s+by:?|\s*:)\s+(?=\S)")
_BY = re.compile(r"(?:^|[|•·(]\s*|\d\s+)(?:(?:written |posted |reported |words |story |text )?by[:\s]+(?=\S)|"
                 rf"{_CREDIT}|{VON})", re.I)
_CUT = re.compile(
    r"\s+[|•·—–-]\s+|\s*\|\s*|\s+(?:on|at|updated|published|posted)\b(?:[:\s]|$)|\s+\d{1,2}\s*min(?:ute)?s?\s+read\b"
    r"|\s*\b(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*day\b"
    r"|\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\s*\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[a-z]*\b"
    r"|\s*\b\d{4}-\d\d-\d\d|\s*\b\d{1,2}[:/.]\d{1,2}"
    # a post's footer: "... Author Ann Lee Categories"
    r"|\s+(?:categories|tags|filed under|leave a (?:comment|reply))\b",
    re.I,
)
# "By Ana Lima": a capital after "by" (case matters there: "By the end of the week" is a sentence); "Von Ana Lima".
BYLINE = re.compile(rf"^\s*(?:(?i:(?:written |posted |reported )?by)\s+[A-Z]|{VON})")
_ADDRESS = re.compile(r"://|@\w|^www\.", re.I)
_UPDATED_AT_END = re.compile(r"(?i)\b(?:updated|mis à jour(?: le)?|aktualisiert(?: am)?|actualizado(?: el)?"
                             r"|atualizado(?: em)?|aggiornato(?: il)?)\W*$")
# "Jane Doe" alone on the line above the date: a blog's byline without its "By" (two or three words shaped as a
# name: a capital and small letters each, or an initial).
_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_NAME_LINE = re.compile(rf"^\s*{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD})){{1,2}}\s*$")
# "Written by Jane Kim": a blog's author box under the article names its author where no byline above it does.
_WRITTEN_BY = re.compile(r"^\s*(?i:written by)\s+[A-Z]")
# Between a wiki's headline and its tagline, beside its tabs one to a line ("Tools"): its count of languages.
_LANGUAGES_COUNT = re.compile(r"^\s*\d+\s+languages?\s*$", re.I)
# A headline in Title Case over its deck in sentence case is at least this long (a kicker is shorter).
DECK_HEADLINE_WORDS = 5
# A headline sharing this share of its words with the page's <title> is the article's own.
TITLE_SIMILARITY = 0.6
# "Title « Blog" as some themes write it ("»" leads a trail instead: "Blog » Archive » Title")
_SITE_SUFFIX = re.compile(r"\s+[|\-–—:·•«]\s+[^|\-–—·•«»]{2,40}$")

# A month and year, or a date, after a title's dash: the issue's, not a site's name.
# (or its season's, as a school's or a parish's newsletter is issued: "Newsletter – Spring 2026", "Summer Term 2026")
_ISSUE_DATE = re.compile(r"(?i)\W*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                         r"[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?|(?:spring|summer|autumn|fall|winter)(?:\s+term)?)"
                         r"\s+(?:1[89]|20)\d\d\s*$")


@dataclass(frozen=True)
class Header:
    """What the lines above the body say, and where the body really starts."""

    meta: Metadata
    body_start: int


def is_byline_line(line: Line, most_words: int) -> bool:
    """A byline on its own line ("By Kelli Miller"), not a sentence that opens on "By" and a capital ("By Saturday the
    sun was out, and we climbed Catbells.": a story's sentence, with its stop, naming no one)."""
    return (line.words <= most_words and BYLINE.match(line.text) is not None
            and (not line.terminal or bool(authors_from(line))))


def authors_from(line: Line) -> tuple[str, ...]:
    """Author names from a byline such as "By A and B | April 11, 2024 9:30 AM"."""
    if line.words > 30:
        return ()
    match = _BY.search(line.text)
    if match is None and (dated := _DATE_THEN_NAME.match(line.text)) and parse_date(dated.group(1)):
        name = dated.group(2).strip()
        # "March 8, 2025 · Leo Marsh": a blog's theme prints the day first, then its author
        return (name,) if 2 <= len(words_of(name)) <= 4 and _all_capitalised(name) and looks_like_names(name) else ()
    if match is None:
        if not line.clock and parse_date(line.text) is None:
            return ()
        rest = line.text  # "Chris Davies - Nov 19, 2019": a name glued to a date
    else:
        rest = line.text[match.end():]
    cut = _CUT.search(rest)
    names_text = rest[: cut.start()] if cut else rest
    if match is None and names_text.rstrip().endswith(",") and not signed_with_given_name(names_text):
        return ()  # "New York, 3 March 2024": a dateline's place, which a comma parts from its date
    # "By Priya Shah, March 2026": the month the byline dates the text by is no second writer
    # "By Mrs Claire Donnelly, Headteacher": the writer's role after a comma is no second writer either
    names = tuple(n for n in split_authors(names_text) if looks_like_names(n) and not parse_month(n)
                  and not is_role(n))
    if match is None and (len(names) != 1 or not 2 <= len(words_of(names[0])) <= 4 or not _all_capitalised(names[0])
                          or cut is None or not _DATED.match(rest[cut.start():].lstrip())
                          or words_of(names[0])[-1].lower() in TITLE_NOUNS):
        # "It starts at 8pm. Then...", "Enter Pelican Town on a sunny day between 9am and 2pm.": a sentence with a
        # time in it, not a name glued to its date ("Chris Davies - Nov 19, 2019", "Ann Lee on May 2, 2024 at 4 pm")
        return ()
    return names


# What a place's name ends on ("Jackson Hole", "Elizabeth City", "Victoria Falls"): no surname, even after a given name.
_PLACE_ENDS = frozenset(("city", "county", "falls", "park", "hole", "bay", "beach", "springs", "heights", "hills",
                         "harbour", "harbor", "island", "lake", "town", "village", "valley", "bridge", "port", "point",
                         "street", "road", "lane", "avenue", "square", "green", "cross", "end"))
# A title signed before the given name ("Dr Omar Haddad, 3 March 2026"): skipped to reach the name.
_SIGNED_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "prof", "rev", "revd", "cllr", "sir", "dame"))


def signed_with_given_name(text: str) -> bool:
    """Two to four capitalised words opening on a given name ("Ann Lee,", "Priya Shah,"): a writer signing before the
    day, where a dateline's place ("Leeds,", "New York,") opens on none (h86; givennames.py is the evidence)."""
    words = words_of(text)
    if words and words[0].lower().rstrip(".") in _SIGNED_TITLES:
        words = words[1:]
    return (2 <= len(words) <= 4 and _all_capitalised(text.rstrip(" ,")) and words[0].lower() in GIVEN_NAMES
            and words[-1].lower() not in _PLACE_ENDS)


# What a dated title names, as its last word ("Annual General Meeting, 9 October 2024", "Spring Newsletter - May
# 2025"): a document or an event, never a surname, so the words before the date are no name glued to it.
TITLE_NOUNS = frozenset((
    "meeting", "minutes", "report", "notes", "newsletter", "update", "updates", "diary", "agenda", "bulletin",
    "journal", "programme", "program", "schedule", "notice", "notices", "review", "summary", "accounts", "budget",
    "trip", "holiday", "party", "festival", "concert", "service", "match", "event", "conference", "workshop",
    "log", "edition", "issue", "briefing", "statement", "announcement", "results", "plan", "recap",
))


# A day, a separator and a name after it, nothing else: "March 8, 2025 · Leo Marsh", "8 March 2025 | Leo Marsh".
_DATE_THEN_NAME = re.compile(r"^\s*([^|•·—–]{4,40}?)\s+[|•·—–-]\s+([^|•·—–\d]{3,60})$")


# What follows a name glued to its date: a separator or "on"/"at", then the date or time itself.
_DATED = re.compile(r"(?i)(?:[|•·—–-]|on|at|updated|published|posted)?[\s:]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug"
                    r"|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)")


def _all_capitalised(name: str) -> bool:
    """Every word of a name without its "By" begins with a capital, but for particles ("Ana de Lima")."""
    return all(word[0].isupper() or word in NAME_PARTICLES for word in words_of(name))


# What a byline's name stands above when no date does: the reading time ("Rodrigo Campos" / "5 Min Read"). Not a
# handle: a job title stands above it as often ("Political Editor" / "@andywoodcock").
_AFTER_BYLINE = re.compile(r"(?i)^\s*\d+\s*min(?:ute)?s?\s+read\s*$")


# A byline's label alone on the line above the names ("by" / "Lars Brandle", "Author:" / "The Water Coolest").
# The word alone, or a plural with its colon: "Authors" alone is a menu's entry. A government page's "From:" alone
# names who issued it on the line under ("From:" / "Department for Transport"), a name of any length.
_BYLINE_LABEL = re.compile(r"(?i)^(?:(?:by|par|por|von|author|autor|autorin|auteur|autore|written by)\s*:?"
                           r"|(?:authors|autoren|auteurs|autori|autores|from)\s*:)$")


def _with_by_above(lines: list[Line], i: int) -> Line:
    """Line i, with "By " before it when a byline's label stands alone on the line above ("by", then "Lars
    Brandle"; "Author:", then a name)."""
    line = lines[i]
    if i > 0 and _BYLINE_LABEL.match(lines[i - 1].text.strip()):
        return make_line(line.index, "By " + line.text, line.group)
    return line


# A field of the page's, its label before a colon: who published it, where it is filed ("From: Driver and Vehicle
# Licensing Agency", "Filed under: Gardening"); a headline's own label says what kind of story it is ("Analysis: ...").
_FIELD_LABEL = re.compile(r"(?i)^\s*(?:from|tags?|categor(?:y|ies)|filed under|posted in|topics?|section|series)\s*:")


# A post's tags on one line: "#python #sql #webdev".
_TAGS = re.compile(r"^\s*#\w+(?:[\s,]+#\w+)+\s*$")


def _title_case(text: str) -> bool:
    """Every word capitalised but the small ones ("to", "the"), and most of them."""
    words = words_of(text)
    capitals = sum(1 for word in words if word[0].isupper())
    return capitals > 2 * len(words) / 3 and all(word[0].isupper() or word.lower() in STOP_WORDS for word in words)


# A match's result as its report or live page is headed: two sides and the score between them ("Bath 24-19 Saracens"),
# a headline however few its words.
_SCORE_LINE = re.compile(r"^\s*[A-Z][^\d|:]{1,40}?\s\d{1,3}\s?[-–]\s?\d{1,3}\s+[A-Z][^\d|:]{1,40}$")
# Where a notice or a story was published, on its own line under its headline ("Published in the Westmorland
# Gazette", "First appeared in The Field"): the page's note, no headline.
_PUBLISHED_IN = re.compile(r"^\s*(?:(?i:first|originally|as)\s+)?(?i:published|printed|appeared)\s+in\s+"
                           r"(?:the\s+)?[A-Z][^.!?]*$")
# A link aggregator's note of the site a link goes to, after its title ("A tiny text editor in C (example.org)").
_LINKED_SITE = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}(?:/[^\s()]*)?\)$")
# A tracker's number after an issue's or a merge request's title ("Export drops rows with a comma #418", "... !52"):
# the site's index, not words of the title, after a sentence of several words ("Newsletter #42" is the issue's name).
_TRACKER_NUMBER = re.compile(r"^(?:\S+\s+){4,}\S+?(\s+[#!]\d+)$")


# A post's count of its readers, under a question's title as Q&A sites print it ("Viewed 4k times", "1,204 views").
_VIEWS = re.compile(r"(?i)^\W*(?:viewed\s+[\d.,]+\s*[km]?\s+times?|[\d.,]+\s*[km]?\s+views?)\W*$")


# A tool of the page's for the post it shows ("Improve this question", "Edit this answer"): no headline.
_POST_TOOL = re.compile(r"(?i)^\W*(?:improve|edit|flag|cite|report|close)\s+this\s+(?:question|answer|post|page"
                        r"|article|comment|thread)\W*$")


# A headline may name a time after its words ("Why I stopped answering emails after 6pm"); a stamp opens on it or
# nearly ("Updated 10:32", "Posted 3 hours ago").
CLOCK_IN_HEADLINE_WORDS = 5


def _headline_like(line: Line) -> bool:
    """A headline: a handful of words, no final full stop, not a prompt, a credit or a field of the page's."""
    text = line.text.rstrip()
    # a headline may end on a full stop when every word of it is capitalised ("I Quit My Job. Here Is What I Learned.")
    stopped = text.endswith((":", ",")) or (text.endswith(".") and not _title_case(text))
    return ((3 <= line.words <= 30 or _SCORE_LINE.match(text) is not None) and not stopped and not line.cta
            and not line.credit and not (line.clock and words_before_clock(text) < CLOCK_IN_HEADLINE_WORDS)
            and _BY.match(text) is None and not _ADDRESS.search(text)
            and not RELEASE_LABEL.match(text) and not _FIELD_LABEL.match(text) and not _TAGS.match(text)
            and not _VIEWS.match(text) and not _POST_TOOL.match(text) and not is_handle(text)
            and not _PUBLISHED_IN.match(text))


def _similar(a: str, b: str) -> float:
    """Share of a's words found in b; none when only words such as "a" and "be" are ("Be a Pro", a menu's entry,
    matched "... time to be careful?" two words in three)."""
    words_a = [w.lower() for w in words_of(a)]
    words_b = {w.lower() for w in words_of(b)}
    shared = [w for w in words_a if w in words_b]
    if any(w not in STOP_WORDS for w in words_a) and all(w in STOP_WORDS for w in shared):
        return 0.0
    return len(shared) / len(words_a) if words_a else 0.0


def _logo_words(tagline: str) -> set[str]:
    """The words of a wiki's name and kind, as its logo prints them: "Wikipedia", "the", "free", "encyclopedia"."""
    return {w.lower() for w in words_of(tagline)} - {"from"}


def _wiki_title(lines: list[Line], top: int, bottom: int, page_title: str | None) -> int | None:
    """A wiki's headline, however short ("Ada Lovelace"), where its tagline ("From Wikipedia, the free encyclopedia")
    stands above the body: the page's <title> line when the dump begins with one (the headline above the tagline
    may be wrapped over two lines), else the line above the tagline, past the tabs and the count of languages."""
    # The tagline is looked for above the whole body, not only in the header's window: an infobox of a hundred
    # lines may part it from the lead ("Driving side left", the infobox's last line, was taken for the title).
    for i in range(bottom - 1, 0, -1):
        if tagline := WIKI_TAGLINE.match(lines[i].text):
            # the wiki's logo may open the dump instead of the <title> ("Wikipedia The Free Encyclopedia")
            if page_title and {w.lower() for w in words_of(page_title)} - _logo_words(tagline.group(0)):
                return 0
            above = range(i - 1, max(-1, i - 1 - WIKI_HEAD_LINES), -1)
            return next((j for j in above if lines[j].words and not lines[j].cta
                         and not is_tabs(words_of(lines[j].text)) and not _LANGUAGES_COUNT.match(lines[j].text)),
                        None)
    return None


# A deck shorter than its headline has this many words at least; fewer ("Sleepers are back at last") make a label's.
SHORTER_DECK_WORDS = 7


def is_deck_under(headline: Line, deck: Line) -> bool:
    """A headline in Title Case right above a longer line in sentence case, without a stop: a press release's or a
    magazine's headline and its deck ("Riverside Library Opens New Makerspace" / "New facility offers 3D printers
    ..."). A kicker or a section label above a headline is shorter than it, so it never takes the title."""
    return (deck.index == headline.index + 1 and _headline_like(headline)
            and headline.words >= DECK_HEADLINE_WORDS and deck.capital_ratio <= DECK_CAPITAL_SHARE and not deck.terminal
            and ((headline.words < deck.words and headline.capital_ratio >= TITLE_CASE_SHARE)
                 # a longer headline in sentence case over its shorter deck ("Acme X5 review: the best budget phone of
                 # the year" / "A lot of phone for not much money")
                 or (headline.words > deck.words >= SHORTER_DECK_WORDS and _headline_like(deck))))


def _deck_over_byline(lines: list[Line], headline: int, byline: int) -> bool:
    """A headline in sentence case right over a longer line in sentence case without a stop, the byline right under
    that: a newsletter's or a blog's title and its subtitle ("Why the bus stopped coming" / "What happened to the 42,
    and what it tells us about rural transport" / "Ellen Marsh"). A kicker is a few words, fewer than a headline's."""
    if headline < 1 or headline + 2 != byline:
        return False
    line, deck = lines[headline], lines[headline + 1]
    return (_headline_like(line) and _headline_like(deck) and line.words >= DECK_HEADLINE_WORDS
            and deck.words > line.words and deck.words >= SHORTER_DECK_WORDS and not deck.terminal
            and deck.capital_ratio <= DECK_CAPITAL_SHARE and line.capital_ratio <= DECK_CAPITAL_SHARE)


def _shown_again_over_deck(lines: list[Line], headline: int, deck: int) -> bool:
    """A short headline the page shows twice, in its bar and over the post ("The December letter"), right above a
    longer line in sentence case without a stop: its deck ("Books, a frozen pond and the end of the year")."""
    line, under = lines[headline], lines[deck]
    return (deck == headline + 1 and any(above.text == line.text for above in lines[:headline])
            and under.words > line.words and under.words >= SHORTER_DECK_WORDS and not under.terminal
            and under.capital_ratio <= DECK_CAPITAL_SHARE)  # shorter, it is a contents' first entry


# A section's name in a page's <title> ("Advice | The Weekly Mirror") is a word or two, as its menu entry is.
SECTION_NAME_WORDS = 2
MENU_ENTRY_WORDS = 3


def _names_a_section(lines: list[Line], headline: str, nearest: int) -> bool:
    """True when the <title>'s headline is a word or two that the page's menu lists, between two short lines without
    a stop (a byline or a date is no menu entry), above the headline nearest the body and not right above it (a
    short headline may stand over its deck, and a kicker over it)."""
    name = headline.strip().lower()
    if not 0 < len(words_of(name)) <= SECTION_NAME_WORDS:
        return False

    def entry(i: int) -> bool:
        line = lines[i] if 0 < i < len(lines) else None
        return (line is not None and 0 < line.words <= MENU_ENTRY_WORDS and not line.terminal
                and not authors_from(line) and parse_date(line.text) is None)

    return any(i < nearest - 1 and line.text.strip().lower() == name and entry(i - 1) and entry(i + 1)
               for i, line in enumerate(lines[1:], start=1))


_COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b")


def _owns_the_copyright(lines: list[Line], start: int, name: str) -> bool:
    """True when the page's copyright line under the body names the first line ("© 2025 St Anne's Primary School"):
    the first line is the site's name over its menu, not the page's <title>."""
    wanted = name.strip().lower()
    return any(_COPYRIGHT.search(line.text) and wanted in line.text.lower() for line in lines[start + 1:])


# A postal address on its line, under a listing's headline: a street or place, a comma, a town, and its postcode or
# ZIP ("Elm Grove, Harrogate HG1", "Ropewalk Court, Nottingham NG1 5AB", "12 Main St, Springfield, IL 62701").
_POSTAL_ADDRESS = re.compile(r",\s+[A-Z][\w' .-]*\s+(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s+\d[A-Z]{2})?|[A-Z]{2}\s+\d{5})$")
# A field of the page's ("Deposit: £1,096", "Furnish type: Unfurnished"): a label of up to three words, a colon, a
# value of up to three; a subject over its sender ("Re: Moving the meeting to Thursdays") says more than that.
_FIELD = re.compile(r"^\s*[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}:\s+\S+(?:\s+\S+){0,2}\s*$")


def _in_fields(lines: list[Line], i: int) -> bool:
    """A line of a run of two or more fields ("Let available date: 01/04/2025" / "Furnish type: Unfurnished"): the
    page's details, where one field alone may be a headline with its colon ("Review: The Railway Children")."""
    return bool(_FIELD.match(lines[i].text)) and any(
        0 <= j < len(lines) and _FIELD.match(lines[j].text) for j in (i - 1, i + 1))


# A match's teams on the line that names its page ("Somerset v Essex", "Leeds vs Wigan, Super League"), and the
# match's state nearer the entries, a few words ("Lunch, day two", "Half time").
_FIXTURE = re.compile(r"^\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s+vs?\.?\s+[A-Z][\w.'’&-]*"
                      r"(?:\s+[A-Z][\w.'’&-]*){0,3}(?:,\s+[A-Z][\w '’-]{2,40})?\s*$")
MATCH_STATE_WORDS = 4


# How many follow a channel or an account, alone on its line ("48K subscribers", "2,310 followers").
_FOLLOWERS = re.compile(r"(?i)^\s*[\d.,]+\s*[KkMm]?\s+(?:subscribers|followers|members)\s*$")


def _over_followers(lines: list[Line], i: int) -> bool:
    """True for the line over a count of followers: the channel's or the account's name, no headline."""
    return i + 1 < len(lines) and bool(_FOLLOWERS.match(lines[i + 1].text))


# A price alone on its line ("£34.99", "$239,900", "From £95 per night", "£640 pw", "$1,850/mo"): a listing's, whose
# headline stands this near it, above or below.
_PRICE_ALONE = re.compile(r"(?i)^\s*(?:from\s+)?[£$€¥]\s?\d[\d,]*(?:\.\d\d)?"
                          r"(?:\s*(?:/|per|an?)\s*(?:night|week|month|mo|year|person)|\s*(?:pw|pcm|pppn))?\s*$")
PRICE_NEAR = 4


def _by_the_price(lines: list[Line], candidates: list[int], top: int, bottom: int) -> int | None:
    """A shop's or an agent's listing: the longest headline-like line near its price, not a button, a rating or a
    detail between the price and the description ("Add to basket", "Request a tour")."""
    price = next((i for i in range(bottom - 1, top - 1, -1) if _PRICE_ALONE.match(lines[i].text)), None)
    near = [i for i in candidates if price is not None and abs(i - price) <= PRICE_NEAR]
    return max(near, key=lambda i: (lines[i].words, i < price)) if near and price is not None else None


def _title_index(lines: list[Line], top: int, bottom: int, page_title: str | None) -> int | None:
    """The headline line: the one most like the page's <title> if there is one, else the nearest above (or the
    headline above it when the nearest is its deck)."""
    candidates = [i for i in range(bottom - 1, top - 1, -1) if i > 0 and _headline_like(lines[i])
                  and not _POSTAL_ADDRESS.search(lines[i].text) and not _in_fields(lines, i)
                  and not _labelled_run(lines, i) and not _over_followers(lines, i) and not _entries_bar(lines[i].text)]
    if page_title:
        # a line that repeats only the <title>'s site name is no headline: "Daniel Lemire's blog" and "Search The
        # Atlantic" under "JSON parsing: simdjson vs. JSON for Modern C++ – Daniel Lemire's blog"
        suffix = _SITE_SUFFIX.search(page_title)
        site, headline = (suffix.group(), page_title[:suffix.start()]) if suffix else ("", page_title)
        scored = [(_similar(lines[i].text, page_title), -n, i) for n, i in enumerate(candidates)
                  if not (site and _similar(lines[i].text, site) >= TITLE_SIMILARITY
                          and _similar(lines[i].text, headline) < TITLE_SIMILARITY)]
        best = max(scored, default=None)
        if best is not None and best[0] >= TITLE_SIMILARITY:
            return best[2]
        if not (candidates and _names_a_section(lines, headline, candidates[0])):
            return 0  # the page's <title> itself, when no headline on the page repeats it
        # "Obituaries - The Hillside Courier": the <title> names the section, an entry of the menu; the headline is
        # the nearest above the body, as on a page without a <title>
    summary = _summary_chain(lines, candidates)
    if summary is not None:
        return summary
    if (priced := _by_the_price(lines, candidates, top, bottom)) is not None:
        return priced
    fixture = next((i for i in candidates if _FIXTURE.match(lines[i].text)), None)
    if fixture is not None and lines[candidates[0]].words <= MATCH_STATE_WORDS:
        return fixture  # "Somerset v Essex" over its tabs, not the match's state under them ("Lunch, day two")
    if len(candidates) > 1 and _kind_under_headline(lines[candidates[1]], lines[candidates[0]]):
        return candidates[1]
    if len(candidates) > 1 and (is_deck_under(lines[candidates[1]], lines[candidates[0]])
                                or _shown_again_over_deck(lines, candidates[1], candidates[0]) or (
            candidates[1] == candidates[0] - 1 and opens_on_a_question(lines[candidates[0]])
            and not opens_on_a_question(lines[candidates[1]]))):
        return candidates[1]  # the headline over its deck, or over the question an explainer opens on
    return candidates[0] if candidates else None


# A headline over its summary's points, each a line without a stop (a tabloid's: "Family 'heartbroken' as village
# pub closes" / "Regulars say the Plough was the heart of the community" / "Landlord blames soaring energy bills"):
# this many lines in a row or more, in sentence case.
SUMMARY_CHAIN_LINES = 3


def _kind_under_headline(headline: Line, label: Line) -> bool:
    """A short label in Title Case right under a headline in sentence case twice its length or more: the kind of
    notice the page is ("Product Recall Information Notice" under "Tesmore recalls Baby Rice Cakes because ..."), as a
    kicker is over one, not the headline."""
    return (label.index == headline.index + 1 and _title_case(label.text) and not _title_case(headline.text)
            and headline.words >= 2 * label.words)


def _summary_chain(lines: list[Line], candidates: list[int]) -> int | None:
    """The headline at the top of a run of SUMMARY_CHAIN_LINES or more headline-like lines right above the byline,
    the ones under it in sentence case: the headline over its points, not the last point."""
    run = 1
    while run < len(candidates) and candidates[run] == candidates[run - 1] - 1:
        run += 1
    if run < SUMMARY_CHAIN_LINES or any(lines[i].capital_ratio > DECK_CAPITAL_SHARE for i in candidates[:run - 1]):
        return None
    return candidates[run - 1]


# A menu on one line ("Home | Recipes | About | Contact"): this many entries or more, each a word or two, between
# one separator; a page's <title> names the article and its site in two or three parts.
MENU_BAR_ENTRIES = 4
MENU_BAR_ENTRY_WORDS = 2
# The bar's first and last entries may carry what stood beside it in the same row: the site's name, a login link.
MENU_BAR_END_WORDS = 4
_BAR_SEPARATOR = re.compile(r"\s[|•·]\s")


# A bar of links in brackets ("[Date Prev][Date Next][Thread Prev][Thread Next]"), as an archive prints its own.
_BRACKETED_LINKS = re.compile(r"^\s*(?:\[[^\[\]]{1,30}\]\s*){3,}$")


# A site's or an organisation's name opening a pasted page ("St Aidan's Church, Thornbury", "Jobs at Ashfield
# Council"): this many words at most, over this many menu entries at least, one to a line.
SITE_NAME_WORDS = 5
MENU_UNDER_NAME = 3
# The page's own headline stands this near above its date or byline.
HEADLINE_OVER_DATE = 2
# A listing's button under its headline ("Apply now", "Save job"): two words at most.
BUTTON_WORDS = 2


# A label and its colon opening a line, whatever its value's length ("Location: Harbour Museum, Quay Street").
# A message's header fields stand this near its sender's line ("Subject:", "Date:", "To:").
MESSAGE_HEADER_LINES = 4
_LABELLED = re.compile(r"^\s*[A-Z][\w'’.]*(?:\s+[\w'’.]+){0,2}:\s+\S")


def _labelled_run(lines: list[Line], i: int) -> bool:
    """A labelled line beside another ("Location: ..." / "Closing date: ..."): a listing's details, no headline. A
    message's header is none: its "Subject:" beside its sender ("From: Ann Lee <ann@...>") is its title."""
    near = range(max(0, i - MESSAGE_HEADER_LINES), min(len(lines), i + MESSAGE_HEADER_LINES + 1))
    return bool(_LABELLED.match(lines[i].text)) and any(
        0 <= j < len(lines) and _LABELLED.match(lines[j].text) for j in (i - 1, i + 1)) and not any(
        _SENDER.match(lines[j].text) for j in near)


def _sites_name_over_menu(lines: list[Line], anchor: int) -> bool:
    """A short first line over a menu, and another headline right over the date or byline under the menu: the
    site's name, which "select all" copies first, not the page's <title> (a saved page's first line), which names the
    article and often the site after a dash ("Aggression - Jo's photos"). Without the dated headline below, the first
    line may still be the page's only title."""
    menu = lines[1:1 + MENU_UNDER_NAME]
    if lines[0].words > SITE_NAME_WORDS or _SITE_SUFFIX.search(lines[0].text) or len(menu) < MENU_UNDER_NAME or not all(
            0 < entry.words <= MENU_ENTRY_WORDS and not entry.terminal and parse_date(entry.text) is None
            for entry in menu):
        return False
    over = anchor  # a listing's buttons and labelled details between its headline and its date ("Apply now")
    while over - 1 > MENU_UNDER_NAME and (lines[over - 1].cta or _labelled_run(lines, over - 1) or (
            lines[over - 1].words <= BUTTON_WORDS and not lines[over - 1].terminal)):
        over -= 1
    return any(_headline_like(lines[j]) and not _in_fields(lines, j) and not _labelled_run(lines, j)
               and lines[j].text != lines[0].text
               for j in range(max(MENU_UNDER_NAME + 1, over - HEADLINE_OVER_DATE), over))


def _headline_twice_under_a_name(lines: list[Line], anchor: int) -> bool:
    """A short first line over a headline shown twice above the body (a published document's banner, "Published
    using Google Docs", over its name in the bar and again over its text): the banner is no <title>, which would name
    the document."""
    first = lines[0]
    if first.words > SITE_NAME_WORDS or _SITE_SUFFIX.search(first.text):
        return False
    shown = [line.text for line in lines[1:anchor + 1]]
    return any(_headline_like(line) and line.text != first.text and shown.count(line.text) == 2
               for line in lines[1:anchor + 1])


def _entries_bar(text: str) -> bool:
    """True for a line of four entries or more of a word or two between separators ("News | Sport | Farming | Jobs"):
    a menu's, never a headline, whatever line is under it."""
    if not _BAR_SEPARATOR.search(text):
        return False
    entries = _BAR_SEPARATOR.split(text)
    return len(entries) >= MENU_BAR_ENTRIES and all(0 < len(words_of(entry)) <= MENU_BAR_ENTRY_WORDS
                                                    for entry in entries)


def _menu_bar(text: str) -> bool:
    """True for a line of a menu's entries between one separator, or of words in capitals with no small word among
    them ("RECIPES HOW-TO VIDEOS SHOP", spaced apart on the page), or of links in brackets: the page's links, not its
    <title>."""
    if _BRACKETED_LINKS.match(text):
        return True
    entries = _BAR_SEPARATOR.split(text)
    if len(entries) >= MENU_BAR_ENTRIES and all(0 < len(words_of(entry)) <= MENU_BAR_ENTRY_WORDS for entry in entries):
        return True
    if len(entries) >= MENU_BAR_ENTRIES + 2 and all(
            0 < len(words_of(entry)) <= MENU_BAR_ENTRY_WORDS for entry in entries[1:-1]) and all(
            len(words_of(end)) <= MENU_BAR_END_WORDS for end in (entries[0], entries[-1])):
        return True  # a table row's copy runs the site's name and its login into the bar: "Hacker News new | ... login"
    words = text.split()
    return len(words) >= MENU_BAR_ENTRIES and all(word.isupper() and word.lower() not in STOP_WORDS for word in words)


# A line ending on a stop with this many words is a sentence of the story, whatever date it names ("Margaret Ellis,
# 93, of Lancaster, died at home on Tuesday, March 5, 2024, surrounded by her family."), not a header's date line.
DATED_SENTENCE_WORDS = 12


# A span of days an event runs ("12 April – 31 August 2025", "June 3 - July 14, 2024", "3–9 May 2025"): no day the page
# was published on.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DATE_SPAN = re.compile(rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
                        rf"(?:,?\s+\d{{4}})?\s*(?:[–—-]|to|until)\s*(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
                        rf"|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})")
# The hours an event runs, on the line under its day ("5:00pm - 7:30pm", "10am to 4pm"): the day is the event's.
_HOURS = re.compile(r"(?i)^\W*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[–—-]|to|until)\s*\d{1,2}(?:[:.]\d\d)?"
                    r"\s*[ap]\.?m\.?\W*$")


# An appeal's headline asks the reader ("Help us keep the lights on at Brook House"): as long as a headline, and
# under a menu whose entries are a word or a few.
APPEAL_HEADLINE_WORDS = (DECK_HEADLINE_WORDS, 14)


def _appeal_headline(lines: list[Line], body: int) -> bool:
    """True for a prompt of a headline's length without a stop right above the body, nothing but a menu's short
    entries above it (the first line no page's <title>): a charity's appeal, headed by what it asks."""
    if body < 2:
        return False
    line = lines[body - 1]
    low, high = APPEAL_HEADLINE_WORDS
    return (line.cta and low <= line.words <= high and not line.terminal and not is_widget_label(line)
            and all(0 < above.words <= MENU_ENTRY_WORDS and not above.terminal for above in lines[:body - 1]))


# A day and its month, either way round ("8 May", "May 8"), as a date line and the text under it both write it.
_DAY_MONTH = re.compile(rf"(?i)\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})"
                        rf"|({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)")
# The text that may name the event's day again stands this near under its date line.
EVENT_TEXT_LINES = 12


def _day_and_month(text: str) -> tuple[int, str] | None:
    """The first day and month named in text, as (day, the month's first three letters)."""
    found = _DAY_MONTH.search(text)
    if found is None:
        return None
    day, month = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
    return int(day), month[:3].lower()


def _named_again(lines: list[Line], i: int) -> bool:
    """True when a sentence under a date line names its day and month again ("starts at 7.30pm on Friday 8 May"):
    the day something happens, which the page tells of, not the day it went up."""
    day = _day_and_month(lines[i].text)
    return day is not None and any(
        line.terminal and any(_day_and_month(found.group(0)) == day for found in _DAY_MONTH.finditer(line.text))
        for line in lines[i + 1:i + 1 + EVENT_TEXT_LINES])


def _dates_an_event(lines: list[Line], i: int) -> bool:
    """True for a date line that dates an event, not the page: a span of days ("Tue 4 - Sat 8 March 2025"), a day
    with the hours it runs under it ("Sat 14 Dec 2024" / "5:00pm - 7:30pm"), or a day the text names again."""
    return (bool(_DATE_SPAN.search(lines[i].text)) or (i + 1 < len(lines) and bool(_HOURS.match(lines[i + 1].text)))
            or _named_again(lines, i))


# A date's label naming a deadline ("Closing date: 21 March 2025", "Apply by 4 April", "Offer ends 30 June"): the day
# something must be done by, not the day the page went up.
_DEADLINE = re.compile(r"(?i)^\W*(?:closing date|closes|deadline|apply by|expires|expiry date|offer ends|ends)\b")


# A label alone over its date that names no publication: a note app's or a record's creation ("Created", "Date
# created", "Created time": when the page was begun, as its properties list it) or a deadline ("Closing date").
_NOT_PUBLISHED_LABEL = re.compile(r"(?i)^\W*(?:(?:date\s+)?created(?:\s+(?:time|on|at))?|closing date|deadline"
                                  r"|expiry date|apply by)\W*$")


def _labelled_otherwise(lines: list[Line], i: int) -> bool:
    """A date under a label alone that names something other than the day it went up ("Created" / "March 2, 2025")."""
    return i > 0 and _NOT_PUBLISHED_LABEL.match(lines[i - 1].text) is not None


def _dates_the_page(line: Line) -> bool:
    """A header's date line: a date, alone or with a byline or a stamp's words, not a sentence that names one, nor a
    deadline."""
    return (line.words <= DATE_WORDS and not (line.terminal and line.words >= DATED_SENTENCE_WORDS)
            and not _DEADLINE.match(line.text) and parse_date(line.text) is not None)


# A forum thread's title, a question at the head of its post: a single sentence of this many words at most.
QUESTION_TITLE_WORDS = 25
# Lines between a headline and the body, past which a question opening the body is the title.
QUESTION_TITLE_GAP = 2
# (not a speaker's or an FAQ's labelled question: "Q: When is the library open?")
_ONE_QUESTION = re.compile(r"^(?![^:]{1,12}:\s)[\"“‘']?[A-Z][^.!?]*\?[\"”’']?$")


# An answer's labels between the question and the answer: the site's sorting, the answerer's name and their line
# about themselves ("Sort" / "Recommended" / "Margaret Hill" / "Former Classics teacher" / "3y"), a few words each.
LABEL_WORDS_UNDER_QUESTION = 4
LABELS_UNDER_QUESTION = 8


def _question_over_labels(lines: list[Line], top: int, title_at: int, anchor: int) -> int:
    """The question a page answers, where only labels of a few words without a stop part it from the body and the line
    taken for the headline is one of them ("Former Classics teacher", the answerer's, under "Is it worth learning
    Latin as an adult?"); else title_at."""
    if opens_on_a_question(lines[title_at]) or lines[title_at].words > LABEL_WORDS_UNDER_QUESTION:
        return title_at
    for i in range(title_at - 1, max(top, anchor - LABELS_UNDER_QUESTION) - 1, -1):
        if opens_on_a_question(lines[i]):
            return i
        if lines[i].words > LABEL_WORDS_UNDER_QUESTION or lines[i].terminal:
            break
    return title_at


def opens_on_a_question(line: Line) -> bool:
    """A question alone on its line, a sentence long: what a thread or a Q&A page is titled."""
    return 4 <= line.words <= QUESTION_TITLE_WORDS and bool(_ONE_QUESTION.match(line.text.strip()))


@dataclass(frozen=True)
class _Below:
    """A byline and a date found under a title that opens the body."""

    authors: tuple[str, ...]
    byline_at: int | None
    date_at: int | None


def _header_below(lines: list[Line], title_at: int) -> _Below:
    """The byline and date lines right under a title at the body's top, up to BYLINE_LINES of them."""
    authors: tuple[str, ...] = ()
    byline_at = date_at = None
    for i in range(title_at + 1, min(len(lines), title_at + 1 + BYLINE_LINES)):
        if not authors and (found := authors_from(_with_by_above(lines, i))):
            authors, byline_at = found, i
        elif date_at is None and _dates_the_page(lines[i]):
            date_at = i
        else:
            break
    return _Below(authors, byline_at, date_at)


# A desk after a name on its line, as a page prints it without a comma: a word or two in capitals, then the job.
ROLE_WORDS = 3


_NAME_COMMA = re.compile(r"(?<=[a-z]),\s+(?=[A-Z])")


def _name_and_role(line: Line) -> str | None:
    """The name of a byline that prints the writer's desk after it ("Helena Horton Environment reporter" -> "Helena
    Horton"): a name of two words (or three, when two leave no desk), then up to ROLE_WORDS words opening on a capital
    and ending on a job."""
    words = _NAME_COMMA.sub(" ", line.text, count=1).split()  # "Ann Lee, Staff Meteorologist": a comma after the name
    if not 3 <= len(words) <= 3 + ROLE_WORDS or not JOB_TITLE.search(line.text):
        return None
    small = len(words)
    while small > 0 and words[small - 1].islower():
        small -= 1
    # a desk in sentence case opens on the one capital before its small words ("Political editor"): the name is all
    # before it ("Mary Anne Smith"), of two words or three
    if 0 < small < len(words) and 2 <= small - 1 <= 3 and _NAME_LINE.match(name := " ".join(words[:small - 1])):
        return name
    for size in (2, 3):
        name, role = " ".join(words[:size]), words[size:]
        if role and len(role) <= ROLE_WORDS and role[0][:1].isupper() and _NAME_LINE.match(name):
            return name
    return None


# A writer's post and employer under their name, as a professional network prints it ("Operations Director at
# Hartley Logistics", "Senior Engineer, Acme"): a few capitalised words, then "at" or a comma and the employer.
_AT_EMPLOYER = re.compile(r"^\s*[A-Z][\w&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’-]*){0,4}\s*(?:\bat|@|,)\s+[A-Z]")
JOB_LINE_WORDS = 10


def _job_line(line: Line) -> bool:
    """A line of the writer's post under their name: a job and where it is done, or a desk ("Political editor")."""
    return (0 < line.words <= JOB_LINE_WORDS and not line.terminal and not line.cta
            and (bool(_AT_EMPLOYER.match(line.text)) or bool(JOB_TITLE.search(line.text))))


# How long ago a social post went up, alone on its line between dots ("· 5h ·", "3d •", "2w"): no day, no clock.
_AGE_STAMP = re.compile(r"^[\s·•]*\d{1,2}\s?(?:s|m|h|d|w|mo|y)[\s·•]*$")
# Lines between a poster's name and that stamp: their degree and headline ("• 1st", "Head of Operations at ...").
POSTER_LINES = 3


def _poster(lines: list[Line], i: int, start: int) -> int:
    """The line of the age stamp under a poster's name alone (a social post's header, the post right under it), or
    0 when lines[i] is no such name: "Janet Pike" / "· 5h ·", or with their degree and headline between."""
    if not _name_alone(lines[i]):
        return 0
    return next((j for j in range(i + 1, min(i + 1 + POSTER_LINES + 1, start)) if _AGE_STAMP.match(lines[j].text)), 0)


def name_line(line: Line) -> str | None:
    """The name of a line that is a name alone ("Ann Lee") or a name and the writer's post ("Ann Lee, Staff
    Reporter"), else None."""
    return line.text.strip() if _name_alone(line) else _name_and_role(line)


# How many reviews a reviewer has written, alone on its line ("48 contributions", "42 reviews"), under their name
# and perhaps their town; a name of a first name and an initial ("Helen P", "Dana K.") as review sites print it.
_REVIEWER_COUNT = re.compile(r"(?i)^\s*\d[\d,]*\s+(?:contributions|reviews)\s*$")
_INITIALLED_NAME = re.compile(r"^\s*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s+[A-Z]\.?\s*$")
REVIEWER_LINES = 2
REVIEWER_TOWN_WORDS = 4


def _reviewer(lines: list[Line], top: int, start: int) -> str | None:
    """A review's writer above it: a name over the count of their reviews, their town perhaps between (a place's own
    count, "1,882 reviews", stands under its rating, no name)."""
    for i in range(start - 1, top, -1):
        if not _REVIEWER_COUNT.match(lines[i].text):
            continue
        for j in range(i - 1, max(top, i - 1 - REVIEWER_LINES), -1):
            if _INITIALLED_NAME.match(lines[j].text) or _name_alone(lines[j]):
                return lines[j].text.strip()
            if lines[j].words > REVIEWER_TOWN_WORDS or lines[j].terminal:
                break  # only a town ("Leeds, United Kingdom") stands between the name and the count
    return None


def _name_alone(line: Line) -> bool:
    """A name alone on its line ("Ann Lee"), not a title of a few words ending on what it names ("Trip Notes")."""
    return (_NAME_LINE.match(line.text) is not None and not line.cta and not line.credit
            and words_of(line.text)[-1].lower() not in TITLE_NOUNS)


# A paper's authors on the line under its title, names alone: "Lena Kovacs, Omar Haddad", "A. Price1, D. Lowe2 and
# S. Rao*" (an affiliation's digit or mark after each). Two names or more, parted by commas or "and": the commas and
# the place under the headline tell them from a name alone, which a text without a list of first names cannot.
_LISTED_NAME = re.compile(rf"^(?:{_NAME_WORD}|[A-Z]\.)(?:\s*[A-Z]\.|\s+{_NAME_WORD}){{1,2}}$")
_AFFILIATION_MARK = re.compile(r"(?<=[a-z])(?:\d{1,2}(?:,\d{1,2})*|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=,|\s|$)")
_NAMES_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")
_INITIAL = re.compile(r"\b[A-Z]\.")


def names_list(text: str) -> tuple[str, ...]:
    """The names of a line of two or more names alone ("Anna Price, David Lowe and Sunita Rao"), else none: each of
    two or three capitalised words or initials, their surnames all different ("North Yorkshire, West Yorkshire" are
    places); two joined by "and" alone need an initial or an affiliation's mark, as a title in capitals joins words
    so too."""
    if "," not in text and not _AFFILIATION_MARK.search(text) and not _INITIAL.search(text):
        return ()  # "Harbour Food and Lifestyle Blog", "How To Grow and Care For Roses": titles, not two names
    names = tuple(part.strip() for part in _NAMES_SPLIT.split(_AFFILIATION_MARK.sub("", text.strip())))
    if len(names) < 2 or not all(_LISTED_NAME.match(name) for name in names):
        return ()
    surnames = [name.split()[-1] for name in names]
    if len(set(surnames)) < len(surnames) or any(s.lower() in TITLE_NOUNS for s in surnames):
        return ()
    return names


_NAME_DATE_SEPARATOR = re.compile(r",\s+|\s+[-–—|]\s+|:\s+")
NAMED_DATE_WORDS = 3
# Before a colon a name of two words will do ("Your letters: 14 February 2025"), but not a stamp's ("Last updated:").
NAMED_DATE_COLON_WORDS = 2
_STAMP_HEAD = re.compile(r"(?i)\b(?:updated|posted|published|edited|modified|reviewed|created|date[ds]?|issued|due"
                         r"|added|released|on)\b")


def _named_and_dated(line: Line) -> bool:
    """A page's name and then its day ("Letters to the editor, 22 January 2025", "Your letters: 14 February 2025"):
    words with no date in them, NAMED_DATE_WORDS or more (two before a colon, no stamp's), then a date, no byline."""
    if line.terminal or authors_from(line):
        return False
    for part in _NAME_DATE_SEPARATOR.finditer(line.text):
        head, tail = line.text[:part.start()], line.text[part.end():]
        colon = part.group().startswith(":")
        if colon and _STAMP_HEAD.search(head):
            continue
        if (len(words_of(head)) >= (NAMED_DATE_COLON_WORDS if colon else NAMED_DATE_WORDS) and not parse_date(head)
                and parse_date(tail)):
            return True
    return False


# A message's sender with their address, as an archive prints its header: no page's field ("From: Department for
# Transport").
_SENDER = re.compile(r"^\s*From:\s*([A-Z][^<>@:]{2,60}?)\s*[<(\[][^<>()\[\]@\s]+@[^<>()\[\]\s]+[>)\]]\s*$")


# A page's name at the end of its trail, under the site's sections: a word to a few ("Shingles", "Blue badges").
TRAIL_NAME_WORDS = 6


def _trail_entry(lines: list[Line], i: int, anchor: int) -> bool:
    """True for a section of a page's trail taken for its headline: under "Home", with one short line under it
    right above the body, the page's own name ("Home" / "Health A to Z" / "Shingles")."""
    name = lines[i + 1] if i + 2 == anchor else None
    return (i > 0 and lines[i - 1].text.strip().lower() == "home" and name is not None
            and 0 < name.words <= TRAIL_NAME_WORDS and not (name.terminal or name.cta or name.credit or name.clock))


# A page's button under its name: a verb of booking or fetching and what it acts on ("Apply now", "Book an open day",
# "Register for an open evening"), a few words without a stop. A menu's entry is one word ("Register"); "Save the
# village library" is a letter's headline.
_BUTTON_VERBS = frozenset(("apply", "book", "register", "download", "buy", "add", "enquire", "request", "reserve",
                           "order"))
BUTTON_LINE_WORDS = (2, 6)
# A page's own name under the site's menu ("In brief", "BSc Geography", "Annual Report 2025"): a few words.
PAGE_NAME_WORDS = 5
# A prompt this short is a button or a file's link ("Download the full report (PDF, 2.4 MB)").
TOOL_WORDS = 6


def _button(line: Line) -> bool:
    """True for a short line without a stop that opens on a button's verb and says what it acts on."""
    words = words_of(line.text)
    low, high = BUTTON_LINE_WORDS
    return low <= len(words) <= high and not line.terminal and words[0].lower() in _BUTTON_VERBS


def page_tool(lines: list[Line], i: int) -> bool:
    """A button, a link to a file, a run of labelled fields or the day alone: what a page puts right under its own
    name. A field alone may be a headline with its colon ("Parish News: Easter Edition"), a long prompt an appeal's
    headline ("Help us keep the lights on at Brook House"), a prompt of one word a menu's entry ("Subscribe")."""
    line = lines[i]
    return (line.cta and 1 < line.words <= TOOL_WORDS) or _button(line) or _in_fields(lines, i) or (
        line.words <= DATE_ALONE_WORDS and not line.terminal and parse_date(line.text) is not None)


def _a_sites_name(lines: list[Line], start: int) -> bool:
    """True when the first line may be a site's name: a few words, no site after a dash (a saved page's <title>,
    "Aggression - Jo's photos"), and not shown again over the body (a <title>'s headline is, as the page's own)."""
    first = lines[0]
    head = first.text.strip().lower()
    return (first.words <= SITE_NAME_WORDS and not _SITE_SUFFIX.search(first.text)
            and not any(line.text.strip().lower() == head for line in lines[1:start]))


def _page_name_under_menu(lines: list[Line], start: int) -> int | None:
    """A page's own name, a few words under the site's name and at least MENU_UNDER_NAME menu entries, every line
    above it short and without a stop, and right over its buttons, a file's link, its fields or its day: the page is
    named there, not by the site's name over the menu nor by a button."""
    for j in range(1, start):
        line = lines[j]
        if j - 1 > MENU_UNDER_NAME and page_tool(lines, j):
            name = lines[j - 1]
            return j - 1 if (0 < name.words <= PAGE_NAME_WORDS and not page_tool(lines, j - 1)
                             and parse_date(name.text) is None) else None  # "Last updated: 3 March 2025" is a stamp
        if line.terminal or line.words > SITE_NAME_WORDS:
            return None  # prose, or a headline, before any button: not a page named by a short line
    return None


# A name too short for a headline, shown twice right above the body, is the page's: a release's "v2.0.0" over the
# line of who released it and when, and again under it; both within this many lines of the body.
SHOWN_TWICE_LINES = 8
SHOWN_TWICE_WORDS = 4


def _shown_twice_over_the_body(lines: list[Line], top: int, start: int) -> int | None:
    """The line nearest the body whose text stands twice (or thrice) in the lines right above it, a name of a few
    words with a figure in it ("v2.0.0", "Release 4.2"), or in full beside its number alone ("Release 1.4.2" /
    "1.4.2"): no menu entry, button or stamp; none when nothing is shown twice."""
    near = range(max(top, start - SHOWN_TWICE_LINES), start)
    for i in reversed(near):
        line = lines[i]
        if not (len(line.text.split()) <= SHOWN_TWICE_WORDS and any(c.isdigit() for c in line.text)
                and not (line.cta or line.clock or line.credit or _dates_the_page(line))):
            continue
        if sum(lines[j].text == line.text for j in near) in (2, 3):  # in the bar too: "Releases" / "v3.1.0" / "Latest"
            return i
        # the name in full on one line and its number alone on the next ("Release 1.4.2" over "1.4.2")
        fuller = [j for j in near if j in (i - 1, i + 1) and lines[j].text.endswith(" " + line.text)
                  and len(lines[j].text.split()) <= SHOWN_TWICE_WORDS and not lines[j].cta]
        if len(fuller) == 1:
            return fuller[0]
    return None


# A date alone on its line has a word or two beside its figures ("04 June 2024", "Tuesday, October 8, 2024").
DATE_ALONE_WORDS = 2


# The years of a life under a name alone ("1941 – 2026", "1938-2026"): a death notice's heading, whose name is its
# title.
_LIFE_SPAN = re.compile(r"^\s*(?:1[89]|20)\d\d\s*[–—-]\s*(?:1[89]|20)\d\d\s*$")


def _name_over_life_span(lines: list[Line], top: int, anchor: int) -> int | None:
    """The line of a name alone right over the years of a life, just above the body, else None."""
    for i in range(max(top, 0), min(anchor, len(lines) - 1)):
        if _LIFE_SPAN.match(lines[i + 1].text) and _NAME_LINE.match(lines[i].text):
            return i
    return None


def find_header(lines: list[Line], start: int, fallback_title: str, asked: bool = False) -> Header:
    """Find title, authors and date just above the body (or in its first lines).

    asked: a page's body may open on its title, a question (a forum's or a Q&A site's thread), when no byline or
    date stands above it."""
    top = max(0, start - HEADER_WINDOW)
    byline_at = None
    authors: tuple[str, ...] = ()
    posted = 0  # a social post's: its poster's name, and the age stamp under it ("Janet Pike" / "· 5h ·")
    dates = [i for i in range(top, start) if _dates_the_page(lines[i]) and not _labelled_otherwise(lines, i)]
    for i in range(start - 1, top - 1, -1):
        if found := authors_from(_with_by_above(lines, i)):
            authors, byline_at = found, i
            break
        if i + 2 in dates and _job_line(lines[i + 1]) and _name_alone(lines[i]):
            authors, byline_at = (lines[i].text.strip(),), i  # "Rachel Green" / "Operations Director at Hartley"
            break
        if not any(_ONE_QUESTION.match(line.text) for line in lines[top:i]) and (poster := _poster(lines, i, start)):
            # (an answer's writer under the question it answers is no post's: the question heads the page)
            authors, byline_at, posted = (lines[i].text.strip(),), i, poster
            break
        # a name alone over the date ("Ann Lee"), or with the desk after it ("Ann Lee Political editor"); over an
        # event's days or hours, the name is the event's ("Winter Lantern Parade" / "Sat 14 Dec 2024" / "5:00pm - ...")
        if ((i + 1 in dates and not _dates_an_event(lines, i + 1))
                or (i + 1 < start and _AFTER_BYLINE.match(lines[i + 1].text))) and (
                name := lines[i].text.strip() if _name_alone(lines[i]) else _name_and_role(lines[i])):
            authors, byline_at = (name,), i
            break
    senders = [(i, sent.group(1).strip()) for i in range(top, start) if (sent := _SENDER.match(lines[i].text))]
    if not authors and senders:
        # a list archive's message: "From: Martin Weber <martin@example.org>" over its date, under its subject
        byline_at, authors = senders[0][0], (senders[0][1],)
    names_at = None
    if not authors:
        # a paper's authors under its title, over its abstract ("Sparse Attention for ..." / "Lena Kovacs, Omar Haddad")
        names_at = next((i for i in range(start - 1, max(top, 1) - 1, -1)
                         if names_list(lines[i].text) and _headline_like(lines[i - 1])), None)
        if names_at is not None:
            authors, byline_at = names_list(lines[names_at].text), names_at
    if not authors and (reviewer := _reviewer(lines, top, start)):
        authors = (reviewer,)  # "Helen P" / "Leeds, United Kingdom" / "48 contributions", over the review
    if not authors:
        authors = next((found for line in lines[start:] if _WRITTEN_BY.match(line.text)
                        and (found := authors_from(line))), ())
    # A byline's own date wins; otherwise the date nearest above the body (captions carry dates too).
    date_at = byline_at if byline_at in dates else (dates[0] if byline_at is None and dates else None)
    if date_at is None and dates:
        after_byline = [i for i in dates if byline_at is None or i > byline_at]
        # above the byline, a date after "Updated" ("04.05.2015 • Mis à jour le / 05.05.2015") is the update's: the
        # publication's is the one before it
        published_dates = [i for i in dates if not (i > 0 and _UPDATED_AT_END.search(lines[i - 1].text))] or dates
        date_at = after_byline[0] if after_byline else published_dates[-1]
    anchor = min(x for x in (byline_at, date_at, start) if x is not None)
    first = lines[0]
    # A page dump starts with the page's <title>: several words, no full stop, not a menu entry.
    page_title = first.text if first.words >= 4 and _headline_like(first) and anchor > 0 and not (
        _menu_bar(first.text) or _owns_the_copyright(lines, start, first.text)
        or (anchor in (byline_at, date_at) and _sites_name_over_menu(lines, anchor))
        or _headline_twice_under_a_name(lines, anchor)) else None
    title_at = _wiki_title(lines, top, anchor, page_title)
    if title_at is None:
        title_at = _title_index(lines, top, anchor, page_title)
        if (title_at is not None and byline_at == anchor and _deck_over_byline(lines, title_at - 1, anchor)
                and not _entries_bar(lines[title_at - 1].text)):
            title_at -= 1  # "Why the bus stopped coming" over its longer deck, the writer's name under both
    if (lived := _name_over_life_span(lines, top, anchor)) is not None:
        title_at = lived  # "Margaret Ann Pryce" / "1941 – 2026": a notice's name, under the funeral home's <title>
    if asked and title_at is not None:
        title_at = _question_over_labels(lines, top, title_at, anchor)
    if (asked and anchor == start < len(lines) - 1 and (title_at is None or start - title_at > QUESTION_TITLE_GAP)
            and opens_on_a_question(lines[start])):
        # "AITA for not going to my sister's wedding?" over the post, the nearest headline-like line far above it
        # ("Go to AmItheAsshole"): the thread's title. Under its own headline, a question opens an explainer.
        title_at = start
        below = _header_below(lines, start)  # its date and byline under it ("Updated 17 January 2025", "By ...")
        authors = authors or below.authors
        byline_at, date_at = below.byline_at, below.date_at
    if title_at is None and date_at is not None and _named_and_dated(lines[date_at]):
        title_at = date_at  # "Letters to the editor, 22 January 2025": the page's name and its day, over the body
    if title_at is not None and _trail_entry(lines, title_at, anchor):
        title_at += 1  # "Home" / "Health A to Z" / "Shingles": the trail's last entry names the page
    if (title_at is None and date_at is not None and date_at == anchor and lines[anchor].words <= DATE_ALONE_WORDS
            and anchor + 1 < start and _headline_like(lines[anchor + 1])):
        title_at = anchor + 1  # no headline above the date: the one right under it (a journal's "04 June 2024")
        if _entries_bar(lines[title_at].text) and title_at + 1 < start and _headline_like(lines[title_at + 1]):
            title_at += 1  # a paper's masthead, its day, its sections' bar, then the headline under them
    if title_at is None and _appeal_headline(lines, anchor):
        title_at = anchor - 1  # "Help us keep the lights on at Brook House" under a menu ("Donate" / "Get involved")
    if title_at is None and anchor > 0 and lines[0].words and not lines[0].terminal and not is_skip_link(
            lines[0].text):
        title_at = 0  # the first line of a plain article (a page's skip link is none)
    if title_at is None:
        title_at = _shown_twice_over_the_body(lines, top, start)  # a release's "v2.0.0", over its stamp and under it
    # a button alone may be a guidance page's headline ("Apply for a blue badge"); among others, or a file's link,
    # it is one of the page's tools under its name
    if (title_at in (None, 0) or (page_tool(lines, title_at) and (lines[title_at].cta or page_tool(
            lines, title_at - 1)))) and _a_sites_name(lines, start) and (
            named := _page_name_under_menu(lines, start)) is not None:
        title_at = named  # "Dale Food Bank" / its menu / "Annual Report 2025" / "Download the report (PDF)"
    if names_at is not None:
        title_at = names_at - 1  # the paper's title over its authors, not a trail or a journal's name over both
    if posted and title_at is not None and byline_at is not None and title_at < byline_at:
        title_at = None  # a post has no headline: above its poster are the site's menu and the group's name
    title = lines[title_at].text if title_at is not None else fallback_title
    if title_at == 0 and (suffix := _SITE_SUFFIX.search(title)) and not _ISSUE_DATE.match(suffix.group()):
        title = title[:suffix.start()]  # "Club Newsletter - June 2024" keeps its issue's month: no site's name
    title = _LINKED_SITE.sub("", title)  # "... in 1,000 lines of C (example.org)": where the link goes, no title's
    if tracked := _TRACKER_NUMBER.match(title):
        title = title[:tracked.start(1)]
    # the span an event runs under its headline dates the event, not the page (which is still headed there)
    published = parse_date(lines[date_at].text) if date_at is not None and not _dates_an_event(lines, date_at) else None
    if published is None and start < len(lines) and (dateline := wire_dateline(lines[start].text)):
        published = parse_date(dateline)  # a wire story dates itself in its first line ("COLUMBUS, Ohio, June 3 --")
    if published is None and date_at is None and title_at is not None and title_at < start:
        # a month alone under the headline ("March 2026") dates a report or a newsletter's issue by its month
        published = next((month for line in lines[title_at + 1:start] if (month := parse_month(line.text))), None)
    if published is None and date_at is None:
        published = _published_below(lines, start)  # a record's field under its text ("Publication date: ...")
    header_end = max((x for x in (byline_at, date_at, title_at) if x is not None and (x <= start or title_at == start)),
                     default=-1)
    # titled by the page's <title>: the headline on the page that repeats it heads the standfirst and byline below it
    headline_at = _repeated_headline(lines, start, title) if title_at == 0 else title_at
    summary = _standfirst(lines, headline_at, dated=published is not None and date_at is not None
                          and date_at == (headline_at or 0) - 1)
    if summary is not None:
        header_end = max(header_end, summary.last)
        authors = authors or summary.authors
        published = published or summary.published
    standfirst = None
    if headline_at is not None and (summary is not None or (headline_at + 1 < start and (
            is_deck_under(lines[headline_at], lines[headline_at + 1])
            or (byline_at == anchor and _deck_over_byline(lines, headline_at, anchor))
            or _shown_again_over_deck(lines, headline_at, headline_at + 1)))):
        standfirst = lines[headline_at + 1].text
        header_end = max(header_end, headline_at + 1)
    meta = Metadata(title=title.strip(), authors=authors, published=published, language="", standfirst=standfirst)
    return Header(meta=meta, body_start=header_end + 1)


# A record's field or event naming the day it was published, under its text: "2024-11-21 Publication of GB...",
# "Publication date: 12 March 2025", "Date of Patent: Mar. 12, 2025", "Published 12 March 2025"; a review's "Written
# January 14, 2026" under it.
_PUBLISHED_FIELD = re.compile(r"(?i)^\s*(?:\d{4}-\d\d-\d\d\s+(?:publication|published)\b"
                              r"|(?:publication date|date of publication|date of patent|published(?: on)?"
                              r"|written(?: on)?)\s*:?\s+"
                              r"(?:\d|[a-z]{3}))")
PUBLISHED_FIELD_WORDS = 6


def _published_below(lines: list[Line], start: int) -> str | None:
    """The day a record was published, from a short field or event under its text that names the publication, when
    nothing above the text dates it."""
    return next((found for line in lines[start:] if line.words <= PUBLISHED_FIELD_WORDS and not line.terminal
                 and _PUBLISHED_FIELD.match(line.text) and (found := parse_date(line.text))), None)


@dataclass(frozen=True)
class _Summary:
    """A standfirst found under the headline, and the byline and date lines right under it."""

    last: int
    """The last header line after it (byline or date): the body starts below."""
    authors: tuple[str, ...]
    published: str | None


UNSTOPPED_DECK_WORDS = 12


# A blog post's own line under it, where its theme prints the date and author instead of above the post: "Posted on
# August 2, 2019 Author Daniel Lemire Categories", "This entry was posted in News on March 3, 2024 by Ann Lee."
_POST_FOOTER = re.compile(r"(?i)^(?:posted|published|this entry was posted)\b")
_AUTHOR_WORD = re.compile(r"\bAuthor:?\s+(?=[A-Z])")
_POSTED_BY = re.compile(r"(?i)^\s*(?:published|posted) by:?\s*$")
POST_FOOTER_LINES = 6


def with_post_footer(meta: Metadata, lines: list[Line], start: int, end: int) -> Metadata:
    """The metadata, with a date or authors it lacks taken from the post's footer lines (in the body's run, whose end
    may take in the comments below them, or right under it)."""
    published, authors = meta.published, meta.authors
    for i in range(start, min(len(lines), end + 1 + POST_FOOTER_LINES)):
        line = lines[i]
        if line.words > DATE_WORDS:
            continue
        if _POST_FOOTER.match(line.text):
            published = published or parse_date(line.text)
            authors = authors or authors_from(make_line(line.index, _AUTHOR_WORD.sub("by ", line.text), line.group))
        elif not authors and i > 0 and _POSTED_BY.match(lines[i - 1].text):  # "Published by" / "Daniel Lemire"
            authors = authors_from(make_line(line.index, "By " + line.text, line.group))
    return replace(meta, published=published, authors=authors)


def _date_within(lines: list[Line], first: int, count: int) -> bool:
    """True when one of count lines from first is a date alone; a line of a mark alone ("·" between "5 min read" and
    the day) is the page's decoration, not counted."""
    worded = (line for line in lines[first:] if any(c.isalnum() for c in line.text))
    return any(line.words <= DATE_WORDS and parse_date(line.text) for line in islice(worded, count))


NAME_TO_DATE_LINES = 3


def _repeated_headline(lines: list[Line], start: int, title: str) -> int:
    """The line right above the body when it says the title again (the page's headline under its <title>), else 0."""
    above = start - 1
    if above > 0 and lines[above].words >= HEADLINE_REPEAT_WORDS and _similar(
            lines[above].text, title) >= HEADLINE_REPEAT and _similar(title, lines[above].text) >= HEADLINE_REPEAT:
        return above
    return 0


HEADLINE_REPEAT = 0.9
HEADLINE_REPEAT_WORDS = 4


def _standfirst(lines: list[Line], title_at: int | None, dated: bool = False) -> _Summary | None:
    """A one-paragraph summary between the headline and the byline or date printed under it (dated: the date
    stands right above the headline, and a name alone under the summary is its byline)."""
    if title_at is None or title_at + 2 >= len(lines):
        return None
    candidate = lines[title_at + 1]
    low, high = STANDFIRST_WORDS
    # a deck often ends without a stop ("... to a maximum of £10,000 for repeat offenders"); a short line must end one
    ends = candidate.terminal or candidate.words >= UNSTOPPED_DECK_WORDS
    if not (low <= candidate.words <= high and ends) or candidate.cta or candidate.credit:
        return None
    if authors_from(candidate) or parse_date(candidate.text):
        return None
    authors: tuple[str, ...] = ()
    published = None
    last = None
    for i in range(title_at + 2, min(len(lines), title_at + 2 + BYLINE_LINES)):
        line = _with_by_above(lines, i)
        if line.cta or line.credit:
            continue  # the page's tools and a photo's caption between the summary and the byline ("Share full article")
        if not authors and (found := authors_from(line)):
            authors, last = found, i
            published = published or (parse_date(line.text) if line.words <= DATE_WORDS else None)  # its own date
        elif line.words <= DATE_WORDS and (day := parse_date(line.text)):
            published, last = published or day, i
        elif not authors and (name := line.text.strip() if _name_alone(line) else _name_and_role(line)) and (
                published or dated or _date_within(lines, i + 1, NAME_TO_DATE_LINES)):
            # a name alone beside the date, above or below it ("June 19, 2019" / "Ann Lee"; "Ann Lee" / "Political
            # Editor" / "@annlee" / "Monday 28 September 2020 19:27"), or with the desk after it on its line ("Helena
            # Horton Environment reporter"); a subheading has no date by it
            authors, last = (name,), i
        elif line.words > LABEL_WORDS:
            break  # the body (or a caption) begins: only labels ("By", a name) sit among byline and date
    return _Summary(last, authors, published) if last is not None else None

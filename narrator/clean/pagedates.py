"""Which date above a text dump's body dates the page: not an event's days, a deadline or a record's creation."""

from __future__ import annotations

import datetime
import re
from itertools import islice

from narrator.clean.bylines import DATE_WORDS, authors_from
from narrator.clean.common import parse_date
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.lines import Line, looks_like_names
from narrator.clean.marketplace import place_line

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


# The day a listing offers what it lists from, on its own line ("Available from 4 January 2027", "Move-in date: 3 May
# 2026", "Available: 1 March 2027", "Start date 6 April 2027"): the let's, the room's or the post's, in the future as
# often as not, never the day the page went up.
_OFFERED_FROM = re.compile(r"(?i)^\W*(?:(?:let\s+|date\s+)?available(?:\s+date)?(?:\s+from)?|move[\s-]?in(?:\s+date)?"
                           r"|start(?:ing)?\s+date|date\s+available)\b\s*:?\s*(?:from\s+)?(?=\w)")


def dates_an_event(lines: list[Line], i: int) -> bool:
    """True for a date line that dates an event, not the page: a span of days ("Tue 4 - Sat 8 March 2025"), a day
    with the hours it runs under it ("Sat 14 Dec 2024" / "5:00pm - 7:30pm"), a day the text names again, one the
    page shows again with its hours, or the day a listing offers its let or its post from ("Available from ...")."""
    return (bool(_DATE_SPAN.search(lines[i].text)) or (i + 1 < len(lines) and bool(_HOURS.match(lines[i + 1].text)))
            or bool(_OFFERED_FROM.match(lines[i].text))
            or (_named_again(lines, i) and not _WEEK_OF.match(lines[i].text)) or _shown_again_with_hours(lines, i)
            or _over_its_venue(lines, i))


# A ticket page's event: its weekday, day and hour over its venue and town ("Sat 19 Dec 2026, 7:30 PM" / "Sage
# Gateshead, Gateshead"). A post's stamp has no place under it; a paper's ("Sat 5 Dec 2026 10.14 GMT") its buttons.
_STARTS_ON_WEEKDAY = re.compile(rf"(?i)^\W*{_WEEKDAY}\b")
# The venue's name, a few words in capitals, and its town after a comma ("Leeds Town Hall, Leeds").
_VENUE = re.compile(r"^[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4}, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\s*$")


# With no hour, the ticket button under the venue says so ("Friday 18 December 2026" / "The Glasshouse, Gateshead" /
# "Tickets"): a walk's note dated on its day has its story under the day, no venue and no button.
_TICKETS = re.compile(r"(?i)^\s*(?:(?:buy|book|get)\s+)?tickets?(?:\s+(?:now|here|online))?\s*$")


def _over_its_venue(lines: list[Line], i: int) -> bool:
    """True for a weekday's day and hour right over a venue and its town alone on a line, or the day alone over its
    venue and the ticket button: the event's day."""
    if not (i + 1 < len(lines) and _STARTS_ON_WEEKDAY.match(lines[i].text) is not None
            and (place_line(lines[i + 1].text) or _VENUE.match(lines[i + 1].text) is not None)):
        return False
    return lines[i].clock or (i + 2 < len(lines) and _TICKETS.match(lines[i + 2].text) is not None)


def venue_under_its_day(lines: list[Line], i: int) -> bool:
    """True for a venue and its town right under an event's weekday and hour ("Fri, 18 Dec, 7:30 pm" / "Brudenell
    Social Club, Leeds"): where the event is, which a headline's shape does not tell from its name over the day."""
    return (i > 0 and "," in lines[i].text and lines[i - 1].clock and _VENUE.match(lines[i].text) is not None
            and _STARTS_ON_WEEKDAY.match(lines[i - 1].text) is not None)


# A typed notice's line of when and where under its name ("Tuesday 4 May 2027, 7pm, the clubhouse", "Friday 18 June
# 2027 at 7.30pm · St Mary's Church"): the day, its time, and the place after a comma, "at", "in", "·" or "|". A post's
# stamp has a time and no place ("4 May 2027, 7:02pm"), or its buttons or zone after it ("· Edited", "| Reply", "ET").
_NOTICE_TIME = re.compile(r"(?i)\b\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b")
_UNTIL_TIME = re.compile(r"(?i)\s*(?:[–—-]|to|until)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\b\.?)?")
_BEFORE_PLACE = re.compile(r"(?i)\s*(?:[,·•|]|\bat\b|\bin\b)\s*")
_WEEKDAY_WORD = re.compile(rf"(?i)\b{_WEEKDAY}")
# The day and the word before its time ("Wednesday 10 March 2027 at") are this many words at most; a place this many.
WHEN_WORDS = 6
PLACE_WORDS = 8
# What a post's stamp has after its time, where a notice has its place.
_STAMP_TAIL_WORDS = frozenset((
    "reply", "replies", "edited", "updated", "posted", "public", "share", "report", "like", "likes", "permalink",
    "quote", "link", "ago", "comments", "comment", "views", "read", "min", "utc", "gmt", "bst"))


def when_and_where(line: Line) -> bool:
    """True for a notice's line of when and where ("Tuesday 4 May 2027, 7pm, the clubhouse"): a day with its time
    and the place after them, or a weekday's day with an hour a stamp never writes ("Sunday 6 June 2027 at 10.30am",
    "2pm to 5pm"). It says what the listener needs of the event, and is read; a post's stamp has minutes and no
    place."""
    text = line.text
    if line.terminal:
        return False
    clock = _NOTICE_TIME.search(text)
    if clock is None:
        return _weekday_and_place(text)
    head = text[:clock.start()]
    if len(head.split()) > WHEN_WORDS or parse_date(head) is None:
        return False
    rest = clock.end()
    hours = _UNTIL_TIME.match(text, rest)
    if hours is not None:
        rest = hours.end()
    if not text[rest:].strip():
        # no place: an hour alone ("7pm", "10.30am") or a span of hours, on a weekday's day
        return bool(_WEEKDAY_WORD.search(head)) and (hours is not None or ":" not in clock.group())
    before = _BEFORE_PLACE.match(text, rest)
    if before is None:
        return False
    place = re.findall(r"[^\W\d_][\w'’.-]*", text[before.end():])
    return 0 < len(place) <= PLACE_WORDS and not any(word.lower() in _STAMP_TAIL_WORDS for word in place)

# "Sunday 19 December 2027, St Mary's Church, Elmford": a weekday's day and the place, no time (a service, a fair
# that runs all day). The place is a name, its words capitalised ("the" and "of" aside); a post's stamp has a count
# or a button after its day ("3 comments", "Reply").
_DAY_THEN_PLACE = re.compile(r"(?i)^(.{6,40}?\d{4})\s*(?:[,·•|]|\bat\b|\bin\b)\s*(\S.*)$")
_PLACE_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|the|of|and|on|upon|&)$")


def _weekday_and_place(text: str) -> bool:
    """True for a weekday's full day and a place's name after it, with no time ("Sunday 19 December 2027, St Mary's
    Church, Elmford")."""
    found = _DAY_THEN_PLACE.match(text)
    if found is None or not _WEEKDAY_WORD.search(found.group(1)) or parse_date(found.group(1)) is None:
        return False
    place = [word.strip(",") for word in found.group(2).split()]
    return (0 < len(place) <= PLACE_WORDS and any(word[:1].isupper() for word in place)
            and all(_PLACE_WORD.match(word) for word in place)
            and not any(word.lower() in _STAMP_TAIL_WORDS for word in place))


# A day set off before the occasion it is, under a typed text's title ("Sunday 6 December 2026 – Second Sunday of
# Advent", "1 March 2026: St David's Day", "Saturday 3 May 2026, Spring Fair"): the words name the day the text is for,
# and are read; the day dates the text. The occasion ends on (or holds) a word of the calendar or of a gathering, and is
# no name (a byline's "3 March 2026 – Tom Day" opens on a given name); a dateline's place ("– Leeds") is none.
_OCCASION_WORDS = frozenset((
    "day", "sunday", "advent", "lent", "easter", "christmas", "epiphany", "pentecost", "whitsun", "trinity", "harvest",
    "remembrance", "eve", "fair", "fete", "fête", "festival", "gala", "carnival", "jubilee", "anniversary", "service",
    "feast", "week", "weekend", "night", "show", "sale", "open", "holiday", "christmastide", "candlemas", "michaelmas"))
# The mark setting them apart, one character (a colon or a comma before a space, a dash or a bar between spaces).
_DAY_THEN_WORDS = re.compile(r"[:,](?=\s)|(?<=\s)[-–—|](?=\s)")
# The day opens on its weekday, its month or its figure ("Notices for Sunday ..." is an issue's line, issuedays.py).
_DAY_OPENS = re.compile(rf"(?i)(?:{_WEEKDAY}|{_MONTH}|\d\w*),?")
# The day before its occasion is this many words at most ("Sunday, 6 December 2026"), the occasion this many.
OCCASION_DAY_WORDS = 5
OCCASION_WORDS = 8


def day_and_occasion(line: Line) -> str | None:
    """The day of a line that names it and then its occasion ("Sunday 6 December 2026 – Second Sunday of Advent"), as
    YYYY-MM-DD; None for a date alone, a byline or a dateline after the day, or a sentence."""
    text = line.text
    if line.terminal or not any(char.isdigit() for char in text):
        return None
    for apart in _DAY_THEN_WORDS.finditer(text):
        head = text[:apart.start()].split()
        if len(head) > OCCASION_DAY_WORDS:
            return None
        day = parse_date(" ".join(head)) if head and _DAY_OPENS.fullmatch(head[0]) else None
        if day is None or len(day) != len("2026-12-06"):
            continue  # "Sunday, 6 December 2026, Advent Sunday": the day goes on after the weekday's comma
        occasion = re.findall(r"[^\W\d_][\w'’]*", text[apart.end():])
        named = (0 < len(occasion) <= OCCASION_WORDS and occasion[0][0].isupper()
                 and occasion[0].lower() not in GIVEN_NAMES
                 and bool(_OCCASION_WORDS.intersection(word.lower() for word in occasion)))
        return day if named else None
    return None


# An event's page shows its day twice: over its name, and again in its details with the hours it runs and their zone
# ("Saturday, January 9, 2027" / ... / "Saturday, January 9, 2027 6:30 PM to 8:30 PM GMT"); a post's day is not.
# The spaces around a first hour's "am" are taken possessively: two free runs of spaces side by side, before a word
# that fails, were tried at each split of a long run (20,000 spaces after a day's hour: 5.4 s).
_HOURS_AFTER_DAY = re.compile(r"(?i)\W*\d{1,2}(?:[:.]\d\d)?\s*+(?:[ap]\.?m\.?\s*+)?(?:[–—-]|to|until)\s*"
                              r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,5})?\W*$")
# The event's details stand this near under its day.
EVENT_DETAILS_LINES = 40


def _shown_again_with_hours(lines: list[Line], i: int) -> bool:
    """True for a day alone that a line further down opens on again, its hours after it: the event's day."""
    day = lines[i].text.strip()
    return any(line.text.startswith(day) and _HOURS_AFTER_DAY.match(line.text, len(day))
               for line in lines[i + 1:i + 1 + EVENT_DETAILS_LINES])


# A weekly sheet's own week ("Week beginning 15 November 2026", "w/c 15 November"): its issue's day, though its
# programme names the day again ("Sunday 15 November: Holy Communion at 8am").
_WEEK_OF = re.compile(r"(?i)^\W*(?:week\s+(?:beginning|commencing|starting|of)|w/c)\b")


# A date's label naming a deadline ("Closing date: 21 March 2025", "Apply by 4 April", "Offer ends 30 June"): the day
# something must be done by, not the day the page went up.
_DEADLINE = re.compile(r"(?i)^\W*(?:closing date|closes|deadline|apply by|expires|expiry date|offer ends|ends)\b")


# A label alone over its date that names no publication: a note app's or a record's creation ("Created", "Date
# created", "Created time": when the page was begun, as its properties list it) or a deadline ("Closing date").
# A life's events on a record of a person ("Birth" / "12 Mar 1931", "Death" / "4 Feb 2019 (aged 87)") are their
# days, not the record's.
_NOT_PUBLISHED_LABEL = re.compile(r"(?i)^\W*(?:(?:date\s+)?created(?:\s+(?:time|on|at))?|closing date|deadline"
                                  r"|expiry date|apply by|birth|born|death|died|burial|buried|baptism|baptised"
                                  r"|date of (?:birth|death))\W*$")


# The label of a person's birth alone over its day, as a record of their life opens ("Birth" / "12 Mar 1931").
_BIRTH_LABEL = re.compile(r"(?i)^\W*(?:birth|born|date of birth)\W*$")


def named_over_their_birth(lines: list[Line], top: int, end: int) -> int | None:
    """The line of a person's name right over the label of their birth and its day ("Thomas Patrick Doyle" / "Birth"
    / "12 Mar 1931"): a memorial's or a family tree's record of them, whom it is of, its title."""
    for i in range(top, min(end, len(lines) - 2)):
        if (_BIRTH_LABEL.match(lines[i + 1].text) and parse_date(lines[i + 2].text) and not lines[i].terminal
                and looks_like_names(lines[i].text)):
            return i
    return None


def labelled_otherwise(lines: list[Line], i: int) -> bool:
    """A date under a label alone that names something other than the day it went up ("Created" / "March 2, 2025")."""
    return i > 0 and _NOT_PUBLISHED_LABEL.match(lines[i - 1].text) is not None


# a headline that names a day among its own words ("Your rent from 6 April 2027: what is changing and why",
# "Fares rise on 1 March 2027 for most season tickets") is no date line: beside its date it has this many words in
# small letters that no stamp or byline uses, where a date line has a stamp's ("Last updated on 6 April 2027 at
# 10:15", "6 April 2027 | 5 min read"), a writer's ("By Jane Smith, political correspondent") or a place's.
HEADLINE_WORDS = 4
_SMALL_WORD = re.compile(r"(?<![\w'’.@/-])[a-z]{3,}(?![\w'’@/-])")
_STAMP_WORDS = frozenset((
    "updated", "published", "posted", "modified", "edited", "reviewed", "revised", "filed", "was", "last", "first",
    "originally", "read", "min", "mins", "minute", "minutes", "reading", "time", "hour", "hours", "day", "days", "ago",
    "and", "the", "for", "from", "with", "via", "under", "since", "local", "staff", "reporter", "writer", "editor",
    "correspondent", "contributor", "photo", "photos", "views", "comments", "comment", "shares", "share", "words",
    "edition", "issue", "news", "print", "online", "version"))


def _names_a_day_in_a_headline(line: Line) -> bool:
    """A line that reads as a headline with a day in it: enough small words that no stamp or byline uses."""
    return sum(word not in _STAMP_WORDS for word in _SMALL_WORD.findall(line.text)) >= HEADLINE_WORDS


def dates_the_page(line: Line) -> bool:
    """A header's date line: a date, alone or with a byline or a stamp's words, not a sentence or a headline that
    names one, nor a deadline."""
    return (line.words <= DATE_WORDS and not (line.terminal and line.words >= DATED_SENTENCE_WORDS)
            and not _DEADLINE.match(line.text)
            and (parse_date(line.text) is not None or short_year_day(line.text) is not None)
            and not _names_a_day_in_a_headline(line))


# A stamp's day with a two-digit year, after its label or with its month's name ("Added 28/11/26", "Listed on 3 Mar
# 26", "05 Dec 26"): a listing's or a check-in's, of this century. In figures, only a figure over twelve says which is
# the day ("Added 28/11/26", "Added 11/28/26"); "Added 03/11/26" is left undated, and so are figures alone, which a
# post's handle over them dates (workheads.py).
_SHORT_YEAR = re.compile(r"(?i)^\s*(?:(?:added|listed|posted|reviewed|reduced)(?: on)?:?\s+(\d{1,2})[/.](\d{1,2})[/.]"
                         r"(\d\d)|(?:(?:added|listed|posted|reviewed|reduced)(?: on)?:?\s+)?"
                         r"(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (\d\d))\s*$")
_MONTH_NUMBERS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
MONTHS_IN_A_YEAR = 12


def short_year_day(text: str) -> str | None:
    """The day of a stamp with a two-digit year, as YYYY-MM-DD, when its figures say which is the month; else None."""
    found = _SHORT_YEAR.match(text) if len(text) < SHORT_STAMP_CHARS else None
    if found is None:
        return None
    if found.group(1):
        first, second, year = int(found.group(1)), int(found.group(2)), found.group(3)
        if (first > MONTHS_IN_A_YEAR) == (second > MONTHS_IN_A_YEAR):
            return None  # "03/11/26": March or November; "31/31/26": no day
        day, month = (first, second) if first > MONTHS_IN_A_YEAR else (second, first)
    else:
        day, month, year = int(found.group(4)), _MONTH_NUMBERS[found.group(5).lower()], found.group(6)
    try:
        return datetime.date(2000 + int(year), month, day).isoformat()
    except ValueError:
        return None  # "30/02/26": no such day


SHORT_STAMP_CHARS = 40


# A record's field or event naming the day it was published, under its text: "2024-11-21 Publication of GB...",
# "Publication date: 12 March 2025", "Date of Patent: Mar. 12, 2025", "Published 12 March 2025"; a review's "Written
# January 14, 2026" under it; an album's credits, "released October 16, 2026"; a photo's page, "Taken on November 22,
# 2026"; a memorial's or a listing's record, "Added: 20 Feb 2019".
_PUBLISHED_FIELD = re.compile(r"(?i)^\s*(?:\d{4}-\d\d-\d\d\s+(?:publication|published)\b"
                              r"|(?:publication date|date of publication|date of patent|published(?: on)?"
                              r"|written(?: on)?|released|taken(?: on)?|added(?: on)?|finished(?: reading)?(?: on)?)"
                              r"\s*:?\s+"
                              r"(?:\d|[a-z]{3}))")
PUBLISHED_FIELD_WORDS = 6


def published_below(lines: list[Line], start: int) -> str | None:
    """The day a record was published, from a short field or event under its text that names the publication, when
    nothing above the text dates it."""
    return next((found for line in lines[start:] if line.words <= PUBLISHED_FIELD_WORDS and not line.terminal
                 and _PUBLISHED_FIELD.match(line.text) and (found := parse_date(line.text))), None)


# A record's creator in a field of its own at its foot ("Created by: Margaret Doyle"), the colon making it a field.
_CREATED_BY = re.compile(r"(?i)^\s*created by:")
CREDIT_TO_DAY_LINES = 2


# A review's or a post's day alone right under its last sentence, over its actions or counts ("Nov 29, 2026" / "12" /
# "Reply"): a date of a few words, nothing else on the line.
POST_DAY_WORDS = 4
ACTION_WORDS = 2


def day_under_post(lines: list[Line], start: int) -> str | None:
    """The day a post's foot gives it, right under its text's last sentence and over a short line of its actions
    ("12", "Reply", "Like"), when nothing above the text dates it; the text's sentences are the evidence of where it
    ends (a day under a heading or a list is an event's)."""
    k = start
    while k < len(lines) and lines[k].terminal:
        k += 1
    if k == start or k + 1 >= len(lines):
        return None
    day, under = lines[k], lines[k + 1]
    if day.terminal or day.words > POST_DAY_WORDS or under.terminal or not 0 < len(under.text.split()) <= ACTION_WORDS:
        return None
    return parse_date(day.text)


def created_beside_its_day(lines: list[Line], start: int) -> tuple[str, ...]:
    """The writer a record's foot credits in a "Created by:" field right beside the field of the day it was added
    ("Created by: Margaret Doyle" / "Added: 20 Feb 2019"): a site's own footer credit ("Website created by ...") has
    no such day beside it."""
    for i in range(start, len(lines)):
        if "reated by:" in lines[i].text and _CREATED_BY.match(lines[i].text) and (names := authors_from(lines[i])):
            near = lines[max(start, i - CREDIT_TO_DAY_LINES):i + CREDIT_TO_DAY_LINES + 1]
            if any(_PUBLISHED_FIELD.match(line.text) and parse_date(line.text) for line in near):
                return names
    return ()


def date_within(lines: list[Line], first: int, count: int) -> bool:
    """True when one of count lines from first is a date alone; a line of a mark alone ("·" between "5 min read" and
    the day) is the page's decoration, not counted."""
    worded = (line for line in lines[first:] if any(c.isalnum() for c in line.text))
    return any(line.words <= DATE_WORDS and parse_date(line.text) for line in islice(worded, count))


# A record's history on one line ("Received: 14 October 2025 / Revised: ... / Accepted: ... / Published: 3 February
# 2026"): its first day is the manuscript's, the one after "Published" the page's.
_PUBLISHED_LATER = re.compile(r"(?i)(?<=\S)\W{1,8}published(?:\s+online)?\s*:?\s+(?=\d|[a-z]{3})")


def page_day(text: str) -> str | None:
    """The day a header's date line dates the page by: the one after a later "Published" on it, else its first."""
    if "ublished" in text.lower() and (later := _PUBLISHED_LATER.search(text)) and (day := parse_date(
            text[later.end():])):
        return day
    return parse_date(text) or short_year_day(text)


# A photo post's likes over its day, under its caption ("Liked by ffion.j and 612 others" / "March 5, 2026", "1,204
# likes" / "2 days ago"): the day the post went up, as Instagram prints it at the post's foot.
_LIKES = re.compile(r"(?i)^\s*(?:liked by\b.{1,80}|[\d,.]+k?\s+likes?)\s*$")
LIKES_TO_DAY_LINES = 2


def dated_under_likes(lines: list[Line], start: int) -> str | None:
    """The day a post's foot prints under its count of likes, when nothing above the text dates it."""
    for i in range(start, len(lines)):
        if "ike" in lines[i].text and _LIKES.match(lines[i].text):
            return next((day for line in lines[i + 1:i + 1 + LIKES_TO_DAY_LINES]
                         if dates_the_page(line) and (day := parse_date(line.text))), None)
    return None


# A day in figures with slashes ("02/03/2026", "2/9/2026"): which number is the month the page's own evidence says,
# since the figures do not when both are twelve or under. A page in pounds or euros, or with a British postcode, writes
# the day first; one in dollars, or with a town and a US state's code ("Portland, OR"), the month first.
_FIGURES_DAY = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
# The header's line of it: the day alone, or after a stamp's words ("Added on 02/03/2026", "Posted 2/9/2026").
_FIGURES_LINE = re.compile(r"(?i)^\W*(?:(?:added|posted|published|listed|reviewed|written)(?:\s+on)?:?\s+)?"
                           r"\d{1,2}/\d{1,2}/(?:19|20)\d\d\W*$")
_DAY_FIRST_SIGNS = re.compile(r"[£€]|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")
_US_STATES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
              "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC")
_MONTH_FIRST_SIGNS = re.compile(r"\$|[a-z], (?:" + _US_STATES.replace(" ", "|") + r")\b")


def figures_day(lines: list[Line], top: int, start: int) -> str | None:
    """The day of a header's line that is a day in figures with slashes, read in the order the page's money or
    address says (day first in pounds, month first in dollars); None when neither says, or both do."""
    found = next((line for line in lines[top:start] if "/" in line.text and _FIGURES_LINE.match(line.text)), None)
    if found is None or (day := _FIGURES_DAY.search(found.text)) is None:
        return None
    first, second, year = (int(group) for group in day.groups())
    text = "\n".join(line.text for line in lines)
    day_first, month_first = bool(_DAY_FIRST_SIGNS.search(text)), bool(_MONTH_FIRST_SIGNS.search(text))
    if first > 12 or (day_first and not month_first and second <= 12):
        month, date = second, first
    elif second > 12 or (month_first and not day_first):
        month, date = first, second
    else:
        return None
    return parse_date(f"{year:04d}-{month:02d}-{date:02d}") if 1 <= month <= 12 else None


# A blog engine's foot under a post, who posted it and at what time ("Posted by Ruth at 10:14", "... at 9:05 PM"):
# Blogger's, whose template prints the day as a header over the post's title, not under it.
_POSTED_AT = re.compile(r"(?i)^\s*posted by \S.{0,40}? at \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*$")
# A post's title under the day header: a headline's length, no stop; the header a day alone ("Wednesday, 4 March 2026").
POST_TITLE_WORDS = 14
DAY_HEADER_WORDS = 5


def day_over_post_title(lines: list[Line], date_at: int, start: int) -> bool:
    """A day alone over a headline, on a page whose post ends on "Posted by Ruth at 10:14": a blog's day header over
    its post's title (the line over the day is the blog's tagline, under its name)."""
    if date_at + 1 >= len(lines) or lines[date_at].words > DAY_HEADER_WORDS:
        return False
    title = lines[date_at + 1]
    return (not title.terminal and 0 < title.words <= POST_TITLE_WORDS
            and any("osted by" in line.text and _POSTED_AT.match(line.text) for line in lines[start:]))

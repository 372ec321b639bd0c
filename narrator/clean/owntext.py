"""A user's own text: plain text with no sign of a page around it, read whole, line by line."""

from __future__ import annotations

import re
from dataclasses import replace

from narrator.clean.affiliations import marked_authors
from narrator.clean.backmatter import release_end
from narrator.clean.bylines import (
    BYLINE_WORDS,
    DATE_WORDS,
    TITLE_NOUNS,
    authors_from,
    is_byline_line,
    name_line,
    release_day,
    signed_with_given_name,
    with_by_above,
)
from narrator.clean.common import is_field_role, parse_date, parse_month
from narrator.clean.doccomments import comments_start
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.lines import (
    STOP_WORDS,
    TITLE_CASE_SHARE,
    Line,
    is_timed_event,
    make_line,
    names_a_listening_app,
    words_of,
)
from narrator.clean.ownheadings import is_value_field, with_question_headings
from narrator.clean.pagedates import day_and_occasion, when_and_where
from narrator.clean.pagedump import (
    HAS_DIGIT,
    MENU_LINE_WORDS,
    OWN_HEADING_WORDS,
    WHEN_AND_WHERE_LINES,
    rest_of_group,
)
from narrator.clean.pagenotes import is_help_prompt
from narrator.clean.publicnotices import notice_day, notice_heading
from narrator.clean.readerview import credited, reader_view
from narrator.clean.releaseheads import release_top
from narrator.clean.signoffs import (
    CLOSE_WORDS,
    GREETINGS,
    address_on_top,
    bracketed_office_signer,
    circular_signer,
    closing_credit,
    editors_letter_signer,
    firm_of_the_name,
    given_names_signers,
    in_signature,
    is_greeting,
    letter_head,
    office_with_body,
    sender_address,
    signs_a_question,
    subject_title,
)
from narrator.clean.textdecks import is_deck_under
from narrator.clean.textmeta import find_header
from narrator.clean.webmail import webmail_view
from narrator.model import Block, BlockKind, Metadata

# A date alone on a line has at most this many words ("Friday, 14 February 2025").
DATE_ALONE_WORDS = 5



def _unlike_the_rest(lines: list[Line], i: int) -> bool:
    """A group's first line is its heading when the lines under it are of another kind: sentences ("Day 1" over the
    day's plan), or quantities under a word without one ("Ingredients" over "200g butter"; "Milk" over "Eggs" is a
    list's first item)."""
    line, rest = lines[i], rest_of_group(lines, i)  # its group's lines, in a row
    if all(other.terminal for other in rest):
        return True  # "Day 1" over the day's sentences
    return not HAS_DIGIT.search(line.text) and all(other.terminal or HAS_DIGIT.search(other.text) for other in rest)


def _goes_on(line: Line) -> bool:
    """A line ending on a comma ("Dear neighbours,") is no title or heading: the text goes on after it."""
    return line.text.rstrip().endswith(",")


# A title may be as long as a column's or a blog post's ("Why I returned the expensive robot vacuum and went back to
# the old upright my mother gave me", 19 words), up to a headline's longest on a page.
LONG_TITLE_WORDS = 30
# Sentences under a long title that end on their stops, at least: the evidence that the writer stops what they write.
STOPPED_UNDER_TITLE = 2
_INNER_STOP = re.compile(r"[.!?;]\s")


def _long_title(lines: list[Line]) -> bool:
    """A first line longer than a heading is the title when it is set apart by a blank line, has no stop of its own,
    and the writer ends every long line under it on one: a sentence they typed would end on its stop too. One that
    greets ("Hi all just a note to say..."), holds a stop inside or runs on into the next line is the text's own."""
    first = lines[0]
    if not OWN_HEADING_WORDS < first.words <= LONG_TITLE_WORDS or first.terminal or _goes_on(first) or len(lines) < 3:
        return False
    rest = lines[1:]
    return (rest[0].group != first.group and first.text.lstrip()[:1].isupper() and not _INNER_STOP.search(first.text)
            and words_of(first.text)[0].lower() not in GREETINGS
            and sum(line.terminal for line in rest) >= STOPPED_UNDER_TITLE
            and all(line.terminal or _goes_on(line) for line in rest if line.words > OWN_HEADING_WORDS))


# A notice's or a card's title may end on "!" ("Bake sale on Friday!", "Thank you!"): a few words set apart by a blank
# line over stopped lines, as a title without it is. A greeting so ("Hi all!", "Hello everyone!") opens the text.
EXCLAIMED_TITLE_WORDS = (2, 8)


def _exclaimed_title(lines: list[Line]) -> bool:
    """A first line of a few words ending on "!" alone, over paragraphs: the title."""
    first, (low, high) = lines[0], EXCLAIMED_TITLE_WORDS
    return (len(lines) >= 3 and low <= first.words <= high and first.text.rstrip().endswith("!")
            and lines[1].group != first.group and first.text.lstrip()[:1].isupper()
            and not _INNER_STOP.search(first.text) and words_of(first.text)[0].lower() not in GREETINGS
            and sum(line.terminal for line in lines[1:]) >= STOPPED_UNDER_TITLE)


def _header_end(lines: list[Line]) -> int:
    """Where the user's own article begins: after its title line and the byline and date lines right under it."""
    if (lines[0].terminal and not _question_over_byline(lines) and not _exclaimed_title(lines)) or (
            lines[0].words > OWN_HEADING_WORDS and not _long_title(lines)) or _goes_on(lines[0]):
        return 0  # no title line: the text begins at once ("Dear neighbours," opens a letter)
    end = 2 if len(lines) > 2 and (is_deck_under(lines[0], lines[1]) or _subtitle_over_date(lines)) and not (
        _opens_a_list(lines, 1)) else 1  # a deck
    while end < len(lines) and (_byline_or_date(with_by_above(lines, end)) or _name_over_date(lines, end)
                                or _header_label(lines[end]) or _name_and_role(lines[end])) and not _heads_an_entry(
            lines, end):
        end += 1
    return end


# A subtitle under the title is a few words, as a heading is ("Committee meeting minutes", "Weekly Notices").
SUBTITLE_WORDS = (2, 8)


def _subtitle_over_date(lines: list[Line]) -> bool:
    """A short line without a stop between the title and the date alone or a byline under it ("Llanfair Allotment
    Society" / "Committee meeting minutes" / "3 March 2026"): the title's subtitle, and the header goes on under it.
    The date under it is the evidence: a line under a title over the text is its first heading or sentence."""
    low, high = SUBTITLE_WORDS
    subtitle = lines[1]
    return (len(lines) > 3 and low <= subtitle.words <= high and subtitle.text.lstrip()[:1].isupper()
            and not subtitle.terminal and not _goes_on(subtitle) and _writers_name(subtitle) is None
            and not _byline_or_date(subtitle) and not _dated_title(subtitle)
            and (_byline_or_date(lines[2]) or day_and_occasion(lines[2]) is not None) and not _heads_an_entry(lines, 2))


# A minister's or an officer's title before a writer's name ("Rev. Ann Lee", "Dr Omar Haddad", "Cllr Ruth Evans"):
# part of how the writer signs, not a word of a heading.
_HONORIFIC = re.compile(r"^\s*(?:the\s+)?(?:rev(?:d|erend)?|fr|dr|prof|cllr|councillor|canon|bishop|pastor|rabbi|imam"
                        r"|sir|dame|lord|lady)\.?\s+(?=[A-Z])", re.I)


def _writers_name(line: Line) -> str | None:
    """The line's name when it is a name alone, or one after a title ("Rev. Ann Lee"): the whole line, as signed."""
    if line.terminal and not _HONORIFIC.match(line.text):
        return None
    if name_line(line) is not None:
        return name_line(line)
    rest = _HONORIFIC.sub("", line.text, count=1)
    return line.text.strip() if rest != line.text and name_line(make_line(line.index, rest, line.group)) else None


# A speech's or a statement's label under its title: when it may be quoted, not a line the speaker said.
_HEADER_LABEL = re.compile(r"(?i)^\W*(?:check against delivery|as prepared for delivery|embargoed(?: until\b.*)?)\W*$")


def _name_and_role(line: Line) -> str | None:
    """The writer's name signed with a role after a comma ("Owen Price, Editor", "Tom Ellis, Press Officer"): the
    name, as signed; the role alone after the comma is the evidence, since a name and a place ("Leeds, Yorkshire") is
    no byline."""
    head, comma, tail = line.text.rpartition(",")
    if not comma or line.terminal or not (is_field_role(tail) or is_field_role(_capitalised(tail))):
        return None
    return _writers_name(make_line(line.index, head, line.group))


def _capitalised(text: str) -> str:
    """Each word of an office in capitals, as a table of offices knows it ("musical director": "Musical Director")."""
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


def _full_name(name: str) -> bool:
    """A person's name in full: a given name, then a surname or two ("Rachel Moore")."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[0].lower() in GIVEN_NAMES


def _header_label(line: Line) -> bool:
    """A label of the text's header ("Check against delivery"): not read."""
    return _HEADER_LABEL.match(line.text) is not None


def _question_over_byline(lines: list[Line]) -> bool:
    """A short question over a byline of its own ("Should the village keep its phone box?" / "By Ann Lee"), a blank
    line between them or not: the title, whatever its case; the byline under it is the evidence, since a text's own
    first line has none."""
    first = lines[0]
    return (len(lines) > 2 and first.text.rstrip().endswith("?") and first.words <= OWN_HEADING_WORDS
            and is_byline_line(lines[1], BYLINE_WORDS) and not lines[1].terminal and bool(authors_from(lines[1])))


def _name_over_date(lines: list[Line], i: int) -> bool:
    """A writer's name without "By" under the title, a date alone right under it ("Ruth Evans" / "3 March 2026"), or
    a speech's label ("Amara Quinn" / "Check against delivery"): the byline. The line under it is the evidence: a name
    alone over the text is its first heading, or a list's first item (or, over a page of text, read)."""
    return i + 1 < len(lines) and _writers_name(lines[i]) is not None and (
        _date_alone(lines[i + 1]) or _header_label(lines[i + 1]))


def _opens_a_list(lines: list[Line], i: int) -> bool:
    """A line opening a group that goes on below it, apart from the title: a list's first item, never a deck."""
    return (lines[i - 1].group != lines[i].group and i + 1 < len(lines) and lines[i + 1].group == lines[i].group)


def _byline_or_date(line: Line) -> bool:
    """A byline or a date alone, without a stop: the header's, under the title."""
    if (line.terminal or is_timed_event(line.text) or (_dated_title(line) and not _dateline(line)) or _issue_day(line)
            or when_and_where(line) or day_and_occasion(line)):
        # "Sunday 12 May 2024, 10:30am: Family Service" is a programme's first line; "Annual General Meeting, 9
        # October 2024" under the title names what the text is of, as a subtitle does, and so does "Notices for
        # Sunday 6 December 2026"; "Tuesday 4 May 2027, 7pm, the clubhouse" says when and where the notice's event is
        return False
    return bool(authors_from(line) or (line.words <= DATE_WORDS and parse_date(line.text)) or _month_or_season(line))


# A season of a year alone under the title ("Spring 2026", "Winter 2025/26"): when the writer wrote, as a month alone
# ("March 2026") says it; neither is a day, and a season dates nothing a listener needs, so it is left unspoken.
_SEASON = re.compile(r"(?i)^\s*(?:spring|summer|autumn|fall|winter)\s+(?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?\s*$")


def _month_or_season(line: Line) -> bool:
    """A month and year alone ("March 2026") or a season and year alone ("Spring 2026"): a date line of the header."""
    return parse_month(line.text) is not None or _SEASON.match(line.text) is not None


# What sets a month off the name before it on a byline ("By Priya Shah, March 2026", "Ann Lee | March 2026").
_MONTH_AFTER = re.compile(r"(?:,|\s[|•·–—-])\s+(?=[^,|•·–—-]+$)")


def _month_in_header(lines: list[Line], end: int) -> str | None:
    """The month and year the header dates the text by, alone on a line or after the byline's name, as YYYY-MM."""
    for line in lines[1:end]:
        if month := parse_month(line.text):
            return month
        tail = _MONTH_AFTER.search(line.text)
        if tail and authors_from(line) and (month := parse_month(line.text[tail.end():])):
            return month
    return None


# What a periodical calls one of its numbers, its name's last word before the month it is of ("Winter Newsletter –
# December 2026", "Issue 14, March 2026"); any other name is of a trip, an event or a season, not of an issue.
_ISSUE_NOUNS = frozenset(("newsletter", "bulletin", "edition", "issue", "magazine", "update", "notices", "news"))
# A line naming the periodical under its title has its noun this near its start ("The monthly newsletter of ...").
ISSUE_NOUN_REACH = 3
# What a meeting's own papers are called, first on the line that says which meeting and when ("Minutes of the meeting
# held on Thursday 3 December 2026 at the club", "Agenda for Tuesday 4 May 2027"): read, and the day dates them.
_MEETING_PAPERS = frozenset(("minutes", "agenda"))


def _issue_month(lines: list[Line]) -> str | None:
    """The month an issue's line under the title names after its dash or comma ("Winter Newsletter – December 2026"),
    or alone on the line under it ("Parish magazine of ..." / "January 2027"), as YYYY-MM: when the writer sent it
    out, as a month alone under the title says; the issue's line is still read."""
    if len(lines) < 3 or lines[1].terminal or lines[1].words > OWN_HEADING_WORDS:
        return None
    text = lines[1].text
    for part in _DATE_SEPARATOR.finditer(text):
        head = words_of(text[:part.start()])
        if head and head[-1].lower() in _ISSUE_NOUNS and (month := parse_month(text[part.end():])):
            return month
    if _ISSUE_NOUNS.intersection(word.lower() for word in words_of(text)[:ISSUE_NOUN_REACH]):
        # "Parish magazine of St Michael's, Kirkby Malham" / "January 2027": the issue's month alone under its name
        return parse_month(lines[2].text)
    return None


def _issue_day(line: Line) -> str | None:
    """The day an issue's line names after its kind ("Notices for Sunday 6 December 2026 (Advent 2)", "Bulletin of 3
    March 2026"), as YYYY-MM-DD: the line says what the text is and when, and is read; its first word is the
    periodical's or the meeting paper's noun, so a byline or a date alone is none."""
    words = words_of(line.text)
    if line.terminal or len(words) < DATED_TITLE_WORDS or (words[0].lower() not in _ISSUE_NOUNS
                                                           and words[0].lower() not in _MEETING_PAPERS):
        return None
    return parse_date(line.text)


def _heads_an_entry(lines: list[Line], i: int) -> bool:
    """A date opening a group of the writer's lines ("12 March 2024" over "Sowed the tomatoes indoors."): the first
    entry of a diary or a log, not the date of the text, which stands with the title or alone."""
    opens = lines[i - 1].group != lines[i].group
    return opens and i + 1 < len(lines) and lines[i + 1].group == lines[i].group and not _byline_or_date(lines[i + 1])


def _date_alone(line: Line) -> bool:
    """A line that is a date and nothing more ("14 February 2025", "Monday, March 3")."""
    return not line.terminal and line.words <= DATE_ALONE_WORDS and parse_date(line.text) is not None


# What sets a date off the words of a title ("Trip to Rome, 12 May 2023", "Minutes - 4 March 2025").
_DATE_SEPARATOR = re.compile(r",\s+|\s+[-–—|]\s+")
# A title before its date has at least this many words ("Friday, 14 February 2025" is a date alone).
DATED_TITLE_WORDS = 2


def _dated_title(line: Line) -> bool:
    """A first line that names its text and then dates it ("Minutes of the Parish Council, 4 March 2025"): words
    with no date in them, then a date, neither a date alone nor a byline."""
    return _day_set_off(line) is not None


def _day_set_off(line: Line) -> str | None:
    """The day a heading's line sets off after its words ("A tribute read at St Teilo's, 21 November 2026"), or
    None: a byline, a sentence, a line going on, no date after the words."""
    if line.terminal or line.words > OWN_HEADING_WORDS or _goes_on(line) or authors_from(line):
        return None
    parts = list(_DATE_SEPARATOR.finditer(line.text))
    if len(parts) > OWN_HEADING_WORDS:  # a rule of dashes ("- - - -") has no words to head; each part reads the line
        return None
    for part in parts:  # the first that sets a date off ("Report - March 3, 2024")
        head, tail = line.text[:part.start()], line.text[part.end():]
        if len(words_of(head)) >= DATED_TITLE_WORDS and not parse_date(head) and (day := parse_date(tail)):
            return day
    return None


# A dateline's place before its date: a name of a word to three ("New York", "Port Talbot", "Leeds").
PLACE_WORDS = 3


def _dateline(line: Line) -> bool:
    """A place and the date after its comma or dash under a title ("New York, 3 March 2024", "St Oswald's, Grasmere -
    4 October 2026"): capitalised words naming nothing a text is of ("Annual General Meeting, 9 October 2024" names
    the meeting, "Trip to Rome" is a phrase)."""
    if line.words > OWN_HEADING_WORDS:
        return False  # a line this short has few separators to try the date after
    part = next((part for part in _DATE_SEPARATOR.finditer(line.text) if parse_date(line.text[part.end():])), None)
    if part is None:
        return False
    head = line.text[:part.start()]
    words = words_of(head)
    return (0 < len(words) <= PLACE_WORDS and not parse_date(head)
            and all(word[:1].isupper() and word.lower() not in STOP_WORDS for word in words)
            and words[-1].lower() not in TITLE_NOUNS)


def _question_title(lines: list[Line]) -> bool:
    """A question in Title Case set apart above the text ("Is It Worth Buying an Electric Bike?"): its title. A
    question in sentence case ("Should I sell the boat?") is the text's own first line."""
    first = lines[0]
    return (len(lines) > 1 and first.text.rstrip().endswith("?") and first.words <= OWN_HEADING_WORDS
            and first.capital_ratio >= TITLE_CASE_SHARE and lines[1].group != first.group)


# A dash between a title's words and a name after it ("Hydrology Lab - Weekly Update", "Trip Diary – Day 2").
_DASHED_ON = re.compile(r"\s+[-–—]\s+\S")


# A day's occasion stands right under the title, or under its subtitle ("Weekly Notices").
OCCASION_REACH = 2


def _own_header(lines: list[Line], fallback_title: str) -> tuple[Metadata, int]:
    """The text's title, byline and date, and where its body begins."""
    end = _header_end(lines)
    header = find_header(lines, end, fallback_title)
    if end == 1 and header.body_start == 0 and header.meta.title == fallback_title and _exclaimed_title(lines):
        # "Lost cat!" over the notice: a page's header takes no stopped line, a typed text's title may end on "!"
        header = replace(header, meta=replace(header.meta, title=lines[0].text.strip()), body_start=1)
    # a month or a season alone is no day the page reading dates by: the header's all the same, and not read
    while header.body_start < end and (_month_or_season(lines[header.body_start]) or _header_label(
            lines[header.body_start]) or _name_over_date(lines, header.body_start)
            or _name_and_role(lines[header.body_start])):
        header = replace(header, body_start=header.body_start + 1)
    if end == 2 and header.body_start < end and day_and_occasion(lines[2]) and _subtitle_over_date(lines):
        # "Weekly Notices" over "Sunday 8 March 2026 – Third Sunday of Lent": the subtitle is the header's, the day's
        # occasion the first line read
        header = replace(header, body_start=end)
    meta = header.meta
    first = lines[0].text.strip()
    if end > 1 and meta.title == lines[1].text.strip() and _dateline(lines[1]) and not _dateline(lines[0]):
        # "HARVEST FESTIVAL" over "St Oswald's, Grasmere - 4 October 2026": where and when it was given, under the
        # title, dates it; a place's name is no title
        meta = replace(meta, title=first)
    if end > 0 and meta.title != first and first.startswith(meta.title) and _DASHED_ON.match(first, len(meta.title)):
        # "Hydrology Lab - Weekly Update": a page's <title> ends on its site's name after a dash, but a text the user
        # typed has no site: the words after the dash are the title's own
        meta = replace(meta, title=first)
    if end > 1 and header.body_start > 1 and _subtitle_over_date(lines) and (
            meta.standfirst is None or meta.title == lines[1].text.strip()):
        # "Committee meeting minutes" under "Llanfair Allotment Society": the first line titles, the second is heard
        # after it, as a standfirst
        meta = replace(meta, title=lines[0].text.strip(), standfirst=lines[1].text.strip())
    if (meta.title == fallback_title and meta.authors == (lines[0].text.strip(),) and _name_over_date(lines, 0)
            and not signed_with_given_name(_HONORIFIC.sub("", lines[0].text, count=1))):
        # capitalised words over the day that open on no given name ("Rural Post Offices" / "3 March 2026", "Village
        # Bus Services"): the text's title and its date, not a writer's name (givennames.py is the evidence, as for
        # a dateline's place)
        meta = replace(meta, title=lines[0].text.strip(), authors=())
    if end > 0 and any(lines[i].text.strip() == meta.title and _name_and_role(lines[i])
                       for i in range(1, header.body_start)):
        # "Leo Marsh, Editor" under the day, over the text: the writer signing, nearest the body as a headline would
        # stand on a page; a typed text's title is its first line
        meta = replace(meta, title=first)
    if not meta.authors and (name := next((found for i in range(1, header.body_start)
                                           if (found := _name_and_role(lines[i]))), None)):
        meta = replace(meta, authors=(name,))  # "Owen Price, Editor" under the title
    if not meta.authors and (name := next((found for i in range(1, header.body_start)
                                           if _name_over_date(lines, i) and (found := _writers_name(lines[i]))), None)):
        meta = replace(meta, authors=(name,))  # "Rev. Ann Lee" over the day, or a speaker over "Check against delivery"
    if (meta.published is None and header.body_start == 1 and meta.title == lines[0].text.strip() and len(lines) > 2
            and lines[2].terminal and (day := _day_set_off(lines[1]))):
        # a deck under the title that ends on the day ("A tribute read at St Teilo's Church, 21 November 2026"): the
        # text's day, as a title's own is ("Minutes of the Parish Council, 4 March 2025"); the deck is still heard
        meta = replace(meta, published=day)
    if meta.published is None and header.body_start == 1 and len(lines) > 2 and (
            day := _issue_day(lines[1]) or release_day(lines[1])):
        # "Notices for Sunday 6 December 2026", "Released 3 December 2026." under the title: still read
        meta = replace(meta, published=day)
    if meta.published is None and header.body_start > 0 and (day := next((
            found for line in lines[header.body_start:header.body_start + OCCASION_REACH]
            if (found := day_and_occasion(line))), None)):
        # "Sunday 6 December 2026 – Second Sunday of Advent" under the title (or its subtitle): still read
        meta = replace(meta, published=day)
    if meta.published is None and header.body_start > 0 and meta.title == first and (notice := next(
            (line for line in lines[header.body_start:WHEN_AND_WHERE_LINES + 1] if when_and_where(line)), None)):
        # "Spring Quiz Night" / "Tuesday 4 May 2027, 7pm, the clubhouse": the notice's day dates it, and is read (under
        # a line of who holds it too: "Organised by the Friends of Hollins Park", "Presented by ...")
        meta = replace(meta, published=parse_date(notice.text))
    if meta.published is None and (month := _month_in_header(lines, header.body_start) or _issue_month(lines)):
        meta = replace(meta, published=month)
    if meta.title != fallback_title:
        return meta, header.body_start
    if header.body_start > 0 and _dated_title(lines[0]):
        return replace(meta, title=lines[0].text.strip()), header.body_start  # its date is the published one
    if header.body_start == 0 and _question_title(lines):
        return replace(meta, title=lines[0].text.strip()), 1
    if header.body_start > 0 and _titled_by(lines[0]):
        return replace(meta, title=lines[0].text.strip(), authors=()), header.body_start
    return meta, header.body_start


def _titled_by(line: Line) -> bool:
    """A title opening on "By" that names no one ("By the Sea", "By a Thread"): the byline's "name" opens on a small
    word (the, a, my) that no name opens on."""
    names = authors_from(line)
    return bool(names) and all(words_of(name)[:1] and words_of(name)[0] in STOP_WORDS for name in names)


# A pasted e-mail's header, one field a line above its body ("From: Ana Lima", "Subject: Keys"), in the languages
# narrator reads: each field's name, and what it gives the episode (None: nothing).
_EMAIL_FIELDS = {
    "from": "author", "von": "author", "de": "author", "da": "author",
    "sent": "date", "date": "date", "gesendet": "date", "datum": "date", "envoyé": "date", "enviado": "date",
    "inviato": "date", "data": "date", "fecha": "date",
    "to": None, "cc": None, "bcc": None, "reply-to": None, "an": None, "à": None, "para": None, "a": None,
    "subject": "title", "betreff": "title", "objet": "title", "asunto": "title", "oggetto": "title", "assunto": "title",
}
# The line a mail client sets over a forwarded or quoted message's header ("---------- Forwarded message ---------",
# "Begin forwarded message:", "-----Original Message-----").
_FORWARDED = re.compile(r"(?i)^\s*(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}"
                        r"|begin forwarded message:)\s*$")
_EMAIL_FIELD = re.compile(r"^([^\W\d_][\w-]{0,9})\s*:\s*(.*)$")
# A header has this many fields at least, a sender and a subject among them (an interview's "A:" is none).
EMAIL_HEADER_FIELDS = 3
# Tried only where a run of spaces begins, and up to the first "@" alone: from each space of a long run, or each "@" of
# a long run of them, the address was looked for to the run's end (time square in the run).
_ADDRESS_IN_BRACKETS = re.compile(r"(?<!\s)\s*[<\[(][^<>\[\]()@]*@[^<>\[\]()]*[>\])]\s*|[\"']")


def pasted_email(text: str) -> tuple[dict[str, str], str]:
    """The fields of a pasted e-mail's header at the top of a text (its sender, date and subject), and the text under
    the header; no fields, and the text as it was, when it opens on no header."""
    fields: dict[str, str] = {}
    rows = text.lstrip().splitlines()
    if rows and _FORWARDED.match(rows[0]):
        rows = rows[1:]  # a forwarded message's mark over the header it forwards: the mail client's, not the text's
    count = 0
    for row in rows:
        field = _EMAIL_FIELD.match(row.strip())
        if field is None or field.group(1).lower() not in _EMAIL_FIELDS:
            break
        role = _EMAIL_FIELDS[field.group(1).lower()]
        if role is not None and field.group(2).strip():
            fields.setdefault(role, field.group(2).strip())
        count += 1
    if count < EMAIL_HEADER_FIELDS or not {"author", "title"} <= fields.keys():
        return webmail_view(text)  # or a mail copied from a webmail client's view: its subject over "to me"
    fields["author"] = _ADDRESS_IN_BRACKETS.sub(" ", fields["author"]).strip()
    return fields, "\n".join(rows[count:])


# A notes app's export closes the note on when it was last edited and on its labels ("Edited 3 Mar 2026", "Last edited
# 9:14", "Labels: garden, jobs"): the app's fields, as a menu is a page's. Only at the very end of the text, and each
# a whole line: "Edited by Ann Lee." or a sentence about labels is the writer's.
_NOTE_EDITED = re.compile(r"(?i)^\s*(?:last\s+)?(?:edited|modified|updated)\s+(?:on\s+|at\s+)?(?=\d|[a-z]{3})")
_NOTE_LABELS = re.compile(r"(?i)^\s*(?:labels?|tags?)\s*:\s*[\w#-]+(?:\s*,\s*[\w#-]+){0,5}\s*$")


def _notes_app_field(line: Line) -> bool:
    """An export's closing field: the note's last edit (a day or a clock after "Edited") or its labels."""
    if _NOTE_LABELS.match(line.text):
        return True
    return (not line.terminal and line.words <= DATE_WORDS + 1 and _NOTE_EDITED.match(line.text) is not None
            and (parse_date(line.text) is not None or line.clock))


# A show's stock line under its prompt to listen ("Support the show"): the host's platform prints it.
_SHOW_SUPPORT = re.compile(r"(?i)^\W*support (?:the|this) (?:show|podcast)\W*$")


def _shows_closing_prompt(body: list[Line], i: int) -> bool:
    """Show notes' closing prompt at the very end: where to listen ("Subscribe on Apple Podcasts, Spotify or wherever
    you get your podcasts."), or "Support the show" under it. A sentence on podcasts elsewhere is the writer's."""
    if names_a_listening_app(body[i].text) and body[i].cta:
        return True
    return bool(_SHOW_SUPPORT.match(body[i].text)) and i > 0 and names_a_listening_app(body[i - 1].text)


# A signature under a text: its writer's name over their office, the text's last two lines, below one line at least.
SIGNED_UNDER = 2


def _closes(line: Line) -> bool:
    """A writer's close on its own line, a few words before a comma ("Happy digging,", "Best wishes,")."""
    return line.text.rstrip().endswith(",") and 0 < line.words <= CLOSE_WORDS and not is_greeting(line.text)


def _letter_under_address(lines: list[Line]) -> tuple[list[Line], str] | None:
    """A letter typed from its sender's address (signoffs.address_on_top): its lines from under the address, the day
    between the address and the greeting left out, and that day ("" for none); else None."""
    found = address_on_top([line.text for line in lines], [line.terminal for line in lines])
    if found is None:
        return None
    top, greeting = found
    day = next((i for i in range(top, greeting) if _date_alone(lines[i])), None)
    kept = [line for i, line in enumerate(lines) if i >= top and i != day]
    return ([make_line(i, line.text, line.group) for i, line in enumerate(kept)],
            parse_date(lines[day].text) or "" if day is not None else "")


def read_own_text(lines: list[Line], fallback_title: str) -> tuple[Metadata, list[Block]]:
    """The user's own article: title, byline and date from its top lines, then every line below them (a press
    release's "FOR IMMEDIATE RELEASE" and its contact for editors above its headline are labels, not read)."""
    labels, embargoed = release_top([line.text for line in lines])
    lines = lines[labels:]
    credits: tuple[str, ...] = ()
    if (timed := reader_view(lines)) is not None:
        # a reader view's site, credits and reading time over the article: its headline, then the article
        credits = credited(lines[2:timed])
        lines = [make_line(i, line.text, line.group) for i, line in enumerate((lines[1], *lines[timed + 1:]))]
    if (len(lines) > 2 and (_date_alone(lines[0]) or parse_month(lines[0].text)) and not _date_alone(lines[1])
            and not parse_month(lines[1].text) and _header_end(lines[1:]) > 0):
        # "14 February 2025" over "Valentine's Day at the Care Home": the title, then its date, as a header reads;
        # "March 2026" over it as well (a printed page's issue line over its title)
        lines = [make_line(0, lines[1].text, lines[1].group), make_line(1, lines[0].text, lines[0].group), *lines[2:]]
    head = letter_head([line.text for line in lines], [line.terminal for line in lines])
    letter_day: str | None = None
    if head is None and (top := _letter_under_address(lines)) is not None:
        # "7 Mill Lane" / "Ambleside" / "LA22 9DH" over whom it is to and the greeting: no title, the address not read
        lines, letter_day = top
    elif head is not None and _date_alone(lines[head[0]]):
        # a formal letter: its subject under the greeting is its title, the day over the greeting its date, and the
        # sender's name and address above are its letterhead, not read; the greeting opens what is read
        day, greeting, subject = (lines[i] for i in head)
        lines = [make_line(i, line.text, line.group)
                 for i, line in enumerate((subject, day, greeting, *lines[head[2] + 1:]))]
    elif head is None and (address := sender_address([line.text for line in lines],
                                                     [line.terminal for line in lines])) and _date_alone(
            lines[address.stop]):
        # a letter under its title: the sender's address, then the day over the greeting; a listener hears the
        # title, the day as its date, and the letter from its greeting (the address is for the post, not for them)
        lines = [make_line(i, line.text, line.group) for i, line in enumerate((lines[0], *lines[address.stop:]))]
    if (notice := notice_heading(lines)) is not None:
        # "Powys County Council" / "Town and Country Planning Act 1990" / "NOTICE OF PLANNING APPLICATION": who
        # gives notice and under what law, over the notice's heading in capitals, its title
        lines = [make_line(i, line.text, line.group) for i, line in enumerate(lines[notice:])]
    marked = marked_authors([line.text for line in lines])
    if marked is not None:
        # "Rhodri Evans¹, Sarah Boyd²" under a paper's title, its institutions under it after their marks: the byline
        # and its notes, not read
        lines = [make_line(i, line.text, line.group) for i, line in enumerate([*lines[:marked[0]],
                                                                              *lines[marked[2]:]])]
    meta, body_start = _own_header(lines, fallback_title)
    if letter_day is not None:
        meta, body_start = Metadata(title=fallback_title, published=letter_day or None), 0
    if marked is not None and not meta.authors:
        meta = replace(meta, authors=marked[1])
    if meta.title == lines[0].text.strip() and (words := subject_title(meta.title, [line.text for line in lines[1:3]])):
        meta = replace(meta, title=words)  # "Re: Trainee Ranger post" over "Dear Mr Jenkins,": the subject's words
    if credits and not meta.authors:
        meta = replace(meta, authors=credits)
    if not meta.authors and (signer := editors_letter_signer(texts := [line.text for line in lines])
                                      or circular_signer(texts)):
        meta = replace(meta, authors=(signer,))  # "Sir," ... "Yours faithfully," / "Gwilym Pugh": a letters page's
    meta = replace(meta, published=meta.published or embargoed)  # "Embargoed until 00:01 on Tuesday 8 December ..."
    if meta.published is None and (dated := notice_day(lines[-1].text)):
        meta = replace(meta, published=parse_date(dated))  # a notice's "Date: 3 March 2026" at its foot
    blocks: list[Block] = []
    body = lines[body_start:]
    last = comments_start(body)  # a document's comments printed under its text, each after its mark in the text
    while last > 1 and (_notes_app_field(body[last - 1]) or _shows_closing_prompt(body, last - 1)):
        last -= 1
    # a pasted press release's "Ends" and the notes to editors under it are the press office's, not the news
    body = body[:min(last, release_end([line.text for line in body]))]
    # a help page's "Can't find your answer here? Send us a message" over or under its answers is the page's
    body = [line for i, line in enumerate(body) if i not in (0, len(body) - 1) or not is_help_prompt(line.text)]
    if len(body) > 1 and (credit := closing_credit(body[-1].text)) and (names := authors_from(make_line(0, credit, 0))):
        # "Report by Huw Davies, club secretary" closing a match report: its writer, heard as the byline once
        meta, body = (meta if meta.authors else replace(meta, authors=names)), body[:-1]
    if not meta.authors and len(body) > SIGNED_UNDER and (
            is_field_role(body[-1].text) or office_with_body(body[-1].text)
            or firm_of_the_name(body[-2].text, body[-1].text)) and (name := _writers_name(body[-2])):
        # "Mrs Carys Lloyd" / "Headteacher" closing a newsletter: its writer signs it at the end (the lines are read),
        # or over the office with its body ("Claire Dunn" / "Chair, Friends of Oakfield School"), or over the firm
        # that bears their name ("Gary Hunt" / "Hunt Plumbing and Heating")
        meta = replace(meta, authors=(name,))
    if not meta.authors and len(body) > SIGNED_UNDER and (name := _name_and_role(body[-1])) and (
            _closes(body[-2]) or (body[-2].terminal and _full_name(name))):
        # "Happy digging," / "Maureen Platt, Secretary" closing a newsletter: its writer signs under the close, or
        # under the last sentence with a name in full ("Rachel Moore, musical director" closing a programme's note)
        meta = replace(meta, authors=(name,))
    if not meta.authors and len(body) > SIGNED_UNDER and (name := bracketed_office_signer(body[-1].text)):
        meta = replace(meta, authors=(name,))  # "Chris (club captain)" closing a club's race report
    if not meta.authors and len(body) > SIGNED_UNDER and (names := given_names_signers([line.text for line in body])):
        meta = replace(meta, authors=names)  # "Thank you for all your support this year." / "Dave and Anna"
    texts = [line.text for line in body]
    for i, line in enumerate(body):
        before = body[i - 1] if i > 0 else None
        after = body[i + 1] if i + 1 < len(body) else None
        in_group = any(other is not None and other.group == line.group for other in (before, after))
        opens_group = (before is None or before.group != line.group) and after is not None and after.group == line.group
        if line.terminal or line.words > OWN_HEADING_WORDS or _goes_on(line):
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))  # "Dear neighbours," is no heading
        elif before is None and (when_and_where(line) or day_and_occasion(line)):
            # "Tuesday 4 May 2027, 7pm, the clubhouse" opening a notice: its first sentence, heading no section
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))
        elif before is not None and signs_a_question(line.text, before.text):
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))  # "Jean, Harrogate" under her question: her letter's
        elif opens_group and line.words <= MENU_LINE_WORDS and _unlike_the_rest(body, i) and not is_value_field(
                line.text):
            blocks.append(Block(BlockKind.HEADING, line.text, level=2))  # "Ingredients" over its list
        elif in_group and in_signature(texts, i):
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))  # "07700 900412" under "Kind regards," / a name
        elif in_group:
            blocks.append(Block(BlockKind.LIST_ITEM, line.text))
        elif after is not None and not is_value_field(line.text):  # "Score: 9/10" between paragraphs is a line
            blocks.append(Block(BlockKind.HEADING, line.text, level=2))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))  # a last line without a stop is still text
    blocks = with_question_headings(body, blocks)
    if not blocks and len(lines) == 1 and lines[0].words:
        # "Bins collected Tuesday" alone: a note the writer wants read. Taken as its own title it left nothing to
        # read and was refused as "no article" before its language was asked; the file names it instead.
        return replace(meta, title=fallback_title), [Block(BlockKind.PARAGRAPH, lines[0].text)]
    return meta, blocks

"""Who wrote a text dump: its byline ("By Ann Lee"), a name alone or with the writer's post, a list of authors."""

from __future__ import annotations

import re
from dataclasses import replace

from narrator.clean.common import JOB_TITLE, NAME_PARTICLES, VON, is_role, parse_date, parse_month, split_authors
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.lines import Line, looks_like_names, make_line, words_of
from narrator.clean.signoffs import SURNAME_PARTICLES, is_joined_place
from narrator.model import Metadata

# Under a standfirst: up to this many lines of byline, date and labels ("By", a name on its own line).
BYLINE_LINES = 4
# A byline is a short line ("By Kelli Miller").
BYLINE_WORDS = 12
DATE_WORDS = 25
# A magazine's credit for the words and the pictures together ("Words and pictures by Lucy Grant", "Text and photos:
# Gareth Lloyd"): one writer's byline, the colon standing for "by".
_CREDIT = (r"(?:words|text|story)\s+(?:and|&)\s+(?:photos|photographs|photography|pictures|images)"
           r"(?:\s+by:?|\s*:)\s+(?=\S)")
# A writer's own piece credited by its kind ("A short story by Mari Evans", "A poem by ...", "A talk by ..."): its
# byline.
_KIND_BY = r"an? (?:short |new )?(?:story|poem|essay|tale|memoir|sermon|play|talk|lecture) "
# A campaign's page credits whoever began it ("Started by Eirian Jones", "Created by ...", "Organised by ..."), an
# event's page its host ("Hosted by Nerys Williams"), a review site its reviewer ("Review by Ffion ★★★★"): its writer.
_STARTED = r"started |created |organi[sz]ed |hosted |event |review |reviewed "
# A how-to site's credit for its writer and its expert ("Co-authored by Owain Pritchard").
_AUTHORED = r"co-authored |co-written |authored "
BY_PREFIX = re.compile(rf"(?:^|[|•·(]\s*|\d\s+)(?:(?:written |posted |added |reported |words |story |text |{_STARTED}"
                       rf"|{_AUTHORED}"
                       rf"|{_KIND_BY})?by"
                       r"[:\s]+(?=\S)|"
                       rf"{_CREDIT}|{VON})", re.I)
_CUT = re.compile(
    r"\s+[|•·—–/»›-]\s+|\s*\|\s*|\s+(?:on|at|updated|published|posted)\b(?:[:\s]|$)|\s+\d{1,2}\s*min(?:ute)?s?\s+read\b"
    # a forum's mark between its poster and the stamp, or after the poster alone ("by annw » Tue Mar 03, 2026")
    r"|\s+[»›]$"
    # a weekday, but not one opening a name before its surname ("by Monday Okafor", a Nigerian given name)
    r"|(?!^(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*day\s+(?-i:[A-Z][a-z]))"
    r"\s*\b(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*day\b"
    # a weekday cut short before the day's figures ("Hedgerowgran Fri 04-Dec-26 10:12:44")
    r"|\s+(?:mon|tue|wed|thu|fri|sat|sun)\s+(?=\d)"
    # a month and its day; a given name opening as a month's does ("Maya 2 hours ago", "Janet 3 days ago") is none
    r"|\s*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b"
    r"|\s*\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[a-z]*\b"
    r"|\s*\b\d{4}-\d\d-\d\d|\s*\b\d{1,2}[:/.]\d{1,2}"
    # a post's footer: "... Author Ann Lee Categories"
    r"|\s+(?:categories|tags|filed under|leave a (?:comment|reply))\b"
    # how long ago the post went up, after its poster's name ("Posted by Gill 3 days ago", "by Tom Hart an hour ago")
    r"|\s+(?:\d{1,3}|an?)\s+(?:sec|second|min|minute|hr|hour|day|wk|week|month|yr|year)s?\s+ago\b"
    # a blog engine's line naming the post's category after its poster ("Posted by Ann Ward in Village life at 10:42",
    # Serendipity's and FlatPress's): a lower-case "in", then a capital; a name's own particle ("in 't Veld") goes on
    r"|\s+(?-i:in)\s+(?=(?-i:[A-Z]))"
    r"|\s*[★☆]",  # a review's stars after its reviewer's name ("Review by Ffion ★★★★")
    re.I,
)
# A forum post's head line: its poster's one word (a handle, "annw", "wren_h") after "by" (phpBB's; PunBB's "Topic by",
# "Reply by"), then the forum's guillemet and the post's stamp or nothing (the stamp in a box of its own), or the stamp
# opening on its weekday ("by marsh_pete Tue 1 Dec 2026 - 9:14", Forumotion's).
_WEEKDAY_FIRST = re.compile(r"(?i)\s*(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*day\b")
BY_AT = 12  # "Reply by " and "Topic by " open the line: "by" is looked for in its first characters
_FORUM_POSTER = re.compile(r"^\s*(?:(?i:topic|reply|post)\s*)?(?i:by)\s+([^\W\d][\w.-]{1,29})\s+"
                           r"(?:[»›](?:\s+(\S.{4,60}))?|(?=(?i:mon|tue|wed|thu|fri|sat|sun))(\S.{4,60}))\s*$")
# A typed report's, minutes' or song's credit opening its line ("Report by Joy Okafor", "Minutes taken by Carol
# Bright", "Words and music by Tess Marlow", "Notes compiled by Dev Patel"): its writer, when a name is all that follows
# (a headline may open so: "Report by MPs warns of ...", which names no one).
_CREDITED_BY = re.compile(r"^\s*(?i:(?:(?:field |match |trip )?report |minutes (?:taken )?|notes (?:taken |compiled )?"
                          r"|compiled |prepared |(?:words|lyrics) (?:and|&) music |music (?:and|&) (?:words|lyrics) "
                          r"|lyrics )by):?\s+(?=[A-Z])")
# "By Ana Lima": a capital after "by" (case matters there: "By the end of the week" is a sentence); "Von Ana Lima".
BYLINE = re.compile(rf"^\s*(?:(?i:(?:written |posted |reported )?by)\s+[A-Z]|{VON})")
# "Jane Doe" alone on the line above the date: a blog's byline without its "By" (two or three words shaped as a
# name: a capital and small letters each, or an initial).
# A name's word may carry the accents of the Latin alphabet's other languages ("Siân", "José", "Zoë", "Łukasz").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)?"
# A surname, after the first name, may open on a prefix whose next letter is a capital too ("McCann", "MacLeod",
# "O'Brien", "D'Arcy"); a first word so shaped is a product's or a firm's ("MacBook Pro").
_SURNAME_WORD = rf"(?:Ma?c|[OD]['’])?{_NAME_WORD}"
NAME_LINE = re.compile(rf"^\s*{_NAME_WORD}(?:\s+(?:[A-Z]\.|{SURNAME_PARTICLES}{_SURNAME_WORD})){{1,2}}\s*$")
# "Written by Jane Kim": a blog's author box under the article names its author where no byline above it does.
# (a petition's page credits its starter under its text, "Created by Llinos Mathias", where others stand over it)
WRITTEN_BY = re.compile(r"^\s*(?i:(?:written|created|started) by)\s+[A-Z]")
# A tracker's activity under a task or an issue names whoever opened it ("Gemma Hollis created this task · Dec 2",
# "Owen Price created the issue · 2 days ago", "Ann Lee opened this issue on 3 May"): the text's writer, where no
# byline above names one.
_OPENED_THIS = re.compile(r"^\s*([A-Z][\w'’-]*(?: [A-Z][\w'’.-]*){1,3}) (?:created|opened|raised|filed) (?:this|the) "
                          r"(?:task|issue|ticket|card|bug|story|request)\b")


# A typed note's line under its title saying when it came out ("Released 3 December 2026.", "Published on 12 May
# 2026"): the text's day, a few words at most; the line is the writer's own and is read.
_CAME_OUT = re.compile(r"^\s*(?i:released|published|issued)(?:\s+on)?\s+(?=\d|[A-Z])")
CAME_OUT_WORDS = 6


def release_day(line: Line) -> str | None:
    """The day a line saying when the text came out names ("Released 3 December 2026."), as YYYY-MM-DD; else None."""
    found = _CAME_OUT.match(line.text) if line.words <= CAME_OUT_WORDS else None
    return parse_date(line.text[found.end():].strip().rstrip(".")) if found else None


def tracker_opener(text: str) -> tuple[str, ...]:
    """The name on a tracker's activity line saying who opened the task or issue, or () for any other line."""
    found = _OPENED_THIS.match(text) if " this " in text or " the " in text else None
    return (found.group(1),) if found and looks_like_names(found.group(1)) else ()


def is_byline_line(line: Line, most_words: int) -> bool:
    """A byline on its own line ("By Kelli Miller"), not a sentence that opens on "By" and a capital ("By Saturday the
    sun was out, and we climbed Catbells.": a story's sentence, with its stop, naming no one)."""
    return (line.words <= most_words and BYLINE.match(line.text) is not None
            and (not line.terminal or bool(authors_from(line))))


# A neighbourhood site's poster on one line: the name, their place and the post's age between dots ("Rhys Morgan ·
# Llandeilo · 5 hr ago"); the name is the post's writer, as over "Canton · 5 hr" on a line of its own.
_POSTER_PLACE_AGE = re.compile(r"^\s*([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}) · [A-Z][\w'’-]*(?: [\w'’-]+){0,3} · \d{1,2}"
                               r" ?(?:s|m|h|d|w|mo|y|mins?|hrs?|hours?|days?|wks?|weeks?|months?)(?: ago)?\s*$")


def authors_from(line: Line) -> tuple[str, ...]:
    """Author names from a byline such as "By A and B | April 11, 2024 9:30 AM"."""
    if line.words > 30:
        return ()
    if "·" in line.text and (poster := _POSTER_PLACE_AGE.match(line.text)) and looks_like_names(poster.group(1)):
        return (poster.group(1),)
    if (" organi" in line.text or " fundrais" in line.text) and (organiser := _ORGANISING.match(line.text)) and (
            looks_like_names(organiser[1])):
        return (organiser[1],)  # "Rhian Evans is organising this fundraiser.": a fundraiser's page names its writer
    if ("»" in line.text or "›" in line.text or "by " in line.text[:BY_AT]) and (
            poster := _FORUM_POSTER.match(line.text)) and (
            (stamp := poster[2] or poster[3]) is None or parse_date(stamp)):
        return (poster[1],)  # "by annw » Tue Mar 03, 2026 9:14 pm": a forum's poster, a handle or a first name
    match = BY_PREFIX.search(line.text) or _CREDITED_BY.match(line.text)
    if match is None and (dated := _DATE_THEN_NAME.match(line.text)) and parse_date(dated.group(1)):
        name = dated.group(2).strip()
        if "," in name and not signed_with_given_name(name.partition(",")[0]):
            return ()  # "March 14, 2026 - Halifax, Nova Scotia": a release's dateline, its place and its province
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
    if match is None and _WEEKDAY_FIRST.match(names_text):
        return ()  # "Friday Letter: 14 March 2025": a weekday opening a line with no "by" is a day's, not a name's
    # "By Priya Shah, March 2026": the month the byline dates the text by is no second writer
    # "By Mrs Claire Donnelly, Headteacher": the writer's role after a comma is no second writer either
    # "by Elin Morgan, Class 6": a pupil's class or year after a comma is no second writer
    names = tuple(n for n in split_authors(names_text) if looks_like_names(n) and not parse_month(n)
                  and not is_role(n) and not _SCHOOL_CLASS.match(n))
    if len(names) == 2 and "," in names_text and (
            is_joined_place(names[1]) or (_INITIALLED_NAME.match(names[0]) and _TOWN_WORD.match(names[1]))):
        # "Review by Sheila D, Sleights": a reviewer's first name and initial, and their town; "Reviewed by Dave Price,
        # Newcastle upon Tyne": a town joined by a place's small words, after any name
        names = names[:1]
    if not names and match and cut and (handle := _POSTING_HANDLE.match(line.text)):
        return (handle[1],)
    if match is None and (len(names) != 1 or not 2 <= len(words_of(names[0])) <= 4 or not _all_capitalised(names[0])
                          or cut is None or not _DATED.match(rest[cut.start():].lstrip())
                          or words_of(names[0])[-1].lower() in TITLE_NOUNS):
        # "It starts at 8pm. Then...", "Enter Pelican Town on a sunny day between 9am and 2pm.": a sentence with a
        # time in it, not a name glued to its date ("Chris Davies - Nov 19, 2019", "Ann Lee on May 2, 2024 at 4 pm")
        return ()
    return names


# A town alone after a reviewer's first name and initial: one capitalised word (a second initialled reviewer, "Tom H",
# has two).
_TOWN_WORD = re.compile(r"^[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*$")


# A classified ad's or a forum post's stamp names its poster by a handle ("Posted by meadowlark22 on Dec 5, 2026",
# "Added by fern_hill 2 hours ago"): one word with a figure or an underscore in it, a handle's mark, where a word of
# a sentence ("Posted by hand on 5 December") has none.
_POSTING_HANDLE = re.compile(r"^\s*(?i:posted|added) by ((?=[A-Za-z][\w.-]*[\d_])[A-Za-z][\w.-]{2,29})\s")


# A fundraiser's or an appeal's page names whoever wrote it so ("Rhian Evans is organising this fundraiser."), a name of
# two to four words before it.
# A charity's giving page says it of its fundraiser and the charity ("Aoife Brennan is fundraising for Macmillan Cancer
# Support"), a capital opening the charity's name.
_ORGANISING = re.compile(r"^\s*([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}) is (?:organi[sz]ing this "
                         r"(?:fundraiser|appeal|campaign|collection)|fundraising for [A-Z][^.!?]{1,80})\.?\s*$")


# A pupil's class, year or form as a school writes it after a name ("Class 6", "Year 10", "Form 3B", "Yr 9").
_SCHOOL_CLASS = re.compile(r"(?i)^\s*(?:class|year|yr|form|grade)\s*\d{1,2}[a-z]?\s*$")

# What a place's name ends on ("Jackson Hole", "Elizabeth City", "Victoria Falls"): no surname, even after a given name.
_PLACE_ENDS = frozenset(("city", "county", "falls", "park", "hole", "bay", "beach", "springs", "heights", "hills",
                         "harbour", "harbor", "island", "lake", "town", "village", "valley", "bridge", "port", "point",
                         "street", "road", "lane", "avenue", "square", "green", "cross", "end"))
# A title signed before the given name ("Dr Omar Haddad, 3 March 2026"): skipped to reach the name.
SIGNED_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "prof", "rev", "revd", "cllr", "sir", "dame"))


def signed_with_given_name(text: str) -> bool:
    """Two to four capitalised words opening on a given name ("Ann Lee,", "Priya Shah,"): a writer signing before the
    day, where a dateline's place ("Leeds,", "New York,") opens on none (givennames.py is the evidence)."""
    words = words_of(text)
    if words and words[0].lower().rstrip(".") in SIGNED_TITLES:
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
    # a review site's page of a company's or a product's reviews ("Cambria Ferries Reviews"), its tab over the review
    "reviews",
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
# A reading app's export prints the writer's name over the site the piece came from, its bare address ("Dan Okafor" /
# "theurbanist.example"), as a saved article's header does.
AFTER_BYLINE = re.compile(r"(?i)^\s*(?:\d+\s*min(?:ute)?s?\s+read|(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,})\s*$")


# A byline's label alone on the line above the names ("by" / "Lars Brandle", "Author:" / "The Water Coolest").
# The word alone, or a plural with its colon: "Authors" alone is a menu's entry. A government page's "From:" alone
# names who issued it on the line under ("From:" / "Department for Transport"), a name of any length.
_BYLINE_LABEL = re.compile(r"(?i)^(?:(?:by|par|por|von|author|autor|autorin|auteur|autore|written by)\s*:?"
                           r"|(?:authors|autoren|auteurs|autori|autores|from)\s*:)$")


# A government page's "From:" and the body that issued it on one line ("From: Fisheries and Oceans Canada", as
# Canada.ca prints it): capitalised words and the small words of a department's name, nothing else; a comma after a
# word, as a remit's list has ("From: Department for Environment, Food and Rural Affairs").
_ISSUED_FROM = re.compile(r"^\s*From:\s*((?:[A-Z][\w'’.-]*|and|of|for|the|on|&)(?:,?\s+(?:[A-Z][\w'’.-]*|and|of|for"
                          r"|the|on|&)){1,11})\s*$")
# The label of a field beside it: a journey's or a message's ("To: Cardiff Central", "Subject: ..."), no issuer's.
_FIELD_BESIDE = re.compile(r"^\s*[A-Z][\w'’]*(?:\s+[\w'’]+)?:")


# A record's field of its authors on their line ("Authors: Elin Morgan, David Cole and Anwen Price").
_AUTHORS_FIELD = re.compile(r"(?i)^\s*(?:authors?|autho?r\(s\))\s*:\s*(\S.*)$")


def with_by_above(lines: list[Line], i: int) -> Line:
    """Line i, with "By " before it when a byline's label stands alone on the line above ("by", then "Lars
    Brandle"; "Author:", then a name), for a record's "Authors:" field before the names, or for its "From:" when it
    names the body that issued a page ("From: Fisheries and Oceans Canada"); a "From:" among other fields ("To:",
    "Date:") is a message's or a journey's."""
    line = lines[i]
    if i > 0 and _BYLINE_LABEL.match(lines[i - 1].text.strip()):
        return make_line(line.index, "By " + line.text, line.group)
    if "uthor" in line.text and (labelled := _AUTHORS_FIELD.match(line.text)):
        return make_line(line.index, "By " + labelled.group(1), line.group)  # "Authors: Elin Morgan, David Cole"
    if "From:" in line.text and (issuer := _ISSUED_FROM.match(line.text)) and not any(
            0 <= j < len(lines) and _FIELD_BESIDE.match(lines[j].text) for j in (i - 1, i + 1)):
        return make_line(line.index, "By " + issuer.group(1), line.group)
    return line


# A desk after a name on its line, as a page prints it without a comma: a word or two in capitals, then the job.
ROLE_WORDS = 3


_NAME_COMMA = re.compile(r"(?<=[a-z]),\s+(?=[A-Z])")


def name_and_role(line: Line) -> str | None:
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
    if 0 < small < len(words) and 2 <= small - 1 <= 3 and NAME_LINE.match(name := " ".join(words[:small - 1])):
        return name
    for size in (2, 3):
        name, role = " ".join(words[:size]), words[size:]
        if role and len(role) <= ROLE_WORDS and role[0][:1].isupper() and NAME_LINE.match(name):
            return name
    return None


# A writer's post and employer under their name, as a professional network prints it ("Operations Director at
# Hartley Logistics", "Senior Engineer, Acme"): a few capitalised words, then "at" or a comma and the employer.
_AT_EMPLOYER = re.compile(r"^\s*[A-Z][\w&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’-]*){0,4}\s*(?:\bat|@|,)\s+[A-Z]")
JOB_LINE_WORDS = 10


def job_line(line: Line) -> bool:
    """A line of the writer's post under their name: a job and where it is done, or a desk ("Political editor")."""
    return (0 < line.words <= JOB_LINE_WORDS and not line.terminal and not line.cta
            and (bool(_AT_EMPLOYER.match(line.text)) or bool(JOB_TITLE.search(line.text))))


# How long ago a social post went up, alone on its line between dots ("· 5h ·", "3d •", "2w"): no day, no clock.
# Nextdoor prints the poster's neighbourhood before it and the unit in letters ("Canton · 5 hr", "Roath · 2 days").
_AGE_STAMP = re.compile(r"^(?:[\s·•]*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s·)?[\s·•]*\d{1,2}\s?(?:s|m|h|d|w|mo|y"
                        r"|hrs?|days?|wks?)[\s·•]*$")
# A chat's or a group's stamp without a year under its poster's name: a weekday and its time ("Tuesday 10:14",
# "Yesterday 9:02 AM"), or a month's day ("Dec 1", "1 Dec"), as Teams and groups.io print a post this year.
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEARLESS_STAMP = re.compile(r"(?i)^\s*(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|yesterday|today)\s+\d{1,2}[:.]\d\d"
                             r"(?:\s?[ap]\.?m\.?)?|" + _MONTHS + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTHS + r")\s*$")
# Lines between a poster's name and that stamp: their degree and headline ("• 1st", "Head of Operations at ...").
POSTER_LINES = 3


# A forum's or a parents' board's stamp of a post's age in words ("Posted 2 days ago", "Started 3 hours ago"), under
# its poster's name or handle ("sophieb87"), over the post; the thread's title stands over them, as a social post's
# header ("· 5h ·") has none.
_POSTED_AGO = re.compile(r"(?i)^\s*(?:posted|added|started)\s+\d{1,2}\s+(?:second|minute|min|hour|hr|day|week|wk"
                         r"|month|year)s?\s+ago\s*$")
# A poster's handle alone: one word of letters and figures, with a figure, an underscore or no capital in it
# ("sophieb87", "northern_threads", "meadowlark"); "Toddlers" over the stamp is a board's section.
_HANDLE_ALONE = re.compile(r"^\s*(?=[a-z\d._-]*\s*$|\S*[\d_])[A-Za-z][\w.-]{2,29}\s*$")
HANDLE_MAX = 30
"""The longest handle _HANDLE_ALONE takes: one letter and 29 more."""


def poster_stamp(lines: list[Line], i: int, start: int) -> int:
    """The line of the age stamp under a poster's name alone (a social post's header, the post right under it), or
    0 when lines[i] is no such name: "Janet Pike" / "· 5h ·", or with their degree and headline between; a forum's
    poster's name or handle over its "Posted 2 days ago" ("sophieb87" / "Posted 2 days ago")."""
    if name_alone(lines[i]):
        return next((j for j in range(i + 1, min(i + 1 + POSTER_LINES + 1, start))
                     if _AGE_STAMP.match(lines[j].text) or (j == i + 1 and posted_ago(lines[j].text))), 0)
    # (the handle's length first: the pattern's lookahead, asked from each place of a long run of spaces, was
    # quadratic in the line, 0.2 s for 8,000 of them)
    if (i + 1 < start and posted_ago(lines[i + 1].text) and len(handle := lines[i].text.strip()) <= HANDLE_MAX
            and _HANDLE_ALONE.match(handle)):
        return i + 1
    return 0


def handle_alone(text: str) -> bool:
    """True for a poster's or a maker's handle alone on its line ("sophieb87", "meadowsweet", "gardenprints_uk")."""
    handle = text.strip()
    return len(handle) <= HANDLE_MAX and _HANDLE_ALONE.match(handle) is not None


def posted_ago(text: str) -> bool:
    """A post's age in words alone on its line ("Posted 2 days ago")."""
    return "ago" in text and _POSTED_AGO.match(text) is not None


def over_a_yearless_stamp(lines: list[Line], i: int, start: int) -> bool:
    """A poster's name alone right over a stamp without a year ("Bronagh McCann" / "Tuesday 10:14", "Peter Sutcliffe"
    / "Dec 1"), in the header over the post: a channel's or a group's message, its writer. The message keeps the
    subject its thread is under, as a mail does."""
    return i + 1 < start and name_alone(lines[i]) and _YEARLESS_STAMP.match(lines[i + 1].text) is not None


# A forum post's header on one line: the poster's handle, a dot, the day in figures and its time ("MorwennaB ·
# 03/12/2026 21:14"), right over the post.
_HANDLE_DAY = re.compile(r"^\s*([A-Za-z][\w.-]{2,29})\s+[·•]\s+\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d\d)?\s*$")


# Or the handle, the weekday cut short, the day with its month's name between hyphens and the time to the second
# ("Hedgerowgran Fri 04-Dec-26 10:12:44"), as a grandparents' forum prints it: a machine's stamp, its seconds the
# evidence ("Closes Fri 04-Dec-26 17:00" is a notice's line).
_HANDLE_WEEKDAY = re.compile(r"^\s*([A-Za-z][\w.-]{2,29})\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+\d{1,2}-[A-Z][a-z]{2}-"
                             r"\d{2,4}\s+\d{1,2}:\d\d:\d\d\s*$")


def handle_over_post(line: Line) -> str | None:
    """The poster's handle of a forum post's one-line header ("MorwennaB · 03/12/2026 21:14", "Hedgerowgran Fri
    04-Dec-26 10:12:44"), else None."""
    if "·" not in line.text and "•" not in line.text:
        if ":" in line.text and (match := _HANDLE_WEEKDAY.match(line.text)):
            return match.group(1)
        return None
    return match.group(1) if (match := _HANDLE_DAY.match(line.text)) else None


# How far over the body a thread's first post's header stands ("Hedgerowgran Fri 04-Dec-26 10:12:44"), a line or two.
POST_HEADER_LINES = 2


def before_next_post(lines: list[Line], start: int, end: int) -> int:
    """The body's last line above the next poster's one-line header inside it ("Pearlygates Fri 04-Dec-26 10:30:05"),
    when such a header heads the body: the thread's first post is the article, a reply under it is not; else end."""
    if not any(handle_over_post(line) for line in lines[max(0, start - POST_HEADER_LINES):start]):
        return end
    return next((i - 1 for i in range(start + 1, min(end + 1, len(lines))) if handle_over_post(lines[i])), end)


# A Q&A site's answerer: the name alone over their credential and the answer's age ("Gareth Wyn" / "Former quarryman,
# Blaenau Ffestiniog · Updated 2y"), right over the answer.
_CREDENTIAL_AGE = re.compile(r"(?i)^[^·•]{2,100}[·•]\s*(?:(?:updated|answered|posted)\s+)?\d{1,2}\s?"
                             r"(?:y|yr|mo|w|d|h)\s*$")


def answerer_name(lines: list[Line], i: int, start: int) -> str | None:
    """The answerer's name at lines[i], over the credential line right above the answer, else None."""
    if i + 2 != start or i + 1 >= len(lines) or not name_alone(lines[i]) \
            or not ("·" in lines[i + 1].text or "•" in lines[i + 1].text):
        return None
    return lines[i].text.strip() if _CREDENTIAL_AGE.match(lines[i + 1].text) else None


def name_line(line: Line) -> str | None:
    """The name of a line that is a name alone ("Ann Lee") or a name and the writer's post ("Ann Lee, Staff
    Reporter"), else None."""
    return line.text.strip() if name_alone(line) else name_and_role(line)


# How many reviews a reviewer has written, alone on its line ("48 contributions", "42 reviews"), under their name
# and perhaps their town; a name of a first name and an initial ("Helen P", "Dana K.") as review sites print it.
# A map's reviewer shows the count among their profile's parts, "·" between them ("Local Guide · 84 reviews · 412
# photos"). A naturalists' site counts its observer's records so ("312 observations").
_REVIEWER_COUNT = re.compile(r"(?i)^\s*(?:[^·\d][^·]{0,30}·\s*)?\d[\d,]*\s+(?:contributions|reviews|observations)"
                             r"(?:\s*·\s*\d[\d,]*\s+[a-z]+){0,3}\s*$")
_INITIALLED_NAME = re.compile(r"^\s*[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*(?:\s+[A-Z][a-z'’-]+)?\s+[A-Z]\.?\s*$")
REVIEWER_LINES = 2
REVIEWER_TOWN_WORDS = 4


def counts_reviews(text: str) -> bool:
    """True for a reviewer's count of their reviews, alone or among their profile's parts ("Local Guide · 84 reviews
    · 412 photos"): under their name, no headline."""
    return ("eviews" in text or "ontributions" in text or "bservations" in text) and _REVIEWER_COUNT.match(
        text) is not None


def reviewer_name(lines: list[Line], top: int, start: int) -> str | None:
    """A review's writer above it: a name over the count of their reviews, their town perhaps between (a place's own
    count, "1,882 reviews", stands under its rating, no name)."""
    for i in range(start - 1, top, -1):
        if not counts_reviews(lines[i].text):
            continue
        for j in range(i - 1, max(top, i - 1 - REVIEWER_LINES), -1):
            if _INITIALLED_NAME.match(lines[j].text) or name_alone(lines[j]):
                return lines[j].text.strip()
            if lines[j].words > REVIEWER_TOWN_WORDS or lines[j].terminal:
                break  # only a town ("Leeds, United Kingdom") stands between the name and the count
    return None


# A reviewer's own score alone on its line under their name ("4.5 stars", "4.5", "Rated 5/5 Stars").
_OWN_SCORE = re.compile(r"(?i)^\s*(?:rated\s+)?[0-5](?:\.\d)?\s*(?:(?:/|out\s+of)\s*5)?\s*(?:stars?)?\s*$")
# How near over the review its score stands (the review's day may part them), and the badge a site may put between
# the name and the score ("Super Reviewer"), a word or two.
SCORE_OVER_REVIEW = 3
# A site's rank for a reviewer, a word before its noun ("Super Reviewer", "Top Critic", "Verified Buyer").
_BADGE = re.compile(r"^\s*(?:[A-Z][a-z]+\s+)?(?:Reviewer|Critic|Contributor|Member|Guide|Buyer|Purchaser)\s*$")
BADGE_WORDS = 2


def name_over_score(lines: list[Line], top: int, start: int) -> str | None:
    """A review's writer over their own score, right above the review ("Dee Okafor" / "4.5 stars", "Siobhan Keogh" /
    "Super Reviewer" / "Rated 5/5 Stars"): the name alone is the evidence, as a product's rating stands under a
    product's name or a place."""
    for i in range(start - 1, max(top, start - 1 - SCORE_OVER_REVIEW), -1):
        if not _OWN_SCORE.match(lines[i].text):
            continue
        near = [j for j in (i - 1, i - 2) if j > top]
        if not near or lines[near[0]].words > BADGE_WORDS or lines[near[0]].terminal:
            return None
        if _BADGE.match(lines[near[0]].text):
            near = near[1:]  # "Siobhan Keogh" / "Super Reviewer" / "Rated 5/5 Stars": the site's rank for the writer
        return lines[near[0]].text.strip() if near and name_alone(lines[near[0]]) else None
    return None


def _a_desk(text: str) -> bool:
    """Two or three capitalised words ending on a newsroom's or a club's post ("Court Reporter", "Club Secretary",
    "Sports Editor"): the writer's desk printed under or for their name, no name; no surname ends on one."""
    return len(words_of(text)) <= 3 and JOB_TITLE.search(text.strip()) is not None


def name_alone(line: Line) -> bool:
    """A name alone on its line ("Ann Lee"), not a title of a few words ending on what it names ("Trip Notes"), nor
    a desk ("Court Reporter"), nor a name opening on "The" (a show's, a band's or a paper's: "The Slow Allotment")."""
    return (NAME_LINE.match(line.text) is not None and not line.cta and not line.credit
            and words_of(line.text)[-1].lower() not in TITLE_NOUNS and not _a_desk(line.text)
            and words_of(line.text)[0] != "The")


# A paper's authors on the line under its title, names alone: "Lena Kovacs, Omar Haddad", "A. Price1, D. Lowe2 and
# S. Rao*" (an affiliation's digit or mark after each). Two names or more, parted by commas or "and": the commas and
# the place under the headline tell them from a name alone, which a text without a list of first names cannot.
_LISTED_NAME = re.compile(rf"^(?:{_NAME_WORD}|[A-Z]\.)(?:\s*[A-Z]\.|\s+{_SURNAME_WORD}){{1,2}}$")
# A mark may stand a space after the name when the page's superscripts were flattened ("Alys Bennett 1, Rhodri
# Vaughan 2 and Sarah Lloyd 1,*"), and the corresponding author's star after a comma.
_MARKS = r"(?:\d{1,2}[*†‡]*|[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?:,(?:\d{1,2}[*†‡]*|[*†‡]+))*(?=,|\s|$)"
_AFFILIATION_MARK = re.compile(r"(?<=[a-z])\s?" + _MARKS)
_MARK_ON_NAME = re.compile(r"(?<=[a-z])" + _MARKS)  # a spaced digit after words joined by "and" may end a title
_NAMES_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")
_INITIAL = re.compile(r"\b[A-Z]\.")
# A line of a paper's authors holds at most a few dozen names with their marks.
NAMES_LINE_CHARS = 1000


def names_list(text: str) -> tuple[str, ...]:
    """The names of a line of two or more names alone ("Anna Price, David Lowe and Sunita Rao"), else none: each of
    two or three capitalised words or initials, their surnames all different ("North Yorkshire, West Yorkshire" are
    places); two joined by "and" alone need an initial or an affiliation's mark, as a title in capitals joins words
    so too."""
    if len(text) > NAMES_LINE_CHARS:
        return ()  # a paragraph, never a line of authors: the marks' patterns look no further
    if "," not in text and not _MARK_ON_NAME.search(text) and not _INITIAL.search(text):
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


def named_and_dated(line: Line) -> bool:
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
SENDER = re.compile(r"^\s*From:\s*([A-Z][^<>@:]{2,60}?)\s*[<(\[][^<>()\[\]@\s]+@[^<>()\[\]\s]+[>)\]]\s*$")


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

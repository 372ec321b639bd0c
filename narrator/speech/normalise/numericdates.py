"""Dates written in numbers: "12/09/2024", ISO dates and timestamps, a slashed day and month ("on 6/6", "25/12"),
a month and its year ("12/2025", "2021-03"), told from fractions, prices and scores by the words around them."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from narrator.speech.normalise import numbers
from narrator.speech.normalise.calendar import (
    MONTH_NEAR_NUMBER,
    MONTHS,
    SHORT_WEEKDAY,
    SHORT_WEEKDAYS,
    THE_BEFORE,
    WEEKDAY,
    WEEKDAY_INDEX,
    WEEKDAYS,
    dmy,
    full_weekday,
    is_day_of,
    mdy,
    spoken_year,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BETTING_WORDS,
    CRICKET_WORDS,
    MONEY_SIGNS,
    MONTHLY_PAY,
    NUMBER_LABELS,
    ODDS_ON_PRICE,
    OUT_OF_NOUNS,
    PRICE_VERBS,
    PROPORTION_NOUNS,
    SERIES_PLACES,
    UNITS,
)
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import among_words, char_classes, near, padded, sentence_stop

_ISO = compiled(r"(?<![\w./-])(\d{4})([-/.])(0?[1-9]|1[0-2])\2([0-2]?\d|3[01])(?![\w/-]|\.\d)")
# ISO 8601's interval, two dates joined by a stroke ("2026-12-06/2026-12-13"): the first date "to" the second
# (the stroke kept both from the date rule, which was left to read "twenty twenty six-twelve-zero six").
_ISO_INTERVAL = compiled(r"(?<![\w./-])(\d{4}-\d\d-\d\d)/(?=\d{4}-\d\d-\d\d(?![\w/-]|\.\d))")
# ISO 8601's ordinal date, a year and its day of the year in three digits ("2026-340", "2027-001"): "day three
# hundred forty of twenty twenty six", as an ISO week's day is said (periods.py). A year of this era and a day it has;
# a span of years ("2026-340") runs backwards and is no span, and a three-digit count after a year is no date's.
_CODE_LABEL_BEFORE = compiled(r"(?:\b(?i:ISBN|ISSN|No|Nos|Ref|Case|Order|Part|Item|Code)\.?:?|#)\s?$")
# A date's eight digits run together, year, month and day, as a log, a build or a snapshot names it ("Snapshot
# 20250911", "logs from 20231231": "twenty million ..." it was): read as the ISO date it is, where the digits make a
# month and a day of one in a year of this century or the last; a count of millions (month "00", "13") stays a
# number, and a label's number ("Order 20250911", "#20250911") a code.
# Led by the year's first digit, its look-behind after it (a pattern led by a look-behind is tried at every character).
_COMPACT_DATE = compiled(r"(1(?<![\w.,/:#$€£+-]1)9\d\d|2(?<![\w.,/:#$€£+-]2)0\d\d)(0[1-9]|1[0-2])"
                         r"(0[1-9]|[12]\d|3[01])(?![\w]|[.,:]\d)")
_ORDINAL_DATE = compiled(r"(?<![\w./,-])((?:19|20)\d\d)-([0-3]\d\d)(?![\w/-]|[.,]\d)")
# nor before a maker's word for what it sells ("the 2019-200 range", "a 2020-150 series"): a model's number.
_PRODUCT_AFTER = compiled(r"\s(?:range|series|models?|line|family|kit|unit)\b")
# "2024-12-31T23:59:00Z": a timestamp, rewritten as the date and the clock time the rules after read. Its
# seconds are kept where they are not zero ("2026-12-06T05:29:15Z": a log's second is what it records; "at five twenty
# nine" dropped it); their fraction is not said.
_TIMESTAMP = compiled(
    r"(?<![\w./-])(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?(?![\w:])"
)
# a clock time glued to the "Z" of Zulu time (UTC), as aviation, the forces and logs write it ("10:22Z",
# "23:59:00Z"; "ten twenty two Z" and "ten hours and twenty two minutes Z" it was, a length): the time, its seconds
# where they are not zero, and "Zulu", as "0600Z" is read (hundreds.py).
_ZULU_CLOCK = compiled(r"(?<![\w.:])((?:[01]?\d|2[0-3]):[0-5]\d)(?::([0-5]\d))?Z(?![\w:])")
# a clock time glued to its offset from UTC, as logs and ISO 8601 write it outside a full timestamp ("09:30:00+05:30",
# "14:05+01:00", "23:59:59-05:00": "nine hours and thirty minutes+five thirty" it was, a length and a sum): the time,
# its seconds where they are not zero, and the offset as a timestamp's ("UTC+05:30"). A hyphen's offset needs the
# seconds before it ("09:30-10:30" is a span of two times).
_OFFSET_CLOCK = compiled(r"(?<![\w.:+-])((?:[01]?\d|2[0-3]):[0-5]\d)(?::([0-5]\d))?([-+\u2212])(0\d|1[0-4]):?([0-5]\d)"
                         r"(?![\w:]|[.,]\d)")
# Two dates in numbers joined by a dash ("01/15/2024–03/31/2024", "2024-01-15 - 2024-03-31"): the dash is "to",
# and each date is then read on its own (glued to the dash, neither looked like a date).
_DATE_IN_NUMBERS = r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d\d?-\d\d?"
# Joined by a word too ("01/04/2026 to 31/03/2027"): where one end's day over twelve settles the order, the other end
# is read in that order ("January fourth twenty twenty six to the thirty first of March" it was, a bill's year read
# both ways round).
_NUMERIC_DATE_RANGE = compiled(
    rf"(?<![\w./-])({_DATE_IN_NUMBERS})(\s?[-–—]\s?|\s(?:to|until|till|through)\s)({_DATE_IN_NUMBERS})"
    r"(?![\w/-]|\.\d)")
_NUMERIC = compiled(r"(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)")
# "2021-03", "2024-11": a year and its month, as ISO 8601 writes them; a span of years runs forward ("2019-20",
# "2010-11"), so the month is told by a number no greater than the year's last two digits.
_ISO_MONTH = compiled(r"2(?<![\w./-]2)0(\d\d)-(0[1-9]|1[0-2])(?![\w/-]|[.,]\d)")
# "expires 12/2025", "since 03/2019": a month and a year. "1/2000" stays a fraction (a shutter speed, odds).
_NUMERIC_MONTH_YEAR = compiled(r"(?<![\w./-])(0[1-9]|1[0-2]|[2-9])/((?:19|20)\d\d)(?![\w/]|[.,]\d)")
# "on 6/6", "until 12/24", "Friday 7/4": a month and a day after a word that asks for a date. Not after "by" or
# "from" ("cut by 1/3", "from 1/2 to 3/4 cup") but for a deadline's "by" (_DEADLINE_BY), nor before "of" or a unit:
# those are fractions.
# A plan's verb and its preposition ask for a date too: "scheduled for 11/5", "postponed until 3/2" (not "moved to"
# or "set to": "the share moved to 1/3", "set to 1/4 speed").
_DATE_WORD = (r"(?i:on|until|till|since|through|before|after|starting|ending|effective|due"
              # "the offer ends 31/12", "entries close 5/9": a verb of ending or opening asks for a day
              r"|ends|ended|expires|expired|closes|opens|starts|begins"
              r"|(?:scheduled|rescheduled|slated|planned|booked|pencilled|penciled|postponed|delayed"
              r"|pushed back|brought forward)\s(?:for|to|until|till))")
_UNIT_NAMES = "|".join(sorted(
    {re.escape(word) for key, names in UNITS.items() for word in (key, *names)}
    | {"cups?", "pints?", "teaspoonfuls?", "tablespoonfuls?", "slices?", "times"},
    key=len, reverse=True,
))
_NUMERIC_DAY = compiled(  # "since 9/11" names the attacks, said "nine eleven"; "Tuesday (2/22)" is a date
    rf"(?<![-'’])\b((?:{_DATE_WORD}|{WEEKDAY}\.?),?\s+\(?)(?!9/11\b|24/7\b)(\d{{1,2}})/(\d{{1,2}})(?![\w/]|[.,]\d|\s+(?:of|{_UNIT_NAMES})\b)"
)
# a deadline's "by" after what must be handed in by then, "due by 9/12", "return the slip by 4/9", "register by
# 10/1" ("due by nine twelfths" it was): the same month and day, the words before "by" asked of its match only (led by
# its literal, the look is rare). "cut by 1/3", "fell by 3/8" keep their fractions, and so does a noun before "by"
# ("the return fell by 1/4").
_DEADLINE_BY = compiled(rf"( by(?<= by)\s+)(?!9/11\b|24/7\b)(\d{{1,2}})/(\d{{1,2}})"
                        rf"(?![\w/]|[.,]\d|\s+(?:of|{_UNIT_NAMES})\b)")
_DEADLINE_BEFORE = compiled(
    r"\b(?i:due|returned|return|submitted|submit|sent|send|registered|register|apply|reply|respond|postmarked"
    r"|received|turned in|handed in|signed up|sign up|enrolled|enroll|enrol)"
    r"(?:\s(?:the|your|their|our|his|her|all|any|this|these|an?)\s[\w-]+(?:\s[\w-]+)?)?$")
# "from 6/1 to 6/30", "from 12/28 through 1/3": a span of which one side can only be a date (a day above twelve) is
# two (fractions "from 1/2 to 3/4" have no day above twelve; "of" or a unit after keeps them fractions).
_NUMERIC_DAY_SPAN = compiled(
    rf"\b((?i:from)\s+)(\d{{1,2}})/(\d{{1,2}})(\s*(?:to|through|thru|until|till|-|–)\s*)(\d{{1,2}})/(\d{{1,2}})"
    rf"(?![\w/]|[.,]\d|\s+(?:of|{_UNIT_NAMES})\b)"
    # "between 4/3 and 9/3": the same span with its own joiner
    rf"|\b((?i:between)\s+)(\d{{1,2}})/(\d{{1,2}})(\s+and\s+)(\d{{1,2}})/(\d{{1,2}})(?![\w/]|[.,]\d|\s+(?:of|{_UNIT_NAMES})\b)"
)
# "The deadline is 9/1", "Polling Day is 3/5": a day and month that a noun naming a day is said to be ("The ratio is
# 3/5" names none; "of" or a unit after keeps a fraction).
_NAMED_DAY_IS = compiled(
    r"\b((?:[Dd]eadline|[Dd]ate|Day|[Hh]oliday|[Bb]irthday|[Aa]nniversary)s?\s+(?:is|was|will be|falls)\s+)"
    rf"(?!9/11\b|24/7\b)(\d{{1,2}})/(\d{{1,2}})(?![\w/]|[.,]\d|\s+(?:of|{_UNIT_NAMES})\b)"
)
# "fares rise from 1/7", where days come first: a day and month after "from" that no span or price follows ("backed
# from 4/1 into 9/4" are odds; "from 1/3 of" a fraction). Where months come first "from 1/3" stays a fraction.
_FROM_DAY = compiled(
    rf"\b((?i:from)\s+)(\d{{1,2}})/(\d{{1,2}})(?![\w/]|[.,]\d|\s+(?:of|{_UNIT_NAMES})\b|\s*(?:to|into|-|–)\s*\d)"
)
# "premieres 12/15", "due 2/22" (and "25/12" where days come first): a month and a day where the second can only be a
# day (13 to 31), so no date word is needed before it. Sixteenths and a few round parts stay fractions ("3/16",
# "1/25"); a score, a measure or "of" after it keep theirs.
_BARE_MONTH_DAY = compiled(
    rf"(\d(?<![\w./,:{MONEY_SIGNS}-]\d)(?<!\d\s\d)\d?)/(\d{{1,2}})(?![\w/%°]|[.,:]\d|\s?(?:-|to)\s?\d)"
)
_NOT_A_DATE_AFTER = compiled(
    rf"\s+(?:of|inch|inches|in|cup|cups|correct|right|wrong|marks|points?|stars?|questions|shots|votes|odds|shot"
    r"|bus|buses|tram|route"  # "the 25/9 bus": a route's number
    r"|outsider|(?:joint[- ])?favou?rites?|(?:jt|co)?-?fav|chance"  # a price: "a 20/1 outsider", "a 15/2 chance"
    rf"|{'|'.join(sorted(OUT_OF_NOUNS | PROPORTION_NOUNS))}|{_UNIT_NAMES})\b|\s?(?:\"|'')"
)
_NOT_A_DATE_BEFORE = compiled(
    r"\b(?:scored|scores|scoring|got|gets|rated|rates|earned|went|goes|shot|shooting|odds|at|BP|pressure"
    r"|(?:ratios?|aspect)(?:\s+(?:is|was|of))?|in"  # "the ratio was 15/4", "shot in 16/9": a proportion
    r"|only|just|about|nearly|almost|over|under|around|roughly"
    # a month's name, whose two days the slash joins ("Dec 12/13": "Dec December thirteenth" it was; dates.py)
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?"
    r"|an?)\s+$",  # "a 1/18 chance", "a 3/16 bolt": after an article, a part of a whole
    re.IGNORECASE,
)
# "Pallet 2/14", "Page 3/17": a place in a series before its count, left to fractions ("two of fourteen").
_SERIES_BEFORE = compiled(rf"\b(?:{SERIES_PLACES})\s$")
# "at 14/1", "backed from 20/1 into 14/1", "India were 23/2 after five overs": near talk of betting a day-like
# number over a month-like one is a price, and near talk of cricket runs for wickets.
_BETTING = compiled(rf"\b(?i:{BETTING_WORDS})\b")
_CRICKET = compiled(rf"\b(?:{CRICKET_WORDS})\b")
_ODDS_ON_PRICE = compiled(ODDS_ON_PRICE)  # "Arkle 2/5 on, Mill House 13/8"
_LABEL_BEFORE = compiled(rf"\b(?:{NUMBER_LABELS})\s$")  # "CCI Notes 16/5", "Circular 14/2": a series' number
# "13/4 = 3.25", "Simplify 15/6", "Convert 17/5 to a mixed number", "Add 13/4 and 1/4": in sums a number over a
# smaller one is a fraction.
_MATHS_TALK = compiled(r"[=+×÷]|\b(?i:simplif\w*|convert\w*|fractions?|improper|numerators?|denominators?"
                       r"|mixed numbers?|equals|divided|multipl\w*|reciprocal|sum of)\b")
# "Add 13/4 and 1/4", "subtract 15/8": a verb of a sum just before the number.
_SUM_VERB_BEFORE = compiled(r"\b(?i:add|adding|subtract|subtracting)\s$")
# "Arsenal are 13/8 to win the league": a price, before what it pays on; but "Enter by 31/3 to win" is a date.
_PRICE_TO = compiled(rf"\s+to (?:{'|'.join(sorted(PRICE_VERBS))})\b")
_ASKS_FOR_A_DAY = compiled(r"\b(?i:by|before|until|till|on|close[sd]?|closing|ends?|ended|ending|enter|entries"
                           r"|deadline)\W{0,3}$")
# "Half-term is 17/2-21/2", "open 14/1 to 20/1": a span of two days and months, one day over twelve, without "from".
_DAY_FIRST_SPAN = compiled(
    r"(?<![\w./,:-])()(\d{1,2})/(\d{1,2})(\s?[-–]\s?|\s+(?:to|until|till|through)\s+)(\d{1,2})/(\d{1,2})"
    r"(?![\w/%°]|[.,]\d)")
_MAY_BE_DAY_SPAN = compiled(r"/\d{1,2}(?:\s?[-–]\s?|\s+(?:to|until|till|through)\s+)\d{1,2}/")  # led by its slash
_ROUND_PARTS = frozenset({16, 20, 24, 25, 30, 32})


def _may_be_day_first(match: re.Match[str], month: int) -> bool:
    """False where a day-like number over a month-like one is a price, a cricket score, a labelled number or a part
    of a sum, by the words around it."""
    return not (near(_BETTING, match, 80) or (month <= 10 and near(_CRICKET, match))
                or (match.string.count("/") > 1 and near(_ODDS_ON_PRICE, match, 80))
                or _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start())
                or near(_MATHS_TALK, match, 40)
                or _SUM_VERB_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
                or (_PRICE_TO.match(match.string, match.end()) is not None
                    and not _ASKS_FOR_A_DAY.search(match.string, max(0, match.start() - 12), match.start())))


def _day_first_span(match: re.Match[str]) -> str:
    """"17/2-21/2" -> "the seventeenth of February to the twenty first of February": where a day over twelve first
    settles the order, as _numeric_day_span reads it after "from"."""
    first, second, third, fourth = (int(match.group(i)) for i in (2, 3, 5, 6))
    if not ((first > 12 or third > 12) and second <= 12 and fourth <= 12 and _may_be_day_first(match, second)):
        return match.group(0)
    return _numeric_day_span(match)


def _bare_month_day(match: re.Match[str], day_first: bool) -> str:
    """"12/15" -> "December fifteenth", "25/12" -> "the twenty fifth of December", in either order: a day over
    twelve settles which comes first (a price, a cricket score, a proportion left)."""
    first, second = int(match.group(1)), int(match.group(2))
    if 1 <= first <= 12 < second <= 31:
        # where days come first too: "2/22" can only be written month first ("Tu (2/22)" was "two twenty seconds")
        month, day, day_first = first, second, False
    elif 1 <= second <= 12 < first <= 31:
        # a day over twelve before a month is a date however the setting orders them ("Pay by 14/1" was "fourteen
        # over one" where months come first), unless a price, a cricket score, a labelled number, a sum or the idiom
        if match.group(0) == "24/7" or not _may_be_day_first(match, second):
            return match.group(0)
        month, day, day_first = second, first, True
    else:
        return match.group(0)
    if not is_day_of(month, day):
        return match.group(0)  # "figures of 2/31", "4/31": no such day
    if (second in (16, 32) and first % 2) or (first == 1 and second in _ROUND_PARTS):
        return match.group(0)  # "3/16", "1/25": a fraction
    if (_NOT_A_DATE_AFTER.match(match.string, match.end())
            or _NOT_A_DATE_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
            or (first <= second and _SERIES_BEFORE.search(match.string, max(0, match.start() - 10), match.start()))):
        return match.group(0)
    spoken = (dmy if day_first else mdy)(month - 1, day, None)
    if day_first and THE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()):
        spoken = spoken[len("the "):]  # "the 25/9 deadline": "the the twenty fifth" it was
    return padded(match, spoken + sentence_stop(match))


# "Thu 12/09/2024", "Sat, 01.02.2025": a weekday's abbreviation before a numeric date is the day's name; before
# an ISO date too ("Tue 2026-12-08", a log's or a timetable's: "Tue December eighth" it was).
_WEEKDAY_BEFORE_NUMERIC = compiled(rf"\b({SHORT_WEEKDAY})\.?(,?\s)(?=\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b"
                                   r"|(?:1[6-9]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b)")
_ABBREVIATED_WEEKDAY = compiled(rf"^({SHORT_WEEKDAY})\.?(?=,?\s)")
_MAY_BE_NUMERIC_DATE = compiled(r"\d[-/.]\d{1,2}[-/.]\d")
# a weekday before a day and a month dotted without their year, each closed by its stop as a German or a Swiss
# listing writes them ("Sun 20.12.", "Friday, 18.12."): that day, day first ("Sun twenty point one two." it was; without
# the last stop "Sat 19.30" is a time).
_WEEKDAY_DOTTED_DAY = compiled(rf"(?<!\b[Tt]he )\b({WEEKDAY})\.?(,?\s)(\d{{1,2}})\.(\d{{1,2}})\.(?![\d\w])")
_WEEKDAY_WORDS = frozenset(SHORT_WEEKDAYS) | frozenset(WEEKDAYS)  # each stands apart: a first look among the words
# "the 12/13 March", "on 1/2 April": two days in a row, slashed, before their month's name (was "December
# thirteenth March", "the first of February April"); parted by "and" for the day-and-month rule. Only a day and
# the next: "the 1/3 May" is left.
_DAY_PAIR = compiled(rf"(\d(?<![\w.,/-]\d)\d?)/(\d{{1,2}})(?=\s+(?:of\s+)?(?=[A-Z]){MONTH_NEAR_NUMBER}(?!\w))")
_DATE_WORD_BEFORE = compiled(r"\b(?:the|on|for|until|till|from|over|by)\s+$")
_PAY_AFTER_MONTH = compiled(rf"\s+[A-Z][a-z]+\.?(?:['’]s)?\s+(?:{'|'.join(sorted(MONTHLY_PAY))})\b")
_MAY_BE_DAY_PAIR = compiled(r"\d/\d\d?\s+(?:of\s+)?[A-Z]")
# "w/e 5/12": "week ending", as a trade paper's sales and a payslip write it, before the date it ends.
_WEEK_ENDING = compiled(r"(?<![\w/])[Ww]/[Ee](?=\s+\d)")
# a week named by its first day, as a British school's calendar or a rota writes it ("wk beg 7/12", "w/c 7/12",
# "wk/c 7/12", "w/b 7/12/26"; "seven twelfths" it was): the label said, and the date after it day first, as these
# labels are British (a US calendar says "week of"). "w/e", a payslip's on both sides of the Atlantic, keeps the
# reader's order.
_WEEK_BEGINNING = compiled(r"(?<![\w/])(?:[Ww]k?/([CcBb])|[Ww]k\.? (beg|comm)\.?)\s+(\d{1,2})/(\d{1,2})"
                           r"(?:/(\d\d(?:\d\d)?))?(?![\w/]|[.,]\d)")
# "Valid thru 11/29", "Expiry: 03/28", "EXP 04/29": a card's or a pack's month and the year's last two digits
# after the label a card prints, said as a month and a year ("March twenty eighth" it was, a day read from the year).
# The verb ("expires 11/29", a coupon's day in November), "valid until" and a pack's "best before" may be a day's, and
# a month not written in two digits ("Expiry: 3/28") too: the day rules' still.
_CARD_EXPIRY = compiled(r"\b((?i:valid\s+(?:thru|through)|good\s+(?:thru|through)|exp(?:iry)?(?:\s+date)?"
                        r"|expiration(?:\s+date)?)\.?:?\s+)(0[1-9]|1[0-2])/(\d\d)(?![\w/]|[.,]\d)")
# a month and its year parted by a stop, as a pack's "best before", a card and a CV on the Continent write them
# ("03.2024", "BB 12.2026", "since 10.2025"): a month written with its nought is never a decimal ("zero three point two
# zero two four" it was); October to December only after a word that asks for a date, since "12.2026" alone may be a
# rate or a measure to four places.
# A span of two ("03.2019-11.2023", a CV's) is read whole, with "to".
_MONTH_YEAR_DOTTED = r"(0[1-9]|1[0-2])\.((?:19|20)\d\d)"
_DOTTED_MONTH_YEAR = compiled(rf"(?<![\w.,-]){_MONTH_YEAR_DOTTED}(?:\s?[-–]\s?{_MONTH_YEAR_DOTTED})?"
                              r"(?![\w.,'’-]|\.\d)")
_DATE_LABEL_BEFORE = compiled(
    r"\b(?:(?i:exp(?:iry|ires?|iring|iration)?(?:\s+date)?|valid\s+(?:until|till|thru|through|to|from)|best\s+before"
    r"|use\s+by|since|from|until|till|due|issued|made|manufactured|mfd|mfg|dated?)|BB|MHD)\.?:?\s+$")
_MAY_BE_CARD_EXPIRY = compiled(r"(?i:xp|hru|ugh|iry|ate|ion)\.?:?\s+[01]\d/\d\d")


def _dotted_month_year(match: re.Match[str]) -> str:
    """"03.2024" -> "March twenty twenty four"; "12.2026" only after a word that asks for a date or in a span with a
    month written with its nought."""
    month, year, last_month, last_year = match.groups()
    if not (month[0] == "0" or (last_month or "1")[0] == "0"
            or _DATE_LABEL_BEFORE.search(match.string, max(0, match.start() - 24), match.start())):
        return match.group(0)
    spoken = f"{MONTHS[int(month) - 1]}{spoken_year(year)}"
    if last_month:
        spoken += f" to {MONTHS[int(last_month) - 1]}{spoken_year(last_year)}"
    return padded(match, spoken)


def _day_pair(match: re.Match[str]) -> str:
    """"12/13" before a month -> "12 and 13"; any other pair as written."""
    first, second = int(match.group(1)), int(match.group(2))
    if first == 1 and not _DATE_WORD_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        if second in (2, 3, 4) and _PAY_AFTER_MONTH.match(match.string, match.end()):
            return numbers.fraction(None, first, second)  # "owed 1/2 March wages": half of a month's, said now
        return match.group(0)  # "1/2 March wages" may be half a month's: "on 1/2 April" is two days
    return f"{first} and {second}" if 1 <= first < 31 and second == first + 1 else match.group(0)


# a version's word before its dotted numbers ("version 10.11.12", "iOS 12.04.18"): no date.
_VERSION_BEFORE = compiled(r"(?i:\bv|version|ver\.?|release|build|firmware|update|patch|kernel|ios|android|macos"
                           r"|python)\s?$")


def _dotted_short_date(match: re.Match[str], first: int, second: int) -> bool:
    """True for "11.11.18" and "06.12.26": a day and a month of two digits each, dotted before a year of two, as a
    European form or a card is dated (a version's parts are seldom padded so), with no version's word before."""
    if len(match.group(1)) != 2 or len(match.group(3)) != 2 or not (1 <= second <= 12 and is_day_of(second, first)):
        return False
    return not _VERSION_BEFORE.search(match.string, max(0, match.start() - 12), match.start())


def _weekday_dotted_day(match: re.Match[str]) -> str:
    """"Sun 20.12." -> "Sunday the twentieth of December"; no day of that month, as written."""
    day, month = int(match.group(3)), int(match.group(4))
    if not (1 <= month <= 12 and is_day_of(month, day)):
        return match.group(0)
    weekday = match.group(1)
    return WEEKDAYS[WEEKDAY_INDEX[weekday[:3].lower()]] + match.group(2) + dmy(month - 1, day, None) + sentence_stop(
        match)


# a weekday named before a date whose day and month could be either way round ("Thurs 10/12/26", "Friday 11/12/2026"):
# the order whose date falls on that weekday is the writer's ("Thursday October twelfth" it was, a Monday). Where
# both orders or neither fall on it, the setting decides, as before.
_WEEKDAY_JUST_BEFORE = compiled(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s$")


def _weekday_order(match: re.Match[str], first: int, second: int, year: str) -> bool | None:
    """True where only the day first falls on the weekday named before the date, False where only the month first
    does, None where no weekday is named or it settles nothing."""
    named = _WEEKDAY_JUST_BEFORE.search(match.string, max(0, match.start() - 11), match.start())
    if named is None:
        return None
    full = int(year) + (0 if len(year) == 4 else 2000 if int(year) < 70 else 1900)
    weekday = WEEKDAY_INDEX[named.group(1).lower()]
    try:
        day_first = datetime.date(full, second, first).weekday() == weekday
        month_first = datetime.date(full, first, second).weekday() == weekday
    except ValueError:  # "29/2" of a year with no leap day
        return None
    return day_first if day_first != month_first else None


def _numeric(day_first: bool) -> Callable[[re.Match[str]], str]:
    """A replacement for numeric dates given the preferred order."""

    def replace(match: re.Match[str]) -> str:
        """Read one numeric date; a day above 12 settles the order, otherwise the setting does."""
        first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
        if match.group(2) == "." and len(year) == 2 and not _dotted_short_date(match, first, second):
            return match.group(0)  # 1.2.34 is more likely a version number than a date
        if first > 12 and 1 <= second <= 12:
            if not is_day_of(second, first):
                return match.group(0)  # "sort code 40-11-62": no November has forty days
            return padded(match, dmy(second - 1, first, year))
        if second > 12 and 1 <= first <= 12:
            if not is_day_of(first, second):
                return match.group(0)  # "12-34-56"
            return padded(match, mdy(first - 1, second, year))
        if not (1 <= first <= 12 and 1 <= second <= 12):
            return match.group(0)
        by_weekday = _weekday_order(match, first, second, year) if match.group(2) != "." else None
        if by_weekday if by_weekday is not None else (day_first or match.group(2) == "."):
            return padded(match, dmy(second - 1, first, year))
        return padded(match, mdy(first - 1, second, year))

    return replace


def _numeric_day(match: re.Match[str], day_first: bool) -> str:
    """"on 6/6" -> "on June sixth"; a number above 12 settles the order, otherwise the setting does."""
    first, second = int(match.group(2)), int(match.group(3))
    if day_first and first <= 12 < second:
        day_first = False
    elif not day_first and second <= 12 < first:
        day_first = True
    month, day = (second, first) if day_first else (first, second)
    if not is_day_of(month, day):  # "figures of 2/31": no February has 31 days
        return match.group(0)
    before = match.group(1)
    if match.string[max(0, match.start() - 4):match.start()].lower() != "the ":  # "The Sun 5/4" is a newspaper
        before = _ABBREVIATED_WEEKDAY.sub(full_weekday, before)
    return before + (dmy if day_first else mdy)(month - 1, day, None)  # "Fri 10/4": Friday October fourth


def _numeric_day_span(match: re.Match[str], days_first: bool = False) -> str:
    """"from 6/1 to 6/30" -> "from June first to June thirtieth": a number above twelve, in the end or else in the
    start, settles which is the day (so the order set is not asked); a span none settles is read in the order set
    only where days come first and its end follows its start ("from 1/6 to 7/6"); a side that is no date, or a span
    that runs backwards, is left as written."""
    lead, first, second, joined, third, fourth = _span_groups(match)
    if (third > 12) != (fourth > 12):
        day_first = third > 12
    elif (first > 12) != (second > 12) and max(third, fourth) <= 12:
        day_first = first > 12
    elif days_first and max(first, second, third, fourth) <= 12 and (second, first) < (fourth, third):
        day_first = True
    else:
        return match.group(0)
    start, end = ((second, first), (fourth, third)) if day_first else ((first, second), (third, fourth))
    if not (is_day_of(*start) and is_day_of(*end)):
        return match.group(0)
    if day_first and near(_BETTING, match, 80):
        return match.group(0)  # "backed from 16/1 to 25/1": prices
    say = dmy if day_first else mdy
    joiner = " to " if joined.strip() in ("-", "–") else joined
    return f"{lead}{say(start[0] - 1, start[1], None)}{joiner}{say(end[0] - 1, end[1], None)}"


def _span_groups(match: re.Match[str]) -> tuple[str, int, int, str, int, int]:
    """A span's lead, first date's two numbers, joiner and second date's two, from either of its forms."""
    at = 1 if match.group(1) is not None else 7  # "from ..." first, "between ... and ..." after it
    return (match.group(at), int(match.group(at + 1)), int(match.group(at + 2)), match.group(at + 3),
            int(match.group(at + 4)), int(match.group(at + 5)))


def _from_day(match: re.Match[str]) -> str:
    """"from 1/7" -> "from the first of July" where days come first; near a price's words it stays a price."""
    return match.group(0) if near(_BETTING, match, 80) else _numeric_day(match, True)


def _numeric_date_range(match: re.Match[str], day_first: bool) -> str:
    """"01/04/2026 - 31/03/2027" -> "the first of April twenty twenty six to the thirty first of March ...": the dash is
    "to", and an end whose day is over twelve settles the order of both ends (where the two ends agree)."""
    start, joiner, end = match.group(1), match.group(2), match.group(3)
    joiner = " to " if joiner.strip() in ("-", "–", "—") else joiner
    orders = {order for order in (_settled_order(start), _settled_order(end)) if order is not None}
    if len(orders) != 1:
        return start + joiner + end
    read = _numeric(orders.pop())
    return _NUMERIC.sub(read, start) + joiner + _NUMERIC.sub(read, end)


def _settled_order(date: str) -> bool | None:
    """True where a slashed date's first number can only be its day ("31/03/2027"), False where its second can only
    be ("01/15/2024"), None where either could be or it is no such date."""
    numbers_of = _NUMERIC.fullmatch(date)
    if numbers_of is None or numbers_of.group(2) != "/":
        return None
    first, second = int(numbers_of.group(1)), int(numbers_of.group(3))
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


def _iso(day_first: bool, match: re.Match[str]) -> str:
    year, month, day = match.group(1), int(match.group(3)), int(match.group(4))
    if not is_day_of(month, day):
        return match.group(0)
    # a calendar version after a version's word, "build 2026.03.1", "firmware 2024.12.2": no date ("build March
    # first twenty twenty six" it was); with hyphens ("release 2026-03-01") it is the day of the release
    if match.group(2) == "." and _VERSION_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return match.group(0)
    return padded(match, (dmy if day_first else mdy)(month - 1, day, year))


def compact_dates(text: str) -> str:
    """"20250911" -> "2025-09-11": eight digits that make a date, for the ISO date rule (text holds eight digits)."""
    return _COMPACT_DATE.sub(_compact_date, text)


def _compact_date(match: re.Match[str]) -> str:
    if _CODE_LABEL_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        return match.group(0)
    return "-".join(match.groups())


def timestamps(text: str) -> str:
    """"2024-12-31T23:59:00Z" -> "2024-12-31 at 23:59 UTC"; "...T10:22:00+01:00" -> "... at 10:22 UTC+01:00"; a
    clock time glued to its Zulu "Z", "10:22Z" -> "10:22 Zulu"."""
    if "Z" in text and ("00:00A" in char_classes(text)):
        text = _ZULU_CLOCK.sub(lambda m: m.group(1) + (f":{m.group(2)}" if m.group(2) and m.group(2) != "00" else "")
                               + " Zulu", text)
    # a colon, then a sign between digits in the classes ("?": a minus sign), then the pattern
    if ":" in text and ("+" in text or "-" in text or "\u2212" in text) and (
            "00+00" in (classes := char_classes(text)) or "00-00" in classes or "00?00" in classes):
        text = _OFFSET_CLOCK.sub(_offset_clock, text)
    if "T" not in text:
        return text
    if "00-00A00:" not in char_classes(text):  # the date's end, the "T" and the hour: a first look
        return text
    return _TIMESTAMP.sub(lambda m: f"{m.group(1)} at {m.group(2)}" + (f":{m.group(3)}" if m.group(3) and m.group(3)
                                                                        != "00" else "") + _zone(m.group(4)), text)


def _offset_clock(match: re.Match[str]) -> str:
    """"09:30:00+05:30" -> "09:30 UTC+05:30"; "09:30-10:30" (no seconds before a hyphen) is a span, as written."""
    clock, seconds, sign, hours, minutes = match.groups()
    if sign == "-" and not seconds:
        return match.group(0)
    return clock + (f":{seconds}" if seconds and seconds != "00" else "") + _zone(f"{sign}{hours}:{minutes}")


def _zone(offset: str | None) -> str:
    """"Z" and "+00:00" -> " UTC"; "+01:00" -> " UTC+01:00", which the clock's rules say "UTC plus one". an
    offset other than zero was left unsaid, the hour it gave lost to the listener."""
    if not offset:
        return ""
    if offset == "Z" or not offset.strip("+-:0"):
        return " UTC"
    return f" UTC{offset[0]}{offset[1:3]}:{offset[-2:]}"


def _ordinal_date(match: re.Match[str]) -> str:
    """"2026-340" -> "day three hundred forty of twenty twenty six"; a day past the year's last as written."""
    year, day = int(match.group(1)), int(match.group(2))
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if (not 1 <= day <= 365 + leap or _PRODUCT_AFTER.match(match.string, match.end())
            or _CODE_LABEL_BEFORE.search(match.string, max(0, match.start() - 8), match.start())):
        return match.group(0)
    return padded(match, f"day {numbers.cardinal(day)} of {numbers.year(year)}")


def _week_beginning(match: re.Match[str]) -> str:
    """"wk beg 7/12" -> "week beginning the seventh of December": a real day of a real month only."""
    label = "commencing" if (match.group(1) or match.group(2)).lower() in ("c", "comm") else "beginning"
    day, month = int(match.group(3)), int(match.group(4))
    if not is_day_of(month, day):
        return match.group(0)
    return f"week {label} " + dmy(month - 1, day, match.group(5))


def numeric_dates(text: str, options: ReadingOptions) -> str:
    """Dates all in numbers: "12/09/2024", "2024-01-15", "01.02.2025" and their spans, with a weekday before them;
    first a week's end ("w/e 5/12"), a card's expiry ("Exp 04/29") and two slashed days before a month."""
    classes = char_classes(text)
    if "-" in text and ("0000-000" in classes or "0/0000-" in classes):  # a year's day, an interval's stroke
        text = _ORDINAL_DATE.sub(_ordinal_date, _ISO_INTERVAL.sub(r"\1 to ", text))
        classes = char_classes(text)
    if "/" in text and "0/0" in classes:
        if "/e" in text or "/E" in text:
            text = _WEEK_ENDING.sub("week ending", text)
        if ("/" in text and ("w/" in text or "W/" in text or "k/c" in text)) or "k beg" in text or "k comm" in text:
            text = _WEEK_BEGINNING.sub(_week_beginning, text)
        if _MAY_BE_CARD_EXPIRY.search(text):
            text = _CARD_EXPIRY.sub(
                lambda m: f"{m.group(1)}{MONTHS[int(m.group(2)) - 1]} {numbers.year(2000 + int(m.group(3)))}", text)
        if _MAY_BE_DAY_PAIR.search(text):
            text = _DAY_PAIR.sub(_day_pair, text)
            classes = char_classes(text)
    if "0.0000" in classes:  # a month's two digits, the stop and the year's four: a first look
        text = _DOTTED_MONTH_YEAR.sub(_dotted_month_year, text)
        classes = char_classes(text)
    if (".00." in classes or ".0." in classes) and among_words(_WEEKDAY_WORDS, text):  # a month's digits, its stop
        text = _WEEKDAY_DOTTED_DAY.sub(_weekday_dotted_day, text)
    # a mark in the classes is the mark in the text: the rare ones looked for in the text first (a memchr each)
    if ((("-" in text and "0-0" in classes) or ("/" in text and "0/0" in classes) or "0.0" in classes)
            and _MAY_BE_NUMERIC_DATE.search(text)):
        day_first = options.date_order == "dmy"
        if among_words(SHORT_WEEKDAYS, text):
            text = _WEEKDAY_BEFORE_NUMERIC.sub(
                lambda m: WEEKDAYS[WEEKDAY_INDEX[m.group(1).lower()]] + m.group(2), text)
        text = _NUMERIC_DATE_RANGE.sub(lambda m: _numeric_date_range(m, day_first), text)
        text = _ISO.sub(lambda m: _iso(day_first, m), text)
        text = _NUMERIC.sub(_numeric(day_first), text)
    return text


def slashed_dates(text: str, options: ReadingOptions) -> str:
    """A day and a month slashed, "on 6/6", "from 6/1 to 6/30", "premieres 12/15", and a month and its year,
    "expires 12/2025" (text holds a slash)."""
    if "rom" in text or "etween" in text:
        text = _NUMERIC_DAY_SPAN.sub(lambda m: _numeric_day_span(m, options.date_order == "dmy"), text)
        if "rom" in text and options.date_order == "dmy":
            text = _FROM_DAY.sub(_from_day, text)
    text = _NUMERIC_DAY.sub(lambda m: _numeric_day(m, options.date_order == "dmy"), text)
    if " by " in text:
        text = _DEADLINE_BY.sub(lambda m: _numeric_day(m, options.date_order == "dmy") if _DEADLINE_BEFORE.search(
            m.string, max(0, m.start() - 40), m.start()) else m.group(0), text)
    if ("ate" in text or "ay" in text or "ead" in text) and (" is " in text or " was " in text or " be " in text
                                                             or "falls" in text):
        text = _NAMED_DAY_IS.sub(lambda m: _numeric_day(m, options.date_order == "dmy"), text)
    if _MAY_BE_DAY_SPAN.search(text):
        text = _DAY_FIRST_SPAN.sub(_day_first_span, text)
    text = _BARE_MONTH_DAY.sub(lambda m: _bare_month_day(m, options.date_order == "dmy"), text)
    return _NUMERIC_MONTH_YEAR.sub(
        lambda m: padded(m, f"{MONTHS[int(m.group(1)) - 1]}{spoken_year(m.group(2))}"), text)


def iso_months(text: str) -> str:
    """"2021-03" -> "March twenty twenty one": a year and its month, as ISO 8601 writes them (text holds a hyphen)."""
    return _ISO_MONTH.sub(lambda m: padded(m, f"{MONTHS[int(m.group(2)) - 1]}{spoken_year('20' + m.group(1))}")
                          if int(m.group(2)) <= int(m.group(1)) else m.group(0), text)

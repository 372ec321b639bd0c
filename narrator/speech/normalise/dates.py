"""English dates: the dispatcher, in the order the rules run, and dates with a month's name ("June 3, 2024",
"3-5 June", "Fri 12-Sun 14 July", "June 2024")."""

from __future__ import annotations

import itertools
import re

from narrator.speech.normalise import eras, numbers, numericdates, plurals, weekdays
from narrator.speech.normalise.calendar import (
    DAY,
    MONTH,
    MONTH_FIRST_LETTER,
    MONTH_NEAR_NUMBER,
    MONTH_NEAR_NUMBER_AFTER_FIRST,
    MONTHS,
    SHORT_WEEKDAY,
    SUFFIX,
    THE_BEFORE,
    WEEKDAY,
    WEEKDAY_INDEX,
    WEEKDAYS,
    dmy,
    full_weekday,
    mdy,
    month_name,
    names_a_month,
    spoken_year,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import OTHER_CALENDAR_MONTHS
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import among_known_words, char_classes, padded, sentence_stop

# "12-Oct-2024", "05-JAN-2023": a day, a month's name and a year joined by hyphens, as forms, logs and Indian and
# British records write them: parted by spaces, for the day-month rule ("twelve October" before). A two-digit year
# too, as spreadsheets show "dd-mmm-yy" ("5-Mar-24": "the fifth of March twenty four"; was "five March").
_HYPHENED_DATE = compiled(rf"(?<![\w-])({DAY})-({MONTH_NEAR_NUMBER})-((?:1[6-9]|20)\d\d|\d\d)(?![\w-])")
# and a day and a month's short name joined by a hyphen with no year, as a ship's or a flight's schedule writes it
# ("ETD 05-APR", "sailing 12-Jan": "zero five A.P.R" and "twelve Jan" they were), parted as "05 APR" is read.
_HYPHENED_DAY_MONTH = compiled(r"(?<![\w-])(0[1-9]|[12]\d|3[01]|[1-9])-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
                               r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![\w-]|\.\w)")
# a day, a month's three capitals and a year run together, as the forces and a log write a date ("06JUN44",
# "25DEC2026": "zero six J.U.N forty four" it was): parted for the rules after, as "06 JUN 44" is read. Or
# without its year, as an airline's ticket and a ship's sailing list write it ("07JAN", "sailing 19DEC": "zero seven
# J.A.N" it was); the day's two digits and the month's three capitals alone, a word's letters never.
_GLUED_DATE = compiled(r"(?<![\w-])(0[1-9]|[12]\d|3[01])(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                       r"((?:1[6-9]|20)\d\d|\d\d)?(?![\w-])")
# Not after a day ("12 Oct 24": a day, a month and a short year; "$1.01 January 1" is cents), nor inside a word: asked
# after the month's first letter (calendar.MONTH_FIRST_LETTER), each look behind a character wider (led by
# "\b", the pattern was entered at every position)
_NOT_AFTER_A_DAY = r"(?<!\w.)(?<!(?<![\d.,])\d\s.)(?<!(?<![\d.,])\d\d\s.)(?<!\d(?:st|nd|rd|th)\s.)"
_MONTH_DAY = compiled(
    rf"({MONTH_FIRST_LETTER}{_NOT_AFTER_A_DAY}{MONTH_NEAR_NUMBER_AFTER_FIRST})\s+({DAY}){SUFFIX}?(?![\d:.]\d|\w)"
    # a year of three digits only after a comma and before the sentence's end: "May 2, 711."
    rf"(?:(\s*,\s*|\s+)(\d{{4}})(?![\d-])|(\s*,\s*)(\d{{3}})(?=\s*(?:[.;)]|$)))?"
)
# The day led by its first digit, the look behind and DAY's alternatives after it ("[12]\d|3[01]|0?[1-9]", in their
# order), so that the engine scans for a digit in C: led by the look behind, it was entered at every position.
_DIGIT_LED_DAY = r"(\d(?<![\w.,]\d)(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]|(?<=[1-9])))"
_DAY_MONTH = compiled(  # not the decimals of an amount: "$1.01 January 1"
    rf"{_DIGIT_LED_DAY}{SUFFIX}?\s+(?:of\s+)?({MONTH_NEAR_NUMBER})(?!\w)(?:(,?)\s+(\d{{4}})(?![\d-]))?"
)


def _may_be_day_month(classes: str) -> bool:
    """A first look in a text's util.char_classes for _DAY_MONTH, led by a digit, which the engine scans for at
    ~55 instructions a character: the day's digit (or its suffix's two letters) before a space, then the month's
    first letter ("?" for a long s, "ſept") or "of" ("3 May", "3rd of May", "12TH JUNE"); no in half the sentences
    with a month."""
    return ("0 A" in classes or "0 ?" in classes or "0AA " in classes or "0  " in classes or "0 a" in classes
            or "0aa " in classes)


# Spans: "June 3-5", "3-5 June 2024", "Jan-Mar 2020", "Dec 2019-Jan 2020", "June 3 - July 4".
# "the twelfth of October 05": a short year with its zero, after the month the day-month rule has said in full.
_SHORT_YEAR_AFTER_MONTH = compiled(  # led by the months' first letters, as the engine scans for them in C
    r"(?=[ADFJMNOS])\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" 0(\d)(?![\d,:/-]|\.\d)")
_MONTH_DAYS = compiled(
    rf"\b({MONTH_NEAR_NUMBER})\s+({DAY}){SUFFIX}?\s?-\s?({DAY}){SUFFIX}?(?![\d:.]\d|[\w-])"
    rf"(?:(\s*,\s*|\s+)(\d{{4}})(?![\d-]))?"
)
# "March 3 to 5, 2026", "October 1 through 3": a month's day joined by a word to a later day, both ordinals as
# the dashed span's are (the second was read a count, "March third to five"); so are two days joined by "and" or
# "or" ("Oct. 16 and 17": "October sixteenth and seventeen" it was); not before what the number counts ("June 1 to 5
# people", "May 3 and 4 others").
_MONTH_DAYS_WORDED = compiled(
    rf"\b({MONTH_NEAR_NUMBER})\s+({DAY}){SUFFIX}?\s(to|through|thru|until|till|and|or)\s({DAY}){SUFFIX}?"
    rf"(?![\d:.]\d|[\w-]|\s?%|\s+(?!(?:this|next|last|in|at|and|or|from|for|on|the|with|to|of|inclusive)\b)[a-z])"
    rf"(?:(\s*,\s*|\s+)(\d{{4}})(?![\d-]))?"
)
_MAY_BE_WORDED_DAYS = compiled(r"\d (?:to|through|thru|until|till|and|or) \d")
# a month's two days in a row, slashed, as a night's or a weekend's event is dated ("Dec 19/20", "the night of
# June 5/6"): both days, joined as the slashed pair before a month is ("December nineteenth or twenty" it was); other
# pairs, and the fractions' "1/2", "2/3" and "3/4", are left to the slashes' rule.
_MONTH_DAY_PAIR = compiled(rf"\b({MONTH_NEAR_NUMBER})\s+({DAY})/({DAY})(?![\d/]|[.,]\d)")
# a first look in char_classes (util) for the three rules of days joined by a word before or after their month
# ("June 3 to 5", "3 and 4 June", "1st, 8th and 15th of May"): a day's digit, its ending maybe, a comma maybe, a space,
# a joining word (to, or, and, till, until, through, "&") and the next day's digit. Led by the literal digit, which the
# engine skips to; most texts that name a month join no days.
_JOINED_DAYS = compiled(r"0(?:aa|AA)?,? (?:a{2,5}|a{7}|&) 0")
_DAYS_MONTH = compiled(
    rf"(?<![\w.,-])({DAY}){SUFFIX}?\s?-\s?({DAY}){SUFFIX}?\s+(?:of\s+)?({MONTH_NEAR_NUMBER})(?!\w)"
    rf"(?:,?\s+(\d{{4}})(?![\d-]))?"
)
# "from 5 to 7 May", "on 5 and 6 May", "between 1 and 3 June": days joined by a word before their month (written
# with its capital: "5 to 6 march" may be a verb).
_DAYS_AND_MONTH = compiled(
    # led by the digit, so that the scan for one runs in C
    rf"(\d(?<![\w.,-]\d)\d?){SUFFIX}?\s(to|and|or|until|till|through|&)\s({DAY}){SUFFIX}?\s+(?:of\s+)?"
    rf"(?=[A-Z])({MONTH_NEAR_NUMBER})(?!\w)(?:,?\s+(\d{{4}})(?![\d-]))?"
)
# a list of three days or more before their month ("strike on 3, 5 and 7 June", "the 1st, 8th and 15th of
# May"): each an ordinal, one "the" and one "of" ("three, the fifth and the seventh of June" it was). Only a list
# that runs forward: "scored 7, 3 and 5 June" is no list of days. Begun at the list's first day only (not after ", "),
# so that a long list with no month after it is scanned once, not once from each of its days.
_DAY_LIST_MONTH = compiled(
    rf"(\d(?<![\w.,-]\d)(?<!,\s\d)\d?{SUFFIX}?(?:,\s{DAY}{SUFFIX}?)+),?\s(and|or|&)\s({DAY}){SUFFIX}?\s+(?:of\s+)?"
    rf"(?=[A-Z])({MONTH_NEAR_NUMBER})(?!\w)(?:,?\s+(\d{{4}})(?![\d-]))?"
)
_LISTED_DAY = compiled(r"\d+")
# "(10 December 1815 - 27 November 1852)", "March 3, 2020 - May 1, 2021", "runs 12 Oct - 3 Feb", "10 Jan-15 Mar": from
# one date with its month to another, the second led by its weekday maybe, as an exam board's or a term's dates are
# written ("Mon 18 May - Fri 26 June": the dash was left between the two dates, unsaid).
_FULL_DATE = rf"(?:{DAY}{SUFFIX}?\s+(?:of\s+)?{MONTH_NEAR_NUMBER}|{MONTH_NEAR_NUMBER}\s+{DAY}{SUFFIX}?,?)"
_DATE_DASH_DATE = compiled(
    rf"(?<![\w.])({_FULL_DATE}(?:\s+\d{{4}})?)\s*-\s*(?=(?:{WEEKDAY},?\s+)?{_FULL_DATE}(?:\s+\d{{4}})?(?!\s?\d|\w))")
# "Fri 12-Sun 14 July", "Mon 3 to Fri 7 June", "Sat 14 and Sun 15 Dec": two days, each with its weekday, and the
# month once, after the second.
_WEEKDAYS_DAYS_MONTH = compiled(
    rf"\b({WEEKDAY})\.?,?\s+({DAY}){SUFFIX}?(?:\s?[-–]\s?|\s(to|and|until|till|through|&)\s)"
    rf"({WEEKDAY})\.?,?\s+({DAY}){SUFFIX}?\s+(?:of\s+)?"
    rf"({MONTH_NEAR_NUMBER})(?!\w)(?:,?\s+(\d{{4}})(?![\d-]))?"
)
_MONTH_YEAR = compiled(rf"\b({MONTH})(\s*,?\s+)(?=\d{{4}}\b|'\d\d\b)")  # "June 2024", "Oct '22"
_MONTH_DASH = compiled(rf"\b({MONTH})-({DAY})-(\d{{4}})\b")
# "Jun-2019", "Mar-21": a month and its year joined by a hyphen, as a spreadsheet's dates are written.
_MONTH_HYPHEN_YEAR = compiled(rf"\b({MONTH})-(\d{{4}}|\d\d)\b(?![-/.,]\d)")
# "Fri, Jan 5", "Sat 14 September": a weekday's abbreviation is a weekday before a date ("Sun" alone is a word,
# and "The Sun, 5 May" a newspaper).
_WEEKDAY_BEFORE_DATE = compiled(
    rf"(?<!\b[Tt]he )\b({SHORT_WEEKDAY})\.?(?=,?\s+(?:{MONTH_NEAR_NUMBER}\s+{DAY}"
    rf"|{DAY}{SUFFIX}?\s+(?:of\s+)?{MONTH_NEAR_NUMBER})\b)"
)


def _month_day(match: re.Match[str]) -> str:
    month, day, year = MONTHS.index(month_name(match.group(1))), int(match.group(2)), match.group(4) or match.group(6)
    gap = match.group(3) or match.group(5)
    comma = "," if gap and "," in gap else ""  # keep the pause: "April eleventh, 2024"
    return padded(match, f"{mdy(month, day, None)}{comma}{spoken_year(year)}")


def _day_month(match: re.Match[str]) -> str:
    """"24 December 2024" -> "the twenty fourth of December twenty twenty four" (a comma before the year is kept,
    as "December 24, 2024" keeps it: a pause)."""
    if match.group(2) == "march" and match.string[max(0, match.start() - 2):match.start()][-1:] == "/":
        return match.group(0)  # "a 2/4 march", "3/4 march on": a metre's or a share's, no day (fractions.py)
    spoken = dmy(MONTHS.index(month_name(match.group(2))), int(match.group(1)), None)
    spoken += (match.group(3) or "") + spoken_year(match.group(4))
    if THE_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
        spoken = spoken[len("the "):]  # "on the 24th of December"
    return padded(match, spoken + sentence_stop(match))


def _ordinal_days(first: str, last: str) -> tuple[str, str] | None:
    """The two days of a span as ordinals, or None when the first is not before the last (not a span)."""
    if int(first) >= int(last):
        return None
    return numbers.ordinal(int(first)), numbers.ordinal(int(last))


def _month_days(match: re.Match[str]) -> str:
    """"June 3-5, 2024" -> "June third to fifth, twenty twenty four"."""
    days = _ordinal_days(match.group(2), match.group(3))
    if days is None:
        return match.group(0)
    comma = "," if match.group(4) and "," in match.group(4) else ""
    return padded(match, f"{month_name(match.group(1))} {days[0]} to {days[1]}{comma}{spoken_year(match.group(5))}")


def _month_day_pair(match: re.Match[str]) -> str:
    """"Dec 19/20" -> "December nineteenth and twentieth"; days not in a row, as written."""
    first, last = int(match.group(2)), int(match.group(3))
    if last != first + 1 or last <= 4:  # "Jan 1/2 of it", "March 3/4 cup": a fraction as often
        return match.group(0)
    return f"{month_name(match.group(1))} {numbers.ordinal(first)} and {numbers.ordinal(last)}"


def _month_days_worded(match: re.Match[str]) -> str:
    """"March 3 to 5, 2026" -> "March third to fifth, twenty twenty six"; the joining word as written."""
    days = _ordinal_days(match.group(2), match.group(4))
    if days is None:
        return match.group(0)
    comma = "," if match.group(5) and "," in match.group(5) else ""
    return padded(match, f"{month_name(match.group(1))} {days[0]} {match.group(3)} {days[1]}{comma}"
                         f"{spoken_year(match.group(6))}")


def _days_month(match: re.Match[str]) -> str:
    """"3-5 June" -> "the third to the fifth of June"."""
    days = _ordinal_days(match.group(1), match.group(2))
    if days is None:
        return match.group(0)
    the = "" if THE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()) else "the "
    spoken = f"{the}{days[0]} to the {days[1]} of {month_name(match.group(3))}{spoken_year(match.group(4))}"
    return padded(match, spoken + sentence_stop(match))


def _weekdays_days_month(match: re.Match[str]) -> str:
    """"Fri 12-Sun 14 July" -> "Friday the twelfth to Sunday the fourteenth of July"."""
    days = _ordinal_days(match.group(2), match.group(5))
    if days is None:
        return match.group(0)
    first, last = (WEEKDAYS[WEEKDAY_INDEX[match.group(i).lower()]] for i in (1, 4))
    joined = "and" if match.group(3) in ("and", "&") else "to"
    spoken = (f"{first} the {days[0]} {joined} {last} the {days[1]} of {month_name(match.group(6))}"
              f"{spoken_year(match.group(7))}")
    return padded(match, spoken + sentence_stop(match))


def _days_and_month(match: re.Match[str]) -> str:
    """"5 and 6 May", "2nd and 5th May" -> "the fifth and the sixth of May"."""
    if not 1 <= int(match.group(1)) <= 31:
        return match.group(0)
    days = _ordinal_days(match.group(1), match.group(3))
    if days is None:
        return match.group(0)
    the = "" if THE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()) else "the "
    if not the and match.group(0)[len(match.group(1))].isalpha():
        return match.group(0)  # "the 16th and 17th of July": said as written, one "the" for both
    joiner = "and" if match.group(2) == "&" else match.group(2)
    spoken = f"{the}{days[0]} {joiner} the {days[1]} of {month_name(match.group(4))}{spoken_year(match.group(5))}"
    return padded(match, spoken + sentence_stop(match))


def _day_list_month(match: re.Match[str]) -> str:
    """"3, 5 and 7 June" -> "the third, fifth and seventh of June"; a list that does not run forward as written."""
    days = [int(day) for day in _LISTED_DAY.findall(match.group(1))] + [int(match.group(3))]
    if any(later <= earlier for earlier, later in itertools.pairwise(days)) or days[-1] > 31:
        return match.group(0)
    the = "" if THE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()) else "the "
    joiner = "and" if match.group(2) == "&" else match.group(2)
    said = ", ".join(numbers.ordinal(day) for day in days[:-1])
    spoken = f"{the}{said} {joiner} {numbers.ordinal(days[-1])} of {month_name(match.group(4))}"
    return padded(match, spoken + spoken_year(match.group(5)) + sentence_stop(match))


# a day of a month of the Islamic or Hebrew calendar, its year after it or not ("3 Ramadan 1447", "15 Nisan"):
# "the third of Ramadan fourteen forty seven", as an English month's day is said. Its year of four digits only, read
# as a year.
# A count before the month's name as a noun's word is left ("30 Ramadan days", "the 3 Ramadan nights").
_OTHER_CALENDAR_DAY = compiled(rf"(?<![\w.,/-])(?<!the )(?<!The )([1-9]|[12]\d|30) "
                               rf"({'|'.join(sorted(OTHER_CALENDAR_MONTHS))})\b"
                               r"(?: (\d{4})\b(?![.,]\d)|(?!\s(?!(?:and|or|to|in|at|on|of|when|the|was|is|will|this"
                               r"|that|until|till|last|next|each|every)\b)[a-z]))")


def _other_calendar_day(match: re.Match[str]) -> str:
    """"3 Ramadan 1447" -> "the third of Ramadan fourteen forty seven"."""
    day, month, year = match.groups()
    return f"the {numbers.ordinal(int(day))} of {month}" + (f" {numbers.year(int(year))}" if year else "")


# a date's weekday in brackets after it, as a listing or a log prints it ("2026-12-06 (Sun)", "6 Dec 2026
# (Sun)"): said in full, as a weekday before a date is ("(Sun)" was left to the voice). After a date's digit only:
# "The Sun", "(Sun)" after a word, is the star or the paper.
# Led by its bracket, which the engine skips to.
_BRACKETED_WEEKDAY = compiled(rf"\((?:(?<=\d \()|(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \())"
                              rf"({SHORT_WEEKDAY})\.?(?=\))")


def dates(text: str, options: ReadingOptions) -> str:
    """Read dates in their common written forms (text must contain a digit)."""
    # Cheap searches first: most sentences hold no date, and each full rule is a scan of the text.
    # First looks in char_classes before the patterns that lead with a class: a digit, a mark and a digit; a digit
    # before a letter; a capital before a capital.
    classes = char_classes(text)
    # the bracket, then a space, the bracket and a capital in the classes (a needle ending in a capital: a jump)
    if "(" in text and " (A" in classes:
        text = _BRACKETED_WEEKDAY.sub(lambda m: "(" + full_weekday(m), text)
        classes = char_classes(text)
    # each numeric date's rule asks for one of these
    if "/" in text or ("-" in text and "0-0" in classes) or "0.0" in classes:
        text = numericdates.numeric_dates(text, options)
    if "/" in text:
        text = numericdates.slashed_dates(eras.seasons(text), options)
    # every written century holds an ordinal ("5th c.", "21st C", "C19th")
    if "0aa" in char_classes(text):
        text = eras.centuries(text)
    if "c." in text or "ca " in text:
        text = eras.circa(text)
    if "0 A" in char_classes(text) and among_known_words(OTHER_CALENDAR_MONTHS, text):
        text = _OTHER_CALENDAR_DAY.sub(_other_calendar_day, text)
    if names_a_month(text):
        # the day's digit, its hyphen, a letter
        if "-" in text and ("0-A" in char_classes(text) or "0-a" in char_classes(text)):
            text = _HYPHENED_DAY_MONTH.sub(r"\1 \2", _HYPHENED_DATE.sub(r"\1 \2 \3", text))
        if "0AAA" in char_classes(text):  # "06JUN44", a day's digit, the month's capitals (a year maybe)
            text = _GLUED_DATE.sub(lambda m: f"{m.group(1)} {m.group(2)}" + (f" {m.group(3)}" if m.group(3) else ""),
                                   text)
        text = _month_dates(text)
    # after the dates with a month, which read their weekdays; an ordinal's digit before its letters first. Three rules
    # ask for a digit before a small letter, a look that steps a character at a time (the needle ends in the classes'
    # commonest): asked again only where a rule between made a new string (a pattern that changes nothing returns
    # its text)
    asked = text
    digit_letter = "0a" in char_classes(text)
    if digit_letter:
        if "0aa A" in char_classes(text):  # "1st & 3rd Sat": an ordinal before a capital, in the classes asked above
            text = weekdays.after_ordinals(text)
        text = weekdays.before_a_day(text)
    if "AA" in char_classes(text) or "A.A" in char_classes(text):
        text = eras.era_years(text)
    if "'" in text and "'00" in char_classes(text):  # the apostrophe before two digits: a first look
        text = eras.short_years(text)
    if "'" in text and "0'a" in char_classes(text):  # a digit's apostrophe plural ("6's", tidied): a first look
        text = plurals.apostrophe_plurals(text)
    if "er" in text or "-" in text:
        text = plurals.age_groups(text)
    if text is not asked:
        asked = text
        digit_letter = "0a" in char_classes(text)
    if digit_letter:
        text = plurals.round_plurals(text)
    if text is not asked:
        digit_letter = "0a" in char_classes(text)
    if digit_letter:
        text = plurals.three_digit_plurals(text)
        # an ordinal's plural, "2nds", "100ths": a digit before three small letters, then the endings
        if "0aaa" in char_classes(text) and ("ths" in text or "nds" in text or "rds" in text or "sts" in text):
            text = plurals.ordinal_plurals(text)
    if "-" in text:
        text = numericdates.iso_months(text)
    if ("-" in text or "–" in text or "—" in text) and ("resent" in text or "now" in text or "today" in text):
        text = eras.years_to_now(text)
    return eras.decades(text)


def _month_dates(text: str) -> str:
    """Dates with a month's name: spans first ("June 3-5", "3-5 June"), then "June 3, 2024", "3 June", "June 2024"."""
    # a weekday's short form: each capital by memchr, then its needles (a pattern of the seven was led by the class of
    # their capitals, which the engine scans at ~55 instructions a character)
    if (("M" in text and "Mon" in text) or ("T" in text and ("Tue" in text or "Thu" in text))
            or ("W" in text and "Wed" in text) or ("F" in text and "Fri" in text)
            or ("S" in text and ("Sat" in text or "Sun" in text))):
        text = _WEEKDAYS_DAYS_MONTH.sub(_weekdays_days_month, _WEEKDAY_BEFORE_DATE.sub(full_weekday, text))
    if "-" in text:
        text = _DATE_DASH_DATE.sub(r"\1 to ", text)
        if "-0" in char_classes(text) or "- 0" in char_classes(text):  # a digit after the hyphen, in each rule below
            text = _MONTH_DAYS.sub(_month_days, text)
            text = _DAYS_MONTH.sub(_days_month, text)
            text = _MONTH_DASH.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}", text)
            text = _MONTH_HYPHEN_YEAR.sub(lambda m: month_name(m.group(1)) + spoken_year(m.group(2)), text)
    if "/" in text and "0/0" in char_classes(text):
        text = _MONTH_DAY_PAIR.sub(_month_day_pair, text)
    if _JOINED_DAYS.search(char_classes(text)):  # each of the three rules' shape holds it
        if _MAY_BE_WORDED_DAYS.search(text):
            text = _MONTH_DAYS_WORDED.sub(_month_days_worded, text)
        if ", " in text:
            text = _DAY_LIST_MONTH.sub(_day_list_month, text)
        text = _DAYS_AND_MONTH.sub(_days_and_month, text)
    text = _MONTH_DAY.sub(_month_day, text)
    if _may_be_day_month(char_classes(text)):
        text = _DAY_MONTH.sub(_day_month, text)
    if " 00" in char_classes(text) and " 0" in text:
        text = _SHORT_YEAR_AFTER_MONTH.sub(r"\1 o \2", text)  # "12 Oct 05": the year "o five", as "'05" is said
    if " 0000" not in char_classes(text) and " '00" not in char_classes(text):  # the year after the month's space
        return text
    return _MONTH_YEAR.sub(lambda m: month_name(m.group(1)) + m.group(2), text)

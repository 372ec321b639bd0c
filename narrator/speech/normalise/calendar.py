"""The calendar's names that every date rule reads: months and weekdays, short and in full, the patterns of a
day and a month, and how a date is said in either order."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(WEEKDAYS)}
WEEKDAY_INDEX.update({name[:3].lower(): i for i, name in enumerate(WEEKDAYS)})
WEEKDAY_INDEX.update({"tues": 1, "thur": 3, "thurs": 3})
MONTH_INDEX = {name.lower(): i for i, name in enumerate(MONTHS)}
MONTH_INDEX.update({name[:3].lower(): i for i, name in enumerate(MONTHS)})
MONTH_INDEX["sept"] = 8
# Every month's first letter in any case ("\u017f", the long s, is an "s" to a case-blind match): a look ahead that
# lets most positions fail before the case-blind alternation, each of whose branches the engine tried at every
# position (_MONTH_DAY on a sentence with a month: 7.9 -> 3.2 us). And its second, which every form has among
# "a e o p u c" in either case (no other character is one of these to a case-blind match): "and", "of", "on", "from",
# "she" fail at the look, where the first letter alone let a third of a sentence's words into the alternation.
MONTH_LEAD = "(?=[JFMASONDjfmasond\u017f][AEOPUCaeopuc])"
# Full names in any case; abbreviations only capitalised (or upper case), so "mar" the verb is safe;
# "May" must be capitalised because "may" is a verb.
MONTH = (
    rf"(?:{MONTH_LEAD}(?:(?i:january|february|march|april|june|july|august|september|october|november|december)"
    r"|May|MAY|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?))"
)
# Next to a day number an abbreviation is a month in any case ("25 sept."), except "may".
MONTH_NEAR_NUMBER = (
    rf"(?:{MONTH_LEAD}(?:(?i:january|february|march|april|june|july|august|september|october|november|december)"
    r"|May|MAY|(?i:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?))"
)
# MONTH_NEAR_NUMBER led by its first letter, consumed, as a class the engine scans for in C (led by a look ahead
# or "\b", a pattern is entered at every position, and tries the case-blind alternation at each word with a month's
# first letter), then the rest of each form under its first letter, in the order MONTH_NEAR_NUMBER tries them (full
# names, "May", short forms). A pattern asks what stands before the month between the two (its look behinds one
# character wider, for the letter): see dates._MONTH_DAY.
MONTH_FIRST_LETTER = "[JFMASONDjfmasond\u017f](?=[AEOPUCaeopuc])"
_AFTER_FIRST_LETTER = (("Jj", "anuary|une|uly", "an|un|ul"), ("Ff", "ebruary", "eb"), ("Mm", "arch", "ar"),
                       ("Aa", "pril|ugust", "pr|ug"), ("Ss\u017f", "eptember", "ept|ep"), ("Oo", "ctober", "ct"),
                       ("Nn", "ovember", "ov"), ("Dd", "ecember", "ec"))
MONTH_NEAR_NUMBER_AFTER_FIRST = "(?:" + "|".join(
    rf"(?<=[{first}])(?:(?i:{full}){'|(?<=M)(?:ay|AY)' if first == 'Mm' else ''}|(?i:{short})\.?)"
    for first, full, short in _AFTER_FIRST_LETTER) + ")"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# An ordinal's suffix, in capitals too ("SEPT. 15TH" in a headline or a wire story's dateline).
SUFFIX = r"(?:st|nd|rd|th|ST|ND|RD|TH)"
# "Mon-Fri", "Monday-Saturday": the abbreviations only in a span, where they cannot be words ("Sun", "Wed").
SHORT_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
WEEKDAY = rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{SHORT_WEEKDAY})"
# SHORT_WEEKDAY's forms, each standing apart before its stop: a first look among util.letter_words
SHORT_WEEKDAYS = word_set("Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun")
# A month's name or abbreviation as a word of its own, in the text in small letters: every rule of _month_dates has
# one, and a stem alone is in "market", "doctor" and "separate" (four sentences in ten of article bodies). Led by a
# letter class, which the engine scans for in C (a pattern led by a look behind is tried at every position); it may
# take a few words for months ("jay"): it only decides whether the rules look.
_MONTH_WORD = compiled(
    r"[adfjmnos](?<![a-z][a-z])"
    r"(?:an(?:uary)?|eb(?:ruary)?|ar(?:ch)?|pr(?:il)?|ay|une?|uly?|ug(?:ust)?|ept?(?:ember)?|ct(?:ober)?"
    r"|ov(?:ember)?|ec(?:ember)?)(?![a-z])")


def month_name(text: str) -> str:
    """The full name of a written month ("Sept." -> "September")."""
    key = text.rstrip(".").lower()
    return MONTHS[MONTH_INDEX[key] if key in MONTH_INDEX else MONTH_INDEX[key[:3]]]


def spoken_year(text: str | None) -> str:
    """A year, or nothing."""
    if not text:
        return ""
    if len(text) == 3:
        return " " + numbers.short_year(int(text))
    if text == "00":
        return " two thousand"  # "10/10/00": the year 2000 (was "o o"); "'05" keeps its "o five"
    return " " + (numbers.year(int(text)) if len(text) == 4 else numbers.two_digit_year(text))


def mdy(month: int, day: int, year: str | None) -> str:
    """"April eleventh twenty twenty four"."""
    return f"{MONTHS[month]} {numbers.ordinal(day)}{spoken_year(year)}"


def dmy(month: int, day: int, year: str | None) -> str:
    """"the eleventh of April twenty twenty four"."""
    return f"the {numbers.ordinal(day)} of {MONTHS[month]}{spoken_year(year)}"


# "on the 24th of December", "between the 16th and 17th of July": no second "the"; but "prior to 3 March" needs one.
THE_BEFORE = compiled(rf"\b(?:the|The)\s+$|\bthe\s+\d{{1,2}}{SUFFIX}?\s+(?:and|or|to|through)\s+$")


def full_weekday(match: re.Match[str]) -> str:
    """"Fri" -> "Friday": the weekday a match's first group abbreviates."""
    return WEEKDAYS[WEEKDAY_INDEX[match.group(1).lower()]]


_LONGEST = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # the most days each month can have


def is_day_of(month: int, day: int) -> bool:
    """True for a day the month has (any year's: "2/29" is a date)."""
    return 1 <= month <= 12 and 1 <= day <= _LONGEST[month - 1]


def names_a_month(text: str) -> bool:
    """True when a month's name or abbreviation may stand in the text as a word (a first look for the month rules)."""
    lower = text.lower()
    # a dozen substring scans cost less than one regex scan, and unrolled half of what a generator over them costs;
    # a letter that several stems hold first ("j", "c", "p": a memchr each), where each stem costs a scan
    return (("j" in lower and ("jan" in lower or "jun" in lower or "jul" in lower))
            or ("c" in lower and ("oct" in lower or "dec" in lower))
            or ("p" in lower and ("apr" in lower or "sep" in lower))
            or "feb" in lower or "mar" in lower or "may" in lower or "aug" in lower or "nov" in lower
            ) and _MONTH_WORD.search(lower) is not None

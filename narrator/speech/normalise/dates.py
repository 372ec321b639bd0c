"""English dates, times, years and decades."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BETTING_WORDS,
    CRICKET_WORDS,
    DURATION_NOUNS,
    MONEY_SIGNS,
    MONTHLY_PAY,
    NUMBER_LABELS,
    OUT_OF_NOUNS,
    PRICE_VERBS,
    PROPORTION_NOUNS,
    UNITS,
    YEAR_KINDS,
)
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import (
    among_known_words,
    among_words,
    char_classes,
    near,
    padded,
    sentence_stop,
    word_set,
)
from narrator.speech.normalise.vocabulary import is_common_word

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(WEEKDAYS)}
_WEEKDAY_INDEX.update({name[:3].lower(): i for i, name in enumerate(WEEKDAYS)})
_WEEKDAY_INDEX.update({"tues": 1, "thur": 3, "thurs": 3})
_MONTH_INDEX = {name.lower(): i for i, name in enumerate(MONTHS)}
_MONTH_INDEX.update({name[:3].lower(): i for i, name in enumerate(MONTHS)})
_MONTH_INDEX["sept"] = 8
# Every month's first letter in any case ("\u017f", the long s, is an "s" to a case-blind match): a look ahead that
# lets most positions fail before the case-blind alternation, each of whose branches the engine tried at every
# position (_MONTH_DAY on a sentence with a month: 7.9 -> 3.2 us).
_MONTH_LEAD = "(?=[JFMASONDjfmasond\u017f])"
# Full names in any case; abbreviations only capitalised (or upper case), so "mar" the verb is safe;
# "May" must be capitalised because "may" is a verb.
_MONTH = (
    rf"(?:{_MONTH_LEAD}(?:(?i:january|february|march|april|june|july|august|september|october|november|december)"
    r"|May|MAY|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?))"
)
# Next to a day number an abbreviation is a month in any case ("25 sept."), except "may".
_MONTH_NEAR_NUMBER = (
    rf"(?:{_MONTH_LEAD}(?:(?i:january|february|march|april|june|july|august|september|october|november|december)"
    r"|May|MAY|(?i:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?))"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# "12-Oct-2024", "05-JAN-2023": a day, a month's name and a year joined by hyphens, as forms, logs and Indian and
# British records write them: parted by spaces, for the day-month rule ("twelve October" before). A two-digit year
# too, as spreadsheets show "dd-mmm-yy" ("5-Mar-24": "the fifth of March twenty four"; was "five March").
_HYPHENED_DATE = compiled(rf"(?<![\w-])({_DAY})-({_MONTH_NEAR_NUMBER})-((?:1[6-9]|20)\d\d|\d\d)(?![\w-])")
# An ordinal's suffix, in capitals too ("SEPT. 15TH" in a headline or a wire story's dateline).
_SUFFIX = r"(?:st|nd|rd|th|ST|ND|RD|TH)"
_MONTH_DAY = compiled(  # not after a day ("12 Oct 24": a day, a month and a short year; "$1.01 January 1" is cents)
    rf"\b{_MONTH_LEAD}(?<!(?<![\d.,])\d\s)(?<!(?<![\d.,])\d\d\s)(?<!\d(?:st|nd|rd|th)\s)({_MONTH_NEAR_NUMBER})\s+({_DAY}){_SUFFIX}?(?![\d:.]\d|\w)"
    # a year of three digits only after a comma and before the sentence's end: "May 2, 711."
    rf"(?:(\s*,\s*|\s+)(\d{{4}})(?![\d-])|(\s*,\s*)(\d{{3}})(?=\s*(?:[.;)]|$)))?"
)
# The day led by its first digit, the look behind and _DAY's alternatives after it ("[12]\d|3[01]|0?[1-9]", in their
# order), so that the engine scans for a digit in C: led by the look behind, it was entered at every position.
_DIGIT_LED_DAY = r"(\d(?<![\w.,]\d)(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]|(?<=[1-9])))"
_DAY_MONTH = compiled(  # not the decimals of an amount: "$1.01 January 1"
    rf"{_DIGIT_LED_DAY}{_SUFFIX}?\s+(?:of\s+)?({_MONTH_NEAR_NUMBER})(?!\w)(?:(,?)\s+(\d{{4}})(?![\d-]))?"
)
# Spans: "June 3-5", "3-5 June 2024", "Jan-Mar 2020", "Dec 2019-Jan 2020", "June 3 - July 4".
# "the twelfth of October 05": a short year with its zero, after the month the day-month rule has said in full.
_SHORT_YEAR_AFTER_MONTH = compiled(  # led by the months' first letters, as the engine scans for them in C
    r"(?=[ADFJMNOS])\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" 0(\d)(?![\d,:/-]|\.\d)")
_MONTH_DAYS = compiled(
    rf"\b({_MONTH_NEAR_NUMBER})\s+({_DAY}){_SUFFIX}?\s?-\s?({_DAY}){_SUFFIX}?(?![\d:.]\d|[\w-])"
    rf"(?:(\s*,\s*|\s+)(\d{{4}})(?![\d-]))?"
)
# h69: "March 3 to 5, 2026", "October 1 through 3": a month's day joined by a word to a later day, both ordinals as
# the dashed span's are (the second was read a count, "March third to five"); not before what the number counts
# ("June 1 to 5 people").
_MONTH_DAYS_WORDED = compiled(
    rf"\b({_MONTH_NEAR_NUMBER})\s+({_DAY}){_SUFFIX}?\s(to|through|thru|until|till)\s({_DAY}){_SUFFIX}?"
    rf"(?![\d:.]\d|[\w-]|\s?%|\s+(?!(?:this|next|last|in|at|and|or|from|for|on|the|with|to|of|inclusive)\b)[a-z])"
    rf"(?:(\s*,\s*|\s+)(\d{{4}})(?![\d-]))?"
)
_MAY_BE_WORDED_DAYS = compiled(r"\d (?:to|through|thru|until|till) \d")
_DAYS_MONTH = compiled(
    rf"(?<![\w.,-])({_DAY}){_SUFFIX}?\s?-\s?({_DAY}){_SUFFIX}?\s+(?:of\s+)?({_MONTH_NEAR_NUMBER})(?!\w)"
    rf"(?:,?\s+(\d{{4}})(?![\d-]))?"
)
# "from 5 to 7 May", "on 5 and 6 May", "between 1 and 3 June": days joined by a word before their month (written
# with its capital: "5 to 6 march" may be a verb).
_DAYS_AND_MONTH = compiled(
    # led by the digit, so that the scan for one runs in C
    rf"(\d(?<![\w.,-]\d)\d?){_SUFFIX}?\s(to|and|or|until|till|through|&)\s({_DAY}){_SUFFIX}?\s+(?:of\s+)?"
    rf"(?=[A-Z])({_MONTH_NEAR_NUMBER})(?!\w)(?:,?\s+(\d{{4}})(?![\d-]))?"
)
_MONTH_SPAN = compiled(rf"\b({_MONTH})(\s+(?:{_DAY}{_SUFFIX}?|\d{{4}}))?\s?-\s?({_MONTH})(?![a-z])")
# "Mon-Fri", "Monday-Saturday": the abbreviations only in a span, where they cannot be words ("Sun", "Wed").
_SHORT_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
_WEEKDAY = rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_SHORT_WEEKDAY})"
# In capitals too ("OPEN 9AM-5PM MON-FRI"), where the headline rule would leave "MON" and lower "SAT" to the verb.
_WEEKDAY_CAPS = _WEEKDAY.upper()
_WEEKDAY_SPAN = compiled(rf"\b({_WEEKDAY}|{_WEEKDAY_CAPS})\.?\s?-\s?({_WEEKDAY}|{_WEEKDAY_CAPS})\b\.?")
# "Mon to Sat", "Tue through Thu", "MON TO SAT": two weekdays joined by a word are days as well; the word is kept
# ("The Sun to Sat": not after "the", a newspaper's name).
_WEEKDAY_WORD_SPAN = compiled(  # led by the weekdays' first letters: the look behind is tried only there
    rf"(?=[MTWFS])(?<!\b[Tt]he )\b({_WEEKDAY}|{_WEEKDAY_CAPS})\.?(\s(?i:to|through|thru|until|till)\s)"
    rf"({_WEEKDAY}|{_WEEKDAY_CAPS})\b\.?")
# "(10 December 1815 - 27 November 1852)", "March 3, 2020 - May 1, 2021", "runs 12 Oct - 3 Feb", "10 Jan-15 Mar": from
# one date with its month to another.
_FULL_DATE = rf"(?:{_DAY}{_SUFFIX}?\s+(?:of\s+)?{_MONTH_NEAR_NUMBER}|{_MONTH_NEAR_NUMBER}\s+{_DAY}{_SUFFIX}?,?)"
_DATE_DASH_DATE = compiled(
    rf"(?<![\w.])({_FULL_DATE}(?:\s+\d{{4}})?)\s*-\s*(?={_FULL_DATE}(?:\s+\d{{4}})?(?!\s?\d|\w))")
# "Fri 12-Sun 14 July", "Mon 3 to Fri 7 June", "Sat 14 and Sun 15 Dec": two days, each with its weekday, and the
# month once, after the second.
_WEEKDAYS_DAYS_MONTH = compiled(
    rf"\b({_WEEKDAY})\.?,?\s+({_DAY}){_SUFFIX}?(?:\s?[-–]\s?|\s(to|and|until|till|through|&)\s)"
    rf"({_WEEKDAY})\.?,?\s+({_DAY}){_SUFFIX}?\s+(?:of\s+)?"
    rf"({_MONTH_NEAR_NUMBER})(?!\w)(?:,?\s+(\d{{4}})(?![\d-]))?"
)
# "the 2019/20 season", "2019/2020": a season or an academic or fiscal year, not a fraction.
_SEASON = compiled(r"(?<![\w./-])((?:1[5-9]|20)\d\d)/(\d\d|(?:1[5-9]|20)\d\d)(?![\w/]|[.,]\d)")
# "the 5th c. BCE", "13th c.", "the 21st C.", "a 19th-c. novel": an ordinal before "c" is its century; "C19th" and
# "C.19th" are how British scholars write it.
_ORDINAL_CENTURY = compiled(
    r"(\d(?:st|nd|rd|th))(?:\s?|-)[cC]\.?(?=(\s+(?:BCE?|AD|CE|B\.C|A\.D|C\.E))|\s*$|[,;:)]|\s+[a-z]|(?<=\.)\s+[A-Z])")
_MAY_BE_ORDINAL = compiled(r"\d(?:st|nd|rd|th)")
_CENTURY_FIRST = compiled(r"\bC\.?(1?\d|20|21)(st|nd|rd|th)\b")
# "c. 1500", "c.1850", "ca 1900", "c. AD 1100": circa before a year.
# "c. 12,000 people", "(c. 5%)", "c. 1.2m", "c. 3 million": circa before an amount too (never "c. 42" alone: a
# statute's chapter).
# "c.£30m", "c. $5bn": before a price too.
_CIRCA_WORDS = frozenset({"c", "ca"})  # each stands apart in every match of _CIRCA: a word of util.letter_words
_CIRCA = compiled(
    rf"(?<![\w.])(?:c\.\s?|ca\s)(?=AD\s\d{{1,4}}\b|[{MONEY_SIGNS}]?(?:\d{{3,4}}(?![\d\w]|[.,]\d)|\d{{1,3}}(?:,\d{{3}})+(?![\d\w])"
    r"|\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion|thousand)\b))")
_MONTH_YEAR = compiled(rf"\b({_MONTH})(\s*,?\s+)(?=\d{{4}}\b|'\d\d\b)")  # "June 2024", "Oct '22"
_ISO = compiled(r"(?<![\w./-])(\d{4})([-/.])(0?[1-9]|1[0-2])\2([0-2]?\d|3[01])(?![\w/-]|\.\d)")
# "2024-12-31T23:59:00Z": a timestamp, rewritten as the date and the clock time the rules after read.
_TIMESTAMP = compiled(
    r"(?<![\w./-])(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?(?![\w:])"
)
# Two dates in numbers joined by a dash ("01/15/2024–03/31/2024", "2024-01-15 - 2024-03-31"): the dash is "to",
# and each date is then read on its own (glued to the dash, neither looked like a date).
_DATE_IN_NUMBERS = r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d\d?-\d\d?"
_NUMERIC_DATE_RANGE = compiled(
    rf"(?<![\w./-])({_DATE_IN_NUMBERS})\s?[-–—]\s?({_DATE_IN_NUMBERS})(?![\w/-]|\.\d)")
_NUMERIC = compiled(r"(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)")
_MONTH_DASH = compiled(rf"\b({_MONTH})-({_DAY})-(\d{{4}})\b")
# "Jun-2019", "Mar-21": a month and its year joined by a hyphen, as a spreadsheet's dates are written.
_MONTH_HYPHEN_YEAR = compiled(rf"\b({_MONTH})-(\d{{4}}|\d\d)\b(?![-/.,]\d)")
_ERA_NAME = r"(?:A\.?D\b\.?|B\.?C\.?E?\b\.?|C\.?E\b\.?)"
_ERA = compiled(rf"(?<![\w.,])(\d{{1,4}})\s*({_ERA_NAME})")
# "1530-1500 BC", "27 BC-14 AD": a span of years in an era; "from 206 BCE to 220 CE" (h119), its two years said alike.
_ERA_RANGE = compiled(rf"(?<![\w.,])(\d{{1,4}})\s*(?:({_ERA_NAME})\s?)?(?:[-–]|to\s)\s?(\d{{1,4}})\s*({_ERA_NAME})")
# h119: "27 BC-AD 14": a span from a year before Christ to one after, the second era written before its year; the dash
# is "to" (was "twenty seven B.C-A.D fourteen").
_ERA_TO_AD = compiled(r"(BCE?\b|B\.C\.(?:E\.)?)\s?[-–]\s?(?=A\.?D\.?\s?\d)")
_DECADE = compiled(r"(?<![\w.,'])(\d{3}0\s?'?|\d0'?)s\b")
# "1970s-90s", "the 1960s-1980s": a span of decades.
_DECADE_RANGE = compiled(r"(?<![\w.,'])(\d{3}0|\d0)'?s\s?-\s?'?(\d{3}0|\d0)'?s\b")
# "1920-1930s", "the 1914-30s": a year to a decade (the decade read alone left "nineteen twenty nineteen thirties").
# "2019–present", "(1990-now)", "2019 - Present": a span of years still running, said with "to" (a spaced dash
# before "now" or "today" parts clauses: "in 2001 – now he leads it").
_YEAR_TO_NOW = compiled(
    r"(?<![\w.,'-])(1\d{3}|20\d\d)(?:[-–—](?=(?:[Pp]resent|now|today)\b)|\s?[-–—]\s?(?=[Pp]resent\b))")
_YEAR_DECADE_RANGE = compiled(r"(?<![\w.,'])(1\d{3}|20\d\d)\s?-\s?'?(\d{3}0|\d0)'?s\b")
# "2021-03", "2024-11": a year and its month, as ISO 8601 writes them; a span of years runs forward ("2019-20",
# "2010-11"), so the month is told by a number no greater than the year's last two digits.
_ISO_MONTH = compiled(r"2(?<![\w./-]2)0(\d\d)-(0[1-9]|1[0-2])(?![\w/-]|[.,]\d)")
# "the class of '99": an apostrophe before two digits that end a word
# "FY'24", "H1'25": after a period's capitals too (read as "FY24"; "Q4'23" is a quarter's own rule).
_SHORT_YEAR = compiled(r"(?:(?<![\w'])|(?<=\b[A-Z][A-Z0-9]))'(\d{2})(?![\w'])")
_SHORT_DECADE = compiled(r"(?<![\w.,])'(\d0)'?s\b")
# "expires 12/2025", "since 03/2019": a month and a year. "1/2000" stays a fraction (a shutter speed, odds).
_NUMERIC_MONTH_YEAR = compiled(r"(?<![\w./-])(0[1-9]|1[0-2]|[2-9])/((?:19|20)\d\d)(?![\w/]|[.,]\d)")
# "Fri, Jan 5", "Sat 14 September": a weekday's abbreviation is a weekday before a date ("Sun" alone is a word,
# and "The Sun, 5 May" a newspaper).
_WEEKDAY_BEFORE_DATE = compiled(
    rf"(?<!\b[Tt]he )\b({_SHORT_WEEKDAY})\.?(?=,?\s+(?:{_MONTH_NEAR_NUMBER}\s+{_DAY}"
    rf"|{_DAY}{_SUFFIX}?\s+(?:of\s+)?{_MONTH_NEAR_NUMBER})\b)"
)
# "on Wed.", "expire Fri.", "except Mon.", "6 PM EST Sat.": a weekday's abbreviation with its stop after a word that
# asks for a day, or a time
# (a bare "Sun" or "Wed" may be a word; "The Sun." a newspaper).
_WEEKDAY_AFTER_WORD = compiled(
    r"\b((?:on|On|until|till|by|from|to|through|thru|every|each|next|last|this|except|and|or|before|after|since"
    r"|expire|expires|closed|open|opens|closes|ends|starts"
    # after a time: "until 6 PM EST Sat.", "at 9 p.m. Sun.", "from 2pm Sat."
    rf"|AM|PM|[ap]\.m\.|\d{{1,2}}(?:[:.]\d\d)?[ap]m|[ECMP][SD]?T|GMT|UTC|BST|noon|midnight)\s+)({_SHORT_WEEKDAY})\.(?=[\s,;:)]|$)"
)
# "from 8 pm Fri to 6 am Mon.", "8am Sat until 10pm Sun": after a time and before the word or the dash that leads to
# the span's other end (or a clause's end), an abbreviation without its stop is a weekday too. So it is after a
# 24-hour time that follows a word asking for one: "from 0900 Sat to 0600 Sun", "until 18:00 Fri".
_WEEKDAY_AFTER_TIME = compiled(
    rf"\b((?:AM|PM|[ap]\.m\.|\d{{1,2}}(?:[:.]\d\d)?\s?[ap]m"
    r"|(?:(?<=\b[Aa]t )|(?<=\bby )|(?<=\bto )|(?<=\b[Ff]rom )|(?<=\buntil )|(?<=\btill ))"
    r"(?:[01]\d|2[0-3]):?[0-5]\d)\s+)"
    rf"({_SHORT_WEEKDAY})(?=\s(?:to|until|till|through|thru|and|or|&)\s|\s?[-–]\s?\d|[,;)]|\.?$)"
)
_MAY_BE_WEEKDAY_AFTER_TIME = compiled(r"[mM]\.? (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\d\d (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
# "since Oct", "by Aug", "last Nov", "in early Feb": a month's abbreviation without its stop after a word that asks
# for a time ("Jan", "Mar", "May", "Jun" may be names or words, and are left).
_MONTH_AFTER_TIME_WORD = compiled(
    r"\b((?i:in|since|until|till|by|from|before|after|through|last|next|this|early|late|mid|end of|start of)[\s-])"
    r"(Feb|Apr|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?![.'’-])"
)
_MAY_BE_SHORT_MONTH = word_set("Feb Apr Jul Aug Sep Sept Oct Nov Dec")
# "3.4% (Mar), 3.2% (Apr)": a month's abbreviation alone in brackets, as tables and lists of figures label them.
_MONTH_IN_BRACKETS = compiled(r"\((Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\)")
# "came out Tues.", "Fri. at 9 p.m.", "Sun. night": "Tues.", "Weds.", "Thurs.", "Mon." and "Fri." with their stop are
# only ever days; "Wed.", "Sat." and "Sun." are where a time or a part of the day follows.
_WEEKDAY_ALONE = compiled(
    r"(?<!\b[Tt]he )\b(?:(Mon|Tues?|Weds|Thu(?:rs?)?|Fri)|(Wed|Sat|Sun)(?=\.\s+(?:at\s+\d|\d{1,2}(?::\d\d)?\s?"
    r"[ap]\.?m\b|night|morning|afternoon|evening)))\.(?=[\s,;:)]|$)"
)
# "closed Mon & Tues", "Sat, Sun": weekdays' abbreviations listed together are days; "Tues", "Thurs" and "Weds" are
# days wherever they stand ("Thurs till 9"), being no words.
_WEEKDAY_LIST = compiled(rf"\b{_WEEKDAY}\b\.?(?:\s?(?:&|and|,)\s?{_WEEKDAY}\b\.?)+")
# "Sat 9–1", "Sun 10am-4pm", "Wed 7:30pm": before opening hours or a time, an abbreviation is a weekday.
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\b\.?)?"
_WEEKDAY_BEFORE_HOURS = compiled(
    rf"(?<!\b[Tt]he )\b({_SHORT_WEEKDAY})\.?(?=:?\s+(?:{_CLOCK}\s?[-–]\s?{_CLOCK}(?![\w/:]|\.\d)"
    rf"(?=\s*(?:[,;|)]|\.(?:\s|$)|$)|\s+(?:and|&)\s|\s+{_WEEKDAY}\b)"
    r"|\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b|\d{1,2}:\d\d\b"
    r"|\d{1,2}(?::\d\d)?/\d{1,2}(?::\d\d)?c\b))"  # h75: a US listing's "Thu 8/7c" (was "Thu eight, seven Central")
)
# "Friday 13th", "on Tue 5th": a weekday before a day of the month named alone is "Friday the thirteenth" (with the
# month after it, the date's rule reads it: "Sunday the second of June"). After a comma, as a diary heads its entry
# ("Sunday, 10th."), the day is said as written: "Sunday, tenth".
_WEEKDAY_BEFORE_DAY = compiled(
    rf"(?<!\b[Tt]he )\b({_WEEKDAY})\.?\s(?=(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![-–/]|\s+(?:of\s+)?"
    rf"{_MONTH_NEAR_NUMBER}\b))"
)
# "Mon: 14C, showers. Tue: 11C, rain.": a weekday's abbreviation opening a sentence before a colon labels a day's
# entry, as a forecast's table or a diary writes it; "Sun", "Sat" and "Wed" only before a number or beside another
# such label ("Sun: the star we orbit" is a glossary's).
_WEEKDAY_LABEL = compiled(rf"(?:^|(?<=[.;!?] ))({_SHORT_WEEKDAY}):(?=\s)")
_NUMBER_NEXT = compiled(r"\s+\d")
_MAY_BE_WEEKDAY_BEFORE_DAY = compiled(r"(?:day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,2}\.?\s\d\d?[snrt][tdh]")
_MAY_BE_WEEKDAY_BEFORE_HOURS = compiled(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,2}\.?:?\s\d")  # literal-led: fast
_ONE_SHORT_WEEKDAY = compiled(rf"\b({_SHORT_WEEKDAY})\b\.?")
_UNMISTAKABLE_WEEKDAY = compiled(r"\b(Tues|Thurs|Weds)\b(?!\.)")
# "on 6/6", "until 12/24", "Friday 7/4": a month and a day after a word that asks for a date. Not after "by" or
# "from" ("cut by 1/3", "from 1/2 to 3/4 cup"), nor before "of" or a unit: those are fractions.
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
    rf"(?<![-'’])\b((?:{_DATE_WORD}|{_WEEKDAY}\.?),?\s+\(?)(?!9/11\b|24/7\b)(\d{{1,2}})/(\d{{1,2}})(?![\w/]|[.,]\d|\s+(?:of|{_UNIT_NAMES})\b)"
)
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
    r"|an?)\s+$",  # "a 1/18 chance", "a 3/16 bolt": after an article, a part of a whole
    re.IGNORECASE,
)
# "at 14/1", "backed from 20/1 into 14/1", "India were 23/2 after five overs": near talk of betting a day-like
# number over a month-like one is a price, and near talk of cricket runs for wickets.
_BETTING = compiled(rf"\b(?i:{BETTING_WORDS})\b")
_CRICKET = compiled(rf"\b(?:{CRICKET_WORDS})\b")
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

# Reporting periods, as filings and analysts write them: "2Q22", "3Q 2023", "4Q'23", "the 3Q results" (a quarter),
# "1H25", "2H 2024" (a half: only with its year, since "1H NMR" is a proton spectrum); "Q2'23" and "Q2 '23"; a
# bond's tenor before what it names ("the 10Y yield"); a yield curve's two tenors ("2s10s").
_YEAR_AFTER = r"(?:\s?'?((?:19|20)\d{2}|\d{2}))"
_QUARTER_OR_HALF = compiled(rf"(?<![\w.,'{MONEY_SIGNS}])(?:([1-4])Q{_YEAR_AFTER}?|([12])H{_YEAR_AFTER})(?![\w'%-])")
_QUARTER_APOSTROPHE = compiled(r"\bQ([1-4])\s?'(\d{2})(?![\w'])")
_PERIOD_PREPOSITION = compiled(r"(?i:\b(?:in|for|during|since|from|through|until|by|over|of|to|on))\s+$")
_TENOR = compiled(
    rf"(?<![\w.,'{MONEY_SIGNS}])(\d{{1,2}})[Yy](?=\s+(?:yields?|notes?|bonds?|Treasur(?:y|ies)|gilts?|Bunds?|JGBs?|swaps?"
    r"|rates?|breakevens?|TIPS|CDS|auctions?|paper|tenors?|maturit(?:y|ies)|futures?)\b)")
_CURVE = compiled(r"(?<![\w.,'])(\d{1,2})s(\d{1,2})s\b")
_PERIOD_ORDINALS = ("first", "second", "third", "fourth")
_MAY_BE_PERIOD = compiled(r"\d(?:[QHYy]|s\d)")
# "2024-W12": an ISO week, as planners and release notes date things ("twenty twenty four-W twelve" before).
_ISO_WEEK = compiled(r"(?<![\w.-])((?:19|20)\d\d)-W(0[1-9]|[1-4]\d|5[0-3])(?![\w-])")
# "FY2024/25", "FY24", "AY2023-24": a fiscal, calendar or academic year glued to its number, parted so that the year
# and span rules read the number ("F.Y twenty twenty four slash twenty five" before).
_GLUED_YEAR_KIND = compiled(rf"\b({'|'.join(YEAR_KINDS)})(?=\d{{2}}(?:\d{{2}})?(?:[/-]\d{{2}}(?:\d{{2}})?)?\b)")

# h126: "MY2027", "the MY24 Camry": a car's model year glued to its number, spelled ("my twenty twenty seven" the voice
# said); spaced, "MY 2027" may be a headline's word and is left.
_MODEL_YEAR = compiled(r"\bMY(?=(?:19|20)?[1-9]\d\b)")


def _may_be_day_first(match: re.Match[str], month: int) -> bool:
    """False where a day-like number over a month-like one is a price, a cricket score, a labelled number or a part
    of a sum, by the words around it."""
    return not (near(_BETTING, match, 80) or (month <= 10 and near(_CRICKET, match))
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
    if not _is_day_of(month, day):
        return match.group(0)  # "figures of 2/31", "4/31": no such day
    if (second in (16, 32) and first % 2) or (first == 1 and second in _ROUND_PARTS):
        return match.group(0)  # "3/16", "1/25": a fraction
    if (_NOT_A_DATE_AFTER.match(match.string, match.end())
            or _NOT_A_DATE_BEFORE.search(match.string, max(0, match.start() - 12), match.start())):
        return match.group(0)
    spoken = (_dmy if day_first else _mdy)(month - 1, day, None)
    if day_first and _THE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()):
        spoken = spoken[len("the "):]  # "the 25/9 deadline": "the the twenty fifth" it was
    return padded(match, spoken + sentence_stop(match))


_MAY_BE_SHORT_WEEKDAY = compiled(rf"\b(?:{_SHORT_WEEKDAY}|Weds)\.")
# _SHORT_WEEKDAY's forms, each standing apart before its stop: a first look among util.letter_words
_SHORT_WEEKDAYS = word_set("Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun")
# "Thu 12/09/2024", "Sat, 01.02.2025": a weekday's abbreviation before a numeric date is the day's name.
_WEEKDAY_BEFORE_NUMERIC = compiled(rf"\b({_SHORT_WEEKDAY})\.?(,?\s)(?=\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b)")
# A weekday in full or short stands apart in each rule that reads one (a word boundary on both sides): a first look
# among util.letter_words.
_WEEKDAY_WORDS = _SHORT_WEEKDAYS | frozenset(WEEKDAYS)
_CAPITAL_WEEKDAYS = frozenset(word.upper() for word in _WEEKDAY_WORDS)  # "MON", "FRIDAY": a first look
_MAY_BE_WEEKDAY = compiled(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun")
_ABBREVIATED_WEEKDAY = compiled(rf"^({_SHORT_WEEKDAY})\.?(?=,?\s)")
# "100s of people", "1,000s of fans": hundreds and thousands ("1000s" only before "of": else it is a century).
# "Count in 2s and 3s": twos and threes, after a word in lower case ("iPhone 5s" is a name) or a count ("he hit 6 4s
# and 3 6s": six fours and three sixes, a cricketer's boundaries).
# "10,000s", "100,000s", "1,000,000s": tens and hundreds of thousands, millions (grouped, they are no century).
_ROUND_PLURAL = compiled(r"(?<![\w.,'])(?:(100)s|(1,000|1000(?=s\s+of\b)|10,000|100,000|1,000,000)s)\b(?!['’])")
_ROUND_PLURALS = {None: "hundreds", "1,000": "thousands", "1000": "thousands", "10,000": "tens of thousands",
                  "100,000": "hundreds of thousands", "1,000,000": "millions"}
_DIGIT_PLURAL = compiled(r"(\b(?:[a-z]+|\d{1,2})\s+)(\d)s\b(?!['’])")
_DIGIT_PLURALS = ("zeros", "ones", "twos", "threes", "fours", "fives", "sixes", "sevens", "eights", "nines")
# "the under-18s", "over-65s": an age group, the number's plural ("eighteens").
# "over 65s", "the 18-24s": written apart, or a pollster's band of ages ("eighteen to twenty fours").
_AGE_GROUP = compiled(r"(?:(?<=[Uu]nder[- ])|(?<=[Oo]ver[- ])|(?<![\w.,'-])(\d\d)-(?=\d\ds\b))(\d{1,2})s\b(?!['’])")
_MAY_BE_AGE_GROUP = compiled(r"s\b(?<=\ds)(?!['’])")  # "\ds\b", led by its literal: found at memchr speed
_MAY_BE_PLURAL_NUMBER = compiled(r"\d(?<![\w.,']\d)(?:0{0,2}|,?000|0{1,2},000|,000,000)s\b")
# "eight 180s", "in the 800s": a round three-digit number's plural, a darts score's or a century's ("one hundred
# eighty s" it was, h57); after a name it is a model's ("two Boeing 720s"), left to the models' rule. One not a round
# hundred is said in pairs, as darts' maximums and a decade of the first millennium are ("nine one eighties", "the
# one thirties"; "one hundred eighties" no reader says, h61).
_THREE_DIGIT_PLURAL = compiled(r"(?<![\w.,'$£€#/-])([1-9]\d0)s\b(?!['’])")
_MAY_BE_THREE_DIGIT_PLURAL = compiled(r"\d\d0s\b")
_WORD_BEFORE = compiled(r"([A-Za-z]+)\s$")
_MAY_BE_NUMERIC_DATE = compiled(r"\d[-/.]\d{1,2}[-/.]\d")
# "the 12/13 March", "on 1/2 April": two days in a row, slashed, before their month's name (was "December
# thirteenth March", "the first of February April"); parted by "and" for the day-and-month rule. Only a day and
# the next: "the 1/3 May" is left.
_DAY_PAIR = compiled(rf"(\d(?<![\w.,/-]\d)\d?)/(\d{{1,2}})(?=\s+(?:of\s+)?(?=[A-Z]){_MONTH_NEAR_NUMBER}(?!\w))")
_DATE_WORD_BEFORE = compiled(r"\b(?:the|on|for|until|till|from|over|by)\s+$")
_PAY_AFTER_MONTH = compiled(rf"\s+[A-Z][a-z]+\.?(?:['’]s)?\s+(?:{'|'.join(sorted(MONTHLY_PAY))})\b")
_MAY_BE_DAY_PAIR = compiled(r"\d/\d\d?\s+(?:of\s+)?[A-Z]")
# "w/e 5/12": "week ending", as a trade paper's sales and a payslip write it, before the date it ends.
_WEEK_ENDING = compiled(r"(?<![\w/])[Ww]/[Ee](?=\s+\d)")
# h126: "Valid thru 11/29", "Expiry: 03/28", "EXP 04/29": a card's or a pack's month and the year's last two digits
# after the label a card prints, said as a month and a year ("March twenty eighth" it was, a day read from the year).
# The verb ("expires 11/29", a coupon's day in November), "valid until" and a pack's "best before" may be a day's, and
# a month not written in two digits ("Expiry: 3/28") too: the day rules' still.
_CARD_EXPIRY = compiled(r"\b((?i:valid\s+(?:thru|through)|good\s+(?:thru|through)|exp(?:iry)?(?:\s+date)?"
                        r"|expiration(?:\s+date)?)\.?:?\s+)(0[1-9]|1[0-2])/(\d\d)(?![\w/]|[.,]\d)")
_MAY_BE_CARD_EXPIRY = compiled(r"(?i:xp|hru|ugh|iry|ate|ion)\.?:?\s+[01]\d/\d\d")
# A month's name or abbreviation as a word of its own, in the text in small letters: every rule of _month_dates has
# one, and a stem alone is in "market", "doctor" and "separate" (four sentences in ten of article bodies). Led by a
# letter class, which the engine scans for in C (a pattern led by a look behind is tried at every position); it may
# take a few words for months ("jay"): it only decides whether the rules look.
_MONTH_WORD = compiled(
    r"[adfjmnos](?<![a-z][a-z])"
    r"(?:an(?:uary)?|eb(?:ruary)?|ar(?:ch)?|pr(?:il)?|ay|une?|uly?|ug(?:ust)?|ept?(?:ember)?|ct(?:ober)?"
    r"|ov(?:ember)?|ec(?:ember)?)(?![a-z])")
_MAY_BE_ERA = compiled(r"[ABC]\.?[DCE]")
_MAY_BE_DECADE = compiled(r"0\s?'?s\b")


def month_name(text: str) -> str:
    """The full name of a written month ("Sept." -> "September")."""
    key = text.rstrip(".").lower()
    return MONTHS[_MONTH_INDEX[key] if key in _MONTH_INDEX else _MONTH_INDEX[key[:3]]]


def _year(text: str | None) -> str:
    """A year, or nothing."""
    if not text:
        return ""
    if len(text) == 3:
        return " " + numbers.short_year(int(text))
    if text == "00":
        return " two thousand"  # "10/10/00": the year 2000 (was "o o"); "'05" keeps its "o five"
    return " " + (numbers.year(int(text)) if len(text) == 4 else numbers.two_digit_year(text))


def _day_pair(match: re.Match[str]) -> str:
    """"12/13" before a month -> "12 and 13"; any other pair as written."""
    first, second = int(match.group(1)), int(match.group(2))
    if first == 1 and not _DATE_WORD_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        if second in (2, 3, 4) and _PAY_AFTER_MONTH.match(match.string, match.end()):
            return numbers.fraction(None, first, second)  # "owed 1/2 March wages": half of a month's, said now
        return match.group(0)  # "1/2 March wages" may be half a month's: "on 1/2 April" is two days
    return f"{first} and {second}" if 1 <= first < 31 and second == first + 1 else match.group(0)


def _mdy(month: int, day: int, year: str | None) -> str:
    """"April eleventh twenty twenty four"."""
    return f"{MONTHS[month]} {numbers.ordinal(day)}{_year(year)}"


def _dmy(month: int, day: int, year: str | None) -> str:
    """"the eleventh of April twenty twenty four"."""
    return f"the {numbers.ordinal(day)} of {MONTHS[month]}{_year(year)}"


def _month_day(match: re.Match[str]) -> str:
    month, day, year = MONTHS.index(month_name(match.group(1))), int(match.group(2)), match.group(4) or match.group(6)
    gap = match.group(3) or match.group(5)
    comma = "," if gap and "," in gap else ""  # keep the pause: "April eleventh, 2024"
    return padded(match, f"{_mdy(month, day, None)}{comma}{_year(year)}")


# "on the 24th of December", "between the 16th and 17th of July": no second "the"; but "prior to 3 March" needs one.
_THE_BEFORE = compiled(rf"\b(?:the|The)\s+$|\bthe\s+\d{{1,2}}{_SUFFIX}?\s+(?:and|or|to|through)\s+$")


def _day_month(match: re.Match[str]) -> str:
    """"24 December 2024" -> "the twenty fourth of December twenty twenty four" (a comma before the year is kept,
    as "December 24, 2024" keeps it: a pause)."""
    spoken = _dmy(MONTHS.index(month_name(match.group(2))), int(match.group(1)), None)
    spoken += (match.group(3) or "") + _year(match.group(4))
    if _THE_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
        spoken = spoken[len("the "):]  # "on the 24th of December"
    return padded(match, spoken + sentence_stop(match))


def _numeric(day_first: bool) -> Callable[[re.Match[str]], str]:
    """A replacement for numeric dates given the preferred order."""

    def replace(match: re.Match[str]) -> str:
        """Read one numeric date; a day above 12 settles the order, otherwise the setting does."""
        first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
        if match.group(2) == "." and len(year) == 2:
            return match.group(0)  # 1.2.34 is more likely a version number than a date
        if first > 12 and 1 <= second <= 12:
            if not _is_day_of(second, first):
                return match.group(0)  # "sort code 40-11-62": no November has forty days
            return padded(match, _dmy(second - 1, first, year))
        if second > 12 and 1 <= first <= 12:
            if not _is_day_of(first, second):
                return match.group(0)  # "12-34-56"
            return padded(match, _mdy(first - 1, second, year))
        if not (1 <= first <= 12 and 1 <= second <= 12):
            return match.group(0)
        if day_first or match.group(2) == ".":
            return padded(match, _dmy(second - 1, first, year))
        return padded(match, _mdy(first - 1, second, year))

    return replace


def _weekday(match: re.Match[str]) -> str:
    """"Fri" -> "Friday": the weekday a match's first group abbreviates."""
    return WEEKDAYS[_WEEKDAY_INDEX[match.group(1).lower()]]


_LONGEST = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # the most days each month can have


def _is_day_of(month: int, day: int) -> bool:
    """True for a day the month has (any year's: "2/29" is a date)."""
    return 1 <= month <= 12 and 1 <= day <= _LONGEST[month - 1]


# "No 10's response", "Article 50's deadline", "the Top 40's": a numbered name's possessive, no decade.
_NAMED_BEFORE = compiled(r"\b(?:No\.?|Number|Article|Section|Top|Channel|Route|Chapter|Room|Formula|Studio|Gate"
                         r"|Platform|Pier|Stage|Level|Area|Zone|Unit|Block|Flight|Bus|Line)\s$")


# "Hold each stretch for 30s", "it lasted 10s", "6 x 30s": seconds after a word of how long ("with 60s music": decade).
_SPAN_BEFORE = compiled(r"\b(?:for|lasted|lasts|last|takes|took|every|within|hold|holds|rest|x)\s$")


# "with 90s rest", "a 60s plank": a noun of how long after a round number's "s" (h60).
_WORD_NEXT = compiled(rf"\s(?:{'|'.join(sorted(DURATION_NOUNS))})\b")
_A_BEFORE = compiled(r"\b[Aa]n?\s$")


def _decade(match: re.Match[str]) -> str:
    """"the 1990s" -> "the nineties"; "No 10's" keeps its possessive; "hold for 30s" is seconds."""
    if "'" in match.group(0) and _NAMED_BEFORE.search(match.string, max(0, match.start() - 10), match.start()):
        return match.group(0)
    if len(match.group(1)) == 2 and _SPAN_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        return padded(match, f"{numbers.cardinal(int(match.group(1)))} seconds")
    if len(match.group(1)) == 2 and "'" not in match.group(0) and _WORD_NEXT.match(match.string, match.end()):
        one = _A_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None  # "a 60s plank"
        return padded(match, f"{numbers.cardinal(int(match.group(1)))} {'second' if one else 'seconds'}")
    return padded(match, numbers.decade(int(match.group(1).strip(" '"))))


def _numeric_day(match: re.Match[str], day_first: bool) -> str:
    """"on 6/6" -> "on June sixth"; a number above 12 settles the order, otherwise the setting does."""
    first, second = int(match.group(2)), int(match.group(3))
    if day_first and first <= 12 < second:
        day_first = False
    elif not day_first and second <= 12 < first:
        day_first = True
    month, day = (second, first) if day_first else (first, second)
    if not _is_day_of(month, day):  # "figures of 2/31": no February has 31 days
        return match.group(0)
    before = match.group(1)
    if match.string[max(0, match.start() - 4):match.start()].lower() != "the ":  # "The Sun 5/4" is a newspaper
        before = _ABBREVIATED_WEEKDAY.sub(_weekday, before)
    return before + (_dmy if day_first else _mdy)(month - 1, day, None)  # "Fri 10/4": Friday October fourth


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
    if not (_is_day_of(*start) and _is_day_of(*end)):
        return match.group(0)
    if day_first and near(_BETTING, match, 80):
        return match.group(0)  # "backed from 16/1 to 25/1": prices
    say = _dmy if day_first else _mdy
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


def _iso(day_first: bool, match: re.Match[str]) -> str:
    year, month, day = match.group(1), int(match.group(3)), int(match.group(4))
    if not _is_day_of(month, day):
        return match.group(0)
    return padded(match, (_dmy if day_first else _mdy)(month - 1, day, year))


def _era_year(value: int, written: str, at_end: bool, whole: bool = False) -> str:
    """A year with its era; dotted, because espeak-ng reads a bare "AD" as the word "ad"."""
    era = ".".join(ch for ch in written.upper() if ch.isalpha())
    if written.endswith(".") and at_end:
        era += "."  # the abbreviation's stop also ended the sentence
    return f"{numbers.cardinal(value) if whole else _era_number(value)} {era}"


def _era_number(value: int) -> str:
    return numbers.year(value) if value >= 1000 else numbers.short_year(value)


def _era(match: re.Match[str]) -> str:
    at_end = sentence_stop(match) == "."
    return padded(match, _era_year(int(match.group(1)), match.group(2), at_end))


def _era_range(match: re.Match[str]) -> str:
    first, first_era, last, last_era = match.groups()
    at_end = sentence_stop(match) == "."
    whole = _whole_years(int(first), int(last))
    start = (_era_year(int(first), first_era, False, whole) if first_era
             else numbers.cardinal(int(first)) if whole else _era_number(int(first)))
    return padded(match, f"{start} to {_era_year(int(last), last_era, at_end, whole)}")


def _whole_years(first: int, last: int) -> bool:
    """Whether a span's two years are both said as whole numbers: one of them must be ("three hundred and five"), so
    the other is too ("to two hundred and eighty one", not "to two eighty one")."""
    # h119: "(r. 305-281 BC)" read "three hundred and five to two eighty one": a listener hears two kinds of number
    return any(100 <= year < 1000 and 0 < year % 100 < 10 for year in (first, last)) and all(
        year < 1000 for year in (first, last))


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
    return padded(match, f"{month_name(match.group(1))} {days[0]} to {days[1]}{comma}{_year(match.group(5))}")


def _month_days_worded(match: re.Match[str]) -> str:
    """"March 3 to 5, 2026" -> "March third to fifth, twenty twenty six"; the joining word as written (h69)."""
    days = _ordinal_days(match.group(2), match.group(4))
    if days is None:
        return match.group(0)
    comma = "," if match.group(5) and "," in match.group(5) else ""
    return padded(match, f"{month_name(match.group(1))} {days[0]} {match.group(3)} {days[1]}{comma}"
                         f"{_year(match.group(6))}")


def _days_month(match: re.Match[str]) -> str:
    """"3-5 June" -> "the third to the fifth of June"."""
    days = _ordinal_days(match.group(1), match.group(2))
    if days is None:
        return match.group(0)
    the = "" if _THE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()) else "the "
    spoken = f"{the}{days[0]} to the {days[1]} of {month_name(match.group(3))}{_year(match.group(4))}"
    return padded(match, spoken + sentence_stop(match))


def _weekdays_days_month(match: re.Match[str]) -> str:
    """"Fri 12-Sun 14 July" -> "Friday the twelfth to Sunday the fourteenth of July"."""
    days = _ordinal_days(match.group(2), match.group(5))
    if days is None:
        return match.group(0)
    first, last = (WEEKDAYS[_WEEKDAY_INDEX[match.group(i).lower()]] for i in (1, 4))
    joined = "and" if match.group(3) in ("and", "&") else "to"
    spoken = (f"{first} the {days[0]} {joined} {last} the {days[1]} of {month_name(match.group(6))}"
              f"{_year(match.group(7))}")
    return padded(match, spoken + sentence_stop(match))


def _days_and_month(match: re.Match[str]) -> str:
    """"5 and 6 May", "2nd and 5th May" -> "the fifth and the sixth of May"."""
    if not 1 <= int(match.group(1)) <= 31:
        return match.group(0)
    days = _ordinal_days(match.group(1), match.group(3))
    if days is None:
        return match.group(0)
    the = "" if _THE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()) else "the "
    if not the and match.group(0)[len(match.group(1))].isalpha():
        return match.group(0)  # "the 16th and 17th of July": said as written, one "the" for both
    joiner = "and" if match.group(2) == "&" else match.group(2)
    spoken = f"{the}{days[0]} {joiner} the {days[1]} of {month_name(match.group(4))}{_year(match.group(5))}"
    return padded(match, spoken + sentence_stop(match))


def _month_span(match: re.Match[str]) -> str:
    """"Jan-Mar", "Dec 2019-Jan 2020": the months in full and "to"; the rules after read the days and years."""
    return f"{month_name(match.group(1))}{match.group(2) or ''} to {month_name(match.group(3))}{sentence_stop(match)}"


def _weekday_span(match: re.Match[str]) -> str:
    first, last = match.group(1), match.group(2)
    spoken = f"{WEEKDAYS[_WEEKDAY_INDEX[first.lower()]]} to {WEEKDAYS[_WEEKDAY_INDEX[last.lower()]]}"
    return padded(match, spoken + sentence_stop(match))


def _weekday_word_span(match: re.Match[str]) -> str:
    """"Mon to Sat" -> "Monday to Saturday", "MON TO SAT" -> "Monday to Saturday": the joining word as written."""
    first, joint, last = match.group(1), match.group(2), match.group(3)
    spoken = f"{WEEKDAYS[_WEEKDAY_INDEX[first.lower()]]}{joint.lower()}{WEEKDAYS[_WEEKDAY_INDEX[last.lower()]]}"
    return padded(match, spoken + sentence_stop(match))


def _season(match: re.Match[str]) -> str:
    """"2019/20" -> "twenty nineteen to twenty"; a second year not soon after the first leaves a fraction."""
    first, second = match.group(1), match.group(2)
    later = int(second) if len(second) == 4 else int(first[:2] + second)
    if not 0 < later - int(first) <= 10:
        return match.group(0)
    return padded(match, f"{numbers.year(int(first))} to {_year(second).strip()}")


def _quarter_or_half(match: re.Match[str]) -> str:
    """"2Q22" -> "second quarter of twenty two", after "in" etc. "the second ..."; "1H25" -> "first half of ..."."""
    number, year = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    spoken = f"{_PERIOD_ORDINALS[int(number) - 1]} {'quarter' if match.group(1) else 'half'}"
    if year:
        spoken += " of " + (numbers.year(int(year)) if len(year) == 4 else numbers.two_digit_year(year))
    if _PERIOD_PREPOSITION.search(match.string, max(0, match.start() - 10), match.start()):
        spoken = "the " + spoken
    return padded(match, spoken)


def periods(text: str) -> str:
    """Reporting periods and tenors: "2Q22", "1H25", "Q2'23", "the 10Y yield", "the 2s10s curve" (text has a digit)."""
    if "Y" in text and ("Y2" in text or "Y1" in text):
        text = _GLUED_YEAR_KIND.sub(r"\1 ", text)
        if "MY" in text:
            text = _MODEL_YEAR.sub("M.Y ", text)
    if "-W" in text:
        text = _ISO_WEEK.sub(lambda m: f"week {numbers.cardinal(int(m.group(2)))} of {numbers.year(int(m.group(1)))}",
                             text)
    classes = char_classes(text)  # a digit before a letter, first: most sentences with a digit have no period
    found = ({m.group(0)[1] for m in _MAY_BE_PERIOD.finditer(text)} if "0A" in classes or "0a" in classes
             else set())  # one cheap scan: which rules may apply
    if "Q" in found or "H" in found:
        text = _QUARTER_OR_HALF.sub(_quarter_or_half, text)
    if "Q" in text and "'" in text:
        text = _QUARTER_APOSTROPHE.sub(
            lambda m: f"Q {numbers.cardinal(int(m.group(1)))} {numbers.two_digit_year(m.group(2))}", text)
    if "Y" in found or "y" in found:
        text = _TENOR.sub(lambda m: f"{numbers.cardinal(int(m.group(1)))} year", text)
    if "s" in found:
        text = _CURVE.sub(lambda m: padded(m, f"{numbers.plural(numbers.cardinal(int(m.group(1))))} "
                                             f"{numbers.plural(numbers.cardinal(int(m.group(2))))}"), text)
    return text


def _weekday_label(match: re.Match[str]) -> str:
    """"Mon: 14C" -> "Monday: 14C"; a word's abbreviation ("Sun:") only before a number or beside another label."""
    if match.group(1) in ("Sun", "Sat", "Wed") and not (
            _NUMBER_NEXT.match(match.string, match.end()) or len(_WEEKDAY_LABEL.findall(match.string)) > 1):
        return match.group(0)
    return WEEKDAYS[_WEEKDAY_INDEX[match.group(1)[:3].lower()]] + ":"


def named_spans(text: str) -> str:
    """Spans of weekdays and months: "Mon-Fri" -> "Monday to Friday", "Jan-Mar" -> "January to March"; and a
    weekday's abbreviation after a word that asks for a day ("on Wed." -> "on Wednesday")."""
    if among_words(_SHORT_WEEKDAYS, text) and _MAY_BE_SHORT_WEEKDAY.search(text):
        text = _WEEKDAY_AFTER_WORD.sub(
            lambda m: m.group(1) + WEEKDAYS[_WEEKDAY_INDEX[m.group(2)[:3].lower()]] + sentence_stop(m), text)
        text = _WEEKDAY_ALONE.sub(
            lambda m: WEEKDAYS[_WEEKDAY_INDEX[(m.group(1) or m.group(2))[:3].lower()]] + sentence_stop(m), text)
    if among_words(_MAY_BE_SHORT_MONTH, text):
        text = _MONTH_AFTER_TIME_WORD.sub(lambda m: m.group(1) + MONTHS[_MONTH_INDEX[m.group(2).lower()]], text)
    if "(" in text and _MONTH_IN_BRACKETS.search(text):
        text = _MONTH_IN_BRACKETS.sub(lambda m: f"({MONTHS[_MONTH_INDEX[m.group(1).lower()]]})", text)
    if among_words(_SHORT_WEEKDAYS, text) and _MAY_BE_WEEKDAY_AFTER_TIME.search(text):
        text = _WEEKDAY_AFTER_TIME.sub(lambda m: m.group(1) + WEEKDAYS[_WEEKDAY_INDEX[m.group(2)[:3].lower()]], text)
    # one set test, where the seven weekdays' beginnings cost a scan each
    day = among_words(_WEEKDAY_WORDS, text)
    if day and ("&" in text or "," in text or " and " in text) and _ONE_SHORT_WEEKDAY.search(text):
        text = _WEEKDAY_LIST.sub(_weekday_list, text)
    if day and _MAY_BE_WEEKDAY_BEFORE_HOURS.search(text):
        text = _WEEKDAY_BEFORE_HOURS.sub(lambda m: WEEKDAYS[_WEEKDAY_INDEX[m.group(1)[:3].lower()]], text)
    if day and ":" in text:
        text = _WEEKDAY_LABEL.sub(_weekday_label, text)
    if day and ("Tues" in text or "Thurs" in text or "Weds" in text):
        text = _UNMISTAKABLE_WEEKDAY.sub(lambda m: WEEKDAYS[_WEEKDAY_INDEX[m.group(1)[:3].lower()]], text)
    capital_day = among_words(_CAPITAL_WEEKDAYS, text)
    if day or capital_day:
        text = _WEEKDAY_WORD_SPAN.sub(_weekday_word_span, text)
    if "-" not in text:
        return text
    if _names_a_month(text):
        text = _MONTH_SPAN.sub(_month_span, text)
    return _WEEKDAY_SPAN.sub(_weekday_span, text) if day or capital_day else text


def _weekday_list(match: re.Match[str]) -> str:
    """"Sat & Sun." -> "Saturday and Sunday.": each abbreviation in full, and the last one's stop kept where it also
    ended the sentence."""
    spoken = _ONE_SHORT_WEEKDAY.sub(lambda d: WEEKDAYS[_WEEKDAY_INDEX[d.group(1)[:3].lower()]], match.group(0))
    return spoken if spoken.endswith(".") else spoken + sentence_stop(match)


def _names_a_month(text: str) -> bool:
    """True when a month's name or abbreviation may stand in the text as a word (a first look for the month rules)."""
    lower = text.lower()
    # a dozen substring scans cost less than one regex scan, and unrolled half of what a generator over them costs;
    # a letter that several stems hold first ("j", "c", "p": a memchr each), where each stem costs a scan
    return (("j" in lower and ("jan" in lower or "jun" in lower or "jul" in lower))
            or ("c" in lower and ("oct" in lower or "dec" in lower))
            or ("p" in lower and ("apr" in lower or "sep" in lower))
            or "feb" in lower or "mar" in lower or "may" in lower or "aug" in lower or "nov" in lower
            ) and _MONTH_WORD.search(lower) is not None


def timestamps(text: str) -> str:
    """"2024-12-31T23:59:00Z" -> "2024-12-31 at 23:59 UTC" (an offset other than zero is left unsaid)."""
    if "T" not in text:
        return text
    if "00-00A00:" not in char_classes(text):  # the date's end, the "T" and the hour: a first look
        return text
    return _TIMESTAMP.sub(lambda m: f"{m.group(1)} at {m.group(2)}" + (" UTC" if m.group(3) == "Z" else ""), text)


def dates(text: str, options: ReadingOptions) -> str:
    """Read dates in their common written forms (text must contain a digit)."""
    # Cheap searches first: most sentences hold no date, and each full rule is a scan of the text.
    # First looks in char_classes before the patterns that lead with a class: a digit, a mark and a digit; a digit
    # before a letter; a capital before a capital.
    classes = char_classes(text)
    if "/" in text and "0/0" in classes:
        if "/e" in text or "/E" in text:
            text = _WEEK_ENDING.sub("week ending", text)
        if _MAY_BE_CARD_EXPIRY.search(text):
            text = _CARD_EXPIRY.sub(
                lambda m: f"{m.group(1)}{MONTHS[int(m.group(2)) - 1]} {numbers.year(2000 + int(m.group(3)))}", text)
        if _MAY_BE_DAY_PAIR.search(text):
            text = _DAY_PAIR.sub(_day_pair, text)
            classes = char_classes(text)
    # a mark in the classes is the mark in the text: the rare ones looked for in the text first (a memchr each)
    if ((("-" in text and "0-0" in classes) or ("/" in text and "0/0" in classes) or "0.0" in classes)
            and _MAY_BE_NUMERIC_DATE.search(text)):
        day_first = options.date_order == "dmy"
        if among_words(_SHORT_WEEKDAYS, text):
            text = _WEEKDAY_BEFORE_NUMERIC.sub(
                lambda m: WEEKDAYS[_WEEKDAY_INDEX[m.group(1).lower()]] + m.group(2), text)
        text = _NUMERIC_DATE_RANGE.sub(r"\1 to \2", text)
        text = _ISO.sub(lambda m: _iso(day_first, m), text)
        text = _NUMERIC.sub(_numeric(day_first), text)
    if "/" in text:
        text = _SEASON.sub(_season, text)
        if "rom" in text or "etween" in text:
            text = _NUMERIC_DAY_SPAN.sub(lambda m: _numeric_day_span(m, options.date_order == "dmy"), text)
            if "rom" in text and options.date_order == "dmy":
                text = _FROM_DAY.sub(_from_day, text)
        text = _NUMERIC_DAY.sub(lambda m: _numeric_day(m, options.date_order == "dmy"), text)
        if ("ate" in text or "ay" in text or "ead" in text) and (" is " in text or " was " in text or " be " in text
                                                                 or "falls" in text):
            text = _NAMED_DAY_IS.sub(lambda m: _numeric_day(m, options.date_order == "dmy"), text)
        if _MAY_BE_DAY_SPAN.search(text):
            text = _DAY_FIRST_SPAN.sub(_day_first_span, text)
        text = _BARE_MONTH_DAY.sub(lambda m: _bare_month_day(m, options.date_order == "dmy"), text)
        text = _NUMERIC_MONTH_YEAR.sub(lambda m: padded(m, f"{MONTHS[int(m.group(1)) - 1]}{_year(m.group(2))}"), text)
    # every written century holds an ordinal ("5th c.", "21st C", "C19th")
    if "0aa" in char_classes(text) and _MAY_BE_ORDINAL.search(text):
        text = _ORDINAL_CENTURY.sub(
            lambda m: f"{m.group(1)} century{'' if m.group(2) else sentence_stop(m)}", text)  # "5th c. BC"
        if "C" in text:
            text = _CENTURY_FIRST.sub(r"\1\2 century", text)
    if among_known_words(_CIRCA_WORDS, text) and ("c." in text or "ca " in text):
        text = _CIRCA.sub("circa ", text)
    if _names_a_month(text):
        if "0-A" in char_classes(text) or "0-a" in char_classes(text):  # the day's digit, its hyphen, a letter
            text = _HYPHENED_DATE.sub(r"\1 \2 \3", text)
        text = _month_dates(text)
    # after the dates with a month, which read their weekdays; an ordinal's digit before its letters first
    if "0a" in char_classes(text) and _MAY_BE_WEEKDAY_BEFORE_DAY.search(text):
        text = _WEEKDAY_BEFORE_DAY.sub(
            lambda m: WEEKDAYS[_WEEKDAY_INDEX[m.group(1).lower()[:3]]] + " the ", text)
    if ("AA" in char_classes(text) or "A.A" in char_classes(text)) and _MAY_BE_ERA.search(text):
        if "-" in text or "–" in text or (" to " in text and ("BC" in text or "CE" in text or "AD" in text
                                                             or "B.C" in text or "A.D" in text or "C.E" in text)):
            text = _ERA_RANGE.sub(_era_range, text)
            if "AD" in text or "A.D" in text:
                text = _ERA_TO_AD.sub(r"\1 to ", text)
        text = _ERA.sub(_era, text)
    if "'" in text and "'00" in char_classes(text):  # the apostrophe before two digits: a first look
        text = _SHORT_YEAR.sub(lambda m: padded(m, numbers.two_digit_year(m.group(1))), text)
    if ("er" in text or "-" in text) and _MAY_BE_AGE_GROUP.search(text):
        text = _AGE_GROUP.sub(_age_group, text)
    if "0a" in char_classes(text) and _MAY_BE_PLURAL_NUMBER.search(text):
        text = _ROUND_PLURAL.sub(lambda m: padded(m, _ROUND_PLURALS[m.group(2)]), text)
        text = _DIGIT_PLURAL.sub(lambda m: m.group(1) + _DIGIT_PLURALS[int(m.group(2))], text)
    if "0a" in char_classes(text) and _MAY_BE_THREE_DIGIT_PLURAL.search(text):
        text = _THREE_DIGIT_PLURAL.sub(_three_digit_plural, text)
    if "-" in text:
        text = _ISO_MONTH.sub(lambda m: padded(m, f"{MONTHS[int(m.group(2)) - 1]}{_year('20' + m.group(1))}")
                              if int(m.group(2)) <= int(m.group(1)) else m.group(0), text)
    if ("-" in text or "–" in text or "—" in text) and ("resent" in text or "now" in text or "today" in text):
        text = _YEAR_TO_NOW.sub(r"\1 to ", text)
    if _MAY_BE_DECADE.search(text):
        if "-" in text:
            text = _YEAR_DECADE_RANGE.sub(
                lambda m: padded(m, f"{numbers.year(int(m.group(1)))} to {numbers.decade(int(m.group(2)))}"), text)
            text = _DECADE_RANGE.sub(
                lambda m: padded(m, f"{numbers.decade(int(m.group(1)))} to {numbers.decade(int(m.group(2)))}"), text
            )
        text = _DECADE.sub(_decade, text)
        text = _SHORT_DECADE.sub(lambda m: padded(m, numbers.decade(int(m.group(1)))), text)
    return text


def _three_digit_plural(match: re.Match[str]) -> str:
    """"180s" -> "one eighties", "800s" -> "eight hundreds"; a model's after a name (a capitalised word no dictionary
    holds) is left."""
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    if before and before.group(1)[0].isupper() and not is_common_word(before.group(1).lower()):
        return match.group(0)
    written = match.group(1)
    return numbers.plural(numbers.cardinal(int(written)) if written[1] == "0" else numbers.in_pairs(written))


def _age_group(match: re.Match[str]) -> str:
    """"over-65s" -> "over-sixty fives", "18-24s" -> "eighteen to twenty fours", "60-70s" -> "sixties to seventies"."""
    last = numbers.plural(numbers.cardinal(int(match.group(2))))
    if match.group(1) is None:
        return last
    first = int(match.group(1))
    if first >= int(match.group(2)):
        return match.group(0)
    if first % 10 == 0 and last.endswith("ies"):  # "the 60-70s": two decades, "the sixties to seventies"
        return f"{numbers.plural(numbers.cardinal(first))} to {last}"
    return f"{numbers.cardinal(first)} to {last}"


def _month_dates(text: str) -> str:
    """Dates with a month's name: spans first ("June 3-5", "3-5 June"), then "June 3, 2024", "3 June", "June 2024"."""
    if _MAY_BE_WEEKDAY.search(text):
        text = _WEEKDAYS_DAYS_MONTH.sub(_weekdays_days_month, _WEEKDAY_BEFORE_DATE.sub(_weekday, text))
    if "-" in text:
        text = _DATE_DASH_DATE.sub(r"\1 to ", text)
        if "-0" in char_classes(text) or "- 0" in char_classes(text):  # a digit after the hyphen, in each rule below
            text = _MONTH_DAYS.sub(_month_days, text)
            text = _DAYS_MONTH.sub(_days_month, text)
            text = _MONTH_DASH.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}", text)
            text = _MONTH_HYPHEN_YEAR.sub(lambda m: month_name(m.group(1)) + _year(m.group(2)), text)
    if _MAY_BE_WORDED_DAYS.search(text):
        text = _MONTH_DAYS_WORDED.sub(_month_days_worded, text)
    text = _DAYS_AND_MONTH.sub(_days_and_month, text)
    text = _MONTH_DAY.sub(_month_day, text)
    text = _DAY_MONTH.sub(_day_month, text)
    if " 00" in char_classes(text) and " 0" in text:
        text = _SHORT_YEAR_AFTER_MONTH.sub(r"\1 o \2", text)  # "12 Oct 05": the year "o five", as "'05" is said
    if " 0000" not in char_classes(text) and " '00" not in char_classes(text):  # the year after the month's space
        return text
    return _MONTH_YEAR.sub(lambda m: month_name(m.group(1)) + m.group(2), text)

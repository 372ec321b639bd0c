"""Weekdays and months written short, read in full: spans ("Mon-Fri", "Jan-Mar"), lists ("Sat & Sun"), an
abbreviation after a word or a time that asks for a day, before opening hours or as a label; and a weekday before
a day of the month ("Friday 13th")."""

from __future__ import annotations

import re

from narrator.speech.normalise.calendar import (
    DAY,
    MONTH,
    MONTH_INDEX,
    MONTH_NEAR_NUMBER,
    MONTHS,
    SHORT_WEEKDAY,
    SHORT_WEEKDAYS,
    SUFFIX,
    WEEKDAY,
    WEEKDAY_INDEX,
    WEEKDAYS,
    month_name,
    names_a_month,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import among_words, padded, sentence_stop, word_set

# A weekday written short after an ordinal of the month or a list of them, as a club's or a council's notice gives a
# meeting: "1st & 3rd Sat", "2nd, 4th Thu", "every 1st Fri", "1st and last Sun" ("first and third Sat" it was, "Sat"
# heard as the verb). In capitals only: "the 3rd & 4th sat the exam" is the verb.
# Led by the first ordinal's digit, its look-behind after it: a pattern led by a look-behind is tried at every
# character.
_ORDINAL = r"(?:[1-5](?:st|nd|rd|th)|last)"
_DAY_AFTER_ORDINALS = compiled(rf"([1-5](?<![\w.,/-][1-5])(?:st|nd|rd|th)"
                               rf"(?:(?:\s?[,&/]\s?|\s(?:and|or)\s){_ORDINAL}){{0,4}}\s)"
                               rf"({SHORT_WEEKDAY}|Weds)(?:\.(?=\s[a-z]))?(?![\w'’-])")
# "Jan-Mar", "Dec 2019-Jan 2020": a span of months, said with "to" (the rules after read its days and
# years).
_MONTH_SPAN = compiled(rf"\b({MONTH})(\s+(?:{DAY}{SUFFIX}?|\d{{4}}))?\s?-\s?({MONTH})(?![a-z])")
# In capitals too ("OPEN 9AM-5PM MON-FRI"), where the headline rule would leave "MON" and lower "SAT" to the verb.
_WEEKDAY_CAPS = WEEKDAY.upper()
_WEEKDAY_SPAN = compiled(rf"\b({WEEKDAY}|{_WEEKDAY_CAPS})\.?\s?-\s?({WEEKDAY}|{_WEEKDAY_CAPS})\b\.?")
# "Mon to Sat", "Tue through Thu", "MON TO SAT": two weekdays joined by a word are days as well; the word is kept
# ("The Sun to Sat": not after "the", a newspaper's name).
_WEEKDAY_WORD_SPAN = compiled(  # led by the weekdays' first letters: the look behind is tried only there
    rf"(?=[MTWFS])(?<!\b[Tt]he )\b({WEEKDAY}|{_WEEKDAY_CAPS})\.?(\s(?i:to|through|thru|until|till)\s)"
    rf"({WEEKDAY}|{_WEEKDAY_CAPS})\b\.?")
# "on Wed.", "expire Fri.", "except Mon.", "6 PM EST Sat.", a notice's "2 more players for Sat.": a weekday's
# abbreviation with its stop after a word that asks for a day, or a time
# (a bare "Sun" or "Wed" may be a word; "The Sun." a newspaper). After "the" a day is one the sentence goes on from, a
# word in small letters after its stop ("on the Sat. before", "the Fri., after the match"): a paper's name ends there
# ("read it in the Sun. It said"); after "following" it is always a day ("the following Tue.").
_WEEKDAY_AFTER_WORD = compiled(
    r"\b((?:on|On|until|till|by|from|to|through|thru|every|each|next|last|this|except|and|or|before|after|since|for"
    r"|expire|expires|closed|open|opens|closes|ends|starts|following|[Tt]he(?=\s[A-Z][a-z]{2,4}\.,?\s[a-z])"
    # after a time: "until 6 PM EST Sat.", "at 9 p.m. Sun.", "from 2pm Sat."
    rf"|AM|PM|[ap]\.m\.|\d{{1,2}}(?:[:.]\d\d)?[ap]m|[ECMP][SD]?T|GMT|UTC|BST|noon|midnight)\s+)({SHORT_WEEKDAY})\.(?=[\s,;:)]|$)"
)
# "from 8 pm Fri to 6 am Mon.", "8am Sat until 10pm Sun": after a time and before the word or the dash that leads to
# the span's other end (or a clause's end), an abbreviation without its stop is a weekday too. So it is after a
# 24-hour time that follows a word asking for one: "from 0900 Sat to 0600 Sun", "until 18:00 Fri"; or opens a
# line, as a listing's does ("00:01 Sat"), and after a deadline's initials ("EOD Thu", "COB Fri", "AoE Sun").
_WEEKDAY_AFTER_TIME = compiled(
    rf"\b((?:AM|PM|[ap]\.m\.|\d{{1,2}}(?:[:.]\d\d)?\s?[ap]m|EOD|COB|AoE|(?<![^\n])(?:[01]\d|2[0-3]):[0-5]\d"
    r"|(?:(?<=\b[Aa]t )|(?<=\bby )|(?<=\bto )|(?<=\b[Ff]rom )|(?<=\buntil )|(?<=\btill ))"
    r"(?:[01]\d|2[0-3]):?[0-5]\d)\s+)"
    rf"({SHORT_WEEKDAY})(?=\s(?:to|until|till|through|thru|and|or|&)\s|\s?[-–]\s?\d|[,;)]|\.?$)"
)
_MAY_BE_WEEKDAY_AFTER_TIME = compiled(r"(?:[mMDBE]\.?|\d\d) (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
# "since Oct", "by Aug", "last Nov", "in early Feb": a month's abbreviation without its stop after a word that asks
# for a time ("Jan", "Mar", "May", "Jun" may be names or words, and are left).
_MONTH_AFTER_TIME_WORD = compiled(
    r"\b((?i:in|since|until|till|by|from|before|after|through|last|next|this|early|late|mid|end of|start of)[\s-])"
    r"(Feb|Apr|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?![.'’-])"
)
_MAY_BE_SHORT_MONTH = word_set("Feb Apr Jul Aug Sep Sept Oct Nov Dec")
# two months joined by a word, one of them or both shortened ("between Jan and Oct 2025", "Mar or Apr", "Jun to
# Aug"): each is a month beside the other, even "Jan", "Mar" and "Jun", which alone may be names or words ("Jan and
# Oct" was left as written). "May" is left out on both sides ("Jan and May" are as often two women).
_SHORT_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_FULL_MONTHS = "January|February|March|April|June|July|August|September|October|November|December"
_MONTH_PAIR = compiled(rf"\b(?:({_SHORT_MONTHS})\.?|({_FULL_MONTHS}))(\s(?:and|or|to|through|thru|until|till|&)\s)"
                       rf"(?:({_SHORT_MONTHS})\.?|({_FULL_MONTHS}))(?![\w'’-])")
_PAIRED_SHORT_MONTH = word_set(_SHORT_MONTHS.replace("|", " "))
# "3.4% (Mar), 3.2% (Apr)": a month's abbreviation alone in brackets, as tables and lists of figures label them.
_MONTH_IN_BRACKETS = compiled(r"\((Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\)")
# "came out Tues.", "Fri. at 9 p.m.", "Sun. night": "Tues.", "Weds.", "Thurs.", "Mon." and "Fri." with their stop are
# only ever days; "Wed.", "Sat." and "Sun." are where a time or a part of the day follows.
_WEEKDAY_ALONE = compiled(
    r"(?<!\b[Tt]he )\b(?:(Mon|Tues?|Weds|Thu(?:rs?)?|Fri)|(Wed|Sat|Sun)(?=\.\s+(?:at\s+\d|\d{1,2}(?::\d\d)?\s?"
    r"[ap]\.?m\b|night|morning|afternoon|evening))"
    r"|(?:(?<=\b(?:Ash|Spy|Low) )|(?<=\b(?:Holy|Palm|Whit) )|(?<=\bEaster )|(?<=\b(?:Trinity|Passion) )"
    r"|(?<=\bMothering ))(Wed|Sat|Sun))\.(?=[\s,;:)]|$)"
)
# the third, a church's day by its feast's name ("Ash Wed. 2027", "Palm Sun.", "Holy Sat."), as a parish
# calendar shortens it.
# "closed Mon & Tues", "Sat, Sun": weekdays' abbreviations listed together are days; "Tues", "Thurs" and "Weds" are
# days wherever they stand ("Thurs till 9"), being no words.
_WEEKDAY_LIST = compiled(rf"\b{WEEKDAY}\b\.?(?:\s?(?:&|and|,)\s?{WEEKDAY}\b\.?)+")
# "Sat 9–1", "Sun 10am-4pm", "Wed 7:30pm": before opening hours or a time, an abbreviation is a weekday.
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\b\.?)?"
_WEEKDAY_BEFORE_HOURS = compiled(
    rf"(?<!\b[Tt]he )\b({SHORT_WEEKDAY})\.?(?=:?\s+(?:{_CLOCK}\s?[-–]\s?{_CLOCK}(?![\w/:]|\.\d)"
    rf"(?=\s*(?:[,;|)]|\.(?:\s|$)|$)|\s+(?:and|&)\s|\s+{WEEKDAY}\b)"
    r"|\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b|\d{1,2}:\d\d\b"
    r"|\d{1,2}(?::\d\d)?/\d{1,2}(?::\d\d)?c\b"  # a US listing's "Thu 8/7c" (was "Thu eight, seven Central")
    # a listing's dotted time ending its item or before its event, "Sat 6.00 (Vigil), Sun 9.00 and 11.00", "Mon 9.30
    # coach" ("Sat", "Sun" were left as words); not before a measure's unit ("Sun 2.45 km")
    r"|\d{1,2}\.[0-5]\d(?=\s?[,;(]|\.?$|\s(?!(?:[mckµ]?m|[mk]?g|miles?|points?|per|pence|p)\b)[A-Za-z&])))"
)
# "Friday 13th", "on Tue 5th": a weekday before a day of the month named alone is "Friday the thirteenth" (with the
# month after it, the date's rule reads it: "Sunday the second of June"). After a comma, as a diary heads its entry
# ("Sunday, 10th."), the day is said as written: "Sunday, tenth".
_WEEKDAY_BEFORE_DAY = compiled(
    rf"(?<!\b[Tt]he )\b({WEEKDAY})\.?\s(?=(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![-–/]|\s+(?:of\s+)?"
    rf"{MONTH_NEAR_NUMBER}\b))"
)
# two weekdays with their days of the month joined by a dash, "Sat 12th–Sun 13th" ("Sat twelfth-Sunday the
# thirteenth" it was): the dash "to", and each weekday is read with its day by the rule above. A dash, then a weekday
# and its ordinal day (a lone "Sat" before a dash is the verb as often).
_WEEKDAY_DAY_SPAN = compiled(
    rf"(?<!\b[Tt]he )\b({WEEKDAY}\.?\s(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\s?[-–]\s?"
    rf"(?=(?:{WEEKDAY})\.?\s(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b)"
)
# "Mon: 14C, showers. Tue: 11C, rain.": a weekday's abbreviation opening a sentence before a colon labels a day's
# entry, as a forecast's table or a diary writes it; "Sun", "Sat" and "Wed" only before a number or beside another
# such label ("Sun: the star we orbit" is a glossary's).
_WEEKDAY_LABEL = compiled(rf"(?:^|(?<=[.;!?] ))({SHORT_WEEKDAY}):(?=\s)")
_NUMBER_NEXT = compiled(r"\s+\d")
_MAY_BE_WEEKDAY_BEFORE_DAY = compiled(r"(?:day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,2}\.?\s\d\d?[snrt][tdh]")
_MAY_BE_WEEKDAY_BEFORE_HOURS = compiled(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,2}\.?:?\s\d")  # literal-led: fast
_ONE_SHORT_WEEKDAY = compiled(rf"\b({SHORT_WEEKDAY})\b\.?")
_UNMISTAKABLE_WEEKDAY = compiled(r"\b(Tues|Thurs|Weds)\b(?!\.)")
_MAY_BE_SHORT_WEEKDAY = compiled(rf"\b(?:{SHORT_WEEKDAY}|Weds)\.")
# A weekday in full or short stands apart in each rule that reads one (a word boundary on both sides): a first look
# among util.letter_words.
_WEEKDAY_WORDS = SHORT_WEEKDAYS | frozenset(WEEKDAYS)
_CAPITAL_WEEKDAYS = frozenset(word.upper() for word in _WEEKDAY_WORDS)  # "MON", "FRIDAY": a first look
# One set look before the first three rules' own, and one before the weekdays' rules below the brackets (a look cost
# as much as a needle's scan, six a sentence). Exact: where none of a group's runs is among the text's words, its
# first rule changes nothing, and the next asks about the same text.
_SHORT_DAY_OR_MONTH = SHORT_WEEKDAYS | _MAY_BE_SHORT_MONTH | _PAIRED_SHORT_MONTH
_ANY_WEEKDAY = _WEEKDAY_WORDS | _CAPITAL_WEEKDAYS
_DAY_OR_MONTH_RUNS = _SHORT_DAY_OR_MONTH | _ANY_WEEKDAY  # and the two groups' sets as one look before them


def _month_span(match: re.Match[str]) -> str:
    """"Jan-Mar", "Dec 2019-Jan 2020": the months in full and "to"; the rules after read the days and years."""
    return f"{month_name(match.group(1))}{match.group(2) or ''} to {month_name(match.group(3))}{sentence_stop(match)}"


def _month_pair(match: re.Match[str]) -> str:
    """"Jan and Oct" -> "January and October"; two full names, or a stop that ends the sentence, as written."""
    first, first_full, joint, last, last_full = match.groups()
    if not (first or last):
        return match.group(0)
    spoken = f"{month_name(first or first_full)}{joint}{month_name(last or last_full)}"
    return spoken + sentence_stop(match)


def _weekday_span(match: re.Match[str]) -> str:
    first, last = match.group(1), match.group(2)
    spoken = f"{WEEKDAYS[WEEKDAY_INDEX[first.lower()]]} to {WEEKDAYS[WEEKDAY_INDEX[last.lower()]]}"
    return padded(match, spoken + sentence_stop(match))


def _weekday_word_span(match: re.Match[str]) -> str:
    """"Mon to Sat" -> "Monday to Saturday", "MON TO SAT" -> "Monday to Saturday": the joining word as written."""
    first, joint, last = match.group(1), match.group(2), match.group(3)
    spoken = f"{WEEKDAYS[WEEKDAY_INDEX[first.lower()]]}{joint.lower()}{WEEKDAYS[WEEKDAY_INDEX[last.lower()]]}"
    return padded(match, spoken + sentence_stop(match))


def _weekday_label(match: re.Match[str], several: bool) -> str:
    """"Mon: 14C" -> "Monday: 14C"; a word's abbreviation ("Sun:") only before a number or beside another label
    (several: the text holds more than one)."""
    if match.group(1) in ("Sun", "Sat", "Wed") and not (_NUMBER_NEXT.match(match.string, match.end()) or several):
        return match.group(0)
    return WEEKDAYS[WEEKDAY_INDEX[match.group(1)[:3].lower()]] + ":"


def named_spans(text: str) -> str:
    """Spans of weekdays and months: "Mon-Fri" -> "Monday to Friday", "Jan-Mar" -> "January to March"; and a
    weekday's abbreviation after a word that asks for a day ("on Wed." -> "on Wednesday")."""
    plain = None if among_words(_DAY_OR_MONTH_RUNS, text) else text  # the text that holds none of their words
    if text is not plain and among_words(_SHORT_DAY_OR_MONTH, text):
        if among_words(SHORT_WEEKDAYS, text) and _MAY_BE_SHORT_WEEKDAY.search(text):
            text = _WEEKDAY_AFTER_WORD.sub(
                lambda m: m.group(1) + WEEKDAYS[WEEKDAY_INDEX[m.group(2)[:3].lower()]] + sentence_stop(m), text)
            text = _WEEKDAY_ALONE.sub(lambda m: WEEKDAYS[WEEKDAY_INDEX[(m.group(1) or m.group(2) or m.group(3))[:3]
                                                                    .lower()]] + sentence_stop(m), text)
        if among_words(_MAY_BE_SHORT_MONTH, text):
            text = _MONTH_AFTER_TIME_WORD.sub(lambda m: m.group(1) + MONTHS[MONTH_INDEX[m.group(2).lower()]], text)
        if among_words(_PAIRED_SHORT_MONTH, text):
            text = _MONTH_PAIR.sub(_month_pair, text)
    if "(" in text and _MONTH_IN_BRACKETS.search(text):
        text = _MONTH_IN_BRACKETS.sub(lambda m: f"({MONTHS[MONTH_INDEX[m.group(1).lower()]]})", text)
    day = capital_day = False
    if text is not plain and among_words(_ANY_WEEKDAY, text):
        if among_words(SHORT_WEEKDAYS, text) and _MAY_BE_WEEKDAY_AFTER_TIME.search(text):
            text = _WEEKDAY_AFTER_TIME.sub(lambda m: m.group(1) + WEEKDAYS[WEEKDAY_INDEX[m.group(2)[:3].lower()]], text)
        # one set test, where the seven weekdays' beginnings cost a scan each
        day = among_words(_WEEKDAY_WORDS, text)
        if day and ("&" in text or "," in text or " and " in text) and _ONE_SHORT_WEEKDAY.search(text):
            text = _WEEKDAY_LIST.sub(_weekday_list, text)
        if day and _MAY_BE_WEEKDAY_BEFORE_HOURS.search(text):
            text = _WEEKDAY_BEFORE_HOURS.sub(lambda m: WEEKDAYS[WEEKDAY_INDEX[m.group(1)[:3].lower()]], text)
        if day and ":" in text:
            # the labels counted once for the text, not once for each label (a text of many was rescanned from each)
            several = len(_WEEKDAY_LABEL.findall(text)) > 1
            text = _WEEKDAY_LABEL.sub(lambda m: _weekday_label(m, several), text)
        if day and ("Tues" in text or "Thurs" in text or "Weds" in text):
            text = _UNMISTAKABLE_WEEKDAY.sub(lambda m: WEEKDAYS[WEEKDAY_INDEX[m.group(1)[:3].lower()]], text)
        capital_day = among_words(_CAPITAL_WEEKDAYS, text)
        if day or capital_day:
            text = _WEEKDAY_WORD_SPAN.sub(_weekday_word_span, text)
    if "-" not in text:
        return text
    if names_a_month(text):
        text = _MONTH_SPAN.sub(_month_span, text)
    return _WEEKDAY_SPAN.sub(_weekday_span, text) if day or capital_day else text


def _weekday_list(match: re.Match[str]) -> str:
    """"Sat & Sun." -> "Saturday and Sunday.": each abbreviation in full, and the last one's stop kept where it also
    ended the sentence."""
    spoken = _ONE_SHORT_WEEKDAY.sub(lambda d: WEEKDAYS[WEEKDAY_INDEX[d.group(1)[:3].lower()]], match.group(0))
    return spoken if spoken.endswith(".") else spoken + sentence_stop(match)


def after_ordinals(text: str) -> str:
    """"1st & 3rd Sat" -> "1st & 3rd Saturday" (text holds a digit before a letter and a weekday's short form)."""
    return _DAY_AFTER_ORDINALS.sub(_day_after_ordinals, text)


def _day_after_ordinals(match: re.Match[str]) -> str:
    # one ordinal after "the" is a name's as often, "the 2nd Sun." (a paper's second edition); a list is a notice's
    if match.group(1).count(" ") == 1 and match.string.endswith(("the ", "The "), 0, match.start()):
        return match.group(0)
    return match.group(1) + WEEKDAYS[WEEKDAY_INDEX[match.group(2)[:3].lower()]]


def before_a_day(text: str) -> str:
    """"Friday 13th" -> "Friday the 13th": a weekday before a day of the month named alone (text holds a digit before
    a letter)."""
    if _MAY_BE_WEEKDAY_BEFORE_DAY.search(text):
        if "-" in text or "–" in text:
            text = _WEEKDAY_DAY_SPAN.sub(r"\1 to ", text)
        text = _WEEKDAY_BEFORE_DAY.sub(
            lambda m: WEEKDAYS[WEEKDAY_INDEX[m.group(1).lower()[:3]]] + " the ", text)
    return text

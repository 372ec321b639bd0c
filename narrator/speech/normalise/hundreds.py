"""24-hour times in four digits, said in hundreds as the forces and timetables say them: "0800 hours", "at 0600",
"0830-1730", "dep 0945", "0600Z", "at 2117 GMT"."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.dotted import CLOCK_TALK, NOT_CLOCK_TALK, TIMETABLE_WORDS
from narrator.speech.normalise.util import among_words, char_classes, near, padded, word_set

# "0800 hours", "at 1430 hrs": a clock time as the armed forces and emergency services say it. Without a zero in
# front only after a word that asks for a time ("it took 1430 hours" is an amount).
# and after "at about" or "at around" ("at about 2000 hrs on": "two thousand hours" it was; "about 2000 hrs"
# alone is an amount as often, "flew about 2000 hrs")
_TIME_WORDS = ("[Aa]t", "[Bb]y", "[Uu]ntil", "[Tt]ill", "[Ff]rom", "[Bb]efore", "[Aa]fter", "[Ss]ince", "[Aa]t about",
               "[Aa]t around")
_AFTER_TIME_WORD = "|".join(rf"(?<=\b{word} )" for word in _TIME_WORDS)  # one look-behind each: they differ in width
# The zones after which four digits are a 24-hour time ("0800 GMT", "2117 UTC").
_HOURS_ZONES = "GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT"
_HOURS = compiled(
    # "1430h", "2100hrs": glued to its "h", any four digits of a clock are one
    # "(2117 GMT)": a wire story's time in brackets after the local one
    # "1830 hrs: troops cross the river": opening a line or a log's entry, four digits and "hours" are a time too
    rf"(?<![\w.,:])(?:(0\d)|(?:{_AFTER_TIME_WORD}|(?<=\()(?=\d{{4}}\s(?:{_HOURS_ZONES})\b)"
    r"|^(?=\d{4}\s?(?:hours|hrs)\b(?!\sof\b)))(1\d|2[0-3])"
    r"|(1\d|2[0-3])(?=[0-5]\dh))([0-5]\d)"
    rf"(?:\s?[-–]\s?([01]\d|2[0-3])([0-5]\d))?"
    # "0800 GMT", "at 1430 UTC": a zone after four digits makes them a time as well
    rf"(?:\s?(?:hours|hrs|h)\b(?:\.(?=\s+[a-z]))?|\s({_HOURS_ZONES})\b)"
)
# "at 2100 Sunday", "by 1800 tonight": four digits without a zero after a word that asks for a time and before a day
# are a 24-hour time too (no year or amount stands so); said without "hours", as not written. A first look led by
# digits, scanned in C.
_HOURS_BEFORE_DAY = compiled(
    rf"(?<![\w.,:])(?:{_AFTER_TIME_WORD})(1\d|2[0-3])([0-5]\d)"
    r"(?=\s(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|tonight|tomorrow)\b)")
# ... and an evening's time, 2101 to 2359, after "at", "until", "till", "from" or "by" in talk of the clock ("Trains
# run every 15 mins until 2300"): no year a news story names so (2100 itself is one: "by 2100").
_EVENING_HOURS = compiled(
    r"(?<![\w.,:])(?:(?<=\b[Aa]t )|(?<=\b[Uu]ntil )|(?<=\b[Tt]ill )|(?<=\b[Ff]rom )|(?<=\b[Bb]y ))"
    r"(2[1-3])((?<=21)(?:0[1-9]|[1-5]\d)|(?<!21)[0-5]\d)\b(?![.,:]\d|\s?[-–%])")
# "Dep. 0945", "arr. 2140", "departs 0712", "Arrival 1830": four digits after a timetable's word for leaving or
# arriving are its 24-hour time (they were "zero nine four five" and "two thousand one hundred forty"); not before a
# word they count ("arrivals 1500 people" is no time).
_TIMETABLE_CLOCK = compiled(
    r"\b((?:[Dd]ep|[Aa]rr|DEP|ARR)\.?\s|(?:[Dd]epart(?:s|ing|ure)|[Aa]rriv(?:es|ing|al)|DEPARTS|ARRIVES)\s)"
    r"([01]\d|2[0-3])([0-5]\d)\b(?![.,:]\d|\s?[-–%/])"
    r"(?!\s+(?!(?:at|in|from|on|to|and|for|via|local|the|then|with|arr|dep|arriv\w*|depart\w*)\b)[a-z])")
# and after a ferry's, a boat's or a plane's words for it ("last sailing 2130", "boarding 0850", "leaves 1432": "two
# thousand one hundred thirty" it was): a pattern of its own, asked only where one of the words is, so that the
# timetable's scan is no longer than it was.
# each of the pattern's words, as it stands apart in every match
_SAILING_WORDS = frozenset({"sails", "Sails", "sailing", "Sailing", "boards", "Boards", "boarding", "Boarding",
                            "leaves", "Leaves", "SAILS", "SAILING", "BOARDING"})
_SAILING_CLOCK = compiled(
    r"\b((?:[Ss]ail(?:s|ing)|[Bb]oard(?:s|ing)|[Ll]eaves|SAILS|SAILING|BOARDING)\s)"
    r"([01]\d|2[0-3])([0-5]\d)\b(?![.,:]\d|\s?[-–%/])"
    r"(?!\s+(?!(?:at|in|from|on|to|and|for|via|local|the|then|with|arr|dep|arriv\w*|depart\w*)\b)[a-z])")
# "ETA 0745", "ETD 2215": four digits after an estimated time of arrival or departure are its 24-hour time (they were
# "zero seven four five" and "two thousand two hundred fifteen"); not the hours 19 and 20, a year's as often ("ETA 2030"
# for a project, "ETA 1998" for a record).
_ESTIMATED_CLOCK = compiled(r"\b(ET[AD]:?\s)(0\d|1[0-8]|2[1-3])([0-5]\d)\b(?![.,:]\d|\s?[-–%/])")
# "b. 1920, dep. 2011": a life's end after its birth is a year, not a departure's time.
_BORN_BEFORE = compiled(r"\b(?:b\.|born)\s?(?:c\.\s?)?\d{3,4}\b")
_MAY_BE_EVENING_HOURS = compiled(r"2(?<=\s2)[1-3][0-5]\d\b")  # led by its digit: the engine skips to it
# Its days, each standing apart: a first look among util.letter_words, after four digits, a space and a letter in
# char_classes (a look led by four digits cost 2 us a sentence)
_DAYS_AFTER_HOURS = word_set("Mon Monday Tue Tues Tuesday Wed Wednes Wednesday Thu Thurs Thursday Fri Friday Sat Satur "
                             "Saturday Sun Sunday tonight tomorrow")
# "0830-1730", "open 0900–1700", "shift 2200-0600": a span of two 24-hour times in four digits, one led by a zero (no
# amount is written so), with no "hours" or zone after it (was "zero eight three zero to seventeen thirty").
_FOUR_DIGIT_SPAN = compiled(
    r"(?<![\w.,:/#-])([01]\d|2[0-3])([0-5]\d)\s?[-–]\s?([01]\d|2[0-3])([0-5]\d)(?![\w:/-]|[.,]\d|\s?[-–]\d)")
# led by one digit ("\d{4}" first is a repeat, which the engine does not scan for): scanned in C
_MAY_BE_FOUR_DIGIT_SPAN = compiled(r"\d\d{3}\s?[-–]\s?\d{4}")
_DIALLED_BEFORE = compiled(r"\b(?i:call|dial|ring|phone|tel|telephone|fax|text|on)\b\W*$")
# "at 10:00 hrs", "09:30 hours": the armed forces' time written with a colon ("ten o'clock hrs" it was); two digits
# for the hour, as no length of time is written.
_COLON_HOURS = compiled(r"(?<![\w.,:])([01]\d|2[0-3]):([0-5]\d)\s?(?:hours|hrs)\b(?!\sof\b)")
# "0600Z", "1830Z": a 24-hour time in Zulu time (UTC), as aviation and the forces write it; "0630 local" and
# "H-hour, 0545" (read "H hour" before) are an operation's times in four digits led by a zero.
# and a span of two ("1800Z–2359Z": its dash was said as written); "0600L", a time in four digits led by a zero
# and glued to its "L", the local time of a signal (no volume is written with a leading zero: "six hundred liters" it
# was), and "H-Hour 0530" without its comma.
# and one with the zone on its second end only ("0600–1000Z", as a notice to airmen writes its hours: "zero six zero
# zero ten hundred Zulu" it was, the dash unsaid), the zone said once, at the end.
_ZULU = compiled(r"(?<![\w.:,])([01]\d|2[0-3])([0-5]\d)(?:(Z)|(?=\s?[-–]\s?\d{4}Z))"
                 r"(?:\s?[-–]\s?([01]\d|2[0-3])([0-5]\d)Z)?\b")
_LOCAL = compiled(r"(?<![\w.:,])(0\d)([0-5]\d)(?:(?=\slocal\b)|(L)\b)"
                  r"|(?:(?<=hour, )|(?<=[Hh]-[Hh]our ))(0\d)([0-5]\d)\b(?![.,:]\d)")
# the first look for "0600L" took the minutes' last digit for a nought ("0945L" was "nine hundred and forty five
# liters"): any three digits before the "L", led by the literal the engine skips to
_MAY_BE_LOCAL = compiled(r"L(?<=\d\d\dL)")
# "at 0600", "by 0930", "the 0630 train": four digits led by a zero after a word that asks for a time, or before
# what runs to a timetable, are a 24-hour clock's time (no amount is written with a leading zero). So are they after
# "the" before where a service runs from or to ("the 0732 Liverpool Street to Norwich", "the 0715 from Leeds").
_ZERO_CLOCK = compiled(
    r"\b((?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]ince"
    # and after the sun's, the moon's and a camp's times of day ("Sunrise 0712", "Reveille 0630": "zero seven
    # one two" it was, digit by digit)
    r"|[Ss]un(?:rise|set)|[Mm]oon(?:rise|set)|[Rr]eveille|[Ff]irst light|[Ll]ast light|[Cc]urfew):?\s"
    r"|[Tt]he\s(?=0\d{3}\s(?:(?:train|flight"
    r"|bus|coach|service|departure|arrival|sailing|ferry|shift|start|kick-?off)\b|(?:dep|arr)\."
    r"|(?:[A-Z][\w.]*\s){0,3}(?:to|from)"
    r"\s[A-Z])))(0\d)([0-5]\d)\b(?![.,:]\d|\s?[-–]\s?\d)")
# "0645 departure", "0710 train" opening a timetable's cell: the service's word after is enough (not "service",
# "line" or "number": "0800 service" may be a freephone number's; nor after "call" or "dial"). Led by its zero: the
# engine skips to it.
_ZERO_CLOCK_BEFORE_SERVICE = compiled(
    r"0(?<![\w.,:/+-]0)(\d)([0-5]\d)(?=\s(?:train|flight|bus|coach|departure|arrival|sailing|ferry)s?\b)")
# "from 2200 Saturday to 0600 Sunday", "between 0900 and 1730": a span of two 24-hour times in words, one of them led
# by a zero (as "0830-1730" is read), with a weekday after the first maybe.
_WORDED_CLOCK_SPAN = compiled(
    r"\b((?:[Ff]rom|FROM|[Bb]etween|BETWEEN) )([01]\d|2[0-3])([0-5]\d)( (?:[A-Z][a-z]+ )?(?:to|and|until|till) )"
    r"([01]\d|2[0-3])([0-5]\d)\b(?![.,:]\d)")
# "at 0800 & 2000", "at 0600 and 1800": a second 24-hour time joined to a first led by a zero after "at", as a dose's
# or a round's times are written (the second was "two thousand"); not before a word it counts ("and 2000 people").
_ZERO_CLOCK_PAIR = compiled(
    r"\b([Aa]t )(0\d)([0-5]\d)( (?:&|and) )([01]\d|2[0-3])([0-5]\d)\b(?![.,:]\d|\s?[-–%/])"
    r"(?!\s+(?!(?:daily|each|every|on|and|or|then|with|for|local|hours|hrs)\b)[a-z])")
# four digits led by a zero after "~" ("~0300", a log's or a plan's "about three in the morning"): no amount is
# written with a leading zero, so they are the 24-hour clock's, read as "at 0300" is.
_ABOUT_ZERO_CLOCK = compiled(r"(?<![\w~])~(0\d)([0-5]\d)\b(?![.,:]\d|\s?[-–]\s?\d)")
_MAY_BE_HOURS = compiled(rf"\d\d\s?h|\d\d\s(?:{_HOURS_ZONES})\b")
# _MAY_BE_HOURS's first alternative, an "h" after two digits and a space maybe, led by the literal "h", which the
# engine skips to (the digit's class was tried at every character); its look behinds ask for the digits. The second,
# a zone's capitals after a space, is asked only where the classes hold two digits, a space and two capitals.
_HOURS_AFTER_DIGITS = compiled(r"h(?:(?<=\d\dh)|(?<=\d\d\sh))")


def _timetable_clock(match: re.Match[str]) -> str:
    """"dep 0945" -> "departure o nine forty five"; "dep. 2011" after a birth is left to be a year."""
    word = match.group(1)
    # the birth a few words before ("(b. 1898, dep. 1971)"): a bounded look, as a look back to the text's start for
    # each of a timetable's hundred departures grew as their square (2,000 "departs 1645" took 2.6 s)
    if word[0] in "dD" and _BORN_BEFORE.search(match.string, max(0, match.start() - 80), match.start()):
        return match.group(0)
    return TIMETABLE_WORDS.get(word, word) + hundred_hours(int(match.group(2)), int(match.group(3)))


def _hours(match: re.Match[str]) -> str:
    """"0800 hours" -> "o eight hundred hours", "at 1430 GMT" -> "at fourteen thirty GMT"; also spans of them."""
    minutes, until_hours, until_minutes, zone = match.group(4, 5, 6, 7)
    spoken = hundred_hours(int(match.group(1) or match.group(2) or match.group(3)), int(minutes))
    if until_hours:
        spoken += " to " + hundred_hours(int(until_hours), int(until_minutes))
    return padded(match, spoken + (" " + zone if zone else " hours"))


def hundred_hours(hours: int, minutes: int) -> str:
    """A clock time said as four digits: "o eight hundred", "o o thirty", "fourteen o five"."""
    if hours == 0:
        # the hour's two zeros said as one hour's zero is ("at 0520 and 0048": "o five twenty and o o forty eight", as a
        # broadcaster says them alike; "zero zero forty eight" it was); midnight alone is "zero hundred"
        spoken = "zero" if minutes == 0 else "o o"
    else:
        spoken = ("o " if hours < 10 else "") + numbers.cardinal(hours)
    return spoken + (" hundred" if minutes == 0 else (" o " if minutes < 10 else " ") + numbers.cardinal(minutes))


def _zero_clock(match: re.Match[str]) -> str:
    """"0645 departure" -> "o six forty five departure", but not a number to call ("call 0800 train")."""
    if _DIALLED_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)
    return hundred_hours(int(match.group(1)), int(match.group(2)))


def _zero_clock_pair(match: re.Match[str]) -> str:
    """"at 0800 & 2000" -> "at o eight hundred and twenty hundred"."""
    first, last = (int(match.group(i)) for i in (2, 3)), (int(match.group(i)) for i in (5, 6))
    return f"{match.group(1)}{hundred_hours(*first)} and {hundred_hours(*last)}"


def _evening_hours(match: re.Match[str]) -> str:
    """"until 2300" -> "until twenty three hundred" in talk of the clock, not of prices or measures."""
    if not near(CLOCK_TALK, match, 80) or near(NOT_CLOCK_TALK, match, 60):
        return match.group(0)
    return hundred_hours(int(match.group(1)), int(match.group(2)))


def _worded_clock_span(match: re.Match[str]) -> str:
    """"from 2200 to 0600" -> "from twenty two hundred to o six hundred"; with no side led by a zero, as written."""
    if not (match.group(2).startswith("0") or match.group(5).startswith("0")):
        return match.group(0)  # "from 1990 to 2000", "between 1200 and 1500": years or counts as well
    first, last = (int(match.group(i)) for i in (2, 3)), (int(match.group(i)) for i in (5, 6))
    return f"{match.group(1)}{hundred_hours(*first)}{match.group(4)}{hundred_hours(*last)}"


def _four_digit_span(match: re.Match[str]) -> str:
    """"0830-1730" -> "o eight thirty to seventeen thirty"; a span with no side led by a zero, as written."""
    # "1400-2200" (lates on a rota): hundreds up to one no year reaches, said alike as hours or as a count
    hundreds = match.group(2) == match.group(4) == "00" and int(match.group(3)) >= 21
    if not (match.group(1).startswith("0") or match.group(3).startswith("0") or hundreds):
        return match.group(0)  # "1200-1300", "1990-2000": years, pages or counts as well
    if _DIALLED_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)  # "call 0800-1234": a number to dial
    first, last = (int(match.group(i)) for i in (1, 2)), (int(match.group(i)) for i in (3, 4))
    return padded(match, f"{hundred_hours(*first)} to {hundred_hours(*last)}")


def _zulu(match: re.Match[str]) -> str:
    """"0600Z" -> "o six hundred Zulu"; "1800Z-2359Z" -> "eighteen hundred Zulu to twenty three fifty nine Zulu",
    "0600–1000Z" -> "o six hundred to ten hundred Zulu"."""
    hours, minutes, zone, end_hours, end_minutes = match.groups()
    if not zone and not end_hours:
        return match.group(0)  # "0600–10000Z": no span of times
    spoken = hundred_hours(int(hours), int(minutes)) + (" Zulu" if zone else "")
    if end_hours:
        spoken += " to " + hundred_hours(int(end_hours), int(end_minutes)) + " Zulu"
    return padded(match, spoken)


def _local(match: re.Match[str]) -> str:
    """"0630 local" -> "o six thirty local", "0600L" -> "o six hundred local"."""
    spoken = hundred_hours(int(match.group(1) or match.group(4)), int(match.group(2) or match.group(5)))
    return padded(match, spoken + " local") if match.group(3) else spoken


def zulu_and_local(text: str) -> str:
    """"0600Z" -> "o six hundred Zulu", "0630 local" -> "o six thirty local": read before the lengths of time."""
    if "Z" in text:
        text = _ZULU.sub(_zulu, text)
    if (" local" in text or "hour, 0" in text or ("-" in text and "our 0" in text)
            or ("L" in text and "000A" in char_classes(text) and _MAY_BE_LOCAL.search(text))):
        text = _LOCAL.sub(_local, text)
    return text


def four_digit_times(text: str) -> str:
    """"10:00 hrs", "0800 hours", "at 2117 GMT", "0830-1730", "at 0600", "dep 0945", "at 2100 Sunday", "until 2300":
    24-hour times said in hundreds, after the lengths of time."""
    if ":" in text and "h" in text:
        text = _COLON_HOURS.sub(lambda m: padded(m, hundred_hours(int(m.group(1)), int(m.group(2))) + " hours"), text)
    # "0800 hours", or a zone after four digits: "at 2117 GMT" holds no "h"
    if ("h" in text and _HOURS_AFTER_DIGITS.search(text)) or ("00 AA" in char_classes(text)
                                                             and _MAY_BE_HOURS.search(text)):
        text = _HOURS.sub(_hours, text)
    if ("-" in text or "–" in text) and _MAY_BE_FOUR_DIGIT_SPAN.search(text):
        text = _FOUR_DIGIT_SPAN.sub(_four_digit_span, text)
    if " 0" in text or text[:1] == "0":  # after "0800 hours" and "0800-1600 hours" were read whole
        if "rom " in text or "etween " in text or "ROM " in text or "ETWEEN " in text:
            text = _WORDED_CLOCK_SPAN.sub(_worded_clock_span, text)
        if "t 0" in text and (" & " in text or " and " in text):
            text = _ZERO_CLOCK_PAIR.sub(_zero_clock_pair, text)
        text = _ZERO_CLOCK.sub(lambda m: m.group(1) + hundred_hours(int(m.group(2)), int(m.group(3))), text)
        text = _ZERO_CLOCK_BEFORE_SERVICE.sub(_zero_clock, text)
    if "~" in text and "~0" in text:  # "~0300", about a 24-hour time ("about zero three zero zero" it was)
        text = _ABOUT_ZERO_CLOCK.sub(lambda m: "~" + hundred_hours(int(m.group(1)), int(m.group(2))), text)
    # after the spans, which read "from 2200 Fri to 0500 Mon" whole
    classes = char_classes(text)  # once: a call for each look cost as much as the looks
    if "0000" in classes:  # four digits in a row, for the three rules after
        # dep., departs, arr., arrives
        if "ep" in text or "rr" in text or ("E" in text and "EP" in text) or ("R" in text and "RR" in text):
            text = _TIMETABLE_CLOCK.sub(_timetable_clock, text)
            classes = char_classes(text)
        if among_words(_SAILING_WORDS, text):  # one look among the words, where six needles scanned the text
            text = _SAILING_CLOCK.sub(lambda m: m.group(1) + hundred_hours(int(m.group(2)), int(m.group(3))), text)
            classes = char_classes(text)
        if "ET" in text:
            text = _ESTIMATED_CLOCK.sub(lambda m: m.group(1) + hundred_hours(int(m.group(2)), int(m.group(3))), text)
            classes = char_classes(text)
        # a day's capital and small letter, or "tonight", "tomorrow" (seven letters or more), then the days' words
        if ("0000 Aa" in classes or "0000 aaaaaaa" in classes) and among_words(_DAYS_AFTER_HOURS, text):
            text = _HOURS_BEFORE_DAY.sub(lambda m: hundred_hours(int(m.group(1)), int(m.group(2))), text)
            classes = char_classes(text)
        if "a 0000" in classes and _MAY_BE_EVENING_HOURS.search(text):
            text = _EVENING_HOURS.sub(_evening_hours, text)
    return text

"""A forecast table's row: a day's high and low glued to their "C" ("Mon 12C 7C 40%") said as degrees Celsius, and
the row's short weekday said in full; and a tide table's time before or after high water at a port ("HW Dover
-0140")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import TIDE_WORDS

# A forecast table's row: a day's high and low glued to their "C" ("Mon 12C 7C 40%", "Sat 3C -2C"): degrees Celsius
# where the row opens with its short weekday or a chance of rain follows ("Seats 12C 7C" are seats); the weekday is
# said in full.
_TEMPERATURE_PAIR = compiled(r"(?<![\w.,-])(-?\d{1,2})C\s(-?\d{1,2})C\b(?![.,]\d|['’])")
_CHANCE_AFTER_PAIR = compiled(r"\s\d{1,3}\s?%")
_MAY_BE_TEMPERATURE_PAIR = compiled(r"C(?<=\dC)\s-?\d\d?C\b")  # led by the "C": scanned in C
_ROW_WEEKDAY = compiled(r"^(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b:?(?=\s-?\d{1,2}\s?(?:C|°C|degrees?)\b)")
# A chance of rain after the pair is a forecast's only where nothing but a day (or nothing) comes before it: "Rooms
# 12C 7C 40% off" is rooms and a sale.
_DAY_BEFORE_PAIR = compiled(r"(?:^|(?:^|\s)(?:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day)?|Wednesday|Thursday"
                            r"|Saturday|Today|Tonight|Tomorrow|today|tonight|tomorrow)\b:?\s*)$")
# "Mon 12°C 7°C 40%": a forecast's row with its signs, whose weekday is said in full likewise.
_ROW_WEEKDAY_DEGREES = compiled(
    r"^(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b:?(?=\s-?\d{1,2}\s?°C\s-?\d{1,2}\s?°C\b)")
_WEEKDAYS = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
             "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}


def _temperature_pair(match: re.Match[str]) -> str:
    """"12C 7C" -> "12 degrees Celsius 7 degrees Celsius" in a forecast's row, else as written."""
    if not (_ROW_WEEKDAY.match(match.string) or (_CHANCE_AFTER_PAIR.match(match.string, match.end())
                                                 and _DAY_BEFORE_PAIR.search(match.string, 0, match.start()))):
        return match.group(0)
    high, low = match.groups()
    return (f"{high} {'degree' if high.lstrip('-') == '1' else 'degrees'} Celsius "
            f"{low} {'degree' if low.lstrip('-') == '1' else 'degrees'} Celsius")


def temperature_pairs(text: str) -> str:
    """"Mon 12C 7C 40%" -> "Monday 12 degrees Celsius 7 degrees Celsius 40%"."""
    if not _MAY_BE_TEMPERATURE_PAIR.search(text):
        return text
    return _ROW_WEEKDAY.sub(lambda m: _WEEKDAYS[m.group(1)], _TEMPERATURE_PAIR.sub(_temperature_pair, text))


def degree_rows(text: str) -> str:
    """"Mon 12°C 7°C" -> "Monday 12°C 7°C": a forecast row's weekday in full."""
    if not _ROW_WEEKDAY_DEGREES.match(text):
        return text
    return _ROW_WEEKDAY_DEGREES.sub(lambda m: _WEEKDAYS[m.group(1)], text)


# "Low water Dover -0140", "HW Dover +0015": a port's tide given as hours and minutes before or after high or low
# water at a standard port, said as the time it is ("minus zero one four zero" it was); only after the tide's name.
# or an hour's one digit and a colon, as a tide table writes it ("HW Dover +0:45"; "+forty five seconds" it was),
# after the port's own time maybe ("HW Dover 06:12 +0:45").
_TIDE_OFFSET = compiled(r"\b((?:HW|LW|[Hh]igh [Ww]ater|[Ll]ow [Ww]ater|[Hh]igh [Tt]ide|[Ll]ow [Tt]ide)"
                        r"(?: [A-Z][a-z]+)?(?: [0-2]\d:[0-5]\d)? ?)([+−-])(?:([0-1]\d)([0-5]\d)|(\d):([0-5]\d))"
                        r"(?![\w.,:]\d|\d)")


# A tide table's time of high or low water in four digits, "HW 0538", "LW 1637" ("H.W zero five three eight", "two
# thousand one hundred forty seven" it was): the tide's words and the time as a clock's (an hour of the day and its
# minutes; "HW 9981" is no time, and "the HW 2000" a product's model).
_TIDE_TIME = compiled(r"(?<![Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )\b(HW|LW) ([01]\d|2[0-3])([0-5]\d)(?![\w.,:]\d|[\w:])")


def tide_times(text: str) -> str:
    """"HW 0538" -> "high water 05:38" (text holds "HW " or "LW ")."""
    return _TIDE_TIME.sub(lambda m: f"{TIDE_WORDS[m.group(1)]} {m.group(2)}:{m.group(3)}", text)


def _tide_offset(match: re.Match[str]) -> str:
    """"HW Dover -0140" -> "HW Dover minus one hour forty", "+0030" -> "plus thirty minutes"."""
    label, sign = match.group(1), match.group(2)
    hours, minutes = int(match.group(3) or match.group(5)), int(match.group(4) or match.group(6))
    said = []
    if hours:
        said.append(f"{numbers.cardinal(hours)} hour{'s' if hours > 1 else ''}")
    if minutes:
        said.append(numbers.cardinal(minutes) + ("" if hours else f" minute{'s' if minutes > 1 else ''}"))
    if not said:
        return match.group(0)
    return f"{label.rstrip()} {'plus' if sign == '+' else 'minus'} {' '.join(said)}"


def tide_offsets(text: str) -> str:
    """"Low water Dover -0140" -> "Low water Dover minus one hour forty"."""
    return _TIDE_OFFSET.sub(_tide_offset, text)

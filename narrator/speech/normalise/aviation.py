"""Aviation's numbers as pilots, controllers and crews say them: a flight level ("FL350"), a wind's bearing and speed
("270/25kt"), a flight's airline code and number ("Flight BA 123", "EZY8571") and a Boeing jetliner ("737-800")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import AIRLINE_CODES, AIRPORT_CODES, MONEY_SIGNS
from narrator.speech.normalise.util import among_known_words, char_classes, padded

# "FL350", "FL 390": a flight level in hundreds of feet, said digit by digit as pilots and controllers say it (was
# "F.L three fifty"); three digits only, so a Florida address's five-digit ZIP code is no level.
# a span of levels, each said so ("FL310-350", "FL310–FL350": "flight level three one zero to three five zero";
# the dash was lost).
_FLIGHT_LEVEL = compiled(r"\bFL\s?([0-6]\d[05])(?:\s?[-–]\s?(?:FL\s?)?([0-6]\d[05]))?\b(?![.,]\d)")
# "HDG 270", "hdg 090": an aircraft's heading in three digits after its label, said digit by digit as pilots
# say it ("H.D.G two hundred seventy" it was).
# a flight level in words, "cruising at flight level 350", "a flight level of 240": its digits said one by one
# as "FL350" is ("three hundred fifty" it was); a level ends in 0 or 5, three digits or two ("flight level 80").
_LEVEL_IN_WORDS = compiled(r"\b([Ff]light [Ll]evel(?: of)?) ([0-6]\d[05]|[1-9][05])\b(?![.,]\d)")
_HEADING = compiled(r"\b(?:HDG|[Hh]dg)\.?\s?([0-2]\d\d|3[0-5]\d|360)\b(?![.,]\d)")
# "Winds 090/12 knots", "270/25kt": a wind's bearing in three digits and its speed, as a forecast or an airfield's
# report writes them (was "ninety twelfths knots"): the bearing digit by digit, "at" the speed.
_WIND = compiled(r"\b([0-2]\d\d|3[0-5]\d|360)/(\d{1,3})(?=\s?(?:knots?|kts?|KT)\b)")
# "Flight BA 123", "flight UA 9": an airline's code and its number, said in pairs as crews say it.
_FLIGHT = compiled(r"\b([Ff]light\s)([A-Z][A-Z0-9])\s?(\d{1,4})\b(?![.,]\d)")
_FLIGHT_WORDS = frozenset({"Flight", "flight"})  # each stands apart in every match
# "on BA 2490 to Rome", "EZY 8571 was delayed": an airline's own code says it is a flight ("BA 2490" was "two thousand
# four hundred ninety"). Its empty first group stands for _FLIGHT's word "flight", so that _flight reads both.
# Not a span: a flight is one number, and "BA 100–200", "VS 30–40" are a range after a code that is no airline's there
# (a degree's, a lab's; its dash was dropped, "B.A one hundred two hundred").
_AIRLINE_FLIGHT = compiled(rf"\b()({'|'.join(sorted(AIRLINE_CODES, key=len, reverse=True))})\s(\d{{2,4}})\b"
                           r"(?![.,]\d|\s?(?:%|percent|million|billion|bn|m|k)\b|\s?[-–]\s?\d)")
# "BA2490", "EZY8571", "MH370": a flight's code written against its three or four digits, as tickets and boards write
# it ("two thousand four hundred ninety" it was); codes with a digit ("B6", "F9") only apart from the number.
_GLUED_FLIGHT = compiled(rf"\b()({'|'.join(sorted((c for c in AIRLINE_CODES if c.isalpha()), key=len, reverse=True))})"
                         r"(\d{3,4})\b(?![.,]\d|[-/])")
_MAY_BE_GLUED_FLIGHT = "AA000"  # [A-Z][A-Z]\d{3} in util.char_classes: a first look
_MAY_BE_AIRLINE = compiled(r"[A-Z][A-Z0-9][A-Z]? \d\d")  # a first look, led by a class
# A Boeing jetliner is said in pairs and its variant as a number: "737-800" is "seven thirty seven eight hundred",
# "777-300ER", "737 MAX 8", "787-10", "777X". Known by the maker's name before it, a variant after it, or what it
# is called.
_JETLINER = compiled(
    rf"7(?<![\w.,{MONEY_SIGNS}/-]7)[0-8]7(?:-(\d00|[1-9]\d?)([A-Z]{{1,2}})?(?![\w-])|(?=[Xx](?![\w-]))"
    r"|(?<=Boeing 7[0-8]7)(s?)(?![\w-]|[.,]\d)|(?<=7[0-8]7)(s)(?![\w'’-]|[.,]\d)"  # or a bare plural: "two 747s"
    r"|(?=\s(?:MAX|Max|Dreamliners?|jets?|jetliners?|airliners?|aircraft|planes?|freighters?|jumbos?)\b))"
)

# a regional airliner by its family and its series, "Dash 8-400", "ATR 72-600", "ATR 42-500": the series a
# number after the family's, as crews say it ("eight to four hundred" it was, a range).
_TURBOPROP = compiled(r"\b(Dash|ATR) (\d{1,2})-(\d00)\b(?![.,]\d|[-–])")

# "LHR-SIN", "MAN–PMI", "CDG-DXB-SYD": airports' codes joined by hyphens, a route from the first to the last, each
# code spelled and "to" between them (a code that is a word in capitals was said as the word: "man-P.M.I"). Two
# other codes joined so ("EUR-USD", "NBC-CBS") are no route: every code must be an airport's (facts.AIRPORT_CODES).
_ROUTE = compiled(r"(?<![\w.&'’/-])[A-Z]{3}(?:[-–][A-Z]{3})+(?![\w'’/-])")

def _flight(match: re.Match[str]) -> str:
    """"Flight BA 123" -> "Flight B.A one twenty three", "flight B6 9" -> "flight B six nine"."""
    code = match.group(2)
    spoken = ".".join(code) if code.isalpha() else " ".join(
        numbers.digits(char) if char.isdigit() else char for char in code)  # "B6", "U2", "F9"
    digits = match.group(3)
    number = numbers.year(int(digits)) if len(digits) == 4 and digits[0] != "0" else numbers.in_pairs(digits)
    return padded(match, f"{match.group(1)}{spoken} {number}")


def _jetliner(match: re.Match[str]) -> str:
    """"737-800" -> "seven thirty seven eight hundred", "777-300ER" -> "... three hundred E.R", "747s" -> "...s"."""
    variant, letters, plural = match.group(1), match.group(2), match.group(3) or match.group(4)
    spoken = numbers.in_pairs(match.group(0)[:3]) + (plural or "")
    if variant:
        spoken += " " + numbers.cardinal(int(variant)) + (" " + ".".join(letters) if letters else "")
    return padded(match, spoken)


def _wind(match: re.Match[str]) -> str:
    """"090/12" before knots -> "zero nine zero at 12"."""
    return f"{numbers.digits(match.group(1))} at {int(match.group(2))}"  # "08 knots": eight


def flight_levels(text: str) -> str:
    """"FL350" -> "flight level three five zero", "FL310-350" -> "... three one zero to three five zero"; "HDG 270"
    -> "heading two seven zero"."""
    if "FL" in text:
        text = _FLIGHT_LEVEL.sub(lambda m: "flight level " + numbers.digits(m.group(1))
                                 + (" to " + numbers.digits(m.group(2)) if m.group(2) else ""), text)
    if "evel" in text:
        text = _LEVEL_IN_WORDS.sub(lambda m: f"{m.group(1)} {numbers.digits(m.group(2))}", text)
    if "HDG" in text or "hdg" in text or "Hdg" in text:
        text = _HEADING.sub(lambda m: "heading " + numbers.digits(m.group(1)), text)
    return text


def winds(text: str) -> str:
    """"270/25kt" -> "two seven zero at 25kt": a wind's bearing digit by digit, "at" its speed."""
    if not _WIND.search(text):
        return text
    return _WIND.sub(_wind, text)


def flights(text: str) -> str:
    """"Flight BA 123", "on BA 2490", "EZY8571": a flight's code and its number, said as crews say them."""
    if among_known_words(_FLIGHT_WORDS, text) and "light " in text:
        text = _FLIGHT.sub(_flight, text)
    if ("A 00" in char_classes(text) or "0 00" in char_classes(text)) and _MAY_BE_AIRLINE.search(text):
        text = _AIRLINE_FLIGHT.sub(_flight, text)
    if _MAY_BE_GLUED_FLIGHT in char_classes(text):
        text = _GLUED_FLIGHT.sub(_flight, text)
    return text


def _route(match: re.Match[str]) -> str:
    """"LHR-SIN" -> "L.H.R to S.I.N", where every code is an airport's."""
    codes = match.group(0).replace("–", "-").split("-")
    if not all(code in AIRPORT_CODES for code in codes):
        return match.group(0)
    return " to ".join(".".join(code) for code in codes)


def routes(text: str) -> str:
    """Airports' codes joined by hyphens, "LHR-SIN" -> "L.H.R to S.I.N" (asked where two capitals stand together)."""
    # first looks in util.char_classes, where the en dash, beyond ASCII, is a "?"
    if "AAA-AAA" in char_classes(text) or "AAA?AAA" in char_classes(text):
        text = _ROUTE.sub(_route, text)
    return text

def turboprops(text: str) -> str:
    """"Dash 8-400" -> "Dash eight four hundred", "ATR 72-600" -> "ATR seventy two six hundred"."""
    return _TURBOPROP.sub(lambda m: padded(m, f"{m.group(1)} {numbers.cardinal(int(m.group(2)))}"
                                              f" {numbers.cardinal(int(m.group(3)))}"), text)


def jetliners(text: str) -> str:
    """"737-800" -> "seven thirty seven eight hundred"."""
    return _JETLINER.sub(_jetliner, text)

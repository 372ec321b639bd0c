"""Measures as racing and the gym write them: furlongs alone, halved or in a span ("5-7f", "4 1/2f"), a
span of stones ("8-10 st"), and a lifter's sets by reps before the load ("3x10 @ 80 kg")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import near, padded, sentence_stop

# "4 1/2f" (a "½" tidied), "5-7f", "over 6f", "2f out": furlongs, a race's distance under a mile, as racecards write
# them ("four one slash two f" and "five-seven f" they were). Halved or in a span the "f" can only be furlongs; a lone
# "6f" is hex or a grade as often, so it is read only where a race is spoken of or before "out" (a horse's place, "led
# 2f out"). A span runs up, as a race's distances do ("7-5f" is left).
_FURLONGS = compiled(r"([1-9])(?<![\w.,/#-][1-9])(?:( 1/2)|\s?[-–]\s?([1-9]))?f\b(?![\w'’-]|\.\w|\s?/)")
_RACE_TALK = compiled(r"\b(?i:races?|racing|racecourse|furlongs?|handicaps?|stakes|maiden|sprint\w*|novices?"
                      r"|hurdles?|chase|jockeys?|trainers?|horses?|colts?|fill(?:y|ies)|mares?|geldings?|going|trip"
                      r"|Derby|Guineas|Oaks|Gold Cup)\b")
_OUT_AFTER = compiled(r"\s+out\b")
_OVER_BEFORE = compiled(r"\b[Oo]ver\s$")
# "a 6f sprint", "the 5-7f handicaps": the distance before the race it names describes it, one furlong each
_RACE_AFTER = compiled(r"\s(?:sprints?|races?|handicaps?|maidens?|trips?|contests?|dash|events?|stakes|novices?)\b")


# a span from furlongs to a mile or more, a race's trip as racecards give it ("7f-1m", "6f–1m2f": "seven f-one
# meter" it was); a span that starts in furlongs and ends in miles can only be a race's.
_FURLONGS_TO_MILES = compiled(r"([1-7])(?<![\w.,/#-][1-7])f ?[-–] ?([1-3])m(?: ?([1-7])f)?(?![\w'’/-]|\.\w)")


def _furlongs_to_miles(match: re.Match[str]) -> str:
    """"7f-1m" -> "seven furlongs to one mile", "6f-1m2f" -> "six furlongs to one mile two furlongs"."""
    first, miles, more = match.groups()
    said = (f"{numbers.cardinal(int(first))} furlongs to {numbers.cardinal(int(miles))}"
            f" {'mile' if miles == '1' else 'miles'}")
    if more is not None:
        said += f" {numbers.cardinal(int(more))} {'furlong' if more == '1' else 'furlongs'}"
    return padded(match, said)


def _furlongs(match: re.Match[str]) -> str:
    """"4 1/2f" -> "four and a half furlongs", "5-7f" -> "five to seven furlongs", "over 6f" -> "over six furlongs"."""
    first, half, last = match.groups()
    named = "furlong" if _RACE_AFTER.match(match.string, match.end()) else "furlongs"
    if last is not None:
        if int(last) <= int(first):
            return match.group(0)
        return padded(match, f"{numbers.cardinal(int(first))} to {numbers.cardinal(int(last))} {named}")
    if half is None and not (near(_RACE_TALK, match, 60) or _OUT_AFTER.match(match.string, match.end())
                             or _OVER_BEFORE.search(match.string, max(0, match.start() - 6), match.start())):
        return match.group(0)
    if half is not None:
        return padded(match, f"{numbers.cardinal(int(first))} and a half {named}")
    return padded(match, f"{numbers.cardinal(int(first))} {'furlong' if first == '1' else named}")


# "1m 4f 6y", "7f 213y": the yards a racecard gives after a trip's furlongs, once those are words ("four furlongs six
# y" it was); a "y" against a number is yards only there.
_YARDS_AFTER = compiled(r"\b(furlongs?) (\d{1,3})y\b(?![\w'’-])")


def _yards_after(match: re.Match[str]) -> str:
    """"four furlongs 6y" -> "four furlongs six yards"."""
    yards = int(match.group(2))
    return f"{match.group(1)} {numbers.cardinal(yards)} {'yard' if yards == 1 else 'yards'}"


# "8-10 st", "9–11 st.": a span of stones, a British body's weight, spaced from its small "st" (a span of days,
# "20-21st", is an ordinal's, against its number; "St" is a street or a saint). Forty stone is past any body's.
_STONE_SPAN = compiled(r"(\d(?<![\w.,/-]\d)\d?)\s?[-–]\s?(\d{1,2}) st\b\.?(?![\w'’-])")  # led by a digit


def _stone_span(match: re.Match[str]) -> str:
    """"8-10 st" -> "eight to ten stone"; a span that runs down or past forty is left."""
    low, high = int(match.group(1)), int(match.group(2))
    if not low < high <= 40:
        return match.group(0)
    return padded(match, f"{numbers.cardinal(low)} to {numbers.cardinal(high)} stone{sentence_stop(match)}")


# "3x10 @ 80 kg", "5×5 @ 100kg", "4x8 @ RPE 8", "3x12 @ 70%": a lifter's sets by reps, then "@" and the load or the
# effort, said "by" as a gym says it ("three x ten at" it was); "2x11" alone is a drivetrain's or a product as often.
_SETS_AT = compiled(r"(\d(?<![\w.,/]\d)\d?)\s?[x×]\s?([1-9]|[1-3]\d)(?=\s?@\s?(?:\d|RPE|RIR|BW|bodyweight))")


def racing_measures(text: str) -> str:
    """Read racing's furlongs alone, halved or in a span, and spans of stones (units.py looks first)."""
    if "f" in text:
        text = _FURLONGS.sub(_furlongs, text)
        if "furlong" in text and "y" in text:
            text = _YARDS_AFTER.sub(_yards_after, text)
    if " st" in text:
        text = _STONE_SPAN.sub(_stone_span, text)
    return text


def furlongs_to_miles(text: str) -> str:
    """Read a span from furlongs to miles, "7f-1m" (before miles and furlongs are read: "1m2f")."""
    return _FURLONGS_TO_MILES.sub(_furlongs_to_miles, text) if "m" in text else text


def sets_at(text: str) -> str:
    """Read a lifter's sets by reps before "@" and the load: "3x10 @ 80 kg" -> "3 by 10 @ 80 kg"."""
    return _SETS_AT.sub(r"\1 by \2", text)

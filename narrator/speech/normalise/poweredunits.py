"""English measures in science's notation: a number and a product of units with negative powers ("8 m s^-1")."""

from __future__ import annotations

import re

from narrator.speech.normalise.amounts import NUM, amount, describes_a_noun, is_one
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import PERIODS, POWERED_ONLY_UNITS, POWERS, UNITS
from narrator.speech.normalise.util import padded

# "8 m s^-1", "3 g cm^-3", "2 μmol m^-2 s^-1", "140 fb^-1" (tidy.py writes a superscript power with a caret): a
# number, then up to four unit symbols apart by a space or a middle dot, the last with a negative power. Each symbol
# is a run of letters with a separator after it, so no two repeats can take the same characters.
_UNIT = r"[A-Za-zμΩ]{1,5}(?:\^-?[1-4]|[23])?"
_VALUE = rf"(-?{NUM}|10\^-?\d{{1,2}})(?:\s?(?:-|to)\s?({NUM}))?\s?"  # "-3", "5-10", "10^-3" (a power of ten)
_POWERED_UNITS = compiled(
    rf"(?<![\w.,^-]){_VALUE}((?:{_UNIT}[ ·⋅]){{0,3}}[A-Za-zμΩ]{{1,5}}\^-[1-4])(?![\w^])")
# "10^-3 Pa", "10^-9 m": a power of ten with one unit, which the measures' rules do not read after a caret
_TEN_TO_A_UNIT = compiled(r"(?<![\w.,^-])(10\^-?\d{1,2})\s?([A-Za-zμΩ]{1,5})(?![\w^°/])")
_PART = compiled(r"([A-Za-zμΩ]+)(?:\^?(-?)([1-4]))?")
_TIMES = frozenset({"second", "minute", "hour", "day"})  # in UNITS too ("sec", "min"), as PERIODS holds them
_SQUARED = {"2": "squared", "3": "cubed"}  # a time's power: "per second squared", never "per square second"


def _names(symbol: str) -> tuple[str, str] | None:
    """The singular and plural names of a unit symbol, or None where the house's tables do not hold it."""
    if symbol in UNITS:
        return UNITS[symbol]
    if symbol in PERIODS:
        return PERIODS[symbol], PERIODS[symbol] + "s"
    return POWERED_ONLY_UNITS.get(symbol)


def _said(match: re.Match[str]) -> str:
    """"8 m s^-1" -> "8 meters per second"; "140 fb^-1" -> "140 inverse femtobarns"; an unknown symbol is left."""
    above: list[tuple[str, str]] = []  # the units multiplied, each said singular and plural
    below: list[str] = []  # the units divided by
    for written in re.split(r"[ ·⋅]", match.group(3)):
        part = _PART.fullmatch(written)
        names = _names(part.group(1)) if part is not None else None
        if part is None or names is None or part.group(3) == "4" or (part.group(3) == "1" and not part.group(2)):
            return match.group(0)  # a symbol the tables do not hold is never guessed; "m^1" and "m^4" are not read
        power = part.group(3) or "1"
        if not part.group(2):  # multiplied: "kg m2 s^-2" is kilogram square meters per second squared
            prefix = "" if power == "1" else POWERS[power] + " "
            above.append((prefix + names[0], prefix + names[1]))
        elif power == "1":
            below.append(names[0])
        elif part.group(1) in PERIODS or names[0] in _TIMES:
            below.append(f"{names[0]} {_SQUARED[power]}")
        else:
            below.append(f"{POWERS[power]} {names[0]}")
    value, upper = match.group(1), match.group(2)
    one = (is_one(value) and not upper) or describes_a_noun(match)  # "a 5 mol L^-1 solution": a five mole per liter
    spoken = _amount(value) + (" to " + amount(upper, True) if upper else "")
    if above:
        counted = " ".join([name for name, _ in above[:-1]] + [above[-1][0 if one else 1]])
        return padded(match, f"{spoken} {counted} per {' per '.join(below)}")
    symbol = match.group(3).partition("^")[0]
    if len(below) == 1 and match.group(3).endswith("^-1") and symbol not in PERIODS:
        names = _names(symbol)  # "140 fb^-1", "1,650 cm^-1": one over a unit not of time is its inverse, as said
        if names is not None:
            return padded(match, f"{spoken} inverse {names[0] if one else names[1]}")
    return padded(match, f"{spoken} per {' per '.join(below)}")  # "0.3 s^-1": a rate, "zero point three per second"


def _amount(value: str) -> str:
    """A number as said before a unit; a power of ten is left to the powers' rule ("ten to the power of minus")."""
    return value if "^" in value else amount(value, True)


def _ten_to_a_unit(match: re.Match[str]) -> str:
    """"10^-3 Pa" -> "10^-3 pascals": a unit the tables hold after a power of ten; any other word is left."""
    names = _names(match.group(2)) if match.group(2) not in POWERED_ONLY_UNITS else None
    return f"{match.group(1)} {names[1]}" if names is not None else match.group(0)


def powered_units(text: str) -> str:
    """Read a number and units with negative powers: "3 g cm^-3" -> "3 grams per cubic centimeter"."""
    text = _POWERED_UNITS.sub(_said, text)
    return _TEN_TO_A_UNIT.sub(_ten_to_a_unit, text) if "10^-" in text else text

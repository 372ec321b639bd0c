"""Measures German, French, Spanish, Italian and Portuguese write with a slash or an "x" between two parts: a rate of
one unit per another ("7,5 t/ha", "32 ct/kWh", "60 sacas/ha") and a surface's sides ("3x4 m"), each said with the
language's words (espeak-ng said "t Schrägstrich h a", "drei x vier m")."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise.util import NOT_IN_GROUPS, alternation

# A number as these languages write it: groups by a stop or a space, a decimal comma. Not from inside a number's groups
# ("1 234 567"): from each of them the scan would run to the last (see util.units_in_full); a formula's digit is none
# ("CO2 139 g/km").
_NUMBER = (rf"(?<![\w.,]){NOT_IN_GROUPS}(\d+(?:[.\u00a0\u202f ]\d{{3}})*(?:,\d+)?)")
# A plural noun counted per unit ("60 sacas/ha", "3 gélules/jour", "12 Kühe/ha" is capitalised and left): letters
# only, three or more.
_NOUN = r"[a-zß-öø-ÿ]{3,}"


def _value(number: str) -> float:
    """"1.234,5" -> 1234.5: a number's value, for the unit's singular or plural."""
    return float(re.sub(r"[.\u00a0\u202f ]", "", number).replace(",", "."))


def rates(units: dict[str, tuple[str, str]], per: dict[str, str], singular_below: float = 1.0,
          nouns: str = "") -> Callable[[str], str]:
    """A rule for "7,5 t/ha" -> "7,5 Tonnen pro Hektar": a number, a unit of units (its singular for one or anything
    below singular_below, else its plural) or a plural noun (in small letters, or as nouns writes the language's
    others), a slash, and a unit of per, which holds what the language says for "per that unit" ("pro Hektar", "à
    l'hectare", "por hectárea"), or a day or a week a leaflet's dose or a timetable counts in ("3 gélules/jour": "par
    jour")."""
    noun = f"{_NOUN}|{nouns}" if nouns else _NOUN
    pattern = re.compile(rf"{_NUMBER}\s?({alternation(units)}|{noun})\s?/\s?({alternation(per)})(?![\w/])")

    def said(match: re.Match[str]) -> str:
        number, unit, rate = match.groups()
        if unit in units:
            value = _value(number)
            unit = units[unit][0 if value == 1 or value < singular_below else 1]
        return f"{number} {unit} {per[rate]}"

    return lambda text: pattern.sub(said, text) if "/" in text else text


_SIDE_SIGN = re.compile(r"\d\s?[x×]\s?\d")


def sides(by: str, lengths: str) -> Callable[[str], str]:
    """A rule for "3x4 m" -> "3 by 4 m" in the language's word for "by" ("mal", "par", "por", "per"), before a length's
    symbol or one of lengths, its names ("Meter|Zentimeter"); the symbol is said in full by the language's unit rule
    after it. Before anything else the "x" stays: "3x4-Matrix", "2x tägl.", "3 x 4 = 12" are no surface."""
    pattern = re.compile(rf"{_NUMBER}\s?[x×]\s?(\d+(?:,\d+)?)(?:\s?[x×]\s?(\d+(?:,\d+)?))?"
                         rf"(?=\s?(?:km|cm|mm|m|{lengths})\b(?![/\w]))")

    def said(match: re.Match[str]) -> str:
        return f" {by} ".join(side for side in match.groups() if side)

    # a first look for a digit, an "x" and a digit: French writes "x" in many words ("deux", "prix")
    return lambda text: pattern.sub(said, text) if ("x" in text or "×" in text) and _SIDE_SIGN.search(text) else text

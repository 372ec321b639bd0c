"""What a measure is of, said after its unit once the unit is words: a livestock price's or weight's basis ("£1.85/kg
dw", "330 kg lw": dead weight, live weight) and the metal a mine's grade is given in ("3.2 g/t Au": grams per tonne
gold). Both were left as letters after the unit's words ("per kilogram dw", "per tonne Au")."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import ORE_METALS, WEIGHT_BASES

# Only after a kilogram's or a kilo's words: "dw" alone is no word, but after anything else it is not known to be a
# weight's basis ("5 dw" is left).
_WEIGHT_BASIS = compiled(rf"\b(kilograms?|kilos?) ({'|'.join(WEIGHT_BASES)})\b(?![-'’])")
# A first look: a space, then a symbol (one scan, where each symbol looked for was one each).
_SYMBOL = compiled(rf" (?:{'|'.join(ORE_METALS)})(?:Eq|eq)?\b")
# A metal after a grade's unit: per tonne or ton, an ounce per ton, a percentage, or parts per million; "Eq" after it is
# the metal's equivalent of the ore's other metals ("AuEq"). "5 percent Co-op" and "percent Pb-free" are no grades.
_ORE_METAL = compiled(rf"\b(tonnes?|tons?|percent|million) ({'|'.join(ORE_METALS)})(Eq|eq)?\b(?![-'’])")


def weight_bases(text: str) -> str:
    """"one pound eighty five per kilogram dw" -> "... per kilogram dead weight"."""
    if "kilo" not in text:
        return text
    return _WEIGHT_BASIS.sub(lambda match: f"{match.group(1)} {WEIGHT_BASES[match.group(2)]}", text)


def ore_metals(text: str) -> str:
    """"three point two grams per tonne Au" -> "... grams per tonne gold"."""
    return _ORE_METAL.sub(_metal, text) if _SYMBOL.search(text) else text  # a metal's symbol, before the rule


def _metal(match: re.Match[str]) -> str:
    return f"{match.group(1)} {ORE_METALS[match.group(2)]}" + (" equivalent" if match.group(3) else "")

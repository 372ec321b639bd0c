"""The house's American names of units in British spelling on a British page ("metre", "litres"), in text already
read (moved out of units.py)."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import LENGTH_BEFORE_METER, METRE_COMPOUNDS, US_SPELLING_REGIONS

# "meter", "kilometers", "milliliter": the units units.py names, in the American spelling the house reads in; a
# bare "meter" only after a number or "per", so that a gas meter stays one.
# (and "megaliters", a dam's water: "megalitres" on a British or an Australian page)
_AMERICAN_SPELLING = compiled(r"\b(kilo|centi|milli|micro|nano|deci|hecto|mega)?(met|lit)er(s?)\b")
_WORD_BEFORE = compiled(r"(\w+)[\s-]+$")


def spells_metre(region: str) -> bool:
    """True when an English region writes "metre" and "litre": all but the United States and the Philippines."""
    return bool(region) and region not in US_SPELLING_REGIONS


def british_spellings(spoken: str) -> str:
    """"eight hundred meter final" -> "eight hundred metre final", "liters" -> "litres", in text already read; a gas
    or parking "meter" is left."""
    if "meter" not in spoken and "liter" not in spoken:  # the cheap gate: most sentences hold neither
        return spoken

    def said(match: re.Match[str]) -> str:
        prefix, stem, plural = match.group(1) or "", match.group(2), match.group(3)
        if not prefix and stem == "met":
            before = _WORD_BEFORE.search(spoken, max(0, match.start() - 16), match.start())
            if before is None or (before.group(1) not in LENGTH_BEFORE_METER
                                  and before.group(1) not in METRE_COMPOUNDS):
                return match.group(0)
        return f"{prefix}{stem}re{plural}"

    return _AMERICAN_SPELLING.sub(said, spoken)

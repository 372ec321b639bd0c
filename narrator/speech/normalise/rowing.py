"""A rowing regatta's boat classes as a commentator says them: "M8+" is the men's eight, "W4-" the women's coxless
four, "LW2x" the lightweight women's double sculls (spelled by their letters and signs, "W eight plus", "M four-").
"""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import near

# A class is its crew's sex (a lightweight's "L" or a para-rower's "PR1" to "PR3" before it), its seats and how they
# row: "x" sculls, "-" is without a cox, "+" with one. Only the boats a regatta races (no "M3x"; an eight always has a
# cox). Led by the seats' digit and the sign after it, the letters looked behind.
_BOAT = compiled(r"(?<![\w+-])((?:L|PR[1-3] ?)?)(M|W|Mix)([1248])(x|\+|-)(?![\w+-]|\.\w)")
# A regatta's words: elsewhere "M4-" and "W2+" may be a road's or a grade's (a rating's "A1+" holds no M or W).
_ROWING_TALK = compiled(r"\b(?i:row|rows|rowed|rowing|rower|rowers|regatta|crews?|sculls?|sculler|sculling|cox\w*"
                        r"|stroke|lengths?|eights?|fours?|pairs?|erg|Henley|heats?|repechage|lanes?|boats?)\b")
_SEXES = {"M": "men's", "W": "women's", "Mix": "mixed"}
_SEATS = {"1": "single", "2": "double", "4": "quadruple"}
_SWEEPS = {"2": "pair", "4": "four", "8": "eight"}


def _boat(match: re.Match[str]) -> str:
    """"M4-" -> "men's coxless four", "LW2x" -> "lightweight women's double sculls", "W8+" -> "women's eight"."""
    weight, sex, seats, rig = match.groups()
    if (rig == "x" and seats == "8") or (rig != "x" and seats == "1") or not near(_ROWING_TALK, match, 200):
        return match.group(0)
    lead = ("lightweight " if weight == "L" else f"{weight.replace(' ', '')} " if weight else "") + _SEXES[sex]
    if rig == "x":
        return f"{lead} {_SEATS[seats]} sculls"
    if seats == "8":
        return f"{lead} eight"
    return f"{lead} {'coxless' if rig == '-' else 'coxed'} {_SWEEPS[seats]}"


# A first look, led by the seats' digit (a charset scanned in C), before the pattern's look behind at each position.
_MAY_BE_BOAT = compiled(r"[1248][x+-]")


def boat_classes(text: str) -> str:
    """"M4-" -> "men's coxless four" where a regatta is talked of (the caller has found a capital before a digit)."""
    return _BOAT.sub(_boat, text) if _MAY_BE_BOAT.search(text) else text

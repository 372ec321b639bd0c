"""US state abbreviations after a place name: "Dekalb, Ill." and "Galveston, TX" are said in full."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.facts import STATES
from narrator.speech.normalise.util import padded

_BY_ABBREVIATION = {abbreviation + ".": name for abbreviation, _, name in STATES if abbreviation}
_BY_CODE = {code: name for _, code, name in STATES}
_ALTERNATIVES = "|".join(
    re.escape(key) for key in sorted([*_BY_ABBREVIATION, *_BY_CODE], key=len, reverse=True)
)
# Only right after "Town, " and not before a word: then "Mo." is Missouri and "IN" Indiana. A ZIP code after
# the state is read digit by digit.
_STATE = re.compile(
    rf"(?<=[a-z], )({_ALTERNATIVES})(?=$|[\s,;:)\"']|\.(?!\w))(?!\s+[A-Za-z])(?:\s+(\d{{5}})(?:-(\d{{4}}))?\b)?"
)


def _state(match: re.Match[str]) -> str:
    written = match.group(1)
    name = _BY_ABBREVIATION.get(written) or _BY_CODE[written]
    if match.group(2):
        name += ", " + ", ".join(numbers.digits(code) for code in match.groups()[1:] if code)
    # an abbreviation's stop that ended the text also ended the sentence
    return padded(match, name + ("." if written.endswith(".") and match.end() == len(match.string) else ""))


def states(text: str) -> str:
    """Say a US state abbreviated after a place name in full."""
    return _STATE.sub(_state, text) if ", " in text else text

"""English normalisation: the rules in the order they must run."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import padded

_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])")
_SPACES = re.compile(r"\s+")


def _number(match: re.Match[str]) -> str:
    """Read a bare number; a four-digit number that looks like a year is read as one."""
    whole, fraction = match.group(1), match.group(2)
    if fraction is None and len(whole) == 4 and 1100 <= int(whole) < 2100:
        return padded(match, numbers.year(int(whole)))
    text = whole if fraction is None else f"{whole}.{fraction}"
    return padded(match, numbers.number(text))


def normalise(text: str, options: ReadingOptions) -> str:
    """Return the spoken form of English text."""
    text = _NUMBER.sub(_number, text)
    return _SPACES.sub(" ", text).strip()

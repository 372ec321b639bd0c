"""A saint's title shortened to "S." before a name, in Italian, Spanish and Portuguese (espeak-ng said the letter and
stopped as at a sentence's end): only where a church, a feast or a street leads to it ("la chiesa di S. Marco", "la
parroquia de S. José", "a igreja de S. Pedro"), since elsewhere "S." is an initial ("S. Rossi")."""

from __future__ import annotations

import re
from collections.abc import Callable

_LOOK_BACK = 30  # the longest lead ("basílica de", "parrocchia della") and a little more
# Names ending in "a" that are men's: their saint is "San", "São".
_MEN_IN_A = frozenset({"Luca", "Andrea", "Nicola", "Elia", "Mattia", "Tobia", "Battista", "Giona", "Isaia", "Geremia",
                       "Zaccaria", "Lucas", "Tomás", "Jonás", "Elías", "Matías", "Isaías", "Barnaba", "Bautista"})


def _is_womans(name: str) -> bool:
    """True for a woman's name (ends in "a" and is no man's)."""
    return name.endswith("a") and name not in _MEN_IN_A


def italian_saint(name: str) -> str:
    """"Marco" -> "San ", "Antonio" -> "Sant'", "Stefano" -> "Santo ", "Chiara" -> "Santa "."""
    if name[0] in "AEIOUÀÈÉÌÒÙ":
        return "Sant'"
    if _is_womans(name):
        return "Santa "
    return "Santo " if name.startswith(("Sp", "St", "Sc", "Z")) else "San "


def spanish_saint(name: str) -> str:
    """"José" -> "San ", "Domingo" -> "Santo " (before Do- and To-), "Ana" -> "Santa "."""
    if _is_womans(name):
        return "Santa "
    return "Santo " if name.startswith(("Do", "To")) else "San "


def portuguese_saint(name: str) -> str:
    """"Pedro" -> "São ", "António" -> "Santo " (before a vowel), "Maria" -> "Santa "."""
    if _is_womans(name):
        return "Santa "
    return "Santo " if name[0] in "AEIOUÁÉÍÓÚÂÊÔ" else "São "


def saints(leads: str, said: Callable[[str], str]) -> Callable[[str], str]:
    """A rule saying "S." before a capitalised name after one of leads (an alternation ending in its preposition)."""
    # "S. " first, a literal the search skips to; what leads to it is looked at behind each (rare) one
    pattern = re.compile(r"(?<![\w.])S\. ([A-ZÀ-Ý][a-zà-ÿ]+)")
    led = re.compile(rf"\b(?i:{leads}) \Z")

    def saint(match: re.Match[str]) -> str:
        start = match.start()
        if led.search(match.string, max(0, start - _LOOK_BACK), start) is None:
            return match.group(0)
        return said(match.group(1)) + match.group(1)

    return lambda text: pattern.sub(saint, text) if "S. " in text else text

"""German Roman numerals after a word: a ruler's ordinal in the case the word before the name gives ("unter Ludwig dem
Vierzehnten"), a century's after an article ("im XIX. Jahrhundert"), a chapter's number ("Kapitel IV"), and the word
before a position, which the German date and ordinal rules read too (moved from de.py)."""

from __future__ import annotations

import re

from num2words import num2words

from narrator.speech.normalise.romans import roman_value
from narrator.speech.normalise.util import ends_text

_WORD_BEFORE = re.compile(r"(\w+),?\s+$")


def word_before(text: str, end: int) -> tuple[str, int]:
    """The word (in lower case) before end, past a comma, and where it starts; ("", end) when there is none."""
    word = _WORD_BEFORE.search(text, max(0, end - 30), end)
    return (word.group(1).lower(), word.start()) if word else ("", end)


# "Karl V.", "Pius X.": the fifth and the tenth, one letter, after a name rulers bear (ROMAN_AFTER_WORD wants two
# letters: "Malcolm X", "Formel V" are left; espeak-ng said "fau").
_RULER_NAMES = ("Karl", "Ludwig", "Heinrich", "Friedrich", "Philipp", "Johannes", "Pius", "Leo", "Gregor", "Klemens",
                "Paul", "Benedikt", "Eduard", "Wilhelm", "Ferdinand", "Alfons", "Peter", "Sixtus", "Urban", "Innozenz",
                "Bonifatius", "Alexander", "Ramses", "Konstantin", "Otto", "Rudolf", "Albrecht", "Christian",
                "Gustav", "Georg")
FIFTH_OR_TENTH = re.compile(rf"\b({'|'.join(_RULER_NAMES)})\s+([VX])(\.)(?=\s|$)")
_ARTICLES = frozenset({"im", "der", "die", "das", "dem", "den", "des", "zum", "zur", "am", "vom", "beim"})
_COUNTERS = frozenset({"Kapitel", "Teil", "Band", "Akt", "Artikel", "Abschnitt", "Buch", "Szene", "Folge", "Staffel",
                       "Anhang", "Titel", "Stufe", "Klasse", "Liga", "Phase"})


def roman(match: re.Match[str]) -> str:
    """"Karl III." -> "Karl der Dritte", "im XIX. Jahrhundert" -> "im 19. Jahrhundert" (read by the ordinal rule),
    "Kapitel IV" -> "Kapitel 4": espeak-ng said "römisch drei"."""
    word, numeral, stop = match.groups()
    value = roman_value(numeral)
    if stop and word.lower() in _ARTICLES:
        return f"{word} {value}."
    if stop and word[0].isupper() and word not in _COUNTERS:
        article, ending = _ruler_case(match)
        return f"{word} {article} {str(num2words(value, lang='de', to='ordinal')).capitalize()}{ending}" + (
            "." if ends_text(match) else "")
    return f"{word} {value}{stop}" if word[0].isupper() else match.group(0)


# The case a preposition before a ruler's name gives the ordinal: "unter Ludwig dem Vierzehnten", "für Karl den Großen".
_DATIVE = frozenset({"mit", "von", "vom", "bei", "beim", "nach", "seit", "zu", "zum", "aus", "unter", "vor", "dem"})
_ACCUSATIVE = frozenset({"für", "gegen", "durch", "ohne", "um", "den"})
_GENITIVE = frozenset({"des", "während", "wegen", "trotz"})


def _ruler_case(match: re.Match[str]) -> tuple[str, str]:
    """The article and the ending of a ruler's ordinal: the word before the name (past a title, "unter Papst Pius XII.")
    sets the case; nominative ("der Dritte") where none does."""
    before, start = word_before(match.string, match.start())
    cases = _DATIVE | _ACCUSATIVE | _GENITIVE
    if before not in cases and match.string[start:start + 1].isupper():  # a title before the name: "Papst", "König"
        before, start = word_before(match.string, start)
    if before in _DATIVE:
        return "dem", "n"
    if before in _ACCUSATIVE:
        return "den", "n"
    if before in _GENITIVE:
        return "des", "n"
    return "der", ""

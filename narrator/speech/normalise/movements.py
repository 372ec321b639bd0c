"""A programme's movements numbered in Roman before their names ("Concierto de Aranjuez, II. Adagio"), read as the
number in the language of the text (espeak-ng said the letters)."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise.facts import MOVEMENT_WORDS
from narrator.speech.normalise.romans import roman_value


def movements_by_number(language: str) -> Callable[[str], str]:
    """A reader of a programme's movement numbered in Roman before its name ("Concierto de Aranjuez, II. Adagio" ->
    "dos. Adagio"), after a comma or a colon and before a word of facts.MOVEMENT_WORDS, as the number in language
    (espeak-ng said the letters, "i i"); a ruler's or a chapter's numeral ("Felipe II. Después") is left."""
    pattern = re.compile(r"(?<=[,:] )(X{0,3}(?:IX|IV|V?I{1,3}|V|X))\. (?=([A-ZÁÉÍÓÚÂÊÔÀ][a-záéíóúâêôàãõç]+)\b)")

    def said(match: re.Match[str]) -> str:
        from num2words import num2words  # only where a programme's movement is

        if match.group(2) not in MOVEMENT_WORDS:
            return match.group(0)
        return f"{num2words(roman_value(match.group(1)), lang=language)}. "

    return lambda text: pattern.sub(said, text) if "I. " in text or "V. " in text or "X. " in text else text

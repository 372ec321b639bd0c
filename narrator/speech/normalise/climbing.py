"""Climbing grades as climbers say them: a British route's technical grade after its adjectival one ("E5 6b", "HVS
5a"), a sport route's grade with its plus ("6c+"), and an American route's Yosemite decimal grade ("5.12a"), each a
number and a letter, never cents, a decimal or a small letter to be read as a word."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CLIMBING_WORDS
from narrator.speech.normalise.util import among_words, char_classes

# "E5 6b", "HVS 5a", "(S 4a)", "E2 5c": the technical grade after the adjectival (the "c" was read as cents: "five
# cents"); the British adjectival grades only, a Severe's lone "S" in its bracket ("(S 4a)"), so "Model S 4a" and
# "4c" alone are left.
_TECHNICAL = compiled(r"\b(E(?:[1-9]|1[0-2])|HVS|MVS|VS|HS|HVD|VD|XS|(?<=\()S) ([4-7])([abc])\b(?![\w'’+-])")
# "6c+", "7a+", "8b+": a French sport grade with its plus, a number and a letter from 4 to 9 ("six cents plus" it was).
_PLUS_GRADE = compiled(r"(?<![\w.,£$€])([4-9])([abc])\+(?![\w+])")
# "a 5.12a", "5.10d": the Yosemite decimal grade of an American route, "five twelve A", with its letter (a decimal has
# none); without its letter ("his first 5.14") only where the sentence speaks of climbing (facts.CLIMBING_WORDS).
_DECIMAL_GRADE = compiled(r"(?<![\w.,£$€])5\.(1[0-5])([abcd])\b(?![\w'’-]|\.\w)")
_BARE_DECIMAL_GRADE = compiled(r"(?<![\w.,£$€])5\.(1[0-5]|[5-9])\b(?![\w'’%°-]|[.,]\d)")


def _letter(letter: str) -> str:
    """A grade's letter as a capital, which the capitals' rules say as a letter ("A" is "Eh")."""
    return letter.upper()


def grades(text: str) -> str:
    """Say climbing grades: "E5 6b" -> "E5 six B", "6c+" -> "six C plus", "5.12a" -> "five twelve A"."""
    classes = char_classes(text)
    if " 0a" in classes and ("A 0a" in classes or "A0 0a" in classes or "A00 0a" in classes):
        text = _TECHNICAL.sub(lambda m: f"{m.group(1)} {numbers.cardinal(int(m.group(2)))} {_letter(m.group(3))}",
                              text)
    if "0a+" in classes:
        text = _PLUS_GRADE.sub(lambda m: f"{numbers.cardinal(int(m.group(1)))} {_letter(m.group(2))} plus", text)
    if "5." in text and "0.0" in classes:
        if "0.00a" in classes:
            text = _DECIMAL_GRADE.sub(_decimal_grade, text)
        if among_words(CLIMBING_WORDS, text):
            text = _BARE_DECIMAL_GRADE.sub(_decimal_grade, text)
    return text


def _decimal_grade(match: re.Match[str]) -> str:
    """"5.12a" -> "five twelve A", "5.9" -> "five nine"."""
    letter = match.group(2) if len(match.groups()) == 2 else None
    said = f"five {numbers.cardinal(int(match.group(1)))}"
    return f"{said} {_letter(letter)}" if letter else said

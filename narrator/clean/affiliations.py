"""A paper's authors as its writers type them under the title: each name marked for their institution ("Rhodri
Evans¹, Sarah Boyd²"), the institutions on the lines under them, each after its mark ("¹ Department of Geography,
Aberystwyth University"). The names are the byline; the marked lines are the byline's notes, not read (a listener
heard "Rhodri Evans one, Sarah Boyd two", then "one Department of Geography")."""

from __future__ import annotations

import re

# An affiliation's mark: a superscript figure or a footnote's sign ("¹", "²,³", "*", "†").
MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§"
_MARK = rf"[{MARKS}]+(?:,[{MARKS}]+)*"
# A name of two to four capitalised words, its letters no marks ("Sarah Boyd", "M. J. Price", "Ana de la Cruz").
_LETTER = rf"(?:[^\W\d_{MARKS}]|[.'’-])"
_NAME = rf"[A-Z]{_LETTER}*(?:\s(?:(?:de|van|von|la|le|da|di|du|der|del)\s)*[A-Z]{_LETTER}*){{1,3}}"
_MARKED_NAMES = re.compile(rf"({_NAME})({_MARK})((?:(?:,\s*|,?\s+and\s+|\s*&\s*)(?:{_NAME})(?:{_MARK}))*)")
_ONE = re.compile(rf"({_NAME})(?:{_MARK})")
# An institution's line under the names: a mark, then words ("¹ Department of ...", "*Corresponding author").
_MARKED_LINE = re.compile(rf"^[{MARKS}]+\s*[A-Z]")
# The names stand within the text's first lines, under its title.
AUTHOR_LINE_REACH = 4


def marked_authors(texts: list[str]) -> tuple[int, tuple[str, ...], int] | None:
    """Where a line of marked names stands under the title, the names, and the end of the marked lines under it; None
    when no such line has an institution's line under it."""
    for at in range(1, min(len(texts) - 1, AUTHOR_LINE_REACH + 1)):
        text = texts[at].strip()
        if not any(mark in text for mark in MARKS):
            continue  # the cheap first look: no mark on the line
        if not (whole := _MARKED_NAMES.fullmatch(text)):
            continue
        stop = at + 1
        while stop < len(texts) and _MARKED_LINE.match(texts[stop].strip()):
            stop += 1
        if stop > at + 1:
            return at, tuple(name.group(1) for name in _ONE.finditer(whole.group(0))), stop
    return None

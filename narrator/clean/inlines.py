"""Inline markup read as a page shows it: a ruby's base or its reading once, a label set apart from its text."""

from __future__ import annotations

import re
from typing import Any

from narrator.clean.common import squash

_LATIN_READING = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .-]*")


def ruby_as_read(root: Any) -> None:
    """A <ruby> read once: its base, or its reading where that is in Latin letters over a base that is not (a
    temple's name in an English story, "妙心寺" over "Myoshinji"). Read as they stood, base, brackets and reading ran
    together ("妙心寺(Myoshinji)"), and a furigana reading doubled its word."""
    for ruby in list(root.iter("ruby")):
        for bracket in list(ruby.iter("rp")):
            bracket.drop_tree()
        readings = list(ruby.iter("rt"))
        reading = squash(" ".join("".join(rt.itertext()) for rt in readings))
        for rt in readings:
            rt.drop_tree()
        base = squash("".join(ruby.itertext()))
        if reading and _LATIN_READING.fullmatch(reading) and not _LATIN_READING.fullmatch(base):
            tail = ruby.tail
            for child in list(ruby):
                ruby.remove(child)
            ruby.text, ruby.tail = reading, tail


# A label in an element of its own, a word or three and a colon ("Abstract:", "Authors:"), which the page's style
# sets apart from the text after it.
LABEL_WORDS = 3
_LABEL = re.compile(r"[^\W\d_][\w .'-]*:")


def space_after_labels(root: Any) -> None:
    """A space after an inline label set straight against its text ("Abstract:We count..."): a page's style parts
    them, and read without one the label and the first word ran together."""
    for label in root.iter("span", "strong", "b", "label", "em"):
        text = label.text
        if len(label) or not text or not text.rstrip().endswith(":"):
            continue  # (a label of markup inside is rare, and looking into every span costs)
        if len(text.split()) > LABEL_WORDS or not _LABEL.fullmatch(squash(text)):
            continue
        after = label.tail if label.tail else (label.getnext().text if label.getnext() is not None else None)
        if after and after[0].isalnum():
            label.tail = " " + (label.tail or "")

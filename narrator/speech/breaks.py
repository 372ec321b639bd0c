"""Where a sentence breaks off or pauses with no stop to cut at, or with one that ends nothing: a dash glued to its
last word before the next sentence ("and\u2014 The lights went out"), and an ellipsis of suspense before a name
("went to\u2026 Maria!"), which segment.py asks about as it finds its marks and weighs them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set
from narrator.speech.normalise.vocabulary import is_common_word
from narrator.speech.openers import STARTERS

# A sentence broken off by a dash glued to its last word, before the next sentence's opening word or a speaker's label
# ("He reached for the switch and\u2014 The lights went out", a record's "Mrs. Vaughan (Con.) rose\u2014 Madam Deputy
# Speaker: Order."): no stop marks its end, and it ran on into the next. Not a dash set apart ("The plan \u2014 if it
# was one \u2014 failed"), nor one before a small word or a name ("and\u2014 Anna"), nor an en dash's range.
# Found by the dash and its space (str.find, in C), and asked only there: a spaced dash, the most, fails at once.
_BROKEN_OFF_PROSE = compiled(r"(?:\u2014|--)(?=\s+(\w+))")
_GLUED_DASHES = ("\u2014 ", "-- ")
_SPEAKER_LABEL = compiled(r"\s+(?:[A-Z][\w.'\u2019-]*\s){0,3}[A-Z][\w.'\u2019-]*:\s")
# An ellipsis after a word that ends no sentence, a preposition's, an article's or a linking verb's, before a name, is a
# pause for suspense inside the sentence ("First prize went to… Maria!", "And the winner is... Priya Shah!"): cut
# there, the name was read alone, where before a word that opens sentences or a common one ("I was going to... Never
# mind.", "We waited for... Nothing.") the sentence broke off.
_WORD_BEFORE_ELLIPSIS = compiled(r"(\w+)\s?(?:\.\.\.|\u2026)$")
_NO_END = word_set("to the a an of is are was were and or by with for from at into my your our their his her its")
# A filler's ellipsis that opens its sentence, before the clause it puts off ("Well... I suppose so", "Um... I'm not
# sure", "'Er\u2026 we could try,' he said"): a hesitation inside the sentence, where a reaction alone ("Hmm\u2026
# Maybe.", "Oh... I see"), a word that ends one ("I waited... He never came") or a quote closed after the ellipsis
# ("'Well...' She paused") keeps its cut. The clause opens with a pronoun.
_FILLER_ELLIPSIS = compiled(r"(?:^|[.!?]\s+|[\"\u201c\u2018'])(?:well|um+|uh+|erm?)\s?(?:\.\.\.|\u2026)$",
                            re.IGNORECASE)
_CLAUSE_OPENERS = word_set("i we you he she it they that there")


def suspense(text: str, end: int, next_word: str) -> bool:
    """Whether an ellipsis after a word that ends no sentence is a pause before a name ("went to… Maria!")."""
    if next_word == "I" or not next_word[1:].islower() or next_word.lower() in STARTERS \
            or is_common_word(next_word):
        return False
    before = _WORD_BEFORE_ELLIPSIS.search(text, max(0, end - 16), end)
    return before is not None and before.group(1).lower() in _NO_END


def hesitation(text: str, end: int, next_word: str) -> bool:
    """Whether an ellipsis after a filler that opens its sentence puts off the clause after it ("Well... I suppose")."""
    return next_word.lower() in _CLAUSE_OPENERS and text[end:end + 1].isspace() \
        and _FILLER_ELLIPSIS.search(text, max(0, end - 12), end) is not None


def glued_dashes(text: str) -> Iterator[re.Match[str]]:
    """The dashes glued to the word before them after which a sentence or a speaker's line opens ("and\u2014 The")."""
    for glued in _GLUED_DASHES:
        index = text.find(glued, 1)
        while index > 0:
            dash = _BROKEN_OFF_PROSE.match(text, index) if text[index - 1].isalnum() else None
            if dash is not None and _opens_after_dash(text, dash):
                yield dash
            index = text.find(glued, index + 1)


def _opens_after_dash(text: str, dash: re.Match[str]) -> bool:
    """Whether a sentence or a speaker's line opens after a dash glued to the word before it ("and\u2014 The")."""
    word = dash.group(1)
    return (word[1:].islower() and word.lower() in STARTERS) or _SPEAKER_LABEL.match(text, dash.end()) is not None

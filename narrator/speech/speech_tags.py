"""A speech tag after a quoted question or exclamation ("'Run!' Tom shouted"), which segment.py does not cut from
its quote."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set
from narrator.speech.openers import STARTERS

# A speech tag after a quoted question or exclamation goes on with it ("'Run!' Tom shouted", "'Is it far?' Anna
# whispered", "'Sit down!' I said"): a name or "I", up to three words with a title's stop, then a verb of speaking.
# Cut there, the tag was read as a sentence of its own; a word that opens a sentence ("'Go!' He slammed the gate",
# "'Who?' Nobody answered") is an action, not a tag, and keeps its cut. Only where the quote opens its sentence: after
# a quote inside one ("He asked, 'Why?' Tom said nothing.") the next sentence may open with a name and a verb.
# The verbs that tell of speech broken off or stumbling too ("'Don't you dare\u2014' Tom began", "'I\u2014' she
# stammered"): cut there, "Tom began." was read as a sentence of its own.
_SPEECH_TAG = compiled(
    r"(?:[A-Z][\w'\u2019-]*\.?\s+){1,3}(?:said|says|asked|asks|shouted|cried|whispered|replied|called|yelled|screamed"
    r"|muttered|mumbled|answered|added|exclaimed|demanded|insisted|snapped|murmured|begged|pleaded|roared|hissed"
    r"|gasped|wondered|began|stammered|stuttered|protested|interrupted|faltered|spluttered)\b")
_NOT_SPEAKERS = word_set("nobody somebody someone everyone everybody anybody anyone none no")
_GAP_CHARS = 8  # the spaces between a sentence and the next, at most, before its opening quote
_OPENING_QUOTES = "\"'\u201c\u2018\u00ab"
_QUOTES_CLOSED = "\"'\u201d\u2019\u00bb"


def is_speech_tag(text: str, start: int, match: re.Match[str], next_word: str) -> bool:
    """Whether a quoted question or exclamation that opens its sentence is followed by its speech tag ("'Run!' Tom
    shouted")."""
    if match.group(0)[-1] not in _QUOTES_CLOSED:
        return False
    opening = text[start:start + _GAP_CHARS].lstrip()[:1]  # a few characters: a tag joined leaves the piece open
    if not opening or opening not in _OPENING_QUOTES:
        return False
    # A reply in quotes of its own ('"Why?" "Because I said so."') is no tag, though its words may have a tag's shape
    # ("Because I said"): a tag stands outside quotes, and taken for one the reply ran into the question.
    if any(ch in _OPENING_QUOTES for ch in text[match.end():match.start(1)]):
        return False
    if next_word != "I" and (next_word.lower() in STARTERS or next_word.lower() in _NOT_SPEAKERS):
        return False
    return _SPEECH_TAG.match(text, match.start(1)) is not None

"""A social post's hashtags after its sentence's mark or emoji, which segment.py cuts after as it cuts after the
mark."""

from __future__ import annotations

import re
from collections.abc import Iterator

from narrator.speech.normalise.deferred import compiled

# A run of hashtags after a sentence's mark or an emoji closes that sentence, before a capital ("Huge congrats to the
# team! #proud Next match is Saturday", "Just landed in Tokyo \u2708\ufe0f #travel #japan So excited!", "'We will not
# back down. #NoSurrender' Critics said"): a post tags what it has said, and the next sentence ran on from the tags
# without a pause. Not a hashtag inside a sentence, after a word ("Loving the new #iPhone camera"), which is a word of
# it. Led by the sign, which the engine scans for in C; the run is one tag after another, each set apart by a space.
_AFTER = "[.!?\u2026\"'\u201d\u2019)\\]\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]"
_CLOSERS = "\"'\u201d\u2019\u00bb)\\]"
_OPENERS = "\"'\u201c\u2018\u00ab(\\[\u00bf\u00a1"
_HASHTAGS = compiled(rf"#(?<={_AFTER}\s#)\w+(?:\s#\w+)*[{_CLOSERS}]*(?=\s+[{_OPENERS}]*(\w+))")


def hashtag_runs(text: str) -> Iterator[re.Match[str]]:
    """The runs of hashtags after a sentence's mark or an emoji, each with the word after it (its group 1)."""
    return _HASHTAGS.finditer(text)


def is_hashtag(sign: str, next_word: str) -> bool:
    """Whether a sign and the word after it are a hashtag ("#10years"), not a number's sign ("#1 was Spain")."""
    return sign == "#" and not next_word.isdigit()

"""Items run into one block (a list's bullets, ticks or dashes, a review's rating in stars) and a transcript's stage
directions after a stop, which segment.py asks about before it cuts a block into sentences."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set

# A list whose items were run into one block, each opened by the bullet that opens the block ("\u2022 Free entry \u2022
# Open daily \u2022 Dogs welcome", "- Fast charging - Wireless audio"): its items are sentences, where before they ran
# on as one with no stop to cut at. Only the block's own bullet, before a capital or a digit, set apart by spaces; not
# a dash, which opens a line of dialogue in many languages ("\u2013 Come here \u2013 she said"). A tick or a cross
# heads a list's items as a bullet does ("\u2714 Free returns. \u2714 Next-day delivery"), where the tick was taken for
# an emoji after the stop and cut off with the item before.
_BULLETS = "\u2022\u00b7\u25aa\u25e6\u2023*-\u2713\u2714\u2611\u2717\u2718"
_BULLET_SPLIT = {bullet: compiled(rf"(?<!\s)\s+(?={re.escape(bullet)}\s+[A-Z0-9])") for bullet in _BULLETS}
# A block opened by a spaced dash whose items each end in a mark ("\u2014 Fix the roof. \u2014 Paint the fence."): a
# list's items, or a dialogue's lines, which are sentences either way; before, the next item ran on from the stop (no
# word follows it, only the dash). Cut after a mark only, so that a dash inside a line ("\u2013 Come here \u2013 she
# said") stays in it.
_DASHES = "\u2014\u2013"
_BULLET_SPLIT.update({dash: compiled(rf"(?<=[.!?])\s+(?={dash}\s+[A-Z0-9])") for dash in _DASHES})
# A review's rating in stars after its verdict's stop ("long, loud and brilliant. \u2605\u2605\u2605\u2605\u2606"): a
# line of its own, where no word follows the stop and the stars ran on into the verdict. Before a run of five at
# most, with a half; only in a block that has a star (a first look in C, on text that is not ASCII).
_STARS = ("\u2605", "\u2606")
_RATING_SPLIT = compiled(r"(?<=[.!?])\s+(?=[\u2605\u2606]{1,5}\u00bd?(?:[\s.!]|$))")
# A stage direction in brackets after a stop, in small letters before a capital ("That's not what I meant. [pause]
# Anyway.", "[laughs] No."): a transcript's or a subtitle's, which opens the next line; its small word kept the stop
# from ending anything. Not a note that points back at the sentence before ("[sic]", "(see above)").
_DIRECTION = compiled(r"[a-z]+(?:\s[a-z]+){0,2}[\])]\s+[\"'\u201c\u2018]?[A-Z0-9]")
_NOTES_BACK = word_set("see sic cf ibid citation emphasis italics original")


def bullet_items(text: str) -> list[str] | None:
    """A list run into one block, its items split at the bullet that opens it ("• Free entry • Open daily"), or None."""
    if (text[:1] not in _BULLETS and text[:1] not in _DASHES) or text[1:2] != " ":
        return None
    items = _BULLET_SPLIT[text[0]].split(text)
    return items if len(items) > 1 else None


def rated_items(text: str) -> list[str] | None:
    """A verdict and its rating in stars after the stop, split before the stars ("brilliant. ★★★★☆"), or None."""
    if _STARS[0] not in text and _STARS[1] not in text:
        return None
    items = _RATING_SPLIT.split(text)
    return items if len(items) > 1 else None


def is_direction(text: str, word_start: int, next_word: str) -> bool:
    """Whether the small word after a mark, at word_start, opens a stage direction in brackets before a capital
    ("[pause] Anyway")."""
    return text[word_start - 1] in "([" and next_word not in _NOTES_BACK \
        and _DIRECTION.match(text, word_start) is not None

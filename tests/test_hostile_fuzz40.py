"""Escapes found by fuzzing round 40's new code paths (h133): repeated tokens of the round's rules (rates, a
surface's sides, rulers' fifth and tenth, eras, shortened months, ranks, drives, hearts and other emoji), random mixes
of the round's sweep tokens under eight language tags through `speakable` and `sentences`, and damaged copies of the
round's pages and texts through `clean`. Each case failed on the round's start; the normaliser must never raise or
slow down faster than its text grows, and clean must raise only NarratorError."""

from __future__ import annotations

import pytest

from narrator import speakable
from tests.test_hostile import working_within

# Emoji joined by a zero-width joiner that makes no emoji of the set ("❤\u200d" repeated): the emoji library keeps
# each such joiner in a list it searches at every character, so its time grew with the square of their number
# (16,000 "x ❤\u200d" 7.7 s, x16 at x4).
_JOINED_EMOJI = [
    pytest.param("x \u2764\u200d" * 16_000, id="heart-joiner-spaced"),
    pytest.param("\u2764\u200d" * 16_000, id="heart-joiner-unspaced"),
    pytest.param("x \U0001f389\u200d" * 16_000, id="party-joiner-spaced"),
    pytest.param("x \u2764\u200d\ufe0f" * 16_000, id="heart-joiner-selector"),
]


@pytest.mark.parametrize("text", _JOINED_EMOJI)
def test_fuzzed_joined_emoji_are_read_in_linear_time(text: str) -> None:
    """A text of many emoji each followed by a joiner is read in time linear in its length."""
    with working_within(1.0):
        speakable(text, "en")


# Guards: an emoji said as a word keeps its reading, joined sequences of the set included, and in a text with many
# joiners too (the pieces it is read in).
_EMOJI_WORDS = [
    pytest.param("He posted a \U0001f44d in reply.", "He posted a thumbs up in reply.", id="thumbs-up"),
    pytest.param("She sent a \U0001f468\u200d\U0001f469\u200d\U0001f467 emoji.",
                 "She sent a family man woman girl emoji.", id="family-sequence"),
    pytest.param("a \U0001f3f3\ufe0f\u200d\U0001f308 flag", "a rainbow flag flag", id="rainbow-flag"),
    pytest.param("He posted a \U0001f44d in reply." + " \u2764\u200d" * 100,
                 "He posted a thumbs up in reply.", id="thumbs-up-among-joiners"),
    pytest.param("\u2764\u200d" * 200 + " She sent a \U0001f468\u200d\U0001f469\u200d\U0001f467 emoji.",
                 "She sent a family man woman girl emoji.", id="family-after-joiners"),
]


@pytest.mark.parametrize(("written", "spoken"), _EMOJI_WORDS)
def test_emoji_said_as_words_keep_their_names(written: str, spoken: str) -> None:
    """An emoji used as a word is said by its name, whether or not the text holds many joiners."""
    assert speakable(written, "en") == spoken

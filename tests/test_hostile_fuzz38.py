"""Escapes found by fuzzing round 38's new code paths (h103): random mixes of the round's sweep tokens under eight
language tags through `speakable` and `sentences`, and damaged copies of the round's fixtures through `clean`. Each
case failed on the round's start; the normaliser must never raise, and clean must raise only NarratorError."""

from __future__ import annotations

import pytest

from narrator import speakable
from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Format, Source
from narrator.speech import segment
from tests.test_hostile import working_within

# (written, language, what a listener hears): each raised out of speakable before its fix.
_SPEECH_ESCAPES = [
    # a range of inch marks whose upper end is a whole number and a fraction: the carpenter's "1-1/2\"" rule joined
    # the range's lower end to it, "10 15 1/8", which is no number (ValueError out of int)
    pytest.param('10–15 1/8"', "en-GB", "ten to fifteen and an eighth inches", id="inch-range-to-mixed-fraction"),
    pytest.param("boards 2-3 1/2\" thick", "en", "boards two to three and a half inches thick",
                 id="inch-range-hyphen"),
    # guard: the carpenter's one and a half inches still reads as one number
    pytest.param('a 1-1/2" pipe', "en", "a one and a half inch pipe", id="carpenter-fraction-guard"),
    # a spaced ratio whose first side has thousands grouped: the time-or-verse test read it with int() before it
    # looked for the space that rules a time out
    pytest.param("a ratio of 1,000 : 40", "en", "a ratio of one thousand to forty", id="spaced-ratio-thousands"),
    pytest.param("dilute it 1,000 : 25 with water", "en", "dilute it one thousand to twenty five with water",
                 id="spaced-ratio-thousands-2"),
    pytest.param("the score was 10 : 15", "en", "the score was ten to fifteen", id="spaced-ratio-guard"),
]


@pytest.mark.parametrize(("written", "language", "spoken"), _SPEECH_ESCAPES)
def test_fuzzed_speech_escapes_read_without_raising(written: str, language: str, spoken: str) -> None:
    """A fuzzed string that raised is now read, and read as a listener would hear it."""
    assert speakable(written, language) == spoken
    assert segment.sentences(written)


# Repeated tokens of the round's sweeps whose time grew faster than their length (x4 the text, over x6 the time).
_QUADRATIC = [
    # every "30s." asked whether it was old money by counting the stopped sums of the whole text: x15 at x4
    # (4,000 "30s." 1.9 s); now counted once a text
    pytest.param("Hold each stretch 30s. " * 8_000, id="stopped-sums-counted-per-sum"),
    pytest.param("in 3d. " * 8_000, id="stopped-pence-counted-per-sum"),
]


@pytest.mark.parametrize("text", _QUADRATIC)
def test_fuzzed_repeated_tokens_are_read_in_linear_time(text: str) -> None:
    """A text of many copies of one token is read in time linear in its length."""
    with working_within(3.0):
        speakable(text, "en-GB")


_BOX = ('<div class="meta"><dl><dt>From:</dt><dd><a href="/org/parks">Parks Department</a></dd>'
        '<dt>Published</dt><dd>2 May 2026</dd></dl></div>\n')
_PARAGRAPH = "<p>The new footbridge over the river opens to walkers and cyclists on Saturday morning.</p>\n"


def test_a_page_of_many_from_boxes_is_cleaned_in_linear_time() -> None:
    """A metadata box ("From: the department") repeated down a page was followed, as a printed mail header's lines,
    from each box to the last: 2,000 boxes took 37 s (x16 at x4). A header has a dozen lines at most."""
    page = f"<html><body><main>{_BOX * 2_000}{_PARAGRAPH * 6}</main></body></html>"
    with working_within(6.0):
        clean(Source("boxes.html", page.encode(), Format.HTML), CleanSettings())

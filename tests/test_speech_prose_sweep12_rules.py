"""The rules the twelfth sweep (tests/fixtures/speech/prose_sweep12.tsv) led to, each on sentences of our own that
it misread before, with the readings each rule must leave alone; and each rule's cheap first look, checked as
tests/test_speech_speed.py checks the others'."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # units the making and measuring fields print after a count
    ("The cluster is 13 Gly away.", "The cluster is thirteen billion light years away."),
    ("The pool hashes at 1.5 EH/s.", "The pool hashes at one point five exahashes per second."),
    ("My card did 60 MH/s.", "My card did sixty megahashes per second."),
    ("The summit is 4,000 ft ASL.", "The summit is four thousand feet above sea level."),
    ("The hut stands at 2,100 m a.s.l. in summer.", "The hut stands at two thousand one hundred meters above sea "
                                                     "level in summer."),
    ("The API allows 50 req/s per key.", "The A.P.I allows fifty requests per second per key."),
    ("Set rafters 24 in. o.c. on the porch.", "Set rafters twenty four inches on center on the porch."),
    ("It peaks at 3.5k req/s.", "It peaks at three point five thousand requests per second."),
])
def test_units_and_forms_of_the_making_fields(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("She went to Ly for the night.", "She went to Ly for the night."),
    ("He teaches ASL to 30 pupils.", "He teaches A.S.L to thirty pupils."),  # sign language, after no length
    ("The 12 req were sent.", "The twelve req were sent."),
])
def test_words_like_them_are_left(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

"""Escapes found by fuzzing the last two rounds' new code paths (h154): random mixes of the sweep tokens and article
texts of rounds 41 and 42 under nine language tags through `speakable` and `sentences`, those tokens repeated 1,000
and 4,000 times (spaced, glued, unterminated, nested), and damaged copies of the rounds' pages and texts through
`clean`. Each case failed on the round's start; the normaliser must never raise and must stay linear, and clean must
raise only NarratorError."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator import speakable

# A weekday's label ("Sun: the star we orbit.") asked, for each label, whether the whole text held another: a text of
# many labels was rescanned from each (x16 CPU on four times the text).
_LABEL_RUNS = [
    pytest.param("Sun: star. ", id="sun-label-stopped"),
    pytest.param("Sat: the star we orbit; ", id="sat-label-semicolon"),
]


@pytest.mark.parametrize("token", _LABEL_RUNS)
def test_a_run_of_weekday_labels_stays_linear(token: str) -> None:
    """Four times as many weekday labels cost about four times the CPU time."""
    check_linear(token, small=1000, ratio=8)


@pytest.mark.parametrize(("written", "spoken"), [
    pytest.param("Sun: 14C, showers. Sat: dry.", "Sunday: fourteen degrees Celsius, showers. Saturday: dry.",
                 id="labels-beside-each-other"),
    pytest.param("Sun: the star we orbit.", "Sun: the star we orbit.", id="glossary-sun-left"),
])
def test_weekday_labels_keep_their_readings(written: str, spoken: str) -> None:
    """A weekday label beside another, or before a number, is said in full; a glossary's 'Sun:' alone is left."""
    assert speakable(written, "en-GB") == spoken

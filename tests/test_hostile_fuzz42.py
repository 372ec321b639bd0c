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


# An Aussie rules score ("12.8 (80)") with no word of the game near asked, for each score, whether the whole text held
# another: the same rescan from each (x18 CPU on four times the text).
@pytest.mark.parametrize("token", [pytest.param("12.8 (80) ", id="bare-scores"),
                                   pytest.param("Hawks 12.8 (80), ", id="named-scores")])
def test_a_run_of_aussie_rules_scores_stays_linear(token: str) -> None:
    """Four times as many scores cost about four times the CPU time."""
    check_linear(token, small=1000, ratio=8)


@pytest.mark.parametrize(("written", "spoken"), [
    pytest.param("Hawks 12.8 (80), Swans 10.10 (70).", "Hawks twelve eight (eighty), Swans ten ten (seventy).",
                 id="two-scores"),
    pytest.param("They build 17.4 (106) units.", "They build seventeen point four (one hundred and six) units.",
                 id="one-sum-by-chance-left"),
])
def test_aussie_rules_scores_keep_their_readings(written: str, spoken: str) -> None:
    """Two scores read as scores; one whose sum comes out by chance, with no word of the game, is a decimal."""
    assert speakable(written, "en-AU") == spoken


# A seconds' "s" after a limit asked whether the sentence held another decade by one pattern whose ".*" ran to the
# text's end from each tens ("10s") that had none apart after it: a yield curve's "2s10s" repeated (x15 CPU).
@pytest.mark.parametrize("token", [pytest.param("2s10s ", id="yield-curves"), pytest.param("(2s10s ", id="unclosed")])
def test_a_run_of_tens_with_none_apart_stays_linear(token: str) -> None:
    """Four times as many yield curves cost about four times the CPU time."""
    check_linear(token, small=1000, ratio=8)


@pytest.mark.parametrize(("written", "spoken"), [
    pytest.param("the 2s10s curve", "the twos tens curve", id="curve"),
    pytest.param("Temperatures rose from 20s to 30s.", "Temperatures rose from twenties to thirties.",
                 id="two-decades-one-line"),
])
def test_tens_and_decades_keep_their_readings(written: str, spoken: str) -> None:
    """A yield curve and a pair of decades read as before."""
    assert speakable(written, "en-GB") == spoken

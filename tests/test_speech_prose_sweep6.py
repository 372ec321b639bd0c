"""A sixth author's sweep of whole sentences on a day above twelve over a month's number with no year (issue #10):
dates in running prose ("The deadline is 14/1", "Pay by 14/1"), betting odds of the same shape ("won at 14/1", "a
14/1 shot") and what else is written so (24/7, 16/9, 18/10 steel, cricket scores, ratios)
(tests/fixtures/speech/prose_sweep6.tsv, each sentence with what a careful newsreader says). Compared as the earlier
sweeps compare: a number's "and" and an initialism's stops folded."""

from __future__ import annotations

import pytest
from sweeps import Sweep, first, sweep_tests

from narrator.speech.normalise import normalise
from narrator.speech.normalise.options import ReadingOptions

# What the sweep found misread and left, each needing context or knowledge no general rule has.
_KNOWN_MISSES: dict[str, str] = {}


_STYLES = {"date", "odds", "other"}
SWEEP = Sweep("prose_sweep6.tsv", _KNOWN_MISSES, least=30, styles=_STYLES, only=True, earlier=first("prose_sweep", 5))
globals().update(sweep_tests(SWEEP))


_DAY_FIRST = ReadingOptions(date_order="dmy")


@pytest.mark.parametrize(("written", "spoken"), [
    ("Entries close 31/3.", "Entries close the thirty first of March."),
    ("She was a 14/1 shot.", "She was a fourteen to one shot."),
    ("The favourite is 13/8.", "The favourite is thirteen to eight."),
    ("He drifted out to 18/1 before the off.", "He drifted out to eighteen to one before the off."),
    ("Ladbrokes cut her to 13/2.", "Ladbrokes cut her to thirteen to two."),
    ("The shop is open 24/7.", "The shop is open twenty four seven."),
    ("Shot in 16/9 widescreen.", "Shot in sixteen nine widescreen."),
    ("India were 23/2 after five overs.", "India were twenty three for two after five overs."),
    ("Use 18/10 stainless steel.", "Use eighteen ten stainless steel."),
])
def test_a_day_first_reads_the_same_where_days_come_first(written: str, spoken: str) -> None:
    """Where the setting puts days first, a price, the idiom, a proportion and a cricket score of a date's shape were
    dates ("The favourite is the thirteenth of August", "open the twenty fourth of July"); now read as in the US
    setting."""
    assert normalise(written, "en", _DAY_FIRST) == spoken

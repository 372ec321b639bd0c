"""An eighth author's sweep (issue #10) in the forms the seventh sweep's misses came from: sport results lines,
timetables, social-media figures and emergency advice (tests/fixtures/speech/prose_sweep8.tsv, each sentence with what
a careful newsreader says). Compared as the earlier sweeps compare: a number's "and" and an initialism's stops
folded."""

from __future__ import annotations

import pytest
from sweeps import FIXTURES, check_new_rows, check_row, sweep_rows

_ROWS = sweep_rows(FIXTURES / "prose_sweep8.tsv")
# What the sweep found misread and left, each needing context or knowledge no general rule has.
_KNOWN_MISSES = {
    "If you can't speak, press 55 when prompted.": "a short code pressed on a keypad is read as a count",
}


def test_the_sweep_is_varied_and_new() -> None:
    styles = {style for style, _, _ in _ROWS}
    assert len(_ROWS) >= 60
    assert styles == {"sport", "transport", "social", "emergency"}
    earlier = ("prose_sweep.tsv", "prose_sweep2.tsv", "prose_sweep3.tsv", "prose_sweep4.tsv", "prose_sweep5.tsv",
               "prose_sweep6.tsv", "prose_sweep7.tsv")
    check_new_rows(_ROWS, earlier, _KNOWN_MISSES)


@pytest.mark.parametrize(("written", "readings"), [(written, spoken) for _, written, spoken in _ROWS],
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(_ROWS)])
def test_sweep(written: str, readings: tuple[str, ...]) -> None:
    check_row(written, readings, _KNOWN_MISSES)

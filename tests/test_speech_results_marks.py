"""A results line's marks after a performance, said as commentators say them: "ran 9.81 PB" is a personal best, not
petabytes; "6.28m WR" a world record, not "W R" spelled. Only right after a time or a distance with its decimals (a
performance, not an event's "800m"), and only in a sentence of the track, field or pool: a size stays a size, and a
mark standing alone is left to be spelled. Examples are ours (articles22's athletics meeting found the class)."""

from __future__ import annotations

import pytest

from narrator import speakable
from tests.sweeps import check_linear


@pytest.mark.parametrize(("written", "said"), [
    ("Ran 9.81 PB", "Ran nine point eight one personal best"),
    ("She ran 22.05 SB.", "She ran twenty two point zero five season's best."),
    ("He ran 10.12 (SB) in the heat.", "He ran ten point one two (season's best) in the heat."),
    ("He threw 70.45m NR in Doha.", "He threw seventy point four five meters national record in Doha."),
    ("Kipyegon won the final in 3:49.11 (WR).", "Kipyegon won the final in three minutes forty nine point one one"
     " seconds (world record)."),
    ("She swam 2:19.40 WR in the final.", "She swam two minutes nineteen point four zero seconds world record in the"
     " final."),
    ("Pole vault: 1 Duplantis (Swe) 6.28m WR; 2 Karalis (Gre) 5.92m.", "Pole vault: one Duplantis (Swe) six point two"
     " eight meters world record; two Karalis (Gre) five point nine two meters."),
    # guards: a size without the sport, a size before "of", a mark away from its figure
    ("a 2.5 PB archive", "a two point five petabyte archive"),
    ("The cluster stores 9.81 PB of data.", "The cluster stores nine point eight one petabytes of data."),
    ("They ran 3 PB of backups.", "They ran three petabytes of backups."),
    ("They ran 3.5 PB of backups.", "They ran three point five petabytes of backups."),
    ("His PB is 9.81.", "His P.B is nine point eight one."),
    ("Her 800m PB is 1:56.71.", "Her eight hundred meters P.B is one minute fifty six point seven one seconds."),
    ("He set a 100m WR.", "He set a hundred meter W.R."),  # an event's whole distance, the mark its noun
    ("The WR stands.", "The W.R stands."),
    ("The WRU said.", "The W.R.U said."),
])
def test_a_results_mark_after_its_figure_is_said(written: str, said: str) -> None:
    assert speakable(written) == said


@pytest.mark.parametrize("token", ["ran 9.81 PB ", "6.28m WR; ", "ran 10.12 (SB ", "3 PB of "])
def test_results_marks_stay_linear(token: str) -> None:
    check_linear(token, ratio=8)

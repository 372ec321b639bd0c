"""A runner's finishing time in minutes and seconds after the words that give one ("crossed the line in 15:42", "her
fastest time, 31:07", "a personal best of 18:31"): read as minutes and seconds, where it was a clock's time ("fifteen
forty two") or, past 24, a score's ("thirty one to seven"). Written from examples of our own, with near misses where
the same words meet a time of day."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("She crossed the line in 17:05 to win.", "She crossed the line in seventeen minutes five seconds to win."),
    ("He ran the 10k in 41:05 on Sunday.", "He ran the ten k in forty one minutes five seconds on Sunday."),
    ("She ran 5k in 24:13.", "She ran five k in twenty four minutes thirteen seconds."),
    ("Her fastest time, 31:07, was set at 80.",
     "Her fastest time, thirty one minutes seven seconds, was set at eighty."),
    ("It was a winning time of 14:59.", "It was a winning time of fourteen minutes fifty nine seconds."),
    ("He set a personal best of 18:31 last week.",
     "He set a personal best of eighteen minutes thirty one seconds last week."),
    ("Her PB of 20:45 still stands.", "Her P.B of twenty minutes forty five seconds still stands."),
    ("She finished in 19:02, a minute clear.", "She finished in nineteen minutes two seconds, a minute clear."),
    ("Okafor came home in 16:58 to take the title.",
     "Okafor came home in sixteen minutes fifty eight seconds to take the title."),
    ("He jogged it in 33:40 with his dog.", "He jogged it in thirty three minutes forty seconds with his dog."),
    # near misses: the same words with a time of day, a span, or no time at all
    ("The race starts at 9:30.", "The race starts at nine thirty."),
    ("She finished work at 17:30.", "She finished work at seventeen thirty."),
    ("The best time to visit is 10:30.", "The best time to visit is ten thirty."),
    ("He walked in at 10:15 and sat down.", "He walked in at ten fifteen and sat down."),
    ("They finished in 2:58:41.", "They finished in two hours fifty eight minutes and forty one seconds."),
])
def test_a_runners_finishing_time_is_minutes_and_seconds(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", ["ran the x in 1:2", "fastest time, 1:", "personal best of ", "PB, 1"])
def test_the_finishing_words_stay_linear(token: str) -> None:
    check_linear(token)

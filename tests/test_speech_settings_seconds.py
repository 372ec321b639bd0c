"""A whole number of seconds written against its "s" right after a setting's name, as a command or a config line sets
it ("set timeout 30s and retry", "TTL 60s", "sleep 5s"), is seconds, as it was after the name and its verb ("the
timeout is now 30s"): it was a decade ("timeout thirties") or a plural ("sleep fives")."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Set timeout 30s and retry.", "Set timeout thirty seconds and retry."),
    ("The script calls sleep 5s between polls.", "The script calls sleep five seconds between polls."),
    ("Records carry a TTL 60s.", "Records carry a T.T.L sixty seconds."),
    ("Use interval 15s between checks.", "Use interval fifteen seconds between checks."),
    ("The timeout is now 30s.", "The timeout is now thirty seconds."),
])
def test_seconds_after_a_settings_name_are_said(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("She is in her 30s.", "She is in her thirties."),
    ("a return to 80s glamour", "a return to eighties glamour"),
])
def test_a_decade_is_left(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


def test_the_settings_seconds_stay_linear() -> None:
    check_linear("timeout 30s ", read=lambda text: speakable(text, "en"))
    check_linear("timeout is ", read=lambda text: speakable(text, "en"))

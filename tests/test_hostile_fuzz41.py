"""Escapes found by fuzzing the last two rounds' new code paths (h144): random mixes of the sweep tokens of rounds 40
and 41 under nine language tags through `speakable` and `sentences`, those tokens repeated 1,000 and 4,000 times
(spaced, glued, unterminated), the sweeps' rows with their numbers made 5,000-digit runs, and damaged copies of the
rounds' pages and texts through `clean`. Each case failed on the round's start; the normaliser must never raise, and
clean must raise only NarratorError."""

from __future__ import annotations

import pytest

from narrator import speakable

# A decimal of zeros alone before a unit (".00 m", ".000 mAh", as a long number cut short leaves one): the amount
# dropped its zeros, then its empty whole, and the reader of numbers was handed nothing (IndexError).
_ZERO_DECIMALS = [
    pytest.param("It holds .00 m.", "en", "It holds zero meters.", id="zeros-metres"),
    # three places or more are a measure's precision and are said (h137's "234.220 mph"), zeros and all
    pytest.param("It holds .000 mAh.", "en-GB", "It holds point zero zero zero milliamp hours.",
                 id="zeros-milliamp-hours"),
    pytest.param("Climb to .00 m now.", "en-IN", "Climb to zero metres now.", id="zeros-en-IN"),
]


@pytest.mark.parametrize(("written", "tag", "spoken"), _ZERO_DECIMALS)
def test_a_unit_after_a_decimal_of_zeros_alone_is_read(written: str, tag: str, spoken: str) -> None:
    """A unit after a decimal of nothing but zeros is read as zero of it, not an exception."""
    assert speakable(written, tag) == spoken


@pytest.mark.parametrize("tag", ["en", "en-GB", "en-IN", "en-US"])
def test_a_long_number_before_a_unit_never_raises(tag: str) -> None:
    """A 5,000-digit whole before '.000' and a unit (int() refuses it past 4,300 digits) is read without an error."""
    assert speakable("Der Akku hat " + "9" * 5000 + ".000 mAh und lädt mit 65 W.", tag)


# Guards: decimals with a whole or a figure after the point keep their readings.
_DECIMAL_GUARDS = [
    pytest.param("It holds .50 m.", "It holds point five meters.", id="point-five"),
    pytest.param("It weighs 3.50 kg.", "It weighs three point five kilograms.", id="trailing-zero"),
    pytest.param("It weighs 3.00 kg.", "It weighs three kilograms.", id="whole-with-zeros"),
]


@pytest.mark.parametrize(("written", "spoken"), _DECIMAL_GUARDS)
def test_decimals_before_units_keep_their_readings(written: str, spoken: str) -> None:
    """A decimal with a whole part or a non-zero figure reads as before."""
    assert speakable(written, "en") == spoken

"""Numbers as the article's region says them: "three hundred and seventy" where English is British, Irish,
Australian or any Commonwealth region's, "three hundred seventy" in North America and the Philippines and on a page
that names no region (the house's reading); and the readings a second pass must leave as they are."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "british", "american"), [
    ("The hall seats 350 people.", "The hall seats three hundred and fifty people.",
     "The hall seats three hundred fifty people."),
    ("In 2006 the town had 1,005 homes.", "In two thousand and six the town had one thousand and five homes.",
     "In two thousand six the town had one thousand five homes."),
    ("The 101st Airborne landed.", "The one hundred and first Airborne landed.",
     "The one hundred first Airborne landed."),
    # "and" before the last part only: none after "thousand" when hundreds follow, none after "million" here
    ("About 2,500 fans and 1,250,000 viewers.",
     "About two thousand five hundred fans and one million two hundred and fifty thousand viewers.",
     "About two thousand five hundred fans and one million two hundred fifty thousand viewers."),
    ("He scored 120,005 points.", "He scored one hundred and twenty thousand and five points.",
     "He scored one hundred twenty thousand five points."),
    ("It ran for 1,001 nights and 7,000,012 people saw it.",
     "It ran for one thousand and one nights and seven million and twelve people saw it.",
     "It ran for one thousand one nights and seven million twelve people saw it."),
    # money already says its "and" where a region does: never twice
    ("It cost $450.", "It cost four hundred and fifty dollars.", "It cost four hundred fifty dollars."),
    # numbers with no part under a hundred, years, digits said one by one and words of the text: nothing to add
    ("Pages 100 and 200 of 1999.", "Pages one hundred and two hundred of nineteen ninety nine.",
     "Pages one hundred and two hundred of nineteen ninety nine."),
    ("Call 0161 496 0000.", "Call zero one six one, four nine six, zero zero zero zero.",
     "Call zero one six one, four nine six, zero zero zero zero."),
    ("A hundred two-seat cars.", "A hundred two-seat cars.", "A hundred two-seat cars."),
])
def test_a_commonwealth_region_says_and_inside_its_numbers(written: str, british: str, american: str) -> None:
    for tag in ("en-GB", "en-au", "en-IE", "en-nz", "en-za", "en-in"):
        assert speakable(written, tag) == british, tag
    for tag in ("en-US", "en-ca", "en-ph", "en"):
        if tag == "en" and "$" in written:
            continue  # a bare "en" keeps the money rules' "and", NeMo's reading (below)
        assert speakable(written, tag) == american, tag


def test_money_and_measures_say_and_as_the_region_s_counts_do() -> None:
    """A region that says no "and" in its counts says none in money and measures either (h61: en-US had "one hundred
    and five dollars" beside "one hundred five sheep"); a bare "en" keeps the money rules' "and", NeMo's reading."""
    assert (speakable("It cost $450 for 105 km.", "en-US")
            == "It cost four hundred fifty dollars for one hundred five kilometers.")
    assert speakable("It cost $450.", "en") == "It cost four hundred and fifty dollars."


@pytest.mark.parametrize("written", ["÷| 0", "0 | %", "a &| b", "±| 3", "a |© b", "→ | 4"])
def test_a_bar_beside_a_symbol_is_a_pause_at_the_first_reading(written: str) -> None:
    # the symbol became words after the bar was looked at ("divided by | zero"), and a second reading made the bar a
    # comma: the first must already say what the second says
    once = speakable(written)
    assert "|" not in once
    assert speakable(once) == once


@pytest.mark.parametrize(("written", "spoken"), [
    ("a 5A^2 term", "a five Eh squared term"),  # was "five A^two", its caret said
    ("0C²", "zero C squared"),
    ("3x² + 1", "three x squared plus one"),
    ("x^2 + 10^5", "x squared plus ten to the power of five"),
])
def test_a_letters_power_after_a_count_is_said(written: str, spoken: str) -> None:
    assert speakable(written) == spoken
    assert speakable(spoken) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Visit 123abc.xyz now.", "Visit one two three abc dot xyz now."),  # was "one two three abc.xyz", then a domain
    ("0aa.aaa", "zero aa dot aaa"),
    ("@aa.aaa", "at aa dot aaa"),
    ("Meet at 5pm.next week", "Meet at five PM next week"),  # a stop's space lost after a time: no domain
])
def test_a_domain_led_by_digits_is_read_at_the_first_reading(written: str, spoken: str) -> None:
    assert speakable(written) == spoken
    assert speakable(spoken) == spoken

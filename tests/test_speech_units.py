"""Classes of numbers, dates, units and addresses, each with our own examples (not corpus rows)."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Try the new brand.store site.", "Try the new brand dot store site."),
    ("Edit config.yaml first.", "Edit config dot yaml first."),
    ("News is at riverside.abc now.", "News is at riverside dot abc now."),
])
def test_a_lower_case_name_with_an_unlisted_suffix_is_an_address(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize("written", ["It was approx.ten metres.", "Ask at 9 a.m. or p.m. today.", "Use e.g. rye."])
def test_abbreviations_with_stops_are_not_addresses(written: str) -> None:
    assert "dot" not in speakable(written)


@pytest.mark.parametrize(("written", "spoken"), [
    ("See example.com/top-100 today.", "See example dot com slash top dash one hundred today."),
    ("Read shop.example.org/model-3000 now.", "Read shop dot example dot org slash model dash three thousand now."),
    ("See example.com/page-1234 today.", "See example dot com slash page dash one two three four today."),
    ("See example.com/v/0500 today.", "See example dot com slash v slash zero five zero zero today."),
])
def test_a_round_number_in_an_address_is_said_as_a_number(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("He joined in the 2019/20 season.", "He joined in the twenty nineteen to twenty season."),
    ("The 1998/99 budget grew.", "The nineteen ninety eight to ninety nine budget grew."),
    ("Fees for 2023/2024 rose.", "Fees for twenty twenty three to twenty twenty four rose."),
])
def test_a_season_written_with_a_slash_is_a_span_of_years(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_two_years_far_apart_are_not_a_season() -> None:
    assert "to" not in speakable("The ratio was 2019/1990 in all.")


@pytest.mark.parametrize(("written", "spoken"), [
    ("The fair runs June 3-5.", "The fair runs June third to fifth."),
    ("It ran Sept 9-12, 2021 in Leeds.", "It ran September ninth to twelfth, twenty twenty one in Leeds."),
    ("It is held 3-5 June in Oslo.", "It is held the third to the fifth of June in Oslo."),
    ("Book from the 10th-12th of May.", "Book from the tenth to the twelfth of May."),
    ("Sales fell Jan-Mar 2020.", "Sales fell January to March twenty twenty."),
    ("It ran Dec 2019-Jan 2020.", "It ran December twenty nineteen to January twenty twenty."),
    ("Stay June 3 - July 4, 2020 here.", "Stay June third to July fourth, twenty twenty here."),
])
def test_spans_of_days_and_months(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Open Mon-Fri 9am-5pm.", "Open Monday to Friday nine AM to five PM."),
    ("We work Monday-Thursday only.", "We work Monday to Thursday only."),
    ("Closed Sat.-Sun.", "Closed Saturday to Sunday."),
    ("Desks are staffed 9:00-17:00 daily.", "Desks are staffed nine o'clock to seventeen o'clock daily."),
    ("Talks run 9:30 am - 1:15 pm.", "Talks run nine thirty AM to one fifteen PM."),
])
def test_spans_of_weekdays_and_clock_times(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize("written", ["The Chicago Sun-Times said so.", "They met at Mar-a-Lago.", "June 30-1 is odd."])
def test_a_dash_that_is_no_span_stays(written: str) -> None:
    assert " to " not in speakable(written)


@pytest.mark.parametrize(("written", "spoken"), [
    ("The gates shut at 00:00 sharp.", "The gates shut at midnight sharp."),
    ("We close at 5 p.m.", "We close at five PM."),
    ("The abbey was built c. 1150 by monks.", "The abbey was built circa eleven fifty by monks."),
    ("He reigned 1425-1400 BC in Thebes.", "He reigned fourteen twenty five to fourteen hundred B.C in Thebes."),
    ("Augustus ruled 27 BC-14 AD.", "Augustus ruled twenty seven B.C to fourteen A.D."),
])
def test_midnight_circa_and_spans_of_years_in_an_era(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

"""Rules found by the second sweep (tests/fixtures/speech/prose_sweep2.tsv, unit_tokens2.tsv), each tested on
examples of our own, the readings it must leave alone beside the ones it makes."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # a scale letter, then a word describing a counted noun (was "four point two meter postal votes")
    ("Some 3.5m new homes are planned.", "Some three point five million new homes are planned."),
    ("The plan adds 40k extra nurses.", "The plan adds forty thousand extra nurses."),
    ("Nearly 1.2m young people are out of work.", "Nearly one point two million young people are out of work."),
    ("It drew 2m paying visitors.", "It drew two million paying visitors."),
    ("Some 300k more soldiers were sent.", "Some three hundred thousand more soldiers were sent."),
    # a size's word, a length before what it sizes, and a race stay lengths
    ("They built 3m high walls.", "They built three meters high walls."),
    ("A 4m wide road runs past the homes.", "A four meter wide road runs past the homes."),
    ("He won the 200m freestyle finals.", "He won the two hundred meter freestyle finals."),
    ("It is 5m from the nearest homes.", "It is five meters from the nearest homes."),
])
def test_a_scale_before_a_described_count(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a tag led by digits (was "number one hundred DaysOfCode"), and one with an initialism at an end (was
    # "Save OurNHS", "NHSHeroes")
    ("Try the #30DayChallenge today.", "Try the hashtag thirty Day Challenge today."),
    ("Vote with #2026Budget in mind.", "Vote with hashtag twenty twenty six Budget in mind."),
    ("Thanks to all #NHSHeroes out there.", "Thanks to all hashtag N.H.S Heroes out there."),
    ("Posts tagged #ProtectTheBBC grew.", "Posts tagged hashtag Protect The B.B.C grew."),
    # a number after the sign, a flat's number and a lone ordinal stay numbers
    ("She is ranked #2 in the world.", "She is ranked number two in the world."),
    ("He lives at Apt #4C now.", "He lives at Apt number four C now."),
])
def test_hashtags_led_by_digits_or_ending_in_initialisms(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # "IV" after an article before a word in lower case is intravenous (was "The fourth drip", "An four line")
    ("The IV line was flushed.", "The I.V line was flushed."),
    ("An IV cannula was placed.", "An I.V cannula was placed."),
    # a numeral after "The" before a name, and a stage's numeral, stay numbers
    ("The IV Corps crossed the river.", "The fourth Corps crossed the river."),
    ("Stage IV tumours are rare.", "Stage four tumours are rare."),
])
def test_iv_after_an_article_is_intravenous(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a verb of what a reading tells after an amount is no noun the unit sizes (was "part per million requires")
    ("Anything above 5 ppm requires a mask.", "Anything above five parts per million requires a mask."),
    ("A reading of 12 mmol confirms it.", "A reading of twelve millimoles confirms it."),
    ("Over 3 km implies a long walk.", "Over three kilometers implies a long walk."),
    # a plural noun after a unit is still what it sizes
    ("He bought 30 W lights.", "He bought thirty watt lights."),
])
def test_verbs_of_telling_after_an_amount(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

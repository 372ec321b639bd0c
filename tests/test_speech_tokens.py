"""Short tokens and phrases of the unit classes (numbers, dates, times, measures...), each class with our own
examples: the isolated forms real text holds, not corpus rows."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("1 1/8", "one and an eighth"),
    ("2 1/11", "two and an eleventh"),
    ("3 1/18 miles", "three and an eighteenth miles"),
    ("a 1/8 share", "an eighth share"),
    ("A 1/8 cut", "An eighth cut"),
    ("1 1/3", "one and a third"),
])
def test_an_eighth_or_an_eleventh_takes_an(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("XXth century", "twentieth century"),
    ("the XIXth century", "the nineteenth century"),
    ("XVIth-century art", "sixteenth-century art"),
    ("the IIIrd Reich", "the third Reich"),
    ("the XXIst century", "the twenty first century"),
    ("Louis XIVth", "Louis the fourteenth"),
])
def test_a_roman_numeral_with_an_ordinal_ending_is_the_ordinal(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("1920-1930s", "nineteen twenty to nineteen thirties"),
    ("1920–1930s", "nineteen twenty to nineteen thirties"),
    ("from 1914-1930s", "from nineteen fourteen to nineteen thirties"),
    ("the 1980-90s", "the nineteen eighty to nineties"),
])
def test_a_year_to_a_decade_is_a_span(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("2021-03", "March twenty twenty one"),
    ("2024-11", "November twenty twenty four"),
    ("since 2012-12", "since December twenty twelve"),
    ("2019-20", "twenty nineteen to twenty"),  # a season: the next year
    ("2010-11", "twenty ten to eleven"),
])
def test_a_year_and_a_month_in_iso_form_is_the_month(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Jun-2019", "June twenty nineteen"),
    ("Sep-2020", "September twenty twenty"),
    ("Mar-21", "March twenty one"),
    ("Oct-2019 to Mar-2020", "October twenty nineteen to March twenty twenty"),
    ("Jan-Mar 2020", "January to March twenty twenty"),
])
def test_a_month_hyphened_to_its_year(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("220 V", "two hundred and twenty volts"),
    ("The chip runs at 3.3 V.", "The chip runs at three point three volts."),
    ("It draws 1.5 A, more than before.", "It draws one point five amps, more than before."),
    ("2.5 W", "two point five watts"),
    ("60 W", "sixty watts"),
    ("5 A", "five amps"),
    ("He lives at 100 W Main St.", "He lives at one hundred West Main Street."),
    ("She got a Grade 3 A.", "She got a Grade three Eh."),
])
def test_a_spaced_volt_watt_or_amp_that_ends_its_clause(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("1 Gb/s", "one gigabit per second"),
    ("10 Gbit/s", "ten gigabits per second"),
    ("56 kb/s", "fifty six kilobits per second"),
    ("100 Mbit/s", "one hundred megabits per second"),
    ("12 mo", "twelve months"),
    ("5 ns", "five nanoseconds"),
    ("7 kgs", "seven kilograms"),
    ("40 kms", "forty kilometers"),
])
def test_units_of_data_rates_and_written_plurals(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("1830 hrs", "eighteen thirty hours"),
    ("2359 hours", "twenty three fifty nine hours"),
    ("1200 hrs: the convoy left.", "twelve hundred hours: the convoy left."),
    ("It took 1430 hours.", "It took one thousand four hundred thirty hours."),  # an amount
])
def test_four_digits_and_hours_opening_a_line_are_a_time(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("+15551234567", "plus one, five five five, one two three, four five six seven"),
    ("+12125550100", "plus one, two one two, five five five, zero one zero zero"),
    ("+442079460958", "plus four four two zero seven nine four six zero nine five eight"),
    ("Call +33123456789 now.", "Call plus three three one two three four five six seven eight nine now."),
    ("+5", "plus five"),
])
def test_a_phone_number_with_its_digits_run_together(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("README.md", "README dot MD"),
    ("Open CHANGELOG.md first.", "Open CHANGELOG dot MD first."),
    ("main.rs", "main dot RS"),
    ("photo.JPG", "photo dot jpeg"),
    ("Report.PDF", "Report dot PDF"),
    ("archive.tar.gz", "archive dot tar dot GZ"),
    ("Edit config.toml and run.", "Edit config dot toml and run."),
    ("He is an M.D.", "He is an M.D."),
])
def test_a_file_name_with_its_extension(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("/usr/bin/python", "slash usr slash bin slash python"),
    ("Edit /etc/hosts now.", "Edit slash etc slash hosts now."),
    ("~/Documents", "tilde slash Documents"),
    ("See /r/science for more.", "See slash r slash science for more."),
    ("localhost:3000", "localhost colon three thousand"),
    ("localhost:8080/api", "localhost colon eight zero eight zero slash api"),
])
def test_a_path_or_a_local_address(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("a .45 cal pistol", "a forty five caliber pistol"),
    ("He bought a .22 cal.", "He bought a twenty two caliber."),
    (".22 caliber", "twenty two caliber"),
    ("a .308 calibre rifle", "a three o eight calibre rifle"),
    ("a 2,000 cal diet", "a two thousand calorie diet"),
    ("500 cal", "five hundred calories"),
])
def test_calibres_and_calories(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("A-Z", "A to Z"),
    ("from A–Z", "from Eh to Z"),
    ("the A-Z-B line", "the Eh-Z-B line"),  # not "A to Z": three letters, each said as the letter
])
def test_a_to_z(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("3-4x", "three to four x"),
    ("a 3-4x rise", "a three to four x rise"),
    ("a 2x-3x gain", "a two to three x gain"),
    ("It grew 3-4x.", "It grew three to four times."),
])
def test_a_span_of_multiples_kept_as_written_is_said_with_to(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("a 1/18 cut", "an eighteenth cut"),
    ("a 1/20 share of the vote", "a twentieth share of the vote"),
    ("an 8/15 split", "an eight fifteenths split"),
    ("on 1/18 we met", "on January eighteenth we met"),  # a date still, after other words
])
def test_a_month_and_day_after_an_article_is_a_part(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Views rose +1000000000 overnight.", "Views rose plus one billion overnight."),
    ("up +1500000000 in a year", "up plus one billion five hundred million in a year"),
    ("Call +15551234567 now", "Call plus one, five five five, one two three, four five six seven now"),
])
def test_a_round_number_with_a_plus_is_a_count_not_a_phone(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

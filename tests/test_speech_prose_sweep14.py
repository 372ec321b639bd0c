"""A fourteenth author's sweep (issue #10): numbers in household, land, clinic, sport, drink, play, travel, gadget and
school sentences as their writers print them (energy bills, farming and gardening, a GP's or pharmacist's leaflet,
running and cycling, coffee, beer and wine, chess and board games, timetables, phones and gadgets, schools and
exams), and a tenth field of the misreads the lead found (a British page's "metre", the letter A joined to a
hyphen); each read in its article's language tag (the style column), compared as the twelfth sweep compares (case
and punctuation dropped) after the sweeps' folding (tests/fixtures/speech/prose_sweep14.tsv)."""

from __future__ import annotations

import re

import pytest
from sweeps import FIXTURES, check_new_rows, check_row, folded, sweep_rows

from narrator.speech import speakable

_ROWS = sweep_rows(FIXTURES / "prose_sweep14.tsv")
_PUNCT = re.compile(r"[^\w\s]|_")
# What the sweep found misread and left, each with the class no general rule reads yet.
_KNOWN_MISSES = {
    "The battery stores 13.5kWh and delivers 5kW continuous.": "a unit before a following adjective is singular",
    "We put on 120 kg N/ha before the first cut.": "a nutrient's letter per hectare ('N/ha') is left",
    "Deadweight lambs made £2.10/kg dwt at the abattoir.": "'dwt' (deadweight) is left letters",
    "Kidney function is normal with an eGFR >60.": "'>' before a number after a noun reads 'more than' without 'of'",
    "Intervals: 6 x 800m at 5k pace with 90s rest.": "seconds as 's' read a decade, '800m' after 'x' millions",
    "Squat 5x5 at 225 lb.": "sets by reps written '5x5' read 'x'",
    "Hold a 60s plank, rest 30s, repeat 3 times.": "seconds written 's' after a number before a noun are read a decade",
    "Pull the shot with 18g in, 36g out in 28s.": "seconds written 's' at a sentence's end are left a letter",
    "Dep 14.05 arr 16.52.": "a timetable's dotted times after 'dep' and 'arr' are read decimals",
    "The ferry sails at 23:00 and docks at 07:30.": "a 24-hour clock's round hour is read 'o'clock'",
    "Set the APN and dial *#06# for the IMEI.": "a keypad code's star and hash are left",
    "She graduated with a GPA of 3.8/4.0.": "a grade out of its scale ('3.8/4.0') is read 'slash'",
    "He got a 2:2 and then a Master's.": "a degree's class ('2:2') is read a ratio",
}


def _relaxed(text: str) -> str:
    """The benchmark's relaxed form of the earlier sweeps' folding: lower case, punctuation dropped."""
    return " ".join(_PUNCT.sub(" ", folded(text).lower()).split())


def test_the_sweep_is_varied_and_new() -> None:
    tags = {tag for tag, _, _ in _ROWS}
    assert len(_ROWS) >= 200 and tags == {"en-gb", "en-us", "en-au", "en-ie", "en-nz"}
    earlier = tuple(path.name for path in sorted(FIXTURES.glob("*.tsv")) if path.name != "prose_sweep14.tsv")
    check_new_rows(_ROWS, earlier, _KNOWN_MISSES)


@pytest.mark.parametrize(("language", "written", "readings"), _ROWS,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(_ROWS)])
def test_sweep(language: str, written: str, readings: tuple[str, ...]) -> None:
    check_row(written, readings, _KNOWN_MISSES, form=_relaxed, language=language)



# A British page's units in British spelling; a meter that measures gas, and every American or bare "en" page, kept.
_SPELLINGS = [
    ("en-gb", "The 3km walk ends at a 2l flask.", "The three kilometre walk ends at a two litre flask."),
    ("en-ca", "Snow reached 40cm.", "Snow reached forty centimetres."),
    ("en-au", "Each lane is 25m per length.", "Each lane is twenty five metres per length."),
    ("en-gb", "The smart meter read 4 meters away.", "The smart meter read four metres away."),
    ("en-gb", "Parking meters take cards.", "Parking meters take cards."),
    ("en-us", "The 3km walk ends at a 2l flask.", "The three kilometer walk ends at a two liter flask."),
    ("en", "Snow reached 40cm.", "Snow reached forty centimeters."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _SPELLINGS)
def test_a_british_page_spells_its_units_so(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading

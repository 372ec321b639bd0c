"""A fourteenth author's sweep (issue #10): numbers in household, land, clinic, sport, drink, play, travel, gadget and
school sentences as their writers print them (energy bills, farming and gardening, a GP's or pharmacist's leaflet,
running and cycling, coffee, beer and wine, chess and board games, timetables, phones and gadgets, schools and
exams), and a tenth field of the misreads the lead found (a British page's "metre", the letter A joined to a
hyphen); each read in its article's language tag (the style column), compared as the twelfth sweep compares (case
and punctuation dropped) after the sweeps' folding (tests/fixtures/speech/prose_sweep14.tsv)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, relaxed, sweep_tests

from narrator.speech import speakable

# What the sweep found misread and left, each with the class no general rule reads yet.
_KNOWN_MISSES = {
    # the second round's
    "Divert calls with **21*number#.": "a keypad code with a word inside is left",
}


_LANGUAGES = {"en-gb", "en-us", "en-au", "en-ie", "en-nz", "en-ca", "en-za", "en-in"}
SWEEP = Sweep("prose_sweep14.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=240, languages=_LANGUAGES)
globals().update(sweep_tests(SWEEP))


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


# The classes the sweep found, each in our own examples: seconds glued to a number no decade has, or before a noun of
# how long; a runner's session's metres beside a "5k"; a grade out of a scale written with its nought; a keypad's
# code; a nutrient per hectare; a meat trade's deadweight.
_CLASSES = [
    ("en-us", "The kettle boils in 95s, the toaster in 48s.",
     "The kettle boils in ninety five seconds, the toaster in forty eight seconds."),
    ("en-us", "Expect a 15s pause.", "Expect a fifteen second pause."),
    ("en-us", "Do squats with 40s recovery.", "Do squats with forty seconds recovery."),
    ("en-us", "He loved 40s swing and 90s grunge.", "He loved forties swing and nineties grunge."),
    ("en-us", "Sessions: 6 x 800m at 5k pace.", "Sessions: six by eight hundred meters at five k pace."),
    ("en-us", "Her GPA was 3.5/4.0 last term.", "Her G.P.A was three point five out of four point zero last term."),
    ("en-us", "Python 2.7/3.0 notes", "Python two point seven or three point zero notes"),
    ("en-gb", "Dial *100# to top up.", "Dial star one zero zero hash to top up."),
    ("en-gb", "Type #31# to hide your number.", "Type hash three one hash to hide your number."),
    ("en-gb", "Spread 30 kg S/ha in spring.", "Spread thirty kilograms of sulfur per hectare in spring."),
    ("en-us", "Sidedress 50 lb N/ac in June.", "Sidedress fifty pounds of nitrogen per acre in June."),
    ("en-gb", "Cull ewes made 310p/kg dwt.", "Cull ewes made three hundred and ten pence per kilogram deadweight."),
    ("en-us", "The generator gives 2kW continuous.", "The generator gives two kilowatts continuous."),
    ("en-us", "Deadlift 3x5, then curls 4x12.", "Deadlift three by five, then curls four by twelve."),
    ("en-us", "The score was 3x5.", "The score was three x five."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _CLASSES)
def test_the_sweeps_classes_read(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading


# The reading of the reading is the reading: a power no rule took kept its caret between words, and an emoticon
# glued to a digit was found only once the digit was read apart.
@pytest.mark.parametrize("written", ["w3^2", "½^2", "B³_", ":P7", "k4^5 and more", "Wow :D9"])
def test_a_reading_read_again_is_the_same(written: str) -> None:
    once = speakable(written)
    assert "^" not in once and speakable(once) == once

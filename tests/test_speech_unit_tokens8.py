"""An eighth author's short items in the twelve unit categories, out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens8.tsv: forms of finance and weather tables, product specs, science papers, school
timetables, sports statistics, legal and government forms, recipes and travel that the first seven sets left out): an
eighth estimate of the unit score on text nobody here tuned for. First reading 236 of 276 (85.5%) relaxed and 265
(96.0%) lenient; the relaxed misses past the lenient ones are the house's initialisms run together ('EPS', 'PM').
After h82's rules (romans.py's 'Olav', clock.py's '17h30' and '0645 departure'): 239 (86.6%) relaxed, 268 (97.1%)
lenient.
Compared as the seventh set compares: case and punctuation ignored, a number's "and" folded and an initialism's letters
run together."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN = {
    "$25 copay": "units.py/en.py (h74's), money said attributively: an amount before a noun it describes is said"
                 " singular ('a twenty five dollar copay'), as '$5 bill' is; 'copay' is not among its nouns",
    "b. 1947": "words.py (h74's) _LIFE_DATES: 'b.' before a year is 'born' only after '(' or ', ', never at a"
               " table cell's start",
    "d. 2011": "words.py (h74's) _LIFE_DATES: 'd.' before a year is 'died' only after '(' or ', ', never at a"
               " table cell's start",
    "8.15-9.05": "clock.py: a range of two dotted times is read as decimals; out of a timetable a rate's range"
                 " ('4.15-4.35') is written alike, left",
}


SWEEP = Sweep("unit_tokens8.tsv", _KNOWN, form=lenient, least=250, styles=12, only=True, each=15,
              earlier=first("unit_tokens", 7), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    ("Olav V", "Olav the fifth"),  # Norway's kings spelt as Norway spells them, beside 'Olaf'
    ("King Olav V of Norway", "King Olav the fifth of Norway"),
    ("Olav VI and Olav VII", "Olav the sixth and Olav the seventh"),
    ("Olav Tryggvason", "Olav Tryggvason"),  # guard: no numeral, no change
    ("Olav, V and I", "Olav, V and I"),  # guard: a comma parts the name from the letters
])
def test_regnal_names_spelt_as_their_countries_spell_them(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("17h30", "seventeen thirty"),  # a French or Quebec timetable's clock, alone in its cell
    ("09h15", "nine fifteen"),  # no length is written with a zero before its hours
    ("Kick-off 20h45.", "Kick-off twenty forty five."),
    ("1h30", "one hour thirty minutes"),  # guard: a film's or a walk's length
    ("10h30", "ten hours thirty minutes"),  # guard: hours a shift or a race may last
    ("took 14h05", "took fourteen hours five minutes"),  # guard: after a word of how long
    ("a 13h30 flight", "a thirteen hour thirty minute flight"),  # guard: a length before its noun
    ("17h30m", "seventeen hours thirty minutes"),  # guard: its minutes marked
    ("24h30", "twenty four hours thirty minutes"),  # guard: no clock shows 24
])
def test_hours_glued_to_their_h_alone_are_a_clock_when_no_length_is_written_so(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("0645 departure", "o six forty five departure"),  # a timetable's cell: the service's word after is enough
    ("0710 trains to Leeds", "o seven ten trains to Leeds"),
    ("Flight times: 0915 arrival", "Flight times: o nine fifteen arrival"),
    ("0645", "zero six four five"),  # guard: alone, a code or a PIN as well
    ("0800 service", "zero eight zero zero service"),  # guard: a freephone number's service
    ("call 0800 train enquiries", "call zero eight zero zero train enquiries"),  # guard: a number to call
    ("0675 departure", "zero six seven five departure"),  # guard: no clock shows 75 minutes
])
def test_four_digits_led_by_a_zero_before_a_service_are_its_time(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken

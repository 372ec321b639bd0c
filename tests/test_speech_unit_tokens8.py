"""An eighth author's short items in the twelve unit categories, out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens8.tsv: forms of finance and weather tables, product specs, science papers, school
timetables, sports statistics, legal and government forms, recipes and travel that the first seven sets left out): an
eighth estimate of the unit score on text nobody here tuned for. First reading 236 of 276 (85.5%) relaxed and 265
(96.0%) lenient; the relaxed misses past the lenient ones are the house's initialisms run together ('EPS', 'PM').
Compared as the seventh set compares: case and punctuation ignored, a number's "and" folded and an initialism's letters
run together."""

from __future__ import annotations

import pytest
from sweeps import FIXTURES, check_new_rows, check_row, lenient, sweep_rows

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN = {
    "$25 copay": "units.py/en.py (h74's), money said attributively: an amount before a noun it describes is said"
                 " singular ('a twenty five dollar copay'), as '$5 bill' is; 'copay' is not among its nouns",
    "b. 1947": "words.py (h74's) _LIFE_DATES: 'b.' before a year is 'born' only after '(' or ', ', never at a"
               " table cell's start",
    "d. 2011": "words.py (h74's) _LIFE_DATES: 'd.' before a year is 'died' only after '(' or ', ', never at a"
               " table cell's start",
    "17h30": "clock.py: an hour and minutes parted by 'h' are a clock's only after 'at', 'from', 'until'; alone"
             " '17h30' may be a duration as '1h30' is, left",
    "0645 departure": "clock.py: four zero-led digits before 'departure' are read digit by digit; a code or PIN is"
                      " written so too, left",
    "800 W microwave": "units.py (h74's): a bare 'W' after a number before a noun is left a letter (a compass"
                       " point's or a name's); 'eight hundred watt microwave'",
    "2 3/4 in": "maths.py/units.py (h74's): a fraction before 'in' (inches, or the preposition) is left the word",
    "1/16 in": "maths.py/units.py (h74's): a fraction before 'in' (inches, or the preposition) is left the word",
    "½ price": "maths.py (h74's): '½' before a noun is 'one half', where a newsreader says 'half price'",
    "8.15-9.05": "clock.py: a range of two dotted times is read as decimals; out of a timetable a rate's range"
                 " ('4.15-4.35') is written alike, left",
}

_ROWS = sweep_rows(FIXTURES / "unit_tokens8.tsv")  # category, written form, accepted readings
_EARLIER = ("unit_tokens.tsv", "unit_tokens2.tsv", "unit_tokens3.tsv", "unit_tokens4.tsv", "unit_tokens5.tsv",
            "unit_tokens6.tsv", "unit_tokens7.tsv")


def test_every_category_has_items_and_none_repeats_the_earlier_sets() -> None:
    counts = {category: sum(1 for row in _ROWS if row[0] == category) for category, _, _ in _ROWS}
    assert len(counts) == 12 and min(counts.values()) >= 15 and len(_ROWS) >= 250
    check_new_rows(_ROWS, _EARLIER, _KNOWN)
    before = {row[1].lower() for name in _EARLIER for row in sweep_rows(FIXTURES / name)}
    assert not {row[1].lower() for row in _ROWS} & before


@pytest.mark.parametrize(("category", "written", "readings"), _ROWS,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(_ROWS)])
def test_item(category: str, written: str, readings: tuple[str, ...]) -> None:
    check_row(written, readings, _KNOWN, lenient)


@pytest.mark.parametrize(("written", "spoken"), [
    ("Olav V", "Olav the fifth"),  # Norway's kings spelt as Norway spells them, beside 'Olaf'
    ("King Olav V of Norway", "King Olav the fifth of Norway"),
    ("Olav VI and Olav VII", "Olav the sixth and Olav the seventh"),
    ("Olav Tryggvason", "Olav Tryggvason"),  # guard: no numeral, no change
    ("Olav, V and I", "Olav, V and I"),  # guard: a comma parts the name from the letters
])
def test_regnal_names_spelt_as_their_countries_spell_them(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken

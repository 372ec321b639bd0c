"""A thirty-ninth author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens39.tsv: knitting
and sewing, printing and paper, pets and vets, garden centres, DIY, marine weather, public finance, charity reports,
streaming and royalties, sports statistics, energy bills, commodity prices, housing, and ranges with mixed forms, the
kinds of text the first thirty-seven sets drew on least): a thirty-ninth estimate of the unit score on text nobody
here tuned for. 310 were written; 78 repeated the earlier sets and were dropped before any run, 232 in all.

FIRST READING 220 of 232 (94.8%) relaxed and 227 (97.8%) lenient (the benchmark's relaxed_form and lenient_form):
cardinal 35/35, decimal 32/35, fraction 27/28, measure 49/53, money 39/40, range 38/41 relaxed; cardinal 35/35,
decimal 35/35, fraction 28/28, measure 51/53, money 39/40, range 39/41 lenient. The relaxed-only misses are
initialisms the house spells with stops ("G.D.P", "G.P.A") against rows written with spaces, and "xG" said as
written. Every third row (index % 3 == 2, 77 rows) was kept aside: 75 of them lenient at the first reading, 152 of
the other 155.
Two rows were given forms they lacked, neither a change of reading: after the first reading, before any rule, the
form the house says and the set's other rent accepts ('£900–£1,100 pcm', 'pcm' said 'a month', as '£1,250 pcm' is);
and, when the kept third's misses were read at the end, 'a £150 vet bill', whose 'a hundred fifty' after its article
had been written 'a a hundred fifty' by a slip. So counted, the first reading is 222 relaxed and 229 lenient: the
other two thirds 153 of 155, the kept third 76 of 77.
The misreads of the tuned two thirds by class: one, a product of two units written with a middle dot ('60 N·m',
'15 N·m': "sixty N·m" went to the voice).

After the rule below, written from the misses of the tuned two thirds only (15 examples of the class, 5 of them
near-misses that must not change): tuned 153 -> 155 of 155, kept third 76 -> 77 of 77 (the kept row that moved,
'40–60 N·m', is the class of the tuned '60 N·m'). 225 (97.0%) relaxed, 232 (100%) lenient; by category, relaxed:
cardinal 35/35, decimal 32/35, fraction 27/28, measure 51/53, money 40/40, range 40/41; lenient, every category whole.
No row is left: the table below is empty. Compared as the fourteenth set compares: case and punctuation ignored, a
number's "and" folded and an initialism's letters run together."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {}

# The thirty-eighth set was written beside this one, at the same time; the earlier sets are the first thirty-seven.
SWEEP = Sweep("unit_tokens39.tsv", _KNOWN, form=lenient, least=220, styles=6, only=True, each=28,
              earlier=first("unit_tokens", 37), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a product of two units written with a middle dot or a dot operator (facts.UNITS, the dotted products)
    ("a 250 N·m motor", "a two hundred and fifty newton meter motor"),
    ("3 kW·h", "three kilowatt hours"),
    ("1 kW·h", "one kilowatt hour"),
    ("300 lb·ft of torque", "three hundred pound feet of torque"),
    ("20 ft·lb", "twenty foot pounds"),
    ("1.2 mPa·s", "one point two millipascal seconds"),
    ("5 N·s", "five newton seconds"),
    ("500 V⋅A", "five hundred volt amps"),
    ("12 kN⋅m", "twelve kilonewton meters"),
    ("2.5 A·h", "two point five amp hours"),
    ("the N·m figure", "the N·m figure"),  # guard: no number before it, as before
    ("Issue 12 · March 15", "Issue twelve, March fifteenth"),  # guard: a spaced dot is a separator, as before
    ("2·5 mg", "two point five milligrams"),  # guard: a raised decimal point, as before
    ("A·B", "A·B"),  # guard: letters, as before
    ("3 N·mm", "three N·mm"),  # guard: the table's "N·m" is not the start of a longer product, as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("1 N·m ", ""),
    ("1 kW⋅h ", ""),
    ("1 N·", "m"),
    ("N·m·", ""),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))

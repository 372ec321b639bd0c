"""A thirty-first author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens31.tsv:
astronomy, particle physics, electronics, audio, photography, computing, climate, medicine, the lab, real estate,
auctions, crypto, payroll, odds and betting, signed basis points, large scales, negative and signed numbers,
scientific notation and ordinal-like fractions, the kinds of text the first twenty-nine sets drew on least): a
thirty-first estimate of the unit score on text nobody here tuned for. 420 were written; 89 repeated the earlier
sets and were dropped before any run, 331 in all.

FIRST READING 256 of 331 (77.3%) relaxed and 295 (89.1%) lenient (the benchmark's relaxed_form and lenient_form):
cardinal 37/47, decimal 27/36, money 41/46, measure 87/128, fraction 22/28, range 42/46 relaxed; cardinal 45/47,
decimal 35/36, money 44/46, measure 104/128, fraction 23/28, range 44/46 lenient. The relaxed misses past the lenient
ones are the house's letters run together (V.C.P.U, B.T.C, C.O two, F.T.E) and four symbols left as written where the
rows spelled them (gtt, rcf, kb, Mtoe). Every third row (index % 3 == 2, 110 rows) was kept aside: 95 of them
lenient at the first reading, 200 of the other 221.
Three house forms were added after the first reading, each a form the rows already accept elsewhere: 'o' for a zero
('four o four'), a span's currency said at both ends ('three thousand pounds to five thousand pounds') and a unit
said in the singular before the noun it sizes ('a seventy two hundred revolution per minute drive'): 298 lenient,
kept third 97 of 110, the other two thirds 201 of 221.
The misreads by class: unit symbols no table had (THz, Jy, mΩ, μH, mH, ZB, EB, pM, px, PFLOPS, Bq, sqm, gr, ML, GL,
lp/mm); 'bp' before sequencing reads said 'basis point'; 'psf' after a bare count said 'per square foot' (pounds
lost); a plus sign before money left ('+$1.50'); 'quadrillion' after money not a scale ('¥1.2 quadrillion' was 'one
yen twenty sen quadrillion'); a spaced watt before a component it rates left as 'W' ('a 1/2 W resistor', '65 W
TDP'); a fraction over a grouped denominator said 'one per ten thousand'; fractional odds after 'at' read as a
fraction ('at 11/10'); the sun's sign in 'M☉' dropped with the emoji; a bare 'K' after a decimal (kelvin or
thousands); a plural metric unit before a noun it sizes ('five nanometers process'); a genome's 'Gb' read as
gigabits.

After the rules below, written from the misses of the tuned two thirds only: tuned 201 -> 213 of 221, kept third
97 -> 98 of 110 (the one kept row that moved, '4.7 mH', is the henry family added beside the tuned part's 'μH'; the
kept third's other misses are other classes: PFLOPS, Bq, sqm, gr, GL, lp/mm, TDP, odds after 'at', a grouped
denominator, a genome's 'Gb', '555' and 'A1C'); 272 (82.2%) relaxed, 311 (94.0%) lenient; by category, lenient:
cardinal 46/47, decimal 35/36, money 46/46, measure 115/128, fraction 24/28, range 45/46. Left, each with its reason
in the table below: symbols no table names yet (PFLOPS, Bq, sqm, gr, GL, lp/mm), a spaced 'K' or 'ML' that
may be another thing, a plural unit before a bare noun, fractions over grouped denominators and odds after 'at'.
Compared as the fourteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together. Later the Sun's and the Earth's units were added from the lead's own examples
(tests/test_speech_solar_units.py), which reads 'M☉' (a tuned row): 312 lenient.
In the fifty-second round the lead's table of units, its concentration rule and its genome sizes
(tests/test_speech_named_units52.py, tests/test_speech_genomes_and_kelvins.py, from its own examples) read six rows
listed left here after they had been read ('1.2 PFLOPS', '50 lp/mm', '5 pM', '95 sqm', '370 Bq', 'a 3.2 Gb
genome'): 318 lenient, and no unseen result.
'180 gr bullet' read after it had been read, by a later rule for a unit whose letters write two, told by the
sentence (ambiguousunits.named_by_talk: grains with a gun's load, grams elsewhere), written from examples of its own
(tests/test_speech_units_electronic_left.py).
'65 W TDP' (a kept row) read after it had been read, by a later rule naming a computer's chips and their rating
after a spaced watt, written from examples of its own (test_speech_units_electronic_left55.py)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "a 555 timer": "a chip's part number read as a count, the kept third's ('five hundred and fifty five timer')",
    "an A1C of 6.5%": "a lone capital 'A' before a digit said as the letter's name, the kept third's ('Eh one C')",
    "2.7 K": "a spaced capital 'K' after a decimal: kelvin, or thousands ('2.7K followers'); left",
    "300 ML": "megalitres in capitals, or a label's millilitres ('500 ML'); left",
    "1.2 GL": "gigalitres, a unit no table names, the kept third's",
    "at 11/10": "fractional odds after 'at' read as a fraction, the kept third's ('eleven tenths')",
    "1/10,000": "a fraction over a grouped denominator said 'one per ten thousand', the kept third's",
    "1/100,000": "a fraction over a grouped denominator said 'one per one hundred thousand'",
    "1/2 BTC": "read 'one half of a bitcoin', a form the row did not write",
    "7/2–4/1": "a span of two fractional odds ('seven halves four slash one')",
}

# The thirtieth set was written beside this one, at the same time: one item, 'HTTP 404', is in both (electronic
# there, cardinal here), left as each author wrote it; the earlier sets are the first twenty-nine.
SWEEP = Sweep("unit_tokens31.tsv", _KNOWN, form=lenient, least=320, styles=6, only=True, each=28,
              earlier=first("unit_tokens", 29), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # unit symbols of physics, electronics, storage and screens (facts.UNITS)
    ("2.4 THz", "two point four terahertz"),
    ("10 Jy", "ten janskys"),
    ("10 mΩ", "ten milliohms"),
    ("10 μH", "ten microhenries"),
    ("100 nH", "one hundred nanohenries"),
    ("3 EB", "three exabytes"),
    ("1 ZB", "one zettabyte"),
    ("50 pM", "fifty picomolar"),
    ("16px", "sixteen pixels"),
    ("40 psf", "forty pounds per square foot"),
    ("£25 psf", "twenty five pounds per square foot"),  # guard: a price per square foot, as before
    ("at 5 PM", "at five PM"),  # guard: the time of day, as before
    # quadrillions and quintillions after money (facts.SCALES)
    ("¥1.2 quadrillion", "one point two quadrillion yen"),
    ("$3 quadrillion", "three quadrillion dollars"),
    ("£1 quintillion", "one quintillion pounds"),
    # a plus sign before money (arithmetic.py)
    ("+$1.50", "plus one dollar fifty cents"),
    ("+£5", "plus five pounds"),
    ("C+$5", "C+five dollars"),  # guard: a grade's plus glued to a word, left
    # a spaced watt or volt before a component it rates (ambiguousunits.py)
    ("1/2 W resistor", "one half watt resistor"),
    ("a 16 V capacitor", "a sixteen volt capacitor"),
    ("a 5 V relay", "a five volt relay"),
    ("Route 5 W relay", "Route five W relay"),  # guard: a road and its direction, after "Route"
    # a genome's base pairs and kilobases before what is sequenced or cut, or where it lies (ambiguousunits.py)
    ("150 bp reads", "one hundred fifty base pair reads"),
    ("a 300bp amplicon", "a three hundred base pair amplicon"),
    ("a 2 kb deletion", "a two kilobase deletion"),
    ("500 bp upstream", "five hundred base pairs upstream"),
    ("a 25 bp cut", "a twenty five basis point cut"),  # guard: a rate's basis points, as before
    ("rates rose 25 bp", "rates rose twenty five basis points"),  # guard: as before
])
def test_units_scales_signs_components_and_base_pairs(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("lead", "token"), [
    ("", "+$1 "),
    ("", "+$"),
    ("", "+ $1 "),
    ("", "5 W resistor "),
    ("", "5 W "),
    ("", "1 quadrillion "),
    ("", "1 bp long "),
    ("", "1bp "),
])
def test_the_new_rules_stay_linear(lead: str, token: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text, "en"))

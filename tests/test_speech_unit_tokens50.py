"""A fiftieth author's short items in six of the twelve unit categories (cardinal, decimal, money, measure, fraction
and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens50.tsv): knitting and
sewing, brewing and winemaking, aquariums and ponds, astronomy and optics, beekeeping and farming, shipping and freight,
tyres and cars, heating and building, textiles and paper, swimming and rowing splits, auction prices, pharmacy, and
money in the currencies the earlier sets used least (forints, lei, lari, riyals, Kenyan shillings, naira, rupees,
taka, dong...), with and without a price's word beside them. 379 were written; 104 repeated the first forty-nine sets
(case ignored) and were dropped before any run, 275 in all.

FIRST READING: 228 of 275 (82.9%) relaxed and 261 (94.9%) lenient (the benchmark's relaxed_form and lenient_form).
Four rows were given the house's forms they lacked, none a change of reading: "a thousand" for "one thousand" ('a
1,598 cc engine'), "deadweight" as a ship's tonnage is said ('82,000 dwt'), the letter A said "Eh" ('A4 80 g/m²') and,
in the kept third once its misses were read, a unit in the singular before the noun it sizes ('300gsm card': "three
hundred gram per square meter card"). So counted, the first reading is 232 relaxed and 265 lenient; by category,
relaxed/lenient: cardinal 40/43, decimal 26/43, fraction 43/43, measure 36/42, money 51/51, range 36/43 (of 44, 44,
43, 46, 54, 44). Every third row (index % 3 == 2, 91 rows) was kept aside: 88 of them lenient (79 relaxed), 177 of the
other 184 (153 relaxed). The relaxed-only misses are all the house's forms against the rows' spelling: an
initialism's letters run together ("B.C.S", "D.K.H") and a chemist's mixed case left to the voice ("pH", "kH").

The misreads of the tuned two thirds, by class: a span of money whose sign the country writes after the amount, the
dash unsaid ('50,000–80,000₫': "fifty thousand eighty thousand dong"); a rower's split in tenths per its distance
('1:52.4/500m': "one minute fifty two point four seconds or five hundred m"); hectares spaced before the land they
measure ('a 30 ha farm': "a thirty ha farm"); and four left (below).

After the three rules below, written from the tuned part's misses before the kept third's misses were read (24
examples of the three classes, 8 of them near-misses that must not change): tuned 177 -> 180 of 184 lenient (153 ->
156 relaxed), kept 88 -> 88 of 91 (79 relaxed): the kept misses are of classes the tuned part did not show (below).
235 (85.5%) relaxed and 268 (97.5%) lenient; by category, relaxed/lenient: cardinal 40/43, decimal 26/43, fraction
43/43, measure 38/44, money 51/51, range 37/44. No reading of the benchmark's text changed.

Two of the kept third's misses, "8x42" (binoculars' magnification by aperture) and "Tk 1,200" (the taka's letters
before the amount), were read after they had been read, by a later set's rules (tests/test_speech_left58c.py)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is of a class no rule
# reads yet.
_KNOWN: dict[str, str] = {
    "a 0.42 g-value": "a glazing's 'g-value': a unit's letter joined to the word it names is read as grams",
    "12,500 Ft": "the forint's 'Ft' after a number with nothing of Hungary near: feet, as the house reads it",
    "120 RON": "'RON' after an amount is a petrol's octane as often as Romania's lei ('95 RON')",
    "15 den": "the textile's 'den' for denier is also a word: left",
    # the kept third's, read once the rules were written
    "50 Pa": "a spaced 'Pa' with nothing of pressure near: a name's or a father's as often as pascals",
}

# The earlier sets are the first forty-nine.
SWEEP = Sweep("unit_tokens50.tsv", _KNOWN, form=lenient, least=260, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 49), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# The classes of the tuned misses, each with examples of our own beyond the set's rows, and what only looks like one.
globals().update(rule_tests(read=[
    # a span of money before a sign its country writes after the amount: the dash said "to" (money._SPAN_BEFORE_CODE,
    # facts.SIGNS_AFTER_AMOUNT)
    ("en", "Rooms cost 400,000–600,000₫ a night",
     "Rooms cost four hundred thousand to six hundred thousand dong a night"),
    ("en", "a 15–25 ₾ taxi", "a fifteen to twenty five lari taxi"),
    ("en", "Tickets: 100–150 ₺", "Tickets: one hundred to one hundred and fifty lira"),
    ("en", "1,000–1,500 ₴ a month", "one thousand to one thousand five hundred hryvnias a month"),
    ("en", "5,000–8,000 ֏ for a tour", "five thousand to eight thousand drams for a tour"),
    ("en", "10–20 €", "ten to twenty euros"),  # as before
    # a split or a pace in tenths of a second per its distance (clock._LAP)
    ("en", "a 1:05.3/100m pace", "a one minute five point three seconds per one hundred meters pace"),
    ("en", "4:50.5/km", "four minutes fifty point five seconds per kilometer"),
    ("en", "averaged 2:01.7 / 500m", "averaged two minutes one point seven seconds per five hundred meters"),
    ("en", "1:28.9/100yd", "one minute twenty eight point nine seconds per one hundred yards"),
    ("en", "7:32.1/mile", "seven minutes thirty two point one seconds per mile"),
    ("en", "1:45/100m", "one minute forty five seconds per one hundred meters"),  # no tenths, as before
    # hectares or acres spaced before the land they measure (ambiguousunits.said_as_unit, facts.LAND_WORDS)
    ("en", "a 12 ha field", "a twelve hectare field"),
    ("en", "the 400 ha estate", "the four hundred hectare estate"),
    ("en", "a 2.5 ha plot", "a two point five hectare plot"),
    ("en", "a 40 ac ranch", "a forty acre ranch"),
    ("en", "a 30 ac woodland", "a thirty acre woodland"),
    ("en", "a 5 ha site", "a five hectare site"),
], left=[
    # a score's span runs down: no amount's span, as before
    ("en", "3–1 ₾", "three one lari"),
    ("en", "Score 4-2 ₪ in the cup", "Score four two shekels in the cup"),
    # two times apart by a stroke, and a time before a bare number: no distance follows, as before
    ("en", "ran 1:52.4/2:03.1", "ran one minute fifty two point four seconds or two minutes three point one seconds"),
    ("en", "1:52.4/5", "one minute fifty two point four seconds or five"),
    # a laugh after a number: no land follows it, as before
    ("en", "We won 3 ha ha", "We won three ha ha"),
    ("en", "Section 3 ha ha, he wrote", "Section three ha ha, he wrote"),
]))


@pytest.mark.parametrize(("token", "after"), [
    ("1,000–", "2,000₫"),  # the span's first end before its sign
    ("1–", "2 ₾"),
    ("1:52.4/", "500m"),  # a split before its stroke
    ("1:52.4 / ", "500m"),
    ("5 ha ", "farm"),  # a spaced unit before a word
    ("5 ac ", "field"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))

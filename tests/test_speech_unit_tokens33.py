"""A thirty-third author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens33.tsv:
nutrition labels, brewing, textiles, aviation, sailing, agriculture, geology, oceanography, cycling power, energy,
networks, printing, pharmacy, construction, tax, exchange rates, share prices in pence and cents, currencies by code
and sign, unit prices, tolerances, ratios, fractions in recipes and carpentry, time signatures and ranges with units
on one or both ends, the kinds of text the first thirty-one sets drew on least): a thirty-third estimate of the unit
score on text nobody here tuned for. 416 were written; 83 repeated the earlier sets and were dropped before any run,
333 in all.

FIRST READING 254 of 333 (76.3%) relaxed and 291 (87.4%) lenient (the benchmark's relaxed_form and lenient_form):
cardinal 53/56, decimal 28/35, money 38/51, measure 82/122, fraction 24/28, range 29/41 relaxed; cardinal 53/56,
decimal 31/35, money 46/51, measure 101/122, fraction 24/28, range 36/41 lenient. Every third row (index % 3 == 2,
111 rows) was kept aside: 96 of them lenient at the first reading, 195 of the other 222.
After the first reading three rows' readings were mended (slips in writing out their alternatives: 'km1' for
kilometre, 'a a hundred') and eight rows given forms the house says and earlier sets accept: 'Eh' for an aircraft's A
('an Eh three twenty neo'), dollars and cents for a rate's '1.08 USD', 'a thousand' before a steer's weight, 'Cd' and
'Cop' said as words, and a currency pair by its currencies' names ('euro U.S dollar', three rows, as sets 11 and 20
write it): 263 relaxed, 300 lenient, kept third 98 of 111, the other two thirds 202 of 222.
The misreads by class: unit symbols no table had (ka, dbar, kNm, W/mK, 'vols' after a decimal, LU/ha, mGal); the
diameter's sign left ('Ø12.5'); the crown's 'kr' left; a one-sided tolerance read as shillings ('+0/-0.2 mm'); a
ratio past a clock's minutes left with its colon ('1:72') or read as a time before its slope ('1:40 fall'); inches
written 'in' after a decimal at the sentence's end; a spaced watt after a ride's 'NP'; a paper's and a cloth's weight
said in the plural before its grade ('80 lb cover'); a pilot's 'nm' read as nanometres ('a 5 nm final'); a network
prefix's bare slash ('a /24 subnet'); a time signature after 'in' read as a fraction; a span of rates before a code.

After the rules below, written from the misses of the tuned two thirds only (74 examples of the classes, 27 of them
near-misses that must not change): tuned 202 -> 219 of 222, kept third 98 -> 100 of 111 (the two kept rows that moved,
'Ø 25 mm' and '3/4–1 in', are the classes of the tuned 'Ø12.5' and '0.002 in'; the kept third's other misses are
other classes: 'mGal', 'L/cow/day' (read since by the thirty-fifth set's rule of a rate per head per day), a
spaced watt before 'sprint', type size over leading, '5x5', a rate's decimal
read as rupees and paise, '99¢' before its noun, 'korunas', a vote's fraction, a spaced dash between measures, a span
of flight levels); three rows of earlier sets left as known misses are read now by the same rules ('3.5 in' of the
second, '299 kr' of the fourth, '1:12 ramp' of the sixteenth). 280 (84.1%) relaxed, 319 (95.8%) lenient; by category,
lenient: cardinal 55/56, decimal 35/35, money 48/51, measure 117/122, fraction 26/28, range 38/41. Left, each with its
reason in the table below. In the fifty-third round the lead's rules from examples of its own
(tests/test_speech_measures53.py: a cent's price before its noun, a type's size over its leading, a spaced dash between
rising measures) read three kept rows, '99¢' before its noun, '10/12 pt' and '2 m – 3 m', after they had been read:
none of them unseen.
Compared as the fourteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
'2 LU/ha' and '50 mGal' (the kept third's) read after they had been read, by later units added to the table (livestock
units, milligals), written from examples of their own (tests/test_speech_units_electronic_left.py).
'in 6/8' (the kept third's) reads after it had been read, by a later rule for a time signature closing its clause
after 'in' (in eighths, or in quarters above a whole), written from the forty-first set's examples
(tests/test_speech_unit_tokens41.py).
'10 SM visibility' was given the form 'ten statute mile visibility' when statute miles came into the table of units: a
size before the noun it describes is said in the singular, as 'a 10 km run' is."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "5x5": "sets and repetitions said 'five x five', the kept third's",
    "1 USD = 83.2 INR": "a rate's decimal read as rupees and paise, the kept third's",
    "CZK 250": "'korunas', a plural the row did not write, the kept third's",
    "a 1,200 W sprint": "a spaced watt before a noun left as 'W', the kept third's",
    "a 3/5 vote": "a fraction of a vote said 'three out of five', the kept third's",
    "FL300–FL350": "a span of flight levels said 'three zero zero to three five zero', the kept third's",
    "1.07–1.09 USD": ("a span of decimal rates before a code, its second end read as dollars and cents; a rate wants"
                      " both ends as decimals, a price list both as dollars and cents: left"),
}

# The thirty-second set (date, time, ordinal, roman, electronic, telephone) was written beside this one, at the same
# time: no item is in both; the earlier sets are the first thirty-one.
SWEEP = Sweep("unit_tokens33.tsv", _KNOWN, form=lenient, least=320, styles=6, only=True, each=28,
              earlier=first("unit_tokens", 31), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # units of the earth sciences and of structures (facts.UNITS): thousands of years, decibars, kilonewton metres,
    # watts per metre kelvin, and volumes of a gas after a decimal
    ("125 ka", "one hundred and twenty five thousand years ago"),
    ("1,000 dbar", "one thousand decibars"),
    ("a 3.5 kNm moment", "a three point five kilonewton meter moment"),
    ("50 kN·m", "fifty kilonewton meters"),
    ("0.035 W/mK", "zero point zero three five watts per meter kelvin"),
    ("0.04 W/m·K", "zero point zero four watts per meter kelvin"),
    ("2.2 vols", "two point two volumes"),
    ("carbonate to 2.6 vols", "carbonate to two point six volumes"),
    ("1.5–2.0 vols", "one point five to two point zero volumes"),
    ("the Vols won", "the Vols won"),  # guard: a team's name, as before
    ("ka 12", "ka twelve"),  # guard: no number before it, as before
    # a diameter's sign before its number (signs.diameters)
    ("Ø 12", "diameter twelve"),
    ("⌀ 6 mm", "diameter six millimeters"),
    ("a ø6 dowel", "a diameter six dowel"),
    ("a Ø100 mm duct", "a diameter one hundred millimeter duct"),
    ("bolt Ø8.5 x 40", "bolt diameter eight point five by forty"),
    ("Ørsted 5", "Ørsted five"),  # guard: a letter of a Nordic name, as before
    ("Nørre 4", "Nørre four"),  # guard: as before
    # a one-sided tolerance is no sum in shillings (history.py)
    ("+0/−0.5 mm", "plus zero, minus zero point five millimeters"),
    ("+2/-1 dB", "plus two, minus one decibel"),
    ("tolerance +0/-0.05", "tolerance plus zero, minus zero point zero five"),
    ("cost 5/-", "cost five shillings"),  # guard: a sum in shillings, as before
    ("a 1/- stamp", "a one shilling stamp"),  # guard: as before
    ("Rs 90/-", "ninety rupees"),  # guard: a rupee's round sum, as before
    # a ratio past a clock's minutes, or before the slope or mixture it gives (clock.py)
    ("1:96", "one to ninety six"),
    ("a 1:60 gradient", "a one to sixty gradient"),
    ("a 1:80 fall", "a one to eighty fall"),
    ("a 1:12 ramp", "a one to twelve ramp"),
    ("a 1:20 gradient", "a one to twenty gradient"),
    ("a 1:50 slope", "a one to fifty slope"),
    ("a 1:10 dilution", "a one to ten dilution"),
    ("the 1:40 train", "the one forty train"),  # guard: a time, as before
    ("at 1:40 fall asleep", "at one forty fall asleep"),  # guard: a time after "at", as before
    ("Psalm 78:72", "Psalm seventy eight seventy two"),  # guard: a verse, as before
    ("the 3:15 slopes", "the three fifteen slopes"),  # guard: a time before a plural, as before
    # inches written "in" after a decimal or a fraction, closing the sentence (shorthand.py)
    ("1.25 in", "one point two five inches"),
    ("2.5-3.5 in", "two point five to three point five inches"),
    ("±0.005 in", "plus or minus zero point zero zero five inches"),
    ("a clearance of 0.015 in.", "a clearance of zero point zero one five inches."),
    ("let 2 in", "let two in"),  # guard: a whole number's "in", as before
    ("fit 5 in", "fit five in"),  # guard: as before
    ("$2.53 in", "two dollars fifty three cents in"),  # guard: money's, as before
    # a spaced watt after the figures of a ride's power file (ambiguousunits.py)
    ("AP 240 W", "A.P two hundred and forty watts"),
    ("avg 250 W", "average two hundred and fifty watts"),
    ("max 1,100 W", "max one thousand one hundred watts"),
    ("peak 1,450 W", "peak one thousand four hundred and fifty watts"),
    ("Route 5 W", "Route five W"),  # guard: a road and its direction, as before
    ("max 5 W Main St", "max five West Main Street"),  # guard: a street's direction, as before
    ("120 W 57th St", "one twenty West fifty seventh Street"),  # guard: as before
    # a paper's basis weight and a cloth's weight before the grade they name, said in the singular (units.py)
    ("100 lb text", "one hundred pound text"),
    ("20 lb bond", "twenty pound bond"),
    ("110 lb index", "one hundred and ten pound index"),
    ("13 oz selvage", "thirteen ounce selvage"),
    ("12 g protein", "twelve grams protein"),  # guard: an amount of a food's part, as before
    ("120g flour", "one hundred and twenty grams flour"),  # guard: an amount of stuff, as before
    ("5 lb of text", "five pounds of text"),  # guard: as before
    # nautical miles on a pilot's approach (shorthand.py)
    ("a 10 nm arc", "a ten nautical mile arc"),
    ("a 3nm final approach", "a three nautical mile final approach"),
    ("on a 4 nm final for runway 27", "on a four nautical mile final for runway twenty seven"),
    ("a 5 nm final design", "a five nanometer final design"),  # guard: a chip's, before its noun
    ("a 3 nm chip", "a three nanometer chip"),  # guard: as before
    # a network's prefix length alone before a network's noun (slashes.py)
    ("a /16 network", "a slash sixteen network"),
    ("a /48 prefix", "a slash forty eight prefix"),
    ("two /64 blocks", "two slash sixty four blocks"),
    ("(/29 range)", "(slash twenty nine range)"),
    ("24/7 support", "twenty four seven support"),  # guard: as before
    ("TV /radio networks", "T.V /radio networks"),  # guard: words on both sides, as before
    # the Nordic crown written "kr" (facts.CURRENCIES)
    ("kr. 99", "ninety nine kroner"),
    ("1,200 kr", "one thousand two hundred kroner"),
    ("a kr 50 fee", "a fifty krone fee"),
    ("kr 12.50", "twelve kroner fifty ore"),
    ("Kr 36", "Kr thirty six"),  # guard: krypton's symbol, as before
    ("the kr fell", "the kr fell"),  # guard: no amount, as before
    ("Ukraine 5", "Ukraine five"),  # guard: the letters inside a word, as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("Ø ", ""),
    ("Ø1", ""),
    ("+1/-", ""),
    ("1:40 fall ", ""),
    ("1:72 ", ""),
    ("0.5-", "1 in"),
    ("1.25 ", "in"),
    ("NP 5 W ", ""),
    ("kr 5 ", ""),
    ("kr", ""),
    ("1 ka ", ""),
    ("1 nm final ", ""),
    (" /24", " subnet"),
    ("/", ""),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))

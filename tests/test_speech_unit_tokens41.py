"""A forty-first author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens41.tsv:
photography, audio, cycling, hydrology, air quality, radiation, lighting, HVAC, type, laboratory, animal feed, tyres,
watches, archery and golf, money in currencies the earlier sets used least, crypto, shares and bonds, time signatures,
ratios, scores that are not ranges, signed ranges and approximate numbers, the kinds of text the first thirty-nine
sets drew on least): a forty-first estimate of the unit score on text nobody here tuned for. 370 were written; 70
repeated the earlier sets and were dropped before any run, and 15 more to keep the set near its size, 285 in all.

FIRST READING 231 of 285 (81.1%) relaxed and 255 (89.5%) lenient (the benchmark's relaxed_form and lenient_form):
the tuned two thirds 172 of 190 lenient, the kept third (index % 3 == 2, 95 rows) 83 of 95.
Fourteen rows were given forms they lacked, none a change of reading: after the first reading, before any rule,
seven of the tuned part (a price's small coins named, "three Singapore dollars fifty cents", "forty nine zlotys
ninety nine groszy", and a span of money with its currency after each end, "fifty dirhams to eighty dirhams", as the
earlier sets accept "twenty euros to thirty euros"); and, when the kept third's misses were read at the end, seven
of the same kinds there ("one dollar twelve cents per share", "ten thousand won to twenty thousand won") and "one one
thousandth of a gram". So counted, the first reading is 245 relaxed and 269 lenient: tuned 179 of 190, kept 90 of 95.
By category, lenient: cardinal 47/48, decimal 39/40, fraction 35/38, measure 52/56, money 44/47, range 52/56.
The misreads of the tuned two thirds by class: circa with its space before a small count or a decimal ("c. 40
species", "c. 2.5"); a time signature before a dance or closing its clause after "in" ("a 12/8 shuffle", "in 7/8");
kelvin after a span of colour temperatures ("2700–6500 K"); luminance in "cd/m²"; a span of shutter speeds
("1/250–1/1000 s", its dash left between the two); and four one-offs left below.

After the rules below, written from the tuned two thirds' misses only (26 examples of the five classes and 20
near-misses that must not change): tuned 179 -> 186 of 190, kept third 90 -> 90 of 95. The kept third did not move:
its misses are of other classes (two currency codes that are words, a span from a fraction of a second to whole
seconds, a date-shaped metre, "fps" on a bow). 252 (88.4%) relaxed, 276 (96.8%) lenient; by category, lenient:
cardinal 48/48, decimal 40/40, fraction 37/38, measure 53/56, money 44/47, range 54/56; relaxed: cardinal 44/48,
decimal 34/40, fraction 35/38, measure 47/56, money 43/47, range 49/56 (the relaxed-only misses are initialisms the
house spells with stops, "A.Q.I", "B.T.U", against rows written with spaces). Three of the kept third's known misses
were read after they had been read, by a later set's rules written for their classes (tests/test_speech_left55.py):
"a 50/34T chainset" (a double chainset's two rings), "1/8000–30 s" (a span from a fraction of a second to whole
seconds) and "a 300 fps bow" (feet per second beside a bow), the last given the attributive form the house says
before a noun, "a three hundred foot per second bow", as "a forty tooth chainring" is. Compared as the fourteenth set
compares: case and punctuation ignored, a number's "and" folded and an initialism's letters run together.
"a 2/4 march" read after it had been read, by a later rule for a metre before "march" as a noun, and a lower-case
"march" after a number's slash no month, written for its class (tests/test_speech_left56.py).
"""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "PEN 45": "Peru's sol by its code: 'PEN' is a word, left out of the codes before a number on purpose",
    "2.5 kg DM/day": "'DM' (dry matter) inside a rate: spelled, its 'per day' left as written",
    "28–32c": "a tyre's width range in 'c': cents, as a price range would be, out of context",
    "PHP 299": "the Philippine peso by its code: 'PHP' is a language before a version, left out of the codes",
    "TRY 500": "the Turkish lira by its code: 'TRY' is a word, left out of the codes before a number on purpose",
}

# The fortieth set was written beside this one, at the same time; the earlier sets are the first thirty-nine.
SWEEP = Sweep("unit_tokens41.tsv", _KNOWN, form=lenient, least=280, styles=6, only=True, each=35,
              earlier=first("unit_tokens", 39), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# The classes of the tuned misses, each with examples of our own beyond the set's row, and what only looks like one.
globals().update(rule_tests(read=[
    # a screen's luminance in candelas per square metre (facts.UNITS, "cd/m2")
    ("en", "1,000 cd/m2", "one thousand candelas per square meter"),
    ("en", "a 500 cd/m² panel", "a five hundred candela per square meter panel"),
    ("en", "0.05 cd/m²", "zero point zero five candelas per square meter"),
    ("en", "100–400 cd/m²", "one hundred to four hundred candelas per square meter"),
    ("en", "1 cd/m²", "one candela per square meter"),
    # kelvin after a span: thousands at both ends, or talk of heat (inferredunits._KELVIN_SPAN)
    ("en", "2,700-6,500 K", "two thousand seven hundred to six thousand five hundred kelvin"),
    ("en", "a 3000–4000 K bulb", "a three thousand to four thousand kelvin bulb"),
    ("en", "1800 to 2200 K", "eighteen hundred to two thousand two hundred kelvin"),
    ("en", "heated to 300–400 K", "heated to three hundred to four hundred kelvin"),
    ("en", "annealed at 900–1200 K", "annealed at nine hundred to twelve hundred kelvin"),
    # circa with its space before a small count and its word, or before a decimal (eras._CIRCA)
    ("en", "We counted c. 40 birds.", "We counted circa forty birds."),
    ("en", "c. 25 pairs bred", "circa twenty five pairs bred"),
    ("en", "(c. 12 birds)", "(circa twelve birds)"),
    ("en", "c. 0.8 of them", "circa zero point eight of them"),
    ("en", "a ratio of c. 3.4", "a ratio of circa three point four"),
    ("en", "c.1.5", "circa one point five"),
    # a time signature before a dance or a style, or closing the clause after "in" (fractions._MUSIC_WORDS,
    # _IN_METRE_BEFORE)
    ("en", "a 6/8 jig", "a six eight jig"),
    ("en", "a 3/4 ballad", "a three four ballad"),
    ("en", "3/8 shuffles", "three eight shuffles"),
    ("en", "a 5/4 polka", "a five four polka"),
    ("en", "it moves into 9/8.", "it moves into nine eight."),
    ("en", "the bridge goes into 7/8.", "the bridge goes into seven eight."),
    # a span of shutter speeds (media._EXPOSURE_SPAN)
    ("en", "1/60-1/125 s", "one sixtieth to one one hundred twenty fifth of a second"),
    ("en", "1/30–1/60 sec", "one thirtieth to one sixtieth of a second"),
    ("en", "1/8000 - 1/4000 seconds", "one eight thousandth to one four thousandth of a second"),
    ("en", "1/3-1/2 s", "one third to half a second"),
], left=[
    ("en", "5 cd", "five cd"),  # a compact disc as often as a candela, as before
    ("en", "the cd/m² figure", "the cd/m two figure"),  # no number before it, as before
    ("en", "5–10 K", "five to ten K"),  # small numbers and no talk of heat: thousands or a race, as before
    ("en", "2500–3000 K followers", "two thousand five hundred to three thousand K followers"),  # before a plural
    ("en", "it cost 2000–3000 K in fees", "it cost two thousand to three thousand K in fees"),  # money talk
    ("en", "in 2019-2020 K. Smith said", "in twenty nineteen to twenty twenty K Smith said"),  # an initial
    ("en", "1998 c. 42 applies", "nineteen ninety eight c. forty two applies"),  # a statute's chapter, as before
    ("en", "c. 42", "c. forty two"),  # alone, as before
    ("en", "The Act c. 12 applies", "The Act c. twelve applies"),  # after a capital's word: a chapter, as before
    ("en", "Under 1 Will. IV c. 4 it lapsed.", "Under one William the Fourth chapter four it lapsed."),
    ("en", "c. 42 Sch. 1", "c. forty two Schedule one"),  # a chapter and its schedule, as before
    ("en", "c. 1.2.3", "c. one point two point three"),  # a clause's number, as before
    ("en", "in 7/8 of cases", "in seven eighths of cases"),  # a share of a thing, as before
    ("en", "in 3/4 of the seats", "in three quarters of the seats"),
    ("en", "a 7/8 split", "a seven eighths split"),
    ("en", "a 3/4 swing", "a three quarters swing"),  # golf's three-quarter swing: no dance
    ("en", "cut in 1/2.", "cut in one half."),  # one over two is no metre
    ("en", "Symptoms improved in 3/4.", "Symptoms improved in three quarters."),  # a clinic's three of four
    ("en", "1/4-1/2 cup", "one quarter to one half cup"),  # no seconds after it, as before
    ("en", "1/8-1/4 inch", "one eighth to one quarter inch"),
]))


@pytest.mark.parametrize(("token", "after"), [
    ("2700-", "6500 K"),  # the kelvin span's numbers and dashes
    ("1,", "000-2,000 K"),
    ("c. 4", " birds"),  # circa's spaced count
    ("c. 1.", "5"),
    ("in 7/8 ", ""),  # the metre after "in"
    ("1/60-", "1/125 s"),  # the exposure span
    ("1/6", "0-1/125 s"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))

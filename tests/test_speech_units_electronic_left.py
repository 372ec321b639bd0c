"""Units, measures, time and electronic tokens of the classes the thirty-fifth round left, in sentence context
(tests/fixtures/speech/units_electronic_left.tsv): a word spelled out letter by letter ('B-A-N-A-N-A'), a unit per a
unit per a unit ('73 km/s/Mpc', '105 dB/W/m'), a sprocket's or a cassette's teeth ('11–34T', '32T chainring'), grains
with a gun's load against grams ('168 gr bullet', '200 gr of flour'), a log line's time in square brackets
('[14:02:33] Server started'), a colour's hexadecimal characters ('#fff', '#1a2b3c'), percentage points where a rate
is spoken of against a book's pages ('unemployment rose 1 pp', '45 pp in all'), forints against feet ('2500 Ft.' in
Budapest, '5 Ft. high'), a batter's star ('Khan 64*' on a scorecard) and megalitres of a dam's water against a label's
millilitres ('300 ML' released, 'a 500 ML bottle'), and a half, a quarter or three quarters alone against a percent
or a penny ('½%', 'a ½p coin'). Eleven classes, 96 rows of our own: 71 examples of the classes and 25 near misses that
must stay as they are (a hyphened word, a single rate, a model's letter, a song's label, a duration, an issue number, a
hashtag, pages, a town's 'Ft.', a footnote's star, a mixed number's percent, a recipe's half), every reading written
before the normaliser was run on them.

FIRST READING of the first ten classes 33 of 85 lenient (33 relaxed): spelled word 3/9, unit chain 6/9, teeth 2/8,
grains 2/9, log time 2/8, colour 3/8, points 5/9, forints 2/9, not out 6/8, megalitres 2/8; the eleventh class, written
and added while the others' rules were done, 3/11 at the branch's head before its rule. Every third row (index % 3 == 2,
28 rows of the first ten classes, 4 of the eleventh) was kept aside: 11 of the first 28 at the first reading, 22 of the
other 57; 1 of 4 and 2 of 7 of the eleventh. Two rows were given a form after the first run: 'Buy a USB-A cable' the
spaced letters this file's comparison runs into the article ('a u s b'), and a kept row 'a 168 gr bullet' the house's 'a
hundred' after the article, both readings of the same words.

After the rules below, written from the tuned two thirds' misses, each with examples of its class of our own and what
only looks like it (below): 92 of 96 lenient (91 relaxed). Tuned 22 -> 55 of 57; kept 11 -> 23 of 28 with the rules as
first written, then 26 of 28: after its misses were read, one mended the plural of points before a time's or a
comparison's word ('fell 4 pp compared with 2019', 'by 3 pp this quarter' were 'percentage point', the singular a noun
after it asks for; the decimals' rule had the same slip), and one was the form above. The kept rows are of the same ten
classes as the tuned ones (the brief named the classes), so the kept third moving with them says the rules read their
class beyond the rows they were written from, not that an unseen class was read. The rules: every A of a word spelled
out is the letter ('B-A-N-A-N-Eh' said only the last so); a rate per a unit per a unit, not only per a period;
milligals, million gallons and livestock units in the table of units; 'gr', 'ML' and 'Ft' after a number told by the
sentence (grains with a gun's load, megalitres with a dam's or a river's water, forints with Hungary's money; grams,
millilitres and feet elsewhere, never 'Fort' after a number); a 'T' glued to a number or a span in talk of bicycles
('tooth' before the part it sizes, 'teeth' elsewhere); a time with seconds in square brackets before a log's message is
a time of day (alone, '[01:12:45]' is still a length of time), and a time of day on the hour keeps its seconds ('at
12:00:01' was 'twelve o'clock'); three or six hexadecimal characters after '#' where the sentence speaks of colour or
style (of digits alone only a grey's repeated digit, '#333'); percentage points wherever the sentence names a rate or a
share; a scorecard's and an unbeaten batter's star. The eleventh class: tuned 2 -> 7 of 7, kept 1 -> 4 of 4 (scored as a
number only, its misses not read before), by one rule: a half, a quarter or three quarters with no whole number before
it, glued to '%', 'p' or 'c' or before 'percent', said as that part of one ('half a percent', 'a quarter of a penny';
'one or two percent' and 'one slash two p' it was), after 'a' or 'the' before what it sizes as a size ('a half percent
fee', 'the half penny coin'). The same rules read six rows earlier sets had left: '180 gr bullet' (31), '2 LU/ha' and
'50 mGal' (33), '70 km/s/Mpc', '90 dB/W/m' and '40 Mgal/d' (35), all of them kept rows there, read after they had been
read. Left: a colour's 'a' said as written ('hash one a two b three c', as the thirtieth and thirty-fourth sets read it;
'Eh' would be the letter, and would change their rows), and the rest in the table below.
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together.
'Her CSS sets color: #ff6600 everywhere.' (a kept row) read after it had been read, by a colour's six characters read
before a code's letters and digits are taken apart, a later rule written from examples of its own
(test_speech_units_electronic_left55.py)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {
    "Links use #1a2b3c on hover.": ("a colour's letters said as written, its 'a' the article to a voice ('Eh' is the"
                                    " letter); changing it changes the thirtieth and thirty-fourth sets' rows"),
    "Pick #abc or #def for the header text.": ("letters alone after '#' with no word of colour or style near ('text'"
                                               " is too common): a tag, as '#ace' is"),
    "Her 102* won the match for the county side.": ("no word of cricket: 'match' and 'county' are other sports' too,"
                                                    " the kept third's"),
}

SWEEP = Sweep("units_electronic_left.tsv", _KNOWN, form=lenient, least=96, styles=11, only=True, each=8,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a word spelled out letter by letter: every A among its letters the letter (capitals._SPELLED_OUT)
    ("en", 'The judge said M-A-R-Y-L-A-N-D twice.', 'The judge said M-Eh-R-Y-L-Eh-N-D twice.'),
    ("en", 'Type A-B-C-D in the box.', 'Type Eh-B-C-D in the box.'),
    ("en", 'The cheer went G-A-T-O-R-S!', 'The cheer went G-Eh-T-O-R-S!'),
    ("en", 'He wrote P-A-S-T-A on the board.', 'He wrote P-Eh-S-T-Eh on the board.'),
    # a unit per a unit per a unit, and the units no table named (units._MEASURE, facts.UNITS)
    ("en", 'Acceleration is 9.8 m/s/s near the ground.',
     'Acceleration is nine point eight meters per second per second near the ground.'),
    ("en", 'The survey read 3 mGal/km at the edge.', 'The survey read three milligals per kilometer at the edge.'),
    ("en", 'Expansion of 68 km/s/Mpc was quoted.',
     'Expansion of sixty eight kilometers per second per megaparsec was quoted.'),
    ("en", 'The plant treats 40 Mgal/d now.', 'The plant treats forty million gallons per day now.'),
    ("en", 'Graze at 1.2 LU/ha in summer.', 'Graze at one point two livestock units per hectare in summer.'),
    # a sprocket's teeth glued to its count, in talk of bicycles (ambiguousunits.bicycle_teeth, facts.BIKE_WORDS)
    ("en", 'My bike runs a 40T chainring.', 'My bike runs a forty tooth chainring.'),
    ("en", 'The cassette tops out at 50T on this bike.', 'The cassette tops out at fifty teeth on this bike.'),
    ("en", 'A 9-46T cassette came with the groupset.', 'A nine to forty six tooth cassette came with the groupset.'),
    # grains with a gun's load, grams elsewhere (ambiguousunits.named_by_talk, facts.LOAD_WORDS)
    ("en", 'She loads 150 gr bullets for deer.', 'She loads one hundred and fifty grain bullets for deer.'),
    ("en", 'Drop 38 gr of powder into each case.', 'Drop thirty eight grains of powder into each case.'),
    ("en", 'Weigh 250 gr of sugar first.', 'Weigh two hundred and fifty grams of sugar first.'),
    # a log line's time in square brackets, and a time of day's seconds on the hour (clock._clock_with_seconds)
    ("en", '[06:05:44] Job queued.', '[six o five and forty four seconds] Job queued.'),
    ("en", 'Entry [21:00:09] shows the fault.', 'Entry [twenty one hundred and nine seconds] shows the fault.'),
    ("en", 'From 14:00:30 the gate opens.', 'From fourteen hundred and thirty seconds the gate opens.'),
    # a colour's three or six characters beside a word of colour (signs._HEX_COLOUR_NAMED, facts.COLOUR_WORDS)
    ("en", 'Paint the border #f0f0f0 for a soft grey.', 'Paint the border hash f zero f zero f zero for a soft grey.'),
    ("en", 'Use #09c as the link colour.', 'Use hash zero nine c as the link colour.'),
    ("en", 'The css uses #eee for rules.', 'The css uses hash e e e for rules.'),
    ("en", 'A #999 background is dull.', 'A hash nine nine nine background is dull.'),
    # percentage points where a rate or a share is spoken of (words._rate_spoken_of, facts.RATE_WORDS)
    ("en", 'Support for the tax fell 5 pp in a month.', 'Support for the tax fell five percentage points in a month.'),
    ("en", 'GDP growth slowed 2 pp on the year.', 'G.D.P growth slowed two percentage points on the year.'),
    ("en", 'Interest rates jumped 1 pp overnight.', 'Interest rates jumped one percentage point overnight.'),
    # forints with Hungary's money, feet elsewhere (ambiguousunits.named_by_talk, facts.HUNGARY_WORDS)
    ("en", 'A hotel in Budapest charged 30000 Ft a night.',
     'A hotel in Budapest charged thirty thousand forints a night.'),
    ("en", 'In Debrecen a beer is 800 Ft.', 'In Debrecen a beer is eight hundred forints.'),
    ("en", 'The fence is 7 Ft. tall.', 'The fence is seven feet tall.'),
    # a batter's star on a scorecard or after 'unbeaten' (facts.CRICKET_WORDS)
    ("en", 'Scorecard: Patel 112*, Rao 9.', 'Scorecard: Patel one hundred twelve not out, Rao nine.'),
    ("en", 'An unbeaten 58* saw them home.', 'An unbeaten fifty eight not out saw them home.'),
    # megalitres with a dam's or a river's water, millilitres elsewhere (facts.WATER_STORE_WORDS)
    ("en", 'The river got 500 ML of environmental water.',
     'The river got five hundred megaliters of environmental water.'),
    ("en", 'Storage in the dam fell by 2000 ML.', 'Storage in the dam fell by two thousand megaliters.'),
    ("en", 'Serve 200 ML of juice chilled.', 'Serve two hundred milliliters of juice chilled.'),
    # a half, a quarter or three quarters alone against a percent, a penny or a cent (fractions._PART_BEFORE_SIGN)
    ("en", 'Rates went up ¾% this year.', 'Rates went up three quarters of a percent this year.'),
    ("en", 'A ¼% rise is small.', 'A quarter percent rise is small.'),
    ("en", 'It was worth ½c then.', 'It was worth half a cent then.'),
    ("en", 'The fee is 1/4 per cent.', 'The fee is a quarter of a percent.'),
    ("en", 'Add ½p to the price.', 'Add half a penny to the price.'),
]
_LEFT = [
    ("en", 'He liked the A-Team on TV.', 'He liked the A-Team on T.V.'),
    ("en", 'The X-Men film was long.', 'The X-Men film was long.'),
    ("en", 'Drive at 50 km/h here.', 'Drive at fifty kilometers per hour here.'),
    ("en", 'The Apollo 11T crew.', 'The Apollo eleven T crew.'),
    ("en", 'The truck carries 20T of gravel.', 'The truck carries twenty T of gravel.'),
    ("en", 'The exam is for Gr 5 pupils.', 'The exam is for Gr five pupils.'),
    ("en", 'Issue #777 was closed.', 'Issue number seven hundred seventy seven was closed.'),
    ("en", 'Tag it #bee for the fans.', 'Tag it hashtag bee for the fans.'),
    ("en", 'The thesis runs 80 pp.', 'The thesis runs eighty pages.'),
    ("en", 'Take Ft. Myers exit 5.', 'Take Fort Myers exit five.'),
    ("en", 'The raffle prize was 45* in total.', 'The raffle prize was forty five in total.'),
    ("en", 'A [12:30] slot is free.', 'A [twelve thirty] slot is free.'),
    ("en", 'Rates rose 4¼% in June.', 'Rates rose four and a quarter percent in June.'),
    ("en", 'Grades were 1/2 and 3/4 of the class.', 'Grades were one half and three quarters of the class.'),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "B-A-", "A-", "5 km/s/Mpc ", "1 dB/W/m ", "1T ", "1-2T cassette ", "5 gr ", "5 ML ", "5 Ft. ", "[12:00:01] ",
    "#fff colour ", "#000 ", "rates 1 pp ", "1 pp ", "64* innings ", "1/2% ", "a 1/2p coin ", "a 1/4 percent ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

"""Golf scores against par, star ratings and marks out of five, exchange rates in yen, sums before what they fund, model
railway scales, spans of binary prefixes, percentage points and magnitudes, and 'tph', in sentence context
(tests/fixtures/speech/speech_left56b.tsv): the classes the forty-third prose sweep, the thirty-eighth articles and the
forty-fifth unit set left. Seven classes, 71 rows of our own: a golf score's sign written before 'under' or 'over' ('-9
under', '+1 over par') and a leaderboard's signed scores ('Rahm -11, Fleetwood -10'); a review's stars opening a
sentence ('★★★☆☆ A slow start') and marks out of five in a list ('3.5/5 and the show 4/5', 'the food 4/5, the service
3/5'); a rate in yen with decimals ('¥149.85'); a sum before what is given or raised for a cause ('£60,000 appeal',
'$75,000 donation'); a model railway's 'OO' ('an OO gauge layout'); pebibytes and percentage points after a span ('1–2
PiB', 'gained 2–3 pp') and a quake's magnitude as one; and 'tph' beside a railway's or a quarry's words. Each class has
near misses that must stay as they are (a temperature's minus, a goal difference, a share's fall, a fraction of a class,
a recipe's parts, a coffee's price, a price in yen without decimals, a litre of petrol, a sum raised in donations, a
shotgun's gauge, a rain gauge, 'OO' said in passing, gigabytes, a book's pages, a soil test's 'TPH', 'tph' beside
neither), every reading written before the normaliser was run on them.

FIRST READING 41 of 71 lenient (40 relaxed): tuned 29 of 48, kept 12 of 23 (every third row, index % 3 == 2, kept
aside). By class, tuned and kept: golf 2/7 and 3/3, rating 3/6 and 1/3, fx 5/6 and 2/3, funded 8/10 and 2/5, gauge 4/6
and 1/3, span 5/7 and 3/3, tph 2/6 and 0/3. One row was given a form it lacked, before any rule: five full stars are
said 'five stars', not 'five out of five stars'. The six headline rows of the funded class (at the end of the file) were
written after the first run, which showed the class's rows with 'a' before the sum read already: the class's misses are
sums with no article, as a headline writes them; their first reading is the base tree's.

After the rules below, one a class, written from the tuned two thirds' misses, each with examples of its class of our
own and what only looks like it (below: 30 examples and 17 near misses): tuned 29 -> 48 of 48, kept 12 -> 22 of 23. The
rules: a sign before 'under' or 'over' is dropped, the word saying it ('-9 under' is 'nine under'), unless a word of
place follows ('-5 under the ice'); a leaderboard's capital joins golf's words; stars that open a text or follow a
label's colon end their rating before a capital ('three out of five stars. A slow start'); a mark out of five, ten or a
hundred ending its item is a mark where a mark out of the same total was read before it, and a scorecard's label may
have 'the' before it; yen, won and rupiah with decimals are said as a decimal (facts.UNCOINED_MAJORS: no sen or jeon is
coined); the nouns a sum is said singular before (facts.FUNDED_NOUNS) take what is given or raised for a cause (appeal,
campaign, donation, bequest, legacy, target, crowdfunder, fundraiser, pledge, gift, prize, award, bursary, scholarship;
not 'reward', which old prose writes after the sum in the plural: '$1,000 reward'); 'PiB' and 'EiB' are units; a word of
change before a span's first number makes its 'pp' percentage points; 'OO' beside a model railway's words is 'double O'
(and the 'an' written before it 'a'); 'tph' is trains per hour beside a railway's words, tonnes per hour beside a
quarry's or a plant's, and its letters beside neither. A quake's magnitude as a span ('M4.5–5.0' where quakes are spoken
of, 'magnitude 6.1–6.3') was read before any rule: the unit set's miss was the token alone. The kept third's one miss,
read once the rules were written, was the scale glued to its track's width ('Her OO9 narrow gauge line', said 'O.O
nine': the formula rule took it for two oxygens and a count); a rule written after it was read, so no measure of unseen
text, makes a run of one element's symbol before a count no formula (one element is written with its count, 'O3'), and
the kept third reads 23 of 23. Two kept rows were re-written word for word as new rows of their kind (each read the
same), for an earlier sweep had written them ('The temperature fell to -12 overnight.', and the brief's 'We gave the
album 3.5/5 and the show 4/5.'). The same rules read nine rows earlier sets had left, read after they had been read:
'Scheffler is -12 under through 54 holes.', 'The dollar rose to ¥151.20, a three-month high.', '★★★★☆ A gripping revival
at the Donmar.', 'We gave the album 3.5/5 and the show 4/5.' and 'Trains will run every 15 mins, up from 4 tph.' (prose
sweep 43); the tokens '1–2 PiB' and 'up 1.5–2pp' (unit set 45); the model railway's 'a OO gauge train' and the church's
headline '£95,000 appeal' (articles 38). Compared as the thirty-second set compares: case and punctuation ignored, a
number's "and" folded and an initialism's letters run together."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_left56b.tsv", _KNOWN, form=lenient, least=71, styles=7, only=True, each=9, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a sign before golf's 'under' or 'over' (sports._SIGNED_PAR_WORD), a leaderboard's scores (sports._GOLF)
    ("en", 'Rose is -4 under for the day.', 'Rose is four under for the day.'),
    ("en", 'Fitzpatrick slipped to +2 over after the turn.', 'Fitzpatrick slipped to two over after the turn.'),
    ("en", 'She finished -18 under par.', 'She finished eighteen under par.'),
    ("en", 'Leaderboard: Kim -7, Lee -6.', 'Leaderboard: Kim seven under, Lee six under.'),
    # stars opening a review's sentence (signs._HEADS_A_SENTENCE)
    ("en", '★★★★☆ A tender, funny debut.', 'four out of five stars. A tender, funny debut.'),
    ("en", 'Verdict: ★★☆☆☆ A mess.', 'Verdict: two out of five stars. A mess.'),
    ("en", '★★★☆☆ An uneven second album.', 'three out of five stars. An uneven second album.'),
    # marks out of five or ten after another (fractions._LIST_MARK, fractions._ITEM_LABEL)
    ("en", 'We rated the hotel 4.5/5 and the spa 3/5.',
     'We rated the hotel four point five out of five and the spa three out of five.'),
    ("en", 'Scores: the plot 7/10, the acting 8/10.',
     'Scores: the plot seven out of ten, the acting eight out of ten.'),
    ("en", 'Critics gave it 4/5; readers 3/5.', 'Critics gave it four out of five; readers three out of five.'),
    # decimals of a currency no coin divides (facts.UNCOINED_MAJORS)
    ("en", 'The yen slid to ¥160.05 per dollar.',
     'The yen slid to one hundred and sixty point zero five yen per dollar.'),
    ("en", 'The won was at ₩1,372.50 at noon.', 'The won was at one thousand three hundred and seventy two point five '
                                                'zero won at noon.'),
    # what is given or raised for a cause (facts.FUNDED_NOUNS)
    ("en", 'Choir launches £12,000 appeal for new robes.',
     'Choir launches twelve thousand pound appeal for new robes.'),
    ("en", 'Fan leaves $2m legacy to club.', 'Fan leaves two million dollar legacy to club.'),
    ("en", 'Students win £3,000 prize for app.', 'Students win three thousand pound prize for app.'),
    ("en", 'Hospice sets £500,000 target.', 'Hospice sets five hundred thousand pound target.'),
    # binary prefixes (facts.UNITS), a span's 'pp' after a word of change (words._CHANGE_BEFORE)
    ("en", 'Backups need 3–5 PiB a year.', 'Backups need three to five pebibytes a year.'),
    ("en", 'The cluster holds 2 EiB.', 'The cluster holds two exbibytes.'),
    ("en", 'Reform rose 4-6 pp in a month.', 'Reform rose four to six percentage points in a month.'),
    ("en", 'Turnout dropped by 1.5–3 pp.', 'Turnout dropped by one point five to three percentage points.'),
    # a model railway's OO (capitals._MODEL_RAILWAY_TALK)
    ("en", 'Hornby makes OO trains.', 'Hornby makes double O trains.'),
    ("en", 'The layout is OO scale.', 'The layout is double O scale.'),
    ("en", 'Mostly OO, some N gauge too.', 'Mostly double O, some N gauge too.'),
    ("en", 'An OO layout fills the loft.', 'A double O layout fills the loft.'),
    ("en", 'Her OO9 model railway won.', 'Her double O nine model railway won.'),
    # 'tph' by the sentence's railway or quarry words (ambiguousunits.named_by_talk)
    ("en", 'The metro will run 30 tph at peak.', 'The metro will run thirty trains per hour at peak.'),
    ("en", 'Thameslink runs 24 tph in the core.', 'Thameslink runs twenty four trains per hour in the core.'),
    ("en", 'A new 250 tph crusher was fitted.', 'A new two hundred and fifty tonne per hour crusher was fitted.'),
    ("en", 'The mine ships 900 tph of coal.', 'The mine ships nine hundred tonnes per hour of coal.'),
    ("en", 'The tram line runs 12 tph.', 'The tram line runs twelve trains per hour.'),
]
_LEFT = [
    ("en", 'The diver went -5 under the ice.', 'The diver went minus five under the ice.'),
    ("en", 'Net migration was -3 over the year.', 'Net migration was minus three over the year.'),
    ("en", 'Table: Leeds +9, Hull -2.', 'Table: Leeds plus nine, Hull minus two.'),
    ("en", 'the ★★★★☆ Guardian review', 'the four out of five stars Guardian review'),
    ("en", 'Rated 4.5/5, with 2/5 of users unhappy.', 'Rated four point five out of five, with two fifths of users '
                                                      'unhappy.'),
    ("en", 'Add 1/5, then 2/5.', 'Add one fifth, then two fifths.'),
    ("en", 'Lunch costs RM 12.50.', 'Lunch costs twelve ringgit fifty sen.'),
    ("en", 'A ticket is ¥2,000.', 'A ticket is two thousand yen.'),
    ("en", 'They raised £5,000 in donations.', 'They raised five thousand pounds in donations.'),
    ("en", 'The appeal has £8,000 so far.', 'The appeal has eight thousand pounds so far.'),
    ("en", 'The OO class won.', 'The O.O class won.'),
    ("en", 'Ozone is O3; vinegar holds CH3COOH.', 'Ozone is O three; vinegar holds C.H three C.O.O.H.'),
    ("en", 'a 20 gauge shotgun', 'a twenty gauge shotgun'),
    ("en", 'See pages 10-12 pp', 'See pages ten to twelve pages'),
    ("en", 'wrote up 30-40 pp of notes', 'wrote up thirty to forty pages of notes'),
    ("en", 'The report lists 4 tph.', 'The report lists four T.P.H.'),
    ("en", 'It stores 12 GiB.', 'It stores twelve gibibytes.'),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    " -1 under ", "★★★★☆ A ", "Rated 1.5/5 and 1/5 ", "the a 1/5, ", "¥1.50 ", "£1,000 appeal ", "1–2 PiB ",
    "up 1–2 pp ", "OO gauge ", "1 tph railway ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

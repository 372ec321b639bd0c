"""An eighteenth author's short items in six of the twelve unit categories (cardinal, decimal, money, measure, fraction
and range; h174's set takes the other six), out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens18.tsv: hi-fi and audio, bicycles and tyres, fishing, knitting, veterinary doses,
property, energy markets, broadband, precious metals, wine and spirits, coffee, running and swimming paces, cosmetics,
paint and DIY, forestry, medicine and optics, corporate finance, betting, classical music and US recipes, the kinds of
text the first seventeen sets drew on least): an eighteenth estimate of the unit score on text nobody here tuned for.

FIRST READING 226 of 263 (85.9%) relaxed and 230 (87.5%) lenient: cardinal 38/41, decimal 43/46, money 36/42, measure
37/49, fraction 37/43, range 35/42 relaxed; cardinal 38/41, decimal 45/46, money 37/42, measure 38/49, fraction 37/43,
range 35/42 lenient. The relaxed misses past the lenient ones are the house's letters run together (pH, WAR, OIRO,
dBu). The misreads by class: a spaced watt before how it is rated ('100 W RMS', '300 W FTP') or after an amplifier's
channels ('2 x 50 W'); a weight before the angler's tackle it rates ('10 lb line', '30 lb braid', '10-12 lb test'); a
valuation's multiple alone ('8.5x EBITDA', '5-7x EBITDA'); a bicycle tyre's French size ('700x28c') and a car tyre's
load and speed ('91V' read as volts); a cassette's span of teeth ('11-34T'); a troy ounce ('oz t'); a bet's 'e/w', a
rent's 'p/m' and a wine list's '/btl'; a swimmer's pace per 100 m and a span of paces; the aught of a hook's or a
cable's size ('6/0 hook'); a fraction of an inch before a spaced 'in' and the thing it sizes ('1/4 in jack'); a bike's
'29er'; and the known misses below.

After h173's rules (the classes below): 245 (93.2%) relaxed and 251 (95.4%) lenient on the readings as first written;
249 (94.7%) relaxed and 255 (97.0%) lenient with 5 house forms added after the first reading, each what the row
already said, never a misread (see the fixture's header); by category, lenient: cardinal 40/41, decimal 46/46, money
42/42, measure 48/49, fraction 39/43, range 40/42. Every third row was kept aside in the head while the rules were
written: of the 12 first misses among those rows 6 read by the rules (a hook's aught, an angler's line, a tyre's
French size, a troy ounce, a steerer's inch, a valuation's span), 3 by house forms and 3 are left, as among the
rows the rules were written on (a class, not the rows).
The earlier sets' left unit forms read by class here (test_left_unit_forms): 'Net migration 0.68m' (a flow of people
counted), '150/600 ft' (two amounts of one unit), 'at 18C and keep it' (a temperature something is kept at), '150 kW DC
fast charging' (a size before the current's kind and its noun), 'IRR 7.2%' (a ratio's name before a percentage is no
ratio), '40 wt thread' (a weight rating) and '80 h power reserve' (what lasts so many hours). Left, each with its reason
where it stands (unit_tokens 11, 16, articles22 and 23, prose_sweep34, segment_sweep5): '1 pt. Guinness' (a beer's name
after a stop is a name as '30 pts. Smith' is, and no table of brands is kept), '1:12
ramp' and '12/18 shooting' (clock.py's and dates' forms, h174's categories), '16A', '5 gr', 'Kt/V', '48K', 'Penny Black,
1d,', 'Pts: 89', '36 exp.', 'Ref. 5711', bare odds '15/2' and '13/8', '16/8 fasting' and '0.1–1 M'. (h192,
test_speech_odds_and_amperes: '2/5 on' and '20 A MCB' are read since.)
Compared as the fourteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN = {
    "2x11": ("two numbers against an 'x' with nothing after are a drivetrain's rings by its sprockets as often as a"
             " product or a score (dimensions.py sizes them only before a noun: '1x12 drivetrain' is read)"),
    "2.5 oz lead": ("a weight before 'lead' is an angler's sinker or the metal weighed out ('5 kg lead'), so it is"
                    " left an amount of stuff (units.py's tackle words hold no 'lead')"),
    "1:16": "a coffee's brew ratio alone is a time on the clock by its form (clock.py, h174's category)",
    "3 1/2 lb chicken": ("a weight before a bird is the bird's size whole and an amount of its meat ('500 g chicken'):"
                         " left an amount of stuff"),
    "1/4 odds": ("a place's share of the odds alone ('1/4 odds') is written as a price of one to four is; only after"
                 " 'each way' (sports.py) or before 'the odds' is it a fraction"),
}

SWEEP = Sweep("unit_tokens18.tsv", _KNOWN, form=lenient, least=250, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 17), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a spaced watt before how it is rated, or alone after an amplifier's channels (h173, units.py)
    ("It delivers 100 W RMS into 8 ohms.", "It delivers one hundred watts R.M.S into eight ohms."),
    ("She holds 300 W FTP", "She holds three hundred watts FTP"),
    ("50 W per channel", "fifty watts per channel"),
    ("2 x 50 W", "two times fifty watts"),
    ("Plan 100 W Main St", "Plan one hundred West Main Street"),  # guard: a street
    ("Page 2 x 5 W", "Page two times five W"),  # guard: not alone
    # a weight before the angler's tackle it rates (h173, units.py)
    ("Spool up with 10 lb line", "Spool up with ten pound line"),
    ("30 lb braid", "thirty pound braid"),
    ("Use 8-10 lb test.", "Use eight to ten pound test."),
    ("a 2 oz sinker", "a two ounce sinker"),
    ("He lost 10 lb last year", "He lost ten pounds last year"),  # guard: when, not what
    ("Add 2 oz flour", "Add two ounces flour"),  # guard: stuff
    # a valuation's multiple alone (h173, dimensions.py)
    ("8.5x EBITDA", "eight point five times EBITDA"),
    ("5–7x revenue", "five to seven times revenue"),
    ("1.5x", "one point five x"),  # guard: a cell alone
    ("1.5x speed", "one point five x speed"),  # guard: as before, a player's setting said as written
])
def test_watts_tackle_and_multiples(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a bicycle tyre's French size (h173, dimensions.py)
    ("Fit 700x28c tyres", "Fit seven hundred by twenty eight c tyres"),
    ("a 650x38b tyre", "a six hundred fifty by thirty eight b tyre"),
    ("700x28", "seven hundred x twenty eight"),  # guard: no tyre's letter
    # a car tyre's load index and speed letter (h173, namednumbers.py)
    ("205/55 R16 91V", "two o five fifty five R sixteen ninety one V"),
    ("225/45ZR17 94W tyres", "two twenty five forty five Z R seventeen ninety four W tyres"),
    ("225/45 R17 12V", "two twenty five forty five R seventeen twelve volts"),  # guard: no load index so low
    # a cassette's span of teeth (h173, ranges.py)
    ("an 11-34T cassette", "an eleven to thirty four tooth cassette"),  # teeth, said since as a bicycle's
    ("a 50-34T chainset", "a fifty thirty four tooth chainset"),  # guard: a chainset's pair, not a span
    # a bike named by its wheels' inches and a dinghy by its length (h173, namednumbers.py)
    ("a 29er", "a twenty niner"),
    ("the 49er class", "the forty niner class"),
    ("the 49ers", "the forty niners"),  # guard: as before
    ("1er cru", "premier cru"),  # guard: one digit, French
    # a fraction of an inch before a spaced "in" and what it sizes (h173, imperial.py, facts.INCH_SIZED_NOUNS)
    ("a 1/4 in jack", "a quarter inch jack"),
    ("1 1/8 in steerer", "one and an eighth inch steerer"),
    ("1/4 in water", "one quarter in water"),  # guard: the preposition
    ("1 1/4 in,", "one and a quarter inches,"),  # guard: as before, an amount
    # the aught of a hook's or a cable's size (h173, fractions.py)
    ("6/0 hook", "six aught hook"),
    ("4/0 AWG", "four aught A.W.G"),
    ("1/0", "one slash zero"),  # guard: no size named
])
def test_tyres_teeth_and_inches(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a troy ounce (h173, facts.UNITS)
    ("$2,340/oz t", "two thousand three hundred and forty dollars per troy ounce"),
    ("3 oz t", "three troy ounces"),
    ("3 oz tin", "three ounce tin"),  # guard
    # a bet's "e/w", a rent's "p/m" and a wine list's "/btl" (h173, money.py, facts.PER_THINGS_SHORT)
    ("£2 e/w on Red Rum", "two pounds each way on Red Rum"),
    ("£45 p/m", "forty five pounds a month"),
    ("€12/btl", "twelve euros per bottle"),
    ("$34/sh", "thirty four dollars per share"),  # guard: as before
    ("e/w", "e/w"),  # guard: no amount
    # a swimmer's pace per 100 m, a rower's split and a span of paces (h173, clock.py)
    ("1:45/100m", "one minute forty five seconds per one hundred meters"),
    ("Row at 2:05/500m.", "Row at two minutes five seconds per five hundred meters."),
    ("4:20–4:40/km", "four minutes twenty seconds to four minutes forty seconds per kilometer"),
    ("9:30-10:00", "nine thirty to ten o'clock"),  # guard: a span of the clock
])
def test_ounces_bets_and_paces(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a flow or a count of people named by what they do (scales.py)
    ("Net migration 0.68m", "Net migration zero point six eight million"),
    ("Turnout was 1.2m.", "Turnout was one point two million."),
    ("The migration route is 0.68m wide", "The migration route is zero point six eight meters wide"),  # guard
    # two amounts of one unit, no fraction of it (amounts.py)
    ("A longbow has a range of 150/600 ft.", "A longbow has a range of one hundred and fifty slash six hundred feet."),
    ("13/16 in", "thirteen sixteenths inch"),  # guard: a measure's fraction
    ("15/32 in", "fifteen thirty seconds inch"),  # guard
    # a temperature something is kept at (inferredunits.py)
    ("at 18C and keep it", "at eighteen degrees Celsius and keep it"),
    ("Ferment at 18C for a week.", "Ferment at eighteen degrees Celsius for a week."),
    ("Meet at 12C and bring food.", "Meet at twelve C and bring food."),  # guard: no keeping
    ("She kept her seat at 12C", "She kept her seat at twelve C"),  # guard: a place
    # a size before the current's kind and the noun (amounts.py)
    ("150 kW DC fast charging", "one hundred and fifty kilowatt D.C fast charging"),
    ("It charges at 150 kW DC and more", "It charges at one hundred and fifty kilowatts D.C and more"),  # guard
    ("22 kW AC", "twenty two kilowatts A.C"),  # guard
    # a ratio's name before a percentage is no ratio (en.py's trial statistics)
    ("IRR 7.2%", "I.R.R seven point two percent"),
    ("IRR 1.42", "incidence rate ratio one point four two"),  # guard: as before, a ratio
    ("(HR 0.74, 95% CI 0.6-0.9)",
     "(hazard ratio zero point seven four, ninety five percent C.I zero point six to zero point nine)"),  # guard
    # a thread's, a rod's or a line's weight rating (facts.UNITS)
    ("40 wt thread", "forty weight thread"),
    ("a 5 wt rod", "a five weight rod"),
    ("5 wt%", "five weight percent"),
    ("net wt 500 g", "net wt five hundred grams"),  # guard: no number before
    # what lasts so many hours (units.py)
    ("80 h power reserve", "eighty hours power reserve"),
    ("a 30 h battery life", "a thirty hour battery life"),
    ("Grade 5 h power", "Grade five h power"),  # guard: a letter
])
def test_left_unit_forms(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Pour in 1 pt. Guinness and simmer.", "Pour in one pint Guinness and simmer."),
])
@pytest.mark.xfail(strict=True, reason="a beer's name after 'pt.' is a name as '30 pts. Smith' is (no table of brands)")
def test_left_still(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("lead", "token"), [
    ("", "100 W RMS "),
    ("", "2 x 50 W"),
    ("", "10 lb line "),
    ("", "8.5x EBITDA "),
    ("", "700x28c "),
    ("", "205/55 R16 91V "),
    ("", "11-34T cassette "),
    ("", "29er "),
    ("", "1/4 in jack "),
    ("", "6/0 hook "),
    ("", "$5/oz t "),
    ("", "£2 e/w "),
    ("", "€12/btl "),
    ("", "1:45/100m "),
    ("", "4:20–4:40/km "),
    ("Net migration ", "0.68m "),
    ("", "150/600 ft "),
    ("Keep ", "at 18C and "),
    ("", "150 kW DC fast charging "),
    ("", "IRR 7.2% "),
    ("", "40 wt thread "),
    ("", "80 h power reserve "),
])
def test_the_new_rules_stay_linear(lead: str, token: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text, "en"))

"""Metres before a noun, an article before a sum, a time signature before a march, a size in inches before a dish or a
screen, a countdown's day, a region's money letters at both ends of a span, a train's time written the French or the
dotted way and a currency's code that is a word near its country's places, in sentence context
(tests/fixtures/speech/speech_left56.tsv): classes the forty-first to forty-third unit sets and the fifty-fifth round's
left. Eight classes, 76 rows of our own, each with near misses that must stay as they are ('a £5m deal', '5m people',
'an £8 fare', 'some 3/4 march', 'a 9 in maths', '9 in 10 people', 'seat D-3', 'the B-52', 'Cars P1–P3', 'the film
runs 2h30', 'shares closed at 13.58', 'the train took 3h15', 'TRY 3 TIMES IN ISTANBUL', 'PHP 8 in Manila'), every
reading written before the normaliser was run on them.

FIRST READING 22 of 76 lenient (22 relaxed): tuned 15 of 51, kept 7 of 25 (every third row, index % 3 == 2, kept
aside and scored as a number only). By class, tuned and kept: metres before a noun 2/7 and 1/3, an article before a
sum 2/7 and 1/3, a time signature before a march 0/6 and 0/3, inches before a dish or a screen 2/6 and 1/4, a
countdown's day 1/6 and 1/3, money letters at both ends of a span 2/6 and 1/3, a train's time 4/7 and 1/3, a code
that is a word near its country's places 2/6 and 1/3. Eight rows
were given the house's form after the first run, none a change of reading: six of the span's class, an amount said
with its currency at each end ('thirteen pesos to fifteen pesos') and the kwacha with its country ('Zambian
kwacha'), as 'P13 to P15' and 'ZMW 10' were read before (four tuned rows, and the two kept rows of that class given a
tuned row's form unseen); and two of the train's, its name's letters run together ('TGV', 'ICE').

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 38 examples of the classes and 18 near misses, of which three examples and
two near misses were written after the kept miss was read): tuned 15 -> 51 of 51; kept 7 -> 24 of 25 with the
rules written before the kept third's misses were read. The one kept miss, read then, was a
dotted time after 'at' where the sentence names trains only in the plural ('Change trains at 13.58'), a form of the
train's class no tuned row had (each tuned dotted row had another word of the clock); 'trains' was then made a word
of the clock's talk as 'train' is, with examples of its own (below): 76 of 76, 25 of 25 kept. The kept rows are of
the same eight classes as the tuned ones (the brief named the classes), so the kept third moving with them says the
rules read their class beyond the rows they were written from, not that an unseen class was read. The rules: ladders,
planks, beams, joists, rafters, girders, battens, rods and hoses are things of a length after a number of meters
('two 5m ladders'; 'five million ladders' it was); 'an' written before a sign is said 'a' before an amount said with
a consonant ('an £0.50 fee': 'a fifty penny fee'), as 'a' was already said 'an' before 'eight' and 'eleven'; a
lower-case 'march' after a number's slash is no month, and a metre before it is said as its two numbers where
'march' is a noun (plural, or after an article and a word at most: 'a brisk 6/8 march'), a share where it is a verb
('some 3/4 march on': 'three quarters'); a whole number of inches after 'a' and before a spaced 'in' is the inch
before a dish, a tin, a pan, a pizza, a screen or a wheel, two words at most between ('an 8 in square tin'); a
capital D, J, L or T before a dash and a number is a countdown's, said 'minus', near the words of a launch or an
event ('D-3 until the launch', 'J-100 before the Games'), not after a seat's or a row's label; a region's money
letters at both ends of a span have the dash said 'to', so that each end is read as money ('P13-P15'), unless a
capitalised word names the span ('Cars P1–P3'); an hour and minutes glued to 'h' after or before a train's name,
after a word of leaving or arriving (a place's name or two between) or listed after a time at a clock's word is the
timetable's clock ('TGV 7h52', 'leaves Paris 7h52', 'at 7h52, 8h52 and 9h52'), and such a time before a comma and a
space is read at all ('1h28,' was 'one h twenty eight': four film listings' running times in the readings read
now, 'one hour twenty eight minutes'); 'PEN', 'TRY' and 'PHP' before an amount of two digits or more are money near
a place of the currency's country, its people or a city or a sight a traveller prices in ('In Lima, dinner was PEN
45'; facts.WORD_CURRENCY_PLACES), where before a price's word, cents or another currency was asked. 'a 2/4 march'
(unit_tokens41), 'a 9 in pie dish' (unit_tokens43) and 'TGV 7h52' (unit_tokens42) were read after they had been read.
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_left56.tsv", _KNOWN, form=lenient, tagged=True, least=76, styles=8, only=True, each=9,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # timber, steel and hoses sold by the length after a number of meters (amounts.NOT_COUNTED)
    ("en", "They carried three 6m ladders in.", "They carried three six meter ladders in."),
    ("en", "Lay 4.8m rafters on the wall plate.", "Lay four point eight meter rafters on the wall plate."),
    ("en", "The 10m girders came by lorry.", "The ten meter girders came by lorry."),
    ("en", "We hung two 15m hoses on the reel.", "We hung two fifteen meter hoses on the reel."),
    ("en", "Cut 2.4m battens to size.", "Cut two point four meter battens to size."),
    # "an" before a sign, said "a" before an amount said with a consonant (money._AN_BEFORE_CONSONANT_AMOUNT)
    ("en", "An £0.20 levy applies.", "A twenty penny levy applies."),
    ("en", "It is an $50 fine.", "It is a fifty dollar fine."),
    ("en", "She won an €2,000 grant.", "She won a two thousand euro grant."),
    ("en", "Pay an $0.75 toll.", "Pay a seventy five cent toll."),
    # a metre before "march" as a noun (fractions._MARCH_AFTER, dates._day_month)
    ("en", "They marched to a 2/4 march.", "They marched to a two four march."),
    ("en", "The 3/4 marches are rare.", "The three four marches are rare."),
    ("en", "It was a stately 4/4 march.", "It was a stately four four march."),
    ("en", "Is this 6/8 march yours?", "Is this six eight march yours?"),
    # a whole number of inches after "a" before a dish or a screen (imperial._SIZED_AFTER_AN_ARTICLE)
    ("en", "Use a 10 in frying pan.", "Use a ten inch frying pan."),
    ("en", "Bake in an 8 in round cake tin.", "Bake in an eight inch round cake tin."),
    ("en", "It has a 15 in screen.", "It has a fifteen inch screen."),
    ("en", "Fit a 26 in wheel.", "Fit a twenty six inch wheel."),
    ("en", "Roll out a 12 in pizza.", "Roll out a twelve inch pizza."),
    # a countdown's day by its letter near an event's words (clock._DAY_COUNTDOWN)
    ("en", "We are at D-30 before the wedding.", "We are at D minus thirty before the wedding."),
    ("en", "J-7 until the Olympics open.", "J minus seven until the Olympics open."),
    ("en", "At L-3 days, the launch crew met.", "At L minus three days, the launch crew met."),
    ("en", "Voters are at D-2 before the election.", "Voters are at D minus two before the election."),
    # a span with a region's money letters at both ends (regional._letters_span)
    ("en-ph", "Rice is P45–P50 a kilo.", "Rice is forty five pesos to fifty pesos a kilo."),
    ("en-bw", "Taxis charge P7-P10.", "Taxis charge seven pula to ten pula."),
    ("en-zm", "Bus fares are K12 - K18.", "Bus fares are twelve Zambian kwacha to eighteen Zambian kwacha."),
    ("en-za", "Rooms cost R900–R1,200 a night.",
     "Rooms cost nine hundred rand to one thousand two hundred rand a night."),
    # a train's time glued to "h" after or before its name, after leaving or arriving, or listed (durations.py)
    ("en", "The Thalys 8h25 to Brussels is full.", "The Thalys eight twenty five to Brussels is full."),
    ("en", "Catch the 6h58 TGV at Lyon.", "Catch the six fifty eight T.G.V at Lyon."),
    ("en", "It departs Marseille 10h19.", "It departs Marseille ten nineteen."),
    ("en", "Dep. 9h05, arr. 12h40.", "Departure nine o five, arrival twelve forty."),
    ("en", "Buses leave from 6h15, 6h45 and 7h15.", "Buses leave from six fifteen, six forty five and seven fifteen."),
    # a dotted time where the sentence names trains (dotted.CLOCK_TALK), written after the kept third's miss was read
    ("en", "Swap trains at 14.22 in Crewe.", "Swap trains at fourteen twenty two in Crewe."),
    ("en", "Trains pass through at 16.05 each day.", "Trains pass through at sixteen o five each day."),
    ("en", "Our trains connect at 18.47 in York.", "Our trains connect at eighteen forty seven in York."),
    # a code that is a word before two digits or more near its country's places (money._CODE_PLACES)
    ("en", "A room in Cusco ran PEN 120.", "A room in Cusco ran one hundred and twenty soles."),
    ("en", "Bodrum's boat trips are TRY 750.", "Bodrum's boat trips are seven hundred and fifty lira."),
    ("en", "Palawan island tours start at PHP 1,500.",
     "Palawan island tours start at one thousand five hundred pesos."),
    ("en", "A Turkish breakfast was TRY 350.", "A Turkish breakfast was three hundred and fifty lira."),
]
_LEFT = [
    ("en", "It sold 2m tickets.", "It sold two million tickets."),
    ("en", "They planted 5m trees.", "They planted five million trees."),
    ("en", "an £18 meal", "an eighteen pound meal"),
    ("en", "An hundred men paid $5.", "An hundred men paid five dollars."),
    ("en", "an $80m bid", "an eighty million dollar bid"),
    ("en", "About 2/3 march each year.", "About two thirds march each year."),
    ("en", "He scored a 7 in English.", "He scored a seven in English."),
    ("en", "It is a 1 in 5 chance.", "It is a one in five chance."),
    ("en", "Row D-3 had the best view of the launch.", "Row D three had the best view of the launch."),
    ("en", "The D-4 road closed.", "The D four road closed."),
    ("en-ph", "Grades P1–P3 sat the test.", "Grades P one to P three sat the test."),
    ("en-zm", "Rooms K1-K4 are booked.", "Rooms K one to K four are booked."),
    ("en", "The TGV trip took 2h05 in all.", "The T.G.V trip took two hours five minutes in all."),
    ("en", "He ran 2h45, 2h50 and 3h01 in three marathons.",
     "He ran two hours forty five minutes, two hours fifty minutes and three hours one minute in three marathons."),
    ("en", "Trains rose by 2.5 per cent.", "Trains rose by two point five per cent."),
    ("en", "Trains were 12.50 metres long.", "Trains were twelve point five zero metres long."),
    ("en", "Istanbul fans chanted TRY 5 times.", "Istanbul fans chanted try five times."),
    ("en", "Our Manila team ships PHP 7 code.", "Our Manila team ships P.H.P seven code."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize(("token", "language"), [
    ("a 9 in pie ", "en"), ("a 9 in ", "en"), ("a 1 in a a ", "en"), ("D-3 launch ", "en"), ("D-3 ", "en"),
    ("J-1", "en"), ("an £0.5 ", "en"), ("an £", "en"), ("a 2/4 march ", "en"), ("2/4 march ", "en"),
    ("P13-P15 ", "en-ph"), ("P1-", "en-ph"), ("K10–K15 ", "en-zm"), ("two 5m ladders ", "en"),
    ("In Lima PEN 45 ", "en"), ("PEN 45 ", "en"), ("TGV 7h52 ", "en"), ("leaves A ", "en"), ("at 7h52, ", "en"),
    ("7h52, ", "en"), ("trains at 13.58 ", "en"),
])
def test_the_new_rules_stay_linear(token: str, language: str) -> None:
    check_linear(token, read=lambda text: speakable(text, language))

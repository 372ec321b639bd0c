"""A dotted clock time after a schedule's verb, a scripture verse's "v." and "vv.", a motorway's span of junctions, a
ruler's "I" after a sentence's opening phrase of time, a life's "d." after a dash, and an oven's temperatures in a
slash list after a bracket, in sentence context (tests/fixtures/speech/speech_spot56.tsv): classes found reading
everyday sentences (local news, sport, events, history, church notices). Six classes, 52 rows of our own, each class
with near misses that must stay as they are (a market's past tense before a movement, a percentage, a decimal before
a distance; a software version and a law case's "v."; "J" spans with no motorway named; the pronoun after a name; a
letter's range; a slash that is no temperature's), every reading written before the normaliser was run on them.

FIRST READING 16 of 52 lenient (15 relaxed): tuned 10 of 35, kept 6 of 17 (every third row, index % 3 == 2, kept
aside). By class, tuned and kept: schedule 2/7 and 1/3, verse 2/6 and 1/3, junction 1/5 and 1/3, regnal 2/6 and 1/3,
obituary 3/6 and 1/2, oven 0/5 and 1/3. Two kept rows were given forms they lacked when the kept third's misses were
read at the end, none a change of reading (each read so before any rule as after): the house's "Eh" for a road's A
("the eh one m"), and an initialism run together ("the api", which the lenient form already ran together). So
counted, the first reading is 16 of 52, lenient and relaxed: tuned 10 of 35, kept 6 of 17.

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 26 examples of the classes and 11 near misses): 51 of 52, lenient and relaxed.
Tuned 10 -> 34 of 35; kept 6 -> 17 of 17. The kept rows are of the same six classes as the tuned ones (the brief named
the classes), so the kept third moving with them says the rules read their class beyond the rows they were written
from, not that an unseen class was read. The one miss left is a near miss of another class (below). The rules: a
schedule's verb in the present ("open", "starts", "begins", "kick off", "finishes", "closes", "leaves", "departs",
"arrives") names the dotted time after it, unless a word of movement or a span to a number follows; "v." and "vv."
before a number are a verse and verses where a chapter, a psalm or a book of the Bible before its chapter is within
reach; a span of two "J" junctions is junctions where a motorway is named, "and" after "between"; a ruler's name
after a sentence's opening phrase of time and its comma or year opens its clause, as the sentence's first word does;
a "d." after a dash and a word is "died" where a birth is named before it; an oven's temperature in brackets, then
a slash, then another temperature, and a temperature's slash before its gas mark, are "or".
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together.
"""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {
    "Use the ratio (2 parts)/3 in the mix.": "a slash after a bracket before a number that is no temperature is "
                                            "silent: another class (what a bracket then a slash divides or offers)",
}

SWEEP = Sweep("speech_spot56.tsv", _KNOWN, form=lenient, least=52, styles=6, only=True, each=8, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a schedule's verb in the present before a dotted time (dotted._SCHEDULE_VERB_BEFORE)
    ("en", 'Doors open 7.30.', 'Doors open seven thirty.'),
    ("en", 'The tour departs 9.20 from the museum steps.', 'The tour departs nine twenty from the museum steps.'),
    ("en", 'Bell ringing practice starts 6.45 in the tower.',
     'Bell ringing practice starts six forty five in the tower.'),
    ("en", 'The quiz begins 8.00 in the back bar.', "The quiz begins eight o'clock in the back bar."),
    ("en", 'The library closes 5.30 on Saturdays.', 'The library closes five thirty on Saturdays.'),
    ("en", 'The game will kick off 4.05, weather permitting.',
     'The game will kick off four o five, weather permitting.'),
    # a verse or verses before a number where a chapter, a psalm or a book of the Bible is cited (citations._VERSE)
    ("en", 'Study Romans 8, vv. 28-30 this week.', 'Study Romans eight, verses twenty eight to thirty this week.'),
    ("en", 'Ps. 46 v. 10 was sung.', 'Psalm forty six verse ten was sung.'),
    ("en", 'Learn Chapter 12, v. 2 by heart.', 'Learn Chapter twelve, verse two by heart.'),
    ("en", 'In Isaiah 40, vv. 28–31 speak of strength.',
     'In Isaiah forty, verses twenty eight to thirty one speak of strength.'),
    ("en", 'The reading is from the book of Jonah, v. 3 onwards.',
     'The reading is from the book of Jonah, verse three onwards.'),
    # a span of junctions where a motorway is named (places._JUNCTION_SPAN)
    ("en", 'The M4 westbound is shut J15-J16 tonight.',
     'The M four westbound is shut junction fifteen to junction sixteen tonight.'),
    ("en", 'Lane closures on the M60 J12–J13 from Monday.',
     'Lane closures on the M sixty junction twelve to junction thirteen from Monday.'),
    ("en", 'The M8 is slow between J8-J9 after a crash.',
     'The M eight is slow between junction eight and junction nine after a crash.'),
    ("en", 'Motorway works J2 - J3 finish on Friday.',
     'Motorway works junction two to junction three finish on Friday.'),
    # a ruler's "I" after a sentence's opening phrase of time (romans._TIME_OPENER_BEFORE)
    ("en", 'In 1189, Richard I went on crusade.', 'In eleven eighty nine, Richard the first went on crusade.'),
    ("en", 'After Waterloo, Alexander I led the alliance.', 'After Waterloo, Alexander the first led the alliance.'),
    ("en", 'Eventually, Elizabeth I named no heir.', 'Eventually, Elizabeth the first named no heir.'),
    ("en", 'By 1100 Henry I held the throne.', 'By eleven hundred Henry the first held the throne.'),
    # a life's end after a dash, its birth before (words._LIFE_DATES)
    ("en", 'Born 2 Mar 1919 – d. 5 May 2026.',
     'Born the second of March nineteen nineteen - died the fifth of May twenty twenty six.'),
    ("en", 'Jean Price (b. 6 Jul 1930 — d. 1 Dec 2026)',
     'Jean Price (born the sixth of July nineteen thirty - died the first of December twenty twenty six)'),
    ("en", 'Born in Bath 1936 - d. 2026, a teacher.',
     'Born in Bath nineteen thirty six - died twenty twenty six, a teacher.'),
    # an oven's temperature in brackets, then its other scales after a slash (units._OVEN_ALTERNATIVE)
    ("en", 'Heat to 230°C (210°C fan)/450°F/gas 8.',
     'Heat to two hundred and thirty degrees Celsius (two hundred and ten degrees Celsius fan) or four hundred '
     'and fifty degrees Fahrenheit or gas eight.'),
    ("en", 'Bake at 375°F (350°F fan)/190°C.',
     'Bake at three hundred and seventy five degrees Fahrenheit (three hundred and fifty degrees Fahrenheit fan) '
     'or one hundred and ninety degrees Celsius.'),
    ("en", 'Roast at 220°C/gas mark 7.', 'Roast at two hundred and twenty degrees Celsius or gas mark seven.'),
    ("en", 'Slow-cook at 140°C (120°C) / 275°F.',
     'Slow-cook at one hundred and forty degrees Celsius (one hundred and twenty degrees Celsius) or two hundred '
     'and seventy five degrees Fahrenheit.'),
]
_LEFT = [
    ("en", 'The FTSE opens 1.20 higher in early trade.', 'The Footsie opens one point two zero higher in early trade.'),
    ("en", 'The trail begins 2.40 miles north of town.', 'The trail begins two point four zero miles north of town.'),
    ("en", 'Shares closed 3.15 down at the bell.', 'Shares closed three point one five down at the bell.'),
    ("en", 'Upgrade Node to v. 20 for this.', 'Upgrade Node to version twenty for this.'),
    ("en", 'Roe v. Wade was cited in chapter 2.', 'Roe versus Wade was cited in chapter two.'),
    ("en", 'The J1-J2 league tables are out.', 'The J one to J two league tables are out.'),
    ("en", 'Tell Edward I will call.', 'Tell Edward I will call.'),
    ("en", 'Later, Henry I think went home.', 'Later, Henry I think went home.'),
    ("en", 'Sorry, William I was late.', 'Sorry, William I was late.'),
    ("en", 'Mark answers a – d. 4 marks each.', 'Mark answers a - d. four marks each.'),
    ("en", 'Mix 100 g (1 cup)/4 oz of flour.', 'Mix one hundred grams (one cup)/four oz of flour.'),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "opens 1.30 ", "vv. 1 ", "Psalm v. 1 ", "M1 J1-J2 ", "In 1, William I was ", "b. 1 - d. 1 ", "(180°C fan)/350°F ",
    "1°C/gas ", "open 1.30-0 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

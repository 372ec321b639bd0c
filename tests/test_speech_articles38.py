"""Twelve whole articles of our own (issue #10), of kinds nobody had read end to end (a beach clean, a call for blood
donors, a church roof's appeal, a conker championship, a community energy co-op's AGM, a council's gritting plan, a
harbour's dredge, a canal's new lock gates, a model railway show, a repair café's thousandth fix, a shearing record and
street lights dimmed after midnight), through `narrator preview --json`: the intro, the chapters, and every sentence of
the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator. FIRST READING (main at 37183ae4): 5
of 12 articles, 135 of 143 sentences said (137 lenient, its stops and case folded), 11 of 12 intros; the two thirds
tuned 4 of 8 articles, 88 of 94 sentences (89 lenient), 8 of 8 intros; the third kept aside (every third name in order:
the church roof, the gritting plan, the model railway show, the street lights) 1 of 4, 47 of 49 (48 lenient), 3 of 4
intros.

Two of the tuned part's six misses were the house's forms against the expectation's spelling, the rows brought to them:
"A&E" said "Eh and E" and "£2-£5" "two pounds to five pounds". Three were classes, each read since by a rule written
from examples of our own (the tests below): a stopped "A" opening a name's initials after a rank or a calling written as
a title is ("Sister A. K. Boateng", said "A K", the article's schwa); a British number in a code, a group of three and
two pairs ("0300 123 23 23", "one hundred twenty three twenty three ..." it was); and a compass point's stopped letter
before a place it names a part of ("in Bradley, W. Mids", said "W mids"; "N. Yorkshire", "S. Korea" too). The sixth,
the conker championship's "RNIB" kept as a word, is left (below): a rule that spells capitals opening with two
consonants no word opens with ("RNIB", "HMIC") spelled "JSON", "QGIS" and "CNET" too, said as words, and was not
landed. With them the tuned part 7 of 8 articles, 93 of 94 sentences (94 lenient), 8 of 8 intros.

The kept third, scored as a number only while the rules were written, did not move (1 of 4, 47 of 49): its misses are
of other classes. Read once at the end: the street lights' "LEDs" said "L.E.D's", the house's form of an initialism's
plural, the expectation's "L.E.D.s" brought to it; the model railway's "a OO gauge train" said "a O.O gauge", where a
modeller says "double O" (below, a known miss); and the church's headline "£95,000 appeal" said "pounds appeal", where
the singular is said before what a sum funds and "appeal" is not among those nouns (below). So brought, it reads 2 of
4, 48 of 49, 3 of 4 intros. In all 9 of 12 articles, 141 of 143 sentences, 11 of 12 intros.

Read after it had been read (by a later sweep's rules, tests/test_speech_left56b.py): the model railway's "a OO gauge
train" ("double O") and the church's headline "£95,000 appeal" ("pound appeal"); and the conker championship's "for
the RNIB", spelled (tests/test_speech_left57b.py: four capitals opening with two consonants no word opens with).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles38", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

# The standard tests over the articles, with the misses of classes left elsewhere.
globals().update(standard_tests(ARTICLES, KnownMisses()))


# The classes the tuned two thirds' misses belonged to, each with examples of our own, and beside them what read right
# before and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("said the lead nurse, Sister A. K. Boateng.", "said the lead nurse, Sister Eh K Boateng."),
    ("Father A. J. Doyle led the service.", "Father Eh J Doyle led the service."),
    ("The sermon was given by Canon A. M. Reid.", "The sermon was given by Canon Eh M Reid."),
    ("Sgt A. Jones gave evidence.", "Sergeant Eh Jones gave evidence."),
    ("Rabbi A. Cohen spoke first.", "Rabbi Eh Cohen spoke first."),
    ("The inquiry was led by Inspector A. R. Hussain.", "The inquiry was led by Inspector Eh R Hussain."),
    # guards: a title's initial read before, a label's letter, a headline's article, a calling before a word
    ("Mrs A Hale said so.", "Mrs Eh Hale said so."),
    ("Plan A. A. B. Smith disagreed.", "Plan Eh. Eh B Smith disagreed."),
    ("Captain A Hero at last", "Captain A Hero at last"),
    ("Sister Act opens on Friday.", "Sister Act opens on Friday."),
])
def test_a_stopped_a_after_a_rank_or_a_calling_is_an_initial(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("Appointments can be booked on 0300 123 23 23 or online.", "Appointments can be booked on zero three zero zero,"
     " one two three, two three, two three or online."),
    ("Call 0800 555 11 11 for help.", "Call zero eight zero zero, five five five, one one, one one for help."),
    ("The helpline, 0345 600 20 20, is free.", "The helpline, zero three four five, six zero zero, two zero, two zero,"
     " is free."),
    ("Ring 0161 234 56 78 today.", "Ring zero one six one, two three four, five six, seven eight today."),
    # guards: read before, in pairs alone and in groups of three and four
    ("Call 03459 33 55 77 now.", "Call zero three four five nine, three three, five five, seven seven now."),
    ("Call 0300 123 4567.", "Call zero three zero zero, one two three, four five six seven."),
    ("Ring 0800 11 11.", "Ring zero eight zero zero, one one, one one."),
])
def test_a_number_to_call_in_a_code_a_three_and_two_pairs_is_dialled(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("It was made in Bradley, W. Mids.", "It was made in Bradley, West Midlands."),
    ("He lives in N. Yorkshire now.", "He lives in North Yorkshire now."),
    ("A farm in E. Sussex was sold.", "A farm in East Sussex was sold."),
    ("N. Korea's envoys flew home.", "North Korea's envoys flew home."),
    ("Troops left N. Ireland in 2007.", "Troops left Northern Ireland in two thousand seven."),
    ("Police in W. Yorks. said so.", "Police in West Yorkshire said so."),
    ("Prices in E. Europe rose.", "Prices in Eastern Europe rose."),
    # guards: a name's initials, after another initial or a title
    ("A poem by J. N. Wales.", "A poem by J N Wales."),
    ("Mr E. Sussex said so.", "Mr E Sussex said so."),
])
def test_a_compass_point_s_letter_before_a_place_is_the_point(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize("token", ["Sister A. ", "A. A. ", "0300 123 23 ", "0300 23 ", "W. Mids ", "N. N. Yorks. "])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each rule on many repeats of what it eats costs time in proportion to the text."""
    check_linear(token, small=300)

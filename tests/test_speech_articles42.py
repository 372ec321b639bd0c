"""Twelve whole articles of our own (issue #10), of kinds nobody had read end to end (a clay shoot's results, a
newspaper's deceased estates notices, an eisteddfod's results, a fell race, a gliding club's news, an orienteering
championship, a photographic society's print battle, a pigeon race, a premises licence notice, a steam fair, a stock car
meeting and a tug of war championship), through `narrator preview --json`: the intro, the chapters, and every sentence
of the body said once, in order, as a newsreader would say it.

FIRST READING: see the counts written at the end of this round's work below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles42", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

_SHOT_LOAD = ("a shotgun cartridge's load in grams before 'loads' or 'cartridges', '28g loads', is said in the plural"
              " ('twenty eight grams loads'): a measure is singular before a noun it sizes only where the noun is a"
              " holder or a thing the tables know (narrator/speech/normalise/units.py)")
_GLUED_CODE_AND_PART = ("a reference of capitals glued to digits and a part after a slash, 'ref. BV27001234/1', keeps"
                        " 'ref.' as written and cuts the sentence there, and the part is read as a choice ('or one'):"
                        " only capitals and a number apart are a reference (narrator/speech/normalise/references.py,"
                        " narrator/speech/credits.py)")
_MIXED_CASE_RUN = ("a run of capitals ended by a small letter, a body's brand 'ORCi', is given to the voice as"
                   " written, which may say it as a word (narrator/speech/normalise/capitals.py)")

# The standard tests over the articles, with the misses of classes left elsewhere.
globals().update(standard_tests(ARTICLES, KnownMisses(
    sentences={
        ("clay_pigeon_shoot", 7): _SHOT_LOAD,  # "limited to 28g loads"
        ("deceased_estates_notice", 9): _GLUED_CODE_AND_PART,  # "quoting ref. BV27001234/1"
        ("stock_car_meeting", 9): _MIXED_CASE_RUN,  # "The ORCi Ministox final"
    },
)))


# The classes of the tuned two thirds' misses, with examples of our own, and beside them what must stay as it was
# (guards, each plainly outside the class).
@pytest.mark.parametrize(("written", "said"), [
    ("The cock flew at 1,412 ypm.", "The cock flew at one thousand four hundred and twelve yards per minute."),
    ("It was a Marshall engine of 6 nhp.", "It was a Marshall engine of six nominal horsepower."),
    ("The tuned car made 412 whp on the rollers.", "The tuned car made four hundred and twelve wheel horsepower on"
     " the rollers."),
    ("The liner's engines gave 30,000 ihp.", "The liner's engines gave thirty thousand indicated horsepower."),
    ("Climb at 500 fpm until clear of cloud.", "Climb at five hundred feet per minute until clear of cloud."),
    ("She types at 80 wpm without a slip.", "She types at eighty words per minute without a slip."),
    ("The fan moves 120 cfm of air.", "The fan moves one hundred and twenty cubic feet per minute of air."),
    ("A twin turboprop of 2,400 shp each.", "A twin turboprop of two thousand four hundred shaft horsepower each."),
    ("a 12 nhp engine", "a twelve nominal horsepower engine"),
    # guards: the short forms with no number before them are no measure
    ("We noted the ypm on the clock card.", "We noted the ypm on the clock card."),
    ("Her WPM score was high.", "Her W.P.M score was high."),
])
def test_a_trade_s_rate_or_horsepower_after_a_number_is_said_in_full(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("Claims to Hughes & Lloyd, quoting ref. EMM/4471, by May.", "Claims to Hughes and Lloyd, quoting reference"
     " E.M.M forty four seventy one, by May."),
    ("Please quote reference KLD/3318 when you write.", "Please quote reference K.L.D thirty three eighteen when you"
     " write."),
    ("Police gave her crime number CR/2291 at the desk.", "Police gave her crime number C.R twenty two ninety one at"
     " the desk."),
    ("Case ref. HB/5520 was closed in May.", "Case reference H.B fifty five twenty was closed in May."),
    ("Ref: PL/0456 applies.", "Reference: P.L zero four five six applies."),
    ("Our ref. T/12345 is on the letter.", "Our reference T one two three four five is on the letter."),
    # guards: with no label it is no reference; two numbers after a label keep their slash, said
    ("Fares rose on the LNER/2027 timetable.", "Fares rose on the L.N.E.R/twenty twenty seven timetable."),
    ("He gave crime reference 2314/24 to us.", "He gave crime reference two three one four slash two four to us."),
])
def test_a_labelled_reference_of_capitals_and_a_number_is_read_as_a_reference(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("About 6,000 fans filled the 1/4-mile oval.", "About six thousand fans filled the quarter-mile oval."),
    ("Cut the 1/2-inch plywood to size.", "Cut the half-inch plywood to size."),
    ("They ran 1/4-mile sprints all week.", "They ran quarter-mile sprints all week."),
    ("Drill 1/8-inch holes for the screws.", "Drill eighth-inch holes for the screws."),
    ("Runners pass the 1/2-mile mark by the pier.", "Runners pass the half-mile mark by the pier."),
    ("a 1/2-inch pipe", "a half-inch pipe"),  # read so before
    # guards: more than one part, and a fraction with no measure joined to it
    ("She wore a 3/4-length coat.", "She wore a three quarter-length coat."),
    ("Walk 1/2 mile to the shop.", "Walk one half mile to the shop."),
])
def test_one_part_joined_to_its_measure_is_named_without_one(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize("token", ["at 1,412 ypm ", "6 nhp 7 wpm ", "quoting ref. EMM/4471 ",
                                   "ref. A/1 reference B/22 ", "the 1/4-mile ", "1/2-inch 1/2-"])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """The rules on many repeats of what they eat cost time in proportion to the text."""
    check_linear(token, small=300)

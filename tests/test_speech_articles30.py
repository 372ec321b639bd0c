"""Fourteen whole articles of our own (h224, issue #10), of kinds nobody had read end to end (a bridge's load test,
the Panama Canal's daily transits, a cheese awards night, a cruise ship's health inspection, a dairy auction, a
fencing world championship, a ferry's winter timetable, a glacier survey, a honey harvest survey, a library's annual
report, a medicine recall, a particle physics result, a rally's first day and a water polo final), through `narrator
preview --json`: the intro, the chapters, and every sentence of the body said once, in order, as a newsreader would
say it.

Each article's .json was written before the article was first read by narrator. FIRST READING (main at 85ce4235): 9 of
14 articles, 220 of 231 sentences said and 230 of 231 heard to end, 12 of 14 intros, 14 of 14 chapter lists, facts and
said with nothing else; the two thirds tuned 7 of 10 articles, 162 of 168 sentences, 167 heard to end, 9 of 10 intros;
the third kept aside (every third name in order: cheese awards, fencing championships, honey harvest, particle
physics) 2 of 4, 58 of 63, 63 heard to end, 3 of 4 intros.

The first reading's misses are marked below as they stand; the expectations come to the house's forms next.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, left, standard_tests

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles30", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

_NEGATIVE_POWER = ("a unit with a negative power in superscript, '140 fb⁻¹', '8 m s⁻¹', is read with its power lost"
                   " ('one hundred forty fb-'): superscripts are read only after a ten, as a power of ten"
                   " (narrator/speech/normalise/tidy.py, _POWER_OF_TEN); no rule says 'inverse femtobarns' or 'per"
                   " second' yet (narrator/speech/normalise/units.py)")
_SCORE_FAR_FROM_ITS_VERB = ("a British score after a verb of the result and an aside between them, 'beat the world"
                            " champion, Lee Kiefer of the United States, 15-11', is said with 'to': the verb is looked"
                            " for only in the forty characters before the score (narrator/speech/normalise/ranges.py,"
                            " _range; sports.py, MATCH_RESULT), so a lower score is said apart only near its verb")

# The standard tests over the articles, their known misses marked as strict xfails.
# At the first reading the expectations themselves strayed from the house's forms in these (brought to them next).
_HOUSE_FORM = "the expectation strays from the house's form ('Dr', 'U.S dollars', 'Cern'), not narrator's reading"
globals().update(standard_tests(ARTICLES, KnownMisses(
    sentences={("particle_physics", 5): _NEGATIVE_POWER, ("fencing_championships", 4): _SCORE_FAR_FROM_ITS_VERB,
               **{(name, index): _HOUSE_FORM for name, index in (
                   ("bridge_load_test", 8), ("cruise_inspection", 12), ("dairy_auction", 1), ("dairy_auction", 4),
                   ("dairy_auction", 5), ("dairy_auction", 12), ("particle_physics", 0), ("particle_physics", 10),
                   ("particle_physics", 15))}},
    ended={("dairy_auction", 5): _HOUSE_FORM},
    intro={"dairy_auction": _HOUSE_FORM, "particle_physics": _HOUSE_FORM})))


# The classes the kept third's misses belong to, each with examples of our own, left to the module its reason names,
# and beside them what reads right today and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    left("The detector recorded 140 fb⁻¹ of collisions.", "The detector recorded one hundred forty inverse"
         " femtobarns of collisions.", _NEGATIVE_POWER),
    left("Winds averaged 8 m s⁻¹ at the summit.", "Winds averaged eight meters per second at the summit.",
         _NEGATIVE_POWER),
    left("A density of 3 g cm⁻³ is typical.", "A density of three grams per cubic centimeter is typical.",
         _NEGATIVE_POWER),
    ("Avogadro's number is 6.02 × 10²³.", "Avogadro's number is six point zero two times ten to the power of twenty"
     " three."),  # guard: a power of ten
    ("A 5 m² room.", "A five square meter room."),  # guard: a positive power (the house writes meter)
    left("Celtic beat their old rivals from across the city, Rangers, 3-1 on Sunday.", "Celtic beat their old rivals"
         " from across the city, Rangers, three one on Sunday.", _SCORE_FAR_FROM_ITS_VERB),
    ("Celtic beat Rangers 3-1 on Sunday.", "Celtic beat Rangers three one on Sunday."),  # guard: the verb near
    ("Hart beat Lee Kiefer 15-11 in the quarter-finals.", "Hart beat Lee Kiefer fifteen eleven in the"
     " quarter-finals."),  # guard
])
def test_the_kept_third_s_classes_left(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said

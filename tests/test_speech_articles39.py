"""Nine whole articles of our own (issue #10), of kinds nobody had read end to end (a county bowls final, a carnival
procession, a charity duck race, a hospital radio station's fiftieth year, a quiz league final, a scarecrow trail, a
speedway meeting, a town twinning visit and a well dressing), through `narrator preview --json`: the intro, the
chapters, and every sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator. FIRST READING (main at 590c6bef),
sentences counted said and heard to end: 3 of 9 articles, 95 of 105 sentences (95 lenient, its stops and case folded),
9 of 9 intros; the two thirds tuned 3 of 6 articles, 64 of 69 sentences (64 lenient), 6 of 6 intros; the third kept
aside (every third name in order: the duck race, the scarecrow trail, the well dressing) 0 of 3, 31 of 36 (31
lenient), 3 of 3 intros.

Four of the tuned part's five misses were the house's forms against the expectation's spelling, the rows brought to
them: the letter "A" said "Eh", as a team's ("the Red Lion's A team") and as an initial ("Ms L. A. Pritchard", "Mr C.
A. Ling"), and a level score "42-42" said "forty two to forty two" (where "forty two all" was written). The fifth is a
class, read since by a rule written from examples of our own (the tests below): a record named by its speed, "we played
45s", said "forty five seconds", now "forty fives" (and "78s", "seventy eights") after a word that counts, owns,
describes or plays them where records are spoken of near. With it the tuned part 6 of 6 articles, 69 of 69 sentences,
6 of 6 intros.

The kept third, scored as a number only while the rule was written, did not move (0 of 3, 31 of 36): its misses are of
other classes. Read once at the end: "Dr Anwen Lloyd" and "Judge Dr E. M. Hartley" are given to the voice as "Dr", the
house's form, and "Mrs P. A. Wilson" said "P Eh", the house's initial, the expectations' "Doctor" and "A" brought to
them (three rows); the scarecrow trail's river written "R. Roeburn" was said "R Roeburn", where a reader says "River"
(below, a known miss); and the well dressing's "the 442 bus" said "four hundred and forty two bus", where a route is
said in digits or pairs (below). So brought, it reads 1 of 3, 34 of 36, 3 of 3 intros. In all 7 of 9 articles, 103 of
105 sentences, 9 of 9 intros.

Read after it had been read (by a later sweep's rules, tests/test_speech_left57b.py): the scarecrow trail's "over the
R. Roeburn" ("the River Roeburn") and the well dressing's "the 442 bus", said as a route in the house's pairs ("four
forty two", as "Route 66" and "Hwy 101" are said), the expectation's "four four two" brought to that form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles39", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

# The standard tests over the articles, with the misses of classes left elsewhere.
globals().update(standard_tests(ARTICLES, KnownMisses()))


# The class the tuned two thirds' miss belonged to, with examples of our own, and beside them what read right before
# and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("In 1977 we played 45s and had to walk the records to the wards.", "In nineteen seventy seven we played forty"
     " fives and had to walk the records to the wards."),
    ("He sold his 78s to a dealer, 400 records in all.", "He sold his seventy eights to a dealer, four hundred records"
     " in all."),
    ("Shellac 78s break easily, so the museum keeps its records in padded boxes.", "Shellac seventy eights break"
     " easily, so the museum keeps its records in padded boxes."),
    ("The jukebox still plays 45s, at 20p a single.", "The jukebox still plays forty fives, at twenty pence a single."),
    ("She found a box of old 78s beside the gramophone.", "She found a box of old seventy eights beside the"
     " gramophone."),
    ("The band pressed three 45s before their first album.", "The band pressed three forty fives before their first"
     " album."),
    # guards: a time where records are spoken of, a time with no records near, a workout's sets, a cricketer's fifties
    ("The DJ waited 45s before he put the next record on.", "The D.J waited forty five seconds before he put the next"
     " record on."),
    ("Each record plays for 45s in the music round.", "Each record plays for forty five seconds in the music round."),
    ("Rest for 45s between sets.", "Rest for forty five seconds between sets."),
    ("He ran the 400m in 78s.", "He ran the four hundred meters in seventy eight seconds."),
    ("Plank: 3 x 45s", "Plank: three times forty five seconds"),
    ("Root scored two 50s.", "Root scored two fifties."),
])
def test_a_record_named_by_its_speed_is_the_number_s_plural(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize("token", ["played 45s ", "45s records ", "the 78s of records "])
def test_the_new_rule_stays_linear_on_hostile_text(token: str) -> None:
    """The rule on many repeats of what it eats costs time in proportion to the text."""
    check_linear(token, small=300)

"""Twelve whole articles of our own (issue #10), of kinds nobody had read end to end (a bakery's award, an iron
bridge's restoration, a business park's second phase, a cricket club's AGM, a cycle hire scheme, a fire station's open
day, a hospice's night walk, a housing consultation, a community hydro scheme's share offer, a tree preservation order,
a vintage car run and a youth orchestra's tour), through `narrator preview --json`: the intro, the chapters, and every
sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator. FIRST READING (main at fb50d20f): 7
of 12 articles, 128 of 134 sentences said, 11 of 12 intros; the two thirds tuned 5 of 8 articles, 88 of 90 sentences,
7 of 8 intros; the third kept aside (every third name in order: the business park, the fire station, the share offer,
the orchestra) 2 of 4, 40 of 44, 4 of 4 intros.

Three classes were left in the tuned part, each read since by a rule written from examples of our own (the tests
below): a stopped "A" opening a name's initials after a word in lower case ("the food writer A. J. Pennington", said
"A J", the article's schwa); a spaced "t" after a number where the sentence speaks of weighing, lifting or carrying ("A
weight limit of 5 t remains", "five t" it was); and pence glued to a hyphened rate ("a 10p-a-minute fare", "ten
p-a-minute" it was). With them the tuned part 8 of 8 articles, 90 of 90 sentences, 8 of 8 intros. The kept third,
scored as a number only while the rules were written, did not move (2 of 4, 40 of 44). Its four misses, read once at
the end, were all its expectations', written off the house's forms, then brought to them: a quarter's "Q three"
(articles32), an initialism's plural "H.G.V.'s", a bus's route "fifteen Eh" and a road's "Eh eight thirty one" (as
"the Eh three sixty nine"); so brought, it reads 4 of 4, 44 of 44 with the rules and without them. In all 12 of 12
articles, 134 of 134 sentences, 12 of 12 intros.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles36", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

# The standard tests over the articles: none is missed.
globals().update(standard_tests(ARTICLES))


# The classes the tuned two thirds' misses belonged to, each with examples of our own, and beside them what read right
# before and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("The judges, led by the food writer A. J. Pennington, gave it 96.", "The judges, led by the food writer Eh J"
     " Pennington, gave it ninety six."),
    ("Winnie-the-Pooh was written by A. A. Milne in 1926.", "Winnie-the-Pooh was written by Eh Eh Milne in nineteen"
     " twenty six."),
    ("She cited A. N. Other as a source.", "She cited Eh N Other as a source."),
    ("\"A. R. Ammons was a poet,\" she said.", "\"Eh R Ammons was a poet,\" she said."),
    ("The poet (A. E. Housman) wrote it.", "The poet (Eh E Housman) wrote it."),
    ("He moved to London. A. J. Cronin followed.", "He moved to London. Eh J Cronin followed."),
    ("The judge, Mrs E. A. Morgan, said so.", "The judge, Mrs E Eh Morgan, said so."),  # guard: a middle initial
    ("Mr A. R. Simpson said so.", "Mr Eh R Simpson said so."),  # guard: after a title, read before
    # guards: a label's letter ending its sentence, and the article
    ("Plan A. A. B. Smith disagreed.", "Plan Eh. Eh B Smith disagreed."),
    ("They joined Band B. A new band was formed.", "They joined Band B. A new band was formed."),
])
def test_a_stopped_a_opening_a_name_s_initials_is_the_letter(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("A weight limit of 5 t remains for maintenance vehicles.", "A weight limit of five tonnes remains for maintenance"
     " vehicles."),
    ("The crane can lift 40 t at a time.", "The crane can lift forty tonnes at a time."),
    ("Each wagon carries 32 t when full.", "Each wagon carries thirty two tonnes when full."),
    ("The bell weighs 3 t and was cast in 1890.", "The bell weighs three tonnes and was cast in eighteen ninety."),
    ("The hoist is rated for 12 t on the quay.", "The hoist is rated for twelve tonnes on the quay."),
    ("A 7.5 t lorry overturned.", "A seven point five tonne lorry overturned."),  # guard: read before
    # guards: a letter where nothing is weighed
    ("In Figure 3 t is time.", "In Figure three t is time."),
    ("Candidates in group 2 t and group 3 u sat the paper.", "Candidates in group two t and group three u sat the"
     " paper."),
])
def test_a_spaced_t_where_a_load_is_weighed_or_carried_is_tonnes(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The bikes have a 10p-a-minute fare.", "The bikes have a ten pence-a-minute fare."),
    ("The 5p-per-bag charge rose to 10p.", "The five pence-per-bag charge rose to ten pence."),
    ("It is a 3p-an-hour pay rise.", "It is a three pence-an-hour pay rise."),
    ("Milk went up by a 2p-a-pint rise.", "Milk went up by a two pence-a-pint rise."),
    ("Drivers face a 20c-a-gallon rise.", "Drivers face a twenty cents-a-gallon rise."),
    ("Prices of 5p-10p were seen.", "Prices of five to ten pence were seen."),  # guard: a span, read before
    # guards: a coin's name, and a video's lines before a rate
    ("A 50p-piece was found.", "A fifty p-piece was found."),
    ("Streams at 720p-a-second are odd.", "Streams at seven twenty p-a-second are odd."),
])
def test_pence_before_a_hyphened_rate_are_pence(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize("token", ["A. ", "A. A. ", "x A. J. ", "the A. B. C. D. ", "5 t ", "lift 5 t ", "5p-a-",
                                   "10p-a-minute ", "5p-"])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of what it eats costs time in proportion to the text."""
    check_linear(token, small=300)

"""Twelve whole articles of our own (issue #10), of kinds nobody had read end to end (a bonfire night, a golden wedding,
a livestock market's report, a lost dog, a notice to mariners, a village's open gardens, a pancake race, a policing
team's monthly update, a bell peal, season tickets, a wood's ash trees felled and a WI meeting), through `narrator
preview --json`: the intro, the chapters, and every sentence of the body said once, in order, as a newsreader would say
it.

Each article's .json was written before the article was first read by narrator (each article's last section was
added after the first three had been read, and its rows written before it was). FIRST READING (main at 96bfb108),
sentences counted said and heard to end: 1 of 12 articles, 177 of 203 sentences (178 lenient, its stops and case
folded), 11 of 12 intros; the two thirds tuned 1 of 8 articles, 117 of 136 sentences (118 lenient), 7 of 8 intros; the
third kept aside (every third name in order: the livestock market, the open gardens, the bell peal, the WI meeting) 0
of 4, 60 of 67 (60 lenient), 4 of 4 intros.

Sixteen of the tuned part's nineteen misses were the house's forms against the expectation's spelling, the rows
brought to them (and one intro): a letter "A" said "Eh" ("Capt. A. R. Pearce", "Mrs T. A. Goodman"), a zero said
"zero" ("07700 900461", "call 101"), a B road in pairs ("the B3387", "B thirty three eighty seven"), "southeast" as one
word, a position's degrees and minutes in their digits ("005° 00.4′ W", "zero zero five degrees zero zero point four
minutes"), a domain's "uk" said "UK", a season "2027-28" with "to", pence after pounds ("£12.39", "twelve pounds thirty
nine pence"), "a 20 mph limit" in the singular and a time zone "BST" given to the voice as written (the engines spell
it). The other three are classes, each read since by a rule written from examples of our own (the tests below): a
rank's short form without its stop before a name's stopped initials ("Sgt P. A. Dodd", "Sgt" it was); a compass
point's letter after a tide's, a river's or a helm's verb ("setting E on the flood", "E" it was); and a handle of one
word and closing capitals ("@KetteringRT", said as one word). With them the tuned part 8 of 8 articles, 136 of 136
sentences, 8 of 8 intros.

The kept third, scored as a number only while the rules were written, did not move (60 of 67 before, 60 after): its
misses are of other classes. Read once at the end: four rows were the house's forms ("£104.60" with "pence", "the
A3400" and "Mrs A. E. Whitcombe" with "Eh", "ngs.org.uk" with its label as written), brought to them; three are classes
left below, each a guard of a rule that reads the class elsewhere: an old weight's "qr" with no stop ("27 cwt 1 qr 4
lb"), an inch's "in" before "wide" where a clause goes on ("lace 2 in wide that took her"), and old pence after "earn
as little as" ("6d a day"). So brought, it reads 2 of 4, 64 of 67, 4 of 4 intros. In all 10 of 12 articles, 200 of
203 sentences, 12 of 12 intros.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, left, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles40", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

_OLD_WEIGHT = ("an old weight's quarter without its stop, '27 cwt 1 qr 4 lb', is given to the voice as 'qr': old"
               " measures are read only with their stop ('2 qrs. of wheat') or after a stopped hundredweight"
               " (narrator/speech/normalise/history.py, _OLD_MEASURE)")
_INCH_BEFORE_CLAUSE = ("an inch's spaced 'in' before a size's word is read only where the phrase ends there or joins"
                       " another ('12 in wide.', '3 in deep and'), not before a clause that goes on, 'lace 2 in wide"
                       " that took her' (narrator/speech/normalise/shorthand.py, _INCHES_BEFORE_SIZE)")
_PENCE_AFTER_PRICE = ("old pence are read after a word of price just before them ('cost 4d', 'earn 3d'), not with"
                      " words between, 'earn as little as 6d a day' (narrator/speech/normalise/history.py)")

# The standard tests over the articles, with the misses of classes left elsewhere.
globals().update(standard_tests(ARTICLES, KnownMisses(sentences={
    ("peal_report", 1): _OLD_WEIGHT,  # "the tenor, which weighs 27 cwt 1 qr 4 lb"
    ("wi_meeting", 4): _INCH_BEFORE_CLAUSE,  # "a piece of Bucks point lace 2 in wide that took her 140 hrs"
    ("wi_meeting", 6): _PENCE_AFTER_PRICE,  # "might earn as little as 6d a day"
})))


# The three classes of the tuned two thirds' misses, with examples of our own, and beside them what read right before
# and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("\"Please talk to older relatives about this,\" said Sgt P. A. Dodd.", "\"Please talk to older relatives about"
     " this,\" said Sergeant P Eh Dodd."),
    ("\"We will find them,\" said Insp P. J. Rowe.", "\"We will find them,\" said Inspector P J Rowe."),
    ("Cpl J. R. Smith, 24, was injured in the blast.", "Corporal J R Smith, twenty four, was injured in the blast."),
    ("The ship was commanded by Capt W. E. Johns.", "The ship was commanded by Captain W E Johns."),
    ("Det Supt K. Lowe led the inquiry.", "Detective Superintendent K Lowe led the inquiry."),
    ("Lt Col D. M. Reid took the salute.", "Lieutenant Colonel D M Reid took the salute."),
    # guards: a generation's letter, a rank's word with no name after it
    ("Gen Z loves vinyl.", "Gen Z loves vinyl."),
    ("The Sgt wrote it down.", "The Sgt wrote it down."),
])
def test_a_rank_before_a_name_s_initials_is_said_in_full(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("Streams can reach 2 kn at springs, setting E on the flood.", "Streams can reach two knots at springs, setting"
     " east on the flood."),
    ("On the ebb the stream sets W at up to 3 kn.", "On the ebb the stream sets west at up to three knots."),
    ("The river flows S for 12 miles to the sea.", "The river flows south for twelve miles to the sea."),
    ("Steer N until the light is abeam.", "Steer north until the light is abeam."),
    ("The current flowed E all night.", "The current flowed east all night."),
    ("Keep the buoy to port, setting SW on the flood.", "Keep the buoy to port, setting southwest on the flood."),
    ("The tide sets NE at springs.", "The tide sets northeast at springs."),
    # guards: letters named in a list after a noun "sets", a letter before the verb
    ("Take the sets E and F.", "Take the sets E and F."),
    ("Vitamin E flows from the diet.", "Vitamin E flows from the diet."),
])
def test_a_point_after_a_tide_s_or_a_helm_s_verb_is_said(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("For updates, follow @KetteringRT after 3pm.", "For updates, follow at Kettering R.T after three PM."),
    ("Follow @NorfolkWT for updates.", "Follow at Norfolk W.T for updates."),
    ("Follow @CornwallFRS on X.", "Follow at Cornwall F.R.S on X."),
    ("Tickets from @HullKR today.", "Tickets from at Hull K.R today."),
    ("Follow @SurreyCCC for scores.", "Follow at Surrey C.C.C for scores."),
    # words run together before the capitals are parted too ("YouTube TV": the same rule, written for the class by a
    # set of its own the same round); guards: a lone closing capital, capitals alone
    ("Follow @YouTubeTV today.", "Follow at You Tube T.V today."),
    ("Follow @SpaceX now.", "Follow at Space X now."),
    ("Follow @NASA now.", "Follow at Nasa now."),
])
def test_a_handle_of_a_word_and_closing_capitals_is_said_apart(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


# The kept third's classes, left to the modules their reasons name, with examples of our own and the guards beside them.
@pytest.mark.parametrize(("written", "said"), [
    left("The bell weighs 9 cwt 3 qrs 12 lb.", "The bell weighs nine hundredweight three quarters twelve pounds.",
         _OLD_WEIGHT),
    left("The cheese weighed 2 qr 10 lb.", "The cheese weighed two quarters ten pounds.", _OLD_WEIGHT),
    ("It weighs 4 lb.", "It weighs four pounds."),  # guard
    left("She wove a ribbon 2 in wide that she dyed herself.", "She wove a ribbon two inches wide that she dyed"
         " herself.", _INCH_BEFORE_CLAUSE),
    left("It was a board 9 in long that had split.", "It was a board nine inches long that had split.",
         _INCH_BEFORE_CLAUSE),
    ("He scored 2 in the first half.", "He scored two in the first half."),  # guard: the preposition
    left("A farm labourer might earn as little as 9d a day.", "A farm labourer might earn as little as ninepence a"
         " day.", _PENCE_AFTER_PRICE),
    ("Tea could earn 3d a pound at market.", "Tea could earn threepence a pound at market."),  # guard: read already
    ("Cell 4d has the total.", "Cell four d has the total."),  # guard: no price
])
def test_the_kept_third_s_classes_left(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize("token", ["Sgt P. ", "Insp A. B. ", "Gen Z. ", "sets E ", "flows SW ", "steer N and ",
                                   "@KetteringRT ", "@AbcDEFG "])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """The rules on many repeats of what they eat cost time in proportion to the text."""
    check_linear(token, small=300)

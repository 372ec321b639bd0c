"""Fourteen whole articles of our own (issue #10), of kinds nobody had read end to end (an air show, bathing water
results, a climbing World Cup, a retailer's administration, a dog show, a drug seizure, a fishing quota deal, a heritage
railway's reopening, a giant pumpkin weigh-off, recycling rates, a sheepdog trial, a telescope's first images, a whale
stranding and a woodland planting survey), through `narrator preview --json`: the intro, the chapters, and every
sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator. FIRST READING (main at ef21f9b1): 1 of
14 articles, 158 of 196 sentences said, 13 of 14 intros; the two thirds tuned 1 of 10 articles, 120 of 144 sentences;
the third kept aside (every third name in order: climbing competition, drug seizure, pumpkin weigh-off, telescope's
first light) 0 of 4, 38 of 52, 3 of 4 intros. Most misses were the expectations': written with curly apostrophes,
whose possessive "s" the harness hears as a lone letter (every earlier set's JSON has straight ones), which with them
left 132 of 144 and 49 of 52; then the tuned part's were brought to the house's forms (a title's "Dr" as written,
"A419" as "Eh four nineteen", "a U.S Air Force" at a sentence's start, "per one hundred milliliters", ICES said as a
word, a phone number's "zero"): 5 of 10 articles, 138 of 144.

Five classes were left in the tuned part, each read since by a rule: a hectare named with no number ("trees per ha");
four digits after a number sign, said in pairs ("No. 5643", a locomotive); colony-forming units ("500 cfu/100ml");
a show animal's "Ch." ("a standard poodle, Ch. Tallis Moonlight", read "Chateau" and cut from its sentence by the
segmenter). With them the tuned part 9 of 10 articles, 143 of 144; its one miss is the known one below. The kept third,
read once after that, did not move: 2 of 4, 49 of 52; two of its misses were house forms ("Class Eh", a phone number's
zeros), to which its expectations were then brought (3 of 4, 51 of 52), and one a class of its own, a month's two days
joined by "and" ("Oct. 16 and 17" as "October sixteenth and seventeen"), read since by a rule written after that
reading: 4 of 4, 52 of 52.

Read after it had been read (by a later sweep's rules, tests/test_speech_left57b.py: four capitals opening with two
consonants no word opens with are spelled, unless a "J" or a "Q" leads or the capitals are a format said as a letter
and a word, and five letters or more are left): the whale stranding's 'CSIP', the strandings programme's
initials, spelled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech import segment
from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles31", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

# The standard tests over the articles ("CSIP", once a known miss, read since: see the docstring's end).
globals().update(standard_tests(ARTICLES, KnownMisses()))


# The classes the tuned two thirds' misses belonged to, each with examples of our own, and beside them what read right
# before and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("Most were planted at 2,000 trees per ha.", "Most were planted at two thousand trees per hectare."),
    ("Yields of 8 tonnes per ha are common on the plain.", "Yields of eight tonnes per hectare are common on the"
     " plain."),
    ("The grant is £300 a ha for ten years.", "The grant is three hundred pounds a hectare for ten years."),
    ("Land is measured in ha, not acres.", "Land is measured in ha, not acres."),  # guard: "in" only before a unit
    ("He tried not to laugh and said ha ha.", "He tried not to laugh and said ha ha."),  # guard: laughter
    ("We need to ha ha our way through it.", "We need to ha ha our way through it."),  # guard
    ("The farm covers 40 ha.", "The farm covers forty hectares."),  # guard: after a number
])
def test_a_hectare_named_with_no_number(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The line's star is No. 4472, built in 1923.", "The line's star is number forty four seventy two, built in"
     " nineteen twenty three."),
    ("No. 6233 hauled the first train.", "number sixty two thirty three hauled the first train."),
    ("Bus no. 1905 was late again.", "Bus number nineteen o five was late again."),
    ("Engine No. 1000 is in the museum.", "Engine number one thousand is in the museum."),  # a round thousand
    ("She wore No. 10 for Wales.", "She wore number ten for Wales."),  # guard: fewer digits
    ("Order no. 4471 was lost.", "Order number four thousand four hundred seventy one was lost."),  # guard: a code's
    ("No. 1,250 was the last.", "number one thousand two hundred fifty was the last."),  # guard: a count's comma
    ("Case No. 1:23-cv-04567 was filed.", "Case number one, twenty three, C.V, zero four five six seven was"
     " filed."),  # guard: a docket's number, read by its own rule
])
def test_four_digits_after_a_number_sign_are_said_in_pairs(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("Counts above 250 cfu/100ml close the pool.", "Counts above two hundred and fifty colony-forming units per one"
     " hundred milliliters close the pool."),
    ("Each plate grew about 40 CFU.", "Each plate grew about forty colony-forming units."),
    ("A dose of 1 cfu per gram was enough.", "A dose of one colony-forming unit per gram was enough."),
    ("The vaccine held 10,000 pfu of virus.", "The vaccine held ten thousand plaque-forming units of virus."),
    ("The cfu count fell.", "The cfu count fell."),  # guard: with no number, left
])
def test_a_count_of_colonies_is_named(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The best bitch was a whippet, Ch. Silver Lining, bred in Kent.", "The best bitch was a whippet, Champion"
     " Silver Lining, bred in Kent."),
    ("The colt was sired by Ch. Northern Star.", "The colt was sired by Champion Northern Star."),
    ("The spaniel, Ch. Rosewood Amber, took the group. She is four.", "The spaniel, Champion Rosewood Amber, took the"
     " group. She is four."),
    ("We opened Ch. Palmer 2010 with the lamb.", "We opened Chateau Palmer twenty ten with the lamb."),  # guard: wine
    ("Read Ch. 4 before the class.", "Read Chapter four before the class."),  # guard: a chapter
])
def test_a_show_animal_s_title(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("text", "sentences"), [
    ("The winner was a poodle, Ch. Tallis Moonlight, owned by the Kemps. They live in Kent.",
     ["The winner was a poodle, Ch. Tallis Moonlight, owned by the Kemps.", "They live in Kent."]),
    ("We tasted Ch. Margaux and Ch. Latour. Both were young.",
     ["We tasted Ch. Margaux and Ch. Latour.", "Both were young."]),
    ("The notes are in the last Ch. The index follows.", ["The notes are in the last Ch.", "The index follows."]),
])
def test_ch_before_a_name_holds_on_to_it(text: str, sentences: list[str]) -> None:
    assert segment.sentences(text) == sentences


@pytest.mark.parametrize(("written", "said"), [
    ("The fair is on Oct. 16 and 17, from 10 a.m.", "The fair is on October sixteenth and seventeenth, from ten AM."),
    ("Polls open on November 3 or 4, officials said.", "Polls open on November third or fourth, officials said."),
    ("The ferry sails on June 5 and 12 this year.", "The ferry sails on June fifth and twelfth this year."),
    ("By May 3 and 4 others had joined.", "By May third and four others had joined."),  # guard: a count after
    ("March 3 to 5, 2026", "March third to fifth, twenty twenty six"),  # guard: a span, as before
    ("on 16 and 17 October", "on the sixteenth and the seventeenth of October"),  # guard: the day first, as before
])
def test_a_month_s_two_days_joined_by_and_or_or(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize("token", ["Oct. 16 and ", "May 3 and 4 ", "No. 1234 ", "No. ", "1234 ", "per ha ", "£3 a ha ",
                                   "5 cfu/100ml ", "Ch. Tallis ", "Ch. ", "poodle Ch. Rex "])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of what it eats costs time in proportion to the text."""
    check_linear(token, small=300)

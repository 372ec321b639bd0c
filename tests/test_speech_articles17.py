"""Fourteen whole articles of our own (h96, issue #10), of kinds nobody had read end to end (a rocket launch report,
a start-up's funding round, a car review, a horse race's odds preview, a fishing and tides column, a pharmacist's
advice column, a video game patch review, an auction report, a bus detour notice, an allotment society's newsletter, a
cricket report, a manga review, a title fight's report and a planning committee's decision), through `narrator preview
--json`: the intro, the chapters, and every sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator (3 of 14 articles and 206 of 228
sentences right); after that first reading, the expectations were brought to the house's own forms where they, not
narrator, strayed from them (each a convention a listener accepts): "AM" and "PM" for "a.m." and "p.m."; "Dr" and "Mr"
left to the voice, as in articles15's obituary; "$2.50" is "two dollars fifty cents"; a telephone's 0 is "zero"; the A
road "A361" is "Eh three sixty one", as articles15's weather warning's "Eh sixty six"; a zone of three letters after a
time is left joined, "ten forty two PM EDT", which engines spell (h104: after "10:42" as after "10:42 p.m.",
clock._zone). An article whose own dates give no order has its intro's date read day first where its spellings and
money are plainly British (h104: "the eighth of April" for the London start-up, "the twelfth of August" for the
planning committee), else month first ("April eighth"). What is compared is what a listener hears: punctuation that is
not voiced is ignored; case and the stops inside initialisms ("U.K") are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech import segment
from tests.articles import INITIALISM_PLURAL, LONE_LETTER, RESPELLED, SAME_SOUND, Articles, KnownMisses, standard_tests

# The house's sounds, and three more from the harness, each before the rule that would change what it looks for.
ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles17",
                    (*SAME_SOUND[:4], INITIALISM_PLURAL, LONE_LETTER, RESPELLED, *SAME_SOUND[4:]))

# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_HTML = "h95: narrator/clean/ (HTML)"
_ELSEWHERE: dict[tuple[str, int], str] = {
    ("pharmacy_advice", 4): f"an advice column's reader who signs her question, a paragraph 'Margaret, Swansea'"
                            f" under it, is dropped as clutter ({_HTML})",
}
# A sentence whose end the voice is not given (name, sentence index) -> the class and the module.
_ENDED_ELSEWHERE: dict[tuple[str, int], str] = {}
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


# The standard tests over the articles, their known misses above marked as strict xfails.
globals().update(standard_tests(ARTICLES, KnownMisses(
    facts=_FACTS_ELSEWHERE, fact_written=_FACT_WRITTEN_ELSEWHERE, intro=_INTRO_ELSEWHERE,
    chapters=_CHAPTERS_ELSEWHERE, sentences=_ELSEWHERE, ended=_ENDED_ELSEWHERE, more=_MORE_ELSEWHERE)))


# Cuts the articles' kinds ask of the sentence splitter (a detour notice's streets, a newsletter's, a review's volumes,
# a funding story's country), each beside near-misses that must not change.
@pytest.mark.parametrize(("text", "expected"), [
    ("Crews will rebuild the bridge on Main St. Riders who board downtown will see the changes.",
     ["Crews will rebuild the bridge on Main St.", "Riders who board downtown will see the changes."]),
    ("Buses rejoin the route at 12th St. Stops on Main St. between them will be closed.",
     ["Buses rejoin the route at 12th St.", "Stops on Main St. between them will be closed."]),
    ("We will clear the ditch along Church St. Volunteers get tea and cake.",
     ["We will clear the ditch along Church St.", "Volunteers get tea and cake."]),
    ("Rents went up again in the U.K. Tenants say they cannot keep up.",
     ["Rents went up again in the U.K.", "Tenants say they cannot keep up."]),
    ("It is the third new rocket to fly this year from the U.S. Rivals in Europe have yet to fly.",
     ["It is the third new rocket to fly this year from the U.S.", "Rivals in Europe have yet to fly."]),
    ("Then I read the second vol. I liked it even more.", ["Then I read the second vol.", "I liked it even more."]),
    ("I have only read Vol. I think the second is better.", ["I have only read Vol.", "I think the second is better."]),
    ("My sister lent me her copy of Vol. I. I was hooked within ten pages.",
     ["My sister lent me her copy of Vol. I.", "I was hooked within ten pages."]),
    ("My grandfather served in World War I. I never asked him about it.",
     ["My grandfather served in World War I.", "I never asked him about it."]),
    # guards: a saint's name or a building after a street, a body after the country, a numeral that is one, an initial
    ("The stop outside St. Mary's Hospital on Oak St. will be served by both routes.",
     ["The stop outside St. Mary's Hospital on Oak St. will be served by both routes."]),
    ("The ash cloud over Mount St. Helens grew all day.", ["The ash cloud over Mount St. Helens grew all day."]),
    ("In St. James the crowds were thinner.", ["In St. James the crowds were thinner."]),
    ("The old Church St. Houses were sold.", ["The old Church St.", "Houses were sold."]),
    ("Tenants of the Main St. Apartments were moved out.", ["Tenants of the Main St. Apartments were moved out."]),
    ("He joined the U.S. Marines at 18.", ["He joined the U.S. Marines at 18."]),
    ("Seized goods go to the U.S. Customs and Border Protection office.",
     ["Seized goods go to the U.S. Customs and Border Protection office."]),
    ("The 25 Toughest U.S. Colleges to Get Into", ["The 25 Toughest U.S. Colleges to Get Into"]),
    ("Vol. I is darker than Vol. II of the series.", ["Vol. I is darker than Vol. II of the series."]),
    ("Read Vol. I of the series first.", ["Read Vol. I of the series first."]),
    ("It was J. I. Packer who wrote it.", ["It was J. I. Packer who wrote it."]),
    # a street's "St." before a common noun and its verb (h111: segment._noun_then_verb)
    ("The parade closes Main St. Traffic will be diverted.",
     ["The parade closes Main St.", "Traffic will be diverted."]),
])
def test_sentences_of_these_kinds_are_cut_where_they_end(text: str, expected: list[str]) -> None:
    assert segment.sentences(text) == expected

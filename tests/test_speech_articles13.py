"""Eighteen whole articles of our own (h64, issue #10), of kinds nobody had read end to end (an earnings story, a
science explainer, a drug trial, a rail strike, house prices, a phone review, a history feature, a sports preview, a
how-to, arts listings, a tax explainer, Indian, Canadian and South African news, a personal essay, a live blog, a wire
story and an exhibition), through `narrator preview --json`: the intro (title, standfirst, byline and date), the
chapters, and every sentence of the body said once, in order, as a newsreader would say it, and nothing else.

Each article's .json was written before the article was first read by narrator. What is compared is what a listener
hears: punctuation that is not voiced (commas, brackets, quotes, dashes, a word's final stop) is ignored; case and the
stops inside initialisms ("U.S") are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.articles import Articles, KnownMisses, standard_tests

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles13")

# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_NORMALISE = "narrator/speech/normalise"
_ELSEWHERE: dict[tuple[str, int], str] = {
    ("arts_listings", 2): "a listing's 'Sat' before 'at' and a time is read as written, 'sat' (a weekday's short form:"
                          " narrator/speech/normalise/weekdays.py, h66's; its 'conc.' is 'concessions' since h68)",
    ("drug_trial", 3): f"a trial's '95% CI' is spelled 'C.I', as clinicians and the house's earlier sweeps say it,"
                       f" where this body writes 'confidence interval' (its 'HR 0.74' is 'hazard ratio' since h68)"
                       f" ({_NORMALISE})",
    ("house_prices", 5): f"a postcode's inward letters, the 'DJ' of 'E2 7DJ', are 'D J' without the stop of"
                         f" 'S.W' ({_NORMALISE})",
    ("science_explainer", 3): f"a power in a fraction, '1/λ⁴', is 'one over lambda to the power of four' (since h68;"
                              f" it was 'one or lambda'), where this body writes 'to the fourth power' ({_NORMALISE})",
    ("sports_preview", 4): f"a result's score '2-2' is read as a range, 'two to two' ({_NORMALISE})",
}
# The article's facts and intro, where the cleaner finds them otherwise (name -> the class and the module).
_FACTS_ELSEWHERE: dict[str, str] = {}  # none since h67 (a month and year is the date, "2026-03")
# The intro misread where the facts are right (name -> the class and the module).
_INTRO_ELSEWHERE: dict[str, str] = {}
# What is said beyond the expected sentences (name -> the class and the module).
_MORE_ELSEWHERE: dict[str, str] = {}
# A sentence whose end the voice is not given (name, sentence index) -> the class and the module: its last words
# are said otherwise (or not at all), as each says.
_ENDED_ELSEWHERE: dict[tuple[str, int], str] = {
    key: f"its last words are not said as written: {_ELSEWHERE[key]}" for key in (("sports_preview", 4),)
}


# The standard tests over the articles, their known misses above marked as strict xfails.
globals().update(standard_tests(ARTICLES, KnownMisses(
    facts=_FACTS_ELSEWHERE, intro=_INTRO_ELSEWHERE, sentences=_ELSEWHERE, ended=_ENDED_ELSEWHERE,
    more=_MORE_ELSEWHERE)))


@pytest.mark.parametrize(("name", "item", "next_said"), [
    ("howto_backup", "The rsync program, which most distributions include", "Steps"),
    ("phone_review", "Weight: six point eight ounces (one hundred ninety three grams)", "Battery life"),
])
def test_a_list_s_last_item_ends_with_a_paragraph_s_pause(name: str, item: str, next_said: str) -> None:
    ARTICLES.check_list_pause(name, item, next_said)

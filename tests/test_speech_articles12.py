"""Twelve whole articles of our own (h56, issue #10), of kinds nobody had read end to end (minutes, a match report, a
review, a recipe, travel, release notes, a press release, an obituary, election results, a court report, a weather
warning, a long read), through `narrator preview --json`: the intro (title, standfirst, byline and date), the chapters,
and every sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator. What is compared is what a listener
hears: punctuation that is not voiced (commas, brackets, quotes, dashes, a word's final stop) is ignored; case and the
stops inside initialisms ("U.S") are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.articles import Articles, KnownMisses, standard_tests

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles12")

# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_NORMALISE = "narrator/speech/normalise"
_ELSEWHERE: dict[tuple[str, int], str] = {
    # the house leaves a page's footnotes out, as reference matter (a Markdown [^1]'s text, an endnote list's, and
    # pages6's footnotes_essay's), where this article's reader hears them at its end (h59)
    ("longread", 17): "footnotes in an <aside> are left out (clean): the house reads no footnotes",
    ("longread", 18): "footnotes in an <aside> are left out (clean): the house reads no footnotes",
    ("parish_minutes", 11): f"a reference's letters, the 'FUL' of '25/01234/FUL', are spelled 'F.U.L'"
                            f" ({_NORMALISE})",
    ("release_notes", 3): f"'>=' is 'at least' by the house's choice (signs.comparisons); the article has 'greater"
                          f" than or equal to' ({_NORMALISE})",
}
# The article's facts and intro, where the cleaner finds them otherwise (name -> the class and the module).
_FACTS_ELSEWHERE: dict[str, str] = {
}
# A sentence whose end the voice is not given (name, sentence index) -> the class and the module: its last words
# are said otherwise (or not at all), as each says.
_ENDED_ELSEWHERE: dict[tuple[str, int], str] = {
    key: f"its last words are not said as written: {_ELSEWHERE[key]}" for key in (("longread", 17), ("longread", 18))
}


# The standard tests over the articles, their known misses above marked as strict xfails.
globals().update(standard_tests(ARTICLES, KnownMisses(
    facts=_FACTS_ELSEWHERE, sentences=_ELSEWHERE, ended=_ENDED_ELSEWHERE), nothing_else=False))


@pytest.mark.parametrize(("name", "item", "next_said"), [
    ("product_review", "Cons: expensive, only two ports", "This article was read by a synthetic voice."),
    ("recipe_blog", "two large eggs", "Method"),
    ("release_notes", "Upgraded the bundled zlib to one point three point one.", "Upgrading"),
])
def test_a_list_s_last_item_ends_with_a_paragraph_s_pause(name: str, item: str, next_said: str) -> None:
    ARTICLES.check_list_pause(name, item, next_said)

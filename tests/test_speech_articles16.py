"""Twelve whole articles of our own (h88, issue #10), of kinds nobody had read end to end (a cycling stage report, a
building society's rate-change notice, a US city budget story, a volcano eruption update, a hospital waiting-times
story, a local election result, a theatre listing feature, a fashion week report, a chess round-up, a phone teardown,
a university ranking story and a wine vintage report), through `narrator preview --json`: the intro, the chapters,
and every sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator. What is compared is what a listener
hears: punctuation that is not voiced is ignored; case and the stops inside initialisms ("U.K") are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.articles import INITIALISM_PLURAL, LONE_LETTER, RESPELLED, SAME_SOUND, Articles

# The house's sounds, and three more from the harness, each before the rule that would change what it looks for.
ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles16",
                    (*SAME_SOUND[:4], INITIALISM_PLURAL, LONE_LETTER, RESPELLED, *SAME_SOUND[4:]))

# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_ELSEWHERE: dict[tuple[str, int], str] = {}
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


@pytest.mark.parametrize("name", ARTICLES.article_cases(_FACTS_ELSEWHERE, _FACT_WRITTEN_ELSEWHERE))
def test_the_article_s_facts_are_found(name: str) -> None:
    ARTICLES.check_facts(name)


@pytest.mark.parametrize("name", ARTICLES.article_cases(_FACTS_ELSEWHERE, _INTRO_ELSEWHERE))
def test_the_intro_says_title_standfirst_byline_and_date(name: str) -> None:
    ARTICLES.check_intro(name)


@pytest.mark.parametrize("name", ARTICLES.article_cases(_CHAPTERS_ELSEWHERE))
def test_the_chapters_are_the_headings(name: str) -> None:
    ARTICLES.check_chapters(name)


@pytest.mark.parametrize(("name", "index"), ARTICLES.sentence_cases(_ELSEWHERE))
def test_each_sentence_is_said_once_and_in_order(name: str, index: int) -> None:
    ARTICLES.check_sentence(name, index)


@pytest.mark.parametrize("name", ARTICLES.article_cases(_MORE_ELSEWHERE))
def test_nothing_else_is_said_and_nothing_lost(name: str) -> None:
    ARTICLES.check_nothing_else(name)

"""Fourteen whole articles of our own (h64, issue #10), of kinds nobody had read end to end (an earnings story, a science
explainer, a drug trial, a rail strike, house prices, a phone review, a history feature, a sports preview, a how-to, arts
listings, a tax explainer, and Indian, Canadian and South African news), through `narrator preview --json`: the intro
(title, standfirst, byline and date), the chapters, and every sentence of the body said once, in order, as a newsreader
would say it.

Each article's .json was written before the article was first read by narrator. What is compared is what a listener
hears: punctuation that is not voiced (commas, brackets, quotes, dashes, a word's final stop) is ignored; case and the
stops inside initialisms ("U.S") are not.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator.cli import main

_ARTICLES = Path(__file__).parent / "fixtures" / "speech" / "articles13"
_WORDS_TO_COUNT = 4
_NAMES = sorted(path.stem for path in _ARTICLES.glob("*.json"))
_UNVOICED = re.compile(r"[,;:()\"\u201c\u201d\u2014\u2013!?-]")
_FINAL_STOP = re.compile(r"\.(?=\s|$)")
# Spellings a voice says alike: British and American spellings of a unit, "per cent", a capitalised word and the word,
# "oh" and "o" for a zero in a time, and the house's "and" after "hundred" or "thousand", which our readings of
# amounts and measures keep and of counts drop (numbers.cardinal_with_and), both of them English.
_SAME_SOUND = (
    (re.compile(r"\bper cent\b"), "percent"),
    (re.compile(r"metres\b"), "meters"),
    (re.compile(r"\bnorth west\b"), "northwest"),
    (re.compile(r"\boh\b"), "o"),
    (re.compile(r"\bMs\b"), "Miz"),
    (re.compile(r"\b(hundred|thousand) and\b"), r"\1"),
    (re.compile(r"\b[A-Z][a-z]+\b"), lambda word: word.group(0).lower()),
)


def heard(text: str) -> str:
    """What a listener hears of a text: its words and the stops inside them, without unvoiced punctuation."""
    said = " ".join(_FINAL_STOP.sub(" ", _UNVOICED.sub(" ", text)).split())
    for spelling, sound in _SAME_SOUND:
        said = spelling.sub(sound, said)
    return said


def _source(name: str) -> Path:
    """The article's file (HTML, Markdown or plain text) beside its expectations."""
    return next(path for path in _ARTICLES.glob(f"{name}.*") if path.suffix != ".json")


@cache
def _expected(name: str) -> dict[str, Any]:
    """The article's expectations, written before narrator read it."""
    result: dict[str, Any] = json.loads((_ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    return result


@cache
def _preview(name: str) -> dict[str, Any]:
    """`narrator preview --json` on the article."""
    result = CliRunner().invoke(main, ["preview", str(_source(name)), "--json"])
    assert result.exit_code == 0, result.output
    shown: dict[str, Any] = json.loads(result.stdout)
    return shown


def _stream(name: str) -> str:
    """Everything said, as heard, segment after segment."""
    return " ".join(heard(segment["text"]) for segment in _preview(name)["segments"])


# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_NORMALISE = "narrator/speech/normalise"
_ELSEWHERE: dict[tuple[str, int], str] = {
}
# The article's facts and intro, where the cleaner finds them otherwise (name -> the class and the module).
_FACTS_ELSEWHERE: dict[str, str] = {
}


def _article_cases() -> list[Any]:
    """One case per article, those whose facts the cleaner finds otherwise marked as strict xfails."""
    return [pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=_FACTS_ELSEWHERE[name])]
                         if name in _FACTS_ELSEWHERE else [], id=name) for name in _NAMES]


def _sentence_cases() -> list[Any]:
    """One case per expected body sentence, those misread elsewhere marked as strict xfails."""
    cases = []
    for name in _NAMES:
        for index, _ in enumerate(_expected(name)["body"]):
            reason = _ELSEWHERE.get((name, index))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(name, index, marks=marks, id=f"{name}-{index}"))
    return cases


@pytest.mark.parametrize("name", _article_cases())
def test_the_article_s_facts_are_found(name: str) -> None:
    expected, shown = _expected(name), _preview(name)
    found = {key: shown[key] or None for key in ("title", "byline", "published", "standfirst")}
    assert found == {key: expected[key] or None for key in found}


@pytest.mark.parametrize("name", _article_cases())
def test_the_intro_says_title_standfirst_byline_and_date(name: str) -> None:
    intro = _expected(name)["intro"]  # the title, the standfirst and the byline are a segment each
    said = [segment["text"] for segment in _preview(name)["segments"][:len(intro)]]
    assert heard(" ".join(said)) == heard(" ".join(intro))


@pytest.mark.parametrize("name", _NAMES)
def test_the_chapters_are_the_headings(name: str) -> None:
    chapters = list(dict.fromkeys(segment["chapter"] for segment in _preview(name)["segments"]))
    assert chapters == _expected(name)["chapters"]


@cache
def _in_order(name: str) -> tuple[bool, ...]:
    """For each expected sentence, whether it is said after the one before it that was said (the title first)."""
    stream = f" {_stream(name)} "
    position = len(heard(_expected(name)["intro"][0]))
    found = []
    for sentence in _expected(name)["body"]:
        at = stream.find(f" {heard(sentence)} ", position)
        found.append(at >= 0)
        position = at + len(heard(sentence)) if at >= 0 else position
    return tuple(found)


@pytest.mark.parametrize(("name", "index"), _sentence_cases())
def test_each_sentence_is_said_once_and_in_order(name: str, index: int) -> None:
    stream = f" {_stream(name)} "
    sentence = f" {heard(_expected(name)['body'][index])} "
    assert sentence in stream, f"{sentence!r} not said in {stream!r}"
    if len(sentence.split()) >= _WORDS_TO_COUNT:  # a heading of a word or two may be said again in a sentence
        assert stream.count(sentence) == 1, f"{sentence!r} said {stream.count(sentence)} times"
    assert _in_order(name)[index], "said out of order"

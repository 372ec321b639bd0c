"""Fifteen whole articles of our own (h71, issue #10), of kinds nobody had read end to end (a restaurant review, a film
review, a personal-finance column, an aviation incident report, a Formula 1 race report, a Mars mission update, a US
product recall, an NHS health page, a Kubernetes blog post, a gardening column, a charity appeal, a lecture transcript,
a Scottish and Welsh politics story, a New Zealand story and an op-ed with its author's note), through `narrator preview
--json`: the intro, the chapters, and every sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator; after that first reading, five
sentences were brought to the house's own forms where the expectation, not narrator, strayed from them: a road's lone
capital "A9" is "Eh nine" (the house's letter A), "NASA" is the word "Nasa", and "£9.50" is "nine pounds fifty pence"
(as the prose sweeps say it). What is compared is what a listener hears: punctuation that is not voiced is ignored;
case and the stops inside initialisms ("U.S") are not.
"""

from __future__ import annotations

import difflib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator.cli import main

_ARTICLES = Path(__file__).parent / "fixtures" / "speech" / "articles14"
_WORDS_TO_COUNT = 4
_NAMES = sorted(path.stem for path in _ARTICLES.glob("*.json"))
_UNVOICED = re.compile(r"[,;:()\"\u201c\u201d\u2014\u2013!?-]")
_FINAL_STOP = re.compile(r"\.(?=\s|$)")
# Spellings a voice says alike: British and American spellings of a unit (one or many), "per cent", a capitalised
# word and the word, "oh" and "o" for a zero in a time, and the house's "and" after "hundred" or "thousand", which our
# readings of amounts and measures keep and of counts drop (numbers.cardinal_with_and), both of them English.
_SAME_SOUND = (
    (re.compile(r"\bper cent\b"), "percent"),
    (re.compile(r"metre(s?)\b"), r"meter\1"),
    (re.compile(r"\bnorth west\b"), "northwest"),
    (re.compile(r"\boh\b"), "o"),
    (re.compile(r"\bMs\b"), "Miz"),
    (re.compile(r"\b(hundred|thousand) and\b"), r"\1"),
    (re.compile(r"(?<=[A-Z])\.'s\b"), "s"),  # an initialism's plural, "M.S.P.'s" or "M.S.Ps"
    (re.compile(r"\b[A-Z][a-z]+\b"), lambda word: word.group(0).lower()),
    (re.compile(r"\b[b-z]\b"), lambda letter: letter.group(0).upper()),  # a letter said alone, "p99" (not "a")
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
_CLEAN = "narrator/clean"
_ELSEWHERE: dict[tuple[str, int], str] = {
    ("aviation_report", 1): f"a flight number, 'BA283', is 'B.A two eighty three', not its digits 'two eight three'"
                            f" ({_NORMALISE})",
    ("finance_column", 2): f"an acronym said as a word, 'ISA', is said 'Isa' as the house says 'Nato' (h72: it was"
                           f" spelled 'I.S.A'), where the expectation writes it 'ISA' and heard() folds neither to the"
                           f" other ({_NORMALISE})",
    ("k8s_blog", 0): f"a version after another, 'from 1.29 to 1.31', is 'one point three one' where the title's"
                     f" 'Kubernetes 1.31' is 'one point thirty one' ({_NORMALISE})",
    ("k8s_blog", 4): f"a port, 'port 8080', is 'eight zero eight zero', not 'eighty eighty' ({_NORMALISE})",
    ("k8s_blog", 5): f"a version alone, 'With 1.31 we', is 'one point three one' ({_NORMALISE})",
}
# The article's facts and intro, where the cleaner finds them otherwise (name -> the class and the module).
_FACTS_ELSEWHERE: dict[str, str] = {}
# The intro misread where the facts are right (name -> the class and the module).
_INTRO_ELSEWHERE: dict[str, str] = {
    "aviation_report": _ELSEWHERE[("aviation_report", 1)],
}
# What is said beyond the expected sentences (name -> the class and the module).
_MORE_ELSEWHERE: dict[str, str] = {}
# Chapters other than the headings (name -> the class and the module).
_CHAPTERS_ELSEWHERE: dict[str, str] = {}


def _marked(name: str, reasons: dict[str, str]) -> Any:
    """The article as a case, a strict xfail where reasons name it."""
    return pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=reasons[name])] if name in reasons else [],
                        id=name)


def _article_cases(*reasons: dict[str, str]) -> list[Any]:
    """One case per article, those whose reasons name it (the first that does) marked as strict xfails."""
    return [_marked(name, next((found for found in reasons if name in found), {})) for name in _NAMES]


def _sentence_cases() -> list[Any]:
    """One case per expected body sentence, those misread elsewhere marked as strict xfails."""
    cases = []
    for name in _NAMES:
        for index, _ in enumerate(_expected(name)["body"]):
            reason = _ELSEWHERE.get((name, index))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(name, index, marks=marks, id=f"{name}-{index}"))
    return cases


@pytest.mark.parametrize("name", _article_cases(_FACTS_ELSEWHERE))
def test_the_article_s_facts_are_found(name: str) -> None:
    expected, shown = _expected(name), _preview(name)
    found = {key: shown[key] or None for key in ("title", "byline", "published", "standfirst")}
    assert found == {key: expected[key] or None for key in found}


@pytest.mark.parametrize("name", _article_cases(_FACTS_ELSEWHERE, _INTRO_ELSEWHERE))
def test_the_intro_says_title_standfirst_byline_and_date(name: str) -> None:
    intro = _expected(name)["intro"]  # the title, the standfirst and the byline are a segment each
    said = [segment["text"] for segment in _preview(name)["segments"][:len(intro)]]
    assert heard(" ".join(said)) == heard(" ".join(intro))


@pytest.mark.parametrize("name", _article_cases(_CHAPTERS_ELSEWHERE))
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


# A run of this many words said beyond what is expected (or expected and not said) is a passage, not a misread word.
_PASSAGE_WORDS = 3


@pytest.mark.parametrize("name", _article_cases(_MORE_ELSEWHERE))
def test_nothing_else_is_said_and_nothing_lost(name: str) -> None:
    """No passage is said that the article's reader would not say (code, a caption, a menu), nor one left out."""
    expected = _expected(name)
    disclosure = _preview(name)["segments"][-1]["text"]
    said = _stream(name).split()
    wanted = heard(" ".join([*expected["intro"], *expected["body"], disclosure])).split()
    matcher = difflib.SequenceMatcher(None, wanted, said, autojunk=False)
    passages = [(op, wanted[i1:i2], said[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()
                if op in ("insert", "delete") and max(i2 - i1, j2 - j1) >= _PASSAGE_WORDS]
    assert passages == []


def test_a_transcript_s_stage_directions_are_not_said() -> None:
    said = [segment["text"] for segment in _preview("lecture_transcript")["segments"]]
    assert not [text for text in said if "Applause" in text or "Laughter" in text]

"""The harness of the whole-article tests (test_speech_articles12.py to 22): an article's expectations beside it, what
`narrator preview --json` says of it, what a listener hears of both, and the standard tests each file collects
(`standard_tests`), so that a file keeps only its data: its fixtures, its tables of known misses and its own tests.

What is compared is what a listener hears: punctuation that is not voiced (commas, brackets, quotes, dashes, a word's
final stop) is ignored; case and the stops inside initialisms ("U.S") are not.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator.cli import main

_UNVOICED = re.compile(r"[,;:()\"\u201c\u201d\u2014\u2013!?-]")
_FINAL_STOP = re.compile(r"\.(?=\s|$)")
# A mark that ends a sentence as the voice is given it (behind any closing quotes), and the sign that stands for it in a
# heard stream: the voice pauses there, and a listener hears the next sentence begin.
_SENTENCE_MARK = re.compile(r"[.?!]+[\"'\u201d\u2019)]*(?=\s|$)")
_HEARD_END = "\u2016"
# A question or exclamation mark inside a sentence, which the sentence's own words keep ("Which? estimates").
_INNER_MARK = re.compile(r"[?!]+[\"'\u201d\u2019)]*(?=\s)")
Sound = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]
# Spellings a voice says alike: British and American spellings of a unit (one or many), "per cent", a capitalised
# word and the word, "oh" and "o" for a zero in a time, and the house's "and" after "hundred" or "thousand", which our
# readings of amounts and measures keep and of counts drop (numbers.cardinal_with_and), both of them English.
SAME_SOUND: tuple[Sound, ...] = (
    (re.compile(r"\bper cent\b"), "percent"),
    (re.compile(r"metre(s?)\b"), r"meter\1"),
    (re.compile(r"\bnorth west\b"), "northwest"),
    (re.compile(r"\boh\b"), "o"),
    (re.compile(r"\bMs\b"), "Miz"),
    (re.compile(r"\b(hundred|thousand) and\b"), r"\1"),
    (re.compile(r"\b[A-Z][a-z]+\b"), lambda word: word.group(0).lower()),
)
# Sounds an article file may add to the house's, each before the rule that would change what it looks for: an
# initialism's plural or possessive written with or without its last stop ("P.T.A.'s", "P.T.A's"), a letter said
# alone in either case ("k2tog", "p99"; not "a", a word, nor a possessive's "s"), and a word the default lexicon
# respells for the voice ("Wi-Fi" to "wifi", voices/lexicon/default.toml), each before capitalised words are folded.
INITIALISM_PLURAL: Sound = (re.compile(r"(?<=[A-Z])\.'s\b"), "'s")
LONE_LETTER: Sound = (re.compile(r"(?<!')\b[b-z]\b"), lambda letter: letter.group(0).upper())
RESPELLED: Sound = (re.compile(r"\bWi Fi\b"), "wifi")
# A litre and a liter sound alike, as a metre and a meter do: "centilitres", "hectolitres", "megalitres" too.
LITRE: Sound = (re.compile(r"litre(s?)\b"), r"liter\1")
# The house's sounds with the four above and the litre's, each before the rule that would change what it looks for.
HOUSE_SOUNDS: tuple[Sound, ...] = (*SAME_SOUND[:4], LITRE, INITIALISM_PLURAL, LONE_LETTER, RESPELLED, *SAME_SOUND[4:])
# A heading of a word or two may be said again in a sentence: only sentences of this many words are counted.
WORDS_TO_COUNT = 4
# A run of this many words said beyond what is expected (or expected and not said) is a passage, not a misread word.
PASSAGE_WORDS = 3


class Articles:
    """A folder of articles, each with its .json of expectations written before narrator first read it."""

    def __init__(self, folder: Path, same_sound: Sequence[Sound] = SAME_SOUND) -> None:
        self.folder, self.same_sound = folder, tuple(same_sound)
        self.names = sorted(path.stem for path in folder.glob("*.json"))
        self.expected = cache(self._expected)
        self.preview = cache(self._preview)
        self.in_order = cache(self._in_order)

    def heard(self, text: str) -> str:
        """What a listener hears of a text: its words and the stops inside them, without unvoiced punctuation."""
        said = " ".join(_FINAL_STOP.sub(" ", _UNVOICED.sub(" ", text)).split())
        for spelling, sound in self.same_sound:
            said = spelling.sub(sound, said)
        return said

    def source(self, name: str) -> Path:
        """The article's file (HTML, Markdown or plain text) beside its expectations."""
        return next(path for path in self.folder.glob(f"{name}.*") if path.suffix != ".json")

    def _expected(self, name: str) -> dict[str, Any]:
        """The article's expectations, written before narrator read it."""
        result: dict[str, Any] = json.loads((self.folder / f"{name}.json").read_text(encoding="utf-8"))
        return result

    def _preview(self, name: str) -> dict[str, Any]:
        """`narrator preview --json` on the article."""
        result = CliRunner().invoke(main, ["preview", str(self.source(name)), "--json"])
        assert result.exit_code == 0, result.output
        shown: dict[str, Any] = json.loads(result.stdout)
        return shown

    def stream(self, name: str) -> str:
        """Everything said, as heard, segment after segment."""
        return " ".join(self.heard(segment["text"]) for segment in self.preview(name)["segments"])

    def _in_order(self, name: str) -> tuple[bool, ...]:
        """For each expected sentence, whether it is said after the one before it that was said (the title first)."""
        stream = f" {self.stream(name)} "
        position = len(self.heard(self.expected(name)["intro"][0]))
        found = []
        for sentence in self.expected(name)["body"]:
            at = stream.find(f" {self.heard(sentence)} ", position)
            found.append(at >= 0)
            position = at + len(self.heard(sentence)) if at >= 0 else position
        return tuple(found)

    def article_cases(self, *reasons: Mapping[str, str]) -> list[Any]:
        """One case per article, those whose reasons name it (the first that does) marked as strict xfails."""
        cases = []
        for name in self.names:
            reason = next((found[name] for found in reasons if name in found), None)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(name, marks=marks, id=name))
        return cases

    def sentence_cases(self, elsewhere: Mapping[tuple[str, int], str]) -> list[Any]:
        """One case per expected body sentence, those misread elsewhere marked as strict xfails."""
        cases = []
        for name in self.names:
            for index, _ in enumerate(self.expected(name)["body"]):
                reason = elsewhere.get((name, index))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                cases.append(pytest.param(name, index, marks=marks, id=f"{name}-{index}"))
        return cases

    def check_facts(self, name: str) -> None:
        """The title, byline, date and standfirst `preview --json` finds are the expected ones."""
        expected, shown = self.expected(name), self.preview(name)
        found = {key: shown[key] or None for key in ("title", "byline", "published", "standfirst")}
        assert found == {key: expected[key] or None for key in found}

    def check_intro(self, name: str) -> None:
        """The intro's segments say the title, the standfirst, the byline and the date as expected."""
        intro = self.expected(name)["intro"]  # the title, the standfirst and the byline are a segment each
        said = [segment["text"] for segment in self.preview(name)["segments"][:len(intro)]]
        assert self.heard(" ".join(said)) == self.heard(" ".join(intro))

    def check_chapters(self, name: str) -> None:
        """The chapters are the article's headings."""
        chapters = list(dict.fromkeys(segment["chapter"] for segment in self.preview(name)["segments"]))
        assert chapters == self.expected(name)["chapters"]

    def check_sentence(self, name: str, index: int) -> None:
        """The body's sentence is said, once, after the one before it."""
        stream = f" {self.stream(name)} "
        sentence = f" {self.heard(self.expected(name)['body'][index])} "
        assert sentence in stream, f"{sentence!r} not said in {stream!r}"
        if len(sentence.split()) >= WORDS_TO_COUNT:
            assert stream.count(sentence) == 1, f"{sentence!r} said {stream.count(sentence)} times"
        assert self.in_order(name)[index], "said out of order"

    def check_sentence_end(self, name: str, index: int) -> None:
        """The body's sentence, when it ends with a stop or a mark, is given to the voice with it: the next sentence is
        not run on ("the second volume I liked it"), which check_sentence cannot hear."""
        sentence = self.expected(name)["body"][index].rstrip("\"'\u201d\u2019)")
        if not sentence.endswith((".", "?", "!")):
            return  # a heading, a list's item or its lead: ended by its block, not by a mark
        said = " ".join(segment["text"] for segment in self.preview(name)["segments"])
        marked = f" {self.heard(_SENTENCE_MARK.sub(f' {_HEARD_END} ', said))} "
        tail = self._tail(sentence)
        assert f" {tail} {_HEARD_END} " in marked, f"{tail!r} is not heard to end its sentence"

    def _tail(self, sentence: str) -> str:
        """The sentence's last two words as heard, with the question or exclamation marks the sentence itself has
        between them: a name with one in it ("the consumer group Which? estimates") is given to the voice with its
        mark, which ends nothing (a stop inside, as an initial's "R. Webb", is not given to the voice)."""
        words = self.heard(_INNER_MARK.sub(f" {_HEARD_END} ", sentence)).split()
        start, counted = len(words), 0
        while start > 0 and counted < 2:
            start -= 1
            counted += words[start] != _HEARD_END
        return " ".join(words[start:])

    def check_nothing_else(self, name: str) -> None:
        """No passage is said that the article's reader would not say (code, a caption, a menu), nor one left out."""
        expected = self.expected(name)
        disclosure = self.preview(name)["segments"][-1]["text"]
        said = self.stream(name).split()
        wanted = self.heard(" ".join([*expected["intro"], *expected["body"], disclosure])).split()
        matcher = difflib.SequenceMatcher(None, wanted, said, autojunk=False)
        passages = [(op, wanted[i1:i2], said[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()
                    if op in ("insert", "delete") and max(i2 - i1, j2 - j1) >= PASSAGE_WORDS]
        assert passages == []

    def check_list_pause(self, name: str, item: str, next_said: str) -> None:
        """What follows a list (prose, a heading, the disclosure) is not heard as one more of its items: the item
        before it ends on a paragraph's pause."""
        segments = self.preview(name)["segments"]
        texts = [segment["text"] for segment in segments]
        at = texts.index(item)
        assert texts[at + 1] == next_said
        paragraph = segments[len(self.expected(name)["intro"]) - 1]["pause_ms"]  # after the byline, a paragraph's
        assert segments[at]["pause_ms"] == paragraph > segments[at - 1]["pause_ms"]


def left(written: str, said: str, reason: str) -> Any:
    """A reading an article file's articles miss, left to the module its reason names as a strict xfail (one case of
    a file's test of the classes it leaves to other modules, with that class's guards beside it)."""
    return pytest.param(written, said, marks=pytest.mark.xfail(strict=True, reason=reason), id=written)


@dataclass(frozen=True)
class KnownMisses:
    """An article file's known misses, each naming its class and the module that owns it (strict xfails, so that a fix
    elsewhere shows in the file)."""

    sentences: Mapping[tuple[str, int], str] = field(default_factory=dict)
    """(article, sentence index) -> why the body's sentence is not said as expected."""
    ended: Mapping[tuple[str, int], str] = field(default_factory=dict)
    """(article, sentence index) -> why the sentence's end is not given to the voice."""
    facts: Mapping[str, str] = field(default_factory=dict)
    """Article -> why the cleaner finds its facts (and so its intro) otherwise."""
    fact_written: Mapping[str, str] = field(default_factory=dict)
    """Article -> why a fact is written otherwise, though the intro says it alike."""
    intro: Mapping[str, str] = field(default_factory=dict)
    """Article -> why the intro is misread where the facts are right."""
    more: Mapping[str, str] = field(default_factory=dict)
    """Article -> why a passage is said beyond the expected sentences, or one is lost."""
    chapters: Mapping[str, str] = field(default_factory=dict)
    """Article -> why the chapters are other than the headings."""


def standard_tests(articles: Articles, misses: KnownMisses = KnownMisses(),
                   nothing_else: bool = True) -> dict[str, Callable[..., None]]:
    """The tests every article file runs, by name, for its module's globals (pytest collects them there): the facts,
    the intro, the chapters, each sentence said and heard to end, and (unless told not to) nothing else said."""
    @pytest.mark.parametrize("name", articles.article_cases(misses.facts, misses.fact_written))
    def test_the_article_s_facts_are_found(name: str) -> None:
        articles.check_facts(name)

    @pytest.mark.parametrize("name", articles.article_cases(misses.facts, misses.intro))
    def test_the_intro_says_title_standfirst_byline_and_date(name: str) -> None:
        articles.check_intro(name)

    @pytest.mark.parametrize("name", articles.article_cases(misses.chapters))
    def test_the_chapters_are_the_headings(name: str) -> None:
        articles.check_chapters(name)

    @pytest.mark.parametrize(("name", "index"), articles.sentence_cases(misses.sentences))
    def test_each_sentence_is_said_once_and_in_order(name: str, index: int) -> None:
        articles.check_sentence(name, index)

    @pytest.mark.parametrize(("name", "index"), articles.sentence_cases(misses.ended))
    def test_each_sentence_is_heard_to_end(name: str, index: int) -> None:
        articles.check_sentence_end(name, index)

    @pytest.mark.parametrize("name", articles.article_cases(misses.more))
    def test_nothing_else_is_said_and_nothing_lost(name: str) -> None:
        articles.check_nothing_else(name)

    tests: list[Callable[..., None]] = [
        test_the_article_s_facts_are_found, test_the_intro_says_title_standfirst_byline_and_date,
        test_the_chapters_are_the_headings, test_each_sentence_is_said_once_and_in_order,
        test_each_sentence_is_heard_to_end,
    ]
    if nothing_else:
        tests.append(test_nothing_else_is_said_and_nothing_lost)
    return {test.__name__: test for test in tests}

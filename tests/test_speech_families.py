"""The premise of the normaliser's widest shortcut: en.normalise runs its digit family (every rule under
`if has_digits:`) only for a text with a digit, which reads a text as the full run would only while each of those
rules hands a text without a digit back unchanged, and while the rules run between the look and the family give a
text without a digit none.

The rules are found in the dispatcher's own source, not listed here: a rule added under the gate is held to the
premise without anyone remembering to add it, and one that also reads something without a digit ("qds", "Eb major")
fails this test instead of being skipped silently for a listener (h112).
"""

from __future__ import annotations

import ast
import inspect
import random
import re
import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, partial
from types import ModuleType
from typing import Any

import pytest
from sweeps import FIXTURES

from narrator.speech.normalise import en, util
from narrator.speech.normalise.options import ReadingOptions

_DIGIT = re.compile(r"\d")
_FAMILY_FLAG = "has_digits"
# Patterns the dispatcher applies inside the family that can match a text without a digit: each was written for what
# a digit's sentence holds, and where no digit is the text has always been read without it (skipping it is the reading
# narrator gives, not one this shortcut changed). A new pattern under the gate is not here, and is held to the premise.
_HELD_TO_DIGITS = {
    "sports.beaten": "a results line's 'bt' between a winner and a loser, with their score's digits",
    "sports.box_scores": "a box score's 'a HR and 2 RBI', whose counts are digits",
    # a dotted own goal after a player's possessive or "an" ("Hale's o.g. gave United the lead") is read where the
    # sentence holds a digit; one without is left (tests/test_speech_left58b.py's _KNOWN)
    "sports.match_report_words": "a dotted own goal, 'Hale's o.g.', after a player's possessive or 'an'",
    # a scorecard's dismissals written into prose ("Root c Smith b Jones 67") are read where the sentence holds a
    # digit, as a scorecard's line does; one without ("out c Smith b Jones for a duck") is left as written
    "sports.dismissals": "a scorecard's 'c Smith b Jones', 'lbw b Starc', read where its score's digits stand",
    "markets.no_change": "a poll's '(nc)' after its figure ('34% (nc)')",
    "arithmetic.left_carets": "a caret left by a power no rule read ('v2^3'); in words alone it is dropped as a stray"
                              " mark",
    # A zone after "noon" ("noon ET") needs no digit: a sentence without one is read by clock.noon_zones, called
    # outside the family (h129); the rest of clock.times asks for a digit.
    "clock.times": "a clock time's zone, half of the day and ratio",
}


def _source_tree() -> ast.FunctionDef:
    """The dispatcher's syntax tree."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(en.normalise)))
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    return function


def _outside_lambdas(node: ast.AST) -> Iterator[ast.AST]:
    """The nodes under node, but not inside a lambda (a match's callback reads the match, not the text)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Lambda):
            continue
        yield child
        yield from _outside_lambdas(child)


def _is_family(node: ast.AST) -> bool:
    """True for `if has_digits:`."""
    return isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == _FAMILY_FLAG


def _rule(call: ast.Call) -> tuple[str, Any] | None:
    """The rule a call in the dispatcher names: a rule module's function, one of en's own, or one of en's patterns
    with the replacement the dispatcher gives it (a lambda's source compiled in en's names)."""
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        owner = getattr(en, func.value.id, None)
        if isinstance(owner, ModuleType) and owner is not re:
            return f"{func.value.id}.{func.attr}", getattr(owner, func.attr)
        if func.attr == "sub" and owner is not None and hasattr(owner, "search") and call.args:
            replacement = eval(compile(ast.Expression(call.args[0]), en.__file__, "eval"), vars(en))  # en's own source
            return func.value.id, partial(owner.sub, replacement)
        return None
    if isinstance(func, ast.Name) and inspect.isfunction(target := getattr(en, func.id, None)):
        return func.id, target
    return None


def _text_rule(target: Any) -> bool:
    """True for a function that takes the text first and gives it back read (not a first look, not a number's words)."""
    if not inspect.isfunction(target) or target.__module__ == util.__name__:
        return False
    parameters = list(inspect.signature(target).parameters)
    return bool(parameters) and parameters[0] == "text" and inspect.signature(target).return_annotation in ("str", str)


@cache
def _family_rules() -> dict[str, Any]:
    """Every rule the dispatcher calls inside its digit family, by name."""
    found: dict[str, Any] = {}
    for node in _outside_lambdas(_source_tree()):
        if _is_family(node):
            for inner in _outside_lambdas(node):
                if isinstance(inner, ast.Call) and (rule := _rule(inner)) is not None:
                    name, target = rule
                    if isinstance(target, partial) or _text_rule(target):  # a pattern's sub, or a rule
                        found[name] = target
    return found


@cache
def _rules_between() -> dict[str, Callable[..., str]]:
    """The rules the dispatcher runs after it looks for a digit and outside its family: each must keep a text without
    a digit without one, or the family would be skipped for a text that came to need it."""
    function = _source_tree()
    after_look = False
    found: dict[str, Callable[..., str]] = {}
    for statement in function.body:
        if isinstance(statement, ast.Assign) and any(isinstance(t, ast.Name) and t.id == _FAMILY_FLAG
                                                     for t in statement.targets):
            after_look = True
            continue
        if not after_look or _is_family(statement):
            continue
        for node in [statement, *_outside_lambdas(statement)]:
            if _is_family(node):
                break
            if isinstance(node, ast.Call) and (rule := _rule(node)) is not None and (
                    isinstance(rule[1], partial) or _text_rule(rule[1])):
                found[rule[0]] = rule[1]
    return found


def _without_digits() -> list[str]:
    """Texts without a digit, full of what the rules look for: our sweeps' written forms with their digits taken out,
    and random mixes of their words and marks (seeded: the same texts each run)."""
    written: list[str] = []
    for path in sorted(FIXTURES.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                written.append(line.split("\t")[1])
    stripped = [_DIGIT.sub("", text) for text in written]
    words = [word for text in stripped for word in text.split()]
    marks = [*".,;:-/()[]$£€%°'\"&*+#@!?–—…½²³µ×=^~<>|", " ", "  "]
    rng = random.Random(112)
    mixes = []
    for _ in range(4000):
        parts = [rng.choice(words) if rng.random() < 0.8 else rng.choice(marks) for _ in range(rng.randint(1, 10))]
        mixes.append(("" if rng.random() < 0.2 else " ").join(parts))
    # The dispatcher sees text after tidy's NFKC, where "¾" is "3⁄4" and "²" is "2": such a text has a digit there,
    # and the family runs on it, so it is no text without one.
    texts = [text for text in stripped + mixes
             if text.strip() and not _DIGIT.search(unicodedata.normalize("NFKC", text))]
    assert not any(_DIGIT.search(text) for text in texts)
    return texts


_TEXTS = _without_digits()


# What the dispatcher may pass a rule after the text: each date order its options resolve to, and each flag's value.
_OPTIONS = (ReadingOptions(date_order="mdy"), ReadingOptions(date_order="dmy"), ReadingOptions(urls="link"))


def _readings(rule: Callable[..., str], text: str) -> list[str]:
    """The rule's readings of text, with each of the options or flag values the dispatcher may pass it."""
    if isinstance(rule, partial):
        return [rule(text)]
    extra = list(inspect.signature(rule).parameters.values())[1:]
    if not extra:
        return [rule(text)]
    if extra[0].name == "options":
        return [rule(text, options) for options in _OPTIONS]
    assert extra[0].annotation in ("bool", "bool | None"), f"{rule.__name__}: what does the dispatcher pass it?"
    return [rule(text, False), rule(text, True)]


def test_the_family_is_found_in_the_dispatcher() -> None:
    # the source is read as it is: a family of its size, with the rules its gate was written for
    rules = _family_rules()
    assert len(rules) >= 30
    assert {"dates.dates", "units.measures", "clock.times", "_numbers", "aviation.flight_levels"} <= set(rules)
    assert "words.abbreviations" not in rules  # called for every text, outside the family
    assert {"signs.symbols", "chemistry.bare_formulas"} <= set(_rules_between())
    assert "dates.dates" not in _rules_between()


@pytest.mark.parametrize("name", sorted(_family_rules()))
def test_a_family_rule_keeps_a_text_without_a_digit(name: str) -> None:
    rule = _family_rules()[name]
    changed = [(text, read) for text in _TEXTS for read in _readings(rule, text) if read != text]
    if name in _HELD_TO_DIGITS:
        assert changed, f"{name} no longer reads a text without a digit: drop it from _HELD_TO_DIGITS"
        return
    assert not changed, f"{name} reads a text without a digit, where the family is skipped: {changed[:3]}"


@pytest.mark.parametrize("name", sorted(_rules_between()))
def test_a_rule_between_the_look_and_the_family_gives_no_digit(name: str) -> None:
    rule = _rules_between()[name]
    made = [(text, read) for text in _TEXTS for read in _readings(rule, text) if _DIGIT.search(read)]
    assert not made, f"{name} gives a digit to a text without one, and the family is skipped: {made[:3]}"

"""The premises the normaliser's speed rests on: each shortcut answers as the slower look it stands for.

A first look (a gate) that said "no" where its rule could match would change a reading silently; these tests hold
each shared shortcut to the plain computation it replaced, on random text and on the orders of asking that could
leave a kept fact stale.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.speech.normalise import util
from narrator.speech.normalise.util import among_forms, among_known_words, among_words, form_heads

_WORDS = ["Dr", "Mr", "St", "a", "I", "No", "no", "km", "ft", "Jan", "Mon", "the", "of", "v", "vs", "ed", "pp", "iv",
          "XIV", "Co", "Inc", "Ltd", "mph", "feat", "x", "Q"]
_TEXTS = st.lists(st.sampled_from([*_WORDS, " ", ".", ",", "-", "'", "3", "12", "é", "(", ")", "/"]),
                  max_size=16).map("".join)
_RUNS = st.frozensets(st.sampled_from(_WORDS), min_size=1, max_size=5)


def _words_of(text: str) -> frozenset[str]:
    """The text's runs of ASCII letters, worked out the slow way."""
    return frozenset(re.findall(r"[A-Za-z]+", text))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.lists(_RUNS, min_size=1, max_size=6))
def test_a_look_among_words_answers_as_the_text_words_do(text: str, asked: list[frozenset[str]]) -> None:
    # each set asked about for the first time after the text's words were worked out for the sets before it
    # (a new set's words must be added, and the text's words worked out again)
    for runs in asked:
        expected = not runs.isdisjoint(_words_of(text))
        assert among_words(runs, text) == expected, (runs, text)
        assert among_known_words(runs, text) == expected, (runs, text)  # the words are at hand now


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _TEXTS, _RUNS)
def test_a_known_look_is_true_where_the_words_are_not_at_hand(first: str, second: str, runs: frozenset[str]) -> None:
    among_words(frozenset({"Dr"}), first)
    if second is not first:
        assert among_known_words(runs, second)  # not worked out for this text: the rule looks for itself
    assert among_known_words(None, first) and among_words(None, first)


def test_a_set_never_asked_about_is_answered_after_many_were() -> None:
    text = "Dr. Okoro met Mr Smith at 3 St. Mary's Rd"
    assert among_words(frozenset({"Mr"}), text)
    fresh = frozenset({"Okoro"})  # not among any rule's words: added when first asked
    assert fresh not in util._asked_runs
    assert among_known_words(fresh, text) and among_words(fresh, text)
    assert not among_words(frozenset({"Okorafor"}), text)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.lists(st.sampled_from(["Mr", "St.", "a.k.a.", "I.e.", "Co.", "ft", "v."]), min_size=1, max_size=4))
def test_a_look_among_forms_answers_as_the_forms_do(text: str, forms: list[str]) -> None:
    heads = form_heads(forms)
    assert heads is not None
    words = _words_of(text)
    expected = any(re.match(r"[A-Za-z]+", form)[0] in words and form[:len(re.match(r"[A-Za-z]+", form)[0]) + 1] in text
                   for form in forms)
    assert among_forms(heads, text) == expected

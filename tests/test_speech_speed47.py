"""Round 47's speed pass (h201): each restructured look answers as the look it replaced, on random text built from
the characters the look turns on (a look that answered otherwise would change a reading silently)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator.speech import segment
from narrator.speech.normalise.util import char_classes

_TOKEN_TEXTS = st.lists(st.sampled_from(
    [" ", "  ", "\t", "\n", "\u00a0", ".", "..", "'", "\u2019", "-", "(", ")", '"', ",", "a", "B", "1", "é", "_",
     "U.S", "e.g", "Mr", "tbsp", "2020", "Ita", "x" * 45]), max_size=16).map("".join)


@settings(max_examples=600, deadline=None)
@given(_TOKEN_TEXTS, st.integers(min_value=0, max_value=80))
@example("by the U.S. Army", 10)
@example("a " + "word" * 12 + ".", 51)
@example("it rose.\n", 9)
@example("(Ita.) 6-4", 5)
def test_the_last_token_is_searched_from_the_last_space_as_from_the_window(text: str, end: int) -> None:
    end = min(end, len(text))
    found = segment._last_token(text, end)
    window = segment._LAST_TOKEN.search(text, max(0, end - 40), end)
    assert (found and (found.span(), found.group(1))) == (window and (window.span(), window.group(1)))


def test_the_last_token_look_is_linear() -> None:
    text = "a" * 20_000 + "."
    assert segment._last_token(text, len(text)).group(1) == "a" * 39  # the window's 40 characters, the stop's too


_SPORTS_TEXTS = st.lists(st.sampled_from(
    [" ", "  ", "\t", "\u00a0", ".", ",", "-", "(", ")", "é", "1", "2", "6", "40", "64", "289", "10", "-5", "7-6",
     "won", "wins", "defeated", "settle", "set", "set out", "beat", "led", "Open", "open", "aces", "Tennis", "serves",
     "tie-break", "upsets", "lunch", "tea", "teams", "stumps", "drinks", "the close", "closer", "slumped to ",
     "collapsed to ", "the day on ", "closed on ", "resumed on ", "at ", "by ", "before ", "after ", "on ", "to ",
     "Day", "day", "x"]), max_size=16).map("".join)


@settings(max_examples=800, deadline=None)
@given(_SPORTS_TEXTS)
@example("were 64-5 at lunch, slumped to 43-6 and ended the day on 289-7.")
@example("They were 212-8 at the close.")
@example("They won 6-4 and set up a final at the Open")
def test_the_sports_looks_answer_as_before(text: str) -> None:
    from narrator.speech.normalise import sports
    from narrator.speech.normalise.util import among_words

    # a session total stands beside one of its words
    if sports._SESSION_TOTAL.search(text):
        assert "0-0" in char_classes(text) and among_words(sports._SESSION_WORDS, text), text
    # the look ahead of first letters finds what the pattern found without it
    for pattern in (sports._TENNIS, sports.MATCH_RESULT):
        plain = re.compile(pattern.pattern.split(")", 1)[1])
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\n", ".", "..", "A", "B", "I", "a", "1", "_", "é", "É", "U.S.", "D.C.",
                                 "x.", "(", "'"]), max_size=16).map("".join))
@example("in Washington, D.C. where the U.S.A. and e.U.S. are")
def test_dotted_capitals_are_found_as_by_the_pattern_led_by_its_look_behind(text: str) -> None:
    from narrator.speech.normalise import capitals

    before = re.compile(r"(?<![\w.])((?:[A-Z]\.)+[A-Z])\.(?=\s+\S)")
    assert ([(m.span(), m.group(1)) for m in capitals._DOTTED_INNER.finditer(text)]
            == [(m.span(), m.group(1)) for m in before.finditer(text)]), text

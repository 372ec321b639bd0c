"""Round 52's speed pass: each look kept or restructured answers as the look it replaced, on random text built from the
characters the look turns on (a look that answered otherwise would change a reading silently)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator.speech.normalise import util

_CLASS_TEXTS = st.lists(st.sampled_from(
    [" ", "  ", "\t", "\u00a0", ".", ",", "-", "a", "z", "B", "Q", "1", "0", "٣", "é", "É", "x", "FBI", "3rd", "A38",
     "mp3", "12A", "3.5", "1.2.3", "ab", "CD"]), max_size=14).map("".join)
_CLASS_FACTS = {"0a": util.digit_small, "0A": util.digit_capital, "a0": util.small_digit, "A0": util.capital_digit,
                "AA": util.two_capitals, "0.0": util.stop_in_digits}


@settings(max_examples=500, deadline=None)
@given(st.lists(_CLASS_TEXTS, min_size=1, max_size=4))
@example(["3rd", "FBI", "3rd"])
@example(["x٣a", "A٣"])  # a digit beyond ASCII is a digit in the classes, as \d has it
def test_the_kept_class_facts_answer_as_the_look_in_the_classes(texts: list[str]) -> None:
    # texts asked in turn, and each again as an equal string of its own (the fact is kept for one text at a time)
    for text in texts + ["".join(list(text)) for text in reversed(texts)]:
        for needle, fact in _CLASS_FACTS.items():
            assert fact(text) == (needle in util.char_classes(text)), (needle, text)

"""Round 47's speed pass (h201): each restructured look answers as the look it replaced, on random text built from
the characters the look turns on (a look that answered otherwise would change a reading silently)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator.speech import segment

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

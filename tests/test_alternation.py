"""util.alternation: a factored alternation must match exactly as the longest-first list of the same words."""

from __future__ import annotations

import importlib
import random
import re

import pytest

alternation = importlib.import_module("narrator.speech.normalise.util").alternation


def _flat(words: set[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def test_factors_by_first_letters() -> None:
    assert alternation(["km", "kg", "k", "mph", "m"]) == "(?:k(?:m|g|)|m(?:ph|))"


@pytest.mark.parametrize("seed", range(5))
def test_matches_as_the_longest_first_list(seed: int) -> None:
    # random words over a small alphabet share prefixes often ("a", "ab", "ab.", "b.c"); the same text must give the
    # same matches, alone and where what follows decides (backtracking into the alternatives)
    rng = random.Random(seed)
    for _ in range(60):
        words = {"".join(rng.choice("ab.c") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))}
        for suffix in ("", "c(?!a)", r"\.?(?=\s|$)"):
            flat = re.compile(f"(?:{_flat(words)}){suffix}")
            factored = re.compile(f"(?:{alternation(words)}){suffix}")
            for _ in range(40):
                text = "".join(rng.choice("ab.c ") for _ in range(14))
                assert [m.span() for m in flat.finditer(text)] == [m.span() for m in factored.finditer(text)], (
                    words, suffix, text)


def test_escapes_what_it_factors() -> None:
    pattern = re.compile(f"^(?:{alternation(['km/h', 'm/s', '°C', 'sq ft', 'in.'])})$")
    assert all(pattern.match(word) for word in ("km/h", "m/s", "°C", "sq ft", "in."))
    assert not pattern.match("inx")

"""Whether a word is common English: capitals on such a word are emphasis, not an initialism.

pyspellchecker's English word list carries a frequency for each word; only frequent words count,
so that rare letter strings ("MIT", "SEC") are still spelled.
"""

from __future__ import annotations

import functools

from spellchecker import SpellChecker

# Occurrences in pyspellchecker's English corpus above which a word is common. Three-letter words need
# more: many initialisms of three letters are also rare words ("UPS", "DOT", "KIT").
COMMON_COUNT = 5_000
COMMON_COUNT_SHORT = 20_000


@functools.cache
def _frequencies() -> dict[str, int]:
    """The English word list (about 0.1 s to load), once, and only when capitals need a decision."""
    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def frequency(word: str) -> int:
    """How often a lower-case word occurs in the English word list (0 for a word it does not know)."""
    return _frequencies().get(word, 0)


def is_common_word(word: str) -> bool:
    """True for a frequent English word in any case ("WILL", "Vote"); False for "FBI" or "MIT"."""
    lower = word.lower()
    needed = COMMON_COUNT_SHORT if len(lower) <= 3 else COMMON_COUNT
    return _frequencies().get(lower, 0) >= needed

"""Whether a word is common English: capitals on such a word are emphasis, not an initialism.

pyspellchecker's English word list carries a frequency for each word; only frequent words count,
so that rare letter strings ("MIT", "SEC") are still spelled.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import json
import logging

log = logging.getLogger(__name__)

# Occurrences in pyspellchecker's English corpus above which a word is common. Three-letter words need
# more: many initialisms of three letters are also rare words ("UPS", "DOT", "KIT").
COMMON_COUNT = 5_000
COMMON_COUNT_SHORT = 20_000


@functools.cache
def _frequencies() -> dict[str, int]:
    """The English word list, once, and only when capitals need a decision.

    Read from pyspellchecker's own file (0.11 s of CPU on a slow machine), not through a SpellChecker, which
    indexes the 160,000 words for spelling as well (0.33 s): an article with one word in capitals paid that
    before its first sentence could be voiced. The checker is the fallback when its file is not where it was.
    """
    try:
        resource = importlib.resources.files("spellchecker") / "resources" / "en.json.gz"
        with resource.open("rb") as packed, gzip.open(packed, "rt", encoding="utf-8") as handle:
            words = json.load(handle)
        if isinstance(words, dict) and words:
            return words
    except (OSError, ValueError, TypeError, ModuleNotFoundError):
        log.debug("pyspellchecker's word file not found; loading its checker", exc_info=True)
    from spellchecker import SpellChecker

    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def frequency(word: str) -> int:
    """How often a lower-case word occurs in the English word list (0 for a word it does not know)."""
    return _frequencies().get(word, 0)


def is_common_word(word: str) -> bool:
    """True for a frequent English word in any case ("WILL", "Vote"); False for "FBI" or "MIT"."""
    lower = word.lower()
    needed = COMMON_COUNT_SHORT if len(lower) <= 3 else COMMON_COUNT
    return _frequencies().get(lower, 0) >= needed

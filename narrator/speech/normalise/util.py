"""Small helpers shared by the English rule modules."""

from __future__ import annotations

import re


def padded(match: re.Match[str], words: str) -> str:
    """Return words with a space on each side where the match touches a letter or digit."""
    text, start, end = match.string, match.start(), match.end()
    left = " " if start > 0 and text[start - 1].isalnum() else ""
    right = " " if end < len(text) and text[end].isalnum() else ""
    return left + words + right


def final_stop(match: re.Match[str]) -> str:
    """"." when the match ended the text with a stop ("5 p.m.", "Mon.-Sat."): the stop also ended the sentence."""
    return "." if match.group(0).endswith(".") and match.end() == len(match.string) else ""


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a long literal, as a set (tables read better as prose)."""
    return frozenset(text.split())

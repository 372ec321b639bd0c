"""A site's menu on one line of a text dump ("Home | Recipes | About", "RECIPES HOW-TO VIDEOS"): never a headline."""

from __future__ import annotations

import re

from narrator.clean.lines import STOP_WORDS, words_of

# A menu on one line ("Home | Recipes | About | Contact"): this many entries or more, each a word or two, between
# one separator; a page's <title> names the article and its site in two or three parts.
MENU_BAR_ENTRIES = 4
MENU_BAR_ENTRY_WORDS = 2
# The bar's first and last entries may carry what stood beside it in the same row: the site's name, a login link.
MENU_BAR_END_WORDS = 4
_BAR_SEPARATOR = re.compile(r"\s[|•·]\s")


# A bar of links in brackets ("[Date Prev][Date Next][Thread Prev][Thread Next]"), as an archive prints its own.
_BRACKETED_LINKS = re.compile(r"^\s*(?:\[[^\[\]]{1,30}\]\s*){3,}$")


def entries_bar(text: str) -> bool:
    """True for a line of four entries or more of a word or two between separators ("News | Sport | Farming | Jobs"):
    a menu's, never a headline, whatever line is under it."""
    if not _BAR_SEPARATOR.search(text):
        return False
    entries = _BAR_SEPARATOR.split(text)
    return len(entries) >= MENU_BAR_ENTRIES and all(0 < len(words_of(entry)) <= MENU_BAR_ENTRY_WORDS
                                                    for entry in entries)


# A breadcrumb trail: the site's sections to the page, parted by arrows ("bristol > for sale > bicycles - by owner",
# "Home › For Sale › Lawn Mowers"), each a few words.
_TRAIL_SEPARATOR = re.compile(r"\s[>›»]\s")
TRAIL_ENTRIES = 3
TRAIL_ENTRY_WORDS = 4


def trail_line(text: str) -> bool:
    """True for a breadcrumb trail of three entries or more, never a headline."""
    if ">" not in text and "›" not in text and "»" not in text:
        return False
    entries = _TRAIL_SEPARATOR.split(text)
    return len(entries) >= TRAIL_ENTRIES and all(0 < len(entry.split()) <= TRAIL_ENTRY_WORDS for entry in entries)


def menu_bar(text: str) -> bool:
    """True for a line of a menu's entries between one separator, or of words in capitals with no small word among
    them ("RECIPES HOW-TO VIDEOS SHOP", spaced apart on the page), or of links in brackets: the page's links, not its
    <title>."""
    if _BRACKETED_LINKS.match(text):
        return True
    entries = _BAR_SEPARATOR.split(text)
    if len(entries) >= MENU_BAR_ENTRIES and all(0 < len(words_of(entry)) <= MENU_BAR_ENTRY_WORDS for entry in entries):
        return True
    if len(entries) >= MENU_BAR_ENTRIES + 2 and all(
            0 < len(words_of(entry)) <= MENU_BAR_ENTRY_WORDS for entry in entries[1:-1]) and all(
            len(words_of(end)) <= MENU_BAR_END_WORDS for end in (entries[0], entries[-1])):
        return True  # a table row's copy runs the site's name and its login into the bar: "Hacker News new | ... login"
    words = text.split()
    return len(words) >= MENU_BAR_ENTRIES and all(word.isupper() and word.lower() not in STOP_WORDS for word in words)


def trails_end(text: str) -> str | None:
    """A breadcrumb trail's last entry ("Harbour Master" of "All Games > Simulation Games > Harbour Master"), the
    page it leads to; None for no trail."""
    return _TRAIL_SEPARATOR.split(text)[-1].strip() if trail_line(text) else None

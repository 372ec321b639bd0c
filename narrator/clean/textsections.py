"""A text dump's sections: subheadings glued to their paragraphs or set apart, told from teaser cards, and the
lines a page shows twice for them (a contents list's entries, a deck told above the body, a subheading named again).

Moved from text.py, which reads the page; the rules are unchanged.
"""

from __future__ import annotations

import re
from collections import Counter

from narrator.clean.bylines import BYLINE_WORDS, is_byline_line
from narrator.clean.lines import TITLE_CASE_SHARE, Line, words_of
from narrator.clean.subheadings import (
    CONTENTS_MIN_ENTRIES,
    GROUP_HEADING_WORDS,
    HEADING_WORDS,
    LONG_SECTION_HEADING_WORDS,
)
from narrator.clean.textlists import PLAIN_HEADING
from narrator.clean.textmeta import Header


def card_groups(lines: list[Line], prose: list[bool]) -> set[int]:
    """Groups that look like teaser cards: a headline line glued to a summary without a blank line.

    Only when the page otherwise separates its paragraphs by blank lines does that shape mean a card; and where the
    page writes its own subheadings so (some of its glued pairs plainly are sections), a few plain words over a
    sentence are one more section, not a card.
    """
    sizes = Counter(line.group for line in lines)
    prose_groups = [sizes[line.group] for line, p in zip(lines, prose, strict=True) if p]
    if not prose_groups or sum(1 for s in prose_groups if s == 1) * 2 < len(prose_groups):
        return set()
    shaped: dict[int, tuple[Line, Line]] = {}
    sections = 0
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if (sizes[line.group] in (2, 3) and nxt.group == line.group and not line.terminal
                and not prose[i] and prose[i + 1] and i > 0 and lines[i - 1].group != line.group
                and not _RUNS_ON.search(line.text) and nxt.words < CARD_SUMMARY_WORDS):
            if _heads_a_section(line, nxt):
                sections += 1
            else:
                shaped[line.group] = (line, nxt)
    if sections >= GLUED_SECTIONS_MIN:
        return {group for group, (heading, paragraph) in shaped.items() if not _names_a_section(heading, paragraph)}
    return set(shaped)


# A card sums another story up in a sentence or two; a paragraph this long under a heading is the page's own (a short
# post, its one paragraph under its title with no blank line between them).
CARD_SUMMARY_WORDS = 80


# A line running on into the next ("I've heard it before; and"): a sentence broken over two lines, never a headline.
_RUNS_ON = re.compile(r"(?i)(?:[,;]|\b(?:and|or|but|nor|the|a|an|of|to))\s*$")


# A card's headline says what another story is about ("Storm closes the coast road"); a section's heading names a
# topic in a few words ("Task gating", "Delivery latency") over a paragraph of the article, or in a few more
# ("Dead letter queues for misbehaving tasks") over a long one, longer than a card's summary of a sentence or two.
SECTION_HEADING_WORDS = 4
SECTION_PARAGRAPH_WORDS = 20
LONG_SECTION_PARAGRAPH_WORDS = 30
# This many such sections show that the page glues its subheadings to their paragraphs.
GLUED_SECTIONS_MIN = 2


def _heads_a_section(heading: Line, paragraph: Line) -> bool:
    """True for a few plain words glued above a long paragraph: the article's subheading, not a teaser card."""
    return ((heading.words <= SECTION_HEADING_WORDS and paragraph.words >= SECTION_PARAGRAPH_WORDS)
            or paragraph.words >= LONG_SECTION_PARAGRAPH_WORDS) and _names_a_section(heading, paragraph)


def _names_a_section(heading: Line, paragraph: Line, most: int = LONG_SECTION_HEADING_WORDS) -> bool:
    """True for a short heading of plain words, no prompt, credit or byline, over a sentence with its stop."""
    return (heading.words <= most and paragraph.terminal
            and bool(PLAIN_HEADING.match(heading.text))
            and not (heading.cta or heading.credit or is_byline_line(heading, BYLINE_WORDS)))

def under_contents(lines: list[Line], prose: list[bool], start: int, end: int, counts: Counter[str]) -> int:
    """The body's first section heading under a contents list naming it (over its first prose, or the list's last
    entry where the body opens on it, no prose above): each entry is then read once, as its section's heading."""
    if (above := start - 1) > 0 and counts[lines[above].text] == 2 and lines[above].text in _contents_entries(
            lines, above, end, counts) and any(line.text == lines[above].text for line in lines[:above]):
        return above  # the list's entry named again over it, not the list's own last entry
    later = {line.text: line.index for line in lines[start:end + 1] if counts[line.text] == 2}
    firsts = [i for i in range(start, end + 1) if later.get(lines[i].text, i) > i]  # a heading named again below
    if not firsts or any(prose[i] for i in range(start, firsts[-1])):
        return start
    entries = _contents_entries(lines, start, end, counts)
    return firsts[-1] + 1 if all(lines[i].text in entries for i in firsts) else start


def repeated_lines(lines: list[Line], counts: Counter[str], prose: list[bool], header: Header, start: int,
                    end: int) -> set[str]:
    """Lines the page shows more than once that are not the article's: not a table of contents' entries, a deck told
    above the body again, or the body's own subheadings named twice."""
    repeated = {t for t, n in counts.items() if n > 1 and len(t) < 120} - _contents_entries(lines, start, end, counts)
    repeated -= _told_above(lines, start, end, counts) - {header.meta.standfirst}  # a standfirst is read in the intro
    repeated -= _repeated_subheadings(lines, start, end, prose, repeated)
    return repeated


# A section's name in sentence case, of plain words ("Who can apply", "What you need"): not a kicker ("Science &
# Astronomy"), a page's tools in Title Case ("Jump to Recipe Print Recipe") or a credit ("/ CBS News"). A word's
# letters are taken whole (*+): a hyphen is both a word's and a separator's, and "Ab-a-a-...-a!" tried every split of
# its words (x16 CPU for four more pairs); the names it matches are the same.
_SECTION_NAME = re.compile(r"[A-Z][a-z’']*(?:[ -][a-z’'][\w’'-]*+)*\??")


# A heading in sentence case may name a place or a person ("Keep the crossing guard at Church Lane"): its words are
# mostly small, and none of a kicker's marks ("&", "/", "|") stands among them.
_PLAIN_WORD = re.compile(r"[a-z’'][\w’'-]*")


def _names_a_place(text: str) -> bool:
    """A heading in sentence case whose later capitals name someone or somewhere: more than half its words after the
    first in lower case, the first a capital's, nothing but words and spaces."""
    words = text.split()
    return (len(words) >= SECTION_NAME_MIN_WORDS and bool(re.fullmatch(r"[A-Z][\w’' -]*", text))
            and 2 * sum(1 for w in words[1:] if _PLAIN_WORD.fullmatch(w)) > len(words) - 1)


SECTION_NAME_MIN_WORDS = 4

# A CMS post's section names in Title Case, two or three words ("Christmas Concert", "Christmas Jumper Day"), as a
# school's or a club's page sets them; the body's other sections still have to show theirs.
_TITLE_CASE_NAME = re.compile(r"[A-Z][a-z’']+(?: [A-Z][a-z’']+){1,2}")


def opens_sections(lines: list[Line], prose: list[bool], start: int, end: int, title: str) -> bool:
    """True when the line above the body's first paragraph names a section ("Who can apply") as the body's own
    subheadings name theirs, one at least ("What you need" over its paragraph): the first section's heading. Words
    of the headline's ("Bhindi masala" under "Bhindi masala (okra stir fry)") name the dish or the story, no part."""
    heading = lines[start - 1]
    if not ((_SECTION_NAME.fullmatch(heading.text.strip()) or _names_a_place(heading.text.strip())
             or _TITLE_CASE_NAME.fullmatch(heading.text.strip()))
            and _names_a_section(heading, lines[start], HEADING_WORDS)):
        return False
    if {w.lower() for w in words_of(heading.text)} <= {w.lower() for w in words_of(title)}:
        return False
    # one of the body's own as long: a guide's headings of a few words, a letters page's of seven and more
    long = heading.words > LONG_SECTION_HEADING_WORDS
    return any(not prose[i] and prose[i + 1] and _names_a_section(lines[i], lines[i + 1], HEADING_WORDS if long
                                                                  else LONG_SECTION_HEADING_WORDS)
               and (not long or lines[i].words > LONG_SECTION_HEADING_WORDS) for i in range(start + 1, end))


# A page may show one of the article's sentences above it too, as its deck under the headline or a summary: the copy
# in the body is the writer's sentence in its place, and is read there (a caption shown twice is not a sentence
# of this length in sentence case above the article).
DECK_MIN_WORDS = 8


def _told_above(lines: list[Line], start: int, end: int, counts: Counter[str]) -> set[str]:
    """Sentences the page shows twice, once above the article (its deck under the headline) and once in its body."""
    above = {line.text for line in lines[:start] if counts[line.text] == 2}
    return {line.text for line in lines[start:end + 1]
            if line.text in above and line.terminal and line.words >= DECK_MIN_WORDS
            and line.capital_ratio <= TITLE_CASE_SHARE}


def _contents_entries(lines: list[Line], start: int, end: int, counts: Counter[str]) -> frozenset[str]:
    """Lines shown twice only because a list above repeats them: a table of contents' entries ("On this page", then
    each subheading) and the body's own subheadings; a list counts when two or more of its entries are."""
    seen_at = {line.text: line.index for line in lines[start:end + 1]}  # the later copy, if both are in the body
    entries: set[str] = set()
    listed: list[str] = []
    for line in [*lines[1:end + 1], None]:  # the first line is the page's <title>
        if line is not None and not line.terminal and 0 < line.words <= HEADING_WORDS:
            if counts[line.text] == 2 and seen_at.get(line.text, -1) > line.index:
                listed.append(line.text)
            continue
        if len(listed) >= CONTENTS_MIN_ENTRIES:
            entries.update(listed)
        listed = []
    return frozenset(entries)


def _repeated_subheadings(lines: list[Line], start: int, end: int, prose: list[bool],
                          repeated: set[str]) -> set[str]:
    """Lines shown twice or more, every time in the body and every time as a subheading over prose: an article that
    names the same sections twice ("Durability" what the goal is, then "Durability" how it was met)."""
    where: dict[str, list[int]] = {}
    for line in lines:
        if line.text in repeated:
            where.setdefault(line.text, []).append(line.index)
    return {text for text, found in where.items()
            if all(start <= i <= end and _heads_prose(lines, i, prose) for i in found)}


def _heads_prose(lines: list[Line], i: int, prose: list[bool]) -> bool:
    """True for a few plain words (no stop, prompt or credit) alone in their group or opening it, over prose."""
    line = lines[i]
    if (i + 1 >= len(lines) or not prose[i + 1] or line.terminal or line.cta or line.credit
            or not 0 < line.words <= GROUP_HEADING_WORDS or not PLAIN_HEADING.match(line.text)):
        return False
    return i == 0 or lines[i - 1].group != line.group

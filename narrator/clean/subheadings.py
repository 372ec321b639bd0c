"""Subheadings inside a text dump's article: short lines set apart between its prose, past an ad's label or a
table of contents."""

from __future__ import annotations

import re
from collections import Counter

from narrator.clean.inserts import is_caption
from narrator.clean.lines import Line, is_post_stamp, is_widget_label
from narrator.clean.prose import is_sentence
from narrator.clean.textlists import PLAIN_HEADING

# Longest line read as a subheading inside a page dump's article.
HEADING_WORDS = 14
# A group of more lines than this is a page dumped without blank lines, not a box of packed links.
PACKED_GROUP_LINES = 30
LONG_SECTION_HEADING_WORDS = 6


def unparted_group(sizes: Counter[int], group: int) -> bool:
    """True for a group that is a page dumped without blank lines: the only group, or one too big for a box."""
    return len(sizes) == 1 or sizes[group] > PACKED_GROUP_LINES


# A sentence under a subheading at least this long, though too few of its words are stop words for prose.
TECHNICAL_SENTENCE_WORDS = 10


# A live blog's stamp over an entry: a clock time and a word or few ("Posted at 14:05", "Updated 10:15 GMT").
STAMP_HEADING_WORDS = 4


# A travel guide's sections, each under a heading of a word or two ("Understand", "Get in", "See", "Eat", "Sleep"),
# as Wikivoyage, Wikitravel and the town guides copied from them name them. "See", "Buy" and "Do" alone are a
# page's buttons too; among others of the guide's headings, with the guide's text between them, they head its parts.
GUIDE_SECTIONS = frozenset({
    "understand", "get in", "get there", "get around", "see", "do", "buy", "eat", "drink", "sleep", "stay",
    "stay safe", "stay healthy", "connect", "cope", "respect", "learn", "work", "talk", "go next", "eat and drink",
})
# How many of the guide's distinct headings, and how near the line (either side), make a guide's sections.
GUIDE_SECTIONS_MIN = 3
GUIDE_SECTIONS_REACH = 40


def guide_section(lines: list[Line], i: int) -> bool:
    """True for a travel guide's section heading alone on its line ("See"), among two more of its kind near it
    ("Get in", "Eat"): the guide's part, no button."""
    text = lines[i].text.strip().lower()
    if lines[i].words > 3 or text not in GUIDE_SECTIONS:
        return False
    near = {other.text.strip().lower() for other in lines[max(0, i - GUIDE_SECTIONS_REACH):i + GUIDE_SECTIONS_REACH]
            if other.words <= 3}
    return len(near & GUIDE_SECTIONS) >= GUIDE_SECTIONS_MIN


def is_heading(lines: list[Line], i: int, prose: list[bool], keep: list[bool], sizes: Counter[int]) -> bool:
    """A short line on its own between kept text and prose: a subheading of the article.

    A second heading line (a kicker, a numbered title and its subtitle) may stand between it and the prose.
    (Looking past a line above for kept text as well let teaser headlines in: holdout precision 0.979 -> 0.955.)
    """
    line = lines[i]
    if ((line.cta and not guide_section(lines, i)) or line.credit or line.words == 0 or line.words > HEADING_WORDS
            or i + 1 >= len(lines)
            or is_caption(lines, i)  # a photo's caption over its credit, the prose going on under them
            or (line.clock and line.words <= STAMP_HEADING_WORDS and is_post_stamp(line.text))):
        # "Posted at 14:05" over a live blog's entry: when, not what (a dated line may be the article's)
        return False
    # on a page without blank lines (one huge group) every line stands alone as far as anyone can tell
    alone = unparted_group(sizes, line.group) or (
        (i == 0 or lines[i - 1].group != line.group) and lines[i + 1].group != line.group) or (
        _between_paragraphs(lines, i, prose))
    above, below = i - 1, i + 1
    # "Advertisement" between the parts, or a quotation's source in brackets ("[ The Verge ]"): the page's, no gap
    while above > 0 and (_ad_label(lines[above]) or _BRACKETED.match(lines[above].text)
                         or (lines[above].words <= 2 and _PART_NUMBER.match(lines[above].text))):
        above -= 1  # (and a how-to's "Part 1" over its part's name: the number of the part the name heads)
    while below + 1 < len(lines) and (_ad_label(lines[below]) or _BRACKETED.match(lines[below].text)):
        below += 1
    # a sentence of few stop words under it, prose under that: a technical section ("Breaking changes" / "Station
    # files now use the new JSON format; run tidekit migrate to convert old files." / a paragraph)
    after = prose[below] or (below + 1 < len(lines) and (lines[below].words <= HEADING_WORDS or (
        is_sentence(lines[below]) and lines[below].words >= TECHNICAL_SENTENCE_WORDS)) and prose[below + 1]
                             # under an advertisement's label, a line over a prompt is the advertiser's name
                             # ("Kelso Motors - new and used cars" / "Visit our showroom today")
                             and not (above < i - 1 and lines[below].cta))
    # past a label, only a paragraph above makes it a heading (a heading above it, the line is that part's credit),
    # or a list's last item: a kept line under another, neither prose ("110g butter" / "1 egg" / "ADVERTISEMENT" /
    # "Method"), where a heading stands alone under a paragraph
    return alone and after and i > 0 and (keep[above] or _first_under_contents(lines, i)) and (
        above == i - 1 or prose[above] or not keep[above] or (
            above > 0 and keep[above - 1] and not prose[above - 1] and lines[above - 1].group == lines[above].group))


# A table of contents' label, over its numbered entries ("Contents" / "1 History" / "2 Architecture").
CONTENTS_LABEL = re.compile(r"(?i)^\W*(?:contents|table of contents|in this article|on this page)\W*$")
_CONTENTS_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(\S.*)$")
# The most entries looked back over (each heading's check stays bounded, whatever the page).
CONTENTS_MAX_ENTRIES = 60


def _first_under_contents(lines: list[Line], i: int) -> bool:
    """A heading right under a table of contents that lists it ("Contents" / "1 History" / ... / "History"): the
    first section's, though the lines above it (the contents) are not read."""
    entries: set[str] = set()
    j = i - 1
    while j >= 0 and (entry := _CONTENTS_ENTRY.match(lines[j].text)) and i - j <= CONTENTS_MAX_ENTRIES:
        entries.add(entry.group(1).strip().lower())
        j -= 1
    return (len(entries) >= CONTENTS_MIN_ENTRIES and j >= 0 and CONTENTS_LABEL.match(lines[j].text) is not None
            and lines[i].text.strip().lower() in entries)


# An advertisement's label on its own line, in narrator's languages. (Any prompt of a word or two, "Comments" or
# "Share" among them, let a promotion's title after a comment button in: AEB text dumps' precision 0.978 -> 0.971.)
_AD_LABEL = re.compile(r"(?i)^\W*(?:advertisement|advertising|advert|ad|sponsored(?: content)?|anzeige|werbung"
                       r"|publicité|publicidad|pubblicità|publicidade)\W*$")


# A how-to's number of a part or a method over that part's name ("Part 1" / "Getting Ready", "Method 2").
_PART_NUMBER = re.compile(r"(?i)^\W*(?:part|method)\s+\d{1,2}\W*$")


# A line that is a label in brackets alone: a quoted source ("[ Engadget ]"), "[Video]".
_BRACKETED = re.compile(r"^\[[^\[\]]{1,60}\]$")


def _ad_label(line: Line) -> bool:
    """True for an advertisement's label alone on its line ("Advertisement", "ADVERTISEMENT", "Anzeige")."""
    return _AD_LABEL.match(line.text) is not None


def _between_paragraphs(lines: list[Line], i: int, prose: list[bool]) -> bool:
    """True for a few plain words between two prose lines of their own group: in a block dumped a paragraph a line,
    without blank lines, a subheading stands apart by being short between them (another story's headline, longer,
    stays out)."""
    line = lines[i]
    return (0 < i < len(lines) - 1 and prose[i - 1] and prose[i + 1] and not line.terminal
            and line.words <= GROUP_HEADING_WORDS and bool(PLAIN_HEADING.match(line.text))
            and lines[i - 1].group == line.group == lines[i + 1].group)


def natural_heading(lines: list[Line], i: int, prose: list[bool], keep: list[bool], sizes: Counter[int]) -> bool:
    """A line of ordinary words set apart like a subheading ("What planners told me"): read as one, not as a
    paragraph; an address or a handle ("@olga_n_photo") stays a paragraph."""
    text = lines[i].text
    return "://" not in text and "@" not in text and is_heading(lines, i, prose, keep, sizes)


# A subheading written straight above its paragraph, with no blank line between them: a few plain words (as many
# as a section's heading over its paragraph has, see _heads_a_section).
GROUP_HEADING_WORDS = LONG_SECTION_HEADING_WORDS


def heads_its_group(lines: list[Line], i: int, prose: list[bool], keep: list[bool], sizes: Counter[int]) -> bool:
    """A short line of plain words opening a group whose next lines are prose, under kept article text: a
    subheading pasted without its blank line ("Instructions", then the steps)."""
    line = lines[i]
    if ((line.cta and not guide_section(lines, i)) or line.credit or line.terminal
            or not 0 < line.words <= GROUP_HEADING_WORDS or i == 0 or i + 1 >= len(lines) or not keep[i - 1]
            or unparted_group(sizes, line.group)):
        return False
    opens_group = lines[i - 1].group != line.group and lines[i + 1].group == line.group
    return opens_group and prose[i + 1] and bool(PLAIN_HEADING.match(line.text)) and not is_widget_label(line)


# A table of contents above the article lists at least this many of the body's subheadings.
CONTENTS_MIN_ENTRIES = 2

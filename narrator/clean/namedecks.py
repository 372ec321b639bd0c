"""A writer's name between a headline and its standfirst, the day under both (an opinion page's header).

A comment page prints the columnist's name right under the headline, then the piece's summary, then the day
("The town that shut its school gates ..." / "Meera Shah" / "Parents feared chaos. Instead, ..." / "Sat 28 Nov 2026
07.00 GMT"). Elsewhere the summary stands under the headline and the name under the summary; here neither is found
where the header reader looks, so the name went unheard and the summary was lost with the page's furniture.
"""

from __future__ import annotations

from narrator.clean.bylines import authors_from, name_alone
from narrator.clean.lines import Line
from narrator.clean.pagedates import dates_the_page
from narrator.clean.subheadings import CONTENTS_LABEL

# A standfirst is a sentence to three: shorter is a label, longer the lead (textmeta's STANDFIRST_WORDS).
DECK_WORDS = (8, 80)


def is_name_over_deck(lines: list[Line], i: int, start: int) -> bool:
    """True for a name alone at i, over a summary of one to three sentences ending on its stop, over the day, all
    above the body's start at start: the name is the byline, the summary the standfirst."""
    if not (i > 0 and i + 2 < start) or not name_alone(lines[i]):
        return False
    deck, day = lines[i + 1], lines[i + 2]
    low, high = DECK_WORDS
    return (low <= deck.words <= high and deck.terminal and not deck.cta and not deck.credit
            and not authors_from(deck) and dates_the_page(day))


def past_name_and_deck(lines: list[Line], start: int, end: int) -> int:
    """The body's first line past a summary it was taken to open on, when a name alone stands over that summary and
    the day under it: the header's lines (a short summary reads as prose, and the page's first paragraph began on
    it, the day and the page's buttons then inside the body)."""
    if start + 2 < end and is_name_over_deck(lines, start - 1, start + 2):
        return start + 2
    return start


# A news page's summary of a sentence or two, ending on its stop, between its headline and its byline: the byline
# right under it, a role and the day under that ("Cardigan cinema saved ..." / "Townspeople have raised £310,000 to buy
# the building." / "By Ffion Hughes" / "Senior reporter" / "Published 2 December 2026"). The lines this far under
# the byline may hold the day.
DAY_UNDER_BYLINE = 3


def past_summary_and_byline(lines: list[Line], start: int, end: int) -> int:
    """The body's first line past a summary it was taken to open on, when a "By" line and the day stand under that
    summary: the header's lines (the page's first paragraph began on the summary, and its byline went unheard)."""
    if not 0 < start < end - 2 or lines[start - 1].terminal:
        return start
    summary, byline = lines[start], lines[start + 1]
    low, high = DECK_WORDS
    if not (summary.terminal and low <= len(summary.text.split()) and summary.words <= high and not summary.cta
            and not summary.credit and byline.text.lstrip()[:3].lower() == "by " and authors_from(byline)):
        return start
    return next((k + 1 for k in range(start + 2, min(end, start + 2 + DAY_UNDER_BYLINE)) if dates_the_page(lines[k])),
                start)


def summary_over_contents(lines: list[Line], body_start: int, start: int) -> str | None:
    """A guidance page's summary, a sentence or two right under its header (the publisher and the day) and right over
    its "Contents" list, above the body ("How to burn wood more cleanly at home ..."): the standfirst; else None."""
    if not body_start + 1 < start:
        return None
    summary = lines[body_start]
    low, high = DECK_WORDS
    if (summary.terminal and low <= len(summary.text.split()) and summary.words <= high and not summary.cta
            and CONTENTS_LABEL.match(lines[body_start + 1].text)):
        return summary.text
    return None

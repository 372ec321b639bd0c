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

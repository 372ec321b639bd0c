"""Teaser cards a page marks up as <article> ("More from ...": a linked headline over a line of summary): boxes, not
the page's article, for the extractor to weigh as any other box."""

from __future__ import annotations

from typing import Any

from lxml import etree

from narrator.clean.common import squash

# A card is a headline and a line or two of summary; a story, however short, is longer or has no linked headline.
CARD_WORDS = 45
MIN_CARDS = 2
_HEADINGS = etree.XPath(".//h2 | .//h3 | .//h4 | .//h5 | .//h6")


def _is_card(article: Any) -> bool:
    """An <article> of a few words whose headline is a link (the heading in the link, or the link the heading)."""
    if len(squash(article.text_content()).split()) > CARD_WORDS:
        return False
    for heading in _HEADINGS(article):
        title = squash(heading.text_content())
        if not title:
            continue
        if next(heading.iterancestors("a"), None) is not None:
            return True
        return any(squash(link.text_content()) == title for link in heading.iter("a"))
    return False


def cards_as_boxes(root: Any) -> None:
    """Read a run of teaser cards marked as <article> as plain boxes: a story beside them in no <article> of its own
    (a local paper's "More from ..." under it) was read after the first card's headline and summary, which the
    extractor took for the page's article."""
    # Two or more: one short <article> with a linked headline is as often a short post under its permalink.
    cards = [article for article in root.iter("article") if _is_card(article)]
    if len(cards) >= MIN_CARDS:
        for card in cards:
            card.tag = "div"

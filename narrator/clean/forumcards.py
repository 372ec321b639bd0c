"""A forum poster's card beside each post: their name, rank, standing and count of posts, read between the posts."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.breaks import bare_text_as_paragraphs
from narrator.clean.common import squash

# A card's count of the poster's posts, the one line every forum's card has ("Posts: 118", "<strong>Posts:</strong>
# 214", "Messages: 5,061"); a text of its own, a line after a <br> ("Full Member<br>Offline<br>Posts: 23", YaBB's) or
# an element's whole text.
_COUNT_TEXTS = etree.XPath("//text()[contains(., 'osts:') or contains(., 'essages:')]")
_CARD_COUNT = re.compile(r"(?i)(?:posts|messages)\s*:\s*\d[\d,.]*")
# A card is a few short lines, none a sentence ("Sr. Member" is a rank's abbreviation, no sentence's end): a reply of
# a few words ("Sorted, thanks!", "Done. Works now.") ends one, and the card stops short of the post that holds it.
CARD_WORDS = 16
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?](?:\s|$)")
# Cards are the posts' furniture where there are posts: one alone is a page's own line ("Posts: 3" in a profile).
CARDS_MIN = 2
# The card is at most the table's cell it stands in (the old forums' row of a card's cell and a post's cell).
_CELLS = frozenset({"td", "th"})
_BLOCKS = frozenset({"p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
                     "section", "article", "header", "footer", "aside", "nav", "figure", "form", "hr", "main"})
_ABOVE_CARDS = frozenset({"tr", "table", "tbody", "thead", "body", "html", "article", "main"})


def drop_poster_cards(root: Any) -> None:
    """Take out the posters' cards, each the largest element about a count of posts that says no sentence, a cell at
    most (the YaBB, phpBB 2 and SMF 1.1 cell "kestrel<br>Junior Member<br>Offline<br>Posts: 23" was read as
    "kestrelJunior MemberOfflinePosts: 23")."""
    cards: dict[Any, None] = {}
    for text in _COUNT_TEXTS(root):
        element = text.getparent()
        if element is not None and text.is_tail:
            element = element.getparent()
        if element is None or not (_CARD_COUNT.fullmatch(squash(str(text)))
                                   or _CARD_COUNT.fullmatch(squash(element.text_content()))):
            continue
        if (card := _card_about(element)) is not None:
            cards[card] = None
    if len(cards) < CARDS_MIN:
        return
    tables = [next(card.iterancestors("table"), None) for card in cards if card.tag in _CELLS]
    for card in cards:
        if card.getparent() is not None:
            card.drop_tree()
    if len(tables) == len(cards) and (thread := _common_table(tables)) is not None:
        _table_as_thread(thread)


def _common_table(tables: list[Any]) -> Any | None:
    """The innermost table that holds every one of tables, or None."""
    if any(table is None for table in tables):
        return None
    holders = [table, *tables[0].iterancestors("table")] if (table := tables[0]) is not None else []
    for holder in holders:
        if all(other is holder or holder in set(other.iterancestors("table")) for other in tables[1:]):
            return holder
    return None


# The extractor takes no box classed a "message" (YaBB's post, "<div class='message'>"): in a thread it is the post.
_MESSAGE_CLASS = re.compile(r"(?i)message")
# ... and takes a box classed a post's body ("<div class='post'>", SMF 1.1's) alone for the article: the first post.
_POST_BODY_CLASS = re.compile(r"(?i)^(?:post|entry)$|post[-_]?(?:text|body|content|entry)")


def _table_as_thread(thread: Any) -> None:
    """Read a table of posts, its posters' cards taken out, as the article: its rows and cells as boxes, not a table of
    data (a post's row was read as one line, a cell's class took that cell alone for the article)."""
    if next(thread.iterancestors("article"), None) is not None:
        return
    for part in thread.iter():
        if not isinstance(part.tag, str):
            continue
        if part.tag in ("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
            part.tag = "div"
            part.attrib.pop("class", None)
        elif _POST_BODY_CLASS.search(named := part.get("class", "")):
            part.attrib.pop("class")
        elif _MESSAGE_CLASS.search(named):
            part.set("class", _MESSAGE_CLASS.sub("posting", named))
    for link in [link for link in thread.iter("a") if not squash(link.text_content())]:
        link.drop_tree()  # a post's icon linking to itself: beside a short reply the extractor took it for a menu's
    for box in list(thread.iter("div")):
        _lines_as_paragraphs(box)
    thread.tag = "article"


def _lines_as_paragraphs(box: Any) -> None:
    """A box of inline text alone made a paragraph (or one per run between two breaks): the extractor ran the boxes a
    table's cells became into one line, a post's subject, its stamp, its text and "Logged"."""
    if any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in box) or not squash(box.text_content()):
        return
    if (box.text or "").strip() or any((child.tail or "").strip() for child in box):
        bare_text_as_paragraphs(box)
    else:
        box.tag = "p"  # its text all in inline elements ("<div><a>Re: Valve radio hums</a></div>")


def _card_about(element: Any) -> Any | None:
    """The largest element from element up that reads as a card, stopping at a table's cell; None if element does
    not."""
    card = None
    while element is not None and isinstance(element.tag, str) and element.tag not in _ABOVE_CARDS:
        text = squash(element.text_content())
        if len(text.split()) > CARD_WORDS or _SENTENCE_END.search(text):
            break
        card = element
        if element.tag in _CELLS:
            break
        element = element.getparent()
    return card

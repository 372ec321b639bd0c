"""Paragraphs a page marks with blank lines (<br><br>) instead of <p>, made paragraphs before extraction.

The extractor keeps one line break of the two, so such a page was read as one paragraph, with the bold title it
opened on glued to its first sentence.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from lxml import html as lxml_html

# A box whose text is parted this often by two line breaks in a row is laid out in paragraphs.
MIN_DOUBLE_BREAKS = 2
# Words on each side of a box's one double break for it to part two paragraphs of prose (a forum post's).
MIN_PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# Elements that are blocks of their own: they end a paragraph, and are kept as they are.
_BLOCKS = frozenset({"p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
                     "section", "article", "header", "footer", "aside", "nav", "figure", "form", "hr", "main"})
# Inside these a break stays a break: the element is a paragraph, an item or a cell already.
_WHOLE = frozenset({"p", "li", "td", "th", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "address"})


def _is_break(node: Any) -> bool:
    """A <br> element."""
    return isinstance(node.tag, str) and node.tag == "br"


def _double_breaks(box: Any) -> int:
    """How many times two <br> follow each other in the box, with nothing but spaces between them."""
    return sum(1 for first, second in pairwise(box)
               if _is_break(first) and _is_break(second) and not (first.tail or "").strip())


def double_breaks_as_paragraphs(root: Any) -> None:
    """Each run of inline text between two <br> in a row, in a box laid out that way, becomes a <p> of its own."""
    boxes = {id(br.getparent()): br.getparent() for br in root.iter("br") if br.getparent() is not None}
    for box in boxes.values():
        if isinstance(box.tag, str) and box.tag not in _WHOLE and (
                (count := _double_breaks(box)) >= MIN_DOUBLE_BREAKS or (count == 1 and _prose_either_side(box))):
            _rebuild(box)


def bare_text_as_paragraphs(box: Any) -> None:
    """A box of inline text alone (a forum post's message set bare in its <div>, no <p>) made paragraphs: one <p>, or
    one per run between two breaks in a row. A box that holds blocks, or no text of its own, stays as it is."""
    if ((box.text or "").strip() or any((child.tail or "").strip() for child in box)) and not any(
            isinstance(child.tag, str) and child.tag in _BLOCKS for child in box):
        _rebuild(box)


def _prose_either_side(box: Any) -> bool:
    """True for a box of inline text alone, parted once by two breaks, with sentences on both sides of them: a post's
    two paragraphs. A line or a label beside the break is no evidence ("Only once<br><br>parted here")."""
    sides = [box.text or "", ""]
    side, previous = 0, None
    for child in box:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            return False
        if _is_break(child) and previous is not None and _is_break(previous) and not (previous.tail or "").strip():
            side = 1
        elif not _is_break(child):
            sides[side] += child.text_content()
        sides[side] += (" " if _is_break(child) else "") + (child.tail or "")
        previous = child
    return all(len(text.split()) >= MIN_PROSE_WORDS and _SENTENCE_END.search(text.strip()) for text in sides)


def _rebuild(box: Any) -> None:
    """The box's content regrouped: inline runs parted at double breaks wrapped in <p>, blocks left as they are."""
    children = list(box)
    pieces: list[Any] = []
    paragraph = _new_paragraph(box.text)
    box.text = None
    for k, child in enumerate(children):
        box.remove(child)
        tail, child.tail = child.tail, None
        nxt = children[k + 1] if k + 1 < len(children) else None
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            pieces.append(paragraph)
            pieces.append(child)
            paragraph = _new_paragraph(tail)
        elif _is_break(child) and ((nxt is not None and _is_break(nxt) and not (tail or "").strip())
                                   or _ends_a_run(paragraph)):
            pieces.append(paragraph)  # the first of two breaks ends the paragraph, the second opens the next
            paragraph = _new_paragraph(tail)
        else:
            _append(paragraph, child, tail)
    pieces.append(paragraph)
    for piece in pieces:
        if piece.tag != "p" or len(piece) or (piece.text or "").strip():
            box.append(piece)


def _new_paragraph(text: str | None) -> Any:
    """An empty <p>, holding text if any."""
    paragraph = lxml_html.Element("p")
    paragraph.text = text
    return paragraph


def _ends_a_run(paragraph: Any) -> bool:
    """True for a paragraph with nothing in it yet: the second of two breaks opens no empty line."""
    return not len(paragraph) and not (paragraph.text or "").strip()


def _append(paragraph: Any, child: Any, tail: str | None) -> None:
    """Add an inline element and the text after it to the paragraph."""
    paragraph.append(child)
    child.tail = tail

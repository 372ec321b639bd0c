"""Win back article paragraphs the extractor missed when a page splits its body into several boxes.

Some sites cut an article into repeated containers with ads between them; trafilatura tends to keep
only the first. The paragraphs it did keep show which container class holds the article, and the
other containers of that same class are read too.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from narrator.clean.common import comparable, squash
from narrator.clean.lines import is_prose, make_line
from narrator.model import Block, BlockKind

log = logging.getLogger(__name__)

_HEADINGS = {"h2": 2, "h3": 3, "h4": 4}
# The extractor must have agreed on the container at least this often before we trust it.
MIN_MATCHED = 2
# An embedded post is looked for this many levels up, and read when it has this many words.
QUOTE_DEPTH = 6
MIN_QUOTE_WORDS = 3


def _signature(element: Any) -> tuple[str, str] | None:
    """tag and class of a container, or None when it has no class to recognise it by."""
    if element is None or not isinstance(element.tag, str):
        return None
    classes = " ".join(sorted((element.get("class") or "").split()))
    return (element.tag, classes) if classes else None


def _text(element: Any) -> str:
    """The element's visible text, whitespace collapsed."""
    return squash(" ".join(element.itertext()))


def rescue_paragraphs(root: Any, blocks: list[Block]) -> list[Block]:
    """Add prose paragraphs from sibling containers of the article's own container, in page order."""
    known = {comparable(b.text): i for i, b in enumerate(blocks)}
    paragraphs = list(root.iter("p"))
    order = {id(p): n for n, p in enumerate(paragraphs)}
    matched = [p for p in paragraphs if comparable(_text(p)) in known]
    signatures = Counter(sig for p in matched if (sig := _signature(p.getparent())) is not None)
    if not signatures:
        return blocks
    signature, count = signatures.most_common(1)[0]
    if count < MIN_MATCHED:
        return blocks
    block_position = {known[comparable(_text(p))]: order[id(p)] for p in reversed(matched)}
    extras: list[tuple[int, Block]] = []
    quotes_seen: set[str] = set()
    for p in paragraphs:
        text = _text(p)
        if comparable(text) in known:
            continue
        if _signature(p.getparent()) == signature and is_prose(make_line(0, text, 0)):
            extras.append((order[id(p)], Block(BlockKind.PARAGRAPH, text)))
        elif (quote := _embedded_quote(p, signature)) is not None:
            quote_text = _text(quote)
            key = comparable(quote_text)
            if key not in known and key not in quotes_seen and len(key.split()) >= MIN_QUOTE_WORDS:
                quotes_seen.add(key)
                extras.append((order[id(p)], Block(BlockKind.QUOTE, quote_text)))
    if not extras:
        return blocks
    log.debug("rescued %d paragraphs from containers %s", len(extras), signature)
    return _merge(blocks, block_position, extras)


def _embedded_quote(p: Any, signature: tuple[str, str]) -> Any | None:
    """The <blockquote> (an embedded post or a pull quote) holding p inside the article's container."""
    quote = None
    for depth, ancestor in enumerate(p.iterancestors()):
        if depth > QUOTE_DEPTH:
            return None
        if ancestor.tag == "blockquote" and quote is None:
            quote = ancestor
        elif quote is not None and _signature(ancestor) == signature:
            return quote
    return None


def _merge(blocks: list[Block], block_position: dict[int, int], extras: list[tuple[int, Block]]) -> list[Block]:
    """Interleave extras with blocks by page position (blocks without a position keep their place)."""
    merged: list[Block] = []
    pending = sorted(extras, key=lambda item: item[0])
    for index, block in enumerate(blocks):
        position = block_position.get(index)
        while position is not None and pending and pending[0][0] < position:
            merged.append(pending.pop(0)[1])
        merged.append(block)
    merged.extend(block for _, block in pending)
    return merged

"""A holiday let's facts as its listing sets them out, chip by chip: "Sleeps 6", "3 bedrooms", "2 dogs welcome",
"Ref: DFC2291". Read, they are a list of figures between the let's name and its description. And the label a listing
sets over that description ("Property description", "About this place"), a tab's name, not the writer's heading."""

from __future__ import annotations

import re

from narrator.model import Block, BlockKind

# One fact of a let: its guests, rooms, beds or pets counted, or its listing's reference. A sentence that says the same
# ("The farmhouse sleeps 6 in 3 bedrooms, and two dogs are welcome") is more than one fact and stays.
_STAY_FACT = re.compile(
    r"(?i)sleeps\s+\d{1,2}|\d{1,2}\s+(?:bedrooms?|bathrooms?|shower\s?rooms?|beds?|baths?|guests?"
    r"|(?:dogs?|pets?)\s+(?:welcome|allowed))|(?:property\s+id|ref(?:erence)?)(?::\s*|\s+)[A-Z]{0,4}\d{4,10}")
_SLEEPS = re.compile(r"(?i)^sleeps\s+\d")
MIN_FACTS = 2


def drop_stay_facts(blocks: list[Block]) -> list[Block]:
    """The blocks without a run of a let's facts (two or more, one of them how many it sleeps), each a block alone."""
    facts = [b.kind is not BlockKind.HEADING and _STAY_FACT.fullmatch(b.text.strip()) is not None for b in blocks]
    dropped: set[int] = set()
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and facts[end]:
            end += 1
        if end - start >= MIN_FACTS and any(_SLEEPS.match(blocks[i].text.strip()) for i in range(start, end)):
            dropped.update(range(start, end))
        start = end + 1
    return [b for i, b in enumerate(blocks) if i not in dropped]


# A listing's label over its description, a heading alone: the kind of place and "description" or "details", or "About
# this" and the kind ("Property description", "Villa description", "About this place", "About the accommodation"). A
# heading of the writer's own over a part of a story ("The bothy", "Where to stay") names no such field.
_KINDS = (r"(?:property|villa|cottage|house|home|apartment|flat|lodge|barn|cabin|chalet|hut|let|listing|accommodation"
          r"|place|stay|space|room)")
_LISTING_LABEL = re.compile(rf"(?i)(?:{_KINDS}\s+(?:description|details|overview)|about\s+(?:this|the)\s+{_KINDS})")


def drop_listing_labels(blocks: list[Block]) -> list[Block]:
    """The blocks without a listing's label heading its description (a heading right over a paragraph)."""
    return [b for i, b in enumerate(blocks)
            if not (b.kind is BlockKind.HEADING and i + 1 < len(blocks) and blocks[i + 1].kind is BlockKind.PARAGRAPH
                    and len(b.text) < LABEL_CHARS and _LISTING_LABEL.fullmatch(b.text.strip()) is not None)]


LABEL_CHARS = 40

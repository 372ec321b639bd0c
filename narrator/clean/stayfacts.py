"""A holiday let's facts as its listing sets them out, chip by chip: "Sleeps 6", "3 bedrooms", "2 dogs welcome",
"Ref: DFC2291". Read, they are a list of figures between the let's name and its description."""

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

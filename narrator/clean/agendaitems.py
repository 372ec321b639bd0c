"""A council's record of one agenda item, copied from its meetings site: "Agenda item" over "Item 7: Review of Car
Parking Charges", under the committee and the meeting's day. The item names the page; the committee and the day name
the meeting, neither a writer nor the day the record was published (the council's name over the menu was the title,
and the committee its author)."""

from __future__ import annotations

import re

from narrator.clean.lines import Line

# The item's line: its number and its name ("Item 7: Review of Car Parking Charges", "Item 4 - Land off Moor Lane").
_ITEM = re.compile(r"(?i)^\s*item\s+\d{1,3}[a-z]?\s*[:.–—-]\s+\S")
ITEM_WORDS = 20
# The label stands this near over the body at most.
ITEM_REACH = 8


def agenda_item(lines: list[Line], start: int) -> str:
    """The item's line right under its "Agenda item" label, over the body (no stop, a few words); else ""."""
    for i in range(max(0, start - ITEM_REACH), min(start, len(lines)) - 1):
        under = lines[i + 1]
        if (lines[i].text.strip().lower() == "agenda item" and not under.terminal and under.words <= ITEM_WORDS
                and _ITEM.match(under.text)):
            return under.text.strip()
    return ""

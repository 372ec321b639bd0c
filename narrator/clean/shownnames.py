"""A page's name shown twice right over its body: a release's "v2.0.0" over the line of who released it and when,
and again under it (moved out of textmeta, which holds the header's other rules)."""

from __future__ import annotations

from narrator.clean.lines import Line
from narrator.clean.pagedates import dates_the_page

# A name too short for a headline, shown twice right above the body, is the page's: a release's "v2.0.0" over the
# line of who released it and when, and again under it; both within this many lines of the body.
SHOWN_TWICE_LINES = 8
SHOWN_TWICE_WORDS = 4


def shown_twice_over_the_body(lines: list[Line], top: int, start: int) -> int | None:
    """The line nearest the body whose text stands twice (or thrice) in the lines right above it, a name of a few
    words with a figure in it ("v2.0.0", "Release 4.2"), or in full beside its number alone ("Release 1.4.2" /
    "1.4.2"): no menu entry, button or stamp; none when nothing is shown twice."""
    near = range(max(top, start - SHOWN_TWICE_LINES), start)
    for i in reversed(near):
        line = lines[i]
        if not (len(line.text.split()) <= SHOWN_TWICE_WORDS and any(c.isdigit() for c in line.text)
                and not (line.cta or line.clock or line.credit or dates_the_page(line))):
            continue
        if sum(lines[j].text == line.text for j in near) in (2, 3):  # in the bar too: "Releases" / "v3.1.0" / "Latest"
            return i
        # the name in full on one line and its number alone on the next ("Release 1.4.2" over "1.4.2")
        fuller = [j for j in near if j in (i - 1, i + 1) and lines[j].text.endswith(" " + line.text)
                  and len(lines[j].text.split()) <= SHOWN_TWICE_WORDS and not lines[j].cta]
        if len(fuller) == 1:
            return fuller[0]
    return None

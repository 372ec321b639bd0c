"""A page dump's top lines that are no <title> of the page: a periodical's name over its volume and issue, a shop's
offer banner."""

from __future__ import annotations

import re

from narrator.clean.lines import Line

# A journal's volume and issue, as its article pages print them under its name ("Volume 42, Issue 6", "Vol. 12 No. 3",
# "Issue 214").
_ISSUE = re.compile(r"(?i)^\s*(?:vol(?:ume)?\.?\s*\d+\b|issue\s+\d+\b)")
# A shop's offer in the strip over every page ("Free UK delivery on orders over £40", "Free shipping over $50", "10%
# off your first order"): the shop's, never the product's name.
_OFFER = re.compile(r"(?i)^\W*(?:free\s+(?:[a-z]{2}\s+)?(?:delivery|shipping|returns)\b.*\b(?:over|on|when)\b"
                    r"|\d{1,2}\s?%\s+off\b)")


def over_an_issue(lines: list[Line]) -> bool:
    """The dump's first line names a periodical, its volume and issue under it ("Journal of Coastal Research" /
    "Volume 42, Issue 6"): the journal's masthead, where a dump's first line is otherwise the page's <title>."""
    return len(lines) > 1 and _ISSUE.match(lines[1].text) is not None


def offer_banner(line: Line) -> bool:
    """A shop's offer over its pages ("Free UK delivery on orders over £40"): no page's <title>."""
    return _OFFER.match(line.text) is not None

"""A press release's labels over its headline ("NEWS RELEASE", "Embargoed until 00:01 on Tuesday 8 December 2026"):
the press office's marks, not read, and no page's stamp; the day an embargo lifts is the day the release is out."""

from __future__ import annotations

import re

from narrator.clean.common import parse_date
from narrator.clean.lines import RELEASE_LABEL

# A press release's contact for editors above its headline: "Contact: Jane Doe, (555) 010-2030, press@acme.example".
# Its label, then an e-mail address or a telephone number ("Contact: A Story" is a title).
_CONTACT_LABEL = re.compile(r"(?i)^\s*(?:(?:media|press|news)\s+)?(?:contacts?|enquiries|inquiries)\s*:"
                            r"[^@\n]{0,80}(?:\w@\w|(?:\d[\s().-]*){7})")


def release_top(texts: list[str]) -> tuple[int, str | None]:
    """How many of a release's first lines are its labels and its contact for editors (never all of them), and the
    day its embargo lifts (the release's own) if a label names one."""
    count, embargoed = 0, None
    while count < len(texts) - 1 and (is_release_label(texts[count]) or _CONTACT_LABEL.match(texts[count])):
        embargoed = embargoed or embargo_day(texts[count])
        count += 1
    return count, embargoed


def is_release_label(text: str) -> bool:
    """A release's label alone on its line ("PRESS RELEASE", "For immediate release", "Embargoed until ...")."""
    return RELEASE_LABEL.match(text) is not None


def embargo_day(text: str) -> str | None:
    """The day an embargo label names ("Embargoed until 00:01 on Tuesday 8 December 2026": 2026-12-08), or None."""
    return parse_date(text) if ("mbargo" in text or "MBARGO" in text) and is_release_label(text) else None

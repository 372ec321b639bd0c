"""A public notice's heading in capitals under its issuer ("Powys County Council" / "Town and Country Planning Act
1990" / "NOTICE OF PLANNING APPLICATION"), and its "Dated:" field at its foot: where a typed notice's title is and the
day it is given on."""

from __future__ import annotations

import re

from narrator.clean.lines import Line

# A notice's heading in capitals: "NOTICE OF PLANNING APPLICATION", "PUBLIC NOTICE", "STATUTORY NOTICE TO
# CREDITORS"; under its issuer's name and the law it is given under, a few lines at most, none a sentence.
_NOTICE = re.compile(r"^\s*(?:[A-Z]+\s+){0,2}NOTICE\b[A-Z ,'’&-]*$")
NOTICE_HEADING_LINE = 3
# The issuer's line names a public body or a company by what it is ("Powys County Council", "Harbour Authority").
_ISSUER = re.compile(r"\b(?:Council|Authority|Board|Agency|Department|Court|Trust|Commission|Committee|Office|Ltd"
                     r"|Limited|plc|Corporation)$")
_DATE_FIELD = re.compile(r"^\s*Dated?\s*:\s*(.{6,40})$")


def notice_heading(lines: list[Line]) -> int | None:
    """The line of a notice's heading in capitals (two words or more) under its issuer's lines (one naming a public
    body or a company, no sentence among them), over its text; else None."""
    for i in range(1, min(NOTICE_HEADING_LINE + 1, len(lines) - 1)):
        if lines[i].terminal:
            return None
        if ("NOTICE" in lines[i].text and _NOTICE.match(lines[i].text) and lines[i].words >= 2
                and any(_ISSUER.search(line.text.strip()) for line in lines[:i])):
            return i
    return None


def notice_day(text: str) -> str | None:
    """What a notice's "Dated: 3 March 2026" field at its foot gives as its day, or None."""
    dated = _DATE_FIELD.match(text)
    return dated.group(1) if dated else None

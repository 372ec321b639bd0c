"""A mail read in a webmail client and copied whole: the client's folders, the subject, the sender with their
address, "to me", the day, then the mail, its list's footer and the client's buttons under it. The subject titles
it and the day dates it; the client's lines are not read (the subject was lost, or a heading of the mail's taken for
the title, and the day with it)."""

from __future__ import annotations

import re

from narrator.clean.common import parse_date

# The line under the sender naming who received it: "to me", "to me, Ann", "to Ann, Huw", "to undisclosed-recipients".
_TO_LINE = re.compile(r"(?i)^to (?:me|you|undisclosed[\w-]*|[A-Z][\w'’-]*)(?:, ?[\w'’-][\w'’ -]{0,40})?$")
TO_LINE_CHARS = 60
# The sender's line: a name and the address in angle brackets ("Bike Shed Cardigan <hello@bikeshed.example>").
_SENDER = re.compile(r"<[^<>@\s]{1,64}@[^<>\s]{1,255}>")
# The client's folders and labels over the subject ("Inbox", "Inbox 214", "Primary"): not the subject.
_FOLDER = re.compile(r"(?i)^\s*(?:inbox|primary|promotions|updates|social|forums|important|starred|sent|drafts)"
                     r"(?:\s+\d[\d,]*)?\s*$")
# The day under "to me", without its year in the year it was sent ("Tue 1 Dec, 08:02"): its clock shows it.
_CLOCK = re.compile(r"\d:\d\d")
DAY_WORDS = 6
# The header stands this near the top; the subject this near over the sender.
HEADER_LINES = 15
SUBJECT_REACH = 3


def webmail_view(text: str) -> tuple[dict[str, str], str]:
    """The subject and day of a mail copied from a webmail client's view, and the mail under its header (no fields,
    and the text as it was, when no sender's line with its address stands over "to me" near the top)."""
    rows = text.splitlines()
    shown = [(i, row.strip()) for i, row in enumerate(rows[:HEADER_LINES * 2]) if row.strip()][:HEADER_LINES]
    for n, (_, row) in enumerate(shown[1:-1], start=1):
        to = shown[n + 1][1]
        if not ("@" in row and len(to) <= TO_LINE_CHARS and _SENDER.search(row) and _TO_LINE.match(to)):
            continue
        above = [line for _, line in shown[max(0, n - SUBJECT_REACH):n] if not _FOLDER.match(line)]
        if not above:
            return {}, text
        day_at, day = shown[n + 2] if n + 2 < len(shown) else (len(rows), "")
        dated = parse_date(day) is not None or (bool(_CLOCK.search(day)) and len(day.split()) <= DAY_WORDS)
        body_at = day_at + 1 if dated else shown[n + 1][0] + 1
        # (the client's view, not the mail's header: the mail's first line, its own heading, is read under the subject)
        fields = {"title": above[-1], "author": "", "date": day if dated else "", "client": "webmail"}
        return fields, "\n".join(rows[body_at:])
    return {}, text

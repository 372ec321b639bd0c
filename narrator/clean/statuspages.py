"""A status page's incident or maintenance report: its updates, each a state over its text over its stamp, newest
first ("Resolved" / "This incident has been resolved." / "Posted Mar 05, 2026 - 11:42 UTC")."""

from __future__ import annotations

import re

from narrator.clean.lines import Line

# The report's kind and its service, under the incident's own name: a label of the page, never its title ("Incident
# Report for Harbour Pay", "Scheduled Maintenance Report for Tidewater Bank").
_REPORT_FOR = re.compile(r"^\s*(?:incident|(?:scheduled\s+)?maintenance|outage)\s+report\s+for\s+\S", re.I)

# The states an update is filed under, alone on a line above its text (statuspage's and its imitators' words).
UPDATE_STATES = frozenset(("resolved", "monitoring", "identified", "investigating", "update", "completed",
                           "in progress", "scheduled", "verifying", "postmortem", "recovering"))
# An update's stamp under its text: "Posted" and the day and hour ("Posted Mar 05, 2026 - 11:42 UTC").
_POSTED = re.compile(r"^\s*posted\s+\S", re.I)
# An update's text is a few lines at most between its state and its stamp.
UPDATE_LINES = 4


def names_the_report(line: Line) -> bool:
    """True for the report's label under the incident's name ("Incident Report for Harbour Pay")."""
    return line.text[:1].isalpha() and bool(_REPORT_FOR.match(line.text))


def update_stamp(lines: list[Line], i: int) -> bool:
    """True for an update's stamp ("Posted Mar 05, 2026 - 11:42 UTC") with a state a few lines above it: a stamp of
    the update's, not the page's date, which the update's text stands above."""
    if not (lines[i].text[:1] in "Pp" and _POSTED.match(lines[i].text)):
        return False
    return any(lines[j].text.strip().lower() in UPDATE_STATES for j in range(max(0, i - UPDATE_LINES), i))

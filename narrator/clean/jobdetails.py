"""A job advert's terms under its description, one field a line ("Salary: £12,480 a year (pro rata)", "Closing date:
18 December 2026"): what an applicant asks first, read, though no line of them is prose, so the run of prose ended
above them and they were lost with the page's buttons under them ("Show more", "Apply")."""

from __future__ import annotations

import re

from narrator.clean.lines import Line
from narrator.model import Block, BlockKind

# The terms an advert states, as employers and job boards label them: a field is one of these, then a colon and its
# value, so a page's own labelled lines ("Share: Facebook", "Tags: jobs") are none.
JOB_FIELDS = frozenset((
    "salary", "pay", "wage", "rate of pay", "hourly rate", "closing date", "closing", "deadline",
    "application deadline", "interview date", "interview dates", "start date", "hours", "working hours",
    "hours per week", "contract", "contract type", "job type", "employment type", "location", "grade", "band",
    "reference", "job reference", "ref", "working pattern", "duration",
))
_FIELD = re.compile(r"^([A-Za-z][A-Za-z ]{1,24}):\s+\S")
# A field's line is short: a label and its value, not a paragraph that opens on "Location:".
FIELD_WORDS = 12


def _job_field(line: Line) -> bool:
    """A job's term on its line: a known label, a colon, a short value."""
    field = _FIELD.match(line.text)
    return field is not None and line.words <= FIELD_WORDS and field.group(1).strip().lower() in JOB_FIELDS


def job_details_after(lines: list[Line], end: int) -> list[Block]:
    """The advert's terms right under the body, one a line, two at least; nothing when none stands there."""
    i = end + 1
    if not (i + 1 < len(lines) and ":" in lines[i].text):
        return []  # the cheap first look: a label's colon right under the body
    last = i
    while last < len(lines) and _job_field(lines[last]):
        last += 1
    return [Block(BlockKind.PARAGRAPH, line.text) for line in lines[i:last]] if last - i >= 2 else []

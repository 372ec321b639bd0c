"""A parliament's printed record (Hansard) as a reader copies it: the speeches are read, the record's furniture not.

A debate's record prints, between the speeches, the printed volume's column numbers ("Column 345"), the time of day
alone on its line ("2.31 pm"), each speaker's name over their words ("Ellen Marsh (North Dales) (Con)", "The Minister
for Postal Affairs (Mark Corbin)", "Mrs Morgan") and the clerk's notes ("Question put and agreed to.", "Hon. Members:
Hear, hear."); above them the record's name and its volume line ("Hansard", "Volume 780: debated on Tuesday 3 March
2026"). Read aloud they are noise between the speeches. They are left out only where the text shows it is such a
record: a column number alone on its line and the volume's "debated on" line or a time alone on its line, so a
writer's own text that mentions a column or a time is read as it is.
"""

from __future__ import annotations

import re

# The printed volume's column, alone on its line: the record's own page number.
_COLUMN = re.compile(r"^Column \d{1,5}$")
# The record's day: "Volume 780: debated on Tuesday 3 March 2026".
_VOLUME = re.compile(r"^Volume \d{1,5}:\s+debated on\s+(?P<day>.{6,40})$")
# A time of day alone on its line as the record prints it between speeches ("2.31 pm", "10.02 am").
_TIME_ALONE = re.compile(r"^\d{1,2}[.:]\d\d\s?[ap]\.?m\.?$")
# A member over their speech: a name, their seat and their party in brackets ("Ellen Marsh (North Dales) (Con)",
# "Mrs Alice Morgan (Brecon Hills) (Lab/Co-op)"); a minister by office, their name in brackets ("The Minister for
# Postal Affairs (Mark Corbin)", "The Secretary of State for Wales (Jo Stevens)"); a member named again by honorific
# and surname alone ("Mrs Morgan", "Mr Speaker", "Dame Sian Lloyd").
_NAME_WORD = r"[A-Z][\w'’-]+"
_MEMBER = re.compile(rf"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.? )?{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
                     r" \([^()]{2,60}\) \([^()]{2,12}\)$")
_MINISTER = re.compile(rf"^The (?:[A-Z][\w'’-]*|of|for|and|the)(?: (?:[A-Z][\w'’-]*|of|for|and|the)){{1,12}}"
                       rf" \({_NAME_WORD}(?: {_NAME_WORD}){{1,3}}\)$")
_NAMED_AGAIN = re.compile(rf"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Madam|Lord|Lady)\.? {_NAME_WORD}(?: {_NAME_WORD})?$")
# The clerk's notes of what the House did, each alone on its line.
_PROCEDURE = re.compile(r"^(?:Question put(?: and agreed to)?\.?|Hon\. Members: .{1,40}|Motion lapsed\.?"
                        r"|Division\.?|Ordered,.{0,80}|Resolved,.{0,80})$")


def _is_record(lines: list[str]) -> bool:
    """True when a column number stands alone on a line and a volume line or a time alone says "debate"."""
    if not any(line.startswith("Column ") and _COLUMN.match(line) for line in lines):
        return False
    return any(_VOLUME.match(line) or _TIME_ALONE.match(line) for line in lines)


def _furniture(line: str, first: bool) -> bool:
    """A record's line that is no speech: its name first, its volume, columns, times, speakers and clerk's notes."""
    return ((first and line == "Hansard") or bool(_COLUMN.match(line)
            or _TIME_ALONE.match(line) or _MEMBER.match(line) or _MINISTER.match(line)
            or _NAMED_AGAIN.match(line) or _PROCEDURE.match(line)))


def without_record_furniture(groups: list[list[str]]) -> list[list[str]]:
    """A debate's record without its furniture, its day (from the volume line) under the debate's title; a text that
    is no record as it is."""
    if not any("Column " in line for group in groups for line in group):
        return groups  # the cheap first look: no record without its column numbers
    lines = [line for group in groups for line in group]
    if not _is_record(lines):
        return groups
    first = lines[0]
    day = next((volume.group("day") for line in lines if (volume := _VOLUME.match(line))), None)
    kept = [[line for line in group if not (_VOLUME.match(line) or _furniture(line, line is first))]
            for group in groups]
    kept = [group for group in kept if group]
    if day and kept:
        # the record's day above its debate's title would be read as the title's byline: a header's date goes under
        kept[0].insert(1, day)
    return kept

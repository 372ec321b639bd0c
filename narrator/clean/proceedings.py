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

import itertools
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


def volume_day(line: str) -> str | None:
    """The day a record's volume line gives ("Volume 780: debated on Tuesday 3 March 2026"), or None for another."""
    found = _VOLUME.match(line) if line.startswith("Volume ") else None
    return found.group("day") if found else None


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


# A court's judgment as copied from its published text: a header of the case's fields over the judgment's numbered
# paragraphs. Its first line is the neutral citation or the case number; "Between:" names the parties, each over their
# part in the case ("Claimant", "Respondent") with "- and -" between them; "Approved Judgment" (or the first numbered
# paragraph) ends it. The case is called by its parties ("Orchard Bakeries Limited v Millstone Flour Limited"), and the
# header's court, judge, counsel and hearing dates are the record's fields, not read.
_CASE_FIELD = re.compile(r"(?i)^(?:neutral citation(?: number| no\.?)?|case nos?\.?)\s*:")
_BETWEEN = re.compile(r"(?i)^between\s*:?$")
_PART = re.compile(r"(?i)^(?:the\s+)?(?:claimants?|defendants?|appellants?|respondents?|applicants?|petitioners?"
                   r"|interested part(?:y|ies)|intervener)(?:\s*/\s*\w+)?$")
_PARTIES_AND = re.compile(r"(?i)^[-–—]*\s*(?:and|v\.?)\s*[-–—]*$")
_JUDGMENT_HEAD = re.compile(r"(?i)^(?:approved\s+)?judge?ment(?:\s+approved by the court)?$")
_NUMBERED = re.compile(r"^\d{1,3}\.\s+[A-Z]")
_CASE_DATE = re.compile(r"(?i)^date\s*:\s*\S")
_DAY_FIRST = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
# How far down a judgment's header may reach: its fields, parties and counsel.
JUDGMENT_HEADER_LINES = 40
# The case's name is its first two parties.
CASE_PARTIES = 2


def _as_named(party: str) -> str:
    """A party's name as a title says it: one printed in capitals with each word's first letter alone capital."""
    return " ".join(word[:1] + word[1:].lower() for word in party.split()) if party.isupper() else party


def _case_name(parties: list[str]) -> str | None:
    """The case's name from the lines between "Between:" and the header's end: "A v B"; None without two parties."""
    named = [line for line in parties if not (_PART.match(line) or _PARTIES_AND.match(line))]
    if len(named) == 1 and " v " in named[0]:
        return _as_named(named[0])  # "Harbour Estates Ltd v Fenwick District Council" on its one line
    if len(named) < CASE_PARTIES or not any(_PARTIES_AND.match(line) for line in parties):
        return None
    return " v ".join(_as_named(party) for party in named[:CASE_PARTIES])


def judgment_header(groups: list[list[str]]) -> list[list[str]]:
    """A judgment's text with its header as a title (the parties) and its date over the judgment's paragraphs; a
    text that opens on no case's fields as it is."""
    if not groups or not _CASE_FIELD.match(groups[0][0]):
        return groups  # the cheap first look: a judgment opens on its citation or its case number
    lines = [line for group in groups for line in group][:JUDGMENT_HEADER_LINES]
    between = next((i for i, line in enumerate(lines) if _BETWEEN.match(line)), None)
    if between is None:
        return groups
    end = next((i for i in range(between + 1, len(lines)) if _JUDGMENT_HEAD.match(lines[i])), None)
    first = next((i for i in range(between + 1, len(lines)) if _NUMBERED.match(lines[i])), None)
    if end is None:
        if first is None:
            return groups
        end = first - 1  # no "Approved Judgment": the header ends over the first numbered paragraph
    parties = list(itertools.takewhile(lambda line: not line.startswith(("Mr ", "Ms ", "Mrs ", "Miss ", "Dr ")),
                                       (line for line in lines[between + 1:end + 1]
                                        if not _JUDGMENT_HEAD.match(line) and not _HEARING.match(line))))
    title = _case_name(parties)
    if title is None:
        return groups
    date = next((line for line in lines[:end + 1] if _CASE_DATE.match(line)), None)
    if date and (numbers := _DAY_FIRST.search(date)):
        # a court that prints neutral citations writes the day first ("12/01/2026" is 12 January): said so plainly
        day, month, year = (int(part) for part in numbers.groups())
        date = f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else date
    rest, seen = [], 0
    for group in groups:
        kept = [line for n, line in enumerate(group, seen) if n > end]
        seen += len(group)
        if kept:
            rest.append(kept)
    return [[title] + ([date] if date else []), *rest]


# A header's field of the hearing's days: "Hearing dates: 3-4 February 2026".
_HEARING = re.compile(r"(?i)^hearing dates?\s*:")

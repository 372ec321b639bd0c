"""A fiction site's chapter page, as a dump gives it: the work's title over its writer's credit or handle, the
chapter's heading over the chapter's text, the writer's end notes under it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrator.clean.lines import Line, is_handle

# A chapter's heading alone on its line: "Chapter 3: The Storm", "Chapter 6", "Chapter Twelve - Low Water".
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                 "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty")
_CHAPTER = re.compile(rf"(?i)^\s*chapter\s+(?:\d{{1,3}}|[ivxlc]{{1,6}}|(?:{_NUMBER_WORDS})(?:-[a-z]{{3,5}})?)\b"
                      r"(?:\s*[:.–—-]\s*\S.*)?$")
CHAPTER_HEADING_WORDS = 12
# The work's credit under its title: "by morlo_bach", "by Elin Haf"; or the writer's handle alone ("seren_writes").
_CREDIT = re.compile(r"(?i)^\s*by\s+(\S+(?:\s+\S+){0,3})\s*$")
# The chapter's heading stands this near under the work's credit (the work's counts, its summary between), and the
# text this near under the heading (the writer's notes and the site's "Chapter Text" label between).
CREDIT_LINES, TEXT_LINES = 8, 6
# The label of the work's summary, its text on the next line ("Summary:"), and of the writer's notes after the
# chapter ("Chapter End Notes", "Notes:", "End Notes").
_SUMMARY = re.compile(r"(?i)^\s*summary\s*:?\s*$")
_END_NOTES = re.compile(r"(?i)^\s*(?:chapter\s+end\s+notes|end\s+notes|notes\s*:|author'?s\s+notes?\s*:?)\s*$")


# The site's label over the chapter's text ("Chapter Text", "Work Text:"): no line of it.
_TEXT_LABEL = re.compile(r"(?i)^\s*(?:chapter|work)\s+text\s*:?\s*$")


@dataclass(frozen=True)
class Work:
    """A fiction page's header: where the work's title, its writer's credit and the chapter's heading stand, who
    wrote it, its summary."""

    title_at: int
    writer_at: int
    writer: str
    summary: str | None
    chapter_at: int


def chapter_heading(line: Line) -> bool:
    """True for a chapter's heading alone on its line ("Chapter 3: The Storm"), no sentence."""
    return (0 < line.words <= CHAPTER_HEADING_WORDS and not line.terminal and line.text.lstrip()[:1] in "Cc"
            and _CHAPTER.match(line.text) is not None)


def chapter_over_text(lines: list[Line], top: int, start: int) -> int | None:
    """The line of a chapter's heading a few lines over the text's first, under the header; else None."""
    return next((i for i in range(start - 1, max(top, start - TEXT_LINES) - 1, -1) if chapter_heading(lines[i])), None)


def _writer(line: Line) -> str | None:
    """The writer a work's credit names ("by morlo_bach", "by Elin Haf"), or a handle alone ("seren_writes")."""
    if is_handle(line.text):
        return line.text.strip().lstrip("@")
    found = _CREDIT.match(line.text) if line.words <= 5 else None
    return found.group(1) if found else None


def fiction_work(lines: list[Line], top: int, start: int) -> Work | None:
    """The work's title and writer over a chapter's heading over the text (a fiction archive's or a story site's
    chapter page); else None."""
    # (the text's first prose may be the work's summary, over the chapter's heading)
    chapter = next((i for i in range(min(len(lines), start + TEXT_LINES) - 1, max(top, start - TEXT_LINES) - 1, -1)
                    if chapter_heading(lines[i])), None)
    if chapter is None:
        return None
    for w in range(chapter - 1, max(top + 1, chapter - CREDIT_LINES) - 1, -1):
        writer = _writer(lines[w])
        title = lines[w - 1]
        if writer and 0 < title.words <= CHAPTER_HEADING_WORDS and not (title.terminal or title.cta):
            summary = next((lines[k + 1].text for k in range(w + 1, chapter - 1) if _SUMMARY.match(lines[k].text)),
                           None)
            return Work(w - 1, w, writer, summary, chapter)
    return None


def before_end_notes(lines: list[Line], start: int, end: int) -> int:
    """The text's last line over the writer's end notes under a chapter ("Chapter End Notes", "Notes:")."""
    return next((i - 1 for i in range(start + 1, end + 1) if lines[i].words <= 3 and _END_NOTES.match(lines[i].text)),
                end)


def chapter_text_start(lines: list[Line], work: Work) -> int:
    """The chapter's text's first line: under the site's label over it ("Chapter Text"), else under its heading."""
    return next((k + 1 for k in range(work.chapter_at + 1, min(len(lines), work.chapter_at + TEXT_LINES))
                 if _TEXT_LABEL.match(lines[k].text)), work.chapter_at + 1)

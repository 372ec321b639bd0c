"""What an article in a text dump may hold between its paragraphs without ending there.

A code listing, a video player's controls, a table, a gallery's captions or a slideshow of other stories sit
inside the article as an advertisement does; the text reader bridges them by what their lines look like. A table of
results, from a page's markup or a Markdown file, is read as results are said (score_column, result_lines).
"""

from __future__ import annotations

import re
from itertools import pairwise

from narrator.clean.credits import PHOTO_LABEL
from narrator.clean.lines import Line

# The most lines an insert inside the article (a code listing, a gallery, a table) may take.
MAX_INSERT_LINES = 150
# An insert's lines between two runs (see gap_size): a table's cell (a figure, or a ticker in capitals), a
# gallery's counter ("Image 2 of 5").
_FIGURE_CELL = re.compile(r"^\s*(?:[-+−]?[$€£]?\d[\d.,]*\s?%?|[A-Z]{1,5})\s*$")
# A credit line this short stands alone under its caption.
CREDIT_LINE_WORDS = 10
# A line of a code listing the article shows ("if (res.ok) {", "list: [", "});", "..."): it opens or closes a
# bracket, ends a statement, or is brackets alone; navigation and teasers never look like this.
_CODE_LINE = re.compile(r"(?:[\]\[{}()<>/.,;: ]+|[\]})].*|.*[{\[(;,]|.*\);?)$")  # lines come stripped
# A listing a text dump gives as lines of their own, or flattened onto one line, which a listener is never read (as
# pages' and Markdown's code blocks are not): a table drawn with box characters (a database's output), a line led by
# a prompt ("$ hg push", "db=# SELECT", ">>> "), SQL, or a line thick with code's marks (braces, "==", "->", calls,
# snake_case names). Checked on 7,593 lines of the extraction corpora's article bodies: every line it takes is code
# or a database's output but one reference list entry; and none of NeMo's 26,000 sentences but a made-up "$ and".
_DRAWN = re.compile(r"[\u2500-\u257f]")
DRAWN_MIN = 3
_PROMPT = re.compile(r"^(?:[\w-]+=?[#>] |\$ [a-z]|>>> |In \[\d+\]: |PS [A-Z]:\\|[A-Z]:\\>|[\w.-]+@[\w.-]+:\S*[$#] )")
_SQL = re.compile(r"\bSELECT\b[^.!?]{0,200}?\bFROM\b|\bCREATE (?:TABLE|INDEX|VIEW|FUNCTION)\b|\bINSERT INTO\b"
                  r"|^WITH \w+ AS \(")
_CODE_MARK = re.compile(r"[{}]|;\s*$|==|!=|=>|->|:=|\w\(\)|\b[a-z]+_[a-z_]+\b|\w\.\w+\(|\(\w*\)")
# A call with a line comment after it ("theme(size = 20)  # Axis text size", "c(0.5, 0.7), # Example data"): no
# sentence writes a hash or two slashes and a space after a bracket or a comma.
_LINE_COMMENT = re.compile(r"[)\]\"',]\s*(?:#|//)\s+\S")
_CALL = re.compile(r"\w\(|\b[a-z]+_\w+\s?\(")  # "round(", "element_text ("; never "time (" as a sentence writes
CODE_MARKS_MIN = 5
CODE_MARKS_PER_WORD = 0.25
# A formula in a sentence, as TeX between \\( \\) or \\[ \\] (a wiki's formula in a dump, see unwrap): read aloud as
# mathematics, its braces and underscores are no code's.
_FORMULA = re.compile(r"\\\((?:(?!\\\)).){1,2000}?\\\)|\\\[(?:(?!\\\]).){1,2000}?\\\]")
# A video player embedded in the article dumps its controls and caption settings, a hundred lines of one or two
# words ("Play Video", "Current Time 0:00", "Fullscreen", "White", "75%"); with two of its controls in a gap, the
# gap's short lines are the player's and cost nothing.
_PLAYER_CONTROL = re.compile(r"(?i)^(?:play video|current time \S+|duration(?: time)? \S+|remaining time \S+"
                             r"|playback rate|fullscreen|captions settings.*|this is a modal window\.?"
                             r"(?: this modal can be closed\b.*)?)$")
PLAYER_CONTROLS = 2
PLAYER_LINE_WORDS = 3
# A table of names and figures ("Herbert Dürr", "63", "16.6%", or a row "Kay Schenk 27 7.1%"): with a figure in
# every few lines of a gap this long, its short lines of words are the table's too.
TABLE_FIGURE_EVERY = 3
TABLE_MIN_LINES = 9
TABLE_CELL_WORDS = 4
# A table's row as a dump gives it: a few words and figures, no sentence ("Herbert Dürr 63 16.6%", "4.3 July 2014");
# a figure may carry its unit or a range ("120g yellow noodles", "1-2 tbsp water": a recipe card's ingredients).
_ROW_FIGURE = re.compile(r"(?:^|\s)[-+−]?[$€£]?\d[\d.,/:–-]*(?:%|[a-zA-Z]{1,3})?(?=\s|$)")
TABLE_ROW_WORDS = 8
# A slideshow's counter under each slide ("6/50", "Image 6 of 50"), alone or before the slide's headline: where one
# total counts on over several slides, the slides between the first and the last counter (a headline, a caption, a
# credit each) are the slideshow's.
# Only a long one is dropped ("Business news in pictures", fifty slides of other stories): an article's own few
# photos ("Image 2 of 5") keep their captions, which tell the story too.
_SLIDE_COUNTER = re.compile(
    r"(?i)^\s*(?:(?:image|photo|picture|slide)\s+)?(\d{1,3})\s?(?:/|of)\s?(\d{1,3})(?:\s*$|\s(?!\d))")
# A counter alone on its line ("Image 2 of 5", "2/5") is at most this long.
COUNTER_WORDS = 4
SLIDESHOW_MIN_SLIDES = 3
SLIDE_LINES = 6
SLIDESHOW_MIN_TOTAL = 10
SLIDE_HEADLINE_WORDS = 16


def slide_number(text: str) -> tuple[int, int] | None:
    """(k, n) of a slide's counter, alone or before its headline ("6/50", "Image 6 of 50", "29/50 Aer Lingus ..")."""
    found = _SLIDE_COUNTER.match(text)
    return (int(found.group(1)), int(found.group(2))) if found else None


def without_slide_counter(text: str) -> str:
    """A slide's text without the counter before it ("2 / 5 The cage comes up" -> "The cage comes up")."""
    found = _SLIDE_COUNTER.match(text)
    return text[found.end():].lstrip() if found else text


# A caption's label on its own line above the caption, as some sites' text gives it ("Image caption,").
_CAPTION_LABEL = re.compile(r"(?i)^\s*(?:(?:image|photo|picture|video|media)\s+)?caption\s*[,:]?\s*$")


# A photo's label alone on its line ("Image:", "Photo:"), as a dump of one line an element gives "Image: <caption>":
# over a caption it labels the line below; only over a name ("Photo:" / "Jane Smith") is it the credit above it.
_LABELLED = re.compile(PHOTO_LABEL, re.I)
_BARE_LABEL = re.compile(r"(?i)^\s*(?:photo|image|picture|illustration)s?\s*[:|]\s*$")
CREDIT_NAME_WORDS = 5
# A credit after words of its own and a dash ("The school lab - Image: Kelso Trust") is the next photo's caption
# whole, not a bare credit ending the paragraph above (which is the article's, between two photos).
_OWN_CAPTION = re.compile(r"(?i)^\S.*?\s[-–—|]\s+(?:photo|image|picture|illustration|credit)s?\s*[:|]")


# The site's rights with their year, in the text's last lines ("© 2026 Holmbridge Village Hall"): a page's footer
# under the story's last paragraph, no photo's credit under its caption.
_DATED_RIGHTS = re.compile(r"^\s*©\s*(?:19|20)\d\d\b")
FOOTER_RIGHTS_LINES = 3


def is_caption(lines: list[Line], i: int) -> bool:
    """A line under a caption's label ("Image caption,", "Image:"), or followed, without a blank line, by a bare credit
    ("(Image credit: NASA)") that is not the next photo's (a credit over "Image caption," leads the photo below)."""
    if i > 0 and (_CAPTION_LABEL.match(lines[i - 1].text) or (
            _BARE_LABEL.match(lines[i - 1].text) and lines[i].words > CREDIT_NAME_WORDS)):
        return True
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    # a photo's labelled source or caption ("Image source, Getty Images") leads the photo below: the line above is the
    # story's
    credited = (nxt.group == lines[i].group and nxt.credit and nxt.words <= CREDIT_LINE_WORDS
                and not _OWN_CAPTION.match(nxt.text) and not _LABELLED.match(nxt.text)
                and not (i + 1 + FOOTER_RIGHTS_LINES >= len(lines) and _DATED_RIGHTS.match(nxt.text)))
    return credited and not (i + 2 < len(lines) and (_CAPTION_LABEL.match(lines[i + 2].text) or (
        _BARE_LABEL.match(nxt.text) and lines[i + 2].words > CREDIT_NAME_WORDS)))


def is_code_line(text: str) -> bool:
    """True for a line of a code listing: brackets and stops alone, or a line a bracket or semicolon ends."""
    return _CODE_LINE.match(text) is not None


def _commented_call(text: str) -> bool:
    """True for a line holding a call with a line comment after it (each looked for once: linear on any line)."""
    comment = _LINE_COMMENT.search(text)
    return comment is not None and _CALL.search(text, 0, comment.start()) is not None


def is_listing(text: str) -> bool:
    """True for a line of code or a program's output, however the dump laid it out (see _DRAWN above)."""
    if "\\" in text:
        text = _FORMULA.sub(" ", text)
    if (len(_DRAWN.findall(text)) >= DRAWN_MIN or _PROMPT.match(text) or _SQL.search(text)
            or _commented_call(text)):
        return True
    marks = len(_CODE_MARK.findall(text))
    return marks >= CODE_MARKS_MIN and marks >= CODE_MARKS_PER_WORD * len(text.split())


def is_player_control(text: str) -> bool:
    """A video player's control as a dump gives it ("Play Video", "Current Time 0:00")."""
    return _PLAYER_CONTROL.match(text) is not None


def is_player(lines: list[Line], gap: range) -> bool:
    """True when a gap holds a video player: its short lines are controls, its clock times ("0:00") no comments'."""
    if len(gap) > MAX_INSERT_LINES:
        return False
    return sum(1 for i in gap if _PLAYER_CONTROL.match(lines[i].text)) >= PLAYER_CONTROLS


def slideshow_lines(lines: list[Line]) -> frozenset[int]:
    """Lines of long slideshows: from the line above a first counter to the end of the last counted slide."""
    spans: list[list[int]] = []  # counters of one slideshow, in order
    totals: list[int] = []
    for line in lines:
        found = slide_number(line.text) if line.words <= SLIDE_HEADLINE_WORDS else None  # "29/50 Headline"
        if found is None or found[1] < SLIDESHOW_MIN_TOTAL:
            continue
        if spans and totals[-1] == found[1] and line.index - spans[-1][-1] <= SLIDE_LINES:
            spans[-1].append(line.index)
        else:
            spans.append([line.index])
            totals.append(found[1])
    inside: set[int] = set()
    for counters in (c for c in spans if len(c) >= SLIDESHOW_MIN_SLIDES):
        spacing = sorted(b - a for a, b in pairwise(counters))[len(counters) // 2 - 1]
        first = counters[0] - 1 if counters[0] and not lines[counters[0] - 1].terminal else counters[0]  # its title
        inside.update(range(first, min(len(lines), counters[-1] + spacing)))
    return frozenset(inside)


def text_density(lines: list[Line], prose: list[bool], run: tuple[int, int, int]) -> float:
    """Share of a run's lines that are prose, a code listing's lines and a shell session's ("$ git push") left out (they
    are neither prose nor clutter)."""
    counted = [i for i in range(run[0], run[1] + 1)
               if prose[i] or not (_CODE_LINE.match(lines[i].text) or is_listing(lines[i].text))]
    return sum(prose[i] for i in counted) / len(counted)


def _is_table_cell(line: Line) -> bool:
    """A figure alone, or a short row of words ending on figures, with no sentence in it."""
    if _FIGURE_CELL.match(line.text):
        return True
    return not line.terminal and line.words <= TABLE_ROW_WORDS and bool(_ROW_FIGURE.search(line.text))


# A highlighted code listing in a dump of one text node a line: each token its own line ("console." / "log" / "(" /
# "reqHeaders." / "has"). Where most of a gap's lines carry code's marks, its short lines without a sentence are the
# listing's too.
_CODE_MARKS_IN_TOKEN = re.compile(r"[(){}\[\];=<>]|\w\.$|^\.\w|\w\.\w")
CODE_TOKEN_WORDS = 3
TOKEN_LISTING_MIN_LINES = 6


def _is_code_token(text: str) -> bool:
    """A line that may be a token of a listing: a few words, no sentence (a name, "= new", "();")."""
    return len(text.split()) <= CODE_TOKEN_WORDS and not text.endswith((". ", "? ", "! "))


def _is_token_listing(lines: list[Line], gap: range) -> bool:
    """True for a gap that is a code listing dumped a token a line: half its lines or more carry code's marks."""
    if len(gap) < TOKEN_LISTING_MIN_LINES:
        return False
    marked = sum(1 for i in gap if _CODE_LINE.match(lines[i].text) or (
        len(lines[i].text.split()) <= CODE_TOKEN_WORDS and _CODE_MARKS_IN_TOKEN.search(lines[i].text)))
    return 2 * marked >= len(gap)


def gap_size(lines: list[Line], gap: range, slides: frozenset[int] = frozenset()) -> int:
    """Lines between two runs, an insert's a third each: a table's figures ("225.86", "-5.44%", a ticker "HD") and a
    gallery's counters, captions and credits ("Image 2 of 5", a caption, "(Image credit: NASA)"), which sit inside
    an article as an advertisement does; a code listing's lines, a video player's controls, a table's cells and a
    long slideshow's slides cost nothing."""
    if len(gap) > MAX_INSERT_LINES:
        return len(gap)  # longer than any listing or gallery; also bounds the work on a hostile page
    player = is_player(lines, gap)
    table = sum(1 for i in gap if _is_table_cell(lines[i])) * TABLE_FIGURE_EVERY >= len(gap) >= TABLE_MIN_LINES
    tokens = _is_token_listing(lines, gap)
    cheap = free = 0
    for i in gap:
        if i in slides or _CODE_LINE.match(lines[i].text) or (player and lines[i].words <= PLAYER_LINE_WORDS) or (
                table and lines[i].words <= TABLE_CELL_WORDS) or (tokens and _is_code_token(lines[i].text)):
            free += 1  # the article's own insert
        elif (_FIGURE_CELL.match(lines[i].text) or lines[i].credit or is_caption(lines, i)
              or (lines[i].words <= COUNTER_WORDS and slide_number(lines[i].text))):
            cheap += 1
    return len(gap) - free - cheap + (cheap + 2) // 3


# A results table: a column of scores ("0-0", "3 - 1") between two columns of names (the home side and the away). Its
# header ("Home, Score, Away") names the columns' roles, which the row's order says already; a row is read as a
# result is said, "Belford United 0-0 Cranleigh Town".
_SCORE = re.compile(r"\d{1,3}\s?[-–:]\s?\d{1,3}")
_NAME_CELL = re.compile(r"[^\W\d_]")


def score_column(rows: list[list[str]]) -> int | None:
    """The column of a results table's scores, None when the rows are not results."""
    if not rows or len({len(row) for row in rows}) != 1:
        return None
    for column in range(1, len(rows[0]) - 1):
        if all(_SCORE.fullmatch(row[column]) and _NAME_CELL.match(row[column - 1])
               and _NAME_CELL.match(row[column + 1]) for row in rows):
            return column
    return None


def result_lines(rows: list[list[str]], column: int) -> list[str]:
    """Each result as it is said: the sides either side of their score, the other cells apart."""
    lines = []
    for row in rows:
        result = " ".join(row[column - 1:column + 2])
        cells = [cell for cell in [*row[:column - 1], result, *row[column + 2:]] if cell]
        lines.append(", ".join(cells) + ("" if cells[-1].endswith((".", "!", "?")) else "."))
    return lines

"""A document's comments as a word processor exports them with its text: Google Docs' "Download as plain text" marks
the commented words ("...since they were planted.[a]") and prints each comment at the end after its mark ("[a]I
counted twelve"). The comments are the reviewers' notes to the writer, not the text a listener hears."""

from __future__ import annotations

import re

from narrator.clean.lines import Line

# A comment's line: its mark, a letter or two in brackets, then the comment at once ("[a]I counted twelve").
_COMMENT = re.compile(r"^\[([a-z]{1,2})\]\S")


def comments_start(lines: list[Line]) -> int:
    """Where the comments under a document's text begin (len(lines) when there are none): the run of comment lines at
    its end, each of whose marks the text above carries inside a line ("planted.[a]")."""
    start = len(lines)
    while start > 1 and _COMMENT.match(lines[start - 1].text):
        start -= 1
    if start == len(lines):
        return start
    above = " ".join(line.text for line in lines[:start])
    marks = [found.group(1) for line in lines[start:] if (found := _COMMENT.match(line.text))]
    return start if all(f"[{mark}]" in above and not above.startswith(f"[{mark}]") for mark in marks) else len(lines)

"""A code repository's page copied as text: its file list, then its README (its name as a heading, what it is, its
sections over the commands they give). The README is the article: its name titles it, and its sections are read
with the commands under them (the last commit's message over the file list was the title, and a section over a
command was lost, as a heading needs prose under it elsewhere)."""

from __future__ import annotations

import re

from narrator.clean.lines import Line
from narrator.model import Block, BlockKind, Metadata

# A file's or a folder's name in the list, alone on its line: "README.md", "pyproject.toml", "LICENSE", "src".
_FILE_NAME = re.compile(r"^\s*(?:[\w.-]+\.(?:md|rst|txt|toml|py|json|ya?ml|cfg|ini|js|ts|lock|sh|gitignore)"
                        r"|LICENSE|COPYING|Makefile|Dockerfile)\s*$")
# The list names this many files at least, the README among them.
FILE_LIST_MIN = 2
# The README's name is a heading of a few words, right under the list.
README_TITLE_WORDS = 4
# A section's heading in the README: a few words opening on a capital, no stop ("Install", "Getting started").
SECTION_WORDS = 4


def _readme_top(lines: list[Line], start: int) -> int | None:
    """The line of the README's name: right under a file list naming the README, over the body's first line."""
    title = start - 1
    if title < FILE_LIST_MIN + 1 or not 0 < lines[title].words <= README_TITLE_WORDS or lines[title].terminal:
        return None
    files = 0
    for line in reversed(lines[max(0, title - 2 * FILE_LIST_MIN - 4):title]):
        if not _FILE_NAME.match(line.text):
            break
        files += 1
    listed = lines[title - files:title]
    return title if files >= FILE_LIST_MIN and any(line.text.strip().startswith("README") for line in listed) else None


def read_readme(lines: list[Line], start: int, end: int, fallback_title: str) -> tuple[Metadata, list[Block]] | None:
    """The README under a repository's file list: its name the title, its lines to the body's end read, a short line
    opening on a capital a section's heading, a command a line; None for any other page."""
    if not 0 < start <= end < len(lines) or (top := _readme_top(lines, start)) is None:
        return None
    blocks = [Block(BlockKind.HEADING, line.text, level=2) if (
        line.words <= SECTION_WORDS and not line.terminal and line.text[:1].isupper() and i < end)
        else Block(BlockKind.PARAGRAPH, line.text) for i, line in enumerate(lines[start:end + 1], start)]
    return Metadata(title=lines[top].text.strip() or fallback_title), blocks

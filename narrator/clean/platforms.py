"""Marks a platform sets on the lines it shows, taken off the blocks once the clutter rules have run: a wiki's "[edit]"
after each heading, a newsletter's sender line over the letter."""

from __future__ import annotations

import re
from dataclasses import replace

from narrator.clean.common import comparable
from narrator.model import Block, BlockKind

# MediaWiki and Fandom set "[edit]" (or "[edit source]") in each section's heading, glued to its words
# ("History[edit]"). It comes off here, after the back-matter rules: a wiki's "See also[edit]" and "References[edit]"
# are its own sections (the pages' readers kept them), and the bare names would be cut as a site's back matter.
_EDIT_MARK = re.compile(r"(?i)\s*\[\s*edit(?:\s+source)?\s*\]\s*$")


def without_edit_marks(blocks: list[Block]) -> list[Block]:
    """The blocks with a wiki's "[edit]" taken off the end of each heading."""
    return [replace(b, text=_EDIT_MARK.sub("", b.text)) if b.kind is BlockKind.HEADING and _EDIT_MARK.search(b.text)
            and _EDIT_MARK.sub("", b.text) else b for b in blocks]


# A newsletter's sender line over the letter: the newsletter's name, a separator and who sends it ("Forest Floor
# Weekly · from Priya at the edge of the wood", "Harbour Notes - a letter from Ines on the quay"). Short, no stop, among
# the first lines: a sentence that opens on the name ("Harbour Notes readers wrote in...") has no separator after it.
SENDER_LINES = 3
SENDER_WORDS = 14
_SEPARATOR = re.compile(r"\s*[·|•—–-]\s+")


def without_sender_line(blocks: list[Block], site_name: str) -> list[Block]:
    """The blocks without a sender line that opens on the site's name, among the first few."""
    name = site_name.strip()
    if not name:
        return blocks
    return [b for n, b in enumerate(blocks) if n >= SENDER_LINES or not _is_sender_line(b, name)]


def _is_sender_line(block: Block, name: str) -> bool:
    """A short paragraph without a stop: the site's name, a separator, and more."""
    text = block.text.strip()
    if (block.kind is not BlockKind.PARAGRAPH or len(text.split()) > SENDER_WORDS or text[-1:] in ".!?:"
            or not text.casefold().startswith(name.casefold())):
        return False
    rest = text[len(name):]
    return _SEPARATOR.match(rest) is not None and bool(comparable(rest))


# A code host declares a repository's page by its path ("GitHub - owner/repo: what it does", "Group / project",
# "Release v1.4.0: Datums · owner/repo"): the page's own heading (the README's, the release's name) stands inside that
# title, and is the headline. Both sides of the slash are names of two characters or more ("r/Sub" is a subreddit's
# label, "24/7" no name).
_REPOSITORY_PATH = re.compile(r"(?<![\w/])[A-Za-z][\w.-]+(?: / |/)[\w.-]*[A-Za-z][\w.-]*(?![\w/])")


def repository_heading(declared: str, headings: list[str]) -> str | None:
    """The page's heading that a code host's declared title holds beside the repository's path, or None."""
    if _REPOSITORY_PATH.search(declared) is None:
        return None
    words = f" {comparable(declared)} "
    for heading in headings:
        own = comparable(heading)
        if own and own != comparable(declared) and f" {own} " in words:
            return heading
    return None

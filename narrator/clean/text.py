"""Plain text and scraped full-page text dumps to Document."""

from __future__ import annotations

import re

from narrator.clean.common import squash
from narrator.config import CleanSettings
from narrator.model import Block, BlockKind, Metadata


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, inner line breaks joined."""
    return [squash(p.replace("\n", " ")) for p in re.split(r"\n\s*\n", text) if p.strip()]


def read_text(text: str, settings: CleanSettings, fallback_title: str) -> tuple[Metadata, list[Block]]:
    """Metadata and body blocks of a plain text article."""
    rules = [re.compile(r) for r in settings.exclude_lines]
    lines = [line for line in text.splitlines() if not any(r.search(line) for r in rules)]
    paragraphs = _paragraphs("\n".join(lines))
    title = fallback_title
    if paragraphs and len(paragraphs[0]) <= 200:
        title = paragraphs.pop(0)
    return Metadata(title=title), [Block(BlockKind.PARAGRAPH, p) for p in paragraphs]

"""Decide what kind of text a source holds, by content first and by hint second."""

from __future__ import annotations

import re

from narrator.model import Format

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(p|div|span|a|br|h[1-6]|li|ul|article|section|table|img)\b[^>]*>", re.I)
_FRONT_MATTER = re.compile(r"^\ufeff?---\s*\n.*?\n(---|\.\.\.)\s*\n", re.S)
_MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6} \S", re.M),
    re.compile(r"^\s*```", re.M),
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),
    re.compile(r"^\s*[-*+] \S", re.M),
    re.compile(r"^\s*\d+\. \S", re.M),
    re.compile(r"^> \S", re.M),
    re.compile(r"\*\*[^*\n]+\*\*"),
    re.compile(r"^[=-]{3,}\s*$", re.M),
)


def detect(text: str, hint: Format = Format.AUTO, forced: Format = Format.AUTO) -> Format:
    """The reader to use: forced wins, then unmistakable content, then the hint, then a guess."""
    if forced is not Format.AUTO:
        return forced
    head = text[:20_000]
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 8:
        return Format.HTML
    if _FRONT_MATTER.match(head):
        return Format.MARKDOWN
    if hint is not Format.AUTO:
        return hint
    signs = sum(1 for pattern in _MARKDOWN_SIGNS if pattern.search(head))
    return Format.MARKDOWN if signs >= 2 else Format.TEXT

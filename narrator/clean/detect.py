"""Decide what kind of text a source holds, by content first and by hint second."""

from __future__ import annotations

import re

from narrator.model import Format

# Every pattern here sees untrusted text: none may backtrack over the same characters twice (no nested or
# adjacent quantifiers over overlapping text, no "\s*" that can run across lines under re.M).
_SPACE = re.compile(r"\s*")
_HTML_TAG = re.compile(r"<(!doctype\s+html|html|head|body|meta|title|article|div)\b", re.I)
_HTML_TAGS = re.compile(r"</?(p|div|span|a|br|h[1-6]|li|ul|article|section|table|img)\b[^<>]*>", re.I)
_FRONT_MATTER = re.compile(r"^\ufeff?---[ \t\r]*\n.*?\n(---|\.\.\.)[ \t\r]*\n", re.S)
_MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6} \S", re.M),
    re.compile(r"^[ \t]*```", re.M),
    re.compile(r"\[[^\[\]\n]+\]\([^()\s]+\)"),
    re.compile(r"^[ \t]*[-*+] \S", re.M),
    re.compile(r"^[ \t]*\d+\. \S", re.M),
    re.compile(r"^> \S", re.M),
    re.compile(r"\*\*[^*\n]+\*\*"),
    re.compile(r"^[=-]{3,}[ \t\r]*$", re.M),
)


def _starts_like_html(head: str) -> bool:
    """True when the text opens (after blanks and comments) with a tag only an HTML page starts with."""
    position = 0
    while True:
        blanks = _SPACE.match(head, position)
        position = blanks.end() if blanks else position
        if not head.startswith("<!--", position):
            return _HTML_TAG.match(head, position) is not None
        end = head.find("-->", position + 4)
        if end < 0:
            return False
        position = end + 3


def detect(text: str, hint: Format = Format.AUTO, forced: Format = Format.AUTO) -> Format:
    """The reader to use: forced wins, then unmistakable content, then the hint, then a guess."""
    if forced is not Format.AUTO:
        return forced
    head = text[:20_000]
    if _starts_like_html(head) or len(_HTML_TAGS.findall(head)) >= 8:
        return Format.HTML
    if _FRONT_MATTER.match(head):
        return Format.MARKDOWN
    if hint is not Format.AUTO:
        return hint
    signs = sum(1 for pattern in _MARKDOWN_SIGNS if pattern.search(head))
    return Format.MARKDOWN if signs >= 2 else Format.TEXT

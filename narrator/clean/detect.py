"""Decide what kind of text a source holds, by content first and by hint second."""

from __future__ import annotations

import re

from narrator.model import Format

# Every pattern here sees untrusted text: none may backtrack over the same characters twice (no nested or
# adjacent quantifiers over overlapping text, no "\s*" that can run across lines under re.M).
_SPACE = re.compile(r"\s*")
# A page saved from its body on may open with its styles or scripts (a whole first 20 kB of CSS, with no tag to count).
_HTML_TAG = re.compile(r"<(!doctype\s+html|html|head|body|meta|title|article|div|style|script|link|main|header|nav)\b",
                       re.I)
_HTML_TAGS = re.compile(r"</?(p|div|span|a|br|h[1-6]|li|ul|article|section|table|img)\b[^<>]*>", re.I)
_FRONT_MATTER = re.compile(r"^\ufeff?---[ \t\r]*\n.*?\n(---|\.\.\.)[ \t\r]*\n", re.S)
_FEED_TAG = re.compile(r"<(rss|feed|rdf:RDF)\b", re.I)
_TITLE_FIRST = re.compile(r"\ufeff?[ \t\r\n]*# \S")  # a text that opens with "# Title" is Markdown
# A chat channel's name over a copy of its messages ("# general", "# bike-club"): a slug in small letters alone on
# the first line, which no writer's Markdown heading is; Discord and Slack print it so.
_CHANNEL_FIRST = re.compile(r"\ufeff?[ \t\r\n]*# [a-z0-9][a-z0-9_-]{0,79}[ \t\r]*\n")
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


def _first_tag(head: str) -> int:
    """Where the first tag starts after blanks, comments and <?xml ...?> declarations (-1 when unclosed)."""
    position = 0
    while True:
        blanks = _SPACE.match(head, position)
        position = blanks.end() if blanks else position
        for opening, closing in (("<!--", "-->"), ("<?", "?>")):
            if head.startswith(opening, position):
                end = head.find(closing, position + len(opening))
                if end < 0:
                    return -1
                position = end + len(closing)
                break
        else:
            return position


def _starts_like_html(head: str) -> bool:
    """True when the text opens (after blanks and comments) with a tag only an HTML page starts with."""
    position = _first_tag(head)
    return position >= 0 and _HTML_TAG.match(head, position) is not None


# An HTML fragment (no <html> around it) is tags line after line; a page's text dump may still hold a few stray
# tags an embed leaked ("<span class=...>Sponsored by </span>" in a box of ads), which make it no fragment.
MIN_FRAGMENT_TAGS = 8
MIN_TAGGED_LINE_SHARE = 0.2


def _is_tagged(head: str) -> bool:
    """True when tags are many and spread over a fair share of the text's lines: an HTML fragment."""
    if len(_HTML_TAGS.findall(head)) < MIN_FRAGMENT_TAGS:
        return False
    lines = [line for line in head.splitlines() if line.strip()]
    return sum(1 for line in lines if _HTML_TAGS.search(line)) >= MIN_TAGGED_LINE_SHARE * len(lines)


def is_feed(text: str) -> bool:
    """Whether text is an RSS, Atom or RDF feed rather than an article."""
    head = text[:20_000].lstrip("\ufeff")
    position = _first_tag(head)
    return position >= 0 and _FEED_TAG.match(head, position) is not None


def detect(text: str, hint: Format = Format.AUTO, forced: Format = Format.AUTO) -> Format:
    """The reader to use: forced wins, then unmistakable content, then the hint, then a guess."""
    if forced is not Format.AUTO:
        return forced
    head = text[:20_000]
    if _starts_like_html(head):
        return Format.HTML
    # Front matter opens a post for a site's generator (Ghost's export, Jekyll, Hugo), whose body may be as much HTML
    # as Markdown (an editor's cards): read as a fragment, its fields were said and its title lost.
    if _FRONT_MATTER.match(head):
        return Format.MARKDOWN
    if _is_tagged(head):
        return Format.HTML
    if _TITLE_FIRST.match(head) and not _CHANNEL_FIRST.match(head):
        return Format.MARKDOWN
    if hint is not Format.AUTO:
        return hint
    signs = sum(1 for pattern in _MARKDOWN_SIGNS if pattern.search(head))
    return Format.MARKDOWN if signs >= 2 else Format.TEXT

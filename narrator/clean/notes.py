"""What notes apps and writing tools add to a Markdown text besides Markdown: metadata written as lines at its top or
foot (MultiMarkdown, Pandoc, Notion, Joplin), read as front matter is."""

from __future__ import annotations

import re
from typing import Any

# A metadata line, "Key: value": a key of a few words (MultiMarkdown allows any but a colon; writers use words).
_KEY_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9 _-]{0,29}?)[ \t]*:[ \t]*(\S[^\n]*)?$")
_CONTINUED = re.compile(r"^[ \t]+\S")  # a value carried on to the next line, indented
# The keys that make a block of "Key: value" lines metadata rather than the writer's lines ("Q: ..." "A: ..."): what
# MultiMarkdown's and Notion's own properties are called, and what meta_fields reads.
METADATA_KEYS = frozenset({
    "title", "subtitle", "author", "authors", "byline", "date", "published", "created", "created time", "updated",
    "last edited time", "modified", "tags", "keywords", "category", "categories", "status", "summary", "description",
    "language", "lang", "base header level", "css", "affiliation", "copyright", "url", "source", "type"})
MIN_METADATA_LINES = 2
"""A single "Summary: ..." line may be the writer's first sentence; MultiMarkdown and Notion write two or more."""
_PANDOC_LINE = re.compile(r"^%(?:[ \t]+(.*))?$")
# Joplin's raw export ends each note with its database row: "id: <32 hex digits>" ... "type_: 1".
_JOPLIN_ID = re.compile(r"^id: [0-9a-f]{32}$", re.M)
_JOPLIN_TYPE = re.compile(r"\ntype_: \d+\s*\Z")
_SNAKE_LINE = re.compile(r"^[a-z_]+: ?[^\n]*$")


def _key_block(lines: list[str]) -> dict[str, str] | None:
    """Lines of "Key: value" (values carried on indented) as a mapping with lower-case keys, None when they are not."""
    fields: dict[str, str] = {}
    last = ""
    for line in lines:
        if last and _CONTINUED.match(line):
            fields[last] += " " + line.strip()
            continue
        found = _KEY_LINE.match(line)
        if found is None:
            return None
        last = found.group(1).strip().lower()
        fields[last] = (found.group(2) or "").strip()
    if len(lines) < MIN_METADATA_LINES or not METADATA_KEYS & fields.keys():
        return None
    return fields


def _first_paragraph(text: str, start: int) -> tuple[list[str], int]:
    """The lines of the paragraph at start and where the text after it (and its blank lines) begins."""
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    return text[start:end].splitlines(), len(text) - len(text[end:].lstrip("\n"))


def _pandoc_block(text: str) -> tuple[dict[str, Any], str] | None:
    """Pandoc's title block ("% Title", "% Author; Author", "% Date") at the very top."""
    lines, rest = _first_paragraph(text, 0)
    values: list[str] = []
    for line in lines:
        if (found := _PANDOC_LINE.match(line)) is not None and len(values) < 3:
            values.append((found.group(1) or "").strip())
        elif values and _CONTINUED.match(line):
            values[-1] += " " + line.strip()
        else:
            return None
    if not values:
        return None
    values += [""] * (3 - len(values))
    authors = [name.strip() for name in values[1].split(";") if name.strip()]
    return {"title": values[0], "authors": authors or None, "date": values[2] or None}, text[rest:]


def _joplin_block(text: str) -> tuple[dict[str, Any], str] | None:
    """Joplin's raw note: its first line the title, its database row at the foot (id, dates, author, source)."""
    stripped = text.rstrip()
    start = stripped.rfind("\n\n") + 2
    if start < 2 or not _JOPLIN_TYPE.search(stripped) or not _JOPLIN_ID.search(stripped, start):
        return None
    row = stripped[start:].splitlines()
    if not all(_SNAKE_LINE.match(line) for line in row):
        return None
    fields = dict(line.split(":", 1) for line in row)
    body = stripped[:start].rstrip()
    title, _, body = body.partition("\n")
    return {"title": title.strip().lstrip("# ").strip(), "author": fields.get("author", "").strip() or None,
            "created": fields.get("user_created_time", fields.get("created_time", "")).strip()[:10] or None,
            "url": fields.get("source_url", "").strip() or None}, body.lstrip("\n")


_H1_LINE = re.compile(r"^\ufeff?#[ \t]+\S[^\n]*\n(?:[ \t]*\n)+")


def header_metadata(text: str) -> tuple[dict[str, Any], str]:
    """The metadata a notes app writes as lines (MultiMarkdown's "Key: value" at the top, Pandoc's "%" block, Notion's
    properties under the title, Joplin's row at the foot) as front matter, and the text without them; ({}, text)
    when it has none."""
    text = text.removeprefix("\ufeff")
    if text.startswith("%") and (found := _pandoc_block(text)) is not None:
        return found
    if (joplin := _joplin_block(text)) is not None:
        return joplin
    lines, rest = _first_paragraph(text, 0)
    if (fields := _key_block(lines)) is not None:  # MultiMarkdown: from the first line to the first blank line
        return fields, text[rest:]
    if (heading := _H1_LINE.match(text)) is not None:  # Notion: the title, then its properties
        lines, rest = _first_paragraph(text, heading.end())
        if (fields := _key_block(lines)) is not None:
            fields.pop("title", None)  # the heading is the title
            return fields, text[:heading.end()] + text[rest:]
    return {}, text

"""Org files (Emacs' Org mode) as the Markdown the Markdown reader reads: keywords as front matter, headlines as
headings, source blocks, drawers and comments left out, links and emphasis as their words."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# Every pattern here sees untrusted text line by line: bounded runs, nothing nested that can backtrack.
_KEYWORD = re.compile(r"[ \t]*#\+([A-Za-z_]{1,40}):[ \t]?(.{0,2000})")
_BLOCK_START = re.compile(r"[ \t]*#\+begin_([a-z]{1,20})\b", re.I)
_DRAWER = re.compile(r"[ \t]*:[A-Za-z_-]{1,40}:[ \t]*")
_DRAWER_END = re.compile(r"[ \t]*:end:[ \t]*", re.I)
_COMMENT = re.compile(r"[ \t]*#(?: |$)")
_HEADLINE = re.compile(r"(\*{1,10}) +(?:(?:TODO|DONE) +)?(?:\[#[A-C]\] +)?(\S.*)")
# A headline's tags (":ferry:draft:"), never spoken; from a run of spaces' first only, since a run tried again from
# each of its spaces cost time square in its length.
_TAGS = re.compile(r"(?<![ \t])[ \t]+:[\w@#%:]{1,200}:[ \t]*$")
_LINK = re.compile(r"\[\[([^\[\]\n]{1,2000})\](?:\[([^\[\]\n]{1,2000})\])?\]")
# Emphasis: a marker after a space or an opening mark, before a word's character, closed likewise ("/January/",
# "*bold*", "=code="); a path or a date with slashes ("and/or", "3/4/2026") has no space before its slash.
# One pattern a marker, whose text holds no marker of its kind: a scan stops at the next one, so a line of many
# markers costs no more than its length.
_EMPHASIS = re.compile("|".join(
    rf"(?<![^\s(\"']){re.escape(mark)}([^\s{re.escape(mark)}](?:[^{re.escape(mark)}\n]{{0,300}}[^\s{re.escape(mark)}])?)"
    rf"{re.escape(mark)}(?=[\s.,;:!?)\"']|$)" for mark in "/*=~+_"))
# A date's brackets and weekday ("<2026-03-03 Tue>"), left out of a keyword's value; from a run of spaces' first only,
# since a run tried again from each of its spaces cost time square in its length.
_DATE_MARKS = re.compile(r"[<>\[\]]|(?<!\s)\s+[A-Za-z]{2,3}\.?(?=[>\]])")
ORG_KEYS = {"title": "title", "author": "author", "date": "date", "subtitle": "subtitle", "language": "lang"}
# Blocks whose text is no prose: code, its results, raw markup for one exporter, a commented-out block.
_UNSPOKEN_BLOCKS = frozenset({"src", "example", "export", "comment", "html", "latex"})


def is_org(origin: str, text: str) -> bool:
    """True for an Org file: by its name, or by the "#+TITLE:" line it opens with."""
    if PurePosixPath(origin.replace("\\", "/")).suffix.lower() == ".org":
        return True
    return text[:400].lstrip("\ufeff \t\r\n")[:8].lower() == "#+title:"


def _inline(line: str) -> str:
    """A line's links as their words (the address when they have none) and its emphasis as the plain words."""
    line = _LINK.sub(lambda link: link.group(2) or link.group(1), line)
    return _EMPHASIS.sub(lambda found: next(group for group in found.groups() if group is not None), line)


def _quoted(value: str) -> str:
    """A front matter value as a YAML string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def org_as_markdown(text: str) -> str:
    """The Org text as Markdown: its keywords as front matter, its headlines one level under the title."""
    fields: dict[str, str] = {}
    out: list[str] = []
    skipping = ""  # the block or drawer being left out ("src", ":end:")
    for line in text.replace("\r\n", "\n").split("\n"):
        if skipping:
            ended = (_DRAWER_END.fullmatch(line) is not None if skipping == ":end:"
                     else line.strip().lower() == f"#+end_{skipping}")
            skipping = "" if ended else skipping
            continue
        if (block := _BLOCK_START.match(line)) is not None:
            kind = block.group(1).lower()
            if kind in _UNSPOKEN_BLOCKS:
                skipping = kind
            continue  # a quote's, a verse's or a centred block's text is read as the text it is
        if line.strip().lower().startswith("#+end_"):
            continue
        if (keyword := _KEYWORD.match(line)) is not None:
            name = ORG_KEYS.get(keyword.group(1).lower())
            value = _DATE_MARKS.sub("", keyword.group(2)).strip()
            if name and value and name not in fields:
                fields[name] = _inline(value)
            continue
        if _DRAWER.fullmatch(line) and not _DRAWER_END.fullmatch(line):
            skipping = ":end:"
            continue
        if _COMMENT.match(line):
            continue
        if (headline := _HEADLINE.fullmatch(line)) is not None:
            words = _TAGS.sub("", headline.group(2)) if ":" in headline.group(2) else headline.group(2)
            out.append("#" * (len(headline.group(1)) + 1) + " " + _inline(words.strip()))
            continue
        out.append(_inline(line))
    front = "".join(f"{name}: {_quoted(value)}\n" for name, value in fields.items())
    return (f"---\n{front}---\n\n" if front else "") + "\n".join(out)

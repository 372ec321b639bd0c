"""Paragraphs the extractor ran together, set apart again as the page's markup parts them: a box's run of <p>s, and the
lines of a paragraph broken with <br> (verse, an address, opening hours)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from narrator.clean.common import squash
from narrator.model import Block, BlockKind

# A paragraph run into others by the extractor is looked for by its opening characters.
RUN_IN_KEY_CHARS = 60


def broken_lines(element: Any) -> list[str]:
    """An element's text broken at its <br>s; a line ending on a comma goes on into the next ("Best wishes,<br>Ana")."""
    lines = [element.text or ""]
    for child in element:
        if child.tag == "br":
            lines.append(child.tail or "")
        else:
            lines[-1] += "".join(child.itertext()) + (child.tail or "")
    joined: list[str] = []
    for line in filter(None, map(squash, lines)):
        if joined and joined[-1].endswith(","):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def lines_apart(root: Any, blocks: list[Block]) -> list[Block]:
    """Paragraphs whose lines the page sets apart with <br> (verse, an address, opening hours) as a block a line:
    the extractor ran them into one, and a listener heard no break between them."""
    broken: dict[str, list[str]] = {}
    for parent in {id(br.getparent()): br.getparent() for br in root.iter("br")}.values():  # each element once
        if parent is not None and len(lines := broken_lines(parent)) > 1:
            broken[squash(" ".join(lines))] = lines
    if not broken:
        return blocks
    return [replace(b, text=line) for b in blocks for line in (
        broken.get(b.text, [b.text]) if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE) else [b.text])]


def paragraph_runs(root: Any) -> list[list[str]]:
    """The texts of each element's run of two or more <p> children, read before the extractor (which changes the
    tree) runs."""
    runs: list[list[str]] = []
    for parent in {p.getparent() for p in root.iter("p")}:  # each element once (held: lxml keeps its proxy)
        if parent is None:
            continue
        texts = [text for child in parent if child.tag == "p" and (text := squash(child.text_content()))]
        if len(texts) > 1:
            runs.append(texts)
    return runs


def paragraphs_apart(runs: list[list[str]], blocks: list[Block]) -> list[Block]:
    """A block that holds a box's paragraphs run together, split into them: the extractor reads a box that opens on
    inline text (a poster's name, an icon) as one paragraph, and a listener heard a whole entry as one. The text
    around them (the poster's name, a mood line run in) stays a block of its own."""
    if not runs:
        return blocks
    result: list[Block] = []
    for block in blocks:
        texts = next((texts for texts in runs if block.kind is BlockKind.PARAGRAPH
                      and texts[0][:RUN_IN_KEY_CHARS] in block.text and " ".join(texts) in block.text), None)
        if texts is None:
            result.append(block)
            continue
        before, _, after = block.text.partition(" ".join(texts))
        result.extend(replace(block, text=text) for text in (squash(before), *texts, squash(after)) if text)
    return result

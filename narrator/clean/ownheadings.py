"""Which lines of a user's own text head its sections, beyond the short lines without a stop that owntext takes:
a question set apart between two sections of a sectioned text ("Who gets the full amount?"), and never a label with
its value ("Score: 9/10"), which is a line of the text however short."""

from __future__ import annotations

import re

from narrator.clean.lines import Line
from narrator.model import Block, BlockKind

# A question heads a section when it is one short sentence: a reader's question or a rhetorical one the writer goes on
# to answer in the same paragraph ("Would I go again? Yes, but ...") holds a second sentence, and a long one is prose.
QUESTION_HEADING_WORDS = 8
_ONE_QUESTION = re.compile(r"^[^.!?]+\?[\"'”’)]*$")
# A label of a word to three, its colon, then a figure: a review's score, a price, a rating ("Score: 9/10", "Price:
# £949", "Verdict: 8 out of 10"). A section's heading names its part in words after its colon ("Chapter 1: The Storm").
_VALUE_FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}:\s*[£$€]?\d[\d.,]*(?:\s*(?:/|out of)\s*\d+)?"
                          r"\s*[a-zA-Z%]{0,6}$")


def is_value_field(text: str) -> bool:
    """True for a label and its figure on one line ("Score: 9/10"): no heading, though it has no stop."""
    return ":" in text and _VALUE_FIELD.match(text.strip()) is not None


def _question_apart(body: list[Line], blocks: list[Block], i: int) -> bool:
    """True when block i is one short question alone on its lines, with a paragraph over and under it."""
    line = body[i]
    return (0 < i < len(blocks) - 1 and line.words <= QUESTION_HEADING_WORDS and "?" in line.text
            and _ONE_QUESTION.match(line.text.strip()) is not None
            and body[i - 1].group != line.group != body[i + 1].group
            and blocks[i - 1].kind is BlockKind.PARAGRAPH and blocks[i + 1].kind is BlockKind.PARAGRAPH)


def with_question_headings(body: list[Line], blocks: list[Block]) -> list[Block]:
    """The blocks, each short question set apart between paragraphs a heading when the text has headings of its own
    (a column's "Who gets the full amount?" beside its "A word on tax"); a text without any keeps its questions as
    paragraphs (an essay's "Why?" alone is the writer's voice, not a section)."""
    if len(blocks) != len(body) or not any(block.kind is BlockKind.HEADING for block in blocks):
        return blocks
    return [Block(BlockKind.HEADING, block.text, level=2)
            if block.kind is BlockKind.PARAGRAPH and _question_apart(body, blocks, i) else block
            for i, block in enumerate(blocks)]

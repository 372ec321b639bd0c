"""An article's body as the page declares it beside its markup (JSON-LD articleBody, an HTML string in its JSON state,
a status page's description): its blocks, and when they are read instead of the markup's or after them."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import replace

from narrator.clean.common import comparable, squash
from narrator.clean.extract import word_count
from narrator.clean.lines import make_line
from narrator.clean.prose import is_prose
from narrator.clean.runins import RUN_IN_KEY_CHARS
from narrator.model import Block, BlockKind

log = logging.getLogger(__name__)

# When the page's markup yields under this share of the words its JSON-LD articleBody holds, the article
# is rendered by script and the declared body is read instead (if it has at least MIN_DECLARED_WORDS).
DECLARED_BODY_SHARE = 0.5
MIN_DECLARED_WORDS = 50
# These see a page's declared body, which anyone can fill: no pattern may rescan the same text from many starts
# (a leading "\s*", "[^>]*" over text that may hold no ">", ".*?" to a closing tag that may never come).
_PARAGRAPH_BREAK = re.compile(r"\n|</?(?:p|div|br|h[1-6]|li)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]+>")
LONGEST_HEADING = 300
_HEADING_TAG = re.compile(rf"<h([2-6])\b[^<>]{{0,500}}>(.{{0,{LONGEST_HEADING}}}?)</h\1\s*>", re.I | re.S)


def declared_blocks(body: str) -> list[Block]:
    """Blocks of a declared body (JSON-LD articleBody, a page's JSON state): split at line breaks or paragraph
    tags, other tags removed; what an <h2>-<h6> held is a heading."""
    headings = {squash(_TAG.sub("", m.group(2))): int(m.group(1)) for m in _HEADING_TAG.finditer(body)}
    blocks = []
    for part in (squash(_TAG.sub("", part)) for part in _PARAGRAPH_BREAK.split(body)):  # squash drops blanks
        if part in headings:
            blocks.append(Block(BlockKind.HEADING, part, level=headings[part]))
        elif part:
            blocks.append(Block(BlockKind.PARAGRAPH, part))
    return blocks


def prefer_declared(blocks: list[Block], body: str | None, least: int = MIN_DECLARED_WORDS) -> list[Block]:
    """The declared articleBody's paragraphs when the markup gave much less than it (a script-rendered page), a notice
    that the page needs script counting for nothing; a body of fewer than `least` words is no article's."""
    if body is None:
        return blocks
    declared = declared_blocks(body)
    words = word_count(declared)
    shown = word_count([b for b in blocks if not _SCRIPT_NOTICE.search(b.text)])
    if words >= least and shown < DECLARED_BODY_SHARE * words:
        log.debug("markup gave %d words, JSON-LD articleBody %d: reading the latter", word_count(blocks), words)
        return declared
    return blocks


# A teaser is the declared body's opening when this many of the markup's paragraphs open it, in order, and the rest
# is this long; the rest is read after them.
TEASER_PARAGRAPHS = 2
MIN_REST_WORDS = 30


def with_declared_rest(blocks: list[Block], body: str | None) -> list[Block]:
    """The markup's paragraphs and then the rest of the declared articleBody, when they are its opening: a paywalled
    page shows a teaser and declares the whole story, and the story was read to its second paragraph. A block that
    runs declared paragraphs together (the extractor reads the declared body itself on some pages) is split into
    them."""
    if body is None:
        return blocks
    paragraphs = declared_blocks(body)
    blocks = [part for block in blocks for part in _as_declared(block, paragraphs)]
    declared = " ".join(b.text for b in paragraphs)
    end, found, last = 0, 0, -1
    for k, block in enumerate(blocks):
        at = declared.find(block.text, end) if block.kind is BlockKind.PARAGRAPH else -1
        if at >= 0:
            end, found, last = at + len(block.text), found + 1, k
    rest, start = [], 0
    for paragraph in paragraphs:  # the declared paragraphs after `end`, the one it falls in cut there
        start += len(paragraph.text) + 1
        if start - 1 > end and (text := squash(paragraph.text[max(0, len(paragraph.text) - (start - 1 - end)):])):
            rest.append(replace(paragraph, text=text))
    if found < TEASER_PARAGRAPHS or word_count(rest) < MIN_REST_WORDS:
        return blocks
    opening = rest[0].text[:RUN_IN_KEY_CHARS]
    if any(opening in block.text for block in blocks):
        return blocks  # the markup has the rest already
    log.debug("markup is the declared body's opening: reading its %d words after it", word_count(rest))
    return blocks[:last + 1] + rest + blocks[last + 1:]


def _as_declared(block: Block, paragraphs: list[Block]) -> list[Block]:
    """The block, or the declared paragraphs it runs together in order."""
    if block.kind is not BlockKind.PARAGRAPH:
        return [block]
    texts = [p.text for p in paragraphs]
    for first, text in enumerate(texts):
        if not block.text.startswith(text + " "):
            continue
        joined, last = text, first
        while last + 1 < len(texts) and block.text.startswith(f"{joined} {texts[last + 1]}"):
            last += 1
            joined = f"{joined} {texts[last]}"
        if joined == block.text:
            return paragraphs[first:last + 1]
    return [block]


# What a page rendered by script says without it: "To use the web application, please enable JavaScript."
_SCRIPT_NOTICE = re.compile(r"(?i)\b(?:enable|requires?|turn on|activate) javascript\b|\bjavascript (?:is )?"
                            r"(?:disabled|required|turned off)\b")


PROSE_CHARS = 200  # a paragraph this long is prose enough to say the markup holds the article: no need to weigh it


def has_paragraphs(blocks: list[Block]) -> bool:
    """Any paragraph but a notice that the page needs script: a page rendered by script may show only its menus, a
    "Loading" line or that notice."""
    return any(b.kind is BlockKind.PARAGRAPH and not _SCRIPT_NOTICE.search(b.text)
               and (len(b.text) > PROSE_CHARS or is_prose(make_line(0, b.text, 0))) for b in blocks)


# A social network's post page titles itself by its poster and their handle ("Ruth Haworth (@moorwalker.bsky.social)",
# "Hedda Lund (@hedda@fjord.social)") and declares the poster's account (profile:username): its description is the
# post, whole, though it be one paragraph. Any other page's one-paragraph description is a teaser.
_POSTER_TITLE = re.compile(r"^[^()@]{1,60} \(@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?\)$")


def description_body(description: str | None, title: str = "", account: str = "") -> str | None:
    """A description of paragraphs set apart by blank lines (a status page's post, whole) as HTML; of one paragraph
    on a page titled as a post's poster and handle that declares the poster's account."""
    paragraphs = [squash(part) for part in re.split(r"\n\s*\n", description or "") if squash(part)]
    whole = len(paragraphs) > 1 or (len(paragraphs) == 1 and bool(account) and _POSTER_TITLE.match(title) is not None)
    return "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in paragraphs) if whole else None


# A candidate from a page's JSON state is the markup's article when it holds this many opening words of the markup's
# longest paragraph.
STATE_ANCHOR_WORDS = 10


def same_article(candidate: str, blocks: list[Block]) -> bool:
    """The candidate holds the opening words of the longest paragraph the markup gave."""
    paragraphs = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    if not paragraphs:
        return False
    anchor = " ".join(comparable(max(paragraphs, key=len)).split()[:STATE_ANCHOR_WORDS])
    return bool(anchor) and anchor in comparable(_TAG.sub(" ", candidate))

"""HTML to Document: trafilatura finds the main content, our rules tidy its structure."""

from __future__ import annotations

import copy
import functools
import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, NamedTuple

from lxml import etree
from lxml import html as lxml_html

from narrator.clean.bylines import authors_from, is_byline_line
from narrator.clean.common import (
    MONTH_NAMES,
    code_announcement,
    comparable,
    has_article,
    parse_date,
    parse_published,
    squash,
    table_lines,
)
from narrator.clean.formulas import formulas_as_tex
from narrator.clean.htmlmeta import article_body, drop_capture_header, page_metadata, too_many_elements
from narrator.clean.inserts import result_lines, score_column
from narrator.clean.jsstate import called_state
from narrator.clean.lines import is_prose, make_line
from narrator.clean.listarchive import tidy_list_message
from narrator.clean.platforms import (
    drop_closing_asks,
    drop_community_sidebars,
    drop_guest_boxes,
    headed_buttons_as_text,
    posts_out_of_lists,
    without_edit_marks,
    without_sender_line,
)
from narrator.clean.prune import drop_boilerplate_blocks, drop_prompts, prune_tree, split_dek
from narrator.clean.rescue import (
    rescue_paragraphs,
    restore_corrections,
    restore_entry_headings,
    restore_key_points,
    restore_section_headings,
    restore_structure,
)
from narrator.clean.saved import tidy_mail, tidy_saved_document
from narrator.clean.standfirst import find_standfirst, without_standfirst
from narrator.clean.templates import (
    admonition_titles_as_headings,
    bracket_note_marks,
    comments_as_thread,
    dated_entries_as_sections,
    drop_address_lines,
    drop_amp_ads,
    drop_asking_boxes,
    drop_author_boxes,
    drop_comment_headers,
    drop_contents_titles,
    drop_data_named_comments,
    drop_edit_links,
    drop_email_furniture,
    drop_embed_placeholders,
    drop_endnote_lists,
    drop_marked_furniture,
    drop_neighbour_links,
    drop_notebook_output,
    drop_permalinks,
    drop_poster_furniture,
    drop_skip_links,
    figures_as_paragraphs,
    notes_after_paragraphs,
    ruby_as_read,
    space_after_labels,
    tab_labels_as_headings,
)
from narrator.clean.widgets import drop_buttons, drop_interface_pieces
from narrator.config import CleanSettings
from narrator.model import Block, BlockKind, Metadata

log = logging.getLogger(__name__)

_HEADING_LEVEL = re.compile(r"h([1-6])")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# "<script .../>" opens a script in a browser (the slash means nothing in HTML) and what follows is code up to
# "</script>"; lxml closed it at once, and the page's JavaScript was read as its text.
# Quoted values may hold a slash ("text/javascript"); outside quotes a slash can only close the tag.
_SELF_CLOSED_SCRIPT = re.compile(r"<(script|style)(\b(?:[^<>/\"']|\"[^\"<>]{0,500}\"|'[^'<>]{0,500}'){0,200})/>", re.I)
# Extraction time grows faster than page size; no article needs more markup than this.
MAX_HTML_CHARS = 2_000_000
# PHP's on-page error output ("<b>Warning</b>: ... in <b>/path/x.php</b> on line <b>12</b>"): never the article,
# and long enough to win trafilatura's comparison with its fallback extractors on short posts.
_SERVER_ERROR = re.compile(
    r"<b>\s*(?:warning|notice|deprecated|strict standards|(?:parse|fatal|catchable fatal) error)\s*</b>\s*:"
    r".{0,600}?\bon line\s*<b>\s*\d+\s*</b>",
    re.I | re.S,
)
# When the page's markup yields under this share of the words its JSON-LD articleBody holds, the article
# is rendered by script and the declared body is read instead (if it has at least MIN_DECLARED_WORDS).
DECLARED_BODY_SHARE = 0.5
# A page's JSON state is searched for the article when it holds a string this long with this many paragraphs;
# a state larger than STATE_MAX_CHARS is not parsed.
STATE_MIN_CHARS = 1000
STATE_MAX_CHARS = 3_000_000
STATE_MIN_PARAGRAPHS = 3
STATE_CANDIDATES = 3
STATE_ANCHOR_WORDS = 10
_STATE_PARAGRAPH = re.compile(r"<(?:p|br)\b", re.I)
MIN_DECLARED_WORDS = 50
# These see a page's declared body, which anyone can fill: no pattern may rescan the same text from many starts
# (a leading "\s*", "[^>]*" over text that may hold no ">", ".*?" to a closing tag that may never come).
_PARAGRAPH_BREAK = re.compile(r"\n|</?(?:p|div|br|h[1-6]|li)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]+>")
_WORD_BREAK = re.compile(r"<wbr\s*/?>", re.I)
LONGEST_HEADING = 300
_HEADING_TAG = re.compile(rf"<h([2-6])\b[^<>]{{0,500}}>(.{{0,{LONGEST_HEADING}}}?)</h\1\s*>", re.I | re.S)
_BULKY_START = re.compile(r"<(script|style|svg|noscript)\b|<!--", re.I)
_INLINE_DATA = re.compile(r"data:[\w/+.-]+;base64,[\w+/=]+")
# Extraction time grows faster than the number of elements (100,000 took 19 s); a page with more than this
# after pruning is narrowed to its <article> or <main>, or read paragraph by paragraph.
MAX_EXTRACT_ELEMENTS = 30_000


def _without_bulky(text: str) -> str:
    """The page without scripts, styles, SVG and comments; an unclosed one runs to the end, as in a browser."""
    lower = text.lower()
    kept: list[str] = []
    position = 0
    while match := _BULKY_START.search(text, position):
        kept.append(text[position:match.start()])
        closer = "-->" if match.group(0) == "<!--" else f"</{match.group(1).lower()}"
        end = lower.find(closer, match.end())
        if end < 0:
            return "".join(kept)
        position = lower.find(">", end) + 1 or len(text)
    kept.append(text[position:])
    return "".join(kept)


def shrink(text: str) -> str:
    """Drop scripts, styles and inline data from a huge page, then cut it to MAX_HTML_CHARS."""
    if len(text) <= MAX_HTML_CHARS:
        return text
    text = _INLINE_DATA.sub("", _without_bulky(text))
    if len(text) > MAX_HTML_CHARS:
        log.warning("page has %d characters of markup; reading only the first %d", len(text), MAX_HTML_CHARS)
        text = text[:MAX_HTML_CHARS]
    return text


def parse_html(text: str) -> Any | None:
    """An lxml tree of the page (server error messages left out), or None when nothing parses."""
    # lxml refuses str input that declares an encoding; the text is already decoded.
    text = _XML_DECLARATION.sub("", text, count=1)
    if "/>" in text:
        text = _SELF_CLOSED_SCRIPT.sub(r"<\1\2>", text)
    if "on line" in text:
        text = _SERVER_ERROR.sub("", text)
    if "<wbr" in text or "<WBR" in text:  # a place a long word may break: no space, or "Circum<wbr>locution" is two
        text = _WORD_BREAK.sub("", text)
    try:
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, recover=True, no_network=True)
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


# A table with a cell this long that holds paragraphs or lists is a page's layout, not data.
_CELL_BLOCKS = ("p", "list", "head", "quote", "table")
LAYOUT_CELL_WORDS = 40


def _holds_blocks(cell: Any) -> bool:
    """A table cell with paragraphs, lists, headings or a table inside."""
    return any(cell.find(tag) is not None for tag in _CELL_BLOCKS)


def _xml_text(element: Any) -> str:
    """Text of a trafilatura XML element, line breaks as spaces."""
    for lb in element.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    return squash("".join(element.itertext()))


def _item_text(item: Any) -> str:
    """A list item's own text: a list nested in it is read as items of its own (it was read twice, glued on)."""
    if item.find("list") is None:
        return _xml_text(item)
    parts = [item.text or ""]
    for child in item:  # a line break is a child too: its text is empty and its tail follows a space
        parts.append(("" if child.tag == "list" else _xml_text(child)) + " " + (child.tail or ""))
    return squash("".join(parts))


def _blocks_from_xml(main: Any, announce_code: bool = False) -> list[Block]:
    """Blocks from trafilatura's XML <main>: head, p, quote, list/item, table rows."""
    blocks: list[Block] = []
    ranked = 1  # the level of the last heading the page ranked (h1-h6)
    for child in main:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            match = _HEADING_LEVEL.match(child.get("rend") or "")
            # a heading the page did not rank (a <summary>, an FAQ's question) sits under the last ranked one:
            # level 2 beside an "FAQ" h2, it made that h2 look empty, and the h2 was dropped as a widget's title
            level = int(match.group(1)) if match else min(ranked + 1, 6)
            ranked = level if match else ranked
            blocks.append(Block(BlockKind.HEADING, _xml_text(child), level=level))
        elif tag == "quote":
            inner = [c for c in child if c.tag in ("p", "quote", "list")]
            if inner:
                blocks.extend(Block(BlockKind.QUOTE, b.text) for b in _blocks_from_xml(child) if b.text)
            else:
                blocks.append(Block(BlockKind.QUOTE, _xml_text(child)))
        elif tag == "list":
            for item in child.iter("item"):
                blocks.append(Block(BlockKind.LIST_ITEM, _item_text(item)))
        elif tag == "table":
            blocks.extend(_table_blocks(child, announce_code))
        elif tag in ("div", "main", "section"):
            blocks.extend(_blocks_from_xml(child, announce_code))
        elif tag == "code":
            blocks.extend([code_announcement()] if announce_code else [])  # code is never read out
        elif tag in ("graphic", "figure", "comments"):
            continue  # images, code and comments are not narrated
        elif tag:
            blocks.append(Block(BlockKind.PARAGRAPH, _xml_text(child)))
    return [b for b in blocks if b.text]


def _table_blocks(table: Any, announce_code: bool) -> list[Block]:
    """A data table row by row, with the header's names where its first row is one (see table_lines); cells
    holding paragraphs or lists (a page laid out in a table) as the blocks they hold."""
    blocks: list[Block] = []
    rows = table.findall("row")
    layout = any(_holds_blocks(cell) and len(_xml_text(cell).split()) >= LAYOUT_CELL_WORDS
                 for row in rows for cell in row.findall("cell"))
    if not layout:
        grid = [[_xml_text(cell) for cell in row.findall("cell")] for row in rows]
        headed = len(rows) > 1 and all(cell.get("role") == "head" for cell in rows[0].findall("cell"))
        if (scores := score_column(grid[1:] if headed else grid)) is not None:
            return [Block(BlockKind.PARAGRAPH, line) for line in result_lines(grid[1:] if headed else grid, scores)]
        lines = table_lines(grid[0], grid[1:]) if headed else table_lines(None, grid)
        return [Block(BlockKind.PARAGRAPH, line) for line in lines]
    for row in rows:
        texts: list[str] = []
        for cell in row.findall("cell"):
            if layout and _holds_blocks(cell):
                if texts:
                    blocks.append(Block(BlockKind.PARAGRAPH, ", ".join(texts)))
                    texts = []
                blocks.extend(_blocks_from_xml(cell, announce_code))
            elif text := _xml_text(cell):
                texts.append(text)
        if texts:
            blocks.append(Block(BlockKind.PARAGRAPH, ", ".join(texts)))
    return blocks


def _narrowed(root: Any) -> Any | None:
    """The tree to give the extractor: root, else its largest <article> or <main> within MAX_EXTRACT_ELEMENTS."""
    if not too_many_elements(root, MAX_EXTRACT_ELEMENTS):
        return root
    parts = root.xpath("//article | //main | //*[@role='main']")[:10]
    fitting = [part for part in parts if not too_many_elements(part, MAX_EXTRACT_ELEMENTS)]
    if not fitting:
        return None
    page = lxml_html.document_fromstring("<html><body></body></html>")
    page.find("body").append(copy.deepcopy(max(fitting, key=lambda part: len(part.xpath(".//*")))))
    return page


def _paragraph_blocks(root: Any) -> list[Block]:
    """Headings and paragraphs in page order: the reading of a page too large for the extractor."""
    blocks = []
    for element in root.iter("h2", "h3", "h4", "h5", "h6", "p"):
        text = squash(" ".join(element.itertext()))
        if text and element.tag == "p":
            blocks.append(Block(BlockKind.PARAGRAPH, text))
        elif text:
            blocks.append(Block(BlockKind.HEADING, text, level=int(element.tag[1])))
    return blocks


# trafilatura hands a result shorter than 250 characters to its fallback extractors, which can flatten a short
# article into one paragraph with its headline and any prompt in it. When that happens the page is read again
# with no minimum: a short article is still an article, read as carefully as a long one.
MIN_EXTRACTED_CHARS = 1
REREAD_SHARE = 0.5


@functools.cache
def _trafilatura_config() -> Any:
    """trafilatura's settings with our minimum size, built once."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_CHARS))
    return config


def extract_blocks(root: Any, url: str | None, announce_code: bool = False) -> list[Block]:
    """Run trafilatura on a (pruned) tree and turn its XML into blocks; a short article flattened is read again."""
    narrowed = _narrowed(root)
    if narrowed is None:
        log.warning("page has over %d elements and no <article> or <main> of fewer; reading its paragraphs as they "
                    "come (some of the page around the article may be read)", MAX_EXTRACT_ELEMENTS)
        return _paragraph_blocks(root)
    root = narrowed
    blocks = _extract(root, url, announce_code, short=False)
    if len(blocks) <= 1:
        again = _extract(root, url, announce_code, short=True)
        # Paragraphs that hold most of the flattened text are the article; a stub of it is not. The flattened text
        # may hold the page's menu too ("Home About Archive Contact"): its links' words are not the article's.
        menu = _link_words(_link_texts(root))
        if len(again) > len(blocks) and _word_count(again) >= REREAD_SHARE * _word_count(blocks, menu):
            return again
    return blocks


_XML_NAME = re.compile(r"[A-Za-z_][\w.-]*")


def _xml_names_only(root: Any) -> Any:
    """A copy of the tree whose elements all have XML names: a broken tag's name becomes "span"."""
    tree = copy.deepcopy(root)
    for element in tree.iter():
        if isinstance(element.tag, str) and not _XML_NAME.fullmatch(element.tag):
            element.tag = "span"
    return tree


def _extract(root: Any, url: str | None, announce_code: bool, short: bool) -> list[Block]:
    """trafilatura's XML of a tree as blocks; `short` turns its minimum size (and so its fallbacks) off."""
    # Imported here: it takes 0.1-0.2 s, which a run over text and Markdown files need not spend.
    import trafilatura
    import trafilatura.settings

    def extracted(tree: Any) -> str | None:
        return trafilatura.extract(
            tree,
            config=_trafilatura_config() if short else trafilatura.settings.DEFAULT_CONFIG,
            url=url,
            output_format="xml",
            include_comments=False,
            include_images=False,
            include_tables=True,
            include_formatting=False,
            include_links=False,
            deduplicate=False,
            with_metadata=False,
        )

    try:
        xml = extracted(root)
    except etree.XMLSyntaxError:
        # trafilatura parses its own output again as XML: a tag name the HTML parser took from broken markup
        # ("<span^class=...>", "<abhref=...>") is no XML name, and it raised there. Such tags are spans.
        xml = extracted(_xml_names_only(root))
    if not xml:
        return []
    doc = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(recover=True, resolve_entities=False))
    if doc is None:
        return []
    main = doc.find("main")
    return _blocks_from_xml(main if main is not None else doc, announce_code)


def _word_count(blocks: list[Block], leaving: frozenset[str] = frozenset()) -> int:
    """Words in the blocks, leaving out those in `leaving` (the words of the page's links)."""
    if not leaving:
        return sum(len(b.text.split()) for b in blocks)
    return sum(1 for b in blocks for word in b.text.split() if comparable(word) not in leaving)


def _link_texts(root: Any) -> set[str]:
    """What each link on the page says, as comparable words."""
    return {text for a in root.iter("a") if (text := comparable(" ".join(a.itertext())))}


def _link_words(links: set[str]) -> frozenset[str]:
    """Every word the page's links say."""
    return frozenset(word for text in links for word in text.split())


def _writers_own(blocks: list[Block], link_words: frozenset[str]) -> bool:
    """A short article of the writer's: text, most of whose words no link on the page says (a listing's text is
    its links: headlines, "Read more", a menu run into them)."""
    words = [word for b in blocks if b.kind is not BlockKind.HEADING for word in comparable(b.text).split()]
    linked = sum(1 for word in words if word in link_words)
    return bool(words) and linked * 2 < len(words)


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


def _prefer_declared(blocks: list[Block], body: str | None) -> list[Block]:
    """The declared articleBody's paragraphs when the markup gave much less than it (a script-rendered page)."""
    if body is None:
        return blocks
    declared = declared_blocks(body)
    words = _word_count(declared)
    if words >= MIN_DECLARED_WORDS and _word_count(blocks) < DECLARED_BODY_SHARE * words:
        log.debug("markup gave %d words, JSON-LD articleBody %d: reading the latter", _word_count(blocks), words)
        return declared
    return blocks


# A teaser is the declared body's opening when this many of the markup's paragraphs open it, in order, and the rest
# is this long; the rest is read after them.
TEASER_PARAGRAPHS = 2
MIN_REST_WORDS = 30


def _with_declared_rest(blocks: list[Block], body: str | None) -> list[Block]:
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
    if found < TEASER_PARAGRAPHS or _word_count(rest) < MIN_REST_WORDS:
        return blocks
    opening = rest[0].text[:RUN_IN_KEY_CHARS]
    if any(opening in block.text for block in blocks):
        return blocks  # the markup has the rest already
    log.debug("markup is the declared body's opening: reading its %d words after it", _word_count(rest))
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


# Nuxt 2's script opens on setting its state (a minifier may put a few statements before it).
NUXT_AT_CHARS = 200


def _states(root: Any) -> Iterator[Any]:
    """Each JSON state of a page of a size worth reading (Next.js __NEXT_DATA__ and the like), parsed."""
    for script in root.xpath("//script[@type='application/json']"):
        text = script.text or ""
        # Nuxt's payload is the page's data by its name, at any size: a short story's is under STATE_MIN_CHARS
        nuxt = script.get("id") == "__NUXT_DATA__" or script.get("data-nuxt-data") is not None
        if (nuxt or len(text) >= STATE_MIN_CHARS) and len(text) <= STATE_MAX_CHARS:
            try:
                state = json.loads(text)
            except (ValueError, RecursionError):
                continue
            yield _devalued(state) if nuxt and isinstance(state, list) else state
    for script in root.iter("script"):
        text = script.text or ""
        if ("__NUXT__" in text[:NUXT_AT_CHARS] and len(text) <= STATE_MAX_CHARS
                and (state := called_state(text)) is not None):
            yield state  # Nuxt 2's: a function called on the values it shares


# Nuxt 3's payload is devalue's flat array: an object's values and a list's items are indices into the array, and a
# reactive wrapper is a pair, ["ShallowReactive", 1]. Other typed pairs (a Date, a Set) are not text.
_DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef"})
DEVALUE_MAX_VALUES = 100_000  # what a payload may resolve to: references may share (or loop to) a value
# References nested this deep are no story's data: deeper, the resolving ran out of Python's stack, and the
# RecursionError made the whole page unreadable ("no article text found") though its article was in its markup.
DEVALUE_MAX_DEPTH = 200


def _devalued(flat: list[Any]) -> Any:
    """A Nuxt 3 payload (__NUXT_DATA__) resolved into the nested data it stands for."""
    budget = [DEVALUE_MAX_VALUES]

    def resolve(index: Any, seen: frozenset[int]) -> Any:
        if (not isinstance(index, int) or not 0 <= index < len(flat) or index in seen or budget[0] <= 0
                or len(seen) >= DEVALUE_MAX_DEPTH):
            return None
        budget[0] -= 1
        value, seen = flat[index], seen | {index}
        if isinstance(value, dict):
            return {key: resolve(member, seen) for key, member in value.items()}
        if isinstance(value, list) and value and isinstance(value[0], str):
            return resolve(value[1], seen) if value[0] in _DEVALUE_WRAPPERS and len(value) == 2 else None
        if isinstance(value, list):
            return [resolve(member, seen) for member in value]
        return value
    return resolve(0, frozenset())


# What a story's data calls its standfirst (not its "excerpt" or "description": a summary, or its first paragraph).
_STATE_STANDFIRST_KEYS = ("standfirst", "dek", "subtitle", "subheadline", "subheading")


# What a story's data calls the day it was published, first found first taken.
_STATE_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "published", "firstPublished",
                    "date")


class _StateStory(NamedTuple):
    """A story as a page's data holds it: its body as HTML, and its author, standfirst and date where it names them."""

    body: str
    author: str | None
    standfirst: str | None
    published: str | None


def _state_date(item: dict[str, Any]) -> str | None:
    """The day (or month) a story's data says it was published."""
    return next((day for key in _STATE_DATE_KEYS if isinstance(item.get(key), str)
                 and (day := parse_published(item[key]))), None)


def _titled_state_story(root: Any, title: str) -> _StateStory | None:
    """A story's body kept in a page's JSON state as typed blocks beside its title (the page's own), as HTML, and the
    author and standfirst it names there: a page rendered by script shows only its menus and a "Loading" line
    without it."""
    for state in _states(root):
        stack: list[Any] = [state]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if comparable(str(item.get("title") or item.get("headline") or "")) == comparable(title):
                    for value in item.values():
                        if (body := _state_blocks_html(value)) is not None:
                            standfirst = next((squash(item[key]) for key in _STATE_STANDFIRST_KEYS
                                               if isinstance(item.get(key), str) and squash(item[key])), None)
                            return _StateStory(body, _state_author(item.get("author")), standfirst,
                                               _state_date(item))
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return None


def _state_author(author: Any) -> str | None:
    """An author's name as a page's data holds it: a string, or an object with a name."""
    name = author.get("name") if isinstance(author, dict) else author
    return squash(name) if isinstance(name, str) and squash(name) else None


def _state_articles(root: Any) -> list[str]:
    """Long HTML strings in a page's JSON state (Next.js __NEXT_DATA__ and the like), longest first.

    Script-rendered pages put the article there and render only part of it without JavaScript.
    """
    found: list[str] = []
    for state in _states(root):
        stack: list[Any] = [state]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
            elif (isinstance(item, str) and len(item) >= STATE_MIN_CHARS
                  and len(_STATE_PARAGRAPH.findall(item)) >= STATE_MIN_PARAGRAPHS):
                found.append(item)
    return sorted(found, key=len, reverse=True)[:STATE_CANDIDATES]


# A story's body as a list of typed blocks in a page's JSON state ({"type": "paragraph", "text": "..."}, or Portable
# Text's blocks of spans): the kinds of block read as a heading, and the keys that name a block's kind and hold its
# text.
_STATE_HEADING_TYPE = re.compile(r"(?i)head|title")
_STATE_HEADING_STYLE = re.compile(r"h[1-6]$")  # Portable Text's {"_type": "block", "style": "h2"}
_STATE_TYPE_KEYS = ("type", "_type", "__typename", "kind")
_STATE_TEXT_KEYS = ("text", "content", "value")


def _state_blocks_html(value: Any) -> str | None:
    """A list of typed text blocks (a story's body as a CMS stores it), or of its paragraphs' texts, as HTML; None for
    anything else."""
    if (isinstance(value, list) and len(value) >= STATE_MIN_PARAGRAPHS
            and all(isinstance(entry, str) and is_prose(make_line(0, entry, 0)) for entry in value)):
        return "".join(f"<p>{html.escape(squash(entry), quote=False)}</p>" for entry in value)
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        return None
    parts, paragraphs = [], 0
    for entry in value:
        kind = next((str(entry[key]) for key in _STATE_TYPE_KEYS if key in entry), None)
        text = next((entry[key] for key in _STATE_TEXT_KEYS if isinstance(entry.get(key), str)), None)
        if text is None and isinstance(children := entry.get("children"), list):  # Portable Text: the block's spans
            text = "".join(child["text"] for child in children if isinstance(child, dict)
                           and isinstance(child.get("text"), str)) or None
        if kind is None or text is None:
            continue
        text = html.escape(squash(text), quote=False)
        if _STATE_HEADING_TYPE.search(kind) or _STATE_HEADING_STYLE.match(str(entry.get("style", ""))):
            parts.append(f"<h2>{text}</h2>")
        else:
            parts.append(f"<p>{text}</p>")
            paragraphs += 1
    return "".join(parts) if paragraphs >= STATE_MIN_PARAGRAPHS else None


# What a page rendered by script says without it: "To use the web application, please enable JavaScript."
_SCRIPT_NOTICE = re.compile(r"(?i)\b(?:enable|requires?|turn on|activate) javascript\b|\bjavascript (?:is )?"
                            r"(?:disabled|required|turned off)\b")


PROSE_CHARS = 200  # a paragraph this long is prose enough to say the markup holds the article: no need to weigh it


def _has_paragraphs(blocks: list[Block]) -> bool:
    """Any paragraph but a notice that the page needs script: a page rendered by script may show only its menus, a
    "Loading" line or that notice."""
    return any(b.kind is BlockKind.PARAGRAPH and not _SCRIPT_NOTICE.search(b.text)
               and (len(b.text) > PROSE_CHARS or is_prose(make_line(0, b.text, 0))) for b in blocks)


def _description_body(description: str | None) -> str | None:
    """A description of paragraphs set apart by blank lines (a status page's post, whole) as HTML."""
    paragraphs = [squash(part) for part in re.split(r"\n\s*\n", description or "") if squash(part)]
    return "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in paragraphs) if len(paragraphs) > 1 else None


def _same_article(candidate: str, blocks: list[Block]) -> bool:
    """The candidate holds the opening words of the longest paragraph the markup gave."""
    paragraphs = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    if not paragraphs:
        return False
    anchor = " ".join(comparable(max(paragraphs, key=len)).split()[:STATE_ANCHOR_WORDS])
    return bool(anchor) and anchor in comparable(_TAG.sub(" ", candidate))


# An unmarked byline among the article's first blocks ("<p>By Raj Patel | 4 May 2025</p>"), which the body drops as
# furniture: it names the authors and the day when the page's markup does not.
BYLINE_BLOCKS = 3
BYLINE_WORDS = 12


def _with_byline_block(meta: Metadata, blocks: list[Block]) -> Metadata:
    """The metadata, with the authors and date it lacks taken from a byline paragraph at the top of the article."""
    if meta.authors:
        return meta
    for block in blocks[:BYLINE_BLOCKS]:
        line = make_line(0, block.text, 0)
        if block.kind is not BlockKind.HEADING and is_byline_line(line, BYLINE_WORDS) and (
                names := authors_from(line)):
            return replace(meta, authors=names, published=meta.published or parse_date(block.text))
    return meta


def _in_marked_article(root: Any, blocks: list[Block]) -> bool:
    """Every block's text lies in an element the page marks as its article (<article>, <main>, role="main"): a bare
    page of two short lines is as often a server's or a gate's notice ("403 Forbidden", "Checking your browser")."""
    marked = [comparable(" ".join(part.itertext())) for part in root.xpath("//article | //main | //*[@role='main']")]
    return bool(marked) and all(any(comparable(b.text) in text for text in marked) for b in blocks)


def _broken_lines(element: Any) -> list[str]:
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


def _lines_apart(root: Any, blocks: list[Block]) -> list[Block]:
    """Paragraphs whose lines the page sets apart with <br> (verse, an address, opening hours) as a block a line:
    the extractor ran them into one, and a listener heard no break between them."""
    broken: dict[str, list[str]] = {}
    for parent in {id(br.getparent()): br.getparent() for br in root.iter("br")}.values():  # each element once
        if parent is not None and len(lines := _broken_lines(parent)) > 1:
            broken[squash(" ".join(lines))] = lines
    if not broken:
        return blocks
    return [replace(b, text=line) for b in blocks for line in (
        broken.get(b.text, [b.text]) if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE) else [b.text])]


# A paragraph run into others by the extractor is looked for by its opening characters.
RUN_IN_KEY_CHARS = 60


def _paragraph_runs(root: Any) -> list[list[str]]:
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


def _paragraphs_apart(runs: list[list[str]], blocks: list[Block]) -> list[Block]:
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


# A reply's subject in a thread: the topic's title after "Re:" (German "AW:", Nordic "SV:", Dutch "Antw:").
_REPLY_PREFIX = re.compile(r"(?i)^(?:re|aw|sv|antw|r)\s*(?:\[\d+\])?\s*:\s*")


def _without_reply_subjects(blocks: list[Block], title: str) -> list[Block]:
    """The blocks without a heading that is the title as a reply's subject ("Re: Rust on a cast iron pan"): each
    post of a forum's thread is headed so, and it was read over every reply."""
    title = comparable(title)
    return [b for b in blocks if not (b.kind is BlockKind.HEADING and _REPLY_PREFIX.match(b.text)
                                      and comparable(_REPLY_PREFIX.sub("", b.text)) == title)]


def _without_title(blocks: list[Block], meta: Metadata) -> list[Block]:
    """The blocks without a heading that repeats the title."""
    title = comparable(meta.title)
    return [b for b in blocks if not (b.kind is BlockKind.HEADING and comparable(b.text) == title)]


# A link aggregator's post line: its title again with where it leads in brackets ("... three things
# (self.vintagesewing)", "... (example.com)"), and who posted it, its time an element the extractor left out
# ("submitted by threadbare_tom"). The title and the byline are said in the intro.
POST_LINES = 4
_SOURCE_AFTER = re.compile(r"\s*\((?:self\.)?[\w.-]+\)$")
_POSTED_BY = re.compile(r"(?i)^(?:submitted|posted|shared)\b.{0,40}?\bby\s+(?:u/)?(\S+)$")


# A stamp line: when a story was published or updated and nothing else ("PUBLISHED: October 8, 2024 at 6:15 PM EDT |
# UPDATED: October 9, 2024 at 7:02 AM EDT"). Its words are these, a date's and a clock's; a year says it is a date, and
# a clock says it is a time (a live blog's entry, "Updated at 11.52 GMT", is stamped with the time of day alone).
_STAMP_WORDS = re.compile(
    rf"(?i)\b(?:published|updated|posted|modified|submitted|edited|last|first|on|at|{MONTH_NAMES}|(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day|\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?|noon|[ecmp][sd]t|gmt|utc|bst|cet|cest|jst|ist|aest)\b\.?")
_STAMP_LABEL = re.compile(r"(?i)\b(?:published|updated|posted|modified|submitted)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def _is_stamp_line(text: str) -> bool:
    """True for a line that only says when the story was published or updated."""
    return bool(_STAMP_LABEL.search(text) and (_YEAR.search(text) or _CLOCK.search(text))
                and not re.sub(r"[\W_]+", "", _STAMP_WORDS.sub(" ", text)))


def _without_post_lines(blocks: list[Block], meta: Metadata) -> list[Block]:
    """The blocks without a post's title line with its source, or its poster's line, near the top, or a line that
    only stamps the story's times."""
    return [b for n, b in enumerate(blocks) if (n >= POST_LINES or not _is_post_line(b.text, meta))
            and not (b.kind is BlockKind.PARAGRAPH and _is_stamp_line(b.text))]


# A feature's credits under its headline, each craft and who did it ("Words by Owen Tremayne · Photographs by Lise
# Marten", "Text and photos by Ana Ruiz"): the byline, set out by craft. Read, it said the author again.
_CREDIT_PART = re.compile(r"(?i)(?:words|text|story|writing|reporting|interview|photos?|photographs?|photography"
                          r"|pictures|images|illustrations?|video|film|graphics|design)"
                          r"(?: (?:and|&) [a-z]+)? by ([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3})")
CREDITS_MAX_CHARS = 160
_CREDIT_SEPARATORS = re.compile(r"\s*[·•|;/,]\s*|\s+[-–—]\s+")


def _is_credits_line(text: str, authors: set[str]) -> bool:
    """A line of crafts and who did them, naming the author."""
    if len(text) > CREDITS_MAX_CHARS or " by " not in text.lower():
        return False
    parts = [part for part in _CREDIT_SEPARATORS.split(text.strip()) if part]
    found = [_CREDIT_PART.fullmatch(part) for part in parts]
    return all(found) and any(comparable(m.group(1)) in authors for m in found if m is not None)


def _is_post_line(text: str, meta: Metadata) -> bool:
    """The post's title with its source in brackets, a line of who posted it that names the author, or the credits
    that name them."""
    authors = {comparable(author) for author in meta.authors}
    if (posted := _POSTED_BY.match(text)) is not None:
        return comparable(posted.group(1)) in authors
    if _is_credits_line(text, authors):
        return True
    bare = _SOURCE_AFTER.sub("", text)
    return bare != text and comparable(bare) == comparable(meta.title)


def _site_name(root: Any) -> str:
    """The site's declared name (og:site_name), or nothing."""
    names = root.xpath("//meta[@property='og:site_name']/@content")
    return squash(html.unescape(names[0])) if names else ""


def read_html(text: str, settings: CleanSettings, fallback_title: str,
              url: str | None) -> tuple[Metadata, list[Block], bool]:
    """Metadata and body blocks of an HTML page, and whether they are a short article of the writer's own (read
    whole: any words are an article)."""
    root = parse_html(shrink(text))
    if root is None:
        return Metadata(title=fallback_title), [], False
    drop_permalinks(root)
    drop_guest_boxes(root)  # before the metadata: a guest's name in a guest book is no byline, nor a forum's founder
    drop_community_sidebars(root)
    saved = tidy_saved_document(root, text)
    meta = page_metadata(root, fallback_title, url)
    if saved is not None:
        meta = replace(meta, title=saved.title or meta.title, published=meta.published or saved.published,
                       authors=meta.authors or ((saved.author,) if saved.author else ()))
    if (mail := tidy_mail(root, text)) is not None:  # a message's own header names it, its sender and its day
        meta = replace(meta, title=mail.subject or meta.title,
                       authors=meta.authors or ((mail.sender,) if mail.sender else ()),
                       published=meta.published or (parse_date(mail.sent) if mail.sent else None))
    if (archived := tidy_list_message(root)) is not None:  # a list archive's message: its subject, sender and day
        meta = replace(meta, title=archived.subject or meta.title, authors=meta.authors or (archived.sender,),
                       published=meta.published or archived.sent)
    declared = article_body(root)
    state = [] if declared else _state_articles(root)
    formulas_as_tex(root)
    ruby_as_read(root)
    space_after_labels(root)
    bracket_note_marks(root)
    drop_capture_header(root)
    drop_interface_pieces(root, text)
    drop_marked_furniture(root)
    drop_asking_boxes(root)
    drop_closing_asks(root)
    headed_buttons_as_text(root)
    drop_contents_titles(root)
    drop_edit_links(root)
    drop_skip_links(root)
    dated_entries_as_sections(root)
    drop_email_furniture(root)
    drop_address_lines(root)
    drop_amp_ads(root)
    drop_embed_placeholders(root)
    drop_notebook_output(root)
    drop_neighbour_links(root)
    drop_author_boxes(root, meta.authors)
    drop_poster_furniture(root)
    drop_comment_headers(root)
    drop_data_named_comments(root)
    comments_as_thread(root)
    posts_out_of_lists(root)
    admonition_titles_as_headings(root)
    tab_labels_as_headings(root)
    drop_endnote_lists(root)
    notes_after_paragraphs(root)
    drop_buttons(root, text)  # after the boxes that ask: their button shows them
    prune_tree(root, settings.exclude_selectors)
    figures_as_paragraphs(root)
    runs = _paragraph_runs(root)
    extracted = extract_blocks(root, meta.url, announce_code=settings.code_blocks == "announce")
    extracted = _paragraphs_apart(runs, extracted)
    declared = declared or next((c for c in state if _same_article(c, extracted)), None)
    state_standfirst = None
    if declared is None and not _has_paragraphs(extracted):
        # nothing in the markup: the story in the page's data, or the post a status page puts whole in its description
        if (story := _titled_state_story(root, meta.title)) is not None:
            declared, state_standfirst = story.body, story.standfirst
            meta = meta if meta.authors or story.author is None else replace(meta, authors=(story.author,))
            meta = replace(meta, published=meta.published or story.published)
        else:
            declared = _description_body(meta.description)
    meta = _with_byline_block(meta, extracted)
    rescued = restore_structure(root, rescue_paragraphs(root, extracted))
    rescued = restore_key_points(root, restore_section_headings(root, restore_entry_headings(root, rescued)))
    rescued = restore_corrections(root, rescued)
    preferred = _prefer_declared(_with_declared_rest(rescued, declared), declared)
    blocks = _without_reply_subjects(drop_boilerplate_blocks(preferred, meta), meta.title)
    blocks = _without_post_lines(blocks, meta)
    blocks = without_sender_line(without_edit_marks(blocks), _site_name(root))
    own = False
    if not has_article(blocks):
        # Too short to be sure of as a page's article: short lines are read when the page's own text holds them,
        # not its links (a note of two words, steps, a list, verse), in the part it marks as its article; only
        # prompts, notices and links are left out.
        links = _link_texts(root)
        gentle = drop_prompts([b for b in preferred if comparable(b.text) not in links])
        if _writers_own(gentle, _link_words(links)) and _in_marked_article(root, gentle):
            blocks, own = _lines_apart(root, _without_title(gentle, meta)), True
    if meta.title == fallback_title and blocks and blocks[0].kind is BlockKind.HEADING:
        # no <title> and no <h1> (a saved post's fragment): its first heading names it, not the file
        meta, blocks = replace(meta, title=blocks[0].text), blocks[1:]
    if mail is not None and mail.note and blocks and not any(b.text == mail.note[0] for b in blocks):
        # the forwarder's own lines over the message they sent on, which the extractor left beside it
        blocks = [Block(BlockKind.PARAGRAPH, line) for line in mail.note] + blocks
    dek, blocks = split_dek(blocks)
    standfirst = find_standfirst(root, meta, blocks) or dek or state_standfirst
    if standfirst:
        meta = replace(meta, standfirst=standfirst)
        blocks = without_standfirst(blocks, standfirst)
    return meta, blocks, own

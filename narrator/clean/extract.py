"""trafilatura's reading of a (pruned) page as blocks: its XML turned into headings, paragraphs, quotes, list items
and table rows; a page too large for it narrowed or read paragraph by paragraph, and a short article it flattened
read again."""

from __future__ import annotations

import copy
import functools
import logging
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from narrator.clean.common import code_announcement, comparable, squash, table_lines
from narrator.clean.inserts import result_lines, score_column
from narrator.clean.metatags import too_many_elements
from narrator.model import Block, BlockKind

log = logging.getLogger(__name__)

_HEADING_LEVEL = re.compile(r"h([1-6])")
# Extraction time grows faster than the number of elements (100,000 took 19 s); a page with more than this
# after pruning is narrowed to its <article> or <main>, or read paragraph by paragraph.
MAX_EXTRACT_ELEMENTS = 30_000
# trafilatura's fallbacks (justext's paragraph classes) look from each short paragraph to both ends of its run: a page
# of thousands of short paragraphs costs their square (x8.5 CPU on four times 2,000 of them). A page with more
# paragraphs than this is read by trafilatura's own extraction alone (the development pages have at most 697).
MAX_FALLBACK_PARAGRAPHS = 1_000


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
            blocks.extend(Block(BlockKind.LIST_ITEM, text) for text in _terms_with_values(
                [(item.get("rend") or "", _item_text(item)) for item in child.iter("item")]))
        elif tag == "table":
            blocks.extend(_table_blocks(child, announce_code))
        elif tag in ("div", "main", "section"):
            blocks.extend(_blocks_from_xml(child, announce_code))
        elif tag == "code":
            blocks.extend([code_announcement()] if announce_code else [])  # code is never read out
        elif tag in ("graphic", "figure", "comments"):
            continue  # images, code and comments are not narrated
        elif tag == "p" and len(child) and child.find("head[@rend='h1']") is not None:
            blocks.extend(_paragraph_around_headings(child))
        elif tag:
            blocks.append(Block(BlockKind.PARAGRAPH, _xml_text(child)))
    return [b for b in blocks if b.text]


def _terms_with_values(items: list[tuple[str, str]]) -> list[str]:
    """A list's items, each term of a definition list read with its value ("Risk statement: This product contains
    peanuts..."): apart, the label was read as a line of its own ("Product:" / "Hartwell's Oat Crunch Bars")."""
    texts: list[str] = []
    term = False
    for rend, text in items:
        if term and rend.startswith("dd") and text:
            texts[-1] += (" " if texts[-1].endswith((":", "：", "?")) else ": ") + text
            term = False  # a second value under the term is a line of its own
        else:
            texts.append(text)
            term = rend.startswith("dt") and bool(text)
    return texts


def _paragraph_around_headings(paragraph: Any) -> list[Block]:
    """A paragraph of trafilatura's that holds the page's headline, as the text before it, the headings and the text
    after: a box that opens on a label before its <h1> ("Allergy Alert <h1>...</h1> FSA-PRIN-44-2026") was read as one
    paragraph, the headline inside it. (A card's lesser headings, a name over a role, stay run in as before.)"""
    blocks, text = [], [paragraph.text or ""]
    for child in paragraph:
        if child.tag == "head":
            blocks.append(Block(BlockKind.PARAGRAPH, squash("".join(text))))
            match = _HEADING_LEVEL.match(child.get("rend") or "")
            blocks.append(Block(BlockKind.HEADING, _xml_text(child), level=int(match.group(1)) if match else 2))
            text = [child.tail or ""]
        else:
            text += [_xml_text(child) if child.tag != "lb" else "", " " if child.tag == "lb" else "", child.tail or ""]
    blocks.append(Block(BlockKind.PARAGRAPH, squash("".join(text))))
    return blocks


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
        menu = link_words(link_texts(root))
        if len(again) > len(blocks) and word_count(again) >= REREAD_SHARE * word_count(blocks, menu):
            return again
    return blocks


_XML_NAME = re.compile(r"[A-Za-z_][\w.-]*")


def _xml_names_only(root: Any) -> Any:
    """A copy of the tree whose elements and attributes all have XML names: a broken tag's name becomes "span", a
    broken attribute ('cl"ass', left by a damaged quote) is dropped."""
    tree = copy.deepcopy(root)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if not _XML_NAME.fullmatch(element.tag):
            element.tag = "span"
        for name in [name for name in element.attrib if not _XML_NAME.fullmatch(name)]:
            del element.attrib[name]
    return tree


def _extract(root: Any, url: str | None, announce_code: bool, short: bool) -> list[Block]:
    """trafilatura's XML of a tree as blocks; `short` turns its minimum size (and so its fallbacks) off."""
    # Imported here: it takes 0.1-0.2 s, which a run over text and Markdown files need not spend.
    import trafilatura
    import trafilatura.settings

    fast = sum(1 for _ in root.iter("p")) > MAX_FALLBACK_PARAGRAPHS

    def extracted(tree: Any) -> str | None:
        return trafilatura.extract(
            tree,
            config=_trafilatura_config() if short else trafilatura.settings.DEFAULT_CONFIG,
            url=url,
            fast=fast,
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
        # trafilatura parses its own output again as XML: a tag or attribute name the HTML parser took from broken
        # markup ("<span^class=...>", "<abhref=...>", 'cl"ass=') is no XML name, and it raised there. Such tags are
        # spans and such attributes dropped; markup broken past that gives no blocks here (the caller's fallbacks read
        # the page), never an lxml error escaping the source.
        try:
            xml = extracted(_xml_names_only(root))
        except etree.XMLSyntaxError:
            return []
    if not xml:
        return []
    doc = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(recover=True, resolve_entities=False))
    if doc is None:
        return []
    main = doc.find("main")
    return _blocks_from_xml(main if main is not None else doc, announce_code)


def word_count(blocks: list[Block], leaving: frozenset[str] = frozenset()) -> int:
    """Words in the blocks, leaving out those in `leaving` (the words of the page's links)."""
    if not leaving:
        return sum(len(b.text.split()) for b in blocks)
    return sum(1 for b in blocks for word in b.text.split() if comparable(word) not in leaving)


def link_texts(root: Any) -> set[str]:
    """What each link on the page says, as comparable words."""
    return {text for a in root.iter("a") if (text := comparable(" ".join(a.itertext())))}


def link_words(links: set[str]) -> frozenset[str]:
    """Every word the page's links say."""
    return frozenset(word for text in links for word in text.split())


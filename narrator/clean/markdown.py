"""Markdown to Document: YAML front matter, then the markdown package's HTML walked into blocks."""

from __future__ import annotations

import datetime
import logging
import re
import uuid
from dataclasses import replace
from typing import Any

import markdown as markdown_lib
import yaml
from lxml import etree
from lxml import html as lxml_html

from narrator.clean.bylines import DATE_WORDS, authors_from, name_line, release_day
from narrator.clean.common import (
    SUMMARY_LABELS,
    code_announcement,
    comparable,
    parse_date,
    parse_published,
    split_authors,
    squash,
    table_lines,
)
from narrator.clean.inserts import result_lines, score_column
from narrator.clean.lines import Line, is_widget_label, make_line
from narrator.clean.notes import header_metadata, plain_marks
from narrator.clean.standfirst import MAX_WORDS as DEK_MAX_WORDS
from narrator.clean.standfirst import MIN_WORDS as DEK_MIN_WORDS
from narrator.clean.standfirst import is_page_note
from narrator.config import CleanSettings
from narrator.formula_marks import formulas_in
from narrator.model import Block, BlockKind, Metadata

log = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML_FRONT_MATTER = re.compile(r"\A\ufeff?\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.S)
# Citation marks such as [1], [12] or [^3] that survive as text.
_CITATION = re.compile(r"\s?\[\^?\d{1,3}\]")
# Far longer than any article (a short book); bounds the markdown package's time on runaway input.
MAX_MARKDOWN_CHARS = 1_000_000
# The markdown package rebuilds the rest of a paragraph for every inline mark it finds, and looks for the end
# of a link or tag from every "[" and "<": time grows with marks times length (50,000 "[" took over 40 s). A
# paragraph or list item past this budget is taken as plain text; real ones are thousands of times below it.
MARKDOWN_SCAN_BUDGET = 20_000_000
# Each inline mark costs the markdown package a fraction of a millisecond; past this many in one article (a
# megabyte of links), the rest is read as plain text.
MAX_INLINE_MARKS = 10_000
_PLAIN_LINK = re.compile(r"!?\[([^\[\]\n]{0,300})\]\([^()\s]{0,2000}\)")
_PLAIN_MARKERS = re.compile(r"(?m)^[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+")
# A web page saved as Markdown by a converter (html2text, a browser's clipper, a reader service) keeps its menus and
# link boxes as lines of bare links: 72 of the 80 AEB pages converted by html2text hold 20 or more, at 15% of their
# lines or more; a writer's own article holds a handful (a reading list). Such a page is cleaned as a text dump is.
_LINK_ONLY_LINE = re.compile(
    r"^[ \t]*(?:[-*+>][ \t]+|\d+[.)][ \t]+)?(?:!?\[[^\[\]\n]{0,300}\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)"
    r"[ \t]*)+$", re.M)
SAVED_PAGE_LINK_LINES = 20
SAVED_PAGE_LINK_SHARE = 0.15
# What a converter writes around the page's words: images, links (their address may hold a title or a bracket,
# "javascript:load\('a'\)"), emphasis marks and the backslashes that escape Markdown's own characters.
_PAGE_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\((?:[^()\n]|\([^()\n]{0,300}\)){0,2000}\)")
_PAGE_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\((?:[^()\n]|\([^()\n]{0,300}\)){0,2000}\)")
_EMPHASIS = re.compile(r"(?<!\w)(\*\*|__|\*|_)(?=\S)([^*_\n]{1,300}?)(?<=\S)\1(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_INLINE_SCOPE = re.compile(r"(\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t]))")
_INLINE_MARKS = re.compile(r"[\[<&\\*_`!]")
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.M)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Formulas ($...$, $$...$$, \(...\), \[...\]) are kept as written, delimited \( \) inline and \[ \] on their own
# (the form the speech stage reads): without this, "a_i b_i" turned to emphasis and "\(" lost its backslash.
# arithmatex's own "$...$" took prices for formulas ("$5-$10" read "five minus ten"): dollars are marked by the rule
# speech reads with (formula_marks) before the markdown package runs, and arithmatex keeps only "\( \)" and blocks.
_EXTENSIONS = ["fenced_code", "footnotes", "tables", "sane_lists", "abbr", "def_list", "pymdownx.arithmatex"]
_EXTENSION_CONFIGS = {"pymdownx.arithmatex": {"generic": True, "inline_syntax": ["round"]}}
_CODE_SPAN = re.compile(r"(`{1,16})[^`]*?\1|^[ \t]*(?:```|~~~).*?^[ \t]*(?:```|~~~)[ \t]*$", re.M | re.S)
_LANGUAGE_CLASS = re.compile(r"language-([\w+#-]+)")
# Lines under the title that may be its byline and date ("By Jane Doe", "March 3, 2026"), as in a plain text.
HEADER_LINES = 3


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The YAML (or TOML) front matter, or a notes app's metadata lines, as a mapping, and the rest of the text."""
    if match := _FRONT_MATTER.match(text):
        try:
            data = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            data = lenient_front_matter(match.group(1))
            log.warning("front matter is not valid YAML, read line by line (%d fields kept; quote a value holding"
                        " ': ' to be sure of it): %s", len(data), str(exc).splitlines()[0] if str(exc) else "")
        return (data if isinstance(data, dict) else {}), text[match.end():]
    if match := _TOML_FRONT_MATTER.match(text):
        import tomllib

        try:
            return tomllib.loads(match.group(1)), text[match.end():]
        except tomllib.TOMLDecodeError:
            return {}, text[match.end():]
    return header_metadata(text)  # a notes app's metadata lines (MultiMarkdown, Pandoc, Notion, Joplin)


# A top-level "key: value" line as writers write front matter whatever YAML says: the key up to the first colon, the
# value after it, colons and all ("title: Night sky: what to see"), a tab allowed after the colon.
_LENIENT_KEY = re.compile(r"^([A-Za-z_][\w -]{0,40}?)[ \t]*:(?:[ \t]+(.*))?$")
_LENIENT_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*)$")
# An indented "key: value" under a key with no value of its own: a nested field ("author:" then "  name: Ann Lee").
_LENIENT_NESTED = re.compile(r"^[ \t]+([A-Za-z_][\w -]{0,40}?)[ \t]*:(?:[ \t]+(.*))?$")


def _unquoted(value: str) -> str:
    """A value without the quotes around it, or a quote opened and never closed ("'Baker's dozen" is a stray)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if value[:1] in ("\"", "'") and value[0] not in value[1:]:
        return value[1:]
    if value[-1:] in ("\"", "'") and value[-1] not in value[:-1]:
        return value[:-1]
    return value


def lenient_front_matter(block: str) -> dict[str, Any]:
    """Front matter that is not valid YAML read as writers mean it, line by line: "key: value" at the margin, "- item"
    lines under a key as its list, indented "key: value" lines under an empty key as its fields ("author:" then
    "  name: Ann Lee"). A title with ": " in it, a tab or a stray quote made YAML refuse the whole block, and the
    title, author and date were lost with it."""
    fields: dict[str, Any] = {}
    key = ""
    for line in block.splitlines():
        mapping = key and (fields[key] == "" or isinstance(fields[key], dict))
        if key and (item := _LENIENT_ITEM.match(line)):
            if not isinstance(fields[key], list):
                fields[key] = []
            fields[key].append(_unquoted(item.group(1).strip()))  # in place: a copy per item grew as its square
        elif mapping and (nested := _LENIENT_NESTED.match(line)) is not None:
            inner = fields[key] if isinstance(fields[key], dict) else {}
            fields[key] = {**inner, nested.group(1).strip(): _unquoted((nested.group(2) or "").strip())}
        elif (found := _LENIENT_KEY.match(line)) is not None:
            key = found.group(1).strip()
            fields[key] = _unquoted((found.group(2) or "").strip())
        elif not line[:1].isspace():
            key = ""  # a line of its own kind: whatever is under it is not the last key's
    return fields


def saved_page(text: str) -> tuple[dict[str, Any], str] | None:
    """A web page saved as Markdown: its front matter's fields and the text a reader of the page sees (links as
    their words, images and list, heading and quote marks gone); None for a writer's own article."""
    text = text[:MAX_MARKDOWN_CHARS]
    # Counted over the whole text, front matter and all (a few lines more): its YAML is read only for a saved page,
    # so a writer's article is parsed once, and warned about once if its front matter is broken.
    links = len(_LINK_ONLY_LINE.findall(text))
    lines = sum(1 for line in text.splitlines() if line.strip())
    if links < SAVED_PAGE_LINK_LINES or links < SAVED_PAGE_LINK_SHARE * lines:
        return None
    front, body = split_front_matter(text)
    log.warning("it reads like a web page saved as Markdown (%d lines are bare links): reading only its article, as "
                "for a page", links)
    plain = _PLAIN_MARKERS.sub("", _PAGE_LINK.sub(r"\1", _PAGE_IMAGE.sub("", body)))
    fields = meta_fields(front)
    fields["url"] = fields["url"] or _web_address({str(k).lower(): v for k, v in front.items()}.get("source"))
    return fields, _ESCAPE.sub(r"\1", _EMPHASIS.sub(r"\2", plain))


def _as_text(value: Any) -> str | None:
    """A front-matter scalar as a string (YAML turns dates into date objects)."""
    if value is None:
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    return str(value)


def _web_address(value: Any) -> str | None:
    """A clipper's "source:" when it is an address: on a saved page, the page's own (a writer's own "source:" may
    be what the article quotes, and is never taken for its address)."""
    text = _as_text(value)
    return text if text and text.startswith(("https://", "http://")) else None


# What writers and their apps call a document's author and date (a Notion page's properties are named by the writer).
AUTHOR_KEYS = ("authors", "author", "byline", "writer", "writers")
DATE_KEYS = ("date", "published", "pubdate", "publishdate", "publish date", "published date", "publication date",
             "date published", "date_published", "published_at", "datepublished", "created")
# Ghost's export writes date_published, dev.to's published_at (its "published: true" says the post is live),
# Hashnode's datePublished. Zola keeps a post's own fields under [extra], Hugo under params, and Zola's authors may
# be a taxonomy: read there when the top level has none.
_NESTED_KEYS = ("extra", "params", "taxonomies")


def meta_fields(front: dict[str, Any]) -> dict[str, Any]:
    """Metadata fields from front matter keys, tolerant of common spellings."""
    lower = {str(k).lower(): v for k, v in front.items() if not isinstance(v, bool)}
    for nested in (lower.get(key) for key in _NESTED_KEYS):
        if isinstance(nested, dict):
            lower = {**{str(k).lower(): v for k, v in nested.items() if not isinstance(v, bool)}, **lower}
    authors_raw = next((lower[key] for key in AUTHOR_KEYS if lower.get(key)), None)
    if isinstance(authors_raw, dict):
        authors_raw = authors_raw.get("name")
    if isinstance(authors_raw, list):
        authors_raw = [a.get("name", "") if isinstance(a, dict) else str(a) for a in authors_raw]
    date_raw = next((lower[k] for k in DATE_KEYS if lower.get(k)), None)
    return {
        "title": squash(_as_text(lower.get("title")) or ""),
        "authors": split_authors(authors_raw if isinstance(authors_raw, list) else _as_text(authors_raw)),
        "published": parse_published(_as_text(date_raw)),
        # Hugo writes languageCode, Jekyll's and Pandoc's templates lang or locale ("en_GB")
        "language": _as_text(next((lower[k] for k in ("lang", "language", "languagecode", "locale") if lower.get(k)),
                                  None)) or "",
        "description": _as_text(lower.get("description") or lower.get("summary")),
        "image": _as_text(lower.get("image") or lower.get("cover")),
        "url": _as_text(lower.get("url") or lower.get("canonical_url")),
        "standfirst": _as_text(lower.get("subtitle") or lower.get("dek") or lower.get("standfirst")),
    }


# Compiled once: an XPath string is compiled again on every call, which dominated long lists.
_FOOTNOTE_MARKS = etree.XPath(".//sup[contains(@class,'footnote-ref')] | .//a[contains(@class,'footnote-ref')]")
_IMAGES = etree.XPath(".//img")
_BREAKS = etree.XPath(".//br")


# An image's alt text that names only its file or its file type: a notebook exported to Markdown writes every plot
# as "![png](ferry_files/ferry_3_1.png)", a pasted screenshot keeps its file name; said, it was "png".
_FILE_ALT = re.compile(r"(?i)(?:[\w .-]{0,200}\.)?(?:png|jpe?g|gif|svg|webp|bmp|tiff?|heic|image|img)")


def _inline_text(element: Any) -> str:
    """Readable text of an element: images by alt text, footnote marks and citations dropped."""
    for sup in _FOOTNOTE_MARKS(element):
        sup.drop_tree()
    for img in _IMAGES(element):
        alt = (img.get("alt") or "").strip()
        alt = "" if _FILE_ALT.fullmatch(alt) else alt
        img.tail = (f" {alt} " if alt else "") + (img.tail or "")
        img.drop_tree()
    for br in _BREAKS(element):
        br.tail = " " + (br.tail or "")
    return squash(_CITATION.sub("", element.text_content()))


def _code_block(element: Any, settings: CleanSettings) -> list[Block]:
    """Nothing for skip; a short spoken announcement for announce."""
    if settings.code_blocks != "announce":
        return []
    classes = " ".join(element.xpath(".//code/@class"))
    language = _LANGUAGE_CLASS.search(classes)
    return [code_announcement(language.group(1) if language else None)]


# A task list's box before its item ("- [ ] Pay the council tax", "- [x] Call the plumber"): drawn, not said.
_TASK_BOX = re.compile(r"^\[[ xX]\]\s+")


# Tags a sentence is made of: a container holding only these (and text) is one paragraph.
_INLINE_TAGS = frozenset({"a", "abbr", "b", "br", "cite", "code", "del", "em", "i", "img", "ins", "kbd", "mark", "q",
                          "s", "small", "span", "strong", "sub", "sup", "time", "u"})


def _loose(text: str | None) -> list[Block]:
    """Text standing in a container beside its blocks, as a paragraph (nothing for the spaces between blocks)."""
    return [Block(BlockKind.PARAGRAPH, said)] if text and (said := squash(text)) else []


def walk(element: Any, settings: CleanSettings) -> list[Block]:
    """Blocks from an HTML fragment as the markdown package produces it.

    Text written straight into raw HTML ("<div class="note">Never climb on it.</div>", a "<details>" block's words
    after its summary) is no paragraph of the package's: it is read as one where it stands, or it was lost.
    """
    blocks: list[Block] = _loose(element.text)
    for child in element:
        blocks.extend(_walk_child(child, settings))
        blocks.extend(_loose(child.tail))
    return [b for b in blocks if b.text]


def _walk_child(child: Any, settings: CleanSettings) -> list[Block]:
    """The blocks of one element of the rendered Markdown."""
    tag = child.tag if isinstance(child.tag, str) else ""
    if tag in _HEADINGS:
        return [Block(BlockKind.HEADING, _inline_text(child), level=_HEADINGS[tag])]
    if tag == "pre":
        return _code_block(child, settings)
    if tag == "blockquote":
        if not len(child):
            return [Block(BlockKind.QUOTE, _inline_text(child))]
        return [Block(BlockKind.QUOTE, b.text) for b in walk(child, settings) if b.kind is not BlockKind.CODE]
    if tag in ("ul", "ol"):
        blocks: list[Block] = []
        for item in child.xpath("./li"):
            nested = [n for n in item if isinstance(n.tag, str) and n.tag in ("ul", "ol", "pre")]
            for node in nested:
                node.getparent().remove(node)
                node.tail = None  # the spaces after it, read with the item
            blocks.append(Block(BlockKind.LIST_ITEM, _TASK_BOX.sub("", _inline_text(item), count=1)))
            holder = lxml_html.fragment_fromstring("<div></div>")
            holder.extend(nested)
            blocks.extend(walk(holder, settings))
        return blocks
    if tag == "div" and "arithmatex" in (child.get("class") or ""):
        return [Block(BlockKind.PARAGRAPH, squash(child.text_content()))]  # a formula on its own
    if tag == "div" and "footnote" in (child.get("class") or ""):
        return []  # the footnote list itself is reference matter, not narration
    if tag in ("figure", "div", "aside") and _link_card(child):
        return []  # a preview of another page (its title, description, site), not the writer's words
    if tag in ("div", "section", "article", "details") and all(
            isinstance(part.tag, str) and part.tag in _INLINE_TAGS for part in child):
        return [Block(BlockKind.PARAGRAPH, _inline_text(child))]  # a sentence written straight into a <div>
    if tag in ("div", "section", "article", "details", "dl"):
        return walk(child, settings)
    if tag == "table" and "dataframe" in (child.get("class") or "").split():
        return []  # a notebook's printed data frame (pandas writes the class): its code's output, not the writer's
    if tag == "table":
        return _table(child)
    if tag in ("hr", "script", "style") or not tag or _linked_prompt(child):
        return []
    return [Block(BlockKind.PARAGRAPH, _inline_text(child))]


_CARD_PARTS = frozenset({"div", "p", "span", "img", "h1", "h2", "h3", "h4", "h5", "h6"})


def _link_card(element: Any) -> bool:
    """A link's preview card (Ghost's bookmark card, Notion's bookmark): all its text inside one link that holds
    blocks of its own (title, description, site), as an editor draws it; a linked image or a link in a sentence is
    no card."""
    links = element.findall(".//a")
    if len(links) != 1 or not any(isinstance(part.tag, str) and part.tag in ("div", "p") for part in links[0]):
        return False
    return squash(links[0].text_content()) == squash(element.text_content()) != ""


def _linked_prompt(paragraph: Any) -> bool:
    """A paragraph that is one link and nothing else, saying a prompt ("[Share this article](...)", "[Read more](...)"):
    a page's button the writer kept, not a sentence of theirs; a prompt's words in their sentence are read."""
    links = paragraph.findall("a")
    if len(links) != 1 or len(paragraph) != 1 or (paragraph.text or "").strip() or (links[0].tail or "").strip():
        return False
    line = make_line(0, squash(links[0].text_content()), 0)
    return line.cta or is_widget_label(line)


def _table(table: Any) -> list[Block]:
    """Each table row as one paragraph, said with the header's names where it has a header row."""
    rows = [row for row in table.xpath(".//tr") if next(row.iterancestors("table")) is table]  # a cell's own table
    grid = [[_inline_text(cell) for cell in row.xpath("./th|./td")] for row in rows]
    headed = bool(rows) and not rows[0].xpath("./td") and len(rows) > 1
    if (scores := score_column(grid[1:] if headed else grid)) is not None:  # a results table (see inserts)
        return [Block(BlockKind.PARAGRAPH, line) for line in result_lines(grid[1:] if headed else grid, scores)]
    lines = table_lines(grid[0], grid[1:]) if headed else table_lines(None, grid)
    return [Block(BlockKind.PARAGRAPH, line) for line in lines]


def body_of(rendered: str) -> Any:
    """The <body> of the rendered HTML; raw HTML inside Markdown may hold stray <html> or <body> tags."""
    parser = lxml_html.HTMLParser(remove_comments=True, recover=True, no_network=True)
    try:
        root = lxml_html.document_fromstring(f"<html><body>{rendered}<p></p></body></html>", parser=parser)
    except (etree.ParserError, ValueError):
        return lxml_html.fragment_fromstring("<div></div>")
    body = root.find("body")
    return body if body is not None else root


def defused(body: str) -> tuple[str, dict[str, str]]:
    """The Markdown with each paragraph that would take the markdown package too long set aside as plain text:
    the body with a placeholder paragraph in its place, and the text of each placeholder."""
    scopes = _INLINE_SCOPE.split(body)  # paragraphs and list items at even places, what parts them at odd ones
    plain: dict[str, str] = {}
    in_code = False
    marks_seen = 0
    previous: str | None = None  # the placeholder of the paragraph before, when it was set aside
    for index in range(0, len(scopes), 2):
        scope = scopes[index]
        fences = len(_FENCE.findall(scope))
        marks = len(_INLINE_MARKS.findall(scope))
        marks_seen += marks
        if in_code or fences or (marks * len(scope) <= MARKDOWN_SCAN_BUDGET and marks_seen <= MAX_INLINE_MARKS):
            previous = None
        else:
            text = squash(_PLAIN_MARKERS.sub("", _PLAIN_LINK.sub(r"\1", scope)).replace("\n", " "))
            if previous is None:  # one placeholder for a run of paragraphs set aside, not thousands
                previous = f"narrator{uuid.uuid4().hex}"
                plain[previous] = text
                scopes[index] = f"\n\n{previous}\n\n"
            else:
                plain[previous] += " " + text
                scopes[index] = scopes[index - 1] = ""
        in_code = in_code != (fences % 2 == 1)  # code is set aside before inline marks are looked for
    if plain:
        log.warning("%d parts hold too much markup to read as Markdown; read as plain text", len(plain))
    return "".join(scopes), plain


# A code fence's opening or closing line, its indent, its mark and what follows (the language, on an opening).
_FENCE_LINE = re.compile(r"([ \t]*)(`{3,}|~{3,})([^`\n]*)")
_LIST_INDENT = 4  # the markdown package reads a list item's blocks at four spaces, a code block in one at eight


def _indented_fences(body: str) -> str:
    """The Markdown with each fenced code block indented under a list item written as the markdown package reads
    code: its fenced_code sees fences at the margin only, and read an indented one as inline code, said aloud.

    A fence indented less than a list item's blocks is not in the item for the package: set at the margin (the list
    goes on after it). One indented as the item's block becomes an indented code block in the item.
    """
    if "```" not in body and "~~~" not in body:
        return body
    lines, out = body.split("\n"), []
    index = 0
    while index < len(lines):
        opening = _FENCE_LINE.fullmatch(lines[index])
        close = next((at for at in range(index + 1, len(lines)) if opening and _closes(lines[at], opening)), None)
        if opening is None:
            out.append(lines[index])
            index += 1
            continue
        if close is None:  # a fence never closed holds the rest, as written
            out.extend(lines[index:])
            break
        indent, block = opening.group(1), lines[index:close + 1]
        if not indent:  # at the margin already: kept whole, fences written inside it too
            out.extend(block)
        elif len(indent.expandtabs(_LIST_INDENT)) < _LIST_INDENT:
            out.extend(line[len(indent):] if line.startswith(indent) else line.lstrip() for line in block)
        else:
            code = [line[len(indent):] if line.startswith(indent) else line.lstrip() for line in block[1:-1]]
            out.extend(["", *(indent + " " * _LIST_INDENT + line for line in code), ""])
        index = close + 1
    return "\n".join(out)


def _closes(line: str, opening: re.Match[str]) -> bool:
    """True for the fence line that closes the one opened: its mark, as long or longer, nothing after it."""
    closing = _FENCE_LINE.fullmatch(line)
    mark = opening.group(2)
    return bool(closing and closing.group(2)[0] == mark[0] and len(closing.group(2)) >= len(mark)
                and not closing.group(3).strip())


def _formulas_marked(body: str) -> str:
    """The Markdown with each formula outside code written "\\(...\\)", which arithmatex keeps from emphasis and
    escapes; a display formula on lines of its own stays as written (arithmatex reads those blocks itself)."""
    if "$" not in body and "\\" not in body:
        return body
    pieces: list[str] = []
    position = 0
    for code in [*_CODE_SPAN.finditer(body), None]:
        end = code.start() if code else len(body)
        prose = body[position:end]
        kept = 0
        for start, stop, source in formulas_in(prose):
            whole_lines = (start == 0 or prose[start - 1] == "\n") and (stop == len(prose) or prose[stop] == "\n")
            single_dollars = prose.startswith("$", start) and not prose.startswith("$$", start)
            if whole_lines and not single_dollars:
                continue  # a block: "$$ ... $$", "\\[ ... \\]" or an environment on its own lines
            pieces.append(prose[kept:start] + f"\\({source.strip()}\\)")
            kept = stop
        pieces.append(prose[kept:])
        if code:
            pieces.append(code.group(0))
            position = code.end()
    return "".join(pieces)


def read_markdown(text: str, settings: CleanSettings, fallback_title: str) -> tuple[Metadata, list[Block]]:
    """Metadata and body blocks of a Markdown article."""
    if len(text) > MAX_MARKDOWN_CHARS:
        log.warning("text has %d characters; reading only the first %d", len(text), MAX_MARKDOWN_CHARS)
        text = text[:MAX_MARKDOWN_CHARS]
    front, body = split_front_matter(text)
    fields = meta_fields(front)
    body, plain = defused(plain_marks(body))
    rendered = markdown_lib.markdown(_formulas_marked(_indented_fences(body)), extensions=_EXTENSIONS,
                                     extension_configs=_EXTENSION_CONFIGS)
    meta, blocks = read_written(body_of(rendered), fields, settings, fallback_title, plain)
    if not meta.standfirst and _description_is_dek(meta, blocks):
        meta = replace(meta, standfirst=meta.description)
    return meta, blocks


# A description whose first characters the body's opening says is the lead cut short (a generator's excerpt), not a
# summary of its own.
DESCRIPTION_LEAD_CHARS = 60


# A review's stars after the description's last sentence ("... to present-day London. ★★★★☆"): its rating, the
# sentence's stop before them.
_TRAILING_STARS = re.compile(r"\s[★☆]{1,10}$")


def _description_is_dek(meta: Metadata, blocks: list[Block]) -> bool:
    """Front matter's description (or summary) is the post's standfirst: a sentence or two of its own, not the title
    again and not the body's opening words (a generator's excerpt), as a blog's theme prints it under the headline."""
    if not meta.description:
        return False
    described = meta.description.rstrip()
    line = make_line(0, _TRAILING_STARS.sub("", described) if described.endswith(("★", "☆")) else described, 0)
    if not (DEK_MIN_WORDS <= line.words <= DEK_MAX_WORDS and line.terminal):
        return False
    said = comparable(meta.description)
    opening = said[:DESCRIPTION_LEAD_CHARS]
    if said == comparable(meta.title) or any(opening in comparable(b.text) for b in blocks[:HEADER_LINES]):
        return False
    return not set(said.split()) <= set(comparable(meta.title).split())


def read_written(root: Any, fields: dict[str, Any], settings: CleanSettings, fallback_title: str,
                 plain: dict[str, str] | None = None) -> tuple[Metadata, list[Block]]:
    """Metadata and body blocks of a writer's own document rendered as HTML (Markdown, a Word document).

    fields: what the document says of itself (front matter, document properties); plain: the placeholders of
    paragraphs set aside as plain text (see defused).
    """
    dek = fields["standfirst"] or _emphasised_dek(root)
    blocks = walk(root, settings)
    if plain:
        blocks = [Block(BlockKind.PARAGRAPH, plain[b.text]) if b.text in plain else b for b in blocks]
    title = fields.pop("title")
    if not title:
        first = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
        title = first.text if first else fallback_title
    if blocks and blocks[0].kind is BlockKind.HEADING and comparable(blocks[0].text) == comparable(title):
        blocks = blocks[1:]
    labelled = _labelled_excerpt(blocks)
    if labelled is not None:  # "> ## Excerpt" / "> ...", a clipper's summary under the title
        dek = dek or labelled
        blocks = blocks[1:]  # the label; the excerpt itself goes below when it is the dek
    if dek:  # said after the title, not again as the first paragraph
        fields["standfirst"] = dek
        blocks = [b for n, b in enumerate(blocks) if not (n < HEADER_LINES and comparable(b.text) == comparable(dek))]
    blocks = _take_header(blocks, fields)
    if blocks and _END_MARK.match(blocks[-1].text):  # the episode's close says it is over
        blocks = blocks[:-1]
    return Metadata(title=title, **fields), blocks


# The mark a manuscript or a press release ends on, alone on its line: "The End", "-30-", "###", "# # #", "Ende".
_END_MARK = re.compile(r"(?i)^\s*(?:the end|ende|fin|-\s*30\s*-|#\s*#\s*#|\*\s*\*\s*\*\s*end)\s*\.?\s*$")
TITLE_PAGE_LINES = 8
TITLE_PAGE_LINE_WORDS = 6


def drop_title_page(title: Any) -> None:
    """Take out the short lines a document sets above its title (a manuscript's contact block: name, address, email,
    "About 1,200 words"): the writer's particulars for an editor, not the text. Lines that read as sentences stay."""
    above = [element for element in title.itersiblings(preceding=True) if isinstance(element.tag, str)]
    if not above or len(above) > TITLE_PAGE_LINES or any(
            element.tag != "p" or len(text.split()) > TITLE_PAGE_LINE_WORDS or text.endswith((".", "?", "!", ":"))
            for element in above for text in [squash(element.text_content())]):
        return
    for element in above:
        element.getparent().remove(element)


# A summary's label over it at the top of the body, as web clippers write it ("> ## Excerpt", MarkDownload's).
_EXCERPT_LABEL = re.compile(rf"(?i)^\s*(?:{SUMMARY_LABELS})\s*:?\s*$")


def _labelled_excerpt(blocks: list[Block]) -> str | None:
    """The paragraph under a summary's label opening the body ("Excerpt", "TL;DR"), said once as the standfirst."""
    opening = (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE)  # in a quote, its heading is a quote's line
    if (len(blocks) > 2 and blocks[0].kind in opening and _EXCERPT_LABEL.match(blocks[0].text)
            and blocks[1].kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE)):
        return blocks[1].text
    return None


# Set in italics right under the title, a line this long is its subtitle ("*An essay in three parts*"); shorter is a
# label ("*Updated*", "*Draft*").
ITALIC_DEK_MIN_WORDS = 3


def _emphasised_dek(root: Any) -> str | None:
    """A paragraph set wholly in italics right under the title ("*A look back at ten years.*"): the standfirst."""
    children = [child for child in root if isinstance(child.tag, str)]
    if children and children[0].tag == "h1":
        children = children[1:]
    if not children or children[0].tag != "p" or len(children[0]) != 1:
        return None
    paragraph, inner = children[0], children[0][0]
    if inner.tag not in ("em", "i") or (paragraph.text or "").strip() or (inner.tail or "").strip():
        return None
    text = squash(inner.text_content())
    line = make_line(0, text, 0)
    if authors_from(line) or parse_date(text) or line.credit or is_page_note(text):
        # "*By Jane Doe*", "*March 3, 2026*", "*Photo: Jane Doe*": the byline, date or credit in italics; "*This is an
        # edited transcript of ...*": an editor's note on the text, read where it stands
        return None
    return text if ITALIC_DEK_MIN_WORDS <= len(text.split()) <= DEK_MAX_WORDS else None


def _name_over_date(line: Line, below: list[Block]) -> tuple[str, ...]:
    """A name alone over a date line ("Ann Lee" / "March 3, 2026"): a byline without its "By", as a blog writes it
    (a name alone with no date under it may be a place, and is left)."""
    if not below or below[0].kind is not BlockKind.PARAGRAPH or (name := name_line(line)) is None:
        return ()
    date_line = make_line(0, below[0].text, 0)
    return (name,) if date_line.words <= DATE_WORDS and parse_date(date_line.text) else ()


def _take_header(blocks: list[Block], fields: dict[str, Any]) -> list[Block]:
    """Take a byline and a date line from the top of the body into fields, where the front matter gave none.

    Without front matter, writers put "By Jane Doe" and the date under the title, as in a plain text; read
    as paragraphs, the listener heard them twice (the intro names the author and the date).
    """
    for _ in range(HEADER_LINES):
        if not blocks or blocks[0].kind is not BlockKind.PARAGRAPH:
            break
        line = make_line(0, blocks[0].text, 0)
        if line.terminal and not line.text.rstrip().endswith("."):
            break  # a question or an exclamation is a sentence, never a byline
        names = () if fields["authors"] else authors_from(line) or _name_over_date(line, blocks[1:2])
        if names and not line.terminal:
            fields["authors"] = names
            fields["published"] = fields["published"] or parse_date(line.text)
        elif not fields["published"] and not line.terminal and line.words <= DATE_WORDS and parse_published(line.text):
            fields["published"] = parse_published(line.text)
        elif not fields["published"] and (day := release_day(line)):
            fields["published"] = day  # "Released 3 December 2026.": the writer's sentence dates the text, still read
            break
        else:
            break
        blocks = blocks[1:]
    return blocks

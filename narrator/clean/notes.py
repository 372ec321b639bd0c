"""What notes apps and writing tools add to a Markdown text besides Markdown: metadata written as lines at its top or
foot (MultiMarkdown, Pandoc, Notion, Joplin) and their own marks in its body (Obsidian's links, embeds, callouts,
comments and tags; Bear's tags and highlights; iA Writer's content blocks; Hugo's shortcodes). The metadata is read
as front matter is; the marks are said as the app shows them, or not at all."""

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
    "language", "lang", "base header level", "css", "affiliation", "copyright", "url", "source", "type", "writer",
    "writers", "publish date", "published date", "publication date", "date published"})
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


# ------------------------------------------------------------------------------------------------ marks in the body

_FENCE = re.compile(r"^[ \t]*(?:```|~~~)")
_CODE_SPAN = re.compile(r"(`+)[^`\n]*?\1")
_EMBED = re.compile(r"!\[\[[^\[\]\n]{1,500}\]\]")
_WIKILINK = re.compile(r"\[\[(?:[^\[\]|\n]{1,500}\|)?([^\[\]|\n]{1,500})\]\]")
_HIGHLIGHT = re.compile(r"(?<![\w=])==(?=\S)([^=\n]{1,500}?)(?<=\S)==(?![\w=])")  # not "if x==1 or y==2"
_COMMENT = re.compile(r"%%.*?%%", re.S)
_CALLOUT = re.compile(r"^([ \t]*(?:>[ \t]*)+)\[![\w-]{1,30}\][+-]?[ \t]*")
# A line of tags alone ("#ferries #island-life", Bear's "#islands/orkney"); one "#word" alone may be a heading
# written without its space, which the markdown package reads as one.
_TAG_LINE = re.compile(r"^[ \t]*(?:#[^\s#/]+/[^\s]*|#[^\s#][^\s]*(?:[ \t]+#[^\s#][^\s]*)+)[ \t]*$")
# iA Writer's content block: a line naming a file to show there ("/Images/pier.jpg", "/timetable.csv "Title"").
_CONTENT_BLOCK = re.compile(r"^[ \t]*/[^\s/][^\s]*\.[A-Za-z0-9]{1,5}(?:[ \t]+[\"'(][^\n]*[\"')])?[ \t]*$")
_SHORTCODE = re.compile(r"\{\{[<%][^\n]{0,500}?[%>]\}\}")
# Zola's shortcode called in a post, "{{ image(src="cabin.jpg") }}": the site's build draws it, nothing is said.
_CALLED_SHORTCODE = re.compile(r"\{\{-?[ \t]*[a-z_]\w{0,60}\([^\n{}]{0,500}\)[ \t]*-?\}\}")
# A template's comment, "{# add the photo #}" (Nunjucks, Jinja, Zola's Tera): a note to the writer.
_TEMPLATE_COMMENT = re.compile(r"\{#[^\n]{0,500}?#\}")
# kramdown's attribute list, "{: .lead}" after a paragraph or "{:toc}", and an attribute after a heading, "{#intro}",
# "{.unnumbered}" (Pandoc, Hugo, Quarto): the page's styling, never said. Tried only where a run of spaces begins (the
# leftmost match began there anyway): a line of 20,000 spaces before a brace was tried from each of them (0.5 s).
_ATTRIBUTES = re.compile(r"(?<![ \t])(?:[ \t]*\{:[^{}\n]{0,200}\}"
                         r"|[ \t]+\{[#.][\w-]{1,60}(?:[ \t]+[#.]?[\w=\"'-]{1,60}){0,8}\}[ \t]*$)")
# kramdown's table of contents: "{:toc}" on the line under a list marks that list ("* TOC", "1. Contents") as a
# seed the site replaces with the contents; the seed's words are never on the page.
_TOC_MARK = re.compile(r"^[ \t]*\{:[ \t]*(?:\.no_toc[ \t]+)?toc[ \t]*\}[ \t]*$")
_LIST_LINE = re.compile(r"^[ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+\S")
# A line where the app draws its table of contents ("[TOC]" in Typora and Python-Markdown, "[[_TOC_]]" in GitLab's
# and Azure's wikis) and one where Hashnode embeds a page ("%[https://...]"): what is drawn there is not the text.
_DRAWN_LINE = re.compile(r"^[ \t]*(?:\[\[?_?TOC_?\]\]?|%\[(?:https?://)?[^\s\]]{1,2000}\])[ \t]*$", re.I)
# A static-site template's tags in a post (Jekyll's and Eleventy's Liquid, Nunjucks): "{% include figure.html %}"
# and "{{ site.title }}" are filled in by the site's build, never said; a highlight block is code, a comment block
# a note to the writer.
_LIQUID_TAG = re.compile(r"\{%-?[ \t]*[a-z]\w*[^\n]{0,500}?-?%\}")
_LIQUID_OUTPUT = re.compile(r"\{\{-?[ \t]*[\w.\[\]'\"]{1,100}(?:[ \t]*\|[^\n{}]{0,200})?[ \t]*-?\}\}")
_LIQUID_BLOCK = re.compile(r"^[ \t]*\{%-?[ \t]*(highlight|endhighlight|comment|endcomment)\b[^\n]{0,200}?-?%\}[ \t]*$")
# MDX (Docusaurus, Astro, Next.js): its ES module lines (imports, exported values) and a line that is only a JSX
# component's tag ("<Tabs>", "<Chart data={x} client:load />") are the page's code; what a component wraps is text.
_MDX_IMPORT = re.compile(r"^(?:import[ \t]+(?:[^\n]{1,300}?[ \t]+from[ \t]+)?['\"][^'\"\n]{1,300}['\"]|"
                         r"export[ \t]+(?:const|let|var)[ \t]+\w+[ \t]*=[^\n]{0,300}?)[ \t]*;?[ \t]*$")
_JSX_LINE = re.compile(r"^[ \t]*</?[A-Z][\w.]{0,60}(?:[ \t][^<>\n]{0,500})?/?>[ \t]*$")
# A fenced container (Docusaurus' and VitePress' admonitions ":::tip Title", Pandoc's fenced divs "::: note"): its
# fences go; a title on the opening one is said, as a callout's is.
_CONTAINER = re.compile(r"^[ \t]*:{3,}[ \t]*(?:\{[^}\n]{0,100}\}|[A-Za-z][\w-]{0,30})?(?:\[([^\]\n]{0,200})\])?[ \t]*"
                        r"([^\n]{0,200}?)[ \t]*:*[ \t]*$")


def _inline(line: str) -> str:
    """A line's marks outside code spans: embeds gone, links as their words, highlights as their text."""
    pieces, kept = [], 0
    for code in [*_CODE_SPAN.finditer(line), None]:
        end = code.start() if code else len(line)
        prose = _EMBED.sub("", line[kept:end])
        prose = _HIGHLIGHT.sub(r"\1", _WIKILINK.sub(r"\1", _SHORTCODE.sub("", prose)))
        if "{" in prose:
            prose = _LIQUID_OUTPUT.sub("", _LIQUID_TAG.sub("", prose))
            prose = _ATTRIBUTES.sub("", _TEMPLATE_COMMENT.sub("", _CALLED_SHORTCODE.sub("", prose)))
        pieces.append(prose + (code.group(0) if code else ""))
        kept = code.end() if code else end
    return "".join(pieces)


def _prose_lines(lines: list[str]) -> list[str]:
    """Lines of prose (no code fence among them) with the marks said or taken out."""
    text = "\n".join(lines)
    lines = _COMMENT.sub("", text).split("\n") if "%%" in text else lines
    out: list[str] = []
    for line in lines:
        if _TAG_LINE.match(line) or _CONTENT_BLOCK.match(line) or _DRAWN_LINE.match(line):
            continue
        if _TOC_MARK.match(line):
            while out and _LIST_LINE.match(out[-1]):  # the seed list over the mark
                out.pop()
            continue
        if _MDX_IMPORT.match(line) or _JSX_LINE.match(line):
            out.append("")  # a component's tag parts what it wraps from what is around it
            continue
        if (container := _CONTAINER.match(line)) is not None:
            title = (container.group(1) or container.group(2) or "").strip()
            out.extend([title, ""] if title else [""])
            continue
        if (callout := _CALLOUT.match(line)) is not None and line[callout.end():].strip():
            # a callout's title is its own line ("> [!note] Check the tide"), not the start of its first sentence
            out.extend([callout.group(1) + _inline(line[callout.end():]), callout.group(1).rstrip()])
            continue
        stripped = _inline(_CALLOUT.sub(r"\1", line))
        if stripped.strip() or not line.strip():  # a line that was only an embed or a shortcode goes
            out.append(stripped)
    return out


def plain_marks(body: str) -> str:
    """The Markdown with notes apps' own marks said as the app shows them (a link's words, a highlight's text, a
    callout's title) or taken out (embeds, comments, tag lines, content blocks, shortcodes); code kept as written."""
    if not any(mark in body for mark in ("[[", "==", "%%", "[!", "#", "/", "{", "import", "export", "<", ":::", "[TOC",
                                         "%[")):
        return body
    out: list[str] = []
    prose: list[str] = []
    in_code = in_comment = False
    for line in body.split("\n"):
        if (liquid := _LIQUID_BLOCK.match(line)) is not None:
            tag = liquid.group(1)
            in_comment = tag == "comment" or (in_comment and tag != "endcomment")
            line = "```" if tag.endswith("highlight") else ""  # a highlight block is a fenced one
        elif in_comment:
            continue
        fence = _FENCE.match(line) is not None
        if in_code or fence:
            out.extend(_prose_lines(prose))
            prose = []
            out.append(line)
            in_code = in_code != fence
        else:
            prose.append(line)
    return "\n".join([*out, *_prose_lines(prose)])

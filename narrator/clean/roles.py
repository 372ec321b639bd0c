"""Elements a platform sets in another's role: a <pre> that holds a story's paragraphs, a <span> the page declares a
paragraph, a count of a paragraph's comments set inside it, an AsciiDoc admonition laid out as a table. Each is put
back as what it is before the extractor reads the page; a closed toggle's text, hidden by its style, is shown."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash

# Wattpad sets a chapter's paragraphs, each a <p>, inside one <pre>: read as preformatted text, the chapter became a
# quote. A <pre> of the writer's code or verse holds text, not paragraphs, and stays.
_PRE_PARAGRAPHS = etree.XPath("//pre[p]")
# Mintlify declares its paragraphs <span data-as="p">: after a heading, the extractor took the span for a line's
# inline text and dropped it.
_DECLARED_PARAGRAPHS = etree.XPath("//span[@data-as='p']")
# A count of a paragraph's comments set at its end, inside it (Wattpad's <span class="num-comment">12</span>): read,
# it ran into the sentence ("instead.12"). A number alone in an element its class names for comments.
# One walk of the tree, the paragraph looked for above each: "//p//*" merges a node set per paragraph, which grows as
# the square of a long page's paragraphs.
_PARAGRAPH_COUNTS = etree.XPath("//*[contains(@class, 'omment')][ancestor::p]")
_COUNT = re.compile(r"\d[\d,.]*[km]?", re.IGNORECASE)
# Asciidoctor (Antora's pages) lays out an admonition as a table of one row: its kind's label in a cell, the advice in
# the next. Read as a table row it was "Important, Test a restore..."; set out as the other documentation tools set
# theirs, the label is the heading over the advice.
_ADMONITION_TABLES = etree.XPath("//div[contains(@class, 'admonitionblock')]/table[.//td[contains(@class, 'content')]]")
# A callout card sets its advice as the bare text of a <div> (Ghost's "kg-callout-text"): beside the page's <p>s the
# extractor took it for layout and lost it. Its emoji or label, a word or two, is not a paragraph.
_CALLOUT_TEXTS = etree.XPath("//div[contains(@class, 'callout')][not(.//p or .//div or .//ul or .//ol or .//table)]")
CALLOUT_TEXT_WORDS = 4
# A toggle's or an accordion's content, closed, is hidden by its style (Notion's "notion-toggle-content" with
# display:none) until the reader opens it; a <details> is read open, and so is this. A menu's hidden drop-down is named
# for a menu, not a toggle's content, and stays hidden.
_CLOSED_TOGGLES = etree.XPath("//*[contains(@style, 'none')]"
                              "[contains(@class, 'toggle') or contains(@class, 'ccordion')]")
_TOGGLE_CONTENT = re.compile(r"(?i)(?:toggle|accordion)[-_]{1,2}(?:content|body|panel)\b")
_DISPLAY_NONE = re.compile(r"(?i)display\s*:\s*none\s*;?")


def roles_restored(root: Any, page: str) -> None:
    """Put back as what they are the elements a platform sets in another's role, each looked for only where the
    page's source names its element or class (a cheap first look: each search walks the tree)."""
    if "<pre" in page or "<PRE" in page:
        for pre in _PRE_PARAGRAPHS(root):
            pre.tag = "div"
    if "data-as" in page:
        for span in _DECLARED_PARAGRAPHS(root):
            if span.find(".//p") is None and span.find(".//div") is None:
                span.tag = "p"
    if "omment" in page:
        for count in _PARAGRAPH_COUNTS(root):
            if count.getparent() is not None and _COUNT.fullmatch(squash(count.text_content())):
                count.drop_tree()  # its tail stays
    if "admonitionblock" in page:
        for table in _ADMONITION_TABLES(root):
            _admonition_as_boxes(table)
    if "callout" in page:
        for box in _CALLOUT_TEXTS(root):
            if len(squash(box.text_content()).split()) >= CALLOUT_TEXT_WORDS:
                box.tag = "p"
    if "oggle" in page or "ccordion" in page:
        for content in _CLOSED_TOGGLES(root):
            if _TOGGLE_CONTENT.search(content.get("class", "")):
                content.set("style", _DISPLAY_NONE.sub("", content.get("style", "")))


def _admonition_as_boxes(table: Any) -> None:
    """An AsciiDoc admonition's table as its label's heading over its advice."""
    label = next(iter(table.xpath(".//td[contains(@class, 'icon')]")), None)
    advice = table.xpath(".//td[contains(@class, 'content')]")[0]
    parts = []
    if label is not None and (title := squash(label.text_content())):
        heading = etree.Element("h6")
        heading.text = title
        parts.append(heading)
    has_blocks = advice.find(".//p") is not None or advice.find(".//div") is not None
    advice.tag, advice.attrib["class"] = ("div" if has_blocks else "p"), "admonition-content"
    parts.append(advice)
    for part in parts:
        part.tail = None
        table.addprevious(part)  # in place, without counting the siblings before it
    table.drop_tree()

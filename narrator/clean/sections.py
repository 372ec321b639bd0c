"""Parts a page sets out for the eye, given the headings and sections they are heard by: a tab panel under its tab's
label, a documentation box under its title, a live blog's dated entries as sections."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


# A documentation page's admonition: a box (docutils' "admonition", a "callout") that opens on its kind, a word or two
# in a paragraph of its own ("Note", "Warning", "Tip"), over the advice. A word alone is dropped as a page's button;
# the box's title it is, and is read as the heading over the advice.
# A textbook's box (Pressbooks' "textbox": "Learning Objectives", "Key Takeaways") sets its title in a <header> of its
# own, which the extractor drops as a page's header: the title was lost over the box's points.
_ADMONITIONS = etree.XPath("//div[contains(@class, 'admonition') or contains(@class, 'callout')"
                           " or contains(@class, 'textbox')]"
                           " | //aside[contains(@class, 'admonition') or contains(@class, 'callout')]")
ADMONITION_TITLE_WORDS = 4


# Starlight sets a documentation page's admonition as an <aside> the box's title labels ('<aside aria-label="Caution">
# <p>Caution</p><div><p>Pages that show ...</p></div>'): the extractor drops an <aside> as the page's sidebar, and the
# advice was lost. A box labelled by the very words it opens on is the text's own.
_LABELLED_ASIDES = etree.XPath("//aside[@aria-label]")


def admonition_titles_as_headings(root: Any) -> None:
    """Mark the title a documentation box opens on as the heading over its advice."""
    for aside in _LABELLED_ASIDES(root):
        children = [child for child in aside if isinstance(child.tag, str)]
        label = squash(aside.get("aria-label", "")).casefold()
        if (len(children) >= 2 and 0 < len(label.split()) <= ADMONITION_TITLE_WORDS
                and squash(children[0].text_content()).casefold() == label):
            aside.tag, children[0].tag = "div", "h6"
    for box in _ADMONITIONS(root):
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) == 2 and children[0].tag == "header" and children[1].tag in ("div", "p", "ul", "ol"):
            _header_as_title(children[0])
            continue
        if len(children) < 2 or children[0].tag not in ("p", "div", "span") or children[1].tag != "p":
            continue
        title = squash(children[0].text_content())
        if (title and len(title.split()) <= ADMONITION_TITLE_WORDS and not title.endswith((".", "!", "?"))
                and not children[0].xpath(".//a | .//p")):
            children[0].tag = "h6"


def _header_as_title(header: Any) -> None:
    """A box's <header> of one short line without a stop or a link, made the heading over the box."""
    title = squash(header.text_content())
    if (title and len(title.split()) <= ADMONITION_TITLE_WORDS and not title.endswith((".", "!", "?"))
            and not header.xpath(".//a") and len([child for child in header if isinstance(child.tag, str)]) <= 1):
        for child in list(header):
            header.remove(child)
        header.tag, header.text = "h6", title
        header.attrib.clear()


# Tilda builds a page of records, each a block of one kind nested a few boxes deep, and the extractor reads the first
# block of text alone: the later blocks come back as boxes of the kind it kept (rescue), when they hold paragraphs.
# Its heading block sets the heading in a <div> of the block's title class ('<div class="t-name t-name_xl"
# field="title">Back on the water</div>') in a record of its own, and was left out as a short line: it is the heading
# over the text of the record after it, and is set there, just before that text. A text block of one line, no <br>
# in it, is a paragraph; it was lost with no <p> to find.
_BUILDER_TITLES = etree.XPath("//div[@field='title'][contains(concat(' ', @class, ' '), ' t-name ')"
                              " or contains(concat(' ', @class, ' '), ' t-title ')"
                              " or contains(concat(' ', @class, ' '), ' t-heading ')]")
_BUILDER_TEXTS = etree.XPath("//div[@field='text'][contains(concat(' ', @class, ' '), ' t-text ')]")
_BUILDER_TEXT = etree.XPath(".//div[@field='text'][contains(concat(' ', @class, ' '), ' t-text ')]")
BUILDER_TITLE_WORDS = 12
_BUILDER_BLOCKS = frozenset({"br", "p", "div", "ul", "ol", "blockquote", "table"})


def _next_record_text(title: Any) -> Any | None:
    """The text block of the record just after the title's own record, if that record is one of text."""
    record = next((a for a in title.iterancestors() if "t-rec" in (a.get("class") or "").split()), None)
    following = record.getnext() if record is not None else None
    return next(iter(_BUILDER_TEXT(following)), None) if following is not None else None


def builder_blocks_as_markup(root: Any) -> None:
    """Give a site builder's (Tilda's) blocks the markup they show: a title block the heading before the text it
    heads, a text block of one line a paragraph."""
    for text in _BUILDER_TEXTS(root):
        if squash(text.text_content()) and not any(child.tag in _BUILDER_BLOCKS for child in text):
            paragraph = etree.SubElement(text, "p")
            paragraph.text, text.text = text.text, None
            for child in list(text)[:-1]:
                paragraph.append(child)  # its inline markup, in order, tails with them
    for title in _BUILDER_TITLES(root):
        line = squash(title.text_content())
        if not line or len(line.split()) > BUILDER_TITLE_WORDS or title.xpath(".//a | .//p | .//div"):
            continue
        title.tag = "h2"
        if (body := _next_record_text(title)) is not None and not (title.tail or "").strip():
            body.addprevious(title)  # moves it, its (blank) tail with it


# A documentation page's tabs: a row of labels ("Linux and macOS", "Windows") over panels of which one shows at a time.
# Read, the panels ran on one after another with nothing to say which was which ("Open a terminal ... Open
# PowerShell ..."); each panel is said under its tab's label, and the row of labels goes.
_TAB_PANELS = etree.XPath("//*[@role='tabpanel'][@aria-labelledby]")
TAB_LABEL_WORDS = 6


def tab_labels_as_headings(root: Any) -> None:
    """Set each tab panel's label, from its tab, as the heading over the panel's text."""
    tabs = {tab.get("id"): tab for tab in root.xpath("//*[@role='tab'][@id]")}
    for panel in _TAB_PANELS(root):
        tab = tabs.get(panel.get("aria-labelledby"))
        label = squash(tab.text_content()) if tab is not None else ""
        if not label or len(label.split()) > TAB_LABEL_WORDS or not squash(panel.text_content()):
            continue
        heading = etree.Element("h6")
        heading.text = label
        heading.tail, panel.text = panel.text, None
        panel.insert(0, heading)
        panel.attrib.pop("hidden", None)  # the tabs not shown are read too, each under its label
    for tab in tabs.values():
        if tab.getparent() is not None and tab.get("aria-controls"):
            tab.drop_tree()


# A BBCode renderer's heading, a <div> its class ranks (Steam's news: '<div class="bb_h2">Fixes</div>'): read as no
# heading, it was left out with the short lines around the post's text.
_BBCODE_HEADING = re.compile(r"(?:^|\s)bb_h([1-6])(?:\s|$)")
_BBCODE_HEADINGS = etree.XPath("//div[contains(@class, 'bb_h')]")


def bbcode_headings_as_headings(root: Any) -> None:
    """Set each BBCode heading <div> as the heading it is."""
    for box in _BBCODE_HEADINGS(root):
        if (ranked := _BBCODE_HEADING.search(box.get("class", ""))) is not None and not len(box):
            box.tag = f"h{max(2, int(ranked.group(1)))}"  # the post's headline is the page's <h1>


MIN_ENTRIES = 2


# A timeline's entry dates itself by a year set before its heading, in an element of its own ("<span
# class="timeline__year">1771</span>"), where a live blog's update has a <time>.
_YEAR = re.compile(r"^(?:c\.\s?)?\d{3,4}s?$")


def _year_first(item: Any) -> bool:
    """A list item that opens on an element holding a year alone."""
    first = next((child for child in item if isinstance(child.tag, str)), None)
    return first is not None and first.tag not in _HEADINGS and not squash(item.text or "") and bool(
        _YEAR.match(squash(first.text_content())))


def _year_into_heading(entry: Any) -> None:
    """A timeline's year said with its entry's heading ("1771: The medieval bridge falls"): apart, the year alone
    was lost as a stray number."""
    heading = next(entry.iter(*_HEADINGS), None)
    if not _year_first(entry) or heading is None:
        return
    year = next(child for child in entry if isinstance(child.tag, str))
    heading.text = f"{squash(year.text_content())}: {heading.text or ''}"
    year.drop_tree()


def _is_dated_entry(item: Any) -> bool:
    """A list item that is an entry of its own: a time (or a year opening it), a heading and a paragraph (a live
    blog's update, a timeline's event)."""
    return ((next(item.iter("time"), None) is not None or _year_first(item))
            and next(item.iter(*_HEADINGS), None) is not None and next(item.iter("p"), None) is not None)


def dated_entries_as_sections(root: Any) -> None:
    """A list whose every item is a dated entry, a time, a heading and paragraphs (a live blog's updates), made a box
    of sections: read as a list, each entry was one item, its heading run into its text."""
    lists = {id(items): items for time in root.iter("time") for item in time.iterancestors("li")
             if (items := item.getparent()) is not None and items.tag in ("ul", "ol")}
    lists.update({id(items): items for item in root.iter("li") if _year_first(item)
                  and (items := item.getparent()) is not None and items.tag in ("ul", "ol")})
    for items in lists.values():
        entries = [child for child in items if isinstance(child.tag, str)]
        if len(entries) >= MIN_ENTRIES and all(e.tag == "li" and _is_dated_entry(e) for e in entries):
            items.tag = "div"
            for entry in entries:
                entry.tag = "section"
                _year_into_heading(entry)

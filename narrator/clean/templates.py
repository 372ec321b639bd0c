"""What a site's template sets inside an article's own elements: a note's mark, a heading's permalink, a photo
essay's captions in figures the extractor does not read."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash
from narrator.clean.inserts import SLIDESHOW_MIN_SLIDES, without_slide_counter

# A note's mark: its number or letter, bracketed or not ("1", "[4]", "a", "iv", "*"); a heading's permalink is a
# sign ("¶", "#", "§", "🔗") linking to the heading itself.
_NOTE_MARK = re.compile(r"\[?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[*†‡])\]?")
_PERMALINK = re.compile(r"[¶#§🔗⚓]?")
_BRACKETED = re.compile(r"\[[^\[\]]{1,40}\]")  # "[citation needed]", "[note 2]"
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# After these a bare superscript number is a note's ("...in 1968.¹"); after a letter or a digit it is a power ("m²").
_SENTENCE_END = (".", ",", ";", ":", "!", "?", '"', "”", "’", ")")


def _in_heading(element: Any) -> bool:
    """The element lies in a heading."""
    return any(ancestor.tag in _HEADINGS for ancestor in element.iterancestors())


def _text_before(element: Any) -> str:
    """The text just before an element: its previous sibling's tail, or its parent's text."""
    previous = element.getprevious()
    if previous is not None:
        return previous.tail or "".join(previous.itertext())
    parent = element.getparent()
    return (parent.text or "") if parent is not None else ""


def _is_mark(element: Any) -> bool:
    """A superscript or an in-page link that is only a note's mark or a heading's permalink."""
    text = squash(element.text_content())
    if element.tag == "sup":
        if _BRACKETED.fullmatch(text):
            return True
        linked = element.find(".//a[@href]")
        if linked is not None and linked.get("href", "").startswith("#"):
            return bool(_NOTE_MARK.fullmatch(text))
        return text.isdigit() and _text_before(element).rstrip().endswith(_SENTENCE_END)
    if not element.get("href", "").startswith("#"):
        return False
    if _in_heading(element):
        return bool(_PERMALINK.fullmatch(text))
    return bool(_NOTE_MARK.fullmatch(text)) and element.getparent() is not None and not text.isalpha()


def drop_marks(root: Any) -> None:
    """Take out notes' marks and headings' permalinks: read aloud they were a number glued to the sentence they mark
    ("...until 1968.1 Repairs"), or a pilcrow after a heading ("Turning it on¶")."""
    for element in list(root.iter("sup", "a")):
        if element.getparent() is not None and _is_mark(element):
            element.drop_tree()  # its tail, the sentence going on, stays


# A caption's parts that are no part of what it says: its credit and its counter ("Photograph: Ann Lee", "2 / 5").
_CAPTION_FURNITURE = re.compile(r"(?i)credit|copyright|counter|\bcount\b|number|byline")


def _caption_texts(caption: Any) -> list[str]:
    """What a caption says, a paragraph each, without its credit and its slide counter."""
    for part in caption.xpath(".//*[@class]"):
        if _CAPTION_FURNITURE.search(part.get("class", "")) and part.getparent() is not None:
            part.drop_tree()
    parts = caption.findall(".//p") or [caption]
    return [text for part in parts if (text := without_slide_counter(squash(part.text_content())))]


def _captioned_in_flow(figure: Any) -> bool:
    """A figure holding only images and captions, set among the article's paragraphs (not in an aside's carousel)."""
    parent = figure.getparent()
    if parent is None or parent.find("p") is None or figure.xpath("ancestor::aside"):
        return False
    rest = figure.text_content()
    for caption in figure.iter("figcaption"):
        rest = rest.replace(caption.text_content(), "", 1)
    return not rest.strip()  # a figure holding a quotation or a table says more than its caption


def figures_as_paragraphs(root: Any) -> None:
    """The figures left after pruning (those whose captions are the article: a photo essay, a slideshow) as their
    captions' paragraphs: the extractor ran them into one paragraph with the headline, or left them out. Only
    several captioned figures among the article's paragraphs are its photo essay."""
    figures = [figure for figure in root.xpath("//figure[not(ancestor::figure)][.//figcaption]")
               if _captioned_in_flow(figure)]
    if len(figures) < SLIDESHOW_MIN_SLIDES:
        return
    for figure in figures:
        texts = [text for caption in figure.iter("figcaption") for text in _caption_texts(caption)]
        for text in texts:
            paragraph = etree.Element("p")
            paragraph.text = text
            figure.addprevious(paragraph)
        if texts:
            figure.drop_tree()

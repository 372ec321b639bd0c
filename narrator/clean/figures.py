"""A photo essay's or a slideshow's captions, and a chart's, in figures the extractor does not read, as the article's
paragraphs."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash
from narrator.clean.inserts import SLIDESHOW_MIN_SLIDES, without_slide_counter

# A caption's parts that are no part of what it says: its credit and its counter ("Photograph: Ann Lee", "2 / 5"),
# a counter's class named by the word alone among a theme's marks ("slide__count").
_CAPTION_FURNITURE = re.compile(r"(?i)credit|copyright|counter|(?<![a-z])count(?![a-z])|number|byline")


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


def _slides(items: Any) -> list[Any]:
    """A slideshow's figures: a list whose every item holds one captioned figure (and, at most, its buttons), out of
    an aside; none for any other list."""
    if items.xpath("ancestor::aside"):
        return []
    figures = []
    for item in items:
        if not isinstance(item.tag, str):
            continue
        held = item.xpath(".//figure[.//figcaption]")
        if item.tag != "li" or len(held) != 1:
            return []
        rest = item.text_content()
        for caption in held[0].iter("figcaption"):
            rest = rest.replace(caption.text_content(), "", 1)
        if len(rest.split()) > len(item.xpath(".//button | .//a")):  # a control says a word or two: "Next"
            return []
        figures.append(held[0])
    return figures


def _slideshows_as_figures(root: Any) -> list[Any]:
    """Each slideshow's list replaced by its figures, in place (the slides' buttons go with the list)."""
    figures = []
    for items in root.xpath("//ul[.//figcaption] | //ol[.//figcaption]"):
        if items.getparent() is not None and len(slides := _slides(items)) >= SLIDESHOW_MIN_SLIDES:
            for figure in slides:
                items.addprevious(figure)
            items.drop_tree()
            figures.extend(slides)
    return figures


def figures_as_paragraphs(root: Any) -> None:
    """The figures left after pruning (those whose captions are the article: a photo essay, a slideshow) as their
    captions' paragraphs: the extractor ran them into one paragraph with the headline, or left them out. Only
    several captioned figures among the article's paragraphs, or a list of slides, are its photo essay."""
    slides = _slideshows_as_figures(root)
    figures = [figure for figure in root.xpath("//figure[not(ancestor::figure)][.//figcaption]")
               if figure in slides or _captioned_in_flow(figure)]
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


# A chart's or an infographic's caption says what its figures show ("Leaks lose nearly as much water as all the city's
# businesses use."): the story's finding, which a listener cannot see. A photo's caption describes a picture, and
# goes with it. Only a figure its class names a chart, an infographic or a diagram.
_CHART = re.compile(r"(?i)(?<![a-z])(?:infographic|chart|graphic|dataviz|data-viz|diagram)s?(?![a-z])")
_CLASSED_FIGURES = etree.XPath("//figure[@class][.//figcaption]")


def chart_captions_as_paragraphs(root: Any) -> None:
    """Set a chart's caption, without its credit, as paragraphs where the chart stood; the chart goes."""
    for figure in _CLASSED_FIGURES(root):
        if figure.getparent() is None or not _CHART.search(figure.get("class", "")):
            continue
        for text in [text for caption in figure.iter("figcaption") for text in _caption_texts(caption)]:
            paragraph = figure.makeelement("p", {})
            paragraph.text = text
            figure.addprevious(paragraph)
        figure.drop_tree()

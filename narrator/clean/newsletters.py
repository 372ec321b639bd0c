"""What a newsletter's mail sets around its article for a reader with a mouse: rows of short links (Like, Comment,
Restack), a poll on the issue ("Did you enjoy this issue? Yes / No"), the unsubscribe sentence however it is worded,
and an "In this issue" list that only repeats the headings below it. None of it can be heard usefully; each is told
by its form in the mail's HTML, not by a word alone, and taken out before the HTML reader sees the mail."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree, html

RAIL_LINK_WORDS = 2
"""The most words a link in a row of interface links holds ("Like", "Leave a"...: a button's label)."""
POLL_WORDS = 15
"""The most words a newsletter's question to its reader holds ("What did you think of today's edition?")."""
POLL_ANSWER_WORDS = 4
UNSUBSCRIBE_WORDS = 40
"""The most words a block holding an unsubscribe link may hold and still be the footer's sentence about it."""
CONTENTS_LABEL_WORDS = 5
_SEPARATORS = re.compile(r"[\s|·•—–\-/,]*")
_UNSUBSCRIBE = re.compile(r"(?i)unsub|opt.?out|remove.?me")
_BLOCKS = ("p", "div", "td", "tr", "table", "li")
_TEXT_OUTSIDE_LINKS = etree.XPath(".//text()[not(ancestor::a)]")


def _words(element: Any) -> list[str]:
    return str(element.text_content()).split()


def _links_only(element: Any, most_words: int) -> bool:
    """The element's text is its links' and nothing else but separators, and each link is a button's few words."""
    links = [link for link in element.iter("a") if _words(link)]
    if not links or any(len(_words(link)) > most_words for link in links):
        return False
    return all(_SEPARATORS.fullmatch(str(text)) is not None for text in _TEXT_OUTSIDE_LINKS(element))


def _drop(element: Any) -> None:
    if element.getparent() is not None:
        element.drop_tree()


def _drop_rails(root: Any) -> None:
    """A row of two or more short links and nothing else (a share or reaction rail under the post): buttons."""
    rails: list[Any] = []  # found in one walk and dropped after it: no proxy is held for every block (_drop_contents)
    for element in root.iter(*_BLOCKS):
        if rails and any(ancestor is rails[-1] for ancestor in element.iterancestors()):
            continue  # inside a rail found already
        links = [link for link in element.iter("a") if _words(link)]
        # a footer's row (Unsubscribe, Preferences) is left whole to the HTML reader, which drops the footer around it
        if len(links) >= 2 and _links_only(element, RAIL_LINK_WORDS) and not any(
                _UNSUBSCRIBE.search(link.get("href", "")) for link in links):
            rails.append(element)
    for rail in rails:
        _drop(rail)


def _drop_polls(root: Any) -> None:
    """A short question to the reader answered by links (in its own block, or in the blocks after it): a poll."""
    for element in list(root.iter("p", "div", "td", "h3", "h4")):
        if element.getparent() is None or len(element) > 8:
            continue
        text = " ".join(_words(element))
        inline = [link for link in element.iter("a") if _words(link)]
        question = text
        for link in inline:
            question = question.replace(" ".join(_words(link)), "")
        question = question.strip()
        if not question.endswith("?") or len(question.split()) > POLL_WORDS:
            continue
        answers = []
        following = element.getnext()
        while following is not None and _links_only(following, POLL_ANSWER_WORDS) and len(
                list(following.iter("a"))) == 1:
            answers.append(following)
            following = following.getnext()
        if len(answers) >= 2 or (len(inline) >= 2 and all(len(_words(a)) <= RAIL_LINK_WORDS for a in inline)):
            for answer in answers:
                _drop(answer)
            _drop(element)


def _drop_unsubscribe(root: Any) -> None:
    """A short block holding a link to unsubscribe whose words do not say so ("In order to unsubscribe, click here."):
    the footer's sentence, which the HTML reader, going by the link's words, keeps. A link that says "Unsubscribe" is
    left to it, with the rest of the footer around it."""
    counted: dict[Any, int] = {}  # a block's words, counted once however many links it holds
    for link in list(root.iter("a")):
        if link.getparent() is None or not _UNSUBSCRIBE.search(link.get("href", "")) or _UNSUBSCRIBE.search(
                str(link.text_content())):
            continue
        block = next((a for a in link.iterancestors(*_BLOCKS)), None)
        if block is None:
            continue
        if block not in counted:
            counted[block] = len(_words(block))
        if counted[block] <= UNSUBSCRIBE_WORDS:
            _drop(block)


def _squash(element: Any) -> str:
    return " ".join(_words(element)).casefold()


def _drop_contents(root: Any) -> None:
    """A list whose every item is the text of a heading after it ("In this issue:"), and its label: said again."""
    # Positions in one walk, keeping only the headings and lists: lxml frees each element's proxy by walking the
    # tree it was dropped from, so holding one for every element made a dropped list of 25,000 items take 8 s.
    headings: list[tuple[int, str]] = []
    listings: list[tuple[int, Any]] = []
    for position, element in enumerate(root.iter()):
        if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            headings.append((position, _squash(element)))
        elif element.tag in ("ul", "ol"):
            listings.append((position, element))
    if len(headings) < 2:
        return
    last = {text: at for at, text in headings}  # where each heading's text stands last
    for start, listing in listings:
        if listing.getparent() is None:
            continue
        end = start + sum(1 for _ in listing.iter()) - 1
        items = [_squash(item) for item in listing.iter("li")]
        if len(items) < 2 or not all(last.get(item, -1) > end for item in items):
            continue
        label = listing.getprevious()
        if label is not None and str(label.text_content()).strip().endswith(":") and len(
                _words(label)) <= CONTENTS_LABEL_WORDS:
            _drop(label)
        _drop(listing)


def tidy_newsletter(text: str) -> str:
    """A newsletter mail's HTML without its interface rows, polls, unsubscribe sentences and repeated contents."""
    if "<a" not in text and "<li" not in text:  # a cheap first look: no link and no list, nothing to take out
        return text
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return text  # the HTML reader says what it makes of it
    _drop_contents(root)
    _drop_polls(root)
    _drop_rails(root)
    _drop_unsubscribe(root)
    return str(html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>"))

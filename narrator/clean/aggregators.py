"""A link aggregator's item page as its readers read it: Hacker News and the sites that run its software lay out an
item (a link or a question, and its comments) as a table of tables, and the extractor read the table's first rows (the
site's links, the item's line of points) and lost every comment. The item is put back as an article: its title, its
text, then each comment's text; its poster and day are declared for the byline and the date."""

from __future__ import annotations

import copy
from typing import Any

from lxml import etree

from narrator.clean.common import squash

# The item ("fatitem": its title, its line of points, its text) and the comments under it ("comtr" rows, each text in
# a "commtext"): the software's own class names, the poster a "hnuser" in the item's "subtext", the day an "age"'s
# title ("2024-08-19T07:31:00", or with the epoch after it).
_ITEM = etree.XPath("//table[contains(concat(' ', normalize-space(@class), ' '), ' fatitem ')]")
_ITEM_TITLE = etree.XPath(".//span[contains(@class, 'titleline')] | .//td[@class='title']/a")
_ITEM_TEXT = etree.XPath(".//div[contains(@class, 'toptext')]")
# (each comment's text looks up to its row: "//tr[...]//div" merged a node set per row, which grew as the square of
# the comments, 4,000 -> 16,000 taking 0.4 s -> 19.8 s)
_COMMENTS = etree.XPath("//div[contains(@class, 'commtext')]"
                        "[ancestor::tr[contains(concat(' ', normalize-space(@class), ' '), ' comtr ')]]")
_POSTER = etree.XPath(".//td[contains(@class, 'subtext')]//a[contains(@class, 'hnuser')]")
_POSTED = etree.XPath(".//td[contains(@class, 'subtext')]//span[contains(@class, 'age')]/@title")
# A comment's or the item's text is its first paragraph's words bare, then a <p> for each paragraph after.
_BLOCKS = frozenset({"p", "pre", "blockquote", "ul", "ol"})


def aggregator_item_as_article(root: Any) -> None:
    """Put a link aggregator's item page back as an article of the item's text and its comments."""
    items = _ITEM(root)
    if len(items) != 1:
        return
    item = items[0]
    titles = _ITEM_TITLE(item)
    article = root.makeelement("article", {})
    if titles:
        etree.SubElement(article, "h1").text = squash(titles[0].text_content())
    for box in _ITEM_TEXT(item) + _COMMENTS(root):
        article.extend(_paragraphs(box))
    _declare_poster(root, item)
    layout = next(iter(item.xpath("ancestor::table[last()]")), item)
    parent = layout.getparent()
    if parent is None:
        return
    for tree in root.xpath("//table[contains(@class, 'comment-tree')]"):
        if tree.getparent() is not None and not any(a is layout for a in tree.iterancestors()):
            tree.drop_tree()
    parent.replace(layout, article)


def _paragraphs(box: Any) -> list[Any]:
    """A text box's paragraphs: its bare first run (with its inline elements), then its own blocks."""
    first = box.makeelement("p", {})
    first.text = box.text
    blocks: list[Any] = []
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if blocks or child.tag in _BLOCKS:
            blocks.append(copy.deepcopy(child))
        else:
            first.append(copy.deepcopy(child))
    return ([first] if squash(first.text_content()) else []) + blocks


def _declare_poster(root: Any, item: Any) -> None:
    """Declare the item's poster and day in the page's head, where the page declares neither."""
    head = root.find("head")
    if head is None:
        head = root.makeelement("head", {})
        root.insert(0, head)
    poster, posted = _POSTER(item), _POSTED(item)
    if poster and not root.xpath("//meta[@name='author']"):
        etree.SubElement(head, "meta", name="author", content=squash(poster[0].text_content()))
    if posted and posted[0].split() and not root.xpath("//meta[@property='article:published_time']"):
        etree.SubElement(head, "meta", property="article:published_time", content=posted[0].split()[0])

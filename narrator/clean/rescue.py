"""Win back article paragraphs the extractor missed when a page splits its body into several boxes.

Some sites cut an article into repeated containers with ads between them; trafilatura tends to keep
only the first. The paragraphs it did keep show which container class holds the article, and the
other containers of that same class are read too: their paragraphs and the items of their lists.
"""

from __future__ import annotations

import copy
import itertools
import logging
import re
from collections import Counter
from typing import Any

from lxml import etree

from narrator.clean.common import SUMMARY_LABELS, comparable, squash
from narrator.clean.lines import Line, make_line
from narrator.clean.prose import is_prose, is_sentence
from narrator.model import Block, BlockKind

log = logging.getLogger(__name__)

# The extractor must have agreed on the container at least this often before we trust it.
MIN_MATCHED = 2
# An embedded post is looked for this many levels up, and read when it has this many words.
QUOTE_DEPTH = 6
MIN_QUOTE_WORDS = 3
# A list is read only when at most this share of its text is links: lists of other stories are mostly links.
MAX_LIST_LINK_SHARE = 0.25


def _signature(element: Any) -> tuple[str, str] | None:
    """tag and class of a container, or None when it has no class to recognise it by."""
    if element is None or not isinstance(element.tag, str):
        return None
    classes = " ".join(sorted((element.get("class") or "").split()))
    return (element.tag, classes) if classes else None


# Visible text nodes: not a formula's TeX source, not scripts or styles.
_VISIBLE_TEXT = etree.XPath(".//text()[not(ancestor::annotation or ancestor::script or ancestor::style)]")


# Elements that break a line: text on either side of them is separate words.
_BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr"})


def _text(element: Any) -> str:
    """The element's visible text, whitespace collapsed; inline markup joins without a space ("I<sub>n</sub>")."""
    parts = []
    for text in _VISIBLE_TEXT(element):
        if text.getparent().tag in _BREAKS:
            parts.append(" ")
        parts.append(text)
    return squash("".join(parts))


def _container(element: Any) -> Any:
    """The box a paragraph sits in, or the box holding the list of a list item."""
    parent = element.getparent()
    if element.tag == "li" and parent is not None and parent.tag in ("ul", "ol"):
        return parent.getparent()
    return parent


# A page's footer and menus: a CMS that names every box alike (Sitecore's "component-content") gives the footer's
# company line the article's own signature, and it was read after the story.
_FURNITURE = frozenset({"footer", "nav"})


def _in_furniture(element: Any) -> bool:
    """The element sits in the page's footer or a menu (<footer>, <nav>, role="contentinfo" or "navigation")."""
    return any(a.tag in _FURNITURE or a.get("role") in ("contentinfo", "navigation") for a in element.iterancestors())


def rescue_paragraphs(root: Any, blocks: list[Block], posts: tuple[str, str] | None = None) -> list[Block]:
    """Add prose paragraphs and list items from sibling containers of the article's own container, in page order;
    posts, the kind of box a forum's posts were opened into, is that container."""
    known = {comparable(b.text): i for i, b in enumerate(blocks)}
    elements = list(root.iter("p", "li"))
    order = {id(e): n for n, e in enumerate(elements)}
    texts = {id(p): _text(p) for p in elements if p.tag == "p"}
    matched = [p for p in elements if p.tag == "p" and comparable(texts[id(p)]) in known]
    if posts is None and (opened := _bare_posts_as_paragraphs(root, known, matched)) is not None:
        return rescue_paragraphs(root, blocks, opened)  # once: the posts' boxes are bare no more
    signatures = Counter(sig for p in matched if (sig := _signature(p.getparent())) is not None)
    if not signatures:
        return blocks
    signature, count = signatures.most_common(1)[0]
    if posts is not None and posts in signatures:
        signature, count = posts, signatures[posts]  # the posts' box, not their head lines' ("by ann Tue 1 Dec ...")
    if count < MIN_MATCHED:
        return blocks
    if _bare_boxes_as_paragraphs(root, signature):
        return rescue_paragraphs(root, blocks)  # once: the boxes are bare no more
    block_position = {known[comparable(texts[id(p)])]: order[id(p)] for p in reversed(matched)}
    first = min(block_position.values())
    apart = not _in_furniture(elements[first])  # the article's own first paragraph kept is not in a footer itself
    own = _own_article(matched)
    extras: list[tuple[int, Block]] = []
    short: list[tuple[int, Block]] = []  # a sentence too short for prose, read only between the article's own
    replies: list[tuple[int, Block]] = []  # a reply of a few words, no sentence to the prose test: read as an item
    quotes_seen: set[str] = set()
    for element in elements:
        if own is not None and _in_other_article(element, own):
            continue
        if element.tag == "li":  # only after the first paragraph: a list above it is a summary box or tools
            if order[id(element)] > first and _signature(_container(element)) == signature:
                text = _text(element)
                if comparable(text) not in known and _is_read_item(element, text) and not (
                        apart and _in_furniture(element)):
                    extras.append((order[id(element)], Block(BlockKind.LIST_ITEM, text)))
            continue
        text = texts[id(element)]
        if comparable(text) in known:
            continue
        if _signature(element.getparent()) == signature and (
                is_prose(line := make_line(0, text, 0)) or (order[id(element)] > first and _short_sentence(line))):
            if apart and _in_furniture(element):
                continue
            (extras if is_prose(line) else short).append((order[id(element)], Block(BlockKind.PARAGRAPH, text)))
        elif _signature(element.getparent()) == signature and order[id(element)] > first and _short_reply(line):
            replies.append((order[id(element)], Block(BlockKind.PARAGRAPH, text)))
        elif (quote := _embedded_quote(element, signature)) is not None:
            quote_text = _text(quote)
            key = comparable(quote_text)
            if key not in known and key not in quotes_seen and len(key.split()) >= MIN_QUOTE_WORDS:
                quotes_seen.add(key)
                extras.append((order[id(element)], Block(BlockKind.QUOTE, quote_text)))
    # a status page's update of one short sentence ("This incident has been resolved.") between its longer ones; after
    # them, only one that is an item of its own as the kept ones are (a debate's last contribution, "I will give way
    # briefly.", in a box of the class of the one before): a sign-off stands in the last one's box
    last = max([*block_position.values(), *(position for position, _ in extras)])
    items = {id(p) for p in matched} | {id(elements[position]) for position, _ in extras}
    extras += [(position, block) for position, block in short
               if position < last or _an_item_after_kept(elements[position], items)]
    # a thread's reply of a few words ("Done. Works now.", "Sorted, thanks!") in a post's box of its own, as the kept
    # posts are: a reply is a post whatever its length
    extras += [(position, block) for position, block in replies if _an_item_after_kept(elements[position], items)]
    if not extras:
        return blocks
    log.debug("rescued %d blocks from containers %s", len(extras), signature)
    return _merge(blocks, block_position, extras)


ITEM_LEVELS = 6


def _an_item_after_kept(element: Any, kept: set[int]) -> bool:
    """A paragraph in a box (a few levels up) whose nearest sibling before it of its tag and class holds a kept
    paragraph, and which holds none and says more than the paragraph: an item of a run of items, as a debate's
    contributions are, each with its speaker."""
    box = element
    for _ in range(ITEM_LEVELS):
        box = box.getparent()
        if box is None or box.getparent() is None:
            return False
        kind = box.get("class")
        if not kind:
            continue
        before = next(box.itersiblings(box.tag, preceding=True), None)
        if before is not None and _same_kind(before.get("class") or "", kind):
            # the item is its own: none of the kept is in it (a sign-off stands in the last kept one's box), and it
            # says more than its paragraph, as an item does (its speaker, its link): a box of one line alone after
            # the last update is a sign-off's ("Thanks for reading.")
            # (a kept line of the item's own head, its poster and its stamp, is no paragraph of the last one's)
            return (any(id(p) in kept for p in before.iter("p"))
                    and not any(id(p) in kept and is_prose(make_line(0, _text(p), 0)) for p in box.iter("p"))
                    and len(squash(box.text_content())) > len(squash(element.text_content())))
    return False


# A run of items alternates a class between them for their shading ("post bg1", "post bg2"; "windowbg", "windowbg2";
# "odd", "even"): the items are of one kind.
_ALTERNATING = re.compile(r"(?<!\d)\d+$|^(?:odd|even|alt)$")  # a run of digits tried from its first only


def _same_kind(classes: str, kind: str) -> bool:
    """The classes are the kind's, but for a class's number or its parity that alternates between items."""
    return classes == kind or ({_ALTERNATING.sub("", name) for name in classes.split()} - {""}
                               == {_ALTERNATING.sub("", name) for name in kind.split()} - {""})


# A reply of a few words is a sentence a forum's reader writes: it ends on its stop and opens on a capital, and no
# prompt or credit ("Sorted, thanks!", "Done. Works now.").
SHORT_REPLY_WORDS = 12


def _short_reply(line: Line) -> bool:
    """A few words ending on a stop, opening on a capital, that no rule takes for a prompt or a credit."""
    return (line.terminal and 0 < line.words <= SHORT_REPLY_WORDS and not line.cta and not line.credit
            and line.text.lstrip("\"'“‘(")[:1].isupper())


def _short_sentence(line: Line) -> bool:
    """A sentence too short for prose that ends on its stop ("This incident has been resolved."), not a list's lead-in
    ("The survey found that:")."""
    return line.text.rstrip()[-1:] in ".!?" and is_sentence(line)


# An endless page appends the next story below the first, each an <article> of the same boxes: the rescue read the
# next story's paragraphs as the first's. When every kept paragraph stands in one <article>, a box in another
# <article> is another story's.
def _own_article(matched: list[Any]) -> Any | None:
    """The one <article> nearest to every kept paragraph, or None when they stand in none or in several."""
    articles = {next(p.iterancestors("article"), None) for p in matched}
    return articles.pop() if len(articles) == 1 else None


def _in_other_article(element: Any, own: Any) -> bool:
    """The element stands in an <article> that is not the article's own, nor holds it, nor stands in it (a post it
    embeds)."""
    nearest = next(element.iterancestors("article"), None)
    return (nearest is not None and nearest is not own and nearest not in own.iterancestors()
            and own not in nearest.iterancestors())


# A box of the article's kind that sets its text bare, no <p> (a forum's short reply, "<div class='content'>Thanks,
# I will rake them up.</div>", under replies of two paragraphs made <p>s by their breaks): nothing in it for the
# rescue to find, and the reply was lost. Only inline markup and line breaks inside: a box of boxes is no paragraph.
_INLINE = frozenset({"a", "em", "strong", "b", "i", "span", "code", "abbr", "cite", "q", "small", "sub", "sup", "time",
                     "br"})


def _bare_boxes_as_paragraphs(root: Any, signature: tuple[str, str]) -> bool:
    """Wrap the bare text of each box of the signature in a <p> of its own; whether any was."""
    bare = [box for box in root.iter(signature[0]) if _signature(box) == signature and (box.text or "").strip()
            and all(isinstance(child.tag, str) and child.tag in _INLINE for child in box)]
    for box in bare:
        paragraph = etree.Element("p")
        paragraph.text, box.text = box.text, None
        for child in list(box):
            paragraph.append(child)  # tails with them
        box.append(paragraph)
    return bool(bare)


def _bare_box(element: Any) -> bool:
    """A box of no class holding text and inline markup alone."""
    return (not element.get("class") and bool((element.text or "").strip())
            and all(isinstance(child.tag, str) and child.tag in _INLINE for child in element))


def _parted(box: Any) -> list[Any]:
    """A bare box's text as paragraphs, parted where two breaks stand together (a post's blank line)."""
    paragraphs = [etree.Element("p")]
    paragraphs[0].text = box.text
    children = list(box)
    second = False
    for n, child in enumerate(children):
        if second:  # the pair's second break: its tail opens the next paragraph
            second = False
            paragraphs.append(etree.Element("p"))
            paragraphs[-1].text = child.tail
        elif child.tag == "br" and not (child.tail or "").strip() and n + 1 < len(children) and \
                children[n + 1].tag == "br":
            second = True
        else:
            paragraphs[-1].append(child)  # its tail with it
    return [p for p in paragraphs if _text(p)]


def _bare_posts_as_paragraphs(root: Any, known: dict[str, int], matched: list[Any]) -> tuple[str, str] | None:
    """A forum's posts set in boxes of no class inside boxes of one kind (Forumotion's "content"), the extractor
    keeping the first post's alone: each such box's text made paragraphs of the box of the kind around it (a bare
    box's parted at its double breaks, a box of paragraphs opened), where a bare box of the kind holds text not kept;
    the kind, or None."""
    bare = [box for box in root.iter("div") if _bare_box(box)]
    if not bare:
        return None
    kinds: Counter[tuple[str, str]] = Counter(
        sig for p in matched if _unclassed_box(p.getparent()) and (sig := _signature(p.getparent().getparent())))
    kinds.update(sig for box in bare if (sig := _signature(box.getparent())) and (
        parted := _parted(copy.deepcopy(box))) and comparable(_text(parted[0])) in known)
    if not kinds:
        return None
    kind = kinds.most_common(1)[0][0]
    if not any(_signature(box.getparent()) == kind and comparable(_text(box)) not in known for box in bare):
        return None
    for holder in [e for e in root.iter(kind[0]) if _signature(e) == kind]:
        # the holder's children made again in one pass (an index, an insert and a remove for each box were each a
        # walk of the holder's children: a thread of 16,000 bare posts took 13 s)
        opened, changed = [], False
        for child in holder:
            paragraphs = _opened(child) if _unclassed_box(child) else None
            opened.extend([child] if paragraphs is None else paragraphs)
            changed = changed or paragraphs is not None
        if changed:
            holder[:] = opened
    return kind


def _opened(box: Any) -> list[Any] | None:
    """A post's box as the paragraphs it holds: a bare box's text parted at its double breaks, a box of paragraphs
    opened; None for any other box."""
    if _bare_box(box):
        return _parted(box)
    if len(box) and all(child.tag == "p" for child in box) and not (box.text or "").strip():
        return list(box)
    return None


def _unclassed_box(element: Any) -> bool:
    """A <div> of no class."""
    return element is not None and element.tag == "div" and not element.get("class")


def _is_read_item(item: Any, text: str) -> bool:
    """A list item of prose in a list of prose, not in a list of links to other stories."""
    return is_prose(make_line(0, text, 0)) and not _is_link_list(item.getparent())


def _is_link_list(element: Any) -> bool:
    """A list that is mostly links."""
    links = sum(len(_text(a)) for a in element.iter("a"))
    return links > MAX_LIST_LINK_SHARE * len(_text(element))


def _embedded_quote(p: Any, signature: tuple[str, str]) -> Any | None:
    """The <blockquote> (an embedded post or a pull quote) holding p inside the article's container."""
    quote = None
    for depth, ancestor in enumerate(p.iterancestors()):
        if depth > QUOTE_DEPTH:
            return None
        if ancestor.tag == "blockquote" and quote is None:
            quote = ancestor
        elif quote is not None and _signature(ancestor) == signature:
            return quote
    return None


def _merge(blocks: list[Block], block_position: dict[int, int], extras: list[tuple[int, Block]]) -> list[Block]:
    """Interleave extras with blocks by page position (blocks without a position keep their place)."""
    merged: list[Block] = []
    pending = sorted(extras, key=lambda item: item[0])
    for index, block in enumerate(blocks):
        position = block_position.get(index)
        while position is not None and pending and pending[0][0] < position:
            merged.append(pending.pop(0)[1])
        merged.append(block)
    merged.extend(block for _, block in pending)
    return merged


# The subheadings and lists an extractor may leave out between an article's paragraphs (a recipe in plain <div>s:
# "Ingredients", its list, "Method"), when they stand beside those paragraphs in one container.
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
MAX_ITEM_WORDS = 30


def restore_structure(root: Any, blocks: list[Block]) -> list[Block]:
    """Add the subheadings and lists that stand between two kept paragraphs in the container holding most of them:
    a list of links is not read, and a subheading only over kept text or a list read."""
    known = {comparable(b.text): i for i, b in enumerate(blocks)}
    holders: Counter[Any] = Counter()
    for p in root.iter("p"):
        if comparable(_text(p)) in known and p.getparent() is not None:
            holders[p.getparent()] += 1
    if not holders:
        return blocks
    holder, count = holders.most_common(1)[0]
    if count < MIN_MATCHED:
        return blocks
    children = [child for child in holder if isinstance(child.tag, str)]
    kept = [n for n, child in enumerate(children) if child.tag == "p" and comparable(_text(child)) in known]
    block_position = {known[comparable(_text(children[n]))]: n for n in reversed(kept)}
    for n, child in enumerate(children):  # a read list's items stand where the list does
        if child.tag in ("ul", "ol") and kept[0] < n < kept[-1]:
            for li in child.iter("li"):
                if (index := known.get(comparable(_text(li)))) is not None:
                    block_position.setdefault(index, n)
    extras: list[tuple[int, Block]] = []
    for n in range(kept[0] + 1, kept[-1]):
        extras.extend((n, block) for block in _missing(children, n, known, kept))
    extras = _first_section(children, kept[0], extras) + extras
    if not extras:
        return blocks
    log.debug("restored %d subheadings and list items between the article's paragraphs", len(extras))
    return _merge(blocks, block_position, extras)


def _read_list(items: Any, known: dict[str, int]) -> bool:
    """Every item of the list was read: a subheading over it heads read text."""
    texts = [comparable(_text(li)) for li in items.iter("li")]
    return bool(texts) and all(text in known for text in texts)


def _first_section(children: list[Any], first: int, extras: list[tuple[int, Block]]) -> list[tuple[int, Block]]:
    """The subheading just over the first kept paragraph (past empty paragraphs) when a heading of its rank was
    restored after it: the first of the document's sections (a saved document's "1. Who this policy is for")."""
    n = first - 1
    while n >= 0 and children[n].tag == "p" and not _text(children[n]):
        n -= 1
    if n < 0 or children[n].tag not in _SUBHEADINGS or not (text := _text(children[n])):
        return []
    level = int(children[n].tag[1])
    if not any(block.kind is BlockKind.HEADING and block.level == level for _, block in extras):
        return []
    return [(n, Block(BlockKind.HEADING, text, level=level))]


# A fact box among the article's paragraphs: a box of a subheading over a list of short facts ("The upper reach in
# numbers" / "Length: 11 kilometres"), which the extractor leaves out with the <aside> it often is.
_FACT_BOXES = frozenset({"aside", "div", "section"})


def _headed_list(box: Any) -> tuple[Any, Any] | None:
    """The subheading and the list a box holds and nothing else; None for any other box."""
    children = [child for child in box if isinstance(child.tag, str)]
    if (len(children) != 2 or (box.text or "").strip() or any((child.tail or "").strip() for child in children)
            or children[0].tag not in _SUBHEADINGS or children[1].tag not in ("ul", "ol")):
        return None
    return children[0], children[1]


def _missing(children: list[Any], n: int, known: dict[str, int], kept: list[int]) -> list[Block]:
    """The blocks of children[n] the extractor left out: a list's items, or a subheading over kept text or such a
    list; nothing for anything else, or when any of it was kept."""
    child = children[n]
    if child.tag in _FACT_BOXES and (headed := _headed_list(child)) is not None:
        heading, items = headed
        facts = _missing([items], 0, known, kept)
        return [Block(BlockKind.HEADING, text, level=int(heading.tag[1])), *facts] if facts and (
            text := _text(heading)) and comparable(text) not in known else []
    if child.tag in ("ul", "ol"):
        items = [_text(li) for li in child.iter("li")]
        read = sum(1 for _ in itertools.takewhile(lambda item: comparable(item) in known, items))
        if (not items or any(comparable(item) in known for item in items[read:]) or _is_link_list(child)
                or any(not item or len(item.split()) > MAX_ITEM_WORDS for item in items)):
            return []
        # a list read but for its last items (a BBCode post's "Rain no longer falls indoors."): they follow the rest
        return [Block(BlockKind.LIST_ITEM, item) for item in items[read:]]
    if child.tag in _SUBHEADINGS and (text := _text(child)) and comparable(text) not in known:
        below = children[n + 1] if n + 1 < len(children) else None
        listed = below is not None and below.tag in ("ul", "ol") and (bool(_missing(children, n + 1, known, kept))
                                                                     or _read_list(below, known))
        if n + 1 in kept or listed:
            return [Block(BlockKind.HEADING, text, level=int(child.tag[1]))]
    return []


# Entries of one kind (a live blog's updates, a thread's posts), each a heading beside the box of its text: the
# extractor keeps the text and, often, not the heading. An entry's heading is looked for this many boxes up from
# a kept paragraph, among entries repeated at least this often.
ENTRY_DEPTH = 3
MIN_ENTRIES = 3
# A sidebar's widgets are boxes of one kind too, each headed by its title: not the article's entries.
_SIDE_BOX = re.compile(r"(?i)sidebar|widget")


def _heading_before(box: Any) -> Any | None:
    """The subheading just before a box, past a time stamp or an empty element."""
    for before in box.itersiblings(preceding=True):
        if before.tag in _SUBHEADINGS:
            return before
        if before.tag != "time" and (len(before) or (before.text or "").strip()):
            return None  # an element with anything in it, not read through for its text: it may be large
    return None


def _kind(element: Any) -> str | None:
    """An entry's kind: the first name in its class; the rest may alternate ("post bg1", "post bg2")."""
    names = (element.get("class") or "").split()
    return names[0] if names else None


def _repeated(entry: Any, kinds: dict[Any, Counter[tuple[str, str | None]]]) -> bool:
    """The entry has a class, at least MIN_ENTRIES - 1 siblings of its tag and kind, and no sidebar around it.

    kinds: each parent's children counted by tag and kind, once (counting every entry's siblings again made a live
    blog of 4,000 entries take 12.7 s, x4.4 for x2)."""
    kind = _kind(entry)
    parent = entry.getparent()
    if not kind or parent is None or any(_SIDE_BOX.search(f"{box.get('class', '')} {box.get('id', '')}")
                                         for box in (entry, *entry.iterancestors())):
        return False
    if parent not in kinds:  # the element itself as the key: lxml keeps its proxy while it is held
        kinds[parent] = Counter((child.tag, _kind(child)) for child in parent if isinstance(child.tag, str))
    return kinds[parent][(entry.tag, kind)] - 1 >= MIN_ENTRIES - 1


def restore_entry_headings(root: Any, blocks: list[Block]) -> list[Block]:
    """Add each entry's heading the extractor left out, before the first kept paragraph of the entry's text."""
    known = {comparable(b.text): i for i, b in enumerate(blocks)}
    found: dict[int, Block] = {}
    placed: set[Any] = set()  # the elements themselves: an id() of lxml's proxies is reused once they are freed
    kinds: dict[Any, Counter[tuple[str, str | None]]] = {}
    for p in root.iter("p"):
        index = known.get(comparable(_text(p)))
        if index is None:
            continue
        for box in list(p.iterancestors())[:ENTRY_DEPTH]:
            heading = _heading_before(box)
            if heading is None:
                continue
            text = _text(heading)
            entry = box.getparent()
            if (text and comparable(text) not in known and heading not in placed and entry is not None
                    and _repeated(entry, kinds)):
                placed.add(heading)
                found.setdefault(index, Block(BlockKind.HEADING, text, level=int(heading.tag[1])))
            break
    if not found:
        return blocks
    log.debug("restored %d entries' headings", len(found))
    return [block for index, original in enumerate(blocks)
            for block in ([found[index], original] if index in found else [original])]


# A story's key points: a list of short lines under a heading that says so, over or beside the text; an extractor
# that narrows to the story's body box leaves them out.
_KEY_POINTS = re.compile(rf"(?i)^(?:{SUMMARY_LABELS})\W*$")


def _key_points(root: Any, known: dict[str, int]) -> tuple[Any, list[Block]] | None:
    """The heading and items of a key points list the extractor left out, when the page has one."""
    for heading in root.iter(*_SUBHEADINGS):
        text = _text(heading)
        items = heading.getnext()
        if not _KEY_POINTS.match(text) or items is None or items.tag not in ("ul", "ol") or _is_link_list(items):
            continue
        points = [_text(item) for item in items.iter("li")]
        if points and all(p and len(p.split()) <= MAX_ITEM_WORDS and comparable(p) not in known for p in points):
            return heading, [Block(BlockKind.HEADING, text, level=int(heading.tag[1])),
                             *(Block(BlockKind.LIST_ITEM, p) for p in points)]
    return None


def restore_key_points(root: Any, blocks: list[Block]) -> list[Block]:
    """Add a story's key points the extractor left out, before the first kept block that follows them."""
    known = {comparable(b.text): i for i, b in enumerate(blocks)}
    found = _key_points(root, known)
    if found is None:
        return blocks
    heading, points = found
    order = {element: n for n, element in enumerate(root.iter())}
    after = [known[key] for element in root.iter("p", "li", *_SUBHEADINGS)
             if order[element] > order[heading] and (key := comparable(_text(element))) in known]
    at = min(after) if after else len(blocks)
    log.debug("restored %d key points", len(points) - 1)
    return [*blocks[:at], *points, *blocks[at:]]


# A document in sections, each a box that opens on its subheading (pandoc's <section class="level2">, R Markdown's
# <div class="section level2">, a notebook's cells): the extractor keeps the sections' text and drops the heading
# that opens each box. At least this many such boxes, side by side, show the page is so divided.
MIN_SECTIONS = 2


def _opening_heading(box: Any) -> Any | None:
    """The subheading a box opens on, past empty elements (an anchor, an icon); nothing before it has words."""
    if (box.text or "").strip():
        return None
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _SUBHEADINGS:
            return child
        if len(child) or (child.text or "").strip() or (child.tail or "").strip():
            return None
    return None


def _heading_over_box(box: Any) -> Any | None:
    """The subheading set just before a box that opens on a paragraph ('<h2>Before you start</h2><div><p>...'): the
    heading of the box's section, which the extractor drops when the box holds the paragraphs and not it."""
    before = box.getprevious()
    first = next((child for child in box if isinstance(child.tag, str)), None)
    if before is None or first is None or first.tag != "p" or (box.text or "").strip() or (before.tail or "").strip():
        return None
    if before.tag == "div" and len(before) == 1 and not (before.text or "").strip():
        before = before[0]  # Obsidian Publish sets each block of a note in a <div> of its own, its headings too
        if (before.tail or "").strip():
            return None
    return before if before.tag in _SUBHEADINGS else None


# A box set as a title bar over its content part (LibGuides' "s-lib-box-title" over "s-lib-box-content", Bootstrap's
# panel heading over its body): the bar's heading is a few levels above the paragraphs' own box, which opens the part
# (an empty clearing <div> before it, or none). The extractor kept the paragraphs and dropped every bar.
TITLE_BAR_LEVELS = 3


def _title_bar_heading(box: Any) -> tuple[Any, Any] | None:
    """The heading of the title bar over the content part that opens on the box, and the part; or None."""
    first = next((child for child in box if isinstance(child.tag, str)), None)
    if first is None or first.tag != "p" or (box.text or "").strip():
        return None  # the box opens on a paragraph: what comes before it in the part is the bar's alone
    part = box
    for _ in range(TITLE_BAR_LEVELS):
        if (before := _previous_with_words(part)) is not None:
            break
        parent = part.getparent()
        if parent is None or (parent.text or "").strip() or parent.getparent() is None:
            return None
        part = parent
    else:
        return None
    if part is box or before.tag != "div" or (before.text or "").strip() or (before.tail or "").strip():
        return None
    inside = [child for child in before if isinstance(child.tag, str)]
    if len(inside) != 1 or inside[0].tag not in _SUBHEADINGS or (inside[0].tail or "").strip():
        return None
    return inside[0], part


def _previous_with_words(element: Any) -> Any | None:
    """The nearest element before this one, past empty ones (a clearing <div>), or None."""
    before = element.getprevious()
    while before is not None and not (before.text_content().strip() or (before.tail or "").strip()):
        before = before.getprevious()
    return before


def restore_section_headings(root: Any, blocks: list[Block]) -> list[Block]:
    """Add the subheading each section box opens on, before its first kept paragraph, where a box beside it (or a box
    of its kind in the next box of the same parent: AMP's story pages, each a layer) opens on one over kept text too;
    and the subheading set just before a box of kept paragraphs, after kept text."""
    known = {comparable(b.text): i for i, b in enumerate(blocks)}
    sections: dict[Any, list[tuple[int, Block]]] = {}
    found: dict[int, Block] = {}
    # a site builder's page sets each section in a box of its own, nested alike (Mobirise's <section><div
    # class="container"><div class="row"><div class="title col-md-12">, Nicepage's "u-sheet"): boxes of one class
    # anywhere, two or more holding kept text, the first perhaps under no heading
    kinds: dict[tuple[str, str], list[tuple[int, Block]]] = {}
    kept_boxes: Counter[tuple[str, str]] = Counter()
    for box in {p.getparent() for p in root.iter("p")}:  # each box once (the element itself, held)
        if box is None or box.getparent() is None:
            continue
        if (kind := box.get("class")) and any(comparable(_text(p)) in known for p in box.iterchildren("p")):
            kept_boxes[box.tag, kind] += 1
        heading, before, part = _opening_heading(box), False, None
        if heading is None:
            heading, before = _heading_over_box(box), True
        if heading is None and (bar := _title_bar_heading(box)) is not None:
            heading, part = bar
        if heading is None or not (text := _text(heading)):
            continue
        index = next((i for p in box.iterchildren("p") if (i := known.get(comparable(_text(p)))) is not None), None)
        if index is None:
            continue
        restored = Block(BlockKind.HEADING, text, level=int(heading.tag[1]))
        if part is not None:
            # a title bar's: its own evidence between kept text, and over the first where boxes like it have bars too
            if index > 0 and comparable(text) not in known:
                found[index] = restored
            outer = part.getparent()
            sections.setdefault(("bar", outer.tag, outer.get("class")), []).append((index, restored))
            continue
        if before:
            # set apart before the box, between kept text: its own evidence, where a heading inside a box needs
            # another box like it
            if index > 0 and comparable(text) not in known:
                found[index] = restored
            continue
        parent = box.getparent()
        sections.setdefault(parent, []).append((index, restored))
        if (grand := parent.getparent()) is not None:
            sections.setdefault((grand, box.tag, box.get("class")), []).append((index, restored))
        if kind := box.get("class"):
            kinds.setdefault((box.tag, kind), []).append((index, restored))
    found |= {index: heading for group in sections.values() if len(group) >= MIN_SECTIONS
              for index, heading in group if comparable(heading.text) not in known}
    found |= {index: heading for kind, group in kinds.items() if kept_boxes[kind] >= MIN_SECTIONS
              for index, heading in group if comparable(heading.text) not in known}
    if not found:
        return blocks
    log.debug("restored %d sections' headings", len(found))
    return [block for index, original in enumerate(blocks)
            for block in ([found[index], original] if index in found else [original])]


# A note that corrects or updates the article, in its own words about "this article": "This article was amended on 16
# July 2024...", "An earlier version of this story said...", "Correction: ...". Sites set it in a box under the story
# that the extractor leaves out with the tags and share buttons around it.
_CORRECTION = re.compile(
    r"(?i)^(?:\W*(?:correction|clarification|editor['’]s note)\s*[:.,-]\s+.*\b(?:article|story|report|piece|"
    r"version)\b"
    r"|this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected|updated|changed)\b"
    r"|an earlier version of this (?:article|story|report|piece)\b)")
MAX_CORRECTION_WORDS = 80
CORRECTION_LOOK_CHARS = 200


def restore_corrections(root: Any, blocks: list[Block]) -> list[Block]:
    """Add the notes that correct the article, which the extractor left out, where they stand among the kept blocks."""
    if not blocks:
        return blocks
    known = {comparable(b.text): i for i, b in enumerate(blocks)}
    found: list[tuple[Any, Block]] = []
    for paragraph in root.iter("p"):
        if not _CORRECTION.match(squash(paragraph.text_content()[:CORRECTION_LOOK_CHARS])):
            continue  # (the cheap look first: every paragraph of every page passes here)
        text = _text(paragraph)
        if (_CORRECTION.match(text) and len(text.split()) <= MAX_CORRECTION_WORDS and comparable(text) not in known
                and not any(comparable(text) in key for key in known)):
            found.append((paragraph, Block(BlockKind.PARAGRAPH, text)))
    if not found:
        return blocks
    order = {element: n for n, element in enumerate(root.iter())}
    kept = [(order[element], known[key]) for element in root.iter("p", "li", *_SUBHEADINGS)
            if (key := comparable(_text(element))) in known]
    if not kept:
        return blocks
    extras = []
    for paragraph, block in found:
        after = [index for position, index in kept if position > order[paragraph]]
        extras.append((min(after) if after else len(blocks), block))
    log.debug("restored %d correction notes", len(extras))
    merged: list[Block] = []
    for index in range(len(blocks) + 1):
        merged.extend(extra for at, extra in extras if at == index)
        merged.extend(blocks[index:index + 1])
    return merged

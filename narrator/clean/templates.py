"""What a site's template sets inside an article's own elements: a heading's permalink, a contents box's title, a link
to edit the page, a trail of sections, a box asking for the reader's action, an email's furniture, an AMP page's ads,
an embed's placeholder, a notebook's output, links to the posts either side, an author's box, a site's address line,
skip links."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from lxml import etree

from narrator.clean.common import comparable, more_words_than, parse_date, squash

# A heading's permalink: a sign ("¶", "#", "§", "🔗") linking to the heading itself, which a voice reads as a word
# ("Designparagraph"). A note's mark ("1968.[1]", "do.1") stays: the speech stage drops it, and the extraction sets
# count its number as the article's text (a superscript one after a stop is bracketed: see bracket_note_marks).
_PERMALINK = re.compile(r"[¶#§🔗⚓]?")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _is_permalink(link: Any) -> bool:
    """A link to a place on the page itself that says nothing but a sign (or nothing: an icon)."""
    return link.get("href", "").startswith("#") and _PERMALINK.fullmatch(squash(link.text_content())) is not None


def drop_permalinks(root: Any) -> None:
    """Take out the links to itself a heading ends on ("Turning it on¶"), from the title too, and those set beside
    it in the box that holds it (GitHub's README: the heading, then an icon's link to it)."""
    for heading in list(root.iter(*_HEADINGS)):
        for link in heading.iter("a"):
            if _is_permalink(link) and link.getparent() is not None:
                link.drop_tree()  # its tail stays
        for beside in (heading.getprevious(), heading.getnext()):
            if beside is not None and beside.tag == "a" and _is_permalink(beside):
                beside.drop_tree()


# A contents box: a list of links to the page's own sections, under a title of a few words ("Table of Contents",
# "Toggle"). The extractor left out the links and kept the title, read over the first section.
CONTENTS_TITLE_WORDS = 4
MIN_CONTENTS_LINKS = 2
_ARTICLE_PARTS = frozenset({"body", "main", "article"})


def _is_contents_list(items: Any) -> bool:
    """A list whose every item is only links to the page's own sections."""
    entries = items.findall("li")
    if len(entries) < MIN_CONTENTS_LINKS:
        return False
    pages = set()  # where the links point before their '#': the page itself, written out whole or not at all
    for entry in entries:
        links = entry.findall(".//a")
        linked = "".join(link.text_content() for link in links)
        if not links or squash(linked) != squash(entry.text_content()):
            return False
        for link in links:
            page, mark, section = link.get("href", "").partition("#")
            if not (mark and (section or not page)):
                return False
            pages.add(page)
    # one page's sections (Zola's tabi links them by the page's whole address: "https://site/blog/post/#what-i-missed")
    return len(pages) == 1


def drop_contents_titles(root: Any) -> None:
    """Take out the title of a box that holds only a list of the page's own sections and that title ("Table of
    Contents", "Toggle"); a heading stays, and the list is left to the extractor (some sets read it)."""
    for items in list(root.iter("ul", "ol")):
        if items.getparent() is None or not _is_contents_list(items):
            continue
        listed = len(items.text_content().split())
        path = [items]  # the list and the boxes around it that hold nothing else but the title
        for ancestor in items.iterancestors():
            if ancestor.tag in _ARTICLE_PARTS or more_words_than(ancestor, listed + CONTENTS_TITLE_WORDS):
                break
            path.append(ancestor)
        held = set(path)  # the elements themselves, held: their proxies stay the same while held
        for box in path[1:]:
            # the title may sit beside any of them (VitePress: <div class="outline-title"> beside the <nav> of the list)
            box.text = None
            for child in list(box):
                if child not in held and child.tag not in _HEADINGS:
                    child.drop_tree()
    _drop_bare_contents_titles(root)


def _drop_bare_contents_titles(root: Any) -> None:
    """Take out the title over a contents box whose links stand bare, in no list (Wiki.js: '<div class="overline">
    Table of Contents</div><a href="#the-rota">The rota</a><a href="#swaps">Swaps</a>')."""
    boxes: dict[Any, int] = {}
    for link in root.iter("a"):  # one walk of the links, not of every box
        if link.get("href", "").startswith("#") and (box := link.getparent()) is not None:
            boxes[box] = boxes.get(box, 0) + 1
    for box, links in boxes.items():
        children = [child for child in box if isinstance(child.tag, str)]
        if links < MIN_CONTENTS_LINKS or len(children) != links + 1 or children[0].tag in ("a", *_HEADINGS):
            continue
        title = children[0]
        if (box.text or "").strip() or any((child.tail or "").strip() for child in children) or len(
                title) or not 0 < len(title.text_content().split()) <= CONTENTS_TITLE_WORDS:
            continue
        if all(child.tag == "a" and child.get("href", "").startswith("#") for child in children[1:]):
            title.drop_tree()


# A documentation page's link to its own source, by what it says: read, it was the page's first line.
_EDIT_LINK = re.compile(r"(?i)(?:edit|improve) (?:this page|on github|on gitlab|this doc(?:ument)?)"
                        r"|suggest (?:an )?edits?|view (?:page )?source|view on github")


_MAYBE_EDIT_LINKS = etree.XPath("//a[contains(., 'dit') or contains(., 'ource') or contains(., 'ithub')]")


def drop_edit_links(root: Any) -> None:
    """Take out the links that offer to edit a page or show its source ("Edit this page", "Edit on GitHub")."""
    for link in _MAYBE_EDIT_LINKS(root):
        if link.getparent() is not None and _EDIT_LINK.fullmatch(squash(link.text_content())):
            link.drop_tree()


# A trail of the site's sections set as a heading ("Computer Science > Sound", "News › Science › Space"): where the
# page sits, not a heading of its story. Two steps or more, each a name of a few words, parted by an arrow sign.
_STEP = r"[A-Z][\w&'.,-]*(?: [\w&'.,-]+){0,4}"
_TRAIL = re.compile(rf"{_STEP}(?: ?[>›»] ?{_STEP})+")
_ARROWS = frozenset(">›»")


def _is_heading_trail(heading: Any) -> bool:
    """A heading that is a trail of the site's sections: read, the listener heard "Computer Science > Sound" as the
    story's first heading."""
    text = heading.text_content()
    return not _ARROWS.isdisjoint(text) and _TRAIL.fullmatch(squash(text)) is not None


# A part the page hides (the hidden attribute) that is mostly a link: a promotion the page shows later or never
# ("Related Story: Grain farmers face..."). Hidden prose is kept: an accordion's or a FAQ's answers are hidden too,
# until a reader opens them, and a listener hears them all.
HIDDEN_LINK_BOX_WORDS = 40
HIDDEN_LINK_SHARE = 0.5


def _is_hidden_link_box(part: Any) -> bool:
    """A hidden part whose words are mostly a link's, short: a related story's teaser was read as a paragraph."""
    words = len(part.text_content().split())
    linked = sum(len(link.text_content().split()) for link in part.iter("a"))
    return 0 < words <= HIDDEN_LINK_BOX_WORDS and linked >= HIDDEN_LINK_SHARE * words


# A page's history of its own changes under its text: a line stamping when it was published and last updated, over a
# list whose every item is a day and a short note of what changed ("14 May 2024 Added advice on screens.").
_STAMPED = re.compile(r"(?i)\b(?:published|updated|last (?:changed|modified))\b")
STAMP_LINE_WORDS = 20
CHANGE_NOTE_WORDS = 12


def _is_change_note(item: Any) -> bool:
    """A list item that is a day (a <time>) and a note of a few words of what changed."""
    time = item.find("time")
    if time is None or not parse_date(time.get("datetime") or time.text_content()):
        return False
    return len(item.text_content().split()) - len(time.text_content().split()) <= CHANGE_NOTE_WORDS


def _update_history(changes: Any) -> Any | None:
    """The stamp line over a list of dated notes of changes, when the list is a page's history of updates."""
    stamp = changes.getprevious()
    items = changes.findall("li")
    if stamp is None or len(items) < 2 or not all(_is_change_note(item) for item in items):
        return None
    text = squash(stamp.text_content())
    return stamp if len(text.split()) <= STAMP_LINE_WORDS and _STAMPED.search(text) and parse_date(text) else None


# Each found cheaply: hidden parts and timed list items by an XPath each, headings by a walk of the tree in C (an
# XPath for each heading's tag cost 0.8% of a page's reading, and a list's find() in Python 0.3%).
_HIDDEN = etree.XPath("//*[@hidden]")
_TIMED_ITEMS = etree.XPath("//li[time]")


# An e-book's notices around the text: Project Gutenberg's header and licence ("pg-boilerplate": the ebook's fields,
# "*** START OF THE PROJECT GUTENBERG EBOOK ... ***", the licence under it) and a transcriber's note on the edition
# ("transnote", Distributed Proofreaders' class): read, a catalogue's record and a lawyer's text came around the work.
_EBOOK_NOTICES = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' pg-boilerplate ')"
                             " or contains(concat(' ', normalize-space(@class), ' '), ' transnote ')]")


def drop_marked_furniture(root: Any) -> None:
    """Take out a hidden box that is mostly a link, a heading that is a trail of sections, an e-book's notices, and a
    page's history of updates (read, the guidance ended on "Published 1 March 2023 Last updated 14 May 2024" and
    "First published.")."""
    for part in _HIDDEN(root):
        if part.getparent() is not None and _is_hidden_link_box(part):
            part.drop_tree()
    for heading in list(root.iter(*_HEADINGS)):
        if _is_heading_trail(heading):
            heading.drop_tree()
    for notice in _EBOOK_NOTICES(root):
        if notice.getparent() is not None:
            notice.drop_tree()
    timed = dict.fromkeys(item.getparent() for item in _TIMED_ITEMS(root))
    for changes in timed:
        if (changes is not None and changes.tag in ("ol", "ul") and changes.getparent() is not None
                and (stamp := _update_history(changes)) is not None):
            stamp.drop_tree()
            changes.drop_tree()


# A box asking for the reader's action: a heading, a line or two of pitch, and a form or a button ("Feeling
# inspired?" / "Take on a challenge of your own..." / "Start today"), at most this long.
ASKING_BOX_WORDS = 60
BUTTON_WORDS = 4
_BOXES = etree.XPath("//div | //aside | //section")
_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
# A button's class: the word alone or a part of a name ("cta-button", "grid-button"), or a word of a component's name
# (Conde Nast's "BaseButton", "ButtonPrimary", "PromoBox__ctaButton": a site styled by its components).
_BUTTON_CLASS = re.compile(r"(?i:(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-]))|(?<=[a-z])(?:Button|Btn)(?![a-z])"
                           r"|(?:^|[\s_-])(?:Button|Btn)(?=[A-Z])")
_TO_THE_READER = re.compile(r"(?i)\byou(?:r)?\b")
# A link that tells more ("Learn more", "Get help with Sync") closes a section of a product's page, not a pitch; one to
# advice closes a warning's section of what to do ("What should I do?" ... "Get advice on flooding").
_TELLS_MORE = re.compile(r"(?i)^\W*(?:learn|read|see|view|find out|discover|explore|more|details|get help|help"
                         r"|(?:get |more |further )?advice)\b")
# A box its class names a call to action ("cta-block", Silverstripe's "elemental-cta"): its "Find out more" asks.
_CTA_BOX = re.compile(r"(?i)(?:^|[\s_-])cta(?:$|[\s_-])")


def _last_link(box: Any) -> Any | None:
    """The link the box ends on, when its last words are a link's of a few words (a button)."""
    texts = [text for text in box.xpath(".//text()") if text.strip()]
    if not texts:
        return None
    holder = texts[-1].getparent()
    link = holder if holder.tag == "a" else next(holder.iterancestors("a"), None)
    if link is None or len(link.text_content().split()) > BUTTON_WORDS:
        return None
    return link


# A class word that marks one box's place among its kind, not the kind: a row's parity and place (FluxBB's posts,
# "blockpost rowodd firstpost", "blockpost roweven", "blockpost rowodd"), a number ("blockpost3", "post-5640"). The
# last of a thread's posts, its class its own by them, was taken for a box of one kind that asks the reader ("You were
# right. ..." over its "Quote" link), and the reply was lost.
# (A number ends a word of lower-case letters: a CSS module's hashed name, "NewsletterCta_box__Lk8Uy", is a kind.)
_PLACE_WORD = re.compile(r"(?:^|\s)(?:(?:row)?(?:odd|even)|(?:first|last)(?:post|item|child)?|[a-z]+(?:-[a-z]+)*-?\d+)"
                         r"(?=\s|$)")


def _kind(box: Any) -> tuple[Any, str, str | None]:
    """What boxes of one kind share: their parent (its element itself: lxml keeps one proxy per element while it is
    held, where an id() could be another element's), their tag and their class, less the words of a box's place."""
    kind = box.get("class")
    return box.getparent(), box.tag, _PLACE_WORD.sub("", kind) if kind else kind


# A line styled as the box's heading ("paywall-title", "cta-heading"): what a subheading is to a box that has none.
_TITLE_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:title|heading|headline)(?:$|[\s_-])")
_TITLE_TAGS = frozenset({"div", "p", "span", "strong", "b"})  # not a page's <h1 class="post-title">, its headline
# Where a button takes the reader to pay or sign in ("/subscribe", "/sign-in", "/account/register"): the box asks.
_ACCOUNT_HREF = re.compile(r"(?i)/(?:account/|user/|my-?)?(?:subscri\w*|sign[_-]?(?:in|up)|log[_-]?in|register"
                           r"|checkout|membership|join)(?:[/?#.]|$)")


def _is_title_line(child: Any) -> bool:
    """A line of text alone whose class says it is its box's title ("paywall-title")."""
    return (child.tag in _TITLE_TAGS and not len(child) and _TITLE_CLASS.search(child.get("class", "")) is not None
            and bool((child.text or "").strip()))


def _headed(box: Any, wrappers: int = 0) -> bool:
    """The box opens on a subheading, or a line whose class says it is the box's title, past empty elements (an icon,
    an anchor), and inside as many wrappers as given that open the box; its text before it is blank."""
    if (box.text or "").strip():
        return False
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _SUBHEADINGS or _is_title_line(child):
            return True
        if child.tag in _WRAPPERS and wrappers > 0 and len(child) and not (child.tail or "").strip():
            return _headed(child, wrappers - 1)
        if len(child) or (child.text or "").strip() or (child.tail or "").strip():
            return False
    return False


# A site builder sets a box's heading and pitch in a cell of their own and its button in the next (Hostinger's
# '<div class="block-layout"><div class="layout-element"><div class="text-box"><h3>Ready to try a class?</h3><p>...
# </p></div></div><div class="layout-element"><a class="grid-button">Book your free class</a></div></div>'): the box
# opens on its heading a few wrappers down, each the first thing in the one around it. Only with a button its class
# names one: a product page's section opens so too ("Designed to be redesigned" over what "you" can do, ending on its
# animation's "Replay").
HEADING_WRAPPERS = 3
_WRAPPERS = frozenset({"div", "section"})


def _asks_from_cells(box: Any) -> bool:
    """A box whose heading opens it a few wrappers down ends on a link its class styles as a button, one that does
    not offer to tell more."""
    link = _last_link(box)
    return (link is not None and bool(_BUTTON_CLASS.search(link.get("class", "")))
            and not _TELLS_MORE.match(link.text_content()))


def _asks_for_action(box: Any, kinds: Counter[tuple[Any, str, str | None]]) -> bool:
    """A small box headed by a subheading that holds a form, or ends on a button asking the reader something; one of
    a kind among its siblings (repeated boxes are the article's entries: a live blog's, a thread's)."""
    headed = _headed(box)
    if (not headed and not _headed(box, HEADING_WRAPPERS)) or kinds[_kind(box)] > 1:
        return False
    text = squash(box.text_content())
    if not text or len(text.split()) > ASKING_BOX_WORDS:
        return False
    if not headed:
        return _asks_from_cells(box)
    if box.find(".//form") is not None or box.find(".//input") is not None:
        return True
    link = _last_link(box)
    if link is None and (button := _captioned_button(box)) is not None:
        return not _TELLS_MORE.match(button.text_content())
    if link is None or (_TELLS_MORE.match(link.text_content()) and not _CTA_BOX.search(box.get("class", ""))):
        return False  # "Find out more" closes a section of a product's page, and a box classed as a call to action
    return bool(_BUTTON_CLASS.search(link.get("class", "")) or _TO_THE_READER.search(text)
                or _ACCOUNT_HREF.search(link.get("href", "")))


# A button's caption, the one short line a box sets under it (Citizen Space's "Respond online" over "Online survey.
# You can save a response and come back to it later."): the box still ends on its button.
CAPTION_WORDS = 20


def _captioned_button(box: Any) -> Any | None:
    """The link styled as a button right above the box's last line, when that line is short and the box's last."""
    last = next((child for child in reversed(box) if isinstance(child.tag, str)), None)
    if last is None or last.tag != "p" or len(last) or len(squash(last.text_content()).split()) > CAPTION_WORDS:
        return None
    button = last.getprevious()
    if button is None or button.tag != "a" or not _BUTTON_CLASS.search(button.get("class", "")) or len(
            button.text_content().split()) > BUTTON_WORDS:
        return None
    return button


def drop_asking_boxes(root: Any) -> None:
    """Take out boxes that ask for the reader's action inside the article (sign up, support, fundraise): their
    heading and pitch were read as the article's own."""
    boxes = _BOXES(root)
    # counted once: looking at each box's siblings took 0.8 s for 8,000 entries of a live blog (x4 for x2)
    kinds = Counter(_kind(box) for box in boxes)
    for box in boxes:
        if box.getparent() is not None and _asks_for_action(box, kinds):
            box.drop_tree()


# An email's own furniture, on a newsletter's web copy: the link to read it in a browser over it, and the links to
# unsubscribe or change preferences in the footer that also says why you got it and where the sender is.
_EMAIL_LINK_TEXT = re.compile(
    r"(?i)unsubscribe|view (?:this|the|it|this email|email) (?:in|on) (?:your|a|the) (?:web )?browser|view (?:this "
    r"email )?(?:online|as a web ?page)|(?:update|manage|change) (?:your )?(?:subscription |email )?preferences")
_EMAIL_LINK_ADDRESS = re.compile(r"(?i)unsubscribe|list-manage\.|/optout|/opt-out")
_EMAIL_PARTS = ("tr", "div", "p", "footer", "section", "table")
_MAYBE_EMAIL_LINKS = etree.XPath("//a[contains(., 'ubscribe') or contains(., 'rowser') or contains(., 'nline') or "
                                 "contains(., 'web') or contains(., 'references') or contains(@href, 'ubscribe') or "
                                 "contains(@href, 'list-manage') or contains(@href, 'opt')]")
EMAIL_FURNITURE_WORDS = 80


# The sender's name and address in the footer, over the line on why the letter came ("Ferry Lane Allotments
# Association / Ferry Lane, Wivenhoe, Essex"): a few words and no stop.
SENDER_LINE_WORDS = 15
SENDER_LINES = 2
_STOP_END = re.compile(r"[.!?][\"'”’)]*$")


# A newsletter's button is a small table of its own, its class a button's (Brevo's "rnb-btn-col-content", Mailchimp's
# "mcnButtonContentContainer", "es-button-border"), around one link ("Enter the Christmas regatta"): read, it was the
# letter's last line. Only a table whose whole text is its link's few words, or a cell of the letter's own table so
# classed whose whole text is the link's.
_TABLE_PARTS = ("table", "td")


def drop_email_buttons(root: Any) -> None:
    """Take out the tables a newsletter styles as buttons: one short link, its table's or cell's class a button's."""
    texts: dict[Any, str] = {}  # each table's text, taken once: a big table of many links was read again for each
    for link in root.iter("a"):
        words = squash(link.text_content())
        if not words or len(words.split()) > BUTTON_WORDS:
            continue
        cell = next(link.iterancestors("td", "table"), None)
        table = cell if cell is None or cell.tag == "table" else next(cell.iterancestors("table"), None)
        if cell is None or table is None or table.getparent() is None or not any(
                _BUTTON_CLASS.search(part.get("class", "")) for part in (table, cell)):
            continue
        if table not in texts:
            texts[table] = squash(table.text_content())
        if texts[table] == words:
            table.drop_tree()
        elif cell.tag == "td" and _BUTTON_CLASS.search(cell.get("class", "")) and squash(cell.text_content()) == words:
            # a row of the letter's own table, its cell a button's ("<td class='ml-block ml-button'><a>Join a work
            # morning</a></td>"): the row goes when the button is all it holds
            row = cell.getparent()
            (row if row is not None and row.tag == "tr" and len(row) == 1 else cell).drop_tree()


def drop_email_furniture(root: Any) -> None:
    """Take out the rows of a newsletter's web copy that hold its email links ("View this email in your browser",
    "unsubscribe from this list"), when they are short: read, they were the letter's first and last lines."""
    for link in _MAYBE_EMAIL_LINKS(root):
        if link.getparent() is None or not (_EMAIL_LINK_TEXT.search(link.text_content())
                                            or _EMAIL_LINK_ADDRESS.search(link.get("href", ""))):
            continue
        part = next(link.iterancestors(*_EMAIL_PARTS), None)
        if part is not None and part.getparent() is not None and len(
                part.text_content().split()) <= EMAIL_FURNITURE_WORDS:
            above = -1  # the lines above the one on why, once it is found
            for beside in list(part.itersiblings(preceding=True)):
                said = squash(beside.text_content())
                if _WHY_YOU_GOT_IT.match(said):
                    beside.drop_tree()  # the footer's line on why you got the letter, over its links
                    above = max(above, 0)
                elif 0 <= above < SENDER_LINES and said and len(said.split()) <= SENDER_LINE_WORDS and not (
                        _STOP_END.search(said)):
                    beside.drop_tree()  # and the sender's name and address right over that line
                    above += 1
                elif above >= 0:
                    above = SENDER_LINES  # the letter's own lines go on above: kept
            part.drop_tree()
    for row in _ACTION_ROWS(root):
        if row.getparent() is not None and _is_action_row(row):
            row.drop_tree()
    for cell in _BUTTON_CELLS(root):
        if cell.getparent() is not None and _is_button_cell(cell):
            next(cell.iterancestors("table")).drop_tree()
    _drop_why_you_got_it(root)
    for box in _PREHEADERS(root):
        if box.getparent() is not None and _PREHEADER.search(box.get("class", "")) and len(
                box.text_content().split()) <= PREHEADER_WORDS:
            box.drop_tree()


# A list's footer with no link to unsubscribe by, only the address to write to, in a box of its own under the
# message and the signature's dashes (Google Groups: "-- You received this message because you are subscribed to the
# Google Groups "Midlands Orienteering" group. To unsubscribe ... send an email to ..."): read as its last paragraph.
_WHY_TEXTS = etree.XPath("//text()[contains(., 'eceived this') or contains(., 'eceiving this')]")
_DASHES = re.compile(r"^(?:--|__)\s*")


def _drop_why_you_got_it(root: Any) -> None:
    """Take out a short box that opens on why the reader got the message."""
    for text in _WHY_TEXTS(root):
        box = text.getparent()
        if box is not None and text.is_tail:
            box = box.getparent()
        if box is None or box.getparent() is None or box.tag not in _EMAIL_PARTS:
            continue
        said = _DASHES.sub("", squash(box.text_content()))
        if _WHY_YOU_GOT_IT.match(said) and len(said.split()) <= EMAIL_FURNITURE_WORDS:
            box.drop_tree()


# A letter's button drawn as a table of one cell, coloured, holding a link alone (MailerLite's, Mailchimp's "bulletproof
# button": '<table><tr><td bgcolor="#6b8e23"><a href="...">Read the site rules</a></td></tr></table>'): read, it was
# the letter's last line. A link of a few words; a cell of a table of one row and one cell.
_BUTTON_CELLS = etree.XPath("//td[@bgcolor or contains(@style, 'background')][a][count(*) = 1]")
BUTTON_CELL_WORDS = 6


def _is_button_cell(cell: Any) -> bool:
    """A coloured cell whose table is it alone, saying only its link's few words."""
    row, table = cell.getparent(), next(cell.iterancestors("table"), None)
    if row is None or table is None or len(row) != 1 or row.getparent() is None:
        return False
    rows = [r for r in table.iter("tr")]
    said = squash(cell.text_content())
    return len(rows) == 1 and said == squash(cell[0].text_content()) and 0 < len(said.split()) <= BUTTON_CELL_WORDS


# A letter's preheader: the line an inbox shows beside the subject, set at the top of its web copy in a box its class
# names so (Campaign Monitor's "preheader", Mailchimp's "mcnPreviewText", "preview-text"): "Tickets for 12 December
# are on sale now" was read as the letter's first line. A box of a line or two only.
_PREHEADERS = etree.XPath("//*[contains(@class, 'reheader') or contains(@class, 'review')]")
_PREHEADER = re.compile(r"(?i)(?:^|[\s_-])(?:pre-?header|(?:mcn)?preview-?text)(?:$|[\s_-])")
PREHEADER_WORDS = 40


# The footer's line on why the letter came, beside its unsubscribe link ("You are receiving this because you
# subscribed to ...", "You received this email because ...").
_WHY_YOU_GOT_IT = re.compile(r"(?i)you(?:'re| are)? receiv(?:ing|ed) this(?: e-?mail| newsletter| message| letter)?"
                             r" because\b")
# A letter's row of actions under it: links only, each a word or two, each to the letter's own page with an action
# ("?action=like", "/comments", "/share", "Restack"): a row of buttons, not a sentence.
_ACTION_ROWS = etree.XPath("//p[a] | //tr[.//a] | //div[a]")
_ACTION_HREF = re.compile(r"(?i)[/?&=](?:action=)?(?:share|comments?|like|restack|reply|forward)\b")
ACTION_ROW_MIN_LINKS = 2
ACTION_LINK_WORDS = 3
_SIGN_ONLY = re.compile(r"^[\W_]*$")  # what a row says besides its links: signs, or nothing


def _is_action_row(row: Any) -> bool:
    """A part that says nothing but its links, two or more short ones, each to an action on the letter."""
    links = list(row.iter("a"))
    if len(links) < ACTION_ROW_MIN_LINKS or not all(
            _ACTION_HREF.search(link.get("href", "")) and len(squash(link.text_content()).split()) <= ACTION_LINK_WORDS
            for link in links):
        return False
    said = squash(row.text_content())
    for link in links:
        said = said.replace(squash(link.text_content()), " ", 1)
    return _SIGN_ONLY.match(said) is not None


# An AMP page's ads and recommended stories: their placeholder and fallback text ("Ad failed to load") is all a page
# without script shows of them.
_AMP_ADS = etree.XPath("//amp-ad | //amp-embed | //amp-sticky-ad | //amp-auto-ads")


def drop_amp_ads(root: Any) -> None:
    """Take out an AMP page's ads, with what they show while loading or when they fail."""
    for ad in _AMP_ADS(root):
        if ad.getparent() is not None:
            ad.drop_tree()


# An embedded post before its platform's script draws it: a blockquote of the platform's class whose links to the
# post itself say only "View this post on Instagram" and "A post shared by ...". Read, they were a paragraph of the
# article; the post's own words, where the embed carries them, are not such links and stay.
_EMBEDS = etree.XPath("//blockquote[contains(@class, 'instagram-media') or contains(@class, 'tiktok-embed') or "
                      "contains(@class, 'text-post-media')]")


def drop_embed_placeholders(root: Any) -> None:
    """Take out the links to itself an embedded post's placeholder shows, and the placeholder when nothing else of it
    is left."""
    for quote in _EMBEDS(root):
        address = (quote.get("data-instgrm-permalink") or quote.get("cite") or quote.get("data-text-post-permalink")
                   or "").split("?")[0]
        if not address or quote.getparent() is None:
            continue
        for link in quote.iter("a"):
            if link.get("href", "").split("?")[0] == address and link.getparent() is not None:
                link.drop_tree()
        if not squash(quote.text_content()):
            quote.drop_tree()


# A notebook's text output under a code cell (Jupyter's "Out[2]:" and the figures it printed, "count 58.000000 mean
# 231.406897"): what the code printed, left out with the code; output the notebook renders as HTML or Markdown stays.
_NOTEBOOK_OUTPUT = re.compile(r"jp-OutputArea-output|output_subarea|cell-output")


def drop_notebook_output(root: Any) -> None:
    """Take out the text a notebook's code cells printed (a <pre> in an output area)."""
    for pre in list(root.iter("pre")):  # a page has few: looking up from each is cheaper than matching every class
        if pre.getparent() is not None and any(_NOTEBOOK_OUTPUT.search(box.get("class") or "")
                                               for box in pre.iterancestors()):
            pre.drop_tree()


# A list of the links to the post before and after, each after its label ("Previous: The lock keeper's cottage").
_NEIGHBOUR_LABEL = re.compile(r"(?i)^\W*(?:previous|prev|next|older|newer)(?: (?:post|article|entry|story|page))?\W*$")


def _is_neighbour_item(item: Any) -> bool:
    """A list item of a label and one link: "Previous: <a>Title</a>"."""
    links = item.findall(".//a")
    if len(links) != 1:
        return False
    label = squash(item.text_content().replace(links[0].text_content(), "", 1))
    return bool(_NEIGHBOUR_LABEL.match(label))


def drop_neighbour_links(root: Any) -> None:
    """Take out a list whose every item links, under its label, to the post before or after: read, it was the
    article's last two lines."""
    for items in list(root.iter("ul", "ol")):
        entries = items.findall("li")
        if items.getparent() is not None and 1 <= len(entries) <= 2 and all(map(_is_neighbour_item, entries)):
            items.drop_tree()


# A card that links to another page, beside or under the story (an NHS trust's "Eye services" card, with "Find out
# about our eye clinics" under it): a subheading that is one link, and a line at most of what it leads to. A card whose
# heading is no link is the article's own (the NHS's urgent-care card, "Ask for an urgent GP appointment if: ...").
_CARD_CLASS = re.compile(r"(?i)(?:^|[\s_-])card(?:$|\s|--)")
_MAYBE_CARDS = etree.XPath("//*[self::div or self::section or self::aside or self::li][contains(@class, 'card')]")
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
LINK_CARD_WORDS = 30


def _is_link_card(card: Any) -> bool:
    """A card of a subheading that is all one link, a paragraph at most, and few words."""
    heading = next(card.iter(*_CARD_HEADINGS), None)
    if heading is None or len(card.text_content().split()) > LINK_CARD_WORDS or len(card.findall(".//p")) > 1:
        return False
    links = heading.findall(".//a[@href]")
    return len(links) == 1 and squash(links[0].text_content()) == squash(heading.text_content()) != ""


def drop_link_cards(root: Any) -> None:
    """Take out the cards that link to other pages: read, "Eye services" and its line ended the story."""
    for card in _MAYBE_CARDS(root):
        if card.getparent() is not None and _CARD_CLASS.search(card.get("class", "")) and _is_link_card(card):
            card.drop_tree()


# A box about the article's author after it, opened by a label ("Written by", "About the author") or headed "More
# articles by" the author; its heading, bio and links were read as the article's end.
_AUTHOR_BOX_LABEL = re.compile(r"(?i)^(?:written by|about the author"
                               r"|more (?:articles|stories|posts|writing) (?:by|from)(?: .{1,60})?)\W*$")
AUTHOR_BOX_WORDS = 80
# One pattern, not a test of each stem on each element's lower-cased text: it runs on every div, p and span.
_LABEL_STEM = re.compile(r"(?i)written by|about the author|more (?:articles|stories|posts|writing)")
LABEL_CHARS = 100
_LABEL_TAGS = ("div", "h2", "h3", "h4", "p", "span")
_AFTER_A_PARAGRAPH = etree.XPath("boolean(preceding::p[string-length(normalize-space()) > 80])")
_BOX_TAGS = ("div", "section", "aside", "footer")


# A theme's or a plugin's name for the box about the author under a post: "author-box", "author-bio", "about-author",
# Simple Author Box's "saboxplugin-wrap"; the whole word, not a byline's "author" alone.
_AUTHOR_BOX_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:author[_-]?(?:box|bio|info|profile|about)|about[_-]?(?:the[_-]?)?"
                               r"author|saboxplugin-wrap)(?:$|[\s_-])")
_NAMED_AUTHOR_BOXES = etree.XPath("//*[self::div or self::section or self::aside][contains(@class, 'uthor')"
                                  " or contains(@id, 'uthor') or contains(@class, 'sabox')]")


def drop_author_boxes(root: Any, authors: tuple[str, ...]) -> None:
    """Take out a small box that opens on such a label, names one of the article's authors and comes after a
    paragraph of the article."""
    if not authors:
        return
    names = [comparable(name) for name in authors]
    for label in list(root.iter(*_LABEL_TAGS)):  # its own text first: cheap, and few hold such a label
        own = label.text
        if (not own or len(own) > LABEL_CHARS or not _LABEL_STEM.search(own)
                or label.getparent() is None or not _AUTHOR_BOX_LABEL.match(squash(label.text_content()))):
            continue
        box = next(label.iterancestors(*_BOX_TAGS), None)
        if box is None or box.getparent() is None or box.tag in ("body", "main", "article"):
            continue
        text = comparable(box.text_content())
        if (len(text.split()) <= AUTHOR_BOX_WORDS and any(name in text for name in names)
                and _AFTER_A_PARAGRAPH(box)):  # after the article: a short post under its "Written by" line stays
            box.drop_tree()
    for box in _NAMED_AUTHOR_BOXES(root):  # a box its theme or plugin names so, with no label (Simple Author Box)
        if box.getparent() is None or not _AUTHOR_BOX_CLASS.search(f"{box.get('class', '')} {box.get('id', '')}"):
            continue
        text = comparable(box.text_content())
        if len(text.split()) <= AUTHOR_BOX_WORDS and any(name in text for name in names) and _AFTER_A_PARAGRAPH(box):
            box.drop_tree()


# A platform's card of the author over the article (LinkedIn's, a blog theme's "author card"): the author's name set
# as a heading, their role under it, a Follow button; its few words read glued to the name as the first paragraph
# ("Joanna MbekiFounder at Loom & Line Studio"). A heading is the card's mark: a byline line sets the name inline.
_NAME_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "strong")
AUTHOR_CARD_WORDS = 12
AUTHOR_CARDS = 3
_STOPPED = re.compile(r"[.!?]['’”\")]?(?:\s|$)")


def drop_author_cards(root: Any, authors: tuple[str, ...]) -> None:
    """Take out a small box before the article's prose whose heading is one of its authors' names and whose other
    words, a few, make no sentence."""
    names = {comparable(name) for name in authors if len(name.split()) >= 2}
    if not names:
        return
    named = [h for h in root.iter(*_NAME_HEADINGS) if comparable(h.text_content()) in names]
    for heading in named[:AUTHOR_CARDS]:  # a card stands over the article: the first few only, each box measured
        if heading.getparent() is None:
            continue
        box = next(heading.iterancestors(*_BOX_TAGS), None)
        if box is None or box.getparent() is None or box.tag in ("body", "main", "article"):
            continue
        rest = comparable(box.text_content())
        for name in names:
            rest = rest.replace(name, " ")
        # each piece of text looked at alone: the card's parts run together ("years.Published Jan 19")
        if (len(rest.split()) <= AUTHOR_CARD_WORDS and not any(_STOPPED.search(f"{squash(t)} ") for t in box.itertext())
                and not _AFTER_A_PARAGRAPH(box)):  # after the article it is an author box, drop_author_boxes' part
            box.drop_tree()


# A print view's or a saved page's line naming the site and its home address, nothing else ("- Old Town Gazette -
# https://www.oldtowngazette.example -"): read, it was an address spelled out over the article.
_HOME_ADDRESS = re.compile(r"https?://[^\s/<>]+/?(?=\s|$)|\bwww\.[^\s/<>]+\.[a-z]{2,}/?(?=\s|$)")
_LINE_PUNCTUATION = re.compile(r"[\s\-–—|:•·»«()\[\]]+")
ADDRESS_LINE_NAME_WORDS = 4
_ADDRESSED = etree.XPath("//p[contains(., '://') or contains(., 'www.')]")


def drop_address_lines(root: Any) -> None:
    """Take out paragraphs that hold only a home page's address and, at most, the site's name in a few capitalised
    words."""
    for p in _ADDRESSED(root):
        text = squash(p.text_content())
        if p.getparent() is None or len(text) > 200 or not _HOME_ADDRESS.search(text):
            continue
        words = _LINE_PUNCTUATION.sub(" ", _HOME_ADDRESS.sub(" ", text)).split()
        if len(words) <= ADDRESS_LINE_NAME_WORDS and all(word[:1].isupper() for word in words):
            p.drop_tree()


# Inline elements; any other element is a block of its own.
_INLINE_TAGS = frozenset({"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img",
                          "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
                          "var", "wbr"})


def _is_block(node: Any) -> bool:
    """An element that is a block of its own."""
    return isinstance(node.tag, str) and node.tag not in _INLINE_TAGS


def _stands_loose(link: Any) -> bool:
    """True for a link set straight in a box of blocks with no text of the box's own around it."""
    box = link.getparent()
    if box is None or squash(link.tail or ""):
        return False
    before = link.getprevious()
    if squash((box.text if before is None else before.tail) or ""):
        return False
    return any(_is_block(child) for child in box)


_PAGE_LINKS = etree.XPath("//a[starts-with(@href, '#')]")
_LOOSE_IN = frozenset({"div", "section", "article", "main", "body"})


def drop_skip_links(root: Any) -> None:
    """Take out the links to places on the page set loose among a box's blocks (a wiki's "Jump to navigation", "Jump
    to search"): with them the box had text of its own, and the extractor read it as one paragraph, its headings and
    paragraphs run into it."""
    for link in _PAGE_LINKS(root):
        box = link.getparent()
        if (box is not None and box.tag in _LOOSE_IN and _stands_loose(link) and squash(link.text_content())
                and next(box.iterancestors("blockquote"), None) is None):  # a quote is read as it stands
            link.drop_tree()

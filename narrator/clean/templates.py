"""What a site's template sets inside an article's own elements: a heading's permalink, a box asking for the reader's
action, an email's or a forum's furniture, an AMP page's ads, a photo essay's captions in figures the extractor does
not read."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from lxml import etree

from narrator.clean.common import comparable, parse_date, squash
from narrator.clean.inserts import SLIDESHOW_MIN_SLIDES, without_slide_counter

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
    for entry in entries:
        links = entry.findall(".//a")
        linked = "".join(link.text_content() for link in links)
        if not links or any(not link.get("href", "").startswith("#") for link in links) or squash(linked) != squash(
                entry.text_content()):
            return False
    return True


def drop_contents_titles(root: Any) -> None:
    """Take out the title of a box that holds only a list of the page's own sections and that title ("Table of
    Contents", "Toggle"); a heading stays, and the list is left to the extractor (some sets read it)."""
    for items in list(root.iter("ul", "ol")):
        if items.getparent() is None or not _is_contents_list(items):
            continue
        listed = len(items.text_content().split())
        box = items
        for ancestor in items.iterancestors():
            if ancestor.tag in _ARTICLE_PARTS or len(ancestor.text_content().split()) - listed > CONTENTS_TITLE_WORDS:
                break
            box = ancestor
        if box is items:
            continue
        box.text = None
        for child in list(box):
            if child is not items and items not in child.iterdescendants() and child.tag not in _HEADINGS:
                child.drop_tree()


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


def drop_marked_furniture(root: Any) -> None:
    """Take out a hidden box that is mostly a link, a heading that is a trail of sections, and a page's history of
    updates (read, the guidance ended on "Published 1 March 2023 Last updated 14 May 2024" and "First published.")."""
    for part in _HIDDEN(root):
        if part.getparent() is not None and _is_hidden_link_box(part):
            part.drop_tree()
    for heading in list(root.iter(*_HEADINGS)):
        if _is_heading_trail(heading):
            heading.drop_tree()
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
_BUTTON_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])")
_TO_THE_READER = re.compile(r"(?i)\byou(?:r)?\b")
# A link that tells more ("Learn more", "Get help with Sync") closes a section of a product's page, not a pitch.
_TELLS_MORE = re.compile(r"(?i)^\W*(?:learn|read|see|view|find out|discover|explore|more|details|get help|help)\b")


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


def _kind(box: Any) -> tuple[Any, str, str | None]:
    """What boxes of one kind share: their parent (its element itself: lxml keeps one proxy per element while it is
    held, where an id() could be another element's), their tag and their class."""
    return box.getparent(), box.tag, box.get("class")


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


def _headed(box: Any) -> bool:
    """The box opens on a subheading, or a line whose class says it is the box's title, past empty elements (an icon,
    an anchor); its text before it is blank."""
    if (box.text or "").strip():
        return False
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _SUBHEADINGS or _is_title_line(child):
            return True
        if len(child) or (child.text or "").strip() or (child.tail or "").strip():
            return False
    return False


def _asks_for_action(box: Any, kinds: Counter[tuple[Any, str, str | None]]) -> bool:
    """A small box headed by a subheading that holds a form, or ends on a button asking the reader something; one of
    a kind among its siblings (repeated boxes are the article's entries: a live blog's, a thread's)."""
    if not _headed(box) or kinds[_kind(box)] > 1:
        return False
    text = squash(box.text_content())
    if not text or len(text.split()) > ASKING_BOX_WORDS:
        return False
    if box.find(".//form") is not None or box.find(".//input") is not None:
        return True
    link = _last_link(box)
    if link is None or _TELLS_MORE.match(link.text_content()):
        return False
    return bool(_BUTTON_CLASS.search(link.get("class", "")) or _TO_THE_READER.search(text)
                or _ACCOUNT_HREF.search(link.get("href", "")))


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
            for beside in part.itersiblings(preceding=True):
                if _WHY_YOU_GOT_IT.match(squash(beside.text_content())):
                    beside.drop_tree()  # the footer's line on why you got the letter, over its links
            part.drop_tree()
    for row in _ACTION_ROWS(root):
        if row.getparent() is not None and _is_action_row(row):
            row.drop_tree()


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


# A forum post's furniture, named so by the forum's template: the signature under each post, and the card of its
# poster where the post names its poster again ("by gareth_k » ..." over phpBB's card of name, rank, "Posts: 14203",
# "Joined: ..."); a card that alone says who speaks (XenForo's userDetails) stays. Whole words of the class.
_POSTER_PARTS = frozenset({"signature", "post-signature", "message-signature", "postprofile"})


def drop_poster_furniture(root: Any) -> None:
    """Take out posts' signatures and posters' cards: read, they were a thread's words ("Gas Safe registered. Advice
    given in good faith", "Posts: 14203")."""
    for element in root.xpath("//*[contains(@class, 'ignature') or contains(@class, 'rofile')]"):
        if (element.getparent() is not None and _POSTER_PARTS & set(element.get("class", "").lower().split())
                and not _signs_a_letter(element)):
            element.drop_tree()


# A letter's sign-off is a few words: its writer and their town ("Joan Pryce, Ely"), or "Name and address supplied".
LETTER_SIGNATURE_WORDS = 8


def _signs_a_letter(element: Any) -> bool:
    """A letters page's signature: a paragraph right under the letter's paragraph, a name and place without a
    sentence's stop. A forum's signature is a box of its own, often a motto in sentences ("Advice given in good
    faith.")."""
    before = element.getprevious()
    said = squash(element.text_content())
    return (element.tag == "p" and before is not None and before.tag == "p" and 0 < len(said.split())
            <= LETTER_SIGNATURE_WORDS and not said.rstrip().endswith((".", "!", "?")))


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


# A note the page sets inside its sentence, to show beside it or on a click: a sidenote, a margin note, a footnote
# whose text a converter (LaTeXML) keeps where its mark is. Its class names it a note; read in place it splits the
# sentence ("depends on the listener1Two experts counting the same..."), so it is read after its paragraph.
_INLINE_NOTE_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:side|margin|foot)?note(?:$|[\s_-])")
_INLINE_NOTES = etree.XPath("//p//span[contains(@class, 'note')] | //p//small[contains(@class, 'note')]")
# A note's own mark at its start ("1", "†"), as the converter repeats it inside the note.
_NOTE_START_MARK = re.compile(r"^\s*(?:\d{1,3}|[*†‡§¶])\s*")
INLINE_NOTE_WORDS = 3
_SIGN_ONLY = re.compile(r"^[\W_]*$")


def _strip_start_mark(note: Any) -> None:
    """Take the note's mark off its first words: a superscript or a tag of a number, or the number itself."""
    for element in list(note.iter("sup")):
        if _NOTE_START_MARK.fullmatch(element.text_content()) and element.getparent() is not None:
            element.drop_tree()
    for element in note.iter():
        if element.text and element.text.strip():
            element.text = _NOTE_START_MARK.sub("", element.text, count=1)
            return
        if element is not note and element.tail and element.tail.strip():
            return


def notes_after_paragraphs(root: Any) -> None:
    """Move the notes a page sets inside its paragraphs' sentences to after the paragraph, each its own paragraph;
    a toggle's sign for them ("⊕", a checkbox's label) goes."""
    moved = 0
    for note in _INLINE_NOTES(root):
        if not _INLINE_NOTE_CLASS.search(note.get("class", "")) or note.getparent() is None:
            continue
        if any(_INLINE_NOTE_CLASS.search(a.get("class", "")) for a in note.iterancestors("span", "small")):
            continue  # inside a note already moved with it
        if len(note.text_content().split()) < INLINE_NOTE_WORDS:
            continue  # a mark, not a note
        paragraph = next(note.iterancestors("p"))
        tail, note.tail = note.tail, None
        previous, parent = note.getprevious(), note.getparent()
        parent.remove(note)
        if tail:  # the sentence goes on after the note
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        _strip_start_mark(note)
        note.tag = "p"
        paragraph.addnext(note)
        moved += 1
    if moved:
        for label in root.xpath("//p//label"):
            if _SIGN_ONLY.match(label.text_content()):
                label.drop_tree()


# A comment's header on a code host's or a forum's thread: the poster's handle, what they did, and when, the time an
# element of its own ("marnieb commented Mar 31, 2024", "ann opened this issue 3 days ago · 2 comments"). Nothing
# else: a short comment under its header is the comment's box, and stays.
_COMMENT_HEADER = re.compile(r"(?i)@?[\w.-]+\s+(?:commented|replied|wrote|posted|opened this (?:issue|pull request|"
                             r"discussion))(?:\s+(?:on|at))?\s*(?:[·•]\s*\d+\s+comments?)?\s*(?:[·•]?\s*edited)?\W*")
_TIMES = etree.XPath("//time | //relative-time | //*[@datetime]")
_HEADER_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "div", "p"})
COMMENT_HEADER_WORDS = 12
COMMENT_HEADER_DEPTH = 4


def _comment_header(time: Any) -> Any | None:
    """The header line around a time, when it says only who did what then ("marnieb commented")."""
    said = squash(time.text_content())
    for depth, part in enumerate(time.iterancestors()):
        if depth >= COMMENT_HEADER_DEPTH:
            return None
        if part.tag not in _HEADER_TAGS:
            continue
        text = squash(part.text_content())
        if len(text.split()) > COMMENT_HEADER_WORDS:
            return None
        if _COMMENT_HEADER.fullmatch(squash(text.replace(said, " ", 1))):
            return part
    return None


def drop_comment_headers(root: Any) -> None:
    """Take out each comment's header line: who commented and when, a time element in it."""
    for time in _TIMES(root):
        header = _comment_header(time) if time.getparent() is not None else None
        if header is not None and header.getparent() is not None:
            header.drop_tree()


# A documentation page's admonition: a box (docutils' "admonition", a "callout") that opens on its kind, a word or two
# in a paragraph of its own ("Note", "Warning", "Tip"), over the advice. A word alone is dropped as a page's button;
# the box's title it is, and is read as the heading over the advice.
_ADMONITIONS = etree.XPath("//div[contains(@class, 'admonition') or contains(@class, 'callout')]"
                           " | //aside[contains(@class, 'admonition') or contains(@class, 'callout')]")
ADMONITION_TITLE_WORDS = 4


def admonition_titles_as_headings(root: Any) -> None:
    """Mark the title a documentation box opens on as the heading over its advice."""
    for box in _ADMONITIONS(root):
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) < 2 or children[0].tag not in ("p", "div", "span") or children[1].tag != "p":
            continue
        title = squash(children[0].text_content())
        if (title and len(title.split()) <= ADMONITION_TITLE_WORDS and not title.endswith((".", "!", "?"))
                and not children[0].xpath(".//a | .//p")):
            children[0].tag = "h6"


# A list of endnotes under the article, each note ending on a link back to its mark in the text: a sign ("↩", "↑",
# "^") or a link the page calls a note's back link (role="doc-backlink"). Reference matter, as a "Notes" section's
# list is; without a heading over it (pandoc's and kramdown's bare <hr> and <ol>) it was read as the article's end.
_BACK_SIGN = re.compile(r"^[\W_]+$")


def _is_back_link(link: Any) -> bool:
    """A link back to a place in the text that says only a sign, or that the page marks as a note's back link."""
    if not link.get("href", "").startswith("#"):
        return False
    return link.get("role") == "doc-backlink" or bool(_BACK_SIGN.fullmatch(squash(link.text_content())))


def drop_endnote_lists(root: Any) -> None:
    """Take out a list of notes whose every item links back to its mark in the text."""
    for items in list(root.iter("ol", "ul")):
        entries = items.findall("li")
        if entries and items.getparent() is not None and all(
                any(_is_back_link(link) for link in entry.iter("a")) for entry in entries):
            items.drop_tree()


# A note's mark set as a superscript number after a sentence's stop or a clause's sign ("between 1700 and
# 1900.<sup>2</sup> Hask"): run into the text it reads as a decimal ("nineteen hundred point two"). Bracketed, it is
# a mark the speech stage drops, and its number stays a token for the extraction sets. A superscript after a letter
# or a digit may be a power (m<sup>2</sup>, 10<sup>6</sup>), and stays as it is.
_MARK_TEXT = re.compile(r"\[?(\d{1,3})\]?")
_BEFORE_A_MARK = re.compile(r"[.!?,;:)\]\"'”’]\s*$")


def _text_before(element: Any) -> str:
    """The text that runs up to an element: its previous sibling's tail (or the sibling's text), or its parent's."""
    previous = element.getprevious()
    if previous is None:
        return element.getparent().text or ""
    return previous.tail or (previous.text_content() if isinstance(previous.tag, str) else "")


def bracket_note_marks(root: Any) -> None:
    """Set in brackets the superscript note numbers that follow a stop or a sign ("1900.[2]")."""
    for sup in list(root.iter("sup")):
        found = _MARK_TEXT.fullmatch(squash(sup.text_content()))
        if found is None or sup.getparent() is None or not _BEFORE_A_MARK.search(_text_before(sup)):
            continue
        for child in list(sup):
            sup.remove(child)
        sup.text = f"[{found.group(1)}]"


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


# Readers' comments a page names by a data attribute, not a class, which the extractor looks at (Patreon's
# data-tag="comments", "comment-row"; data-testid="comments-section"): the section, when it holds little of the
# page's prose (a thread page is all comments).
_COMMENT_DATA = re.compile(r"(?i)^comments?(?:[-_](?:section|list|thread|row|body|container))?$")
_DATA_NAMED = etree.XPath("//*[@data-tag or @data-testid or @data-component]")
COMMENTS_PROSE_SHARE = 0.3


def drop_data_named_comments(root: Any) -> None:
    """Take out the readers' comments a data attribute names so, when most of the page's prose is elsewhere."""
    named = [e for e in _DATA_NAMED(root) if any(_COMMENT_DATA.match(e.get(key) or "")
                                                 for key in ("data-tag", "data-testid", "data-component"))]
    if not named:
        return
    prose = sum(len(p.text_content()) for p in root.iter("p"))
    for element in named:
        if element.getparent() is not None and sum(
                len(p.text_content()) for p in element.iter("p")) <= COMMENTS_PROSE_SHARE * prose:
            element.drop_tree()




# A link site's or a forum's thread (Lobsters, Tildes): a short post, then readers' comments that are the rest of the
# discussion, each with its poster's profile link and a <time>. The extractor drops anything named a comment, so the
# thread lost all but its post; on a story's page the comments are left to it, as its prose is long.
_COMMENT_NAME = re.compile(r"(?i)comment")
# GitHub's timeline (issues, discussions) stamps each comment with a <relative-time>, names its box
# "timeline-comment" and links its poster as <a class="author" href="/name">.
_TIME_ELEMENTS = etree.XPath("//time | //relative-time")  # each comment has one: found from them, as a walk of every
# element cost 1%
_OWN_TIMES = etree.XPath(".//time | .//relative-time")
_COMMENT_CLASS = re.compile(r"(?i)(?:^|\s)(?:timeline-)?comment(?:\s|$)")
_PROFILE_HREF = re.compile(r"/(?:~|u/|user/|users/|profile/|@)[\w.-]+/?$")
THREAD_POST_WORDS = 250
_OWN_HEADINGS = etree.XPath("./h2 | ./h3 | ./header/h2 | ./header/h3")
_COMMENT_COUNT = re.compile(r"(?i)\d[\d,]*\s+comments?")
COMMENT_FURNITURE_WORDS = 12


def _is_posted_comment(comment: Any) -> bool:
    """A comment with its poster's profile link, a <time> and its text in paragraphs."""
    return (comment.find(".//p") is not None and _OWN_TIMES(comment) != []
            and any(_PROFILE_HREF.search(link.get("href", "")) or "author" in link.get("class", "").split()
                    for link in comment.iter("a")))


def _post_words(root: Any, comments: list[Any]) -> int:
    """The words of the page's paragraphs outside the comments, counted up to just past a thread's post's most."""
    # the elements themselves, held: lxml keeps one proxy per element while it is held, where an id() may be reused
    inside = {p for c in comments for p in c.iter("p")}
    words = 0
    for paragraph in root.iter("p"):
        if paragraph not in inside:
            words += len(paragraph.text_content().split())
            if words > THREAD_POST_WORDS:
                break
    return words


def comments_as_thread(root: Any) -> None:
    """On a thread's page, keep its readers' comments as paragraphs of the discussion: each comment's parts without
    a paragraph (its poster, time, score and buttons) taken out, and "comment" taken out of its names and its
    holders' so the extractor reads it."""
    timed = (next((a for a in time.iterancestors() if _COMMENT_CLASS.search(a.get("class", ""))), None)
             for time in _TIME_ELEMENTS(root))
    comments = [c for c in dict.fromkeys(timed) if c is not None and _is_posted_comment(c)]
    if not comments or not 0 < _post_words(root, comments) <= THREAD_POST_WORDS:
        return
    holders: dict[Any, None] = {}
    for comment in comments:
        for part in list(comment.iter()):
            if (part is not comment and part.getparent() is not None and isinstance(part.tag, str)
                    and part.tag != "p" and part.find(".//p") is None and next(part.iterancestors("p"), None) is None
                    and len(part.text_content().split()) <= COMMENT_FURNITURE_WORDS):
                part.drop_tree()
        if comment.tag == "article":
            comment.tag = "div"  # a comment is not the page's article, which the extractor looks for in <article>
        for holder in comment.iterancestors("ol", "ul", "li"):
            holder.tag = "div"  # a tree of comments in lists: each comment a paragraph of the talk, not a list item
        for holder in (*comment.iter(), *comment.iterancestors()):
            for key in ("class", "id"):
                if _COMMENT_NAME.search(holder.get(key, "")):
                    holder.set(key, _COMMENT_NAME.sub("remark", holder.get(key)))
                    holders[holder] = None
    posts = list(root.iter("article"))
    if len(posts) == 1 and not any(next(c.iterancestors("article"), None) is not None for c in comments):
        posts[0].tag = "div"  # the post's own <article> beside its discussion: the extractor read the post alone
    for holder in holders:
        for heading in _OWN_HEADINGS(holder):
            if _COMMENT_COUNT.fullmatch(squash(heading.text_content())):
                heading.drop_tree()  # "12 comments" over them: the thread's furniture


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

_LATIN_READING = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .-]*")


def ruby_as_read(root: Any) -> None:
    """A <ruby> read once: its base, or its reading where that is in Latin letters over a base that is not (a
    temple's name in an English story, "妙心寺" over "Myoshinji"). Read as they stood, base, brackets and reading ran
    together ("妙心寺(Myoshinji)"), and a furigana reading doubled its word."""
    for ruby in list(root.iter("ruby")):
        for bracket in list(ruby.iter("rp")):
            bracket.drop_tree()
        readings = list(ruby.iter("rt"))
        reading = squash(" ".join("".join(rt.itertext()) for rt in readings))
        for rt in readings:
            rt.drop_tree()
        base = squash("".join(ruby.itertext()))
        if reading and _LATIN_READING.fullmatch(reading) and not _LATIN_READING.fullmatch(base):
            tail = ruby.tail
            for child in list(ruby):
                ruby.remove(child)
            ruby.text, ruby.tail = reading, tail


# A label in an element of its own, a word or three and a colon ("Abstract:", "Authors:"), which the page's style
# sets apart from the text after it.
LABEL_WORDS = 3
_LABEL = re.compile(r"[^\W\d_][\w .'-]*:")


def space_after_labels(root: Any) -> None:
    """A space after an inline label set straight against its text ("Abstract:We count..."): a page's style parts
    them, and read without one the label and the first word ran together."""
    for label in root.iter("span", "strong", "b", "label", "em"):
        text = label.text
        if len(label) or not text or not text.rstrip().endswith(":"):
            continue  # (a label of markup inside is rare, and looking into every span costs)
        if len(text.split()) > LABEL_WORDS or not _LABEL.fullmatch(squash(text)):
            continue
        after = label.tail if label.tail else (label.getnext().text if label.getnext() is not None else None)
        if after and after[0].isalnum():
            label.tail = " " + (label.tail or "")

MIN_ENTRIES = 2


def _is_dated_entry(item: Any) -> bool:
    """A list item that is an entry of its own: a time, a heading and a paragraph (a live blog's update)."""
    return (next(item.iter("time"), None) is not None and next(item.iter(*_HEADINGS), None) is not None
            and next(item.iter("p"), None) is not None)


def dated_entries_as_sections(root: Any) -> None:
    """A list whose every item is a dated entry, a time, a heading and paragraphs (a live blog's updates), made a box
    of sections: read as a list, each entry was one item, its heading run into its text."""
    lists = {id(items): items for time in root.iter("time") for item in time.iterancestors("li")
             if (items := item.getparent()) is not None and items.tag in ("ul", "ol")}
    for items in lists.values():
        entries = [child for child in items if isinstance(child.tag, str)]
        if len(entries) >= MIN_ENTRIES and all(e.tag == "li" and _is_dated_entry(e) for e in entries):
            items.tag = "div"
            for entry in entries:
                entry.tag = "section"

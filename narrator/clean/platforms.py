"""What a platform sets around an article's lines: a wiki's "[edit]" after each heading and a newsletter's sender line
over the letter (taken off the blocks once the clutter rules have run), a code host's title, an obituary's title and
guest book, a forum's community sidebar, an accordion's questions set as buttons and the box that closes a page
asking for a gift or a question."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from lxml import etree

from narrator.clean.breaks import bare_text_as_paragraphs
from narrator.clean.common import MONTH_NAMES, comparable, drop_reference_sections, more_words_than, squash
from narrator.model import Block, BlockKind

# MediaWiki and Fandom set "[edit]" (or "[edit source]") in each section's heading, glued to its words
# ("History[edit]"). It comes off the article's own sections. A wiki's back matter keeps it ("See also[edit]",
# "References[edit]"): clean's reference rule (common.drop_reference_sections, run after this) would cut the bare
# names with their sections, which the pages' readers (the readability set) keep; taking the mark off those as well
# took its F1 from 0.936 to 0.933.
_EDIT_MARK = re.compile(r"(?i)\[\s?edit(?:\s+source)?\s?\]$")
EDIT_MARK_CHARS = 20  # the mark is looked for in the heading's last characters alone


def without_edit_marks(blocks: list[Block]) -> list[Block]:
    """The blocks with a wiki's "[edit]" taken off the end of each heading of the article's own sections."""
    return [_unmarked(b) if b.kind is BlockKind.HEADING else b for b in blocks]


def _unmarked(heading: Block) -> Block:
    """The heading without its edit mark, unless bare it names a section of references."""
    text = heading.text.rstrip()
    mark = _EDIT_MARK.search(text[-EDIT_MARK_CHARS:])
    if mark is None:
        return heading
    bare = replace(heading, text=text[:len(text) - EDIT_MARK_CHARS + mark.start() if len(text) > EDIT_MARK_CHARS
                                      else mark.start()].rstrip())
    return bare if bare.text and drop_reference_sections([bare]) else heading


# A newsletter's sender line over the letter: the newsletter's name, a separator and who sends it ("Forest Floor
# Weekly · from Priya at the edge of the wood", "Harbour Notes - a letter from Ines on the quay"). Short, no stop, among
# the first lines: a sentence that opens on the name ("Harbour Notes readers wrote in...") has no separator after it.
SENDER_LINES = 3
SENDER_WORDS = 14
_SEPARATOR = re.compile(r"\s*[·|•—–-]\s+")


def without_sender_line(blocks: list[Block], site_name: str) -> list[Block]:
    """The blocks without a sender line that opens on the site's name, or the name alone (a hand-made page's banner
    cell, "Ringing History Pages"), among the first few, an obituary's line of where its notice ran, or a forum's
    notice that a topic was closed."""
    name = site_name.strip()
    named = comparable(name)
    return [b for n, b in enumerate(blocks)
            if (n >= SENDER_LINES or not named or not (_is_sender_line(b, name) or comparable(b.text) == named))
            and not (b.kind is BlockKind.PARAGRAPH and (is_notice_ran_line(b.text) or _is_forum_notice(b.text)))]


# A forum's own notice in a topic, set as a post (Discourse's "small action"): "This topic was automatically closed 14
# days after the last reply. New replies are no longer allowed.", "Closed on September 17, 2026 2:00am". The
# platform's wording, the whole line and nothing else: a member's post that says a thread was closed goes on to say
# more ("This topic was closed by the moderators after the row about the car park, and ...").
_FORUM_NOTICE = re.compile(
    r"(?i)(?:this|the) (?:topic|thread|discussion) (?:was|has been|will be|is now) (?:automatically |temporarily )?"
    r"(?:closed|opened|archived|locked|unlisted)(?: (?:after |in )?\d{1,4} (?:minutes?|hours?|days?|weeks?|months?))?"
    r"(?: after the last reply)?\.(?: New replies are no longer allowed\.)?"
    rf"|(?:closed|opened|archived) on (?:{MONTH_NAMES})\.? \d{{1,2}},? \d{{4}}(?:,? \d{{1,2}}:\d\d ?[ap]\.?m\.?)?")
FORUM_NOTICE_CHARS = 160


def _is_forum_notice(text: str) -> bool:
    """A line that is all a forum's notice of a topic closed, opened or archived."""
    line = text.strip()
    return len(line) <= FORUM_NOTICE_CHARS and _FORUM_NOTICE.fullmatch(line) is not None


def _is_sender_line(block: Block, name: str) -> bool:
    """A short paragraph without a stop: the site's name, a separator, and more."""
    text = block.text.strip()
    if (block.kind is not BlockKind.PARAGRAPH or len(text.split()) > SENDER_WORDS or text[-1:] in ".!?:"
            or not text.casefold().startswith(name.casefold())):
        return False
    rest = text[len(name):]
    return _SEPARATOR.match(rest) is not None and bool(comparable(rest))


# A code host declares a repository's page by its path ("GitHub - owner/repo: what it does", "Group / project",
# "Release v1.4.0: Datums · owner/repo"): the page's own heading (the README's, the release's name) stands inside that
# title, and is the headline. Both sides of the slash are names of two characters or more ("r/Sub" is a subreddit's
# label, "24/7" no name). Each side is at most 100 characters (a code host's longest name: GitHub's is 100): a title of
# "A-A-A-..." was tried from each letter after a dash, each try reading to the run's end, in time square.
_REPOSITORY_PATH = re.compile(r"(?<![\w/])[A-Za-z][\w.-]{1,100}(?: / |/)[\w.-]{0,100}[A-Za-z][\w.-]{0,100}(?![\w/])")


def repository_heading(declared: str, headings: list[str]) -> str | None:
    """The page's heading that a code host's declared title holds beside the repository's path, or None."""
    if _REPOSITORY_PATH.search(declared) is None:
        return None
    words = f" {comparable(declared)} "
    for heading in headings:
        own = comparable(heading)
        if own and own != comparable(declared) and f" {own} " in words:
            return heading
    return None


# A code host's release page is declared by its tag before the path ("v3.2.0 · Releases · tidewater / tidewater ·
# GitLab") and has no <h1>: the release's name is its first heading ("Tidewater 3.2"), which the title does not hold.
_RELEASE_TAG = re.compile(r"v?\d{1,6}(?:\.\d{1,6}){1,3}(?:[-+][\w.]{1,30})?")
_TAG_THEN = re.compile(r"(\S{1,60}) [·|•—–-] ")


def release_heading(declared: str, headings: list[str]) -> str | None:
    """The first heading of a code host's release page declared by its tag and path, or None."""
    tag = _TAG_THEN.match(declared)
    if (tag is None or not headings or not _RELEASE_TAG.fullmatch(tag.group(1))
            or _REPOSITORY_PATH.search(declared) is None):
        return None
    return headings[0]


# An FAQ's accordion sets each question as a button in its heading (<h2><button>How much does it cost?</button></h2>):
# buttons are controls and are never read, and the questions went with them. A button that is all of its heading's
# text is the heading's words.
_HEADING_BUTTONS = etree.XPath("//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]//button")


def headed_buttons_as_text(root: Any) -> None:
    """Keep the words of a button that is the whole of its heading, as the heading's text."""
    for button in _HEADING_BUTTONS(root):
        heading = next(a for a in button.iterancestors() if a.tag in ("h2", "h3", "h4", "h5", "h6"))
        words = squash(button.text_content())
        if words and words == squash(heading.text_content()):
            button.drop_tag()


# A box of the article's sources behind a button that opens it (Dotdash Meredith's "Article Sources": a note on the
# site's sourcing and the list of sources): a reference section, whose heading is a button the extractor leaves out,
# so its note and its list were read as the article's last lines. The box is the button's own parent, and small: a
# button so named in a part that holds the article stays, and so does the article.
_SOURCES_BUTTON = re.compile(r"(?i)^(?:(?:show|view|see|article|story|page)\s+)?(?:sources|references|citations"
                             r"|bibliography|works cited)(?:\s*\(\d{1,3}\))?$")
SOURCES_BOX_WORDS = 150


def drop_sources_boxes(root: Any) -> None:
    """Take out a small box whose first part is a button naming the article's sources, with the list it opens."""
    for button in list(root.iter("button")):
        box = button.getparent()
        if (box is None or box.getparent() is None or not _SOURCES_BUTTON.match(squash(button.text_content()))
                or next(box.iterchildren(), None) is not button):
            continue
        if not more_words_than(box, SOURCES_BOX_WORDS) and box.find(".//h1") is None:
            box.drop_tree()


# The box that closes a page asking the reader for something, with no heading of its own: a line and one button
# ("Local journalism like this depends on support from listeners like you." / "Give now"; "Still have a question?" /
# "Contact us"). It is the last thing in its part of the page, its link a button's or one to give, join or write to
# the site; a box of the article's that links to more of its story ("See the records") is kept.
CLOSING_ASK_WORDS = 30
CLOSING_ASK_LINK_WORDS = 3
_CLOSING_BOXES = etree.XPath("//div | //aside | //section")
_ASK_HREF = re.compile(r"(?i)/(?:donate|donations?|give|giving|support(?:-us)?|contact(?:-us)?|membership|join"
                       r"|pledge)(?:[/?#.]|$)")
_BUTTON = re.compile(r"(?i)(?:^|[\s_-])(?:button|btn|cta)(?:$|[\s_-])")


def drop_closing_asks(root: Any) -> None:
    """Take out a small unheaded box that ends its part of the page on a button asking for a gift or a question."""
    for box in _CLOSING_BOXES(root):
        if box.getparent() is not None and _is_closing_ask(box):
            box.drop_tree()


def _is_closing_ask(box: Any) -> bool:
    """One short line and a link that asks, last in its parent, no heading (or one over a link to give)."""
    links = box.xpath(".//a[@href][position() < 3]")
    if len(links) != 1 or not (_BUTTON.search(links[0].get("class", "")) or _ASK_HREF.search(links[0].get("href", ""))):
        return False
    text = squash(box.text_content())
    label = squash(links[0].text_content())
    # a heading over it only where the link asks for a gift or a word ("Support the museum" over "Donate"): a box
    # of the article's may be headed and end on a button to more of its story
    headed = box.xpath(".//h1 | .//h2 | .//h3")
    if (not text or len(text.split()) > CLOSING_ASK_WORDS or not label or len(label.split()) > CLOSING_ASK_LINK_WORDS
            or not text.endswith(label) or (headed and not _ASK_HREF.search(links[0].get("href", "")))):
        return False
    # last in its part of the page (checked last: only a box that asks looks past itself)
    return not any(squash(sibling.text_content()) for sibling in box.itersiblings())


# A callout box closing the article (Notion's, on Super or Potion) that asks the reader to get in touch: one of its
# sentences bids them book, call or write to the page's owner ("Thinking about a move like ours? ... Get in touch and
# we will happily share what we know.", "... Book a call on our contact page."). A callout of advice ("Label each
# tuber before you lift it.") bids the reader do a thing of the article's, and stays.
_CALLOUTS = etree.XPath("//div[contains(@class, 'callout')] | //aside[contains(@class, 'callout')]")
_ASKS_TO_GET_IN_TOUCH = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:(?:please|just)\s+)?(?:get\s+in\s+touch|(?:book|call|ring|phone|email|e-mail|message|contact"
    r"|drop|arrange|schedule)\s[^.!?]{0,60}?\b(?:call|us|office|contact\s+page|a\s+line|chat|consultation|visit"
    r"|appointment|demo)\b)")
CALLOUT_ASK_WORDS = 60


def drop_closing_callouts(root: Any) -> None:
    """Take out a callout box that closes the article and asks the reader to get in touch."""
    for box in _CALLOUTS(root):
        if box.getparent() is None or box.getnext() is not None or (box.tail or "").strip():
            continue
        text = squash(box.text_content())
        if 0 < len(text.split()) <= CALLOUT_ASK_WORDS and _ASKS_TO_GET_IN_TOUCH.search(text) and any(
                squash(sibling.text_content()) for sibling in box.itersiblings(preceding=True)):
            box.drop_tree()


# An obituary's notice titles the page "Name Obituary (1931 - 2024) - Town - Paper" over its heading, the name: the
# heading is the title. Its life dates under the name ("March 14, 1931 - October 2, 2024", "1948 - 2024") are the
# life's, read; the line of where the notice ran ("Published by the Gazette from Oct. 5 to Oct. 7, 2024.") is not, nor
# the boxes of the guests' messages (a guest book, a tribute wall) and of the funeral home.
_OBITUARY_REST = re.compile(r"(?i)^\s+obituary\b(?:\s*\(\s*\d{4}\s*[-–]\s*\d{4}\s*\))?(?:\s+[-|–—·]\s+.*)?$")
_DAY = rf"(?:(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+|\d{{1,2}}\s+(?:{MONTH_NAMES})\.?\s+)?(?:1[6-9]|20)\d\d"
LIFESPAN = re.compile(rf"(?i)^\s*{_DAY}\s*[-–—]\s*{_DAY}\s*$")
_RAN_DAY = r"[A-Za-z]{3,9}\.? \d{1,2},?"
_NOTICE_RAN = re.compile(rf"(?i)^published (?:by|in) [^.]{{1,60}}? (?:on|from) {_RAN_DAY} (?:(?:19|20)\d\d )?"
                         rf"(?:to {_RAN_DAY} )?(?:19|20)\d\d\.?$")
_GUESTS_BOX = re.compile(r"(?i)guest-?book|tribute-?wall|condolences?(?:$|[\s_-])|memory-?wall")
_FUNERAL_HOME_BOX = re.compile(r"(?i)funeral-?home")
FUNERAL_HOME_BOX_WORDS = 40
_NAMED_BOXES = etree.XPath("//*[self::div or self::section or self::aside][@class or @id]")


def obituary_heading(declared: str, headings: list[str]) -> str | None:
    """The name an obituary's declared title starts with before "Obituary" and its years, or None."""
    for heading in headings:
        if declared.startswith(heading) and _OBITUARY_REST.match(declared[len(heading):]):
            return heading
    return None


def is_notice_ran_line(text: str) -> bool:
    """An obituary's line of where and when its notice was published."""
    return _NOTICE_RAN.match(text.strip()) is not None


def drop_guest_boxes(root: Any) -> None:
    """Take out an obituary's guest book or tribute wall, and a small box of its funeral home, named so."""
    for box in _NAMED_BOXES(root):
        if box.getparent() is None or box.xpath(".//h1"):
            continue
        named = f"{box.get('class', '')} {box.get('id', '')}"
        if _GUESTS_BOX.search(named) or (_FUNERAL_HOME_BOX.search(named)
                                         and len(box.text_content().split()) <= FUNERAL_HOME_BOX_WORDS):
            box.drop_tree()


# A forum's sidebar describes the community the post is in: its description, rules and "created by" its founder
# (old Reddit, Lemmy). Its founder was taken for the post's author and its description read after the post. Only a
# sidebar named so that says it is a community's (its founder, its moderators), and holds no <main> or <article>.
_MAYBE_SIDEBARS = etree.XPath("//div[@class or @id] | //aside[@class or @id]")
_SIDEBAR_NAME = re.compile(r"(?i)(?:^|\s)(?:side|sidebar)(?:$|\s)")
_COMMUNITY = re.compile(r"(?i)\bcreated by|\ba community for\b|\bmoderators\b")  # "created by<a>name</a>"


_MAIN_PARTS = etree.XPath("//main | //*[@role='main']")


def drop_community_sidebars(root: Any) -> None:
    """Take out a forum's sidebar that describes its community, or any sidebar beside the part the page declares its
    main one (old Reddit's <div class="side"> beside role=main: its community's description was read)."""
    mains: dict[Any, int] | None = None  # each declared main part and its prose, measured once
    for side in _MAYBE_SIDEBARS(root):
        named = _SIDEBAR_NAME.search(f"{side.get('class', '')} {side.get('id', '')}")
        if not named or side.getparent() is None or side.xpath(".//main | .//article | .//*[@role='main']"):
            continue
        if mains is None:
            mains = {main: sum(len(p.text_content()) for p in main.iter("p")) for main in _MAIN_PARTS(root)}
        if _COMMUNITY.search(side.text_content()) or _beside(side, mains):
            side.drop_tree()


def _beside(side: Any, mains: dict[Any, int]) -> bool:
    """True for a sidebar outside every main part the page declares, when one holds more prose than it."""
    if not mains or any(main in mains for main in side.iterancestors()):
        return False
    prose = sum(len(p.text_content()) for p in side.iter("p"))
    return any(size > prose for size in mains.values())


# A forum that lists a thread's posts (vBulletin's <ol id="posts">) and a code host that lists releases (Forgejo's
# <ul id="release-list">) set each post in a list item: the extractor read the whole post, its heading and its
# paragraphs, as one item of a list. An item that holds a heading or a quoted block of prose, and says who posted it
# or when, is a post, not an item. (A loose list's item holds a paragraph or two, and stays an item.)
_POST_PARTS = ("h1", "h2", "h3", "h4", "blockquote")
# A forum that heads its thread outside the list (Vanilla's <h1> over <ul class="MessageList">) sets the first post's
# text in a box its class names a message's ("Message userContent"), parted by blank lines: a post, headed or not.
# (bbPress names a post's box "bbp-reply-content", and the topic's own "bbp-topic-content" where it leads the topic.)
_MESSAGE_BOX = re.compile(r"(?:^|\s)(?:message|usercontent|post-?body|post-?content|post-text"
                          r"|(?:\w+-)?(?:reply|topic)-content)(?:$|\s)", re.I)
# The extractor drops a box whose class names a reply's ("bbp-reply-content": "-reply-"): in a list of posts, it is the
# post's text.
_REPLY_BOX = re.compile(r"(?:^|\s)(?:\w+-)?reply-content(?:$|\s)", re.I)
# A post says who wrote it or when (vBulletin's "username" and "date", Forgejo's "time-since"); a gallery's list of
# captions, each under its heading ("1/50 United goin down"), says neither, and stays a list (its own rules drop it).
_POSTED = etree.XPath(".//time | .//*[re:test(@class, 'user|author|poster|date|time', 'i')]",
                      namespaces={"re": "http://exslt.org/regular-expressions"})
POST_ITEM_MIN_CHARS = 200
# A forum that marks its posts with schema.org's microdata (NodeBB's <li itemtype="https://schema.org/Comment">) says
# so of each item, headed or not: its paragraphs are a post's, not one line of a list.
_POST_TYPES = ("/Comment", "Posting", "/Answer", "/Question")


# vBulletin 4 and XenForo set a post's own text in a <blockquote> ("postcontent", "messageText"): it is the post, not a
# quotation, and is parted into paragraphs by blank lines (<br><br>) like any post.
_POST_BODY_QUOTES = etree.XPath(
    "//blockquote[re:test(@class, '(^|\\s)(postcontent|post-content|messagetext|message-text|message-body)(\\s|$)',"
    " 'i')]", namespaces={"re": "http://exslt.org/regular-expressions"})


def posts_out_of_lists(root: Any) -> None:
    """A list whose items are posts (each with a heading or a quoted body) is read as the posts, not as a list; a
    forum post's text set in a blockquote is read as the post."""
    for body in _POST_BODY_QUOTES(root):
        body.tag = "div"
    lists: dict[Any, list[Any]] = {}
    typed: set[Any] = set()
    # each item's own parts are looked at once: an XPath of descendant tests took 9 times as long on 4 times the items
    for item in root.iter("li"):
        if item.get("itemtype", "").endswith(_POST_TYPES):
            typed.add(item.getparent())
        elif (next(item.iterdescendants(*_POST_PARTS), None) is None
              and not any(_MESSAGE_BOX.search(box.get("class", "")) for box in item.iterdescendants("div"))):
            continue
        parent = item.getparent()
        if parent is not None and parent.tag in ("ul", "ol"):
            lists.setdefault(parent, []).append(item)
    for listing, posts in lists.items():
        items = listing.findall("li")
        if (len(items) == len(posts) and any(len(squash(p.text_content())) >= POST_ITEM_MIN_CHARS for p in posts)
                and all(_POSTED(post) for post in posts)):
            listing.tag = "div"
            for item in items:
                # a typed thread's posts as boxes of one page: as <article>s, its first post alone was read
                item.tag = "div" if listing in typed else "article"
                _message_text_as_paragraphs(item)
                _reply_boxes_unnamed(item)


def _reply_boxes_unnamed(post: Any) -> None:
    """The classes of a post's reply box and of the boxes around it in its item taken off: the extractor drops a box
    named a reply's ("bbp-reply-content") or its author's (bbPress's topic post, "... topic-author post-2207 ...")."""
    for box in [box for box in post.iter("div") if _REPLY_BOX.search(box.get("class", ""))]:
        for part in itertools.chain((box,), itertools.takewhile(lambda up: up is not post, box.iterancestors())):
            part.attrib.pop("class", None)


def _message_text_as_paragraphs(post: Any) -> None:
    """A post's message set bare in its box (bbPress's "bbp-reply-content" in some themes, ProBoards' "message"),
    made paragraphs: the extractor dropped a list's posts of bare text, and ran a table's into one line with the
    post's date and its poster's rank."""
    for box in post.iter("div"):
        if _MESSAGE_BOX.search(box.get("class", "")):
            bare_text_as_paragraphs(box)


# A forum that sets each post in a row of one table, its text an <article> in a cell beside the poster's panel
# (ProBoards, a board's classic theme): the extractor took the first <article> for the page's article and read that
# post alone, or, when it was short, read the rest of the page's text after it (the first post twice, the board's menu
# between). The table is the thread: one <article> of boxes, each post's row its cell alone (the cell beside it is the
# poster's panel). A table of teasers, each an
# <article> headed by its link, stays as it is; so do posts whose text stands bare in boxes, no <p> (ProBoards): the
# extractor runs a table cell of bare boxes into one line, the post's date and its poster's rank with its text.
POST_ROWS_MIN = 2
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def table_posts_as_thread(root: Any) -> None:
    """Read a thread whose posts are <article>s in the rows of one table as one article, the table."""
    rows: dict[Any, list[tuple[Any, Any]]] = {}  # by table
    for post in root.iter("article"):
        cell = next(post.iterancestors("td", "th", "article"), None)
        row = cell.getparent() if cell is not None and cell.tag != "article" else None
        table = row.getparent() if row is not None and row.tag == "tr" else None
        table = table.getparent() if table is not None and table.tag in ("tbody", "thead", "tfoot") else table
        if table is not None and table.tag == "table":
            rows.setdefault(table, []).append((row, post))
    for thread, posts in rows.items():
        if (len(posts) < POST_ROWS_MIN or len({row for row, _ in posts}) < len(posts)
                or next(thread.iterancestors("article"), None) is not None
                or any(next(post.iterdescendants(*_HEADINGS), None) is not None for _, post in posts)):
            continue
        for _, post in posts:
            _message_text_as_paragraphs(post)
        if any(post.find(".//p") is None for _, post in posts):
            continue
        for row, post in posts:
            for cell in [cell for cell in row if cell.tag in ("td", "th") and post not in cell.iterdescendants()]:
                row.remove(cell)  # the poster's panel beside the post (name, rank, count of posts)
            post.tag = "div"
            post.attrib.pop("class", None)  # a class that names an article's body ("post-text") took it alone
        for part in thread.iter("thead", "tbody", "tfoot", "tr", "td", "th"):
            if next(part.iterancestors("table"), None) is thread:  # a table in a post stays one
                part.tag = "div"  # rows of posts, not a table of data: a short post's row was read as one line
                part.attrib.pop("class", None)  # and a cell's class ("post") took that cell alone for the article
        thread.tag = "article"


# Mastodon's page of a post (its web app, saved) sets the post in a "detailed-status" and the thread around it in
# "status" boxes, each under its poster's name linked to their account ("/@nia", "/@owen@fells.example"). The
# poster's own replies go on with the thread, and are its article; a reply from another account is a comment.
_STATUS_CLASS = re.compile(r"(?:^|\s)(?:detailed-)?status(?:$|\s)")
# The poster's link stands a few levels inside its status; a bounded look up keeps a deep page linear.
STATUS_NAME_LEVELS = 6


def drop_others_statuses(root: Any) -> None:
    """Take out the posts of a Mastodon thread's page that are not by the poster of its focused post."""
    posters: dict[Any, str] = {}
    for link in root.iter("a"):
        if "status__display-name" not in link.get("class", ""):
            continue
        status = next((box for box in itertools.islice(link.iterancestors("div", "article"), STATUS_NAME_LEVELS)
                       if _STATUS_CLASS.search(box.get("class", ""))), None)
        if status is not None:
            posters.setdefault(status, link.get("href", ""))
    owner = next((href for status, href in posters.items() if "detailed-status" in status.get("class", "").split()),
                 None)
    if not owner:
        return
    for status, href in posters.items():
        if href != owner and status.getparent() is not None:
            status.drop_tree()

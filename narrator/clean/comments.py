"""Readers' comments and a forum's furniture set in a page: on a thread's page its comments kept as the discussion's
paragraphs (the extractor drops anything named a comment); elsewhere each comment's header line, posts' signatures
and posters' cards, and comment sections a data attribute names, taken out."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash

# A forum post's furniture, named so by the forum's template: the signature under each post, and the card of its
# poster where the post names its poster again ("by gareth_k » ..." over phpBB's card of name, rank, "Posts: 14203",
# "Joined: ..."); a card that alone says who speaks (XenForo's userDetails) stays. Whole words of the class (a board's
# signature may be named in one word: FluxBB's and PunBB's "postsignature"; Kunena's card of name, rank, "Posts: 4"
# and "Thank you received: 0" is its "profilebox").
_POSTER_PARTS = frozenset({"signature", "post-signature", "postsignature", "message-signature", "postprofile",
                           "profilebox"})


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


# A list archive's message with the replies to it under a heading that counts them (HyperKitty's "<div
# class='thread-replies'><h2>3 replies</h2>"): the first reply was read as the message's last paragraph. The box so
# named and so headed, when it holds little of the page's prose.
_REPLY_BOXES = etree.XPath("//*[contains(@class, 'replies')][.//h2 or .//h3 or .//h4]")
_REPLY_BOX = re.compile(r"(?i)(?:^|[\s_-])replies(?:$|[\s_-])")
_REPLIES_HEAD = re.compile(r"(?i)(?:\d{1,6}\s+repl(?:y|ies)|repl(?:y|ies)(?:\s*\(\d{1,6}\))?)")


def drop_reply_boxes(root: Any) -> None:
    """Take out a box of replies its class names so, headed by their count, when most of the page's prose is
    elsewhere."""
    boxes = [box for box in _REPLY_BOXES(root) if _REPLY_BOX.search(box.get("class", ""))]
    if not boxes:
        return
    prose = sum(len(p.text_content()) for p in root.iter("p"))
    for box in boxes:
        heading = next(box.iter("h2", "h3", "h4"), None)
        if box.getparent() is None or heading is None or not _REPLIES_HEAD.fullmatch(squash(heading.text_content())):
            continue
        if sum(len(p.text_content()) for p in box.iter("p")) <= COMMENTS_PROSE_SHARE * prose:
            box.drop_tree()


# A link site's or a forum's thread (Lobsters, Tildes): a short post, then readers' comments that are the rest of the
# discussion, each with its poster's profile link and a <time>. The extractor drops anything named a comment, so the
# thread lost all but its post; on a story's page the comments are left to it, as its prose is long.
_COMMENT_NAME = re.compile(r"(?i)comment")
# GitHub's timeline (issues, discussions) stamps each comment with a <relative-time>, names its box
# "timeline-comment" and links its poster as <a class="author" href="/name">; Invision Community names every post of a
# topic, the first too, "ipsComment".
_TIME_ELEMENTS = etree.XPath("//time | //relative-time")  # each comment has one: found from them, as a walk of every
# element cost 1%
_OWN_TIMES = etree.XPath(".//time | .//relative-time")
_COMMENT_CLASS = re.compile(r"(?i)(?:^|\s)(?:timeline-|ips)?comment(?:\s|$)")
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


# A platform's box of readers' comments whose class names it so after its own prefix (Khoros's
# "lia-component-comments", a theme's "post-comments"): the extractor drops a box whose class starts with "comment",
# and this one's comments were read as the post's last paragraphs. The box is the comments' only where it opens on
# a heading that counts them or names them ("2 Comments", "Comments (2)", "Comments"); a thread's comments, kept as its
# discussion, were renamed before (comments_as_thread).
_SUFFIX_NAMED = etree.XPath("//*[self::div or self::section][contains(@class, 'omments') or contains(@id, 'omments')]")
_COMMENTS_SUFFIX = re.compile(r"(?i)(?:^|\s)[\w-]*[a-z][_-]comments(?:$|\s)")
_COMMENTS_HEAD = re.compile(r"(?i)(?:\d[\d,]{0,8}\s+)?comments?(?:\s*\(\d[\d,]{0,8}\))?")
# The box's first heading or paragraph: a wrapper of the post and its comments opens on the post's.
_FIRST_HEADING = etree.XPath("(.//p | .//h1 | .//h2 | .//h3 | .//h4)[1]")


def drop_suffix_named_comments(root: Any) -> None:
    """Take out a box of readers' comments its class names after a prefix and its first heading names or counts."""
    for box in _SUFFIX_NAMED(root):
        if box.getparent() is None or not any(_COMMENTS_SUFFIX.search(box.get(key) or "") for key in ("class", "id")):
            continue
        heading = _FIRST_HEADING(box)
        if heading and heading[0].tag != "p" and _COMMENTS_HEAD.fullmatch(squash(heading[0].text_content())):
            box.drop_tree()


# A code host's or a forum's badge of the poster's role beside a comment (GitLab's "note-role user-access-role",
# GitHub's "timeline-comment-label", Discourse's "user-title"): "Maintainer" was read glued to the comment it sits
# beside ("MaintainerConfirmed, ..."). A badge is one role's word, in an element the template names for it.
_ROLE_BADGES = etree.XPath("//span[contains(@class, 'role') or contains(@class, 'comment-label')"
                           " or contains(@class, 'association')]")
# A course's pages badge a poster by their part in it (Canvas's "Author" | "Teacher" beside the name).
_ROLES = frozenset({"owner", "maintainer", "member", "contributor", "collaborator", "author", "developer", "reporter",
                    "guest", "planner", "admin", "administrator", "moderator", "staff", "first-time contributor",
                    "teacher", "instructor", "student", "ta", "teaching assistant", "observer", "designer"})


# A community's rank under a poster's name, in an element its class names the author's or user's rank (Khoros's
# "lia-message-author-rank": "Community Manager", read as more of the byline, "Ellie W Community Manager"). Ranks are
# the site's own words, so the class is the evidence, and a rank is a few words.
_RANK_BADGES = etree.XPath("//*[contains(@class, '-rank')]")
_RANK_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:author|user|poster|member|profile)[_-]rank(?:$|\s)")
RANK_WORDS = 4


def drop_role_badges(root: Any) -> None:
    """Take out the badges that name a commenter's role or rank on the site (before the byline is looked for: beside
    the poster's name they were read as more of it, "Nkechi Adeyemi Author and Teacher")."""
    for badge in _ROLE_BADGES(root):
        if badge.getparent() is not None and squash(badge.text_content()).lower() in _ROLES:
            badge.drop_tree()
    for badge in _RANK_BADGES(root):
        if (badge.getparent() is not None and _RANK_CLASS.search(badge.get("class", ""))
                and 0 < len(badge.text_content().split()) <= RANK_WORDS):
            badge.drop_tree()

"""HTML to Document: trafilatura finds the main content, our rules tidy its structure."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Any

from lxml import etree

from narrator.clean.aggregators import aggregator_item_as_article
from narrator.clean.articlecomments import drop_comments_in_article
from narrator.clean.bylines import authors_from, is_byline_line
from narrator.clean.calendars import drop_calendar_boxes
from narrator.clean.cards import MIN_CARDS, cards_as_boxes
from narrator.clean.comments import (
    comments_as_thread,
    drop_comment_headers,
    drop_data_named_comments,
    drop_poster_furniture,
    drop_reply_boxes,
    drop_role_badges,
    drop_suffix_named_comments,
)
from narrator.clean.common import MONTH_NAMES, comparable, has_article, parse_date, squash
from narrator.clean.consentbanners import drop_cookie_notices
from narrator.clean.declared import (
    MIN_DECLARED_WORDS,
    description_body,
    has_paragraphs,
    prefer_declared,
    same_article,
    with_declared_rest,
)
from narrator.clean.extract import extract_blocks, link_texts, link_words
from narrator.clean.figures import figures_as_paragraphs
from narrator.clean.footnotes import bracket_note_marks, drop_endnote_lists, notes_after_paragraphs
from narrator.clean.formulas import formulas_as_tex
from narrator.clean.forumcards import drop_poster_cards
from narrator.clean.htmldates import drop_capture_header
from narrator.clean.htmlmeta import article_body, page_metadata
from narrator.clean.htmlparse import framed_document, parse_html, shrink
from narrator.clean.htmltitle import HEADLINES, SEPARATOR, site_logo_names
from narrator.clean.inlines import ruby_as_read, space_after_labels
from narrator.clean.lines import make_line
from narrator.clean.listarchive import drop_quoted_messages, tidy_list_message
from narrator.clean.mottos import drop_kickers, drop_site_mottos
from narrator.clean.pagestate import state_articles, titled_state_story
from narrator.clean.platforms import (
    drop_closing_asks,
    drop_closing_callouts,
    drop_community_sidebars,
    drop_guest_boxes,
    drop_others_statuses,
    drop_sources_boxes,
    headed_buttons_as_text,
    posts_out_of_lists,
    table_posts_as_thread,
    without_edit_marks,
    without_sender_line,
)
from narrator.clean.proceedings import volume_day
from narrator.clean.prune import drop_boilerplate_blocks, drop_prompts, prune_tree, split_dek
from narrator.clean.rescue import (
    rescue_paragraphs,
    restore_corrections,
    restore_entry_headings,
    restore_key_points,
    restore_section_headings,
    restore_structure,
)
from narrator.clean.roles import roles_restored
from narrator.clean.runins import lines_apart, paragraph_runs, paragraphs_apart
from narrator.clean.saved import tidy_mail, tidy_saved_document
from narrator.clean.sections import (
    admonition_titles_as_headings,
    bbcode_headings_as_headings,
    builder_blocks_as_markup,
    dated_entries_as_sections,
    tab_labels_as_headings,
)
from narrator.clean.standfirst import find_standfirst, labelled_summary, without_standfirst
from narrator.clean.stayfacts import drop_listing_labels, drop_stay_facts
from narrator.clean.stylesheets import drop_stylesheet_hidden_lines
from narrator.clean.templates import (
    drop_address_lines,
    drop_amp_ads,
    drop_asking_boxes,
    drop_author_boxes,
    drop_author_cards,
    drop_contents_titles,
    drop_edit_links,
    drop_email_buttons,
    drop_email_furniture,
    drop_embed_placeholders,
    drop_link_cards,
    drop_marked_furniture,
    drop_neighbour_links,
    drop_notebook_output,
    drop_permalinks,
    drop_skip_links,
)
from narrator.clean.widgets import drop_buttons, drop_interface_pieces
from narrator.config import CleanSettings
from narrator.model import Block, BlockKind, Metadata


def _writers_own(blocks: list[Block], link_words: frozenset[str]) -> bool:
    """A short article of the writer's: text, most of whose words no link on the page says (a listing's text is
    its links: headlines, "Read more", a menu run into them)."""
    words = [word for b in blocks if b.kind is not BlockKind.HEADING for word in comparable(b.text).split()]
    linked = sum(1 for word in words if word in link_words)
    return bool(words) and linked * 2 < len(words)

# An unmarked byline among the article's first blocks ("<p>By Raj Patel | 4 May 2025</p>"), which the body drops as
# furniture: it names the authors and the day when the page's markup does not.
BYLINE_BLOCKS = 3
BYLINE_WORDS = 12


def _with_byline_block(meta: Metadata, blocks: list[Block]) -> Metadata:
    """The metadata, with the authors and date it lacks taken from a byline paragraph at the top of the article; a
    byline naming the authors the page's markup or a post's line gave still gives its date ("By Raj Patel | 4 May
    2025", whose name the post-line rule of htmlauthors found first)."""
    if meta.authors and meta.published:
        return meta
    for block in blocks[:BYLINE_BLOCKS]:
        line = make_line(0, block.text, 0)
        if block.kind is not BlockKind.HEADING and is_byline_line(line, BYLINE_WORDS) and (
                names := authors_from(line)):
            if meta.authors and {n.casefold() for n in names} != {n.casefold() for n in meta.authors}:
                return meta
            return replace(meta, authors=meta.authors or names, published=meta.published or parse_date(block.text))
    return meta


def _in_marked_article(root: Any, blocks: list[Block]) -> bool:
    """Every block's text lies in an element the page marks as its article (<article>, <main>, role="main"): a bare
    page of two short lines is as often a server's or a gate's notice ("403 Forbidden", "Checking your browser")."""
    marked = [comparable(" ".join(part.itertext())) for part in root.xpath("//article | //main | //*[@role='main']")]
    return bool(marked) and all(any(comparable(b.text) in text for text in marked) for b in blocks)

# A reply's subject in a thread: the topic's title after "Re:" (German "AW:", Nordic "SV:", Dutch "Antw:").
_REPLY_PREFIX = re.compile(r"(?i)^(?:re|aw|sv|antw|r)\s*(?:\[\d+\])?\s*:\s*")


def _without_reply_subjects(blocks: list[Block], title: str) -> list[Block]:
    """The blocks without a heading that is the title as a reply's subject ("Re: Rust on a cast iron pan"): each
    post of a forum's thread is headed so, and it was read over every reply; nor a post's head line of its subject and
    its stamp alone ("Re: Ewe lame on a back foot 11/27/26 08:15 PM", UBB.threads')."""
    said = comparable(title)
    return [b for b in blocks if not (_REPLY_PREFIX.match(b.text) and comparable(_REPLY_PREFIX.sub("", b.text)) == said
                                      and (b.kind is BlockKind.HEADING or _in_a_thread(b.text, blocks)))
            and not _is_subject_and_stamp(b.text, title) and not _is_forum_stamp(b.text, said)]


def _in_a_thread(subject: str, blocks: list[Block]) -> bool:
    """A reply's subject set as a paragraph over each post: it heads two posts or more (SMF 1.1's, a table's cells)."""
    return sum(1 for b in blocks if b.text == subject) >= REPLY_SUBJECTS_MIN


REPLY_SUBJECTS_MIN = 2
# A post's stamp in an old forum's template, its subject before it or not: SMF 1.1's and YaBB's "« Reply #1 on:
# October 14, 2026, 09:05:41 PM »", phpBB 2's "Posted: Sat Nov 28, 2026 5:41 pm Post subject: Grayling in December".
_FORUM_STAMP = re.compile(r"(?i)(?:(.{1,200}?)\s+)?«\s*(?:reply\s*#\s*\d+\s+)?on:?\s+([^«»]{4,60}?)\s*»"
                          r"|posted:\s+(.{4,60}?)\s+post\s+subject:\s*(.{0,200}?)")


def _is_forum_stamp(text: str, title: str) -> bool:
    """A post's stamp alone, or after (or before) the post's subject, the title or a reply to it."""
    if "«" not in text and not text.startswith("Posted:"):
        return False
    found = _FORUM_STAMP.fullmatch(text.rstrip(". "))
    if found is None or not parse_date(found.group(2) or found.group(3)):
        return False
    subject = found.group(1) or found.group(4) or ""
    return not subject or comparable(_REPLY_PREFIX.sub("", subject)) == title


# A forum poster's card beside each post, a list of a few words an item: their rank and their count of posts (SMF's
# '<ul class="user_info"><li>Full Member</li><li>Posts: 142</li></ul>'), read between the posts. A list whose items
# say more is the post's own ("Posts: the oak ones cost four pounds each").
_CARD_COUNT = re.compile(r"(?i)^(?:posts|messages|karma|reputation|joined|registered)\s*:\s*[\d,.]+$")
CARD_ITEM_WORDS = 3


def _without_poster_cards(blocks: list[Block]) -> list[Block]:
    """The blocks without a run of list items of a few words each, one of them a poster's count of posts."""
    if not any(b.kind is BlockKind.LIST_ITEM and _CARD_COUNT.match(b.text) for b in blocks):
        return blocks
    kept: list[Block] = []
    run: list[Block] = []
    for block in [*blocks, Block(BlockKind.PARAGRAPH, "")]:
        if block.kind is BlockKind.LIST_ITEM:
            run.append(block)
            continue
        if not (any(_CARD_COUNT.match(item.text) for item in run)
                and all(len(item.text.split()) <= CARD_ITEM_WORDS for item in run)):
            kept += run
        run = []
        kept.append(block)
    return kept[:-1]


def _is_subject_and_stamp(text: str, title: str) -> bool:
    """The title, as a reply's subject or not, then a post's stamp and nothing else."""
    if not title or (not any(c.isdigit() for c in text[-4:]) and not text.endswith(("M", "m"))):
        return False
    subject = _REPLY_PREFIX.sub("", text)
    if not subject.startswith(title) or len(subject) == len(title) or not subject[len(title)].isspace():
        return False
    stamp = subject[len(title):]
    return bool((_YEAR.search(stamp) or _CLOCK.search(stamp) or _SHORT_DAY.search(stamp))
                and not re.sub(r"[\W_]+", "", _STAMP_WORDS.sub(" ", stamp)))


_SHORT_DAY = re.compile(r"\b\d{1,2}/\d{1,2}/\d\d\b")


def _without_title(blocks: list[Block], meta: Metadata) -> list[Block]:
    """The blocks without a heading that repeats the title."""
    title = comparable(meta.title)
    return [b for b in blocks if not (b.kind is BlockKind.HEADING and comparable(b.text) == title)]


# A link aggregator's post line: its title again with where it leads in brackets ("... three things
# (self.vintagesewing)", "... (example.com)"), and who posted it, its time an element the extractor left out
# ("submitted by threadbare_tom"). The title and the byline are said in the intro.
POST_LINES = 4
_SOURCE_AFTER = re.compile(r"\s*\((?:self\.)?[\w.-]+\)$")
_POSTED_BY = re.compile(r"(?i)^(?:submitted|posted|shared)\b.{0,40}?\bby\s+(?:u/)?(\S+)$")
# A post's stamp naming its day, then its poster: "Posted on Sunday 8 November 2026 by The Revd Mary Dunn".
_POSTED_ON_BY = re.compile(r"(?i)^(?:posted|published|submitted|written)\s+(?:on\s+)?(.{4,40}?)\s+by\s+(.{3,60}?)\.?$")


# A stamp line: when a story was published or updated and nothing else ("PUBLISHED: October 8, 2024 at 6:15 PM EDT |
# UPDATED: October 9, 2024 at 7:02 AM EDT"). Its words are these, a date's and a clock's; a year says it is a date, and
# a clock says it is a time (a live blog's entry, "Updated at 11.52 GMT", is stamped with the time of day alone).
_STAMP_WORDS = re.compile(
    rf"(?i)\b(?:published|updated|posted|modified|submitted|edited|last|first|on|at|{MONTH_NAMES}|(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day|(?:mon|tue|wed|thu|thur|fri|sat|sun)|\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?|noon|[ecmp][sd]t|gmt|utc|bst"
    r"|cet|cest|jst|ist|aest)\b\.?")
_STAMP_LABEL = re.compile(r"(?i)\b(?:published|updated|posted|modified|submitted)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


# A stamp's label left alone, its day in an element the extractor dropped as a date (the Canadian government's "<dt>Date
# modified:</dt><dd><time>2026-06-18</time></dd>").
_STAMP_LABEL_ALONE = re.compile(r"(?i)(?:date\s+)?(?:last\s+)?(?:published|updated|posted|modified|reviewed)"
                                r"(?:\s+on)?\s*:")


# A notice's reference run into the label ("FSA-PRIN-44-2026 Last updated:", a recall's code over its stamp, each a
# paragraph of the notice's header): capitals and digits in parts, a digit among them.
_REFERENCE = re.compile(r"[A-Z][A-Z\d]{0,10}(?:[-/][A-Z\d]{1,10}){1,6}\s+")


# A section's name set before the stamp on its line ("Journal · Published Nov 4, 2026", a site builder's post): a
# word or two and a separator.
_SECTION_BEFORE = re.compile(r"^[^\W\d_][\w&'’]*(?: [^\W\d_][\w&'’]*)? [·|•—–-] (?=\S)")


def _is_stamp_line(text: str) -> bool:
    """True for a line that only says when the story was published or updated, or only its label (after a notice's
    reference), after the name of its section or not."""
    if (section := _SECTION_BEFORE.match(text)) is not None:
        text = text[section.end():]
    if text.endswith(":"):
        label = text.strip()
        if (reference := _REFERENCE.match(label)) is not None and any(c.isdigit() for c in reference.group()):
            label = label[reference.end():]
        if _STAMP_LABEL_ALONE.fullmatch(label):
            return True
    return bool(_STAMP_LABEL.search(text) and (_YEAR.search(text) or _CLOCK.search(text))
                and not re.sub(r"[\W_]+", "", _STAMP_WORDS.sub(" ", text)))


def _stamped_day(blocks: list[Block]) -> str | None:
    """The day a stamp line near the top gives ("Modified on: Thu, 19 Nov, 2026 at 3:12 PM", a help centre's only
    date, in an element no class names a date's), for a page whose markup declares none."""
    for block in blocks[:POST_LINES]:
        if block.kind is BlockKind.PARAGRAPH and _is_stamp_line(block.text) and (day := parse_date(block.text)):
            return day
        if block.kind is BlockKind.PARAGRAPH and (said := volume_day(block.text)) and (day := parse_date(said)):
            return day
    return None


def _is_day_alone(text: str) -> bool:
    """True for a line that says only a day ("Sunday, April 12, 2026", "12th April 2026")."""
    return bool(_YEAR.search(text)) and not re.sub(r"[\W_]+", "", _STAMP_WORDS.sub(" ", text))


def _without_day_heading(blocks: list[Block], meta: Metadata) -> list[Block]:
    """The blocks without a heading of the page's day alone opening them: a blog's day over its entry's title
    (FlatPress's <h3 class="date">, a date header), read as the article's first heading. A diary's days, each heading
    its entry, stay."""
    if (not blocks or blocks[0].kind is not BlockKind.HEADING or not meta.published
            or not _is_day_alone(blocks[0].text) or (parse_date(blocks[0].text) or "")[:10] != meta.published[:10]):
        return blocks
    if any(b.kind is BlockKind.HEADING and _is_day_alone(b.text) for b in blocks[1:]):
        return blocks
    return blocks[1:]


def _without_post_lines(blocks: list[Block], meta: Metadata) -> list[Block]:
    """The blocks without a post's title line with its source, or its poster's line, near the top, or a line that
    only stamps the story's times."""
    blocks = _without_day_heading(blocks, meta)
    # a parliament's record's volume line over its debate ("Volume 771: debated on Tuesday 10 November 2026", as the
    # text path's proceedings has it): its day, and no speech
    kept = [b for n, b in enumerate(blocks) if (n >= POST_LINES or not (_is_post_line(b.text, meta)
                                                                       or volume_day(b.text)))
            and not (b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and _is_stamp_line(b.text))]
    if len(kept) < len(blocks):
        while len(kept) > 1 and kept[-1].kind is BlockKind.HEADING:
            kept.pop()  # a heading over the stamp alone now heads nothing, as the cleaner drops one ("Contacts")
    return kept


# A feature's credits under its headline, each craft and who did it ("Words by Owen Tremayne · Photographs by Lise
# Marten", "Text and photos by Ana Ruiz"): the byline, set out by craft. Read, it said the author again.
_CREDIT_PART = re.compile(r"(?i)(?:words|text|story|writing|reporting|interview|photos?|photographs?|photography"
                          r"|pictures|images|illustrations?|video|film|graphics|design)"
                          r"(?: (?:and|&) [a-z]+)? by ([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3})")
CREDITS_MAX_CHARS = 160
_CREDIT_SEPARATORS = re.compile(r"\s*[·•|;/,]\s*|\s+[-–—]\s+")


def _is_credits_line(text: str, authors: set[str]) -> bool:
    """A line of crafts and who did them, naming the author."""
    if len(text) > CREDITS_MAX_CHARS or " by " not in text.lower():
        return False
    parts = [part for part in _CREDIT_SEPARATORS.split(text.strip()) if part]
    found = [_CREDIT_PART.fullmatch(part) for part in parts]
    return all(found) and any(comparable(m.group(1)) in authors for m in found if m is not None)


# A trail back to the home page set as a line over the story, its last part the story's title: SPIP's "Home > News >
# The twinning visit to Saint-Aubin", UBB.threads' "Hill Farmers Exchange » Sheep » Ewe lame on a back foot".
# (each led by what ends a run of spaces: a long run is tried once, not from each of its places)
_TRAIL_STEP = re.compile(r"(?<!\s)\s+[>›»]\s+")
TRAIL_STEPS = 3
TRAIL_STEP_WORDS = 12
# The post's day line with its writer's name taken out as the byline ("Wednesday 18 November 2026, by Agnès Moreau",
# SPIP's): the day and a "by" left hanging.
_HANGING_BY = re.compile(r"(?i)(?<![\s,])[\s,]+by$")


def _is_trail_or_day(text: str, meta: Metadata) -> bool:
    """A trail line ending on the title, or the page's day with a byline's "by" left after it."""
    if ">" in text or "›" in text or "»" in text:
        steps = _TRAIL_STEP.split(text.rstrip(". "))
        return (len(steps) >= TRAIL_STEPS and comparable(steps[-1]) == comparable(meta.title)
                and all(0 < len(step.split()) <= TRAIL_STEP_WORDS for step in steps))
    if text.endswith(("by", "By")) and meta.published and (hanging := _HANGING_BY.search(text)) is not None:
        day = text[:hanging.start()]
        return _is_day_alone(day) and parse_date(day) == meta.published[:10]
    return False


def _is_post_line(text: str, meta: Metadata) -> bool:
    """The post's title with its source in brackets, a line of who posted it that names the author, or the credits
    that name them, or a trail ending on its title, or its day with a byline's "by" left after it."""
    if _is_trail_or_day(text, meta):
        return True
    authors = {comparable(author) for author in meta.authors}
    if (dated := _POSTED_ON_BY.match(text)) is not None and parse_date(dated.group(1)):
        return comparable(dated.group(2)) in authors
    if (posted := _POSTED_BY.match(text)) is not None:
        return comparable(posted.group(1)) in authors
    if _is_credits_line(text, authors):
        return True
    bare = _SOURCE_AFTER.sub("", text)
    return bare != text and comparable(bare) == comparable(meta.title)


# A social post's page titled by its site's name alone ("Pixelfed", Pixelfed's embed; "Vernissage"), no heading: its
# poster's "Follow" control stands over it. A site's home page titled by its name has no such control, and keeps it.
_FOLLOW_CONTROLS = etree.XPath("(//a | //button)[normalize-space() = 'Follow']")
_FIRST_SENTENCE = re.compile(r"[^.!?]{10,200}[.!?](?=\s+[A-Z\"“‘'])")


def _post_titled_by_site(root: Any, title: str) -> bool:
    """True when the page's title is its site's name (og:site_name, its logo's alt text), it shows no headline, and a
    poster's "Follow" control stands on it."""
    named = comparable(title)
    return (bool(named) and named in ({comparable(_meta_content(root, "og:site_name"))} | site_logo_names(root))
            and not HEADLINES(root) and bool(_FOLLOW_CONTROLS(root)))


def _first_sentence_as_title(meta: Metadata, blocks: list[Block]) -> tuple[Metadata, list[Block]]:
    """The post's first sentence as its title, the rest of its first paragraph read after it."""
    first = _FIRST_SENTENCE.match(blocks[0].text)
    if first is None:
        return replace(meta, title=blocks[0].text), blocks[1:] or blocks
    rest = blocks[0].text[first.end():].strip()
    return replace(meta, title=first.group()), [Block(BlockKind.PARAGRAPH, rest), *blocks[1:]]


def _site_name(root: Any, title: str) -> str:
    """The site's declared name (og:site_name), or what its <title> sets beside the headline ("Headline - Site",
    "Site | Headline"), or nothing."""
    if declared := _meta_content(root, "og:site_name"):
        return declared
    page_title = squash(" ".join(root.xpath("//title/text()")[:1]))
    if not title or len(title) >= len(page_title):
        return ""
    if page_title.startswith(title):
        after = SEPARATOR.match(page_title, len(title))  # anchored: a search for a separator's run rescanned spaces
        return page_title[after.end():] if after else ""
    if page_title.endswith(title):  # the part before, read backwards, opens on the separator
        before = SEPARATOR.match(page_title[len(page_title) - len(title) - 1::-1])
        return page_title[:len(page_title) - len(title) - before.end()] if before else ""
    return ""


def _meta_content(root: Any, name: str) -> str:
    """The content of the page's first <meta> of that property, or nothing."""
    values = root.xpath("//meta[@property=$name]/@content", name=name)
    return squash(html.unescape(values[0])) if values else ""


def read_html(text: str, settings: CleanSettings, fallback_title: str,
              url: str | None) -> tuple[Metadata, list[Block], bool]:
    """Metadata and body blocks of an HTML page, and whether they are a short article of the writer's own (read
    whole: any words are an article)."""
    root = parse_html(shrink(text))
    if root is None:
        return Metadata(title=fallback_title), [], False
    if "srcdoc" in text and (framed := framed_document(root)) is not None:
        return read_html(framed, settings, fallback_title, url)  # the article is the document its frame carries
    drop_permalinks(root)
    if "none" in text and "<style" in text:  # a cheap first look: a rule that hides a class
        drop_stylesheet_hidden_lines(root)
    if "fatitem" in text:  # a cheap first look: the aggregator's own class name
        aggregator_item_as_article(root)  # before the metadata: the item's poster and day are declared
    drop_guest_boxes(root)  # before the metadata: a guest's name in a guest book is no byline, nor a forum's founder
    drop_community_sidebars(root)
    if "alendar" in text:  # a cheap first look: a class or id naming a calendar
        drop_calendar_boxes(root)
    if "status__display-name" in text:  # a cheap first look: Mastodon's own class name
        drop_others_statuses(root)
    saved = tidy_saved_document(root, text)
    drop_role_badges(root)
    meta = page_metadata(root, fallback_title, url)
    if saved is not None:
        meta = replace(meta, title=saved.title or meta.title, published=meta.published or saved.published,
                       authors=meta.authors or ((saved.author,) if saved.author else ()))
    if (mail := tidy_mail(root, text)) is not None:  # a message's own header names it, its sender and its day
        meta = replace(meta, title=mail.subject or meta.title,
                       authors=meta.authors or ((mail.sender,) if mail.sender else ()),
                       published=meta.published or (parse_date(mail.sent) if mail.sent else None))
    if (archived := tidy_list_message(root)) is not None:  # a list archive's message: its subject, sender and day
        sender = (archived.sender,) if archived.sender else ()
        meta = replace(meta, title=archived.subject or meta.title, authors=meta.authors or sender,
                       published=meta.published or archived.sent)
    # looked at before the page's buttons go ("Follow"), a cheap first look first
    site_titled_post = "Follow<" in text and _post_titled_by_site(root, meta.title)
    declared = article_body(root)
    state = [] if declared else state_articles(root)
    roles_restored(root, text)
    if any(said in text for said in ("wrote", "schrieb", "crit", "escribi", "scritto")):  # a cheap first look
        drop_quoted_messages(root)
    formulas_as_tex(root)
    ruby_as_read(root)
    space_after_labels(root)
    bracket_note_marks(root)
    drop_capture_header(root)
    if "ookie" in text:  # a cheap first look
        drop_cookie_notices(root)
    drop_interface_pieces(root, text)
    drop_marked_furniture(root)
    drop_asking_boxes(root)
    drop_closing_asks(root)
    if "callout" in text:  # a cheap first look
        drop_closing_callouts(root)
    headed_buttons_as_text(root)
    if "<button" in text:  # a cheap first look
        drop_sources_boxes(root)
    drop_contents_titles(root)
    drop_edit_links(root)
    drop_skip_links(root)
    dated_entries_as_sections(root)
    drop_email_furniture(root)
    if "<table" in text:  # a cheap first look
        drop_email_buttons(root)
    drop_address_lines(root)
    drop_amp_ads(root)
    drop_embed_placeholders(root)
    drop_notebook_output(root)
    drop_neighbour_links(root)
    drop_link_cards(root)
    drop_author_boxes(root, meta.authors)
    drop_author_cards(root, meta.authors)
    drop_poster_furniture(root)
    drop_site_mottos(root)
    drop_kickers(root)
    drop_comment_headers(root)
    drop_data_named_comments(root)
    drop_reply_boxes(root)
    comments_as_thread(root)
    drop_suffix_named_comments(root)
    drop_comments_in_article(root)  # after: a thread's comments are its discussion, renamed so
    posts_out_of_lists(root)
    if "<article" in text and "<td" in text:  # a cheap first look
        table_posts_as_thread(root)
    if "osts:" in text or "essages:" in text:  # a cheap first look: a poster's count of posts
        drop_poster_cards(root)
    if text.count("<article") >= MIN_CARDS:
        cards_as_boxes(root)
    admonition_titles_as_headings(root)
    if "bb_h" in text:  # a cheap first look: the BBCode renderer's own class name
        bbcode_headings_as_headings(root)
    if "t-rec" in text:
        builder_blocks_as_markup(root)
    tab_labels_as_headings(root)
    drop_endnote_lists(root)
    notes_after_paragraphs(root)
    drop_buttons(root, text)  # after the boxes that ask: their button shows them
    prune_tree(root, settings.exclude_selectors)
    figures_as_paragraphs(root)
    runs = paragraph_runs(root)
    extracted = extract_blocks(root, meta.url, announce_code=settings.code_blocks == "announce")
    extracted = paragraphs_apart(runs, extracted)
    declared = declared or next((c for c in state if same_article(c, extracted)), None)
    state_standfirst, described = None, False
    if declared is None and not has_paragraphs(extracted):
        # nothing in the markup: the story in the page's data, or the post a status page puts whole in its description
        if (story := titled_state_story(root, meta.title)) is not None:
            declared, state_standfirst = story.body, story.standfirst
            meta = meta if meta.authors or story.author is None else replace(meta, authors=(story.author,))
            meta = replace(meta, published=meta.published or story.published)
        else:
            declared = description_body(meta.description, meta.title, _meta_content(root, "profile:username"))
            described = declared is not None  # a post page's description is its post, however short
    meta = _with_byline_block(meta, extracted)
    rescued = restore_structure(root, rescue_paragraphs(root, extracted))
    rescued = restore_key_points(root, restore_section_headings(root, restore_entry_headings(root, rescued)))
    rescued = restore_corrections(root, rescued)
    preferred = prefer_declared(with_declared_rest(rescued, declared), declared, 1 if described else MIN_DECLARED_WORDS)
    blocks = _without_poster_cards(_without_reply_subjects(drop_boilerplate_blocks(preferred, meta), meta.title))
    if meta.published is None and (stamped := _stamped_day(blocks)):
        meta = replace(meta, published=stamped)
    blocks = _without_post_lines(blocks, meta)
    if any("leeps " in b.text for b in blocks):  # a cheap first look: a holiday let's "Sleeps 6"
        blocks = drop_stay_facts(blocks)
    blocks = drop_listing_labels(blocks)
    blocks = without_sender_line(without_edit_marks(blocks), _site_name(root, meta.title))
    own = False
    if not has_article(blocks):
        # Too short to be sure of as a page's article: short lines are read when the page's own text holds them,
        # not its links (a note of two words, steps, a list, verse), in the part it marks as its article; only
        # prompts, notices and links are left out.
        links = link_texts(root)
        gentle = drop_prompts([b for b in preferred if comparable(b.text) not in links])
        if _writers_own(gentle, link_words(links)) and _in_marked_article(root, gentle):
            blocks, own = lines_apart(root, _without_title(gentle, meta)), True
    if site_titled_post and blocks and blocks[0].kind is BlockKind.PARAGRAPH:
        meta, blocks = _first_sentence_as_title(meta, blocks)
    if meta.title == fallback_title and blocks and blocks[0].kind is BlockKind.HEADING:
        # no <title> and no <h1> (a saved post's fragment): its first heading names it, not the file
        meta, blocks = replace(meta, title=blocks[0].text), blocks[1:]
    if mail is not None and mail.note and blocks and not any(b.text == mail.note[0] for b in blocks):
        # the forwarder's own lines over the message they sent on, which the extractor left beside it
        blocks = [Block(BlockKind.PARAGRAPH, line) for line in mail.note] + blocks
    dek, blocks = split_dek(blocks)
    standfirst = find_standfirst(root, meta, blocks) or dek or state_standfirst or labelled_summary(root, meta, blocks)
    if standfirst:
        meta = replace(meta, standfirst=standfirst)
        blocks = without_standfirst(blocks, standfirst)
    return meta, blocks, own

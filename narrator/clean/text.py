"""Plain text and scraped full-page text dumps to Document.

Text with no sign of a page around it is the user's own and is read whole (owntext.py).
A page dump is the article surrounded by menus, prompts and sidebars. The article is the densest run
of prose lines; its title, byline and date sit just above it; prompts, captions and teaser cards
inside it are dropped by what they look like, never by what site they come from.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace

from narrator.clean.agendaitems import agenda_item
from narrator.clean.articleend import before_closing_notice, before_paywall, exposure_line, leads_a_prompt, natural_tail
from narrator.clean.backmatter import cut_closing_matter, is_bio
from narrator.clean.bylines import BYLINE_WORDS, authors_from, before_next_post, is_byline_line, with_post_footer
from narrator.clean.common import code_announcement, has_article, parse_date, squash
from narrator.clean.consentbanners import without_consent_banner
from narrator.clean.datedtitles import dated_title_over_byline
from narrator.clean.deathnotices import notice_name
from narrator.clean.eventdetails import event_details_after
from narrator.clean.fictionheads import before_end_notes, chapter_over_text, chapter_text_start, fiction_work
from narrator.clean.inserts import (
    is_caption,
    is_listing,
    is_player_control,
    slideshow_lines,
)
from narrator.clean.jobdetails import job_details_after
from narrator.clean.language import language_line, plainly_not_english
from narrator.clean.lines import (
    Line,
    is_widget_label,
    make_line,
    reads_as_advice,
)
from narrator.clean.livepages import read_live_page
from narrator.clean.mailfooters import without_mail_furniture
from narrator.clean.marketplace import PRICE_ALONE, listing_lead
from narrator.clean.namedecks import past_name_and_deck, past_summary_and_byline, summary_over_contents
from narrator.clean.owntext import pasted_email, read_own_text
from narrator.clean.pagedates import dates_the_page
from narrator.clean.pagedump import is_page_dump
from narrator.clean.pageend import (
    answers_after,
    asks_again,
    before_author_box,
    before_comments,
    before_donations,
    before_letters_note,
    before_reactions,
    before_submission_box,
    comments_after,
    last_entry_after,
    lines_before_the_close,
    listed_after,
    notes_after,
    points_after,
    question_above_answers,
    signature,
    signed_as_the_others,
    signed_by_reader,
    signed_with_post,
    signed_with_title,
    team_sheets,
    without_chapters,
    without_writers_note,
)
from narrator.clean.pagestart import (
    FIELDS_MIN,
    a_records_fields,
    fields_from,
    first_entry_time,
    first_speaker,
    flair_under_question,
    key_points,
    sentence_under_fields,
)
from narrator.clean.proceedings import judgment_header, without_record_furniture
from narrator.clean.programmes import PROGRAMME_LINES, programme_lines
from narrator.clean.prose import is_natural, is_prose, is_sentence
from narrator.clean.proseruns import (
    LONE_LEAD_WORDS,
    MIN_JOIN_WORDS,
    is_parted,
    merge_neighbours,
    prose_runs,
    run_score,
    title_lines,
)
from narrator.clean.repopages import read_readme
from narrator.clean.reviews import (
    before_owners_reply,
    heading_under_score,
    is_review_header,
    opens_on_pros,
    past_rating,
)
from narrator.clean.runningheads import without_running_heads
from narrator.clean.signoffs import is_greeting, reader_signer
from narrator.clean.stamps import without_stamps
from narrator.clean.statuspages import update_stamp
from narrator.clean.subheadings import (
    heads_its_group,
    is_heading,
    natural_heading,
    unparted_group,
)
from narrator.clean.talkpages import past_talk_banners
from narrator.clean.textlists import (
    INTERVIEW,
    LIST_MIN_ITEMS,
    announced_list,
    is_heading_over_items,
    list_over_body,
    list_part,
    plain_items_to_prose,
    plain_listed,
    shaped_run,
)
from narrator.clean.textmeta import HEADER_WINDOW, Header, find_header, opens_on_a_question, page_tool
from narrator.clean.textsections import card_groups, opens_sections, repeated_lines, under_contents
from narrator.clean.threads import read_thread
from narrator.clean.unwrap import unwrapped
from narrator.clean.verse import read_verse
from narrator.config import CleanSettings
from narrator.errors import ConfigError
from narrator.model import Block, BlockKind, Metadata

log = logging.getLogger(__name__)

# Far longer than any article; bounds the time spent on a runaway input.
MAX_TEXT_CHARS = 2_000_000
BOX_HEADLINE_WORDS = 16  # the longest headline in a box of links on such a page (see _teaser_in_a_box)
ENGLISH_STOP_RATIO = 0.12
"""The share of their words in our English stop list below which a page's long lines are not English."""
SURELY_ENGLISH_STOP_RATIO = 0.25
"""At or above this share they plainly are; in between the language identifier is asked."""


def compile_rules(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    """The user's exclude_lines as compiled patterns (a bad one is a configuration error)."""
    try:
        return [re.compile(rule) for rule in patterns]
    except re.error as exc:
        raise ConfigError(f"exclude_lines: {exc.pattern!r} is not a valid regular expression ({exc})",
                          hint="fix narrator.toml") from exc


# A wiki's link to edit a section, glued to its heading: "Early life[edit]", "Work [edit source]".
_EDIT_LINK = re.compile(r"\s?\[(?:edit|edit source|bearbeiten|Quelltext bearbeiten|modifier|editar)\]$")


def split_lines(text: str, settings: CleanSettings) -> list[Line]:
    """Measured non-empty lines; hard-wrapped paragraphs are joined into one line first."""
    rules = compile_rules(settings.exclude_lines)
    raw_groups: list[list[str]] = [[]]
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = " ".join(squash(raw).split())  # zero-width and format characters go too ("diced\u2063")
        if stripped.endswith("]"):
            stripped = _EDIT_LINK.sub("", stripped)  # "Early life[edit]": a wiki's section heading
        if not stripped:
            if raw_groups[-1]:
                raw_groups.append([])
        elif not any(rule.search(stripped) for rule in rules):
            raw_groups[-1].append(stripped)
    raw_groups = without_running_heads([g for g in raw_groups if g])  # a PDF's head and number over each page
    raw_groups = without_consent_banner(raw_groups)  # "We value your privacy" / ... / "Accept all" on top
    raw_groups = without_mail_furniture(raw_groups)  # a mailing list's "View this email in your browser", footer
    raw_groups = unwrapped(judgment_header(without_record_furniture(without_stamps(raw_groups))))
    lines: list[Line] = []
    for group_number, group in enumerate(raw_groups):
        for text_line in group:
            lines.append(make_line(len(lines), text_line, group_number))
    return lines


def _english(lines: list[Line]) -> bool:
    """Stop-word statistics only apply to English text."""
    long_lines = [line for line in lines if line.words >= 8]
    if not long_lines:
        return False
    ratio = sum(line.stop_ratio for line in long_lines) / len(long_lines)
    if ratio < ENGLISH_STOP_RATIO or ratio >= SURELY_ENGLISH_STOP_RATIO:
        return ratio >= ENGLISH_STOP_RATIO
    # In between, English pages full of names and figures (0.13 to 0.2 over our corpora) meet Portuguese (0.125):
    # the identifier decides.
    return not plainly_not_english(" ".join(line.text for line in long_lines))



def _below_headline(lines: list[Line], prose: list[bool], start: int, end: int) -> int:
    """Where the article starts when its run starts on the headline (a dump without blank lines): after the lines
    under it that are no prose or a photo's caption ("20 Nov, 2019 05:47", "Get short URL", the lead photo)."""
    nxt = start + 1
    while nxt <= end and (not prose[nxt] or is_caption(lines, nxt)):
        nxt += 1
    return nxt if nxt <= end else start


def _skip_lone_lead(lines: list[Line], prose: list[bool], natural: list[bool], start: int, end: int,
                    header: Header) -> int:
    """Skip a short prose line cut off from the body by interface lines: a slogan or prompt above the article (one
    right under the headline is its standfirst: "Changelog" / "New features and fixes, shipped every fortnight.")."""
    if start >= len(lines) or lines[start].words >= LONE_LEAD_WORDS or start == header.body_start or (
            start > 0 and lines[start - 1].text.strip() == header.meta.title):
        return start  # past the last line (a damaged page's body found nowhere), or no lone lead
    nxt = start + 1
    while nxt <= end and not prose[nxt]:
        if natural[nxt]:
            return start
        nxt += 1
    if announced_list(lines, start + 1, nxt):
        return start  # the lead of a recipe or a how-to, over its list of ingredients or tools
    if any(update_stamp(lines, i) for i in range(start + 1, nxt)):
        return start  # a status report's newest update, over its stamp and the next update's state
    return nxt if start + 1 < nxt <= end else start


def _teaser_in_a_box(lines: list[Line], i: int, end: int, prose: list[bool]) -> bool:
    """On a page without blank lines, a short sentence inside a box of links ("Who is standing in your area?") is
    one of its headlines unless the article's prose follows it, or it leads into a list (it ends with a colon)."""
    line = lines[i]
    return (line.words <= BOX_HEADLINE_WORDS and not line.text.rstrip().endswith(":")
            and not (i + 1 <= end and prose[i + 1]))


def _is_short_sentence(lines: list[Line], i: int, prose: list[bool], keep: list[bool]) -> bool:
    """A short sentence between kept text and prose ("Webb emerged, naked."), or a short question."""
    line = lines[i]
    if line.cta or line.credit or line.clock or not line.terminal or line.words < 2 or i == 0 or not keep[i - 1]:
        return False
    first = line.text.lstrip("\"'“‘([—–- ")[:1]
    if leads_a_prompt(lines, i):
        return False
    return (first.isupper() or first.isdigit()) and (line.text.rstrip().endswith("?") or (
        i + 1 < len(lines) and prose[i + 1]))


# A comments section's head ("3 comments", "Leave a reply", "Join the discussion"): in the body's second half,
# what follows is the readers', not the article's. A bare "Comments" is no head: pages put that button between
# the article's own paragraphs (one corpus page lost its last paragraph to it).
_COMMENTS_HEAD = re.compile(
    r"(?i)^\s*(?:\d+\s+(?:comments?|responses?|replies)|(?:leave|post|add|write)\s+a\s+(?:comment|reply|response)"
    r"|join\s+the\s+(?:discussion|conversation)"
    # the same heads where narrator's other languages are written
    r"|(?:schreibe|hinterlasse)\s+einen\s+kommentar|kommentar\s+(?:verfassen|schreiben)|\d+\s+kommentare?"
    r"|laisser\s+un\s+commentaire|\d+\s+commentaires?|(?:deja|dejar)\s+un\s+comentario|\d+\s+comentarios?"
    r"|lascia\s+un\s+commento|\d+\s+commenti|deixe\s+(?:um|o\s+seu)\s+comentário|\d+\s+comentários?"
    # WordPress's "5 thoughts on “Title”", "2 responses to “Title”", "One thought on “Title”"
    r"|(?:\d+|one)\s+(?:thoughts?|responses?|comments?|replies|reply)\s+(?:on|to)\s+[“\"'‘«].{1,300}"
    # "Comments (2)", "Top comments (3)", "Discussion (4)", "Kommentare (2)"
    r"|(?:(?:top|all|latest|newest|oldest|best)\s+)?"
    r"(?:comments?|responses?|discussion|kommentare?|commentaires?|comentarios?|commenti|comentários?)\s*\(\d+\))"
    r"\s*[:»›]?\s*$")


# An embedded post's signature, as social sites' embeds print it under the post: "— Name (@handle) March 3, 2025".
_POST_SIGNATURE = re.compile(r"^\s*[—–-]\s*[^()@]{1,60}?\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}"
                             r"|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})\s*$")


def _body(lines: list[Line], start: int, end: int, prose: list[bool], natural: list[bool],
          cards: set[int], repeated: set[str], sizes: Counter[int], slides: frozenset[int]) -> list[Block]:
    """The article's blocks between start and end: prose, short sentences and subheadings."""
    keep = [False] * len(lines)
    blocks: list[Block] = []
    in_widget = False
    listed_until = start
    for i in range(start, end + 1):
        line = lines[i]
        if i < listed_until or i in slides:
            continue  # an item of the list a kept line introduced, or a slide of a slideshow
        if i > start and keep[i - 1] and lines[i - 1].text.rstrip().endswith(":") and (
                count := shaped_run(lines, i, end + 1) or plain_items_to_prose(lines, prose, i, end + 1)
        ) >= LIST_MIN_ITEMS:
            # "Here is where each path stands:", then "Path A: Iceland, ..." line after line
            blocks.extend(Block(BlockKind.LIST_ITEM, item.text) for item in lines[i:i + count])
            keep[i:i + count] = [True] * count
            listed_until = i + count
            continue
        if (blocks and is_heading_over_items(line)  # some article text above it already
                and (count := shaped_run(lines, i + 1, end + 1, by_opening=True)) >= LIST_MIN_ITEMS):
            # and the items after those that open on a figure ("zest of 2 lemons" after "4 eggs")
            count += plain_listed(lines, i + 1 + count, end + 1)
            # a list under its short heading inside the body: a recipe's "Ingredients", then "2 lemons" ...
            blocks.append(Block(BlockKind.HEADING, line.text, level=2))
            blocks.extend(Block(BlockKind.LIST_ITEM, item.text) for item in lines[i + 1:i + 1 + count])
            keep[i:i + 1 + count] = [True] * (count + 1)
            listed_until = i + 1 + count
            while (part := list_part(lines, listed_until, end + 1)) > 1:
                # the list's next part under its own short heading ("For the drizzle" / "juice of 1½ lemons")
                blocks.append(Block(BlockKind.HEADING, lines[listed_until].text, level=2))
                blocks.extend(Block(BlockKind.LIST_ITEM, item.text)
                              for item in lines[listed_until + 1:listed_until + part])
                keep[listed_until:listed_until + part] = [True] * part
                listed_until += part
            continue
        if blocks and keep[i - 1] and _POST_SIGNATURE.match(line.text):
            # an embedded post's signature under its text ("— County Power (@CountyPower) March 3, 2025"): the
            # quotation's attribution after it, read as a paragraph, never a heading (nor a chapter)
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))
            keep[i] = True
            continue
        if 2 * i >= start + end and _COMMENTS_HEAD.match(line.text):
            break
        if is_widget_label(line) and _box_to_the_end(lines, i, end, prose):
            break  # "Related questions" over two of them, the body's last lines: the box, not the article going on
        # A box of links inside the body: its title, then headlines (no full stop, or packed without blank
        # lines between them) until the prose resumes.
        # a page without blank lines is one group: there, lines packed together say nothing
        unparted = unparted_group(sizes, line.group)
        packed = i > start and line.group == lines[i - 1].group and not unparted
        in_widget = (is_widget_label(line) and not _sort_choice(lines, i)) or (in_widget and (
            not line.terminal or packed or (unparted and _teaser_in_a_box(lines, i, end, prose))))
        if in_widget:
            continue
        in_card = line.group in cards and (sizes[line.group] > 1 or (line.cta and not reads_as_advice(line)))
        if in_card or line.text in repeated or is_byline_line(line, BYLINE_WORDS) or (
                is_player_control(line.text)) or is_review_header(lines, i):
            continue
        if INTERVIEW.match(line.text) and not line.cta:
            keep[i] = True  # a question or an answer of an interview
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))
        elif prose[i] or (is_sentence(line) and not line.clock and not is_caption(lines, i)
                          and not leads_a_prompt(lines, i)) or (
                _is_short_sentence(lines, i, prose, keep) and not is_caption(lines, i)) or (
                keep[i - 1] and exposure_line(line.text)):  # "Nikon Z6 II | 200-500mm | f/5.6" under the caption
            keep[i] = True
            blocks.append(Block(BlockKind.PARAGRAPH, line.text))
        elif natural[i] and not (not line.terminal and (natural_heading(lines, i, prose, keep, sizes)
                                                        or heads_its_group(lines, i, prose, keep, sizes))):
            keep[i] = True
            in_list = not line.terminal and not unparted and (
                (i > 0 and line.group == lines[i - 1].group)
                or (i + 1 < len(lines) and line.group == lines[i + 1].group))
            blocks.append(Block(BlockKind.LIST_ITEM if in_list else BlockKind.PARAGRAPH, line.text))
        elif is_heading(lines, i, prose, keep, sizes) or heads_its_group(lines, i, prose, keep, sizes):
            keep[i] = True
            blocks.append(Block(BlockKind.HEADING, line.text, level=2))
    return blocks


# A page's sorting control over its answers or comments ("Sort" / "Recommended"): its choice under it names no box.
_SORT_CONTROLS = frozenset({"sort", "sort by", "sorted by"})


def _sort_choice(lines: list[Line], i: int) -> bool:
    """True for a line under "Sort" or "Sort by:": the order chosen ("Recommended"), no box of links' title."""
    return i > 0 and lines[i - 1].words <= 2 and lines[i - 1].text.strip().rstrip(":").lower() in _SORT_CONTROLS


def _box_to_the_end(lines: list[Line], label: int, end: int, prose: list[bool]) -> bool:
    """True when every line under a box's title to the body's end is a headline's length, their prose too little for
    a paragraph: the box's links ("Why do cats purr?"), no article resuming under them."""
    below = range(label + 1, end + 1)
    return (all(lines[j].words <= BOX_HEADLINE_WORDS for j in below)
            and sum(lines[j].words for j in below if prose[j]) < MIN_JOIN_WORDS)


def _classify(lines: list[Line], counts: Counter[str]) -> tuple[list[bool], list[bool], set[int], Counter[int]]:
    """Which lines are prose, which are ordinary words, which groups are cards, and group sizes."""
    english = _english(lines)
    # A caption or teaser shown twice (gallery and page) is not article prose, which never repeats whole.
    programme = programme_lines(lines)  # "9.00 Registration" / "9.30 Welcome" / ...: what a day's page is for
    prose = [(is_prose(line, english) or i in programme) and not is_caption(lines, i) and counts[line.text] == 1
             and not leads_a_prompt(lines, i) for i, line in enumerate(lines)]
    cards = card_groups(lines, prose)
    sizes = Counter(line.group for line in lines)
    # A prompt's small group is a promo box: its other lines ("visit our shop") go with it.
    cards |= {line.group for line in lines if line.cta and not reads_as_advice(line) and sizes[line.group] <= 3}
    for i, line in enumerate(lines):
        if line.group in cards and sizes[line.group] > 1:
            prose[i] = False
    natural = [is_natural(line, english) and line.group not in cards and not is_caption(lines, i)
               for i, line in enumerate(lines)]
    return prose, natural, cards, sizes


def read_text(text: str, settings: CleanSettings, fallback_title: str) -> tuple[Metadata, list[Block], bool]:
    """Metadata and body blocks of a plain text article or a scraped page, and whether it was read whole."""
    if len(text) > MAX_TEXT_CHARS:
        log.warning("text has %d characters; reading only the first %d", len(text), MAX_TEXT_CHARS)
        text = text[:MAX_TEXT_CHARS]
    fields, text = pasted_email(text)  # a pasted e-mail: its header names it, dates it and signs it
    # A "Language: English (UK)" line is the text's own field, not read aloud; a page's language menu may say it as
    # readily, so it gives only the region of the language the words are in (as a Word document's default does).
    declared, text = language_line(text)
    lines = split_lines(text, settings)
    if not lines:
        return Metadata(title=fields.get("title", fallback_title)), [], True
    meta, blocks, whole = _read_lines(lines, settings, fallback_title)
    if declared:
        meta = replace(meta, declared_languages=("", declared))
    if fields.get("client") and meta.title not in (fields["title"], fallback_title):
        blocks = [Block(BlockKind.HEADING, meta.title, level=2), *blocks]  # the mail's own heading, under the subject
    if fields:
        meta = replace(meta, title=fields["title"], authors=(fields["author"],) if fields["author"] else meta.authors,
                       published=parse_date(fields.get("date")) or meta.published)
    return meta, blocks, whole


def _read_lines(lines: list[Line], settings: CleanSettings, fallback_title: str) -> tuple[Metadata, list[Block], bool]:
    """A page dump's article, or the writer's own text whole."""
    counts = Counter(line.text for line in lines if line.words)
    announce = settings.code_blocks == "announce"
    if is_page_dump(lines, counts):
        meta, blocks, whole = _read_page(lines, counts, fallback_title)
        programme = _reads_a_programme(lines, blocks)
        own_lines = None if has_article(blocks) or programme else _writers_own_lines(lines, counts)
        if own_lines is None:
            # a programme holds no sentence: its timed lines are enough, as any words of a writer's own text are
            return meta, _without_listings(blocks, announce), whole or programme
        lines = own_lines
    meta, own = read_own_text(lines, fallback_title)
    return meta, _without_listings(own, announce), True


def _reads_a_programme(lines: list[Line], blocks: list[Block]) -> bool:
    """True when the blocks read a day's programme ("9.00 Registration" / "9.30 Welcome" / ...): the article of a
    page made for it, though it holds no sentence."""
    timed = {lines[i].text for i in programme_lines(lines)}
    return sum(block.text in timed for block in blocks) >= PROGRAMME_LINES


# A short note of the writer's may hold one prompt of its own ("Download the form here: ..."); a page shows several.
NOTE_PROMPTS = 1


def _writers_own_lines(lines: list[Line], counts: Counter[str]) -> list[Line] | None:
    """What to read whole of a text in which the page reading found no article: all of it when nothing but a list
    of short lines says "page" (the writer's list: "Shopping List" / "Milk" / "Bread" ...), all but its prompts when
    nothing but those does (the writer's short note: "Download the form here: ..."); None when other signs do."""
    if not is_page_dump(lines, counts, count_menus=False):
        return lines
    if not 0 < sum(1 for line in lines if line.cta) <= NOTE_PROMPTS:
        return None  # signs that are no prompts, or prompts over a list of headlines: a page
    unprompted = [replace(line, index=i) for i, line in enumerate(kept for kept in lines if not kept.cta)]
    if unprompted and not is_page_dump(unprompted, Counter(line.text for line in unprompted if line.words)):
        return unprompted
    return None


def _read_page(lines: list[Line], counts: Counter[str], fallback_title: str) -> tuple[Metadata, list[Block], bool]:
    """The article found in a page dump: its densest run of prose, the header above it, its clutter left out."""
    prose, natural, cards, sizes = _classify(lines, counts)
    if thread := read_thread(lines, counts, prose, fallback_title):
        return (*thread, False)  # one writer's posts, each under their name and handle
    if live := read_live_page(lines, prose, fallback_title):
        return (*live, False)  # a headline over "Summary" and its points, then entries under their times
    runs = prose_runs(lines, prose, natural)
    if not runs:
        return read_verse(lines, fallback_title)
    slides = slideshow_lines(lines)
    start, end = _article_run(lines, prose, sizes, runs, slides)
    if readme := read_readme(lines, start, end, fallback_title):
        return (*readme, False)  # a repository's README under its file list
    listed = list_over_body(lines, max(0, start - HEADER_WINDOW), start)
    # a listing's points over its description ("Key features" / "Three bedrooms" / ...): the header is above them
    header = find_header(lines, start if listed is None else listed[0], fallback_title, asked=True)
    work = fiction_work(lines, max(0, start - HEADER_WINDOW), start)
    start = _below_header(lines, prose, header, start, end)
    if work is not None:
        start = max(start, chapter_text_start(lines, work))  # past the summary, the notes and "Chapter Text"
    if (noticed := notice_name(lines, start - HEADER_WINDOW, start)) is not None and noticed < start - 1 and all(
            lines[i].terminal and not lines[i].cta for i in range(noticed + 1, start)):
        start = noticed + 1  # a death notice's first sentence, of names, a place and a day, under its name
    if _names_its_subject(lines, header, start):
        start -= 1  # "The Ribblehead Viaduct carries the ... railway across Batty Moss in North Yorkshire, England."
    heading, start = (lines[at].text if (at := under_contents(lines, prose, start, end, counts)) != start else ""), at
    start, topic = past_talk_banners(lines, start, end)  # "This article is rated ..." over a talk page's first topic
    heading = topic or heading
    if sentence_under_fields(lines, header.body_start, start):
        start -= 1  # "condition: good" / "frame size: 56cm" over the description's first sentence
    opening, start = _opening(lines, prose, header, start, end)
    opened_at = start  # the opening is read only if the body still starts under it
    repeated = repeated_lines(lines, counts, prose, header, start, end)
    start = _skip_lone_lead(lines, prose, natural, start, end, header)
    end = before_submission_box(lines, prose, start, before_author_box(lines, start, end, header.meta.authors))
    end = before_donations(lines, start, before_reactions(lines, start, before_comments(lines, start, end)))
    noted = work is not None and (cut := before_end_notes(lines, start, end)) < end
    if noted:
        end = cut  # "Chapter End Notes" / "Thanks for reading!" under a chapter: the writer's notes, not the story
    end = before_owners_reply(lines, start, end)  # "Reply from Davies Motors" under a review: the business's
    end = before_next_post(lines, start, end)  # "Pearlygates Fri 04-Dec-26 10:30:05" under the first post: a reply
    after = [] if noted else (notes_after(lines, end) or listed_after(lines, end) or points_after(lines, end, natural)
                              or answers_after(lines, prose, end)
                              or comments_after(lines, prose, start, end) or last_entry_after(lines, end)
                              or event_details_after(lines, end) or job_details_after(lines, end))
    if not (after or noted):  # no list or note the body's last line leads into: its closing lines of ordinary words
        end = natural_tail(lines, natural, end)
    end = before_closing_notice(lines, start, before_paywall(lines, start, end))  # a paywall; "Important notice"
    end = before_letters_note(lines, start, end)  # "Letters may be edited for length." under the signer
    body = _body(lines, start, end, prose, natural, cards, repeated, sizes, slides)
    if heading and body and body[0].text != heading:  # GOV.UK's "Contents" over the first section's heading
        body.insert(0, Block(BlockKind.HEADING, heading, level=2))  # (or a talk page's first topic)
    closing, end = _closing(lines, header, start, end, closes=bool(body), led_on=not after)
    body += closing
    if closing and not header.meta.authors and (signer := _closing_signer(lines, start, end)):
        header = replace(header, meta=replace(header.meta, authors=(signer,)))  # "Mary-Jo K, Ross-on-Wye"
    points = key_points(lines, header.body_start, start)
    if listed is not None and not points and listed[0] >= header.body_start:
        points = [Block(BlockKind.HEADING, lines[listed[0]].text, level=2)] + [
            Block(BlockKind.LIST_ITEM, line.text) for line in lines[listed[0] + 1:listed[1]]]
    blocks = points + first_entry_time(lines, header.body_start, start, body)
    blocks += (opening if body and start == opened_at else []) + body + after
    blocks = _listing_lead(lines, header.meta.title, start) + blocks
    meta = header.meta
    title, authors = past_rating(lines, meta.title, meta.authors, start)  # a review's "Rated 5 out of 5 stars"
    title = heading_under_score(lines, start) or title  # "Scored 9.0" / the review's heading, over its text
    title = dated_title_over_byline(lines, header.body_start, title) or title  # "Newsletter – 4 December 2026"
    meta = replace(meta, title=title, authors=authors)
    if item := agenda_item(lines, start):  # "Agenda item" / "Item 7: ...": the meeting's committee and day no byline
        meta = replace(meta, title=item, authors=(), published=None)
    if meta.standfirst is None and (summary := summary_over_contents(lines, header.body_start, start)):
        meta = replace(meta, standfirst=summary)  # GOV.UK's summary under "Published" / its day, over "Contents"
    if not (meta.published and meta.authors):
        meta = with_post_footer(meta, lines, start, end)
    return meta, without_chapters(without_writers_note(_without_closing_matter(blocks), meta.authors)), False


def _listing_lead(lines: list[Line], title: str, start: int) -> list[Block]:
    """A listing's price and place right under its title, over its description ("£85" / "Cardiff, Roath"): read."""
    if not any(PRICE_ALONE.match(lines[i].text) for i in range(max(0, start - HEADER_WINDOW), start)):
        return []  # the cheap first look: no price alone above the body
    title_at = next((i for i in range(start - 1, max(0, start - HEADER_WINDOW) - 1, -1) if lines[i].text == title),
                    None)
    if title_at is None:
        return []
    texts = [line.text for line in lines]
    return [Block(BlockKind.PARAGRAPH, texts[i]) for i in listing_lead(texts, title_at, start)]


def _article_run(lines: list[Line], prose: list[bool], sizes: Counter[int], runs: list[tuple[int, int, int]],
                 slides: frozenset[int]) -> tuple[int, int]:
    """The first and last line of the article: the best run of prose (a Q&A page's question, not its longest
    answer), merged with its neighbours, below a headline it starts on."""
    titles = title_lines(lines)  # once: every run is scored against the same headline lines
    parted = is_parted(lines, prose, sizes)
    best = question_above_answers(lines, runs, max(runs, key=lambda run: run_score(lines, prose, titles, run,
                                                                                   parted)))
    start, end = merge_neighbours(lines, prose, runs, runs.index(best), slides, parted)
    if start in titles:
        start = _below_headline(lines, prose, start, end)
    start = past_name_and_deck(lines, start, end)  # a columnist's name over it: the summary is the header's
    start = past_summary_and_byline(lines, start, end)  # "By Ffion Hughes" and the day under it: the header's
    return _past_credit_sentence(lines, start, end), end


def _past_credit_sentence(lines: list[Line], start: int, end: int) -> int:
    """The body's first line past a sentence the run opens on that only says who wrote the page ("Rhian Evans is
    organising this fundraiser."), and the day under it ("Created 3 Nov 2026"): the header's, found above the body."""
    line = lines[start]
    if not (start < end and line.terminal and line.words <= BYLINE_WORDS and authors_from(line)):
        return start
    return start + 2 if start + 1 < end and dates_the_page(lines[start + 1]) else start + 1


# A reference page's first sentence opens on its subject, the title: so many names in it that it is no prose line.
SUBJECT_LEAD_WORDS = 8


def _names_its_subject(lines: list[Line], header: Header, start: int) -> bool:
    """True for a sentence right above the body, under the header, that opens on the page's title (its subject, "The
    Ribblehead Viaduct carries ..."): the lead, however many capitalised names it holds."""
    title = header.meta.title.strip()
    if not (title and header.body_start < start):
        return False
    line = lines[start - 1]
    return (line.terminal and line.words >= SUBJECT_LEAD_WORDS and not line.cta
            and (line.text.startswith(title + " ") or line.text.startswith("The " + title + " ")))


def _below_header(lines: list[Line], prose: list[bool], header: Header, start: int, end: int) -> int:
    """The body's first line under its header: a question that opens it, the header's end, past a thread's flair."""
    if header.body_start == start - 1 and opens_on_a_question(lines[start - 1]):
        start -= 1  # "Heat pumps explained", then "What is a heat pump?" over the prose that answers it
    start = max(start, header.body_start)
    if flair_under_question(lines, prose, start, end, header.meta.title):
        start += 1  # "Not the A-hole" under "AITA for ...?": the verdict's tag the thread was given, not the post
    return start


def _opening(lines: list[Line], prose: list[bool], header: Header, start: int, end: int) -> tuple[list[Block], int]:
    """What the body opens on above its first prose (a first subheading, a greeting, a first speaker, a notice's
    fields), and the body's first line after them."""
    # "Who can apply" under the date, over the first of the sections the article is in: its first subheading (a
    # line right under a headline with no byline or date may be the headline itself, a menu's entry taken above it)
    # (or, on a page named by a short name and no byline or date, under its buttons, a file's link or its fields:
    # "Annual Report 2025" / "Download the full report (PDF)" / "Chair's foreword"; under a dated story's tools,
    # "Order Reprints" / "Print Article", a heading is the page's widget: "Text size")
    under_tools = (not (header.meta.published or header.meta.authors) and header.body_start < start - 1
                   and all(page_tool(lines, k) for k in range(header.body_start, start - 1)))
    opening = [Block(BlockKind.HEADING, lines[start - 1].text, level=2)] if (
        ((header.body_start == start - 1 and (header.meta.published or header.meta.authors)) or under_tools)
        and opens_sections(lines, prose, start, end, header.meta.title)) else []
    if header.body_start < start and is_greeting(lines[start - 1].text):
        opening = [Block(BlockKind.PARAGRAPH, lines[start - 1].text)]  # "Hi friends," over a newsletter's letter
    if header.body_start < start and opens_on_pros(lines, start, end):
        opening = [Block(BlockKind.HEADING, lines[start - 1].text, level=2)]  # "Pros" over a review's first part
    if header.body_start < start and (chapter := chapter_over_text(lines, header.body_start, start)) is not None:
        opening = [Block(BlockKind.HEADING, lines[chapter].text, level=2)]  # "Chapter 3: The Storm" over its text
    if header.body_start < start and first_speaker(lines, start, end):
        opening = [Block(BlockKind.PARAGRAPH, lines[start - 1].text)]  # "ANNA COHEN, HOST:" over her first words
    fields = fields_from(lines, header.body_start, end)
    if len(fields) >= FIELDS_MIN and header.body_start < start <= header.body_start + len(fields):
        # a notice's fields between its headline and its prose ("Application reference: 25/00213/FUL", "Proposal:
        # Erection of 24 dwellings ..."): what the notice is of
        opening, start = [Block(BlockKind.PARAGRAPH, line.text) for line in fields], header.body_start + len(fields)
        if a_records_fields(fields):
            opening = []  # a museum's record of its object over the description: the catalogue's, not read
    return opening, start


def _closing(lines: list[Line], header: Header, start: int, end: int, closes: bool,
             led_on: bool) -> tuple[list[Block], int]:
    """The writer's lines right under the body's last (its question asked again; when no list or note follows, a
    letter's last short lines and its close, a signature or team sheets), and the body's last line after them."""
    blocks: list[Block] = []
    if closes and asks_again(lines, end, header.meta.title):
        blocks.append(Block(BlockKind.PARAGRAPH, lines[end + 1].text))  # "So, AITA?" closing the post it titles
    if closes and led_on:
        led = lines_before_the_close(lines, end)  # "Dates for your diary" and its dates over "With best wishes,"
        blocks += [Block(BlockKind.HEADING if k == 0 and len(led) > 1 and not line.terminal else BlockKind.PARAGRAPH,
                         line.text) for k, line in enumerate(led)]
        end += len(led)
        greeted = any(is_greeting(lines[i].text) for i in range(max(header.body_start, start - 1), start + 1))
        signed = (signature(lines, end, header.meta.authors, greeted) or signed_as_the_others(lines, start, end)
                  or team_sheets(lines, end, header.meta.title) or signed_with_post(lines, end)
                  or signed_by_reader(lines, start, end) or signed_with_title(lines, end))
        blocks += [Block(BlockKind.PARAGRAPH, line.text) for line in signed]
    return blocks, end


def _closing_signer(lines: list[Line], start: int, end: int) -> str:
    """The writer a page's closing signature names: a reader under their letter to the editor ("Mary-Jo K" of "Mary-Jo
    K, Ross-on-Wye"), or a notice sheet's signer with their title ("Revd Anna Price"); else "". A letters page of
    several letters, each signed so, has no one writer."""
    if (reader := signed_by_reader(lines, start, end)) and not signed_as_the_others(lines, start, end):
        return reader_signer(reader[0].text, to_editor=True) or ""
    return titled[0].text.strip() if (titled := signed_with_title(lines, end)) else ""


def _without_closing_matter(blocks: list[Block]) -> list[Block]:
    """The blocks up to the page's closing matter, without the writer's bio (and the heading with their name) that
    close many pages."""
    blocks = blocks[: cut_closing_matter([b.text for b in blocks])]
    while blocks and (is_bio(blocks[-1].text) or blocks[-1].kind is BlockKind.HEADING):
        blocks.pop()
    return blocks


def _without_listings(blocks: list[Block], announce: bool) -> list[Block]:
    """The blocks without the code and program output among them: a listing is skipped, or said to be there once."""
    kept: list[Block] = []
    for block in blocks:
        if not is_listing(block.text):  # a listing's short lines pass for headings
            kept.append(block)
        elif announce and not (kept and kept[-1].kind is BlockKind.CODE):
            kept.append(code_announcement())
    return kept

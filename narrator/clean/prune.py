"""Structure-aware rules around trafilatura: what never belongs in a narration."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree

from narrator.clean.aboutboxes import before_company_box
from narrator.clean.backmatter import cut_closing_matter, is_bio
from narrator.clean.breaks import double_breaks_as_paragraphs
from narrator.clean.bylines import SIGNED_TITLES, is_byline_line
from narrator.clean.common import comparable, squash, without_number_mark
from narrator.clean.eventdetails import event_details_after
from narrator.clean.figures import chart_captions_as_paragraphs
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.headlineshape import is_filing_line
from narrator.clean.inserts import slide_number
from narrator.clean.lines import (
    DECK_CAPITAL_SHARE,
    RELEASE_LABEL,
    TITLE_CASE_SHARE,
    Line,
    asks_for_the_page,
    is_teaser_link,
    is_widget_label,
    make_line,
    reads_as_advice,
    words_of,
)
from narrator.clean.platforms import LIFESPAN
from narrator.clean.recordfields import MIN_FIELDS, is_event_field_line
from narrator.clean.reviews import is_verdict
from narrator.clean.signoffs import SIGNATURE_WORDS, is_greeting, is_sign_off, signs_off_with_wish
from narrator.clean.transcripts import drop_time_codes
from narrator.errors import ConfigError
from narrator.model import Block, BlockKind, Metadata

log = logging.getLogger(__name__)

# Elements whose content is never article prose: buttons and embedded media. Figures and small forms
# are handled below by size, since slideshows and whole-page forms hold the article itself.
# (noscript stays: some pages put their only copy of the article there.)
_REGEX = {"re": "http://exslt.org/regular-expressions"}
_NEVER_READ = "//button | //iframe | //video | //audio | //svg"
# What a screen reader skips or offers as controls is not read to a listener either: hidden parts, menus,
# dialogs, toolbars (a video player's "Play", "captions off, selected", "This is a modal window.").
_NOT_FOR_LISTENERS = ("//*[@aria-hidden='true'] | //*[@role='menu' or @role='menubar' or @role='dialog'"
                      " or @role='alertdialog' or @role='toolbar' or @role='tooltip' or @role='search']")
HIDDEN_PROSE_SHARE = 0.3
# A box that tells the reader how to cite the page (Quarto's and Distill's appendix, a journal's "Cite this article"):
# its reference repeats the title, author and date, and its BibTeX is code. Only a box (a section, div or aside) named
# for citing and saying so: a <span class="citation"> in the text is a reference the article makes.
_CITE_BOX = ("//*[self::section or self::div or self::aside][re:test(concat(@class, ' ', @id),"
             " '(^|[^a-z])(cite|citation|cite-?this|quarto-citation)([^a-z]|$)', 'i')]")
_CITES_ITSELF = re.compile(r"(?i)\bcite\s+this\s+(?:work|article|page|post|paper|chapter|book)\b|\bbibtex\b")
CITE_BOX_MAX_CHARS = 1000
_FIGURES = "//figure | //figcaption"
# When captions hold this share of the page's paragraph text, the figures are the article (a slideshow).
_SLIDESHOW_SHARE = 0.5
# A heading above the first paragraph with a full stop and this many words is a summary (a dek).
DEK_MIN_WORDS = 10
# A block with a credit in it is a caption if it is this short.
CREDIT_MAX_WORDS = 40
# A short line ending in an ellipsis at the very end is a widget title ("You may also like...").
SHORT_LINE_WORDS = 8
_TRAILING_ELLIPSIS = re.compile(r"(\.\.\.|…)\s*$")
# A paragraph at the very end without a full stop and shorter than this is a teaser headline.
HEADLINE_MAX_WORDS = 20
TEASER_MAX_WORDS = 50
# Trailing widget lines are dropped only when they are few; a long tail is the article's own list.
MAX_TAIL_BLOCKS = 5
# A run of more teaser-shaped blocks than this at the end is the article's own list (a glossary, a
# reference of settings), not a widget of links to other stories.
MAX_TEASER_RUN = 12
# A line this short with an e-mail address in it is a contact line ("Write to A at a@b.com").
CONTACT_MAX_WORDS = 12
# From the start of a run only: tried from each of its letters, a long word without "@" was a scan to its end from
# every letter (a 40,000-letter word took 4.3 s here).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")
_BARE_LINK = re.compile(r"^\s*(https?://|www\.)\S+\s*$")
# A gallery of at least MIN_SLIDES numbered slides after this many sentences of article is not the article.
MIN_SLIDES = 3
MIN_ARTICLE_BEFORE_GALLERY = 3
# A pull quote repeats a line of the article in large type beside it: read once, in its paragraph. One whose words no
# paragraph says (most of them, as an editor trims a line) is the writer's own, and is read once, where it stands.
_PULL_QUOTE = re.compile(r"pull[-_ ]?quote|\bpq\b", re.IGNORECASE)
PULL_QUOTE_REPEATED = 0.8
# A quote block this near a paragraph that holds all its words is a pull quote without a class to say so.
PULL_QUOTE_REACH = 3
# Some sites wrap the whole page in one <form>; only small forms are sign-up and search boxes.
_SMALL_FORM_CHARS = 600
# What a form asks the reader for: a field to type in, a box to tick, a choice. A form of hidden fields alone asks
# nothing (a forum wraps each post's text in the form that would edit it).
_ASKS = etree.XPath(".//input[not(@type='hidden' or @type='submit' or @type='button' or @type='image')]"
                    " | .//textarea | .//select | .//button")


@functools.lru_cache(maxsize=1024)
def _measure(text: str) -> Line:
    """A block's text measured as a line (once: several rules look at the same block)."""
    return make_line(0, text, 0)


def select(root: Any, selector: str) -> list[Any]:
    """Elements matching a user's CSS selector."""
    from lxml.cssselect import CSSSelector, SelectorError

    try:
        return list(CSSSelector(selector)(root))
    except SelectorError as exc:
        raise ConfigError(
            f"exclude_selectors: {selector!r} is not a valid CSS selector ({exc})", hint="fix narrator.toml"
        ) from exc


# A post embedded from a social site: its text in <p>, then its author and date as loose text.
_EMBEDDED_POST = "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'bluesky-embed')" \
                 " or contains(@class, 'mastodon-embed') or contains(@class, 'threads-embed')]"
_SIGNATURE_MAX_CHARS = 160


def _remove(element: Any) -> None:
    """Remove element from the tree but keep its tail text."""
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def prune_tree(root: Any, exclude_selectors: Iterable[str]) -> None:
    """Remove user-excluded elements, figures, captions, forms and media from the page tree."""
    for selector in exclude_selectors:
        for element in select(root, selector):
            _remove(element)
    for element in root.xpath(_NEVER_READ):
        _remove(element)
    # A page saved while a dialog was open hides the whole article from screen readers: keep a hidden
    # part that holds much of the page's prose.
    prose = sum(len(p.text_content()) for p in root.iter("p"))
    for element in root.xpath(_NOT_FOR_LISTENERS):
        if sum(len(p.text_content()) for p in element.iter("p")) <= HIDDEN_PROSE_SHARE * prose:
            _remove(element)
    # Before the figures go: WordPress sets its pull quote in a <figure> ("wp-block-pullquote"), a quotation and no
    # picture, and the writer's own line in it was lost with the photographs.
    _pull_quotes_kept_once(root)
    chart_captions_as_paragraphs(root)  # before the figures go: a chart's caption is the story's finding
    captions = sum(len(e.text_content()) for e in root.xpath("//figcaption"))
    paragraphs = sum(len(e.text_content()) for e in root.xpath("//p[not(ancestor::figure)]"))
    if captions <= _SLIDESHOW_SHARE * paragraphs:
        for element in root.xpath(_FIGURES):
            _remove(element)
    for box in root.xpath(_CITE_BOX, namespaces=_REGEX):
        text = box.text_content()
        if len(text) <= CITE_BOX_MAX_CHARS and _CITES_ITSELF.search(text):
            _remove(box)
    for form in root.xpath("//form"):
        if len(form.text_content()) < _SMALL_FORM_CHARS and _ASKS(form):
            _remove(form)
    for post in root.xpath(_EMBEDDED_POST):
        _signature_as_paragraph(post)
    _drop_caps_into_paragraphs(root)
    _heading_tails_as_paragraphs(root)
    double_breaks_as_paragraphs(root)
    _code_tables_as_code(root)
    _live_entry_times(root)
    drop_time_codes(root)
    _lazy_paragraphs_filled(root)


# A live blog stamps each entry with its time in a <time> of its own, which the extractor drops with the text around
# it; a listener loses when each update came. Three or more such stamps before a heading or a paragraph make a live
# blog (a byline's one date does not).
MIN_LIVE_ENTRIES = 3
_LOOSE_TIMES = ("//time[not(ancestor::p or ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4"
                " or ancestor::li)]")
_ENTRY_STARTS = frozenset({"h2", "h3", "h4", "h5", "h6", "p"})
LONGEST_STAMP = 40


def _live_entry_times(root: Any) -> None:
    """Each entry of a live blog starts with its time ("10:45 p.m. ET: Polls close in the West")."""
    entries = []
    for stamp in root.xpath(_LOOSE_TIMES):
        text = squash(stamp.text_content())
        after = stamp.getnext()
        if after is not None and after.tag in _ENTRY_STARTS and 0 < len(text) <= LONGEST_STAMP:
            entries.append((stamp, text, after))
    if len(entries) < MIN_LIVE_ENTRIES:
        return
    for stamp, text, after in entries:
        after.text = f"{text}{':' if after.tag != 'p' else '.'} {after.text or ''}"
        _remove(stamp)


# A paragraph loaded as the reader scrolls: empty in the page, its text in a data- attribute that a script copies in
# ("<p data-lazy-text='The trees are old apple varieties...'>"). The extractor saw an empty paragraph and the
# article lost it. Only an empty paragraph, and only an attribute that reads as a sentence: a placeholder's or a
# tracker's short value is not one.
_LAZY_PARAGRAPHS = etree.XPath("//p[not(node())][@*[starts-with(name(), 'data-')]]")
LAZY_MIN_WORDS = 6
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]?$")


def _lazy_paragraphs_filled(root: Any) -> None:
    """Put a lazily loaded paragraph's text, kept in a data- attribute, into the paragraph."""
    for paragraph in _LAZY_PARAGRAPHS(root):
        for name, value in paragraph.attrib.items():
            text = squash(value)
            if (name.startswith("data-") and "<" not in text and len(text.split()) >= LAZY_MIN_WORDS
                    and _ENDS_SENTENCE.search(text)):
                paragraph.text = text
                break


# Code shown with line numbers is laid out as a table: the numbers in one cell, the code in another (GeSHi, Pygments'
# "highlighttable", SyntaxHighlighter). Read as a table, its code was spoken ("fetch open bracket ...").
_CODE_TABLES = "//table[.//pre] | //div[contains(@class, 'syntaxhighlighter')][.//table]"
_LINE_NUMBERS = re.compile(r"[\d\s]*")


def _code_tables_as_code(root: Any) -> None:
    """A table that only lays out code (and its line numbers) becomes the code block it is."""
    for table in root.xpath(_CODE_TABLES):
        if table.getparent() is None:
            continue
        if table.tag == "table":
            pres = table.xpath(".//pre")
            inside = sum(len(pre.text_content()) for pre in pres)
            outside = table.text_content()
            for pre in pres:
                outside = outside.replace(pre.text_content(), "", 1)
            if not _LINE_NUMBERS.fullmatch(outside) or not inside:
                continue
            code = "\n".join(pre.text_content() for pre in pres if not _LINE_NUMBERS.fullmatch(pre.text_content()))
        else:
            cells = table.xpath(".//td[contains(@class, 'code')]")
            code = "\n".join(cell.text_content() for cell in cells) if cells else table.text_content()
        block = etree.Element("pre")  # with <code> inside: a bare <pre> the extractor takes for a quote
        etree.SubElement(block, "code").text = code
        block.tail = table.tail
        table.getparent().replace(table, block)


# A drop cap styled as an element of its own before its paragraph (<span>T</span><p>urkey, ...): the extractor read
# the paragraph alone, and the voice said "urkey". Any capital but "A" and "I", which are words.
_DROP_CAP_LETTERS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")


_INLINE = frozenset({"a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub",
                     "sup", "time", "u"})


def _heading_tails_as_paragraphs(root: Any) -> None:
    """Text set straight after a heading, in no element of its own ("<h1>Note</h1>Milk<br>Bread"), as a paragraph:
    the extractor drops a heading's tail, and the article lost its first line."""
    for heading in list(root.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        tail = heading.tail or ""
        if tail.strip():
            heading.tail = None
            paragraph = etree.Element("p")
            paragraph.text = tail.lstrip()
            heading.addnext(paragraph)
            # the sentence goes on through its links and emphasis, up to a line break or a block
            while (following := paragraph.getnext()) is not None and following.tag in _INLINE:
                paragraph.append(following)


def _drop_caps_into_paragraphs(root: Any) -> None:
    """Put a drop cap set apart before a paragraph back on the paragraph's first word."""
    for element in list(root.iter("span", "div", "b", "strong", "em", "i")):
        letter = (element.text or "").strip()
        if letter not in _DROP_CAP_LETTERS or len(element) or (element.tail or "").strip():
            continue
        paragraph = element.getnext()
        if paragraph is None or paragraph.tag != "p" or not paragraph.text_content().lstrip()[:1].islower():
            continue
        paragraph.text = letter + (paragraph.text or "").lstrip()
        _remove(element)


def _signature_as_paragraph(post: Any) -> None:
    """An embedded post's signature ("— County Power (@CountyPower) March 3, 2025"), loose text after the post's
    paragraph, becomes a paragraph of its own: extractors drop loose text, and the post was then read as the
    reporter's own words."""
    paragraphs = post.findall("p")
    if not paragraphs:
        return
    last = paragraphs[-1]
    signature = squash((last.tail or "") + "".join(etree.tostring(e, method="text", encoding="unicode")
                                                  for e in last.itersiblings()))
    if not signature or len(signature) > _SIGNATURE_MAX_CHARS:
        return
    for sibling in list(last.itersiblings()):
        post.remove(sibling)
    last.tail = None
    paragraph = etree.SubElement(post, "p")
    paragraph.text = signature


def _is_furniture(block: Block) -> bool:
    """A prompt, a legal notice, a photo credit, a bare link or a contact line that the extractor let through."""
    if block.kind is BlockKind.HEADING or LIFESPAN.match(block.text):
        return False  # an obituary's life dates under the name are the life's, not the page's stamp
    line = _measure(block.text)
    if _is_notice(block) or is_byline_line(line, CONTACT_MAX_WORDS):
        return True
    if block.kind is BlockKind.PARAGRAPH and not line.terminal and is_filing_line(block.text):
        return True  # "Classified in : News - Tags : kettles" under a post's headline: where the site files it
    label = block.text.rstrip().endswith(":") and line.words <= 3
    if line.words <= CREDIT_LABEL_WORDS and _CREDIT_LABEL.search(block.text):
        return True  # "News provided by" over the company's name: a label, its name on the next line
    return block.kind is BlockKind.PARAGRAPH and line.words < 3 and (label or not (line.terminal or _goes_on(block)))


# A credit's label set apart from the name it introduces: "News provided by", "Sponsored by", "Presented by:".
_CREDIT_LABEL = re.compile(r"(?i)\b(?:provided|presented|powered|sponsored|supported|brought\s+to\s+you)\s+by:?\s*$")
CREDIT_LABEL_WORDS = 5


def _goes_on(block: Block) -> bool:
    """A block ending on a comma ("Dear neighbours,", "Best wishes,"): the writer's text goes on after it."""
    return block.text.rstrip().endswith(",")


def _signs_off(text: str) -> bool:
    """A letter's sign-off, bare ("Best wishes,") or with its wish ("With best wishes for the holiday,")."""
    return is_sign_off(text) or signs_off_with_wish(text)


def _signed(blocks: list[Block], i: int) -> bool:
    """A letter's close: its sign-off ("Best wishes, Ana"), or the name under a sign-off ("Best wishes," / "Ana")."""
    if _signs_off(blocks[i].text):
        return True
    line = _measure(blocks[i].text)
    return i > 0 and _signs_off(blocks[i - 1].text) and 0 < line.words <= SIGNATURE_WORDS and not (
        line.terminal or line.cta or line.credit)


# A report's signature under its last paragraph: the author's name, a comma and their post ("Judith Marsh,
# Secretary"), a few words.
SIGNED_POST_WORDS = 4


def _signed_by_the_author(text: str, authors: tuple[str, ...]) -> bool:
    """The page's author signing its last block with their post ("Judith Marsh, Secretary", "Ann Lee, Chair"): a
    report's close, not a widget line; an author of two words or more, a post of a few capitalised words."""
    name, comma, post = text.strip().rstrip(".").partition(",")
    return bool(comma) and name.strip() in {a for a in authors if len(a.split()) >= 2} and (
        0 < len(post.split()) <= SIGNED_POST_WORDS and post.strip()[:1].isupper() and "." not in post)


def _signed_with_given_name(text: str, authors: tuple[str, ...]) -> bool:
    """A message signed with its writer's given name alone ("Nell" under a list message from Nell Ashworth): the
    close a mail or a post is signed with, not a widget line (the whole name alone may be an author box's)."""
    name = text.strip().strip("-–—~,. ")
    return " " not in name and any(len(given := _given_first(a)) >= 2 and given[0] == name for a in authors)


def _given_first(author: str) -> list[str]:
    """An author's words from the given name on, past a title ("Dr. Nkechi Adeyemi" signs "Nkechi")."""
    words = author.split()
    return words[1:] if words and words[0].lower().rstrip(".") in SIGNED_TITLES else words


def _greeted_and_signed(blocks: list[Block], i: int) -> bool:
    """A letter signed with a given name alone ("Emma") where its first line greets its readers ("Hello again,"): a
    newsletter's writer signing off though the page names no author; without the greeting a short last word is a
    widget's."""
    name = blocks[i].text.strip().strip("-–—~,. ")
    return (i > 1 and " " not in name and name[:1].isupper() and name.lower() in GIVEN_NAMES
            and is_greeting(blocks[0].text))


# A run of this many short sentences in a row, none asking for the page, is the writer's steps or advice: a prompt's
# verb opening one of them is a step ("Open the file." / "Click File." / "Click Save.").
STEP_RUN_BLOCKS = 3
STEP_WORDS = 12


def _short_sentence(block: Block) -> bool:
    """A paragraph or list item that is one short sentence with its stop, asking nothing of the page."""
    line = _measure(block.text)
    return (block.kind is not BlockKind.HEADING and line.terminal and line.words <= STEP_WORDS
            and not line.credit and not asks_for_the_page(line))


def _runs(blocks: list[Block], test: Callable[[Block], bool]) -> list[range]:
    """The runs of blocks in a row that pass test, as ranges of their indexes (found in one pass: looking both ways
    from each block made a page of 2,000 one-line steps take 10 s)."""
    runs, start = [], 0
    for i in range(len(blocks) + 1):
        if i == len(blocks) or not test(blocks[i]):
            if i > start:
                runs.append(range(start, i))
            start = i + 1
    return runs


def _kept_in_place(blocks: list[Block], furniture: list[bool]) -> set[int]:
    """The indexes of blocks shaped like furniture that their neighbours show to be the writer's: a step among
    STEP_RUN_BLOCKS or more short sentences in a row, or a letter's close."""
    if not any(furniture):
        return set()
    steps = {i for run in _runs(blocks, _short_sentence) if len(run) >= STEP_RUN_BLOCKS for i in run}
    return steps | {i for i, shaped in enumerate(furniture) if shaped and i not in steps and _signed(blocks, i)}


# A notice's head of two words set apart over its text, as a board of notices sets each ("Lost property" / "A child's
# blue raincoat ... was left after the fair." / "Litter pick" / "The New Year litter pick starts ..."): two or more such
# heads, each of its own words, right over a paragraph of prose, are the notices' heads, not a page's furniture. One
# alone, a prompt ("Read more" over the next teaser) or a label said again ("Advertisement") stays furniture.
NOTICE_HEAD_WORDS = 2
NOTICE_TEXT_WORDS = 10
NOTICE_HEADS = 2
_JOINERS = str.maketrans("", "", "-'’")


def _notice_heads(blocks: list[Block], furniture: list[bool]) -> set[int]:
    """The indexes of furniture-shaped heads of two words, each over a paragraph of prose, where there are two or more
    different ones and none is a prompt."""
    heads: dict[str, int] = {}
    for i, shaped in enumerate(furniture[:-1]):
        if not shaped or blocks[i].kind is not BlockKind.PARAGRAPH:
            continue
        words = blocks[i].text.split()
        if len(words) != NOTICE_HEAD_WORDS or not all(word.translate(_JOINERS).isalpha() for word in words):
            continue  # words alone: a stamp ("Sat 21 Nov 2026, 10:02 #1") or a count ("Posts: 3") is no head
        line, after = _measure(blocks[i].text), _measure(blocks[i + 1].text)
        if line.cta or line.credit:
            continue
        if furniture[i + 1] or blocks[i + 1].kind is not BlockKind.PARAGRAPH or not (
                after.terminal and after.words >= NOTICE_TEXT_WORDS):
            continue
        if comparable(blocks[i].text) in heads:
            return set()  # the same words over each: a label said again, not a head of its own
        heads[comparable(blocks[i].text)] = i
    return set(heads.values()) if len(heads) >= NOTICE_HEADS else set()


def drop_prompts(blocks: list[Block]) -> list[Block]:
    """Drop prompts, notices, credits, bare links and headings over nothing ("Tags" over its links) only: the gentle
    reading of a short article of the writer's own, whose short lines (a two-word step, a list of four things, a line
    of verse) are its text, not a page's."""
    notices = [b.kind is not BlockKind.HEADING and _is_notice(b) for b in blocks]
    kept = _kept_in_place(blocks, notices) | (_writers_lists(blocks) if any(notices) else set())
    return _drop_heading_runs([b for i, b in enumerate(blocks) if not notices[i] or i in kept])


# A list of this many items, most of them no prompt, is the writer's: a prompt's verb opening one ("Read the lease"
# in a list of chores) is one of its items.
WRITERS_LIST_ITEMS = 3


def _writers_lists(blocks: list[Block]) -> set[int]:
    """The indexes of the items of lists of WRITERS_LIST_ITEMS or more whose items are mostly no prompts, or are all
    sentences with their stops: the writer's steps ("Log in with your library card." / "Open the browser." / "Log out
    when you are done."), where a page's list of prompts names its buttons without a stop."""
    return {i for run in _runs(blocks, lambda b: b.kind is BlockKind.LIST_ITEM)
            if len(run) >= WRITERS_LIST_ITEMS and (sum(_is_notice(blocks[i]) for i in run) * 2 < len(run)
                                                   or all(_measure(blocks[i].text).terminal for i in run))
            for i in run}


# A label of the page's access or of how it is shown, a line of its own: a platform's banner over a story for members
# ("Member-only story", "Subscribers only", "Premium content") and a script-built page's word to those without
# scripts ("This site works best with JavaScript enabled."), and a speech's or a sermon's note that its text is the
# one prepared, not the one given ("Check against delivery", "This is the text as prepared; the sermon as preached may
# differ."). Whole lines only: a sentence about members, or about how a sermon was preached, is the story's.
_GIVEN = r"(?:sermon|speech|address|homily|lecture|talk|remarks)\s+as\s+(?:preached|delivered|given|spoken)"
_PAGE_LABEL = re.compile(
    r"(?i)^\W*(?:(?:members?|subscribers?|premium|paid|supporters?)(?:[- ]only)?\s+(?:story|article|post|content)"
    r"|(?:members?|subscribers?|supporters?)[- ]only"
    r"|(?:this\s+)?(?:site|page|website)\s+works\s+best\s+with\s+javascript(?:\s+(?:enabled|turned\s+on))?"
    r"|check\s+against\s+(?:delivery|the\s+spoken\s+word)|(?:the\s+)?(?:text\s+)?as\s+prepared(?:\s+for\s+delivery)?"
    r"|(?:this\s+is\s+)?the\s+text\s+as\s+(?:prepared|written)(?:\s+for\s+delivery)?"
    rf"(?:\s*[;,:.-]\s*(?:the\s+)?{_GIVEN}\s+may\s+(?:differ|vary))?"
    rf"|(?:the\s+)?{_GIVEN}\s+may\s+(?:differ|vary)(?:\s+from\s+(?:this|the)\s+(?:text|script))?)\W*$")

# A sponsor's line in a newsletter or a show's notes, short and set apart: who paid for it ("Together with Trail &
# Tread Boots", "Sponsored by ...", "This episode is supported by Heron Optics."), or an offer with a code in capitals
# and a discount ("Use code FUNGI for 15% off."). A reporter's sentence about an offer says who said so: it stays.
SPONSOR_MAX_WORDS = 30
# "Together with ..." and the like label a sponsor's box in a few words; "Together with his wife, he rebuilt the
# boat." is the story's.
SPONSOR_LABEL_WORDS = 8
_SPONSOR_LABEL = re.compile(r"(?i)^\W*(?:(?:together|in\s+partnership)\s+with|sponsored\s+by|presented\s+by"
                            r"|brought\s+to\s+you\s+by)\s+\S")
_SUPPORTED_BY = re.compile(r"(?i)^\W*(?:this|today's)\s+(?:episode|issue|edition|newsletter|show)\s+is\s+"
                           r"(?:supported|sponsored|brought\s+to\s+you|presented)\s+by\s+\S")
_OFFER_CODE = re.compile(r"\b[Cc]ode:?\s+[\"'“‘]?[A-Z][A-Z0-9]{2,}\b")
_DISCOUNT = re.compile(r"(?i)\b\d{1,2}\s?%\s+off\b|[£$€]\d+\s+off\b")
_SAID = re.compile(r"(?i)\b(?:said|says|told)\b")


def _is_sponsor_line(text: str, line: Line) -> bool:
    """A sponsor's line or a discount code's offer, short and not a reporter's sentence (see _SUPPORTED_BY)."""
    if line.words > SPONSOR_MAX_WORDS or _SAID.search(text):
        return False
    if _SPONSOR_LABEL.match(text):
        return line.words <= SPONSOR_LABEL_WORDS
    return bool(_SUPPORTED_BY.match(text) or (_OFFER_CODE.search(text) and _DISCOUNT.search(text)))


def _is_notice(block: Block) -> bool:
    """A prompt, a credit, a legal notice, a bare link or a contact line: furniture whatever its length."""
    line = _measure(block.text)
    # "FOR IMMEDIATE RELEASE" above a press release's headline is a label of the release's
    return ((line.cta and not reads_as_advice(line)) or (line.credit and line.words < CREDIT_MAX_WORDS)
            or bool(_BARE_LINK.match(block.text))
            or bool(RELEASE_LABEL.match(block.text)) or bool(_PAGE_LABEL.match(block.text))
            or _is_sponsor_line(block.text, line)
            or (line.words <= CONTACT_MAX_WORDS and _contact_line(block.text, line)))


# The writer speaking of themself: "Email me at sam@example.org if you can help." is the article's own ask.
_FIRST_PERSON = frozenset(("i", "me", "my"))


def _contact_line(text: str, line: Line) -> bool:
    """A short line with an e-mail address in it ("Write to A at a@b.com", "Email: a@b.com"); not the writer's own
    sentence that goes on past the address ("Email me at sam@example.org if you can help.")."""
    address = _EMAIL.search(text)
    if address is None:
        return False
    own = line.terminal and bool(_FIRST_PERSON.intersection(w.lower() for w in words_of(text)))
    return not (own and words_of(text[address.end():]))


def _drop_link_boxes(blocks: list[Block]) -> list[Block]:
    """Drop a box of links to other stories: its title ("More from UK"), then headlines until the prose resumes."""
    kept = []
    in_box = titled = False
    for i, block in enumerate(blocks):
        line = _measure(block.text)
        headline = not line.terminal and line.words < HEADLINE_MAX_WORDS
        # a heading under a lone "Related: Headline" line is the article's next section (a box's own headlines
        # are the page's headings only under the box's title, "More from UK")
        section = block.kind is BlockKind.HEADING and not titled
        titled = (is_widget_label(line) and not _heads_prose(blocks, i)) or (titled and headline)
        in_box = titled or is_teaser_link(block.text) or (in_box and headline and not section)
        if not in_box:
            kept.append(block)
    return kept


# A section goes on in prose under its heading: this many paragraphs of sentences in a row at least, where a box of
# links holds headlines, or a headline and its summary by turns.
SECTION_PROSE_BLOCKS = 2


# Words as long as this share their first letters with their forms ("recommendations", "recommended").
STEM_LETTERS = 6


def _heads_prose(blocks: list[Block], index: int) -> bool:
    """A heading worded as a box's title ("Recommendations") over paragraphs of the article's that speak of what it
    names ("The inspectors made four recommendations"): its section."""
    after = blocks[index + 1: index + 1 + SECTION_PROSE_BLOCKS]
    if blocks[index].kind is not BlockKind.HEADING or len(after) < SECTION_PROSE_BLOCKS or not all(
            _prose_paragraph(block) for block in after):
        return False
    named = {word.lower()[:STEM_LETTERS] for word in words_of(blocks[index].text) if len(word) >= STEM_LETTERS}
    return bool(named & {word.lower()[:STEM_LETTERS] for word in words_of(after[0].text)})


def _prose_paragraph(block: Block) -> bool:
    """A paragraph of sentences, not a teaser's headline or its summary in one link."""
    line = _measure(block.text)
    return (block.kind is BlockKind.PARAGRAPH and line.terminal and line.words > SHORT_LINE_WORDS
            and not (_is_teaser(block) or is_teaser_link(block.text)))


def _drop_trailing_gallery(blocks: list[Block]) -> list[Block]:
    """Drop a gallery of numbered slides ("1/50 Caption...") that follows the article, with its title.

    A slideshow that is the article itself has little prose before its slides, and is kept.
    """
    for start, block in enumerate(blocks):
        first = slide_number(block.text)
        if first is None or first[0] != 1:
            continue
        end = start
        while end + 1 < len(blocks) and slide_number(blocks[end + 1].text) == (end + 2 - start, first[1]):
            end += 1
        before = blocks[:start]
        prose = sum(1 for b in before if b.kind is BlockKind.PARAGRAPH and _measure(b.text).terminal)
        if end - start + 1 >= MIN_SLIDES and prose >= MIN_ARTICLE_BEFORE_GALLERY:
            if before and before[-1].kind is BlockKind.HEADING:
                before = before[:-1]  # the gallery's title ("Business news in pictures")
            return before + blocks[end + 1 :]
    return blocks


def _drop_heading_runs(blocks: list[Block]) -> list[Block]:
    """Drop a heading with no text under it (the next is a heading of its rank or higher): widget titles."""
    kept = []
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        empty = nxt is None or (nxt.kind is BlockKind.HEADING and nxt.level <= block.level)
        if block.kind is BlockKind.HEADING and empty:
            continue
        kept.append(block)
    return kept


def _verdict_after_prose(blocks: list[Block], i: int) -> bool:
    """A review's mark ("Score: 8/10") right under a sentence of the review: its verdict, not a widget's rating (a
    box of other reviews' marks sits under their headlines)."""
    if i < 1 or blocks[i].kind is not BlockKind.PARAGRAPH or not is_verdict(blocks[i].text):
        return False
    before = blocks[i - 1]
    line = _measure(before.text)
    return before.kind is BlockKind.PARAGRAPH and line.terminal and line.words > 1


def _is_teaser(block: Block) -> bool:
    """A headline and its summary in one link: a line break inside a short block."""
    return "\n" in block.text and len(block.text.split()) <= TEASER_MAX_WORDS


def _ends_like_article(block: Block) -> bool:
    """Articles end with a sentence; teaser links and widget lines at the end do not."""
    if block.kind is BlockKind.HEADING:
        return False
    line = _measure(block.text)
    if _is_teaser(block):
        return False
    if _TRAILING_ELLIPSIS.search(block.text) and line.words <= SHORT_LINE_WORDS:
        return False  # "You may also like..." heads a widget
    return block.kind is not BlockKind.PARAGRAPH or line.terminal or line.words >= HEADLINE_MAX_WORDS


def drop_boilerplate_blocks(blocks: list[Block], meta: Metadata) -> list[Block]:
    """Drop prompts, notices, credits, title repeats and trailing headings with nothing after them."""
    title = comparable(meta.title)
    kept = [b for b in blocks  # the title's heading, a tracker's with the number ("Title #41")
            if not (b.kind is BlockKind.HEADING and comparable(without_number_mark(b.text)) == title)]
    kept, details = _split_event_details(kept)
    return _dropped_boilerplate(kept, meta) + details


def _split_event_details(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The blocks up to a notice's service details that end the page, and those details ("Services" / "Funeral
    Service" / "Thursday, November 28, 2024, 11:00 AM" / "St Ia's Church, St Ives"): short lines of no prose, which
    the furniture and tail rules took for widgets. The text path reads them by the same rule (eventdetails)."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind is BlockKind.PARAGRAPH
                 and _measure(blocks[i].text).terminal), None)
    if last is None or last == len(blocks) - 1:
        return blocks, []
    lines = [_measure(blocks[last].text)]
    for block in blocks[last + 1:]:  # a page sets a day and its hours on one line, a notice's text on two
        found = _DAY_AND_HOURS.fullmatch(block.text.strip())
        lines += [_measure(found.group(1)), _measure(found.group(2))] if found else [_measure(block.text)]
    if len(event_details_after(lines, 0)) != len(lines) - 1:
        return blocks, []
    return blocks[:last + 1], blocks[last + 1:]


_DAY_AND_HOURS = re.compile(r"(?i)([^,]{3,12},? [^,]{3,20},? (?:19|20)\d\d),? (?:at )?"
                            r"(\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?)")


def _dropped_boilerplate(kept: list[Block], meta: Metadata) -> list[Block]:
    """The blocks without prompts, notices, credits, link boxes, pull quotes and a widget's tail."""
    kept = _drop_link_boxes(kept)  # before furniture: a box's "Related: Headline" first line marks it
    kept = _drop_trailing_gallery(kept)
    furniture = [_is_furniture(b) for b in kept]
    # a sentence in a list of the writer's ("Click Back Up Now." among the steps) is an item of it, not a button
    in_place = _kept_in_place(kept, furniture) | {i for i in (_writers_lists(kept) if any(furniture) else ())
                                                  if _measure(kept[i].text).terminal}
    in_place |= {i for i in range(1, len(kept)) if _verdict_after_prose(kept, i)} | _notice_heads(kept, furniture)
    if len(kept) > 1 and _ends_like_article(kept[-2]) and (_signed_with_given_name(kept[-1].text, meta.authors)
                                                           or _greeted_and_signed(kept, len(kept) - 1)):
        in_place.add(len(kept) - 1)  # a message's close, "Nell": a word alone, and no widget's
    kept = [b for i, b in enumerate(kept) if not furniture[i] or i in in_place]
    kept = _drop_pull_quotes(kept)
    kept = _drop_heading_runs(kept)
    kept = kept[: cut_closing_matter([b.text for b in kept])]
    kept = kept[: before_company_box(kept, meta.authors)]
    return _trim_tail(_trim_head(kept), meta.authors)


def _pull_quotes_kept_once(root: Any) -> None:
    """Drop a pull quote the article says in full; set one it does not say as the quotation it is."""
    for element in root.xpath("//*[@class or @id]"):
        if _PULL_QUOTE.search(f"{element.get('class', '')} {element.get('id', '')}"):
            if _repeated(element, root):
                _remove(element)
            elif element.tag in ("aside", "div", "figure"):
                element.tag = "blockquote"  # a box set beside the text, which the extractor leaves out


def _repeated(quote: Any, root: Any) -> bool:
    """Most of a quote's words are said in one paragraph outside it: it repeats the article."""
    words = set(comparable(quote.text_content()).split())
    inside = set(quote.iter("p"))
    return not words or any(len(words & set(comparable(p.text_content()).split())) >= PULL_QUOTE_REPEATED * len(words)
                            for p in root.iter("p") if p not in inside)


def _drop_pull_quotes(blocks: list[Block]) -> list[Block]:
    """Drop a quote block whose words a paragraph near it says in full: a pull quote, which would be read twice."""
    kept = []
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.QUOTE:
            words = comparable(block.text)
            near = blocks[max(0, i - PULL_QUOTE_REACH):i] + blocks[i + 1:i + 1 + PULL_QUOTE_REACH]
            if words and any(b.kind is not BlockKind.QUOTE and words in comparable(b.text) for b in near):
                continue
        kept.append(block)
    return kept


def _trim_head(blocks: list[Block]) -> list[Block]:
    """Drop tool links ("Print Article") above the text; not the first items of a list of the writer's that goes on
    past them ("Cast on" over "To make the first row of stitches.")."""
    start = 0
    while start < len(blocks):
        line = _measure(blocks[start].text)
        if not (blocks[start].kind is BlockKind.LIST_ITEM and line.words <= 3 and not line.terminal):
            break
        start += 1
    if start < len(blocks) and blocks[start].kind is BlockKind.LIST_ITEM:
        return blocks  # the list goes on: its short first items are its own
    if sum(1 for block in blocks[:start] if is_event_field_line(block.text)) >= MIN_FIELDS:
        return blocks  # an event's date and time: its facts, not tools
    return blocks[start:]


def split_dek(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """A dek set as a heading above the text (a whole sentence), and the blocks without it.

    It is the summary under the headline, so it is read with the title (as the standfirst), not as a chapter.
    """
    if blocks and blocks[0].kind is BlockKind.HEADING:
        line = _measure(blocks[0].text)
        # a deck without a stop, in sentence case, is one too ("New facility offers 3D printers, laser cutters and
        # free workshops every Saturday" under a press release's headline); a dek in Title Case is a second headline
        if line.words >= DEK_MIN_WORDS and (line.terminal or line.capital_ratio <= DECK_CAPITAL_SHARE):
            # In Title Case it is a second headline: dropped, not read.
            summary = blocks[0].text if line.capital_ratio <= TITLE_CASE_SHARE else None
            return summary, _trim_head(blocks[1:])
    return None, blocks


def _trailing_teasers(blocks: list[Block]) -> int:
    """How many teaser-shaped blocks the run of teasers and headings at the end holds."""
    count = 0
    for block in reversed(blocks):
        if _is_teaser(block):
            count += 1
        elif block.kind is not BlockKind.HEADING:
            break
    return count


# A letter's signature under it on a letters page ("Joan Pryce, Ely", "Name and address supplied"): a few words.
LETTER_SIGNATURE_WORDS = 8


def _signature_under(blocks: list[Block], i: int) -> bool:
    """A short line without a stop right under a paragraph's sentence: a letter's signature, by its place."""
    line = _measure(blocks[i].text)
    return (i > 0 and blocks[i].kind is BlockKind.PARAGRAPH and blocks[i - 1].kind is BlockKind.PARAGRAPH
            and 0 < line.words <= LETTER_SIGNATURE_WORDS and not (line.terminal or line.cta or line.credit)
            and _measure(blocks[i - 1].text).terminal)


def _signed_like_the_others(blocks: list[Block], i: int) -> bool:
    """The last letter's signature on a letters page: every letter before it is signed the same way, a short line
    under its paragraph and over the next letter's heading. Alone, a short last line is a widget's."""
    return _signature_under(blocks, i) and any(
        blocks[j + 1].kind is BlockKind.HEADING and _signature_under(blocks, j) for j in range(1, i - 2))


def _trim_tail(blocks: list[Block], authors: tuple[str, ...] = ()) -> list[Block]:
    """Drop teaser links and empty headings at the end, and a few short widget lines."""
    kept = list(blocks)
    teasers = _trailing_teasers(kept)
    while kept and (kept[-1].kind is BlockKind.HEADING or is_bio(kept[-1].text)
                    or (_is_teaser(kept[-1]) and teasers <= MAX_TEASER_RUN)):
        kept.pop()
    tail = len(kept)
    while tail and not (_ends_like_article(kept[tail - 1]) or _signed(kept, tail - 1)
                        or (tail == len(kept) and _signed_like_the_others(kept, tail - 1))
                        or _verdict_after_prose(kept, tail - 1)
                        or (tail == len(kept) and tail > 1 and _ends_like_article(kept[tail - 2])
                            and (_signed_by_the_author(kept[tail - 1].text, authors)
                                 or _signed_with_given_name(kept[tail - 1].text, authors)
                                 or _greeted_and_signed(kept, tail - 1)))):
        tail -= 1
    if len(kept) - tail <= MAX_TAIL_BLOCKS:
        kept = kept[:tail]
    while kept and kept[-1].kind is BlockKind.HEADING:
        kept.pop()
    return kept


"""Small pieces of a page's interface set inside the article: a step's printed number, a feedback question, a code
host's table of files, a blog platform's notes of who shared a post."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from narrator.clean.common import squash
from narrator.clean.recordfields import join_event_fields, join_record_fields

# A how-to's steps in an <ol>, each opening on its number in an element of its own ('<li><div class="step_num">1
# </div><div class="step">Empty the kettle...'): the extractor ran the number into the step ("1Empty the kettle"),
# and the list numbers its items itself.
_STEP_NUMBER = re.compile(r"(?i)(?:step\s+)?(\d{1,3})[.):]?")
_ORDERED_ITEMS = etree.XPath("//ol/li[*]")
# Elements that are a block of their own inside a list item: their text is a line apart from the next one's.
_ITEM_BLOCKS = frozenset({"div", "p", "section", "header", "footer", "h2", "h3", "h4", "h5", "h6", "dl", "dd", "dt"})


def drop_step_numbers(root: Any) -> None:
    """Take out the number an ordered list's item opens on in an element of its own, where it is the item's own
    place in the list; and part the item's other blocks with a space."""
    for position, item in _numbered_items(root):
        first = next((child for child in item if isinstance(child.tag, str)), None)
        if first is None or (item.text or "").strip() or len(first):
            continue
        found = _STEP_NUMBER.fullmatch(squash(first.text_content()))
        rest = squash(item.text_content()[len(first.text_content()):])
        if found and int(found.group(1)) == position and rest:
            first.drop_tree()
            for child in item:
                if child.tag in _ITEM_BLOCKS and not (child.tail or "").startswith(" "):
                    child.tail = " " + (child.tail or "")  # "<b>Empty it.</b></div><div>Pour..." apart


MAX_ORDINAL_DIGITS = 6


def _ordinal(value: str) -> int | None:
    """A list's start or an item's value as a number; none for anything else ("²", a run of a thousand digits)."""
    value = value.strip()
    return int(value) if value.isdecimal() and len(value) <= MAX_ORDINAL_DIGITS else None


def _numbered_items(root: Any) -> list[tuple[int, Any]]:
    """Each item of an ordered list that holds elements, with its number in its list (from its start, or 1; an
    item's own value sets its number and the next ones', as a judgment's lists go on from one section to the next:
    '<ol><li value="3"><span>3.</span> A way is deemed...')."""
    counts: dict[Any, int] = {}
    found = []
    for item in _ORDERED_ITEMS(root):
        parent = item.getparent()
        start, value = _ordinal(parent.get("start", "")), _ordinal(item.get("value", ""))
        counts[parent] = value if value is not None else counts.get(parent, start - 1 if start is not None else 0) + 1
        found.append((counts[parent], item))
    return found


# A page's question to its reader about itself, over its answer buttons: "Did this article help you?", "Was this page
# helpful?". Only when set apart beside its buttons or links (a story may quote such a question in a sentence).
# Liferay's ratings ask with no noun ("Was this helpful?"), in a <span> or <legend> of the buttons' box.
_FEEDBACK_QUESTION = re.compile(r"(?i)(?:did|was|is|were)\s+this\s+(?:(?:article|page|post|guide|answer|information|"
                                r"content|help\s+article)\s+)?(?:helpful|useful|help(?:\s+you)?)\s*\?")
MAX_ANSWER_WORDS = 3
MAX_QUESTION_CHARS = 80


_QUESTION_TEXTS = etree.XPath("//text()[contains(., '?')]")
_QUESTION_TAGS = frozenset({"p", "h2", "h3", "h4", "span", "legend"})
QUESTION_LEVELS = 3


# A box near a few words is measured this far at most: a page's whole body is not measured again for each line in it.
BOUNDED_ELEMENTS = 40


def short_text(element: Any, limit: int) -> str | None:
    """The element's text when it is under limit characters and a few elements deep, else None: bounded however
    large the element."""
    size = 0
    for count, inner in enumerate(element.iter()):
        size += len(inner.text or "") + (len(inner.tail or "") if count else 0)
        if size >= limit or count >= BOUNDED_ELEMENTS:
            return None
    return str(element.text_content())


def _holding_questions(root: Any) -> list[Any]:
    """The elements of a question's kinds a few levels around each text with a question mark, in page order: found
    from the texts, so that a page of deep boxes is not measured box by box."""
    found: dict[Any, None] = {}
    for text in _QUESTION_TEXTS(root):
        holder = text.getparent()
        if holder is not None and text.is_tail:
            holder = holder.getparent()  # "Was this <b>helpful</b>?": the mark in the tail of the <b>
        levels = [holder, *itertools.islice(holder.iterancestors(), QUESTION_LEVELS - 1)] if holder is not None else []
        for element in levels:
            if element.tag in _QUESTION_TAGS:
                found.setdefault(element)
    return list(found)


def drop_feedback_questions(root: Any) -> None:
    """Take out a page's question about itself set beside its short answer buttons or links ("Yes", "No")."""
    asked = [element for element in _holding_questions(root)
             if (text := short_text(element, MAX_QUESTION_CHARS)) is not None and "?" in text]
    answered: dict[Any, bool] = {}  # each box's buttons judged once, however many questions it holds
    for element in asked:
        if (parent := element.getparent()) is None or not _FEEDBACK_QUESTION.fullmatch(squash(element.text_content())):
            continue
        if parent not in answered:
            answers = list(parent.iter("button", "a", "input"))
            answered[parent] = bool(answers) and all(
                len(squash(a.text_content() or a.get("value", "")).split()) <= MAX_ANSWER_WORDS for a in answers)
        if answered[parent]:
            element.drop_tree()


# A subheading hidden from sight for screen readers to jump by ("Post navigation", "Answered by ada", AO3's "Chapter
# Text"): a landmark of the page's layout, not a heading of the article. Only h2-h6: a hidden <h1> may be the headline.
# The Canadian government's toolkit (WET) names the class "wb-inv" ("Page details"), Drupal 7 "element-invisible".
_HIDDEN_CLASS = re.compile(r"(?i)^(?:sr-only|visually-?hidden|screen-reader-(?:text|only)|landmark|wb-inv"
                           r"|element-invisible)$")


def drop_hidden_landmarks(root: Any) -> None:
    """Take out the subheadings a page hides from sight for screen readers' navigation."""
    hidden = [heading for heading in root.iter("h2", "h3", "h4", "h5", "h6")
              if any(_HIDDEN_CLASS.match(name) for name in (heading.get("class") or "").split())]
    for heading in hidden:
        heading.drop_tree()


# A link the page styles as a button ("Plan your visit", "Book tickets"), standing apart from any sentence: a control,
# which the extractor read as a line of its own.
_BUTTON_CLASS = re.compile(r"(?i)^(?:button|btn)(?:$|[_-](?!link))")
MAX_BUTTON_WORDS = 5


def drop_button_links(root: Any) -> None:
    """Take out the short links a page styles as buttons, where they are no part of a sentence."""
    buttons = [link for link in root.iter("a") if any(_BUTTON_CLASS.match(name) for name in
                                                      (link.get("class") or "").split())]
    for link in buttons:
        parent = link.getparent()
        words = len(squash(link.text_content()).split())
        if parent is None or not 0 < words <= MAX_BUTTON_WORDS:
            continue
        if parent.tag in ("p", "li", "span") and squash(parent.text_content()) != squash(link.text_content()):
            continue  # "... or <a class='btn'>read the report</a>.": in a sentence
        link.drop_tree()


# A match's score box over its report ("Westmorland 287-6 (50 ov)", "Westmorland won by 46 runs"): the figures the
# report tells in its words, set out for the eye. Only a box so named and short (a scorecard's table is read).
_SCORE_BOXES = etree.XPath("//*[contains(@class, 'score')]")
_SCORE_BOX_CLASS = re.compile(r"(?i)^(?:score-?box|score-?board|score-?bug|match-?score|score-?header)$")
MAX_SCORE_BOX_WORDS = 40
MAX_SCORE_BOXES = 4


def drop_score_boxes(root: Any) -> None:
    """Take out a short box the page names a score box or scoreboard."""
    named = [box for box in _SCORE_BOXES(root) if any(_SCORE_BOX_CLASS.match(n) for n in box.get("class", "").split())]
    for box in named[:MAX_SCORE_BOXES]:  # a page has one or two: a nest of thousands is no page's (each counted whole)
        if box.getparent() is not None and len(box.text_content().split()) <= MAX_SCORE_BOX_WORDS:
            box.drop_tree()


# Drupal sets each of a node's fields in its own box, a label and its items ("Service area" / "Transport and
# highways", "Related links" / a link): the node's data, not its text, which is a field with its label hidden.
_LABELLED_FIELDS = etree.XPath("//div[contains(@class, 'field--label-inline') or"
                               " contains(@class, 'field--label-above')]"
                               "[div[contains(@class, 'field__label')]]")
MAX_FIELD_WORDS = 12


def drop_labelled_fields(root: Any) -> None:
    """Take out a Drupal node's short labelled fields (its text is in a field whose label is hidden)."""
    for field in _LABELLED_FIELDS(root):
        items = field.xpath(".//*[contains(@class, 'field__item')]")
        if field.getparent() is not None and items and all(
                len(item.text_content().split()) <= MAX_FIELD_WORDS for item in items):
            field.drop_tree()


# A page that declares its translations (<link rel="alternate" hreflang="de">) may say so in a line of the other
# language inside the article ('<p lang="de">Dieser Artikel ist auch auf Deutsch verfügbar.</p>'): a pointer for
# the other language's readers, read in the wrong voice. Only a short line marked in a language the page declares a
# translation in: a quotation in another language is not one of the page's own translations.
_TRANSLATIONS = etree.XPath("//link[@rel='alternate'][@hreflang]/@hreflang")
_MARKED_LANGUAGE = etree.XPath("//body//*[self::p or self::div or self::span][@lang]")
MAX_TRANSLATION_NOTE_WORDS = 15


def _language(tag: str) -> str:
    """A language tag's language alone ("de-CH" -> "de")."""
    return tag.strip().lower().replace("_", "-").split("-")[0]


def drop_translation_notes(root: Any) -> None:
    """Take out a short line, in a language the page declares a translation in, saying the translation is there."""
    own = _language(root.get("lang", ""))
    translated = {_language(tag) for tag in _TRANSLATIONS(root)} - {own, "x", ""}
    if not own or not translated:
        return
    for line in _MARKED_LANGUAGE(root):
        if (_language(line.get("lang", "")) in translated and line.getparent() is not None
                and 0 < len(line.text_content().split()) <= MAX_TRANSLATION_NOTE_WORDS):
            line.drop_tree()


# A code host lists a repository's files over its README as a table, each row a file's link, the message of the last
# commit that touched it and how long ago ("src | Mark a whole feed read | 2 weeks ago"): the rows were read as the
# README's opening lines. A table whose every row opens on a link alone and ends on an age is such a listing; a table of
# the article's own (events and when they happened, no link to open each) stays.
_TABLE_ROWS = etree.XPath("./tr | ./tbody/tr")
_AGE = re.compile(r"(?i)(?:about |over |almost |less than )?(?:an?|\d{1,3}) "
                  r"(?:second|minute|hour|day|week|month|year)s? ago|yesterday|today|just now|last (?:week|month|year)")
MIN_LISTED_FILES = 2


def drop_file_listings(root: Any) -> None:
    """Take out a table of files: every row a link in its first cell and an age in its last."""
    for table in list(root.iter("table")):
        rows = _TABLE_ROWS(table)
        if len(rows) >= MIN_LISTED_FILES and table.getparent() is not None and all(_lists_a_file(r) for r in rows):
            table.drop_tree()


def _lists_a_file(row: Any) -> bool:
    """A row whose first cell is a link and nothing else, and whose last cell says how long ago."""
    cells = row.findall("td")
    if len(cells) < 2:
        return False
    first, links = squash(cells[0].text_content()), cells[0].findall(".//a")
    return (bool(first) and len(links) == 1 and squash(links[0].text_content()) == first
            and _AGE.fullmatch(squash(cells[-1].text_content())) is not None)


# A web3 post's verification box lists the post's identifiers, each cut short in its middle ("Author Address" /
# "0x7a3f…c21e", "Arweave Transaction" / "Qm1x…9aZ"): no word of them can be said. A list of terms whose every
# definition is such a cut identifier goes; a glossary's definitions are words.
_CUT_IDENTIFIER = re.compile(r"[0-9A-Za-z]{2,16}(?:…|\.\.\.)[0-9A-Za-z]{2,16}")


def drop_identifier_lists(root: Any) -> None:
    """Take out a definition list whose every definition is an identifier cut short in its middle."""
    for terms in list(root.iter("dl")):
        values = terms.findall("dd")
        if values and terms.getparent() is not None and all(
                _CUT_IDENTIFIER.fullmatch(squash(value.text_content())) for value in values):
            terms.drop_tree()


# A box that sells the post itself: a line, its price alone on a line and a button ("Collect this post as an NFT." /
# "0.001 ETH" / [Collect] / "23 collected"). A small box with a button and a bare price is a shop's, not the writer's.
_BARE_PRICE = re.compile(r"(?i)(?:[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:eth|btc|sol|usdc|usd|eur|gbp))")
MAX_SALE_BOX_WORDS = 25
# The box is the button's near container, of a few elements: each button's look is bounded, however deep the page.
SALE_BOX_LEVELS = 4
SALE_BOX_ELEMENTS = 60


def drop_sale_boxes(root: Any) -> None:
    """Take out a small box holding a button and a price alone on its line: the smallest box around each button,
    looked at while it stays small."""
    for button in list(root.iter("button")):
        for level, box in enumerate(button.iterancestors("div", "aside", "section")):
            if level >= SALE_BOX_LEVELS or not _small(box):
                break
            if any(_BARE_PRICE.fullmatch(squash(line.text_content())) for line in box.iter("p", "span", "div")):
                box.drop_tree()
                break


def _small(element: Any) -> bool:
    """An element of a few elements and words, counted only as far as needed."""
    words = 0
    for count, node in enumerate(element.iter()):
        words += len((node.text or "").split()) + (len((node.tail or "").split()) if count else 0)
        if count > SALE_BOX_ELEMENTS or words > MAX_SALE_BOX_WORDS:
            return False
    return True


# The publication asking for tips under the article, its link to write in worded as the request ("Do you know a free
# day out we missed? <a href="mailto:...">Email us</a>."): a short paragraph, the page's and not the story's. A link
# that is an address ("email the council at <a>planning@...</a>") or names someone else stays.
_WRITE_TO_US = re.compile(r"(?i)(?:e-?mail|write\s+to|contact|tell|message|drop)\s+us(?:\s+a\s+line)?")
MAX_WRITE_IN_WORDS = 20
# A page asks for tips once or twice; more such paragraphs are a list of whom to write to, and stay.
MAX_WRITE_IN_REQUESTS = 2


def drop_write_in_requests(root: Any) -> None:
    """Take out a short paragraph whose mail link is the request to write to the publication ("Email us")."""
    requests = []
    for link in root.iter("a"):  # not the XPath "//p//a": libxml2 sorts its many results in quadratic time
        paragraph = next(link.iterancestors("p"), None) if (link.get("href") or "").startswith("mailto:") else None
        if paragraph is not None and _WRITE_TO_US.fullmatch(squash(link.text_content())) and len(
                paragraph.text_content().split()) <= MAX_WRITE_IN_WORDS:
            requests.append(paragraph)
            if len(requests) > MAX_WRITE_IN_REQUESTS:
                return
    for paragraph in requests:
        if paragraph.getparent() is not None:
            paragraph.drop_tree()


# Tumblr's notes under a post, one a list item in the platform's own words: who reblogged it ("woolgather reblogged this
# from slowstitch"), liked it ("fennelandflax liked this") or posted it, a reply ("knotwork said: ...") and "Show more
# notes". Only a list most of whose items are in those words: a footnote list (also "notes") or a story's list that
# quotes one such line stays.
_TUMBLR_NOTE = re.compile(r"(?i)[\w.-]{1,40} (?:reblogged this(?: from [\w.-]{1,40})?|liked this|posted this)"
                          r"|[\w.-]{1,40} said: .{1,300}|show more notes")
MIN_NOTES = 2


def drop_reblog_notes(root: Any) -> None:
    """Take out a list whose items are most of them Tumblr's notes of reblogs and likes."""
    for notes in list(root.iter("ol", "ul")):
        items = [squash(item.text_content()) for item in notes.iterchildren("li")]
        found = sum(1 for item in items if "reblogged this" in item or "liked this" in item or "posted this" in item)
        if found >= MIN_NOTES and 2 * sum(1 for item in items if _TUMBLR_NOTE.fullmatch(item)) > len(items) and (
                notes.getparent() is not None):
            notes.drop_tree()


# A record's own identifier set as a line of its own under its title ("ID: MDC/PARK/2026", a consultation hub's
# "Activity ID: 2026-041"): the site's filing, no word of it said. Only a line that is the label and one code holding
# a digit; "ID: bring photo ID to the count" is a sentence.
_IDENTIFIER_LINE = re.compile(r"(?:[A-Z][a-z]{1,12} )?ID:\s?[A-Z0-9][\w./-]{2,40}")


def drop_identifier_lines(root: Any) -> None:
    """Take out a line that is only a record's identifier after its label ("ID: MDC/PARK/2026")."""
    for line in list(root.iter("p", "div", "span", "li")):
        text = (line.text or "").strip()
        if "ID:" in text and not len(line) and line.getparent() is not None and _IDENTIFIER_LINE.fullmatch(text) and (
                any(char.isdigit() for char in text)):
            line.drop_tree()


# A page's taxonomy: a heading that names a kind of tag ("Audiences", "Interests", "Topics") over a list of bare terms
# ("Residents", "Businesses"), not links (a consultation hub's, under its text). Only where the box's class names it
# so, or two such lists run on (a CV's own "Interests" over hobbies stays; a list of links is left to the link rules).
_TAXONOMY_NAMES = frozenset({"audience", "audiences", "interests", "topics", "tags", "categories", "keywords",
                             "subjects", "themes", "labels", "filed under"})
_TAXONOMY_CLASS = re.compile(r"(?i)(?<![a-z])(?:audiences?|interests?|topics?|tags?|categor(?:y|ies)|keywords?"
                             r"|subjects?|themes?|taxonom(?:y|ies)|labels?)(?![a-z])")
TERM_WORDS = 3
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _taxonomy_heading(element: Any | None) -> bool:
    """A heading that names a kind of tag, over a list of bare terms."""
    if element is None or element.tag not in _HEADINGS:
        return False
    if squash(element.text_content()).rstrip(":").casefold() not in _TAXONOMY_NAMES:
        return False
    terms = element.getnext()
    if terms is None or terms.tag not in ("ul", "ol"):
        return False
    items = [squash(item.text_content()) for item in terms.iterchildren("li")]
    return bool(items) and all(0 < len(item.split()) <= TERM_WORDS and item[-1] not in ".!?" for item in items) and (
        terms.find(".//a") is None)


def drop_taxonomy_lists(root: Any) -> None:
    """Take out headed lists of bare terms that name a page's audiences, interests or topics."""
    found = []
    for heading in root.iter(*_HEADINGS):
        if not _taxonomy_heading(heading):
            continue
        box = heading.getparent()
        named = box is not None and _TAXONOMY_CLASS.search(f"{box.get('class', '')} {box.get('id', '')}")
        terms = heading.getnext()
        before = heading.getprevious()
        paired = _taxonomy_heading(terms.getnext()) or (
            before is not None and before.tag in ("ul", "ol") and _taxonomy_heading(before.getprevious()))
        if named or paired:
            found += [heading, terms]
    for element in found:
        if element.getparent() is not None:
            element.drop_tree()


# A post's licence under it, the terms others may reuse it on (Chirpy's "This post is licensed under CC BY 4.0 by the
# author.", a theme's "This work is licensed under a Creative Commons Attribution 4.0 International License."): the
# site's notice, no line of the post. Only the post's own licence, a content licence, in an element of the line alone:
# a story's "The software is licensed under the GPL, so anyone may change it" stays.
_LICENCE_NOTE = re.compile(r"(?i)(?:this|the|all|our)\s+(?:post|work|article|page|blog|site|website|content|text|entry"
                           r"|essay|writing)s?\s+(?:on\s+this\s+\w+\s+)?(?:is|are)\s+licen[cs]ed\s+under\s+(?:a\s+|the\s+)?"
                           r"(?:cc\b|creative\s+commons\b|open\s+government\s+licen[cs]e\b)(?:[^.]|\.(?=\d)){0,120}\.?")
LICENCE_NOTE_CHARS = 200


_LICENCE_TEXTS = etree.XPath("//text()[contains(., 'icensed under')]")
_LICENCE_TAGS = frozenset({"p", "div", "span", "small", "footer"})
LICENCE_LEVELS = 3


def drop_licence_notes(root: Any) -> None:
    """Take out the outermost element, a few levels around the words, that holds only the post's own licence line."""
    for text in _LICENCE_TEXTS(root):
        holder = text.getparent()
        if holder is not None and text.is_tail:
            holder = holder.getparent()
        if holder is None:
            continue
        noted = None
        for element in [holder, *itertools.islice(holder.iterancestors(), LICENCE_LEVELS - 1)]:
            if (line := short_text(element, LICENCE_NOTE_CHARS)) is None:
                break
            if element.tag in _LICENCE_TAGS and _LICENCE_NOTE.fullmatch(squash(line)):
                noted = element
        if noted is not None and noted.getparent() is not None:
            noted.drop_tree()


# Each pass walks the whole tree: it runs only on a page whose source holds a word its pieces need (a cheap look).
_PASSES: tuple[tuple[tuple[str, ...], Callable[[Any], None]], ...] = (
    (("<ol", "<OL"), drop_step_numbers),
    (("helpful", "help you", "useful?"), drop_feedback_questions),
    (("sr-only", "visually", "screen-reader", "landmark", "wb-inv", "element-invisible"), drop_hidden_landmarks),
    (("scorebox", "score-box", "scoreboard", "score-board", "scorebug", "score-bug", "matchscore", "match-score",
      "scoreheader", "score-header"), drop_score_boxes),
    (("field__label",), drop_labelled_fields),
    (("hreflang",), drop_translation_notes),
    (("<table", "<TABLE"), drop_file_listings),
    (("<dl", "<DL"), drop_identifier_lists),
    (("<dt", "<DT"), join_record_fields),
    (("Event\"",), join_event_fields),
    (("<button", "<BUTTON"), drop_sale_boxes),
    (("mailto:",), drop_write_in_requests),
    (("reblogged this",), drop_reblog_notes),
    (("ID:",), drop_identifier_lines),
    (("icensed under",), drop_licence_notes),
    (("udience", "nterests", "opics", "ags", "ategories", "eywords", "ubjects", "hemes", "abels", "iled under"),
     drop_taxonomy_lists),
)


def drop_interface_pieces(root: Any, page: str) -> None:
    """Take out the pieces of interface above from a page's tree, each pass only where its source names them."""
    for needles, drop in _PASSES:
        if any(needle in page for needle in needles):
            drop(root)


def drop_buttons(root: Any, page: str) -> None:
    """Take out the links a page styles as buttons (drop_button_links), where its source names any."""
    if "button" in page or "btn" in page:
        drop_button_links(root)

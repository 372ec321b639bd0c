"""The standfirst (dek): the short summary printed between the headline and the article body."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

from narrator.clean.common import comparable, is_byline, parse_date, squash
from narrator.clean.htmltitle import is_site_logo
from narrator.clean.lines import TITLE_CASE_SHARE, make_line
from narrator.model import Block, BlockKind, Metadata

# A standfirst is one to three sentences: shorter is a label or a byline, longer is the lead paragraph.
MIN_WORDS = 8
MAX_WORDS = 80
# ... or, one the page marks as its summary (by class, or by its description), a sentence of this many words.
MARKED_MIN_WORDS = 4
MAX_SENTENCES = 3
# Text elements looked at after the headline before giving up (the dek sits right under it).
MAX_CANDIDATES = 12
# A dek often ends without a stop ("... the most expensive of three plans for the old harbour"); one this long is no
# label or kicker, which are a few words.
UNSTOPPED_WORDS = 12
# Subheadings that print a dek on pages that mark it by place alone: the first text under the headline.
_DEK_HEADINGS = {"h2", "h3"}
# Share of the candidate's words that must be in the page's description, and of the description's in it.
DESCRIPTION_OVERLAP = 0.85
# Share of the headline's words a line under it may repeat and still be a summary: past it, and under twice the
# headline's length, the line says the headline again ("Harbour wall to be rebuilt in stone, the council decides").
TITLE_OVERLAP = 0.8
TITLE_REPEAT_LENGTH = 2
# Containers whose text is never a summary of the article.
_NOT_PROSE = {"a", "button", "figure", "figcaption", "nav", "aside", "footer", "time", "address", "label",
              "form", "li", "ul", "ol", "table", "blockquote", "script", "style", "noscript", "select"}
_BLOCK_TAGS = {"p", "div", "h2", "h3", "h4", "h5", "h6", "section", "header", "article", "main", "blockquote", "pre",
               "center", "dl", "dd"}
# Class, id and component words that publishers use for a summary, and for things under a headline that are not one
# (a "card-deck" is a row of cards).
# Escenic's and others' "leadtext" ("article-leadtext", "lead-text") is the summary's field.
_DEK_HINT = re.compile(r"(?<![a-z])(dek|(?<!card-)deck|standfirst|sub-?title|sub-?head(?:line)?|summary|lede|excerpt"
                       r"|strapline|description|desc(?![a-z])|abstract|intro|teaser|lead[_-]?text)", re.I)
# Words only a summary is called by: a paragraph so marked is the dek even beside the body's paragraphs, where an
# "intro" or "summary" may be the lead paragraph set in bold (a "subtitle" is the headline's second line, no lead).
_ONLY_DEK_HINT = re.compile(r"(?<![a-z])(dek|(?<!card-)deck|standfirst|strapline|sub-?title|sub-?headline)(?![a-z])",
                            re.I)
# A writer's bio set in the headline's header beside the byline (HubPages' "m-detail-header--meta-bio": "Moira has kept
# worms in a shed in Lancashire for twelve years.") is about the writer, not the story.
_NOT_DEK_HINT = re.compile(r"(?<![a-z])(caption|credit|byline|author|bios?|biography|date|time|share|social|tags?|"
                           r"breadcrumbs?|"
                           r"newsletter|promo|related|comments?|kicker|label|category|advert|ad|cta|donate|donation|"
                           r"membership|subscribe|subscription|paywall|signup)(?![a-z])", re.I)
# A wire story's first paragraph opens on its dateline, the place in capitals and a dash ("CHICAGO —", "LONDON
# (Reuters) -"): what the page sets above it, under the headline, is not the body's lead.
_DATELINE = re.compile(r"^[A-Z][A-Z.,' -]{1,40}(?:\([^()]{1,30}\))?\s*[—–-]\s")
_BYLINE_HINT = re.compile(r"(?<![a-z])(byline|author|date|time|dateline|published|posted)(?![a-z])", re.I)
# Longer data-* values are data (JSON, addresses), not the name of a part of the page.
DATA_HINT_CHARS = 40
_HIDDEN = re.compile(r"display:\s*none|visibility:\s*hidden", re.I)
_SENTENCE = re.compile(r"[.!?…][\"'”’)]?\s+(?=[A-Z\"'“‘(])")
_BY = re.compile(r"^\s*(by|von|par|por)\s", re.I)
# A note about the page itself, set under the headline as a dek is: "This story has been updated ...", "This article
# is more than 2 years old", "This post may contain affiliate links". A summary speaks of the story's subject.
# So is a note on what the text is made from: "This is an edited transcript of ...", "This is an abridged version of
# ...", as an editor sets it in italics over a talk or an extract.
_PAGE_NOTE = re.compile(r"^\s*(?:(?:this|the) (?:article|story|post|page|piece|report|interview)\s+(?:is|was|has|had|"
                        r"may|contains?|includes?|first|originally|appeared|will)\b|this is an? (?:[\w-]+ ){0,3}"
                        r"(?:transcript|version|excerpt|extract|adaptation|translation)\s+(?:of|from)\b)", re.I)


def _headline(root: Any, title: str) -> tuple[Any | None, bool]:
    """The h1 that shows the article's title (or the only h1), None when the page has no clear one; and whether it
    shows the title (the only h1 may be a teaser's, in a box beside the article)."""
    h1s = [h for h in root.iter("h1") if squash(h.text_content())]
    wanted = set(comparable(title).split())
    # no <h1>: the article's title set as an <h2> its class names a title (Hugo's Stack theme: "article-title", its
    # site's name an <h1> in the sidebar, which went with the sidebar; Finalsite's news post: "fsTitle"), or as the
    # first <h2> of an <article> (django CMS's news item: "<article class='article'><h2>...</h2><p class='lead'>")
    for h1 in h1s or [h for h in root.iter("h2") if "title" in h.get("class", "").lower()] + _articles_first_h2(root):
        words = set(comparable(h1.text_content()).split())
        if words and wanted and len(words & wanted) >= 0.6 * max(len(words), len(wanted)):
            return h1, True
    if not h1s and wanted and (shown := _headline_box(root, comparable(title))) is not None:
        return shown, True
    return (h1s[0] if len(h1s) == 1 else None), False


ARTICLES_LOOKED_AT = 3


def _articles_first_h2(root: Any) -> list[Any]:
    """The first <h2> of each of the page's first few <article>s."""
    firsts = (next(article.iter("h2"), None) for article in itertools.islice(root.iter("article"), ARTICLES_LOOKED_AT))
    return [h2 for h2 in firsts if h2 is not None]


# No heading at all: the title set as a <div> its class or id names the headline or the post's name (Odoo's
# "o_wblog_post_name", Wiki.js's "headline"), its text the title's.
_HEADLINE_BOX = re.compile(r"(?i)(?:^|[\s_-])(?:headline|(?:article|post|entry|page)[_-]?(?:title|name))(?:$|[\s_-])")
_HEADLINE_TAGS = frozenset({"div", "p", "span"})


def _caption_under_box(element: Any, headline: Any) -> bool:
    """The <div> right under a headline set as a <div>, classed "caption" as a typography's size (Vuetify's, in
    Wiki.js: the page's summary), and furniture by nothing else."""
    if headline.tag not in _HEADLINE_TAGS or element.tag != "div" or element is not headline.getnext():
        return False
    classes = [name for name in (element.get("class") or "").split() if name != "caption"]
    stripped = {**element.attrib, "class": " ".join(classes)}
    named = " ".join(str(stripped.get(a) or "") for a in ("class", "id", "itemprop"))
    return len(classes) < len((element.get("class") or "").split()) and not _NOT_DEK_HINT.search(named) and not (
        _HIDDEN.search(element.get("style") or "") or element.get("hidden") is not None)


def _headline_box(root: Any, title: str) -> Any | None:
    """The first <div>, <p> or <span> named as the headline whose text is the title, or None."""
    for element in root.iter(*_HEADLINE_TAGS):
        named = f"{element.get('class', '')} {element.get('id', '')}"
        # a cheap first look before the pattern
        if ("itle" in named or "ame" in named or "eadline" in named) and _HEADLINE_BOX.search(named) and (
                comparable(element.text_content()) == title):
            return element
    return None


def _attributes(element: Any) -> str:
    """Class, id, itemprop and the short data-* values of an element (data-component="standfirst",
    data-testid="byline"), for publisher hints."""
    named = [element.get(a) or "" for a in ("class", "id", "itemprop")]
    data = [str(value) for key, value in element.attrib.items()
            if str(key).startswith("data-") and len(str(value)) <= DATA_HINT_CHARS]
    return " ".join(named + data)


def _is_byline_furniture(element: Any | None) -> bool:
    """A byline, an author's name or a date line: what a page prints right under the headline's summary."""
    if element is None:
        return False
    return element.tag in ("time", "address") or bool(_BYLINE_HINT.search(_attributes(element)))


def _hints(element: Any, headline: Any) -> str:
    """The publisher hints of an element and of its containers below the one it shares with the headline
    ('<div class="standfirst"><p>...</p></div>': the paragraph has no class of its own)."""
    shared = set(headline.iterancestors())
    containers = [element, *(a for a in element.iterancestors() if a not in shared)]
    return " ".join(_attributes(container) for container in containers)


def _ends_like_dek(text: str) -> bool:
    """A summary ends a sentence, or is long enough that its missing stop is the publisher's style."""
    line = make_line(0, text, 0)
    return line.terminal or line.words >= UNSTOPPED_WORDS


def _blocked(element: Any) -> bool:
    """True for a link, caption, list, hidden part or furniture, or an element whose classes say so."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _NOT_PROSE or element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN.search(element.get("style") or "") or _NOT_DEK_HINT.search(_attributes(element)))


def _is_leaf_block(element: Any) -> bool:
    """A block element (paragraph, heading, div) with no block element inside that holds text."""
    if element.tag not in _BLOCK_TAGS:
        return False
    inner = element.iterdescendants(*_BLOCK_TAGS, *_NOT_PROSE)
    return not any(any(text.strip() for text in block.itertext()) for block in inner)


def _walk(element: Any) -> Iterator[Any]:
    """Leaf blocks in and under element in page order; furniture is yielded whole, not entered."""
    if not isinstance(element.tag, str):
        return
    if _blocked(element) or _is_leaf_block(element):
        yield element
        return
    for child in element:
        yield from _walk(child)


def _candidates(headline: Any) -> list[Any]:
    """The first few leaf blocks (or pieces of furniture) after the headline, in page order."""
    found: list[Any] = []
    for ancestor in [headline, *headline.iterancestors()]:
        for sibling in ancestor.itersiblings():
            for element in _walk(sibling):
                if squash(element.text_content()):
                    found.append(element)
                if len(found) >= MAX_CANDIDATES:
                    return found
    return found


def _shaped_like_dek(text: str, meta: Metadata, marked: bool = False, named_first: bool = False) -> bool:
    """One to three sentences of prose that are not a byline, a date line, a prompt or a credit; a short one only
    when the page marks it a dek (marked) and it ends a sentence, or its own class names it the dek right under the
    headline (named_first)."""
    line = make_line(0, text, 0)
    fewest = MARKED_MIN_WORDS if marked and (line.terminal or named_first) else MIN_WORDS
    if not fewest <= line.words <= MAX_WORDS or len(_SENTENCE.split(text)) > MAX_SENTENCES:
        return False
    if (line.cta and not _news_then_follow(text)) or line.credit or _BY.match(text) or is_byline(text, meta.authors) \
            or _repeats(meta.title, text):
        return False
    if _PAGE_NOTE.match(text):
        return False
    return not (line.words < 2 * MIN_WORDS and parse_date(text))


# A live page's summary closes by asking the reader to follow its coverage ("Storm Bertha made landfall near Cape Fear
# early Tuesday. Follow our updates through the day."): the news before it is the summary, and the close no prompt
# to leave the page. Only that close, after a sentence that is no prompt itself.
_FOLLOW_COVERAGE = re.compile(r"(?i)(?:follow|keep up with|stay with|check back for)\s+(?:our|the|all\s+the)\s+"
                              r"(?:latest\s+)?(?:live\s+)?(?:updates|coverage|developments)\b[^.!?]{0,40}[.!]?")


def _news_then_follow(text: str) -> bool:
    """A summary of the news whose last sentence only asks the reader to follow the coverage."""
    if "ollow" not in text and "eep up" not in text and "tay with" not in text and "heck back" not in text:
        return False
    breaks = list(_SENTENCE.finditer(text))
    if not breaks or not _FOLLOW_COVERAGE.fullmatch(text[breaks[-1].end():].strip()):
        return False
    news = make_line(0, text[:breaks[-1].end()].strip(), 0)
    return news.terminal and news.words >= MIN_WORDS and not news.cta


def is_page_note(text: str) -> bool:
    """A note about the text itself, not a summary of its subject: "This is an edited transcript of ..."."""
    return _PAGE_NOTE.match(text) is not None


def _repeats(title: str, text: str) -> bool:
    """The text says the headline again, with a few words added."""
    wanted, words = set(comparable(title).split()), set(comparable(text).split())
    return bool(wanted) and len(wanted & words) >= TITLE_OVERLAP * len(wanted) and (
        len(words) < TITLE_REPEAT_LENGTH * len(wanted))


def _matches_description(text: str, description: str | None) -> bool:
    """The page's meta description says the same thing (the dek is usually reused there)."""
    if not description:
        return False
    words, described = set(comparable(text).split()), set(comparable(description).split())
    if not words or not described:
        return False
    common = len(words & described)
    return common >= DESCRIPTION_OVERLAP * len(words) and common >= DESCRIPTION_OVERLAP * len(described)


def _labelled_field(element: Any) -> bool:
    """A record's labelled fields, or one's value under a label that names no summary (a recall notice's "Risk
    statement:" over its <dd>)."""
    if element.tag == "dl":
        labels = [dt.text_content() for dt in element.iter("dt")]
        return bool(labels) and not any(_DEK_HINT.search(label) for label in labels)
    if element.tag != "dd":
        return False
    label = element.getprevious()
    return label is not None and label.tag == "dt" and not _DEK_HINT.search(label.text_content())


def _is_body_paragraph(element: Any, body: set[str]) -> bool:
    """A sibling of the same kind holds a body paragraph: the element is the lead paragraph, not a dek."""
    # Any class: a lead paragraph set in bold has a class of its own ("story-body__introduction").
    return any(comparable(sibling.text_content()) in body for sibling in element.itersiblings(element.tag))


def find_standfirst(root: Any, meta: Metadata, blocks: list[Block]) -> str | None:
    """The visible summary between the headline and the body, or None when the page shows none for sure."""
    headline, titled = _headline(root, meta.title)
    if headline is None:
        return None
    # under a blog's name (Blogger's "<h1><a href='/'>Marsh Diary</a></h1>") is its tagline, unless the page's own
    # description says it is the article's summary
    under_site_name = not titled and is_site_logo(headline)
    # under an <article>'s <h2> that no class names the title, a summary the body reads stays the body's (a section's
    # heading over its first paragraph): only one the extractor left out is taken
    bare_h2 = headline.tag == "h2" and "title" not in headline.get("class", "").lower()
    body = {comparable(b.text) for b in blocks if b.kind is not BlockKind.HEADING}
    read = {comparable(b.text) for b in blocks}
    first_words = [comparable(b.text)[:60] for b in blocks[:3] if len(b.text.split()) >= MIN_WORDS]
    first = True
    candidates = _candidates(headline)
    for position, element in enumerate(candidates):
        text = squash(element.text_content())
        if bare_h2 and comparable(text) in read:
            continue
        if first_words and any(comparable(text).startswith(w) for w in first_words[1:]):
            return None  # reached the body
        if (_blocked(element) and not _caption_under_box(element, headline)) or element.find(".//img") is not None \
                or _labelled_field(element):
            continue
        # a place is evidence only under the article's own headline
        following = candidates[position + 1] if position + 1 < len(candidates) else None
        # the first text under the headline, the byline's and the date's furniture passed over (Plume's "Published by
        # ... — September 8, 2026" between the headline and its "<h2 class='p-summary'>")
        opening = first and titled
        placed, first = titled and first and _placed_like_dek(element, headline, following, text, read), False
        # a short summary ("Homes use less than you might think.") is a dek only where the page says so: its class
        # names it one, or the page's description says the same
        marked = (_named_dek(element) or _matches_description(text, meta.description)
                  or (opening and _named_unstopped(element, text)))
        # a dek set as a second headline with no stop (Arc XP's "<h2 class='b-subheadline'>Developer plans 38 homes
        # inside the 1912 landmark</h2>") is short only where it is a subheading its own class names so, first under
        # the article's headline, in sentence case (in Title Case it is a second headline, prune.split_dek); a short
        # paragraph so named with no stop ("Forty years on the water") may be a label
        named_first = opening and ((element.tag in _DEK_HEADINGS and _named_dek(element) and (
            make_line(0, text, 0).capital_ratio <= TITLE_CASE_SHARE)) or _named_unstopped(element, text))
        if not _shaped_like_dek(text, meta, marked, named_first):
            continue
        # a container's class is the article's only under its own headline: a teaser box's "description" is not
        hints = _hints(element, headline) if titled else _attributes(element)
        described = _matches_description(text, meta.description)
        hinted = _DEK_HINT.search(hints) and (_ends_like_dek(text) or (opening and (
            _named_subheading(element, text, read) or _named_dek(element) or _named_unstopped(element, text))))
        if not (described or placed or hinted) or (under_site_name and not described):
            continue
        if (_is_body_paragraph(element, body) and not _ONLY_DEK_HINT.search(hints)
                and not _named_unstopped(element, text)
                and not _opens_on_dateline(element.getnext()) and not (hinted and _over_a_section(element))):
            return None
        return text
    return None


# The headings of an article's sections: a paragraph right above its first is set apart from the paragraphs below.
_SECTION_HEADINGS = {"h2", "h3", "h4"}


def _over_a_section(element: Any) -> bool:
    """A paragraph right above a section's heading: set apart above the body, as a summary is, where a lead paragraph
    runs on into the next (a marked "lede" or "intro" over "<h2>What to do</h2>" is the page's summary)."""
    following = element.getnext()
    return following is not None and following.tag in _SECTION_HEADINGS


def _opens_on_dateline(element: Any | None) -> bool:
    """The element (the one after a marked summary) is the story's first paragraph, opening on its dateline."""
    return element is not None and bool(_DATELINE.match(squash(element.text_content())))


def _placed_like_dek(element: Any, headline: Any, following: Any | None, text: str, read: set[str]) -> bool:
    """A subheading, a paragraph in the headline's <header> or one right above the byline, that is the first text
    under the headline, ends like a summary, and is not read in the body: a dek marked by its place alone
    ('<h1>...</h1><h2>After months of delay, the council ...</h2>'); in Title Case it is a second headline (as
    prune.split_dek has it for one the body keeps)."""
    if comparable(text) in read:
        return False
    if not (element.tag in _DEK_HEADINGS or _in_headline_header(element, headline) or _is_byline_furniture(following)):
        return False
    return _ends_like_dek(text) and make_line(0, text, 0).capital_ratio <= TITLE_CASE_SHARE


def _named_subheading(element: Any, text: str, read: set[str]) -> bool:
    """A subheading right under the headline that the page names a dek or subheading, in sentence case and not read
    in the body: the dek, with no stop (Hugo's "post-subheading": "Six weeks, 40 pipelines, and one lesson")."""
    return (element.tag in _DEK_HEADINGS and comparable(text) not in read
            and make_line(0, text, 0).capital_ratio <= TITLE_CASE_SHARE)


# The names of the headline's second line: an "intro" or a "teaser" with no stop may be a label over the story ("Updated
# with reaction from the fishermen").
_SECOND_LINE_HINT = re.compile(r"(?<![a-z])(excerpt|summary|sub-?title|sub-?headline)(?![a-z])", re.I)


def _named_unstopped(element: Any, text: str) -> bool:
    """A paragraph or subheading its own class names a summary or excerpt, in sentence case and with no stop: the
    headline's second line (Ghost's "<p class='gh-article-excerpt'>Three boats, two harbours and one engineer</p>",
    Plume's "<h2 class='p-summary'>"), where a lead paragraph set in bold ends its sentence."""
    line = make_line(0, text, 0)
    return ((element.tag == "p" or element.tag in _DEK_HEADINGS) and not line.terminal
            and _SECOND_LINE_HINT.search(_attributes(element)) is not None
            and line.capital_ratio <= TITLE_CASE_SHARE)


def _named_dek(element: Any) -> bool:
    """The first text under the headline, whose own class names it the subtitle or dek, read in the body or not: a
    platform's subtitle with no stop (Medium's "pw-subtitle-paragraph", Quarto's "subtitle lead": "Six months of
    working where the kettle is"), which the extractor keeps as the first heading or paragraph."""
    named = _attributes(element)
    # a second headline its class calls the story's intro (Village Media's "<h2 class='details-intro'>Township signs
    # five-year deal with ferry operator</h2>"): a heading is no lead paragraph set in bold
    return bool(_ONLY_DEK_HINT.search(named)) or (element.tag in _DEK_HEADINGS and _INTRO_HEADING.search(named)
                                                  is not None)


_INTRO_HEADING = re.compile(r"(?i)(?:^|[\s_-])intro(?:$|[\s_-])")


def _in_headline_header(element: Any, headline: Any) -> bool:
    """A paragraph in the <header> that holds the headline (which groups the headline's furniture)."""
    header = next(headline.iterancestors("header"), None)
    return element.tag == "p" and header is not None and header in set(element.iterancestors())


def without_standfirst(blocks: list[Block], standfirst: str) -> list[Block]:
    """The body without the standfirst, where the extractor took it for the first paragraph."""
    said = comparable(standfirst)
    head = [b for b in blocks[:3] if comparable(b.text) != said]
    return head + blocks[3:]


# A summary the page labels so, above the text: AO3 sets a work's summary in a <blockquote> under "Summary:" in the
# work's preface, where the extractor leaves quotations of the preface out, and the page has no <h1> for the summary
# to sit under. Only a box above the body's first paragraph that the body does not read: a "Summary" heading over an
# article's last section is the article's own.
_SUMMARY_LABEL = re.compile(r"(?i)summary:?")
_LABEL_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt", "strong", "b", "p"})


def labelled_summary(root: Any, meta: Metadata, blocks: list[Block]) -> str | None:
    """The summary a page labels "Summary:" above its body, when the body does not read it."""
    read = {comparable(b.text) for b in blocks}
    first = next((comparable(b.text) for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    if first is None:
        return None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "p" and comparable(element.text_content()) == first:
            return None  # reached the body
        if element.tag in _LABEL_TAGS and _SUMMARY_LABEL.fullmatch(squash(element.text_content())):
            box = element.getnext()
            text = squash(box.text_content()) if box is not None and not _labelled_field(box) else ""
            if text and comparable(text) not in read and make_line(0, text, 0).terminal and (
                    _shaped_like_dek(text, meta, marked=True)):
                return text
    return None

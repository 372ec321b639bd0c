"""Documents users save as web pages with their own tools: a word processor's or a notes app's export. The tool
wraps the writer's text in its own conventions: a paragraph styled as the title, its Heading 1 as the document's
sections (not a headline), lists drawn with a symbol font, notes' marks and reviewers' comments, page headers and
footers, and a properties box."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from lxml import etree

from narrator.clean.common import comparable, parse_date, squash
from narrator.clean.signoffs import is_sign_off

# The tools that say so in <meta name="generator"> (or ProgId, or Evernote's exporter): their documents have a
# title of their own and sections under it.
_GENERATORS = re.compile(r"(?i)\b(?:microsoft (?:word|onenote)|libreoffice|openoffice|neooffice|abiword|"
                         r"word\.document|onenote\.file|evernote|obsidian)\b")
_GENERATOR_FIELDS = frozenset({"generator", "progid", "originator", "exporter-version", "content-class"})
# Google Docs names no generator: its body is the "doc-content" box (a documentation site's own box of that class
# is not one), or the page says Google Docs published it; Notion's export is an article of class "page" whose header
# holds a "page-title" heading and a properties table.
_NOTION_PAGE = etree.XPath("self::article[contains(concat(' ', normalize-space(@class), ' '), ' page ')]"
                           "[header/h1[contains(@class, 'page-title')]]")
# The paragraph styles a word processor gives the document's title and subtitle (Word's MsoTitle, Google Docs'
# "title"); whole words of the class.
_TITLE_STYLES = frozenset({"msotitle", "title"})
# A note's mark and the note itself, by the anchors the tools give them: Word's "_ftn1"/"_edn1", Google Docs'
# "ftnt1" and reviewers' comments "cmnt1", LibreOffice's "sdfootnote1anc"/"sdendnote1sym". The mark links to the
# note, the note back to the mark.
_NOTE_MARK = re.compile(r"^#(?:_ftn|_edn|ftnt|cmnt|sdfootnote|sdendnote)\d+(?:sym)?$")
_NOTE_BACK = re.compile(r"^#(?:_ftnref|_ednref|ftnt_ref|cmnt_ref|sdfootnote\d+anc|sdendnote\d+anc)\d*$")
_NOTE_BOX = re.compile(r"^(?:ftn|edn|sdfootnote|sdendnote)\d+$")
# Word's page header and footer, its notes' and comments' lists: set apart by their mso-element style.
_WORD_PARTS = re.compile(r"mso-element:\s*(?:header|footer|footnote-list|endnote-list|comment-list)")
# Word draws a list's bullet as a character of a symbol font ("·" in Symbol, "§" in Wingdings, "o" in Courier New)
# in a span of its own before the item's text.
_WORD_LIST_ITEM = re.compile(r"(?i)^msolistparagraph")
_DRAWN_BULLET = re.compile(r"^[·•§o\-–▪■●◦]$")
# A heading a notes app sets in bold type: a short line of its own, all of it bold.
BOLD_HEADING_WORDS = 8


@dataclass(frozen=True)
class SavedDocument:
    """What a saved document says of itself, beyond its page's markup."""

    title: str | None = None
    author: str | None = None
    published: str | None = None


def _is_saved_document(root: Any) -> bool:
    """A page a word processor or a notes app saved, by what it says of itself."""
    for meta in root.iter("meta"):
        if (meta.get("name") or "").strip().lower() in _GENERATOR_FIELDS and _GENERATORS.search(
                meta.get("content") or ""):
            return True
        if meta.get("property") == "og:site_name" and meta.get("content") == "Google Docs":
            return True  # a document Google Docs published
    body = root.find("body")
    if body is not None and "doc-content" in (body.get("class") or "").split():
        return True
    return any(_NOTION_PAGE(article) for article in root.iter("article"))


def _classes(element: Any) -> set[str]:
    """An element's class names, lower-cased."""
    return set((element.get("class") or "").lower().split())


def _title_paragraph(root: Any) -> Any | None:
    """The first paragraph the document styles as its title."""
    return next((p for p in root.iter("p") if _TITLE_STYLES & _classes(p) and squash(p.text_content())), None)


def _drop_notes(root: Any) -> None:
    """Take out notes' marks (their tail stays), the notes and reviewers' comments, and Word's page headers and
    footers: a listener heard "colder.[1] Most" and "[a]Check whether the council has repaired the footbridge"."""
    for link in list(root.iter("a")):
        href = (link.get("href") or "").strip()
        if link.getparent() is None:
            continue
        if _NOTE_MARK.match(href):
            mark = link
            while (parent := mark.getparent()) is not None and parent.tag in ("sup", "span") and not squash(
                    "".join(parent.itertext()).replace(mark.text_content(), "", 1)):
                mark = parent  # the <sup> or <span> holding only the mark goes too
            mark.drop_tree()  # its tail stays
        elif _NOTE_BACK.match(href):
            note = next(link.iterancestors("p", "div", "li"), None)
            if note is not None and note.getparent() is not None:
                note.drop_tree()
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if _NOTE_BOX.match(element.get("id") or "") or _WORD_PARTS.search(element.get("style") or ""):
            element.drop_tree()


def _word_lists(root: Any) -> None:
    """Word's list paragraphs as a list's items, without the bullet it draws with a symbol font."""
    for p in list(root.iter("p")):
        if p.getparent() is None or not any(_WORD_LIST_ITEM.match(name) for name in _classes(p)):
            continue
        first = next(iter(p), None)
        if first is not None and not squash(p.text or "") and _DRAWN_BULLET.match(squash(
                first.text_content().replace("\u00a0", " "))):
            first.drop_tree()
        p.tag = "li"
        previous = p.getprevious()
        if previous is not None and previous.tag == "ul" and not squash(previous.tail or ""):
            previous.append(p)  # the item's tail (whitespace) goes with it
        else:
            items = etree.Element("ul")
            p.addprevious(items)
            items.append(p)


_SINGLE_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table"})


def _unwrap_single_blocks(root: Any) -> None:
    """A box that holds one paragraph, heading or list and nothing else, as that block: a notes app's export boxes
    every block (Obsidian's), and the extractor, finding each paragraph alone in its box, left the headings out."""
    for box in list(root.iter("div")):
        children = [child for child in box if isinstance(child.tag, str)]
        if (len(children) == 1 and children[0].tag in _SINGLE_BLOCKS and not squash(box.text or "")
                and not squash(children[0].tail or "") and box.getparent() is not None):
            box.drop_tag()


def _bold_headings(root: Any) -> None:
    """A short line set in bold on its own, a paragraph after it, as a heading: a notes app's way to head a part."""
    for box in list(root.iter("div", "p")):
        text = squash(box.text_content())
        if (not text or len(text.split()) > BOLD_HEADING_WORDS or len(box) != 1 or squash(box.text or "")
                or box[0].tag not in ("b", "strong") or squash(box[0].tail or "")
                or squash(box[0].text_content()) != text or text[-1] in ".,;:!?"):
            continue
        following = box.getnext()
        if following is not None and len(squash(following.text_content()).split()) > BOLD_HEADING_WORDS:
            box.tag = "h3"
            box.attrib.clear()


def _properties(root: Any) -> None:
    """Take out a Notion page's properties box (Created, Tags, Owner): the app's fields, not the writer's text."""
    for table in root.xpath("//table[contains(concat(' ', normalize-space(@class), ' '), ' properties ')]"):
        table.drop_tree()


def _unwrap_blocks(root: Any) -> None:
    """A callout (a figure holding paragraphs and no image) and a toggle (<details>) as the boxes of text they are:
    the extractor left figures and toggles out."""
    for figure in list(root.iter("figure")):
        if figure.find(".//img") is None and figure.find(".//p") is not None:
            figure.tag = "div"
    for details in list(root.iter("details")):
        details.tag = "div"
        item = details.getparent()
        if item is not None and item.tag == "li" and len(item) == 1:  # a toggle is a list of one item
            item.tag = "div"
            if (holder := item.getparent()) is not None and holder.tag in ("ul", "ol") and len(holder) == 1:
                holder.tag = "div"
        for summary in details.findall("summary"):
            summary.tag = "h3"


def _page_title(root: Any) -> str:
    """The page's <title>."""
    return squash(" ".join(root.xpath("//title/text()")[:1]))


_WORD_AUTHOR = re.compile(r"<o:Author>([^<>]{1,100})</o:Author>")


def tidy_saved_document(root: Any, text: str) -> SavedDocument | None:
    """Undo a word processor's or a notes app's conventions in the tree; None when the page is no saved document.

    Its title is the paragraph styled so, taken out of the body; with one, or with more than one Heading 1, its
    Heading 1s are sections, not headlines (the extractor dropped them as the page's title): the page's <title>
    names the document when no paragraph is styled as its title. Word keeps the author in its document
    properties, inside a comment.
    """
    if not _is_saved_document(root):
        return None
    _drop_notes(root)
    _unwrap_single_blocks(root)
    _word_lists(root)
    _properties(root)
    _unwrap_blocks(root)
    _bold_headings(root)
    title = None
    if (styled := _title_paragraph(root)) is not None:
        title = " ".join(styled.text_content().split())
        styled.drop_tree()
    sections = [h1 for h1 in root.iter("h1") if squash(h1.text_content())]
    if title is not None or len(sections) > 1:
        for h1 in sections:
            h1.tag = "h2"
        title = title or _page_title(root) or None
    if title:
        for p in list(root.iter("p"))[:3]:  # the title typed again as a large first paragraph
            if comparable(p.text_content()) == comparable(title):
                p.drop_tree()
                break
    published = None
    if title is None and not _page_title(root) and (large := _largest_type(root)) is not None:
        title = " ".join(large.text_content().split())
        published = _drop_date_lines(large)
        large.drop_tree()
    _drop_tool_credit(root)
    author = match.group(1).strip() if (match := _WORD_AUTHOR.search(text[:20000])) else None
    return SavedDocument(title=title, author=author, published=published)


# A notes app names an untitled page by its first line in larger type (OneNote's 20pt title over 11pt notes), with
# the day and time the page was made under it.
_FONT_SIZE = re.compile(r"font-size:\s*([\d.]+)pt")
LARGER_TYPE = 1.5
TITLE_WORDS = 15
DATE_LINES = 2
_TIME_ALONE = re.compile(r"(?i)^\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?$")
DATE_LINE_WORDS = 5
# What a tool writes under what it exported: "Created with OneNote.", "Exported with Bear".
_TOOL_CREDIT = re.compile(r"(?i)^(?:created|exported|generated|made|saved)\s+(?:with|using|in|by)\s+\S.{0,40}$")
TOOL_CREDIT_WORDS = 6


def _largest_type(root: Any) -> Any | None:
    """The document's first paragraph, when it is a short line in type larger than most of its paragraphs'."""
    sized = [(p, float(found.group(1))) for p in root.iter("p") if squash(p.text_content())
             and (found := _FONT_SIZE.search(p.get("style") or ""))]
    first = next((p for p in root.iter("p") if squash(p.text_content())), None)
    if not sized or first is not sized[0][0] or len(squash(first.text_content()).split()) > TITLE_WORDS:
        return None
    sizes = Counter(size for _, size in sized)
    return first if sized[0][1] >= LARGER_TYPE * sizes.most_common(1)[0][0] else None


def _drop_date_lines(title: Any) -> str | None:
    """Take out the day and the time printed under a notes page's title; the day, as ISO, or None."""
    paragraphs = [p for p in title.getroottree().getroot().iter("p") if squash(p.text_content())]
    start = paragraphs.index(title) + 1
    day = None
    for p in paragraphs[start:start + DATE_LINES]:
        text = squash(p.text_content())
        if len(text.split()) > DATE_LINE_WORDS:
            break
        if _TIME_ALONE.match(text):
            p.drop_tree()
        elif found := parse_date(text):
            day = day or found
            p.drop_tree()
    return day


def _drop_tool_credit(root: Any) -> None:
    """Take out the tool's credit under the document ("Created with OneNote.")."""
    last = [p for p in root.iter("p") if squash(p.text_content())][-1:]
    if last and len((text := squash(last[0].text_content())).split()) <= TOOL_CREDIT_WORDS and _TOOL_CREDIT.match(
            text):
        last[0].drop_tree()


# --- an e-mail saved or printed as a page -------------------------------------------------------------------------

# A mail's header line as a mail program prints it over the message ("From: Ann <ann@x.org>", "Sent: Tuesday, ...");
# its labels in the languages narrator reads. A run of them naming a sender is the message's header.
_MAIL_LABELS = {
    "from": "from", "von": "from", "de": "from", "da": "from",
    "sent": "date", "date": "date", "gesendet": "date", "datum": "date", "envoyé": "date", "enviado": "date",
    "to": "to", "an": "to", "à": "to", "para": "to", "cc": "to", "bcc": "to",
    "subject": "subject", "betreff": "subject", "objet": "subject", "asunto": "subject", "oggetto": "subject",
    "attachments": "to", "reply-to": "to", "anlagen": "to",
}
_MAIL_LINE = re.compile(r"^\s*([A-Za-zÀ-ÿ-]{2,12})\s*:\s*(.*)$", re.S)
MIN_HEADER_LINES = 2
# A printed header has a line a field, a dozen at most: a longer run of "From: ..." boxes (a page's repeated metadata)
# is no header, and following it from each of its lines was quadratic (2,000 boxes, 37 s).
MAX_HEADER_LINES = 12
# What forwarding writes over the forwarded message ("Begin forwarded message:", "---------- Forwarded message
# ---------"), and before a subject (as archive._REPLY_MARKS).
_FORWARDED = re.compile(r"(?i)(?:begin forwarded message|forwarded message|original message)\b")
_FORWARD_SUBJECT = re.compile(r"(?i)^(?:fwd?|wg|tr)\s*:")
_REPLY_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr)[ \t]*:[ \t]*)+", re.I)
# What a reply writes over the message it quotes: "On 14/05/2024 18:02, Alan Pike wrote:".
_QUOTE_INTRO = re.compile(r"(?i)^(?:on|am|le|el|il)\b.{4,200}\b(?:wrote|schrieb|a écrit|escribió|ha scritto)\s*:$")
# Mail programs' own names for a message's signature and a reply's quotation.
_SIGNATURE_BOXES = frozenset({"moz-signature", "gmail_signature"})
_QUOTE_BOXES = frozenset({"gmail_quote", "moz-cite-prefix"})
# A sender's line as a webmail's print view gives it: a name and an address in angle brackets.
_SENDER = re.compile(r"^[^<>@]{0,80}<[^<>@\s]+@[^<>\s]+>$")
_MESSAGE_COUNT = re.compile(r"(?i)^\d+ messages?$")


# A text node that opens a sender's header line ("From:", "Von:") or is an address in angle brackets.
_MAIL_EVIDENCE = etree.XPath(
    "//text()[re:test(., '^\\s*(from|von|de|da)\\s*:|<[^<>@\\s]+@[^<>\\s]+>\\s*$', 'i')][1]",
    namespaces={"re": "http://exslt.org/regular-expressions"})


@dataclass(frozen=True)
class MailHeader:
    """What a message's printed header says: its subject, its sender's name, its date's text."""

    subject: str | None = None
    sender: str | None = None
    sent: str | None = None
    note: tuple[str, ...] = ()
    """The forwarder's own lines over a message they forward ("Thought you would like these, from Sunday.")."""


def _lines(element: Any) -> list[str]:
    """An element's text broken at its <br>s, rows, cells' boxes and paragraphs, each line squashed."""
    pieces: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if not isinstance(node.tag, str):
            if event == "end":
                pieces.append(node.tail or "")
            continue
        if event == "start":
            pieces.append("\n" if node.tag in _LINE_BREAKS else "")
            pieces.append(node.text or "")
        else:
            pieces.append("\n" if node.tag in _LINE_BREAKS else "")
            if node is not element:
                pieces.append(node.tail or "")
    return [line for line in (squash(part.replace("\u00a0", " ")) for part in "".join(pieces).split("\n")) if line]


_LINE_BREAKS = frozenset({"br", "tr", "div", "p", "li", "table"})


def _header_line(text: str) -> tuple[str, str] | None:
    """The field and value of a printed header line ("From: Ann <ann@x.org>"), or None."""
    match = _MAIL_LINE.match(text)
    if match is None or (field := _MAIL_LABELS.get(match.group(1).lower())) is None:
        return None
    return field, squash(match.group(2))


def _header_of(lines: list[str]) -> MailHeader | None:
    """The header a run of lines spells, when every line is a header line and one names the sender."""
    fields = [_header_line(line) for line in lines]
    if len(fields) < MIN_HEADER_LINES or any(f is None for f in fields):
        return None
    found = dict(reversed([f for f in fields if f is not None]))  # the first of each field
    sender = found.get("from", "")
    # an event's details ("Date: 3 May", "From: 10am", "To: 4pm") are no message's: a sender has an address
    if not sender or not ("subject" in found or ("date" in found and "@" in sender)):
        return None
    name = squash(re.sub(r"<[^<>]*>|\S+@\S+", "", sender)).strip(" \"'") or None
    return MailHeader(subject=found.get("subject") or None, sender=name, sent=found.get("date") or None)


def _header_box(element: Any) -> tuple[Any, MailHeader] | None:
    """The element (a table, a box of lines, or a paragraph broken with <br>) and the header it holds, or None."""
    if element.tag in ("table", "p", "div", "td", "blockquote"):
        header = _header_of(_lines(element))
        if header is not None:
            return element, header
    return None


def _header_runs(root: Any) -> list[tuple[list[Any], MailHeader]]:
    """Every printed mail header on the page in page order: one element holding it whole, or a run of sibling
    elements, each a line of it."""
    runs: list[tuple[list[Any], MailHeader]] = []
    seen: set[int] = set()
    for element in root.iter("table", "div", "p", "td", "tr"):
        if id(element) in seen or any(id(a) in seen for a in element.iterancestors()):
            continue
        if len(element.text_content()) > 1200:
            continue
        found = _header_box(element)
        if found is not None and not any(_header_box(child) for child in element if isinstance(child.tag, str)):
            runs.append(([element], found[1]))
            seen.add(id(element))
            continue
        if _header_line(squash(element.text_content().replace("\u00a0", " "))) is None:
            continue
        run = [element]
        for sibling in element.itersiblings():
            if not isinstance(sibling.tag, str) or not squash(sibling.text_content()):
                continue
            if sibling.tag == "br":
                continue
            if len(run) == MAX_HEADER_LINES:
                break
            if _header_line(squash(sibling.text_content().replace("\u00a0", " "))) is None:
                break
            run.append(sibling)
        header = _header_of([squash(e.text_content().replace("\u00a0", " ")) for e in run])
        if header is not None:
            runs.append((run, header))
            seen.update(id(e) for e in run)
    return runs


def _is_forward(run: list[Any], header: MailHeader) -> bool:
    """A forwarded message's header: under "Begin forwarded message:", or its subject marked as forwarded."""
    if header.subject and _FORWARD_SUBJECT.match(header.subject):
        return True
    before = run[0].getprevious()
    while before is not None and not squash(before.text_content()):
        before = before.getprevious()
    holder = run[0].getparent()
    near = squash(before.text_content()) if before is not None else squash(holder.text or "") if holder is not None \
        else ""
    return bool(_FORWARDED.search(near))


# The forwarder's note over a forwarded message is a few lines of their own at most.
FORWARD_NOTE_LINES = 5
FORWARD_NOTE_WORDS = 80


def _lines_above(root: Any, quote: Any) -> tuple[str, ...]:
    """The text of the blocks above a forwarded message, its header taken out already: what the forwarder wrote over
    it, which the extractor leaves out beside the longer message. None past a few short lines (a message of its own,
    which the extractor reads)."""
    above = set(quote.iterancestors())
    lines = []
    for element in root.iter():
        if element is quote:
            break
        if element.tag not in ("div", "p") or element in above or any(
                isinstance(c.tag, str) and c.tag in ("div", "p", "blockquote", "table") for c in element):
            continue  # a box of boxes: its lines are looked at one by one
        if text := squash(element.text_content()):
            lines.append(text)
    if len(lines) > FORWARD_NOTE_LINES or any(len(line.split()) > FORWARD_NOTE_WORDS for line in lines):
        return ()
    return tuple(lines)


def _drop_from(element: Any) -> None:
    """Take out an element and everything after it in its parent: a reply's quotation runs to the message's end."""
    for following in list(element.itersiblings()):
        following.drop_tree()
    element.drop_tree()


def _drop_signature(root: Any) -> None:
    """Take out what follows a sign-off and the writer's name ("Thanks,", "Dan"): the sender's signature, title,
    address, telephone and legal notice."""
    for element in root.iter("p", "div"):
        if element.getparent() is None or len(element) > 3 or not is_sign_off(squash(element.text_content())):
            continue
        name = element.getnext()
        while name is not None and not squash(name.text_content()):
            name = name.getnext()
        if name is None or len(squash(name.text_content()).split()) > SIGNATURE_NAME_WORDS:
            continue
        for following in list(name.itersiblings()):
            following.drop_tree()
        return


SIGNATURE_NAME_WORDS = 4


def _attached(element: Any, root: Any) -> bool:
    """The element is still in the page (a dropped element keeps its document, not its place)."""
    top = element
    while (parent := top.getparent()) is not None:
        top = parent
    return top is root


def _printed_subject(root: Any) -> str | None:
    """The subject a webmail's print view sets in bold over the message, as its <title> ends ("Gmail - Subject");
    taken out of the page."""
    title = squash(" ".join(root.xpath("//title/text()")[:1]))
    _, separator, subject = title.partition(" - ")
    if not separator or not subject:
        return None
    for element in root.iter("b", "strong", "h1", "h2"):
        if squash(element.text_content()) == subject:
            element.drop_tree()
            return subject
    return None


# Words a printed header line opens with, and an address in angle brackets as HTML escapes it: a page without any
# is no e-mail, and is not searched (a search of every text node cost 3 ms a page).
_MAIL_WORDS = re.compile(r"From ?:|FROM:|Von:|De ?:|Da:|&lt;[\w.+-]{1,64}@")
MAIL_HEAD_CHARS = 30_000


def tidy_mail(root: Any, text: str) -> MailHeader | None:
    """Read and take out the header a mail program printed over a saved message (the page's source in `text`), its
    signature and the message a reply quotes under it; a forwarded message stays, without its header. None when the
    page is no e-mail."""
    start = max(text.find("<body"), 0)  # a header is printed at the top of the page, past its styles
    if not _MAIL_WORDS.search(text, start, start + MAIL_HEAD_CHARS) or not _MAIL_EVIDENCE(root):
        return None
    runs = _header_runs(root)
    senders = [e for e in root.iter("td", "div", "p") if _SENDER.match(squash(e.text_content()))]
    if not runs and not senders:
        return None
    header = runs[0][1] if runs else MailHeader()
    for run, found in runs[1:]:
        if not _attached(run[0], root):
            continue  # in a later message taken out already with the one above it
        if _is_forward(run, found):
            for element in run:
                element.drop_tree()
            continue
        _drop_from(run[0])
    if runs:
        for element in runs[0][0]:
            if element.getparent() is not None:
                element.drop_tree()
    note: tuple[str, ...] = ()
    for quote in list(root.iter("blockquote")):
        if quote.getparent() is None or quote.get("type") != "cite":
            continue
        if _FORWARDED.search(squash(quote.text_content())[:200]):
            note = note or _lines_above(root, quote)
            quote.tag = "div"  # the forwarded message is what was sent on to be read, not a quotation in it
        else:
            quote.drop_tree()  # the message a reply quotes
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        classes = _classes(element)
        text = squash(element.text_content())
        if (classes & (_SIGNATURE_BOXES | _QUOTE_BOXES) or (_QUOTE_INTRO.match(text) and len(element) <= 2)
                or _MESSAGE_COUNT.match(text) or (_FORWARDED.match(text) and len(text) < 60)):
            element.drop_tree()
    for cell in senders:  # a webmail's print view: the sender's row, with the date beside it
        if not _attached(cell, root):
            continue  # inside a row taken out already
        row = next(cell.iterancestors("tr"), None)
        dated = next((squash(c.text_content()) for c in row.iter("td") if parse_date(squash(c.text_content()))),
                     None) if row is not None else None
        if row is None or dated is None:
            cell.drop_tree()  # the account's own address over the page
            continue
        header = MailHeader(header.subject or _printed_subject(root), header.sender or squash(
            cell.text_content().split("<")[0]) or None, header.sent or dated)
        for recipient in list(row.itersiblings()):
            if _header_line(squash(recipient.text_content().replace("\u00a0", " "))) is None:
                break
            recipient.drop_tree()  # "To: ..." rows under it
        row.drop_tree()
    _drop_signature(root)
    subject = _REPLY_MARKS.sub("", header.subject or "") or None
    return MailHeader(subject, header.sender, header.sent, note)

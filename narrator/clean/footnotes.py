"""Notes as a page sets them: a note inside a sentence read after its paragraph, a superscript mark after a stop
bracketed, and a list of endnotes that link back to their marks left out."""

from __future__ import annotations

import re
from typing import Any

from narrator.clean.common import squash

# A note the page sets inside its sentence, to show beside it or on a click: a sidenote, a margin note, a footnote
# whose text a converter (LaTeXML) keeps where its mark is. Its class names it a note; read in place it splits the
# sentence ("depends on the listener1Two experts counting the same..."), so it is read after its paragraph.
_INLINE_NOTE_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:side|margin|foot)?note(?:$|[\s_-])")
# A note's own mark at its start ("1", "†"), as the converter repeats it inside the note.
_NOTE_START_MARK = re.compile(r"^\s*(?:\d{1,3}|[*†‡§¶])\s*")
INLINE_NOTE_WORDS = 3
_SIGN_ONLY = re.compile(r"^[\W_]*$")


def _in_paragraphs(root: Any, tags: tuple[str, ...], classed: str = "") -> list[Any]:
    """The elements of these tags (whose class contains `classed`) inside a paragraph, in the page's order: one walk
    of the tree, not the XPath "//p//span", for which libxml2 merges a node set per paragraph (8,000 short paragraphs
    cost x16 CPU on x4)."""
    return [element for element in root.iter(*tags)
            if classed in element.get("class", "") and next(element.iterancestors("p"), None) is not None]


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
    for note in _in_paragraphs(root, ("span", "small"), "note"):
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
        for label in _in_paragraphs(root, ("label",)):
            if _SIGN_ONLY.match(label.text_content()):
                label.drop_tree()


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

"""A record's fields in a definition list (a museum object's "Artist" / "Helena Strand", "Medium" / "Oil on
canvas"): read as "Artist: Helena Strand", one line a field, not a term and its value as lines of their own."""

from __future__ import annotations

import itertools
import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash
from narrator.clean.htmlmeta import declares_event

# A field's name is a label of a few words and its value a phrase, not a sentence: a glossary's definitions are
# sentences and stay as the page sets them.
FIELD_NAME_WORDS = 4
FIELD_VALUE_WORDS = 12
MIN_FIELDS = 2
# A catalogue's own number for the thing ("Accession number" / "1931.42"): the collection's filing, not said.
_CATALOGUE_NUMBER = re.compile(r"(?i)(?:accession|object|inventory|catalogue|catalog|museum|registration|record)"
                               r"\s+(?:number|no\.?|id)|id|object\s+id")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?$")


def _pairs(terms: Any) -> list[tuple[str, str]] | None:
    """The list's (name, value) pairs, each <dt> followed by one <dd>, all short; None for any other list."""
    children = [child for child in terms if isinstance(child.tag, str)]
    if len(children) < 2 * MIN_FIELDS or len(children) % 2:
        return None
    pairs = []
    for name_element, value_element in zip(children[::2], children[1::2], strict=True):
        if name_element.tag != "dt" or value_element.tag != "dd":
            return None
        name, value = squash(name_element.text_content()), squash(value_element.text_content())
        if not name or not value or len(name.split()) > FIELD_NAME_WORDS or len(value.split()) > FIELD_VALUE_WORDS \
                or (_SENTENCE_END.search(value) and len(value.split()) > 2):
            return None
        pairs.append((name.rstrip(":"), value))
    return pairs


def join_record_fields(root: Any) -> None:
    """Read a definition list of short fields as one line a field, "Name: value", leaving out a catalogue's number."""
    for terms in list(root.iter("dl")):
        if terms.getparent() is None or (pairs := _pairs(terms)) is None:
            continue
        fields = etree.Element("ul")
        for name, value in pairs:
            if not _CATALOGUE_NUMBER.fullmatch(name):
                etree.SubElement(fields, "li").text = f"{name}: {value}"
        fields.tail = terms.tail
        terms.getparent().replace(terms, fields)


# An event's page sets its facts as a box of fields, each a label heading over its value ('<div><h3>Date</h3><p>Saturday
# 14 March 2026, 7.30pm</p><a>Add to calendar</a></div>', "Venue", "Tickets"): what the listener needs of the event,
# which the extractor left out as short lines beside the description. Read as "Date: Saturday 14 March 2026, 7.30pm",
# one line a field, in place of the box and its buttons; only on a page that declares itself an event (schema.org's
# Event and its kinds), with the fields' labels an event's, in a box that holds nothing else but short links. A
# consultation's "Dates" box or an article's "Tickets" section stays as the page sets it.
_EVENT_LABELS = frozenset({"date", "dates", "time", "times", "when", "where", "venue", "location", "address",
                           "tickets", "ticket", "price", "prices", "admission", "cost", "entry", "doors",
                           "date and time", "date & time", "venue and address"})
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "dt", "strong", "b")
# Modern Events Calendar sets each value in a list of one: '<h3>Time</h3><dl><dd>1:00 pm - 4:00 pm</dd></dl>'.
_VALUE_TAGS = frozenset({"p", "div", "span", "time", "address", "dd", "dl"})
# A link or button in the box ("Add to calendar", "View map", "Book tickets") is the box's interface, not a field.
BOX_LINK_WORDS = 4
BOX_LEVELS = 2


# An event's own fields as join_event_fields reads them, "Date: Sunday 3 May 2026", "Time: 4:30 am - 7:00 am": two
# short ones at the article's head are the event's facts, not the tool links a page sets there ("Print", "Share").
_FIELD_LINE = re.compile(r"([^:]{2,20}): .*\d.*")


def is_event_field_line(text: str) -> bool:
    """A line of an event's field by an event's label, its value holding a figure (a day, an hour, a price)."""
    return ":" in text and (found := _FIELD_LINE.fullmatch(text)) is not None and \
        found.group(1).casefold() in _EVENT_LABELS


def _event_field(label: Any) -> tuple[str, str, Any] | None:
    """The (name, value, value element) of a label heading an event's field and the short phrase after it."""
    name = squash(label.text_content()).rstrip(":").strip()
    value = label.getnext()
    if name.casefold() not in _EVENT_LABELS or value is None or value.tag not in _VALUE_TAGS:
        return None
    if value.tag == "dl" and [child.tag for child in value if isinstance(child.tag, str)] != ["dd"]:
        return None  # a list of terms is a record of its own (join_record_fields)
    text = squash(value.text_content())
    if not text or len(text.split()) > FIELD_VALUE_WORDS or _SENTENCE_END.search(text):
        return None
    return name, text, value


def _box_of(fields: list[tuple[str, str, Any]]) -> Any | None:
    """The nearest element holding every field, a few levels up, that holds nothing else but short links."""
    labels = [value.getprevious() for _, _, value in fields]
    # each label's containers a few levels up: the box is among them all, so the look stays bounded however many
    near = [list(itertools.islice(label.iterancestors(), BOX_LEVELS)) for label in labels]
    box = next((box for box in near[0] if all(box in levels for levels in near[1:])), None)
    if box is None:
        return None
    inside = {element for label in labels for element in label.iter()}
    inside |= {element for _, _, value in fields for element in value.iter()}
    for element in box.iter():
        if element in inside or not isinstance(element.tag, str) or not (element.text or "").strip():
            continue
        if element.tag not in ("a", "button", "span") or len(squash(element.text_content()).split()) > BOX_LINK_WORDS:
            return None
    return box


def join_event_fields(root: Any) -> None:
    """Read an event's box of fields (a label heading over each value) as one line a field, "Date: ...", on a page
    that declares an event."""
    if not declares_event(root):
        return
    fields = [field for label in root.iter(*_LABEL_TAGS) if (field := _event_field(label)) is not None]
    if len(fields) < MIN_FIELDS or (box := _box_of(fields)) is None or box.getparent() is None:
        return
    listed = etree.Element("ul")
    for name, value, _ in fields:
        etree.SubElement(listed, "li").text = f"{name}: {value}"
    if (opening := _description_opening(root, box)) is not None:
        box.drop_tree()  # keeps the text after the box where it was
        opening.addprevious(listed)
        return
    listed.tail = box.tail
    box.getparent().replace(box, listed)


def _description_opening(root: Any, box: Any) -> Any | None:
    """The first paragraph of the page's one <article> when the event's box of fields sits outside it, else None."""
    # A calendar plugin (The Events Calendar) sets the description in the <article> and the date, venue and cost in
    # a sidebar beside it: the extractor reads the article alone, and the event's facts were lost. The facts go before
    # the description, as where they sit inside it. Two articles (teaser cards) name no one description.
    articles = root.xpath("//article")
    if len(articles) != 1 or next(box.iterancestors("article"), None) is not None or box in articles[0].iterancestors():
        return None
    # the description's first paragraph, not a kicker in the article's header
    return next((p for p in articles[0].iter("p") if next(p.iterancestors("header"), None) is None), None)

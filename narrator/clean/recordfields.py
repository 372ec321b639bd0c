"""A record's fields in a definition list (a museum object's "Artist" / "Helena Strand", "Medium" / "Oil on
canvas"): read as "Artist: Helena Strand", one line a field, not a term and its value as lines of their own."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash

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

"""A mailing list archive's page of one message (Mailman's pipermail): its subject, sender, day and text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml import etree

from narrator.clean.common import squash

# pipermail sets the subject as the page's <h1>, then the sender in <b>, their address as a mailto link and the day
# in <i> as a mail program stamps it ("Sun Mar 15 07:42:18 GMT 2026"); the message follows in a <pre>, wrapped at
# 72 columns, between the archive's links to the previous and next messages.
_HEADER = etree.XPath("/html/body/h1[following-sibling::*[1][self::b]][following-sibling::*[2][self::a]"
                      "[starts-with(@href, 'mailto:')]]")
_STAMP = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+\d\d:\d\d(?::\d\d)?"
                    r"(?:\s+[A-Z]{2,5}|\s+[+-]\d{4})?\s+(\d{4})")
_LIST_NAME = re.compile(r"^\s*\[[\w.+-]{1,60}\]\s*")
# Mailman's note where it took an attachment out ("-------------- next part --------------"): the message ends there.
_NEXT_PART = re.compile(r"(?m)^-{5,80}[ \t]*next part[ \t]*-{5,80}[ \t]*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ARCHIVE_LINKS = re.compile(r"(?i)\b(?:previous|next) message\b|\bmessages sorted by\b|^more information about\b")


@dataclass(frozen=True)
class ListMessage:
    """What an archived message's page says of it."""

    subject: str
    sender: str
    sent: str | None


def tidy_list_message(root: Any) -> ListMessage | None:
    """Read and take out an archived message's header and the archive's links, and set its text out in paragraphs;
    None when the page is no such message."""
    headers = _HEADER(root)
    if not headers:
        return _plain_message(root)
    subject = headers[0]
    sender, address = subject.getnext(), subject.getnext().getnext()
    stamp = address.getnext()
    while stamp is not None and stamp.tag == "br":
        stamp = stamp.getnext()
    message = next(iter(subject.getparent().iterchildren("pre")), None)
    if message is None:
        return None
    found = ListMessage(_LIST_NAME.sub("", squash(subject.text_content())), squash(sender.text_content()),
                        _day(squash(stamp.text_content())) if stamp is not None and stamp.tag == "i" else None)
    for element in (sender, address, *([stamp] if stamp is not None and stamp.tag == "i" else [])):
        element.drop_tree()
    for element in list(subject.getparent().iterchildren("ul", "a", "p")):
        if element is not message and _ARCHIVE_LINKS.search(squash(element.text_content())):
            element.drop_tree()
    _as_paragraphs(message)
    for child in list(subject):
        subject.remove(child)
    subject.text = found.subject  # the headline without the list's name, as the title has it
    return found


# A list archive's page that sets the message as its sender typed it, in a <pre> its class names the message's body
# (sourcehut's "message-body"): read as one block, its paragraphs run together and its signature after them. Over it,
# the archive's line of who sent it to which list ("From Joss Maxted to ~jmaxted/quillmark-announce 17 days ago"),
# and the subject, a list's tag before it ("[ANNOUNCE] quillmark 0.9 released").
_MESSAGE_BODIES = etree.XPath("//pre[contains(@class, 'message') or contains(@class, 'mail') or contains(@class, "
                              "'email')]")
_MESSAGE_BODY = re.compile(r"(?i)(?:^|\s)(?:e-?)?(?:mail|message)[_-]?(?:body|text|content)(?:$|\s)")
_SUBJECTS = etree.XPath("//*[self::h1 or self::h2 or self::h3 or self::h4][contains(@class, 'subject')]")
# "From" and its spaces are taken possessively: the name after them opens on no space, and a free run was tried at
# each split against the name's lazy repeat (20,000 spaces: 21 s; the line is squashed first, so none reach it now).
_SENT_BY = re.compile(r"From\s++(.{3,60}?)\s+to\s+\S{2,80}(?:\s.{0,40})?")
_SENDER_LINES = etree.XPath("//small | //p | //div[not(*[self::div or self::p or self::pre])]")
SENDER_LINES_LOOKED_AT = 40
# A signature under its separator, a line of two dashes and a space alone (RFC 3676's "-- "): the message ends there.
_SIGNATURE = re.compile(r"(?m)^-- ?$")


def _plain_message(root: Any) -> ListMessage | None:
    """An archived message set in a <pre> its class names the message's body: its paragraphs set out without its
    signature, and its subject (without the list's tag) and sender; None when the page has no such <pre>."""
    message = next((pre for pre in _MESSAGE_BODIES(root) if _MESSAGE_BODY.search(pre.get("class", ""))), None)
    if message is None:
        return None
    subjects = _SUBJECTS(root)
    subject = _LIST_NAME.sub("", squash(subjects[0].text_content())) if subjects else ""
    sender = ""
    for line in _SENDER_LINES(root)[:SENDER_LINES_LOOKED_AT]:
        if (found := _SENT_BY.fullmatch(squash(line.text_content()))) is not None:
            sender = found.group(1)
            line.drop_tree()
            break
    _as_paragraphs(message, signed=True)
    return ListMessage(subject, sender, None)


def _day(stamp: str) -> str | None:
    """The ISO day of a mail program's stamp."""
    found = _STAMP.search(stamp)
    if found is None:
        return None
    try:
        return datetime.strptime(" ".join(found.groups()), "%b %d %Y").date().isoformat()
    except ValueError:
        return None


def _as_paragraphs(message: Any, signed: bool = False) -> None:
    """The message's <pre> as its paragraphs (parted by blank lines, the wrapped lines joined), up to Mailman's note
    of an attachment taken out (and, signed, up to the signature's separator)."""
    text = message.text_content()
    if (cut := _NEXT_PART.search(text)) is not None:
        text = text[:cut.start()]
    if signed and (cut := _SIGNATURE.search(text)) is not None:
        text = text[:cut.start()]
    for chunk in _BLANK_LINE.split(text):
        if line := squash(chunk):
            paragraph = etree.Element("p")
            paragraph.text = line
            message.addprevious(paragraph)
    message.drop_tree()


# A reply quotes the message it answers under its mail program's line, "On Sat, Apr 11, 2026 at 06:02 PM, Rhian Lloyd
# wrote:", and a web archive (groups.io, Google Groups) sets the quotation as a <blockquote> under that line: read, the
# earlier message came after the reply as if it were its last words. The line's clock says a program wrote it: "On
# Friday the minister wrote:" over a quotation in a story has none, and stays.
_QUOTE_INTRO = re.compile(r"(?i)^(?:on|am|le|el|il)\b.{4,200}\b(?:wrote|schrieb|a écrit|escribió|ha scritto)\s*:$")
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")


def drop_quoted_messages(root: Any) -> None:
    """Take out an earlier message a reply quotes, with its mail program's line over it or as its first line."""
    for quote in list(root.iter("blockquote")):
        if quote.getparent() is None:
            continue
        if _is_quote_intro(squash(quote.text or "")) and len(quote) and quote[0].tag == "br":
            quote.drop_tree()  # the line inside the quotation, over its first <br> ("On ... wrote:<br>&gt; ...")
            continue
        intro = quote.getprevious()
        if intro is None or not isinstance(intro.tag, str):
            continue
        if _is_quote_intro(squash(intro.text_content())) and not squash(intro.tail or ""):
            intro.drop_tree()
            quote.drop_tree()


def _is_quote_intro(text: str) -> bool:
    """A mail program's line over the message it quotes, its clock in it."""
    return bool(_CLOCK.search(text)) and _QUOTE_INTRO.match(text) is not None

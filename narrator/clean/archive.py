"""An article saved whole in one file (a page as MHTML or Safari's web archive, a newsletter as a saved email): the
article's own HTML or text, and what the container says of it (address, charset; a mail's subject, sender, date)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from narrator.clean.mailtext import without_closing_name, without_quotation, without_signature
from narrator.errors import InputError
from narrator.model import Format, Source

if TYPE_CHECKING:
    from email.message import Message

log = logging.getLogger(__name__)

# Chrome, Edge and Opera save "Webpage, Single File" as MHTML (RFC 2557): mail headers, then the page and every
# image and style sheet as parts of a multipart/related message. Read as text, its quoted-printable CSS was spoken.
_HEADER_LINE = re.compile(rb"[!-9;-~]{1,76}:[^\r\n]{0,998}|[ \t][^\r\n]{0,998}")
_MULTIPART_RELATED = re.compile(rb"^content-type:[ \t]*multipart/related\b", re.I | re.M)
HEAD_BYTES = 16_384
"""How far the mail headers of a saved page may run before its first blank line."""
_ADDRESS = re.compile(r"https?://[^\s<>\"']{1,2000}")
# A saved email (.eml: Gmail's "Download message", Apple Mail, Thunderbird, Outlook) names its sender and carries
# headers only a mail system writes; a letter typed as text with "From:" and "Subject:" lines has none of those.
_MAIL_FROM = re.compile(rb"^from:", re.I | re.M)
# What a browser writes at the head of a page it saves as MHTML ("From: <Saved by Blink>", Chrome's snapshot address).
_SNAPSHOT = re.compile(rb"^(snapshot-content-location:|from:[ \t]*<saved by )", re.I | re.M)
_MAIL_SYSTEM = re.compile(rb"^(message-id|mime-version|received|delivered-to|return-path|x-mailer):", re.I | re.M)
_CONTENT_LANGUAGE = re.compile(rb"^content-language:[ \t]*([^\r\n]{1,100})", re.I | re.M)
# "Fwd: Re: Fw: AW: WG: TR:": what forwarding and replying put before a subject, in English, German and French.
_REPLY_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr)[ \t]*:[ \t]*)+", re.I)


# A plain-text forward: the mail program's line over the forwarded message, then its header lines to a blank line
# (Gmail's "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:", Outlook's
# "-----Original Message-----", and as German, French and Spanish mail programs write it); the header's names in
# the same languages, by their English names. Its dashes and spaces are matched so that no two runs can share a
# character: a line of spaces is looked at once, not once for each way of splitting it (16,000 spaces took 8 s).
_FORWARD_LINE = re.compile(r"(?im)^[ \t>]*(?:-+[ \t]*)?(?:begin forwarded message|forwarded message|original message|"
                           r"ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message transféré|"
                           r"mensaje original|mensaje reenviado)[ \t]*-*:?[ \t]*\r?\n")
_FORWARD_FIELD = re.compile(r"^[ \t>]*(from|von|de|sent|date|datum|gesendet|envoyé|enviado|fecha|subject|betreff|"
                            r"objet|asunto|to|an|à|para|cc)[ \t]*:[ \t]*(.*)$", re.I)
_FIELD_NAMES = {"von": "from", "de": "from", "sent": "date", "datum": "date", "gesendet": "date", "envoyé": "date",
                "enviado": "date", "fecha": "date", "betreff": "subject", "objet": "subject", "asunto": "subject"}
FORWARD_NOTE_CHARS = 2000
"""The most a forwarder's note over a forward's line may hold; more is a letter of their own, read before it."""
_ORIGINAL_MESSAGE = re.compile(r"(?i)original message|ursprüngliche nachricht|message d'origine|mensaje original")
_REPLY_SUBJECT = re.compile(r"(?i)^[ \t]*(?:re|aw|sv|antw)[ \t]*:")


@dataclass(frozen=True)
class Unpacked:
    """The source to read, and what its container says of the article (None where it says nothing)."""

    source: Source
    title: str | None = None
    author: str | None = None
    published: str | None = None
    fallback_title: str | None = None
    """A title for an article that names none of its own (an attached one: the subject of the mail it came in)."""


def _mail_head(data: bytes) -> bytes | None:
    """The header block of a mail-shaped file (every line "Name: value" or a folded one), or None."""
    head = data[:HEAD_BYTES].lstrip(b"\xef\xbb\xbf")
    end = re.search(rb"\r?\n\r?\n", head)
    if end is None:
        return None
    lines = head[:end.start()].splitlines()
    if not lines or lines[0][:1] in b" \t" or not all(_HEADER_LINE.fullmatch(line) for line in lines):
        return None
    return head[:end.start()]


def _is_mhtml(head: bytes) -> bool:
    """True when a file's mail headers say it is a multipart/related message."""
    return _MULTIPART_RELATED.search(head) is not None


def _is_web_archive(data: bytes) -> bool:
    """True for a property list that may be Safari's web archive (binary, or XML with a plist root)."""
    return data.startswith(b"bplist00") or (b"<plist" in data[:1024] and b"WebMainResource" in data[:200_000])


def _address(value: object) -> str | None:
    """A saved page's web address when it is one (http or https), else None: a file path is no link."""
    match = _ADDRESS.fullmatch(str(value or "").strip())
    return match.group(0) if match else None


def _unreadable(source: Source, what: str) -> InputError:
    """The error for a saved page with no page inside it."""
    return InputError(what, origin=source.origin,
                      hint="save the page again (as HTML, or a single file) and pass that")


def _root_part(message: Message) -> Message | None:
    """The page of a multipart/related message: the part its "start" names, else the part saved from the address
    the snapshot names (Chrome's), else its first HTML part (RFC 2557's root)."""
    parts = [part for part in message.walk() if not part.is_multipart()]
    start, snapshot = message.get_param("start"), _header(message, "Snapshot-Content-Location")
    for header, wanted in (("Content-ID", start), ("Content-Location", snapshot)):
        if isinstance(wanted, str) and wanted.strip():  # _header: a value with 8-bit bytes is a Header, not a str
            found = next((part for part in parts if _header(part, header).strip() == wanted.strip()), None)
            if found is not None:
                return found
    return next((part for part in parts if part.get_content_type() in ("text/html", "application/xhtml+xml")), None)


def _from_mhtml(source: Source) -> Source:
    """The page inside an MHTML file, decoded from its transfer encoding, with its address and charset."""
    import email  # the mail parser loads only for a saved page (its policies cost 20 ms at every start)

    try:
        message = email.message_from_bytes(source.data.removeprefix(b"\xef\xbb\xbf"))
        part = _root_part(message)
    except RecursionError as exc:  # parts nested thousands deep: no browser saves that
        raise _unreadable(source, "is an MHTML file that holds no web page") from exc
    payload = part.get_payload(decode=True) if part is not None else None
    if part is None or not isinstance(payload, bytes) or not payload.strip():
        raise _unreadable(source, "is an MHTML file that holds no web page")
    address = _address(part.get("Content-Location")) or _address(message.get("Snapshot-Content-Location"))
    return replace(source, data=payload, format_hint=Format.HTML, charset=part.get_content_charset(),
                   url=source.url or address)


def _from_web_archive(source: Source) -> Source:
    """The page inside a Safari web archive (a property list holding the page's bytes, charset and address)."""
    import plistlib

    try:
        archive = plistlib.loads(source.data)
    except Exception as exc:  # plistlib raises several types on a damaged file; all mean "not readable"
        if source.data.startswith(b"bplist00"):
            raise _unreadable(source, "is a damaged property list (a Safari web archive?)") from exc
        return source  # an XML text that only mentions a plist: read as it is
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    payload = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(main, dict) or not isinstance(payload, bytes) or not payload.strip():
        raise _unreadable(source, "is a property list, not a Safari web archive")
    charset = main.get("WebResourceTextEncodingName")
    return replace(source, data=payload, format_hint=Format.HTML,
                   charset=charset if isinstance(charset, str) and len(charset) < 40 else None,
                   url=source.url or _address(main.get("WebResourceURL")))


def _is_mail(head: bytes) -> bool:
    """True for a saved email: mail headers naming a sender, written by a mail system, and no browser's snapshot."""
    return (_MAIL_FROM.search(head) is not None and _MAIL_SYSTEM.search(head) is not None
            and _SNAPSHOT.search(head) is None)


def _header(message: Message, name: str) -> str:
    """A header's text, its encoded words (=?utf-8?q?...?=) decoded, on one line."""
    from email.header import decode_header, make_header

    # as written (raw_items): get() turns 8-bit bytes into a Header whose text has lost them
    raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()), None)
    if raw is None:
        return ""
    written = _eight_bit(str(raw))
    try:
        text = str(make_header(decode_header(written)))
    except (ValueError, LookupError, UnicodeError):
        text = written
    return " ".join(text.split())


def _eight_bit(header: str) -> str:
    """A header written in 8-bit bytes rather than encoded words (RFC 6532's UTF-8 headers, which Gmail and
    Thunderbird send; an old program's Latin-1) as its characters: the parser keeps such bytes as surrogates."""
    if not any("\udc80" <= char <= "\udcff" for char in header):
        return header
    data = header.encode("ascii", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _mail_body(parts: list[Message]) -> tuple[Message, bytes, Format] | None:
    """The part a mail is read from (its HTML, else its text), decoded, and the reader it wants; None if none."""
    for kind, hint in (("text/html", Format.HTML), ("text/plain", Format.AUTO)):
        part = next((p for p in parts if p.get_content_type() == kind), None)
        payload = part.get_payload(decode=True) if part is not None else None
        if part is not None and isinstance(payload, bytes) and payload.strip():
            return part, payload, hint
    return None


# An article sent as a file attached to a short note ("Here is the piece I mentioned"): the readers narrator has for
# files, by the attachment's type or, where a mail program writes application/octet-stream, its name.
_ARTICLE_TYPES = {"text/html": Format.HTML, "application/xhtml+xml": Format.HTML, "text/markdown": Format.MARKDOWN,
                  "application/pdf": Format.AUTO, "application/rtf": Format.AUTO, "text/rtf": Format.AUTO,
                  "application/epub+zip": Format.AUTO, "application/vnd.oasis.opendocument.text": Format.AUTO,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Format.AUTO}
_ARTICLE_SUFFIXES = {".html": Format.HTML, ".htm": Format.HTML, ".xhtml": Format.HTML, ".md": Format.MARKDOWN,
                     ".markdown": Format.MARKDOWN, ".pdf": Format.AUTO, ".rtf": Format.AUTO, ".epub": Format.AUTO,
                     ".odt": Format.AUTO, ".docx": Format.AUTO}
NOTE_WORDS = 40
"""The most words a mail may hold and still be only a note over the article attached to it."""
_TAG = re.compile(rb"<style\b[^>]{0,200}>[^<]{0,100000}</style>|<[^>]{0,2000}>")
# A covering note says it covers something ("attached", "enclosed", "see the file"), in the languages narrator reads:
# a short mail that does not is a message of its own (a few lines of news, a printable edition attached as well).
_COVERING = re.compile(rb"(?i)attach|enclos|\bfile\b|anbei|anhang|pi\xc3\xa8ce jointe|ci-joint|adjunt|allegat|anexo")


def _attached_article(message: Message, body: tuple[Message, bytes, Format] | None) -> tuple[str, bytes, Format] | None:
    """The article a mail carries as an attached file (its name, bytes and reader) when the mail's own text is only a
    note about it (a few dozen words at most); None when the mail's text is the article, or nothing is attached."""
    if body is not None:
        words = _TAG.sub(b" ", body[1]) if body[2] is Format.HTML else body[1]
        if len(words.split()) > NOTE_WORDS or not _COVERING.search(words):
            return None
    for attached in message.walk():
        name = attached.get_filename() or ""
        suffix = name[name.rfind("."):].lower() if "." in name else ""
        hint = _ARTICLE_TYPES.get(attached.get_content_type(), _ARTICLE_SUFFIXES.get(suffix))
        if attached.is_multipart() or not name or hint is None or (body is not None and attached is body[0]):
            continue
        data = attached.get_payload(decode=True)
        if isinstance(data, bytes) and data.strip():
            return name, data, hint
    return None


def _enclosing(message: Message, part: Message) -> Message:
    """The message a part belongs to: a newsletter forwarded as an attachment (message/rfc822) has its own subject,
    sender and date, which are the article's; the forwarder's message is only its envelope."""
    from email.message import Message

    for attached in message.walk():  # walks the attached messages' parts too: the innermost holding the part wins
        if attached.get_content_type() != "message/rfc822" or not attached.is_multipart():
            continue
        inner = attached.get_payload(0)
        if isinstance(inner, Message) and _header(inner, "From") and any(piece is part for piece in inner.walk()):
            message = inner
    return message


def _from_mail(source: Source) -> Unpacked:
    """A saved email's article: its HTML part (else its text), titled by its subject, by its sender, on its date."""
    import email
    import email.utils

    try:
        message = email.message_from_bytes(source.data.removeprefix(b"\xef\xbb\xbf"))
        parts = [part for part in message.walk()
                 if not part.is_multipart() and part.get_content_disposition() != "attachment"]
    except RecursionError as exc:
        raise InputError("is an email with parts nested too deep to read", origin=source.origin,
                         hint="save the message again from your mail program") from exc
    body = _mail_body(parts)
    attached = _attached_article(message, body)
    if attached is not None:
        name, payload, hint = attached
        log.info("%s: reading the article attached as %s (the mail's own text is a note)", source.origin, name)
        return Unpacked(replace(source, data=payload, format_hint=hint, charset=None),
                        fallback_title=_REPLY_MARKS.sub("", _header(message, "Subject")) or None)
    if body is None:
        raise InputError("is an email with no text in it", origin=source.origin,
                         hint="save the message again from your mail program, or save the article as text")
    part, payload, hint = body
    try:
        message = _enclosing(message, part)
    except RecursionError as exc:
        raise InputError("is an email with parts nested too deep to read", origin=source.origin,
                         hint="save the message again from your mail program") from exc
    sender, _ = email.utils.parseaddr(_header(message, "From"))
    try:
        sent = email.utils.parsedate_to_datetime(_header(message, "Date")).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        sent = None
    # The part's own Content-Language (Thunderbird and Outlook write one on each part) says more than the message's.
    language = source.language or _header(part, "Content-Language")
    subject = _header(message, "Subject")
    unpacked = Unpacked(replace(source, data=payload, format_hint=hint, charset=part.get_content_charset(),
                                language=language),
                        title=_REPLY_MARKS.sub("", subject) or None, author=_person(sender) or None, published=sent)
    if hint is not Format.HTML:  # a forward or a reply in HTML is the HTML reader's (saved.tidy_mail)
        return _plain_mail(unpacked, _REPLY_SUBJECT.match(subject) is not None)
    from narrator.clean.decode import decode
    from narrator.clean.newsletters import tidy_newsletter

    text = decode(unpacked.source)
    tidied = tidy_newsletter(text)
    return unpacked if tidied == text else replace(unpacked, source=_as_text(unpacked.source, tidied))


# A newsletter's sender as its platform writes it: "Casey Rivera from The Harbour Letter" (Substack), "Ann Lee via
# Island News" (a mailing list), "Casey Rivera | The Harbour Letter": the person, before the publication.
_PERSON_FROM = re.compile(r"^((?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’.-]*)[ \t]+(?:from|via|\|)[ \t]+\S.*$")


def _person(sender: str) -> str:
    """The person a mail's sender name names, without the publication a platform adds after them."""
    found = _PERSON_FROM.match(sender.strip())
    return found.group(1) if found else sender.strip()


def _forwarded(text: str) -> tuple[str, str, dict[str, str]] | None:
    """A plain-text mail's text above its forward line, the forwarded message under the line and its header, and that
    header's fields by their English names (from, date, subject); None when it forwards nothing."""
    line = _FORWARD_LINE.search(text) if "essage" in text or "achricht" in text or "ensaje" in text else None
    if line is None:
        return None
    fields: dict[str, str] = {}
    position = line.end()
    while text.startswith(("\n", "\r\n"), position):  # Apple Mail leaves a blank line under its own
        position = text.index("\n", position) + 1
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end + 1
        found = _FORWARD_FIELD.match(text[position:end].rstrip("\r\n"))
        if found is None:
            break
        name = found.group(1).lower()
        fields.setdefault(_FIELD_NAMES.get(name, name), found.group(2).strip())
        position = end
    if "from" not in fields:
        return None
    return text[:line.start()], text[position:], fields


def _plain_mail(unpacked: Unpacked, reply: bool) -> Unpacked:
    """A plain-text mail's own words: without the message a reply quotes or the signature under "-- "; a forwarded
    message's header taken out, and read as the article's subject, sender and date when only a note is above it."""
    import email.utils

    from narrator.clean.common import parse_date
    from narrator.clean.decode import decode

    source = unpacked.source
    text = decode(source)
    found = _forwarded(text)
    if found is None:
        own = without_signature(without_quotation(text))
        return unpacked if own == text else replace(unpacked, source=_as_text(source, own))
    above, rest, fields = found
    above, rest = without_signature(without_quotation(above)), without_signature(without_quotation(rest))
    if reply and _ORIGINAL_MESSAGE.search(text, len(above), len(above) + 200) and above.strip():
        # Outlook's reply: "-----Original Message-----" over the mail it answers, quoted whole; the reply is read
        return replace(unpacked, source=_as_text(source, above))
    if len(above) > FORWARD_NOTE_CHARS:
        # a letter of the writer's own over the message they pass on: theirs to be heard, by them, under their
        # subject; the forwarded message after it under its own subject, its header lines never read aloud
        subject, above = _REPLY_MARKS.sub("", fields.get("subject", "")), without_closing_name(above)
        return replace(unpacked, source=_as_text(source, f"{above.rstrip()}\n\n{subject}\n\n{rest.lstrip()}"
                                                 if subject else f"{above.rstrip()}\n\n{rest.lstrip()}"))
    # The forwarder's note above the line ("Thought you would like this one") is theirs, not the article's: the
    # title, byline and date read are the forwarded message's, so the words read are too.
    sender, address = email.utils.parseaddr(fields["from"])
    return Unpacked(_as_text(source, rest),
                    title=_REPLY_MARKS.sub("", fields.get("subject", "")) or unpacked.title,
                    author=sender.strip() or address or unpacked.author,
                    published=parse_date(fields.get("date")) or unpacked.published)


def _as_text(source: Source, text: str) -> Source:
    """The source holding a text of its own, as UTF-8."""
    return replace(source, data=text.encode("utf-8"), charset="utf-8")


# A Unix mailbox (Thunderbird's folder file, Gmail's Takeout, mutt's): each message after its envelope line ("From
# sender asctime-date"), its body's own lines that begin "From " quoted as ">From ". Read as text, the envelope was
# the title and every header was spoken.
_MBOX_ENVELOPE = re.compile(rb"From [^ \r\n]{1,320} [^\r\n]{0,200}\d\d:\d\d[^\r\n]{0,40}\r?\n")
_MBOX_SEPARATOR = re.compile(rb"\n\r?\nFrom [^ \r\n]{1,320} [^\r\n]{0,200}\d\d:\d\d[^\r\n]{0,40}\r?\n")
_MBOX_QUOTED = re.compile(rb"^>(>*From )", re.M)


def _from_mbox(source: Source) -> Source:
    """The one message of a mailbox file, unquoted, as a saved email; a mailbox of several is refused saying how to
    pick one (narrator reads one article at a time, and which of them is meant is the user's to say)."""
    envelope = _MBOX_ENVELOPE.match(source.data)
    if envelope is None:
        return source
    rest = source.data[envelope.end():]
    if _mail_head(rest) is None:  # no header block under it: a text that opens "From ... 10:30 ..."
        return source
    count = 1 + sum(1 for _ in _MBOX_SEPARATOR.finditer(rest))
    if count > 1:
        raise InputError(f"is a mailbox of {count} messages: narrator reads one article at a time",
                         origin=source.origin,
                         hint="save the message you mean as .eml from your mail program (Save As, or Download "
                              "message) and pass that")
    return replace(source, data=_MBOX_QUOTED.sub(rb"\1", rest))


def unpack(source: Source) -> Unpacked:
    """The article an archive or a saved email holds, as a Source of its own; any other source as it is. A mail's
    or saved page's Content-Language header is read as a server's would be (Outlook and Thunderbird write one), a
    mail part's own before the message's."""
    if source.data.startswith(b"From "):  # a mailbox file: its one message
        source = _from_mbox(source)
    head = _mail_head(source.data)
    said = _CONTENT_LANGUAGE.search(head) if head is not None else None
    language = source.language or (said.group(1).decode("ascii", "replace").strip() if said else "")
    if head is not None and _is_mail(head):  # an email with pictures in it is multipart/related too
        unpacked = _from_mail(source)
        return replace(unpacked, source=replace(unpacked.source, language=unpacked.source.language or language))
    if head is not None and _is_mhtml(head):
        return Unpacked(replace(_from_mhtml(source), language=language))
    if _is_web_archive(source.data):
        return Unpacked(_from_web_archive(source))
    return Unpacked(source)

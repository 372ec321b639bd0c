"""Bytes to text: BOM, declared charset, <meta charset>, then charset-normalizer as a fallback."""

from __future__ import annotations

import codecs
import re

from narrator.errors import InputError
from narrator.model import Source

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}encoding=["']([a-zA-Z0-9_.:-]{2,40})""")
# Control characters other than tab, newline, carriage return and form feed mark binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Control characters XML cannot hold: a form feed or a vertical tab parts lines, the others are dropped.
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _codec(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None if unknown."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers read a declared latin-1 as windows-1252; pages rely on it for curly quotes.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _declared(source: Source) -> list[str]:
    """Charsets declared by a BOM, the HTTP header or the markup, most trusted first."""
    head = source.data[:4096]
    found = [_codec(source.charset)]
    for pattern in (_XML_ENCODING, _META_CHARSET):
        match = pattern.search(head)
        found.append(_codec(match.group(1).decode("ascii", "ignore")) if match else None)
    return [name for name in dict.fromkeys(found) if name]


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: old Word, Excel, Outlook's .msg
# Files people try that are not articles narrator reads, by their first bytes: what each is and what to do instead.
_TRY_THE_PAGE = "narrate the article's web page, or save its text as a .txt or Markdown file"
_KNOWN_FILES = (
    (_OLE, "is an old-style Office document (.doc)", "save it as .docx and pass that"),
    (b"\x1f\x8b", "is compressed (gzip)", "unpack it with gunzip and pass the file inside"),
    (b"PK\x03\x04", "is a zip archive (an e-book, an OpenDocument or other zipped files), not an article",
     "unpack it, or save the article as .docx, HTML, text or Markdown, and pass that"),
    (b"\x89PNG", "is an image", _TRY_THE_PAGE),
    (b"\xff\xd8\xff", "is an image", _TRY_THE_PAGE),
    (b"GIF8", "is an image", _TRY_THE_PAGE),
    (b"ID3", "is audio already", "add it to a podcast feed as it is; narrator reads articles"),
    (b"OggS", "is audio already", "add it to a podcast feed as it is; narrator reads articles"),
    (b"fLaC", "is audio already", "add it to a podcast feed as it is; narrator reads articles"),
)


# Outlook's .msg is an OLE compound file as an old .doc is; its directory names its properties' streams
# ("__substg1.0_0037001F", in UTF-16) within the file's first sectors. Told apart, it gets the fix for a mail.
_OUTLOOK_STREAM = "__substg1.0_".encode("utf-16-le")
OUTLOOK_LOOK_BYTES = 65_536
"""How far into an OLE file its directory is looked for (Outlook writes it in the first sectors)."""


def _outlook_message(source: Source) -> InputError | None:
    """The error for an Outlook message (.msg), which narrator does not read, saying how to save it as one it does."""
    if not source.data.startswith(_OLE):
        return None
    # a large message's directory may sit past the first sectors: its name then says what it is
    if _OUTLOOK_STREAM not in source.data[:OUTLOOK_LOOK_BYTES] and not source.origin.lower().endswith(".msg"):
        return None
    return InputError("is an Outlook message (.msg), which narrator does not read", origin=source.origin,
                      hint="save the mail as .eml (new Outlook, Outlook for Mac: Save as, or drag it to a folder) "
                           "or as HTML (classic Outlook: File > Save As > HTML) and pass that")


def _known_file(source: Source) -> InputError | None:
    """The error for a kind of file people try that is no article (a PDF, an image, a zip), if it is one."""
    if (outlook := _outlook_message(source)) is not None:
        return outlook
    for magic, what, hint in _KNOWN_FILES:
        if source.data.startswith(magic):
            return InputError(what, origin=source.origin, hint=hint)
    if source.data[:4] == b"RIFF" and source.data[8:12] in (b"WEBP", b"WAVE"):
        kind = "an image" if source.data[8:12] == b"WEBP" else "audio already"
        return InputError(f"is {kind}", origin=source.origin, hint=_TRY_THE_PAGE)
    return None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes in the first few kilobytes mean this is not text (UTF-16/32 are caught by BOM first)."""
    return b"\x00" in data[:8192]


def _normalizer_guess(data: bytes) -> str | None:
    """Ask charset-normalizer for the best decoding, or None when it sees no text."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


def decode(source: Source) -> str:
    """Decode source.data to text, or raise InputError for binary or undecodable bytes."""
    text = _decoded(source)
    if _XML_UNSAFE.search(text):
        # lxml (and so every HTML reader here) refuses these; none of them is read aloud
        text = _XML_UNSAFE.sub(lambda m: "\n" if m.group(0) in "\x0b\x0c" else "", text)
    return text


def _decoded(source: Source) -> str:
    """The text as decoded, control characters and all."""
    data = source.data
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    if (known := _known_file(source)) is not None:
        raise known
    if _looks_binary(data):
        raise InputError(
            "looks like a binary file, not an article", origin=source.origin, hint="pass HTML, Markdown or text"
        )
    # Valid UTF-8 with non-ASCII bytes is almost never anything else, whatever the page declares:
    # declarations are often wrong (copied templates, servers defaulting to latin-1).
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for codec in _declared(source):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue  # a wrong declaration is common; fall through to detection
    guess = _normalizer_guess(data)
    if guess is None:
        raise InputError(
            "cannot tell how the text is encoded", origin=source.origin, hint="save it as UTF-8 and try again"
        )
    text = data.decode(guess, errors="replace")
    if len(_CONTROL.findall(text[:10_000])) > 20:
        raise InputError(
            "looks like a binary file, not an article", origin=source.origin, hint="pass HTML, Markdown or text"
        )
    return text

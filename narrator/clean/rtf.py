"""A rich text (RTF) document, as TextEdit saves by default and Word and WordPad can: its text, for the text reader."""

from __future__ import annotations

import codecs
import re

from narrator.errors import InputError
from narrator.model import Source

_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
# RTF's own rule: a backslash before a line break is a paragraph break (TextEdit ends every line so); the parser
# reads only \par. A doubled backslash is a backslash in the text.
_LINE_BREAK_PAR = re.compile(r"(?<!\\)((?:\\\\)*)\\\r?\n")


def is_rtf(data: bytes) -> bool:
    """True for an RTF document."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf"


def _codec(data: bytes) -> str:
    """The codec of the document's 8-bit characters (\\ansicpg), Windows' Western one when it names none."""
    declared = _CODEPAGE.search(data[:4096])
    if declared:
        try:
            return codecs.lookup(f"cp{int(declared.group(1))}").name
        except LookupError:
            pass
    return "cp1252"


def rtf_text(source: Source) -> str:
    """The document's text, a paragraph a line, by striprtf (RTF's controls, fonts and colours left out)."""
    from striprtf.striprtf import rtf_to_text  # only RTF documents need it

    codec = _codec(source.data)
    markup = _LINE_BREAK_PAR.sub(r"\1\\par\n", source.data.decode(codec, errors="replace"))
    try:
        return str(rtf_to_text(markup, encoding=codec, errors="replace"))  # type: ignore[no-untyped-call]
    except Exception as exc:  # striprtf raises what its parsing meets (an overflowing \uN, a bad code page)
        raise InputError(f"is an RTF document narrator cannot read ({type(exc).__name__})", origin=source.origin,
                         hint="open it and save it as plain text, Markdown or .docx, and pass that") from exc

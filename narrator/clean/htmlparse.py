"""A page's markup as lxml reads it: a huge page shrunk, and what a browser reads otherwise than lxml mended first (a
self-closed script, a server's error output, a word's break)."""

from __future__ import annotations

import logging
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

log = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# "<script .../>" opens a script in a browser (the slash means nothing in HTML) and what follows is code up to
# "</script>"; lxml closed it at once, and the page's JavaScript was read as its text.
# Quoted values may hold a slash ("text/javascript"); outside quotes a slash can only close the tag.
_SELF_CLOSED_SCRIPT = re.compile(r"<(script|style)(\b(?:[^<>/\"']|\"[^\"<>]{0,500}\"|'[^'<>]{0,500}'){0,200})/>", re.I)
# Extraction time grows faster than page size; no article needs more markup than this.
MAX_HTML_CHARS = 2_000_000
# PHP's on-page error output ("<b>Warning</b>: ... in <b>/path/x.php</b> on line <b>12</b>"): never the article,
# and long enough to win trafilatura's comparison with its fallback extractors on short posts.
_SERVER_ERROR = re.compile(
    r"<b>\s*(?:warning|notice|deprecated|strict standards|(?:parse|fatal|catchable fatal) error)\s*</b>\s*:"
    r".{0,600}?\bon line\s*<b>\s*\d+\s*</b>",
    re.I | re.S,
)
_WORD_BREAK = re.compile(r"<wbr\s*/?>", re.I)
_BULKY_START = re.compile(r"<(script|style|svg|noscript)\b|<!--", re.I)
_INLINE_DATA = re.compile(r"data:[\w/+.-]+;base64,[\w+/=]+")


def _without_bulky(text: str) -> str:
    """The page without scripts, styles, SVG and comments; an unclosed one runs to the end, as in a browser."""
    lower = text.lower()
    kept: list[str] = []
    position = 0
    while match := _BULKY_START.search(text, position):
        kept.append(text[position:match.start()])
        closer = "-->" if match.group(0) == "<!--" else f"</{match.group(1).lower()}"
        end = lower.find(closer, match.end())
        if end < 0:
            return "".join(kept)
        position = lower.find(">", end) + 1 or len(text)
    kept.append(text[position:])
    return "".join(kept)


def shrink(text: str) -> str:
    """Drop scripts, styles and inline data from a huge page, then cut it to MAX_HTML_CHARS."""
    if len(text) <= MAX_HTML_CHARS:
        return text
    text = _INLINE_DATA.sub("", _without_bulky(text))
    if len(text) > MAX_HTML_CHARS:
        log.warning("page has %d characters of markup; reading only the first %d", len(text), MAX_HTML_CHARS)
        text = text[:MAX_HTML_CHARS]
    return text


def parse_html(text: str) -> Any | None:
    """An lxml tree of the page (server error messages left out), or None when nothing parses."""
    # lxml refuses str input that declares an encoding; the text is already decoded.
    text = _XML_DECLARATION.sub("", text, count=1)
    if "/>" in text:
        text = _SELF_CLOSED_SCRIPT.sub(r"<\1\2>", text)
    if "on line" in text:
        text = _SERVER_ERROR.sub("", text)
    if "<wbr" in text or "<WBR" in text:  # a place a long word may break: no space, or "Circum<wbr>locution" is two
        text = _WORD_BREAK.sub("", text)
    try:
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, recover=True, no_network=True)
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


# A page that shows its article in a frame whose document it carries itself (<iframe srcdoc="...">: a reader view, a
# sandboxed preview, an email's web copy): the page's own text is a toolbar, and the article is the frame's document.
FRAMED_MIN_WORDS = 40
FRAMED_OVER_PAGE = 3


def framed_document(root: Any) -> str | None:
    """The document a page's own frame carries when it holds the page's text (several times the words around it)."""
    documents = [frame.get("srcdoc", "") for frame in root.iter("iframe")]
    framed = max(documents, key=len, default="")
    if not framed:
        return None
    frame_root = parse_html(framed)
    body = root.find("body")
    if frame_root is None or body is None:
        return None
    words = len(frame_root.text_content().split())
    around = len(body.text_content().split())
    return framed if words >= FRAMED_MIN_WORDS and words >= FRAMED_OVER_PAGE * around else None

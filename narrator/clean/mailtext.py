"""A plain-text mail's own words: without the message a reply quotes under them, nor the signature under its "-- "
line. A mail program writes both in forms of its own, which no article does, so they are cut here, before the text
reader looks at the mail as it looks at any text."""

from __future__ import annotations

import re

from narrator.clean.signoffs import SIGNATURE_WORDS, is_sign_off

# What a reply writes over the message it quotes ("On Thu, 3 Dec 2026 at 18:02, Ann Lee <ann@example.com> wrote:"),
# as English, German, French, Spanish and Italian mail programs write it; Gmail wraps a long one over two lines.
_QUOTE_INTRO = re.compile(r"(?im)^[ \t]*(?:on|am|le|el|il)\b[^\r\n]{4,200}(?:\r?\n[^\r\n>]{1,120})?"
                          r"\b(?:wrote|schrieb|a écrit|escribió|ha scritto)[ \t]*:[ \t]*\r?$")
# The quoted lines under it, each opening with ">" (a blank line among them stays in the quotation).
_QUOTED = re.compile(r"(?:[ \t]*\r?\n)*(?:[ \t]*>[^\r\n]*(?:\r?\n|$)(?:[ \t]*\r?\n)*)+")
# RFC 3676's signature line: two dashes and a space alone on a line; what follows is the sender's signature.
_SIGNATURE = re.compile(r"(?m)^-- \r?$")


def without_quotation(text: str) -> str:
    """A reply's text without the message it quotes: each "On ... wrote:" line with the ">" lines under it. Quoted
    lines under no such line stay (a plain-text newsletter sets a quotation of its own with ">" too)."""
    if ">" not in text:  # a cheap first look: most mails quote nothing
        return text
    pieces, position = [], 0
    for intro in _QUOTE_INTRO.finditer(text):
        if intro.start() < position:
            continue
        quoted = _QUOTED.match(text, intro.end() + 1)
        if quoted is None or not quoted.group(0).strip():
            continue  # "On Friday the crew wrote:" over a quotation set as the writer's own lines is kept
        pieces.append(text[position:intro.start()])
        position = quoted.end()
    return "".join(pieces) + text[position:] if pieces else text


def without_signature(text: str) -> str:
    """A mail's text without the signature under its "-- " line (a name, a post, a telephone number)."""
    found = _SIGNATURE.search(text)
    return text[:found.start()] if found is not None and text[:found.start()].strip() else text


# A name signing a message: a few capitalised words, no sentence's stop, no digits ("Ann", "Tom Reilly").
_NAME_LINE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0," + str(SIGNATURE_WORDS - 1) + "}")


def without_closing_name(text: str) -> str:
    """A forwarder's letter without the name it is signed with, and the sign-off over it ("Best wishes," "Ann"): the
    last lines above the message they pass on, which would be heard as that message's heading."""
    lines = text.rstrip().split("\n")
    if lines and _NAME_LINE.fullmatch(lines[-1].strip()) and not lines[-1].strip().endswith("."):
        lines.pop()
        while lines and not lines[-1].strip():
            lines.pop()
        if lines and is_sign_off(lines[-1].strip()):
            lines.pop()
    return "\n".join(lines)

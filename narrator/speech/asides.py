"""Bracketed asides and quoted clauses inside a sentence, whose marks segment.py does not cut at."""

from __future__ import annotations

from narrator.speech.normalise.deferred import compiled

# A bracketed aside that closes inside its sentence, which goes on after it in small letters or at a clause's mark
# ("They chanted ("Out! Out! Out!") until dawn", "The crowd (shouting "Stop! Stop!"), surged"): its exclamations and
# questions end no sentence, where cut there the aside's words were read as sentences of their own and the bracket's
# close opened the last. An aside of its own ("(He left. Nobody saw him.) Then we went") is cut as before, and so is a
# stop inside an aside (segment.py asks only at "!" and "?": a stop is most marks, and an aside's is rarely followed
# by a capital). Looked for within a few dozen characters either way with bounded searches, so that a stray bracket
# costs nothing and a run of marks stays linear.
_ASIDE_CHARS = 80
_GOES_ON = compiled(r"\s*[,;:]|\s+[a-z]")
_BRACKETS = (("(", ")"), ("[", "]"))


def inside_aside(text: str, start: int, mark_start: int, mark_end: int) -> bool:
    """Whether the mark at mark_start..mark_end sits in a bracket opened after `start` that closes before its sentence
    goes on ('(\"Out! Out!\") until')."""
    for opener, closer in _BRACKETS:
        opened = text.rfind(opener, max(start, mark_start - _ASIDE_CHARS), mark_start)
        if opened < 0 or text.find(closer, opened, mark_start) >= 0:
            continue
        closed = text.find(closer, mark_end, mark_end + _ASIDE_CHARS)
        if closed >= 0 and text.find(opener, mark_end, closed) < 0:
            return _GOES_ON.match(text, closed + 1) is not None
    return False


# A hesitation inside a quotation whose clause goes on to its comma, its closing quote and a speech tag in small letters
# ("'Well... I suppose so,' he said", "\u201cWait\u2026 Stop,\u201d she said"): the ellipsis is a pause within the
# quoted sentence, where cut there the tag's sentence opened mid-quote. Looked for a few dozen characters ahead, with
# no other mark between; an ellipsis that closes its quotation ('"I know..." I said') or ends a clause of narration
# ("He trailed off... I waited") is cut as before.
_QUOTE_GOES_ON = compiled(r"[^.!?\u2026\"\u201d]{0,80},[\"'\u201d\u2019]\s+[a-z]")


def quote_goes_on(text: str, end: int) -> bool:
    """Whether the quoted clause after the ellipsis ending at `end` goes on to its comma and a speech tag."""
    return _QUOTE_GOES_ON.match(text, end) is not None

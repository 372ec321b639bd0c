"""Paragraphs made whole again in plain text: wrapped at a fixed width, or dumped with the source's line breaks."""

from __future__ import annotations

import re
from itertools import pairwise

_HARD_WRAP_MIN_LINES = 3
# A page dumped with its source's line breaks ("It sports" / "more horsepower than any system ever."): a line
# that stops mid-sentence and a next line that opens with a lower-case word are one sentence. Joined only where
# the page does this often (a fraction of its line pairs whose upper line could go on: five words or more, no stop),
# so that a menu's lower-case items stay apart; a long menu's short items, which never go on, do not dilute it.
_OPEN_MID_SENTENCE = re.compile(r"^[a-z]+\b(?![A-Z])")
_ENDS_SENTENCE = re.compile(r"[.!?:;…]['\"’”)\]]*$|\[\d+\]$")
WRAPPED_LINE_WORDS = 5
WRAPPED_PAIR_SHARE = 0.05
WRAPPED_MIN_PAIRS = 5
# A line that stops on a comma, inside a bracket or on a word that never ends a sentence ("passed to the") goes on in
# the next, whatever that opens with ("Request() constructor, so ...").
_LEFT_OPEN = re.compile(r"(?:[,(]|\b(?:the|a|an|of|to|and|or|but|in|on|at|for|with|by|from|than|that|which|who"
                        r"|is|are|was|were|its|their|his|her))$", re.I)


# A drop cap set apart from its word ("T" / "urkey, Poland and ..."): any capital but "A" and "I", which are words.
_DROP_CAP = re.compile(r"[B-HJ-Z]")
_OPENS_IN_LOWER_CASE = re.compile(r"[a-z]")


# A page dumped one text node a line (a scraper's get_text("\n"), lxml's itertext): every link, emphasis or code span
# inside a sentence breaks it ("is hosted by" / "Joyent" / "."). Known by lines that open on the stop or comma after
# such a span, which no other dump has: html-text's and a browser's copy keep the spans in their lines.
_LIST_GOES_ON = (",", " and", " or")
# A closing bracket goes on the line above with the stop, comma or mark after it too ("North Channel" / "),").
_OPENS_ON_STOP = re.compile(r"[.,;:!?)\]](?:\s|$)|\)[.,;:!?\[]")
INLINE_BREAKS_MIN = 2
INLINE_LINK_WORDS = 6
INLINE_SENTENCE_WORDS = 3
# An aside in brackets opening inside a sentence, in lower case ("(across the", "(in the"): the sentence goes on.
_OPENS_ASIDE = re.compile(r"\([a-z]+\b")
_CURRENCY = "$£€¥₹"  # a price linked inside a sentence: "is down to" / "$150" / "at Amazon"
_OPENING_QUOTES = "\"'“‘«"  # a quoted span: "called the" / "“interim”" / "government to ..."
# Footnote marks are links too, so such a dump gives each its own line inside a sentence ("it is uncertain\"," / "[11]"
# / "referring to"): they go on the line above, and the sentence is judged as if they were not there. Lower case
# only, as encyclopedias write them ("[12]", "[n 3]", "[a]", "[citation needed]"); "[Video]" is a label of its own.
_MARK = re.compile(r"\[(?:\d{1,4}(?:\s?[,–-]\s?\d{1,4})*|[a-z]{1,4}\s?\d{1,4}|[a-z][a-z ?]{0,30})\]")
_MARKS_ONLY = re.compile(f"(?:{_MARK.pattern}\\s*)+")
MARK_CHARS = 40


# A wiki's formula as a text dump shows it: its MathML drawn as symbols ("A H", "⟨ v , A v ⟩", one a line in a dump
# of one text node a line), then the TeX it keeps for screen readers, "{\\displaystyle A^{\\mathsf {H}}}". Read as
# text, the symbols and the TeX's braces made the sentence around it look like code or a menu, and it was dropped.
# The formula is read as the HTML reader reads it (formulas.py): its TeX between \\( \\), the drawing left out.
_WIKI_TEX = "{\\displaystyle"
_TEX_WORD = re.compile(r"[^\W\d_]+|\d+")
_TEX_PART = re.compile(r"\\[A-Za-z]+|\w|[^\s\w{}]")  # what a drawing may show of the TeX: each letter, each sign
_SYMBOLS_ONLY = re.compile(r"[^\w]+")
_CLAUSE_END = re.compile(r"\w[.:;!?]$")
RENDERING_EXTRA_TOKENS = 4
RENDERING_CHARS = 400
# A line that goes on with the sentence a formula stands in: lower case, or a stop or comma after it.
_GOES_ON = re.compile(r"[a-z]|[.,;:!?)\]]")


def _tex_end(text: str, start: int) -> int:
    """Where the braced group opening at start closes (after its last brace), or -1 when it never does."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "{" and text[k - 1:k] != "\\":
            depth += 1
        elif text[k] == "}" and text[k - 1:k] != "\\":
            depth -= 1
            if depth == 0:
                return k + 1
    return -1


_TEX_COMMAND = re.compile(r"\\[A-Za-z]+")
_DRAWN_NAMES = frozenset({"lim", "max", "min", "sup", "inf", "sin", "cos", "tan", "log", "ln", "exp", "det", "Var",
                          "Cov", "Pr", "arg", "gcd", "dim", "ker", "deg"})


def _drawn_name(command: re.Match[str]) -> str:
    """A TeX command as its drawing shows it in words: a function's name ("\\det" is "det"), or nothing (a sign)."""
    name = command.group()[1:]
    return f" {name} " if name in _DRAWN_NAMES else " "


def _drawn_letter(piece: str) -> bool:
    """A letter a drawing shows for a TeX command: one character outside ASCII ("λ" for "\\lambda", "ℂ")."""
    return len(piece) == 1 and not piece.isascii()


def _rendering_start(text: str, end: int, tex: str) -> int:
    """Where a formula's drawing starts in text, whose end is where its TeX starts: the tokens before it that are
    symbols, words of the TeX or its letters alone, at most a few more than the TeX holds."""
    # what the drawing shows in words: the TeX less its commands (drawn as signs, "\\sum" as "∑"), but for the names
    # of functions drawn as words ("\\det", "\\sin"), and "a_{ij}" drawn "a i j": its letters and digits alone
    words = set(_TEX_WORD.findall(_TEX_COMMAND.sub(_drawn_name, tex)))
    words |= set("".join(words))
    budget = len(_TEX_PART.findall(tex)) + RENDERING_EXTRA_TOKENS
    start = end
    for token in reversed(list(re.finditer(r"\S+", text[max(0, end - RENDERING_CHARS):end]))):
        piece = token.group()
        if budget == 0 or _CLAUSE_END.search(piece):
            break  # "for all indices i and j:" ends the sentence's own words
        if not (_SYMBOLS_ONLY.fullmatch(piece) or _drawn_letter(piece) or set(_TEX_WORD.findall(piece)) <= words):
            break
        start, budget = max(0, end - RENDERING_CHARS) + token.start(), budget - 1
    return start


def _formulas_as_tex(group: list[str]) -> list[str]:
    """A group's wiki formulas as TeX between \\( \\) in their sentence, each drawing dropped: a formula goes on
    the line above, and a line that goes on with its sentence (lower case, a stop or comma) goes on the formula."""
    text = "\n".join(group)
    if _WIKI_TEX not in text:
        return group
    pieces: list[str] = []
    done = 0
    while (found := text.find(_WIKI_TEX, done)) >= 0 and (end := _tex_end(text, found)) > 0:
        tex = text[found + len(_WIKI_TEX):end - 1].strip()
        start = done + _rendering_start(text[done:found], found - done, tex)
        before = text[done:start].rstrip()
        pieces.append(before + (" " if before else "") + f"\\({tex}\\)")
        done = end
        while done < len(text) and text[done] == " ":
            done += 1
        if text.startswith("\n", done) and _GOES_ON.match(text, done + 1):
            done += 1
        if done < len(text) and text[done] != "\n" and not _OPENS_ON_STOP.match(text, done):
            pieces.append(" ")
    pieces.append(text[done:])
    return [line for line in "".join(pieces).split("\n") if line.strip()]


def unwrapped(raw_groups: list[list[str]]) -> list[list[str]]:
    """Paragraphs made whole again: text wrapped at a fixed width, or a dump that kept its source's line breaks."""
    raw_groups = [_formulas_as_tex(group) for group in raw_groups]
    raw_groups = [_hyphen_breaks_joined(group) for group in raw_groups]
    raw_groups = _drop_caps_joined(raw_groups)
    inline = _is_broken_at_inlines(raw_groups)
    raw_groups = [_spans_joined(group, inline) for group in raw_groups]
    if _is_hard_wrapped(raw_groups):
        return [[" ".join(g)] for g in raw_groups]
    if _in_stanzas(raw_groups) or _song_in_parts(raw_groups):
        return raw_groups
    joined = _join_wrapped(raw_groups)
    return joined if joined is not raw_groups else _join_wide_breaks(raw_groups)


# A word broken at the line's end by a wrap ("repair the foot-" / "path by the river", "has hap-" / "pened yet."): a
# line of prose ending on a letter and a hyphen, the next opening in small letters. No writer ends a line so, and a
# short text wrapped narrow has too few broken lines for the rules below.
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
HYPHEN_LINE_WORDS = 3
# Words that open a compound with their hyphen kept ("a well-" / "known danger", "self-" / "employed"): the wrap fell
# at the compound's own hyphen, which stays.
_COMPOUND_FIRST_WORDS = frozenset((
    "self", "well", "half", "short", "long", "high", "full", "first", "second", "anti", "semi", "cross", "ill", "ever",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
))


def _hyphen_breaks_joined(group: list[str]) -> list[str]:
    """A group's words broken at its lines' ends made whole, their lines joined (the hyphen of a wrap dropped)."""
    if len(group) < 2 or not any(_BROKEN_WORD.search(line) for line in group[:-1]):
        return group
    joined = [group[0]]
    for line in group[1:]:
        above = joined[-1]
        if (_BROKEN_WORD.search(above) and len(above.split()) >= HYPHEN_LINE_WORDS
                and _OPENS_IN_LOWER_CASE.match(line)):
            kept = above.rsplit(" ", 1)[-1][:-1].lower() in _COMPOUND_FIRST_WORDS
            joined[-1] = (above if kept else above[:-1]) + line
        else:
            joined.append(line)
    return joined


def _drop_caps_joined(raw_groups: list[list[str]]) -> list[list[str]]:
    """A drop cap on its own line put back on its word, the next line in its group or the first of the next group;
    a copyright sign alone put before the name it credits."""
    lines = [(g, line) for g, group in enumerate(raw_groups) for line in group]
    joined: list[list[str]] = [[] for _ in raw_groups]
    carried = ""
    for k, (g, line) in enumerate(lines):
        following = lines[k + 1][1] if k + 1 < len(lines) else ""
        if _DROP_CAP.fullmatch(line) and _OPENS_IN_LOWER_CASE.match(following):
            carried = line
            continue
        if line == "©" and following:
            carried = "© "  # a credit's sign, its own text node: "©" / "Reuters / Jane Smith" is one credit
            continue
        joined[g].append(carried + line)
        carried = ""
    return [group for group in joined if group]


def _is_broken_at_inlines(raw_groups: list[list[str]]) -> bool:
    """True for a dump of one text node a line: several lines open on the stop or comma that followed a span."""
    found = 0
    for group in raw_groups:
        found += sum(1 for line in group[1:] if _OPENS_ON_STOP.match(line))
        if found >= INLINE_BREAKS_MIN:
            return True
    return False


# After a stop or comma put on the line above, the next line is judged against the sentence joined so far, not the
# stop alone: after "includes the" / "Supreme Court" / ",", the comma was too short to go on from, and "Court of
# Appeal" stayed a line of its own. Its last few parts are enough (and keep the work linear on any input).
TAIL_PARTS = 6
JOINED_TAIL_CHARS = 200


def _spans_joined(group: list[str], inline: bool) -> list[str]:
    """A sentence put back together from its text nodes: "is hosted by" + "Joyent" + "." -> one line. A line that
    opens on a stop or comma goes on the line above in any text ("By Ann Lee" / ": The Americas cannot ...");
    the rest only in a dump broken at its spans (inline)."""
    # parts collected and joined once: a string grown by += over a hostile run of stops would be quadratic
    pieces: list[list[str]] = [[group[0]]]
    above = group[0]
    for k in range(1, len(group)):
        line = group[k]
        after = group[k + 1] if k + 1 < len(group) else ""
        if inline and _MARKS_ONLY.fullmatch(line):
            pieces[-1].append(line)
            continue  # the next line is judged against the text the marks follow
        if _OPENS_ON_STOP.match(line):
            pieces[-1].append(line)
            tail = "".join(pieces[-1][-TAIL_PARTS:])
            above = tail[-JOINED_TAIL_CHARS:]
            continue
        if inline and _inline_continues(above, line, after):
            pieces[-1].append(" " + line)
            # a span ending on a list's comma or "and" is judged on as the sentence so far: "Gull Rock," alone is
            # too short to go on from, as a menu's "Sign in" is, but it is one of a sentence's list that goes on
            above = "".join(pieces[-1][-TAIL_PARTS:])[-JOINED_TAIL_CHARS:] if (
                line.endswith(_LIST_GOES_ON) or line in ("and", "or")) else line
        else:
            pieces.append([line])
            above = line
    return ["".join(piece) for piece in pieces]


def _inline_continues(above: str, line: str, after: str) -> bool:
    """True when line is a span inside the sentence above, or the rest of it, in a dump of one text node a line."""
    above = _without_trailing_marks(above)
    if _ENDS_SENTENCE.search(above):
        return False
    if _OPEN_MID_SENTENCE.match(line) or (line[:1] == "(" and _OPENS_ASIDE.match(line)):
        return True  # "Click here" / "to get more"; "islands are Stewart Island" / "(across the"
    if "(" in above and above.count("(") > above.count(")") and _opens_a_span(line):
        return True  # "(across the" / "Foveaux Strait": a link inside the aside
    if len(above.split()) < INLINE_SENTENCE_WORDS:
        return False  # "Sign in", "Log in": a menu's items end on prepositions too
    # "is hosted by" / "Joyent"; "should validate as either" / "HTML 5" / "or XHTML": a span inside a sentence
    return _opens_a_span(line) and bool(_LEFT_OPEN.search(above) or (
        len(line.split()) <= INLINE_LINK_WORDS and (_OPENS_ON_STOP.match(after) or _OPEN_MID_SENTENCE.match(after))))


def _opens_a_span(line: str) -> bool:
    """True for a line that may be a span inside a sentence: a word, a figure or a price ("$700", "£45")."""
    first = line.lstrip(_OPENING_QUOTES)[:1]
    return first.isalnum() or first in _CURRENCY


def _without_trailing_marks(line: str) -> str:
    """The line without the footnote marks it ends on (looked for from the end: linear on any line)."""
    end = len(line)
    while end and line[end - 1] == "]":
        start = line.rfind("[", max(0, end - MARK_CHARS), end)
        if start < 0 or not _MARK.fullmatch(line, start, end):
            break
        end = start
        while end and line[end - 1].isspace():
            end -= 1
    return line[:end]


# A poem's stanzas ("The sheds lean into the wind" / "like old men at a bus stop,"): its lines run on in small letters
# as a page's source-wrapped sentences do, but no line of the text is longer than a verse's, and two groups or more
# hold several of them. A page wrapped by its source has a sentence's worth on a line somewhere.
STANZA_LINE_WORDS = 10
STANZA_LINES = 3
STANZAS = 2


# A poem of one stanza has fewer groups to tell it by: this many lines at least in it, every other group a line or
# two (its title, its byline), and its lines broken where the writer chose, not where a narrow column's width fell.
ONE_STANZA_LINES = 5
HEADER_GROUP_LINES = 2


def _in_stanzas(raw_groups: list[list[str]]) -> bool:
    """True for verse in stanzas: every line short, and STANZAS groups of STANZA_LINES lines or more, or one of
    ONE_STANZA_LINES whose breaks the writer made."""
    if not all(len(line.split()) <= STANZA_LINE_WORDS for group in raw_groups for line in group):
        return False
    long_groups = [group for group in raw_groups if len(group) > HEADER_GROUP_LINES]
    if len(long_groups) == 1 and len(long_groups[0]) >= ONE_STANZA_LINES:
        return _broken_by_the_writer(long_groups)  # "their doors tied shut with string." / "Nothing grows but ..."
    return sum(1 for group in raw_groups if len(group) >= STANZA_LINES) >= STANZAS


# A song's parts named on lines of their own ("Verse 1", "Chorus", "[Chorus x2]", "Bridge", "Refrain:"): two or more
# say its words are verse, whose lines run longer than a poem's ("she kept the kettle warm and the door on the latch").
_SONG_PART = re.compile(r"(?i)^\s*\[?(?:verse(?: \d{1,2})?|(?:pre-?)?chorus|bridge|refrain|intro|outro|middle eight)"
                        r"(?: ?[x×] ?\d)?\]?:?\s*$")
SONG_PARTS = 2
SONG_LINE_WORDS = 16
SONG_PART_CHARS = 24


def _song_in_parts(raw_groups: list[list[str]]) -> bool:
    """True for a song's words under its parts' names, two names at least and no line longer than a sung one."""
    lines = [line for group in raw_groups for line in group]
    return (sum(1 for line in lines if len(line) < SONG_PART_CHARS and _SONG_PART.match(line)) >= SONG_PARTS
            and all(len(line.split()) <= SONG_LINE_WORDS for line in lines))


def _is_hard_wrapped(raw_groups: list[list[str]]) -> bool:
    """True for text wrapped at a fixed width, where a paragraph spans many lines."""
    multi = [g for g in raw_groups if len(g) >= _HARD_WRAP_MIN_LINES]
    if len(multi) * 3 < len(raw_groups):
        return False
    body = [line for g in multi for line in g[:-1]]
    if 2 * sum(1 for line in body if _ENDS_SENTENCE.search(line)) > len(body):
        return False  # most lines end their sentences: the writer's own lines ("Please bring a chair."), not a wrap
    lengths = sorted(len(line) for line in body)
    if not (lengths and lengths[len(lengths) // 10] >= 40 and lengths[-1] <= 120):
        return False
    return not _broken_by_the_writer(multi)


def _broken_by_the_writer(groups: list[list[str]]) -> bool:
    """True when the writer ended the lines, no wrap did: the next line's first word would have fit on half or more of
    the lines above it ("Sunday 12 May, 10:30am: Family Service" / "Wednesday 15 May, 7pm: Bible study"), or fewer than
    half of the lines go on with the sentence the line above left open ("The hall will be repainted in July" / "The
    new boiler will be paid for ..."). A wrap at a fixed width breaks a line only where the next word would not fit,
    and mostly inside a sentence."""
    width = max(len(line) for group in groups for line in group)
    pairs = [(above, below) for group in groups for above, below in pairwise(group)]
    fits = sum(1 for above, below in pairs if len(above) + 1 + len(below.split(" ", 1)[0]) <= width)
    going_on = sum(1 for above, below in pairs if _continues(above, below))
    return 2 * fits >= len(pairs) or 2 * going_on < len(pairs)


def _continues(above: str, line: str) -> bool:
    """True when line goes on with the sentence the line above it left unfinished."""
    if len(above.split()) < WRAPPED_LINE_WORDS or _ENDS_SENTENCE.search(above):
        return False
    left_open = _LEFT_OPEN.search(above) or above.count("(") > above.count(")")  # "today (currently" / "Nightly)"
    return bool(_OPEN_MID_SENTENCE.match(line) or (left_open and line[:1].isalnum()))


# A short text wrapped at a fixed width (an e-mail's few paragraphs between its greeting and its sign-off) has too few
# broken lines for the rules above: a line this long, stopped mid-sentence where the next line's first word would not
# have fit, goes on in the next, when the text has at least WIDE_MIN_PAIRS of them. A poem's lines are shorter.
WIDE_LINE_CHARS = 50
WRAP_MAX_CHARS = 120
WIDE_MIN_PAIRS = 2


def _wrapped_at(width: int, above: str, line: str) -> bool:
    """True when above is a long line broken mid-sentence only because the next word would not fit in width."""
    return (WIDE_LINE_CHARS <= len(above) <= width and len(above) + 1 + len(line.split(" ", 1)[0]) > width
            and _continues(above, line))


def _join_wide_breaks(raw_groups: list[list[str]]) -> list[list[str]]:
    """Lines of a short text wrapped at a fixed width joined back into their paragraphs."""
    width = max((len(line) for group in raw_groups for line in group if len(line) <= WRAP_MAX_CHARS), default=0)
    pairs = [(above, line) for group in raw_groups for above, line in pairwise(group)]
    if sum(1 for above, line in pairs if _wrapped_at(width, above, line)) < WIDE_MIN_PAIRS:
        return raw_groups
    joined: list[list[str]] = []
    for group in raw_groups:
        pieces: list[list[str]] = [[group[0]]]
        for above, line in pairwise(group):
            if _wrapped_at(width, above, line):
                pieces[-1].append(line)
            else:
                pieces.append([line])
        joined.append([" ".join(piece) for piece in pieces])
    return joined


def _join_wrapped(raw_groups: list[list[str]]) -> list[list[str]]:
    """Lines broken inside sentences joined back, on a page whose source wrapped its paragraphs."""
    pairs = [(g[k], g[k + 1]) for g in raw_groups for k in range(len(g) - 1)]
    broken = sum(1 for above, line in pairs if _continues(above, line))
    if broken < WRAPPED_MIN_PAIRS:
        return raw_groups
    open_pairs = sum(1 for above, _ in pairs
                     if len(above.split()) >= WRAPPED_LINE_WORDS and not _ENDS_SENTENCE.search(above))
    if broken < WRAPPED_PAIR_SHARE * open_pairs:
        return raw_groups
    joined: list[list[str]] = []
    for group in raw_groups:
        # each line is judged against the line above it, never the sentence joined so far: linear on any input
        pieces: list[list[str]] = [[group[0]]]
        for above, line in pairwise(group):
            if _continues(above, line):
                pieces[-1].append(line)
            else:
                pieces.append([line])
        joined.append([" ".join(piece) for piece in pieces])
    return joined

"""Where a page dump's article ends: past its closing lines of ordinary words, and before a paywall's cut (moved out
of text.py with the paywall's rule)."""

from __future__ import annotations

import re

from narrator.clean.lines import Line, is_widget_label, words_of
from narrator.clean.proseruns import MAX_NATURAL_LINES

# "Still have a question?", "Enjoyed this story?": a question this short over a prompt is the prompt's own lead.
PROMPT_LEAD_WORDS = 6


# The verbs a site's button opens on, which its pitch right over it opens on too ("Sign up to get unlimited songs and
# podcasts with occasional ads." / "Sign up free"); "sign" and "log" take their particle with them.
_BUTTON_VERBS = frozenset(("sign", "log", "join", "try", "subscribe", "start", "get", "download", "register", "upgrade",
                           "create", "install", "open"))
_PARTICLE_VERBS = frozenset(("sign", "log"))


def leads_a_prompt(lines: list[Line], i: int) -> bool:
    """True for a short question right over a prompt ("Still have a question?" / "Email us at ..."), or a pitch right
    over its button, opening on the button's verb ("Try Premium free for one month." / "Try free")."""
    line = lines[i]
    if not (i + 1 < len(lines) and lines[i + 1].cta):
        return False
    return (line.words <= PROMPT_LEAD_WORDS and line.text.rstrip().endswith("?")) or _pitch_over(line, lines[i + 1])


def _pitch_over(line: Line, button: Line) -> bool:
    """True for a line opening on the verb the button under it opens on, its particle with it ("Sign up ...")."""
    verb = [word.lower() for word in words_of(button.text)[:2]]
    if not verb or verb[0] not in _BUTTON_VERBS:
        return False
    verb = verb[:2] if verb[0] in _PARTICLE_VERBS else verb[:1]
    return [word.lower() for word in words_of(line.text)[:len(verb)]] == verb


# A photo's settings under its caption, as a photographer's post gives them: the camera, then two or more of the lens's
# length, the aperture, the shutter speed and the film speed ("Fujifilm X-T5, 23mm, f/8, 1/250.", "Nikon Z6 II | 24-70mm
# | f/4 | 1/500s | ISO 100"). Read with the post, of which it is the photographer's own last line: the marks are a
# camera's (an f-number, a shutter's fraction), which no page's own line carries.
_EXPOSURE_PART = re.compile(r"(?i)(?<![\w/])(?:\d{1,4}(?:-\d{1,4})?\s?mm|f/\d{1,2}(?:\.\d)?|1/\d{1,5}\s?s?"
                            r"|iso\s?\d{2,6})(?![\w/])")
EXPOSURE_CHARS = 120
EXPOSURE_PARTS = 2


def exposure_line(text: str) -> bool:
    """True for a photo's settings alone on a line: an aperture ("f/8") and one more camera setting, no sentence."""
    if "/" not in text or len(text) > EXPOSURE_CHARS or "f/" not in text.lower():
        return False
    parts = _EXPOSURE_PART.findall(text)
    rest = _EXPOSURE_PART.sub("", text)
    # what is left is the camera's name and the marks between the settings: a few words, no sentence's stop inside
    return len(parts) > EXPOSURE_PARTS - 1 and len(words_of(rest)) <= 5 and "." not in rest.rstrip(". ")


def natural_tail(lines: list[Line], natural: list[bool], end: int) -> int:
    """The article's end moved past the short sentences of ordinary words right under its last prose line ("This game
    will help you!"), and past a line announcing a list and the list's items of ordinary words ("What you get:", then
    its points): a short article's closing lines, which a run of prose never reaches; at most MAX_NATURAL_LINES."""
    last = end
    while last + 1 < len(lines) and last - end < MAX_NATURAL_LINES:
        nxt = last + 1
        line = lines[nxt]
        if (natural[nxt] and line.terminal and not line.text.endswith(":") and not _of_the_page(line)
                and not leads_a_prompt(lines, nxt)):
            last = nxt
        elif exposure_line(line.text):
            last = nxt  # "Fujifilm X-T5, 23mm, f/8, 1/250." under a photo's caption: its settings, the post's
        elif _announces(lines[nxt]) and nxt + 1 < len(lines) and natural[nxt + 1]:
            last = nxt + 1
            while last + 1 < len(lines) and natural[last + 1] and last - end < MAX_NATURAL_LINES:
                last += 1
        else:
            break
    return last


# What the page's own question or note under the article speaks of ("Was this article helpful?", "Leave a comment").
_PAGE_NOUNS = frozenset({"article", "story", "post", "page", "site", "website", "newsletter", "comment", "comments",
                         "feedback"})


def _of_the_page(line: Line) -> bool:
    """A line that speaks of the page or asks for the reader's word on it: the page's, not the article's."""
    return bool(_PAGE_NOUNS.intersection(word.lower() for word in words_of(line.text)))


def _announces(line: Line) -> bool:
    """A line ending on a colon that is no prompt or box title ("What you get:")."""
    return line.text.endswith(":") and not (line.cta or is_widget_label(line))




# A paywall's prompt cuts the article: what stands under it is the site's offer to those without an account ("Create
# an account to read the full story.", "Subscribe to continue reading", "Sign in to keep reading"): an ask for an
# account, then the reading of this story. A sign-up prompt between paragraphs names no reading of the story, and the
# article goes on under it.
PAYWALL_WORDS = 14
_PAYWALL = re.compile(
    r"(?i)^\W*(?:subscribe|sign\s+(?:in|up)|log\s*in|register|join|become\s+a\s+(?:member|subscriber)|create\s+(?:an?\s+)?"
    r"(?:free\s+)?account)\b[^.!?]{0,60}?\b(?:to|and)\s+(?:(?:keep|continue)\s+reading(?:\s+(?:the|this)\s+(?:story|"
    r"article|post|piece))?|read\s+(?:the|this)\s+(?:(?:full|whole|entire|rest\s+of\s+the)\s+)?(?:story|article|post|"
    r"piece))\W*$")


def before_paywall(lines: list[Line], start: int, end: int) -> int:
    """The body's last line above a paywall's prompt inside it (what follows is the site's offer); else end. An
    advert's "Scroll to continue reading" between paragraphs asks for no account, and is no cut."""
    for i in range(start + 1, end + 1):
        line = lines[i]
        if "ead" in line.text and line.words <= PAYWALL_WORDS and _PAYWALL.match(line.text):
            return i - 1
    return end


# A site's notice boxed under the article, the page's last lines: its label alone ("Important notice", "Disclaimer"),
# then a sentence or two about the page ("This summary is provided to help in understanding the court's decision. It
# does not form part of the reasons for the decision."). The publisher's word on what the page is, not the article's;
# a label over more than that, or over words about no page, heads the article's own section and is read.
_NOTICE_LABEL = re.compile(r"(?i)^\W*(?:important\s+(?:notice|note|information)|legal\s+notice|disclaimer)\W*$")
NOTICE_LINES = 2
_NOTICE_NOUNS = _PAGE_NOUNS | {"summary", "information", "content", "decision", "judgment", "judgement", "guidance"}


def before_closing_notice(lines: list[Line], start: int, end: int) -> int:
    """The body's last line above a notice's label among its last lines (see _NOTICE_LABEL); else end."""
    for i in range(max(start + 1, end - NOTICE_LINES), min(end, len(lines) - 1)):
        line = lines[i]
        if line.words <= 3 and not line.terminal and _NOTICE_LABEL.match(line.text) and all(
                under.terminal and _NOTICE_NOUNS.intersection(word.lower() for word in words_of(under.text))
                for under in lines[i + 1:end + 1]):
            return i - 1
    return end

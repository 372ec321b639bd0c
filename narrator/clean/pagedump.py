"""Signs of a page around a text: menus, repeated headlines and buttons, prompts, link boxes, a news page's top.

A text with none of them is the user's own article, read whole (owntext); one with them is a page dump, read by the
page's rules.
"""

from __future__ import annotations

import re
from collections import Counter

from narrator.clean.bylines import authors_from
from narrator.clean.common import parse_date
from narrator.clean.contactlines import in_contact_block
from narrator.clean.lines import (
    Line,
    asks_for_the_page,
    is_post_stamp,
    is_skip_link,
    is_timed_event,
    is_widget_label,
    is_wiki_tool,
    names_a_prompt,
    words_of,
)
from narrator.clean.pagedates import when_and_where
from narrator.clean.releaseheads import is_release_label
from narrator.clean.signoffs import SIGNATURE_BLOCK_LINES, in_signature

# Consecutive lines this short and without a full stop are a menu: a sign of a page dump.
MENU_LINE_WORDS = 3
MENU_RUN_LINES = 4
# One run of short lines this long is a page's menu alone; a shorter one is a menu only with another sign of a page.
LONG_MENU_LINES = 5
# A sentence of at least this many words ending on a colon announces the list under it.
LIST_LEAD_WORDS = 4
# A line with a clock time and at most this many words is a feed or comment stamp ("Updated 5 hours ago").
STAMP_WORDS = 8
# A typed notice's line of when and where stands under its name, or under a line that says who holds the event
# ("Autumn Plant Sale" / "Organised by the Friends of Hollins Park" / "Saturday 12 October 2027, 10am to 2pm, ...").
WHEN_AND_WHERE_LINES = 3
# A sentence this long that only reads like a prompt ("Share a meal with locals if you can.") is the article's own.
PROMPT_LIKE_SENTENCE_WORDS = 5
# A sentence's end; Line.terminal also takes a colon, which ends the labels a page repeats ("Image caption:").
_TERMINAL_END = re.compile(r"[.!?…][\"'”’)]*\s*$")
# Longest line still read as a subheading of the user's own text.
OWN_HEADING_WORDS = 14


# A short line with a number in it is a quantity or a step ("200g butter", "4 eggs", "Zest of 2 lemons"): a recipe's
# list, never a menu's entry.
HAS_DIGIT = re.compile(r"\d")


def _menu_runs(lines: list[Line]) -> list[tuple[int, bool]]:
    """The runs of MENU_RUN_LINES or more short lines without a full stop: menus or lists of links, or a list of the
    writer's (said with each run's length). Not the list a sentence announces ("Pack the following for the walk:" /
    "water" / "a map" ...): the writer's. A run whose lines mostly hold a word in small letters ("Agenda" /
    "Treasurer's report" / "New members") may be the writer's list too; a menu's entries are in capitals ("Home",
    "World", "Local News")."""
    runs: list[tuple[int, bool]] = []
    run = small = 0
    announced = False
    for line in [*lines, None]:
        if (line is not None and line.index > 0 and line.words <= MENU_LINE_WORDS and not line.terminal
                and not HAS_DIGIT.search(line.text)):  # the first line is a title, of the text or of the page
            run += 1
            small += (any(word[:1].islower() for word in words_of(line.text))
                      and not is_wiki_tool(line.text))
            continue
        if run >= MENU_RUN_LINES and not announced:
            runs.append((run, 2 * small > run))
        run = small = 0
        announced = line is not None and line.words >= LIST_LEAD_WORDS and line.text.endswith(":")
    return runs


# A block of this many sentences or more, each with its stop, no blank line between them, is the writer's own list
# (advice, rules, a to-do list), whatever verbs open them.
ADVICE_BLOCK_LINES = 3
def _blocks_of_sentences(lines: list[Line]) -> set[int]:
    """The groups of ADVICE_BLOCK_LINES or more lines that are all sentences with their stops."""
    sizes = Counter(line.group for line in lines)
    open_groups = {line.group for line in lines if not line.terminal}
    return {group for group, size in sizes.items() if size >= ADVICE_BLOCK_LINES and group not in open_groups}


def _refrains(lines: list[Line], counts: Counter[str]) -> set[str]:
    """Lines said more than once without a stop, each time in a verse running on in small letters in the same stanza
    ("Row me over, row me home" / "the river's wide"): a song's or a poem's refrain. A page's repeated headline or
    button stands above a capital (a byline, the next button), never a line running on in small letters."""
    running_on: dict[str, bool] = {}
    for above, line, below in zip([None, *lines[:-1]], lines, [*lines[1:], None], strict=True):
        if counts[line.text] > 1:
            goes_on = any(first is not None and second is not None and first.group == second.group
                          and not first.terminal and second.text[:1].islower()
                          for first, second in ((line, below), (above, line)))  # its verse, under it or itself
            running_on[line.text] = running_on.get(line.text, True) and goes_on
    return {text for text, goes_on in running_on.items() if goes_on}


# A chorus's lines are a verse's length; a page's menu, shown at its top and its foot, has shorter entries.
CHORUS_LINE_WORDS = 3


def _choruses(lines: list[Line]) -> set[str]:
    """The lines of a stanza said again whole, in the same order, two or more of them a verse's length and none a
    prompt: a song's chorus ("Oh the harbour lights" / "They shine for you tonight"), its label ("Chorus") and all."""
    stanzas: dict[int, list[Line]] = {}
    for line in lines:
        stanzas.setdefault(line.group, []).append(line)
    said = Counter(tuple(line.text for line in stanza) for stanza in stanzas.values() if len(stanza) > 1)
    choruses: set[str] = set()
    for stanza in stanzas.values():
        texts = tuple(line.text for line in stanza)
        verses = [line for line in stanza if line.words >= CHORUS_LINE_WORDS]
        if said[texts] > 1 and len(verses) > 1 and not any(line.cta or line.credit or line.clock for line in stanza):
            choruses.update(texts)
    return choruses


def rest_of_group(lines: list[Line], i: int) -> list[Line]:
    """The lines after lines[i] in its group, in a row (found by index: a slice of the rest of the text for each
    line made a text of many groups quadratic)."""
    end = i + 1
    while end < len(lines) and lines[end].group == lines[i].group:
        end += 1
    return lines[i + 1:end]


def _heads_own_sentences(line: Line, lines: list[Line], most_words: int = MENU_LINE_WORDS) -> bool:
    """A few words opening a group of the writer's sentences, none of them a prompt ("MEMBERSHIP" over "We had 84
    members this year."): a section's heading that happens to be a prompt's word. A page sets its prompt apart, alone
    or over its offer ("Newsletter" over "Get our best stories in your inbox.")."""
    if line.words > most_words or line.terminal or line.index == 0 or lines[line.index - 1].group == line.group:
        return False
    rest = rest_of_group(lines, line.index)
    return bool(rest) and all(other.terminal and not other.cta for other in rest)


# A writer's section under a word a box's title shares ("Recommendations") has this many sentences at least.
SECTION_SENTENCES = 2


def _heads_statements(line: Line, lines: list[Line]) -> bool:
    """A box title's words over sentences of the writer's on full stops, two at least: a section of theirs (a box's
    links are headlines, on no full stop, or questions: "Why do cats purr?")."""
    rest = rest_of_group(lines, line.index)
    return (len(rest) >= SECTION_SENTENCES and _heads_own_sentences(line, lines)
            and all(other.text.rstrip().endswith(".") for other in rest))


# A writer's table of contents lists at least this many of the text's headings.
CONTENTS_MIN_ENTRIES = 2


def _contents(lines: list[Line], counts: Counter[str]) -> set[str]:
    """Headings said twice, first in a list of short lines and then each over its section's sentences ("Contents" /
    "Getting Started" / "Match Days", and later "Getting Started" over "New members pay ..."): the writer's table of
    contents, neither a page's repeated headlines nor its menu."""
    listed = {line.group for line in lines if line.terminal or line.words > OWN_HEADING_WORDS}  # groups of sentences
    entries: dict[str, list[Line]] = {}
    for line in lines:
        if counts[line.text] == 2:
            entries.setdefault(line.text, []).append(line)
    found = {text for text, (first, second) in entries.items()
             if first.group not in listed and first.group != second.group
             and _heads_own_sentences(second, lines, OWN_HEADING_WORDS)}
    return found if len(found) >= CONTENTS_MIN_ENTRIES else set()


# A site's bar of sections, one line of entries between pipes ("News | Sport | Farming | Property | Jobs"): four or
# more, each a capitalised word or two, no figure and no stop. Over a headline and its byline ("By Elin Jones") it is a
# news page's navigation as copied; a writer's own line of pipes heads a list ("Tent | Stove | Map | Torch") or holds
# figures ("Thursday, 12 March 2026 | £1.20").
SECTION_BAR_ENTRIES = 4
_SECTION_ENTRY = re.compile(r"^[A-Z][\w'’&-]*(?: [\w'’&-]+)?$")


def _section_bar(text: str) -> bool:
    """True for a line of a site's sections between pipes."""
    if "|" not in text:
        return False
    entries = [entry.strip() for entry in text.split("|")]
    return len(entries) >= SECTION_BAR_ENTRIES and all(_SECTION_ENTRY.match(entry) for entry in entries)


def _section_bar_over_a_byline(lines: list[Line]) -> bool:
    """True for a bar of a site's sections over a headline and its byline: a news page's top."""
    return any(_section_bar(line.text) and any(
        below.text.lstrip().lower().startswith("by ") and authors_from(below)
        for below in lines[line.index + 2:line.index + 2 + BYLINE_UNDER_HEADLINE]) for line in lines)


def is_page_dump(lines: list[Line], counts: Counter[str], count_menus: bool = True) -> bool:
    """True when the text shows signs of a page around an article: prompts, repeated or menu lines, link boxes.

    Without any, the text is the user's own article, and every line of it is read. A strong sign decides alone;
    a weak one (a sentence that reads like a prompt, a short line with a clock time, a sentence said twice) may be the
    article's own (advice, a timetable, a poem's refrain), so it takes two kinds of them, or two prompt-like lines.
    With count_menus False, runs of short lines are no sign: whether anything but a list says "page".
    """
    weak: set[str] = set()
    refrains = _refrains(lines, counts) | _choruses(lines)
    contents = _contents(lines, counts)
    for text, n in counts.items():
        if n > 1 and len(words_of(text)) >= 2 and text not in contents:
            if not _TERMINAL_END.search(text) and text not in refrains:
                return True  # a page repeats its headlines and buttons, which have no full stop
            weak.add("repeated")  # "The lake is cold in June." twice, or a song's chorus: a refrain
    prompt_like = 0
    advice = _blocks_of_sentences(lines)
    for line in lines:
        if line.cta and "@" in line.text and line.index + SIGNATURE_BLOCK_LINES >= len(lines) and in_signature(
                [line.text for line in lines], line.index):
            continue  # "osian.lloyd@example.com" under "Kind regards," / "Osian Lloyd": the writer's, to reply to
        if line.cta and "@" in line.text and in_contact_block([line.text for line in lines], line.index):
            continue  # "My details are below." / "Gareth Morgan" / "01970 623456" / his address: the writer's own
        if line.cta and is_fill_in(line.text):
            continue  # "Signed: ____________ Parent/Carer" on a reply slip: a form's field to fill in, no page's prompt
        if line.cta and line.index <= ISSUE_NAME_LINES and names_an_issue(line.text):
            continue  # "Winter Newsletter" under the association's name: the newsletter's own name, no sign-up box
        if line.cta and line.index == 0 and not line.terminal and not is_skip_link(line.text):
            continue  # the title ("Read This Before You Buy"); "Skip to content" is a page's link, never one
        if line.cta and line.group in advice and not asks_for_the_page(line):
            continue  # "Share your lunch." among "Read everything." and "Listen more than you talk.": advice
        if line.cta and _heads_own_sentences(line, lines):
            weak.add("heading")  # "MEMBERSHIP", "Comments" over the writer's sentences: its sections, however many
        elif line.cta and _reads_like_the_article(line):
            prompt_like += 1
            weak.add("prompt")
        elif is_widget_label(line) and _heads_statements(line, lines):
            weak.add("heading")  # a report's "Recommendations" over its sentences: a box's links are headlines
        elif line.cta or line.credit or is_widget_label(line):
            return True  # a prompt, a photo credit, the title of a box of links
        if line.clock and line.words <= STAMP_WORDS and not line.terminal and not is_release_label(line.text):
            if is_post_stamp(line.text) or (parse_date(line.text) and not is_timed_event(line.text)
                                            and not (line.index <= WHEN_AND_WHERE_LINES and when_and_where(line))):
                return True  # "Updated 5 hours ago", "Sept. 2, 2024 7:04 pm ET": a feed's or a post's stamp
            # a timetable's "Monday: 9am to 5pm", a programme's "12 May, 7pm: Bible study", a typed notice's "Tuesday 4
            # May 2027, 7pm, the clubhouse" under its name (an event page's details show its day and hours further down)
            weak.add("clock")
    if _section_bar_over_a_byline(lines):
        return True  # "News | Sport | Farming | Property | Jobs" over the headline and "By Elin Jones": a news page
    if _sections_over_a_byline(lines):
        return True  # "Sport" / "Football" / "Report", then the headline and "By Simon Clarke": a news page's trail
    if _asks_if_it_helped(lines):
        return True  # "Was this page helpful?" / "Yes" / "No": a page's feedback buttons
    if count_menus and _menu_over_footer(lines):
        return True  # "Home" / "Hire" / "Events" over the story, "© 2026 Holmbridge Village Hall" under it
    menus = _menu_runs([line for line in lines if line.text not in contents]) if count_menus else []
    entries = [run for run, listed in menus if not listed]
    if len(entries) > 1 or any(run >= LONG_MENU_LINES for run in entries):
        return True  # a page's menus, or one long one
    if menus:
        weak.add("menu")  # one short list of short lines: a meeting's agenda, a packing list, or a menu
    return len(weak) > 1 or prompt_like > 1


# A short page's two ends: its menu of a word or two an entry from the very first line ("News" / "Races" / "Results"),
# and its footer's copyright, rights or cookie line in its last lines. Either alone is a writer's: a list of
# ingredients under no title, a poem signed "© Ann Lee 2026".
TOP_MENU_ENTRIES = 3
TOP_MENU_WORDS = 2
FOOTER_LINES = 3
_FOOTER = re.compile(r"(?i)©|\ball rights reserved\b|^\s*copyright\b|\buses cookies\b")


def _menu_over_footer(lines: list[Line]) -> bool:
    """True for a text that opens on a menu's entries and ends on a page's footer: a short page dump."""
    top = lines[:TOP_MENU_ENTRIES]
    return (len(lines) > TOP_MENU_ENTRIES + FOOTER_LINES
            and all(0 < line.words <= TOP_MENU_WORDS and not line.terminal and line.text.lstrip()[:1].isupper()
                    and not HAS_DIGIT.search(line.text) for line in top)
            and any(_FOOTER.search(line.text) for line in lines[-FOOTER_LINES:]))


# A typed newsletter names its issue on its first lines ("Bryn Road Residents' Association" / "Winter Newsletter" /
# "December 2026"): the word "newsletter" with nothing but a season, a month, a year or an issue's number by it, no
# verb or "our" of a sign-up box's ("Join our newsletter", "Get the newsletter"). Its repeats are possessive (a name
# of many words fails in one pass) and the name is short.
ISSUE_NAME_LINES = 2
ISSUE_NAME_CHARS = 60
_ISSUE_NAME = re.compile(
    r"(?i)^(?:(?:spring|summer|autumn|fall|winter|christmas|easter|harvest|new\s+year|annual|monthly|quarterly|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|issue|no\.?|\d{1,4})"
    r"[\s,/-]+)*+newsletter(?:[\s,:–-]+(?:issue|no\.?|spring|summer|autumn|winter|christmas|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|\d{1,4})\.?)*+\s*$")


def names_an_issue(text: str) -> bool:
    """True for a newsletter's own name on its masthead ("Winter Newsletter", "Newsletter No. 42 - March 2026")."""
    named = text.strip()
    return ("ewsletter" in named and len(named) <= ISSUE_NAME_CHARS and named.lower() != "newsletter"
            and _ISSUE_NAME.match(named) is not None)


# A form's blank to write on: a run of underscores or dots ("Child's name: ______", "Signed: ..........").
_BLANK = re.compile(r"_{4,}|\.{6,}|…{3,}")


def is_fill_in(text: str) -> bool:
    """True for a printed form's line with a blank to write on (a reply slip's "Signed: ____________")."""
    return ("__" in text or ".." in text or "……" in text) and _BLANK.search(text) is not None


# A page's question about itself over its buttons ("Was this page helpful?" / "Yes" / "No").
_HELPED = re.compile(r"(?i)^\W*(?:was|is|did)\s+this\s+(?:page|article|information|answer|guide|post)\s+"
                     r"(?:helpful|useful|help(?:\s+you)?)\s*\?\W*$")
_ANSWER_BUTTON = frozenset(("yes", "no", "maybe", "not really", "somewhat"))


def _asks_if_it_helped(lines: list[Line]) -> bool:
    """True for a page's question about itself right over two answer buttons of a word ("Yes", "No")."""
    return any(_HELPED.match(line.text) and len(lines) > line.index + 2
               and all(below.text.strip().lower() in _ANSWER_BUTTON for below in lines[line.index + 1:line.index + 3])
               for line in lines)


# A page's trail of sections above its headline ("Sport" / "Football" / "Premier League"): this many lines or more.
TRAIL_LINES = 3
# How far under the headline its byline may stand (a deck may come between).
BYLINE_UNDER_HEADLINE = 2


def _sections_over_a_byline(lines: list[Line]) -> bool:
    """True when the text opens on a trail of sections (short lines in capitals, no stop, no figure), then a
    headline, then a byline: a news page's top. A writer's own text opens on its title."""
    trail = 0
    while trail < len(lines) and lines[trail].words <= MENU_LINE_WORDS and not lines[trail].terminal and (
            lines[trail].text[:1].isupper() and not HAS_DIGIT.search(lines[trail].text)):
        trail += 1
    if trail < TRAIL_LINES or trail >= len(lines) or lines[trail].words <= MENU_LINE_WORDS or lines[trail].terminal:
        return False
    below = lines[trail + 1:trail + 1 + BYLINE_UNDER_HEADLINE]
    return any(line.text.lstrip().lower().startswith("by ") and authors_from(line) for line in below)


def _reads_like_the_article(line: Line) -> bool:
    """A prompt-like line that is no evidence alone: a whole sentence naming no prompt's word ("Share a meal with
    locals if you can."). A page sets its prompts apart, short, or names what it wants ("our newsletter")."""
    return line.terminal and line.words >= PROMPT_LIKE_SENTENCE_WORDS and not names_a_prompt(line.text)

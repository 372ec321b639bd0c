"""A text dump's deck or standfirst under its headline: a longer line in sentence case under a headline in Title Case,
a subtitle over the byline, a summary's points under a tabloid's headline, a one-paragraph summary over the byline and
date; and the notice's kind as a label under its headline.

Moved from textmeta.py, which finds the header; the rules are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrator.clean.bylines import BYLINE_LINES, DATE_WORDS, authors_from, name_alone, name_and_role, with_by_above
from narrator.clean.common import parse_date
from narrator.clean.headlineshape import headline_like, similar, title_case
from narrator.clean.lines import DECK_CAPITAL_SHARE, TITLE_CASE_SHARE, Line
from narrator.clean.pagedates import date_within

# A standfirst under the headline is one to three sentences (as in HTML): shorter is a label, longer the lead.
STANDFIRST_WORDS = (8, 80)
LABEL_WORDS = 2
# A headline in Title Case over its deck in sentence case is at least this long (a kicker is shorter).
DECK_HEADLINE_WORDS = 5


# A deck shorter than its headline has this many words at least; fewer ("Sleepers are back at last") make a label's.
SHORTER_DECK_WORDS = 7


def is_deck_under(headline: Line, deck: Line) -> bool:
    """A headline in Title Case right above a longer line in sentence case, without a stop: a press release's or a
    magazine's headline and its deck ("Riverside Library Opens New Makerspace" / "New facility offers 3D printers
    ..."). A kicker or a section label above a headline is shorter than it, so it never takes the title."""
    return (deck.index == headline.index + 1 and headline_like(headline)
            and headline.words >= DECK_HEADLINE_WORDS and deck.capital_ratio <= DECK_CAPITAL_SHARE and not deck.terminal
            and ((headline.words < deck.words and headline.capital_ratio >= TITLE_CASE_SHARE)
                 # a longer headline in sentence case over its shorter deck ("Acme X5 review: the best budget phone of
                 # the year" / "A lot of phone for not much money")
                 or (headline.words > deck.words >= SHORTER_DECK_WORDS and headline_like(deck))))


def deck_over_byline(lines: list[Line], headline: int, byline: int) -> bool:
    """A headline in sentence case right over a longer line in sentence case without a stop, the byline right under
    that: a newsletter's or a blog's title and its subtitle ("Why the bus stopped coming" / "What happened to the 42,
    and what it tells us about rural transport" / "Ellen Marsh"). A kicker is a few words, fewer than a headline's (an
    address's, unspaced, none). A line's first capital is its sentence's: one naming a firm, a town is sentence case."""
    if headline < 1 or headline + 2 != byline:
        return False
    line, deck = lines[headline], lines[headline + 1]
    return (headline_like(line) and headline_like(deck)
            and min(line.words, line.text.count(" ") + 1) >= DECK_HEADLINE_WORDS
            and deck.words > line.words and deck.words >= SHORTER_DECK_WORDS and not deck.terminal
            and all(each.capital_ratio * each.words - 1 <= DECK_CAPITAL_SHARE * each.words for each in (line, deck)))


def shown_again_over_deck(lines: list[Line], headline: int, deck: int) -> bool:
    """A short headline the page shows twice, in its bar and over the post ("The December letter"), right above a
    longer line in sentence case without a stop: its deck ("Books, a frozen pond and the end of the year")."""
    line, under = lines[headline], lines[deck]
    return (deck == headline + 1 and any(above.text == line.text for above in lines[:headline])
            and under.words > line.words and under.words >= SHORTER_DECK_WORDS and not under.terminal
            and under.capital_ratio <= DECK_CAPITAL_SHARE)  # shorter, it is a contents' first entry


# A headline over its summary's points, each a line without a stop (a tabloid's: "Family 'heartbroken' as village
# pub closes" / "Regulars say the Plough was the heart of the community" / "Landlord blames soaring energy bills"):
# this many lines in a row or more, in sentence case.
SUMMARY_CHAIN_LINES = 3


def kind_under_headline(headline: Line, label: Line) -> bool:
    """A short label in Title Case right under a headline in sentence case twice its length or more: the kind of
    notice the page is ("Product Recall Information Notice" under "Tesmore recalls Baby Rice Cakes because ..."), as a
    kicker is over one, not the headline."""
    return (label.index == headline.index + 1 and title_case(label.text) and not title_case(headline.text)
            and headline.words >= 2 * label.words)


# An episode's number opening its title ("Ep 58: Rhubarb, forcing and patience", "Episode 112 – The last drovers",
# "#41: Winter sowing", "S2 E4: The flood"): a podcast's or a series' episode.
_EPISODE = re.compile(r"(?i)^\s*(?:ep(?:isode)?\.?\s*\d{1,4}|#\d{1,4}|s\d{1,2}\s?e\d{1,3})\s*[:.–—-]\s*\S")


def episode_over_its_show(title: Line, under: Line) -> bool:
    """An episode's numbered title right over a line without a number (its show's name: "Ep 58: Rhubarb, forcing and
    patience" / "The Slow Allotment"): the episode titles the page, not the show under it."""
    return (under.index == title.index + 1 and _EPISODE.match(title.text) is not None
            and _EPISODE.match(under.text) is None)


def summary_chain(lines: list[Line], candidates: list[int]) -> int | None:
    """The headline at the top of a run of SUMMARY_CHAIN_LINES or more headline-like lines right above the byline,
    the ones under it in sentence case: the headline over its points, not the last point."""
    run = 1
    while run < len(candidates) and candidates[run] == candidates[run - 1] - 1:
        run += 1
    if run < SUMMARY_CHAIN_LINES or any(lines[i].capital_ratio > DECK_CAPITAL_SHARE for i in candidates[:run - 1]):
        return None
    return candidates[run - 1]


@dataclass(frozen=True)
class Summary:
    """A standfirst found under the headline, and the byline and date lines right under it."""

    last: int
    """The last header line after it (byline or date): the body starts below."""
    authors: tuple[str, ...]
    published: str | None


UNSTOPPED_DECK_WORDS = 12


NAME_TO_DATE_LINES = 3


def repeated_headline(lines: list[Line], start: int, title: str) -> int:
    """The line right above the body when it says the title again (the page's headline under its <title>), else 0."""
    above = start - 1
    if above > 0 and lines[above].words >= HEADLINE_REPEAT_WORDS and similar(
            lines[above].text, title) >= HEADLINE_REPEAT and similar(title, lines[above].text) >= HEADLINE_REPEAT:
        return above
    return 0


HEADLINE_REPEAT = 0.9
HEADLINE_REPEAT_WORDS = 4


def standfirst_under(lines: list[Line], title_at: int | None, dated: bool = False) -> Summary | None:
    """A one-paragraph summary between the headline and the byline or date printed under it (dated: the date
    stands right above the headline, and a name alone under the summary is its byline)."""
    if title_at is None or title_at + 2 >= len(lines):
        return None
    candidate = lines[title_at + 1]
    low, high = STANDFIRST_WORDS
    # a deck may end without a stop ("... for repeat offenders"), a short one on one; figures count ("£310,000")
    ends = (candidate.terminal or candidate.words >= UNSTOPPED_DECK_WORDS) and low <= len(candidate.text.split())
    if not (candidate.words <= high and ends) or candidate.cta or candidate.credit:
        return None
    if authors_from(candidate) or parse_date(candidate.text):
        return None
    authors: tuple[str, ...] = ()
    published = None
    last = None
    for i in range(title_at + 2, min(len(lines), title_at + 2 + BYLINE_LINES)):
        line = with_by_above(lines, i)
        if line.cta or line.credit:
            continue  # the page's tools and a photo's caption between the summary and the byline ("Share full article")
        if not authors and (found := authors_from(line)):
            authors, last = found, i
            published = published or (parse_date(line.text) if line.words <= DATE_WORDS else None)  # its own date
        elif line.words <= DATE_WORDS and (day := parse_date(line.text)):
            published, last = published or day, i
        elif not authors and (name := line.text.strip() if name_alone(line) else name_and_role(line)) and (
                published or dated or date_within(lines, i + 1, NAME_TO_DATE_LINES)):
            # a name alone beside the date, above or below it ("June 19, 2019" / "Ann Lee"; "Ann Lee" / "Political
            # Editor" / "@annlee" / "Monday 28 September 2020 19:27"), or with the desk after it on its line ("Helena
            # Horton Environment reporter"); a subheading has no date by it
            authors, last = (name,), i
        elif line.words > LABEL_WORDS:
            break  # the body (or a caption) begins: only labels ("By", a name) sit among byline and date
    return Summary(last, authors, published) if last is not None else None

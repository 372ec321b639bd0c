"""Lists inside and under a page dump's article: the lines that lead into one, the shapes its items keep, the
parts a recipe's list is in, and a table of contents above a tutorial."""

from __future__ import annotations

import re

from narrator.clean.common import parse_date
from narrator.clean.lines import (
    Line,
    is_tabs,
    is_widget_label,
    is_wiki_tool,
    words_of,
)
from narrator.clean.pagedates import short_year_day

# "Q: Favourite books?", "A: The ones my father read": an interview's lines, whatever their length.
INTERVIEW = re.compile(r"^[QA]\s?[:.]\s+\S")


# A list the article introduces at its end ("Tour dates:", then "June 9 -- Arena, City" line after line): each
# item shares the first one's separator, or opens with a number or a month, and is no longer than a sentence.
LIST_LEAD_WORDS = 3


LIST_MIN_ITEMS = 3


LIST_ITEM_WORDS = 25


LIST_HEADING_WORDS = 6


_ITEM_SEPARATORS = (" -- ", " — ", " – ", " - ", ": ", " | ", "\t")


_TEASER_WORDS = frozenset({"stories", "articles", "posts", "news", "headlines", "videos", "reads", "like", "popular",
                           "trending", "recommended", "related", "more", "latest"})


_ITEM_OPENING = re.compile(r"(?i)^\s*(?:[-•*·]\s|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)")


# A heading over a list inside the body is words alone ("Ingredients", "What you need"): not an item itself, an
# address, a handle, a command, nor a table of contents (its items are the page's headings).
PLAIN_HEADING = re.compile(r"^(?:[^\w\s•·*|-]{1,3}\s?)?[^\W\d_][^\d:@/$.*•·|]*$")  # an emoji may lead: "🌧️ Weather"


_CONTENTS = re.compile(
    r"(?i)^\s*(?:(?:table of )?contents|in this (?:article|story|post|guide)|on this page|jump to)\b")


def is_heading_over_items(line: Line) -> bool:
    """A short heading of plain words that may head a list inside the body (a recipe's "Ingredients")."""
    return (is_list_lead(line) and not line.text.rstrip().endswith(":") and bool(PLAIN_HEADING.match(line.text))
            and not _CONTENTS.match(line.text) and not INTERVIEW.match(line.text))


def list_part(lines: list[Line], first: int, stop: int) -> int:
    """How many lines from first (before stop) are a part of a list under its own short heading, heading included:
    items each a few words without a stop, holding a figure or a word in small letters ("juice of 1½ lemons"; not
    "Method", the heading of what follows); 0 when first is no such heading or no item follows it."""
    if first >= stop or not is_heading_over_items(lines[first]):
        return 0
    count = 1
    for item in lines[first + 1:stop]:
        if not _plain_listed_item(item):
            break
        count += 1
    return count if count > 1 else 0


# A revision or course page's note of the subject its topic belongs to, under the topic's name ("Coastal erosion" /
# "Part of Geography"): the header's, no listed point.
_PART_OF = re.compile(r"^\s*Part of\s+[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}\s*$")


# A property portal's badge on a listing, alone on its line over the listing's points ("Only with us", "Just added",
# "Under offer"): the site's mark, no point of the listing and no heading of them.
LISTING_BADGES = frozenset(("only with us", "just added", "new instruction", "new listing", "featured property",
                            "premium listing", "under offer", "sold stc", "let agreed", "reduced", "price reduced"))


def listing_badge(text: str) -> bool:
    """True for a property portal's badge alone on its line (see LISTING_BADGES)."""
    return text.strip().lower() in LISTING_BADGES


def part_of_subject(text: str) -> bool:
    """True for a page's "Part of Geography" under its topic's name (see _PART_OF)."""
    return text.startswith(("Part of ", " Part of ")) and _PART_OF.match(text) is not None


def list_over_body(lines: list[Line], top: int, start: int) -> tuple[int, int] | None:
    """The heading of a list over the body's own short heading ("Key features" / "Three bedrooms" / "South facing
    garden" / "Off road parking" / "Description"): a listing's points, which are its writer's and no headline (the last
    of them was the title). The list's heading is the first of its run, at least LIST_MIN_ITEMS items under it; None
    when there is no such list, or the line over the body is not a heading of its own. Else the list's heading and
    the body's."""
    heading = start - 1
    if heading <= top or not is_heading_over_items(lines[heading]) or _dated(lines[heading].text):
        return None
    label = heading
    while (label - 1 >= top and _plain_listed_item(lines[label - 1]) and not _dated(lines[label - 1].text)
           and not part_of_subject(lines[label - 1].text) and not listing_badge(lines[label - 1].text)
           and not is_wiki_tool(lines[label - 1].text)):
        label -= 1
    if (label - 1 >= top and is_heading_over_items(lines[label - 1]) and not _dated(lines[label - 1].text)
            and not listing_badge(lines[label - 1].text)):
        label -= 1  # a heading of plain capitalised words over the items ("Highlights"), not one of them
    if label < heading - 1 and is_tabs(words_of(lines[label].text)) and is_heading_over_items(lines[label + 1]):
        label += 1  # "Save" over "Key features": the listing's button, not the list's heading
    if heading - 1 - label < LIST_MIN_ITEMS or not is_heading_over_items(lines[label]):
        return None
    return label, heading


def _dated(text: str) -> bool:
    """A line that is a date, a field ("Deposit: £1,096") or ends on a comma: a header's or a letter's, not a listed
    point."""
    return (text.rstrip().endswith(",") or ":" in text or parse_date(text) is not None
            or short_year_day(text) is not None)


def _plain_listed_item(item: Line) -> bool:
    """An item of a list as a recipe writes it: a few words without a stop, holding a figure or a word in small
    letters ("juice of 1½ lemons", "a pinch of salt"; not "Method")."""
    return not (item.terminal or item.cta or item.credit or item.clock or not 0 < item.words <= LISTED_ITEM_WORDS
                or not (_DIGIT.search(item.text) or any(word[0].islower() for word in words_of(item.text))))


def plain_listed(lines: list[Line], first: int, stop: int) -> int:
    """How many lines from first (before stop) go on with a list as plain items ("zest of 2 lemons" after "4 eggs"), up
    to the heading of the list's next part ("For the drizzle" over its own items)."""
    count = 0
    for j in range(first, stop):
        if not _plain_listed_item(lines[j]) or list_part(lines, j, stop) > 1:
            break
        count += 1
    return count


def shaped_run(lines: list[Line], first: int, stop: int, by_opening: bool = False) -> int:
    """How many lines from first (before stop) keep the first one's shape as items of a list: its separator, or
    an opening number, month or bullet (by_opening: only these); each a few words to a sentence long, none a
    prompt or a credit."""
    if first >= stop:
        return 0
    separator = None if by_opening else next((sep for sep in _ITEM_SEPARATORS if sep in lines[first].text), None)
    count = 0
    for item in lines[first:stop]:
        shaped = (separator in item.text) if separator else bool(_ITEM_OPENING.match(item.text))
        # an item opening with a number may hold one word ("2 lemons"); by its separator, two at least
        fewest = 2 if separator else 1
        if not shaped or item.cta or item.credit or not fewest <= item.words <= LIST_ITEM_WORDS:
            break
        count += 1
    return count


def is_list_lead(line: Line) -> bool:
    """A line that introduces a list: it ends with a colon ("Tour dates:"), or is a short heading ("Qualified
    teams"); not a prompt, a credit or a box of links ("Other stories you might like:")."""
    colon = line.text.rstrip().endswith(":")
    heading = not colon and not line.terminal and 0 < line.words <= LIST_HEADING_WORDS
    return ((colon and line.words >= LIST_LEAD_WORDS) or heading) and not (
        line.cta or line.credit or is_widget_label(line) or _TEASER_WORDS & {w.lower() for w in words_of(line.text)})


# What a recipe or a how-to lists under its lead ("Ingredients", "You will need:"): "3 ripe bananas", "A flat
# screwdriver", a few words without a stop each.
LISTED_ITEM_WORDS = 8


_DIGIT = re.compile(r"\d")


def _plain_items(lines: list[Line], first: int, stop: int) -> int:
    """How many lines from first (before stop) are items of a list a line above announced: short, without a stop,
    no prompt, credit or time; none unless there are LIST_MIN_ITEMS and most hold a figure or a small word (a menu's
    entries are words in capitals: "Home", "Local News")."""
    count = 0
    for item in lines[first:stop]:
        if (item.terminal or item.cta or item.credit or item.clock or not 0 < item.words <= LISTED_ITEM_WORDS
                or is_widget_label(item)):
            break
        count += 1
    plain = sum(1 for item in lines[first:first + count]
                if _DIGIT.search(item.text) or any(word[0].islower() for word in words_of(item.text)))
    return count if count >= LIST_MIN_ITEMS and 2 * plain > count else 0


def plain_items_to_prose(lines: list[Line], prose: list[bool], first: int, stop: int) -> int:
    """The plain items from first (see _plain_items) when the article's prose goes on under them, right away or
    after a line or two (a tutorial's "Let's do this:" and its first part's heading under its list of parts)."""
    count = _plain_items(lines, first, stop)
    after = range(first + count, min(stop, first + count + 1 + CONTENTS_TAIL_LINES))
    return count if count and any(prose[i] for i in after) else 0


def announced_list(lines: list[Line], first: int, stop: int) -> bool:
    """True when the lines from first up to stop are a list and the line announcing it ("Ingredients" and its
    quantities, "You will need:" and its tools), with the heading of the next part ("Method") among its items."""
    if not first < stop <= len(lines):
        return False
    lead = lines[first]
    announces = (lead.text.rstrip().endswith(":") and lead.words >= LIST_LEAD_WORDS and not (
        lead.cta or is_widget_label(lead) or _TEASER_WORDS & {w.lower() for w in words_of(lead.text)})
                 ) or is_heading_over_items(lead)
    return announces and _plain_items(lines, first + 1, stop) == stop - first - 1


# A tutorial's lead may say a line or two more ("Let's do this:", its first part's heading) under the parts it lists.
CONTENTS_TAIL_LINES = 2


def announces_contents(lines: list[Line], gap: range) -> bool:
    """True when the line above a gap announces the list that fills it ("The tutorial consists of these parts:", then
    the parts), a line or two at most after the list: a lead above its table of contents."""
    if gap.start < 1 or gap.start >= gap.stop:
        return False
    lead = lines[gap.start - 1]
    if not (lead.text.rstrip().endswith(":") and lead.words >= LIST_LEAD_WORDS) or (
            lead.cta or is_widget_label(lead) or _TEASER_WORDS & {w.lower() for w in words_of(lead.text)}):
        return False
    items = _plain_items(lines, gap.start, gap.stop)
    return items > 0 and gap.stop - gap.start - items <= CONTENTS_TAIL_LINES

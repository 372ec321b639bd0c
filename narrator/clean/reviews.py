"""A review's header lines in a text dump: its rating, its stamp ("Reviewed by ... on ...") and its verdict."""

from __future__ import annotations

import re

from narrator.clean.bylines import name_alone
from narrator.clean.common import parse_date
from narrator.clean.lines import STOP_WORDS, Line, words_of
from narrator.clean.marketplace import place_line

# A review's header lines: its rating opening the line, the review's own heading glued on or not ("5.0 out of 5
# stars Still hot at lunchtime"), and when and where it was written ("Reviewed in the United Kingdom on 4 January
# 2026", "Written January 14, 2026"): a line this short, with a day and no stop.
_RATING_OPENING = re.compile(r"(?i)^\s*(?:rated\s+)?\d(?:\.\d)?\s*out\s+of\s+\d(?:\.0)?\s+stars?\b")
# (a review site's own field for when it happened, "Date of experience: 25 November 2026", "Date of stay: ...", too)
_REVIEWED = re.compile(r"(?i)^\s*(?:reviewed|written|rated|date\s+of\s+(?:experience|stay|visit|purchase)\b)\b")
REVIEW_STAMP_WORDS = 10
# A page's rating of what it shows, with how many rated it ("Rating: 4.5 out of 5 (212 ratings)", "Average rating
# 4.6/5 from 96 reviews"): the site's sum of its readers' marks, never one reviewer's verdict ("Rating: 4 out of 5",
# read with the review), which names no count.
_RATED_BY_MANY = re.compile(r"(?i)^\W*(?:(?:average|overall)\s+)?(?:rating\s*:?\s*)?\d(?:[.,]\d)?\s*"
                            r"(?:/\s*5|out\s+of\s+5)(?:\s+stars?)?\s*(?:[(\[]\s*)?(?:(?:from|based\s+on)\s+)?\d[\d,.]*k?\s+"
                            r"(?:ratings?|reviews?|votes?)\s*[)\]]?\s*$")
# A badge under a review's header ("Verified Purchase", "Top contributor"): a few capitalised words, no stop.
REVIEW_BADGE_WORDS = 3


def _review_stamp(line: Line) -> bool:
    """A review's rating line (or the page's, with its count), or the line saying when it was written ("Reviewed in
    ... on 4 January 2026")."""
    return bool(_RATING_OPENING.match(line.text) or _RATED_BY_MANY.match(line.text)) or (
        line.words <= REVIEW_STAMP_WORDS and not line.terminal and bool(_REVIEWED.match(line.text))
        and parse_date(line.text) is not None)


# A review's verdict on its own line: a label and a mark out of a scale ("Score: 8/10", "Rating: 4 out of 5 stars").
_VERDICT = re.compile(r"(?i)^\W*(?:(?:our|the|overall|final)\s+)?(?:score|rating|verdict|mark)\s*:\s*"
                      r"\d{1,3}(?:\.\d)?\s*(?:/|out\s+of)\s*(?:5|10|20|100)(?:\s+stars?)?\W*$")


def is_verdict(text: str) -> bool:
    """A review's mark on a line of its own: "Score: 8/10", "Rating: 4 out of 5"."""
    return _VERDICT.match(text) is not None


# A review site's own lines about the reviews, none a review's words: the label over a country's reviews ("Top reviews
# from the United Kingdom", no stop) and the disclaimer under each review ("This review is the subjective opinion of a
# Tripadvisor member and not of Tripadvisor LLC."), the site's, though a sentence.
_SITES_LABEL = re.compile(r"(?i)^\s*top\s+(?:[a-z]+\s+)?reviews\s+from\s+\S[^.!?]{0,40}$")
_SITES_DISCLAIMER = re.compile(r"(?i)^\s*this\s+review\s+is\s+the\s+(?:subjective\s+)?opinion\s+of\s+[^.]{1,60}?\s+"
                               r"and\s+not\s+(?:that\s+)?of\s+[^.]{1,60}\.?\s*$")
SITES_REVIEW_LINE_WORDS = 24


def _sites_review_line(line: Line) -> bool:
    """A review site's label over its reviews or its disclaimer under one (see _SITES_LABEL, _SITES_DISCLAIMER)."""
    head = line.text.lstrip()[:4].lower()
    if head not in ("top ", "this") or line.words > SITES_REVIEW_LINE_WORDS:
        return False
    return bool(_SITES_DISCLAIMER.match(line.text) if head == "this" else _SITES_LABEL.match(line.text))


def is_review_header(lines: list[Line], i: int) -> bool:
    """True for a review's header line: its rating, its stamp, or a short badge in capitals right under either (or
    the site's label over its reviews, or its disclaimer under one)."""
    line = lines[i]
    if _review_stamp(line) or _sites_review_line(line):
        return True
    words = words_of(line.text)
    return (i > 0 and _review_stamp(lines[i - 1]) and 0 < len(words) <= REVIEW_BADGE_WORDS and not line.terminal
            and all(word[0].isupper() for word in words))


# A line that calls a work reviewed: "Lowri P.'s Reviews > The Shepherd's Life", "A review of The Shepherd's Life".
_REVIEWS_OF = re.compile(r"(?i)\breviews?\s*(?:>|›|of\b|:)(.+)$")  # one pass: the work's name is split and joined below
# A reviewer's card over the review, or the trail over the work's title: "Anna Kerr's review", "Anna Kerr's Reviews >
# The Long Shore".
_REVIEWERS = re.compile(r"^(.{3,60}?)['’]s\s+reviews?\b")
# A review's header lines under the reviewed work's title, as many as these at most.
REVIEW_HEAD_LINES = 4


def names_the_works_author(lines: list[Line], byline: int, start: int) -> bool:
    """A "by" line under a work's title that a line below or over the title calls reviewed ("The Shepherd's Life" /
    "by James Rebanks" / "Lowri P.'s Reviews > The Shepherd's Life"): the book's author, not the review's writer."""
    if byline == 0:
        return False
    title = " ".join(lines[byline - 1].text.split()).lower()
    below = lines[byline + 1:min(start, byline + 1 + REVIEW_HEAD_LINES)]
    for line in [*below, *lines[max(0, byline - 1 - REVIEW_HEAD_LINES):byline - 1]]:
        if ("review" in line.text.lower() and (named := _REVIEWS_OF.search(line.text))
                and " ".join(named.group(1).split()).lower() == title):
            return True
    # a reviewer's card under it naming them in full ("Anna Kerr's review"): the review is theirs, the "by" line the
    # book's (a card of a given name or an initial, "Lowri P.'s review", leaves the "by" line the byline, as before)
    return any(_card_writer(line) for line in below)




def review_writer(lines: list[Line], byline: int, start: int) -> tuple[str, ...]:
    """The review's writer where a line near a work's "by" line names them ("Anna Kerr's review" under "by Ruth
    Hale"): a full name, its surname no initial ("Ffion's review" and "Lowri P.'s review" name no one in full)."""
    for line in lines[max(0, byline - 1 - REVIEW_HEAD_LINES):min(start, byline + 1 + REVIEW_HEAD_LINES)]:
        if name := _card_writer(line):
            return (name,)
    return ()


def _card_writer(line: Line) -> str:
    """The full name a reviewer's card or trail gives ("Anna Kerr's review", "Anna Kerr's Reviews > ..."); ""."""
    if "review" not in line.text.lower() or not (named := _REVIEWERS.match(line.text.strip())):
        return ""
    words = words_of(name := named.group(1).strip())
    full = 2 <= len(words) <= REVIEWER_WORDS and len(words[-1]) > 1 and all(w[0].isupper() for w in words)
    return name if full else ""


REVIEWER_WORDS = 4


# A review's heading stands this near under its rating line (the day between them on a review site's card).
HEADING_UNDER_RATING = 2


def _review_heading(lines: list[Line], rated: int, start: int) -> str:
    """The review's own heading: glued to its rating ("4.0 out of 5 stars Quiet, but the lid sticks") or on a line
    of a few words without a stop just under it, past its day ("Rated 5 out of 5 stars" / "27 Nov 2026" / "Honest
    garage that told me not to fix it"); "" when neither stands there."""
    rating = _RATING_OPENING.match(lines[rated].text)
    if rating is not None and (glued := lines[rated].text[rating.end():].strip(" -–—:·")):
        return glued
    for line in lines[rated + 1:min(start, rated + 1 + HEADING_UNDER_RATING)]:
        if line.words >= REVIEW_BADGE_WORDS and not line.terminal and not line.cta and not _review_stamp(line) and (
                parse_date(line.text) is None):
            return line.text.strip()
    return ""


def past_rating(lines: list[Line], title: str, authors: tuple[str, ...], start: int) -> tuple[str, tuple[str, ...]]:
    """A review page's title and writer when the header reader took a review's rating line for the headline: the
    review's own heading, and the name alone right over the rating ("Mrs D. Owen" / "4.0 out of 5 stars ..."); the
    title and authors as they were when the title is no rating or no heading is found."""
    if not _RATING_OPENING.match(title):
        return title, authors
    rated = next((i for i in range(start - 1, -1, -1) if lines[i].text.strip() == title.strip()), None)
    if rated is None or not (heading := _review_heading(lines, rated, start)):
        return title, authors
    if not authors and rated > 0 and name_alone(lines[rated - 1]):
        authors = (lines[rated - 1].text.strip(),)
    return heading, authors


# A review's score alone on its line, as a booking site prints it over the review's heading ("Scored 9.0", "Rated 8/10",
# "Score: 7.5").
_SCORE_ALONE = re.compile(r"(?i)^\s*(?:scored|rated|score:?)\s+\d{1,2}(?:[.,]\d)?(?:\s*(?:/|out\s+of)\s*10)?\s*$")
# The score stands this near over the review's text.
SCORE_OVER_TEXT_LINES = 4


def heading_under_score(lines: list[Line], start: int) -> str | None:
    """A review's own heading right under its score, near over its text ("Scored 9.0" / "A warm welcome and the best
    breakfast in Dingle"): the review's title, not the room or the product named over it; else None."""
    for i in range(max(0, start - SCORE_OVER_TEXT_LINES), start - 1):
        below = lines[i + 1]
        if ("core" in lines[i].text or "ated" in lines[i].text) and _SCORE_ALONE.match(lines[i].text) and (
                below.words >= REVIEW_BADGE_WORDS and not below.terminal and not below.cta):
            return below.text.strip()
    return None


# A business's answer printed under a review ("Reply from Davies Motors", "Response from the owner"), alone on its
# line over the answer: the business's words, not the review.
_OWNERS_REPLY = re.compile(r"(?i)^\W*(?:reply|response)\s+from\s+(?:the\s+)?\S.{0,60}$")
REPLY_LABEL_WORDS = 8


def before_owners_reply(lines: list[Line], start: int, end: int) -> int:
    """The body's last line above a business's reply label inside it, when a review heads the page (its rating among
    the lines above the body); else end."""
    if not any(_RATING_OPENING.match(line.text) for line in lines[max(0, start - REVIEW_STAMP_WORDS):start]):
        return end
    return next((i - 1 for i in range(start + 1, end + 1) if lines[i].words <= REPLY_LABEL_WORDS
                 and not lines[i].terminal and _OWNERS_REPLY.match(lines[i].text)), end)


# A review's two labels, each alone over its part: what was good ("Pros", "Likes") and what was not ("Cons").
_FOR_LABEL = re.compile(r"(?i)^\W*(?:pros|likes|the good|what i liked)\W*$")
_AGAINST_LABEL = re.compile(r"(?i)^\W*(?:cons|dislikes|the bad|what i didn['’]t like)\W*$")


def opens_on_pros(lines: list[Line], start: int, end: int) -> bool:
    """True for a review's "Pros" right over its first prose with "Cons" alone further in: the label of the
    review's first part, read as its heading (it stood under the reviewer's status, no header's line)."""
    return (0 < start <= end and lines[start - 1].words <= REVIEW_BADGE_WORDS
            and _FOR_LABEL.match(lines[start - 1].text) is not None
            and any(lines[k].words <= REVIEW_BADGE_WORDS and _AGAINST_LABEL.match(lines[k].text)
                    for k in range(start + 1, end + 1)))


# A place's or a product's rating and how many rated it, alone under its name on a map's or a shop's page ("4.6
# (312)", "4.5 ★★★★½ (1,882 reviews)"), a trail's difficulty before it perhaps ("Hard • 4.8(3,912)").
_RATING_COUNT = re.compile(r"(?i)^\s*(?:[a-z]+\s?[•·]\s?)?\d(?:[.,]\d)?\s*[★☆½]*\s*\(\d[\d,]*"
                           r"(?:\s+(?:reviews?|ratings?))?\)\s*$")
RATED_NAME_WORDS = 10  # a trail's name runs long ("Malham Cove, Gordale Scar and Janet's Foss Circular")


# A rating alone on its line ("4.2"), and how many gave it ("6,841 ratings").
_SCORE_ONLY = re.compile(r"^\s*\d(?:[.,]\d)?\s*$")
_HOW_MANY_RATED = re.compile(r"(?i)^\s*(?:based\s+on\s+)?\d[\d,]*\s+(?:ratings?|reviews?)\s*$")


# A review site's scores by aspect, a label and its score on each line, one under another ("Location 9.6" /
# "Cleanliness 9.3" / "Value for Money 9.5", "Food 4.8" / "Service 4.6"): the rated place's breakdown, no headline.
_ASPECT_SCORE = re.compile(r"^\s*[A-Z][A-Za-z'’&-]*(?: [A-Za-z'’&-]+){0,3}:? \d{1,2}(?:[.,]\d)?(?: ?/ ?(?:5|10))?\s*$")


def in_aspect_scores(lines: list[Line], i: int) -> bool:
    """A label and its score ("Value for Money 9.5") with another such line right over or under it."""
    return bool(_ASPECT_SCORE.match(lines[i].text)) and any(
        0 <= j < len(lines) and _ASPECT_SCORE.match(lines[j].text) for j in (i - 1, i + 1))


def place_over_rating(lines: list[Line], i: int) -> bool:
    """A place's line ("Bekaa Valley, Lebanon") right over a rating, alone or with its count: where the rated thing
    comes from, under its name, and no headline."""
    if i + 1 >= len(lines) or not place_line(lines[i].text.strip()):
        return False
    under = lines[i + 1].text
    return bool(_RATING_COUNT.match(under) or (_SCORE_ONLY.match(under) and i + 2 < len(lines)
                                               and _HOW_MANY_RATED.match(lines[i + 2].text)))


def rated_name(lines: list[Line], top: int, bottom: int) -> int | None:
    """The line of a name right over its rating and count ("Caffi'r Harbwr" / "4.6 (312)"): what a review on a map's
    page is of, its title; else None."""
    for i in range(max(top, 1), bottom - 1):
        line = lines[i]
        if ("(" in lines[i + 1].text and _RATING_COUNT.match(lines[i + 1].text) and 0 < line.words <= RATED_NAME_WORDS
                and line.text[:1].isupper() and not (line.terminal or line.cta or line.credit)):
            return i
    return None


# A species' scientific name alone on its line, its genus capitalised and its epithet not, a subspecies' third word
# perhaps ("Halichoerus grypus", "Buteo buteo", "Larus argentatus argenteus"), each word on a Latin or Greek ending:
# no stop word in it, as a menu's "Sign up" or "Log in" has, nor an English noun's end ("Plot lettings").
_LATIN_END = r"(?:us|a|um|is|i|ae|e|es|o|on|x|ops|ys)"
_SCIENTIFIC_NAME = re.compile(rf"^\s*[A-Z][a-z]{{1,}}{_LATIN_END}(?: [a-z]{{2,}}{_LATIN_END}){{1,2}}\s*$")
SPECIES_NAME_WORDS = 4


def over_its_scientific_name(lines: list[Line], top: int, bottom: int) -> int | None:
    """The line of a species' common name right over its scientific name ("Grey Seal" / "Halichoerus grypus"): what
    an observation's page records, its title; else None."""
    for i in range(max(top, 1), bottom - 1):
        line, below = lines[i], lines[i + 1]
        if (_SCIENTIFIC_NAME.match(below.text) and not below.cta
                and not any(word.lower() in STOP_WORDS for word in words_of(below.text))
                and 0 < line.words <= SPECIES_NAME_WORDS and line.text[:1].isupper()
                and not (line.terminal or line.cta or line.credit)):
            return i
    return None

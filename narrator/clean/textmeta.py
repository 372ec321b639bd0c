"""Title, byline and date of a scraped page: the lines just above its article body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrator.clean.bylines import (
    AFTER_BYLINE,
    BY_PREFIX,
    BYLINE_LINES,
    SENDER,
    WRITTEN_BY,
    answerer_name,
    authors_from,
    handle_alone,
    handle_over_post,
    job_line,
    name_alone,
    name_and_role,
    name_over_score,
    named_and_dated,
    names_list,
    over_a_yearless_stamp,
    posted_ago,
    poster_stamp,
    reviewer_name,
    tracker_opener,
    with_by_above,
)
from narrator.clean.common import parse_date, parse_month
from narrator.clean.deathnotices import name_over_life_span, notice_name
from narrator.clean.fictionheads import fiction_work
from narrator.clean.headlineshape import headline_like, similar
from narrator.clean.lines import (
    DECK_CAPITAL_SHARE,
    WIKI_TAGLINE,
    Line,
    is_handle,
    is_skip_link,
    is_tabs,
    is_widget_label,
    wire_dateline,
    words_of,
)
from narrator.clean.listingheads import (
    age_rated_name,
    by_the_price,
    maker_over_price,
    name_over_facts,
    organiser_under_title,
    over_a_company,
)
from narrator.clean.marketplace import company_name, near_a_place
from narrator.clean.mastheads import offer_banner, over_an_issue
from narrator.clean.menubars import entries_bar, menu_bar, trail_line, trails_end
from narrator.clean.namedecks import is_name_over_deck
from narrator.clean.pagedates import (
    created_beside_its_day,
    dated_under_likes,
    dates_an_event,
    dates_the_page,
    day_over_post_title,
    day_under_post,
    figures_day,
    labelled_otherwise,
    named_over_their_birth,
    page_day,
    published_below,
    venue_under_its_day,
)
from narrator.clean.reviews import (
    in_aspect_scores,
    names_the_works_author,
    over_its_scientific_name,
    place_over_rating,
    rated_name,
    review_writer,
)
from narrator.clean.shownnames import shown_twice_over_the_body
from narrator.clean.signoffs import to_the_editor
from narrator.clean.statuspages import names_the_report, update_stamp
from narrator.clean.stopwords import STOP_WORDS
from narrator.clean.textdecks import (
    DECK_HEADLINE_WORDS,
    deck_over_byline,
    episode_over_its_show,
    is_deck_under,
    kind_under_headline,
    repeated_headline,
    shown_again_over_deck,
    standfirst_under,
    summary_chain,
)
from narrator.clean.textlists import part_of_subject
from narrator.clean.workheads import handle_over_day, maker_and_work
from narrator.model import Metadata

# How far above the body the headline and byline may sit.
HEADER_WINDOW = 30
WIKI_HEAD_LINES = 8  # tabs, a count of languages and a short description between a wiki's headline and its tagline
_UPDATED_AT_END = re.compile(r"(?i)\b(?:updated|mis à jour(?: le)?|aktualisiert(?: am)?|actualizado(?: el)?"
                             r"|atualizado(?: em)?|aggiornato(?: il)?)\W*$")
# Between a wiki's headline and its tagline, beside its tabs one to a line ("Tools"): its count of languages.
_LANGUAGES_COUNT = re.compile(r"^\s*\d+\s+languages?\s*$", re.I)
# A headline sharing this share of its words with the page's <title> is the article's own.
TITLE_SIMILARITY = 0.6
# "Title « Blog" as some themes write it ("»" leads a trail instead: "Blog » Archive » Title")
_SITE_SUFFIX = re.compile(r"\s+[|\-–—:·•«]\s+[^|\-–—·•«»]{2,40}$")
# An event's page credits its host under the event's name ("Event by Bramley Village Hall Committee", "Hosted by ...",
# "Organised by ..."): the credit of an event, whose day over the name is the event's.
_HOSTS_CREDIT = re.compile(r"(?i)^\s*(?:event|hosted|organi[sz]ed)\s+by\s")

# A month and year, or a date, after a title's dash: the issue's, not a site's name.
# (or its season's, as a school's or a parish's newsletter is issued: "Newsletter – Spring 2026", "Summer Term 2026")
_ISSUE_DATE = re.compile(r"(?i)\W*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                         r"[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?|(?:spring|summer|autumn|fall|winter)(?:\s+term)?)"
                         r"\s+(?:1[89]|20)\d\d\s*$")


@dataclass(frozen=True)
class Header:
    """What the lines above the body say, and where the body really starts."""

    meta: Metadata
    body_start: int


# A link aggregator's note of the site a link goes to, after its title ("A tiny text editor in C (example.org)").
_LINKED_SITE = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}(?:/[^\s()]*)?\)$")
# A tracker's number after an issue's or a merge request's title ("Export drops rows with a comma #418", "... !52"):
# the site's index, not words of the title, after a sentence of several words ("Newsletter #42" is the issue's name).
_TRACKER_NUMBER = re.compile(r"^(?:\S+\s+){4,}\S+?(\s+[#!]\d+)$")
def _logo_words(tagline: str) -> set[str]:
    """The words of a wiki's name and kind, as its logo prints them: "Wikipedia", "the", "free", "encyclopedia"."""
    return {w.lower() for w in words_of(tagline)} - {"from"}


def _wiki_title(lines: list[Line], top: int, bottom: int, page_title: str | None) -> int | None:
    """A wiki's headline, however short ("Ada Lovelace"), where its tagline ("From Wikipedia, the free encyclopedia")
    stands above the body: the page's <title> line when the dump begins with one (the headline above the tagline
    may be wrapped over two lines), else the line above the tagline, past the tabs and the count of languages."""
    # The tagline is looked for above the whole body, not only in the header's window: an infobox of a hundred
    # lines may part it from the lead ("Driving side left", the infobox's last line, was taken for the title).
    for i in range(bottom - 1, 0, -1):
        if tagline := WIKI_TAGLINE.match(lines[i].text):
            # the wiki's logo may open the dump instead of the <title> ("Wikipedia The Free Encyclopedia")
            if page_title and {w.lower() for w in words_of(page_title)} - _logo_words(tagline.group(0)):
                return 0
            above = range(i - 1, max(-1, i - 1 - WIKI_HEAD_LINES), -1)
            return next((j for j in above if lines[j].words and not lines[j].cta
                         and not is_tabs(words_of(lines[j].text)) and not _LANGUAGES_COUNT.match(lines[j].text)),
                        None)
    return None


# A reference page's lead opens on its subject's name and says what it is or was ("Settle is a market town in the
# Yorkshire Dales", "Edna Tregarthen (1889-1962) was the keeper of ..."): the name alone right over it is the page's
# headline, however short, past the wiki's name and its tabs above. The name is a few words, no sentence.
_LEAD_VERB = re.compile(r"\s+(?:\([^()]{1,80}\)\s+)?(?:is|was|are|were)\s+\S")
LEAD_NAME_WORDS = 5


def _named_by_its_lead(lines: list[Line], anchor: int, start: int) -> int | None:
    """The line right over the body that its first sentence opens on, saying what it is ("Settle" / "Settle is a
    market town ..."): the page's headline; else None."""
    if anchor != start or start < 1 or start >= len(lines):
        return None
    name, lead = lines[start - 1], lines[start].text
    subject = name.text.strip()
    if not 0 < name.words <= LEAD_NAME_WORDS or name.terminal or name.cta or not subject[:1].isupper():
        return None
    return start - 1 if lead.startswith(subject) and _LEAD_VERB.match(lead, len(subject)) else None


# A section's name in a page's <title> ("Advice | The Weekly Mirror") is a word or two, as its menu entry is.
SECTION_NAME_WORDS = 2
MENU_ENTRY_WORDS = 3


def _names_a_section(lines: list[Line], headline: str, nearest: int) -> bool:
    """True when the <title>'s headline is a word or two that the page's menu lists, between two short lines without
    a stop (a byline or a date is no menu entry), above the headline nearest the body and not right above it (a
    short headline may stand over its deck, and a kicker over it)."""
    name = headline.strip().lower()
    if not 0 < len(words_of(name)) <= SECTION_NAME_WORDS:
        return False

    def entry(i: int) -> bool:
        line = lines[i] if 0 < i < len(lines) else None
        return (line is not None and 0 < line.words <= MENU_ENTRY_WORDS and not line.terminal
                and not authors_from(line) and parse_date(line.text) is None)

    return any(i < nearest - 1 and line.text.strip().lower() == name and entry(i - 1) and entry(i + 1)
               for i, line in enumerate(lines[1:], start=1))


_COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b")


def _owns_the_copyright(lines: list[Line], start: int, name: str) -> bool:
    """True when the page's copyright line under the body names the first line ("© 2025 St Anne's Primary School"):
    the first line is the site's name over its menu, not the page's <title>."""
    wanted = name.strip().lower()
    return any(_COPYRIGHT.search(line.text) and wanted in line.text.lower() for line in lines[start + 1:])


# A postal address on its line, under a listing's headline: a street or place, a comma, a town, and its postcode or
# ZIP ("Elm Grove, Harrogate HG1", "Ropewalk Court, Nottingham NG1 5AB", "12 Main St, Springfield, IL 62701").
_POSTAL_ADDRESS = re.compile(r",\s+[A-Z][\w' .-]*\s+(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s+\d[A-Z]{2})?|[A-Z]{2}\s+\d{5})$")
# A field of the page's ("Deposit: £1,096", "Furnish type: Unfurnished"): a label of up to three words, a colon, a
# value of up to three; a subject over its sender ("Re: Moving the meeting to Thursdays") says more than that.
_FIELD = re.compile(r"^\s*[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}:\s+\S+(?:\s+\S+){0,2}\s*$")


# A field's label alone on its line, its value on the next ("Label:" / "Island Records – ILPS 9165"): a record's.
_BARE_LABEL = re.compile(r"^\s*[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}:\s*$")


def _labelled_value(lines: list[Line], i: int) -> bool:
    """A value right under its label alone, in a run of such fields ("Format:" / "Vinyl, LP, Album" / "Country:"):
    the record's details, no headline, however a headline's shape it has ("Folk, World, & Country")."""
    return i > 0 and bool(_BARE_LABEL.match(lines[i - 1].text)) and any(
        0 <= j < len(lines) and _BARE_LABEL.match(lines[j].text) for j in (i - 3, i + 1))


# A tracker's side panel prints each field's label bare over its value ("Assignee" / "Priya Nair", "Projects" /
# "Spring Open Day 2027", "Sprint" / "Sprint 14 – Harbour app"): what a task is filed under and who has it.
TRACKER_FIELDS = frozenset(("assignee", "assignees", "reporter", "due date", "start date", "project", "projects",
                            "priority", "labels", "status", "sprint", "milestone", "dependencies", "collaborators",
                            "components", "fix versions", "epic", "parent", "cycle", "team", "watchers", "estimate",
                            "subsystem", "section"))
# The panel's other labels stand this near.
TRACKER_PANEL_LINES = 4


def _tracker_value(lines: list[Line], i: int) -> bool:
    """A value right under a tracker's field label, another of the panel's labels a few lines off: the task's
    details, no headline (a line under a lone "Project" label may be one)."""
    return (i > 0 and lines[i - 1].text.strip().lower() in TRACKER_FIELDS
            and any(lines[j].text.strip().lower() in TRACKER_FIELDS
                    for j in range(max(0, i - TRACKER_PANEL_LINES), min(len(lines), i + TRACKER_PANEL_LINES))
                    if j not in (i - 1, i)))


# A row of a page's tags, lower case and no function word ("nonfiction memoir nature", "emotional hopeful reflective"):
# two words or a few, or one joined by a hyphen ("medium-paced").
TAG_ROW_WORDS = (2, 6)


def _tag_word_row(line: Line) -> bool:
    """True for a line of lower-case words without a stop or a function word, or one hyphenated word."""
    words = words_of(line.text)
    low, high = TAG_ROW_WORDS
    return (not line.terminal and (low <= len(words) <= high or (len(words) == 1 and "-" in line.text))
            and line.text == line.text.lower() and not any(word in STOP_WORDS for word in words))


def _in_tag_rows(lines: list[Line], i: int) -> bool:
    """A row of tags beside another ("nonfiction memoir nature" / "emotional hopeful reflective"): a book's genres
    and moods, no headline; a lower-case headline alone above its body is the writer's own way with titles."""
    return _tag_word_row(lines[i]) and any(0 <= j < len(lines) and _tag_word_row(lines[j]) for j in (i - 1, i + 1))


def _in_fields(lines: list[Line], i: int) -> bool:
    """A line of a run of two or more fields ("Let available date: 01/04/2025" / "Furnish type: Unfurnished"): the
    page's details, where one field alone may be a headline with its colon ("Review: The Railway Children")."""
    return bool(_FIELD.match(lines[i].text)) and any(
        0 <= j < len(lines) and _FIELD.match(lines[j].text) for j in (i - 1, i + 1))


# A match's teams on the line that names its page ("Somerset v Essex", "Leeds vs Wigan, Super League"), and the
# match's state nearer the entries, a few words ("Lunch, day two", "Half time").
_FIXTURE = re.compile(r"^\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s+vs?\.?\s+[A-Z][\w.'’&-]*"
                      r"(?:\s+[A-Z][\w.'’&-]*){0,3}(?:,\s+[A-Z][\w '’-]{2,40})?\s*$")
MATCH_STATE_WORDS = 4


# How many follow a channel or an account, alone on its line ("48K subscribers", "2,310 followers").
_FOLLOWERS = re.compile(r"(?i)^\s*[\d.,]+\s*[KkMm]?\s+(?:subscribers|followers|members)\s*$")


# A blog platform's header: the writer's name over its "Follow" button, the reading time under both.
_READING_TIME = re.compile(r"(?i)^\s*\d{1,3}\s+min(?:ute)?s?\s+read\s*$")


def _name_over_follow(lines: list[Line], i: int, start: int) -> bool:
    """True for a writer's name over "Follow" and the reading time ("Dafydd Price" / "Follow" / "5 min read"), or
    over "Follow" and the work's own name right over its text (a photo's page: "Aled Morgan" / "Follow" / "Curlews at
    dusk, ..." / the photo's description)."""
    return (i + 2 < start and lines[i + 1].text.strip().lower() == "follow" and name_alone(lines[i])
            and (_READING_TIME.match(lines[i + 2].text) is not None
                 or (i + 3 == start and headline_like(lines[i + 2]))))


# A photo site's post: the poster's handle alone (one word in small letters, perhaps with digits, dots or underscores:
# "kestrelwatcher", "saltmarsh.days") over the "Follow" button, right over the caption. Such a post has no headline:
# the lines above are the site's name and menu.
_HANDLE_ALONE = re.compile(r"^\s*[a-z][a-z0-9._]{2,29}\s*$")


def _handle_over_follow(lines: list[Line], start: int) -> bool:
    """True for a handle alone over "Follow" right over the body's first line."""
    return (start >= 2 and lines[start - 1].text.strip().lower() == "follow"
            and (_HANDLE_ALONE.match(lines[start - 2].text) is not None or is_handle(lines[start - 2].text)))


# A video's or a track's maker over a badge of their plan or standing and the "Follow" button ("Tom Ellery" / "PRO" /
# "Follow", "Ruth Ashby" / "Partner" / "Follow"), over the work's count of plays or views: its maker, the page's
# writer.
_PLAYS = re.compile(r"(?i)^\s*[\d.,]+\s*[KkMm]?\s+(?:views|plays|listens)\s*$")
BADGE_CHARS = 10


def _maker_over_badge(lines: list[Line], i: int, start: int) -> bool:
    """True for a name over a badge of one word, "Follow" and the count of plays ("Tom Ellery" / "PRO" / "Follow" /
    "1,284 plays"): the video's or the track's maker."""
    if not (i + 3 < start and lines[i + 2].text.strip().lower() == "follow" and _PLAYS.match(lines[i + 3].text)):
        return False
    badge = lines[i + 1].text.strip()
    return len(badge) <= BADGE_CHARS and badge.isalpha() and badge[0].isupper() and name_alone(lines[i])


# A forum poster's rank and count of posts under their handle ("meadowsweet" / "Senior Member" / "Posts: 2,114"), over
# the post's stamp and the post: the handle is the writer's; a rank is a word or two, no stop.
_POST_COUNT = re.compile(r"(?i)^\s*posts:?\s*\d[\d,]*\s*$")
RANK_WORDS = 2


def _handle_over_rank(lines: list[Line], i: int, start: int) -> bool:
    """True for a poster's handle over their rank and their count of posts ("meadowsweet" / "Senior Member" /
    "Posts: 2,114"), in the header over the post; or a handle over the rank and the post's stamp, right over the post
    ("frugal_fran" / "Forumite" / "3 December 2026 at 7:42PM"): there a handle's mark, a figure, an underscore or a
    dot, and small letters (a newsletter's "Newsletter" / "Winter issue" / its day has no mark, nor a menu's "archive" /
    "Categories"; a review's postcode district, "S11" / "Verified review" / "Published ...", no small letter)."""
    if not i + 2 < start:
        return False
    rank = lines[i + 1]
    if not (0 < rank.words <= RANK_WORDS and not rank.terminal and rank.text.strip()[:1].isupper()):
        return False
    if lines[i + 2].text.lstrip()[:5].lower() == "posts" and _POST_COUNT.match(lines[i + 2].text):
        return name_alone(lines[i]) or handle_alone(lines[i].text)
    handle = lines[i].text
    return (i + 3 == start and handle_alone(handle) and any(c.isdigit() or c in "_." for c in handle)
            and any(c.islower() for c in handle) and dates_the_page(lines[i + 2]))


# A model's or a pattern's maker: their handle right under the work's name, over the page's buttons ("Cable clip for a
# desk edge" / "deskgnome" / "Download All Files"); a category there ("Christmas") has a capital and no figure.
_MAKERS_BUTTON = re.compile(r"(?i)^\s*(?:download(?:\s+all\s+files)?|print|remix)\s*$")


def _handle_over_buttons(lines: list[Line], i: int, start: int) -> bool:
    """True for a maker's handle under the work's name and over its "Download", "Print" or "Remix" button."""
    return (i > 0 and i + 1 < start and _MAKERS_BUTTON.match(lines[i + 1].text) is not None
            and handle_alone(lines[i].text) and headline_like(lines[i - 1]))


# A review's byline: "Review by", "Reviewed by", a reviewer's name after it.
_REVIEW_BY = re.compile(r"(?i)^\s*review(?:ed)?\s+by\s")


def _review_heading(lines: list[Line], byline_at: int, start: int) -> int | None:
    """The review's own heading right under its reviewer's byline and day, over the review ("Review by Sheila D,
    Sleights" / "Posted 2 December 2026" / "Chimney repointed and flashing replaced"), else None: the lines over the
    byline are the site's and the trade's."""
    at = byline_at + 2
    if at < len(lines) and at <= start <= at + 1 and _REVIEW_BY.match(lines[byline_at].text) and headline_like(
            lines[at]):
        return at
    return None


def _follow_under_a_place(lines: list[Line], i: int, start: int) -> bool:
    """True for a name over "Follow" right under a route's or a place's name and its locality ("Pen y Fan horseshoe" /
    "near Brecon, Wales" / "Eluned Pryce" / "Follow" / the route's figures): who recorded it."""
    return (i > 1 and i + 1 < start and lines[i + 1].text.strip().lower() == "follow" and name_alone(lines[i])
            and near_a_place(lines[i - 1].text) and headline_like(lines[i - 2]))


def _over_followers(lines: list[Line], i: int) -> bool:
    """True for the line over a count of followers: the channel's or the account's name, no headline."""
    return i + 1 < len(lines) and bool(_FOLLOWERS.match(lines[i + 1].text))


def _title_index(lines: list[Line], top: int, bottom: int, page_title: str | None) -> int | None:
    """The headline line: the one most like the page's <title> if there is one, else the nearest above (or the
    headline above it when the nearest is its deck)."""
    candidates = [i for i in range(bottom - 1, top - 1, -1) if i > 0 and headline_like(lines[i])
                  and not _POSTAL_ADDRESS.search(lines[i].text) and not _in_fields(lines, i)
                  and not _labelled_value(lines, i) and not _in_tag_rows(lines, i) and not place_over_rating(lines, i)
                  and not _labelled_run(lines, i) and not _over_followers(lines, i) and not entries_bar(lines[i].text)
                  and not names_the_report(lines[i]) and not company_name(lines[i].text)
                  and not trail_line(lines[i].text) and not in_aspect_scores(lines, i)
                  and not near_a_place(lines[i].text) and not _tracker_value(lines, i)
                  and not venue_under_its_day(lines, i)]
    if page_title:
        # a line that repeats only the <title>'s site name is no headline: "Daniel Lemire's blog" and "Search The
        # Atlantic" under "JSON parsing: simdjson vs. JSON for Modern C++ – Daniel Lemire's blog"
        suffix = _SITE_SUFFIX.search(page_title)
        site, headline = (suffix.group(), page_title[:suffix.start()]) if suffix else ("", page_title)
        scored = [(similar(lines[i].text, page_title), -n, i) for n, i in enumerate(candidates)
                  if not (site and similar(lines[i].text, site) >= TITLE_SIMILARITY
                          and similar(lines[i].text, headline) < TITLE_SIMILARITY)]
        best = max(scored, default=None)
        if best is not None and best[0] >= TITLE_SIMILARITY:
            return best[2]
        if not (candidates and _names_a_section(lines, headline, candidates[0])):
            return 0  # the page's <title> itself, when no headline on the page repeats it
        # "Obituaries - The Hillside Courier": the <title> names the section, an entry of the menu; the headline is
        # the nearest above the body, as on a page without a <title>
    summary = summary_chain(lines, candidates)
    if summary is not None:
        return summary
    if (priced := by_the_price(lines, candidates, top, bottom)) is not None:
        return priced
    fixture = next((i for i in candidates if _FIXTURE.match(lines[i].text)), None)
    if fixture is not None and lines[candidates[0]].words <= MATCH_STATE_WORDS:
        return fixture  # "Somerset v Essex" over its tabs, not the match's state under them ("Lunch, day two")
    if len(candidates) > 1 and (kind_under_headline(lines[candidates[1]], lines[candidates[0]])
                                or episode_over_its_show(lines[candidates[1]], lines[candidates[0]])):
        return candidates[1]
    if len(candidates) > 1 and (is_deck_under(lines[candidates[1]], lines[candidates[0]])
                                or shown_again_over_deck(lines, candidates[1], candidates[0]) or (
            candidates[1] == candidates[0] - 1 and opens_on_a_question(lines[candidates[0]])
            and not opens_on_a_question(lines[candidates[1]]))):
        return candidates[1]  # the headline over its deck, or over the question an explainer opens on
    return candidates[0] if candidates else None


# A site's or an organisation's name opening a pasted page ("St Aidan's Church, Thornbury", "Jobs at Ashfield
# Council"): this many words at most, over this many menu entries at least, one to a line.
SITE_NAME_WORDS = 5
MENU_UNDER_NAME = 3
# The page's own headline stands this near above its date or byline.
HEADLINE_OVER_DATE = 2
# A listing's button under its headline ("Apply now", "Save job"): two words at most.
BUTTON_WORDS = 2


# A label and its colon opening a line, whatever its value's length ("Location: Harbour Museum, Quay Street").
# A message's header fields stand this near its sender's line ("Subject:", "Date:", "To:").
MESSAGE_HEADER_LINES = 4
_LABELLED = re.compile(r"^\s*[A-Z][\w'’.]*(?:\s+[\w'’.]+){0,2}:\s+\S")


def _labelled_run(lines: list[Line], i: int) -> bool:
    """A labelled line beside another ("Location: ..." / "Closing date: ..."): a listing's details, no headline. A
    message's header is none: its "Subject:" beside its sender ("From: Ann Lee <ann@...>") is its title."""
    near = range(max(0, i - MESSAGE_HEADER_LINES), min(len(lines), i + MESSAGE_HEADER_LINES + 1))
    return bool(_LABELLED.match(lines[i].text)) and any(
        0 <= j < len(lines) and _LABELLED.match(lines[j].text) for j in (i - 1, i + 1)) and not any(
        SENDER.match(lines[j].text) for j in near)


def _sites_name_over_menu(lines: list[Line], anchor: int) -> bool:
    """A short first line over a menu, and another headline right over the date or byline under the menu: the
    site's name, which "select all" copies first, not the page's <title> (a saved page's first line), which names the
    article and often the site after a dash ("Aggression - Jo's photos"). Without the dated headline below, the first
    line may still be the page's only title."""
    menu = lines[1:1 + MENU_UNDER_NAME]
    if lines[0].words > SITE_NAME_WORDS or _SITE_SUFFIX.search(lines[0].text) or len(menu) < MENU_UNDER_NAME or not all(
            0 < entry.words <= MENU_ENTRY_WORDS and not entry.terminal and parse_date(entry.text) is None
            for entry in menu):
        return False
    over = anchor  # a listing's buttons and labelled details between its headline and its date ("Apply now")
    while over - 1 > MENU_UNDER_NAME and (lines[over - 1].cta or _labelled_run(lines, over - 1) or (
            lines[over - 1].words <= BUTTON_WORDS and not lines[over - 1].terminal)):
        over -= 1
    return any(headline_like(lines[j]) and not _in_fields(lines, j) and not _labelled_run(lines, j)
               and lines[j].text != lines[0].text
               for j in range(max(MENU_UNDER_NAME + 1, over - HEADLINE_OVER_DATE), over))


def _headline_under_second_menu(lines: list[Line], start: int) -> bool:
    """A headline right over the body's first line, right under a menu of its own ("Home" / "News" / "Services" /
    "Contact" / "Notices for Sunday 13 December"), and the site's name over a menu on the first lines: a church's or a
    club's page on a host's site, select-all copying the host's name, the host's menu, the page's name and its menu.
    The first line is the host's name, no <title>, though nothing dates the headline."""
    head = start - 1
    menu = lines[head - MENU_UNDER_NAME:head]
    return (head > 2 * MENU_UNDER_NAME and headline_like(lines[head]) and not lines[head].terminal
            and all(0 < entry.words <= MENU_ENTRY_WORDS and not entry.terminal and parse_date(entry.text) is None
                    for entry in menu) and _sites_name_over_menu(lines, start))


# A site's name: a word or three, over two entries of its menu and alone again in the footer under the body ("Fernloft"
# / "Explore" / "Upload" / ... / "Fernloft" / "About · Help · Terms"). A group's letter signed with its name has no
# menu under it.
SITE_NAME_WORDS_IN_FOOTER = 3
MENU_ENTRIES_UNDER_NAME = 2


def _sites_name_in_footer(lines: list[Line], start: int) -> bool:
    """True when the first line is the site's name: over its menu, and alone again under the body."""
    name = lines[0].text.strip()
    menu = lines[1:1 + MENU_ENTRIES_UNDER_NAME]
    return (lines[0].words <= SITE_NAME_WORDS_IN_FOOTER and len(menu) == MENU_ENTRIES_UNDER_NAME
            and all(0 < entry.words <= 2 and not entry.terminal for entry in menu)
            and any(line.text.strip() == name for line in lines[start + 1:]))


def _headline_twice_under_a_name(lines: list[Line], anchor: int) -> bool:
    """A short first line over a headline shown twice above the body (a published document's banner, "Published
    using Google Docs", over its name in the bar and again over its text): the banner is no <title>, which would name
    the document."""
    first = lines[0]
    if first.words > SITE_NAME_WORDS or _SITE_SUFFIX.search(first.text):
        return False
    shown = [line.text for line in lines[1:anchor + 1]]
    return any(headline_like(line) and line.text != first.text and shown.count(line.text) == 2
               for line in lines[1:anchor + 1])


# An appeal's headline asks the reader ("Help us keep the lights on at Brook House"): as long as a headline, and
# under a menu whose entries are a word or a few.
APPEAL_HEADLINE_WORDS = (DECK_HEADLINE_WORDS, 14)


def _appeal_headline(lines: list[Line], body: int) -> bool:
    """True for a prompt of a headline's length without a stop right above the body, nothing but a menu's short
    entries above it (the first line no page's <title>): a charity's appeal, headed by what it asks."""
    if body < 2:
        return False
    line = lines[body - 1]
    low, high = APPEAL_HEADLINE_WORDS
    return (line.cta and low <= line.words <= high and not line.terminal and not is_widget_label(line)
            and all(0 < above.words <= MENU_ENTRY_WORDS and not above.terminal for above in lines[:body - 1]))


# A forum thread's title, a question at the head of its post: a single sentence of this many words at most.
QUESTION_TITLE_WORDS = 25
# Lines between a headline and the body, past which a question opening the body is the title.
QUESTION_TITLE_GAP = 2
# (not a speaker's or an FAQ's labelled question: "Q: When is the library open?")
_ONE_QUESTION = re.compile(r"^(?![^:]{1,12}:\s)[\"“‘']?[A-Z][^.!?]*\?[\"”’']?$")


# An answer's labels between the question and the answer: the site's sorting, the answerer's name and their line
# about themselves ("Sort" / "Recommended" / "Margaret Hill" / "Former Classics teacher" / "3y"), a few words each.
LABEL_WORDS_UNDER_QUESTION = 4
LABELS_UNDER_QUESTION = 8


def _question_over_labels(lines: list[Line], top: int, title_at: int, anchor: int) -> int:
    """The question a page answers, where only labels of a few words without a stop part it from the body and the line
    taken for the headline is one of them ("Former Classics teacher", the answerer's, under "Is it worth learning
    Latin as an adult?"); else title_at."""
    if opens_on_a_question(lines[title_at]) or lines[title_at].words > LABEL_WORDS_UNDER_QUESTION:
        return title_at
    for i in range(title_at - 1, max(top, anchor - LABELS_UNDER_QUESTION) - 1, -1):
        if opens_on_a_question(lines[i]):
            return i
        if lines[i].words > LABEL_WORDS_UNDER_QUESTION or lines[i].terminal:
            break
    return title_at


def opens_on_a_question(line: Line) -> bool:
    """A question alone on its line, a sentence long: what a thread or a Q&A page is titled."""
    return 4 <= line.words <= QUESTION_TITLE_WORDS and bool(_ONE_QUESTION.match(line.text.strip()))


@dataclass(frozen=True)
class _Below:
    """A byline and a date found under a title that opens the body."""

    authors: tuple[str, ...]
    byline_at: int | None
    date_at: int | None


def _header_below(lines: list[Line], title_at: int) -> _Below:
    """The byline and date lines right under a title at the body's top, up to BYLINE_LINES of them."""
    authors: tuple[str, ...] = ()
    byline_at = date_at = None
    for i in range(title_at + 1, min(len(lines), title_at + 1 + BYLINE_LINES)):
        if not authors and (found := authors_from(with_by_above(lines, i))):
            authors, byline_at = found, i
        elif not authors and (handle := handle_over_post(lines[i]) or answerer_name(lines, i, i + 2)):
            authors, byline_at = (handle,), i  # "MorwennaB · 03/12/2026 21:14"; "Gareth Wyn" over "... · 2y"
        elif lines[i].words == 1 and not lines[i].terminal and (i == title_at + 1 or (
                i == title_at + 2 and date_at is None and lines[i - 1].words == 1)):
            continue  # a Q&A page's control between the question and its answerer ("Sort", "Sort" / "Recommended")
        elif date_at is None and dates_the_page(lines[i]):
            date_at = i
        else:
            break
    return _Below(authors, byline_at, date_at)


# A page's name at the end of its trail, under the site's sections: a word to a few ("Shingles", "Blue badges").
TRAIL_NAME_WORDS = 6


def _trail_entry(lines: list[Line], i: int, anchor: int) -> bool:
    """True for a section of a page's trail taken for its headline: under "Home", with one short line under it
    right above the body, the page's own name ("Home" / "Health A to Z" / "Shingles")."""
    name = lines[i + 1] if i + 2 == anchor else None
    return (i > 0 and lines[i - 1].text.strip().lower() == "home" and name is not None
            and 0 < name.words <= TRAIL_NAME_WORDS and not (name.terminal or name.cta or name.credit or name.clock))


# A page's button under its name: a verb of booking or fetching and what it acts on ("Apply now", "Book an open day",
# "Register for an open evening"), a few words without a stop. A menu's entry is one word ("Register"); "Save the
# village library" is a letter's headline.
_BUTTON_VERBS = frozenset(("apply", "book", "register", "download", "buy", "add", "enquire", "request", "reserve",
                           "order"))
BUTTON_LINE_WORDS = (2, 6)
# A page's own name under the site's menu ("In brief", "BSc Geography", "Annual Report 2025"): a few words.
PAGE_NAME_WORDS = 5
# A prompt this short is a button or a file's link ("Download the full report (PDF, 2.4 MB)").
TOOL_WORDS = 6


def _button(line: Line) -> bool:
    """True for a short line without a stop that opens on a button's verb and says what it acts on."""
    words = words_of(line.text)
    low, high = BUTTON_LINE_WORDS
    return low <= len(words) <= high and not line.terminal and words[0].lower() in _BUTTON_VERBS


def page_tool(lines: list[Line], i: int) -> bool:
    """A button, a link to a file, a run of labelled fields or the day alone: what a page puts right under its own
    name. A field alone may be a headline with its colon ("Parish News: Easter Edition"), a long prompt an appeal's
    headline ("Help us keep the lights on at Brook House"), a prompt of one word a menu's entry ("Subscribe")."""
    line = lines[i]
    return (line.cta and 1 < line.words <= TOOL_WORDS) or _button(line) or _in_fields(lines, i) or (
        line.words <= DATE_ALONE_WORDS and not line.terminal and parse_date(line.text) is not None)


def _a_sites_name(lines: list[Line], start: int) -> bool:
    """True when the first line may be a site's name: a few words, no site after a dash (a saved page's <title>,
    "Aggression - Jo's photos"), and not shown again over the body (a <title>'s headline is, as the page's own)."""
    first = lines[0]
    head = first.text.strip().lower()
    return (first.words <= SITE_NAME_WORDS and not _SITE_SUFFIX.search(first.text)
            and not any(line.text.strip().lower() == head for line in lines[1:start]))


def _page_name_under_menu(lines: list[Line], start: int) -> int | None:
    """A page's own name, a few words under the site's name and at least MENU_UNDER_NAME menu entries, every line
    above it short and without a stop, and right over its buttons, a file's link, its fields or its day: the page is
    named there, not by the site's name over the menu nor by a button."""
    for j in range(1, start):
        line = lines[j]
        if j - 1 > MENU_UNDER_NAME and page_tool(lines, j):
            if BY_PREFIX.match(lines[j - 1].text) and j - 2 > MENU_UNDER_NAME:
                j -= 1  # "Welsh Cakes" / "By Bethan Owen" / its day: a writer's credit names no page, the line over it
            name = lines[j - 1]
            return j - 1 if (0 < name.words <= PAGE_NAME_WORDS and not page_tool(lines, j - 1)
                             and parse_date(name.text) is None) else None  # "Last updated: 3 March 2025" is a stamp
        if line.terminal or line.words > SITE_NAME_WORDS:
            return None  # prose, or a headline, before any button: not a page named by a short line
    return None


# A date alone on its line has a word or two beside its figures ("04 June 2024", "Tuesday, October 8, 2024").
DATE_ALONE_WORDS = 2


# A post's cover picture's alt text, naming the post ("Cover image for Why our cron jobs ran twice every Sunday").
_COVER_ALT = re.compile(r"(?i)^\W*(?:cover|header|featured|hero)\s+image\s+(?:for|of)\s+(\S.*?)\s*$")


def _named_by_its_cover(lines: list[Line], top: int, start: int) -> int | None:
    """The line under a post's cover picture's alt text that is the title the alt text names (DEV's "Cover image for
    ...", the writer and day between them); else None."""
    for i in range(top, start):
        if "mage " in lines[i].text and (cover := _COVER_ALT.match(lines[i].text)):
            return next((k for k in range(i + 1, start) if lines[k].text.strip() == cover.group(1)), None)
    return None


# A work's own name over its credit is short: a pattern's, a game's, a book's ("Bryn cowl", "The Salt Path").
WORKS_NAME_WORDS = 4


def _works_name_over_credit(lines: list[Line], byline_at: int) -> bool:
    """True for a short name right over a credit that opens on "by" ("Bryn cowl" / "by Elin Haf"): the work's,
    which a headline's shape misses for its few words; a menu's entry, a button or a sentence is none."""
    return byline_at > 0 and lines[byline_at].text.lstrip()[:3].lower() == "by " and _short_name(lines[byline_at - 1])


def _shown_twice(lines: list[Line], top: int, start: int, at: int) -> bool:
    """True when the header shows the line at `at` again, elsewhere over the body (a trail's entry and a label)."""
    text = lines[at].text.strip()
    return any(lines[i].text.strip() == text for i in range(top, start) if i != at)


def _listings_name(line: Line) -> bool:
    """A listing's name over its facts: a headline's shape, or a short name ("Gull Cottage")."""
    return headline_like(line) or _short_name(line)


def _short_name(line: Line) -> bool:
    """A name of a few words, capitalised, no sentence, button, menu or day: a work's or a topic's, too short for a
    headline's shape."""
    return (0 < line.words <= WORKS_NAME_WORDS and line.text[:1].isupper() and not (line.terminal or line.cta
            or line.credit) and not menu_bar(line.text) and not dates_the_page(line))


# A letters page prints each letter's heading over its greeting to the editor ("Ferry fares" / "Sir,"), the greeting
# right over the letter's first line or one line above it: a short heading, however few its words, under the paper's
# menu (its last entry, "Your letters", a section's label, stands over the heading, never between it and "Sir,").
EDITORS_GREETING_LINES = 2
LETTER_HEADING_WORDS = 12


def _heading_over_editors_greeting(lines: list[Line], top: int, start: int) -> int | None:
    """Where a letter's heading stands right over its greeting to the editor, the greeting over the body; else None."""
    for greeting in range(start, max(top + 1, start - EDITORS_GREETING_LINES) - 1, -1):
        if greeting < len(lines) and "," in lines[greeting].text and to_the_editor(lines[greeting].text):
            heading = lines[greeting - 1]
            return greeting - 1 if (0 < heading.words <= LETTER_HEADING_WORDS and heading.text[:1].isupper()
                                    and not (heading.terminal or heading.cta or menu_bar(heading.text)
                                             or to_the_editor(heading.text))) else None
    return None


def find_header(lines: list[Line], start: int, fallback_title: str, asked: bool = False) -> Header:
    """Find title, authors and date just above the body (or in its first lines).

    asked: a page's body may open on its title, a question (a forum's or a Q&A site's thread), when no byline or
    date stands above it."""
    top = max(0, start - HEADER_WINDOW)
    byline_at = None
    authors: tuple[str, ...] = ()
    posted = 0  # a social post's: its poster's name, and the age stamp under it ("Janet Pike" / "· 5h ·")
    dates = [i for i in range(top, start) if dates_the_page(lines[i]) and not labelled_otherwise(lines, i)
             and not update_stamp(lines, i)]
    for i in range(start - 1, top - 1, -1):
        if found := authors_from(with_by_above(lines, i)):
            # under a reviewed book's title, its "by" line places the title but names the book's author
            authors, byline_at = review_writer(lines, i, start) if names_the_works_author(lines, i, start) else found, i
            break
        if i + 2 in dates and job_line(lines[i + 1]) and name_alone(lines[i]):
            authors, byline_at = (lines[i].text.strip(),), i  # "Rachel Green" / "Operations Director at Hartley"
            break
        if answerer_name(lines, i, start) or _name_over_follow(lines, i, start) or over_a_yearless_stamp(
                lines, i, start) or _follow_under_a_place(lines, i, start) or _maker_over_badge(lines, i, start) \
                or _handle_over_rank(lines, i, start) or _handle_over_buttons(lines, i, start):
            # "Dafydd Price" / "Follow" / "5 min read"; "Gareth Wyn" / "Former quarryman, Blaenau Ffestiniog · 2y"
            authors, byline_at = (lines[i].text.strip(),), i
            break
        if i + 2 in dates and is_name_over_deck(lines, i, start):
            authors, byline_at = (lines[i].text.strip(),), i  # "Meera Shah" / her piece's summary / the day
            break
        if not any(_ONE_QUESTION.match(line.text) for line in lines[top:i]) and (
                poster := poster_stamp(lines, i, start)):
            # (an answer's writer under the question it answers is no post's: the question heads the page)
            authors, byline_at, posted = (lines[i].text.strip(),), i, poster
            if posted_ago(lines[poster].text):
                posted = 0  # "sophieb87" / "Posted 2 days ago": a forum's post, its thread's title over it
            break
        # a name alone over the date ("Ann Lee"), or with the desk after it ("Ann Lee Political editor"); over an
        # event's days or hours, the name is the event's ("Winter Lantern Parade" / "Sat 14 Dec 2024" / "5:00pm - ...")
        if ((i + 1 in dates and not dates_an_event(lines, i + 1))
                or (i + 1 < start and AFTER_BYLINE.match(lines[i + 1].text))) and (
                name := lines[i].text.strip() if name_alone(lines[i]) else name_and_role(lines[i])):
            authors, byline_at = (name,), i
            break
    senders = [(i, sent.group(1).strip()) for i in range(top, start) if (sent := SENDER.match(lines[i].text))]
    if not authors and senders:
        # a list archive's message: "From: Martin Weber <martin@example.org>" over its date, under its subject
        byline_at, authors = senders[0][0], (senders[0][1],)
    names_at = None
    if not authors:
        # a paper's authors under its title, over its abstract ("Sparse Attention for ..." / "Lena Kovacs, Omar Haddad")
        names_at = next((i for i in range(start - 1, max(top, 1) - 1, -1)
                         if names_list(lines[i].text) and headline_like(lines[i - 1])), None)
        if names_at is not None:
            authors, byline_at = names_list(lines[names_at].text), names_at
    handled = None if authors else handle_over_day(lines, top, start)
    if handled is not None:
        authors, byline_at, posted = (handled.handle,), handled.at, handled.at + 1  # "bethan.ellis" / "11/28/26"
    if not authors and (reviewer := reviewer_name(lines, top, start) or name_over_score(lines, top, start)):
        authors = (reviewer,)  # "Helen P" / "Leeds, United Kingdom" / "48 contributions", over the review
    if not authors:
        authors = next((found for line in lines[start:] if (WRITTEN_BY.match(line.text)
                        and (found := authors_from(line))) or (found := tracker_opener(line.text))), ())
    # A byline's own date wins; otherwise the date nearest above the body (captions carry dates too).
    date_at = byline_at if byline_at in dates else (dates[0] if byline_at is None and dates else None)
    if date_at is None and dates:
        after_byline = [i for i in dates if byline_at is None or i > byline_at]
        # above the byline, a date after "Updated" ("04.05.2015 • Mis à jour le / 05.05.2015") is the update's: the
        # publication's is the one before it
        published_dates = [i for i in dates if not (i > 0 and _UPDATED_AT_END.search(lines[i - 1].text))] or dates
        date_at = after_byline[0] if after_byline else published_dates[-1]
    # an event's day over its name and its host ("Saturday, January 9, 2027" / the event / "Hosted by ..."): the
    # header's foot is the host's credit, the name between them
    # (a host's credit of its own kind, "Event by ...", says the day over the name is the event's though nothing else
    # does: "SAT, 12 DEC 2026 AT 10:00" / the event / its venue / "Event by Bramley Village Hall Committee")
    event_day = (date_at is not None and byline_at is not None and date_at < byline_at - 1
                 and (dates_an_event(lines, date_at) or _HOSTS_CREDIT.match(lines[byline_at].text) is not None))
    anchor = min(x for x in (byline_at, None if event_day else date_at, start) if x is not None)
    first = lines[0]
    # A page dump starts with the page's <title>: several words, no full stop, not a menu entry.
    page_title = first.text if first.words >= 4 and headline_like(first) and anchor > 0 and not (
        menu_bar(first.text) or _owns_the_copyright(lines, start, first.text)
        or (anchor in (byline_at, date_at) and _sites_name_over_menu(lines, anchor))
        or (anchor == start and _headline_under_second_menu(lines, start))
        or _headline_twice_under_a_name(lines, anchor) or over_an_issue(lines) or offer_banner(first)) else None
    title_at = _wiki_title(lines, top, anchor, page_title)
    if title_at is None:
        title_at = _named_by_its_lead(lines, anchor, start)  # "Settle" / "Settle is a market town ...", tabs above
    if title_at is None:
        title_at = _title_index(lines, top, anchor, page_title)
        if (title_at is not None and byline_at == anchor and deck_over_byline(lines, title_at - 1, anchor)
                and not entries_bar(lines[title_at - 1].text)):
            title_at -= 1  # "Why the bus stopped coming" over its longer deck, the writer's name under both
        elif (title_at is not None and byline_at == anchor and title_at + 3 == anchor
              and lines[title_at].capital_ratio > DECK_CAPITAL_SHARE and deck_over_byline(lines, title_at + 1, anchor)):
            title_at += 1  # "The Slow Harbour" over "Why the ferry ..." and its subtitle: the newsletter's name
    if event_day and date_at is not None and headline_like(lines[date_at + 1]) and not lines[date_at + 1].cta:
        title_at = date_at + 1  # "SAT, 12 DEC 2026 AT 10:00" / "Christmas Craft Fair at ...": the event under its day
    if (offered := over_a_company(lines, top, anchor)) is not None:
        title_at = offered  # "Deckhand – seasonal" over "Island Ferries Ltd": a job's title over its employer
    if (noticed := notice_name(lines, top, start)) is not None:
        title_at = noticed  # "ELLIOT Robert James" over "Peacefully at ...": the notice's name, under the paper's
    if (lived := name_over_life_span(lines, top, anchor)) is not None:
        title_at = lived  # "Margaret Ann Pryce" / "1941 – 2026": a notice's name, under the funeral home's <title>
    if (report := next((i for i in range(max(top, 1), anchor) if names_the_report(lines[i])), None)) is not None:
        title_at = report - 1  # "Website upgrade" / "Scheduled Maintenance Report for ...": the incident's own name
    if (part := next((i for i in range(max(top, 1), anchor) if part_of_subject(lines[i].text)), None)) is not None and (
            headline_like(lines[part - 1]) or _short_name(lines[part - 1])):
        title_at = part - 1  # "Coastal erosion" / "Part of Geography": a revision page's topic over its subject
    if (letter := _heading_over_editors_greeting(lines, top, start)) is not None and (
            title_at is None or title_at < letter):
        title_at = letter  # "Ferry fares" / "Sir,": a letters page's heading over its letter, under the paper's menu
    if asked and title_at is not None:
        title_at = _question_over_labels(lines, top, title_at, anchor)
    if (asked and anchor == start < len(lines) - 1 and (title_at is None or start - title_at > QUESTION_TITLE_GAP)
            and opens_on_a_question(lines[start])):
        # "AITA for not going to my sister's wedding?" over the post, the nearest headline-like line far above it
        # ("Go to AmItheAsshole"): the thread's title. Under its own headline, a question opens an explainer.
        title_at = start
        below = _header_below(lines, start)  # its date and byline under it ("Updated 17 January 2025", "By ...")
        authors = authors or below.authors
        byline_at, date_at = below.byline_at, below.date_at
    if title_at is None and date_at is not None and named_and_dated(lines[date_at]):
        title_at = date_at  # "Letters to the editor, 22 January 2025": the page's name and its day, over the body
    if byline_at is not None and date_at == byline_at + 1 and (heading := _review_heading(lines, byline_at, start)):
        title_at = heading  # "Review by Sheila D, Sleights" / "Posted 2 December 2026" / "Chimney repointed": its own
    if title_at is not None and _trail_entry(lines, title_at, anchor):
        title_at += 1  # "Home" / "Health A to Z" / "Shingles": the trail's last entry names the page
    if (title_at is None and date_at is not None and date_at == anchor and lines[anchor].words <= DATE_ALONE_WORDS
            and anchor + 1 < start and headline_like(lines[anchor + 1])):
        title_at = anchor + 1  # no headline above the date: the one right under it (a journal's "04 June 2024")
        if entries_bar(lines[title_at].text) and title_at + 1 < start and headline_like(lines[title_at + 1]):
            title_at += 1  # a paper's masthead, its day, its sections' bar, then the headline under them
    if title_at is None and (covered := _named_by_its_cover(lines, top, start)) is not None:
        title_at = covered  # "Cover image for Why our cron jobs ..." / "Nia Griffiths" / the day / the title
    if title_at is None and _appeal_headline(lines, anchor):
        title_at = anchor - 1  # "Help us keep the lights on at Brook House" under a menu ("Donate" / "Get involved")
    if title_at is None and anchor > 0 and lines[0].words and not lines[0].terminal and not is_skip_link(
            lines[0].text) and not (lines[0].cta and lines[0].words == 1) and not _sites_name_in_footer(lines, start):
        title_at = 0  # the first line of a plain article (a page's skip link is none, nor a site's button: "Instagram")
    if title_at is None:
        title_at = shown_twice_over_the_body(lines, top, start)  # a release's "v2.0.0", over its stamp and under it
    # a button alone may be a guidance page's headline ("Apply for a blue badge"); among others, or a file's link,
    # it is one of the page's tools under its name
    if (title_at in (None, 0) or (page_tool(lines, title_at) and (lines[title_at].cta or page_tool(
            lines, title_at - 1)))) and _a_sites_name(lines, start) and (
            named := _page_name_under_menu(lines, start)) is not None:
        title_at = named  # "Dale Food Bank" / its menu / "Annual Report 2025" / "Download the report (PDF)"
    if (date_at is not None and title_at is not None and title_at < date_at
            and day_over_post_title(lines, date_at, start)):
        title_at = date_at + 1  # Blogger's day header over its post's title, the blog's tagline over the day
    if names_at is not None:
        title_at = names_at - 1  # the paper's title over its authors, not a trail or a journal's name over both
    trailed = next((i + 1 for i in range(top, anchor - 1) if trails_end(lines[i].text) == lines[i + 1].text.strip()),
                   None)
    if trailed is not None and (title_at is None or title_at < trailed):
        title_at = trailed  # "All Games > Simulation Games > Harbour Master" / "Harbour Master": the trail names it
    aged = age_rated_name(lines, top, anchor)
    if aged is not None and (title_at is None or title_at < aged[0]):
        title_at = aged[0]  # "Trefnydd Bins 4+" / its seller / "Designed for iPhone": an app's name and age rating
    if (rated := rated_name(lines, top, anchor)) is not None and (title_at in (None, 0) or (
            title_at > rated and _shown_twice(lines, top, start, title_at))):
        # (a place's name the page shows twice, its trail's last entry and again under the rating, is where it is)
        title_at = rated  # "Caffi'r Harbwr" / "4.6 (312)": a map's place over its rating, under the site's name
    if (listed := name_over_facts(lines, top, anchor, _listings_name)) is not None:
        title_at = listed  # "Gull Cottage" / "Sleeps 4 · 2 bedrooms · 1 bathroom" / ... / "About the property"
    if (life := named_over_their_birth(lines, top, start)) is not None:
        title_at = life  # "Thomas Patrick Doyle" / "Birth" / "12 Mar 1931": whom a memorial's record is of
    if title_at in (None, 0) and (species := over_its_scientific_name(lines, top, anchor)) is not None:
        title_at = species  # "Grey Seal" / "Halichoerus grypus": an observation's species, under the site's name
    if byline_at is not None and (title_at is None or (title_at < byline_at - 1 and not headline_like(
            lines[title_at]))) and _works_name_over_credit(lines, byline_at):
        title_at = byline_at - 1  # "Bryn cowl" / "by Elin Haf": a pattern's or a book's short name over its credit
    if (byline_at is not None and byline_at + 2 < start and _name_over_follow(lines, byline_at, start)
            and not _READING_TIME.match(lines[byline_at + 2].text)):
        title_at = byline_at + 2  # "Aled Morgan" / "Follow" / "Curlews at dusk, Dyfi estuary": the photo's own name
    if (byline_at is not None and byline_at + 3 == start and over_a_yearless_stamp(lines, byline_at, start)
            and headline_like(lines[byline_at + 2])):
        title_at = byline_at + 2  # "Kirsty Mahon" / "Nov 30" / "Canteen closing early on Friday": the post's subject
    if not authors and (made := maker_and_work(lines, top, start)) is not None:
        # "Gwenno Rhys" / "Night tide (demo)" / "2 weeks ago": a track's maker and its name, over its age
        authors, title_at = (lines[made[0]].text.strip(),), made[1]
    tagline = None
    if not authors and (campaign := organiser_under_title(lines, top, start)) is not None:
        title_at, authors = campaign[0], (campaign[1],)  # the campaign / "Tanfield Village Hall Committee" / its town
        if lines[title_at + 1].terminal:
            tagline = lines[title_at + 1].text  # "Light for four hours from ...", under the campaign's name
    if not authors and title_at is not None and (maker := maker_over_price(lines, title_at)):
        authors = (maker,)  # "Riverbank Birds colouring book" / "Tamsin Hale" / "£9": a maker's shop page
    if posted and title_at is not None and byline_at is not None and title_at < byline_at:
        title_at = None  # a post has no headline: above its poster are the site's menu and the group's name
    if title_at is not None and title_at <= start - 2 and _handle_over_follow(lines, start):
        title_at = None  # "Pixelfed" / its menu / "kestrelwatcher" / "Follow" / a photo's caption: no headline
    if (work := fiction_work(lines, top, start)) is not None:
        # "The Lighthouse Girls" / "by morlo_bach" / its counts / "Chapter 3: The Storm": the work's title and its
        # writer over the chapter, whose heading is the text's
        title_at, byline_at, authors = work.title_at, work.writer_at, (work.writer,)
    title = lines[title_at].text if title_at is not None else fallback_title
    if title_at == 0 and (suffix := _SITE_SUFFIX.search(title)) and not _ISSUE_DATE.match(suffix.group()):
        title = title[:suffix.start()]  # "Club Newsletter - June 2024" keeps its issue's month: no site's name
    if aged is not None and title_at == aged[0]:
        title = aged[1]  # the app's name without its age rating
    title = _LINKED_SITE.sub("", title)  # "... in 1,000 lines of C (example.org)": where the link goes, no title's
    if tracked := _TRACKER_NUMBER.match(title):
        title = title[:tracked.start(1)]
    # the span an event runs under its headline dates the event, not the page (which is still headed there)
    published = (page_day(lines[date_at].text) if date_at is not None and not event_day
                 and not dates_an_event(lines, date_at) else None)
    if published is None and handled is not None:
        published = handled.day
    if published is None and start < len(lines) and (dateline := wire_dateline(lines[start].text)):
        published = parse_date(dateline)  # a wire story dates itself in its first line ("COLUMBUS, Ohio, June 3 --")
    if published is None and date_at is None and title_at is not None and title_at < start:
        # a month alone under the headline ("March 2026") dates a report or a newsletter's issue by its month
        published = next((month for line in lines[title_at + 1:start] if (month := parse_month(line.text))), None)
    if published is None and date_at is None:
        # a status page's report is dated by its newest update's stamp, the first under the incident's name
        published = next((parse_date(lines[i].text) for i in range(top, len(lines)) if update_stamp(lines, i)), None)
    if published is None and date_at is None:
        published = published_below(lines, start)  # a record's field under its text ("Publication date: ...")
        authors = authors or created_beside_its_day(lines, start)  # "Created by: Margaret Doyle" / "Added: ..."
    if published is None and date_at is None and authors:
        published = day_under_post(lines, start)  # a reviewer's text, then "Nov 29, 2026" / "12" / "Reply"
    if published is None and date_at is None:
        published = dated_under_likes(lines, start)  # "Liked by ffion.j and 612 others" / "March 5, 2026"
    if published is None and date_at is None:
        published = figures_day(lines, top, start)  # "Added on 02/03/2026" on a page in pounds: 2 March
    header_end = max((x for x in (byline_at, date_at, title_at) if x is not None and (x <= start or title_at == start)),
                     default=-1)
    # titled by the page's <title>: the headline on the page that repeats it heads the standfirst and byline below it
    headline_at = repeated_headline(lines, start, title) if title_at == 0 else title_at
    summary = standfirst_under(lines, headline_at, dated=published is not None and date_at is not None
                               and date_at == (headline_at or 0) - 1)
    if summary is not None:
        header_end = max(header_end, summary.last)
        authors = authors or summary.authors
        published = published or summary.published
    standfirst = None
    if headline_at is not None and (summary is not None or (headline_at + 1 < start and (
            is_deck_under(lines[headline_at], lines[headline_at + 1])
            or (byline_at == anchor and deck_over_byline(lines, headline_at, anchor))
            or shown_again_over_deck(lines, headline_at, headline_at + 1)))):
        standfirst = lines[headline_at + 1].text
        header_end = max(header_end, headline_at + 1)
    if standfirst is None and byline_at is not None and byline_at == (headline_at or 0) + 1 and is_name_over_deck(
            lines, byline_at, start):
        standfirst = lines[byline_at + 1].text  # under the columnist's name, over the day
    if standfirst is None and tagline is not None and title_at == headline_at:
        standfirst = tagline
    if work is not None and work.summary:
        standfirst = work.summary  # "Summary:" / "Two cousins, one inherited caravan, and ..."
    meta = Metadata(title=title.strip(), authors=authors, published=published, language="", standfirst=standfirst)
    return Header(meta=meta, body_start=header_end + 1)

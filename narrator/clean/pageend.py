"""Where a page dump's article ends and what under it is still the writer's: a letter's close and signature, a
report's signer, a match report's team sheets, editors' notes, a list or points the last line leads into, a Q&A
page's answers; and the boxes that end it early (about the writer, how to write in)."""

from __future__ import annotations

import re

from narrator.clean.bylines import BYLINE_WORDS, authors_from, is_byline_line, name_alone
from narrator.clean.common import OFFICE_WORDS, parse_date
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.lines import ADDRESS, CONTACT_WORDS, STOP_WORDS, Line, is_post_stamp, words_of
from narrator.clean.signoffs import is_sign_off, reader_signer, to_the_editor
from narrator.clean.textlists import LIST_ITEM_WORDS, LIST_MIN_ITEMS, is_list_lead, shaped_run
from narrator.model import Block, BlockKind


def listed_after(lines: list[Line], end: int) -> list[Block]:
    """The lead line right after the body and the list under it (a tour's dates, a table's rows), while its lines
    keep the first item's shape; nothing when fewer than three follow."""
    lead = end + 1
    if lead + PAIR >= len(lines) or not is_list_lead(lines[lead]) or _PARTYS_BOX.match(lines[lead].text) or (
            lines[lead].text.lstrip().startswith("#") and _TAG_LINE.match(lines[lead].text)) or _tag_slugs(lines, lead):
        return []
    count = shaped_run(lines, lead + 1, len(lines)) if lead + LIST_MIN_ITEMS < len(lines) else 0
    if count < LIST_MIN_ITEMS:
        count = PAIR if lines[lead].words <= PAIR_LEAD_WORDS and _pair_closed(lines, lead + 1) else 0
    if not count:
        return []
    kind = BlockKind.PARAGRAPH if lines[lead].text.rstrip().endswith(":") else BlockKind.HEADING
    return [Block(kind, lines[lead].text, level=2 if kind is BlockKind.HEADING else 0)] + [
        Block(BlockKind.LIST_ITEM, item.text) for item in lines[lead + 1:lead + 1 + count]]


# A listing's box about the party selling or letting, under its description ("Seller information" / "brecon_finds
# (1,204)" / "99.8% positive feedback"): the site's card of them, no list of the article's.
_PARTYS_BOX = re.compile(r"(?i)^\s*(?:seller(?:'s)?\s+(?:information|info|details)"
                         r"|about\s+(?:the|this)\s+(?:seller|host)|meet\s+(?:the\s+seller|your\s+host)|sold\s+by|hosted\s+by|host\s+(?:information|details))"
                         r"\s*:?\s*$")


# A post's tags alone on the line under its text ("#sourdough #bakery #smallbusiness"): the network's foot of the
# post, with its age and its likes under it, no heading of a list.
_TAG_LINE = re.compile(r"^\s*#\w+(?:[\s,]+#\w+)+\s*$")


# A question's tags, each a slug in small letters alone on its line under the question ("linux" / "cron" / "path"),
# over the page's buttons ("Share"): the site's labels, no list of the question's.
_TAG_SLUG = re.compile(r"^[a-z0-9][a-z0-9.+#-]{0,34}$")
TAG_SLUGS_MAX = 5


def _tag_slugs(lines: list[Line], lead: int) -> bool:
    """True when lines[lead] opens a run of two to TAG_SLUGS_MAX tags' slugs closed by a page's button."""
    run = 0
    while lead + run < len(lines) and run <= TAG_SLUGS_MAX and _TAG_SLUG.match(lines[lead + run].text):
        run += 1
    return 2 <= run <= TAG_SLUGS_MAX and lead + run < len(lines) and lines[lead + run].cta


# Two items of a list: fewer than a shape shows, so only a page's button under them closes them as a list.
PAIR = 2
# Two items' heading is a word or two, as a job's "Benefits" or "What we offer" is; a box of the page's links under
# a longer line ("Sign up for flood warnings", "Share this fact check") is no such list.
PAIR_LEAD_WORDS = 2
# An item in sentence case has few capitals ("Free travel on all our routes"); a box's headlines in Title Case many.
PAIR_CAPITAL_SHARE = 0.5


def _pair_closed(lines: list[Line], first: int) -> bool:
    """Two short items in sentence case under a list's heading, then a page's button or the text's end ("Benefits" /
    "Free travel on all our routes" / "Meals on board" / "Report this job"): a list of two, the button its end."""
    after = first + PAIR
    return all(not line.terminal and not line.cta and not line.credit and 0 < line.words <= LIST_ITEM_WORDS
               and "?" not in line.text
               and line.capital_ratio < PAIR_CAPITAL_SHARE for line in lines[first:after]) and (
        after >= len(lines) or lines[after].cta)


def points_after(lines: list[Line], end: int, natural: list[bool]) -> list[Block]:
    """The points the body's last line announces ("so here is what the trial showed:"): a group of its own right under
    it, of LIST_MIN_ITEMS or more lines of ordinary words packed together, no stop, prompt or credit among them; a
    box of headlines (words in capitals) is none."""
    first = end + 1
    if first >= len(lines) or not lines[end].text.rstrip().endswith(":") or lines[first].group == lines[end].group:
        return []
    group = [line for line in lines[first:] if line.group == lines[first].group]
    if len(group) < LIST_MIN_ITEMS or not all(
            natural[line.index] and not (line.terminal or line.cta or line.credit) and line.words <= LIST_ITEM_WORDS
            for line in group):
        return []
    return [Block(BlockKind.LIST_ITEM, line.text) for line in group]


# An editor's note stamped under the story ("Update July 3rd, 8:05AM ET: Added the explanation and the tweet."): a
# stamp, so the story's run ends above it, but the listener should hear what was changed or corrected.
_EDITORS_NOTE = re.compile(
    r"(?i)^\(?\s*(?:update[ds]?|correction|editor['’]?s note|clarification)\b.{0,60}?:\s+\S")


EDITORS_NOTE_LINES = 2


def notes_after(lines: list[Line], end: int) -> list[Block]:
    """The editor's notes right under the body (one or two lines), as paragraphs."""
    notes = []
    for line in lines[end + 1:end + 1 + EDITORS_NOTE_LINES]:
        if not (line.terminal and _EDITORS_NOTE.match(line.text)):
            break
        notes.append(Block(BlockKind.PARAGRAPH, line.text))
    return notes


# A Q&A page's count of the answers under its question ("2 Answers"), and what closes them: the box to write one,
# the site's lists of other questions.
# "2 Answers" over a question's answers, or the one a site marks over its chosen answer ("Accepted answer").
_ANSWERS_LABEL = re.compile(r"(?i)^\s*(?:\d+\s+answers?|(?:accepted|best|top|chosen|verified)\s+(?:answer|solution))"
                            r"\s*$")


_ANSWERS_END = re.compile(r"(?i)^\W*(?:your answer|post your answer|related|linked|hot network questions"
                          r"|not the answer you're looking for\?.*)\W*$")


# The answers begin within this many lines of the question's tools ("Share", "Improve this question", its stamp).
ANSWERS_LABEL_LINES = 8


# A letter's own farewell over its signature, when the letter opened on a greeting ("Have a lovely weekend,", "Until
# the spring,"): a few words and the one comma ending them.
FAREWELL_WORDS = 6


def _farewell(lines: list[Line], i: int) -> bool:
    """A few words ending on their one comma, over a name of a few capitalised words: a greeted letter's close."""
    text = lines[i].text.strip()
    under = lines[i + 1] if i + 1 < len(lines) else None
    return (text.endswith(",") and text.count(",") == 1 and 0 < lines[i].words <= FAREWELL_WORDS
            and text[:1].isupper() and under is not None and 0 < under.words <= SIGNATURE_WORDS
            and not (under.terminal or under.cta) and all(word[:1].isupper() for word in under.text.split()))


# A letter signed by first names alone, one to three ("Nia and Rhodri", "Tom, Ruth & Cai"): the writers'.
SIGNED_NAMES = 3
_NAMES_JOINED = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")


def _given_names_alone(line: Line) -> bool:
    """A line of first names alone, joined by "and", "&" or commas, one of them a known given name ("Nia and
    Rhodri"): how a greeted letter or update is signed without a sign-off."""
    if line.terminal or line.cta or line.credit or not 0 < line.words <= 2 * SIGNED_NAMES - 1:
        return False
    names = _NAMES_JOINED.split(line.text.strip())
    return (len(names) <= SIGNED_NAMES and all(name[:1].isupper() and name.isalpha() for name in names)
            and any(name.lower() in GIVEN_NAMES for name in names))


def signature(lines: list[Line], end: int, authors: tuple[str, ...] = (), greeted: bool = False) -> list[Line]:
    """A letter's close right under the body: its sign-off ("Love,", "With best wishes,") and the name under it
    ("Ruth", "Mrs J. Okafor", and a line of their part, "Headteacher"), a sign-off with the name ("Love, Ruth"), or
    the writer's name alone, as a message signs it ("Martin" under a message from Martin Weber); a letter that
    opened on a greeting (greeted) may close on a farewell of its own ("Have a lovely weekend,")."""
    if end + 1 >= len(lines):
        return []
    signed = lines[end + 1].text.strip().rstrip(".")
    # a person's name of two words or more ("Reuters" under a wire story is its credit, not a signature)
    if any(signed in (name, name.split()[0]) for name in authors if len(name.split()) >= 2):
        return [lines[end + 1]]
    if greeted and _given_names_alone(lines[end + 1]):
        return [lines[end + 1]]  # "Hello everyone," ... "Nia and Rhodri": a greeted update signed by first names
    if not (is_sign_off(lines[end + 1].text) or (greeted and _farewell(lines, end + 1))):
        return []
    close = [lines[end + 1]]
    if not lines[end + 1].text.rstrip().endswith(","):
        return close
    for i in range(end + 2, min(len(lines), end + 2 + SIGNATURE_LINES)):
        line = lines[i]
        if not (0 < line.words <= SIGNATURE_WORDS and not (line.terminal or line.cta or line.credit)
                and line.text[:1].isupper()) or _opens_post_actions(lines, i):
            break
        close.append(line)
    return close


# A post's actions, each a word alone on its line in a row under it ("Reply" / "Like" / "More"): a mailing list's or a
# forum's buttons, not a line of the signer's (their part, "Headteacher").
_POST_ACTIONS = frozenset(("reply", "like", "more", "share", "report", "quote", "edit", "delete", "react", "follow"))


def _opens_post_actions(lines: list[Line], i: int) -> bool:
    """A post's action word over another: a row of its buttons."""
    return (i + 1 < len(lines) and lines[i].text.strip().lower() in _POST_ACTIONS
            and lines[i + 1].text.strip().lower() in _POST_ACTIONS)


# A reader's letter signed with their name and town: "Margaret Hale, Long Ashby", "Peter and Jean Ross, Westbury".
_SIGNER = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:and|&|[A-Z][\w.'’-]*)){1,5},\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")


def signed_as_the_others(lines: list[Line], start: int, end: int) -> list[Line]:
    """The last letter's signer under the body ("Peter and Jean Ross, Westbury"), where a letter in the body is
    signed the same way between two paragraphs: a letters page, each letter closed by its writer's name and town."""
    if end + 1 >= len(lines) or not _SIGNER.match(lines[end + 1].text.strip()):
        return []
    return [lines[end + 1]] if any(_SIGNER.match(lines[i].text.strip()) for i in range(start + 1, end)) else []


# A letter to the editor's greeting stands this near over the body's first line ("Sir," under the letter's headline).
EDITOR_GREETING_LINES = 2


def signed_by_reader(lines: list[Line], start: int, end: int) -> list[Line]:
    """A reader's name and town right under a letter to the editor ("Sir," over its first line; "Mary-Jo K,
    Ross-on-Wye" under its last), as a paper's letters page signs one letter alone."""
    if end + 1 >= len(lines) or not any(to_the_editor(lines[i].text)
                                        for i in range(max(0, start - EDITOR_GREETING_LINES), start)):
        return []
    return [lines[end + 1]] if reader_signer(lines[end + 1].text, to_editor=True) else []


# A letters page's note under its letter, the paper's word on letters, not the reader's: "We reserve the right to edit
# letters for length and clarity.", "Letters may be shortened.", "The views expressed are those of the writers." What
# tells it: a reader's sign-off right above it, a given name and a town ("Jo-Anne P, Bolton-le-Sands"; a letter's own
# last line about letters stands over the name), which then signs the letter; and the note speaks of letters or views,
# and of editing them or whose they are.
_LETTERS_WORD = re.compile(r"(?i)\b(?:letters?|views|opinions|contributions|submissions)\b")
_EDITORS_WORD = re.compile(r"(?i)\b(?:edit(?:ed)?|shorten(?:ed)?|cut|reserve\s+the\s+right|expressed|not\s+necessarily"
                           r"|publish(?:ed)?)\b")
# The paper's notes under the signer: a line or two.
LETTERS_NOTE_LINES = 2
LETTERS_NOTE_WORDS = 25


def _letters_note(line: Line) -> bool:
    return (line.words <= LETTERS_NOTE_WORDS and _LETTERS_WORD.search(line.text) is not None
            and _EDITORS_WORD.search(line.text) is not None)


def before_letters_note(lines: list[Line], start: int, end: int) -> int:
    """The body's last line above a letter's signer when the paper's note on letters ends the body under the signer
    ("Jo-Anne P, Bolton-le-Sands" / "Letters may be edited for length."): the signer then signs the letter to the
    editor above it (the note is cut only where it does)."""
    for signer in range(max(start + 1, end - LETTERS_NOTE_LINES), end):
        if all(_letters_note(lines[i]) for i in range(signer + 1, end + 1)) and signed_by_reader(lines, start,
                                                                                                  signer - 1):
            return signer - 1
    return end


# A notice sheet's one sign-off under its last notice: a priest's, a councillor's or a teacher's name after their title
# ("Revd Anna Price", "Fr Tom Doyle", "Cllr Asha Patel", "Mrs J Okafor"), over the page's tools, not a paragraph.
_TITLED_NAME = re.compile(r"^\s*(?:Revd|Rev|Fr|Canon|Cllr|Pastor|Sister|Dr|Mrs|Mr|Ms|Miss)\.?\s+[A-Z][\w'’-]*"
                          r"(?:\s+[A-Z][\w'’.-]*){0,2}\s*$")


def signed_with_title(lines: list[Line], end: int) -> list[Line]:
    """The line right under the body when it is a name after its title ("Revd Anna Price") and no paragraph follows
    it: the notices' writer signing them, read, and their writer."""
    if end + 1 >= len(lines) or not lines[end + 1].text[:1].isupper() or not _TITLED_NAME.match(lines[end + 1].text):
        return []
    return [lines[end + 1]] if end + 2 >= len(lines) or not lines[end + 2].terminal else []


# Lines between a letter's last paragraph and its close that are still the letter's: a short list and its heading.
CLOSE_REACH_LINES = 5


CLOSE_LEAD_WORDS = 15


def lines_before_the_close(lines: list[Line], end: int) -> list[Line]:
    """The short lines between the body's last paragraph and a letter's close under them ("Dates for your diary",
    "14 March: Red Nose Day", ..., then "With best wishes," over a name): a newsletter's last section, a list too
    short for prose. None of them a button, a credit or a stamp, and the close ends on its comma, a name under it."""
    for i in range(end + 2, min(len(lines) - 1, end + 2 + CLOSE_REACH_LINES)):
        if lines[i].text.rstrip().endswith(",") and is_sign_off(lines[i].text):
            between = lines[end + 1:i]
            return between if all(0 < line.words <= CLOSE_LEAD_WORDS and not (line.cta or line.credit)
                                  and not (is_post_stamp(line.text) or is_sign_off(line.text))
                                  for line in between) else []
    return []


_NAME_WITH_POST = re.compile(r"^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)$")


def signed_with_post(lines: list[Line], end: int) -> list[Line]:
    """A report's signature right under its last paragraph: a person's name and their office after a comma ("Mary
    Okoro, Treasurer", "Tom Hale, Parish Clerk"); a name and a town ("Ann Brook, Upper Dale") is no office."""
    if end + 1 >= len(lines) or not (signed := _NAME_WITH_POST.match(lines[end + 1].text.strip())):
        return []
    return [lines[end + 1]] if signed.group(2).split()[-1].lower() in OFFICE_WORDS else []


# A match report's team sheet: a side's name, a colon, then its players by surname ("Harfield: Cole, Evans, Patel,
# ..., Shaw. Subs: Burns, Doyle."); five names at least.
_TEAM_SHEET = re.compile(r"^([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}):\s+"
                         r"(?:[A-Z][\w.'’-]*(?:\s+[\w.'’()-]+){0,3},\s+){4,}[A-Z][^:]*(?:[.;]\s+\w+:\s+[A-Z][^:]*)?\.?$")


TEAM_SHEET_LINES = 2


TEAM_SHEET_WORDS = 60


def team_sheets(lines: list[Line], end: int, title: str) -> list[Line]:
    """The team sheets under a match report: a side named in the headline, then five player names or more, and the
    other side's under it; a line of names under a story whose headline names no side is the page's."""
    sheets: list[Line] = []
    for line in lines[end + 1:end + 1 + TEAM_SHEET_LINES]:
        side = _TEAM_SHEET.match(line.text.strip()) if line.words <= TEAM_SHEET_WORDS else None
        if side is None or (not sheets and side.group(1).lower() not in title.lower()):
            break
        sheets.append(line)
    return sheets


def question_above_answers(lines: list[Line], runs: list[tuple[int, int, int]],
                            best: tuple[int, int, int]) -> tuple[int, int, int]:
    """The question's run where the best is an answer under the count of them ("2 Answers"): the body is the
    question, its answers are read after it (a longer answer took the body, and the question's tools the title)."""
    # the count of answers or the accepted one's label, whichever the question stands close above ("3 Answers", the
    # sorting and the votes, then "Accepted answer")
    for label in reversed([i for i in range(best[0]) if _ANSWERS_LABEL.match(lines[i].text)]):
        above = [run for run in runs if run[1] < label]
        if above and label - above[-1][1] <= ANSWERS_LABEL_LINES:
            return above[-1]
    return best


def answers_after(lines: list[Line], prose: list[bool], end: int) -> list[Block]:
    """The answers under a question that is the body ("2 Answers", then each answer's prose between its tools), up
    to the box to write one; nothing without the count of answers under the question."""
    label = next((i for i in range(end + 1, min(len(lines), end + 1 + ANSWERS_LABEL_LINES))
                  if _ANSWERS_LABEL.match(lines[i].text)), None)
    if label is None:
        return []
    answers: list[Block] = []
    for line in lines[label + 1:]:
        if _ANSWERS_END.match(line.text):
            break
        if prose[line.index]:
            answers.append(Block(BlockKind.PARAGRAPH, line.text))
    return answers


# A comment's header on a link aggregator: the commenter's handle, then how long ago ("jlowe 5 hours ago | next [–]",
# "jbell 4 hours ago | link").
_COMMENT_HEADER = re.compile(r"(?i)^\s*[\w.-]+\s+\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b")
# A comment's tool under it ("reply", "link", "flag"): a word or two.
COMMENT_TOOL_WORDS = 2


def comments_after(lines: list[Line], prose: list[bool], start: int, end: int) -> list[Block]:
    """The comments after a body that is itself a comment, under its writer's handle and stamp (a link aggregator's
    page of a link, which has no text of its own: its comments are what there is to hear), each under its own header,
    up to the first line that is neither. A body under a submission's own text is not a comment, and its replies are
    others' (nothing read)."""
    if start < 1 or not _COMMENT_HEADER.match(lines[start - 1].text):
        return []
    comments: list[Block] = []
    under_header = False
    for line in lines[end + 1:]:
        if _COMMENT_HEADER.match(line.text):
            under_header = True
        elif prose[line.index] and under_header:
            comments.append(Block(BlockKind.PARAGRAPH, line.text))
        elif line.words <= COMMENT_TOOL_WORDS and not prose[line.index]:
            under_header = False
        else:
            break
    return comments


# A live page's entry label: a word or few over its text ("23'", "Kick off", "Over 12").
ENTRY_LABEL_WORDS = 3


def _entry_label(line: Line) -> bool:
    """A short label over a live page's entry: a few words or a minute, no stop, no prompt."""
    return len(line.text.split()) <= ENTRY_LABEL_WORDS and not line.terminal and not line.cta and not line.credit


def last_entry_after(lines: list[Line], end: int) -> list[Block]:
    """The last entry of a live page whose body is entries under labels ("23'" / "GOAL! ..."), one more under its
    label ("Kick off" / "First half begins."): a sentence with its stop however short, read; nothing when the body's
    last two entries are not under labels too."""
    label, entry = end + 1, end + 2
    if entry >= len(lines) or end < 3 or not all(_entry_label(lines[i]) for i in (end - 1, end - 3, label)):
        return []
    line = lines[entry]
    if not (line.terminal and line.text[:1].isupper() and len(line.text.split()) >= 2 and not line.cta
            and not line.credit):
        return []
    return [Block(BlockKind.PARAGRAPH, line.text)]


# Under a letter's sign-off: the writer's name and their part ("Mrs J. Okafor" / "Headteacher").
SIGNATURE_LINES = 2


SIGNATURE_WORDS = 4


# The post's question asked again at its end ("So, AITA?", "WIBTA?"): a few words, one of the title's among them.
ASKED_AGAIN_WORDS = 6


def asks_again(lines: list[Line], end: int, title: str) -> bool:
    """True for a short question right under the body that asks the title's question again with one of its words
    ("So, AITA?" under "AITA for refusing to move my car?"); a page's own question ("Was this page useful?") names
    nothing the title does."""
    if end + 1 >= len(lines) or not title.rstrip().endswith("?"):
        return False
    line = lines[end + 1]
    asked = {w.lower() for w in words_of(line.text) if w.lower() not in STOP_WORDS}
    return (line.text.rstrip().endswith("?") and 0 < line.words <= ASKED_AGAIN_WORDS and not line.cta
            and bool(asked & {w.lower() for w in words_of(title)}))


def before_author_box(lines: list[Line], start: int, end: int, authors: tuple[str, ...]) -> int:
    """The body's last line above a box about its writer in its second half: the byline again ("Written by Daniel
    Osei"), naming the header's author, then their bio and counts ("312 Followers") are the page's, not the story."""
    for i in range(max(start + 1, (start + end + 1) // 2), end + 1):
        if authors and is_byline_line(lines[i], BYLINE_WORDS) and authors_from(lines[i]) == authors:
            return i - 1
    return end


# A page's box asking readers to write in, by its heading: "Write to us", "Send us your letters", "Have your say".
_WRITE_IN = re.compile(r"(?i)^\W*(?:(?:write|e-?mail|send|contact)\s+(?:to\s+)?(?:us|the\s+editor)(?:\s+\w+){0,2}"
                       r"|send\s+(?:us\s+)?your\s+(?:letters?|views|stories|news|photos)|have\s+your\s+say"
                       r"|get\s+in\s+touch)\W*$")


# Lines of the box's rules between its heading and its address.
SUBMISSION_BOX_LINES = 4


def before_submission_box(lines: list[Line], prose: list[bool], start: int, end: int) -> int:
    """The body's last line above a box asking readers to write in: its heading ("Write to us"), its rules ("Letters
    should be no longer than 250 words...") and, under them, the address to write to. The heading alone, with no
    address after it, may be the writer's own ("Write to us" over how to reach a club)."""
    for i in range(max(start + 1, end - SUBMISSION_BOX_LINES + 1), end + 1):
        if _WRITE_IN.match(lines[i].text) and any(
                "@" in line.text and len(line.text.split()) <= CONTACT_WORDS and ADDRESS.search(line.text)
                for line in lines[i + 1:i + 2 + SUBMISSION_BOX_LINES]):
            return max((j for j in range(start, i) if prose[j]), default=i - 1)  # what closes it, read as ever
    return end


# A recording's chapter, as its page lists them: a time into it, then the chapter's name of a few words without a stop
# ("03:15 Counting shrubs to date a hedge", "1:02:40 Questions"); a transcript's timed lines are sentences.
_CHAPTER = re.compile(r"^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d\d)\s+\S")
CHAPTER_WORDS = 8
CHAPTERS_MIN = 3
# The label over them ("Chapters", "In this episode:"): a few words without a stop.
CHAPTERS_LABEL_WORDS = 4


def _chapter_seconds(block: Block) -> int | None:
    """The time a chapter's line starts at, in seconds; None for any other block."""
    match = _CHAPTER.match(block.text)
    words = len(block.text.split()) - 1
    if match is None or not 0 < words <= CHAPTER_WORDS or block.text.rstrip()[-1] in ".!?":
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _chapters_label(block: Block) -> bool:
    """A label a few words long without a stop, no item of a list: what heads a list of chapters."""
    return (block.kind is not BlockKind.LIST_ITEM and not block.text.rstrip().endswith((".", "!", "?"))
            and len(block.text.split()) <= CHAPTERS_LABEL_WORDS)


def without_chapters(blocks: list[Block]) -> list[Block]:
    """The blocks without a recording's list of chapters (three or more timed names, their times rising) and the label
    over it: the page's index into the player, read aloud a list of clock times."""
    kept: list[Block] = []
    i = 0
    while i < len(blocks):
        j, last = i, -1
        while j < len(blocks) and (seconds := _chapter_seconds(blocks[j])) is not None and seconds > last:
            j, last = j + 1, seconds
        # a recording's chapters start where it does, at nought ("0:00 Welcome"); a day's programme at its hour
        if j - i < CHAPTERS_MIN or _chapter_seconds(blocks[i]) != 0:
            kept.append(blocks[i])
            i += 1
            continue
        if kept and _chapters_label(kept[-1]):
            kept.pop()
        i = j
    return kept


# A comment's header on a tracker or a forum: who, then the verb, then when ("jlow commented on Feb 19, 2025",
# "Ann Lee replied 3 days ago"); a name of a word or two, no sentence ("The council replied on 4 March that ...").
_COMMENTED = re.compile(r"^\s*@?[\w.-]+(?:\s+[A-Z][\w.-]*)?\s+(?:commented|replied|responded|answered)\s+(?:on\s+)?"
                        r"(?:\w+\s+\d|\d)[^.!?]*$")


def before_comments(lines: list[Line], start: int, end: int) -> int:
    """The body's last line above the first comment's header inside it, whose day has no clock time to end the run of
    prose as a comment's stamp does ("jlow commented on Feb 19, 2025"): the replies are others', not the article."""
    return next((i - 1 for i in range(start + 1, end + 1) if _COMMENTED.match(lines[i].text)
                 and (is_post_stamp(lines[i].text) or parse_date(lines[i].text) is not None)), end)


# A gift's amount alone on its line, as a giving page lists its donors under their names ("£50.00", "$25", "€10").
_GIFT = re.compile(r"^\s*[£$€]\s?\d[\d,]*(?:\.\d\d)?\s*$")


def before_donations(lines: list[Line], start: int, end: int) -> int:
    """The body's last line above the first donor's entry inside it: a name alone, or "Anonymous", right over the
    amount they gave ("Siobhan Kelly" / "£50.00"); their messages under it are the donors', not the page's story."""
    return next((i - 1 for i in range(start + 1, end) if _gift(lines[i + 1].text)
                 and (name_alone(lines[i]) or lines[i].text.strip().lower() == "anonymous")), end)


def _gift(text: str) -> bool:
    """An amount given alone on its line ("£50.00")."""
    return ("£" in text or "$" in text or "€" in text) and _GIFT.match(text) is not None


# A writer's note closing the page, after the byline that names them: their name, then what they do ("Clara Wendt
# covers rural communities for the National desk.", "Ann Lee is a freelance writer in Leeds."), one short sentence.
_WRITER_DOES = re.compile(r"^\s+(?:is|was|covers|writes|reports|edits|lives|has been)\s+[^.!?]+[.!]?$")
WRITERS_NOTE_WORDS = 25


# The note may stand a block above the last: a comment page's invitation to reply follows it ("Do you have an opinion
# on the issues raised in this article? ..."), the page's as the note is.
WRITERS_NOTE_TAIL = 2


def without_writers_note(blocks: list[Block], authors: tuple[str, ...]) -> list[Block]:
    """The blocks without a paragraph, last or last but one, that opens on the byline's name and says what the writer
    does ("Meera Shah writes about transport and cities", stop or not), and what follows it: the page's note about
    them, not the story (whose sentences name its people, rarely its writer)."""
    for at in range(len(blocks) - 1, max(len(blocks) - WRITERS_NOTE_TAIL, 0) - 1, -1):
        text = blocks[at].text
        if (blocks[at].kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and len(text.split()) <= WRITERS_NOTE_WORDS
                and any(len(name.split()) > 1 and text.startswith(name) and _WRITER_DOES.match(text[len(name):])
                        for name in authors)):
            return blocks[:at]
    return blocks


# A forum post's count of its reactions under it ("4 Likes", "1 Like", "12 reactions"): the post ends there.
_REACTIONS = re.compile(r"(?i)^\s*\d[\d,.]*\s*[km]?\s+(?:likes?|reactions?|hearts?)\s*$")
# A reply's day as a forum prints it under the handle, the year left out in the current one ("Mar 2", "Mar 2, 2026").
_FORUM_DAY = re.compile(r"(?i)^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
                        r"(?:,\s*\d{4})?\s*$")


def before_reactions(lines: list[Line], start: int, end: int) -> int:
    """The body's last line above a post's count of reactions inside it, when a reply's header (a handle alone over
    its day) follows in the run: the topic's stats and its replies are not the post."""
    counts = [i for i in range(start + 1, end + 1) if ("ike" in lines[i].text or "eact" in lines[i].text
                                                       or "eart" in lines[i].text) and _REACTIONS.match(lines[i].text)]
    if not counts:
        return end
    last_reply = max((j for j in range(counts[0] + 1, end) if lines[j].words == 1 and " " not in lines[j].text.strip()
                      and _FORUM_DAY.match(lines[j + 1].text)), default=-1)
    return counts[0] - 1 if counts[0] < last_reply else end


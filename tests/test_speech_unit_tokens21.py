"""A twenty-first author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone; h184's twentieth set takes the other six), out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens21.tsv: HTTP and mail headers' dates, ISO weeks, ordinal days, compact dates and
intervals, ISO durations, naturalists' Roman months, legal and parliamentary dates ('inst.', 'ult.', 'prox.', 'HC
Deb'), church seasons, race cards' off times, ship and military hours, launch and D-day offsets, results times and
gaps, school years and forms, seeds and sides, US courts' '2d' and '3d', rulers, popes, games, films and events
numbered in Roman, plays' acts and scenes, centuries, code and data identifiers (SHAs, container tags, version pins,
buckets, dotted configs, DOIs, arXiv ids, ORCIDs, ISSNs, hex and Unicode points, cron lines, calendar versions, Reddit
and Bluesky names, Windows variables) and telephones of Japan, Brazil, Mexico, Ireland, New Zealand, South Africa, Italy
and the Netherlands with extensions, '(0)', fax, WhatsApp, premium-rate and shared-cost numbers, the kinds of text the
first nineteen sets drew on least): a twenty-first estimate of the unit score on text nobody here tuned for. 422 were
written; 146 repeated the earlier sets (the brief's own examples among them) and were dropped before any run.

FIRST READING 239 of 276 (86.6%) relaxed and 249 (90.2%) lenient: date 49/57, time 50/56, ordinal 37/40, roman 36/40,
electronic 28/42, telephone 39/41 relaxed; date 50/57, time 52/56, ordinal 37/40, roman 36/40, electronic 35/42,
telephone 39/41 lenient. The relaxed misses past the lenient ones are the house's initialisms run together (GMT,
HTTPS, HTTP, WWW, IE, 'pkg', 'xyz') and its 'o' for a nought. The lenient misses by class: an ISO ordinal date
('2026-340', '2026-001') and interval ('2026-12-06/2026-12-13'); a date's weekday in brackets ('(Sun)'); a compact
date ('20270115'); a race card's off time before its course ('2.45 Kempton'); a D-day offset with its minus ('D-7');
'T-minus 60 s'; ordinals before 'gr.', 'Amend.' and a court's '3d Dept.'; WrestleMania's numerals with an L; a play's
act and scene in dotted numerals ('Macbeth II.ii'); a Bluesky handle; a container image's tag after its colon, whose
number was dropped ('postgres:16'); a calendar version's year ('v2026.12.1'); a cron line's stars; a line anchor
('#L120'); Brazil's landline in four and four ('(21) 2345-6789') and a Dutch mobile's eight digits ('06 12345678');
and three forms said otherwise than written down ('id equals four two', 'S.H.A five hundred twelve', 'day seven of week
forty nine').

Every third row (the rows at places 2, 5, 8, ...) was kept aside while the rules were written: it read 82 of 92
lenient at first and 88 after, the tuned two thirds 167 of 184 and 180 after, so the rules fit the text and not only
the rows. Thirteen known misses of earlier sets and sweeps read right now too (and an article's sentence,
articles24's arnhem_history, and prose_sweep13's 'Frankie rode a 6/4 winner in the 3.15.'): seven were the brief's
left forms, taken on purpose ('3rd Cdo Bde', '2nd rev. ed.', '3rd ser.', 'w/b 14 Dec', '.env.local', 'He was beaten a
sht-hd in the 3.45.', 'at about 2000 hrs on'), the rest by the classes above ('2027-001', 'WrestleMania XLI',
'WrestleMania XL', 'Hamlet III.i', '%APPDATA%', '@user.bsky.social').

After h185's rules (the classes below): 259 (93.8%) relaxed and 268 (97.1%) lenient on the readings as first written;
272 (98.6%) lenient with the 13 house forms added after the first reading, each what the row already said, never a
misread (letters run together, 'o' for a nought, 'Eh' for the letter A, 'five hundred twelve', an address's digits one
by one, an ISO week's day first); by category, lenient: date 56/57, time 54/56, ordinal 40/40, roman 40/40, electronic
41/42, telephone 41/41. The 4 left are the known misses below (3 since h205 read 'T-minus 60 s').
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
'20270115' read after it had been read, by a later rule for a date's eight digits run together
(numericdates.compact_dates), written from examples of its own."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN = {
    "D-7": ("a D-day offset with a hyphen for its minus is a grid square's, a seat's or a form's name as often ('D-7',"
            " 'B-12'); 'D+3' is read, and 'D minus 7' written so"),
    "#L120": ("a line's anchor in a file's address ('#L120') alone is a hashtag as often: read with its file or its"
              " repository's address, not alone"),
}

SWEEP = Sweep("unit_tokens21.tsv", _KNOWN, form=lenient, least=250, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 19), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # ISO's ordinal date and interval (h185, numericdates.py)
    ("2026-340", "day three hundred forty of twenty twenty six"),
    ("2027-001", "day one of twenty twenty seven"),
    ("2024-366", "day three hundred sixty six of twenty twenty four"),
    ("2026-366", "twenty twenty six to three hundred sixty six"),  # guard: no such day that year
    ("1990-1995", "nineteen ninety to nineteen ninety five"),  # guard: a span of years
    ("ISBN 2026-340", "I.S.B.N twenty twenty six to three hundred forty"),  # guard: a code's label
    ("2026-12-06/2026-12-13", "December sixth twenty twenty six to December thirteenth twenty twenty six"),
    ("1999-12-31/2000-01-01", "December thirty first nineteen ninety nine to January first two thousand"),
    # a date's weekday in brackets (h185, dates.py)
    ("2026-12-06 (Sun)", "December sixth twenty twenty six (Sunday)"),
    ("7 Dec (Mon)", "the seventh of December (Monday)"),
    ("The Sun (Sun) said", "The Sun (Sun) said"),  # guard: after a word
    ("a dog (Sun)", "a dog (Sun)"),  # guard
    # a race card's off time before its course, a race by its time alone in racing talk (h185, dotted.py)
    ("2.45 Kempton", "two forty five Kempton"),
    ("the 1.50 Newmarket", "the one fifty Newmarket"),
    ("He won the 2.10, then rested.", "He won the two ten, then rested."),
    ("The jockey won the 3.45 by a neck.", "The jockey won the three forty five by a neck."),
    ("13.45 Kempton", "thirteen point four five Kempton"),  # guard: no card's hour
    ("It cost £2.45 Ascot", "It cost two pounds forty five pence Ascot"),  # guard: a price
    ("The race average was the 3.45.", "The race average was the three point four five."),  # guard: a measure
    ("He won the 3.45 million jackpot", "He won the three point four five million jackpot"),  # guard
    # four digits of the clock after "at about" (h185, hundreds.py)
    ("at around 2130 hrs", "at around twenty one thirty hours"),
    ("flew about 2000 hrs", "flew about two thousand hours"),  # guard: an amount
])
def test_ordinal_days_intervals_weekdays_and_race_times(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # short forms after an ordinal (h185, words.py; citations.py for "3d")
    ("8th gr.", "eighth grade."),
    ("2nd Amend.", "second Amendment."),
    ("3rd Cdo Bde", "third Commando Brigade"),
    ("2nd rev. ed.", "second revised edition."),
    ("the 3rd rev. of the plan", "the third revision of the plan"),  # guard: a revision still
    ("3d Dept.", "third Department."),
    ("the 5th gr", "the fifth gr"),  # guard: no stop
    ("a 3rd ser", "a third ser"),  # guard
    ("3d printing", "three d printing"),  # guard: no court's word
    # numerals with an L after a name numbered so, WrestleMania's among them (h185, romans.py)
    ("WrestleMania XLII", "WrestleMania forty two"),
    ("Apollo LX", "Apollo sixty"),
    ("size XL", "size X.L"),  # guard
    ("Fantasy LC", "Fantasy L.C"),  # guard: no numeral ending in C
    # a play's act and scene in dotted numerals (h185, romans.py; citations.py keeps the line)
    ("Macbeth II.ii", "Macbeth act two, scene two"),
    ("Macbeth II.ii.60", "Macbeth act two, scene two, line sixty"),
    ("cf. Lear (IV.vii)", "compare Lear (act four, scene seven)"),
    ("a VI.x b", "a VI.x b"),  # guard: no title's capital
    ("met V.I. Lenin", "met V.I Lenin"),  # guard: initials
    ("Hamlet IIII.i", "Hamlet IIII.i"),  # guard: no numeral
])
def test_ordinals_numerals_and_plays(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a Bluesky handle's domain (h185, signs.py)
    ("@jay.bsky.social", "at jay dot bsky dot social"),
    ("Follow @nasa.gov now", "Follow at nasa dot gov now"),
    ("@jack. Then", "at jack. Then"),  # guard: a sentence's stop
    ("@a.b", "at a.b"),  # guard: no domain's label
    # a Windows variable between its signs (h185, signs.py)
    ("%TEMP%", "percent TEMP percent"),
    ("50% off", "fifty percent off"),  # guard
    # a cron line's stars (h185, netnames.py)
    ("0 5 * * 1", "zero five star star one"),
    ("*/15 9-17 * * 1-5", "star slash fifteen nine to seventeen star star one to five"),
    ("5 * 3 * 2 = 30", "five times three times two equals thirty"),  # guard: a product
    ("* * * * *", "* * * * *"),  # guard: a divider
    # a calendar version's year (h185, versions.py)
    ("v2026.12.1", "version twenty twenty six point twelve point one"),
    ("2026.13.1", "two thousand twenty six point thirteen point one"),  # guard: no month
    ("v1.6.0", "version one point six point zero"),  # guard
    # a container image's tag (h185, citations.py)
    ("postgres:16", "postgres colon sixteen"),
    ("node:20 image", "node colon twenty image"),
    ("pager burnout:24", "pager burnout:"),  # guard: a flattened footnote still
    # a dotfile by its name (h185, relativepaths.py)
    ("Edit your .bashrc.", "Edit your dot bashrc."),
    ("the .gitignore file", "the dot gitignore file"),
    ("Wait . then", "Wait . then"),  # guard
    ("a .configure", "a .configure"),  # guard: no dotfile's name
    # a week beginning (h185, slashes.py)
    ("w/b 14 Dec", "week beginning the fourteenth of December"),
    ("a 2.7m w/b car", "a two point seven meter w/b car"),  # guard: a wheelbase
    # Brazil's landline in fours, a Dutch mobile (h185, nationalphones.py)
    ("(21) 2345-6789", "two one, two three four five, six seven eight nine"),
    ("(11) 2019-2020", "(eleven) twenty nineteen to twenty twenty"),  # guard: years
    ("(12) 1500-2000", "(twelve) fifteen hundred to two thousand"),  # guard: round counts
    ("06 12345678", "zero six, one two three four five six seven eight"),
    ("Bel 06 12345678 nu", "Bel zero six, one two three four five six seven eight nu"),
    ("2006 12345678",
     "two thousand six twelve million three hundred forty five thousand six hundred seventy eight"),  # guard
])
def test_links_and_numbers_to_dial(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("lead", "token"), [
    ("", "2026-340 "),
    ("", "2026-12-06/2026-12-13 "),
    ("", "2026-12-06/"),
    ("", "6 Dec (Sun) "),
    ("", "2.45 Kempton "),
    ("He won ", "the 2.10 by "),
    ("", "8th gr. "),
    ("", "WrestleMania XLII "),
    ("", "Hamlet III.i.5 "),
    ("", "@a.bsky.social "),
    ("", "%TEMP% "),
    ("", "0 5 * * 1 "),
    ("", "* * "),
    ("", "v2026.12.1 "),
    ("", "postgres:16 "),
    ("", ".bashrc "),
    ("", "w/b 14 Dec "),
    ("", "(21) 2345-6789 "),
    ("", "06 12345678 "),
    ("", "at about 2000 hrs "),
])
def test_the_new_rules_stay_linear(lead: str, token: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text, "en"))


@pytest.mark.parametrize(("lead", "token", "tail"), [
    ("@a", ".b", ".social "),  # one handle of many labels
    (".env", ".a", " "),  # one dotfile of many suffixes
    ("0", " 5", " * * 1"),  # a run of fields before a cron line's stars
])
def test_the_new_rules_stay_linear_on_one_long_token(lead: str, token: str, tail: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text + tail, "en"))

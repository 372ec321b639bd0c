"""A nineteenth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone; h173's eighteenth set takes the other six), out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens19.tsv: genealogy's registers, US dates and television listings, ISO stamps with
their zones, offsets from UTC, other calendars, business periods, astronomy, opening hours, sports teams' numerals,
business letters' 'inst.' and 'ult.', popes and kings, front matter's numerals, plural counters before spans, e-mail
with plus tags, URLs with queries, hashtags and cashtags, MAC and IPv6 addresses, UNC and dot-led paths, and telephone
forms of eighteen countries with toll-free, vanity, SMS and EU service numbers, the kinds of text the first seventeen
sets drew on least): a nineteenth estimate of the unit score on text nobody here tuned for.

FIRST READING 204 of 261 (78.2%) relaxed and 221 (84.7%) lenient: date 31/45, time 18/44, ordinal 40/43, roman 41/44,
electronic 35/42, telephone 39/43 relaxed; date 33/45, time 33/44, ordinal 40/43, roman 41/44, electronic 35/42,
telephone 39/43 lenient. The relaxed misses past the lenient ones are the house's initialisms run together (PM, AM,
GMT, CDT, BE). The lenient misses by class: a register's life words at an entry's head before its bound of a year
('b. abt 1842', 'b. ca. 1650', 'd. aft. 1851') or paired ('b. 1842, d. 1901'), and 'bef.' and 'aft.' alone, which
records.py's first look did not hold; a date with its Roman month between dashes ('21-IV-1921'); a US listing's half of
the day as its letter ('4p ET', '9a–5p', '10p/9c'); an ISO stamp's offset left unsaid; a clock time glued to Zulu's 'Z'
('10:22:00Z'); an hour alone before a dash and a clock time ('9–5:30'); '-ish' after a time read as a span's 'to'; a
German 'Uhr' after a dotted time; stoppage time ("45'+2"); ordinals before 'Fl', 'arr.' and 'pl.'; a plural counter
before a span of numerals ('Vols. I–III'), 'ch.' in small letters, a ruler's numeral before '-era'; dot-led paths
('./configure', '../assets/logo.svg'), a UNC share, a file's query ('index.html?lang=en'); Sweden's dashed code and
groups, the EU's 116 numbers, '112 (EU)', Childline's eight digits; and a US date, 'MTD Nov' alone, a register's 'd.'
and 'm.' at an opening before a full date.

Every third row (the rows at places 2, 5, 8, ...) was kept aside while the rules were written: it read 76 of 87
lenient at first and 83 after, the tuned two thirds 145 of 174 and 168 after, so the rules fit the text and not only
the rows; five rows of earlier sets left as known misses read right now too ('bef. 1820', 'd. c.1901', '116 123', '116
117' and a UNC share), none of them looked at while the rules were written. Four more of unit_tokens17's known misses
were taken on purpose afterwards, as the brief's left forms: two rulers' numerals after one name ('George I–IV',
'Elizabeth I and II') and camel-cased handles ('@UKSupremeCourt', '@10DowningStreet').

After h174's rules (the classes below): 224 (85.8%) relaxed and 243 (93.1%) lenient on the readings as first written;
251 (96.2%) relaxed and 251 (96.2%) lenient with the 27 house forms added after the first reading, each what the row
already said, never a misread (letters run together, 'Eh' for the letter A, a US zone's name in full, 'second quarter
of', 'o' for a nought); by category, lenient: date 41/45, time 43/44, ordinal 40/43, roman 44/44, electronic 42/42,
telephone 41/43. The 10 left are the known misses below.
Compared as the seventeenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_OPENING_ENTRY = ("a register's life word at an entry's head before a full date is left: 'd.' and 'm.' open an"
                  " outline's item or a length ('m.' metres) as often, where a bound ('abt', 'aft.') or a second life"
                  " word after the year tells a register (records.py)")
_KNOWN = {
    "d. 1901-03-03": _OPENING_ENTRY,
    "m. 14 Feb 1867": _OPENING_ENTRY,
    "12/6": ("a day and a month in numbers with no year is a fraction's or a score's as often; its order (US or"
             " British) is the reader's region's, which an item out of context does not give"),
    "MTD Nov": ("a month's short name alone, with no day or year after it, is left as written ('Nov' is read before"
                " one)"),
    "Childline 0800 1111": ("a freephone number of eight digits is shorter than the nine the zero-led rule asks"
                            " (telephones.py): '0800 1111' is a code and a count as often"),
}

SWEEP = Sweep("unit_tokens19.tsv", _KNOWN, form=lenient, least=250, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 17), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a register's life word at an entry's head before a bound or a pair, and the bounds alone (h174, records.py)
    ("b. abt 1842", "born about eighteen forty two"),
    ("d. aft. 1851", "died after eighteen fifty one"),
    ("b. c. 1650", "born circa sixteen fifty"),
    ("b. 1842, d. 1901", "born eighteen forty two, died nineteen o one"),
    ("bef. 1750", "before seventeen fifty"),
    ("aft. 1820", "after eighteen twenty"),
    ("b. 1842", "b. eighteen forty two"),  # guard: alone, an outline's item as often
    ("a. abt 1842", "a. about eighteen forty two"),  # guard: no life word
    ("Go aft. Then", "Go aft. Then"),  # guard: the ship's word before no year
    # a date with its Roman month between dashes (h174, records.py)
    ("21-IV-1921", "the twenty first of April nineteen twenty one"),
    ("12-ii-1930", "the twelfth of February nineteen thirty"),
    ("section 2-IV", "section two I.V"),  # guard: no year
    ("IV-1921", "I.V nineteen twenty one"),  # guard: no day
])
def test_registers_and_roman_months(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a US listing's half of the day as its letter, before a zone, in a span and before the Central hour (h174,
    # clock.py)
    ("4p ET", "four PM Eastern Time"),
    ("12:30p PT", "twelve thirty PM Pacific Time"),
    ("9a–5p", "nine AM to five PM"),
    ("10p-2a", "ten PM to two AM"),
    ("10p/9c", "ten PM, nine Central"),
    ("10pm/9c", "ten PM, nine Central"),
    ("a 10p coin", "a ten pence coin"),  # guard: pence before no zone
    ("4p stamp", "four pence stamp"),  # guard
    ("4p ETF", "four pence E.T.F"),  # guard: no zone's word
    # an ISO stamp's offset, a clock time glued to Zulu's "Z" (h174, numericdates.py)
    ("2026-12-06T10:22:00+01:00", "December sixth twenty twenty six at ten twenty two UTC plus one"),
    ("2026-12-06T05:29:15-0500",
     "December sixth twenty twenty six at five twenty nine and fifteen seconds UTC minus five"),
    ("2026-12-06T10:22:00+00:00", "December sixth twenty twenty six at ten twenty two UTC"),
    ("10:22:00Z", "ten twenty two Zulu"),
    ("ETD 14:35Z", "E.T.D fourteen thirty five Zulu"),
    ("25:00Z", "twenty five:zero zero Z"),  # guard: no hour of the day
    # an hour alone before a dash and a clock time; '-ish' after a time; a German 'Uhr' (h174, clock.py)
    ("Mon–Fri 9–5:30", "Monday to Friday nine to five thirty"),
    ("10-4:30", "ten to four thirty"),
    ("Genesis 1-2:3", "Genesis one two to three"),  # guard: a verse's span, read before
    ("7.30pm-ish", "seven thirty PM ish"),
    ("10am-ish start", "ten AM ish start"),
    ("5pm-6pm", "five PM to six PM"),  # guard: a span
    ("14.30 Uhr", "fourteen thirty Uhr"),
    ("3.5 Uhr", "three point five Uhr"),  # guard: no minutes
])
def test_listings_zones_and_spans_of_the_clock(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # numerals spanned or paired after a plural counter, "ch." before one, a ruler's numeral before "-era" (h174,
    # romans.py)
    ("Vols. I–III", "Volumes one to three"),
    ("Chapters IV-VI", "Chapters four to six"),
    ("Parts I and II", "Parts one and two"),
    ("chs. IV–VI", "chapters four to six"),
    ("ch. IV", "chapter four"),
    ("Parts C and D", "Parts C and D"),  # guard: letters
    ("Chapters I and the intro", "Chapters I and the intro"),  # guard: no second numeral
    ("Edward VII-era", "Edward the seventh era"),
    ("a Louis XIV-style chair", "a Louis the fourteenth style chair"),
    ("Malcolm X-style", "Malcolm X-style"),  # guard: past the name's last king
    # two rulers' numerals after one name (h174, romans.py)
    ("Henry VII and VIII", "Henry the seventh and the eighth"),
    ("Louis XIV or XV", "Louis the fourteenth or the fifteenth"),
    ("Henry V and I went", "Henry the fifth and I went"),  # guard: the pronoun
    ("Malcolm X and Y", "Malcolm X and Y"),  # guard: letters
])
def test_counted_numerals_and_eras(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # paths led by "./" or "../", a network share, a file's query (h174, relativepaths.py, electronic.py)
    ("./configure", "dot slash configure"),
    ("cd ../../lib", "cd dot dot slash dot dot slash lib"),
    ("../assets/logo.svg", "dot dot slash assets slash logo dot SVG"),
    ("\\\\fileserver\\shared\\reports", "backslash backslash fileserver backslash shared backslash reports"),
    ("etc./more", "etc./more"),  # guard: an abbreviation's stop
    ("see ../ for more", "see ../ for more"),  # guard: no folder
    ("a \\\\ b", "a \\\\ b"),  # guard: no server
    ("index.html?lang=en", "index dot html question mark lang equals en"),
    ("Is it index.html? Yes", "Is it index dot HTML? Yes"),  # guard: a question's mark
    # Sweden's code and groups, the EU's 116 numbers (h174, nationalphones.py, telephones.py)
    ("08-123 456 78", "zero eight, one two three, four five six, seven eight"),
    ("Ring 031-123 45 67 today", "Ring zero three one, one two three, four five, six seven today"),
    ("0-100 200 30", "zero to one hundred two hundred thirty"),  # guard: no code
    ("Samaritans 116 123", "Samaritans one one six, one two three"),
    ("116 111 is free", "one one six, one one one is free"),
    ("116 123 people", "one hundred sixteen thousand one hundred twenty three people"),  # guard: a count
    ("116 124", "one hundred sixteen thousand one hundred twenty four"),  # guard: no such number
    # capitalised words run together in a handle (h174, signs.py)
    ("@GoldenStateWarriors", "at Golden State Warriors"),
    ("Follow @SkySports now", "Follow at Sky Sports now"),
    ("@McDonalds", "at McDonalds"),  # guard: a short part
    ("@ElonMusk", "at ElonMusk"),  # guard: a rare word
    ("@iPhone", "at iPhone"),  # guard: no capital leads
])
def test_paths_and_numbers_to_dial(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("lead", "token"), [
    ("", "b. abt 1842, "),
    ("b. ", "1842, "),
    ("", "21-IV-1921 "),
    ("", "1-I-"),
    ("", "4p ET "),
    ("", "9a–5p "),
    ("", "9a-"),
    ("", "10p/9c "),
    ("", "2026-12-06T10:22:00+01:00 "),
    ("", "10:22:00Z "),
    ("", "9–5:30 "),
    ("", "1-1-1:"),
    ("", "7pm-ish "),
    ("", "14.30 Uhr "),
    ("", "Vols. I–III "),
    ("", "Parts I and "),
    ("", "Edward VII-era "),
    ("", "George I–IV "),
    ("", "Henry I and "),
    ("", "@AbcDef "),
    ("", "./a "),
    ("", "../"),
    ("", "\\\\a\\b "),
    ("", "\\\\"),
    ("", "index.html?a=b "),
    ("", "08-123 456 78 "),
    ("", "116 123 "),
])
def test_the_new_rules_stay_linear(lead: str, token: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text, "en"))


@pytest.mark.parametrize(("lead", "token", "tail"), [
    ("", "../", "a"),  # one path of many folders above
    ("\\\\a", "\\b", " "),  # a share of many folders
    ("x.html?a=b", "&c=d", "."),  # a query of many pairs ending in a stop
    ("./", "a/", "."),  # a path that ends in a stop
    ("@", "Street", " "),  # one handle of many words run together
])
def test_the_new_rules_stay_linear_on_one_long_token(lead: str, token: str, tail: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text + tail, "en"))

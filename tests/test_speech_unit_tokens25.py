"""A twenty-fifth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone; h204's twenty-fourth set takes the other six), out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens25.tsv: genealogy's c., bap., bur., chr. and fl., archives' ISO weeks and ordinal
days, history's eras (BC, BCE, CE, AD, AUC, AM, AH, Old and New Style), religious calendars, sports fixtures and
stoppage time, broadcasting and exchange zones, deadlines (EOD, COB, AoE), military and local times, cooking timers,
film runtimes, race results and gaps, ordinals of editions, printings, streets, peers, units and books of the Bible,
Roman numerals of pages, folios, popes, kings, missions, games and Olympiads, centuries written the French way
('XVIIIth'), social handles, DOIs, ISBNs, PMIDs, Git hashes, semver ranges, S3 and gs:// addresses, mailto:, cron
lines, UNC paths, CIDR blocks, and telephones of Brazil, Germany, France, Spain, Italy, Kenya, Pakistan, the
Philippines and the UAE with extensions, vanity letters, USSD codes and dotted numbers): a twenty-fifth estimate of
the unit score on text nobody here tuned for. 458 were written; 161 repeated the earlier sets and 2 were not of their
category, dropped before any run.

FIRST READING 213 of 295 (72.2%) relaxed and 240 (81.4%) lenient (the benchmark's forms, ut.py): date 44/53, time
30/51, ordinal 40/50, roman 34/40, electronic 21/48, telephone 44/53 relaxed; date 47/53, time 44/51, ordinal 40/50,
roman 34/40, electronic 31/48, telephone 44/53 lenient; 233 by this test's stricter form (a nought's 'o' and 'zero'
kept apart).

Every third row (the rows at places 2, 5, 8, ...) was kept aside while the rules were written; its misses were listed
once, after the rules, and no rule was written for them (two of its rows were seen earlier, as my own rules' examples:
'3rd Sun. after Trinity' and '10.1000/xyz123'). By ut.py's lenient form it read 80 of 98 at first and 84 after (85 with
a reading added after it was seen, 'at least' for '>='); the tuned two thirds 160 of 197 before and 188 after.
After h205's rules: 248 (84.1%) relaxed and 273 (92.5%) lenient: date 50/53, time 35/51, ordinal 48/50, roman 37/40,
electronic 29/48, telephone 49/53 relaxed; date 51/53, time 48/51, ordinal 48/50, roman 37/40, electronic 40/48,
telephone 49/53 lenient. After the first reading 60 rows gained the house's 'o' for a nought beside each 'oh' reading
(one mechanical pass over every row), and 10 a form of what they already said, never a misread: an initialism's
letters run together ('pm edt', 'am hst', 'am ist'), 'eh' for a lone letter A (2), a DOI's 'ten dot' (2), French
pairs said as numbers (as the nineteenth set allows), and 'at least' for '>=' (2). The 23 left are the known misses
below, each with its class's reason.
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
'20261231' read after it had been read, by a later rule for a date's eight digits run together
(numericdates.compact_dates), written from examples of its own."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

_LONE_NUMERAL = "small numerals alone ('xix', 'xlv') are a word's letters or a code's as often"
_YEAR_IN_PATH = ("a year as a path's folder is read digit by digit with the path's numbers, and a folder's short"
                 " name ('bkt', 'srv') as a word, a choice")
# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN: dict[str, str] = {
    "the 21st Sun. in Ord. Time": "'Ord. Time', a parish calendar's Ordinary Time, is a word rule's, not a date's",
    "xlv": _LONE_NUMERAL,
    "xix": _LONE_NUMERAL,
    "https://t.co/Ab3": "the house says 'a link' for a web address with a path after a short host: a choice",
    "http://10.0.0.1/admin": "the house reads an address's numbers digit by digit ('one zero'), a choice",
    "~1.4": "a tilde before a number of one stop is 'about' in prose as often; before three numbers it is read",
    "R/1.2.0": "a one-letter name, a slash and a version are a fraction's or a ratio's as often",
    "x 4410": "a lone 'x' before digits is a times sign or a letter as often ('x2291' likewise)",
    "+2:14": "a signed minutes and seconds gap is a signed offset of hours as often (a tide table's '+0:45')",
    "at 2359": ("four digits after 'at' without a leading zero or 'hrs' are an amount's as often ('at 1500 feet'); 'at"
                " 0600' is read"),
    "1st inn.": "'inn.' after an ordinal is a cricket innings' as often as an inn's: a sport's context",
    "ff. iv–vi": "small numerals after 'ff.' are a manuscript's folios; 'ff.' is read after a page only",
    "gs://my-bkt/2026/": _YEAR_IN_PATH,
    "\\\\srv02\\scans\\2026": _YEAR_IN_PATH,
    "mailto:a@b.io?cc=c@d.io": ("a mail link's query keeps its signs, as the twenty-third set's"
                                " 'news@bbc.co.uk?subject=hi'"),
    "800 4232": ("two bare groups, three and four digits, with no label, plus or leading zero are counts as often (the"
                 " UAE's toll-free numbers)"),
}

SWEEP = Sweep("unit_tokens25.tsv", _KNOWN, form=lenient, least=280, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 24), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a percentile's, an amendment's and a printing's short forms, a church's Sunday after an ordinal (h205, words.py)
    ("the 50th pct", "the fiftieth percentile"),
    ("the 19th Amdt.", "the nineteenth Amendment."),
    ("1st pr.", "first printing."),
    ("2nd Sun. of Advent", "second Sunday of Advent"),
    ("a 10 pct rise", "a ten percent rise"),  # guard: a count's percent
    ("the 2nd Sun. It rose", "the second Sun. It rose"),  # guard: no season after it
    # a hyphened century (h205, history.py)
    ("12th-cent. font", "twelfth-century font"),
    ("a 7th-cent. AD helmet", "a seventh-century A.D helmet"),
    # a schedule's and an opus's short forms before a numeral (h205, facts.ABBREVIATED_COUNTERS)
    ("Sched. III", "Schedule three"),
    ("Op. XII", "Opus twelve"),
    ("Op. I met", "Op. I met"),  # guard: a pronoun
    # a part's small letter (h205, romans.py)
    ("Part IIIa", "Part three Eh"),
    ("Schedule IVb", "Schedule four B"),
    ("Part Vic", "Part Vic"),  # guard: a word
    # a feast's weekday (h205, weekdays.py)
    ("Ash Wed. 2027", "Ash Wednesday twenty twenty seven"),
    ("on Palm Sun. we", "on Palm Sunday we"),
    ("The Sun. It", "The Sun. It"),  # guard: a paper
    # an edition's revision after it (h205, citations.py)
    ("3rd ed., rev.", "third edition, revised."),
    ("the second edition, rev. 1990", "the second edition, revised nineteen ninety"),
    ("3rd ed. Rev. Smith", "third edition. Reverend Smith"),  # guard: a title
    # the copyright sign before a Roman year (h205, tidy.py)
    ("© MMXXVII", "copyright twenty twenty seven"),
    ("© Acme", "Acme"),  # guard: a name
])
def test_ordinals_numerals_and_feasts(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a weekday after a line's opening time or a deadline's initials (h205, weekdays.py)
    ("00:01 Sat", "twelve o one AM Saturday"),
    ("EOD Thu", "E.O.D Thursday"),
    ("2230 Sat", "two thousand two hundred thirty Sat"),  # guard: no colon
    ("12:30 Sat the dog", "twelve thirty Sat the dog"),  # guard: no span or clause's end after it
    # a weekday before a dotted day and month (h205, numericdates.py)
    ("Sun 20.12.", "Sunday the twentieth of December."),
    ("Friday, 18.12. at 9", "Friday, the eighteenth of December at nine"),
    # a month's two days in a row slashed (h205, dates.py)
    ("Dec 19/20", "December nineteenth and twentieth"),
    ("the night of June 5/6.", "the night of June fifth and sixth."),
    ("Dec 19/21", "December nineteenth or twenty one"),  # guard: not in a row
    ("Dec 12/13, 2026", "December twelfth and thirteenth, twenty twenty six"),  # not a lone "12/13" (numericdates)
    ("12/13, 2026", "December thirteenth, twenty twenty six"),  # guard: no month before it
    # a local time's four digits led by a zero (h205, hundreds.py's first look)
    ("0945L", "o nine forty five local"),
    ("1400L", "one thousand four hundred liters"),  # guard: no leading zero
    # two round hours of two digits across their weekdays (h205, clock.py)
    ("from 03:00 Sat to 06:00 Sun", "from o three hundred Saturday to o six hundred Sunday"),
    ("at 10:00 Sat", "at ten o'clock Saturday"),  # guard: one alone
    ("from 9:00 Sat to 6:00 Sun", "from nine o'clock Sat to six o'clock Sun"),  # guard: an hour of one digit
    # a countdown's seconds as a lone "s" (h205, clock.py)
    ("T-minus 60 s", "T-minus sixty seconds"),
    ("T-minus 1 s", "T-minus one second"),
    ("at minus 60 s", "at minus sixty s"),  # guard: no countdown
])
def test_days_and_times(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a DOI without its label (h205, electronic.py)
    ("10.5281/zenodo.123456", "ten dot five two eight one slash zenodo dot one two three four five six"),
    ("about 10.5/20 of", "about ten point five slash twenty of"),  # guard: a registrant of one digit
    ("10.2500/3 mg", "ten point two five zero zero slash three mg"),  # guard: no letter after the slash
    # an IPv6 prefix and a bracketed address's port (h205, telephones.py)
    ("2001:db8::/32", "two zero zero one colon D B eight colon colon slash thirty two"),
    ("[::1]:8080", "colon colon one colon eight zero eight zero"),
    ("see [::1] here", "see [colon colon one] here"),  # guard: no port
    # a digest after its algorithm (h205, netnames.py)
    ("sha1:5d41402a", "S.H.A one five D four one four zero two Eh"),
    ("image@sha256:ab12cd34ef", "image at S.H.A two fifty six A B one two C D three four E F"),
    ("sha1: yes", "sha one: yes"),  # guard: no digest
    # a version's tilde range, its pin and a range's glued second bound (h205, signs.py, media.py)
    ("~2.4.0", "tilde two point four point zero"),
    ("lodash@~4.17.21", "lodash at tilde four point seventeen point twenty one"),
    ("requests==2.31.0", "requests equals two point thirty one point zero"),
    ("numpy>=1.26,<2", "numpy at least one point two six, less than two"),
    ("pkg@^3.1.0", "pkg at caret three point one point zero"),
    ("~1.4", "about one point four"),  # guard: one stop
    ("1,000", "one thousand"),  # guard
    # numbers to dial (h205, telephones.py, nationalphones.py)
    ("00 49 30 901820", "zero zero four nine, three zero, nine zero one eight two zero"),
    ("scores 00 12 34", "scores zero zero twelve thirty four"),  # guard: too few digits
    ("extn 2210", "extension two two one zero"),
    ("042-111-222-333", "zero four two, one one one, two two two, three three three"),
    ("(021) 111-786-786", "zero two one, one one one, seven eight six, seven eight six"),
    ("555-123-456-789", "five hundred fifty five, one hundred twenty three, four hundred fifty six, seven hundred"
                        " eighty nine"),  # guard: no zero-led code
    # a Windows path with forward slashes (h205, electronic.py)
    ("C:/Windows/System32", "C colon slash Windows slash System three two"),
    ("Q:/A", "Q:/A"),  # guard: a list's letters
    ("s3://b/k", "s three colon slash slash b slash k"),  # guard: a scheme
    # a MAC address's pair before another is no power of ten (h205, numbers.py)
    ("a4-5e-60-e8-1f-0b", "A four, five E, six zero, E eight, one F, zero B"),
    ("5e-6", "five times ten to the power of minus six"),  # guard
])
def test_codes_addresses_and_numbers_to_dial(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("written", ["Sat 19.30.", "The Sun 20.12.", "Sun 31.02."])
def test_no_dotted_date_without_a_day_of_that_month(written: str) -> None:
    """A dotted pair that is a time, a paper's name before it, or no day of the month: not read as a date."""
    assert "December" not in speakable(written, "en") and "February" not in speakable(written, "en")


@pytest.mark.parametrize("token", [
    "the 5th pct ", "2nd Sun. of A ", "5th-cent. ", "Part IIa ", "00:01 Sat\n", "EOD Thu ", "Sun 20.12. ",
    "Dec 19/20 ", "0945L ", "10.1234/ab ", "fd00::/8 ", "[::1]:80 ", "sha1:5d41402a ", "~2.4.0 ", "a==2 ", "1,<2 ",
    "00 49 30 901820 ", "042-111-222-333 ", "Ash Wed. ", "ed. rev. ", "from 03:00 Sat to 06:00 Sun ", "© MMXX ",
    "a4-5e-60-", "C:/ab/", "Dec 12/", "T-minus 6 s ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

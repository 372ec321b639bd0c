"""A thirty-fourth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens34.tsv: parliamentary
sittings and divisions, court listings, exam timetables, church services and prayer times, gym and pool timetables,
the shipping forecast, election nights, market hours and auctions, kick-offs, first pitches and puck drops across
zones, streaming premieres ('10/9c'), video timecodes with frames, ISO 8601 with offsets, ferry and rail times ('dep
0745', 'the 17.48 from Paddington'), church feasts and parliamentary dates, release, end-of-life and recall dates,
financial periods, regnal numerals of kings and popes the earlier sets had not crowned, launchers, sequels, Super
Bowls and Olympiads, chapters, clauses, plates and figures, URLs with query strings and fragments, mail addresses
with plus tags, Windows and POSIX paths, container images and their tags, CSS colours, code points, hashes and
shortened UUIDs, DOIs, IBANs, keyboard shortcuts, cron lines, and telephones of forty-odd countries none of the earlier
sets dialled, the Caucasus, Central Asia, the Balkans, West and Central Africa, Central America and the Pacific): a
thirty-fourth estimate of the unit score on text nobody here tuned for. 465 were written; 108 repeated the first
thirty-three sets (case ignored) and were dropped, and the 57 last written past each category's share were left out,
300 in all (time and electronic 65 each).

FIRST READING 216 of 300 (72.0%) relaxed and 260 (86.7%) lenient (the benchmark's relaxed_form and lenient_form):
date 44/45, time 27/65, ordinal 40/40, roman 34/40, electronic 28/65, telephone 43/45 relaxed; date 44/45, time
60/65, ordinal 40/40, roman 34/40, electronic 39/65, telephone 43/45 lenient (by this file's form, 257). The relaxed
misses past the lenient ones are the house's capitals ('PM', 'Eastern Time', 'IO') against the rows' spelled letters.
Every third row (index % 3 == 2, 100 rows) was kept aside: 84 of them read at the first reading by this file's form,
173 of the other 200.

Seven rows were then mended, none of them a misread given its reading: one slip of the writer's ('0 0 1 * *' had
three stars in its reading, where the line has two), and six forms the rows accept elsewhere: 'am' run together before
a zone's letters ('am i s t', and the kept 'pm b s t'), 'iban' said as a word before its letters (kept), a pin's '=='
said once as 'equals' (as an earlier set's 'requests==2.31.0' is), a query's '50' said 'five zero' (as an earlier
set's 'id=42' is 'four two'), and 'eh' for a hexadecimal 'A' (as the thirty-second set's rows have it). On the set as
it stands the first reading is 221 relaxed and 263 lenient (263 by this file's form: tuned 177 of 200, kept 86 of 100).

After the rules below, written from the tuned two thirds' misses before the kept third's were read: 239 (79.7%)
relaxed and 285 (95.0%) lenient: date 45/45, time 31/65, ordinal 40/40, roman 37/40, electronic 41/65, telephone 45/45
relaxed; date 45/45, time 63/65, ordinal 40/40, roman 37/40, electronic 55/65, telephone 45/45 lenient (285 by this
file's form). Tuned 177 -> 196 of 200; kept 86 -> 89 of 100: a Samoan number ('+685 21 234'), an image's tag
('redis:7.2') and a code point ('U+20AC'), each of a class the tuned part showed. The kept third's other misses are
other classes (a shipping forecast's four digits, 'qty' in a query, an environment variable, a short digest, a glob,
an epoch's seconds, a command's short option, a video's link) or names the rulers' list still lacks ('Faisal',
'Llywelyn'; 'James VI and I').
The rules: a Unicode code point's digits one by one ('U+2014'), a container image's tag after its colon ('nginx:1.27',
'ghcr.io/acme/app:latest', 'node:20-slim'; 'postgres:16' with it, said 'colon' where it was a pause), a video's timecode
with its frames ('00:00:47:05'), a query after a root path ('/api/v2/users?limit=50'), a Windows folder with a space
in its name ('C:\\Program Files\\App'), a fediverse server's and a private network's hosts ('mastodon.social/@ada',
'db.internal:5432'), rulers' names in German and Old English forms and the Herods ('Friedrich III', 'Æthelred II',
'Herod I'), the daily office's and the prayers' names before a dotted time ('Matins 7.45'), a ferry's and a plane's
words before a four-digit time ('last sailing 2130', 'boarding 2205'), a span of two dates whose second has its weekday
('Mon 18 May - Fri 26 June'), the numbers of places dialled with four or five digits ('+676 23 456') and a UUID whole
or cut ('550e8400-e29b'); each with examples of its class of our own and what only looks like it (below).
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
'$HOME/bin', 'kubectl get pods -n prod', 'vimeo.com/123456' and 'Faisal II' (the kept third's) read after they had been
read, by later rules for a shell's variable and a command's short option, a link whose path is a number alone, and a
ruler's name added to the list, written from examples of their own (tests/test_speech_code_and_names_left.py); and
'*.log' (the kept third's) by a later rule for a glob's star before an extension."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

_OPAQUE_LINK = ("a link whose path or query holds a code (a run of digits, a tracking parameter) is read as 'a link'"
                " (the house's rule for shortened and tracking links): the row spells it")
_RULER_NAME = ("a ruler's name the list of rulers does not hold: a capitalised name before a numeral of two letters is"
               " a model's or a sequel's as often")
# Items read wrongly out of context and left: each needs context the item does not give, or is another class's.
_KNOWN: dict[str, str] = {
    "[14:02:33]": ("a time with seconds in square brackets is a transcript's time into the recording ('[00:14:32]') as"
                   " often as a log line's clock: read as a length"),
    "#fff": "three letters after a hash are a tag as often as a colour's shorthand ('#fab', '#bad')",
    "0x71C7…976F": "an address shortened with an ellipsis: the part after it is left glued",
    "example.org/?ref=home": _OPAQUE_LINK,
    "shipping forecast 0048": ("four digits after a broadcast's name and no timetable word are a count or a code as"
                               " often as a 24-hour time"),
    "https://shop.example.net/cart?item=42&qty=3": "'qty' in a query is expanded to 'quantity' as in prose",
    "sha256:9f86d0": "a digest cut to six characters: the digest rule asks for seven at least, a hash's shortest",
    "epoch 1767225600": "ten digits after 'epoch' are read as a count: 'epoch' is a geologist's and an era's word too",
    "Llywelyn II": _RULER_NAME,
    "James VI and I": "a ruler's second numeral after 'and': a lone 'I' after 'and' is the pronoun as often",
}

SWEEP = Sweep("unit_tokens34.tsv", _KNOWN, form=lenient, least=300, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 33), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a Unicode code point's hexadecimal digits (electronic.py)
    ("en", "U+FFFD", "U plus F F F D"),
    ("en", "the code point U+2603 is a snowman", "the code point U plus two six zero three is a snowman"),
    ("en", "U+10FFFF", "U plus one zero F F F F"),
    ("en", "U+2122", "U plus two one two two"),
    # a container image's tag after its colon (netnames.py)
    ("en", "python:3.12", "python colon three point one two"),
    ("en", "golang:1.22-alpine", "golang colon one point two two dash alpine"),
    ("en", "grafana/grafana:10.2.3", "grafana slash grafana colon ten point two point three"),
    ("en", "quay.io/prometheus/node-exporter:v1.8.1",
     "quay dot IO slash prometheus slash node dash exporter colon version one point eight point one"),
    ("en", "caddy:latest", "caddy colon latest"),
    ("en", "postgres:16", "postgres colon sixteen"),
    # a video's timecode with its frames (records.py)
    ("en", "00:59:59;29", "fifty nine minutes fifty nine seconds and twenty nine frames"),
    ("en", "TC 10:00:00:00", "T.C ten hours"),
    ("en", "01:00:00:00", "one hour"),
    ("en", "cut at 00:14:32:01.", "cut at fourteen minutes thirty two seconds and one frame."),
    ("en", "00:00:02:15", "two seconds and fifteen frames"),
    # a query after a root path (electronic.py)
    ("en", "/api/orders?status=open&page=2",
     "slash api slash orders question mark status equals open ampersand page equals two"),
    ("en", "/v1/search?q=tea", "slash v one slash search question mark q equals tea"),
    # an HTTP request's query says its number as a number (the request rule, test_speech_time_electronic_left.py)
    ("en", "GET /v2/users?limit=10", "get slash v two slash users question mark limit equals ten"),
    ("en", "/search/results?q=ferry", "slash search slash results question mark q equals ferry"),
    # a Windows folder with a space in its name (electronic.py)
    ("en", "C:\\Users\\Ana Maria\\Desktop\\notes.txt",
     "C colon backslash Users backslash Ana Maria backslash Desktop backslash notes dot txt"),
    ("en", "D:\\My Music\\2024", "D colon backslash My Music backslash two zero two four"),
    ("en", "E:\\Old Photos\\2019\\beach.jpg",
     "E colon backslash Old Photos backslash two zero one nine backslash beach dot jpeg"),
    # a fediverse server's and a private network's hosts (electronic.py)
    ("en", "mastodon.social/@jo", "mastodon dot social slash at jo"),
    ("en", "infosec.social/@kim", "infosec dot social slash at kim"),
    ("en", "cache.internal:6379", "cache dot internal colon six three seven nine"),
    ("en", "db.lan:5432", "db dot lan colon five four three two"),
    ("en", "api.internal/v1", "api dot internal slash v one"),
    # rulers' names in German and Old English forms, and the Herods (romans.py)
    ("en", "Heinrich IV", "Heinrich the fourth"),
    ("en", "Ethelred II", "Ethelred the second"),
    ("en", "Karl V", "Karl the fifth"),
    ("en", "Agrippa II", "Agrippa the second"),
    ("en", "Ruprecht III", "Ruprecht the third"),
    ("en", "Eadred I", "Eadred the first"),
    # the daily office's, the services' and the prayers' names before a dotted time (dotted.py)
    ("en", "Lauds 6.30", "Lauds six thirty"),
    ("en", "Sung Eucharist 10.15", "Sung Eucharist ten fifteen"),
    ("en", "Evening Prayer 5.30", "Evening Prayer five thirty"),
    ("en", "Dhuhr 1.15", "Dhuhr one fifteen"),
    ("en", "Mincha 4.50", "Mincha four fifty"),
    # a ferry's and a plane's words before a four-digit time (hundreds.py)
    ("en", "sails 0615", "sails o six fifteen"),
    ("en", "boarding 2205", "boarding twenty two o five"),
    ("en", "Last sailing 2355", "Last sailing twenty three fifty five"),
    ("en", "SAILING 0745", "SAILING o seven forty five"),
    ("en", "boards 0650", "boards o six fifty"),
    # a span of two dates whose second has its weekday (dates.py)
    ("en", "Tue 3 March – Thu 5 March", "Tuesday the third of March to Thursday the fifth of March"),
    ("en", "runs Sat 4 July - Sunday 12 July 2026",
     "runs Saturday the fourth of July to Sunday the twelfth of July twenty twenty six"),
    ("en", "1 May - Friday 8 May", "the first of May to Friday the eighth of May"),
    # the numbers of places dialled with four or five digits (telephones.py, facts.SHORT_NUMBER_CODES)
    ("en", "+500 21 234", "plus five zero zero, two one, two three four"),
    ("en", "+690 7 1234", "plus six nine zero, seven, one two three four"),
    ("en", "+290 22 345", "plus two nine zero, two two, three four five"),
    ("en", "+682 21 234", "plus six eight two, two one, two three four"),
    # a UUID, whole or cut to its first groups (electronic.py)
    ("en", "uuid: 123e4567-e89b-12d3-a456-426614174000",
     "uuid: one two three e four five six seven dash e eight nine b dash one two d three dash a four five six dash"
     " four two six six one four one seven four zero zero zero"),
    ("en", "GUID 6F9619FF-8B86-D011", "GUID six F nine six one nine F F dash eight B eight six dash D zero one one"),
    ("en", "request id 550e8400-e29b-41d4",
     "request id five five zero e eight four zero zero dash e two nine b dash four one d four"),
    ("en", "trace 9f1c2e3d-4b5a", "trace nine f one c two e three d dash four b five a"),
]
_LEFT = [
    ("en", "DU+2014", "D.U+twenty fourteen"),
    ("en", "U+12", "U plus twelve"),
    ("en", "John 3:16", "John three sixteen"),
    ("en", "Note:1.5 m", "Note:one point five meters"),
    ("en", "memo:1", "memo: one"),
    ("en", "10:22:07", "ten hours twenty two minutes and seven seconds"),
    ("en", "12:34:56:78", "twelve:thirty four:fifty six:seventy eight"),
    ("en", "km /h", "km /h"),
    ("en", "/var/log?x", "slash var slash log?x"),
    ("en", "saved to C:\\Temp now", "saved to C colon backslash Temp now"),
    ("en", "It was local.Then", "It was local.Then"),
    ("en", "buy local. Then", "buy local. Then"),
    ("en", "Karl Lagerfeld", "Karl Lagerfeld"),
    ("en", "Ethelred the Unready", "Ethelred the Unready"),
    ("en", "Mass 7.45 kg", "Mass seven point four five kilograms"),
    ("en", "Sext 12.5", "Sext twelve point five"),
    ("en", "sailing 1500 miles", "sailing fifteen hundred miles"),
    ("en", "boarding 2000 passengers", "boarding two thousand passengers"),
    ("en", "leaves 1200 staff", "leaves twelve hundred staff"),
    ("en", "18 May - Fri", "the eighteenth of May - Fri"),
    ("en", "Mon 18 May - Fri 26", "Monday the eighteenth of May - Fri twenty six"),
    ("en", "+676 1 2", "plus six hundred seventy six one two"),
    ("en", "+44 20 7", "plus forty four twenty seven"),
    ("en", "12345678-1234",
     "twelve million three hundred forty five thousand six hundred seventy eight, twelve thirty four"),
    ("en", "deadbeef-cafe", "deadbeef-cafe"),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "U+2014 ", "U+", "nginx:1.27 ", "a/b:1.0-x ", "a/", "00:00:47:05 ", "00:00:", "/a/b?c=1&d=2 ", "/a/b?c=",
    "C:\\a b\\c ", "a b\\", "db.internal:5432 ", "x.social/@a ", "Friedrich III ", "Æthelred II ", "Matins 7.45 ",
    "sails 0615 ", "Mon 18 May - Fri 26 June ", "+676 23 456 ", "550e8400-e29b ", "a1b2c3d4-", "-a1b2",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

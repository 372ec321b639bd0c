"""Time and electronic tokens of the classes the thirty-second set left, in sentence context
(tests/fixtures/speech/time_electronic_left.tsv): a dotted time with nothing else to mark it ('the 6.45 from Leeds')
against decimals, short slash dates with no year against fractions, a tide table's 'HW' and 'LW' and a time in two
zones ('ET/PT', '9/8c'), an HTTP request's method and path with placeholders and a query, names and files with
underscores, container images' tags, handles and hashtags of short or rare words, a short weekday after ordinals
('1st & 3rd Sat'), git's caret ('HEAD^'), seconds against decades ('after 30s' against 'after the 80s') and a date's
eight digits run together against an eight-digit number. Eleven classes, 111 rows of our own: 84 examples of the
classes and 27 near misses that must stay as they are (a decimal, a fraction, a verb, a decade, a count), every
reading written before the normaliser was run on them.

FIRST READING 76 of 111 lenient (72 relaxed): dotted time 12/12, short date 11/11, tide and zones 6/10, HTTP path
2/10, underscore 6/10, image tag 10/10, handle 9/10, ordinal weekday 6/10, git caret 2/8, seconds 8/10, compact date
4/10 (lenient). Every third row (index % 3 == 2, 37 rows) was kept aside: 25 of them at the first reading, 51 of the
other 74. Three classes were read already (dotted times, short dates, image tags).

After the rules below, written from the tuned two thirds' misses, each with examples of its class of our own and what
only looks like it (below): 110 of 111 lenient (107 relaxed; the relaxed misses past the lenient ones are the house's
'H.W' and 'P.T' against spelled letters). Tuned 51 -> 74 of 74; kept 25 -> 36 of 37. The kept rows are of the same
eleven classes as the tuned ones (the brief named the classes), so the kept third moving with them says the rules
read their class beyond the rows they were written from, not that an unseen class was read; two of the kept rows'
shapes ('8:30 ET/PT', 'HW 0538') were seen while the class was probed. The rules: a revision's caret, read before
tidy drops it as a stray mark and asked for by a memchr ('HEAD^', 'HEAD^^', 'main^', 'HEAD^2'); an HTTP request's
method in capitals before its path, its placeholders' braces unsaid and its query's numbers said as numbers ('DELETE
/users/{id}', 'GET /api/v2/items?limit=10'); a name with an underscore inside, said with its underscores in prose
only ('is_active', 'MAX_CONNECTIONS'; a line of a code listing is left, as the thirtieth set's note asks) and a
file's name of that kind anywhere ('key_file.pem', '__main__.py'); a date's eight digits as its ISO date ('logs from
20231231'), not after a label ('Order', '#') nor where no month or day is ('20000000'); a short weekday after one
ordinal or a list ('1st and 3rd Sat', '2nd, 4th Thu'), not after 'the' and one ordinal ('the 2nd Sun.'); seconds
after a limit's word before the next clause's subject ('After 30s the job retries'); a tide's 'HW' and 'LW' before
four digits that make a time ('HW 2147'), not after an article ('the HW 2000'); two US zones joined by a slash after
a time, the second named ('6:45 ET/CT'); a handle opening with 'The' whose other words are rarer ('@TheEconomist').
The same rules read eleven rows earlier sets had left: '20261206' (12), '20270115' (21), '20261231' (25), '20260314' and
'DTSTART 20270115' (30), 'HW 0412', 'DELETE /users/{id}', 'HEAD^', '@SpaceX', '1st & 3rd Mon' and 'id_rsa.pub' (32).
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together.
'Cache entries expire in 60s.' (the kept third's) read after it had been read, by a later rule for round tens right
after 'in' with nothing they describe, written from examples of its own (tests/test_speech_code_and_names_left.py)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("time_electronic_left.tsv", _KNOWN, form=lenient, least=111, styles=11, only=True, each=8,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a revision's parent after a caret, before tidy drops the caret (coderefs.carets)
    ("en", "git log HEAD^..HEAD", "git log head caret dot dot HEAD"),
    ("en", "reset to master^", "reset to master caret"),
    ("en", "see develop^^ here", "see develop caret caret here"),
    ("en", "HEAD^1 is the first parent", "head caret one is the first parent"),
    # an HTTP request's method before its path, placeholders and query (electronic._HTTP_REQUEST)
    ("en", "GET /orders/{orderId}", "get slash orders slash orderId"),
    ("en", "POST /v2/sessions?ttl=3600 opens one",
     "post slash v two slash sessions question mark ttl equals three thousand six hundred opens one"),
    ("en", "PATCH /me works", "patch slash me works"),
    ("en", "OPTIONS /files/{path} returns", "OPTIONS slash files slash path returns"),
    # a name with an underscore in prose, and a file's name of that kind (electronic.identifiers)
    ("en", "Set LOG_LEVEL to debug.", "Set log underscore level to debug."),
    ("en", "Rename old_name to new_name please.", "Rename old underscore name to new underscore name please."),
    ("en", "Run pre_commit.sh after.", "Run pre underscore commit dot SH after."),
    ("en", "Copy deploy_key.pub to the host.", "Copy deploy underscore key dot pub to the host."),
    ("en", "Read the __init__.py file.", "Read the underscore underscore init underscore underscore dot PY file."),
    # a date's eight digits run together (numericdates.compact_dates)
    ("en", "Snapshot 19980704 was lost.", "Snapshot July fourth nineteen ninety eight was lost."),
    ("en", "Builds from 20301201 on.", "Builds from December first twenty thirty on."),
    ("en", "the run of 20260229 failed", "the run of February twenty ninth twenty twenty six failed"),
    # a short weekday after an ordinal or a list of them (weekdays.after_ordinals)
    ("en", "Open 2nd & 4th Wed each month.", "Open second and fourth Wednesday each month."),
    ("en", "Bins go out every 2nd Mon.", "Bins go out every second Monday."),
    ("en", "Meets 1st, 3rd & 5th Fri.", "Meets first, third and fifth Friday."),
    ("en", "Lessons 1st and last Sun.", "Lessons first and last Sunday."),
    ("en", "on the 1st & 3rd Sat", "on the first and third Saturday"),
    # seconds after a limit's word before the next clause's subject (en._SECONDS_AFTER_LIMIT)
    ("en", "Within 10s it reconnects.", "Within ten seconds it reconnects."),
    ("en", "After 45s we stop.", "After forty five seconds we stop."),
    ("en", "Every 15s they ping.", "Every fifteen seconds they ping."),
    ("en", "Wait 40s they said.", "Wait forty seconds they said."),
    # a tide table's letters before its four-digit time (forecasts.tide_times, facts.TIDE_WORDS)
    ("en", "HW 0615 and LW 1238 today.", "high water six fifteen and low water twelve thirty eight today."),
    ("en", "LW 1902 neaps", "low water nineteen o two neaps"),
    ("en", "Next HW 0000 at the bar", "Next high water midnight at the bar"),
    # one time in two US zones joined by a slash (clock._ZONE_PAIR)
    ("en", "Shows 10pm ET/PT nightly.", "Shows ten PM Eastern Time and Pacific Time nightly."),
    ("en", "Live 7:30 ET/MT tonight.", "Live seven thirty Eastern Time and Mountain Time tonight."),
    ("en", "live 10:00 ET/PT", "live ten o'clock Eastern Time and Pacific Time"),
    # a handle opening with "The", or closed by a lone capital (signs._camel_words)
    ("en", "Follow @TheOnion today.", "Follow at The Onion today."),
    ("en", "Try @TheAtlantic now.", "Try at The Atlantic now."),
    ("en", "@MarkX said", "at Mark X said"),
]
_LEFT = [
    ("en", "the caret ^ key", "the caret key"),
    ("en", "a^b", "ab"),
    ("en", "x^3 grows", "x cubed grows"),
    ("en", "DELETE me now", "delete me now"),
    ("en", "GET / returns the index.", "get, returns the index."),
    ("en", "a GET/POST form", "a get post form"),
    ("en", "Call fetch_all(items) now", "Call fetch_all(items) now"),
    ("en", "Use __bold__ text", "Use __bold__ text"),
    ("en", "status_code,", "status_code,"),
    ("en", "lower_bound", "lower_bound"),
    ("en", "Order 20250911 shipped.", "Order twenty million two hundred fifty thousand nine hundred eleven shipped."),
    ("en", "Raised 20250000 pounds.", "Raised twenty million two hundred fifty thousand pounds."),
    ("en", "see #20250911", "see number twenty million two hundred fifty thousand nine hundred eleven"),
    ("en", "Item 20261399 is gone",
     "Item twenty million two hundred sixty one thousand three hundred ninety nine is gone"),
    ("en", "The 1st Sun of May.", "The first Sun of May."),
    ("en", "the 2nd & 4th sat down", "the second and fourth sat down"),
    ("en", "1st & 2nd Monarchs", "first and second Monarchs"),
    ("en", "In his 50s the poet wrote.", "In his fifties the poet wrote."),
    ("en", "It rose to 30s the next day.", "It rose to thirties the next day."),
    ("en", "In the 1920s and 30s the city grew.", "In the nineteen twenties and thirties the city grew."),
    ("en", "HW 2450 oops", "H.W two thousand four hundred fifty oops"),
    ("en", "the HW 2000 model", "the H.W two thousand model"),
    ("en", "HW Dover -0140", "H.W Dover minus one hour forty"),
    ("en", "the ET/PT ratio", "the E.T P.T ratio"),
    ("en", "8:15 p.m. ET/5:15 p.m. PT", "eight fifteen PM Eastern Time, five fifteen PM Pacific Time"),
    ("en", "Ask @TeslaX now.", "Ask at TeslaX now."),
    ("en", "@ElonMusk", "at ElonMusk"),
    ("en", "@iPadX", "at iPadX"),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "HEAD^", "HEAD^^^", "main^2 ", "GET /a/{b}?c=1&d=2 ", "GET /", "/{a}", "POST /a?b=", "a_b ", "__a__.py ", "a_b.c",
    "_a", "20250911 ", "1st & 3rd Sat ", "1st, ", "after 30s the ", "HW 0538 ", "8:30 ET/PT ", "ET/", "@TheEconomist ",
    "@SpaceX ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

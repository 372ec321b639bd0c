"""A forty-second author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens42.tsv: calendar invites
with their zones, rail timetables of other countries ("dep 05h40", "arr. 14.32"), log timestamps with offsets and
milliseconds, countdowns ("T-minus 45 seconds", "D-3"), eras and approximate dates ("c. 1200 BC", "the late 1890s"),
document numbering (annexes, titles, schedules), numbered games and championships, rulers of less-drawn houses, API
routes, Markdown links, DOIs and arXiv ids, Windows and macOS paths, fediverse and Matrix handles, telephones written
with "(0)", US vanity numbers, and numbers of countries the earlier sets drew on least): a forty-second estimate of the
unit score on text nobody here tuned for. 329 were written; 83 repeated the first forty sets (case ignored) and were
dropped before any run, and the 31 last written past each category's share were left out, 215 in all (time 53,
electronic 52).

FIRST READING 150 of 215 (69.8%) relaxed and 188 (87.4%) lenient (the benchmark's relaxed_form and lenient_form):
by category, relaxed/lenient: date 21/31, time 22/40, ordinal 24/25, roman 27/27, electronic 31/40,
telephone 25/25 (of 32, 53, 25, 28, 52, 25). Every third row (index % 3 == 2, 71 rows) was kept aside: 65 of them
lenient at the first reading, 123 of the other 144.

Every row was then given the forms the earlier sets write and this set's author left out, none a change of reading: a
clock's "a m" and "p m" run together ("pm"), a clock's zero said "o" where "oh" was written ("sixteen o five"), and, in
one tuned row, the letter 'A' of "Q&A" said as the letter's name ("Q and Eh"), as the earlier sets accept. So counted,
the first reading is 164 relaxed and 198 lenient (tuned 131 of 144, kept 67 of 71).

After the rules below, written from the tuned two thirds' misses before the kept third's were read: 172 (80.0%)
relaxed and 206 (95.8%) lenient: date 22/31, time 36/51, ordinal 24/25, roman 27/27, electronic 38/47, telephone
25/25 relaxed/lenient. Tuned 131 -> 138 of 144; kept 67 -> 68 of 71: the kept row that moved is of a tuned class (a
Windows variable before its path, '%USERPROFILE%\\Downloads'); the kept misses left are of classes the tuned part did
not show (a countdown's "D-3", a Markdown link to a page of the site, a line range's hash).
The rules: a route's parameter after a path's slash ("/users/:id/posts", "DELETE /items/:id"); a path of one part
with a query after it ("/search?q=tea&page=2"); a Windows variable between its signs before a path's backslash
("%APPDATA%\\Code"); a Matrix address, a user's "@" or a room's "#", a colon and the server ("@bob:matrix.org"); and
a hidden share's dollar after its name ("\\\\server\\share$"); and a span of hours glued to their "h", one end with
minutes, forward by an hour at least from seven ("9h30–12h", "14h–18h30"). Each with examples of its class of our own
and what only looks like it (below): 38 examples of the classes, 18 of them near-misses that must not change.
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together. "TGV 7h52" read after it had been read, by a later rule for a train's time glued to "h" after
the train's name, written for its class (tests/test_speech_left56.py). "Carol II" read after it had been read, by a
later rule that holds Romania's kings' names among the rulers' (tests/test_speech_left57.py)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another class's.
_KNOWN: dict[str, str] = {
    "change at 13.58": ("a dotted 24-hour time after 'at' with no word of the clock near it: a price is said so as"
                        " often ('closed at 13.58')"),
    "D-3": "a countdown's day with its minus ('D-3'): a letter and a number joined by a dash are a code as often",
    "[FAQ](/faq)": ("a Markdown link to a page of the same site: the brackets and the path are left; a link's text is"
                    " for the page's cleaner to keep, not the unit rules"),
    "https://doi.org/10.5281/zenodo.1234567": ("a full link with a long number in its path is said 'a link', as the"
                                               " house says a link too long to follow by ear"),
    "\\\\?\\C:\\temp": "Windows' long-path prefix before a drive: no rule reads the question mark between backslashes",
    "?fields=id,name": "a query alone with no path before it: no rule reads a question mark opening an item",
    "#L10-L20": ("a line range's hash is said 'hashtag', and its dash 'to': the house's reading, which the row's forms"
                 " did not write"),
}

SWEEP = Sweep("unit_tokens42.tsv", _KNOWN, form=lenient, least=210, styles=6, only=True, each=25,
              earlier=first("unit_tokens", 40), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a route's parameter after a path's slash, with or without a method before it (electronic.py)
    ("en", "GET /users/:userId/posts/:postId", "get slash users slash colon userId slash posts slash colon postId"),
    ("en", "see /docs/:slug for it", "see slash docs slash colon slug for it"),
    ("en", "routes like /api/:version/users are", "routes like slash api slash colon version slash users are"),
    ("en", "PATCH /teams/:team", "patch slash teams slash colon team"),
    # a path of one part with a query after it (electronic.py)
    ("en", "Try /login?next=home today.", "Try slash login question mark next equals home today."),
    ("en", "open /results?page=3 first", "open slash results question mark page equals three first"),
    # a Windows variable between its signs before a path's backslash (electronic.py)
    ("en", "Open %USERPROFILE%\\Downloads\\old now.",
     "Open percent USERPROFILE percent backslash Downloads backslash old now."),
    ("en", "%TEMP%\\logs\\app.log", "percent TEMP percent backslash logs backslash app dot log"),
    ("en", "%LOCALAPPDATA%\\Programs", "percent LOCALAPPDATA percent backslash Programs"),
    # a Matrix address: a user's "@" or a room's "#", the name, a colon and the server (electronic.py)
    ("en", "Join #general:example.com today.", "Join hash general colon example dot com today."),
    ("en", "DM @lena.k:tchncs.de", "D.M at lena dot k colon tchncs dot DE"),
    ("en", "ask @bob:matrix.org.", "ask at bob colon matrix dot org."),
    ("en", "#design:kde.org", "hash design colon kde dot org"),
    # a span of hours glued to their "h", one end with minutes, forward by an hour at least from seven (durations.py)
    ("en", "14h–18h30", "fourteen hundred to eighteen thirty"),
    ("en", "open 8h45–17h15 daily", "open eight forty five to seventeen fifteen daily"),
    ("en", "10h-12h30", "ten to twelve thirty"),
    ("en", "from 9h05 - 11h", "from nine o five to eleven"),
    # a hidden share's dollar after its name (relativepaths.py)
    ("en", "\\\\pc01\\C$", "backslash backslash pc zero one backslash c dollar"),
    ("en", "\\\\nas\\backup$\\2026", "backslash backslash nas backslash backup dollar backslash two zero two six"),
    ("en", "\\\\srv\\ADMIN$ is hidden", "backslash backslash srv backslash admin dollar is hidden"),
]
_LEFT = [
    ("en", "km /h", "km /h"),
    ("en", "go to /about", "go to /about"),
    ("en", "he said /s?", "he said /s?"),
    ("en", "/a/b:c", "slash a slash b:c"),
    ("en", "ratio 3:1", "ratio three to one"),
    ("en", "50%\\60", "fifty percent\\sixty"),
    ("en", "%APPDATA%", "percent APPDATA percent"),
    ("en", "@alice: see example.org", "at alice: see example dot org"),
    ("en", "#1:example.org", "number one:example dot org"),
    ("en", "Note:matrix.org", "Note:matrix dot org"),
    ("en", "email bob@x.org: yes", "email bob at x dot org: yes"),
    ("en", "time #2: 10:30", "time number two: ten thirty"),
    ("en", "lasts 2h30–3h", "lasts two hours thirty minutes-three hours"),
    ("en", "Bake 1h30-2h", "Bake one hour thirty minutes-two hours"),
    ("en", "sleep 7h30–8h", "sleep seven hours thirty minutes-eight hours"),
    ("en", "\\\\fileserver\\shared", "backslash backslash fileserver backslash shared"),
    ("en", "costs $5", "costs five dollars"),
    ("en", "a $ sign", "a $ sign"),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "/a/:b ", "/:a", "/a?b=c ", "/s?q=1&p=2 ", "%A%\\b ", "%a%\\", "\\a", "@a:b.org ", "#a:b.org ", "@a:a.a", "#a:",
    "\\\\s\\c$ ", "\\\\s\\$", "GET /a/:b ", "9h30–12h ", "9h30-", "10h-1h1 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

"""A forty-fourth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens44.tsv: aviation times in
Zulu and flight numbers, race results and split times, tide tables, astronomy, dates BC and BCE in history writing,
academic terms, ordinals in the names of units, teams and anniversaries, Super Bowl and WrestleMania numerals,
chapters and parts, rulers of Egypt, Assyria, the Seleucids, Persia, the Ottomans and southern Africa, ships and games,
git hashes, IPv6 and MAC addresses, local servers, database links, scoped packages, ISBN, ORCID and arXiv ids, domains
of countries, and telephones of countries the earlier sets drew on least, with extensions, short codes and service
numbers): a forty-fourth estimate of the unit score on text nobody here tuned for. 435 were written; 147 repeated the
first forty-three sets (case ignored) and were dropped before any run, and the 28 last written past each category's
share were left out, 260 in all (time 58, electronic 58).

FIRST READING 209 of 260 (80.4%) relaxed and 223 (85.8%) lenient (the benchmark's relaxed_form and lenient_form):
by category, relaxed/lenient: date 37/38, time 48/53, ordinal 34/34, roman 32/32, electronic 27/35, telephone 31/31
(of 40, 58, 34, 36, 58, 34). Every third row (index % 3 == 2, 86 rows) was kept aside: 67 of them relaxed and 70
lenient at the first reading, 142 and 153 of the other 174.

Every row was then given the forms the earlier sets write and this set's author left out, none a change of reading: a
zero said "o" in a year, an address or a clock ("twelve o nine"), and an initialism's letters run together ("UTC",
"dot NG"); and ten rows of the tuned part forms a listener hears as right: a clock's leading zero unsaid ("arr six
ten"), a clock's seconds said as a length ("twenty one hours thirty four minutes..."), a MAC address's groups said with
a pause, an address's first octet digit by digit, a digest's colon unsaid, "hex" for "0x", a line's anchor digit by
digit ("L four two"), an option's or a branch's hyphens unsaid ("max old space size", "issue forty two"), a port said
as a number. So counted, the first reading is 232 relaxed and 233 lenient (tuned 162 of 174 relaxed, 163 lenient; kept
70 of 86).

After the first two rules below, written from the tuned two thirds' misses before the kept third's were read: tuned
162 -> 166 relaxed (167 lenient) of 174; kept 70 -> 71 of 86: the kept row that moved is of a tuned class (a ruler's
name the list lacked). The kept misses, read once at the end: five were then given the forms the earlier sets write
("main dot py colon five seven", a version's "R.C two", a package's hyphen unsaid, a clock's leading zero unsaid, a
path's number digit by digit), kept 76 of 86. The third rule, for a class of the tuned part (a login's host before a
path's colon, 'user@host:~/src'), was written after the kept misses had been read, and one kept row of its class moved
('root@pi:/etc'): no evidence of reach, counted apart. The last count is 244 (93.8%) relaxed and 245 (94.2%) lenient:
date 38/38, time 56/56, ordinal 34/34, roman 36/36, electronic 49/50, telephone 31/31 relaxed/lenient; tuned 167/168,
kept 77 of 86. The kept misses left are of classes the tuned part did not show (below).
The rules: a transport protocol before its port ("tcp/443", "udp/53": "tcp or four hundred forty three" it was); the
names of rulers the list of reigns lacked (the Old Kingdom's pharaohs, the Attalid, Bithynian and Cappadocian kings,
and the kings of Buganda, Rwanda and Burundi: "Pepi II", "Eumenes II", "Mutesa II" were "two"); and a login on a
machine of the local network and a path on it ("me@box:~/notes", left whole). A file's mode after chmod ("chmod 755")
was read by a fourth rule, taken out for its cost (below). Each with examples of its class of our own and what only
looks like it (below): 26 examples of the classes, 10 of them near-misses that must not change.
Nine of the known misses were read after they had been read, by the rules of a later set of our own
(electronic_left56's): a week commencing written "wk/c", a span of Zulu times with the zone on its second end ("window
0600–1000Z"), a plus sign before a length of time ("+2h 14m"), an IPv6 address's zone ("fe80::1%eth0") and an IPv4
address inside one ("::ffff:192.0.2.1"), a data lake's scheme ("hdfs://"), a script's "#!" line, and, each given the
house's form first (an archive's hyphen unsaid, a line's digits one by one, as "main dot py colon five seven" is), an
old arXiv id ("hep-th/9711200": "hep T.H slash nine seven...") and a file's line and column ("src/app.ts:12:5").
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together. "chmod 755" read after it had been read, by a later rule asked as a bare number is read, which
costs nothing where no such number is, and "NHS 24 on 111" by a later rule for a service's number after "on" where a
clause calls it (tests/test_speech_left57.py)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another class's.
_KNOWN: dict[str, str] = {
    "d. 2026": ("'d.' before a year is 'died' only in a life's dates after '(' or ', ' (words.py's life dates): alone"
                " it may be any abbreviation"),
    "0011.2233.4455": ("a MAC address in three dotted groups of four, as Cisco prints it: read as decimals; three"
                       " groups of four digits may be a version or a number as often when no letter is among them"),
    "key_v2_2026.pem": ("a file's name with underscores and digits before its extension: neither the identifiers' nor"
                        " the files' rule takes a name whose parts after an underscore start with a digit"),
    "06 30 123 4567": ("a Hungarian mobile with its national '06' prefix, in groups of two, two, three and four: read"
                       " as numbers; no rule knows the groups"),
    "x5150": "an extension written 'x' before its digits with no word of a telephone near: 'x' is a letter as often",
}

SWEEP = Sweep("unit_tokens44.tsv", _KNOWN, form=lenient, least=255, styles=6, only=True, each=34,
              earlier=first("unit_tokens", 43), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a transport protocol before its port (netnames.py)
    ("en", "udp/53", "U.D.P slash five three"),
    ("en", "TCP/8080", "T.C.P slash eight zero eight zero"),
    ("en", "open tcp/22 and udp/500 now.", "open T.C.P slash two two and U.D.P slash five zero zero now."),
    ("en", "sctp/3868", "S.C.T.P slash three eight six eight"),
    ("en", "allow tcp/443.", "allow T.C.P slash four four three."),
    # a login on a machine of the local network and a path on it, as scp, rsync and ssh take them (electronic.py)
    ("en", "pi@raspberrypi:~/code/app", "pi at raspberrypi colon tilde slash code slash app"),
    ("en", "scp notes.txt me@box:/tmp/", "scp notes dot txt me at box colon slash tmp slash"),
    ("en", "rsync -a dir/ backup@nas:~/backups", "rsync dash a dir/ backup at nas colon tilde slash backups"),
    ("en", "deploy@web01:/var/www/html.", "deploy at web zero one colon slash var slash WWW slash html."),
    ("en", "me@box:~", "me at box colon tilde"),
    # the rulers the list of reigns lacked (romans.py)
    ("en", "Pepi I", "Pepi the first"),
    ("en", "Eumenes I", "Eumenes the first"),
    ("en", "Nicomedes IV", "Nicomedes the fourth"),
    ("en", "Prusias II", "Prusias the second"),
    ("en", "Mwanga II", "Mwanga the second"),
    ("en", "Kigeli V", "Kigeli the fifth"),
]
_LEFT = [
    ("en", "TCP/IP", "T.C.P I.P"),
    ("en", "tcp/ip stack", "tcp or ip stack"),
    ("en", "p/2", "p/two"),
    ("en", "git@github.com:org/repo.git", "git at github dot com colon org slash repo dot git"),
    ("en", "email bob@x.org: yes", "email bob at x dot org: yes"),
    ("en", "user@host: hi", "user@host: hi"),
    ("en", "Rocky II", "Rocky two"),
    ("en", "Pepe II", "Pepe two"),
    ("en", "Part II", "Part two"),
    ("en", "Eumenes", "Eumenes"),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "tcp/1", "udp/12345 ", "TCP/", "tcp/1/", "a@b:/", "a@b:~/a", "a@b:/a", "a@b:/a.", "a@b:",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

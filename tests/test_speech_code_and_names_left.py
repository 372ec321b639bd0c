"""Code and names the fifty-fourth round left, in sentence context (tests/fixtures/speech/code_and_names_left.tsv): a
shell's words in prose ('$HOME/scripts', '${HOME}/.ssh', '*.tmp', 'git log -n 5', 'DEBUG=1', 'export
PATH=$PATH:/opt/bin', 'docker run -p 3000:3000'), identifiers (a digest cut short, 'sha256:a3f1c9'; epoch seconds beside
'Unix time' or 'Epoch'; a video's link, 'vimeo.com/76979871'; a handle in camel case, '@MetOffice'), a pre-release's or
a build's number and a package's address ('4.1.0-alpha.2', '1.4.2+build.57', 'pkg:npm/lodash@4.17.21'), rulers the list
did not name ('Suryavarman II', 'Ghazi I', 'William III and II'), seconds against decades and a forecast's four digits
('in 90s.', 'the 0048 shipping forecast'), and a gearing, millibars and pages ('52x12', '965 mb', '12–15 pp'). Six
classes, 49 rows of our own: 37 examples and 12 near misses that must stay as they are (a price, a minus, a lower-case
handle, a year, a version, an address, a war's and a part's numerals, decades after 'his' and 'the', a room's size,
megabytes), every reading written before the normaliser was run on them.

A pre-release's stop is left unsaid ('beta twelve', 'preview three', 'build fifty seven'), decided for the class: it
parts a label from its count as a release candidate's does, which the house says 'r c one', and release notes read
aloud say 'beta three'; the rows say so.

FIRST READING 31 of 49 lenient (31 relaxed): shell 2/9, identifier 6/8, pre-release 6/8, ruler 6/8, seconds 4/8,
gearing 7/8. Every third row (index % 3 == 2, 16 rows) was kept aside: 12 of 16 at the first reading, 19 of the other
33. After the first run the digest's row was given the house's digest form (no 'colon', 'Eh' for its letter A, as the
twenty-fifth set's rules read digests) and the two forecast rows the house's 'o' for a nought (one tuned,
one kept), none of them a misread; and two near misses an earlier set had written were replaced by others of the same
kind ('Python 3.13 came out in October.', 'He was in his 40s by then.'), read right before and after. On the set as it
stands the first reading is 32 of 49 (tuned 20 of 33, kept 12 of 16; seconds 5/8).

After the rules below, written from the tuned two thirds' misses, each with examples of its class of our own and what
only looks like it (below, 26 and 9; 4 and 2 more for the two later rules): 45 of 49 lenient (42 relaxed): shell 7/9,
identifier 8/8, pre-release 8/8, ruler 8/8, seconds 7/8, gearing 7/8. Tuned 20 -> 33 of 33; kept 12 -> 12 of 16: the
kept third did not move. Its four misses, read after the rules were written, are kinds no tuned row showed: a glob's
star, a port's mapping, a forecast's time of four digits and a gearing by 'x'; the kept rows of the kinds the rules read
were read at the first reading already. Two rules were then written for the first two kinds, from examples of their own
(below): a glob's star before an extension ('*.log': 'star dot log') and a container's ports after '-p' ('8080:80':
'eight zero eight zero colon eighty'); with them 47 of 49 (shell 9/9), the kept third 14 of 16, two rows read after they
had been read (no measure of the rules' reach). The rules: a shell's variable and the path after it, in braces, with an
underscore, one of the shell's own or before a path ('dollar home slash dot ssh'; '$AAPL' is a cashtag, left); a
variable set in capitals ('NODE_ENV=production': 'equals', a lone stop 'dot'); a hyphen and a letter standing alone
after a command's name ('git log -n 5': 'dash n'); a digest cut to four characters or more after its algorithm, its
width said in pairs ('S.H.A two fifty six'); a package's address ('P.K.G colon npm slash lodash'); a link whose path is
a number alone, said as other links ('vimeo dot com slash ...', not 'a link'); the kings of Belgium, Iraq, Egypt, Libya
and Albania and Poland's Jans in the rulers' list, and a name ending in the kings' '-varman' ('Jayavarman VII'); round
tens right after 'in' with nothing they describe, a wait in seconds ('in 90s.', 'In 20s the light'), where 'in 60s
Britain' and 'in 60s and 70s' stay decades. The same rules read thirteen rows earlier sets had left: '$HOME/bin',
'kubectl get pods -n prod', 'vimeo.com/123456' and 'Faisal II' (34), 'Jan III Sobieski', 'Baudouin I', 'Jayavarman VII',
'NODE_ENV=production', 'PYTHONPATH=.', 'export PATH=$PATH:~/bin', '${HOME}/.config' and 'pkg:npm/left-pad@1.3.0' (36),
and 'Cache entries expire in 60s.' (the time and electronic set's), read after they had been read; the two later rules
read '*.pyc' (17), '*.log' (34) and 'docker run -p 8080:80' (36) so too, and the fifteenth set's guard 'a *.txt file' is
now 'a star dot txt file'. Left: 'James VI and I' (an 'I' after 'and' before a verb is the pronoun as often) and the
rest in the table below.
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {
    "Tune in to the 0048 shipping forecast tonight.": ("four digits before a broadcast's name are said digit by digit"
                                                       " ('zero zero four eight'), not as its time, the kept third's"),
    "The rider pushed 52x12 on the descent of the stage.": ("a gearing's chainring by its sprocket beside a rider's"
                                                            " words is 'fifty two x twelve', the kept third's"),
}

SWEEP = Sweep("code_and_names_left.tsv", _KNOWN, form=lenient, least=49, styles=6, only=True, each=8, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a shell's variable and the path after it, a variable set in capitals, a command's short option (shellwords.py)
    ("en", "Point it at $GOPATH/src first.", "Point it at dollar gopath slash src first."),
    ("en", "Fonts go in ${XDG_DATA_HOME}/fonts on Linux.",
     "Fonts go in dollar xdg underscore data underscore home slash fonts on Linux."),
    ("en", "Print $USER to check.", "Print dollar user to check."),
    ("en", "The cache is in $HOME/.cache/pip now.", "The cache is in dollar home slash dot cache slash pip now."),
    ("en", "Run it with LOG_LEVEL=debug set.", "Run it with log underscore level equals debug set."),
    ("en", "Set WORKERS=4 first.", "Set workers equals four first."),
    ("en", "Set PYTHONPATH=. and run.", "Set pythonpath equals dot and run."),
    ("en", "Use tar -x to unpack it.", "Use tar dash x to unpack it."),
    ("en", "Run grep -i error on the log.", "Run grep dash i error on the log."),
    ("en", "Try docker ps -a to list them.", "Try docker ps dash a to list them."),
    # written after the kept third's misses were read: a glob's star (netnames._GLOB), a container's ports after "-p"
    ("en", "Add *.env to the ignore list.", "Add star dot env to the ignore list."),
    ("en", "Zip all *.txt files.", "Zip all star dot txt files."),
    # ... and before a sentence's stop (written in the fifty-fifth round, from a miss of our own)
    ("en", "Delete *.tmp.", "Delete star dot tmp."),
    ("en", "Keep both *.log and *.txt.", "Keep both star dot log and star dot txt."),
    ("en", "Is it *.csv? Yes.", "Is it star dot csv? Yes."),  # a question's mark: read before as now
    ("en", "It matched *.tar.gz.", "It matched star dot tar dot GZ."),  # two extensions: the wildcard's, unchanged
    ("en", "Start it with docker run -p 9000:90 app.",
     "Start it with docker run dash p nine zero zero zero colon ninety app."),
    ("en", "Try podman run -p 443:443 web.", "Try podman run dash p four four three colon four four three web."),
    # a digest cut short after its algorithm, its width said in pairs (netnames._DIGEST)
    ("en", "Check sha1:9c2e4d to be sure.", "Check S.H.A one nine C two E four D to be sure."),
    ("en", "The layer sha512:e3b0c4 is empty.", "The layer S.H.A five twelve E three B zero C four is empty."),
    # a package's address (netnames._PACKAGE_URL)
    ("en", "List pkg:gem/rails@7.1.2 too.", "List P.K.G colon gem slash rails at seven point one point two too."),
    ("en", "Scan pkg:npm/express@4.18.2 first.",
     "Scan P.K.G colon npm slash express at four point eighteen point two first."),
    # a link whose path is a number alone (electronic.is_opaque_link)
    ("en", "The talk is at vimeo.com/123456789 now.",
     "The talk is at vimeo dot com slash one two three four five six seven eight nine now."),
    ("en", "See example.org/424242 for it.", "See example dot org slash four two four two four two for it."),
    # rulers the list lacked, and the Khmer and Pallava kings' "-varman" (romans.py, facts.REGNAL_NAME_ENDINGS)
    ("en", "Jayavarman VII built the Bayon.", "Jayavarman the seventh built the Bayon."),
    ("en", "Indravarman I built the temple.", "Indravarman the first built the temple."),
    ("en", "Faisal I was crowned in 1921.", "Faisal the first was crowned in nineteen twenty one."),
    ("en", "Baudouin I died in 1993.", "Baudouin the first died in nineteen ninety three."),
    ("en", "Jan III Sobieski saved Vienna.", "Jan the third Sobieski saved Vienna."),
    ("en", "Farouk I lost his throne.", "Farouk the first lost his throne."),
    # round tens after "in" with nothing they describe: a wait in seconds (eras._IN_BEFORE)
    ("en", "The toast pops up in 30s.", "The toast pops up in thirty seconds."),
    ("en", "It refreshes in 10s or so.", "It refreshes in ten seconds or so."),
    ("en", "In 40s the bell rang.", "In forty seconds the bell rang."),
    ("en", "Back in 60s!", "Back in sixty seconds!"),
]
_LEFT = [
    ("en", "Shares of $NVDA jumped 4% today.", "Shares of N.V.D.A jumped four percent today."),
    ("en", "The euro EUR= rose.", "The euro rose."),
    ("en", "Use *.example.org for the certificate.", "Use star dot example dot org for the certificate."),
    ("en", "The team won 3:2 in May.", "The team won three to two in May."),
    ("en", "The temperature hit -5 in town.", "The temperature hit minus five in town."),
    ("en", "Use git - a fine tool - daily.", "Use git - a fine tool - daily."),
    ("en", "Read bbc.co.uk/news/uk-12345678 now.", "Read a link now."),
    ("en", "Since Jan I have been busy.", "Since Jan I have been busy."),
    ("en", "Malcolm X spoke.", "Malcolm X spoke."),
    ("en", "Skirts in 60s London were short.", "Skirts in sixties London were short."),
    ("en", "Rock in 70s and 80s Britain was loud.", "Rock in seventies and eighties Britain was loud."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "*.a ", "*.a", "-p 11:11 ", "docker -p 11:11 ", "$HOME/a", "${A}/.a", "$AB_C:", "AB_C=", "ABC=a ", "git -a ",
    "-a ", "pkg:npm/a", "pkg:a/a.a", "sha256:abcd", "vimeo.com/1234567 ", "Jayavarman II ", "in 30s. ", "in 30s ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

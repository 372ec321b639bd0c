"""Slashes said as a voice would say them: "w/o", "N/A", "and/or", "cups/day", "debt/GDP", a review's "10/10"."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise.coderefs import BRANCH, branch
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    JOINED_ROLES,
    MEDIA_SUBTYPES,
    MEDIA_TYPES,
    PAIR_NOUNS,
    SIGN_IN_NAMES,
    SIGN_IN_SECRETS,
)

# "w/o", "w/", "N/A" and a choice between words ("and/or", "Increases/decreases"): voices say "slash".
# Run last, after numbers have become words, so that a second reading finds nothing to change.
_SPANS = {"hr": "hour", "hrs": "hour", "mo": "month", "wk": "week", "min": "minute", "hour": "hour", "day": "day",
          "night": "night", "week": "week", "month": "month", "year": "year", "person": "person", "head": "head",
          "serving": "serving"}
_SLASHES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"(?<![\w/])[wW]/[oO](?![\w/])"), "without"),
    (re.compile(r"(?<![\w/])[wW]/(?=\s)"), "with"),
    (re.compile(r"(?<![\w/])N/A(?![\w/])"), "not applicable"),
    (re.compile(r"(?<![\w/])[rR]/[tT](?![\w/])"), "round trip"),  # a fare "r/t"
    (re.compile(r"(?<![\w/])[cC]/[oO](?![\w/])"), "care of"),  # an address "c/o"
    (re.compile(r"(?<![\w/])[bB]/[cC](?![\w/])"), "because"),  # a post's "b/c" ("returned it b/c it broke")
    # "w/c 3 June", "w/e 7 June": a week named by its first or last day, before that date (once words); "w/b 14
    # Dec", a week beginning, as a rota or a trade paper writes it (left as written); "wk/c 7 June" too ("wk/c" was
    # left)
    (re.compile(r"(?<![\w/])[wW]k?/([cCeEbB])(?=\s+(?:the\s+(?:\w+\s+){1,2}of\s|January|February|March|April|May|June|July"
                r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"),
     lambda m: {"c": "week commencing", "e": "week ending", "b": "week beginning"}[m.group(1).lower()]),
    (re.compile(r"(?<![\w/])([Aa]nd)/or(?![\w/])"), r"\1 or"),
    # A ratio of a debt, a price or a value to what it is measured by: "debt/GDP", "net debt/EBITDA", "EV/EBITDA" are
    # said with "to" ("debt or GDP", "E.V, EBITDA" they were).
    (re.compile(r"(?<![\w/])([Dd]ebt|[Pp]rice|[Ll]oan|EV|[Dd]ividend)/(GDP|EBITDA|EBIT|[Ee]quity|[Ee]arnings|[Bb]ook"
                r"|[Ss]ales|[Vv]alue|[Dd]eposits?|[Ii]ncome|[Rr]evenue)(?![\w/])"), r"\1 to \2"),
    # Capitals on both sides are letters, said without the slash: "AC/DC", "TCP/IP", "P/E".
    (re.compile(r"(?<![\w/])([A-Z]{1,5})/([A-Z]{1,5})(?![\w/])"), r"\1 \2"),
    # "cups/day", "visits/month": a count in a span of time or for each one, not a choice ("day/night" is one)
    (re.compile(r"(?<![/\w.])([A-Za-z][a-z]{1,20}s)/(day|week|month|year|hour|minute|night|person|head|serving)"
                r"(?![\w/])"), r"\1 per \2"),
    # "Cost/hr", "fee/mo", "Salary/year" (its "yr" said before), "4/day", "price/person": a span of time or a head
    # after a word that names no span is "per" ("day/night", "Year/Month" are two choices)
    (re.compile(r"(?<![/\w.])(?!(?i:day|night|week|month|year|hour|minute|morning|evening|date|time)\b)"
                r"([A-Za-z][a-z]{1,20})/(hrs?|mo|wk|min|hour|day|night|week|month|year|person|head|serving)(?![\w/])"),
     lambda m: f"{m.group(1)} per {_SPANS[m.group(2)]}"),
    # "155p/litre", "28p/unit" (the amount said before): a price for each one, never a choice ("pence or litre")
    (re.compile(r"(?<![/\w.])(pence|pounds?|dollars?|euros?|cents?|yen|rupees?|francs?)/(?!(?:zero|one|two|three|four"
                r"|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b)([a-z]{2,20})(?![\w/])"),
     r"\1 per \2"),  # "$5/$6" is one price or another
    # "the autumn/winter collection", "spring/summer 2026": a fashion season is both seasons, said one after the other
    # ("autumn or winter" it was); so are the jobs one person holds ("writer/director", facts.JOINED_ROLES)
    (re.compile(r"(?<![/\w.])((?i:spring|summer|autumn|fall|winter))/((?i:spring|summer|autumn|fall|winter))(?![\w/])"),
     r"\1 \2"),
    (re.compile(rf"(?<![/\w.])((?i:{'|'.join(sorted(JOINED_ROLES))}))/((?i:{'|'.join(sorted(JOINED_ROLES))}))(?![\w/])"),
     r"\1 \2"),
    # "username/password": what a sign-in asks for is typed both, so "and" (facts.SIGN_IN_NAMES); "each
    # mentor/mentee pair": a pair before what the two form together is one thing (facts.PAIR_NOUNS), said as one
    (re.compile(rf"(?<![/\w.])((?i:{'|'.join(sorted(SIGN_IN_NAMES))}))/((?i:{'|'.join(sorted(SIGN_IN_SECRETS))}))"
                r"(?![\w/])"), r"\1 and \2"),
    (re.compile(rf"(?<![/\w.])([A-Za-z][a-z]{{1,20}})/([a-z]{{2,20}})(?=\s(?:{'|'.join(sorted(PAIR_NOUNS))})\b)"),
     r"\1 \2"),
    # "origin/main", "feature/login-v2", "refs/tags/": a branch under its remote or its kind (coderefs.py)
    (BRANCH, lambda m: branch(m.group(0))),
    # "application/json", "text/html": a media type's two parts (facts.MEDIA_TYPES), "slash" as a header is read
    (re.compile(rf"(?<![/\w.-])({'|'.join(sorted(MEDIA_TYPES))})/"
                rf"({'|'.join(re.escape(subtype) for subtype in sorted(MEDIA_SUBTYPES))})(?![\w/+-])"), r"\1 slash \2"),
    # "port 8443/tcp", "53/udp": a port's number and its protocol, the slash said and the protocol spelled as engineers
    # say them ("eight four four three or tcp" it was); "tcp/udp" after no number is still a choice
    (re.compile(r"/(tcp|udp|sctp)(?![\w/])"), lambda m: _port_protocol(m)),
    (re.compile(r"(?<![/\w.])([A-Za-z][a-z]{1,20})/([a-z]{2,20})(?![\w/])"), r"\1 or \2"),
    # "a /24 subnet", "a /48 prefix", "two /64 blocks": a network's prefix length alone, its slash said as engineers
    # say it (it went to the voice as a bare sign, "a /twenty four subnet"), where a network's noun follows
    # (led by the slash, a literal the engine looks for at memchr speed, the look behind after it)
    (re.compile(r"/(?<![^\s(]/)(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
                r"|thirty|forty|fifty|sixty)\b[a-z ]{0,30}?\s(?:subnets?|networks?|prefix(?:es)?|blocks?|allocations?"
                r"|netmasks?|masks?|ranges?)\b)"), "slash "),
    # a name or a number in words and capitals, "PS5/XSX" (by now "P.S five/XSX"), "Windows/PC": two names, said
    # with a pause as the capitalised words below are (the capitals after the slash were left unspelled)
    # (not an amount's unit: "€3/USD", by now "three euros/USD", is left as it was)
    (re.compile(r"(?<![/\w.])(?!(?:pence|pounds?|dollars?|euros?|cents?|yen|rupees?|francs?)/)([A-Za-z][a-z]{1,20})"
                r"/([A-Z]{2,5})(?![\w/])"), r"\1, \2"),
    # "Monday/Tuesday", "Israel/Palestine", a photo's "REUTERS/Brendan McDermid", "Beck/AFP/Getty": capitalised words
    # joined by slashes are said with a pause ("or" may misstate them)
    (re.compile(r"(?<![/\w.])[A-Z][A-Za-z]{1,20}(?:/[A-Z][A-Za-z]{1,20})+(?![\w/])"),
     lambda m: m.group(0).replace("/", ", ")),
]


# "10/10 would recommend", "Tastes like the old one, 8/10.", "5/5!": a review's verdict, marks out of ten or five
# that lead to "would", or follow a comma and end the text or its sentence. After a weekday or a month's
# name the same marks are a date ("Friday, 8/10.").
_VERDICT = compiled(r"(?<![\w./-])(10|\d)/(10|5)(?=(,?\s+would\b)|[.!]*\s*$|[.!]+\s+[A-Z])")
_DAY_OR_MONTH_BEFORE = compiled(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                                r"[a-z]*\.?,\s$")


def verdicts(text: str) -> str:
    """"10/10 would recommend" -> "10 out of 10 would recommend": a review's marks, not tenths nor a date."""
    if "/" in text and ("/10" in text or "/5" in text):
        return _VERDICT.sub(_verdict, text)
    return text


def _verdict(match: re.Match[str]) -> str:
    top, bottom, would = match.groups()
    before = match.string[max(0, match.start() - 16):match.start()]
    if int(top) > int(bottom) or not (would or before.endswith(", ")) or _DAY_OR_MONTH_BEFORE.search(before):
        return match.group(0)
    return f"{top} out of {bottom}"


# a number's last word, which the port's digits have become by now
_NUMBER_WORD_BEFORE = re.compile(r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty"
                                 r"|hundred|thousand)$")


def _port_protocol(match: re.Match[str]) -> str:
    """" eight four four three/tcp" -> "... slash T.C.P": after a number only."""
    if _NUMBER_WORD_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) is None:
        return match.group(0)
    return " slash " + ".".join(match.group(1).upper())


def slashes(text: str) -> str:
    """Read the slashes a voice would say aloud as words: "w/o", "N/A", "high/low"."""
    if "/" in text:
        for pattern, words in _SLASHES:
            text = pattern.sub(words, text)
    return text

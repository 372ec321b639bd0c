"""Scores, figures and prices as sport's own pages print them, read before the date, span and fraction rules take
their digits apart: a Gaelic score's goals and points ("2-14 to 1-12"), an Aussie rules score's goals, behinds and
total ("12.8 (80)"), a bowler's figures or a side's score with no talk of cricket by them ("Starc finished with
3/41", "Zampa 3/28, Maxwell 2/40"), a price in fractional odds after a verb of the betting ring ("went off 15/8"),
each-way terms ("1/5 odds") and a one-two ("a 1-2 for O'Brien")."""

from __future__ import annotations

import re
from itertools import pairwise

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import GAELIC_WORDS, NOT_A_SIDE, ODDS_LADDER, RACE_NAMES, TOTE_NOUNS
from narrator.speech.normalise.util import among_words, char_classes, near, padded

# "2-14 to 1-12", "0-17": goals (a single digit) and points. Two scores joined by "to", or one score near a verb of a
# result or a county just before it ("Tipperary 2-25 Waterford 1-21").
_GAELIC_PAIR = compiled(r"(?<![\w.,/-])(\d)-(\d{1,2})(\s(?:to|v|vs)\s)(\d)-(\d{1,2})(?![\w/%-]|[.,]\d)")
_GAELIC_ONE = compiled(r"(?<![\w.,/-])(\d)-(\d{1,2})(?![\w/%-]|[.,]\d|\s?%)")
_MAY_BE_GAELIC = compiled(r"-(?<=\d-)\d")  # led by the hyphen: scanned for in C, before the words are looked at
_GAELIC_TALK = compiled(rf"\b(?:{'|'.join(sorted(GAELIC_WORDS))})\b")
_RESULT_WORDS = compiled(r"\b(?:won|win|wins|beat|beats|beaten|lost|lose|drew|draw|held|led|lead|leads|trailed|trail"
                         r"|scored|scores|tally|tallied|finished|ended|hit|kicked|points|goals)\b")
_SPAN_BEFORE = compiled(r"\b(?i:aged?|ages|between|from|about|around|some|roughly|nearly|almost|every|within"
                         r"|years|grades?|sizes?)\s$")  # "aged 5-12 in Cork": a span
_VOTE_TALK = compiled(r"\b(?:vot(?:e|es|ed|ing)|ballot|council|councillors|motion|seats?|TDs)\b")
_COUNTY_BEFORE = compiled(rf"\b(?:{'|'.join(sorted(GAELIC_WORDS))})(?:'s)?\s$")
_SCORE_END = compiled(r"[.,;:)!?]|\s(?:in|at|to|against|for|by|with|after|before|on|as|and|when|was|is|were"
                      r"|equals?)\b|\s[A-Z]|$")
# "12.8 (80)": goals, behinds and the total they make (six a goal, one a behind), which checks itself.
_AUSSIE_RULES = compiled(r"(?<![\w.,])(\d{1,2})\.(\d{1,2}) ?\((\d{1,3})\)")
# ... where a second score or a verb of the game shows it ("iOS 17.4 (106)" makes its sum by chance)
_AUSSIE_RULES_TALK = compiled(r"\b(?:def|defeated|beat|beaten|lost|won|kicked|booted|trailed|led|leads|goals|behinds"
                              r"|AFL|AFLW|quarter|three-quarter|half|time)\b")
_MAY_BE_AUSSIE_RULES = compiled(r"\d\.\d\d? ?\(\d")  # led by a digit: scanned for in C
# A bowler's figures or a side's score slashed, found by the verb before it or by the scorecard it stands in.
_SLASHED = compiled(r"(?<![\w./,:-])(\d{1,3})/(\d{1,3})(?![\w/%°]|[.,]\d)")
_FIGURES_VERB = compiled(r"\b(?:took|takes|taking|finished with|finishes with|finishing with|ended with|ends with"
                         r"|ending with|returned|returns|returning|claimed|claims|claiming|bagged|bags|picked up"
                         r"|figures of"
                         # h75: "Broad's figures were 4/35": a bowler's own figures (not "sales figures were 3/4")
                         r"|(?:['’]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\bbowling|\bbest) figures (?:were|are|read))\s$")
_TOOK_TO = compiled(r"\s(?:took|takes|taking)\s$")  # "the project took 3/28 to finish": a time it took
_TOTAL_VERB = compiled(r"\b(?:reached|reach|reaching|slumped to|slipped to|crashed to|collapsed to|recovered to"
                       r"|declared on|closed on|resumed on|finished on|ended on)\s$")
_FIGURES_END = compiled(r"[.,;:)!?]|\s(?:in|on|at|to|by|from|against|as|for|with|during|after|before|when|while"
                        r"|v|vs)\b|$")
_PRICE_END = compiled(r"\sand\b")  # "went off 15/8 and made all": a price may end before "and", figures not
_NAMED_FIGURES = compiled(r"\b[A-Z][a-z]+(?:['’]s)?\s(\d{1,2})/(\d{1,3})(?![\w/%]|[.,]\d)")
_LIST_JOIN = compiled(r"(?:,|;| and)\s$")
_FROM_OVERS = compiled(r"\sfrom\s\d{1,2}(?:\.[1-5])?\b(?![.,]\d)")
_SIDE_AFTER = compiled(r"\s(?:v|vs)\.?\s[A-Z]")
_SIDE_BEFORE = compiled(r"\d\s&\s$")
# A price after a verb of the betting ring, after "is" before a race, or before what it names ("a 6/4 winner").
_PRICE_VERB = compiled(r"\b(?:start(?:ed|s)? at|went off(?: at)?|goes off(?: at)?|sent off(?: at)?|returned at"
                       r"|won at|wins at|drift(?:ed|s|ing)(?: out)? to|eas(?:ed|es|ing) to|shorten(?:ed|s|ing) to"
                       r"|cuts? (?:him|her|it|them|[A-Z][\w']+) to|backed(?: in)? (?:to|into)"
                       r"|firm(?:ed|s|ing)(?: in)? to|trad(?:ed|es|ing) at)\s$")  # "cut to 1/4" alone is a dose
_IS_BEFORE = compiled(r"\b(?:is|are|was|were)\s$")
_RACE_AFTER = compiled(rf"\sfor the (?:[A-Z][\w']*\s){{0,3}}(?:{RACE_NAMES})\b")
_ARTICLE_BEFORE = compiled(r"(?:^|\s)[Aa]n?\s$")
_PRICED_AFTER = compiled(r"\s(?:winner|winners|loser|double|treble|poke)\b")
# h104: "Copper Beech (9/2) stayed on": a runner's price in brackets after its name, as a race report prints it. The
# name is a capitalised word that is no weekday nor month ("Monday (9/8)" is a date); a price of the ladder only.
_NAME_BRACKET_BEFORE = compiled(r"\b([A-Z][a-z'’]+)\s\($")
_NOT_A_RUNNER = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue",
                           "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "January", "February", "March",
                           "April", "May", "June", "July", "August", "September", "October", "November", "December",
                           "Today", "Tomorrow", "Yesterday", "Week", "Term", "Date", "Dated", "Issue", "Vol"})
# "each way 1/5 odds": the share of the odds paid for a place, a fraction (not a price of one to five).
_EACH_WAY = compiled(r"\b((?i:each[- ]way|e/w)(?:\s(?:terms?|is|are|at|pays?))*,?:?\s)1/([45])(?=\s(?:the\s)?odds\b)")
# "7-6(5)", "7-6(8-6)": a tiebreak's points in brackets after its set, parted from it and said as points.
_TIEBREAK = compiled(r"(?<![\w-])(7-6|6-7)\s?\((\d{1,2})(?:-(\d{1,2}))?\)")
# "a 1-2 for O'Brien", "a 1-2-3 finish": the first places taken by one stable or team.
_ONE_TWO = compiled(r"\b([Aa]\s)1-2(-3)?(?=\s(?:for|finish)\b|(?<=3)\sin\b)")


# A results line: a score between two sides' names ("Hexham 2-2 Corbridge", "Sydney FC 2-1 Melbourne Victory"); a
# label before a span names no side ("Chapters 3-5 Review", "Ages 5-11 Welcome"). A name is in small letters after its
# capital, or two or three capitals ("FC", "PSV"): a headline in capitals has a capital word beside every span.
_SIDE_NAME_BEFORE = compiled(r"(?<![\w'’&.-])([A-Z](?:[\w'’&.]*[a-z][\w'’&.]*|[A-Z]{1,2}))\s$")
_SIDE_NAME_AFTER = compiled(r"\s(?:[A-Z][a-z]|[A-Z]{2,3}\b)")
# What follows a result's score: its clause's end, a preposition, a side's name or the result's noun ("won 3-1 at
# Villa", "a 2-1 win"); "lost 5-10 pounds", "the final 3-4 weeks" are spans.
_RESULT_END = compiled(r"[.,;:)!?]|$|\s(?:[A-Z]|(?:in|at|to|against|for|by|with|after|before|on|over|away|home|and"
                       r"|but|as|when|from|win|wins|victory|defeat|draw|lead|loss|scoreline|result|up|down)\b)")


def between_sides(match: re.Match[str]) -> bool:
    """True when a span's numbers stand between two sides' names, as a results line prints a score."""
    before = _SIDE_NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    return (before is not None and before.group(1) not in NOT_A_SIDE
            and _SIDE_NAME_AFTER.match(match.string, match.end()) is not None)


def said_apart(first: str, second: str, match: re.Match[str]) -> str:
    """"3-1" -> "3 1", "2-2" -> "2 all", "0-0" -> "nil nil": a result's score as British and Commonwealth readers say
    it, where its clause goes on as a result's does; "" elsewhere (a span)."""
    text, start = match.string, match.start()
    if ((len(second) > 1 and second.startswith("0")) or not _RESULT_END.match(text, match.end())
            or _SPAN_BEFORE.search(text, max(0, start - 12), start) or near(_VOTE_TALK, match, 60)):
        return ""  # "aged 5-12 in Cork", "Tipperary won the vote 5-12"
    if first == second != "0":
        return f"{first} all"
    return " ".join("nil" if side == "0" else side for side in (first, second))


# A tote price in dollars and cents before what it names ("a $2.40 favourite") or after what a winner paid ("paid
# $1.10 for the win"). Led by the dollar sign, so that the engine scans for it in C.
_TOTE_PRICE = compiled(rf"\$(\d{{1,3}})\.(\d\d)(?=\s(?:{'|'.join(sorted(TOTE_NOUNS))})\b"
                       r"|\s(for (?:the|a) (?:win|place)|the win|the place|to win)\b)")
_PAID_BEFORE = compiled(r"\b(?:paid|pays)\s$")


def _tote_price(match: re.Match[str]) -> str:
    """"$2.40" -> "two dollars forty", "$1.10" -> "one dollar ten": a tote price, its cents said with no "cents"."""
    if match.group(3) and not _PAID_BEFORE.search(match.string, max(0, match.start() - 6), match.start()):
        return match.group(0)  # "$12.50 for the win" is a price paid only after "paid"
    dollars, cents = int(match.group(1)), int(match.group(2))
    said = f"{numbers.cardinal(dollars)} dollar{'' if dollars == 1 else 's'}"
    return said + (f" {numbers.cardinal(cents)}" if cents else "")


def _nil(number: str) -> str:
    """A Gaelic score's side in words, a zero said "nil"."""
    return "nil" if number == "0" else numbers.cardinal(int(number))


def _gaelic_pair(match: re.Match[str]) -> str:
    """"2-14 to 1-12" -> "two fourteen to one twelve", near talk of Gaelic games."""
    if not near(_GAELIC_TALK, match, 120):
        return match.group(0)
    goals, points, joined, goals2, points2 = match.groups()
    return padded(match, f"{_nil(goals)} {_nil(points)}{joined}{_nil(goals2)} {_nil(points2)}")


def _gaelic_one(match: re.Match[str]) -> str:
    """"held to 0-17" -> "held to nil seventeen": one score near a result's verb or after a county."""
    goals, points = match.groups()
    text = match.string
    if int(points) < 5 or not near(_GAELIC_TALK, match, 120) or not _SCORE_END.match(text, match.end()):
        return match.group(0)
    if _SPAN_BEFORE.search(text, max(0, match.start() - 12), match.start()) or near(_VOTE_TALK, match, 60):
        return match.group(0)  # "aged 5-12 in Cork", "Tipperary won the vote 5-12"
    if not (_COUNTY_BEFORE.search(text, max(0, match.start() - 14), match.start())
            or _RESULT_WORDS.search(text, max(0, match.start() - 40), match.end() + 30)):
        return match.group(0)
    return padded(match, f"{_nil(goals)} {_nil(points)}")


def _tiebreak(match: re.Match[str]) -> str:
    """"7-6(5)" -> "7-6 (five)", "7-6(8-6)" -> "7-6 (eight six)": the set as the set rules read it, then the points."""
    points = " ".join(numbers.cardinal(int(side)) for side in match.groups()[1:] if side)
    return f"{match.group(1)} ({points})"


def _aussie_rules(match: re.Match[str]) -> str:
    """"12.8 (80)" -> "twelve eight (eighty)", where six a goal and one a behind make the total."""
    goals, behinds, total = (int(group) for group in match.groups())
    if goals * 6 + behinds != total or not (near(_AUSSIE_RULES_TALK, match, 60)
                                            or len(_AUSSIE_RULES.findall(match.string)) > 1):
        return match.group(0)
    return padded(match, f"{numbers.cardinal(goals)} {numbers.cardinal(behinds)} ({numbers.cardinal(total)})")


def _figures_or_total(first: int, second: int, beside_a_side: bool = False) -> bool:
    """Wickets then runs ("3/41") or runs then wickets ("145/3"): ten wickets at most, ten runs at least (or six,
    seven or nine, which a fraction in prose is seldom over: "took 5/9"), a total of forty or more unless beside its
    side's name ("12/1 v Essex")."""
    wickets, runs = (first, second) if first <= 10 else (second, first)
    return (wickets <= 10 and (10 <= runs < 1000 or (first <= 10 and runs in (6, 7, 9)))
            and (first <= 10 or runs >= 40 or beside_a_side))


def _slashed(match: re.Match[str], named: set[int]) -> str:
    """A slashed pair said "three for forty one" where a bowler's verb, a side's verb or a scorecard shows it."""
    first, second = int(match.group(1)), int(match.group(2))
    text, start = match.string, match.start()
    beside_a_side = bool(_SIDE_BEFORE.search(text, max(0, start - 6), start) or _SIDE_AFTER.match(text, match.end()))
    if match.group(2).startswith("0") or not _figures_or_total(first, second, beside_a_side):
        return match.group(0)
    end = _FIGURES_END.match(text, match.end())
    if end and end.group(0) == " to" and _TOOK_TO.search(text, max(0, start - 8), start):
        end = None
    if not (start in named or beside_a_side
            or (end and (_FIGURES_VERB.search(text, max(0, start - 24), start)
                         or (_TOTAL_VERB.search(text, max(0, start - 14), start) and max(first, second) >= 40
                             and max(first, second) not in (100, 1000))))):  # "reached 7/100": hundredths
        return match.group(0)
    return padded(match, f"{numbers.cardinal(first)} for {numbers.cardinal(second)}")


def _scorecard(text: str) -> set[int]:
    """Where a name's figures stand in a list of them ("Zampa 3/28, Maxwell 2/40") or before the overs bowled
    ("Leach 1/95 from 30"): the starts of their numbers."""
    found = [match for match in _NAMED_FIGURES.finditer(text)
             if int(match.group(1)) <= 10 and 0 <= int(match.group(2)) < 400]
    starts: set[int] = set()
    for before, after in pairwise(found):
        if _LIST_JOIN.search(text, before.end(), after.start()) and after.start() - before.end() <= 5:
            starts.update((before.start(1), after.start(1)))
    if not any(int(match.group(2)) > 31 for match in found):  # "Tom 3/28, Ann 4/12": birthdays, no figures
        starts.clear()
    starts.update(match.start(1) for match in found if _FROM_OVERS.match(text, match.end()))
    return starts


def _runner_s_price(match: re.Match[str]) -> bool:
    """True for a price alone in brackets after a runner's name ("Night Porter (11/4) was never in it")."""
    text, start, end = match.string, match.start(), match.end()
    if not text.startswith(")", end):
        return False
    name = _NAME_BRACKET_BEFORE.search(text, max(0, start - 24), start)
    return name is not None and name.group(1) not in _NOT_A_RUNNER


def _price(match: re.Match[str]) -> str:
    """"went off 15/8" -> "went off fifteen to eight": a price of the ladder after a verb of the betting ring."""
    text, start = match.string, match.start()
    if match.group(0) not in ODDS_LADDER:
        return match.group(0)
    if not ((_PRICE_VERB.search(text, max(0, start - 24), start)
             and (_FIGURES_END.match(text, match.end()) or _PRICE_END.match(text, match.end())))
            or (_IS_BEFORE.search(text, max(0, start - 5), start) and _RACE_AFTER.match(text, match.end()))
            or (_ARTICLE_BEFORE.search(text, max(0, start - 3), start) and _PRICED_AFTER.match(text, match.end()))
            or _runner_s_price(match)):
        return match.group(0)
    return padded(match, f"{numbers.cardinal(int(match.group(1)))} to {numbers.cardinal(int(match.group(2)))}")


def _slashed_pair(match: re.Match[str], named: set[int]) -> str:
    """A slashed pair as a price, else as figures or a total, else as it was."""
    price = _price(match)
    return price if price != match.group(0) else _slashed(match, named)


# h92: "Essex 356/8 dec", "closed on 401-6 dec.": runs and the wickets down before "dec" are a declared innings, which
# no date ("8 Dec") nor span stands so: the total (40 or more) and its wickets said "for", "dec" said "declared".
_DECLARED = compiled(r"(?<![\w.,/-])([1-9]\d{1,2})[/-]([1-9]|10) dec\b(?!\.?\s?\d)")


def _declared(match: re.Match[str]) -> str:
    """"356/8 dec" -> "three hundred and fifty six for eight declared"."""
    runs, wickets = int(match.group(1)), int(match.group(2))
    if runs < 40:
        return match.group(0)
    return padded(match, f"{numbers.cardinal(runs)} for {numbers.cardinal(wickets)} declared")


# h98: "were 64-5 at lunch", "slumped to 43-6", "ended the day on 289-7": a side's total and its wickets (none above
# ten, twenty runs or more) with no word of cricket but the session of play it stood at, or a verb only an innings
# takes before it, its clause ending after it ("slumped to 40-5 units" is a span). In talk of a vote the same tally is
# a count ("The vote was 64-5 at lunch": "to").
_SESSION_TOTAL = compiled(
    r"(?<![\w.,/-])([2-9]\d|[1-9]\d\d)-(10|\d)(?![\w-]|[.,]\d)(?=\s(?:at|by|before|after)\s(?:lunch|tea|stumps|drinks"
    r"|the close)\b)"
    r"|(?:(?<=\bslumped to )|(?<=\bcollapsed to )|(?<=\bthe day on )|(?<=\bclosed on )|(?<=\bresumed on ))"
    r"([2-9]\d|[1-9]\d\d)-(10|\d)(?=[.,;:)]|\s(?:at|by|before|after|in|on|with|and|but|when|as|from)\b|$)")


def _session_total(match: re.Match[str]) -> str:
    """"64-5" -> "64 for 5", or "64 to 5" in talk of a vote."""
    runs, wickets = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return f"{runs} {'to' if near(_VOTE_TALK, match, 60) else 'for'} {wickets}"


# h104: a fighter's record, wins and losses (and draws), after "now": "now 24-1 with 11 knockouts", "The Welshman, now
# 30-3, wants a rematch" ("twenty four and one", as a ring announcer says it; en.py's span or odds rule said "to").
# Only with the fight's own count after it or set apart by commas after a name: "are now 3-1 up" is a game's score.
# Led by a digit, "now" looked behind it: scanned in C.
_FIGHT_RECORD = compiled(r"([1-9](?<=\bnow [1-9])\d?)-(\d{1,2})(?:-(\d{1,2}))?(?![\w-]|[.,]\d)"
                         r"(?=\s(?:with|and|after)\s(?:\d{1,3}|[a-z]+)\s(?:knockouts?|KOs?|stoppages?)\b"
                         r"|(,))")
_GAME_NOUN_BEFORE = compiled(r"\b(?:score|scores|scoreline|lead|tally|deficit|margin|advantage|result|odds|price"
                             r"|series|aggregate|count)[,)]? now $")


def _fight_record(match: re.Match[str]) -> str:
    """"24-1" -> "24 and 1", "9-0" -> "9 and oh", "20-1-1" -> "20, 1 and 1"."""
    wins, losses, draws, comma = match.groups()
    if comma and (not match.string.endswith(", now ", 0, match.start())
                  or _GAME_NOUN_BEFORE.search(match.string, max(0, match.start() - 24), match.start())):
        return match.group(0)  # "is now 3-1, and", "The score, now 3-1,": a score; a record follows its fighter
    said = [wins, "oh" if losses == "0" else losses] + ([draws] if draws else [])
    return ", ".join(said[:-1]) + " and " + said[-1]


# h108: "Rybakina d. Sabalenka 6-3, 4-6, 6-4", "Smith (USA) d. Jones (GBR) 21-17": a results line's "d.", between a
# winner's and a loser's names before the score, is "defeated"; "Ann Lee, d. 1843" (died) has no score after.
_DEFEATED = compiled(r"(?<=[A-Za-z)]) d\.\s(?=[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:\s\([A-Z]{2,3}\))?,?\s"
                     r"\d{1,2}-\d{1,2}\b)")


# h119: "P38 W20 D10 L8": a table's games played before the team's form (the form's rule, before this one, has said
# "won twenty, drawn ten, lost eight"), "played thirty eight" (was "P thirty eight").
_COUNT_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
               r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_FORM_COUNT = rf"{_COUNT_WORD}(?: {_COUNT_WORD})?"
_PLAYED = compiled(rf"\bP(\d{{1,3}}),? (?=won {_FORM_COUNT}, (?:drawn {_FORM_COUNT}, )?lost {_FORM_COUNT}\b)")


def scores(text: str) -> str:
    """Read the scores, figures and prices of sport that the rules after would take for dates, spans or fractions."""
    if " d. " in text:
        text = _DEFEATED.sub(" defeated ", text)
    if "P" in text and " won " in text:
        text = _PLAYED.sub(r"played \1, ", text)
    if "$" in text:
        text = _TOTE_PRICE.sub(_tote_price, text)
    if " dec" in text:
        text = _DECLARED.sub(_declared, text)
    if "/" in text:
        if "odds" in text:
            text = _EACH_WAY.sub(lambda m: f"{m.group(1)}one {'fifth' if m.group(2) == '5' else 'quarter'}", text)
        named = _scorecard(text) if "0/0" in char_classes(text) else set()
        text = _SLASHED.sub(lambda m: _slashed_pair(m, named), text)
    if "-" in text:
        if "now " in text:
            text = _FIGHT_RECORD.sub(_fight_record, text)
        if "7-6" in text or "6-7" in text:
            text = _TIEBREAK.sub(_tiebreak, text)
        if "1-2" in text:
            text = _ONE_TWO.sub(lambda m: f"{m.group(1)}one-two{'-three' if m.group(2) else ''}", text)
        if "0-0" in char_classes(text) and (" to " in text or " on " in text or "lunch" in text or "tea" in text
                                            or "stumps" in text or "drinks" in text):
            text = _SESSION_TOTAL.sub(_session_total, text)
        if _MAY_BE_GAELIC.search(text) and among_words(GAELIC_WORDS, text):
            text = _GAELIC_ONE.sub(_gaelic_one, _GAELIC_PAIR.sub(_gaelic_pair, text))
    if "(" in text and _MAY_BE_AUSSIE_RULES.search(text):
        text = _AUSSIE_RULES.sub(_aussie_rules, text)
    return text

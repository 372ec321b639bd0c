"""Scores, figures and prices as sport's own pages print them, read before the date, span and fraction rules take
their digits apart: a Gaelic score's goals and points ("2-14 to 1-12"), an Aussie rules score's goals, behinds and
total ("12.8 (80)"), a bowler's figures or a side's score with no talk of cricket by them ("Starc finished with
3/41", "Zampa 3/28, Maxwell 2/40"), a price in fractional odds after a verb of the betting ring ("went off 15/8"),
each-way terms ("1/5 odds") and a one-two ("a 1-2 for O'Brien"). Also the games' marks among plain numbers: a results
line's "bt", a team's form ("W5 D2 L3") and age group ("U-21"), a box score's counts ("54 HR"), batting averages
(".310"), a match's minutes ("89'"), places tied or shared ("T-5", "3rd="), golf's scores against par, and the tests the
span and fraction rules ask whether two numbers are a game's score or a bowler's figures (a team's record:
standings.py)."""

from __future__ import annotations

import re
from itertools import pairwise

from narrator.speech.normalise import chess, numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    ATHLETICS_WORDS,
    BOX_SCORE_OTHERS,
    BOX_SCORE_WORDS,
    CRICKET_SIDES,
    CRICKET_WORDS,
    GAELIC_WORDS,
    INNINGS_LINE,
    NOT_A_SIDE,
    ODDS_LADDER,
    RACE_NAMES,
    RESULT_MARKS,
    TOTE_NOUNS,
    WICKET_WORDS,
)
from narrator.speech.normalise.util import among_words, char_classes, first_letters, near, padded, sentence_stop

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
                         # "Broad's figures were 4/35": a bowler's own figures (not "sales figures were 3/4")
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
# A total after its side's name ("India 287/6 won", "Ind. 287/6"): a cricket score; "Air India 24/7" has no forty runs.
_SIDE_NAMED = compiled(rf"\b(?:{'|'.join(CRICKET_SIDES.values())}|(?:{'|'.join(CRICKET_SIDES)})\.)\s$")
# A price after a verb of the betting ring, after "is" before a race, or before what it names ("a 6/4 winner").
_PRICE_VERB = compiled(r"\b(?:start(?:ed|s)? at|went off(?: at)?|goes off(?: at)?|sent off(?: at)?|returned at"
                       r"|won at|wins at|drift(?:ed|s|ing)(?: out)? to|eas(?:ed|es|ing) to|shorten(?:ed|s|ing) to"
                       r"|cuts? (?:him|her|it|them|[A-Z][\w']+) to|backed(?: in)? (?:to|into)"
                       r"|firm(?:ed|s|ing)(?: in)? to|trad(?:ed|es|ing) at)\s$")  # "cut to 1/4" alone is a dose
# "won the 3.15 at Cheltenham at 5/2", "landed the opener at Ascot at 11/4": a price after "at" at its clause's end,
# the race won named between the verb and it ("five halves" it was; "won at 5/2" is asked above); a price against
# only ("took the loss at 1/4." keeps its fraction).
_WON_RACE_BEFORE = compiled(r"\b(?:won|wins|landed|lands|took|takes|obliged|obliges|prevailed|triumphed)\b[^;!?]{1,48}"
                            r"\sat\s$")
_IS_BEFORE = compiled(r"\b(?:is|are|was|were)\s$")
_RACE_AFTER = compiled(rf"\sfor the (?:[A-Z][\w']*\s){{0,3}}(?:{RACE_NAMES})\b")
_ARTICLE_BEFORE = compiled(r"(?:^|\s)[Aa]n?\s$")
_PRICED_AFTER = compiled(r"\s(?:winner|winners|loser|double|treble|poke)\b")
# "Copper Beech (9/2) stayed on": a runner's price in brackets after its name, as a race report prints it. The
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


# "beat the world champion, Lee Kiefer of the United States, 15-11": the score at the end of its clause after a comma
# and a side's name, its result's verb further back in the same clause, past an aside. Only verbs of one side besting
# or meeting another: "rose, in the year to March, 15-20%" and "a record set by her coach, Anna Smith" are no result.
_RESULT_VERB = compiled(r"\b(?:beat|beats|defeat(?:s|ed)?|thrash(?:ed|es)?|edge[ds]|overcame|routed|downed|ousted"
                        r"|drew with|draws with|lost to|loses to)\b")
_NAME_AND_COMMA_BEFORE = compiled(r"(?<![\w'’&.-])[A-Z][\w'’&.-]*,\s$")
_CLAUSE_BREAKS = (". ", "; ", "! ", "? ", ": ")


def far_from_its_verb(match: re.Match[str]) -> bool:
    """True when a span ends its clause after a comma and a name, with a result's verb earlier in that clause."""
    text, start = match.string, match.start()
    if start < 4 or not text.startswith(", ", start - 2):  # the cheap look first: most spans follow no comma
        return False
    if (_NAME_AND_COMMA_BEFORE.search(text, max(0, start - 40), start) is None
            or _RESULT_END.match(text, match.end()) is None):
        return False
    clause = max(0, start - 160)
    for mark in _CLAUSE_BREAKS:
        clause = max(clause, text.rfind(mark, clause, start) + 1)
    return _RESULT_VERB.search(text, clause, start) is not None


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


def _aussie_rules(match: re.Match[str], several: bool) -> str:
    """"12.8 (80)" -> "twelve eight (eighty)", where six a goal and one a behind make the total (several: the text
    holds more than one such score)."""
    goals, behinds, total = (int(group) for group in match.groups())
    if goals * 6 + behinds != total or not (near(_AUSSIE_RULES_TALK, match, 60) or several):
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
    if not (start in named or beside_a_side or (first >= 40 and _SIDE_NAMED.search(text, max(0, start - 14), start))
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
            or (int(match.group(1)) > int(match.group(2)) and _FIGURES_END.match(text, match.end())
                and _WON_RACE_BEFORE.search(text, max(0, start - 64), start))
            or (_IS_BEFORE.search(text, max(0, start - 5), start) and _RACE_AFTER.match(text, match.end()))
            or (_ARTICLE_BEFORE.search(text, max(0, start - 3), start) and _PRICED_AFTER.match(text, match.end()))
            or _runner_s_price(match)):
        return match.group(0)
    return padded(match, f"{numbers.cardinal(int(match.group(1)))} to {numbers.cardinal(int(match.group(2)))}")


def _slashed_pair(match: re.Match[str], named: set[int]) -> str:
    """A slashed pair as a price, else as figures or a total, else as it was."""
    price = _price(match)
    return price if price != match.group(0) else _slashed(match, named)


# a scorecard's innings (facts.INNINGS_LINE): in its brackets a bowler's figures after the name, "Cummins 4-50",
# are wickets for runs ("four to fifty" it was, with no word of cricket in the line), and the side shortened at its
# head is named ("Eng 245 & 178": "England").
_INNINGS = compiled(INNINGS_LINE)
_BRACKET_FIGURES = compiled(r"(?<=[a-z'’] )(10|\d)-([1-9]\d{1,2})(?=[,)])")
_SIDE_AT_HEAD = compiled(rf"^({'|'.join(CRICKET_SIDES)}) (?=\d{{2,3}}\b)")
# a bowler's analysis, overs, maidens, runs and wickets, with its overs' balls ("figures of 28.3-6-43-5"), in a
# sentence about cricket: said one after another as the tallies' rule says a whole one ("10-2-35-3": "ten, two, thirty
# five, three"), where the decimal kept that rule off ("twenty eight point three-six-forty three-five" it was).
_ANALYSIS = compiled(r"(?<![\w.,/-])(\d{1,2}(?:\.[1-5])?)-(\d{1,2})-(\d{1,3})-(10|\d)(?![\w-]|[.,]\d)")


def _innings(text: str) -> str:
    """"Eng 245 (Root 97, Cummins 4-50)" -> "England 245 (Root 97, Cummins 4 for 50)"."""
    text = _BRACKET_FIGURES.sub(lambda m: f"{m.group(1)} for {m.group(2)}", text)
    return _SIDE_AT_HEAD.sub(lambda m: CRICKET_SIDES[m.group(1)] + " ", text)


def _analysis(match: re.Match[str]) -> str:
    """"28.3-6-43-5" -> "28.3, 6, 43, 5", where the maidens and runs can be the overs'."""
    overs, maidens, runs, wickets = match.groups()
    if int(maidens) > float(overs) or int(runs) < int(wickets) or not near(_CRICKET, match):
        return match.group(0)
    return ", ".join(match.groups())


# A scorecard's dismissals written into prose: "c Smith b Jones" (caught by one, bowled by the other), "st Carey b Lyon"
# (stumped), "lbw b Starc", "c & b Lyon" (caught and bowled), said as the words ("Root c Smith b Jones 67" was read
# with its letters). A bare "b" (bowled) only between a batter's and a bowler's names before the batter's score ("Root b
# Starc 12"): "b. 1871" and "Ann Lee, b. Hull 1871" are births. The "b" as a word is the first look (a word few
# sentences hold), asked in en.py's one look for a match report's short words, then the pattern, led by its letters.
BOWLED_BY = frozenset({"b"})
_DISMISSAL = compiled(r"(?<![\w.&'’-])(?:(c|st)\.? ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) |(c ?& ?|c and )|(lbw) )?"
                      r"b\.? (?=[A-Z][\w'’-]+( \d{1,3}\*?(?![\w.,]\d)| for \d)?)")
_BATTER_BEFORE = compiled(r"[A-Z][\w'’-]+ $")


def _dismissal(match: re.Match[str]) -> str:
    """"c Smith b " -> "caught Smith bowled ", "lbw b " -> "lbw bowled "; a bare "b " before a bowler and a score."""
    caught_or_stumped, fielder, caught_and_bowled, lbw, score = match.groups()
    if caught_or_stumped:
        return f"{'caught' if caught_or_stumped == 'c' else 'stumped'} {fielder} bowled "
    if caught_and_bowled:
        return "caught and bowled "
    if lbw:
        return "lbw bowled "
    text = match.string
    if score and _BATTER_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return "bowled "
    return match.group(0)


# "Pakistan 245 & 198; Australia 356 & 88-2": a side's two innings, the second still open, runs and wickets down said
# "for" ("eighty eight to two" it was, a span): a side's name before a total (40 or more) and "&" before the second, of
# ten runs or more and at most ten wickets. "pages 245 & 301-9" (no side) and "Rooms 12 & 14-16" are left. Led by the
# "&" (a memchr) and the classes' "0 & 0".
_SECOND_INNINGS = compiled(r"\b([A-Z][A-Za-z]* )([4-9]\d|[1-9]\d\d) & ([1-9]\d{1,2})-(10|[1-9])(?![\w-]|[.,]\d)")


def _second_innings(match: re.Match[str]) -> str:
    """"Australia 356 & 88-2" -> "Australia 356 and 88 for 2"."""
    side, first, runs, wickets = match.groups()
    if int(runs) <= int(wickets):
        return match.group(0)
    return f"{side}{first} and {runs} for {wickets}"


# "Essex 356/8 dec", "closed on 401-6 dec.": runs and the wickets down before "dec" are a declared innings, which
# no date ("8 Dec") nor span stands so: the total (40 or more) and its wickets said "for", "dec" said "declared".
_DECLARED = compiled(r"(?<![\w.,/-])([1-9]\d{1,2})[/-]([1-9]|10) dec\b(?!\.?\s?\d)")


def _declared(match: re.Match[str]) -> str:
    """"356/8 dec" -> "three hundred and fifty six for eight declared"."""
    runs, wickets = int(match.group(1)), int(match.group(2))
    if runs < 40:
        return match.group(0)
    return padded(match, f"{numbers.cardinal(runs)} for {numbers.cardinal(wickets)} declared")


# "were 64-5 at lunch", "slumped to 43-6", "ended the day on 289-7": a side's total and its wickets (none above
# ten, twenty runs or more) with no word of cricket but the session of play it stood at, or a verb only an innings
# takes before it, its clause ending after it ("slumped to 40-5 units" is a span). In talk of a vote the same tally is
# a count ("The vote was 64-5 at lunch": "to").
_SESSION_TOTAL = compiled(
    r"(?<![\w.,/-])([2-9]\d|[1-9]\d\d)-(10|\d)(?![\w-]|[.,]\d)(?=\s(?:at|by|before|after)\s(?:lunch|tea|stumps|drinks"
    r"|the close)\b)"
    r"|(?:(?<=\bslumped to )|(?<=\bcollapsed to )|(?<=\bthe day on )|(?<=\bclosed on )|(?<=\bresumed on ))"
    r"([2-9]\d|[1-9]\d\d)-(10|\d)(?=[.,;:)]|\s(?:at|by|before|after|in|on|with|and|but|when|as|from)\b|$)")
# A session total's words, a first look among the text's: " to " and " on " passed most scores to a pattern led by look
# behinds, tried at every position
_SESSION_WORDS = frozenset({"lunch", "tea", "stumps", "drinks", "close", "slumped", "collapsed", "day", "closed",
                            "resumed"})


def _session_total(match: re.Match[str]) -> str:
    """"64-5" -> "64 for 5", or "64 to 5" in talk of a vote."""
    runs, wickets = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return f"{runs} {'to' if near(_VOTE_TALK, match, 60) else 'for'} {wickets}"


# a fighter's record, wins and losses (and draws), after "now": "now 24-1 with 11 knockouts", "The Welshman, now
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


# "Rybakina d. Sabalenka 6-3, 4-6, 6-4", "Smith (USA) d. Jones (GBR) 21-17": a results line's "d.", between a
# winner's and a loser's names before the score, is "defeated"; "Ann Lee, d. 1843" (died) has no score after.
_DEFEATED = compiled(r"(?<=[A-Za-z)]) d\.\s(?=[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:\s\([A-Z]{2,3}\))?,?\s"
                     r"\d{1,2}-\d{1,2}\b)")


# "P38 W20 D10 L8": a table's games played before the team's form (the form's rule, before this one, has said
# "won twenty, drawn ten, lost eight"), "played thirty eight" (was "P thirty eight").
_COUNT_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
               r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_FORM_COUNT = rf"{_COUNT_WORD}(?: {_COUNT_WORD})?"
_PLAYED = compiled(rf"\bP(\d{{1,3}}),? (?=won {_FORM_COUNT}, (?:drawn {_FORM_COUNT}, )?lost {_FORM_COUNT}\b)")


def dismissals(text: str) -> str:
    """Read a scorecard's dismissals written into prose: "Root c Smith b Jones 67" -> "Root caught Smith bowled Jones
    67"."""
    return _DISMISSAL.sub(_dismissal, text)


def scores(text: str) -> str:
    """Read the scores, figures and prices of sport that the rules after would take for dates, spans or fractions."""
    if " d. " in text:
        text = _DEFEATED.sub(" defeated ", text)
    if "P" in text and " won " in text:
        text = _PLAYED.sub(r"played \1, ", text)
    if "$" in text:
        text = _TOTE_PRICE.sub(_tote_price, text)
    if "(" in text and " (" in text and "0 (A" in char_classes(text) and _INNINGS.search(text):
        text = _innings(text)
    if " dec" in text:
        text = _DECLARED.sub(_declared, text)
    if "&" in text and "0 & 0" in char_classes(text):
        text = _SECOND_INNINGS.sub(_second_innings, text)
    if "/" in text:
        if "odds" in text:
            text = _EACH_WAY.sub(lambda m: f"{m.group(1)}one {'fifth' if m.group(2) == '5' else 'quarter'}", text)
        named = _scorecard(text) if "0/0" in char_classes(text) else set()
        text = _SLASHED.sub(lambda m: _slashed_pair(m, named), text)
    if "-" in text:
        if "1/2-1/2" in text:  # a drawn game's "½-½", before the dates' rule takes its halves
            text = chess.draws(text)
        if "now " in text:
            text = _FIGHT_RECORD.sub(_fight_record, text)
        if "7-6" in text or "6-7" in text:
            text = _TIEBREAK.sub(_tiebreak, text)
        if "0-0-" in char_classes(text) and text.count("-") >= 3:
            text = _ANALYSIS.sub(_analysis, text)
        if "1-2" in text:
            text = _ONE_TWO.sub(lambda m: f"{m.group(1)}one-two{'-three' if m.group(2) else ''}", text)
        if "0-0" in char_classes(text) and among_words(_SESSION_WORDS, text):
            text = _SESSION_TOTAL.sub(_session_total, text)
        if _MAY_BE_GAELIC.search(text) and among_words(GAELIC_WORDS, text):
            text = _GAELIC_ONE.sub(_gaelic_one, _GAELIC_PAIR.sub(_gaelic_pair, text))
    if "(" in text and _MAY_BE_AUSSIE_RULES.search(text):
        # the scores counted once for the text, not once for each score (a text of many was rescanned from each)
        several = len(_AUSSIE_RULES.findall(text)) > 1
        text = _AUSSIE_RULES.sub(lambda m: _aussie_rules(m, several), text)
    return text


# A results line's "bt" between two names: "Sinner bt Zverev 6-3 6-4", "Djokovic (1) bt. Alcaraz (3)".
_BEAT = compiled(r"(?<=[a-z)] )bt\.?(?= [A-Z])")
# A team's form, "W5 D2 L3" (won, drawn and lost, a draw's count left out in American sport's "W3 L2"): said as the
# results, where its letters were spelled ("W five D two L three").
_FORM = compiled(r"\bW(\d{1,2}),? (?:D(\d{1,2}),? )?L(\d{1,2})\b(?![.,]\d|-)")
# "the U-21 squad", "the U17s", "U-23": a team's age group, "under twenty one" (was "U twenty one"). Ages 12 to 23
# only: "U2" is a band, "U1" a Berlin line, "U-235" uranium.
_AGE_GROUP = compiled(r"U(?<![\w-]U)-?(1\d|2[0-3])(s)?\b(?![-.,]\d)")  # led by the "U": scanned in C
# "England were 245-6 at stumps": in a sentence about cricket, a total (40 or more) and the wickets down ("for six").
# A day's play stopped, resumed or closed by its number is a match's report too ("Rain ended play with Kent on 203-4",
# "Somerset closed day three on 61/2": "to four" and "sixty one halves" they were); here only, where a score is read,
# so that "by close of play on 14/10" stays a date.
_PLAY_TALK = (r"(?:stopped|ended|halted|interrupted|suspended|resumed) play"
              r"|[Pp]lay (?:resumed|was (?:suspended|halted))"
              r"|(?:closed|ended|finished|resumed) day (?:one|two|three|four|five|[1-5])")
_CRICKET = compiled(rf"\b(?:{CRICKET_WORDS}|{_PLAY_TALK})\b")
# ... and one after an article ("with a HR and 3 RBI"), where another count of the box score is near
_BOX_SCORE = compiled(rf"(?<![\w.,])(\d{{1,3}}|[Aa]n?) ({'|'.join(BOX_SCORE_WORDS)})\b(?![.'’-]\w)")
_BOX_SCORE_ANY = compiled(rf"(?<![\w.,])(?:\d{{1,3}}|[Aa]n?) (?:{'|'.join((*BOX_SCORE_WORDS, *BOX_SCORE_OTHERS))})\b")
_WICKETS = compiled(rf"\b(?:{WICKET_WORDS})\b")
# A side's zero in a match's score: "love" in tennis, "nil" in football, "nothing" in other games ("won 2-0").
# (this and MATCH_RESULT led by their words' first letters: most positions fail before the \b and the words)
# ("a record set by her coach": a verb, no tennis set)
_TENNIS = compiled(r"(?=[TtsWOSAa])\b(?:[Tt]ennis|sets?(?!\sby\b)|serv(?:e|ed|es|ing)|tie-?break\w*|Wimbledon|Open"
                   r"|Slam|ATP|WTA|aces?)\b")
_FOOTBALL = compiled(r"\b(?:[Ff]ootball|[Ss]occer|goals?|goalless|scorer\w*|strik(?:er|ers)|penalt(?:y|ies)|[Ll]eague"
                     r"|[Cc]up|half-time|full-time|clean sheet|kick-off|Premier|United|City|Rovers|Athletic|FC)\b")
# "won 6-2, 3-6, 7-5": sets listed without a word of tennis; each is won at six or seven ("2-1, 3-0" are goals).
# A tiebreak's points may follow a set in brackets: "7-6(5), 6-2", "7-6 (4), 6-3" (read by now: "(five)").
# sets parted by a comma or, as results lines print them, a space ("won 6-1 6-2")
_TIEBREAK_POINTS = r"(?:\s?\((?:\d{1,2}|[a-z]{3,9}(?: [a-z]{3,9})?)\))?"  # "(5)", "(five)", "(seven nine)"
_SET_AFTER = compiled(rf"{_TIEBREAK_POINTS}(?:,\s?|\s)(?:[67]-[0-7]|[0-5]-[67])\b(?![-.,]\d)")
_SET_BEFORE = compiled(rf"(?<![\w-])(?:[67]-[0-7]|[0-5]-[67]){_TIEBREAK_POINTS}(?:,\s?|\s)$")
_TIEBREAK_BEFORE = compiled(r"(?<![\w-])(?:7-6|6-7)\s?\($")
# "came through 6-3 3-6 6-4", "saw him off 7-6 (seven three), 6-4": three sets in a row, or two with a tiebreak's points
# after a 7-6, are a match's sets with no verb of winning near ("seven to six (seven three)" it was); two sets alone
# may be ages or pages ("ages 5-6, 6-7"). The run is walked a set at a time from the score, each step anchored.
_SET = r"(?:[67]-[0-7]|[0-5]-[67])"
_NEXT_SET = compiled(rf"({_TIEBREAK_POINTS})(?:,\s?|\s)({_SET})(?![\w-]|[.,]\d)")
_A_SET = compiled(_SET)
_POINTS_NEXT = compiled(r"\s?\((?:\d{1,2}|[a-z]{3,9}(?: [a-z]{3,9})?)\)")
MATCH_RESULT = compiled(r"(?=[bwldvtsrmfeoucp])\b(?:beat|beats|beaten|beating|won|win|wins|winning|lost|lose|loses"
                         r"|losing|drew|draw|draws"
                         r"|defeat\w*|victory|victories|thrash\w*|shutout|trail\w*|led|lead|leads|serving"
                         # "set out in ss. 4-6", "set up", "set aside", "a record set by": a verb, no tennis set
                         r"|rout|routed|score|scored|match|final"
                         r"|set(?!\s(?:out|up|aside|off|down|forth|apart|about|back|by)\b)"
                         r"|edge[ds]|edging|overcame|outlast\w*|upset|stunned|ended"
                         r"|swept|dispatch\w*|ousted|eliminat\w*|downed|prevail\w*|clinch\w*|survived)\b")
# "1-0 down at the break", "went 2-0 up": a score before a side's standing is a game's, said as football says it
# ("one nil"), with no word of a result near it ("one to zero" it was).
_COMEBACK_BEFORE = compiled(r"\b(?:came|comes|coming|fought|fights|battled|rallied|rallies|recovered|recovers)"
                            r" back from $|\b(?:rallied|rallies|recovered|recovers) from $")
_GAME_PART_AFTER = compiled(r"\s(?:down|up) (?:in|at) (?:the )?(?:decider|final set|third set|second set|first set"
                            r"|fifth set|break|half-time|halftime|interval|final frame|second half|first half)\b")
STANDING_AFTER = compiled(r"\s(?:down|up)\b(?!\s(?:to|from|by)\b)")
# "batting .310", "a .285 average": a baseball average is said as a three-digit number ("three ten").
_AVERAGE = compiled(
    r"\b((?:[Bb]att(?:ing|ed)|[Hh]itting|[Hh]it|avg|average(?: of)?|slugging|on-base)\s)\.(\d{3})\b(?![.,]\d)"
    # "a .500 record": a team's winning percentage, said the same way ("five hundred")
    r"|\.(\d{3})(?<![\w.,]\.\d{3})(?=\s(?:average|hitter|batting average|career average|record|mark|winning"
    r"|ball ?club|team|season)\b)")
# "scored in the 89'": a football match's minute, after "the" and before no noun.
_MINUTE = r"(1[01]\d|120|[1-9]\d?)(?:\+(\d{1,2}))?'"  # "89'", "90+3'": a minute and the minutes added to it
_MATCH_MINUTE = compiled(rf"\b([Tt]he\s){_MINUTE}(?=[,.;:)!?]|$|\s(?:and|with|as|to|after|before|when|from)\b)")
# "his free kick in the 89' sealed it", "a header in the 23' opened the scoring": the minute before a verb of the
# past, where a word of the match is near ("in the 6' raised bed" is a size, with no goal or kick near it).
_MINUTE_BEFORE_VERB = compiled(rf"\b([Tt]he\s){_MINUTE}(?=\s(?:[a-z]{{2,}}ed|made|put|sent|struck|hit|won|gave|got"
                               r"|came|went|saw|left|broke|was)\b)")
_MATCH_TALK = compiled(r"\b(?:[Ff]ree[ -]kick|header|equali[sz]er|stoppage|goal\w*|penalt(?:y|ies)|scor(?:ed|ing|er)"
                       r"|striker|corner|keeper|[Ff]ootball|[Ss]occer|[Ll]eague)\b")
# A match report's scorers: "Kane 12', 67' (pen.), Son 45+2'": each minute after the player's name, the kind of goal
# in brackets (the voice said "twelve'", "sixty seven' pen.").
_ONE_MINUTE = compiled(rf"{_MINUTE}(?:\s\((pen|p|og|o\.g)\.?\))?")
_SCORER_MINUTES = compiled(  # a run's inner groups come after its two, which are all the rule reads
    rf"\b(?!(?:The|A|An|This|That|His|Her|Its|Their|Our|My|Your)\b)([A-Z][\w'’-]+(?<!['’]s) \(?)"  # "Messi (38')" too
    rf"({_ONE_MINUTE.pattern}(?:,\s{_ONE_MINUTE.pattern})*)(?=[,;.)]|$|\s(?![a-z]))")  # not "Tom's 12' boat": a size
_GOAL_KINDS = {"pen": "penalty", "p": "penalty", "og": "own goal", "o.g": "own goal"}
_HALVES_END = frozenset({45, 90, 105, 120})
_MAY_BE_MINUTE = "0'"  # \d' in util.char_classes: a first look
# stoppage time with the mark before the sign, "45'+2", "90'+4" ("forty five'+two" it was): as "45+2'" is read.
_MARK_BEFORE_ADDED = compiled(r"(?<![\w'’.])(45|90|105|120)'\+(\d{1,2})(?![\w'’+]|[.,]\d)")
# a race's gap in seconds alone after its sign, "Hartley +24''", "Rinaldi +51''" (the sign said "plus" by now;
# "plus twenty four''" it was, where "+1'12''" had its minutes and seconds): seconds, as the minutes' rule says them.
# Only after the sign: a bare "24''" may be inches.
_GAP_SECONDS = compiled(r"(?<=\bplus )(\d{1,2})''(?![\w'])")
# "hitting .310/.390/.646": a batter's slash line, three averages said one after another ("or point three nine zero").
_SLASH_LINE = compiled(r"(?<![\w./])\.(\d{3})/\.(\d{3})/\.(\d{3})(?![\w/]|\.\d)")
# A match report's short words (the voice said "H.T", "F.T", "Att", "aet", "og", "pen"): half-time and full-time
# before a score or a results line ("HT 10-10", "FT: Leeds 2 Hull 1") or in brackets after a score ("3:1 (HT)"); the
# attendance before its count ("Att: 2,341"); after extra time after a score ("3-2 aet"); an own goal in brackets
# after a scorer ("Brown (og) 12"); a penalty after a scorer's minute ("Jones 67 pen"). "HT 180cm" (a height), "a
# pen" and "the pen" stay as they are.
# and their dotted forms, "3-2 a.e.t.", "(a.e.t.)", "Evans (o.g.) 71", "Hale's o.g.", "an o.g. by the keeper" (left to
# the voice's letters, "a e t"), looked for by their second letter's run, "e" and "g", rarer words than "a" and "o"
MATCH_REPORT_WORDS = (first_letters(("HT", "FT", "Att", "aet", "og", "pen")) or frozenset()) | {"e", "g"}
_HALF_OR_FULL_TIME = compiled(r"\b(HT|FT)\b(?=:?\s(?:\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–.,:]\d)"
                              r"|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s\d{1,3}\s[A-Z])|\)(?<=\d\s\(..\)))")
_MATCH_TIMES = {"HT": "half-time", "FT": "full-time"}
_ATTENDANCE = compiled(r"\bAtt\b\.?(?=:?\s?(?:\d{1,3}(?:,\d{3})+|\d{3,6})(?![\d,.]\d)(?!\s?[A-Za-z%]))")
_AFTER_EXTRA_TIME = compiled(r"(?<=\d\s)(?:aet(?![\w.])|a\.e\.t\.?(?!\w))|(?<=\d\s\()(?:aet|a\.e\.t\.?)(?=\))")
# an own goal dotted: after a scorer's possessive or "an", or in brackets after a scorer's name ("the beer's o.g. of
# 1.050", brewing's original gravity, holds a number after it)
_OWN_GOAL_DOTTED = compiled(r"(?:(?<=['’]s )|(?<=\b[Aa]n )|(?<=[a-z]\s\())o\.g\.?(?=[\s)])(?![\s)]+\d\.\d)")
_SCORER_BEFORE = compiled(r"\b[A-Z][\w'’-]*['’]s $")  # a possessive's owner is a player named ("Hale's o.g.")
_OWN_GOAL = compiled(r"(?<=[a-z]\s\()og(?=\)\s\d)|(?<=\d\s\()og(?=\))")
_PENALTY = compiled(r"\b([A-Z][\w'’-]+\s\d{1,3}\s\(?)pen\b(?![\w'’-])(?=[,;.)]|$|\s[A-Z(])")

_MAY_BE_TIED = compiled(r"T[-\s]?\d")
# "came 3rd=", "joint 1st=": a place shared, as results tables write it.
_EQUAL_PLACE = compiled(r"(\d(?:st|nd|rd|th))=(?=[\s,;:)]|\.(?:\s|$)|$)")
# and "=5th", "(=12th)": the sign before the place, as other tables write it ("=fifth" it was, the sign left).
_EQUAL_BEFORE_PLACE = compiled(r"(?<![^\s(])=(?=\d{1,3}(?:st|nd|rd|th)\b(?![=\w]))")
_MAY_BE_AVERAGE = compiled(r"\.\d{3}\b")
# "he finished T-5", "sits T5": tied for a place, as golf's leaderboards write it.
_TIED = compiled(r"\b((?:finished|placed|sits|sat|closed|ended|is tied|was tied)\s)T[-\s]?([1-9]\d?)\b(?![\w-])")


def _form(match: re.Match[str]) -> str:
    """"W5 D2 L3" -> "won five, drawn two, lost three"."""
    won, drawn, lost = match.groups()
    spoken = f"won {numbers.cardinal(int(won))}, "
    spoken += f"drawn {numbers.cardinal(int(drawn))}, " if drawn is not None else ""
    return spoken + f"lost {numbers.cardinal(int(lost))}"


def in_a_run_of_sets(match: re.Match[str]) -> bool:
    """"6-3" in "came through 6-3 3-6 6-4": a score inside three sets in a row, or two with a tiebreak's points."""
    low, high = match.group(1), match.group(2)
    text, score = match.string, f"{low}-{high}"
    if max(int(low), int(high)) not in (6, 7) or text[match.start():match.end()] != score:
        return False
    sets, tiebreaks, last, position = 1, 0, score, match.end()
    for _ in range(4):  # the sets after it, a tiebreak's points counted after a 7-6 only
        after = _NEXT_SET.match(text, position)
        if after is None:
            break
        tiebreaks += bool(after.group(1)) and last in ("7-6", "6-7")
        sets, last, position = sets + 1, after.group(2), after.end()
    tiebreaks += last in ("7-6", "6-7") and _POINTS_NEXT.match(text, position) is not None
    end = match.start()
    for _ in range(4):  # and before it
        before = _set_before(text, end)
        if before is None:
            break
        end, points = before
        tiebreaks += points and text[end:end + 3] in ("7-6", "6-7")
        sets += 1
    return sets >= 3 or (sets == 2 and tiebreaks > 0)


def _set_before(text: str, end: int) -> tuple[int, bool] | None:
    """Where the set before a set at end starts, and whether a tiebreak's points follow it ("7-6 (5), " before it);
    None where none is (walked back with the string's own methods: a search ending at end tries every start)."""
    gap = end - 2 if text[max(0, end - 2):end] == ", " else end - 1
    if gap < 3 or text[gap] not in " ,":
        return None
    points = text[gap - 1] == ")"
    if points:
        opening = text.rfind("(", max(0, gap - 16), gap)
        if opening < 4:
            return None
        gap = opening - 1 if text[opening - 1] == " " else opening
        if _POINTS_NEXT.match(text, gap) is None:
            return None
    start = gap - 3
    if start < 0 or _A_SET.fullmatch(text, start, gap) is None or (start and (text[start - 1].isalnum()
                                                                          or text[start - 1] in "_-")):
        return None
    return start, points


def _in_a_list_of_sets(match: re.Match[str]) -> bool:
    """"won 6-2, 3-6, 7-5": a set's score beside another, each won at six or seven, or a tiebreak after "7-6 (" """
    before = match.string[max(0, match.start() - 20):match.start()]
    if _TIEBREAK_BEFORE.search(before):
        return True
    return max(int(match.group(1)), int(match.group(2))) in (6, 7) and (
        _SET_AFTER.match(match.string, match.end()) is not None or _SET_BEFORE.search(before) is not None)


def score_in_a_game(low: str, high: str, match: re.Match[str], standing: bool = False,
                     commonwealth: bool = False) -> str:
    """A match's score as its game says it: a set "six love", "six four"; in British and Commonwealth English every
    other game's sides apart ("three one", "two all", "nil nil"); elsewhere football "one nil", other games "three to
    nothing"; "" where it is said as a range ("three to one")."""
    if int(low) <= 7 and int(high) <= 7 and (near(_TENNIS, match, 80) or _in_a_list_of_sets(match)):
        return " ".join("love" if side == "0" else side for side in (low, high))
    # a side's standing alone ("went 1-2 down the list") is left as it was: a zero in it is the game's sign
    said = said_apart(low, high, match) if commonwealth and not standing else ""
    if said:
        return said
    if "0" not in (low, high):
        # "came back from 2-5 down in the decider": a standing with no zero is a game's too when a comeback
        # leads to it or a part of the game follows it (it was "two to five down"); "went 1-2 down the list" stays.
        if standing and (_COMEBACK_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
                         or _GAME_PART_AFTER.match(match.string, match.end())):
            return f"{low} {high}"
        return ""
    if standing or near(_FOOTBALL, match, 100):
        return " ".join("nil" if side == "0" else side for side in (low, high))
    return " to ".join("nothing" if side == "0" else side for side in (low, high))


def _box_score(match: re.Match[str]) -> str:
    """"54 HR" -> "54 home runs", "1 INT" -> "1 interception", "a HR" -> "a home run"."""
    one, many = BOX_SCORE_WORDS[match.group(2)]
    count = match.group(1)
    if not count[0].isdigit():  # the article as the word it stands before asks: "an interception"
        return f"{count[0]}{'n' if one[0] in 'aeiou' else ''} {one}"
    return f"{count} {one if count == '1' else many}"


def is_cricket_score(runs: str, wickets: str, match: re.Match[str], slashed: bool = False) -> bool:
    """A total (40 or more) and the wickets down ("245-6", "245/6"), in a sentence about cricket; with a slash, which
    no span has, a total over twelve near wickets or overs ("India were 23/2 after five overs")."""
    if int(wickets) > 10 or wickets.startswith("0"):
        return False
    if int(runs) >= 40:
        return near(_CRICKET, match)
    return slashed and int(runs) > 12 and near(_WICKETS, match)


_OF_AFTER = compiled(r"\s+of\b")  # "3/16 of the runs": a part of them, no bowler's figures


def is_wickets_for_runs(wickets: str, runs: str, match: re.Match[str]) -> bool:
    """Wickets then runs, in a sentence about cricket: a bowler's figures ("took 4/32", "4-32") or a score as
    Australia writes it ("6/245"); said "four for thirty two" either way."""
    return (int(wickets) <= 10 and 10 < int(runs) < 1000 and not runs.startswith("0")
            and not _OF_AFTER.match(match.string, match.end()) and near(_CRICKET, match))  # "3/16 of the runs"


def _average(match: re.Match[str]) -> str:
    """".310" -> "three ten", ".300" -> "three hundred", ".057" -> "o fifty seven"."""
    return (match.group(1) or "") + _thousandths(match.group(2) or match.group(3))


def _thousandths(digits: str) -> str:
    """A baseball average's three digits: "310" -> "three ten", "057" -> "o fifty seven"."""
    return numbers.in_pairs(digits) if digits[0] != "0" else "o " + numbers.cardinal(int(digits))


def _age_group(match: re.Match[str]) -> str:
    """"U-21" -> "under twenty one", "U17s" -> "under seventeens"."""
    age = numbers.cardinal(int(match.group(1)))
    return "under " + (numbers.plural(age) if match.group(2) else age)


def _match_minute(minute: int, added: str | None) -> str:
    """"89" -> "eighty ninth minute"; "90" and "3" added -> "third minute of stoppage time"."""
    if added is None:
        return f"{numbers.ordinal(minute)} minute"
    if minute in _HALVES_END:
        return f"{numbers.ordinal(int(added))} minute of stoppage time"
    return f"{numbers.ordinal(minute)} minute plus {numbers.cardinal(int(added))}"


def _scorer_minute(match: re.Match[str]) -> str:
    """One minute of a scorers' list, and the kind of goal: "67' (pen.)" -> "sixty seventh minute, penalty"."""
    spoken = _match_minute(int(match.group(1)), match.group(2))
    return spoken + (f", {_GOAL_KINDS[match.group(3)]}" if match.group(3) else "")


# "finished at -12", "is +2 after a double bogey": in a sentence about golf, a score against par is so many under or
# over it, not "minus twelve".
# led by a look ahead for its words' first letters, where the engine tried every word at every position
_GOLF = compiled(r"(?=[GgpbehfTtPLRMlsr])\b(?:[Gg]olf\w*|par|birdie\w*|bogey\w*|eagles?|holes?|putts?|[Tt]ee"
                 r"|fairways?|[Tt]he cut|PGA|LPGA|Ryder Cup|Masters|[Ll]eaderboard|shots? clear|shot a|rounds? of)\b")
# "-12 under", "+3 over par": the sign and the word both written, where the word says what the sign would ("twelve
# under under" it was); the word is said and the sign dropped, golf's words near or not. A word of place after it
# ("-5 under the ice") is a temperature's.
_SIGNED_PAR_WORD = compiled(r"(?<= )[-+](\d{1,2}) (?=(?:under|over)\b(?! (?:the|a|an|its|their|his|her)\b))")
_PAR_SCORE = compiled(r"(?<![\w.,)])([-+−])(\d{1,2})\b(?![.,]\d|\s?(?:%|°|degrees|points?|pts|percent))")


def beaten(text: str) -> str:
    """A results line's "Sinner bt Zverev" -> "Sinner beat Zverev", after a name or a bracket ("ok bt I" is left)."""
    return _BEAT.sub(_beat, text)


def _beat(match: re.Match[str]) -> str:
    """"bt" after a capitalised name or a bracket -> "beat"; after a small word it is left ("a bt. Then")."""
    before = match.string[match.string.rfind(" ", 0, match.start() - 1) + 1:match.start() - 1]
    return "beat" if before[:1].isupper() or before.endswith(")") else match.group(0)


def form(text: str) -> str:
    """"W5 D2 L3" -> "won five, drawn two, lost three"."""
    return _FORM.sub(_form, text)


def in_a_box_score(text: str) -> bool:
    """True where a box score's counts stand more than once ("a HR and 3 RBI"): the look before box_scores."""
    return len(_BOX_SCORE_ANY.findall(text)) > 1


def box_scores(text: str) -> str:
    """"54 HR" -> "54 home runs", "a HR" -> "a home run"."""
    return _BOX_SCORE.sub(_box_score, text)


def _after_extra_time(match: re.Match[str]) -> str:
    return "after extra time" + sentence_stop(match)  # "won 2-1 a.e.t." keeps the sentence's stop


def _own_goal(match: re.Match[str]) -> str:
    if match.string[match.start() - 2] == "s" and not _SCORER_BEFORE.search(
            match.string, max(0, match.start() - 30), match.start()):
        return match.group(0)  # "the beer's o.g.": brewing's original gravity, no player's
    return "own goal" + sentence_stop(match)


def match_report_words(text: str) -> str:
    """A match report's short words: "(HT 10-10)" -> "(half-time 10-10)", "FT:", "Att: 812", "3-2 aet", "(og)",
    "Jones 67 pen"."""
    if "T" in text:
        text = _HALF_OR_FULL_TIME.sub(lambda m: _MATCH_TIMES[m.group(1)], text)
    if "Att" in text:
        text = _ATTENDANCE.sub("Attendance", text)
    text = _AFTER_EXTRA_TIME.sub(_after_extra_time, text)
    if "og" in text:
        text = _OWN_GOAL.sub("own goal", text)
    if "o.g" in text:
        text = _OWN_GOAL_DOTTED.sub(_own_goal, text)
    if "pen" in text:
        text = _PENALTY.sub(r"\1penalty", text)
    return text


def slash_lines(text: str) -> str:
    """".310/.390/.646" -> "three ten, three ninety, six forty six": a batter's slash line."""
    return _SLASH_LINE.sub(lambda m: ", ".join(_thousandths(digits) for digits in m.groups()), text)


def equal_places(text: str) -> str:
    """"3rd=" -> "3rd equal", "=5th" -> "equal 5th": a place shared."""
    return _EQUAL_PLACE.sub(r"\1 equal", _EQUAL_BEFORE_PLACE.sub("equal ", text))


def tied_places(text: str) -> str:
    """"finished T-5" -> "finished tied fifth"."""
    if not _MAY_BE_TIED.search(text):
        return text
    return _TIED.sub(lambda m: f"{m.group(1)}tied {numbers.ordinal(int(m.group(2)))}", text)


def averages(text: str) -> str:
    """"batting .310" -> "batting three ten"."""
    if not _MAY_BE_AVERAGE.search(text):
        return text
    return _AVERAGE.sub(_average, text)


def par_scores(text: str) -> str:
    """"finished at -12" in a sentence about golf -> "finished at twelve under"; "-12 under" -> "12 under"."""
    classes = char_classes(text)  # a sign after a space before a digit, rare, asked before the words
    if (" -0" in classes or " +0" in classes) and (" under" in text or " over" in text):
        text = _SIGNED_PAR_WORD.sub(r"\1 ", text)
    if not _GOLF.search(text):
        return text
    return _PAR_SCORE.sub(lambda m: padded(m, f"{numbers.cardinal(int(m.group(2)))} "
                                              f"{'over' if m.group(1) == '+' else 'under'}"), text)


def _gap_seconds(match: re.Match[str]) -> str:
    """"24''" after "plus" -> "twenty four seconds"."""
    return f"{numbers.cardinal(int(match.group(1)))} second{'' if match.group(1) == '1' else 's'}"


def _minute_before_verb(match: re.Match[str]) -> str:
    """"the 89' sealed" -> "the eighty ninth minute sealed", near a word of the match; a size otherwise."""
    if not near(_MATCH_TALK, match, 100):
        return match.group(0)
    return match.group(1) + _match_minute(int(match.group(2)), match.group(3))


def match_minutes(text: str) -> str:
    """"in the 89'" -> "in the eighty ninth minute"; a scorers' list's minutes likewise."""
    if _MAY_BE_MINUTE not in char_classes(text):
        return text
    if "plus " in text and "''" in text:
        text = _GAP_SECONDS.sub(_gap_seconds, text)
    if "'+" in text:
        text = _MARK_BEFORE_ADDED.sub(r"\1+\2'", text)
    text = _MATCH_MINUTE.sub(lambda m: m.group(1) + _match_minute(int(m.group(2)), m.group(3)), text)
    if "'" in text:  # (read by now when the minute stood before a stop or a joining word)
        text = _MINUTE_BEFORE_VERB.sub(_minute_before_verb, text)
    return _SCORER_MINUTES.sub(lambda m: m.group(1) + _ONE_MINUTE.sub(_scorer_minute, m.group(2)), text)


# a race's age category, "won the M50-54 category", "first in W35-39": the sex and a band of five or ten years,
# where the sentence speaks of categories or age groups ("M fifty-fifty four" it was); a motorway's "M40-44" has no
# such words near.
_AGE_CATEGORY = compiled(r"(?<![\w./-])([MFW])([1-9][05])-([1-9][49])\b(?![\w'’/-])")
_CATEGORY_TALK = compiled(r"\b(?i:categor(?:y|ies)|age[- ]groups?|age[- ]groupers?|masters|veterans?|vets)\b")
_CATEGORY_SEXES = {"M": "men's", "F": "women's", "W": "women's"}


def age_categories(text: str) -> str:
    """"the M50-54 category" -> "the men's 50 to 54 category" (the caller has found a capital before "00-00")."""
    return _AGE_CATEGORY.sub(_age_category, text)


def _age_category(match: re.Match[str]) -> str:
    """"M50-54" -> "men's 50 to 54" where the band is five or ten years and categories are spoken of."""
    low, high = int(match.group(2)), int(match.group(3))
    if high - low not in (4, 9) or not near(_CATEGORY_TALK, match, 80):
        return match.group(0)
    return f"{_CATEGORY_SEXES[match.group(1)]} {low} to {high}"


def age_groups(text: str) -> str:
    """"the U-21 squad" -> "the under twenty one squad"."""
    if not _AGE_GROUP.search(text):
        return text
    return _AGE_GROUP.sub(_age_group, text)


# A results mark right after a performance, a time or a distance with its decimals ("9.81 PB", "6.28m WR", "3:49.11
# (WR)"), in a sentence of the track, field or pool: the mark in words. Asked before the measures are read (a bare
# figure's "PB" is a size to them) and after (the figure is words then: "six point two eight meters WR", "... point one
# one seconds (WR)"). A whole figure is an event's ("her 800m PB is 1:56.71": the mark is the noun, spelled); without
# a word of the sport "2.5 PB" stays a size, and a mark before "of" is one ("3.5 PB of logs").
_MARKS = "|".join(RESULT_MARKS)
_RESULT_MARK = compiled(rf"(?:(?<=[.:]\d)|(?<=[.:]\d\d))( ?\(?)({_MARKS})(\)?)(?![\w/&'’-]| of\b)")
_SAID_RESULT_MARK = compiled(r"(\bpoint(?: [a-z]+){1,3} (?:meters|metres|seconds))"
                             rf"( ?\(?)({_MARKS})(\)?)(?![\w/&'’-]| of\b)")
_RESULT_MARK_RUNS = frozenset(RESULT_MARKS)
# the sport's words as written, and capitalised at a sentence's start ("Ran 9.81 PB")
_ATHLETICS_RUNS = ATHLETICS_WORDS | frozenset(word.capitalize() for word in ATHLETICS_WORDS)


def results_marks(text: str) -> str:
    """"ran 9.81 PB" -> "ran 9.81 personal best" (before the measures are read)."""
    if among_words(_RESULT_MARK_RUNS, text) and among_words(_ATHLETICS_RUNS, text):
        return _RESULT_MARK.sub(lambda m: f"{m.group(1)}{RESULT_MARKS[m.group(2)]}{m.group(3)}", text)
    return text


def said_results_marks(text: str) -> str:
    """"six point two eight meters WR" -> "six point two eight meters world record" (after the measures)."""
    if among_words(_RESULT_MARK_RUNS, text) and among_words(_ATHLETICS_RUNS, text):
        return _SAID_RESULT_MARK.sub(lambda m: f"{m.group(1)}{m.group(2)}{RESULT_MARKS[m.group(3)]}{m.group(4)}",
                                     text)
    return text

"""Numbers either side of a slash: set phrases ("24/7"), shares of a hundred ("60/40"), scores out of a total ("4/5
stars"), odds, rates per a base ("2.3/1,000"), and fractions with the words around them that tell which is meant."""

from __future__ import annotations

import re
from collections import Counter
from math import gcd

from narrator.speech.normalise import amounts, numbers, sports
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BETTING_WORDS,
    GUESS_GAMES,
    HALF_NOUNS,
    LUMBER_WORDS,
    NUMBER_LABELS,
    ODDS_LADDER,
    ODDS_ON_PRICE,
    ODDS_ONLY_PRICES,
    OUT_OF_NOUNS,
    PAIRED_PLANS,
    PRICE_VERBS,
    PROPORTION_NOUNS,
    SERIES_PLACES,
    YEAR_KINDS,
)
from narrator.speech.normalise.util import near, padded

NUM = amounts.NUM

# "4/5 stars", "rated 8/10", "4.5/5": a score out of a total, not a fraction. A decimal over a whole number is
# never a fraction; a whole one is a score before the words a rating is given in, or after the verbs that give it and
# what they rate ("rated it 8/10", "I'd rate the hotel 8/10", "gave the film 4/5"). After a whole number it is a
# mixed number's part ("2 1/2 stars" are two and a half).
# A scale may be written with its nought ("a GPA of 3.8/4.0", "slash four point zero" it was).
_SCORE = compiled(r"(?<![\w./,-])(?<!\d\s)(\d{1,3}(?:\.\d{1,2})?)\s?/\s?(\d{1,3}(?:\.0)?)(?![\w/]|[.,]\d)")
# "4/5 stars", "8/10 points"; a proper fraction of two, three or four before one "point" is a rate's step ("rose 1/4
# point": a quarter point).
_SCORE_AFTER = compiled(r"\s+(?:stars?|points?|rating|score)\b", re.IGNORECASE)
_ONE_POINT_AFTER = compiled(r"\s+(?i:point|percentage point)\b")
_RATED = r"(?:it|them|him|her|us|me|this|(?:the|this|that|our|my|your|his|her|their)\s+[a-z]+)"  # what is rated
_SCORE_BEFORE = compiled(
    rf"\b(?:(?:rated|rates|rate|rating|scored|scores|graded|grades)(?:\s+{_RATED})?|(?:gave|gives|give|giving) {_RATED}"
    r"|rating of|score of|(?:verdict|rating|score|grade|mark)s?:|stars:|difficulty:?"
    r"|(?:score|rating) (?:was|is|were|are))\s+$",  # "The Apgar score was 9/10"
    re.IGNORECASE)
# a route's or a puzzle's grade is marks too ("The loop is graded 3/5", "Sudoku: difficulty 3/5"; was "three
# fifths"); "graded 2/3 of the papers" is kept a fraction by the "of" after it.
# "The hotel gets 4/5 from our critic", "the cafe got 4/5": after a verb of getting, marks out of five or ten are a
# verdict (was "four fifths"); "got 2/5 of the vote" is a fraction still.
# "Our verdict: ★★★★ (4/5)", "two stars (2/5)": a review's mark in brackets after its stars is the same verdict out of
# five or ten ("four fifths" it was); "stars (2/3 of the cast)" is kept a fraction by the "of" after it.
_STARS_BEFORE = compiled(r"(?:[\u2605\u2606]|\bstars?)\s?\($")
_GOT_BEFORE = compiled(r"\b(?:gets|got|earns|earned|receives|received|awarded)\s+$")
_OF_AFTER = compiled(r"\s+of\b")
# "Food 8/10, service 7/10, value 9/10": a scorecard, marks out of the same five, ten or a hundred after a
# label's word, each ending its item; two or more in a text are marks ("eight tenths" they were), where one mark
# alone after a word may be a share ("ate 3/10").
_SCORECARD_MARK = compiled(r"(?<=[A-Za-z] )(\d{1,3})/(5|10|100)(?=[,;.)]|\s*$)")
# the mark's label opens its item ("..., service 7/10"); a step's verb or a joining word is no label ("Add 1/5, then
# 2/5")
_ITEM_LABEL = compiled(r"(?:^|[,;:(]\s|\.\s)(?!(?i:then|and|or|plus|add|mix|take|use|cut|with|about|over)\s)"
                       r"(?:(?:the|its|our|my)\s)?[A-Za-z]+\s$")  # "..., the service 3/5"
# "gave the album 3.5/5 and the show 4/5", "the food 4/5, the service 3/5": a mark out of the same five, ten or a
# hundred as a mark read before it, ending its item, is a mark too ("four fifths" it was); "2/5 of the vote" is not.
_MARKS_OUT_OF = frozenset({"5", "10", "100"})
_LIST_MARK = compiled(r"\d{1,3}/\d{1,3}(?=[,;.)]|\s*$|\s(?:and|or|but|while)\b)")
# "Wordle 1,204 5/6", "Today's Wordle took me 4/6": tries out of six in a game of guesses (facts.GUESS_GAMES), its
# puzzle's number before them parted by a comma ("four five sixths" it was, a mixed number); "X/6" is a failure.
_GUESS_GAME = compiled(rf"\b((?:{'|'.join(GUESS_GAMES)})(?:\s#?\d[\d,]*)?(?:\s[a-z']+){{0,3}})\s([1-6X])/6"
                       r"(?![\w/]|[.,]\d)")
# Slashed numbers said as set phrases, not as fractions.
IDIOMS = {
    "24/7": "twenty four seven",
    "9/11": "nine eleven",
    "50/50": "fifty fifty",
    "365/24/7": "three sixty five twenty four seven",
    "24/7/365": "twenty four seven three sixty five",
}
_IDIOM = compiled(r"(?<![\w/])(?:365/24/7|24/7/365|24/7|9/11|50/50)(?![\w/])")
# "a 60/40 portfolio", "the 80/20 rule", "a 70/30 split": two shares of a hundred, said as a pair.
_SPLIT = compiled(r"(?<![\w./,-])([1-9][05])/([1-9][05])(?![\w/]|[.,]\d)")
# "a 3/4-inch pipe", "3/4-length sleeves": a fraction joined to a measure's name ("a 2/3-majority" keeps its plural).
_MEASURE_AFTER_HYPHEN = compiled(r"-(?:inch|in|foot|ft|mile|pound|lb|ounce|oz|cup|teaspoon|tablespoon|tsp|tbsp|gallon"
                                 r"|pint|quart|ton|tonne|acre|carat|length)\b")
# "1 1/2", and "1-1/2" as recipes write it (numbers.MIXED_HYPHEN)
_FRACTION = compiled(
    rf"(?<![\w./,-])(?:(\d{{1,3}})(?:\s|{numbers.MIXED_HYPHEN}))?"
    r"(\d+)/(\d+)(?:(?:st|nd|rd|th)s?|(?:ST|ND|RD|TH)S?)?(?![\w/]|[.,]\d)"
)
# A blood pressure is one number over another: "blood pressure of 120/80", "BP 140/90".
_PRESSURE_BEFORE = compiled(r"(?:\b[Bb]lood pressure|\bBP)\b[^.;]{0,40}$")  # "BP fell from 160/100 to 135/85"
# Betting odds are one number to another: "odds of 5/1", "at 7/2 odds", "a 100/1 shot", "a 5/2 favourite"; before
# "chance" only as more than one ("a 10/1 chance"), and a chance of one in so many is said so ("a 1/3 chance").
_ODDS_BEFORE = compiled(r"\bodds\b[^\d.;]{0,12}$", re.IGNORECASE)
# and "a 2/1 underdog", a fight's or a match's outsider ("two over one underdog" it was)
_ODDS_AFTER = compiled(r"\s(?:odds|shot|outsider|underdogs?|(?:joint[- ])?favou?rites?|(?:jt|co)?-?fav)\b",
                       re.IGNORECASE)
# "5/4 on", "2/1 on.": odds-on, the bookmaker's price said backwards, where "on" ends the clause after a number
# over a smaller one ("five quarters on" it was); "3/4 on the dial" and "1/2 on." (no price) are left to the fraction.
_ODDS_ON_AFTER = compiled(r"\son(?=\s*(?:[,;.)]|$))")
_ODDS_ON_PRICE = compiled(ODDS_ON_PRICE)  # another runner's price odds-on ("Arkle 2/5 on, Mill House 13/8")
_ODDS_ON_ENDS = compiled(r"\son(?=\s*(?:[,;.)!?]|$)|\sthat\b)")  # "2/5 on.", "2/5 on that he wins"
# an each-way bet's place terms, "1/4 odds a place", "1/5 odds 1-2-3", "1/4 odds the first three": the share of
# the price a place pays, a quarter or a fifth ("one to four odds" it was); "at 1/4 odds" alone is a price.
_PLACE_TERMS = compiled(r" odds,? (?:an? places?\b|places?\b|per place|(?:the )?first (?:two|three|four|five|[2-5])\b"
                        r"|[1-4]-[2-5]\b|one,? two\b)")  # "1-2-3" is read "one, two, three" by now
# the sizes above 1 of a fish hook and of a heavy cable's gauge, "6/0 hook", "4/0 AWG", are said "aught" ("six
# slash zero" it was); no fraction has a nought below.
_AUGHT_AFTER = compiled(r"\s(?:hooks?|circles?|wire|cable|AWG|gauge|conductors?)\b")
# "Arsenal are 13/8 to win the league", "Spurs 15/2 to beat City": a number over a smaller one before what it pays on.
_PRICE_TO = compiled(rf"\sto (?:{'|'.join(sorted(PRICE_VERBS))})\b")
# "He bet £10 at 5/1", "backed at 100/1": in talk of betting, a number over a smaller one is odds too; and in talk of
# a race, whose prices are its odds ("won the Derby at 5/2", "a £10 accumulator at 25/1").
_BETTING = compiled(rf"\b(?i:{BETTING_WORDS})\b")
# "at 33/1", "at 100/1": a number over one is never a fraction, and after "at" it is a price; a day's or a month's
# number over one may be a date ("13/1") and is left to the words around it.
_AT_BEFORE = compiled(r"\bat $")
# a price's phrase ends after it: its clause's end, or a word that goes on to another ("at 8/11 and won")
_PRICE_ENDS = compiled(r"\s*(?:[,;:.)!?]|$)|\s+(?:and|but|when|before|after|with|for|in|to|was|is)\b")
# "Step 1/3", "Part 2/5", "Episode 3/6", "Thread 1/7", "Pallet 2/14": a place in a series, "one of three".
_SERIES_BEFORE = compiled(rf"\b(?:{SERIES_PLACES})\s$")
# The word that labels a number as a file's, a case's, a route's or a series' (facts.NUMBER_LABELS).
# a chess player's whole points out of the rounds played, "whose 6/9 earned him an IM norm", "scored 5/7 in the
# Swiss" ("six ninths" it was; chess.half_points reads "6½/9"), where the sentence speaks of chess.
_CHESS_TALK = compiled(r"\b(?:[Cc]hess|[Gg]randmasters?|GMs?|IMs?|norms?|Elo|FIDE|Swiss|Olympiad|[Tt]ournament"
                       r"|[Oo]pening|[Ee]ndgame|[Cc]heckmate)\b")
_LABEL_BEFORE = compiled(rf"\b(?:{NUMBER_LABELS})\s$")
_TIME_AFTER = compiled(r"\s(?:days|weeks|months|years|hours|minutes|times)\b")
# "in 6/8 time", "a 3/4 time signature", "7/8 metre": beats in a bar over the note that counts them, "six eight".
_METRE_AFTER = compiled(r"\s(?:time|metre|meter)\b(?!-)")
# "a 2/4 march", "the brisk 6/8 march", "6/8 marches": a march is named by its metre, where "march" is a noun (after an
# article and a word at most, or plural); "some 3/4 march on" is a share of people who march.
_MARCH_AFTER = compiled(r"\smarch(es)?\b(?!['’-])")
_NOUN_BEFORE = compiled(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s(?:[a-z]+\s)?$")
# A time signature with no "time" after it, where the sentence speaks of music ("the trio in 6/8", "from 5/4 into
# 4/4 for the chorus"): said as its two numbers ("six eighths" before).
# and a dance or a style a time signature is played as ("a 12/8 shuffle", "a 6/8 jig", "a 9/8 slip jig").
_MUSIC_WORDS = compiled(r"\b(?:bars?|time signatures?|waltz|scherzo|trio|minuet|chorus|verses?|songs?|tune|grooves?"
                        r"|rhythm|tempo|bpm|riff|drum\w*|shuffles?|jigs?|hornpipes?|polkas?|mazurkas?"
                        r"|boleros?|ballads?)\b")
# "the verse is in 7/8", "it moves into 5/4.": a time signature a piece is in, closing its clause (a share of a thing
# has the thing after it: "in 7/8 of cases"); in quarters only above a whole, since a clinic's "improved in 3/4" is
# three patients of four.
_IN_METRE_BEFORE = compiled(r"\b(?:in|into)\s$")
_CLAUSE_ENDS = compiled(r"\s*(?:[,;:.)!?]|$)")
# "a 16/9 aspect ratio", "16/9 widescreen", "18/10 stainless steel", "14/2 cable": a proportion or a grade before
# what it describes is said as its two numbers ("sixteen ninths widescreen" before); "the ratio was 15/4", "the
# aspect is 16/9" with "to".
_PROPORTION_AFTER = compiled(rf"\s+(?i:{'|'.join(sorted(PROPORTION_NOUNS | PAIRED_PLANS))})\b")
_RATIO_BEFORE = compiled(r"\b(?:ratios?|aspect)(?:\s+(?:is|was|of))?\s+$", re.IGNORECASE)
_SIZE_BEFORE = compiled(r"\b(?i:size|sizes)\s$")
_CHANCE_AFTER = compiled(r"\s(?:chance|probability|likelihood|risk)\b")
# a lab's dilution of one part in so many, "a 1/100 dilution", "diluted 1/50", said "one in a hundred" as the
# bench says it ("one one hundredth dilution" it was); "1/2 diluted" and a plain "1/100" stay fractions.
_DILUTION_AFTER = compiled(r"\s(?:dilutions?|dilution factor)\b")
_DILUTED_BEFORE = compiled(r"\b(?:[Dd]ilut(?:ed|e|ing)|dilution of)\s(?:(?:to|at)\s)?$")
# "9/10 doctors", "4/5 dentists": a share of people, said "nine out of ten".
_PEOPLE_AFTER = compiled(
    r"\s(?:doctors|dentists|people|adults|children|kids|voters|Americans|Britons|Brits|Australians|Canadians|women|men"
    r"|patients|students|parents|teachers|nurses|workers|employees|users|customers|consumers|respondents|teens"
    r"|teenagers|households|businesses|companies|firms|readers|viewers|fans|experts|economists|scientists|CEOs)\b")
# A survey's count before what its people said: "99/100 agreed", "4/5 say" (a fraction before a verb is no share of
# a thing).
_SAYING_AFTER = compiled(r"\s(?:agreed?|agrees|disagreed?|disagrees|said|say|says|voted|vote|preferred|prefer|prefers"
                         r"|recommend(?:ed|s)?|reported|report|believed?|believes|think|thinks|thought|backed|back|backs"
                         r"|supported|support|supports|opposed|oppose|opposes|answered|chose|choose|chooses)\b")
_WORD_AFTER = compiled(r"\s([a-z]+)\b")
_A_BEFORE = compiled(r"(?:^|(?<=\s))[Aa]\s$")
# "a 1/8 share", "a 1/11 chance": the article written for the digit is "an" before the word ("an eighth").
_A_BEFORE_VOWEL_NUMBER = compiled(r"(?:(?<=^)[Aa]|(?<=\s)a)(?= (?:eigh|elev))")
_A_OR_AN_BEFORE = compiled(r"(?:^|(?<=\s))[Aa]n?\s$")
# "FY25/26", "CY25/26", "the 25/26 season": two years in a row, each by its last two digits.
_FISCAL_BEFORE = compiled(rf"\b[{''.join(kind[0] for kind in YEAR_KINDS)}]\.?Y\.?\s?$")  # "FY", "F.Y." (kinds end in Y)
_SEASON_AFTER = compiled(r"\s+(?:season|campaign|(?:tax|financial|fiscal|academic|school) year)\b")
# A slash left between digits once fractions, dates and scores are read ("10/618,543", a file "2023/0145"): said,
# or it would be taken for a choice between the words the numbers become ("ten or six hundred...").
_DIGIT_SLASH = compiled(r"(?<=\d)/(?=\d)")
# "3 wins/2 losses": two counts side by side, not a choice between them.
_COUNTS_SLASH = compiled(r"(\d\s?[a-z]{2,})/(?=\d+\s?[a-z]{2,})")


# "the drug's t½", "a t1/2 of 6 hours": pharmacology's half-life, a small t with a half glued to it (tidy has made
# "½" "1/2"; it was "t one slash two"). Only a lone small t: "at 1/2 speed" and "Art 1/2" keep their words; in a
# formula ("t½ = 8 days") and beside the word itself ("Half-life is t½") it stays the symbol, "t half".
_HALF_LIFE = compiled(r"(?<![\w./])t1/2(?![\w/]|[.,]\d|\s?=)")


def _march_after(match: re.Match[str]) -> bool:
    """A metre before "march" as a noun: plural, or after an article and a word at most ("a brisk 6/8 march")."""
    march = _MARCH_AFTER.match(match.string, match.end())
    return march is not None and (march.group(1) is not None or _NOUN_BEFORE.search(
        match.string, max(0, match.start() - 20), match.start()) is not None)


def _score(match: re.Match[str], scorecard: frozenset[str] = frozenset(), marked: frozenset[str] = frozenset()) -> str:
    """"4/5 stars" -> "four out of five stars"; a plain fraction is left to the fraction rule. scorecard: the totals
    two marks of a scorecard are out of; marked: the totals of marks read before this one."""
    top, bottom = match.group(1), match.group(2)
    if bottom.endswith(".0") and not ("." in top and float(top) <= float(bottom)):
        return match.group(0)  # "2/3.0": no mark is written so
    is_score = ("." in top or _SCORE_AFTER.match(match.string, match.end()) is not None
                or (bottom in marked and top.isdigit() and 0 < int(top) <= int(bottom)
                    and _LIST_MARK.match(match.string, match.start()) is not None)
                or _SCORE_BEFORE.search(match.string, max(0, match.start() - 32), match.start()) is not None
                or _marks_out_of_ten(match)
                or (match.string[match.start() - 1:match.start()] == "("
                    and _STARS_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) is not None)
                or (bottom in scorecard and top.isdigit() and int(top) <= int(bottom)
                    and _SCORECARD_MARK.match(match.string, match.start()) is not None
                    and _ITEM_LABEL.search(match.string, max(0, match.start() - 28), match.start()) is not None)
                or (bottom in ("5", "10") and top.isdigit() and 0 < int(top) <= int(bottom)
                    and _GOT_BEFORE.search(match.string, max(0, match.start() - 10), match.start()) is not None))
    if not is_score or float(bottom) == 0 or _OF_AFTER.match(match.string, match.end()):  # "scored 2/3 of them"
        return match.group(0)
    if _ARTICLE_NEXT.match(match.string, match.end()):
        return match.group(0)  # "give them 1/2 a cup": a part of what follows, for the fraction rule
    if top.isdigit() and int(top) < float(bottom) <= 4 and _ONE_POINT_AFTER.match(match.string, match.end()):
        return match.group(0)  # "1/4 point": a quarter point, for the fraction rule
    return padded(match, f"{numbers.number(top)} out of {numbers.number(bottom)}")


def _marks_out_of_ten(match: re.Match[str]) -> bool:
    """"a 10/10 from critics", "an 8/10", "a 5/5": marks out of ten or a hundred (five or more) after "a" are a
    verdict, not tenths ("a 1/10 dose" is a fraction); so are marks out of ten alone in brackets, a label's grade
    ("Pollen count: high (9/10)", "Value (7/10)")."""
    top, bottom = match.group(1), match.group(2)
    text = match.string
    if (bottom == "10" and top.isdigit() and 1 <= int(top) <= 10 and text[match.start() - 1:match.start()] == "("
            and text[match.end():match.end() + 1] == ")"):
        return True
    return ((bottom in ("10", "100") or top == bottom == "5") and "." not in top and 5 <= int(top) <= int(bottom)
            and _A_OR_AN_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None
            and _CHANCE_AFTER.match(match.string, match.end()) is None)


def _split(match: re.Match[str]) -> str:
    """"60/40" -> "sixty forty" when the two make a hundred; anything else is left to the fraction rules."""
    first, second = int(match.group(1)), int(match.group(2))
    if first + second != 100:
        return match.group(0)
    return padded(match, f"{numbers.cardinal(first)} {numbers.cardinal(second)}")


# "5/4 decking", "8/4 walnut", "6/4 oak boards": a board's thickness said in quarter inches (facts.LUMBER_WORDS).
# A machine's word widths in bits, powers of two ("8/16", "16/32", "32/64").
_WIDTHS = compiled(r"(?:4|8|16|32|64|128)/(?:8|16|32|64|128)")
_LUMBER_AFTER = compiled(rf" (?:[a-z]+ )?(?i:{'|'.join(sorted(LUMBER_WORDS))})\b")
_ARTICLE_NEXT = compiled(r" an? (?=[a-z])")  # "1/2 a tablet", "1/4 an hour"


def _opens_in_brackets(match: re.Match[str]) -> bool:
    """"(1/6) The detectives reopen...": a listing's or a thread's part, in brackets opening the text, is its
    place in the series ("one of six"; "one sixth" it was) before the capital of what it says, where a share in brackets
    follows what it is a share of, or comes before a small word ("(1/2) cup")."""
    bottom = int(match.group(3))
    return (match.start() == 1 and match.string[0] == "(" and match.string[match.end():match.end() + 2] == ") "
            and match.string[match.end() + 2:match.end() + 3].isupper() and 2 <= bottom <= 30)  # not "(1/2) cup"


def _odds_on(match: re.Match[str], top: int, bottom: int) -> bool:
    """"2/5 on", "4/6 on that he wins": odds-on written the right way round, a price of the ladder below evens
    before "on" that ends its clause; a half, a third or a quarter before "on" ("turn it 1/2 on.") only in talk of
    betting, where no fraction of fifths or more is said so. And "the favourite, at 4/6,", "went off at 8/11 and
    won": such a price after "at" in talk of betting, ending its phrase (a share goes on to its thing: "at 1/2 speed",
    "paid at 1/4 the odds")."""
    if top >= bottom or match.group(0) not in ODDS_LADDER:
        return False
    if _ODDS_ON_ENDS.match(match.string, match.end()) is not None:
        return bottom >= 5 or near(_BETTING, match, 80)
    return (_AT_BEFORE.search(match.string, max(0, match.start() - 3), match.start()) is not None
            and _PRICE_ENDS.match(match.string, match.end()) is not None and near(_BETTING, match, 80))


def _fraction(match: re.Match[str]) -> str:
    whole, top, bottom = match.group(1), int(match.group(2)), int(match.group(3))
    if bottom == 0 or match.group(3).startswith("0"):  # "1/0", "2023/0145": no fraction, read with "slash"
        if not whole and match.group(3) == "0" and 1 <= top <= 14 and _AUGHT_AFTER.match(match.string, match.end()):
            return padded(match, f"{numbers.cardinal(top)} aught")  # "6/0 hook", "4/0 cable"
        return match.group(0)
    if not whole and 1 <= top <= bottom and (_SERIES_BEFORE.search(match.string, max(0, match.start() - 10),
                                                                   match.start())
                                             or _opens_in_brackets(match)):
        return padded(match, f"{numbers.cardinal(top)} of {numbers.cardinal(bottom)}")  # "Step 1/3"
    if (not whole and 1 <= top <= bottom and 5 <= bottom <= 13 and not _OF_AFTER.match(match.string, match.end())
            and not _A_BEFORE.search(match.string, max(0, match.start() - 3), match.start())  # "a 3/8 share"
            and near(_CHESS_TALK, match, 120)):
        return padded(match, f"{numbers.cardinal(top)} out of {numbers.cardinal(bottom)}")  # "scored 6/9"
    if not whole and _PRESSURE_BEFORE.search(match.string, max(0, match.start() - 52), match.start()):
        return padded(match, f"{numbers.cardinal(top)} over {numbers.cardinal(bottom)}")  # "BP 120/80"
    if (not whole and top == 1 and bottom in (4, 5) and match.string.startswith(" odds", match.end())
            and _PLACE_TERMS.match(match.string, match.end())):
        return padded(match, f"one {numbers.ordinal(bottom)}" if bottom == 5 else "one quarter")  # "1/4 odds a place"
    if not whole and (_ODDS_AFTER.match(match.string, match.end()) or match.group(0) in ODDS_ONLY_PRICES
                      or _ODDS_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
                      or (top > bottom and _ODDS_ON_AFTER.match(match.string, match.end()) is not None)
                      or _odds_on(match, top, bottom)
                      or (top > bottom and bottom <= 20 and (near(_BETTING, match, 80)
                                                             or (match.string.count("/") > 1
                                                                 and near(_ODDS_ON_PRICE, match, 80))
                                                             or _PRICE_TO.match(match.string, match.end()))
                          and not _OF_AFTER.match(match.string, match.end()))  # "5/2 of the cake" is a fraction
                      or (bottom == 1 < top and (top > 31 or _AT_BEFORE.search(match.string, max(0, match.start() - 3),
                                                                               match.start())))):
        return padded(match, f"{numbers.cardinal(top)} to {numbers.cardinal(bottom)}")  # "odds of 5/1"
    # "4/4 oak", a board an inch thick, as the lumberyard says it ("four four oak" it was; "4/4 time" a metre)
    if not whole and bottom == 4 <= top <= 16 and _LUMBER_AFTER.match(match.string, match.end()):
        return padded(match, f"{numbers.cardinal(top)} quarter")  # "5/4 decking": a board's thickness in quarters
    if not whole and 4 <= top < bottom and _WIDTHS.fullmatch(match.group(0)) and match.string.startswith(
            "-bit", match.end()):  # "a 16/32-bit chip", its two widths ("sixteen thirty seconds-bit" it was)
        return padded(match, f"{numbers.cardinal(top)} {numbers.cardinal(bottom)}")
    if not whole and (top > bottom or bottom >= 10) and _PROPORTION_AFTER.match(match.string, match.end()):
        return padded(match, f"{numbers.cardinal(top)} {numbers.cardinal(bottom)}")  # "16/9 widescreen", "18/10 steel"
    if not whole and bottom < top < 1000 and _RATIO_BEFORE.search(
            match.string, max(0, match.start() - 16), match.start()):
        return padded(match, f"{numbers.cardinal(top)} to {numbers.cardinal(bottom)}")  # "the ratio was 15/4"
    if (not whole and len(match.group(2)) == len(match.group(3)) == 2 and bottom == (top + 1) % 100
            and (_FISCAL_BEFORE.search(match.string, max(0, match.start() - 5), match.start())
                 or _SEASON_AFTER.match(match.string, match.end()))):
        return padded(match, f"{numbers.two_digit_year(match.group(2))} to {numbers.two_digit_year(match.group(3))}")
    if (not whole and top < bottom and gcd(top, bottom) > 1 and bottom <= 12
            and (_TIME_AFTER.match(match.string, match.end()) or _SIZE_BEFORE.search(
                match.string, max(0, match.start() - 6), match.start()))):
        # "Recovery takes 6/8 weeks", "size 8/10": one amount or another, never "six eighths" (a fraction is written
        # in its lowest terms)
        return padded(match, f"{numbers.cardinal(top)} to {numbers.cardinal(bottom)}")
    if not whole and bottom in (2, 4, 8, 16) and 2 <= top <= 16 and (
            _METRE_AFTER.match(match.string, match.end()) or _march_after(match)
            or (not _OF_AFTER.match(match.string, match.end()) and near(_MUSIC_WORDS, match, 60))
            or ((bottom >= 8 or top > bottom) and _CLAUSE_ENDS.match(match.string, match.end())
                and _IN_METRE_BEFORE.search(match.string, max(0, match.start() - 5), match.start()))):
        return padded(match, f"{numbers.cardinal(top)} {numbers.cardinal(bottom)}")  # "in 6/8 time": a metre
    if not whole and top == bottom and top > 1:  # "7/7", "4/4 time": a whole is never written so; a date, a metre
        return padded(match, f"{numbers.cardinal(top)} {numbers.cardinal(bottom)}")
    if not whole and top == 1 < bottom and (_DILUTION_AFTER.match(match.string, match.end()) or _DILUTED_BEFORE.search(
            match.string, max(0, match.start() - 16), match.start())):
        return padded(match, f"one in {numbers.cardinal(bottom)}")  # "a 1/100 dilution", "diluted 1/50"
    if not whole and _CHANCE_AFTER.match(match.string, match.end()) and (top > bottom or top == 1):
        joined = "to" if top > bottom else "in"  # "a 10/1 chance", "a 1/3 chance": never "a third chance"
        return padded(match, f"{numbers.cardinal(top)} {joined} {numbers.cardinal(bottom)}")
    if not whole and 1900 <= top <= 2099 and bottom >= 100:  # "Regulation (EU) 2016/679": a year and a number
        return padded(match, f"{numbers.year(top)} slash {numbers.cardinal(bottom)}")
    if not whole and 1900 <= bottom <= 2099 and top > 12:  # "No 1169/2011": a number and its year
        return padded(match, f"{numbers.cardinal(top)} slash {numbers.year(bottom)}")
    if (not whole and 10 <= top <= bottom < 1000 and bottom >= 20 and bottom & (bottom - 1)
            and str(bottom).strip("0") != "1"):
        # "150/300 seats", "245/365 days": a count out of another ("three hundredths seats" it never is); halves
        # to sixty-fourths (inches) and tenths, hundredths... stay fractions, and so does one over its whole
        return padded(match, f"{numbers.cardinal(top)} out of {numbers.cardinal(bottom)}")
    if not whole and (sports.is_cricket_score(match.group(2), match.group(3), match, True)  # "245/6 at stumps"
                      or sports.is_wickets_for_runs(match.group(2), match.group(3), match)):  # "took 4/32"
        return padded(match, f"{numbers.cardinal(top)} for {numbers.cardinal(bottom)}")
    if not whole and top > bottom and not _OF_AFTER.match(match.string, match.end()) and (
            top >= 100 or _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start())):
        # "Case no. 2021/45", "Route No 138/3", "File 1203/7": a number's parts (a fraction of a hundred or more
        # thirds, or of a labelled number, is never meant), each read as a number around "slash"
        return match.group(0)
    if not whole and bottom in (3, 4, 5, 10, 100) and top < bottom and match.group(0)[-1].isdigit() and (
            _PEOPLE_AFTER.match(match.string, match.end()) or _SAYING_AFTER.match(match.string, match.end())):
        whole_said = "a hundred" if bottom == 100 else numbers.cardinal(bottom)  # "99/100 agreed", "9/10 doctors"
        return padded(match, f"{numbers.cardinal(top)} out of {whole_said}")
    counted = _WORD_AFTER.match(match.string, match.end())
    if not whole and 1 <= top <= bottom and bottom > 2 and counted is not None and counted.group(1) in OUT_OF_NOUNS:
        return padded(match, f"{numbers.cardinal(top)} out of {numbers.cardinal(bottom)}")  # "11/12 questions"
    if not whole and top == 1 and bottom == 2 and counted is not None and counted.group(1) in HALF_NOUNS:
        return padded(match, "half")  # "½ price", "1/2 term": as a sign is read ("one half price" it was)
    if not whole and 13 <= bottom < top < 100 and not _OF_AFTER.match(match.string, match.end()):
        # "53/39 chainrings", "gearing of 50/34": two numbers of two digits, the first the larger and the second
        # no month, are a pair (a chainset's teeth, a split of votes), never "fifty three thirty ninths"; a fraction
        # so improper is not written ("53/39 of the cake" is left one)
        return padded(match, f"{numbers.cardinal(top)} {numbers.cardinal(bottom)}")
    spoken = numbers.fraction(int(whole) if whole else None, top, bottom)
    if not whole and 0 < top < bottom and match.string.startswith("-", match.end()) and _MEASURE_AFTER_HYPHEN.match(
            match.string, match.end()):  # "a 3/4-inch pipe": a fraction joined to its measure is singular, and one
        # part alone is named without its "one" after any word ("the 1/4-mile oval" is the quarter-mile oval, "1/2-inch
        # plywood" half-inch plywood; "the one quarter-mile oval" it was)
        spoken = (f"{numbers.cardinal(top)} " if top > 1 else "") + numbers.denominator(bottom, plural=False)
    if not whole and top == 1 < bottom and match.group(0).lower().endswith("ths"):  # "cut into 1/8ths": eighths
        spoken = numbers.denominator(bottom, plural=True)
    if not whole and top == 1 and bottom > 1 and _ARTICLE_NEXT.match(match.string, match.end()):
        # "1/2 a tablet" is "half a tablet", "1/4 an hour" "a quarter of an hour" ("one half a tablet" it never is)
        return padded(match, "half" if bottom == 2 else f"a {numbers.denominator(bottom, plural=False)} of")
    after_a = _A_BEFORE.search(match.string, max(0, match.start() - 3), match.start()) is not None
    if not whole and top == 1 and bottom > 1 and after_a:
        spoken = spoken.removeprefix("one ")  # "a 1/2 cup" is "a half cup", not "a one half cup"
    return padded(match, spoken)


# "2.3/1,000 patient-days", "12/100,000 people": a rate per a thousand or more, its base written with commas ("slash"
# it was); "1/1000" without them is a fraction.
_PER_BASE = compiled(rf"(?<![\w./,])({NUM})\s?/\s?(1?0{{0,2}},000(?:,000)?)(?![\w/]|[.,]\d)")


def idioms(text: str) -> str:
    """"24/7" -> "twenty four seven"."""
    return _IDIOM.sub(lambda m: padded(m, IDIOMS[m.group(0)]), text)


def counts(text: str) -> str:
    """"3 wins/2 losses" -> "3 wins, 2 losses"."""
    return _COUNTS_SLASH.sub(r"\1, ", text)


def per_bases(text: str) -> str:
    """"2.3/1,000 patient-days" -> "2.3 per 1,000 patient-days"."""
    return _PER_BASE.sub(r"\1 per \2", text)


def splits(text: str) -> str:
    """"a 60/40 portfolio" -> "a sixty forty portfolio"."""
    return _SPLIT.sub(_split, text)


def guesses(text: str) -> str:
    """"Wordle 1,204 5/6" -> "Wordle 1,204, five out of six"."""
    if not any(game in text for game in GUESS_GAMES):
        return text
    return _GUESS_GAME.sub(lambda m: (f"{m.group(1)}{',' if m.group(1)[-1].isdigit() else ''} "
                                      f"{'X' if m.group(2) == 'X' else numbers.cardinal(int(m.group(2)))} out of six"),
                           text)


def scores(text: str) -> str:
    """"4/5 stars" -> "four out of five stars"; "3.5/5 and the show 4/5": the second out of five as the first."""
    if text.count("/") < 2:
        return _SCORE.sub(_score, text)
    marks = Counter(mark.group(2) for mark in _SCORECARD_MARK.finditer(text))
    scorecard = frozenset(bottom for bottom, count in marks.items() if count > 1)  # a total two marks are out of
    read: set[str] = set()  # the totals of the marks read so far

    def score(match: re.Match[str]) -> str:
        said = _score(match, scorecard, _MARKS_OUT_OF.intersection(read))
        if said != match.group(0):
            read.add(match.group(2))
        return said
    return _SCORE.sub(score, text)


def fractions(text: str) -> str:
    """"1 1/2" -> "one and a half", "odds of 5/1" -> "five to one"...; a slash left between digits said."""
    if "t1/2" in text and "alf-life" not in text and "alf life" not in text:
        text = _HALF_LIFE.sub(lambda m: padded(m, "half-life"), text)
    return _DIGIT_SLASH.sub(" slash ", _FRACTION.sub(_fraction, text))


# "62½p", "2½c", "3¼%" (tidied to "62 1/2p"): a whole number and a half, a quarter or three quarters against the sign
# of pence, cents or percent, said as the mixed number and the sign's word ("sixty two one slash two p" it was, the
# sign glued to the fraction). Spaced from it ("62 1/2 p") the sign is left to the units.
_MIXED_BEFORE_SIGN = compiled(r"(\d(?<![\w./,-]\d)\d{0,2}) (1/2|1/4|3/4)(p|c|%)(?![\w'’%-]|\.\w)")
_PARTS = {"1/2": "a half", "1/4": "a quarter", "3/4": "three quarters"}
_SIGN_WORDS = {"p": "pence", "c": "cents", "%": "percent"}


# "½%", "1/4 percent", "a ½p coin" (tidied to "1/2%", "1/2p"): a half, a quarter or three quarters alone against the
# sign of percent, pence or cents, or before "percent", said as that part of one ("one or two percent" and "one slash
# two p" it was): "half a percent", "a quarter of a penny"; after "a" or "the" before what it sizes, "a half percent
# fee", "the half penny coin". A whole number before it is the mixed rule's ("2 1/2%").
_PART_BEFORE_SIGN = compiled(r"(?<![\w./,-])(?<!\d )(1/2|1/4|3/4)(p|c|%| ?percent| ?per cent)(?![\w'’%-]|\.\w)")
_PART_OF_ONE = {"1/2": "half a", "1/4": "a quarter of a", "3/4": "three quarters of a"}
_PART_SIZING = {"1/2": "half", "1/4": "quarter", "3/4": "three quarter"}
_ONE_OF = {"p": "penny", "c": "cent", "%": "percent"}
_ARTICLE_BEFORE = compiled(r"\b(?:[Aa]|[Tt]he) $")
_NOUN_AFTER = compiled(r" (?!(?:a|an|the|of|on|in|to|for|and|or|at|each|per|since|this|that|more|less)\b)[a-z]{3,}\b")


def mixed_before_a_sign(text: str) -> str:
    """"62 1/2p" -> "sixty two and a half pence", "3 1/4%" -> "three and a quarter percent", "1/2%" -> "half a
    percent"."""
    text = _MIXED_BEFORE_SIGN.sub(lambda m: padded(m, f"{numbers.cardinal(int(m.group(1)))} and {_PARTS[m.group(2)]}"
                                                      f" {_SIGN_WORDS[m.group(3)]}"), text)
    return _PART_BEFORE_SIGN.sub(_part_before_sign, text)


def _part_before_sign(match: re.Match[str]) -> str:
    """"1/2%" -> "half a percent"; "a 1/2% fee" -> "a half percent fee", "a 1/2p coin" -> "a half penny coin"."""
    part, sign = match.group(1), match.group(2).strip()
    one = _ONE_OF.get(sign, "percent")
    if (_ARTICLE_BEFORE.search(match.string, max(0, match.start() - 5), match.start())
            and _NOUN_AFTER.match(match.string, match.end())):
        return padded(match, f"{_PART_SIZING[part]} {one}")
    return padded(match, f"{_PART_OF_ONE[part]} {one}")


def an_before_vowel_numbers(text: str) -> str:
    """"a 1/8 share", read "a eighth share" by now -> "an eighth share"."""
    return _A_BEFORE_VOWEL_NUMBER.sub("\\g<0>n", text)

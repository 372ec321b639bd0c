"""English normalisation: the rules, in the order they must run."""

from __future__ import annotations

import re
from math import gcd

from narrator.speech.normalise import (
    amounts,
    capitals,
    citations,
    clock,
    dates,
    durations,
    electronic,
    history,
    maths,
    money,
    numbers,
    percent,
    places,
    romans,
    shorthand,
    signs,
    slashes,
    sports,
    units,
    words,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    AIRLINE_CODES,
    BETTING_WORDS,
    BOX_SCORE_OTHERS,
    BOX_SCORE_WORDS,
    COMBINING_FORMS,
    COUNTED_NOUNS,
    CRICKET_WORDS,
    CURRENCIES,
    ELEMENTS,
    GREEK_LETTERS,
    HALF_NOUNS,
    ISOTOPE_ELEMENTS,
    LUMBER_WORDS,
    MODEL_MAKERS,
    MONEY_SIGNS,
    NUMBER_LABELS,
    OUT_OF_NOUNS,
    PLACE_TO_PLACE_NOUNS,
    PRICE_VERBS,
    PROPORTION_NOUNS,
    TRIAL_STATISTICS,
    VERSIONED_SOFTWARE,
    WICKET_WORDS,
    YEAR_KINDS,
)
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import (
    among_known_words,
    among_words,
    char_classes,
    has_digit,
    near,
    padded,
    sentence_stop,
    word_set,
)

NUM = amounts.NUM
# At most a dozen operations: a sum is short, and an unbounded chain that ends without "=" made every number in it
# a new start of a scan to its end (20,000 "3 x" before a stray "= 1" took 34 s).
# "(2015=100)": an index's base, a year and the value it is set to, written without spaces ("=" was left, "twenty
# fifteen=one hundred"); spaced, it is read as the statement it is.
_INDEX_BASE = compiled(r"\((\d{4})=(100|1000|1)\)")
# "3m/3m", "6m/6m": an economist's growth over months against the months before (the "m" was meters).
_MONTHS_ON_MONTHS = compiled(r"(?<![\w.,/])(\d{1,2})m/\1m(?![\w/])")
# A poll's or a table's mark of no change after a figure ("15% (nc)", "12% (=)", "(n/c)"), said.
_NO_CHANGE = compiled(r"(?<=[\d%] )\((?:nc|n/c|NC|=)\)")
# "^1.2.0": a package manager's caret before a version (compatible releases), said as its name.
_CARET_VERSION = compiled(r"(?<![\w^])\^(?=\d+\.\d+(?:\.\d+)?(?!\w|\.\d))")
_ARITHMETIC = compiled(rf"(?<![\w.,-])-?{NUM}(?:\s?[-+*×x/]\s?{NUM}){{1,12}}\s?=\s?-?{NUM}(?![\w.,]\d)")
# A Reuters instrument code, written after what it names ("the euro EUR= rose", "notes US10YT=RR"): not said.
_INSTRUMENT_CODE = compiled(r"\s[A-Z][A-Z0-9]{1,10}=(?:RR)?(?=[\s,;:)]|\.(?:\s|$)|$)")
# A wire's ticker code in brackets after the company it names ("Vodafone (VOD.L)", "Apple <AAPL.O>", "Toyota
# (7203.T)"): its exchange's letters after a stop; not said, as a newsreader leaves it out.
_TICKER = compiled(r"\s?(?:\(|<)(?:[A-Z][A-Z0-9]{1,5}|\d{4})\.[A-Z]{1,2}(?:\)|>)")
_MAY_BE_TICKER = compiled(r"\.(?<=[A-Z0-9]\.)[A-Z][A-Z]?[)>]")  # led by the stop: scanned in C
# "FL350", "FL 390": a flight level in hundreds of feet, said digit by digit as pilots and controllers say it (was
# "F.L three fifty"); three digits only, so a Florida address's five-digit ZIP code is no level.
_FLIGHT_LEVEL = compiled(r"\bFL\s?([0-6]\d[05])\b(?![.,]\d)")
# "Winds 090/12 knots", "270/25kt": a wind's bearing in three digits and its speed, as a forecast or an airfield's
# report writes them (was "ninety twelfths knots"): the bearing digit by digit, "at" the speed.
_WIND = compiled(r"\b([0-2]\d\d|3[0-5]\d|360)/(\d{1,3})(?=\s?(?:knots?|kts?|KT)\b)")
# "25/01234/FUL", "P/2024/0456": a planning or file reference of three or more slashed parts, one of them letters or
# five digits or more, read part by part without its slashes (a date has neither: "12/05/2024" is left to dates).
# Was "twenty five slash zero one two three four/FUL" (h57).
_SLASHED_REFERENCE = compiled(r"(?<![\w/.-])(?=[\dA-Z]+/[\dA-Z]+/)(?=[A-Z/]*\d)(?=[\dA-Z/]*(?:[A-Z]|\d{5}))"
                              r"((?:[A-Z]{1,6}|\d{1,7})(?:/(?:[A-Z]{1,6}|\d{1,7})){2,4})(?![\w/]|[.,-]\w)")
_MAY_BE_SLASHED_REFERENCE = compiled(r"[A-Z]/|/[A-Z]|\d{5}/|/\d{5}")  # a letters part or a long one, by a slash
# "Y7/8", "Years 7/8": two school years in a row (was "Y seven slash eight", "seven eighths").
_SCHOOL_YEAR_PAIR = compiled(r"\b(?:Y|Yrs?\s?|[Yy]ears?\s)(\d{1,2})/(\d{1,2})\b(?![.,/]\d)")
# "PCIe 4.0 x4", "PCIe x16": a slot's or a link's lanes, said "by four" (was "times four").
_PCIE_LANES = compiled(r"(PCIe(?:\s?(?:Gen\s?)?\d(?:\.\d)?)?)\s?x(1|2|4|8|16)\b")
# "Ps. 119", "Pss. 120-134": the Psalms' abbreviation with its stop before a psalm's number alone (no other book's is
# read without a verse: "Rev. 21" may be a reverend's, "Gen. 3" a general's); "P.S." is a postscript's.
_PSALM = compiled(r"\bPs(s?)\.\s?(?=\d{1,3}\b(?![.,:]\d))")
# Chess moves in algebraic notation after a move's number ("1. e4 e5 2. Nf3", "34...Qxf2+"): each move said as a
# commentator says it ("knight f three", "queen takes f two check"), its number without its stops (it was "one.
# e four" and "Nf three"). Read only where a run holds two moves, Black's "..." or a move's "??" or "!" (a lone
# "3. d4" may be a list's).
# (a move's "??", "?!", "!?", "!!" or "!": a lone "?" may ask)
_MOVE = r"(?:[KQRBN][a-h]?[1-8]?x?[a-h][1-8]|[a-h](?:x[a-h])?[1-8](?:=[QRBN])?|O-O(?:-O)?)[+#]?(?:\?\?|\?!|!\?|!!|!)?"
_MOVE_NUMBER = r"\d{1,3}\.(?:\.\.)?"
_CHESS_RUN = compiled(rf"(?<![\w.]){_MOVE_NUMBER}\s?{_MOVE}(?:\s+(?:{_MOVE_NUMBER}\s?)?{_MOVE})*(?![\w-])")
_CHESS_PARTS = compiled(r"(\d{1,3})\.(?:\.\.)?|(O-O(?:-O)?)([+#]?)"
                        r"|([KQRBN]?)([a-h]?)([1-8]?)(x?)([a-h])([1-8])(?:=([QRBN]))?([+#]?)")
_MAY_BE_MOVE = compiled(r"\.(?<=\d\.)(?:\.\.)?\s?(?:[KQRBN][a-h1-8x]|[a-h]x?[a-h1-8]|O-O)")
# A document's part before a number ("rule 2.c3", "question 4.d5"), which a lone move joined to its number never has.
_PART_BEFORE = compiled(r"\b(?i:rules?|sections?|chapters?|articles?|clauses?|para(?:graph)?s?|parts?|items?|steps?"
                        r"|notes?|fig\.|figures?|tables?|appendix|schedules?|questions?|exercises?|pages?|p\.|s\.)\s$")
# "He answered 1.d4 with Nf6", "After 1.e4 e5, White played Nf3": a piece's move standing alone, in a sentence where a
# numbered move was read ("Nf six" it was). A pawn's lone "e5" is left: a square alone may be a grid's or a seat's.
_LONE_PIECE_MOVE = compiled(r"(?<![\w.])[KQRBN][a-h]?[1-8]?x?[a-h][1-8][+#]?(?![\w-])")
_PIECES = {"K": "king", "Q": "queen", "R": "rook", "B": "bishop", "N": "knight"}
_CHECKS = {"+": " check", "#": " checkmate", "": ""}
# "Pu-239", "Cs-137", "Sr-90": an isotope by its element's two-letter symbol and its mass number, said with the
# element's name ("plutonium two thirty nine"; the symbol was said as a word, "Pu").
# Led by the hyphen, the symbol looked behind (led by fifty symbols, the engine tried them at every word).
_ISOTOPE = compiled(r"-(?<=\b[A-Z][a-z]-)(\d{1,3})(m?)\b(?![.,]\d|-)")
# "r. 3.4(2)(a)", "r. 44.2": a procedure rule's number after "r." (a decimal or brackets: "r. 1850" is a reign's).
_RULE = compiled(r"r\.(?<=\br\.)\s?(?=\d{1,3}(?:\.\d{1,3})?\(\w{1,4}\)|\d{1,3}\.\d{1,3}\b(?!\.\d))")  # led by "r."
# "DDR5-6000", "LPDDR5X-8533": a memory's generation and its speed, parted by a space (the hyphen was said as a
# joined "five-six thousand").
_MEMORY_SPEED = compiled(r"\b((?:LP)?G?DDR\d[XL]?)-(?=\d{3,4}\b)")
# A forecast table's row: a day's high and low glued to their "C" ("Mon 12C 7C 40%", "Sat 3C -2C"): degrees Celsius
# where the row opens with its short weekday or a chance of rain follows ("Seats 12C 7C" are seats); the weekday is
# said in full.
_TEMPERATURE_PAIR = compiled(r"(?<![\w.,-])(-?\d{1,2})C\s(-?\d{1,2})C\b(?![.,]\d|['’])")
_CHANCE_AFTER_PAIR = compiled(r"\s\d{1,3}\s?%")
_MAY_BE_TEMPERATURE_PAIR = compiled(r"C(?<=\dC)\s-?\d\d?C\b")  # led by the "C": scanned in C
_ROW_WEEKDAY = compiled(r"^(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b:?(?=\s-?\d{1,2}\s?(?:C|°C|degrees?)\b)")
# A chance of rain after the pair is a forecast's only where nothing but a day (or nothing) comes before it: "Rooms
# 12C 7C 40% off" is rooms and a sale.
_DAY_BEFORE_PAIR = compiled(r"(?:^|(?:^|\s)(?:(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day)?|Wednesday|Thursday"
                            r"|Saturday|Today|Tonight|Tomorrow|today|tonight|tomorrow)\b:?\s*)$")
# "Mon 12°C 7°C 40%": a forecast's row with its signs, whose weekday is said in full likewise.
_ROW_WEEKDAY_DEGREES = compiled(
    r"^(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b:?(?=\s-?\d{1,2}\s?°C\s-?\d{1,2}\s?°C\b)")
_WEEKDAYS = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
             "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}
# A results line's "bt" between two names: "Sinner bt Zverev 6-3 6-4", "Djokovic (1) bt Alcaraz (3)".
_BEAT = compiled(r"(?<=[a-z)] )bt(?= [A-Z])")
# A team's form, "W5 D2 L3" (won, drawn and lost, a draw's count left out in American sport's "W3 L2"): said as the
# results, where its letters were spelled ("W five D two L three").
_FORM = compiled(r"\bW(\d{1,2}),? (?:D(\d{1,2}),? )?L(\d{1,2})\b(?![.,]\d|-)")
# "Seats 14A-14C", "Gates B1-B5": a span of labels, a number and a letter each, said with "to".
_LABEL_RANGE = compiled(r"\b(\d{1,3}[A-Z]|[A-Z]\d{1,3})-(?=(?:\d{1,3}[A-Z]|[A-Z]\d{1,3})\b)")
_MAY_BE_LABEL_RANGE = compiled(r"-(?<=[0-9A-Z]-)[0-9A-Z]")  # led by the hyphen: scanned in C
# "Table 4-1", "Figure 2-3", "Exhibit 10-2": one table or figure numbered within its chapter, said with "dash" as a
# case's number is (a plural, "Figures 3-5", is a span).
_NUMBERED_FIGURE = compiled(r"\b((?:Table|Figure|Fig\.|Exhibit|Chart|Listing|Plate|Map|Box)\s)(\d{1,2})-(\d{1,3})\b"
                            r"(?![.,-]\d)")
# "Groups A-C", "rows B-F": a span of single letters after a plural noun ("an X-Y plot" is no span).
# "the Hull-York line", "the London-Paris route": from one place to the other, said "to" (the voice ran the two names
# together); not "the Hewlett-Packard line of printers" nor an "Anglo-French" route (facts.COMBINING_FORMS).
_PLACE_TO_PLACE = compiled(
    rf"(?<![\w-])(?!(?:{'|'.join(sorted(COMBINING_FORMS))})-)([A-Z][a-z]{{2,}})-(?=[A-Z][a-z]{{2,}}\s"
    rf"(?:{'|'.join(sorted(PLACE_TO_PLACE_NOUNS))})\b(?![-’']| of\b))"
)
_LETTER_RANGE = compiled(r"([A-Z])(?<=[a-z]s [A-Z])-(?=[A-Z](?![\w-]|\.\w))")  # led by the capital: scanned in C
# "an A-Z of", "from A-Z", "A–Z": the whole alphabet, "A to Z".
_A_TO_Z = compiled(r"(?<![\w-])A-(?=Z(?![\w-]|\.\w))")
# "K-12", "K–8": the school years from kindergarten, said "K to twelve" (the voice said "K twelve"); "K-9" is a
# police dog.
_SCHOOL_YEARS = compiled(r"(?<![\w-])K\s?[-–]\s?(?=(?:[2-8]|12)\b(?![-.,]\d))")
# "the U-21 squad", "the U17s", "U-23": a team's age group, "under twenty one" (was "U twenty one"). Ages 12 to 23
# only: "U2" is a band, "U1" a Berlin line, "U-235" uranium.
_AGE_GROUP = compiled(r"U(?<![\w-]U)-?(1\d|2[0-3])(s)?\b(?![-.,]\d)")  # led by the "U": scanned in C
_OPERATOR = compiled(r"(?<=\d)\s?([-+*×x/=])\s?(?=[-\d.])")
_OPERATORS = {"-": "minus", "+": "plus", "*": "times", "×": "times", "x": "times", "/": "divided by", "=": "equals"}
# "2+3", "x+2" in algebra, and a day or an hour counted from a capital's ("D+1", "H+6")
_PLUS = compiled(r"(?:(?<=\d)|(?<=(?<![\w.'])[a-zA-Z]))\s?\+\s?(?=\d)")
# "a 3:2 ratio", "on a 1:50 scale": two numbers in proportion, said with "to" (not a clock time or a verse).
_RATIO = compiled(r"(?<![\w:.])(\d{1,3})\s?:\s?(\d{1,5})(?=\s+(?:ratio|scale|aspect|odds|split|majority)\b)")
_RATIO_WORDS = frozenset({"ratio", "scale", "aspect", "odds", "split", "majority"})  # a first look among letter_words
# A journal's pages whose first has a letter, an online article's "e" or a supplement's "S" ("Lancet 2027; 12:
# e341-52", "pages S12-19", "Gut 72: A45-A47"): a span of pages, "e three hundred forty one to three hundred fifty
# two" (a subtraction's hyphen it was). Only after a volume's colon or a word for pages: "the M4-25" is no page.
_LETTERED_PAGES = compiled(r"(?:(?<=: )|(?<=:)|(?<=\bpages )|(?<=\bpp\. )|(?<=\bpp )|(?<=\bp\. ))([eSA])(\d{1,5})[-–]"
                           r"(\1?)(\d{1,5})(?![\w/-]|[.,]\d)")
# "texting RIDGEFIRE to 888-777", "Text HOME to 85258": a text message's short code, read digit by digit in its
# groups (a range "eight hundred eighty eight to seven hundred seventy seven" it was); the keyword in capitals tells
# a code from a count ("text 3 to 4 friends").
_SHORT_CODE = compiled(r"(\b[Tt]ext(?:ing|ed)? (?:the word )?[\"“]?[A-Z][A-Z0-9]{1,15}[\"”]? to )(\d{2,6}(?:-\d{2,6})?)"
                       r"(?![\w/-]|[.,]\d)")
_MAY_BE_SHORT_CODE = compiled(r"[Tt]ext(?:ing|ed)? ")
_RANGE = compiled(rf"(?<![\w.,/-])({NUM})\s?-\s?({NUM})(?![\w/-]|[.,]\d)")
_MAY_BE_RANGE = compiled(r"-(?:(?<=\d-)|(?<=\d\s-))\s?\.?\d")  # a first look, led by the hyphen: scanned in C
# "England were 245-6 at stumps": in a sentence about cricket, a total (40 or more) and the wickets down ("for six").
_CRICKET = compiled(rf"\b(?:{CRICKET_WORDS})\b")
# ... and one after an article ("with a HR and 3 RBI"), where another count of the box score is near
_BOX_SCORE = compiled(rf"(?<![\w.,])(\d{{1,3}}|[Aa]n?) ({'|'.join(BOX_SCORE_WORDS)})\b(?![.'’-]\w)")
_BOX_SCORE_ANY = compiled(rf"(?<![\w.,])(?:\d{{1,3}}|[Aa]n?) (?:{'|'.join((*BOX_SCORE_WORDS, *BOX_SCORE_OTHERS))})\b")
_WICKETS = compiled(rf"\b(?:{WICKET_WORDS})\b")
# A team's wins and losses: "are 3-7 this season", "a 10-6 record", "improved to 8-2", said as a sportscaster says
# them ("three and seven", "five and oh"), never as a span.
_RECORD_AFTER = compiled(r"\s(?:record|this season|on the season|on the year|against the spread|ATS"
                         r"|to (?:start|open|begin) the (?:season|year))\b")
# ... and where a team stands: "are 5-0 at home", "went 9-3 in conference" (not a game's "won 3-1 at home")
_RECORD_WHERE = compiled(r"\s(?:overall|at home|on the road|away|in (?:the )?(?:division|conference|league|group))\b")
_RECORD_IS = compiled(r"\b(?:are|is|were|was|sit|sits|stand|stands|went|go|goes|finished) $")
_GAME_BEFORE = compiled(r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beaten|drew|draw|defeated|tied"
                        r"|led|leads|trail\w*|score\w*|victory|defeat)\b")
_RECORD_BEFORE = compiled(r"\b(?:(?:improved|improves|improving|fell|falls|falling|dropped|drops|dropping|slipped"
                          r"|slips|moved|moves|moving) to|(?:unbeaten|undefeated) at) $")  # "unbeaten at 28-0"
_RECORD_END = compiled(r"[.,;:)]|\s(?:with|after|following)\b|$")  # not "fell to 2-3 percent"
# A side's zero in a match's score: "love" in tennis, "nil" in football, "nothing" in other games ("won 2-0").
_TENNIS = compiled(r"\b(?:[Tt]ennis|sets?|serv(?:e|ed|es|ing)|tie-?break\w*|Wimbledon|Open|Slam|ATP|WTA|aces?)\b")
_FOOTBALL = compiled(r"\b(?:[Ff]ootball|[Ss]occer|goals?|goalless|scorer\w*|strik(?:er|ers)|penalt(?:y|ies)|[Ll]eague"
                     r"|[Cc]up|half-time|full-time|clean sheet|kick-off|Premier|United|City|Rovers|Athletic|FC)\b")
# "won 6-2, 3-6, 7-5": sets listed without a word of tennis; each is won at six or seven ("2-1, 3-0" are goals).
# A tiebreak's points may follow a set in brackets: "7-6(5), 6-2", "7-6 (4), 6-3" (read by now: "(five)").
# sets parted by a comma or, as results lines print them, a space ("won 6-1 6-2")
_TIEBREAK_POINTS = r"(?:\s?\((?:\d{1,2}|[a-z]{3,9}(?: [a-z]{3,9})?)\))?"  # "(5)", "(five)", "(seven nine)"
_SET_AFTER = compiled(rf"{_TIEBREAK_POINTS}(?:,\s?|\s)(?:[67]-[0-7]|[0-5]-[67])\b(?![-.,]\d)")
_SET_BEFORE = compiled(rf"(?<![\w-])(?:[67]-[0-7]|[0-5]-[67]){_TIEBREAK_POINTS}(?:,\s?|\s)$")
_TIEBREAK_BEFORE = compiled(r"(?<![\w-])(?:7-6|6-7)\s?\($")
_MATCH_RESULT = compiled(r"\b(?:beat|beats|beaten|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|draws"
                         r"|defeat\w*|victory|victories|thrash\w*|shutout|trail\w*|led|lead|leads|serving"
                         # "set out in ss. 4-6", "set up", "set aside": a phrasal verb, no tennis set
                         r"|rout|routed|score|scored|match|final|set(?!\s(?:out|up|aside|off|down|forth|apart|about|back)\b)"
                         r"|edge[ds]|edging|overcame|outlast\w*|upset|stunned|ended"
                         r"|swept|dispatch\w*|ousted|eliminat\w*|downed|prevail\w*|clinch\w*|survived)\b")
# "1-0 down at the break", "went 2-0 up": a score before a side's standing is a game's, said as football says it
# ("one nil"), with no word of a result near it (h57; "one to zero" it was).
_STANDING_AFTER = compiled(r"\s(?:down|up)\b(?!\s(?:to|from|by)\b)")
# "passed the House 427-1", "confirmed 100-0": a vote's count, said with "to" (a big number before a small one was
# taken for two numbers apart: "four hundred twenty seven, one").
_VOTE = compiled(r"\b(?:vot(?:e|es|ed|ing)|passed|approved|confirmed|rejected|House|Senate|Assembly|Parliament"
                 r"|ballots?|motion|resolution|bill|majority)\b")
# Citations shorten the end page to the digits that change: "pp. 74-6" is pages 74 to 76.
_PAGES_BEFORE = compiled(r"\b(?:pp\.?|pages|pgs?\.?)\s?$", re.IGNORECASE)
# "49-30-4": three or more small numbers joined by dashes are a record or a tally, each said apart (dates and
# phone numbers were read before this); left alone, "forty nine-thirty-four" is heard as 49 and 34.
_TALLY = compiled(r"(?<![\w.,/-])\d{1,3}(?:-\d{1,3}){2,}(?![\w/-]|[.,]\d)")
# "978-0-306-40615-7", "4006381-333-93-1": four or more groups of digits, one of them four digits long or more, make an
# identifier (a book's, a part's, a serial), read digit by digit a group at a time; chains of short groups are tallies.
_DIGIT_CHAIN = compiled(r"(?<![\w.,/-])\d+(?:-\d+){3,}(?![\w/-]|[.,]\d)")
# "4/5 stars", "rated 8/10", "4.5/5": a score out of a total, not a fraction. A decimal over a whole number is
# never a fraction; a whole one is a score before the words a rating is given in, or after the verbs that give it and
# what they rate ("rated it 8/10", "I'd rate the hotel 8/10", "gave the film 4/5"). After a whole number it is a
# mixed number's part ("2 1/2 stars" are two and a half).
# A scale may be written with its nought ("a GPA of 3.8/4.0": h60, "slash four point zero" it was).
_SCORE = compiled(r"(?<![\w./,-])(?<!\d\s)(\d{1,3}(?:\.\d{1,2})?)\s?/\s?(\d{1,3}(?:\.0)?)(?![\w/]|[.,]\d)")
# "4/5 stars", "8/10 points"; a proper fraction of two, three or four before one "point" is a rate's step ("rose 1/4
# point": a quarter point).
_SCORE_AFTER = compiled(r"\s+(?:stars?|points?|rating|score)\b", re.IGNORECASE)
_ONE_POINT_AFTER = compiled(r"\s+(?i:point|percentage point)\b")
_RATED = r"(?:it|them|him|her|us|me|this|(?:the|this|that|our|my|your|his|her|their)\s+[a-z]+)"  # what is rated
_SCORE_BEFORE = compiled(
    rf"\b(?:(?:rated|rates|rate|rating|scored|scores)(?:\s+{_RATED})?|(?:gave|gives|give|giving) {_RATED}"
    r"|rating of|score of|(?:verdict|rating|score|grade|mark)s?:|stars:"
    r"|(?:score|rating) (?:was|is|were|are))\s+$",  # "The Apgar score was 9/10"
    re.IGNORECASE)
# "The hotel gets 4/5 from our critic", "the cafe got 4/5": after a verb of getting, marks out of five or ten are a
# verdict (was "four fifths"); "got 2/5 of the vote" is a fraction still.
_GOT_BEFORE = compiled(r"\b(?:gets|got|earns|earned|receives|received|awarded)\s+$")
_OF_AFTER = compiled(r"\s+of\b")
# "in the 23rd min.": a match report's minute, abbreviated after an ordinal.
_ORDINAL = compiled(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(st|nd|rd|th|ST|ND|RD|TH)\b(\s?min\b\.?)?")
# "the 14th-15th centuries", "1st-3rd editions": a span of ordinals, said with "to".
_ORDINAL_SPAN = compiled(r"(?<=\d)(st|nd|rd|th)\s?-\s?(?=\d+(?:st|nd|rd|th)\b)")
# Slashed numbers said as set phrases, not as fractions.
_IDIOMS = {
    "24/7": "twenty four seven",
    "9/11": "nine eleven",
    "50/50": "fifty fifty",
    "365/24/7": "three sixty five twenty four seven",
    "24/7/365": "twenty four seven three sixty five",
}
_IDIOM = compiled(r"(?<![\w/])(?:365/24/7|24/7/365|24/7|9/11|50/50)(?![\w/])")
# "a 60/40 portfolio", "the 80/20 rule", "a 70/30 split": two shares of a hundred, said as a pair.
_SPLIT = compiled(r"(?<![\w./,-])([1-9][05])/([1-9][05])(?![\w/]|[.,]\d)")
# "a 50-50 chance": even odds are "fifty fifty", never "fifty to fifty" (a tied score reads as well so).
# "a 24-7 job" is "twenty four seven" too.
_EVEN = compiled(r"(?:5(?<![\w.,/-]5)0-50|2(?<![\w.,/-]2)4-7)(?![\w/-]|[.,]\d)")
# "a 3/4-inch pipe", "3/4-length sleeves": a fraction joined to a measure's name ("a 2/3-majority" keeps its plural).
_MEASURE_AFTER_HYPHEN = compiled(r"-(?:inch|in|foot|ft|mile|pound|lb|ounce|oz|cup|teaspoon|tablespoon|tsp|tbsp|gallon"
                                 r"|pint|quart|ton|tonne|acre|carat|length)\b")
# "scored 4½/7", "finished on 6½/9" (tidy wrote "4 1/2/7"): a chess player's points out of the games played, with a
# half point for a draw ("four one slash two slash seven" it was, h91).
_HALF_POINTS = compiled(r"(?<![\w./,-])(\d{1,2}) 1/2/(\d{1,2})(?![\w/]|[.,]\d)")
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
_ODDS_AFTER = compiled(r"\s(?:odds|shot|outsider|(?:joint[- ])?favou?rites?|(?:jt|co)?-?fav)\b", re.IGNORECASE)
# "Arsenal are 13/8 to win the league", "Spurs 15/2 to beat City": a number over a smaller one before what it pays on.
_PRICE_TO = compiled(rf"\sto (?:{'|'.join(sorted(PRICE_VERBS))})\b")
# "He bet £10 at 5/1", "backed at 100/1": in talk of betting, a number over a smaller one is odds too; and in talk of
# a race, whose prices are its odds ("won the Derby at 5/2", "a £10 accumulator at 25/1").
_BETTING = compiled(rf"\b(?i:{BETTING_WORDS})\b")
# "at 33/1", "at 100/1": a number over one is never a fraction, and after "at" it is a price; a day's or a month's
# number over one may be a date ("13/1") and is left to the words around it.
_AT_BEFORE = compiled(r"\bat $")
# "Step 1/3", "Part 2/5", "Episode 3/6", "Thread 1/7": a place in a series, "one of three".
_SERIES_BEFORE = compiled(r"\b(?:[Ss]tep|[Pp]art|[Ee]pisode|[Ee]p\.?|[Cc]hapter|[Tt]hread|[Pp]age|[Dd]ay|[Ww]eek"
                          r"|[Rr]ound|[Ss]tage|[Gg]ame|[Qq]uestion|[Ll]esson|[Ss]lide|[Pp]hoto|[Ii]mage|[Vv]ideo|[Tt]weet"
                          r"|[Pp]ost|[Ll]eg|[Hh]eat)\s$")
# The word that labels a number as a file's, a case's, a route's or a series' (facts.NUMBER_LABELS).
_LABEL_BEFORE = compiled(rf"\b(?:{NUMBER_LABELS})\s$")
_TIME_AFTER = compiled(r"\s(?:days|weeks|months|years|hours|minutes|times)\b")
# "in 6/8 time", "a 3/4 time signature", "7/8 metre": beats in a bar over the note that counts them, "six eight".
_METRE_AFTER = compiled(r"\s(?:time|metre|meter)\b(?!-)")
# A time signature with no "time" after it, where the sentence speaks of music ("the trio in 6/8", "from 5/4 into
# 4/4 for the chorus"): said as its two numbers ("six eighths" before).
_MUSIC_WORDS = compiled(r"\b(?:bars?|time signatures?|waltz|scherzo|trio|minuet|chorus|verses?|songs?|tune|groove"
                        r"|rhythm|tempo|bpm|riff|drum\w*)\b")
# "a 16/9 aspect ratio", "16/9 widescreen", "18/10 stainless steel", "14/2 cable": a proportion or a grade before
# what it describes is said as its two numbers ("sixteen ninths widescreen" before); "the ratio was 15/4", "the
# aspect is 16/9" with "to".
_PROPORTION_AFTER = compiled(rf"\s+(?i:{'|'.join(sorted(PROPORTION_NOUNS))})\b")
_RATIO_BEFORE = compiled(r"\b(?:ratios?|aspect)(?:\s+(?:is|was|of))?\s+$", re.IGNORECASE)
_SIZE_BEFORE = compiled(r"\b(?i:size|sizes)\s$")
_CHANCE_AFTER = compiled(r"\s(?:chance|probability|likelihood|risk)\b")
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
_MAY_BE_ORDINAL = compiled(r"\d(?:st|nd|rd|th|ST|ND|RD|TH)")
_NEGATIVE = compiled(r"(?:(?<=^)|(?<=[\s(\[]))-(?=\.?\d)")
# "-$500": minus, before money is words
_NEGATIVE_MONEY = compiled(rf"-(?:(?<=^-)|(?<=[\s(\[]-))(?=[{MONEY_SIGNS}]\d)")
_POSITIVE = compiled(r"(?:(?<=^)|(?<=[\s(\[]))\+(?=\.?\d)")
# A trial's statistic in its bracket before a decimal value ("(HR 0.74", "; OR=1.3", "(aHR: 0.81"); "2 HR" in a box
# score is home runs, and has no decimal after it. Its "95% CI" is left spelled, as clinicians say it.
# Led by the statistic's capital, its bracket or stop looked behind for after it: scanned for in C.
_TRIAL_STATISTIC = compiled(rf"\b({'|'.join(TRIAL_STATISTICS)})(?:(?<=[(\[;,] \w\w)|(?<=[(\[;,] \w\w\w)|(?<=[(\[]\w\w)"
                            rf"|(?<=[(\[]\w\w\w))\s?(?:[=:]\s?)?(?=\d*\.\d)")
# "for ages 6+", "aged 12+": an age limit's plus is "and over", as a listing's reader says it.
_AGE_PLUS = compiled(r"\b((?:[Aa]ges?|[Aa]ged) \d{1,2})\+(?!\d)")
# "10^5", "2^-3": a power; a letter's after a count too ("5A^2", "3x²": "five A squared"), whose power was left as
# "A^two" and said "caret".
# A Greek letter's name is a variable too: "λ²" is "lambda squared".
_POWER = compiled(r"((?<![\w.])\d+(?:\.\d+)?|(?<![A-Za-z_.])[A-Za-z]|\b(?:" + "|".join(GREEK_LETTERS) + r"))"
                  r"\s?\^\s?(-)?(\d+)(?!\w|\.\d)")
# "5 * 3": times, between numbers as written.
# A web server's status code is said in pairs: "HTTP 404", "a 503 error", "404 page" ("four o four").
_STATUS_CODE = compiled(  # led by the digit, so that the scan runs in C
    r"[1-5](?:(?<=\bHTTP [1-5])|(?<=\b[Ee]rror [1-5])|(?<=\bERROR [1-5])|(?<=\bstatus [1-5]))\d\d\b(?![.,]\d)"
    rf"|[45](?<![\w.,{MONEY_SIGNS}-][45])0\d(?=\s(?:errors?|pages?|status|response|code)\b)"
)
# One stands apart in every status code's match (a word boundary before it, a space or a boundary after it): a first
# look among util.letter_words, one set test where seven substrings cost a scan each.
_STATUS_WORDS = word_set("HTTP Error error ERROR status errors page pages response code")
# A series' season and episode: "S03E07" is "season three episode seven"; and "007" is "double o seven".
_EPISODE = compiled(r"\bS(\d{1,2})E(\d{1,3})\b")
_DOUBLE_O = compiled(rf"0(?<![\w.,{MONEY_SIGNS}]0)07(?![\w.,]\d|\w)")
# A vulnerability's identifier: "CVE-2024-3094" is "C V E twenty twenty four thirty ninety four".
_CVE = compiled(r"\bCVE-(\d{4})-(\d{4,7})\b")
# A US federal court's case number, "1:23-cv-04567": the court's office, the year, the kind of case and its number;
# read before the clock rule takes "1:23" for a time.
_DOCKET = compiled(r"(?:\b([Nn]o\.|[Cc]ase)\s?)?(?<![\w:.-])(\d{1,2}):(\d{2})-([a-z]{2,4})-(\d{3,6})(?![\w-])")
# "Case No. 22-451", "Resolution No. 2024-15", "No. 23-1105": a number with a hyphen after "No." or a kind of
# filing is its identifier, said part by part with "dash" ("twenty two to four hundred fifty one" it was). Not after
# "Nos.", which lists a span ("Nos. 3-5"), nor a lower-case word without "No." ("in case 2-3 inches fall").
_CASE_NUMBER = compiled(r"\b(?:((?:Case|Docket|Resolution|Ordinance|Bill|File)\s)(No\.\s?)?|(No\.\s?))"
                          r"(\d{1,4})-(\d{1,6})(?![\w-]|[.,]\d)")
# "between 25-30" is said "between twenty five and thirty": a span after "between" takes "and", whichever rule read
# it with "to" (numbers, money, measures, times); only number words on both sides ("between two of them to decide"
# is left alone).
_NUMBER_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty"
                r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|minus|first|second|third|fourth|fifth|sixth"
                r"|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth)")
_BETWEEN_TO = compiled(
    rf"\b([Bb]etween (?:the )?{_NUMBER_WORD}\b(?: [\w'.-]+){{0,6}}?) to (?=(?:the )?{_NUMBER_WORD}\b)")
_GOLD_FINENESS = frozenset({"8", "9", "10", "12", "14", "18", "22", "24"})
# "18K gold", "a 9ct gold locket", "a 1.5ct diamond": carats (not thousands, nor "ct" spelled).
_CARAT = compiled(r"(\d(?<![\w.,]\d)\d*(?:\.\d+)?)\s?(?:ct|kt|([Kk])(?=\s+(?:(?:white|yellow|rose|solid)\s+)?gold\b))"
                    r"(?=\s+(?:(?:white|yellow|rose|solid)\s+)?(?:gold|diamonds?|sapphires?|rub(?:y|ies)|emeralds?"
                    r"|stones?|rings?)\b)")
# the words a carat's number comes before, each standing apart: a first look among util.letter_words
_CARAT_AFTER = word_set("gold diamond diamonds sapphire sapphires ruby rubies emerald emeralds stone stones ring rings")
_AT_NUMBER = compiled(r"(?<=\w)@(?=\d)")
# "4K/60fps", "8K/30p": a video's resolution and its frame rate, "at"; "f/1.8": a lens's aperture, "f one point
# eight".
# "4K/120fps", "1080p/60p", "4K/60": a resolution and its frame rate; a bare rate only when it is one screens run at.
_VIDEO_MODE = compiled(r"/(?<=\d[Kkp]/)(?:(\d{2,3})\s?(fps\b|p\b(?!\.\w))|(24|25|30|48|50|60|90|100|120|144|165|240)"
                         r"(?![\w/.,]\w|[\w/]))")  # led by the slash: scanned in C
_APERTURE = compiled(r"f/(?<!\wf/)(?=\d)")
# "24-bit/96kHz", "16bit/44.1 kHz": a recording's bit depth and sample rate, two measures said one after the other
# (the slash was "or", and the rate after it was left as letters, "ninety six kHz").
_BIT_DEPTH_RATE = compiled(r"/(?<=\d[ -]bit/|\d\dbit/)(?=\d{1,3}(?:\.\d{1,2})?\s?kHz\b)")  # led by the slash
# "1/250 s", "1/8000s", "1/60 sec": a camera's exposure, one part of a second ("one or eight thousands" it was).
_EXPOSURE = compiled(r"(?<![\w/.,])1/(?=[1-9])(\d{1,5})\s?(?:s|secs?|seconds?)\b(?![/'’])")
_TIMES = compiled(r"(?<=\d)\s?\*\s?(?=\d)")
# A programme named by its time ("ABC's 7.30", "ABC TV's 7.30", "on 7.30 last night"): a round time written with a
# stop after a broadcaster's possessive, or after "on" before a word of when it aired, read as the clock ("seven
# point three zero" it was). Not before a scale or a percentage ("ABC's 7.30 billion").
_PROGRAMME_TIME = compiled(
    r"(?:(?<=[A-Z][A-Z]'s )|(?<=[A-Z][A-Z]’s )|(?<=\b[Oo]n )(?=\d\d?\.\d\d,?\s(?:last night|tonight|this morning"
    r"|this evening|yesterday|tomorrow)\b))(1[0-2]|[1-9])\.(00|15|30|45)"
    r"(?![\d.,]\d|\w|\s?%|\s(?:per|million|billion|thousand|bn|m|rise|fall|gain|drop|loss|lead|points?|pence|cents?"
    r"|dollars?|a share)\b)"
)
# "try 30s at f/1.8", "from 30s to 1/8000s", "settles in under 10s", "a timeout of 300s", "after 120s, then 240s",
# "runs for 45s every hour": a whole number of seconds
# written against its "s" after a word of a limit or a span, and before a clause's end or a joining word. A decade
# is seldom written so: it follows "the", a possessive or "early", or stands before the noun it describes ("a
# return to 80s glamour"); "the under 10s" are a team, "rose to 30s" a temperature's decade, "to 747s" aircraft.
_SECONDS_AFTER_LIMIT = compiled(
    # an exercise's or a recipe's imperative too: "Rest 30s between sets", "Hold 20s, then switch sides"
    r"\b((?i:to|from|try|than|around|about|of|after|within|in under|up to|takes|took|lasted|lasts|every|for|then"
    r"|rest|hold|wait|pause)\s"
    # and with its object: "Hold each stretch 30s", "Hold the plank 45s" (h91: "thirties" it was)
    r"|(?:[Hh]old|[Rr]est|[Rr]epeat|[Kk]eep) (?:each|every|the|this|that|your|a|one) [a-z]{3,12}\s)"
    r"(\d{1,3})s(?=[,;:!?)]|\.(?!\w)|$|\s(?:at|and|or|to|in|on|with|between|per|each|every|before|after|then|but"
    r"|while|when|if|is|was|of (?!\w+s\b)|\()\b)"
)
# a change's verb before "to": "rose to 30s" may be a temperature's decade
_CHANGE_TO = compiled(r"\b(?:rose|rise[sn]?|rising|fell|falls?|falling|dropped|drops?|climbed|climbs?|soared|jumped"
                      r"|slipped|sank|plunged|dipped|edged|crept|hit|reached)\s+to\s$")
# "Teams of 5s and 7s", "in 2s or 3s": a digit's plural beside another is a count of fives and sevens, not seconds
_DIGIT_PLURAL_AFTER = compiled(r"\s(?:and|or|&)\s\d{1,2}s\b")
_MAY_BE_SECONDS = compiled(r"\ds(?![\w'’-])")  # led by the digit: scanned in C
# another decade in the sentence ("from 20s to 30s", "in the 1920s and 30s"): the tens are decades there
_OTHER_DECADE = compiled(r"\bthe\s+(?:\d\d)?\d0'?s\b|(?<!\d)\d0s\b.*(?<!\d)\b\d0s\b")
# A version or section number with two dots or more ("1.6.0", "v4.47.4"), after dates have been read.
_VERSION_WORD_BEFORE = compiled(r"\b[Vv]ersion\s+$")  # "Version v2.3.1" says "version" once
_VERSION = compiled(r"(?<![\w.])(v)?(\d+(?:\.\d+){2,})(?![\w]|\.\d)")
_MAY_BE_VERSION = compiled(r"\d\.\d+\.\d")  # a first look, led by the digit and scanned for in C
# "v3.12", "Version 3.12": a named version with one point is said with whole numbers ("three point twelve"); without
# the name "3.12" is a decimal.
_NAMED_VERSION = compiled(r"(?<![\w.])(?:(v)|(?<=[Vv]ersion ))(\d+)\.(\d+)(?![\w]|\.\d)")
_MAY_BE_V = compiled(r"v\d")
# "v2", "the v3 firmware": a version's small "v" before a whole number is "version" ("v two" it was); a capital "V2",
# "V8" is a rocket's or an engine's name, and "IPv4", "4v4" have a letter or a digit before the "v".
_WHOLE_VERSION = compiled(r"(?<![\w.-])v(\d{1,3})(?![\w-]|[.,]\d)")
# An engine's cylinders are written small too ("the v6 engine", "a twin-turbo v8"): a count of them before an engine's
# word or after a charger's is the engine's name, not a version.
_CYLINDERS = frozenset({"6", "8", "10", "12"})
_ENGINE_AFTER = compiled(r"\s(?:engines?|motors?|petrol|diesel|hybrid|power(?:ed)?|supercars?|cars?|saloons?"
                         r"|coupes?)\b")
_CHARGER_BEFORE = compiled(r"(?:turbo|turbocharged|supercharged|aspirated|biturbo)\s$")
# "Python 3.12", "Node.js 20.11", "Llama 3.1": a release of software it names, said as a named version is; so is one
# after a comparison's sign ("NumPy >= 1.26": h57, "at least one point two six" it was), said before it.
_SOFTWARE_VERSION = compiled(
    r"\b(Node dot JS|" + "|".join(re.escape(name) for name in sorted(VERSIONED_SOFTWARE, key=len, reverse=True))
    + r")\s(?:(<=|>=|<|>)\s)?(\d+)\.(\d+)(?![\w]|\.\d)")  # "Node.js" is "Node dot JS" by now
# "HTTP/2", "HTTP/1.1", "SMB/3": a protocol's version after its slash, said after the name ("HTTP slash two" it is not).
_PROTOCOL_VERSION = compiled(r"\b(HTTPS?|SMB|NFS|SPDY|SOCKS)/(?=\d(?:\.\d)?(?![\w/]|\.\d))")
# "2.x", "3.0.0-beta.2", "1.4-rc1": any release of a line, and a pre-release with its number.
_ANY_RELEASE = compiled(r"(?<![\w.])(\d+(?:\.\d+)*)\.x\b")
# a first look, led by its space (found at memchr speed): led by the letter, the engine was entered at most positions
# of every text, and led by the digit class it checked each character
_MAY_BE_SOFTWARE = compiled(r" (?<=[a-zA-Z<>=] )\d+\.\d")
_PRE_RELEASE_TAGS = ("-alpha", "-beta", "-rc", "-pre", "-dev")  # substring looks first: cheaper than the scan
_PRE_RELEASE = compiled(r"(?<=\d)-(alpha|beta|rc|pre|dev)\.?(\d+)?\b")
# A bill in Congress: "H.R. 3684" is "H R thirty six eighty four"; a resolution's kind is said in full.
# "the bill, S. 1234": a Senate bill (an "S." elsewhere may be an initial).
_BILL = compiled(r"\b(H\.\s?R\.|H\.\s?Res\.|S\.\s?Res\.|H\.\s?J\.\s?Res\.|S\.\s?J\.\s?Res\."
                   r"|(?:(?<=[Bb]ill )|(?<=[Bb]ill, )|(?<=\bpassed )|(?<=\bSenate )|(?<=\bintroduced )"
                   r"|(?<=\bsponsored )|(?<=\bvote on ))S\.)\s?(\d{1,4})\b(?![.,]\d)")  # "The Senate passed S. 1234"
_BILL_KINDS = {"S": "S", "HR": "H.R", "HRes": "House Resolution", "SRes": "Senate Resolution",
               "HJRes": "House Joint Resolution", "SJRes": "Senate Joint Resolution"}
# "ab9453", "x123456": small letters glued to four digits or more are a code (a one-time password, a reference, a
# user name), its digits said one by one.
_SMALL_CODE = compiled(r"(?<![\w.@/-])([a-z]{1,4})(\d{4,8})(?![\w@-]|\.\w)")
# "A380", "Z390", "F-150", "SR388": one or two capitals before three digits name a model or a road, its number
# said in pairs.
_MODEL = compiled(
    r"([A-Z])(?<![\w.-][A-Z])([A-Z]?)-?(\d{3})(?:/(\d{1,4})(?![\w/]))?(?=[a-z]*(?![\w]|[.,]\d|\s\d))"
    r"(?!\s(?:million|billion|bn|m|k)\b)"
)
# "B4068", "M1911": a capital and four digits are a code (a road, a model), said in pairs like a year.
_CAPITAL_FOUR = compiled(r"\b([A-Z])([1-9]\d{3})\b(?![.,]\d|[-/])")
_MAY_BE_CAPITAL_FOUR = "A0000"  # [A-Z]\d{4} in util.char_classes: a first look
# "Blink-182", "Tu-160", "Windows-365": a name and three digits joined by a hyphen, said in pairs as names are.
_NAMED_NUMBER = compiled(r"\b([A-Z][a-z]+)-(\d{3})\b(?![.,]\d|[-/])")
_MAY_BE_NAMED_NUMBER = "a-000"  # [a-z]-\d\d\d in util.char_classes: a first look (a look behind leads the rule)
# "Flight BA 123", "flight UA 9": an airline's code and its number, said in pairs as crews say it.
_FLIGHT = compiled(r"\b([Ff]light\s)([A-Z][A-Z0-9])\s?(\d{1,4})\b(?![.,]\d)")
_FLIGHT_WORDS = frozenset({"Flight", "flight"})  # each stands apart in every match
# "on BA 2490 to Rome", "EZY 8571 was delayed": an airline's own code says it is a flight ("BA 2490" was "two thousand
# four hundred ninety"). Its empty first group stands for _FLIGHT's word "flight", so that _flight reads both.
_AIRLINE_FLIGHT = compiled(rf"\b()({'|'.join(sorted(AIRLINE_CODES, key=len, reverse=True))})\s(\d{{2,4}})\b"
                           r"(?![.,]\d|\s?(?:%|percent|million|billion|bn|m|k)\b)")
# "BA2490", "EZY8571", "MH370": a flight's code written against its three or four digits, as tickets and boards write
# it ("two thousand four hundred ninety" it was); codes with a digit ("B6", "F9") only apart from the number.
_GLUED_FLIGHT = compiled(rf"\b()({'|'.join(sorted((c for c in AIRLINE_CODES if c.isalpha()), key=len, reverse=True))})"
                         r"(\d{3,4})\b(?![.,]\d|[-/])")
_MAY_BE_GLUED_FLIGHT = "AA000"  # [A-Z][A-Z]\d{3} in util.char_classes: a first look
# A composer's catalogue number, said as a flight's: "BWV 1007" is "ten o seven", "K. 525" "five twenty five".
_CATALOGUE = compiled(r"\b(BWV|HWV|TWV|RV|KV|K\.|Hob\.|WoO)(\s?)(\d{3,4})\b(?![.,]\d)")
# A barcode in its printed groups: a UPC's "0 41220 98765 3" (one, five, five, one), an EAN's "5 012345 678900" (one,
# six, six). Its digits are read one by one, as a number's groups never are.
_BARCODE = compiled(r"(?<![\d,.])\d (?:\d{5} \d{5} \d|\d{6} \d{6})(?![\d]|[.,]\d)")
# Schubert's works by Deutsch's number ("D. 960", "D 821"): said as a catalogue's, where Schubert is named (elsewhere
# "D. 960" may be an initial before a count).
_DEUTSCH = compiled(r"\bD\.?\s(\d{1,3})\b(?![.,]\d)")
# "Porsche 911", "Peugeot 208", "Nissan 350Z": a maker's three-digit model, said in pairs ("a Fiat 500" is "five
# hundred" that way too).
_MAKER_MODEL = compiled(
    rf"\b({'|'.join(sorted(MODEL_MAKERS))})\s(\d{{3}})([A-Z]{{0,3}})\b(?![.,]\d|\s(?:million|billion|bn|m|k)\b)"
)
# The maker named first, its model later in the sentence after an article and a word maybe ("Porsche said the new
# 911 would", "Porsche unveiled a hybrid 911"): said in pairs too; not before a plural or an amount's word ("Airbus
# said the 350 passengers", "the 500 million").
_MAKER_NAMED = compiled(rf"\b(?:{'|'.join(sorted(MODEL_MAKERS))})\b")
_LATER_MODEL = compiled(r"\b((?:the|a|an|its|their)\s(?:[a-z]+\s)?)([1-9]\d{2})\b(?![.,]\d|[-/%]|\s(?:[a-z]+s"
                        r"|million|billion|bn|m|k|per|percent|of|to|and|or|times|people|staff|crew|aircraft|feet"
                        r"|horsepower|miles|km|kg|hp|bhp|cc)\b)")
_MAY_BE_AIRLINE = compiled(r"[A-Z][A-Z0-9][A-Z]? \d\d")  # a first look, led by a class
# A graphics card's four digits are said in pairs, like a year: "RTX 4090" is "forty ninety", "GTX 1080" "ten eighty".
# "Core i9-14900K", "i7-8700K", "i5-12400F": a processor's model after its tier, said as its maker says it ("i nine
# fourteen nine hundred K", "i seven eighty seven hundred K").
_PROCESSOR = compiled(r"\b(i[3579])-([1-9]\d{3,4})([A-Z]{0,2}\d?)\b(?!['’-])")
_GRAPHICS_CARD = compiled(r"\b(RTX|GTX|RX)\s?([1-9]\d{3})(?![\d,.]\d|\w)")
# A processor's or a card's four digits before its suffix are said in pairs too: "Ryzen 9 7950X", "7900 XTX",
# "5800X3D", "8845HS" ("K" is left out: "a 2700K bulb" is a colour's temperature).
_CHIP = compiled(rf"([1-9])(?<![\w.,{MONEY_SIGNS}-][1-9])(\d{{3}})(X3D|XTX|XT|X|HX|HS|U|\sXTX|\sXT)\b(?![-'’]|\.\w)")
# One first look for a chip's suffix or a small code, led by the digit (scanned in C).
_MAY_BE_CHIP_OR_CODE = compiled(r"\d(?:X|HX|HS|U|\sXT|(?<=[a-z]\d)\d{3})")
# "a 2700K bulb", "5000K daylight LEDs": a light's colour temperature, in kelvin.
_KELVIN = compiled(rf"([1-9])(?<![\w.,{MONEY_SIGNS}-][1-9])(\d{{3}})\s?K"
                     r"(?=\s(?:bulbs?|LEDs?|lights?|lamps?|lighting|colou?r|temperature|white|daylight|panels?)\b)")
# A year is said after these words ("in 1990 people..."); before a counted noun a four-digit number is an amount.
_YEAR_BEFORE = compiled(r"\b(?:in|since|by|until|till|from|after|before|during|around|circa|the)\s+$", re.IGNORECASE)
_NOUN_AFTER = compiled(r"\s+([a-z]+)\b")
# A Boeing jetliner is said in pairs and its variant as a number: "737-800" is "seven thirty seven eight hundred",
# "777-300ER", "737 MAX 8", "787-10", "777X". Known by the maker's name before it, a variant after it, or what it
# is called.
_JETLINER = compiled(
    rf"7(?<![\w.,{MONEY_SIGNS}/-]7)[0-8]7(?:-(\d00|[1-9]\d?)([A-Z]{{1,2}})?(?![\w-])|(?=[Xx](?![\w-]))"
    r"|(?<=Boeing 7[0-8]7)(s?)(?![\w-]|[.,]\d)|(?<=7[0-8]7)(s)(?![\w'’-]|[.,]\d)"  # or a bare plural: "two 747s"
    r"|(?=\s(?:MAX|Max|Dreamliners?|jets?|jetliners?|airliners?|aircraft|planes?|freighters?|jumbos?)\b))"
)
# Led by the digit, not by the look-behind, so that the scan for a digit runs in C (the rule sees every sentence).
_NUMBER = compiled(r"(\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*))(?:\.(\d+))?(?!\d)")
_POINT_NUMBER = compiled(r"\.(?<![\w.,]\.)(\d+)(?!\d)")  # ".5"
# "batting .310", "a .285 average": a baseball average is said as a three-digit number ("three ten").
_AVERAGE = compiled(
    r"\b((?:[Bb]att(?:ing|ed)|[Hh]itting|[Hh]it|avg|average(?: of)?|slugging|on-base)\s)\.(\d{3})\b(?![.,]\d)"
    # "a .500 record": a team's winning percentage, said the same way ("five hundred")
    r"|\.(\d{3})(?<![\w.,]\.\d{3})(?=\s(?:average|hitter|batting average|career average|record|mark|winning"
    r"|ball ?club|team|season)\b)")
# "scored in the 89'": a football match's minute, after "the" and before no noun.
_MINUTE = r"(1[01]\d|120|[1-9]\d?)(?:\+(\d{1,2}))?'"  # "89'", "90+3'": a minute and the minutes added to it
_MATCH_MINUTE = compiled(rf"\b([Tt]he\s){_MINUTE}(?=[,.;:)!?]|$|\s(?:and|with|as|to|after|before|when|from)\b)")
# A match report's scorers: "Kane 12', 67' (pen.), Son 45+2'": each minute after the player's name, the kind of goal
# in brackets (the voice said "twelve'", "sixty seven' pen.").
_ONE_MINUTE = compiled(rf"{_MINUTE}(?:\s\((pen|p|og|o\.g)\.?\))?")
_SCORER_MINUTES = compiled(  # a run's inner groups come after its two, which are all the rule reads
    rf"\b(?!(?:The|A|An|This|That|His|Her|Its|Their|Our|My|Your)\b)([A-Z][\w'’-]+(?<!['’]s) \(?)"  # "Messi (38')" too
    rf"({_ONE_MINUTE.pattern}(?:,\s{_ONE_MINUTE.pattern})*)(?=[,;.)]|$|\s(?![a-z]))")  # not "Tom's 12' boat": a size
_GOAL_KINDS = {"pen": "penalty", "p": "penalty", "og": "own goal", "o.g": "own goal"}
_HALVES_END = frozenset({45, 90, 105, 120})
_MAY_BE_MINUTE = "0'"  # \d' in util.char_classes: a first look
# "hitting .310/.390/.646": a batter's slash line, three averages said one after another ("or point three nine zero").
_SLASH_LINE = compiled(r"(?<![\w./])\.(\d{3})/\.(\d{3})/\.(\d{3})(?![\w/]|\.\d)")
_MAY_BE_TIED = compiled(r"T[-\s]?\d")
# "came 3rd=", "joint 1st=": a place shared, as results tables write it.
_EQUAL_PLACE = compiled(r"(\d(?:st|nd|rd|th))=(?=[\s,;:)]|\.(?:\s|$)|$)")
_MAY_BE_AVERAGE = compiled(r"\.\d{3}\b")
# "he finished T-5", "sits T5": tied for a place, as golf's leaderboards write it.
_TIED = compiled(r"\b((?:finished|placed|sits|sat|closed|ended|is tied|was tied)\s)T[-\s]?([1-9]\d?)\b(?![\w-])")
_LETTER_NUMBER = compiled(r"-(?:(?<=[A-Za-z]-)(?=\d)|(?<=\d-)(?=[A-Za-z]{2}))")  # led by the hyphen: scanned in C
# "401(k)", "501(c)(3)", "Section 230(c)(1)": a code with lettered and numbered subsections.
_SUBSECTIONS = compiled(r"(?<![\w.,])(\d{1,4})((?:\([a-zA-Z]{1,2}\)|\([ivx]{3,4}\)|\(\d{1,2}\)){1,4})(?![\w(])")
_PROVISION_SHAPES = ("a 0.0", "a 00.0", "a 000.0")  # [a-z] \d{1,3}\.\d in util.char_classes: a first look
_MAY_BE_SUBSECTIONS = compiled(r"\((?<=\d\()")  # led by the bracket: scanned in C
_SUBSECTION = compiled(r"\(([a-zA-Z]{1,2}|[ivx]{3,4}|\d{1,2})\)")
# "Section 12(3)", "s. 8(2)", "Article 8(2)": after a provision's name, numbered subsections too are a reference.
_PROVISION_BEFORE = compiled(
    r"\b(?i:(?:sub)?sections?|articles?|regulations?|rules?|clauses?|paragraphs?|schedules?)\s$")
# "section 2.10", "Clause 4.2(b)", "rule 3.12": a provision's numbers are its parts, each said whole ("two point ten":
# "two point one zero" is another section), its subsections as letters or numbers.
_NUMBERED_PROVISION = compiled(
    r"\b((?i:(?:sub)?sections?|clauses?|rules?|paragraphs?|articles?|regulations?|schedules?|standards?)\s)"
    r"(\d{1,3})((?:\.\d{1,3}){1,3})((?:\([a-zA-Z]{1,2}\)|\([ivx]{1,4}\)|\(\d{1,2}\)){0,3})(?![\w(]|\.\d)")
# "the 49ers", "the 76ers": a team named for a number, said "forty niners", "seventy sixers".
_NUMBER_ERS = compiled(r"(\d(?<![\w.,]\d)\d{0,2})ers\b")
_ERS_WORD = frozenset({"ers"})  # after its digits and before a boundary: a word of util.letter_words
# "BA.2.86", "XBB.1.5", "JN.1", "ID.3": a lineage's or a model's letters and numbers, as they are said: "X B B one
# point five" (the stop after the letters is not said).
_LINEAGE = compiled(r"([A-Z](?<![\w.][A-Z])[A-Z]{1,2})\.(\d{1,3}(?:\.\d{1,3}){0,3})(?![\w]|\.\d)")
# "H.264", "G.711", "V.90": a standard's letter and its number, said in pairs.
_STANDARD = compiled(r"([A-Z])(?<![\w.][A-Z])\.(\d{2,3})(?![\w]|[.,]\d)")
# A first look for a lineage or a standard, [A-Z]\.\d in util.char_classes (a full stop is in every sentence).
_MAY_BE_STANDARD = "A.0"
# "802.11ac", "802.3": IEEE networking standards, said "eight o two dot eleven A C" ("ac" is no acre here).
_IEEE = compiled(r"8(?<![\w.]8)02\.(\d{1,2})([a-z]{1,2})?\b")
_SMALL_ROMAN = compiled(r"[ivx]{2,4}")  # "(ii)", "(iv)": a numbered clause (a single "i" may be a letter)
_SPACES = compiled(r"\s+")


def _form(match: re.Match[str]) -> str:
    """"W5 D2 L3" -> "won five, drawn two, lost three"."""
    won, drawn, lost = match.groups()
    spoken = f"won {numbers.cardinal(int(won))}, "
    spoken += f"drawn {numbers.cardinal(int(drawn))}, " if drawn is not None else ""
    return spoken + f"lost {numbers.cardinal(int(lost))}"


def _temperature_pair(match: re.Match[str]) -> str:
    """"12C 7C" -> "12 degrees Celsius 7 degrees Celsius" in a forecast's row, else as written."""
    if not (_ROW_WEEKDAY.match(match.string) or (_CHANCE_AFTER_PAIR.match(match.string, match.end())
                                                 and _DAY_BEFORE_PAIR.search(match.string, 0, match.start()))):
        return match.group(0)
    high, low = match.groups()
    return (f"{high} {'degree' if high.lstrip('-') == '1' else 'degrees'} Celsius "
            f"{low} {'degree' if low.lstrip('-') == '1' else 'degrees'} Celsius")


def _chess_move(part: re.Match[str]) -> str:
    """One move's number or one move in words: "12." -> "twelve", "Nxe5+" -> "knight takes e five check"."""
    number, castles, castles_check, piece, file, rank, takes, to_file, to_rank, promoted, check = part.groups()
    if number:
        return numbers.cardinal(int(number))
    if castles:
        return ("castles queenside" if castles == "O-O-O" else "castles kingside") + _CHECKS[castles_check]
    said = [_PIECES[piece]] if piece else []
    said += [file] if file else []
    said += [numbers.cardinal(int(rank))] if rank else []
    said += ["takes"] if takes else []
    said += [to_file, numbers.cardinal(int(to_rank))]
    said += ["promotes to", _PIECES[promoted]] if promoted else []
    return " ".join(said) + _CHECKS[check]


def _lone_piece_move(match: re.Match[str]) -> str:
    """"Nf6" -> "knight f six", where the sentence has a numbered move already read."""
    return " ".join(_chess_move(part) for part in _CHESS_PARTS.finditer(match.group(0)))


def _chess_run(match: re.Match[str]) -> str:
    """A run of chess moves in words, or as written where it holds one move and no Black's "..."."""
    parts = list(_CHESS_PARTS.finditer(match.group(0)))
    # a move's "??", "?!" or "!" (a commentator's mark of a blunder or a good move) is as sure a sign of chess as a
    # second move; it is not said
    # one move whose number is joined to it ("answered 1.d4", "won with 23.Qxh7+") is chess too, when a piece moves
    # or a pawn reaches the middle ranks (3 to 6, where openings' pawns go): a list's item is spaced from its text,
    # and "chapter 3.b1" names a part (h91: "one.d four" it was)
    joined = (parts[0].group(1) is not None and len(parts) == 2 and not match.group(0)[parts[0].end()].isspace()
              and (bool(parts[1].group(4)) or parts[1].group(9) in ("3", "4", "5", "6"))
              and not _PART_BEFORE.search(match.string, max(0, match.start() - 12), match.start()))
    if ("..." not in match.group(0) and "?" not in match.group(0) and "!" not in match.group(0) and not joined
            and sum(1 for part in parts if not part.group(1)) < 2):
        return match.group(0)
    return " ".join(_chess_move(part) for part in parts)


def _formula(match: re.Match[str]) -> str:
    """"NO2" -> "N.O two", "H2SO4" -> "H two S.O four": the symbols spelled, the counts said."""
    written = match.group(1)
    parts = _SYMBOL.findall(written)
    if (len(parts) < 2 or not (any(count for _, count in parts) or _BARE_FORMULA.fullmatch(written))
            or any(symbol not in ELEMENTS for symbol, _ in parts)
            or "".join(symbol + count for symbol, count in parts) != written):
        return match.group(0)
    said, letters = [], ""
    for symbol, count in parts:
        letters += symbol.upper()
        if count:
            said += [".".join(letters), numbers.cardinal(int(count))]
            letters = ""
    return " ".join(said + ([".".join(letters)] if letters else []))


def _arithmetic(match: re.Match[str]) -> str:
    return _OPERATOR.sub(lambda m: f" {_OPERATORS[m.group(1)]} ", match.group(0))


def _lettered_pages(match: re.Match[str]) -> str:
    """"e341-52" -> "e341 to 352", "S12-19" -> "S12 to 19", "A145-A150" -> "A145 to A150": the end page in full."""
    letter, low, again, high = match.groups()
    if len(high) < len(low) and not again:
        shortened = low[: len(low) - len(high)] + high
        high = shortened if int(shortened) > int(low) else high
    return f"{letter}{low} to {again}{high}"


def _short_code(match: re.Match[str]) -> str:
    """"texting FLOOD to 555-888" -> "... to five five five, eight eight eight": a short code's digits one by one."""
    return match.group(1) + ", ".join(numbers.digits(group) for group in match.group(2).split("-"))


def _range(match: re.Match[str], commonwealth: bool = False) -> str:
    """"2019-2023" and "10-15"; "2003-04" ends in a two-digit year, "pp. 74-6" in the end page's last digit; a game's
    score as the region's readers say it (commonwealth: "three one", "two all", "nil nil").

    Two numbers joined by a dash that cannot be a range are said one after the other: an end written with a
    leading zero ("12-05"), or a shorter end that falls below the start however it is read ("978-0").
    """
    low, high = match.group(1), match.group(2)
    if not (low.isdigit() and high.isdigit()):
        return f"{low} to {high}"
    if len(low) == 4 and len(high) <= 2 and 1010 <= int(low) < 2100:
        if len(high) == 1:  # "1998-9": the end year's last digit, after the start's decade ("ninety nine")
            if int(high) <= int(low[-1]):
                return f"{low} to {high}"
            high = low[2] + high
        return f"{low} to {numbers.two_digit_year(high)}"
    if _is_cricket_score(low, high, match) or _is_wickets_for_runs(low, high, match):
        return f"{low} for {high}"
    if _is_record(low, high, match):
        return " and ".join("oh" if side == "0" else side for side in (low, high))
    standing = _STANDING_AFTER.match(match.string, match.end()) is not None
    if ((commonwealth and len(low) <= 2 and len(high) <= 2 and sports.between_sides(match))
            or (int(low) + int(high) <= 30 and (standing or _MATCH_RESULT.search(
                match.string, max(0, match.start() - 40), match.end() + 20)))):
        score = _score_in_a_game(low, high, match, standing, commonwealth)
        if score:
            return score
    if len(high) > 1 and high.startswith("0"):
        return f"{low}, {numbers.digits(high)}"
    if len(high) < len(low):
        shortened = low[: len(low) - len(high)] + high  # the end as a shortened page or year range writes it
        if _PAGES_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) and int(shortened) > int(low):
            return f"{low} to {shortened}"
        if int(low) >= 100 and int(shortened) < int(low) and not near(_VOTE, match, 60):  # "100-0", "110-10"
            return f"{low}, {high}"
    return f"{low} to {high}"


def _is_record(wins: str, losses: str, match: re.Match[str]) -> bool:
    """A team's wins and losses ("The Jets are 3-7 this season", "a 10-6 record", "improved to 8-2")."""
    if len(wins) > 3 or len(losses) > 3 or int(wins) + int(losses) > 170 or "." in wins + losses:
        return False
    if _GAME_BEFORE.search(match.string, max(0, match.start() - 24), match.start()):
        return False  # "won 3-1 this season": a game's score
    before = max(0, match.start() - 9)
    return (_RECORD_AFTER.match(match.string, match.end()) is not None
            or (_RECORD_WHERE.match(match.string, match.end()) is not None
                and _RECORD_IS.search(match.string, before, match.start()) is not None)
            or (_RECORD_BEFORE.search(match.string, max(0, match.start() - 16), match.start()) is not None
                and _RECORD_END.match(match.string, match.end()) is not None))


def _in_a_list_of_sets(match: re.Match[str]) -> bool:
    """"won 6-2, 3-6, 7-5": a set's score beside another, each won at six or seven, or a tiebreak after "7-6 (" """
    before = match.string[max(0, match.start() - 20):match.start()]
    if _TIEBREAK_BEFORE.search(before):
        return True
    return max(int(match.group(1)), int(match.group(2))) in (6, 7) and (
        _SET_AFTER.match(match.string, match.end()) is not None or _SET_BEFORE.search(before) is not None)


def _score_in_a_game(low: str, high: str, match: re.Match[str], standing: bool = False,
                     commonwealth: bool = False) -> str:
    """A match's score as its game says it: a set "six love", "six four"; in British and Commonwealth English every
    other game's sides apart ("three one", "two all", "nil nil"); elsewhere football "one nil", other games "three to
    nothing"; "" where it is said as a range ("three to one")."""
    if int(low) <= 7 and int(high) <= 7 and (near(_TENNIS, match, 80) or _in_a_list_of_sets(match)):
        return " ".join("love" if side == "0" else side for side in (low, high))
    # a side's standing alone ("went 1-2 down the list") is left as it was: a zero in it is the game's sign
    said = sports.said_apart(low, high, match) if commonwealth and not standing else ""
    if said:
        return said
    if "0" not in (low, high):
        return ""
    if standing or near(_FOOTBALL, match, 100):
        return " ".join("nil" if side == "0" else side for side in (low, high))
    return " to ".join("nothing" if side == "0" else side for side in (low, high))


def _ratio(match: re.Match[str]) -> str:
    """"3:2" before "ratio" -> "three to two"."""
    return f"{numbers.cardinal(int(match.group(1)))} to {numbers.cardinal(int(match.group(2)))}"


def _score(match: re.Match[str]) -> str:
    """"4/5 stars" -> "four out of five stars"; a plain fraction is left to the fraction rule."""
    top, bottom = match.group(1), match.group(2)
    if bottom.endswith(".0") and not ("." in top and float(top) <= float(bottom)):
        return match.group(0)  # "2/3.0": no mark is written so
    is_score = ("." in top or _SCORE_AFTER.match(match.string, match.end()) is not None
                or _SCORE_BEFORE.search(match.string, max(0, match.start() - 32), match.start()) is not None
                or _marks_out_of_ten(match)
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


def _digit_chain(match: re.Match[str]) -> str:
    """"978-0-306-40615-7" -> "nine seven eight, zero, three zero six, four zero six one five, seven"."""
    groups = match.group(0).split("-")
    if max(len(group) for group in groups) < 4:
        return match.group(0)  # "12-34-56-78": a tally, read after
    return padded(match, ", ".join(numbers.digits(group) for group in groups))


def _processor(match: re.Match[str]) -> str:
    """"i9-14900K" -> "i nine fourteen nine hundred K"; "i7-8700K" -> "i seven eighty seven hundred K"."""
    tier, model, suffix = match.groups()
    if len(model) == 4:
        number = places.house_number(model)  # in pairs: "eighty seven hundred", "ten o five"
    else:  # the generation, then the model's number: "fourteen" "nine hundred"
        number = f"{numbers.cardinal(int(model[:2]))} {numbers.in_pairs(model[2:])}"
    return padded(match, f"i {numbers.cardinal(int(tier[1]))} {number}" + (f" {suffix}" if suffix else ""))


def _tally(match: re.Match[str]) -> str:
    """"49-30-4" -> "forty nine, thirty, four"."""
    return padded(match, ", ".join(numbers.number(part) for part in match.group(0).split("-")))


def _ordinal(match: re.Match[str]) -> str:
    value = int(match.group(1).replace(",", ""))
    suffix = match.group(2).lower()
    expected = {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th") if value % 100 not in (11, 12, 13) else "th"
    if suffix != expected:
        return match.group(0)  # "2th" is a typo or a code; the number rule reads the digits only
    if match.group(3):
        return padded(match, numbers.ordinal(value) + " minute" + sentence_stop(match))
    return padded(match, numbers.ordinal(value))


_SCORE_WORDS = compiled(r"\b(?:score|scored|won|wins?|beat|beats|led|leads?|trailed|trails?|defeated|victory|lost)\b")


def _even(match: re.Match[str]) -> str:
    """"50-50" -> "fifty fifty"; "a 24-7 job" -> "twenty four seven", unless a game's score ("won 24-7")."""
    if match.group(0) == "24-7" and _SCORE_WORDS.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)
    return _IDIOMS[match.group(0).replace("-", "/")]


def _box_score(match: re.Match[str]) -> str:
    """"54 HR" -> "54 home runs", "1 INT" -> "1 interception", "a HR" -> "a home run"."""
    one, many = BOX_SCORE_WORDS[match.group(2)]
    count = match.group(1)
    if not count[0].isdigit():  # the article as the word it stands before asks: "an interception"
        return f"{count[0]}{'n' if one[0] in 'aeiou' else ''} {one}"
    return f"{count} {one if count == '1' else many}"


def _is_cricket_score(runs: str, wickets: str, match: re.Match[str], slashed: bool = False) -> bool:
    """A total (40 or more) and the wickets down ("245-6", "245/6"), in a sentence about cricket; with a slash, which
    no span has, a total over twelve near wickets or overs ("India were 23/2 after five overs")."""
    if int(wickets) > 10 or wickets.startswith("0"):
        return False
    if int(runs) >= 40:
        return near(_CRICKET, match)
    return slashed and int(runs) > 12 and near(_WICKETS, match)


def _is_wickets_for_runs(wickets: str, runs: str, match: re.Match[str]) -> bool:
    """Wickets then runs, in a sentence about cricket: a bowler's figures ("took 4/32", "4-32") or a score as
    Australia writes it ("6/245"); said "four for thirty two" either way."""
    return (int(wickets) <= 10 and 10 < int(runs) < 1000 and not runs.startswith("0")
            and not _OF_AFTER.match(match.string, match.end()) and near(_CRICKET, match))  # "3/16 of the runs"


# "5/4 decking", "8/4 walnut", "6/4 oak boards": a board's thickness said in quarter inches (facts.LUMBER_WORDS).
_LUMBER_AFTER = compiled(rf" (?:[a-z]+ )?(?i:{'|'.join(sorted(LUMBER_WORDS))})\b")
_ARTICLE_NEXT = compiled(r" an? (?=[a-z])")  # "1/2 a tablet", "1/4 an hour"

def _fraction(match: re.Match[str]) -> str:
    whole, top, bottom = match.group(1), int(match.group(2)), int(match.group(3))
    if bottom == 0 or match.group(3).startswith("0"):  # "1/0", "2023/0145": no fraction, read with "slash"
        return match.group(0)
    if not whole and 1 <= top <= bottom and _SERIES_BEFORE.search(match.string, max(0, match.start() - 10),
                                                                  match.start()):
        return padded(match, f"{numbers.cardinal(top)} of {numbers.cardinal(bottom)}")  # "Step 1/3"
    if not whole and _PRESSURE_BEFORE.search(match.string, max(0, match.start() - 52), match.start()):
        return padded(match, f"{numbers.cardinal(top)} over {numbers.cardinal(bottom)}")  # "BP 120/80"
    if not whole and (_ODDS_AFTER.match(match.string, match.end())
                      or _ODDS_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
                      or (top > bottom and bottom <= 20 and (near(_BETTING, match, 80)
                                                             or _PRICE_TO.match(match.string, match.end()))
                          and not _OF_AFTER.match(match.string, match.end()))  # "5/2 of the cake" is a fraction
                      or (bottom == 1 < top and (top > 31 or _AT_BEFORE.search(match.string, max(0, match.start() - 3),
                                                                               match.start())))):
        return padded(match, f"{numbers.cardinal(top)} to {numbers.cardinal(bottom)}")  # "odds of 5/1"
    if not whole and bottom == 4 < top <= 16 and _LUMBER_AFTER.match(match.string, match.end()):
        return padded(match, f"{numbers.cardinal(top)} quarter")  # "5/4 decking": a board's thickness in quarters
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
            _METRE_AFTER.match(match.string, match.end())
            or (not _OF_AFTER.match(match.string, match.end()) and near(_MUSIC_WORDS, match, 60))):
        return padded(match, f"{numbers.cardinal(top)} {numbers.cardinal(bottom)}")  # "in 6/8 time": a metre
    if not whole and top == bottom and top > 1:  # "7/7", "4/4 time": a whole is never written so; a date, a metre
        return padded(match, f"{numbers.cardinal(top)} {numbers.cardinal(bottom)}")
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
    if not whole and (_is_cricket_score(match.group(2), match.group(3), match, True)  # "245/6 at stumps"
                      or _is_wickets_for_runs(match.group(2), match.group(3), match)):  # "took 4/32"
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
        return padded(match, "half")  # "½ price", "1/2 term": as a sign is read ("one half price" it was, h91)
    spoken = numbers.fraction(int(whole) if whole else None, top, bottom)
    if not whole and 1 < top < bottom and match.string.startswith("-", match.end()) and _MEASURE_AFTER_HYPHEN.match(
            match.string, match.end()):  # "a 3/4-inch pipe": a fraction joined to its measure is singular
        spoken = f"{numbers.cardinal(top)} {numbers.denominator(bottom, plural=False)}"
    if not whole and top == 1 < bottom and match.group(0).lower().endswith("ths"):  # "cut into 1/8ths": eighths
        spoken = numbers.denominator(bottom, plural=True)
    if not whole and top == 1 and bottom > 1 and _ARTICLE_NEXT.match(match.string, match.end()):
        # "1/2 a tablet" is "half a tablet", "1/4 an hour" "a quarter of an hour" ("one half a tablet" it never is)
        return padded(match, "half" if bottom == 2 else f"a {numbers.denominator(bottom, plural=False)} of")
    after_a = _A_BEFORE.search(match.string, max(0, match.start() - 3), match.start()) is not None
    if not whole and top == 1 and bottom > 1 and after_a:
        spoken = spoken.removeprefix("one ")  # "a 1/2 cup" is "a half cup", not "a one half cup"
    return padded(match, spoken)


def _number(match: re.Match[str]) -> str:
    """Read a bare number; a four-digit number that looks like a year is read as one."""
    whole, fraction = match.groups()
    if fraction is None and len(whole) == 4 and 1010 <= int(whole) < 2100 and not _is_amount(match):
        return padded(match, numbers.year(int(whole)))
    # the next century only after a year's word: "warming by 2100", "until 2150" ("2100 people" is a count)
    if fraction is None and len(whole) == 4 and 2100 <= int(whole) < 2200 and (_YEAR_BEFORE.search(
            match.string, max(0, match.start() - 8), match.start()) or match.string.endswith("year ", 0, match.start())
    ) and not _is_amount(match):
        return padded(match, numbers.year(int(whole)))
    return padded(match, numbers.number(whole if fraction is None else f"{whole}.{fraction}"))


def _is_amount(match: re.Match[str]) -> bool:
    """True for a four-digit number before a counted noun ("1240 miles long"), unless a year's word leads it.

    Round hundreds keep the year's reading, which is how people count them too: "fifteen hundred men".
    """
    if match.group(1).endswith("00"):
        return False
    noun = _NOUN_AFTER.match(match.string, match.end())
    if noun is None or noun.group(1) not in COUNTED_NOUNS:
        return False
    return _YEAR_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) is None


def _version(match: re.Match[str]) -> str:
    """Read a version "1.6.0" (or "v1.6.0") as "one point six point zero"."""
    said = _VERSION_WORD_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) is not None
    named = "version " if match.group(1) and not said else ""
    return padded(match, named + " point ".join(numbers.number(part) for part in match.group(2).split(".")))


def _whole_version(match: re.Match[str]) -> str:
    """"v3" -> "version three"; an engine's "v8" is left as its name."""
    count = match.group(1)
    if count in _CYLINDERS and (_ENGINE_AFTER.match(match.string, match.end())
                                or _CHARGER_BEFORE.search(match.string, max(0, match.start() - 16), match.start())):
        return match.group(0)
    return "version " + numbers.integer(count)


def _named_version(match: re.Match[str]) -> str:
    """"v3.12" -> "version three point twelve"."""
    spoken = f"{numbers.integer(match.group(2))} point {numbers.integer(match.group(3))}"
    return padded(match, ("version " if match.group(1) else "") + spoken)


def _power(match: re.Match[str]) -> str:
    """Read "10^5" as "ten to the power of five", "x^2" as "x squared" and "r^3" as "r cubed"."""
    base, minus, exponent = match.groups()
    spoken = numbers.number(base) if base[0].isdigit() else base
    if not minus and exponent in ("2", "3"):
        return padded(match, f"{spoken} {'squared' if exponent == '2' else 'cubed'}")
    return padded(match, f"{spoken} to the power of {'minus ' if minus else ''}{numbers.number(exponent)}")


def _names_with_numbers(text: str) -> str:
    """Versions, teams, lineages, standards, bills and models: names whose numbers are said their own way."""
    if "Aa-0" in char_classes(text):  # before a name's number is said in pairs
        text = _isotopes(text)
    if "/" in text and ("HTTP" in text or "SMB" in text or "NFS" in text or "SPDY" in text or "SOCKS" in text):
        text = _PROTOCOL_VERSION.sub(r"\1 ", text)
    # The class-led first looks are first looked for in the text's char_classes ("A" a capital, "a" a small letter,
    # "0" a digit): a substring test each, where every class scanned the sentence (0.5-1.5 us each).
    classes = char_classes(text)
    if "x" in text and ".x" in text:
        text = _ANY_RELEASE.sub(lambda m: f"{m.group(1)} point x", text)
    if "-" in text and any(tag in text for tag in _PRE_RELEASE_TAGS):
        text = _PRE_RELEASE.sub(lambda m: f" {'R.C' if m.group(1) == 'rc' else m.group(1)}"
                                + (f" {numbers.integer(m.group(2))}" if m.group(2) else ""), text)
    if "^" in text:
        text = _CARET_VERSION.sub("caret ", text)
    if "0.0" in classes and _MAY_BE_VERSION.search(text):
        text = _VERSION.sub(_version, text)
    if "ersion " in text or _MAY_BE_V.search(text):
        text = _NAMED_VERSION.sub(_named_version, text)
        text = _WHOLE_VERSION.sub(_whole_version, text)
    if ("a 0" in classes or "A 0" in classes or "= 0" in classes or "< 0" in classes or "> 0" in classes) and (
            "0.0" in classes and _MAY_BE_SOFTWARE.search(text)):
        text = _SOFTWARE_VERSION.sub(lambda m: f"{m.group(1)} "
                                     + (signs.comparison_words(m.group(2)) + " " if m.group(2) else "")
                                     + f"{numbers.integer(m.group(3))} point {numbers.integer(m.group(4))}", text)
    if among_known_words(_ERS_WORD, text) and "ers" in text:  # the ending stands apart after its digits
        text = _NUMBER_ERS.sub(_number_ers, text)
    if _MAY_BE_STANDARD in char_classes(text):
        text = _STANDARD.sub(_standard, _LINEAGE.sub(_lineage, text))
    if "8" in text and "802." in text:
        text = _IEEE.sub(lambda m: f"eight o two dot {numbers.cardinal(int(m.group(1)))}"
                                   + (" " + ".".join(m.group(2).upper()) if m.group(2) else ""), text)
    if ("R" in text and ("Res." in text or "R." in text)) or ("S" in text and " S. " in text):
        text = _BILL.sub(_bill, text)
    if "7" in text:
        text = _JETLINER.sub(_jetliner, text)
    if among_words(MODEL_MAKERS, text):  # each stands apart before its number
        text = _MAKER_MODEL.sub(lambda m: f"{m.group(1)} {numbers.in_pairs(m.group(2))}"
                                          + (f" {m.group(3)}" if m.group(3) else ""), text)
        text = _models_named_later(text)
    if among_known_words(_FLIGHT_WORDS, text) and "light " in text:
        text = _FLIGHT.sub(_flight, text)
    if ("A 00" in char_classes(text) or "0 00" in char_classes(text)) and _MAY_BE_AIRLINE.search(text):
        text = _AIRLINE_FLIGHT.sub(_flight, text)
    if _MAY_BE_GLUED_FLIGHT in char_classes(text):
        text = _GLUED_FLIGHT.sub(_flight, text)
    # one character first where each needle holds it (a memchr, where each needle costs a scan)
    if ("V" in text and ("WV" in text or "RV" in text or "KV" in text)) or ("K" in text and "K." in text) or (
            "H" in text and "Hob." in text) or ("W" in text and "WoO" in text):
        text = _CATALOGUE.sub(lambda m: padded(m, f"{m.group(1)} {_catalogue_number(m.group(3))}"), text)
    if "0 00000 00000 0" in char_classes(text) or "0 000000 000000" in char_classes(text):
        text = _BARCODE.sub(lambda m: numbers.digits(m.group(0)), text)
    if "Schubert" in text and "D" in text:
        text = _DEUTSCH.sub(lambda m: f"D {_catalogue_number(m.group(1))}", text)
    if "i" in text and "-" in text and "a0-0" in char_classes(text):  # "i7-8": the tier's digit, a hyphen, a digit
        text = _PROCESSOR.sub(_processor, text)
    if "X" in text and ("TX" in text or "RX" in text):
        text = _GRAPHICS_CARD.sub(lambda m: f"{m.group(1)} {numbers.year(int(m.group(2)))}", text)
    classes = char_classes(text)
    chip_or_code = (("0A" in classes or "a0000" in classes or ("X" in text and "XT" in text))
                    and _MAY_BE_CHIP_OR_CODE.search(text) is not None)
    if chip_or_code:
        text = _CHIP.sub(lambda m: padded(m, f"{numbers.year(int(m.group(1) + m.group(2)))} {m.group(3).strip()}"),
                         text)
    if "K" in text and "K " in text:
        text = _KELVIN.sub(lambda m: padded(m, f"{numbers.cardinal(int(m.group(1) + m.group(2)))} kelvin"), text)
    if "E" in text and "S" in text:
        text = _EPISODE.sub(lambda m: f"season {numbers.cardinal(int(m.group(1)))} episode "
                                      f"{numbers.cardinal(int(m.group(2)))}", text)
    if "7" in text and "007" in text:
        text = _DOUBLE_O.sub("double o seven", text)
    if "V" in text and "CVE-" in text:
        text = _CVE.sub(lambda m: padded(m, f"C.V.E {numbers.year(int(m.group(1)))} "
                                            f"{places.house_number(m.group(2))}"), text)
    if among_words(_STATUS_WORDS, text):
        text = _STATUS_CODE.sub(lambda m: padded(m, numbers.in_pairs(m.group(0))), text)
    if chip_or_code:
        text = _SMALL_CODE.sub(lambda m: padded(m, f"{m.group(1)} {numbers.digits(m.group(2))}"), text)
    if _MAY_BE_CAPITAL_FOUR in char_classes(text):
        text = _CAPITAL_FOUR.sub(lambda m: f"{m.group(1)} {numbers.year(int(m.group(2)))}", text)
    if _MAY_BE_NAMED_NUMBER in char_classes(text):
        text = _NAMED_NUMBER.sub(lambda m: f"{m.group(1)} {numbers.in_pairs(m.group(2))}", text)
    # a capital, maybe another and a hyphen, then three digits
    return _MODEL.sub(_model, text) if "A000" in char_classes(text) or "A-000" in char_classes(text) else text


def _isotopes(text: str) -> str:
    """"Pu-239" -> "plutonium two thirty nine": an element's name and its mass number, where the number can be one."""
    parts, last = [], 0
    for match in _ISOTOPE.finditer(text):
        start = match.start() - 2
        element = ISOTOPE_ELEMENTS.get(text[start:match.start()])
        mass = int(match.group(1))
        if element is None or not element[1] <= mass <= 3 * element[1] + 10:
            continue
        number = numbers.in_pairs(match.group(1)) if mass >= 100 else numbers.cardinal(mass)
        name = element[0].capitalize() if start == 0 else element[0]
        parts.append(f"{text[last:start]}{name} {number}{' m' if match.group(2) else ''}")  # "Tc-99m": metastable
        last = match.end()
    return "".join(parts) + text[last:] if parts else text


def _models_named_later(text: str) -> str:
    """A maker's model after its name earlier in the sentence: "Porsche unveiled a hybrid 911" -> "nine eleven"."""
    maker = _MAKER_NAMED.search(text)
    if maker is None:
        return text
    # a sentence at a time is read (narrator.speech.segment): the rest of the text is the maker's sentence
    return text[:maker.end()] + _LATER_MODEL.sub(lambda m: m.group(1) + numbers.in_pairs(m.group(2)),
                                                 text[maker.end():])


def _carat(match: re.Match[str]) -> str:
    """"18K gold" -> "18 carat gold": a "K" only at a gold's fineness ("50K gold coins" are thousands)."""
    if match.group(2) and match.group(1) not in _GOLD_FINENESS:
        return match.group(0)
    return f"{match.group(1)} carat"


def _case_number(match: re.Match[str]) -> str:
    """"Case No. 22-451" -> "Case number twenty two dash four fifty one"."""
    kind, number_after_kind, number_alone, first, second = match.groups()
    label = (kind or "") + ("number " if number_after_kind or number_alone else "")
    return padded(match, f"{label}{_identifier_part(first)} dash {_identifier_part(second)}")


def _identifier_part(digits: str) -> str:
    """An identifier's part: "2024" a year, "451" and "1392" in pairs, "07" and "123456" digit by digit."""
    if digits.startswith("0") or len(digits) > 4:
        return numbers.digits(digits)
    if len(digits) == 4:
        return numbers.year(int(digits)) if 1900 <= int(digits) <= 2099 else _catalogue_number(digits)
    return numbers.in_pairs(digits) if len(digits) > 2 else numbers.cardinal(int(digits))


def _docket(match: re.Match[str]) -> str:
    """"No. 1:23-cv-04567" -> "number one, twenty three, C.V, zero four five six seven"."""
    label, office, year, kind, serial = match.groups()
    said = (f"{numbers.cardinal(int(office))}, {numbers.cardinal(int(year))}, {'.'.join(kind.upper())}, "
            f"{numbers.digits(serial)}")
    if label:
        said = ("number " if label.lower() == "no." else f"{label} ") + said
    return padded(match, said)


def _catalogue_number(digits: str) -> str:
    """"1007" -> "ten o seven", "1048" -> "ten forty eight", "525" -> "five twenty five": in pairs."""
    if len(digits) == 4 and digits[0] != "0" and digits[2:] != "00":
        return f"{numbers.cardinal(int(digits[:2]))} {numbers.two_digit_year(digits[2:])}"
    return numbers.in_pairs(digits)


def _flight(match: re.Match[str]) -> str:
    """"Flight BA 123" -> "Flight B.A one twenty three", "flight B6 9" -> "flight B six nine"."""
    code = match.group(2)
    spoken = ".".join(code) if code.isalpha() else " ".join(
        numbers.digits(char) if char.isdigit() else char for char in code)  # "B6", "U2", "F9"
    digits = match.group(3)
    number = numbers.year(int(digits)) if len(digits) == 4 and digits[0] != "0" else numbers.in_pairs(digits)
    return padded(match, f"{match.group(1)}{spoken} {number}")


def _jetliner(match: re.Match[str]) -> str:
    """"737-800" -> "seven thirty seven eight hundred", "777-300ER" -> "... three hundred E.R", "747s" -> "...s"."""
    variant, letters, plural = match.group(1), match.group(2), match.group(3) or match.group(4)
    spoken = numbers.in_pairs(match.group(0)[:3]) + (plural or "")
    if variant:
        spoken += " " + numbers.cardinal(int(variant)) + (" " + ".".join(letters) if letters else "")
    return padded(match, spoken)


def _standard(match: re.Match[str]) -> str:
    """"H.264" -> "H two sixty four"."""
    return padded(match, f"{match.group(1)} {numbers.in_pairs(match.group(2))}")


def _bill(match: re.Match[str]) -> str:
    """"H.R. 3684" -> "H.R thirty six eighty four", "S.J.Res. 7" -> "Senate Joint Resolution seven"."""
    kind = _BILL_KINDS[match.group(1).replace(".", "").replace(" ", "")]
    return padded(match, f"{kind} {places.house_number(match.group(2))}")


def _model(match: re.Match[str]) -> str:
    """"A380" -> "A three eighty", "SR388" -> "S.R three eighty eight" (two letters dotted, to be spelled)."""
    if match.group(1) + match.group(2) in CURRENCIES:
        return match.group(0)  # "RM150" is an amount in ringgit, read by the money rule
    letters = match.group(1) + ("." + match.group(2) if match.group(2) else "")
    spoken = f"{letters} {numbers.in_pairs(match.group(3))}"
    if match.group(4):  # "C-311/18": a case's number and its year
        spoken += f" slash {numbers.integer(match.group(4))}"
    return padded(match, spoken)


def _number_ers(match: re.Match[str]) -> str:
    """"49ers" -> "forty niners"."""
    spoken = numbers.cardinal(int(match.group(1)))
    return padded(match, spoken + ("rs" if spoken.endswith("e") else "ers"))


def _lineage(match: re.Match[str]) -> str:
    """"BA.2.86" -> "B.A two point eighty six" (letters dotted: the capitals rule spells them)."""
    return padded(match, ".".join(match.group(1)) + " " + " point ".join(
        numbers.integer(part) for part in match.group(2).split(".")))


def _numbered_provision(match: re.Match[str]) -> str:
    """"section 2.10" -> "section two point ten", "Clause 4.2(b)" -> "Clause four point two B"."""
    label, first, parts, brackets = match.groups()
    said = [numbers.cardinal(int(first))] + [f"point {numbers.cardinal(int(part))}" for part in parts[1:].split(".")]
    return padded(match, label + " ".join(said + _subsection_words(brackets)))


def _subsection_words(brackets: str) -> list[str]:
    """"(a)(ii)(3)" -> ["A", "two", "three"]: a subsection's letters as letters, its numerals and numbers as numbers."""
    words = []
    for item in _SUBSECTION.findall(brackets):
        if item.isdigit():
            words.append(numbers.cardinal(int(item)))
        elif _SMALL_ROMAN.fullmatch(item):
            words.append(numbers.cardinal(romans.roman_value(item.upper())))
        else:
            words.append(item.upper())
    return words


def _subsections(match: re.Match[str]) -> str:
    """"401(k)" -> "four o one K": the number as a code, each subsection a letter or a number."""
    if not any(c.isalpha() for c in match.group(2)) and not _PROVISION_BEFORE.search(
            match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)  # "12(3)" is a count with a note, not a code
    return padded(match, " ".join([numbers.in_pairs(match.group(1)), *_subsection_words(match.group(2))]))


def _average(match: re.Match[str]) -> str:
    """".310" -> "three ten", ".300" -> "three hundred", ".057" -> "o fifty seven"."""
    return (match.group(1) or "") + _thousandths(match.group(2) or match.group(3))


def _thousandths(digits: str) -> str:
    """A baseball average's three digits: "310" -> "three ten", "057" -> "o fifty seven"."""
    return numbers.in_pairs(digits) if digits[0] != "0" else "o " + numbers.cardinal(int(digits))


def _wind(match: re.Match[str]) -> str:
    """"090/12" before knots -> "zero nine zero at 12"."""
    return f"{numbers.digits(match.group(1))} at {int(match.group(2))}"  # "08 knots": eight


def _slashed_reference(match: re.Match[str]) -> str:
    """"25/01234/FUL" -> "twenty five zero one two three four FUL": each part as a reference says it."""
    parts = match.group(1).split("/")
    if not any(part.isalpha() or len(part) >= 5 for part in parts) or all(part.isalpha() for part in parts):
        return match.group(0)
    return " ".join(_reference_part(part) for part in parts)


def _reference_part(part: str) -> str:
    """A reference's part: letters as written, four digits as a year, one led by a zero or five long digit by digit,
    others as a number."""
    if part.isalpha():
        return part
    if part.startswith("0") or len(part) > 4:
        return numbers.digits(part)
    return numbers.year(int(part)) if len(part) == 4 else numbers.cardinal(int(part))


def _school_year_pair(match: re.Match[str]) -> str:
    """"Y7/8" -> "years 7 and 8"; other pairs as written."""
    first, second = int(match.group(1)), int(match.group(2))
    if not (1 <= first <= 13 and second == first + 1):
        return match.group(0)
    written = match.group(0)
    capital = written.startswith(("Years", "Yr")) or match.start() == 0  # "Y7/8" mid-sentence: "years"
    return f"{'Years' if capital else 'years'} {first} and {second}"


def _age_group(match: re.Match[str]) -> str:
    """"U-21" -> "under twenty one", "U17s" -> "under seventeens"."""
    age = numbers.cardinal(int(match.group(1)))
    return "under " + (numbers.plural(age) if match.group(2) else age)


def _video_mode(match: re.Match[str]) -> str:
    """"/120fps" -> " at 120 fps" ("30 p": no pence), "/60" after a resolution -> " at 60"."""
    return f" at {match.group(1)} {match.group(2)}" if match.group(1) else f" at {match.group(3)}"


def _seconds_after_limit(match: re.Match[str], decades: bool) -> str:
    """"to 30s" -> "to thirty seconds"; tens beside another decade ("from 20s to 30s", decades true) are left to the
    decades."""
    value = int(match.group(2))
    if value >= 100 and value % 5:  # "to 747s": aircraft; seconds past a minute and a half are round
        return match.group(0)
    if value < 10 and _DIGIT_PLURAL_AFTER.match(match.string, match.end()):
        return match.group(0)
    if value % 10 == 0 and value < 100 and (
            match.group(1).lower() in ("of ", "about ", "around ") or decades
            or _CHANGE_TO.search(match.string, max(0, match.start() - 12), match.end(1))):
        return match.group(0)
    return f"{match.group(1)}{numbers.cardinal(value)} {'second' if value == 1 else 'seconds'}"


def _exposure(match: re.Match[str]) -> str:
    """"1/250 s" -> "one two hundred fiftieth of a second"; "1/2 s" -> "half a second"."""
    bottom = int(match.group(1))
    if bottom == 1:
        return padded(match, "one second")
    if bottom == 2:
        return padded(match, "half a second")
    return padded(match, f"{numbers.fraction(None, 1, bottom)} of a second")


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


# "3,4 and 5", "rooms 2,3,4": small numbers listed with commas and no spaces (no thousands: their groups hold three
# digits), said one by one.
_LISTED_NUMBERS = compiled(r"(?<![\w.,])\d{1,3}(?:,\d{1,2})+(?![\w,]|\.\d)")
_MAY_BE_LISTED = compiled(r"\d,\d\d?(?!\d)")


# "NO2", "SO2", "H2SO4", "CH4": two or more element symbols with a count after one of them ("NO" and "SO" were words).
_FORMULA = compiled(r"(?<![\w.-])((?:[A-Z][a-z]?\d{0,2}){2,6})(?![\w-]|\.\d)")
_MAY_BE_MODEL_PLURAL = compiled(r"\ds\b")  # a first look, led by a digit
# a first look: a count after two symbols ("NO2", "NaCl2") or between two ("H2O")
_MAY_BE_FORMULA = compiled(r"[A-Z][a-z]?[A-Z][a-z]?\d|[A-Z]\d{1,2}[A-Z]")
# "NaCl", "KCl", "HBr", "NaOH": a salt, an acid or a hydroxide has no count to show it is a formula, but an element
# before a halogen's two letters (or "OH" after a two-letter metal) is one; spelled as the others (was left as
# written, said as a word). "OOH", "DOH" are capitals, never these.
_BARE_FORMULA = compiled(r"(?<![\w.-])((?:[A-Z][a-z]?)(?:Cl|Br)|[A-Z][a-z]OH)(?![\w-]|\.\d)")
# a first look led by the halogen's letters ("Clinton", "Britain" fail at once): scanned in C
_MAY_BE_BARE_FORMULA = compiled(r"(?:Cl|Br)(?<=[A-Za-z]..)|OH(?<=[a-z]OH)")
_SYMBOL = compiled(r"([A-Z][a-z]?)(\d{0,2})")
# "225/45 R17", "245/40R18": a tyre's width, profile and rim, said "two twenty five forty five R seventeen".
_TYRE = compiled(r"(?<![\w/.,])(\d{3})/(\d{2})\s?(Z?R)\s?(\d{2})\b(?![.,]\d)")
# "24 F-16s", "T-72s", "A320s", "PS5s": a model's plural, written against its number; as a possessive ("F-16's") the
# voice says the number's plural ("sixteens"), where the bare "s" was said as a letter ("F sixteen s").
# An age group's capitalised word is no model ("Over-65s", "Under-18s": "over sixty fives", read with the small ones).
_MODEL_PLURAL = compiled(r"\b(?!(?:Over|Under)-)([A-Z][A-Za-z]{0,3}-?\d{1,4})s\b(?!['’])")
# After a name and a space ("Pixel 8s", "Boeing 77s", "Under 21s"): a number of three digits at most said as a plural
# noun, "Pixel eights"; not a decade's ("In 80s London") nor a Boeing jetliner's, read in pairs before.
# Not a sentence's first word, which may be a verb before seconds ("Try 15s at f/8", "Rest 45s").
_NAMED_MODEL_PLURAL = compiled(r"([A-Z](?<=[\w,;:] [A-Z])[a-z]{2,11} )(?!\d0s|7[0-8]7s)(\d{1,3})s\b(?!['’])")
# "finished at -12", "is +2 after a double bogey": in a sentence about golf, a score against par is so many under or
# over it, not "minus twelve".
# led by a look ahead for its words' first letters, where the engine tried every word at every position
_GOLF = compiled(r"(?=[GgpbehfTtPLRMlsr])\b(?:[Gg]olf\w*|par|birdie\w*|bogey\w*|eagles?|holes?|putts?|[Tt]ee"
                 r"|fairways?|[Tt]he cut|PGA|LPGA|Ryder Cup|Masters|leaderboard|shots? clear|shot a|rounds? of)\b")
_PAR_SCORE = compiled(r"(?<![\w.,)])([-+−])(\d{1,2})\b(?![.,]\d|\s?(?:%|°|degrees|points?|pts|percent))")
# "18-64-year-olds", "40-60-year-old women": a span of ages before "-year-old", said "eighteen to sixty four".
# "a 5-10-year outlook", "a 2–3-hour wait": a span joined to the measure it makes an adjective of, said the same way.
_AGE_SPAN = compiled(r"(?<![\w.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})-(?=(?:year|month|week|day)s?-old"
                     r"|(?:year|month|week|day|hour|minute|second|mile|foot|inch|page|point|man|person|seat|storey"
                     r"|story|room|bedroom|star|game|match|lap|hole)\b(?!-))")
# "2.3/1,000 patient-days", "12/100,000 people": a rate per a thousand or more, its base written with commas ("slash"
# it was); "1/1000" without them is a fraction.
_PER_BASE = compiled(rf"(?<![\w./,])({NUM})\s?/\s?(1?0{{0,2}},000(?:,000)?)(?![\w/]|[.,]\d)")
# "2½-3 hours" (by now "2 1/2-3"), "1/2-1 tsp", "16½-11½": a span that starts with a fraction, said with "to" (the dash
# was not said: "two and a half three hours").
_FRACTION_SPAN = compiled(r"(?<![\w./,-])((?:\d{1,3}\s)?\d{1,2}/\d{1,2})\s?[-–]\s?"
                          r"(?=(?:\d{1,3}\s)?\d[\d/]*(?![\w/-]|[.,]\d))")
_MAY_BE_FRACTION_SPAN = compiled(r"/\d\d?\s?[-–]\s?\d")  # a first look, led by the slash
# "1/n", "2/x": a number over a variable, in a formula.
_OVER_LETTER = compiled(r"(?<![\w/.,])(\d+)/([a-z])(?![\w/'’])")


def _half_points(match: re.Match[str]) -> str:
    """"4 1/2/7" -> "four and a half out of seven"; more points than games is no score."""
    points, games = int(match.group(1)), int(match.group(2))
    if points >= games:
        return match.group(0)
    return padded(match, f"{numbers.cardinal(points)} and a half out of {numbers.cardinal(games)}")


def _fraction_span(match: re.Match[str]) -> str:
    """"2 1/2-3" -> "2 1/2 to 3"; a start that is no proper fraction ("24/7-365") is left."""
    top, _, bottom = match.group(1).rpartition(" ")[2].partition("/")
    return f"{match.group(1)} to " if int(top) < int(bottom) else match.group(0)


def _numbers(text: str, commonwealth: bool = False) -> str:
    """Products, ranges, ordinals, fractions and plain numbers, in that order (a game's score as British and
    Commonwealth readers say it where commonwealth)."""
    if "*" in text:
        text = _TIMES.sub(" times ", text)
    if "ext" in text and _MAY_BE_SHORT_CODE.search(text):
        text = _SHORT_CODE.sub(_short_code, text)
    if "," in text and "0,0" in char_classes(text) and _MAY_BE_LISTED.search(text):
        text = _LISTED_NUMBERS.sub(lambda m: m.group(0).replace(",", ", "), text)
    if "-" in text:
        if "/" in text and _MAY_BE_FRACTION_SPAN.search(text):
            text = _FRACTION_SPAN.sub(_fraction_span, text)
        # First looks for the rules below, each led by a look behind (entered at every position of the text): a
        # span's second number before its hyphen, the even odds, two hyphens at least in a chain, a number's hyphen.
        if "0-a" in char_classes(text):
            text = _AGE_SPAN.sub(lambda m: f"{m.group(1)} to {m.group(2)}-" if int(m.group(1)) < int(m.group(2))
                                 else m.group(0), text)
        if "50-50" in text or "24-7" in text:
            text = _EVEN.sub(_even, text)
        if text.count("-") > 1:
            text = _TALLY.sub(_tally, _DIGIT_CHAIN.sub(_digit_chain, text))
        if "0-" in char_classes(text) and ("a0" in char_classes(text) or "A0" in char_classes(text)):
            text = _LETTERED_PAGES.sub(_lettered_pages, text)
        if _MAY_BE_RANGE.search(text):
            text = _RANGE.sub(lambda m: _range(m, commonwealth), text)
        if "-0" in char_classes(text) or "-.0" in char_classes(text):  # a dash before a digit first
            text = _NEGATIVE.sub("minus ", text)  # before fractions: "-1/2" is "minus one half"
    if "/" in text and "/." in text:
        text = _SLASH_LINE.sub(lambda m: ", ".join(_thousandths(digits) for digits in m.groups()), text)
    if "/" in text:
        text = _IDIOM.sub(lambda m: padded(m, _IDIOMS[m.group(0)]), text)
        text = _COUNTS_SLASH.sub(r"\1, ", text)
        if ",000" in text:
            text = _PER_BASE.sub(r"\1 per \2", text)
        text = _SPLIT.sub(_split, text)
        if " 1/2/" in text:  # "4½/7" (tidied to "4 1/2/7"): points out of games, before the score and fractions
            text = _HALF_POINTS.sub(_half_points, text)
        text = _SCORE.sub(_score, slashes.verdicts(text))
        text = _DIGIT_SLASH.sub(" slash ", _FRACTION.sub(_fraction, text))
        text = _OVER_LETTER.sub(r"\1 over \2", text)
        if "a eigh" in text or "a elev" in text or text.startswith(("A eigh", "A elev")):
            text = _A_BEFORE_VOWEL_NUMBER.sub("\\g<0>n", text)
    if ("0aa" in char_classes(text) or "0AA" in char_classes(text)) and _MAY_BE_ORDINAL.search(text):
        if "-" in text:
            text = _ORDINAL_SPAN.sub(r"\1 to ", text)
        if "=" in text:
            text = _EQUAL_PLACE.sub(r"\1 equal", text)
        text = _ORDINAL.sub(_ordinal, text)
    if "^" in text:
        text = _POWER.sub(_power, text)
    if "+" in text:
        text = _PLUS.sub(" plus ", text)
    if "-" in text:
        text = _LETTER_NUMBER.sub(" ", text)
    # Each rule below only where its cheapest sign is: a digit against the mark, a "T" against a digit.
    if "T" in text and _MAY_BE_TIED.search(text):
        text = _TIED.sub(lambda m: f"{m.group(1)}tied {numbers.ordinal(int(m.group(2)))}", text)
    if ".000" in char_classes(text) and _MAY_BE_AVERAGE.search(text):  # a stop and three digits in C first
        text = _AVERAGE.sub(_average, text)
    text = _NUMBER.sub(_number, text)
    # a stop before a digit in the classes, where the scan led by the stop cost ~0.2 us on every sentence with a digit
    if ".0" not in char_classes(text):
        return text
    return _POINT_NUMBER.sub(lambda m: padded(m, numbers.decimal("." + m.group(1))), text)


# An emoji that stands for a word: after an article or a word that names or sends one ("He posted a 👍 in reply",
# "react with 👍 or 👎", "the 😂 emoji"), or alone in quotes ("The reply was just \"💀💀💀\""). Elsewhere it is
# decoration, dropped with the rest when the text is tidied.
_EMOJI_AS_WORD_BEFORE = compiled(
    r"(?:\b(?i:a|an|the|with|or|and|just|posted|sent|single|of|like|as|by|was|is)\s|[\"“‘'])$")
_MAY_BE_EMOJI = compiled("[\U0001f000-\U0001faff\u2600-\u27bf]")  # a first look: quotes and dashes are no emoji
_EMOJI_AS_WORD_AFTER = compiled(r"\s(?:emoji|emojis|icon|symbol|sign|reaction)\b|[\"”’']")


def emoji_words(text: str) -> str:
    """Say an emoji used as a word by its name ("a 👍" -> "a thumbs up"); the text's other emoji are left to tidy."""
    text = signs.ticks(text)  # a tick or a cross after a feature is its answer, not a picture
    if not _MAY_BE_EMOJI.search(text):
        return text
    import emoji  # imported only for text with an emoji in it

    found = emoji.emoji_list(text)
    if not found:
        return text
    parts, last, i = [], 0, 0
    while i < len(found):
        first = found[i]
        start, end = first["match_start"], first["match_end"]
        # a run of emoji ("💀💀💀", "👍👍"): one word, said once by the first one's name; each is looked at once
        while i + 1 < len(found) and found[i + 1]["match_start"] == end:
            i += 1
            end = found[i]["match_end"]
        i += 1
        if (_EMOJI_AS_WORD_BEFORE.search(text, max(0, start - 10), start)
                or _EMOJI_AS_WORD_AFTER.match(text, end)):
            name = emoji.demojize(first["emoji"], delimiters=("", "")).replace("_", " ")
            parts.append(text[last:start] + name)
            last = end
    return "".join(parts) + text[last:]


# A caret tidy kept before a digit ("2^3"), left between the words of what was read when no power rule took it (h60).
_CARET_LEFT = compiled(r"\s?\^\s?(?=[a-z])")


def normalise(text: str, options: ReadingOptions) -> str:
    """Return the spoken form of English text."""
    # Order matters: each rule must see the written forms it knows before a broader rule takes them
    # apart. Web addresses hold dots, digits and symbols; phone numbers look like dates and ranges;
    # dates, times, money and measures hold numbers; "No. 5" must be seen before "5" becomes "five";
    # numerals must be read before capitals are spelled ("II" is not an acronym).
    if "=" in text:
        text = _INSTRUMENT_CODE.sub("", text)
    if (")" in text or ">" in text) and _MAY_BE_TICKER.search(text):
        text = _TICKER.sub("", text)
    # scholarly first: "para. [45]" before the footnotes' rule drops "[45]", "MS. 42" before the capitals spell "MS"
    text = romans.numbered_books(history.old_forms(citations.marks(citations.scholarly(text))))  # after "2d Cir."
    if text[:1].isupper() and text[1:2].isupper():
        text = capitals.datelines(text)
    headline = capitals.in_capitals(text)
    if headline or ("A" in text and "A " in text):
        text = capitals.articles_in_capitals(text, headline)
    if "()" in text or "=" in text or " -" in text:  # each of code_in_prose's first looks, before the call
        text = electronic.code_in_prose(text)
    text = electronic.addresses(electronic.keypad_codes(text), options)
    text = places.coordinates(places.winds(places.states(text)))
    text = dates.named_spans(places.streets(text))
    if "-" in text and "a-A" in char_classes(text) and among_words(PLACE_TO_PLACE_NOUNS, text):
        text = _PLACE_TO_PLACE.sub(r"\1 to ", text)
    if "-" in text and _MAY_BE_LABEL_RANGE.search(text):
        text = _LETTER_RANGE.sub(r"\1 to ", text)
        if "A-Z" in text:
            text = _A_TO_Z.sub("A to ", text)
    if "K" in text and ("-" in text or "–" in text):
        text = _SCHOOL_YEARS.sub("K to ", text)
    if "U" in text and _AGE_GROUP.search(text):
        text = _AGE_GROUP.sub(_age_group, text)
    has_digits = has_digit(text)
    text = shorthand.shorthand(text)  # a trade's letters and digits, before numbers, units and capitals are read
    if has_digits:
        if "FL" in text:
            text = _FLIGHT_LEVEL.sub(lambda m: "flight level " + numbers.digits(m.group(1)), text)
        if "/" in text:
            if _MAY_BE_SLASHED_REFERENCE.search(text):
                text = _SLASHED_REFERENCE.sub(_slashed_reference, text)
            if ("kn" in text or "kt" in text or "KT" in text) and _WIND.search(text):
                text = _WIND.sub(_wind, text)
            if ("Y" in text or "year" in text) and _SCHOOL_YEAR_PAIR.search(text):
                text = _SCHOOL_YEAR_PAIR.sub(_school_year_pair, text)
        if "PCIe" in text:
            text = _PCIE_LANES.sub(r"\1 by \2", text)
        if "r." in text and _RULE.search(text):
            text = _RULE.sub("rule ", text)
        if "DDR" in text:
            text = _MEMORY_SPEED.sub(r"\1 ", text)
        if "C" in text and _MAY_BE_TEMPERATURE_PAIR.search(text):
            text = _ROW_WEEKDAY.sub(lambda m: _WEEKDAYS[m.group(1)], _TEMPERATURE_PAIR.sub(_temperature_pair, text))
        if "°C" in text and _ROW_WEEKDAY_DEGREES.match(text):
            text = _ROW_WEEKDAY_DEGREES.sub(lambda m: _WEEKDAYS[m.group(1)], text)
        if " bt " in text:  # a results line's, which holds its score's digits
            text = _BEAT.sub("beat", text)
        if "W" in text and " L" in text:
            text = _FORM.sub(_form, text)
        if "Ps" in text:
            text = _PSALM.sub(lambda m: "Psalms " if m.group(1) else "Psalm ", text)
        if "0a" in char_classes(text) and _MAY_BE_MODEL_PLURAL.search(text):  # a digit, a small letter
            text = _MODEL_PLURAL.sub(r"\1's", text)
            text = _NAMED_MODEL_PLURAL.sub(lambda m: m.group(1) + numbers.plural(numbers.cardinal(int(m.group(2)))),
                                           text)
        classes = char_classes(text)  # a move's number, its stop and a move: a decimal's stop first
        if "0." in classes and ("0. a" in classes or "0.a" in classes or "0. A" in classes or "0.A" in classes
                                or "0..." in classes) and _MAY_BE_MOVE.search(text):
            read = _CHESS_RUN.sub(_chess_run, text)
            if read != text:  # a numbered move was read: a piece's move standing alone later is chess too
                read = _LONE_PIECE_MOVE.sub(_lone_piece_move, read)
            text = read
        if "@" in text:  # "4K@60fps": "at" between a number and what it runs at (addresses were read before)
            text = _AT_NUMBER.sub(" at ", text)
        if "/" in text:
            if "R" in text:
                text = _TYRE.sub(lambda m: f"{numbers.in_pairs(m.group(1))} {numbers.cardinal(int(m.group(2)))} "
                                           f"{' '.join(m.group(3))} {numbers.cardinal(int(m.group(4)))}", text)
            text = _APERTURE.sub("f ", _VIDEO_MODE.sub(_video_mode, text))
            if "bit/" in text:
                text = _BIT_DEPTH_RATE.sub(", ", text)
            text = _EXPOSURE.sub(_exposure, text)
        text = numbers.scientific(numbers.spaced_thousands(numbers.indian_groups(numbers.long_runs(
            electronic.codes(text)))))
        if ":" in text and among_words(_RATIO_WORDS, text):
            text = _RATIO.sub(_ratio, text)
        if "-" in text and _MAY_BE_LABEL_RANGE.search(text):
            text = _LABEL_RANGE.sub(r"\1 to ", text)
        # every shape holds a decimal: one look before the generator, which cost ~0.4 us a sentence with a digit
        if "0.0" in char_classes(text) and any(shape in char_classes(text) for shape in _PROVISION_SHAPES):
            text = _NUMBERED_PROVISION.sub(_numbered_provision, text)
        if "(" in text and _MAY_BE_SUBSECTIONS.search(text):
            text = _SUBSECTIONS.sub(_subsections, words.labels_before_numbers(text))
        if ":" in text and "-" in text:
            text = _DOCKET.sub(_docket, text)
        if "-" in text and ("No." in text or "Case " in text or "Docket " in text or "ution " in text
                            or "ance " in text or "Bill " in text or "File " in text):
            text = _CASE_NUMBER.sub(_case_number, text)
        if "-" in text and ("Table " in text or "Fig" in text or "Exhibit " in text or "Chart " in text
                            or "Listing " in text or "Plate " in text or "Map " in text or "Box " in text):
            text = _NUMBERED_FIGURE.sub(lambda m: f"{m.group(1)}{numbers.cardinal(int(m.group(2)))} dash "
                                                  f"{numbers.cardinal(int(m.group(3)))}", text)
        text = sports.scores(text)  # before dates, spans and fractions take a score's digits apart (h52)
        if "0.00" in char_classes(text) and ("s " in text or "n " in text):
            text = _PROGRAMME_TIME.sub(r"\1:\2", text)
        if "0a" in char_classes(text) and _MAY_BE_SECONDS.search(text):
            # the text's other decades looked for once, not at each match: 0.8 s for 160 kB of "from 30s to 1/8000s"
            decades = _OTHER_DECADE.search(text) is not None
            text = _SECONDS_AFTER_LIMIT.sub(lambda m: _seconds_after_limit(m, decades), text)
        text = electronic.phones(dates.timestamps(text))
        text = dates.dates(durations.durations(dates.periods(text)), options)
        text = clock.times(text)
        text = _names_with_numbers(text)
        if ("-" in text or "+" in text or "−" in text) and _GOLF.search(text):
            text = _PAR_SCORE.sub(lambda m: padded(m, f"{numbers.cardinal(int(m.group(2)))} "
                                                      f"{'over' if m.group(1) == '+' else 'under'}"), text)
        if "+" in text:  # "+3.5%": a sign, before the percentage is words
            if "ge" in text:
                text = _AGE_PLUS.sub(r"\1 and over", text)
            text = _POSITIVE.sub("plus ", text)
        if "R" in text and "0.0" in char_classes(text) and _TRIAL_STATISTIC.search(text):
            text = _TRIAL_STATISTIC.sub(lambda m: TRIAL_STATISTICS[m.group(1)] + " ", text)
        if "=" in text:  # "5 - 3 = 2", "3 x 4 = 12": before "=" is a symbol's word and "-" a range's "to"
            text = _ARITHMETIC.sub(_arithmetic, text)
            if "=1" in text:
                text = _INDEX_BASE.sub(r"(\1 equals \2)", text)
        if "m/" in text:
            text = _MONTHS_ON_MONTHS.sub(lambda m: f"{m.group(1)} months on {m.group(1)} months", text)
        if ")" in text and ("(n" in text or "(N" in text or "(=" in text):
            text = _NO_CHANGE.sub("(no change)", text)
        if "-" in text:
            text = _NEGATIVE_MONEY.sub("minus ", text)
        text = money.money(signs.comparisons(text))
        text = percent.percentages(text)
        if "'" in text and _MAY_BE_MINUTE in char_classes(text):  # before "+" is read: stoppage time is "90+3'"
            text = _MATCH_MINUTE.sub(lambda m: m.group(1) + _match_minute(int(m.group(2)), m.group(3)), text)
            text = _SCORER_MINUTES.sub(lambda m: m.group(1) + _ONE_MINUTE.sub(_scorer_minute, m.group(2)), text)
        if "+" in text:  # "2+3 m2": the sum is said before the measure rule reads "3 m2" as words
            text = _PLUS.sub(" plus ", text)
        if (among_known_words(_CARAT_AFTER, text) and ("t " in text or "K " in text or "k " in text)
                and among_words(_CARAT_AFTER, text)):
            text = _CARAT.sub(_carat, text)
        if ("HR" in text or "SB" in text or "TD" in text or "INT" in text) and len(_BOX_SCORE_ANY.findall(text)) > 1:
            text = _BOX_SCORE.sub(_box_score, text)
        text = units.measures(text)
        # after money and measures, which look for a name after them ("HS2"); a letter before a digit first
        if ("A0" in char_classes(text) or "a0" in char_classes(text)) and _MAY_BE_FORMULA.search(text):
            text = _FORMULA.sub(_formula, text)
    if ("Cl" in text or "Br" in text or "OH" in text) and _MAY_BE_BARE_FORMULA.search(text):  # no digit needed
        text = _BARE_FORMULA.sub(_formula, text)
    text = units.units_alone(text)
    # Symbols become words before numbers and capitals do, so that a second pass finds nothing new.
    text = maths.loose_symbols(signs.symbols(signs.signs(words.abbreviations(text))))
    if has_digits:  # the regions that write the day first are those that say "and" and "three one" (facts.py)
        text = _numbers(text, options.date_order == "dmy")
        if "^" in text:  # a power no rule read ("v2^3", "x²_"): its caret left between words, which a second pass
            text = _CARET_LEFT.sub(" to the power of ", text)  # dropped ("v twothree"): said, so the reading stays
        if "etween " in text:
            text = _BETWEEN_TO.sub(r"\1 and ", text)
    text = slashes.slashes(romans.small_numerals(romans.romans(text)))
    text = capitals.letter_a(capitals.inner_full_stops(capitals.acronyms(text, headline)))
    if "I" in text or "V" in text or "X" in text:  # cheaper than the call: most texts hold no numeral
        text = romans.leftover_numerals(text)
    text = electronic.loose_domains(text, options)
    return _SPACES.sub(" ", text).strip() if "  " in text else text.strip()

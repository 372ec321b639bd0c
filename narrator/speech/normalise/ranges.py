"""Spans and chains of numbers and labels joined by a dash: a range ("10-15", "2003-04", "pp. 74-6"), a tally
("49-30-4"), an identifier's groups ("978-0-306-40615-7"), even odds ("50-50"), a span of ages or pages
("18-64-year-olds", "e341-52"), of ordinals, labels and letters ("14th-15th", "Seats 14A-14C", "Groups A-C"), school
years ("K-12", "Y7/8") and places ("the Hull-York line"); and "between 25-30" said with "and"."""

from __future__ import annotations

import re

from narrator.speech.normalise import amounts, fractions, numbers, sports, standings
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import COMBINING_FORMS, PLACE_TO_PLACE_NOUNS
from narrator.speech.normalise.util import char_classes, near, padded

NUM = amounts.NUM

# "Y7/8", "Years 7/8": two school years in a row (was "Y seven slash eight", "seven eighths").
_SCHOOL_YEAR_PAIR = compiled(r"\b(?:Y|Yrs?\s?|[Yy]ears?\s)(\d{1,2})/(\d{1,2})\b(?![.,/]\d)")
# "Seats 14A-14C", "Gates B1-B5": a span of labels, a number and a letter each, said with "to".
# its first label may have opened the sentence as the letter A, written "Eh" by then ("A5-A3", paper's sizes, was
# "Eh five-A three": capitals.letter_a_before_digits runs first).
_LABEL_RANGE = compiled(r"\b(\d{1,3}[A-Z]|(?:Eh|[A-Z])\d{1,3})-(?=(?:\d{1,3}[A-Z]|[A-Z]\d{1,3})\b)")
# "11-34T cassette", "a 12-28T freewheel": a span of a cassette's teeth, its last number glued to "T", said "to"
# ("eleven-thirty four T" it was: the glued letter hid the span); a chainset's "50-34T" is a pair, left.
_TEETH_SPAN = compiled(r"(?<![\w.,/-])(\d{1,2})-(?=\d{1,2}T\s(?:cassettes?|sprockets?|cogs?|freewheels?)\b)")
# "Day 2 - 12 km walk", "Stage 3 - 18 km": a route guide's day or stage, a spaced dash, then the distance it
# covers; one day is no span (it was "two to twelve kilometres"), and "Days 2 - 4" or "Day 2 - 4" with no distance stay.
_DAY_LEG = compiled(r"\b((?:Day|Stage|Leg) \d{1,3}) - (?=\d{1,4}(?:\.\d+)?\s?(?:km|mi|miles|kilometres|kilometers)\b)")
_MAY_BE_LABEL_RANGE = compiled(r"-(?<=[0-9A-Z]-)[0-9A-Z]")  # led by the hyphen: scanned in C
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
# "KS1–2", "KS3-4", "Y7–9", "Y10-11": a span of a school's key stages or years, the code glued to its first number
# only, said "to" ("K.S one-two" it was: the code's glued digit kept the span from the range rule); the last a later
# stage or year, four at most after the first and 13 at most ("Y5-2" is no span of years).
_STAGE_SPAN = compiled(r"(?<![\w-])(KS|Y)(\d{1,2})\s?[-–]\s?(?=(\d{1,2})\b(?![-.,/]\d))")
# A journal's pages whose first has a letter, an online article's "e" or a supplement's "S" ("Lancet 2027; 12:
# e341-52", "pages S12-19", "Gut 72: A45-A47"): a span of pages, "e three hundred forty one to three hundred fifty
# two" (a subtraction's hyphen it was). Only after a volume's colon or a word for pages: "the M4-25" is no page.
_LETTERED_PAGES = compiled(r"(?:(?<=: )|(?<=:)|(?<=\bpages )|(?<=\bpp\. )|(?<=\bpp )|(?<=\bp\. ))([eSA])(\d{1,5})[-–]"
                           r"(\1?)(\d{1,5})(?![\w/-]|[.,]\d)")
_RANGE = compiled(rf"(?<![\w.,/-])({NUM})\s?-\s?({NUM})(?![\w/-]|[.,]\d)")
_MAY_BE_RANGE = compiled(r"-(?:(?<=\d-)|(?<=\d\s-))\s?\.?\d")  # a first look, led by the hyphen: scanned in C
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
# "the 14th-15th centuries", "1st-3rd editions": a span of ordinals, said with "to"; and one whose second century has
# its own part ("late 14th-early 15th c.", "mid-18th-early 19th century": the dash was left, "fourteenth-early").
_ORDINAL_SPAN = compiled(r"(?<=\d)(st|nd|rd|th)\s?-\s?(?=(?:(?:early|mid|late)[ -])?\d+(?:st|nd|rd|th)\b)")
# a span of two centuries each with its era ("5th c. BC-2nd c. AD", "1st century BCE-1st century CE": the dash was
# left between the era's letters and the ordinal, "B.C-second"): "to".
_ERA_CENTURY_SPAN = compiled(r"(?<=\d)((?:st|nd|rd|th) century (?:BCE|BC|CE|AD))\s?-\s?"
                             r"(?=\d+(?:st|nd|rd|th) century\b)")
# "a 50-50 chance": even odds are "fifty fifty", never "fifty to fifty" (a tied score reads as well so).
# "a 24-7 job" is "twenty four seven" too.
_EVEN = compiled(r"(?:5(?<![\w.,/-]5)0-50|2(?<![\w.,/-]2)4-7)(?![\w/-]|[.,]\d)")
# "between 25-30" is said "between twenty five and thirty": a span after "between" takes "and", whichever rule read
# it with "to" (numbers, money, measures, times); only number words on both sides ("between two of them to decide"
# is left alone).
_NUMBER_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty"
                r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|minus|first|second|third|fourth|fifth|sixth"
                r"|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth)")
_BETWEEN_TO = compiled(
    rf"\b([Bb]etween (?:the )?{_NUMBER_WORD}\b(?: [\w'.-]+){{0,6}}?) to (?=(?:the )?{_NUMBER_WORD}\b)")


def _lettered_pages(match: re.Match[str]) -> str:
    """"e341-52" -> "e341 to 352", "S12-19" -> "S12 to 19", "A145-A150" -> "A145 to A150": the end page in full."""
    letter, low, again, high = match.groups()
    if len(high) < len(low) and not again:
        shortened = low[: len(low) - len(high)] + high
        high = shortened if int(shortened) > int(low) else high
    return f"{letter}{low} to {again}{high}"


# "Science: 6-6", "Combined Science 7-6": a double award's two grades (GCSE science counted as two subjects),
# said apart as a report reads them ("six to six" it was). Two grades from one to nine a grade apart at most, only
# after the subject's name.
_DOUBLE_AWARD_BEFORE = compiled(r"\b(?:(?:Combined|Double|Trilogy) Science:? |Science: )$")


# "Top weight is 11-10", "carries 9-7", "set to carry 10-0": a racehorse's weight in stones and pounds after the
# words of what it carries, said so ("eleven to ten" it was); a motion "carried 7-3" is a vote.
_WEIGHT_CARRIED_BEFORE = compiled(r"\b(?:[Tt]op[- ]?weight|[Ww]eight|[Ww]eighted|carr(?:y|ies|ying)|burden|allotted"
                                  r"|[Hh]umps?|lumps?)\s+(?:is\s+|was\s+)?$")
# ... and no unit or counted thing after it ("weight 10-12 kg", "the weight of 10-12 people" are spans)
_BURDEN_ENDS = compiled(r"\s*(?:[.,;:!?)]|$)|\s(?:and|in|at|on|for|with|today|tomorrow|by|under|from|after)\b")


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
    if (len(low) <= 2 and len(high) <= 2 and 7 <= int(low) <= 13 and int(high) <= 13
            and _WEIGHT_CARRIED_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
            and _BURDEN_ENDS.match(match.string, match.end()) and not near(_VOTE, match, 60)):
        return f"{low} stone {high}" if int(high) else f"{low} stone"  # "Top weight is 11-10": a horse's burden
    if sports.is_cricket_score(low, high, match) or sports.is_wickets_for_runs(low, high, match):
        return f"{low} for {high}"
    if (len(low) == len(high) == 1 and "0" not in low + high and abs(int(low) - int(high)) <= 1
            and _DOUBLE_AWARD_BEFORE.search(match.string, max(0, match.start() - 20), match.start())):
        return f"{low} {high}"  # "Combined Science: 7-6": a double award's grades
    if standings.is_record(low, high, match):
        return " and ".join("oh" if side == "0" else side for side in (low, high))
    standing = sports.STANDING_AFTER.match(match.string, match.end()) is not None
    if ((commonwealth and len(low) <= 2 and len(high) <= 2 and sports.between_sides(match))
            or (int(low) + int(high) <= 30
                and (standing or sports.MATCH_RESULT.search(match.string, max(0, match.start() - 40), match.end() + 20)
                     or sports.far_from_its_verb(match) or sports.in_a_run_of_sets(match)))):
        score = sports.score_in_a_game(low, high, match, standing, commonwealth)
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


def _digit_chain(match: re.Match[str]) -> str:
    """"978-0-306-40615-7" -> "nine seven eight, zero, three zero six, four zero six one five, seven"."""
    groups = match.group(0).split("-")
    if max(len(group) for group in groups) < 4:
        return match.group(0)  # "12-34-56-78": a tally, read after
    return padded(match, ", ".join(numbers.digits(group) for group in groups))


# a steam locomotive's wheels by Whyte's notation ("a 4-6-0", "the 2-8-0 freight engines", "0-6-0 tank"): leading,
# driving and trailing wheels, said as one name ("four six o"), where a tally's commas part its numbers; a formation's
# "4-4-2" reads alike. Only even counts in the places wheels go: "4-6-1" or "3-2-0" is a tally still, and so is a
# team's record near its game's words ("they are 4-6-0 this season").
_WHYTE_LEADING = frozenset({"0", "2", "4"})
_WHYTE_DRIVING = frozenset({"4", "6", "8", "10", "12"})
_RECORD_WORDS = compiled(r"\b(?:records?|season|seasons|unbeaten|games|matches|wins?|won|lost|draws?|drawn|ties|tied"
                         r"|standings|[A-Z]-[A-Z]-[A-Z])\b")


def _tally(match: re.Match[str]) -> str:
    """"49-30-4" -> "forty nine, thirty, four"; "4-6-0" -> "four six o"."""
    parts = match.group(0).split("-")
    if (len(parts) == 3 and parts[0] in _WHYTE_LEADING and parts[1] in _WHYTE_DRIVING and parts[2] in _WHYTE_LEADING
            and not near(_RECORD_WORDS, match, 60) and not near(_SCORE_WORDS, match, 60)):
        return padded(match, " ".join("o" if part == "0" else numbers.number(part) for part in parts))
    return padded(match, ", ".join(numbers.number(part) for part in parts))


_SCORE_WORDS = compiled(r"\b(?:score|scored|won|wins?|beat|beats|led|leads?|trailed|trails?|defeated|victory|lost)\b")


def _even(match: re.Match[str]) -> str:
    """"50-50" -> "fifty fifty"; "a 24-7 job" -> "twenty four seven", unless a game's score ("won 24-7")."""
    if match.group(0) == "24-7" and _SCORE_WORDS.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)
    return fractions.IDIOMS[match.group(0).replace("-", "/")]


def _school_year_pair(match: re.Match[str]) -> str:
    """"Y7/8" -> "years 7 and 8"; other pairs as written."""
    first, second = int(match.group(1)), int(match.group(2))
    if not (1 <= first <= 13 and second == first + 1):
        return match.group(0)
    written = match.group(0)
    capital = written.startswith(("Years", "Yr")) or match.start() == 0  # "Y7/8" mid-sentence: "years"
    return f"{'Years' if capital else 'years'} {first} and {second}"


# "18-64-year-olds", "40-60-year-old women": a span of ages before "-year-old", said "eighteen to sixty four".
# "a 5-10-year outlook", "a 2–3-hour wait": a span joined to the measure it makes an adjective of, said the same way.
_AGE_SPAN = compiled(r"(?<![\w.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})-(?=(?:year|month|week|day)s?-old"
                     r"|(?:year|month|week|day|hour|minute|second|mile|foot|inch|page|point|man|person|seat|storey"
                     r"|story|room|bedroom|star|game|match|lap|hole)\b(?!-))")
# "2½-3 hours" (by now "2 1/2-3"), "1/2-1 tsp", "16½-11½": a span that starts with a fraction, said with "to" (the dash
# was not said: "two and a half three hours").
_FRACTION_SPAN = compiled(r"(?<![\w./,-])((?:\d{1,3}\s)?\d{1,2}/\d{1,2})\s?[-–]\s?"
                          r"(?=(?:\d{1,3}\s)?\d[\d/]*(?![\w/-]|[.,]\d))")
_MAY_BE_FRACTION_SPAN = compiled(r"/\d\d?\s?[-–]\s?\d")  # a first look, led by the slash


# "1/4-20 thread", "3/8-16 UNC bolts": a screw's size in a fraction of an inch and its threads per inch, said
# "a quarter twenty" (a span "one quarter to twenty" it was); "1/2-3/4 cup" and "1/4-20 minutes" are spans.
_THREADS_PER_INCH = compiled(r"\d\d(?=\s(?:threads?|threaded|bolts?|screws?|studs?|taps?|tpi|TPI|UNC|UNF)\b)")


def _fraction_span(match: re.Match[str]) -> str:
    """"2 1/2-3" -> "2 1/2 to 3"; a start that is no proper fraction ("24/7-365") is left."""
    top, _, bottom = match.group(1).rpartition(" ")[2].partition("/")
    if bottom in ("4", "8", "16", "32") and _THREADS_PER_INCH.match(match.string, match.end()):
        return f"{match.group(1)} "
    return f"{match.group(1)} to " if int(top) < int(bottom) else match.group(0)


def places_to_places(text: str) -> str:
    """"the Hull-York line" -> "the Hull to York line"."""
    return _PLACE_TO_PLACE.sub(r"\1 to ", text)


def letter_ranges(text: str) -> str:
    """"Groups A-C" -> "Groups A to C", "an A-Z of" -> "an A to Z of"."""
    if not _MAY_BE_LABEL_RANGE.search(text):
        return text
    text = _LETTER_RANGE.sub(r"\1 to ", text)
    if "A-Z" in text:
        text = _A_TO_Z.sub("A to ", text)
    return text


def _stage_span(match: re.Match[str]) -> str:
    """"KS1–2" -> "KS1 to 2", "Y7–9" -> "Y7 to 9": a span of the next stages or years only."""
    first, last = int(match.group(2)), int(match.group(3))
    return f"{match.group(1)}{first} to " if first < last <= min(first + 4, 13) else match.group(0)


def school_years(text: str) -> str:
    """"K-12" -> "K to 12", "KS1–2" -> "KS1 to 2"."""
    if "K" in text:
        text = _SCHOOL_YEARS.sub("K to ", text)
    # its capitals, then a capital before a digit in the classes: the pattern, led by a look-behind, is tried at every
    # character, and "Y" stands in many a sentence ("You", "York") with a hyphen
    if ("Y" in text or "KS" in text) and "A0" in char_classes(text):
        text = _STAGE_SPAN.sub(_stage_span, text)
    return text


def school_year_pairs(text: str) -> str:
    """"Y7/8" -> "years 7 and 8"."""
    if not _SCHOOL_YEAR_PAIR.search(text):
        return text
    return _SCHOOL_YEAR_PAIR.sub(_school_year_pair, text)


def label_ranges(text: str) -> str:
    """"Seats 14A-14C" -> "Seats 14A to 14C"."""
    if " - " in text and ("Day " in text or "Stage " in text or "Leg " in text):
        text = _DAY_LEG.sub(r"\1, ", text)
    if not _MAY_BE_LABEL_RANGE.search(text):
        return text
    if "T " in text:
        text = _TEETH_SPAN.sub(r"\1 to ", text)
    return _LABEL_RANGE.sub(r"\1 to ", text)


def fraction_spans(text: str) -> str:
    """"2 1/2-3 hours" -> "2 1/2 to 3 hours"."""
    if not _MAY_BE_FRACTION_SPAN.search(text):
        return text
    return _FRACTION_SPAN.sub(_fraction_span, text)


def age_spans(text: str) -> str:
    """"18-64-year-olds" -> "18 to 64-year-olds"."""
    return _AGE_SPAN.sub(lambda m: f"{m.group(1)} to {m.group(2)}-" if int(m.group(1)) < int(m.group(2))
                         else m.group(0), text)


def even_odds(text: str) -> str:
    """"a 50-50 chance" -> "a fifty fifty chance"."""
    return _EVEN.sub(_even, text)


def tallies(text: str) -> str:
    """"978-0-306-40615-7" digit by digit in its groups, "49-30-4" number by number."""
    return _TALLY.sub(_tally, _DIGIT_CHAIN.sub(_digit_chain, text))


def lettered_pages(text: str) -> str:
    """"e341-52" -> "e341 to 352"."""
    return _LETTERED_PAGES.sub(_lettered_pages, text)


def spans(text: str, commonwealth: bool = False) -> str:
    """"10-15" -> "10 to 15", and a game's score or a team's record as its game says it."""
    if not _MAY_BE_RANGE.search(text):
        return text
    return _RANGE.sub(lambda m: _range(m, commonwealth), text)


def ordinal_spans(text: str) -> str:
    """"the 14th-15th centuries" -> "the 14th to 15th centuries", "5th century BC-2nd century AD" -> "5th century BC
    to 2nd century AD"."""
    if " century " in text:
        text = _ERA_CENTURY_SPAN.sub(r"\1 to ", text)
    return _ORDINAL_SPAN.sub(r"\1 to ", text)


def between(text: str) -> str:
    """"between twenty five to thirty" -> "between twenty five and thirty"."""
    return _BETWEEN_TO.sub(r"\1 and ", text)

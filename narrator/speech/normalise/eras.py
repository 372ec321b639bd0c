"""Years as history and seasons write them: eras ("44 BC", "27 BC-AD 14"), centuries ("5th c."), circa, decades
("the 1990s", "'60s"), short years ("'99"), seasons ("2019/20") and spans still running ("2019-present")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.calendar import spoken_year
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import DURATION_NOUNS, MONEY_SIGNS, TIME_SETTINGS
from narrator.speech.normalise.util import among_known_words, padded, sentence_stop

# "the 2019/20 season", "2019/2020": a season or an academic or fiscal year, not a fraction.
_SEASON = compiled(r"(?<![\w./-])((?:1[5-9]|20)\d\d)/(\d\d|(?:1[5-9]|20)\d\d)(?![\w/]|[.,]\d)")
# "the 5th c. BCE", "13th c.", "the 21st C.", "a 19th-c. novel": an ordinal before "c" is its century; "C19th" and
# "C.19th" are how British scholars write it.
_ORDINAL_CENTURY = compiled(
    r"(\d(?:st|nd|rd|th))(?:\s?|-)[cC]\.?(?=(\s+(?:BCE?|AD|CE|B\.C|A\.D|C\.E))|\s*$|[,;:)]|\s+[a-z]|(?<=\.)\s+[A-Z])")
_MAY_BE_ORDINAL = compiled(r"\d(?:st|nd|rd|th)")
_CENTURY_FIRST = compiled(r"\bC\.?(1?\d|20|21)(st|nd|rd|th)\b")
# "c. 1500", "c.1850", "ca 1900", "c. AD 1100": circa before a year.
# "c. 12,000 people", "(c. 5%)", "c. 1.2m", "c. 3 million": circa before an amount too (never "c. 42" alone: a
# statute's chapter).
# "c.£30m", "c. $5bn": before a price too.
_CIRCA_WORDS = frozenset({"c", "ca"})  # each stands apart in every match of _CIRCA: a word of util.letter_words
_CIRCA = compiled(
    rf"(?<![\w.])(?:c\.\s?|ca\s)(?=AD\s\d{{1,4}}\b|[{MONEY_SIGNS}]?(?:\d{{3,4}}(?![\d\w]|[.,]\d)|\d{{1,3}}(?:,\d{{3}})+(?![\d\w])"
    r"|\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion|thousand)\b"
    # glued to a small count before what is counted, as a birder's or a surveyor's notes write it ("c.40 Lapwing",
    # "c.200 birds"); a statute's chapter after its year ("1998 c.42") and "c. 42" with its space are left
    r"|(?<=(?<!\d{4} )c\.)\d{1,3}\s[A-Za-z]{2,}))")
# and with its space before a small count and a plain word ("counted c. 40 species", "(c. 25 pairs)"), or before a
# decimal ("c. 2.5", "c.0.8 of them"), which no chapter is; after a capital or a digit's word it is a statute's
# chapter still ("Chapter c. 42 applies", "1 Will. IV c. 4 it lapsed", "1998 c. 42").
_SPACED_CIRCA = compiled(r"(?<![\w.])c\.(?:\s(?=\d{1,3}\s[a-z]{2,})|\s?(?=\d+\.\d+(?![\d\w]|\.\d)))")
_WORD_BEFORE = compiled(r"(\S*)\s*$")
_ERA_NAME = r"(?:A\.?D\b\.?|B\.?C\.?E?\b\.?|C\.?E\b\.?)"
_ERA = compiled(rf"(?<![\w.,])(\d{{1,4}})\s*({_ERA_NAME})")
# "1530-1500 BC", "27 BC-14 AD": a span of years in an era; "from 206 BCE to 220 CE", its two years said alike.
_ERA_RANGE = compiled(rf"(?<![\w.,])(\d{{1,4}})\s*(?:({_ERA_NAME})\s?)?(?:[-–]|to\s)\s?(\d{{1,4}})\s*({_ERA_NAME})")
# "27 BC-AD 14": a span from a year before Christ to one after, the second era written before its year; the dash
# is "to" (was "twenty seven B.C-A.D fourteen").
_ERA_TO_AD = compiled(r"(BCE?\b|B\.C\.(?:E\.)?)\s?[-–]\s?(?=A\.?D\.?\s?\d)")
_DECADE = compiled(r"(?<![\w.,'])(\d{3}0\s?'?|\d0'?)s\b")
# "1970s-90s", "the 1960s-1980s": a span of decades.
_DECADE_RANGE = compiled(r"(?<![\w.,'])(\d{3}0|\d0)'?s\s?-\s?'?(\d{3}0|\d0)'?s\b")
# "1920-1930s", "the 1914-30s": a year to a decade (the decade read alone left "nineteen twenty nineteen thirties").
# "2019–present", "(1990-now)", "2019 - Present": a span of years still running, said with "to" (a spaced dash
# before "now" or "today" parts clauses: "in 2001 – now he leads it").
_YEAR_TO_NOW = compiled(
    r"(?<![\w.,'-])(1\d{3}|20\d\d)(?:[-–—](?=(?:[Pp]resent|now|today)\b)|\s?[-–—]\s?(?=[Pp]resent\b))")
_YEAR_DECADE_RANGE = compiled(r"(?<![\w.,'])(1\d{3}|20\d\d)\s?-\s?'?(\d{3}0|\d0)'?s\b")
# "the class of '99": an apostrophe before two digits that end a word
# "FY'24", "H1'25": after a period's capitals too (read as "FY24"; "Q4'23" is a quarter's own rule).
_SHORT_YEAR = compiled(r"(?:(?<![\w'])|(?<=\b[A-Z][A-Z0-9]))'(\d{2})(?![\w'])")
# a span of two such years, "'39–'45", "'14-'18": "to" between them (the dash was left between the words). Two
# years in a row, "the winter of '58-'59", are one winter's or one season's, said as a pair with no "to" (as LibriTTS's
# readers say them): left to the rule after, which reads each.
_SHORT_YEAR_SPAN = compiled(r"(?<![\w'])'(\d{2})\s?[-–]\s?'(\d{2})(?![\w'])")
_SHORT_DECADE = compiled(r"(?<![\w.,])'(\d0)'?s\b")
_MAY_BE_ERA = compiled(r"[ABC]\.?[DCE]")
_MAY_BE_DECADE = compiled(r"0\s?'?s\b")
# "No 10's response", "Article 50's deadline", "the Top 40's": a numbered name's possessive, no decade.
_NAMED_BEFORE = compiled(r"\b(?:No\.?|Number|Article|Section|Top|Channel|Route|Chapter|Room|Formula|Studio|Gate"
                         r"|Platform|Pier|Stage|Level|Area|Zone|Unit|Block|Flight|Bus|Line)\s$")
# "Hold each stretch for 30s", "it lasted 10s", "6 x 30s": seconds after a word of how long ("with 60s music": decade).
_SPAN_BEFORE = compiled(r"\b(?:for|lasted|lasts|last|takes|took|every|within|hold|holds|rest|x)\s$")
# "with 90s rest", "a 60s plank": a noun of how long after a round number's "s".
_WORD_NEXT = compiled(rf"\s(?:{'|'.join(sorted(DURATION_NOUNS))})\b")
_A_BEFORE = compiled(r"\b[Aa]n?\s$")
# "check it again in 90s.", "In 20s the light changed": round tens right after "in", with no article or owner between
# ("in the 60s", "in her 30s") and nothing after them that they describe, the clause ending or a new one opening
# ("in 60s Britain", "in 60s and 70s music" are decades), are a wait in seconds ("in nineties" it was).
_IN_BEFORE = compiled(r"\b[Ii]n\s$")
_NOTHING_DESCRIBED = compiled(r"\s*(?:[.!?;)]|$)|\s(?:the|a|an|flat|tops|max|or so|or less|at most)\b")

# "The default timeout is 30s (was 10s)", "The limit is 60s, down from 90s": round tens glued to their "s" near a
# setting's name of time (facts.TIME_SETTINGS), at a clause's end or before a joining word, are the setting's
# seconds, its old value and its new ("thirties (was tens)" they were: two tens on a line read as decades). Not where
# a decade is owned or dated nearby ("in their 30s", "the 1960s", "'90s") or the tens describe a noun ("a 90s hit").
_SETTING_NEAR = compiled(rf"(?i:\b(?:{'|'.join(sorted(TIME_SETTINGS, key=len, reverse=True))})\b)")
_DECADE_NEAR = compiled(r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Yy]our|[Ii]ts|[Ee]arly|[Mm]id|[Ll]ate)[\s-]"
                        r"(?:\d\d)?\d0'?s\b|\d{3}0'?s\b|'\d0s\b")
_SETTING_VALUE_END = compiled(r"[,;:!?)]|\.(?!\w)|$|\s(?:\(|(?:and|or|to|from|down|up|by|at|in|on|before|after|then"
                              r"|but|was|is|for|when|if|while|each|every|per)\b)")


def _setting_seconds(match: re.Match[str]) -> bool:
    """Whether the glued tens are a setting's seconds: a setting's name of time near them, no decade beside them."""
    if not _SETTING_VALUE_END.match(match.string, match.end()):
        return False
    near = match.string[max(0, match.start() - 80):match.end() + 40]
    return _SETTING_NEAR.search(near) is not None and _DECADE_NEAR.search(near) is None



def _decade(match: re.Match[str]) -> str:
    """"the 1990s" -> "the nineties"; "No 10's" keeps its possessive; "hold for 30s" is seconds."""
    if "'" in match.group(0) and _NAMED_BEFORE.search(match.string, max(0, match.start() - 10), match.start()):
        return match.group(0)
    if len(match.group(1)) == 2 and _SPAN_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        return padded(match, f"{numbers.cardinal(int(match.group(1)))} seconds")
    if len(match.group(1)) == 2 and "'" not in match.group(0) and _WORD_NEXT.match(match.string, match.end()):
        one = _A_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None  # "a 60s plank"
        return padded(match, f"{numbers.cardinal(int(match.group(1)))} {'second' if one else 'seconds'}")
    if (len(match.group(1)) == 2 and _IN_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
            and _NOTHING_DESCRIBED.match(match.string, match.end())):
        return padded(match, f"{numbers.cardinal(int(match.group(1)))} seconds")
    if len(match.group(1)) == 2 and "'" not in match.group(0) and _setting_seconds(match):
        return padded(match, f"{numbers.cardinal(int(match.group(1)))} seconds")
    return padded(match, numbers.decade(int(match.group(1).strip(" '"))))


def _era_year(value: int, written: str, at_end: bool, whole: bool = False) -> str:
    """A year with its era; dotted, because espeak-ng reads a bare "AD" as the word "ad"."""
    era = ".".join(ch for ch in written.upper() if ch.isalpha())
    if written.endswith(".") and at_end:
        era += "."  # the abbreviation's stop also ended the sentence
    return f"{numbers.cardinal(value) if whole else _era_number(value)} {era}"


def _era_number(value: int) -> str:
    return numbers.year(value) if value >= 1000 else numbers.short_year(value)


def _era(match: re.Match[str]) -> str:
    at_end = sentence_stop(match) == "."
    return padded(match, _era_year(int(match.group(1)), match.group(2), at_end))


def _era_range(match: re.Match[str]) -> str:
    first, first_era, last, last_era = match.groups()
    at_end = sentence_stop(match) == "."
    whole = _whole_years(int(first), int(last))
    start = (_era_year(int(first), first_era, False, whole) if first_era
             else numbers.cardinal(int(first)) if whole else _era_number(int(first)))
    return padded(match, f"{start} to {_era_year(int(last), last_era, at_end, whole)}")


def _whole_years(first: int, last: int) -> bool:
    """Whether a span's two years are both said as whole numbers: one of them must be ("three hundred and five"), so
    the other is too ("to two hundred and eighty one", not "to two eighty one")."""
    # "(r. 305-281 BC)" read "three hundred and five to two eighty one": a listener hears two kinds of number
    return any(100 <= year < 1000 and 0 < year % 100 < 10 for year in (first, last)) and all(
        year < 1000 for year in (first, last))


def _season(match: re.Match[str]) -> str:
    """"2019/20" -> "twenty nineteen to twenty"; a second year not soon after the first leaves a fraction."""
    first, second = match.group(1), match.group(2)
    later = int(second) if len(second) == 4 else int(first[:2] + second)
    if not 0 < later - int(first) <= 10:
        return match.group(0)
    return padded(match, f"{numbers.year(int(first))} to {spoken_year(second).strip()}")


def seasons(text: str) -> str:
    """"the 2019/20 season" -> "the twenty nineteen to twenty season" (text holds a slash)."""
    return _SEASON.sub(_season, text)


def centuries(text: str) -> str:
    """"the 5th c. BCE", "C19th": an ordinal before "c" is its century (text holds a digit before two letters)."""
    if not _MAY_BE_ORDINAL.search(text):
        return text
    text = _ORDINAL_CENTURY.sub(
        lambda m: f"{m.group(1)} century{'' if m.group(2) else sentence_stop(m)}", text)  # "5th c. BC"
    if "C" in text:
        text = _CENTURY_FIRST.sub(r"\1\2 century", text)
    return text


def circa(text: str) -> str:
    """"c. 1500", "ca 1900", "c.£30m": circa before a year, an amount or a price."""
    if among_known_words(_CIRCA_WORDS, text) and ("c." in text or "ca " in text):
        text = _CIRCA.sub("circa ", text)
        if "c." in text:
            text = _SPACED_CIRCA.sub(_spaced_circa, text)
    return text


def _spaced_circa(match: re.Match[str]) -> str:
    """"counted c. 40 species" -> "counted circa 40 species"; after a capital's or a digit's word, left (a chapter)."""
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    word = before.group(1).lstrip("([") if before else ""
    return match.group(0) if word[:1].isupper() or word[:1].isdigit() else "circa "


def era_years(text: str) -> str:
    """"44 BC", "AD 1100", "1530-1500 BC", "27 BC-AD 14": years in an era and their spans (text holds two capitals,
    side by side or dotted)."""
    if not _MAY_BE_ERA.search(text):
        return text
    if "-" in text or "–" in text or (" to " in text and ("BC" in text or "CE" in text or "AD" in text
                                                         or "B.C" in text or "A.D" in text or "C.E" in text)):
        text = _ERA_RANGE.sub(_era_range, text)
        if "AD" in text or "A.D" in text:
            text = _ERA_TO_AD.sub(r"\1 to ", text)
    return _ERA.sub(_era, text)


def short_years(text: str) -> str:
    """"the class of '99" -> "the class of ninety nine", "'39–'45" -> "thirty nine to forty five" (text holds an
    apostrophe before two digits)."""
    if "-'" in text or "–'" in text or "- '" in text or "– '" in text:
        text = _SHORT_YEAR_SPAN.sub(_short_year_span, text)
    return _SHORT_YEAR.sub(lambda m: padded(m, numbers.two_digit_year(m.group(1))), text)


def _short_year_span(match: re.Match[str]) -> str:
    """"'39–'45" -> "thirty nine to forty five"; two years in a row ("'58-'59") as written."""
    first, last = match.group(1), match.group(2)
    if (int(first) + 1) % 100 == int(last):
        return match.group(0)
    return padded(match, f"{numbers.two_digit_year(first)} to {numbers.two_digit_year(last)}")


def years_to_now(text: str) -> str:
    """"2019–present" -> "2019 to present" (text holds a dash and "present", "now" or "today")."""
    return _YEAR_TO_NOW.sub(r"\1 to ", text)


def decades(text: str) -> str:
    """"the 1990s" -> "the nineties", "1970s-90s", "1920-1930s", "'60s"; "hold for 30s" is seconds."""
    if _MAY_BE_DECADE.search(text):
        if "-" in text:
            text = _YEAR_DECADE_RANGE.sub(
                lambda m: padded(m, f"{numbers.year(int(m.group(1)))} to {numbers.decade(int(m.group(2)))}"), text)
            text = _DECADE_RANGE.sub(
                lambda m: padded(m, f"{numbers.decade(int(m.group(1)))} to {numbers.decade(int(m.group(2)))}"), text
            )
        text = _DECADE.sub(_decade, text)
        text = _SHORT_DECADE.sub(lambda m: padded(m, numbers.decade(int(m.group(1)))), text)
    return text

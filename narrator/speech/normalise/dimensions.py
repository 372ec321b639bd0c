"""Sizes and multiples written with "x" or "×": "4x6 m", "2560x1440", "1 x 400g tin", "2.5x faster"."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.amounts import NUM, UNIT_ALT, amount, descending, from_last
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import LENGTHS, LIFTS
from narrator.speech.normalise.util import char_classes, padded

# "4x6 m", "12 x 9 ft", "a 50 x 75 tent", "1920×1080": dimensions, said with "by". Without a unit the "x" is a
# size only when typeset as one, spaced on both sides or as "×": "2x8" may be a score or a product, and
# "Windows 10 x64" is no size. A product followed by an equals sign ("3 x 4 = 12") is left to the arithmetic rule.
# At most four sizes, and none after them: an unbounded chain ("2x 2x 2x ... champion") was scanned to its end from
# every number in it (3,000 links took 2 s, 30,000 took 222).
_DIMENSIONS = compiled(
    rf"(?<![\w.,=])(?<![x×]\s)({NUM})(?:(?:\s?×\s?|\sx\s){NUM}){{1,3}}(?!\s?[x×]\s?\d)(?![\w.,]?\d|\w|\s?=)"
    rf"|(?<![\w.,])(?<![x×]\s)({NUM})(?:\s?[x×]\s?{NUM}){{1,3}}(?!\s?[x×]\s?\d)(?=\s?-?(?:{UNIT_ALT})(?![\w°/]))"
    # "2x4 lumber", "a 3x3 grid", "1920x1080 pixels": whole numbers against an "x", before the noun they size
    # ("0x1F" is hex; "scored 2x8 on the test" may be a product)
    r"|(?<![\w.,])(?!0x)\d{1,4}x\d{1,4}"
    r"(?=\s(?!(?:on|in|at|of|to|for|and|or|is|was|are|were|with|by|from|as|than|then|so|but)\b)[a-z]|-[a-z])"
    # "the 4x4 was", "a 4x4.": after an article, a size names the thing (a car, a grid) whatever follows
    r"|(?:(?<=\b[Tt]he )|(?<=\b[Aa] )|(?<=\b[Aa]n ))(?!0x)\d{1,2}x\d{1,2}(?![\w.,]?\d|\w|\s?=)"
    # "2x4s", "4x4s": a size's plural names the things of that size (timber, cars)
    r"|(?<![\w.,])(?!0x)\d{1,2}x\d{1,2}s\b(?!['’])"
    # "The screen is 1920x1080.", "at 3840 x 2160, 60 Hz": three or four digits on each side are a picture's or a
    # sheet's size wherever they stand; nobody writes a product of such numbers so
    r"|(?<![\w.,])[1-9]\d{2,3}(?:x|\sx\s)[1-9]\d{2,3}(?![\w.,]?\d|\w|\s?[x×=])"
    # a bicycle tyre's French size, "700x28c", "650x38b": a rim's size by the tyre's width and a letter
    # ("seven hundred x twenty eight c" it was)
    r"|(?<![\w.,])[5-7][0-9]0x[1-6]\d(?=[a-d]\b)"
    # binoculars' or a scope's magnification by its aperture in millimetres, "8x42", "10x50", "15x70": a power of 4 to
    # 25 and an aperture of 20 to 99 stand for the glass wherever they stand ("eight x forty two" it was); a product
    # or a score is of smaller numbers ("3x4", "2x8")
    r"|(?<![\w.,])(?:[4-9]|1\d|2[05])x[2-9]\d(?![\w.,]?\d|\w|\s?[x×=])"
)
# "2.5 cm x 3 cm", "10 ft × 12 ft": sizes with the unit on each, said with "by".
_SIZES_WITH_UNITS = compiled(
    rf"(?<![\w.,])({NUM}\s?(?:{UNIT_ALT}))(?:\sx\s|\s?×\s?)(?={NUM}\s?(?:{UNIT_ALT})(?![\w°/]))"
)
# "2560x1440", "1280 x 720", "a 1200 x 800 board": a size of four digits is said in pairs, as a screen's is, and a
# three-digit one beside it too ("twenty five sixty by fourteen forty"); read apart, the second took a year's
# reading after "by" and the first none ("two thousand five hundred sixty by fourteen forty").
_LARGE_SIZES = compiled(r"(\d{4})\s?[x×]\s?(\d{3,4})|(\d{3})\s?[x×]\s?(\d{4})")
# "1 x 400g tin", "2 x 400g tins", "6 x 330ml cans", "4 x 100g skeins": a recipe's, a shop's or a pattern's count of
# containers of a size, said as a cook says it, the count then the size ("two four hundred gram tins"; the lead's
# decision, round 39: "two times" was said, a product nobody works out). Tablets and doses are no containers and keep
# their product ("2 x 500 mg tablets", "two times"), and a set's reps have no unit ("3 x 5 reps", "three by five").
_CONTAINER_AFTER = compiled(r"\s(?:cans?|tins?|jars?|packs?|packets?|bottles?|bags?|cartons?|tubs?|pots?|box(?:es)?"
                            r"|sachets?|pouch(?:es)?|blocks?|punnets?|bars?|sacks?|cases?|crates?|kegs?|casks?|drums?"
                            # a pattern's yarn and thread: "1 x 100g skein", "1 x 50g ball"
                            r"|skeins?|balls?|hanks?|cones?|reels?|spools?|rolls?|tubes?)\b")
_COUNT_OF = compiled(r"[1-9]\d{0,2}\s?[x×]\s?[\d.,]+")  # a whole count, one size: "2.5 x 400g" is a product
_UNIT_AFTER = compiled(rf"\s?-?({UNIT_ALT})(?![\w°/])")
_SIZE_UNITS = LENGTHS | {"in", "in.", "inch", "inches", "feet", "foot", "ft.", "px", "yds", "\"", "'"}
_MAY_BE_DIMENSIONS = compiled(r"\d\s?[x×]\s?[\d.]")
_BY = compiled(r"\s?[x×]\s?")
# "spun at 12,000 x g", "500 ×g": a centrifuge's force in times gravity's, "times g" ("x g" it was).
_TIMES_G = compiled(r"(?<=\d)\s?[x×]\s?(?=g\b(?![.,]\d))")
# "2x HDMI ports", "4x AA batteries": a count in a product's specification, said as the number alone.
_COUNT_OF_PARTS = compiled(r"(?<![\w.,])(\d{1,2})x(?=\s(?!(?:EBITDA|EBIT|ARR|FCF|EPS|NAV)\b)[A-Z]{2,})")
# "2.5x faster", "25x earnings", "grew 10x.": a multiple, before a word in lower case or at a clause's end ("2x4"
# and "3x3" are sizes, "2x + 1" algebra). After "a" or "the" it names a kind and keeps its "x", as it is said: "a 30x
# zoom", "a 10x engineer" (comparisons are still multiples: "a 2x faster chip").
_MULTIPLIER = compiled(
    rf"(?<![\w.,])({NUM})(?:x?\s?(?:-|to)\s?({NUM}))?x"  # "1-2x", "3x-5x"
    # a valuation's base in capitals is a multiple too ("12x EBITDA"); "2x HDMI ports" is a count
    r"(?=\s[a-z]|\s(?:EBITDA|EBIT|ARR|FCF|EPS|NAV|P/E)\b|[,;:!?)]|\.(?:\s|$)|$)"
)
# what a valuation's multiple is of, "8.5x EBITDA", "12x earnings", "3x sales": a multiple even as a label
_VALUATION_BASE_AFTER = compiled(r"\s(?:EBITDA|EBIT|ARR|FCF|EPS|NAV|P/E|earnings|revenues?|sales|book|cash flow)\b")
# "the dose was doubled x2", "zoom ×10", "(x3)": a multiplier written before its number, as on a label. Twenty at
# most: "x64" and "x86" are processors; after "the" or "a" it names a model ("the X2").
_TIMES_BEFORE = compiled(r"(?:(?<=\s)(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)|(?<=^)|(?<=\())"
                           r"[x×]((?:1?[1-9]|10|20)(?:\.\d)?)(?![\w.,]?\d|\w)")
# "12 x bicep curls", "4 x AA batteries", "1 x Dress": a count of things written with "x", said as the count ("3 x
# faster" is a multiple, "three times"; "2 x 500 mg" a product: a number follows).
# "at ×40", "a ×10 loupe", "×400": the sign "×" before a number is a magnification at any power (it names no model,
# as "the X2" does, nor a processor, as "x64"): "times forty" ("×forty" it was).
_SIGN_TIMES_BEFORE = compiled(r"(?:(?<=\s)|(?<=^)|(?<=\())×(\d{1,4}(?:\.\d)?)(?![\w.,]?\d|\w)")
_COUNT_X = compiled(r"(?<![\w.,])(\d{1,3})\s[x×]\s(?=[A-Za-z])")
_MAY_BE_TIMES_BEFORE = compiled(r"x[1-9]")  # led by a literal: found in C ("×" is looked for apart)
# "5 x £20" once money is words ("5 x twenty pounds"): a count times an amount, no count of things ("2 x HDMI").
_AMOUNT_SAID_AFTER = compiled(r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty"
                              r"|a hundred|a thousand)\b")
# "29 x two point four inches" once an inch mark is words ("29 x 2.4\"", a tyre's size; "3 x 5\" cards"): a length
# on the far side is a size's, said "by" as "4x6 m" is ("twenty nine times" it was).
_LENGTH_SAID_AFTER = compiled(r"(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
                              r"|\w+ty|hundred|and|a|half|quarter|point)\s){1,8}(?:inch(?:es)?|foot|feet)\b")
_KIND_BEFORE = compiled(r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he)\s+$")
_COMPARATIVE_AFTER = compiled(
    r"\s(?:more|less|fewer|as|faster|slower|bigger|larger|smaller|higher|lower|greater|better|worse|cheaper|longer"
    r"|shorter|stronger|weaker|heavier|lighter|quicker|over)\b"
)
# "3x/week", "2×/day", "1-2x/mo": how often, a multiple over a period after its slash, said "three times a week"
# ("three x/week" it was, in a sentence or alone). "Once" for one; the period's shortenings said whole.
_PERIODS = {"day": "day", "week": "week", "wk": "week", "month": "month", "mo": "month", "year": "year",
            "yr": "year", "hour": "hour", "hr": "hour", "night": "night", "fortnight": "fortnight"}
_TIMES_A_PERIOD = compiled(rf"(?<![\w.,])({NUM})(?:x?\s?-\s?({NUM}))?x/({'|'.join(_PERIODS)})(?![\w/])")
# "3x a week", "2x daily" alone: how often, a multiple even with nothing before it ("three x a week" it was)
_FREQUENCY_AFTER = compiled(r"\s(?:(?:an?|per|each|every)\s(?:day|week|month|year|hour|night|fortnight)\b"
                            r"|(?:daily|weekly|monthly|yearly|annually|nightly|hourly)\b)")
# "a 2x All-Star", "3x NBA champion": a count of titles, said "two time".
_TIMES_TITLE = compiled(
    r"(?<![\w.,])(\d{1,2})x(?=\s+(?:[\w-]+\s+)?(?:champions?|winners?|finalists?|medall?ists?|All-Stars?|"
    r"Olympians?|Pro Bowlers?|MVPs?|All-Pros?|nominees?|[Gg]rand [Ss]lam)\b)"
)


def _multiplier(match: re.Match[str]) -> str:
    """"2.5x faster" -> "two point five times faster", "1-2x as" -> "one to two times as"."""
    if descending(match):
        said = from_last(match, _MULTIPLIER, _multiplier)
        last = said[match.start(2) - match.start():]
        # "from 2.5x to 2x": a first number with its own "x" is a multiple as the last is ("two point five x" it was)
        if match.string.startswith("x", match.end(1)) and last.endswith("times"):
            return f"{amount(match.group(1))} times{match.string[match.end(1) + 1:match.start(2)]}{last}"
        return said
    before = match.string[max(0, match.start() - 8):match.start()]
    as_written = match.group(0)
    if match.group(2):  # "a 3-4x rise": kept as written, the span is still said with "to" ("three-four x" it was)
        as_written = padded(match, f"{amount(match.group(1))} to {amount(match.group(2))} x")
    if _KIND_BEFORE.search(before) and not _COMPARATIVE_AFTER.match(match.string, match.end()):
        return as_written
    if (not before.strip() and _COMPARATIVE_AFTER.match(match.string, match.end()) is None
            and _VALUATION_BASE_AFTER.match(match.string, match.end()) is None
            and _FREQUENCY_AFTER.match(match.string, match.end()) is None):
        return as_written  # "4.4x" alone, a table's cell or a label: said as written
    # but "8.5x EBITDA", "5-7x revenue" alone are a valuation's multiple, whatever stands before: "times"
    upper = " to " + amount(match.group(2)) if match.group(2) else ""
    return padded(match, f"{amount(match.group(1))}{upper} times")


_SIGN_AFTER_NUMBER = compiled(r"(?<=\d)×(?!\s?\d|\.\d)")
# a pair of jeans by its waist and leg in inches, "32W 30L", "34W/32L": said "waist" and "leg" as a shop says
# them ("thirty two watts thirty liters" it was). Only the pair, two digits each, a waist of 24 to 56 and a leg of 26
# to 38: a lone "32W" is watts, a "20W 12L" no garment, and "W32 L30" a team's wins and losses (sports.py).
_WAIST_LEG = compiled(r"(?<![\w.,])(2[4-9]|[34]\d|5[0-6])W\s?/?\s?(2[6-9]|3[0-8])L(?![\w.,]\d|\w)")
# a metric screw's thread by its length or its pitch, "M8 x 100mm", "M10 x 1.25", "M6×20": said "by" as the
# trade says it ("M eight x one hundred millimeters" it was: the "x" after a letter and digits was no size's). The
# thread is M and its diameter (M1.6 to M64), its "x" between numbers only.
_THREAD_BY = compiled(r"M(?<![\w.,]M)(?:[1-9]|[1-5]\d|6[0-4])(?:\.\d)?(\s?[x×]\s?)(?=\d)")  # led by the M


# "3 x 45 seconds", "4 x 10 minutes": a workout's or a recipe's sets of a span of time written in words, said
# "times" as "4 x 30s" is ("three by forty five seconds" it was; a span has no sides to be a size).
_SPAN_IN_WORDS_AFTER = compiled(r"\s(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")


def _dimensions(match: re.Match[str]) -> str:
    """"4x6" -> "4 by 6": the numbers and any unit after them are read by the rules that follow. Before a unit of
    anything but length ("2 x 500 mg tablets") it is a count times an amount, before a container ("6 x 330ml cans")
    the count of them."""
    if match.group(0).endswith("s"):  # "2x4s": "two by fours"
        first, _, second = match.group(0)[:-1].partition("x")
        return f"{numbers.cardinal(int(first))} by {numbers.plural(numbers.cardinal(int(second)))}"
    unit = _UNIT_AFTER.match(match.string, match.end())
    if unit is not None and unit.group(1) not in _SIZE_UNITS:
        if _CONTAINER_AFTER.match(match.string, unit.end()) and _COUNT_OF.fullmatch(match.group(0)):
            return _BY.sub(" ", match.group(0))  # "2 x 400g tins": "two four hundred gram tins"
        return _BY.sub(" times ", match.group(0))
    if unit is None and _COUNT_OF.fullmatch(match.group(0)) and _SPAN_IN_WORDS_AFTER.match(match.string, match.end()):
        return _BY.sub(" times ", match.group(0))
    large = _LARGE_SIZES.fullmatch(match.group(0)) if unit is None else None  # a unit is read from the digits after
    if large is not None:
        return padded(match, " by ".join(numbers.year(int(side)) if len(side) == 4 else numbers.in_pairs(side)
                                         for side in large.groups() if side))
    return _BY.sub(" by ", match.group(0))


# "Squat 5x5", "Bench 3 x 10 at 60kg": sets by reps after a lift's name, said "by" as a coach says them ("five x
# five" it was: a bare "5x5" may be a score or a product, and is left elsewhere).
_SETS_BY_REPS = compiled(rf"\b((?i:{'|'.join(sorted(LIFTS))})\s)(\d{{1,2}})\s?[x×]\s?(\d{{1,2}})(?![\w.,]?\d|\s?[x×=])")


def _times_a_period(match: re.Match[str]) -> str:
    """"3x/week" -> "three times a week", "1x/day" -> "once a day", "1-2x/mo" -> "one to two times a month"."""
    period = ("an " if match.group(3).startswith("h") else "a ") + _PERIODS[match.group(3)]
    if match.group(2):
        return f"{amount(match.group(1))} to {amount(match.group(2))} times {period}"
    return f"once {period}" if match.group(1) == "1" else f"{amount(match.group(1))} times {period}"


def multiples(text: str) -> str:
    """A count of titles ("3x NBA champion"), of parts ("2x HDMI ports") and a multiple ("2.5x faster")."""
    if "x/" in text:
        text = _TIMES_A_PERIOD.sub(_times_a_period, text)
    text = _TIMES_TITLE.sub(lambda m: padded(m, f"{amount(m.group(1))} time"), text)
    text = _MULTIPLIER.sub(_multiplier, _COUNT_OF_PARTS.sub(lambda m: amount(m.group(1)), text))
    return text


def _count_x(match: re.Match[str]) -> str:
    """"5 x twenty pounds" -> "5 times twenty pounds", "29 x two inches" -> "29 by two inches", "2 x HDMI"."""
    if _AMOUNT_SAID_AFTER.match(match.string, match.end()):
        return match.group(1) + (" by " if _LENGTH_SAID_AFTER.match(match.string, match.end()) else " times ")
    return match.group(1) + (" times " if _COMPARATIVE_AFTER.match(match.string, match.end() - 1) else " ")


def sizes(text: str) -> str:
    """Sizes said with "by" ("4x6 m"), a count times an amount ("2 x 500 mg"), and "x" or "×" as "times"."""
    if ("x" in text or "×" in text) and _MAY_BE_DIMENSIONS.search(text):
        text = _SETS_BY_REPS.sub(r"\1\2 by \3", text)
        if "M" in text:
            text = _THREAD_BY.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + " by ", text)
        text = _DIMENSIONS.sub(_dimensions, text)
    if "0A" in char_classes(text) and "W" in text and "L" in text:
        text = _WAIST_LEG.sub(r"\1 waist \2 leg", text)
    if ("x" in text and ("x g" in text or "xg" in text)) or "×" in text:
        text = _TIMES_G.sub(" times ", text)
    if ("x" in text and " x " in text) or "×" in text:
        text = _SIZES_WITH_UNITS.sub(r"\1 by ", text)
    if ("x" in text and " x " in text) or ("×" in text and " × " in text):
        text = _COUNT_X.sub(_count_x, text)
    if ("x" in text and _MAY_BE_TIMES_BEFORE.search(text)) or "×" in text:
        text = _TIMES_BEFORE.sub(lambda m: padded(m, f"times {amount(m.group(1))}"), text)
    if "×" in text:
        text = _SIGN_TIMES_BEFORE.sub(lambda m: padded(m, f"times {amount(m.group(1))}"), text)
        text = _SIGN_AFTER_NUMBER.sub("x", text)  # "rose 5×.", "2× as many": the sign read as the letter is
    return text

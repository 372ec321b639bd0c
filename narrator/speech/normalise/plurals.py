"""Numbers in the plural: "100s of people", "in 2s and 3s", age groups ("over-65s", "18-24s") and a round
three-digit number's ("eight 180s", "the 800s")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import padded
from narrator.speech.normalise.vocabulary import is_common_word

# "100s of people", "1,000s of fans": hundreds and thousands ("1000s" only before "of": else it is a century).
# "Count in 2s and 3s": twos and threes, after a word in lower case ("iPhone 5s" is a name) or a count ("he hit 6 4s
# and 3 6s": six fours and three sixes, a cricketer's boundaries).
# "10,000s", "100,000s", "1,000,000s": tens and hundreds of thousands, millions (grouped, they are no century).
_ROUND_PLURAL = compiled(r"(?<![\w.,'])(?:(100)s|(1,000|1000(?=s\s+of\b)|10,000|100,000|1,000,000)s)\b(?!['’])")
_ROUND_PLURALS = {None: "hundreds", "1,000": "thousands", "1000": "thousands", "10,000": "tens of thousands",
                  "100,000": "hundreds of thousands", "1,000,000": "millions"}
_DIGIT_PLURAL = compiled(r"(\b(?:[a-z]+|\d{1,2})\s+)(\d)s\b(?!['’])")
_DIGIT_PLURALS = ("zeros", "ones", "twos", "threes", "fours", "fives", "sixes", "sevens", "eights", "nines")
# "the under-18s", "over-65s": an age group, the number's plural ("eighteens").
# "over 65s", "the 18-24s": written apart, or a pollster's band of ages ("eighteen to twenty fours"), its first age
# of one digit too ("5-15s pay half fare": a child's fare's band; "five-fifteen s" it was).
_AGE_GROUP = compiled(r"(?:(?<=[Uu]nder[- ])|(?<=[Oo]ver[- ])|(?<![\w.,'-])(\d{1,2})-(?=\d\ds\b))(\d{1,2})s\b(?!['’])")
_MAY_BE_AGE_GROUP = compiled(r"s\b(?<=\ds)(?!['’])")  # "\ds\b", led by its literal: found at memchr speed
_MAY_BE_PLURAL_NUMBER = compiled(r"\d(?<![\w.,']\d)(?:0{0,2}|,?000|0{1,2},000|,000,000)s\b")
# "eight 180s", "in the 800s": a round three-digit number's plural, a darts score's or a century's ("one hundred
# eighty s" it was); after a name it is a model's ("two Boeing 720s"), left to the models' rule. One not a round
# hundred is said in pairs, as darts' maximums and a decade of the first millennium are ("nine one eighties", "the
# one thirties"; "one hundred eighties" no reader says).
_THREE_DIGIT_PLURAL = compiled(r"(?<![\w.,'$£€#/-])([1-9]\d0)s\b(?!['’])")
_MAY_BE_THREE_DIGIT_PLURAL = compiled(r"\d\d0s\b")
_WORD_BEFORE = compiled(r"([A-Za-z]+)\s$")
# an ordinal made a plural noun, "factory 2nds", "in 100ths of a second", "cut into 16ths", "the 1sts" (a
# school's first teams): "seconds", "hundredths" ("two nds" and "one hundred ths" went to the voice). The ending must
# be the number's own ("2ths" is no ordinal).
_ORDINAL_PLURAL = compiled(r"(?<![\w.,'/])(\d{1,4})(st|nd|rd|th)s\b(?!['’])")
# "two 6's", "three 100's", "ten 777's", "in 2's and 3's", "count by 10's": a number's plural written with an
# apostrophe after a count or after "in", "by" or "into", the apostrophe dropped so that the plural rules read it as
# "6s" ("two six's" it was); a possessive after a name or a year ("Channel 4's", "2023's budget") has no count.
_COUNTED_APOSTROPHE_PLURAL = compiled(
    r"\b((?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|dozens"
    r"|both|several|many|few|some|more)\s\d{0,2}|\d{1,2}\s\d{0,2}|(?i:in|by|into)\s\d?(?=\d['’]))(\d)['’]s\b")
_PAIRED_APOSTROPHE_PLURAL = compiled(r"(?:(?<=\ds and )|(?<=\ds or )|(?<=\ds & ))(\d{1,3})['’]s\b")
_MAY_BE_ORDINAL_PLURAL = compiled(r"s\b(?<=\d(?:st|nd|rd|th)s)")  # led by its literal: found at memchr speed


def _three_digit_plural(match: re.Match[str]) -> str:
    """"180s" -> "one eighties", "800s" -> "eight hundreds"; a model's after a name (a capitalised word no dictionary
    holds) is left."""
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    if before and before.group(1)[0].isupper() and not is_common_word(before.group(1).lower()):
        return match.group(0)
    written = match.group(1)
    return numbers.plural(numbers.cardinal(int(written)) if written[1] == "0" else numbers.in_pairs(written))


def _age_group(match: re.Match[str]) -> str:
    """"over-65s" -> "over-sixty fives", "18-24s" -> "eighteen to twenty fours", "60-70s" -> "sixties to seventies"."""
    last = numbers.plural(numbers.cardinal(int(match.group(2))))
    if match.group(1) is None:
        return last
    first = int(match.group(1))
    if first >= int(match.group(2)):
        return match.group(0)
    if first % 10 == 0 and last.endswith("ies"):  # "the 60-70s": two decades, "the sixties to seventies"
        return f"{numbers.plural(numbers.cardinal(first))} to {last}"
    return f"{numbers.cardinal(first)} to {last}"


def age_groups(text: str) -> str:
    """"the under-18s", "over 65s", "the 18-24s": an age group, the number's plural (text holds "er" or a hyphen)."""
    if _MAY_BE_AGE_GROUP.search(text):
        text = _AGE_GROUP.sub(_age_group, text)
    return text


def apostrophe_plurals(text: str) -> str:
    """"two 6's" -> "two 6s", "in 2's and 3's" -> "in 2s and 3s": a counted number's plural, its apostrophe dropped
    (text holds a digit, an apostrophe and a letter)."""
    changed = _COUNTED_APOSTROPHE_PLURAL.sub(r"\1\2s", text)
    return _PAIRED_APOSTROPHE_PLURAL.sub(r"\1s", changed) if changed != text else text


def round_plurals(text: str) -> str:
    """"100s of people" -> "hundreds of people", "in 2s and 3s" -> "in twos and threes" (text holds a digit before
    a letter)."""
    if _MAY_BE_PLURAL_NUMBER.search(text):
        text = _ROUND_PLURAL.sub(lambda m: padded(m, _ROUND_PLURALS[m.group(2)]), text)
        text = _DIGIT_PLURAL.sub(lambda m: m.group(1) + _DIGIT_PLURALS[int(m.group(2))], text)
    return text


def three_digit_plurals(text: str) -> str:
    """"eight 180s" -> "eight one eighties", "in the 800s" -> "in the eight hundreds" (text holds a digit before a
    letter)."""
    if _MAY_BE_THREE_DIGIT_PLURAL.search(text):
        text = _THREE_DIGIT_PLURAL.sub(_three_digit_plural, text)
    return text


def ordinal_plurals(text: str) -> str:
    """"factory 2nds" -> "factory seconds", "100ths" -> "one hundredths" (text holds a digit before a letter)."""
    if not _MAY_BE_ORDINAL_PLURAL.search(text):
        return text
    return _ORDINAL_PLURAL.sub(_ordinal_plural, text)


def _ordinal_plural(match: re.Match[str]) -> str:
    """The ordinal's words and "s" where the ending is the number's own; as written where it is not."""
    said = numbers.ordinal(int(match.group(1)))
    if not said.endswith(("first", "second", "third") if match.group(2) != "th" else "th"):
        return match.group(0)
    return padded(match, said + "s")

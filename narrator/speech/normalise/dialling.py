"""Numbers to dial and file numbers in the forms one country's pages print them, which telephones.py's groups do not
read: Germany's area code before a slash ("089/12 34 56"), France's pairs parted by stops ("06.12.34.56.78"), and a
court's or an office's case number before the year it was opened ("2601234/2026")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import char_classes, padded

# a German number, its area code led by a zero and of three to five digits, a slash, then the subscriber's
# digits run together or in pairs ("089/12 34 56", "040/123456", "0221/9876543"): each digit said, the code's and the
# rest's groups parted ("eighty nine twelfths ..." and "forty one hundred twenty three thousand ... sixths" went to
# the voice). Five digits after the slash at least: "050/100" is no number to call. Led by the zero (scanned in C).
_SLASHED_AREA_CODE = compiled(r"0(?<![\w./,-]0)(\d{2,4})/(\d{2,8}(?: \d{2,4}){0,3})(?![\w/-]|[.,]\d| \d)")
# a French number, ten digits in five pairs parted by stops, the first led by a zero ("06.12.34.56.78", as
# shops and letterheads print it): said pair by pair in its digits ("zero six point twelve point ..." it was). No
# decimal, date or version has five groups of two so led.
_DOTTED_PAIRS = compiled(r"0(?<![\w./,-]0)([1-9])\.(\d\d)\.(\d\d)\.(\d\d)\.(\d\d)(?![\w.]|\.\d)")
# a case or a file number and the year it was opened after a slash, as tribunals, courts and councils write it
# ("Case no. 2601234/2026", "file 1403567/2025"): the number's digits said, then "slash" and the year ("two million six
# hundred one thousand ... slash twenty twenty six" it was). Five digits at least before the slash, which no fraction
# of a year is written with; the year is of the last two centuries.
# Its label's "no." is said "number" here, as words.py says it before digits, which these no longer are.
_CASE_NUMBER = compiled(r"(?:\b([Nn])o\.?\s?)?(?<![\w./,$£€-])(\d{5,9})/((?:19|20)\d\d)(?![\w/]|[.,]\d)")

# two emergency or advice numbers named together, "999 or 112", "111 or 999", "911 and 988", each said digit by
# digit as it is dialled, with no word of calling near ("nine hundred ninety nine or one hundred twelve" it was): no
# two counts so paired are both among them. A span's ends ("between 101 and 111") and a count before its noun ("101
# or 111 people") are left.
_SERVICE_NUMBERS = "112|999|911|111|101|988|000"
_SERVICE_PAIR = compiled(rf"(?<![\w$£€.,/-])(?<!between )(?<!from )({_SERVICE_NUMBERS}) (or|and) ({_SERVICE_NUMBERS})"
                         r"(?![\w-]|[.,]\d|\s+(?:[a-z]+s|people|men|women|children|staff)\b)")


def national_forms(text: str) -> str:
    """"089/12 34 56" -> "zero eight nine, one two, three four, five six"; "06.12.34.56.78" -> "zero six, one two,
    ..."; "2601234/2026" -> "two six zero one two three four slash 2026"."""
    classes = char_classes(text)
    if "/" in text and "0/0" in classes:
        text = _SLASHED_AREA_CODE.sub(_slashed_area_code, text)
        if "00000/0000" in classes:
            text = _CASE_NUMBER.sub(_case_number, text)
    if "000" in classes and "000 a" in classes and (" or " in text or " and " in text):  # the digits first: a jump
        text = _SERVICE_PAIR.sub(lambda m: padded(m, f"{numbers.digits(m.group(1))} {m.group(2)} "
                                                     f"{numbers.digits(m.group(3))}"), text)
    if "00.00.00.00" in classes:
        text = _DOTTED_PAIRS.sub(lambda m: padded(m, ", ".join(numbers.digits(g) for g in ("0" + m.group(1),
                                                                                              *m.groups()[1:]))), text)
    return text


def _slashed_area_code(match: re.Match[str]) -> str:
    """The code's digits, then the subscriber's in the groups they are written in; under five of them, as written."""
    groups = match.group(2).split()
    if sum(len(group) for group in groups) < 5:
        return match.group(0)
    return padded(match, ", ".join(numbers.digits(group) for group in ("0" + match.group(1), *groups)))


def _case_number(match: re.Match[str]) -> str:
    """"no. 2601234/2026" -> "number two six zero one two three four slash 2026"."""
    label = f"{match.group(1)}umber " if match.group(1) else ""
    return padded(match, f"{label}{numbers.digits(match.group(2))} slash {match.group(3)}")

"""Numbers to dial as Italy's, the Netherlands', Brazil's, Sweden's and Pakistan's pages print them, which
telephones.py's groups do not read: a trunk code and a dash before the subscriber's digits run together ("02-12345678",
"06-12345678"), Brazil's area code in brackets before groups of four or five and four ("(11) 91234-5678"), Sweden's
code and dash before groups of three and two ("08-123 456 78") and Pakistan's code before three threes
("042-111-222-333")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import padded

# a code led by a zero, a dash, then the subscriber's six to eight digits run together, as Italy and the
# Netherlands print a number ("02-12345678" Milan, "06-12345678" a Dutch mobile, "010-1234567" Rotterdam): each digit
# said, the code's and the rest's groups parted ("zero two to twelve million ..." it was, a range). Nine to eleven
# digits in all; no range's first end is led by a zero and two digits or more. Led by the zero (scanned in C).
_DASHED_TRUNK = compiled(r"0(?<![\w./,+(-]0)(\d{1,3})-(\d{6,8})(?![\w-]|[.,]\d)")
# Brazil's area code of two digits (11 to 99, none led by a zero) in brackets, then four digits or a mobile's
# five and four after a dash ("(11) 91234-5678", "+55 (11) 3456-7890"): each group's digits ("(eleven) ninety one
# thousand ... to five thousand ..." it was). Four digits before the dash after Brazil's code, or where they are
# no span of years or round counts, since "(11) 2019-2020" may be an item's number and a span of years.
_BRAZIL = compiled(r"(\+55 ?)?\(([1-9][1-9])\) ?(\d{4,5})-(\d{4})(?![\w-]|[.,]\d)")

# Sweden's area code led by a zero, a dash, then the subscriber's digits in groups of two and three ("08-123 456
# 78" Stockholm, "031-123 45 67" Gothenburg): each group's digits ("zero eight to one hundred twenty three ..." it was,
# a range). Eight to ten digits in all, three groups or more after the dash: no range's end is followed so.
_SWEDISH = compiled(r"0(?<![\w./,+(-]0)(\d{1,3})-(\d{2,3}) (\d{2,3}) (\d{2})(?: (\d{2}))?(?![\w-]|[.,]\d| \d)")
# a Dutch mobile, "06" and a space before its eight digits run together ("06 12345678", as a Dutch card prints
# it): each digit said ("zero six twelve million ..." it was). Only "06", the mobiles' code: no count is written so.
_DUTCH_MOBILE = compiled(r"0(?<![\w./,+(-]0)6 (\d{8})(?![\w-]|[.,]\d| \d)")

# a code led by a zero, with a dash or in brackets, before three groups of three after dashes, as Pakistan prints
# its universal numbers ("042-111-222-333", "(021) 111-786-786": "one hundred eleven, two hundred..." it was): each
# group's digits. No range or count is written with three dashes after a zero-led code.
_ZERO_CODE_THREES = compiled(r"(?<![\w./,+(-])(\()?0(\d{1,3})(?(1)\) ?|-)(\d{3})-(\d{3})-(\d{3})(?![\w-]|[.,]\d)")


def national_groups(text: str, classes: str) -> str:
    """"02-12345678" -> "zero two, one two three four five six seven eight"; "(11) 91234-5678" -> "one one, nine one
    two three four, five six seven eight". `classes` is the text's char_classes."""
    if "00-000000" in classes:
        text = _DASHED_TRUNK.sub(_dashed_trunk, text)
    if "(00)" in classes and "0000-0000" in classes:
        text = _BRAZIL.sub(_brazil, text)
    if "00-00" in classes and "0 00" in classes:
        text = _SWEDISH.sub(_swedish, text)
    if "00 00000000" in classes:
        text = _DUTCH_MOBILE.sub(lambda m: padded(m, f"zero six, {numbers.digits(m.group(1))}"), text)
    if "000-000-000" in classes:
        text = _ZERO_CODE_THREES.sub(
            lambda m: padded(m, ", ".join(numbers.digits(group) for group in ("0" + m.group(2), *m.groups()[2:]))),
            text)
    return text


def _dashed_trunk(match: re.Match[str]) -> str:
    """The code's digits, then the subscriber's; with fewer than nine in all, as written."""
    code, rest = "0" + match.group(1), match.group(2)
    if not 9 <= len(code) + len(rest) <= 11:
        return match.group(0)
    return padded(match, f"{numbers.digits(code)}, {numbers.digits(rest)}")


def _brazil(match: re.Match[str]) -> str:
    """"+55 (11) 3456-7890" -> "plus five five, one one, three four five six, seven eight nine zero"; four digits
    before the dash without Brazil's code, as written."""
    country, area, first, last = match.groups()
    # a landline's four and four without the country's code ("(21) 2345-6789") when neither group ends a round
    # count ("1500-2000") and they are not two years ("2019-2020"); a landline's first digit is 2 to 5
    if not country and len(first) == 4 and (first[0] not in "2345" or first.endswith("00") or last.endswith("00")
                                            or (first[:2] in ("19", "20") and last[:2] in ("19", "20"))):
        return match.group(0)
    lead = "plus five five, " if country else ""
    return padded(match, lead + ", ".join(numbers.digits(group) for group in (area, first, last)))


def _swedish(match: re.Match[str]) -> str:
    """"08-123 456 78" -> "zero eight, one two three, four five six, seven eight"; outside eight to ten digits, as
    written."""
    groups = ["0" + match.group(1), *(group for group in match.groups()[1:] if group)]
    if not 8 <= sum(len(group) for group in groups) <= 10:
        return match.group(0)
    return padded(match, ", ".join(numbers.digits(group) for group in groups))

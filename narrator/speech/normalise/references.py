"""References by their numbers, each part said as a reader says it: a planning file's ("25/01234/FUL"), a psalm's
("Ps. 119"), a procedure rule's ("r. 3.4(2)(a)"), a provision's and its subsections ("section 2.10", "401(k)"), a
docket's ("1:23-cv-04567"), a case's ("Case No. 22-451"), a numbered table's or figure's ("Table 4-1") and a
standard's ("ISO 12312-2", "BS EN 1176-1:2017")."""

from __future__ import annotations

import re

from narrator.speech.normalise import namednumbers, numbers, romans
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import STANDARD_BODIES
from narrator.speech.normalise.util import among_words, char_classes, padded

# "25/01234/FUL", "P/2024/0456": a planning or file reference of three or more slashed parts, one of them letters or
# five digits or more, read part by part without its slashes (a date has neither: "12/05/2024" is left to dates).
# Was "twenty five slash zero one two three four/FUL".
# Its label "ref." before it said in full ("ref. 26/01234/FUL": words.py's "ref. 12" asks for a digit, gone by then).
_SLASHED_REFERENCE = compiled(r"(?<![\w/.-])(?:([Rr]ef)(\.?:?)\s)?(?=[\dA-Z]+/[\dA-Z]+/)(?=[A-Z/]*\d)"
                              r"(?=[\dA-Z/]*(?:[A-Z]|\d{5}))"
                              r"((?:[A-Z]{1,6}|\d{1,7})(?:/(?:[A-Z]{1,6}|\d{1,7})){2,4})(?![\w/]|[.,-]\w)")
_MAY_BE_SLASHED_REFERENCE = compiled(r"[A-Z]/|/[A-Z]|\d{5}/|/\d{5}")  # a letters part or a long one, by a slash
# "crime reference 2314/24", "ref. 4471/25", "incident number 0456/12": a reference of two slashed numbers after its
# label, its slash said ("two three one four or twenty four" it was, the slash read as a choice); the numbers are read
# as the label's rules read a reference's.
_REFERENCE_LABEL = "(?:" + "|".join(f"(?<={label} )" for label in (
    r"[Rr]eference", r"[Rr]eference:", r"[Rr]ef", r"[Rr]ef\.", r"[Rr]ef:", *(rf"\b{word} number" for word in (
        "[Cc]rime", "[Cc]laim", "[Jj]ob", "[Ii]ncident", "[Oo]ccurrence", "[Ll]og", "[Cc]ase", "[Rr]eport")))) + ")"
# And after its label a reference of an office's capitals and a number, "ref. EMM/4471", "reference KLD/3318", "crime
# number CR/2291": read as a reference of three parts is ("P/2024/0456"), the letters as written and the number as
# its part ("E.M.M/four thousand four hundred seventy one" it was, its slash given to the voice), and its label "ref."
# said in full as before one of three parts.
_TWO_PART_REFERENCE = compiled(r"(?:\b([Rr]ef)(\.?:?)\s(?=[A-Z]{1,6}/\d)|" + _REFERENCE_LABEL + r")"
                               r"(?:(\d{2,7})/(\d{2,4})|([A-Z]{1,6})/(\d{2,7}))(?![\w/]|[.,]\d)")
# "Ps. 119", "Pss. 120-134": the Psalms' abbreviation with its stop before a psalm's number alone (no other book's is
# read without a verse: "Rev. 21" may be a reverend's, "Gen. 3" a general's); "P.S." is a postscript's.
_PSALM = compiled(r"\bPs(s?)\.\s?(?=\d{1,3}\b(?![.,:]\d))")
# "r. 3.4(2)(a)", "r. 44.2": a procedure rule's number after "r." (a decimal or brackets: "r. 1850" is a reign's).
_RULE = compiled(r"r\.(?<=\br\.)\s?(?=\d{1,3}(?:\.\d{1,3})?\(\w{1,4}\)|\d{1,3}\.\d{1,3}\b(?!\.\d))")  # led by "r."
# "Table 4-1", "Figure 2-3", "Exhibit 10-2": one table or figure numbered within its chapter, said with "dash" as a
# case's number is (a plural, "Figures 3-5", is a span).
_NUMBERED_FIGURE = compiled(r"\b((?:Table|Figure|Fig\.|Exhibit|Chart|Listing|Plate|Map|Box)\s)(\d{1,2})-(\d{1,3})\b"
                            r"(?![.,-]\d)")
# a standard's number after its body's initials, one to three of them ("ISO 12312-2", "BS EN 1176-1:2017", "IEC
# 60601-1-2", "ISO/IEC 27001:2022"): each part after a hyphen said with "dash", as a table's is, and the year after a
# colon said as a year ("twelve thousand three hundred twelve to two" and "one to two thousand seventeen" they were).
# A part is one or two digits and smaller than the number: "ISO 100-400", a camera's span of speeds, stays a span.
_STANDARD = compiled(r"\b((?:(?:ISO|IEC|EN|BS|DIN)(?:/(?:ISO|IEC|EN))?\s){1,3})(\d{2,5})((?:-\d{1,2}){1,3})?"
                     r"(?::((?:19|20)\d\d))?(?![\w-]|[.,:]\d)")
# A US federal court's case number, "1:23-cv-04567": the court's office, the year, the kind of case and its number;
# read before the clock rule takes "1:23" for a time.
_DOCKET = compiled(r"(?:\b([Nn]o\.|[Cc]ase)\s?)?(?<![\w:.-])(\d{1,2}):(\d{2})-([a-z]{2,4})-(\d{3,6})(?![\w-])")
# "Case No. 22-451", "Resolution No. 2024-15", "No. 23-1105": a number with a hyphen after "No." or a kind of
# filing is its identifier, said part by part with "dash" ("twenty two to four hundred fifty one" it was). Not after
# "Nos.", which lists a span ("Nos. 3-5"), nor a lower-case word without "No." ("in case 2-3 inches fall").
_CASE_NUMBER = compiled(r"\b(?:((?:Case|Docket|Resolution|Ordinance|Bill|File)\s)(No\.\s?)?|(No\.\s?))"
                          r"(\d{1,4})-(\d{1,6})(?![\w-]|[.,]\d)")
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
_SMALL_ROMAN = compiled(r"[ivx]{2,4}")  # "(ii)", "(iv)": a numbered clause (a single "i" may be a letter)


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
        return numbers.year(int(digits)) if 1900 <= int(digits) <= 2099 else namednumbers.catalogue_number(digits)
    return numbers.in_pairs(digits) if len(digits) > 2 else numbers.cardinal(int(digits))


def _docket(match: re.Match[str]) -> str:
    """"No. 1:23-cv-04567" -> "number one, twenty three, C.V, zero four five six seven"."""
    label, office, year, kind, serial = match.groups()
    said = (f"{numbers.cardinal(int(office))}, {numbers.cardinal(int(year))}, {'.'.join(kind.upper())}, "
            f"{numbers.digits(serial)}")
    if label:
        said = ("number " if label.lower() == "no." else f"{label} ") + said
    return padded(match, said)


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


def _slashed_reference(match: re.Match[str]) -> str:
    """"25/01234/FUL" -> "twenty five zero one two three four FUL": each part as a reference says it."""
    parts = match.group(3).split("/")
    if not any(part.isalpha() or len(part) >= 5 for part in parts) or all(part.isalpha() for part in parts):
        return match.group(0)
    label = f"{match.group(1)}erence{':' if ':' in match.group(2) else ''} " if match.group(1) else ""
    return label + " ".join(_reference_part(part) for part in parts)


def _reference_part(part: str) -> str:
    """A reference's part: letters as written, four digits as a year, one led by a zero or five long digit by digit,
    others as a number."""
    if part.isalpha():
        return part
    if part.startswith("0") or len(part) > 4:
        return numbers.digits(part)
    return numbers.year(int(part)) if len(part) == 4 else numbers.cardinal(int(part))


def slashed_references(text: str) -> str:
    """"25/01234/FUL" -> "twenty five zero one two three four FUL"."""
    if not _MAY_BE_SLASHED_REFERENCE.search(text):
        return text
    return _SLASHED_REFERENCE.sub(_slashed_reference, text)


def two_part_references(text: str) -> str:
    """"crime reference 2314/24" -> "crime reference 2314 slash two four": the slash of a labelled reference said."""
    return _TWO_PART_REFERENCE.sub(_two_part_reference, text)


def _two_part_reference(match: re.Match[str]) -> str:
    """The second part a year where it has four digits, else digit by digit ("2314/24": "... slash two four"); after
    capitals, the number as a reference's part ("EMM/4471": "EMM forty four seventy one")."""
    if match.group(5):
        label = f"{match.group(1)}erence{':' if ':' in match.group(2) else ''} " if match.group(1) else ""
        return f"{label}{match.group(5)} {_reference_part(match.group(6))}"
    second = match.group(4)
    return f"{match.group(3)} slash {numbers.year(int(second)) if len(second) == 4 else numbers.digits(second)}"


def psalms(text: str) -> str:
    """"Ps. 119" -> "Psalm 119", "Pss. 120-134" -> "Psalms 120-134"."""
    return _PSALM.sub(lambda m: "Psalms " if m.group(1) else "Psalm ", text)


def procedure_rules(text: str) -> str:
    """"r. 3.4(2)(a)" -> "rule 3.4(2)(a)"."""
    if not _RULE.search(text):
        return text
    return _RULE.sub("rule ", text)


def numbered_provisions(text: str) -> str:
    """"section 2.10" -> "section two point ten"."""
    if not any(shape in char_classes(text) for shape in _PROVISION_SHAPES):
        return text
    return _NUMBERED_PROVISION.sub(_numbered_provision, text)


def may_have_subsections(text: str) -> bool:
    """True where a digit stands before a bracket ("401(k)"): a first look."""
    return _MAY_BE_SUBSECTIONS.search(text) is not None


def subsections(text: str) -> str:
    """"401(k)" -> "four o one K"."""
    return _SUBSECTIONS.sub(_subsections, text)


def dockets(text: str) -> str:
    """"No. 1:23-cv-04567" -> "number one, twenty three, C.V, zero four five six seven"."""
    return _DOCKET.sub(_docket, text)


def case_numbers(text: str) -> str:
    """"Case No. 22-451" -> "Case number twenty two dash four fifty one"."""
    return _CASE_NUMBER.sub(_case_number, text)


def numbered_figures(text: str) -> str:
    """"Table 4-1" -> "Table four dash one"."""
    return _NUMBERED_FIGURE.sub(lambda m: f"{m.group(1)}{numbers.cardinal(int(m.group(2)))} dash "
                                          f"{numbers.cardinal(int(m.group(3)))}", text)


def standards(text: str) -> str:
    """"ISO 12312-2" -> "ISO twelve thousand three hundred twelve dash two", "BS 7671:2018" -> "BS seven thousand six
    hundred seventy one, twenty eighteen" (the caller has found a capital and a spaced number, and a hyphen or a colon
    between digits, in the text's classes)."""
    return _STANDARD.sub(_standard, text) if among_words(STANDARD_BODIES, text) else text


def _standard(match: re.Match[str]) -> str:
    """A standard's number, its parts and its year, said; a span ("ISO 100-400") or a bare number left as it is."""
    bodies, number, parts, year = match.groups()
    split = parts[1:].split("-") if parts else []
    if (not split and not year) or any(int(part) >= int(number) for part in split):
        return match.group(0)
    said = bodies + numbers.cardinal(int(number)) + "".join(f" dash {numbers.cardinal(int(part))}" for part in split)
    return padded(match, f"{said}, {numbers.year(int(year))}" if year else said)

"""English as a region writes it: the order of its numeric dates, and its money, times, phone numbers and postcodes
rewritten into the forms the English rules read ("R1,5 million" in South Africa is "ZAR 1.5 million").

The region is the second part of the article's language tag ("en-ZA"); a bare "en" names none, and its text is read
as the English rules read it everywhere (month first, as before), unless the article's own dates write the day first.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from narrator.speech.normalise import numbers
from narrator.speech.normalise.facts import (
    AUSTRALIAN_STATES,
    BRITISH_PLACES,
    DECIMAL_COMMA_REGIONS,
    MONTH_FIRST_REGIONS,
    PROVINCES,
    REGIONAL_MONEY_LETTERS,
    SHORT_SCALES,
    STREET_TYPES,
    TOLL_FREE_AREAS,
)
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import char_classes, has_digit, letter_words

_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December"
                "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
# Evidence of an article's own order: a numeric date with its year whose first or second number is over twelve,
# and a day before or after a month's name ("5 December", "December 5").
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-]|\.\d)")
_DAY_THEN_MONTH = re.compile(rf"(?<![\d/.,-])\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{_MONTH_NAMES})\b")
_MONTH_THEN_DAY = re.compile(rf"\b(?:{_MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?(?![\d:.]\d|\d|%)")


# with no date of its own to settle it, an article's spelling and money do: British spellings and the pound sign
# against American ones ("colour", "organise", "centre", "programme", "per cent", "£40" against "color", "organize",
# "center", "percent"). Two signs at least, and more of one side than of the other; else the old default. The dollar
# is no sign (British pages quote it), nor "program" (a computer's, in Britain too). Each stem at a word's start.
_WORD_ENDS = r"(?:s|ed|ing|ful|less|ite|ites)?\b"  # "colours", "coloured", "favourite"; not "colorado", "laboratory"
# "organisers", "organizer": who does the verb is as plain a sign as the verb ("organiser" is British only)
_VERB_ENDS = r"(?:e|ed|es|ing|ation|ations|er|ers)\b"  # "organised", "organisation"; not "organism", "realistic"
# Verbs ending in an unstressed "-el"/"-al" double their "l" before "-ed"/"-ing" in British spelling only ("travelled",
# "equalling", "labelled" against "traveled", "equaling"); a stressed ending doubles in both ("compelled", "patrolled")
# and is no sign, so only such stems are listed.
_DOUBLING_STEMS = ("travel|cancel|label|model|signal|equal|fuel|level|total|marshal|channel|counsel|funnel|quarrel"
                   "|tunnel|dial|trial|rival|pencil|shovel|grovel|revel|snorkel|marvel|jewel|libel|panel|pedal|spiral"
                   "|squirrel|swivel|towel|unravel|yodel|bevel|chisel|enamel|gravel|initial|kennel")
_BRITISH_SIGNS = re.compile(
    rf"£|\b(?:(?:colour|favour|honour|labour|neighbour|behaviour|flavour|humour|harbour|rumour|centre|theatre"
    rf"|metre|litre|fibre|programme|catalogue|tyre|kerb|mum|pavement|fortnight){_WORD_ENDS}"
    rf"|(?:organis|realis|recognis|apologis|criticis|emphasis|prioritis|minimis|maximis){_VERB_ENDS}"
    rf"|(?:{_DOUBLING_STEMS})l(?:ed|ing)|(?:travel|jewel|counsel)l(?:er|ers|or|ors)"
    r"|jewellery|whilst|amongst|per cent|defence|licence|offence"
    # the bodies a British page names as its own, which an American one has no call to (a space weather
    # forecast by "the Met Office", a clinic's "NHS 111", a school's "Ofsted" report)
    r"|met office|nhs|ofsted|ofgem|ofcom|ofwat|hmrc|dvla|dvsa"
    # and the places it names as its own (facts.py, BRITISH_PLACES): a curling final's "Scotland" and
    # "Edinburgh", a lifter's "Nottingham" and "British record", where the page has no other sign
    rf"|{'|'.join(BRITISH_PLACES.split())})\b", re.IGNORECASE)
_AMERICAN_SIGNS = re.compile(
    rf"\b(?:(?:color|favor|honor|labor|neighbor|behavior|flavor|humor|rumor|center|theater|liter|fiber|catalog|curb"
    rf"|mom|sidewalk){_WORD_ENDS}"
    rf"|(?:organiz|realiz|recogniz|apologiz|criticiz|emphasiz|prioritiz|minimiz|maximiz){_VERB_ENDS}"
    rf"|(?:{_DOUBLING_STEMS})(?:ed|ing)|(?:travel|jewel|counsel)(?:er|ers|or|ors)"
    r"|jewelry|percent|defense|offense)\b", re.IGNORECASE)


def _spelling_order(texts: Iterable[str]) -> str:
    """"dmy" where the article's spellings and money are plainly British, else "mdy"."""
    british = american = 0
    for text in texts:
        british += len(_BRITISH_SIGNS.findall(text))
        american += len(_AMERICAN_SIGNS.findall(text))
    return "dmy" if british >= 2 and british > american else "mdy"


@lru_cache(maxsize=64)
def region_of(language: str) -> str:
    """The region of a BCP 47 tag in small letters ("en-GB" -> "gb", "zh-Hant-TW" -> "tw", "en" -> "")."""
    for part in language.replace("_", "-").split("-")[1:]:
        if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            return part.lower()
    return ""


def date_order(language: str) -> str:
    """"dmy" or "mdy": how the region of the tag writes numeric dates; a bare "en" keeps the month first."""
    primary = language.replace("_", "-").split("-")[0].lower()
    if primary != "en":
        return "dmy"  # every other language the normaliser reads writes the day first
    region = region_of(language)
    return "mdy" if not region or region in MONTH_FIRST_REGIONS else "dmy"


def article_date_order(language: str, texts: Iterable[str]) -> str:
    """The order for a whole article: its region's, or for an English article that names none, day first when its
    own dates plainly write the day first (a numeric date whose first number is over twelve, and none whose second
    is; failing those, more days before a month's name than after one), or, with no dates, when its spellings and
    money are plainly British; else month first."""
    order = date_order(language)
    if order == "dmy" or region_of(language):
        return order
    day_first = month_first = named_day_first = named_month_first = 0
    texts = tuple(texts)
    for text in texts:
        if not any(character.isdigit() for character in text):
            continue
        for match in _NUMERIC_DATE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            day_first += first > 12 >= second >= 1
            month_first += second > 12 >= first >= 1
        named_day_first += len(_DAY_THEN_MONTH.findall(text))
        named_month_first += len(_MONTH_THEN_DAY.findall(text))
    if day_first or month_first:
        return "dmy" if day_first > month_first else "mdy"
    if named_day_first or named_month_first:
        return "dmy" if named_day_first > named_month_first else "mdy"
    return _spelling_order(texts)


@lru_cache(maxsize=64)
def resolved(options: ReadingOptions, language: str) -> ReadingOptions:
    """The options with an "auto" date order settled by the language's region."""
    if options.date_order != "auto":
        return options
    return dataclasses.replace(options, date_order=date_order(language))


# The amount after a region's money letters, with a scale written into it ("R4,2m", "P6.3B", "N4.5bn").
_AMOUNT = r"\d{1,3}(?:[, ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)"
_SCALE_SUFFIX = r"(?:bn|mn|m|b|B|M|k|K|tn|trn|T)\b|-(?:million|billion|trillion)\b"  # "R300-million"
# "on the R21 near ...": South Africa names its regional roads with the rand's letter, after "the" and before a
# place word or a clause's end; "the R350 grant" is money.
_ROAD_BEFORE = re.compile(r"\bthe\s$")
_ROAD_AFTER = re.compile(r"\s?(?:[,.;:)]|$|\s(?:road|highway|freeway|route|motorway|interchange|near|between|towards?"
                         r"|to|from|in|at|outside|north|south|east|west|northbound|southbound|eastbound|westbound)\b)")
# "N95 masks", "P2 respirators": a letter and a number that name a grade of mask, not an amount.
_NAMED_AFTER = re.compile(r"\s?(?:masks?|respirators?|filters?)\b")
# "Netgear Nighthawk R6700", "Cinebench R20", "Canon R5": a model's letter and number after its maker's or product's
# name (a capitalised word just before); an amount follows a verb, a preposition or an article ("costs R18").
_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s$")
# Capitalised words that open a sentence and name nothing: "The R350 grant", "About R18 a loaf"; "The WA 2025 budget".
_NOT_A_NAME = frozenset({"The", "A", "An", "This", "That", "These", "Those", "In", "Of", "For", "From", "By", "And",
                         "But", "At", "On", "To", "With", "Its", "Their", "His", "Her", "Our", "Your", "About",
                         "Almost", "Only", "Some", "Another", "Each", "Every", "Over", "Under", "Nearly", "Just"})


_STOP = r"\.?"


@lru_cache(maxsize=32)
def _money_letters(letters: tuple[str, ...]) -> re.Pattern[str]:
    """The region's letters before an amount, run into it or a space apart ("R18", "Tk. 60", "Sh4.2 trillion"), and a
    short scale run into it ("RM1.2bil")."""
    # each lead first and then what stands before it, so that the engine scans for the lead's letter in C
    # a stop after letters, not after one ("Tk. 60"; "R. 16" is no rand)
    leads = "|".join(rf"{re.escape(lead)}(?<![\w$.,/&-]{re.escape(lead)}){_STOP if len(lead) > 1 else ''}"
                     for lead in sorted(letters, key=len, reverse=True))
    return re.compile(rf"(?:{leads})\s?({_AMOUNT})"
                      rf"(?:({'|'.join(SHORT_SCALES)})\b|(?={_SCALE_SUFFIX}|(?![\w/-]|\.\d)))")


@lru_cache(maxsize=32)
def _letters_span(letters: tuple[str, ...]) -> re.Pattern[str]:
    """A span with the region's letters at both ends ("P13-P15", "K10–K15", "K 180 - K 200"): its dash, said "to"
    so that each end is read as money, as "P13 to P15" is."""
    leads = "|".join(re.escape(lead) for lead in sorted(letters, key=len, reverse=True))
    return re.compile(rf"(?<![\w$.,/&-])((?:{leads})\s?\d[\d,.]*)\s?[-–]\s?(?=(?:{leads})\s?\d)")


@lru_cache(maxsize=32)
def _classes_of(letters: str) -> str:
    """The letters by class as util.char_classes writes them ("Sh" -> "Aa", "N$" -> "A$")."""
    return "".join("A" if sign.isupper() else "a" if sign.islower() else sign for sign in letters)


def _before_a_digit(letters: str, classes: str) -> bool:
    """True when letters (by class) stand before a digit in the text, run into it, a space or a stop apart."""
    return any(letters + gap + "0" in classes for gap in ("", " ", ".", ". "))


def _named(before: str) -> bool:
    """True when a capitalised word other than a word of grammar ends the text before ("Cars ", "Grade ")."""
    name = _NAME_BEFORE.search(before)
    return name is not None and name.group(1) not in _NOT_A_NAME


def _money(text: str, letters: tuple[str, ...], code: str) -> str:
    """The region's money letters written as the code the English rules read ("R1 500" -> "ZAR 1500")."""

    def said(match: re.Match[str]) -> str:
        before, after = text[max(0, match.start() - 24):match.start()], text[match.end():match.end() + 16]
        if (_NAMED_AFTER.match(after) or _named(before)
                or (_ROAD_BEFORE.search(before) and _ROAD_AFTER.match(after))):
            return match.group(0)
        amount = match.group(1).replace(" ", "") + (f" {SHORT_SCALES[match.group(2)]}" if match.group(2) else "")
        return f"{code} {amount}" if code.isalpha() else f"{code}{amount}"

    if "-" in text or "–" in text:
        text = _letters_span(letters).sub(
            lambda m: m.group(0) if _named(text[max(0, m.start() - 24):m.start()]) else m.group(1) + " to ", text)
    return _money_letters(letters).sub(said, text)


# A decimal comma where South Africa writes one: in an amount of rand, or before a percent, "per cent" or a scale
# ("R18,45", "3,2%", "R1,5 million"); "1,500" (three digits after the comma) is fifteen hundred, as everywhere.
# Led by the comma, so that the engine scans for it in C; what stands before it is asked in _decimal_comma.
_DECIMAL_COMMA = re.compile(r",(?<=\d,)\d{1,2}(?![\d,])")
_SCALE_AFTER = re.compile(r"\s?(?:%|per ?cent|percent|million|billion|trillion|bn\b|mn\b|m\b)")


def _decimal_commas(text: str) -> str:
    """"ZAR 18,45" -> "ZAR 18.45", "3,2%" -> "3.2%": a decimal comma in money, percents and scaled amounts."""

    def said(match: re.Match[str]) -> str:
        start = match.start()
        while start and text[start - 1].isdigit():
            start -= 1
        if start and text[start - 1] in ",.":
            return match.group(0)  # "1,500,25": a group of thousands, or a decimal's digits
        if text.endswith("ZAR ", 0, start) or _SCALE_AFTER.match(text, match.end()):
            return "." + match.group(0)[1:]
        return match.group(0)

    return _DECIMAL_COMMA.sub(said, text)


# "15h00", "05h00", "17h30": a 24-hour time as South Africa (and French) writes it, said as the 24-hour clock is
# ("fifteen hundred", "oh five hundred", "seventeen thirty").
_H_TIME = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])h([0-5]\d)\b")


def _h_time(match: re.Match[str]) -> str:
    """"15h00" -> "fifteen hundred", "09h30" -> "oh nine thirty", "17h05" -> "seventeen oh five"."""
    hours, minutes = int(match.group(1)), int(match.group(2))
    said = ("oh " if match.group(1).startswith("0") and hours else "") + numbers.cardinal(hours)
    if minutes == 0:
        return f"{said} hundred"
    return f"{said} {'oh ' if minutes < 10 else ''}{numbers.cardinal(minutes)}"


# A number to call after a word that says so, in the groups a region writes ("Call 6123 4567" in Singapore and Hong
# Kong, "09 555 0123" in New Zealand, "03-2123 4567" in Malaysia, "0300 1234567" in Pakistan): its digits in
# groups, as a number to call is said, where its groups were counts ("six thousand one hundred twenty three").
_CALLED = re.compile(
    r"\b((?:[Cc]all|[Pp]hone|[Rr]ing|[Tt]el|[Tt]elephone|[Dd]ial|[Ff]ax|[Hh]otline|[Hh]elpline|[Ww]hats[Aa]pp|[Tt]ext"
    r"|[Cc]ontact|[Mm]obile|[Cc]ell)\.?(?:\s(?:us|him|her|them|on|at|number|no\.?)){0,2}:?\s)"
    r"(\(0?\d{1,4}\)|0?\d{1,5})((?:[\s-]\d{2,7}){1,3})(?![\w/-]|[.,]\d)")

_CALL_STEMS = ("call", "phone", "ring", "tel", "telephone", "dial", "fax", "hotline", "helpline", "whatsapp", "text",
               "contact", "mobile", "cell")
_CALL_WORDS = frozenset(word for stem in _CALL_STEMS for word in (stem, stem.capitalize())) | {"WhatsApp"}


# "free on 116 123": Europe's harmonised numbers of social value (116 and three digits) are numbers to call, said digit
# by digit with no call word before them (the space made them a count, "one hundred and sixteen thousand ...").
# Only where a space never parts thousands (South Africa writes "116 123" for a count).
_HARMONISED = re.compile(r"(?<![\w.,])116\s?(\d{3})\b(?![.,]\d|\s\d)")
_HARMONISED_REGIONS = frozenset({"gb", "ie"})
_TYPE_ALT = "|".join(sorted({*STREET_TYPES, *STREET_TYPES.values()}, key=len, reverse=True))
# "Queen St, Auckland 1010", "Long St, Cape Town 8001": a four-digit postcode after a street and its town is said digit
# by digit, as Australia's after a state is (it was "ten ten", "eight thousand and one"); where the address ends
# ("Main St, Springfield 2024 season" is a year).
_TOWN_POSTCODE = re.compile(rf"\b((?:{_TYPE_ALT})\.?,\s(?:[A-Z][a-z]+\s){{1,2}})(\d{{4}})"
                            r"(?=[.,;)]?$|[.,;)]?\s(?:is|was|and|or)\b|[.,;)]\s)")
_TOWN_POSTCODE_REGIONS = frozenset({"au", "nz", "za"})
# "Bengaluru 560001", "the PIN code is 400001": India's six-digit PIN after a town or the word PIN, digit by digit
#.
# India writes a count of six digits with its commas ("5,60,001"), so six bare digits after a town are a code.
_INDIAN_PIN = re.compile(r"(\b[A-Z][a-z]+,?\s|\bPIN\b(?:\s[a-z]+){0,5}\s(?:is\s|:\s?))([1-8]\d{5})\b(?![.,]\d)")


def _called(match: re.Match[str]) -> str:
    """The number after a call word, its groups said digit by digit ("zero nine, five five five, zero one two
    three"), when it has the seven to twelve digits of a number to call."""
    groups = [match.group(2).strip("()"), *re.split(r"[\s-]", match.group(3).strip(" -"))]
    if not 7 <= sum(len(group) for group in groups) <= 12:
        return match.group(0)
    return match.group(1) + ", ".join(
        numbers.cardinal(int(group)) if _toll_free_area(groups, place) else numbers.digits(group)
        for place, group in enumerate(groups))


def _toll_free_area(groups: list[str], place: int) -> bool:
    """The group at this place is a North American toll-free area code, said as a number as telephones.py says it
    ("1-800-555-0199", "800-555-0199": "one, eight hundred, ..."; a digit at a time it was): the code before a group
    of three and one of four, alone or after a lone 1."""
    return (place == len(groups) - 3 and groups[place] in TOLL_FREE_AREAS and groups[:place] in ([], ["1"])
            and len(groups[-2]) == 3 and len(groups[-1]) == 4)


# "Fitzroy VIC 3065": an Australian state and its postcode ("Victoria three zero six five"; was "V.I.C three thousand
# sixty five"), after a town's name: "The WA 2025 budget" is a year.
_STATE_POSTCODE = re.compile(rf"\b([A-Z][a-z]+,? )({'|'.join(sorted(AUSTRALIAN_STATES))})\s(\d{{4}})\b(?![.,]\d)")
# "D02 X285", "A65 F4E2": an Eircode, its routing key and then its own four signs, a letter among them.
_EIRCODE = re.compile(r"\b([AC-FHKNPRTV-Y]\d[\dW])\s?(?=[\dA-Z]{0,3}[AC-FHKNPRTV-Y])([AC-FHKNPRTV-Y\d]{4})\b")
# "EC1A 1BB", "CF10 3AT": a British postcode's two halves, a pause between them as a reader leaves one, and the
# inward half's signs one by one ("three AT" was the word "at").
_BRITISH_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) (\d[ABD-HJLNP-UW-Z]{2})\b")
# "Ottawa, ON K1A 0B1": a Canadian postcode's halves, and the province before it read as one ("ON" was the word).
# "Ottawa ON K1A 0B1": the province after its town with no comma too.
_CANADIAN_PROVINCES = {code: name for code, name in PROVINCES if len(code) == 2 and code.isupper() and code != "SA"}
_CANADIAN_POSTCODE = re.compile(r"(?:(?<=, |[a-z] )([A-Z]{2}) )?\b([ABCEGHJ-NPRSTVXY]\d[A-Z]) ?(\d[A-Z]\d)\b")


def _spelled(code: str) -> str:
    """A code's signs one by one, its digits in words ("D02" -> "D zero two")."""
    return " ".join(numbers.digits(sign) if sign.isdigit() else sign for sign in code)


def _signs(code: str) -> str:
    """A code's signs apart, a lone A said as the letter ("Eh", as the English rules say it), not the article."""
    # its digit in words: "1LX" left as "1 L X" was "one litre X"
    return " ".join("Eh" if sign == "A" else numbers.digits(sign) if sign.isdigit() else sign for sign in code)


def _canadian_postcode(match: re.Match[str]) -> str:
    """"Ottawa, ON K1A 0B1" -> "Ottawa, ON, K1A, 0B1"; with no comma after the town the province is named here, where
    the states' rule (which wants the comma) does not find it ("Ottawa ON" was the word "on")."""
    province, district, unit = match.groups()
    if province and match.string[match.start() - 2] != ",":
        province = _CANADIAN_PROVINCES.get(province, province)
    return (f"{province}, " if province else "") + f"{district}, {unit}"


def _state_postcode(match: re.Match[str]) -> str:
    """"Fitzroy VIC 3065" -> "Fitzroy Victoria three zero six five"; "The WA 2025" names no town."""
    town, state, postcode = match.groups()
    if town.strip(", ") in _NOT_A_NAME:
        return match.group(0)
    return f"{town}{AUSTRALIAN_STATES[state]} {numbers.digits(postcode)}"


def _postcodes(text: str, region: str) -> str:
    """The postcodes of the region, in the forms its readers say (each first looked for among the text's classes of
    character: a capital before four digits, a capital before two digits, a digit and two capitals after a space,
    a capital, a digit and a capital)."""
    classes = char_classes(text)
    if region == "au" and "A 0000" in classes:
        return _STATE_POSTCODE.sub(_state_postcode, text)
    if region == "ie" and "A00" in classes:
        return _EIRCODE.sub(lambda m: f"{_spelled(m.group(1))}, {_spelled(m.group(2))}", text)
    if region == "gb" and " 0AA" in classes:
        return _BRITISH_POSTCODE.sub(lambda m: f"{m.group(1)}, {_signs(m.group(2))}", text)  # "3AT" is no "at"
    if region == "ca" and "A0A" in classes:
        return _CANADIAN_POSTCODE.sub(_canadian_postcode, text)
    return text


def forms(text: str, language: str) -> str:
    """The region's own written forms of money, times, numbers to call and postcodes, rewritten into those the
    English rules read; a text whose tag names no region is returned as it is."""
    region = region_of(language)
    if not region or not has_digit(text):
        return text
    money = REGIONAL_MONEY_LETTERS.get(region)
    classes = char_classes(text)
    if money and any(_before_a_digit(_classes_of(lead), classes) for lead in money[0]):
        text = _money(text, *money)
        classes = char_classes(text)
    if region in DECIMAL_COMMA_REGIONS and "0,0" in classes:
        text = _decimal_commas(text)
        classes = char_classes(text)
    if "0a0" in classes and "h" in text:  # "15h00"
        text = _H_TIME.sub(_h_time, text)  # a time's digits go: the classes still say where groups of them may be
    if ("0 00" in classes or "0-00" in classes or ") 00" in classes) and not _CALL_WORDS.isdisjoint(
            letter_words(text)):  # a number in groups, and a word that calls it
        text = _CALLED.sub(_called, text)
    if region in _HARMONISED_REGIONS and "116" in text:
        text = _HARMONISED.sub(lambda m: f"one one six, {numbers.digits(m.group(1))}", text)
    if region in _TOWN_POSTCODE_REGIONS and "0000" in classes:
        text = _TOWN_POSTCODE.sub(lambda m: m.group(1) + numbers.digits(m.group(2)), text)
    if region == "in" and "000000" in classes:
        text = _INDIAN_PIN.sub(lambda m: m.group(1) + numbers.digits(m.group(2)), text)
    return _postcodes(text, region)


# A number's last part under a hundred, after its hundreds or its thousands: British, Irish, Australian and the other
# Commonwealth speakers say "and" there ("three hundred and seventy", "two thousand and six"), as American ones do not.
_UNDER_A_HUNDRED = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|first|second"
                    "|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
                    "|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth"
                    "|sixtieth|seventieth|eightieth|ninetieth")
_SCALE_WORDS = "hundred|thousand|million|billion|trillion"
# A scale word that ends a number's group (a number word just before it), then its last part: only words under a
# hundred, ended by no further scale word ("two thousand five hundred" takes its "and" after "hundred").
# A number word joined by a hyphen to a word that is none opens a describing compound, no part of the number before
# it ("800k first-time buyers", "500k one-off payments": "eight hundred thousand and first-time" it was).
_NO_COMPOUND = rf"(?!-(?!(?:{_UNDER_A_HUNDRED})\b))"
_LAST_PART = re.compile(rf"\b({_UNDER_A_HUNDRED}|hundred) ({_SCALE_WORDS}) (?=(?:{_UNDER_A_HUNDRED})\b{_NO_COMPOUND}"
                        rf"(?:[ -](?:{_UNDER_A_HUNDRED})\b)?(?! (?:{_SCALE_WORDS}|and)\b))")
_HUNDREDS = re.compile(rf"\b({_UNDER_A_HUNDRED}) hundred (?=(?:{_UNDER_A_HUNDRED})\b{_NO_COMPOUND})")


@lru_cache(maxsize=64)
def says_and(language: str) -> bool:
    """True when the tag's region says "and" inside its numbers: every English region named but those of North
    America and the Philippines (where dates are written month first, too); a bare "en" keeps the house's reading."""
    region = region_of(language)
    return bool(region) and region not in MONTH_FIRST_REGIONS


def numbers_with_and(spoken: str, written: str = "") -> str:
    """"three hundred seventy" -> "three hundred and seventy", "two thousand six" -> "two thousand and six", in text
    already read; an "and" already said (amounts of money) is left as it is, and none is put before a number word the
    writer put after a number (written: the text before it was read)."""
    if "hundred " not in spoken and "thousand " not in spoken and "illion " not in spoken:
        return spoken
    apart = _words_after_numbers(written)
    if not apart:
        return _LAST_PART.sub(r"\1 \2 and ", _HUNDREDS.sub(r"\1 hundred and ", spoken))
    spoken = _HUNDREDS.sub(lambda m: m.group(0) if _written_apart(m, "hundred", apart)
                           else f"{m.group(1)} hundred and ", spoken)
    return _LAST_PART.sub(lambda m: m.group(0) if _written_apart(m, m.group(2), apart)
                          else f"{m.group(1)} {m.group(2)} and ", spoken)


# a number word the writer put after a number, "59 million five years ago", "from 300 two years ago", "by 2000
# two thirds": no part of it, so no "and" before it ("fifty nine million and five years ago" it was). Each is known by
# the scale word said last of the number before it and by itself; a number of those digits elsewhere in the text
# ("305") is then said without its "and" too, as an American reader says it, where the writer's words keep their sense.
# (a number from its first digit only: tried inside a long run of digits, it was quadratic)
# A number in digits after a round one is no part of it either, a count and then the price or the size of each
# ("300 £5 tickets", "200 10kg sacks": "three hundred and five pound tickets" it was, three hundred and five of them).
_WORD_AFTER_NUMBER = re.compile(rf"((?<![\d,])\d[\d,]*|\b(?:{_SCALE_WORDS})) "
                                rf"(?:({_UNDER_A_HUNDRED})\b|[£$€]?([1-9]\d{{0,2}}))")
_SCALE_VALUES = ((10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"),
                 (100, "hundred"))
_A_WORD = re.compile(r"[a-z]+")


def _words_after_numbers(written: str) -> frozenset[tuple[str, str]]:
    """The (scale word, number word) pairs where the writer put a number word after a number ending on that scale."""
    if " " not in written or not any(word in written for word in ("hundred", "thousand", "illion", "0 ")):
        return frozenset()
    pairs = set()
    for match in _WORD_AFTER_NUMBER.finditer(written):
        number = match.group(1)
        if number[0].isdigit():
            value = int(number.replace(",", "") or "0")
            number = next((word for size, word in _SCALE_VALUES if value and value % size == 0), "")
        if number:
            pairs.add((number, match.group(2) or numbers.cardinal(int(match.group(3))).split()[0]))
    return frozenset(pairs)


def _written_apart(match: re.Match[str], scale: str, apart: frozenset[tuple[str, str]]) -> bool:
    """True when the number word after the match's scale word is one the writer put after a number."""
    word = _A_WORD.match(match.string, match.end())
    return word is not None and (scale, word.group(0)) in apart


# ... and the "and" the money and measure rules say after a scale word ("one hundred and five dollars", NeMo's reading,
# which a bare "en" keeps for it), dropped where the region says none: an American, Canadian or Philippine reader
# says "one hundred five dollars" as "one hundred five sheep".
# The number's last part is under a hundred and no scale word follows it: "between two hundred and three hundred" keeps
# its "and".
_SCALE_AND = re.compile(rf"\b((?:{_UNDER_A_HUNDRED}|hundred) (?:{_SCALE_WORDS})) and (?=(?:{_UNDER_A_HUNDRED})\b"
                        rf"(?:[ -](?:{_UNDER_A_HUNDRED})\b)?(?! (?:{_SCALE_WORDS})\b))")

# ... and inside a group of a larger scale: "three hundred and ten thousand dollars" is "(three hundred ten) thousand",
# one number ("two hundred and three hundred" is two: the scale after them is no larger than the hundred).
_GROUP_AND = re.compile(rf"\b((?:{_UNDER_A_HUNDRED}) hundred) and (?=(?:{_UNDER_A_HUNDRED})\b"
                        rf"(?:[ -](?:{_UNDER_A_HUNDRED})\b)? (?:thousand|million|billion|trillion)\b)")


def numbers_without_and(spoken: str) -> str:
    """"one hundred and five dollars" -> "one hundred five dollars", in text already read."""
    if " and " not in spoken or ("hundred and " not in spoken and "thousand and " not in spoken
                                 and "illion and " not in spoken):
        return spoken
    spoken = _SCALE_AND.sub(r"\1 ", spoken)
    return _GROUP_AND.sub(r"\1 ", spoken) if "hundred and " in spoken else spoken

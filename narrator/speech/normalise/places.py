"""Addresses: street types, compass points, house and route numbers, and US states after a place name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    ADDRESS_LABELS,
    BRITISH_STREET_TYPES,
    COMPASS_POINTS,
    DIRECTIONS,
    GRID_SQUARES,
    MONEY_SIGNS,
    PROVINCES,
    STATES,
    STREET_TYPES,
)
from narrator.speech.normalise.util import (
    alternation,
    among_words,
    char_classes,
    first_letters,
    has_digit,
    padded,
    sentence_stop,
    word_set,
)
from narrator.speech.normalise.vocabulary import is_common_word

_BY_ABBREVIATION = {abbreviation + ".": name for abbreviation, _, name in STATES if abbreviation}
# Datelines write the state in capitals too: "FORT WAYNE, IND."
_BY_ABBREVIATION |= {written.upper(): name for written, name in _BY_ABBREVIATION.items()}
_BY_CODE = {code: name for _, code, name in STATES} | dict(PROVINCES)
# Abbreviations that are also forms of address ("Yes, Pa.", "Thank you, Miss."): states only after a place.
_ALSO_ADDRESS = frozenset({"Miss.", "MISS.", "Pa.", "PA."})


def _alternatives(keys: Iterable[str]) -> str:
    return "|".join(re.escape(key) for key in sorted(keys, key=len, reverse=True))


# After "Town, ": a postal code ("MO", "IN") only after a small letter and not before a word, where it could be
# one itself; an abbreviation with its stop ("Ill.", "IND.") after any name, also before a small word and a
# dash ("Smithland, Ky.--the"). A ZIP code after the state is read digit by digit.
_STATE = compiled(
    rf"(?<=[A-Za-z], )(?:(?<=[a-z], )({_alternatives(_BY_CODE)})(?=$|[\s,;:)\"'-]|\.(?!\w))(?!\s+[A-Za-z])"
    rf"|({_alternatives(_BY_ABBREVIATION)})(?!\w)(?!\s+[A-Z]))"
    rf"(?:\s+(\d{{5}})(?:-(\d{{4}}))?\b)?"
)
_STATE_FIRST = first_letters([*_BY_CODE, *_BY_ABBREVIATION])  # a first look among util.letter_words
# "Springfield IL 62701": without the comma, a postal code is a state's where a ZIP code follows it.
_STATE_BEFORE_ZIP = compiled(rf"(?<=[a-z] )({_alternatives(_BY_CODE)})\s(\d{{5}})(?:-(\d{{4}}))?\b(?![.,]\d|-)")
_MAY_BE_ZIP = compiled(r"[A-Z]{2} \d{5}")
_GRAMMAR_WORDS = word_set("the a an this that these those in on at by of for to from with and or but our your their "
                          "his her its my we they he she it")
_WORD_BEFORE = compiled(r"([A-Za-z][\w'-]*), $")
# "Katie Allen, MD, PhD", "Jane Roe, PhD, MD", "Sam Lee, MD, says": a physician's degree, not Maryland.
_DEGREES = r"(?:Ph\.?D\.?|MPH|MBA|MSc|MS|FACS|FACP|FRCP|FAAP|DO|RN|JD)"
_DEGREE_AFTER = compiled(rf",?\s(?:{_DEGREES}\b|(?:says|said|who)\b)")
_DEGREE_BEFORE = compiled(rf"\b{_DEGREES},\s$")


# "Ind." after a candidate's name is an independent's label, where the sentence names a vote after it or another
# candidate's party ("Ann Ross, Ind., won by 40 votes", "Jane Ross, Dem., and Tom Pike, Ind."): "Indiana" it was. A
# town's "Gary, Ind.," has neither ("Gary, Ind., closed", "Fort Wayne, Ind., held its election"), or follows a place's
# word ("the mayor of Gary, Ind., won by 40 votes"). At a sentence's end, before a capital, either is said with the
# sentence's stop ("and Tom Pike, Ind. The vote is", "He moved to Gary, Ind. He voted"): "first." it was, as a Roman
# ordinal, where a state's short form is left before a capital ("Ill. Health").
_IND_BEFORE_CAPITAL = compiled(r"(?<=[a-z], )Ind\.(?=\s+[A-Z])(?!\s+(?:Est|Estate|Park|Centre)\b)")
_PLACE_WORD_BEFORE = compiled(r"\b(?i:of|in|from|at|near|to|outside|around|via|into|across|through)\s"
                              r"(?:[A-Z][\w'\u2019-]*\s){0,2}[A-Z][\w'\u2019-]*,\s$")
_VOTES_AFTER = compiled(r",?\s(?:won|lost|took|polled|received|got|gained|had|with|on)\b[^.;]{0,30}\bvotes?\b")
_OTHER_PARTY = compiled(r"[,(]\s?(?:Dem|Rep|Lab|Con|Lib|Grn)\.[,)]|\((?:D|R|Dem|Rep|Lab|Con)\)|\b[DR]-[A-Z]")
_INDEPENDENT = "Ind."


def _is_independent(match: re.Match[str], other_party: bool) -> bool:
    """Whether a state's "Ind." after a name is a candidate's label ("Ann Ross, Ind., won by 40 votes"); `other_party`:
    another party's label stands in the text (asked once a text: each "Ind." asking it read a long text in time
    square)."""
    text = match.string
    if _PLACE_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None:
        return False
    return other_party or _VOTES_AFTER.match(text, match.end()) is not None


def _state(match: re.Match[str], other_party: bool = False) -> str:
    written = match.group(1) or match.group(2)
    if written == _INDEPENDENT and _is_independent(match, other_party):
        return padded(match, "Independent" + ("." if match.end() == len(match.string) else ""))
    if written in _ALSO_ADDRESS and not _after_place(match):
        return match.group(0)
    if written == "MD" and (_DEGREE_AFTER.match(match.string, match.end())
                            or _DEGREE_BEFORE.search(match.string, max(0, match.start() - 8), match.start())):
        return "M.D"  # a doctor of medicine
    name = _BY_ABBREVIATION.get(written) or _BY_CODE[written]
    if match.group(3):
        name += ", " + _zip_words(match.groups()[2:])
    # an abbreviation's stop that ended the text also ended the sentence
    return padded(match, name + ("." if written.endswith(".") and match.end() == len(match.string) else ""))


def _state_before_zip(match: re.Match[str]) -> str:
    """"Springfield IL 62701" -> "Springfield Illinois, six two seven zero one", after a capitalised name."""
    word = _NAME_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    if word is None or not word.group(1)[0].isupper() or word.group(1).lower() in _GRAMMAR_WORDS:
        return match.group(0)  # "Salt Lake City UT 84101", but not "The OK 12345"
    return f"{_BY_CODE[match.group(1)]}, {_zip_words(match.groups()[1:])}"


def _zip_words(codes: tuple[str | None, ...]) -> str:
    """A ZIP code and its extension digit by digit: "62701", "1234" -> "six two seven zero one, one two three four"."""
    return ", ".join(numbers.digits(code) for code in codes if code)


def _after_place(match: re.Match[str]) -> bool:
    """Whether the word before the comma is a place's name: capitalised, and not a common word ("Yes", "you")."""
    word = _WORD_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    return word is not None and word.group(1)[0].isupper() and not is_common_word(word.group(1))


# A US politician's party and state, as news writes them after the name: "(D-Mass.)", ", R-Texas,", "(D-NY-14)";
# after a comma they may end the sentence too ("said Sen. Mitch McConnell, R-Ky.").
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "independent"}
_BY_NAME = {name: name for _, _, name in STATES if "." not in name}
_PARTY = compiled(
    rf"(\(|, )([DRI])-({_alternatives(_BY_CODE.keys() | _BY_NAME.keys())}"
    rf"|(?:{_alternatives(key[:-1] for key in _BY_ABBREVIATION if not key[1:2].isupper())})\.?)"
    r"(?:-(\d{1,2}))?(?=\)|,|\.?\s*$|\.?\s+[A-Z\"“])"
)


# "Gov. Kathy Hochul (D) signed it", "Ed Ra (R-Franklin Square)": a party alone, or with a place that is no state,
# after a name (not after a common word: "Plan (D)", "the landings (D-Day)").
_PARTY_AFTER_NAME = compiled(r"(?<=[a-z] )\(([DR])(?:-([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?\)")
_NAME_BEFORE = compiled(r"([A-Za-z][\w'-]*) $")


def _party_after_name(match: re.Match[str]) -> str:
    """"(D)" -> "(Democrat)", "(R-Franklin Square)" -> "(Republican of Franklin Square)" after a name."""
    word = _NAME_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    if word is None or not word.group(1)[0].isupper() or is_common_word(word.group(1)):
        return match.group(0)
    party, place = match.groups()
    return f"({_PARTIES[party]}{' of ' + place if place else ''})"


def _party(match: re.Match[str]) -> str:
    """"(D-Mass.)" -> "(Democrat of Massachusetts)"; a House district after the state is said with it."""
    opening, party, state, district = match.groups()
    ends_sentence = match.string[match.end():match.end() + 1] not in (")", ",")
    if ends_sentence and opening == "(":
        return match.group(0)  # "(D-Mass. ...": a bracket that does not close here holds something else
    name = _BY_CODE.get(state) or _BY_NAME.get(state) or _BY_ABBREVIATION[state.rstrip(".") + "."]
    place = f"{name}'s {numbers.ordinal(int(district))} district" if district else name
    stop = "." if ends_sentence and state.endswith(".") else ""  # "R-Ky." at the end: its stop ends the sentence
    return f"{opening}{_PARTIES[party]} of {place}{stop}"


# "ZIP code 90210", "zip: 10001-1234": named, a ZIP code is read digit by digit without its state too.
_ZIP = compiled(r"\b((?i:zip)(?:\s?(?i:code)s?)?(?:\s(?:is|was|of))?:?\s)(\d{5})(?:-(\d{4}))?\b(?![.,]\d)")


# a constituency named by its town and its quarter, "the Member for Leeds N.E.", "MP for Glasgow S.W.": the
# points said as the seat is called ("Leeds N.E." was spelled, the stop after it the sentence's); only after a member's
# or a seat's words, since "John N.E. Smith" is a person's initials.
_CONSTITUENCY = compiled(r"\b((?:[Mm]ember|MPs?|MSP|candidate|seat|constituency) for (?:[A-Z][a-z]+ ){1,3})"
                         r"([NS])\.([EW])\.")
_POINTS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def _constituency(match: re.Match[str]) -> str:
    """"Member for Leeds N.E." -> "Member for Leeds North East"."""
    return f"{match.group(1)}{_POINTS[match.group(2)]} {_POINTS[match.group(3)]}{sentence_stop(match)}"


def states(text: str) -> str:
    """Say a US state abbreviated after a place name in full, a politician's party and state, and a ZIP code."""
    if "-" in text and "A-" in char_classes(text):  # the party's capital before its hyphen: a first look
        text = _PARTY.sub(_party, text)
    if "(" in text and ("(D" in text or "(R" in text):  # the bracket first: a memchr
        text = _PARTY_AFTER_NAME.sub(_party_after_name, text)
    # the code's digits first, then its letter (a memchr), then the words
    if has_digit(text) and ("z" in text or "Z" in text) and ("zip" in text or "Zip" in text or "ZIP" in text):
        text = _ZIP.sub(lambda m: m.group(1) + _zip_words(m.groups()[1:]), text)
    if (("E" in text and ".E." in text) or ("W" in text and ".W." in text)) and " for " in text:
        text = _CONSTITUENCY.sub(_constituency, text)
    if "," not in text or ", " not in text or not among_words(_STATE_FIRST, text):
        return text
    return _STATE.sub(_state, text) if ", Ind." not in text else _states_beside_independents(text)


def _states_beside_independents(text: str) -> str:
    """states' last rule where an "Ind." after a comma may be a candidate's label, asked once a text whether another
    party's stands in it (a function of its own: its closures cost states a cell a call)."""
    other_party = _OTHER_PARTY.search(text) is not None
    text = _IND_BEFORE_CAPITAL.sub(lambda m: "Independent." if _is_independent(m, other_party) else "Indiana.", text)
    return _STATE.sub(lambda m: _state(m, other_party), text)


_TYPE_ALT = alternation(STREET_TYPES)  # factored by letters: a failing type is known by its first (41 types)
_DIRECTION_ALT = "|".join(sorted(DIRECTIONS, key=len, reverse=True))
# "221B Baker St", "1211 E Arques Ave", "N 5th St", "Elm Dr.": a street type after a street's name, the name one
# to three capitalised words or an ordinal, the last maybe a possessive ("St Mark's Pl"). Before a capitalised word
# or an initial "St" is Saint ("St Andrew's")
# and "Dr" a doctor ("Tamil Nadu Dr. M.G.R. Medical University"), so those are left; but a quarter spelled after the
# type ends the road's name ("Cowbridge Rd East", "Lord St West"; "Dr West" may still be a doctor). No house number is
# led by a zero ("the 0732 Liverpool St to Norwich" is a train's time).
# Each match opens with a digit or a capital (a house number, a direction, a name, an ordinal): a look ahead for one
# first, so that the engine fails at once at other positions, where it tried every optional part (15 us a sentence).
_STREET = compiled(
    rf"(?=[\dA-Z])(?:(?<![\w.,])([1-9]\d{{0,4}})[A-Z]?\s)?(?:\b({_DIRECTION_ALT})\.?\s)?"
    rf"((?:\b[A-Z][a-z]+|\b\d{{1,3}}(?:st|nd|rd|th))(?:\s[A-Z][a-z]+){{0,2}}(?:['’]s)?)\s({_TYPE_ALT})\b(\.?)(?!\.)"
    rf"(?:\s({_DIRECTION_ALT})\b(?!\.?\s?[A-Z])|\s(North|South|East|West)\b)?(?!(?<!\.)\s+[A-Z][a-z.]|\.?\w)"
)
_NUMBER_SIGN_BEFORE = compiled(r"\b(?:No|no|NO)\.?\s$")  # "No. 7 Station Rd"
# Cheap first looks: most sentences name no street and hold no number.
_CAPITAL_AFTER = compiled(r"\s+[A-Z]")
_STREET_TYPE_FIRST = first_letters(STREET_TYPES)  # a first look among util.letter_words: the type stands apart
# "417 Elm Street", "1500 Harbor Avenue": a house number before a street written in full is said in pairs too. No
# house number is led by a zero: "the 0732 Liverpool Street to Norwich" is a train's time.
# (America's types only: Britain's in full, "Park", "Close", "Walk", are everyday words, and a look for them a cost)
_FULL_TYPES = {*(STREET_TYPES[kind] for kind in STREET_TYPES if kind not in BRITISH_STREET_TYPES), "Way", "Row"}
_FULL_TYPE_ALT = alternation(_FULL_TYPES)
_HOUSE = compiled(
    rf"(?<![\w.,{MONEY_SIGNS}])([1-9]\d{{2,3}})(?=[A-Z]?\s(?:[A-Z][a-z]+\s){{1,3}}(?:{_FULL_TYPE_ALT})\b)")
_FULL_TYPE_FIRST = first_letters(_FULL_TYPES)  # a first look among util.letter_words
_ADDRESS_TYPE_FIRST = (  # both, for one look (None, always looked, where either is)
    None if _FULL_TYPE_FIRST is None or _STREET_TYPE_FIRST is None else _FULL_TYPE_FIRST | _STREET_TYPE_FIRST)
# "20-22 Victoria Rd", "101-103 Main Road": a span of house numbers, the first said as a house number and "to" (the
# dash made "20-22" one number, "twenty twenty two").
_HOUSE_SPAN = compiled(rf"(?<![\w.,/-])(\d{{1,4}})\s?[-–]\s?(?=\d{{1,4}}[A-Z]?\s(?:[A-Z][a-z]+\s){{1,3}}"
                       rf"(?:{_FULL_TYPE_ALT}|{_TYPE_ALT})\b)")
# "Unit 3/45 Smith St", "2/18 Beach Rd": Australia's and New Zealand's unit and house number, parted by a slash, said
# with a pause (the slash was "or", "three or forty five Smith Street").
# Only after a word that leads to an address or names a unit: "rose 3/4 Main Street traders said" is a fraction.
_UNIT_SLASH = compiled(rf"\b((?:at|to|on|in|from|[Uu]nit|[Ff]lat|[Ss]hop|[Vv]illa|Apt|Suite|Lot)\s)"
                       rf"(\d{{1,4}}[A-Z]?)/(?=\d{{1,5}}[A-Z]?\s(?:[A-Z][a-z]+\s){{1,3}}"
                       rf"(?:{_FULL_TYPE_ALT}|{_TYPE_ALT})\b)")
# a Hong Kong address's floor, its number before "/F" ("12/F", "3/F": "twelve/F" it was).
_SLASHED_FLOOR = compiled(r"(?<![\w/.,])(\d{1,2})/F(?![\w/])")
# "Lvl 4", "Bldg 2": a label before its number, from the table ("Lvl" went to the voice as it was).
_ADDRESS_LABEL = compiled(rf"\b({'|'.join(ADDRESS_LABELS)})\.?\s?(?=\d)")
# "Hwy 101", "Route 66", "I-405", "US 1": route numbers are said like house numbers ("one o one").
# "US" and "SR" only apart from the number: "SR388" is a planet's name, not State Route 388.
_ROUTE = compiled(
    r"\b(Hwy\.?|Highway|Route|Rte\.?|Interstate|I-|US-|SR-|State Route|(?:US|SR)(?=\s))\s?(\d{1,3})\b(?![.,]\d)"
)
_ROUTE_FIRST = frozenset({"Hwy", "Highway", "Route", "Rte", "Interstate", "I", "US", "SR", "State"})  # the above's
# the street types' sets and the route's as one look, first (the route's asked of every text with a digit)
# (and a bus route's words, below: "the 442 bus")
_STREETS_RUNS = None if _ADDRESS_TYPE_FIRST is None else _ADDRESS_TYPE_FIRST | _ROUTE_FIRST | {"bus", "tram"}
# "the A1(M)", "the A3(M)": a British road built to motorway standard, "A one M" (the bracket glued "(M)" to the
# number's words).
_MOTORWAY = compiled(r"\b([AM]\d{1,4})\(M\)")
# "closed between J10 and J11 of the M25", "the A14 westbound between J31 and J33": in a text about a motorway or a
# British A-road named with its article ("the A14", "The A1"), "J" and a number after a word of place is a junction
# ("the M2 chip's J23 model" is not; "an A4 sheet near J5" names no road).
_JUNCTION = compiled(r"\b((?:at|near|between|and|to|from|past|after|before|approaching|for) )J(\d{1,2}[ab]?)\b"
                       r"(?![.,]\d|-\w)")
# "closed J19-J20", "the M62 J44–J46": a span of junctions, each end its "J", is junctions wherever the text names a
# motorway, after any word ("J nineteen to J twenty" it was); the span's dash is "to". Led by its "J": scanned in C.
_JUNCTION_SPAN = compiled(r"J(?<!\wJ)(\d{1,2}[ab]?)\s?[-–]\s?J(\d{1,2}[ab]?)\b(?![.,]\d|-\w)")
# "exit at Jct 5", "Jct. 12": the abbreviation names a junction wherever it is written.
_JCT = compiled(r"\bJct\.?\s?(?=\d)")
# Each alternative led by its literal, its word boundary a look behind after it, so that the engine scans for "M", "m"
# or "(" in C (led by a look ahead it entered the matcher at every position). Looked for, never read: only whether one
# matches counts, not which.
_MOTORWAY_NAMED = compiled(r"M(?<!\wM)(?:\d{1,3}\b|otorway)|m(?<!\wm)otorway|\([AM]\)|A(?<=\b[Tt]he A)\d{1,4}\b(?!-)")
# "Room 101", "Suite 1204": a room's number is said like a house's ("one o one", "twelve o four").
# "Rooms 101-105", "Suites 201 and 202": the second room's too ("one hundred five" it was, after "one o one").
_ROOM = compiled(r"\b((?:Rooms?|Suites?|rooms?|suites?|Rm\.|Ste\.?)\s)(\d{3,4})"
                 r"(?:(\s?[-–]\s?|\s(?:and|or|to|&)\s)(\d{3,4}))?\b(?![.,]\d)")
# A British postcode: an area's letters and a district's number, then a digit and two letters that never hold C, I, K,
# M, O or V ("CF10 3AT", "G3 6BY", "SW1A 1AA"). The last letters are spelled: read as words, "3AT" was "three at".
_POSTCODE = compiled(r"\b([A-Z]{1,2})(\d{1,2}|\d[A-Z])\s(\d)(?!GB|TB)([ABD-HJLNP-UW-Z]{2})\b(?![\w'’-])")
_MAY_BE_POSTCODE = compiled(r"\d[A-Z]? \d[A-Z]{2}")
# "the 442 bus", "the 149 tram": a route's number of three digits, said as a route is ("four forty two", where it was a
# count, "four hundred forty two"); not before a plural that the count may number ("the 150 bus drivers").
_BUS_ROUTE = compiled(r"\b([Tt]he )([1-9]\d\d)(?= (?:night )?(?:bus|tram)\b(?! (?:drivers|routes|passengers|lanes"
                      r"|services|companies|operators|shelters|depots|stations|fleets?)\b))")
_BUS_ROUTE_RUNS = frozenset({"bus", "tram"})
_ROUTE_NAMES = {"Hwy": "Highway", "Rte": "Route", "I-": "I", "US": "US", "SR": "State Route"}


def house_number(text: str) -> str:
    """A house number in pairs, as addresses are said: "221" -> "two twenty one", "1211" -> "twelve eleven"."""
    if len(text) == 3:
        return numbers.in_pairs(text)
    if len(text) == 4 and text[0] != "0":
        high, low = divmod(int(text), 100)
        if low == 0:
            return numbers.cardinal(high) + " hundred"
        return numbers.cardinal(high) + " " + numbers.two_digit_year(f"{low:02d}")
    return numbers.integer(text) if len(text) < 5 else numbers.digits(text)


def _room(match: re.Match[str]) -> str:
    """"Room 101" -> "Room one o one", "Rooms 101-105" -> "Rooms one o one to one o five"."""
    label, first, between, second = match.groups()
    spoken = label.replace("Ste.", "Suite").replace("Ste", "Suite") + house_number(first)
    if second:
        spoken += (" to " if between.strip() in ("-", "–") else between) + house_number(second)
    return spoken


_CHARGE = frozenset("-−+")  # a sign after chlorine's "Cl" (never ""), where a street's type has none


def _street(match: re.Match[str]) -> str:
    number, direction, name, kind, stop, after, quarter = match.groups()
    if kind in BRITISH_STREET_TYPES and (name[0].isdigit() or match.string[match.end():match.end() + 1] in _CHARGE):
        # "a 1st Cl. stamp": Britain numbers no street by an ordinal ("5th Ave" is American); "High Cl- levels": an ion
        return match.group(0)
    if quarter and kind == "Dr":
        return match.group(0)  # "Elm Dr West": "Dr West" may be a doctor
    new_sentence = bool(stop) and _CAPITAL_AFTER.match(match.string, match.end()) is not None
    if new_sentence and not number:
        return match.group(0)  # "Nadu Dr. M.G.R.", "Laguna St. Andrew": a title before a name, unless numbered
    # "No. 7 Station Rd": a number sign's house number is left to the sign's rule, which reads it ("number seven")
    signed = bool(number) and _NUMBER_SIGN_BEFORE.search(match.string, max(0, match.start() - 5), match.start())
    parts = [number if signed else house_number(number)] if number else []
    if number and match.group(0)[len(number)].isalpha():
        parts[-1] += " " + match.group(0)[len(number)]  # "221B": the letter after the number
    if direction:
        parts.append(DIRECTIONS[direction])
    # "(9th Cir. 1997)": an ordinal with no house number before "Cir." is a court of appeals' circuit, not a street
    parts += [name, "Circuit" if kind == "Cir" and not number and name[0].isdigit() else STREET_TYPES[kind]]
    if after:
        parts.append(DIRECTIONS[after])
    elif quarter:  # "Cowbridge Rd East", "Lord St West": the road's part, spelled, as the road's name ends
        parts.append(quarter)
    # a stop that ended the text, or came before a new sentence ("45 Oak St. The house"), also ended the sentence
    return padded(match, " ".join(parts) + ("." if stop and (match.end() == len(match.string) or new_sentence) else ""))


def _postcode(match: re.Match[str]) -> str:
    """"CF10 3AT" -> "C.F ten three A.T": letters spelled, the district's number said, the last digit alone."""
    area, district, digit, unit = match.groups()
    letter = district[1:] if district[-1].isalpha() else ""
    number = district[:-1] if letter else district
    said = [".".join(area), numbers.cardinal(int(number))] + ([letter] if letter else [])
    return " ".join([*said, numbers.digits(digit), ".".join(unit)])


def _route(match: re.Match[str]) -> str:
    kind = match.group(1).rstrip(".")
    name = _ROUTE_NAMES.get(kind.rstrip("-"), kind) if kind != "I-" else "I"
    return padded(match, f"{name} {numbers.in_pairs(match.group(2))}")


_POINT_ALT = "|".join(sorted(COMPASS_POINTS, key=len, reverse=True))
# A wind's direction in a weather report: "winds NW 10-15 mph", "from the SSE", "NE winds" (letters otherwise).
# Led by a look ahead for the first letter of its words or of a point (see _STREET).
_WIND_LEAD = f"(?=[WwGgBbf{''.join(sorted({point[0] for point in COMPASS_POINTS}))}])"
_WIND = compiled(
    rf"{_WIND_LEAD}(?:\b((?:[Ww]inds?|[Gg]usts|[Bb]reeze|[Bb]lowing|from the):? )({_POINT_ALT})\b(?![\w'’-]|\.\w)"
    rf"|\b()({_POINT_ALT})(?= (?:winds?|gusts|breezes?)\b))"
)
# Where a place lies: "35 km SW of the city", "just NNE of Boston", "10 miles N of town" (one letter only after a
# distance: "the E of" is rarer than an initial).
_POINT_OF = compiled(
    rf"\b({'|'.join(sorted((p for p in COMPASS_POINTS if len(p) > 1), key=len, reverse=True))})(?= of\b)"
    r"|\b((?:km|kilomet(?:er|re)s|mi|miles|m|met(?:er|re)s|ft|feet|yards|nmi)\.? )([NSEW])(?= of\b)"
)
# "NW England", "SE Asia", "the NE corner" (a region before its name, or a side), "becoming SE later", "moving NE
# at 15 mph", "veering SSW" (a wind's or a storm's way): two or three letters only, one may be an initial.
_POINT_TWO_THREE = "|".join(sorted((p for p in COMPASS_POINTS if len(p) > 1), key=len, reverse=True))
# a walk's direction after its verb ("Turn NW at the cairn", "then turn SE"), and after "Bear" and "Head" opening
# a guide's step ("Bear SE", "Head NE": small, "the head SE" is a noun).
_REGION_OR_COURSE = compiled(
    rf"\b((?:becoming|veering|backing|moving|heading|drifting|turning|tracking|towards|toward|to the|in the|from"
    rf"|flew|flying|drifted|headed|moved|tracked|sailed|sailing|[Tt]urn|[Tt]urns|[Tt]urned|Bear|Head"
    rf"|setting|sets|flowing|flows|flowed|steering|steered|[Ss]teer) )?"
    rf"({_POINT_TWO_THREE})\b(?![\w'’/-]|\.\w)"
    r"(?(1)|(?= [A-Z][a-z]| (?:corner|side|coast|region|quadrant|flank|edge|part|gales?|direction)\b))"
)
_MAY_BE_TWO_POINTS = compiled(r"[NSEW][NSEW]")  # a first look, led by a class
# a bird's or a ship's course in one letter after a verb of going ("a Red Kite drifted N", "three swans flew E at
# 08:15", "heading W"; a wind's shift, "veering E 5", "backing S"; a tide's or a river's way, "the stream sets E",
# "setting W on the ebb", "the river flows S"; a helm's, "steer N"): the point said; a lone capital elsewhere is as
# often a name's initial or a grade ("Plan E").
_COURSE_VERBS = word_set("flew flying drifted drifting headed heading moved moving tracked tracking sailed sailing"
                         " veering backing setting sets flowing flows flowed steering steered steer Steer")
# A stopped letter before a place it shortens is that place's, not a course: "flew N. Korea's envoys home", "headed
# S. Africa's way" (a name's initial after such a verb, "moved E. Smith", is rarer than a log's "flew E. Later").
_POINT_SHORTENED_PLACES = ("Korea", "Africa", "America", "Carolina", "Dakota", "Ireland", "Wales", "Yorkshire",
                           "Sussex", "Anglia", "Midlands", "Germany", "Virginia", "Timor", "Sudan", "Macedonia",
                           "Europe", "Asia", "London")
_ONE_POINT_COURSE = compiled(r"\b((?:flew|flying|drifted|drifting|headed|heading|moved|moving|tracked|tracking|sailed"
                             r"|sailing|veering|backing|setting|sets|flowing|flows|flowed|steering|steered|[Ss]teer) )"
                             r"([NSEW])\b(?![\w'’/&-]|\.\w| (?:and|or) [A-Z]\b)"  # "the sets E and F": letters
                             rf"(?!\. (?:{'|'.join(_POINT_SHORTENED_PLACES)})\b)")
# A compass point's stopped letter before a place it names a part of is the point's word, as a newsreader says it: "in
# Bradley, W. Mids", "a farm in E. Sussex", "N. Korea's envoys" ("W Mids", "S Korea" the voice said, a name's
# initials). A county's short form after the point is said whole ("Mids" Midlands, "Yorks." Yorkshire), and the north of
# Ireland or the east of Europe takes the adjective ("Northern Ireland", "Eastern Europe"). After another initial or a
# title the letter is a name's ("J. N. Wales", "Mr E. Sussex"), and left.
_SHORT_COUNTIES = {"Mids": "Midlands", "Yorks": "Yorkshire", "Glos": "Gloucestershire", "Lincs": "Lincolnshire",
                   "Lancs": "Lancashire"}
_POINT_PLACES = (*_POINT_SHORTENED_PLACES, *_SHORT_COUNTIES, "Devon", "Somerset", "Cornwall", "Lothian", "Ayrshire",
                 "Lanarkshire", "Riding")
_POINT_PLACE_FIRST = first_letters(_POINT_PLACES)
_POINT_BEFORE_PLACE = compiled(rf"(?<![\w.'’&-])(?<![A-Z]\. )(?<!\bMrs )(?<!\bM[rsx] )(?<!\bDr )([NSEW])\. "
                               rf"({'|'.join(_POINT_PLACES)})\b(?!-\w)(\.(?= [a-z]))?")
_POINT_ADJECTIVES = {"N": "Northern", "S": "Southern", "E": "Eastern", "W": "Western"}
_PLACES_AFTER_ADJECTIVES = frozenset({"Ireland", "Europe"})
# one cheap scan before the long one: " of" is in most sentences; led by it, skipped to, the point looked for behind
_MAY_BE_POINT_OF = compiled(r" of\b(?<=[NSEW] of)")
# The point stands apart in every match of the three rules of points alone (_POINT_OF, _REGION_OR_COURSE,
# _POINT_BEFORE_SPEED): one look among the words at hand, where their looks (" of", two capitals) scanned every text.
_POINT_RUNS = frozenset(COMPASS_POINTS)
# Each of _WIND's words stands apart (a word boundary before it; a space, a colon or a word boundary after it), so
# that it is among util.letter_words: "from" of "from the" too.
# A point of two or three letters right before a wind's speed, with or without a wind's word: "SW 20-30 mph",
# "NNE 15 knots" (one letter there may be an initial: "S 20 mph" is left to a report that speaks of wind).
_POINT_BEFORE_SPEED = compiled(
    rf"\b({'|'.join(sorted((p for p in COMPASS_POINTS if len(p) > 1), key=len, reverse=True))})"
    r"(?= \d+(?:[-–]\d+)? ?(?:mph|km/h|kph|knots|kts|kt|m/s)\b)"
)
# A lone letter of a point before a wind's speed, where the sentence speaks of wind ("Winds will be W 20-30mph",
# "Winds on Saturday: S 25mph"): the point (a letter before a speed elsewhere may be an initial or a route's, and
# after a capitalised word it is: "Route S 40mph limits").
_ONE_POINT_BEFORE_SPEED = compiled(r"(?<![\w.'’&-])([NSEW])(?= \d+(?:[-–]\d+)? ?(?:mph|km/h|kph|knots|kts|kt|m/s)\b)")
_MAY_BE_SPEED = compiled(r"\d ?(?:mph|km/h|kph|knots|kts|kt|m/s)\b")
# A log's wind, its point dotted or a point "by" another ("Wind S.S.W.", "Wind N.E. by E."): the dots are the
# abbreviation's, the last one also the sentence's only before its end or a capital.
_DOTTED_WIND = compiled(
    rf"\b([Ww]inds?:? (?:from the )?)(?:((?:[NSEW]\.){{1,3}})|({_POINT_ALT})(?= by ))(?: by ([NSEW])\b(\.)?)?(?!\w)"
)
_WIND_WORDS = frozenset({"Wind", "wind", "Winds", "winds", "Gusts", "gusts", "Breeze", "breeze", "breezes", "Blowing",
                         "blowing", "from"})
# Both sets winds asks about, asked once: where neither's words are in the text (most sentences), each look is answered
# by the text being the one asked (a rule that changed it made a new string), a call saved a sentence (~1,000
# instructions).
_WINDS_WORDS = _COURSE_VERBS | _WIND_WORDS
# "Wind 270 at 15 knots", "winds 090 degrees at 10kt": a wind's bearing in three digits, said digit by digit as a
# weather report says it (it was "two hundred seventy").
_WIND_BEARING = compiled(r"\b([Ww]inds?:? )([0-3]\d0)(?=\s?(?:at|degrees|°)\s?\d)")
_MAY_BE_WIND = compiled(r"[WwGgBbf](?:(?<=[Ww])ind|(?<=[Gg])ust|(?<=[Bb])reeze|(?<=[Bb])lowing|(?<=f)rom the)")


# A latitude or longitude: "51°30'N", "0°7'W", "40.7128° N", "33°51'35\"S" (primes are quotes once tidied).
# A ship's log labels it and stops the point ("Lat. 45° 30' N., Long. 20° W."): the label said in full, the point's
# stop dropped where the sentence goes on after it.
_COORDINATE = compiled(
    r"(?:\b(Lat|lat|Long|long)\. ?)?"
    r"(\d(?<![\w.]\d)\d{0,2}(?:\.\d+)?)°\s?(?:(\d{1,2}(?:\.\d+)?)'\s?(?:(\d{1,2}(?:\.\d+)?)(?:\"|'')\s?)?)?"
    r"([NSEW])\b(?![.']\w)(\.(?=[,;]| [a-z]))?")
_COORDINATE_LABELS = {"Lat": "Latitude", "lat": "latitude", "Long": "Longitude", "long": "longitude"}
_HEMISPHERES = {"N": "north", "S": "south", "E": "east", "W": "west"}


def _coordinate(match: re.Match[str]) -> str:
    """"51°30'N" -> "fifty one degrees thirty minutes north"."""
    label, degrees, minutes, seconds, side, _ = match.groups()
    spoken = numbers.number(degrees) + (" degree" if degrees == "1" else " degrees")
    for value, unit in ((minutes, "minute"), (seconds, "second")):
        if value:
            value = value if "." in value else str(int(value))  # "74°00′22″W": "zero minutes", not "zero zero"
            spoken += f" {numbers.number(value)} {unit}" + ("" if value == "1" else "s")
    label_said = _COORDINATE_LABELS[label] + " " if label else ""
    return padded(match, f"{label_said}{spoken} {_HEMISPHERES[side]}")


# An angle in degrees and minutes (of arc) with no hemisphere after it: a star's declination ("Dec +7° 24′", "-16°43'"),
# a slope or a bearing ("12°30'"); its sign said first. The minutes were left as a mark ("twenty four'").
_ANGLE = compiled(
    r"(?:(?<![\w.+-])([+-]))?(\d(?<![\w.]\d)\d{0,2}(?:\.\d+)?)°\s?([0-5]?\d(?:\.\d+)?)'"
    r"(?:\s?([0-5]?\d(?:\.\d+)?)(?:\"|''))?(?![\w'])")


def _angle(match: re.Match[str]) -> str:
    """"-16°43'" -> "minus sixteen degrees forty three minutes"."""
    sign, degrees, minutes, seconds = match.groups()
    spoken = numbers.number(degrees) + (" degree" if degrees == "1" else " degrees")
    for value, unit in ((minutes, "minute"), (seconds, "second")):
        if value:
            value = value if "." in value else str(int(value))
            spoken += f" {numbers.number(value)} {unit}" + ("" if value == "1" else "s")
    return padded(match, {"+": "plus ", "-": "minus ", None: ""}[sign] + spoken)


# "Grid ref SH 609 543", "grid reference NY215072": an Ordnance Survey reference after its label, two letters
# (the square, spelled) and an easting and a northing of equal length, said digit by digit as walkers read them (it
# was "S.H six hundred and nine thousand five hundred and forty three"). Only after the label: "SH 609" alone may be
# anything.
_GRID_REFERENCE = compiled(r"\b([Gg]rid [Rr]ef(?:erence)?\.?:? )([A-Z]{2}) ?(?:(\d{2,5}) (\d{2,5})|(\d{4,10}))\b"
                           r"(?![.,]\d)")


# "The cairn is at NY 342 151", "from SD 806 741": a reference with no label, where its square is one of the
# National Grid's (facts.GRID_SQUARES) and its easting and northing are equal groups of three to five digits, nothing
# numeric after them (it was one number, "three hundred forty two thousand one hundred fifty one").
_BARE_GRID_REFERENCE = compiled(r"(?<![\w.,/-])([A-Z]{2}) (\d{3,5}) (\d{3,5})(?![\w/]|[.,:]\d| \d)")


def _bare_grid_reference(match: re.Match[str]) -> str:
    """"NY 342 151" -> "N.Y three four two, one five one"; another pair of capitals before numbers is left."""
    square, easting, northing = match.groups()
    if square not in GRID_SQUARES or len(easting) != len(northing):
        return match.group(0)
    return f"{'.'.join(square)} {numbers.digits(easting)}, {numbers.digits(northing)}"


def _grid_reference(match: re.Match[str]) -> str:
    """"Grid ref SH 609 543" -> "Grid ref S.H six zero nine, five four three"; unequal halves are no reference."""
    label, square, easting, northing, joined = match.groups()
    if joined:  # "NY215072": the easting and the northing run together, half and half
        easting, northing = joined[: len(joined) // 2], joined[len(joined) // 2:]
    if len(easting) != len(northing):
        return match.group(0)
    return f"{label}{'.'.join(square)} {numbers.digits(easting)}, {numbers.digits(northing)}"


def coordinates(text: str) -> str:
    """Read latitudes and longitudes in degrees, minutes and seconds, before "°" is a temperature's; and angles in
    degrees and minutes; and a map's grid references."""
    if "rid ref" in text or ("R" in text and "rid Ref" in text):
        text = _GRID_REFERENCE.sub(_grid_reference, text)
    if "0" in (classes := char_classes(text)) and "AA 000" in classes and "00 000" in classes:  # a digit: a memchr
        text = _BARE_GRID_REFERENCE.sub(_bare_grid_reference, text)
    if "°" not in text:
        return text
    text = _COORDINATE.sub(_coordinate, text)
    return _ANGLE.sub(_angle, text) if "'" in text else text


def _dotted_wind(match: re.Match[str]) -> str:
    """"Wind S.S.W." -> "Wind south-southwest", "Wind NE by E" -> "Wind northeast by east"."""
    lead, dotted, plain, by, by_stop = match.groups()
    point = (dotted or plain).replace(".", "")
    if point not in COMPASS_POINTS:  # "N.S." names no point
        return match.group(0)
    said = lead + COMPASS_POINTS[point]
    if by:
        said += " by " + COMPASS_POINTS[by]
    rest = match.string[match.end():match.end() + 2]
    stopped = (dotted and not by) or by_stop
    return said + "." if stopped and (not rest or (rest[:1] == " " and rest[1:].isupper())) else said


def winds(text: str) -> str:
    """Say a wind's or a place's compass point as a word: "winds NW", "35 km SW of" -> "northwest", "southwest"."""
    plain = None if among_words(_WINDS_WORDS, text) else text  # the text that holds none of the sets' words
    points = None if among_words(_POINT_RUNS, text) else text  # the text that holds no point standing apart
    # a point's capital before " of" (four needles, which jump): "of" is in most sentences, a capital before it rarely
    if text is not points and " of" in text and (
            "N of" in text or "S of" in text or "E of" in text or "W of" in text) and _MAY_BE_POINT_OF.search(text):
        text = _POINT_OF.sub(lambda m: (m.group(2) or "") + COMPASS_POINTS[m.group(1) or m.group(3)], text)
    if text is not points and "A. A" in char_classes(text) and among_words(_POINT_PLACE_FIRST, text):
        text = _POINT_BEFORE_PLACE.sub(_point_before_place, text)
    # a point standing apart first (asked above): the verbs of a tide's way ("sets", "setting") are common in articles
    if text is not points and " " in text and text is not plain and among_words(_COURSE_VERBS, text):
        text = _ONE_POINT_COURSE.sub(lambda m: m.group(1) + COMPASS_POINTS[m.group(2)], text)
    if text is not points and "AA" in char_classes(text) and _MAY_BE_TWO_POINTS.search(text):  # two capitals
        text = _REGION_OR_COURSE.sub(lambda m: (m.group(1) or "") + COMPASS_POINTS[m.group(2)], text)
    # two capitals, a space and a digit, then a speed's unit after a digit: first looks in the classes and in C
    if text is not points and "AA 0" in char_classes(text) and _MAY_BE_SPEED.search(text):
        text = _POINT_BEFORE_SPEED.sub(lambda m: COMPASS_POINTS[m.group(1)], text)
    # a wind's word among the text's words first (one set test, where five substrings cost a scan each)
    if text is plain or not among_words(_WIND_WORDS, text):
        return text
    if not _MAY_BE_WIND.search(text):
        return text
    # one capital, a space and a digit, then a speed's unit: a lone point in a report that speaks of wind
    if "A 0" in char_classes(text) and _MAY_BE_SPEED.search(text):
        text = _ONE_POINT_BEFORE_SPEED.sub(_lone_point, text)
    if "ind" in text:
        text = _WIND_BEARING.sub(lambda m: m.group(1) + numbers.digits(m.group(2)), text)
        if "." in text or " by " in text:
            text = _DOTTED_WIND.sub(_dotted_wind, text)
    return _WIND.sub(lambda m: (m.group(1) or "") + COMPASS_POINTS[m.group(2) or m.group(4)], text)


_CAPITALISED_BEFORE_POINT = compiled(r"(?<![\w'’])[A-Z][a-z]*\s$")


def _lone_point(match: re.Match[str]) -> str:
    """"W 20-30mph" -> "west 20-30mph" in talk of wind; after a capitalised word it is a name's ("Route S 40mph")."""
    before = match.string[max(0, match.start() - 24):match.start()]
    if _CAPITALISED_BEFORE_POINT.search(before):
        return match.group(0)
    return COMPASS_POINTS[match.group(1)]


def _point_before_place(match: re.Match[str]) -> str:
    """"W. Mids" -> "West Midlands", "N. Ireland" -> "Northern Ireland", "S. Korea" -> "South Korea"."""
    point, place = match.group(1), match.group(2)
    if place in _PLACES_AFTER_ADJECTIVES:
        return f"{_POINT_ADJECTIVES[point]} {place}"
    if place in _SHORT_COUNTIES:  # its own stop too, inside a sentence ("in W. Yorks. police said")
        return f"{COMPASS_POINTS[point].capitalize()} {_SHORT_COUNTIES[place]}"
    return f"{COMPASS_POINTS[point].capitalize()} {place}{match.group(3) or ''}"


def _junction_span(match: re.Match[str]) -> str:
    """"J19-J20" -> "junction 19 to junction 20"; after "between", "and" ("between J10-J11")."""
    joint = "and" if match.string[max(0, match.start() - 8):match.start()] in ("between ", "Between ") else "to"
    return f"junction {match.group(1)} {joint} junction {match.group(2)}"


def streets(text: str) -> str:
    """Say street types, compass points and house numbers in full: "221 Baker St" -> "two twenty one Baker Street"."""
    # the street types' sets and the route's asked once, as one (exact: a form is in either where its run is in the
    # union), and the looks below answered by the text being the one asked where none is in it (most sentences)
    plain = None if among_words(_STREETS_RUNS, text) else text
    if "(" in text and "(M)" in text:
        text = _MOTORWAY.sub(r"\1 M", text)
    # a bulletin's line may open with its motorway ("M25 J10-J11 anticlockwise: ..."), no space before its "M"
    if "J" in text and (" M" in text or "(" in text or "otorway" in text or "he A" in text or text[:1] == "M") and (
            _MOTORWAY_NAMED.search(text)):
        text = _JUNCTION.sub(r"\1junction \2", _JUNCTION_SPAN.sub(_junction_span, text))
    if "J" in text and "Jct" in text:
        text = _JCT.sub("junction ", text)
    if ("-" in text or "–" in text) and text is not plain and among_words(_ADDRESS_TYPE_FIRST, text):
        text = _HOUSE_SPAN.sub(lambda m: house_number(m.group(1)) + " to ", text)
    if ("L" in text and "Lvl" in text) or ("B" in text and "Bldg" in text) or ("F" in text and "Flr" in text):
        text = _ADDRESS_LABEL.sub(lambda m: ADDRESS_LABELS[m.group(1)] + " ", text)
    if "/" in text and text is not plain and among_words(_ADDRESS_TYPE_FIRST, text):
        text = _UNIT_SLASH.sub(r"\1\2, ", text)
    if text is not plain and among_words(_STREET_TYPE_FIRST, text):
        text = _STREET.sub(_street, text)
    if not has_digit(text):
        return text
    if text is not plain and among_words(_FULL_TYPE_FIRST, text):
        text = _HOUSE.sub(lambda m: padded(m, house_number(m.group(1))), text)
    # here, where a digit is known to be: most sentences hold none; two capitals, a space and five digits first
    if "AA 00000" in char_classes(text) and _MAY_BE_ZIP.search(text):
        text = _STATE_BEFORE_ZIP.sub(_state_before_zip, text)
    if ("0 0AA" in char_classes(text) or "0A 0AA" in char_classes(text)) and _MAY_BE_POSTCODE.search(text):
        text = _POSTCODE.sub(_postcode, text)
    if "oom" in text or "uite" in text or ("S" in text and "Ste" in text):
        text = _ROOM.sub(_room, text)
    if text is not plain and among_words(_BUS_ROUTE_RUNS, text):  # its words in the shared look first (a set asked
        # on its own had the text's words worked out again for every text with a digit)
        text = _BUS_ROUTE.sub(lambda m: m.group(1) + house_number(m.group(2)), text)
    if "/F" in text:
        text = _SLASHED_FLOOR.sub(lambda m: numbers.ordinal(int(m.group(1))) + " floor", text)
    return _ROUTE.sub(_route, text) if text is not plain and among_words(_ROUTE_FIRST, text) else text

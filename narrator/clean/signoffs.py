"""A letter's or a newsletter's greeting ("Hi all,") and its sign-off ("Best wishes,"), each a line of its own."""

from __future__ import annotations

import re

from narrator.clean.common import OFFICE_WORDS, is_field_role
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.lines import TERMINAL, looks_like_names, words_of

# How a letter or a note signs off above the writer's name ("Best wishes,", "Yours sincerely,", "Love,"), in the
# languages narrator reads.
SIGN_OFFS = frozenset((
    "best wishes", "best", "all the best", "warm wishes", "warmest wishes", "kind regards", "best regards",
    "warm regards", "warmest regards",
    "regards", "yours sincerely", "sincerely", "sincerely yours", "yours faithfully", "yours truly", "yours",
    "yours ever", "love", "with love", "lots of love", "all my love", "cheers", "thanks", "many thanks",
    "thank you", "with thanks", "warmly", "take care", "until next time", "until next week", "until next month",
    "see you soon", "with best wishes", "with every good wish", "every good wish", "with all good wishes",
    "all good wishes", "good wishes",
    # a union's, a campaign's or a church's close ("In solidarity," over the branch secretary's name)
    "in solidarity", "solidarity", "in friendship", "with gratitude", "every blessing", "blessings",
    "mit freundlichen grüßen", "viele grüße", "liebe grüße", "cordialement",
    "bien à vous", "amitiés", "saludos", "un saludo", "atentamente", "cordiali saluti", "un abbraccio",
    "atenciosamente", "abraços", "beijos",
))
_SEE_YOU = re.compile(r"(?i)see you(?: [a-z]+){1,4}")
# A signature under the sign-off: a name of a few words.
SIGNATURE_WORDS = 4
# How a letter or a newsletter greets its readers above its first paragraph ("Hi friends,", "Dear parents and
# carers,", "Hello everyone,"), in the languages narrator reads: the greeting's first word.
GREETINGS = frozenset(("hi", "hello", "hey", "dear", "greetings", "hiya", "morning", "evening", "afternoon", "good",
                       "liebe", "lieber", "hallo", "bonjour", "chers", "chères", "cher", "chère", "salut", "hola",
                       "queridos", "queridas", "querido", "querida", "estimados", "cari", "care", "caro", "cara",
                       "ciao", "olá", "prezados"))
GREETING_WORDS = 6


def is_greeting(text: str) -> bool:
    """A letter's greeting alone on its line: a greeting word, whom it greets and a comma ("Hi friends,")."""
    words = words_of(text)
    return (text.rstrip().endswith(",") and 0 < len(words) <= GREETING_WORDS and words[0].lower() in GREETINGS
            and (words[0].lower() != "good" or " ".join(words[1:2]).lower() in ("morning", "evening", "afternoon")))


def is_sign_off(text: str) -> bool:
    """A letter's close: "Best wishes," alone, or with the writer's name after it ("Love, Gran")."""
    head, comma, name = text.strip().partition(",")
    if head.strip().lower() not in SIGN_OFFS and not (comma and _SEE_YOU.fullmatch(head.strip())):
        # "See you on the road,", "See you next week,": a farewell of a few words, over the name or before it ("See
        # you on the plots, Ruth Akers, secretary")
        return False
    return not name.strip() or (bool(comma) and len(name.split()) <= SIGNATURE_WORDS and name.strip()[:1].isupper()
                                and not TERMINAL.search(name.strip()))


# A formal letter's head: its sender's name and address, then the day alone, the greeting, and the letter's subject
# on a line of its own over its first sentence ("3 March 2026" / "Dear Parents and Carers," / "Year 5 trip to ...").
# The greeting stands this near the top.
LETTER_HEAD_LINES = 6
SUBJECT_WORDS = 14


def letter_head(texts: list[str], terminal: list[bool]) -> tuple[int, int, int] | None:
    """A formal letter's day, greeting and subject lines (the day right over the greeting, the subject right under
    it with no stop, a sentence under that), near its top; else None."""
    for greeting in range(1, min(LETTER_HEAD_LINES, len(texts) - 2)):
        if not is_greeting(texts[greeting]):
            continue
        subject = greeting + 1
        if (not terminal[subject] and 0 < len(words_of(texts[subject])) <= SUBJECT_WORDS
                and not is_greeting(texts[subject]) and terminal[subject + 1]):
            return greeting - 1, greeting, subject
        return None
    return None


# A sender's address over a letter's day: a few short lines (house and street, town, postcode), this many at most.
ADDRESS_LINES = 5
ADDRESS_LINE_WORDS = 6


def sender_address(texts: list[str], terminal: list[bool]) -> range | None:
    """The lines of a letter's sender's address under its title and over its day, the day right over the greeting
    ("Potholes on Heol y Nant" / "14 Heol y Nant" / "Llandeilo" / "20 October 2026" / "Dear Sir or Madam,"); else
    None. The caller checks that the line over the greeting is a day."""
    for greeting in range(3, min(ADDRESS_LINES + 3, len(texts) - 1)):
        if is_greeting(texts[greeting]):
            address = range(1, greeting - 1)
            return address if all(not terminal[i] and 0 < len(words_of(texts[i])) <= ADDRESS_LINE_WORDS
                                  and not is_greeting(texts[i]) for i in address) else None
    return None


# A letter to a paper's editor greets the editor alone, the letters page's form ("Sir,", "Madam,", "Dear Editor,"):
# its signer is its writer, as the page prints the name. A letter to anyone else ("Dear Sir or Madam," to a council,
# "Dear Councillor Price,") is the user's own, signed but no byline.
_TO_THE_EDITOR = re.compile(r"(?i)^\s*(?:sir|madam|(?:dear|to the)\s+editor)\s*,\s*$")
# The signature stands this near the letter's foot: the name, and the writer's town under it.
SIGNED_FOOT_LINES = 3


def editors_letter_signer(texts: list[str]) -> str | None:
    """The name under a letter to the editor's close ("Sir," ... "Yours faithfully," / "Gwilym Pugh" / "Ponterwyd"),
    or its reader's name and town on its last line, as a letters page prints them ("Mary-Jo K, Ross-on-Wye"); else
    None."""
    if not any(_TO_THE_EDITOR.match(text) for text in texts[:LETTER_HEAD_LINES]):
        return None
    foot = len(texts) - SIGNED_FOOT_LINES
    for close in range(max(0, foot - 1), len(texts) - 1):
        name = texts[close + 1].strip()
        if (is_sign_off(texts[close]) and texts[close].rstrip().endswith(",")
                and 0 < len(words_of(name)) <= SIGNATURE_WORDS and looks_like_names(name)):
            return name
    signer = reader_signer(texts[-1], to_editor=True) if len(texts) > SIGNED_FOOT_LINES else None
    return signer if signer and not _AND.search(signer) else None  # (two readers sign as two, not one writer)


# A letter typed from its top: the sender's address first (house and street, town, the postcode or ZIP ending it),
# then whom it is to or the day, and the greeting a few lines under ("7 Mill Lane" / "Ambleside" / "LA22 9DH" / "The
# Editor" / "Westmorland Gazette" / "Sir,"). The postcode and the greeting are the evidence: the address is for the
# post, not for a listener, and titles nothing.
_POSTCODE_END = re.compile(r"(?:^|[\s,])(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)\s*$")
# The address's first line opens on the house's number, or a flat's ("7 Mill Lane", "Flat 2, 18 Hill Street"): a title
# over an address ("Lost cat" / "7 Mill Lane" / ...) does not, nor (left) a house's name ("The Old Forge").
_HOUSE_NUMBER = re.compile(r"(?i)^\s*(?:(?:flat|apartment|apt\.?|unit)\s+)?\d")
# Between the address and the greeting: the day, and whom it is to (a name, a role, a firm, their street and town).
TO_GREETING_LINES = 6


def address_on_top(texts: list[str], terminal: list[bool]) -> tuple[int, int] | None:
    """Where a letter's sender's address on its first lines ends and where its greeting stands under it, or None: the
    address is a few short lines, the last ending on a postcode or a ZIP, and a greeting follows within a few."""
    if not texts or not _HOUSE_NUMBER.match(texts[0]):
        return None
    for end in range(min(ADDRESS_LINES, len(texts))):
        if terminal[end] or not 0 < len(words_of(texts[end])) <= ADDRESS_LINE_WORDS or is_greeting(texts[end]):
            return None
        if _POSTCODE_END.search(texts[end]):
            break
    else:
        return None
    greeting = next((i for i in range(end + 1, min(end + 2 + TO_GREETING_LINES, len(texts) - 1))
                     if is_greeting(texts[i]) or _TO_THE_EDITOR.match(texts[i])), None)
    return (end + 1, greeting) if end > 0 and greeting is not None else None


# A letter to many, not to one ("Dear friends,", "Dear parents and carers,", "Dear members,"): a vicar's, a head's or a
# club's letter, printed for its readers, its signer named in full under its close its writer ("With every blessing,"
# / "Revd Sian Morgan"), as a signer over a role is. A letter to one person ("Dear Ms Howells,") is the user's own: the
# name signs it, no byline.
_MANY = frozenset(("friends", "all", "everyone", "everybody", "parents", "carers", "members", "parishioners",
                   "neighbours", "neighbors", "colleagues", "supporters", "readers", "residents", "families",
                   "volunteers", "villagers"))
CLOSE_WORDS = 8


def _greets_many(text: str) -> bool:
    """A greeting to many: "Dear friends,", "Hello everyone,", "Dear parents and carers,"."""
    return is_greeting(text) and (words_of(text)[-1].lower() in _MANY)


def circular_signer(texts: list[str]) -> str | None:
    """The name in full on the last line of a letter to many, under its close ("Dear friends," ... "With every
    blessing for Christmas," / "Revd Sian Morgan"), or under a letter's own close with no greeting on top ("With every
    good wish for Christmas and the new year," / "Revd Sarah Hollis" closing a parish notice, no greeting anywhere);
    else None."""
    if len(texts) < 4:
        return None
    close, name = texts[-2].strip(), texts[-1].strip()
    named = [word for word in words_of(name) if word.lower() not in _TITLES and word.lower() not in _CLERICAL]
    greeted = any(_greets_many(text) for text in texts[:LETTER_HEAD_LINES]) and (
        close.endswith(",") and 0 < len(words_of(close)) <= CLOSE_WORDS and not _greets_many(close))
    # with no greeting at all: a letter's "Dear Sir," over the close is a letter quoted by the text, not its signature;
    # a name with its office after a comma ("Tom Ellis, Chair") is left to the rules for names with their roles
    closed = "," not in name and _closes_a_letter(close) and not any(is_greeting(text) for text in texts)
    if not (greeted or closed):
        return None
    # a person's name, by a title or a given name ("The Committee", "The Bike Shed Team" sign for many, no writer), or
    # under a letter's close, a name in full whatever the given name ("Oyelaran Adebayo")
    person = len(named) < len(words_of(name)) or named[0].lower() in GIVEN_NAMES or person_in_full(name)
    shaped = (2 <= len(named) <= SIGNATURE_WORDS - 1 and looks_like_names(name)
              and all(word[0].isupper() for word in words_of(name)))
    return name if person and (shaped or person_in_full(name)) else None  # ("Jan van der Berg": its small words)


# A reader's letter in an advice column signs off on a line of its own under its question: given names and a town
# ("Jean, Harrogate", "Tom and Ayesha, Bristol", "Mrs Jean Wood, Ripon"). The line is the letter's, read with it; no
# section's heading (it made the answer a chapter) and no byline (the column's writer answers it). A letters page signs
# so under a letter to the editor, often with an initial for the surname ("Mary-Jo K, Ross-on-Wye"). The town's name
# may hold the small words that join a place's ("Ross-on-Wye", "Bolton-le-Sands", "Newcastle upon Tyne").
_PLACE_JOINS = r"on|upon|le|la|en|in|under|by|the|cum|next|sur|de|super"
_PLACE = r"[A-Z][\w'’]*(?:(?:[\s-](?:" + _PLACE_JOINS + r")){0,2}[\s-][A-Z][\w'’]*){0,3}"
# A town joined by those small words, which no person's name holds: hyphened ("Henley-on-Thames", "Walton-on-the-Naze",
# "Weston-super-Mare") or, spaced, by the words no surname's particle is ("Newcastle upon Tyne", "Walton on the Naze";
# not "de la", as "Ana de la Cruz" is a name).
_JOINED_PLACE = re.compile(r"\s*[A-Z][\w'’]*(?:(?:-(?:" + _PLACE_JOINS + r"))+-"
                           r"|\s+(?:on|upon|in|under|by|next)(?:\s+the)?\s+)[A-Z][\w'’]*\s*")
# A surname may hold the small words of a name in other languages, in small letters before it ("Ana de la Cruz", "Jan
# van der Berg"), or open on an Irish or a Scots Gaelic one's word of descent, its article and the next word's
# mutation perhaps after it ("Siobhán Ní Bhriain", "Aoife Mac an tSaoir"); a capital follows them, so "Book an
# Appointment" and "Tea for Two" are no names.
NAME_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
NAME_LOWER = "a-zß-öø-ÿā-ž"
SURNAME_PARTICLES = (r"(?:(?:Ó|Ní|Nic|Uí|Mac|Mhic)\s+(?:an\s+[nt]?(?=[" + NAME_UPPER + r"]))?"
                     r"|(?:(?:van|von|de|der|den|du|des|da|di|del|dos|das|la|le|ter|ten)\s+){1,2})?")
_READER_SIGNED = re.compile(r"^\s*((?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?"
                            r"(?:\s+" + SURNAME_PARTICLES + r"[A-Z][\w'’.-]*)?),\s+" + _PLACE + r"\s*$")
# A person's name in full, whatever their given name: a given name and a surname (or its initial), each a capital and
# small letters, the surname perhaps with its small words ("Pat Dunne", "Oyelaran Adebayo", "Ana de la Cruz", "Pat D").
_NAME_PART = rf"[{NAME_UPPER}][{NAME_LOWER}]+(?:[-'’][{NAME_UPPER}]?[{NAME_LOWER}]+)?"
_PERSON = re.compile(rf"\s*{_NAME_PART}(?:\s+(?:[A-Z]\.?|{SURNAME_PARTICLES}(?:Ma?c|[OD]['’])?{_NAME_PART})){{1,2}}\s*")
# The last word of a place's, a building's or a group's name, which a person's name does not end on ("Harbour Road",
# "Village Hall", "Parish Council", "Hagg Lane Committee").
_NOT_A_SURNAME = frozenset(("road", "street", "lane", "avenue", "square", "place", "way", "close", "drive", "terrace",
                            "crescent", "row", "hill", "green", "hall", "church", "chapel", "house", "centre", "center",
                            "room", "rooms", "inn", "arms", "farm", "cottage", "school", "library", "museum", "park",
                            "gardens", "court", "station", "team", "committee", "council", "family", "staff", "club",
                            "society", "group", "trust", "association", "office", "volunteers", "friends"))


def person_in_full(name: str) -> bool:
    """A person's name in full with no help from the table of given names: a given name and a surname, each shaped
    as a name's word ("Oyelaran Adebayo", "Siobhán Ní Bhriain"), ending on no place's, building's or group's word.
    Only where a letter's form says a person signs (a greeting over it, a close right above the name) is that enough."""
    words = words_of(name)
    return (bool(words) and words[0] != "The" and words[-1].lower() not in _NOT_A_SURNAME
            and _PERSON.fullmatch(name) is not None)
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr"))
_CLERICAL = frozenset(("revd", "rev", "fr", "canon", "cllr", "prof", "sister", "pastor"))


def is_joined_place(text: str) -> bool:
    """A town's name joined by a place's small words ("Ross-on-Wye", "Newcastle upon Tyne"): a place, never a name."""
    return _JOINED_PLACE.fullmatch(text) is not None


def reader_signer(text: str, to_editor: bool = False) -> str | None:
    """The name of a reader's sign-off with their town ("Mary-Jo K" of "Mary-Jo K, Ross-on-Wye"), or None: the name
    opens on a given name (or a part of a double one, "Mary-Jo"), or a title; under a letter to the editor (the
    caller saw "Sir," over it), a person's name in full whatever the given name ("Pat Dunne, Burley in Wharfedale")."""
    if "," not in text or (found := _READER_SIGNED.match(text)) is None:
        return None
    words = found.group(1).replace(".", " ").split()
    first = [word for word in words if word.lower() not in _TITLES]
    if not first or not (len(first) < len(words) or any(part.lower() in GIVEN_NAMES for part in first[0].split("-"))
                         or (to_editor and person_in_full(found.group(1)))):
        return None
    return found.group(1).strip().rstrip(".")


def signs_a_question(text: str, above: str) -> bool:
    """A reader's sign-off ("Jean, Harrogate") right under the question they wrote in (its line ends on "?")."""
    return above.rstrip(" \"'”’)").endswith("?") and reader_signer(text) is not None


def to_the_editor(text: str) -> bool:
    """A letter's greeting to a paper's editor alone on its line ("Sir,", "Dear Editor,")."""
    return bool(_TO_THE_EDITOR.match(text))


# A typed report's closing credit on its last line ("Report by Huw Davies, club secretary", "Match report by ...",
# "Compiled by Ann Lee", "Minutes taken by Carol Bright"): the writer, named where a club's or a society's report or
# a committee's minutes sign, not read as a line of it. A story's or a poem's writer signs it so with "by" alone ("by
# Joan Pierce", "– by Ana Ruiz") under its last line.
_CLOSING_CREDIT = re.compile(r"(?i:^\s*(?:[-–—]\s*)?(?:(?:(?:match\s+)?(?:report|notes|compiled|written)"
                             r"|minutes(?:\s+taken)?)\s+)?)(?=[Bb]y\s+[A-Z])")
CLOSING_CREDIT_WORDS = 10


def closing_credit(text: str) -> str:
    """A closing credit's "by" and what follows it ("By Huw Davies, club secretary"), or "" for any other line."""
    found = _CLOSING_CREDIT.match(text) if "y " in text else None
    if found is None or len(words_of(text)) > CLOSING_CREDIT_WORDS or TERMINAL.search(text.rstrip()):
        return ""
    rest = text[found.end():]
    return "B" + rest[1:]


# A letter's subject line marked "Re:" as its first line ("Re: Trainee Ranger post (ref. NP-0419)") over its greeting:
# the mark is the letter's form, not the title's words.
_SUBJECT_MARK = re.compile(r"^\s*(?:re|RE|Re)\s*:\s+(?=\S)")


def subject_title(text: str, below: list[str]) -> str:
    """A "Re:" subject's words when a greeting follows within two lines ("Dear Mr Jenkins,"), else ""."""
    found = _SUBJECT_MARK.match(text)
    if found is None or not any(is_greeting(line) for line in below[:2]):
        return ""
    return text[found.end():].strip()


# A letter's signature block under its close: the name, then a telephone number and an e-mail address, this many lines
# at most ("Kind regards," / "Osian Lloyd" / "07700 900412" / "osian.lloyd@example.com"). The address is the writer's
# own, to reply to, no page's contact prompt.
SIGNATURE_BLOCK_LINES = 4


def in_signature(texts: list[str], index: int) -> bool:
    """True for a line of a letter's signature block: a close ("Kind regards,") a few lines above it, each line between
    short and without a stop, and the block the text's last lines."""
    if len(texts) - index > SIGNATURE_BLOCK_LINES:
        return False
    for close in range(index - 1, max(-1, index - SIGNATURE_BLOCK_LINES - 1), -1):
        if texts[close].rstrip().endswith(",") and is_sign_off(texts[close]):
            return all(0 < len(text.split()) <= SIGNATURE_WORDS and not TERMINAL.search(text.rstrip())
                       for text in texts[close + 1:index])
    return False


# A note's writer signing its last line with their office in brackets after the name ("Chris (club captain)", "Sue
# Baker (chair)", "Mrs Hale (Head of Year 6)"): the office is the evidence that the name signs; a given name alone is
# enough beside it.
_BRACKETED_OFFICE = re.compile(r"^\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\(([^()]{2,40})\)\s*$")


def bracketed_office_signer(text: str) -> str | None:
    """The name of a last line signed "Chris (club captain)": a person's name (a given name, or a title over a
    surname) and an office in brackets; else None."""
    if not text.rstrip().endswith(")") or (found := _BRACKETED_OFFICE.match(text)) is None:
        return None
    name, office = found.group(1), found.group(2)
    if not is_field_role(" ".join(word[:1].upper() + word[1:] for word in office.split())):
        return None
    named = [word for word in words_of(name) if word.lower() not in _TITLES and word.lower() not in _CLERICAL]
    person = bool(named) and (len(named) < len(words_of(name)) or named[0].lower() in GIVEN_NAMES)
    return name if person and len(named) <= SIGNATURE_WORDS - 1 and looks_like_names(name) else None


# A note closed by its writers' given names alone on its last line ("Bev", "Dave and Anna", "Sue & Gareth"), under a
# sentence: they sign it when the line over them thanks or bids farewell ("Thank you all for everything this year."),
# or when the note opened by greeting its readers ("Hi all,"). A name under any other sentence may be the note's own.
# Under a letter's close ("Love and hugs,", "With love and thinking of you,") the names sign it.
_AND = re.compile(r"\s+(?:and|&)\s+")
_THANKS_LAST = re.compile(r"(?i)(?:^|[.!?]\s+)(?:thank|thanks|many thanks|cheers|see you|happy|merry|have a|best wishes"
                          r"|take care)\b[^.!?]{0,80}[.!?]+\s*$")


# A sign-off can carry its wish ("With best wishes for the Easter holiday,", "Love to you all,", "With love and
# thinking of you,"): the sign-off's words, then a short phrase led by one of these, ending on the comma before the
# name.
WISH_LEADS = frozenset({"for", "to", "from", "again", "and", "as", "until", "in"})
WISH_MAX_WORDS = 9
# A sign-off's wish may run to the season's words ("With every good wish for Christmas and the new year,").
SIGN_OFF_WISH_WORDS = 11
WISH_MAX_CHARS = 80


def signs_off_with_wish(text: str) -> bool:
    """A sign-off with its wish on the line ("With best wishes for the holiday,", "Love and hugs,"), or with the
    writer's name after it, as a web copy of a letter runs them together over a <br> ("With thanks and muddy boots,
    Tomas Reyes, project lead")."""
    if not text.rstrip().endswith(","):
        head, comma, name = text.strip().partition(",")
        name = name.strip()
        return bool(comma) and 0 < len(name.split()) <= SIGNATURE_WORDS and name[:1].isupper() and not TERMINAL.search(
            name) and signs_off_with_wish(head + ",")
    if len(text) > WISH_MAX_CHARS:
        return False  # the cheap look first: a sign-off is a short line
    words = [word.lower() for word in words_of(text)]
    if not 1 < len(words) <= SIGN_OFF_WISH_WORDS:
        return False
    return any(" ".join(words[:n]) in SIGN_OFFS and words[n] in WISH_LEADS for n in range(1, min(5, len(words))))


def _closes_a_letter(text: str) -> bool:
    """A letter's close on a line of its own over the name: bare ("Love,", "See you soon,") or with its wish, of one
    phrase ("With love and thinking of you,"; "Love and hate are cousins, she said," is a sentence's part)."""
    text = text.rstrip()
    return text.endswith(",") and "," not in text[:-1] and (is_sign_off(text) or signs_off_with_wish(text))


# Given names signed with the shop, the firm or the group they write for after a comma ("Ruth and Ade, Kiln Shed
# Pottery", "Kath and Owen, Millfield Community Orchard"): the body's name is a few words in capitals, joined by these
# small words, with no stop; a sentence's part after a comma has words in small letters ("Jo, who ran the stall").
_BODY_JOINERS = frozenset({"of", "the", "and", "&", "for", "at", "on", "in", "de"})
BODY_NAME_WORDS = 7
SIGNED_WITH_BODY_CHARS = 70


def is_body_name(text: str) -> bool:
    """True for an organisation's, a shop's or a group's name alone: a few words in capitals (small joining words
    between them), no stop ("Price Plumbing & Heating", "Friends of Oakfield School")."""
    words = text.split()
    return (0 < len(words) <= BODY_NAME_WORDS and words[0][:1].isupper() and not TERMINAL.search(text.rstrip())
            and all(word[:1].isupper() or word in _BODY_JOINERS for word in words)
            and words[-1].lower() not in _BODY_JOINERS)


# A writer's office with the body they hold it in, on the line under their name: the office, a comma and the body
# ("Chair, Friends of Oakfield School"), or the body and the office in small letters after it ("Greenfields
# Neighbourhood Watch coordinator"). The office's word is the evidence; a town under a name ("Leeds, West Yorkshire")
# holds none.
def office_with_body(text: str) -> bool:
    """True for an office named with its body ("Secretary, Tanfield Allotment Society", "Tanfield Allotment Society
    secretary")."""
    office, comma, body = text.partition(",")
    if comma:
        return is_body_name(body) and is_field_role(" ".join(word[:1].upper() + word[1:] for word in office.split()))
    words = text.split()
    return (1 < len(words) <= BODY_NAME_WORDS and words[-1].lower().rstrip("s") in OFFICE_WORDS
            and words[0].lower() not in GIVEN_NAMES and is_body_name(" ".join(words[:-1])))


# A tradesman's or a shopkeeper's name in full on the line over their firm's, which carries their surname ("Gary Hunt" /
# "Hunt Plumbing and Heating", "Sian Morris" / "Morris & Daughters Bakery"): the surname shared is the evidence that the
# two lines sign a quote or a note together; a town under a name ("Gary Hunt" / "Harrogate") shares none.
SURNAME_CHARS = 3


def firm_of_the_name(name: str, firm: str) -> bool:
    """True when firm is a business's name holding the surname that ends name ("Gary Hunt", "Hunt Plumbing")."""
    surname = name.split()[-1] if len(name.split()) >= 2 else ""
    words = firm.replace("&", " ").split()
    return (len(surname) >= SURNAME_CHARS and surname[0].isupper() and len(words) >= 2 and is_body_name(firm)
            and surname in words and firm.strip() != name.strip())


# Two names signed together with their business need only one of them in the table of given names ("Mark and Jo,
# Harbour View Cottage", "Dave and Kerry, Price Plumbing & Heating": a short name, or one the table leaves out as a
# place's): the pair, the business after the comma and the line's place under the last sentence show the signature.
# The other is one short word in capitals, and the business one name with no comma in it: a pub's name with its address
# ("Rose and Crown, Market Place, Masham") is no signature.
PAIRED_NAME_CHARS = 8


def _signs_as_a_pair(names: tuple[str, ...], body: str) -> bool:
    """True for two given names, one of them only short and in capitals, over a business's name with no comma."""
    return len(names) == 2 and "," not in body and all(len(name) <= PAIRED_NAME_CHARS for name in names)


# Two names signed with their business when neither is in the table of given names ("Col and Tam, Brae Croft Yurts",
# "Nye and Tam, Canalside Community Fridge"): the line's place shows it, under a last sentence that thanks or wishes
# ("Thanks for your custom this year."), in a note written as "we" or to "you"; the names two short words in capitals
# that the note never uses as words ("salt" in "Salt and Pepper, Harbour Kitchen" is its own word), the business after
# the comma of two words or more, not ending on an address's word ("Paws and Claws, Station Road" names a shop and its
# street, "Tea and Cake, Village Hall" a stall and its hall).
UNKNOWN_PAIR_NAME_CHARS = 5
_ADDRESS_ENDS = frozenset(("road", "street", "lane", "avenue", "square", "place", "way", "close", "drive", "terrace",
                           "crescent", "row", "hill", "green", "hall", "church", "chapel"))
_WE_AND_YOU = re.compile(r"(?i)\b(?:we|us|our|you|your)\b")


def _thanks_from_a_pair(names: tuple[str, ...], body: str, above: str, texts: list[str]) -> bool:
    """True for two short names unknown to the table over a business's name, under a sentence of thanks, in a note
    written as "we" or to "you"."""
    words = body.split()
    if len(names) != 2 or not all(len(name) <= UNKNOWN_PAIR_NAME_CHARS and name[1:].islower() for name in names):
        return False
    if len(words) < 2 or "," in body or words[-1].lower() in _ADDRESS_ENDS or not _THANKS_LAST.search(above):
        return False
    prose = " ".join(texts[:-1])
    return bool(_WE_AND_YOU.search(prose)) and not any(
        re.search(rf"\b{name.lower()}\b", prose) for name in names)


# A card's or a note's closing wish on a line of its own over the names, one phrase ending on a comma ("Wishing you all
# a happy Christmas,", "Happy new year to you both,", "Merry Christmas from us all,", "Have a lovely summer,"): the
# letter's form, as a sign-off is, whoever signs under it.
_CLOSING_WISH = re.compile(r"(?i)^\s*(?:wishing|happy|merry|have\s+a|season'?s\s+greetings)\b[^,.!?;:]{0,70},\s*$")
# Two short names in capitals, neither in the table of given names, sign under such a wish ("Deb and Kit", "Tam and
# Ros"); a card's blessing under it is no pair of names ("Peace and Joy", "Love and Hugs"), nor words the note uses.
_BLESSINGS = frozenset(("peace", "joy", "love", "hope", "hugs", "kisses", "light", "faith", "cheer", "xx", "xxx"))


def _wished_by_a_pair(names: tuple[str, ...], above: str, texts: list[str]) -> bool:
    """True for two names under a closing wish ("Wishing you all a happy Christmas," / "Bev and Raj"): each in the
    table of given names, or short and unknown to it ("Deb and Kit") in a note written as "we" or to "you" that never
    uses it as a word."""
    if len(names) != 2 or len(above) > WISH_MAX_CHARS or not _CLOSING_WISH.match(above):
        return False
    unknown = [name for name in names if name.lower() not in GIVEN_NAMES]
    if not all(name.isalpha() and name[0].isupper() for name in names) or not unknown:
        return all(name.isalpha() and name[0].isupper() for name in names)
    if not all(len(name) <= UNKNOWN_PAIR_NAME_CHARS and name[1:].islower() and name.lower() not in _BLESSINGS
               for name in unknown):
        return False
    prose = " ".join(texts[:-2])
    return bool(_WE_AND_YOU.search(prose)) and not any(re.search(rf"(?i)\b{name}\b", prose) for name in unknown)


def given_names_signers(texts: list[str]) -> tuple[str, ...]:
    """The given names of a note's last line that sign it ("Dave and Anna" under "Thank you for all your support.",
    "Jean" under "With love and thinking of you,", "Ruth and Ade, Kiln Shed Pottery" under any sentence), else ()."""
    if len(texts) < 3 or len(last := texts[-1].strip()) > SIGNED_WITH_BODY_CHARS:
        return ()
    above = texts[-2].rstrip()
    closed = above.endswith(",") and _closes_a_letter(above)
    given, comma, body = last.partition(",")
    # over names with their business, a short wish ending on a comma closes the note whatever its words ("Enjoy your
    # stay,", "Safe travels,")
    wished = bool(comma) and above.endswith(",") and len(above.split()) <= WISH_MAX_WORDS
    if not comma and _wished_by_a_pair(pair := tuple(_AND.split(given.strip())), above, texts):
        return pair  # "Wishing you all a happy Christmas," / "Deb and Kit"
    if not (closed or wished or TERMINAL.search(above)):
        return ()
    if comma and not is_body_name(body):
        return ()
    names = tuple(_AND.split(given.strip()))
    if len(names) > 2 or not all(name.isalpha() and name[0].isupper() for name in names):
        return ()
    known = sum(name.lower() in GIVEN_NAMES for name in names)
    if comma and known and (known == len(names) or _signs_as_a_pair(names, body)):
        return names  # the names with their shop's or their group's: a signature, whatever the sentence over it
    if comma and not known and _thanks_from_a_pair(names, body, above, texts):
        return names  # "Thanks for your custom this year." / "Col and Tam, Brae Croft Yurts"
    if comma or known < len(names):
        return ()
    greeted = any(is_greeting(text) for text in texts[:LETTER_HEAD_LINES])
    return names if greeted or closed or _THANKS_LAST.search(above) else ()

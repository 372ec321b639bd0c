"""Forms of records run into prose (a chart's labels, a results line's items and verbs, a list's letters after a stop,
a chat log's lines, a company's suffixes in a row), which segment.py asks about before it cuts a sentence."""

from __future__ import annotations

from narrator.speech.normalise.deferred import compiled
from narrator.speech.run_in_items import numbered_heading

_ROMAN = compiled(r"[IVXLC]+")

# A clinical letter's labels opening their line ("Dx. Community-acquired pneumonia", "Hx. Asthma", "Imp. Viral
# labyrinthitis", "Rx. Prednisolone 40 mg"): the label heads what follows, as "Item 4." heads its item, and cut there it
# was read alone as a sentence ("D x."). Only where the label opens the piece: "Review the Hx. Then call" ends.
CHART_LABELS = frozenset({"Dx", "DDx", "Ddx", "Hx", "PMHx", "DHx", "SHx", "FHx", "Rx", "Ix", "Tx", "Sx", "Mx", "Imp"})
# A results line's verbs, written small with their stop before the loser's name ("Djokovic bt. Alcaraz", "Gauff def.
# Sabalenka"): capitalised "BT." is a company's, and before a word that opens a sentence they end it ("That's def. The
# best").
RESULT_VERBS = frozenset({"bt", "def"})
# Capitalised short forms before a number that a record writes ("Min. 23/41" in minutes, "Att. 73,500" under a score,
# a cricket side's "Ind. 287/6" and "Aus. 270"): cut there, the number was read as a sentence of its own.
LABELS_BEFORE_NUMBER = frozenset({"Att", "Ind", "Aus", "Pak", "Ban", "Afg", "Zim", "Ire", "Sco", "Neth", "Eng"})
# "Min." is also a given name ("I called Min. 3 of us went"): a minute's reference has its parts ("23/41", "12.3").
MINUTE = "Min"
_MINUTE_REFERENCE = compiled(r"\s+\d{1,4}[/.]\d")
# A patent's, an application's or a register's short form before its number's "No." ("U.S. Pat. No. 7,654,321", "Appl.
# No. 12/345", "Reg. No. 4"): "Pat" is a given name too ("I called Pat. No one answered"), so only before "No." and a
# digit. A letter's invoice, account, order, certificate, policy and catalogue too ("(Inv. No. 3321)", "Acct. No. 55",
# "Cat. No. 12"), where "Inv." was cut off alone inside its bracket.
FILING_SHORT = frozenset({"Pat", "Appl", "App", "Ser", "Reg", "Pub", "Inv", "Acct", "Ord", "Cert", "Pol", "Cat"})
_NUMBER_AFTER_NO = compiled(r"\s+Nos?\.\s?\d")
# A run of them before the number's "No." ("U.S. Pat. App. Pub. No. 2019/0123456"): each holds on to the next.
_RUN_TO_NUMBER = compiled(r"(?:\s+[A-Z][a-z]{1,4}\.){1,3}\s+Nos?\.\s?\d")
# A company's trailing suffix never opens a sentence: a stop before it ends nothing ("Redwood Pty. Ltd.", "Grant Bros.
# Inc."). Not "AG" or "SA" (an attorney general, a country).
TRAILING_SUFFIXES = frozenset({"Ltd", "Inc", "LLC", "LLP", "KG", "GmbH", "Plc", "PLC", "Limited", "Pty", "Corp"})
# The company named again after its suffix opens a new sentence ("Its parent is Orbis Inc. Orbis is based in
# Delaware"): no company is called "Orbis Inc. Orbis", where a title or a name after the suffix goes on ("Acme Inc.
# Chief Executive Jane Roe").
_NAME_CHARS = 40
# A catalogue's short form before its numeral or number ("Hob. XVI:52", Haydn's works in Hoboken's catalogue): cut
# there, the number was read alone. Capitalised only: a kitchen's "hob." ends sentences ("on the hob. 5 minutes later").
CATALOGUES = frozenset({"Hob"})
# A verb after a name (regular or among the common irregular ones), which shows the name opens a sentence ("by Lee et
# al. Kim found the same"): a journal's title is followed by its volume, a year or a bracket.
_VERB_AFTER = compiled(r"\s+(?:[a-z]{2,}ed|is|are|was|were|has|had|found|made|took|gave|saw|wrote|said|says|showed|"
                       r"shows|finds|reports|argues|notes|suggests)\b")
# A century's short form before its era ("7th cent. AD", "3rd cent. BC"), which goes on with it.
CENTURY = frozenset({"cent", "cents"})
ERAS_AFTER = frozenset({"AD", "BC", "BCE", "CE"})
# A duration written small after its amount ("1 hr.", "2 hrs.", "20 min."): it ends a sentence before a capital as a
# measure does ("Chill for at least 1 hr. Slice thinly"; German "Hr." is "Herr" only capitalised) and holds on to the
# duration's next part ("2 hrs. 30 mins").
DURATIONS = frozenset({"hr", "hrs", "min", "mins"})
_DURATION_PART = compiled(r"\s+\d{1,2}\s?(?:mins?|minutes|secs?|seconds)\b")
# A German doctor's faculty after "Dr." ("Dr. med. Hoffmann", "Dr. rer. nat. Maier"), which goes on to the name.
_FACULTIES = frozenset({"med", "rer", "nat", "phil", "jur", "dent", "vet", "theol", "habil", "oec", "pol", "techn"})
_DOCTOR_AND_FACULTY = compiled(r"\bDr\.\s(?:[a-z]{2,6}\.\s)?[a-z]{2,6}\.$")
# An item of a numbered run inside one sentence ("Men's 100m: 1. Lyles 9.79, 2. Thompson 9.81, 3. Kerley"): after a
# comma or a semicolon, where the item before it was numbered one less, the number opens the next item, no sentence.
_RUN_ITEM = compiled(r"[,;]\s+(\d{1,2})\.$")
_RUN_CHARS = 120
# A list's letter or small numeral after a sentence's stop, before its item in capitals ("Two rules apply. a. Arrive on
# time. b. Bring ID.", "remain. i. Paint the hall. ii. Fix the gate."): the item opens a sentence and its own stop ends
# nothing. Small letters only (a capital "A." is an initial or a transcript's answer).
_ITEM_LETTER = compiled(r"[a-h]|[ivx]{1,4}")
_ITEM_TITLE = compiled(r"\.\s+[A-Z]")
# A chat log's lines, each opened by its time in brackets or its speaker's nick in angle brackets ("[09:14] anna:
# morning all [09:15] ben: hi!", "<dan> anyone here? <eve> yep."), or by a speaker's label in small letters ("ben: did
# you see it? anna: yes."): a line need not end in a mark, and a label in small letters opens no sentence to the
# rules, so the lines ran on into one. Only in a block that opens with such a line.
_LINE_OPENS = {"[": compiled(r"\[\d{1,2}:\d\d(?::\d\d)?\]\s"), "<": compiled(r"<[\w.-]{1,20}>\s")}
_LINE_SPLITS = {"[": compiled(r"\s+(?=\[\d{1,2}:\d\d(?::\d\d)?\]\s)"), "<": compiled(r"\s+(?=<[\w.-]{1,20}>\s)")}
_SMALL_LABEL = compiled(r"[a-z][\w.-]{0,19}:\s")
_SMALL_LABEL_SPLIT = compiled(r"(?<=[.!?])\s+(?=[a-z][\w.-]{0,19}:\s)")
# A chat's line in small letters after a mark, in a block opened by a speaker's label in capitals ("Anna: did you see
# it? ben: yes. Anna: ok."): the small line is no sentence to the rules (a mark before a small word ends nothing in
# mixed text) and ran on into the line before. Only after a word of two letters or more and its mark, so that a short
# form's stop ("e.g. re: the rent") opens no line.
_NAME_LABEL = compiled(r"[A-Z][\w.-]{0,19}:\s")
_MIXED_LABEL_SPLIT = compiled(r"(?<=\w\w[.!?])\s+(?=[a-z][\w.-]{0,19}:\s)")
# A list's items numbered with a bracket and run into one block with no mark between them ("1) Clean the surface 2)
# Apply the primer 3) Let it dry"): each item is a sentence, as a bullet's is, where they ran on as one. Only where
# the block opens with the first item and each item's number is one more than the last's, before a capital.
_NUMBERED_SPLIT = compiled(r"\s+(?=\d{1,2}\)\s+[A-Z])")


def is_chart_label(text: str, start: int, stop: int) -> bool:
    """Whether the stop at `stop` follows a clinical label that opens the piece ("Dx. Community-acquired")."""
    return text[start:stop].strip() in CHART_LABELS


def names_company_again(text: str, token_start: int, next_word: str) -> bool:
    """Whether the word after a company's suffix repeats a word of the name before it ("Orbis Inc. Orbis is")."""
    return next_word[:1].isupper() and next_word in text[max(0, token_start - _NAME_CHARS):token_start].split()


def verb_follows(text: str, after: int) -> bool:
    """Whether a verb follows the word ending at `after` ("Kim found")."""
    return _VERB_AFTER.match(text, after) is not None


def duration_part_follows(text: str, end: int) -> bool:
    """Whether a duration's next part follows its hours ("2 hrs. 30 mins")."""
    return _DURATION_PART.match(text, end) is not None


def after_doctor(text: str, token: str, end: int) -> bool:
    """Whether the short form ending at `end` is a German doctor's faculty after "Dr." ("Dr. med.")."""
    return token in _FACULTIES and _DOCTOR_AND_FACULTY.search(text, max(0, end - 20), end) is not None


def in_item_run(text: str, end: int) -> bool:
    """Whether the number ending at `end` opens the next item of a run inside its sentence (", 2. Thompson")."""
    item = _RUN_ITEM.search(text, max(0, end - 8), end)
    if item is None or int(item.group(1)) < 2:
        return False
    before = text.rfind(f"{int(item.group(1)) - 1}. ", max(0, end - _RUN_CHARS), item.start())
    return before >= 0 and (before == 0 or text[before - 1] in " (:")


def opens_item(text: str, word_start: int, next_word: str) -> bool:
    """Whether the small word after a stop is a list's letter or numeral before its item ("apply. a. Arrive")."""
    return _ITEM_LETTER.fullmatch(next_word) is not None \
        and _ITEM_TITLE.match(text, word_start + len(next_word)) is not None


def is_item_letter(text: str, start: int, stop: int) -> bool:
    """Whether the stop at `stop` follows a list's small letter or numeral that opens the piece ("a. Arrive")."""
    return _ITEM_LETTER.fullmatch(text[start:stop].strip()) is not None


def run_in_lines(text: str) -> list[str] | None:
    """A chat log's lines or a list's numbered items run into one block, split before each line's time, nick or
    label or each item's number, or None. Asked of every block: one look at its first character, and a colon's."""
    opener = text[:1]
    if opener in _LINE_OPENS:
        if _LINE_OPENS[opener].match(text) is None:
            return None
        lines = _LINE_SPLITS[opener].split(text)
    elif opener.islower() and _SMALL_LABEL.match(text) is not None:
        lines = _SMALL_LABEL_SPLIT.split(text)
    elif opener.isdigit():
        # "1) Clean 2) Apply", or a report's numbered heading run into its text ("2. Methods We surveyed")
        return (_numbered_items(text) if opener == "1" else None) or numbered_heading(text)
    elif ":" in text and opener.isupper() and _NAME_LABEL.match(text) is not None:
        lines = _MIXED_LABEL_SPLIT.split(text)
    else:
        return None
    return lines if len(lines) > 1 else None


def _numbered_items(text: str) -> list[str] | None:
    """A list's items numbered "1)", "2)" run into one block without marks, split before each number, or None."""
    if not text.startswith("1) ") or " 2) " not in text:
        return None
    items = _NUMBERED_SPLIT.split(text)
    if len(items) < 2 or any(not item.startswith(f"{number}) ") for number, item in enumerate(items, 1)):
        return None
    return items


# The short forms above that hold on to what follows them, in one set: most stops cost one look.
RECORD_WORDS = CATALOGUES | RESULT_VERBS | _FACULTIES | LABELS_BEFORE_NUMBER | {MINUTE} | FILING_SHORT | CENTURY \
    | DURATIONS


def holds_on(text: str, end: int, word: str, next_word: str, opens: bool) -> bool:
    """Whether a record's short form (`word`, its stop ending at `end`) holds on to what follows it: a catalogue's
    number ("Hob. XVI:52"), a result's loser ("bt. Alcaraz"), a label's number ("Att. 73,500", "Min. 23/41", "Pat. No.
    7"), a company's next suffix ("Pty. Ltd."), a century's era ("7th cent. AD") or the name after a doctor's faculty
    ("Dr. med. Hoffmann"); `opens` tells whether the next word opens sentences ("The")."""
    if word in CATALOGUES:
        return next_word[:1].isdigit() or _ROMAN.fullmatch(next_word) is not None
    if word in RESULT_VERBS or after_doctor(text, word, end):
        return next_word[:1].isupper() and not opens
    if word in LABELS_BEFORE_NUMBER:
        return next_word[:1].isdigit()
    if word == MINUTE:
        return _MINUTE_REFERENCE.match(text, end) is not None
    if next_word in TRAILING_SUFFIXES:
        return word[:1].isupper()
    if word in FILING_SHORT:
        if next_word in FILING_SHORT:
            return _RUN_TO_NUMBER.match(text, end) is not None  # "Pat. App. Pub. No. 2019"
        return next_word[:1] == "N" and _NUMBER_AFTER_NO.match(text, end) is not None
    return word in CENTURY and next_word in ERAS_AFTER

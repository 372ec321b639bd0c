"""The short forms of the notices a paper prints in columns of their own, said as a reader says them: church notices'
styles ("The Ven.", "Rt Revd", "Ps 23", "St Mary w. St John"), a wine list's "Ch. Margaux" and "1er Cru", a results
table's "Rd. 7" and an athlete's "(CAN)", a tide table's "HW 06:14" and a shipping report's "occ.", an election's
"Con hold" and "(Lab)"."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CLASHING_OLYMPIC_CODES, CRU_RANKS, PARTY_NAMES, TIDE_WATERS
from narrator.speech.normalise.util import among_words, first_letters, near
from narrator.speech.normalise.vocabulary import is_common_word

# "The Ven. Sarah Hall", "the Ven Dr Tom Ash": an archdeacon's style after "the" and before a name.
_VENERABLE = compiled(r"(?<=\b[Tt]he )Ven\.?\s(?=(?:Dr\.?\s|Canon\s)?[A-Z][a-z])")
# "The Rt Revd Anne Cole": a bishop's "Right" written without its stop (citations.py reads "Rt." with its stop, and
# words.py the counsellor's "Rt Hon").
_RIGHT = compiled(r"\bRt\s(?=(?:Revd|Rev)\b)")
# "Ch. Margaux", "Ch. d'Yquem": a château before its name; before a number, written or in words ("Ch. 5", "Ch.
# One"), "Ch." is a chapter, and before a police rank a chief's ("Ch. Supt. Ann Lee"), which are left.
_CHATEAU = compiled(r"(?<![\w.])Ch\.\s(?=(?:d['’])?[A-Z][a-z])(?!(?:Supt|Insp|Const|Sgt|Eng|Exec|Off|Ch|One|Two"
                    r"|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty)\b)")
# ... but a show animal's title where the sentence speaks of animals shown or bred: "a standard poodle, Ch. Tallis
# Moonlight", "sired by Ch. Blue Fox" (a champion's; "Chateau" it was).
_SHOW_ANIMAL = compiled(r"\b(?:dogs?|bitch(?:es)?|pupp(?:y|ies)|breed(?:s|ers?)?|poodles?|terriers?|spaniels?"
                        r"|retrievers?|hounds?|collies?|kennels?|pedigrees?|sire[sd]?|Crufts|cats?|stallions?|mares?)\b")
# "on Ch. 14", "VHF Ch. 16": a radio's or a set's channel after "on" or "VHF"; a book's chapter is "in Ch. 14".
_CHANNEL = compiled(r"(?:(?<=\bon )|(?<=\bVHF ))Ch\.\s?(?=\d{1,3}\b)")
# "shining at mag. -2.9", "a mag. 4.5 star": a star's magnitude before a signed or decimal figure; "Time mag." and
# "a mag. 3 issue" (a magazine's number) have neither.
_MAGNITUDE = compiled(r"(?<![\w.])mag\.\s?(?=[-−+]\d|\d{1,2}\.\d)")
# "Rd. 7: Hale beat Moss", "Rd. 12 results": a round's number opening a results line, before its colon or a word of
# results; after a name "Smith Rd." is a road, and so is "Rd. 7 is closed".
# "Rd 14: Fri 7.45pm Saints v Sale": a fixture list writes it without its stop too.
_ROUND = compiled(r"^Rd\.?\s(?=\d{1,2}(?::|\s(?:results|fixtures|draw|scores|games|matches|pairings|standings)\b))")
# "Gardeners' World, 8.30pm (R).", "BBC Four, 9pm (S)": a listing's marks of a repeat and of subtitles, closing
# a programme's item after its slot or its channel; "Sen. Ortiz (R) voted" (a party) has neither before it and goes on.
_LISTING_MARK = compiled(r"(?<=\s)\(([RS])\)(?=[.,;]|$)")
_LISTING_BEFORE = compiled(r"\d\s?[ap]m\b|\b(?:BBC|ITV\d?|Channel \d|Radio \d|Sky|S4C|E4|More4|Film4)\b")
_LISTING_MARKS = {"R": "(repeat)", "S": "(subtitled)"}
# a roll call's party after a name, where a time may stand too ("At 9pm the vote went to Ortiz (R)")
_ROLL_CALL_TALK = compiled(r"\b(?:Sen|Rep|Gov|Senators?|Representatives?|Congress\w*|votes?|voted|GOP"
                           r"|Republicans?|Democrats?|party)\b")
# "Ps 23", "Pss 120-134": a psalm's number in a notice of readings (with its stop citations.py reads it).
_PSALM = compiled(r"(?<![\w.])(Pss?)\s(?=\d{1,3}\b)")
# "St Mary w. St John": a united parish's "with" between two saints' names.
_WITH = compiled(r"(?<=[a-z] )w\.\s(?=St\.?\s[A-Z])")
# "occ. poor later": a forecast's "occasionally" before its word.
_OCCASIONALLY = compiled(r"(?<![\w.])occ\.\s(?=[a-z])")
# "HW 06:14", "LW springs", "either side of HW", "Next HW Avonmouth 19:47": high and low water before a time (a port
# between), before springs or neaps, or after "of": "HW" alone may be a hardware's or a housework's.
# A dotted time after them is the tide's ("HW Dover 11.02", a colon for the clock's rule).
# "HW Portsmouth is at 11:02" (the port, then its verb), and "anchor at LW", "dry until HW": after a
# preposition of time as after "of".
_WATER = compiled(r"\b(HW|LW)\b(?:(\s(?:[A-Z][a-z]+\s)?(?:(?:is|was|will be)\s)?(?:at\s)?\d{1,2})[:.]([0-5]\d)\b"
                  r"|(?=\s(?:springs|neaps)\b))"
                  r"|(?:(?<=\bof )|(?<=\bat )|(?<=\bbefore )|(?<=\bafter )|(?<=\buntil )|(?<=\btill )|(?<=\bnear )"
                  r"|(?<=\baround ))(HW|LW)\b(?![\w'’-]|\s[A-Z][a-z])")  # "at HW Fisher": a firm's name
# "(b. Cork 1901)": born in a place, then the year (citations and dates read "b. 1901" with no place between).
_BORN_IN = compiled(r"(?<=\()b\.\s(?=[A-Z][a-z]+,?\s\d{4}\b)")
# "Chablis 1er Cru", "4ème Cru Classé": a growth's rank before "Cru", said in French.
_CRU = compiled(r"(?<![\w.])([1-5])(?:er|e|ème|eme)\s(?=Cru\b)")
# A party's short name where an election's result shows it: before "hold" or "gain", after "gain from" and in a
# swing's "from Lab to Con", in brackets after a candidate ("Smith (Lab)"), before a count of seats ("Con 312 (-53)").
# "Con" and "Lab" are words and rooms elsewhere ("Lab 3"), so a sign of a result must stand in the sentence.
_PARTY = "|".join(PARTY_NAMES)
_PARTY_AFTER = r"(?=[.,;:)]|\s(?:to|on|by|in|with|at|from)\b|$)"  # "gain from Con on a swing", never "from Lab tests"
# Before "maj." or "majority" and a number, opening a result ("Lab maj. 3,117", "Result: Con majority 412").
_PARTY_SAID = compiled(rf"(?:^|(?<=[:;,(] ))({_PARTY})(?=\s(?:hold|gain)\b|\s(?:maj\.?|majority)\s\d)"
                       rf"|(?<=\bfrom )({_PARTY}){_PARTY_AFTER}"
                       rf"|(?<=\bto )({_PARTY}){_PARTY_AFTER}"
                       rf"|(?<=\()({_PARTY})(?=\))|\b({_PARTY})(?=\s\d[\d,]*\s\()|(?<=% )({_PARTY})(?=\sto\b)")
# A swing's pair, "from Con to Lab", both parties said whatever follows ("would be needed", "of 6.2%"), but not
# rooms ("from Lab 2 to Lab 4").
_PARTY_PAIR = compiled(rf"\bfrom ({_PARTY}) to ({_PARTY})\b(?![\w'’-]|\s?\d)")
# "Con 23, Lab 19, LD 8, Ind 2": a council's or a count's tally, each party's short name before its seats and a comma,
# a semicolon, "and" or the sentence's end; said in full where two parties at least are tallied ("Lab 3" alone is a
# room, and "Lab 3, Lab 4" two rooms).
# A tally or a poll names the newer parties short too ("YouGov: Con 21, Lab 41, Ref 19"), only beside the others.
_TALLIED_PARTIES = {**PARTY_NAMES, "Ref": "Reform", "Grn": "Green"}
_PARTY_TALLY = compiled(rf"\b({'|'.join(_TALLIED_PARTIES)})(?=\s\d{{1,3}}(?:[,;]|\.?\s*$|\.\s|\sand\s))")
_PARTY_RUNS = first_letters(PARTY_NAMES)
# "batch code 5123A", "lot codes 2417B through 2423B", "Serial number: 30418": a recall's or a maker's code after the
# word that labels it, three digits or more and a letter or two maybe, said a digit at a time ("five thousand one
# hundred and twenty three Eh" it was); "Lot 24" at an auction and "batch number 3" are counted still.
_CODE_WORDS = ("batch", "Batch", "lot", "Lot", "serial", "Serial", "product", "Product")
_CODE = r"\d{3,10}[A-Z]{0,2}(?![\w.,/-]\w|['’-])"
_LABELLED_CODES = compiled(rf"\b(?:{'|'.join(_CODE_WORDS)})\s(?:codes?|numbers?)(?:\s(?:is|are))?:?\s"
                           rf"{_CODE}(?:(?:,\s|\s(?:to|through|and|or)\s|\s?[-–]\s?){_CODE})*")
_CODE_IN_LABEL = compiled(_CODE)
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_RESULT_SIGN = compiled(rf"\b(?i:hold|gain|swing|majority|maj|seats|votes|turnout|elected|ward)\b|\((?:{_PARTY})\)\s\d")


# "Jenna Cole (CAN) set a world record", "Ravi Rao (IND) took bronze": a results table's country code that is also
# a word, a zone or an initialism (capitals.py reads the others) is the athlete's country only where all of these show
# it: a name of two capitalised words that are no common words just before the bracket (no "9am (EST)"), their
# initials not the code's ("Citizens Advice Network (CAN)"), talk of a contest near and none of a vote ("John Hale
# (IND) won the ward": an independent).
_CLASHING_CODE = compiled(r"(?<=[a-z] \()([A-Z]{3})(?=\))")
_ATHLETE_BEFORE = compiled(r"(?<![\w'’-])([A-Z])([a-z'’-]+) ([A-Z])([a-z'’-]+) \($")
_CAPITALISED_BEFORE = compiled(r"(?:[A-Z][\w'’-]* ){1,3}\($")  # the capitalised words a bracket may spell
_CONTEST_TALK = compiled(r"\b(?:gold|silver|bronze|medals?|medallists?|records?|sprint|race|heats?|final|finished"
                         r"|finishes|leads|led|won|wins|beat|places?|podium|champion|championships?|Olympics?|Games"
                         r"|seconds|metres|meters|round|rounds|event|stage|lap|relay|marathon)\b")
_VOTE_TALK = compiled(r"\b(?i:votes?|voted|ward|seat|council|councillors?|elected|election|candidates?|ballot"
                      r"|majority|hold|gain|poll)\b")
_FIRST_LOOK = first_letters([*PARTY_NAMES, *TIDE_WATERS, *CLASHING_OLYMPIC_CODES, "Ven", "Rt", "Ch", "Rd", "Ps",
                             "Pss", "w", "occ", "Cru", "b", "mag"])


def _labelled_codes(match: re.Match[str]) -> str:
    """"batch code 5123A" -> "batch code five one two three A"."""
    return _CODE_IN_LABEL.sub(lambda code: " ".join(
        _DIGIT_WORDS[int(c)] if c.isdigit() else c for c in code.group(0)), match.group(0))


def _party(match: re.Match[str]) -> str:
    """A party's short name said in full."""
    return PARTY_NAMES[next(group for group in match.groups() if group)]


def _water(match: re.Match[str]) -> str:
    """"HW 06.14" -> "high water 06:14"."""
    said = TIDE_WATERS[match.group(1) or match.group(4)]
    return f"{said}{match.group(2)}:{match.group(3)}" if match.group(2) else said


def _clashing_code(match: re.Match[str]) -> str:
    """"Jenna Cole (CAN)" -> "Jenna Cole (Canada)" where the sentence is plainly about a contest."""
    country = CLASHING_OLYMPIC_CODES.get(match.group(1))
    name = _ATHLETE_BEFORE.search(match.string, max(0, match.start() - 60), match.start())
    capitals = _CAPITALISED_BEFORE.search(match.string, max(0, match.start() - 80), match.start())
    initials = "".join(word[0] for word in capitals.group(0).split()) if capitals else ""
    if (country is None or name is None or initials[-3:] == match.group(1) or initials[-2:] == match.group(1)[:2]
            or any(is_common_word(name.group(i) + name.group(i + 1)) for i in (1, 3))
            or not near(_CONTEST_TALK, match, 120) or near(_VOTE_TALK, match, 120)):
        return match.group(0)
    return country


def _listing_mark(match: re.Match[str]) -> str:
    """"(R)" -> "(repeat)", "(S)" -> "(subtitled)" after a programme's slot or channel in the sentence."""
    before = _LISTING_BEFORE.search(match.string, max(0, match.start() - 60), match.start())
    return _LISTING_MARKS[match.group(1)] if before and not near(_ROLL_CALL_TALK, match, 80) else match.group(0)


def labelled_codes(text: str) -> str:
    """"batch code 5123A" -> "batch code five one two three A". Its caller's first looks (en.py): three digits in a
    row in util.char_classes, then "code" or "umber" (a set look at the label's words would put "lot" and "number",
    common words, among the words every set look asks about)."""
    return _LABELLED_CODES.sub(_labelled_codes, text)


# The words short_forms looks for first, asked too by citations' shared look before it is called.
SHORT_FORM_RUNS = _FIRST_LOOK


def short_forms(text: str) -> str:
    """Say the short forms of church, wine, results, tide and election notices where their column shows."""
    # one look at the text's runs of letters (util.letter_words, kept for the next rule that looks at this very text,
    # as the short forms' rules after this one do) before the substring looks
    if ")" in text and ("(R)" in text or "(S)" in text):
        text = _LISTING_MARK.sub(_listing_mark, text)
    if not among_words(_FIRST_LOOK, text):
        return text
    if "Ven" in text:
        text = _VENERABLE.sub("Venerable ", text)
    if "Rt " in text:
        text = _RIGHT.sub("Right ", text)
    if "Ch. " in text:
        title = "Champion " if _SHOW_ANIMAL.search(text) else "Chateau "
        text = _CHANNEL.sub("channel ", _CHATEAU.sub(title, text))
    if "mag." in text:
        text = _MAGNITUDE.sub("magnitude ", text)
    if text.startswith(("Rd. ", "Rd ")):
        text = _ROUND.sub("Round ", text)
    if "Ps" in text:
        text = _PSALM.sub(lambda m: "Psalms " if m.group(1) == "Pss" else "Psalm ", text)
    if " w. " in text:
        text = _WITH.sub("with ", text)
    if "occ. " in text:
        text = _OCCASIONALLY.sub("occasionally ", text)
    if "HW" in text or "LW" in text:
        text = _WATER.sub(_water, text)
    if "(b. " in text:
        text = _BORN_IN.sub("born ", text)
    if "Cru" in text:
        text = _CRU.sub(lambda m: CRU_RANKS[m.group(1)] + " ", text)
    if " (" in text and ")" in text:
        text = _CLASHING_CODE.sub(_clashing_code, text)
    if _RESULT_SIGN.search(text):
        if "from " in text:
            text = _PARTY_PAIR.sub(lambda m: f"from {PARTY_NAMES[m.group(1)]} to {PARTY_NAMES[m.group(2)]}", text)
        text = _PARTY_SAID.sub(_party, text)
    if among_words(_PARTY_RUNS, text) and len({party.group(1) for party in _PARTY_TALLY.finditer(text)}) > 1:
        text = _PARTY_TALLY.sub(lambda m: _TALLIED_PARTIES[m.group(1)], text)
    return text

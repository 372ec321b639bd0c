"""Scholarship's, law's and old letters' short forms said as a reader says them: a label before its number ("n. 12",
"bk. 2", "r. 3.4", "Sc. 3", "Chap. IV", "MS. 42"), a manuscript ("the MSS. were sold"), a credit ("ed. Anne Bell",
"trans. Robert Fagles", "a revised ed."), "temp. Henry VIII", a letter's "Yr. affect. brother", a
reference work's "lit." and "(pl. oxen)", a baronet's "Bart.", "Python v. 3", "Fed. R. Civ. P." and "para. [45]"; and
the marks a reader skips: footnote and citation marks ("[1]", "[citation needed]", "seconds.23 If"), a transcript's
stage directions ("[Applause]") and a quote's edit marks ("[T]he")."""

from __future__ import annotations

import re

from narrator.speech.normalise import notices, records
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BIBLE_BOOK_NAMES,
    BIBLE_BOOKS,
    CONTAINER_IMAGES,
    CURRENCIES,
    FILE_EXTENSIONS,
    STAGE_DIRECTION_LEADS,
    STAGE_DIRECTION_TAILS,
    STAGE_DIRECTIONS,
)
from narrator.speech.normalise.util import (
    among_words,
    char_classes,
    first_letters,
    has_digit,
    near,
    sentence_stop,
    word_set,
)

# A label before its number. Each is a letter or two that stands for a word only with its stop and a number after:
# "n. 12" a note, "l. 4" a line (not after a number: "2 l." is litres), "r. 3.4" a rule (a year after it is a reign,
# "r. 1509", read with a life's dates), "MS. 42" a manuscript. A chapter and a scene are numbered in Roman numerals
# too ("Chap. IV", "Sc. ii"); "B.Sc." is a degree (no stop or letter before the label).
LABELS = {"Chap": "Chapter", "chap": "chapter", "Sc": "Scene", "sc": "scene", "bk": "book", "Bk": "Book",
          "bks": "books", "n": "note", "nn": "notes", "l": "line", "ll": "lines", "r": "rule", "rr": "rules",
          "MS": "manuscript", "MSS": "manuscripts"}
_LABEL = compiled(
    r"(?<![\w.])(?:(Chap|chap|Sc|sc)\.\s?(?=\d|(?:[IVXLC]+|[ivxlc]+)\b)|(bks?|Bk|nn?|MSS?)\.\s?(?=\d)"
    r"|(?<!\d )(ll?)\.\s?(?=\d)|(rr?)\.\s?(?=\d{1,2}(?:\.\d+)*(?!\d|\.\d)))")
# "MS." and "MSS." with their stop inside a sentence (a small word or a mark after them) are manuscripts; the
# illness, "She has MS. Her doctor...", ends its sentence there, and "MS" without a stop is left to the capitals.
_MANUSCRIPT = compiled(r"(?<![\w.])(MSS?)\.(?=\s+[a-z]|[,;:)])")
# Who edited or translated a work, before their name or a language: "Diaries, ed. Anne Bell", "trans. Robert Fagles",
# "trans. from the German"; an edition after the word that says which ("a revised ed.", "the sixth ed.").
_EDITED_BY = compiled(r"(?:(?<=, )|(?<=\()|(?<=; ))ed\.(?=\s[A-Z])")
_TRANSLATED = compiled(r"(?<![\w.])trans\.(?=\s(?:[A-Z]|(from|into|by)\b))")
# who arranged a piece, before "by" or "for", or after a comma or a bracket before a name ("a tune arr. by R.
# Vaughan Williams", "Bach, arr. P. Moore", "(arr. for organ)"): "arrival" it was, a timetable's ("arr. 11:40", "arr.
# York 10:15", which no name of two words follows).
_ARRANGED = compiled(r"(?<![\w.])arr\.(?=\s(for|by)\b)"
                     r"|(?:(?<=, )|(?<=\())arr\.(?=\s[A-Z](?:\.|[a-z]+)\s[A-Z][a-z]+\b(?!\s\d))")
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|revised|new"
                  "|enlarged|expanded|corrected|critical|popular|later|earlier|latest|same|American|English|British")
_EDITION = compiled(rf"\b((?i:{_ORDINAL_WORDS}) )edn?\.(?=[\s,;:)]|$)")
# an edition's revision after it, as a bookseller's catalogue writes it ("3rd ed., rev.", "2nd ed. rev."):
# "revised" ("edition, rev." it was; before its edition "rev. ed." is words.py's).
_REVISED = compiled(r"(?:(?<=\bed\. )|(?<=\bed\., )|(?<=\bedn\. )|(?<=\bedn\., )|(?<=\bedition )|(?<=\bedition, ))"
                    r"rev\.(?=[\s,;:)]|$)(?!\s\d{1,2}\b)")  # "rev. 2" is a revision's number
# "temp. Henry VIII": in a king's time (a record's date); before a number "temp." is a temperature (below). After
# "from" the time is enough ("dates from the time of Edward the First").
_IN_THE_TIME_OF = compiled(r"(?<![\w.])temp\.\s(?=[A-Z][a-z]+\.?\s[IVX]+\b)")
# "the temp. outside was -4°C", "water temp. 14°C": before a word in lower case or a number, in a sentence that gives
# degrees, "temp." is the temperature ("temp." the voice said); "a temp. job" or "a temp." gives none, and is left, as
# is "temp." before what is temporary ("the temp. staff", "temp. lights") where the sentence gives degrees.
_TEMPERATURE = compiled(r"(?<![\w.])([Tt])emp\.(?=\s(?:[a-z]|[-−–]?\d))(?!\s(?:staff|jobs?|work|workers?|contracts?"
                        r"|agency|roles?|posts?|closures?|lights|licen[cs]es?|accommodation)\b)")
_DEGREES_GIVEN = compiled(r"\d\s?°|\d\s?[CF]\b|\bdegrees\b")
# A letter's closing: "Yr." before a letter's words (elsewhere "Yr. 10" is a school year), "affect." before a kin.
_LETTER_YOUR = compiled(r"\bYr\.(?=\s(?:obt|obedt|obdt|obedient|affect|affectionate|affecte|most|very|humble|faithful"
                        r"|sincere|loving|dutiful|devoted|friend|servt|servant|son|daughter|brother|sister)\b)")
_AFFECTIONATE = compiled(r"\baffect\.(?=\s(?:brother|sister|son|daughter|friend|servant|servt|cousin|nephew|niece"
                         r"|father|mother|uncle|aunt|wife|husband)\b)")
# A reference work's "lit." before what a word literally says, and "(pl. oxen)", "(sing. ox)" before a form:
# after a comma or a bracket only ("the lamp was lit." ends a sentence).
_LITERALLY = compiled(r"(?:(?<=, )|(?<=\()|(?<=; ))lit\.(?=\s[\"“'‘a-z])")
_NUMBER_FORM = compiled(r"(?<=\()(pl|sing)\.(?=\s[a-z])")
_NUMBER_FORMS = {"pl": "plural", "sing": "singular"}
# "Sir John Soane, Bart.": a baronet after his name (before a name "Bart." is Bartholomew).
_BARONET = compiled(r"(?<=, )Bart\.(?=[,;)]|\s+[a-z]|\s*$)")
# "The Rt. Hon. William Pitt", "the Rt. Revd. John Smith": a privy counsellor's and a bishop's style ("Hon." alone is
# read with the titles, in American spelling).
_RIGHT = compiled(r"\bRt\.\s(?=(Hon|Revd|Rev)\.\s[A-Z])")
_STYLES = {"Hon": "Honourable", "Revd": "Reverend", "Rev": "Reverend"}
_STYLED = compiled(r"\b(?<=Right )(Hon|Revd|Rev)\.")
# "Python v. 3", "v. 2.1": a version before a small number that no capital follows; a law case's "v." is between
# parties, and a party that starts with a number is a name ("Jones v. 3M Co.") or a thing ("v. 434 Main Street").
_VERSION = compiled(r"(?<=[A-Za-z] )v\.\s?(?=\d{1,2}(?:\.\d+)*(?![\w.]|\.\d)(?!\s+[A-Z]))")
# "Chapter 3, vv. 16-18", "Psalm 23, v. 4", "Luke 15, v. 11": a verse, or verses, before its number where a chapter,
# a psalm or a book of the Bible before its chapter is near ("version twelve" and "vv. sixteen" they were); "v. 12"
# in software text stays a version.
_VERSE = compiled(r"(v(?<![\w.]v)v?)\.\s?(?=\d)")  # led by its "v": scanned for in C
_SCRIPTURE_NEAR = compiled(
    r"\b(?:[Cc]hapters?\b|[Cc]hs?\.|PSALM|[Pp]salm|[Vv]erses?\b|[Bb]ook of\b"
    r"|(?:" + "|".join(sorted([*BIBLE_BOOK_NAMES, *BIBLE_BOOKS], key=len, reverse=True)) + r")\.?\s\d)")
# American federal rules, cited by their short titles.
FEDERAL_RULES = {"Fed. R. Civ. P.": "Federal Rule of Civil Procedure",
                 "Fed. R. Crim. P.": "Federal Rule of Criminal Procedure",
                 "Fed. R. App. P.": "Federal Rule of Appellate Procedure",
                 "Fed. R. Evid.": "Federal Rule of Evidence"}
_FEDERAL_RULE = compiled("|".join(re.escape(form) for form in FEDERAL_RULES))
# A judgment's paragraph in square brackets ("para. [45]"): the number, which the footnotes' rule would drop.
_BRACKETED_PARAGRAPH = compiled(r"\b([Pp]aras?\.?\s?)\[(\d+(?:\s?[-–,]\s?\d+)*)\]")
# "c. 955-c. 1010": the dash between two approximate years is "to".
_CIRCA_SPAN = compiled(r"(?<=\d)\s?[-–]\s?(?=c\.\s?\d)")  # "c. 1340 – c. 1400", an en dash and spaces too
# a match report's referee before an initial and a surname ("Ref. M. Oliver": "Ref." was said with a stop's
# fall, as a reference before its number is "Reference"), and a programme's first performance before its date ("First
# perf. 12 Nov. 1891": "perf" it was). A stamp's perforation before its gauge ("perf. 14") is left.
_REFEREE = compiled(r"(?<![\w.])Ref\.(?=\s[A-Z]\.\s[A-Z][a-z])")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_PERFORMANCE = compiled(rf"(?<![\w.])([Pp])erf\.(?=\s(?:the\s[a-z]+\sof\s|\d{{1,2}}(?:st|nd|rd|th)?\s){_MONTH}\b"
                        rf"|\s{_MONTH}\.?\s(?:\d{{4}}|eleven|twelve|[a-z]+teen|twenty|two thousand)\b)")

_FIRST_LOOK = first_letters([*LABELS, "MS", "ed", "trans", "arr", "perf", "Perf", "Ref", "edn", "temp", "Yr", "affect",
                             "lit", "pl", "sing", "Bart", "Rt", "v", "vv", "Fed", "para", "Para", "paras", "Paras",
                             "c"])


def _verse(match: re.Match[str]) -> str:
    """"vv. 16" -> "verses 16", "v. 4" -> "verse 4" where scripture is cited near; else as written."""
    if not near(_SCRIPTURE_NEAR, match, 80):
        return match.group(0)
    return "verses " if match.group(1) == "vv" else "verse "


def _label(match: re.Match[str]) -> str:
    label = match.group(1) or match.group(2) or match.group(3) or match.group(4)
    return LABELS[label] + " "


def _in_the_time_of(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 5):match.start()]
    return "the time of " if before in ("from ", "From ") else "in the time of "


# The first looks of the three rules of short forms asked of every sentence (notices', records' and the scholarly
# forms'), as one set look: most sentences hold none of their words, and each set look is a call.
_SHORT_FORMS_RUNS = (None if notices.SHORT_FORM_RUNS is None or records.SHORT_FORM_RUNS is None or _FIRST_LOOK is None
                     else notices.SHORT_FORM_RUNS | records.SHORT_FORM_RUNS | _FIRST_LOOK)


def may_hold_short_forms(text: str) -> bool:
    """The shared first look of notices.short_forms, records.short_forms and scholarly: one of their words in text.
    A word added to one of their first looks is in it (the union of the three)."""
    return among_words(_SHORT_FORMS_RUNS, text)


def scholarly(text: str) -> str:
    """Say the short forms of footnotes, law, old letters and reference works where their context says what they
    are."""
    # the notices' short forms ride this first pass of short forms (en.py was closed to this round): before the
    # capitals spell "HW" and "LD", and before a wider rule takes "Ch." or "Rd." for a chapter or a road; and
    if may_hold_short_forms(text):
        text = records.short_forms(notices.short_forms(text))  # a register's, a timetable's and a statute's too
    else:
        # none of the three rules' words: only the notices' listing marks ("(R)"), which stand outside its set look,
        # may be read; a text they change is asked about as before
        listed = notices.short_forms(text) if ")" in text else text
        if listed is text:
            return text
        text = records.short_forms(listed)
    if "." not in text or not among_words(_FIRST_LOOK, text):
        return text
    if ". " in text or ".\t" in text:
        text = _LABEL.sub(_label, text)
    if "MS" in text:
        text = _MANUSCRIPT.sub(lambda m: LABELS[m.group(1)], text)
    if "ed." in text or "edn." in text:
        text = _EDITION.sub(lambda m: m.group(1) + "edition" + sentence_stop(m), _EDITED_BY.sub("edited by", text))
        if "rev." in text:
            text = _REVISED.sub(lambda m: "revised" + sentence_stop(m), text)
    if "trans." in text:
        text = _TRANSLATED.sub(lambda m: "translated" if m.group(1) else "translated by", text)
    if "arr." in text:
        text = _ARRANGED.sub(lambda m: "arranged" if m.group(1) else "arranged by", text)
    if "Ref." in text:
        text = _REFEREE.sub("Referee", text)
    if "erf." in text:
        text = _PERFORMANCE.sub(lambda m: m.group(1) + "erformance", text)
    if "temp." in text:
        text = _IN_THE_TIME_OF.sub(_in_the_time_of, text)
        if _DEGREES_GIVEN.search(text):
            text = _TEMPERATURE.sub(r"\1emperature", text)
    if "Yr." in text:
        text = _LETTER_YOUR.sub("Your", text)
    if "affect." in text:
        text = _AFFECTIONATE.sub("affectionate", text)
    if "lit." in text:
        text = _LITERALLY.sub("literally", text)
    if "pl." in text or "sing." in text:
        text = _NUMBER_FORM.sub(lambda m: _NUMBER_FORMS[m.group(1)], text)
    if "Bart." in text:
        text = _BARONET.sub(lambda m: "Baronet" + sentence_stop(m), text)
    if "Rt." in text:
        text = _STYLED.sub(lambda m: _STYLES[m.group(1)], _RIGHT.sub("Right ", text))
    if "v." in text:
        text = _VERSE.sub(_verse, text)
        text = _VERSION.sub("version ", text)
    if "Fed. R." in text:
        text = _FEDERAL_RULE.sub(lambda m: FEDERAL_RULES[m.group(0)], text)
    if "[" in text:
        text = _BRACKETED_PARAGRAPH.sub(r"\1\2", text)
    if "-c." in text or "– c." in text or "–c." in text or "- c." in text:
        text = _CIRCA_SPAN.sub(" to ", text)
    return text


# A year in brackets is no footnote: it dates a law report ("R v Smith [2019] UKSC 12", "[1932] AC 562"); nor is a
# number after "at" or "para": a judgment's paragraph ("[2019] UKSC 41 at [23]", "para [12]").
_CITATION = compiled(
    r"(?<!\bat)(?<!\bat )(?<!\bpara)(?<!\bpara )(?<!\bparas)(?<!\bparas )"
    r"\s?\[(?:(?!(?:18|19|20)\d\d\])\d+(?:\s?[,–-]\s?\d+)*|(?:note|nb|n)\s?\d+|edit|citation needed"
    r"|clarification needed|"
    r"who\?|when\?|which\?|by whom\?|according to whom\?|dubious[^\]]{0,40}|page needed|failed verification|"
    r"better source needed|verification needed|unreliable source\??|not in citation given|sic)\]"
    # A footnote letter, [a]: lower case and not glued to a word ("[T]he" is the writer's change to a quote).
    r"|\s?\[(?-i:[a-z])\](?![^\W\d_])",
    re.IGNORECASE,
)
# A superscript footnote number that lost its formatting: against a word's stop, comma or colon, and followed by a
# space ("seconds.23 If", "alerts,22 and"). Starting only at a word's start keeps the scan linear.
_FOOTNOTE_NUMBER = compiled(r"\b([A-Za-z]+[a-z])([.,;:][\"”’']?)(\d{1,3})(?=\s|$)")
# A first look where a digit is, led by the marks' class (a letter before one is looked for behind it): led by the
# letters' class, a candidate stood at most positions of every sentence (29 -> ~10 ns a character).
_MAY_BE_GLUED_NUMBER = compiled(r"[.,;:](?<=[A-Za-z][.,;:])[\"”’']?\d")
# Its shape in util.char_classes, led by the digit, which the engine skips to: the marks' class led the scan at ~50
# instructions a character, where most sentences with a digit hold none glued to a word's mark ("”" and "’" are "?").
_GLUED_NUMBER_SHAPE = compiled(r"0(?:(?<=[aA][.,;:]0)|(?<=[aA][.,;:][\"'?]0))")
_PRE_RELEASES = word_set("alpha beta rc pre dev")
_VERSION_PLUS = frozenset(f"{digit}+" for digit in "0123456789")  # a version's last digit and its build's plus
_SMALL_WORD_NEXT = compiled(r"\s+[a-z]")
_FILE_EXTENSIONS = frozenset(FILE_EXTENSIONS)
# A currency's letters before its amount ("Rs.500 a month", "the Rs.5 coin"): the amount, no footnote's number.
_MONEY_LETTERS = frozenset(code.rstrip(".") for code in CURRENCIES if code.rstrip(".").isalpha())
_REFERENCE_WORDS = word_set(
    "p pp pg pgs vol vols fig figs ch chap no nos art sec sect para pt eq ed edn ver rev op ex item tab"
    " mk"  # a design's mark, "a Mk.2." (its number was dropped as a footnote's at a sentence's end)
)
# A numbered reference cited in brackets after the word that cites it ("as shown in [3]", "Ref. [12]", "see [4, 5]"):
# the number is what is cited, no footnote's mark, and is read without its brackets.
_CITED = compiled(r"\b((?i:in|see|and|or|of|from|by|cf\.|refs?\.|also|to|with) )\[(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)\]"
                  r"(?![\w\[])")
_GLUED_YEAR = compiled(r",(?<=[A-Za-z],)(?=\d{4}(?![\d,]))")  # led by the comma: scanned in C

def _alternation(words: frozenset[str]) -> str:
    """The words as a regular expression's alternatives, longest first (util.alternation is not for a pattern
    without case)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# A transcript's stage direction, the only thing in its brackets: dropped with the space before it, or after it when
# it opens the text ("[Applause] Thank you", "were [inaudible] and", "a chef. [Laughter]"). A time the typist noted
# may follow ("[inaudible 00:14:32]").
_DIRECTION = (rf"(?:(?:{_alternation(STAGE_DIRECTION_LEADS)})\s)?(?:{_alternation(STAGE_DIRECTIONS)})"
              rf"(?:\s(?:and|&)\s(?:{_alternation(STAGE_DIRECTIONS)}))?(?:\s(?:{_alternation(STAGE_DIRECTION_TAILS)}))?"
              r"\.?(?:\s\d{1,2}:\d\d(?::\d\d)?)?")
# In brackets, only a capital's ("(Laughter)", TED's style): "the (music) budget", "press (pause)" are prose.
_BRACKETED_DIRECTION = rf"(?:\[{_DIRECTION}\]|\((?-i:(?=[A-Z])){_DIRECTION}\))"
_STAGE_DIRECTION = compiled(rf"^\s*{_BRACKETED_DIRECTION}\s*|\s*{_BRACKETED_DIRECTION}", re.IGNORECASE)
# Led by its bracket, which the engine skips to: the gate, where the spaces before would be tried at every position.
_STAGE_DIRECTION_ALONE = compiled(_BRACKETED_DIRECTION, re.IGNORECASE)
# Letters a writer changed in a quote, read as the word they make: "[T]he" -> "The".
_EDITED_LETTERS = compiled(r"\[([^\W\d_]{1,3})\](?=[^\W\d_])|(?<=[^\W\d_])\[([^\W\d_]{1,3})\]")
# "2d Cir.", "3d ed.", "103d Cong., 2d Sess.": American law's older ordinals, a "d" after a 2 or a 3; and a law
# report's series after its name ("123 F.3d 456", "F. Supp. 2d", "So. 2d"), said as "second" and "third".
_OLD_ORDINAL = compiled(r"(?<![\w.,])(\d*[23])d(?=\s(?:Cir|Dist|Sess|Cong|ed|edn|Dep't|Dept|App)\b)")
_REPORTER_SERIES = compiled(r"\b(F|P|A|So|Supp|N\.[EW]|S\.[EW])\.\s?([23])d\b")


def marks(text: str) -> str:
    """Drop footnote and citation marks ([1], [12-14], [a], [citation needed], "seconds.23 If"), a transcript's stage
    directions ("[Applause]", "(Laughter)") and a quote's edit
    marks ("[T]he"); a year glued to the word before it by a comma gets its space ("Policy,1990"); American law's
    older ordinals ("2d Cir.") and a law report's series ("F.3d") are said before a street's rule takes "Cir."."""
    if ("2" in text and "2d" in text) or ("3" in text and "3d" in text):  # each rule's series or ordinal holds one
        text = _OLD_ORDINAL.sub(lambda m: m.group(1) + ("nd" if m.group(1)[-1] == "2" else "rd"), text)
        text = _REPORTER_SERIES.sub(lambda m: f"{m.group(1)} {'second' if m.group(2) == '2' else 'third'}", text)
    if (("," in text or "." in text or ";" in text or ":" in text) and has_digit(text)
            and (shape := _GLUED_NUMBER_SHAPE.search(char_classes(text)))
            and _MAY_BE_GLUED_NUMBER.search(text, max(0, shape.start() - 2))):  # from its digit's mark (or quote)
        text = _GLUED_YEAR.sub(", ", _FOOTNOTE_NUMBER.sub(_footnote_number, text))
    if ("[" in text or "(" in text) and _STAGE_DIRECTION_ALONE.search(text):
        text = _STAGE_DIRECTION.sub("", text)
    if "[" not in text:
        return text
    if " [" in text:
        text = _CITED.sub(r"\1\2", text)
    # After the citations: "wall[a]" is a footnote, "walk[ed]" an edit.
    return _EDITED_LETTERS.sub(lambda m: m.group(1) or m.group(2), _CITATION.sub("", text))


def _footnote_number(match: re.Match[str]) -> str:
    """"seconds.23" -> "seconds.": a superscript footnote number flattened against its word's punctuation."""
    if match.group(1).lower() in _REFERENCE_WORDS or match.group(1) in _MONEY_LETTERS:
        return match.group(0)  # "pp.45", "vol.2", "Rs.500": the number the word refers to or prices
    if match.group(2) == ":" and match.string[match.start() - 1:match.start()] == ".":
        return match.group(0)  # "example.com:80": a port after an address's last label, read by the address rules
    if match.group(2) == "." and match.string[match.start() - 2:match.start() - 1] in ("I", "V", "X") and (
            match.string[match.start() - 1:match.start()] == "."):
        return match.group(0)  # a play's line after its act and scene, "II.ii.60" (romans.py), no footnote
    if match.group(2) == ":" and match.string[match.start() - 1:match.start()] == ":":
        return match.group(0)  # "fd00::ab:1": an IPv6 address's last groups after its "::", read by telephones.py
    if match.group(2) == ":" and match.group(1) in CONTAINER_IMAGES:
        # a container image's tag ("postgres:16", "redis:7", facts.CONTAINER_IMAGES): the version, no footnote's
        # number (it was dropped at a paragraph's end), read with its colon by netnames.py
        return match.group(0)
    if match.group(2) == ":" and match.string[:match.start()].rstrip()[-1:] in ("", ".", "!", "?", "|"):
        # a form's label that opens the text or a sentence, glued to its value ("Age:25", "Height:180"): the
        # value, no footnote's number (which follows a word that ends a clause, not the first word of one)
        return match.group(1) + ": " + match.group(3)
    if match.group(2) in (".", ":") and _SMALL_WORD_NEXT.match(match.string, match.end()):
        # a stop before a footnote's number ends a sentence, which a small letter does not open: "Ep.5 airs", "the
        # Mk.2 model", "Age:25 years" name the number (it was dropped), which is parted from the label to be read
        return match.group(1) + (": " if match.group(2) == ":" else " ") + match.group(3)
    if (match.group(2) == "." and match.group(1) in _PRE_RELEASES
            and match.string[match.start() - 1:match.start()] == "-"):
        return match.group(0)  # "3.0.0-beta.2": a pre-release's number
    if (match.group(2) == "." and match.group(1) in _FILE_EXTENSIONS
            and match.string[match.start() - 1:match.start()] == "."):
        return match.group(0)  # "app.log.1": a rotated log's number after its file's extension (electronic.py)
    if match.group(2) == "." and match.string[match.start() - 2:match.start()] in _VERSION_PLUS:
        return match.group(0)  # "1.2.3+build.45": a version's build metadata (its number was dropped)
    if match.group(2) == "." and match.string[match.start() - 1:match.start()] == "." and (
            match.string[match.start() - 2:match.start() - 1].isalnum()):
        # "jane.doe.88", "tom.smith.12": a dotted name's last part (a handle's, a login's), no footnote's; its stop is
        # said, as the name's others are ("jane dot doe." it was, the number dropped)
        return f"{match.group(1)} dot {match.group(3)}"
    return match.group(1) + match.group(2)

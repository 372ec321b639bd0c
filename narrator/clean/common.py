"""Helpers shared by the readers: whitespace, dates, authors and assembling the Document."""

from __future__ import annotations

import datetime
import hashlib
import re
import string
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import fields, replace
from typing import Any, TypeVar

from narrator.clean.givennames import GIVEN_NAMES
from narrator.errors import ExtractionError, InputError
from narrator.model import Block, BlockKind, Document, Format, Metadata, xml_text

# What reading a damaged zip (a .docx, an .odt) may raise besides BadZipFile: a compression method or a version
# zipfile has not got (NotImplementedError), a broken deflate stream (zlib.error), a member cut short (EOFError), an
# encrypted one (RuntimeError), a bad size or offset (ValueError, OSError). Each means "cannot be read", never a bug.
ZIP_ERRORS: tuple[type[Exception], ...] = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError,
                                           EOFError, RuntimeError, ValueError, OSError)


def template_refused(origin: str, kind: str, fix: str) -> InputError:
    """The error for a template (.dotx, .dotm, .ott): a layout to write an article in, not an article; a user who saved
    one by mistake learns how to make the document from it."""
    return InputError(f"is {kind} template, not a document: a template holds a layout to write in, not an article",
                      origin=origin, hint=fix)


# Control and format characters (zero-width spaces, direction marks, BOMs) that are never spoken.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORDS = re.compile(r"[^\W_]+")  # words of letters and digits: "____" is not one
# Every space the patterns' \s matches within a line, U+1680 (Ogham's space mark) too: left a run, a byline's split
# (`\s*` before its separators) was tried from each of its spaces, in time square.
_SPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]+")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            # English, then the German, French, Spanish, Italian and Portuguese spellings that differ ("12. März
            # 2024" under a German byline, "12 mars 2024", "12 de marzo de 2024", "12 marzo 2024").
            ("jan", "january", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro"),
            ("feb", "february", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev"),
            ("mar", "march", "märz", "mars", "marzo", "março"), ("apr", "april", "avril", "abril", "abr", "aprile"),
            ("may", "mai", "mayo", "maggio", "mag", "maio"), ("jun", "june", "juni", "juin", "junio", "giugno", "giu",
                                                              "junho"),
            ("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
            ("aug", "august", "août", "aout", "agosto", "ago"),
            ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"),
            ("oct", "october", "okt", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
            ("nov", "november", "novembre", "noviembre", "novembro"),
            ("dec", "december", "dez", "dezember", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
MONTH_NAMES = _MONTH_RE  # the month names above as one alternation, longest first, for other modules' patterns
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")  # "2023-11-06T08:00" too
# "March 4, 2026"; Serendipity's day heading puts a stop after the day ("Saturday, October 17. 2026")
_MONTH_FIRST = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s+((?:19|20)\d\d)\b", re.I)
_DAY_FIRST = re.compile(  # "12 March 2024", "12. März 2024", "1er mai 2024", "12 de marzo de 2024"
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.|°|º)?\s+(?:of\s+|de\s+)?({_MONTH_RE})\.?,?\s+(?:de\s+)?((?:19|20)\d\d)\b",
    re.I)
_SLASHED = re.compile(r"\b((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})\b")
# A run of days in one month ("3-5 March 2026", "March 3-5, 2026"): dated by its first day, when the page or document
# was first out (a feed item has one date, and an event's later days are not when it was written).
_DAY_RANGE_FIRST = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*[-\u2013\u2014]\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+"
    r"((?:19|20)\d\d)\b", re.I)
_MONTH_RANGE_FIRST = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*[-\u2013\u2014]\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b",
    re.I)
# A month and year without a day, the whole of a date field or a date line ("March 2026", "Mar. 2026", "2026-03",
# "2026/03"), after a date line's label if any ("Published: July 2026", "Last updated March 2026").
_DATE_LABEL = (r"(?:(?:(?:first|originally|last)\s+)?(?:published|posted|updated|issued|released|dated|date|written)"
               r"(?:\s+(?:on|in))?\s*:?\s+)")
_MONTH_ONLY = re.compile(rf"(?:{_DATE_LABEL})?({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\.?", re.I)
_ISO_MONTH_ONLY = re.compile(rf"(?:{_DATE_LABEL})?((?:19|20)\d\d)[-/](\d\d)", re.I)
# "12.03.2024" (German and most of Europe: the day first, always, with stops); "25/12/2024" and "12/25/2024" where
# a number above 12 says which is the day ("03/04/2024" is left: the 3rd of April or March 4th).
_DOTTED_DAY_FIRST = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
# The words of a date line in the languages that put the day first: "Publié le 12/03/2024", "Publicado el ...".
_DAY_FIRST_WORDS = re.compile(r"\b(?:publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato"
                              r"|le|el|il|às|veröffentlicht|aktualisiert)\b", re.I)
# Dashes too, the same both times (vBulletin's stamp "03-22-2026, 07:41 PM", a form's "22-03-2026").
_SLASHED_DAY_MONTH = re.compile(r"(?<![\w/-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)\b(?!-\d)")
# German, French, Spanish, Portuguese and Italian bylines: "Von", "Par", "Por", "di" and two capitalised words ("Von
# Anna Schmidt", "Par Marie Dubois", "di Mario Rossi"); "Von Berlin nach Hamburg" and "Par ailleurs" are no bylines.
# The small words inside a name ("Ana de Lima", "Jan van der Berg"), written without a capital.
NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "da", "del", "la", "le", "dos", "das", "di", "bin",
                            "al", "el", "ter", "ten"})
VON = (r"(?-i:Von|Par|Por|[Dd]i)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ])\S*\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+)?"
       r"(?-i:[A-ZÀ-ÖØ-Þ]))")
# "By", "Written by", "View all posts by", "Author:", "Von" before the names.
_BY_PREFIX = re.compile(rf"^\s*(?:(?:[\w']+\s+){{0,4}}?by[:\s]+|authors?[:\s]+|{VON})", re.I)
# "Eleanor Roy (reporting)", "Adrian Malloch (photography)": a contributor's part, not their name.
_ROLE = re.compile(r"\s*\((?:additional )?(?:reporting|photography|photos?|video|text|words|illustrations?|graphics"
                   r"|research)\)$", re.I)
# "A and B", "A und B", "A et B", "A (avec B et C)", "A (with B)" (not the Spanish "y": "Ortega y Gasset" is one name)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\(?\b(?:avec|with)\b|\|)\s*", re.I)


def squash(text: str) -> str:
    """Collapse runs of spaces (not newlines) and trim; drop zero-width and control characters."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def more_words_than(element: Any, most: int) -> bool:
    """An element of more than this many words, counted only as far as needed: a box of a thousand contents lists
    was counted whole for each of them (x4 the lists took x22 the time)."""
    words, in_word = 0, False
    for text in element.itertext():  # the words of the text run together, as text_content() has them
        if not text:
            continue
        words += len(text.split()) - (in_word and not text[0].isspace())
        in_word = not text[-1].isspace()
        if words > most:
            return True
    return False


def _valid(year: int, month: int, day: int) -> str | None:
    """ISO date string if the parts make a plausible date."""
    if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def parse_date(text: str | None) -> str | None:
    """The first date in text as YYYY-MM-DD, or None."""
    if not text:
        return None
    text = text[:400]
    found: list[tuple[int, str]] = []
    if match := _ISO_DATE.search(text):
        iso = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if iso:
            found.append((match.start(), iso))
    if match := _MONTH_FIRST.search(text):
        iso = _valid(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
        if iso:
            found.append((match.start(), iso))
    if match := _DAY_FIRST.search(text):
        iso = _valid(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
        if iso:
            found.append((match.start(), iso))
    if match := _DAY_RANGE_FIRST.search(text):
        iso = _valid(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
        if iso:
            found.append((match.start(), iso))
    if match := _MONTH_RANGE_FIRST.search(text):
        iso = _valid(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
        if iso:
            found.append((match.start(), iso))
    if match := _SLASHED.search(text):
        iso = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if iso:
            found.append((match.start(), iso))
    if match := _DOTTED_DAY_FIRST.search(text):
        iso = _valid(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if iso:
            found.append((match.start(), iso))
    if match := _SLASHED_DAY_MONTH.search(text):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        day_first = first > 12 or (second <= 12 and _DAY_FIRST_WORDS.search(text) is not None)
        iso = _valid(year, second, first) if day_first else _valid(year, first, second) if second > 12 else None
        if iso is None and first <= 12 and second <= 12:
            iso = _by_weekday(text[max(0, match.start() - 14):match.start()], year, first, second)
        if iso:
            found.append((match.start(), iso))
    return min(found)[1] if found else None


# A weekday printed just before a numeric date, as forum and mail stamps print it ("Fri, 04/03/2026").
_WEEKDAY_BEFORE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.I)


def _by_weekday(before: str, year: int, first: int, second: int) -> str | None:
    """The one reading of an ambiguous "04/03/2026" that falls on the weekday printed before it, or None."""
    if (named := _WEEKDAY_BEFORE.search(before)) is None:
        return None
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(named.group(1).lower())
    matching = {iso for iso in (_valid(year, first, second), _valid(year, second, first))
                if iso and datetime.date.fromisoformat(iso).weekday() == weekday}
    return matching.pop() if len(matching) == 1 else None


def parse_month(text: str | None) -> str | None:
    """A month and year given without a day, the whole text (after a date label), as YYYY-MM, or None."""
    text = squash(text or "")
    if len(text) > 60:  # a date line is short; a sentence naming a month is no date of the article's
        return None
    if match := _MONTH_ONLY.fullmatch(text):
        month, year = _MONTHS[match.group(1).lower()], int(match.group(2))
    elif match := _ISO_MONTH_ONLY.fullmatch(text):
        month, year = int(match.group(2)), int(match.group(1))
    else:
        return None
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 1900 <= year <= 2100 else None


def parse_published(text: str | None) -> str | None:
    """The date a date field or line gives: the day as YYYY-MM-DD, or a month given without one as YYYY-MM."""
    return parse_date(text) or parse_month(text)


# The outlet a writer filed for after the name ("By JOHN SMITH FOR MAILONLINE", "Jane Doe for The Times"): where the
# story ran, not part of the name; only after a name of two words or more.
_FOR_OUTLET = re.compile(
    r"(?<=\S)\s+(?:for|FOR|For)\s+(?:(?:the|THE|The)\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}$")


# News agencies, which a byline names beside the reporter ("By Marta Gil, Reuters") and a caption beside its
# photographer ("REUTERS/Jon Nazca"): an agency beside a person is not a second author.
NEWS_AGENCIES = frozenset({
    "reuters", "afp", "ap", "associated press", "the associated press", "agence france-presse", "bloomberg", "dpa",
    "pa", "pa media", "xinhua", "tass", "kyodo", "yonhap", "anadolu", "anadolu agency", "ansa", "efe", "upi",
})


# An agency after the name without a comma ("By JANE DOE Associated Press"): the wire's byline, not part of the name.
_AGENCY_AFTER_NAME = re.compile(
    r"(?i)(?<=\S)\s+(?:" + "|".join(re.escape(a) for a in sorted(NEWS_AGENCIES, key=len, reverse=True)) + ")$")


# The labels over a story's summary, as pages and web clippers print them ("Key points", "At a glance", "TL;DR",
# "Excerpt"): one table for the key points over a page's story and a clipped article's excerpt.
SUMMARY_LABELS = (r"key (?:points|takeaways|facts)|at a glance|in brief|in short|the essentials|quick facts"
                  r"|what we know(?: so far)?|tl;? ?dr|summary|highlights|excerpt|standfirst")


# "[[Tom Reilly]]", "[[people/Tom Reilly|Tom Reilly]]": Obsidian's and other note apps' links, as web clippers
# write an author into front matter.
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]{0,200}\|)?([^\[\]|\n]{1,200})\]\]")


# An author's affiliation beside the name: a university, an institute, a hospital.
_INSTITUTION = re.compile(
    r"\b(?:University|Universit[äéy]|College|Institute|Institut|School of|Hospital|Laborator(?:y|ies)|Academy"
    r"|Cent(?:er|re) for|Foundation|Ministry|Department of|Faculty of|Polytechnic)\b"
)
# A desk's title after the name: "Transport Correspondent", "Senior Reporter", "Deputy Political Editor", a
# company writer's post: "Head of Product", "Director of Research", and the post of one who signs for a school or a
# club: "Headteacher", "Secretary", "Chair".
# A post is known also by its shape where its noun is not listed: a rank before a noun of a trade ("Staff
# Meteorologist", "Senior Forecaster", "Chief Economist": no first name is a rank), or a noun ending as no surname
# does ("Meteorologist", "Oceanographer", "Statistician").
JOB_TITLE = re.compile(
    r"(?i)\b(?:correspondent|reporter|editor|writer|columnist|contributor|critic|producer|journalist|staff"
    r"|analyst|photographer|presenter|anchor|intern|headteacher|head teacher|headmaster|headmistress|principal"
    r"|secretary|treasurer|chair(?:man|woman|person)?)s?$|^\s*(?:head|director|vice[- ]president|vp)\s+of\s+\w"
    r"|(?:^|,\s*|\band\s+)(?:staff|senior|chief|deputy|lead|principal|assistant|associate|contributing|executive"
    r"|managing|junior)\s+[a-z]+(?:ist|er|or|ian|ant|ent)s?$|\b[a-z]+(?:ologist|ographer|ician|onomist)s?$"
)


# The offices a writer signs with after their name ("Owen Price, Editor", "Mrs Claire Donnelly, Headteacher", "Mary
# Okoro, Treasurer"): what the writer does, never a second writer. One table for the byline (is_role) and for a
# report's signature under its end (pageend); JOB_TITLE above knows a newsroom's desks by their shape.
OFFICE_WORDS = frozenset({
    "headteacher", "head", "headmaster", "headmistress", "principal", "editor", "chair", "chairman", "chairwoman",
    "chairperson", "executive", "ceo", "director", "manager", "secretary", "treasurer", "clerk", "president",
    "vice-president", "vicar", "rector", "minister", "curate", "mayor", "governor", "trustee", "founder", "owner",
    "coordinator", "co-ordinator", "organiser", "organizer", "captain", "coach", "warden", "leader", "reporter",
    "correspondent", "officer", "councillor", "convenor", "convener", "steward",
    # who signs a school's letter to parents ("Mr J. Fletcher" / "Year 3 Teacher", "Form Tutor")
    "teacher", "tutor",
})
_OFFICE = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:(?:acting|interim|deputy|assistant|senior|chief|joint|vice|honorary|hon\.?|co-?)\s*)*"
    r"(?:head\s+teacher|chief\s+executive|" + "|".join(sorted(map(re.escape, OFFICE_WORDS), key=len, reverse=True))
    + r")s?(?:\s+(?:of|for|to)\s+[\w ,'’&-]{1,60})?\s*\.?\s*$")


def is_role(text: str) -> bool:
    """A role or office alone ("Headteacher", "Chief Executive", "Chair of Governors"), not a name."""
    return _OFFICE.match(text) is not None


# An office under the field it serves, a capitalised word or two before it ("Press Officer", "Membership Secretary",
# "Youth Team Coach"), a school's class or year with its number among them ("Year 3 Teacher", "Class 4 Teacher"): a
# club's, a school's or a paper's post, named for what it looks after; a given name first is a person ("Ann Clerk",
# "Tom Steward": surnames that are offices), never a field.
_FIELD_OFFICE = re.compile(r"^\s*((?:[A-Z][a-z]+\s+(?:\d{1,2}[A-Z]?\s+)?){1,2})(?i:"
                           + "|".join(sorted(map(re.escape, OFFICE_WORDS), key=len, reverse=True)) + r")s?\s*$")


def is_field_role(text: str) -> bool:
    """A role as is_role knows it, or an office after the field it serves ("Press Officer"), not a name."""
    field = _FIELD_OFFICE.match(text)
    return is_role(text) or (field is not None and field.group(1).split()[0].lower() not in GIVEN_NAMES)


# "Jon Porter@JonPorty": a social handle printed after the name.
_HANDLE = re.compile(r"\s?@\w{1,30}\b(?!\.\w)")  # not an e-mail address


# The last word of an organisation's name: a byline's "&" or "and" inside one ("Ashcombe & District Historical Society",
# "Jane Rowe & Partners") is part of the name, not a second author.
_ORGANISATION_NOUN = re.compile(
    r"(?i)\b(?:society|association|club|trust|council|committee|partners|associates|sons|brothers|company|co|ltd"
    r"|llp|inc|group|press|museum|library|friends|federation|union|league|guild|foundation|collective|network"
    r"|alliance|team|staff)\.?$")
# "X & Y" or "X and Y" with the words on either side, up to the byline's other separators.
_JOINED = re.compile(r"([^,;|&]+?)\s+(&|and)\s+([^,;|&]+)")
# Private-use characters standing for "&", "and" and a comma inside a name while the byline is split.
_KEPT = {"&": "\ue000", "and": "\ue001", ",": "\ue002"}
BYLINE_CHARS = 300  # a byline is a line; longer text is not looked through for organisations


# A public body's name, whose remit is a list ("Department for Environment, Food and Rural Affairs", "Ministry of
# Housing, Communities & Local Government", "Department of Health and Social Care"): the byline's split cut it at its
# commas and "and". Each item is one to three capitalised words; an item opening with a given name is a person
# credited beside the body ("Ministry of Defence and Jane Smith"), and the list is then split as before.
_BODY_HEADS = ("Department", "Ministry", "Office", "Agency", "Secretariat", "Directorate")
_BODY_ITEM = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}"
_PUBLIC_BODY = re.compile(
    rf"\b(?:{'|'.join(_BODY_HEADS)})\s(?:of|for)\s(?:the\s)?"
    rf"({_BODY_ITEM}(?:,\s{_BODY_ITEM})*,?\s(?:and|&)\s(?:the\s)?{_BODY_ITEM})"
)
_BODY_JOINERS = re.compile(r",\s|\s(?:and|&)\s")


def _public_bodies_kept(line: str) -> str:
    """The byline with the commas and conjunctions inside a public body's name hidden from the split."""
    def kept(found: re.Match[str]) -> str:
        items = _BODY_JOINERS.split(found.group(1))
        if any(item.removeprefix("the ").split()[0].lower() in GIVEN_NAMES for item in items):
            return found.group(0)
        return _BODY_JOINERS.sub(lambda joiner: joiner.group(0).replace(",", _KEPT[","]).replace(
            " and ", f" {_KEPT['and']} ").replace(" & ", f" {_KEPT['&']} "), found.group(0))
    return _PUBLIC_BODY.sub(kept, line) if any(head in line for head in _BODY_HEADS) else line


def ends_as_an_organisation(name: str) -> bool:
    """True when a name's last word is an organisation's ("... Walking Club", "... Lifeboat Guild")."""
    return _ORGANISATION_NOUN.search(name) is not None


def _organisations_kept(line: str) -> str:
    """The byline with a conjunction that is inside one name hidden from the split.

    After a single word, it joins the start of one name: a firm ("Simon & Schuster"), an organisation ("Ashcombe &
    District Historical Society") or a couple by their one surname ("Ann & Bob Ray"); before a word ending as
    organisations do, it is the firm's ("Jane Rowe & Partners"). Two people are written with their full names ("Ann
    Lee & Bob Ray") and stay two, as do a person and an organisation ("Ann Lee and the Millbrook Society") and two
    agencies ("Reuters & AP").
    """
    def kept(found: re.Match[str]) -> str:
        left, joiner, right = found.group(1).strip(), found.group(2), found.group(3).strip()
        one_name = (len(left.split()) == 1 and left[:1].isupper() and right[:1].isupper() and not left.isupper()
                    and not right.isupper() and left.lower() not in NEWS_AGENCIES)
        if one_name or (len(right.split()) == 1 and _ORGANISATION_NOUN.search(right)):
            return found.group(0).replace(f" {joiner} ", f" {_KEPT[joiner]} ", 1)
        return found.group(0)
    return _JOINED.sub(kept, line) if ("&" in line or " and " in line) and len(line) <= BYLINE_CHARS else line


# A body's department signing for it ("Press Office, Devon and Cornwall Police"): one author with the body after it.
_DEPARTMENT = re.compile(r"(?i)(?:the\s+)?(?:press|media|news|communications?)\s+(?:office|team|desk|unit)|newsroom")


def _departments_joined(names: list[str]) -> list[str]:
    """The names with a department and the body after it as one ("Press Office, Devon and Cornwall Police")."""
    joined: list[str] = []
    for name in names:
        if joined and _DEPARTMENT.fullmatch(joined[-1]):
            joined[-1] = f"{joined[-1]}, {name}"
        else:
            joined.append(name)
    return joined


def split_authors(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """Author names from a byline string ("By A, B and C") or a list of names."""
    if text is None:
        return ()
    items = [text] if isinstance(text, str) else list(text)
    names: list[str] = []
    for line in (line for item in items for line in str(item).splitlines()):  # separate elements, separate names
        line = _WIKI_LINK.sub(r"\1", line)  # a note-taking app's link to the author's note: "[[Tom Reilly]]"
        line = _organisations_kept(_public_bodies_kept(_BY_PREFIX.sub("", squash(line))))
        for part in _AUTHOR_SPLIT.split(line):
            part = part.replace(_KEPT["&"], "&").replace(_KEPT["and"], "and").replace(_KEPT[","], ",")
            part = _ROLE.sub("", _BY_PREFIX.sub("", _HANDLE.sub("", part)).strip(" .,:;-|"))
            if part.endswith(")") and "(" not in part:  # "A (avec B et C)" split: "C)"
                part = part[:-1].rstrip()
            if len((named := _FOR_OUTLET.sub("", part)).split()) >= 2:
                part = named
            if len((named := _AGENCY_AFTER_NAME.sub("", part)).split()) >= 2:
                part = named
            if part.isupper() and " " in part:
                part = string.capwords(part)  # "TOM KRISHER" is a name set in capitals, not an acronym to spell
            if part and part.lower() != "by" and len(part) <= 80 and not part.startswith(("http://", "https://")):
                names.append(part)
    names = _departments_joined(names)
    # "Rob Picheta, CNN", "Marta Gil, Reuters": an outlet in capitals or an agency beside a person's name is not a
    # second author.
    people = [n for n in names if not (n.isupper() and " " not in n) and n.lower() not in NEWS_AGENCIES
              and not _INSTITUTION.search(n)  # "Jane Park, University of Leeds": where she works
              and not JOB_TITLE.search(n)  # "Priya Nair, Transport Correspondent": what she does
              and not is_role(n)]  # "Ruth Evans, Chair of Governors": her office
    return tuple(dict.fromkeys(people or names))


# An issue's or a request's number after its title in a tracker's heading ("Times are an hour out #41", "... (#41)").
_NUMBER_MARK = re.compile(r"\s+\(?#\d+\)?$")


def without_number_mark(heading: str) -> str:
    """The heading without the tracker's number after it."""
    return _NUMBER_MARK.sub("", heading)


def comparable(text: str) -> str:
    """Lower-case words only, to compare a block with the title or byline."""
    return " ".join(re.findall(r"\w+", text.lower()))


_BYLINE_FILLER = re.compile(
    rf"\b(by|and|written|posted|updated|published|on|at|staff|writer|reporter|editor|correspondent|min|read"
    rf"|am|pm|a\.m|p\.m|gmt|utc|edt|est|{_MONTH_RE}|\d+)\b",
)


def is_byline(text: str, authors: Iterable[str]) -> bool:
    """True for a line that only names the authors (and perhaps a date): "By A and B, May 2, 2024"."""
    rest = comparable(text)
    names = [comparable(a) for a in authors if a.strip()]
    if not names or len(rest) > 200 or not all(name in rest for name in names):
        return False
    for name in names:
        rest = rest.replace(name, " ")
    return len(_BYLINE_FILLER.sub(" ", rest).split()) <= 2


# A first block sharing this much of its words with the title is the title again (perhaps reworded).
TITLE_OVERLAP = 0.8


def _overlap(a: str, b: str) -> float:
    """Words of the shorter text found in the longer, as a share of the longer's words."""
    words_a, words_b = a.split(), b.split()
    short, long_ = sorted((words_a, words_b), key=len)
    present = set(long_)  # once: built for each word, a long title and a long block cost their product
    return sum(1 for w in short if w in present) / len(long_) if long_ else 0.0


def _adds_numbers(block: str, title: str) -> bool:
    """A block with a number the title lacks (a year, a count) says more than the title: not a repeat."""
    return bool(set(re.findall(r"\d+", block)) - set(re.findall(r"\d+", title)))


def drop_repeats(blocks: Iterable[Block], meta: Metadata) -> tuple[Block, ...]:
    """Remove leading blocks that merely repeat the title or the byline."""
    result = list(blocks)
    title = comparable(meta.title)
    while result:
        head = comparable(result[0].text)
        repeats_title = bool(title) and bool(head) and _overlap(head, title) >= TITLE_OVERLAP
        repeats_title = repeats_title and not _adds_numbers(head, title)
        if not (repeats_title or is_byline(result[0].text, meta.authors)) or _heads_first_of_series(result, meta.title):
            break
        result.pop(0)
    return tuple(result)


SERIES_HEADINGS = 2


def _heads_first_of_series(blocks: list[Block], title: str) -> bool:
    """The first block is the heading of the first of a page's headed items that its title names after a label
    ("Letters: The bus cuts will strand our villages" over the first letter's heading and two more letters')."""
    first = blocks[0]
    if first.kind is not BlockKind.HEADING or not title.endswith(": " + first.text.strip()):
        return False
    return sum(b.kind is BlockKind.HEADING and b.level == first.level for b in blocks[1:]) >= SERIES_HEADINGS


# Sections of end matter: references and links, never read aloud. "Notes" and "Sources" only when they are lists. An
# encyclopedia's entry ends on its tools and links after its bibliography ("Academic Tools", "Other Internet
# Resources", "Related Entries": the Stanford Encyclopedia of Philosophy's).
_REFERENCE_SECTION = re.compile(r"(?i)^(?:references?|citations|bibliography|works cited|further reading"
                                r"|external links|see also|notes and references|references and notes"
                                r"|academic tools|other internet resources|related entries)$")
_LIST_SECTION = re.compile(r"(?i)^(?:notes|footnotes|sources)$")
# A "Notes" section is a list of notes when this share of its blocks are list items.
LIST_SECTION_SHARE = 0.6


def _section_end(blocks: list[Block], start: int) -> int:
    """Index of the next heading of the same rank or higher after blocks[start] (or the end)."""
    level = blocks[start].level
    for i in range(start + 1, len(blocks)):
        if blocks[i].kind is BlockKind.HEADING and blocks[i].level <= level:
            return i
    return len(blocks)


def drop_reference_sections(blocks: list[Block]) -> list[Block]:
    """Drop sections of references, citations and link lists (a Wikipedia page's last 8,000 words)."""
    kept: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        title = block.text.strip(" :")
        if block.kind is BlockKind.HEADING and (_REFERENCE_SECTION.match(title) or _LIST_SECTION.match(title)):
            end = _section_end(blocks, i)
            body = blocks[i + 1 : end]
            items = sum(1 for b in body if b.kind is BlockKind.LIST_ITEM)
            if _REFERENCE_SECTION.match(title) or (body and items >= LIST_SECTION_SHARE * len(body)):
                i = end
                continue
        kept.append(block)
        i += 1
    return kept


TABLE_MAX_COLUMNS = 6
"""Columns a table may have for its rows to be said with the header's names; wider tables are read cell by cell."""
TABLE_NAME_WORDS = 4
"""Words a column's name may have: a longer header is a sentence, not a name."""
_DIGIT = re.compile(r"\d")


def table_lines(header: list[str] | None, rows: list[list[str]]) -> list[str]:
    """A data table's rows as a listener can follow them: under a header of short names, each row with them
    ("2014: Orders 212, Revenue $8,400."), the header not read on its own; else cell after cell ("2014, 212.").

    Each row is a sentence: a pause after it, and a row of figures is not taken for a page's furniture (a short
    line with no stop) by the rules that drop that."""
    named = (header is not None and 2 <= len(header) <= TABLE_MAX_COLUMNS and bool(rows)
             and all(0 < len(name.split()) <= TABLE_NAME_WORDS for name in header[1:])
             and all(len(row) == len(header) for row in rows))
    if not named or header is None:
        return [_sentence(", ".join(cell for cell in row if cell)) for row in ([header] if header else []) + rows
                if any(row)]
    lines = []
    for row in rows:
        # one word runs into its value ("Orders 212"); a name of several words or with a digit is set apart from it
        # ("Lorries a day: 340", "2023: 5")
        pairs = ", ".join(f"{name}{':' if _DIGIT.search(name) or ' ' in name else ''} {value}"
                          for name, value in zip(header[1:], row[1:], strict=True) if value)
        if row[0] or pairs:
            lines.append(_sentence(f"{row[0]}: {pairs}" if row[0] and pairs else row[0] or pairs))
    return lines


def _sentence(line: str) -> str:
    """The line with a full stop, unless it ends a sentence already."""
    return line if line.rstrip().endswith((".", "!", "?", "…")) else line + "."


def source_hash(data: bytes) -> str:
    """sha256 hex of the source bytes."""
    return hashlib.sha256(data).hexdigest()


def no_article(origin: str, detected: Format) -> ExtractionError:
    """The error for a source with nothing to read, with a hint at what to try."""
    if detected is Format.TEXT:
        hint = "is it a listing page? try --format html, or add exclude_lines rules"
    else:
        hint = "is it a listing page? try --format text"
    return ExtractionError("no article text found", origin=origin, hint=hint)


# What a site puts as the headline of its answer to a dead or guarded address, once a status code and words such as
# "error", "oops" or "sorry" are taken out ("404 Not Found", "Oops! That page can't be found.", "Error 404").
_ERROR_HEADLINES = frozenset({
    "page not found", "not found", "file not found", "page cannot be found", "page can't be found",
    "that page can't be found", "this page can't be found", "the page cannot be found", "the page can't be found",
    "we can't find that page", "we couldn't find that page", "page does not exist", "this page does not exist",
    "this page doesn't exist", "page unavailable", "this page isn't available", "this page is not available",
    "nothing found", "nothing was found", "bad request", "unauthorized", "unauthorised", "forbidden",
    "access denied", "access to this page has been denied", "internal server error", "server error",
    "bad gateway", "service unavailable", "service temporarily unavailable", "gateway timeout", "gateway time out",
    "too many requests", "just a moment", "attention required", "are you a robot", "verify you are human",
    "checking your browser",
})
_ERROR_NOISE = re.compile(r"\b(?:http|error|oops|whoops|sorry)\b|[^\w\s']")
_ERROR_CODE = re.compile(r"\b[45]\d\d\b")
# "Page not found | Garden Notes": the page's part and the site's; looked for from a run's first space (linear).
_TITLE_PARTS = re.compile(r"(?<!\s)\s+[|–—·-]\s+")
ERROR_PAGE_WORDS = 60
"""An error page says little under its headline; an article that only starts so ("Not Found: the hikers who ...")
says more."""


def is_error_page(title: str, blocks: Iterable[Block]) -> bool:
    """True for a site's error or bot-check page: a headline that is an error's, over a few words at most."""
    if not any(_error_headline(part) for part in _TITLE_PARTS.split(title.replace("’", "'").lower())):
        return False  # the usual case, decided without counting the article's words
    words = 0
    for block in blocks:
        if block.kind is not BlockKind.HEADING:
            words += len(_WORDS.findall(block.text))
            if words >= ERROR_PAGE_WORDS:
                return False
    return True


def _error_headline(part: str) -> bool:
    """One part of a lower-case title is an error's headline: a status code alone, or an error's words."""
    said = " ".join(_ERROR_NOISE.sub(" ", _ERROR_CODE.sub(" ", part)).replace(" '", " ").split())
    return said in _ERROR_HEADLINES or (not said and _ERROR_CODE.search(part) is not None)


def error_page(origin: str, title: str) -> ExtractionError:
    """The error for a site's error page."""
    return ExtractionError(f"is a site's error page (\"{title}\"), not an article", origin=origin,
                           hint="check the address; if the article opens in a browser, save it from there and "
                                "narrate the saved file")


def _xml_clean(value: Any) -> Any:
    """A string, a tuple of strings or anything else, with the characters XML 1.0 forbids removed."""
    if type(value) is str:  # not a BlockKind, which is a str too
        return xml_text(value)
    if isinstance(value, tuple):
        return tuple(_xml_clean(item) for item in value)
    return value


_Item = TypeVar("_Item", Metadata, Block)


def _xml_fields(item: _Item) -> _Item:
    """Metadata or a Block whose every text is valid XML 1.0, so that no page can break the feed."""
    changes = {f.name: _xml_clean(getattr(item, f.name)) for f in fields(item)}
    return replace(item, **changes)


# A list item's mark left in its text ("* Green tea: 80°C", "- Boil the water", "• Turnout hit 67%"), as plain text
# writes lists: voices say "asterisk". A number's sign ("-5°C") has no space after it.
_LIST_MARK = re.compile(r"^[*+•‣◦▪-][ \t]+(?=\S)")


def _unmarked(block: Block) -> Block:
    """A block without its list mark: a paragraph so marked is a list item; a heading or a quote keeps its kind."""
    if not _LIST_MARK.match(block.text):
        return block
    kind = BlockKind.LIST_ITEM if block.kind is BlockKind.PARAGRAPH else block.kind
    return replace(block, kind=kind, text=_LIST_MARK.sub("", block.text))


# A review's rating alone on its line, "★★★★☆": no letter in it, but the speech side says it ("four out of five
# stars"), and a review's verdict is what its reader looks for first.
_RATING = re.compile("\u2605{1,10}\u2606{0,10}")


def make_document(origin: str, data: bytes, meta: Metadata, blocks: Iterable[Block]) -> Document:
    """Assemble a Document of valid XML text, dropping blocks without a letter or digit and title/byline repeats."""
    meta = _xml_fields(meta)
    kept = [_unmarked(block) for block in map(_xml_fields, blocks)
            if _WORDS.search(block.text) or _RATING.fullmatch(block.text.strip())]
    return Document(origin=origin, meta=meta, blocks=drop_repeats(kept, meta), source_hash=source_hash(data))


def has_words(blocks: Iterable[Block]) -> bool:
    """True if any non-heading block holds a word."""
    return any(b.kind is not BlockKind.HEADING and _WORDS.search(b.text) for b in blocks)


SHORT_SENTENCE_WORDS = 3
# A thread's post counts itself after its stop ("... this year. 1/3") or marks a thread ("🧵"), a photo's caption ends
# on its tags ("... a borrowed 500mm lens. #birds #heron"): still a sentence's end
_SENTENCE_END = re.compile(r"[.!?…。！？]['\"’”)」]*"
                           r"(?:\s+(?:\(?\d{1,2}/\d{1,2}\)?|🧵|#\w{1,40}(?:\s+#\w{1,40}){0,9}))?$")
# A wiki's comment is signed after its stop ("... a note. Eifion (talk) 10:02, 6 November 2026 (UTC)"): the sentence
# ends before the signature.
_WIKI_SIGNATURE = re.compile(r"\s[^().!?\s][^().!?]{0,60}\(talk\)[^()]{1,40}\(UTC\)$")
SIGNATURE_CHARS = 120  # the longest signature looked for: its name, "(talk)", its stamp


def has_article(blocks: Iterable[Block]) -> bool:
    """True if a block reads as a long sentence, two as short ones ("The path was steep."), or there is a fair amount
    of text: not a bare list of links, whose headlines end without a full stop."""
    total = short_sentences = 0
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            continue
        words = max(len(_WORDS.findall(block.text)), len(_CJK.findall(block.text)) // 2)
        total += words
        text = block.text
        if text.endswith("(UTC)"):  # the signature is looked for in the block's last characters only
            text = text[:-SIGNATURE_CHARS] + _WIKI_SIGNATURE.sub("", text[-SIGNATURE_CHARS:])
        if words >= SHORT_SENTENCE_WORDS and _SENTENCE_END.search(text):
            short_sentences += 1
            if words >= 8 or short_sentences >= 2:
                return True
    return total >= 60


def code_announcement(language: str | None = None) -> Block:
    """What is said in place of a code block when settings.code_blocks is "announce"."""
    what = f"a {language} code example" if language else "a code example"
    return Block(BlockKind.CODE, f"Here the article shows {what}, which is not read aloud.")

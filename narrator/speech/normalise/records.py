"""Dates and times as records, rotas and logs write them, said as a reader says them: a museum label's Roman month
("5.xii.1899"), a parish register's entries ("Bapt. 3 Mar", "O.S.", "12 Geo. III"), a signal's Zulu time and
date-time group ("0600Z", "051830Z DEC 26"), a preface's Roman page ("p. xiv"), a log's ISO 8601 length ("PT1H30M")
and week ("2026-W49-5"), and a timetable's short day before what runs on it ("the Sat service")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.calendar import MONTHS
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    INSTITUTION_WORDS,
    LIFE_EVENTS,
    LIFE_WORDS,
    RECORD_ENTRIES,
    REGNAL_MONARCHS,
    SCHEDULE_NOUNS,
    STYLE_MARKS,
    UNIVERSITY_TOWNS,
)
from narrator.speech.normalise.romans import roman_value
from narrator.speech.normalise.util import among_words, char_classes, first_letters, padded, sentence_stop

_ROMAN_MONTHS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
                 "xi": 11, "xii": 12}
_ROMAN_MONTH = r"(?i:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
# "5.xii.1899", "1-4.vi.1921", "ii.1930": a naturalist's or a museum's label writes the month in Roman numerals
# between stops, the day before it and a four-digit year after; a Roman numeral between a day and a year is never a
# section's number. Written as "5 December 1899" for the dates' rule to read in the region's order. Led by the stop
# before the year: the engine skips to it.
_LABEL_DATE = compiled(rf"(?<![\w.])(?:([0-3]?\d)(?:[-–]([0-3]?\d))?\.)?({_ROMAN_MONTH})\.((?:1[6-9]|20)\d\d)"
                       r"(?!\w|\.\d)")
_MAY_BE_LABEL_DATE = compiled(r"\.(?<=[ivxIVX]\.)\d{4}")
# the same date with dashes between its parts, as Central European and Italian forms print it ("21-IV-1921";
# "twenty one I.V nineteen twenty one" it was): a day, the month in Roman numerals and a four-digit year (no
# section's or part's number stands between a day and a year so).
_DASHED_LABEL_DATE = compiled(rf"(?<![\w./-])([0-3]?\d)-({_ROMAN_MONTH})-((?:1[6-9]|20)\d\d)(?![\w/-]|[.,]\d)")
# "Bapt. 3 Mar 1712/13", "Bur. privately 7 Sep", "coll. 12.iv.1932": a register's or a label's entry before the
# date it records (or "privately"); "dau. of": a daughter in a register. Elsewhere "Bur." may be a bureau, "coll." a
# college ("Eton Coll."), so the date must follow.
_ENTRY = compiled(r"(?<![\w.])(" + "|".join(RECORD_ENTRIES) + r")\.\s(?=[0-3]?\d\b|[0-3]?\d\.|privately\b)")
# "3 Mar 1712/13", "14 Jan 1698/9": a date between January and March before 1753 in England, written with both the
# year it was then (Old Style, from 25 March) and the year it is now; the second is the next year, said "or".
_DUAL_YEAR = compiled(r"(?<=\b(?:Jan|Feb|Mar) )(1[5-7]\d\d)/(\d{1,2})(?![\d/])")
# "Coll. J. R. Hale, 1911", "Teneriffe; coll. E. Grant": a label's collector, initials and a name after "Coll."
# where its item opens (the label's start, or after a comma, a semicolon or a colon); after a name, "Eton Coll." and
# "Univ. Coll." are colleges.
_COLLECTOR = compiled(r"(?:^|(?<=[,;:] ))([Cc]oll)\.\s(?=[A-Z]\.\s?[A-Z])")
_DAUGHTER = compiled(r"(?<![\w.])dau\.(?=\sof\b)")
# "11 Feb 1731 O.S.", "7 November 1917 (N.S.)", "O.S. to N.S.": the Old and New Style of the calendar, after a
# date's month and year or named as a pair; "the O.S. map" (the Ordnance Survey) and "in 1867 N.S." (Nova Scotia)
# are neither.
_STYLE = compiled(r"(?<![\w.])([ON])\.S\.")
_DATE_BEFORE = compiled(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{3,4}\s\(?$")
# "12 Geo. III", "26 Hen. VIII c. 13": a statute's regnal year (the year of a reign) and its chapter.
_REGNAL = compiled(r"\b(\d{1,2})\s(" + "|".join(REGNAL_MONARCHS) + r")\.\s((?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}))\b"
                   r"(?:(,?\s)c\.\s(\d{1,3})\b)?")
# "p. xiv", "p. lxii": a preface's page in small Roman numerals ("pp. ix-xii" is read with the other pages).
_ROMAN_PAGE = compiled(r"(?<![\w.])p\.\s(?=(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})\b)")
# "Wk A", "Wk B": a timetable's week of a two-week cycle (its number is read with the other weeks).
_CYCLE_WEEK = compiled(r"\bWk\s(?=[A-D]\b)")
# "the Sat service", "No Sun trains", "Sun and public holidays": a timetable's short day before what runs on it or
# beside the holidays it is kept as. "The cat sat", "the Sun rose", "The Sun newspaper", "Sat Nav" are none of these.
_SHORT_DAY = compiled(r"\b(Sat|Sun)\.?(?=\s(?:" + "|".join(SCHEDULE_NOUNS) + r")\b|\s(?:and|&)\s(?:public|bank)\s"
                      r"holidays\b)")
_DAY_NAMES = {"Sat": "Saturday", "Sun": "Sunday"}
_SHORT_DAY_RUNS = frozenset(_DAY_NAMES)
_ISO_LENGTH_RUNS = frozenset({"P", "PT"})  # "P30D", "PT1H30M": the letters' first run
# "H-hour", "D-Day" is read as written; "at H-10", "at H+2": an operation's hour and the minutes or hours before or
# after, where a time is asked for ("the H-4 visa" is none).
_ZERO_HOUR = compiled(r"\b([HD])-hour\b")
_ZERO_HOUR_OFFSET = compiled(r"(?:(?<=\bat )|(?<=\bby )|(?<=\bto )|(?<=\bfrom )|(?<=\buntil )|(?<=\bbefore )"
                             r"|(?<=\bafter ))H-(?=\d{1,3}(?![\w-]|[.,]\d))")
_FIRST_LOOK = first_letters([*RECORD_ENTRIES, *REGNAL_MONARCHS, "dau", "O", "N", "p", "Wk", "Sat", "Sun", "H", "P",
                             "PT", *LIFE_EVENTS, *(w.capitalize() for w in LIFE_EVENTS), *LIFE_WORDS, "abt", "m",
                             # the register's other bounds, which _family_history reads ("bef. 1750" was left)
                             "bef", "aft", *INSTITUTION_WORDS, *UNIVERSITY_TOWNS])
_YEAR = r"(?:1[0-9]|20)\d\d\b"
# a family history's event before a year, a date or "about" ("Henry Lee, bapt. 1794", "bap. 4 May 1801",
# "bur. abt. 1766"), said in full; capitalised too where an entry opens ("Bap. 1801").
_LIFE_EVENT = compiled(r"(?<![\w.])(" + "|".join(LIFE_EVENTS) + r"|" + "|".join(w.capitalize() for w in LIFE_EVENTS)
                       + r")\.\s(?=" + _YEAR + r"|[0-3]?\d\s[A-Z][a-z]{2}|(?:abt|bef)\.?\s?\d|aft\.\s?\d|c\.\s?\d)")
# "(b. abt. 1805)", "fl. 1720s", "(r. 283-246 BCE)": a life word before "about", a decade or a year before Christ, in
# brackets or after a comma as a life's dates stand; "(b. 1950)" and "(d. 796)" are read by the life rule later.
# "(r. 54-68)": a reign's span of years closing its brackets is "reigned" in any era (was "rule fifty four").
_LIFE_WORD = compiled(r"(?:(?<=\()|(?<=[,;]\s))(b|d|r|fl)\.\s(?=(?:abt|bef|aft)\.?\s?\d|\d{3,4}s\b"
                      r"|\d{1,4}\s?[-–]\s?\d{1,4}\s(?:BCE|BC|B\.C\.)|\d{1,4}\s(?:BCE|BC|B\.C\.)"
                      r"|(?<=\(r\.\s)\d{2,4}\s?[-–]\s?\d{1,4}\))")
# and where an entry opens, "b." and "d." before the register's bound of a year ("b. abt 1842", "d. aft. 1851",
# "b. ca. 1650") or before a year and the other life word ("b. 1842, d. 1901", "b. 1412 – d. 1431"): no outline's
# item "b." stands before "abt." or pairs a year with "d." ("b. 1842" alone at an opening is left: an outline's item
# as often).
# "r." before a span of years where a caption opens ("r. 1558–1603", under a portrait): a reign, as "(r. 54-68)" is.
_OPENING_LIFE_WORD = compiled(r"^(b|d|r)\.\s(?=(?<=[bd]\.\s)(?:(?:abt|bef|aft|ca?)\.?\s?\d|circa\s\d"
                              r"|(?:1\d|20)\d\d(?:,|\s?[-–—])\s[bd]\.\s\d)|(?<=r\.\s)\d{3,4}\s?[-–]\s?\d{2,4}\b(?![-–.,]\d))")
# "about" before a year in a register ("b. abt. 1805", "abt. 1760"); elsewhere "abt." is no word of prose.
# and the register's other bounds of a year it cannot give, "bef." and "aft." ("d. bef. 1820", "m. aft. 1790"),
# and "abt" and "bef" without their stop, as family trees print them ("abt 1799-1850"); "aft" without its stop is
# the ship's word, kept.
_ABOUT = compiled(r"(?<![\w.])(abt\.?|bef\.?|aft\.)\s?(?=\d{3,4}\b)")
_BOUNDS = {"abt": "about", "bef": "before", "aft": "after"}
# "William Reed m. Sarah Lowe", "(1720-1791) m. 1742 Isaac Vance": a register's "married" between a name, or a life's
# brackets, and the spouse's full name or the year. A small "m." after a digit is metres or minutes ("5 m. long").
_MARRIED = compiled(r"(?<=[a-z)]) m\.\s(?=[A-Z][a-z]+\s[A-Z][a-z]|" + _YEAR + r")")
_MARRIED_AFTER_NAME = compiled(r"(?:\b[A-Z][a-z]+|\))$")
# "Univ. Coll. Dublin", "Trinity Coll., Cambridge", "King's Coll. Hosp.", "The Coll. of Arms": the shortened words of
# an institution's name after a capitalised word of it, or before "of"; "Coll. J. R. Hale" is a label's collector.
_INSTITUTION = compiled(r"(?<=[A-Za-z.'’] )(" + "|".join(INSTITUTION_WORDS) + r")\.(?!\s[A-Z]\.)")
_SENTENCE_OPENS = compiled(r"\s*$|[\"”'’)\]]|\s+(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|His|Her|Its|"
                           r"Their|There|Then|After|When)\b")
# "Oxf. Univ. Press", "Camb. Univ. Library": the town opening the name, before its university or college.
_UNIVERSITY_TOWN = compiled(r"(?:(?<=\bCollege )|(?<=\bUniversity ))(" + "|".join(UNIVERSITY_TOWNS) + r")\."
                            r"|\b(" + "|".join(UNIVERSITY_TOWNS) + r")\.(?=\s(?:Univ\.|University\b|Coll\.|College\b))")
_CAPITAL_WORD_BEFORE = compiled(r"\b(?:[A-Z][A-Za-z]*(?:['’]s)?\.?|College) $")
# "Fri 10-4, Sat 9-5, Sun closed": a short day in a list of opening hours, closed.
_SHORT_DAY_CLOSED = compiled(r"(?<=[,;] )(Sat|Sun)\.?(?=\s(?:closed|shut)\b(?![ \t]\w))")

_SHORT_MONTHS = tuple(month[:3].upper() for month in MONTHS)
# "051830Z DEC 26": a signal's date-time group, the day, hours and minutes, "Z" for Zulu time, the month and the
# year; signallers say the six digits one by one.
_DATE_TIME_GROUP = compiled(r"(?<![\w.])([0-3]\d)([01]\d|2[0-3])([0-5]\d)Z\s(" + "|".join(_SHORT_MONTHS)
                            + r")\s(\d\d)\b")
# "PT1H30M", "P30D", "P1Y2M": an ISO 8601 length of time, as logs and feeds write it. At least one part.
_ISO_LENGTH = compiled(r"(?<![\w.])P(?=\d|T\d)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?"
                       r"(?:T(?=\d)(?:(\d{1,4})H)?(?:(\d{1,4})M)?(?:(\d{1,4})S)?)?(?!\w|\.\d)")
_LENGTH_NAMES = ("year", "month", "week", "day", "hour", "minute", "second")
# "3d 4h 12m": a log's days before its hours (the hours and minutes are read by the clock's rule).
_DAYS_BEFORE_HOURS = compiled(r"(?<![\w.,])(\d{1,3})d(?=\s?\d{1,2}h\b)")
_MAY_BE_DAYS_BEFORE_HOURS = compiled(r"d(?<=\dd)\s?\d")  # led by its letter: the engine skips to it
# "T-00:00:06": a countdown's sign before its clock of hours, minutes and seconds.
_COUNTDOWN_SIGN = compiled(r"\bT([-−])(?=\d\d:[0-5]\d:[0-5]\d\b)")
# "2026-W49-5", "2025W52": an ISO week with its day, or written without its dash.
_MAY_BE_ISO_WEEK = compiled(r"W(?<=\dW|-W)\d")  # led by its letter: the engine skips to it
# a video's timecode, hours, minutes, seconds and frames ("01:02:03:12", a drop frame's "00:59:59;29"), as an edit
# list, a subtitle file or an editor's note prints it: each part said with its unit, the frames last ("zero one:zero
# two:zero three:twelve" it was, the colons left between digits). Parts at zero are not said; a clock's time and a
# length (two colons at most) are none.
_TIMECODE = compiled(r"(?<![\w:;.,])(\d\d):([0-5]\d):([0-5]\d)[:;]([0-5]\d)(?![\w:;]|[.,]\d)")
_ISO_WEEK = compiled(r"(?<![\w.-])((?:19|20)\d\d)(?:W|-W(?=\d\d-[1-7]\b))(0[1-9]|[1-4]\d|5[0-3])(?:-?([1-7]))?"
                     r"(?![\w-])")


def _entry(match: re.Match[str]) -> str:
    """"Bapt. " -> "Baptised "."""
    said = RECORD_ENTRIES[match.group(1)]
    return (said[0].upper() + said[1:] if match.group(1)[0].isupper() else said) + " "


def _style(match: re.Match[str], paired: bool) -> str:
    """"O.S." -> "Old Style" after a date's year or beside its pair, with the sentence's stop when it ended one."""
    if not (paired or _DATE_BEFORE.search(match.string, max(0, match.start() - 18), match.start())):
        return match.group(0)
    return STYLE_MARKS[match.group(1)] + sentence_stop(match)


def _regnal(match: re.Match[str]) -> str:
    """"26 Hen. VIII c. 13" -> "26 Henry the Eighth chapter 13"."""
    reign = numbers.ordinal(roman_value(match.group(3))).title()
    said = f"{match.group(1)} {REGNAL_MONARCHS[match.group(2)]} the {reign}"
    return said + (f" chapter {match.group(5)}" if match.group(5) else "")


# The words short_forms looks for first, asked too by citations' shared look before it is called.
SHORT_FORM_RUNS = _FIRST_LOOK


def short_forms(text: str) -> str:
    """Say a register's entries, the calendar's styles, a statute's regnal year, a preface's Roman page, a cycle's
    week and a timetable's short day where what surrounds them says what they are."""
    if not among_words(_FIRST_LOOK, text):
        return text
    if ". " in text:
        text = _ENTRY.sub(_entry, text)
        if "oll. " in text:
            text = _COLLECTOR.sub(_entry, text)
        if "dau." in text:
            text = _DAUGHTER.sub("daughter", text)
        if "p. " in text:
            text = _ROMAN_PAGE.sub("page ", text)
        if "c. " in text or "I" in text or "V" in text:
            text = _REGNAL.sub(_regnal, text)
    if "." in text:
        text = _family_history(text)
    if ".S." in text:
        paired = "O.S." in text and "N.S." in text
        text = _STYLE.sub(lambda m: _style(m, paired), text)
    if among_words(_ISO_LENGTH_RUNS, text):
        text = _ISO_LENGTH.sub(_iso_length, text)
    if "Wk " in text:
        text = _CYCLE_WEEK.sub("Week ", text)
    if among_words(_SHORT_DAY_RUNS, text):
        text = _SHORT_DAY.sub(lambda m: _DAY_NAMES[m.group(1)], text)
        if " closed" in text or " shut" in text:
            text = _SHORT_DAY_CLOSED.sub(lambda m: _DAY_NAMES[m.group(1)], text)
    if "H-" in text or "D-hour" in text:
        text = _ZERO_HOUR_OFFSET.sub("H minus ", _ZERO_HOUR.sub(r"\1 hour", text))
    return text


def _family_history(text: str) -> str:
    """Say a register's events, life words, "abt." and "m.", and an institution's shortened words, in full."""
    if "." in text and among_words(_LIFE_FIRST, text):
        text = _LIFE_EVENT.sub(_life_event, text)
        text = _LIFE_WORD.sub(lambda m: LIFE_WORDS[m.group(1)] + " ", text)
        if text.startswith(("b. ", "d. ", "r. ")):
            text = _OPENING_LIFE_WORD.sub(lambda m: LIFE_WORDS[m.group(1)] + " ", text)
        if "abt" in text or "bef" in text or "aft." in text:  # the set look above found one of the words
            text = _ABOUT.sub(lambda m: _BOUNDS[m.group(1).rstrip(".")] + " ", text)
    if " m. " in text:
        text = _MARRIED.sub(lambda m: " married " if _MARRIED_AFTER_NAME.search(m.string, max(0, m.start() - 20),
                                                                                 m.start()) else m.group(0), text)
    if ("Coll." in text or "Hosp." in text) and among_words(_INSTITUTION_FIRST, text):
        text = _INSTITUTION.sub(_institution, text)
    if ("Oxf." in text or "Camb." in text or "Oxon." in text or "Cantab." in text) and (
            "Coll" in text or "Univ" in text):
        text = _UNIVERSITY_TOWN.sub(lambda m: UNIVERSITY_TOWNS[m.group(1) or m.group(2)] + _institution_stop(m), text)
    return text


_LIFE_FIRST = frozenset([*LIFE_EVENTS, *(w.capitalize() for w in LIFE_EVENTS), *LIFE_WORDS, "abt", "bef", "aft"])
_INSTITUTION_FIRST = frozenset(INSTITUTION_WORDS)


def _life_event(match: re.Match[str]) -> str:
    """"bapt. " -> "baptised ", "Bap. " -> "Baptised "."""
    said = LIFE_EVENTS[match.group(1).lower()]
    return (said.capitalize() if match.group(1)[0].isupper() else said) + " "


def _institution(match: re.Match[str]) -> str:
    """"Coll." -> "College" after a capitalised word of the name or before "of", with the sentence's stop."""
    after_name = _CAPITAL_WORD_BEFORE.search(match.string, max(0, match.start() - 30), match.start()) is not None
    if not (after_name or match.string.startswith(" of ", match.end())):
        return match.group(0)
    return INSTITUTION_WORDS[match.group(1)] + _institution_stop(match)


def _institution_stop(match: re.Match[str]) -> str:
    """The sentence's stop after a shortened name's word, where a sentence plainly opens after it."""
    # a capital after the stop goes on with the name ("Univ. Coll. Dublin") unless a sentence plainly opens there
    opens = match.end() == len(match.string) or _SENTENCE_OPENS.match(match.string, match.end()) is not None
    return sentence_stop(match) if opens else ""


def _label_date(match: re.Match[str]) -> str:
    """"5.xii.1899" -> "5 December 1899", "1-4.vi.1921" -> "1-4 June 1921", "ii.1930" -> "February 1930"."""
    day = match.group(1) or ""
    if not day and not match.group(3).islower():
        return match.group(0)  # "Part IV.1932" may be a part and a number; a label's month alone is in small letters
    month = MONTHS[_ROMAN_MONTHS[match.group(3).lower()] - 1]
    if day and match.group(2):
        day += "-" + match.group(2)
    return padded(match, f"{day} {month} {match.group(4)}".strip())


def _dashed_label_date(match: re.Match[str]) -> str:
    """"21-IV-1921" -> "21 April 1921", for the dates' rule to read in the region's order."""
    return padded(match, f"{match.group(1)} {MONTHS[_ROMAN_MONTHS[match.group(2).lower()] - 1]} {match.group(3)}")


def _dual_year(match: re.Match[str]) -> str:
    """"1712/13" -> "1712 or 13" where the second is the next year; as written elsewhere."""
    year, later = match.group(1), match.group(2)
    if int(year) > 1752 or int(later) != (int(year) + 1) % 10 ** len(later):
        return match.group(0)
    return f"{year} or {later}"


def _iso_length(match: re.Match[str]) -> str:
    """"PT1H30M" -> "one hour thirty minutes"."""
    parts = [f"{numbers.cardinal(int(value))} {name}{'' if int(value) == 1 else 's'}"
             for value, name in zip(match.groups(), _LENGTH_NAMES, strict=True) if value]
    return padded(match, " ".join(parts)) if parts else match.group(0)


def _timecode(match: re.Match[str]) -> str:
    """"01:02:03:12" -> "one hour two minutes three seconds and twelve frames", "00:00:47:05" -> "forty seven seconds
    and five frames"."""
    values = [int(part) for part in match.groups()]
    said = [f"{numbers.cardinal(value)} {name}{'' if value == 1 else 's'}"
            for value, name in zip(values, ("hour", "minute", "second", "frame"), strict=True) if value]
    if len(said) > 1 and values[3]:
        said[-1] = "and " + said[-1]
    return padded(match, " ".join(said) or "zero frames")


def _iso_week(match: re.Match[str]) -> str:
    """"2026-W49-5" -> "day five of week forty nine of twenty twenty six"."""
    said = f"week {numbers.cardinal(int(match.group(2)))} of {numbers.year(int(match.group(1)))}"
    return padded(match, (f"day {numbers.cardinal(int(match.group(3)))} of " if match.group(3) else "") + said)


def _date_time_group(match: re.Match[str]) -> str:
    """"051830Z DEC 26" -> "zero five one eight three zero Zulu December twenty six"."""
    month = MONTHS[_SHORT_MONTHS.index(match.group(4))]
    return (f"{numbers.digits(match.group(1) + match.group(2) + match.group(3))} Zulu {month} "
            f"{numbers.cardinal(int(match.group(5)))}")


def logs(text: str) -> str:
    """Read a label's Roman month, a signal's Zulu time and date-time group, a log's ISO 8601 lengths and weeks, and
    a countdown's sign, before the dates' and the clock's rules take their digits apart."""
    if "." in text and ".0000" in char_classes(text) and _MAY_BE_LABEL_DATE.search(text):  # its stop and digits
        text = _LABEL_DATE.sub(_label_date, text)
    if "-" in text and ("A-0000" in char_classes(text) or "a-0000" in char_classes(text)):  # a numeral, a dash, a year
        text = _DASHED_LABEL_DATE.sub(_dashed_label_date, text)
    if "/" in text and ("Jan " in text or "Feb " in text or "Mar " in text):
        text = _DUAL_YEAR.sub(_dual_year, text)
    if "Z" in text and "Z " in text:
        text = _DATE_TIME_GROUP.sub(_date_time_group, text)
    # its shape in the classes first (a digit, the letter, maybe a space, a digit): the needles end in a digit
    if "d" in text and ("0a0" in char_classes(text) or "0a 0" in char_classes(text)) and (
            _MAY_BE_DAYS_BEFORE_HOURS.search(text)):
        text = _DAYS_BEFORE_HOURS.sub(lambda m: padded(m, numbers.cardinal(int(m.group(1))) + (
            " day" if m.group(1) == "1" else " days")), text)
    if ("-" in text and "T-" in text) or "T−" in text:
        text = _COUNTDOWN_SIGN.sub("T minus ", text)
    if ":" in text and text.count(":") > 1 and ("00:00:00:00" in char_classes(text)
                                                or "00:00:00;00" in char_classes(text)):
        text = _TIMECODE.sub(_timecode, text)
    if "W" in text and _MAY_BE_ISO_WEEK.search(text):
        text = _ISO_WEEK.sub(_iso_week, text)
    return text


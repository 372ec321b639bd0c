"""Lengths of time written short: "2h 30m", "1h30", "11m 20s", "4y 6m", "took 30 s", "4h 35' 12\"" (and, in order
around them, the 24-hour times of hundreds.py)."""

from __future__ import annotations

import re

from narrator.speech.normalise import hundreds, numbers, records
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import char_classes, padded

# "2h 30m", "1h30", "1h 5m 20s": a duration in hours and minutes (a bare "30m" would be meters); "1h30." ends a
# sentence ("1h30.5" is no duration). A plus sign before it, a delay's or a gain's ("ETA +1h 45m", "battery +3h
# 20m"), is said: the sign's own rule runs after the digits are words, and "+one hour..." went to the voice.
_DURATION = compiled(
    r"(?:(?<![^\s(\[])(\+)|(?<![\w.,]))(\d{1,3})\s?h\s?(\d{1,2})(?:\s?(?:m|mins?)\b(?:\s?(\d{1,2})\s?s\b)?|(?![\w:]|[.,]\d))")
# "TGV 7h52", "the Eurostar 9h13", "leaves Paris 7h52 and arrives 11h05", "at 7h52, 8h52 and 9h52": an hour and
# minutes glued to "h" after a train's name, before one, or after a word of leaving or arriving (a place's name or two
# between), or in a list after a time at a clock's word, is the timetable's clock ("seven hours fifty two minutes" it
# was); "the train took 3h15" is how long.
_TRAIN_NAMES = r"TGV|ICE|IC|EC|TER|AVE|Eurostar|Thalys|Railjet|Intercity|InterCity|Frecciarossa|Italo|Ouigo|OUIGO"
_TIMETABLE_BEFORE = compiled(
    rf"(?:\b(?:{_TRAIN_NAMES})|\b(?i:leaves|leaving|departs|departing|departure|dep\.?|arrives|arriving|arrival"
    r"|arr\.?)(?:\s[A-Z][\w'’-]+){0,2})\s$")
_TRAIN_AFTER = compiled(rf"\s(?:{_TRAIN_NAMES})\b")
_LISTED_AFTER_A_CLOCK_WORD = compiled(
    r"\b(?i:at|from|until|till)\s\d{1,2}h[0-5]\d(?:,\s\d{1,2}h[0-5]\d)*(?:,\s|,?\s(?:and|or|to)\s)$")
# "4y 6m imprisonment", "aged 2y3m": years and months, as a sentence or a child's age is noted (a months part under
# twelve; "four y six meters" before).
_YEARS_MONTHS = compiled(r"(?<![\w.,])(\d{1,3})y\s?([1-9]|1[01])m\b(?![\w.,]\d)")
_MAY_BE_YEARS_MONTHS = compiled(r"y(?<=\dy)\s?\d")  # led by its letter: the engine skips to it
# "at 21h30", "from 9h15": after a word that asks for a time, an hour and minutes parted by "h" are a clock's, as
# French and Quebec English write them ("after 1h30 of play" is how long).
_CLOCK_WORD_BEFORE = compiled(r"\b(?i:at|from|until|till)\s$")
# "at 18h", "until 8h": an hour alone glued to its "h" after such a word is the clock's hour too ("eighteen hours" it
# was); "for 8h", "a 24h race" are lengths.
_HOUR_ALONE = compiled(r"(?<![\w.,])(1?\d|2[0-3])h(?![\w'’]|[.,:]\d)")
_CLOCK_WORD_BEFORE_HOUR = compiled(r"\b(?:[Aa]t|[Ff]rom|[Uu]ntil|[Tt]ill) $")
# its first look, led by its letter (the engine skips to each "h"): the pattern itself, led by a lookbehind and a
# digit, was tried at every position of each sentence with a digit before a small letter (+0.3% of a pass)
_GLUED_HOUR = compiled(r"h(?<=\dh)")
# a span of hours glued to their "h", one end with minutes at least ("9h30–12h", "14h-18h30", "8h45–17h15"), running
# forward within a day by an hour at least and from seven: a clock's, as a timetable's or an office's hours write them
# ("nine hours thirty minutes-twelve hours" it was, the dash left); after a word of how long it stays a length
# ("lasts 2h30–3h"), and so does a span of less than an hour ("7h30–8h") or from an early hour ("Bake 1h30–2h").
_H_SPAN = compiled(r"(?<![\w.,])([01]?\d|2[0-3])h(?:([0-5]\d)\s?[–-]\s?([01]?\d|2[0-3])h([0-5]\d)?"
                   r"|\s?[–-]\s?([01]?\d|2[0-3])h([0-5]\d))(?![\w,:]|\.\d)")
# "17h30", "09h15" in a timetable's or a fixture list's cell: an hour no length is written with (13 to 23, or
# one padded with a zero) before two digits of minutes is a clock's without a word before it (it was "seventeen
# hours thirty minutes"); "1h30" and "10h30" stay lengths, and so does any after a word of how long ("took 14h05",
# "a 13h30 flight").
_LENGTH_WORD_BEFORE = compiled(
    r"\b(?i:for|took|takes|take|in|after|over|within|lasted|lasts|last|of|an?|the|time|record|total|than|about"
    r"|under|nearly|almost|some|just)\s$")
# "a 1h 45m flight", "an 11h 30m shift": between the article and its noun the length describes, its units are said
# singular, as "a two-hour flight" is ("one hour forty five minutes flight" it was).
_ARTICLE_BEFORE = compiled(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Yy]our)\s$")
_NOUN_AFTER = compiled(r"\s(?!(?:of|and|or|to|in|on|at|for|by|with|from|is|was|are|were|has|had|have|will|would"
                       r"|could|can|may|might|seemed|felt|went|passed|ended|flew|that|it)\b)[a-z]+\b")
# "took 30 s.", "incubate for 45 s at 95 °C", "every 10 s", "take ~90 s to boot": a spaced "s" after a word of how
# long (and a "~" or "about" after it) is seconds, as a lab's methods and a build log write them; so is one between
# "a" and a noun ("a 30 s clip": "a thirty second clip"). A spaced "s" elsewhere may be a letter: "Grade 3 s".
_SPACED_SECONDS = compiled(
    r"\b((?i:for|took|takes|take|taking|lasted|lasts|last|after|within|every|wait|waited|over|under|than|about|of)\s"
    r"(?:~\s?|(?:about|around|roughly|approximately|nearly|almost|just|only|some)\s)?)"
    r"(\d{1,4}(?:\.\d{1,3})?) s(?=[.,;:)]|\s[a-z]|$)")
_SPACED_SECOND_BEFORE_NOUN = compiled(r"(?<![\w.,])((?i:an?)\s)(\d{1,4}(?:\.\d{1,3})?) s(?=\s(?!(?:and|or|of)\b)[a-z])")
# "finished 12 s clear", "3.4 s behind the leader", "20 s later", "with 5 s left": a spaced "s" before a word of a
# margin or of time passing is seconds, as a race report and a match report write them (left "twelve s clear"); a
# year's "s" ("1960 s") has four digits.
_SPACED_SECONDS_BEFORE_MARGIN = compiled(
    r"(?<![\w.,])(\d{1,3}(?:\.\d{1,3})?) s(?= (?:behind|ahead|clear|adrift|later|earlier|faster|slower|quicker"
    r"|apart|ago|remaining|left|off the (?:pace|lead))\b)")
_MAY_BE_SPACED_SECONDS = compiled(r" s\b(?<=\d s)")  # "\d s\b", led by its literal " s": found at memchr speed
# "4h 35' 12\"", "5h02'15''": a road race's time, hours then minutes and seconds marked as cycling writes them (the
# seconds' mark was read as inches).
_HOURS_MARKED = compiled(r"(?<![\w.,])(\d{1,2})\s?h\s?([0-5]?\d)'\s?([0-5]?\d)(?:\"|''|″)(?!\w)")
# "11m 20s", "9m 05s", "2m30s": minutes and seconds (a bare "11m" may be meters or millions; with seconds it is not).
_MINUTES_SECONDS = compiled(r"(?<![\w.,])(\d{1,3})\s?m\s?([0-5]?\d(?:\.\d{1,3})?)\s?s\b(?![.,]\d)")  # "1m 32.456s"
_MAY_BE_MINUTES_SECONDS = compiled(r"\dm\s?\d")


def unit(value: int, name: str) -> str:
    """(3, "minute") -> "three minutes", (1, "second") -> "one second"."""
    return f"{numbers.cardinal(value)} {name}{'' if value == 1 else 's'}"


def _seconds(written: str) -> str:
    """"20" -> "twenty seconds", "32.456" -> "thirty two point four five six seconds"."""
    return unit(int(written), "second") if "." not in written else f"{numbers.number(written)} seconds"


def _clock_hour_shape(hours: str, written: str) -> bool:
    """True for "17h30", "09h15" and "11h00": hours 13 to 23, padded with a zero or on the hour, glued to their "h"
    and minutes."""
    # and any hour of two digits on the hour ("11h00", "10h00 to 16h00": "eleven hours zero minutes" it was): a
    # length is written "11h", with no minutes
    return "h" in written and written.index("h") == 2 and (hours[0] == "0" or 13 <= int(hours) <= 23
                                                           or written.endswith("h00"))


def _clock_hour(hours: int, minutes: str = "00") -> str:
    """A clock's hour and minutes written with "h": "twenty one thirty", "ten o'clock", and after noon on the hour
    "twenty three hundred" (not "twenty three o'clock", which no clock says)."""
    if minutes == "00":
        return numbers.cardinal(hours) + (" hundred" if hours > 12 else " o'clock")
    return f"{numbers.cardinal(hours)} {'o ' if minutes[0] == '0' else ''}{numbers.cardinal(int(minutes))}"


def _hour_alone(match: re.Match[str]) -> str:
    """"at 18h" -> "at eighteen hundred", "from 8h" -> "from eight o'clock", after a word that asks for a time."""
    if not _CLOCK_WORD_BEFORE_HOUR.search(match.string, max(0, match.start() - 7), match.start()):
        return match.group()
    return _clock_hour(int(match.group(1)))


def _on_a_timetable(match: re.Match[str]) -> bool:
    """An hour and minutes glued to "h" after or before a train's name, after a word of leaving or arriving, or listed
    after a time at a clock's word ("TGV 7h52", "the 7h52 TGV", "leaves Paris 7h52", "at 7h52, 8h52")."""
    start = match.start()
    return (_TIMETABLE_BEFORE.search(match.string, max(0, start - 40), start) is not None
            or _TRAIN_AFTER.match(match.string, match.end()) is not None
            or _LISTED_AFTER_A_CLOCK_WORD.search(match.string, max(0, start - 80), start) is not None)


def _duration(match: re.Match[str]) -> str:
    sign, hours, minutes, seconds = match.groups()
    plus = "plus " if sign else ""
    if (not seconds and len(minutes) == 2 and int(hours) < 24 and int(minutes) < 60 and match.group(0)[-1].isdigit()
            and (_CLOCK_WORD_BEFORE.search(match.string, max(0, match.start() - 7), match.start())
                 or _on_a_timetable(match)
                 or (_clock_hour_shape(hours, match.group(0))
                     and not _LENGTH_WORD_BEFORE.search(match.string, max(0, match.start() - 8), match.start())))):
        return padded(match, plus + _clock_hour(int(hours), minutes))  # "at 21h30": "twenty one thirty"
    parts = [unit(int(hours), "hour"), unit(int(minutes), "minute")]
    if seconds:
        parts.append(unit(int(seconds), "second"))
    if (_NOUN_AFTER.match(match.string, match.end())
            and _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 6), match.start())):
        parts = [part.removesuffix("s") for part in parts]  # "a 1h 45m flight": "one hour forty five minute"
    return padded(match, plus + " ".join(parts))


def _span_end(hours: str, minutes: str | None) -> str:
    """"9", "30" -> "nine thirty"; "14", None -> "fourteen hundred"; "12", None -> "twelve"."""
    if minutes is None or minutes == "00":
        return numbers.cardinal(int(hours)) + (" hundred" if int(hours) > 12 else "")
    return f"{numbers.cardinal(int(hours))} {'o ' if minutes[0] == '0' else ''}{numbers.cardinal(int(minutes))}"


def _h_span(match: re.Match[str]) -> str:
    """"9h30–12h" -> "nine thirty to twelve". Left to the lengths' rule: a span of less than an hour ("7h30–8h" of
    sleep), one from an hour before seven not padded ("1h30–2h" to bake), one after a word of how long."""
    start_hours, start_minutes = match.group(1, 2)
    end_hours, end_minutes = match.group(3, 4) if start_minutes is not None else match.group(5, 6)
    start = int(start_hours) * 60 + int(start_minutes or 0)
    if (int(end_hours) * 60 + int(end_minutes or 0) - start < 60
            or (int(start_hours) < 7 and start_hours[0] != "0")
            or _LENGTH_WORD_BEFORE.search(match.string, max(0, match.start() - 8), match.start())):
        return match.group(0)
    return padded(match, f"{_span_end(start_hours, start_minutes)} to {_span_end(end_hours, end_minutes)}")


def durations(text: str) -> str:
    """Read "2h 30m" and "1h30" as hours and minutes, "11m 20s" as minutes and seconds (before "30s" can be taken
    for a decade), "0800 hours" and "at 0600"."""
    text = records.logs(text)  # a label's Roman month, a log's ISO lengths, a signal's date-time group first
    text = hundreds.zulu_and_local(text)
    if "h" in text:
        if "'" in text and "0'" in char_classes(text):  # the minutes' digit before its mark first
            text = _HOURS_MARKED.sub(lambda m: padded(m, " ".join(
                unit(int(value), name) for value, name in zip(m.groups(), ("hour", "minute", "second"), strict=True))),
                text)
        # a digit, "h" and a digit, maybe spaced: a first look in char_classes
        classes = char_classes(text)  # unrolled: a generator over the shapes cost more than the looks
        if "0a0" in classes or "0 a0" in classes or "0a 0" in classes or "0 a 0" in classes:
            if "-" in text or "–" in text:  # a span's dash, asked only where an "h" stands between digits
                text = _H_SPAN.sub(_h_span, text)
            text = _DURATION.sub(_duration, text)
        if "0a" in classes and _GLUED_HOUR.search(text) and ("t " in text or "m " in text or "l " in text):  # "at 18h"
            text = _HOUR_ALONE.sub(_hour_alone, text)
    if "y" in text and _MAY_BE_YEARS_MONTHS.search(text):
        text = _YEARS_MONTHS.sub(
            lambda m: padded(m, f"{unit(int(m.group(1)), 'year')} {unit(int(m.group(2)), 'month')}"), text)
    if "0 a" in char_classes(text) and _MAY_BE_SPACED_SECONDS.search(text):  # a digit, a space, a letter first
        text = _SPACED_SECONDS.sub(lambda m: m.group(1) + _seconds(m.group(2)), text)
        text = _SPACED_SECOND_BEFORE_NOUN.sub(lambda m: f"{m.group(1)}{numbers.number(m.group(2))} second", text)
        text = _SPACED_SECONDS_BEFORE_MARGIN.sub(lambda m: _seconds(m.group(1)), text)
    if "0a" in char_classes(text) and _MAY_BE_MINUTES_SECONDS.search(text):  # a digit before "m" first
        text = _MINUTES_SECONDS.sub(lambda m: padded(m, f"{unit(int(m.group(1)), 'minute')} {_seconds(m.group(2))}"),
                                    text)
    return hundreds.four_digit_times(text)

"""English clock times: "9:30 a.m.", "23:00", "5pm", "10.30pm" and spans of them; races' laps and paces, ratios, verses
(see dotted.py, hundreds.py and durations.py too)."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.dotted import TIMETABLE_WORDS, dotted_times
from narrator.speech.normalise.durations import unit
from narrator.speech.normalise.facts import CLOCK_ZONES, MONEY_SIGNS, RESULTS_LIST, ZONE_NAMES
from narrator.speech.normalise.hundreds import hundred_hours
from narrator.speech.normalise.util import among_words, char_classes, first_letters, near, padded, sentence_stop
from narrator.speech.normalise.vocabulary import is_common_word

# A zone after a time, from the table; lower-case and dotted only the American ones ("4 p.m. pdt", "e.s.t.").
_NOON_AFTER = compiled(r"\s(?:noon|midnight)\b")  # "12:00 noon", "12:00 midnight": no "o'clock" between
_ZONE = (r"(?:\s*(?P<zone>(?:" + "|".join(sorted(CLOCK_ZONES, key=len, reverse=True))
         + r")\b|[ecmp]\.?[sd]\.?t\b\.?))?")
_VOWEL = compiled(r"[AEIOU]")
_CLOCK = compiled(
    # "1:50,000" is a map's scale; a colon after the time ends a clause ("at 10:15: doors open"), before no digit
    r"(?<![\w.:])([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?(?!\d|:\d|,\d{3}\b)"
    r"(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?" + _ZONE
)
# "2:14.56", "1:02:03.4": a race time, with its seconds' fraction; no clock shows one. The seconds' unit written after
# it ("1:23.4s", "3:43.13 sec") is the one said at its end, not a second time.
# a gap to the leader, "+1:23.456" in a motor race's or a ski race's results, keeps its sign said ("plus one
# minute ..."; the "+" went to the voice).
# A rower's split or a swimmer's pace in tenths, "1:52.4/500m", "1:05.3/100m", "4:50.5/km", is such a time per its
# distance ("seconds or five hundred m" it was: the stroke read as one amount given two ways).
_LAP = compiled(r"(?<![\w.:])(\+(?=\d))?(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:]|\.\d)"
                r"(?:\s?(?:s|secs?|seconds?)(?![\w-]))?"
                r"(?:\s?/\s?(?:(mile|mi|km)|([15]00)\s?(m|yd))\b(?![/'’-]))?")
# "9:00-17:00", "9:30 am - 1:15 pm": a span of clock times.
# The second may be a bare hour: "9:30-11 daily", "10:45-noon" is left alone.
# an hour alone before a dash and a clock time, as opening hours print a day ("9–5:30", "Mon–Fri 10-4:30"):
# the dash "to" ("nine five thirty" it was, the dash dropped). Not after a word's or a number's mark ("John 3-5:12"
# is a verse's span, read before: after a space, a bracket or the text's start). Led by the digit, scanned in C.
_HOUR_TO_CLOCK = compiled(r"(\d(?<![^\s(]\d)\d?)\s?[-–]\s?(?=(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|[.,]\d))")
_UHR = compiled(r"(?<![\w.,])([01]?\d|2[0-3])\.([0-5]\d) Uhr\b")  # "14.30 Uhr": "fourteen point three zero" it was
_CLOCK_SPAN = compiled(
    r"(\d:[0-5]\d(?:\s?[AaPp]\.?\s?[Mm]\b\.?)?)\s?-\s?"
    r"(?=[012]?\d:[0-5]\d|(?:1[0-2]|0?[1-9])(?:\s?[AaPp]\.?\s?[Mm]\b)?(?![\w:]|[.,]\d))"
)
# "6.30-8pm", "9.30–11.45am": a dotted time opening a span that ends in a half of the day is a time too (its stop
# made it a decimal, "six point three zero eight PM").
_DOTTED_SPAN_TO_HALF_DAY = compiled(
    r"(?<![\w.:])(1[0-2]|0?[1-9])\.([0-5]\d)\s?[-–]\s?(?=(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?[AaPp]\.?\s?[Mm]\b)")
# "10.30pm": a full stop between hours and minutes, British style, only with am/pm.
_DOTTED_CLOCK = compiled(r"(?<![\w.:])(1[0-2]|0?[1-9])\.([0-5]\d)\s?([AaPp])\.?\s?[Mm]\b\.?")
# "1030 am", "930pm", "1215 p.m.": hours and minutes run together before a half of the day. "1010 AM" with a space is
# left: a radio station's frequency reads the same either way, and "1000 AM" is no clock. After a money sign the
# number is an amount and the letters a period: "£550 pm" is five hundred and fifty pounds a month.
_COMPACT_CLOCK = compiled(
    rf"(?<![\w.:,{MONEY_SIGNS}])(1[0-2]|0?[1-9])([0-5]\d)(?:\s?([ap])\.?m\b\.?|([AP])\.?M\b\.?|\s([AP])\.M\b\.?)")
# "a 16:9 screen", "a 3:1 ratio", "1 : 1": a colon between numbers that are no clock time is a ratio. After a
# capitalised name it is a chapter and verse ("Genesis 1:1"), said as two numbers.
# A space on one side only ("12: 301-310") is a label or a journal's volume and pages, not a ratio.
# "1:1000", "1:25000": one part in thousands ungrouped, a dilution's or a map's scale (no clock has such minutes).
_RATIO = compiled(r"(?<![\w:.,])(\d{1,3}(?:,\d{3})*)(:| : )(\d{1,3}(?:,\d{3})*|(?<=(?<![\d,])1:)\d{4,7})"
                  r"(?![\w:]|[.,]\d|\s?-\s?\d)")
# Words of a length of time: beside them "43:21" is minutes and seconds ("Germany beat France 32:28" stays a score).
_DURATION_NEAR = compiled(r"\b(?:clocks? in|clocked in|lasts?|lasted|runs? (?:for|at)|running time|run ?time|long|"
                            r"duration|track|song|album|video|episode|film|lap|in a time of|time of|finished in|"
                            r"personal best|PB|marathon|record(?:ed)? (?:time|in)|ran|clocked|clocking|raced|parkrun"
                            r"|half-marathon|mile|\d+\s?(?:K|k|km)|winning time"
                            # a long race's time: "the 10,000m was won in 29:56", "swam the 1500m in 14:31"
                            r"|won in|\d+\s?m|metres|meters|steeplechase|freestyle|medley|swam|skated)\b")
# "5:00/mile", "4:30 per km": a runner's pace, minutes and seconds to each mile or kilometre ("five o'clock or mile").
# a swimmer's pace per 100 metres or yards and a rower's split per 500 metres, "1:45/100m", "1:52/500m" ("one
# forty five or one hundred m" it was: the stroke read as one amount given two ways), and a span of paces,
# "4:20–4:40/km", the first said as the second is ("four twenty to four minutes forty seconds" it was: the first was
# read as the clock's); one pattern, led by the first time, so that a sentence is scanned once.
# and two paces joined by "and", "between 4:30 and 5:30 per km" (the first was read as the clock's), the word
# kept. The minutes named before the stroke, "4:45 min/km", "5:30 min/mile" ("four forty five min or km" it was).
_PACE = compiled(r"(?<![\w.:])(\d{1,2}):([0-5]\d)(?:\s?(-|–|to|and)\s?(\d{1,2}):([0-5]\d))?"
                 r"\s?(?:mins?\s?)?(?:/\s?|per\s)(mile|mi|km|kilomet(?:re|er)|([15]00)\s?(m|yd))\b")
_PACE_UNITS = {"mile": "mile", "mi": "mile", "km": "kilometer", "kilometre": "kilometre", "kilometer": "kilometer"}
# A British degree's class, "a 2:1" or "a 2:2", where the sentence speaks of a degree.
_DEGREE_TALK = compiled(r"\b(?:degree|graduat\w*|honours|university|universities|class|dissertation|finals"
                        r"|or above|or better|a first|first-class|employers"
                        r"|Master's|Masters|MSc|BSc|PhD|postgraduate|undergraduate)\b")  # the next degree
# "a 2:1 or a 2:2", "the 2:1 and 2:2 boundaries": the two upper classes named together are a degree's, with no
# word of a degree near (no score is written so); one alone stays a ratio or a score ("won 2:1").
_DEGREE_PAIR = compiled(r"\b2:1\s(?:or|and|to)\s(?:an?\s)?2:2\b|\b2:2\s(?:or|and)\s(?:an?\s)?2:1\b")
# "a 2:2 in law", "got a 2:1 in maths": a class with its subject after "in" is a degree's; a score's "in" leads to
# a time or a place ("a 2:1 in extra time", "a 2:2 in the derby", "a 2:1 in Madrid").
_DEGREE_SUBJECT = compiled(r"\sin\s(?!(?:the|a|an|their|its|his|her|our|my|your|this|that|extra|injury|stoppage|added"
                           r"|normal|regulation|midweek|both|each|every|front|what|which|style|turn|reply|response)\b)[a-z]{3,}\b")
_ARTICLE_A = compiled(r"\ba\s$")
# "Genesis 6:14-16", "1 Corinthians 13:4-7": a chapter and a span of its verses, after a capitalised name.
_VERSES = compiled(r"(?<![\w:.,])(\d{1,3}):(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w:]|[.,]\d)")
# "Nature 615:123-130": a journal's volume and pages, where no clock or verse could be (hour over 24 or minute over
# 59); said with a pause in place of the colon, and the pages as a range.
_VOLUME_PAGES = compiled(r"(\d(?<![\w:.,]\d)\d{0,3}):(\d{1,5})(?=\s?[-–]\s?\d{1,5}(?![\w:]|[.,]\d))")
# "UTC+2", "GMT-5", "UTC−03:00": a zone's offset, said with its sign; "T+10", "T-30 seconds": a countdown's.
_OFFSET = compiled(r"\b(UTC|GMT)\s?([-+−])\s?(\d{1,2})(?::?([0-5]\d))?\b(?![.,]\d)")
_COUNTDOWN = compiled(
    r"\bT(?:\+|[-−](?=\d+\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?|weeks?)\b))(?=\d)")
# "T-minus 10:00", "T minus 4:30": a countdown's clock shows minutes and seconds left, not a time of day (it
# was "T-minus ten o'clock").
# and a count up after launch, "T+1:12" ("T plus one twelve" it was), read as the count down is.
_COUNTDOWN_CLOCK = compiled(r"\bT(?:[-−]|\s)(minus|plus)\s(\d{1,2}):([0-5]\d)\b(?!:\d|[.,]\d)")
# and a countdown's seconds as a lone "s" after its number ("T-minus 60 s": "sixty s" it was), where after any
# other number "s" is a plural's or a letter's as often.
_COUNTDOWN_SECONDS = compiled(r"(?:(?<=\bT-minus )|(?<=\bT minus )|(?<=\bT-plus )|(?<=\bT plus ))(\d{1,3}) ?s\b"
                              r"(?![\w'’-]|\.\w)")
_SIGNS = {"+": "plus", "-": "minus", "−": "minus"}
# "D-3 until the launch", "J-100 before the Games", "L-2 days": a countdown's day (or hour) by its letter, said with
# its minus where the sentence counts down to an event; "seat D-3" and a letter and number alone are codes.
_DAY_COUNTDOWN = compiled(r"(?<![\w.-])([DJLT])[-−](?=\d{1,3}(?![\w.,-]|[.,]\d))")
_COUNTDOWN_TALK = compiled(
    r"\b(?:launch\w*|countdown|count-down|lift-?off|big day|release|premiere|opening|Games|Olympics|wedding"
    r"|election|deadline|debut|kick-?off)\b")
_COUNTDOWN_WORDS = first_letters(("launch", "countdown", "count", "lift", "liftoff", "big", "release", "premiere",
                                  "opening", "Games", "Olympics", "wedding", "election", "deadline", "debut", "kick",
                                  "kickoff", "launched", "launches", "launching"))
_LABEL_BEFORE = compiled(r"\b(?:[Ss]eats?|[Rr]ows?|[Rr]ooms?|[Gg]ates?|[Bb]locks?|[Ss]ections?|[Uu]nits?|[Bb]ays?"
                         r"|[Pp]latforms?|[Ll]evels?|[Aa]isles?|[Ff]lats?|[Zz]ones?)\s$")
# "noon-2pm", "midnight–6 a.m.": a span from noon or midnight.
_NOON_SPAN = compiled(r"\b([Nn]oon|[Mm]idnight)\s?[-–]\s?(?=\d)")
# "1-2 p.m.", "9–11am": a span of bare hours that shares the second's half of the day.
# "6-9.30am", "7–8:15 p.m.": a bare hour before a span's end with its minutes and its half of the day (the
# dotted end was read first, and the dash left between "six" and "nine thirty").
_HOUR_SPAN_TO_MINUTES = compiled(
    r"(?<![\w.:,-])(1[0-2]|0?[1-9])\s?[-–]\s?(?=(?:1[0-2]|0?[1-9])[.:][0-5]\d\s?[AaPp]\.?\s?[Mm]\b)")
_HOUR_SPAN = compiled(r"(?<![\w.:,-])(1[0-2]|0?[1-9])\s?[-–]\s?(?=(?:1[0-2]|0?[1-9])\s?[AaPp]\.?\s?[Mm](?<![ap]M)\b)")
_NAME_BEFORE = compiled(r"\b(?!(?:The|A|An|At|In|On|Of|By|For|From|With|To|Its|Their|Our)\s)[A-Z][a-z]+\s+$")
_MAY_BE_HALF_DAY = compiled(r"\d\s?[AaPp]\.?\s?[Mm]")
# not before "-ish", a time's rough suffix ("7pm-ish": "seven PM to ish" it was): "seven PM ish"
_TIME_RANGE = compiled(r"(?<=\b[AP]M)\s*-\s*(?=\w)(?!ish\b)")
_ROUGH_TIME = compiled(r"(?<=\b[AP]M)-(?=ish\b)")
# One time in two zones ("8:15 p.m. ET/5:15 p.m. PT", "9 p.m./8 p.m. Central"): a pause, never "slash".
_TIME_OR_TIME = compiled(r"((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty) [AP]M"
                           r"(?: [A-Z]{2,4}\b| [A-Z][a-z]+(?: Time)?)?) ?/ ?(?=\w)")
# A small letter before a capital M, "5 pM", "10 aM", is a lab's picomolar or attomolar, never a time (written "pm",
# "PM", "p.m."): "five PM" it was.
_HOUR = compiled(r"(?<![\w.:])(1[0-2]|0?[1-9])\s*([AaPp])\.?\s?[Mm](?<![ap]M)(?:\b\.?|\.)" + _ZONE)


_AT_BEFORE = compiled(r"\b(?:at|from|until|till|by|since|after|before)\s+$", re.IGNORECASE)
# "a teacher to pupil ratio of 1:25", "odds of 1:20": what reads as a clock is a ratio after a word that asks for one.
_RATIO_BEFORE = compiled(r"\b(?i:ratios?|odds|proportions?|mix(?:ed|ture)?|dilut\w*|scale|aspect)\b")
# "a 1:40 fall", "a 1:12 ramp", "a 1:20 gradient", "a 1:10 dilution": a ratio before the noun it gives, a slope's or
# a mixture's (read as a clock, "one forty fall", it was); "the 1:40 train" and "at 1:40" stay times.
_RATIO_AFTER = compiled(r"\s(?:fall|gradient|slope|ramp|incline|dilution|mix)\b")


# A date already in words, or the "T" of an ISO timestamp, before a time with seconds: a time of day, no duration.
_NUMBER_WORD = (r"(?:o|and|the|of|hundred|thousand|(?:twen|thir|for|fif|six|seven|eigh|nine)t(?:y|ieth)|\w+teen(?:th)?"
                r"|one|first|two|second|three|third|four(?:th)?|five|fifth|six(?:th)?|seven(?:th)?|eight(?:h)?|nine|ninth"
                r"|ten(?:th)?|eleven(?:th)?|twelve|twelfth)")
_DATE_BEFORE = compiled(r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November"
                          rf"|December)(?:,?\s{_NUMBER_WORD}){{1,7}},?|\bT)\s$")


_LENGTH_AFTER = compiled(r"\s?-?(?:long|in length)(?![\w-])")  # "4:32 long", "a 3:05-long clip" ("12:30 long-haul": no)
# minutes and seconds told by the words just before them, a span's ("held the ball for 33:12", "a swim of 47:30",
# "covered in 52:14", "spent 1:58 in the first transition", "took 2:40"; a score "thirty three to twelve" or a clock's
# "one fifty eight" it was), or by a duration said just before ("33:12 against 26:48", "spent 1:58 in the first
# transition and 2:21 in the second"); not the first of two times
# ("spent 4:30 to 5:00 at the gym" is a time of day's span).
_SPAN_WORDS = (r"\b(?:(?:held|had|kept|holding|having|keeping) (?:the ball|possession) for|possession for"
               r"|(?:swim|ride|bike|run|split|leg|stage|transition|lap) of"
               r"|(?:covered|swam|swum|rode|completed|did) (?:it |them |the \w+ )?in|spent|took|taking"
               r"|played|logged|averaged"  # a player's time on the ice or court, "played 21:14", "logged 24:30"
               # a runner's finishing time: "crossed the line in 15:42", "ran the 10k in 41:05", "her fastest time,
               # 31:07", "a personal best of 18:31" (a clock's "fifteen forty two", a score's "thirty one to seven")
               r"|(?:ran|run|walked|jogged|raced|finished|crossed the line|came home) (?:it |the \w+ |"
               r"\d+\s?(?:k|K|km|mi|miles?) )?in|(?:fastest|quickest|best|winning|finishing) time(?: of|,)?"
               r"|(?:personal|season's|season’s) best(?: of|,)?|\bPB(?: of|,)?)")
_SPAN_BEFORE = compiled(rf"(?:{_SPAN_WORDS}(?:\s\d{{1,2}}:[0-5]\d(?: [a-z ]{{1,30}}?)? (?:against|versus|vs\.?|and))?"
                        r"|seconds? (?:against|versus|vs\.?))\s$")
_SPAN_OF_TIMES = compiled(r"\s?(?:[-–]|to|until|till)\s?\d")
# a gap in minutes and seconds before the words of one, "1:12 behind the leader", "2:05 ahead of Keller" (a
# clock's "one twelve" it was); after an article or a word that asks for a time it is a time ("the 7:15 behind the
# school bus", "at 4:30 behind the hall").
_GAP_AFTER = compiled(r"\s(?:behind|ahead|adrift|clear of)\b")
_TIME_NAMED_BEFORE = compiled(r"\b(?i:the|a|an|at|from|until|till|by|since|after|before|this|that|every)\s$")
# a long race's time in hours and minutes before its noun, "a 3:05 marathon", "a 1:45 half marathon": "a three
# hour five minute marathon" (a clock's "three o five" it was); "a 3:05 start for the marathon" and "a 9:00 marathon
# start" are times.
_RACE_AFTER = compiled(r"(?:\s(?:half[- ])?marathon|\sIronman|\sultra(?:marathon)?)\b"
                       r"(?!\s(?:start|starts|gun|bus|train)\b)")
_OWNER_BEFORE = compiled(r"\b(?i:a|an|his|her|their|my|your|our)\s$")
# minutes and seconds after a runner's club or category in brackets, "1st J. Brown (Harriers) 33:12", "S. Patel (M50)
# 36:18", or after the runner's name, "2nd P. Singh 33:47", where the sentence is a results list
# (facts.RESULTS_LIST): a finishing time ("thirty three to twelve" it was, a score after a team's bracket, and
# "thirty three forty seven" a chapter and verse after a name); "Rovers (4th) 3:1" and "the mortar (dry) 4:1" stay a
# score and a ratio.
_BRACKET_BEFORE = compiled(r"\)\s$")
_RESULTS_LIST = compiled(RESULTS_LIST)


def _span_by_words(match: re.Match[str]) -> bool:
    """Whether the words just before or after minutes and seconds say a length of time, not a time of day."""
    start = max(0, match.start() - 72)
    if _SPAN_BEFORE.search(match.string, start, match.start()):
        return not _SPAN_OF_TIMES.match(match.string, match.end())
    if ((_BRACKET_BEFORE.search(match.string, max(0, match.start() - 2), match.start())
         or _NAME_BEFORE.search(match.string, max(0, match.start() - 20), match.start()))
            and near(_RESULTS_LIST, match, 160)):
        return not _SPAN_OF_TIMES.match(match.string, match.end())  # a finishing time in a results list
    return bool(_GAP_AFTER.match(match.string, match.end())
                and not _TIME_NAMED_BEFORE.search(match.string, max(0, match.start() - 8), match.start()))


# "First home was D. Lowe (Morpeth) in 28:41", "came in 26:48": minutes no clock has (25 to 59) and seconds after
# "in" are a length of time ("twenty eight to forty one" it was, a score); not a span's first end, nor a ratio's
# ("mixed in 30:45").
_IN_BEFORE = compiled(r"\bin\s$")


def _minutes_after_in(match: re.Match[str]) -> bool:
    """Whether minutes past 24 and their seconds stand after "in", out of talk of ratios."""
    return (24 < int(match.group(1)) < 60 and _IN_BEFORE.search(match.string, max(0, match.start() - 3),
                                                                  match.start()) is not None
            and not _SPAN_OF_TIMES.match(match.string, match.end())
            and not _RATIO_BEFORE.search(match.string, max(0, match.start() - 40), match.start()))


def _race_time(match: re.Match[str], hours: int, minutes: int) -> str | None:
    """"a 3:05 marathon" -> "three hour five minute"; None where no long race's noun follows its article."""
    if not (_RACE_AFTER.match(match.string, match.end())
            and _OWNER_BEFORE.search(match.string, max(0, match.start() - 8), match.start())):
        return None
    return f"{numbers.cardinal(hours)} hour" + (f" {numbers.cardinal(minutes)} minute" if minutes else "")


def _clock(match: re.Match[str]) -> str:
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), match.group(3)
    half, zone = match.group(4), match.group("zone")
    if half is None and zone is None and seconds is None and (_RATIO_BEFORE.search(
            match.string, max(0, match.start() - 40), match.start()) or _RATIO_AFTER.match(
            match.string, match.end())) and not _AT_BEFORE.search(
            match.string, max(0, match.start() - 8), match.start()):  # "odds of 5:1 were offered at 3:15": a time
        return padded(match, f"{numbers.cardinal(hours)} to {numbers.cardinal(minutes)}")
    if (half is None and zone is None and seconds is None and minutes < 60 and match.group(1) != "0"
            and (_LENGTH_AFTER.match(match.string, match.end()) or _span_by_words(match))):
        # "the video is 4:32 long", "spent 1:58 in the first transition": minutes and seconds
        return padded(match, f"{unit(hours, 'minute')} {unit(minutes, 'second')}" if minutes
                      else unit(hours, "minute"))
    if half is None and zone is None and seconds is None and (race := _race_time(match, hours, minutes)):
        return padded(match, race)
    if match.group(1) == "0" and seconds is None and half is None and zone is None:
        # "0:02" left on a game clock, "0:45" into a video: seconds; "at 0:00" is midnight, else a clock at zero
        if not minutes and _AT_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
            spoken = "midnight"
        else:
            spoken = unit(minutes, "second")
    elif seconds is not None and half is None and zone is None and not _DATE_BEFORE.search(
            match.string, max(0, match.start() - 60), match.start()) and not _clock_with_seconds(match):
        # "2:00:35" is "two hours and thirty five seconds": a part at zero is not said; after a date it is the
        # time of day ("2020-08-01 18:00:00")
        parts = [unit(value, name) for value, name in ((hours, "hour"), (minutes, "minute"), (int(seconds), "second"))
                 if value] or [unit(0, "second")]
        spoken = " and ".join([" ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else parts[0]
    elif half is None and minutes == 0 and (hours >= 13 or _beside_hundred(match)) and match.group(1) != "24":
        spoken = hundred_hours(hours, 0) + _seconds(seconds)  # "until 18:00": "until eighteen hundred"
    elif half is None and minutes == 0:
        # "00:00" and "24:00" are midnight
        midnight = match.group(1) in ("00", "24")
        spoken = "midnight" if midnight else numbers.cardinal(hours)
        if not midnight and not _NOON_AFTER.match(match.string, match.end()):  # "12:00 noon": "twelve noon"
            spoken += " o'clock"
        spoken += _seconds(seconds)  # "at 12:00:01": "twelve o'clock and one second" (its second was dropped)
    elif hours == 0 and half is None and zone is None and minutes < 10 and _AT_BEFORE.search(
            match.string, max(0, match.start() - 8), match.start()):
        spoken = _past_midnight(minutes)  # "from 00:01": "from one minute past midnight"
    else:
        if hours == 0 and half is None:
            hours, half = 12, "A"  # "00:30" is half past midnight: "twelve thirty AM"
        spoken = numbers.cardinal(hours)
        if minutes:
            spoken += (" o " if minutes < 10 else " ") + numbers.cardinal(minutes)
        spoken += _seconds(seconds)
    return padded(match, spoken + _half(half) + _zone(zone) + _time_stop(match))


def _seconds(seconds: str | None) -> str:
    """" and one second" after a time of day that shows its seconds; none when they are none or zero."""
    return " and " + unit(int(seconds), "second") if seconds is not None and int(seconds) else ""


# a 24-hour time on the hour is said as the clock is read aloud in English, "eighteen hundred" ("eighteen
# o'clock" is no English; NeMo's "twenty three o'clock" is not followed). An hour of twelve or less keeps "o'clock"
# ("at 10:00": "ten o'clock"), unless written with two digits beside a time said in hundreds ("08:00 and 17:00": "o
# eight hundred and seventeen hundred", "10:00-16:00": "ten hundred to sixteen hundred"), where the pair shows a
# 24-hour clock.
_HUNDRED_AFTER = compiled(r"\s?(?:[-–]|to|and|until|till)\s?(?:1[3-9]|2[0-3]):00(?!\d|:\d)")
_HUNDRED_BEFORE = compiled(r"(?<![\w.:])(?:1[3-9]|2[0-3]):00\s?(?:[-–]|to|and|until|till)\s?$")


# and a round hour of two digits joined to another across their weekdays, as a notice of works or a timetable
# writes a span ("from 03:00 Sat to 06:00 Sun", "22:00 Fri - 06:00 Mon": "three o'clock Saturday" it was): both sides
# are a 24-hour clock's, said in hundreds.
_DAY_PAIR_AFTER = compiled(r"\s(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?\s(?:to|until|till|[-–])\s"
                           r"(?:[01]\d|2[0-3]):00(?!\d|:\d)")
_DAY_PAIR_BEFORE = compiled(r"(?<![\w.:])(?:[01]\d|2[0-3]):00\s(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?"
                            r"\s(?:to|until|till|[-–])\s$")


def _beside_hundred(match: re.Match[str]) -> bool:
    """Whether a round hour of two digits ("08:00") is one side of a pair whose other side is said in hundreds, or of
    a pair of two-digit hours across their weekdays."""
    if len(match.group(1)) != 2 or match.group(1) == "00":
        return False
    string, start, end = match.string, match.start(), match.end()
    return bool(_HUNDRED_AFTER.match(string, end) or _HUNDRED_BEFORE.search(string, max(0, start - 12), start)
                or (string.startswith(" ", end) and _DAY_PAIR_AFTER.match(string, end))
                or (string.endswith(" ", 0, start) and _DAY_PAIR_BEFORE.search(string, max(0, start - 30), start)))


def _past_midnight(minutes: int) -> str:
    """"00:01" after "from" -> "one minute past midnight": the first minutes of a day are told from midnight, as a
    strike or a curfew starts ("twelve o one AM" is an American clock's reading of what no American writes)."""
    return f"{unit(minutes, 'minute')} past midnight"


# "23:59:59 on Friday", "00:00:01 tonight": the day a time with seconds falls on makes it a time of day.
_DAY_AFTER_SECONDS = compiled(r"\s(?:on\s(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|tonight|today"
                              r"|tomorrow|local time)\b")


# "the clock read 11:59:59", "his watch showed 23:59:58": what a clock shows is a time of day.
_CLOCK_SHOWED = compiled(r"\b(?:clock|clocks|watch|display)\s(?:read|reads|showed|shows|said|says|stood at|struck)\s$")


def _clock_with_seconds(match: re.Match[str]) -> bool:
    """"at 23:59:50", "until 11:59:59", "10:22:07Z", "[14:02:33] Server started": a time with seconds after a word
    that asks for a time, before Zulu's letter or in a log's square brackets before its message, and an hour of two
    digits is a time of day, said as one ("twenty three fifty nine and fifty seconds"); "at 0:02:01", a race's
    "2:59:59" and "[01:12:45]" alone stay lengths of time."""
    start = match.start()
    return len(match.group(1)) == 2 and bool(
        (match.string[start - 1:start] == "[" and match.string.startswith("] ", match.end()))
        or _AT_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
        or _CLOCK_SHOWED.search(match.string, max(0, match.start() - 20), match.start())
        or _DAY_AFTER_SECONDS.match(match.string, match.end())
        or match.string.startswith(" Zulu", match.end()))  # "10:22:07Z" (numericdates.py: "10:22:07 Zulu")


# "noon ET", "9.30am ET": a US zone of two letters after a half of the day or noon, said by its name as the
# clock rule says it ("10am ET": "ten AM Eastern Time").
_ZONE_NAME_AFTER = compiled(r"\b(AM|PM|[Nn]oon|[Mm]idnight) (ET|PT|CT|MT)\b(?![.'’]?\w)")


# One time in two US zones joined by a slash, "8:30 ET/PT", "9pm ET/CT" (the second zone was spelled, "Eastern Time,
# P.T"): each zone by its name, joined by "and", as one time in both zones is said ("8:15 p.m. ET/5:15 p.m. PT"
# names two times, with a pause between: _TIME_OR_TIME).
_ZONE_PAIR = compiled(r"(?<=[\dMm.] )(ET|PT|CT|MT)/(ET|PT|CT|MT)\b(?![.'’]?\w)")


def noon_zones(text: str) -> str:
    """"noon ET" -> "noon Eastern Time" in a sentence with no digit, which the clock rules never see."""
    if "T" in text and ("oon " in text or "ight " in text):
        return _ZONE_NAME_AFTER.sub(lambda m: f"{m.group(1)} {ZONE_NAMES[m.group(2)]}", text)
    return text


def _lap(match: re.Match[str]) -> str:
    """"2:14.56" -> "two minutes fourteen point five six seconds"."""
    sign, hours, minutes, seconds, fraction, course, pool, pool_unit = match.groups()
    parts = ["plus"] if sign else []
    parts += [unit(int(hours), "hour")] if hours else []
    parts.append(unit(int(minutes), "minute"))
    parts.append(f"{numbers.decimal(f'{int(seconds)}.{fraction}')} seconds")
    if course:  # "4:50.5/km": per a runner's mile or kilometre
        parts.append(f"per {_PACE_UNITS[course]}")
    elif pool:  # "1:52.4/500m": per a rower's or a swimmer's hundreds of metres or yards
        parts.append(f"per {numbers.cardinal(int(pool))} {'meters' if pool_unit == 'm' else 'yards'}")
    return padded(match, " ".join(parts))


def _clock_words(match: re.Match[str], hours: int, minutes: int, half: str) -> str:
    spoken = numbers.cardinal(hours)
    if minutes:
        spoken += (" o " if minutes < 10 else " ") + numbers.cardinal(minutes)
    return padded(match, spoken + _half(half) + _time_stop(match))


def _hour(match: re.Match[str]) -> str:
    spoken = numbers.cardinal(int(match.group(1))) + _half(match.group(2)) + _zone(match.group("zone"))
    return padded(match, spoken + _time_stop(match))


# "At 9 a.m. MPs returned", "By 5 p.m. NASA had confirmed it": a time that opens its sentence after "at" or
# "by" is no sentence of its own, so the stop of "a.m." before a capital is the abbreviation's, not the sentence's
# (it was kept, and the voice stopped at "AM." before the subject).
_FRONTED_TIME = compiled(r"(?:^|[.!?][\"”’)]?\s+)(?:At|By|From|Until|Till|Before|After|Since|Around|About|Shortly"
                         r" after|Just after|Just before|Not until)\s$")


def _time_stop(match: re.Match[str]) -> str:
    """The sentence's stop after a time, unless the time opens its sentence and the sentence goes on after it."""
    stop = sentence_stop(match)
    if stop and match.end() < len(match.string) and _FRONTED_TIME.search(
            match.string, max(0, match.start() - 24), match.start()):
        return ""
    return stop


def _half(letter: str | None) -> str:
    # Joined capitals: espeak-ng (and so Piper) spells "AM", but reads a lone "A" as the article.
    return f" {letter.upper()}M" if letter else ""


def _zone(zone: str | None) -> str:
    """" EST" stays joined, which engines spell; " AEST" and " EAT" are dotted: engines read them as words, and the
    emphasis rule would write a common word ("EAT") in small letters."""
    if not zone:
        return ""
    letters = "".join(ch for ch in zone.upper() if ch.isalpha())
    if zone in ZONE_NAMES:  # "ET": "Eastern Time"
        return " " + ZONE_NAMES[zone]
    said = (len(letters) >= 4 and _VOWEL.search(letters)) or is_common_word(letters)
    return " " + (".".join(letters) if said else letters)


def _day_countdown(match: re.Match[str]) -> str:
    """"D-3" -> "D minus 3" near a countdown's words ("until the launch"), not after a seat's or a row's label."""
    if _LABEL_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) or not near(
            _COUNTDOWN_TALK, match, 60):
        return match.group(0)
    return f"{match.group(1)} minus "


def _countdown_clock(match: re.Match[str]) -> str:
    """"T-minus 10:00" -> "T minus ten minutes", "T minus 4:30" -> "T minus four minutes and thirty seconds"."""
    minutes, seconds = int(match.group(2)), int(match.group(3))
    said = [unit(minutes, "minute")] if minutes else []
    said += [unit(seconds, "second")] if seconds or not minutes else []
    return f"T {match.group(1)} " + " and ".join(said)


def _ratio(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(3)
    if first == second == "50":
        return padded(match, "fifty fifty")  # "a 50:50 chance", "mix it 50:50": an even split, as "50-50" is said
    if first == "2" and second in ("1", "2") and (near(_DEGREE_TALK, match, 80) or _DEGREE_PAIR.search(
            match.string, max(0, match.start() - 12), min(len(match.string), match.end() + 12))
            or (_DEGREE_SUBJECT.match(match.string, match.end())
                and _ARTICLE_A.search(match.string, max(0, match.start() - 2), match.start()))):
        return padded(match, f"two {'one' if second == '1' else 'two'}")  # "a 2:1 in history": a British degree
    if len(second) == 2 and " " not in match.group(0) and int(first.replace(",", "")) <= 24 and int(second) < 60:
        # a time the clock rule left, or a verse ("John 3:16"); past 59 no clock's minutes: a model's or a map's scale
        # ("a 1:72 kit", "1:96"), "one:seventy two" it was ("1,000 : 40" is a ratio below)
        return match.group(0)
    if (len(second) == 2 and int(second) <= 59 and first.isdigit() and int(first) < 100 and " " not in match.group(0)
            and (near(_DURATION_NEAR, match, 60) or _span_by_words(match) or _minutes_after_in(match))):
        # "the album clocks in at 43:21", "a swim of 47:30": minutes and seconds, no score
        return padded(match, f"{unit(int(first), 'minute')} {unit(int(second), 'second')}")
    # "Genesis 1:1": a chapter and verse, said as "John 3:16" is; a chapter has no thousands ("Torque 1,000 : 40" is a
    # ratio after a name, "one thousand forty" it was)
    if len(second) < 4 and "," not in first and _NAME_BEFORE.search(match.string, max(0, match.start() - 20),
                                                                     match.start()):
        return padded(match, f"{first} {second}")
    said = [numbers.cardinal(int(side.replace(",", ""))) for side in (first, second)]  # "1:1,000"
    return padded(match, f"{said[0]} to {said[1]}")


def _pace(match: re.Match[str]) -> str:
    """"5:00/mile" -> "five minutes per mile", "4:30/km" -> "four minutes thirty seconds per kilometer"."""
    said = (" and " if match.group(3) == "and" else " to ").join(
        _minutes_and_seconds(int(minutes), int(seconds)) for minutes, seconds in (match.group(1, 2), match.group(4, 5))
        if minutes)
    if match.group(7):  # "/100m": per a hundred of a pool's or a course's metres or yards
        return padded(match, f"{said} per {numbers.cardinal(int(match.group(7)))} "
                             f"{'meters' if match.group(8) == 'm' else 'yards'}")
    return padded(match, f"{said} per {_PACE_UNITS[match.group(6)]}")


def _minutes_and_seconds(minutes: int, seconds: int) -> str:
    """4, 30 -> "four minutes thirty seconds"."""
    return unit(minutes, "minute") + (" " + unit(seconds, "second") if seconds else "")


def _verses(match: re.Match[str]) -> str:
    """"John 3:16-18" -> "John three sixteen to eighteen"; a time span ("Meet 9:30-10") is left to the clock rules."""
    chapter, first, last = match.groups()
    if int(first) >= int(last) or not _NAME_BEFORE.search(match.string, max(0, match.start() - 20), match.start()):
        return match.group(0)
    verses = f"{numbers.cardinal(int(first))} to {numbers.cardinal(int(last))}"
    return padded(match, f"{numbers.cardinal(int(chapter))} {verses}")


def _offset(match: re.Match[str]) -> str:
    """"UTC+2" -> "UTC plus two", "GMT-03:30" -> "GMT minus three thirty"."""
    spoken = f"{match.group(1)} {_SIGNS[match.group(2)]} {numbers.cardinal(int(match.group(3)))}"
    if match.group(4) and match.group(4) != "00":
        spoken += " " + numbers.cardinal(int(match.group(4)))
    return padded(match, spoken)


# A US television listing's hour in the Eastern and Pacific zones, then the Central one: "Sundays at 8/7c".
# and its half of the day after the first hour, as listings print it ("10p/9c", "10pm/9c": "ten pence or nine
# c" and "ten PM, nine cents" it was).
_LISTING = compiled(r"(1(?<![\w/.,]1)[0-2]|[1-9](?<![\w/.,][1-9]))(?::([0-5]\d))?(p(?:m|\.m\.)?)?/(1[0-2]|[1-9])"
                    r"(?::([0-5]\d))?c\b")
# a half of the day as its letter alone after an hour, as US listings and shop doors print it: before a US
# zone's letters ("4p ET", "12:30p PT") and in a span of the day's two halves ("9a–5p", "10p–2a"); the "m" is written
# in for the half-day rules below ("four pence E.T" and "nine a-five pence" it was). A span of one letter ("5p–10p",
# pence) and a letter before other words ("4p stamp") are left.
_LETTER_HALF_BEFORE_ZONE = compiled(r"(?<![\w.:])((?:1[0-2]|[1-9])(?::[0-5]\d)?[ap])(?= [ECMP]T\b)")
_LETTER_HALF_SPAN = compiled(r"(?<![\w.:])((?:1[0-2]|[1-9])(?::[0-5]\d)?)([ap])([–-])((?:1[0-2]|[1-9])(?::[0-5]\d)?)"
                             r"([ap])(?![\w.-])")


def _listing(match: re.Match[str]) -> str:
    """"8/7c" -> "eight, seven Central"; "9:30/8:30c" -> "nine thirty, eight thirty Central" (Central is an hour
    behind Eastern: "1/2c" is half a cup)."""
    if int(match.group(1)) % 12 != (int(match.group(4)) + 1) % 12 or match.group(2) != match.group(5):
        return match.group(0)
    eastern, central = (" ".join(numbers.cardinal(int(part)) for part in pair if part)
                        for pair in (match.group(1, 2), match.group(4, 5)))
    return padded(match, f"{eastern}{' PM' if match.group(3) else ''}, {central} Central")


def _letter_half_span(match: re.Match[str]) -> str:
    """"9a–5p" -> "9am–5pm"; "5p–10p" (one letter: pence) as written."""
    if match.group(2) == match.group(5):
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}m{match.group(3)}{match.group(4)}{match.group(5)}m"


# "dep 11:20, arr 07:35+1", "Train dep 07:52 arr 08:41": a timetable's "dep" and "arr" before a clock time with its
# colon, said as the words they shorten ("dep eleven twenty" it was), as before a dotted time (dotted.py) or four
# digits (hundreds.py). Its words stand apart before the time: a first look among util.letter_words.
_TIMETABLE_CLOCK = compiled(r"\b(dep|arr|Dep|Arr|DEP|ARR)\.?\s(?=(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))")
_TIMETABLE_CLOCK_WORDS = frozenset(word.strip() for word in TIMETABLE_WORDS)
# a timetable's days on, glued to an arrival's clock ("arr 09:15+1", "06:10+2": "six ten+one" it was): parted, so
# that the sign is read ("plus one") as it is after a space. Led by the literal sign, the clock looked behind for.
_NEXT_DAY = compiled(r"\+(?<=\d:\d\d\+)([1-3])(?![\w:/+]|[.,]\d)")


# a lone "s" after the seconds that follow a count of minutes ("4 min 30 s", "2 mins 5s": "thirty s" it was; a
# lone "s" elsewhere is a plural's or a letter's as often). Led by the literal "min".
_MINUTES_SECONDS = compiled(r"(min(?:(?<=\d min)|(?<=\dmin))s?\.?,?\s(\d{1,2}))\s?s\b(?![\w'’-]|\.\w)")


def minutes_seconds(text: str) -> str:
    """"4 min 30 s" -> "4 min 30 seconds" (before a glued "30s" is read as a decade's plural)."""
    if "min" in text and "s" in text:
        text = _MINUTES_SECONDS.sub(lambda m: m.group(1) + (" second" if m.group(2) == "1" else " seconds"), text)
    return text


def times(text: str) -> str:
    """Read clock times ("9:30 a.m.", "23:00", "5pm") and then ratios ("16:9", "3 : 1")."""
    if "/" in text and "T/" in text:  # "8:30 ET/PT" (the slash first, a memchr): the second zone named
        text = _ZONE_PAIR.sub(lambda m: f"{m.group(1)} and {ZONE_NAMES[m.group(2)]}", text)
    if "+" in text:
        text = _NEXT_DAY.sub(r" +\1", text)
    if "/" in text and "c" in text:
        text = _LISTING.sub(_listing, text)
    classes = char_classes(text)  # an hour's digit before its letter, then a space and a zone or a dash: first looks
    if "0a " in classes and "T" in text and ("ET" in text or "PT" in text or "CT" in text or "MT" in text):
        text = _LETTER_HALF_BEFORE_ZONE.sub(r"\1m", text)
    if "0a-0a" in classes or "0a–0a" in classes:
        text = _LETTER_HALF_SPAN.sub(_letter_half_span, text)
    # One character (a memchr) before the needles that each hold it (a scan each): every needle of the two looks
    # below holds a "T" (and an offset read leaves none where there was none); a dash before the noon's words.
    if "T" in text:
        if "UTC" in text or "GMT" in text:
            text = _OFFSET.sub(_offset, text)
        if "T+" in text or "T-" in text or "T−" in text:
            text = _COUNTDOWN.sub(lambda m: "T plus " if m.group(0)[1] == "+" else "T minus ", text)
        if "minus" in text or "T plus" in text:
            text = _COUNTDOWN_CLOCK.sub(_countdown_clock, text)
            if " s" in text or "0s" in text or "1s" in text or "5s" in text:
                text = _COUNTDOWN_SECONDS.sub(lambda m: m.group(1) + (" second" if m.group(1) == "1" else " seconds"),
                                              text)
    # the dash (a memchr), a capital alone before it and a digit in the classes, then the countdown's words among the
    # text's words
    if ((("-" in text and "A-0" in classes) or ("−" in text and "A−0" in classes))
            and among_words(_COUNTDOWN_WORDS, text)):
        text = _DAY_COUNTDOWN.sub(_day_countdown, text)
    if ("-" in text or "–" in text) and ("noon" in text or "Noon" in text or "idnight" in text):
        text = _NOON_SPAN.sub(r"\1 to ", text)
    # First looks in char_classes: a digit before a letter, maybe after a space, for a half of the day; a digit, a
    # stop and two digits for a dotted time.
    classes = char_classes(text)
    half_day = (("0a" in classes or "0A" in classes or "0 a" in classes or "0 A" in classes)
                and _MAY_BE_HALF_DAY.search(text, classes.find("0")) is not None)  # from the first digit
    dotted = "0.00" in classes
    if half_day and ("-" in text or "–" in text):
        text = _HOUR_SPAN_TO_MINUTES.sub(r"\1 to ", text)
        if dotted:
            text = _DOTTED_SPAN_TO_HALF_DAY.sub(r"\1:\2 to ", text)
    if dotted and "Uhr" in text:  # a German time's dotted hour before "Uhr" (a clock's, never a decimal)
        text = _UHR.sub(r"\1:\2 Uhr", text)
    if dotted:
        text = dotted_times(text, half_day)
    if ":" in text:
        if "0:00" in char_classes(text) and among_words(_TIMETABLE_CLOCK_WORDS, text):
            text = _TIMETABLE_CLOCK.sub(lambda m: TIMETABLE_WORDS[m.group(1) + " "], text)
        if "-" in text or "–" in text:
            text = _VOLUME_PAGES.sub(lambda m: f"{m.group(1)}, {m.group(2)}" if int(m.group(1)) > 24
                                     or int(m.group(2)) > 59 else m.group(0), _VERSES.sub(_verses, text))
        if "-" in text:
            text = _CLOCK_SPAN.sub(r"\1 to ", text)
        if "-" in text or "–" in text:
            text = _HOUR_TO_CLOCK.sub(lambda m: m.group(1) + " to " if int(m.group(1)) < 24 else m.group(0), text)
        if "." in text:
            text = _LAP.sub(_lap, text)
        if "/" in text or "per " in text:
            text = _PACE.sub(_pace, text)
        text = _RATIO.sub(_ratio, _CLOCK.sub(_clock, text))
    if "T" in text and ("M " in text or "oon " in text or "ight " in text):
        text = _ZONE_NAME_AFTER.sub(lambda m: f"{m.group(1)} {ZONE_NAMES[m.group(2)]}", text)  # "noon ET"
    if not half_day:
        return text
    text = _DOTTED_CLOCK.sub(lambda m: _clock_words(m, int(m.group(1)), int(m.group(2)), m.group(3)), text)
    text = _COMPACT_CLOCK.sub(lambda m: _clock_words(m, int(m.group(1)), int(m.group(2)),
                                                     next(half for half in m.group(3, 4, 5) if half)), text)
    if "-" in text or "–" in text:
        text = _HOUR_SPAN.sub(r"\1 to ", text)
    text = _HOUR.sub(_hour, text)
    text = _TIME_RANGE.sub(" to ", text)
    if "-ish" in text:
        text = _ROUGH_TIME.sub(" ", text)
    if "/" in text:
        text = _TIME_OR_TIME.sub(r"\1, ", text)
    # after the halves of the day the rules above said ("9.30am ET", "5pm PT"), their two-letter zone named
    return _ZONE_NAME_AFTER.sub(lambda m: f"{m.group(1)} {ZONE_NAMES[m.group(2)]}", text) if "T" in text else text

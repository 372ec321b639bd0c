"""English clock times: "9:30 a.m.", "23:00", "5pm", "10.30pm" and spans of them."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers, records
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CHANNEL_NAMES, MONEY_SIGNS, TIME_ZONES, ZONE_NAMES
from narrator.speech.normalise.util import among_words, char_classes, near, padded, sentence_stop, word_set
from narrator.speech.normalise.vocabulary import is_common_word

# A zone after a time, from the table; lower-case and dotted only the American ones ("4 p.m. pdt", "e.s.t.").
_NOON_AFTER = compiled(r"\s(?:noon|midnight)\b")  # "12:00 noon", "12:00 midnight": no "o'clock" between
_ZONE = (r"(?:\s*(?P<zone>(?:" + "|".join(sorted(TIME_ZONES, key=len, reverse=True))
         + r")\b|[ecmp]\.?[sd]\.?t\b\.?))?")
_VOWEL = compiled(r"[AEIOU]")
_CLOCK = compiled(
    # "1:50,000" is a map's scale; a colon after the time ends a clause ("at 10:15: doors open"), before no digit
    r"(?<![\w.:])([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?(?!\d|:\d|,\d{3}\b)"
    r"(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?" + _ZONE
)
# "2:14.56", "1:02:03.4": a race time, with its seconds' fraction; no clock shows one. The seconds' unit written after
# it ("1:23.4s", "3:43.13 sec") is the one said at its end, not a second time.
_LAP = compiled(r"(?<![\w.:])(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:]|\.\d)"
                r"(?:\s?(?:s|secs?|seconds?)(?![\w-]))?")
# "9:00-17:00", "9:30 am - 1:15 pm": a span of clock times.
# The second may be a bare hour: "9:30-11 daily", "10:45-noon" is left alone.
_CLOCK_SPAN = compiled(
    r"(\d:[0-5]\d(?:\s?[AaPp]\.?\s?[Mm]\b\.?)?)\s?-\s?"
    r"(?=[012]?\d:[0-5]\d|(?:1[0-2]|0?[1-9])(?:\s?[AaPp]\.?\s?[Mm]\b)?(?![\w:]|[.,]\d))"
)
# "14.30 GMT": a 24-hour time written with a stop, only before a zone (else it may be a decimal).
_DOTTED_24 = compiled(r"(?<![\w.:,])([01]?\d|2[0-3])\.([0-5]\d)(?=\s?(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]T|ET|PT)\b)")
# "the 10.15 train", "the 19.30 kick-off": a 24-hour time written with a stop, before what runs to a timetable.
_DOTTED_TIMETABLE = compiled(
    r"(\d(?<=\b[Tt]he \d)\d?)\.([0-5]\d)(?=\s(?:train|bus|coach|service|flight|ferry|sailing|departure"
    r"|arrival|kick-?off|start|show|performance|screening|news|race)\b|\s(?:from|to)\s[A-Z]"  # "the 7.05 from Leeds"
    r"|\sat\s[A-Z][a-z]"  # "the 2.10 at Ascot": a race by its off time at its course
    r"|\s[A-Z][A-Za-z]+\s(?:from|to)\s[A-Z])")  # "the 7.10 Dart to Howth": a named service
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
# "2h 30m", "1h30", "1h 5m 20s": a duration in hours and minutes (a bare "30m" would be meters); "1h30." ends a
# sentence ("1h30.5" is no duration).
_DURATION = compiled(
    r"(?<![\w.,])(\d{1,3})\s?h\s?(\d{1,2})(?:\s?(?:m|mins?)\b(?:\s?(\d{1,2})\s?s\b)?|(?![\w,:]|\.\d))")
# "4y 6m imprisonment", "aged 2y3m": years and months, as a sentence or a child's age is noted (a months part under
# twelve; "four y six meters" before).
_YEARS_MONTHS = compiled(r"(?<![\w.,])(\d{1,3})y\s?([1-9]|1[01])m\b(?![\w.,]\d)")
_MAY_BE_YEARS_MONTHS = compiled(r"y(?<=\dy)\s?\d")  # led by its letter: the engine skips to it
# "at 21h30", "from 9h15": after a word that asks for a time, an hour and minutes parted by "h" are a clock's, as
# French and Quebec English write them ("after 1h30 of play" is how long).
_CLOCK_WORD_BEFORE = compiled(r"\b(?i:at|from|until|till)\s$")
# h82: "17h30", "09h15" in a timetable's or a fixture list's cell: an hour no length is written with (13 to 23, or
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
_MAY_BE_SPACED_SECONDS = compiled(r" s\b(?<=\d s)")  # "\d s\b", led by its literal " s": found at memchr speed
# "4h 35' 12\"", "5h02'15''": a road race's time, hours then minutes and seconds marked as cycling writes them (the
# seconds' mark was read as inches).
_HOURS_MARKED = compiled(r"(?<![\w.,])(\d{1,2})\s?h\s?([0-5]?\d)'\s?([0-5]?\d)(?:\"|''|″)(?!\w)")
# "11m 20s", "9m 05s", "2m30s": minutes and seconds (a bare "11m" may be meters or millions; with seconds it is not).
_MINUTES_SECONDS = compiled(r"(?<![\w.,])(\d{1,3})\s?m\s?([0-5]?\d(?:\.\d{1,3})?)\s?s\b(?![.,]\d)")  # "1m 32.456s"
_MAY_BE_MINUTES_SECONDS = compiled(r"\dm\s?\d")
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
_PACE = compiled(r"(?<![\w.:])(\d{1,2}):([0-5]\d)\s?(?:/\s?|per\s)(mile|mi|km|kilomet(?:re|er))\b")
_PACE_UNITS = {"mile": "mile", "mi": "mile", "km": "kilometer", "kilometre": "kilometre", "kilometer": "kilometer"}
# A British degree's class, "a 2:1" or "a 2:2", where the sentence speaks of a degree.
_DEGREE_TALK = compiled(r"\b(?:degree|graduat\w*|honours|university|universities|class|dissertation|finals"
                        r"|or above|or better|a first|first-class|employers"
                        r"|Master's|Masters|MSc|BSc|PhD|postgraduate|undergraduate)\b")  # h69: the next degree
# h69: "a 2:1 or a 2:2", "the 2:1 and 2:2 boundaries": the two upper classes named together are a degree's, with no
# word of a degree near (no score is written so); one alone stays a ratio or a score ("won 2:1").
_DEGREE_PAIR = compiled(r"\b2:1\s(?:or|and|to)\s(?:an?\s)?2:2\b|\b2:2\s(?:or|and)\s(?:an?\s)?2:1\b")
# h75: "a 2:2 in law", "got a 2:1 in maths": a class with its subject after "in" is a degree's; a score's "in" leads to
# a time or a place ("a 2:1 in extra time", "a 2:2 in the derby", "a 2:1 in Madrid").
_DEGREE_SUBJECT = compiled(r"\sin\s(?!(?:the|a|an|their|its|his|her|our|my|your|this|that|extra|injury|stoppage|added"
                           r"|normal|regulation|midweek|both|each|every|front|what|which|style|turn|reply|response)\b)[a-z]{3,}\b")
_ARTICLE_A = compiled(r"\ba\s$")
# "Genesis 6:14-16", "1 Corinthians 13:4-7": a chapter and a span of its verses, after a capitalised name.
_VERSES = compiled(r"(?<![\w:.,])(\d{1,3}):(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w:]|[.,]\d)")
# "Nature 615:123-130": a journal's volume and pages, where no clock or verse could be (hour over 24 or minute over
# 59); said with a pause in place of the colon, and the pages as a range.
_VOLUME_PAGES = compiled(r"(\d(?<![\w:.,]\d)\d{0,3}):(\d{1,5})(?=\s?[-–]\s?\d{1,5}(?![\w:]|[.,]\d))")
# "0800 hours", "at 1430 hrs": a clock time as the armed forces and emergency services say it. Without a zero in
# front only after a word that asks for a time ("it took 1430 hours" is an amount).
_TIME_WORDS = ("[Aa]t", "[Bb]y", "[Uu]ntil", "[Tt]ill", "[Ff]rom", "[Bb]efore", "[Aa]fter", "[Ss]ince")
_AFTER_TIME_WORD = "|".join(rf"(?<=\b{word} )" for word in _TIME_WORDS)  # one look-behind each: they differ in width
# "arrives at 11.30", "open from 9.30 to 17.30": a time written with a stop after a word that leads to a time, in a
# sentence that speaks of the clock and not of prices or measures ("shares closed at 11.30" is a price).
# Led by a digit, so that the scan runs in C (a look-behind at every letter cost 40 ms per 150 kB of text).
_DOTTED_AFTER_TIME_WORD = compiled(
    r"(\d(?<![\w.:,]\d)\d?)\.([0-5]\d)(?:(\s?(?:-|–|to|and)\s?)(\d\d?)\.([0-5]\d))?(?![\d.,]\d|\s?%|\w)"
)
_TIME_WORD_BEFORE = compiled(r"\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]ince|[Aa]round"
                               r"|[Bb]etween|(?:[Mm]oves?|[Mm]oved|[Mm]oving|brought forward|put back|pushed back)"
                               r" to) $")  # "moves to 10.30": a slot moved
# h119: a label that names the time after it ("KO 12.30", "Lighting-up time: 17.12", a court list's "Not before
# 11.30", an almanac's "Sunrise 7.42"): the label is the talk of the clock, no other is asked for.
_TIME_LABEL_BEFORE = compiled(r"\b(?:KO|[Kk]ick-?off|[Ll]ighting-up time|[Nn]ot before|[Ss]unrise|[Ss]unset"
                              r"|[Mm]oonrise|[Mm]oonset|(?:[Hh]igh|[Ll]ow) (?:water|tide)):? $")
_CLOCK_TALK = compiled(
    r"\b(?i:morning|afternoon|evening|night|tonight|tomorrow|today|yesterday|midnight|noon|midday|o'clock|doors"
    r"|kick-?off|kicks off|starts?|started|begins?|began|leaves?|left|arrives?|arrived|departs?|departed|opens?"
    r"|opened|timetable|train|bus|flight|meeting|shift|deadline|curfew|seen|called|woke|Mondays?|Tuesdays?"
    r"|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|weekdays?|weekends?|weeknights?|daily|nightly"
    r"|airs|aired|airing"  # a programme's slot: "airs weeknights at 6.30"
    # "meet at 3.15 outside the station", "it lasted from 7.45 until 9", "calls at York at 11.31"
    r"|meet|meets|met|station|platform|lasted|lasts|until|till|calls|calling"
    r"|sails|sailed|sailing|ferry|ferries"  # h75: "the ferry sails at 8.15" (was "eight point one five")
    r"|resumes?|resumed|restarts?|restarted|reopens?|reopened"  # h108: "play resumes at 11.30": a slot again
    # h104: "The Sun rose at 7.42", "moonrise at 9.05": the sky's hours, which an almanac or a weather page gives
    r"|sun|sunrise|sunset|sundown|sunup|moon|moonrise|moonset|dawn|dusk)\b"
)
_NOT_CLOCK_TALK = compiled(
    r"[%£$€¥]|\b(?i:shares?|stocks?|index|indices|prices?|priced|traded|trading|points?|pence|cents?|yields?|rates?"
    r"|odds|per ?cent|score[sd]?|average|rating|dollars?|euros?|pounds?|km|kg|miles?|metres?|meters?"
    # a day's ordinal read before ("at 06.15 on 2/11": "on the second of November") is no measure of time
    r"|seconds?(?!\sof\s(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)"
    r"|version|barrels?|ounces?|closed|closing|valued|sold|bought|bid|degrees|temperatures?|charts?|per)\b"
)
# The zones after which four digits are a 24-hour time ("0800 GMT", "2117 UTC").
_HOURS_ZONES = "GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT"
_HOURS = compiled(
    # "1430h", "2100hrs": glued to its "h", any four digits of a clock are one
    # "(2117 GMT)": a wire story's time in brackets after the local one
    # "1830 hrs: troops cross the river": opening a line or a log's entry, four digits and "hours" are a time too
    rf"(?<![\w.,:])(?:(0\d)|(?:{_AFTER_TIME_WORD}|(?<=\()(?=\d{{4}}\s(?:{_HOURS_ZONES})\b)"
    r"|^(?=\d{4}\s?(?:hours|hrs)\b(?!\sof\b)))(1\d|2[0-3])"
    r"|(1\d|2[0-3])(?=[0-5]\dh))([0-5]\d)"
    rf"(?:\s?[-–]\s?([01]\d|2[0-3])([0-5]\d))?"
    # "0800 GMT", "at 1430 UTC": a zone after four digits makes them a time as well
    rf"(?:\s?(?:hours|hrs|h)\b(?:\.(?=\s+[a-z]))?|\s({_HOURS_ZONES})\b)"
)
# "at 2100 Sunday", "by 1800 tonight": four digits without a zero after a word that asks for a time and before a day
# are a 24-hour time too (no year or amount stands so); said without "hours", as not written. A first look led by
# digits, scanned in C.
_HOURS_BEFORE_DAY = compiled(
    rf"(?<![\w.,:])(?:{_AFTER_TIME_WORD})(1\d|2[0-3])([0-5]\d)"
    r"(?=\s(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|tonight|tomorrow)\b)")
# ... and an evening's time, 2101 to 2359, after "at", "until", "till", "from" or "by" in talk of the clock ("Trains
# run every 15 mins until 2300"): no year a news story names so (2100 itself is one: "by 2100").
_EVENING_HOURS = compiled(
    r"(?<![\w.,:])(?:(?<=\b[Aa]t )|(?<=\b[Uu]ntil )|(?<=\b[Tt]ill )|(?<=\b[Ff]rom )|(?<=\b[Bb]y ))"
    r"(2[1-3])((?<=21)(?:0[1-9]|[1-5]\d)|(?<!21)[0-5]\d)\b(?![.,:]\d|\s?[-–%])")
# "Dep. 0945", "arr. 2140", "departs 0712", "Arrival 1830": four digits after a timetable's word for leaving or
# arriving are its 24-hour time (they were "zero nine four five" and "two thousand one hundred forty"); not before a
# word they count ("arrivals 1500 people" is no time).
_TIMETABLE_CLOCK = compiled(
    r"\b((?:[Dd]ep|[Aa]rr|DEP|ARR)\.?\s|(?:[Dd]epart(?:s|ing|ure)|[Aa]rriv(?:es|ing|al)|DEPARTS|ARRIVES)\s)"
    r"([01]\d|2[0-3])([0-5]\d)\b(?![.,:]\d|\s?[-–%/])"
    r"(?!\s+(?!(?:at|in|from|on|to|and|for|via|local|the|then|with|arr|dep|arriv\w*|depart\w*)\b)[a-z])")
# A timetable's "dep" and "arr" without their stops, said as the words they shorten ("dep" the voice said as a word;
# with the stop, words.abbreviations says them).
_TIMETABLE_WORDS = {"dep ": "departure ", "arr ": "arrival ", "Dep ": "Departure ", "Arr ": "Arrival ",
                    "DEP ": "departure ", "ARR ": "arrival "}
# "b. 1920, dep. 2011": a life's end after its birth is a year, not a departure's time.
_BORN_BEFORE = compiled(r"\b(?:b\.|born)\s?(?:c\.\s?)?\d{3,4}\b")
_MAY_BE_EVENING_HOURS = compiled(r"2(?<=\s2)[1-3][0-5]\d\b")  # led by its digit: the engine skips to it
# Its days, each standing apart: a first look among util.letter_words, after four digits, a space and a letter in
# char_classes (a look led by four digits cost 2 us a sentence)
_DAYS_AFTER_HOURS = word_set("Mon Monday Tue Tues Tuesday Wed Wednes Wednesday Thu Thurs Thursday Fri Friday Sat Satur "
                             "Saturday Sun Sunday tonight tomorrow")
# "0830-1730", "open 0900–1700", "shift 2200-0600": a span of two 24-hour times in four digits, one led by a zero (no
# amount is written so), with no "hours" or zone after it (was "zero eight three zero to seventeen thirty").
_FOUR_DIGIT_SPAN = compiled(
    r"(?<![\w.,:/-])([01]\d|2[0-3])([0-5]\d)\s?[-–]\s?([01]\d|2[0-3])([0-5]\d)(?![\w:/-]|[.,]\d|\s?[-–]\d)")
# led by one digit ("\d{4}" first is a repeat, which the engine does not scan for): scanned in C
_MAY_BE_FOUR_DIGIT_SPAN = compiled(r"\d\d{3}\s?[-–]\s?\d{4}")
_DIALLED_BEFORE = compiled(r"\b(?i:call|dial|ring|phone|tel|telephone|fax|text|on)\b\W*$")
# "at 10:00 hrs", "09:30 hours": the armed forces' time written with a colon ("ten o'clock hrs" it was); two digits
# for the hour, as no length of time is written.
_COLON_HOURS = compiled(r"(?<![\w.,:])([01]\d|2[0-3]):([0-5]\d)\s?(?:hours|hrs)\b(?!\sof\b)")
# h98: "0600Z", "1830Z": a 24-hour time in Zulu time (UTC), as aviation and the forces write it; "0630 local" and
# "H-hour, 0545" (read "H hour" before) are an operation's times in four digits led by a zero.
_ZULU = compiled(r"(?<![\w.:,])([01]\d|2[0-3])([0-5]\d)Z\b")
_LOCAL = compiled(r"(?<![\w.:,])(0\d)([0-5]\d)(?=\slocal\b)|(?<=hour, )(0\d)([0-5]\d)\b(?![.,:]\d)")
# "at 0600", "by 0930", "the 0630 train": four digits led by a zero after a word that asks for a time, or before
# what runs to a timetable, are a 24-hour clock's time (no amount is written with a leading zero). So are they after
# "the" before where a service runs from or to ("the 0732 Liverpool Street to Norwich", "the 0715 from Leeds").
_ZERO_CLOCK = compiled(
    r"\b((?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]ince)\s|[Tt]he\s(?=0\d{3}\s(?:(?:train|flight"
    r"|bus|coach|service|departure|arrival|sailing|ferry|shift|start|kick-?off)\b|(?:dep|arr)\."
    r"|(?:[A-Z][\w.]*\s){0,3}(?:to|from)"
    r"\s[A-Z])))(0\d)([0-5]\d)\b(?![.,:]\d|\s?[-–]\s?\d)")
# h82: "0645 departure", "0710 train" opening a timetable's cell: the service's word after is enough (not "service",
# "line" or "number": "0800 service" may be a freephone number's; nor after "call" or "dial"). Led by its zero: the
# engine skips to it.
_ZERO_CLOCK_BEFORE_SERVICE = compiled(
    r"0(?<![\w.,:/+-]0)(\d)([0-5]\d)(?=\s(?:train|flight|bus|coach|departure|arrival|sailing|ferry)s?\b)")
# "from 2200 Saturday to 0600 Sunday", "between 0900 and 1730": a span of two 24-hour times in words, one of them led
# by a zero (as "0830-1730" is read), with a weekday after the first maybe.
_WORDED_CLOCK_SPAN = compiled(
    r"\b((?:[Ff]rom|FROM|[Bb]etween|BETWEEN) )([01]\d|2[0-3])([0-5]\d)( (?:[A-Z][a-z]+ )?(?:to|and|until|till) )"
    r"([01]\d|2[0-3])([0-5]\d)\b(?![.,:]\d)")
# "UTC+2", "GMT-5", "UTC−03:00": a zone's offset, said with its sign; "T+10", "T-30 seconds": a countdown's.
_OFFSET = compiled(r"\b(UTC|GMT)\s?([-+−])\s?(\d{1,2})(?::?([0-5]\d))?\b(?![.,]\d)")
_COUNTDOWN = compiled(
    r"\bT(?:\+|[-−](?=\d+\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?|weeks?)\b))(?=\d)")
# "T-minus 10:00", "T minus 4:30": a countdown's clock shows minutes and seconds left, not a time of day (h75; it
# was "T-minus ten o'clock").
_COUNTDOWN_CLOCK = compiled(r"\bT(?:[-−]|\s)minus\s(\d{1,2}):([0-5]\d)\b(?!:\d|[.,]\d)")
_SIGNS = {"+": "plus", "-": "minus", "−": "minus"}
# "noon-2pm", "midnight–6 a.m.": a span from noon or midnight.
_NOON_SPAN = compiled(r"\b([Nn]oon|[Mm]idnight)\s?[-–]\s?(?=\d)")
# "1-2 p.m.", "9–11am": a span of bare hours that shares the second's half of the day.
# "6-9.30am", "7–8:15 p.m.": a bare hour before a span's end with its minutes and its half of the day (h75; the
# dotted end was read first, and the dash left between "six" and "nine thirty").
_HOUR_SPAN_TO_MINUTES = compiled(
    r"(?<![\w.:,-])(1[0-2]|0?[1-9])\s?[-–]\s?(?=(?:1[0-2]|0?[1-9])[.:][0-5]\d\s?[AaPp]\.?\s?[Mm]\b)")
_HOUR_SPAN = compiled(r"(?<![\w.:,-])(1[0-2]|0?[1-9])\s?[-–]\s?(?=(?:1[0-2]|0?[1-9])\s?[AaPp]\.?\s?[Mm]\b)")
_MAY_BE_HOURS = compiled(rf"\d\d\s?h|\d\d\s(?:{_HOURS_ZONES})\b")
_NAME_BEFORE = compiled(r"\b(?!(?:The|A|An|At|In|On|Of|By|For|From|With|To|Its|Their|Our)\s)[A-Z][a-z]+\s+$")
_MAY_BE_HALF_DAY = compiled(r"\d\s?[AaPp]\.?\s?[Mm]")
_TIME_RANGE = compiled(r"(?<=\b[AP]M)\s*-\s*(?=\w)")
# One time in two zones ("8:15 p.m. ET/5:15 p.m. PT", "9 p.m./8 p.m. Central"): a pause, never "slash".
_TIME_OR_TIME = compiled(r"((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty) [AP]M"
                           r"(?: [A-Z]{2,4}\b| [A-Z][a-z]+(?: Time)?)?) ?/ ?(?=\w)")
_HOUR = compiled(r"(?<![\w.:])(1[0-2]|0?[1-9])\s*([AaPp])\.?\s?[Mm](?:\b\.?|\.)" + _ZONE)


_AT_BEFORE = compiled(r"\b(?:at|from|until|till|by|since|after|before)\s+$", re.IGNORECASE)
# "a teacher to pupil ratio of 1:25", "odds of 1:20": what reads as a clock is a ratio after a word that asks for one.
_RATIO_BEFORE = compiled(r"\b(?i:ratios?|odds|proportions?|mix(?:ed|ture)?|dilut\w*|scale|aspect)\b")


# A date already in words, or the "T" of an ISO timestamp, before a time with seconds: a time of day, no duration.
_NUMBER_WORD = (r"(?:o|and|the|of|hundred|thousand|(?:twen|thir|for|fif|six|seven|eigh|nine)t(?:y|ieth)|\w+teen(?:th)?"
                r"|one|first|two|second|three|third|four(?:th)?|five|fifth|six(?:th)?|seven(?:th)?|eight(?:h)?|nine|ninth"
                r"|ten(?:th)?|eleven(?:th)?|twelve|twelfth)")
_DATE_BEFORE = compiled(r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November"
                          rf"|December)(?:,?\s{_NUMBER_WORD}){{1,7}},?|\bT)\s$")


_LENGTH_AFTER = compiled(r"\s?-?(?:long|in length)(?![\w-])")  # "4:32 long", "a 3:05-long clip" ("12:30 long-haul": no)


def _timetable_clock(match: re.Match[str]) -> str:
    """"dep 0945" -> "departure o nine forty five"; "dep. 2011" after a birth is left to be a year."""
    word = match.group(1)
    # the birth a few words before ("(b. 1898, dep. 1971)"): a bounded look, as a look back to the text's start for
    # each of a timetable's hundred departures grew as their square (h82: 2,000 "departs 1645" took 2.6 s)
    if word[0] in "dD" and _BORN_BEFORE.search(match.string, max(0, match.start() - 80), match.start()):
        return match.group(0)
    return _TIMETABLE_WORDS.get(word, word) + _hundred_hours(int(match.group(2)), int(match.group(3)))

def _clock(match: re.Match[str]) -> str:
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), match.group(3)
    half, zone = match.group(4), match.group("zone")
    if half is None and zone is None and seconds is None and _RATIO_BEFORE.search(
            match.string, max(0, match.start() - 40), match.start()) and not _AT_BEFORE.search(
            match.string, max(0, match.start() - 8), match.start()):  # "odds of 5:1 were offered at 3:15": a time
        return padded(match, f"{numbers.cardinal(hours)} to {numbers.cardinal(minutes)}")
    if (half is None and zone is None and seconds is None and minutes < 60
            and _LENGTH_AFTER.match(match.string, match.end())):  # "the video is 4:32 long": minutes and seconds
        return padded(match, f"{_unit(hours, 'minute')} {_unit(minutes, 'second')}" if minutes
                      else _unit(hours, "minute"))
    if match.group(1) == "0" and seconds is None and half is None and zone is None:
        # "0:02" left on a game clock, "0:45" into a video: seconds; "at 0:00" is midnight, else a clock at zero
        if not minutes and _AT_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
            spoken = "midnight"
        else:
            spoken = _unit(minutes, "second")
    elif seconds is not None and half is None and zone is None and not _DATE_BEFORE.search(
            match.string, max(0, match.start() - 60), match.start()) and not _clock_with_seconds(match):
        # "2:00:35" is "two hours and thirty five seconds": a part at zero is not said; after a date it is the
        # time of day ("2020-08-01 18:00:00")
        parts = [_unit(value, name) for value, name in ((hours, "hour"), (minutes, "minute"), (int(seconds), "second"))
                 if value] or [_unit(0, "second")]
        spoken = " and ".join([" ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else parts[0]
    elif half is None and minutes == 0 and (hours >= 13 or _beside_hundred(match)) and match.group(1) != "24":
        spoken = _hundred_hours(hours, 0)  # "until 18:00": "until eighteen hundred"
    elif half is None and minutes == 0:
        # "00:00" and "24:00" are midnight
        midnight = match.group(1) in ("00", "24")
        spoken = "midnight" if midnight else numbers.cardinal(hours)
        if not midnight and not _NOON_AFTER.match(match.string, match.end()):  # "12:00 noon": "twelve noon"
            spoken += " o'clock"
    elif hours == 0 and half is None and zone is None and minutes < 10 and _AT_BEFORE.search(
            match.string, max(0, match.start() - 8), match.start()):
        spoken = _past_midnight(minutes)  # "from 00:01": "from one minute past midnight"
    else:
        if hours == 0 and half is None:
            hours, half = 12, "A"  # "00:30" is half past midnight: "twelve thirty AM"
        spoken = numbers.cardinal(hours)
        if minutes:
            spoken += (" o " if minutes < 10 else " ") + numbers.cardinal(minutes)
        if seconds is not None and int(seconds):
            spoken += " and " + _unit(int(seconds), "second")
    return padded(match, spoken + _half(half) + _zone(zone) + _time_stop(match))


# h69: a 24-hour time on the hour is said as the clock is read aloud in English, "eighteen hundred" ("eighteen
# o'clock" is no English; NeMo's "twenty three o'clock" is not followed). An hour of twelve or less keeps "o'clock"
# ("at 10:00": "ten o'clock"), unless written with two digits beside a time said in hundreds ("08:00 and 17:00": "o
# eight hundred and seventeen hundred", "10:00-16:00": "ten hundred to sixteen hundred"), where the pair shows a
# 24-hour clock.
_HUNDRED_AFTER = compiled(r"\s?(?:[-–]|to|and|until|till)\s?(?:1[3-9]|2[0-3]):00(?!\d|:\d)")
_HUNDRED_BEFORE = compiled(r"(?<![\w.:])(?:1[3-9]|2[0-3]):00\s?(?:[-–]|to|and|until|till)\s?$")


def _beside_hundred(match: re.Match[str]) -> bool:
    """Whether a round hour of two digits ("08:00") is one side of a pair whose other side is said in hundreds."""
    if len(match.group(1)) != 2 or match.group(1) == "00":
        return False
    return bool(_HUNDRED_AFTER.match(match.string, match.end())
                or _HUNDRED_BEFORE.search(match.string, max(0, match.start() - 12), match.start()))


def _past_midnight(minutes: int) -> str:
    """"00:01" after "from" -> "one minute past midnight": the first minutes of a day are told from midnight, as a
    strike or a curfew starts ("twelve o one AM" is an American clock's reading of what no American writes)."""
    return f"{_unit(minutes, 'minute')} past midnight"


# "23:59:59 on Friday", "00:00:01 tonight": the day a time with seconds falls on makes it a time of day.
_DAY_AFTER_SECONDS = compiled(r"\s(?:on\s(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|tonight|today"
                              r"|tomorrow|local time)\b")


# h75: "the clock read 11:59:59", "his watch showed 23:59:58": what a clock shows is a time of day.
_CLOCK_SHOWED = compiled(r"\b(?:clock|clocks|watch|display)\s(?:read|reads|showed|shows|said|says|stood at|struck)\s$")


def _clock_with_seconds(match: re.Match[str]) -> bool:
    """"at 23:59:50", "until 11:59:59": a time with seconds after a word that asks for a time and an hour of two
    digits is a time of day, said as one ("twenty three fifty nine and fifty seconds"); "at 0:02:01" and a race's
    "2:59:59" stay lengths of time."""
    return len(match.group(1)) == 2 and bool(
        _AT_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
        or _CLOCK_SHOWED.search(match.string, max(0, match.start() - 20), match.start())
        or _DAY_AFTER_SECONDS.match(match.string, match.end()))


# h69: "Dep 14.05 Arr 16.52", "departs 06.30": a dotted time after a timetable's word for leaving or arriving is its
# clock time, as the four-digit "dep 0945" is (it was "fourteen point zero five"); not before a word it counts or
# measures ("departure 14.05 m" is no time).
_TIMETABLE_DOTTED = compiled(
    r"\b((?:[Dd]ep|[Aa]rr|DEP|ARR)\.?\s|(?:[Dd]epart(?:s|ing|ure)?|[Aa]rriv(?:es?|ing|al)|DEPARTS|ARRIVES)\s)"
    r"([01]?\d|2[0-3])\.([0-5]\d)\b(?![.,]\d|\s?[-–%/])"
    r"(?!\s+(?!(?:at|in|from|on|to|and|for|via|local|the|then|with|arr|dep|arriv\w*|depart\w*)\b)[a-z])")


def _timetable_dotted(match: re.Match[str]) -> str:
    """"Dep 14.05" -> "departure 14:05": the stop made a clock's colon, left to the clock rule to say."""
    word = match.group(1)
    return f"{_TIMETABLE_WORDS.get(word, word)}{match.group(2)}:{match.group(3)}"


# h69: "noon ET", "9.30am ET": a US zone of two letters after a half of the day or noon, said by its name as the
# clock rule says it ("10am ET": "ten AM Eastern Time").
_ZONE_NAME_AFTER = compiled(r"\b(AM|PM|[Nn]oon|[Mm]idnight) (ET|PT|CT|MT)\b(?![.'’]?\w)")


def _lap(match: re.Match[str]) -> str:
    """"2:14.56" -> "two minutes fourteen point five six seconds"."""
    hours, minutes, seconds, fraction = match.groups()
    parts = [_unit(int(hours), "hour")] if hours else []
    parts.append(_unit(int(minutes), "minute"))
    parts.append(f"{numbers.decimal(f'{int(seconds)}.{fraction}')} seconds")
    return padded(match, " ".join(parts))


def _clock_words(match: re.Match[str], hours: int, minutes: int, half: str) -> str:
    spoken = numbers.cardinal(hours)
    if minutes:
        spoken += (" o " if minutes < 10 else " ") + numbers.cardinal(minutes)
    return padded(match, spoken + _half(half) + _time_stop(match))


def _hour(match: re.Match[str]) -> str:
    spoken = numbers.cardinal(int(match.group(1))) + _half(match.group(2)) + _zone(match.group("zone"))
    return padded(match, spoken + _time_stop(match))


# h108: "At 9 a.m. MPs returned", "By 5 p.m. NASA had confirmed it": a time that opens its sentence after "at" or
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
    if zone in ZONE_NAMES:  # "ET": "Eastern Time" (h69)
        return " " + ZONE_NAMES[zone]
    said = (len(letters) >= 4 and _VOWEL.search(letters)) or is_common_word(letters)
    return " " + (".".join(letters) if said else letters)


def _unit(value: int, name: str) -> str:
    return f"{numbers.cardinal(value)} {name}{'' if value == 1 else 's'}"


def _countdown_clock(match: re.Match[str]) -> str:
    """"T-minus 10:00" -> "T minus ten minutes", "T minus 4:30" -> "T minus four minutes and thirty seconds"."""
    minutes, seconds = int(match.group(1)), int(match.group(2))
    said = [_unit(minutes, "minute")] if minutes else []
    said += [_unit(seconds, "second")] if seconds or not minutes else []
    return "T minus " + " and ".join(said)


def _seconds(written: str) -> str:
    """"20" -> "twenty seconds", "32.456" -> "thirty two point four five six seconds"."""
    return _unit(int(written), "second") if "." not in written else f"{numbers.number(written)} seconds"


def _clock_hour_shape(hours: str, written: str) -> bool:
    """True for "17h30" and "09h15": hours 13 to 23 or padded with a zero, glued to their "h" and minutes."""
    return "h" in written and written.index("h") == 2 and (hours[0] == "0" or 13 <= int(hours) <= 23)


def _duration(match: re.Match[str]) -> str:
    hours, minutes, seconds = match.groups()
    if (not seconds and len(minutes) == 2 and int(hours) < 24 and int(minutes) < 60 and match.group(0)[-1].isdigit()
            and (_CLOCK_WORD_BEFORE.search(match.string, max(0, match.start() - 7), match.start())
                 or (_clock_hour_shape(hours, match.group(0))
                     and not _LENGTH_WORD_BEFORE.search(match.string, max(0, match.start() - 8), match.start())))):
        said = "o'clock" if minutes == "00" else ("o " if minutes[0] == "0" else "") + numbers.cardinal(int(minutes))
        return padded(match, f"{numbers.cardinal(int(hours))} {said}")  # "at 21h30": "twenty one thirty"
    parts = [_unit(int(hours), "hour"), _unit(int(minutes), "minute")]
    if seconds:
        parts.append(_unit(int(seconds), "second"))
    if (_NOUN_AFTER.match(match.string, match.end())
            and _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 6), match.start())):
        parts = [part.removesuffix("s") for part in parts]  # "a 1h 45m flight": "one hour forty five minute"
    return padded(match, " ".join(parts))


def _ratio(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(3)
    if first == second == "50":
        return padded(match, "fifty fifty")  # "a 50:50 chance", "mix it 50:50": an even split, as "50-50" is said
    if first == "2" and second in ("1", "2") and (near(_DEGREE_TALK, match, 80) or _DEGREE_PAIR.search(
            match.string, max(0, match.start() - 12), min(len(match.string), match.end() + 12))
            or (_DEGREE_SUBJECT.match(match.string, match.end())
                and _ARTICLE_A.search(match.string, max(0, match.start() - 2), match.start()))):
        return padded(match, f"two {'one' if second == '1' else 'two'}")  # "a 2:1 in history": a British degree
    if len(second) == 2 and " " not in match.group(0) and int(first.replace(",", "")) <= 24:  # "1,000 : 40"
        return match.group(0)  # a time the clock rule left, or a verse ("John 3:16")
    if (len(second) == 2 and int(second) <= 59 and first.isdigit() and int(first) < 100 and " " not in match.group(0)
            and near(_DURATION_NEAR, match, 60)):  # "the album clocks in at 43:21": minutes and seconds, no score
        return padded(match, f"{_unit(int(first), 'minute')} {_unit(int(second), 'second')}")
    # "Genesis 1:1": a chapter and verse, said as "John 3:16" is; a chapter has no thousands ("Torque 1,000 : 40" is a
    # ratio after a name, "one thousand forty" it was)
    if len(second) < 4 and "," not in first and _NAME_BEFORE.search(match.string, max(0, match.start() - 20),
                                                                     match.start()):
        return padded(match, f"{first} {second}")
    said = [numbers.cardinal(int(side.replace(",", ""))) for side in (first, second)]  # "1:1,000"
    return padded(match, f"{said[0]} to {said[1]}")


def _pace(match: re.Match[str]) -> str:
    """"5:00/mile" -> "five minutes per mile", "4:30/km" -> "four minutes thirty seconds per kilometer"."""
    minutes, seconds = int(match.group(1)), int(match.group(2))
    said = _unit(minutes, "minute") + (" " + _unit(seconds, "second") if seconds else "")
    return padded(match, f"{said} per {_PACE_UNITS[match.group(3)]}")


def _verses(match: re.Match[str]) -> str:
    """"John 3:16-18" -> "John three sixteen to eighteen"; a time span ("Meet 9:30-10") is left to the clock rules."""
    chapter, first, last = match.groups()
    if int(first) >= int(last) or not _NAME_BEFORE.search(match.string, max(0, match.start() - 20), match.start()):
        return match.group(0)
    verses = f"{numbers.cardinal(int(first))} to {numbers.cardinal(int(last))}"
    return padded(match, f"{numbers.cardinal(int(chapter))} {verses}")


def _hours(match: re.Match[str]) -> str:
    """"0800 hours" -> "o eight hundred hours", "at 1430 GMT" -> "at fourteen thirty GMT"; also spans of them."""
    minutes, until_hours, until_minutes, zone = match.group(4, 5, 6, 7)
    spoken = _hundred_hours(int(match.group(1) or match.group(2) or match.group(3)), int(minutes))
    if until_hours:
        spoken += " to " + _hundred_hours(int(until_hours), int(until_minutes))
    return padded(match, spoken + (" " + zone if zone else " hours"))


def _hundred_hours(hours: int, minutes: int) -> str:
    """A clock time said as four digits: "o eight hundred", "zero zero thirty", "fourteen o five"."""
    if hours == 0:
        spoken = "zero" if minutes == 0 else "zero zero"
    else:
        spoken = ("o " if hours < 10 else "") + numbers.cardinal(hours)
    return spoken + (" hundred" if minutes == 0 else (" o " if minutes < 10 else " ") + numbers.cardinal(minutes))


def durations(text: str) -> str:
    """Read "2h 30m" and "1h30" as hours and minutes, "11m 20s" as minutes and seconds (before "30s" can be taken
    for a decade), "0800 hours" and "at 0600"."""
    text = records.logs(text)  # h98: a label's Roman month, a log's ISO lengths, a signal's date-time group first
    if "Z" in text:
        text = _ZULU.sub(lambda m: padded(m, _hundred_hours(int(m.group(1)), int(m.group(2))) + " Zulu"), text)
    if " local" in text or "hour, 0" in text:
        text = _LOCAL.sub(lambda m: _hundred_hours(int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))), text)
    if "h" in text:
        if "'" in text and "0'" in char_classes(text):  # the minutes' digit before its mark first
            text = _HOURS_MARKED.sub(lambda m: padded(m, " ".join(
                _unit(int(value), name) for value, name in zip(m.groups(), ("hour", "minute", "second"), strict=True))),
                text)
        # a digit, "h" and a digit, maybe spaced: a first look in char_classes
        classes = char_classes(text)  # unrolled: a generator over the shapes cost more than the looks
        if "0a0" in classes or "0 a0" in classes or "0a 0" in classes or "0 a 0" in classes:
            text = _DURATION.sub(_duration, text)
    if "y" in text and _MAY_BE_YEARS_MONTHS.search(text):
        text = _YEARS_MONTHS.sub(
            lambda m: padded(m, f"{_unit(int(m.group(1)), 'year')} {_unit(int(m.group(2)), 'month')}"), text)
    if "0 a" in char_classes(text) and _MAY_BE_SPACED_SECONDS.search(text):  # a digit, a space, a letter first
        text = _SPACED_SECONDS.sub(lambda m: m.group(1) + _seconds(m.group(2)), text)
        text = _SPACED_SECOND_BEFORE_NOUN.sub(lambda m: f"{m.group(1)}{numbers.number(m.group(2))} second", text)
    if "0a" in char_classes(text) and _MAY_BE_MINUTES_SECONDS.search(text):  # a digit before "m" first
        text = _MINUTES_SECONDS.sub(lambda m: padded(m, f"{_unit(int(m.group(1)), 'minute')} {_seconds(m.group(2))}"),
                                    text)
    if ":" in text and "h" in text:
        text = _COLON_HOURS.sub(lambda m: padded(m, _hundred_hours(int(m.group(1)), int(m.group(2))) + " hours"), text)
    # "0800 hours", or a zone after four digits: "at 2117 GMT" holds no "h"; two digits in a row first
    if ("00a" in char_classes(text) or "00 a" in char_classes(text) or "00 A" in char_classes(text)) and (
            _MAY_BE_HOURS.search(text)):
        text = _HOURS.sub(_hours, text)
    if ("-" in text or "–" in text) and _MAY_BE_FOUR_DIGIT_SPAN.search(text):
        text = _FOUR_DIGIT_SPAN.sub(_four_digit_span, text)
    if " 0" in text or text[:1] == "0":  # after "0800 hours" and "0800-1600 hours" were read whole
        if "rom " in text or "etween " in text or "ROM " in text or "ETWEEN " in text:
            text = _WORDED_CLOCK_SPAN.sub(_worded_clock_span, text)
        text = _ZERO_CLOCK.sub(lambda m: m.group(1) + _hundred_hours(int(m.group(2)), int(m.group(3))), text)
        text = _ZERO_CLOCK_BEFORE_SERVICE.sub(_zero_clock, text)
    # after the spans, which read "from 2200 Fri to 0500 Mon" whole
    classes = char_classes(text)  # once: a call for each look cost as much as the looks
    if "0000" in classes:  # four digits in a row, for the three rules after
        if "ep" in text or "rr" in text or "EP" in text or "RR" in text:  # dep., departs, arr., arrives
            text = _TIMETABLE_CLOCK.sub(_timetable_clock, text)
            classes = char_classes(text)
        # a day's capital and small letter, or "tonight", "tomorrow" (seven letters or more), then the days' words
        if ("0000 Aa" in classes or "0000 aaaaaaa" in classes) and among_words(_DAYS_AFTER_HOURS, text):
            text = _HOURS_BEFORE_DAY.sub(lambda m: _hundred_hours(int(m.group(1)), int(m.group(2))), text)
            classes = char_classes(text)
        if "a 0000" in classes and _MAY_BE_EVENING_HOURS.search(text):
            text = _EVENING_HOURS.sub(_evening_hours, text)
    return text


def _zero_clock(match: re.Match[str]) -> str:
    """"0645 departure" -> "o six forty five departure", but not a number to call ("call 0800 train")."""
    if _DIALLED_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)
    return _hundred_hours(int(match.group(1)), int(match.group(2)))


def _evening_hours(match: re.Match[str]) -> str:
    """"until 2300" -> "until twenty three hundred" in talk of the clock, not of prices or measures."""
    if not near(_CLOCK_TALK, match, 80) or near(_NOT_CLOCK_TALK, match, 60):
        return match.group(0)
    return _hundred_hours(int(match.group(1)), int(match.group(2)))


def _worded_clock_span(match: re.Match[str]) -> str:
    """"from 2200 to 0600" -> "from twenty two hundred to o six hundred"; with no side led by a zero, as written."""
    if not (match.group(2).startswith("0") or match.group(5).startswith("0")):
        return match.group(0)  # "from 1990 to 2000", "between 1200 and 1500": years or counts as well
    first, last = (int(match.group(i)) for i in (2, 3)), (int(match.group(i)) for i in (5, 6))
    return f"{match.group(1)}{_hundred_hours(*first)}{match.group(4)}{_hundred_hours(*last)}"


def _four_digit_span(match: re.Match[str]) -> str:
    """"0830-1730" -> "o eight thirty to seventeen thirty"; a span with no side led by a zero, as written."""
    # h98: "1400-2200" (lates on a rota): hundreds up to one no year reaches, said alike as hours or as a count
    hundreds = match.group(2) == match.group(4) == "00" and int(match.group(3)) >= 21
    if not (match.group(1).startswith("0") or match.group(3).startswith("0") or hundreds):
        return match.group(0)  # "1200-1300", "1990-2000": years, pages or counts as well
    if _DIALLED_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)  # "call 0800-1234": a number to dial
    first, last = (int(match.group(i)) for i in (1, 2)), (int(match.group(i)) for i in (3, 4))
    return padded(match, f"{_hundred_hours(*first)} to {_hundred_hours(*last)}")


def _offset(match: re.Match[str]) -> str:
    """"UTC+2" -> "UTC plus two", "GMT-03:30" -> "GMT minus three thirty"."""
    spoken = f"{match.group(1)} {_SIGNS[match.group(2)]} {numbers.cardinal(int(match.group(3)))}"
    if match.group(4) and match.group(4) != "00":
        spoken += " " + numbers.cardinal(int(match.group(4)))
    return padded(match, spoken)


# A US television listing's hour in the Eastern and Pacific zones, then the Central one: "Sundays at 8/7c".
_LISTING = compiled(r"(1(?<![\w/.,]1)[0-2]|[1-9](?<![\w/.,][1-9]))(?::([0-5]\d))?/(1[0-2]|[1-9])(?::([0-5]\d))?c\b")


def _listing(match: re.Match[str]) -> str:
    """"8/7c" -> "eight, seven Central"; "9:30/8:30c" -> "nine thirty, eight thirty Central" (Central is an hour
    behind Eastern: "1/2c" is half a cup)."""
    if int(match.group(1)) % 12 != (int(match.group(3)) + 1) % 12 or match.group(2) != match.group(4):
        return match.group(0)
    eastern, central = (" ".join(numbers.cardinal(int(part)) for part in pair if part)
                        for pair in (match.group(1, 2), match.group(3, 4)))
    return padded(match, f"{eastern}, {central} Central")


# "Ch 4, 10.15: News", "BBC One, 6.30 - Regional news": a listing's dotted time after its channel and a comma, before
# the programme's colon or dash (was "ten point one five"). Led by a digit after ", ", so that the scan runs in C.
_CHANNEL_TIME = compiled(r"(\d(?<=, \d)\d?)\.([0-5]\d)(?=[:,]\s|\s[-–—]\s|\s?$)")
_CHANNEL_BEFORE = compiled(r"(?<![\w.])([A-Z][A-Za-zÉ]*?)\d{0,2}(?:\s(?:\d{1,2}|One|Two|Three|Four|News|Extra))?,\s$")


# h104: "Registration 8.45, assembly 9.05", "Doors 7.30, first band 8.15": a day's slots listed, each a label and a
# dotted time ending its item, with no word before the time that asks for one. Two such items at least, in a sentence
# that speaks of the clock or of what keeps hours and never of prices or measures ("Inflation 8.40, base rate 5.25"):
# one alone may be a decimal. Led by a digit and the stop: scanned in C.
_SLOT_TIME = compiled(r"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d)(?=[,;]\s|\.?$)")
_SLOT_LABEL_BEFORE = compiled(r"[A-Za-z\d] $")


def _slot_times(text: str) -> str:
    """"Lunch 12.20, period five 1.10" -> "Lunch 12:20, period five 1:10": a list of a day's dotted slots."""
    slots = [match for match in _SLOT_TIME.finditer(text)
             if int(match.group(1)) <= 23 and _SLOT_LABEL_BEFORE.search(text, max(0, match.start() - 2), match.start())]
    if len(slots) < 2 or not (near(_SPAN_TALK, slots[0], 80) or near(_CLOCK_TALK, slots[0], 80)) or any(
            near(_NOT_CLOCK_TALK, match, 80) for match in slots):
        return text
    parts, last = [], 0
    for match in slots:
        parts.append(text[last:match.start()] + f"{match.group(1)}:{match.group(2)}")
        last = match.end()
    return "".join(parts) + text[last:]


# h119: a court list's or a cinema's room before its slot ("Court 4, 10.00: R v Smith", "Screen 2, 7.45:"), listed as
# a channel's name is.
_LISTED_ROOMS = frozenset({"Court", "Courtroom", "Screen", "Studio", "Room"})
# h119: "6.00 Breakfast; 9.15 Morning Live": a listing's items, each a dotted time opening it before a capitalised
# title; two at least (one alone may be an amount before a name). Led by a digit: scanned in C.
_LEADING_SLOT = compiled(r"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d)(?= [A-Z])")
_SLOT_OPENS = compiled(r"(?:^|; )$")


def _leading_slots(text: str) -> str:
    """"6.00 Breakfast; 9.15 Morning Live" -> "6:00 Breakfast; 9:15 Morning Live": a listing's dotted slots."""
    slots = [match for match in _LEADING_SLOT.finditer(text)
             if int(match.group(1)) <= 23 and _SLOT_OPENS.search(text, max(0, match.start() - 2), match.start())]
    if len(slots) < 2 or any(near(_NOT_CLOCK_TALK, match, 80) for match in slots):
        return text
    parts, last = [], 0
    for match in slots:
        parts.append(text[last:match.start()] + f"{match.group(1)}:{match.group(2)}")
        last = match.end()
    return "".join(parts) + text[last:]


def _channel_times(text: str) -> str:
    """"Ch 4, 10.15:" -> "Channel 4, 10:15:": a dotted time after a channel's name, as a listing prints it; the
    listing's "Ch" said as the channel it is (the abbreviations' rule, after, no longer sees a time in digits)."""
    parts, last = [], 0
    for match in _CHANNEL_TIME.finditer(text):
        channel = _CHANNEL_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if int(match.group(1)) > 23 or not channel or (channel.group(1) not in CHANNEL_NAMES
                                                        and channel.group(1) not in _LISTED_ROOMS):
            continue
        named = "Channel" if channel.group(1) == "Ch" else channel.group(1)
        parts.append(text[last:channel.start()] + named + text[channel.end(1):match.start()]
                     + f"{match.group(1)}:{match.group(2)}")
        last = match.end()
    return "".join(parts) + text[last:] if parts else text


# "Kick-off 7.45 tonight", "leaves 6.15 tomorrow morning": a dotted time just before the part of a day it falls in
# needs no word before it that leads to a time (h61); after a verb of change it is an amount ("fell 2.35 this
# morning").
_DAY_PART_AFTER = compiled(r"\s(?:tonight|this (?:morning|afternoon|evening)|tomorrow (?:morning|afternoon|evening"
                           r"|night))\b")
_CHANGE_BEFORE = compiled(r"\b(?:rose|rise[sn]?|fell|falls?|up|down|gain(?:ed|s)?|lost|loses|dropp?(?:ed|s)?"
                          r"|climb(?:ed|s)?|add(?:ed|s)?|shed|jump(?:ed|s)?|slipp?(?:ed|s)?|by|of|was|is|were|are|hit|reached)\s$")


def _dotted_after_time_word(match: re.Match[str]) -> str:
    """"at 11.30" -> "at 11:30", "7.45 tonight" -> "7:45 tonight" where the sentence speaks of the clock and not of
    prices or measures."""
    hours, minutes, joined, *upper = match.groups()
    if int(hours) > 23 or (joined and int(upper[0]) > 23):
        return match.group(0)
    start = max(0, match.start() - 20)
    labelled = _TIME_LABEL_BEFORE.search(match.string, start, match.start()) is not None
    time_word = labelled or _TIME_WORD_BEFORE.search(match.string, start, match.start()) is not None
    if not (time_word or (not joined and _DAY_PART_AFTER.match(match.string, match.end())
                          and not _CHANGE_BEFORE.search(match.string, max(0, match.start() - 12), match.start()))):
        return match.group(0)
    # an hour led by a zero ("at 07.45") is a 24-hour clock's: no amount is written so, and no talk of the clock is
    # asked for ("The ferry sails at 07.45" was "zero seven point four five"); nor for a time on the hour after a word
    # that leads to one (h119: "sung at 11.00" was "eleven point zero zero": an amount's two zeros are money's, and
    # money is no talk of the clock)
    if not (labelled or near(_CLOCK_TALK, match, 80) or (len(hours) == 2 and hours[0] == "0")
            or (time_word and minutes == "00" and not joined)) or near(_NOT_CLOCK_TALK, match, 80):
        return match.group(0)
    return f"{hours}:{minutes}" + (f"{joined}{upper[0]}:{upper[1]}" if joined else "")


# h92: "Surgery 8.15-9.05", "Lunch 12.15-2.30": two dotted times joined by a dash are a span of the clock where each
# side is one (hours to 23, minutes in two digits to 59), the span runs forward (on a 12-hour face, "11.30-1.00"
# too) and the sentence speaks of the clock or of what keeps hours ("served", "sessions"), never of prices or
# measures ("Gilts yielded 4.15-4.35%"). A decimal's span ("pH 6.5-7.5") has one digit after its stop. Led by a
# digit and the stop: scanned in C.
_DOTTED_SPAN = compiled(r"(\d(?<![\w.:,/]\d)\d?)\.([0-5]\d)\s?[-–]\s?([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]\d|\s?%|\w)")
_SPAN_TALK = compiled(r"\b(?i:hours|served|sessions?|surgery|classes|lessons?|services?|mass|open|closed|shop|office"
                      r"|library|lunch|breakfast|dinner|coffee|am|pm"
                      r"|periods?|break|registration|assembly|clubs?|homeroom)\b")  # h98: a school's timetable
# h92: "First bus 05.50", "High tide is 06.14": a dotted time whose hour is led by a zero is a 24-hour clock's (no
# amount is written so) even with no word before it that leads to a time; and in a sentence that holds one, the other
# dotted times of two-digit hours ("last bus 23.10") are the timetable's too.
_ZERO_DOTTED = compiled(r"(0(?<![\w.:,/£$€]0)\d)\.([0-5]\d)(?![\d.,]\d|\s?%|\w)")
_OTHER_DOTTED = compiled(r"(\d(?<![\w.:,/£$€]\d)\d)\.([0-5]\d)(?![\d.,]\d|\s?%|\w)")


def _dotted_span(match: re.Match[str]) -> str:
    """"8.15-9.05" -> "8:15 to 9:05" where both sides are clock times, in order, in talk of the clock."""
    first, second = int(match.group(1)) * 60 + int(match.group(2)), int(match.group(3)) * 60 + int(match.group(4))
    wraps = int(match.group(3)) < int(match.group(1)) <= 12 and second < 13 * 60  # "11.30-1.00" on a 12-hour face
    if int(match.group(1)) > 23 or not (first < second or wraps):
        return match.group(0)
    if not (near(_CLOCK_TALK, match, 80) or near(_SPAN_TALK, match, 80)) or near(_NOT_CLOCK_TALK, match, 80):
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)} to {match.group(3)}:{match.group(4)}"


def _zero_dotted(text: str) -> str:
    """"05.50, last bus 23.10" -> "05:50, last bus 23:10": a sentence's 24-hour times written with stops."""
    if not any(not near(_NOT_CLOCK_TALK, match, 80) for match in _ZERO_DOTTED.finditer(text)):
        return text
    return _OTHER_DOTTED.sub(lambda m: m.group(0) if int(m.group(1)) > 23 or near(_NOT_CLOCK_TALK, m, 80)
                             else f"{m.group(1)}:{m.group(2)}", text)


def times(text: str) -> str:
    """Read clock times ("9:30 a.m.", "23:00", "5pm") and then ratios ("16:9", "3 : 1")."""
    if "/" in text and "c" in text:
        text = _LISTING.sub(_listing, text)
    # One character (a memchr) before the needles that each hold it (a scan each): every needle of the two looks
    # below holds a "T" (and an offset read leaves none where there was none); a dash before the noon's words.
    if "T" in text:
        if "UTC" in text or "GMT" in text:
            text = _OFFSET.sub(_offset, text)
        if "T+" in text or "T-" in text or "T−" in text:
            text = _COUNTDOWN.sub(lambda m: "T plus " if m.group(0)[1] == "+" else "T minus ", text)
        if "minus" in text:
            text = _COUNTDOWN_CLOCK.sub(_countdown_clock, text)
    if ("-" in text or "–" in text) and ("noon" in text or "Noon" in text or "idnight" in text):
        text = _NOON_SPAN.sub(r"\1 to ", text)
    # First looks in char_classes: a digit before a letter, maybe after a space, for a half of the day; a digit, a
    # stop and two digits for a dotted time.
    classes = char_classes(text)
    half_day = (("0a" in classes or "0A" in classes or "0 a" in classes or "0 A" in classes)
                and _MAY_BE_HALF_DAY.search(text) is not None)
    dotted = "0.00" in classes
    if half_day and ("-" in text or "–" in text):
        text = _HOUR_SPAN_TO_MINUTES.sub(r"\1 to ", text)
        if dotted:
            text = _DOTTED_SPAN_TO_HALF_DAY.sub(r"\1:\2 to ", text)
    if dotted and "T" in text:
        text = _DOTTED_24.sub(r"\1:\2", text)
    if dotted and "he " in text:
        text = _DOTTED_TIMETABLE.sub(lambda m: f"{m.group(1)}:{m.group(2)}" if int(m.group(1)) < 24 else m.group(0),
                                     text)
    if dotted and ", " in text:
        text = _channel_times(text)
    if dotted and ("ep" in text or "rr" in text or "EP" in text or "RR" in text):  # dep, departs, arr, arrives
        text = _TIMETABLE_DOTTED.sub(_timetable_dotted, text)
    if dotted and ("-" in text or "–" in text):
        text = _DOTTED_SPAN.sub(_dotted_span, text)
    if dotted and ", " in text:  # after a timetable's "dep" and "arr", which name their times
        text = _slot_times(text)
    if dotted and "; " in text:
        text = _leading_slots(text)
    if dotted and "0" in text:
        text = _zero_dotted(text)
    if dotted:
        text = _DOTTED_AFTER_TIME_WORD.sub(_dotted_after_time_word, text)
    if ":" in text:
        if "-" in text or "–" in text:
            text = _VOLUME_PAGES.sub(lambda m: f"{m.group(1)}, {m.group(2)}" if int(m.group(1)) > 24
                                     or int(m.group(2)) > 59 else m.group(0), _VERSES.sub(_verses, text))
        if "-" in text:
            text = _CLOCK_SPAN.sub(r"\1 to ", text)
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
    if "/" in text:
        text = _TIME_OR_TIME.sub(r"\1, ", text)
    # after the halves of the day the rules above said ("9.30am ET", "5pm PT"), their two-letter zone named
    return _ZONE_NAME_AFTER.sub(lambda m: f"{m.group(1)} {ZONE_NAMES[m.group(2)]}", text) if "T" in text else text

"""Clock times written with a stop ("the 10.15 train", "at 11.30", "Dep 14.05", "Surgery 8.15-9.05", "Lunch 12.20,
period five 1.10"), made clock times where the sentence speaks of the clock and not of prices or measures."""

from __future__ import annotations

import bisect
import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CHANNEL_NAMES, EVENTS_AT, LEVEL_VERBS, RACECOURSES, TIMES_HEADINGS
from narrator.speech.normalise.util import among_words, char_classes, near

# "14.30 GMT": a 24-hour time written with a stop, only before a zone (else it may be a decimal).
_DOTTED_24 = compiled(r"(?<![\w.:,])([01]?\d|2[0-3])\.([0-5]\d)(?=\s?(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]T|ET|PT)\b)")
# "the 10.15 train", "the 19.30 kick-off": a 24-hour time written with a stop, before what runs to a timetable.
_TIMETABLE_AFTER = (
    r"\s(?:train|bus|coach|service|flight|ferry|sailing|departure"
    r"|arrival|kick-?off|start|show|performance|screening|news|race)\b|\s(?:from|to)\s[A-Z]"  # "the 7.05 from Leeds"
    r"|\sat\s[A-Z][a-z]"  # "the 2.10 at Ascot": a race by its off time at its course
    r"|\s[A-Z][A-Za-z]+\s(?:from|to)\s[A-Z]")  # "the 7.10 Dart to Howth": a named service
# "beaten a short head in the 3.45.", "won the 2.10 by a neck": a race by its off time alone, "the" before it and
# the clause's end or a preposition after it, where the sentence speaks of racing and not of prices or measures. One
# pattern with the timetable's, asked after the same look (a second scan cost each sentence with a decimal).
_RACE_AFTER = r"[.,;!?](?:\s|$)|$|\s(?:by|at|on|in|with|from|and|or|when|after|before)\b"
_DOTTED_TIMETABLE = compiled(rf"(\d(?<=\b[Tt]he \d)\d?)\.([0-5]\d)(?={_TIMETABLE_AFTER}|{_RACE_AFTER})")
_TIMETABLE_NEXT = compiled(_TIMETABLE_AFTER)
# "2.45 Kempton", "the 1.50 Newmarket": a race card's off time before its course, on a twelve-hour face (a
# decimal before a course's name is rare: "2.45 Ascot" is never an amount). Led by a digit: scanned in C.
_RACECOURSE_SET = frozenset(RACECOURSES)
_OFF_TIME = compiled(rf"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d) (?=(?:{'|'.join(RACECOURSES)})\b(?!['’-]\w))")
_RACE_TALK = compiled(r"\b(?:beaten|won|wins|winner|sht-hd|short head|nk|hd|neck|lengths?|fav|favourite|jockey|trainer"
                      r"|furlongs?|handicap|stakes|hurdle|chase|maiden|novices?|odds-on|each-way|going|race|card)\b")
# "a 19.30 start", "a 12.45 kick-off", "a 14.15 tee time", "an 18.30 screening", "my 07.40 departure": a dotted time
# right before what runs to the clock, with no "the" before it ("nineteen point three zero start" it was; "the 19.30
# start" was read). Not before a fare or a ticket ("a 12.50 bus fare" is a price), nor where prices or measures are
# spoken of; a lone "0" before the stop is a decimal's (nor a "finish", a sprinter's time as often). Led by a digit:
# scanned in C, asked only where a dotted number stands before a word in small letters (the classes' "0.00 a").
_EVENTS = ("start", "starts", "kick-off", "kick-offs", "kickoff", "tee time", "tee times", "tee-off", "throw-in",
           "tip-off", "face-off", "departure", "departures", "arrival", "screening", "showing", "performance",
           "matinee", "matinée", "appointment", "meeting", "sailing", "ferry", "flight", "train", "bus", "coach",
           "briefing", "lecture", "slot", "curtain", "concert", "service")
_DOTTED_BEFORE_EVENT = compiled(
    r"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d)(?= (?:" + "|".join(_EVENTS) + r")(?![\w-])"
    r"(?! (?:fares?|tickets?|pass(?:es)?|prices?|costs?|charges?|fees?)\b))")


def _dotted_before_event(match: re.Match[str]) -> str:
    """"19.30 start" -> "19:30 start", out of talk of prices and measures."""
    if match.group(1) == "0" or int(match.group(1)) > 23 or near(NOT_CLOCK_TALK, match, 60):
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)}"


# "arrives at 11.30", "open from 9.30 to 17.30": a time written with a stop after a word that leads to a time, in a
# sentence that speaks of the clock and not of prices or measures ("shares closed at 11.30" is a price).
# Led by a digit, so that the scan runs in C (a look-behind at every letter cost 40 ms per 150 kB of text).
_DOTTED_AFTER_TIME_WORD = compiled(
    r"(\d(?<![\w.:,]\d)\d?)\.([0-5]\d)(?:(\s?(?:-|–|to|and)\s?)(\d\d?)\.([0-5]\d))?(?![\d.,]\d|\s?%|\w)"
)
_TIME_WORD_BEFORE = compiled(r"\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]ince|[Aa]round"
                               r"|[Bb]etween|(?:[Mm]oves?|[Mm]oved|[Mm]oving|brought forward|put back|pushed back)"
                               r" to) $")  # "moves to 10.30": a slot moved
# a label that names the time after it ("KO 12.30", "Lighting-up time: 17.12", a court list's "Not before
# 11.30", an almanac's "Sunrise 7.42"): the label is the talk of the clock, no other is asked for.
# and a theatre's or a church's slots ("Matinée 2.30", "Evensong 5.30", "Curtain up 7.45", "Last entry 4.30"; a
# matinée's time was read as a decimal).
_TIME_LABEL_BEFORE = compiled(r"\b(?:KO|[Kk]ick-?off|[Ll]ighting-up time|[Nn]ot before|[Ss]unrise|[Ss]unset"
                              r"|[Mm]oonrise|[Mm]oonset|(?:[Hh]igh|[Ll]ow) (?:water|tide)|[Mm]atin[ée]es?|MATIN[ÉE]E"
                              r"|[Ee]vensong|[Cc]ompline|[Vv]espers|[Cc]urtain(?: up)?"
                              # the other hours of the daily office, the services and the prayers a parish's, a
                              # mosque's or a synagogue's notice times ("Matins 7.45" was "seven point four five");
                              # not "Mass", a measure's label as often ("Mass 7.45 kg")
                              r"|[Mm]atins|[Ll]auds|[Tt]erce|[Ss]ext|[Bb]enediction|(?:[Ss]ung |[Hh]oly )?[Ee]ucharist"
                              r"|[Hh]oly [Cc]ommunion|(?:[Mm]orning|[Ee]vening|[Nn]ight) [Pp]rayer|[Ff]ajr|[Dd]huhr"
                              r"|[Zz]uhr|[Mm]aghrib|[Ii]sha|[Ss]hacharit|[Mm]incha|[Mm]aariv"
                              r"|[Ll]ast (?:entry|admission|orders)"
                              # a game's start called by its name ("eyes down 7.45" at bingo, "Tee-off 10.20", "Tip-off
                              # 7.30", "Puck drop 7.05": "seven point four five" it was), as "Kick-off" above
                              r"|[Ee]yes down|[Tt]ee-?off|[Ff]irst tee|[Tt]ip-?off|[Pp]uck drop|[Ff]ace-?off"
                              # a timetable's first, last or next of what runs to the clock ("last sailing 21.40",
                              # "final boarding 06.55", "next departure 13.45": "twenty one point four zero" it was)
                              r"|(?:[Ff]irst|FIRST|[Ll]ast|LAST|[Ff]inal|FINAL|[Nn]ext|NEXT|[Ee]arliest|[Ll]atest) "
                              r"(?i:sailings?|ferry|boats?|crossings?|boarding|call|trains?|bus|buses|trams?"
                              r"|departures?|arrivals?|check-in|collection|post|flights?|lifts?|shuttle|showing"
                              r"|screening|performance|tour|service|admission|entry|orders|dep|arr)):? $")
# "The gates open 1.30", "the show starts 2.15", "the coach leaves 6.15": a schedule's verb in the present names the
# dotted time after it, as "at" does ("one point three zero" it was). Not the past, a market's ("shares opened 1.30
# higher"), nor before a word of movement ("opens 2.15 up") or a span to what is no time ("open 8.30-0"); prices and
# measures near keep it a number.
_SCHEDULE_VERB_BEFORE = compiled(r"\b(?i:opens?|starts?|begins?|kicks? off|finish(?:es)?|close[s]?|leaves?|departs?"
                                 r"|arrives?) $")
# "The gates open at 9.30", "the race starts at 8.45": the same verbs before "at", whose time holds beside another
# number's measure or price ("The fun run (6.2 miles) starts at 10.15": the miles made it "ten point one five").
_SCHEDULE_AT_BEFORE = compiled(r"\b(?i:opens?|starts?|begins?|kicks? off|finish(?:es)?|close[s]?|leaves?|departs?"
                               r"|arrives?) at $")
# "The vicar will preach at 10.30", "the raffle will be drawn at 9.45": a future's "will" before "at" in the same
# clause names the time the event is set for ("ten point three zero" it was); not after a verb of level ("Inflation
# will peak at 4.25", "will trade at 1.15": facts.LEVEL_VERBS).
_FUTURE_AT_BEFORE = compiled(rf"\b(?:will|shall|'ll|’ll)\s(?!(?:be\s)?(?:{'|'.join(LEVEL_VERBS)})\w*\s)"
                             r"(?:[a-z]+\s){1,4}at $")
# "Fireworks at 8.15", "The third race at 3.40": an event's noun just before "at" names the time it is set for, as a
# schedule's verb does (facts.EVENTS_AT); a price or a measure near keeps the number.
_EVENT_AT_BEFORE = compiled(rf"\b(?i:{'|'.join(EVENTS_AT)}) at $")
# another number's unit or sign, which says nothing of this one: "13.1 miles", "£4", "2 pounds", "5 km"
_OTHER_NUMBERS_MEASURE = compiled(r"\d\s?$")
_MOVEMENT_AFTER = compiled(r"\s(?:higher|lower|up|down|ahead|behind|clear|better|worse)\b|\s?[-–]\s?\d")
# Words near a number with a stop that speak of the clock make it a time (hundreds.py's evening hours ask for them
# too); words of prices and measures keep it a number.
CLOCK_TALK = compiled(
    r"\b(?i:morning|afternoon|evening|night|tonight|tomorrow|today|yesterday|midnight|noon|midday|o'clock|doors"
    r"|kick-?off|kicks off|starts?|started|begins?|began|leaves?|left|arrives?|arrived|departs?|departed|opens?"
    r"|opened|timetable|trains?|bus|flight|meeting|shift|deadline|curfew|seen|called|woke|Mondays?|Tuesdays?"
    r"|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|weekdays?|weekends?|weeknights?|daily|nightly"
    r"|airs|aired|airing"  # a programme's slot: "airs weeknights at 6.30"
    # "meet at 3.15 outside the station", "it lasted from 7.45 until 9", "calls at York at 11.31"
    r"|meet|meets|met|station|platform|lasted|lasts|until|till|calls|calling"
    r"|sails|sailed|sailing|ferry|ferries"  # "the ferry sails at 8.15" (was "eight point one five")
    # and "trains" with "train" above: "change trains at 13.58" ("thirteen point five eight" it was)
    r"|resumes?|resumed|restarts?|restarted|reopens?|reopened"  # "play resumes at 11.30": a slot again
    # "The Sun rose at 7.42", "moonrise at 9.05": the sky's hours, which an almanac or a weather page gives
    r"|sun|sunrise|sunset|sundown|sunup|moon|moonrise|moonset|dawn|dusk)\b"
)
NOT_CLOCK_TALK = compiled(
    r"[%£$€¥]|\b(?i:shares?|stocks?|index|indices|prices?|priced|traded|trading|points?|pence|cents?|yields?|rates?"
    r"|odds|per ?cent|score[sd]?|average|rating|dollars?|euros?|pounds?|km|kg|miles?|metres?|meters?"
    # a day's ordinal read before ("at 06.15 on 2/11": "on the second of November") is no measure of time
    # nor an ordinal after "the" or an owner ("the second race at 2.30", "her second set starts at 9.15")
    # (case is ignored here: "The second" too)
    # (the looks behind after the word, so that the word is found first: before it they were tried at every letter)
    r"|second(?:s|(?<!\bthe\ssecond)(?<!\bher\ssecond)(?<!\bhis\ssecond)(?<!\bits\ssecond)(?<!\bour\ssecond)"
    r"(?<!\bmy\ssecond)(?<!\btheir\ssecond)(?<!\byour\ssecond))"
    r"(?!\sof\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"|version|barrels?|ounces?|closed|closing|valued|sold|bought|bid|degrees|temperatures?|charts?|per)\b"
)
# A timetable's "dep" and "arr" without their stops, said as the words they shorten ("dep" the voice said as a word;
# with the stop, words.abbreviations says them).
TIMETABLE_WORDS = {"dep ": "departure ", "arr ": "arrival ", "Dep ": "Departure ", "Arr ": "Arrival ",
                   "DEP ": "departure ", "ARR ": "arrival "}


# "Dep 14.05 Arr 16.52", "departs 06.30": a dotted time after a timetable's word for leaving or arriving is its
# clock time, as the four-digit "dep 0945" is (it was "fourteen point zero five"); not before a word it counts or
# measures ("departure 14.05 m" is no time).
# and a plane's words for landing and boarding ("lands 22.35 local", "boarding 18.40": "twenty two point three five")
_TIMETABLE_DOTTED = compiled(
    r"\b((?:[Dd]ep|[Aa]rr|DEP|ARR)\.?\s|(?:[Dd]epart(?:s|ing|ure)?|[Aa]rriv(?:es?|ing|al)|DEPARTS|ARRIVES"
    r"|[Ll]and(?:s|ing)|LANDS|LANDING|[Bb]oard(?:s|ing)|BOARDS|BOARDING)\s)"
    r"([01]?\d|2[0-3])\.([0-5]\d)\b(?![.,]\d|\s?[-–%/])"
    r"(?!\s+(?!(?:at|in|from|on|to|and|for|via|local|the|then|with|arr|dep|arriv\w*|depart\w*)\b)[a-z])")


def _timetable_dotted(match: re.Match[str]) -> str:
    """"Dep 14.05" -> "departure 14:05": the stop made a clock's colon, left to the clock rule to say."""
    word = match.group(1)
    return f"{TIMETABLE_WORDS.get(word, word)}{match.group(2)}:{match.group(3)}"


# "Ch 4, 10.15: News", "BBC One, 6.30 - Regional news": a listing's dotted time after its channel and a comma, before
# the programme's colon or dash (was "ten point one five"). Led by a digit after ", ", so that the scan runs in C.
_CHANNEL_TIME = compiled(r"(\d(?<=, \d)\d?)\.([0-5]\d)(?=[:,]\s|\s[-–—]\s|\s?$)")
_CHANNEL_BEFORE = compiled(r"(?<![\w.])([A-Z][A-Za-zÉ]*?)\d{0,2}(?:\s(?:\d{1,2}|One|Two|Three|Four|News|Extra))?,\s$")


# "Registration 8.45, assembly 9.05", "Doors 7.30, first band 8.15": a day's slots listed, each a label and a
# dotted time ending its item, with no word before the time that asks for one. Two such items at least, in a sentence
# that speaks of the clock or of what keeps hours and never of prices or measures ("Inflation 8.40, base rate 5.25"):
# one alone may be a decimal. Led by a digit and the stop: scanned in C.
_SLOT_TIME = compiled(r"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d)(?=[,;]\s|\.?$)")
_SLOT_LABEL_BEFORE = compiled(r"[A-Za-z\d] $")


def _slot_times(text: str) -> str:
    """"Lunch 12.20, period five 1.10" -> "Lunch 12:20, period five 1:10": a list of a day's dotted slots."""
    slots = [match for match in _SLOT_TIME.finditer(text)
             if int(match.group(1)) <= 23 and _SLOT_LABEL_BEFORE.search(text, max(0, match.start() - 2), match.start())]
    if len(slots) < 2 or not (near(_SPAN_TALK, slots[0], 80) or near(CLOCK_TALK, slots[0], 80)) or any(
            near(NOT_CLOCK_TALK, match, 80) for match in slots):
        return text
    parts, last = [], 0
    for match in slots:
        parts.append(text[last:match.start()] + f"{match.group(1)}:{match.group(2)}")
        last = match.end()
    return "".join(parts) + text[last:]


# a court list's or a cinema's room before its slot ("Court 4, 10.00: R v Smith", "Screen 2, 7.45:"), listed as
# a channel's name is.
_LISTED_ROOMS = frozenset({"Court", "Courtroom", "Screen", "Studio", "Room"})
# "6.00 Breakfast; 9.15 Morning Live": a listing's items, each a dotted time opening it before a capitalised
# title; two at least (one alone may be an amount before a name). Led by a digit: scanned in C.
_LEADING_SLOT = compiled(r"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d)(?= [A-Z])")
_SLOT_OPENS = compiled(r"(?:^|; )$")


def _leading_slots(text: str) -> str:
    """"6.00 Breakfast; 9.15 Morning Live" -> "6:00 Breakfast; 9:15 Morning Live": a listing's dotted slots."""
    slots = [match for match in _LEADING_SLOT.finditer(text)
             if int(match.group(1)) <= 23 and _SLOT_OPENS.search(text, max(0, match.start() - 2), match.start())]
    if len(slots) < 2 or any(near(NOT_CLOCK_TALK, match, 80) for match in slots):
        return text
    parts, last = [], 0
    for match in slots:
        parts.append(text[last:match.start()] + f"{match.group(1)}:{match.group(2)}")
        last = match.end()
    return "".join(parts) + text[last:]


# "Service times: 8.00 Holy Communion, 10.30 Parish Eucharist", "Programme: 7.30 welcome, 7.45 talk": the dotted
# times after a listing's heading of times (facts.TIMES_HEADINGS) and its colon are the clock's; and "Sunday: 8am
# Matins; 11.15 Family Service", "Doors 7pm, band on 8.30": so are those beside another time with its half of the
# day, as a listing mixes them, or beside a weekday's name opening an item ("Saturday 6.00 (Vigil), Sunday 9.00 and
# 11.00"). ("ten point three zero" they were.) Not after a verb of level or change ("At 9am sterling stood at 1.25"),
# nor before a word of movement, nor near talk of prices or measures. Led by a digit: scanned in C.
# (the heading's words before a colon, looked for at each ": ", where a scan for them cost each sentence with a
# decimal and a colon)
_TIMES_HEADING_BEFORE = compiled(rf"\b(?i:{'|'.join(TIMES_HEADINGS)})$")
_LISTED_TIME = compiled(r"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d)(?![\d.,]\d|\s?%|\w)")
_HALF_DAY_TIME = compiled(r"\d\s?(?:[ap]\.?m|[AP]\.?M)(?![^\W\d_])")
# a weekday's name opening an item just before a dotted time ("Saturday 6.00 (Vigil), Sunday 9.00 and 11.00": the
# weekdays' rule has read "Sat" and "Sun"): a listing's day and its slot, and the times beside it are the day's ("By
# Friday 1.25 had become 1.45" is no listing). Led by "day ": scanned in C.
_WEEKDAY_TIME = compiled(r"day \d\d?\.[0-5]\d(?!\d)")
_ITEM_WEEKDAY_BEFORE = compiled(r"(?:^|[,;:(]\s?)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)$")
_LEVEL_BEFORE = compiled(rf"\b(?:{'|'.join(LEVEL_VERBS)})\w*\s(?:at\s)?$")


def _listed_time(match: re.Match[str]) -> str:
    """"10.30" -> "10:30" in a listing of times, out of talk of prices, measures and their movements."""
    text, begins = match.string, match.start()
    if (int(match.group(1)) > 23 or _MOVEMENT_AFTER.match(text, match.end()) or near(NOT_CLOCK_TALK, match, 80)
            or _CHANGE_BEFORE.search(text, max(0, begins - 12), begins)
            or _LEVEL_BEFORE.search(text, max(0, begins - 16), begins)):
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)}"


def _times_heading_end(text: str) -> int:
    """Where a listing's heading of times and its colon end ("Service times: "), or -1."""
    colon = text.find(": ")
    while colon != -1:
        if _TIMES_HEADING_BEFORE.search(text, max(0, colon - 20), colon):
            return colon + 2
        colon = text.find(": ", colon + 2)
    return -1


def _listed_times(text: str, half_day: bool) -> str:
    """"Programme: 7.30 welcome, 7.45 talk" -> "Programme: 7:30 welcome, 7:45 talk"; "8am Matins; 11.15 Family
    Service" -> "8am Matins; 11:15 Family Service"."""
    heading = _times_heading_end(text) if ":" in text else -1
    if heading >= 0:
        return text[:heading] + _LISTED_TIME.sub(_listed_time, text[heading:])
    if half_day:
        return _LISTED_TIME.sub(lambda m: _listed_time(m) if near(_HALF_DAY_TIME, m, 60) else m.group(0), text)
    days = [slot.start() for slot in _WEEKDAY_TIME.finditer(text)
            if _ITEM_WEEKDAY_BEFORE.search(text, max(0, slot.start() - 8), slot.start())] if "day " in text else []
    if days:
        return _LISTED_TIME.sub(lambda m: _listed_time(m) if _within(days, m.start(), 44) else m.group(0), text)
    return text


def _within(places: list[int], place: int, reach: int) -> bool:
    """Whether one of places (in order) lies within reach of place: a halving search, where a walk over all of them
    for each time made a listing of many days and times quadratic."""
    nearest = bisect.bisect_left(places, place - reach)
    return nearest < len(places) and places[nearest] <= place + reach


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
# needs no word before it that leads to a time; after a verb of change it is an amount ("fell 2.35 this
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
    labelled = _TIME_LABEL_BEFORE.search(match.string, start, match.start()) is not None or (
        _SCHEDULE_VERB_BEFORE.search(match.string, start, match.start()) is not None
        and not _MOVEMENT_AFTER.match(match.string, match.end()))
    time_word = labelled or _TIME_WORD_BEFORE.search(match.string, start, match.start()) is not None
    if not (time_word or (not joined and _DAY_PART_AFTER.match(match.string, match.end())
                          and not _CHANGE_BEFORE.search(match.string, max(0, match.start() - 12), match.start()))):
        return match.group(0)
    # an hour led by a zero ("at 07.45") is a 24-hour clock's: no amount is written so, and no talk of the clock is
    # asked for ("The ferry sails at 07.45" was "zero seven point four five"); nor for a time on the hour after a word
    # that leads to one ("sung at 11.00" was "eleven point zero zero": an amount's two zeros are money's, and
    # money is no talk of the clock)
    said = f"{hours}:{minutes}" + (f"{joined}{upper[0]}:{upper[1]}" if joined else "")
    if (labelled or near(CLOCK_TALK, match, 80) or (len(hours) == 2 and hours[0] == "0")
            or (time_word and minutes == "00" and not joined)) and not near(NOT_CLOCK_TALK, match, 80):
        return said
    # a time an event is set for needs no talk of the clock, and holds beside another number's measure or price
    set_for = labelled or (time_word and match.string[match.start() - 3:match.start()] == "at " and (
        _SCHEDULE_AT_BEFORE.search(match.string, start, match.start()) is not None
        or _EVENT_AT_BEFORE.search(match.string, start, match.start()) is not None
        or _FUTURE_AT_BEFORE.search(match.string, max(0, match.start() - 60), match.start()) is not None)
        and not _MOVEMENT_AFTER.match(match.string, match.end()))
    return said if set_for and not _prices_or_measures_near(match) else match.group(0)


def _prices_or_measures_near(match: re.Match[str]) -> bool:
    """Whether talk of prices or measures is near a time an event is set for, other than another number's unit or
    sign ("The fun run (6.2 miles) starts at 10.15", "Entry £4; the quiz starts at 8.15")."""
    text = match.string
    for word in NOT_CLOCK_TALK.finditer(text, max(0, match.start() - 80), match.end() + 80):
        if match.start() <= word.start() <= match.end() + 1:
            return True  # the match's own unit ("at 1.15 km")
        if word.group(0) in "£$€¥":
            if not text[word.end():word.end() + 1].isdigit():
                return True
        elif not _OTHER_NUMBERS_MEASURE.search(text, max(0, word.start() - 2), word.start()):
            return True
    return False


# "Surgery 8.15-9.05", "Lunch 12.15-2.30": two dotted times joined by a dash are a span of the clock where each
# side is one (hours to 23, minutes in two digits to 59), the span runs forward (on a 12-hour face, "11.30-1.00"
# too) and the sentence speaks of the clock or of what keeps hours ("served", "sessions"), never of prices or
# measures ("Gilts yielded 4.15-4.35%"). A decimal's span ("pH 6.5-7.5") has one digit after its stop. Led by a
# digit and the stop: scanned in C.
# its end may be a whole hour across noon, as a clinic's or a shop's hours are written ("Outpatients 8.30–5", "Mon-Fri
# 9.30-4": "eight point three zero to five" it was); no span of amounts runs backwards
# and never before a measure's unit ("the span of 2.10–3.00 m", "a surgery of 2.10–3.00 m": "three o'clock m" it was)
_DOTTED_SPAN = compiled(r"(\d(?<![\w.:,/]\d)\d?)\.([0-5]\d)\s?[-–]\s?([01]?\d|2[0-3])(?:\.([0-5]\d))?"
                        r"(?![\d.,]\d|\s?%|\w|\s(?:[mckµ]?m|[mk]?g|m?[lL]|°)(?!\w))")
_SPAN_TALK = compiled(r"\b(?i:hours|served|sessions?|surgery|classes|lessons?|services?|mass|open|closed|shop|office"
                      r"|library|lunch|breakfast|dinner|coffee|am|pm"
                      r"|periods?|break|registration|assembly|clubs?|homeroom"  # a school's timetable
                      r"|stage|doors|gigs?|headliners?|line-?up"  # a festival's running order
                      # an exam board's and a court's timetable ("Paper 2, 9.00–10.45", "Hearing 10.00–12.30")
                      r"|papers?|exams?|examinations?|sittings?|hearings?)\b")
# "First bus 05.50", "High tide is 06.14": a dotted time whose hour is led by a zero is a 24-hour clock's (no
# amount is written so) even with no word before it that leads to a time; and in a sentence that holds one, the other
# dotted times of two-digit hours ("last bus 23.10") are the timetable's too.
_ZERO_DOTTED = compiled(r"(0(?<![\w.:,/£$€]0)\d)\.([0-5]\d)(?![\d.,]\d|\s?%|\w)")
_OTHER_DOTTED = compiled(r"(\d(?<![\w.:,/£$€]\d)\d)\.([0-5]\d)(?![\d.,]\d|\s?%|\w)")


# "Surgery 8–11.30", "open 9–5.30": a whole hour to a dotted time, in talk of the clock or of what keeps hours, is
# a span of the clock as the dotted span is (it was "eight to eleven point three zero"); the stop made the clock's
# colon, for the clock's span rule to say. Led by a digit: scanned in C.
_HOUR_TO_DOTTED = compiled(r"(\d(?<![\w.:,/£$€]\d)\d?)(\s?[-–]\s?)([01]?\d|2[0-3])\.([0-5]\d)"
                           r"(?![\d.,]\d|\s?%|\w|\s(?:[mckµ]?m|[mk]?g|m?[lL]|°)(?!\w))")
# "8.00 sharp", "Drinks 6.30 for 7", "9.45 for 10": a dotted time before "sharp", or an invitation's time to
# arrive before the time things begin (a quarter or a half hour, up to an hour before), is the clock's.
_SHARP_OR_FOR = compiled(r"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d)(?= sharp\b| for (\d\d?)(?:\.([0-5]\d))?"
                         r"(?![\d.,]\d|\s?%|\s?[A-Za-z]{2,}\b(?<!am)(?<!pm)))")


def _hour_to_dotted(match: re.Match[str]) -> str:
    """"8–11.30" -> "8–11:30" where both are hours of the clock, in order (or across noon), in talk of the clock."""
    first, second = int(match.group(1)), int(match.group(3))
    if first > 23 or not (first < second or second < first <= 12) or not (
            near(CLOCK_TALK, match, 80) or near(_SPAN_TALK, match, 80)) or near(NOT_CLOCK_TALK, match, 80):
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}{match.group(3)}:{match.group(4)}"


def _sharp_or_for(match: re.Match[str]) -> str:
    """"8.00 sharp" -> "8:00 sharp"; "7.30 for 8" -> "7:30 for 8:00"."""
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or near(NOT_CLOCK_TALK, match, 80):
        return match.group(0)
    if match.group(3) is None:  # sharp
        return f"{match.group(1)}:{match.group(2)}"
    begins = int(match.group(3)) * 60 + int(match.group(4) or 0)
    if minutes % 15 or not 15 <= begins - (hours * 60 + minutes) <= 60:
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)}"


# "10.00-16.00", "9.30–17.00": a span that ends past noon on a 24-hour face, each side on the quarter hour, from five
# in the morning at the earliest and forward, is a day's opening hours as a poster prints them, with no talk of the
# clock ("ten point zero zero to sixteen point zero zero" it was); an amount's span ends with any two digits.
_QUARTERS = frozenset({"00", "15", "30", "45"})


def _twenty_four_hour_span(first_hours: str, first_minutes: str, hours: str, minutes: str | None) -> bool:
    """Whether "first-hours.first-minutes to hours.minutes" is a day's span on a 24-hour face."""
    return (minutes is not None and first_minutes in _QUARTERS and minutes in _QUARTERS
            and 5 <= int(first_hours) < int(hours) and 13 <= int(hours) <= 23)


def _dotted_span(match: re.Match[str]) -> str:
    """"8.15-9.05" -> "8:15 to 9:05" where both sides are clock times, in order, in talk of the clock."""
    whole = match.group(4) is None  # "8.30–5": the end a whole hour
    first = int(match.group(1)) * 60 + int(match.group(2))
    second = int(match.group(3)) * 60 + int(match.group(4) or 0)
    wraps = int(match.group(3)) < int(match.group(1)) <= 12 and second < 13 * 60  # "11.30-1.00" on a 12-hour face
    if int(match.group(1)) > 23 or not (first < second or wraps) or (whole and (not wraps or match.group(3) == "0")):
        return match.group(0)
    # a span across noon ("12.15–1.15", "11.30-1.00") is a slot of the clock with no talk of it: no span of
    # amounts runs backwards (a sum's minus, "12.15-1.15 = 11", is followed by its equals sign)
    across_noon = wraps and match.string[match.end():match.end() + 3].strip()[:1] != "="
    if not (across_noon or near(CLOCK_TALK, match, 80) or near(_SPAN_TALK, match, 80)
            or _twenty_four_hour_span(*match.groups())) or near(NOT_CLOCK_TALK, match, 80):
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)} to {match.group(3)}" + ("" if whole else f":{match.group(4)}")


def _zero_dotted(text: str) -> str:
    """"05.50, last bus 23.10" -> "05:50, last bus 23:10": a sentence's 24-hour times written with stops."""
    if not any(not near(NOT_CLOCK_TALK, match, 80) for match in _ZERO_DOTTED.finditer(text)):
        return text
    return _OTHER_DOTTED.sub(lambda m: m.group(0) if int(m.group(1)) > 23 or near(NOT_CLOCK_TALK, m, 80)
                             else f"{m.group(1)}:{m.group(2)}", text)


def _timetable_time(match: re.Match[str]) -> str:
    """"the 10.15 train" -> "the 10:15 train"; "in the 3.45." -> "in the 3:45." only where racing is spoken of."""
    hours = int(match.group(1))
    if _TIMETABLE_NEXT.match(match.string, match.end()):
        return f"{match.group(1)}:{match.group(2)}" if hours < 24 else match.group(0)
    if hours > 12 or not near(_RACE_TALK, match, 80) or near(NOT_CLOCK_TALK, match, 80):
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)}"


# "at 10.30 hrs", "From 14.45 hrs": a dotted 24-hour time before "hrs", as police and the forces write it, is the
# clock's, its hour in two digits ("fourteen point four five hours" it was); "hours" in full only after a word that
# asks for a time ("at 09.15 hours"), where a length of time is written so as often ("took 12.25 hours"); never before
# "of" ("10.50 hrs of flying" is a length). Made the clock's colon, for hundreds.py's "10:30 hrs" to say.
_DOTTED_HRS = compiled(r"([01]\d|2[0-3])(?<![\w.:,/£$€]\d\d)\.([0-5]\d)(?=\s?hrs\b(?!\.?\sof\b)"
                       r"|(?<=(?:at|At|by|By|om|il|ll|ce|ut|nd) \d\d\.\d\d)\shours\b(?!\sof\b))")
# "7.30ish", "3.30-ish": a dotted time made rough by its "ish" is the clock's ("three point three zero ish" it was); an
# amount is rarely made rough so, and one with its sign ("£4.50ish") or one digit after its stop is left.
_ROUGH_DOTTED = compiled(r"(\d(?<![\w.:,/£$€]\d)\d?)\.([0-5]\d)(?=-?ish\b)")


def _rough_dotted(match: re.Match[str]) -> str:
    """"7.30ish" -> "7:30ish" where the hour is one of the clock's, out of talk of prices or measures."""
    if int(match.group(1)) > 23 or near(NOT_CLOCK_TALK, match, 80):
        return match.group(0)
    return f"{match.group(1)}:{match.group(2)}"


def dotted_times(text: str, half_day: bool = False) -> str:
    """Clock times written with a stop ("the 10.15 train", "at 11.30", "8.15-9.05", "Ch 4, 10.15:") given the clock's
    colon where the sentence speaks of the clock, for the clock rules after to say (a text with a digit, a stop and
    two digits); half_day: the text may hold a time with its half of the day ("8am")."""
    if "T" in text:
        text = _DOTTED_24.sub(r"\1:\2", text)
    if "0.00 A" in char_classes(text) and among_words(_RACECOURSE_SET, text):
        text = _OFF_TIME.sub(lambda m: f"{m.group(1)}:{m.group(2)} " if int(m.group(1)) <= 12 else m.group(0), text)
    if "he " in text:
        text = _DOTTED_TIMETABLE.sub(_timetable_time, text)
    if "0.00 a" in char_classes(text):
        text = _DOTTED_BEFORE_EVENT.sub(_dotted_before_event, text)
    if ", " in text:
        text = _channel_times(text)
    # dep, departs, arr, arrives; lands, landing, boards, boarding
    if ("ep" in text or "rr" in text or "EP" in text or "RR" in text or "nds " in text or "nding " in text
            or "oard" in text or "NDS" in text or "NDING" in text or "OARD" in text):
        text = _TIMETABLE_DOTTED.sub(_timetable_dotted, text)
    if "-" in text or "–" in text:
        text = _HOUR_TO_DOTTED.sub(_hour_to_dotted, _DOTTED_SPAN.sub(_dotted_span, text))
    if "ish" in text:
        text = _ROUGH_DOTTED.sub(_rough_dotted, text)
    if "sharp" in text or " for " in text:
        text = _SHARP_OR_FOR.sub(_sharp_or_for, text)
    if "00.00 a" in char_classes(text) and ("hrs" in text or "hours" in text):  # "10.30 hrs", "at 10.30 hours"
        text = _DOTTED_HRS.sub(r"\1:\2", text)
    if ", " in text:  # after a timetable's "dep" and "arr", which name their times
        text = _slot_times(text)
    if "; " in text:
        text = _leading_slots(text)
    if "0" in text:
        text = _zero_dotted(text)
    if half_day or ":" in text or "day " in text:
        text = _listed_times(text, half_day)
    text = _DOTTED_AFTER_TIME_WORD.sub(_dotted_after_time_word, text)
    return text

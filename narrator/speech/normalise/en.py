"""English normalisation: the rules, in the order they must run."""

from __future__ import annotations

import re
from typing import Any

from narrator.speech.normalise import (
    ambiguousunits,
    arithmetic,
    aviation,
    capitals,
    cards,
    chemistry,
    chess,
    citations,
    climbing,
    clock,
    coderefs,
    dates,
    dialling,
    durations,
    electronic,
    forecasts,
    fractions,
    history,
    markets,
    maths,
    measurebases,
    media,
    money,
    namednumbers,
    netnames,
    notices,
    numbers,
    numericdates,
    percent,
    periods,
    places,
    poweredunits,
    ranges,
    references,
    romans,
    rowing,
    shellwords,
    shorthand,
    signs,
    slashes,
    sports,
    telephones,
    units,
    unitsalone,
    unitwords,
    versions,
    weekdays,
    words,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CHESS_WORDS, COUNTED_NOUNS, PLACE_TO_PLACE_NOUNS, TRIAL_STATISTICS
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import (
    among_known_words,
    among_words,
    char_classes,
    has_digit,
    padded,
    sentence_stop,
    word_set,
)

# "texting RIDGEFIRE to 888-777", "Text HOME to 85258": a text message's short code, read digit by digit in its
# groups (a range "eight hundred eighty eight to seven hundred seventy seven" it was); the keyword in capitals tells
# a code from a count ("text 3 to 4 friends").
_SHORT_CODE = compiled(r"(\b[Tt]ext(?:ing|ed)? (?:the word )?[\"“]?[A-Z][A-Z0-9]{1,15}[\"”]? to )(\d{2,6}(?:-\d{2,6})?)"
                       r"(?![\w/-]|[.,]\d)")
_MAY_BE_SHORT_CODE = compiled(r"[Tt]ext(?:ing|ed)? ")
# "in the 23rd min.": a match report's minute, abbreviated after an ordinal.
_ORDINAL = compiled(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(st|nd|rd|th|ST|ND|RD|TH)\b(\s?min\b\.?)?")
_MAY_BE_ORDINAL = compiled(r"\d(?:st|nd|rd|th|ST|ND|RD|TH)")
# A trial's statistic in its bracket before a decimal value ("(HR 0.74", "; OR=1.3", "(aHR: 0.81"); "2 HR" in a box
# score is home runs, and has no decimal after it. Its "95% CI" is left spelled, as clinicians say it.
# Led by the statistic's capital, its bracket or stop looked behind for after it: scanned for in C. A ratio is never a
# percentage ("IRR 7.2%" is a project's internal rate of return, no incidence rate ratio).
_TRIAL_STATISTIC = compiled(rf"\b({'|'.join(TRIAL_STATISTICS)})(?:(?<=[(\[;,] \w\w)|(?<=[(\[;,] \w\w\w)|(?<=[(\[]\w\w)"
                            # or opening the text, a results table's cell ("OR 2.3", where "OR" was the word)
                            rf"|(?<=[(\[]\w\w\w)|(?<=^\w\w)|(?<=^\w\w\w))\s?(?:[=:]\s?)?(?=\d*\.\d(?!\d*\s?%))")
# "for ages 6+", "aged 12+": an age limit's plus is "and over", as a listing's reader says it.
_AGE_PLUS = compiled(r"\b((?:[Aa]ges?|[Aa]ged) \d{1,2})\+(?!\d)")
_GOLD_FINENESS = frozenset({"8", "9", "10", "12", "14", "18", "22", "24"})
# "18K gold", "a 9ct gold locket", "a 1.5ct diamond": carats (not thousands, nor "ct" spelled).
_CARAT = compiled(r"(\d(?<![\w.,]\d)\d*(?:\.\d+)?)\s?(?:ct|kt|([Kk])(?=\s+(?:(?:white|yellow|rose|solid)\s+)?gold\b))"
                    r"(?=\s+(?:(?:white|yellow|rose|solid)\s+)?(?:gold|diamonds?|sapphires?|rub(?:y|ies)|emeralds?"
                    r"|stones?|rings?)\b)")
# the words a carat's number comes before, each standing apart: a first look among util.letter_words
# one set of words for two rare first looks asked of each sentence with a digit (chess's pieces, a match report's short
# words): one call for the two, each asked again only where one of the words stands
_CHESS_OR_MATCH_REPORT = CHESS_WORDS | (sports.MATCH_REPORT_WORDS or frozenset()) | sports.BOWLED_BY
_CARAT_AFTER = word_set("gold diamond diamonds sapphire sapphires ruby rubies emerald emeralds stone stones ring rings")
# A programme named by its time ("ABC's 7.30", "ABC TV's 7.30", "on 7.30 last night"): a round time written with a
# stop after a broadcaster's possessive, or after "on" before a word of when it aired, read as the clock ("seven
# point three zero" it was). Not before a scale or a percentage ("ABC's 7.30 billion").
_PROGRAMME_TIME = compiled(
    r"(?:(?<=[A-Z][A-Z]'s )|(?<=[A-Z][A-Z]’s )|(?<=\b[Oo]n )(?=\d\d?\.\d\d,?\s(?:last night|tonight|this morning"
    r"|this evening|yesterday|tomorrow)\b))(1[0-2]|[1-9])\.(00|15|30|45)"
    r"(?![\d.,]\d|\w|\s?%|\s(?:per|million|billion|thousand|bn|m|rise|fall|gain|drop|loss|lead|points?|pence|cents?"
    r"|dollars?|a share)\b)"
)
# "try 30s at f/1.8", "from 30s to 1/8000s", "settles in under 10s", "a timeout of 300s", "after 120s, then 240s",
# "runs for 45s every hour": a whole number of seconds
# written against its "s" after a word of a limit or a span, and before a clause's end or a joining word. A decade
# is seldom written so: it follows "the", a possessive or "early", or stands before the noun it describes ("a
# return to 80s glamour"); "the under 10s" are a team, "rose to 30s" a temperature's decade, "to 747s" aircraft.
_SECONDS_AFTER_LIMIT = compiled(
    # an exercise's or a recipe's imperative too: "Rest 30s between sets", "Hold 20s, then switch sides"
    r"\b((?i:to|from|try|than|around|about|of|after|within|in under|up to|takes|took|lasted|lasts|every|for|then"
    r"|rest|hold|wait|pause)\s"
    # and with its object: "Hold each stretch 30s", "Hold the plank 45s" ("thirties" it was)
    r"|(?:[Hh]old|[Rr]est|[Rr]epeat|[Kk]eep) (?:each|every|the|this|that|your|a|one) [a-z]{3,12}\s"
    # and after a setting's name and its verb, "the timeout is now 30s", "a delay of 5s" (release notes'), or right
    # after the name, as a command or a config sets it ("set timeout 30s and retry", "TTL 60s", "sleep 5s")
    r"|(?i:timeout|time-out|delay|interval|latency|cooldown|TTL|sleep)\s(?:(?:is|was|of|now|becomes|defaults)\s){0,2})"
    r"(\d{1,3})s(?=[,;:!?)]|\.(?!\w)|$|\s(?:at|and|or|to|in|on|with|between|per|each|every|before|after|then|but"
    # or before the next clause's subject, with no comma: "After 30s the job retries", "Within 10s it reconnects"
    r"|while|when|if|is|was|the|it|we|they|you|of (?!\w+s\b)|\()\b)"
)
# a change's verb before "to": "rose to 30s" may be a temperature's decade
_CHANGE_TO = compiled(r"\b(?:rose|rise[sn]?|rising|fell|falls?|falling|dropped|drops?|climbed|climbs?|soared|jumped"
                      r"|slipped|sank|plunged|dipped|edged|crept|hit|reached)\s+to\s$")
# "Teams of 5s and 7s", "in 2s or 3s": a digit's plural beside another is a count of fives and sevens, not seconds
_DIGIT_PLURAL_AFTER = compiled(r"\s(?:and|or|&)\s\d{1,2}s\b")
_MAY_BE_SECONDS = compiled(r"\ds(?![\w'’-])")  # led by the digit: scanned in C
# another decade in the sentence ("from 20s to 30s", "in the 1920s and 30s"): the tens are decades there
_THE_DECADE = compiled(r"\bthe\s+(?:\d\d)?\d0'?s\b")
_TENS = compiled(r"(?<!\d)\d0s\b")
_TENS_APART = compiled(r"(?<!\d)\b\d0s\b")


def _other_decade(text: str) -> bool:
    """Whether the text holds another decade: "the 1920s", or two tens on one line ("from 20s to 30s")."""
    if _THE_DECADE.search(text):
        return True
    # the second looked for after the first tens of each line, not by one pattern's ".*" from every tens (a text of
    # tens with none apart, "2s10s 2s10s", was scanned to its end from each: x15 CPU on four times the text)
    start = 0
    while (tens := _TENS.search(text, start)) is not None:
        end = text.find("\n", tens.end())
        end = len(text) if end < 0 else end
        if _TENS_APART.search(text, tens.end(), end):
            return True
        start = end
    return False
# A year is said after these words ("in 1990 people..."); before a counted noun a four-digit number is an amount.
_YEAR_BEFORE = compiled(r"\b(?:in|since|by|until|till|from|after|before|during|around|circa|the)\s+$", re.IGNORECASE)
_NOUN_AFTER = compiled(r"\s+([a-z]+)\b")
# Led by the digit, not by the look-behind, so that the scan for a digit runs in C (the rule sees every sentence).
_NUMBER = compiled(r"(\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*))(?:\.(\d+))?(?!\d)")
_POINT_NUMBER = compiled(r"\.(?<![\w.,]\.)(\d+)(?!\d)")  # ".5"
_LETTER_NUMBER = compiled(r"-(?:(?<=[A-Za-z]-)(?=\d)|(?<=\d-)(?=[A-Za-z]{2}))")  # led by the hyphen: scanned in C
_SPACES = compiled(r"\s+")
# "an 0.8 multiplier", "an 0.5 mm nib": the writer's "an" says the zero is "oh" ("an zero point eight" it was)
_AN_ZERO_POINT = compiled(r"\b([Aa]n) zero point\b")
# "Flat 3a", "12a Church Lane", "land of grade 3a": a small "a" against a number is a flat's, a house's or a grade's
# letter, said as the letter ("Eh", as capitals.letter_a writes it), not the article ("three a" was "three uh").
# Not "3am" nor "3a.m." (times), nor "0x3a" or "#3a3a3a" (codes), nor "5-a-side".
_LETTER_A_AFTER_NUMBER = compiled(r"(\d(?<![\w.,#/-]\d)\d{0,3})a(?![\w'’-]|\.[A-Za-z])")


def _short_code(match: re.Match[str]) -> str:
    """"texting FLOOD to 555-888" -> "... to five five five, eight eight eight": a short code's digits one by one."""
    return match.group(1) + ", ".join(numbers.digits(group) for group in match.group(2).split("-"))


def _ordinal(match: re.Match[str]) -> str:
    value = int(match.group(1).replace(",", ""))
    suffix = match.group(2).lower()
    expected = {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th") if value % 100 not in (11, 12, 13) else "th"
    if suffix != expected:
        return match.group(0)  # "2th" is a typo or a code; the number rule reads the digits only
    if match.group(3):
        return padded(match, numbers.ordinal(value) + " minute" + sentence_stop(match))
    return padded(match, numbers.ordinal(value))


# a file's mode after the command that sets it, "chmod 755", "chmod -R 700" ("dash R" by now), "umask 027": octal
# digits, said one by one as administrators say them ("chmod seven hundred fifty five" it was). Asked as a bare number
# of three or four digits 0-7 is read after "d", "k" or "R" and a space: a first look on every text with a digit cost
# 0.2% of the sentences' work for a command few pages print, where this one is a character's look a number.
_MODE_COMMAND_BEFORE = compiled(r"\b(?:chmod|umask)(?: -[A-Za-z]{1,3}| dash [A-Za-z]){0,3} $")


def _file_mode(match: re.Match[str], whole: str) -> bool:
    """True for a bare number of three or four octal digits after "chmod" or "umask" (and their options)."""
    start = match.start()
    return (3 <= len(whole) <= 4 and max(whole) <= "7"
            and _MODE_COMMAND_BEFORE.search(match.string, max(0, start - 30), start) is not None)


def _number(match: re.Match[str]) -> str:
    """Read a bare number; a four-digit number that looks like a year is read as one."""
    whole, fraction = match.groups()
    # "chmod 755", "umask 022", "chmod -R 700" ("dash R" by now): the letter before the space first, one look
    if fraction is None and (start := match.start()) > 5 and match.string[start - 2] in "dkR" and _file_mode(
            match, whole):
        return padded(match, numbers.digits(whole))
    if fraction is None and len(whole) == 4 and 1010 <= int(whole) < 2100 and not _is_amount(match):
        return padded(match, numbers.year(int(whole)))
    # the next century only after a year's word: "warming by 2100", "until 2150" ("2100 people" is a count)
    if fraction is None and len(whole) == 4 and 2100 <= int(whole) < 2200 and (_YEAR_BEFORE.search(
            match.string, max(0, match.start() - 8), match.start()) or match.string.endswith("year ", 0, match.start())
    ) and not _is_amount(match):
        return padded(match, numbers.year(int(whole)))
    return padded(match, numbers.number(whole if fraction is None else f"{whole}.{fraction}"))


def _is_amount(match: re.Match[str]) -> bool:
    """True for a four-digit number before a counted noun ("1240 miles long"), unless a year's word leads it.

    Round hundreds keep the year's reading, which is how people count them too: "fifteen hundred men".
    """
    if match.group(1).endswith("00"):
        return False
    noun = _NOUN_AFTER.match(match.string, match.end())
    if noun is None or noun.group(1) not in COUNTED_NOUNS:
        return False
    return _YEAR_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) is None


def _carat(match: re.Match[str]) -> str:
    """"18K gold" -> "18 carat gold": a "K" only at a gold's fineness ("50K gold coins" are thousands)."""
    if match.group(2) and match.group(1) not in _GOLD_FINENESS:
        return match.group(0)
    return f"{match.group(1)} carat"


def _seconds_after_limit(match: re.Match[str], decades: bool) -> str:
    """"to 30s" -> "to thirty seconds"; tens beside another decade ("from 20s to 30s", decades true) are left to the
    decades."""
    value = int(match.group(2))
    if value >= 100 and value % 5:  # "to 747s": aircraft; seconds past a minute and a half are round
        return match.group(0)
    if value < 10 and _DIGIT_PLURAL_AFTER.match(match.string, match.end()):
        return match.group(0)
    if value % 10 == 0 and value < 100 and (
            match.group(1).lower() in ("of ", "about ", "around ") or decades
            or _CHANGE_TO.search(match.string, max(0, match.start() - 12), match.end(1))):
        return match.group(0)
    return f"{match.group(1)}{numbers.cardinal(value)} {'second' if value == 1 else 'seconds'}"


# "3,4 and 5", "rooms 2,3,4": small numbers listed with commas and no spaces (no thousands: their groups hold three
# digits), said one by one.
_LISTED_NUMBERS = compiled(r"(?<![\w.,])\d{1,3}(?:,\d{1,2})+(?![\w,]|\.\d)")
_MAY_BE_LISTED = compiled(r"\d,\d\d?(?!\d)")


def _numbers(text: str, commonwealth: bool = False) -> str:
    """Products, ranges, ordinals, fractions and plain numbers, in that order (a game's score as British and
    Commonwealth readers say it where commonwealth)."""
    if "*" in text:
        text = arithmetic.products(text)
    if "x" in text and "ext" in text and _MAY_BE_SHORT_CODE.search(text):
        text = _SHORT_CODE.sub(_short_code, text)
    if "," in text and "0,0" in char_classes(text) and _MAY_BE_LISTED.search(text):
        text = _LISTED_NUMBERS.sub(lambda m: m.group(0).replace(",", ", "), text)
    if "-" in text:
        if "/" in text:
            text = ranges.fraction_spans(text)
        # First looks for the rules below, each led by a look behind (entered at every position of the text): a
        # span's second number before its hyphen, the even odds, two hyphens at least in a chain, a number's hyphen.
        if "0-a" in char_classes(text):
            text = ranges.age_spans(text)
        if "50-50" in text or "24-7" in text:
            text = ranges.even_odds(text)
        if text.count("-") > 1:
            text = ranges.tallies(text)
        classes = char_classes(text)  # once for the three looks: a call cost as much as a look
        if "0-" in classes and ("a0" in classes or "A0" in classes):
            text = ranges.lettered_pages(text)
        text = ranges.spans(text, commonwealth)
        classes = char_classes(text)
        if "-0" in classes or "-.0" in classes:  # a dash before a digit first
            text = arithmetic.negatives(text)  # before fractions: "-1/2" is "minus one half"
    if "/" in text and "/." in text:
        text = sports.slash_lines(text)
    if "/" in text:
        text = fractions.counts(fractions.idioms(text))
        if ",000" in text:
            text = fractions.per_bases(text)
        text = fractions.splits(text)
        if " 1/2/" in text:  # "4½/7" (tidied to "4 1/2/7"): points out of games, before the score and fractions
            text = chess.half_points(text)
        if "dle" in text:  # "Wordle 1,204 5/6": a game's tries, before a mixed number takes them
            text = fractions.guesses(text)
        text = fractions.scores(slashes.verdicts(text))
        text = arithmetic.over_letters(fractions.fractions(text))
        if "a eigh" in text or "a elev" in text or text.startswith(("A eigh", "A elev")):
            text = fractions.an_before_vowel_numbers(text)
    # "1er", "1re", "1ère", "20ème", "11e arrondissement" (its "eme" asked for with the others)
    if (("1" in text and ("1er" in text or "1r" in text or "1è" in text)) or ("è" in text and "ème" in text)
            or "eme" in text):
        text = numbers.french_ordinals(text)
    classes = char_classes(text)
    if ("0aa" in classes or "0AA" in classes) and _MAY_BE_ORDINAL.search(text):
        if "-" in text:
            text = ranges.ordinal_spans(text)
        if "=" in text:
            text = sports.equal_places(text)
        text = _ORDINAL.sub(_ordinal, text)
    if "^" in text:
        text = arithmetic.powers(text)
    if "+" in text:
        text = arithmetic.plus_signs(text)
    if "-" in text:
        text = _LETTER_NUMBER.sub(" ", text)
    # Each rule below only where its cheapest sign is: a digit against the mark, a "T" against a digit.
    if "T" in text:
        text = sports.tied_places(text)
    if ".000" in char_classes(text):  # a stop and three digits in C first
        text = sports.averages(text)
    if "0a" in char_classes(text) and _LETTER_A_AFTER_NUMBER.search(text):
        text = _LETTER_A_AFTER_NUMBER.sub(r"\1 Eh", text)
    text = _NUMBER.sub(_number, text)
    # a stop before a digit in the classes, where the scan led by the stop cost ~0.2 us on every sentence with a digit
    if not has_digit(text) or ".0" not in char_classes(text):  # most numbers are words by now
        return text
    return _POINT_NUMBER.sub(lambda m: padded(m, numbers.decimal("." + m.group(1))), text)


# An emoji that stands for a word: after an article or a word that names or sends one ("He posted a 👍 in reply",
# "react with 👍 or 👎", "the 😂 emoji"), or alone in quotes ("The reply was just \"💀💀💀\""). Elsewhere it is
# decoration, dropped with the rest when the text is tidied.
_EMOJI_AS_WORD_BEFORE = compiled(
    r"(?:\b(?i:a|an|the|with|or|and|just|posted|sent|single|of|like|as|by|was|is)\s|[\"“‘'])$")
_MAY_BE_EMOJI = compiled("[\U0001f000-\U0001faff\u2600-\u27bf]")  # a first look: quotes and dashes are no emoji
_EMOJI_AS_WORD_AFTER = compiled(r"\s(?:emoji|emojis|icon|symbol|sign|reaction)\b|[\"”’']")


# The emoji library keeps each joiner it skips (one after an emoji that makes no sequence of the set) in a list it
# searches at every character: its time grew with the square of their number (16,000 "x \u2764\u200d" took 7.7 s).
# No emoji spans a space, so a text with many joiners is read a word at a time, and a long word a slice at a time.
_JOINERS_AT_ONCE = 64
_WORD = compiled(r"\S+")
_SLICE = 64
_SEQUENCE = 16  # the set's longest sequence is 10 characters ("\U0001f468\U0001f3fb\u200d\U0001f91d\u200d...")
_JOINS = compiled("[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\U0001f1e6-\U0001f1ff]")


def _emoji_list(text: str) -> list[dict[str, Any]]:
    """emoji.emoji_list over a text's words, a long word in slices cut between two emoji, as found in the whole."""
    import emoji

    found: list[dict[str, Any]] = []
    for word in _WORD.finditer(text):
        start = word.start()
        while start < word.end():
            end, longest = min(start + _SLICE, word.end()), min(start + _SLICE + _SEQUENCE, word.end())
            while end < longest and (_JOINS.match(text, end) or text[end - 1] == "\u200d"):
                end += 1  # a joiner, a selector, a skin's tone, a tag or a flag's second letter goes on a sequence
            found.extend({**match, "match_start": match["match_start"] + start, "match_end": match["match_end"] + start}
                         for match in emoji.emoji_list(text[start:end]))
            start = end
    return found


def emoji_words(text: str) -> str:
    """Say an emoji used as a word by its name ("a 👍" -> "a thumbs up"); the text's other emoji are left to tidy."""
    text = signs.ticks(text)  # a tick or a cross after a feature is its answer, not a picture
    if "Ø" in text or "ø" in text or "⌀" in text:  # (three memchrs, before a call most texts do not need)
        text = signs.diameters(text)  # "Ø12.5 mm": the sign said before the measure is read
    text = cards.suits(text)  # "♥K", "4♠": a card or a bid, before the suit's sign is dropped or named as an emoji
    if "\u2669" in text or "\u266a" in text:  # "♩ = 120": a score's tempo, before the note is dropped as an emoji
        text = signs.tempo_marks(text)
    if not _MAY_BE_EMOJI.search(text):
        return text
    import emoji  # imported only for text with an emoji in it

    found = _emoji_list(text) if text.count("\u200d") > _JOINERS_AT_ONCE else emoji.emoji_list(text)
    if not found:
        return text
    parts, last, i = [], 0, 0
    while i < len(found):
        first = found[i]
        start, end = first["match_start"], first["match_end"]
        # a run of emoji ("💀💀💀", "👍👍"): one word, said once by the first one's name; each is looked at once
        while i + 1 < len(found) and found[i + 1]["match_start"] == end:
            i += 1
            end = found[i]["match_end"]
        i += 1
        if (_EMOJI_AS_WORD_BEFORE.search(text, max(0, start - 10), start)
                or _EMOJI_AS_WORD_AFTER.match(text, end)):
            name = emoji.demojize(first["emoji"], delimiters=("", "")).replace("_", " ")
            parts.append(text[last:start] + name)
            last = end
    return "".join(parts) + text[last:]


def normalise(text: str, options: ReadingOptions) -> str:
    """Return the spoken form of English text."""
    # Order matters: each rule must see the written forms it knows before a broader rule takes them
    # apart. Web addresses hold dots, digits and symbols; phone numbers look like dates and ranges;
    # dates, times, money and measures hold numbers; "No. 5" must be seen before "5" becomes "five";
    # numerals must be read before capitals are spelled ("II" is not an acronym).
    if "=" in text:
        text = markets.instrument_codes(text)
    if ")" in text or ">" in text:
        text = markets.tickers(text)
    # scholarly first: "para. [45]" before the footnotes' rule drops "[45]", "MS. 42" before the capitals spell "MS"
    text = romans.numbered_books(history.old_forms(citations.marks(citations.scholarly(text))))  # after "2d Cir."
    if text[:1].isupper() and text[1:2].isupper():
        text = capitals.datelines(text)
    # "A38 closed", "(A39)": a capital A first, one memchr where most texts have none, before four scans
    if text[:1] == "A" or ("A" in text and (". A" in text or "? A" in text or "! A" in text or "(A" in text)):
        text = capitals.letter_a_before_digits(text)
    headline = capitals.in_capitals(text)
    if headline or ("A" in text and "A " in text):
        text = capitals.articles_in_capitals(text, headline)
    # each of code_in_prose's first looks, before the call, and each needle's rarest character first (a memchr, where
    # a needle of two costs a scan)
    if "~" in text:  # a revision's tilde ("HEAD~3", coderefs.py) and a version's range, before its numbers are read
        text = signs.version_ranges(coderefs.revisions(text))
    # a shell's words (shellwords.py): a dollar's variable, led by its dollar; a variable set in capitals and a
    # command's short option asked only where code in prose's first look passes (an "=", a spaced hyphen)
    if "$" in text and ("$A" in char_classes(text) or "${" in text):
        text = shellwords.variables(text)
    if "=" in text or ("(" in text and "()" in text) or ("-" in text and (" -" in text or text[:2] == "--")):
        if "=" in text and ("A=" in (classes := char_classes(text)) or "0=" in classes):
            text = shellwords.assignments(text)
        text = electronic.code_in_prose(text)  # a version's "==" pin among them
        # after it: git's own options and the branch after one ("git checkout -b fix/login") are code_in_prose's
        if " -" in text and (" -a " in (classes := char_classes(text)) or " -A " in classes):
            text = shellwords.short_options(text)
    if "-" in text:  # a cloud region's hyphens ("eu-west-2"), before the call
        text = netnames.regions(text)
    if "*" in text or ":" in text:  # a wildcard's star, a scheme's colon ("mailto:"), before the call
        # a source file's line after its colon (a letter, the colon, a digit), before an image's tag takes it
        if ":0" in (classes := char_classes(text)) and "a:0" in classes:
            text = electronic.source_lines(text)
        text = netnames.schemes(text)
    if "#" in text:  # keypad_codes' first look, before the call (a call of every sentence cost more than the look)
        # and a colour's six characters, "#ff6600", before a code's letters and digits are taken apart
        text = telephones.keypad_codes(signs.hex_colours(text))
        if "#!" in text:  # a script's first line, before its path is read as an address's
            text = electronic.shebangs(text)
    text = electronic.addresses(text, options)
    if "+" in text and "U+" in text:  # a code point's digits, before numbers read them as a year or a number
        text = electronic.code_points(text)
    if "_" in text:  # a name with an underscore inside, "snake_case", once addresses and files are read
        text = electronic.identifiers(text)
    text = places.coordinates(places.winds(places.states(text)))
    text = weekdays.named_spans(places.streets(text))
    if "-" in text and "a-A" in char_classes(text) and among_words(PLACE_TO_PLACE_NOUNS, text):
        text = ranges.places_to_places(text)
    if "-" in text:
        text = ranges.letter_ranges(text)
    if ("K" in text or "Y" in text) and ("-" in text or "–" in text):  # "K-12", "KS1–2", "Y7–9"
        text = ranges.school_years(text)
    if "U" in text:
        text = sports.age_groups(text)
    has_digits = has_digit(text)
    if has_digits and "/" in text:
        if "p/" in text or "P/" in text:  # a protocol's port, "tcp/443"
            text = netnames.protocol_ports(text)
        if "/0000000" in char_classes(text):  # an old arXiv id's seven digits after its archive's slash
            text = electronic.old_arxiv_ids(text)
    an_zero = False  # a decimal under one after "an", said "oh" at the end ("an 0.8 multiplier")
    if has_digits and "-" in text:  # a UUID's groups, before numbers and spans read them
        text = electronic.uuids(text)
    text = shorthand.shorthand(text)  # a trade's letters and digits, before numbers, units and capitals are read
    # a digit before a small letter, asked once for the two rules below (a scan of the classes each, one character at a
    # time), and again only where the first changed the text
    digit_small = has_digits and "0a" in char_classes(text)
    if digit_small and "a0" in char_classes(text):
        text = electronic.hashes(text)  # a bare hash's characters, before numbers read its runs of digits
        digit_small = "0a" in char_classes(text)
    if has_digits and (digit_small or "5." in text):  # a grade's digit and letter, or a decimal grade
        text = climbing.grades(text)  # before money reads "5c" as cents
    # "1NT", "N-S vulnerable": before numbers and capitals are read; each needle's capital or hyphen first
    if (("N" in text and ("NT" in text or "NS " in text)) or ("-" in text and ("-S " in text or "-W " in text))
            or ("W" in text and "EW " in text)):
        text = cards.no_trumps(text)
    # an ion's charge, before its formula is spelled and its digit read: asked wherever a hyphen is (a memchr), as its
    # own look is led by the hyphen, where four looks for a hyphen's neighbours cost 0.25 us a sentence (five times)
    if "-" in text:
        text = chemistry.negative_charges(text)
    if "suit" in text:  # a poker hand's cards beside the suit's word, "10-9 suited": before the scores read "10-9"
        text = cards.suited_hands(text)
    if has_digits:
        classes = char_classes(text)  # a sign before four digits, then the tide's words
        if "000" in classes and ("code" in text or "umber" in text):
            text = notices.labelled_codes(text)  # a recall's codes, before their digits are read as counts
            classes = char_classes(text)
        four_digits = "0000" in classes  # asked once for the three rules below
        if four_digits:
            if "00000000" in classes:  # "20250911": a date's eight digits, before a run of digits is read
                text = numericdates.compact_dates(text)
                classes = char_classes(text)
            if "W" in text and ("HW " in text or "LW " in text):  # "HW 0538": a tide's time, before it is a number
                text = forecasts.tide_times(text)
        if ((four_digits and (("-" in text and "-0000" in classes) or ("+" in text and "+0000" in classes)
                              or "?0000" in classes)) or "+0:00" in classes or "-0:00" in classes) and (
                "ater " in text or "W " in text or "ide " in text):
            text = forecasts.tide_offsets(text)  # "HW Dover -0140": before the sign is read as a negative number
        # a level's or a heading's label ("hdg 090"), a capital first, or a level in words ("flight level 350")
        if (("F" in text and "FL" in text) or ("H" in text and "HDG" in text) or "dg" in text or "ght lev" in text
                or "ght Lev" in text):
            text = aviation.flight_levels(text)
        if "/" in text:
            text = references.slashed_references(text)
            if "ef" in text or "umber" in text:  # a label's letters first
                text = references.two_part_references(text)
            if "kn" in text or "kt" in text or "KT" in text:
                text = aviation.winds(text)
            if "Y" in text or "year" in text:
                text = ranges.school_year_pairs(text)
        if "PCIe" in text:
            text = versions.pcie_lanes(text)
        if "r." in text:
            text = references.procedure_rules(text)
        if "D" in text and "DDR" in text:
            text = versions.memory_speeds(text)
        if "C" in text:
            text = forecasts.temperature_pairs(text)
        if "°" in text and "°C" in text:
            text = forecasts.degree_rows(text)
        if " bt" in text:  # a results line's "bt" or "bt.", which holds its score's digits (without: words.py)
            text = sports.beaten(text)
        if "W" in text and " L" in text:
            text = sports.form(text)
        if "P" in text and "Ps" in text:
            text = references.psalms(text)
        if "0a" in char_classes(text):  # a digit, a small letter
            text = namednumbers.model_plurals(text)
        classes = char_classes(text)  # a move's number, its stop and a move: a decimal's stop first
        if "0." in classes:
            an_zero = " 0." in classes and ("an 0." in text or "An 0." in text)
            if "0. a" in classes or "0.a" in classes or "0. A" in classes or "0.A" in classes or "0..." in classes:
                text = chess.moves(text)
        # a piece's lone move, where chess is spoken of (a set look first: a class needle with a small letter in it
        # steps a character at a time), a match report's "HT", "FT", "Att", "aet", "og", "pen", and a scorecard's "b"
        # (bowled), before the scores read them: one look for all (a look of its own cost every sentence with a digit a
        # call), then each
        if among_words(_CHESS_OR_MATCH_REPORT, text):
            if among_words(CHESS_WORDS, text):
                text = chess.lone_moves(text)
            if among_words(sports.MATCH_REPORT_WORDS, text):
                text = sports.match_report_words(text)
            if among_words(sports.BOWLED_BY, text):  # a scorecard's "c Smith b Jones", "lbw b Starc"
                text = sports.dismissals(text)
        if "@" in text:  # "4K@60fps": "at" between a number and what it runs at (addresses were read before)
            text = media.at_signs(text)
        # "tyre", "tires", in either case, after a number and its letter ("91V tyre")
        # (the classes first: "ire" is in "fire", "hired" and "require", and both needles scanned every sentence)
        if ("00A a" in char_classes(text) or "00A A" in char_classes(text)) and ("yre" in text or "ire" in text):
            text = namednumbers.tyre_ratings(text)
        if "/" in text:
            if "R" in text:
                text = namednumbers.tyres(text)
            text = media.modes_and_apertures(text)
            if "bit/" in text:
                text = media.bit_depth_rates(text)
            text = media.exposures(text)
        text = numbers.scientific(numbers.spaced_thousands(numbers.indian_groups(numbers.long_runs(
            telephones.codes(text)))))
        if "A 00" in (classes := char_classes(text)) and ("0-0" in classes or "0:0000" in classes):
            text = references.standards(text)  # a standard's part and year, before spans and ratios take them
        if ":" in text:
            text = arithmetic.ratios(text)
        if "-" in text:
            text = ranges.label_ranges(text)
            if "A00-00" in char_classes(text):  # "M50-54": a capital before a span of two-digit numbers
                text = sports.age_categories(text)
        # "M4-", "W8+", "LW2x": a regatta's boat class, a capital before its seats' digit, before the sign is read
        if "A0" in char_classes(text):
            text = rowing.boat_classes(text)
        # every shape holds a decimal: one look before the generator, which cost ~0.4 us a sentence with a digit
        if "0.0" in char_classes(text):
            text = references.numbered_provisions(text)
        if "(" in text and references.may_have_subsections(text):
            text = references.subsections(words.labels_before_numbers(text))
        if ":" in text and "-" in text:
            text = references.dockets(text)
        if "-" in text and ("No." in text or "Case " in text or "Docket " in text or "ution " in text
                            or "ance " in text or "Bill " in text or "File " in text):
            text = references.case_numbers(text)
        if "-" in text and ("Table " in text or "Fig" in text or "Exhibit " in text or "Chart " in text
                            or "Listing " in text or "Plate " in text or "Map " in text or "Box " in text):
            text = references.numbered_figures(text)
        text = sports.scores(text)  # before dates, spans and fractions take a score's digits apart
        if "0.00" in char_classes(text) and ("s " in text or "n " in text):
            text = _PROGRAMME_TIME.sub(r"\1:\2", text)
        if "0a" in char_classes(text) and _MAY_BE_SECONDS.search(text):
            # the text's other decades looked for once, not at each match: 0.8 s for 160 kB of "from 30s to 1/8000s"
            decades = _other_decade(text)
            text = _SECONDS_AFTER_LIMIT.sub(lambda m: _seconds_after_limit(m, decades), text)
        text = telephones.phones(dialling.national_forms(numericdates.timestamps(text)))
        if "min" in text:
            text = clock.minutes_seconds(text)  # "4 min 30 s", before "30s" is a decade's plural
        if "/" in text and ("pt" in text or "point" in text):  # a type's size over its leading, before the dates
            text = unitwords.leadings(text)
        text = dates.dates(durations.durations(periods.periods(text)), options)
        text = clock.times(text)
        if "R" in text:  # "cost R250": the rand, before a name's number is said in pairs
            text = money.glued_rand(text)
        text = namednumbers.names_with_numbers(text)
        if "-" in text or "+" in text or "−" in text:
            text = sports.par_scores(text)
        if "+" in text:  # "+3.5%": a sign, before the percentage is words
            if "ge" in text:
                text = _AGE_PLUS.sub(r"\1 and over", text)
            text = arithmetic.positives(text)
        if "R" in text and "0.0" in char_classes(text) and _TRIAL_STATISTIC.search(text):
            text = _TRIAL_STATISTIC.sub(lambda m: TRIAL_STATISTICS[m.group(1)] + " ", text)
        if "=" in text:  # "5 - 3 = 2", "3 x 4 = 12": before "=" is a symbol's word and "-" a range's "to"
            text = arithmetic.sums(text)
        if "/" in text and "m/" in text:
            text = markets.months_on_months(text)
        if ")" in text and ("(n" in text or "(N" in text or "(=" in text):
            text = markets.no_change(text)
        if "-" in text:
            text = arithmetic.negative_money(text)
        # a kilogram's, whose basis may follow it (measurebases.weight_bases, below)
        weighed = "k" in text and "kg" in text
        if "/" in text and ("1/2" in text or "1/4" in text or "3/4" in text):
            text = fractions.mixed_before_a_sign(text)
        # an ore's grade as a percentage, asked before the percentages are words ("0.62% Cu" kept its letters)
        graded = "%" in text
        text = money.money(signs.comparisons(text))
        text = percent.percentages(text)
        if "'" in text:  # before "+" is read: stoppage time is "90+3'"
            text = sports.match_minutes(text)
        if "+" in text:  # "2+3 m2": the sum is said before the measure rule reads "3 m2" as words
            text = arithmetic.plus_signs(text)
        if (among_known_words(_CARAT_AFTER, text) and ("t " in text or "K " in text or "k " in text)
                and among_words(_CARAT_AFTER, text)):
            text = _CARAT.sub(_carat, text)
        if "K" in text and " K" in text:  # "cooled to 4 K": kelvin, where the sentence speaks of temperature
            text = ambiguousunits.kelvins(text)
        if "bp " in text or "kb " in text:  # "150 bp reads", "a 2 kb deletion": a genome's lengths
            text = ambiguousunits.base_pairs(text)
        # two capitals first, in the classes: one look where the four needles cost a scan each
        if ("AA" in char_classes(text) and ("HR" in text or "SB" in text or "TD" in text or "INT" in text)
                and sports.in_a_box_score(text)):
            text = sports.box_scores(text)
        # "9.81 PB": a personal best, before PB is a size; "6.28m WR": after the metres are read
        # a cook's pint, before measures and fractions read it
        if "pt" in text:  # a type's or a poll's point first, spaced or glued ("10 pt Garamond", "a 12pt font")
            text = unitwords.type_points(text)
            if " pt" in text or "/" in text:
                text = unitwords.pints(text)
        if "H" in text and "HP" in text:  # "a 5 HP motor", horsepower before the units read it (memchr first)
            text = unitwords.horsepower(text)
        graded = graded or ("/" in text and "/t" in text) or "ppm" in text  # an ore's grade, before it is words
        # "8 m s^-1", "3 g cm^-3": units with negative powers, before a unit alone is read (the caret first: a memchr)
        if "^" in text and "^-" in text:
            text = poweredunits.powered_units(text)
        text = sports.said_results_marks(units.measures(sports.results_marks(text)))
        if weighed and ("dw" in text or "lw" in text or "cw" in text):  # once the units are words
            text = measurebases.weight_bases(text)
        if graded:
            text = measurebases.ore_metals(text)
        # after money and measures, which look for a name after them ("HS2"); a letter before a digit first
        classes = char_classes(text)
        if "A0" in classes or "a0" in classes:
            text = chemistry.formulas(text)
    # "at noon ET", no digit for the clock rules; the zone's "T" first (a memchr), as noon_zones asks it
    if not has_digits and "T" in text and ("oon " in text or "ight " in text):
        text = clock.noon_zones(text)
    # no digit needed; each needle's capital first
    if ("C" in text and "Cl" in text) or ("B" in text and "Br" in text) or ("O" in text and "OH" in text):
        text = chemistry.bare_formulas(text)
    if "q" in text and ("sq " in text or "sq. " in text):  # "per sq metre": before "sq" is read alone
        text = unitwords.square_words(text)
    text = unitsalone.units_alone(text)
    # Symbols become words before numbers and capitals do, so that a second pass finds nothing new.
    text = signs.signs(words.abbreviations(text), options.date_order == "dmy")
    # symbols' and loose_symbols' first looks before their calls, each a memchr or a C call (most texts hold none)
    if ("%" in text or "$" in text or "~" in text or "=" in text or "@" in text or "+" in text or "-" in text
            or not text.isascii()):
        text = signs.symbols(text)
    if not text.isascii():
        text = maths.loose_symbols(text)
    if has_digits:  # the regions that write the day first are those that say "and" and "three one" (facts.py)
        text = _numbers(text, options.date_order == "dmy")
        if "^" in text:  # a power no rule read ("v2^3", "x²_"): its caret left between words, which a second pass
            text = arithmetic.left_carets(text)  # dropped ("v twothree"): said, so the reading stays
        if "etween " in text:
            text = ranges.between(text)
    text = romans.small_numerals(romans.romans(text))
    if "/" in text:  # slashes' first look, before the call
        text = slashes.slashes(text)
    text = capitals.inner_full_stops(capitals.acronyms(text, headline))
    if "A" in text or "(" in text or "-" in text:  # letter_a's first looks, before the call
        text = capitals.letter_a(text)
    if "I" in text or "V" in text or "X" in text:  # cheaper than the call: most texts hold no numeral
        text = romans.leftover_numerals(text)
    text = electronic.loose_domains(text, options)
    if an_zero:
        text = _AN_ZERO_POINT.sub(r"\1 oh point", text)
    return _SPACES.sub(" ", text).strip() if "  " in text else text.strip()

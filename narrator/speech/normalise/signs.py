"""Signs and symbols said as words: "#1", "@name", "&", "C#", "★★★★☆", "Ctrl+C", "✓", "<5%", "±", "°", Greek
letters."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    COLOUR_WORDS,
    CRICKET_WORDS,
    GREEK_LETTERS,
    HANDLE_INITIALISMS,
    KEY_NAMES,
    MONEY_SIGNS,
    NAME_PARTICLES,
    SOCIAL_NETWORKS,
)
from narrator.speech.normalise.util import char_classes, near, padded
from narrator.speech.normalise.vocabulary import frequency, is_common_word

# "Ctrl+C", "Cmd+Shift+4", "Alt+F4": keys joined by "+", one of them a modifier.
_KEY_ALT = "|".join(re.escape(key) for key in sorted(KEY_NAMES, key=len, reverse=True))
_SHORTCUT = compiled(
    rf"(?<![\w+])(?:Ctrl|Cmd|Alt|Shift|Opt|Option|Win|Fn|Control|Command)(?:\+(?:{_KEY_ALT}|F\d{{1,2}}|[A-Z0-9]))+"
    r"(?![\w+])"
)
_KEY = compiled(r"\+?(\+$|[^+]+)")  # "Ctrl++": the last "+" is a key
# a Mac's modifier keys by their symbols, as its menus and manuals print a chord ("⌘K", "⇧⌘4", "⌘+Shift+4"): each
# said by its name, the chord then read as one spelled out ("⌘K" and "⌘+Shift+four" went to the voice).
# A chord holds the command or the option key (its first look), before a key of a capital or a digit.
_MAC_MODIFIERS = {"⌘": "Cmd+", "⌥": "Opt+", "⇧": "Shift+", "⌃": "Ctrl+"}
_MAC_CHORD = compiled(r"(?<![⌘⌥⇧⌃+])(?=[⇧⌃+]*[⌘⌥])(?:[⌘⌥⇧⌃]\+?)+(?=[A-Z0-9])")
# The top grade of British exams ("three A*s", "A*AA") and the search algorithm ("A* search") alike: "A star".
# and a span of grades from it, "A*–C", "A*-B" ("A star to C"; "star-C" it was), its dash before one grade's letter.
_A_STAR = compiled(r"(?<![\w*])A\*(s\b|[-–](?=[A-GU]\*?(?![\w*-]))|(?=A|[^\w*]|$))")
# A British listed building's grade: "Grade II*" is "Grade two star", between Grade I and Grade II.
_GRADE_STAR = compiled(r"\b(Grade|grade) II\*(?![\w*])")
# A batter's score with a star, in a sentence about cricket: "Smith 87*", "Root (112*)" are "not out" (the star was
# dropped as a footnote's mark).
_NOT_OUT = compiled(r"(?<![\w.,$£€*])(\d{1,3})\*(?![\w*])")
_CRICKET_TALK = compiled(rf"\b(?:{CRICKET_WORDS})\b")
# "Go to Settings > General > About", "open File > Save As": a path through an app's menus, a pause between its steps
# (as a breadcrumb's "›" is); one step only after a word that leads into a menu ("Revenue > Costs" compares).
_MENU_STEP = compiled(r"(?<=[A-Za-z]{2}) > (?=[A-Z])")
_MENU_PATH = compiled(r"[A-Za-z]{2} > [A-Z][\w&'-]*(?: [\w&'-]+){0,3} > [A-Z]")
_MENU_LEAD = compiled(r"\b(?i:go to|goes to|going to|open|opening|tap|tapping|click|clicking|select|selecting|choose"
                      r"|choosing|head to|head into|navigate to|via|under|in)\s+(?:the\s+)?[A-Z][\w&'-]*"
                      r"(?: (?:&|[A-Z][\w&'-]*)){0,3} > [A-Z]")
# A credit rating or a grade a notch down, "BBB-", "AA-", "a B- average": "minus" (the voice left the dash unsaid). Led
# by the dash, so that the scan runs in C; not a word's first half before "and"/"or" ("A- and B-list stars").
_NOTCH_DOWN = compiled(r"-(?:(?<=(?<![\w.&-])[ABC]-)|(?<=(?<![\w.&-])(?:AA|BB|CC)-)|(?<=(?<![\w.&-])(?:AAA|BBB|CCC)-))"
                       r"(?=[\s,;:!?)]|\.(?:\s|$)|$)(?!\s(?:\d|(?:and|or|to|through|&)\s[A-Z]{1,3}-))")
# Where a sentence speaks of blood, "O-" and "AB+" are groups: "O negative", "AB positive".
_BLOOD_GROUP = compiled(r"(?<![\w.&+-])(AB|A|B|O)([+-])(?=[\s,;:!?)]|\.(?:\s|$)|$)")
_BLOOD_SIGNS = {"+": " positive", "-": " negative"}

# "#100DaysOfCode", "#2024Election": digits run into a word are a tag ("#1", "#5B" and "#3rd" are numbers).
_DIGITS_LEAD_TAG = r"\d+(?:[A-Z][a-z]|[a-z]{3})"
_HASH_NUMBER = compiled(rf"#(?=\s?\d)(?!{_DIGITS_LEAD_TAG})")
# "#FA8072", "#1a2b3c": a colour's six hexadecimal characters after its hash, as a style sheet and a designer's note
# write it, said a character at a time ("hashtag F.A eight thousand seventy two" and "number one a two b three c" it
# was); a digit and a letter both in it, so that "#BADBED" stays a tag and "#123456" a number.
_HEX_COLOUR = compiled(r"(?<![^\s(\[:])#(?=[\dA-Fa-f]{0,5}[A-Fa-f])(?=[\dA-Fa-f]{0,5}\d)([\dA-Fa-f]{6})(?![\w-])")
# "#fff", "#abc", "#333": three or six such characters of one kind, a colour's only where the sentence speaks of colour
# or style (COLOUR_WORDS: "set the background to #fff"); elsewhere a tag or a number, as before. Of digits alone only a
# grey's repeated digit ("#000", "#666666"): "issue #123 in the css repo" is a number.
_HEX_COLOUR_NAMED = compiled(r"(?<![^\s(\[:])#([\dA-Fa-f]{3}|[\dA-Fa-f]{6})(?![\w-])")
_COLOUR_WORD = compiled(r"\b(?i:" + "|".join(sorted(COLOUR_WORDS)) + r")\b")
_AMPERSAND = compiled(r"\s?&&?\s?")  # "cd src && make": a shell's "and" too
# "AT&T", "P&G", "R&D": capitals joined by "&" are letters, even where they spell a word ("AT").
_LETTERS_AND = compiled(r"(?<![\w&])([A-Z]{1,3})&([A-Z]{1,3})(?![\w&])")
# A note or a key: "C#", "F♯ minor", "E♭", "Bb major"; and the languages named after the note ("C#", "F#").
_SHARP = compiled(r"([A-G])(?<![\w#][A-G])[#♯](?![\w#])")  # led by the class: scanned in C
_FLAT_WORDS = ("major", "minor", "maj", "min", "flat", "clarinet", "trumpet", "tuba")
_MAY_BE_FLAT = compiled(rf"[A-G]b\s(?:{'|'.join(_FLAT_WORDS)})")
_FLAT = compiled(rf"([A-G])(?<![\w#][A-G])(?:♭|b(?=\s(?:{'|'.join(_FLAT_WORDS)})\b))(?![\w#])")
# "Press # to repeat", "then hit #": the key itself after a verb that presses it, said "hash" in Britain and the
# Commonwealth and "pound" in North America, where phone menus say so (it was left a bare sign, which voices skip);
# "#1" and "#tag" are no key alone.
_KEY_HASH = compiled(r"\b((?:[Pp]ress|[Hh]it|[Dd]ial|[Tt]ap|[Ee]nter|followed by|then)(?: the)?) #(?=[\s.,;:!?)]|$)")
_HASHTAG = compiled(rf"(?<![^\s(\[])#((?:[A-Za-z]|{_DIGITS_LEAD_TAG})\w*)")
# "#BlackLivesMatter" is three words run together; "#iPhone" and "#McLaren" are one. An initialism may end the tag
# or open it ("#SaveOurNHS", "#NHSHeroes"), and digits may lead it ("#100DaysOfCode").
_RUN_TOGETHER = compiled(
    r"(?<=[a-z]{2})(?=[A-Z][a-z]|[A-Z]{2,}\d*$)|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})|(?<=\d)(?=[A-Za-z])")
_SHORT_WORD_RUN = compiled(r"\b([A-Z][a-z])(?=[A-Z][a-z])")
# "the #MeToo hashtag": the sign is not said again where the text names the tag.
_TAG_NAMED = compiled(r"\s+(?:hash-?)?tags?\b")
# "Order #AB123", "Invoice #INV-0042", "Ticket #TK-4471": after a word that labels a code, the sign before a code of
# capitals and digits is its number's ("Order hashtag A.B ..." it was); "#UK2026" alone, "Vote #GE2024" are tags.
_CODE_LABEL_BEFORE = compiled(r"\b(?i:order|invoice|ticket|ref|reference|booking|case|job|claim|policy|account"
                              r"|item|tracking|confirmation|customer|membership|receipt|issue)\.?:?\s?$")
# (its capitals are spelled by then: "#A.B one two three")
_CAPITALS_AND_DIGITS = compiled(r"[A-Z][A-Z\d]{0,15}")
_TAG_NAMED_BEFORE = compiled(r"\b(?:hash-?)?tags?\s+$", re.I)  # "the hashtag #MeToo"
# "r/AskReddit", "u/spez": a forum's board and its user, said with their slash ("r/min" after a number is a rate's,
# "r/t" and "w/o" are too short to be names).
_FORUM_NAME = compiled(r"(?<![\w./])(?<!\d\s)([ru])/([A-Za-z][A-Za-z0-9_]{2,20})(?![\w/])")
# "@jack_dorsey": its underscores are said, as an address's are. A Bluesky handle's domain after it,
# "@jay.bsky.social", "@nasa.gov", its stops said "dot" as an address's are (it went to the voice as written, stops
# and all); only before a domain's last label, so that a sentence's stop after a handle stays one.
_HANDLE = compiled(r"(?<![^\s(\[])@(\w+)((?:\.[a-z0-9-]+)*\.(?:social|com|org|net|gov|edu|io|dev|app|team|uk|ie|ca|au"
                   r"|nz|me|xyz)\b(?![.-]\w))?"
                   # a package's scope before its name, "@types/node", "@babel/preset-env" (the slash was "or")
                   r"(?:/(?=[a-z0-9])([a-z0-9][\w.-]{0,60}[a-z0-9])(?![\w/@]))?")
# A handle in brackets after a name ("County Power (@CountyPower)", "Jane Doe (@jdoe)"): the name said it already;
# before an embedded post's date (by now words: "March third", "the nineteenth of"), a pause.
_HANDLE_AFTER_NAME = compiled(r"(?<=[\w.])\s?\(@\w{1,30}\)(?=(\s(?:[A-Z]|the\s))?)")
# Symbols that become words go first, so that "+" sees the word before it ("°+" -> "degrees plus").
# Signs that become words, the ASCII ones after "#" and "@" are read (so that "+" sees the word before it: "°+" is
# "degrees plus"), the others before, since their words can leave a "#" or "@" standing apart ("÷#A", "@§").
_SIGNS_FIRST: list[tuple[str, re.Pattern[str], str]] = [
    ("°", re.compile(r"\s?°\s?C\b"), " degrees Celsius"),  # a scale named alone: "where °C and °F meet"
    ("°", re.compile(r"\s?°\s?F\b"), " degrees Fahrenheit"),
    ("°", re.compile(r"\s?°"), " degrees"),
    ("±", re.compile(r"(?<=[^\s(\[])\s?±\s?"), " plus or minus "),  # "67.5 ± 8.2 years"
    ("±", re.compile(r"±\s?"), "plus or minus "),  # "±5%", "(±3.5)"
    ("§", re.compile(r"§§\s?"), "sections "),
    ("§", re.compile(r"§\s?"), "section "),
    ("¶", re.compile(r"¶\s?"), "paragraph "),
    ("×", re.compile(r"\s×\s"), " times "),
    ("‰", re.compile(r"\s?‰"), " per mille"),
    ("→", re.compile(r"\s?→\s?"), " to "),  # "3 → 7", "London → Paris"
    ("÷", re.compile(r"\s?÷\s?"), " divided by "),
    ("√", re.compile(r"√\s?"), "the square root of "),
    ("∞", re.compile(r"∞"), "infinity"),
    # A dagger marks a note or a death; its date is read plainly. A double dagger marks a second note.
    ("†", re.compile(r"(?<=[(\[])†\s?|\s?†(?=\s|$)|†\s?"), ""),
    ("‡", re.compile(r"\s?‡(?=[\s.,;:!?)]|$)|‡\s?"), ""),
]
# A diameter's sign before its number, as drawings, tolerances and parts lists write it ("Ø12.5", "⌀ 25 mm", "a ø6
# dowel"): "Ø twelve point five" it was, and "Ø100 mm" kept its unit unread; a letter of a Nordic word ("Ørsted",
# "Nørre 4") is no sign.
_DIAMETER = compiled(r"(?<!\w)[Øø⌀]\s?(?=\.?\d)")
# A review's ticks and crosses after a feature ("Water resistance ✓, headphone jack ✗"): whether it has it. A tick
# before an item is a list's bullet, and goes unsaid with the emoji (tidy.py), as do "✅" and "❌", a post's pictures.
# Only where an item ends (a comma, a stop, a bar or the line's end): within a sentence the mark is a picture.
_TICK = compiled(r"(?<=[\w)])\s?[✓✔☑](?=\s*(?:[,;.|)]|$))")
_CROSS = compiled(r"(?<=[\w)])\s?[✗✘](?=\s*(?:[,;.|)]|$))")
# "A -> B", "2020 --> 2024": an arrow typed in ASCII, read as "→" is.
_TYPED_ARROW = compiled(r"(?<=[\w)])\s?-{1,2}>\s?(?=[\w($])")
_SYMBOLS: list[tuple[str, re.Pattern[str], str]] = [
    # a Windows variable between its signs, "%APPDATA%", "%TEMP%": each sign said apart from the name
    # ("percentTEMP percent" it was, the name glued to the first)
    ("%", re.compile(r"%(?<![\w%]%)([A-Za-z_][A-Za-z0-9_]{0,30})%(?![\w%])"), r"percent \1 percent"),
    ("%", re.compile(r"%"), " percent"),
    ("-pt", re.compile(r"(?<=\d)-pt\b(?!\.\w)"), " point"),  # "a 2-pt race"
    ("$", re.compile(r"\$(?<![\w$]\$)(?=[A-Z]{1,5}\b)"), ""),  # a ticker's cashtag: "$TSLA" is the ticker alone
    ("+/-", re.compile(r"(?:(?<=\s)|^)\+/-\s?(?=\.?\d)|\s\+/-\s"), " plus or minus "),  # not "C+/-"
    ("~", re.compile(rf"(?:(?<=[\s(])|^)~(?=\s?[\w{MONEY_SIGNS}])"), "about "),
    ("=", re.compile(r"\s=\s"), " equals "),
    ("=", re.compile(r"(?<=\b[A-Za-z])\s?=\s?(?=-?\.?\d)"), " equals "),  # a statistic: "n=2,000", "P=.01"
    ("@", re.compile(r"(?:^|\s)@\s"), " at "),
    ("+", re.compile(r"(?<=[A-Za-z])\+\+(?=\d{2}\b)"), " plus plus "),  # a language's standard: "C++20"
    ("+", re.compile(r"(?<=[\w+])\+(?=[\s+,.;:!?)]|$)"), " plus"),  # "C++", "Disney+,"
    ("+", re.compile(r"\s\+\s"), " plus "),
    ("+", re.compile(r"(?<=\s)\+(?=[,.;:!?)])"), "plus"),  # "Disney +, Hulu"
    ("+", re.compile(r"(?<=[(\"“])\+\s?(?=[A-Za-z])"), "plus "),  # "£20 (+ fees)", "(+VAT)"
]
# A comparison before an amount: "<5%", "> $1m", "≥ 18", "≈3 km"; read before the amount becomes words.
_HEART = compiled(r"(?<=\bI )<3(?=\s|$)")  # "I <3 NY": the heart is said as it is meant
# A statistic's letter may stand against its sign: "p<.001", "n>50".
_COMPARISON = compiled(rf"(?:(?<=[\s(])|^|(?<=(?<![\w.])[A-Za-z]))(<=|>=|[<>≤≥≈~])\s?(?=[{MONEY_SIGNS}-]?\.?\d)")
_COMPARISONS = {"<": "less than", "<=": "at most", ">": "more than", ">=": "at least", "≤": "at most",
                "≥": "at least", "≈": "about", "~": "about"}
_MAY_BE_COMPARISON = compiled(r"[<>≤≥≈~]")
# In code-point order, with final sigma (lower case) and a gap (upper case) where sigma's second form stands.
_GREEK_NAMES = [*GREEK_LETTERS[:18], *GREEK_LETTERS[17:]]
_GREEK = {chr(0x3B1 + i): name for i, name in enumerate(_GREEK_NAMES)}
_GREEK.update({chr(0x391 + i): name for i, name in enumerate(_GREEK_NAMES) if i != 17})
# Led by the Greek letter, the look behind after it: scanned for in C (led by the look behind, every position).
_GREEK_LETTER = compiled(r"[\u0391-\u03a9\u03b1-\u03c9](?<![^\W\d_][\u0391-\u03a9\u03b1-\u03c9])(?![^\W\d_])")
# "1/λ", "2/ω": a number over a Greek variable, in a formula (the slash was said "or" among the symbols' words).
_OVER_GREEK = compiled(r"(?<![\w/.,])(\d+)/(?=[\u03b1-\u03c9](?![^\W\d_]))")


def _letters_and(match: re.Match[str]) -> str:
    """"AT&T" -> "A.T and T": dotted, as the acronym rules write letters to be spelled."""
    return " and ".join(".".join(part) for part in match.groups())


# "★★★★☆": a rating, so many stars out of the run's length.
_STAR_RATING = compiled("([\u2605]+)([\u2606]*)")
# A score's tempo mark, a note's sign equal to the beats a minute ("♩ = 120", "♪=180", "♩. = c. 66"): the note named
# (tidying dropped the sign as an emoji, and "= one hundred twenty" was left). A note in a line of lyrics ("♪ Happy
# birthday ♪") has no "=" after it, and is left to be dropped.
_TEMPO_MARK = compiled(r"(?<!\w)([\u2669\u266a])(\.?)\s?=\s?(?:(c(?:a|irca)?\.?)\s?)?(?=\d)")
_NOTES = {"\u2669": "quarter note", "\u266a": "eighth note"}
# "4.8★", "4.5 ★": an average rating, the star its unit.
# "★★★★☆ A gripping revival": a capital after the stars that open a text (or a label's colon) opens a sentence
_HEADS_A_SENTENCE = compiled(r" [A-Z]")
_RATED_STARS = compiled("(?<=\\d)\\s?\u2605(?![\u2605\u2606])")


def _stars(match: re.Match[str]) -> str:
    """"★★★★☆" -> "four out of five stars", "★★★" -> "three stars"."""
    full, total = len(match.group(1)), len(match.group(0))
    said = numbers.cardinal(full) + (f" out of {numbers.cardinal(total)}" if total > full else "")
    said += " star" if full == 1 and total == 1 else " stars"
    if _HEADS_A_SENTENCE.match(match.string, match.end()) and match.string[:match.start()].rstrip()[-1:] in ("", ":"):
        said += "."  # a review's verdict before its first sentence: "A" after it is the article, not a letter
    return padded(match, said)


def _shortcut(match: re.Match[str]) -> str:
    """"Ctrl+Alt+Del" -> "Control Alt Delete": a chord of keys, each said by its name."""
    return " ".join(KEY_NAMES.get(key, key) for key in _KEY.findall(match.group(0)))


def diameters(text: str) -> str:
    """"Ø12.5" -> "diameter 12.5", "⌀ 25 mm" -> "diameter 25 mm": read before the measures, which the sign hid."""
    return _DIAMETER.sub("diameter ", text)


def ticks(text: str) -> str:
    """"Water resistance ✓, jack ✗" -> "Water resistance yes, jack no": read before tidying drops the marks."""
    if "✓" in text or "✔" in text or "☑" in text:
        text = _TICK.sub(" yes", text)
    if "✗" in text or "✘" in text:
        text = _CROSS.sub(" no", text)
    return text


def signs(text: str, commonwealth: bool = False) -> str:
    """"#1" -> "number 1", "@name" -> "at name", "&" -> "and", "A*" -> "A star", before digits and capitals become
    words; the phone's key "#" is "hash" where the day comes first and "pound" where the month does (America's)."""
    if not text.isascii():
        if "\u2605" in text:
            text = _STAR_RATING.sub(_stars, _RATED_STARS.sub(" stars", text))
        for symbol, pattern, words in _SIGNS_FIRST:
            if symbol in text:
                text = pattern.sub(words, text)
        if "⌘" in text or "⌥" in text:
            text = _MAC_CHORD.sub(lambda m: "".join(_MAC_MODIFIERS.get(key, "") for key in m.group(0)), text)
    if ">" in text and "->" in text:
        text = _TYPED_ARROW.sub(" to ", text)
    if "/" in text and ("r/" in text or "u/" in text):
        text = _FORUM_NAME.sub(r"\1 slash \2", text)
    if "*" in text and "A*" in text:
        text = _A_STAR.sub(lambda m: padded(m, "A star" + (" to " if m.group(1) in ("-", "–") else m.group(1))), text)
    if "*" in text and "II*" in text:
        text = _GRADE_STAR.sub(r"\1 two star", text)
    if "*" in text and "0*" in char_classes(text):
        text = _NOT_OUT.sub(lambda m: m.group(1) + " not out" if near(_CRICKET_TALK, m) else m.group(0), text)
    if ("-" in text or "+" in text) and ("lood" in text or "donor" in text):  # one character first: memchr speed
        text = _BLOOD_GROUP.sub(lambda m: m.group(1) + _BLOOD_SIGNS[m.group(2)], text)
    if "-" in text and ("A-" in text or "B-" in text or "C-" in text):
        text = _NOTCH_DOWN.sub(" minus", text)
    if ">" in text and " > " in text and (_MENU_PATH.search(text) or _MENU_LEAD.search(text)):
        text = _MENU_STEP.sub(", ", text)
    if "+" in text:
        text = _SHORTCUT.sub(_shortcut, text)
    if "&" in text:
        text = _AMPERSAND.sub(" and ", _LETTERS_AND.sub(_letters_and, text))
    if "#" in text or "♯" in text:
        text = _SHARP.sub(r"\1 sharp", text)
    # the letter first (a memchr): "b " steps through the text two characters at a time, in every sentence
    if "♭" in text or ("b" in text and "b " in text and _MAY_BE_FLAT.search(text)):
        text = _FLAT.sub(r"\1 flat", text)
    if "#" in text:
        key = r"\1 hash" if commonwealth else r"\1 pound"
        if _HEX_COLOUR_NAMED.search(text) and _COLOUR_WORD.search(text):
            text = _HEX_COLOUR_NAMED.sub(_named_colour, text)
        text = _HASHTAG.sub(_hashtag, _HASH_NUMBER.sub("number ", _KEY_HASH.sub(key, text)))
    if "@" in text and "(@" in text:
        text = _HANDLE_AFTER_NAME.sub(_handle_after_name, text)
    return _HANDLE.sub(_handle, text) if "@" in text else text


# In a handle, capitals run together before a capitalised word are an initialism and a word: "BBCNews" is "BBC News",
# "NASAWebb" "NASA Webb" (it was said as one word).
_INITIALS_THEN_WORD = compiled(r"(?<=[A-Z]{2})(?=[A-Z][a-z])")
# ... and a word before an initialism closing the name or a part of it: "CityFC" is "City FC", "NetflixUK" "Netflix
# UK" (it was said as one word, the capitals with it).
_WORD_THEN_INITIALS = compiled(r"(?<=[a-z]{2})(?=[A-Z]{2,5}(?:_|$))")


# "@bbcweather", "@nhsengland": a handle in small letters that runs a broadcaster's or a body's initials into a
# word (facts.HANDLE_INITIALISMS), said as the initials and the word ("at bbcweather" went to the voice as one word);
# the rest must be an English word of three letters or more, met 200 times in the word list ("@abcdef", "@ftw" stay).
_SMALL_INITIALS = compiled(r"(" + "|".join(sorted(HANDLE_INITIALISMS, key=len, reverse=True)) + r")([a-z]{3,})")


# "@UKSupremeCourt", "@10DowningStreet", "@GoldenStateWarriors": capitalised words run together, each an English
# word of three letters or more met 1,000 times in the word list, are said apart ("SupremeCourt" went to the voice as
# one word). A part shorter or rarer keeps the handle whole: "@McDonalds", "@iPhone", "@ElonMusk" stay. After an
# opening "The" a word met 100 times is enough ("@TheEconomist", "@TheAtlantic"), and a lone capital may close the name
# ("@SpaceX": "Space X").
_CAMEL_WORDS = compiled(r"[A-Z][a-z]+")


def _handle(match: re.Match[str]) -> str:
    """"@jack_dorsey" -> "at jack underscore dorsey", "@BBCNews" -> "at BBC News", "@bbcweather" -> "at BBC weather",
    "@types/node" -> "at types slash node"."""
    name = match.group(1)
    split = _SMALL_INITIALS.fullmatch(name) if name.islower() else None
    if split is not None and frequency(split.group(2)) >= 200:
        name = f"{split.group(1).upper()} {split.group(2)}"
    name = _WORD_THEN_INITIALS.sub(" ", _INITIALS_THEN_WORD.sub(" ", name))
    if not name.islower():
        name = " ".join(_camel_words(part) for part in name.split(" "))
    domain = " dot ".join((match.group(2) or "").split("."))  # "" or " dot bsky dot social"
    package = f" slash {match.group(3)}" if match.group(3) else ""  # "@types/node": a scoped package's name
    return "at " + name.replace("_", " underscore ") + domain + package


def _camel_words(part: str) -> str:
    """"SupremeCourt" -> "Supreme Court", "10DowningStreet" -> "10 Downing Street"; as written where a word is short or
    rare."""
    digits = part[:len(part) - len(part.lstrip("0123456789"))]
    words = part[len(digits):]
    # a lone capital closing the name is a letter said apart, "SpaceX" ("Space X"), after words that pass
    letter = words[-1] if len(words) > 3 and words[-1].isupper() and words[-2].islower() else ""
    words = words[:-1] if letter else words
    found = _CAMEL_WORDS.findall(words)
    # a name opening with "The" is a paper's, a magazine's or a band's, whose other words may be rarer ("TheEconomist")
    least = 100 if found[:1] == ["The"] else 1000
    if (len(found) + bool(letter) < 2 or "".join(found) != words
            or any(len(word) < 3 or frequency(word.lower()) < least for word in found)):
        return part
    return " ".join(piece for piece in (digits, *found, letter) if piece)


_WORD_JUST_BEFORE = compiled(r"(\w+)\s?$")


def _handle_after_name(match: re.Match[str]) -> str:
    """"County Power (@CountyPower)" -> "County Power": the handle repeats the name (before an embedded post's date, a
    pause); after a network's name ("on X (@example)") it is the account, and stays to be read."""
    network = _WORD_JUST_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
    if network is not None and network.group(1) in SOCIAL_NETWORKS:
        return match.group(0)
    return "," if match.group(1) else ""


def _short_words_apart(word: str) -> str:
    """"WeAre" -> "We Are", "ItNow" -> "It Now": a two-letter word run into the next; and a short name or place
    opening the tag, "EdFringe" -> "Ed Fringe" ("EdFringe" it was); "McLaren" and "LeBron" stay (NAME_PARTICLES)."""
    parts: list[str] = []
    while (run := _SHORT_WORD_RUN.match(word)) is not None and (
            is_common_word(run.group(1)) or (not parts and run.group(1) not in NAME_PARTICLES)):
        parts.append(run.group(1))
        word = word[2:]
    return " ".join([*parts, word])


def hex_colours(text: str) -> str:
    """"#1a2b3c", "#ff6600" -> "hash one a two b three c", "hash f f six six zero zero": read before a code's letters
    and digits are taken apart ("hashtag ff six six zero zero" it was)."""
    return _HEX_COLOUR.sub(_hex_colour, text)


def _hex_colour(match: re.Match[str]) -> str:
    """"#1a2b3c" -> "hash one a two b three c": a colour's characters one at a time."""
    return "hash " + " ".join(numbers.digits(c) if c.isdigit() else c for c in match.group(1))


def _named_colour(match: re.Match[str]) -> str:
    """"#fff" -> "hash f f f" beside a word of colour; "#123" (digits, not one repeated) is left a number."""
    characters = match.group(1)
    if characters.isdigit() and characters != characters[0] * len(characters):
        return match.group(0)
    return _hex_colour(match)


def _hashtag(match: re.Match[str]) -> str:
    """"#BlackLivesMatter" -> "hashtag Black Lives Matter"; "Order #AB123" -> "Order number AB123"."""
    tag = match.group(1)
    if tag[0].isupper() and _CAPITALS_AND_DIGITS.fullmatch(tag) and (
            _CODE_LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start())):
        return "number " + tag
    words = _RUN_TOGETHER.sub(" ", match.group(1))
    if _SHORT_WORD_RUN.search(words):  # "#MethWeAreOnIt": "We", "On" are words too ("McLaren" keeps its "Mc")
        words = " ".join(_short_words_apart(word) for word in words.split())
    named = _TAG_NAMED.match(match.string, match.end()) or _TAG_NAMED_BEFORE.search(
        match.string, max(0, match.start() - 12), match.start())
    return words if named else "hashtag " + words


# "tidepool<3.2", "numpy>=1.26": a version pin, the sign glued to a package's name and its version (the "<" was
# left, "tidepool<three point two").
# and a range's second bound glued to the first's comma ("numpy>=1.26,<2": ",<two" it was).
_PIN = compiled(r"(?:(?<=[a-z][a-z])|(?<=\d,))(<=|>=|<|>)(?=\d+(?:\.\d+)*(?![\w.]|\.\w))")
_PINS = {"<": " less than ", "<=": " at most ", ">": " more than ", ">=": " at least "}
# a version range's tilde before three numbers, as a package's manifest writes it ("~2.4.0", "lodash@~4.17.21":
# no amount holds two stops; "about" it was).
_TILDE_RANGE = compiled(r"(?:(?<=[\s(@])|^)~(?=\d{1,4}\.\d{1,4}\.\d)")
# and a compatible release's "~=" before a version, alone or glued to its package ("~=1.4", "requests~=2.31": the sign
# was left to the voice), "tilde equals" as the tilde's range is said.
_COMPATIBLE_RELEASE = compiled(r"(?:(?<=[\s(a-z])|^)~=(?=\d{1,4}(?:\.\d{1,4}){1,3}(?![\w.]|\.\w))")
# a gem's pessimistic pin, "~> 7.1", "'~> 2.0.3'" (the sign was left to the voice, "rails ~> seven point one"): "tilde
# greater than", as the sign is named; only before a version of two numbers at least ("a ~> b" is left).
_PESSIMISTIC = compiled(r"~>\s?(?=\d{1,4}(?:\.\d{1,4}){1,3}(?![\w.]|\.\w))")


def comparison_words(sign: str) -> str:
    """A comparison's sign in words: "<" -> "less than", ">=" -> "at least"."""
    return _COMPARISONS[sign]


def comparisons(text: str) -> str:
    """"<5%" -> "less than 5%", "≥ 18" -> "at least 18": the sign said before the amount is read."""
    # "<", ">" and "~" are the signs in ASCII: substring tests for most texts, where the class scanned them
    if ("<" in text or ">" in text or "~" in text) if text.isascii() else _MAY_BE_COMPARISON.search(text):
        if "<3" in text:
            text = _HEART.sub("love", text)
        text = _PIN.sub(lambda m: _PINS[m.group(1)], text)
        return _COMPARISON.sub(lambda m: (" " if m.start() and m.string[m.start() - 1].isalpha() else "")
                               + _COMPARISONS[m.group(1)] + " ", text)
    return text


def version_ranges(text: str) -> str:
    """"~2.4.0" -> "tilde 2.4.0", "~=1.4" -> "tilde equals 1.4", "~> 7.1" -> "tilde greater than 7.1": before a
    version's numbers are read (text holds "~")."""
    if "~=" in text:
        text = _COMPATIBLE_RELEASE.sub(lambda m: (" " if m.string[m.start() - 1:m.start()].isalpha() else "")
                                       + "tilde equals ", text)
    if "~>" in text:
        text = _PESSIMISTIC.sub("tilde greater than ", text)
    return _TILDE_RANGE.sub("tilde ", text)


def _symbol_runs(table: list[tuple[str, re.Pattern[str], str]]) -> list[tuple[str, list[tuple[re.Pattern[str], str]]]]:
    """The table's rules in order, those for one symbol standing next to each other grouped under it."""
    runs: list[tuple[str, list[tuple[re.Pattern[str], str]]]] = []
    for symbol, pattern, words in table:
        if runs and runs[-1][0] == symbol:
            runs[-1][1].append((pattern, words))
        else:
            runs.append((symbol, [(pattern, words)]))
    return runs


# One look for each symbol, where each rule looked for it again (every rule of a run needs its symbol): 8 looks a
# sentence where there were 13.
_SYMBOL_RUNS = _symbol_runs(_SYMBOLS)


def symbols(text: str) -> str:
    """Say the symbols a voice would skip or misread: & + # @ = % ° ±."""
    if "/" in text and not text.isascii():
        text = _OVER_GREEK.sub(r"\1 over ", text)
    # the symbols' first characters, a memchr each (the hyphen's needle after it), before the loop over the eight
    # runs, which cost each sentence ~2,000 instructions for none in most: a symbol added to _SYMBOLS is added here
    if ("%" in text or "$" in text or "~" in text or "=" in text or "@" in text or "+" in text
            or ("-" in text and "-pt" in text)):
        for symbol, rules in _SYMBOL_RUNS:
            if symbol in text:
                for pattern, words in rules:
                    text = pattern.sub(words, text)
    if not text.isascii():
        text = _GREEK_LETTER.sub(lambda m: padded(m, _GREEK.get(m.group(0), m.group(0))), text)
    return text


def tempo_marks(text: str) -> str:
    """"♩ = 120" -> "quarter note equals 120", "♩. = c. 66" -> "dotted quarter note equals circa 66"."""
    return _TEMPO_MARK.sub(lambda m: ("dotted " if m.group(2) else "") + _NOTES[m.group(1)] + " equals "
                           + ("circa " if m.group(3) else ""), text)

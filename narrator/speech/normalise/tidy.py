"""Language-independent Unicode tidying: forms, quotes, dashes, invisible characters, emoji, look-alikes."""

from __future__ import annotations

import re
import unicodedata

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CRICKET_WORDS, INNINGS_LINE
from narrator.speech.normalise.util import padded

# Marks that NFKC would turn into letters ("™" -> "TM"), which a voice would then read aloud.
_MARKS = compiled(r"[\u00a9\u00ae\u2122\u2120]")
# the copyright sign before a year is said, "©2026" and "© 2026 Acme" as "copyright 2026" (it was dropped with the
# other marks, and only the year said); after the word itself ("Copyright © 2026") or before a name it goes.
# and before a year in Roman numerals, as a film's or a book's credits print it ("© MMXXVII").
_COPYRIGHT_YEAR = compiled(r"(?<![Cc]opyright )\u00a9\s?(?=(?:19|20)\d\d\b|M[MDCLXVI]{2,}\b)")
# Superscript digits after a unit are powers (m², km³, m/s², and against the number: "85m²"); elsewhere they are
# footnote marks.
_POWER = compiled(r"(?<![A-Za-z])(m|cm|mm|km|ft|in|mi|yd|s)([\u00b2\u00b3])")
# The ordinal indicator and the ring above stand in for the degree sign before a scale ("90 ºF", "20˚C");
# NFKC would make the first a letter "o".
_FALSE_DEGREE = compiled(r"(?<=\d)(\s?)[\u00ba\u02da](?=\s?[CF]\b)")
# NFKC turns "3¾" into "33/4"; a space keeps the whole number apart from the fraction.
_VULGAR_AFTER_DIGIT = compiled(r"(?<=\d)(?=[\u00bc-\u00be\u2150-\u215e])")
# Superscript digits after a ten are its power, as scientific notation writes it ("6.02 × 10²³", "10⁻¹⁹"): written
# with a caret, which each language's rules read.
_POWER_OF_TEN = compiled(r"(?<![\d.])10([\u207a\u207b]?)([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)")
# A superscript minus and digit after a unit's letters are its negative power, as science writes a unit's product
# ("8 m s⁻¹", "3 g cm⁻³", "140 fb⁻¹"): written with a caret for each language's rules, where the digit was dropped and
# the minus made a hyphen ("eight meters s-").
_NEGATIVE_POWER = compiled(r"(?<=[A-Za-z\u00b5\u03bc])\u207b([\u00b9\u00b2\u00b3\u2074-\u2079])"
                           r"(?![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])")
# An ion's charge, a superscript digit and plus or minus after a symbol, a formula's count or a bracket ("Fe³⁺",
# "SO₄²⁻", "Cl⁻", "[Fe(CN)₆]³⁻"): its digit kept, written before the sign as chemists write it in plain text ("Fe3+";
# the digit was dropped, "Fe plus"), apart from a formula's count before it ("SO4 2-", not "SO42-").
_CHARGE = compiled(r"(?<=[A-Za-z\u2080-\u2089)\]])([\u00b9\u00b2\u00b3\u2074-\u2079]?)([\u207a\u207b])"
                   r"(?![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])")
_SOLAR = compiled(r"(?<=\b[MLR])\u2609")
_SUPERSCRIPT_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")
# A superscript two or three on a letter standing alone is its power: "R²", "x³" (after a word it is a footnote mark);
# so are higher ones on a small Latin or Greek letter: "x⁴", "1/λ⁴" (the power was dropped: "one over lambda").
_LETTER_POWER = compiled(r"(?<![^\W\d_])([A-Za-z](?=[\u00b2\u00b3])|[a-z\u03b1-\u03c9])"
                         r"([\u00b2\u00b3](?![\u00b2\u00b3\u2070\u2074-\u2079])|[\u00b2\u00b3\u2070\u2074-\u2079]+)"
                         r"(?![^\W\d_])")
# In a formula, after "=" or an operator, a few letters are variables multiplied: "E = mc²" is "m c squared".
_FORMULA_POWER = compiled(r"(?:(?<=[=+×·*/−-] )|(?<=[=+×·*/−-]))([a-zπ]{2,3})([\u00b2\u00b3])(?![^\W\d_])")
_SUPERSCRIPT = compiled(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
# A Greek letter glued to one Latin letter is a formula's two symbols ("πr²", "Δt"): apart, each is read ("pi r
# squared", "delta t"; "πr" lost its square and reached the voice as it was). Not mu, a unit's prefix ("μg").
_GREEK = compiled(r"[\u0391-\u03a9\u03b1-\u03c9]")
_GREEK_BESIDE_LATIN = compiled(
    r"(?<![^\W\d_])([\u0391-\u03a9\u03b1-\u03bb\u03bd-\u03c9])(?=[A-Za-z](?![^\W\d_\u00b2\u00b3]))")
_EMOJI = compiled(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f1e6-\U0001f1ff"
    "\U0000fe0e\U0000fe0f\U0000200d\U000020e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]+"
)
# "I ❤️ NY": a heart between "I" and what is loved is the word it stands for, as "I <3 NY" is.
_HEART = compiled(r"(?<=\bI )(?:\u2764\ufe0f?|\u2665|[\U0001f496\U0001f497\U0001f499-\U0001f49c])(?=\s)")
# The space before a dropped emoji goes with it where a stop follows: "laughed 😂." -> "laughed.".
_SPACE_BEFORE_STOP = compiled(r"(?<=\w)\s+(?=[.,!?;:](?:\s|$))")
_NOTE_SIGNS = ("\u266d", "\u266f")  # flat and sharp: "E♭", "F♯ minor" keep them for the language's rules
_STARS = compiled("\u2605+\u2606*")  # a rating in stars, "★★★★☆": kept for the language's rules to count
_RARE = compiled(
    "[\u00a9\u00ae\u2120\u2122\u00b2\u00b3\u00b9\u2070-\u2079\u00bc-\u00be\u2150-\u215e\u2600-\u27bf"
    "\ufe0e\ufe0f\u200d\u20e3\U0001f000-\U0001faff\U000e0020-\U000e007f]"
)
# Each written as the voice should meet it: invisible characters dropped, quotes and dashes made plain. Found in one
# scan: str.translate looked up each character of the text in a dict, five times slower on prose.
_PLAIN: dict[str, str] = {
    "\u00ad": "",  # soft hyphen
    "\u200b": "",
    "\u200c": "",
    "\u2060": "",
    "\u2061": "",  # invisible operators and separator: "diced\u2063" as a recipe card prints it
    "\u2062": "",
    "\u2063": "",
    "\u2064": "",
    "\ufeff": "",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2212": "-",
    "\u2014": " - ",
    "\u2015": " - ",
    "\u2044": "/",
    "\u2215": "/",
}
_TO_PLAIN = compiled("[" + "".join(_PLAIN) + "]")
# The same but for the guillemets, which may be a link's pointer, and the double prime, which NFKC makes two primes:
# NFKC leaves each of these as it is or makes it one made plain the same, and none is one that the steps beyond ASCII
# look for (tests hold both).
_TYPOGRAPHIC = "".join(character for character in _PLAIN if character not in "\u00ab\u00bb\u2033")
_TO_PLAIN_TYPOGRAPHIC = compiled("[" + _TYPOGRAPHIC + "]")
_SPACES = compiled(r"\s+")
# A rule drawn with characters, standing alone: "=======", "----", "___", "~~~" (a voice would read each one).
_DRAWN_RULE = compiled(r"(?<!\S)([=_~#-])\1{2,}(?!\S)")
# Emoticons standing alone: ":-)", ";)", ":(", ":D", ":P" (a voice would read the signs).
# Before a digit too (":D0"), which is read apart from it: else a second pass found ":D zero" an emoticon.
_EMOTICON = compiled(r"[:;](?<!\S[:;])'?-?(?:[()](?!\S)|[DPp](?![^\s\d]))")  # led by the class: scanned in C
# *emphasis* or **strong**, an asterisk glued to a word's end or start, and a run of them standing alone
# ("** WORK IN PROGRESS **"); "5 * 3" and "5*3" are left alone (a product), and so is a wildcard's "*.*", every file
# (netnames.py says it; "Copy . now" it was).
_EMPHASIS = compiled(r"(?<![\w*])\*{1,2}(?!\.\*)([^\s*](?:[^*\n]*?[^\s*])?)\*{1,2}(?![\w*])")
# "~~old~~ new": Markdown's struck-out text, which the writer took back (a voice said "tilde tilde old tilde tilde").
_STRUCK = compiled(r"\s?~~(?=\S)[^~\n]{1,300}(?<=\S)~~")
# A bar or a dot between words or figures: a separator ("Xbox One X | 14 Photos", "Issue 112 · March 15").
_BAR = compiled(r"(?<=[\w.!?)\"'’”%])\s+[|·•]\s+(?=[\w(\"'‘“$€£])")
# A slash with spaces around it between words: a separator, as the bar is ("actor / comedian"); after the French
# "fois" it is a rate ("2 fois / jour": "par jour", the French rules' to say).
_SPACED_SLASH = compiled(r"(?<=[A-Za-z.!?)\"'’”])(?<!\bfois)\s+/\s+(?=[A-Za-z(\"'‘“$€£])")
# A caret that is not a power ("10^5"): a reference list's back-link ("^ Smith 2001") or a stray mark; not a
# package manager's caret before a version ("^1.2.0", or a major alone after its package's "@": "react@^18"), which
# the language's rules say.
_CARET = compiled(r"(?<![\w)@])\^(?!\d+\.\d+(?:\.\d+)?(?!\w|\.\d))|\^(?!\s?-?\d)")
# A lone capital A's single star is no footnote but a grade or an algorithm ("A*", "three A*s"), read by each
# language's rules.
_FOOTNOTE_STAR = compiled(
    r"(?<=[^\W_])(?<!(?<![\w*])A)(?<![Gg]rade II)\*+(?!\d)|(?<=(?<![\w*])A)\*{2,}"  # after a word ("Grade II*")
    # before one, from a run's first star (from each, a long run was read to its end again); not a keypad's ("*123#")
    r"|(?<![\dA*])\*+(?=[^\W_])(?![\d*]+#)|(?<=[^\W\d_]A)\*+(?=[^\W_])"
    r"|(?<!\S)\*{2,}(?!\S)"  # standing alone
    # after a stop, a bracket, a percentage or degree ("50%* off", "5°*"), not a wildcard's "*.*"
    r"|(?<=[.,;:!?)\]”\"'’%°])(?<!\*\.)\*+(?!\S)"
    # but not a pin's wildcard after its "=" and version ("pandas==2.2.*", "flask~=3.*": versions.py says it)
    r"(?<!=\d\.\*)(?<!=\d\d\.\*)(?<!=\d\.\d\.\*)(?<!=\d\.\d\d\.\*)(?<!=\d\d\.\d\.\*)(?<!=\d\d\.\d\d\.\*)"
)
# A lone star between words is a bullet of a list written in one line (a changelog pasted into a post).
# Only between words of prose: "SELECT * FROM", "i * x" are code; nor after "from" (a knitting pattern's "rep
# from * to end", its repeat's star, shorthand.py).
_LIST_STAR = compiled(r"(?<=[a-z]{3})(?<!\bfrom) \* (?=([A-Za-z])[a-z])")
# A word censored with asterisks: "f***ing", "s**t": its first letter is said ("F-ing", "S"), the hidden letters not.
_CENSORED = compiled(r"(?<![\w*])([A-Za-z])\*{2,}([a-z]{0,5})(?![\w*])")
# "a 5* resort", "the 4*-rated hotel": a star rating after an article (not "$5*" or "Figure 5*", footnotes, nor "5*3").
_STAR_RATING = compiled(r"(?:(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\b[Tt]he ))([1-7])\*(?=\s+[a-z]|-[a-z])"
                          r"|(?<![\w.,*$£€¥])([1-7])\*(?=-rated)")
# A batter's score with a star in a sentence about cricket ("Smith 87*", "Root (112*)"): no footnote but "not out",
# which each language's rules read. Looked for only where a digit stands before a star.
_NOT_OUT_STAR = compiled(r"(?<![\w.,$£€*])\d{1,3}\*(?![\w*])")
_CRICKET_TALK = compiled(rf"\b(?:{CRICKET_WORDS})\b")
_INNINGS = compiled(INNINGS_LINE)  # a scorecard's line, "Aus 312-7 dec (Smith 104*, ...)", is cricket too
# Scripts whose capitals and small letters look like Latin ones.
_CONFUSABLE = str.maketrans(
    "АВСЕНІЈКМОРЅТХУаеіјорсѕху" "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖοο",
    "ABCEHIJKMOPSTXYaeijopcsxy" "ABEHIKMNOPTXYZoo",
)
_FOREIGN = compiled(r"[\u0370-\u03ff\u0400-\u04ff]")
# Both patterns below start only where no earlier start could have matched instead (a word's or a stretch's first
# character): tried from every letter, a long word with a sign beyond ASCII after it ("µL", folded to a Greek mu) was
# read to its end again from each (x16 CPU on four times the word). The matches are the same.
_MIXED_WORD = compiled(r"(?<!\w)\w*[\u0370-\u04ff]\w*|(?<=\w)[\u0370-\u04ff]\w*")
# A word with a Latin letter and a Greek or Cyrillic one (the only words _fold_word changes): Russian or Greek prose
# has none, and its every word was looked at (a sixth of the time of a page in Russian).
_MIXED_SCRIPTS = compiled(
    r"(?<![^\W\u0370-\u04ff])[^\W\u0370-\u04ffA-Za-z]*+[A-Za-z][^\W\u0370-\u04ff]*+[\u0370-\u04ff]"
    r"|(?:(?<![^\WA-Za-z])[^\WA-Za-z\u0370-\u04ff]*+|(?=\W))[\u0370-\u04ff][^\WA-Za-z]*+[A-Za-z]")
_LATIN = compiled(r"[A-Za-z]")


def _fold_word(match: re.Match[str]) -> str:
    """Fold look-alike letters of a word that is mostly Latin."""
    word = match.group(0)
    latin = len(_LATIN.findall(word))
    foreign = len(_FOREIGN.findall(word))
    if latin == 0 or foreign > latin:
        return word
    folded = word.translate(_CONFUSABLE)
    # Only fold when every foreign letter had a Latin twin; otherwise the word is genuinely mixed.
    return word if _FOREIGN.search(folded) else folded


def _plain(match: re.Match[str]) -> str:
    """The plain form of an invisible character, a quote or a dash."""
    return _PLAIN[match.group(0)]


def _censored(match: re.Match[str]) -> str:
    """"f***ing", "f**king" -> "F-ing"; "s**t" -> "S": the first letter, and an ending that is plainly one."""
    rest = match.group(2)
    ending = next((e for e in ("ing", "ers", "er", "ed", "in") if rest.endswith(e)), "s" if rest == "s" else "")
    return match.group(1).upper() + (f"-{ending}" if ending else "")


def _asterisks(text: str) -> str:
    """Drop asterisks marking emphasis ("*really*") or a footnote ("Romania*"): voices say "asterisk"."""
    text = _EMPHASIS.sub(r"\1", _STAR_RATING.sub(lambda m: f"{m.group(1) or m.group(2)}-star", text))
    text = _CENSORED.sub(_censored, text)
    if " * " in text:  # "maps * Difficulty is saved * Fixed crashes": items of a list run together
        text = _LIST_STAR.sub(lambda m: ". " if m.group(1).isupper() else ", ", text)
    if _NOT_OUT_STAR.search(text) and (_CRICKET_TALK.search(text) or _INNINGS.search(text)):
        kept = {m.end() - 1 for m in _NOT_OUT_STAR.finditer(text)}
        return _FOOTNOTE_STAR.sub(lambda m: m.group(0) if m.start() in kept else "", text)
    return _FOOTNOTE_STAR.sub("", text)


def _emoji(match: re.Match[str]) -> str:
    """Drop a run of emoji and pictographs, but not a rating in stars or a flat or sharp sign after a note's letter."""
    if _STARS.fullmatch(match.group(0)):
        return match.group(0)
    after_note = match.start() > 0 and match.string[match.start() - 1] in "ABCDEFG"
    return match.group(0) if after_note and match.group(0) in _NOTE_SIGNS else ""


# "Home » News » Politics", "Sport › Football": a closing guillemet with spaces on both sides and no opening one.
_SEPARATING_GUILLEMET = compiled(r"(?<=\w)\s+[\u00bb\u203a]\s+(?=\w)")


# "Read more »", "Continue reading →", "« Previous": a link's pointer at either end of a line, which no voice should
# say (a quotation mark, "to").
# The spaces before the pointer start after a non-space: a long run of spaces is scanned once, not from each of them.
_END_POINTER = compiled(r"(?<!\s)\s+[»›→⟶➔➜▶▸]+\s*$|^\s*[«‹←⟵◀◂]+\s+")
_POINTER = compiled("[»›→⟶➔➜▶▸«‹←⟵◀◂]")  # a first look, a charset: most text has no pointer
_GUILLEMETS = ("\u00ab", "\u00bb", "\u2039", "\u203a")


def _separating_guillemets(text: str) -> str:
    """A breadcrumb's "»" or "›" between words is a separator, heard as a pause; with a "«" or "‹" in the text they
    are quotation marks (French spaces them inside: « Bonjour »)."""
    if "\u00ab" in text or "\u2039" in text:
        return text
    return _SEPARATING_GUILLEMET.sub(", ", text)


def tidy(text: str) -> str:
    """Normalise Unicode forms, quotes, dashes and spaces; drop emoji, invisible characters and marking asterisks."""
    if ":" in text or ";" in text:
        text = _EMOTICON.sub("", text)
    # one character of the rule first (memchr speed): most texts hold none of them
    if ("-" in text or "=" in text or "_" in text or "~" in text or "#" in text) and (
            "===" in text or "---" in text or "___" in text or "~~~" in text or "###" in text):
        text = _DRAWN_RULE.sub(lambda m: " - " if m.group(1) == "-" else " ", text)
    if "*" in text:
        text = _asterisks(text)
    if "~" in text and "~~" in text:
        text = _STRUCK.sub("", text)
    if "^" in text:
        text = _CARET.sub("", text)
    if "|" in text or "·" in text or "•" in text:  # separators' first looks, before the call (a memchr each)
        text = separators(text)
    # "actor / comedian", "glitch / dubstep EPs", "Aoraki / Mount Cook": voices said "slash"; the slash first (a memchr)
    if "/" in text and " / " in text:
        text = _SPACED_SLASH.sub(", ", text)  # a pause: "or" would misread a pair ("glitch or dubstep")
    if text.isascii():
        return _single_spaced(text)
    # Half the sentences of articles beyond ASCII hold nothing beyond it but typography (quotes, dashes, invisible
    # characters): made plain, they are ASCII, which no step beyond ASCII would change, and they are done (~4 us a
    # sentence less; a sentence with another character pays the scan, ~0.8 us).
    plain = _TO_PLAIN_TYPOGRAPHIC.sub(_plain, text)
    if plain.isascii():
        return _single_spaced(plain)
    return beyond_ascii(text)


def beyond_ascii(text: str) -> str:
    """tidy's steps for text beyond ASCII: powers, marks and emoji, pointers, NFKC, look-alike letters, spaces."""
    if _GREEK.search(text) and _GREEK_BESIDE_LATIN.search(text):  # the first look is a charset, eight times cheaper
        text = _GREEK_BESIDE_LATIN.sub(r"\1 ", text)
    if _RARE.search(text):  # most text holds only quotes and dashes beyond ASCII
        if "\u00a9" in text:
            text = _COPYRIGHT_YEAR.sub(lambda m: padded(m, "copyright"), text)
        text = _MARKS.sub("", text)
        if "\u2609" in text:  # the Sun's sign after a mass, a radius or a luminosity ("1.4 M☉"), kept from the emoji
            text = _SOLAR.sub("\u2299", text)
        if "\u207a" in text or "\u207b" in text:
            text = _CHARGE.sub(_charge, text)
        if "\u207b" in text:
            text = _NEGATIVE_POWER.sub(lambda m: "^-" + m.group(1).translate(_SUPERSCRIPT_DIGITS), text)
        text = _POWER.sub(lambda m: m.group(1) + ("2" if m.group(2) == "\u00b2" else "3"), text)
        text = _LETTER_POWER.sub(lambda m: m.group(1) + "^" + m.group(2).translate(_SUPERSCRIPT_DIGITS), text)
        text = _FORMULA_POWER.sub(lambda m: " ".join(m.group(1)) + ("^2" if m.group(2) == "\u00b2" else "^3"), text)
        text = _POWER_OF_TEN.sub(lambda m: "10^" + ("-" if m.group(1) == "\u207b" else "")
                                 + m.group(2).translate(_SUPERSCRIPT_DIGITS), text)
        text = _SUPERSCRIPT.sub("", text)
        if "I " in text:
            text = _HEART.sub("love", text)
        dropped = _EMOJI.sub(_emoji, text)
        if len(dropped) < len(text):
            dropped = _SPACE_BEFORE_STOP.sub("", dropped)
        text = dropped
        text = _VULGAR_AFTER_DIGIT.sub(" ", text)
    if "\u00ba" in text or "\u02da" in text:
        text = _FALSE_DEGREE.sub("\\1\u00b0", text)
    if (_POINTER.search(text) and _END_POINTER.search(text)
            and sum(mark in text for mark in _GUILLEMETS) < 2):  # « quoted » in French
        text = _END_POINTER.sub("", text)
    if "\u00bb" in text or "\u203a" in text:
        text = _separating_guillemets(text)
    text = _TO_PLAIN.sub(_plain, unicodedata.normalize("NFKC", text))
    if _FOREIGN.search(text) and _MIXED_SCRIPTS.search(text):
        text = _MIXED_WORD.sub(_fold_word, text)
    return _single_spaced(text)


def _charge(match: re.Match[str]) -> str:
    """"³⁺" -> "3+", "²⁻" after a formula's count -> " 2-": an ion's charge in plain characters."""
    digit = match.group(1).translate(_SUPERSCRIPT_DIGITS)
    apart = " " if digit and not match.string[match.start() - 1].isalpha() else ""
    return apart + digit + ("+" if match.group(2) == "\u207a" else "-")


def _single_spaced(text: str) -> str:
    """The text with each run of spaces one " ", and none at its ends."""
    # Most sentences hold no space but single " ": two of them, or any other space (each is unprintable, as is every
    # control character: a few texts are looked at again for nothing), looked for in C without a scan of classes.
    if "  " in text or not text.isprintable():
        return _SPACES.sub(" ", text).strip()
    return text.strip()


def separators(text: str) -> str:
    """A bar or a dot set apart between words ("News | Sport") as a comma: a pause, where voices skip the mark."""
    # the bar or the dot (a memchr) before its spaces (a scan of ~1 ns a character: a needle of two characters or more
    # is no memchr), and "•", beyond Latin-1, is not looked for in a Latin-1 text at all
    if ("|" in text and " | " in text) or ("·" in text and " · " in text) or ("•" in text and " • " in text):
        return _BAR.sub(", ", text)
    return text

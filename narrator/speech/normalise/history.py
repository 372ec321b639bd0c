"""Old books' forms, as their printers set them: pre-decimal money ("£2 10s. 6d.", "2/6", "½d."), old ordinals ("the
3d of May", "the 22d Regiment"), a letter's "inst.", "ult." and "prox.", "&c.", a given name's short form ("Wm.",
"Jno."), old measures ("2 qrs."), "cent." and "m." as miles."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    COMPASS_POINTS,
    DASH_CURRENCIES,
    GIVEN_NAME_SHORT,
    LETTER_MONTHS,
    MONEY_NOUNS,
    OLD_MEASURES,
    PENCE_WORDS,
    PENNY_PARTS,
    PRICE_WORDS,
    SHILLING_AFTER,
    SHILLING_CONTEXT,
)
from narrator.speech.normalise.util import among_words, char_classes, near, word_set

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "2d", "3d", "22d", "93d": the old ordinals of numbers ending in 2 or 3 (not 12, 13: "12th"). After a month they are
# a date; after "the" or a day's name only before what an ordinal comes before (a name, "of", a letter's month, the
# sentence's end), as "the 2d barcode" and "the 3d printing" are dimensions.
_OLD_ORDINAL = compiled(
    rf"\b(?:((?:{_MONTHS})\.?)|(the|The|(?:{_DAYS}),)) ((?:\d?[02-9])?[23])d\b(?!\.\d)")
# a stop ends the sentence there ("Monday, 3d. Fine"): before a small letter it is a penny's ("the 3d. bit")
_ORDINAL_FOLLOWS = compiled(r" (?:of|instant|ultimo|proximo|day)\b| [A-Z]|[,;:!?)]|\.(?:$|\s+[A-Z\"“])|$")
# after "4th" or an old ordinal ("2d")
_LETTER_MONTH = compiled(r"(?:(?<=\dst)|(?<=\dnd)|(?<=\drd)|(?<=\dth)|(?<=\dd)) (inst|ult|prox)\.")
_ET_CETERA = compiled(r"&c\.")
_GIVEN_NAME = compiled(r"\b(" + "|".join(GIVEN_NAME_SHORT) + r")\.(?= [A-Z])|(?<=\bSir )(" + "|".join(GIVEN_NAME_SHORT)
                       + r")\.")
# Pounds, shillings and pence: "£2 10s. 6d.", "£5 5s.", "7s. 6d.", "L.5", "½d.", "3¼d."; shillings end with a stop,
# which "the 1990s", "10s of thousands" and "a 6s battery" do not have.
_POUNDS = r"(?:£|\bL\.)(\d{1,3}(?:,\d{3})*)"
# (tidy has made "9½d." "9 1/2d.")
_PENCE = r"(?<![\w.,/-])(\d{1,2}(?: [13]/[24])?|[13]/[24])d\."
_OLD_MONEY = compiled(
    rf"(?:{_POUNDS} )?(?<![\w.,/'£-])(\d{{1,2}})s\.(?: ?(\d{{1,2}}(?: [13]/[24])?|[13]/[24])d\.)?"
    rf"|{_PENCE}|\bL\.(\d{{1,3}}(?:,\d{{3}})*)\b")
# "15/-", "a 1/-": shillings and no pence; "cost 2/6", "the pay was 18/6": shillings and pence after a word of price,
# as "Part 2/6" and a date's "18/6" are not. A one-sided tolerance is no sum: "+0/-0.2 mm", "+2/−1 dB" (a sign
# before it, a number after the dash; "+zero shillings" it was).
_SHILLINGS_DASH = compiled(r"(?<![\w.,/₹+])(\d{1,2})/-(?!\.?\d)")
_SLASHED_PRICE = compiled(r"\b((?:" + "|".join(sorted(PRICE_WORDS)) + r")(?: (?:was|is|of|at))? )"
                          r"(\d{1,2})/(\d|1[01])\b(?![/.,]\d)")
# shillings and pence written without their stops, as reprints and encyclopaedias write them ("£1 7s 6d", "a
# wage of 7s 6d"): the pair settles what one "s" cannot ("the 1990s", "a 6s battery"), with a shilling's count under
# twenty and a penny's under twelve, as an old sum's are.
_UNSTOPPED_OLD_MONEY = compiled(rf"(?:{_POUNDS} )?(?<![\w.,/'£-])(1?\d)s (\d|1[01])d\b"
                                r"(?![\w'’-]| (?:orbital|subshell|shell|electron))")  # "4s 3d orbitals": a chemist's
# pounds and shillings without pence or stops ("£1 1s", "£3 10s", "£5 5s a week"): the pound sign settles
# what one "s" cannot, as the pence do above ("one pound ones" it was); a stopped "10s." is the rule's below.
_POUNDS_SHILLINGS = compiled(rf"{_POUNDS} (1?\d)s(?![\w'’.-])")
# shillings or pence alone without a stop ("A guinea, 21s, was a month's wage", "a loaf cost 4d in 1914, and a pint
# of beer 3d"): one "s" or "d" settles nothing alone ("twenty one seconds", "four d" it was), an old coin's name near
# or a word of price before pence does ("cost 4d"; "cost 5s" may be a download's seconds), and a sum so settled
# settles the others near it. A count of twenty one shillings at most, as a guinea's, and of twelve pence; a decade
# of life ("in her 20s") is no sum, nor "in 3d" or "2d and 3d graphics" with no price.
_OLD_COIN = compiled(r"\b(?:[Gg]uineas?|[Ss]hillings?|[Ff]lorins?|[Ff]arthings?|[Hh]alfpenny|[Hh]a'penny|[Ss]ixpence"
                     r"|[Tt]hreepence|[Hh]alf-crowns?|[Pp]re-?decimal|[Dd]ecimali[sz]ation)\b")
# (a stop after it that ends the sentence, before its end or a capital, is read here: "a pint of beer 3d."; a stop
# before pence or a word, "2s. 6d.", "a 2s. piece", is a stopped sum's, the rule's below, and so are the pence after
# it.) Led by the digit, scanned in C; the count's size is the rule's to check.
_SUM_ALONE = compiled(r"(\d(?<![\w.,/'’£-]\d)(?<!\ds\. \d)\d?)([sd])(?![\w'’-]|\.(?!\s*$|\s+[A-Z\"“]))")
_AGE_BEFORE = compiled(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur|[Tt]he|[Ee]arly|[Mm]id|[Ll]ate|[Mm]id-) ?$")
_SETTLING_REACH = 80


# a stamp by its face value in old pence before its colour, as collectors name it ("the 1d black", "a 2d blue",
# "the 6d lilac"): "penny black", "twopenny blue", "sixpenny lilac" ("two d blue" it was; "3d glasses" have no colour).
_STAMP_COLOURS = word_set("black red blue lilac green orange brown mauve violet purple rose carmine grey olive yellow"
                          " vermilion ultramarine bistre")
_STAMP_VALUE = compiled(r"(?<![\w.,/£-])(\d|1[01])d (?=(?:black|red|blue|lilac|green|orange|brown|mauve|violet|purple"
                        r"|rose|carmine|grey|olive|yellow|vermilion|ultramarine|bistre)\b(?! and white))")
_MAY_BE_STAMP = compiled(r"\dd ")  # a first look, led by the digit and scanned for in C
_STOPPED_SUMS = compiled(r"(?<![\w.,/'£-])\d{1,2}[sd]\.")
_CENTS = compiled(r"\b(\d+) cts\.")
# "cent." after a century's ordinal ("the 14th cent."); an old measure after a number ("2 qrs."), a stop before the
# next part of a compound dropped ("3 cwt. 2 qrs.": the measure goes on); "m." with a stop and the sentence going on
# is miles before what a distance comes before ("5 m. from London", "2 m. N. of", "30 m. a day"), as metres take no
# stop.
_CENTURY = compiled(r"(?<=\d)(st|nd|rd|th)([ -])cent\.")  # and hyphened, as a catalogue's "12th-cent. font"
# An era after the century goes on with it ("a helmet, 7th cent. AD"): the stop before it ends nothing.
_ERA_AFTER = compiled(r" (?:AD|BC|BCE|CE|A\.D|B\.C)\b")
_OLD_MEASURE = compiled(r"\b(\d+) (" + "|".join(OLD_MEASURES) + r")\.(?!\w)")
_COMPOUND_STOP = compiled(r"(?<=\d )(cwt|lb|lbs|oz|st)\.(?= \d+ (?:" + "|".join(OLD_MEASURES) + r")\.)")
_MILES = compiled(r"\b(\d+) m\.(?: ([NSEW])\.(?= of\b)|(?= (?:from|of|off|away|distant|a day|an hour|per)\b))")


def _stop_kept(match: re.Match[str], words: str) -> str:
    """A form's words, with its stop kept where it also ended the sentence (at the end, or before a capital)."""
    rest = match.string[match.end():match.end() + 2]
    return words + "." if not rest or rest[:1] == "\n" or (rest[:1] == " " and rest[1:].isupper()) else words


def _old_ordinal(match: re.Match[str]) -> str:
    before = match.group(1) or match.group(2)
    if match.group(2) and not _ORDINAL_FOLLOWS.match(match.string, match.end()):
        return match.group(0)
    return f"{before} {numbers.ordinal(int(match.group(3)))}"


def _pence(written: str | None) -> str:
    """"6" -> "sixpence", "9 1/2" -> "ninepence halfpenny", "1/2" -> "a halfpenny", "0" -> ""."""
    if not written:
        return ""
    whole_written, _, part = written.rpartition(" ") if " " in written else ("", "", written)
    if "/" not in part:
        whole_written, part = part, ""
    whole = int(whole_written) if whole_written else 0
    if part and not whole:
        return PENNY_PARTS[part][0]
    if whole == 1 and part == "1/2":
        return "three halfpence"
    said = PENCE_WORDS[whole] if whole < len(PENCE_WORDS) else f"{numbers.cardinal(whole)} pence"
    if whole == 1 and part:
        said = "a penny"
    return f"{said} {PENNY_PARTS[part][1]}" if part else said


def _before_money_noun(match: re.Match[str]) -> bool:
    """Whether a coin's or a stamp's name follows the sum ("the 3d. bit", "a 1d. stamp")."""
    after = match.string[match.end():match.end() + 12].split()[:1]
    return bool(after) and after[0].rstrip(".,;:!?") in MONEY_NOUNS


def _attributive_pence(said: str) -> str:
    """Pence before the coin or the stamp they name: "threepence" -> "threepenny", "a penny" -> "penny"."""
    if said.startswith("a "):
        return said[2:]
    return said[:-5] + "penny" if " " not in said and said.endswith("pence") else said


def _priced(match: re.Match[str]) -> bool:
    """Whether "Ns." (or "2d.", "3d.") alone is money: a word of price before it, a price's word after it ("12s. a
    week"), a coin's or a note's name ("a 10s. note"), or another sum with it ("5s., 3s. and 1s.")."""
    text, start, end = match.string, match.start(), match.end()
    before = [word.strip(",;:").lower() for word in text[max(0, start - 40):start].split()[-3:]]
    after = text[end:end + 12].split()[:2]
    if set(before) & SHILLING_CONTEXT or (after and after[0] in SHILLING_AFTER and len(after) > 1):
        return True
    if after and after[0] in MONEY_NOUNS:
        return True
    return _stopped_sums(text) > 1


@lru_cache(maxsize=1)
def _stopped_sums(text: str) -> int:
    """How many stopped sums ("5s.", "3d.") the text holds: counted once a text, not once a sum (quadratic)."""
    return len(_STOPPED_SUMS.findall(text))


def _shillings(count: int, attributive: bool) -> str:
    """3 -> "three shillings"; before a noun, as in "a 10s. note", "ten shilling"."""
    said = numbers.cardinal(count)
    return f"{said} shilling" if count == 1 or attributive else f"{said} shillings"


def _old_money(match: re.Match[str]) -> str:
    text = match.string
    pounds_written, shillings, pence_written = match.group(1) or match.group(5), match.group(2), match.group(3)
    if shillings is None:
        if pounds_written is None:  # "2d." and "3d." alone are also dimensions ("in 3d."): money only where priced
            if match.group(4) in ("2", "3") and not _priced(match):
                return match.group(0)
            said = _pence(match.group(4))
            return _stop_kept(match, _attributive_pence(said) if _before_money_noun(match) else said)
        count = int(pounds_written.replace(",", ""))
        return f"{numbers.cardinal_with_and(count)} {'pound' if count == 1 else 'pounds'}"
    if pounds_written is None and pence_written is None and not _priced(match):
        return match.group(0)
    parts = []
    if pounds_written is not None:
        count = int(pounds_written.replace(",", ""))
        parts.append(f"{numbers.cardinal_with_and(count)} {'pound' if count == 1 else 'pounds'}")
    attributive = (pence_written is None and text[max(0, match.start() - 2):match.start()] in ("a ", "A ")
                   and text[match.end():match.end() + 2][1:].islower())
    if int(shillings) or not parts:
        parts.append(_shillings(int(shillings), attributive))
    said = " ".join(parts)
    pence = _pence(pence_written) if pence_written not in (None, "0") else ""
    return _stop_kept(match, f"{said} and {pence}" if pence else said)


def _unstopped_old_money(match: re.Match[str]) -> str:
    """"£1 7s 6d" -> "one pound seven shillings and sixpence", "7s 6d" -> "seven shillings and sixpence"."""
    pounds_written, shillings, pence_written = match.groups()
    parts = []
    if pounds_written is not None:
        count = int(pounds_written.replace(",", ""))
        parts.append(f"{numbers.cardinal_with_and(count)} {'pound' if count == 1 else 'pounds'}")
    if int(shillings) or not parts:
        parts.append(_shillings(int(shillings), False))
    said = " ".join(parts)
    return f"{said} and {_pence(pence_written)}" if pence_written != "0" else said


def _pounds_shillings(match: re.Match[str]) -> str:
    """"£3 10s" -> "three pounds ten shillings", "£5 0s" -> "five pounds"."""
    count, shillings = int(match.group(1).replace(",", "")), int(match.group(2))
    said = f"{numbers.cardinal_with_and(count)} {'pound' if count == 1 else 'pounds'}"
    return f"{said} {_shillings(shillings, False)}" if shillings else said


def _settles(match: re.Match[str]) -> bool:
    """Whether a sum alone is money by itself: an old coin named near it, or a word of price before pence."""
    if near(_OLD_COIN, match, _SETTLING_REACH):
        return True
    before = match.string[max(0, match.start() - 40):match.start()].split()[-3:]
    return match.group(2) == "d" and bool({word.strip(",;:").lower() for word in before} & SHILLING_CONTEXT)


def _may_be_sum_alone(text: str, classes: str) -> bool:
    """A first look for _SUM_ALONE: a digit against an "s" or a "d" that no letter or digit follows, found from the
    classes' "0a" (a few a text), where the pattern led by its digit scanned every character (~50 instructions each)."""
    at = classes.find("0a")
    while at >= 0:
        if text[at + 1] in "sd" and classes[at + 2:at + 3] not in ("a", "A", "0"):
            return True
        at = classes.find("0a", at + 2)
    return False


def _sums_alone(text: str) -> str:
    """"21s" near "guinea" -> "twenty one shillings", "cost 4d" -> "fourpence", "a 10s note" -> "a ten shilling
    note"; each other sum alone within reach of a settled one too; left with none."""
    found = [match for match in _SUM_ALONE.finditer(text)
             if int(match.group(1)) <= (21 if match.group(2) == "s" else 12) and match.group(1)[0] != "0"
             and not _AGE_BEFORE.search(text, max(0, match.start() - 7), match.start())]
    settled = [match.start() for match in found if _settles(match)]
    if not settled:
        return text
    parts, last = [], 0
    for match in found:
        nearest = bisect.bisect_left(settled, match.start() - _SETTLING_REACH)
        if nearest == len(settled) or settled[nearest] > match.end() + _SETTLING_REACH:
            continue
        attributive = (text[max(0, match.start() - 2):match.start()] in ("a ", "A ")
                       and text[match.end():match.end() + 2][1:].islower())
        if match.group(2) == "s":
            said = _shillings(int(match.group(1)), attributive)
        else:
            said = _pence(match.group(1))
            said = _attributive_pence(said) if _before_money_noun(match) else said
        parts += [text[last:match.start()], said]
        last = match.end()
    return "".join(parts) + text[last:]


def _shillings_dash(match: re.Match[str]) -> str:
    if set(match.string[max(0, match.start() - 6):match.start()].split()[-1:]) & DASH_CURRENCIES:
        return match.group(0)
    attributive = match.string[max(0, match.start() - 2):match.start()] in ("a ", "A ")
    return _shillings(int(match.group(1)), attributive)


def _slashed_price(match: re.Match[str]) -> str:
    shillings, pence = numbers.cardinal(int(match.group(2))), match.group(3)
    return match.group(1) + (f"{shillings} shillings" if pence == "0" else f"{shillings} and "
                                                                             f"{numbers.cardinal(int(pence))}")


def _old_measure(match: re.Match[str]) -> str:
    count, (one, many) = int(match.group(1)), OLD_MEASURES[match.group(2)]
    return _stop_kept(match, f"{match.group(1)} {one if count == 1 else many}")


def _miles(match: re.Match[str]) -> str:
    said = f"{match.group(1)} {'mile' if match.group(1) == '1' else 'miles'}"
    return f"{said} {COMPASS_POINTS[match.group(2)]}" if match.group(2) else said


def old_forms(text: str) -> str:
    """Read the forms of old books and letters: pre-decimal money, old ordinals, "inst.", "&c." and "Wm."."""
    # first looks in the text's classes, at hand for the rules after: every form but an old ordinal and a slashed sum
    # ends on a letter's stop ("&c.", "Wm.", "6d.", "2 qrs."), and every form with a number has a letter or a slash
    # after a digit
    classes = char_classes(text)
    if "0" in classes and "0a a" in classes and _MAY_BE_STAMP.search(text) and among_words(_STAMP_COLOURS, text):
        text = _STAMP_VALUE.sub(_stamp_value, text)
        classes = char_classes(text)
    # "7s 6d": digit, letter, space, digit, letter (a digit first: see util.char_classes); or two digits of
    # pence, "3s 11d" ("threes eleven d" it was)
    if "0" in classes and ("0a 0a" in classes or "0a 00a" in classes) and _UNSTOPPED_OLD_MONEY.search(text):
        text = _UNSTOPPED_OLD_MONEY.sub(_unstopped_old_money, text)
        classes = char_classes(text)
    # "£3 10s": the sign, then a digit, space, digits and a letter ("£" is "?" in the classes)
    if "£" in text and ("0 0a" in classes or "0 00a" in classes) and _POUNDS_SHILLINGS.search(text):
        text = _POUNDS_SHILLINGS.sub(_pounds_shillings, text)
        classes = char_classes(text)
    # (no first look at the words, which would add the common words of price to those every text is asked about)
    # the digit first (a memchr): "0a" steps through the classes a character at a time, in every sentence
    if "0" in classes and "0a" in classes and _may_be_sum_alone(text, classes) and _SUM_ALONE.search(text):
        text = _sums_alone(text)
        classes = char_classes(text)
    if "a." not in classes:
        return _slashed(_old_ordinals(text)) if "0" in classes else text
    if "&" in text and "&c." in text:
        text = _ET_CETERA.sub(lambda m: _stop_kept(m, "et cetera"), text)
    # before a name, or after "Sir" (". A" first: see util.char_classes)
    if ((". A" in classes and "a. A" in classes) or ("S" in text and "Sir " in text)) and among_words(
            _GIVEN_NAME_WORDS, text):
        text = _GIVEN_NAME.sub(lambda m: GIVEN_NAME_SHORT[m.group(1) or m.group(2)], text)
    if "0" not in classes:
        return text
    if "0a" in classes and ("inst." in text or "ult." in text or "prox." in text):  # before "2d" is read
        text = _LETTER_MONTH.sub(lambda m: " " + _stop_kept(m, LETTER_MONTHS[m.group(1)]), text)
    text = _old_ordinals(text)
    classes = char_classes(text)
    if "0a" in classes:
        if " cent." in text or "-cent." in text:
            text = _CENTURY.sub(lambda m: m.group(1) + m.group(2) + (
                "century" if _ERA_AFTER.match(m.string, m.end()) else _stop_kept(m, "century")), text)
        if "0a." in classes:
            text = _OLD_MONEY.sub(_old_money, text)
    if "A.0" in classes and "L." in text:
        text = _OLD_MONEY.sub(_old_money, text)
    if "0 a" in classes:
        if "0 aa" in classes and among_words(_OLD_MEASURE_WORDS, text):  # each measure's name has two letters or more
            text = _OLD_MEASURE.sub(_old_measure, _COMPOUND_STOP.sub(r"\1", text))
        if " m. " in text:
            text = _MILES.sub(_miles, text)
        if " cts." in text:
            text = _CENTS.sub(lambda m: _stop_kept(m, f"{numbers.cardinal(int(m.group(1)))} cents"), text)
    return _slashed(text)


def _stamp_value(match: re.Match[str]) -> str:
    """"1d " -> "penny ", "2d " -> "twopenny ", "6d " -> "sixpenny ": a stamp's value before its colour."""
    pence = int(match.group(1))
    return ("penny" if pence == 1 else PENCE_WORDS[pence].replace("pence", "penny")) + " "


def _old_ordinals(text: str) -> str:
    """"the 3d of May" -> "the third of May" (a digit and a letter in the classes first looked for by the caller)."""
    if ("2" in text and "2d" in text) or ("3" in text and "3d" in text):
        return _OLD_ORDINAL.sub(_old_ordinal, text)
    return text


def _slashed(text: str) -> str:
    """"15/-" -> "fifteen shillings", "cost 2/6" -> "cost two and six"."""
    if "/" not in text:
        return text
    if "/-" in text:
        text = _SHILLINGS_DASH.sub(_shillings_dash, text)
    return _SLASHED_PRICE.sub(_slashed_price, text) if among_words(PRICE_WORDS, text) else text


_GIVEN_NAME_WORDS = frozenset(GIVEN_NAME_SHORT)
_OLD_MEASURE_WORDS = frozenset(OLD_MEASURES)

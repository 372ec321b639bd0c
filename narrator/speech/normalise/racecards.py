"""A racecard's, a fixture list's and a map's short forms said in full: a favourite after its price ("11/4 fav"), a
winning margin ("by a nk"), a result's "bt." and a closing "incl.", a map's "grid ref", a kick-off's or a knockout's
"KO" (moved from words.py, which asks for them)."""

from __future__ import annotations

import re

from narrator.speech.normalise import sports
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import among_words, sentence_stop

# a map's "grid ref SD 123 456" (a walk's start, a find's place): "ref" after "grid" is always its reference.
_GRID_REFERENCE = compiled(r"\bgrid ref\b\.?")
# a racecard's favourite after its price, "the 11/4 fav", "evens fav", "9/2 jt-fav", "9/4 joint-fav" (the voice said
# "fav", and the price before "joint-fav" was "nine quarters"): the price before it tells; "my fav band" keeps the
# word it is in talk.
_FAVOURITE = compiled(r"(?<![\w/])(\d{1,3}/\d{1,3}|[Ee]vens|[Ee]vs) (?:(jt-?|co-|[Jj]t |[Jj]oint[ -]|[Cc]o-)?)"
                      r"(fav)(s?)\b(?![\w'’-])")
_FAVOURITE_WORDS = frozenset({"fav", "favs"})
# a race's winning margin as the results print it, "won by a nk", "beaten a sht-hd", "by a nse" (the voice said
# "n k" and "sht-hd"): after "by" or "beaten" and the article, ending its phrase, since "hd" is as often a screen's.
_BEATEN_BY = compiled(r"\b((?:by|beaten|beat)\s(?:an?\s)?)(nk|snk|hd|shd|sht-hd|nse)\b(?![\w'’-])"
                      r"(?=[.,;:)]|$|\s(?:at|in|from|to|over|and|behind|with|after|on|by)\b)")  # "by a hd camera": none
_BEATEN_DISTANCES = {"nk": "neck", "snk": "short neck", "hd": "head", "shd": "short head", "shthd": "short head",
                     "nse": "nose"}
BEATEN_WORDS = frozenset({"nk", "snk", "hd", "shd", "sht", "nse"})
# "incl." after what it includes, with nothing after it but a bracket's close ("all bills incl.", "(VAT incl.)"):
# "included" ("all bills including." it was); before what it includes it is "including", as the table says.
_INCLUDED = compiled(r"(?<=\w )incl\.(?=\)|$)")

# "KO": a fixture list's kick-off before its hour ("KO 3pm", "(KO 7.45pm)", "KO: 19:45"); a boxer's knockout
# after "by", "a", "via" or a round's ordinal, or before "in round"/"win"/"victory"; "KOs" after a count are
# knockouts ("25 KOs"). Elsewhere it is left to the capitals ("K.O" it was, in every sense).
# By now a time may be words: "KO seven forty five PM".
_KICK_OFF = compiled(r"\bKO\b(?=:?\s(?:\d{1,2}(?:[.:]\d\d)?(?:\s?[ap]m\b|\b)|(?:one|two|three|four|five|six|seven|eight"
                     r"|nine|ten|eleven|twelve|\w+teen|twenty|noon|midday)\b))")
_KNOCKOUT = compiled(r"\b((?:by|via|[Aa]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}"
                     r"(?:st|nd|rd|th))[- ]round)\s)KO\b(?!['’-]\w)"
                     r"|\b()KO(?=\s(?:in (?:the |round )|win\b|victory\b|punch\b|blow\b|loss\b|defeat\b))")
_KNOCKOUTS = compiled(r"(?<=\d )KOs\b|\b((?:by|with|of|and|[Aa]ll|more|his|her|their)\s)KOs\b")


def kick_off_or_knockout(text: str) -> str:
    """"KO 3pm" -> "kick-off 3pm", "by KO" -> "by knockout", "25 KOs" -> "25 knockouts"."""
    text = _KICK_OFF.sub("kick-off", text)
    text = _KNOCKOUT.sub(lambda m: (m.group(1) or "") + "knockout", text)
    return _KNOCKOUTS.sub(lambda m: (m.group(1) or "") + "knockouts", text) if "KOs" in text else text


def racecards_and_maps(text: str) -> str:
    """A racecard's favourite and winning margin, a map's grid reference, a result's "bt." and "incl." at a sentence's
    end, said in full."""
    if " bt" in text:
        text = sports.beaten(text)
    if "incl." in text:
        text = _INCLUDED.sub(lambda m: "included" + sentence_stop(m), text)
    if "grid ref" in text:
        text = _GRID_REFERENCE.sub(lambda m: "grid reference" + sentence_stop(m), text)
    if among_words(BEATEN_WORDS, text) and (" by " in text or " beat" in text):
        text = _BEATEN_BY.sub(lambda m: m.group(1) + _BEATEN_DISTANCES[m.group(2).replace("-", "")], text)
    if among_words(_FAVOURITE_WORDS, text) and ("/" in text or "vens" in text or "vs" in text):
        text = _FAVOURITE.sub(_favourite, text)
    return text


def _favourite(match: re.Match[str]) -> str:
    """"11/4 fav" -> "11/4 favourite", "9/2 jt-fav" -> "9/2 joint favourite"."""
    price, shared, _fav, plural = match.groups()
    if shared:
        shared = "co-" if shared.lower() == "co-" else "joint "
    return f"{price} {shared or ''}favourite{plural}"

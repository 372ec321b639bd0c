"""Market wires' and tables' marks: an instrument code ("EUR=") or a ticker ("(VOD.L)") left unsaid, a growth over
months against the months before ("3m/3m") and a table's mark of no change ("(nc)")."""

from __future__ import annotations

from narrator.speech.normalise.deferred import compiled

# "3m/3m", "6m/6m": an economist's growth over months against the months before (the "m" was meters).
_MONTHS_ON_MONTHS = compiled(r"(?<![\w.,/])(\d{1,2})m/\1m(?![\w/])")
# A poll's or a table's mark of no change after a figure ("15% (nc)", "12% (=)", "(n/c)"), said.
_NO_CHANGE = compiled(r"(?<=[\d%] )\((?:nc|n/c|NC|=)\)")
# A Reuters instrument code, written after what it names ("the euro EUR= rose", "notes US10YT=RR"): not said.
# A stop after its "=" ends the sentence, or it is a folder's stop ("set PYTHONPATH=. and run" lost its variable).
_INSTRUMENT_CODE = compiled(r"\s[A-Z][A-Z0-9]{1,10}=(?:RR)?(?=[\s,;:)]|\.(?:\s(?![a-z])|$)|$)")
# A wire's ticker code in brackets after the company it names ("Vodafone (VOD.L)", "Apple <AAPL.O>", "Toyota
# (7203.T)"): its exchange's letters after a stop; not said, as a newsreader leaves it out.
_TICKER = compiled(r"\s?(?:\(|<)(?:[A-Z][A-Z0-9]{1,5}|\d{4})\.[A-Z]{1,2}(?:\)|>)")
_MAY_BE_TICKER = compiled(r"\.(?<=[A-Z0-9]\.)[A-Z][A-Z]?[)>]")  # led by the stop: scanned in C


def instrument_codes(text: str) -> str:
    """"the euro EUR= rose" -> "the euro rose": a Reuters instrument code, not said."""
    return _INSTRUMENT_CODE.sub("", text)


def tickers(text: str) -> str:
    """"Vodafone (VOD.L)" -> "Vodafone": a wire's ticker code, not said."""
    if not _MAY_BE_TICKER.search(text):
        return text
    return _TICKER.sub("", text)


def months_on_months(text: str) -> str:
    """"3m/3m" -> "3 months on 3 months"."""
    return _MONTHS_ON_MONTHS.sub(lambda m: f"{m.group(1)} months on {m.group(1)} months", text)


def no_change(text: str) -> str:
    """"15% (nc)" -> "15% (no change)"."""
    return _NO_CHANGE.sub("(no change)", text)

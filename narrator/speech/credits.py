"""A record's, a programme's and a match's credits: short forms before the name or the date they credit ("a remix
feat. DJ Shadow", "Ref. M. Oliver", "First perf. 12 Nov. 1891"), whose stop segment.py holds on to what follows."""

from __future__ import annotations

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set
from narrator.speech.normalise.words import is_featuring

# A referee's "Ref." before an initial and a surname, as a match report credits him ("Att. 41,200. Ref. M. Oliver."):
# cut there, "Ref." was a sentence of its own and the name another. A reference's "ref." before its number or code
# holds already (segment._BEFORE_NUMBER); before a word it ends ("See the Ref. A new").
_INITIAL_AND_NAME = compiled(r"\s+[A-Z]\.\s[A-Z][a-z]")
# A first performance's or a premiere's "perf." before its date ("First perf. 12 Nov. 1891", "perf. Nov. 1891"): a
# programme's credit of when, no word at a sentence's end. Cut there, the date was read as a sentence of its own.
_PERFORMED = frozenset({"perf", "Perf"})
_MONTHS = word_set("January February March April May June July August September October November December "
                   "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
_REFEREE = "Ref"
# ... and before a code led by capitals with a figure in it ("quoting ref. PROW/DO/0412", "our ref. AB/123"), a
# council's or a firm's reference: cut there, the code was read as a sentence of its own.
_REFERENCES = frozenset({"ref", "Ref"})
_CODE_AFTER = compiled(r"\s[A-Z][A-Z/-]{0,15}\d")


def credit_holds(text: str, token_start: int, end: int, word: str, next_word: str, opens: bool) -> bool | None:
    """Whether the stop after the credit `word` (from token_start to the stop ending at `end`) holds on to what it
    credits (`opens`: the next word is one that opens sentences); None where `word` credits nothing here."""
    if word in ("feat", "Feat"):
        # "a remix feat. DJ Shadow", "Drake feat. Rihanna"; a feat after a word that qualifies it is the noun ("no
        # easy feat. While it is true")
        return not opens if is_featuring(text, token_start) else None
    if word == _REFEREE and _INITIAL_AND_NAME.match(text, end) is not None:
        return True  # "Ref. M. Oliver"
    if word in _REFERENCES and _CODE_AFTER.match(text, end) is not None:
        return True  # "quoting ref. PROW/DO/0412"
    if word in _PERFORMED and (next_word[:1].isdigit() or next_word in _MONTHS):
        return True  # "First perf. 12 Nov. 1891"
    return None

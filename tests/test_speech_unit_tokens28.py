"""A twenty-eighth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic
and telephone), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens28.tsv: race and lap
times, podcast and video timestamps, broadcast listings with zones ('8pm ET/5pm PT', '1900 GMT'), opening hours and
parking signs ('Mon–Fri 9–5:30', '8a–6p'), medical appointments, cooking timers, eclipses and launches ('T+2:34',
'14:32:07 UTC'), historical dates (circa, BC, BCE, AD, CE, spans, decades, centuries, born, died, reigned,
married), academic years ('2026/27', 'AY25/26'), birthdays and anniversaries, military units ('3rd Bn', '16th Air
Aslt Bde'), streets ('W 57th St'), Roman numerals of wars, Super Bowls, clauses and articles, prelims, popes,
pharaohs, kings, games and film sequels, electronic forms of press releases and science (mail addresses, DOIs,
ISBNs, ISSNs, ORCIDs, arXiv, PubMed and trial ids, IPv4 and IPv6, MAC addresses, file paths, hashtags, mentions,
package pins, git hashes, version ranges) and telephones of Germany, France, Spain, Italy, Brazil, Canada,
Singapore, Hong Kong, New Zealand, Kenya and the UAE, emergency and service numbers, vanity numbers and extensions):
a twenty-eighth estimate of the unit score on text nobody here tuned for. 468 were written; 168 repeated the earlier
sets and were dropped before any run, 300 in all.

FIRST READING 242 of 300 (80.7%) relaxed and 266 (88.7%) lenient (the benchmark's forms, relaxed_form and
lenient_form): date 45/51, time 36/55, ordinal 45/47, roman 40/44, electronic 30/49, telephone 46/54 relaxed; date
45/51, time 51/55, ordinal 45/47, roman 40/44, electronic 39/49, telephone 46/54 lenient (by this file's form, 261).

Every third row (the rows at places 2, 5, 8, ...) was kept aside while the rules were written; its misses were listed
once, after the rules, and no rule was written for them. By this file's form the kept third read 90 of 100 before
the rules and 90 after; the tuned two thirds 177 of 200 before and 190 after (both counted on the set as it stands,
with the 15 forms added after the first reading).
After the rules written for it: 259 (86.3%) relaxed and 281 (93.7%) lenient: date 46/51, time 39/55, ordinal 46/47,
roman 44/44, electronic 38/49, telephone 46/54 relaxed; date 46/51, time 52/55, ordinal 46/47, roman 44/44, electronic
47/49, telephone 46/54 lenient (before them, on the set as it stands: 247 relaxed, 268 lenient). After the first
reading 15 rows gained a form of what they already said, never a misread: the house's 'Eh' for a spelled letter A
(11 electronic rows) and an initialism's letters run together beside another's ('pm est', 4 rows; the kept third's
'kick-off 3pm GMT' among them, given the form after that third was read). The 20 left are the known misses below,
each with its class's reason.
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
"appt 10:40am" was read after it had been read: an appointment's short form is among the notices' short words
(facts.NOTICE_FORMS). Read after it had been read (tests/test_speech_left58b.py's rule: capitals of five letters or
more opening with three consonants no word opens with are spelled): 'PMCID PMC7096724'."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

_OPENING_LIFE_WORD = ("a life's 'b.', 'd.' or 'm.' before a lone year where a text opens is an outline's item as"
                      " often (records.py); in brackets or after a comma it is read")
_PAIRS = ("a French or Spanish number's groups of two are said as pairs by the house ('twelve thirty four'), as"
          " the earlier sets accept; a reader may give the digits")
_BARE_GROUPS = ("bare groups of digits with no zero, plus or label before them are counts as often ('6123 4567':"
                " two numbers in a table)")
# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN: dict[str, str] = {
    "d. 1616": _OPENING_LIFE_WORD,
    "m. 1840": _OPENING_LIFE_WORD,
    "b. 12 Mar 1956": _OPENING_LIFE_WORD,
    "'26–'27": "two clipped years spanned with no decade or season word are a score's or a list's as often",
    "AY25/26": ("a label glued to a slashed pair ('AY25/26') is a code's as often; 'AY 2026–27' with its space is"
                " read"),
    "sub-3:00": "a race's 'sub-' before a clock's hours is a clock's time as often ('sub-2:00 marathon'): a choice",
    "42:15 (ep. 12)": ("minutes and seconds past the day's hours ('42:15') are a score's or a ratio's as often; the"
                       " episode after it is no timestamp's word"),
    "16th Air Aslt Bde": "'Aslt' is an assault's short form the formation table lacks",
    "10.20.30.40": ("the house says an IP address's parts digit by digit ('one zero dot two zero'); a reader may say"
                    " them as numbers"),
    "3C:22:FB:91:0A:7E": "the house says a MAC address's colons as pauses, as the earlier sets accept",
    "91 523 45 67": _PAIRS,
    "06 12 34 56 78": _PAIRS,
    "04 91 55 11 22": _PAIRS,
    "6123 4567": _BARE_GROUPS,
    "800 4663": _BARE_GROUPS,
    "0800 111 0 111": ("a freephone's groups of three, one and three are counts to the groups' rule, which knows the"
                       " national forms' groupings"),
    "0180 5 123456": ("a German service number's prefix parted from its block ('0180 5') is a form the national rules"
                      " do not hold"),
    "x 4471": "an 'x' opening a text before a number is a variable's or a multiplier's as often as an extension's",
}

SWEEP = Sweep("unit_tokens28.tsv", _KNOWN, form=lenient, least=290, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 27), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a world war's number spaced, before a hyphened word, or a third (romans.py)
    ("WW I", "World War One"),
    ("WW II veterans", "World War Two veterans"),
    ("a WWII-era jeep", "a World War Two era jeep"),
    ("WW II-style", "World War Two style"),
    ("WWIII", "World War Three"),
    ("WWE", "W.W.E"),  # guard: no numeral
    ("WWIV", "W.W.I.V"),  # guard: no world war's (spelled: "WW" opens no word)
    # a statute's short counters before a span of numerals (romans.py)
    ("Arts. III–V", "Articles three to five"),
    ("Art. IV-VI of the treaty", "Articles four to six of the treaty"),
    ("Secs. I and II", "Sections one and two"),
    ("Art. IV", "Article four"),  # guard: no span
    # a game's series named short (facts.NUMBERED_SERIES)
    ("GTA V", "G.T.A five"),
    # a reign's span where a caption opens (records.py)
    ("r. 1558–1603", "reigned fifteen fifty eight to sixteen o three"),
    ("r. 1558", "r. fifteen fifty eight"),  # guard: no span
    ("r. 1.5-2", "rule one point five two"),  # guard: no years
])
def test_numerals_and_reigns(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a span of two named versions (versions.py)
    ("v1.2–1.4", "version one point two to one point four"),
    ("v2.0-v2.3", "version two point zero to version two point three"),
    ("Version 3.10-3.12", "Version three point ten to three point twelve"),
    ("v1.2-2", "version one point two two"),  # guard: no second version (as before)
    # a bare hash's characters (electronic.py)
    ("commit 9f86d081", "commit nine f eight six d zero eight one"),
    ("ab12cd34ef", "a b one two c d three four e f"),
    ("12feb2026", "twelve feb twenty twenty six"),  # guard: two turns, a date glued
    ("cafe1234babe", "cafe twelve thirty four babe"),  # guard: two turns
    ("9f86d", "nine f eighty six d"),  # guard: too short
    # an IPv6 address's groups after its "::" are no footnote's number (citations.py)
    ("fd00::ab:1", "F D zero zero colon colon A B colon one"),
    ("Age:25", "Age: twenty five"),  # guard: a label's value
    # an ISBN's length label, and an ORCID with its check digit X (telephones.py)
    ("ISBN-13 9780262046305", "I.S.B.N thirteen nine seven eight zero two six two zero four six three zero five"),
    ("ISBN 0-19-852663-6", "I.S.B.N zero one nine eight five two six six three six"),
    ("ORCID iD 0000-0003-4321-987X",
     "ORCID iD zero zero zero zero, zero zero zero three, four three two one, nine eight seven X"),
    ("ORCID 0000-0002-1825-0097",
     "ORCID zero zero zero zero, zero zero zero two, one eight two five, zero zero nine seven"),
    # hours and a birthday written short (words.py)
    ("visiting hrs 2–4pm", "visiting hours two to four PM"),
    ("18th b'day", "eighteenth birthday"),
    ("HRS", "H.R.S"),  # guard: capitals
])
def test_codes_versions_and_words(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", [
    "WW I ", "WWII-era ", "WW IIa ", "Arts. III–V ", "Art. I-", "r. 1558–1603 ", "v1.2–1.4 ", "v1.2-v", "9f86d081 ",
    "a1b2c3d4e5 ", "1a" * 30 + " ", "fd00::ab:1 ", "::a:1", "ISBN-13 9780262046305 ", "ORCID iD 0000-0003-4321-987X ",
    "ORCID 0000-0000-0000-000", "hrs ", "b'day ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

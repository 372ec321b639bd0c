"""Thirteen whole articles of our own (h162, issue #10), of kinds nobody had read end to end (a parliamentary sketch,
a retro computing feature, a vet's advice column, a cruise ferry crossing, a bridge column, a camera review, an ocean
race, a home-brew recipe, a viaduct's construction, a sleep study's press release, mortgage rates, a coin hoard and an
air incident report), through `narrator preview --json`: the intro, the chapters, and every sentence of the body said
once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator (0 of 13 articles, 261 of 303
sentences said and 300 of 303 heard to end, 11 of 13 intros, 13 of 13 facts, 12 of 13 chapter lists, 13 of 13 said
with nothing else). After that first reading, the expectations were brought to the house's own forms where they, not
narrator, strayed from them (each a convention a listener accepts): the letter A is "eh" ("the eh forty", "Airbus eh
three twenty one neo", "Z eighty eh"), as articles17 to 22 say it; "Dr" and "Mr" are left to the voice, as articles20
to 22 leave them; "ISO" is said as a word ("iso"), as many photographers say it; a price before a noun after "a" is
"a thousand four hundred ninety nine pound fee", not "a one thousand..."; a flight's number is said in pairs ("E.Z.Y
eighty four seventy two"), as the runway ("twenty three") and "UK261" ("U.K two sixty one") are; "one quarter of a
second" for "1/4s"; and a bridge contract's "NT" is "no trump", as American columns say it. Two mixed-case names the
voice would run into one syllable are respelled by the default lexicon (below): "CFexpress" ("C.F express") and "pH"
("P.H"). After that, 3 of 13 articles, 282 of 303 sentences said and 301 of 303 heard to end, 13 of 13 intros, 12 of 13
chapter lists: every miss left lies in the normaliser or the cleaner (below), none in narrator/speech/__init__.py,
words.py or lexicon.py. h170 read five more (a flight level in words, a transponder's code, a card and a contract
told apart, and bridge's "IMPs" said as a word). What is compared is what a listener hears: punctuation that is not
voiced is ignored; case and the stops inside initialisms ("U.K") are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator import speakable
from narrator.speech.lexicon import load_lexicons
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, left, standard_tests

# The house's sounds, the litre's among them (tests/articles.py).
ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles23", HOUSE_SOUNDS)
DEFAULT_LEXICON = Path(__file__).parent.parent / "voices" / "lexicon" / "default.toml"

# The modules that own the misses below (this round, other helpers own the normaliser and the cleaner).
_CAPITALS = "narrator/speech/normalise/capitals.py"

_WORD_CAPITALS = (f"a name in capitals that is a word, 'the ORCA charity', is spelled ('O.R.C.A'), where 'CRASH' and"
                  f" 'LOAD' are said as words ({_CAPITALS}, _acronym)")
_SECOND_REGNAL = ("a king's numeral I after another king's and before a verb, 'Henry III and Edward I has been', is"
                  " left as written (heard as the pronoun), where 'Edward I has been' alone is 'Edward the first'"
                  " (narrator/speech/normalise/romans.py)")
_MEMORY_K = ("a computer's memory in K, 'Working 48K machines', 'It gave you 48K and', the first of '16K or 48K of"
             " RAM', is read as a thousand, where 'a 48K machine' and '48K of RAM' are 'forty eight K' and 'a salary of"
             " 45K' a thousand"
             " (narrator/speech/normalise/scales.py; articles22's '285K' is the same class)")

# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_ELSEWHERE: dict[tuple[str, int], str] = {
    ("coin_hoard", 0): _SECOND_REGNAL,
    ("ferry_crossing", 11): _WORD_CAPITALS,
    ("retro_computing", 6): _MEMORY_K,
    ("retro_computing", 20): _MEMORY_K,
    ("retro_computing", 23): _MEMORY_K,
}
# A sentence whose end the voice is not given (name, sentence index) -> the class and the module.
_ENDED_ELSEWHERE: dict[tuple[str, int], str] = {}
# Chapters other than the headings (name -> the class and the module).
_CHAPTERS_ELSEWHERE: dict[str, str] = {}  # h169: a reader's sign-off under her question is her letter's line


# The standard tests over the articles, their known misses above marked as strict xfails.
globals().update(standard_tests(ARTICLES, KnownMisses(
    chapters=_CHAPTERS_ELSEWHERE, sentences=_ELSEWHERE, ended=_ENDED_ELSEWHERE)))


# The normaliser's classes the articles above found, each with examples of its own beside the articles' and the
# near-misses a fix must leave as they are (guards), so that the module's owner has the whole class to hand.
@pytest.mark.parametrize(("written", "said"), [
    # read since h170 (aviation.py, shorthand.py, cards.py, capitals.py)
    ("cruising at flight level 350.", "cruising at flight level three five zero."),
    ("a flight level of 240", "a flight level of two four zero"),
    ("at FL350", "at flight level three five zero"),  # guard
    ("a level of 350 points", "a level of three hundred fifty points"),  # guard: a level that is no flight's
    ("set the transponder to 7700", "set the transponder to seven seven zero zero"),
    ("squawk 7500", "squawk seven five zero zero"),  # guard
    ("a crowd of 7700 people", "a crowd of seven thousand seven hundred people"),  # guard: a count
    ("with the 16-50mm at 50mm", "with the sixteen to fifty millimeter at fifty millimeters"),  # h164, units.py
    ("the older 18-55mm, which costs", "the older eighteen to fifty five millimeter, which costs"),
    ("with the XF 16-50mm f/2.8-4.8 lens", "with the X.F sixteen to fifty millimeter f two point eight to four"
     " point eight lens"),
    ("with the 16-50mm f/2.8-4.8 lens", "with the sixteen to fifty millimeter f two point eight to four point eight"
     " lens"),  # guard: without the maker's letters before it
    ("a 70-200mm lens", "a seventy to two hundred millimeter lens"),  # guard
    ("rain of 10-15mm overnight", "rain of ten to fifteen millimeters overnight"),  # guard: a measure
    ("to 1/180,000s", "to one one hundred eighty thousandth of a second"),  # h164, media.py
    ("at 1/8000s", "at one eight thousandth of a second"),  # guard
    ("at 1/250s", "at one two hundred fiftieth of a second"),  # guard
    ("the 7♦ in dummy", "the seven of diamonds in dummy"),
    ("stopped in 6♠", "stopped in six spades"),
    ("led the 4♠", "led the four of spades"),  # guard: a card
    ("bid 4♥", "bid four hearts"),  # guard: a bid
    left("the ORCA charity", "the orca charity", _WORD_CAPITALS),
    ("thirteen IMPs to", "thirteen Imps to"),  # a game's unit said as a word, as "NATO" is "Nato" (h170)
    ("the CRASH magazine", "the crash magazine"),  # guard
    ("NATO said", "Nato said"),  # guard
    ("The FBI said", "The F.B.I said"),  # guard: an initialism
    left("the reigns of Henry III and Edward I has been", "the reigns of Henry the third and Edward the first has"
         " been", _SECOND_REGNAL),
    ("Edward I has been declared", "Edward the first has been declared"),  # guard
    ("World War I ended", "World War one ended"),  # guard
    ("worth £5 3s 11d", "worth five pounds three shillings and elevenpence"),  # h164, history.py: as "sixpence"
    ("cost 2s 6d", "cost two shillings and sixpence"),  # guard
    ("raise it to 76C for 10 minutes", "raise it to seventy six degrees Celsius for ten minutes"),  # h164
    ("at 18C and keep it", "at eighteen degrees Celsius and keep it"),  # h173, inferredunits.py: kept at
    ("it hit 30C on Tuesday", "it hit thirty degrees Celsius on Tuesday"),  # guard
    ("a C grade", "a C grade"),  # guard: a letter
    ("a £899 fee", "an eight hundred and ninety nine pound fee"),  # h164, money.py
    ("a £18m deal", "an eighteen million pound deal"),
    ("an £899 fee", "an eight hundred and ninety nine pound fee"),  # guard: written right
    ("a £500 fee", "a five hundred pound fee"),  # guard: a consonant
    ("48K of RAM", "forty eight K of Ram"),  # guard: its unit after it
    left("Working 48K machines sell", "Working forty eight K machines sell", _MEMORY_K),
    left("It gave you 48K and a manual.", "It gave you forty eight K and a manual.", _MEMORY_K),
    left("Memory: 16K or 48K of RAM", "Memory: sixteen K or forty eight K of Ram", _MEMORY_K),
    ("a 48K machine", "a forty eight K machine"),  # guard
    ("a salary of 45K a year", "a salary of forty five thousand a year"),  # guard: a thousand
    ("a distance of 695nm", "a distance of six hundred and ninety five nautical miles"),  # h164, units.py
    ("She was 2nm ahead of her rival at the Fastnet Rock.", "She was two nautical miles ahead of her rival at the"
     " Fastnet Rock."),
    ("a 5nm chip", "a five nanometer chip"),  # guard
    ("light at 450nm", "light at four hundred and fifty nanometers"),  # guard
])
def test_the_classes_left_to_the_normaliser(written: str, said: str) -> None:
    assert speakable(written) == said


# The default lexicon respells two names written in mixed case that the normaliser leaves as written and the voice
# would run into one syllable: a camera card's kind, its CompactFlash letters spelled ("CFexpress", "CFast"), as the
# lexicon's "microSD" is; and acidity's symbol, "pH", spelled as chemists say it.
@pytest.mark.parametrize(("written", "said"), [
    ("It takes a CFexpress Type B card.", "It takes a C.F express Type B card."),
    ("Two CFexpress cards are included.", "Two C.F express cards are included."),
    ("an older CFast card", "an older C.F fast card"),
    ("A pH of 5.2 in the mash.", "A P.H of five point two in the mash."),
    ("Keep the water at pH 7.", "Keep the water at P.H seven."),
    ("a pH-neutral soap", "a P.H-neutral soap"),
    ("The PH was busy.", "The P.H was busy."),  # guard: capitals are the normaliser's
    ("a phial of ph", "a phial of ph"),  # guard: only the symbol, in its case
    ("the pHs of three soils", "the pHs of three soils"),  # guard: only the whole word
    ("It has a microSD slot.", "It has a micro S.D slot."),  # guard: the lexicon's other respellings stand
])
def test_the_default_lexicon_spells_mixed_case_symbols(written: str, said: str) -> None:
    assert load_lexicons([DEFAULT_LEXICON]).apply(speakable(written)) == said

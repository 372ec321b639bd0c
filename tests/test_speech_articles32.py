"""Fourteen whole articles of our own (issue #10), of kinds nobody had read end to end (a bake-off final, a brewery's
opening, a cyclist's inquest, a cycling sportive, a flood-defence scheme, a graduation, an honours list, a lighthouse's
bicentenary, a meteor-shower guide, a pier's restoration, an American pool's reopening, a power cut, a solar farm's
approval and a stamp issue), through `narrator preview --json`: the intro, the chapters, and every sentence of the body
said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator. FIRST READING (main at ea963431): 3 of
14 articles, 195 of 215 sentences said, 11 of 14 intros; the two thirds tuned 3 of 10 articles, 143 of 155 sentences,
7 of 10 intros; the third kept aside (every third name in order: the inquest, the graduation, the meteor shower, the
power cut) 0 of 4, 52 of 60, 4 of 4 intros. The tuned part's expectations were then brought to the house's forms
(pence named after pounds, "Q three", an initialism's plural "C.B.E.'s", a postcode's "Eh"): 4 of 10, 149 of 155.

Six classes were left in the tuned part, each read since by a rule written from examples of our own (the tests below):
pence after a class of service ("a 2nd Class 87p", read as a class's label); a measure after "each" before an
adjective of size ("each 12m long", read "twelve meter long"); a small "a" against a number ("grade 3a", read "three
a", the article); a road's spelled quarter after its type ("Cowbridge Rd East", left "Rd"); a store's power and energy
("a 20MW/40MWh battery", read "per"); and a headline's sum before what it builds or mends ("£48m flood wall", "after
$6.8M renovation", read "pounds" and "dollars"). With them the tuned part 9 of 10 articles, 154 of 155, 10 of 10
intros; its one miss is the known one below. The kept third, read again after that, did not move: 0 of 4, 52 of 60.
Five of its eight misses were house forms ("BST" as written, "a hundred and thirty two kilovolt", "M.V.A", "a twenty
mile per hour limit", a link's "WWW dot abdn dot ac"), to which its expectations were then brought: 2 of 4, 57 of 60.
Its three left are known misses below, each a class of its own that no rule here reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles32", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")
AMERICAN = ReadingOptions()

# The standard tests over the articles, with the known misses: each a class no rule reads yet.
globals().update(standard_tests(ARTICLES, KnownMisses(
    sentences={
        # "GO" is also the word "go" in capitals ("GET OUT and GO VOTE"); which two-letter capitals name a bond, a
        # department or a word needs a lexicon, not a shape.
        ("pool_reopening", 6): "two capitals that spell a word (a GO bond) said as the word: capitals.py",
        # a periodic comet's number and "P" before its name after a stroke: the stroke is given to the voice
        ("meteor_shower", 4): "a periodic comet's designation (109P/Swift-Tuttle) keeps its stroke: namednumbers.py",
        # "one" counts the feeders: the measure after it describes the noun, as after "a"
        ("power_cut", 6): "a measure after a count of one before its noun (one 11kV feeder) said plural: amounts.py",
        # a freephone number written in pairs after its prefix ("0800 31 63 105"), read as numbers
        ("power_cut", 11): "a phone number in groups of two and three after 0800 read as numbers: telephones.py",
    },
    ended={("power_cut", 11): "the phone number above ends its sentence otherwise: telephones.py"},
    more={"power_cut": "the phone number above, said otherwise, is heard as a passage: telephones.py"},
)))


# The classes the tuned two thirds' misses belonged to, each with examples of our own, and beside them what read right
# before and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("A 2nd Class stamp is now 87p, up 2p.", "A second Class stamp is now eighty seven pence, up two pence."),
    ("Stamps: first class 95p, second class 85p.", "Stamps: first class ninety five pence, second class eighty five"
     " pence."),
    ("a 2nd Class 87p, after rises", "a second Class eighty seven pence, after rises"),
    ("The Third Class 12p rate ended in 1990.", "The Third Class twelve pence rate ended in nineteen ninety."),
    ("Figure 3c shows the stamps.", "Figure three c shows the stamps."),  # guard: a label's letter
    ("Class 4p engines", "Class four p engines"),  # guard: a class's own label
])
def test_pence_after_a_class_of_service(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("It stands on 38 piles, each 12m long, driven into rock.", "It stands on thirty eight piles, each twelve meters"
     " long, driven into rock."),
    ("Two towers, each 40m high, flank the gate.", "Two towers, each forty meters high, flank the gate."),
    ("The slabs, each 20cm thick, were cast on site.", "The slabs, each twenty centimeters thick, were cast on site."),
    ("three pools, each 2m deep", "three pools, each two meters deep"),
    ("each 6ft tall", "each six feet tall"),
    ("each 3kg bag", "each three kilogram bag"),  # guard: the measure sizes a noun
    ("the 40m high spire was rebuilt", "the forty meter high spire was rebuilt"),  # guard: a noun after the adjective
])
def test_a_measure_after_each_before_an_adjective_of_size(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The land is rated grade 3a.", "The land is rated grade three Eh."),
    ("He lives at 12a Church Lane.", "He lives at twelve Eh Church Lane."),
    ("Platform 9a is closed.", "Platform nine Eh is closed."),
    ("under section 2a of the Act", "under section two Eh of the Act"),
    ("See Figure 4a, then 4b.", "See Figure four Eh, then four b."),
    ("It opens at 3am.", "It opens at three AM."),  # guard: a time
    ("a 5-a-side pitch", "a five-a-side pitch"),  # guard: the article, hyphened
    ("the colour #3a3a3a", "the colour hash three a three a three a"),  # guard: a code
])
def test_a_small_a_against_a_number_is_the_letter(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("She lived on Cowbridge Rd East for years.", "She lived on Cowbridge Road East for years."),
    ("a flat on Hagley Rd West in Birmingham", "a flat on Hagley Road West in Birmingham"),
    ("Lord St West, Southport", "Lord Street West, Southport"),
    ("45 London Rd North was sold.", "forty five London Road North was sold."),
    ("the shops on Kings Ave South", "the shops on Kings Avenue South"),
    ("Elm Dr West said so", "Elm Dr West said so"),  # guard: "Dr West" may be a doctor
    ("Mary St John", "Mary Saint John"),  # guard: a saint before a name
])
def test_a_road_s_spelled_quarter_after_its_type(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("A 20MW/40MWh battery store is planned.", "A twenty megawatt, forty megawatt hour battery store is planned."),
    ("a 5kW/10kWh home battery", "a five kilowatt, ten kilowatt hour home battery"),
    ("The unit is 5kW/13.5kWh.", "The unit is five kilowatts, thirteen point five kilowatt hours."),
    ("a 100 MW/200 MWh scheme", "a hundred megawatt, two hundred megawatt hour scheme"),
    ("Power costs 30p/kWh.", "Power costs thirty pence per kilowatt hour."),  # guard: a rate
    ("It uses 12kWh/100km.", "It uses twelve kilowatt hours per one hundred kilometers."),  # guard: a rate
])
def test_a_store_s_power_and_energy(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("£48m flood wall approved", "forty eight million pound flood wall approved"),
    ("Pool reopens after $6.8M renovation", "Pool reopens after six point eight million dollar renovation"),
    ("Town hall shuts for £3.4m restoration", "Town hall shuts for three point four million pound restoration"),
    ("£12m bypass opens to traffic", "twelve million pound bypass opens to traffic"),
    ("Council backs £900k library refurbishment", "Council backs nine hundred thousand pound library refurbishment"),
    ("The trust raised £3m for the hospital.", "The trust raised three million pounds for the hospital."),  # guard
    ("They spent £5m on the bridge.", "They spent five million pounds on the bridge."),  # guard
])
def test_a_headline_s_sum_before_what_it_builds_or_mends(written: str, said: str) -> None:
    assert normalise(written, "en", AMERICAN if "$" in written else BRITISH) == said


@pytest.mark.parametrize("token", ["2nd Class 87p ", "class 87p ", "each 12m long ", "each 12m ", "12a ", "3a",
                                   "Rd East ", "Cowbridge Rd East ", "20MW/40MWh ", "20MW/", "£48m flood wall ",
                                   "£4m renovation "])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of what it eats costs time in proportion to the text."""
    check_linear(token, small=300)

"""Ten whole articles of our own (issue #10), of kinds nobody had read end to end (a dogs' home's appeal, a brass band
contest, an art deco cinema reopening, a county show's results, a cycle lane consultation, a football club's accounts,
a hospital's new scanner, a railway station reopening, the naming of a winter's storms and a theatre's season), through
`narrator preview --json`: the intro, the chapters, and every sentence of the body said once, in order, as a
newsreader would say it.

Each article's .json was written before the article was first read by narrator. FIRST READING (main at c82e8028): 1
of 10 articles, 118 of 128 sentences said, 9 of 10 intros; the two thirds tuned 1 of 7 articles, 83 of 90 sentences,
6 of 7 intros; the third kept aside (every third name in order: the cinema, the club's accounts, the storms) 0 of 3,
35 of 38, 3 of 3 intros. Two of the tuned part's seven misses were its expectations', then brought to the house's form:
a road's number after its letter, "the Eh thirty eight", "the Eh three sixty nine" (2 of 7 articles, 85 of 90).

Four classes were left in the tuned part, each read since by a rule written from examples of our own (the tests
below): a middle initial "A" after another stopped initial ("Mrs E. A. Morgan", said "E A Morgan", the article); an
amount after a determiner and "new", "planned", "proposed", "estimated" or "record", describing the noun after it
("the new £2.1m MRI scanner", "two point one million pounds" it was); a magnet's field in teslas before "machine",
"system", "unit" or "field" where the sentence speaks of a scanner ("the older 1.5T machine", "one point five T"); a
train's class of three digits before the stock it names ("Class 165 units", "one hundred and sixty five"); and "temp."
before a word or a number where the sentence gives degrees ("the temp. outside was -4°C"). With them the tuned part
5 of 7 articles, 89 of 90 sentences, 6 of 7 intros. The kept third, scored as a number only while the rules were
written, moved by one sentence: 1 of 3 articles, 36 of 38 sentences, 3 of 3 intros, the storms' "Dr C. A. Hughes" read
by the middle initial's rule. Read once at the end, its two misses are classes no rule here reads: an amount before a
quoted name and its noun, and a pound after "every" (below). Left in the tuned part: a pedigree's ordinal, and a field
in teslas in a standfirst that names no scanner. In all 6 of 10 articles, 125 of 128 sentences, 9 of 10 intros.
Read after it had been read: the kept "94p of every £1" (said "every pound" since a rule for one of a currency after
"every", "each" or "per", written later from examples of our own: test_speech_shared_money54.py), and the kept
cinema's 'a £4 "silver screen" matinee' (said "four pound" since a rule for an amount before a quoted word and its
noun, written in the next round from examples of our own: test_speech_units_electronic_left55.py); no unseen reading:
8 of 10 articles, 127 of 128 sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles35", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

# The standard tests over the articles, with the known misses: each a class no rule reads yet.
globals().update(standard_tests(ARTICLES, KnownMisses(
    sentences={
        # "Haven Saracen 2nd": an ordinal after a pedigree animal's name is "the second", but after a band's or a
        # runner's name ("Black Dyke 2nd on 195") it is a placing, said "second": only the sense tells them apart
        ("county_show_results", 0): "an ordinal after a pedigree's name, 'the second', is written as a placing is:"
                                    " numbers.py",
    },
    intro={
        # "The 3T machine at Torbay Hospital": a field in teslas where the sentence names no scanner, and "a 3T
        # machine" is as often a three-tonne digger
        "hospital_scanner": "a field in teslas in a standfirst that names no scanner: units.py",
    },
)))


# The classes the tuned two thirds' misses belonged to, each with examples of our own, and beside them what read right
# before and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("The judge, Mrs E. A. Morgan, said so.", "The judge, Mrs E Eh Morgan, said so."),
    ("Mr P. A. Jones wrote to the council.", "Mr P Eh Jones wrote to the council."),
    ("The statistician R. A. Fisher said so.", "The statistician R Eh Fisher said so."),
    ("Prof. W. H. A. Davies spoke.", "Professor W H Eh Davies spoke."),
    ("Ms J. A. K. Rowe spoke.", "Ms J Eh K Rowe spoke."),
    ("Dr A. R. Collins said so.", "Dr Eh R Collins said so."),  # guard: the first initial, read before
    ("They joined Band B. A new band was formed.", "They joined Band B. A new band was formed."),  # guard: the article
])
def test_a_middle_initial_a_after_another_stopped_initial(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The hospital's new £2.1m MRI scanner opens.", "The hospital's new two point one million pound M.R.I scanner"
     " opens."),
    ("Its planned £40m bypass was dropped.", "Its planned forty million pound bypass was dropped."),
    ("They objected to the council's proposed £12m pool.", "They objected to the council's proposed twelve million"
     " pound pool."),
    ("The record £3.5m transfer fee was paid.", "The record three point five million pound transfer fee was paid."),
    ("Their estimated $6bn budget grew.", "Their estimated six billion dollar budget grew."),
    ("That was the new £5m it spent.", "That was the new five million pounds it spent."),  # guard: no noun after
    ("The new £50 notes are out.", "The new fifty pound notes are out."),  # guard: read before
])
def test_an_amount_after_a_determiner_and_new_or_planned_describes_the_noun(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The 3T scanner is twice as sharp as the older 1.5T machine.", "The three tesla scanner is twice as sharp as the"
     " older one point five tesla machine."),
    ("Its 7T system is one of two research MRI scanners in Britain.", "Its seven tesla system is one of two research"
     " M.R.I scanners in Britain."),
    ("A 0.55T unit, a low-field scanner, is cheaper.", "A zero point five five tesla unit, a low-field scanner, is"
     " cheaper."),
    ("The magnet makes a 9.4T field.", "The magnet makes a nine point four tesla field."),
    ("Nvidia trained it on 15T tokens.", "Nvidia trained it on fifteen trillion tokens."),  # guard: trillions
])
def test_a_field_in_teslas_before_the_scanner_s_other_names(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The trains are Class 165 units.", "The trains are Class one six five units."),
    ("A Class 158 train broke down at Dovey Junction.", "A Class one five eight train broke down at Dovey Junction."),
    ("The Class 377 units will run to Brighton.", "The Class three seven seven units will run to Brighton."),
    ("The first Class 805 sets enter service in May.", "The first Class eight oh five sets enter service in May."),
    ("The Class 800 trains are bimodes.", "The Class eight hundred trains are bimodes."),  # guard: a round hundred
    ("Freight is hauled by Class 66 locomotives.", "Freight is hauled by Class sixty six locomotives."),  # guard
    ("There were 30 Class 3 pupils.", "There were thirty Class three pupils."),  # guard: a school's class
])
def test_a_train_s_class_of_three_digits_before_its_stock(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The dogs were kept in 3 rooms when the temp. outside was -4°C.", "The dogs were kept in three rooms when the"
     " temperature outside was minus four degrees Celsius."),
    ("The water temp. was 14C at the pier.", "The water temperature was fourteen degrees Celsius at the pier."),
    ("Her body temp. of 39.5°C worried the nurse.", "Her body temperature of thirty nine point five degrees Celsius"
     " worried the nurse."),
    ("Temp. rose to 31 degrees by noon.", "Temperature rose to thirty one degrees by noon."),
    # guards: what is temporary, and a king's time
    ("She took a temp. job at 21 for £9 an hour.", "She took a temp. job at twenty one for nine pounds an hour."),
    ("Keep it at 4°C until the temp. staff arrive.", "Keep it at four degrees Celsius until the temp. staff arrive."),
    ("The hall dates from temp. Henry VIII.", "The hall dates from the time of Henry the eighth."),
])
def test_temp_before_a_word_or_a_number_where_degrees_are_given(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize("token", ["E. A. A. A. ", "Mr E. A. ", "the new £2m ", "the new ", "1.5T machine ", "3T ",
                                   "Class 165 ", "Class 165 units ", "temp. 4°C ", "the temp. "])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of what it eats costs time in proportion to the text."""
    check_linear(token, small=300)

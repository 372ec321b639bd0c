"""Initialisms that open with two consonants, a river's 'R.', a bus route's number, records named by their speeds, a
vet in capitals and 'second' near a dotted time, in sentence context (tests/fixtures/speech/speech_left57b.tsv): the
classes the thirty-eighth and thirty-ninth articles, the fifty-sixth electronic set and the fifty-sixth prose sweep
left. Six classes, 51 rows of our own: four capitals with a vowel that open with two consonants no word opens with
('RNIB', 'HMIC', 'LNER'), against capitals said as a word ('JSON', 'QGIS', 'NASA', 'SCART'); a river's stopped 'R.'
after 'the' and a word of place ('along the R. Wharfe'), against an initial ('R. Hill', 'the R. Kelly trial'); a bus
route's three digits after 'the' ('the 442 bus'), against a count ('the 150 bus drivers', '120 buses'); records named
by their speeds with no records word ('78s and 45s', 'a box of 78s'), against seconds and ages; 'VET' in capitals after
'the' or an owner (a vet), against the training's initials ('a VET course', a zone after a clock); and 'second' as an
ordinal near a dotted time ('her second set starts at 9.15'), against seconds. Every reading was written before the
normaliser was run on them. Compared with the letters of an initialism kept apart (sweeps.letters_kept), for lenient
runs them together and cannot tell 'R.N.I.B' from 'RNIB'.

FIRST READING 21 of 51 (letters kept; 29 lenient, 20 relaxed): tuned 14 of 34, kept 7 of 17 (every third row, index %
3 == 2, kept aside). By class, tuned and kept: initialism 3/6 and 1/3, river 2/6 and 1/3, bus 2/6 and 2/3, records 2/6
and 2/3, vet 3/6 and 1/2, second 2/4 and 0/3. No row was re-written.

After the rules below, one a class, each written from the tuned part's misses with examples of its class of our own
and what only looks like it (below: 20 examples, 16 near misses): tuned 14 -> 33 of 34, kept 7 -> 15 of 17 (the
relaxed form, which folds 'V.E.T' to 'vet' but not the row's 'v e t', 26 and 12). The rules: four capitals that open
with two consonants of no pair a word opens with (facts.WORD_INITIAL_PAIRS, borrowed pairs and a consonant before 'H'
with them) are spelled, unless a 'J' or a 'Q' leads ('JSON', 'QGIS') or the capitals are a format said as a letter and
a word (facts.WORD_AFTER_A_LETTER: 'MPEG', 'BTEC', 'VLAN'); five letters or more are left as they were ('JSTOR',
'VSEPR'); a stopped 'R.' after 'the' and a word of place or passage (along, over, beside, cross, the banks of ...)
before a capitalised name is 'River'; three digits after 'the' before 'bus' or 'tram' are said as a route (the house
number's form, 'four forty two'), unless a plural the count numbers follows ('drivers', 'routes', 'passengers'); 33,
45 and 78 glued to an 's' are records where two speeds are joined ('78s and 45s') or one is boxed or owned ('a box of
78s', "Mum's 45s"), with no records word near; 'VET' after 'the' or an owner is 'vet' unless what the training gives
follows; 'second' after 'the' or an owner is an ordinal, no measure of time, near a dotted time.

The kept third's two misses, read once the rules were written, are one class the rules do not read: an event's noun
before 'at' and a dotted time with no word of the clock in the sentence ('The second race at 2.30 is the feature', 'The
second show at 8.30 is sold out'; 'The first race at 3.15' is read as a decimal too), where 'second' is not what blocks
the time. Left (below, _KNOWN). The same rules read eight rows earlier sets had left, read after they had been read:
the conker championship's "for the RNIB" (articles 38), the scarecrow trail's "over the R. Roeburn" and the well
dressing's "the 442 bus" (articles 39; its expectation's "four four two" brought to the house's route form, "four
forty two": one row re-written), "We met the VET at the farm." (electronic set 56), the inflation figures' "CPIH"
(articles 22), "the NROL-69 satellite" and "The NROL-87 satellite launched." (articles 24 and 27) and the whale
stranding's "CSIP" (articles 31). A references test's "See PMID 18583455" now spells "P.M.I.D", as PubMed's
identifier is said; its expectation was brought to it (test_speech_classes.py).
Read after it had been read (by a later sweep's rules, tests/test_speech_left58.py): 'The second race at 2.30 is the
feature.', a dotted time after an event's noun and 'at'."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, letters_kept, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {
    "A second bus departs at 10.20.": "'a second' is as often one second as an ordinal ('a second later at 3.45'), "
                                      "and blocks the time: narrator/speech/normalise/dotted.py NOT_CLOCK_TALK",
    "The second show at 8.30 is sold out.": "an event's noun before 'at' and a dotted time, with no word of the clock "
                                            "in the sentence, is read as a decimal: another class (dotted.py)",
}

SWEEP = Sweep("speech_left57b.tsv", _KNOWN, form=letters_kept, least=51, styles=6, only=True, each=7, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # four capitals opening with two consonants no word opens with (capitals._may_begin_a_word)
    ("en", 'Staff at the RNID answered calls.', 'Staff at the R.N.I.D answered calls.'),
    ("en", 'The HMIP report was damning.', 'The H.M.I.P report was damning.'),
    ("en", 'The LNER service was late.', 'The L.N.E.R service was late.'),
    ("en", 'He served on HMAS Sydney.', 'He served on H.M.A.S Sydney.'),
    ("en", "The RNIB's shop has moved.", "The R.N.I.B.'s shop has moved."),
    # a river's "R." after a word of place (capitals._RIVER_R)
    ("en", 'They fished along the R. Ribble.', 'They fished along the River Ribble.'),
    ("en", 'A bridge over the R. Severn fell.', 'A bridge over the River Severn fell.'),
    ("en", 'The bank of the R. Avon flooded.', 'The bank of the River Avon flooded.'),
    ("en", 'The path follows the R. Dove north.', 'The path follows the River Dove north.'),
    # a bus route's three digits (places._BUS_ROUTE)
    ("en", 'Take the 205 bus into town.', 'Take the two o five bus into town.'),
    ("en", 'The 119 tram is late.', 'The one nineteen tram is late.'),
    ("en", 'We caught the 414 night bus.', 'We caught the four fourteen night bus.'),
    # records' speeds joined, boxed or owned (inferredunits._record_speed)
    ("en", 'A stack of 78s sat by the door.', 'A stack of seventy eights sat by the door.'),
    ("en", 'He sold 45s or 78s at the market.', 'He sold forty fives or seventy eights at the market.'),
    ("en", "Mum's 45s are in the loft.", "Mum's forty fives are in the loft."),
    # a vet in capitals after "the" or an owner (capitals._VET_OWNER_BEFORE)
    ("en", 'The VET checked the horse.', 'The vet checked the horse.'),
    ("en", 'My VET was on holiday.', 'My vet was on holiday.'),
    ("en", 'Ask your local VET first.', 'Ask your local vet first.'),
    # "second" an ordinal near a dotted time (dotted.NOT_CLOCK_TALK)
    ("en", 'The second heat starts at 2.15.', 'The second heat starts at two fifteen.'),
    ("en", 'Their second service begins at 10.30.', 'Their second service begins at ten thirty.'),
]
_LEFT = [
    ("en", 'Parse the JSON first.', 'Parse the JSON first.'),
    ("en", 'Open it in QGIS.', 'Open it in QGIS.'),
    ("en", 'CNET rated it highly.', 'CNET rated it highly.'),
    ("en", 'The MPEG file failed.', 'The MPEG file failed.'),
    ("en", 'It ran a BTEC course.', 'It ran a BTEC course.'),
    ("en", 'The STEM club meets today.', 'The stem club meets today.'),
    ("en", 'R. Jones won the vote.', 'R Jones won the vote.'),
    ("en", 'The R. Kelly case ended.', 'The R Kelly case ended.'),
    ("en", 'The 250 bus drivers walked out.', 'The two hundred fifty bus drivers walked out.'),
    ("en", 'The 160 buses were new.', 'The one hundred sixty buses were new.'),
    ("en", 'Rest 78s between sets.', 'Rest seventy eight seconds between sets.'),
    ("en", 'He won the 100m in 45s.', 'He won the one hundred meters in forty five seconds.'),
    ("en", 'The VET sector is growing.', 'The V.E.T sector is growing.'),
    ("en", 'VET funding was cut again.', 'V.E.T funding was cut again.'),
    ("en", 'It took 9.58 seconds.', 'It took nine point five eight seconds.'),
    ("en", 'A second later at 3.45 the alarm rang.', 'A second later at three point four five the alarm rang.'),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "along the R. Wharfe ", "the R. R. ", "the 442 bus ", "78s and 45s ", "box of 78s ", "the VET ", "RNIB ",
    "the second race at 2.30 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

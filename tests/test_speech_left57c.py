"""Light years written 'ly' before a word of distance, a screen's size before a second describing size, a span of
rupees before a shortened crore or lakh, a telephone's other last group after a slash, and capitals that open with two
consonants no word opens with, in sentence context (tests/fixtures/speech/speech_left57c.tsv): classes the
forty-fourth prose sweep and the forty-seventh and forty-eighth unit sets left ('700 ly away', 'a 27in 4K IPS panel',
'Rs 10–12 cr', '01632 960 785 / 786', 'LNER's Class 800 Azumas'). Five classes, 42 rows of our own, each with near
misses that must stay as they are ('300 yd away', 'Grade 3 ly', 'The screen is 27in. 4K is', 'It grew 5in 2 years
ago', 'Rs 10–12 a cup', 'Rs 5–10 to enter', a second whole number after the slash, 'NASA's rover', 'The PLAN's
flaws'), every reading written before the normaliser was run on them; the telephone's eight rows were written after
the first three classes' rules, before any rule of their own. Compared with an initialism's letters kept apart
(tests/sweeps.py letters_kept): the lenient form runs 'L.N.E.R' into 'lner', the word the voice said.

FIRST READING 10 of 42 (13 lenient): tuned 6 of 28, kept 4 of 14 (every third row, index % 3 == 2, kept aside and
scored as a number only). By class, tuned and kept: light years 1/5 and 1/3, a screen's two sizes 1/6 and 1/3, a rupee
span before crore 1/6 and 1/3, the telephone's other group 1/5 and 1/3 (each the near misses, read right at once),
initials opening as no word does 2/6 and 0/2 (its near misses). No row was re-written.

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 13 further examples and 5 near misses): tuned 6 -> 23 of 28, kept 4 -> 12 of
14, with the rules written before the kept third's misses were read; of the four classes given a rule, tuned 4 -> 21
of 22 and kept 4 -> 12 of 12. The kept rows are of the same classes as the tuned ones, so the kept third moving with
them says the rules read their class beyond the rows they were written from, not that an unseen class was read. The
rules: a spaced 'ly' after a number before 'away', 'from', 'across', 'wide', 'distant' and the like is light years
(ambiguousunits._DISTANCE_NEXT; 'distant' after a measure is no noun it describes); a size's noun is looked for past a
second size and a panel's initialism ('4K IPS panel') or is the set itself ('4K TV'); the rupee's shortened scale is
read after a span of amounts as after one ('Rs 10–12 cr', '₹2–3 L'); and a national number led by a zero takes the
groups after its slash, none longer than its last, as other last groups, said digit by digit after "or"
(telephones._ZERO_LED). 'Rs 10–12 cr' (unit_tokens47), '01632 960 785 / 786' (unit_tokens48), 'a 27in 4K IPS panel'
and '700 ly away' (prose_sweep44) and 'a 6.7" 120Hz LTPO screen' (prose_sweep2) were read after they had been read.
Left: 'The 65in 8K QLED set costs more', where 'set' after a size is the verb as often as the noun.

Left too: the initials (below). A rule was written, spelling four capitals whose first two letters open no word, and
taken out: espeak-ng, Piper's phonemiser, says such capitals as a letter and a word ('LNER' "el-ner", 'FDIC'
"ef-dick"), which is wrong there but right for 'CNET', 'QGIS', 'HVAC', 'XBOX', 'MPEG', 'GMAT' ("see-net",
"cue-jis"), and no letter shape tells the two apart: on the reading benchmark it spelled 'QGIS' and 'CNET' twenty-one
times against six readings it mended ('CNIL', 'HMAS', 'PMID').

The six initials rows (four tuned, two kept) were then read after they had been read, by a rule written the same round
on another set of our own that never saw these rows (capitals.py: four capitals whose first two consonants open no
word, with a table of the pairs words open with, borrowed ones and any consonant before 'H' among them, and with
capitals led by 'J' or 'Q' and formats said as a letter and a word, 'MPEG', left as words): 'LNER', 'FDIC', 'NBER',
'NDIS' spelled, 'CNET' and 'QGIS' still said as words."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, letters_kept, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {
    "The 65in 8K QLED set costs more.": ("'set' after a size is the verb as often as the noun ('the 65in set a"
                                         " record'): the size is said in the plural"),
}

SWEEP = Sweep("speech_left57c.tsv", _KNOWN, form=letters_kept, tagged=True, least=34, styles=5, only=True, each=8,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # light years before a word of distance (ambiguousunits._DISTANCE_NEXT)
    ("en", "The pair are 40 ly apart.", "The pair are forty light years apart."),
    ("en", "The disc is 1,000 ly in diameter.", "The disc is one thousand light years in diameter."),
    ("en", "It lies 12,000 ly off the plane.", "It lies twelve thousand light years off the plane."),
    # a screen's size before a second size and a panel's initialism (amounts._NOUN_AFTER, amounts._SIZE_THEN_WORD)
    ("en", "I want a 75in 4K TV.", "I want a seventy five inch four K T.V."),
    ("en", "Her 14in 3K OLED screen is bright.", "Her fourteen inch three K OLED screen is bright."),
    ("en", "It has a 6.1in 120Hz OLED display.",
     "It has a six point one inch one hundred and twenty hertz OLED display."),
    # a span of rupees before a shortened crore or lakh (money._INDIAN_SCALE)
    ("en", "Flats cost Rs 1–1.5 cr here.", "Flats cost one to one point five crore rupees here."),
    ("en", "Salaries of ₹12–15 L are common.", "Salaries of twelve to fifteen lakh rupees are common."),
    ("en", "It raised Rs 200 to 250 cr.", "It raised two hundred to two hundred fifty crore rupees."),
    ("en", "It costs ₹10–₹12 cr this year.", "It costs ten to twelve crore rupees this year."),
    # a telephone's other last group after a slash (telephones._ZERO_LED)
    ("en", "Ring 0114 496 0200 / 0201 / 0202.", "Ring zero one one four, four nine six, zero two zero zero, or zero two"
     " zero one, or zero two zero two."),
    ("en", "Call 01632 960111/2 today.", "Call zero one six three two, nine six zero one one one, or two today."),
    ("en", "Tel 020 7946 0018/19", "Tel zero two zero, seven nine four six, zero zero one eight, or one nine"),
]
_LEFT = [
    ("en", "Grade 4 ly in the list.", "Grade four ly in the list."),
    ("en", "The TV is 55in 4K.", "The T.V is fifty five inches four K."),
    ("en", "Entry is Rs 50–100 per head.", "Entry is fifty rupees to one hundred rupees per head."),
    ("en", "He paid Rs 10 and 12 cr later.", "He paid ten rupees and twelve cr later."),
    ("en", "Call 01632 960 785 / 2024 today.",
     "Call zero one six three two, nine six zero, seven eight five / twenty twenty four today."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "4 ly ", "a 5in 4K ", "a 5in 4K IPS ", "Rs 1–1 ", "Rs 1 to Rs 1 ", "01632 960 785 / 1", "0113 496 0321/1/",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

"""A forty-ninth author's short items in all twelve unit categories, out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens49.tsv), about twenty of each, drawn from the specialist writing the earlier sets drew
on least: veterinary notes ("0.5 ml/kg SC", "BW 32.4 kg"), archaeology and radiocarbon dates ("Context 1024", "Phase
IIIb", "3,450 ± 40 BP"), bird ringing and ecology counts, mining assays ("Au 4.2 g/t"), maritime and aviation ("MMSI
235012345", "FL 350", "T+2:31"), legal citations ("s. 47(1)(a)", "[2021] EWCA Civ 87"), library and archive
shelfmarks ("MS Bodley 764", "ff. 12r–14v"), music scores ("♩ = 120", "in 3/4"), chess, electronics ("4.7kΩ",
"3V3"), networking ("172.16.0.1", "ports 8000–8080") and telephones as the footers of countries no earlier set had
write them (Wallis, the Falklands, St Helena, Niue, Kosovo, Guadeloupe...). 332 were written; 92 repeated the first
forty-eight sets (case ignored) and were dropped before any run, 240 in all.

FIRST READING, as the rows were first written: 220 of 240 as this file compares, 202 (84.2%) relaxed and 223 (92.9%)
lenient (the benchmark's relaxed_form and lenient_form). By category, relaxed/lenient: cardinal 18/18, date 19/21,
decimal 17/22, electronic 14/16, fraction 16/16, measure 17/19, money 16/21, ordinal 20/20, range 16/17, roman 13/13,
telephone 21/21, time 15/19 (of 20, 21, 22, 21, 17, 20, 21, 20, 19, 16, 23, 20). Every third row (index % 3 == 2, 80
rows) was kept aside: 70 of them as this file compares (62 relaxed, 72 lenient), 150 of the other 160 (140 relaxed,
151 lenient).

Twenty-two rows were re-written in the house's forms, none for a reading a listener would hear as wrong: the letter A
said "Eh" ("Stage IIIA", "s. 47(1)(a)", "NOTAM A1234/26"), "o" beside "oh" for a zero, a French number's pairs said as
pairs ("Tél. 05 08 41 12 34"), a rule's number after its point as a number ("r. 31.22", "thirty one point twenty two",
as lawyers say it), a MAC address's groups without "colon", an address's parts digit by digit ("10.20.0.0/16") and a
price's cents named ("€1.25/L"). The relaxed-only misses are all the house's forms against the rows' spelling: an
initialism's letters run together ("GMT", "BTO", "Au"), "and" after a hundred.

The misreads of the tuned two thirds, by class: a tempo mark's note sign dropped as an emoji ('♩ = 120': "= one
hundred twenty"); a small country's code in brackets before a number of five or six digits counted ('Tel (+681) 72 12
34': "(plus six hundred eighty one) seventy two twelve ..."); a span of network ports, its dash unsaid and its other
end counted ('ports 8000–8080': "ports eight zero zero zero eight thousand eighty"). After the three rules below
(written from the tuned part's misses before the kept third's misses were read; 25 examples of the three classes, 11
of them near-misses that must not change): tuned 157 -> 160 of 160 as this file compares (147 -> 150 relaxed, 157 ->
160 lenient), kept 74 -> 74 of 80 (66 relaxed, 74 lenient): the kept misses are of classes the tuned part did not
show (below). 234 of 240 as this file compares, 216 (90.0%) relaxed and 234 (97.5%) lenient; by category,
relaxed/lenient: cardinal 20/20, date 20/21, decimal 17/22, electronic 17/19, fraction 16/16, measure 18/20, money
17/21, ordinal 20/20, range 17/18, roman 15/15, telephone 23/23, time 16/19. No reading of the benchmark's text
changed. Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together.
Read after it had been read (by a later sweep's rules, tests/test_speech_left58.py): '10.30 hrs', a dotted 24-hour
time before 'hrs'; '192.0.2.1:8080', a port of four digits after an IP address said digit by digit; '2¼ in gauge', a
fraction's inch before a gauge; and 'Stratum IIc', a Roman numeral glued to a division's small letter."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, is the house's reading in a
# form the row did not write, or is of a class no rule reads yet.
_KNOWN: dict[str, str] = {
    "ff. 12r–14v": "a span of folios, each a number glued to its side's letter: the dash is not said 'to'",
    "ring no. GR12345": "a code's label that the list of labels lacks ('ring no.'): 'no.' is said as the word",
}

SWEEP = Sweep("unit_tokens49.tsv", _KNOWN, form=lenient, least=240, styles=12, only=True, each=16,
              earlier=first("unit_tokens", 48), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a span of network ports: each end digit by digit, the dash said "to" (telephones._PORT)
    ("ports 8000–8080", "ports eight zero zero zero to eight zero eight zero"),
    ("Ports 49152-65535", "Ports four nine one five two to six five five three five"),
    ("port 5000 to 5010", "port five zero zero zero to five zero one zero"),
    ("Open ports 6881 – 6889 first.", "Open ports six eight eight one to six eight eight nine first."),
    ("ports 8080 and 8443", "ports eight zero eight zero and eight four four three"),  # as before
    ("ports 80–443", "ports eighty to four hundred forty three"),  # guard: ports of three digits or fewer, as before
    ("sports 2000–2010", "sports two thousand to twenty ten"),  # guard: no port, as before
    # a small country's code of three digits in brackets before five digits or six (telephones._BRACKETED_COUNTRY,
    # numbers._AFTER_AREA_CODE)
    ("Tel (+681) 72 12 34", "Tel plus six eight one, seven two, one two, three four"),
    ("(+500) 21234", "plus five zero zero, two one two three four"),
    ("Tel: (+290) 22 345", "Tel: plus two nine zero, two two, three four five"),
    ("Fax (+688) 20 123", "Fax plus six eight eight, two zero, one two three"),
    ("Tel (+376) 812 345", "Tel plus three seven six, eight one two, three four five"),
    ("Tel. (+34) 93 301 77 75",  # as before
     "Telephone plus three four, nine three, three zero one, seven seven, seven five"),
    ("(+3) 12 14", "(plus three) twelve fourteen"),  # guard: a score's, as before
    ("won (+12) 34 56", "won (plus twelve) thirty four fifty six"),  # guard: as before
    ("up (+120) 2024", "up (plus one hundred twenty) twenty twenty four"),  # guard: a year after a change
    ("(+683) 4012", "(plus six hundred eighty three) four thousand twelve"),  # guard: four digits alone, as before
    ("profit (+120) 12 345 tonnes",  # guard: no country's code leads with a one: thousands, as before
     "profit (plus one hundred twenty) twelve thousand three hundred forty five tonnes"),
    # a score's tempo mark: the note's sign named before the beats a minute (signs.tempo_marks)
    ("♩ = 120", "quarter note equals one hundred twenty"),
    ("♩=96", "quarter note equals ninety six"),
    ("♪ = 180", "eighth note equals one hundred eighty"),
    ("♩. = c. 66", "dotted quarter note equals circa sixty six"),
    ("Tempo: ♩ = ca. 80", "Tempo: quarter note equals circa eighty"),
    ("♪ Happy birthday ♪", "Happy birthday"),  # guard: a lyric's notes, dropped as before
    ("♩ = call", "= call"),  # guard: no number, as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("ports 8000–", "8080"),
    ("ports 8000 ", "- 8080"),
    ("(+681) 72 ", "12 34"),
    ("(+290) 22 ", "345"),
    ("♩. = ", "c. 66"),
    ("♩", "= 120"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))

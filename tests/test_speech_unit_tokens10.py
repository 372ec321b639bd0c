"""A tenth author's short items in the twelve unit categories, out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens10.tsv: auction catalogues, aviation, marine, electrical specs, pharmacy compounding,
knitting patterns, photography, audio, computing, old British and US measures, crypto prices and stock tables, the
kinds of text the first nine sets drew on least): a tenth estimate of the unit score on text nobody here tuned for.
First reading 235 of 274 (85.8%) relaxed and 252 (92.0%) lenient; the relaxed misses past the lenient ones are a
number's "and" and the house's "o" for a nought. After h113's rules (amp hours and wraps per inch, fractions of an inch
before a clause's end, a troy weight's pennyweights, a span with its unit spaced at both ends, IPv6 addresses, a
server's port, Windows paths): 255 (93.1%) relaxed, 266 (97.1%) lenient. After h126's (a card's expiry, numerals
after 'Lot' and 'Plate', carats after a decimal, a heading, a span of flight levels; 'Class IIa' given the house's
'Eh'): 262 (95.6%) relaxed, 273 (99.6%) lenient.
Compared as the ninth set compares: case and punctuation ignored, a number's "and" folded and an initialism's letters
run together. The round's other unit classes (a count of containers of a size, a spaced ratio after a name, pence after
pounds, a ratio after a verb of mixing, an initialism in an address) follow, with their near misses."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN = {
    "5 gr": "units: 'gr' after a number is grains to a pharmacist or a gunsmith ('5 gr', '55 gr') and grams to a cook"
            " writing in another language's habit ('500 gr flour'); the sizes overlap ('a 150 gr bullet', '150 gr"
            " butter'), so no number decides it: left as written, the field decides (h126 looked again)",
}


SWEEP = Sweep("unit_tokens10.tsv", _KNOWN, form=lenient, least=250, styles=12, only=True, each=15,
              earlier=first("unit_tokens", 9), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    ("A 2.2 Ah cell.", "A two point two amp hour cell."),  # a battery's charge
    ("It holds 100 Ah", "It holds one hundred amp hours"),
    ("Aim for 8 wpi.", "Aim for eight wraps per inch."),  # a yarn's weight as a knitter measures it
    ("Ah, I see", "Ah, I see"),  # guard: the word, no number before it
    ("Ah 2", "Ah two"),  # guard: after a number only
])
def test_amp_hours_and_wraps_per_inch(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Drill 5/16 in, shank 1/4 in", "Drill five sixteenths inch, shank one quarter inch"),  # a drill's table
    ("13/16 in", "thirteen sixteenths inch"),
    ("⅝ in", "five eighths inch"),
    ("a bolt (1 1/4 in)", "a bolt (one and a quarter inches)"),  # a mixed number is inches
    ("3/8 in.", "three eighths inch."),  # with its stop, as before
    ("Fold 3/4 in the flour", "Fold three quarters in the flour"),  # guard: the preposition takes its noun
    ("Kids 3 in", "Kids three in"),  # guard: a whole number before 'in' is no fraction of an inch
    ("2/3 in", "two thirds in"),  # guard: no rule marks thirds of an inch
])
def test_a_fraction_of_an_inch_before_a_clause_s_end(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Silver, 12 oz 4 dwt.", "Silver, twelve ounces four pennyweight."),  # an auction's troy weight
    ("12 oz 4 dwt", "twelve ounces four pennyweight"),
    ("a 300,000 dwt tanker", "a three hundred thousand deadweight tanker"),  # guard: a ship's deadweight
])
def test_a_troy_weight_s_pennyweights(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("20 Hz–20 kHz", "twenty hertz to twenty kilohertz"),  # a span with its unit spaced at both ends
    ("5 kg-10 kg", "five kilograms to ten kilograms"),
    ("128GB-1TB", "one hundred and twenty eight gigabytes to one terabyte"),  # glued, as before
    ("5 kg-10 km", "five kilograms-ten kilometers"),  # guard: two quantities are no span
])
def test_a_span_with_its_unit_spaced_at_both_ends(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("fe80::1", "F E eight zero colon colon one"),  # an IPv6 address: each character of each group
    ("Ping 2001:db8::1 now.", "Ping two zero zero one colon D B eight colon colon one now."),
    ("::1", "colon colon one"),
    ("std::vector", "std::vector"),  # guard: code's scope, no digit
    ("at 12:30:45", "at twelve thirty and forty five seconds"),  # guard: a clock's
    ("example.com:8443", "example dot com colon eight four four three"),  # a server's port after its name
    ("Visit example.com: it works", "Visit example dot com: it works"),  # guard: a colon ends the clause
    ("C:\\Photos", "C colon backslash Photos"),  # a Windows path
    ("D:\\Backups\\2024", "D colon backslash Backups backslash two zero two four"),
    ("Save to C:\\ now", "Save to C colon backslash now"),
    # A port of two digits after an address's last label is no footnote's number (it was dropped), and is read digit
    # by digit as the four-digit one is; a flattened note after a word's colon is still dropped ("burnout:24").
    ("example.com:80", "example dot com colon eight zero"),
    ("Visit example.com:80 now.", "Visit example dot com colon eight zero now."),
    ("pager burnout:24", "pager burnout:"),
])
def test_addresses_of_machines(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # the lead's decision: a count of containers of a size is said as a cook says it ("two times" it was)
    ("en-gb", "Use 2 x 400g tins of chickpeas.", "Use two four hundred gram tins of chickpeas."),
    ("en-gb", "You need 2 x 50g balls of yarn.", "You need two fifty gram balls of yarn."),
    ("en-gb", "Order 10 x 5kg sacks of compost.", "Order ten five kilogram sacks of compost."),
    ("en-gb", "Add 1 x 400g tin of tomatoes.", "Add one four hundred gram tin of tomatoes."),  # as before
    ("en", "Take 2 x 500 mg tablets.", "Take two times five hundred milligram tablets."),  # guard: no container
    ("en", "2.5 x 400g tins", "two point five times four hundred gram tins"),  # guard: no count
    ("en", "3 x 5 reps", "three by five reps"),  # guard: a set's reps, as the house says them
    ("en", "2 x 8 sets", "two by eight sets"),
    ("en-gb", "Finish with 10 x 400m repeats.", "Finish with ten by four hundred metre repeats."),  # guard: a length
    ("en", "Baggage allowance is 2 x 23kg in economy.", "Baggage allowance is two times twenty three kilograms in"
                                                         " economy."),  # guard: no container named
])
def test_a_count_of_containers_of_a_size(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    ("en", "Torque 1,000 : 40 SC", "Torque one thousand to forty S.C"),  # a ratio after a name: no chapter has
    ("en", "Torque 1,000:40", "Torque one thousand to forty"),          # thousands
    ("en", "John 3:16", "John three sixteen"),  # guard: a chapter and verse
    ("en", "Psalm 119:105", "Psalm one hundred nineteen one hundred five"),
    # '/lbw' in an address is spelled, as the word is in prose: a path's letters that are no word
    ("en", "https://example.com/lbw", "HTTPS colon slash slash example dot com slash L.B.W"),
    ("en", "www.example.org/pub/lbw", "WWW dot example dot org slash pub slash L.B.W"),  # guard: 'pub' a word
    # a ratio in brackets after a verb of mixing
    ("en", "Mix (2/1) well", "Mix (two to one) well"),
    ("en", "Blend (3/1) and stir", "Blend (three to one) and stir"),
    pytest.param("en", "Mix 2/1 well", "Mix two to one well", marks=pytest.mark.xfail(
        strict=True, reason="en.py (h116's rules, the slash's fractions): a ratio without its brackets after a verb"
                            " of mixing is 'two over one'")),
    pytest.param("en", "Combine sand and cement (4/1).", "Combine sand and cement (four to one).",
                 marks=pytest.mark.xfail(strict=True, reason="en.py (h116's rules, the slash's fractions): a ratio"
                                                             " in brackets at the clause's end is 'four over one'")),
    # pence after pounds are named, as NeMo's money rows and the house say them ('£2.01', 'two pounds one penny');
    # before a noun they are not ('a £2.50 booking fee')
    ("en-gb", "A £10 bet on him would return £312.50.",
     "A ten pound bet on him would return three hundred and twelve pounds fifty pence."),
    ("en-gb", "a £2.50 booking fee", "a two pound fifty booking fee"),
])
def test_last_round_s_left_unit_forms(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken

"""A forty-second author's sweep (issue #10): fifteen kinds of news and features the sweeps had drawn on least (court
sentencing, inquests, local election counts, budget and tax explainers, cost of living, the energy price cap, mortgage
rates, hospital waiting lists, ambulance response, school league tables, weather warnings, motoring, phone and gadget
launches, food allergens and recalls, pets and vets), written with their readings before narrator read any of them
(tests/fixtures/speech/prose_sweep42.tsv, each read in its style column's language tag). First reading 199 of 210
(94.8%). Of the 11 misses, 5 were the house's own form of what the row says, added as alternatives (a letter A said
'Eh': 'the A38', '1a', 'A18', 'A-level'; 'on a hundred and fifty' for 'on a 150kW', where 'a one hundred' was
written), and two more rows gained such a form beside a miss of their own ('5123A', 'a 120Hz'); 6 misread, read by the
rules below, one class each: a scale's letter before a describing word joined by a hyphen ('1.6m fixed-rate deals',
'one point six metre' it was); a hyphen between a number and 'in' before what it sizes ('a 6.1-in OLED display',
'six point one in'); a tally of parties ('Con 23, Lab 19, LD 8, Green 3, Ind 2', its 'Ind' said 'first', as a Roman
numeral with an ordinal's ending: the ending must be the numeral's); a recall's codes after their label ('batch code
5123A', 'lot codes 2417B through 2423B', counted as thousands); and two sizes paired by 'and' before a container ('the
150g and 300g packs', 'one hundred and fifty grams and three hundred gram'). Every third row (index % 3 == 2, 70 rows)
was kept aside: 70 at the first reading and after the rules; the other 140: 129, 134 with the house's forms, 140
after the rules. The kept third did not move, as it had no miss to move: none of its rows was of the tuned part's
classes. Compared as the benchmark's relaxed score compares (case and punctuation aside), with the sweeps' folding."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("prose_sweep42.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=210, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a scale's letter against the number, then a describing word joined by a hyphen and the plural noun it describes:
    # a million or a thousand counted, as before a plain word (scales.py)
    ("en-gb", "Around 2.5m self-employed workers lost out.",
     "Around two point five million self-employed workers lost out."),
    ("en-gb", "Some 1.2m low-income households will get the payment.",
     "Some one point two million low-income households will get the payment."),
    ("en-gb", "There are 4.1m full-time students.",
     "There are four point one million full-time students."),
    ("en-gb", "Nearly 900k fixed-rate mortgages end in 2026.",
     "Nearly nine hundred thousand fixed-rate mortgages end in twenty twenty six."),
    ("en-us", "About 3.5M first-time voters registered.",
     "About three point five million first-time voters registered."),
    # a number word joined by a hyphen to a word that is none, after a scale word: a describing compound, no part of the
    # number before it, so no British 'and' before it (regional.py)
    ("en-gb", "About 800k first-time buyers entered the market.",
     "About eight hundred thousand first-time buyers entered the market."),
    ("en-gb", "Some 500k one-off payments were made.",
     "Some five hundred thousand one-off payments were made."),
    ("en-gb", "About 1.2m second-hand cars were sold.",
     "About one point two million second-hand cars were sold."),
    # a hyphen between a number and 'in' before the thing it sizes: a news page's inch, one inch each (imperial.py)
    ("en-gb", "The phone has a 6.7-in OLED screen.",
     "The phone has a six point seven inch OLED screen."),
    ("en-gb", "Samsung cut the price of its 65-in TV.",
     "Samsung cut the price of its sixty five inch T.V."),
    ("en-gb", "The 13-in MacBook Air starts at £999.",
     "The thirteen inch MacBook Air starts at nine hundred and ninety nine pounds."),
    ("en-us", "A 12.9-in iPad Pro costs more.",
     "A twelve point nine inch iPad Pro costs more."),
    ("en-gb", "The new 27-in monitors ship in May.",
     "The new twenty seven inch monitors ship in May."),
    # an ordinal's ending that is not the Roman numeral's ('Ind', 1 with 2's ending): a word, no numeral (romans.py)
    ("en-gb", "Ind candidates won 4 seats.",
     "Ind candidates won four seats."),
    ("en-gb", "The Ind 2 and Con 3 ward results.",
     "The Ind two and Con three ward results."),
    # a tally of two parties or more, each short name before its count and a comma, a semicolon, 'and' or the end:
    # the parties said in full (notices.py)
    ("en-gb", "Final result: Lab 31, Con 12, LD 5.",
     "Final result: Labour thirty one, Conservative twelve, Liberal Democrat five."),
    ("en-gb", "The new council: Con 28, Ind 6, Lab 4.",
     "The new council: Conservative twenty eight, Independent six, Labour four."),
    ("en-gb", "After the count it was LD 19, Con 17 and Lab 2.",
     "After the count it was Liberal Democrat nineteen, Conservative seventeen and Labour two."),
    ("en-gb", "Seats: Lab 40; Con 9; Ind 1.",
     "Seats: Labour forty; Conservative nine; Independent one."),
    ("en-gb", "Poll: Lab 30, Ref 28, Con 18, Grn 10.",
     "Poll: Labour thirty, Reform twenty eight, Conservative eighteen, Green ten."),
    ("en-gb", "It stands at Con 30, LD 21.",
     "It stands at Conservative thirty, Liberal Democrat twenty one."),
    # a recall's or a maker's code of three digits or more, a letter or two maybe, after the word that labels it, and
    # the codes listed after it: a digit at a time (notices.py)
    ("en-gb", "Batch code 7741B is affected.",
     "Batch code seven seven four one B is affected."),
    ("en-gb", "Check the lot number 30418 on the lid.",
     "Check the lot number three zero four one eight on the lid."),
    ("en-us", "Serial numbers 88213 to 88240 are being replaced.",
     "Serial numbers eight eight two one three to eight eight two four zero are being replaced."),
    ("en-gb", "The product code is 50213.",
     "The product code is five zero two one three."),
    ("en-gb", "Lot codes 1123C, 1124C and 1125C are affected.",
     "Lot codes one one two three C, one one two four C and one one two five C are affected."),
    # a size paired with another by 'and' or 'or' before the container or the things both size: said as the second is,
    # one unit each (units.py)
    ("en-gb", "Buy the 2kg or 4kg tubs.",
     "Buy the two kilogram or four kilogram tubs."),
    ("en-gb", "Fit the 40mm and 50mm pipes first.",
     "Fit the forty millimetre and fifty millimetre pipes first."),
    ("en-gb", "The 5kg and 10kg bags sold out.",
     "The five kilogram and ten kilogram bags sold out."),
    ("en-gb", "Use 250ml or 500ml bottles.",
     "Use two hundred and fifty millilitre or five hundred millilitre bottles."),
    ("en-us", "The 16oz and 32oz jars are on sale.",
     "The sixteen ounce and thirty two ounce jars are on sale."),
]
_LEFT = [
    # a compound led by a size's word, a length's talk, a race's round hundred of meters
    ("en-gb", "A 2.5m high-voltage cable runs under the road.",
     "A two point five metre high-voltage cable runs under the road."),
    ("en-gb", "The 2m wide-angle lenses.",
     "The two metre wide-angle lenses."),
    ("en-gb", "Bolt set the 100m world-record times.",
     "Bolt set the one hundred metre world-record times."),
    # a number's own last part after its scale word
    ("en-gb", "It cost £2,021.",
     "It cost two thousand and twenty one pounds."),
    ("en-gb", "The 1,021st visitor won.",
     "The one thousand and twenty first visitor won."),
    # 'in' joined on both sides, or before a word of grammar
    ("en-gb", "A 2-in-1 laptop.",
     "A two in one laptop."),
    ("en-gb", "The 5-in-1 charger.",
     "The five in one charger."),
    ("en-gb", "He was 3-in and then out.",
     "He was three in and then out."),
    # Roman ordinals whose ending is the numeral's
    ("en-gb", "the XXIst century",
     "the twenty first century"),
    ("en-gb", "IInd Corps",
     "second Corps"),
    ("en-gb", "the XIIth Night",
     "the twelfth Night"),
    # one party's short name, or one repeated: a room
    ("en-gb", "Lab 3 is on the second floor.",
     "Lab three is on the second floor."),
    ("en-gb", "Go to Lab 3, Lab 4 or Lab 5.",
     "Go to Lab three, Lab four or Lab five."),
    # an auction's lot, a short batch number, a number with a thousands comma
    ("en-gb", "Lot 24 sold for £500.",
     "Lot twenty four sold for five hundred pounds."),
    ("en-gb", "Batch number 3 was fine.",
     "Batch number three was fine."),
    ("en-gb", "The product number is 2,450.",
     "The product number is two thousand four hundred and fifty."),
    # sizes paired after 'between', and rates
    ("en-gb", "Dogs between 10kg and 25kg need more food.",
     "Dogs between ten kilograms and twenty five kilograms need more food."),
    ("en-gb", "Winds of 50mph and 60mph gusts.",
     "Winds of fifty miles per hour and sixty mile per hour gusts."),
]


globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["1.6m fixed-rate deals ", "2m a-b ", "800k first-", "6.1-in OLED ", "6-in ",
                                   "Con 23, ", "Lab 1; Con 2, ", "batch code 1234A, ", "lot codes 1234 to ",
                                   "5kg and 10kg ", "the 5kg or ", "IInd Ind "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)

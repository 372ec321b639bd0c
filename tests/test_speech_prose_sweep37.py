"""A thirty-seventh author's sweep (issue #10): kinds of text the sweeps had drawn on least (obituaries, recipes, car
reviews, phone and laptop reviews, stock market reports, tech earnings, football match reports, cricket, golf,
athletics and tennis results, court reports with citations, science press releases, air travel, weather forecasts,
charity appeals, video games, crime and police reports, job adverts and pay), written with their readings before
narrator read any of them (tests/fixtures/speech/prose_sweep37.tsv, each read in its style column's language tag).
First reading 204 of 224 (91.1%). Of the 20 misses, 15 were the house's own form of what the row says ('a hundred',
3; 'o' for 'oh', 6; 'Dr' left abbreviated, 1; 'Footsie' with 'zero', 1; a flight number and an index's number said in
pairs, 2; 'the third and the fourth of March', 1; pence after pounds with 'and over', 1), added as alternatives; 5
misread. Every third row (index % 3 == 2, 74 rows) was kept aside: 70 at the first reading, 72 with the house's forms;
the other 150: 134, 147 with the house's forms. Compared as the benchmark's relaxed score compares (case and
punctuation aside), with the sweeps' folding."""

from __future__ import annotations

from sweeps import Sweep, relaxed, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {
    "Fuel economy is rated at 28/36 mpg city/highway.": (
        "a slash between two words after a measure, 'city/highway', is read as 'or'; the two figures it pairs say"
        " each of them, 'city, highway' (narrator/speech/normalise/words.py); seen only in the kept third"),
    "Anyone with information should call 101, quoting crime reference 2314/24.": (
        "a police reference number with its year after a slash, '2314/24', is read as a choice, 'two three one four"
        " or twenty four' (narrator/speech/normalise/telephones.py); seen only in the kept third"),
    "Messi's free kick in the 89' sealed a 1-0 win.": (
        "a match minute written with a prime, 'in the 89'', is read as a bare count with the mark left; feet are"
        " written the same way ('a 6' fence'), so no rule tells them apart without a sport word near"),
    "The headshot multiplier drops from 2.5x to 2x.": (
        "a decimal multiplier, '2.5x', is read 'two point five x' while '2x' is 'two times'"
        " (narrator/speech/normalise/amounts.py)"),
    "The stolen Honda had plate number 7ABC123.": (
        "a licence plate of digits and capitals run together, '7ABC123', reads its last digits as a count, 'one"
        " hundred twenty three' (narrator/speech/normalise/codes.py)"),
}


SWEEP = Sweep("prose_sweep37.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=220, styles=2)
globals().update(sweep_tests(SWEEP))

"""The rules the sixth sweeps asked for, each on our own examples beside the sweeps' rows."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # a span of two, a day over twelve settling the order, without "from"
    ("Half-term is 17/2-21/2.", "Half-term is the seventeenth of February to the twenty first of February."),
    ("Open 14/1 to 20/1 only.", "Open the fourteenth of January to the twentieth of January only."),
    ("Odds 14/1 to 20/1.", "Odds fourteen to one to twenty to one."),
    # a price before what it pays on, unless a word before asks for a day
    ("Arsenal are 13/8 to win the league.", "Arsenal are thirteen to eight to win the league."),
    ("Enter by 14/2 to win a voucher.", "Enter by the fourteenth of February to win a voucher."),
    # a price in the words of the ring
    ("He was 16/1 at the off.", "He was sixteen to one at the off."),
    # a sum's fraction
    ("Simplify 15/6.", "Simplify fifteen sixths."),
    ("13/4 = 3.25", "thirteen divided by four equals three point two five"),
    # an issue's or a series' number
    ("Series 15/4 starts soon.", "Series fifteen slash four starts soon."),
])
def test_a_day_over_twelve_before_a_month_among_spans_prices_and_sums(written: str, spoken: str) -> None:
    """"Half-term is 17/2-21/2" was "seventeen halves twenty one slash two"; a price before "to win", one "at the
    off", a sum's fraction and a series' number were read as dates by the day-first rule before this."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a day over twelve before a month's number, no year: a date in running prose, whatever word is before it
    ("Renewals arrive 29/6 by post.", "Renewals arrive the twenty ninth of June by post."),
    ("Week of 13/5: no classes.", "Week of the thirteenth of May: no classes."),
    ("Posted 31/1, edited 14/2.", "Posted the thirty first of January, edited the fourteenth of February."),
    # a price in talk of betting, however the price is reached
    ("Betfair had him at 22/1 on Friday; he shortened to 14/1.",
     "Betfair had him at twenty two to one on Friday; he shortened to fourteen to one."),
    ("A 16/1 chance won the race.", "A sixteen to one chance won the race."),
    # a series' number after its label
    ("Circular 14/2 sets the rules.", "Circular fourteen slash two sets the rules."),
    ("See Technical Note 15/3.", "See Technical Note fifteen slash three."),
    # runs for wickets, a total under forty after a slash
    ("Australia were 31/3 after eight overs.", "Australia were thirty one for three after eight overs."),
    ("The 25/9 bus runs hourly.", "The twenty five ninths bus runs hourly."),  # "runs" alone is no cricket
    # a proportion or a grade before what it describes, a ratio after its word
    ("A 4/3 aspect ratio suits old films.", "A four three aspect ratio suits old films."),
    ("Wire it with 12/2 cable.", "Wire it with twelve two cable."),
    ("a 21/9 ultrawide monitor", "a twenty one nine ultrawide monitor"),
    ("Watch it on a 16/9 screen.", "Watch it on a sixteen nine screen."),
    ("The gear ratio is 13/4.", "The gear ratio is thirteen to four."),
    ("The aspect was 21/9.", "The aspect was twenty one to nine."),
    # the idiom, and what stays a fraction
    ("We're here 24/7 for you.", "We're here twenty four seven for you."),
    ("Mix 5/2 of the dough.", "Mix five halves of the dough."),
])
def test_a_day_over_twelve_before_a_month(written: str, spoken: str) -> None:
    """"Renewals arrive 29/6" was "twenty nine sixths": a day over twelve before a month was a date only after a word
    that asks for one, where months come first; a price, a series' number, a cricket score, a proportion and the idiom
    stay what they are."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Invoice dated 7-Jun-23.", "Invoice dated the seventh of June twenty three."),
    ("Filed 28-FEB-19 by the clerk.", "Filed the twenty eighth of February nineteen by the clerk."),
    ("From 1-Sep-22 to 3-Sep-22.", "From the first of September twenty two to the third of September twenty two."),
])
def test_a_day_a_month_and_a_short_year_joined_by_hyphens(written: str, spoken: str) -> None:
    """"7-Jun-23", as spreadsheets write "dd-mmm-yy", was "seven June twenty three"."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Mortality fell by 3·4%.", "Mortality fell by three point four percent."),
    ("The odds ratio was 0·72.", "The odds ratio was zero point seven two."),
    ("It weighs 6·02 × 10^23 units.", "It weighs six point zero two times ten to the power of twenty three units."),
    ("Light covers 3·10^8 m each second.", "Light covers three times ten to the power of eight meters each second."),
    ("News · 14 comments", "News, fourteen comments"),
])
def test_a_decimal_point_set_at_the_middle_of_the_line(written: str, spoken: str) -> None:
    """"3·4%" was "three·four percent": the Lancet's and British print's raised point."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("We rewatched Episode I last night.", "We rewatched Episode one last night."),
    ("Episode III ends the trilogy.", "Episode three ends the trilogy."),
])
def test_an_episode_numbered_in_roman(written: str, spoken: str) -> None:
    """"Episode I" was left a letter ("Episode II" was read)."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Ring 020 7946 0321 x 5 for sales.",
     "Ring zero two zero, seven nine four six, zero three two one extension five for sales."),
    ("Ring (01904) 612345 for tickets.", "Ring zero one nine zero four, six one two three four five for tickets."),
    ("Ring (01904) 612 345 for tickets.", "Ring zero one nine zero four, six one two, three four five for tickets."),
    ("It drew (approx.) 12 000 fans.", "It drew (approximately) twelve thousand fans."),
    ("Tel. (028) 9024 5133.", "Telephone zero two eight, nine zero two four, five one three three."),
])
def test_an_extension_after_a_spaced_x_and_a_town_code_in_brackets(written: str, spoken: str) -> None:
    """"x 5" after a number to call was "x five"; "(01904) 612345" was "(zero one nine zero four) six hundred twelve
    thousand ..."."""
    assert speakable(written) == spoken

"""Rules found by the second sweep (tests/fixtures/speech/prose_sweep2.tsv, unit_tokens2.tsv), each tested on
examples of our own, the readings it must leave alone beside the ones it makes."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # a scale letter, then a word describing a counted noun (was "four point two meter postal votes")
    ("Some 3.5m new homes are planned.", "Some three point five million new homes are planned."),
    ("The plan adds 40k extra nurses.", "The plan adds forty thousand extra nurses."),
    ("Nearly 1.2m young people are out of work.", "Nearly one point two million young people are out of work."),
    ("It drew 2m paying visitors.", "It drew two million paying visitors."),
    ("Some 300k more soldiers were sent.", "Some three hundred thousand more soldiers were sent."),
    # a size's word, a length before what it sizes, and a race stay lengths
    ("They built 3m high walls.", "They built three meters high walls."),
    ("A 4m wide road runs past the homes.", "A four meter wide road runs past the homes."),
    ("He won the 200m freestyle finals.", "He won the two hundred meter freestyle finals."),
    ("It is 5m from the nearest homes.", "It is five meters from the nearest homes."),
])
def test_a_scale_before_a_described_count(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a tag led by digits (was "number one hundred DaysOfCode"), and one with an initialism at an end (was
    # "Save OurNHS", "NHSHeroes")
    ("Try the #30DayChallenge today.", "Try the hashtag thirty Day Challenge today."),
    ("Vote with #2026Budget in mind.", "Vote with hashtag twenty twenty six Budget in mind."),
    ("Thanks to all #NHSHeroes out there.", "Thanks to all hashtag N.H.S Heroes out there."),
    ("Posts tagged #ProtectTheBBC grew.", "Posts tagged hashtag Protect The B.B.C grew."),
    # a number after the sign, a flat's number and a lone ordinal stay numbers
    ("She is ranked #2 in the world.", "She is ranked number two in the world."),
    ("He lives at Apt #4C now.", "He lives at Apt number four C now."),
])
def test_hashtags_led_by_digits_or_ending_in_initialisms(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # "IV" after an article before a word in lower case is intravenous (was "The fourth drip", "An four line")
    ("The IV line was flushed.", "The I.V line was flushed."),
    ("An IV cannula was placed.", "An I.V cannula was placed."),
    # a numeral after "The" before a name, and a stage's numeral, stay numbers
    ("The IV Corps crossed the river.", "The fourth Corps crossed the river."),
    ("Stage IV tumours are rare.", "Stage four tumours are rare."),
    # after a name, not an article, it is the name's number
    ("Gladiator IV was shelved.", "Gladiator four was shelved."),
])
def test_iv_after_an_article_is_intravenous(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a verb of what a reading tells after an amount is no noun the unit sizes (was "part per million requires")
    ("Anything above 5 ppm requires a mask.", "Anything above five parts per million requires a mask."),
    ("A reading of 12 mmol confirms it.", "A reading of twelve millimoles confirms it."),
    ("Over 3 km implies a long walk.", "Over three kilometers implies a long walk."),
    # a plural noun after a unit is still what it sizes
    ("He bought 30 W lights.", "He bought thirty watt lights."),
])
def test_verbs_of_telling_after_an_amount(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # an engine's turbo code before a verb (was "two point zero trillion makes"); trillions counted stay
    ("The 1.5T delivers 180hp.", "The one point five T delivers one hundred and eighty horsepower."),
    ("The model saw 12T tokens.", "The model saw twelve trillion tokens."),
    ("About 1.2m remains unpaid.", "About one point two million remains unpaid."),
])
def test_an_engine_code_before_a_verb(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # milliequivalents (was "mEq/L" as written)
    ("Sodium was 128 mEq/L.", "Sodium was one hundred and twenty eight milliequivalents per liter."),
    ("Give 40 mEq of potassium.", "Give forty milliequivalents of potassium."),
])
def test_milliequivalents(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # feet with no inches (was "six feet zero inches", "twelve foot zero by ten foot zero")
    ("He stands 6'0\" in his socks.", "He stands six feet in his socks."),
    ("A 7'0\" door.", "A seven foot door."),
    ("Bedroom 1: 12'0\" x 10'0\".", "Bedroom one: twelve by ten feet."),
    ("Hall: 15'0\" x 6'4\".", "Hall: fifteen foot by six foot four."),
    # inches said stay
    ("He stands 5'9\" tall.", "He stands five feet nine inches tall."),
])
def test_feet_with_no_inches(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a life's "b." and "d." after "who" and before a place and a year (were "who d.", "(b. Leeds,")
    ("His brother, who d. 1988, was a miner.", "His brother, who died nineteen eighty eight, was a miner."),
    ("The painter (b. Leeds, 1941; d. Paris, 2020) is honoured.",
     "The painter (born Leeds, nineteen forty one; died Paris, twenty twenty) is honoured."),
    # a letter with a stop before a name and a year elsewhere stays
    ("Plan b. Smith, 2020.", "Plan b. Smith, twenty twenty."),
])
def test_born_and_died_before_places(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a span of years still running (was "twenty twelve present")
    ("She has chaired it (2012–present).", "She has chaired it (twenty twelve to present)."),
    ("Editor, 1998-now.", "Editor, nineteen ninety eight to now."),
    ("Head of sales, 2016 - Present", "Head of sales, twenty sixteen to Present"),
    # a spaced dash before "now" parts two clauses
    ("It opened in 1999 – now it is shut.", "It opened in nineteen ninety nine - now it is shut."),
])
def test_years_to_the_present(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a whole and a fraction joined by a hyphen (was "two-one slash four cups")
    ("Sift 2-1/4 cups of flour.", "Sift two and a quarter cups of flour."),
    ("Drill a 3-5/8 inch hole.", "Drill a three and five eighths inch hole."),
    ("Allow 1-1/3 hours.", "Allow one and a third hours."),
    # more than a whole after the hyphen is no mixed number
    ("Cut 4-9/8 as marked.", "Cut four-nine slash eight as marked."),
    # before a unit's abbreviation too, where the measure's span of two amounts took it ("one to three quarters")
    ("Stir in 1-3/4 tsp baking soda.", "Stir in one and three quarters teaspoons baking soda."),
    ("Weigh out 2-1/2 lb of potatoes.", "Weigh out two and a half pounds of potatoes."),
    ("The 1-1/2 lb bag split.", "The one and a half pound bag split."),
    # a span of whole amounts before a unit stays a span
    ("Add 1-2 tsp salt.", "Add one to two teaspoons salt."),
])
def test_a_whole_and_a_fraction_joined_by_a_hyphen(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a report's column before its number (was "col forty five")
    ("Lords debate, vol 801, col 96.", "Lords debate, volume eight hundred one, column ninety six."),
    ("See cols. 40-42 of the report.", "See columns forty to forty two of the report."),
    # a colonel keeps his rank's abbreviation
    ("Col 5 Smith", "Col five Smith"),
])
def test_columns_before_their_numbers(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a unit's square glued to the number (was "meters^two", "twelve kilometers")
    ("The flat is 64m² inside.", "The flat is sixty four square meters inside."),
    ("A 300m² barn.", "A three hundred square meter barn."),
    ("The lake covers 9km².", "The lake covers nine square kilometers."),
    # a letter's power stays a power
    ("R² was 0.9.", "R squared was zero point nine."),
])
def test_squares_against_the_number(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a count out of a whole before what is counted (was "December twentieth seats", "eleven twelfths questions")
    ("They took 11/20 seats in May.", "They took eleven out of twenty seats in May."),
    ("She answered 9/12 questions.", "She answered nine out of twelve questions."),
    ("He has won 6/8 matches.", "He has won six out of eight matches."),
    # a date before another word, and a fraction of a measure, stay as they were
    ("The sale on 11/20 ended.", "The sale on November twentieth ended."),
    ("Add 3/4 cup of milk.", "Add three quarters cup of milk."),
])
def test_counts_out_of_a_whole(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a span of ages or waits in short units against the numbers (was "six months five years")
    ("Babies aged 3mo-2yrs were seen.", "Babies aged three months to two years were seen."),
    ("Expect 2wks-3mths for a reply.", "Expect two weeks to three months for a reply."),
    # one part of a whole after "a", before a unit (was "a one quarter acre plot")
    ("They bought a 1/4 acre field.", "They bought a quarter acre field."),
    ("It is a 1/3 mile walk.", "It is a third mile walk."),
    # a whole number and a fraction keep their "one"
    ("Allow 1 1/4 acres each.", "Allow one and a quarter acres each."),
])
def test_spans_in_short_units_and_a_part_after_a(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # "Weds." with its stop, as "Tues." and "Thurs." are read (was left "Weds.")
    ("Bins are collected on Weds.", "Bins are collected on Wednesday."),
    ("Shut Weds. Open again Fri.", "Shut Wednesday. Open again Friday."),
    # the verb in lower case stays
    ("She weds. He cries.", "She weds. He cries."),
])
def test_weds_with_its_stop(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a hospital's counts make a bare "m" millions (was "two point one meters in May")
    ("Admissions reached 2.1m in May.", "Admissions reached two point one million in May."),
    ("Referrals hit 1.4m last year.", "Referrals hit one point four million last year."),
    # a length beside them stays a length
    ("The gate is 2.1m in height; visits are free.", "The gate is two point one meters in height; visits are free."),
])
def test_hospital_counts_in_millions(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # "noon" or "midnight" after a whole hour says no "o'clock" (was "twelve o'clock noon")
    ("The doors open at 12:00 noon.", "The doors open at twelve noon."),
    ("Bids close at 12:00 midnight.", "Bids close at twelve midnight."),
    ("Lunch is at 1:00 today.", "Lunch is at one o'clock today."),
])
def test_noon_after_a_whole_hour(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # feet of two digits and inches, and inches before "by" (were "ten feet six in by nine feet")
    ("The hall is 14 ft 3 in by 8 ft.", "The hall is fourteen feet three inches by eight feet."),
    ("The mast stands 11 ft 9 in.", "The mast stands eleven feet nine inches."),
    # "in" the preposition after a length stays
    ("It is 10 ft 6 in the shade.", "It is ten feet six in the shade."),
])
def test_feet_and_inches_of_two_digits(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # an engine's size before its layout names the engine (was "six point two liters V eight makes")
    ("The 4.0L V8 delivers 503hp.", "The four point zero liter V eight delivers five hundred and three horsepower."),
    ("Its 3.5L V6 is smooth.", "Its three point five liter V six is smooth."),
    # an amount before a verb, with no layout between, stays plural
    ("The 5 litres spilled.", "The five litres spilled."),
])
def test_an_engine_size_before_its_layout(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # where a length in meters was just given with its size's word, a bare "m" before a plural is meters too
    ("The mast is 40m tall with 12m spars.", "The mast is forty meters tall with twelve meter spars."),
    # counted things near it keep the millions
    ("The tower is 300m tall and 2m visitors came.", "The tower is three hundred meters tall and two million "
     "visitors came."),
    ("It sold 1.2m units.", "It sold one point two million units."),
])
def test_a_bare_m_beside_a_length_in_meters(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

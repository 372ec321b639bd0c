"""A sweep of the unit categories (cardinal, ordinal, decimal, money, date, time, measure, roman, electronic,
telephone, fraction, range) on sentences of our own, written for no rule: what was misread, by class, and what each
rule must leave alone. The whole sweep, each sentence with what a careful newsreader says, is in
tests/fixtures/speech/unseen_sweep.tsv."""

from __future__ import annotations

import time
from pathlib import Path
from types import ModuleType

import pytest

from narrator.speech import speakable
from narrator.speech.normalise import (
    clock,
    dates,
    durations,
    hundreds,
    imperial,
    inferredunits,
    money,
    numbers,
    percent,
    places,
    plurals,
    ranges,
    references,
    scales,
    telephones,
    units,
    versions,
    weekdays,
    words,
)

_SWEEP = Path(__file__).parent / "fixtures" / "speech" / "unseen_sweep.tsv"


def _sweep_rows() -> list[tuple[str, str, str]]:
    """The sweep's rows: category, what is written, what a newsreader says."""
    lines = _SWEEP.read_text(encoding="utf-8").splitlines()
    rows = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    return [(category, written, spoken) for category, written, spoken in rows]


_ROWS = _sweep_rows()


def test_the_sweep_covers_every_unit_category() -> None:
    categories = {category for category, _, _ in _ROWS}
    assert categories == {"cardinal", "ordinal", "decimal", "money", "date", "time", "measure", "roman", "electronic",
                          "telephone", "fraction", "range"}
    assert all(sum(1 for row in _ROWS if row[0] == category) >= 45 for category in categories)


@pytest.mark.parametrize(("category", "written", "spoken"), _ROWS,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(_ROWS)])
def test_sweep(category: str, written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # found by the sweep and left: a fix would be a guess, or would part from the benchmark's convention
    ("Section IV(b) applies.", "Section four B applies."),  # a numeral's subsection is glued after the numeral's words
])
def test_known_misreads(written: str, spoken: str) -> None:
    assert speakable(written) != spoken, "reads right now: move the row to the tests that must pass"
    pytest.xfail("a known misread, left by the sweep")


@pytest.mark.parametrize(("written", "spoken"), [
    # known misreads once, read right since: a site in capitals, a clip's length, half of a thing
    ("Visit EXAMPLE.COM now.", "Visit example dot com now."),
    ("Go to BBC.CO.UK for more.", "Go to B.B.C dot co dot UK for more."),
    ("The .NET 8 runtime and ASP.NET Core", "The dot net eight runtime and A S P dot net Core"),
    ("The video is 4:32 long.", "The video is four minutes thirty two seconds long."),
    # a 24-hour span on the hour, each side said in hundreds (h69; NeMo says "eighteen o'clock")
    ("Opening hours: 10:00-18:00.", "Opening hours: ten hundred to eighteen hundred."),
    ("The 12:30 long-haul flight left.", "The twelve thirty long-haul flight left."),
    ("Take 1/2 a tablet.", "Take half a tablet."),
    ("Wait 1/4 an hour.", "Wait a quarter of an hour."),
    ("About 99/100 agreed.", "About ninety nine out of a hundred agreed."),
    ("4/5 say they would return.", "four out of five say they would return."),
    ("Add 1/100 of the dose.", "Add one one hundredth of the dose."),
])
def test_once_known_misreads(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a grouped round number's plural (was "ten thousand s")
    ("Thousands, even 10,000s, came.", "Thousands, even tens of thousands, came."),
    ("The 100,000s of refugees.", "The hundreds of thousands of refugees."),
    ("It drew 1,000,000s of views.", "It drew millions of views."),
    ("Crowds in the 1,000s gathered.", "Crowds in the thousands gathered."),
    # an age group written apart from "over", or a pollster's band of ages (was "sixty five s")
    ("Over 65s qualify for a free pass.", "Over sixty fives qualify for a free pass."),
    ("Most 18-24s agree, as do the 35-44s.",
     "Most eighteen to twenty fours agree, as do the thirty five to forty fours."),
    ("Music of the 60-70s.", "Music of the sixties to seventies."),
    # left as they were: a century and a decade
    ("The 1000s saw change.", "The one thousands saw change."),
    ("In the 1990s.", "In the nineteen nineties."),
])
def test_plural_numbers(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a span or a pair of rooms, each said as a room is (was "one o one one hundred five")
    ("Rooms 101-105 are on the first floor.", "Rooms one o one to one o five are on the first floor."),
    ("Suite 201–203 is let.", "Suite two o one to two o three is let."),
    ("Rooms 101 and 102 face the sea.", "Rooms one o one and one o two face the sea."),
    ("Room 101 is scary.", "Room one o one is scary."),
    ("Room 12-14 is shut.", "Room twelve to fourteen is shut."),
])
def test_room_spans(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # thousands grouped with apostrophes, the Swiss way (was "one'zero zero zero'zero zero zero")
    ("The 1'000'000 mark was passed.", "The one million mark was passed."),
    ("It costs CHF 12'500.50.", "It costs twelve thousand five hundred Swiss francs fifty centimes."),
    ("A fee of 2’400 francs.", "A fee of two thousand four hundred francs."),
    # feet and inches are no thousands
    ("He is 5'11\" tall.", "He is five feet eleven inches tall."),
])
def test_apostrophe_thousands(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # one part in thousands written without a comma: a dilution's or a map's scale (was "one:one thousand")
    ("Use a 1:1000 dilution.", "Use a one to one thousand dilution."),
    ("Scale 1:25000, sheet 4.", "Scale one to twenty five thousand, sheet four."),
    ("A 1:50,000 map.", "A one to fifty thousand map."),
    # clock times and verses stay as they were
    ("At 1:15 pm.", "At one fifteen PM."),
    ("Genesis 1:1 opens it.", "Genesis one one opens it."),
])
def test_ratio_of_one_to_thousands(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a device's memory and storage in lower case (was "eight gb ram")
    ("my laptop has 8gb ram", "my laptop has eight gigabyte ram"),
    ("a 2tb drive is cheap now", "a two terabyte drive is cheap now"),
    ("It needs 16 gb of space.", "It needs sixteen gigabytes of space."),
])
def test_bytes_in_lower_case(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a labelled code that begins with letters (was "Part No. A.B one twenty three")
    ("Quote Part No. AB-123 when ordering.", "Quote Part number A.B one twenty three when ordering."),
    ("Serial no. X9 was stolen.", "Serial number X nine was stolen."),
    ("Order no. 12345 shipped.", "Order number twelve thousand three hundred forty five shipped."),
    # "no." that ends a sentence, or before a word
    ("He said no. Then he left.", "He said no. Then he left."),
    ("The Part No. Other was cut.", "The Part No. Other was cut."),
])
def test_labelled_number_sign_before_letters(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # an inch mark before the things it sizes, or a screen's kind (was "inches wheels", "inches QLED")
    ("Fits 26\"-29\" wheels.", "Fits twenty six to twenty nine inch wheels."),
    ("The 12\" pizzas were cold.", "The twelve inch pizzas were cold."),
    ("Samsung 65\" QLED TV, boxed.", "Samsung sixty five inch QLED T.V, boxed."),
    # an amount in inches, and a quotation's closing mark
    ("It snowed 8\" overnight.", "It snowed eight inches overnight."),
    ("She said \"I ran 10\" today.", "She said \"I ran ten\" today."),
])
def test_inch_mark_before_a_noun(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # two bands, two settings, two mains (was "per")
    ("A 2.4GHz/5GHz router.", "A two point four gigahertz or five gigahertz router."),
    ("Set it to 100W/200W.", "Set it to one hundred watts or two hundred watts."),
    ("The charger takes 110V/230V.", "The charger takes one hundred and ten volts or two hundred and thirty volts."),
    # a rate stays per
    ("Give 20mg/kg daily.", "Give twenty milligrams per kilogram daily."),
])
def test_one_measure_given_two_ways(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a fraction joined to its measure is singular (was "three quarters-inch"), a fraction's plural ("one eighth")
    ("A 3/4-inch pipe burst.", "A three quarter-inch pipe burst."),
    ("Use a 5/8-inch bit.", "Use a five eighth-inch bit."),
    ("Cut it into 1/8ths.", "Cut it into eighths."),
    # a fraction before other words keeps its plural
    ("A 2/3-majority vote.", "A two thirds-majority vote."),
    ("Only 3/4 were there.", "Only three quarters were there."),
])
def test_fraction_joined_to_a_measure(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # an amount before the notes, bills or coins it names (was "twenty pounds notes")
    ("The £20 notes were withdrawn.", "The twenty pound notes were withdrawn."),
    ("Those $100 bills were fake.", "Those one hundred dollar bills were fake."),
    # a European decimal comma before a scale's word (was "one euro,5 million")
    ("A €1,5 million grant was paid.", "A one point five million euro grant was paid."),
    ("It cost €2,5 billion.", "It cost two point five billion euros."),
    # a price written with its currency's name (was "two point five zero dollars")
    ("It cost 2.50 dollars.", "It cost two dollars fifty cents."),
    ("A ticket is 3.99 euros.", "A ticket is three euros ninety nine cents."),
    # pounds may weigh; thousands after the euro sign stay thousands
    ("It weighs 2.50 pounds.", "It weighs two point five zero pounds."),
    ("It cost €2,500 in all.", "It cost two thousand five hundred euros in all."),
])
def test_money_classes(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a weekday before a day of the month named alone (was "Fri thirteenth", "Tuesday fifth")
    ("Is Fri 13th unlucky?", "Is Friday the thirteenth unlucky?"),
    ("See you on Tuesday 5th.", "See you on Tuesday the fifth."),
    ("On Sat 21st we play.", "On Saturday the twenty first we play."),
    # with its month, as the date's rule reads it; a newspaper's name
    ("Sunday 2nd June.", "Sunday the second of June."),
    ("Friday 13th of March.", "Friday the thirteenth of March."),
    ("The Sun 5th edition.", "The Sun fifth edition."),
    ("Camp, Sunday, 10th. We rose early.", "Camp, Sunday, tenth. We rose early."),  # a diary's heading, as written
])
def test_weekday_before_a_day_alone(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # the armed forces' time written with a colon (was "ten o'clock hrs")
    ("The patrol left at 10:00 hrs.", "The patrol left at ten hundred hours."),
    ("At 09:30 hours the gates shut.", "At o nine thirty hours the gates shut."),
    ("At 14:30 hours.", "At fourteen thirty hours."),
    # a length of time is no clock's
    ("The flight takes 2:30 hours.", "The flight takes two thirty hours."),
])
def test_colon_time_in_hours(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # the international prefix dialled as "00" (was "zero zero four four twenty seven thousand ...")
    ("Dial 0044 20 7946 0958.", "Dial zero zero four four, two zero, seven nine four six, zero nine five eight."),
    ("Dial 001-212-555-0147 from abroad.",
     "Dial zero zero one, two one two, five five five, zero one four seven from abroad."),
    # too few digits to call, and a spy
    ("It cost 0041 2 3.", "It cost zero zero four one two three."),
    ("The 007 film.", "The double o seven film."),
])
def test_international_prefix_with_zeros(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a spaced "s" after a word of how long, as methods sections write seconds (was "thirty s")
    ("The reaction took 30 s.", "The reaction took thirty seconds."),
    ("Wait 10 s, then press.", "Wait ten seconds, then press."),
    ("Incubate for 45 s at 95 °C.", "Incubate for forty five seconds at ninety five degrees Celsius."),
    ("Spin for 2.5 s and stop.", "Spin for two point five seconds and stop."),
    # after "about" or "~" too, before any word, and "a" before a noun makes it an adjective
    ("Warm builds take ~90 s.", "Warm builds take about ninety seconds."),
    ("It took 90 s to boot.", "It took ninety seconds to boot."),
    ("Wait about 5 s before you try again.", "Wait about five seconds before you try again."),
    ("Play a 30 s clip.", "Play a thirty second clip."),
    ("There is a 1.5 s pause.", "There is a one point five second pause."),
    ("an 8 s and a 9 s", "an eight s and a nine s"),
    # a letter after a number, and a decade written apart
    ("He got Grade 3 s.", "He got Grade three s."),
    ("The 1990 s.", "The nineteen nineties."),
])
def test_spaced_seconds(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


_HOSTILE = [
    (plurals, "_ROUND_PLURAL", "1" + ",000" * 25_000 + "s"),
    (plurals, "_AGE_GROUP", "18-" * 33_000 + "24s"),
    (plurals, "_AGE_GROUP", "over 6" * 16_000 + "5s"),
    (places, "_ROOM", "Rooms 101-" * 10_000),
    (places, "_ROOM", "Rooms 101 and " * 7_000),
    (numbers, "_APOSTROPHE_THOUSANDS", "1" + "'000" * 25_000 + "'00"),
    (numbers, "_APOSTROPHE_THOUSANDS", "1'0" * 33_000),
    (clock, "_RATIO", "1:1000:" * 14_000),
    (clock, "_RATIO", "1:" * 50_000),
    (words, "_LABELLED_NUMBER_SIGN", "Part No. " * 11_000),
    (units, "_EQUIVALENT", "5W/" * 33_000 + "5W"),
    (money, "_DECIMAL_COMMA", "€1,5" * 25_000),
    (money, "_DECIMAL_BEFORE_NAME", "1" + ",000" * 25_000 + ".5 dollars"),
    (money, "_DECIMAL_BEFORE_NAME", "1" * 100_000 + ".5 dollars"),
    (weekdays, "_WEEKDAY_BEFORE_DAY", "Friday 13th " * 8_000),
    (weekdays, "_WEEKDAY_BEFORE_DAY", "Fri, 1st " * 11_000),
    (hundreds, "_COLON_HOURS", "10:00 " * 16_000 + "hrs"),
    (durations, "_SPACED_SECONDS", "for 1 s " * 12_000),
    (durations, "_SPACED_SECONDS", "for 1.5" * 14_000),
    (telephones, "_DOUBLE_ZERO", "0044 1 " * 14_000),
    (telephones, "_DOUBLE_ZERO", "001 " * 25_000),
    (references, "_NUMBERED_FIGURE", "Table 1-" * 12_500),
    (inferredunits, "_CHANGE_BEFORE", "rise of " * 12_500),
    (units, "_VOLTS_AMPS", "12V/" * 25_000 + "2A"),
    (scales, "SCALED_AGE", "1.5m-year" * 11_000),
    (imperial, "_BARE_HEIGHT", "5'4'" * 25_000),
    (dates, "_DAYS_AND_MONTH", "1st and " * 12_500 + "2nd May"),
    (dates, "_DAYS_AND_MONTH", "12th " * 20_000),
    (percent, "_DECIMAL_COMMA_PERCENT", "1,2," * 25_000 + "%"),
    (ranges, "_AGE_SPAN", "1-2-" * 25_000 + "year"),
    (versions, "_PROTOCOL_VERSION", "HTTP/" * 20_000 + "2"),
]


@pytest.mark.parametrize(("module", "name", "hostile"), _HOSTILE,
                         ids=[f"{name}-{i}" for i, (_, name, _) in enumerate(_HOSTILE)])
def test_new_rules_stay_linear(module: ModuleType, name: str, hostile: str) -> None:
    """100 kB of each new rule's worst repetition is scanned in under a second."""
    pattern = getattr(module, name)
    started = time.process_time()
    pattern.sub("", hostile)
    assert time.process_time() - started < 1


@pytest.mark.parametrize("hostile", [hostile for _, _, hostile in _HOSTILE[::3]])
def test_hostile_text_is_read_in_time(hostile: str) -> None:
    started = time.process_time()
    speakable(hostile)
    assert time.process_time() - started < 10


@pytest.mark.parametrize(("written", "spoken"), [
    # a temperature against its scale's letter after a word of rising or peaking (was "one point five C")
    ("A rise of 1.5C is the limit.", "A rise of one point five degrees Celsius is the limit."),
    ("Paris soared to 38C on Tuesday.", "Paris soared to thirty eight degrees Celsius on Tuesday."),
    ("It peaked at 104F.", "It peaked at one hundred four degrees Fahrenheit."),
    # a single digit may be a seat or a grade, and a flat is a place
    ("Her grade fell to 3C.", "Her grade fell to three C."),
    ("Flat 3C was cold.", "Flat three C was cold."),
])
def test_temperature_after_a_change(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # two days with their ordinal letters before the month (was "between second and the fifth of May")
    ("Between 2nd and 5th May.", "Between the second and the fifth of May."),
    ("Held 21st & 22nd Sept 2024.", "Held the twenty first and the twenty second of September twenty twenty four."),
    ("On 2 and 3 June.", "On the second and the third of June."),
])
def test_two_ordinal_days_of_a_month(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # one table or figure numbered within its chapter (was "four to one")
    ("Table 4-1 lists them.", "Table four dash one lists them."),
    ("See Figure 2-3.", "See Figure two dash three."),
    ("Box 3-1: Terms.", "Box three dash one: Terms."),
    # figures in the plural are a span
    ("Figures 3-5 show it.", "Figures three to five show it."),
])
def test_figure_numbered_within_a_chapter(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # an age in millions or billions of years (was "one point five meter-year-old")
    ("A 1.5m-year-old fossil was found.", "A one point five million-year-old fossil was found."),
    ("The 4.5bn-year-old Earth.", "The four point five billion-year-old Earth."),
    # a size before a word of when is plural (was "five meter last year")
    ("The sea rose 5m last year.", "The sea rose five meters last year."),
    ("A 3m-long python.", "A three meter-long python."),
])
def test_scaled_ages_and_sizes_before_when(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a week's abbreviation before its number (was "wk thirty two")
    ("In wk 32 they won.", "In week thirty two they won."),
    ("Wk. 6 fixtures.", "Week six fixtures."),
    # volts after a hyphened adjective, and a supply's volts and amps (was "four hundred V", "volt per two amps")
    ("A 3-phase 400V supply.", "A three phase four hundred volt supply."),
    ("A 12V/2A charger.", "A twelve volt two amp charger."),
    ("It takes 5V/2A.", "It takes five volts, two amps."),
])
def test_weeks_and_electric_supplies(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a protocol's version after its slash (was "HTTP/two")
    ("It speaks HTTP/2 and HTTP/3.", "It speaks HTTP two and HTTP three."),
    ("It uses HTTP/1.1.", "It uses HTTP one point one."),
    # an address's path stays a path
    ("Visit http://a.com/2.", "Visit HTTP colon slash slash a dot com slash two."),
])
def test_protocol_version_after_a_slash(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a span joined to the measure it makes an adjective of (was "five-ten year")
    ("The 5-10-year outlook is bleak.", "The five to ten year outlook is bleak."),
    ("A 2–3-hour wait.", "A two to three hour wait."),
    ("18-64-year-olds", "eighteen to sixty four year-olds"),
    # a lead is no span
    ("A 2-1-point lead.", "A two-one point lead."),
    # a headline's scale word and hours in capitals (was "five dollars MILLION", "three H.R.S")
    ("$5 MILLION DEAL SIGNED", "five million dollars deal signed"),
    ("A $2 Billion Loss", "A two billion dollar Loss"),
    ("FLIGHT BA123 DELAYED 3 HRS", "flight B.A one twenty three DELAYED three hours"),
])
def test_spans_before_measures_and_headlines(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a list numbered in small numerals, its first item too (was "(i) the first point")
    ("(i) the first point; (ii) the second.", "(one) the first point; (two) the second."),
    ("Points (i) and (ii) apply.", "Points (one) and (two) apply."),
    # alone, "(i)" may be a letter
    ("Type (i) only.", "Type (i) only."),
])
def test_first_small_numeral_of_a_list(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a height written without the inches' mark (was "five'four")
    ("I'm 5'4 and 120lbs.", "I'm five feet four and one hundred and twenty pounds."),
    ("He's 6'1, 190.", "He's six feet one, one hundred ninety."),
    # a room's size, and a height with its marks
    ("An 8'6 x 6'3 room.", "An eight foot six by six foot three room."),
    ("He is 6'2\" tall.", "He is six feet two inches tall."),
])
def test_height_without_the_inch_mark(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a decimal comma before the percent sign (was "two, five percent")
    ("Inflation was 2,5 % in May.", "Inflation was two point five percent in May."),
    ("Unemployment at 7,2%.", "Unemployment at seven point two percent."),
    # thousands, and a list
    ("Up 1,000%.", "Up one thousand percent."),
    ("Rates of 3,4 and 5%.", "Rates of three, four and five percent."),
])
def test_decimal_comma_before_percent(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a plan's verb asks for a date as "on" does
    ("The vote is scheduled for 11/5.", "The vote is scheduled for November fifth."),
    ("The launch was slated for 2/14.", "The launch was slated for February fourteenth."),
    ("It was pushed back to 3/2.", "It was pushed back to March second."),
    # a span that one side settles is two dates, in the order that side shows
    ("Open from 6/1 through 6/30 daily.", "Open from June first through June thirtieth daily."),
    ("From 3/15-3/20.", "From March fifteenth to March twentieth."),
    ("from 12/28 to 1/3", "from December twenty eighth to January third"),
    ("from 28/12 to 3/1", "from the twenty eighth of December to the third of January"),
    # fractions stay fractions: no side settles, "of" or a unit follows, or the verb is no plan's
    ("from 1/2 to 3/4 cup", "from one half to three quarters cup"),
    ("from 1/2 to 3/4", "from one half to three quarters"),
    ("from 1/3 to 1/20 of the people", "from one third to one twentieth of the people"),
    ("The share moved to 1/3.", "The share moved to one third."),
    ("Set it to 1/4 speed.", "Set it to one quarter speed."),
    ("It is planned for 1/3 of the budget.", "It is planned for one third of the budget."),
])
def test_numeric_dates_after_a_plan_and_in_spans(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a scale's capital before a bracketed aside ends its clause as a stop does
    ("Population: 8.3M (2023 est.).", "Population: eight point three million (twenty twenty three estimated)."),
    ("Sales hit 2.5B (up 4%).", "Sales hit two point five billion (up four percent)."),
    # a bracketed size beside it names a model's sibling, no amount
    ("Try the 2.5B (7B) model.", "Try the two point five B (seven B) model."),
])
def test_scale_letter_before_a_bracket(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a conversion in brackets: "in" before the closing bracket is no preposition
    ("It rained 12.7 mm (0.5 in) overnight.",
     "It rained twelve point seven millimeters (zero point five inches) overnight."),
    ("Cut a strip (2.5 cm / 1 in) wide.", "Cut a strip (two point five centimeters or one inch) wide."),
    ("Put the 5 in the box.", "Put the five in the box."),
    # before the adjective of a size, "in" is inches too (was "twelve in wide")
    ("The board is 12 in wide.", "The board is twelve inches wide."),
    ("It is 3 in thick and 40 in tall.", "It is three inches thick and forty inches tall."),
    ("The shelf is 24 in long, 10 in deep and 3 in high.",
     "The shelf is twenty four inches long, ten inches deep and three inches high."),
    ("Only 2 in high demand sold.", "Only two in high demand sold."),  # "high" before its noun: the preposition
    ("We were 4 in long lines.", "We were four in long lines."),
])
def test_spaced_inches_before_a_closing_bracket(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

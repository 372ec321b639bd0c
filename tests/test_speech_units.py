"""Classes of numbers, dates, units and addresses, each with our own examples (not corpus rows)."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Try the new brand.store site.", "Try the new brand dot store site."),
    ("Edit config.yaml first.", "Edit config dot yaml first."),
    ("News is at riverside.abc now.", "News is at riverside dot abc now."),
])
def test_a_lower_case_name_with_an_unlisted_suffix_is_an_address(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize("written", ["It was approx.ten metres.", "Ask at 9 a.m. or p.m. today.", "Use e.g. rye."])
def test_abbreviations_with_stops_are_not_addresses(written: str) -> None:
    assert "dot" not in speakable(written)


@pytest.mark.parametrize(("written", "spoken"), [
    ("See example.com/top-100 today.", "See example dot com slash top dash one hundred today."),
    ("Read shop.example.org/model-3000 now.", "Read shop dot example dot org slash model dash three thousand now."),
    ("See example.com/page-1234 today.", "See example dot com slash page dash one two three four today."),
    ("See example.com/v/0500 today.", "See example dot com slash v slash zero five zero zero today."),
])
def test_a_round_number_in_an_address_is_said_as_a_number(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("He joined in the 2019/20 season.", "He joined in the twenty nineteen to twenty season."),
    ("The 1998/99 budget grew.", "The nineteen ninety eight to ninety nine budget grew."),
    ("Fees for 2023/2024 rose.", "Fees for twenty twenty three to twenty twenty four rose."),
])
def test_a_season_written_with_a_slash_is_a_span_of_years(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_two_years_far_apart_are_not_a_season() -> None:
    assert "to" not in speakable("The ratio was 2019/1990 in all.")


@pytest.mark.parametrize(("written", "spoken"), [
    ("The fair runs June 3-5.", "The fair runs June third to fifth."),
    ("It ran Sept 9-12, 2021 in Leeds.", "It ran September ninth to twelfth, twenty twenty one in Leeds."),
    ("It is held 3-5 June in Oslo.", "It is held the third to the fifth of June in Oslo."),
    ("Book from the 10th-12th of May.", "Book from the tenth to the twelfth of May."),
    ("Sales fell Jan-Mar 2020.", "Sales fell January to March twenty twenty."),
    ("It ran Dec 2019-Jan 2020.", "It ran December twenty nineteen to January twenty twenty."),
    ("Stay June 3 - July 4, 2020 here.", "Stay June third to July fourth, twenty twenty here."),
])
def test_spans_of_days_and_months(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Open Mon-Fri 9am-5pm.", "Open Monday to Friday nine AM to five PM."),
    ("We work Monday-Thursday only.", "We work Monday to Thursday only."),
    ("Closed Sat.-Sun.", "Closed Saturday to Sunday."),
    ("Desks are staffed 9:00-17:00 daily.", "Desks are staffed nine o'clock to seventeen hundred daily."),
    ("Talks run 9:30 am - 1:15 pm.", "Talks run nine thirty AM to one fifteen PM."),
])
def test_spans_of_weekdays_and_clock_times(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize("written", ["The Chicago Sun-Times said so.", "They met at Mar-a-Lago.", "June 30-1 is odd."])
def test_a_dash_that_is_no_span_stays(written: str) -> None:
    assert " to " not in speakable(written)


@pytest.mark.parametrize(("written", "spoken"), [
    ("The gates shut at 00:00 sharp.", "The gates shut at midnight sharp."),
    ("We close at 5 p.m.", "We close at five PM."),
    ("The abbey was built c. 1150 by monks.", "The abbey was built circa eleven fifty by monks."),
    ("He reigned 1530-1500 BC in Thebes.", "He reigned fifteen thirty to fifteen hundred B.C in Thebes."),
    ("Augustus ruled 27 BC-14 AD.", "Augustus ruled twenty seven B.C to fourteen A.D."),
])
def test_midnight_circa_and_spans_of_years_in_an_era(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Gum cost 99¢ then.", "Gum cost ninety nine cents then."),
    ("A stamp was 1.5¢ once.", "A stamp was one point five cents once."),
    ("Rooms cost 80 EUR per night.", "Rooms cost eighty euros per night."),
    ("They raised 5 million USD in all.", "They raised five million U.S dollars in all."),
    ("Tickets are Rs 500 each.", "Tickets are five hundred rupees each."),
    ("The dam cost Rs. 1,200 crore.", "The dam cost one thousand two hundred crore rupees."),
    ("He won ₹10 lakh in the draw.", "He won ten lakh rupees in the draw."),
    ("Lunch was R$ 40 there.", "Lunch was forty reais there."),
    ("Pay is $100k-$150k a year.", "Pay is one hundred thousand dollars to one hundred fifty thousand dollars a year."),
    ("Rates rose 3.5 pct today.", "Rates rose three point five percent today."),
])
def test_money_with_cents_trailing_codes_and_indian_scales(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_a_code_that_is_also_a_word_is_money_only_before_the_amount() -> None:
    assert "dollar" not in speakable("Make 3 CAD drawings first.")


@pytest.mark.parametrize(("written", "spoken"), [
    ("He is 6 ft 2 in tall.", "He is six feet two inches tall."),
    ("A 120 sq. ft. room was free.", "A hundred and twenty square foot room was free."),
    ("It is 5 ft. tall.", "It is five feet tall."),
    ("Add 2 tbsp of oil and 1 tsp of salt.", "Add two tablespoons of oil and one teaspoon of salt."),
    ("Pour 8 fl oz of milk.", "Pour eight fluid ounces of milk."),
    ("It films at 24 fps and spins at 7200 rpm.",
     "It films at twenty four frames per second and spins at seven thousand two hundred revolutions per minute."),
    ("A 300 hp engine gets 30 mpg.", "A three hundred horsepower engine gets thirty miles per gallon."),
    ("It falls at 9.8 m/s² there.", "It falls at nine point eight meters per second squared there."),
    ("It was 381/km2 in all.", "It was three hundred eighty one per square kilometer in all."),
])
def test_units_of_the_kitchen_the_workshop_and_physics(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_the_preposition_in_after_feet_is_not_inches() -> None:
    assert "inches" not in speakable("He was 6 ft 2 in the end.")


@pytest.mark.parametrize(("written", "spoken"), [
    ("The film runs 2h 30m in all.", "The film runs two hours thirty minutes in all."),
    ("It took 1h30 to get there.", "It took one hour thirty minutes to get there."),
    ("A 1h 5m 20s lap.", "A one hour five minute twenty second lap."),
    ("The pool is 30m long.", "The pool is thirty meters long."),
])
def test_durations_in_hours_and_minutes(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("It fell -1/2 a point.", "It fell minus half a point."),
    ("About 2/3rds agreed.", "About two thirds agreed."),
    ("Prices rose (+3.5%) today.", "Prices rose (plus three point five percent) today."),
    ("The score was +7 after that.", "The score was plus seven after that."),
    ("It is 6.02e23 per mole.", "It is six point zero two times ten to the power of twenty three per mole."),
    ("Use 1.5E-10 as the step.", "Use one point five times ten to the power of minus ten as the step."),
    ("Seat 4E5 was empty.", "Seat four E five was empty."),
])
def test_signs_fractions_ordinal_spans_and_scientific_notation(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Call +33 1 23 45 67 89 today.", "Call plus three three, one, two three, four five, six seven, eight nine today."),
    ("Call 0800 123 456 now.", "Call zero eight zero zero, one two three, four five six now."),
    ("Ring 020 7946 0958 today.", "Ring zero two zero, seven nine four six, zero nine five eight today."),
    ("Call 911 now.", "Call nine one one now."),
    ("Dial 999 if hurt.", "Dial nine nine nine if hurt."),
    ("Text 85258 to vote.", "Text eight five two five eight to vote."),
    ("Ask for ext. 204 today.", "Ask for extension two zero four today."),
    ("Ring +44 (0) 20 1234 5678.", "Ring plus four four, two zero, one two three four, five six seven eight."),
])
def test_national_numbers_short_numbers_to_call_and_extensions(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("He called 100 people.", "He called one hundred people."),
    ("Text 3 friends.", "Text three friends."),
    ("In 2019 123 people came.", "In twenty nineteen one hundred twenty three people came."),
    ("Ring 212.555.0143 after six.", "Ring two one two, five five five, zero one four three after six."),
])
def test_counts_after_calling_words_stay_numbers(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Elizabeth II's reign ended.", "Elizabeth the second's reign ended."),
    ("Chapter IV's end came.", "Chapter four's end came."),
])
def test_a_numeral_before_a_possessive_is_still_read(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("C. S. Lewis wrote it.", "C S Lewis wrote it."),
    ("I. M. Pei designed it.", "I M Pei designed it."),
    ("V. I. Lenin led it.", "V I Lenin led it."),
    ("Use a Type C cable.", "Use a Type C cable."),
    ("See Appendix D for details.", "See Appendix D for details."),
    ("Chapter IV begins.", "Chapter four begins."),
])
def test_initials_and_lettered_items_are_not_numerals(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("It cost 40 million SEK in all.", "It cost forty million Swedish kronor in all."),
    ("Rent is PLN 2,000 a month.", "Rent is two thousand zlotys a month."),
    ("It sold for 3,000 CNY.", "It sold for three thousand yuan."),
    ("She rode a 250 cc bike.", "She rode a two hundred and fifty C C bike."),
    ("It draws 2 mA at rest.", "It draws two milliamps at rest."),
    # a currency pair, by its currencies' names from the same table (was "E.U.R U.S.D")
    ("The EUR/USD rate fell; GBP/JPY rose.", "The euro U.S dollar rate fell; pound yen rose."),
    ("The ABC/DEF deal.", "The A.B.C D.E.F deal."),  # not currencies
])
def test_more_currency_codes_and_units_from_the_tables(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("He lived at 417 Elm Street then.", "He lived at four seventeen Elm Street then."),
    ("Send it to 1500 Harbor Avenue.", "Send it to fifteen hundred Harbor Avenue."),
    ("It is at 10 Downing Street.", "It is at ten Downing Street."),
])
def test_a_house_number_before_a_street_written_in_full_is_said_in_pairs(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The abbot died May 2, 711.", "The abbot died May second, seven eleven."),
    ("On March 3, 450 people came.", "On March third, four hundred fifty people came."),
    ("Jazz of the '20's was fast.", "Jazz of the twenties was fast."),
    ("The area is a^2 and the volume b^3.", "The area is a squared and the volume b cubed."),
])
def test_short_years_decades_with_an_apostrophe_and_small_powers(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Buy a 16:9 screen.", "Buy a sixteen to nine screen."),
    ("The 3 : 1 ratio held.", "The three to one ratio held."),
    ("Read Genesis 1:1 first.", "Read Genesis one one first."),
    ("Read John 3:16 now.", "Read John three sixteen now."),
    ("Meet at 1:07 am.", "Meet at one o seven AM."),
    ("Doors open at 5:00:00 PM.", "Doors open at five PM."),
])
def test_ratios_verses_and_clock_times(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("It costs US $5 each.", "It costs five U.S dollars each."),
    ("It was a $5-million deal.", "It was a five million dollar deal."),
])
def test_money_written_with_a_space_or_a_hyphen(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("It has a 3.4 cu.ft. box.", "It has a three point four cubic foot box."),
    ("Vol 12: 301-310.", "Volume twelve: three hundred one to three hundred ten."),
    ("It had a near-60:40 balance.", "It had a near-sixty to forty balance."),
    ("Elapsed 0:00 so far.", "Elapsed zero seconds so far."),
])
def test_what_ratios_and_addresses_leave_alone(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("They signed a $3 billion contract.", "They signed a three billion dollar contract."),
    ("She found a £20 note.", "She found a twenty pound note."),
    ("It is a 12 km trail.", "It is a twelve kilometer trail."),
    ("Buy an 8 GB card.", "Buy an eight gigabyte card."),
    ("Take a 6-9 km loop.", "Take a six to nine kilometer loop."),
    ("The $3 billion contract ended.", "The three billion dollar contract ended."),
    ("Its 40 km shoreline is rocky.", "Its forty kilometer shoreline is rocky."),
    ("Norway's $1.4 trillion fund grew.", "Norway's one point four trillion dollar fund grew."),
    ("She won a $1 million prize.", "She won a million dollar prize."),
    ("He ran a 200 m heat.", "He ran a two hundred meter heat."),
    ("It is a 100 km drive.", "It is a hundred kilometer drive."),
])
def test_an_amount_between_a_and_a_noun_has_a_singular_unit(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("It cost a $4 or $6 fee.", "It cost a four dollars or six dollars fee."),
    ("He ran a 400 m in a minute.", "He ran a four hundred meters in a minute."),
    ("The $3 million went to schools.", "The three million dollars went to schools."),
    ("Use the $20 sparingly.", "Use the twenty dollars sparingly."),
    ("Next to the $0 people pay.", "Next to the zero dollars people pay."),
    ("The 8 km between the two towns.", "The eight kilometers between the two towns."),
    ("They paid $3 billion in fees.", "They paid three billion dollars in fees."),
])
def test_an_amount_that_describes_no_noun_keeps_its_plural(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Pitch a 40 x 60 tent.", "Pitch a forty by sixty tent."),
    ("It has a 1920×1080 screen.", "It has a nineteen twenty by ten eighty screen."),
    ("A 2 x 2 x 2 block.", "A two by two by two block."),
])
def test_numbers_joined_by_a_spaced_x_or_a_times_sign_are_dimensions(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize("written", ["Builds for x86 and 10 x64 systems.", "So 6 x 7 = 42 in all."])
def test_an_x_that_is_no_size_is_not_by(written: str) -> None:
    assert " by " not in speakable(written)


@pytest.mark.parametrize(("written", "spoken"), [
    ("Read Romans 8:28-30 today.", "Read Romans eight twenty eight to thirty today."),
    ("See Ruth 4:1-7.", "See Ruth four one to seven."),
    ("Class runs 10:15-12 on Mondays.", "Class runs ten fifteen to twelve on Mondays."),
    ("Doors open 6:30-8pm.", "Doors open six thirty to eight PM."),
])
def test_a_span_of_verses_and_a_clock_span_ending_on_the_hour(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Expect highs of 38C on Friday.", "Expect highs of thirty eight degrees Celsius on Friday."),
    ("Bake at 200C for an hour.", "Bake at two hundred degrees Celsius for an hour."),
    ("Lows of 20-25F are due.", "Lows of twenty to twenty five degrees Fahrenheit are due."),
    ("Lakes froze at -12C.", "Lakes froze at minus twelve degrees Celsius."),
])
def test_a_temperature_written_without_its_degree_sign(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Her ticket says row 7C.", "Her ticket says row seven C."),
    ("Take the 31F tram.", "Take the thirty one F tram."),
])
def test_a_letter_after_a_number_is_no_temperature_without_a_word_of_warmth(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("He clocked 10.42s in the heat.", "He clocked ten point four two seconds in the heat."),
    ("The new chip is 1.8x faster.", "The new chip is one point eight times faster."),
    ("Trains are 4x more punctual.", "Trains are four times more punctual."),
    ("Loans are 3-5x more costly.", "Loans are three to five times more costly."),
    ("Buy a 30x zoom camera.", "Buy a thirty x zoom camera."),
    ("She weighed 9st 4lb then.", "She weighed nine stone four pounds then."),
    ("He is 6ft 2in and weighs 14st.", "He is six feet two inches and weighs fourteen stone."),
    ("She lost 3st in a year.", "She lost three stone in a year."),
    ("He tipped the scales at 18st before the fight.", "He tipped the scales at eighteen stone before the fight."),
    ("It took 2st to win.", "It took two st to win."),  # no talk of weight: left as written
    ("The cellar has a 5ft 10in ceiling.", "The cellar has a five foot ten inch ceiling."),
    ("He stood 5ft 10in.", "He stood five feet ten inches."),
    ("Growth slowed to 0.4pc.", "Growth slowed to zero point four percent."),
    ("Carts took 15 cwt each.", "Carts took fifteen hundredweight each."),
    ("Output hit 9 million bbl.", "Output hit nine million barrels."),
])
def test_seconds_multipliers_stones_inches_and_british_percent(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The card expires 09/2027.", "The card expires September twenty twenty seven."),
    ("Rents rose after 4/2021.", "Rents rose after April twenty twenty one."),
    ("Shoot at 1/2000 of a second.", "Shoot at one two thousandth of a second."),
])
def test_a_month_and_a_year_written_with_a_slash(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Due: Thu, Feb 8, 2024", "Due: Thursday, February eighth, twenty twenty four"),
    ("Opens Wed 12 June.", "Opens Wednesday the twelfth of June."),
    ("Read the Sun, 12 June.", "Read the Sun, the twelfth of June."),
    ("Sat by the fire.", "Sat by the fire."),
    ("It runs Fri 10/4 to Sun 10/6.", "It runs Friday October fourth to Sunday October sixth."),
    ("Open Sat., 5/4 only.", "Open Saturday, May fourth only."),
    ("The Sun 5/4 edition", "The Sun May fourth edition"),
])
def test_a_weekday_abbreviation_before_a_date(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Muster at 0630 hours.", "Muster at o six thirty hours."),
    ("The watch ran from 2000-0400 hrs.", "The watch ran from twenty hundred to o four hundred hours."),
    ("Lights out by 2215h tonight.", "Lights out by twenty two fifteen hours tonight."),
    ("It took 1250 hours of work.", "It took one thousand two hundred fifty hours of work."),
])
def test_a_clock_time_in_four_digits_before_hours(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("A crepe costs €3,50 in Lyon.", "A crepe costs three euros fifty cents in Lyon."),
    ("Menus from 14,90 € daily.", "Menus from fourteen euros ninety cents daily."),
    ("The bill came to €3,500.", "The bill came to three thousand five hundred euros."),
])
def test_a_decimal_comma_in_euros(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("We sail on 8/14 at dawn.", "We sail on August fourteenth at dawn."),
    ("The offer runs until 11/30.", "The offer runs until November thirtieth."),
    ("Doors open Saturday 5/18.", "Doors open Saturday May eighteenth."),
    ("Term starts on 28/9 here.", "Term starts on the twenty eighth of September here."),
    ("Life changed after 9/11 for many.", "Life changed after nine eleven for many."),
])
def test_a_month_and_a_day_after_a_word_that_asks_for_a_date(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Prices fell by 1/4 overnight.", "Prices fell by one quarter overnight."),
    ("Stir in 2/3 cup of milk.", "Stir in two thirds cup of milk."),
    ("Build on 2/3 of the site.", "Build on two thirds of the site."),
    ("The door is 6'1\" high.", "The door is six feet one inch high."),
])
def test_fractions_after_by_or_before_of_or_a_unit_stay_fractions(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Exports hit 1.4m tonnes.", "Exports hit one point four million tonnes."),
    ("About 40k fans came.", "About forty thousand fans came."),
    ("Some 2m children were fed.", "Some two million children were fed."),
    ("The crane lifted it 3m upwards.", "The crane lifted it three meters upwards."),
    ("They built a 4m fence.", "They built a four meter fence."),
    ("A 20km-long queue formed.", "A twenty kilometer-long queue formed."),
    ("It gives 95 lb-ft or 80 Nm.", "It gives ninety five pound feet or eighty newton meters."),
])
def test_a_scale_letter_before_a_count_a_compound_adjective_and_torque(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("It fell on 9 May, 1945, at last.", "It fell on the ninth of May, nineteen forty five, at last."),
    ("It fell on 9 May 1945 at last.", "It fell on the ninth of May nineteen forty five at last."),
])
def test_a_comma_before_the_year_of_a_day_first_date_is_kept(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("We got 100s of letters.", "We got hundreds of letters."),
    ("It drew 1,000s of visitors.", "It drew thousands of visitors."),
    ("Line up in 4s and 5s.", "Line up in fours and fives."),
    ("He rolled two 6s.", "He rolled two sixes."),
    ("The Model 3s sold out.", "The Model threes sold out."),  # h68: a model's plural after its name
])
def test_a_plural_of_a_round_number_or_a_digit(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("We checked that 5 - 3 = 2.", "We checked that five minus three equals two."),
    ("So 3 x 4 = 12 again.", "So three times four equals twelve again."),
    ("and 10 / 2 = 5", "and ten divided by two equals five"),
])
def test_spaced_arithmetic_before_an_equals_sign_is_said_as_sums(written: str, spoken: str) -> None:
    """The "=" became a word before the sums were read, so "-" was a range's "to" and "x" a letter."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The film got 4/5 stars.", "The film got four out of five stars."),
    ("a 3/5 rating", "a three out of five rating"),
    ("Critics rated it 8/10.", "Critics rated it eight out of ten."),
    ("It averages 4.5/5 on the site.", "It averages four point five out of five on the site."),
    ("Add 1/2 cup of milk.", "Add one half cup of milk."),
    ("They scored 2/3 of the points.", "They scored two thirds of the points."),
    # marks out of ten after "a", or given: "a ten ten", "give it ten ten" reached the voice
    ("A 10/10 from critics.", "A ten out of ten from critics."),
    ("I give it 10/10.", "I give it ten out of ten."),
    ("It got an 8/10 from us.", "It got an eight out of ten from us."),
    ("It's a 5/5 from me.", "It's a five out of five from me."),
    ("Add a 1/10 dose.", "Add a tenth dose."),  # a fraction
    ("A 1/10 chance of rain.", "A one in ten chance of rain."),
    ("The song is in 4/4 time.", "The song is in four four time."),
])
def test_a_score_out_of_a_total_is_not_a_fraction(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The team stands at 49-30-4 this season.", "The team stands at forty nine, thirty, four this season."),
    ("They went 10-2-1 at home.", "They went ten, two, one at home."),
    ("He won 6-4 in the end.", "He won six to four in the end."),
])
def test_a_tally_of_three_numbers_is_said_one_by_one(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("He served in 1998-9.", "He served in nineteen ninety eight to ninety nine."),
    ("The 1870-5 census", "The eighteen seventy to seventy five census"),
    ("from 1998-99", "from nineteen ninety eight to ninety nine"),
])
def test_a_span_of_years_ending_in_one_digit_ends_in_the_same_decade(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("SEPT. 15TH, 1821", "September fifteenth, eighteen twenty one"),
    ("It sailed on the 15TH of May.", "It sailed on the fifteenth of May."),
])
def test_a_date_with_its_ordinal_in_capitals(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Flat 5A is empty.", "Flat five Eh is empty."),
    ("Board at Gate 12A.", "Board at Gate twelve Eh."),
    ("a 13A fuse", "a thirteen amp fuse"),
    ("It charges at 2A.", "It charges at two amps."),
])
def test_a_capital_against_a_number_after_a_label_word_is_part_of_a_name(written: str, spoken: str) -> None:
    """"Flat 5A" was "five amps"; after a word naming a place or a part the letter belongs to the label."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Read pp. 74-6 again.", "Read pages seventy four to seventy six again."),
    ("See pages 123-45.", "See pages one hundred twenty three to one hundred forty five."),
    ("It won 30-7.", "It won thirty to seven."),  # a score, not a shortened range
    ("from 500-1000 words", "from five hundred to one thousand words"),
])
def test_a_shortened_page_range_ends_on_the_whole_page(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The prefix 978-0 marks English books.", "The prefix nine hundred seventy eight, zero marks English books."),
    ("Call 555-0100 now.", "Call five five five, zero one zero zero now."),
    ("the 12-05 service", "the twelve, zero five service"),
    ("units 101-105", "units one hundred one to one hundred five"),  # rooms are said as rooms: "one o one"
    ("They won 100-0.", "They won one hundred to zero."),  # a score: the end is no shortened start
])
def test_two_numbers_that_cannot_be_a_range_are_said_one_after_the_other(written: str, spoken: str) -> None:
    """No range ends on a number led by a zero, or on a shorter one that falls below its start ("978-0")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Rates rose to 5.25%-5.5% in May.", "Rates rose to five point two five to five point five percent in May."),
    ("Expect 20°C–25°C today.", "Expect twenty to twenty five degrees Celsius today."),
    ("a 3%-4% rise", "a three to four percent rise"),
    ("It fell 5% -6% later.", "It fell five percent minus six percent later."),  # a sign, not a dash
])
def test_a_range_with_its_unit_on_both_ends_says_the_unit_once(written: str, spoken: str) -> None:
    """"5%-6%" was "five percentminus six percent": the dash after the first sign was read as a minus."""
    assert speakable(written) == spoken

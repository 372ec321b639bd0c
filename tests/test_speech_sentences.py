"""Classes of whole-sentence text (issue 10): each case is our own example of its class."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Patients with HIV-AIDS were seen.", "Patients with H.I.V-Aids were seen."),
    ("The DSM-5 criteria changed.", "The D.S.M five criteria changed."),
    ("An RT-PCR kit costs more.", "An R.T-P.C.R kit costs more."),
    ("A pro-EU vote.", "A pro-E.U vote."),
])
def test_an_acronym_joined_by_a_hyphen_is_still_spelled(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Both dsDNA and mRNA were found.", "Both D.S.D.N.A and M.R.N.A were found."),
    ("An fMRI scan of the cortex.", "An F.M.R.I scan of the cortex."),
    ("The app runs on iOS and stores cDNAs.", "The app runs on I.O.S and stores C.D.N.A.'s."),
    ("It runs on macOS on an iPhone and on eBay.", "It runs on macOS on an iPhone and on eBay."),
])
def test_small_letters_before_capitals_are_spelled(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Tides: A short history of the sea.", "Tides: A short history of the sea."),
    ("Harbors; A survey.", "Harbors; A survey."),
    ("(2) A second rope is tied.", "(two) A second rope is tied."),
    ("Plan A failed.", "Plan Eh failed."),
    ("His grade: A.", "His grade: Eh."),
    ("12 A NIGHT AT SEA", "twelve a night at sea"),
    ("THEY SAILED A BOAT HOME", "they sailed a boat home"),
    ("Vitamin A RDA figures", "Vitamin A R.D.A figures"),
])
def test_the_article_a_opening_a_clause_or_in_capitals_is_not_the_letter(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("WE NEED A 5-YEAR PLAN FOR THE CITY.", "we need a five year plan for the city."),
    ("HE PAID A $5 FEE AND LEFT.", "he paid a five dollar FEE and left."),
    ("THEY BOUGHT A # 2 PENCIL.", "they bought a number two pencil."),
    ("THE TEAM WON A 3-1 VICTORY", "the team won a three to one VICTORY"),
    ('A "SMART" HOME IS NOT ALWAYS SAFE', 'a "smart" home is not always safe'),
    ("PLAN A TRIP TO THE COAST", "plan a trip to the coast"),
    ("CLASS A DRUGS SEIZED IN RAID", "class Eh drugs seized in raid"),
    ("GATE A 12 IS CLOSED", "gate Eh twelve is closed"),
    ("SHE GOT AN A IN MATHS", "she got an Eh in MATHS"),
])
def test_a_headline_in_capitals_says_the_article_before_an_amount_and_the_letter_after_its_label(
        written: str, spoken: str) -> None:
    """An "A" before a number or a symbol in a line of capitals had been read as the letter ("won Eh three to one")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("WAITING LIST HITS RECORD 7.8M", "WAITING list hits record seven point eight million"),
    ("CLUB SALES HIT 2.5B IN 2024", "club sales hit two point five billion in twenty twenty four"),
    ("Meta released Llama 2.5B today.", "Meta released Llama two point five B today."),
])
def test_a_scale_letter_after_a_headline_word_in_capitals_is_a_scale_not_part_of_a_name(
        written: str, spoken: str) -> None:
    """"HITS RECORD 7.8M" had been "seven point eight M": every word of the headline was taken for a name."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("RED WARNING: 100MM OF RAIN BY SUNDAY", "red WARNING: one hundred millimeters of rain by SUNDAY"),
    ("It rained 100Mm overnight.", "It rained one hundred millimeters overnight."),
    ("a 100mM solution of salt", "a hundred millimolar solution of salt"),
    ("A 2GB card and a 4Gb chip", "A two gigabyte card and a four gigabit chip"),
])
def test_a_unit_in_capitals_is_the_small_unit_of_that_name(written: str, spoken: str) -> None:
    """"100MM" had been millimolar: of "mm" and "mM", folded alike, the table's last had won."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("OPEN 9AM-5PM MON-FRI", "open nine AM to five PM Monday to Friday"),
    ("OPEN MON TO SAT", "open Monday to Saturday"),
    ("Open Mon to Sat, 10-4.", "Open Monday to Saturday, ten to four."),
    ("Classes run Tue through Thu.", "Classes run Tuesday through Thursday."),
    ("Open Mon thru Fri 9-5", "Open Monday thru Friday nine to five"),
    ("The Sun to Sat", "The Sun to Sat"),
])
def test_a_span_of_weekdays_in_capitals_or_joined_by_a_word_is_read_as_days(written: str, spoken: str) -> None:
    """"MON-FRI" had been left as letters and "MON TO SAT" read "MON to sat" (the verb)."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Why A 4-Day Week Works", "Why a four Day Week Works"),
    ("How To Get A $500 Bonus", "How To Get a five hundred dollar Bonus"),
    ("Tesla Recalls 2M Cars Over Autopilot", "Tesla Recalls two million Cars Over Autopilot"),
    ("Netflix Adds 9M Subscribers In Third Quarter", "Netflix Adds nine million Subscribers In Third Quarter"),
    ("Plan A 2 Years Ago Failed Badly", "Plan Eh two Years Ago Failed Badly"),
    ("The Ford Model A 1928 Edition Goes On Sale", "The Ford Model Eh nineteen twenty eight Edition Goes On Sale"),
    ("We chose Plan A 2 years ago.", "We chose Plan Eh two years ago."),
    ("Meta released Llama 2.5B today.", "Meta released Llama two point five B today."),
])
def test_a_headline_in_title_case_reads_its_article_and_its_scale_letters(written: str, spoken: str) -> None:
    """Every word capitalised: "A" before an amount had been the letter and "2M Cars" a name's "M"."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("FERRY CO. WINS 3 NEW ROUTES", "ferry CO. wins three new ROUTES"),
    ("MILLS HIT BY TNT BLAST", "MILLS hit by T.N.T blast"),
    ("MR LANE VISITS PORTLAND", "MR lane visits PORTLAND"),
    ("OAK BAY, CALIFORNIA, March, 1902.", "OAK BAY, CALIFORNIA, March, nineteen o two."),
])
def test_a_line_in_capitals_is_judged_before_its_numbers_become_words(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("See vol 3 of the series.", "See volume three of the series."),
    ("As Fig 2 shows.", "As Figure two shows."),
    ("Read ch. 4 first.", "Read chapter four first."),
    ("Notes on pp 12-14.", "Notes on pages twelve to fourteen."),
    ("He signed with Hollis bros for a year.", "He signed with Hollis Brothers for a year."),
    ("Walsh Bros. Ltd", "Walsh Brothers Limited"),
    ("Baker, jr was there.", "Baker, Junior was there."),
    ("Adams jr, Paul wrote it.", "Adams Junior, Paul wrote it."),
    ("We ate at mr T's diner.", "We ate at Mr T's diner."),
    ("It was 3 yrs ago.", "It was three years ago."),
    ("She went to see the Dr.", "She went to see the Dr."),
])
def test_abbreviations_written_small_or_without_a_stop(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Its ISSN 1234-5678 is inside.", "Its I.S.S.N one two three four five six seven eight is inside."),
    ("Cite it as ISSN: 2049-361X please.", "Cite it as I.S.S.N two zero four nine three six one X please."),
    ("ISBN 1-23-456789-0 is on the back.", "I.S.B.N one two three four five six seven eight nine zero is on the back."),
])
def test_book_and_serial_numbers_are_read_digit_by_digit(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_hundredweight() -> None:
    assert speakable("The barge took 40 cwt. of slate.") == "The barge took forty hundredweight of slate."


@pytest.mark.parametrize(("written", "spoken"), [
    ("Rates rose 4 per cent. in May.", "Rates rose four per cent. in May."),
    ("Rates rose 4% in May.", "Rates rose four percent in May."),
])
def test_per_cent_is_said_as_written(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The canal is 1240 miles long.", "The canal is one thousand two hundred forty miles long."),
    ("Some 1650 people lived there.", "Some one thousand six hundred fifty people lived there."),
    ("In 1650 people lived there.", "In sixteen fifty people lived there."),
    ("The 1984 elections.", "The nineteen eighty four elections."),
    ("Some 1800 sailors signed on.", "Some eighteen hundred sailors signed on."),
])
def test_a_four_digit_number_before_a_counted_noun_is_an_amount(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Up until 9 June, the ferry ran.", "Up until the ninth of June, the ferry ran."),
    ("Closed prior to 3 March.", "Closed prior to the third of March."),
    ("Open from the 2nd to 4th of May.", "Open from the second to fourth of May."),
    ("Songs of the '60's.", "Songs of the sixties."),
    ("Mr and Mrs Hale came; so did mr and mrs Ortiz.", "Mr and Mrs Hale came; so did Mr and Mrs Ortiz."),
])
def test_dates_decades_and_couples(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Queen Mary I. Her reign was short.", "Queen Mary the first. Her reign was short."),
    ("When Lothair II. died, the land was split.", "When Lothair the second. died, the land was split."),
    ("Emperor Basil II ruled long.", "Emperor Basil the second ruled long."),
    ("When I met King Ivan I was young.", "When I met King Ivan I was young."),
    ("THE MILL--III", "the mill--three"),
    ("And so it ended. --IV.", "And so it ended. --four."),
    ("As II Timothy and 1 Samuel say.", "As Second Timothy and First Samuel say."),
    ("There were 2 Kings and I John.", "There were two Kings and I John."),
])
def test_monarchs_sections_and_numbered_books(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # "I" after a king's name that opens a clause or follows a preposition is his numeral
    ("We know that Edward I died at Burgh.", "We know that Edward the first died at Burgh."),
    ("Louis I was crowned at Reims.", "Louis the first was crowned at Reims."),
    ("Under James I the fleet grew.", "Under James the first the fleet grew."),
    ("Edward I and Philip IV met.", "Edward the first and Philip the fourth met."),
    # after a verb's object it is the pronoun
    ("I asked James I would stay.", "I asked James I would stay."),
    ("When I saw Louis I was glad.", "When I saw Louis I was glad."),
    # a hyphenated name, or a ruler's domain after the numeral, makes any name a ruler's
    ("Then Ashur-Dan II rebuilt the walls.", "Then Ashur-Dan the second rebuilt the walls."),
    ("His son Amenemhat-Sobek V ruled.", "His son Amenemhat-Sobek the fifth ruled."),
    ("She wed Bernard VII, Count of Armagnac.", "She wed Bernard the seventh, Count of Armagnac."),
    ("Thibaut IV of Champagne wrote songs.", "Thibaut the fourth of Champagne wrote songs."),
    # a sequel or a mission is counted
    ("Gemini IV flew in June.", "Gemini four flew in June."),
])
def test_a_rulers_numeral_and_the_pronoun_i(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Mix them in a 2:1 ratio.", "Mix them in a two to one ratio."),
    ("A 1:25 scale model.", "A one to twenty five scale model."),
    ("We met at 2:15 today.", "We met at two fifteen today."),
])
def test_numbers_in_proportion_are_said_with_to(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_acronyms_said_as_words_in_computing() -> None:
    assert speakable("Set the ISO on the LAN.") == "Set the Iso on the Lan."


@pytest.mark.parametrize(("written", "spoken"), [
    ("The OR was 1.8 in the trial.", "The O.R was one point eight in the trial."),
    ("She was rushed to the OR at 3am.", "She was rushed to the O.R at three AM."),
    ("You can pay cash OR card.", "You can pay cash OR card."),
    ("Pick the red one OR the blue one.", "Pick the red one OR the blue one."),
])
def test_the_or_is_an_operating_room_or_an_odds_ratio_and_a_stressed_or_is_the_word(written: str, spoken: str) -> None:
    """"the OR" had been read as the word "or"."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("A super PAC paid for the ads.", "A super Pac paid for the ads."),
    ("She gave a TED talk.", "She gave a Ted talk."),
    ("The COP summit opened.", "The Cop summit opened."),
])
def test_three_letter_acronyms_said_as_words(written: str, spoken: str) -> None:
    """"PAC" is said "pack", "COP" "cop": spelled, they had been "P.A.C", "C.O.P" ("DOS" is the system, or a price's
    "day of show", said so beside its price: capitals._day_of_show)."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("It was released on 12 Oct 05.", "It was released on the twelfth of October o five."),
    ("He was born 3 Jan 05 in Leeds.", "He was born the third of January o five in Leeds."),
    ("Prices on 3 May 0.5% higher.", "Prices on the third of May zero point five percent higher."),
])
def test_a_short_year_after_a_day_and_a_month_is_said_o(written: str, spoken: str) -> None:
    """"12 Oct 05" had been "zero five": the house says a year's zero "o", as in "'05"."""
    assert speakable(written) == spoken

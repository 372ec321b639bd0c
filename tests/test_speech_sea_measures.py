"""A sea's measures and money before what it buys (h193, issue #10): at sea "nm" is nautical miles, also in a bearing
from a place ("4 nm south of the Lizard"), and "m" before a sea's waves, seas or swell is metres ("6m seas" was "six
million seas"); an amount after "the" before a hyphened noun or an event's name is said in the singular, as it is
after "a" ("the $10,000 buy-in", "the $1,500 Millionaire Maker"). The first 26 examples were written before narrator
read them: first score 18 of 26 (nautical miles 4 of 5, a sea's metres 1 of 5, guards 8 of 8, money before what it
buys 3 of 5, poker's millions 2 of 3), in the house's forms ("meter", "one thousand five hundred"); 25 of 26 after
h193's rules, a poker blind's "1.5m/3m" left. A bare "m" before "with", "is" or "was" where money is talked of is a
million, as before "from" ("raised to 7m with a pair"), the guards and the rest added since."""

from __future__ import annotations

import pytest

from narrator.speech import speakable

_BLINDS = ("a span of blinds in millions, '1.5m/3m', said 'meters or meters': the slash's rule reads a unit's letter"
           " before a poker word could tell it (narrator/speech/normalise/scales.py)")


@pytest.mark.parametrize(("written", "spoken"), [
    # 1. "nm" at sea: nautical miles beside a sea's word, or in a bearing from a place
    ("The yacht was 12nm off Padstow when the mast broke.", "The yacht was twelve nautical miles off Padstow when the"
     " mast broke."),
    ("The crew were rescued 4 nm south of the Lizard.", "The crew were rescued four nautical miles south of the"
     " Lizard."),
    ("A fishing boat sank about 8nm north-east of Whitby.", "A fishing boat sank about eight nautical miles north-east"
     " of Whitby."),
    ("The lifeboat found the dinghy 3nm west of the harbour.", "The lifeboat found the dinghy three nautical miles west"
     " of the harbour."),
    ("It was spotted roughly 20 nm east of Lowestoft.", "It was spotted roughly twenty nautical miles east of"
     " Lowestoft."),
    ("about 12nm north-west of Padstow", "about twelve nautical miles north-west of Padstow"),
    # 2. a sea's height in metres
    ("The trawler lost power in 6m seas.", "The trawler lost power in six meter seas."),
    ("Crews battled 4-5m waves overnight.", "Crews battled four to five meter waves overnight."),
    ("There was a 2m swell running into the bay.", "There was a two meter swell running into the bay."),
    ("Forecasters warned of 8m waves off the west coast.", "Forecasters warned of eight meter waves off the west"
     " coast."),
    ("The ferry turned back in 3.5m seas.", "The ferry turned back in three point five meter seas."),
    # guards: a chip's and a laser's nanometres, and millions of money and of people
    ("Intel's 5 nm chip ships next year.", "Intel's five nanometer chip ships next year."),
    ("a 5 nm chip north of the fab", "a five nanometer chip north of the fab"),
    ("The 1,550 nm laser is used in telecoms.", "The one thousand five hundred and fifty nanometer laser is used in"
     " telecoms."),
    ("The club agreed a £6m deal for the striker.", "The club agreed a six million pound deal for the striker."),
    ("About 6m people live there.", "About six million people live there."),
    ("Sales rose to 4m units.", "Sales rose to four million units."),
    ("the 5km north-east of the city", "the five kilometers north-east of the city"),
    # 3. money before what it buys: singular after "the" too, before a hyphened noun or an event's name
    ("He entered the $10,000 buy-in event.", "He entered the ten thousand dollar buy-in event."),
    ("She won the $1,500 Millionaire Maker.", "She won the one thousand five hundred dollar Millionaire Maker."),
    ("with the $1,500 Millionaire Maker and a $5 raffle", "with the one thousand five hundred dollar Millionaire Maker"
     " and a five dollar raffle"),
    ("the £20 top-up", "the twenty pound top-up"),
    ("its $5bn long-term plan", "its five billion dollar long-term plan"),
    ("Every guest gets a £50 voucher.", "Every guest gets a fifty pound voucher."),
    ("There is a $25 fee for late entry.", "There is a twenty five dollar fee for late entry."),
    ("Satellites cost a $5 entry.", "Satellites cost a five dollar entry."),
    # guards: an amount that is what is won or paid, and a name that does something
    ("He won $10,000 on the night.", "He won ten thousand dollars on the night."),
    ("The seat costs $1,500 to enter.", "The seat costs one thousand five hundred dollars to enter."),
    ("the $10 John Smith gave me", "the ten dollars John Smith gave me"),
    # 4. poker's chips in millions
    ("He raised to 7m from the button.", "He raised to seven million from the button."),
    ("Okafor's stack of 4.2m chips led the table.", "Okafor's stack of four point two million chips led the table."),
    pytest.param("With blinds at 1.5m/3m, his stack was short.", "With blinds at one point five million/three million,"
                 " his stack was short.", marks=pytest.mark.xfail(strict=True, reason=_BLINDS)),
    ("The wall is 7m high.", "The wall is seven meters high."),  # guard: a length
    # a bare "m" before "with", "is" or "was" where money is talked of, as before "from" (h193)
    ("Souza raised to 7m with a pair of queens.", "Souza raised to seven million with a pair of queens."),
    ("Her 4.2m was the biggest prize of the year.", "Her four point two million was the biggest prize of the year."),
    ("The start-up raised 12m with backing from banks.", "The start-up raised twelve million with backing from"
     " banks."),
    # guards: a length, a name's letter, a race
    ("She cleared 2.05m with ease.", "She cleared two point zero five meters with ease."),
    ("The Llama 2.5B is small.", "The Llama two point five B is small."),
    ("Its 60m is the tallest mast.", "Its sixty meters is the tallest mast."),
])
def test_sea_measures_and_money_before_what_it_buys(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

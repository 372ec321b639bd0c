"""Rules written for what the fourth sweep found misread (tests/fixtures/speech/unit_tokens4.tsv, prose_sweep4.tsv),
each checked on examples of our own, not the sweep's rows."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # a money sign's amount before "pm" is a rent a month, never a clock time glued to a price
    ("A double room is £620 pm.", "A double room is six hundred and twenty pounds a month."),
    ("Studio, $1,100 pm, bills extra.", "Studio, one thousand one hundred dollars a month, bills extra."),
    ("Doors open at 730 pm.", "Doors open at seven thirty PM."),
    # a judgment's paragraph in brackets after "at" or "para" is said; a footnote's number is still dropped
    ("The court said so in Jones [2015] EWHC 3 at [41].",
     "The court said so in Jones [twenty fifteen] E.W.H.C three at [forty one]."),
    ("The point is made at para [7].", "The point is made at paragraph seven."),  # h76: brackets dropped, "para" said
    ("The river floods each spring [4].", "The river floods each spring."),
    # a whole number before a score's slash makes a mixed number
    ("Critics gave it 3 1/2 stars.", "Critics gave it three and a half stars."),
    ("Critics gave it 3/4 stars.", "Critics gave it three out of four stars."),
    # "as" after a bracketed amount is no noun the amount describes
    ("Purity 72% (2.5 kg) as received.", "Purity seventy two percent (two point five kilograms) as received."),
])
def test_sweep4_misreads(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a race's prices are odds; a number over one after "at" is a price; "fav" after a price marks the favourite
    ("Golden Hind won the Oaks Derby trial at 9/2.", "Golden Hind won the Oaks Derby trial at nine to two."),
    ("The jockey's mount was sent off at 7/2.", "The jockey's mount was sent off at seven to two."),
    ("He came home at 12/1.", "He came home at twelve to one."),
    ("The 150/1 winner.", "The one hundred fifty to one winner."),
    ("Blue Lagoon 13/8 fav", "Blue Lagoon thirteen to eight favourite"),  # h157: the favourite said in full
    ("Mix 5/2 of the dough.", "Mix five halves of the dough."),
    ("The deadline is 14/1.", "The deadline is the fourteenth of January."),  # a day over twelve first: a date
])
def test_odds(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # deep time, galaxies' distances and small capacitors
    ("The crater formed 252 Ma.", "The crater formed two hundred and fifty two million years ago."),
    ("Zircons from 4.4 Ga survive.", "Zircons from four point four billion years ago survive."),
    ("Farming began about 11 kya.", "Farming began about eleven thousand years ago."),
    ("The disc lasted 3 Myr.", "The disc lasted three million years."),
    ("The cluster is 8.5 kpc away.", "The cluster is eight point five kiloparsecs away."),
    ("Fit a 22 pF capacitor.", "Fit a twenty two picofarad capacitor."),
    ("She stands 15 hh.", "She stands fifteen hands."),
    # a lab's molar concentration before a formula or a solution's word; "M" is otherwise millions or a letter
    ("Wash with 0.5 M NaCl twice.", "Wash with zero point five molar N.A.C.L twice."),  # spelled (h49)
    ("Prepare a 2 M stock.", "Prepare a two molar stock."),
    ("They hired 3 M PhD graduates.", "They hired three M P.H.D graduates."),
])
def test_science_units(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a race's distance in miles and furlongs, and a race or a train by its dotted off time
    ("The handicap is run over 2m 3f.", "The handicap is run over two miles three furlongs."),
    ("A 1m1f maiden.", "A one mile one furlong maiden."),
    ("The 3.40 at Newbury was moved.", "The three forty at Newbury was moved."),
    ("It calls at York at 10.52.", "It calls at York at ten fifty two."),
    ("Shares rose to 10.52 at the close.", "Shares rose to ten point five two at the close."),
    # an army's formations, a design's mark, an edition without its stop
    ("The 1st Armd Div crossed at dawn.", "The first Armoured Division crossed at dawn."),
    ("The 25th Inf Div landed.", "The twenty fifth Infantry Division landed."),
    ("The Mk 2 Golf was a hit.", "The Mark two Golf was a hit."),
    ("Printed in 1901; 2nd edn 1910.", "Printed in nineteen o one; second edition nineteen ten."),
    # American law's older ordinals and a reporter's series
    ("The 3d Cir. agreed.", "The third Circuit agreed."),
    ("See 45 F.2d 12.", "See forty five F second twelve."),
    ("A 3d printer.", "A three d printer."),
])
def test_racing_army_and_citations(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # sizes with "x": after "an", as a plural, and a centrifuge's "x g"
    ("Frame it in an 11x14.", "Frame it in an eleven by fourteen."),
    ("Stack the 2x6s here.", "Stack the two by sixes here."),
    ("Spin at 3,000 x g.", "Spin at three thousand times g."),
    ("It is 2x faster.", "It is two times faster."),
    # a calibre before a cartridge's name or the gun
    ("He carried a .357 Magnum.", "He carried a three fifty seven Magnum."),
    ("A .22 rifle was found.", "A twenty two rifle was found."),
    # a day counted from D-Day's, and a span of clothes' sizes
    ("Reinforcements landed on D+2.", "Reinforcements landed on D plus two."),
    ("Available in XS-XXL.", "Available in X.S to X.X.L."),
    ("Available in L-S.", "Available in L-S."),
])
def test_sizes_calibres_and_counts(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a classified ad's price terms, a gauge, and a metre's beats over the note that counts them
    ("Bike, £120 ono.", "Bike, one hundred and twenty pounds or near offer."),
    ("Desk, $80 OBO.", "Desk, eighty dollars or best offer."),
    ("Yoko Ono sang.", "Yoko Ono sang."),
    ("Use 14 ga wire.", "Use fourteen gauge wire."),
    ("The waltz is in 3/4 time.", "The waltz is in three four time."),
    ("It moves to 7/8 metre.", "It moves to seven eight metre."),
    ("Spend 1/4 time on drills.", "Spend one quarter time on drills."),
])
def test_ads_gauges_and_metres(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a second round's misses: a district or a session after its ordinal, an airborne formation, thousands of years,
    # a long rifle's calibre
    ("He sat on the 5th Dist. bench.", "He sat on the fifth District bench."),
    ("It passed in the 2nd Sess.", "It passed in the second Session."),
    ("The 101st Abn Div jumped first.", "The one hundred first Airborne Division jumped first."),
    ("The ice sheet lasted 40 kyr.", "The ice sheet lasted forty thousand years."),
    ("He shot a .17 LR.", "He shot a seventeen L.R."),
])
def test_second_round(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

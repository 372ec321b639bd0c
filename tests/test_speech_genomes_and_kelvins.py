"""Two units told by their sentence: a genome's size in gigabases and megabases where the sentence speaks of
genomes, chromosomes or sequencing ("a 3.1 Gb genome"; a laptop's "16 Gb" stays gigabits), and a spaced capital "K"
after a number where it speaks of cold or temperature ("cooled to 4 K" is kelvin; "2.7 K followers", a race's "5 K"
and "$2.7 K" are left). Written from examples of our own, each with its near misses."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("They assembled a 2.4 Gb genome from long reads.",
     "They assembled a two point four gigabase genome from long reads."),
    ("The deletion spans a 2.5 Mb region of chromosome 7.",
     "The deletion spans a two point five megabase region of chromosome seven."),
    ("The genome of the axolotl is 32 Gb.", "The genome of the axolotl is thirty two gigabases."),
    ("The 1.2 Mb locus holds four genes.", "The one point two megabase locus holds four genes."),
    ("The human genome is about 3.1 Gb long.", "The human genome is about three point one gigabases long."),
    # no genome in the sentence, or a rate: bits
    ("The laptop has 16 Gb of memory.", "The laptop has sixteen gigabits of memory."),
    ("The broadband plan gives 100 Mb/s for the genome lab.",
     "The broadband plan gives one hundred megabits per second for the genome lab."),
])
def test_a_genomes_size_is_in_bases(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The cosmic microwave background glows at 2.7 K.",
     "The cosmic microwave background glows at two point seven kelvin."),
    ("The magnet is cooled to 4 K with liquid helium.", "The magnet is cooled to four kelvin with liquid helium."),
    ("A 77 K bath of liquid nitrogen.", "A seventy seven kelvin bath of liquid nitrogen."),
    ("The temperature fell to 0.3 K.", "The temperature fell to zero point three kelvin."),
    # thousands, a race's distance, money, a letter: left
    ("She has 2.7 K followers.", "She has two point seven K followers."),
    ("A cold 10 K run on Sunday.", "A cold ten K run on Sunday."),
    ("It costs $2.7 K to cool the lab.", "It costs two point seven thousand dollars to cool the lab."),
    ("Vitamin K is cold comfort.", "Vitamin K is cold comfort."),
])
def test_a_spaced_k_in_talk_of_temperature_is_kelvin(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", ["genome 1 Gb ", "1Gb1Mb ", "cold 1 K ", "1 K 1 K."])
def test_the_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

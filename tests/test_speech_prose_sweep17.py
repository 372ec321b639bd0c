"""h68's sweep (issue #10) of the classes the first wave of this round left as known misses: an amount or measure
before the noun it names ("a 20c coin", "45W wired charging", "the 11.4 km elevated section"), capitals spelled or
said (a trial's "HR", a handle's "@BBCNews", a video mode's "720p", a model's plural "Pixel 8s"), and forms
(a team's form "W5 D2 L3", a power in a fraction "1/λ⁴", an age's plus, a listing's "conc.", a water bill's "kl"),
each with look-alikes that must keep their reading (tests/fixtures/speech/prose_sweep17.tsv, each read in its style
column's language tag). Compared as the fourteenth sweep compares (case and punctuation dropped)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, relaxed, sweep_tests

from narrator.speech import speakable

# What the sweep found misread and left, each needing a rule this branch did not write.
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("prose_sweep17.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=50, styles=5)
globals().update(sweep_tests(SWEEP))


# Each rule's readings and the look-alikes it must leave, exactly as said.
_RULES = [
    # cents before the noun they name are singular; pence, a price alone and a rate keep their plural
    ("en-au", "He found 20c coins in a jar.", "He found twenty cent coins in a jar."),
    ("en-us", "It was a 50c piece.", "It was a fifty cent piece."),
    ("en-gb", "It was a 20p coin.", "It was a twenty pence coin."),
    ("en-au", "It costs 20c a go.", "It costs twenty cents a go."),
    # a power rating before an adjective and what it powers
    ("en-us", "It has 65W wired charging.", "It has sixty five watt wired charging."),
    ("en", "It charges at 45W wired or 15W wireless.",
     "It charges at forty five watts wired or fifteen watts wireless."),
    # a zoom between the size and what it describes
    ("en-us", "Cameras: 50MP main, 10MP 3x telephoto.",
     "Cameras: fifty megapixel main, ten megapixel three times telephoto."),
    ("en-us", "It shoots 10MP 3x shots.", "It shoots ten megapixels three times shots."),
    # after "the" (and a superlative), an adjective in "-ed" before a noun
    ("en-gb", "The 2 km raised walkway opens.", "The two kilometre raised walkway opens."),
    ("en-us", "It is the best $99 speaker.", "It is the best ninety nine dollar speaker."),
    ("en", "The $5 million raised went to charity.", "The five million dollars raised went to charity."),
    ("en", "The 10 km covered today was hard.", "The ten kilometers covered today was hard."),
    # video modes of three digits, as "1080p" is said
    ("en", "It records 480p and 1080p.", "It records four eighty p and ten eighty p."),
    # a model's plural after a name; a decade and a Boeing keep theirs
    ("en-gb", "The Under 21s won.", "The Under twenty ones won."),
    ("en-gb", "In 80s London, rents were low.", "In eighties London, rents were low."),
    ("en", "Boeing 747s are rare.", "Boeing seven forty sevens are rare."),
    ("en", "They flew two 787s.", "They flew two seven eighty sevens."),
    # a team's form; a postcode's letters are left
    ("en-gb", "Form: W2, D1, L2.", "Form: won two, drawn one, lost two."),
    ("en-gb", "Take the W1 L bus.", "Take the W one L bus."),
    # a trial's statistics in their brackets; HR elsewhere is spelled
    ("en", "Odds rose (OR=1.32, 95%CI 1.1-1.6).",
     "Odds rose (odds ratio one point three two, ninety five percent C.I one point one to one point six)."),
    ("en-us", "Judge had 2 HR.", "Judge had two H.R."),
    ("en", "The HR 4.2 release", "The H.R four point two release"),
    # an age's plus
    ("en-gb", "Aged 18+ only.", "Aged eighteen and over only."),
    ("en-gb", "It is an 18+ event.", "It is an eighteen plus event."),
    # a listing's concessions, a chemist's "conc." left
    ("en-gb", "Entry £6, £4 concs.", "Entry six pounds, four pounds concessions."),
    ("en-gb", "Add conc. HCl slowly.", "Add conc. H.C.L slowly."),
    # a power on a Greek or small Latin letter, and a number over a Greek one
    ("en", "σ² is the variance.", "sigma squared is the variance."),
    ("en", "It falls as 1/r⁴.", "It falls as one over r to the power of four."),
    ("en", "The γ/δ ratio", "The gamma or delta ratio"),
    # a handle's initials before a word
    ("en", "Ask @NYTimes or @jack_dorsey.", "Ask at N.Y Times or at jack underscore dorsey."),
    # capitals ending in two consonants no English word ends with are spelled; a word's ending keeps the word
    ("en-us", "It ran in NEJM and the BMJ.", "It ran in N.E.J.M and the B.M.J."),
    ("en", "The NAACP met.", "The N.A.A.C.P met."),
    ("en", "Talks at CERN and BRICS.", "Talks at Cern and Brics."),
    # a bill an amount of money names, with no article
    ("en-us", "He found a $5 bill and a $10 bill.", "He found a five dollar bill and a ten dollar bill."),
    ("en-us", "The $5 bill is worn.", "The five dollar bill is worn."),
    # a line, a route or a crossing between two places joined by a hyphen; a brand's or two peoples' names kept
    ("en-gb", "Trains on the Hull-York line are cut.", "Trains on the Hull to York line are cut."),
    ("en-gb", "New York-Boston flights resume.", "New York to Boston flights resume."),
    ("en-gb", "It was an Anglo-French route.", "It was an Anglo-French route."),
    ("en-us", "The Hewlett-Packard line of printers.", "The Hewlett-Packard line of printers."),
    ("en-gb", "The new Mercedes-Benz line-up.", "The new Mercedes-Benz line-up."),
    # kilolitres
    ("en-au", "A household using 20kL a month", "A household using twenty kilolitres a month"),
]


@pytest.mark.parametrize(("language", "written", "spoken"), _RULES)
def test_rule(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken

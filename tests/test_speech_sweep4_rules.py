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
    ("The point is made at para [7].", "The point is made at para [seven]."),
    ("The river floods each spring [4].", "The river floods each spring."),
    # a whole number before a score's slash makes a mixed number
    ("Critics gave it 3 1/2 stars.", "Critics gave it three and a half stars."),
    ("Critics gave it 3/4 stars.", "Critics gave it three out of four stars."),
    # "as" after a bracketed amount is no noun the amount describes
    ("Purity 72% (2.5 kg) as received.", "Purity seventy two percent (two point five kilograms) as received."),
])
def test_sweep4_misreads(written: str, spoken: str) -> None:
    assert speakable(written) == spoken

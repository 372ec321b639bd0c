"""A site under a country's two-letter ending is an address ("shop.ee" -> "shop dot EE"; it went to the voice as
written), as it was under the endings listed before; endings that are words after a stop ("is", "to", "am") are not
taken."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Visit shop.ee or news.lv today.", "Visit shop dot EE or news dot LV today."),
    ("The bank.hr site was down.", "The bank dot HR site was down."),
    ("Book at hotel.sg before May.", "Book at hotel dot SG before May."),
    ("Read delfi.lt and pravda.sk for both sides.", "Read delfi dot LT and pravda dot SK for both sides."),
    ("Shop at gadgets.ph now.", "Shop at gadgets dot PH now."),
    ("The U.S. hr dept. replied.", "The U.S hr department replied."),  # a department, no address
])
def test_a_site_under_a_countrys_ending_is_an_address(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


def test_the_domain_rule_stays_linear() -> None:
    check_linear("a.ee.", read=lambda text: speakable(text, "en"))

"""A club's or a society's officers written "Hon. Sec." and "Hon. Treas." are honorary (unpaid) officers, said in full;
"Hon." before a name stays the title ("the Hon. John Smith": "the Honorable John Smith")."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("The Hon. Sec. replied by return.", "The Honorary Secretary replied by return."),
    ("Entries go to the Hon. Sec. of the club.", "Entries go to the Honorary Secretary of the club."),
    ("Hon. Treas. Mrs Day presented the accounts.", "Honorary Treasurer Mrs Day presented the accounts."),
    ("Our Hon. Secretary, Ann Lowe, retires.", "Our Honorary Secretary, Ann Lowe, retires."),
    ("The Hon. John Smith spoke first.", "The Honorable John Smith spoke first."),
])
def test_honorary_officers_are_said_in_full(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken

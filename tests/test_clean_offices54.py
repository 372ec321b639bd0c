"""A prompt's word that names an office ("Membership Secretary", "Newsletter Editor", "Email Officer") is a post, not a
page's button: a club's note signed "Priya (Membership Secretary)" lost its writer's line as a call to action, for the
word "Membership" alone (issue #10: clutter needs evidence of clutter, never a word alone). Examples of our own, with
near misses that are still the page's asks."""

from __future__ import annotations

import pytest

from narrator.clean.lines import is_cta, words_of
from tests.own_text4 import pasted

_NOTE = ("Club news\n\nThe hut is open on Saturday from ten, and the kettle is fixed.\n\nPlease bring your own mug. "
         "Renewals are due by the end of January.\n\n{signed}\n")


@pytest.mark.parametrize(("line", "asks"), [
    ("Priya (Membership Secretary)", False),
    ("Membership Secretary", False),
    ("Newsletter Editor", False),
    ("Email Officer", False),
    ("Donations coordinator", False),
    # near misses: the page's own asks, a prompt's word alone or beside no office
    ("Membership", True),
    ("Newsletter", True),
    ("Membership benefits", True),
    ("Newsletter sign-up", True),
    ("Join our newsletter team", True),
    ("Donate today", True),
])
def test_a_prompts_word_naming_an_office_is_no_ask(line: str, asks: bool) -> None:
    assert is_cta(line, words_of(line)) is asks


@pytest.mark.parametrize(("signed", "authors"), [
    ("Priya (Membership Secretary)", ("Priya",)),
    ("Tom Hale (Newsletter Editor)", ("Tom Hale",)),
])
def test_a_note_signed_with_an_office_keeps_its_writer(signed: str, authors: tuple[str, ...]) -> None:
    article = pasted(_NOTE.format(signed=signed))
    assert article.meta.authors == authors
    assert any("Renewals are due" in block.text for block in article.blocks)

"""The cleaner's left classes (issue #10, h101's wave): an advice column's closing prompt to write in with questions,
a story's closing note on how it was produced (a reporting scheme's, a partnership's, a grant's), a help page's "Can't
find your answer here? Send us a message" and a letters page's signatures. Each example and its expected reading were
written before the cleaner first ran on it (first score: 18 of 32 right: write-in 8/12, notes 5/9, help 2/5, letters
3/6; now 32 of 32); beside them, the near misses that must not change."""

from __future__ import annotations

import pytest

from narrator.clean import clean
from narrator.clean.lines import make_line
from narrator.config import CleanSettings
from narrator.model import Format, Source
from tests.own_text4 import kept, pasted

_PARAS = ("The council will decide in June whether to keep the village's last bus, the 46, running on Sundays.",
          "Riders told the meeting that without it they could not reach the hospital or the market in town.",
          "The operator says fewer than twenty people use the Sunday service, but the parish disputes the count.")


def _html(last: str) -> list[str]:
    """A short article page whose story closes on the paragraph last, as the cleaner reads it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in (*_PARAS, last))
    page = (f"<html><head><title>The last bus - Courier</title></head><body><main><article><h1>The last bus</h1>"
            f"{paragraphs}</article></main></body></html>")
    return [b.text for b in clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).blocks]


def _text(last: str) -> list[str]:
    """The same story as a user's own text, its title over its paragraphs: every line of it is read."""
    return kept(pasted("The last bus\n\n" + "\n\n".join((*_PARAS, last)) + "\n"))


def _dump(last: str) -> list[str]:
    """The same story copied from its page: the site's menu over it, its footer under it."""
    return kept(pasted("The Courier\nHome\nNews\nSport\nWeather\nThe last bus\n" + "\n".join((*_PARAS, last))
                       + "\nMost read\nShare this article\n© 2026 The Courier. All rights reserved.\n"))


# --- a column's prompt to write in ------------------------------------------------------------------------------------

_WRITE_IN = [
    "Send your questions to Ada at askada@herald.example or use this form.",
    "Email your dilemmas to Dear Tom at deartom@weekly.example.",
    "Submit your gardening questions to Rhys using our online form.",
    "Send your money worries to Ruth at money@courier.example and she will answer one each week.",
]
_NOT_WRITE_IN = [
    # a story's instruction with no address or form: what the council told residents
    "Send your questions to the council before Friday, the chair told the residents at the meeting.",
    # reported, not asked of the reader, though it names an address
    "She asked readers to send their questions to askada@herald.example, and hundreds did.",
    "Write your questions on a card and we will answer them at the end of the evening.",
]


@pytest.mark.parametrize("line", _WRITE_IN)
def test_a_prompt_to_send_in_questions_with_an_address_or_form_is_a_prompt(line: str) -> None:
    assert make_line(0, line, 0).cta


@pytest.mark.parametrize("line", _NOT_WRITE_IN)
def test_sending_questions_without_the_pages_address_is_the_story(line: str) -> None:
    assert not make_line(0, line, 0).cta


@pytest.mark.parametrize("line", _WRITE_IN[:2])
def test_a_columns_closing_prompt_is_not_read_on_a_page(line: str) -> None:
    assert _html(line) == list(_PARAS)


@pytest.mark.parametrize("line", _NOT_WRITE_IN)
def test_a_storys_last_line_about_sending_questions_is_read(line: str) -> None:
    assert _html(line)[-1] == line


# --- a closing note on how the story was produced ---------------------------------------------------------------------

_NOTES = [
    "This article was produced by a Local Democracy Reporter under the BBC-funded scheme.",
    "This story was produced in partnership with the Fenland Journalism Project.",
    "This report was supported by a grant from the River Trust.",
    "This article is part of a series funded by the Community News Fund.",
]
_NOT_NOTES = [
    "This story was produced by the school's drama club last spring, and the whole village came to see it.",
    "This report was supported by every councillor at the meeting except two.",
    "This article of faith, the vicar said, is what keeps the chapel open.",
]


@pytest.mark.parametrize("note", _NOTES)
def test_a_closing_note_on_how_the_story_was_produced_is_not_read(note: str) -> None:
    assert _html(note) == list(_PARAS) and _dump(note) == list(_PARAS)


@pytest.mark.parametrize("note", _NOTES[:2])
def test_a_users_own_text_closing_on_such_a_note_is_read_whole(note: str) -> None:
    """No menu, no footer: the writer's own text, every line of it read (issue #10), the note too."""
    assert _text(note)[-1] == note


@pytest.mark.parametrize("line", _NOT_NOTES)
def test_a_last_paragraph_about_a_story_or_report_is_read(line: str) -> None:
    assert _html(line)[-1] == line and _dump(line)[-1] == line


# --- a help page's lead: "Can't find your answer here? Send us a message" ---------------------------------------------

_HELP = "{top}Delivery and returns\n{lead}\nHow long does delivery take?\nMost parcels arrive within three days.\n" \
        "Can I return a chair?\nYes, within a month, if it is unused and in its box.\n{end}"


@pytest.mark.parametrize(("lead", "end"), [
    ("Can't find your answer here? Send us a message and we'll reply within a day.", ""),
    ("Didn't find what you were looking for? Contact our team and we will get back to you.", ""),
    ("Most questions are answered below.", "Still can't find the answer you need? Get in touch with us.\n"),
])
def test_a_help_pages_lead_about_finding_the_answer_is_not_read(lead: str, end: str) -> None:
    lines = kept(pasted(_HELP.format(top="", lead=lead, end=end)))
    assert "How long does delivery take?" in lines
    assert not [line for line in lines if "find" in line]


@pytest.mark.parametrize("lead", [
    "Can't find your keys? Look in the fridge first, then in the pockets of every coat.",  # the writer's tip
    "Can't find the answer here? Neither could I, so I rang the shop and asked them.",  # the writer's own story
])
def test_a_writers_line_about_not_finding_something_is_read(lead: str) -> None:
    assert lead in kept(pasted(_HELP.format(top="", lead=lead, end="")))


# --- a letter's signature under it on a letters page ------------------------------------------------------------------

_LETTER_ONE = "The new footbridge is too steep for my mother's wheelchair, and the ramp at the far end is closed."
_LETTER_TWO = "I walk the towpath every morning and have never seen it so clean. Thank you to the volunteers."


def _letters(holder: str, first: str, second: str) -> list[str]:
    """A letters page of two letters, each signed in holder (its {} the signature)."""
    body = (f"<h2>A bridge too steep</h2><p>{_LETTER_ONE}</p>{holder.format(first)}"
            f"<h2>A cleaner towpath</h2><p>{_LETTER_TWO}</p>{holder.format(second)}")
    page = (f"<html><head><title>Letters to the editor - Courier</title></head><body><main><article>"
            f"<h1>Letters to the editor</h1>{body}</article></main></body></html>")
    return [b.text for b in clean(Source("letters.html", page.encode(), Format.HTML), CleanSettings()).blocks]


@pytest.mark.parametrize(("holder", "first", "second"), [
    ("<p class='signature'>{}</p>", "Joan Pryce, Ely", "Name and address supplied"),
    ("<p class='signature'><em>{}</em></p>", "Dr Sam Okafor, March", "Tom Reed, Littleport"),
    ("<p class='letter-signature signature'>{}</p>", "Rita Hale, Soham", "Ben Ashe, Ely"),
])
def test_a_letters_signature_under_it_is_read(holder: str, first: str, second: str) -> None:
    lines = _letters(holder, first, second)
    assert lines[lines.index(_LETTER_ONE) + 1] == first and lines[lines.index(_LETTER_TWO) + 1] == second


@pytest.mark.parametrize("signature", [
    "<div class='signature'>Retired engineer. Advice given in good faith.</div>",  # a forum's, in its own box
    "<p class='signature'>Retired engineer. Advice given in good faith.</p>",  # sentences: the poster's motto
])
def test_a_posts_signature_is_still_not_read(signature: str) -> None:
    lines = _letters("{}", signature, signature)
    assert not [line for line in lines if "good faith" in line]


def test_a_short_last_line_under_unsigned_sections_is_still_trimmed() -> None:
    """Only a page that signs its earlier letters keeps its last short line: alone, it is a widget's."""
    page = ("<html><head><title>Towpath news - Courier</title></head><body><main><article><h1>Towpath news</h1>"
            f"<h2>A bridge too steep</h2><p>{_LETTER_ONE}</p><h2>A cleaner towpath</h2><p>{_LETTER_TWO}</p>"
            "<p>Towpath Volunteers Group</p></article></main></body></html>")
    blocks = clean(Source("news.html", page.encode(), Format.HTML), CleanSettings()).blocks
    assert blocks[-1].text == _LETTER_TWO

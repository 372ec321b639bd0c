"""Escapes found by fuzzing round 46's pages, texts and articles through `clean` (round 47): damaged copies of
pages21-23, own_text23-25 and articles26. Each case failed on the round's start; clean must stay linear and raise only
NarratorError."""

from __future__ import annotations

import logging
import time

import pytest
from lxml import html as lxml_html
from sweeps import check_linear

from narrator import speakable
from narrator.clean import clean
from narrator.clean.common import drop_repeats
from narrator.clean.footnotes import notes_after_paragraphs
from narrator.clean.textsections import _SECTION_NAME
from narrator.config import CleanSettings
from narrator.model import Block, BlockKind, Format, Metadata, Source


def _clean_text(text: str) -> object:
    """The clean stage on a user's plain text."""
    return clean(Source(origin="fuzz.txt", data=text.encode(), format_hint=Format.TEXT), CleanSettings())


# A heading's date set off after its words ("Minutes - 4 March 2025") was looked for after each separator of the line,
# reading the words of everything before it each time: a rule of 20,000 dashes under a title cost x16 CPU on four
# times the rule (3.7 s for 40 KB), a 2 MB line would have hung the batch.
@pytest.mark.parametrize("rule", [pytest.param("- ", id="spaced-dashes"), pytest.param("– ", id="spaced-en-dashes"),
                                  pytest.param("| ", id="bars")])
def test_a_long_rule_under_a_title_stays_linear(rule: str) -> None:
    """Four times as long a rule of separators under a user's title costs about four times the CPU time."""
    logging.disable(logging.WARNING)
    try:
        check_linear(rule, small=2500, ratio=8, read=lambda run: _clean_text(
            f"Our first winter with a heat pump\n3 December 2026\n{run}\n\nWe fitted it in October. It hums.\n"))
    finally:
        logging.disable(logging.NOTSET)


def test_a_dated_title_still_gives_its_date() -> None:
    """A title that dates itself after a separator keeps its date (the guard above counts separators, not words)."""
    document = _clean_text("Minutes of the Parish Council - 4 March 2025\n\nThe meeting opened at seven. Nine members"
                           " came.\n\nThe clerk read the accounts. They were approved.\n")
    assert document.meta.published == "2025-03-04"


# Whether a first block repeats the title built a set of the longer text's words for each word of the shorter: a page
# whose title and first paragraph are each thousands of words (a fuzzed copy of a page with its title run on) cost
# their product (12.6 s of 16 for a 23 KB page).
def test_a_long_title_over_a_long_first_block_stays_linear() -> None:
    """Four times as long a title and first block cost about four times the CPU time to compare."""
    check_linear("bus station word ", small=3000, ratio=8, read=lambda run: drop_repeats(
        [Block(BlockKind.PARAGRAPH, run + "closed"), Block(BlockKind.PARAGRAPH, "It reopens in May.")],
        Metadata(title=run + "shut")))


@pytest.mark.parametrize(("first", "kept"), [
    pytest.param("Bus station to close for a year", 1, id="title-again-dropped"),
    pytest.param("The bus station will close on Monday while it is rebuilt over the winter", 2, id="sentence-kept"),
])
def test_a_first_block_repeating_the_title_is_still_dropped(first: str, kept: int) -> None:
    """The title again is dropped; a first sentence sharing some of its words is kept."""
    blocks = [Block(BlockKind.PARAGRAPH, first), Block(BlockKind.PARAGRAPH, "It reopens in May.")]
    assert len(drop_repeats(blocks, Metadata(title="Bus station to close for a year"))) == kept


def _clean_html(html: str) -> object:
    """The clean stage on a saved page."""
    return clean(Source(origin="fuzz.html", data=html.encode(), format_hint=Format.HTML), CleanSettings())


# A separator between spaces in a <title> ("Headline - Site") was looked for from every space of a run: a <title>
# broken over thousands of lines (a fuzzed copy of a page with a word on each line) cost x16 CPU on four times the
# run in four patterns (the site's trail, the title's parts, an error page's parts; 3.2 s for 17 KB).
def test_a_title_broken_over_many_lines_stays_linear() -> None:
    """Four times as long a run of newlines inside a page's <title> costs about four times the CPU time (spaces are
    squashed when the title is read; newlines are kept)."""
    logging.disable(logging.WARNING)
    body = "<p>The water company was fined three million pounds for spills into the river.</p>" * 3
    try:
        check_linear("\n", small=12000, ratio=8, read=lambda spaces: _clean_html(
            f"<html><head><title>Water company fined{spaces}over sewage</title></head><body><article><h1>Water"
            f" company fined</h1>{body}</article></body></html>"))
    finally:
        logging.disable(logging.NOTSET)


@pytest.mark.parametrize(("title", "headline"), [
    pytest.param("Water company fined - Marches Gazette", "Water company fined", id="site-after-dash"),
    pytest.param("Water company fined\n  |\n  Marches Gazette", "Water company fined", id="site-over-lines"),
])
def test_a_titles_site_name_is_still_cut(title: str, headline: str) -> None:
    """The site's name after a separator in a <title> is still cut, also where the title is broken over lines."""
    html = (f"<html><head><title>{title}</title></head><body><p>The water company was fined three million pounds for"
            " spills into the river, the court heard on Monday. It will appeal.</p></body></html>")
    assert _clean_html(html).meta.title == headline  # type: ignore[attr-defined]


# A footnote's star before a word was looked for from every star of a run: a long run of stars between commas (a
# fuzzed post's title run on) cost x16 CPU on four times the run (4.2 s for one 25 KB sentence).
def test_a_long_run_of_stars_between_commas_stays_linear() -> None:
    """Four times as long a run of stars costs about four times the CPU time to read."""
    check_linear("*", small=4000, ratio=8, read=lambda stars: speakable(f"Slow pun,,,{stars},,, rear tyre.", "en-GB"))


@pytest.mark.parametrize(("written", "spoken"), [
    pytest.param("*Terms apply.", "Terms apply.", id="star-before-a-word"),
    pytest.param("**Bold** text", "Bold text", id="stars-around-a-word"),
    pytest.param("Call *123# now.", "Call star one two three hash now.", id="keypad-kept"),
    pytest.param("Grade II* listed", "Grade two star listed", id="grade-kept"),
])
def test_footnote_stars_keep_their_readings(written: str, spoken: str) -> None:
    """A footnote's or markup's stars are dropped; a keypad's and a listed building's grade are read."""
    assert speakable(written, "en-GB") == spoken


# The notes a page sets inside its paragraphs were found by the XPath "//p//span[...]", for which libxml2 merges a node
# set per paragraph: a byline over a date repeated thousands of times ("<p>By Ann Lee<br>4 April 2026</p>") cost x16
# CPU on four times the page (4.1 s for 8,000 of them, 2 s of it this look).
def test_many_short_paragraphs_stay_linear_when_looking_for_notes() -> None:
    """Four times as many short paragraphs cost about four times the CPU time to look for notes in."""
    def read(paragraphs: str) -> None:
        """Parse the page and move its notes."""
        notes_after_paragraphs(lxml_html.fromstring(f"<html><body>{paragraphs}</body></html>"))
    check_linear("<p>By Ann Lee<br>4 April 2026</p>", small=2000, ratio=8, read=read)


def test_a_note_inside_a_paragraph_is_still_read_after_it() -> None:
    """A sidenote inside a sentence goes after its paragraph, its toggle's sign goes; a span without a note's class
    and a note outside any paragraph stay where they are."""
    root = lxml_html.fromstring(
        "<html><body><p>It depends on the listener<label>⊕</label><span class='sidenote'>Two experts counting the"
        " same words disagree.</span> more than on the text. <span class='lead'>So we test it.</span></p>"
        "<div><span class='sidenote'>A note on its own outside any paragraph.</span></div></body></html>")
    notes_after_paragraphs(root)
    assert [p.text_content() for p in root.iter("p")] == [
        "It depends on the listener more than on the text. So we test it.",
        "Two experts counting the same words disagree."]
    assert root.find("body/div/span").text_content() == "A note on its own outside any paragraph."


# A word mixing Latin letters with a Greek or Cyrillic one (a look-alike "Pаris") was looked for from every letter: a
# long word and a unit beyond ASCII after it ("µL", folded to a Greek mu) read the word to its end again from each
# letter (x16 CPU on four times the word; 12.6 s for one 35 KB sentence of a fuzzed unit set).
@pytest.mark.parametrize("token", [pytest.param("x", id="letters"), pytest.param("x1", id="letters-and-digits"),
                                   pytest.param("П1", id="cyrillic-and-digits")])
def test_a_long_word_before_a_greek_letter_stays_linear(token: str) -> None:
    """Four times as long a word before a micro sign or a Latin letter costs about four times the CPU time."""
    check_linear(token, small=4000, ratio=8, read=lambda word: speakable(f"{word} 200 µL x", "en-GB"))


@pytest.mark.parametrize(("written", "spoken"), [
    pytest.param("Pаris is lovely", "Paris is lovely", id="cyrillic-look-alike-folded"),
    pytest.param("Москва and Pаris", "Москва and Paris", id="russian-word-kept"),
    pytest.param("Μoscow", "Moscow", id="greek-look-alike-folded"),
    pytest.param("The 200 µL sample", "The two hundred microlitre sample", id="micro-sign-read"),
])
def test_look_alike_letters_are_still_folded(written: str, spoken: str) -> None:
    """A Latin word with a look-alike Greek or Cyrillic letter is folded; a Russian word stays as it is."""
    assert speakable(written, "en-GB") == spoken


# trafilatura's fallbacks (justext) looked from each short paragraph to both ends of its run: a page of thousands of
# short dated paragraphs cost x8.5 CPU on four times the page (h202's survey); past MAX_FALLBACK_PARAGRAPHS paragraphs
# a page is read by trafilatura's own extraction alone.
def test_a_page_of_thousands_of_short_paragraphs_stays_linear() -> None:
    """Four times as many short paragraphs cost about four times the CPU time, well under the square's sixteen."""
    unit = '<p><time datetime="2026-04-04">4 April</time><span datetime="2026-04-04">x</span></p>'
    logging.disable(logging.WARNING)
    try:
        check_linear(unit, small=2000, ratio=6, read=lambda run: _clean_html(
            "<html><head><title>Diary</title></head><body><article><h1>Diary</h1><p>The first entry of the year was"
            f" written on a train going north to the coast.</p>{run}</article></body></html>"))
    finally:
        logging.disable(logging.NOTSET)


# A section's name in sentence case took a hyphen as a word's and as a separator's, and tried every split of a
# hyphened run that did not end as a name ("Ab-a-a-...-a!": 0.26 s for 22 pairs, sixteen times more for four more).
def test_a_hyphened_run_is_no_section_name_at_once() -> None:
    """A long hyphened run ending on a mark is refused in linear time; names with hyphens still match."""
    start = time.process_time()
    assert _SECTION_NAME.fullmatch("Ab" + "-a" * 60 + "!") is None
    assert time.process_time() - start < 0.05
    assert _SECTION_NAME.fullmatch("Who can apply for well-being grants?") is not None
    assert _SECTION_NAME.fullmatch("Rules for the mill-race after covid-19") is not None

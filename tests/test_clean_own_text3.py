"""A sentence is dropped for what it says only when it also looks like interface (issue #10): a writer's sentences
that hold a prompt's words as ordinary words ("Shop shut today.", "Join us for tea after the service on Sunday.") are
read in plain text, Markdown and HTML, short or long, while a page's prompts set apart ("Share this article",
"[Read more](...)") are still left out; and thirty short HTML documents of a user's, each line they must read written
down before they were first run. Every text here was written for this project."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Format, Source

_FIXTURES = Path(__file__).parent / "fixtures" / "own_text3"
_ROWS = [line.split("\t") for line in (_FIXTURES / "sentences.tsv").read_text(encoding="utf-8").splitlines()
         if line and not line.startswith("#")]
_OWN = [text for kind, text in _ROWS if kind == "own"]
_PROMPTS = [text for kind, text in _ROWS if kind == "prompt"]
_TITLE = "Notes From the Week"
_LONG = ["The floods came early this year, and by the middle of November the lower fields were under a foot of water.",
         "Most of the farms on the valley floor moved their sheep to the higher ground above the quarry.",
         "The old stone bridge held, though the water rose to within a hand's width of its arches on the Friday night.",
         "By Monday the river had dropped again, leaving a line of mud and broken branches along every hedge.",
         "The parish council has asked the county to look again at the drains under the main road.",
         "Nobody in the village can remember a wetter autumn, though the oldest residents say 1968 came close."]
_SHORT = ["The hedge was cut on Thursday.", "The rain stopped at last."]
_MENU = ('<header><a href="/">Valley Notes</a><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a>'
         '</li><li><a href="/archive">Archive</a></li></ul></nav></header>')
_FOOTER = '<footer><p>&copy; 2025 Jo Baker</p><ul><li><a href="/privacy">Privacy</a></li></ul></footer>'
# A page saved as text around the article: its menu, byline, a box of links and its footer.
_DUMP_TOP = "Valley Notes\nHome\nNews\nSport\nWeather\nContact\n\n"
_DUMP_END = ("\n\nMore from Valley Notes\nCouncil to review parking charges\nSchool wins national award\n\n"
             "\u00a9 2025 Valley Notes\nPrivacy Policy\nTerms of Use\n")
_NAMES = {Format.TEXT: "notes.txt", Format.MARKDOWN: "notes.md", Format.HTML: "notes.html"}


def _html(parts: list[str], chrome: bool = False) -> str:
    """A page of the writer's article: each part a paragraph, or markup of its own when it opens on "<"."""
    body = "".join(part if part.startswith("<") else f"<p>{part}</p>" for part in parts)
    return (f"<!doctype html><html><head><title>{_TITLE}</title></head><body>{_MENU if chrome else ''}"
            f"<article><h1>{_TITLE}</h1>{body}</article>{_FOOTER if chrome else ''}</body></html>")


def _around(middle: str) -> list[str]:
    return [*_LONG[:3], middle, *_LONG[3:]]


def _dump(middle: str) -> str:
    """The article with `middle` among its paragraphs, as a page saved as text gives it."""
    return f"{_DUMP_TOP}{_TITLE}\n\nBy Jo Baker\n3 March 2025\n\n" + "\n\n".join(_around(middle)) + _DUMP_END


def _own_forms(sentence: str) -> Iterator[tuple[str, Format, str]]:
    """The sentence alone under a title, between two short lines, inside a long article, in each format, and in a
    page saved as text."""
    yield "text alone", Format.TEXT, f"{_TITLE}\n\n{sentence}\n"
    yield "text short", Format.TEXT, f"{_TITLE}\n\n{_SHORT[0]}\n\n{sentence}\n\n{_SHORT[1]}\n"
    yield "text long", Format.TEXT, f"{_TITLE}\n\n" + "\n\n".join(_around(sentence)) + "\n"
    yield "text in a page dump", Format.TEXT, _dump(sentence)
    yield "markdown alone", Format.MARKDOWN, f"# {_TITLE}\n\n{sentence}\n"
    yield "markdown long", Format.MARKDOWN, f"# {_TITLE}\n\n" + "\n\n".join(_around(sentence)) + "\n"
    yield "html alone", Format.HTML, _html([sentence])
    yield "html short", Format.HTML, _html([_SHORT[0], sentence, _SHORT[1]], chrome=True)
    yield "html long", Format.HTML, _html(_around(sentence))
    yield "html long in a blog", Format.HTML, _html(_around(sentence), chrome=True)


def _prompt_forms(prompt: str) -> Iterator[tuple[str, Format, str]]:
    """The prompt as a page carries it: set apart among the paragraphs or at their end, linked, in an aside."""
    link = f'<p><a href="/x">{prompt}</a></p>'
    yield "text long", Format.TEXT, f"{_TITLE}\n\n" + "\n\n".join(_around(prompt)) + "\n"
    yield "text at the end", Format.TEXT, f"{_TITLE}\n\n" + "\n\n".join([*_LONG, prompt]) + "\n"
    yield "text short", Format.TEXT, f"{_TITLE}\n\n{_SHORT[0]}\n\n{_SHORT[1]}\n\n{prompt}\n"
    yield "text in a page dump", Format.TEXT, _dump(prompt)
    yield "markdown link", Format.MARKDOWN, f"# {_TITLE}\n\n" + "\n\n".join(_around(f"[{prompt}](/x)")) + "\n"
    yield "html link", Format.HTML, _html(_around(link))
    yield "html paragraph", Format.HTML, _html(_around(prompt))
    yield "html short, linked", Format.HTML, _html([*_SHORT, link], chrome=True)
    yield "html aside", Format.HTML, _html(_around(f'<aside><a href="/x">{prompt}</a></aside>'))


def _plain(text: str) -> str:
    """Text as compared: no quotation marks, small letters, one space between words."""
    return " ".join(re.sub(r"[\"'“”‘’]", "", text).lower().split())


def _blocks(kind: Format, text: str) -> list[str]:
    try:
        return [_plain(b.text) for b in clean(Source(_NAMES[kind], text.encode(), kind), CleanSettings()).blocks]
    except NarratorError:
        return []


_OWN_CASES = [pytest.param(sentence, form, kind, text, id=f"{form}: {sentence}")
              for sentence in _OWN for form, kind, text in _own_forms(sentence)]
_PROMPT_CASES = [pytest.param(prompt, form, kind, text, id=f"{form}: {prompt}")
                 for prompt in _PROMPTS for form, kind, text in _prompt_forms(prompt)]


@pytest.mark.parametrize(("sentence", "form", "kind", "text"), _OWN_CASES)
def test_a_writers_sentence_holding_a_prompts_words_is_read(sentence: str, form: str, kind: Format,
                                                           text: str) -> None:
    assert any(_plain(sentence) in block for block in _blocks(kind, text)), form


@pytest.mark.parametrize(("prompt", "form", "kind", "text"), _PROMPT_CASES)
def test_a_pages_prompt_set_apart_is_left_out(prompt: str, form: str, kind: Format, text: str) -> None:
    blocks = _blocks(kind, text)
    said = re.compile(r"\b" + re.escape(_plain(prompt).rstrip(".:")) + r"\b")
    assert blocks and not any(said.search(block) for block in blocks), form
    if "short" in form:  # the prompt left out, the short article's lines are still read
        assert all(any(_plain(line) in block for block in blocks) for line in _SHORT)


# --- each class, as a unit -------------------------------------------------------------------------------------------


def _page_blocks(*paragraphs: str) -> list[str]:
    return [b.text for b in clean(Source("note.html", _html(list(paragraphs)).encode(), Format.HTML),
                                  CleanSettings()).blocks]


def test_a_noun_before_a_time_word_is_no_shop_prompt() -> None:
    """"Shop shut today." opened on a prompt's verb with "today" after it: a "Shop now" button, and the note was
    nothing ("no article text found"). "Shop" before a word no prompt puts after its verb ("shut"), with a stop, is
    the sentence's noun; "Shop now" set apart is still a prompt."""
    assert _page_blocks("Shop shut today.") == ["Shop shut today."]
    assert _page_blocks("Shop now", *_SHORT)[-2:] == _SHORT and "Shop now" not in _page_blocks("Shop now", *_SHORT)


def test_a_whole_sentence_that_goes_on_past_the_prompts_words_is_read() -> None:
    """"Join us", "Visit us", "Listen now" opening a sentence that goes on to its own matter (a day, a place) were a
    page's prompts in HTML; "Join us on Facebook" and "Read more about the harbour wall ..." are still prompts."""
    for sentence in ("Join us for tea after the service on Sunday.", "Visit us at the summer fair on 6 July, stall 14.",
                     "Read more about it in the town library.", "Read more slowly and you will hear the rhymes."):
        assert sentence in _page_blocks(*_around(sentence)), sentence
    for prompt in ("Join us on Facebook.", "Read more about the harbour wall and the long fight over its future."):
        assert prompt not in _page_blocks(*_around(prompt)), prompt


def test_a_prompts_verb_as_half_of_a_noun_or_in_a_story_of_the_past_is_read() -> None:
    """"Follow-up visits are free" and "Buy one, get one free was the only offer" were prompts ("free")."""
    for sentence in ("Follow-up visits are free for pensioners.",
                     "Buy one, get one free was the only offer that worked."):
        assert sentence in _page_blocks(*_around(sentence)), sentence


def test_a_prompts_verb_opening_the_writers_advice_or_reported_speech_is_read() -> None:
    """"Read the small print before you sign anything.", "Share your umbrella and you will make a friend for life."
    and "Visit our grandmother in the home every Friday, my mother told us." were prompts in an HTML article: a whole
    sentence of eight words or more naming nothing the page wants, nor the page, is advice; one closing on who said it
    is speech. "Share it with your friends and family." and "Learn more about how we use your data." are prompts."""
    for sentence in ("Read the small print before you sign anything.",
                     "Share your umbrella and you will make a friend for life.",
                     "Visit our grandmother in the home every Friday, my mother told us."):
        assert sentence in _page_blocks(*_around(sentence)), sentence
    for prompt in ("Share this story with your friends and family.", "Learn more about how we use your data."):
        assert prompt not in _page_blocks(*_around(prompt)), prompt


def test_to_subscribe_to_an_idea_is_no_prompt() -> None:
    """"Subscribe to the view that less is more, and your garden will thank you." named a prompt's verb with "more"
    after it, in every format but Markdown; "Subscribe to the newsletter for more." is still a prompt."""
    sentence = "Subscribe to the view that less is more, and your garden will thank you."
    assert sentence in _page_blocks(*_around(sentence))
    text = f"{_TITLE}\n\n{_SHORT[0]}\n\n{sentence}\n"
    assert [b.text for b in clean(Source("notes.txt", text.encode(), Format.TEXT), CleanSettings()).blocks] == [
        _SHORT[0], sentence]
    prompt = "Subscribe to the newsletter for more."
    assert prompt not in _page_blocks(*_around(prompt))


def test_the_writers_own_ask_with_an_address_in_it_is_read() -> None:
    """"Email me at sam@example.org if you can help." was a contact line (an address in under 13 words) and left
    out of the HTML article; a contact line set apart ("Write to Jo at jo@example.org") still is."""
    sentence = "Email me at sam@example.org if you can help."
    assert sentence in _page_blocks(*_around(sentence))
    assert "Write to Jo at jo@example.org" not in _page_blocks(*_around("Write to Jo at jo@example.org"))
    assert "Contact me at jo@example.org." not in _page_blocks(*_around("Contact me at jo@example.org."))


def test_a_markdown_paragraph_that_is_one_linked_prompt_is_left_out() -> None:
    """"[Share this article](...)" alone in its paragraph was read from a Markdown file: "Share this article"."""
    text = "# Frost\n\nWe woke to the first frost of the year.\n\n[Share this article](https://example.org/s)\n\n" \
           "The dahlias are finished, and I [read about it](https://example.org/r) too late.\n"
    blocks = [b.text for b in clean(Source("frost.md", text.encode(), Format.MARKDOWN), CleanSettings()).blocks]
    assert blocks == ["We woke to the first frost of the year.",
                      "The dahlias are finished, and I read about it too late."]


def test_a_tool_named_for_the_page_is_left_out() -> None:
    """"Print this page" was no prompt: "print" opens a writer's steps as often ("Print the tickets at home.")."""
    assert "Print this page" not in _page_blocks(*_around("Print this page"))
    assert "Print the tickets at home before you leave." in _page_blocks(
        *_around("Print the tickets at home before you leave."))


def test_a_step_naming_a_button_in_a_list_of_steps_is_read() -> None:
    """"Tap Sync Now." among numbered steps in a long article was a prompt ("now"), and left out of the list."""
    steps = ["Open the app on your phone.", "Tap Sync Now.", "Wait for the tick."]
    blocks = _page_blocks(*_LONG[:3], "<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>", *_LONG[3:])
    assert all(step in blocks for step in steps)
    shares = "<ul><li>Share on Facebook</li><li>Share on Twitter</li><li>Email this article</li></ul>"
    assert not {"Share on Facebook", "Share on Twitter"} & set(_page_blocks(*_LONG, shares))


def test_a_list_of_steps_each_with_its_stop_is_the_writers() -> None:
    """"Log in with your library card number." and "Log out when you are done." were two prompts in a list of three
    steps, and left out: a list mostly of prompts was a page's. Every item a sentence with its stop is the writer's
    steps; a page's list names its buttons without one."""
    steps = ["Log in with your library card number.", "Open the browser.", "Log out when you are done."]
    blocks = _page_blocks(*_LONG[:3], "<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>", *_LONG[3:])
    assert all(step in blocks for step in steps)
    buttons = "<ul><li>Log in</li><li>Register</li><li>Share this article</li></ul>"
    assert not {"Log in", "Register", "Share this article"} & set(_page_blocks(*_LONG, buttons))


def test_a_lists_short_first_items_are_read_when_the_list_goes_on() -> None:
    """A glossary as a <dl> lost its first term ("Cast on"): short list items above the text were a page's tool
    links ("Print", "Email")."""
    body = ("<dl><dt>Cast on</dt><dd>To make the first row of stitches.</dd><dt>Purl</dt><dd>A stitch worked from "
            "the front.</dd></dl>")
    # each term read with its value since pages25 (a definition list's term and value one line)
    assert _page_blocks(body) == ["Cast on: To make the first row of stitches.",
                                  "Purl: A stitch worked from the front."]


def test_a_dated_title_is_no_byline() -> None:
    """"Annual General Meeting, 9 October 2024" was a name glued to its date: its words the author, the file's name
    the title; under another title it was the byline, and not read."""
    document = clean(Source("agm.txt", b"Annual General Meeting, 9 October 2024\n\nTwelve members came.\n",
                            Format.TEXT), CleanSettings())
    assert (document.meta.title, document.meta.authors, document.meta.published) == (
        "Annual General Meeting, 9 October 2024", (), "2024-10-09")
    under = clean(Source("club.txt", b"Rowing Club\n\nSpring Newsletter - May 2025\n\nThe boats are back.\n",
                         Format.TEXT), CleanSettings())
    assert (under.meta.authors, [b.text for b in under.blocks]) == (
        (), ["Spring Newsletter - May 2025", "The boats are back."])
    issue = clean(Source("bulletin.txt", b"Choir Bulletin - March 2025\n\nWe sang at three weddings.\n",
                         Format.TEXT), CleanSettings())
    assert issue.meta.title == "Choir Bulletin - March 2025"
    byline = clean(Source("rain.txt", b"Chris Davies - Nov 19, 2019\n\nIt rained all week.\n", Format.TEXT),
                   CleanSettings())
    assert byline.meta.authors == ("Chris Davies",)


# --- thirty short HTML documents of a user's -------------------------------------------------------------------------

_DOCUMENTS: dict[str, dict[str, list[str]]] = json.loads((_FIXTURES / "expected.json").read_text(encoding="utf-8"))
# Documents that still lose a line, and why (each fails when it starts to pass).
_STILL_LOSING = {
    "h_address_el.html": "an <address> in the article (by HTML's meaning the author's contact) is not extracted: the "
                         "postal address under \"collect them from:\" is lost",
    "h_footnotes.html": "a \"Notes\" section is reference matter, left out by design (common.drop_reference_sections)"
                        "; the footnote's mark is read glued to its word (\"by hand1.\")",
}


def _read_document(name: str) -> list[str]:
    """Everything read of a document: its title, standfirst and blocks, as compared."""
    try:
        document = clean(Source(name, (_FIXTURES / name).read_bytes(), Format.HTML), CleanSettings())
    except NarratorError:
        return []
    return [_plain(text) for text in (document.meta.title, document.meta.standfirst or "",
                                      *(b.text for b in document.blocks))]


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=_STILL_LOSING[name]))
    if name in _STILL_LOSING else name for name in sorted(_DOCUMENTS)])
def test_every_line_of_our_html_documents_is_read(name: str) -> None:
    read = _read_document(name)
    assert [line for line in _DOCUMENTS[name]["keep"] if not any(_plain(line) in text for text in read)] == []


@pytest.mark.parametrize("name", sorted(_DOCUMENTS))
def test_the_page_around_our_html_documents_is_left_out(name: str) -> None:
    read = _read_document(name)[2:]
    assert [line for line in _DOCUMENTS[name]["drop"] if _plain(line) in read] == []


def test_words_broken_at_a_wraps_hyphen_are_made_whole() -> None:
    """A short paragraph wrapped narrow, words broken at its lines' ends ("the allot-" / "ments"), was read a line a
    block with the broken halves; a compound broken at its own hyphen keeps it ("self-" / "employed")."""
    text = (b"Allotments\n\nThe committee has agreed to divide the two largest allot-\nments into halves, so that "
            b"more self-\nemployed gardeners and fami-\nlies can take one on.\n")
    blocks = clean(Source("plots.txt", text, Format.TEXT), CleanSettings()).blocks
    assert [b.text for b in blocks] == ["The committee has agreed to divide the two largest allotments into halves, "
                                        "so that more self-employed gardeners and families can take one on."]
    poem = clean(Source("poem.txt", b"Dash\n\nthe road runs on -\nand on\n", Format.TEXT), CleanSettings()).blocks
    assert [b.text for b in poem] == ["the road runs on -", "and on"]


def test_a_title_over_its_date_is_no_name() -> None:
    """"Trip Notes" over "March 3, 2024" was a name alone over its date, a blog's byline: the author was "Trip Notes"
    and the file's name the title. "Ann Lee" over a date is still the byline."""
    document = clean(Source("trip.txt", b"Trip Notes\nMarch 3, 2024\n\nIt rained.\n", Format.TEXT), CleanSettings())
    assert (document.meta.title, document.meta.authors, document.meta.published) == ("Trip Notes", (), "2024-03-03")
    byline = clean(Source("rain.txt", b"Ann Lee\nMarch 3, 2024\n\nIt rained all week and the river rose.\n",
                          Format.TEXT), CleanSettings())
    assert byline.meta.authors == ("Ann Lee",)

"""A sentence is dropped for what it says only when it also looks like interface (issue #10): a writer's sentences
that hold a prompt's words as ordinary words ("Shop shut today.", "Join us for tea after the service on Sunday.") are
read, while a page's prompts set apart are still left out. Every text here was written for this project."""

from __future__ import annotations

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Format, Source

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


def _html(parts: list[str], chrome: bool = False) -> str:
    """A page of the writer's article: each part a paragraph, or markup of its own when it opens on "<"."""
    body = "".join(part if part.startswith("<") else f"<p>{part}</p>" for part in parts)
    return (f"<!doctype html><html><head><title>{_TITLE}</title></head><body>{_MENU if chrome else ''}"
            f"<article><h1>{_TITLE}</h1>{body}</article>{_FOOTER if chrome else ''}</body></html>")


def _around(middle: str) -> list[str]:
    return [*_LONG[:3], middle, *_LONG[3:]]


# --- each class, as a unit --------------------------------------------------------------------------------------------


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


def test_a_tool_named_for_the_page_is_left_out() -> None:
    """"Print this page" was no prompt: "print" opens a writer's steps as often ("Print the tickets at home.")."""
    assert "Print this page" not in _page_blocks(*_around("Print this page"))
    assert "Print the tickets at home before you leave." in _page_blocks(
        *_around("Print the tickets at home before you leave."))


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


def test_a_step_naming_a_button_in_a_list_of_steps_is_read() -> None:
    """"Tap Sync Now." among numbered steps in a long article was a prompt ("now"), and left out of the list."""
    steps = ["Open the app on your phone.", "Tap Sync Now.", "Wait for the tick."]
    blocks = _page_blocks(*_LONG[:3], "<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>", *_LONG[3:])
    assert all(step in blocks for step in steps)
    shares = "<ul><li>Share on Facebook</li><li>Share on Twitter</li><li>Email this article</li></ul>"
    assert not {"Share on Facebook", "Share on Twitter"} & set(_page_blocks(*_LONG, shares))


def test_a_lists_short_first_items_are_read_when_the_list_goes_on() -> None:
    """A glossary as a <dl> lost its first term ("Cast on"): short list items above the text were a page's tool
    links ("Print", "Email")."""
    body = ("<dl><dt>Cast on</dt><dd>To make the first row of stitches.</dd><dt>Purl</dt><dd>A stitch worked from "
            "the front.</dd></dl>")
    assert _page_blocks(body) == ["Cast on", "To make the first row of stitches.", "Purl",
                                  "A stitch worked from the front."]


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

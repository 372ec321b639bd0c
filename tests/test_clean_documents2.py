"""clean on a writer's documents from more apps (tests/documents2.py builds each, written down before narrator
first read them): every line of the writer's text heard, title, byline and date found, no app furniture read."""

from __future__ import annotations

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Format, Source
from tests.documents import LINE1, LINE2, LINE3, LINE4, document_tests
from tests.documents2 import all_cases

# Forms narrator does not read right yet, by class; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {
    "pdf-magazine-page": "a magazine's running masthead and folio on one page, a pull quote, 'Words by' are read",
    "beehiiv": "a publication's name as the sender and a bare name in the letter: the publication is the author",
}
CASES = all_cases()
globals().update(document_tests(CASES, KNOWN, at_least=16))


def _markdown(text: str, origin: str = "post.md") -> list[str]:
    return [block.text for block in clean(Source(origin, text.encode(), Format.MARKDOWN), CleanSettings()).blocks]


def test_prose_that_begins_like_module_code_is_read() -> None:
    text = ("# Trade\n\nImport duties from Norway fell by half in the spring.\n\nExport figures rose in May.\n\n"
            f"{LINE1}\n")
    assert _markdown(text)[:2] == ["Import duties from Norway fell by half in the spring.",
                                   "Export figures rose in May."]


def test_a_components_tags_go_and_what_it_wraps_is_read() -> None:
    text = (f"# Ferry\n\nimport Note from './Note.astro';\n\n<Note kind=\"info\">\n\n{LINE1}\n\n</Note>\n\n"
            f"<Gallery images={{pictures}} />\n\n{LINE2}\n")
    assert _markdown(text, "ferry.mdx") == [LINE1, LINE2]


def test_a_liquid_output_tag_is_not_said_and_a_hugo_free_brace_is() -> None:
    text = "# Ferry\n\nWelcome to {{ site.title }}, the island's paper.\n\nThe set {1, 2} has two members.\n"
    assert _markdown(text) == ["Welcome to , the island's paper.", "The set {1, 2} has two members."]


def test_an_admonitions_title_is_said_once_and_its_fences_not() -> None:
    text = f"# Ferry\n\n:::note[The timetable]\n{LINE1}\n:::\n\n::: warning\n{LINE2}\n:::\n"
    assert _markdown(text) == ["The timetable", LINE1, LINE2]


@pytest.mark.parametrize(("sender", "author"), [
    ("Casey Rivera from The Harbour Letter <c@x.example>", "Casey Rivera"),
    ("Ann Lee via Island News <list@x.example>", "Ann Lee"),
    ("Casey Rivera | The Harbour Letter <c@x.example>", "Casey Rivera"),
    ("News from the Isles <news@x.example>", "News from the Isles"),
])
def test_a_newsletters_sender_is_the_person_not_the_publication(sender: str, author: str) -> None:
    mail = (f"From: {sender}\r\nSubject: The ferry\r\nDate: Sat, 28 Nov 2026 07:30:00 +0000\r\nMessage-ID: <1@x>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{LINE1}\n\n{LINE2}\n")
    assert clean(Source("ferry.eml", mail.encode()), CleanSettings()).meta.authors == (author,)


@pytest.mark.parametrize(("header", "authors", "published"), [
    ("Mia Chen\n\n4 April 2026", ("Mia Chen",), "2026-04-04"),
    ("Mia Chen\n\nApril 4, 2026", ("Mia Chen",), "2026-04-04"),
    ("Mia Chen", (), None),  # a name alone may be a place or a heading: left
])
def test_a_name_alone_over_a_date_under_the_title_is_the_byline(header: str, authors: tuple[str, ...],
                                                                published: str | None) -> None:
    text = f"# Tide tables\n\n{header}\n\n{LINE1}\n\n{LINE2}\n"
    meta = clean(Source("tides.md", text.encode()), CleanSettings()).meta
    assert (meta.authors, meta.published) == (authors, published)


def test_a_links_preview_card_is_not_read_and_a_linked_figure_with_a_caption_is() -> None:
    card = ('<figure class="bookmark"><a href="https://tides.example/"><div><div>Tide tables for the isles</div>'
            "<div>Every port, every day, free to print</div></div><div><span>tides.example</span></div></a></figure>")
    linked = ('<figure><a href="https://tides.example/chart"><img src="chart.png" alt=""></a><figcaption>The spring '
              "tides of April, from the harbour master's chart.</figcaption></figure>")
    text = f"---\ntitle: Tides\n---\n\n{LINE1}\n\n{card}\n\n{linked}\n\n{LINE2}\n\n{LINE3}\n\n{LINE4}\n\n{LINE1}\n"
    assert _markdown(text) == [LINE1, "The spring tides of April, from the harbour master's chart.", LINE2, LINE3,
                               LINE4, LINE1]


def test_a_papers_author_block_ends_at_its_abstract_and_nothing_else_is_one() -> None:
    from tests.test_clean_pdf import make_pdf, paragraph

    text = ["The harbour's accounts for the year show a surplus for the first time since the ferry was bought."]
    block = [(150, 700, 17, "Harbour accounts"), (250, 670, 12, "Mia Chen"), (230, 655, 10, "Kirkwall Academy"),
             (255, 630, 12, "4 April 2026")]
    paper = make_pdf([[*block, (280, 600, 9, "Abstract"), *paragraph(580, text)]])
    report = make_pdf([[*block, *paragraph(600, text)]])  # no abstract: the lines are the text's own
    read = [clean(Source("a.pdf", data), CleanSettings()) for data in (paper, report)]
    assert (read[0].meta.authors, read[0].meta.published) == (("Mia Chen",), "2026-04-04")
    assert "Kirkwall Academy" not in " ".join(block.text for block in read[0].blocks)
    assert "Kirkwall Academy" in " ".join(block.text for block in read[1].blocks)


def test_a_manuscripts_contact_block_above_its_title_is_not_read_and_a_sentence_there_is() -> None:
    from tests.documents import docx, p

    contact = [p("Mia Chen"), p("4 Quay Street"), p("mia@example.org"), p("About 900 words")]
    noted = [p("This draft went to the editor on Monday and came back with notes.")]
    for above, heard in ((contact, False), (noted, True)):
        data = docx([*above, p("Tide tables", "Title"), p("by Mia Chen"), p(LINE1), p(LINE2)])
        document = clean(Source("tides.docx", data), CleanSettings())
        spoken = " ".join(block.text for block in document.blocks)
        assert ("Quay Street" in spoken or "came back with notes" in spoken) == heard
        assert heard or document.meta.authors == ("Mia Chen",)


@pytest.mark.parametrize(("last", "kept"), [("-30-", False), ("###", False), ("THE END", False), ("Fine.", True),
                                            ("The end of the pier was gone.", True)])
def test_a_press_release_or_manuscripts_end_mark_is_not_read(last: str, kept: bool) -> None:
    blocks = _markdown(f"---\ntitle: Tides\n---\n\n{LINE1}\n\n{LINE2}\n\n{last}\n")
    assert (blocks[-1] == last) == kept


def test_a_pull_quote_set_large_from_the_pages_own_text_is_heard_once() -> None:
    from tests.test_clean_pdf import make_pdf, paragraph

    text = ["The harbour master kept the tide tables by hand for thirty years, and every skipper on the",
            "island trusted them more than any printed chart. Nobody ever ran aground on his numbers.",
            "When he retired, the council printed them for the first time and sold them at the pier."]
    page = [(72, 700, 22, "Tide tables"), *paragraph(660, text[:2]), (100, 600, 18, "Nobody ever ran aground on his"),
            (100, 580, 18, "numbers."), *paragraph(540, text[2:])]
    document = clean(Source("tides.pdf", make_pdf([page])), CleanSettings())
    assert " ".join(block.text for block in document.blocks).count("ran aground") == 1

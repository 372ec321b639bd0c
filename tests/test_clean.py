"""clean: HTML, Markdown and plain text fixtures become the article alone, with its metadata."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.clean.common import drop_reference_sections, make_document, split_authors
from narrator.clean.detect import detect
from narrator.config import CleanSettings
from narrator.errors import ConfigError, ExtractionError
from narrator.model import Block, BlockKind, Document, Format, Metadata, Source

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def read(name: str, settings: CleanSettings | None = None, hint: Format = Format.AUTO) -> Document:
    path = FIXTURES / name
    return clean(Source(origin=str(path), data=path.read_bytes(), format_hint=hint), settings or CleanSettings())


def texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


def test_html_article_metadata() -> None:
    document = read("article.html")
    meta = document.meta
    assert meta.title == "How the village bakery survived the flour shortage"
    assert meta.authors == ("Priya Natarajan", "Tom Eriksen")
    assert meta.published == "2025-02-14"
    assert meta.language == "en-gb"  # the page says en-GB: a British voice is preferred
    assert meta.url == "https://courier.example/news/village-bakery"
    assert meta.image == "https://courier.example/images/bakery.jpg"


def test_html_article_body_keeps_structure_in_order() -> None:
    document = read("article.html")
    kinds = [block.kind for block in document.blocks]
    assert texts(document)[0].startswith("When the mill that had supplied")
    assert texts(document)[-1].endswith('"We learned that we can make good bread from what grows here," she said.')
    heading = document.blocks[kinds.index(BlockKind.HEADING)]
    assert (heading.text, heading.level) == ("A new recipe for hard times", 2)
    assert kinds.count(BlockKind.LIST_ITEM) == 3
    assert [b.text for b in document.blocks if b.kind is BlockKind.QUOTE] == [
        "People told us the bread tasted the way it did when they were children."
    ]


@pytest.mark.parametrize(
    "boilerplate",
    ["cookies", "Share on", "Photo:", "Fresh loaves cooling", "newsletter", "Read more", "Mill closure",
     "every Saturday", "All rights reserved", "Home", "By Priya", "How the village bakery"],
)
def test_html_article_drops_boilerplate_and_repeats(boilerplate: str) -> None:
    assert not any(boilerplate in text for text in texts(read("article.html")))


def test_html_user_selectors_exclude_elements() -> None:
    settings = CleanSettings(exclude_selectors=("blockquote", "ul"))
    body = " ".join(texts(read("article.html", settings)))
    assert "tasted the way" not in body and "twice a day" not in body
    assert "Henrik Dahl" in body


def test_html_bad_selector_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not a valid CSS selector"):
        read("article.html", CleanSettings(exclude_selectors=("p[[",)))


def test_html_declared_windows_1252_charset() -> None:
    document = read("cp1252.html")
    assert document.meta.title == "Café opens in the old station"
    assert "“Grüner Zweig”" in texts(document)[0]
    assert "nine o’clock" in texts(document)[0]


def test_listing_page_has_no_article() -> None:
    with pytest.raises(ExtractionError, match=r"listing\.html: no article text found \(is it a listing page"):
        read("listing.html")


def test_markdown_front_matter_and_blocks() -> None:
    document = read("article.md")
    assert document.meta.title == "Why we moved our build to a single machine"
    assert document.meta.authors == ("Ada Fernández", "Luis Okafor")
    assert document.meta.published == "2024-09-03"
    assert [(b.kind, b.level) for b in document.blocks if b.kind is BlockKind.HEADING] == [(BlockKind.HEADING, 2)]
    body = texts(document)
    assert body[0] == (
        "Our build used to run on a cluster of twelve machines. Last month we moved it to one, and it got faster."
    )
    assert "You can read the full profile if you like numbers." in body[2]
    assert "A chart of build times falling from forty minutes to nine" in body
    assert body[-1] == "That is all there is to it."
    assert not any("compile_everything" in text or "thirty builds" in text for text in body)
    assert next(b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM) == "one machine with many cores"
    assert [b.text for b in document.blocks if b.kind is BlockKind.QUOTE] == ["Measure first, then move."]


def test_markdown_code_blocks_can_be_announced() -> None:
    document = read("article.md", CleanSettings(code_blocks="announce"))
    code = [b for b in document.blocks if b.kind is BlockKind.CODE]
    assert len(code) == 1 and "python" in code[0].text and "compile_everything" not in code[0].text


def test_markdown_without_front_matter_takes_first_heading() -> None:
    source = Source("note.md", b"# Notes on tea\n\nGreen tea wants cooler water than black tea does.\n",
                    Format.MARKDOWN)
    document = clean(source, CleanSettings())
    assert document.meta.title == "Notes on tea"
    assert texts(document) == ["Green tea wants cooler water than black tea does."]


def _markdown(text: str) -> Document:
    return clean(Source("note.md", text.encode(), Format.MARKDOWN), CleanSettings())


_SAVED_NAV = "\n".join(f"  * [{name}](https://estuary.example/{name.lower()})" for name in (
    "Home", "News", "Sport", "Weather", "Local", "Business", "Opinion", "Puzzles", "Obituaries", "Jobs", "Homes",
    "Cars", "Events", "Letters", "Archive"))
_SAVED_FOOT = "\n".join(f"  * [{name}](https://estuary.example/{name.lower().replace(' ', '-')})" for name in (
    "About us", "Contact", "Advertise", "Privacy", "Terms", "Cookies", "Careers", "Newsletters", "Help", "Sitemap"))
_SAVED_STORY = [
    "The ferry across the estuary will stop running in March, the [River Trust](https://trust.example) said on "
    "Monday, after its last appeal for money fell short by more than half.",
    "About four hundred people use it every day, most of them commuters who would otherwise drive _forty minutes_ "
    "around the bay, and the council has been asked to step in.",
    "The trust said it would keep the landing stages open for walkers until the end of the summer."]


def test_a_web_page_saved_as_markdown_is_cleaned_as_a_page() -> None:
    """A converter (html2text, a clipper) keeps a page's menus as lists of bare links: read whole, the episode
    opened with "Home. News. Sport." and closed with the site's footer."""
    page = "\n\n".join([
        "---\ntitle: Estuary ferry to stop in March\nauthor: Ann Lee\nsource: https://estuary.example/ferry\n---",
        _SAVED_NAV,
        "# Estuary ferry to stop in March", "![The ferry at its landing stage](https://estuary.example/ferry.jpg)",
        *_SAVED_STORY, "## More from News", _SAVED_FOOT])
    document = _markdown(page)
    assert document.meta.title == "Estuary ferry to stop in March" and document.meta.authors == ("Ann Lee",)
    assert document.meta.url == "https://estuary.example/ferry"  # a clipper's "source:" is the page's address
    assert texts(document) == [
        "The ferry across the estuary will stop running in March, the River Trust said on Monday, after its last "
        "appeal for money fell short by more than half.",
        "About four hundred people use it every day, most of them commuters who would otherwise drive forty minutes "
        "around the bay, and the council has been asked to step in.",
        _SAVED_STORY[2]]


def test_a_writer_s_markdown_with_a_reading_list_is_read_whole() -> None:
    """A handful of bare links (a reading list) is the writer's own: every line is read."""
    links = "\n".join(f"* [Report {n}](https://trust.example/report-{n})" for n in range(1, 6))
    document = _markdown("\n\n".join(["# The ferry", *_SAVED_STORY, "Further reading:", links]))
    assert texts(document)[-5:] == [f"Report {n}" for n in range(1, 6)]


def test_markdown_byline_and_date_under_the_title_are_metadata() -> None:
    document = _markdown("# River rises\n\n*By Jane Doe and Sam Ito*\n\nMarch 3, 2026\n\n"
                         "The river rose by two meters overnight.\n\nSchools stayed shut.\n")
    assert document.meta.authors == ("Jane Doe", "Sam Ito")
    assert document.meta.published == "2026-03-03"
    assert texts(document) == ["The river rose by two meters overnight.", "Schools stayed shut."]


def test_markdown_sentences_under_the_title_stay_text() -> None:
    document = _markdown("# Growth\n\nBy the end of the week the river had fallen.\n\n"
                         "March 3, 2026 was the wettest day on record.\n")
    assert document.meta.authors == () and document.meta.published is None
    assert texts(document) == ["By the end of the week the river had fallen.",
                               "March 3, 2026 was the wettest day on record."]


def test_markdown_front_matter_byline_wins_over_the_body() -> None:
    document = _markdown("---\nauthor: Ann Lee\n---\n# Growth\n\nBy Jane Doe\n\nThe river fell.\n")
    assert document.meta.authors == ("Ann Lee",)
    assert texts(document) == ["By Jane Doe", "The river fell."]


def test_plain_text_hard_wrapped_paragraphs_are_joined() -> None:
    document = read("plain.txt")
    assert document.meta.title == "A short history of the town clock"
    assert len(document.blocks) == 3
    assert texts(document)[0].startswith("The clock on the town hall was installed in 1887 by a firm of clockmakers")
    assert texts(document)[2].endswith("and twice for repairs.")


def test_exclude_lines_rules() -> None:
    body = texts(read("plain.txt", CleanSettings(exclude_lines=(r"^In 1979", r"plaque that$", r"^still hangs"))))
    assert not any("1979" in text for text in body)


def test_source_hash_is_sha256_of_bytes() -> None:
    path = FIXTURES / "article.md"
    assert read("article.md").source_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_format_setting_overrides_detection() -> None:
    source = Source("page.txt", (FIXTURES / "article.html").read_bytes(), Format.TEXT)
    assert clean(source, CleanSettings()).meta.authors == ("Priya Natarajan", "Tom Eriksen")
    forced = clean(source, CleanSettings(format=Format.TEXT))
    assert any("<p>" in text or "</" in text for text in texts(forced))


def test_stray_tags_in_a_text_dump_do_not_make_it_html() -> None:
    # a page's text dump where a box of ads leaked its markup: eight tags on eight of sixty lines
    ads = [f"<span class=brand>Sponsored by </span>Brand {n}" for n in range(8)]
    menu = ["Home", "World", "Business", "Tech", "Science", "Sport"] * 8
    body = ["The council approved the new bridge on Tuesday after a debate that lasted most of the night.",
            "Residents had asked for a crossing for more than a decade, and the vote was welcomed by the mayor.",
            "Work is expected to begin in the spring and to take about two years, the council said."]
    dump = "\n".join(["Council approves bridge", *menu, *body, *ads])
    assert detect(dump) is Format.TEXT
    assert detect("\n".join(f"<p>Paragraph {n} of a fragment.</p>" for n in range(8))) is Format.HTML
    document = clean(Source("dump.txt", dump.encode(), Format.TEXT), CleanSettings())
    assert [b.text for b in document.blocks][:1] == [body[0]]


def test_url_from_source_when_page_names_none() -> None:
    data = (FIXTURES / "cp1252.html").read_bytes()
    document = clean(Source("https://x.example/cafe", data, Format.HTML, url="https://x.example/cafe"), CleanSettings())
    assert document.meta.url == "https://x.example/cafe"


def test_exclude_lines_also_remove_html_blocks() -> None:
    body = texts(read("article.html", CleanSettings(exclude_lines=(r"^Local farmers say",))))
    assert not any("Henrik Dahl" in text for text in body)
    assert any("Olsen said she has no plans" in text for text in body)


def test_bad_line_rule_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not a valid regular expression"):
        read("plain.txt", CleanSettings(exclude_lines=("(unclosed",)))


def test_the_lead_paragraph_describes_an_article_that_has_no_description() -> None:
    from narrator.model import Source

    text = "---\ntitle: T\n---\n\n## A heading\n\n" + "The opening sentence of the story. " * 20 + "\n\nMore.\n"
    document = clean(Source("lead.md", text.encode()), CleanSettings())
    description = document.meta.description or ""
    assert description.startswith("The opening sentence of the story.")
    assert len(description) <= 401 and description.endswith("…")


_GERMAN = ("Der Gemeinderat hat am Montag beschlossen, die alte Hafenmauer im nächsten Jahr zu erneuern. "
           "Die Ingenieure sagen, dass die Mauer einen weiteren Winter mit solchen Stürmen nicht überstehen würde. "
           "Über die Kosten wird im März abgestimmt, nach einer öffentlichen Versammlung im Rathaus.")
_ENGLISH = ("The council decided on Monday that the old harbour wall will be rebuilt next year. "
            "Engineers say the wall would not survive another winter of storms like the last one.")


@pytest.mark.parametrize(("data", "fmt", "language"), [
    (f"Hafenmauer wird erneuert\n\n{_GERMAN}\n", Format.TEXT, "de"),
    (f"# Hafenmauer wird erneuert\n\n{_GERMAN}\n", Format.MARKDOWN, "de"),
    (f"<html><body><h1>Hafenmauer</h1><p>{_GERMAN}</p></body></html>", Format.HTML, "de"),
    (f"<html><body><h1>Harbour wall</h1><p>{_ENGLISH}</p></body></html>", Format.HTML, "en"),
    # A page's lang plainly contradicted by its text gives way (templates keep theirs), and so does front matter
    # (a blog's template writes one "lang:" for every post); only --language is never overruled.
    (f"<html lang='fr'><body><h1>Hafenmauer</h1><p>{_GERMAN}</p></body></html>", Format.HTML, "de"),
    (f"---\nlang: nl\n---\n# Hafenmauer\n\n{_GERMAN}\n", Format.MARKDOWN, "de"),
    (f"---\nlang: de-AT\n---\n# Hafenmauer\n\n{_GERMAN}\n", Format.MARKDOWN, "de-at"),  # agreeing: kept, region and all
])
def test_language_is_declared_or_guessed_from_the_words(data: str, fmt: Format, language: str) -> None:
    document = clean(Source(origin="article", data=data.encode(), format_hint=fmt), CleanSettings())
    assert document.meta.language == language


def test_too_little_text_to_tell_is_english() -> None:
    document = clean(Source(origin="note.md", data=b"# Note\n\nSee you soon.\n", format_hint=Format.MARKDOWN),
                     CleanSettings())
    assert document.meta.language == "en"


def test_blocks_without_a_letter_or_digit_are_dropped() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, _ENGLISH), Block(BlockKind.HEADING, "______________________________", 2),
              Block(BlockKind.PARAGRAPH, "* * *"), Block(BlockKind.PARAGRAPH, "=)"), Block(BlockKind.PARAGRAPH, "42")]
    document = make_document("page.html", b"", Metadata(title="Harbour wall"), blocks)
    assert [b.text for b in document.blocks] == [_ENGLISH, "42"]


def test_plainly_english_text_does_not_load_the_language_model() -> None:
    from narrator.clean.language import _identifier

    _identifier.cache_clear()
    clean(Source("a.txt", f"Harbour wall\n\n{_ENGLISH}\n".encode(), Format.TEXT), CleanSettings())
    assert _identifier.cache_info().currsize == 0
    clean(Source("b.txt", f"Hafenmauer\n\n{_GERMAN}\n".encode(), Format.TEXT), CleanSettings())
    assert _identifier.cache_info().currsize == 1


def test_reference_sections_are_not_read() -> None:
    heading = lambda text, level=2: Block(BlockKind.HEADING, text, level)  # noqa: E731
    item = lambda text: Block(BlockKind.LIST_ITEM, text)  # noqa: E731
    prose = Block(BlockKind.PARAGRAPH, _ENGLISH)
    blocks = [prose, heading("History"), prose,
              heading("Notes"), Block(BlockKind.PARAGRAPH, "Bake the loaf for forty minutes, then let it rest."),
              heading("References"), item('^ "Harbour wall". Gazette. Retrieved 2 April 2011.'),
              heading("Print sources", 3), item("Smith, J. (2001). Walls. Harbour Press."),
              heading("Sources"), item("Harbour board minutes, 2019"), item("Council report, 2020"),
              heading("External links"), item("Official website"), heading("Legacy"), prose]
    kept = drop_reference_sections(blocks)
    assert [b.text for b in kept if b.kind is BlockKind.HEADING] == ["History", "Notes", "Legacy"]
    assert len(kept) == 7


@pytest.mark.parametrize("text", [
    "# Ten Years of a Small Shop\n\n*A look back at what worked, what did not, and what I would do again.*\n\n{body}",
    "---\ntitle: Ten Years of a Small Shop\nsubtitle: A look back at what worked, what did not, and what I would do "
    "again.\n---\n\n{body}",
])
def test_markdown_italic_line_under_the_title_or_a_subtitle_is_the_standfirst(text: str) -> None:
    body = "When I opened the shop in 2014, I had a laptop and a spare room.\n\n*Ship early.* Then listen."
    document = _markdown(text.format(body=body))
    assert document.meta.standfirst == "A look back at what worked, what did not, and what I would do again."
    assert [b.text for b in document.blocks] == [body.split("\n\n")[0], "Ship early. Then listen."]


def test_markdown_short_italic_line_under_the_title_stays_in_the_body() -> None:
    document = _markdown("# Ten Years of a Small Shop\n\n*Updated.*\n\nWhen I opened the shop, I had a laptop.\n")
    assert document.meta.standfirst is None
    assert document.blocks[0].text == "Updated."


def test_a_social_handle_after_an_authors_name_is_not_part_of_it() -> None:
    assert split_authors("Jon Porter@JonPorty") == ("Jon Porter",)
    assert split_authors("By Ana Lima @analima and Bo Chen") == ("Ana Lima", "Bo Chen")


def test_a_job_title_after_an_authors_name_is_not_a_second_author() -> None:
    """"By Priya Nair, Transport Correspondent" was read "By Priya Nair and Transport Correspondent"."""
    assert split_authors("Priya Nair, Transport Correspondent") == ("Priya Nair",)
    assert split_authors("Eric Song, IGN Staff") == ("Eric Song",)
    assert split_authors("Jane Writer") == ("Jane Writer",)  # a name alone stays, whatever it ends with


def test_markdown_short_subtitle_in_italics_and_a_byline_with_reading_time() -> None:
    """"*An essay in three parts*" (five words) was read as a paragraph, and the byline after it then was too."""
    document = _markdown("# On Walking\n\n*An essay in three parts*\n\nBy **Ana Lima** · 12 min read\n\n"
                         "I walk every morning, rain or shine.\n")
    assert document.meta.standfirst == "An essay in three parts"
    assert document.meta.authors == ("Ana Lima",)
    assert texts(document) == ["I walk every morning, rain or shine."]


def test_a_page_saved_from_its_styles_on_is_html() -> None:
    # a page whose first 20 kB are a style sheet, with no tag of the body among them
    css = "<style>\n" + "".join(f".box-{n} {{ opacity: 1; transition-duration: 0.4s; }}\n" for n in range(600))
    prose = "Plants tell stories of the past. " * 20
    page = f"{css}</style>\n<div class='post'><h1>Cultivation</h1><p>{prose}</p></div>"
    assert len(css) > 20_000
    assert detect(page) is Format.HTML
    assert detect("<script>var a = 1;</script>\n<p>Text</p>") is Format.HTML
    assert detect("Style matters. <style> is a tag we write about.") is Format.TEXT

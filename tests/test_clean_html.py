"""clean on HTML: our rules around trafilatura (split bodies, embedded posts, prompts, teasers)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from lxml import html as lxml_html

from narrator.clean import clean
from narrator.clean.backmatter import cut_closing_matter
from narrator.clean.common import drop_repeats, table_lines
from narrator.clean.declared import declared_blocks
from narrator.clean.prune import drop_boilerplate_blocks
from narrator.clean.rescue import rescue_paragraphs
from narrator.config import CleanSettings
from narrator.model import Block, BlockKind, Document, Format, Metadata, Source

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def test_split_article_is_read_whole_with_its_embedded_post() -> None:
    path = FIXTURES / "split-article.html"
    document = clean(Source(str(path), path.read_bytes(), Format.HTML), CleanSettings())
    texts = [block.text for block in document.blocks]
    assert document.meta.authors == ("Signe Aalto",) and document.meta.published == "2024-06-30"
    assert texts[0].startswith("For almost a hundred years")
    assert texts[-1].startswith("The cottage will pass to the local heritage trust")
    quotes = [b.text for b in document.blocks if b.kind is BlockKind.QUOTE]
    assert len(quotes) == 1 and quotes[0].startswith("Thirty years after the lighthouse went automatic")
    body = " ".join(texts)
    for boilerplate in ("Advertisement", "Share it with a friend", "You may also like", "Ferry pier", "©"):
        assert boilerplate not in body


def test_rescue_adds_paragraphs_from_sibling_containers_in_page_order() -> None:
    first = "The council met on Monday to discuss the new harbour wall and its cost to the town."
    second = "Engineers said the old wall would not survive another winter of storms like the last one."
    third = "A vote on the plan is expected in March, after a public meeting in the town hall."
    fourth = "Residents who want to speak at the meeting have been asked to register by the end of February."
    page = lxml_html.document_fromstring(
        f'<html><body><div class="body"><p>{first}</p><p>{second}</p></div><div class="ad">Buy now</div>'
        f'<div class="body"><p>{third}</p><p>{fourth}</p></div></body></html>'
    )
    extracted = [Block(BlockKind.PARAGRAPH, first), Block(BlockKind.PARAGRAPH, second)]
    assert [b.text for b in rescue_paragraphs(page, extracted)] == [first, second, third, fourth]


def test_rescue_reads_prose_lists_in_the_article_container_but_not_link_lists_or_summary_boxes() -> None:
    first = "The council met on Monday to discuss the new harbour wall and its cost to the town."
    second = "Engineers said the old wall would not survive another winter of storms like the last one."
    item = "About half of the residents who answered the survey said they would pay a higher harbour fee."
    summary = "The council will decide in March whether the harbour wall is rebuilt with a loan from the region."
    teaser = "Why the old lighthouse keeper still rows out to the island every morning before dawn"
    page = lxml_html.document_fromstring(
        f'<html><body><div class="body"><ul><li>{summary}</li></ul></div>'
        f'<div class="body"><p>{first}</p><p>{second}</p></div><div class="ad">Buy now</div>'
        f'<div class="body"><p>The survey found that:</p><ol><li>{item}</li></ol>'
        f'<ul><li><a href="/a">{teaser}</a> and more</li></ul></div></body></html>'
    )
    extracted = [Block(BlockKind.PARAGRAPH, first), Block(BlockKind.PARAGRAPH, second)]
    rescued = rescue_paragraphs(page, extracted)
    assert [(b.kind, b.text) for b in rescued] == [
        (BlockKind.PARAGRAPH, first), (BlockKind.PARAGRAPH, second), (BlockKind.LIST_ITEM, item)]


def test_rescued_text_joins_inline_markup_and_skips_formula_source() -> None:
    first = "The council met on Monday to discuss the new harbour wall and its cost to the town."
    second = "Engineers said the old wall would not survive another winter of storms like the last one."
    page = lxml_html.document_fromstring(
        f'<html><body><div class="body"><p>{first}</p><p>{second}</p></div>'
        '<div class="body"><p>The wall is <em>expand</em>ed every decade, and the identity matrix I<sub>n</sub> '
        '<math><annotation encoding="application/x-tex">{I_n}</annotation></math>is not needed to see why.'
        "<br>Work starts in May.</p></div></body></html>"
    )
    extracted = [Block(BlockKind.PARAGRAPH, first), Block(BlockKind.PARAGRAPH, second)]
    assert rescue_paragraphs(page, extracted)[-1].text == (
        "The wall is expanded every decade, and the identity matrix In is not needed to see why. Work starts in May.")


def test_rescue_needs_agreement_on_the_container() -> None:
    page = lxml_html.document_fromstring(
        '<html><body><div class="x"><p>Only one paragraph was extracted from this page, and it is here.</p></div>'
        '<div class="x"><p>Another paragraph sits in a container of the same class, far down the page.</p></div>'
        "</body></html>"
    )
    extracted = [Block(BlockKind.PARAGRAPH, "Only one paragraph was extracted from this page, and it is here.")]
    assert rescue_paragraphs(page, extracted) == extracted


def test_box_of_links_between_paragraphs_is_dropped() -> None:
    first = Block(BlockKind.PARAGRAPH, "The harbour wall will be rebuilt next year, the council said on Monday.")
    box = [Block(BlockKind.HEADING, "You may also like", level=3),
           Block(BlockKind.PARAGRAPH, "Ferry operators warn of fewer crossings after fuel costs rise"),
           Block(BlockKind.LIST_ITEM, "Village wins prize for the best small railway station")]
    last = Block(BlockKind.PARAGRAPH, "Work is expected to start in the spring and take two years.")
    assert drop_boilerplate_blocks([first, *box, last], Metadata(title="Harbour wall")) == [first, last]
    related = [Block(BlockKind.PARAGRAPH, "Related: Ferry operators warn of fewer crossings"),
               Block(BlockKind.LIST_ITEM, "Village wins prize for the best small railway station")]
    assert drop_boilerplate_blocks([first, *related, last], Metadata(title="Harbour wall")) == [first, last]


def test_numbered_gallery_after_the_article_is_dropped_but_a_slideshow_article_is_kept() -> None:
    prose = [Block(BlockKind.PARAGRAPH, f"Paragraph {n} of the harbour story, in which the council votes.")
             for n in range(1, 4)]
    caption = "The old harbour wall seen from the ferry pier on a calm morning, with the fishing boats in. " * 4
    slides = [Block(BlockKind.PARAGRAPH, f"{n}/4 Slide {n}\n{caption}") for n in range(1, 5)]
    title = Block(BlockKind.HEADING, "Business news in pictures", level=2)
    meta = Metadata(title="Harbour wall")
    assert drop_boilerplate_blocks([*prose, title, *slides], meta) == prose
    slideshow = [prose[0], *slides]
    assert drop_boilerplate_blocks(slideshow, meta) == slideshow


def test_boilerplate_blocks_dropped_after_extraction() -> None:
    meta = Metadata(title="Harbour wall to be rebuilt", authors=("Ana Lima",))
    article = "The harbour wall will be rebuilt next year at a cost of four million, the council said on Monday."
    blocks = [
        Block(BlockKind.HEADING, "Harbour wall to be rebuilt", level=1),
        Block(BlockKind.PARAGRAPH, article),
        Block(BlockKind.PARAGRAPH, "Follow us on Twitter and Facebook for the latest news from the coast."),
        Block(BlockKind.PARAGRAPH, "Write to Ana Lima at ana.lima@example.org"),
        Block(BlockKind.PARAGRAPH, "https://example.org/harbour-wall"),
        Block(BlockKind.HEADING, "Newsletter", level=2),
        Block(BlockKind.HEADING, "Get the day's stories in your inbox", level=2),
        Block(BlockKind.PARAGRAPH, "More from the coast"),
        Block(BlockKind.LIST_ITEM, "Ferry pier to close\nRepairs will take a month."),
    ]
    assert drop_boilerplate_blocks(blocks, meta) == [Block(BlockKind.PARAGRAPH, article)]


def test_slideshow_captions_are_kept_when_they_are_the_article() -> None:
    slides = "".join(
        f"<figure><img src='{n}.jpg'><figcaption>Costume idea {n}: a long coat, a paper crown and a wooden "
        f"sword make a king in ten minutes, using what you already have at home.</figcaption></figure>"
        for n in range(1, 6)
    )
    page = f"<html><body><article><p>Five costumes you can make tonight.</p>{slides}</article></body></html>"
    document = clean(Source("slides.html", page.encode()), CleanSettings())
    assert " ".join(block.text for block in document.blocks).count("Costume idea") == 5


def test_press_release_boilerplate_closes_the_article() -> None:
    news = [Block(BlockKind.PARAGRAPH, f"Paragraph {n} of the announcement says something new about the product.")
            for n in range(1, 6)]
    about = Block(BlockKind.PARAGRAPH, "Acme Widgets is a leading provider of widgets for hospitals in 30 countries.")
    contact = Block(BlockKind.PARAGRAPH, "Acme Widgets is headquartered in Springfield and employs 400 people.")
    kept = drop_boilerplate_blocks([*news, about, contact], Metadata(title="Acme launches a widget"))
    assert kept == news


def test_html_code_blocks_skipped_or_announced() -> None:
    page = (b"<html><body><article><p>To count the lines of a file, the shell has a short and well known command.</p>"
            b"<pre><code>wc -l file.txt</code></pre><p>It prints the number of lines followed by the name of the "
            b"file, and it is fast even on very large files.</p></article></body></html>")
    skipped = clean(Source("c.html", page), CleanSettings())
    announced = clean(Source("c.html", page), CleanSettings(code_blocks="announce"))
    assert [b.kind for b in skipped.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert [b.kind for b in announced.blocks] == [BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.PARAGRAPH]
    assert "wc -l" not in " ".join(b.text for b in announced.blocks)


def test_php_error_output_is_not_taken_for_the_article() -> None:
    warning = ("<b>Warning</b>:  Use of undefined constant posts - assumed 'posts' (this will throw an Error in a "
               "future version of PHP) in <b>/var/www/site/plugins/recent.php</b> on line <b>41</b><br />")
    page = (f"<html><body><div class='post'><h2>Our new dog</h2><p>A week ago our second dog came home.</p>"
            f"<p>He slept most of the first day.</p></div><ul class='sidebar'>{warning * 4}</ul></body></html>")
    document = clean(Source("dog.html", page.encode()), CleanSettings())
    body = " ".join(block.text for block in document.blocks)
    assert "second dog came home" in body and "undefined constant" not in body


def test_declared_article_body_read_when_the_markup_has_none() -> None:
    sentences = " ".join(f"Sentence {n} of the column makes one more point about the harbour budget." for n in range(8))
    ld = json.dumps({"@type": "NewsArticle", "headline": "The harbour budget", "articleBody": sentences})
    page = (f"<html><head><script type='application/ld+json'>{ld}</script></head><body><div id='app'>"
            f"<figure><figcaption>The harbour at dawn. Photo: Ana Lima</figcaption></figure></div></body></html>")
    document = clean(Source("column.html", page.encode()), CleanSettings())
    assert " ".join(block.text for block in document.blocks) == sentences


def test_declared_article_body_split_into_paragraphs() -> None:
    assert [b.text for b in declared_blocks("<p>One and two.</p><p>Three <em>four</em>.</p>")] == [
        "One and two.", "Three four.",
    ]
    assert [b.text for b in declared_blocks("First line.\n\nSecond line.")] == ["First line.", "Second line."]
    blocks = declared_blocks("<h2>Costs</h2><p>It costs <b>four</b> million.</p><h3 class='x'>Who pays</h3><br>"
                             "The town.")
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.HEADING, "Costs", 2), (BlockKind.PARAGRAPH, "It costs four million.", 0),
        (BlockKind.HEADING, "Who pays", 3), (BlockKind.PARAGRAPH, "The town.", 0)]


def test_long_run_of_term_and_description_blocks_at_the_end_is_kept() -> None:
    intro = Block(BlockKind.PARAGRAPH, "Every option on the settings screen is listed below with what it changes.")
    options = [Block(BlockKind.PARAGRAPH, f"Option {n}\n Changes how quickly setting number {n} takes effect.")
               for n in range(20)]
    widget = [Block(BlockKind.LIST_ITEM, f"Story {n}\nA short summary of another story.") for n in range(4)]
    meta = Metadata(title="All the settings")
    assert drop_boilerplate_blocks([intro, *options], meta) == [intro, *options]
    assert drop_boilerplate_blocks([intro, *widget], meta) == [intro]


def test_leading_title_repeat_with_a_new_number_is_kept() -> None:
    meta = Metadata(title="Derwent Moor · The Quarry")
    repeat = Block(BlockKind.PARAGRAPH, "The Quarry · Derwent Moor")
    dated = Block(BlockKind.PARAGRAPH, "The Quarry · Derwent Moor (1987)")
    body = Block(BlockKind.PARAGRAPH, "A short film about a quarry, shot over one summer on the moor.")
    assert drop_repeats([repeat, body], meta) == (body,)
    assert drop_repeats([dated, body], meta) == (dated, body)


def _clean_fixture(name: str) -> Document:
    """A fixture page read as HTML."""
    path = FIXTURES / name
    return clean(Source(str(path), path.read_bytes(), Format.HTML), CleanSettings())


def test_summary_under_the_headline_is_the_standfirst_not_the_body() -> None:
    document = _clean_fixture("standfirst.html")
    assert document.meta.standfirst == (
        "Engineers say the iron crossing is sound, but its deck will need replacing within five years."
    )
    assert all("iron crossing is sound" not in b.text for b in document.blocks)
    assert document.blocks[0].text.startswith("The council met on Tuesday")


def test_page_without_a_summary_has_no_standfirst() -> None:
    document = _clean_fixture("no-standfirst.html")
    assert document.meta.standfirst is None
    assert document.blocks[0].text.startswith("The council met on Tuesday")  # the lead paragraph stays


def test_caption_or_byline_under_the_headline_is_not_the_standfirst() -> None:
    document = _clean_fixture("caption-under-headline.html")
    assert document.meta.standfirst is None


def test_lead_paragraph_set_apart_by_its_class_stays_in_the_body() -> None:
    lead = "Engineers say the iron crossing is sound, but its deck will need replacing within five years."
    rest = ["The council met on Tuesday evening to discuss the future of the old river bridge, which has carried "
            "traffic across the valley since the late nineteenth century.",
            "Engineers told members that the iron frame was sound but that the deck would need to be replaced "
            "within five years if heavy lorries continued to use it every day.",
            "A final decision is expected in the spring, after a public consultation that will run for eight "
            "weeks and include two open meetings in the town hall."]
    page = ("<html><head><title>Council weighs the future of the old river bridge</title>"
            f"<meta name='description' content='{lead}'></head><body><article>"
            "<h1>Council weighs the future of the old river bridge</h1><div class='story-body'>"
            f"<p class='story-body__introduction'>{lead}</p>" + "".join(f"<p>{p}</p>" for p in rest)
            + "</div></article></body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert document.meta.standfirst is None
    assert [b.text for b in document.blocks] == [lead, *rest]


@pytest.mark.parametrize("kind", ["standfirst", "article-dek", "strapline"])
def test_summary_marked_as_such_beside_the_body_paragraphs_is_the_standfirst(kind: str) -> None:
    dek = "The plan adds twelve miles of protected lanes across the city by 2026."
    rest = ["The city council voted seven to two on Tuesday to expand the network of protected bike lanes, after "
            "a year of public hearings.",
            "Supporters said the lanes would cut crashes, while opponents worried about the loss of parking on "
            "the busiest shopping streets."]
    page = ("<html><head><title>Council votes to expand bike lanes</title></head><body><article>"
            f"<h1>Council votes to expand bike lanes</h1><p class='{kind}'>{dek}</p>"
            + "".join(f"<p>{p}</p>" for p in rest) + "</article></body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert document.meta.standfirst == dek
    assert [b.text for b in document.blocks] == rest


def test_player_controls_and_hidden_parts_are_not_read() -> None:
    paragraphs = ["The council met on Tuesday evening to discuss the future of the old river bridge, which has "
                  "carried traffic across the valley since the late nineteenth century.",
                  "Engineers told members that the iron frame was sound but that the deck would need to be "
                  "replaced within five years if heavy lorries continued to use it every day.",
                  "A final decision is expected in the spring, after a public consultation that will run for "
                  "eight weeks and include two open meetings in the town hall."]
    player = ("<div class='player'><ul role='menu'><li>captions off, selected</li></ul>"
              "<div role='dialog'><p>This is a modal window. It can be closed by pressing the Escape key.</p></div>"
              "<p aria-hidden='true'>Loading the video player now, please wait a moment for it to start.</p></div>")
    page = ("<html><body><article><h1>Council weighs the bridge</h1>"
            f"<p>{paragraphs[0]}</p>{player}<p>{paragraphs[1]}</p><p>{paragraphs[2]}</p></article></body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert [b.text for b in document.blocks] == paragraphs


def test_sentence_set_as_a_heading_above_the_text_is_read_as_the_standfirst() -> None:
    dek = "The old river bridge has carried traffic across the valley for more than a century."
    rest = ["But engineers told the council on Tuesday that its deck would need to be replaced within five "
            "years if heavy lorries continued to use it every day.",
            "A final decision is expected in the spring, after a public consultation that will run for eight "
            "weeks and include two open meetings in the town hall."]
    for heading, standfirst in ((dek, dek), ("The Old River Bridge Will Need A New Deck Within Five Years.", None)):
        page = (f"<html><body><article><h1>Council weighs the bridge</h1><h2>{heading}</h2>"
                + "".join(f"<p>{p}</p>" for p in rest) + "</article></body></html>")
        document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
        assert document.meta.standfirst == standfirst
        assert [b.text for b in document.blocks] == rest


def test_page_laid_out_in_a_table_is_read_as_paragraphs_and_data_tables_row_by_row() -> None:
    paragraphs = ["The council met on Tuesday evening to discuss the future of the old river bridge, which has "
                  "carried traffic across the valley since the late nineteenth century, and heard from engineers.",
                  "Engineers told members that the iron frame was sound but that the deck would need to be "
                  "replaced within five years if heavy lorries continued to use it every day.",
                  "A final decision is expected in the spring, after a public consultation that will run for "
                  "eight weeks and include two open meetings in the town hall."]
    data = ("<table><tr><th><p>Year</p></th><th><p>Lorries a day</p></th></tr>"
            "<tr><td><p>Spring 2019</p></td><td><p>340 before the limit</p></td></tr></table>")
    page = ("<html><body><h1>Council weighs the bridge</h1><table><tr><td>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:2]) + f"</td></tr></table>{data}<p>{paragraphs[2]}</p>"
            "</body></html>")
    texts = [b.text for b in clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).blocks]
    assert texts[:2] == paragraphs[:2] and texts[-1] == paragraphs[2]
    assert "Spring 2019: Lorries a day: 340 before the limit." in texts  # a data row, said with its header


def test_article_hidden_behind_an_open_dialog_is_still_read() -> None:
    paragraphs = ["The council met on Tuesday evening to discuss the future of the old river bridge, which has "
                  "carried traffic across the valley since the late nineteenth century.",
                  "A final decision is expected in the spring, after a public consultation that will run for "
                  "eight weeks and include two open meetings in the town hall."]
    page = ("<html><body><div id='page' aria-hidden='true'><article><h1>Council weighs the bridge</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></div>"
            "<div role='dialog'><p>We use cookies to improve your experience.</p><button>Accept</button></div>"
            "</body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert [b.text for b in document.blocks] == paragraphs


def test_script_rendered_page_is_read_from_its_json_state() -> None:
    paragraphs = [f"Paragraph {n} of the harbour story tells how the old wall was built, repaired and finally "
                  f"replaced by the town after a long debate in the council chamber." for n in range(1, 9)]
    state = {"props": {"pageProps": {"page": {"html": "".join(f"<p>{p}</p>" for p in paragraphs)},
                                     "nav": "<p>Home</p><p>News</p><p>Sport</p>"}}}
    page = ("<html><head><script id='__NEXT_DATA__' type='application/json'>" + json.dumps(state) + "</script>"
            "</head><body><article><h1>Harbour wall</h1>" + f"<p>{paragraphs[0]}</p>" + "</article></body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert [b.text for b in document.blocks] == paragraphs
    rendered = "The ferry timetable changes on Monday, with fewer early sailings across the bay in winter."
    other = page.replace(f"<p>{paragraphs[0]}</p></article>", f"<p>{rendered}</p></article>")
    assert [b.text for b in clean(Source("p.html", other.encode(), Format.HTML), CleanSettings()).blocks] == [rendered]


def test_a_short_sentence_starting_with_by_is_not_a_byline() -> None:
    meta = Metadata(title="Prices")
    sentence = Block(BlockKind.PARAGRAPH, "By the end of the week, prices had doubled.")
    byline = Block(BlockKind.PARAGRAPH, "By Ana Lima")
    body = Block(BlockKind.PARAGRAPH, "The harbour wall will be rebuilt next year, the council said on Monday.")
    assert drop_boilerplate_blocks([body, sentence, byline, body], meta) == [body, sentence, body]


def test_a_short_article_keeps_its_paragraphs_without_its_headline_or_newsletter_box() -> None:
    document = _clean_fixture("short-article-newsletter.html")
    assert [b.text for b in document.blocks] == [
        "The council voted on Monday to rebuild the old harbour wall.",
        "Work starts in March and takes a year.",
        "Boats will moor at the north quay until then.",
    ]


@pytest.mark.parametrize(("name", "language", "warned"), [
    ("lang-de-text-en.html", "en", True),  # a template's lang on an English article: the text wins
    ("lang-en-text-de.html", "de", True),
    ("lang-de-text-de.html", "de", False),  # they agree
    ("lang-de-short.html", "de", False),  # too little text to overrule the page
    ("lang-de-two-sentences-en.html", "en", True),  # two sentences: the identifier and the stop words agree
])
def test_the_text_wins_over_a_declared_language_it_plainly_contradicts(
        name: str, language: str, warned: bool, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="narrator.clean.language"):
        document = _clean_fixture(name)
    assert document.meta.language == language
    assert any("declares its language" in r.getMessage() for r in caplog.records) is warned


def test_a_german_byline_gives_the_name_alone() -> None:
    path = FIXTURES / "byline-de.html"
    document = clean(Source(str(path), path.read_bytes(), Format.HTML), CleanSettings())
    assert document.meta.authors == ("Anna Schmidt",)
    assert [b.text.split()[:3] for b in document.blocks] == [["Die", "neue", "Fähre"], ["Die", "alte", "Fähre"]]


def test_table_rows_are_said_with_the_names_of_their_columns() -> None:
    header = ["Year", "Orders", "Lorries a day", "2023"]
    rows = [["2014", "212", "340", "5"], ["2024", "", "12", "7"], ["", "", "", ""]]
    assert table_lines(header, rows) == ["2014: Orders 212, Lorries a day: 340, 2023: 5.",
                                         "2024: Lorries a day: 12, 2023: 7."]  # no empty cell or row is said


@pytest.mark.parametrize(("header", "rows"), [
    (None, [["2014", "212", "$8,400"]]),  # no header row
    (["A", "B", "C", "D", "E", "F", "G"], [["1", "2", "3", "4", "5", "6", "7"]]),  # too wide to name each cell
    (["Year", "Orders"], [["2014", "212", "extra"]]),  # rows that do not fit the header
    (["Year", "What the shop sold in its first full year"], [["2014", "212"]]),  # a header of sentences
])
def test_tables_that_cannot_be_named_are_read_cell_by_cell(header: list[str] | None, rows: list[list[str]]) -> None:
    lines = table_lines(header, rows)
    assert lines[-1] == ", ".join(rows[-1]) + "."
    assert len(lines) == len(rows) + (header is not None)


def test_a_data_table_in_a_page_is_read_with_its_header_not_dropped_as_furniture() -> None:
    paragraphs = ["When I opened the shop in 2014, I had three thousand dollars, a laptop and a spare room, and "
                  "here is what a decade taught me about selling online.",
                  "The numbers tell most of the story, so here they are for the first and the latest year of trading.",
                  "Revenue grew about seventy times in those ten years, while the number of orders grew about forty "
                  "six times over."]
    table = ("<table><thead><tr><th>Year</th><th>Orders</th><th>Revenue</th></tr></thead><tbody>"
             "<tr><td>2014</td><td>212</td><td>$8,400</td></tr><tr><td>2024</td><td>9,870</td><td>$612,000</td></tr>"
             "</tbody></table>")
    page = (f"<html><body><article><h1>Ten years of a small shop</h1><p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
            f"{table}<p>{paragraphs[2]}</p></article></body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert [b.text for b in document.blocks] == [*paragraphs[:2], "2014: Orders 212, Revenue $8,400.",
                                                 "2024: Orders 9,870, Revenue $612,000.", paragraphs[2]]
    markdown = ("# Ten years of a small shop\n\n" + "\n\n".join(paragraphs[:2])
                + "\n\n| Year | Orders | Revenue |\n|---|---:|---:|\n"
                + "| 2014 | 212 | $8,400 |\n| 2024 | 9,870 | $612,000 |\n\n"
                + paragraphs[2] + "\n")
    document = clean(Source("page.md", markdown.encode(), Format.MARKDOWN), CleanSettings())
    assert "2024: Orders 9,870, Revenue $612,000." in [b.text for b in document.blocks]


@pytest.mark.parametrize("pull_quote", [
    '<aside class="pullquote"><p>“We did not think we would see an otter in our lifetime.”</p></aside>',
    '<blockquote class="pull-quote">We did not think we would see an otter.</blockquote>',  # marked by its class
    "<blockquote>We did not think we would see an otter in our lifetime.</blockquote>",  # its words repeated beside it
])
def test_a_pull_quote_is_read_once_in_its_paragraph(pull_quote: str) -> None:
    paragraphs = ["For thirty years the Wendle ran brown. Factories upstream poured dye into it, and the fish left.",
                  "Then, in 2015, the last mill closed. Volunteers began pulling tyres and trolleys from the banks.",
                  "“We did not think we would see an otter in our lifetime,” said Mary Hale, who has led the clean-up "
                  "since the start. Last spring, one was filmed near the old weir.",
                  "Work is due to begin next summer and will take eighteen months, the council said."]
    page = (f"<html><body><article><h1>The river that came back</h1><p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
            f"{pull_quote}<p>{paragraphs[2]}</p><p>{paragraphs[3]}</p></article></body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert [b.text for b in document.blocks] == paragraphs


def test_a_quote_that_the_article_does_not_repeat_is_read() -> None:
    quote = "Thirty years after the lighthouse went automatic, its last keeper still climbs the stairs every evening."
    blocks = [Block(BlockKind.PARAGRAPH, "The keeper wrote to the paper last week, and we print his letter here."),
              Block(BlockKind.QUOTE, quote),
              Block(BlockKind.PARAGRAPH, "He is ninety one, and he says he will keep climbing while he can.")]
    assert [b.text for b in drop_boilerplate_blocks(blocks, Metadata(title="The keeper"))] == [
        blocks[0].text, quote, blocks[2].text]


def test_an_affiliation_beside_the_author_is_no_second_author() -> None:
    page = ("<html><body><article><h1>Why bees dance</h1><p class='byline'>Jane Park, University of Leeds</p>"
            "<p>Honeybees tell each other where food is by dancing. A forager returning to the hive walks a figure of "
            "eight on the comb, waggling as she goes, and the others follow her steps.</p>"
            "<p>The angle of the waggle run tells the others the direction of the flowers relative to the sun, and "
            "its length tells them how far away they are.</p></article></body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert document.meta.authors == ("Jane Park",)


def test_a_short_page_of_short_sentences_is_an_article() -> None:
    """Two sentences of four and six words failed with "no article text found": a listing's headlines end without a
    full stop, an article's sentences with one, however short."""
    page = ("<html><head><title>Notes</title></head><body><main><h1>Notes from the hill</h1>"
            "<p>The path was steep.</p><h2>Day two</h2><p>We reached the top at noon.</p></main></body></html>")
    document = clean(Source("hill.html", page.encode(), Format.HTML), CleanSettings())
    assert [b.text for b in document.blocks] == ["The path was steep.", "Day two", "We reached the top at noon."]


def test_a_fragment_without_title_or_h1_is_named_by_its_first_heading() -> None:
    """A saved post's fragment was titled after its file ("Post") and read its heading as a chapter."""
    page = ('<html lang="en"><body><div class="post"><h2>Quick update</h2><p>We moved. The new shop is at 12 High '
            "St.</p><p>Open Mon-Sat, 9am-5pm.</p></div></body></html>")
    document = clean(Source("post.html", page.encode(), Format.HTML), CleanSettings())
    assert document.meta.title == "Quick update"
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


_PRESS_RELEASE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Riverside Library Opens New Makerspace for Teens | Riverside News</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
<p class="label">FOR IMMEDIATE RELEASE</p>
<h1>Riverside Library Opens New Makerspace for Teens</h1>
<h2>New facility offers 3D printers, laser cutters and free workshops every Saturday</h2>
<p>RIVERSIDE, Calif., March 4, 2025 -- The Riverside Public Library today opened a makerspace on the second floor of
its Main Street branch, giving teenagers free access to printers, a laser cutter and a recording studio.</p>
<p>"Young people told us they wanted a place to build things, not just read about them," said library director Ana
Ruiz. "This is that place," she said at the opening on Tuesday morning.</p>
<p>The project was funded by a state grant and by donations from one hundred and forty local businesses.</p>
<h3>About Riverside Public Library</h3>
<p>The Riverside Public Library serves 320,000 residents through seven branches and an online collection.</p>
</article><footer>Riverside News</footer></body></html>"""


def test_a_press_release_s_label_is_not_read_and_its_deck_is_the_standfirst() -> None:
    """"FOR IMMEDIATE RELEASE" was read, and the deck (a heading without a stop) was a chapter."""
    document = clean(Source("release.html", _PRESS_RELEASE.encode(), Format.HTML), CleanSettings())
    assert document.meta.title == "Riverside Library Opens New Makerspace for Teens"
    assert document.meta.standfirst == ("New facility offers 3D printers, laser cutters and free workshops every "
                                        "Saturday")
    texts = [block.text for block in document.blocks]
    assert texts[0].startswith("RIVERSIDE, Calif.") and not any("RELEASE" in text for text in texts)
    assert texts[-1].startswith("The project was funded")  # the library's boilerplate about itself is not news


def test_about_a_study_at_the_end_of_an_article_is_read() -> None:
    """Only an organisation describing itself under its own name is boilerplate, not "About the study"."""
    blocks = ["A long first paragraph of the article.", "A second paragraph of the article.", "About the study",
              "The study followed 1,024 adults for four years."]
    assert cut_closing_matter(blocks) == len(blocks)
    assert cut_closing_matter([*blocks[:2], "About Acme Corp", "Acme Corp makes widgets."]) == 2


_EMBEDDED_POST_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Storm cuts power</title></head><body><article><h1>Storm cuts power to 40,000 homes</h1>
<p>A fast-moving storm knocked out power to about 40,000 homes across the county overnight, the utility said on
Monday, and crews expected to restore most of it by evening.</p>
<blockquote class="twitter-tweet"><p lang="en">We're aware of widespread outages and crews are on the way.
<a href="https://t.co/AbC123xyz">pic.twitter.com/AbC123xyz</a></p>&mdash; County Power (@CountyPower)
<a href="https://twitter.com/CountyPower/status/1">March 3, 2025</a></blockquote>
<p>Schools in three districts opened two hours late, and buses ran to the usual timetable in the afternoon, the
county's education office said in a statement on its website.</p></article></body></html>"""


def test_an_embedded_post_keeps_its_signature_after_it() -> None:
    """The signature of an embedded post is loose text the extractor dropped: the post was the reporter's words."""
    document = clean(Source("post.html", _EMBEDDED_POST_PAGE.encode(), Format.HTML), CleanSettings())
    texts = [block.text for block in document.blocks]
    post = next(i for i, text in enumerate(texts) if text.startswith("We're aware"))
    assert texts[post + 1] == "— County Power (@CountyPower) March 3, 2025"


def test_a_drop_cap_styled_apart_from_its_paragraph_is_put_back() -> None:
    """<span>T</span><p>urkey, ...</p>: the extractor read the paragraph alone and the voice said "urkey"."""
    paragraphs = ["Poland and three islands have been removed from the list of travel corridors, the transport "
                  "secretary said on Thursday evening after new figures were published.",
                  "Travellers arriving from those places after four in the morning on Saturday must isolate for two "
                  "weeks, he said, and the fines for those who refuse to do so will rise sharply."]
    page = ("<html><head><title>Islands added to quarantine list</title></head><body><article>"
            "<h1>Islands added to quarantine list</h1><div><span class='dropcap'>T</span>"
            "<p><a href='/topic/turkey'>urkey</a>, " + paragraphs[0] + "</p></div>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[1:]) + "<p>A</p><p>" + paragraphs[1].lower() + "</p>"
            "</article></body></html>")
    blocks = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).blocks
    assert blocks[0].text == "Turkey, " + paragraphs[0]
    assert not any(b.text.startswith("Atravellers") for b in blocks)  # "A" is a word, never glued


NEWSLETTER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>The ferry that saved an island</title></head>
<body><table role="presentation" width="100%"><tr><td>
<table role="presentation"><tr><td><a href="https://letter.example/p/ferry">View in browser</a></td></tr></table>
<h1><a href="https://letter.example/p/ferry">The ferry that saved an island</a></h1>
<table role="presentation"><tr><td><a href="https://letter.example/@casey">Casey Rivera</a></td></tr>
<tr><td>Nov 28</td></tr></table>
<table role="presentation"><tr><td><a href="https://letter.example/p/ferry?like=1">Like</a></td>
<td><a href="https://letter.example/p/ferry?comment=1">Comment</a></td>
<td><a href="https://letter.example/p/ferry?share=1">Share</a></td></tr></table>
<div class="body">
<p>For forty years the ferry has left the pier at seven every morning, rain or shine. Islanders set their clocks by
its horn.</p>
<p>When the engine failed in January, the village raised the money in a week. The baker gave bread to the crew and
the garage gave fuel.</p>
<table><tr><th>Year</th><th>Crossings</th></tr><tr><td>2024</td><td>1,460</td></tr><tr><td>2025</td><td>1,392</td></tr>
</table>
<p>It sailed again on March 3, a day early, with half the island on the pier to watch it go.</p>
</div>
<table role="presentation"><tr><td><a href="https://letter.example/subscribe">Subscribe to The Harbour Letter</a>
</td></tr>
<tr><td>You're currently a free subscriber to The Harbour Letter. For the full experience, upgrade your
subscription.</td>
</tr><tr><td>&copy; 2026 Casey Rivera<br>548 Market Street, San Francisco<br>
<a href="https://letter.example/unsubscribe">Unsubscribe</a></td></tr>
<tr><td><a href="https://letter.example/app">Get the app</a><a href="https://letter.example/start">Start writing</a>
</td></tr></table>
</td></tr></table></body></html>"""


def test_a_newsletter_laid_out_in_tables_is_read_as_its_letter() -> None:
    document = clean(Source("ferry.html", NEWSLETTER.encode(), Format.HTML), CleanSettings())
    texts = [block.text for block in document.blocks]
    assert texts[0].startswith("For forty years the ferry has left the pier")
    assert texts[-1].startswith("It sailed again on March 3")
    spoken = " ".join(texts)
    for interface in ("View in browser", "Casey Rivera", "Nov 28", "Like", "Comment", "Subscribe", "Get the app"):
        assert interface not in spoken, interface
    assert "2024: Crossings 1,460." in texts  # a data table inside the layout is still read row by row


def test_a_nested_list_is_read_once_each_item_on_its_own() -> None:
    prose = "<p>" + "The council met on Monday to discuss the new harbour wall and what it will cost. " * 4 + "</p>"
    page = (f"<html><body><article><h1>Harbour wall</h1>{prose}<p>The plan has two parts:</p>"
            "<ul><li>A new wall<ul><li>built of granite</li><li>two metres higher</li></ul></li>"
            "<li>A wider path</li></ul><dl><dd><dl><dd>An indented note, twice over.</dd></dl></dd></dl>"
            f"{prose}</article></body></html>")
    document = clean(Source(origin="wall.html", data=page.encode()), CleanSettings())
    items = [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["A new wall", "built of granite", "two metres higher", "A wider path",
                     "An indented note, twice over."]


def test_a_section_heading_over_questions_in_details_is_kept() -> None:
    prose = "<p>" + "Gaps around doors and windows let warm air escape, and tape closes most of them. " * 3 + "</p>"
    page = (f"<html><body><article><h1>Winter bills</h1><h2>Draughts</h2>{prose}<h2>Frequently asked questions</h2>"
            "<details><summary>Is it cheaper to leave the heating on all day?</summary><p>No. Heating a home only when"
            " you need it uses less energy overall.</p></details><details><summary>Do smart thermostats pay off?"
            "</summary><p>For most households they do within two to three years.</p></details>"
            "</article></body></html>")
    document = clean(Source(origin="bills.html", data=page.encode()), CleanSettings())
    headings = [(b.text, b.level) for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings == [("Draughts", 2), ("Frequently asked questions", 2),
                        ("Is it cheaper to leave the heating on all day?", 3), ("Do smart thermostats pay off?", 3)]


@pytest.mark.parametrize("listing", [
    # GeSHi and Pygments' "highlighttable": line numbers in one cell, the code in a <pre> in the next
    '<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2</pre></div></td>'
    '<td class="code"><div class="highlight"><pre><span class="n">total</span> = <span class="nb">sum</span>(rows)\n'
    'print(total)</pre></div></td></tr></table>',
    '<table><tbody><tr><td class="code"><pre class="python">total = sum(rows)\nprint(total)</pre></td></tr></tbody>'
    '</table>',
    # SyntaxHighlighter: no <pre>, a table of numbered lines in a marked box
    '<div class="syntaxhighlighter python"><table><tr><td class="gutter"><div class="line number1">1</div></td>'
    '<td class="code"><div class="container"><div class="line number1"><code>total = sum(rows)</code></div>'
    '</div></td></tr></table></div>',
])
def test_code_laid_out_as_a_table_is_a_code_block(listing: str) -> None:
    page = ("<html><body><article><p>To add up the rows of a table, Python has a short and well known function.</p>"
            f"{listing}<p>It prints the total of all the rows, and it is fast even on very large tables.</p>"
            "</article></body></html>").encode()
    skipped = clean(Source("c.html", page), CleanSettings())
    announced = clean(Source("c.html", page), CleanSettings(code_blocks="announce"))
    assert [b.kind for b in skipped.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert [b.kind for b in announced.blocks] == [BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.PARAGRAPH]
    assert "sum" not in " ".join(b.text for b in skipped.blocks + announced.blocks)


def test_a_script_written_self_closed_holds_the_code_after_it() -> None:
    # browsers ignore the slash: what follows up to </script> is code, not the page's text
    prose = "<p>" + "Drain the pineapple and keep the juice for the glaze, then slice it into rings. " * 3 + "</p>"
    code = "(function() { var meta = JSON.parse('\\x7b\\x22a\\x22\\x7d'); register(meta); })();"
    page = (f"<html><body><article><h1>Pineapple cake</h1>{prose}<div class='cta'>"
            f"<script type=\"text/javascript\"/>\n{code}\n</script></div><p>Tip: <script type='text/javascript'/>{code}"
            "</script>use fresh fruit.</p><p>Bake for forty minutes, until a skewer comes out clean, and leave it to "
            "cool in the tin.</p></article></body></html>")
    document = clean(Source(origin="cake.html", data=page.encode()), CleanSettings())
    assert [b.text[:12] for b in document.blocks] == ["Drain the pi", "Tip: use fre", "Bake for for"]


def test_looking_for_self_closed_scripts_is_linear() -> None:
    import time

    from narrator.clean.htmlparse import parse_html

    started = time.process_time()
    parse_html("<p>" + ("<script" + " " * 1990 + "x") * 1000 + "</p>")
    # 0.1 s here; a first pattern tried every split of the spaces before "/>": 7 s
    assert time.process_time() - started < 5


def test_a_live_blog_s_entries_keep_their_times() -> None:
    def entry(time: str, inner: str) -> str:
        return (f'<div class="live-post"><time datetime="2026-11-03">{time}</time>{inner}'
                '<div class="share">Share</div></div>')

    posts = (entry("10:45 p.m. ET", "<h2>Polls close in the West</h2><p>Polls have now closed in California, "
                   "Oregon and Washington, and early counts show a tight race in two districts.</p>")
             + entry("10:15 p.m. ET", "<h2>Turnout hits record</h2><p>State officials said turnout had passed 70% in "
                     "several counties, the highest figure since records began.</p>")
             + '<div class="ad">Advertisement</div>'
             + entry("9:50 p.m. ET", "<p>Officials expect most counties to report by early morning, though mail "
                     "ballots may take days.</p>"))
    page = ("<html><head><title>Election night live | The Ledger</title></head><body><main><article>"
            "<h1>Election night live</h1><p class='byline'>By Staff Reporters</p>"
            f"{posts}</article></main></body></html>")
    texts = [b.text for b in clean(Source(origin="live.html", data=page.encode()), CleanSettings()).blocks]
    assert "10:45 p.m. ET: Polls close in the West" in texts
    assert "10:15 p.m. ET: Turnout hits record" in texts
    assert any(text.startswith("9:50 p.m. ET. Officials expect") for text in texts)
    # two stamps are no live blog (a byline's date and an update's): left as they were
    two = page.replace('<time datetime="2026-11-03">9:50 p.m. ET</time>', "")
    assert "Polls close in the West" in [b.text for b in clean(Source(origin="a.html", data=two.encode()),
                                                               CleanSettings()).blocks]


@pytest.mark.parametrize(("text", "prompt"), [
    ("Subscribers to the town's newsletter were told first.", False),  # a statement: two prompt words, no one asked
    ("Thousands signed the petition by email within a day.", False),
    ("Sign up for the newsletter.", True),
    ("The newsletter is free: subscribe today.", True),
    ("Save my name, email, and website in this browser for the next time I comment.", True),  # a comment form
])
def test_two_prompt_words_in_a_statement_are_no_prompt(text: str, prompt: bool) -> None:
    """"Subscribers to the town's newsletter were told first." was dropped from a story as a prompt."""
    from narrator.clean.lines import is_cta, words_of

    assert is_cta(text, words_of(text)) is prompt

"""What web pages, newsletters and Markdown lost by class (h59, issue #10): a footnote's superscript after a stop, a
pull quote of the writer's own words, a marked summary over a dateline, front matter's description, a results table,
a newsletter's action row and its why-you-got-this line. Each example is ours."""

from __future__ import annotations

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Document, Format, Source
from narrator.speech import speakable

_KILN = ("The kiln behind the chapel was fired for the last time in the winter of 1911, and its bricks went into the "
         "walls of the new school.")
_MILL = ("The mill wheel turned for another forty years, though the miller's sons had long since moved to the city "
         "and sold the grain to a bakery.")
_WELL = "Nobody in the village can say when the well was dug, only that it has never once run dry in a summer."


def _page(body: str, head: str = "") -> Document:
    page = (f"<html><head><title>The kiln and the well</title>{head}</head><body><article>"
            f"<h1>The kiln and the well</h1>{body}</article></body></html>")
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())


def _said(document: Document) -> str:
    return " ".join(speakable(block.text) for block in document.blocks)


def test_a_note_mark_after_a_stop_is_no_decimal() -> None:
    body = (f"<p>The bricks were made between 1880 and 1911.<sup>3</sup> {_KILN}</p>"
            f"<p>{_MILL}<sup><a href='#n4'>4</a></sup> {_WELL}</p>")
    said = _said(_page(body))
    assert "point three" not in said and "nineteen eleven. The kiln" in said
    assert "four" not in said.split("dry")[0].split("bakery")[-1]


def test_a_power_after_a_unit_stays_a_superscript() -> None:
    body = f"<p>The yard covered 40 m<sup>2</sup> behind the chapel. {_KILN}</p><p>{_MILL}</p><p>{_WELL}</p>"
    assert "m2" in " ".join(block.text for block in _page(body).blocks)


def test_a_pull_quote_the_body_does_not_repeat_is_read_once_where_it_stands() -> None:
    quote = "We fired it one last time for the children."
    body = (f"<p>{_KILN}</p><blockquote class='pull-quote'><p>{quote}</p></blockquote><p>{_MILL}</p>"
            f"<p>{_WELL}</p>")
    texts = [block.text for block in _page(body).blocks]
    assert texts.count(quote) == 1 and texts.index(quote) == texts.index(_KILN) + 1


def test_a_pull_quote_set_in_a_box_beside_the_text_is_read_where_it_stands() -> None:
    quote = "We fired it one last time for the children."
    body = f"<p>{_KILN}</p><aside class='pullquote'><p>{quote}</p></aside><p>{_MILL}</p><p>{_WELL}</p>"
    texts = [block.text for block in _page(body).blocks]
    assert texts.count(quote) == 1 and texts.index(quote) == texts.index(_KILN) + 1


def test_a_pull_quote_the_body_repeats_is_read_once() -> None:
    line = "The kiln was fired for the last time in the winter of 1911."
    body = (f"<p>{_KILN}</p><blockquote class='pullquote'><p>{line}</p></blockquote><p>{_MILL}</p>"
            f"<p>{_WELL}</p><p>Its keeper wrote that {line.lower()}</p>")
    assert line not in [block.text for block in _page(body).blocks]


_SUMMARY = "A village's last brick kiln closed a century ago; its bricks are still in half the houses on the green."


def test_a_summary_over_a_dateline_is_the_standfirst() -> None:
    body = f"<p class='summary'>{_SUMMARY}</p><p>HEXHAM — {_KILN}</p><p>{_MILL}</p><p>{_WELL}</p>"
    document = _page(body)
    assert document.meta.standfirst == _SUMMARY and document.blocks[0].text.startswith("HEXHAM")


def test_a_paragraph_classed_subtitle_under_the_headline_is_the_standfirst() -> None:
    body = f"<p class='article-subtitle'>{_SUMMARY}</p><p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p>"
    document = _page(body)
    assert document.meta.standfirst == _SUMMARY and document.blocks[0].text == _KILN


def test_a_summary_without_a_dateline_under_it_may_be_the_lead() -> None:
    body = f"<p class='summary'>{_SUMMARY}</p><p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p>"
    document = _page(body)
    assert document.meta.standfirst is None and document.blocks[0].text == _SUMMARY


def _markdown(front: str, body: str) -> Document:
    text = f"---\ntitle: The kiln and the well\n{front}---\n\n{body}\n"
    return clean(Source("kiln.md", text.encode(), Format.MARKDOWN), CleanSettings())


def test_front_matter_s_description_is_the_standfirst() -> None:
    document = _markdown(f"description: {_SUMMARY}\n", f"{_KILN}\n\n{_MILL}\n\n{_WELL}")
    assert document.meta.standfirst == _SUMMARY
    document = _markdown(f'summary: "{_SUMMARY}"\n', f"{_KILN}\n\n{_MILL}")
    assert document.meta.standfirst == _SUMMARY


def test_a_description_that_is_the_lead_cut_short_or_a_few_words_is_no_standfirst() -> None:
    assert _markdown(f"description: {_KILN[:90]}\n", f"{_KILN}\n\n{_MILL}").meta.standfirst is None
    assert _markdown("description: Bricks, kilns, villages\n", f"{_KILN}\n\n{_MILL}").meta.standfirst is None


def test_a_results_table_is_read_as_results_are_said() -> None:
    table = ("<table><tr><th>Home</th><th>Score</th><th>Away</th></tr>"
             "<tr><td>Hexham Wanderers</td><td>2-2</td><td>Corbridge</td></tr>"
             "<tr><td>Allendale</td><td>0-1</td><td>Haltwhistle Town</td></tr></table>")
    texts = [block.text for block in _page(f"<p>{_KILN}</p><h2>Results</h2>{table}<p>{_MILL}</p>").blocks]
    assert "Hexham Wanderers 2-2 Corbridge." in texts and "Allendale 0-1 Haltwhistle Town." in texts


def test_a_markdown_results_table_is_read_as_results_are_said() -> None:
    table = "| Home | Score | Away |\n|---|---|---|\n| Hexham | 2-2 | Corbridge |\n| Allendale | 0-1 | Alston |"
    texts = [block.text for block in _markdown("", f"{_KILN}\n\n{table}\n\n{_MILL}").blocks]
    assert texts == [_KILN, "Hexham 2-2 Corbridge.", "Allendale 0-1 Alston.", _MILL]


def test_a_table_of_ranges_under_names_keeps_its_header() -> None:
    table = ("<table><tr><th>Kiln</th><th>Years</th></tr><tr><td>Chapel kiln</td><td>1880-1911</td></tr>"
             "<tr><td>Mill kiln</td><td>1850-1899</td></tr></table>")
    texts = [block.text for block in _page(f"<p>{_KILN}</p>{table}<p>{_MILL}</p>").blocks]
    assert "Chapel kiln: Years 1880-1911." in texts


def test_a_letter_s_action_row_and_why_you_got_it_are_not_read() -> None:
    letter = (f"<p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p>"
              "<p><a href='https://kiln.example/p/last-firing?action=like'>Like</a> · "
              "<a href='https://kiln.example/p/last-firing/comments'>Reply</a></p>"
              "<div><p>You're receiving this because you signed up at kiln.example.</p>"
              "<p><a href='https://kiln.example/unsubscribe'>Unsubscribe</a></p></div>")
    texts = [block.text for block in _page(letter).blocks]
    assert texts == [_KILN, _MILL, _WELL]


def test_a_row_of_links_to_other_pages_is_read() -> None:
    row = ("<p><a href='https://kiln.example/history'>Our history</a> and "
           "<a href='https://kiln.example/bricks'>the bricks</a> are told on the village's own pages.</p>")
    texts = [block.text for block in _page(f"<p>{_KILN}</p>{row}<p>{_MILL}</p><p>{_WELL}</p>").blocks]
    assert "Our history and the bricks are told on the village's own pages." in texts


_POST = ("<html><head><title>{title}</title>{head}</head><body><div class='content' role='main'>"
         "<p class='title'><a href='/r/kilns/comments/1a/'>{headline}</a> <span>(<a href='/r/kilns/'>self.kilns</a>)"
         "</span></p><p class='tagline'>submitted <time datetime='2024-05-02T10:00:00Z'>3 days ago</time> by "
         "<a href='/user/brick_maker' class='author'>brick_maker</a></p>"
         f"<div class='md'><p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p></div></div></body></html>")
_HEADLINE = "I fired a brick kiln for the first time in a century"


def _post(head: str = "") -> Document:
    page = _POST.format(title=f"{_HEADLINE} : r/kilns", headline=_HEADLINE, head=head)
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())


def test_a_declared_title_after_a_site_s_label_and_a_colon_is_the_title_s_headline() -> None:
    document = _post(f"<meta property='og:title' content='r/kilns on Reddit: {_HEADLINE}'>")
    assert document.meta.title == _HEADLINE


def test_a_title_with_a_colon_of_its_own_keeps_it() -> None:
    title = "Kilns: a history in three firings"
    page = (f"<html><head><title>{title} - Brick Notes</title><meta property='og:title' content='{title}'></head>"
            f"<body><article><p>{_KILN}</p><p>{_MILL}</p></article></body></html>")
    assert clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).meta.title == title


def test_a_poster_s_handle_is_the_author_as_written_and_the_post_s_lines_are_not_read() -> None:
    document = _post()
    assert document.meta.authors == ("brick_maker",)
    assert [block.text for block in document.blocks] == [_KILN, _MILL, _WELL]


def test_a_poster_s_handle_of_one_hyphened_word_is_the_author_as_written() -> None:
    page = _POST.format(title=f"{_HEADLINE} : r/kilns", headline=_HEADLINE, head="")
    page = page.replace("brick_maker", "kiln-keeper")
    assert clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).meta.authors == ("kiln-keeper",)


def test_a_creator_named_in_the_title_s_trail_on_the_platform_is_the_author() -> None:
    page = ("<html><head><title>The last firing | Hal Brenner on Kilnhouse</title>"
            "<meta property='og:site_name' content='Kilnhouse'></head><body><div class='creator'>"
            "<a href='/hal'><span>Hal Brenner</span></a></div><article><h1>The last firing</h1>"
            f"<p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p></article></body></html>")
    assert clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).meta.authors == ("Hal Brenner",)


def test_the_name_a_creator_s_card_opens_on_is_the_author() -> None:
    page = ("<html><head><title>The last firing</title></head><body><div class='pf-creator-header'>"
            "<a href='/hal'><img src='hal.jpg' alt=''></a><div><span>Hal Brenner</span><p>Pots from a cold studio</p>"
            "</div></div><article><h1>The last firing</h1>"
            f"<p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p></article></body></html>")
    assert clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).meta.authors == ("Hal Brenner",)


def test_a_creator_card_that_opens_on_no_name_gives_no_author() -> None:
    page = ("<html><head><title>The last firing</title></head><body><div class='creator-card'>"
            "<span>Support this studio</span></div><article><h1>The last firing</h1>"
            f"<p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p></article></body></html>")
    assert clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).meta.authors == ()


def test_a_site_named_in_the_title_s_trail_is_no_author() -> None:
    page = ("<html><head><title>The last firing | Posts on Kilnhouse</title>"
            "<meta property='og:site_name' content='Kilnhouse'></head><body><article><h1>The last firing</h1>"
            f"<p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p></article></body></html>")
    assert clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).meta.authors == ()


def _nuxt_page(payload: str, attributes: str = "id='__NUXT_DATA__'") -> Document:
    page = ("<html><head><title>The kiln and the well - Village Notes</title></head><body><div id='__nuxt'>"
            "<header><a href='/'>Village Notes</a></header><main><div class='spinner'>Loading…</div></main></div>"
            f"<script type='application/json' {attributes}>{payload}</script></body></html>")
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())


_PAYLOAD = ('[["ShallowReactive",1],{"data":2},["ShallowReactive",3],{"story":4},{"title":5,"author":6,"body":7},'
            f'"The kiln and the well","Hal Brenner",[8,9,10],"{_KILN}","{_MILL}","{_WELL}"]')


def test_a_story_in_nuxt_s_flat_payload_is_read() -> None:
    document = _nuxt_page(_PAYLOAD)
    assert [block.text for block in document.blocks] == [_KILN, _MILL, _WELL]
    assert document.meta.authors == ("Hal Brenner",)


def test_a_payload_that_loops_or_points_past_its_end_is_no_story() -> None:
    looped = '[["ShallowReactive",1],{"data":0,"story":2},{"title":3,"body":[4,99]},"The kiln and the well","x"]'
    with pytest.raises(NarratorError):
        _nuxt_page(looped)


def test_each_tab_panel_is_read_under_its_tab_s_label() -> None:
    tabs = ("<div role='tablist'><button role='tab' id='t-1' aria-controls='p-1'>Gas kiln</button>"
            "<button role='tab' id='t-2' aria-controls='p-2'>Wood kiln</button></div>"
            f"<div role='tabpanel' id='p-1' aria-labelledby='t-1'><p>{_MILL}</p></div>"
            f"<div role='tabpanel' id='p-2' aria-labelledby='t-2' hidden><p>{_WELL}</p></div>")
    blocks = _page(f"<p>{_KILN}</p>{tabs}").blocks
    assert [(block.kind.value, block.text) for block in blocks] == [
        ("paragraph", _KILN), ("heading", "Gas kiln"), ("paragraph", _MILL), ("heading", "Wood kiln"),
        ("paragraph", _WELL)]


def test_readers_comments_a_data_attribute_names_are_not_read() -> None:
    comments = ("<div data-tag='comments'><h2>Comments</h2><div data-tag='comment-row'><a href='/u/1'>Morag</a>"
                "<p data-tag='comment-body'>Lovely to see the old kiln lit again after all these years.</p>"
                "</div></div>")
    texts = [block.text for block in _page(f"<p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p>{comments}").blocks]
    assert texts == [_KILN, _MILL, _WELL]


def test_a_page_of_comments_alone_is_read() -> None:
    thread = (f"<div data-testid='comments'><p>{_KILN}</p><p>{_MILL}</p><p>{_WELL}</p></div>")
    assert [block.text for block in _page(thread).blocks] == [_KILN, _MILL, _WELL]

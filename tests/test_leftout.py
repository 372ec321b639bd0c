"""`narrator preview` shows the lines of a source that are not read: clutter, or a rule that took too much."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator import clean
from narrator.cli import main
from narrator.config import CleanSettings
from narrator.model import Format, Source

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "scraped-news-article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clean"
EXAMPLES = ROOT / "examples"


def left_out(path: Path, hint: Format = Format.AUTO) -> tuple[str, ...]:
    source = Source(origin=str(path), data=path.read_bytes(), format_hint=hint)
    return clean.left_out(source, clean.clean(source, CleanSettings()), CleanSettings())


def said(path: Path) -> str:
    source = Source(origin=str(path), data=path.read_bytes())
    document = clean.clean(source, CleanSettings())
    return " ".join([document.meta.title, *(block.text for block in document.blocks)])


@pytest.mark.skipif(not SEED.is_file(), reason="the seed page lives next to the repository, in ../shared/corpus")
def test_a_scraped_page_shows_its_clutter_and_none_of_its_article() -> None:
    lines = left_out(SEED)
    for clutter in ("Skip to content", "Subscribe", "News Feed", "Become a member Support us just once",
                    "Enter your email to subscribe"):
        assert clutter in lines
    body = said(SEED)
    assert not [line for line in lines if line in body], "a line that is read was shown as left out"


def test_a_scraped_page_of_our_own_shows_its_clutter_and_none_of_its_article() -> None:
    # the seed page's test above is skipped on a clone without ../shared; this page of ours always runs
    page = FIXTURES / "scraped-news.txt"
    lines = left_out(page)
    for clutter in ("Skip to content", "Menu", "Become a member Support us just once", "Latest News",
                    "Enter your email to subscribe", "Subscribe"):
        assert clutter in lines
    assert any(line.startswith("Workers clear rubble") for line in lines)  # a photo's caption
    body = said(page)
    assert not [line for line in lines if line in body], "a line that is read was shown as left out"


def test_a_page_shows_its_menu_prompts_and_caption() -> None:
    lines = left_out(FIXTURES / "article.html")
    assert {"Accept all", "Home", "Subscribe", "Sign up for our free daily newsletter and never miss a story."} <= set(
        lines)
    assert any(line.startswith("Fresh loaves cooling at the Ashby bakery.") for line in lines)  # a photo's caption
    assert not [line for line in lines if line in said(FIXTURES / "article.html")]


@pytest.mark.parametrize("name", ["city-council-approves-bike-lanes.md", "rail-freight-in-numbers.md",
                                  "why-the-tide-comes-twice.txt"])
def test_a_writers_own_article_leaves_nothing_out(name: str) -> None:
    # front matter is read as title, author and date, a byline "By Samuel Reyes" as the byline
    assert left_out(EXAMPLES / name) == ()


def test_a_line_the_rules_drop_is_shown(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Harbour works\n\nThe harbour wall will be rebuilt next year, the council said on Monday.\n\n"
                    "Share this story\n\nWork starts in March and should take two years.\n", encoding="utf-8")
    assert left_out(text) == ("Share this story",)


def test_preview_prints_and_gives_the_lines_left_out(tmp_path: Path) -> None:
    runner = CliRunner()
    page = FIXTURES / "article.html"
    shown = runner.invoke(main, ["preview", str(page)])
    assert shown.exit_code == 0, shown.output
    assert "--- left out: " in shown.stdout and "\nAccept all\n" in shown.stdout
    data = json.loads(runner.invoke(main, ["preview", str(page), "--json"]).stdout)
    assert "Accept all" in data["left_out"]


@pytest.mark.parametrize("page", [
    "<html><body>" + "<div>" * 3_000 + "<p>deep</p>" + "</div>" * 3_000 + "</body></html>",
    "<html><body>" + "<div>" + "<span>a</span>" * 20_000 + "<p>x</p></div>" * 1 + "</body></html>",
    "<html><body>" + "<p>The same line of a menu.</p>" * 20_000 + "</body></html>",
])
def test_looking_for_lines_left_out_is_linear(page: str) -> None:
    # a look per line at all the read text, or at all of each block's descendants, was quadratic
    article = "<p>" + "The harbour wall will be rebuilt next year, the council said on Monday. " * 5 + "</p>"
    source = Source(origin="page.html", data=(article + page).encode(), format_hint=Format.HTML)
    document = clean.clean(Source(origin="a.html", data=article.encode(), format_hint=Format.HTML), CleanSettings())
    started = time.process_time()
    clean.left_out(source, document, CleanSettings())
    assert time.process_time() - started < 10


def test_a_markdown_articles_lists_quotes_and_tables_are_not_shown_as_left_out(tmp_path: Path) -> None:
    # their marks ("1.", "-", ">", the cells' bars) are never said, and a table is read row by row as
    # "Cold build: Before 42 min, After 11 min", its header's words in every row
    post = tmp_path / "post.md"
    post.write_text("# Moving our build\n\nLast quarter we moved every target to a new build tool.\n\n"
                    "| Metric | Before | After |\n|---|---|---|\n| Cold build | 42 min | 11 min |\n"
                    "| Cache hit rate | 12% | 87% |\n\n> It was worth it, said our lead.\n\n"
                    "1. Pin the toolchain.\n2. Turn on remote caching.\n- Measure again.\n\n"
                    "```\nmake all\n```\n", encoding="utf-8")
    assert left_out(post) == ("make all",)


def test_a_page_in_utf8_that_declares_no_encoding_shows_no_accented_line_as_left_out(tmp_path: Path) -> None:
    # Every line with an accent had been shown as left out, garbled ("votÃ©"): lxml took the bytes for latin-1.
    page = tmp_path / "pont.html"
    page.write_text(
        "<html><head><title>Le conseil approuve un nouveau pont</title></head><body><article>"
        "<h1>Le conseil approuve un nouveau pont</h1>"
        "<p>Le conseil municipal a voté mardi pour approuver un pont sur la rivière, mettant fin à un débat qui a "
        "duré trois ans.</p><p>Les travaux commenceront en mars et devraient durer dix-huit mois. Le pont accueillera "
        "douze mille véhicules par jour.</p><p>Newsletter : recevez nos articles chaque matin.</p>"
        "</article></body></html>", encoding="utf-8")
    lines = left_out(page)
    assert not [line for line in lines if "Ã" in line], lines
    assert not [line for line in lines if line in said(page)], lines

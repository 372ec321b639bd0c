"""The language a user chooses and the ones a file declares (issue #10), on files of our own (tests/fixtures/lang4/):
--language without a region keeps the region the article declares; a second declaration agreeing with words too
few to overrule the first is evidence enough; a saved email's or web page's Content-Language header is read; front
matter's languageCode and locale are; `follow` says the language it keeps.

Each file's expected tag and warning were written before narrator read it (the c01-c12 files in a second round).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.clean import clean
from narrator.cli import main
from narrator.config import CleanSettings
from narrator.model import Source
from tests.languages import read_declared

FIXTURES = Path(__file__).parent / "fixtures" / "lang4"


@pytest.mark.parametrize(("name", "forced", "language"), [
    ("html-en-gb_long-en.html", "en", "en-gb"),  # the user chose the language; the page's region stays
    ("html-en-gb_long-en.html", "en-us", "en-us"),  # a region given is forced too
    ("html-en-gb_long-en.html", "eng", "en-gb"),
    ("html-en-us_og-en-au_long-en.html", "en", "en-au"),  # software's en-US gives way, as without --language
    ("frontmatter-lang-en-gb.md", "en", "en-gb"),  # the writer's own word, not checked against the text
    ("html-en-gb_long-en.html", "de", "de"),  # another language: no region of English's
])
def test_a_language_forced_without_a_region_keeps_the_one_declared(name: str, forced: str, language: str,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    assert read_declared(FIXTURES / name, caplog, forced=forced)[0].meta.language == language


def test_the_cli_language_option_keeps_the_pages_region(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["preview", str(FIXTURES / "html-en-gb_long-en.html"), "--language", "en"])
    assert result.exit_code == 0, result.output
    assert "Language:  en-gb" in result.output


@pytest.mark.parametrize(("name", "header", "feed", "language", "warned"), [
    # a template's lang="de" over a short English text: og:locale agreeing with the words is a second witness
    ("html-de_og-en-gb_short-en.html", "", "", "en-gb", True),
    ("html-de_short-en.html", "", "", "de", False),  # one witness: too few words to overrule it
    ("html-de_short-en.html", "en-GB", "", "en-gb", True),  # the server's Content-Language is a second
    ("html-de_short-en.html", "", "en", "en", True),  # so is the feed's language
    ("html-de_og-en-us_short-de.html", "", "", "de", False),  # a plugin's en_US against German words
])
def test_a_second_declaration_agreeing_with_short_text_overrules_the_first(
        name: str, header: str, feed: str, language: str, warned: bool, caplog: pytest.LogCaptureFixture) -> None:
    document, warning = read_declared(FIXTURES / name, caplog, header, feed)
    assert (document.meta.language, warning) == (language, warned)


@pytest.mark.parametrize(("name", "language"), [
    ("mail_content-language-en-gb.eml", "en-gb"),  # Outlook's and Thunderbird's header
    ("mail_no-content-language.eml", "en"),
    ("saved_content-language-fr-ca.mhtml", "fr-ca"),
    ("saved_no-content-language.mhtml", "fr"),
])
def test_a_saved_email_or_pages_content_language_is_read(name: str, language: str,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    assert read_declared(FIXTURES / name, caplog)[0].meta.language == language


@pytest.mark.parametrize(("name", "language"), [
    ("frontmatter-lang-en-gb.md", "en-gb"),
    ("frontmatter-locale-en-au.md", "en-au"),  # Jekyll's and Pandoc's templates' locale
    ("frontmatter-toml-languagecode-en-gb.md", "en-gb"),  # Hugo's languageCode
])
def test_front_matter_names_the_language_in_its_common_keys(name: str, language: str,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    assert read_declared(FIXTURES / name, caplog)[0].meta.language == language


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Gemeindeblatt</title><link>https://example.org/</link><language>de</language>
<item><title>Neue Brücke</title><link>https://example.org/a</link><guid>a1</guid>
<description>Die neue Brücke über den Fluss ist seit Montag wieder offen.</description></item></channel></rss>
"""


def test_following_a_feed_again_says_the_language_it_keeps(tmp_path: Path) -> None:
    path, out = tmp_path / "feed.xml", str(tmp_path / "out")
    path.write_text(FEED, encoding="utf-8")
    runner = CliRunner()
    assert "read in de" in runner.invoke(main, ["follow", str(path), "-o", out, "--language", "de"]).output
    again = runner.invoke(main, ["follow", str(path), "-o", out])
    assert again.exit_code == 0 and "already following" in again.output and "read in de" in again.output
    runner.invoke(main, ["follow", str(path), "-o", out, "--language", "auto"])
    own = runner.invoke(main, ["follow", str(path), "-o", out]).output
    assert "already following" in own and "read in" not in own


# The second round: twelve corners, each expected tag written before narrator read the file.
@pytest.mark.parametrize(("name", "header", "forced", "language", "warned"), [
    ("c01_html-de_ld-en_short-en.html", "", "", "en", False),  # inLanguage is the article's, before <html lang>
    ("c02_html-fr_og-fr_short-en.html", "", "", "fr-fr", False),  # both declarations agree: the words too few
    ("c03_html-de_og-en-gb_short-de.html", "", "", "de", False),  # og:locale against the words
    ("c04_html-nl_short-en.html", "en-GB", "", "en-gb", True),
    ("c05_html-de_og-en-us_short-en.html", "", "", "en-us", True),
    ("c06_html-es_og-en-gb_tiny-en.html", "", "", "es", False),  # four words lean to nothing
    ("html-en-us_og-en-au_long-en.html", "", "en", "en-au", False),  # c07
    ("c08_html-de_og-en-gb_long-en.html", "", "en", "en-gb", False),
    ("c09_frontmatter-locale-en-au_forced-en.md", "", "en", "en-au", False),
    ("c10_mail_content-language-de-de_text-en.eml", "", "", "en", True),
    ("c11_mail_content-language-en-gb_html-en-us.eml", "", "", "en-gb", False),
    ("c12_frontmatter-languagecode-fr-ca.md", "", "", "fr-ca", False),
])
def test_the_second_rounds_corners(name: str, header: str, forced: str, language: str, warned: bool,
                                   caplog: pytest.LogCaptureFixture) -> None:
    document, warning = read_declared(FIXTURES / name, caplog, header, forced=forced)
    assert (document.meta.language, warning) == (language, warned)


def _word(language: str, text: str) -> bytes:
    """A .docx as Word saves it, with language as its default (docDefaults' w:lang)."""
    from tests.documents import docx
    from tests.test_clean_word import para

    return docx([para("Bridge reopens", "Title"), para(text)], language=language)


ENGLISH = ("The old bridge over the river opened again on Monday after two years of repairs, and the council said the "
           "buses would use it from next week. Shopkeepers on both banks said they were glad to see the traffic back.")
GERMAN = ("Die alte Brücke über den Fluss ist seit Montag nach zwei Jahren Bauzeit wieder offen, und die Stadt sagt, "
          "dass die Busse sie ab nächster Woche nutzen. Die Läden an beiden Ufern freuen sich über die Kundschaft.")


@pytest.mark.parametrize(("declared", "text", "language"), [
    ("en-GB", ENGLISH, "en-gb"),  # the region of the words' language
    ("de-DE", ENGLISH, "en"),  # a German keyboard's default is no word on the article's language
    ("en-GB", GERMAN, "de"),
    ("de-AT", GERMAN, "de-at"),
])
def test_a_word_documents_default_language_gives_the_region_of_its_words(
        declared: str, text: str, language: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="narrator.clean.language"):
        document = clean(Source("bridge.docx", _word(declared, text)), CleanSettings())
    assert document.meta.language == language and not caplog.records


@pytest.mark.parametrize(("name", "language", "line"), [
    ("text_language-line-english-uk.txt", "en-gb", "Language: English (UK)"),  # Project Gutenberg's field
    ("text_language-line-en-au_crlf.txt", "en-au", "Language: en-AU"),
    ("text_language-line-english-uk_text-de.txt", "de", "Language: English (UK)"),  # a menu's word: the text's own
    ("text_language-line-go.txt", "en", "Language: Go"),  # a programming language: a line of the text
])
def test_a_plain_texts_language_line_gives_the_region_and_is_not_read_aloud(
        name: str, language: str, line: str, caplog: pytest.LogCaptureFixture) -> None:
    document = read_declared(FIXTURES / name, caplog)[0]
    spoken = " ".join(block.text for block in document.blocks)
    assert document.meta.language == language
    assert (line in spoken) is name.endswith("go.txt")


@pytest.mark.parametrize("text", [
    "Was ist das? Es ist so, wie man will, und wir haben es so gewollt.",  # a third English stop words
    "Das Meeting ist so wichtig, also kommen alle Teams am Montag in Berlin an. Es gibt Kaffee und Snacks.",
    "Podcast: In dieser Folge sprechen wir über Remote Work, Home Office und New Work in Start-ups.",
])
def test_a_plugins_en_us_does_not_second_english_loanwords_in_short_german(text: str) -> None:
    from narrator.clean.language import decide_language
    from narrator.model import Block, BlockKind

    assert decide_language("de", [Block(BlockKind.PARAGRAPH, text)], True, also=("en-us",)) == "de"

"""The language a user chooses (issue #10): `--language` on narrate and preview, clean.language in narrator.toml, and
what wins when the article says something else. Every article here was written for these tests.

Precedence: --language (never overruled) > the article's own front matter or the page's lang (each checked against its
text) > clean.language (checked likewise) > the language its words are in.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from narrator.clean import clean
from narrator.config import CleanSettings, load_settings
from narrator.errors import ConfigError
from narrator.model import Format, Source

from narrator.cli import main  # isort: skip

# Too short for any identifier to tell (under 40 characters): read as English unless someone says otherwise.
SHORT_GERMAN = "Am 3. Mai kostet es 5 €."
LONG_ENGLISH = (
    "The ferry from the old harbour leaves every morning at seven, and most of the people on board are going to "
    "work on the island. They drink coffee on the upper deck and read the paper while the gulls follow the boat. "
    "In winter the crossing takes longer because the wind comes from the west and the captain has to slow down. "
    "Nobody seems to mind, since the view of the hills is the best part of the day for many of them."
)
LONG_GERMAN = (
    "Die Fähre vom alten Hafen fährt jeden Morgen um sieben Uhr ab, und die meisten Leute an Bord fahren zur "
    "Arbeit auf die Insel. Sie trinken Kaffee auf dem Oberdeck und lesen die Zeitung, während die Möwen dem "
    "Schiff folgen. Im Winter dauert die Überfahrt länger, weil der Wind von Westen kommt und der Kapitän "
    "langsamer fahren muss. Niemand scheint das zu stören, denn der Blick auf die Hügel ist für viele der "
    "schönste Teil des Tages."
)
LONG_FRENCH = (
    "Le bac du vieux port part tous les matins à sept heures, et la plupart des gens à bord vont travailler sur "
    "l'île. Ils boivent un café sur le pont supérieur et lisent le journal pendant que les mouettes suivent le "
    "bateau. En hiver, la traversée dure plus longtemps parce que le vent vient de l'ouest et que le capitaine "
    "doit ralentir. Personne ne semble s'en plaindre, car la vue sur les collines est le meilleur moment de la "
    "journée pour beaucoup d'entre eux."
)


@pytest.fixture
def runner() -> CliRunner:
    """A CLI runner whose stderr is kept apart."""
    return CliRunner()


def _markdown(tmp_path: Path, body: str, front: str = "", name: str = "article.md") -> Path:
    """A Markdown article titled "Am Hafen", with front matter lines when given."""
    path = tmp_path / name
    head = f"---\ntitle: Am Hafen\n{front}---\n\n" if front else "# Am Hafen\n\n"
    path.write_text(head + body + "\n", encoding="utf-8")
    return path


def _preview(runner: CliRunner, path: Path, *flags: str, config: Path | None = None) -> tuple[dict, Result]:
    """preview --json of an article, and the run."""
    args = (["--config", str(config)] if config else []) + ["preview", str(path), "--json", *flags]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result


def _spoken(data: dict) -> str:
    """The segments as the engine receives them, in one string."""
    return " ".join(segment["text"] for segment in data["segments"])


def _config(tmp_path: Path, language: str) -> Path:
    """A narrator.toml that sets clean.language."""
    path = tmp_path / "narrator.toml"
    path.write_text(f'[clean]\nlanguage = "{language}"\n', encoding="utf-8")
    return path


def _language_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    """What the reading stage warned of the article's language."""
    return [r.getMessage() for r in caplog.records if r.name == "narrator.clean.language"]


def test_language_reads_a_short_article_by_the_rules_of_the_language_given(runner: CliRunner, tmp_path: Path,
                                                                           caplog: pytest.LogCaptureFixture) -> None:
    article = _markdown(tmp_path, SHORT_GERMAN)
    before, _ = _preview(runner, article)
    assert before["language"] == "en"  # too short to tell: what a user has to correct
    data, _ = _preview(runner, article, "--language", "de")
    assert data["language"] == "de"
    assert "Am dritten Mai kostet es 5 Euro." in _spoken(data)
    assert "Dieser Artikel wurde von einer synthetischen Stimme vorgelesen." in _spoken(data)
    assert _language_warnings(caplog) == []  # too short to be plainly anything


def test_language_wins_over_the_front_matter(runner: CliRunner, tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
    article = _markdown(tmp_path, LONG_GERMAN, front="lang: fr\n")
    # front matter may be a blog template's ("lang: en" on every post): the text plainly German wins, with a warning
    assert _preview(runner, article)[0]["language"] == "de"
    warnings = _language_warnings(caplog)
    assert len(warnings) == 1 and "front matter" in warnings[0] and "plainly 'de'" in warnings[0], warnings
    caplog.clear()
    data, _ = _preview(runner, article, "--language", "de-AT")
    assert data["language"] == "de-at"
    assert _language_warnings(caplog) == []  # the text is German: nothing to warn of
    # the user's own word is never overruled, even where the text and the front matter both say otherwise
    data, _ = _preview(runner, article, "--language", "it")
    assert data["language"] == "it"
    warnings = _language_warnings(caplog)
    assert len(warnings) == 1 and "--language" in warnings[0] and "plainly 'de'" in warnings[0], warnings


def test_language_that_the_text_plainly_contradicts_is_kept_and_warned_of_once(
        runner: CliRunner, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    article = _markdown(tmp_path, LONG_ENGLISH)
    data, _ = _preview(runner, article, "--language", "de")
    assert data["language"] == "de"
    warnings = _language_warnings(caplog)
    assert len(warnings) == 1 and "plainly 'en'" in warnings[0] and "--language" in warnings[0], warnings


def test_language_is_refused_when_it_names_no_language(runner: CliRunner, tmp_path: Path) -> None:
    article = _markdown(tmp_path, SHORT_GERMAN)
    for junk in ("german", "xx", "de-", "12", "en us"):
        for command in ("preview", "narrate"):
            result = runner.invoke(main, [command, str(article), "--language", junk, "-o", str(tmp_path / "o")]
                                   if command == "narrate" else [command, str(article), "--language", junk])
            assert result.exit_code == 2, (command, junk, result.output)
            assert "is not a language tag" in result.stderr and "pt-BR" in result.stderr, result.stderr
    assert not (tmp_path / "o").exists()  # refused before any work


def test_language_accepts_tags_as_people_write_them(runner: CliRunner, tmp_path: Path) -> None:
    article = _markdown(tmp_path, SHORT_GERMAN)
    for written, read in (("DE", "de"), ("de_CH", "de-ch"), ("deu", "de"), ("pt-BR", "pt-br"), ("auto", "en")):
        assert _preview(runner, article, "--language", written)[0]["language"] == read, written


def test_the_setting_is_the_language_of_articles_that_give_none(runner: CliRunner, tmp_path: Path) -> None:
    config = _config(tmp_path, "de")
    article = _markdown(tmp_path, SHORT_GERMAN)
    data, _ = _preview(runner, article, config=config)
    assert data["language"] == "de"
    assert "Am dritten Mai kostet es 5 Euro." in _spoken(data)


def test_the_front_matter_and_the_page_win_over_the_setting(runner: CliRunner, tmp_path: Path) -> None:
    config = _config(tmp_path, "de")
    article = _markdown(tmp_path, LONG_FRENCH, front="language: French\n")
    assert _preview(runner, article, config=config)[0]["language"] == "fr"
    page = tmp_path / "page.html"
    page.write_text(f'<!doctype html><html lang="fr"><head><title>Au port</title></head><body><article>'
                    f"<h1>Au port</h1><p>{LONG_FRENCH}</p></article></body></html>", encoding="utf-8")
    assert _preview(runner, page, config=config)[0]["language"] == "fr"
    assert _preview(runner, page, "--language", "de", config=config)[0]["language"] == "de"


def test_the_setting_gives_way_to_a_text_plainly_in_another_language(runner: CliRunner, tmp_path: Path,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    config = _config(tmp_path, "de")
    article = _markdown(tmp_path, LONG_ENGLISH)
    data, _ = _preview(runner, article, config=config)
    assert data["language"] == "en"
    warnings = _language_warnings(caplog)
    assert len(warnings) == 1 and "clean.language is 'de'" in warnings[0] and "--language de" in warnings[0]


def test_a_junk_setting_stops_before_any_work_naming_its_file(runner: CliRunner, tmp_path: Path) -> None:
    config = _config(tmp_path, "Klingon")
    article = _markdown(tmp_path, SHORT_GERMAN)
    result = runner.invoke(main, ["--config", str(config), "preview", str(article)])
    assert result.exit_code == 2
    assert str(config) in result.stderr and "clean.language" in result.stderr and "not a language tag" in result.stderr


def test_settings_take_language_tags_from_every_layer() -> None:
    settings = load_settings(config_file=None, environ={"NARRATOR_CLEAN__LANGUAGE": "nl"},
                             overrides={"clean": {"force_language": "pt_BR"}})
    assert (settings.clean.language, settings.clean.force_language) == ("nl", "pt_BR")
    assert load_settings(environ={}).clean.language == "auto"
    with pytest.raises(ConfigError, match="NARRATOR_CLEAN__FORCE_LANGUAGE"):
        load_settings(environ={"NARRATOR_CLEAN__FORCE_LANGUAGE": "dutch"})


def test_the_reading_stage_takes_the_forced_language_over_a_declared_one(caplog: pytest.LogCaptureFixture) -> None:
    page = (f'<html lang="en"><head><title>Die Fähre</title></head><body><article><h1>Die Fähre</h1>'
            f"<p>{LONG_GERMAN}</p></article></body></html>").encode()
    source = Source("faehre.html", page, Format.HTML)
    with caplog.at_level(logging.WARNING, logger="narrator.clean.language"):
        assert clean(source, CleanSettings()).meta.language == "de"  # the template's "en" overruled by the text
        assert clean(source, CleanSettings(force_language="it")).meta.language == "it"
    assert any("plainly 'de'" in record.getMessage() and "--language" in record.getMessage()
               for record in caplog.records)


@pytest.mark.slow
def test_narrate_with_language_reaches_the_voice_the_mp3_and_the_feed(runner: CliRunner, tmp_path: Path) -> None:
    if shutil.which("espeak-ng") is None or shutil.which("ffprobe") is None:
        pytest.skip("espeak-ng and ffmpeg are needed")
    from mutagen.id3 import ID3

    voices = tmp_path / "voices"
    voices.mkdir()
    (voices / "any.toml").write_text('engine = "espeak"\nvoice = "auto"\n', encoding="utf-8")
    article = _markdown(tmp_path, SHORT_GERMAN)
    out = tmp_path / "out"
    env = {"NARRATOR_VOICES_DIRS": str(voices)}
    first = runner.invoke(main, ["narrate", str(article), "--voice", "any", "-o", str(out), "--json"], env=env)
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["narrate", str(article), "--voice", "any", "-o", str(out), "--json",
                                  "--language", "de"], env=env)
    assert second.exit_code == 0, second.output
    outcome = json.loads(second.stdout)[0]
    assert not outcome["skipped"]  # another language is another reading: rendered again
    tags = ID3(outcome["mp3"])
    assert tags["TLAN"].text == ["deu"]
    # the German espeak-ng voice spoke
    assert str(tags["COMM:disclosure:deu"]) == "Von einer synthetischen Stimme vorgelesen (narrator, any (espeak:de))."
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert 'language="de"' in feed and "Von einer synthetischen Stimme vorgelesen (narrator, any (espeak:de))" in feed


def test_language_the_front_matter_agrees_with_loads_no_identifier(monkeypatch: pytest.MonkeyPatch) -> None:
    from narrator.clean import language

    def unwanted() -> None:
        raise AssertionError("the identifier's model was loaded (0.35 s) to check what writer and user agree on")

    monkeypatch.setattr(language, "_identifier", unwanted)
    article = f"---\ntitle: Die Fähre\nlang: de-DE\n---\n\n{LONG_GERMAN}\n".encode()
    settings = CleanSettings(force_language="de")
    # the writer's region stays under a language forced without one (h50)
    assert clean(Source("faehre.md", article, Format.MARKDOWN), settings).meta.language == "de-de"

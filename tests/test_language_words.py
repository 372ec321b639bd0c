"""An article in a language narrator has no reading rules for (issue #10): the intro and the disclosure are said in
its language, the feed and the MP3 disclose the voice in it, and a notice says that numbers are left to the voice.

Every article and every expected sentence here was written for these tests (the sentences as a speaker of each
language would say them), before narrator read them.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.disclosure import written

from narrator.cli import main  # isort: skip

# (tag, body, the intro's byline and date, the spoken disclosure): two authors and 14 March 2026 in each.
SPOKEN = [
    ("nl", "De veerboot vaart elke ochtend om zeven uur naar het eiland.",
     "Door Anna Berg en Jonas Lind. Gepubliceerd op 14 maart 2026.",
     "Dit artikel is voorgelezen door een synthetische stem."),
    ("sv", "Färjan går till ön varje morgon klockan sju.",
     "Av Anna Berg och Jonas Lind. Publicerad den 14 mars 2026.",
     "Den här artikeln lästes upp av en syntetisk röst."),
    ("da", "Færgen sejler til øen hver morgen klokken syv.",
     "Af Anna Berg og Jonas Lind. Udgivet den 14. marts 2026.",
     "Denne artikel blev læst op af en syntetisk stemme."),
    ("nb", "Ferja går til øya hver morgen klokka sju.",
     "Av Anna Berg og Jonas Lind. Publisert 14. mars 2026.",
     "Denne artikkelen ble lest opp av en syntetisk stemme."),
    ("pl", "Prom płynie na wyspę każdego ranka o siódmej.",
     "Autorzy: Anna Berg i Jonas Lind. Opublikowano 14 marca 2026.",
     "Ten artykuł został przeczytany przez syntetyczny głos."),
    ("cs", "Trajekt jezdí na ostrov každé ráno v sedm hodin.",
     "Autoři: Anna Berg a Jonas Lind. Publikováno 14. března 2026.",
     "Tento článek přečetl syntetický hlas."),
    ("fi", "Lautta lähtee saarelle joka aamu kello seitsemän.",
     "Kirjoittajat: Anna Berg ja Jonas Lind. Julkaistu 14. maaliskuuta 2026.",
     "Tämän artikkelin luki synteettinen ääni."),
    ("ro", "Feribotul pleacă spre insulă în fiecare dimineață la ora șapte.",
     "De Anna Berg și Jonas Lind. Publicat pe 14 martie 2026.",
     "Acest articol a fost citit de o voce sintetică."),
    ("tr", "Feribot her sabah saat yedide adaya gidiyor.",
     "Yazanlar: Anna Berg ve Jonas Lind. Yayımlanma tarihi: 14 Mart 2026.",
     "Bu makale sentetik bir ses tarafından okundu."),
]


def _article(folder: Path, language: str, body: str, authors: str = "[Anna Berg, Jonas Lind]") -> Path:
    """A Markdown article that declares its language in its front matter."""
    path = folder / f"article-{language}.md"
    path.write_text(f"---\ntitle: Am Hafen\nauthor: {authors}\ndate: 2026-03-14\nlang: {language}\n---\n\n{body}\n",
                    encoding="utf-8")
    return path


def _segments(path: Path, *flags: str) -> list[str]:
    """The spoken segments of preview --json."""
    result = CliRunner().invoke(main, ["preview", str(path), "--json", *flags])
    assert result.exit_code == 0, result.output
    return [segment["text"] for segment in json.loads(result.stdout)["segments"]]


@pytest.mark.parametrize(("language", "body", "intro", "disclosure"), SPOKEN, ids=[row[0] for row in SPOKEN])
def test_the_intro_and_the_disclosure_are_said_in_the_articles_language(tmp_path: Path, language: str, body: str,
                                                                         intro: str, disclosure: str) -> None:
    segments = _segments(_article(tmp_path, language, body))
    assert segments[1] == intro
    assert segments[-1] == disclosure


def test_one_author_is_named_as_one(tmp_path: Path) -> None:
    polish = _article(tmp_path, "pl", SPOKEN[4][1], authors="Anna Berg")
    assert _segments(polish)[1] == "Autor: Anna Berg. Opublikowano 14 marca 2026."


def test_a_byline_of_a_language_with_rules_joins_its_names_in_that_language(tmp_path: Path) -> None:
    german = _article(tmp_path, "de", "Die Fähre fährt jeden Morgen um sieben Uhr zur Insel.",
                      authors="[Anna Weber, Jonas Klein, Lea Wolf]")
    assert _segments(german)[1].startswith("Von Anna Weber, Jonas Klein und Lea Wolf.")


def test_a_region_or_another_name_of_the_language_finds_its_words(tmp_path: Path) -> None:
    article = _article(tmp_path, "nl-BE", SPOKEN[0][1])
    assert _segments(article)[-1] == "Dit artikel is voorgelezen door een synthetische stem."
    assert _segments(article, "--language", "no")[-1] == "Denne artikkelen ble lest opp av en syntetisk stemme."


def test_the_written_disclosure_is_in_the_episodes_language() -> None:
    assert written("nl", "v") == "Voorgelezen door een synthetische stem (narrator, v)."
    assert written("sv-SE", "v") == "Uppläst av en syntetisk röst (narrator, v)."
    assert written("nb_NO", "v") == "Lest opp av en syntetisk stemme (narrator, v)."
    assert written("tr", "v") == "Sentetik bir ses tarafından okundu (narrator, v)."


def test_an_article_without_reading_rules_is_said_to_leave_numbers_to_the_voice(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    dutch = _article(tmp_path, "nl", "Er kwamen 25 gasten naar het feest op 3 mei.")
    with caplog.at_level(logging.WARNING):
        segments = _segments(dutch)
    assert "Er kwamen 25 gasten naar het feest op 3 mei." in segments  # the voice reads the digits
    notices = [r.getMessage() for r in caplog.records if "no reading rules" in r.getMessage()]
    assert len(notices) == 1 and "'nl'" in notices[0] and "left to the voice" in notices[0], notices
    caplog.clear()
    german = _article(tmp_path, "de", "Es kamen 25 Gäste zum Fest am 3. Mai.")
    with caplog.at_level(logging.WARNING):
        _segments(german)
    assert not any("no reading rules" in r.getMessage() for r in caplog.records)


ID3_LANGUAGE = {"nl": "nld", "sv": "swe", "da": "dan", "nb": "nob", "pl": "pol", "cs": "ces", "fi": "fin", "ro": "ron",
                "tr": "tur"}


@pytest.mark.slow
@pytest.mark.parametrize(("language", "body", "intro", "disclosure"), SPOKEN, ids=[row[0] for row in SPOKEN])
def test_an_article_is_voiced_and_disclosed_in_its_language(tmp_path: Path, language: str, body: str, intro: str,
                                                            disclosure: str) -> None:
    if shutil.which("espeak-ng") is None or shutil.which("ffprobe") is None:
        pytest.skip("espeak-ng and ffmpeg are needed")
    from mutagen.id3 import ID3

    voices = tmp_path / "voices"
    voices.mkdir()
    (voices / "any.toml").write_text('engine = "espeak"\nvoice = "auto"\n', encoding="utf-8")
    article = _article(tmp_path, language, f"{body} 25 + 7 = 32.")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["narrate", str(article), "--voice", "any", "-o", str(out), "--json"],
                                env={"NARRATOR_VOICES_DIRS": str(voices)})
    assert result.exit_code == 0, result.output
    outcome = json.loads(result.stdout)[0]
    assert outcome["duration_s"] > 3
    tags = ID3(outcome["mp3"])
    assert tags["TLAN"].text == [ID3_LANGUAGE[language]]
    # espeak-ng's voice for the language spoke: the language reached the engine
    said = str(tags[f"COMM:disclosure:{ID3_LANGUAGE[language]}"])
    assert said == written(language, f"any (espeak:{language})")
    assert said in (out / "feed.xml").read_text(encoding="utf-8")
    captions = Path(outcome["mp3"]).with_suffix(".vtt").read_text(encoding="utf-8")
    assert " ".join(captions.split()).endswith(disclosure)

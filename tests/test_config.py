"""Settings resolution: defaults < narrator.toml < NARRATOR_* < flags, and clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from narrator.config import load_settings
from narrator.errors import ConfigError
from narrator.model import Format

README = Path(__file__).resolve().parent.parent / "README.md"


def test_each_layer_overrides_the_one_before(tmp_path: Path) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text('voice = "espeak"\n[audio]\nbitrate = "64k"\nloudness_lufs = -18\n', encoding="utf-8")
    env = {"NARRATOR_AUDIO__BITRATE": "128k", "NARRATOR_SPEECH__INTRO": "false"}
    settings = load_settings(config, env, {"output_dir": tmp_path / "out", "voice": None})
    assert settings.voice == "espeak"  # the flag was not given
    assert settings.audio.bitrate == "128k"  # environment beats the file
    assert settings.audio.loudness_lufs == -18.0
    assert settings.speech.intro is False
    assert settings.synth.cache_dir == tmp_path / "out" / ".cache"
    assert load_settings(config, env, {"voice": "default"}).voice == "default"


def test_the_readme_example_configuration_is_valid(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    example = text.split("```toml\n", 1)[1].split("```", 1)[0]
    config = tmp_path / "narrator.toml"
    config.write_text(example, encoding="utf-8")
    settings = load_settings(config, {})
    assert settings.clean.format is Format.AUTO
    assert settings.clean.exclude_selectors == (".newsletter-box",)


@pytest.mark.parametrize(
    ("content", "message"),
    [("[audio]\nbitrat = '64k'\n", "unknown setting audio.bitrat"),
     ("[audio]\nloudness_lufs = 'loud'\n", "not valid"),
     ("voice = \n", "not valid TOML")],
)
def test_bad_settings_say_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_settings(config, {})
    assert info.value.exit_code == 2


def test_a_named_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "missing.toml", {})


def test_a_choice_setting_with_an_unknown_word_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text('[speech]\ndate_order = "DMY"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"speech\.date_order='DMY' is not one of mdy, dmy"):
        load_settings(config)


@pytest.mark.parametrize(
    ("content", "message", "forms"),
    [("[audio]\nbitrate = 96\n", "audio.bitrate=96 is out of range for MP3 (96 bit/s; did you mean \"96k\"?)",
      '"96k" (kbit/s, 8k to 320k)'),
     ("[publish]\nbase_url = 'podcast.example.org'\n", "publish.base_url='podcast.example.org' is not a web address",
      '"https://podcast.example.org/"'),
     ("[clean]\nexclude_lines = ['(Advert']\n", "'(Advert', not a valid regular expression",
      "Python regular expressions"),
     ("[clean]\nexclude_selectors = ['div[']\n", "'div[', not a valid CSS selector", "CSS selectors"),
     ("[speech]\nintro = 'maybe'\n", "speech.intro='maybe' is not valid", "true or false"),
     ("[clean]\nformat = 'pdf'\n", "clean.format='pdf' is not valid", "auto, html, markdown, text"),
     ("[audio]\nsample_rate = 44000\n", "audio.sample_rate=44000 is not one of", "44100")],
)
def test_a_bad_value_names_its_file_and_the_valid_forms(tmp_path: Path, content: str, message: str,
                                                        forms: str) -> None:
    config = tmp_path / "show.toml"  # a --config file, not ./narrator.toml
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(config, {})
    text = str(info.value)
    assert text.startswith(f"{config}: setting "), text
    assert message in text and forms in text
    assert "narrator.toml" not in text
    assert info.value.exit_code == 2


def test_a_bad_variable_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(None, {"NARRATOR_AUDIO__BITRATE": "lots"})
    assert str(info.value).startswith("NARRATOR_AUDIO__BITRATE: setting audio.bitrate='lots' is not a bitrate")
    with pytest.raises(ConfigError) as unknown:
        load_settings(None, {"NARRATOR_AUDIO__BITRAT": "64k"})
    assert str(unknown.value).startswith("NARRATOR_AUDIO__BITRAT: unknown setting audio.bitrat (valid here: ")
    with pytest.raises(ConfigError, match=r"^NARRATOR_SPECH__URLS: unknown setting spech"):
        load_settings(None, {"NARRATOR_SPECH__URLS": "link"})


def test_an_unknown_key_names_its_file(tmp_path: Path) -> None:
    config = tmp_path / "show.toml"
    config.write_text("[publish]\ntitel = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(f"{config}: unknown setting publish.titel")):
        load_settings(config, {})


@pytest.mark.parametrize("bitrate", ["64k", "128k", "96000", "32k"])
def test_bitrates_as_ffmpeg_takes_them_are_accepted(bitrate: str) -> None:
    assert load_settings(None, {"NARRATOR_AUDIO__BITRATE": bitrate}).audio.bitrate == bitrate

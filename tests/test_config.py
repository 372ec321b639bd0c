"""Settings resolution: defaults < narrator.toml < NARRATOR_* < flags, and clear errors."""

from __future__ import annotations

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

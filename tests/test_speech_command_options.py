"""A command's options in prose are said with their dashes ("--dry-run" -> "dash dash dry-run", "the -v flag" ->
"the dash v flag"), where the text shows they are options: a hyphen or "=" in the long option, a word of options after
it, or a command or a verb that passes one before it. A typewriter's dash glued to a word is left to the voice."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Run narrator --dry-run first.", "Run narrator dash dash dry-run first."),
    ("Use the -v flag or --verbose to see more.", "Use the dash v flag or dash dash verbose to see more."),
    ("Pass --output=episode.mp3 to name the file.",
     "Pass dash dash output equals episode dot mp three to name the file."),
    ("Add the --force option.", "Add the dash dash force option."),
    ("Try git --version to check.", "Try git dash dash version to check."),
    ("Set --no-cache when the build goes stale.", "Set dash dash no-cache when the build goes stale."),
    # a typewriter's dash, with nothing to say it is an option
    ("He paused --then left the room.", "He paused --then left the room."),
    ("He paused and --then left.", "He paused and --then left."),
    ("It was --well, you know.", "It was --well, you know."),
])
def test_a_commands_option_is_said_with_its_dashes(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", ["--a-a", "--a=", " -a flag", "-", "--"])
def test_the_options_rule_stays_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

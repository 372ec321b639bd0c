"""The NarratorError family: every message names the input and says what to do."""

from __future__ import annotations


class NarratorError(Exception):
    """Something the user can fix; the message names the input and the fix."""

    exit_code = 1

    def __init__(self, message: str, *, origin: str | None = None, hint: str | None = None) -> None:
        self.origin = origin
        self.hint = hint
        self.reason = message
        super().__init__(self._format(message))

    def _format(self, message: str) -> str:
        """Render "origin: message (hint)"."""
        text = f"{self.origin}: {message}" if self.origin else message
        return f"{text} ({self.hint})" if self.hint else text


class InputError(NarratorError):
    """An input could not be read: missing, unreadable, too large, not decodable."""


class ExtractionError(NarratorError):
    """An input was read but holds no article we can narrate."""


class EngineError(NarratorError):
    """A speech engine is missing, failed or produced bad audio."""


class AudioError(NarratorError):
    """Assembling, mastering or encoding audio failed."""


class PublishError(NarratorError):
    """The catalog, feed or site could not be written."""


class ConfigError(NarratorError):
    """Bad settings or usage: an unknown voice, a broken narrator.toml (exit code 2)."""

    exit_code = 2

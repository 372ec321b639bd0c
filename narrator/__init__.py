"""narrator: articles in, a podcast out."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "speakable"]


def speakable(text: str, language: str = "en") -> str:
    """Return the spoken form of a plain string (the normaliser alone)."""
    from narrator.speech import speakable as _speakable

    return _speakable(text, language)

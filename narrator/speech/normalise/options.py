"""Options that change how text is read, independent of language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadingOptions:
    """Choices a listener or profile makes about readings."""

    urls: str = "say"
    """say: URLs in full; link: only the site's name ("more at harbor dot example"). E-mail addresses are said."""
    date_order: str = "auto"
    """How to read ambiguous numeric dates such as 04/11/2024: mdy, dmy, or auto (the order of the text's region:
    day first but in the US, Canada and the Philippines; a bare "en" month first)."""

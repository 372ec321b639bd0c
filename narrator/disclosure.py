"""The written synthetic-voice disclosure per language (English when a language is missing).

Shared by the feed, the page and the MP3's ID3 tag, so that all three say it in the episode's language.
"""

from __future__ import annotations

DISCLOSURES: dict[str, str] = {
    "en": "Read aloud by a synthetic voice (narrator, {voice}).",
    "de": "Von einer synthetischen Stimme vorgelesen (narrator, {voice}).",
    "fr": "Lu par une voix de synthèse (narrator, {voice}).",
    "es": "Leído por una voz sintética (narrator, {voice}).",
    "it": "Letto da una voce sintetica (narrator, {voice}).",
    "pt": "Lido por uma voz sintética (narrator, {voice}).",
}


def written(language: str, voice: str) -> str:
    """Platforms require AI voices to be disclosed in the metadata as well as in the audio."""
    primary = language.lower().replace("_", "-").split("-")[0]
    return DISCLOSURES.get(primary, DISCLOSURES["en"]).format(voice=voice)

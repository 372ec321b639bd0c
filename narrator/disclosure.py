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
    "nl": "Voorgelezen door een synthetische stem (narrator, {voice}).",
    "sv": "Uppläst av en syntetisk röst (narrator, {voice}).",
    "da": "Læst op af en syntetisk stemme (narrator, {voice}).",
    # Norwegian in Bokmål, also for "no" and Nynorsk's "nn" (as the spoken words)
    "nb": "Lest opp av en syntetisk stemme (narrator, {voice}).",
    "no": "Lest opp av en syntetisk stemme (narrator, {voice}).",
    "nn": "Lest opp av en syntetisk stemme (narrator, {voice}).",
    # "Czyta" / "Čte" ("reads"), as audiobooks credit their reader
    "pl": "Czyta syntetyczny głos (narrator, {voice}).",
    "cs": "Čte syntetický hlas (narrator, {voice}).",
    "fi": "Luettu synteettisellä äänellä (narrator, {voice}).",
    "ro": "Citit de o voce sintetică (narrator, {voice}).",
    "tr": "Sentetik bir ses tarafından okundu (narrator, {voice}).",
}


def written(language: str, voice: str) -> str:
    """Platforms require AI voices to be disclosed in the metadata as well as in the audio."""
    primary = language.lower().replace("_", "-").split("-")[0]
    return DISCLOSURES.get(primary, DISCLOSURES["en"]).format(voice=voice)

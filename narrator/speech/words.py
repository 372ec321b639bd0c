"""The few words narrator says itself (byline, date, disclosure), per language; English when a language is missing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """What the intro and the outro say in one language."""

    by: str
    """The byline sentence; {names} is replaced."""
    published: str
    """The date sentence; {date} is replaced by date_format."""
    date_format: str
    """How a date is written for the voice to read: {day}, {month} (a name) and {year}."""
    months: tuple[str, ...]
    disclosure: str
    """Spoken last: platforms require synthetic voices to be disclosed in the audio."""


WORDS: dict[str, Words] = {
    "en": Words("By {names}.", "Published {date}.", "{month} {day}, {year}",
                ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"),
                "This article was read by a synthetic voice."),
    "de": Words("Von {names}.", "Veröffentlicht am {date}.", "{day}. {month} {year}",
                ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"),
                "Dieser Artikel wurde von einer synthetischen Stimme vorgelesen."),
    "fr": Words("Par {names}.", "Publié le {date}.", "{day} {month} {year}",
                ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"),
                "Cet article a été lu par une voix de synthèse."),
    "es": Words("Por {names}.", "Publicado el {date}.", "{day} de {month} de {year}",
                ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"),
                "Este artículo fue leído por una voz sintética."),
    "it": Words("Di {names}.", "Pubblicato il {date}.", "{day} {month} {year}",
                ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                 "ottobre", "novembre", "dicembre"),
                "Questo articolo è stato letto da una voce sintetica."),
    "pt": Words("Por {names}.", "Publicado em {date}.", "{day} de {month} de {year}",
                ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                 "outubro", "novembro", "dezembro"),
                "Este artigo foi lido por uma voz sintética."),
}


def words_for(language: str) -> Words:
    """The words for a language tag ("de-AT" -> German), English when there are none."""
    return WORDS.get(language.lower().replace("_", "-").split("-")[0], WORDS["en"])

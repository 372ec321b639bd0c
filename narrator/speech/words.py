"""The few words narrator says itself (byline, date, disclosure), per language; English when a language is missing.

A language here needs no reading rules: in one without (Dutch, Polish...), the date's digits are left to the voice,
which reads them in its own language (espeak-ng says "14. marts" in Danish as "fjortende marts").
"""

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
    and_word: str
    """Joins the last two names of a byline ("Anna Weber und Jonas Klein")."""
    by_many: str = ""
    """The byline sentence for two names or more, where the language says it otherwise ("Autorzy:"); else by."""
    published_month: str | None = None
    """The date sentence for a month without its day where its preposition differs from a day's ("im {date}", not
    "am"); None for the day's; "" where months are named in a date's case ("marca"), so that it is left unsaid."""
    month_format: str = "{month} {year}"
    """How a month without its day is written for the voice to read ("marzo de {year}")."""
    day_range: str = ""
    """How a range of days in one month is written in place of {day} ("3-5"); "" says the range's first day alone."""
    date_range: str = ""
    """How two whole dates are joined as a range ("{first} to {last}"); "" says the first alone."""

    def published_in(self, month: int, year: int) -> str:
        """The date sentence for a month and year ("Published March 2026."), or "" where it is not said."""
        sentence = self.published if self.published_month is None else self.published_month
        return sentence.format(date=self.month_format.format(month=self.months[month - 1], year=year))

    def byline(self, authors: tuple[str, ...]) -> str:
        """The byline sentence for the authors ("Von A, B und C.")."""
        names = ", ".join(authors[:-1]) + f" {self.and_word} " + authors[-1] if len(authors) > 1 else "".join(authors)
        return (self.by_many if len(authors) > 1 and self.by_many else self.by).format(names=names)


_BOKMAL = ("Av {names}.", "Publisert {date}.", "{day}. {month} {year}",
           ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
            "desember"),
           "Denne artikkelen ble lest opp av en syntetisk stemme.", "og")

WORDS: dict[str, Words] = {
    "en": Words("By {names}.", "Published {date}.", "{month} {day}, {year}",
                ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"),
                "This article was read by a synthetic voice.", "and",
                # "March 3-5, 2026" and "3-5 March 2026" as the normaliser reads a range of days ("third to fifth")
                day_range="{first}-{last}", date_range="{first} to {last}"),
    "de": Words("Von {names}.", "Veröffentlicht am {date}.", "{day}. {month} {year}",
                ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"),
                "Dieser Artikel wurde von einer synthetischen Stimme vorgelesen.", "und",
                published_month="Veröffentlicht im {date}."),
    "fr": Words("Par {names}.", "Publié le {date}.", "{day} {month} {year}",
                ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"),
                "Cet article a été lu par une voix de synthèse.", "et", published_month="Publié en {date}."),
    "es": Words("Por {names}.", "Publicado el {date}.", "{day} de {month} de {year}",
                ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"),
                "Este artículo fue leído por una voz sintética.", "y", published_month="Publicado en {date}.",
                month_format="{month} de {year}"),
    "it": Words("Di {names}.", "Pubblicato il {date}.", "{day} {month} {year}",
                ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                 "ottobre", "novembre", "dicembre"),
                "Questo articolo è stato letto da una voce sintetica.", "e", published_month="Pubblicato a {date}."),
    "pt": Words("Por {names}.", "Publicado em {date}.", "{day} de {month} de {year}",
                ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                 "outubro", "novembro", "dezembro"),
                "Este artigo foi lido por uma voz sintética.", "e", month_format="{month} de {year}"),
    # Languages without reading rules, which espeak-ng voices: a listener hears narrator's own words in the
    # article's language too. Months as a date names them (Polish and Czech in the genitive, Finnish in the partitive).
    "nl": Words("Door {names}.", "Gepubliceerd op {date}.", "{day} {month} {year}",
                ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"),
                "Dit artikel is voorgelezen door een synthetische stem.", "en",
                published_month="Gepubliceerd in {date}."),
    "sv": Words("Av {names}.", "Publicerad den {date}.", "{day} {month} {year}",
                ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                 "november", "december"),
                "Den här artikeln lästes upp av en syntetisk röst.", "och", published_month="Publicerad i {date}."),
    "da": Words("Af {names}.", "Udgivet den {date}.", "{day}. {month} {year}",
                ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                 "november", "december"),
                "Denne artikel blev læst op af en syntetisk stemme.", "og", published_month="Udgivet i {date}."),
    # Norwegian in Bokmål, the written standard of most Norwegian text, also for "no" and Nynorsk's "nn"
    "nb": Words(*_BOKMAL),
    "no": Words(*_BOKMAL),
    "nn": Words(*_BOKMAL),
    "pl": Words("Autor: {names}.", "Opublikowano {date}.", "{day} {month} {year}",
                ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                 "października", "listopada", "grudnia"),
                "Ten artykuł został przeczytany przez syntetyczny głos.", "i", by_many="Autorzy: {names}.",
                published_month=""),
    "cs": Words("Autor: {names}.", "Publikováno {date}.", "{day}. {month} {year}",
                ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                 "listopadu", "prosince"),
                "Tento článek přečetl syntetický hlas.", "a", by_many="Autoři: {names}.", published_month=""),
    "fi": Words("Kirjoittaja: {names}.", "Julkaistu {date}.", "{day}. {month} {year}",
                ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
                 "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
                "Tämän artikkelin luki synteettinen ääni.", "ja", by_many="Kirjoittajat: {names}.",
                published_month=""),
    "ro": Words("De {names}.", "Publicat pe {date}.", "{day} {month} {year}",
                ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                 "octombrie", "noiembrie", "decembrie"),
                "Acest articol a fost citit de o voce sintetică.", "și", published_month="Publicat în {date}."),
    "tr": Words("Yazan: {names}.", "Yayımlanma tarihi: {date}.", "{day} {month} {year}",
                ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
                 "Aralık"),
                "Bu makale sentetik bir ses tarafından okundu.", "ve", by_many="Yazanlar: {names}."),
}


def words_for(language: str) -> Words:
    """The words for a language tag ("de-AT" -> German), English when there are none."""
    return WORDS.get(language.lower().replace("_", "-").split("-")[0], WORDS["en"])

"""Document -> Script: what a voice should say, in segments, with pauses and chapters."""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from narrator.config import SpeechSettings
from narrator.model import Block, BlockKind, Document, PauseSettings, Script, Segment, Sentence
from narrator.speech import segment
from narrator.speech.lexicon import Lexicon, load_lexicons
from narrator.speech.normalise import ReadingOptions, formulas_in_words, has_rules, normalise, regional
from narrator.speech.normalise.deferred import compiled
from narrator.speech.words import Words, words_for

__all__ = ["script", "speakable"]

log = logging.getLogger(__name__)

_SPEAKABLE = compiled(r"[^\W_]")  # a letter or a digit: "____" is a rule, not words
_ISO_DATE = compiled(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = compiled(r"^(\d{4})-(\d{2})$")
# An ISO 8601 interval of two days, which a page dated by a range of days ("3-5 March 2026") would give.
_ISO_RANGE = compiled(r"^(\d{4})-(\d{2})-(\d{2})/(\d{4})-(\d{2})-(\d{2})$")
# The publication date as English written day first reads it ("Published the fifth of December, twenty twenty six"):
# with the comma that a date written month first has, so that the voice pauses before the year as it does there;
# run on, "the thirteenth of July twenty twenty seven" may be heard as "July twenty".
_ENGLISH_DAY_FIRST = "{day} {month}, {year}"


def speakable(text: str, language: str = "en") -> str:
    """Return the spoken form of a plain string (the normaliser alone)."""
    return normalise(text, language)


@dataclass(frozen=True)
class _Reader:
    """What turning text into segments needs, built once per script."""

    language: str
    options: ReadingOptions
    lexicon: Lexicon
    max_chars: int

    def say(self, written: str) -> str:
        """Normalise, then apply the lexicons."""
        return self.lexicon.apply(normalise(written, self.language, self.options))

    def pieces(self, written: str) -> list[tuple[str, str]]:
        """(spoken, display) pairs for a block, each spoken piece at most max_chars long."""
        pairs: list[tuple[str, str]] = []
        for sentence in segment.sentences(written):
            spoken = self.say(sentence)
            if len(spoken) <= self.max_chars:
                pairs.append((spoken, formulas_in_words(sentence, self.language)))
            else:
                pairs.extend(self._clauses(sentence, spoken))
        return [(spoken, display) for spoken, display in pairs if _SPEAKABLE.search(spoken)]

    def _clauses(self, sentence: str, spoken: str) -> list[tuple[str, str]]:
        """(spoken, display) pairs of a sentence too long for one piece, cut at its clauses, then at spaces."""
        # The sentence is read whole and its reading cut, never its clauses read alone: a rule may look across a
        # comma ("Gary, Ind., closed" is "Gary, Indiana", but "Ind.," alone a first; "won 6-4, 6-3" a set's score).
        said = segment.clauses(spoken)
        shown = segment.clauses(sentence)
        # Captions show each clause as written while the cuts pair up; else they show what is said.
        displays = [formulas_in_words(clause, self.language) for clause in shown] if len(shown) == len(said) else said
        pairs: list[tuple[str, str]] = []
        for clause, display in zip(said, displays, strict=True):
            if len(clause) <= self.max_chars:
                pairs.append((clause, display))
            else:
                pairs.extend((part, part) for part in segment.split_words(clause, self.max_chars))
        if pairs:
            pairs[0] = (pairs[0][0], _opening_capital(pairs[0][1], sentence))
        return pairs

    def segments(self, written: str, kind: BlockKind, chapter: str, end_pause: int, pause: int) -> list[Segment]:
        """Segments of one block: sentences grouped up to max_chars, the last one with end_pause."""
        pairs = self.pieces(written)
        groups = segment.pack([spoken for spoken, _ in pairs], self.max_chars)
        result: list[Segment] = []
        for number, group in enumerate(groups):
            text = " ".join(pairs[i][0] for i in group)
            display = " ".join(pairs[i][1] for i in group)
            last = number == len(groups) - 1
            sentences = tuple(Sentence(pairs[i][1], len(pairs[i][0])) for i in group) if len(group) > 1 else ()
            result.append(Segment(text, end_pause if last else pause, chapter, kind, display, sentences))
        return result


def _opening_capital(display: str, written: str) -> str:
    """A caption shown as said opens with a capital where its sentence does ("18 streets" said "eighteen streets"):
    a sentence that opens with a number or a sign was captioned in small letters. One written in them ("iPhone sales",
    "eBay's") is left as written."""
    opening = next((char for char in written if char.isalnum()), "")
    if display[:1].islower() and not opening.islower():
        return display[0].upper() + display[1:]
    return display


def _day(year: str, month: str, day: str) -> datetime.date | None:
    """The day the ISO parts name, or None where there is none (a thirteenth month, the thirtieth of February)."""
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _written(day: datetime.date, words: Words, date_format: str, days: str = "") -> str:
    """A day (or days of one month, as written) in the form the normaliser reads ("April 11, 2024")."""
    return date_format.format(day=days or day.day, month=words.months[day.month - 1], year=day.year)


def _written_range(first: datetime.date, last: datetime.date, words: Words, date_format: str) -> str:
    """A range of days as written ("March 3-5, 2026", "March 30, 2026 to April 2, 2026"), or its first day alone."""
    if first == last:
        return _written(first, words, date_format)
    if (first.year, first.month) == (last.year, last.month) and words.day_range:
        return _written(first, words, date_format, words.day_range.format(first=first.day, last=last.day))
    if words.date_range:
        return words.date_range.format(first=_written(first, words, date_format),
                                       last=_written(last, words, date_format))
    return _written(first, words, date_format)


def _date_sentence(published: str | None, words: Words, date_format: str) -> str | None:
    """The intro's date sentence from an ISO day, a month ("2026-03") or a range of days ("2026-03-03/2026-03-05")."""
    if not published:
        return None
    if month := _ISO_MONTH.match(published):
        year, number = (int(part) for part in month.groups())
        return (words.published_in(number, year) or None) if 1 <= number <= 12 else None
    if span := _ISO_RANGE.match(published):
        first, last = _day(*span.groups()[:3]), _day(*span.groups()[3:])
        if first is None or last is None or last < first:
            return None
        return words.published.format(date=_written_range(first, last, words, date_format))
    found = _ISO_DATE.match(published)
    day = _day(*found.groups()) if found and "/" not in published else None
    return words.published.format(date=_written(day, words, date_format)) if day else None


def _intro(document: Document, reader: _Reader, settings: SpeechSettings) -> list[Segment]:
    """Title, the standfirst if any, then byline and date."""
    meta = document.meta
    pauses = settings.pauses
    result = reader.segments(meta.title, BlockKind.HEADING, meta.title, pauses.heading_ms, pauses.sentence_ms)
    if meta.standfirst:
        result += reader.segments(meta.standfirst, BlockKind.PARAGRAPH, meta.title, pauses.paragraph_ms,
                                  pauses.sentence_ms)
    words = words_for(meta.language)
    parts = []
    if meta.byline:
        parts.append(words.byline(meta.authors))
    day_first = reader.options.date_order == "dmy" and meta.language.replace("_", "-").split("-")[0].lower() == "en"
    date = _date_sentence(meta.published, words, _ENGLISH_DAY_FIRST if day_first else words.date_format)
    if date:
        parts.append(date)
    if parts:
        byline = " ".join(parts)
        result += reader.segments(byline, BlockKind.PARAGRAPH, meta.title, pauses.paragraph_ms, pauses.sentence_ms)
    return result


def _say_if_unruled(language: str) -> None:
    """Warn that an article in a language without reading rules has its numbers and symbols left to the voice."""
    if not has_rules(language):
        log.warning("the article is in %r, which narrator has no reading rules for: numbers, dates, units and "
                    "abbreviations are left to the voice as written", language)


def _end_pause(blocks: tuple[Block, ...], index: int, pauses: PauseSettings) -> int:
    """The silence after a block: a list item's, but a paragraph's after a list's last item."""
    if blocks[index].kind is not BlockKind.LIST_ITEM:
        return pauses.paragraph_ms
    # What follows a list (prose, a heading, the disclosure) after an item's short pause is heard as one more item.
    last = index + 1 == len(blocks) or blocks[index + 1].kind is not BlockKind.LIST_ITEM
    return max(pauses.list_item_ms, pauses.paragraph_ms) if last else pauses.list_item_ms


def script(document: Document, settings: SpeechSettings) -> Script:
    """Turn a Document into a Script: intro, body segments with pauses and chapters, outro."""
    _say_if_unruled(document.meta.language)
    order = settings.date_order
    if order == "auto":  # settled once for the article, from its region or else its own dates
        order = regional.article_date_order(document.meta.language, (block.text for block in document.blocks))
    options = ReadingOptions(urls=settings.urls, date_order=order)
    reader = _Reader(document.meta.language, options, load_lexicons(settings.lexicons), max(settings.max_chars, 20))
    pauses = settings.pauses
    chapter = document.meta.title
    segments: list[Segment] = _intro(document, reader, settings) if settings.intro and chapter else []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            chapter = block.text.strip() or chapter
            segments += reader.segments(block.text, block.kind, chapter, pauses.heading_ms, pauses.sentence_ms)
            continue
        segments += reader.segments(block.text, block.kind, chapter, _end_pause(blocks, index, pauses),
                                    pauses.sentence_ms)
    disclosure = settings.disclosure.strip() or words_for(document.meta.language).disclosure
    if settings.outro:
        segments += reader.segments(disclosure, BlockKind.PARAGRAPH, chapter, pauses.paragraph_ms, pauses.sentence_ms)
    log.debug("%s: %d segments", document.origin, len(segments))
    return Script(document.origin, document.meta, tuple(segments), document.source_hash)

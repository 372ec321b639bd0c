"""The frozen dataclasses that cross stage boundaries.

Data flows one way: Source -> Document -> Script -> Takes -> Episode. Each
artefact is made by exactly one stage and read only by the next.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# What XML 1.0 forbids (C0 controls but tab, newline and CR; lone surrogates; U+FFFE and U+FFFF): such text
# cannot go into the feed or the site, and a lone surrogate cannot even be encoded to UTF-8.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """The text without the characters XML 1.0 forbids: what every Document and catalog string must be."""
    return _NOT_XML.sub("", text)


class Format(enum.StrEnum):
    """What kind of text a source holds."""

    AUTO = "auto"
    HTML = "html"
    MARKDOWN = "markdown"
    TEXT = "text"


@dataclass(frozen=True)
class Source:
    """Raw bytes of one article and where they came from."""

    origin: str
    """A path, a URL or "-" for stdin: what the user named, used in every message."""
    data: bytes
    """The bytes exactly as read."""
    format_hint: Format = Format.AUTO
    """What the extension or the HTTP content type suggests; clean decides by content."""
    charset: str | None = None
    """A charset declared outside the bytes (an HTTP header), if any."""
    url: str | None = None
    """The final URL after redirects, for web sources."""
    language: str = ""
    """The language a header outside the bytes declares (HTTP Content-Language), as written; "" for none."""


@dataclass(frozen=True)
class FeedItem:
    """One entry of an article feed: what identifies it, when it last changed, and its article if carried."""

    key: str
    """The entry's GUID (RSS guid, Atom id), else its link: what says "this item" across runs."""
    link: str | None
    """The article's page."""
    updated: str
    """When the entry last changed, as the feed says it ("" when it does not): a new value means re-narrate."""
    title: str
    article: Source | None = None
    """The full article when the feed carries it (content:encoded, Atom content); else the page is fetched."""
    public_only: bool = False
    """The feed came from a public address: its link may only lead to a public one (ingest's public_only)."""
    language: str = ""
    """The language the feed declares for the item (its own, else the channel's; "" for none): the article's,
    unless its page declares another or its text is plainly in another."""
    chosen_language: str = ""
    """The language the user chose for its feed (`follow --language`): the article is read in it, whatever it or
    the feed declares ("" for none)."""


@dataclass(frozen=True)
class Feed:
    """An article feed as read now: its entries newest first, and the validators for asking again."""

    url: str
    title: str
    items: tuple[FeedItem, ...]
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    """The server answered 304: nothing changed since the validators we sent."""


class BlockKind(enum.StrEnum):
    """The structural role of a block of article text."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    CODE = "code"
    """Where the article shows code: the text is what to say in its place (code itself is never read)."""


@dataclass(frozen=True)
class Block:
    """One block of the article body, in reading order."""

    kind: BlockKind
    text: str
    level: int = 0
    """Heading level (1-6) for headings, 0 otherwise."""


@dataclass(frozen=True)
class Metadata:
    """What is known about an article besides its body."""

    title: str
    authors: tuple[str, ...] = ()
    published: str | None = None
    """ISO 8601 date (YYYY-MM-DD) or date-time."""
    language: str = "en"
    declared_languages: tuple[str, ...] = ()
    """Every language the article's markup declares, as tags ("en-gb"), most trusted first (a page's <article lang>, its
    JSON-LD inLanguage, <body lang>, <html lang>, ...): clean reads language from them and the text, a later one
    giving the region where the first gives none or a software's default."""
    url: str | None = None
    image: str | None = None
    description: str | None = None
    standfirst: str | None = None
    """The summary printed under the headline (dek); read in the intro, never repeated in the body."""

    @property
    def byline(self) -> str:
        """The authors joined for display and speech ("A, B and C")."""
        if len(self.authors) <= 1:
            return "".join(self.authors)
        return ", ".join(self.authors[:-1]) + " and " + self.authors[-1]


@dataclass(frozen=True)
class Document:
    """The article alone: metadata and ordered body blocks (title and byline not repeated)."""

    origin: str
    meta: Metadata
    blocks: tuple[Block, ...]
    source_hash: str
    """sha256 of the source bytes: the catalog uses it to skip unchanged articles."""


@dataclass(frozen=True)
class Sentence:
    """One sentence (or clause) of a segment: how it is written, and how long its spoken form is."""

    display: str
    spoken_chars: int
    """Characters of the spoken form: captions share the segment's time among its sentences by it."""


@dataclass(frozen=True)
class Segment:
    """A piece of speakable text, as the engine will receive it, and the pause after it."""

    text: str
    pause_after_ms: int
    chapter: str | None = None
    """The title of the chapter this segment belongs to."""
    kind: BlockKind = BlockKind.PARAGRAPH
    display: str = ""
    """The written form for transcripts (before normalisation); text is used when empty."""
    sentences: tuple[Sentence, ...] = ()
    """The sentences joined in this segment, for captions; empty when it is one."""


@dataclass(frozen=True)
class Script:
    """Everything to be said, in order, with the article's metadata."""

    origin: str
    meta: Metadata
    segments: tuple[Segment, ...]
    source_hash: str


@dataclass(frozen=True)
class Audio:
    """Mono 16-bit little-endian PCM that carries its own sample rate."""

    pcm: bytes
    sample_rate: int

    @property
    def frames(self) -> int:
        """Number of samples."""
        return len(self.pcm) // 2

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return self.frames / self.sample_rate if self.sample_rate else 0.0


@dataclass(frozen=True)
class Voice:
    """One voice an engine offers."""

    id: str
    name: str
    language: str = "en"
    engine: str = ""
    revision: str = ""
    """Changes when the voice's files do (a model replaced under the same name): part of every take's cache key."""


@dataclass(frozen=True)
class PauseSettings:
    """Silence after each kind of segment, in milliseconds."""

    sentence_ms: int = 300
    paragraph_ms: int = 700
    heading_ms: int = 1000
    list_item_ms: int = 450


@dataclass(frozen=True)
class VoiceProfile:
    """A named way of speaking: engine, voice, rate, pauses and lexicons (voices/<name>.toml)."""

    name: str
    engine: str
    voice: str
    rate: float = 1.0
    pauses: PauseSettings = field(default_factory=PauseSettings)
    lexicons: tuple[str, ...] = ()
    description: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class Level:
    """Loudness statistics of a piece of audio (ITU-R BS.1770), kept so nothing reads the audio again."""

    blocks: tuple[float, ...]
    """Loudness (LUFS) of each 400 ms gating block above -70 LUFS, blocks 100 ms apart."""
    true_peak_db: float
    """Peak of the signal oversampled 4x, in dBTP."""


@dataclass(frozen=True)
class Take:
    """The audio for one segment, with its loudness statistics when synthesis measured them."""

    segment: Segment
    audio: Audio
    level: Level | None = None


@dataclass(frozen=True)
class Progress:
    """How far the narration of one article has got; synthesis reports it, the CLI shows it."""

    segments_done: int
    segments_total: int
    audio_seconds: float
    """Seconds of audio made so far."""


@dataclass(frozen=True)
class Takes:
    """The takes of a script in order, and the profile that voiced them.

    takes may be a stream (a generator read once, made while it is read): the audio stage consumes it
    take by take and closes it, so synthesis stops when the audio stage stops.
    """

    script: Script
    takes: Iterable[Take]
    profile: VoiceProfile
    voice: Voice | None = None
    """The voice that spoke (for a profile whose voice is "auto", the one chosen for the article)."""


@dataclass(frozen=True)
class Chapter:
    """A chapter mark in an episode."""

    title: str
    start_s: float


@dataclass(frozen=True)
class Cue:
    """A transcript cue: text and when it is heard."""

    start_s: float
    end_s: float
    text: str
    sentences: tuple[Sentence, ...] = ()
    """The segment's sentences, so that captions can show one at a time; empty when the cue is one."""


SIDECAR_SUFFIXES = (".vtt", ".srt", ".json", ".chapters.json")
"""Files written beside each episode's MP3 (transcripts, chapters): the audio stage writes them, and the
catalog deletes them with the MP3."""


@dataclass(frozen=True)
class Episode:
    """A mastered, encoded episode on disk and what the feed needs to know of it."""

    guid: str
    slug: str
    meta: Metadata
    mp3: Path
    duration_s: float
    size_bytes: int
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]
    source_hash: str
    voice: str
    """Profile, engine and the voice that spoke: "default (piper:en_US-joe-medium)"."""
    loudness_lufs: float | None = None

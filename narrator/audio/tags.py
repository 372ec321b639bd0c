"""ID3v2.4 tags and chapters (CHAP + CTOC) written with mutagen."""

# mutagen ships no type hints for its frame constructors.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from narrator.disclosure import written
from narrator.model import Chapter, Metadata

if TYPE_CHECKING:
    from mutagen.id3 import CHAP, CTOC

ALBUM = "narrator"
_ISO_639_2 = {
    "ar": "ara", "ca": "cat", "cs": "ces", "da": "dan", "de": "deu", "el": "ell", "en": "eng",
    "es": "spa", "fi": "fin", "fr": "fra", "he": "heb", "hi": "hin", "hu": "hun", "it": "ita",
    "ja": "jpn", "ko": "kor", "nb": "nob", "nl": "nld", "no": "nor", "pl": "pol", "pt": "por",
    "ro": "ron", "ru": "rus", "sv": "swe", "tr": "tur", "uk": "ukr", "zh": "zho",
}
_NO_OFFSET = 0xFFFFFFFF
"""CHAP byte offsets unused: players seek by time."""


@dataclass(frozen=True)
class TagInfo:
    """What goes into the ID3 tag besides the article metadata."""

    voice: str
    """Profile, engine and voice, e.g. "default (piper:en_US-joe-medium)"."""
    duration_s: float
    cover: bytes = b""
    """The show's artwork as JPEG bytes, embedded as the front cover; empty for none."""


def id3_language(language: str) -> str:
    """ISO 639-2 code for TLAN/COMM from a BCP 47 tag ("en-GB" -> "eng"); "und" when unknown."""
    primary = language.split("-")[0].split("_")[0].lower()
    if len(primary) == 3:
        return primary
    return _ISO_639_2.get(primary, "und")


def _chapter_frames(chapters: tuple[Chapter, ...], duration_s: float) -> list[CHAP | CTOC]:
    """One CHAP per chapter (ending where the next starts) and a top-level ordered CTOC."""
    from mutagen.id3 import CHAP, CTOC, TIT2, CTOCFlags  # see write_tags

    frames: list[CHAP | CTOC] = []
    ids = [f"chp{index}" for index in range(len(chapters))]
    ends = [c.start_s for c in chapters[1:]] + [duration_s]
    for element_id, chapter, end in zip(ids, chapters, ends, strict=True):
        frames.append(CHAP(
            element_id=element_id, start_time=round(chapter.start_s * 1000), end_time=round(end * 1000),
            start_offset=_NO_OFFSET, end_offset=_NO_OFFSET,
            sub_frames=[TIT2(encoding=3, text=[chapter.title])],
        ))
    frames.append(CTOC(
        element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids,
        sub_frames=[TIT2(encoding=3, text=["Chapters"])],
    ))
    return frames


def write_tags(mp3: Path, meta: Metadata, chapters: tuple[Chapter, ...], info: TagInfo) -> None:
    """Write an ID3v2.4 tag: title, authors (or the voice), album, date, language, description, cover, chapters."""
    # mutagen.id3 costs 11 ms to import, which every start paid before the voice could load; tags come last.
    from mutagen.id3 import APIC, COMM, ID3, TALB, TDRC, TIT2, TLAN, TPE1, TXXX, PictureType

    tag = ID3()
    language = id3_language(meta.language)
    tag.add(TIT2(encoding=3, text=[meta.title]))
    tag.add(TPE1(encoding=3, text=list(meta.authors) or [info.voice]))
    tag.add(TALB(encoding=3, text=[ALBUM]))
    if meta.published:
        # ID3 timestamps stop at seconds and carry no zone.
        tag.add(TDRC(encoding=3, text=[meta.published[:19]]))
    tag.add(TLAN(encoding=3, text=[language]))
    if meta.description:
        tag.add(COMM(encoding=3, lang=language, desc="", text=[meta.description]))
    tag.add(TXXX(encoding=3, desc="narrator voice", text=[info.voice]))
    # Platforms require synthetic voices to be disclosed in the metadata as well as in the audio.
    tag.add(COMM(encoding=3, lang=language, desc="disclosure", text=[written(meta.language, info.voice)]))
    if meta.url:
        tag.add(TXXX(encoding=3, desc="source url", text=[meta.url]))
    if info.cover:
        # Players show this square when the episode is played outside a podcast app.
        tag.add(APIC(encoding=3, mime="image/jpeg", type=PictureType.COVER_FRONT, desc="Cover",
                     data=info.cover))
    if chapters:
        for frame in _chapter_frames(chapters, info.duration_s):
            tag.add(frame)
    tag.save(mp3, v2_version=4)

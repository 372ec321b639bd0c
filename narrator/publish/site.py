"""The show's page, index.html: a player, chapters and transcript per episode; no external assets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from narrator.config import PublishSettings
from narrator.files import write_bytes
from narrator.publish.artwork import COVER_NAME, is_remote
from narrator.publish.catalog import EPISODES_DIR, EpisodeRecord
from narrator.publish.feed import (
    FEED_NAME,
    base,
    clock,
    description,
    disclosure,
    show_language,
    shown_date,
    web_url,
)

if TYPE_CHECKING:
    from lxml import etree

SITE_NAME = "index.html"
_STYLE = """
body{font:1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
header{border-bottom:1px solid #ddd;margin-bottom:1.5rem}
header .cover{float:right;margin:0 0 1rem 1rem;border-radius:.5rem}
header::after{content:"";display:block;clear:both}
article{margin-bottom:2.5rem}
audio{width:100%}
.meta{color:#666;font-size:.9rem}
.chapters a,.cue a{font-variant-numeric:tabular-nums;text-decoration:none}
details p{margin:.3rem 0}
"""
# Clicking a chapter or cue time seeks that episode's player; the page still works without it.
_SCRIPT = """
document.addEventListener('click', function (event) {
  var link = event.target.closest('a[data-start]');
  if (!link) return;
  var player = link.closest('article').querySelector('audio');
  event.preventDefault();
  player.currentTime = parseFloat(link.dataset.start);
  // A pause before playback starts rejects play()'s promise: that is the listener's choice, not an error.
  var playing = player.play();
  if (playing) playing.catch(function () {});
});
"""


def _local(name: str) -> str:
    """Relative link to a file in episodes/, so the page works from any base URL or from disk."""
    return f"{EPISODES_DIR}/{quote(name)}"


def _seek(seconds: float) -> etree._Element:
    from lxml.html import builder as E  # see build_site

    return E.A(clock(seconds), href="#", **{"data-start": f"{seconds:.3f}"})


def _episode(record: EpisodeRecord) -> etree._Element:
    """One article: title, byline and date, player, chapters, transcript."""
    from lxml.html import builder as E  # see build_site

    byline = ", ".join(record.authors)
    date = shown_date(record)
    facts = " · ".join(part for part in (byline, date, clock(record.duration_s)) if part)
    audio = E.AUDIO(
        E.E.track(kind="captions", src=_local(record.stem + ".vtt"), srclang=record.language,
                  label="Transcript", default="default"),
        controls="controls", preload="none", src=_local(record.file),
    )
    link = web_url(record.url)
    title = E.A(record.title, href=link) if link else record.title
    parts: list[etree._Element] = [
        E.H2(title), E.P(facts, E.CLASS("meta")), E.P(description(record)), E.P(disclosure(record), E.CLASS("meta")),
        audio,
        E.P(E.A("Download MP3", href=_local(record.file)), " · ",
            E.A("Transcript (VTT)", href=_local(record.stem + ".vtt"))),
    ]
    if len(record.chapters) > 1:
        items = [E.LI(_seek(chapter.start_s), " ", chapter.title) for chapter in record.chapters]
        parts.append(E.DETAILS(E.SUMMARY("Chapters"), E.OL(*items, E.CLASS("chapters")), open="open"))
    cues = [E.P(_seek(cue.start_s), " ", cue.text, E.CLASS("cue")) for cue in record.cues]
    parts.append(E.DETAILS(E.SUMMARY("Transcript"), *cues))
    return E.E.article(*parts, id="ep-" + record.guid.rsplit(":", 1)[-1])


def build_site(records: list[EpisodeRecord], settings: PublishSettings) -> bytes:
    """The whole page as UTF-8 bytes; lxml escapes every text and attribute."""
    # lxml costs 13 ms to import at every start; the page is only built after narrating.
    from lxml import etree
    from lxml.html import builder as E

    head = E.HEAD(
        E.META(charset="utf-8"),
        E.META(name="viewport", content="width=device-width, initial-scale=1"),
        E.TITLE(settings.title),
        E.LINK(rel="alternate", type="application/rss+xml", title=settings.title, href=FEED_NAME),
        # Without an icon link browsers ask for /favicon.ico, which is not there: an error in every console.
        E.LINK(rel="icon", href="data:," if is_remote(settings.image) else COVER_NAME),
        E.STYLE(_STYLE),
    )
    # A remote publish.image stays off the page: it loads nothing from elsewhere.
    cover = [] if is_remote(settings.image) else [E.IMG(E.CLASS("cover"), src=COVER_NAME, alt="", width="160",
                                                        height="160")]
    header = E.E.header(
        *cover,
        E.H1(settings.title), E.P(settings.description),
        E.P(E.A("Subscribe (RSS)", href=FEED_NAME), " · or paste ",
            E.CODE(base(settings) + FEED_NAME), " into your podcast app"),
    )
    episodes = [_episode(record) for record in records] or [E.P("No episodes yet.")]
    body = E.BODY(header, E.E.main(*episodes), E.SCRIPT(_SCRIPT))
    page = E.HTML(head, body, lang=show_language(records, settings))
    return b"<!DOCTYPE html>\n" + bytes(etree.tostring(page, method="html", encoding="utf-8"))


def write_site(records: list[EpisodeRecord], settings: PublishSettings, output_dir: Path) -> Path:
    """Build the page and replace output_dir/index.html in one rename."""
    target = output_dir / SITE_NAME
    write_bytes(target, build_site(records, settings))
    return target

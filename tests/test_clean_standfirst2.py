"""The standfirst (the summary under the headline), on pages of our own written for the second check.

Each page's expected standfirst was written before narrator read it (tests/fixtures/lang2/sf-*). The article's
opening words must be said once: as the standfirst after the title, or in the body, never both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.clean.common import comparable
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source

FIXTURES = Path(__file__).parent / "fixtures" / "lang2"
_FORMATS = {".html": Format.HTML, ".md": Format.MARKDOWN, ".txt": Format.TEXT}
DEK = "After months of delay, the council has chosen the most expensive of three plans"
BODY = "The council voted on Tuesday evening to rebuild the harbour wall in stone"


def _read(name: str) -> Document:
    """The page cleaned."""
    path = FIXTURES / name
    return clean(Source(str(path), path.read_bytes(), _FORMATS[path.suffix]), CleanSettings())


def _times_said(document: Document, opening: str) -> int:
    """How many of the title, standfirst and body blocks start with these words."""
    said = [document.meta.title, document.meta.standfirst or "", *(b.text for b in document.blocks)]
    return sum(1 for text in said if comparable(text).startswith(comparable(opening)))


@pytest.mark.parametrize(("name", "standfirst"), [
    # marked by place alone: a sentence-shaped subheading that is the first text under the headline (it was lost)
    ("sf-h2-under-h1.html", DEK),
    ("sf-h3-under-h1-dek.html", DEK),
    # marked by its container ("<div class='standfirst'><p>...</p></div>")
    ("sf-div.standfirst-in-p.html", DEK),
    # a marked dek without a final stop, long enough to be no label
    ("sf-p.dek-no-stop.html", DEK),
    ("sf-div.dek-in-p-no-stop.html", DEK),
    # a line that says the headline again is none, one that adds as much again is
    ("sf-h2-repeats-title.html", None),
    ("sf-p.dek-repeats-title.html", None),
    ("sf-p.dek-uses-title-words.html", "The harbour wall will be rebuilt in stone after all"),
    # under a headline that is not the article's (the page's only h1 heads a teaser box), neither a subheading's
    # place nor its box's "description" class makes a summary of the article
    ("sf-only-h1-is-a-teaser.html", None),
    ("sf-only-h1-is-a-teaser-with-description.html", None),
    # markup written after the rules above, to see whether they carry: a "deck" class, a component's name, a plain
    # paragraph in the headline's <header> (each was lost, not even read in the body)
    ("sf-p.article-deck.html", DEK),
    ("sf-div-data-component-standfirst.html", DEK),
    ("sf-header-plain-p.html", DEK),
    ("sf-header-p-dek-this-week.html", "This week the council finally chose"),
    ("sf-h2-under-h1-then-h2-sections.html", DEK),
    ("sf-p.dek-after-byline.html", DEK),
    # the same markup without a <header>: a publisher's data-* name, a "desc" class, and a paragraph right above the
    # byline (each was lost, not even read in the body)
    ("sf-data-gu-name-standfirst-noheader.html", DEK),
    ("sf-p.article__desc-noheader.html", DEK),
    ("sf-p.lead-noheader.html", DEK),
    # an appeal for support above the byline is no summary (a tune page of the trafilatura set took one at a step)
    ("sf-donation-box-above-byline.html", None),
    ("sf-membership-box-above-byline.html", None),
    # a note about the page in the header is no summary of the story; nor is a row of cards
    ("sf-header-p-update-note.html", None),
    ("sf-header-p-old-article-notice.html", None),
    ("sf-card-deck-under-h1.html", None),
    # a photo credit in italics under a Markdown title is no summary
    ("sf-md-italic-photo-credit.md", None),
    # guards: what was right at the first reading stays right
    ("sf-p.standfirst.html", DEK),
    ("sf-de-p.teaser.html", "Nach monatelanger Verzögerung hat sich der Gemeinderat"),
    ("sf-md-italic-under-title.md", DEK),
    ("sf-txt-summary-then-byline.txt", DEK),
    ("sf-h2-section-heading-under-h1.html", None),
    ("sf-h2-first-section-in-body.html", None),
    ("sf-h2-under-h1-heading-no-stop.html", None),
    ("sf-p.intro-short-label.html", None),
    ("sf-div.standfirst-in-p-credit.html", None),
    ("sf-desc-repeats-first-para.html", None),
    ("sf-seo-desc-only.html", None),
    ("sf-og-description-only.html", None),
    ("sf-p.intro-is-lead-para.html", None),
])
def test_the_standfirst_of_our_own_pages(name: str, standfirst: str | None) -> None:
    document = _read(name)
    found = document.meta.standfirst
    assert (found if standfirst is None or found is None else found[:len(standfirst)]) == standfirst
    assert _times_said(document, standfirst or BODY) == 1


@pytest.mark.parametrize(("name", "standfirst"), [
    # a plain text's one-line summary under its title, with no byline under it, is read as the first paragraph (in
    # its place, once): telling it from a short lead paragraph needs more than its place
    ("sf-txt-summary-under-title.txt", DEK),
    # a Markdown subheading that is a sentence, right under the title: read as a heading, once, in its place
    ("sf-md-h2-under-title.md", DEK),
])
@pytest.mark.xfail(strict=True, reason="known miss, left: heard in the right place, only not marked as the standfirst")
def test_known_misses(name: str, standfirst: str) -> None:
    assert (_read(name).meta.standfirst or "")[:len(standfirst)] == standfirst

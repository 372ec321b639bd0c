"""Articles saved as Markdown by web clippers (Obsidian's Web Clipper, MarkDownload) read as the writer's page: the
author's note link is a name, the clipper's labelled excerpt is the standfirst, the byline and date under it are the
intro's. Every document here is our own."""

from __future__ import annotations

import pytest

from narrator.clean import CleanSettings, Format, Source, clean
from narrator.model import Document

_BODY = """When a software firm in Leeds cut its working week to four days in 2022, its managers expected output to \
fall. It rose by 7%.

That result is not unusual. In a trial of 61 companies, 56 kept the shorter week after the six months ended.
"""
_FIRST = _BODY.split("\n\n")[0]


def _read(text: str) -> Document:
    return clean(Source("clip.md", text.encode(), Format.MARKDOWN), CleanSettings())


@pytest.mark.parametrize(("authors", "expected"), [
    ('  - "[[Tom Reilly]]"', ("Tom Reilly",)),
    ('  - "[[people/Tom Reilly|Tom Reilly]]"\n  - "[[Ann Lee]]"', ("Tom Reilly", "Ann Lee")),
])
def test_an_authors_note_link_in_front_matter_is_their_name(authors: str, expected: tuple[str, ...]) -> None:
    text = (f'---\ntitle: "Why the four-day week is here to stay"\nsource: "https://example.com/four-day-week/"\n'
            f"author:\n{authors}\npublished: 2025-03-12\n---\n{_BODY}")
    assert _read(text).meta.authors == expected


@pytest.mark.parametrize("label", ["> ## Excerpt\n> ", "## TL;DR\n\n", "**Summary**\n\n"])
def test_a_clippers_labelled_excerpt_is_the_standfirst_and_the_byline_under_it_the_intros(label: str) -> None:
    text = (f"# Why the four-day week is here to stay\n\n{label}Employers who tried it are not going back. Others "
            "should follow.\n\n---\n\nBy [Tom Reilly](https://example.com/people/tom-reilly)\n\n"
            f"Updated March 12, 2025 at 6:00 a.m. EDT\n\n{_BODY}")
    document = _read(text)
    assert document.meta.standfirst == "Employers who tried it are not going back. Others should follow."
    assert document.meta.authors == ("Tom Reilly",)
    assert document.meta.published == "2025-03-12"
    assert document.blocks[0].text == _FIRST


def test_a_summary_heading_lower_in_the_article_stays_its_section() -> None:
    text = f"# Four days\n\n{_BODY}\n## Summary\n\nShorter weeks worked for most of the firms that tried them.\n"
    assert [block.text for block in _read(text).blocks][-2:] == [
        "Summary", "Shorter weeks worked for most of the firms that tried them."]

"""A site's error page ("Page not found", "403 Forbidden", a bot check) is no article: it is refused with its own
message, never narrated as an episode. Many sites answer a dead address with such a page and HTTP status 200, so the
fetch alone does not catch it; a saved page can be one too."""

from __future__ import annotations

import pytest

from narrator.clean import CleanSettings, Format, Source, clean
from narrator.errors import ExtractionError

_NAV = "<nav><a href='/'>Home</a> <a href='/blog'>Blog</a> <a href='/about'>About</a></nav>"


def _page(title: str, body: str, head_title: str = "") -> bytes:
    head = f"<head><title>{head_title}</title></head>" if head_title else ""
    return f"<html>{head}<body>{_NAV}<main><h1>{title}</h1>{body}</main></body></html>".encode()


@pytest.mark.parametrize(("title", "body", "head_title"), [
    ("Page not found", "<p>Sorry!</p>", ""),
    ("404", "<p>Sorry, we couldn't find that page.</p><p><a href='/'>Go home</a></p>", ""),
    ("Not Found", "<p>The requested URL was not found on this server.</p>", "404 Not Found"),
    ("Oops! That page can't be found.", "<p>It looks like nothing was found at this location.</p>", ""),
    ("Error 404", "<p>The page you are looking for has moved or no longer exists.</p>", ""),
    ("Access denied", "<p>You don't have permission to access this resource on this server.</p>", "403 Forbidden"),
    ("Just a moment...", "<p>Checking if the site connection is secure. This may take a few seconds.</p>", ""),
    ("Service Unavailable", "<p>The server is temporarily unable to service your request.</p>", "503"),
    ("This page isn't available", "<p>The link may be broken, or the page may have been removed.</p>",
     "Page not found | Garden Notes"),
])
def test_an_error_page_is_refused_with_its_own_message(title: str, body: str, head_title: str) -> None:
    with pytest.raises(ExtractionError) as raised:
        clean(Source("dead-link.html", _page(title, body, head_title), Format.HTML), CleanSettings())
    said = str(raised.value)
    assert "dead-link.html" in said and "error page" in said and "address" in said, said


@pytest.mark.parametrize(("title", "body"), [
    ("Lost and found", "<p>A wallet was handed in at the library on Monday.</p><p>Call 555 0100 to claim it.</p>"),
    ("Closed", "<p>Back Monday.</p>"),
    ("Not Found: the hikers who walked out after nine days",
     "<p>The two hikers were missing for nine days in the Cascades before they walked into a ranger station on "
     "Sunday morning, thin and sunburnt but able to tell rescuers how they had survived on berries and stream "
     "water.</p><p>Searchers had covered more than 40 square miles of forest, and the family had begun to fear the "
     "worst, when a ranger saw them at the trailhead and called it in.</p>"),
])
def test_an_article_about_finding_or_closing_is_read(title: str, body: str) -> None:
    document = clean(Source("story.html", _page(title, body), Format.HTML), CleanSettings())
    assert document.blocks


def test_the_writers_own_note_titled_not_found_is_read() -> None:
    # The check is for pages: a user's own Markdown or text is read whole whatever its title says.
    document = clean(Source("keys.md", b"# Not found\n\nThe spare keys are still missing.\n", Format.MARKDOWN),
                     CleanSettings())
    assert [b.text for b in document.blocks] == ["The spare keys are still missing."]

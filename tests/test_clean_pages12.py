"""What the first wave of pages (tests/test_clean_pages11.py, issue #10) left: a paywall's offer. Our own pages."""

from __future__ import annotations

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source

_QUAY = ("The quay at Porthleven was rebuilt in granite after the storm of 1824, and the harbour master's house above "
         "it still has the brass tide gauge in its porch.")
_NETS = "The net lofts along the east side became studios in the 1970s, and two of them are still let to painters."
_CHAPEL = "The chapel on the green was a sail loft first, and the beam that held the block and tackle is over the door."


def _page(body: str, title: str = "The quay", head: str = "") -> str:
    return (f"<html><head><title>{title}</title><meta property='og:title' content='{title}'>{head}</head><body>{body}"
            "</body></html>")


def _document(page: str) -> Document:
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())


def _read(page: str) -> list[str]:
    return [b.text for b in _document(page).blocks]


# --- a paywall's offer ----------------------------------------------------------------------------------------------

_OFFER = ("<div class='offer'><div class='offer-title'>Read on with a free week</div><div class='offer-text'>Join "
          "Harbour Notes to read the rest of this post and every post in the archive.</div><div><a class='primary' "
          "href='{href}'>Start now</a></div></div>")


def test_a_boxed_offer_headed_by_a_title_line_and_ending_on_a_sign_up_link_is_not_read() -> None:
    """A newsletter's paywall: its title a styled line, not a heading; its pitch says nothing to "you"; its button
    goes to the subscription page. Its pitch was read as the story's last paragraph."""
    page = _page(f"<main><article><h1>The quay</h1><p>{_QUAY}</p><p>{_NETS}</p><p>{_CHAPEL}</p>"
                 f"{_OFFER.format(href='/subscribe?next=quay')}</article></main>")
    assert _read(page) == [_QUAY, _NETS, _CHAPEL]


def test_a_titled_box_whose_link_goes_to_another_story_is_read() -> None:
    box = (f"<div class='note'><div class='note-title'>The lofts</div><div class='note-text'>{_CHAPEL}</div><div>"
           "<a href='/lofts-join-the-tour'>The tour</a></div></div>")
    page = _page(f"<main><article><h1>The quay</h1><p>{_QUAY}</p><p>{_NETS}</p>{box}</article></main>")
    assert _CHAPEL in _read(page)


def test_a_header_whose_headline_is_classed_a_title_is_no_offer() -> None:
    """A post's header (its <h1 class="post-title">, standfirst, and a share button) is the story's, not a box."""
    header = ("<div class='post-header'><h1 class='post-title'>The quay</h1><h3 class='subtitle'>A granite quay and "
              "the storm that made it.</h3><a class='post-button' href='/subscribe'>Share</a></div>")
    page = _page(f"<main><article>{header}<p>{_QUAY}</p><p>{_NETS}</p><p>{_CHAPEL}</p></article></main>")
    document = _document(page)
    assert (document.meta.standfirst, [b.text for b in document.blocks]) == (
        "A granite quay and the storm that made it.", [_QUAY, _NETS, _CHAPEL])

"""What the first wave of pages (tests/test_clean_pages11.py, issue #10) left: a paywall's offer, a preprint's subject
trail, a hidden box beside the story, a guidance page's history of updates, a Nuxt 2 state's date. Our own pages."""

from __future__ import annotations

import pytest

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


# --- a trail of the site's sections set as a heading ----------------------------------------------------------------

@pytest.mark.parametrize("trail", ["Travel &gt; Cornwall", "Places › Cornwall › Harbours", "Home » Local history"])
def test_a_heading_that_is_a_trail_of_sections_is_not_read(trail: str) -> None:
    """A preprint server sets its subject trail ("Computer Science > Sound") in an <h1> over the paper's title."""
    page = _page(f"<main><div class='sub'><h1>{trail}</h1></div><h1 class='title'>The quay</h1><p>{_QUAY}</p>"
                 f"<p>{_NETS}</p><p>{_CHAPEL}</p></main>")
    assert _read(page) == [_QUAY, _NETS, _CHAPEL]


@pytest.mark.parametrize("heading", ["When x &gt; 3, the gauge reads high", "The lofts » a painter's view",
                                     "Quay &gt; 1824"])
def test_a_heading_with_an_arrow_sign_in_it_is_read(heading: str) -> None:
    page = _page(f"<main><h1>The quay</h1><p>{_QUAY}</p><h2>{heading}</h2><p>{_NETS}</p><p>{_CHAPEL}</p></main>")
    assert len(_read(page)) == 4


# --- a hidden part ----------------------------------------------------------------------------------------------------

def test_a_hidden_teaser_of_another_story_is_not_read() -> None:
    """A news page keeps a related story's box in its markup with the hidden attribute, to show it later."""
    box = ("<div class='insert' hidden><span>See also</span> <a href='/nets'>New nets for the harbour's crabbers</a>"
           "</div>")
    page = _page(f"<main><article><h1>The quay</h1><p>{_QUAY}</p>{box}<p>{_NETS}</p><p>{_CHAPEL}</p></article></main>")
    assert _read(page) == [_QUAY, _NETS, _CHAPEL]


def test_a_hidden_answer_is_read() -> None:
    """An accordion hides its answers (hidden) until a reader opens them: a listener hears them all."""
    faq = (f"<h2>Can I visit the lofts?</h2><div class='answer' hidden><p>{_NETS} Ask at the <a href='/office'>harbour"
           f" office</a>.</p></div>")
    page = _page(f"<main><article><h1>The quay</h1><p>{_QUAY}</p>{faq}<p>{_CHAPEL}</p></article></main>")
    assert f"{_NETS} Ask at the harbour office." in _read(page)


# --- a page's history of updates -----------------------------------------------------------------------------------

def _history(notes: tuple[str, ...], stamp: str = "Published 2 June 2022<br>Last updated 9 May 2024") -> str:
    items = "".join(f"<li><time datetime='2024-05-0{n + 1}'>{n + 1} May 2024</time><p>{note}</p></li>"
                    for n, note in enumerate(notes))
    return f"<div class='dates'><p>{stamp} <a href='#h'>show all updates</a></p><ol id='h'>{items}</ol></div>"


def test_a_pages_history_of_updates_is_not_read() -> None:
    """Public bodies' guidance ends on when it was published and updated and a list of each change."""
    page = _page(f"<main><h1>The quay</h1><p>{_QUAY}</p><p>{_NETS}</p><p>{_CHAPEL}</p>"
                 f"{_history(('Added the tide gauge readings.', 'First published.'))}</main>")
    assert _read(page) == [_QUAY, _NETS, _CHAPEL]


def test_a_list_of_dated_events_without_a_stamp_over_it_is_read() -> None:
    items = "".join(f"<li><time datetime='{year}-06-01'>1 June {year}</time> {text}</li>"
                    for year, text in ((1824, "The storm breaks the old quay."), (1826, "The granite quay opens.")))
    page = _page(f"<main><h1>The quay</h1><p>{_QUAY}</p><ol>{items}</ol><p>{_NETS}</p></main>")
    assert "1 June 1826 The granite quay opens." in _read(page)


# --- a story's date only in its script's state -----------------------------------------------------------------------

@pytest.mark.parametrize(("key", "value", "published"), [("publishedAt", "2024-10-08", "2024-10-08"),
                                                         ("date", "March 2024", "2024-03")])
def test_the_date_beside_a_story_in_nuxt_2s_state_is_the_pages(key: str, value: str, published: str) -> None:
    """A page whose story lives only in its Nuxt 2 state dates it there too: the date was not looked for."""
    state = (f"{{layout:\"default\",data:[{{post:{{title:\"The quay\",{key}:\"{value}\",body:[{{type:a,text:"
             f"\"{_QUAY}\"}},{{type:a,text:\"{_NETS}\"}},{{type:a,text:\"{_CHAPEL}\"}}]}}}}]}}")
    shell = "<div id='__nuxt'><main><div class='skeleton'></div></main></div>"
    page = _page(f"{shell}<script>window.__NUXT__=(function(a){{return {state}}}(\"paragraph\"));</script>")
    document = _document(page)
    assert ([b.text for b in document.blocks], document.meta.published) == ([_QUAY, _NETS, _CHAPEL], published)


# --- a thread's comments --------------------------------------------------------------------------------------------

_REPLY = "Did the granite come by sea from Penryn, or overland? The parish accounts for 1825 would say which."
_ANSWER = "By sea, in the ketch Providence: the harbour dues book has her in eleven times that summer."


def _comment(user: str, text: str, tag: str = "div") -> str:
    return (f"<li class='thread-item'><{tag} class='comment'><header class='comment-head'><a href='/user/{user}'>"
            f"{user}</a> <time datetime='2024-10-20T09:02:33Z'>Oct 20, 2024</time></header><div class='comment-body'>"
            f"<p>{text}</p></div><menu class='comment-actions'><li><a href='#c'>Link</a></li><li><button>Reply</button>"
            f"</li></menu></{tag}></li>")


def _thread(tag: str = "div", post: str = _QUAY) -> str:
    comments = _comment("tamsin", _REPLY, tag) + _comment("jory", _ANSWER, tag)
    return _page(f"<main><article class='topic'><h1>The quay</h1><div class='topic-text'><p>{post}</p></div></article>"
                 f"<section class='comments' id='comments'><h2>2 comments</h2><ol class='comment-tree'>{comments}</ol>"
                 "</section></main>")


@pytest.mark.parametrize("tag", ["div", "article"])
def test_a_threads_comments_are_read_after_its_post_without_their_furniture(tag: str) -> None:
    """A link site's thread is a short post and its readers' comments, each with its poster's link and time: the
    extractor dropped all that is named a comment, and the discussion was lost."""
    assert _read(_thread(tag)) == [_QUAY, _REPLY, _ANSWER]


def test_a_long_storys_comments_are_not_read() -> None:
    """On a story's page (its own prose long) readers' comments are not the article."""
    story = " ".join([_QUAY, _NETS, _CHAPEL] * 6)
    assert _REPLY not in " ".join(_read(_thread(post=story)))


# --- a byline that gives its day before its name -------------------------------------------------------------------

@pytest.mark.parametrize("byline", ["Posted Oct 20, 2024 by tamsin_k", "Published on 20 October 2024 by Tamsin Kerr"])
def test_a_byline_giving_its_day_before_the_name_names_the_poster(byline: str) -> None:
    """A forum's topic line "Posted Oct 20, 2024 by larchwood": the day's comma parted it into two names."""
    page = _page(f"<main><h1>The quay</h1><div class='topic-byline'>{byline}</div><p>{_QUAY}</p><p>{_NETS}</p></main>")
    assert _document(page).meta.authors == (byline.split(" by ")[1],)

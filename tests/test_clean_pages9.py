"""HTML of platforms and page features nobody had tried (tests/fixtures/pages9): CMSs (Joomla, TYPO3, a corporate
newsroom, Shopify, HubSpot, Google Sites), code hosts and docs (a README, an issue, Sphinx), script-built sites
(Gatsby, Nuxt, Astro), newsletters (beehiiv, Buttondown, Patreon), a news site, papers (PubMed Central, arXiv's
LaTeXML), a fan wiki, link aggregators (old Reddit, Lemmy), a film review and a syndicated story, and the features of
their pages (sidenotes, footnote popovers, <details>, tabs, an FAQ accordion, a "Listen" player, a "Key points" box,
"Related:" links, correction and update notes, reading times, a sticky table of contents, language links, <noscript>,
lazy images, <template>, declarative shadow DOM, iframes). Each page's title, author, date and lines were written down
before the cleaner first ran on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source
from tests.pages6 import check_reading, page_names, read_page

FIXTURES = Path(__file__).parent / "fixtures" / "pages9"
PAGES = page_names(FIXTURES)


def _document(page: str) -> Document:
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())


def _read(page: str) -> list[str]:
    return [b.text for b in _document(page).blocks]


_FERRY = ("The ferry ran from the quay below the viaduct to the far bank for a penny, and later for fifty pence, "
          "until the council stopped paying for its insurance.")
_SWIM = "He never learned to swim, and said the river had never given him a reason to."
_BOAT = "His boat is in the museum now, with the oars he made himself from a single length of ash."


def _page(body: str, title: str = "The ferry") -> str:
    return (f"<html><head><title>{title}</title><meta property='og:title' content='{title}'></head><body>{body}"
            "</body></html>")


# --- a post inside the form that would edit it ---------------------------------------------------------------------

def test_a_post_inside_a_form_of_hidden_fields_is_read() -> None:
    """A forum (old Reddit) wraps each post's text in the form that would edit it, of hidden fields alone: the form
    was taken for a sign-up box and the post left out, the sidebar's one line read instead."""
    post = (f"<form action='#' class='usertext'><input type='hidden' name='thing_id' value='t3_1'><div class='md'>"
            f"<p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p></div></form>")
    page = _page(f"<div class='side'><p>A place for people who love old boats.</p></div><div class='content'>"
                 f"<p class='title'><a href='/p'>The ferry</a></p>{post}</div>")
    assert [line for line in _read(page) if line in (_FERRY, _SWIM, _BOAT)] == [_FERRY, _SWIM, _BOAT]


def test_a_small_form_that_asks_for_an_address_is_not_read() -> None:
    form = ("<form action='/subscribe'><p>Get the next story in your inbox every Sunday morning.</p>"
            "<input type='email' name='email'><input type='submit' value='Subscribe'></form>")
    page = _page(f"<main><h1>The ferry</h1><p>{_FERRY}</p><p>{_SWIM}</p>{form}<p>{_BOAT}</p></main>")
    assert _read(page) == [_FERRY, _SWIM, _BOAT]


# --- a section after a "Related:" line ----------------------------------------------------------------------------

def test_a_section_heading_after_a_lone_related_line_is_read() -> None:
    """A "Related: Headline" line between two sections: the next section's heading was taken for the box's next
    headline and left out."""
    page = _page(f"<main><h1>The ferry</h1><p>{_FERRY}</p><h2>The boat</h2><p>{_SWIM}</p><p><strong>Related:"
                 f"</strong> <a href='/b'>Bridges of the Tamar</a></p><h2>The museum</h2><p>{_BOAT}</p></main>")
    assert _read(page) == [_FERRY, "The boat", _SWIM, "The museum", _BOAT]


def test_the_headlines_under_a_boxs_title_are_not_read() -> None:
    box = ("<h2>More from Riverlines</h2><h3><a href='/a'>The weir at Gunnislake</a></h3><h3><a href='/b'>Tin barges"
           "</a></h3>")
    page = _page(f"<main><h1>The ferry</h1><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p>{box}</main>")
    assert _read(page) == [_FERRY, _SWIM, _BOAT]


# --- a heading beside its permalink -------------------------------------------------------------------------------

def test_a_heading_beside_an_icons_link_to_it_is_read() -> None:
    """GitHub sets each README heading in a box with an icon's link to it: the heading was left out."""
    def heading(text: str, slug: str) -> str:
        return (f"<div class='markdown-heading'><h2 class='heading-element'>{text}</h2><a id='user-content-{slug}' "
                f"class='anchor' aria-label='Permalink: {text}' href='#{slug}'><svg class='octicon' "
                "viewBox='0 0 16 16'><path d='m7.775 3.275'></path></svg></a></div>")
    page = _page(f"<article class='markdown-body'><p>{_FERRY}</p>{heading('Why', 'why')}<p>{_SWIM}</p>"
                 f"{heading('Licence', 'licence')}<p>{_BOAT}</p></article>")
    assert _read(page) == [_FERRY, "Why", _SWIM, "Licence", _BOAT]


# --- the site's name before the headline -----------------------------------------------------------------------------

@pytest.mark.parametrize("separator", [" - ", " | "])
def test_a_title_that_names_the_site_first_is_its_headline(separator: str) -> None:
    """A site builder (Google Sites) titles a page "Site - Page" (its og:title too), the page's <h1> its last part:
    the site's name was taken for the title."""
    page = _page(f"<main><h1>The ferry</h1><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p></main>",
                 title=f"Tamar Valley History Group{separator}The ferry")
    assert _document(page).meta.title == "The ferry"


def test_a_title_that_names_the_forum_before_a_colon_is_its_headline() -> None:
    """Reddit's og:title is "r/sub on Reddit: Post title", the post's title its <h1>: the forum's name was kept."""
    page = _page(f"<main><h1>The ferry</h1><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p></main>",
                 title="r/oldboats on Reddit: The ferry")
    assert _document(page).meta.title == "The ferry"


# --- a note set inside its sentence ----------------------------------------------------------------------------------

def test_a_sidenote_inside_its_sentence_is_read_after_its_paragraph() -> None:
    """Tufte CSS keeps a sidenote's text inside the paragraph, after a checkbox's label: read in place, it ran into
    the sentence ("...fifty pence.It was the last..."), and a margin note's toggle read as "⊕"."""
    page = _page(f"<article><h1>The ferry</h1><p>{_FERRY}<label for='sn-1' class='margin-toggle sidenote-number'>"
                 "</label><input type='checkbox' id='sn-1' class='margin-toggle'><span class='sidenote'>It was the "
                 f"last rowed ferry on the river.</span> {_SWIM}</p><p>{_BOAT}<label for='mn-1' class='margin-toggle'>"
                 "&#8853;</label><input type='checkbox' id='mn-1' class='margin-toggle'><span class='marginnote'>"
                 "The museum opens on weekends only.</span></p></article>")
    assert _read(page) == [f"{_FERRY} {_SWIM}", "It was the last rowed ferry on the river.", _BOAT,
                           "The museum opens on weekends only."]


def test_a_converters_footnote_inside_its_sentence_is_read_after_its_paragraph() -> None:
    """LaTeXML (arXiv's HTML) keeps a footnote's text where its mark is: "...the listener111Two experts..."."""
    note = ("<span class='ltx_note ltx_role_footnote' id='footnote1'><sup class='ltx_note_mark'>1</sup><span "
            "class='ltx_note_outer'><span class='ltx_note_content'><sup class='ltx_note_mark'>1</sup><span "
            "class='ltx_tag ltx_tag_note'>1</span>It was the last rowed ferry on the river.</span></span></span>")
    page = _page(f"<article class='ltx_document'><h1 class='ltx_title'>The ferry</h1><div class='ltx_para'><p "
                 f"class='ltx_p'>{_FERRY[:-1]}{note}. {_SWIM}</p></div><p>{_BOAT}</p></article>")
    assert _read(page) == [f"{_FERRY} {_SWIM}", "It was the last rowed ferry on the river.", _BOAT]


def test_a_short_note_class_inside_a_sentence_stays_in_it() -> None:
    """A span a theme calls a note, of a word or two (a mark, an aside), is the sentence's."""
    page = _page(f"<main><h1>The ferry</h1><p>The ferry cost a penny <span class='note'>(1930)</span> and ran daily "
                 f"until the war.</p><p>{_SWIM}</p><p>{_BOAT}</p></main>")
    assert _read(page)[0] == "The ferry cost a penny (1930) and ran daily until the war."


# --- the notes under the article ------------------------------------------------------------------------------------

@pytest.mark.parametrize("back", ["<a href='#fnref1' class='footnote-back' role='doc-backlink'>↩︎</a>",
                                  "<a href='#fnref:1' class='reversefootnote'>&#8617;</a>", "<a href='#ref-1'>^</a>"])
def test_a_note_under_the_article_without_a_heading_is_not_read(back: str) -> None:
    """Pandoc and kramdown end a post on its notes after a rule, no heading over them, each note linking back to its
    mark: a post's one note was read as its last line, the back link's sign with it."""
    page = _page(f"<main><article><h1>The ferry</h1><div class='body'><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p>"
                 "</div><section class='footnotes' role='doc-endnotes'><hr><ol><li id='fn1'><p>The ferry's log for "
                 f"1921 is in the county archive.{back}</p></li></ol></section></article></main>")
    assert _read(page) == [_FERRY, _SWIM, _BOAT]


def test_a_list_whose_links_say_words_is_no_list_of_notes() -> None:
    """A link to a place in the page that says words (the writer's "see the map") is no note's back link."""
    page = _page(f"<main><article><h1>The ferry</h1><div class='body'><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p>"
                 "</div><ol><li><p>Ring the bell on the post by the slipway and wait for the boat to come across. <a "
                 "href='#map'>see the map</a></p></li></ol></article></main>")
    assert any(line.startswith("Ring the bell") for line in _read(page))


# --- a correction under the story ------------------------------------------------------------------------------

_AMENDED = "This article was amended on 16 July 2024. An earlier version said the ferry cost a shilling."


@pytest.mark.parametrize("note", [_AMENDED, "Correction: an earlier version of this story gave the wrong year.",
                                  "An earlier version of this article said the boat was made of oak."])
def test_a_correction_in_the_box_under_the_story_is_read(note: str) -> None:
    """A news site sets its correction in the box of tags and sharing under the story (the Guardian's "submeta"),
    which the extractor leaves out: the correction was lost."""
    page = _page(f"<main><article><h1>The ferry</h1><div class='body'><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p>"
                 f"</div><div class='submeta'><p class='correction'><em>{note}</em></p><span>Explore more on these "
                 "topics</span><ul><li><a href='/t'>Rivers</a></li></ul></div></article></main>")
    assert _read(page) == [_FERRY, _SWIM, _BOAT, note]


def test_a_correction_read_in_the_story_is_read_once() -> None:
    page = _page(f"<main><h1>The ferry</h1><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p><p>{_AMENDED}</p></main>")
    assert _read(page) == [_FERRY, _SWIM, _BOAT, _AMENDED]


def test_a_note_about_another_article_is_not_a_correction() -> None:
    """A line that names an article but corrects nothing ("This article first appeared in...") is left as it was."""
    page = _page(f"<main><h1>The ferry</h1><div class='body'><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p></div><div "
                 "class='submeta'><p>This article first appeared in the Tamar Times.</p></div></main>")
    assert _read(page) == [_FERRY, _SWIM, _BOAT]


# --- a documentation box's title -----------------------------------------------------------------------------------

@pytest.mark.parametrize("box", ["<div class='admonition warning'><p class='admonition-title'>{title}</p><p>{text}</p>"
                                 "</div>", "<div class='callout callout-warning'><div>{title}</div><p>{text}</p>"
                                 "</div>"])
def test_a_documentation_boxs_title_is_read_over_its_advice(box: str) -> None:
    """Sphinx, MkDocs and their themes open an admonition on its kind in a paragraph of its own ("Warning"): the word
    alone was dropped as a button, and the advice read without it."""
    page = _page(f"<main><h1>The ferry</h1><p>{_FERRY}</p>{box.format(title='Warning', text=_SWIM)}<p>{_BOAT}</p>"
                 "</main>")
    assert _read(page) == [_FERRY, "Warning", _SWIM, _BOAT]


def test_a_boxs_first_sentence_is_no_title() -> None:
    """A box that opens on a sentence of its own (a stop at its end) opens on its text, not a title."""
    box = f"<div class='callout'><p>Check the tide.</p><p>{_SWIM}</p></div>"
    page = _page(f"<main><h1>The ferry</h1><p>{_FERRY}</p>{box}<p>{_BOAT}</p></main>")
    document = _document(page)
    assert all(b.kind.value != "heading" for b in document.blocks)


# --- who wrote it: a review's data, a paper's tags ----------------------------------------------------------------

_BODY = f"<main><h1>The ferry</h1><p>{_FERRY}</p><p>{_SWIM}</p><p>{_BOAT}</p></main>"


@pytest.mark.parametrize(("kind", "wrapped"), [
    ("Review", "{}"), ("Review", "/* <![CDATA[ */\n{}\n/* ]]> */"), ("NewsArticle", "//<![CDATA[\n{}\n//]]>")])
def test_the_author_of_a_reviews_data_and_of_data_in_cdata(kind: str, wrapped: str) -> None:
    """Letterboxd describes a review page with a JSON-LD Review, set in a commented CDATA section: the data was not
    read (not JSON as it stood), nor a Review taken for the page's article; the page had no author."""
    data = json.dumps({"@context": "http://schema.org", "@type": kind, "author": {"@type": "Person", "name":
                       "Hal Whitcombe"}, "datePublished": "2024-10-02"})
    page = _page(_BODY).replace("</head>", f"<script type='application/ld+json'>{wrapped.format(data)}</script>"
                                          "</head>")
    assert (_document(page).meta.byline, _document(page).meta.published[:10]) == ("Hal Whitcombe", "2024-10-02")


@pytest.mark.parametrize(("tags", "byline"), [
    (["Anna K. Fowler", "Daniel J. Mercer"], "Anna K. Fowler and Daniel J. Mercer"),
    (["Fowler, Anna K.", "Mercer, Daniel"], "Anna K. Fowler and Daniel Mercer"),
])
def test_a_papers_authors_from_its_citation_tags(tags: list[str], byline: str) -> None:
    """A journal's page (PubMed Central) names its authors in citation_author tags, one each, some family name
    first: the page had no author."""
    metas = "".join(f"<meta name='citation_author' content='{name}'>" for name in tags)
    page = _page(_BODY).replace("</head>", f"{metas}</head>")
    assert _document(page).meta.byline == byline


def test_an_authors_name_is_not_run_into_the_affiliation_after_it() -> None:
    """A paper's author block sets the name, then the affiliation in an element of its own (LaTeXML): the author was
    read as the name and the affiliation's first word ("Tamsin Hale Department")."""
    block = ("<div class='ltx_authors'><span class='ltx_creator ltx_role_author'><span class='ltx_personname'>Tamsin "
             "Hale\n</span><span class='ltx_author_notes'><span class='ltx_contact ltx_role_affiliation'>Department of "
             "History, University of Exeter\n</span></span></span></div>")
    page = _page(f"<article class='ltx_document'><h1 class='ltx_title'>The ferry</h1>{block}<p>{_FERRY}</p><p>{_SWIM}"
                 f"</p><p>{_BOAT}</p></article>")
    assert _document(page).meta.byline == "Tamsin Hale"


# --- an issue's thread ---------------------------------------------------------------------------------------------

def _comment(handle: str, when: str, text: str) -> str:
    return (f"<div class='timeline-comment'><div class='timeline-comment-header'><h3>"
            f"<strong><a class='author' href='/{handle}'>{handle}</a></strong> commented <a href='#c'><relative-time "
            f"datetime='{when}'>{when[:10]}</relative-time></a></h3></div><table class='d-block'><tbody><tr><td "
            f"class='d-block comment-body markdown-body'>{text}</td></tr></tbody></table></div>")


def _issue(title: str = "The ferry timetable is an hour out · Issue #41 · tamar/ferry") -> str:
    return _page(f"<main><h1><bdi>The ferry timetable is an hour out</bdi> <span>#41</span></h1><div><a href='/ann'>"
                 "ann</a> opened this issue <relative-time datetime='2024-03-31T18:22:41Z'>Mar 31, 2024</relative-time>"
                 f" · 2 comments</div>{_comment('ann', '2024-03-31T18:22:41Z', f'<p>{_FERRY}</p><p>{_SWIM}</p>')}"
                 f"{_comment('bo', '2024-04-01T08:03:10Z', f'<p>{_BOAT}</p>')}</main>", title=title)


def test_an_issues_comment_headers_are_not_read() -> None:
    """A code host's issue: each comment opens on "ann commented Mar 31, 2024", the issue on "ann opened this issue
    ... · 2 comments": read as the article's headings and lines."""
    assert _read(_issue()) == [_FERRY, _SWIM, _BOAT]


def test_an_issues_title_is_its_heading_without_the_trackers_trail() -> None:
    """The <title> goes on after the issue's title with its number and the repository ("· Issue #41 · owner/repo"),
    and the <h1> ends on the number ("#41"): the title kept the trail and the heading was read as the first line."""
    document = _document(_issue())
    assert (document.meta.title, document.blocks[0].text) == ("The ferry timetable is an hour out", _FERRY)


def test_a_short_comment_under_its_header_is_read() -> None:
    """Only the header goes: a comment of a few words in the same box stays."""
    page = _issue().replace(f"<p>{_BOAT}</p>", "<p>Fixed in 0.4.2, thanks.</p>")
    assert _read(page)[-1] == "Fixed in 0.4.2, thanks."


def test_an_issues_title_before_its_number_and_the_trackers_trail() -> None:
    """GitLab titles an issue "Title (#112) · Issues · group / project · GitLab", its <h1> the title alone: the trail
    was kept, as the number stood between the title and the first separator."""
    page = _issue(title="The ferry timetable is an hour out (#41) · Issues · tamar / ferry · GitLab").replace(
        " <span>#41</span>", "")
    assert _document(page).meta.title == "The ferry timetable is an hour out"


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------
# (the pages named more_* were written after the rules above, near the forms that failed at first)

# more_gitlab_issue and old_reddit read right since h151 (comments.drop_role_badges, platforms._beside)
_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)

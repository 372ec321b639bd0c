"""A fourth sweep of the text reader: pages whose article was thrown away nearly whole, and the user's own short
articles, which must be read line by line."""

from __future__ import annotations

import pytest

from narrator.clean import clean
from narrator.clean.lines import make_line
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source


def _document(text: str) -> Document:
    """narrator's reading of a text."""
    return clean(Source("page.txt", text.encode(), Format.TEXT), CleanSettings())


def _texts(*groups: str) -> list[str]:
    """The body of a scraped page of these groups of lines, blank lines between the groups."""
    return [b.text for b in _document("\n\n".join(groups)).blocks]


_WIKI_HEAD = ("Harbour Bridge of Kelso - Wikipedia", "Harbour Bridge of Kelso", "From Wikipedia, the free encyclopedia",
              "Jump to navigation", "Jump to search")
_WIKI_MENU = ("Main page", "Contents", "Current events", "Random article", "About Wikipedia", "Contact us", "Donate")
_WIKI_FOOT = ("References", "Retrieved from the archive", "Categories: Bridges | Kelso", "Privacy policy",
              "About Wikipedia", "Disclaimers", "Mobile view")


# --- a footnote's mark after the stop: the sentence still ends there ----------------------------------------------

@pytest.mark.parametrize(("text", "terminal"), [
    ("The bridge was opened by the mayor in the spring of 1932.[4]", True),
    ("It was the longest span in the county for forty years.[a][12]", True),
    ("Tolls were charged until the debt was paid off.[citation needed]", True),
    ("See the list of crossings [3]", False),  # no stop before the mark
    ("Watch the opening [Video]", False),
])
def test_a_footnote_mark_after_the_stop_ends_the_sentence(text: str, terminal: bool) -> None:
    """An encyclopedia writes its marks after the stop; the line was taken for one that runs on."""
    assert make_line(0, text, 0).terminal is terminal


def test_a_wiki_article_of_short_footnoted_sentences_is_read() -> None:
    """A dump a sentence a line, each with its footnote mark after the stop: under sixteen words and "unfinished", no
    line was prose, and the article was lost."""
    sentences = ("The bridge was opened by the mayor in the spring of 1932.[4]",
                 "It was the longest span in the county for forty years.[5]",
                 "Tolls were charged until the debt was paid off in 1951.[6][7]",
                 "The deck was widened in 1978 to carry a second lane of traffic.[8]",
                 "A footpath on the east side was added at the same time.[9]",
                 "The bridge was listed as a protected structure in 1994.[10]",
                 "It is lit at night by lamps that were restored in 2012.[11]")
    texts = _texts(*_WIKI_HEAD, "\n".join(_WIKI_MENU), "\n".join(sentences), "\n".join(_WIKI_FOOT))
    assert all(sentence in " ".join(texts) for sentence in sentences)


# --- a dump of one text node a line: a link after a comma goes on the sentence ------------------------------------

def test_a_sentence_broken_at_its_links_and_commas_is_joined_whole() -> None:
    """"includes the" / "Supreme Court" / "," / "Court of Appeal": the comma went on the line above, and the next link
    was judged against the comma alone, too short to go on from; the sentence stayed in pieces, lost as a menu."""
    nodes = ("The island's courts are headed by the chief justice", ",", "[3]", "and include the", "Supreme Court",
             ",", "Court of Appeal", ", the", "High Court", ", and", "District Courts", ".", "[4]")
    lead = ("The island is governed by an elected council of twelve members who sit for four years at a time and "
            "choose a leader from among themselves at their first meeting.")
    rest = ("Judges are appointed by the governor on the advice of the council and hold office until they reach the "
            "age of seventy, which keeps them apart from the politics of the day.")
    page = "\n".join((*_WIKI_HEAD, *_WIKI_MENU, lead, *nodes, rest, *_WIKI_FOOT))
    texts = _texts(page)
    assert ("The island's courts are headed by the chief justice,[3] and include the Supreme Court, Court of Appeal, "
            "the High Court, and District Courts.[4]") in texts


# --- a short post: one long paragraph under its title, no blank line between them --------------------------------

_BLOG_MENU = ("Skip to content", "Home\nAbout\nArchive\nContact")
_BLOG_FOOT = ("Share this:", "Facebook\nTwitter\nEmail", "Like this:", "Leave a Reply", "Categories",
              "Films\nBooks\nWalks", "Blog at WordPress.com.")


def test_a_long_paragraph_glued_under_its_heading_is_no_teaser_card() -> None:
    """A heading glued to a paragraph is a card's shape on a page that sets its paragraphs apart; a card sums another
    story up in a sentence or two, and a post of one long paragraph under its title was dropped as one."""
    paragraph = ("A slow film with almost no dialogue follows two stories at once: a fisherman who mends the same net "
                 "every morning on a shingle beach, and a boy who walks the length of the coast road to a town he has "
                 "only seen on a map. The camera stays with each of them for minutes at a time, and the sea is always "
                 "somewhere in the frame, grey in the morning and green by the evening, so that by the end the two "
                 "walks seem to be one walk seen from both ends.")
    comments = ("2 comments", "Jo Brand on 4 March 2024 at 9:12 am said:",
                "I saw this at the film club last winter and have not stopped thinking about the beach since.",
                "Reply", "Sam Idle on 5 March 2024 at 6:40 pm said:",
                "Thank you for writing about it, I had never heard of the film and now I want to find a copy.",
                "Reply")
    texts = _texts("Shingle · A Film Diary (1987) | Evening Notes", *_BLOG_MENU, "By Ann Marsh", "3 March 2024",
                   "Shingle · A Film Diary (1987)\n" + paragraph, *_BLOG_FOOT[:3], *comments)
    assert paragraph in texts
    assert not any(line in texts for line in comments)


def test_a_card_with_a_short_summary_is_still_left_out() -> None:
    """The cards under a story, a headline glued to its sentence or two, stay out."""
    story = ("The harbour wall was finished on Friday after two years of work, and the first boats tied up against "
             "it the same evening while the builders packed their tools away on the quay.",
             "The council says the wall will protect the old town from the winter storms that flooded the market "
             "square three times in the last ten years, most recently in January.",
             "Fishermen who had moored in the next bay since the work began said they were glad to be home.",
             "The wall will be opened formally in May, when the mayor is due to lay a stone at its far end.",
             "A new lamp at the end of the wall will be lit for the first time on the same day.")
    card = "Ferry fares to rise in spring\nThe island ferry will cost a pound more from April, the operator said."
    texts = _texts("Harbour wall finished | Coast News", *_BLOG_MENU, "Harbour wall finished", *story,
                   "More from Coast News", card, *_BLOG_FOOT)
    assert all(paragraph in texts for paragraph in story)
    assert not any("ferry will cost" in text for text in texts)

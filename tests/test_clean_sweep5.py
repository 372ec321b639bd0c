"""A fifth sweep of the text reader: pages nobody tuned for (a wiki dumped one text node a line, ...), and pages
of our own in forms the sweeps had not held, whose article must be found whole and their clutter left out."""

from __future__ import annotations

import contextlib
import time

import pytest

from narrator.clean import clean
from narrator.clean.unwrap import unwrapped
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Document, Format, Source


def _document(text: str) -> Document:
    """narrator's reading of a text."""
    return clean(Source("page.txt", text.encode(), Format.TEXT), CleanSettings())


def _texts(*groups: str) -> list[str]:
    """The body of a scraped page of these groups of lines, blank lines between the groups."""
    return [b.text for b in _document("\n\n".join(groups)).blocks]


# --- a dump of one text node a line: an aside in brackets, and a list of linked places, inside a sentence ---------

_NODE_HEAD = ("Kelso Sound - Wikipedia", "Kelso Sound", "From Wikipedia, the free encyclopedia", "Jump to navigation",
              "Jump to search")
_NODE_FOOT = ("References", "Categories", ":", "Sounds of Kelso", "Privacy policy", "About Wikipedia", "Disclaimers")


def test_an_aside_in_brackets_with_links_in_it_stays_in_its_sentence() -> None:
    """"islands are" / "Holm Island" / "(across the" / "North Channel" / ")," / "Gull Rock": the line opening on a
    bracket and the link inside the bracket were never joined, and the sentence stayed in menu-sized pieces."""
    nodes = ["The largest islands in the sound are", "Holm Island", "(across the", "North Channel", "),",
             "Gull Rock", ",", "Long Skerry", "(in the", "Outer Reach", ")[4] and", "Seal Island", "."]
    group = ["The sound was formed by a glacier, and its floor lies eighty metres below the sea in places.",
             "[3]", *nodes]
    joined = unwrapped([group])[0]
    assert ("The largest islands in the sound are Holm Island (across the North Channel), Gull Rock, Long Skerry (in "
            "the Outer Reach)[4] and Seal Island.") in joined


def test_a_span_ending_on_a_comma_goes_on_as_the_sentence_so_far() -> None:
    """"Gull Rock," alone is as short as a menu's "Sign in"; after the sentence it goes on, the next place joins it."""
    group = ["It was settled by farmers from", "Dunmore", ",", "Ashby", "(now part of", "Kelso", "),", "Gull Rock,",
             "Long Skerry", "and", "Holm", "."]
    assert unwrapped([group])[0] == [
        "It was settled by farmers from Dunmore, Ashby (now part of Kelso), Gull Rock, Long Skerry and Holm."]


def test_a_menu_of_short_links_stays_apart_in_a_node_dump() -> None:
    """The rules above leave a menu's items alone: none opens a bracket, none follows a sentence left open."""
    group = ["Sign in", "Log in", "Main page", "Contents", "(Current events)", "Random article",
             "The sound lies to the north of the town, and its shore is walked by many.", ", says the guide", "."]
    joined = unwrapped([group])[0]
    assert joined[:6] == ["Sign in", "Log in", "Main page", "Contents", "(Current events)", "Random article"]


def test_a_wiki_node_dump_of_short_linked_sentences_is_read_whole() -> None:
    """A wiki article whose sentences are broken at their links and brackets: found and read whole."""
    sentences = [
        ("Kelso Sound is a sea inlet on the north coast, some twenty kilometres long and two wide at its mouth.",
         ["Kelso Sound is a sea inlet on the", "north coast", ", some twenty kilometres long and two wide at its",
          "mouth", ".", "[1]"]),
        ("Its largest islands are Holm Island (across the North Channel), Gull Rock, Long Skerry (in the Outer Reach) "
         "and Seal Island.",
         ["Its largest islands are", "Holm Island", "(across the", "North Channel", "),", "Gull Rock,", "Long Skerry",
          "(in the", "Outer Reach", ") and", "Seal Island", "."]),
        ("The sound was used by fishing boats from Dunmore (a village on the west shore) until the harbour silted up "
         "in 1890.",
         ["The sound was used by fishing boats from", "Dunmore", "(a village on the", "west shore", ") until the",
          "harbour", "silted up in 1890.", "[2]"]),
        ("Seals breed on the outer islands (mainly on Gull Rock and Seal Island), and the waters are a protected area.",
         ["Seals breed on the outer islands", "(mainly on", "Gull Rock", "and", "Seal Island", "), and the waters are"
          " a", "protected area", ".", "[3]"]),
    ]
    page = "\n".join((*_NODE_HEAD, *(node for _, nodes in sentences for node in nodes), *_NODE_FOOT))
    body = " ".join(_texts(page))
    for sentence, _ in sentences:
        assert sentence in body.replace("[1]", "").replace("[2]", "").replace("[3]", ""), sentence


@pytest.mark.parametrize("node", ["(across the", "Gull Rock,", "),", "(a", "and", ")[4] and"])
def test_a_hostile_run_of_bracket_and_list_nodes_stays_fast(node: str) -> None:
    """100 kB of one node repeated, each joined to the sentence above: the work stays linear."""
    group = ["Its largest islands are"] + [node] * (100_000 // len(node))
    started = time.process_time()
    unwrapped([group])
    with contextlib.suppress(NarratorError):  # a page of nothing but one node may hold no article: only time counts
        _document("\n".join((*_NODE_HEAD, *group, *_NODE_FOOT)))
    assert time.process_time() - started < 5


# --- a paragraph between two photos whose captions carry their credits ---------------------------------------------

def test_a_paragraph_above_a_captioned_photo_is_no_caption() -> None:
    """"The school lab - Image: Kelso Trust" under a paragraph, no blank line between: that line is the next photo's
    caption whole, with its own credit, yet the paragraph above was taken for a caption the credit closed."""
    paragraphs = (
        "The trust was founded by a group of teachers in 2012, when they built a small computer for a few pounds and "
        "gave the first thousand to schools along the coast.",
        "The trust is a charity that helps children learn by making things that work, and it trains teachers to run "
        "clubs of their own with free lessons and kits that cost little to buy.",
        "This spring it opened a workshop in the old harbour office, with room for thirty pupils at a time and a "
        "library of parts anyone can borrow.",
    )
    page = "\n".join(("A computer for every school | Coast Tech", "Home", "News", "Reviews", "Contact",
                      "A computer for every school", "Monday, March 3, 2025", paragraphs[0],
                      "The first kit - Image: Kelso Trust", paragraphs[1], "The school lab - Image: Kelso Trust",
                      paragraphs[2], "Share", "Back", "Most read", "Ferry fares to rise", "© 2025 Coast Tech"))
    texts = _texts(page)
    for paragraph in paragraphs:
        assert paragraph in texts, paragraph
    assert not any("Image: Kelso Trust" in text for text in texts)


def test_a_caption_closed_by_its_bare_credit_is_still_left_out() -> None:
    """The rule above spares a paragraph only when the credit under it has a caption of its own."""
    story = ("Work to rebuild the harbour wall at Kelso began on Monday, two years after a winter storm broke it in "
             "three places and flooded the market square. The council has set aside four million pounds for the job.",
             "Fishermen who have moored in the next bay since the storm said they were relieved, and the market "
             "will move to the car park behind the church while the work goes on.")
    caption = "Workers lift the first stone of the new wall into place on Monday morning at the harbour."
    page = "\n".join(("Harbour wall rebuilding begins | Coast News", "Home", "News", "Sport",
                      "Harbour wall rebuilding begins", story[0], caption, "(Photo: Jane Smith/Coast News)", story[1],
                      "Share", "© 2025 Coast News"))
    texts = _texts(page)
    assert story[0] in texts and story[1] in texts
    assert caption not in texts


# --- a tutorial: its code listings between short paragraphs do not end the article --------------------------------

_TUTORIAL = (
    "Rounding numbers in R | Data Notes", "Data Notes", "Tutorials\nR\nPython\nAbout",
    "Rounding numbers in R (3 Examples)",
    "In this tutorial, I will show you how to round the numbers of a data frame in R, to a number of digits or to a "
    "multiple of your choice.",
    "We will use the following small data frame of prices as our example data throughout the examples below:",
    'prices <- data.frame(item = c("tea", "cake", "soup"), # Example data price = c(2.456, 3.199, 4.5))',
    "Example 1: Round to Two Digits",
    "The round function rounds each value to the number of digits we ask for, here two of them after the point.",
    "round(prices$price, digits = 2) # Two digits",
    "Figure 1: The rounded prices.",
    "…or to no digits at all:",
    "round(prices$price) # No digits",
    "Example 2: Round Up",
    "If we want every price rounded up rather than to the nearest value, the ceiling function does that for us.",
    "ceiling(prices$price) # Round up",
    "Figure 2: The prices rounded up.",
    "…and floor rounds them down:",
    "floor(prices$price) # Round down",
    "Figure 3: The prices rounded down.",
    "Example 3: Round to a Multiple",
    "To round to a multiple, such as to the nearest half, we divide by the multiple, round, and multiply again.",
    "round(prices$price / 0.5) * 0.5 # Nearest half",
    "Figure 4: The prices rounded to halves.",
    "In this tutorial you have learned how to round numbers in R in three different ways. Let me know in the "
    "comments if you have any questions.",
    "Subscribe to my newsletter", "Get the latest tutorials by email.", "Related tutorials",
    "Round in Python\nFormat numbers in R\nThe R language", "© 2025 Data Notes",
)


def test_a_tutorials_code_listings_do_not_end_its_article() -> None:
    """Each example is a short paragraph, a listing with its comments ("round(x) # Two digits") and a figure's caption:
    the listings, not taken for code, were gaps, and the article ended at its first example."""
    texts = _texts(*_TUTORIAL)
    for paragraph in (_TUTORIAL[4], _TUTORIAL[8], _TUTORIAL[14], _TUTORIAL[21], _TUTORIAL[24]):
        assert paragraph in texts, paragraph
    assert not any("# Two digits" in text or "Subscribe" in text or "Format numbers" in text for text in texts)


@pytest.mark.parametrize(("text", "listing"), [
    ("round(prices$price, digits = 2) # Two digits", True),
    ('prices <- data.frame(item = c("tea", "cake"), # Example data', True),
    ("total = sum(values)  // the running total", True),
    ("We ranked #1 in the league (again) this year, and #2 the year before.", False),
    ("Use the tag #harbour (one word) when you post your photos.", False),
    ("The score was 3-1 (after extra time) # and the crowd went home happy.", False),  # no call before the hash
])
def test_a_call_with_a_line_comment_is_a_listing(text: str, listing: bool) -> None:
    """A call with a comment after it is code; a hash in a sentence is not."""
    from narrator.clean.inserts import is_listing
    assert is_listing(text) is listing


@pytest.mark.parametrize("line", ["f(" * 50_000, "f(x) " * 20_000 + "#", ("a(" + "," * 10) * 8_000 + " # x"])
def test_a_hostile_line_of_calls_is_judged_fast(line: str) -> None:
    """100 kB of calls and commas with or without a comment: the listing check stays linear."""
    from narrator.clean.inserts import is_listing
    started = time.process_time()
    is_listing(line)
    assert time.process_time() - started < 1


# --- an embedded video's consent notice inside the article --------------------------------------------------------

def test_an_embedded_videos_consent_notice_is_left_out_and_the_article_goes_on() -> None:
    """"Please accept Vimeo cookies to play this video" stands where the article's video is: read, it was a page's
    notice spoken as the article; dropped as a notice, its four lines were a gap that ended the article above it."""
    lead = ("The lifeboat crew at Kelso were called out eleven times last month, more than in any month since the "
            "station opened, and the volunteers say the summer has only just begun.")
    middle = "You can watch the crew's night rescue of two kayakers in the video below, filmed from the boat itself."
    notice = ("Please accept Vimeo cookies to play this video. By accepting you will be accessing content from Vimeo, "
              "a service provided by an external third party.")
    choice = "If you accept this notice, your choice will be saved and the page will refresh."
    end = ("The station is looking for six more volunteers, and no sailing experience is needed: the crew train "
           "every Tuesday evening and will teach you everything you need to know.")
    page = ("Busiest month for the lifeboat | Coast News", "Home\nNews\nSport", "Busiest month for the lifeboat",
            "By Ann Marsh", lead, middle, notice, "Vimeo privacy policy", choice, "Accept Vimeo Content",
            "Read more about the station", "Open days\nHistory", end, "Share\nFacebook\nEmail",
            "© 2025 Coast News. All rights reserved.")
    texts = _texts(*page)
    assert lead in texts and middle in texts and end in texts
    assert not any("cookies" in text or "choice will be saved" in text for text in texts)


# --- a link to another story under its label, a line each ---------------------------------------------------------

def test_a_link_under_its_also_on_label_is_left_out() -> None:
    """"Also on coastnews.com" / "Ferry strike to go ahead as talks collapse": on one line the label marks a teaser;
    dumped a line each, the headline under the label was read inside the article."""
    story = ("Three boats were damaged when a storm broke over the harbour on Tuesday night, the coastguard said.",
             "The harbour master said the moorings had held, but two yachts were thrown against the wall and a "
             "fishing boat lost its mast.",
             "Repairs to the wall are expected to take a week, and the harbour will stay closed to visitors until "
             "then.")
    teaser = "Ferry strike to go ahead after talks between the union and the operator collapse"
    page = "\n".join(("Storm damages boats in harbour | Coast News", "Home", "News", "Sport",
                      "Storm damages boats in harbour", "By Ann Marsh", story[0], story[1], "Also on coastnews.com",
                      teaser, story[2], "Share", "Most read", "Council tax to rise", "© 2025 Coast News"))
    texts = _texts(page)
    assert all(paragraph in texts for paragraph in story)
    assert teaser not in texts and "Also on coastnews.com" not in texts


def test_the_rest_of_an_article_under_a_read_more_button_is_read() -> None:
    """"Read more" opening the rest of a long article is no box of links: what follows it is the article."""
    story = ("Three boats were damaged when a storm broke over the harbour on Tuesday night, the coastguard said.",
             "The harbour master said the moorings had held, but two yachts were thrown against the wall and a "
             "fishing boat lost its mast.")
    rest = ("Repairs to the wall are expected to take a week and will cost the council about forty thousand pounds",
            "The harbour will stay closed to visitors until then, though fishing boats may still use it at high "
            "tide.")
    page = "\n".join(("Storm damages boats in harbour | Coast News", "Home", "News", "Sport",
                      "Storm damages boats in harbour", "By Ann Marsh", *story, "Read more", *rest, "Share",
                      "© 2025 Coast News"))
    texts = _texts(page)
    assert all(paragraph in texts for paragraph in (*story, *rest))


def test_a_caption_credited_by_a_lone_copyright_sign_is_left_out() -> None:
    """A node dump gives the credit's sign its own line ("©" / "Reuters / Jane Smith"): the caption above it, a
    sentence without its credit, was read as the article's first paragraph."""
    caption = "A fishing boat lies against the harbour wall at Kelso after the storm, March 4, 2025."
    story = ("Three boats were damaged when a storm broke over the harbour on Tuesday night, the coastguard said.",
             "The harbour master said the moorings had held, but two yachts were thrown against the wall and a "
             "fishing boat lost its mast.",
             "Repairs to the wall are expected to take a week, and the harbour will stay closed until then.")
    page = "\n".join(("Storm damages boats in harbour | Coast News", "Home", "News", "Sport",
                      "Storm damages boats in harbour", "4 Mar, 2025 08:15", caption, "©", "Reuters / Jane Smith",
                      *story, "Share", "© 2025 Coast News"))
    texts = _texts(page)
    assert all(paragraph in texts for paragraph in story)
    assert caption not in texts

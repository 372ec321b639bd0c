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


# --- pages of our own in forms the sweeps had not held: the article found whole, the clutter left out -------------

_SITE_MENU = "Home\nNews\nWhat's on\nFood\nContact\nSign in"
_SITE_FOOT = ("Most read", "Ferry fares to rise in spring\nSchool choir wins national prize\nCouncil tax to rise",
              "Sign up for our morning newsletter", "© 2025 Kelso Herald. All rights reserved.",
              "Privacy policy\nTerms of use\nCookie settings")

_FORUM_POST = (
    "I have a 2011 hatchback with about ninety thousand miles on it, and for the last week the engine has hesitated "
    "when I pull away from a junction, as if it cannot decide whether to go.",
    "It is worse when the engine is cold, and once it has been running for twenty minutes it mostly goes away. The "
    "garage read the codes and found nothing stored, so I am not sure where to start.",
    "Has anyone had this before? I would rather not replace parts at random.",
)
_LIVE_ENTRIES = (
    "The ferry operator says the first crossing of the morning will leave an hour late because of the high winds "
    "in the channel, and passengers should check the times before they travel.",
    "Police have closed the coast road between Selby and the harbour after a tree came down across both lanes; a "
    "diversion through the village is in place.",
    "Good morning and welcome to our live coverage of the storm as it moves along the coast. We will bring you the "
    "latest on travel, closures and the clean-up through the day.",
)
_PRODUCT = (
    "This lamp gives a warm, even light that is bright enough to read by and soft enough to leave on all evening. "
    "Its shade is made of recycled paper pressed over a steel frame.",
    "The base is weighted so the lamp stands firm on a shelf or a bedside table, and the cable is two metres long "
    "with a switch within reach of the bed.",
)
_LOCAL_STORY = (
    "Plans for forty new homes on the edge of Kelso have been approved by the council, despite objections from "
    "residents who say the roads cannot cope with more traffic.",
    "The developer has agreed to pay for a new crossing outside the primary school and to widen the lane that "
    "leads to the site, the planning committee heard.",
    "Work is expected to begin in the autumn and the first homes could be finished by the end of next year.",
)
_RECIPE_METHOD = (
    "Soak the lentils in cold water for an hour, then drain them and rinse them well under the tap.",
    "Fry the onion in the oil over a low heat for ten minutes, until it is soft and golden, then add the garlic "
    "and the spices and cook for a minute more.",
    "Add the lentils and the stock, bring to the boil and simmer for twenty-five minutes, stirring now and then, "
    "until the lentils are soft and the soup has thickened.",
)
_SHOW_NOTES = (
    "This week we talk to the last boat builder in Kelso about the wooden boats her family has built on the "
    "harbour for four generations, and why she thinks the craft will survive.",
    "She tells us how a boat is planked by hand, what the old builders knew about the wood that nobody wrote "
    "down, and how a fishing boat built in 1932 is still at sea today.",
)
_OBITUARY = (
    "Margaret Reed, who ran the Kelso bookshop for forty years and taught half the town to love reading, has died "
    "at the age of ninety-one.",
    "She opened the shop in 1962 with a loan from her father and a single shelf of second-hand novels, and it grew "
    "to fill three rooms and the cellar beneath them.",
    "She is survived by her two sons and five grandchildren. The funeral will be held at St Mary's Church on "
    "Friday at two o'clock.",
)
_HOW_TO = (
    "A dripping tap wastes more water than most people think, and in most cases the fix takes twenty minutes and "
    "a washer that costs a few pence.",
    "Turn off the water at the isolating valve under the sink, or at the stopcock if there is no valve, and open "
    "the tap to let the water in the pipe run out.",
    "Take off the tap's head, unscrew the valve with a spanner and replace the worn washer at its base with a new "
    "one of the same size.",
    "Put the tap back together, turn the water on again and check that the drip has stopped.",
)
_EVENT = (
    "The Kelso Folk Festival returns to the harbour this summer for its thirtieth year, with three days of music, "
    "dancing and workshops for all ages.",
    "Headliners include the Selby Fiddlers and the singer Ann Marsh, and there will be a children's tent with "
    "storytelling every afternoon.",
)
_FAQ = (
    "Q: When is the library open?",
    "A: From nine until seven on weekdays and from ten until four on Saturdays. It is closed on Sundays.",
    "Q: Do I need a card to use the computers?",
    "A: Yes, but a card is free for anyone who lives, works or studies in the town.",
    "Q: Can I return books at another branch?",
    "A: Any book can be returned at any of the county's libraries.",
)
_ESSAY = (
    "Every town has a place that everyone knows and nobody owns. In Kelso it is the harbour wall, where people "
    "have walked on Sunday afternoons for as long as anyone can remember.",
    "When the storm broke the wall two winters ago, what people missed was not the wall itself but the walk, and "
    "the way it made strangers nod to each other.",
    "Now that the wall is being rebuilt, the council should remember that it is rebuilding a habit as much as a "
    "structure, and leave room for a bench or two.",
)

_NEW_FORMS = {
    "forum-thread": (
        (("Engine hesitates when pulling away - Kelso Motor Forum", "Forums\nNew posts\nSearch\nLog in\nRegister",
          "Engine hesitates when pulling away", "Thread starter tom_r", "Start date Mar 3, 2025", "tom_r",
          "New member", "Mar 3, 2025", "#1", *_FORUM_POST, "Like\nReply\nReport", "Sponsored",
          "Cheap car insurance quotes\nCompare prices now", "Similar threads", "Idle too high when warm\n"
          "Clutch slipping in third\nWhich oil for a 2011 diesel?", "Share:\nFacebook\nEmail\nLink",
          "Log in or register to reply here.", "Terms and rules\nPrivacy policy\nHelp")),
        _FORUM_POST),
    "live-blog": (
        (("Storm live: coast road closed, ferries delayed | Kelso Herald", _SITE_MENU,
          "Storm live: coast road closed, ferries delayed", "Updated 9:42 AM", "Key events",
          "Coast road closed\nFerries delayed", "9:40 AM", _LIVE_ENTRIES[0], "Share", "9:15 AM", _LIVE_ENTRIES[1],
          "Share", "8:30 AM", _LIVE_ENTRIES[2], "Share", *_SITE_FOOT)),
        _LIVE_ENTRIES),
    "product-with-reviews": (
        (("Paper shade table lamp | Harbour Home", "Shop\nLighting\nFurniture\nSale\nBasket (0)",
          "Paper shade table lamp", "£45.00", "In stock", "Add to basket", "Description", *_PRODUCT,
          "Dimensions\nHeight 42 cm\nShade 30 cm\nCable 2 m", "Customer reviews", "4.6 out of 5 stars",
          "Jo, 12 February 2025", "Lovely lamp, exactly as pictured. It arrived well packed and quickly.",
          "Was this review helpful? Yes No", "You may also like", "Linen cushion\nOak shelf\nWool throw",
          "Free delivery on orders over £50", "© 2025 Harbour Home")),
        _PRODUCT),
    "local-news-with-ads": (
        (("Forty homes approved on edge of town | Kelso Herald", _SITE_MENU, "Forty homes approved on edge of town",
          "By Ann Marsh", "Local Democracy Reporter", "4 March 2025", _LOCAL_STORY[0], "Advertisement",
          "Kelso Motors - new and used cars", "Visit our showroom today", _LOCAL_STORY[1], "Advertisement",
          "Story continues below", _LOCAL_STORY[2], "Have your say", "Comments (12)", *_SITE_FOOT)),
        _LOCAL_STORY),
    "recipe-site": (
        (("Spiced lentil soup | Kitchen Table", "Recipes\nBaking\nQuick dinners\nAbout", "Spiced lentil soup",
          "Jump to recipe\nPrint recipe", "By Jo Hart", "Prep 10 mins\nCook 40 mins\nServes 4", "Ingredients",
          "200g red lentils\n1 onion\n2 cloves garlic\n1 tsp cumin\n1 litre stock", "Method", *_RECIPE_METHOD,
          "Nutrition per serving", "Calories 240\nFat 6g\nProtein 14g", "Rate this recipe", "Reviews (3)",
          "More soups\nTomato soup\nLeek and potato\nMinestrone", "© 2025 Kitchen Table")),
        _RECIPE_METHOD),
    "podcast-show-notes": (
        (("Episode 42: The last boat builder | Harbour Voices", "Home\nEpisodes\nAbout\nSupport us",
          "Episode 42: The last boat builder", "March 3, 2025", "Play episode", "00:00 / 41:12", "Download",
          "Subscribe: Apple Podcasts\nSpotify\nRSS", *_SHOW_NOTES, "Become a member to hear every episode ad-free",
          "Previous episode\nNext episode", "© 2025 Harbour Voices")),
        _SHOW_NOTES),
    "obituary": (
        (("Margaret Reed, bookseller, 1933-2025 | Kelso Herald", _SITE_MENU, "Margaret Reed, bookseller, 1933-2025",
          "By Ann Marsh", "5 March 2025", *_OBITUARY, "Share this story", "Facebook\nTwitter\nEmail",
          "Leave a tribute", *_SITE_FOOT)),
        _OBITUARY),
    "how-to": (
        (("How to fix a dripping tap | Home Fixes", "Home\nPlumbing\nElectrics\nGarden", "How to fix a dripping tap",
          "5 min read", "What you need", "Spanner\nNew washer\nCloth", _HOW_TO[0], "Step 1", _HOW_TO[1], "Step 2",
          _HOW_TO[2], "Step 3", _HOW_TO[3], "Was this guide useful?", "Yes\nNo", "Related guides",
          "Bleed a radiator\nUnblock a sink", "© 2025 Home Fixes")),
        _HOW_TO),
    "event-listing": (
        (("Kelso Folk Festival 2025 | What's on | Kelso Herald", _SITE_MENU, "Kelso Folk Festival 2025",
          "Friday 11 July - Sunday 13 July", "The Harbour, Kelso", "Tickets from £25", "Book now", *_EVENT,
          "Add to calendar", "More events", "Farmers' market\nQuiz night at the Anchor", *_SITE_FOOT)),
        _EVENT),
    "faq-page": (
        (("Questions about the library | Kelso Library", "Home\nBooks\nEvents\nContact", "Your questions",
          *_FAQ, "Still have a question?", "Email us at help@kelso-library.example", "© 2025 Kelso Library")),
        _FAQ),
    "opinion-column": (
        (("The harbour wall is a habit, not a structure | Kelso Herald", _SITE_MENU, "Opinion",
          "The harbour wall is a habit, not a structure", "Ann Marsh", "Columnist", *_ESSAY,
          "The views expressed here are the author's own.", "Follow Ann Marsh", "More from Opinion",
          "Why the ferry matters\nIn praise of the bus", *_SITE_FOOT)),
        _ESSAY),
}
_NEW_CLUTTER = ("Sign in", "All rights reserved", "Compare prices", "Idle too high", "Add to basket", "Linen cushion",
                "Kelso Motors", "Calories 240", "Become a member", "Leave a tribute", "Bleed a radiator",
                "Quiz night", "Still have a question", "In praise of the bus", "Log in or register")


@pytest.mark.parametrize("name", sorted(_NEW_FORMS))
def test_the_article_of_a_new_form_of_page_is_found_whole(name: str) -> None:
    """A forum thread, a live blog, a product page with reviews, a local story between ads, a recipe site, show
    notes, an obituary, a how-to, an event, a page of questions, a column: every paragraph read, no clutter."""
    groups, article = _NEW_FORMS[name]
    texts = _texts(*groups)
    for paragraph in article:
        assert paragraph in texts, paragraph
    body = " ".join(texts)
    assert not [clutter for clutter in _NEW_CLUTTER if clutter in body]


def test_a_short_sentence_over_an_inline_promotion_is_still_the_articles() -> None:
    """Only a short question over a prompt is the prompt's lead: a short statement there, or a question over the
    article's prose, is the article's."""
    story = ("Work to rebuild the harbour wall at Kelso began on Monday, two years after a winter storm broke it in "
             "three places and flooded the market square.",
             "The council has set aside four million pounds for the job, which it expects to take eighteen months.",
             "The contractor declined to comment.")
    rest = ("Why does it matter?",
            "The wall protects the market square and forty homes behind it, and without it the square has flooded "
            "four times since the storm, most recently in January.")
    page = ("Harbour wall rebuilding begins | Coast News", "Home\nNews\nSport", "Harbour wall rebuilding begins",
            "By Ann Marsh", *story, "Sign up for our morning newsletter", *rest, "Share", "© 2025 Coast News")
    texts = _texts(*page)
    assert all(paragraph in " ".join(texts) for paragraph in (*story, *rest))


def test_a_price_linked_inside_a_sentence_stays_in_it() -> None:
    """"is down to" / "$150" / ", the lowest" : the price, a link of its own in a node dump, opened on no letter or
    figure and was never joined, so the sentence stayed in three pieces."""
    group = ["The lamp, which usually sells for", "£45", ", is down to", "$30", "at the Harbour Home shop today", "."]
    assert unwrapped([group])[0] == [
        "The lamp, which usually sells for £45, is down to $30 at the Harbour Home shop today."]


# --- a tag cloud run together on one line: no prose, in any language ----------------------------------------------

_TAGS = ("Allgemein Architektur Bergwandern Brücken Bücher Café Kultur Dresden Elbe Fahrrad Familie Fotografie "
         "Frühling Garten Geschichte Hafen Heimat Herbst Kunst Leipzig Literatur Malerei Markt Musik Natur Nordsee "
         "Ostsee Reisen Rezepte Sommer Stadt Theater Urlaub Wandern Winter Zeitgeschehen Alte Meister Anna Seghers "
         "Bertolt Brecht Caspar David Friedrich Christa Wolf Erich Kästner Fontane Goethe Heinrich Heine Hölderlin "
         "Kafka Kleist Lessing Novalis Rilke Schiller Storm Thomas Mann Tucholsky Büchner Eichendorff Hebbel Mörike "
         "Raabe Stifter Trakl Wieland")


def test_a_tag_cloud_on_one_line_is_no_prose_on_a_page_in_another_language() -> None:
    """A blog in German ends on its tag cloud, eighty names run together on one line: stop words tell it from prose
    only in English, so it read as the page's longest paragraph, outscored the post and was read as the article."""
    post = ("Am Sonntag sind wir mit dem Rad an der Elbe entlang bis nach Pirna gefahren, und das Wetter hat "
            "gehalten, obwohl der Wetterbericht Regen angesagt hatte.",
            "Unterwegs haben wir in einem kleinen Café am Ufer Rast gemacht. Der Kuchen war selbst gebacken, und die "
            "Wirtin hat uns von ihrem Garten erzählt.",
            "Auf dem Rückweg wurde es dann doch noch nass, aber das war uns egal: es war einer der schönsten Tage "
            "des Jahres.")
    page = ("Mit dem Rad an der Elbe | Elbufer Blog", "Startseite\nÜber mich\nImpressum", "Mit dem Rad an der Elbe",
            "12. Mai 2025", *post, "Teilen mit:\nFacebook\nE-Mail", "Schlagwörter", _TAGS,
            "Erstelle eine Website oder ein Blog auf WordPress.com")
    texts = _texts(*page)
    assert all(paragraph in texts for paragraph in post)
    assert not any("Tucholsky" in text for text in texts)


def test_a_hostile_line_without_punctuation_is_judged_fast() -> None:
    """100 kB of words with no mark between them: the punctuation check splits the line once."""
    started = time.process_time()
    with contextlib.suppress(NarratorError):
        _document("Kelso | Herald\n\n" + "wort " * 20_000 + "\n\nImpressum")
    assert time.process_time() - started < 5


def test_the_article_ends_at_its_about_the_author_section() -> None:
    """"About the author", a bio that names no job ("Ann has covered the coast since 2015 ..."), then readers'
    comments without a time on them: the article's run grew over the bio and the comments, read as its own."""
    story = ("Work to rebuild the harbour wall at Kelso began on Monday, two years after a winter storm broke it in "
             "three places and flooded the market square.",
             "The council has set aside four million pounds for the job, which it expects to take eighteen months, "
             "and says the new wall will stand a metre higher than the old one.",
             "Fishermen who have moored in the next bay since the storm said they were relieved, and the market will "
             "move to the car park behind the church while the work goes on.")
    bio = ("Ann has covered the coast since 2015, and before that spent ten years on the county desk, where she "
           "followed the council's long argument over the harbour from its first meeting to its last.")
    comments = ("Good news at last. The square has flooded four times since the storm and the shops cannot take "
                "another winter of it, whatever the council says about the cost of the work.",
                "Why did it take two years? The money was there from the start, and everyone in the town knew the "
                "wall would not last another storm like that one.")
    page = ("Harbour wall rebuilding begins | Coast News", "Home\nNews\nSport", "Harbour wall rebuilding begins",
            "By Ann Marsh", *story, "Tags", "Harbour", "Ann Marsh", "Local reporter", "About the author", bio,
            "Follow Ann", "Comments", "Jo Reed", comments[0], "Sam Hill", comments[1], "© 2025 Coast News")
    texts = _texts(*page)
    assert all(paragraph in texts for paragraph in story)
    assert bio not in texts and not any(comment in texts for comment in comments)


def test_a_note_about_the_advertising_disclaimer_is_left_out() -> None:
    """"The advertising disclaimer below does not apply to this article": the page's notice, as a disclosure is."""
    story = ("Work to rebuild the harbour wall at Kelso began on Monday, two years after a winter storm broke it in "
             "three places and flooded the market square.",
             "The council has set aside four million pounds for the job, which it expects to take eighteen months.")
    note = ("NOTE: The advertising disclaimer below does not apply to this article, nor to any other written by the "
            "Coast News newsroom.")
    texts = _texts("Harbour wall rebuilding begins | Coast News", "Home\nNews\nSport", "Harbour wall rebuilding begins",
                   "By Ann Marsh", *story, note, "© 2025 Coast News")
    assert all(paragraph in texts for paragraph in story) and note not in texts


def test_a_subheading_under_a_quoted_source_in_brackets_is_read() -> None:
    """A review roundup: each quotation ends on its source in brackets ("[ Coast News ]"), the next section's heading
    under it. A source named twice was dropped as repeated, leaving the heading under it with no kept text right
    above it: no heading, lost."""
    quotes = ("The new ferry is quieter than the old one and a good deal faster, crossing in forty minutes where the "
              "old boat took an hour on a calm day.",
              "Inside it is bright and comfortable, with a café on the upper deck and room for thirty bicycles below, "
              "though the seats fill up quickly at weekends.",
              "The fares have gone up by a fifth, and for families who cross every week that is a real cost that the "
              "operator has not done enough to explain.")
    headings = ("The Crossing Is Faster, And Much Quieter Than It Was On The Old Boat",
                "The Boat Itself Is A Pleasure To Travel On, Even When It Is Full",
                "But The Fares Have Gone Up, And Families Who Cross Every Week Will Notice")
    page = ("What the papers say about the new ferry | Harbour Reviews", "Home\nReviews\nTravel\nAbout",
            "What the papers say about the new ferry", headings[0], quotes[0], "[ Coast News ]", headings[1],
            quotes[1], "[ Kelso Herald ]", headings[2], quotes[2], "[ Coast News ]", "Share\nEmail",
            "© 2025 Harbour Reviews")
    texts = _texts(*page)
    assert all(quote in texts for quote in quotes)
    assert headings[1] in texts and headings[2] in texts

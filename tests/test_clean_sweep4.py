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


# --- the user's own short articles: no sign of a page, every line is read ----------------------------------------

_OWN_ARTICLES = {
    "ferry": ("The Night the Ferry Stayed Late\n\nBy Tomas Reiner\n\nMarch 3, 2025\n\n"
              "Nobody on the island expected the last ferry to wait.\n\n"
              "It was a Tuesday, the wind was up, and the skipper had a daughter in the school play. He held the boat "
              "for forty minutes while the hall emptied onto the quay.\n\n"
              "\"We had room,\" he said afterwards. \"And nobody wanted to miss the ending.\""),
    "cactus": ("How to Repot a Cactus\n\nRepotting a cactus is easier than it looks, as long as you protect your hands."
               "\n\nWhat you need\n\nThick gloves\nA pot one size larger\nGritty compost\nOld newspaper\n\n"
               "Fold the newspaper into a band, wrap it round the plant and lift it out. Shake off the old soil and "
               "set it in the new pot at the same depth.\n\nWater it a week later, not before."),
    "swifts": ("Why do swifts never land?\n\nThey do, but only to nest. For the rest of the year a swift eats, drinks "
               "and even sleeps on the wing.\n\nResearchers fitted tiny loggers to a dozen birds. Some stayed aloft "
               "for ten months without a break.\n\nIs that the record? For now it is."),
    "library": ("Library Hours Change in April\n\nFrom the first of April the library opens at nine on weekdays and "
                "closes at six.\n\nOn Saturdays the doors open at ten. The reading room stays closed on Sundays.\n\n"
                "Questions can go to the front desk."),
    "lisbon": ("LISBON, May 12 — The city council voted on Monday to close three central streets to cars on Sundays, "
               "starting next month.\n\nThe plan covers the streets around the old market, where shop owners had "
               "asked for more room for stalls.\n\nTaxi drivers oppose it. Their association said the closures would "
               "add twenty minutes to trips across the centre.\n\nThe first closed Sunday is June 8."),
    "allotment": ("Notes From a Small Allotment\n\nI took on plot 14 in February. It had not been dug in three years."
                  "\n\nThe first month\n\nBrambles, mostly. I filled eleven bags and found a wheelbarrow underneath "
                  "them.\n\nThe second month\n\nPotatoes went in on Good Friday, as my grandmother always said they "
                  "should. She was right about most things.\n\nNext year I will try leeks."),
    "tea": ("A Short Guide to Tea\n\nTea is one plant, Camellia sinensis, made into many drinks.\n\n"
            "Green tea is heated soon after picking, so it stays green.\nBlack tea is left to oxidise first, which "
            "darkens it.\nOolong sits between the two.\n\nAs my teacher put it: \"The leaf is the same; only patience "
            "changes.\"\n\nBrew green tea cooler than black. Boiling water makes it bitter."),
    "bridge": ("The Bridge\n\nIt took eleven years to build.\n\nFour hundred people worked on it, and three of them "
               "lost their lives. Their names are carved on the north pier, where the river is deepest.\n\n"
               "Every spring the town walks across it at dawn."),
    "party": ("Our Street Party Is Back\n\nAfter two years away, the Elm Road street party returns on Saturday 21 "
              "June.\n\nThere will be a cake stall, a tug of war and music from the school band. Bring a chair and "
              "something to share.\n\nCan you help set up? Meet at number 12 at eight in the morning.\n\nSee you "
              "there."),
    "marathon": ("Three Things I Learned Running a Marathon at Sixty\n\n1. Start slower than you think.\n"
                 "2. Eat before you feel hungry.\n3. Wave at the people who cheer. They notice.\n\nI finished in five "
                 "hours and two minutes. My granddaughter was waiting at the line with a banana.\n\n"
                 "Would I do it again? Ask me next year."),
}


@pytest.mark.parametrize("name", sorted(_OWN_ARTICLES))
def test_a_short_article_of_the_users_own_is_read_line_by_line(name: str) -> None:
    """Text that shows no sign of a page dump is the user's own: every line is read, as the title, the byline, the
    date or the body, however short the article."""
    text = _OWN_ARTICLES[name]
    document = _document(text)
    read = [document.meta.title, *document.meta.authors, *(b.text for b in document.blocks)]
    for line in (line.strip() for line in text.splitlines() if line.strip()):
        if document.meta.published and line == "March 3, 2025":
            continue  # the date under the byline, read as the article's date
        assert any(line == part or line.removeprefix("By ") == part for part in read), line


# --- pages of our own, clutter around them: the article is found whole --------------------------------------------

_NEWS_MENU = "Home\nWorld\nBusiness\nSport\nCulture\nWeather\nSign in"
_NEWS_SHARE = "Share\nFacebook\nTwitter\nEmail\nCopy link"
_NEWS_FOOT = ("Most read", "Storm closes the coast road for a second night\nCouncil tax to rise by four per cent\n"
              "Ferry fares to rise in spring\nSchool choir wins national prize",
              "Sign up for our morning newsletter", "© 2025 Coast News. All rights reserved.",
              "Privacy policy\nTerms of use\nCookie settings")
_NEWS_STORY = (
    "Work to rebuild the harbour wall at Kelso began on Monday, two years after a winter storm broke it in three "
    "places and flooded the market square.",
    "The council has set aside four million pounds for the job, which it expects to take eighteen months, and says "
    "the new wall will stand a metre higher than the old one.",
    "Fishermen who have moored in the next bay since the storm said they were relieved. \"We have been waiting a long "
    "time for this,\" said one, who has worked from the harbour for thirty years.",
    "The market will move to the car park behind the church while the work goes on.",
)
_RECIPE_STEPS = (
    "Heat the oven to 180C and line a loaf tin with baking paper, leaving some hanging over the sides so the cake "
    "lifts out easily.",
    "Mash the bananas with a fork, then beat in the butter, sugar and eggs until the mixture is smooth and a little "
    "paler than before.",
    "Fold in the flour and baking powder, pour the batter into the tin and bake for fifty minutes, until a skewer "
    "comes out clean.",
)
_INTERVIEW_LINES = (
    "Q: When did you first go to sea?",
    "A: I was fourteen. My uncle needed a deckhand for the summer and nobody else would get up at four.",
    "Q: What has changed most since then?",
    "A: The boats are safer and the fish are fewer. We used to fill the hold in a morning; now it takes a week.",
    "Q: Would you do it again?",
    "A: Every day of my life.",
)
_LIST_ARTICLE = (
    "Five walks for a winter weekend",
    "Short days need short walks. These five take under three hours each and end near somewhere warm to eat.",
    "1. The coast path to Selby Head",
    "A flat path along the cliffs with seals on the rocks below most afternoons. Park at the harbour and walk north.",
    "2. Round the reservoir",
    "Seven miles on a good track, sheltered by the woods when the wind is from the west.",
    "3. The old railway line",
    "An easy walk on the level from the station to the viaduct and back, with a tea room at the far end.",
)
_RELEASE = (
    "KELSO, March 3, 2025 — Kelso Library today opened a reading room for young people, with space for forty readers "
    "and a collection of two thousand new books chosen by local pupils.",
    "\"This room was designed by the people who will use it,\" said the head librarian. \"They chose the books, the "
    "chairs and even the colour of the walls.\"",
    "The room is open from three to seven on weekdays and all day on Saturdays.",
)
_BINS = ("Household bins in the north of the town will be collected on Tuesdays instead of Mondays from next month, "
         "the council said.", "Garden waste collections are not affected.")
_WIKI_PARAGRAPHS = (
    "The Harbour Bridge of Kelso is a stone arch bridge over the river Kel, built between 1921 and 1932 to replace a "
    "ferry that had crossed at the same place since the middle ages.[1]",
    "The first plans were drawn in 1911, but the war delayed the work for ten years.[2] The bridge was opened by the "
    "mayor in the spring of 1932.[3]",
    "Its five arches are of local sandstone.[4] The widest spans forty metres.[5]",
)
_OWN_DUMPS = {
    "news": ("Harbour wall rebuilding begins | Coast News", _NEWS_MENU, "Harbour wall rebuilding begins",
             "By Ann Marsh", "12 February 2025", _NEWS_SHARE, *_NEWS_STORY, _NEWS_SHARE, *_NEWS_FOOT),
    "news-with-ad": ("Harbour wall rebuilding begins | Coast News", _NEWS_MENU, "Harbour wall rebuilding begins",
                     "By Ann Marsh", *_NEWS_STORY[:2], "Advertisement", *_NEWS_STORY[2:], *_NEWS_FOOT),
    "news-one-line-each": ("\n".join(("Harbour wall rebuilding begins | Coast News", _NEWS_MENU,
                                      "Harbour wall rebuilding begins", "By Ann Marsh", "12 February 2025",
                                      *_NEWS_STORY, _NEWS_SHARE, *_NEWS_FOOT)),),
    "recipe": ("Banana loaf | Kitchen Notes", "Recipes\nBaking\nDinners\nAbout", "Banana loaf",
               "A loaf for the bananas nobody wants to eat, ready in an hour and better the next day.",
               "Ingredients", "3 ripe bananas\n100g soft butter\n150g sugar\n2 eggs\n225g self-raising flour\n"
               "1 tsp baking powder", "Method", *_RECIPE_STEPS, "Print recipe", "Rate this recipe",
               "More baking\nLemon drizzle\nScones\nFlapjacks"),
    "interview": ("Sixty years at sea | Harbour Voices", "Home\nInterviews\nPhotos\nContact", "Sixty years at sea",
                  "Tom Reed has fished from Kelso since 1965. He told us why he has never thought of stopping.",
                  *_INTERVIEW_LINES, "Share this interview", "Related\nThe last net maker\nA day at the fish market"),
    "listicle": ("Five walks for a winter weekend | Outdoors", "Walks\nMaps\nGear\nShop", *_LIST_ARTICLE,
                 "Sign up to our newsletter for a new walk every week", "Tags: walks, winter, coast"),
    "blog-with-comments": ("A year of bread | Crumb", "Home\nAbout\nArchive", "A year of bread",
                           "Posted on 2 March 2025", *_RECIPE_STEPS, "Share this:\nFacebook\nTwitter", "3 comments",
                           "Jo on 3 March 2025 at 9:14 am said:", "Lovely, I will try this at the weekend.",
                           "Reply", "Leave a Reply"),
    "press-release": ("FOR IMMEDIATE RELEASE", "Kelso Library Opens New Reading Room", *_RELEASE,
                      "About Kelso Library", "Kelso Library serves the town and the twelve villages around it.",
                      "Media contact: press@kelso-library.example"),
    "short-with-cookies": ("We use cookies to improve your experience. By using this site you agree to our cookie "
                           "policy.", "Accept\nManage settings", "Bin collections move to Tuesdays",
                           "By Coast News reporter", *_BINS, _NEWS_SHARE, *_NEWS_FOOT),
    "wiki": (*_WIKI_HEAD, "\n".join(_WIKI_MENU), _WIKI_PARAGRAPHS[0], "History", _WIKI_PARAGRAPHS[1], "Design",
             _WIKI_PARAGRAPHS[2], "\n".join(_WIKI_FOOT)),
}


@pytest.mark.parametrize("name", sorted(_OWN_DUMPS))
def test_the_article_of_a_page_dump_of_our_own_is_found_whole(name: str) -> None:
    """Our own pages, menus, share buttons, teasers and footers around the article: every paragraph of it is read."""
    groups = _OWN_DUMPS[name]
    article = {"news": _NEWS_STORY, "news-with-ad": _NEWS_STORY, "news-one-line-each": _NEWS_STORY,
               "recipe": _RECIPE_STEPS, "interview": _INTERVIEW_LINES, "listicle": _LIST_ARTICLE[1::2],
               "blog-with-comments": _RECIPE_STEPS, "press-release": _RELEASE, "short-with-cookies": _BINS,
               "wiki": _WIKI_PARAGRAPHS}[name]
    texts = _texts(*groups)
    for paragraph in article:
        assert paragraph in texts, paragraph
    assert not any(clutter in " ".join(texts) for clutter in ("Sign in", "All rights reserved", "Copy link",
                                                               "Lemon drizzle", "Lovely, I will try"))


# --- a short article's closing lines: short sentences and a list under the last paragraph ------------------------

def test_the_short_sentences_and_the_list_closing_a_short_article_are_read() -> None:
    """A run of prose ends at its last prose line: the short sentence under it and the list it announces, ordinary
    words but no prose, were left out, and a short article lost its end."""
    texts = _texts("Seed kit for small gardens | Green Patch", "Shop\nBlog\nAbout\nBasket",
                   "Seed kit for small gardens", "Posted on 4 April 2025 by Green Patch",
                   "You have a balcony or a yard no bigger than a table, and you would like to grow something you can "
                   "eat before the summer is over, but you do not know where to begin.",
                   "Or you have tried before, and the seedlings dried out in a week while you were away.",
                   "This kit will help you!", "The kit gives you:",
                   "Twelve packets of seeds chosen for pots and window boxes\nA watering spike that keeps the soil "
                   "damp for a week\nA planting calendar for every month of the year\nLabels and a pencil that "
                   "lasts in the rain",
                   "Share\nFacebook\nPinterest\nEmail", "Previous post\nNext post",
                   "© 2025 Green Patch. All rights reserved.")
    assert "This kit will help you!" in texts
    assert "A watering spike that keeps the soil damp for a week" in texts
    assert "Labels and a pencil that lasts in the rain" in texts
    assert not any("rights reserved" in text or text == "Previous post" for text in texts)


def test_a_teaser_under_the_article_is_not_taken_for_its_closing_line() -> None:
    """Only sentences with their stop close the article so, and a list only where a line announces it: the next
    story's headline under the last paragraph, no stop, stays out."""
    texts = _texts("Harbour wall rebuilding begins | Coast News", _NEWS_MENU, "Harbour wall rebuilding begins",
                   "By Ann Marsh", *_NEWS_STORY, "Storm closes the coast road for a second night",
                   "Council tax to rise by four per cent in the new year", *_NEWS_FOOT)
    assert _NEWS_STORY[-1] in texts
    assert not any("coast road" in text or "Council tax" in text for text in texts)


@pytest.mark.parametrize("label", ["Editors' Recommendations:", "Editor’s Recommendations", "Recommended reading",
                                   "Recommendations"])
def test_a_box_of_recommended_stories_under_the_article_is_not_its_closing_list(label: str) -> None:
    """A line ending on a colon announces the article's own list, unless it is a box's title: "Editors'
    Recommendations:" was taken for the article's and the other stories' headlines under it were read."""
    texts = _texts("Harbour wall rebuilding begins | Coast News", _NEWS_MENU, "Harbour wall rebuilding begins",
                   "By Ann Marsh", *_NEWS_STORY, label,
                   "Ferry timetable cut as the winter service starts early\nLifeboat crew called out twice in one "
                   "night off the point\nHarbour café wins a prize for its crab sandwiches",
                   *_NEWS_FOOT)
    assert _NEWS_STORY[-1] in texts
    assert not any("Ferry" in text or "Lifeboat" in text or "crab" in text for text in texts), texts


# --- a short page made of short pieces: its best run is one of them ----------------------------------------------

def test_a_short_page_of_short_pieces_is_read_whole() -> None:
    """A page of a few short paragraphs, each under its image and buttons: no piece reached forty prose words, so
    none joined the best one, and two thirds of the page were lost."""
    pieces = ("Our orchard opens to visitors every weekend from May, and you can pick your own apples in the autumn.",
              "The cider barn sells juice pressed on the farm the same week, and the café serves lunch until three.",
              "Paths run between the rows and down to the river, where the old mill still turns on summer days.")
    buttons = "Opening times\nBook a table\nGift cards\nFind us\nNext\nPrevious"
    texts = _texts("Visit Hill Farm Orchard", "Home\nShop\nVisit\nContact", "Visit the orchard",
                   "Photo: the orchard in May", pieces[0], buttons, pieces[1], "Photo: the cider barn", buttons,
                   pieces[2], "Photo: the mill", "Sign up for our newsletter", "© 2025 Hill Farm. All rights reserved.")
    assert all(piece in texts for piece in pieces)
    assert not any("rights reserved" in text or "newsletter" in text for text in texts)


def test_a_short_storys_neighbour_about_the_publisher_stays_out() -> None:
    """A short page's pieces join its best run across the usual gaps, but not the publisher's note about itself."""
    texts = _texts("Bin collections move to Tuesdays | Coast News", _NEWS_MENU, "Bin collections move to Tuesdays",
                   "By Coast News reporter", *_BINS, _NEWS_SHARE, "About Coast News",
                   "Coast News is an independent paper that has covered the towns of the north coast since 1921, "
                   "owned by its readers.", *_NEWS_FOOT)
    assert texts == list(_BINS)


def test_a_short_storys_neighbour_must_be_sentences_to_join_it() -> None:
    """A saved page wraps a teaser's link over lines, its address and title after its time: prose to the counts, but
    no sentence, and another story's teaser was read under a short story."""
    teaser = ("[Storm closes the coast road for a second night\nBy Coast News staff\n09:39 AM](/news/storm-6083 "
              "\"Storm closes the coast road for a second night in the north of the county\")")
    texts = _texts("Bin collections move to Tuesdays | Coast News", _NEWS_MENU, "Bin collections move to Tuesdays",
                   "By Coast News reporter", "12 February 2025 10:43", " ".join(_BINS), _NEWS_SHARE, teaser,
                   *_NEWS_FOOT)
    assert texts == [" ".join(_BINS)]

"""Page dumps of site forms nobody had tried (issue #10), as a user saves them by select-all and copy: a recipe blog's
story over its recipe card, a live blog with a pinned post, a funeral notice, a Reddit thread, a Hacker News comment
page, a Substack post, a government press release with its notes to editors, a university's research story, an
arXiv abstract page, a property listing, a product review with its pros, cons and verdict, an event listing, a
match's live commentary, a police appeal, an earnings release with its forward-looking boilerplate, a charity appeal,
an opinion column, an MP's newsletter, a community noticeboard post, a Quora answer, a Mastodon thread, a Wikipedia
article, and the classes left from the round before; then ten more near the forms still failing ("near_": another
charity appeal, a theatre listing, a flat to rent, rugby live text, a Bluesky thread, a journal's abstract page, a
Lobsters thread, a council's release, another Substack post, another Reddit thread). Every dump was written for this
project, its expectations (tests/fixtures/own_text5/expected.json) before it first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.common import has_article
from narrator.model import Block, BlockKind
from tests.own_text4 import dump_tests, expectations, kept, pasted, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text5"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
# date_line_sentence was dated by its meeting ('The spring meeting was held on Saturday 15 March 2025 ...'); it is not:
# a day inside a sentence is the day of what the sentence tells (as 'The fete opens on 14/3/2025'), and the report
# says nothing of when it was put up. A listener hears the meeting's day in its first sentence either way.
_STILL_WRONG: dict[str, str] = {}


globals().update(dump_tests(DUMPS, _STILL_WRONG, FIXTURES,
                             reads="test_a_page_dump_is_read_title_byline_date_and_article"))


# --- each class, on small texts of our own -------------------------------------------------------------------------




_CLUB_NEWS = """Harwood Bowls Club
Home
Fixtures
Results
Contact
New green opens for the summer season
The new green behind the pavilion opened on Saturday, after two years of work by our volunteers.
More than fifty members played on it in the first afternoon, and the verdict was that it runs fast and true.
{link}
"""


@pytest.mark.parametrize("link", ["Back to news", "Back to all posts", "Return to the blog", "Back to search results"])
def test_a_link_back_to_the_list_a_page_came_from_marks_a_page(link: str) -> None:
    """"Back to news" under a club's story, its menu over it: the page's link to the list of stories, so the menu and
    the link are not read as the writer's (the text was read whole)."""
    texts = kept(pasted(_CLUB_NEWS.format(link=link)))
    assert "Fixtures" not in texts and link not in texts
    assert texts[-1].startswith("More than fifty members")


def test_back_to_school_is_a_heading_not_a_link() -> None:
    """A newsletter's section "Back to school" over its paragraph is the writer's: no link back to a list."""
    text = ("Autumn newsletter\n\nBack to school\n\nThe children went back on Wednesday, and the new hall is open.\n\n"
            "Harvest\n\nThank you for the tins and packets for the food bank.\n")
    assert "Back to school" in kept(pasted(text, "newsletter.txt"))


def test_a_dump_opening_on_a_skip_link_is_a_page() -> None:
    """"Skip to content" first, then a code host's tabs and a release's tools: a page, though line one is often the
    page's title (a prompt-like title, "Read This Before You Buy", is the writer's)."""
    text = ("Skip to content\nCode\nIssues 12\nPull requests 3\nReleases\nv2.4.0\nLatest\n"
            "This release adds a dark theme and fixes the crash when a file name holds a colon.\n"
            "Exports are now about twice as fast on large projects.\nAssets\n2\nSource code (zip)\n")
    texts = kept(pasted(text, "release.txt"))
    assert "Skip to content" not in texts and "Pull requests 3" not in texts and "Source code (zip)" not in texts
    assert "Exports are now about twice as fast on large projects." in texts


def test_a_release_name_shown_three_times_over_its_notes_is_the_title() -> None:
    """A code host's release: its tag in the bar, in the header and over the notes ("v0.9.2" three times), the
    commit's short hash under it (no title, a figure shown once)."""
    text = ("Skip to content\nCode\nIssues 5\nReleases\nv0.9.2\nLatest\n3 Feb 2025\nmkoh\nv0.9.2\n4be01c9\nCompare\n"
            "v0.9.2\nThe importer now reads files with a byte order mark instead of failing on the first line.\n"
            "Progress is shown when a folder of more than a hundred files is imported.\nAssets\n2\n")
    document = pasted(text, "release.txt")
    assert (document.meta.title, document.meta.published) == ("v0.9.2", "2025-02-03")


_RELEASE = """Investors
News
Press releases
Contact
{title}
3 March 2025
{body}
{heading}
{matter}
Back to press releases
"""
_RELEASE_BODY = ("Northgate Water today said it would spend £90 million on new pipes in the city over the next three "
                 "years.\nThe work will replace about 120 kilometres of Victorian mains, which cause most of the "
                 "leaks.\nManaging director Ann Brook said: \"Customers will see fewer bursts and fewer roads dug "
                 "up.\"")


@pytest.mark.parametrize(("heading", "matter"), [
    ("Notes to editors", "Northgate Water supplies 1.2 million customers in the region.\nPhotos of the works are "
                         "available on request from the press office."),
    ("Forward-looking statements", "This release contains statements about the future that involve risks and "
                                   "uncertainties.\nActual results may differ materially from those expressed."),
])
def test_a_release_stops_at_its_back_matter(heading: str, matter: str) -> None:
    """A press release's notes for journalists and its legal boilerplate under their heading are not the news."""
    texts = kept(pasted(_RELEASE.format(title="Northgate Water to replace city pipes", body=_RELEASE_BODY,
                                         heading=heading, matter=matter), "release.txt"))
    assert texts[-1].startswith("Managing director Ann Brook said")


def test_an_editors_note_under_a_story_is_still_read() -> None:
    """"Editor's note:" under a story tells the reader what changed: read, where "Notes to editors" is not."""
    note = "Editor's note: This story was updated to give the right figure for the length of the mains."
    texts = kept(pasted(_RELEASE.format(title="Northgate Water to replace city pipes", body=_RELEASE_BODY,
                                         heading=note, matter=""), "release.txt"))
    assert note in texts


def test_a_posters_handle_is_no_title() -> None:
    """A forum's thread: the poster's handle ("kettle_and_crumpet_9") over the question is no headline, the question
    is the thread's title, and its flair ("Gardening") is not read."""
    text = ("Skip to main content\nr/GardeningUK\nLog In\nr/GardeningUK\n•\n5 hr. ago\nkettle_and_crumpet_9\n"
            "Why are the leaves on my tomato plants curling upwards?\nGardening\n"
            "They are in a greenhouse and watered every morning, and the plants look healthy otherwise.\n"
            "The curling started last week, after a run of very hot days.\nUpvote\n12\nDownvote\nShare\n")
    document = pasted(text, "thread.txt")
    assert document.meta.title == "Why are the leaves on my tomato plants curling upwards?"
    assert "Gardening" not in kept(document)


@pytest.mark.parametrize("byline", ["Posted by Ann_B", "By Dave_Lowe"])
def test_a_handle_is_no_writer(byline: str) -> None:
    """"Posted by Ann_B" on a noticeboard names an account, not a person: no author (a listener would hear
    "Ann underscore B")."""
    text = ("Community Noticeboard\nHome\nNotices\nPost a notice\nLog in\nFound: a set of house keys\n"
            f"{byline}\n3 Feb 2025\nA set of three keys on a red fob was found by the bus stop on Mill Road.\n"
            "They are at the post office counter.\nReport this post\nReply to this notice\n")
    document = pasted(text, "notice.txt")
    assert (document.meta.title, document.meta.authors) == ("Found: a set of house keys", ())


_ANSWER_PAGE = """Home
Following
Answer
Spaces
Search
Do cats really always land on their feet?
Sort
Recommended
Tom Evans
Vet for twenty years
·
2y
Most of the time they do, because a cat turns its body in the air within a fraction of a second.
But a fall from a low height gives it too little time to turn, and those are the falls that hurt them most.
1.4K views
Upvote
Share
{label}
Why do cats purr when they are hurt?
How high can a cat fall safely?
"""


@pytest.mark.parametrize("label", ["Related questions", "You may also like", "Read next"])
def test_a_short_run_under_a_box_title_is_the_boxs(label: str) -> None:
    """Two questions under "Related questions" below an answer are the site's box, not the answer going on."""
    texts = kept(pasted(_ANSWER_PAGE.format(label=label), "answer.txt"))
    assert "How high can a cat fall safely?" not in texts
    assert texts[-1].startswith("But a fall from a low height")


def test_the_question_an_answer_is_under_is_the_title() -> None:
    """A Q&A site's answer page: the question, then the site's sorting and the answerer's name and line about
    themselves ("Vet for twenty years"), then the answer: the question is the title, not the answerer's line."""
    document = pasted(_ANSWER_PAGE.format(label="Related questions"), "answer.txt")
    assert document.meta.title == "Do cats really always land on their feet?"


@pytest.mark.parametrize("stamp", ["Posted at 10:15", "Posted 10:15 GMT", "Updated at 10:15"])
def test_a_live_entrys_posting_stamp_is_not_read_as_its_heading(stamp: str) -> None:
    """"Posted at 10:15" over a live blog's entry says when, as its bare time does: no heading to read."""
    text = ("News\nLive\nRoad closures across the county after heavy snow\nUpdated 6 January 2025\n"
            "Gritters have been out all night, and most main roads are open again this morning.\n"
            f"{stamp}\n10:15\nThe A59 is closed between Skipton and Harrogate after two lorries got stuck on a hill.\n"
            "Drivers are being told to use the A65 instead.\nShare\n09:40\n"
            "Schools in the Dales have been told to stay closed for a second day.\nShare\n")
    assert stamp not in kept(pasted(text, "live.txt"))


@pytest.mark.parametrize("last", ["zest of 2 lemons", "juice of 1 orange"])
def test_a_recipes_last_ingredient_without_a_figure_first_is_read(last: str) -> None:
    """"4 eggs", "275g flour", then "zest of 2 lemons": the list goes on past the items that open on a figure, up to
    the method's heading."""
    text = ("Recipes\nBaking\nAbout\nShop\nOrange sponge\nBy Hannah Cole\n\n"
            "This is the cake my children ask for on every birthday, and it takes twenty minutes to make.\n"
            "The orange goes in twice, in the sponge and in the syrup poured over it while it is warm.\n\n"
            "Orange sponge\nPrep Time 10 minutes\nPrint Recipe\nPin Recipe\n"
            "Ingredients\n200g butter\n200g sugar\n4 eggs\n200g self-raising flour\n"
            f"{last}\nMethod\nBeat the butter and sugar together until pale, then beat in the eggs one by one.\n"
            "Fold in the flour, spread the mix into the tin and bake for 25 minutes at 180C.\n"
            "Pour the juice of the orange over the warm sponge and leave it to cool in the tin.\n"
            "Did you make this recipe?\nLeave a comment\n")
    texts = kept(pasted(text, "sponge.txt"))
    first_step = "Beat the butter and sugar together until pale, then beat in the eggs one by one."
    assert last in texts and texts[texts.index(last) + 1] in ("Method", first_step)


@pytest.mark.parametrize("note", ["Published in the Hexham Courant", "First appeared in The Countryman"])
def test_where_a_notice_was_published_is_no_headline(note: str) -> None:
    """A funeral notice's name over the line saying where it was published: the name is the title."""
    text = ("Notices\nSearch notices\nPlace a notice\nSign in\nBROWN, Arthur James\n"
            f"{note}\nView notice\n"
            "Peacefully in hospital on 4th January 2025, aged 88, Arthur, dear husband of Joan and father of Paul.\n"
            "The funeral will be held at Hexham Abbey on Monday 20th January at 2pm.\nAdd a tribute\nSend flowers\n")
    assert pasted(text, "notice.txt").meta.title == "BROWN, Arthur James"


@pytest.mark.parametrize("site", ["(example.org)", "(blog.example.co.uk)", "(github.com/ann)"])
def test_the_site_a_linked_title_goes_to_is_not_read_in_it(site: str) -> None:
    """A link aggregator prints the linked site after the link's title: "Show HN: a tiny editor (example.org)"."""
    text = ("Hacker News\nnew | past | comments | ask | show | jobs | submit\nlogin\n"
            f"Writing a small Forth in a weekend {site}\n"
            "210 points by jlowe 3 hours ago | hide | past | favorite | 64 comments\nadd comment\n"
            "tmk 2 hours ago | next [–]\n"
            "I did the same a few years ago, and it was the most fun I have had with a computer in a long time.\n"
            "The moment the interpreter first ran its own definitions felt like magic.\nreply\n"
            "Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact\n")
    assert pasted(text, "item.txt").meta.title == "Writing a small Forth in a weekend"


def test_a_sentence_case_headline_over_its_longer_deck_and_the_byline_is_the_title() -> None:
    """A newsletter's post: its title, its subtitle (longer, in sentence case, no stop), the writer's name and the
    date: the title is the first, the subtitle its standfirst, not the title."""
    text = ("The Village Letter\nSubscribe\nSign in\nHow the village lost its bank\n"
            "What happened to the last branch, and what it tells us about banking\n"
            "Tom Hale\nMay 28, 2025\n12\nShare\n"
            "The branch on Market Street closed in March, and the nearest one is now eleven miles away.\n"
            "For the older people of the village, that has meant a bus ride every time they need cash.\n"
            "Leave a comment\n")
    document = pasted(text, "post.txt")
    assert document.meta.title == "How the village lost its bank"
    assert document.meta.standfirst == "What happened to the last branch, and what it tells us about banking"
    assert (document.meta.authors, document.meta.published) == (("Tom Hale",), "2025-05-28")


@pytest.mark.parametrize("when", ["Sun 9 Mar 2025\n2:00pm - 4:00pm", "Fri 7 - Sun 9 March 2025"])
def test_an_events_name_over_its_days_or_hours_is_the_title_not_a_writer(when: str) -> None:
    """An event listing: its name over the day and the hours it runs, or the days ("Fri 7 - Sun 9 March 2025"): the
    name is the title, no writer, and the days date the event, not the page."""
    text = ("What's on\nEvents\nSubmit an event\nSign in\nSpring Bulb Show\n"
            f"{when}\nVillage Hall, Askrigg\nAdd to calendar\nShare\nAbout this event\n"
            "Growers from across the dale bring their best daffodils, tulips and hyacinths to be judged.\n"
            "Teas are served all afternoon, and there is a plant stall with bulbs for sale.\n"
            "Organiser\nAskrigg Garden Club\nSimilar events\n")
    meta = pasted(text, "event.txt").meta
    assert (meta.title, meta.authors, meta.published) == ("Spring Bulb Show", (), None)


@pytest.mark.parametrize("headline", ["Help us rebuild the hospice garden", "Join us to plant a thousand trees"])
def test_an_appeal_headed_by_what_it_asks_has_that_for_its_title(headline: str) -> None:
    """A charity's appeal under its menu: the headline asks ("Help us ...", "Join us ..."), reads as a prompt,
    and is still the title, not the menu's first entry ("Donate")."""
    text = ("Donate\nVolunteer\nOur work\nContact\n"
            f"{headline}\n"
            "The garden at St Ann's Hospice was flooded in January, and the beds and paths need rebuilding.\n"
            "Patients and their families use it every day, and we need £12,000 to have it ready by the summer.\n"
            "Donate now\n£10\n£25\nRegistered charity 1012345\n")
    assert pasted(text, "appeal.txt").meta.title == headline


_THREAD = """Log in
Sign up
Explore
Sam Okoro
@samokoro@social.example
Why the swifts came back late this year, a short thread. 1/3
Jun 2, 2025, 07:40
8
31
Sam Okoro
@samokoro@social.example
A cold, wet May over France held them back for almost two weeks, and many waited there for the wind to turn. 2/3
Jun 2, 2025, 07:42
Lee Hart
@leehart@other.example
Mine arrived on the 20th, the latest I have ever seen them.
Jun 2, 2025, 08:01
Sam Okoro
@samokoro@social.example
They are here now, and most will start nesting within a week, so keep the eaves clear of scaffolding.
Jun 2, 2025, 07:44
Reply
Boost
Favourite
"""


def test_a_thread_is_its_writers_posts_under_their_name_and_handle() -> None:
    """A social network's thread: the posts under the same name and handle are read in turn, the writer named and
    dated by the first post's stamp; a reply under another name is not read, nor the counts and buttons."""
    document = pasted(_THREAD, "thread.txt")
    assert (document.meta.authors, document.meta.published) == (("Sam Okoro",), "2025-06-02")
    assert [t.split(". ")[0].rstrip(".") for t in kept(document)] == [
        "Why the swifts came back late this year, a short thread", "A cold, wet May over France held them back for "
        "almost two weeks, and many waited there for the wind to turn", "They are here now, and most will start "
        "nesting within a week, so keep the eaves clear of scaffolding"]


@pytest.mark.parametrize("stamp", ["6h ago", "2d ago", "3 wk. ago"])
def test_a_reply_under_its_short_stamp_is_not_read_with_the_post(stamp: str) -> None:
    """A forum's reply under its writer and a stamp as feeds shorten it ("6h ago"): the post is over, the reply is not
    read with it."""
    text = ("Skip to main content\nr/AskUK\nLog In\nr/AskUK\n•\n9 hr. ago\nkettle_on_77\n"
            "Why do British houses have separate hot and cold taps?\nAsk UK\n"
            "My flatmate from Spain keeps asking and I realised I have no idea at all.\n"
            "Is it just history, or is there still a reason for it?\nUpvote\n88\nDownvote\nGo to comments\nShare\n"
            f"tap_historian\n•\n{stamp}\n"
            "Old houses drew cold water straight from the mains and hot water from a tank in the loft.\nReply\n")
    texts = kept(pasted(text, "thread.txt"))
    assert texts[-1] == "Is it just history, or is there still a reason for it?"


@pytest.mark.parametrize("score", ["Bath 24-19 Saracens", "Wigan 2-0 Bolton", "Leinster 31 - 8 Ulster"])
def test_a_matchs_score_line_is_its_headline_however_few_its_words(score: str) -> None:
    """A live match page headed by its result ("Bath 24-19 Saracens", two words and a score): that is the title, not
    the sport's section that opens the page."""
    text = ("Rugby Union\nScores & Fixtures\nPremiership\n"
            f"{score}\nFull time\nLive\nReport\n"
            "The home side hold on for a win that takes them back to the top of the table.\n80'\n"
            "The visitors are held up over the line, and the referee blows for full time.\n71'\n"
            "Try! A long break down the left ends with a score in the corner.\nShare\nMore Rugby Union\n")
    assert pasted(text, "live.txt").meta.title == score


@pytest.mark.parametrize(("first", "second"), [
    ("The swifts are back. 1/2", "Nests start within the week. 2/2"),
    ("Why the oven clock is always wrong, a thread. 🧵", "It sits by the hottest thing in the kitchen. (2/2)"),
])
def test_a_short_posts_count_after_its_stop_still_ends_a_sentence(first: str, second: str) -> None:
    """A thread of two short posts, each counted after its stop ("1/2") or marked as a thread: sentences, so the
    thread is an article, not "no article text found"."""
    assert has_article([Block(BlockKind.PARAGRAPH, first), Block(BlockKind.PARAGRAPH, second)])


def test_a_bare_fraction_is_no_sentences_end() -> None:
    """Two lines of a table's figures ("Won 3/4") end in no stop: no article."""
    assert not has_article([Block(BlockKind.PARAGRAPH, "Home wins 3/4"), Block(BlockKind.PARAGRAPH, "Away wins 1/4")])


_PAPER = """Proceedings of the Dales Field Society
Search
Log in
Research paper
{title}
{names}
Received 3 March 2025
Curlews nest later on fields that are cut for silage than on those grazed by sheep.
We followed 40 nests over two springs, and a third of those on cut fields were lost to the mowers.
"""


@pytest.mark.parametrize(("names", "authors"), [
    ("Ruth Allen, Mark Pye", ("Ruth Allen", "Mark Pye")),
    ("Ruth Allen1, Mark Pye2 and Jo Finch1,2", ("Ruth Allen", "Mark Pye", "Jo Finch")),
    ("R. Allen*, M. J. Pye†", ("R. Allen", "M. J. Pye")),
])
def test_a_line_of_names_under_a_papers_title_is_its_byline(names: str, authors: tuple[str, ...]) -> None:
    """A paper's page: its title, then its authors' names alone, parted by commas or "and" (an affiliation's digit or
    mark after each): the names are the authors and the line over them the title, not the journal's name."""
    title = "When curlews nest on farmland"
    document = pasted(_PAPER.format(title=title, names=names), "paper.txt")
    assert (document.meta.title, document.meta.authors) == (title, authors)
    assert names not in kept(document)


def test_a_line_of_places_under_a_title_is_no_byline() -> None:
    """"North Yorkshire, West Yorkshire and South Yorkshire" under a headline names places, one surname shared: no
    authors."""
    document = pasted(_PAPER.format(title="Where curlews nest",
                                   names="North Yorkshire, West Yorkshire and South Yorkshire"), "paper.txt")
    assert document.meta.authors == ()


_LINK_PAGE = """Link News
new | comments | submit
login
Building a weather station from an old router (example.net)
88 points by rkhan 4 hours ago | 23 comments
{text}
tmk 3 hours ago | next [–]
I did this with a router from a skip, and it has logged the garden's temperature every minute for a year.
reply
abrook 2 hours ago | parent | next [–]
Same, though mine died the first winter it was left in the shed.
reply
Guidelines | FAQ | Contact
"""


def test_a_link_pages_comments_are_read_one_after_another() -> None:
    """A link aggregator's page of a link has no text of its own: its comments, each under its writer's handle and
    stamp, are what there is to hear, all of them, not the first alone."""
    texts = kept(pasted(_LINK_PAGE.format(text=""), "item.txt"))
    assert texts[-1] == "Same, though mine died the first winter it was left in the shed."
    assert "reply" not in texts and "abrook 2 hours ago | parent | next [–]" not in texts


def test_under_a_submissions_own_text_the_comments_are_others() -> None:
    """A submission with text of its own (an "Ask" post): that text is the article, the comments under it others'
    replies, not read with it (as a forum's replies)."""
    text = ("I want to log the garden's temperature without buying a kit, and I have an old router in a drawer.\n"
            "Has anyone turned one into a weather station, and what did you need to add to it?")
    texts = kept(pasted(_LINK_PAGE.format(text=text), "item.txt"))
    assert texts[-1] == "Has anyone turned one into a weather station, and what did you need to add to it?"


_COTTAGE = """Stay
Holiday cottages
Sign in
Back to results
£640 per week
Two bedroom cottage in the Dales
{place}
{details}
Highlights
Wood burning stove
Dogs welcome
Garden with a view of the fell
About this cottage
The cottage stands at the end of a quiet lane, a short walk from the village pub and the river.
Downstairs there is a sitting room with the stove and a kitchen with a table for four.
Check availability
"""


@pytest.mark.parametrize(("place", "details"), [
    ("Back Lane, Askrigg DL8", "Sleeps: 4\nBedrooms: 2"),
    ("Back Lane, Askrigg DL8 3HT", "Sleeps: 4\nPets: 2 dogs"),
])
def test_a_listings_points_over_its_description_are_read_and_no_title(place: str, details: str) -> None:
    """A listing's points under their heading ("Highlights"), over the description's own heading: read as a list,
    the listing's headline its title, not the last point, the address with its postcode or the last of its fields."""
    document = pasted(_COTTAGE.format(place=place, details=details), "cottage.txt")
    texts = kept(document)
    assert document.meta.title == "Two bedroom cottage in the Dales"
    assert texts[texts.index("Highlights"):texts.index("Highlights") + 4] == [
        "Highlights", "Wood burning stove", "Dogs welcome", "Garden with a view of the fell"]
    assert place not in texts and "Sleeps: 4" not in texts


def test_a_headline_with_its_colon_is_still_a_title() -> None:
    """"Review: The Railway Children", one line with a colon over the body, no other field by it: the title."""
    text = ("Harwood Players\nHome\nShows\nContact\nReview: The Railway Children\nBy Ann Lee\n"
            "The new stage version is told with live music and a real steam whistle, and it is a delight.\n"
            "Children in the audience cheered when the train came through the smoke at the end.\n")
    assert pasted(text, "review.txt").meta.title == "Review: The Railway Children"


_SHOW = """What's on
Theatre
Book tickets
Basket
The Wind in the Willows
Tue 6 - Sat 10 May 2025
Book now
About the show
Mole leaves his spring cleaning to go boating with Ratty, and the friends are soon caught up in Toad's wild schemes.
This stage version has puppets, songs and a motor car that really honks.
{last}
You may also like
"""


@pytest.mark.parametrize("last", ["There is a signed performance on Friday 9 May at 7pm.",
                                  "The Saturday show starts early, at 2.30pm, for younger children."])
def test_a_sentence_with_a_day_and_a_time_late_in_it_is_read(last: str) -> None:
    """A listing's last sentence saying when ("There is a signed performance on Friday 9 May at 7pm."): a sentence
    with its stop and its time late in it, not a comment's header, so it is read."""
    assert kept(pasted(_SHOW.format(last=last), "show.txt"))[-1] == last


def test_a_comments_header_with_its_time_is_still_not_read() -> None:
    """"Ann Lee on 3 May 2025 at 4:47 pm said:" under a story heads a comment: not read as the story's."""
    texts = kept(pasted(_SHOW.format(last="Ann Lee on 3 May 2025 at 4:47 pm said:\nLovely show, we went twice."),
                         "show.txt"))
    assert "Ann Lee on 3 May 2025 at 4:47 pm said:" not in texts


_LIVE = """Rugby League
Scores
Fixtures
Wigan 18-12 Leeds
Full time
Live
{body}
{label}
{last}
Share
More Rugby League
"""
_LIVE_ENTRIES = ("80'\nThe hooter goes, and Wigan hold on for a win that keeps them top.\n"
                 "64'\nTry! Leeds score out wide after a long spell of pressure on the line.\n"
                 "31'\nTry! Wigan go ahead when their winger finishes in the corner.")


@pytest.mark.parametrize(("label", "last"), [("Kick off", "We are under way."), ("1'", "Leeds kick off.")])
def test_a_live_pages_last_short_entry_under_its_label_is_read(label: str, last: str) -> None:
    """Live text: entries under their minutes, the first of the match last ("Kick off" / "We are under way."), a
    sentence too short for prose, still the commentary's."""
    assert kept(pasted(_LIVE.format(body=_LIVE_ENTRIES, label=label, last=last), "live.txt"))[-1] == last


def test_a_short_line_under_a_label_after_a_story_is_not_an_entry() -> None:
    """Under a story of paragraphs, not entries under labels, "Newsletter" / "Sign up today." is the page's."""
    body = ("Wigan held on for a win that keeps them top of the table after a tense second half at home.\n"
            "Leeds scored out wide after a long spell of pressure, but could not find a second try.")
    texts = kept(pasted(_LIVE.format(body=body, label="Newsletter", last="Sign up today."), "live.txt"))
    assert "Sign up today." not in texts


if __name__ == "__main__":
    report(FIXTURES)

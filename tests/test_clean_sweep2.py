"""A second sweep of the text reader over page dumps nobody tuned for: article lines each class of them lost."""

from __future__ import annotations

from narrator.clean import clean
from narrator.clean.lines import make_line
from narrator.config import CleanSettings
from narrator.model import Block, BlockKind, Format, Source


def _blocks(*groups: str) -> list[Block]:
    """The blocks read from a scraped page of these groups of lines, blank lines between the groups."""
    page = "\n\n".join(groups)
    return list(clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks)


def _texts(*groups: str) -> list[str]:
    return [b.text for b in _blocks(*groups)]


_MENU = ("Home", "News", "Council", "Planning", "Events", "Contact")
_FOOTER = ("Privacy policy", "Accessibility", "Cookies", "Site map", "© 2025 Hollin Parish Council")


# --- a subheading of five or six words glued to its paragraph is no teaser card -----------------------------------

_FUND_INTRO = ("The parish council has opened a small grants fund for clubs and groups in the village this spring, "
               "with twelve thousand pounds to share out before the end of the summer.")
_FUND_WHY = ("Councillors said the money comes from the sale of the old depot on Mill Lane, and that they wanted "
             "it spent on things people in the village use every week rather than on the council's own buildings.")
_HOW = ("How the grants fund works",
        "Each group can ask for up to fifteen hundred pounds, once a year, for equipment, hall hire or a one-off "
        "event. The council's grants panel meets once a month and reads every application in full before it "
        "decides, and it writes back to each group within two weeks of its meeting.")
_WHO = ("Who can apply",
        "Any club or group that meets in the parish and is open to everyone who lives here can apply, whether it "
        "has a bank account of its own or not.")
_PAYS = ("What the fund will pay for", "It pays for things, not for wages or for travel.")
_WHEN = ("Deadlines for this round", "The first round closes on the last Friday of April.")


def test_sections_with_headings_of_five_or_six_words_are_read_with_their_paragraphs() -> None:
    """A dump that writes each section's heading straight above its paragraph: a heading of five words over a long
    paragraph, and a few words over a short one on a page that writes every section so, were taken for teaser
    cards (a headline over its summary), and the sections were dropped."""
    blocks = _blocks("Small grants fund opens for village clubs - Hollin Parish Council", *_MENU,
                     "Small grants fund opens for village clubs", "By Ruth Akers | 3 March 2025", _FUND_INTRO,
                     _FUND_WHY, *("\n".join(section) for section in (_HOW, _WHO, _PAYS, _WHEN)), *_FOOTER)
    pairs = [(b.kind, b.text) for b in blocks]
    assert pairs[:2] == [(BlockKind.PARAGRAPH, _FUND_INTRO), (BlockKind.PARAGRAPH, _FUND_WHY)]
    for heading, paragraph in (_HOW, _WHO, _PAYS, _WHEN):
        assert (BlockKind.HEADING, heading) in pairs
        assert (BlockKind.PARAGRAPH, paragraph) in pairs
    assert not any(b.text in _FOOTER for b in blocks)


def test_teaser_cards_under_an_article_with_glued_sections_stay_out() -> None:
    """Other stories' cards below such an article (a headline of many words over its summary) are still cards."""
    cards = ["Bridge repairs will close the high street for most of March\nWork on the old stone bridge starts on "
             "Monday and the diversion runs through the industrial estate.",
             "Village hall roof fund passes its target after a busy winter of quiz nights\nThe committee thanked "
             "everyone who came and said the builders start in May."]
    texts = _texts("Small grants fund opens for village clubs", *_MENU, "By Ruth Akers | 3 March 2025", _FUND_INTRO,
                   _FUND_WHY, *("\n".join(section) for section in (_HOW, _WHO)), "More from the council", *cards,
                   *_FOOTER)
    assert _HOW[1] in texts and _WHO[1] in texts
    assert not any("bridge" in text.lower() or "roof fund" in text.lower() for text in texts)


# --- a subheading a table of contents repeats above the article is still the article's ------------------------------

_PRUNE_LEAD = ("Most of the apple trees in our village orchards have not been pruned for years, and it shows: tall "
               "thin branches, small fruit out of reach, and a canopy so thick that the blossom never sees the sun.")
_PRUNE_WHEN = ("Prune in late winter, on a dry day when the buds are still tight. Cuts heal faster then, and you can "
               "see the shape of the tree without its leaves in the way, which makes every decision easier.")
_PRUNE_WHAT = ("Take out dead and crossing wood first, then open up the centre of the tree so that light and air "
               "reach every branch. Never remove more than a quarter of the canopy in a single winter.")
_PRUNE_AFTER = ("Clean your tools between trees, and leave the cut wood in a pile at the edge of the orchard: "
                "beetles, hedgehogs and wrens will move into it within a season.")
_CONTENTS = ("When to prune an old tree", "What to cut and what to leave", "Looking after the orchard afterwards")


def test_subheadings_listed_in_a_table_of_contents_above_the_article_are_read() -> None:
    """A guide lists its sections above the article ("On this page", then each subheading): every subheading was
    then a line shown twice, taken for a teaser or a caption repeated, and dropped from the body."""
    blocks = _blocks("How to prune an old apple tree | Orchard Friends", *_MENU, "How to prune an old apple tree",
                     "By Tom Reeve, 12 January 2025", "On this page\n" + "\n".join(_CONTENTS), _PRUNE_LEAD,
                     _CONTENTS[0], _PRUNE_WHEN, _CONTENTS[1], _PRUNE_WHAT, _CONTENTS[2], _PRUNE_AFTER, "Share",
                     "Home", *_FOOTER)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, _PRUNE_LEAD), (BlockKind.HEADING, _CONTENTS[0]), (BlockKind.PARAGRAPH, _PRUNE_WHEN),
        (BlockKind.HEADING, _CONTENTS[1]), (BlockKind.PARAGRAPH, _PRUNE_WHAT), (BlockKind.HEADING, _CONTENTS[2]),
        (BlockKind.PARAGRAPH, _PRUNE_AFTER)]


def test_a_menu_entry_repeated_between_paragraphs_is_not_taken_for_a_listed_subheading() -> None:
    """One word of the menu above the article shown again between its paragraphs is still the page's, not a section
    of a table of contents."""
    texts = _texts("How to prune an old apple tree", "Home\nNews\nAdvertisement\nEvents", "By Tom Reeve",
                   _PRUNE_LEAD, "Advertisement", _PRUNE_WHEN, _PRUNE_WHAT, _PRUNE_AFTER, *_FOOTER)
    assert texts == [_PRUNE_LEAD, _PRUNE_WHEN, _PRUNE_WHAT, _PRUNE_AFTER]


# --- a subheading between two paragraphs of a block dumped without blank lines -----------------------------------

_INN_LEAD = ("The Harbour Inn reopened on Friday after a winter of building work, with twelve new rooms over the "
             "old sail loft and a kitchen run by a chef who grew up two streets away.")
_INN_ROOMS = ("Every room looks over the water, and the builders kept the loft's oak beams and its iron hooks, where "
              "the sails once hung to dry through the long wet months of the year.")
_INN_FOOD = ("The menu changes with the boats: crab and mackerel in summer, mussels and hake when the weather "
             "turns, with bread baked each morning in the oven that came with the building.")
_INN_WALKS = ("The coast path passes the front door, and the inn lends out maps, flasks and, on wet days, boots "
              "for anyone who has come without a pair of their own.")


def test_a_subheading_between_paragraphs_dumped_without_blank_lines_is_read() -> None:
    """A page whose article text comes as one block, a paragraph a line with no blank line between them: its
    subheadings ("Rooms", "Eating and drinking") were neither alone in their group nor opening one, and were
    dropped."""
    article = "\n".join([_INN_LEAD, "Rooms", _INN_ROOMS, "Eating and drinking", _INN_FOOD, "Out and about",
                         _INN_WALKS])
    blocks = _blocks("The Harbour Inn reopens with twelve new rooms", *_MENU,
                     "The Harbour Inn reopens with twelve new rooms", "By Jo Penrose | 14 March 2025", article,
                     "Advertisement", *_FOOTER)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, _INN_LEAD), (BlockKind.HEADING, "Rooms"), (BlockKind.PARAGRAPH, _INN_ROOMS),
        (BlockKind.HEADING, "Eating and drinking"), (BlockKind.PARAGRAPH, _INN_FOOD),
        (BlockKind.HEADING, "Out and about"), (BlockKind.PARAGRAPH, _INN_WALKS)]


def test_a_prompt_between_paragraphs_dumped_without_blank_lines_stays_out() -> None:
    """A prompt in that block ("Advertisement", "Read more") is no subheading."""
    article = "\n".join([_INN_LEAD, "Advertisement", _INN_ROOMS, "Read more", _INN_FOOD, _INN_WALKS])
    texts = _texts("The Harbour Inn reopens with twelve new rooms", *_MENU, "By Jo Penrose", article, *_FOOTER)
    assert texts == [_INN_LEAD, _INN_ROOMS, _INN_FOOD, _INN_WALKS]


# --- a post that is a list: its short items above the first long one ----------------------------------------------

_SHORT_ITEMS = ["+ Added night mode", "+ Added a map of every bus stop", "+ Added Welsh", "+ Added a dark icon",
                "+ Added saved journeys", "+ Added a widget for the next bus"]
_LONG_ITEMS = ["+ Timetables now update every night, so that a change to a route shows in the app by the next morning "
               "instead of the following week",
               "+ Fixed the crash on older phones when a journey crossed midnight and the app tried to show two days",
               "* Tickets bought on the bus are now shown in your history too, with the fare and the time you paid"]


def test_the_short_items_of_a_post_that_is_a_list_are_read_with_the_long_ones() -> None:
    """Release notes dumped an item a line ("+ Added Welsh"): the article was found from the first item long enough to
    be prose, and every short item above it was dropped."""
    texts = _texts("Bus Times 3.0 release notes - Bus Times Blog", "Bus Times Blog\nHome\nArchive",
                   "Bus Times 3.0 release notes",
                   "\n".join([*_SHORT_ITEMS, *_LONG_ITEMS]), "Older posts\nNewer posts", *_FOOTER)
    assert [text.lstrip("+* ") for text in texts] == [item.lstrip("+* ") for item in [*_SHORT_ITEMS, *_LONG_ITEMS]]


def test_typed_bullets_above_a_body_of_paragraphs_stay_out() -> None:
    """A menu typed with dashes right above the article's paragraphs is not a list of the article's."""
    texts = _texts("How to prune an old apple tree", "- Home\n- Guides\n- Orchards\n- Contact", _PRUNE_LEAD,
                   _PRUNE_WHEN, _PRUNE_WHAT, *_FOOTER)
    assert texts == [_PRUNE_LEAD, _PRUNE_WHEN, _PRUNE_WHAT]


# --- a short lead above the table of contents it announces --------------------------------------------------------

_SOUP_LEAD = "In this post I will show you how to make a proper stock from the bones of a roast chicken."
_SOUP_ANNOUNCE = "The post is made up of these parts:"
_SOUP_PARTS = ["What You Need", "Step 1: Roast the Bones Again", "Step 2: Simmer for Three Hours",
               "Step 3: Strain and Cool", "Storing Your Stock"]
_SOUP_BODY = [("You need the carcass of one roast chicken, an onion, two carrots, a stick of celery, a bay leaf and "
               "enough cold water to cover everything in your largest pan by a couple of inches."),
              ("Break the carcass into pieces and roast it again in a hot oven for twenty minutes, until the bones "
               "are deep brown at the edges: this is where most of the colour and flavour of the stock come from."),
              ("Put the bones and the vegetables in the pan, cover them with cold water and bring it slowly to the "
               "gentlest simmer. Skim off the foam now and then and never let it boil hard, or the stock clouds."),
              ("Strain the stock through a sieve lined with a clean cloth, let it cool, and lift off the fat once it "
               "has set on top. What is left keeps for four days in the fridge or three months in the freezer.")]


def test_a_short_lead_above_the_contents_it_announces_is_read() -> None:
    """A tutorial's first lines ("In this post I will show you...", "The post is made up of these parts:") stood
    above its table of contents, too short to join the body over it, and the article lost its opening; the parts it
    announced, and the subheadings they repeat, are read too."""
    texts = _texts("Chicken stock from a roast carcass | Kitchen Notes", *_MENU, "Chicken stock from a roast carcass",
                   _SOUP_LEAD, _SOUP_ANNOUNCE, "\n".join(_SOUP_PARTS), "Let's get going.", _SOUP_PARTS[0],
                   _SOUP_BODY[0], _SOUP_PARTS[1], _SOUP_BODY[1], _SOUP_PARTS[2], _SOUP_BODY[2], _SOUP_PARTS[3],
                   _SOUP_BODY[3], *_FOOTER)
    assert texts == [_SOUP_LEAD, _SOUP_ANNOUNCE, *_SOUP_PARTS, "Let's get going.",
                     *(text for part, paragraph in zip(_SOUP_PARTS[:4], _SOUP_BODY, strict=True)
                       for text in (part, paragraph))]


def test_a_teaser_above_a_menu_it_seems_to_announce_stays_out() -> None:
    """A line ending in a colon over a menu, far from the body's first prose, is no lead of the article's."""
    texts = _texts("Chicken stock from a roast carcass", "Kitchen Notes: recipes for every night of the week",
                   "Browse by category:", "\n".join(["Soups", "Roasts", "Bread", "Puddings", "Drinks", "Pickles",
                                                      "Jams", "Cakes", "Salads", "Sauces", "Pies", "Stews", "Rice",
                                                      "Pasta"]),
                   _SOUP_PARTS[0], *_SOUP_BODY, *_FOOTER)
    assert texts[0] == _SOUP_BODY[0]


# --- a tutorial's shell sessions between its paragraphs ------------------------------------------------------------

_GIT_INTRO = [("This guide walks through sharing a repository between two laptops without a server in the middle, "
               "using nothing but a USB stick and the commands that come with git itself."),
              ("It assumes you have used git on one machine before, and that both laptops have the same version "
               "installed, which saves a lot of confusion about options that were renamed along the way."),
              ("The whole thing takes about ten minutes the first time, and a few seconds every time after that, "
               "once the bare repository on the stick is set up and both laptops know where to find it.")]
_GIT_STEPS = [("First make a bare repository on the stick. A bare repository has no working files, only the history, "
               "which is all the stick needs to carry between the two machines:"),
              ("Then tell the first laptop about it and push everything there, so that the stick holds every branch "
               "and every tag that you have made so far on this machine:"),
              ("On the second laptop, clone from the stick. Git remembers where the clone came from, so later you "
               "only need to pull when you plug the stick in again:"),
              ("When both laptops have made changes, pull before you push, and git will ask you to merge the two "
               "histories exactly as it would with a server:")]
_GIT_SESSIONS = [["$ git init --bare /media/stick/notes.git",
                  "Initialized empty Git repository in /media/stick/notes.git/"],
                 ["$ git remote add stick /media/stick/notes.git", "$ git push stick --all",
                  "Enumerating objects: 212, done.", "Counting objects: 100% (212/212), done.",
                  "Writing objects: 100% (212/212), 48.10 KiB | 4.01 MiB/s, done.", "Total 212 (delta 80), reused 0"],
                 ["$ git clone /media/stick/notes.git notes", "Cloning into 'notes'...", "done."],
                 ["$ git pull stick main", "Auto-merging todo.md", "Merge made by the 'ort' strategy.",
                  " todo.md | 3 +++", " 1 file changed, 3 insertions(+)", "$ git push stick main"]]
_GIT_END = ("That is all there is to it. Keep the stick somewhere safe, and remember that it is a copy of everything, "
            "so anything you would not want lost or read by a stranger should not be on it unencrypted.")


def test_the_paragraphs_between_a_tutorial_s_shell_sessions_are_read_to_its_end() -> None:
    """A tutorial dumped a line per element, a shell session ("$ git push stick --all" and what git printed) after
    each paragraph: the sessions' lines thinned the prose so that its later part read as a sparse run of clutter,
    and the article ended halfway."""
    steps = [line for paragraph, session in zip(_GIT_STEPS, _GIT_SESSIONS, strict=True)
             for line in (paragraph, *session)]
    page = "\n".join(["Sharing a git repository on a USB stick | Field Notes", "Field Notes", "Home", "Archive",
                      "About", "Sharing a git repository on a USB stick", "By Sam Ortega, 2 May 2025", *_GIT_INTRO,
                      *steps, _GIT_END, "Tags: git, backups", "Older post", "Newer post", *_FOOTER])
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    # (git's messages between them, "Initialized empty Git repository in ...", are read as they were before)
    assert [text for text in texts if text in (*_GIT_INTRO, *_GIT_STEPS, _GIT_END)] == [*_GIT_INTRO, *_GIT_STEPS,
                                                                                          _GIT_END]
    assert not any(text.startswith("$ ") or text.startswith("Tags") for text in texts)


# --- the list the article's last paragraph announces --------------------------------------------------------------

_TRIAL_BODY = [("For six weeks the library lent out its meeting room for free on weekday mornings, to see who would "
                "use it and what they would need if the council made the arrangement permanent next year."),
               ("Forty-one groups booked it at least once, from a knitting circle to a start-up of three people who "
                "had been working from a café, and most came back more than once during the trial."),
               "I know that is a lot of numbers, so here is what the trial showed:"]
_TRIAL_POINTS = ["Mornings were booked far more often than afternoons",
                 "Most groups were small and needed only a table and the wifi",
                 "Nobody used the projector the library bought for the trial",
                 "Several groups would pay a small fee to book the room ahead"]


def test_the_points_the_last_paragraph_announces_are_read() -> None:
    """The article's last paragraph ended on a colon over a list of points packed together, a point a line: the
    article ended on "here is what the trial showed:" and the points were dropped."""
    texts = _texts("What the library's free meeting room trial showed | Hollin Parish", *_MENU,
                   "What the library's free meeting room trial showed", "By Ruth Akers | 9 June 2025", *_TRIAL_BODY,
                   "\n".join(_TRIAL_POINTS), "Author: Ruth Akers\nPublished: 9 June 2025\nRss", *_FOOTER)
    assert texts == [*_TRIAL_BODY, *_TRIAL_POINTS]


def test_a_box_of_links_under_a_last_paragraph_ending_on_a_colon_stays_out() -> None:
    """A box of other stories' headlines under such a paragraph is no list of its: headlines are no ordinary words."""
    texts = _texts("What the library's free meeting room trial showed", *_MENU, "By Ruth Akers", *_TRIAL_BODY,
                   "Council Approves New Bus Shelter\nLibrary Extends Opening Hours\nCar Park Fees Frozen Again",
                   *_FOOTER)
    assert texts == _TRIAL_BODY


# --- a subheading the article uses twice ---------------------------------------------------------------------------

_GOALS = [("Durability", "Every message the service accepts is written to two disks in different buildings before "
           "the sender hears back, so that losing one building loses nothing that was acknowledged."),
          ("Ordering", "Messages from one sender arrive in the order they were sent, though messages from different "
           "senders may overtake each other, which no user of the service has ever needed to prevent.")]
_HOW_DONE = [("Durability", "We write each message to the local log first and then to the replica across the river, "
              "and only when both writes have returned do we answer the sender with the message's number."),
             ("Ordering", "Each sender's messages carry a counter, and the receiving side holds back any message whose "
              "counter skips ahead until the one it is waiting for has arrived or the sender gives up.")]


def test_a_subheading_used_in_two_parts_of_the_article_is_read_both_times() -> None:
    """An article that names the same sections twice (what each goal is, then how it was met: "Durability" and
    "Ordering" over a paragraph each time) lost those subheadings, taken for lines repeated by the page."""
    sections = ["\n".join(pair) for pair in (*_GOALS, *_HOW_DONE)]
    blocks = _blocks("How the message service keeps its promises | Engineering", *_MENU,
                     "How the message service keeps its promises", "By Lee Hart | 1 April 2025",
                     ("The message service carries every notification the company sends, about forty thousand a "
                      "second at its peak, and this post explains the two promises it makes and how it keeps them."),
                     "Goals", *sections[:2], "How we met them", *sections[2:], *_FOOTER)
    pairs = [(b.kind, b.text) for b in blocks]
    for heading, paragraph in (*_GOALS, *_HOW_DONE):
        assert pairs[pairs.index((BlockKind.PARAGRAPH, paragraph)) - 1] == (BlockKind.HEADING, heading)


def test_a_line_repeated_outside_the_article_still_is_the_page_s() -> None:
    """A short line shown again in the page's footer (a menu's entry) is still left out where it stands in the body."""
    texts = _texts("How to prune an old apple tree", *_MENU, "By Tom Reeve", _PRUNE_LEAD, "Orchard news",
                   _PRUNE_WHEN, _PRUNE_WHAT, "Orchard news\nVolunteer\nDonate", *_FOOTER)
    assert "Orchard news" not in texts


# --- a sentence ending on a fraction in brackets is no photo credit -------------------------------------------------

def test_a_sentence_ending_on_a_fraction_in_brackets_is_no_credit() -> None:
    """"(Name/Agency)" ends a caption; "(about 1/3 of the replies.)" or "(open 24/7)" ends a sentence of the story,
    and such a paragraph was dropped as a photo credit."""
    for sentence in ('"Thank you for putting it into words." (This was about 1/3 of the replies.)',
                     "The pharmacy on the corner never closes (it is open 24/7)."):
        assert not make_line(0, sentence, 0).credit, sentence
    for caption in ("Rescuers at the flooded bridge on Monday. (Reuters/Jon Nazca)",
                    "The mayor speaks to reporters. (AP Photo/Evan Vucci)"):
        assert make_line(0, caption, 0).credit, caption


# --- a sentence broken over two lines is no teaser card -------------------------------------------------------------

_REPLIES = [("So of course that week I got hundreds of letters about the column, and nearly every one of them wanted "
             "to make sure I understood exactly where I had gone wrong."),
            ("Most of them said the same three or four things, some politely and some not, and a few of them said all "
             "of the things at once in a single very long paragraph."),
            ("So please do not send me any more letters about it. I will read them, because I read everything, but I "
             "will not answer them, and I will not change my mind about the bus timetable.")]


def test_a_sentence_broken_over_two_lines_is_not_a_teaser_card() -> None:
    """A line running on into the next ("I've heard it before; and", then "I didn't care the first time.") looked
    like a headline glued to its summary, and the sentence was dropped as a teaser card."""
    texts = _texts("Letters about the bus column | The Hollin Gazette", *_MENU, "Letters about the bus column",
                   "By Ann Weller", *_REPLIES[:2], "I've read them all before; and\nI didn't care the first time.",
                   _REPLIES[2], *_FOOTER)
    assert texts == [*_REPLIES[:2], "I've read them all before; and", "I didn't care the first time.", _REPLIES[2]]


# --- a subheading next to an advertisement's label -----------------------------------------------------------------

_SAGA = [("The valley's first farmers came over the pass in the spring of 1820, eleven families with their animals "
          "and seed, and they built their houses on the dry ground above the river where the church now stands."),
         ("For twenty years the river left them alone. Then came the wet autumn of 1841, and with it the flood that "
          "every family in the valley still tells its children about, two centuries on."),
         ("The water rose for three days. The families carried what they could up to the church and watched the "
          "river take their barns, their fences and, on the third night, the old stone bridge."),
         ("They rebuilt the bridge higher, and the houses further up the slope, and they planted the line of willows "
          "along the bank that still holds the river in its place every winter.")]


def test_subheadings_next_to_an_advertisement_s_label_are_read() -> None:
    """A long story with an "Advertisement" label between its parts lost each subheading the label stood next to:
    there was no kept text right above it, or no prose right below it."""
    texts = _texts("A history of the valley in two floods | The Hollin Gazette", *_MENU,
                   "A history of the valley in two floods", "By Ann Weller", _SAGA[0], "Advertisement",
                   "Part One: The Wet Autumn", _SAGA[1], _SAGA[2], "Part Two: The New Bridge", "Advertisement",
                   "(Drawing: Mary Holt)", _SAGA[3], *_FOOTER)
    assert texts == [_SAGA[0], "Part One: The Wet Autumn", _SAGA[1], _SAGA[2], "Part Two: The New Bridge", _SAGA[3]]


def test_a_title_after_a_comment_button_is_not_taken_for_a_subheading() -> None:
    """Only an advertisement's label is looked past: a promotion's title under a "Comments" button stays out."""
    texts = _texts("A history of the valley in two floods", *_MENU, "By Ann Weller", _SAGA[0], _SAGA[1], "Comments",
                   "Something to Consider", _SAGA[2], _SAGA[3], *_FOOTER)
    assert "Something to Consider" not in texts

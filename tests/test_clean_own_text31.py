"""Twenty-four texts in forms the earlier sets lack (issue #10): twelve a user typed (a parish magazine, a eulogy, a
site's safety briefing, a fan-fiction chapter, a release note in Markdown, a school field trip's report, a grant
proposal's summary, a letter of complaint, a local radio's news script, a song's words with its parts named, a recipe
card, a committee's minutes) and twelve page dumps copied from a browser, of sites no earlier set tried (an Asana task,
an Ask MetaFilter question, a Backloggd review, a Hostelworld review, a Linear issue, a Mixcloud show, an OnTheMarket
listing, a Spotify episode, a TheFork review, an Untappd check-in, a Wikiloc route, a YouTrack issue)
(tests/fixtures/own_text31; a text saved as .md is read as Markdown), their expectations written before they first ran.

FIRST READING: 5 of 24 read right (4 of 12 typed, 1 of 12 dumps; body lines kept 156/173, clutter read 11/285,
titles 13, authors 10, dates 18 of 24). Every third text in name order (backloggd_review, mixcloud_show, own_eulogy,
own_grant_summary, own_radio_news_script, own_safety_briefing, thefork_review, youtrack_issue) was kept aside: 3 of 8
at first; the other two thirds 2 of 16. Four expectations were brought to the house's form after that run, none of
them moving a text from wrong to right: a letter to "Dear Sir or Madam," is signed but has no byline, and its sender's
address over the day is for the post, not read (signoffs.py); "Minutes taken by ..." closing the minutes is heard as
the byline, not read as a line; a listing's three points under "Key features" are its writer's, read with their
heading (textlists.py). On those the first reading is the same 5 of 24 (body 153/169, clutter 10/284, titles 13,
authors 11, dates 18). Classes read from the tuned two thirds: a typed credit opening its line ("Report by Joy Okafor",
"Words and music by Tess Marlow", "Minutes taken by Carol Bright") named no writer; a meeting paper's line with its
day under the title ("Minutes of the meeting held on Thursday 3 December 2026 at ...") was taken for a date alone and
not read; a tracker's activity line ("Gemma Hollis created this task · Dec 2") named no writer, and a value under its
side panel's bare label ("Projects" / "Spring Open Day 2027") titled the task; a review site's scores by aspect
("Value for Money 9.5") and a route's locality ("near Brecon, Wales (United Kingdom)") titled pages, and the name over
"Follow" under the locality wrote nothing; a note's "Released 3 December 2026." under its title, and an issue's month
alone under the periodical's name ("January 2027"), dated nothing; a song's words under its parts' names ("Verse 1",
"Chorus") were joined as wrapped prose when one sung line ran to eleven words; a show's name ("The Slow Allotment")
over the day wrote its episode, and a sign-up pitch over its button ("Sign up to get unlimited songs ..." / "Sign up
free") was read with the box over it; a stamp's two-digit year ("Added 28/11/26") dated nothing and let a listing's
points run up to its facts, and a portal's badge ("Only with us") headed the points. After them: tuned 12 of 16, kept
third 3 of 8 (it did not move: its misses are of other classes, listed below); 15 of 24 in all (9 of 12 typed, 6 of 12
dumps; body 169/169, clutter 1/284, titles 17, authors 18, dates 21). The harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.clean.bylines import name_alone
from narrator.clean.lines import make_line
from narrator.clean.marketplace import near_a_place
from narrator.config import CleanSettings
from narrator.model import Format, Source
from tests.own_text4 import dump_tests, expectations, kept, pasted, read_or_refuse, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text31"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "ask_metafilter_question": "a Q&A site's tagline under its name ('querying the hive mind') titles the question, "
                               "and a question's footer ('posted by lumpenprole to Home & Garden (23 answers total) "
                               "...') is read while an answer's ('posted by Ten Cent Pistol at 5:02 AM on ...') names "
                               "the question's writer",
    "hostelworld_review": "a reviewer's given name alone over their profile ('Fiona' / 'Female, 25-30' / 'Scotland' / "
                          "'10.0' / the day) names no one: one word is no name_alone",
    "untappd_checkin": "a beer's page, its name over its brewer's ('Landlord' / \"Timothy Taylor's\"), under a "
                       "check-in's 'Tom Hargreaves' / 'is drinking a Landlord by ... at The Fleece Inn': the "
                       "check-in's line titles it, the drinker writes nothing, and the day under the text ('05 Dec "
                       "26', below 'Served Cask') dates nothing",
    "backloggd_review": "(kept third) a game's review page, its facts and shelves over 'Review by' / 'marram_grass' / "
                        "stars / 'Played on PC': the platform's line titles it over the game's name, and 'Reviewed on "
                        "Nov 27, 2026' under the text dates nothing",
    "mixcloud_show": "(kept third) a show's page: the site's name titles it over the show's dated title, and the "
                     "uploader under the title ('Fellside Radio') writes nothing, the title's first part ('Dales Folk "
                     "Hour') taken for a writer",
    "own_eulogy": "(kept third) a name alone closing a typed text under its last sentence ('Thank you all for "
                  "coming.' / 'Helen Ashby'), no close over it, signs nothing",
    "own_safety_briefing": "(kept third) a typed title in capitals with a dash ('SITE SAFETY BRIEFING – HOLLINS MILL "
                           "CONVERSION') loses its part after the dash as a site's name, and 'Given by: Craig "
                           "Whitfield, site manager' names no writer",
    "thefork_review": "(kept third) a restaurant's sort control ('Sort by: Most recent') over the reviews titles the "
                      "page over the restaurant's name",
}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_REPORT = ("Year 9 River Study: Hebden Water\n{credit}\n\nWhat we did\nTwenty-eight pupils measured the river at four "
           "sites between Gibson Mill and the village.\n\nResults\nThe river was 3.1 m wide at the top site and 7.4 m "
           "wide at the bottom one.\n")


@pytest.mark.parametrize(("credit", "authors"), [
    ("Report by Joy Okafor", ("Joy Okafor",)),
    ("Field report by Sam Reid", ("Sam Reid",)),
    ("Words and music by Tess Marlow", ("Tess Marlow",)),
    ("Lyrics by Ana Ruiz", ("Ana Ruiz",)),
    ("Notes compiled by Dev Patel", ("Dev Patel",)),
    ("Prepared by Ifan Lloyd", ("Ifan Lloyd",)),
    # guards: no name after "by"; a sentence
    ("Report by the end of term", ()),
    ("Prepared by hand in the lab.", ()),
])
def test_a_typed_texts_credit_names_its_writer(credit: str, authors: tuple[str, ...]) -> None:
    """A report's, a song's or notes' credit under the title ("Report by Joy Okafor", "Words and music by Tess
    Marlow"): the text's writer (a byline's "By" alone was looked for)."""
    assert pasted(_REPORT.format(credit=credit), "report.txt").meta.authors == authors


_MINUTES = ("Hebden Bridge Canoe Club – Committee Meeting\n{held}\n\nPresent: Ann Lee (chair), Tom Ellis, Priya "
            "Shah\n\n1. Treasurer's report\nThe balance is £1,204.50.\n\n2. Any other business\nThe boat shed "
            "roof leaks again. Tom will look at it.\n\n{credit}\n")


@pytest.mark.parametrize(("credit", "authors", "read"), [
    ("Minutes taken by Carol Bright", ("Carol Bright",), False),
    ("Minutes by Carol Bright", ("Carol Bright",), False),
    # guards: no name; the writer's sentence
    ("Minutes taken by the secretary", (), True),
    ("The minutes were taken by Carol Bright.", (), True),
])
def test_minutes_signed_by_their_taker(credit: str, authors: tuple[str, ...], read: bool) -> None:
    """Minutes closing on who took them ("Minutes taken by Carol Bright"): their writer, heard as the byline once, as a
    report's closing credit is."""
    document = pasted(_MINUTES.format(held="Held on 3 December 2026", credit=credit), "minutes.txt")
    assert document.meta.authors == authors
    assert (credit in kept(document)) is read


@pytest.mark.parametrize(("held", "published", "read"), [
    ("Minutes of the meeting held on Thursday 3 December 2026 at the Fox and Hounds", "2026-12-03", True),
    ("Minutes of the AGM, 12 March 2026", "2026-03-12", True),
    ("Agenda for the meeting on Tuesday 4 May 2027", "2027-05-04", True),
    # guard: the day alone is the header's date line, not read
    ("Thursday 3 December 2026", "2026-12-03", False),
])
def test_a_meeting_papers_line_with_its_day_is_read(held: str, published: str, read: bool) -> None:
    """A line under the title opening on the meeting paper's noun before the day ("Minutes of the meeting held on
    Thursday 3 December 2026 at ..."): which meeting and when, read, and the day dates the minutes (the line was taken
    for a date alone and not read)."""
    document = pasted(_MINUTES.format(held=held, credit="Tom will send the minutes round."), "minutes.txt")
    assert document.meta.published == published
    assert (held in kept(document)) is read


@pytest.mark.parametrize(("under", "name", "published"), [
    ("Released 3 December 2026.", "notes.txt", "2026-12-03"),
    ("Released 3 December 2026.", "notes.md", "2026-12-03"),
    ("Published on Monday 4 May 2027.", "notes.txt", "2027-05-04"),
    ("Issued 12 March 2026.", "notes.md", "2026-03-12"),
    # guards: a sentence that goes on after the day; the day inside a sentence
    ("Released 3 December 2026, the album went straight to number one.", "notes.txt", None),
    ("The app was released on 3 December 2026.", "notes.md", None),
])
def test_a_line_saying_when_the_text_came_out_dates_it(under: str, name: str, published: str | None) -> None:
    """A typed note's line under its title saying when it came out ("Released 3 December 2026."): the text's day (a
    sentence, it was read and dated nothing); the line is still read."""
    head = "# Harbourmaster 2.1 notes" if name.endswith(".md") else "Harbourmaster 2.1 notes"
    text = f"{head}\n\n{under}\n\nThe booking screen now works with a keyboard alone.\n\nTide tables load faster.\n"
    document = clean(Source(name, text.encode(), Format.MARKDOWN if name.endswith(".md") else Format.TEXT),
                     CleanSettings())
    assert document.meta.published == published
    assert under in kept(document)


@pytest.mark.parametrize(("issue", "month", "published"), [
    ("Parish magazine of St Anne's, Otley", "March 2027", "2027-03"),
    ("The monthly newsletter of the Friends of Roundhay Park", "February 2027", "2027-02"),
    ("Bulletin of Heaton Baptist Church", "November 2026", "2026-11"),
    ("News from the Bike Shed", "June 2026", "2026-06"),
    # guard: a sentence with a day under the periodical's name is the text's own
    ("Parish magazine of St Anne's, Otley", "The harvest supper is on 4 March 2027.", None),
])
def test_an_issues_month_under_its_name_dates_it(issue: str, month: str, published: str | None) -> None:
    """The periodical's name under the title, its issue's month alone under that ("Parish magazine of ..." / "January
    2027"): the month the issue dates from (it dated nothing)."""
    text = (f"THE LANTERN\n{issue}\n{month}\n\nDear friends,\n\nThe roof appeal stands at £38,400.\n\nBell practice "
            "is on Wednesdays at 7.30pm.\n")
    assert pasted(text, "magazine.txt").meta.published == published


_SONG = ("The Ferry Song\n\n{verse}\nThe ferry leaves at six and the gulls come round behind her\nand the town gets "
         "small until you cannot see the church\nand my mother stands on the slipway with her coat pulled tight\ntill "
         "the boat turns round the point\n\n{chorus}\nSo row me home, row me home\nacross the water to the lights of "
         "Portaferry\nrow me home\n\n{again}\n")


@pytest.mark.parametrize(("verse", "chorus", "again"), [
    ("Verse 1", "Chorus", "[Chorus]"),
    ("[Verse 1]", "[Chorus]", "[Bridge]\nand if the wind gets up and the tide is wrong\nI'll wait"),
    ("Verse", "Refrain:", "Refrain x2"),
    ("Intro", "Chorus", "Outro\nrow me home"),
])
def test_a_songs_words_under_its_parts_are_read_line_by_line(verse: str, chorus: str, again: str) -> None:
    """A song's words under its parts' names ("Verse 1", "Chorus", "[Bridge]"): verse, each line read as written,
    however long a sung line runs (they were joined as a paragraph's wrapped lines)."""
    document = pasted(_SONG.format(verse=verse, chorus=chorus, again=again), "song.txt")
    assert "The ferry leaves at six and the gulls come round behind her" in kept(document)
    assert "across the water to the lights of Portaferry" in kept(document)


def test_part_names_over_wrapped_prose_are_no_song() -> None:
    """Guard: a choir's notes wrapped at a fixed width under "Chorus" and "Verse 2" are prose, their lines longer than
    a sung one: they are joined."""
    text = ("Choir notes for the carol service\n\nChorus\nPlease bring a friend who can hold a tune, as we need more "
            "tenors than we have\never had, and wrap up warm in the vestry.\n\nVerse 2\nThe second verse of the new "
            "arrangement is the one that goes wrong every year, because the altos come\nin a bar early and the organ "
            "cannot hear them from the loft. Please mark your copies where Helen showed\nyou on Sunday, and listen "
            "for the change of key before you come in.\n")
    assert kept(pasted(text, "notes.txt"))[-1].endswith("listen for the change of key before you come in.")
    assert kept(pasted(text, "notes.txt"))[-1].startswith("The second verse")


_EPISODE_PAGE = ("Listen\nHome\nSearch\nYour Library\nPodcast Episode\n{title}\n{show}\nDec 4, 2026\n38 min\nFollow\n"
                 "Episode Description\nIt is time to put the forcing pots over the rhubarb crowns, and this week I "
                 "explain how I do it.\nI also visit an allotment in Meersbrook where rhubarb has grown on the same "
                 "plot for forty years.\nSee all episodes\n")


@pytest.mark.parametrize(("title", "show"), [
    ("Ep 58: Rhubarb, forcing and patience", "The Slow Allotment"),
    ("Episode 112 – The last drovers of Tregaron", "Hill Farm Radio"),
    ("#41: Winter sowing in December", "Mud and Moon"),
    ("S2 E4: The flood", "Valley Stories"),
])
def test_an_episodes_title_over_its_shows_name(title: str, show: str) -> None:
    """An episode's numbered title right over its show's name ("Ep 58: ..." / "The Slow Allotment"), over the day: the
    episode titles the page (the show's name, nearest the day, did)."""
    assert pasted(_EPISODE_PAGE.format(title=title, show=show), "episode.txt").meta.title == title


@pytest.mark.parametrize(("text", "name"), [
    ("The Slow Allotment", False), ("The Quiet Hour", False), ("The Wandering Hens", False),
    # guards: a person's names, one opening on the letters "The"
    ("Theo Walsh", True), ("Ann Lee", True),
])
def test_a_name_opening_on_the_names_no_one(text: str, name: bool) -> None:
    """A name of capitalised words opening on "The" ("The Slow Allotment"): a show's, a band's or a paper's, never a
    person's (a show's name over the day was its episode's writer)."""
    assert name_alone(make_line(0, text, 0)) is name


_PITCHED = ("Listen\nHome\nSearch\nYour Library\nThe Slow Allotment\nEp 59: Leeks in the frost\nDec 18, 2026\n"
            "Episode Description\nThe leeks have stood through three frosts now, and this week I lift the first of "
            "them for soup.\nI also answer your questions about chitting potatoes, which you should not start yet.\n"
            "See all episodes\n{pitch}\n{button}\n")


@pytest.mark.parametrize(("pitch", "button", "dropped"), [
    ("Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.", "Sign up free", True),
    ("Try Premium free for one month. Cancel any time you like.", "Try free", True),
    ("Join the club to get early booking for every match this season.", "Join now", True),
    ("Download the app to listen offline on the train or in the car.", "Download", True),
    ("Get the app for new episodes every Friday morning before work.", "Get it on Google Play", True),
    # guards: a sentence opening on another verb over the button; the writer's sentence over a button of another verb
    ("Signing up members went on all week at the allotment's open day.", "Sign up free", False),
    ("Join the queue at the gate early, because the seed swap always sells out.", "Sign up free", False),
])
def test_a_pitch_over_its_button_is_the_pages(pitch: str, button: str, dropped: bool) -> None:
    """A sentence right over a site's button, opening on the verb the button opens on ("Sign up to get unlimited songs
    ..." / "Sign up free"): the button's pitch, not the article's (it was read, and the lines over it with it)."""
    document = pasted(_PITCHED.format(pitch=pitch, button=button), "episode.txt")
    assert (pitch in kept(document)) is not dropped
    assert "I also answer your questions about chitting potatoes, which you should not start yet." in kept(document)


_LISTING = ("Homes\nBuy\nRent\nSign in\nBack to results\nSave\nShare\n£395,000\nGuide price\n3 bedroom terraced house "
            "for sale\nBack Lane, Otley LS21\n3 beds\n1 bath\n{stamp}\n{badge}\nKey features\nStone fireplace\n"
            "Garden with a river view\nWalk to the market\nDescription\nA stone terrace at the quiet end of Back Lane, "
            "with the river at the bottom of the garden.\nThe kitchen was refitted in 2022, and the attic is a bedroom "
            "with its own shower room.\nCall agent\n")


@pytest.mark.parametrize(("stamp", "published"), [
    ("Added 28/11/26", "2026-11-28"),
    ("Listed on 3 Dec 26", "2026-12-03"),
    ("Reduced 14/01/27", "2027-01-14"),
    ("05 Dec 26", "2026-12-05"),
    # guards: figures that say nothing of which is the month; no such day
    ("Added 03/11/26", None),
    ("Added 30/02/26", None),
])
def test_a_stamps_two_digit_year(stamp: str, published: str | None) -> None:
    """A listing's stamp with a two-digit year ("Added 28/11/26", "05 Dec 26"): its day, of this century, when a figure
    over twelve says which is the day (it dated nothing, and the listing's points ran up to its facts)."""
    meta = pasted(_LISTING.format(stamp=stamp, badge="Garden"), "listing.txt").meta
    assert (meta.title, meta.published) == ("3 bedroom terraced house for sale", published)


@pytest.mark.parametrize("badge", ["Only with us", "Just added", "Under offer", "New instruction"])
def test_a_portals_badge_is_no_point_of_the_listing(badge: str) -> None:
    """A property portal's badge over the listing's points ("Only with us" / "Key features"): the site's mark, not read
    as the points' heading (it was)."""
    assert badge not in kept(pasted(_LISTING.format(stamp="Added 28/11/2026", badge=badge), "listing.txt"))


def test_a_point_of_the_listing_is_still_read() -> None:
    """Guard: a point over the list's heading that is no badge ("Chain free") stays the listing's."""
    document = pasted(_LISTING.format(stamp="Added 28/11/2026", badge="Chain free"), "listing.txt")
    assert "Walk to the market" in kept(document)


_TASK = ("Tracker\nHome\nMy tasks\nInbox\nProjects\nHarbour Day 2027\nMark complete\nHire the safety boat for the "
         "regatta\nAssignee\nPriya Nair\nDescription\nThe club's own rib is out of action until March, so we need to "
         "hire one with a qualified driver for the whole day.\nAsk the sailing school first, because they lent us "
         "theirs two years ago and know the course.\nComments\n{activity}\nAsk a question or post an update...\n")


@pytest.mark.parametrize(("activity", "authors"), [
    ("Gemma Hollis created this task · Dec 2", ("Gemma Hollis",)),
    ("Owen Price created the issue · 2 days ago", ("Owen Price",)),
    ("Siân Morgan opened this issue on 3 May", ("Siân Morgan",)),
    ("Tom Ellis raised this ticket yesterday", ("Tom Ellis",)),
    ("Ann Lee filed the bug · 1 week ago", ("Ann Lee",)),
    # guards: another action on the task; a playlist's maker
    ("Owen Price set priority to Urgent · 2 days ago", ()),
    ("Kit Harbour created this playlist", ()),
])
def test_a_trackers_activity_names_who_opened_the_task(activity: str, authors: tuple[str, ...]) -> None:
    """A tracker's activity line under a task's text saying who opened it ("Gemma Hollis created this task · Dec 2"):
    the text's writer."""
    assert pasted(_TASK.format(activity=activity), "task.txt").meta.authors == authors


_PANEL = ("Tracker\nHome\nMy tasks\nInbox\nMark complete\n{title}\n{panel}\nDescription\nThe club's own rib is out of "
          "action until March, so we need to hire one with a qualified driver for the whole day.\nAsk the sailing "
          "school first, because they lent us theirs two years ago and know the course.\nAdd subtask\nComments\n")


@pytest.mark.parametrize("panel", [
    "Assignee\nPriya Nair\nDue date\nJan 15\nProjects\nHarbour Day 2027\nPriority\nHigh",
    "Status\nIn progress\nSprint\nSprint 14 – Harbour app",
    "Reporter\nGareth Pryce\nLabels\ncustomer facing work\nMilestone\nRegatta weekend 2027",
    "Assignee\nUnassigned\nParent\nSafety cover for the regatta",
])
def test_a_trackers_field_values_are_no_title(panel: str) -> None:
    """A tracker's side panel, each label bare over its value ("Projects" / "Harbour Day 2027", "Sprint" / "Sprint 14 –
    Harbour app"): what the task is filed under; its own name above titles it (the nearest value did)."""
    text = _PANEL.format(title="Hire the safety boat for the regatta", panel=panel)
    assert pasted(text, "task.txt").meta.title == "Hire the safety boat for the regatta"


def test_a_headline_under_a_lone_label_still_titles() -> None:
    """Guard: a line under one such word alone ("Project" / "Rebuilding the Old Mill") is no panel's value."""
    text = ("Mill Trust\nHome\nAbout\nNews\nDonate\nProject\nRebuilding the Old Mill\nBy Ruth Coates\n3 March 2026\n"
            "The wheel turned again in June for the first time since 1952.\nIt took eleven volunteers four winters to "
            "rebuild it, and the last of the oak came from the estate.\nShare\nDonate\n")
    assert pasted(text, "mill.txt").meta.title == "Rebuilding the Old Mill"


_STAY = ("Hostels\nDestinations\nDeals\nLog in\nThe Bunkhouse, Fort William\nHostel\n9.1\nSuperb\n842 Reviews\n"
         "{scores}\nReviews\nSort by\nNewest\nAnnie\n4 Dec 2026\nThe drying room alone is worth the price after a "
         "day on the Ben.\nThe beds are comfortable and the kitchen has everything, even a proper kettle.\nHelpful\n"
         "Report\n")


@pytest.mark.parametrize("scores", [
    "Location 9.6\nStaff 9.8\nCleanliness 9.3\nValue for Money 9.5",
    "Food 4.8\nService 4.6\nValue for money 4.2",
    "Cleanliness: 9/10\nPublic transport links: 8/10",
    "Quality of sleep 8.7\nAtmosphere 9.0",
])
def test_scores_by_aspect_are_no_title(scores: str) -> None:
    """A review site's scores by aspect, a label and its score on each line ("Location 9.6" / "Value for Money 9.5"):
    the place's breakdown; its name above titles the page (the last row did)."""
    assert pasted(_STAY.format(scores=scores), "stay.txt").meta.title == "The Bunkhouse, Fort William"


def test_a_headline_ending_on_a_number_still_titles() -> None:
    """Guard: a headline that ends on a number, alone ("Reservoir Dogs at 30"), is no row of scores."""
    text = ("Reservoir Dogs at 30\nBy Ruth Coates\n\nIt still opens on the best diner scene in films.\n\nThe ear "
            "scene is shorter than anyone remembers, and worse.\n")
    assert pasted(text, "film.txt").meta.title == "Reservoir Dogs at 30"


_ROUTE = ("Routes\nExplore\nMap\nLog in\nHiking\nBlencathra via Sharp Edge\n{place}\n{name}\nFollow\nDistance\n"
          "9.2 km\nElevation gain\n720 m\nUploaded\nNovember 14, 2026\nDownload\nSave\nA short, steep day from "
          "Scales, up the ridge that everyone warns you about.\nSharp Edge is easy in the dry and horrible in the wet, "
          "so pick your day.\nView more\nComments (2)\n")


@pytest.mark.parametrize(("place", "name", "authors"), [
    ("near Keswick, Cumbria", "Eluned Pryce", ("Eluned Pryce",)),
    ("Near Threlkeld, England (United Kingdom)", "Tom Ellis", ("Tom Ellis",)),
    ("near Threlkeld (United Kingdom)", "Siân Morgan", ("Siân Morgan",)),
    ("near Keswick, Cumbria, England", "Ruth Coates", ("Ruth Coates",)),
    # guard: no locality over the name (a box of accounts to follow names no writer)
    ("Who to follow", "Ruth Coates", ()),
])
def test_a_routes_locality_is_no_title_and_the_name_under_it_writes(place: str, name: str,
                                                                    authors: tuple[str, ...]) -> None:
    """A route's locality under its name ("near Keswick, Cumbria"): where it is, no title; the name over "Follow"
    right under it is whoever recorded the route."""
    meta = pasted(_ROUTE.format(place=place, name=name), "route.txt").meta
    assert meta.authors == authors
    if authors:
        assert meta.title == "Blencathra via Sharp Edge"


@pytest.mark.parametrize(("text", "locality"), [
    ("near Brecon, Wales (United Kingdom)", True), ("near Bled (Slovenia)", True),
    # guards: a film's name; "near" in a sentence
    ("Near Dark", False), ("near the top, the path turns to scree", False),
])
def test_a_locality_line(text: str, locality: bool) -> None:
    """"near" a town, then its region or country after a comma or in brackets: a locality line."""
    assert near_a_place(text) is locality


@pytest.mark.parametrize("token", [
    "A B created this task\n", "A created the issue\n", "Report by A\n", "Minutes taken by A\n",
    "Minutes of 1 May 2026\n", "A " * 3 + "created the\n", "A 9.5\n", "A b c 9.5\n", "near A, B\n", "near A (B\n",
    "A\nnear A, B\nA B\nFollow\n", "Assignee\nA b c\nProjects\n", "A\nReleased 1 May 2026.\n", "Released on on\n",
    "A\nthe news news\nMay 2026\n", "Chorus\n", "[Verse 1]\na b c\n", "Ep 1: a\nA B\n", "#1: A\n",
    "Sign up a.\nSign up\n", "Added 1/1/1\n", "1 Dec 2\n", "Only with us\n",
])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)

"""Twenty-four texts in forms the earlier sets lack (issue #10, h218's wave, round 49): twelve a user typed (an Advent
sermon, an allotment diary, a running club's race report, a hill walk's trip report with grid references, a choir's
concert notes, a bird-watching log, a fan fiction chapter with its author's notes, a parish magazine's letter, a
rowing club's newsletter, a local history talk's notes, a tenants' association letter, a best man's speech) and twelve
page dumps copied from a browser (an AO3 chapter, an Eventbrite event, a Flickr photo, a Goodreads review, an
iNaturalist observation, a Letterboxd review, a Meetup event, a SoundCloud track, a Strava activity, a Substack app
share, a Threads post, a Yelp review) (tests/fixtures/own_text28), their expectations written before they first ran.

FIRST READING: 14 of 24 read right (12 of 12 typed, 2 of 12 dumps; body lines kept 125/128, clutter read 3/191,
titles 16, authors 17, dates 21 of 24). Every third text in name order (flickr_heron_photo, letterboxd_film_review,
own_allotment_diary, own_choir_concert_notes, own_parish_magazine_piece, own_tenants_letter, strava_coast_run,
yelp_chippy_review) was kept aside: 4 of 8 at first; the other two thirds 10 of 16. Classes read from the tuned two
thirds: an event's day over its name, shown again in its details with its hours ("... 6:30 PM to 8:30 PM GMT"), is the
event's, and "Hosted by Nerys Williams" under the name writes it; an observer over their count ("312 observations")
writes an observation, and a species' common name over its scientific name ("Common Buzzard" / "Buteo buteo") titles
it; a maker's name and a work's, together over its age in words ("5 days ago"), name and title a track; a fiction
site's work title over its writer's credit or handle over a chapter's heading is the title, the heading opens the text
past the site's "Chapter Text", the summary is the standfirst and the end notes close it; a post's handle over its day
in figures ("bethan.ellis" / "11/28/26") writes and dates it; a newsletter's name in Title Case over its post's title
and subtitle is no title. After them: tuned 16 of 16, kept third 4 of 8 (read once after the rules, and seen in the
report's lines before: an owner's name over a badge and "Follow", a credit cut over two lines, an activity's stamp
taken for its title, a reviewer's town taken for the title); 20 of 24 in all (body 128/128, clutter 0/191, titles 22,
authors 22, dates 24). The same round read own_text27's five left dumps and own_text26's AO3 chapter by these classes
(a photo's owner over "Follow" over its name, "Taken on <day>" under the text, too). The harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.bylines import authors_from, counts_reviews
from narrator.clean.fictionheads import chapter_heading
from narrator.clean.lines import make_line
from narrator.clean.pagedates import dates_an_event
from narrator.clean.reviews import over_its_scientific_name
from tests.own_text4 import dump_tests, expectations, kept, pasted, read_or_refuse, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text28"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "flickr_heron_photo": "(kept third) the owner's name over a badge ('PRO') and 'Follow' goes unnamed: the name "
                          "over 'Follow' is looked for right over the button only",
    "letterboxd_film_review": "(kept third) a credit cut over two lines ('Review by' / 'Gethin') names no one: the "
                              "reviewer's first name alone is no name's shape",
    "strava_coast_run": "(kept third) an activity's stamp ('7:12 AM on Sunday, November 29, 2026') under the athlete "
                        "is taken for its title, the activity's name under it is not",
    "yelp_chippy_review": "(kept third) the reviewer's town ('Bristol, United Kingdom') titles it: the place's name "
                          "over its rating ('4.5 (212 reviews)') is looked for only when no other line titles it",
}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_EVENT = ("Meetup\nStart a new group\nExplore\nMessages\n{day}\n{name}\n{host}\nFrom Ceredigion Walkers\nDetails\n"
          "We walk the coast path from Llangrannog to Cwmtydu, about five miles, with a stop for lunch at the beach.\n"
          "Bring boots, water and a waterproof. The path is steep in places, so it is not for small children.\n"
          "Attendees (11)\n{again}\nThe car park above the beach, Llangrannog\nAttend\n")


@pytest.mark.parametrize(("day", "again", "host", "title", "authors", "published"), [
    ("Saturday, January 9, 2027", "Saturday, January 9, 2027 10:00 AM to 3:00 PM GMT", "Hosted by Nia Evans",
     "Coast walk to Cwmtydu", ("Nia Evans",), None),
    ("Sunday, March 14, 2027", "Sunday, March 14, 2027 9:30 AM to 1:00 PM", "Hosted by Nia Evans",
     "Coast walk to Cwmtydu", ("Nia Evans",), None),
    # guard: no host credit, no writer
    ("Saturday, January 9, 2027", "Saturday, January 9, 2027 10:00 AM to 3:00 PM GMT", "Hosted by the club",
     None, (), None),
])
def test_an_events_day_name_and_host(day: str, again: str, host: str, title: str | None, authors: tuple[str, ...],
                                     published: str | None) -> None:
    """An event's page: its day over its name over "Hosted by Nia Evans", the day shown again in its details with the
    hours it runs: the name titles it (a menu's "Start a new group" did), the host writes it, and the day is the
    event's, not the page's."""
    meta = pasted(_EVENT.format(day=day, again=again, host=host, name="Coast walk to Cwmtydu"), "event.txt").meta
    assert (meta.authors, meta.published) == (authors, published)
    if title:
        assert meta.title == title


@pytest.mark.parametrize(("again", "event"), [
    ("Saturday, January 9, 2027 6:30 PM to 8:30 PM GMT", True),
    ("Saturday, January 9, 2027 · 10am - 4pm", True),
    # guards: the day again with no hours; other hours
    ("Saturday, January 9, 2027 in the village hall", False),
    ("Sunday, January 10, 2027 6:30 PM to 8:30 PM GMT", False),
])
def test_a_day_shown_again_with_its_hours_is_an_events(again: str, event: bool) -> None:
    """A day alone that the page shows again further down with the hours it runs ("... 6:30 PM to 8:30 PM GMT"): the
    event's day, not the page's."""
    lines = [make_line(i, text, 0) for i, text in enumerate(
        ["Saturday, January 9, 2027", "Bike repair evening", "Details", "Bring your bike and we will show you how.",
         again, "The Old Mill, Cardigan"])]
    assert dates_an_event(lines, 0) is event


@pytest.mark.parametrize(("text", "authors"), [
    ("Hosted by Nerys Williams", ("Nerys Williams",)),
    ("Hosted by Gareth Lewis", ("Gareth Lewis",)),
    # guards: no one's name after it; a sentence
    ("Hosted by the club", ()),
    ("Hosted by the town every year since 1990, the fair is free.", ()),
])
def test_a_hosts_credit_names_the_writer(text: str, authors: tuple[str, ...]) -> None:
    """An event's credit, "Hosted by Nerys Williams": its writer, as "Organised by" is."""
    assert authors_from(make_line(0, text, 0)) == authors


@pytest.mark.parametrize(("text", "counts"), [
    ("312 observations", True),
    ("1,283 observations", True),
    # guards: a sentence about observations; a count of something else
    ("312 observations were made in the first week.", False),
    ("312 followers", False),
])
def test_an_observers_count_of_records(text: str, counts: bool) -> None:
    """A naturalists' site counts its observer's records under their name ("312 observations"), as a review site
    counts its reviewer's reviews."""
    assert counts_reviews(text) is counts


_OBSERVATION = ("iNaturalist\nExplore\nCommunity\nLog In\nSign Up\n{common}\n{scientific}\nResearch Grade\nIfan Rees\n"
                "{count}\nObserved: Oct 2, 2026 · 9:40 AM BST\nNotes\nA pair on the rocks below the castle at "
                "Aberystwyth, feeding on mussels as the tide went out.\nThey let me walk quite close before they "
                "flew off north along the prom.\nAgree\nAdd ID\n")


@pytest.mark.parametrize(("common", "scientific", "count", "title", "authors"), [
    ("Eurasian Oystercatcher", "Haematopus ostralegus", "88 observations", "Eurasian Oystercatcher", ("Ifan Rees",)),
    ("Purple Sandpiper", "Calidris maritima", "1,204 observations", "Purple Sandpiper", ("Ifan Rees",)),
    # guard: no count under the name, no observer
    ("Eurasian Oystercatcher", "Haematopus ostralegus", "Agree", "Eurasian Oystercatcher", ()),
])
def test_an_observations_species_and_observer(common: str, scientific: str, count: str, title: str,
                                              authors: tuple[str, ...]) -> None:
    """An observation's page: the species' common name over its scientific name titles it (too short for a
    headline, the site's name did); the observer over their count of observations writes it."""
    meta = pasted(_OBSERVATION.format(common=common, scientific=scientific, count=count), "obs.txt").meta
    assert (meta.title, meta.authors) == (title, authors)


@pytest.mark.parametrize(("below", "species"), [
    ("Halichoerus grypus", True),
    ("Larus argentatus argenteus", True),
    # guards: a menu's entries and lines of two words in sentence case, no Latin's endings
    ("Sign up", False),
    ("Log in", False),
    ("Start a group", False),
    ("Research grade", False),
    ("Plot lettings", False),
    ("Book online", False),
])
def test_a_species_name_over_its_scientific_name(below: str, species: bool) -> None:
    """A species' common name over its scientific name, genus capitalised and epithet not, no stop word in it."""
    lines = [make_line(i, text, 0) for i, text in enumerate(["iNaturalist", "Grey Seal", below, "Notes"])]
    assert (over_its_scientific_name(lines, 0, 4) == 1) is species


_TRACK = ("SoundCloud\nHome\nFeed\nLibrary\nUpload\nSign in\nCreate account\n{first}\n{second}\n{age}\n#Folk\nLike\n"
          "Repost\nShare\nA song about the winter the harbour froze, written for my grandmother's ninetieth birthday."
          "\nRecorded at home with two microphones and a borrowed harmonium.\n12 comments\n")


@pytest.mark.parametrize(("first", "second", "age", "title", "authors"), [
    ("Mared Owen", "The frozen harbour", "3 days ago", "The frozen harbour", ("Mared Owen",)),
    ("The frozen harbour (demo)", "Mared Owen", "an hour ago", "The frozen harbour (demo)", ("Mared Owen",)),
    # guards: no age under the pair, no maker named; two names, no work's name
    ("Mared Owen", "The frozen harbour", "#Folk", None, ()),
    ("Mared Owen", "Ifan Rees", "3 days ago", None, ()),
])
def test_a_tracks_maker_and_name_over_its_age(first: str, second: str, age: str, title: str | None,
                                              authors: tuple[str, ...]) -> None:
    """A track's page: its maker's name alone and its own name, either over the other, right over its age in words
    ("3 days ago"): the maker writes it, the name titles it."""
    meta = pasted(_TRACK.format(first=first, second=second, age=age), "track.txt").meta
    assert meta.authors == authors
    if title:
        assert meta.title == title


_CHAPTER_PAGE = ("Story Site\nBrowse\nLog in\n{title}\n{credit}\n4.1K Reads\n12 Parts\n{chapter}\nNotes:\nThanks for "
                 "reading!\nChapter Text\nThe boat came in on the evening tide with its lamps lit, and the whole "
                 "village was on the quay to meet it.\nNobody spoke until the first of the crew was ashore and had "
                 "counted his sons.\n{notes}\nSee you next week for part five.\nKudos\nComment\n")


@pytest.mark.parametrize(("credit", "chapter", "notes", "title", "authors", "heads"), [
    ("by gwylan_fach", "Chapter 4: The Evening Tide", "Chapter End Notes", "The Harbour Wives", ("gwylan_fach",),
     True),
    ("gwylan_fach", "Chapter Four", "Notes:", "The Harbour Wives", ("gwylan_fach",), True),
    ("by Elin Haf", "Chapter IV: The Evening Tide", "End Notes", "The Harbour Wives", ("Elin Haf",), True),
    # guard: no chapter's heading over the text, no work's page (the notes' label is no end of it)
    ("by gwylan_fach", "Part of a series", "Chapter End Notes", None, (), False),
])
def test_a_chapter_page_reads_the_chapter(credit: str, chapter: str, notes: str, title: str | None,
                                          authors: tuple[str, ...], heads: bool) -> None:
    """A fiction site's chapter: the work's title over its writer's credit or handle, a chapter's heading over the
    text: the title and writer are the work's, the heading opens the text, read past the site's "Chapter Text", and
    the writer's end notes close it (the site's name titled it, the heading and the notes were read)."""
    document = pasted(_CHAPTER_PAGE.format(title="The Harbour Wives", credit=credit, chapter=chapter, notes=notes),
                      "chapter.txt")
    texts = kept(document)
    assert (document.meta.title if heads else None, document.meta.authors) == (title, authors)
    if heads:
        assert texts[0] == chapter and texts[-1].startswith("Nobody spoke") and "Chapter Text" not in texts


@pytest.mark.parametrize(("text", "heading"), [
    ("Chapter 3: The Storm", True),
    ("Chapter Twelve - Low Water", True),
    ("Chapter XI", True),
    # guards: the site's label; a sentence; a chapter named in a headline
    ("Chapter Text", False),
    ("Chapter 3 is where the storm comes in.", False),
    ("Chapter and verse: how the hymn book was made", False),
])
def test_a_chapters_heading(text: str, heading: bool) -> None:
    """A chapter's heading alone on its line, its number in figures, words or Roman numerals: no site's label."""
    assert chapter_heading(make_line(0, text, 0)) is heading


_PHOTO = ("flickr\nExplore\nLog In\nBack to photostream\n{name}\nFollow\n{title}\n{text}\nThey screamed round the "
          "towers for an hour, and then the sky was quiet.\n1,204 views\n38 faves\n"
          "{taken}\nAll rights reserved\nAdd tags\n")


@pytest.mark.parametrize(("name", "title", "text", "taken", "authors", "published"), [
    ("Aled Morgan", "Swifts over the castle", "Shot at dusk from the bridge, with the long lens, the last week they "
     "were here before they left for Africa.", "Taken on July 30, 2026", ("Aled Morgan",), "2026-07-30"),
    ("Aled Morgan", "Swifts over the castle", "Shot at dusk from the bridge, with the long lens, the last week they "
     "were here before they left for Africa.", "Taken on 30 July 2026", ("Aled Morgan",), "2026-07-30"),
    # guard: a day under the text that is not when it was taken
    ("Aled Morgan", "Swifts over the castle", "Shot at dusk from the bridge, with the long lens, the last week they "
     "were here before they left for Africa.", "Uploaded July 30, 2026", ("Aled Morgan",), None),
])
def test_a_photos_owner_over_follow_and_its_day_taken(name: str, title: str, text: str, taken: str,
                                                      authors: tuple[str, ...], published: str | None) -> None:
    """A photo's page: its owner over "Follow" over the photo's name over its description writes it, and "Taken on
    <day>" under the text dates it."""
    meta = pasted(_PHOTO.format(name=name, title=title, text=text, taken=taken), "photo.txt").meta
    assert (meta.title, meta.authors, meta.published) == (title, authors, published)


_POST = ("Threads\nLog in\n{handle}\n{stamp}\nThe lifeboat was launched twice this morning, once for a yacht and "
         "once for a dog that had swum out after a ball.\nBoth brought home safe. The dog did not let go of the ball."
         "\n32\n5\nLog in to see more replies.\n")


@pytest.mark.parametrize(("handle", "stamp", "authors", "published"), [
    ("bethan.ellis", "11/28/26", ("bethan.ellis",), "2026-11-28"),
    ("rhys_jenkins", "3/5/26", ("rhys_jenkins",), "2026-03-05"),
    ("rhys_jenkins", "11h", ("rhys_jenkins",), None),
    # guards: a site's address over the stamp; a handle over no stamp
    ("example.co.uk", "11/28/26", (), None),
    ("bethan.ellis", "Follow", (), None),
])
def test_a_posts_handle_over_its_day(handle: str, stamp: str, authors: tuple[str, ...], published: str | None) -> None:
    """A social post's writer's handle alone over its day in figures, month first ("bethan.ellis" / "11/28/26"), or
    its age ("11h"), right over the post: the writer, the day; a post has no headline (the site's name titled it)."""
    meta = pasted(_POST.format(handle=handle, stamp=stamp), "threads_lifeboat.txt").meta
    assert (meta.authors, meta.published) == (authors, published)
    if authors:
        assert meta.title == "Threads lifeboat"


_LETTER = ("Open in app\nSign in\nSubscribe\n{name}\nWhy the ferry timetable changed\nAnd what it means for the winter "
           "crossings, and for the island's school\nElen Parry\nNov 30, 2026\nShare\nThe new timetable began on "
           "Monday, and if you have tried to get to the island since, you will have noticed the early boat has gone.\n"
           "I asked the operator why, and the answer is that the crew rules changed in the summer.\n")


@pytest.mark.parametrize(("name", "title"), [
    ("The Slow Harbour", "Why the ferry timetable changed"),
    ("Island Notes", "Why the ferry timetable changed"),
])
def test_a_newsletters_name_over_its_posts_title_and_subtitle(name: str, title: str) -> None:
    """A newsletter's name in Title Case over its post's title and subtitle, the writer under them: the post's title
    is the title (the newsletter's name was taken for it), its subtitle the standfirst."""
    meta = pasted(_LETTER.format(name=name), "letter.txt").meta
    assert meta.title == title and (meta.standfirst or "").startswith("And what it means")


@pytest.mark.parametrize("token", [
    "Saturday, May 1, 2027\nSaturday, May 1, 2027 1 ", "Hosted by A\n", "1 observations\n", "A b\nAbc abc\n",
    "A B\nA\n1 days ago\n", "Chapter 1\n", "by a_b\nChapter 1\n", "Chapter End Notes\n", "A B\nFollow\nA b c\n",
    "Taken on 1 ", "a.b\n1/1/26\n", "a.b\n", "The A\nWhy a b c\nAnd a b c d e f\nA B\n",
])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)

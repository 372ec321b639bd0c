"""Twenty-two texts of the text path's left classes in new contexts and new forms (issue #10, h114's wave): Vinted,
Facebook Marketplace, Craigslist and Preloved listings, a Discourse, a Tildes and a phpBB thread, a paper's death
notice, two status pages' reports, a LinkedIn post, a newsletter from Gmail, a Wikipedia article, a Q&A answer, a
recipe with "Jump to Recipe", a job advert, an estate agent's listing, a planning notice, a school's letter, a press
release with "Ends", and a writer's own diary and poems (tests/fixtures/own_text17), their expectations written before
they first ran (first score: 10 of 22 read right, 92 of 99 lines kept); the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.deathnotices import notice_name
from narrator.clean.lines import STOP_WORDS, make_line
from narrator.clean.pageend import before_reactions
from tests.own_text4 import dump_tests, expectations, kept, pasted, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text17"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}


globals().update(dump_tests(DUMPS, _STILL_WRONG, FIXTURES))


# --- each class, on small texts of our own -------------------------------------------------------------------------

_REPORT = """Ferry Line Status
All Systems Operational
{name}
{label}
Resolved
Bookings are working again and every payment has gone through.
Posted Feb 11, 2026 - 09:30 UTC
Investigating
Some customers cannot finish a booking on the website.
Posted Feb 11, 2026 - 08:05 UTC
Powered by Atlassian Statuspage
"""


@pytest.mark.parametrize(("name", "label"), [
    ("Online booking failing", "Incident Report for Ferry Line"),
    ("Website upgrade", "Scheduled Maintenance Report for Ferry Line"),
    ("Card readers offline", "Outage report for Ferry Line"),
])
def test_a_status_reports_updates_are_read_newest_first_under_its_name(name: str, label: str) -> None:
    """A state over its text over its stamp, newest first: the newest is the body's first line, not a lead cut off
    by the stamp; the label naming the service is no title, the newest stamp dates the report."""
    document = pasted(_REPORT.format(name=name, label=label))
    assert (document.meta.title, document.meta.published) == (name, "2026-02-11")
    assert kept(document) == ["Bookings are working again and every payment has gone through.",
                              "Some customers cannot finish a booking on the website."]


def test_a_line_posted_under_no_state_still_dates_the_page() -> None:
    """Guard: a blog's "Posted 11 February 2026" under its headline, no update's state above it: the page's date."""
    text = ("Home\nNews\nAbout\nContact\nThe ferry's new timetable\nPosted 11 February 2026\n"
            "The ferry will sail twice a day from March, and the first boat leaves at seven.\n"
            "Share this post\n")
    assert pasted(text).meta.published == "2026-02-11"


@pytest.mark.parametrize("line", ["Add to basket", "Add to cart", "Buy it now", "Make an offer", "Contact seller",
                                  "Contact the advertiser", "Message seller", "Report this advert", "Report ad",
                                  "Place an advert", "Save this listing", "Request details", "Watch this item",
                                  "Search for anything", "Search this topic…"])
def test_a_listings_buttons_and_search_box_are_the_pages(line: str) -> None:
    assert make_line(0, line, 0).cta


@pytest.mark.parametrize("line", [
    "Contact the seller before you drive over, as the mower may have gone.",  # guards: sentences that go on
    "We add to the basket whatever the children pick.",
    "Report",  # a heading of one word, a report's
    "Search for survivors",  # a writer's heading: no search box's placeholder
    "Make an offer they cannot refuse",
])
def test_the_buttons_words_in_a_writers_line_are_no_button(line: str) -> None:
    assert not make_line(0, line, 0).cta


_AD = """Boards
Home › For Sale › Bikes
{title}
{under}
Posted 2 days ago
Description
Child's bike with stabilisers, outgrown by our youngest. The tyres were replaced in the autumn.
Collection only. No offers, please.
Contact seller
Report ad
"""


@pytest.mark.parametrize(("under", "read"), [
    ("£40\nSwansea, Sketty", ["£40", "Swansea, Sketty"]),
    ("£40", ["£40"]),
    ("£40\nSwansea", ["£40"]),  # a single word is no place of a town and its district: not read
    ("Condition: Used\n£40", []),  # guard: a price under the item's condition is a detail, as eBay shows it
    ("From £40", []),  # guards: a rate is a booking's or a letting's widget
    ("£40 pcm", []),
])
def test_a_listings_price_and_place_under_its_title_are_read(under: str, read: list[str]) -> None:
    document = pasted(_AD.format(title="Child's bike, 16 inch wheels", under=under))
    assert document.meta.title == "Child's bike, 16 inch wheels"
    assert kept(document) == [*read, "Child's bike with stabilisers, outgrown by our youngest. The tyres were "
                              "replaced in the autumn.", "Collection only. No offers, please."]


@pytest.mark.parametrize("line", [
    "Parents say children will miss the first lesson every day until March.",
    "Fishermen must bring their boats between the buoys each morning.",
    "Nobody should walk through the dunes without a map.",
])
def test_a_plain_sentence_of_common_function_words_reads_as_prose(line: str) -> None:
    assert make_line(0, line, 0).stop_ratio >= 0.2


@pytest.mark.parametrize("word", ["us", "may", "die", "per", "me", "am"])
def test_words_of_other_meanings_or_languages_stay_off_the_stop_list(word: str) -> None:
    """"US" and "May" are a country and a month; "die", "per", "me", "am" are German, Italian, Spanish words."""
    assert word not in STOP_WORDS


_RELEASE = """Harbour wins £1 million for its sea wall
The harbour trust has been awarded £1 million to rebuild the sea wall that storms breached last winter.
Work will start in May and take a year.
"The town has waited a long time for this," said the trust's chair.
{mark}
{after}
"""


@pytest.mark.parametrize(("mark", "after"), [
    ("Ends", "Notes to editors\nThe trust is a registered charity."),
    ("ENDS", ""),
    ("###", "Notes for editors\nPhotos are available on request."),
    ("-ends-", "Notes to editors\nThe trust is a registered charity."),
])
def test_a_pasted_releases_end_mark_ends_what_is_read(mark: str, after: str) -> None:
    lines = kept(pasted(_RELEASE.format(mark=mark, after=after)))
    assert lines[-1] == "\"The town has waited a long time for this,\" said the trust's chair."


@pytest.mark.parametrize("text", [
    "Road\nThe road goes on\nand on, and then\nends\n",  # guards: a poem's last word, in small letters
    "Race day\nThe race ends at the pier.\nEnds\nWe walked home along the beach.\n",  # no notes under the word
])
def test_a_writers_own_ends_is_read(text: str) -> None:
    assert kept(pasted(text))[-1] == text.strip().split("\n")[-1]


_NOTICE = """Hill & Sons Funeral Directors
Home
Obituaries
Contact
Owen Price
1939 – 2026
Owen Price, of Rhayader, died peacefully on 1 March 2026, aged 86.
He farmed at Nant-y-Gro for sixty years and sang with the male voice choir.
{details}
Share this obituary
Send flowers
"""
_DETAILS = ("Service Details\nFuneral Service\nFriday, 13 March 2026\n2:00 pm\nCwmdeuddwr Chapel, Rhayader\n"
            "Committal\nFriday, 13 March 2026\nRhayader Cemetery\n"
            "Donations in his memory may be made to the Wales Air Ambulance.")


@pytest.mark.parametrize(("details", "read"), [
    (_DETAILS, _DETAILS.split("\n")),
    ("Funeral Service\nFriday, 13 March 2026\n2:00 pm", ["Funeral Service", "Friday, 13 March 2026", "2:00 pm"]),
    ("Visitation\nThursday, 12 March 2026\nHill & Sons Chapel of Rest\nFamily flowers only, please.",
     ["Visitation", "Thursday, 12 March 2026", "Hill & Sons Chapel of Rest"]),  # a closing line too short: no sentence
    ("Upcoming events\nQuiz night\nFriday, 13 March 2026\n7:30 pm", []),  # guard: the page's box of other events
    ("Funeral Service\nTo be announced", []),  # guard: no day under the label
])
def test_an_events_details_under_a_notice_are_read(details: str, read: list[str]) -> None:
    lines = kept(pasted(_NOTICE.format(details=details)))
    assert lines[2:] == read


_FAMILY = """The Valley Post
News
Sport
Family Notices
Deaths
{name}
{first}
Much loved mother of Ann and Tom, and nain to five.
Funeral at Bethel Chapel, Bala, on Friday 13 March at 11 am.
Light a candle
Share
"""


@pytest.mark.parametrize(("name", "first"), [
    ("JONES Mary Elizabeth", "Peacefully at Ysbyty Gwynedd on 1 March 2026, Mary, aged 88, of Bala."),
    ("O'NEILL Mary (née Burke)", "Suddenly at home in Bala on 1 March 2026, Mary, in her 88th year."),
    ("HUGHES Gwyn", "Passed away at Ysbyty Gwynedd on 1 March 2026, Gwyn, of Bala."),
])
def test_a_family_notices_name_in_its_style_is_the_title_over_its_first_sentence(name: str, first: str) -> None:
    document = pasted(_FAMILY.format(name=name, first=first))
    assert document.meta.title == name and kept(document)[0] == first


@pytest.mark.parametrize(("name", "first"), [
    ("BBC News Online", "The bridge at Bala reopened on 1 March 2026, two years late."),  # guards: no death told
    ("JONES Mary Elizabeth", "Mary Jones opened the new bakery on the high street on 1 March 2026."),
    ("Mary Elizabeth Jones", "Peacefully at Ysbyty Gwynedd on 1 March 2026, Mary, aged 88, of Bala."),  # not the style
])
def test_capitals_and_names_over_no_death_are_no_notice(name: str, first: str) -> None:
    lines = [make_line(i, text, i) for i, text in enumerate(["Deaths", name, first, "Share"])]
    assert notice_name(lines, 0, 2) is None


_LETTER = """Ysgol y Bryn
Heol y Bryn, Bala
{day}
Dear Parents and Carers,
{subject}
I am pleased to tell you that the school will hold its sports day on Friday 19 June on the town field.
Please send your child with a water bottle and sun cream.
Yours sincerely,
Mr Dafydd Owen
Headteacher
"""


@pytest.mark.parametrize(("day", "subject", "title", "published", "first"), [
    ("4 March 2026", "Sports day", "Sports day", "2026-03-04", "Dear Parents and Carers,"),
    ("Wednesday 4 March 2026", "Sports day on the town field", "Sports day on the town field", "2026-03-04",
     "Dear Parents and Carers,"),
    ("Spring term", "Sports day", "Ysgol y Bryn", None, "Heol y Bryn, Bala"),  # guard: no day over the greeting
])
def test_a_formal_letters_subject_under_its_greeting_is_its_title(
        day: str, subject: str, title: str, published: str | None, first: str) -> None:
    document = pasted(_LETTER.format(day=day, subject=subject))
    assert (document.meta.title, document.meta.published, kept(document)[0]) == (title, published, first)
    assert document.meta.authors == ("Mr Dafydd Owen",)


def test_a_letter_whose_greeting_is_over_a_sentence_has_no_subject() -> None:
    """Guard: no subject line between the greeting and the first sentence: the letter's first line stays its title."""
    text = "A letter to the council\n4 March 2026\nDear Councillor Price,\nThe streetlight outside is out.\n"
    assert pasted(text).meta.title == "A letter to the council"


_COUNCIL = """{issuer}
Highways Act 1980
{heading}
The council intends to close Mill Lane, Bala, to traffic from 16 March 2026 for three weeks.
The diversion will be signed along the bypass.
Date: 4 March 2026
"""


@pytest.mark.parametrize(("issuer", "heading", "title"), [
    ("Gwynedd Council", "NOTICE OF TEMPORARY ROAD CLOSURE", "NOTICE OF TEMPORARY ROAD CLOSURE"),
    ("Snowdonia National Park Authority", "PUBLIC NOTICE", "PUBLIC NOTICE"),
    ("Road closure on Mill Lane", "PUBLIC NOTICE", "Road closure on Mill Lane"),  # guard: no issuer, a title
    ("Gwynedd Council", "NOTICE", "Gwynedd Council"),  # guard: a word alone is no notice's heading
])
def test_a_notices_capitals_heading_under_its_issuer_is_its_title(issuer: str, heading: str, title: str) -> None:
    document = pasted(_COUNCIL.format(issuer=issuer, heading=heading))
    assert (document.meta.title, document.meta.published) == (title, "2026-03-04")


_JOB = """Jobs
Search jobs
Sign in
{title}
{company}
Bala, Gwynedd
Posted 2 days ago
Apply now
Save
Job description
We are looking for a cook to run the kitchen of our lakeside cafe from April to October.
You will plan the menu, order stock and train two seasonal assistants.
Report this job
"""


@pytest.mark.parametrize(("title", "company", "expected"), [
    ("Cook – seasonal", "Lakeside Cafes Ltd", "Cook – seasonal"),
    ("Head cook", "Bala Lake Railway Limited", "Head cook"),
    ("Cafe cook wanted for the summer season", "Lakeside Cafes", "Cafe cook wanted for the summer season"),
])
def test_a_jobs_title_over_its_employer_is_the_title(title: str, company: str, expected: str) -> None:
    assert pasted(_JOB.format(title=title, company=company)).meta.title == expected


@pytest.mark.parametrize(("trail", "title"), [
    ("bala > for sale > boats - by owner", "Wooden rowing boat, 12ft, with oars - £400 (Bala)"),
    ("Home › For Sale › Boats", "Wooden rowing boat, 12ft, with oars - £400 (Bala)"),
])
def test_a_trail_of_sections_is_no_title(trail: str, title: str) -> None:
    text = (f"CL\n{trail}\npost\naccount\nfavorite\nhide\nflag\nPosted 2026-02-27 18:04\n{title}\n"
            "The boat was built in 1968 and has been kept under cover in the boathouse every winter since.\n"
            "It comes with its oars, rowlocks and a cover, and it floats dry.\n")
    assert pasted(text).meta.title == title


@pytest.mark.parametrize(("address", "title"), [
    ("Mill Lane, Bala, LL23", "2 bedroom cottage for sale"),
    ("Mill Lane, Bala LL23 7AB", "2 bedroom cottage for sale"),
])
def test_an_address_with_its_postcode_is_no_listings_title(address: str, title: str) -> None:
    text = (f"Homes\nBuy\nRent\nSign in\nBack to search results\n{title}\n{address}\nGuide Price\n£225,000\nSave\n"
            "Request details\nA stone cottage on a quiet lane five minutes' walk from the lake and the town.\n"
            "The ground floor has a sitting room with a wood burner and a kitchen with a range.\n")
    assert pasted(text).meta.title == title


@pytest.mark.parametrize("name", ["Siân Howells", "José Ortega", "Zoë Price", "Łukasz Nowak"])
def test_a_posters_name_with_accents_is_a_name(name: str) -> None:
    text = (f"LinkedIn\nHome\nMy Network\nJobs\nMessaging\n{name}\n{name}\n• 2nd\nBaker at Bala Bread\n3d •\n"
            "Follow\nWe baked our ten thousandth loaf this week, and the first went to the lady who bought our first."
            "\nThank you to everyone who queues in the rain on Saturdays.\n#baking\nLike\nComment\nRepost\n")
    assert pasted(text).meta.authors == (name,)


_TOPIC = """Forum
Sign Up
Log In
Which seed potatoes for a wet garden?
hollyoak
Mar 2
Our garden sits on clay and stays wet until May, and last year half the potatoes rotted in the ground.
Which early varieties cope best with wet soil, and should I grow them in raised beds instead?
{reactions}
created
Mar 2
{replier}
Mar 3
Try Charlotte in raised beds, as it has done well for us on heavy clay for years.
Reply
"""


@pytest.mark.parametrize(("reactions", "replier", "lines"), [
    ("4 Likes", "rowanb", 2),
    ("1 Like", "marsh_fen", 2),
])
def test_a_posts_reactions_end_it_over_a_reply(reactions: str, replier: str, lines: int) -> None:
    assert len(kept(pasted(_TOPIC.format(reactions=reactions, replier=replier)))) == lines


@pytest.mark.parametrize("under", ["Rowan Birch\nMar 3", "Mar 3", ""])
def test_a_count_of_likes_over_no_replys_header_ends_nothing(under: str) -> None:
    """Guards: a count of likes inside a run with no handle alone over a day under it (a name of two words, a day
    alone, nothing) leaves the run whole."""
    lines = [make_line(i, text, i) for i, text in enumerate(
        ["The first sentence of the post.", "4 Likes", *under.split("\n"), "The next sentence."]) if text]
    assert before_reactions(lines, 0, len(lines) - 1) == len(lines) - 1


if __name__ == "__main__":
    report(FIXTURES)

"""clean on scraped full-page text dumps: the article alone, title/byline/date as metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.clean.inserts import is_listing
from narrator.clean.lines import make_line
from narrator.clean.pageend import notes_after
from narrator.clean.proseruns import _stamp
from narrator.clean.text import _COMMENTS_HEAD
from narrator.config import CleanSettings
from narrator.model import BlockKind, Document, Format, Source

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def scraped() -> list[str]:
    path = FIXTURES / "scraped-news.txt"
    document = clean(Source(str(path), path.read_bytes(), Format.TEXT), CleanSettings())
    assert all(block.kind is BlockKind.PARAGRAPH for block in document.blocks)
    return [block.text for block in document.blocks]


def test_scraped_page_body_is_exactly_the_article_paragraphs() -> None:
    body = scraped()
    assert len(body) == 9
    assert body[0].startswith("The Eastport city council voted 7 to 2")
    assert body[-1].endswith("cheered as the result was announced.")


def test_scraped_page_drops_prompts_captions_and_sidebars() -> None:
    text = "\n".join(scraped())
    for boilerplate in ("Skip to content", "AI assistance", "Keep local reporting", "Become a member",
                        "Ledger Weekend", "read the ledger", "Photo for illustrative", "Ferry timetable",
                        "fewer early sailings", "Storm warning", "Forecasters expect", "hospital", "Subscribe"):
        assert boilerplate not in text


def test_scraped_page_metadata() -> None:
    path = FIXTURES / "scraped-news.txt"
    meta = clean(Source(str(path), path.read_bytes(), Format.TEXT), CleanSettings()).meta
    assert meta.title == "Harbour city votes to turn old rail yard into a public park"
    assert meta.authors == ("Marta Lindqvist", "The Coastal Ledger city desk")
    assert meta.byline == "Marta Lindqvist and The Coastal Ledger city desk"
    assert meta.published == "2025-03-05"


def test_short_plain_note() -> None:
    source = Source("note.txt", b"Shopping\n\nWe need bread, milk and eggs before the weekend, and coffee too.\n")
    document = clean(source, CleanSettings())
    assert document.meta.title == "Shopping"
    assert [b.text for b in document.blocks] == ["We need bread, milk and eggs before the weekend, and coffee too."]


def test_byline_with_date_first_and_page_title_line() -> None:
    page = "\n\n".join([
        "Night trains return to the mountain line - Rail Weekly",
        "Home", "News", "Opinion",
        "Night trains return to the mountain line",
        "September 2, 2024 | by Olu Adeyemi",
        "The night train between the capital and the mountain towns will run again from December, "
        "the rail company announced on Monday, after a break of eleven years.",
        "Tickets for the first month sold out within a day, and the company said it would add "
        "a second sleeping car if demand stayed high through the winter.",
        "Related", "Ski lifts open early", "Contact us", "Advertise",
    ])
    document = clean(Source("rail.txt", page.encode()), CleanSettings())
    assert document.meta.title == "Night trains return to the mountain line"
    assert document.meta.authors == ("Olu Adeyemi",)
    assert document.meta.published == "2024-09-02"
    assert len(document.blocks) == 2


_NIGHT_TRAIN = ("The night train between the capital and the mountain towns will run again from December, "
                "the rail company announced on Monday, after a break of eleven years.")
_TICKETS = ("Tickets for the first month sold out within a day, and the company said it would add "
            "a second sleeping car if demand held up through the winter season.")
_HEADLINE = "Night trains return to the mountain line"


def _read_dump(*lines: str) -> list[str]:
    """The texts of the blocks read from a page dumped one line per element."""
    page = "\n".join(lines)
    return [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]


def _page(*parts: str) -> Document:
    """A scraped page of these lines, blank lines between them, cleaned as text."""
    return clean(Source("page.txt", "\n\n".join(parts).encode(), Format.TEXT), CleanSettings())


def test_summary_between_headline_and_byline_is_the_standfirst() -> None:
    summary = "After eleven years, sleepers will again link the capital with the mountain towns."
    document = _page("Home", "News", _HEADLINE, summary, "By", "Olu Adeyemi", "Sept. 2, 2024 7:04 pm ET",
                     _NIGHT_TRAIN, _TICKETS)
    assert document.meta.standfirst == summary
    assert document.meta.authors == ("Olu Adeyemi",) and document.meta.published == "2024-09-02"
    assert [b.text for b in document.blocks] == [_NIGHT_TRAIN, _TICKETS]


@pytest.mark.parametrize("summary", [
    "Penalties for those who refuse to isolate are to be increased to a maximum of ten thousand pounds for repeat "
    "offenders",  # a deck without its stop
    "After eleven years, sleepers will again link the capital with the mountain towns.",
])
def test_a_standfirst_under_the_headline_may_lack_its_stop(summary: str) -> None:
    head = (f"{_HEADLINE} - Rail Weekly", "Home", "News", _HEADLINE, summary, "Close", "By", "Olu Adeyemi",
            "Sept. 2, 2024 7:04 pm ET")
    document = _page(*head, _NIGHT_TRAIN, _TICKETS)
    assert document.meta.title == _HEADLINE and document.meta.standfirst == summary
    assert [b.text for b in document.blocks] == [_NIGHT_TRAIN, _TICKETS]


def test_a_short_line_without_a_stop_under_the_headline_is_no_standfirst() -> None:
    document = _page(f"{_HEADLINE} - Rail Weekly", "Home", "News", _HEADLINE, "Sleepers are back at last", "By",
                     "Olu Adeyemi", "Sept. 2, 2024 7:04 pm ET", _NIGHT_TRAIN, _TICKETS)
    assert document.meta.standfirst is None  # a label or a kicker, not a deck


def test_first_paragraph_without_a_byline_under_it_stays_in_the_body() -> None:
    first = "After eleven years, sleepers will again link the capital with the mountain towns."
    document = _page(_HEADLINE, first, _TICKETS)
    assert document.meta.standfirst is None
    assert [b.text for b in document.blocks] == [first, _TICKETS]


def test_short_sentence_with_a_credit_under_it_is_a_caption() -> None:
    caption = "A sleeper carriage in the depot.\n(Image credit: Rail Company)"
    assert [b.text for b in _page(_HEADLINE, _NIGHT_TRAIN, caption, _TICKETS).blocks] == [_NIGHT_TRAIN, _TICKETS]


def test_box_of_links_inside_the_body_is_dropped() -> None:
    box = ["More from Travel", "Ferry operators warn of fewer crossings after fuel costs rise again this year",
           "'Quiet and slow' village wins prize for the best small railway station in the whole country",
           "More Great Travel Stories",
           "How the mountain line was built in 1902\nWhy do sleeper trains cost more than flights?\nTen quiet stations"]
    assert [b.text for b in _page(_HEADLINE, _NIGHT_TRAIN, *box, _TICKETS).blocks] == [_NIGHT_TRAIN, _TICKETS]


_MENU = "Home\nNews\nTravel\nWeather\nSubscribe"


def test_a_dump_keeps_an_interview_s_short_questions_and_answers() -> None:
    lines = ["Q: Favourite station?", "A: The little halt at Kirkby Fell", "Q: Why?",
             "A: Nobody gets off there but me, and the view is the best on the line."]
    body = [b.text for b in _page(_MENU, _HEADLINE, _NIGHT_TRAIN, *lines, _TICKETS, _MENU).blocks]
    assert body == [_NIGHT_TRAIN, *lines, _TICKETS]


def test_a_dump_keeps_a_short_sentence_of_the_story() -> None:
    body = [b.text for b in _page(_MENU, _HEADLINE, _NIGHT_TRAIN, "Passengers cheered.", _TICKETS, _MENU).blocks]
    assert body == [_NIGHT_TRAIN, "Passengers cheered.", _TICKETS]


def test_a_dump_keeps_a_numbered_heading_with_its_subtitle() -> None:
    page = _page(_MENU, _HEADLINE, _NIGHT_TRAIN, "2. Fares stay the same", "Company: prices are fixed until spring",
                 _TICKETS, _MENU)
    assert [b.text for b in page.blocks] == [
        _NIGHT_TRAIN, "2. Fares stay the same", "Company: prices are fixed until spring", _TICKETS]


def test_a_dump_keeps_a_title_case_subheading_over_a_second_heading_line() -> None:
    page = _page(_MENU, _HEADLINE, _NIGHT_TRAIN, "What The Fares Will Be", "Prices Fixed Until Spring",
                 _TICKETS, _MENU)
    assert [(b.kind, b.text) for b in page.blocks] == [
        (BlockKind.PARAGRAPH, _NIGHT_TRAIN), (BlockKind.HEADING, "What The Fares Will Be"),
        (BlockKind.HEADING, "Prices Fixed Until Spring"), (BlockKind.PARAGRAPH, _TICKETS)]


def test_a_wire_dateline_keeps_its_sentence() -> None:
    lead = ("SPRINGFIELD, Ill. (AP) — The night train to the mountain towns will run again from December, "
            "officials said on Monday, after a break of eleven years.")
    assert [b.text for b in _page(_MENU, _HEADLINE, lead, _TICKETS, _MENU).blocks] == [lead, _TICKETS]


def test_a_german_byline_and_its_date_are_metadata() -> None:
    """"Von Anna Schmidt und Jan Weber | 12. März 2024" is the byline; "Von Hamburg bis Kiel" is not."""
    path = FIXTURES / "byline-de.txt"
    document = clean(Source(str(path), path.read_bytes(), Format.TEXT), CleanSettings())
    assert document.meta.language == "de"
    assert document.meta.authors == ("Anna Schmidt", "Jan Weber")
    assert document.meta.published == "2024-03-12"
    assert document.meta.standfirst is not None and document.meta.standfirst.startswith("Die Stadt bestellt")
    assert [b.text.split()[:3] for b in document.blocks] == [
        ["Die", "neue", "Fähre"], ["Von", "Hamburg", "bis"], ["Die", "alte", "Fähre"], ["Von", "Montag", "an"]]


def test_a_byline_under_a_standfirst_keeps_its_own_date() -> None:
    summary = "After eleven years, sleepers will again link the capital with the mountain towns."
    document = _page(_HEADLINE, summary, "By Olu Adeyemi | September 2, 2024", _NIGHT_TRAIN, _TICKETS)
    assert document.meta.authors == ("Olu Adeyemi",) and document.meta.published == "2024-09-02"
    assert [b.text for b in document.blocks] == [_NIGHT_TRAIN, _TICKETS]


def test_a_skip_link_is_no_headline_and_an_agency_credit_ends_a_caption() -> None:
    page = "\n\n".join([
        "Skip to main content", "Home | World | Business | Sport | Culture", "Search",
        "Wildfires force thousands to flee in southern Spain",
        "By Marta Gil, Reuters\nAugust 14, 2024",
        "MALAGA, Spain (Reuters) — Wildfires fanned by strong winds forced thousands of people from their homes in "
        "southern Spain on Wednesday, officials said.",
        "A firefighting plane drops water near Estepona. REUTERS/Jon Nazca",
        "Firefighters backed by fourteen aircraft battled three blazes near Malaga, where temperatures were high.",
        "Sign up for our newsletter", "Read Next", "Heatwave grips Italy as Rome swelters", "Share this article",
    ])
    document = clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == "Wildfires force thousands to flee in southern Spain"
    assert document.meta.authors == ("Marta Gil",)  # the agency beside her is no second author
    assert all("REUTERS/" not in b.text for b in document.blocks)
    assert [b.text[:20] for b in document.blocks] == ["MALAGA, Spain (Reute", "Firefighters backed "]


def test_a_blog_author_box_under_the_article_names_its_author() -> None:
    page = "\n\n".join([
        "Open in app", "Sign in", "Why Small Teams Ship Faster", "Jane Kim\nFollow\n6 min read\n·\nMar 12, 2024",
        "Small teams ship faster. Not because they work harder, but because they talk less to each other.",
        "In a team of four, everyone knows what everyone else is doing. In a team of forty, that takes meetings.",
        "Startup\nManagement", "Written by Jane Kim\n2.1K Followers", "More from Jane Kim\nHelp\nStatus\nAbout",
    ])
    document = clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == "Why Small Teams Ship Faster"
    assert document.meta.authors == ("Jane Kim",)
    assert [b.text[:20] for b in document.blocks] == ["Small teams ship fas", "In a team of four, e"]


def test_closing_notes_after_the_story_are_not_read() -> None:
    for note in ("(Reporting by Pratima Desai; Editing by Jan Harvey and Susan Fenton)",
                 "This article is republished from The Conversation under a Creative Commons license. Read the "
                 "original article.",
                 "Jane Park receives funding from the Natural Environment Research Council.",
                 "Our Standards: The Thomson Reuters Trust Principles.",
                 "This entry was posted in Travel. Bookmark the permalink."):  # a blog engine's footer
        document = _page("Home", "News", _HEADLINE, "By", "Olu Adeyemi", "Sept. 2, 2024 7:04 pm ET", _NIGHT_TRAIN,
                         _TICKETS, note)
        assert [b.text for b in document.blocks] == [_NIGHT_TRAIN, _TICKETS], note


def test_a_story_sentence_about_reporting_or_funding_is_read() -> None:
    reporting = "Reporting by the local paper first revealed the cracks in the viaduct last spring, the minister said."
    funding = "The railway receives funding from the state for every night train it runs on the mountain line."
    document = _page("Home", "News", _HEADLINE, "By", "Olu Adeyemi", "Sept. 2, 2024 7:04 pm ET", _NIGHT_TRAIN,
                     reporting, funding)
    assert [b.text for b in document.blocks] == [_NIGHT_TRAIN, reporting, funding]


def test_a_name_alone_above_the_date_is_the_byline_and_a_named_subscribe_box_is_not_read() -> None:
    paragraphs = ["When Maria Lopez moved back to Dubuque, Iowa, in 2021, she expected to commute to a job in "
                  "Chicago. Three years later she runs a 14-person design studio on Main Street.",
                  "Her story is not unusual. Towns of fewer than 50,000 people gained 1.2 million residents "
                  "between 2020 and 2023, according to the Census Bureau.",
                  "Housing is the draw. The median home in Dubuque costs $215,000, against $390,000 nationally.",
                  "But there are limits. Broadband remains patchy, and childcare waiting lists run to 18 months."]
    page = "\n\n".join([
        "The Quiet Economy\nWhy small towns are winning the remote-work era", "Jane Doe\nMar 14, 2024",
        "42\n12\nShare", *paragraphs[:2],
        "Subscribe to The Quiet Economy\nLaunched 2 years ago\nNotes on work, place and money.", *paragraphs[2:],
        "Thanks for reading The Quiet Economy! Subscribe for free to receive new posts and support my work.",
        "42 Likes\n·\n3 Restacks\n12\nShare",
    ])
    document = clean(Source("post.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.authors == ("Jane Doe",)
    assert document.meta.published == "2024-03-14"
    assert [b.text for b in document.blocks] == paragraphs


def test_a_german_date_line_in_numbers_is_the_publication_date() -> None:
    page = "\n\n".join(["Bahnstreik legt Verkehr lahm", "Von Anna Schmidt\n12.03.2024",
                        "Der Streik der Lokführergewerkschaft hat am Dienstag den Bahnverkehr in ganz Deutschland "
                        "weitgehend lahmgelegt, teilte die Deutsche Bahn mit.",
                        "Der Streik begann um zwei Uhr nachts und soll fünfunddreißig Stunden dauern, sagte ein "
                        "Sprecher der Gewerkschaft am Morgen."])
    document = clean(Source("streik.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.published == "2024-03-12"
    assert document.meta.authors == ("Anna Schmidt",)
    assert [b.text[:10] for b in document.blocks] == ["Der Streik", "Der Streik"]


@pytest.mark.parametrize(("line", "published"), [
    ("12.03.2024", "2024-03-12"), ("25/12/2024", "2024-12-25"), ("12/25/2024", "2024-12-25"),
    ("03/04/2024", None),  # the 3rd of April or March 4th: not said
    ("v1.2.2024", None),
])
def test_a_date_line_in_numbers(line: str, published: str | None) -> None:
    from narrator.clean.common import parse_date
    assert parse_date(line) == published


def test_a_wiki_dump_is_titled_by_its_headline_and_reads_no_tabs_or_references() -> None:
    page = "\n".join([
        "Jump to content", "Main menu", "Search", "", "Ada Lovelace", "", "Article Talk", "Read Edit View history",
        "From Wikipedia, the free encyclopedia", "",
        "Augusta Ada King, Countess of Lovelace (10 December 1815 – 27 November 1852) was an English mathematician "
        "and writer, chiefly known for her work on Charles Babbage's proposed Analytical Engine.[1]", "",
        "Early life[edit]", "",
        "Lord Byron expected his child to be a glorious boy and was disappointed when Lady Byron gave birth to a girl.",
        "", "References[edit]", "^ \"Ada Lovelace\". Computer History Museum. Retrieved 2 December 2023.", "",
        "Categories: 1815 births1852 deathsEnglish mathematicians", "Privacy policy", "About Wikipedia",
    ])
    document = clean(Source("ada.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == "Ada Lovelace"
    text = " ".join(b.text for b in document.blocks)
    assert text.startswith("Augusta Ada King") and "Lord Byron expected" in text
    for clutter in ("Read Edit", "free encyclopedia", "[edit]", "Retrieved", "Categories", "Privacy"):
        assert clutter not in text


def test_a_wiki_dump_with_a_long_infobox_is_titled_by_its_headline() -> None:
    """An infobox of a hundred lines parts the tagline from the lead; the title was taken from the infobox's last
    line ("Driving side left")."""
    infobox = [line for k in range(1, 41) for line in (f"Field {k}", f"value {k}")] + ["Driving side", "left"]
    page = "\n".join([
        "Jump to content", "Main menu", "Search", "Arden valley", "Article Talk", "Read Edit View history",
        "From Wikipedia, the free encyclopedia", "Valley in the northern uplands", *infobox, *_VALLEY_LEAD,
        "References", "Privacy policy", "About Wikipedia"])
    document = clean(Source("arden.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == "Arden valley"
    assert document.blocks[0].text == _VALLEY_LEAD[0]


def test_a_line_that_repeats_only_the_site_name_of_the_page_title_is_not_the_headline() -> None:
    """A dump opens with the page's <title>, its headline and site name; where no line repeats the headline, the
    blog's name under it ("Anna Berg's notebook") matched the <title> word for word and was taken for the headline."""
    page = "\n".join([
        "Parsing logs: awk vs. Python for big files – Anna Berg's notebook", "Skip to content", "Anna Berg's notebook",
        "Notes on servers, logs and the people who read them", "Menu and widgets", "Home", "About", "Archive",
        "Posted on March 3, 2024 by Anna", *_LOG_POST_PARTS[:2],
        _LOG_POST_PARTS[3], _LOG_POST_PARTS[-1], "Leave a reply", "Privacy policy"])
    document = clean(Source("notes.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == "Parsing logs: awk vs. Python for big files"


@pytest.mark.parametrize("label", ["Author:", "Autor", "Par", "Written by"])
def test_a_byline_s_label_on_its_own_line_gives_the_author_not_the_title(label: str) -> None:
    """"Author:" above "The Water Coolest" made the name a headline: the title was the author's name, and no author
    was found. Only "Authors" alone stays a menu's entry."""
    page = "\n".join([
        "Opening Bell 11.18.19 - Dealbreaker", "Home", "Markets", "Banks", "Careers", "Opening Bell", label,
        "Olu Adeyemi", "Publish date:", "Nov 18, 2019", *_LOG_POST_PARTS[:2], _LOG_POST_PARTS[3], "Authors", "About"])
    document = clean(Source("bell.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.authors == ("Olu Adeyemi",)
    assert document.meta.title != "Olu Adeyemi"


def test_a_headline_ending_on_a_stop_still_heads_its_deck_date_and_author() -> None:
    """A headline that ends on a full stop ("... So Do We.") is no candidate headline, so the page was titled by its
    <title> line, and the deck, date and author under the headline on the page were read as the body's first lines
    ("June 19, 2019" and "Andrea Middleton" as headings)."""
    headline = "Want More Volunteers at the Harbour Festival? So Do We."
    deck = "More helpers on the quays mean a safer festival, and a better one for everyone who comes."
    page = "\n".join([f"{headline} – Quayside Notes", "Menu", "Features", "Events", "Blog", "Support", "Sign Up",
                      "Log In", "Quayside Notes", headline, deck, "June 19, 2019", "Ann Lee", *_VALLEY_CLIMATE,
                      "Share this:", "Privacy policy"])
    document = clean(Source("festival.txt", page.encode(), Format.TEXT), CleanSettings())
    assert (document.meta.title, document.meta.standfirst) == (headline, deck)
    assert (document.meta.authors, document.meta.published) == (("Ann Lee",), "2019-06-19")
    assert [block.text for block in document.blocks] == _VALLEY_CLIMATE


def test_an_outlet_named_by_its_address_in_a_byline_is_no_author_and_a_guillemet_parts_a_site_name() -> None:
    """"By Ann Lee , Harbour.org" named the site an author; "Title « Quayside Notes" kept the blog's name."""
    page = "\n".join(["Volunteers wanted for the harbour festival « Quayside Notes", "Home", "Events", "About",
                      "Contact", "By Ann Lee , Harbour.org", "June 19, 2019", *_VALLEY_CLIMATE, "Privacy policy"])
    document = clean(Source("festival.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == "Volunteers wanted for the harbour festival"
    assert document.meta.authors == ("Ann Lee",)


def test_a_name_alone_under_the_deck_is_the_author_when_a_date_stands_by_it() -> None:
    """Headline, deck, then the author's name with no "By", their job and handle, then the date: the name was lost.
    A subheading in two capitalised words under a deck, with no date by it, stays the body's."""
    headline = "Cooling centres to open across the city this week"
    deck = "The mayor's office says two more will follow if the heat lasts into next week."
    menu = ["Home", "News", "Politics", "Weather", "Sport", "Sign in"]
    page = "\n".join([headline, *menu, headline, deck, "Ann Lee", "Political Editor", "@annlee",
                      "Monday 28 September 2020 19:27", *_VALLEY_CLIMATE, "Privacy policy"])
    document = clean(Source("heat.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.authors == ("Ann Lee",)
    page = "\n".join([headline, *menu, headline, deck, "Valley Weather", *_VALLEY_CLIMATE, "Privacy policy"])
    assert clean(Source("heat.txt", page.encode(), Format.TEXT), CleanSettings()).meta.authors == ()


@pytest.mark.parametrize(("footer", "authors"), [
    (["Posted on August 2, 2019 August 2, 2019 Author Ann Lee Categories"], ("Ann Lee",)),
    (["Published by", "Ann Lee", "Posted on August 2, 2019"], ("Ann Lee",)),
    (["Posted on August 2, 2019 by admin"], ()),
])
def test_a_blog_post_s_footer_gives_its_date_and_author_and_its_comments_are_not_read(
        footer: list[str], authors: tuple[str, ...]) -> None:
    """Some blog themes print the date and author under the post, and WordPress heads the comments "5 thoughts on
    “Title”": the date and author were lost, and the readers' comments read as the article's end. An account's
    name ("admin") is no author."""
    title = "Counting errors before customers do"
    comments = [f"2 thoughts on “{title}”", "Ben says:", "August 3, 2019 at 4:11 am",
                "Thanks for posting this, we started doing the same at work and found three broken pages already.",
                "Reply"]
    page = "\n".join([title, "Home", "About", "Archive", "Contact", title, *_LOG_POST_PARTS[:2],
                      _LOG_POST_PARTS[3], _LOG_POST_PARTS[-1], *footer, *comments, "Leave a reply"])
    document = clean(Source("notes.txt", page.encode(), Format.TEXT), CleanSettings())
    assert (document.meta.published, document.meta.authors) == ("2019-08-02", authors)
    assert not any("Thanks for posting" in block.text for block in document.blocks)


def test_a_menu_entry_sharing_only_small_words_with_the_page_title_is_not_the_headline() -> None:
    """"Be a Pro" shares "be" and "a" with "... time to be careful?": two words in three, and it was the title."""
    title = "Economy in stress and markets on a high; time to be careful?"
    page = "\n".join([f"{title} - Moneycontrol.com", "Home", "Markets", "Be a Pro", "Power Your Trade", "Portfolio",
                      "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com", title, *_VALLEY_CLIMATE,
                      "Privacy policy"])
    document = clean(Source("markets.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == title


@pytest.mark.parametrize(("line", "names"), [
    ("Chris Davies - Nov 19, 2019", ("Chris Davies",)),
    ("Ann Lee on May 2, 2024 at 4:47 pm said:", ("Ann Lee",)),
    ("Jane Doe | 3 hours ago", ("Jane Doe",)),
    # a sentence with a time in it: a game wiki's "Enter Pelican Town on a sunny day ..." was taken for an author
    ("Enter Pelican Town on a sunny day between 9am and 2pm.", ()),
    ("It starts at 8pm. Then we go home", ()),
])
def test_a_name_glued_to_its_date_is_an_author_and_a_sentence_with_a_time_is_not(
        line: str, names: tuple[str, ...]) -> None:
    from narrator.clean.bylines import authors_from
    assert authors_from(make_line(0, line, 0)) == names


def test_a_name_above_the_reading_time_is_the_author() -> None:
    """Date, headline, the author's name, "5 Min Read": the section's name above the date ("Business News") was taken
    for the author instead."""
    headline = "Oil falls as oversupply worries return to the market"
    page = "\n".join([f"{headline} | Harbour Wire", "Home", "Markets", "Politics", "Business News",
                      "November 19, 2019 / 12:21 AM / Updated 14 hours ago", headline, "Rodrigo Campos", "5 Min Read",
                      *_VALLEY_CLIMATE, "Privacy policy"])
    document = clean(Source("oil.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.authors == ("Rodrigo Campos",)


def test_a_french_page_dump_gives_its_byline_date_and_body_without_teasers() -> None:
    page = "\n\n".join([
        "Accueil\nActualités\nPolitique\nS'abonner\nSe connecter",
        "Le Sénat adopte le budget de la Sécurité sociale",
        "Par Marie Dubois\nPublié le 12/03/2024 à 18h45, mis à jour à 19h02",
        "Le Sénat a adopté mardi le projet de loi de financement de la Sécurité sociale pour 2025, par 205 voix "
        "contre 112.",
        "Lire aussi : Retraites : ce qui change au 1er janvier",
        "Le ministre a salué un vote responsable, et l'opposition dénonce des coupes dans les hôpitaux du pays.",
        "Abonnez-vous pour lire la suite de cet article\nPartager sur Facebook",
    ])
    document = clean(Source("senat.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == "Le Sénat adopte le budget de la Sécurité sociale"
    assert document.meta.authors == ("Marie Dubois",)
    assert document.meta.published == "2024-03-12"  # day first, as the line's French says
    assert [b.text[:10] for b in document.blocks] == ["Le Sénat a", "Le ministr"]


@pytest.mark.parametrize(("byline", "names"), [
    ("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)", ("Martin Untersinger", "Damien Leloup",
                                                                    "Morgane Tual")),
    ("Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)", ("Eleanor Ainge Roy", "Adrian Malloch")),
    ("Por José Ortega y Gasset", ("José Ortega y Gasset",)),
])
def test_bylines_in_other_languages_and_with_roles(byline: str, names: tuple[str, ...]) -> None:
    from narrator.clean.common import split_authors
    assert split_authors(byline) == names


def test_a_portuguese_page_dump_is_read_though_its_stop_words_look_english() -> None:
    # "a", "o", "do" are English stop words: the page looked English enough to fail English prose tests
    paragraphs = ["A Câmara dos Deputados aprovou nesta terça-feira a reforma tributária por 382 votos a 118. O texto "
                  "segue para o Senado.",
                  "O governo estima que a reforma vai simplificar o sistema e reduzir custos para as empresas em todo "
                  "o país."]
    page = "\n\n".join(["Início\nPolítica\nEconomia\nAssine\nEntrar", "Câmara aprova reforma tributária",
                        "Por João Silva\n12/03/2024 18h45 Atualizado há 2 horas", paragraphs[0],
                        "Leia também: Dólar fecha em queda de 1,2%", paragraphs[1], "Compartilhe no Facebook"])
    document = clean(Source("reforma.txt", page.encode(), Format.TEXT), CleanSettings())
    assert document.meta.title == "Câmara aprova reforma tributária"
    assert document.meta.authors == ("João Silva",)
    assert [b.text for b in document.blocks] == paragraphs


@pytest.mark.parametrize(("line", "published"), [
    ("12 marzo 2024", "2024-03-12"), ("12 de marzo de 2024", "2024-03-12"), ("1er janvier 2024", "2024-01-01"),
    ("24 novembre 2017 à 18:42", "2017-11-24"), ("1° gennaio 2024", "2024-01-01"), ("5 août 2023", "2023-08-05"),
    ("12 de março de 2024", "2024-03-12"),
])
def test_a_date_line_in_other_languages(line: str, published: str) -> None:
    from narrator.clean.common import parse_date
    assert parse_date(line) == published


def test_an_italian_byline_with_di() -> None:
    page = "\n\n".join(["Home\nCronaca\nPolitica\nAbbonati\nAccedi", "Il Senato approva la manovra",
                        "di Mario Rossi\n12 marzo 2024",
                        "Il Senato ha approvato martedì la legge di bilancio con 108 voti favorevoli e 64 contrari.",
                        "Leggi anche: Pensioni, cosa cambia dal 1° gennaio",
                        "Il ministro dell'Economia ha parlato di un passo importante per i conti pubblici del Paese.",
                        "Condividi su Facebook"])
    document = clean(Source("manovra.txt", page.encode(), Format.TEXT), CleanSettings())
    assert (document.meta.title, document.meta.authors, document.meta.published) == (
        "Il Senato approva la manovra", ("Mario Rossi",), "2024-03-12")


@pytest.mark.parametrize("head", ["3 comments", "Leave a Reply", "Join the discussion:"])
def test_a_comments_section_after_the_article_is_not_read(head: str) -> None:
    """Readers' comments under a scraped post were read as its last paragraphs ("Great post! I did the same.")."""
    comments = ["Great post! I did the same, and I have not looked back since the spring.",
                "What notebook do you use? I have tried three and none of them lasts a month."]
    document = _page("Home\nNews\nSport\nTravel\nSubscribe", _HEADLINE, _NIGHT_TRAIN, _TICKETS, head, *comments,
                     "Privacy\nTerms\nContact")
    assert [b.text for b in document.blocks] == [_NIGHT_TRAIN, _TICKETS]


def test_a_comments_button_between_paragraphs_stops_nothing() -> None:
    """A bare "Comments" is a button that pages put between the article's paragraphs."""
    assert [b.text for b in _page(_HEADLINE, _NIGHT_TRAIN, "Comments", _TICKETS).blocks] == [_NIGHT_TRAIN, _TICKETS]


_SAILINGS = ("The ferry company said the new timetable would add two evening crossings on weekdays, "
             "and that the older of its two boats would be kept in reserve for the summer months.")


def _page_with_list(lead: str, items: list[str]) -> Document:
    """A page: menu, headline, byline, three paragraphs, a lead and its lines packed together, then a footer."""
    menu = "Home\nNews\nSport\nWeather\nCulture"
    listed = "\n".join([lead, *items])
    footer = "Facebook\nTwitter\nNewsletter\nContact us"
    return _page(menu, _HEADLINE, "By Olu Adeyemi", _NIGHT_TRAIN, _TICKETS, _SAILINGS, listed, footer)


def test_a_list_the_article_introduces_at_its_end_is_read() -> None:
    """A tour's dates under "... dates:" were lost with the lead: the body ended at the last paragraph."""
    items = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- Credit Union Amphitheatre, Tampa, FL",
             "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA", "June 17 -- Bridgestone Arena, Nashville, TN"]
    blocks = _page_with_list("The night train's first winter timetable:", items).blocks
    assert [b.text for b in blocks][-5:] == ["The night train's first winter timetable:", *items]
    assert [b.kind for b in blocks][-4:] == [BlockKind.LIST_ITEM] * 4
    assert "Facebook" not in [b.text for b in blocks]


@pytest.mark.parametrize(("lead", "items"), [
    ("Other stories you might like:", ["June 9 -- Storm closes the coast road", "June 10 -- Council backs the park",
                                       "June 12 -- Ferry adds a crossing"]),  # links to other pages
    ("The night train's first winter timetable:", ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
                                                   "June 10 -- Credit Union Amphitheatre, Tampa, FL"]),  # two: no list
])
def test_a_teaser_list_or_two_lines_after_the_body_are_not_read(lead: str, items: list[str]) -> None:
    texts = [b.text for b in _page_with_list(lead, items).blocks]
    assert texts[-1] == _SAILINGS


def test_by_on_its_own_line_above_the_name_is_the_byline() -> None:
    """"by", then "Lars Brandle" on the next line, under the headline: the episode had no author."""
    document = _page("Home", "News", _HEADLINE, "11/19/2019", "by", "Olu Adeyemi", "FACEBOOK", "TWITTER",
                     _NIGHT_TRAIN, _TICKETS)
    assert document.meta.authors == ("Olu Adeyemi",)


def test_a_list_under_a_heading_after_the_body_is_read() -> None:
    """"Qualified teams", then "England (Group A): 10th appearance" and nineteen more, were lost."""
    items = ["England (Group A): 10th appearance", "Spain (Group F): 11th appearance",
             "France (Group H): 10th appearance", "Wales (Group E): Second appearance"]
    blocks = _page_with_list("Qualified teams", items).blocks
    assert [(b.kind, b.text) for b in blocks][-5:] == [(BlockKind.HEADING, "Qualified teams")] + [
        (BlockKind.LIST_ITEM, item) for item in items]


def test_a_list_inside_the_body_under_a_lead_with_a_colon_is_read() -> None:
    """"Path A: Iceland, ..." under "each group below will play for a spot:" was dropped mid-article."""
    lead = "The rail company listed the new night services, each to run from December:"
    items = ["Line A: Oslo, Lillehammer, Dombås, Trondheim", "Line B: Oslo, Gol, Geilo, Finse, Voss, Bergen",
             "Line C: Bergen, Voss, Myrdal, Flåm"]
    page = "\n\n".join(["Home", "News", _HEADLINE, "By Olu Adeyemi", _NIGHT_TRAIN, lead + "\n" + "\n".join(items),
                        _TICKETS, _SAILINGS, "Facebook\nTwitter\nNewsletter"])
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert texts == [_NIGHT_TRAIN, lead, *items, _TICKETS, _SAILINGS]


def test_a_stock_table_inside_the_article_does_not_cut_it() -> None:
    """A ticker's figures after the first paragraphs ("HD", "225.86", "-5.44%", a line each) ended the body at the
    table: the article lost every paragraph after it."""
    table = "\n".join(["Continue Reading Below", "Ticker", "Security", "Last", "Change", "Change %", "RC", "RAIL CO.",
                       "225.86", "-12.99", "-5.44%", "FC", "FERRY CO.", "113.40", "-1.62", "-1.41%"])
    later = ("Rail company shares fell on the news, as analysts had expected the night service to return only in "
             "the spring, and the cost of the new sleeping cars was higher than the company had said in March.")
    page = "\n\n".join([_HEADLINE + " - Rail Weekly", "Home", "Markets", _HEADLINE, "By Olu Adeyemi", _NIGHT_TRAIN,
                         _TICKETS, table, _SAILINGS, later, "Facebook\nTwitter\nNewsletter"])
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert texts[:2] == [_NIGHT_TRAIN, _TICKETS] and texts[-2:] == [_SAILINGS, later]


def test_a_page_without_blank_lines_keeps_its_body_past_a_box_and_its_subheadings() -> None:
    """Dumped one line per element with no blank line, a page is one group: a "More" box's headlines then read as
    packed together up to the end, and every later paragraph was dropped with them; no subheading stood alone."""
    later = ("Rail company shares rose on the news, as analysts had expected the night service to return only in "
             "the spring, and the cost of the new sleeping cars was lower than the company had said in March.")
    page = "\n".join(["Night trains return to the mountain line - Rail Weekly", "Home", "News", "Sport", "Weather",
                      _HEADLINE, "By Olu Adeyemi", _NIGHT_TRAIN, _TICKETS, "More",
                      "Storm closes the coast road", "Council backs the rail yard park", "More in Rail",
                      _SAILINGS, "What the sleeper costs", later, "Facebook", "Twitter", "Newsletter", "Contact us",
                      "About us", "Careers", "Advertise", "Privacy", "Terms", "Help", "Sitemap", "Archive",
                      "Podcasts", "Events", "Shop", "Puzzles", "Obituaries", "Letters", "Weather", "Traffic",
                      "Jobs", "Homes", "Cars", "Dating", "Travel"])
    blocks = clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, _NIGHT_TRAIN), (BlockKind.PARAGRAPH, _TICKETS), (BlockKind.PARAGRAPH, _SAILINGS),
        (BlockKind.HEADING, "What the sleeper costs"), (BlockKind.PARAGRAPH, later)]


def test_a_gallery_inside_the_article_does_not_cut_it() -> None:
    """Five pictures, each a counter, a caption and a credit, stood between two parts of a story: fifteen lines, over
    the twelve two parts may be joined across, and the second part was lost."""
    gallery = []
    for n in range(1, 6):
        gallery += [f"Image {n} of 5", f"The sleeping car's cabin number {n}, made up for the night.",
                    "(Image credit: Rail Co.)"]
    later = ("Rail company shares rose on the news, as analysts had expected the night service to return only in "
             "the spring, and the cost of the new sleeping cars was lower than the company had said in March.")
    page = "\n\n".join([_HEADLINE + " - Rail Weekly", "Home", "News", _HEADLINE, "By Olu Adeyemi", _NIGHT_TRAIN,
                        _TICKETS, "\n".join(gallery), _SAILINGS, later, "Facebook\nTwitter\nNewsletter"])
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert texts == [_NIGHT_TRAIN, _TICKETS, _SAILINGS, later]


def test_a_short_post_without_blank_lines_keeps_its_subheadings() -> None:
    """Under 30 lines and no blank line anywhere, a post's one group was too small to count as unparted: its
    subheadings were dropped."""
    page = "\n".join(["Dan's Notes", "Home", "About", "Contact", "Why I switched to a standing desk",
                      "Posted on February 10, 2024 by Dan Ortiz",
                      "For ten years I sat at a desk for eight hours a day. My back let me know about it.",
                      "In January I bought a standing desk for $450. Here is what changed.", "The first week",
                      "My feet hurt. I stood for 20 minutes, then sat for 40, and slowly built up.", "A month in",
                      "I now stand for about 3 hours a day. My back pain is mostly gone, and I focus better.",
                      "Share this:", "Twitter", "Facebook", "Related", "My favourite keyboard", "Leave a Reply"])
    blocks = clean(Source("post.txt", page.encode(), Format.TEXT), CleanSettings()).blocks
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["The first week", "A month in"]
    assert blocks[-1].text.startswith("I now stand")


def test_a_question_in_a_box_of_links_at_the_end_of_an_unparted_page_is_not_read() -> None:
    """"Related", then "Who is standing in your area?": the question ended the box and was read as the article's."""
    page = "\n".join(["Election night as it happened", "Home", "News", "Politics", "By Sam Reed and Ana Lima",
                      "The last polls have closed. Counting is under way in all 650 seats, and the first result is "
                      "expected within the hour.",
                      "Turnout looks high. In the seats declared so far it is up 4 points on the last election.",
                      "Share this", "Related", "Who is standing in your area?", "Storm warning for the coast"])
    texts = [b.text for b in clean(Source("live.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert texts[-1].startswith("Turnout looks high.")


def test_key_points_in_bullets_above_the_body_are_read() -> None:
    """A live page's "Key points" and its bullets between the byline and the first entry were dropped."""
    page = "\n".join(["Election night as it happened", "Home", "News", "Politics", "By Sam Reed and Ana Lima",
                      "Updated 2 hours ago", "Key points", "• Turnout hit 67%, the highest since 1992",
                      "• The Greens won their first seat in the north", "• The count resumes at 9am", "23:45",
                      "The last polls have closed. Counting is under way in all 650 seats, and the first result is "
                      "expected within the hour.",
                      "Turnout looks high. In the seats declared so far it is up 4 points on the last election.",
                      "Share this", "Related", "Who is standing in your area?"])
    blocks = clean(Source("live.txt", page.encode(), Format.TEXT), CleanSettings()).blocks
    assert [(b.kind, b.text) for b in blocks[:4]] == [
        (BlockKind.HEADING, "Key points"), (BlockKind.LIST_ITEM, "Turnout hit 67%, the highest since 1992"),
        (BlockKind.LIST_ITEM, "The Greens won their first seat in the north"),
        (BlockKind.LIST_ITEM, "The count resumes at 9am")]
    assert blocks[4].text.startswith("The last polls have closed.")


def test_a_subheading_of_ordinary_words_is_read_as_a_heading() -> None:
    """"What planners told me", set apart between paragraphs, was read as a paragraph: no chapter, no longer pause."""
    page = "\n\n".join(["The Weekly Ledger", "Subscribe", "Sign in", "Why rents keep rising", "Maria Chen",
                        "Mar 12, 2024", "Share", _NIGHT_TRAIN, _TICKETS, "What planners told me", _SAILINGS,
                        "Thanks for reading The Weekly Ledger! Subscribe for free to receive new posts.", "Share"])
    blocks = clean(Source("post.txt", page.encode(), Format.TEXT), CleanSettings()).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, _NIGHT_TRAIN), (BlockKind.PARAGRAPH, _TICKETS),
        (BlockKind.HEADING, "What planners told me"), (BlockKind.PARAGRAPH, _SAILINGS)]


_MAKERSPACE = ("RIVERSIDE, Calif., March 4, 2025 /PRNewswire/ -- The Riverside Public Library today opened a "
               "makerspace on the second floor of its Main Street branch, giving teenagers free access to printers.")
_QUOTE = ('"Young people told us they wanted a place to build things, not just read about them," said library '
          'director Ana Ruiz.')


def test_a_headline_in_title_case_over_its_deck_is_the_title_and_the_deck_the_standfirst() -> None:
    """A press release's deck (sentence case, no stop) under its headline was taken for the title."""
    deck = "New facility offers 3D printers, laser cutters and free workshops every Saturday"
    document = _page("FOR IMMEDIATE RELEASE", "Riverside Library Opens New Makerspace for Teens", deck,
                     _MAKERSPACE, _QUOTE, "Media Contact:", "Jordan Lee", "###")
    assert document.meta.title == "Riverside Library Opens New Makerspace for Teens"
    assert document.meta.standfirst == deck
    assert [b.text for b in document.blocks][:2] == [_MAKERSPACE, _QUOTE]


def test_a_short_label_in_title_case_above_a_headline_is_not_the_title() -> None:
    """A section's label or a kicker is shorter than the headline under it: the headline stays the title."""
    document = _page("Home", "News", "Local Transport News", _HEADLINE + " after eleven years away",
                     "By Olu Adeyemi", _NIGHT_TRAIN, _TICKETS, "Related", "Contact us")
    assert document.meta.title == _HEADLINE + " after eleven years away"
    assert document.meta.standfirst is None


def test_a_press_release_pasted_whole_is_titled_by_its_headline() -> None:
    """The user's own text: "FOR IMMEDIATE RELEASE" is a label above the headline, not the title or a line read."""
    deck = "New facility offers 3D printers, laser cutters and free workshops every Saturday"
    document = _page("FOR IMMEDIATE RELEASE", "Riverside Library Opens New Makerspace for Teens", deck,
                     _MAKERSPACE, _QUOTE)
    assert document.meta.title == "Riverside Library Opens New Makerspace for Teens"
    assert document.meta.standfirst == deck
    assert [b.text for b in document.blocks] == [_MAKERSPACE, _QUOTE]


_WEEKNIGHTS = ("Weeknights call for dinners that cook themselves. This lemon chicken roasts on one pan with the "
               "potatoes underneath, so they soak up every drop of the juices.")
_RAINY = ("I first made it on a rainy Tuesday when the fridge held little more than a lemon and a bag of potatoes. "
          "It has been on our table every week since.")
_ROAST = ("Heat the oven and toss the potatoes with half the oil, then spread them out on a large tray. Rub the "
          "chicken with the rest of the oil, the lemon zest and the garlic, and lay it on top. Roast the tray for "
          "forty minutes, until the skin is golden and the potatoes are crisp at the edges.")


def test_a_recipe_s_ingredients_under_their_heading_are_read() -> None:
    """Inside a page dump's body, a short heading over numbered lines ("2 lemons") lost every line but the first."""
    ingredients = "\n".join(["Ingredients", "4 chicken thighs, skin on", "500 g small potatoes, halved", "2 lemons",
                             "3 tbsp olive oil"])
    document = _page("Skip to content", "Home", "Recipes", "Dinner", "One-Pan Lemon Chicken with Potatoes",
                     "By Maya Patel | Updated Jan 12, 2025", _WEEKNIGHTS, _RAINY, "ADVERTISEMENT", ingredients,
                     _ROAST, "Did you make this recipe? Tag @mayacooks on Instagram!", "You might also like",
                     "Crispy Garlic Butter Salmon", "Easy Sheet Pan Fajitas")
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, _WEEKNIGHTS), (BlockKind.PARAGRAPH, _RAINY), (BlockKind.HEADING, "Ingredients"),
        (BlockKind.LIST_ITEM, "4 chicken thighs, skin on"), (BlockKind.LIST_ITEM, "500 g small potatoes, halved"),
        (BlockKind.LIST_ITEM, "2 lemons"), (BlockKind.LIST_ITEM, "3 tbsp olive oil"), (BlockKind.PARAGRAPH, _ROAST)]


def test_a_subheading_written_straight_above_its_paragraph_is_a_heading() -> None:
    """"Instructions" with the steps on the lines under it (no blank line between) was dropped. (A title glued to
    one summary line is a teaser card, and stays dropped.)"""
    steps = ["Heat the oven to 220C and toss the potatoes with half of the oil on a large tray.",
             "Rub the chicken with the rest of the oil, the lemon zest and the garlic, and lay it on top.",
             "Roast for forty minutes, until the skin is golden and the potatoes are crisp at the edges."]
    document = _page("Home", "Recipes", "One-Pan Lemon Chicken with Potatoes", "By Maya Patel", _WEEKNIGHTS, _RAINY,
                     "\n".join(["Instructions", *steps]), "You might also like", "Crispy Garlic Butter Salmon",
                     "Easy Sheet Pan Fajitas")
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, _WEEKNIGHTS), (BlockKind.PARAGRAPH, _RAINY), (BlockKind.HEADING, "Instructions"),
        *[(BlockKind.PARAGRAPH, step) for step in steps]]


def test_a_newsletter_s_section_heads_led_by_an_emoji_are_headings() -> None:
    sections = [("🏛️ City Hall", ["The council votes tonight on the transit plan, which supporters say adds twelve bus "
                                  "routes to the city's network.", "The meeting starts at half past six."]),
                ("📈 Business", ["Acme will cut three hundred jobs at its Eastside plant by June, the company said on "
                                "Monday.", "It blamed weak demand and rising costs."])]
    parts = ["\n".join([head, *body]) for head, body in sections]
    document = _page("View this email in your browser", "THE MORNING BRIEF", _NIGHT_TRAIN, *parts,
                     "Unsubscribe | Update preferences")
    heads = [b.text for b in document.blocks if b.kind is BlockKind.HEADING]
    assert heads == ["🏛️ City Hall", "📈 Business"]


def test_a_table_of_contents_inside_the_body_is_not_read_as_a_list() -> None:
    contents = "\n".join(["Contents", "1 History", "2 Effects", "3 Known uses"])
    document = _page("Home", "News", _HEADLINE, "By Olu Adeyemi", _NIGHT_TRAIN, contents, _TICKETS, "Related")
    assert "1 History" not in [b.text for b in document.blocks]


def test_an_embedded_post_s_signature_is_a_paragraph_not_a_heading() -> None:
    """"— County Power (@CountyPower) March 3, 2025" under an embedded post was a heading, so a chapter."""
    post = ("We're aware of widespread outages and crews are on the way. Thank you for your patience. "
            "pic.twitter.com/AbC123xyz")
    signature = "— County Power (@CountyPower) March 3, 2025"
    document = _page("Home", "News", _HEADLINE, "By Olu Adeyemi", _NIGHT_TRAIN, post + "\n" + signature, _TICKETS,
                     "Related", "Contact us")
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, _NIGHT_TRAIN), (BlockKind.PARAGRAPH, post), (BlockKind.PARAGRAPH, signature),
        (BlockKind.PARAGRAPH, _TICKETS)]


def test_a_dump_that_kept_its_source_s_line_breaks_reads_whole_sentences() -> None:
    """A page dumped with the line breaks of its HTML source: a paragraph arrives in pieces ("It sports" / "more
    power than ..."); each piece alone looked like interface, and the article was lost but one line."""
    wrapped = ["The new console is the most powerful machine the company has made. It sports",
               "more horsepower than any system before it, and it plays more games in",
               "native resolution than its rival. The only problem is the price, which",
               "limits it to fans who do not mind paying a bit more for the exclusive games.",
               "Everyone else might be better off waiting for a sale, or buying the older",
               "model, which does most of the same things for much less money.",
               "Inside, the console is small and dense, and it weighs more than you would",
               "expect for its size, thanks to all of its new hardware and a large fan.",
               "Around the back there are ports for audio, video and a network cable, and",
               "a single button on the front that turns the whole thing on and off."]
    menu = ["Home", "Reviews", "Gaming", "Audio", "Cameras", "Deals", "Buy Now", "Pros", "Cons", "Share"]
    body = _read_dump("Console review: a machine that keeps up with gaming computers", *menu, *wrapped, *menu)
    assert body == [" ".join(wrapped[:4]), " ".join(wrapped[4:6]), " ".join(wrapped[6:8]), " ".join(wrapped[8:])]


def test_a_code_listing_inside_the_article_does_not_cut_it() -> None:
    """A technical post shows code between its paragraphs; twenty lines of brackets and statements ended the
    article there, and every paragraph after the listing was lost."""
    before = ["The attack builds a packet that holds lists inside lists, five levels deep, and sends it to the "
              "server before the player has even joined the game.",
              "In my case, I chose to create lists within lists. This is what the payload looks like:"]
    listing = ["payload: {", "list: [", "list: [", "list: [", "]", "...", "]", "...", "]", "...", "}",
               "function send(data) {", "socket.write(encode(data));", "}", "send(payload);"] * 2
    after = ["The root of the object contains three hundred lists, and each of those holds ten more, so the server "
             "spends minutes unpacking data that took the attacker a second to make.",
             "The fix is not hard: the server should refuse a structure this deep long before it runs out of memory, "
             "and the developers were told of the problem two years ago."]
    menu = ["Home", "Security", "Gaming", "Science", "Policy", "Store", "Forums", "Subscribe", "Sign in"]
    body = _read_dump("Game servers crash under a nested packet", *menu, *before, *listing, *after, *menu)
    assert body == [*before, *after]


def test_a_line_broken_after_a_word_that_never_ends_a_sentence_joins_the_next() -> None:
    wrapped = ["The arguments of the new function are the same as those passed to the",
               "Request constructor, so you may pass any request you could build by hand to it as well.",
               "It is available in two browsers today (currently",
               "Nightly builds only), and a small library fills the gap for the others until they catch up.",
               "The design keeps the old interface working, which matters to sites that cannot change quickly,",
               "and it makes the common case a single line of code instead of a dozen.",
               "Errors are reported the same way in every browser, which was never true of the",
               "Old interface, and a failed request no longer leaves the page waiting for an answer",
               "that will not come. Headers can be read and written as a simple map of names",
               "to values, with the rules of the protocol applied for you."]
    menu = ["Home", "Docs", "Blog", "About", "Careers", "Press", "Privacy", "Terms"]
    body = _read_dump("A simpler way to fetch", *menu, *wrapped, *menu)
    assert body == [" ".join(wrapped[:2]), " ".join(wrapped[2:4]), " ".join(wrapped[4:6]), " ".join(wrapped[6:])]


def test_a_dump_of_one_text_node_a_line_reads_its_sentences_whole() -> None:
    """A scraper's get_text("\\n") breaks a sentence at every link and emphasis ("is run by" / "the River Trust" /
    "."): the pieces looked like menu items and half of each paragraph was lost."""
    nodes = ["The ferry across the estuary is run by", "the River Trust", ", a charity founded in 1984.",
             "It carries about four hundred people a day, most of them commuters who would otherwise drive",
             "forty minutes", "around the bay.",
             "Tickets can be bought on board or through the", "Trust's app",
             ". A return costs less than the parking at the station on the other side.",
             "The boat itself is older than most of its passengers, and its engine was rebuilt",
             "twice", "in the last ten years; the trust says a new hull would cost more than it raises in a decade.",
             "Volunteers", "keep the landing stages clean and", "paint the railings every spring",
             ", and they are asking the council for help with the bill.",
             "The council has called the", "“temporary”", "closure of the pier a matter for the trust alone."]
    menu = ["Home", "News", "Sport", "Weather", "Local", "Contact", "Sign in"]
    body = _read_dump("A ferry that keeps a town connected", *menu, *nodes, *menu)
    assert body == [
        "The ferry across the estuary is run by the River Trust, a charity founded in 1984.",
        "It carries about four hundred people a day, most of them commuters who would otherwise drive forty minutes "
        "around the bay.",
        "Tickets can be bought on board or through the Trust's app. A return costs less than the parking at the "
        "station on the other side.",
        "The boat itself is older than most of its passengers, and its engine was rebuilt twice in the last ten "
        "years; the trust says a new hull would cost more than it raises in a decade.",
        "Volunteers keep the landing stages clean and paint the railings every spring, and they are asking the "
        "council for help with the bill.",
        "The council has called the “temporary” closure of the pier a matter for the trust alone."]


def test_footnote_marks_in_a_dump_of_one_text_node_a_line_do_not_break_its_sentences() -> None:
    """An encyclopedia's footnote marks are links, so get_text("\\n") gives each its own line inside a sentence
    ("had been in use since" / "[4]" / "the early eighteenth century"): the sentence was cut there, its halves read
    as menu items and dropped, and whole sections were lost."""
    nodes = ["The lighthouse on the northern headland was first lit in 1859, although a beacon had burned there",
             "[3]", "since the", "early eighteenth century", ".", "[4]", "[5]",
             "Its keepers lived in two cottages behind the tower, and a", "supply boat", "[a]",
             "called every fortnight in good weather", "[6]", "and rather less often in winter.",
             "The light was automated in 1987,", "[7]",
             "and the cottages were sold to a trust that now lets them to walkers", "[citation needed]", ".",
             "Visitors can climb the tower on summer weekends; the lamp room still holds its original lens,",
             "[8]", "which was made in Paris and shipped in pieces.", "[9]"]
    menu = ["Home", "News", "Sport", "Weather", "Local", "Contact", "Sign in"]
    body = _read_dump("The lighthouse on the headland", *menu, *nodes, *menu)
    assert body == [
        "The lighthouse on the northern headland was first lit in 1859, although a beacon had burned there[3] since "
        "the early eighteenth century.[4][5]",
        "Its keepers lived in two cottages behind the tower, and a supply boat[a] called every fortnight in good "
        "weather[6] and rather less often in winter.",
        "The light was automated in 1987,[7] and the cottages were sold to a trust that now lets them to "
        "walkers[citation needed].",
        "Visitors can climb the tower on summer weekends; the lamp room still holds its original lens,[8] which was "
        "made in Paris and shipped in pieces.[9]"]


def test_a_list_s_lines_stay_apart_where_no_line_opens_on_a_stop() -> None:
    """Only a dump broken at its links is put back together: a list of lower-case items stays a list."""
    lead = ["The coast path is easy to follow, but the weather on the cliffs changes within the hour, and the "
            "nearest shop is ten miles from the start, so it pays to carry more than you think you will need.",
            "Pack the following for the walk:"]
    kit = ["water", "a map", "sun cream", "a warm layer"]
    body = _read_dump("What to take on the coast path", *lead, *kit)
    assert body[-len(kit):] == kit


def test_a_video_player_s_controls_inside_the_article_do_not_cut_it() -> None:
    """An embedded player dumps its controls and caption settings, a hundred short lines and two clock-like times
    ("Current Time 0:00"), which read as the start of a comment section and ended the article there."""
    before = ["Hotel owners say the sheets are washed after every stay, but the blankets on top of them often are "
              "not, even in the most expensive rooms of the city's best known hotels.",
              "Take any blanket off the bed when you arrive, one manager advised, and ask for a fresh one if it "
              "matters to you; most hotels will bring one without a question."]
    player = ["Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration Time 0:00", "Loaded: 0%",
              "Progress: 0%", "Remaining Time -0:00", "Share", "Playback Rate", "1", "Chapters", "Captions",
              "captions off, selected", "Fullscreen", "This is a modal window.",
              *["White", "Black", "Red", "Green", "Blue", "Yellow", "Opaque", "Semi-Transparent"] * 4,
              "Font Size", "50%", "75%", "100%", "150%", "200%", "Default", "Done", "Close"]
    after = ["Check the peep hole, too: it is not common, but it can happen that one has been tampered with, and "
             "a strip of rolled-up paper in it solves the problem for the night.",
             "Do not put your suitcase on a wooden rack either, because bed bugs love wood; a metal rack or the "
             "bathroom floor is a far safer place for your luggage."]
    menu = ["Home", "News", "Travel", "Money", "Sport", "Culture", "Subscribe", "Sign in"]
    body = _read_dump("What hotel staff will not tell you", *menu, *before, *player, *after, *menu)
    assert body == [*before, *after]


def test_a_video_player_dumped_one_text_node_a_line_does_not_cut_the_article() -> None:
    """A scraper's get_text("\\n") parts "Current Time" from its "0:00": the bare times read as a comment section's
    stamps and ended the article at the player, and its modal window's notice was read aloud."""
    before = ["The new cycle route along the canal opened on Saturday, and by the afternoon the towpath was busier "
              "than the road beside it had been all week.",
              "The council says the route will take two thousand cars off the bridge each day once the schools are "
              "back, a figure local shops greeted with some doubt."]
    player = ["Play Video", "Play", "Mute", "Current Time", "0:00", "/", "Duration Time", "0:00", "Loaded", ": 0%",
              "Remaining Time", "-0:00", "Playback Rate", "1", "Captions", "captions off", ", selected", "Fullscreen",
              "This is a modal window. This modal can be closed by pressing the Escape key or activating the close "
              "button.", *["White", "Black", "Red", "Opaque", "Transparent"] * 3, "Done", "Close"]
    after = ["Riders who tried it on the first day said the surface was smooth, but the crossings at both locks "
             "were too narrow for a bike with a child seat, and two of them asked for a ramp.",
             "The canal trust said it would look at the crossings before the summer, when it expects the path to "
             "carry three times as many people as it does now."]
    menu = ["Home", "News", "Travel", "Money", "Sport", "Culture", "Subscribe", "Sign in"]
    body = _read_dump("A towpath busier than the road", *menu, *before, *player, *after, *menu)
    assert body == [*before, *after]


def test_a_long_slideshow_of_other_stories_is_not_read_and_does_not_cut_the_article() -> None:
    story = ["The minibar loses money in almost every hotel, its owners say, however dear its snacks may look to "
             "a guest who opens it late at night after a long day of travel.",
             "Stocking it takes a member of staff most of a morning, and much of what is in it goes out of date "
             "before anyone buys it, so the prices only cover part of the loss.",
             "Check that the hand towels are clean when you arrive, because they are the ones most often missed "
             "when a room is made up in a hurry between two guests.",
             "One manager said he finds a used towel folded back onto its rail in about one room in ten, and that "
             "no guest has ever complained of it to him."]
    slides = [line for n in range(1, 13) for line in (f"{n}/40", f"Headline of other story {n}",
              f"The chief executive of company number {n} said on Monday that sales had risen again this year.",
              "GETTY IMAGES")]
    menu = ["Home", "News", "Travel", "Money", "Sport", "Culture", "Subscribe", "Sign in"]
    body = _read_dump("What hotel staff will not tell you", *menu, *story[:2], "Business news in pictures", *slides,
                      *story[2:], *menu)
    assert body == story
    # html-text glues each counter to its slide's headline ("7/40 Headline"), blank lines between the blocks
    glued = [line for n in range(1, 13) for line in (f"{n}/40 Headline of other story {n}", "",
             f"The chief executive of company number {n} said on Monday that sales had risen again this year.", "")]
    page = "\n\n".join(["What hotel staff will not tell you", *menu, *story[:2], "Business news in pictures"]) + (
        "\n\n" + "\n".join(glued) + "\n\n".join(["", *story[2:], *menu]))
    body = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert body == story
    own = ["Image 1 of 3", "The first of the new landers, drawn by its maker.", "(Image credit: Maker)",
           "Image 2 of 3", "The second lander would carry a small rover to the surface.", "(Image credit: Maker)",
           "Image 3 of 3", "The third design is the smallest of the three.", "(Image credit: Maker)"]
    body = _read_dump("Five companies picked to build moon landers", *menu, *story[:2], *own, *story[2:], *menu)
    assert body[:2] == story[:2] and body[-2:] == story[2:]  # a few photos of its own never cut an article


def test_a_table_inside_the_article_does_not_end_it() -> None:
    """A table's short cells among a few notes read as a sparse run of teasers, and the article ended above it."""
    before = [f"Every task moves through a few states before it completes, and each state change is written to the "
              f"store together with the time the task should next be looked at ({n} of 6)." for n in range(1, 7)]
    table = ["State", "Next", "Time", "Note", "new", "new", "scheduled time", "Pick up new tasks that are ready.",
             "queued", "started", "queued + timeout",
             "Queue it again if it has waited in the queue for far too long, which happens when a queue loses data.",
             "claimed", "started", "claimed + timeout",
             "Queue it again if it was claimed but never started by the worker that took it.",
             "failed", "started", "backoff",
             "Wait a little longer after every failure before trying it again, up to an hour between tries.",
             "success", "done", "N/A", "fatal", "done", "N/A"]
    after = [f"The consumer looks for tasks that are due, pushes each onto the queue for its priority, and writes "
             f"their new state back, so that a task that was lost on the way is found again on a later pass ({n})."
             for n in range(1, 5)]
    menu = ["Home", "Engineering", "Security", "Careers", "Jobs", "About", "Press", "Privacy", "Terms"]
    body = _read_dump("How our task framework schedules work", *menu, *before, *table, *after, *menu)
    assert body[:6] == before and body[-4:] == after


def test_subheadings_glued_to_their_paragraphs_are_the_article_s_not_teaser_cards() -> None:
    """html-text dumps a section's heading straight above its paragraph, blank lines between sections: that shape
    was taken for teaser cards (a headline over its summary), and every section of the article was dropped."""
    intro = ["I joined the team not long after graduating, and my first project was a framework that would run "
             "every background job the company had, replacing a dozen systems built by different teams.",
             "It had to work well at scale: it would be a building block of the product, and every team would "
             "come to depend on it for work that users never see but always notice when it fails."]
    sections = [("Task scheduling", "Clients can schedule tasks to run at a given time, either at once or hours "
                 "later, and the framework promises to start each one within a few seconds of that time."),
                ("Task gating", "A team can pause every task of one kind while it fixes a bug, and the tasks wait "
                 "in the store until the team lets them run again, so nothing is lost in the meantime."),
                ("Delivery latency", "Nearly all tasks begin within five seconds of their scheduled time, and the "
                 "few that do not are retried by the consumer on its next pass over the store."),
                ("Isolation", "Tasks of one kind run on their own workers and queues, so a flood of one team's jobs "
                 "never delays another team's, and a crash in one lambda cannot take the others down.")]
    menu = ["Home", "Engineering", "Security", "Careers", "Jobs", "About", "Press", "Privacy", "Terms"]
    more = "The framework records what it did for {}, so that the team can explain it later."
    page = "\n\n".join(["How we built our task framework", *menu, *intro,
                        *(f"{head}\n{paragraph}\n\n{more.format(head.lower())}" for head, paragraph in sections),
                        *menu])
    blocks = clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks
    assert [(b.kind, b.text) for b in blocks] == [(BlockKind.PARAGRAPH, intro[0]), (BlockKind.PARAGRAPH, intro[1])] + [
        pair for heading, paragraph in sections
        for pair in ((BlockKind.HEADING, heading), (BlockKind.PARAGRAPH, paragraph),
                     (BlockKind.PARAGRAPH, more.format(heading.lower())))]


_DEVELOPERS = ("Herbert Dürr", "Jürgen Schmidt", "Armin Grand", "Oliver Wittmann", "Tsutomu Uchino", "Kay Schenk",
               "Pedro Giffuni", "Ariel Haile", "Andrea Pescetti", "Steve Yin", "Andre Fischer", "Yuri Dario",
               "Regina Henschel", "Juan Sanz", "Clarence Guo", "Tal Daniel")


@pytest.mark.parametrize("cells", [
    [line for n, name in enumerate(_DEVELOPERS) for line in (name, str(80 - 4 * n), f"{16.6 - n:.1f}%")],
    [f"{name} {80 - 4 * n} {16.6 - n:.1f}%" for n, name in enumerate(_DEVELOPERS)],
], ids=["a cell a line", "a row a line"])
def test_a_table_of_names_and_figures_inside_the_article_does_not_end_it(cells: list[str]) -> None:
    """A table of developers and their changes sat between two parts of the story; its lines, a name here and a
    figure there, were too many for a gap and the story ended above it."""
    before = [f"In the year since last March there have been hundreds of changes to the project's code, and the "
              f"list of who made them tells its own story about the people who still work on it ({n})."
              for n in range(1, 4)]
    after = [f"In truth, the list above is not just the most active developers: it is all of them, and most of them "
             f"work for a single company that has been cutting back its support for the project ({n})."
             for n in range(1, 4)]
    menu = ["Home", "Weekly edition", "Kernel", "Security", "Distributions", "Archives", "Search", "Log in"]
    body = _read_dump("Development activity in two office suites", *menu, *before, "Most active developers",
                      "By changesets", *cells, *after, *menu)
    assert body[:3] == before and body[-3:] == after


def test_prose_above_the_byline_is_not_the_article_s_lead() -> None:
    """A box of site prompts in sentences sat a few lines above the headline and byline; the article grew up over
    them and read "Talk to health experts in our communities" before the story."""
    story = [f"Every year about two million people get sick from an infection that no common drug can stop, and "
             f"the number is rising in every country that keeps count of it, the agency said ({n})." for n in range(5)]
    promo = ["Talk to health experts and other people like you in our communities. It is a safe forum where you "
             "can ask questions and share what you know.", "Our Second Opinion",
             "Read expert perspectives on popular health topics.", "Our Communities",
             "Connect with people like you, and get expert guidance on living a healthy life."]
    furniture = ["Get Answers", "Newsletters", "My Tools", "My Account", "Facebook Twitter Pinterest", "Print",
                 "Font Size", "A", "A", "A"]
    body = _read_dump("Superbugs: what they are and how you get them", "Home", "Health A-Z", "Drugs", "Living",
                      *promo, *furniture, "Superbugs: what they are and how you get them", "By Kelli Miller",
                      "Health News", *story, "Home", "About", "Privacy", "Terms")
    assert body == story


def test_a_drop_cap_set_apart_from_its_word_is_put_back() -> None:
    """A styled first letter dumps on its own line: the voice said "T", then "urkey, Poland and ..."."""
    story = ["Turkey, Poland and three islands have been removed from the list of travel corridors, the transport "
             "secretary said on Thursday evening.",
             "Travellers arriving from those places after four in the morning on Saturday must isolate for two "
             "weeks, he said, and the fines for those who refuse will rise."]
    menu = ["Home", "News", "Sport", "Business", "Travel", "Culture", "Log in", "Register"]
    page = "\n\n".join(["Three islands added to quarantine list", *menu, "By April Roach", "01 October 2020", "T",
                        story[0][1:], story[1], *menu])
    document = clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings())
    assert [b.text for b in document.blocks] == story
    assert document.meta.authors == ("April Roach",)
    page = "\n\n".join(["A new study", *menu, "A", "new study finds that " + story[1], *menu])  # "A" is a word
    assert "Anew" not in clean(Source("p.txt", page.encode(), Format.TEXT), CleanSettings()).blocks[0].text


def test_a_long_list_of_teasers_packed_together_does_not_outweigh_the_article() -> None:
    """On a page that sets its paragraphs apart with blank lines, a "Don't miss" list of four hundred one-sentence
    teasers packed together outweighed the article's twenty paragraphs, and the teasers were read instead."""
    story = [f"A powerful alliance of chefs and charities urged the prime minister today to block lower food "
             f"standards in any trade deal, and the letter was signed by more than sixty groups ({n})."
             for n in range(12)]
    teasers = [f"Celebrity number {n} shows off her holiday look in a bright swimsuit as she enjoys a family day "
               f"at the beach with friends and shares the snaps with her followers." for n in range(120)]
    menu = ["Home", "News", "Sport", "Showbiz", "Femail", "Health", "Science", "Money", "Travel", "Login"]
    share = ["Share or comment on this article:", "Facebook", "Twitter", "Email", "Advertisement", "More top stories"]
    page = "\n\n".join(["Chefs urge ministers to protect food standards", *menu, "By Jason Groves", *story, *share,
                        "DON'T MISS", "\n".join(teasers), *menu])
    body = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert body == story


def test_a_recipe_card_between_the_story_and_its_steps_does_not_end_the_article() -> None:
    """A recipe card's facts and ingredients ("120g yellow noodles", "1-2 tbsp water") sat between the blog post and
    its steps, too many lines for a gap; quantities with their units are a table's figures. Invisible separators
    the page put after each ingredient ("\\u2063") are dropped, not handed to the voice."""
    story = [f"Once in a while I like to go vegan, and this stir fry of flat noodles with fried tofu is the dish I "
             f"make most often when I do, because it is quick and it fills everyone up ({n})." for n in range(3)]
    card = ["Pin", "Print", "Vegan Char Kway Teow", "Servings", "1", "servings", "Prep time", "10", "minutes",
            "Cooking time", "30", "minutes", "Ingredients", "1/2 block of tofu, diced\u2063",
            "120g yellow noodles\u2063", "120g flat rice noodles\u2063", "1 tbsp minced garlic",
            "Some beansprouts\u2063",
            "Some green vegetables\u2063", "1 1/2 tbsp sweet soya sauce\u2063", "2 tsp dark soya sauce\u2063",
            "1 1/2 tsp sugar\u2063", "1-2 tbsp water\u2063", "Pinch of pepper\u2063", "Directions"]
    steps = ["Dice the tofu and use paper towels to soak up the water, then fry it in some oil until the edges are "
             "golden brown on every side, which takes about ten minutes.",
             "With two tablespoons of oil left in the wok, fry the garlic until it smells good, then add the noodles "
             "and all of the seasoning and stir them until everything is mixed well."]
    menu = ["Home", "Recipes", "About", "Shop", "Contact", "Search", "Subscribe", "Privacy"]
    body = _read_dump("Vegan Char Kway Teow - Eat Tonight", *menu, *story, *card, *steps, *menu)
    assert body[:3] == story and body[-2:] == steps
    assert not any("\u2063" in text for text in body)


def test_a_line_opening_on_a_stop_goes_on_the_line_above_in_any_dump() -> None:
    """"By Ann Lee" / ": The ferry ..." - a paragraph never opens on a colon or comma; read alone, ": The ferry"
    was the lead, with its colon, and the byline's sentence was cut in two."""
    lead = ("The ferry across the estuary will stop running in March, the trust that runs it said on Monday, after "
            "its last appeal for money fell short by more than half.")
    rest = ("About four hundred people use it every day, most of them commuters who would otherwise drive forty "
            "minutes around the bay, and the council has been asked to step in.")
    body = _read_dump("Estuary ferry to stop in March", "By Ann Lee", ": " + lead, rest)
    assert body[0].endswith(lead) and not body[0].startswith(":")


def test_lines_under_the_headline_are_not_read_when_no_blank_line_parts_them() -> None:
    """A dump without blank lines runs the headline into the article: the date and "Get short URL" under it were
    read as its first paragraphs."""
    story = ["The ferry across the estuary will stop running in March, the trust that runs it said on Monday, "
             "after its last appeal for money fell short by more than half.",
             "About four hundred people use it every day, most of them commuters who would otherwise drive forty "
             "minutes around the bay, and the council has been asked to step in.",
             "The trust said it would keep the landing stages open for walkers until the end of the summer."]
    headline = ("The estuary ferry that carries four hundred people a day will stop running in March as the "
                "trust's appeal for money falls short")
    menu = ["Home", "News", "Sport", "Weather", "Local", "Business", "Opinion", "Puzzles", "Contact", "Sign in"]
    body = _read_dump(f"{headline} | The Estuary Times", *menu, headline, "20 Nov, 2019 05:47", "Get short URL",
                      *story, *menu)
    assert body == story


def test_a_plain_text_list_s_marks_are_not_read() -> None:
    """"* Green tea: 80°C" reached the voice as "asterisk green tea"; "- " and "•" are list marks too."""
    text = "\n".join(["How to brew tea", "", "Good tea takes fresh water, the right heat and patience.", "",
                      "* Green tea: 80°C", "- Black tea: 95°C", "• Herbal tea: 100°C", "", "It is -5°C outside."])
    document = clean(Source("tea.txt", text.encode(), Format.TEXT), CleanSettings())
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        (BlockKind.LIST_ITEM, "Green tea: 80°C"), (BlockKind.LIST_ITEM, "Black tea: 95°C"),
        (BlockKind.LIST_ITEM, "Herbal tea: 100°C"), (BlockKind.PARAGRAPH, "It is -5°C outside.")]


_VALLEY_LEAD = [
    "The Arden valley is a long glacial valley in the northern uplands, about forty kilometres from end to end and "
    "rarely more than three wide, with the river Arden running along its floor to the lake at its mouth.",
    "Farming, quarrying and, later, tourism have shaped its villages, and most of its two thousand people still "
    "live within a short walk of the river or the old road that follows it.",
    "The valley has been settled since at least the Bronze Age, and the remains of field walls and burial mounds "
    "can still be traced on the lower slopes above the meadows.",
    "Its name comes from an old word for a high place or a wooded height, the same word that is found in the names "
    "of several forests in the south.",
]
_VALLEY_BOX = ["v", "t", "e", "Valleys of the northern uplands", "Arden", "Brack", "Coldwater", "Esk", "Harrow",
               "Linden", "Marsh", "Northfell", "Rookdale", "Stane", "Upper Wyre", "Lower Wyre", "See also",
               "List of lakes in the uplands", "Climate", "Main article: Climate of the Arden valley"]
_VALLEY_CLIMATE = [
    "The valley is wetter than the lowlands to its east, because the hills at its head catch the rain that comes "
    "in from the west, and in most years more than two metres of rain fall on the highest farms while the villages "
    "at the mouth of the valley see barely half of that.",
    "Winters are long and mild at the valley floor, where the lake keeps the worst of the frost away, but snow lies "
    "for weeks on the fells above, and the road over the pass at the valley's head is closed several times in an "
    "ordinary winter and for most of a hard one.",
    "Summers are short and changeable. A warm week in July can give way within a day to cloud and steady rain, and "
    "walkers are warned that the weather on the tops can turn far faster than it does in the valley below them, "
    "where the farmers have long since learned to cut their hay whenever two dry days come together.",
    "Records kept at the school since 1910 show the valley growing warmer and wetter over the last century, with "
    "the warmest years all falling since 1990 and the heaviest single day of rain recorded in the winter of 2015, "
    "when the river burst its banks in three places and cut the road to the lake for most of a week.",
    "The floods of that winter changed how the valley manages its river: the old embankments were lowered in "
    "places so that the meadows could take the water again, and new woodland was planted on the steepest slopes to "
    "slow the rain on its way down, work that the farmers were paid for out of the regional flood budget.",
    "Fog is common in autumn, when cold air drains off the fells at night and settles over the lake, and on still "
    "mornings the upper farms can sit in bright sunshine above a grey sea that hides the villages entirely.",
]


def test_a_reference_page_s_box_of_links_between_sections_does_not_end_the_article() -> None:
    """An encyclopedia page dumped to text sets a box of links ("v", "t", "e", twenty valleys) and a section's
    "Main article:" note between two sections: the gap was longer than any insert a news page has, and every section
    after the first box was lost (four fifths of a long article)."""
    menu = ["Main page", "Contents", "Current events", "Random article", "About", "Contact us", "Donate"]
    title = "Arden valley of the northern uplands"
    body = _read_dump(f"{title} - Encyclopedia", *menu, title, *_VALLEY_LEAD, *_VALLEY_BOX, *_VALLEY_CLIMATE, *menu)
    assert body[:len(_VALLEY_LEAD)] == _VALLEY_LEAD
    assert body[-len(_VALLEY_CLIMATE):] == _VALLEY_CLIMATE


def test_the_next_story_of_an_endless_page_is_not_read_after_the_article() -> None:
    """A page that loads the next story below the article dumps it after a share box and a footer: the next story's
    byline shows it is another article, however long its prose."""
    footer = ["Share this article", "Facebook", "Twitter", "Email", "Copy link", "Topics", "Weather", "Farming",
              "Rivers", "Comments", "Next story"]
    next_story = ["Ferry fares to rise in spring", "By Maria Lopez", "March 3, 2024",
                  "Fares on the lake ferry will rise by a fifth from April, the operator said on Monday, blaming the "
                  "cost of fuel and the repairs to the northern landing stage that closed the crossing for a month "
                  "last autumn.",
                  "A return ticket for an adult will cost eight pounds instead of six pounds sixty, while children "
                  "and the holders of a resident's card will pay the same as now, a concession the parish council "
                  "had asked for when the rise was first discussed in the winter.",
                  "The operator said the ferry had lost money in each of the last three years and that without the "
                  "rise it would have to cut the winter timetable to two crossings a day, which would leave the "
                  "villages on the far shore without a boat in the evening.",
                  "Shopkeepers on the far shore said they understood the reasons but feared that visitors would "
                  "drive round the lake instead, a journey of forty minutes, and spend their money in the town at "
                  "its southern end rather than in the villages the ferry serves.",
                  "The council will meet the operator next month to discuss a season ticket for walkers and a "
                  "cheaper fare for the first crossing of the day, which is used mostly by people going to work and "
                  "by the children who go to school in the town.",
                  "The ferry has crossed the lake since 1882, and its present boat, the third to carry the name, was "
                  "built on the lake shore in 1961 and has been rebuilt twice since then.",
                  "Its crew of four say the boat has years of service left in her, but the operator has begun to ask "
                  "the regional government for help with a new one, which it says would cost more than the ferry "
                  "earns in twenty years and would need a new landing stage on each shore as well."]
    body = _read_dump("Weather in the Arden valley | The Upland Times", "Weather in the Arden valley",
                      *_VALLEY_CLIMATE, *footer, *next_story)
    assert body == _VALLEY_CLIMATE


_LOG_POST_PARTS = [
    "Our web servers write a line for every request they answer, and for years nobody looked at those lines unless "
    "a customer complained that something had gone wrong with the checkout or the search page.",
    "Last month we started counting the answers by status code every minute, so that a sudden rise in errors would "
    "show up on a chart before anyone had to call us about it.",
    "db=# SELECT period, status_code, entries FROM request_counts ORDER BY period DESC LIMIT 3; period │ status_code │ "
    "entries ──────────────────────┼─────────────┼───────── 2024-03-01 18:00:00+00 │ 200 │ 4084 2024-03-01 "
    "17:59:00+00 │ 200 │ 3962 2024-03-01 17:58:00+00 │ 404 │ 71",
    "The table holds one row for every minute and every status code, even when no request got that answer, because "
    "a minute without errors is a fact worth keeping and a gap in the data would hide it.",
    "Spikes in the error count stood out at once. Two of them were worth a closer look:",
    "A jump in missing pages at 17:58: a link in the newsletter pointed at an old address.",
    "A burst of server errors at 09:30 on the Monday, when a deployment went out without its database change.",
    "Neither of them had reached us as a complaint, and both were fixed within the hour once the chart showed them "
    "to the people on call, which is exactly what we hoped the counting would do for us.",
]


def test_times_in_a_program_s_output_or_in_the_story_s_sentences_do_not_end_the_article() -> None:
    """A clock time marks a comment or a feed's entry, and ended the article there: a query's output with its
    timestamps ("2024-03-01 18:00:00+00 │ 200"), or a sentence that says when something happened ("A jump in missing
    pages at 17:58: ..."), cut a tutorial at its first listing."""
    menu = ["Home", "Blog", "About", "Subscribe"]
    body = _read_dump("Counting errors before customers do", *menu, *_LOG_POST_PARTS, "Comments", "Leave a reply")
    assert body[0] == _LOG_POST_PARTS[0]
    assert body[-1] == _LOG_POST_PARTS[-1]
    assert "A burst of server errors at 09:30 on the Monday, when a deployment went out without its database " \
           "change." in body


def test_an_update_stamped_at_its_start_is_a_stamp_and_a_time_inside_a_sentence_or_a_listing_is_not() -> None:
    """"Update July 3rd, 8:05AM ET: ..." is an editor's stamp, which ends what the article's run takes in (on a
    page the outlet's deals followed it); a story's sentence says its time later, and a listing's times are data."""
    stamp = make_line(0, "Update July 3rd, 8:05AM ET: Added the opening hours of the second centre.", 0)
    said = make_line(1, "A burst of server errors at 09:30 on the Monday, when a deployment went out.", 0)
    listing = make_line(2, "period │ status_code │ entries 2024-03-01 18:00:00+00 │ 200 │ 4084", 0)
    comment = make_line(3, "Ann on May 2, 2024 at 4:47 pm said:", 0)
    assert [_stamp(line) for line in (stamp, said, listing, comment)] == [True, False, False, True]


def test_a_next_up_box_after_the_article_is_not_read() -> None:
    """"Next Up In News" heads a box of teasers, a headline and its summary a line, none ending on a stop."""
    story = ["The city will open two new cooling centres this week as temperatures are forecast to stay above "
             "thirty degrees until at least Sunday, the mayor's office said on Tuesday.",
             "The centres, in the central library and the east side community hall, will stay open until ten at "
             "night, and buses to both will be free for anyone who shows a library card.",
             "Officials urged people to check on elderly neighbours and to keep pets indoors during the hottest "
             "hours of the afternoon, when the pavements can burn a dog's paws."]
    menu = ["Home", "News", "Weather", "Deals", "Video", "Sign in", "Subscribe", "Share this story", "Facebook",
            "Twitter", "Email"]
    teasers = ["Next Up In News",
               "This fan is the cheapest it has been all year Under $40 for the first time, plus other summer deals",
               "The best air conditioners we have tested are on sale today Save up to a third on our favourite models",
               "Our favourite cooling gear is cheaper than ever These reader exclusive deals end on Friday night",
               "A portable ice maker for less than the price of a dinner out It makes a batch in ten minutes flat"]
    body = _read_dump("Two cooling centres to open this week", *menu, "Two cooling centres to open this week",
                      "By Ann Lee Jul 3, 2024, 4:22am EDT", *story, *teasers, *menu)
    assert body == story


def test_an_editor_s_note_under_the_story_is_read() -> None:
    """"Update July 3rd, 8:05AM ET: Added ..." is a stamp, so the story's run ends above it (on a page of the
    corpus, the deals box below then stayed out); the listener should still hear what was changed or corrected."""
    texts = ["The centres will stay open until ten at night, and buses to both will be free.",
             "Update July 3rd, 8:05AM ET: Added the opening hours of the second centre.",
             "Correction: An earlier version of this story gave the wrong address for the library.",
             "Updated 2 hours ago", "Next Up In News"]
    lines = [make_line(i, text, i) for i, text in enumerate(texts)]
    assert [block.text for block in notes_after(lines, 0)] == texts[1:3]
    assert notes_after(lines, 2) == []  # a bare stamp is no note


def test_code_and_program_output_in_a_text_dump_are_not_read() -> None:
    """A tutorial dumped to text keeps its listings as lines of their own or flattened onto one line: a query, its
    output drawn as a table, a shell session. Pages' and Markdown's code blocks are never read aloud; neither are
    these (they were: "WITH series AS open bracket SELECT ...")."""
    listing = ["db=# SELECT period, status_code, count(*) FROM request_log GROUP BY period, status_code;",
               "period │ status_code │ count ──────┼─────────────┼────── 18:00 │ 200 │ 4084",
               "WITH recent AS (SELECT * FROM request_log WHERE period > now() - interval '1 hour') SELECT "
               "status_code, avg(entries) FROM recent GROUP BY status_code;"]
    shell = ["$ pip install requests", "$ python fetch_logs.py --since yesterday"]
    prose = [_LOG_POST_PARTS[0], _LOG_POST_PARTS[1], "The query below counts the answers of the last hour:",
             _LOG_POST_PARTS[3], "Fetching the logs takes two commands on any machine with Python installed:",
             _LOG_POST_PARTS[-1]]
    menu = ["Home", "Blog", "About", "Subscribe"]
    page = [*menu, *prose[:3], *listing, prose[3], prose[4], *shell, prose[5], "Comments", "Leave a reply"]
    assert _read_dump("Counting errors before customers do", *page) == prose
    announced = clean(Source("page.txt", "\n".join(["Counting errors before customers do", *page]).encode(),
                             Format.TEXT), CleanSettings(code_blocks="announce")).blocks
    assert [b.kind for b in announced].count(BlockKind.CODE) == 2
    assert [b.text for b in announced if b.kind is not BlockKind.CODE] == prose


def test_a_line_of_prose_about_code_is_read() -> None:
    """A sentence that names a function or a column is prose, and a reference list's semicolons are no code."""
    lines = ["We use the date_trunc() function to round each timestamp to the minute, then group by status_code.",
             "Moodley, Y.; Linz, B.; Yamaoka, Y.; Windsor, H. M.; Breurec, S. (2009). The peopling of the Pacific.",
             "The z-score (the standard score) says how many deviations a value lies from the mean."]
    assert not any(is_listing(line) for line in lines)


def test_a_blog_engine_s_share_and_comment_labels_are_interface_in_other_languages() -> None:
    """WordPress prints "Share this:", "Like this:" and its comments' head in the blog's language: a German blog dumped
    to text had "Teilen Sie dies mit:" read as the post's last line, and a reader's comment after "Comments (2)" and
    "2 Kommentare »" with it."""
    labels = ["Like this:", "Teilen Sie dies mit:", "Gefällt mir:", "Partager :", "Compartir:", "Condividi:",
              "Compartilhe isso:"]
    assert all(make_line(0, label, 0).cta for label in labels)
    assert not make_line(0, "Wir teilen die Sorge der Nachbarn nicht:", 0).cta
    heads = ["Comments (2)", "2 Kommentare »", "Kommentar verfassen", "Laisser un commentaire", "Deja un comentario",
             "Lascia un commento", "Deixe um comentário"]
    assert all(_COMMENTS_HEAD.match(head) for head in heads)
    assert not _COMMENTS_HEAD.match("Kommentare zu diesem Gesetz gab es viele.")


@pytest.mark.parametrize("prompt", ["Share this story", "Share", "Subscribe to our newsletter"])
def test_the_lead_under_the_title_is_read_when_a_prompt_follows_it(prompt: str) -> None:
    # A short sentence cut off from the body by a prompt was taken for a slogan above the article, even where it
    # stood right under the title: the story's first sentence was lost (found with `narrator preview`'s left out).
    text = (f"Harbour works\n\nThe harbour wall will be rebuilt next year, the council said on Monday.\n\n{prompt}\n\n"
            "Work starts in March and should take two years.\n\nThe contract goes out to tender in the spring.\n")
    document = clean(Source("notes.txt", text.encode(), Format.TEXT), CleanSettings())
    assert document.blocks[0].text == "The harbour wall will be rebuilt next year, the council said on Monday."
    assert prompt not in [block.text for block in document.blocks]

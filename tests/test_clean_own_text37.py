"""Twenty-two texts of forms the earlier sets lack (tests/fixtures/own_text37, issue #10), their expectations written
before they first ran: eleven a user typed (an allotment column, a bed and breakfast's house rules, a best man's speech,
a bowls club's newsletter, a brass band's concert note, a community fridge's update, a dog show's report, an
electrician's quote, a parish magazine's notice, a road safety alert, a tenants' association's letter) and eleven page
dumps of sites no earlier set tried (an AutoTrader ad, a Gransnet thread, a MoneySavingExpert forum post, a
notonthehighstreet product, a Pixelfed post, a Printables model, a Rated People review, a Shpock item, a Skiddle
event, a Songkick concert, a Vrbo listing). Among them, the classes the last round left: label lines spaced before
their colon ("Category : Kitchen", "Licence : Creative Commons - Attribution", "Genre : Folk") with a near miss
("Note : the hall has no bar, ..."); two given names that sign with their business, neither in the table of given
names ("Dot and Ike, Westfield Allotment Shop", "Nye and Tam, Canalside Community Fridge") with a near miss ("Paws and
Claws, Station Road", a sponsor's shop and its street); a closing call to act in its own box ("Join us this Saturday"
/ "Book now") with a story's last paragraph that opens the same way ("Join us at the knit and natter group on
Thursday and bring a friend, ...").

FIRST READING: 9 of 22 right (6 of 11 typed, 3 of 11 dumps); the tuned two thirds 7 of 15, the kept third
(mse_forum_post, own_b_and_b_house_rules, own_brass_band_concert_note, own_electrician_quote,
own_tenants_association_letter, ratedpeople_review, songkick_concert) 2 of 7. Three expectations were brought to the
house's form: a shop's name under its product ("by Ash and Elm Woodcraft") is its writer, as an Etsy or Folksy
maker is (10 of 22, tuned 8 of 15); a priest signs with the title ("Revd Sarah Hollis"), as own_text21's letters do;
and a photo post's handle over "Follow" names no writer, as an Instagram post's does. The tuned misses by class: two
names unknown to the table signing with their business under a thanks named no writer (two); a field spaced before its
colon ("Licence : Creative Commons - Attribution") titled a page; a parish notice's close with its season's wish over
a name in full, no greeting on top, named no writer; a forum's handle glued to its stamp ("Hedgerowgran Fri 04-Dec-26
10:12:44") named the writer with the day ("Hedgerowgran Fri 04-Dec-26"); and three of classes left (below). The
boxes' calls ("Join us this Saturday" / "Book now") were dropped and the forum's "Join us ..." paragraph read at the
first reading; a dump whose story ends on such a paragraph lost it (the class tests below).

After the rules: 14 of 22 (10 of 11 typed, 4 of 11 dumps); tuned 11 of 15, kept third 3 of 7 (own_electrician_quote,
"Baz and Wil, Spark Bright Electrical", of the class the pair rule was written for, now read right; the bed and
breakfast's pair stands under a wish, not a thanks, and the rule asks for thanks); gransnet_thread names its writer
now, its reply still read. The pair rule also reads own_text36's own_garage_note ("Col and Tam, Dale End Motors"), and
the rule for a post's filing alone on its line (an HTML page's "Classified in : News - Tags : kettles") pages33's
pluxml_article and cmsms_news."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.clean.bylines import authors_from, handle_over_post
from narrator.clean.headlineshape import headline_like, is_filing_line
from narrator.clean.lines import Line, make_line
from narrator.clean.signoffs import given_names_signers
from narrator.config import CleanSettings
from narrator.model import Format, Source
from tests.own_text4 import dump_tests, expectations, kept, pasted, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text37"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "vrbo_listing": "a listing's trail and its facts line ('Entire cabin · Sleeps 2 · 1 bedroom') over its name: "
                    "the site's name titles it and both are read",
    "own_b_and_b_house_rules": "(kept third) two names unknown to the table with their business under a wish, not a "
                               "thanks ('We hope you have a restful stay.' / 'Col and Fen, Brae Croft B&B'): the "
                               "rule asks for thanks over them",
}

globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


def _lines(texts: list[str]) -> list[Line]:
    return [make_line(i, text, i) for i, text in enumerate(texts)]


_NOTE = "A note\n\nWe met on Saturday and planted the hedge along the lane.\n\nThe council lent us the tools.\n\n"


# --- two names with their business, neither in the table of given names -------------------------------------------

@pytest.mark.parametrize(("above", "signed", "authors"), [
    ("Thanks for your custom this year.", "Col and Tam, Brae Croft Yurts", ("Col", "Tam")),
    ("Thanks for a good year on the plots.", "Dot and Ike, Westfield Allotment Shop", ("Dot", "Ike")),
    ("Thanks to everyone who sorted the shelves.", "Nye and Tam, Canalside Community Fridge", ("Nye", "Tam")),
    ("Thanks again for asking us.", "Baz & Wil, Spark Bright Electrical", ("Baz", "Wil")),
    ("Happy Christmas from the kennels.", "Mo and Fen, Hilltop Kennels", ("Mo", "Fen")),
    # guards: a shop and its street; a venue that is a hall; no thanks over the line; names the note uses as words
    ("Thanks to our sponsors for the rosettes.", "Paws and Claws, Station Road", ()),
    ("Thanks for coming to the fair.", "Tea and Cake, Village Hall", ()),
    ("Our next concert is in March.", "Brass and Voices, Saltaire Victoria Hall", ()),
    ("Thanks for coming, and for the salt and the pepper.", "Salt and Pepper, Harbour Kitchen", ()),
])
def test_a_pair_of_unknown_names_with_their_business_signs(above: str, signed: str, authors: tuple[str, ...]) -> None:
    """A garage's note closed "Col and Tam, Dale End Motors" under its thanks: neither name is in the table of given
    names, and no writer was named; the line's place under the thanks, the pair and the business show the signature."""
    assert given_names_signers(["Hello,", "We planted twelve trees.", above, signed]) == authors
    assert pasted(_NOTE + f"{above}\n\n{signed}\n", "note.txt").meta.authors == authors


# --- a record's field spaced before its colon titles nothing ------------------------------------------------------

@pytest.mark.parametrize(("text", "headline"), [
    ("Licence : Creative Commons - Attribution", False),
    ("Property type : Holiday cottage", False),
    ("Rubrique : Agenda des sorties", False),
    ("Classified in : Village news", False),
    ("Filed under : Hall news and events", False),
    # guards: a headline with its label's colon; a headline with no colon
    ("Road safety: ice on the school lane", True),
    ("Tea bag squeezer with a hook for the mug", True),
])
def test_a_field_spaced_before_its_colon_is_no_headline(text: str, headline: bool) -> None:
    """A Printables model's "Licence : Creative Commons - Attribution" under its buttons titled the page."""
    assert headline_like(make_line(0, text, 0)) is headline


@pytest.mark.parametrize("field", ["Licence : Creative Commons - Attribution", "Property type : Holiday cottage",
                                   "Rubrique : Agenda des sorties"])
def test_a_pages_field_under_its_buttons_leaves_the_title(field: str) -> None:
    text = ("Makers\nModels\nContests\nEducation\nLog in\nTea bag squeezer with a hook for the mug\nDownload\nLike\n"
            f"Collect\nCategory : Kitchen\n{field}\nSummary\nI wanted something to squeeze a tea bag without burning "
            "my fingers.\nIt prints in one piece, flat on the bed, with no supports.\nThe hinge is a living hinge, so "
            "print it at a layer height of 0.2 mm.\nComments (6)\nSign up for free\n")
    document = pasted(text, "model.txt")
    assert document.meta.title == "Tea bag squeezer with a hook for the mug"
    assert field not in kept(document)


# --- a post's filing alone on its line, on an HTML page ---------------------------------------------------------

@pytest.mark.parametrize(("text", "filing"), [
    ("Classified in : News - Tags : kettles", True),
    ("Classified in : News -", True),
    ("Category: Hall news", True),
    ("Filed under : Hall news | Tags : boilers, winter", True),
    ("Rubrique : Agenda", True),
    ("Genre : Folk", True),
    # guards: a sentence after a label; a label over nothing; a quoted speaker
    ("Note : the hall has no bar, so bring your own drinks.", False),
    ("Category:", False),
    ("Question : why lay a hedge at all? Because it thickens.", False),
])
def test_a_posts_filing_alone_is_found(text: str, filing: bool) -> None:
    """A PluXml post's "Classified in : News - Tags : kettles" under its headline was read."""
    assert is_filing_line(text) is filing


@pytest.mark.parametrize("filing", ["Classified in : <a href='/c/1'>News</a>", "Category: Hall news",
                                    "Filed under : <a href='/c/3'>Hall news</a>"])
def test_a_posts_filing_on_a_page_is_not_read(filing: str) -> None:
    page = ("<html><body><article><h1>Repair cafe fixes its thousandth kettle</h1>"
            f"<div><small><span class='filed'>{filing}</span></small></div>"
            "<p>The repair cafe in the parish rooms mended its thousandth kettle on Saturday, four years after it "
            "opened.</p><p>Kettles are the most common thing brought in, and the easiest to fix.</p>"
            "<p>Note : the volunteers also saw to twelve lamps, a sewing machine and a radio from 1962.</p>"
            "</article></body></html>")
    texts = kept(clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()))
    assert not [text for text in texts if ("News" in text and len(text) < 40) or "Hall news" in text]
    assert "Note : the volunteers also saw to twelve lamps, a sewing machine and a radio from 1962." in texts


# --- a forum poster's handle with the day and the time to the second --------------------------------------------

@pytest.mark.parametrize(("line", "handle"), [
    ("Hedgerowgran Fri 04-Dec-26 10:12:44", "Hedgerowgran"),
    ("knitwitgran Sat 05-Dec-26 09:01:12", "knitwitgran"),
    ("Nana_Jo Mon 30-Nov-26 21:14:05", "Nana_Jo"),
    ("Grandmaof3 Tue 01-Dec-2026 08:05:00", "Grandmaof3"),
    # guards: a notice's closing time, no seconds; a day with no time
    ("Closes Fri 04-Dec-26 17:00", None),
    ("Meeting Fri 04-Dec-26", None),
])
def test_a_handle_glued_to_its_stamp_names_the_poster(line: str, handle: str | None) -> None:
    """A Gransnet thread's "Hedgerowgran Fri 04-Dec-26 10:12:44" over its first post named "Hedgerowgran Fri
    04-Dec-26" its writer: the weekday cut short was no cut."""
    found = make_line(0, line, 0)
    assert handle_over_post(found) == handle
    assert authors_from(found) == ()


def test_a_name_glued_to_a_short_weekday_is_cut_there() -> None:
    assert authors_from(make_line(0, "Ann Lee Fri 04-Dec-26 10:12:44", 0)) == ("Ann Lee",)


# --- a closing call to act in its own box, and a story's last paragraph that asks readers along ---------------------

_WORKSHOP = ("Brae Croft\nHome\nStay\nEvents\nShop\nContact\nA winter wreath workshop\n"
             "On Saturday we will make wreaths from holly, ivy and spruce cut on the croft.\n"
             "All materials are provided, with mulled apple juice and mince pies by the fire.\n"
             "The workshop runs from ten until one in the big yurt.\n{last}\nBook now\nPrivacy\nCookies\n")


@pytest.mark.parametrize(("last", "read"), [
    ("Join us this Saturday and bring a friend, as the big yurt holds twenty.", True),
    ("Join us at the hall on Thursday and bring your friends, since the quiz needs teams of six.", True),
    ("Visit us at the stall on Sunday and bring a friend, as the first cup of tea is on us.", True),
    ("Join us on the green after the last match and bring a friend, because the barbecue is free.", True),
    # guards: the box's own call; a short one; one that offers the publication
    ("Join us this Saturday", False),
    ("Join us today and bring a friend!", False),
    ("Join us every week for the latest stories from the valley and bring a friend.", False),
])
def test_a_storys_invitation_is_read_and_a_boxs_call_is_not(last: str, read: bool) -> None:
    """A workshop's page closed "Join us this Saturday and bring a friend, as the big yurt holds twenty.": the story's
    last paragraph was taken for a call to action, and lost."""
    assert (last in kept(pasted(_WORKSHOP.format(last=last), "workshop.txt"))) is read


# --- a letter's close over a name in full, with no greeting on top ------------------------------------------------

@pytest.mark.parametrize(("close", "name", "authors"), [
    ("With every good wish for Christmas and the new year,", "Revd Sarah Hollis", ("Revd Sarah Hollis",)),
    ("With best wishes,", "Sarah Hollis", ("Sarah Hollis",)),
    ("Kind regards,", "Dr Anil Mehta", ("Dr Anil Mehta",)),
    ("With all good wishes for the season,", "Canon Peter Rhys", ("Canon Peter Rhys",)),
    # guards: a group signs for many; a sentence's part ending on a comma
    ("With best wishes,", "The Committee", ()),
    ("Love and hate are cousins, she said,", "Sarah Hollis", ()),
])
def test_a_close_over_a_name_in_full_signs_a_notice(close: str, name: str, authors: tuple[str, ...]) -> None:
    """A parish magazine's notice closed "With every good wish for Christmas and the new year," / "Revd Sarah Hollis",
    no "Dear friends," over it: no writer was named."""
    text = (_NOTE + f"{close}\n\n{name}\n")
    assert pasted(text, "notice.txt").meta.authors == authors


def test_a_letter_quoted_at_a_storys_end_signs_nothing() -> None:
    """A story that ends on the letter it quotes ("Dear Sir," ... "Yours faithfully," / "Tom Reilly"): the letter's
    writer, not the story's."""
    text = ("The letters of the ferry\n\nThe ferry's archive holds a hundred letters from passengers.\n\n"
            "The last came in 1962.\n\nDear Sir,\n\nThe boat was late again and my hens went hungry.\n\n"
            "Yours faithfully,\n\nTom Reilly\n")
    assert pasted(text, "story.txt").meta.authors == ()


def test_the_new_patterns_stay_linear() -> None:
    from narrator.clean.bylines import _HANDLE_WEEKDAY
    from narrator.clean.headlineshape import _FILING_FIELD, _SPACED_LABEL
    check_linear("a1", small=300, read=lambda text: _HANDLE_WEEKDAY.match(text + " Fri 1-Dec-26 1:00"))
    check_linear("a Fri ", small=300, read=lambda text: authors_from(make_line(0, "Ann " + text + "x:", 0)))
    check_linear("tags: a ", small=300, read=lambda text: is_filing_line(text[:150] + "x"))
    check_linear("a ", small=300, read=lambda text: _FILING_FIELD.fullmatch("Tags : " + text + "."))
    check_linear(" - ", small=300, read=lambda text: is_filing_line("Tags : a" + text[:150]))
    check_linear("ab ", small=300, read=lambda text: _SPACED_LABEL.match(text + ":"))
    check_linear("a :", small=300, read=lambda text: headline_like(make_line(0, text, 0)))
    check_linear("Thanks, we ", small=200, read=lambda text: given_names_signers(
        ["Hi,", text, "Thanks for it all.", "Col and Tam, Brae Croft Yurts"]))
    check_linear("Join us and bring a friend ", small=200, read=lambda text: pasted(
        _WORKSHOP.format(last=text + "."), "workshop.txt"))

"""Eleven texts of classes the earlier sets left (issue #10): four a user typed (a sympathy card, a thank-you note, a
neighbours' note on moving away, a talk on a village's history wiki) and seven page dumps copied from a browser (an
Etsy listing, a Fandom wiki page, a GoFundMe fundraiser, a JustGiving page, a Ko-fi shop item, a wiki's town page)
and a typed post titled by a shop's button's words (tests/fixtures/own_text34), their expectations written before
they first ran. Each class has its near miss: the wiki talk quotes a stub's notice in a paragraph, the moving note's
paragraph opens on "Love and a few tears", the market stall post is titled "Add to basket: ...".

FIRST READING: 2 of 11 right; the tuned two thirds 1 of 8, the kept third (gofundme_campaign, own_market_stall_post,
own_thank_you_note) 1 of 3. The tuned misses by class: a letter's given names under a close the table lacks or a close
with its wish ("With love and deepest sympathy," / "Priya"; "See you before we go," / "Gwen and Sam") named no writer;
a wiki's notice of its article's state at the foot ("This article is a stub. You can help ... by expanding it.",
"This article is an outline and needs more content. ...") read; a reference page's name over its lead ("Settle" /
"Settle is a market town ...") lost for the wiki's name or the file's; a maker's name between a product's name and
its price ("Tamsin Hale" / "£9") wrote nothing; a fundraiser's organiser and its town under its name ("Tanfield
Village Hall Committee" / "Stanley, County Durham" / "£4,210 raised of £12,000 target") wrote nothing and the town
titled the page. After the rules: the tuned part 8 of 8; the kept third 2 of 3 (the thank-you note's "Love and
hugs," / "Nia" now signed; its miss left is of a class of its own: "Ruth and Ade, Kiln Shed Pottery" names no
writer). The rules also read own_text33's own_condolence_letter and crowdfunder_project right. The harness is
own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.lines import is_cta, make_line, words_of
from narrator.clean.listingheads import maker_over_price, organiser_under_title
from narrator.clean.notices import WIKI_STATUS_NOTICE
from narrator.clean.signoffs import given_names_signers
from tests.own_text4 import dump_tests, expectations, pasted, read_or_refuse, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text34"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}

# own_market_stall_post reads right since own_text35 (signoffs.given_names_signers: given names with their business
# after a comma, "Ruth and Ade, Kiln Shed Pottery")


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


_LETTER = "Dear {to},\n\nThank you for the flowers and for driving over on Sunday.\n\nThe garden looks lovely.\n\n"


# --- a letter's given names under its close, with its wish or one the table lacks ------------------------------------

@pytest.mark.parametrize(("close", "signed", "authors"), [
    ("With love and deepest sympathy,", "Priya", ("Priya",)),
    ("Love and hugs,", "Nia", ("Nia",)),
    ("With love and thinking of you,", "Jean", ("Jean",)),
    ("Best wishes for the new year,", "Tom and Ruth", ("Tom", "Ruth")),
    ("See you before we go,", "Gwen and Sam", ("Gwen", "Sam")),
    ("Thanks again,", "Owen", ("Owen",)),
    # guards: a sentence's part ending on a comma over a name; a close over a family's name, no given name
    ("Love and hate are close cousins, she said,", "Ruth", ()),
    ("With love and best wishes,", "The Hendersons", ()),
])
def test_given_names_under_a_close_sign_the_letter(close: str, signed: str, authors: tuple[str, ...]) -> None:
    """A card closed "With love and deepest sympathy," over "Priya": the close is the table's word with its wish,
    the name under it a given name alone; no writer was named."""
    texts = ["Dear Owen,", "We were so sad to hear the news.", "We will call round on Friday.", close, signed]
    assert given_names_signers(texts) == authors
    assert pasted(_LETTER.format(to="Owen") + f"{close}\n\n{signed}\n", "own_card.txt").meta.authors == authors


# --- a wiki's notice of its article's state -------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "notice"), [
    ("This article is a stub. You can help Lighthouse Keepers Wiki by expanding it.", True),
    ("This article is an outline and needs more content. Please plunge forward and help it grow!", True),
    ("This city travel guide to Hay-on-Wye is a usable article. It has information on how to get there.", True),
    ("This region travel guide to Snowdonia is a guide article. It has a variety of good, quality information.", True),
    ("This section is a stub. You can help by adding to it.", True),
    ("This article is a star article.", True),
    # guards: a story's sentence that quotes the state; the page speaking of its own kind
    ("This article is a stub, Jo said, and nobody has touched it since 2019.", False),
    ("This page is a guide to the walks around the village.", False),
    ("This article is a summary of the talk I gave in Leeds.", False),
])
def test_a_wikis_notice_of_its_articles_state_is_not_read(line: str, notice: bool) -> None:
    """A fan wiki closes its page "This article is a stub. You can help ... by expanding it.": it was read."""
    assert is_cta(line, words_of(line)) is notice


# --- a reference page's name over its lead that opens on it ---------------------------------------------------------

_WIKI = ("Jump to navigation\nAtlas of Lakes\nSearch\nLog in\nEdit this page\n{name}\n{lead}\nHistory\n"
         "The first survey of its depth was made in 1893 by a curate with a rope and a lead weight.\nPrivacy policy\n")


@pytest.mark.parametrize(("name", "lead", "title"), [
    ("Wastwater", "Wastwater is the deepest lake in England, 74 metres at its deepest.", "Wastwater"),
    ("Llyn Tegid", "Llyn Tegid (Bala Lake) is the largest natural lake in Wales.", "Llyn Tegid"),
    ("Loch Morar", "Loch Morar was a sea loch until the end of the last ice age.", "Loch Morar"),
    ("Coniston Water", "Coniston Water is a lake in the Furness Fells, five miles long.", "Coniston Water"),
    # guards: the lead opens on the name but says no "is"; a line that is a sentence
    ("Settle", "Settle down, the guide told us, the walk is long.", "Atlas of Lakes"),
    ("Ullswater.", "Ullswater. is the second largest lake in the district.", "Atlas of Lakes"),
])
def test_a_name_over_the_lead_that_opens_on_it_titles_the_page(name: str, lead: str, title: str) -> None:
    """A wiki's town page: "Settle" over "Settle is a market town ...", the wiki's name and tabs above: the file's
    name was its title (the wiki's, on a fan wiki)."""
    assert pasted(_WIKI.format(name=name, lead=lead), "lake.txt").meta.title == title


# --- a maker's name between a product's name and its price ----------------------------------------------------------

@pytest.mark.parametrize(("lines", "maker"), [
    (["Riverbank Birds colouring book", "Tamsin Hale", "£9"], "Tamsin Hale"),
    (["Hand-thrown stoneware mug", "Kiln Shed Pottery", "£28.00"], "Kiln Shed Pottery"),
    (["Knitted tea cosy, heather", "Mair and Elin Jones", "£18"], "Mair and Elin Jones"),
    (["Oak chopping board", "Ash & Oak Workshop", "$45"], "Ash & Oak Workshop"),
    # guards: a town under the name; a detail of the item
    (["Victorian pine chest", "Cardiff, Roath", "£85"], None),
    (["Stoneware mug", "Hand glazed in Frome", "£28"], None),
])
def test_a_makers_name_over_the_price_writes_the_listing(lines: list[str], maker: str | None) -> None:
    """A Ko-fi shop's item sets "Tamsin Hale" between the book's name and "£9": no writer was named."""
    assert maker_over_price([make_line(i, text, i) for i, text in enumerate(lines)], 0) == maker


# --- a fundraiser's organiser under its name, over its town and the sum raised --------------------------------------

@pytest.mark.parametrize(("lines", "found"), [
    (["Mend the roof of Tanfield village hall", "Tanfield Village Hall Committee", "Stanley, County Durham",
      "£4,210 raised of £12,000 target"], (0, "Tanfield Village Hall Committee")),
    (["Save the Wharfe Boathouse", "Wharfe Rowing Club", "Otley, West Yorkshire", "£18,420",
      "raised of £25,000 target"], (0, "Wharfe Rowing Club")),
    (["A new minibus for Brynteg School", "Friends of Brynteg School", "Wrexham, Clwyd", "£950 raised"],
     (0, "Friends of Brynteg School")),
    (["Ride London for the hospice", "Dan Okoro", "Ealing, London", "£640 raised of £1,000"], (0, "Dan Okoro")),
    # guards: an event's name over its venue and town, no sum raised; a sentence over the town
    (["Christmas craft fair", "Bramley Village Hall", "Bramley, Surrey", "Saturday 12 December"], None),
    (["Mend the roof", "We need your help.", "Stanley, County Durham", "£4,210 raised"], None),
])
def test_a_fundraisers_organiser_writes_it(lines: list[str], found: tuple[int, str] | None) -> None:
    """A JustGiving page sets its organiser and their town under the campaign's name: the town was the title."""
    page = [make_line(i, text, i) for i, text in enumerate([*lines, "We raised it in a month.", "Thank you."])]
    assert organiser_under_title(page, 0, len(lines)) == found


@pytest.mark.parametrize("token", [
    "This article is a stub. ", "This a a a a article is a stub and ", "This guide to " + "x " * 40 + "is a stub.\n",
    "Settle\nSettle is " * 3, "A\nA (" * 20 + "\n", "Tom Hale\n£9\n", "A B C D\nA, B\n£1 raised\n",
    "With love and,\nJean\n", "Love, " * 30 + "\nNia\n",
])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)


def test_the_new_patterns_stay_linear() -> None:
    check_linear("this a ", small=500, read=lambda text: WIKI_STATUS_NOTICE.match(text + "article is"))
    check_linear("this guide to ", small=500, read=lambda text: WIKI_STATUS_NOTICE.match(text))

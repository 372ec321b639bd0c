"""Ten texts of the classes own_text35 and pages33 left (tests/fixtures/own_text36, issue #10), each an example of our
own, their expectations written before they first ran: four typed notes closed by two given names and their business,
one of the names not in the table of given names ("Mark and Jo, Harbour View Cottage", "Gwil and Ffion, Top Mill
Bakery", "Col and Tam, Dale End Motors"), and a near miss, a walk's last line naming a pub and its address ("Rose and
Crown, Market Place, Masham"), which signs nothing; two classified ads naming their poster by a handle ("Posted by
fernhill_kate on 3 Dec 2026", "Posted by bluetit77 on December 2, 2026"); two giveaways with their pick-up place under
their name ("Pickup from Ecclesall, Sheffield", "Pick up in Roath, Cardiff") over "Added by Maya 2 hours ago"; and a
video's and a track's maker over a badge and a "Follow" button ("Ruth Ashby" / "Partner" / "Follow" / "862 views").

FIRST READING: 1 of 10 right (own_pub_walk, the near miss); the tuned two thirds 1 of 7, the kept third
(nextdoor_item, own_garage_note, soundcloud_track) 0 of 3. The tuned misses by class: the pair of names with their
business named no writer (two); the handle named none (two); the giveaway was titled by its pick-up place, and "Added
by Maya 2 hours ago" named no one (a given name opening as a month's, "Maya 2", was cut as a day, "May 2"); the video's
maker named none. After the rules: tuned 7 of 7, kept third 2 of 3 (nextdoor_item and soundcloud_track, of classes
the rules were written for, now read right; own_garage_note, "Col and Tam", holds no name of the table, and the rule
asks for one). The rules also read own_text35's freecycle_offer, olio_listing, own_holiday_let_welcome,
own_plumber_quote and vimeo_video (all kept aside there).

Later, own_text37's rule for two names unknown to the table signing with their business under a sentence of thanks
reads own_garage_note ("Thanks for your custom this year." / "Col and Tam, Dale End Motors")."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.bylines import authors_from
from narrator.clean.lines import make_line
from narrator.clean.marketplace import near_a_place
from narrator.clean.signoffs import given_names_signers
from tests.own_text4 import dump_tests, expectations, pasted, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text36"
TEXTS = sorted(expectations(FIXTURES))

_STILL_WRONG: dict[str, str] = {}

globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


_NOTE = "A note\n\nWe met on Saturday and planted the hedge along the lane.\n\nThe council lent us the tools.\n\n"


# --- two given names with their business, one not in the table ----------------------------------------------------

@pytest.mark.parametrize(("signed", "authors"), [
    ("Mark and Jo, Harbour View Cottage", ("Mark", "Jo")),
    ("Dave and Kerry, Price Plumbing & Heating", ("Dave", "Kerry")),
    ("Gwil and Ffion, Top Mill Bakery", ("Gwil", "Ffion")),
    ("Sam & Kit, Fell Foot Cycles", ("Sam", "Kit")),
    ("Bev and Ros, The Corner Shop", ("Bev", "Ros")),
    # guards: a pub's name with its address; no given name at all; a long word that is no name; no business
    ("Rose and Crown, Market Place, Masham", ()),
    ("Fish and Chips, Harbour Road", ()),
    ("Rose and Buttercups, Meadow Mixtures", ()),
    ("Mark and Jo, who ran the stall", ()),
])
def test_a_pair_of_names_with_their_business_signs(signed: str, authors: tuple[str, ...]) -> None:
    """A holiday let's welcome closed "Mark and Jo, Hillside Barn Holidays": "Jo" is not in the table of given names,
    and no writer was named; the pair, the business after the comma and the line's place show the signature."""
    assert given_names_signers(["Hello,", "We planted twelve trees.", "See you next year.", signed]) == authors
    assert pasted(_NOTE + f"See you next year.\n\n{signed}\n", "note.txt").meta.authors == authors


# --- a poster's handle in a "Posted by ... on" line ----------------------------------------------------------------

@pytest.mark.parametrize(("line", "authors"), [
    ("Posted by meadowlark22 on Dec 5, 2026", ("meadowlark22",)),
    ("Posted by fernhill_kate on 3 Dec 2026", ("fernhill_kate",)),
    ("Added by wren.04 2 hours ago", ("wren.04",)),
    ("posted by bluetit77 on December 2, 2026", ("bluetit77",)),
    ("Added by Maya 2 hours ago", ("Maya",)),
    ("Posted by Janet 3 days ago", ("Janet",)),
    # guards: a sentence's words; a handle with no day or age after it
    ("Posted by hand on 3 Dec 2026", ()),
    ("Added by popular demand on 3 Dec 2026", ()),
    ("Posted by bluetit77", ()),
])
def test_a_posters_handle_names_the_writer(line: str, authors: tuple[str, ...]) -> None:
    """A Freecycle offer reads "Posted by meadowlark22 on Dec 5, 2026": no writer was named; OLIO's "Added by Priya 1
    hour ago" named none either."""
    assert authors_from(make_line(0, line, 0)) == authors


# --- a pick-up place under a listing's name -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Collect from Heaton, Newcastle", True),
    ("Pickup from Ecclesall, Sheffield", True),
    ("Pick up in Roath, Cardiff", True),
    ("Collection in Didsbury, Manchester", True),
    ("near Brecon, Wales", True),
    # guards: a listing's name; a sentence
    ("Collect from the school gate", False),
    ("Pick up a bargain at the Christmas fair", False),
])
def test_a_pick_up_place_is_no_title(text: str, place: bool) -> None:
    """OLIO's "Collect from Heaton, Newcastle" under the listing's name titled the page."""
    assert near_a_place(text) is place


# --- a maker over a badge and a Follow button ----------------------------------------------------------------------

_VIDEO = "Vimeo\nWatch\nLog in\nThe Last Ferryman of the Dee\n{maker}\n{badge}\nFollow\n{count}\nLike\nShare\n" \
         "For forty years, Glyn Parry has rowed people across the River Dee at Farndon in a boat he built himself.\n" \
         "This short film follows him through his last summer on the river, before the new footbridge opens.\n" \
         "Filmed on a single camera over six weekends, with music by the Farndon Silver Band.\n"


@pytest.mark.parametrize(("maker", "badge", "count", "authors"), [
    ("Tom Ellery", "PRO", "1,284 plays", ("Tom Ellery",)),
    ("Ruth Ashby", "Partner", "862 views", ("Ruth Ashby",)),
    ("Amy Rowe", "PLUS", "12K plays", ("Amy Rowe",)),
    # guards: a badge of more than a word; no count of plays under the button
    ("Tom Ellery", "Staff pick", "1,284 plays", ()),
    ("Tom Ellery", "PRO", "Like", ()),
])
def test_a_makers_name_over_a_badge_names_the_writer(maker: str, badge: str, count: str,
                                                     authors: tuple[str, ...]) -> None:
    """A Vimeo video's page reads "Tom Ellery" / "PRO" / "Follow" / "1,284 plays": no writer was named."""
    text = _VIDEO.format(maker=maker, badge=badge, count=count)
    assert pasted(text, "video.txt").meta.authors == authors


def test_the_new_patterns_stay_linear() -> None:
    check_linear("a1", small=300, read=lambda text: authors_from(make_line(0, f"Posted by {text} on 3 Dec 2026", 0)))
    check_linear("Ab ", small=300, read=lambda text: near_a_place(f"Collect from {text}, x"))
    check_linear("1 ", small=300, read=lambda text: authors_from(make_line(0, f"Added by Maya {text}x", 0)))

"""Twenty-four texts in forms the earlier sets lack (issue #10, h210's wave, round 48): twelve a user typed (a beehive
inspection, a bell-ringers' quarter peal report, a book club's questions, a candidate's statement, a chess club's
league report, a dream diary, a flatshare's house rules, a lab notebook entry, a mountain rescue callout, a note of
apology to the neighbours, a planting calendar by month, a sailing passage log) and twelve page dumps copied from a
browser (a BoardGameGeek review, a Fandom wiki page, a Flickr photo page, a Glassdoor review, a Google Maps review, an
iNaturalist observation, a Kickstarter update, a Ko-fi post, a Meetup event, a Ravelry pattern, a SoundCloud track, a
Wattpad chapter) (tests/fixtures/own_text27), their expectations written before they first ran.

FIRST READING: 14 of 24 read right (12 of 12 typed, 2 of 12 dumps; body lines kept 121/124, clutter read 3/198,
titles 19, authors 17, dates 22 of 24). Every third text in name order (flickr_photo_page, inaturalist_observation,
meetup_event, own_book_club_questions, own_dream_journal, own_mountain_rescue_callout, own_sailing_passage_log,
wattpad_chapter) was kept aside: 4 of 8 at first; the other two thirds 10 of 16. The harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

from tests.own_text4 import dump_tests, expectations, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text27"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "fandom_wiki_page": "a wiki's foot (its 'Categories' with their names, the licence line) is read",
    "flickr_photo_page": "(kept third, not studied)",
    "glassdoor_review": "the company's 'Cambria Ferries Reviews' tab names the writer, and the 'Pros' heading is lost",
    "google_maps_review": "the review's age ('a month ago') titles it and the reviewer over her profile line goes "
                          "unnamed",
    "inaturalist_observation": "(kept third, not studied)",
    "kickstarter_update": "the update's sign-off of two first names ('Nia and Rhodri') is not read",
    "meetup_event": "(kept third, not studied)",
    "ravelry_pattern": "a site's lower-case menu word ('groups') titles the pattern over its 'by' credit",
    "soundcloud_track": "the artist's name over the track's title goes unnamed",
    "wattpad_chapter": "(kept third, not studied)",
}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)

"""Two classes the earlier sets left (tests/fixtures/left58_pages and left58, issue #10), in pages and dumps of our own,
other words and other markup than the rows that showed them, with near misses that must be kept.

THE BYLINE BOX: a static site's line over its post
giving the day, then who posted it, in a box no class names a byline's or a date's (Hakyll's default '<section
class="header">Posted on November 28, 2026 by Tomasz Wilk</section>', pages38's hakyll_post): neither the writer
nor the day was read. Each page's title, author, date and lines were written down before the cleaner first ran on it;
every third in name order (bylinebox_photo_credit_kept, bylinebox_written_day_first) was kept aside while the rule was
written, scored as a number only.

FIRST READING: tuned 3 of 4, kept aside 1 of 2. Two of the tuned pages were read right already: "Written by Ruth
Okafor on 30 October 2026" opening the article under the headline, and "By Aled Rhys | 2 November 2026" (the day after
the name: earlier rules read both). The tuned miss: "Posted on 12 August 2026 by Nadia Brennan" opening the body under
a <header> holding the headline, no writer and no day.

AFTER THE RULE: tuned 4 of 4, kept aside 2 of 2 (bylinebox_written_day_first, "Posted on Sunday 6 December 2026 by Owen
Hughes" two boxes deep under the headline's own box, moved). The rule also reads pages38's hakyll_post right, out of
its known misses.

THE CAMERA'S SETTINGS: a photo's settings under its caption ("Fujifilm X-T5, 23mm, f/8, 1/250.", own_text40's
glass_photo) dropped: a photographer's post reads them. Four dumps (two photo blogs, two photo sites' posts), every
third in name order (exposure_film_kept) kept aside. FIRST READING: tuned 0 of 3, kept aside 1 of 1 (its settings,
ending on a stop after a caption, read already). The tuned misses: both photo sites' and the blog's settings lost (the
article ended at the caption, and a line with no stop was no sentence), and both blogs titled by the site's name over
their menu, a class of its own that no rule here is written for. AFTER THE RULE: the settings are read in all three
(tuned 1 of 3: the two blogs still titled by the site's name), kept aside 1 of 1 (no move: it was right); the near
miss's "Filed under: Birds / Somerset / 2026" still not read; own_text40's glass_photo now read right.

THE POSTER'S CARD: a forum post's handle over the poster's rank and the post's stamp, no count of posts
("frugal_fran" / "Forumite" / "3 December 2026 at 7:42PM", own_text40's moneysavingexpert_forum_post), named no
writer. Three dumps (two forum posts, a newsletter the near miss), every third in name order (postercard_cycling_board)
kept aside. FIRST READING: tuned 1 of 2 (the near miss right; the allotment forum's "oak_and_ash" / "Senior Member" /
"Mon 30 Nov 2026, 21:15" dated, no writer), kept aside 0 of 1. AFTER THE RULE: tuned 2 of 2, kept aside 1 of 1
("trev1974" / "Newbie" / "12 November 2026 at 9:03AM" moved). The dump that showed the class is not reached: its title
is a question, which the body is taken to open on, so the card stands inside the body, not over it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.articleend import _EXPOSURE_PART, exposure_line
from narrator.clean.htmldates import POSTED_ON_BY
from tests.own_text4 import dump_tests, expectations, kept, pasted
from tests.pages6 import check_reading, clean_page, page_names, read_page
from tests.sweeps import check_linear, cpu_seconds

FIXTURES = Path(__file__).parent / "fixtures" / "left58_pages"
PAGES = page_names(FIXTURES)

_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)


_BODY = ("<p>The allotment committee met on Tuesday and agreed the new water rota for the spring, after a long evening."
         "</p><p>Every plot holder will get a copy of the rota by post, and it will be pinned up in the hut.</p>")


def _page(box: str) -> str:
    """A static site's post: the headline in a box of its own, the meta line in markup no class names, the body."""
    return (f"<html><head><title>Water rota agreed</title></head><body><nav><a href='/'>Home</a></nav><div class='t'>"
            f"<h1>Water rota agreed</h1></div><div class='main'>{box}{_BODY}</div><footer>Built with a static site "
            "generator</footer></body></html>")


@pytest.mark.parametrize(("box", "author", "day"), [
    ("<section class='header'>Posted on March 3, 2026 by Gwen Parry</section>", "Gwen Parry", "2026-03-03"),
    ("<div><span>Published on 14 February 2026 by Kofi Mensah</span></div>", "Kofi Mensah", "2026-02-14"),
    ("<p>Posted on Friday 9 January 2026 by Siân Howells in Allotments, News</p>", "Siân Howells", "2026-01-09"),
    ("<p><small>Written on 2026-04-21 by Tomás Byrne.</small></p>", "Tomás Byrne", "2026-04-21"),
    ("<div><i class='icon'></i> Posted on 5 May 2026 by Harriet Lowe</div>", "Harriet Lowe", "2026-05-05"),
    # near misses, plainly outside the class: a sentence of the story opening so (its stop, its clause after a comma)
    # names no writer and dates nothing; a line naming who posted the rota, not a person, names no writer
    ("<p>Posted on 3 March 2026 by the committee to every plot holder, the rota was pinned up in the hut and on the "
     "gate the same evening.</p>", "", ""),
    ("<p>Posted on 3 March 2026 by the allotment committee</p>", "", "2026-03-03"),
])
def test_a_posted_on_line_names_the_writer_and_the_day(box: str, author: str, day: str) -> None:
    """Hakyll's "Posted on November 28, 2026 by Tomasz Wilk" in a box no class names: no writer and no day."""
    meta = clean_page(_page(box)).meta
    assert (meta.byline, (meta.published or "")[:10]) == (author, day)


def test_the_new_pattern_and_its_page_look_stay_linear() -> None:
    check_linear("on 1 May 2026 by ", small=300, read=lambda text: POSTED_ON_BY.fullmatch(f"Posted {text}x!"))
    check_linear("by Ann Lee ", small=300, read=lambda text: POSTED_ON_BY.fullmatch(f"Posted on 1 May {text}."))
    line = "<p>Posted on 1 May 2026 by Ann Lee and her sister, who kept the minutes</p>"
    short = cpu_seconds(clean_page, _page(line * 150))
    long = cpu_seconds(clean_page, _page(line * 600))
    assert long < 6 * max(short, 0.005)


# --- a photo's settings under its caption -----------------------------------------------------------------------------

TEXT_FIXTURES = Path(__file__).parent / "fixtures" / "left58"
TEXTS = sorted(expectations(TEXT_FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_SITE_TITLE = ("(of another class) the photo blog's name over its menu ('Light on the Levels' / 'Home' / 'Galleries') "
               "titles the post, not the post's own heading under the menu")
_STILL_WRONG: dict[str, str] = {
    "exposure_blog_post": _SITE_TITLE,
    "exposure_filed_under_near_miss": _SITE_TITLE,
}

globals().update(dump_tests(TEXTS, _STILL_WRONG, TEXT_FIXTURES))


@pytest.mark.parametrize(("text", "settings"), [
    ("Fujifilm X-T5, 23mm, f/8, 1/250.", True),
    ("Nikon Z6 II | 24-70mm | f/4 | 1/500s | ISO 100", True),
    ("Canon EOS R6, 100-400mm at 400mm, f/6.3, 1/2000s, ISO 800", True),
    ("Sony A7 III · 35mm · f/1.8 · 1/125 · ISO 3200", True),
    ("iPhone 15 Pro, f/1.8, 1/120s, ISO 64", True),
    ("Olympus OM-1, 12-40mm, f/2.8, 1/60", True),
    # near misses: a sentence with a fraction and an f-number in it; a link's path; an aperture alone; a print's size
    # and price (no camera's marks): none is a photo's settings
    ("Add 1/2 cup of milk to the batter and stir it well, then at f/8 it would be sharper.", False),
    ("See www.example.com/f/8 for the rest.", False),
    ("f/8", False),
    ("Prints available: 30x40cm, £45.", False),
])
def test_a_photos_settings(text: str, settings: bool) -> None:
    assert exposure_line(text) is settings


_POST = ("Frame\nExplore\nSign in\nheron_lines\nFollow\nA grey heron on the weir at Bakewell, still as a post in the "
         "rain.\nIt stood there for the whole of my lunch break and caught nothing that I saw.\n{last}\n#birds #peak\n"
         "12 likes\nComments\n")


@pytest.mark.parametrize(("last", "read"), [
    ("Fujifilm X-T5, 23mm, f/8, 1/250.", True),
    ("Nikon Z6 II | 200-500mm | f/5.6 | 1/1600s | ISO 800", True),
    ("Lumix G9, 100-400mm, f/6.3, 1/800, ISO 1600", True),
    # a near miss: the site's own line under the caption, no camera's marks, is not read (as it was)
    ("Filed under: Birds / Derbyshire", False),
])
def test_a_photos_settings_under_its_caption_are_read(last: str, read: bool) -> None:
    """Glass's "Fujifilm X-T5, 23mm, f/8, 1/250." under a photo's caption was dropped: a photographer's post reads
    it."""
    said = kept(pasted(_POST.format(last=last)))
    assert said[0].startswith("A grey heron") and (last in said) is read


def test_the_settings_pattern_stays_linear() -> None:
    check_linear("1/2 ", small=300, read=lambda text: _EXPOSURE_PART.findall(text))
    check_linear("12-", small=300, read=lambda text: _EXPOSURE_PART.findall(f"{text}x"))
    check_linear("f/8 ", small=300, read=exposure_line)


# --- a forum poster's handle over their rank and the post's stamp -----------------------------------------------------

_THREAD = ("Garden Chat\nHome\nForums\nLog in\nForums › Veg › Potatoes\nBlight on the maincrop already\n{card}\n"
           "The maincrop rows went down with blight in a week, the leaves black and the stems rotten at the base.\n"
           "I cut the haulm off and left the tubers in for a fortnight, as the books say.\n"
           "Will they keep in the sacks, or should I eat the lot before Christmas?\nReply\nQuote\n")


@pytest.mark.parametrize(("card", "authors", "day"), [
    ("spud_jen\nSenior Member\nTue 1 Dec 2026, 19:14", ("spud_jen",), "2026-12-01"),
    ("mossbank77\nNewbie\n2 December 2026 at 8:05PM", ("mossbank77",), "2026-12-02"),
    ("green_fingers\nForumite\n28 November 2026", ("green_fingers",), "2026-11-28"),
    ("veg.patch\nModerator\nNovember 30, 2026", ("veg.patch",), "2026-11-30"),
    # near misses, plainly outside the class: a newsletter's section and issue over its day (no handle's shape, a
    # capital and no figure): its day, no writer; the card's rank and stamp with no handle over them; and a menu's
    # word in small letters over a heading and the day ("archive" / "Categories"), no handle's mark in it
    ("archive\nCategories\n28 November 2026", (), "2026-11-28"),
    # a review's postcode district over its badge and day (Checkatrade's "S11" / "Verified review"): a place's code
    ("LS6\nVerified review\nPublished 28 November 2026", (), "2026-11-28"),
    ("Newsletter\nWinter issue\n3 December 2026", (), "2026-12-03"),
    ("Senior Member\nTue 1 Dec 2026, 19:14", (), "2026-12-01"),
])
def test_a_handle_over_a_rank_and_a_stamp_names_the_poster(card: str, authors: tuple[str, ...], day: str) -> None:
    """MoneySavingExpert's "frugal_fran" / "Forumite" / "3 December 2026 at 7:42PM" over a post named no writer."""
    meta = pasted(_THREAD.format(card=card)).meta
    assert (meta.authors, meta.published) == (authors, day)

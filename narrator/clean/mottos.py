"""Short lines that label rather than say, around the page's names: a site's motto under its name, a section's label
over the headline. Read, each was the article's first line."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash

# A site's name as the page's <h1>, its one link to the home page, in a box of two with the motto under it (FluxBB's
# '<div id="brdtitle"><h1><a href="index.php">Rye Bakers</a></h1><div id="brddesc"><p>Heavy bread for light
# hearts.</p></div></div>'): the motto was read as the thread's first line. Only a box of the name and one short text
# with no link in it, outside any <article>.
_NAME_HEADINGS = etree.XPath("//h1[not(ancestor::article)][count(*) = 1][a]")
_HOME = re.compile(r"^(?:https?://[^/?#]+)?(?:\.?/)?(?:index\.(?:php|html?))?$")
NAME_HEADINGS = 2
MOTTO_WORDS = 12


# A board's or a blog's head marks its motto, or the box of its name and motto, by name: PunBB's '<p
# id="brd-desc">Hives, honey and the weather</p>' beside '<p id="brd-title">', its older '<div id="brdtitle"><h1><span>
# Wessex Singers</span></h1><p><span>Rehearsals, concerts and the music between</span></p></div>', a theme's
# "site-description". A post's own description ("post-description", "entry-summary") is not the site's.
_MARKED_MOTTOS = etree.XPath("//*[not(ancestor::article)][contains(@id, 'desc') or contains(@class, 'desc') or "
                             "contains(@class, 'tagline') or contains(@id, 'tagline') or contains(@class, 'slogan') or "
                             "contains(@id, 'slogan')]")
_NAME_BOXES = etree.XPath("//*[not(ancestor::article)][h1][contains(@id, 'title') or contains(@class, 'title')]")
_SITES = r"(?:^|[\s_-])(?:site|brd|board|blog|forum)[_-]?"
_MARKED_MOTTO = re.compile(_SITES + r"(?:desc|description|tagline|slogan)(?:$|[\s_-])", re.I)
_MARKED_NAME_BOX = re.compile(_SITES + r"title(?:$|[\s_-])", re.I)
MARKED_ELEMENTS = 6


def drop_site_mottos(root: Any) -> None:
    """Take out the short line beside the site's name heading in a box of their own, or marked as the site's."""
    for heading in _NAME_HEADINGS(root)[:NAME_HEADINGS]:
        link, box, motto = heading[0], heading.getparent(), heading.getnext()
        if (box is None or motto is None or len(box) != 2 or squash(heading.text or "") or squash(link.tail or "")
                or not _HOME.match((link.get("href") or "x").strip())):
            continue
        _drop_short(motto)
    for element in _MARKED_MOTTOS(root)[:MARKED_ELEMENTS]:
        if not _MARKED_MOTTO.search(f"{element.get('id', '')} {element.get('class', '')}"):
            continue
        # the marked box may hold the name's heading, the motto right under it and a logo's link (phpBB's '<div
        # id="site-description"><a id="logo" href="./index.php">...</a><h1>Riverside Allotments Forum</h1><p>Plots,
        # pests and produce</p></div>'): the motto is the line under the heading
        heading = element.find("h1")
        under = heading.getnext() if heading is not None and not squash(heading.tail or "") else None
        _drop_short(under if under is not None and under.tag in ("p", "div", "span") else element)
    for box in _NAME_BOXES(root)[:MARKED_ELEMENTS]:
        if (_MARKED_NAME_BOX.search(f"{box.get('id', '')} {box.get('class', '')}") and len(box) == 2
                and box[0].tag == "h1" and not squash(box.text or "") and not squash(box[0].tail or "")):
            _drop_short(box[1])  # the box of the name's <h1> and the motto


def _drop_short(motto: Any) -> None:
    """Take out a motto of a few words with no link, and nothing of the page's after it in its box."""
    said = squash(motto.text_content())
    if 0 < len(said.split()) <= MOTTO_WORDS and motto.find(".//a") is None and not squash(motto.tail or ""):
        motto.drop_tree()


# A section's label right over the headline, in an element of its own beside it ('<p class="article__overline">Behind
# the scenes</p><h1>How the museum moved a whale skeleton ...</h1>', a kicker, an eyebrow): with the headline said as
# the title, the label was read as the article's first line. Only the element right before the page's first <h1>, of a
# few words, no stop, no link.
_HEADLINE = etree.XPath("(//h1[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header)])[1]")
KICKER_WORDS = 4


def drop_kickers(root: Any) -> None:
    """Take out the few words of a label in the element right before the page's headline."""
    for headline in _HEADLINE(root):
        label = headline.getprevious()
        if label is None or label.tag not in ("p", "span", "div") or squash(label.tail or ""):
            continue
        said = squash(label.text_content())
        if (0 < len(said.split()) <= KICKER_WORDS and not said.endswith((".", "!", "?", ":"))
                and label.find(".//a") is None and label.find(".//img") is None):
            label.drop_tree()

"""A photo's caption and its credit, as a line of page text shows them: "(Name/Agency)", "Photo: Name", "Getty Images",
a wire photo's date in full, a caption run into its credit; and the page's notice of its rights, which is none."""

from __future__ import annotations

import re

from narrator.clean.common import NEWS_AGENCIES

# News and photo agencies, whose name joined to a photographer's by a slash ends a caption.
_PHOTO_AGENCIES = {"getty", "getty images", "epa", "epa-efe", "pool", "alamy", "nurphoto", "sipa", "zuma", "zuma press",
                   "imago", "shutterstock", "pa images", "pa wire"}
_AGENCIES = "|".join(re.escape(name) for name in sorted(NEWS_AGENCIES | _PHOTO_AGENCIES, key=len, reverse=True))
# A photographer's name, word by word, and what may join its words ("Ana de Lima", "Smith & Jones", "Jane Smith for
# The Guardian").
_NAME_WORD = r"[A-Z][\w.&'’/-]*"
_NAME_JOINER = r"&|and|for|of|the|de|del|da|di|du|dos|van|von|der|den|la|le|y|al|bin"
# The label of a photo's source or caption, a comma or colon after it, at a line's start.
PHOTO_LABEL = r"^\s*(?:(?:image|photo|picture|video|media)\s+(?:source|caption)|caption)\s*[,:]"
# Credits at the end of captions: "(Name/Agency)", "Photo: Name", "Getty Images", "/AFP". The slash of "(Name/Agency)"
# stands between a word and a name's capital: "(about 1/3 of the replies.)" or "(open 24/7)" ends a story's sentence.
_CREDIT = re.compile(
    r"(\((?:[^()]*[^\W\d_]\s?/\s?(?-i:[A-Z])[^()]*|[^()]*\b(?:photo|image|credit|courtesy|file)\b[^()]*)\)\s*\.?$)"
    r"|^(?:photo|image|picture|credit|source|illustration|pictured)s?\s*(?:credit)?\s*[:|]"
    # a photo's labels as a news site's page prints them for screen readers, each on its line: "Image source, Getty
    # Images", "Image caption, Councillors debated ...", "Media caption," (a caption or credit, never the story's)
    rf"|{PHOTO_LABEL}"
    # "Photo by Jane Smith", with a name's capital (the pattern ignores case, the name's part must not): "Photo by my
    # grandfather, the only one he took." is the story's sentence
    r"|\b(?:photo|image|picture|illustration)s?\s*(?::|credit)\s*[A-Z]|\b(?:photo|image|picture|illustration)s?\s+by\s+"
    r"(?-i:[A-Z])"
    r"|\b(?:getty images|shutterstock|associated press photo|ap photo|file photo)\b|©\s*\w"
    r"|\b(?:image |photo )?credits?:\s*\S+(?:\s+\S+){0,6}\s*$|\((?:pictured|above|below|left|right)\)"
    # a caption run into its credit as a newspaper's page prints them: "... in Houston.Credit...Mark Felix for The
    # New York Times"
    r"|\b(?-i:Credit)(?:\.{3}|…)\s*(?-i:[A-Z])"
    # "... at the rally. By Jane Smith": a name alone after the caption's sentence, never a sentence of the story ("...
    # wakes. By five the catch has gone.", "By Monday my legs still ached.")
    rf"|[.!?]\s+(?:photo\s+)?by\s+(?-i:{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_NAME_JOINER})){{0,5}})\s*\.?$"
    # "... near Estepona. REUTERS/Jon Nazca", "... in Kyiv. Jon Nazca/Reuters": a wire agency and its photographer
    rf"|[.!?]\s+(?:[\w.'’ -]{{2,40}}/){{0,2}}(?:{_AGENCIES})(?:/[\w.'’ -]{{2,40}}){{0,2}}\s*$",
    re.I,
)
# The page's own notice of its rights, which the page's furniture is ("Copyright © 2025 Coast FM. All rights
# reserved."): no photo's credit, so the story's last paragraph above it is no caption.
_RIGHTS_NOTICE = re.compile(r"(?i)\ball rights reserved\b|^\W*copyright\b")
# A wire photo's caption dates its picture in full inside its sentence, weekday and all ("... speaks during a campaign
# stop, Tuesday, Nov. 19, 2019, in Columbia, S.C."); a story says "on Tuesday" or "Nov. 19". (A post's stamp written so,
# "Updated 1:39 am, Wednesday, November 20, 2019", is no article either.)
# After "on", only with a comma before it (its place named first: "... in Dubai, United Arab Emirates, on Monday, Nov.
# 13, 2017.") or its place after it ("... on Tuesday, Nov. 19, 2019, in Washington"): an obituary or a formal story
# dates an event in its sentence so ("died at home on Tuesday, March 5, 2024, surrounded by her family").
_WIRE_CAPTION_DATE = re.compile(
    r"(?:,(?: on)?|( on)) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\b(?(1),? in [A-Z])")

def is_rights_notice(text: str) -> bool:
    """The page's notice of its rights ("Copyright © 2025 Coast FM. All rights reserved.")."""
    return _RIGHTS_NOTICE.search(text) is not None


def has_credit(text: str) -> bool:
    """A photo's credit or caption on the line: "(Name/Agency)", "Photo: Name", a wire caption's full date."""
    return bool(_CREDIT.search(text) or ("day, " in text and _WIRE_CAPTION_DATE.search(text)))

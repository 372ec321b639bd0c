"""What follows an article in a text dump: its writer's bio, notes after it ("Reporting by ..."), a company's
note about itself."""

from __future__ import annotations

import re

from narrator.clean.pagenotes import is_production_note

# The last paragraph introducing someone by trade is the author's bio: a name (its particles in lower case, "Mark di
# Stefano"), perhaps the address to write to in brackets ("Jeff Foust (jeff@example.com) is the editor of ...").
_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+(?:(?:di|de|da|del|della|van|von|der|den|le|la|du|al|bin|ibn)\s+)?[A-Z][\w.'’-]+){0,2}\s+"
    r"(?:\([^()]{1,80}\)\s+)?(?:is|was|writes|has been)\b.{0,120}\b(?i:founder|writer|journalist|author"
    r"|editor|contributor|reporter|columnist|freelance|correspondent|consultant|blogger)\b"
    # "Emily Chen covers transportation in Texas for The Times.": a reporter's beat, as a paper prints it last
    r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}\s+covers\s+[^.]{3,80}\s+for\s+(?:The\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,3}\.?$"
)

# Notes after the story, near its end: a wire story's production credits ("(Reporting by A; Editing by B)"), a
# republication notice ("This article is republished from ..."), a link to the outlet's standards, and an author's
# disclosure of funding ("Jane Park receives funding from ..."), a blog engine's line under a post.
_CLOSING_NOTE = re.compile(
    r"(?i:^\((?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b[^()]*\)\.?$"
    r"|^(?:additional\s+)?reporting\s+by\b[^.]*;\s*(?:writing|editing)\s+by\b"
    r"|^this\s+(?:article|story|piece|post|essay)\s+(?:is|was|has\s+been)\s+(?:republished|originally\s+published"
    r"|first\s+published|adapted|reprinted)\b|^this\s+(?:article|story|piece|post|essay)\s+(?:first\s+)?appeared\b"
    r"|^(?:our|editorial)\s+(?:standards|principles)\s*:"
    # a broadcaster's note on how its transcript was made: "This transcript was created on a rush deadline by a
    # contractor. This text may not be in its final form ...", "Transcripts are produced by a transcription service"
    r"|^(?:this\s+transcript\s+(?:was|has\s+been|is|may\s+have\s+been)|transcripts?\s+(?:are|is|were|was))\s+"
    r"(?:created|produced|generated|provided|made|machine|automatically|computer)\b"
    # a journal's way to cite the story and its references, under it: "Cite this article", then "Kemp, L. Ancient
    # seeds sprout ... Journal 630, 18 (2024)."
    r"|^(?:cite\s+this\s+(?:article|story|page|paper)|how\s+to\s+cite(?:\s+this\s+(?:article|page))?|references"
    # a health site's heading over its review process and sources: "How we reviewed this article:" ("How we tested"
    # heads a review's own section, and is read)
    r"|how\s+we\s+(?:reviewed|fact[-\s]checked|vetted)\s+this\s+(?:article|story|page|guide))"
    r"\W*$"
    r"|^(?-i:(?:[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?){1,3}(?:,\s|\s?&\s|\sand\s|\set\sal\.\s)?){1,6}.{5,200}"
    r"\((?:19|20)\d\d\)\.?)$"
    r"|^this\s+entry\s+was\s+posted\b"  # a blog's footer: "This entry was posted in News. Bookmark the permalink."
    # a blog's word under every post that the post is its author's: "Note: This article gives the views of the author,
    # not the position of ...", "This post represents the views of the authors and not those of ..."
    r"|^(?:note:\s*)?this\s+(?:article|post|blog\s*post|piece)\s+(?:gives|represents|reflects|presents|expresses)"
    r"\s+the\s+views\s+of\s+(?:the\s+|its\s+)?authors?\b"
    # a newspaper's print notice: "A version of this article appears in print on June 10, 2024, Section A, ..."
    r"|^an?\s+(?:version|earlier\s+version)\s+of\s+this\s+(?:article|story|review|essay)\s+(?:appears|appeared)\s+in"
    r"\s+print\b)"
    r"|^(?:[A-Z][\w.'’-]+\s+){1,3}(?:receives?|has\s+received|does\s+not|do\s+not)\s+(?:[\w,]+\s+){0,6}"
    r"(?:funding|support\s+from|work\s+for|consult|own\s+shares)\b"
)
CLOSING_NOTE_MAX_WORDS = 60
# A company's boilerplate (and what follows it) spans at most this many blocks at the end.
CLOSING_MAX_BLOCKS = 6
# The heading of a release's back matter, alone on its line over it: what the press office tells journalists ("Notes
# to editors") and what its lawyers make it say ("Forward-looking statements", "Safe harbor
# statement"), not the news. ("Editor's note:" opens a note to the reader, which is read.)
_BACK_MATTER = re.compile(r"(?i)^\W*(?:notes?\s+(?:to|for)\s+editors"
                          r"|(?:cautionary\s+(?:note|statements?)\s+(?:regarding|on|about)\s+)?forward[- ]looking"
                          r"\s+(?:statements?|information)|cautionary\s+statements?|safe\s+harbou?r\s+statement)\W*$")
# Press releases end with the company describing itself; that, and what follows, is not the news.
_ABOUT_COMPANY = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s+){1,4}(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:global|leading|world|worldwide"
    r"|international|pioneer|provider|company|manufacturer|supplier|developer|firm|organi[sz]ation)\b"
)


# "About Acme Corp.": the heading over an organisation's description of itself (capitalised words, no "the").
_ABOUT_HEADING = re.compile(r"^\s*About\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s*:?\s*$")


def is_bio(text: str) -> bool:
    """An author's bio or a company's boilerplate: "Ann Lee is a reporter...", "Acme is a leading provider..."."""
    return bool(_BIO.match(text) or _ABOUT_COMPANY.match(text))


def is_about_the_publisher(above: str, text: str) -> bool:
    """An author's bio or a company's boilerplate, or an organisation's text under its "About" heading."""
    return is_bio(text) or _about_itself([above, text], 0)


def _about_itself(texts: list[str], index: int) -> bool:
    """"About Riverside Public Library", then "The Riverside Public Library serves ...": an organisation's own
    boilerplate under its name (a press release's end), not "About the study" and what the study found."""
    heading = _ABOUT_HEADING.match(texts[index])
    if heading is None or index + 1 >= len(texts):
        return False
    name = heading.group(1).strip()
    following = texts[index + 1]
    return following.startswith(name) or following.startswith("The " + name)


def cut_closing_matter(texts: list[str]) -> int:
    """Where the closing matter begins: an author's bio in the second half, or company boilerplate, a closing note
    (credits, a republication notice, a disclosure) or the heading of a release's back matter near the end."""
    for index in range(len(texts) // 2, len(texts)):
        near_end = index >= len(texts) - CLOSING_MAX_BLOCKS
        if _BIO.match(texts[index]) or (near_end and (_ABOUT_COMPANY.match(texts[index])
                                                      or _about_itself(texts, index))):
            return index
        if near_end and (_CLOSING_NOTE.match(texts[index]) or is_production_note(texts[index])) and len(
                texts[index].split()) <= CLOSING_NOTE_MAX_WORDS:
            return index
        if near_end and index + 1 < len(texts) and _BACK_MATTER.match(texts[index]):
            return index  # "Notes to editors" over what the press office adds for journalists
    return len(texts)


# A press release's end mark, alone on its line: "ENDS", "Ends", "-ends-", "###", "# # #". What follows is for
# journalists (notes, contacts), even in a release the user pasted as their own text.
_RELEASE_END = re.compile(r"(?i)^[-–—\s]*(?:ends|#\s?#\s?#)[-–—\s]*$")


def release_end(texts: list[str]) -> int:
    """Where a release's end mark stands in the second half, with its back matter's heading under it, or last and
    marked as only a release marks it ("ENDS", "###": a poem may end on the word "ends"); else len(texts)."""
    for index in range(len(texts) // 2, len(texts)):
        text = texts[index]
        if ("nds" in text or "NDS" in text or "#" in text) and _RELEASE_END.match(text) and (
                (index + 1 < len(texts) and _BACK_MATTER.match(texts[index + 1]))
                or (index + 1 == len(texts) and not any(c.islower() for c in text))):
            return index
    return len(texts)

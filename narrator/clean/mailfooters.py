"""A mailing list's web version copied as text: the banner over it ("View this email in your browser") and the list's
footer under it (the copyright, "You are receiving this email because ...", "Our mailing address is:", the address,
"Want to change how you receive these emails?", "You can update your preferences or unsubscribe from this list.").
The mailing service prints both round every issue; neither is the newsletter, so neither is read."""

from __future__ import annotations

import re

# The banner over the mail: "View this email in your browser", "Having trouble viewing this email? View it online".
# (a webmail client's copy says it shorter: "View in browser", "View online")
_BANNER = re.compile(r"(?i)^\W*(?:having trouble viewing this e-?mail\?\s*)?(?:view|read|open|see)\s+(?:(?:this|it)"
                     r"(?:\s+(?:e-?mail|newsletter|message))?\s+)?(?:in\s+(?:your\s+|a\s+|the\s+)?(?:web\s+)?browser"
                     r"|online)\W*$")
# The footer's own sentences and labels, each the service's: a line opening on one of these.
_FOOTER = re.compile(r"(?i)^\W*(?:you(?:'re| are)? receiv(?:ing|ed) this (?:(?:e-?mail|message|newsletter) )?because"
                     r"|our mailing address is\b|want to change how you receive these e-?mails\b"
                     r"|you can (?:update your preferences|unsubscribe)\b|(?:copyright\s*)?©.{0,80}all rights reserved"
                     r"|(?:unsubscribe|update (?:your )?(?:subscription )?preferences)"
                     r"(?:\s*[|·•]\s*update (?:your )?preferences)?\W*$)")
# The mail's share buttons right over its footer ("Share" / "Tweet" / "Forward", "Forward to a friend").
# (or its links to the sender's pages: "Facebook" / "Instagram")
_SHARE = re.compile(r"(?i)^\W*(?:share|tweet|post|pin|e-?mail|forward(?: (?:this e-?mail )?to a friend)?"
                    r"|facebook|instagram|x|twitter|linkedin|youtube|tiktok|threads|bluesky|mastodon|website)\W*$")
# The footer holds this many of its lines at least (one alone may be a sentence the writer wrote), within the mail's
# last lines.
FOOTER_MARKS = 2
FOOTER_LINES = 12


def without_mail_furniture(groups: list[list[str]]) -> list[list[str]]:
    """The mail's groups of lines without its web version's banner on the first line and its list's footer (from its
    first mark to the end, two marks at least among the last lines); the groups as they are otherwise."""
    texts = [text for group in groups for text in group]
    tail = range(max(0, len(texts) - FOOTER_LINES), len(texts))
    marks = [i for i in tail if ("eceiv" in texts[i] or "ubscri" in texts[i] or "ddress" in texts[i]
                                 or "reference" in texts[i] or "©" in texts[i]) and _FOOTER.match(texts[i])]
    cut = marks[0] if len(marks) >= FOOTER_MARKS else len(texts)
    while cut < len(texts) and cut > 0 and _SHARE.match(texts[cut - 1]):
        cut -= 1  # its share buttons over it
    first = 1 if texts and ("rowser" in texts[0] or "nline" in texts[0]) and _BANNER.match(texts[0]) else 0
    return groups if (first, cut) == (0, len(texts)) else within(groups, first, cut)


def within(groups: list[list[str]], first: int, stop: int) -> list[list[str]]:
    """The groups holding only their lines from the first-th to the one before the stop-th, counted across groups;
    a group left with none goes."""
    kept: list[list[str]] = []
    seen = 0
    for group in groups:
        part = group[max(0, first - seen):max(0, stop - seen)]
        seen += len(group)
        if part:
            kept.append(part)
    return kept

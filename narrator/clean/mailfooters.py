"""A mailing list's web version copied as text: the banner over it ("View this email in your browser") and the list's
footer under it (the copyright, "You are receiving this email because ...", "Our mailing address is:", the address,
"Want to change how you receive these emails?", "You can update your preferences or unsubscribe from this list.").
The mailing service prints both round every issue; neither is the newsletter, so neither is read."""

from __future__ import annotations

import re

# The banner over the mail: "View this email in your browser", "Having trouble viewing this email? View it online".
_BANNER = re.compile(r"(?i)^\W*(?:having trouble viewing this e-?mail\?\s*)?(?:view|read|open|see)\s+(?:this|it)"
                     r"(?:\s+(?:e-?mail|newsletter|message))?\s+(?:in\s+(?:your|a|the)\s+(?:web\s+)?browser|online)\W*$")
# The footer's own sentences and labels, each the service's: a line opening on one of these.
_FOOTER = re.compile(r"(?i)^\W*(?:you(?:'re| are)? receiv(?:ing|ed) this (?:e-?mail|message|newsletter) because"
                     r"|our mailing address is\b|want to change how you receive these e-?mails\b"
                     r"|you can (?:update your preferences|unsubscribe)\b|(?:copyright\s*)?©.{0,80}all rights reserved"
                     r"|(?:unsubscribe|update (?:your )?(?:subscription )?preferences)\W*$)")
# The mail's share buttons right over its footer ("Share" / "Tweet" / "Forward", "Forward to a friend").
_SHARE = re.compile(r"(?i)^\W*(?:share|tweet|post|pin|e-?mail|forward(?: (?:this e-?mail )?to a friend)?)\W*$")
# The footer holds this many of its lines at least (one alone may be a sentence the writer wrote), within the mail's
# last lines.
FOOTER_MARKS = 2
FOOTER_LINES = 12


def without_mail_furniture(groups: list[list[str]]) -> list[list[str]]:
    """The mail's groups of lines without its web version's banner on the first line and its list's footer (from its
    first mark to the end, two marks at least among the last lines); the groups as they are otherwise."""
    flat = [(g, k) for g, group in enumerate(groups) for k in range(len(group))]
    texts = [groups[g][k] for g, k in flat]
    tail = range(max(0, len(texts) - FOOTER_LINES), len(texts))
    marks = [i for i in tail if ("eceiv" in texts[i] or "ubscri" in texts[i] or "ddress" in texts[i]
                                 or "reference" in texts[i] or "©" in texts[i]) and _FOOTER.match(texts[i])]
    cut = marks[0] if len(marks) >= FOOTER_MARKS else len(texts)
    while cut < len(texts) and cut > 0 and _SHARE.match(texts[cut - 1]):
        cut -= 1  # its share buttons over it
    first = 1 if texts and ("rowser" in texts[0] or "nline" in texts[0]) and _BANNER.match(texts[0]) else 0
    if cut == len(texts) and not first:
        return groups
    kept = set(flat[first:cut])
    return [line for line in ([text for k, text in enumerate(group) if (g, k) in kept]
                              for g, group in enumerate(groups)) if line]

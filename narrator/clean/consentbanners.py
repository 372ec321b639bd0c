"""A cookie consent banner copied over a page dump's top ("We value your privacy" / "We and our partners use cookies
to store and access information on your device ..." / "Accept all" / "Manage preferences"): the browser's overlay,
neither the page's header nor the article, so none of it is read nor taken for the title. Only at the very top, and
only with its buttons under it: a story's sentence about cookies has no "Accept all" under it. On an HTML page, the
notice is a small box its class or id names a cookie's, with its button to accept."""

from __future__ import annotations

import itertools
import re
from typing import Any

from narrator.clean.common import more_words_than
from narrator.clean.mailfooters import within

# The banner's sentence or heading: the site (and its partners) "use cookies", "We value your privacy".
_CONSENT = re.compile(r"(?i)\bwe(?: and our (?:[\w-]+ )?partners)? (?:\w+ )?use cookies\b|^\W*we value your privacy\W*$"
                      r"|^\W*(?:this|our) (?:site|website) uses cookies\b")
# Its buttons: "Accept all", "Reject all cookies", "Manage preferences", "Cookie settings", "I agree".
_BUTTON = re.compile(r"(?i)^\W*(?:accept|reject|allow|decline|refuse|manage|customi[sz]e|cookie|i agree|agree|got it"
                     r"|ok)\b[\w ’'&-]{0,30}$")
BUTTON_WORDS = 4
# The banner's sentence stands among the dump's first lines; its buttons right under it.
BANNER_TOP_LINES = 2
BUTTONS_UNDER = 3


def _is_button(text: str) -> bool:
    """A banner's button: a few words opening on its verb ("Accept all", "Manage preferences")."""
    return len(text.split()) <= BUTTON_WORDS and _BUTTON.match(text) is not None


def without_consent_banner(groups: list[list[str]]) -> list[list[str]]:
    """The dump's groups of lines without a consent banner at their top (its heading and sentence, then its buttons);
    the groups as they are when no banner opens the dump."""
    top = [(g, k) for g, group in enumerate(groups[:BANNER_TOP_LINES + BUTTONS_UNDER]) for k in range(len(group))]
    texts = [groups[g][k] for g, k in top]
    said = next((i for i, text in enumerate(texts[:BANNER_TOP_LINES])
                 if ("ookies" in text or "rivacy" in text) and _CONSENT.search(text)), None)
    if said is None:
        return groups
    if said + 1 < len(texts) and "ookies" in texts[said + 1] and _CONSENT.search(texts[said + 1]):
        said += 1  # "We value your privacy" over "We and our partners use cookies ..."
    last = said  # its buttons, right under it
    while last + 1 < len(texts) and last - said < BUTTONS_UNDER and _is_button(texts[last + 1]):
        last += 1
    if last == said:
        return groups
    return within(groups, last + 1, sum(len(group) for group in groups))


# A shop's cookie notice (Magento's '<div class="message global cookie" id="notice-cookie-block">': "We use cookies to
# make your experience better." / "Allow Cookies"): a box its class or id names a cookie's, short, with a button to
# accept. A recipe's box of cookies has no such button; a long box is more than a notice.
_COOKIE_NAMED = re.compile(r"(?i)(?:^|[\s_-])cookies?(?:$|[\s_-]|[A-Z])|cookie[-_]?(?:notice|banner|bar|layer|consent)")
COOKIE_NOTICE_WORDS = 80
COOKIE_BOXES_LOOKED_AT = 4
_NOTICE_BOXES = ("div", "section", "aside", "form")


def drop_cookie_notices(root: Any) -> None:
    """Take out a small box its class or id names a cookie notice, which holds a button to accept it."""
    named = (box for box in root.iter(*_NOTICE_BOXES)
             if _COOKIE_NAMED.search(f"{box.get('class', '')} {box.get('id', '')}"))
    # a page has one or two: a nest of thousands is no page's (each box is looked through whole)
    for box in list(itertools.islice(named, COOKIE_BOXES_LOOKED_AT)):
        if box.getparent() is None or more_words_than(box, COOKIE_NOTICE_WORDS):
            continue
        if any(_is_button(" ".join(control.text_content().split())) for control in box.iter("button", "a")):
            box.drop_tree()



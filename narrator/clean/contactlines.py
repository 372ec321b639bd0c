"""A user's own text that ends in the writer's contact details: its name, telephone and e-mail lines are read."""

from __future__ import annotations

import re

# A letter, notice or application often ends with how to reach its writer, under a sentence that says so and no close
# above it ("My details are below." / "Gareth Morgan" / "01970 623456" / "gareth.morgan@example.co.uk"). Those lines
# are the text's last, each a detail: a name, a telephone number, a postal address, an e-mail address, or the one-word
# label "Contact". A page's footer holds the same details, but under a label ("Contact us") and over the page's own
# lines ("© 2026 ...", "Privacy policy"), so it is no block ending the text under a sentence.
CONTACT_BLOCK_LINES = 5
DETAIL_WORDS = 8
INTRO_WORDS = 3

_LABEL = r"(?:(?:e-?mail|tel|telephone|phone|mobile|mob|address)\s*:?\s+)?"
_EMAIL = re.compile(rf"(?i)^{_LABEL}[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_PHONE = re.compile(rf"(?i)^{_LABEL}\+?[\d(][\d ()-]{{6,18}}\d$")
_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev)\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}$")
_POSTAL = re.compile(r"^\d{1,4}[A-Za-z]? [A-Z][\w'’ -]+,[\w'’, -]+$")
_CONTACT_LABELS = frozenset({"contact", "contact details", "contact:", "contact details:"})


def is_contact_detail(text: str) -> bool:
    """True for one line of a writer's contact details: a name, a telephone number, an address or an e-mail address."""
    line = text.strip()
    if not line or len(line.split()) > DETAIL_WORDS:
        return False
    if "@" in line:
        return _EMAIL.match(line) is not None
    if line.lower() in _CONTACT_LABELS:
        return True
    return any(pattern.match(line) for pattern in (_PHONE, _NAME, _POSTAL))


def in_contact_block(texts: list[str], index: int) -> bool:
    """True for an e-mail line among the text's last lines, all of them the writer's details, under a sentence."""
    if len(texts) - index > CONTACT_BLOCK_LINES or not all(is_contact_detail(text) for text in texts[index:]):
        return False
    start = index
    while start > 0 and is_contact_detail(texts[start - 1]):
        start -= 1
    if start == 0 or len(texts) - start > CONTACT_BLOCK_LINES:
        return False
    above = texts[start - 1].rstrip()
    return len(above.split()) >= INTRO_WORDS and above.endswith((".", ":", "!"))

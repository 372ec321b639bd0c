"""What a page says about itself at the story's end: a column's prompt to write in with questions, and a note on how
the story was produced (a reporting scheme's, a partnership's, a grant's). Neither is the story, and each carries its
own evidence of being the page's: an address or a form to write to, a scheme or a funder to credit."""

from __future__ import annotations

import re

# "Send your questions to Ada at ask@... or use this form", "Email your dilemmas to ...": the column asks the reader
# to write in. The verb opening the line on "your" is not enough ("Send your questions to the council before Friday,
# the chair said" is news): the page's own address or form must be there too.
_WRITE_IN = re.compile(
    r"(?i)^\W*(?:please\s+)?(?:send|e-?mail|submit|post|write\s+in)\s+(?:in\s+)?your\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:questions?|dilemmas?|quer(?:y|ies)|problems?|worries|letters?|stories|tips|photos|views)\b")
# (an address opens where no address character stands before it: tried from inside a long run of them, the search
# went quadratic)
_WHERE_TO_WRITE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
                             r"|(?i:\b(?:this|our|the)\s+(?:online\s+|web\s+)?form\b)")
WRITE_IN_MAX_WORDS = 30


def asks_to_write_in(text: str, words: int) -> bool:
    """A short line asking the reader to send in questions to the page's address or form."""
    return (words <= WRITE_IN_MAX_WORDS and ("@" in text or "form" in text) and "your" in text.lower()
            and _WRITE_IN.match(text) is not None and _WHERE_TO_WRITE.search(text) is not None)


# "This article was produced by a Local Democracy Reporter under the BBC-funded scheme", "This story was produced in
# partnership with ...", "This report was supported by a grant from ...": the story's credit to whoever paid for it or
# made it, printed under it. Saying the story "was produced by" someone is not enough ("This story was produced by the
# school's drama club"): a scheme, partnership, grant or fund names the credit.
_PRODUCED = re.compile(
    r"(?i)^this\s+(?:article|story|report|piece|series|coverage|content)\s+(?:is|was|has\s+been)\s+"
    r"(?:(?:produced|published|supported|funded|made\s+possible|written|reported|created)\s+"
    r"(?:by|with|in|through|under|as\s+part\s+of|thanks\s+to)|part\s+of)\b"
    r"[^.]{0,200}?\b(?:scheme|partnership|grants?|fund(?:s|ed|ing)?|initiative|fellowship|programme|program"
    r"|collaboration|consortium)\b")


def is_production_note(text: str) -> bool:
    """A closing note crediting a scheme, partnership or funder with the story."""
    return text[:5].lower() == "this " and _PRODUCED.match(text) is not None


# A help page's prompt above or under its answers: "Can't find your answer here? Send us a message", "Didn't find
# what you were looking for? Contact our team". The question alone may be the writer's ("Can't find your keys? Look in
# the fridge"): the page asks the reader to get in touch right after it.
_CANT_FIND = re.compile(
    r"(?i)^\W*(?:still\s+)?(?:can['’]?t|cannot|can\s+not|couldn['’]t|didn['’]t|did\s+not)\s+find\s+"
    r"(?:your|the|an|what\s+you)\b[^?]{0,60}\?\s+(?:please\s+)?(?:send\s+us|contact|get\s+in\s+touch|e-?mail\s+us"
    r"|write\s+to\s+us|ask\s+us|call\s+us|chat\s+with\s+us|message\s+us|talk\s+to\s+us|reach\s+out)\b")


def is_help_prompt(text: str) -> bool:
    """A help page's "Can't find your answer? Send us a message": its prompt to get in touch, not an answer."""
    return "find" in text and _CANT_FIND.match(text) is not None

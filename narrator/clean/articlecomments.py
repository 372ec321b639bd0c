"""Readers' comments a page puts inside its article element under their own heading ("3 comments", "Kommentare",
"Comentarios (2)", "What readers say"), after the article's own text: taken out when the entries under the heading
look like comments too (a name and a date or "2 hours ago", "Reply" or "Like" links, an avatar; or, bare, short
paragraphs in a reader's own voice). A heading alone is no evidence: a council report's "Comments from the public",
a paper's "Discussion" and a planning report's consultees under "Comments" are the article's own sections."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash

# The words a comments section is headed with, in the languages the pages bring; a count before or after them.
_COMMENT_WORDS = (r"comments?|kommentare?|commentaires?|comentarios?|commenti|commento|coment[áa]rios?|reacties?|"
                  r"reactions?|responses?|replies|antworten|r[ée]ponses|respuestas|risposte|respostas|discussion|"
                  r"diskussion|thoughts")
_COMMENTS_HEAD = re.compile(
    rf"(?i)(?:(?:\d{{1,6}}\s+)?(?:reader(?:s'|s)?\s+)?(?:{_COMMENT_WORDS})(?:\s*\(\d{{1,6}}\))?"
    r"(?:\s+(?:on|to|zu|sur|sobre|su|em|a)\s+\S.{0,200})?|what (?:our )?readers (?:say|think)|"
    r"leave a (?:reply|comment)|join the (?:discussion|conversation)|schreibe einen kommentar|"
    r"laisser un commentaire|deja (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) coment[áa]rio)\s*:?")
# Headings that name comments and nothing else: only under these are bare paragraphs taken for comments ("Discussion"
# and "Responses" head papers' and reports' own sections).
_NAMES_COMMENTS = re.compile(r"(?i)\d{0,6}\s*(?:reader(?:s'|s)?\s+)?(?:comments?|kommentare?|commentaires?|"
                             r"comentarios?|commenti|coment[áa]rios?|reacties)(?:\s*\(\d{1,6}\))?\s*:?")

# What an entry's furniture says: its buttons, and when it was posted.
_ACTIONS = frozenset({"reply", "like", "report", "share", "flag", "antworten", "melden", "gefällt mir", "répondre",
                      "signaler", "j'aime", "responder", "me gusta", "denunciar", "rispondi", "segnala", "mi piace",
                      "curtir", "reageer", "permalink"})
_WHEN = re.compile(r"(?i)\b(?:\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|vor\s+\d{1,3}\s+\w+|"
                   r"il y a\s+\d{1,3}\s+\w+|hace\s+\d{1,3}\s+\w+|h[áa]\s+\d{1,3}\s+\w+|\d{1,3}\s+\w+\s+fa|"
                   r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|\d{4}-\d\d-\d\d)\b")
# A reader's own voice: the first person singular, a question or an exclamation.
_OWN_VOICE = re.compile(r"(?i)[!?¡¿]|\b(?:i|i'm|i've|my|me|ich|mich|mir|mein\w*|je|j'|moi|mon|ma|mes|yo|mi|mí|"
                        r"ojalá|io|mio|mia|eu|meu|minha)\b")
# Only inside an article element: comments beside it are the extractor's to leave out, and a forum's page (Lemmy's
# "12 Comments" under a post in <main>) keeps its discussion.
_HEADINGS = etree.XPath("//article//h2 | //article//h3 | //article//h4 | //article//h5")
ENTRY_WORDS = 150
NAME_WORDS = 4
_NOT_A_SENTENCE = re.compile(r"(?:[^.!?]|\b[A-Z]\.)$")  # "Sylvie M." ends on an initial's stop
DATE_LINE_WORDS = 8  # a date or an age on a line of its own (a poster's line), not in a sentence
BARE_COMMENT_WORDS = 40
MIN_BARE_COMMENTS = 2


def _entries(heading: Any) -> list[Any]:
    """The elements after the heading to its section's end, a single box of them opened."""
    entries = [e for e in heading.itersiblings() if isinstance(e.tag, str)]
    while len(entries) == 1 and len(entries[0]) > 1:
        entries = [e for e in entries[0] if isinstance(e.tag, str)]
    return entries


def _marked(entry: Any) -> bool:
    """An entry with a comment's furniture: a time, a date or an age, a reply or like button, an avatar."""
    if entry.find(".//time") is not None or entry.find(".//img") is not None:
        return True
    if any(squash(e.text_content()).lower().rstrip(".") in _ACTIONS for e in entry.iter("a", "button")):
        return True
    return _named(entry) or any(_WHEN.search(part.text_content()) and len(part.text_content().split())
                                <= DATE_LINE_WORDS for part in entry.iterdescendants() if isinstance(part.tag, str))


def _named(entry: Any) -> bool:
    """An entry that opens on its poster's name, a few words of their own element, its paragraph after it."""
    while len(entry) == 1 and entry[0].tag != "p":
        entry = entry[0]
    first = next((e for e in entry if isinstance(e.tag, str)), None)
    if first is None or first.tag == "p" or (entry.text or "").strip():
        return False
    name = squash(first.text_content())
    return (0 < len(name.split()) <= NAME_WORDS and _NOT_A_SENTENCE.search(name) is not None
            and any(e.tag == "p" for e in first.itersiblings()))


def _shaped_like_comments(heading: Any, entries: list[Any]) -> bool:
    """The entries are comments: most marked as such and none long; or bare short paragraphs, most in a reader's
    voice, under a heading that names comments."""
    said = [e for e in entries if e.tag not in ("h2", "h3", "h4", "h5") and squash(e.text_content())]
    if not said or any(len(e.text_content().split()) > ENTRY_WORDS for e in said):
        return False
    if 2 * sum(1 for e in said if _marked(e)) > len(said):
        return True
    return (len(said) >= MIN_BARE_COMMENTS and all(e.tag == "p" for e in said)
            and all(len(e.text_content().split()) <= BARE_COMMENT_WORDS for e in said)
            and 2 * sum(1 for e in said if _OWN_VOICE.search(e.text_content())) >= len(said)
            and _NAMES_COMMENTS.fullmatch(squash(heading.text_content())) is not None)


def _at_the_end(heading: Any) -> bool:
    """Nothing of the article's after the heading's section: no paragraph after it up to the article's end."""
    for part in heading.iterancestors():
        if part.tag == "article":
            return True
        if any(e.find(".//p") is not None or e.tag == "p" for e in part.itersiblings() if isinstance(e.tag, str)):
            return False
    return True


def _words_before(heading: Any, section: list[Any]) -> int:
    """The words of the article's paragraphs before the heading (the section's own left out)."""
    article = next(heading.iterancestors("article"), None)
    if article is None:
        return 0
    inside = {p for e in section for p in e.iter("p")}
    return sum(len(p.text_content().split()) for p in article.iter("p") if p not in inside)


def _prose_words(elements: list[Any]) -> int:
    """The words of the paragraphs in the elements (of their text where they hold none): a poster's line, a date and
    a form's buttons are not the comments' weight."""
    paragraphs = [p for e in elements for p in e.iter("p")]
    return sum(len(p.text_content().split()) for p in paragraphs or elements)


def drop_comments_in_article(root: Any) -> None:
    """Take out the readers' comments under their own heading at the end of an article, when the entries are shaped
    like comments and the article's own text outweighs them (a thread's page is its comments)."""
    looked: set[Any] = set()  # one section to a parent, from its first such heading: a walk of each was their square
    for heading in _HEADINGS(root):
        parent = heading.getparent()
        if parent is None or parent in looked or not _COMMENTS_HEAD.fullmatch(squash(heading.text_content())):
            continue
        looked.add(parent)
        section = [e for e in heading.itersiblings() if isinstance(e.tag, str)]
        if not section or not _at_the_end(heading) or not _shaped_like_comments(heading, _entries(heading)):
            continue
        if _words_before(heading, section) <= _prose_words(section):
            continue
        for element in section:
            element.drop_tree()
        heading.drop_tree()

"""What a line of scraped page text looks like: prose, heading, interface string, caption, timestamp.

These are general statistics of written prose (length, stop words, sentence punctuation, case)
and of page furniture (short imperative prompts, credits, clock times); nothing names a site. A photo's credit is
told by clean/credits.py; whether a measured line reads as prose, by clean/prose.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrator.clean.credits import has_credit, is_rights_notice
from narrator.clean.marketplace import BUTTON_WORDS, listing_button
from narrator.clean.notices import (
    DISCLAIMER,
    FORUM_STATE,
    LEGAL,
    LICENCE_NOTICE,
    REGISTRATION,
    SEND_US,
    SIGN_UP_CONSENT,
    SOCIAL,
    SOFTWARE_CREDIT,
    asks_to_be_sent,
    is_count_line,
    is_forum_state,
    is_hit_counter,
    is_licence_notice,
    is_registration,
    is_software_credit,
    is_thanked_by,
    is_wiki_status,
)
from narrator.clean.pagenotes import asks_to_write_in
from narrator.clean.stopwords import STOP_WORDS as STOP_WORDS  # read from here too (clean/language.py, the text path)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A sentence's stop may carry an encyclopedia's footnote marks after it ("... well-governed states.[86]", "...
# minister.[a][12]", "... today.[citation needed]"): the sentence still ends there.
_FOOTNOTE_MARK = r"\[(?:\d{1,4}(?:\s?[,–-]\s?\d{1,4})*|[a-z]{1,4}\s?\d{1,4}|[a-z][a-z ]{0,30})\]"
# A sentence signed after a dash by its writer's first name or two ("Thank you for a wonderful year. - Hannah") still
# ends on its stop: the name is its signature, as a shop's or a club's note is signed.
TERMINAL = re.compile(r"""[.!?…:;。！？]['"’”)\]」』]*$|[.!?]\s*\(\w[^()]{0,60}\)$"""
                      rf"""|[.!?…]['"’”)]*(?:{_FOOTNOTE_MARK})+$"""
                      r"""|[.!?]['"’”)]*\s[-–—]\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$""")
# Clock times ("9:30", "8:22AM", "4 p.m."), not prices or decimals ("$67.77", "0.36%").
_CLOCK = re.compile(
    r"(?<![\d$£€.,])\b\d{1,2}:\d\d(?::\d\d)?\b|(?<![\d$£€.,])\b\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b\.?", re.I
)
# "5 hours ago", and as feeds and forums shorten it: "6h ago", "2d ago", "3 wk. ago".
_AGO = re.compile(r"\b\d+\s*(?:s|sec|second|m|min|minute|h|hr|hour|d|day|w|wk|week|mo|month|y|year|yr)s?\.?\s+ago\b",
                  re.I)
_READ_TIME = re.compile(r"\b\d+\s*min(?:ute)?s?\s+read\b", re.I)
# A line with a clock time and at most this many words is a header ("Ann on May 2 at 4:47 pm said:").
CLOCK_HEADER_WORDS = 12
# A caption with its credit is shorter than this; a longer paragraph that names "Getty Images" is prose.
CREDIT_SCAN_WORDS = 150
# Longest line still taken for a prompt, and for a legal notice.
PROMPT_MAX_WORDS = 30
LEGAL_MAX_WORDS = 60
# Verbs that open calls to action; with a second-person or promotional word they mark a prompt.
_CTA_VERBS = frozenset(
    (
        "subscribe", "sign", "join", "support", "become", "donate", "visit", "click", "tap", "download",
        "follow", "share", "read", "watch", "listen", "get", "register", "log", "login", "create", "try",
        "upgrade", "start", "continue", "unlock", "enter", "learn", "discover", "explore", "buy", "shop",
        "see", "view", "sponsored", "advertisement", "advertise", "contribute", "give", "help", "keep",
        "stand", "back", "fund",
    )
)
_CTA_WORDS = frozenset(
    (
        "us", "our", "newsletter", "newsletters", "today", "now", "free", "here", "more", "top",
        "subscribe", "subscription", "member", "membership", "account", "inbox", "email", "app", "podcast",
        "offer", "trial", "access", "daily", "weekly", "sign", "friend", "friends", "story", "article",
        "alerts", "updates", "delivered", "download",
    )
)
# Verbs that ask for the reader's action on the page itself: with "you" or "your", or alone in a button
# ("Subscribe", "Read more"), they make a prompt. Other verbs ("try", "get", "keep") open advice just as often,
# and need a word about the publication ("our newsletter", "now", "free").
_PAGE_VERBS = frozenset(
    (
        "subscribe", "sign", "join", "support", "donate", "visit", "click", "tap", "download", "follow", "share",
        "read", "watch", "listen", "register", "log", "login", "upgrade", "continue", "unlock", "sponsored",
        "advertisement", "advertise", "view", "see", "learn",
    )
)
_READER_WORDS = frozenset(("you", "your", "you're", "you’re"))
# "you" marks a prompt only in a sentence this short ("Share it with your friends"); "Follow the path until you
# reach the mill" is directions.
READER_PROMPT_WORDS = 8
# A row of a page's tabs and tools, nothing else on its line: "Read Edit View history", "Article Talk", "Print Share".
_TAB_WORDS = frozenset({
    "read", "edit", "view", "history", "source", "talk", "article", "discussion", "share", "print", "save", "tools",
    "menu", "search", "log", "login", "logout", "sign", "register", "watch", "watchlist", "contributions", "languages",
    "download", "pdf", "email", "copy", "link", "comments", "reply", "report", "hide", "show", "expand", "collapse",
    "contents", "top", "add", "new", "topic", "section",  # a talk page's button over its tabs: "Add topic"
})
TAB_ROW_WORDS = 6
# "Subscribe to The Quiet Economy", "Follow Jane Doe": a button naming the publication or the writer (capitals, no
# stop); "Follow the path" and "Subscribe to the idea that..." are prose.
_NAMED_BUTTON = re.compile(
    r"^\s*(?:Subscribe to|Follow|Donate to)\s+(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*\s*$")
NAMED_BUTTON_WORDS = 7
# A link to a file names its type and often its size in brackets ("Download the accounts (PDF, 1.2 MB)", the EU's
# "English (145.2 KB - PDF)"): a short line without a stop, the page's, where a sentence may name a file in passing.
_FILE_TYPES = r"(?:PDF|DOCX?|XLSX?|ODT|CSV|ZIP|EPUB|MP3|PPTX?)"
_FILE_LINK = re.compile(rf"\((?:{_FILE_TYPES}(?:,\s*[\d.,]+\s*[KMG]B)?|[\d.,]+\s*[KMG]B\s*[-–,]\s*{_FILE_TYPES})\)\s*$",
                        re.I)
FILE_LINK_WORDS = 10
# A prompt is short; a longer imperative sentence is the article's advice ("Try joining a local club to ...").
PROMPT_SENTENCE_WORDS = 16
# "5. Try yoga": a numbered step is the article's own list.
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s")
# One prompt word ("email", "newsletter") makes a line a prompt only when the line is no longer than this.
PROMPT_WORD_LINE_WORDS = 3
# A sentence with its stop this long that speaks to no reader is a statement, whatever prompt words it holds.
STATEMENT_WORDS = 7
# Words of a prompt or a form ("Save my name, email, and website in this browser for the next time I comment.")
_ASKING_WORDS = frozenset(
    ("you", "your", "you're", "you’re", "our", "us", "we", "my", "me", "i", "today", "now", "free", "here"))

_PROMPT_STEM = re.compile(r"(?i)((un)?subscri|newsletter|sign(ed)?$|donat|membership|inbox|e-?mail|log(ged)?$"
                          r"|comments?$)")
# "More information at www.example.org": a pointer elsewhere, not the article (English, German, French, Spanish).
_POINTER = re.compile(r"(?i)^(?:(?:for )?(?:more|further) info(?:rmation)?|weitere (?:infos?|informationen)"
                      r"|mehr (?:infos?|informationen)|plus d['’]informations?|más información)\b.{0,40}"
                      r"(?:https?://|www\.|\b[\w-]+\.(?:com|org|net|de|ch|at|fr|es|uk|eu|io)\b)")
# What a page's scripts say to the reader, not the article: "Please wait...", "Please try again later".
_INTERFACE = re.compile(r"(?i)(?:^|[.!?…]\s+)(?:please (?:wait|try again)|loading\.\.\.)"
                        r"|\b(?:try again later|temporarily unavailable|(?:enable|requires?) javascript"
                        r"|javascript (?:is )?(?:disabled|required)|thanks for (?:signing up|subscribing)"
                        # a guidance page's alert button: "Get emails about this page", "Get email alerts"
                        r"|^\s*get (?:emails?|email alerts|updates) (?:about|on|for) this (?:page|topic|guidance)"
                        # a thread's or a post's state: "Comments are closed.", "Archived post. New comments cannot
                        # be posted and votes cannot be cast."
                        r"|comments are (?:now )?closed|new comments cannot be posted|votes cannot be cast)\b"
                        # "Story continues below advertisement", "Story continues" alone (a syndicator's fold),
                        # "Advertisement - Scroll to continue"
                        r"|^(?:the\s+)?(?:story|article|content|text)\s+continues(?:\s+(?:below|after)"
                        r"(?:\s+(?:the\s+|this\s+)?(?:ad|advert|advertisement))?)?\W*$"
                        r"|^advertisement\W+scroll\s+to\s+continue\W*$"
                        # a board's word to its visitor: "You are not logged in.", "You are logged in as ann_lee."
                        r"|^you are (?:not |now )?logged (?:in|out)(?: as \S+(?: \S+)?)?\W*$"
                        # a page's tool named for the page itself: "Print this page", "Email this article"
                        r"|^(?:print|e-?mail|save|bookmark)\s+this\s+(?:page|article|story|post|recipe)\W*$"
                        # a paywall's notice: "This article is for subscribers only.", "The rest of this story is
                        # available to members"
                        r"|^(?:this|the rest of this|the full)\s+(?:article|story|content|post|piece)\s+is\s+"
                        r"(?:only\s+)?(?:for|available\s+(?:to|for)|reserved\s+for)\s+(?:our\s+)?(?:paying\s+|premium\s+)?"
                        r"(?:subscribers|members)(?:\s+only)?\W*$")
# A promotion's opening question about the page itself ("Enjoying this article?", "Like this story?", "Found this post
# useful?"), with what it offers after it on the same short line.
_ASKS_ABOUT_THE_PAGE = re.compile(
    r"(?i)^\s*(?:(?:are you |do you )?(?:enjoy(?:ing|ed)?|lik(?:e|ed|ing)|lov(?:e|ed|ing)|found|finding"
    r"|appreciat(?:e|ed|ing)|value|valued))\s+(?:reading\s+)?this\s+(?:article|story|post|piece|newsletter|content|podcast|episode|page)"
    r"\b[^.?!]{0,30}\?")
ASKING_PROMPT_WORDS = 20
# The same promotion opening on the reader's liking of the page ("If you enjoyed this article, we have a proposition
# for you: Join ...", "If you value our journalism, please ..."), however long the offer after it.
_IF_YOU_LIKED = re.compile(
    r"(?i)^\s*if you (?:enjoy(?:ed)?|lik(?:e|ed)|lov(?:e|ed)|found|appreciat(?:e|ed)|valu(?:e|ed)) (?:reading )?"
    r"(?:this|our) (?:article|story|post|piece|newsletter|content|podcast|episode|page|journalism|reporting|work)\b")
# A show's closing prompt naming where to listen ("Subscribe on Apple Podcasts, Spotify or wherever you get your
# podcasts."): the stock phrase or a podcast app is the page's own evidence, as "this article" is. "Spotify"
# alone is left out: an album "out on Spotify" is news.
_LISTENING_APPS = re.compile(r"(?i)\bwherever you (?:get|find|listen to) (?:your|all your|good) podcasts\b"
                             r"|\b(?:on|in|via) (?:apple podcasts|google podcasts|pocket casts|overcast|castbox)\b")

# How a show's prompt to listen opens ("Subscribe on ...", "Listen wherever ...", "Find us on ...").
_LISTENING_VERBS = frozenset(("subscribe", "listen", "follow", "find", "rate", "review", "available", "hear"))


def names_a_listening_app(text: str) -> bool:
    """A show's prompt naming where to listen ("... or wherever you get your podcasts", "on Apple Podcasts")."""
    return _LISTENING_APPS.search(text) is not None


# "From Wikipedia, the free encyclopedia": a wiki's tagline, right under its headline (and its tabs).
# A wiki's tagline under its headline: "From Wikipedia, the free encyclopedia", "From Wikinews, the free news source
# you can write!", "From Wikivoyage, the free travel guide".
WIKI_TAGLINE = re.compile(r"^\s*From\s+\w+(?:\s\w+)?,\s+the\s+free\s+(?:encyclopedia|dictionary|news\s+source"
                          r"|travel\s+guide|media\s+repository|library|textbooks?|quotations?)"
                          r"(?:\s+(?:that\s+)?(?:you|anyone)\s+can\s+(?:write|edit))?\W*$", re.I)
INTERFACE_MAX_WORDS = 12
# "Related: Headline", "Read more: Headline": a link to another story.
_TEASER_PREFIX = re.compile(r"(?i)^(?:(?:related|read more|read also|also read|see also|more|watch|listen"
                            r"|(?:à )?lire aussi|voir aussi|lee también|leer más|ver también|leia também|leia mais"
                            r"|leggi anche|lesen sie auch|mehr zum thema)\s*:"
                            r"|(?:also )?on [\w-]+\.[a-z]{2,}(?:\.[a-z]{2,})?\s*:?)\s*\S")
POINTER_MAX_WORDS = 14
# A prompt sentence making up this share of a longer line makes the line a prompt ("Need more space? Subscribe...").
PROMPT_SHARE = 0.6
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A word mixing Latin and Cyrillic letters is obfuscated spam ("Yоur" with a Cyrillic o).
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z]")
_WORD_RUN = re.compile(r"\w+")

# The title of a box of links to other stories: "More from UK", "Related", "You may also like..."; or of one link, its
# headline on the next line in a dump of one element a line ("Also on example.com", "Read more:").
_WIDGET_LABEL = re.compile(
    r"(?i)^(?:more(?: (?:from|on|in|about) [\w .'’&-]{1,40}| to read"
    r"|(?: [\w'’&-]+){0,3} (?:news|stories|articles|coverage|videos|reads|columns|headlines|posts))?|related(?: \w+)?"
    r"|other(?: [\w'’&-]+){0,2} (?:news|stories|articles|columns|headlines|posts|videos)"
    r"|most (?:popular|read|viewed|shared)|you (?:may|might) (?:also )?like"
    r"|(?:(?:our )?editors?['’]?s?\s)?recommend(?:ed|ations)(?: (?:for you|reading|stories|articles|videos))?"
    r"|read (?:next|also)|see also|trending(?: now)?|editors?['’]?s? picks?|(?:latest|top) (?:news|stories)"
    r"|next up(?: in(?: [\w'’&-]+){1,3})?|up next|what to read next|more like this"
    r"|don['’]t miss|(?:also )?on [\w-]+\.[a-z]{2,}(?:\.[a-z]{2,})?)\s*[:.…]*$"
)
WIDGET_LABEL_WORDS = 6


# A line in Title Case has at least this share of its words capitalised; a deck (the summary under a headline) in
# sentence case at most this share.
TITLE_CASE_SHARE = 0.5
DECK_CAPITAL_SHARE = 0.25
# A press release's label above its headline ("FOR IMMEDIATE RELEASE", "PRESS STATEMENT", "Embargoed"): no title.
RELEASE_LABEL = re.compile(
    r"(?i)^\s*(?:for\s+immediate\s+release|(?:press|news|media)\s+(?:release|statement)"
    r"|embargoed(?:\s+(?:until|till)\b.*)?)\s*[:.]?\s*$")


@dataclass(frozen=True)
class Line:
    """One non-empty line of page text and what it looks like."""

    index: int
    text: str
    group: int
    """Lines separated by no blank line share a group (html-text puts blank lines around paragraphs)."""
    words: int
    stop_ratio: float
    capital_ratio: float
    terminal: bool
    clock: bool
    cta: bool
    credit: bool


def words_of(text: str) -> list[str]:
    """The letter words of a line."""
    return _WORD.findall(text)


# What happens at a time, after it ("10:30am: Family Service", "7pm - Quiz night"): a programme's line.
_EVENT_AFTER_CLOCK = re.compile(r"\s*[:–—-]\s*[^\W\d_]")


def is_timed_event(text: str) -> bool:
    """A line that says what happens at its time ("Sunday 12 May, 10:30am: Family Service"), not a post's stamp."""
    return any(_EVENT_AFTER_CLOCK.match(text, found.end()) for found in _CLOCK.finditer(text))


def has_clock(text: str) -> bool:
    """A clock time or "5 hours ago": the mark of feeds, comments and timelines."""
    return bool(_CLOCK.search(text) or _AGO.search(text) or _READ_TIME.search(text))


def words_before_clock(text: str) -> int:
    """How many words come before the line's first clock time (or "5 hours ago"); -1 when it has none."""
    found = [m.start() for m in (_CLOCK.search(text), _AGO.search(text), _READ_TIME.search(text)) if m]
    return len(words_of(text[:min(found)])) if found else -1


# Prompts' verbs that open a writer's sentence as often as nouns ("Shop shut today.", "Help arrived at noon.", "Share
# prices fell."): with a stop, and a word after them that no prompt puts there (an article, a pronoun, a particle, a
# word of the page), they are the sentence's subject. "Shop now", "Help us", "Share this" are prompts.
_NOUN_VERBS = frozenset(("shop", "back", "help", "stand", "start", "fund", "support", "view", "share", "watch"))
_AFTER_A_PROMPTS_VERB = frozenset(("it", "me", "them", "yours", "here", "today", "now", "free", "online", "all"))
# A verb joined to the next word by a hyphen is the first half of a noun ("Follow-up visits", "Sign-up sheets").
_COMPOUND_OPENING = re.compile(r"^\W*[^\W\d_]+-[^\W\d_]")
# A sentence closing on who said it ("Visit our grandmother every Friday, my mother told us.") reports speech; a page's
# prompt is said by no one.
_ATTRIBUTED = re.compile(r",\s*(?:[\w'’]+\s+){1,3}(?:said|says|told|tells|asked|wrote|added|replied)\b(?:\s+\w+)?\W*$")
# "Subscribe to the view that less is more": to agree with an idea, not to sign up for the page.
_SUBSCRIBE_TO_AN_IDEA = re.compile(r"(?i)^\W*subscrib\w*\s+to\s+(?:the|this|that|an?)\s+(?:[\w'’-]+\s+){0,2}?"
                                   r"(?:idea|view|notion|theory|belief|thought|opinion|school|philosophy|principle)s?\b")
# A sentence that tells of the past is the writer's ("Buy one, get one free was the only offer that worked."); a
# prompt speaks to the reader of now.
_PAST_WORDS = frozenset(("was", "were"))


# What a publication offers: a sentence naming it is the page's prompt, however long ("Join us every week for the
# latest stories from the valley.", "Join us for a live chat with the editor on Thursday.").
_PUBLICATION_WORDS = frozenset(("stories", "articles", "latest", "news", "episode", "episodes", "videos", "posts",
                                "podcasts", "website", "site", "channel", "feed", "editor", "editors", "newsroom",
                                "journalism", "journalists", "reporters", "reporting", "updates", "alerts", "delivered",
                                "reports"))
# An invitation to come along that runs on to a matter of its own ("Join us at the hall on Thursday and bring a friend,
# as the quiz needs teams of six."): a story's sentence of this many words whose only prompt words are "us" and friends.
STORY_INVITATION_WORDS = 12
_INVITED = frozenset(("us", "friend", "friends"))
# "Read more about the harbour wall and ...": a teaser names its topic after "more" and a preposition; the writer's
# sentence points back to what it told ("Read more about it in the town library.") or reads on ("Read more slowly").
_TEASER_PREPOSITIONS = frozenset(("about", "on", "of", "from", "in", "at"))
_BACK_REFERENCES = frozenset(("it", "them", "him", "her", "that", "those"))


def _teaser(lower: list[str]) -> bool:
    """"Read more about the harbour wall ...", "See more of the show ...": a link naming another page's topic."""
    return (lower[1:2] == ["more"] and len(lower) > 3 and lower[2] in _TEASER_PREPOSITIONS
            and lower[3] not in _BACK_REFERENCES)


def _prompt_sentence(words: list[str], text: str) -> bool:
    """One short sentence that opens with a call-to-action verb and speaks of the page or the reader's action."""
    lower = [w.lower() for w in words]
    if not lower or lower[0] not in _CTA_VERBS or len(lower) > PROMPT_SENTENCE_WORDS:
        return False
    if lower[:2] == ["see", "you"]:
        return False  # "See you there!", "See you next week": a farewell; a page says "See more", "See all"
    rest = set(lower[1:])
    if (_COMPOUND_OPENING.match(text) or (rest & _PAST_WORDS and not rest & _READER_WORDS) or _ATTRIBUTED.search(text)
            or _SUBSCRIBE_TO_AN_IDEA.match(text)):
        return False
    asking = [word for word in lower[1:] if word in _CTA_WORDS]
    ended = bool(TERMINAL.search(text.rstrip()))
    if (ended and len(lower) >= STORY_INVITATION_WORDS and lower[:2] in (["join", "us"], ["visit", "us"])
            and set(asking) <= _INVITED and not rest & _PUBLICATION_WORDS):
        # "Join us this Saturday and bring a friend, as the big yurt holds twenty.": a story's last paragraph asks its
        # readers along, with a reason of its own; a box's "Join us today and bring a friend!" is short
        return False
    if ended and lower[0] in _NOUN_VERBS and len(lower) > 1 and lower[1] not in (
            STOP_WORDS | _CTA_WORDS | _READER_WORDS | _AFTER_A_PROMPTS_VERB):
        return False  # "Shop shut today.": the shop, and what it did
    if lower[0] in _PAGE_VERBS:
        reader = len(lower) <= READER_PROMPT_WORDS and bool(rest & _READER_WORDS)
        if (ended and not reader and len(lower) >= READER_PROMPT_WORDS and asking == lower[1:2]
                and not _teaser(lower) and not rest & _PUBLICATION_WORDS):
            # "Join us for tea after the service on Sunday.", "Read more about it in the town library.": the prompt's
            # words open a whole sentence that goes on to a matter of its own, not the page's
            return False
        return len(lower) <= 3 or reader or bool(asking)
    return bool(asking)


def _mixed_script(text: str) -> bool:
    """A word mixing Latin and Cyrillic letters, found word by word.

    One pattern with two lookaheads scanned to each word's end from every letter of it: a line holding one
    long Cyrillic word took 75 s for 200 kB.
    """
    return any(_CYRILLIC.search(word) and _LATIN.search(word) for word in _WORD_RUN.findall(text))


# A page's links for keyboards and screen readers: "Skip to main content", "Jump to navigation", "Back to top".
_SKIP_LINK = re.compile(r"^\s*(?:skip|jump|go|back|return)\s+to\s+(?:the\s+)?(?:main\s+|primary\s+)?"
                        r"(?:content|navigation|nav|menu|search|footer|top|article|main|site)\b\W*$", re.I)


# A page's link back to the list it was opened from, alone on its line: "Back to news", "Return to the blog", "Back to
# all posts", "Back to search results". The list's name is one of a site's (a newsletter's "Back to school" is none).
_BACK_LINK = re.compile(r"(?i)^\W*(?:back|return)\s+to\s+(?:the\s+|all\s+)?(?:latest\s+|search\s+)?(?:news|blog|posts?"
                        r"|articles?|stories|results|press releases|events|listings|notices|jobs|forum|topics|threads?"
                        r"|overview|index|homepage|home ?page)\W*$")


# A site's account name, a word or more joined by underscores ("Jane_T", "brick_and_mortar_77"): a forum's or a
# thread's user, never a person's name as a byline writes it, nor a headline.
_HANDLE = re.compile(r"^\s*@?(?=\w*[^\W\d_])\w+_\w*\s*$")


def is_handle(text: str) -> bool:
    """True for an account name joined by underscores, alone: "Jane_T", "quiet_neighbour_22"."""
    return _HANDLE.match(text) is not None


def is_skip_link(text: str) -> bool:
    """A page's link past its menu ("Skip to main content"), the first line of many dumps."""
    return _SKIP_LINK.match(text) is not None


def is_tabs(words: list[str]) -> bool:
    """True when every word is the name of a page's tab or tool ("Read", "Edit", "View history", "Tools")."""
    return bool(words) and all(word.lower() in _TAB_WORDS for word in words)


# A blog engine's labels above its share and like buttons, alone on their line, in the languages narrator reads
# ("Share this:" is a prompt by its verb): WordPress's own wording and its translations.
_BLOG_LABELS = frozenset((
    "like this", "share this", "share on", "teilen sie dies mit", "teilen mit", "diesen beitrag teilen", "teilen",
    "gefällt mir", "partager", "partager cette page", "partager cet article", "j'aime", "j’aime", "compartir",
    "comparte esto", "compartir esto", "me gusta", "condividi", "condividi questo articolo", "mi piace",
    "compartilhe isso", "compartilhe", "partilhe isto", "partilhar", "curtir isso", "gostar disto",
    # a share button's label alone on its line: "FACEBOOK", "TWITTER", "Copy link"
    "facebook", "twitter", "instagram", "linkedin", "whatsapp", "pinterest", "reddit", "tumblr", "telegram",
    "messenger", "flipboard", "bluesky", "mastodon", "copy link", "share on facebook", "share on twitter",
))


# Another page's card set inside the article, as a dump gives it: its excerpt cut off before its link ("Before
# walking up to… Read more"), or its headline said twice or more on one line (its link, its image's alt text and its
# title all name it). An article's own sentence is neither cut short before a link nor, without its stop, said again.
_CUT_EXCERPT = re.compile(r"(?i)(?:…|\.\.\.)(?:\s*\[?\s*(?:read more|continue reading|keep reading|read on)\b\W*)+$")
CARD_HEADLINE_MIN_WORDS = 3


def is_card_line(text: str) -> bool:
    """True for another page's card in the article: an excerpt cut off before "Read more", or a headline said twice."""
    if ("…" in text or "..." in text) and _CUT_EXCERPT.search(text):
        return True
    space = text.find(" ")
    if space < 0 or text.find(text[:space + 1], space) < 0:
        return False  # a headline said again opens on its first word again
    words = text.split()
    count = len(words)
    for times in (2, 3, 4):
        size = count // times
        if size < CARD_HEADLINE_MIN_WORDS:
            return False
        if size * times == count and words[size] == words[0] and words[:size] * times == words:
            # a sentence said again ("Lock them up! Lock them up!") is a chant or a refrain, not a headline
            return not TERMINAL.search(text)
    return False


# The writer's address under the article: alone ("jane.roe@example.com @janeroe"), or with the ask to write ("Write to
# Jane Roe at jane.roe@example.com", "Contact Jane Roe at ..."); a story's sentence says more around an address.
_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_CONTACT = re.compile(rf"(?i)^\s*(?:(?:write to|contact|e-?mail|reach)\s+[^@]{{1,60}}?\s+at\s+)?{_ADDRESS}"
                      r"(?:\s+@\w+)*\s*\.?\s*$")
CONTACT_WORDS = 12
ADDRESS = re.compile(_ADDRESS)


# A story about a company's rules names them in lower case ("agreeing to the Facebook terms of service"); a page's own
# notice writes them as its links' names ("Privacy Policy") or as the reader's and its own ("you agree to our ...").
_POLICY_NAME = re.compile(r"privacy policy|terms of (?:use|service)|cookie policy|user agreement|subscriber agreement")
_OWN_NOTICE = re.compile(r"(?i)\b(?:our|your|these|this (?:site|website|page|service)|you agree|agree to (?:the|our)"
                         r"|by (?:using|continuing|clicking|submitting|signing|registering|accessing))\b")
POLICY_SENTENCE_WORDS = 15


def _speaks_of_a_policy(text: str, words: list[str]) -> bool:
    """True for the article's sentence about someone's privacy policy or terms of service, not the page's notice."""
    if len(words) < POLICY_SENTENCE_WORDS or not TERMINAL.search(text) or _OWN_NOTICE.search(text):
        return False
    named = [found.group(0) for found in LEGAL.finditer(text)]
    return all(_POLICY_NAME.fullmatch(name) for name in named)  # in lower case: no link's name


# A wiki's sidebar and tools, written in small letters after the first ("Recent changes", "Random page", "Edit this
# page"): a menu's entries however they are written, never a writer's list items.
WIKI_TOOLS = frozenset({
    "main page", "recent changes", "random page", "random article", "edit this page", "page history",
    "what links here", "related changes", "special pages", "printable version", "permanent link", "page information",
    "cite this page", "upload file", "community portal", "current events", "help about mediawiki",
    "discuss this page", "view source", "view history",
})


def is_wiki_tool(text: str) -> bool:
    """A wiki's sidebar entry or tool alone on its line ("Recent changes", "Edit this page")."""
    return text.strip().lower() in WIKI_TOOLS


def is_cta(text: str, words: list[str]) -> bool:
    """A short prompt such as "Subscribe to our newsletter", "Like this story? Share it!" or a legal notice."""
    if not words:
        return False
    if len(words) <= 4 and text.strip().rstrip(":：").rstrip().lower() in _BLOG_LABELS:
        return True
    if len(words) <= BUTTON_WORDS and listing_button(text, len(words)):
        return True  # "Add to basket", "Contact seller", "Search for anything": a listing's interface
    if 2 <= len(words) <= TAB_ROW_WORDS and is_tabs(words):
        return True  # "Read Edit View history", "Article Talk": a row of a page's tabs
    if WIKI_TAGLINE.match(text):
        return True
    if (len(words) >= 2 * CARD_HEADLINE_MIN_WORDS or "…" in text or "..." in text) and is_card_line(text):
        return True
    if len(words) <= CONTACT_WORDS and "@" in text and _CONTACT.match(text):
        return True
    if len(words) <= 5 and (_SKIP_LINK.match(text) or _BACK_LINK.match(text)):
        return True
    if (_CYRILLIC.search(text) and _mixed_script(text)) or (
            len(words) <= LEGAL_MAX_WORDS and LEGAL.search(text) and not _speaks_of_a_policy(text, words)):
        return True
    if len(words) <= LEGAL_MAX_WORDS and (
            "responsible" in text or "xpressed" in text or "ecessarily" in text or "warrant" in text
            or "form part" in text) and (
            DISCLAIMER.search(text)):
        return True
    if len(words) <= LEGAL_MAX_WORDS and "consented" in text and SIGN_UP_CONSENT.search(text):
        return True
    if is_hit_counter(text, len(words)) or is_count_line(text, len(words)) or is_registration(text, len(words)):
        return True  # "You are visitor number 48213", "3 Posts 3 Posters 214 Views", "Registered charity no. 1190442"
    if is_software_credit(text, words):
        return True  # "Powered by PunBB", "Proudly powered by e107": the site's software in its foot
    if is_forum_state(text, words):
        return True  # "Viewing 3 posts - 1 through 3 (of 3 total)", "You must be logged in to reply to this topic."
    if is_licence_notice(text, len(words)) or is_wiki_status(text, words) or is_thanked_by(text, words):
        return True  # "Community content is available under CC-BY-SA ...", "This article is a stub. You can help ..."
    if len(words) <= LEGAL_MAX_WORDS and words[0] in ("If", "if") and _IF_YOU_LIKED.match(text):
        return True
    if asks_to_write_in(text, len(words)):
        return True  # "Send your questions to Ada at ask@... or use this form."
    if len(words) > PROMPT_MAX_WORDS:
        return len(words) <= LEGAL_MAX_WORDS and _mostly_asking(text, len(words))
    if SOCIAL.search(text) or asks_to_be_sent(text):
        return True
    if words[0].lower() in _LISTENING_VERBS and _LISTENING_APPS.search(text):
        return True  # "Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts."
    if _NUMBERED.match(text):
        return False  # a numbered step of the article ("3. Get support for the hard parts")
    if len(words) <= NAMED_BUTTON_WORDS and _NAMED_BUTTON.match(text):
        return True
    if len(words) <= FILE_LINK_WORDS and _FILE_LINK.search(text):
        return True
    sentences = [(words_of(sentence), sentence) for sentence in _SENTENCE_END.split(text)]
    prompting = sum(len(found) for found, sentence in sentences if found and _prompt_sentence(found, sentence))
    if prompting and (len(words) <= 15 or _prompt_sentence(words, text) or prompting >= PROMPT_SHARE * len(words)):
        return True
    if is_teaser_link(text) or (len(words) <= POINTER_MAX_WORDS and _POINTER.search(text)):
        return True
    if len(words) <= INTERFACE_MAX_WORDS and _INTERFACE.search(text):
        return True
    if len(words) <= ASKING_PROMPT_WORDS and _ASKS_ABOUT_THE_PAGE.match(text):
        return True  # "Enjoying this article? Get stories like this every week."
    if len(words) <= ASKING_PROMPT_WORDS and _FEEDBACK.match(text):
        return True  # "Did you make this recipe? Leave a comment below!", "Pin it for later"
    # a prompt's word naming an office is a post, no button: "Priya (Membership Secretary)", "Newsletter editor"
    prompts = sum(1 for w, after in zip(words, [*words[1:], ""], strict=True)
                  if _PROMPT_STEM.match(w) and after.lower() not in _OFFICE_NOUNS)
    # A word alone is no evidence ("Writing a piece of email marketing" is a subheading); a button is that short.
    # Nor are two in a statement that asks nothing of the reader ("Subscribers to the town's newsletter were told
    # first."): a prompt speaks to "you" or of "our" newsletter, or is a short line.
    if prompts >= 2 and TERMINAL.search(text) and len(words) >= STATEMENT_WORDS and (
            not {w.lower() for w in words} & _ASKING_WORDS or _tells_the_reader(text, words)
            or _reports_a_service(text, words)):
        return False
    # "Newsletter" alone is a page's box; dated ("Spring Newsletter - May 2025") it names an issue of the writer's
    return prompts >= 2 or (prompts == 1 and len(words) <= PROMPT_WORD_LINE_WORDS and not TERMINAL.search(text)
                            and not _YEAR.search(text))


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# The nouns of a club's or a firm's offices: after a prompt's word they name a post ("Membership Secretary", "Email
# Officer", "Newsletter Editor"), the word no longer the page's ask.
_OFFICE_NOUNS = frozenset(("secretary", "sec", "officer", "editor", "editors", "coordinator", "co-ordinator",
                           "manager", "director", "lead", "chair", "team", "committee", "convenor", "rep",
                           "representative", "administrator", "assistant", "volunteer", "volunteers", "desk"))
# Words that speak for the page or press the reader now: a prompt's, where a service's facts told to "you" have none.
_PUBLISHERS_WORDS = frozenset(("our", "us", "we", "here", "now", "today", "free", "below", "newsletter", "newsletters"))


def _tells_the_reader(text: str, words: list[str]) -> bool:
    """Two statements or more telling "you" how a service works, with its facts ("You can subscribe online at any time.
    If you subscribe after 1 June, the price is £35."): a date, a price or a count; no sentence opens on a prompt's
    verb, none speaks for the page. A form's "You can unsubscribe at any time. Your email is safe." states no fact."""
    sentences = [words_of(sentence) for sentence in _SENTENCE_END.split(text) if words_of(sentence)]
    return (len(sentences) >= 2 and any(c.isdigit() for c in text) and len(words) >= 2 * STATEMENT_WORDS
            and not {w.lower() for w in words} & _PUBLISHERS_WORDS
            and not any(sentence[0].lower() in _CTA_VERBS for sentence in sentences))
# How a story tells its reader what a service offers, as a fact of the story: "... and you can sign up to receive
# alerts by email", "customers can register by email" (a food recall's notice).
_CAN_DO = re.compile(r"(?i)\b(?:can|may|could)\s+(?:also\s+)?(?:sign|subscribe|register)\b")


def _reports_a_service(text: str, words: list[str]) -> bool:
    """One long sentence of a story that says, in the third person first, what a service lets people do ("The Food
    Standards Agency publishes every recall on its website, and you can sign up to receive alerts by email."): no
    sentence opens on "you" or a prompt's verb, none speaks for the page ("our", "here", "free", "newsletter")."""
    return (len(words) >= PROMPT_SENTENCE_WORDS and len(_SENTENCE_END.split(text.strip())) == 1
            and words[0].lower() not in _CTA_VERBS and words[0].lower() not in ("you", "your", "if")
            and not {w.lower() for w in words} & _PUBLISHERS_WORDS and "!" not in text
            and _CAN_DO.search(text) is not None)


# A page's request for the reader's feedback or bookmark under its post or recipe: whether they made or liked it,
# then a comment, a rating or a review "below"; or to pin or save it "for later"; or whether a review helped.
_FEEDBACK = re.compile(
    r"(?i)^\W*(?:(?:did you|have you) (?:make|made|try|tried|cook|cooked|bake|baked|enjoy|enjoyed|like|liked) this"
    r" (?:recipe|post|article|story|guide|pattern|project)\?\W*)?(?:(?:please )?(?:leave|drop|post|add|write)"
    r" (?:a|your|us a) (?:comment|review|rating|star rating|note)s?(?: (?:below|here|and let us know))?"
    r"|(?:pin|save|bookmark) (?:it|this|this (?:recipe|post|article|guide)) for later"
    r"|rate this (?:recipe|post|article|guide)"
    # a site's question under a review or an answer, over its buttons ("Was this review helpful?" / "Yes" / "No")
    r"|(?:was|is) this (?:review|answer|reply|comment) (?:helpful|useful)\?)\W*$")


# A post's or a feed item's stamp says when, not only what time: "Updated 10:32", "5 hours ago", "3 min read".
_STAMP_WORD = re.compile(r"(?i)\b(?:updated|posted|published|edited)\b")


def is_post_stamp(text: str) -> bool:
    """True for a line that says when something was posted or how long it reads, beyond a bare clock time."""
    return bool(_AGO.search(text) or _READ_TIME.search(text) or _STAMP_WORD.search(text))


# "Sign" and "log" are a prompt's only as "sign up", "log in": "the plus sign", "a road sign", "the ship's log" are not.
_SIGN_VERBS = frozenset(("sign", "signed", "log", "logged"))
_SIGN_PARTICLES = frozenset(("up", "in", "into", "out", "on", "off"))


def names_a_prompt(text: str) -> bool:
    """True when a word of the line is a prompt's own ("subscribe", "newsletter", "donate", "inbox", "sign up")."""
    words = words_of(text)
    return any(_PROMPT_STEM.match(word) and (word.lower() not in _SIGN_VERBS or following.lower() in _SIGN_PARTICLES)
               for word, following in zip(words, [*words[1:], ""][:len(words)], strict=True))


# Words with which a prompt speaks of the page or the publication ("Share this article.", "Follow us.").
_PAGE_WORDS = frozenset(("this", "our", "us", "here", "now", "today", "free", "app", "story", "article", "page",
                         "site", "post", "link", "below", "above"))


def asks_for_the_page(line: Line) -> bool:
    """A prompt that names what the page wants ("newsletter", "subscribe") or speaks of it ("this article", "us"),
    or a button's "Read more."; not a step of the writer's ("Click Save.", "Share your lunch.")."""
    lower = [word.lower() for word in words_of(line.text)]
    return names_a_prompt(line.text) or bool(_PAGE_WORDS.intersection(lower)) or lower[-1:] == ["more"]


def _asks(text: str) -> bool:
    """The text asks the reader to follow the page, write to it or send it something."""
    return bool(SOCIAL.search(text) or asks_to_be_sent(text))


# A pointer to an account or an address ("on Twitter", "@mikewall", "let us know at: tips@..."): a link to follow or
# write to, interface whatever the line around it says.
_ACCOUNT = re.compile(r"(?i)\bon (?:twitter|facebook|instagram|linkedin|tiktok|youtube|threads|mastodon|bluesky)\b"
                      r"|@\w|\blet us know at\b|https?://|\bwww\.")


def _mostly_asking(text: str, words: int) -> bool:
    """A long line that asks, unless its asks are a small part of it and point to no account: a paragraph of the
    writer's that ends on an invitation ("... who give up a Saturday each month. If you can sew or solder, we would
    love to hear from you.") is the article's; a writer's note that ends "Follow him on Twitter @..." is the page's."""
    if not _asks(text):
        return False
    asking = [sentence for sentence in _SENTENCE_END.split(text) if _asks(sentence) or _prompt_alone(sentence)]
    return (any(_ACCOUNT.search(sentence) for sentence in asking)
            or sum(len(words_of(sentence)) for sentence in asking) >= PROMPT_SHARE * words)


def _prompt_alone(sentence: str) -> bool:
    """A sentence that is a prompt by itself ("Join our forums to keep talking!"), looked at when it is short."""
    words = words_of(sentence)
    return len(words) <= PROMPT_MAX_WORDS and is_cta(sentence, words)


# A whole sentence this long that asks nothing of the page is the writer's advice, whatever verb opens it.
ADVICE_WORDS = 8
_NOTICES = (LEGAL, SOCIAL, SEND_US, DISCLAIMER, _INTERFACE, _POINTER, _IF_YOU_LIKED, _ASKS_ABOUT_THE_PAGE,
            _TEASER_PREFIX, _LISTENING_APPS, LICENCE_NOTICE, REGISTRATION, FORUM_STATE, SOFTWARE_CREDIT)


def reads_as_advice(line: Line) -> bool:
    """A prompt-like sentence of the writer's: whole, with its stop, ADVICE_WORDS long or more, naming nothing the page
    wants nor the page itself, and no notice ("Read the small print before you sign anything.", "Share your umbrella
    and you will make a friend for life."); a page's prompt names its newsletter, "this story", "us" or what it
    offers ("Get breaking news alerts and special reports.")."""
    return (line.cta and line.terminal and line.words >= ADVICE_WORDS and not asks_for_the_page(line)
            and not _teaser(lower := [word.lower() for word in words_of(line.text)])
            and not _PUBLICATION_WORDS.intersection(lower)
            and not any(notice.search(line.text) for notice in _NOTICES))


# A wire story's dateline before its first sentence: the place in capitals, its region and date, the agency, a dash
# ("SPRINGFIELD, Ill. (AP) — ", "COLUMBUS, Ohio, June 3, 2025 /PRNewswire/ -- ", "LONDON, June 3 (Reuters) - ").
_WIRE_DATELINE = re.compile(r"^[\"“]?[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[^,()/—–-]{2,30}?){0,3}"
                            r"(?:\s*\([^()]{2,30}\)|\s*/[^/]{2,40}/)?\s*(?:--|[—–-])\s*(?=[\"“A-Z])")


def wire_dateline(text: str) -> str:
    """The wire dateline a line opens with ("LONDON, June 3 (Reuters) - "), or ""."""
    found = _WIRE_DATELINE.match(text) if text[:2].isupper() else None
    return found.group(0) if found else ""


def make_line(index: int, text: str, group: int) -> Line:
    """Measure one line."""
    words = words_of(text)
    # Chinese and Japanese are written without spaces: count about two characters a word.
    count = max(len(words), len(_CJK.findall(text)) // 2)
    # A dateline's place, date and agency are names and figures: the sentence after it is what reads as prose.
    dateline = wire_dateline(text)
    measured = words_of(text[len(dateline):]) if dateline else words
    lower = [w.lower() for w in measured]
    cta = is_cta(text, words)
    return Line(
        index=index,
        text=text,
        group=group,
        words=count,
        stop_ratio=sum(1 for w in lower if w in STOP_WORDS) / len(measured) if measured else 0.0,
        capital_ratio=sum(1 for w in measured if w[0].isupper()) / len(measured) if measured else 0.0,
        terminal=bool(TERMINAL.search(text.rstrip())),
        clock=has_clock(text),
        cta=cta,
        credit=count <= CREDIT_SCAN_WORDS and not (cta and is_rights_notice(text)) and has_credit(text),
    )


# A programme's entry says what happens in a sentence after its time ("Sunday 10am: Parish Eucharist, with Sunday
# school in the hall."): this many words after the time at least, and a stop.
EVENT_SENTENCE_WORDS = 4


def is_programme_entry(line: Line) -> bool:
    """A line that opens on a day or a time and says in a sentence what happens then, not a post's stamp."""
    if not (line.terminal and line.clock and is_timed_event(line.text)):
        return False
    found = _CLOCK.search(line.text)
    return found is not None and len(words_of(line.text[found.end():])) >= EVENT_SENTENCE_WORDS


def is_widget_label(line: Line) -> bool:
    """The title of a box of links to other stories, such as "More from UK" or "You may also like..."."""
    return line.words <= WIDGET_LABEL_WORDS and _WIDGET_LABEL.match(line.text.strip()) is not None


def is_teaser_link(text: str) -> bool:
    """A link to another story under a label: "Related: Headline", "Read more: Headline"."""
    return _TEASER_PREFIX.match(text) is not None and not TERMINAL.search(text)


# Words that start a line about a post or label a form field, not a name ("Updated", "Posted", "Name").
NOT_NAMES = frozenset({"updated", "posted", "published", "last", "modified", "share", "comments", "photo",
                       "name", "date", "datum", "author", "autor", "by", "email", "website", "publié", "mis",
                       "publicado", "actualizado", "atualizado", "pubblicato", "aggiornato", "veröffentlicht",
                       "aktualisiert", "stand",
                       # a blog engine's account names where no person is named ("Posted by admin")
                       "admin", "administrator", "webmaster", "anonymous"})


# A site's name in a byline ("By Bob Yirka , Phys.org"): the outlet, not an author.
_DOMAIN_NAME = re.compile(r"\w\.(?:com|org|net|co|io|news|info|de|fr|es|it|uk|us)\b", re.I)


def looks_like_names(text: str) -> bool:
    """Capitalised words, as in personal or desk names, not a sentence."""
    words = words_of(text)
    if (not words or len(words) > 8 or ":" in text or words[0].lower() in NOT_NAMES or _DOMAIN_NAME.search(text)
            or is_handle(text)):
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.5 and not text.endswith((".", "!", "?"))

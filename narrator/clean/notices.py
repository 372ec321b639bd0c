"""A page's own notices in a line of its text: the footer's legal lines, consent and disclaimer notes, an embed's
consent notice, and its asks to follow it or to write to it; none is the article's."""

from __future__ import annotations

import re

# The notice an embedded video or post shows until the reader lets it load: "Please accept YouTube cookies to play
# this video", "If you accept this notice, your choice will be saved and the page will refresh".
EMBED_NOTICE = re.compile(r"(?i:\b(?:accept|allow|enable) (?:\w+ ){0,2}cookies to (?:play|view|watch|see|load)\b"
                          r"|\byour (?:choice|consent) will be saved\b)")


def is_embed_notice(text: str) -> bool:
    """True for an embed's consent notice: it stands where the article's video is, inside the article."""
    return EMBED_NOTICE.search(text) is not None


# A hand-made page's hit counter: "You are visitor number 48213", "Visitors since 1998: 12,004", "This page has been
# viewed 3,211 times" (a box score's "Hits: 9" is no counter). Looked for only where "isitor", "viewed" or " hits " is,
# and in a short line all of it: a sentence of the article says more ("The museum's ten-thousandth visitor since 1998
# was a girl from Leeds.").
HIT_COUNTER = re.compile(r"(?i)(?:you are|you're) (?:the )?visitor (?:number |no\.? ?|#)?[\d,]+\W*"
                         r"|visitors?(?: since [\w ]{1,20})?:? ?[\d,]+\W*|[\d,]+ (?:visitors|hits) since [\w ,]{1,20}"
                         r"|this (?:page|site) has been (?:viewed|visited|accessed) [\d,]+ times"
                         r"(?: since [\w ,]{1,20})?\W*")
HIT_COUNTER_WORDS = 10


def is_hit_counter(text: str, words: int) -> bool:
    """True for a line that is all a page's count of its visitors."""
    return (words <= HIT_COUNTER_WORDS and ("isitor" in text or "viewed" in text or " hits " in text)
            and HIT_COUNTER.fullmatch(text.strip()) is not None)


# A wiki's or a site's licence for its pages, its foot's last line: "Community content is available under CC-BY-SA
# unless otherwise noted.", "Text is available under the Creative Commons Attribution-ShareAlike License 4.0". The
# page's, not the article's: a sentence of an article about a licence names its own subject ("The photos are ...").
LICENCE_NOTICE = re.compile(r"(?i)^\W*(?:(?:all|community|site|wiki)\s+)?(?:content|text)\s+(?:on\s+this\s+"
                            r"(?:site|wiki|page)\s+)?is\s+available\s+under\s")


# A library's banner on a text's copyright ("This work was published before January 1, 1931, and is in the public
# domain worldwide because the author died at least 100 years ago.", Wikisource's): the work's status, said of "this
# work" by the site, not the work's own words.
PUBLIC_DOMAIN_NOTICE = re.compile(r"(?i)^\W*this (?:work|text|book|edition|file|image)\s+(?:(?:was|has)\b[^.]{0,120}?"
                                  r"\bis|is)\s+in the public domain\b")


def is_licence_notice(text: str, words: int) -> bool:
    """True for a site's line on the licence of its pages (see LICENCE_NOTICE), or a library's on a work's being in
    the public domain."""
    if words > LICENCE_WORDS:
        return False
    if "ublic domain" in text and PUBLIC_DOMAIN_NOTICE.match(text) is not None:
        return True
    return "vailable under" in text and LICENCE_NOTICE.match(text) is not None


LICENCE_WORDS = 30

# A wiki's notice on how far along its article is, at its foot or its head ("This article is a stub. You can help the
# Wiki by expanding it.", "This city travel guide to Hay-on-Wye is a usable article."): the page's state, said of
# "this article" by the site, not the article's words. The state ends its clause ("This article is a stub, Jo said,
# ..." is a story's sentence).
WIKI_STATUS_NOTICE = re.compile(r"(?i)^\W*this\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:article|section|page|entry|guide\s+to\s+[^.]{1,60}?)\s+is\s+an?\s+(?:stub|outline|usable|guide|star|featured)(?:\s+article)?(?:\s*[.!]|\s+and\s)")


# A forum's line of who thanked a post under it (Kunena's "The following user(s) said Thank You: Harriet Grant",
# vBulletin's "The Following 3 Users Say Thank You to ann_b For This Useful Post:", phpBB's "The following user would
# like to thank gwen for this post:"): the board's, a list of names, not a sentence of the thread's.
_THANKED_BY = re.compile(r"(?i)^\W*the following (?:\d+ )?users?(?:\(s\))? (?:says?|said|would like to) "
                         r"thank(?: you\b|s to\b|\b)")
THANKED_BY_WORDS = 30


def is_thanked_by(text: str, words: list[str]) -> bool:
    """True for a forum's line of the users who thanked a post (see _THANKED_BY); not a sentence ending on its stop."""
    return (len(words) > 1 and words[1] in ("following", "Following") and len(words) <= THANKED_BY_WORDS
            and not _STOP.search(text) and _THANKED_BY.match(text) is not None)


def is_wiki_status(text: str, words: list[str]) -> bool:
    """True for a wiki's notice of its article's state (see WIKI_STATUS_NOTICE)."""
    return words[0] in ("This", "this") and len(words) <= LICENCE_WORDS and WIKI_STATUS_NOTICE.match(text) is not None


# A forum's lines about its page, in its template's words, each the whole line: the count of what the page shows
# ("Viewing 3 posts - 1 through 3 (of 3 total)", "Showing 1-10 of 24 replies"), a topic's summary ("This topic has 2
# replies, 3 voices, and was last updated 5 days ago by Ray Dunn.") and what a visitor must do to take part ("You must
# be logged in to reply to this topic.", "You must log in or register to reply here."), and its greeting to a guest.
# A member's sentence says more ("This topic has two sides", "You must be logged in to the council's portal to see
# your bill").
_SHOWN = r"(?:posts?|repl(?:y|ies)|topics?|messages?|comments?|results?)"
# A post's day as a forum stamps it, its weekday before it or not: "Mon 30 Nov 2026", "Sat Nov 28, 2026".
_POST_DAY = (r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?"
             r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d")
FORUM_STATE = re.compile(
    rf"(?i)^(?:(?:viewing|showing|displaying)\s+(?:\d[\d,]*\s+)?(?:{_SHOWN}\s+)?(?:[-–—:]\s*)?\d[\d,]*\s*"
    rf"(?:-|–|to|through)\s*\d[\d,]*\s*\(?of\s+\d[\d,]*(?:\s+total)?\)?(?:\s+{_SHOWN})?"
    rf"|this\s+(?:topic|forum|thread)\s+(?:has|contains)\s+\d[\d,]*\s+(?:repl(?:y|ies)|topics?|posts?)\b[^.]{{0,120}}"
    rf"\blast\s+updated\b[^.]{{0,80}}"
    rf"|you\s+must\s+(?:be\s+logged\s+in|log\s+in(?:\s+or\s+register)?)\s+to\s+(?:reply|post|create|comment|leave|start)"
    rf"\b[^.]{{0,40}}"
    # a board's greeting to its visitor, named "Guest" ("Hello Guest! Welcome to the forum. Please register to take
    # part.", "Welcome, Guest. Please login or register."): a greeting of a guest speaker names more
    rf"|(?:hello|hi|welcome),?\s+guest\s*[.!,][^\n]{{0,120}}?\b(?:log\s?in|sign\s(?:in|up)|register)\b[^\n]{{0,60}}"
    # a topic's head over its posts, SMF's: "Topic: Valve radio hums (Read 214 times)", "Started by hilltop_jo,
    # November 30, 2026, 06:12:44 PM" (a history's "Started by Ann Lee, the club grew ..." says more)
    rf"|(?:author\s+)?topic:\s+[^\n]{{1,150}}?\(read\s+\d[\d,]*\s+times\)"
    rf"|started\s+by\s+[^,\n]{{1,40}},\s+(?:[a-z]{{3,9}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"[a-z]{{3,9}}\.?),?\s+(?:19|20)\d\d(?:,?\s+(?:at\s+)?\d{{1,2}}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)?"
    # a post's head line of its poster and its stamp, phpBB's and Forumotion's: "by beckside_ann » Mon 30 Nov 2026
    # 9:14 pm", "by marsh_pete Tue 1 Dec 2026 - 9:14" (its icon's "Post" run into it: "Postby"); the clock ends it,
    # where a sentence opening "by Monday 30 November 2026" goes on
    rf"|(?:post\s*)?by\s+[^\W\d][^\s»|,]{{0,39}}(?:\s+[^\s»|,\d]{{1,20}}){{0,2}}\s*[»|,–-]?\s*{_POST_DAY},?\s*[-–]?\s*"
    rf"(?:at\s+)?\d{{1,2}}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)"
    rf"\W*$")
FORUM_STATE_OPENERS = frozenset({"Viewing", "Showing", "Displaying", "This", "You", "Hello", "Hi", "Welcome", "Topic",
                                 "Author", "Started", "by", "By", "Postby", "Post"})
FORUM_STATE_WORDS = 30


def is_forum_state(text: str, words: list[str]) -> bool:
    """True for a forum's line about its page: its count of posts shown, its topic's summary, its word to a visitor."""
    return (words[0] in FORUM_STATE_OPENERS and len(words) <= FORUM_STATE_WORDS
            and FORUM_STATE.match(text.strip()) is not None)


# A thread's or a post's counts, each a number and its noun ("3 Posts 3 Posters 214 Views", NodeBB's badges run
# together as "Sourdough3Posts3Posters214Views"; "12 replies · 4 likes"): at least two, with at most a category's name
# beside them, or ending a listed thread's line ("Rye starter too runny Sourdough 11 Posts 620 Views"), and no stop. A
# sentence that counts says more ("12 members voted; 3 votes were lost.").
_COUNT = re.compile(r"(?i)\d[\d,.]*\s?[km]?\s?(?:posts?|posters?|views?|repl(?:y|ies)|likes?|comments?|votes?|answers?"
                    r"|followers?|topics?|members?|reactions?|shares?|upvotes?|participants?|messages?|reposts?)"
                    r"(?![^\W\d_])")
MIN_COUNTS = 2
COUNT_LINE_WORDS = 10
COUNT_LINE_OTHER_WORDS = 2
# A line of counts is short in characters too: its words are letters only, so a run of digits is no word, and
# _COUNT's number, tried from each digit of a long run, read it in time square (a byline of 8,000 digits: 5.4 s).
COUNT_LINE_CHARS = 200
_STOP = re.compile(r"[.!?]\s*$")


def is_count_line(text: str, words: int) -> bool:
    """True for a line that is all a thread's or a post's counts, perhaps beside its category's name."""
    if (words > COUNT_LINE_WORDS or len(text) > COUNT_LINE_CHARS or not any(c.isdigit() for c in text)
            or _STOP.search(text)):
        return False
    counts = list(_COUNT.finditer(text))
    if len(counts) < MIN_COUNTS:
        return False
    return words - len(counts) <= COUNT_LINE_OTHER_WORDS or counts[-1].end() == len(text.rstrip())


# An organisation's registration, a notice of its own ending the line it closes ("Friends of Linthorpe Lido is a
# community group. Registered charity number 1190442.", "Registered in England and Wales, company no. 01234567"): a
# footer's notice, and so is a name's line saying it is one ("Harbour Choir is a registered charity, number 1120000.").
# A sentence that names the number ("The trust (registered charity 1190442) said...", "Northvale
# Energy plc is registered in England and Wales, company number 04123987.") is left to the rules of where it stands.
REGISTRATION = re.compile(r"(?i)(?:^|[.!?]\s+)(?:registered\s+(?:charity|company|society)|charity|company"
                          # a footer's "Harbour Choir is a registered charity, number 1120000.", a short name first
                          r"|(?-i:[A-Z])[\w'’&-]*(?:\s+[\w'’&-]+){0,6}\s+is\s+a\s+registered\s+charity,?"
                          r"|registered\s+in\s+[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?,?(?:\s+(?:company|charity))?)\s*(?:number|no\.?|reg(?:istration)?"
                          r"\.?\s+(?:number|no\.?))?\s*:?\s*[a-z]{0,2}\s?\d[\d ]{4,10}\W*$")
REGISTRATION_WORDS = 25


def is_registration(text: str, words: int) -> bool:
    """True for a short line that ends on the number an organisation is registered under."""
    return words <= REGISTRATION_WORDS and ("egistered" in text or "harity" in text or "ompany" in text) and (
        REGISTRATION.search(text) is not None)


# The site's software credited in its foot, alone on its line: "Powered by PunBB", "Proudly powered by e107",
# "Powered by SMF 1.1.21 | SMF © 2015, Simple Machines", "Powered by PunBB, supported by Informer Technologies, Inc.".
# The name is a capitalised word or one with a digit (a version, "e107"), a few more at most, then the line ends, or
# goes on with a bar, a copyright, the maker's support, its feeds or a second name. A story's sentence goes on with its
# own words ("Powered by Rolls-Royce engines, the Spitfire climbed faster.", "Powered by a new engine, ..."). A
# partner named by its domain ("Powered by SmartAsset.com") credits a calculator or the data in the story's box.
SOFTWARE_CREDIT = re.compile(
    r"(?i)^\s*(?:proudly\s+)?powered\s+by:?\s+(?=[\w.]*(?-i:[A-Z0-9]))(?![\w.-]*\.(?:com|org|net|io|co)\b)"
    r"[\w.™®+-]+(?:\s+(?-i:[A-Z])[\w.™®+-]*){0,3}"
    r"(?:\s+(?:v(?:ersion)?\.?\s*)?\d[\d.]*)?"
    r"(?:\s*[.!]?\s*$|\s*(?:[|©]|\(c\)|copyright\b).*$|\s*[,.]\s+(?:supported|hosted|designed|feeds?)\b.*$"
    r"|\s+(?:and|&)\s+\S+(?:\s+\S+){0,4}\s*$)")
SOFTWARE_CREDIT_WORDS = 14
_CREDIT_OPENERS = frozenset({"Powered", "powered", "Proudly", "POWERED"})


def is_software_credit(text: str, words: list[str]) -> bool:
    """True for a short line crediting the software the site runs on ("Powered by FlatPress. Feeds: RSS | Atom")."""
    return words[0] in _CREDIT_OPENERS and len(words) <= SOFTWARE_CREDIT_WORDS and (
        SOFTWARE_CREDIT.match(text) is not None)


# Footer and consent notices.
LEGAL = re.compile(
    r"(?i)\b(all rights reserved|privacy policy|terms of (use|service)|cookie policy|use of this (site|website)"
    r"|(this|our) (site|website) uses cookies|user agreement|copyrighted|written permission|reprinted"
    r"|download (the|our) [\w ]{0,30}apps?|non-commercial use|subscriber agreement"
    r"|advertis\w* (disclosure|disclaimer)|may (receive|earn) (a )?(compensation|commission)"
    r"|affiliate (links?|commission)"
    r"|one or more of our advertisers|sponsored (post|content)"
    # the page's word on the reader's browser: "You are using a browser version with limited support for CSS."
    r"|(using|have) (a|an|this) (browser|outdated browser|older browser)( version)? with limited support"
    r"|you are using an? (outdated|old|older|unsupported) browser)\b"
    rf"|{EMBED_NOTICE.pattern}"  # an embedded player's consent notice
)
# A newsletter box's consent note under its button: "We use your sign-up to provide content in ways you've consented
# to and to improve our understanding of you." Looked for only where "consented" is.
SIGN_UP_CONSENT = re.compile(r"(?i)\b(?:we|will) use your (?:sign-?up|email address|details) to (?:provide|send)"
                             r"[^.]{0,80}\bconsented\b")
# A publisher's disclaimer about others' words: "not responsible for the content of external sites", "for the opinions
# ... presented by contributors", "Opinions expressed here are the author's alone", "... do not necessarily reflect the
# views of this publication". Looked for only where one of its words is ("responsible", "expressed", "necessarily",
# "warrant", "form part").
DISCLAIMER = re.compile(
    r"(?i)\b(?:not responsible for the content of (external|third[- ]party|linked) (sites|websites|links|pages)"
    r"|not responsible for the opinions[^.]{0,60}\b(contributors|readers|users|commenters)"
    r"|(opinions|views) expressed (here |in this \w+ )?are (the author|those of the author|solely|mine)"
    r"|do(es)? not necessarily (reflect|represent) (the (views|opinions|position)s? of )?(this|our|the) (site|website"
    r"|publication|newspaper|magazine|editors|editorial board))\b"
    # a distributor's word on the release it carries: 'EIN Presswire provides this news content "as is" without
    # warranty of any kind.'
    r"|\bprovides? this (?:news |press release )?(?:content|release|article|information) [\"'“”‘’]?as is[\"'“”‘’]?,? "
    r"without warrant(?:y|ies)\b"
    # a court's press summary on itself: "This summary is provided to help in understanding the Court's decision. It
    # does not form part of the reasons for the decision."
    r"|\bdoes not form part of the (?:reasons for the )?(?:decision|judgment|ruling)\b")
# Asking the reader to follow, write or reply: "Follow us on Twitter", "Tag @mayacooks", "We want to hear what you
# think".
SOCIAL = re.compile(
    r"(?i)\b(follow|keep up with|connect with|find|like)\b.{0,60}\bon (twitter|facebook|instagram|linkedin"
    r"|tiktok|youtube|threads|mastodon|bluesky)\b|\b(tag|mention)\s+(@\w+|us)\b"
    r"|\bwe (want|would love|'d love) to hear\b"
    r"|\blet us know at\b"
)
# "Send us a message", "Got a tip? Send us an email": the sentence opens on it. Inside an answer's instruction for a
# case ("If a plant arrives damaged, send us a photo within seven days and we will replace it.") it is the writer's, as
# an FAQ's or a guide's answer says it. Looked for only where "end us" is.
SEND_US = re.compile(r"(?i)(?:^|[.!?:]\s)[\s\"'“‘(]{0,3}(?:(?:please|or|just|simply)\s+)?send us\b")


# A service's instruction, no ask: the sentence goes on to what is then done with the reader's own matter ("Send us a
# reading from the app, and your next bill will be corrected.", "Send us the order number and we will trace it."); an
# ask names what the page wants ("Send us your stories and we'll share the best.").
_SERVICE_STEP = re.compile(r"(?i)\band\s+(?:your\s+(?:[\w'’-]+\s+){1,3}(?:will|should)\s+be\s+[a-z]+ed"
                           r"|we(?:\s+will|'ll|’ll)\s+(?:correct|replace|refund|trace|update|fix|repair|reissue|cancel"
                           r"|process)[a-z]*)\b")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def asks_to_be_sent(text: str) -> bool:
    """A sentence opening on "Send us": the page's request to write to it, unless it says what is then done for the
    reader (a help page's step)."""
    if "end us" not in text or (found := SEND_US.search(text)) is None:
        return False
    rest = text[found.end():]
    stop = _SENTENCE_STOP.search(rest)
    return _SERVICE_STEP.search(rest[:stop.start()] if stop else rest) is None

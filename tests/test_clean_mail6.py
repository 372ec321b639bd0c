"""clean on newsletters and mail as users save them: Substack, Buttondown, Beehiiv, Ghost, a Revue-style reading list
and a newspaper's morning briefing (HTML with a plain-text alternative, "View in browser", share rails, "Upgrade to
paid", sponsor blocks, footers); a digest of short stories, each read under its heading; a forward under a long
letter of the forwarder's own; replies quoting the mail they answer (as text and as Gmail's HTML); an article sent
only as an attached page or PDF; quoted-printable broken inside words; windows-1252 bytes declared UTF-8. An Outlook
.msg is refused saying to save the mail as .eml. Every mail is our own, built here with the email package, its
expected title, byline, date and paragraphs written before narrator first read it."""

from __future__ import annotations

import zlib
from email.message import EmailMessage

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import BlockKind, Source
from tests.documents import Case, cases_marked, score
from tests.documents import read as read_case
from tests.test_clean_documents4 import _damaged
from tests.test_clean_pdf import make_pdf, paragraph

SENT = "Sat, 05 Dec 2026 06:00:00 +0000"
DAY = "2026-12-05"


def _message(sender: str, subject: str, text: str | None, html: str | None = None, *, cte: str = "quoted-printable",
             extra: tuple[tuple[str, str], ...] = ()) -> EmailMessage:
    """A mail as a newsletter platform sends it: its text part, then its HTML alternative."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "ann@example.com"
    message["Subject"] = subject
    message["Date"] = SENT
    message["Message-ID"] = f"<{zlib.crc32(subject.encode())}@mail.example>"
    for name, value in extra:
        message[name] = value
    if text is not None:
        message.set_content(text, cte=cte)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html", cte=cte)
        else:
            message.add_alternative(html, subtype="html", cte=cte)
    return message


def _paras(lines: tuple[str, ...]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


# ---------------------------------------------------------------------------------------------------------- Substack

TIDE_TITLE = "The tide tables are wrong"
TIDE_DEK = "Why the almanac missed the spring tide by forty minutes"
TIDE = ("The almanac said high water would come at ten past six, and the harbour was dry until ten to seven.",
        "Forty minutes is a long time to stand on a slipway with a boat on a trailer and nowhere to put it.",
        "The tables are worked out from a gauge that was moved in the summer, and nobody changed the sums.")
SUBSTACK_HTML = (
    '<html><body><div style="display:none">Why the almanac missed</div><table><tr><td>'
    '<a href="https://tidewater.example/p/tides?utm_source=email">View in browser</a></td></tr><tr><td>'
    f'<h1><a href="https://tidewater.example/p/tides">{TIDE_TITLE}</a></h1><h3>{TIDE_DEK}</h3>'
    '<p><a href="https://substack.example/@noraquist">Nora Quist</a></p><p>Dec 5</p>'
    '<table><tr><td><a href="https://tidewater.example/like">7</a></td><td><a href="https://tidewater.example/c">2'
    '</a></td><td><a href="https://tidewater.example/restack">Restack</a></td><td><a '
    'href="https://tidewater.example/share">Share</a></td></tr></table>'
    f"{_paras(TIDE)}"
    '<div class="subscription-widget"><p>Thanks for reading The Tidewater! Subscribe for free to receive new posts '
    'and support my work.</p><p><a href="https://tidewater.example/subscribe?plan=paid">Upgrade to paid</a></p></div>'
    '<table><tr><td><a href="https://tidewater.example/like">Like</a></td><td><a href="https://tidewater.example/c">'
    'Comment</a></td><td><a href="https://tidewater.example/restack">Restack</a></td></tr></table>'
    "<p>\u00a9 2026 Nora Quist<br>548 Market Street PMB 72296, San Francisco, CA 94104<br>"
    '<a href="https://tidewater.example/unsub">Unsubscribe</a></p><p><a href="https://substack.example/app">Get the '
    'app</a> <a href="https://substack.example/start">Start writing</a></p></td></tr></table></body></html>')
SUBSTACK_TEXT = (f"View this post on the web at https://tidewater.example/p/tides\n\n{TIDE_DEK}\n\n"
                 + "\n\n".join(TIDE) + "\n\nUpgrade to paid https://tidewater.example/subscribe?plan=paid\n\n"
                 "Unsubscribe https://tidewater.example/unsub\n")

# ---------------------------------------------------------------------------------------------------------- Buttondown

PLOT_TITLE = "Notes from the allotment, no. 12"
PLOT = ("The leeks survived the frost, which is more than can be said for the last of the chard.",
        "I have started a second compost heap behind the shed, built from old pallets the school gave away.",
        "Next week I will write about seed catalogues, and why I order far too many every January.")
BUTTONDOWN_HTML = (
    f'<html><body><div class="email-body">{_paras(PLOT)}</div><div class="share"><p>Share this email: '
    '<a href="https://x.example/tw">Twitter</a> <a href="https://x.example/li">LinkedIn</a> '
    '<a href="mailto:?subject=Notes">Email</a></p></div><div class="footer"><p>You\'re receiving this email because '
    'you subscribed to Allotment Notes. If you\'d like to stop, <a href="https://buttondown.example/unsub">'
    'unsubscribe</a>.</p><p><a href="https://buttondown.example/">Powered by Buttondown</a></p></div></body></html>')
BUTTONDOWN_TEXT = ("\n\n".join(PLOT) + "\n\nShare this email: Twitter | LinkedIn | Email\n\n"
                   "You're receiving this email because you subscribed to Allotment Notes. Unsubscribe: "
                   "https://buttondown.example/unsub\n\nPowered by Buttondown\n")

# ---------------------------------------------------------------------------------------------------------- Beehiiv

ORBIT_TITLE = "The comet that came back early"
ORBIT = ("Comet Harlan returned eleven days ahead of the date astronomers gave it in 1951.",
         "The difference comes from a jet of gas on its sunward side that acts like a small rocket.",
         "It will be brightest on the evening of December 19, low in the west after sunset.")
BEEHIIV_HTML = (
    '<html><body><table><tr><td><a href="https://orbit.example/p/comet">View online</a></td></tr><tr><td>'
    f"<h1>{ORBIT_TITLE}</h1><p>Written by Tamsin Oyelaran</p>"
    f"<p>{ORBIT[0]}</p>"
    '<table class="sponsor"><tr><td><p>TOGETHER WITH LOAMWORKS</p><h3>Compost at your door</h3><p>Loamworks delivers '
    'peat-free compost in ten days. Try your first bag free.</p><p><a href="https://loam.example/?ref=orbit">Claim '
    "your bag</a></p></td></tr></table>"
    f"<p>{ORBIT[1]}</p><p>{ORBIT[2]}</p>"
    "<p>What did you think of today's edition?</p><p><a href=\"https://orbit.example/poll?a=1\">Loved it</a></p>"
    '<p><a href="https://orbit.example/poll?a=2">It was okay</a></p><p><a href="https://orbit.example/poll?a=3">'
    'Not for me</a></p><p><a href="https://orbit.example/refer">Refer a friend and get the star chart</a></p>'
    '<p>Update your email preferences or <a href="https://orbit.example/unsub">unsubscribe here</a></p>'
    '<p>\u00a9 2026 The Weekly Orbit</p><p><a href="https://beehiiv.example/">Powered by beehiiv</a></p>'
    "</td></tr></table></body></html>")
BEEHIIV_TEXT = (f"{ORBIT_TITLE}\n\nWritten by Tamsin Oyelaran\n\n{ORBIT[0]}\n\nTOGETHER WITH LOAMWORKS\n\n"
                f"{ORBIT[1]}\n\n{ORBIT[2]}\n\nUnsubscribe: https://orbit.example/unsub\n")

# ---------------------------------------------------------------------------------------------------------- Ghost

LIGHT_TITLE = "A keeper's last winter on the rock"
LIGHT = ("Elspeth Garrow kept the light on Skerry Head for twenty-two winters before it was automated.",
         "She kept a log in pencil, because ink froze in the well on the coldest nights.",
         "The log is now in the county archive, and anyone may ask to read it.")
GHOST_HTML = (
    '<html><body><div class="wrapper"><p class="view-online"><a href="https://lights.example/keeper/">View in '
    'browser</a></p><div class="site-title">Harbour Lights</div>'
    f'<h1 class="post-title">{LIGHT_TITLE}</h1><p class="post-meta">By Pell Arkwright \u2022 5 Dec 2026</p>'
    '<figure class="feature-image"><img src="https://lights.example/keeper.jpg" alt=""></figure>'
    f'<div class="post-content">{_paras(LIGHT)}</div>'
    '<p class="feedback"><a href="https://lights.example/keeper/#comments">Comment</a></p>'
    '<div class="footer"><p>Harbour Lights \u00a9 2026 \u2013 <a href="https://lights.example/unsubscribe/">'
    'Unsubscribe</a></p><p><a href="https://ghost.example/">Powered by Ghost</a></p></div></div></body></html>')
GHOST_TEXT = (f"{LIGHT_TITLE}\n\nBy Pell Arkwright\n\n" + "\n\n".join(LIGHT)
              + "\n\nUnsubscribe https://lights.example/unsubscribe/\n")

# ---------------------------------------------------------------------------------------------------------- Revue

LIST_TITLE = "Dara's Reading List, Issue 42"
LIST_INTRO = "This week I read about bridges, bread and birds, and one piece about all three."
BRIDGE_HEAD = "Why bridges sing in the wind"
BRIDGE = "A long piece on the hum of suspension cables, and the engineer who learned to tune them."
BREAD_HEAD = "The last mill on the river"
BREAD = "A miller who still grinds with water, and sells out of flour every Saturday by nine."
REVUE_HTML = (
    '<html><body><table><tr><td><p>Issue #42 \u2022 <a href="https://revue.example/dara/42">View online</a></p>'
    f"<p>{LIST_INTRO}</p>"
    f'<h3><a href="https://engineering.example/sing">{BRIDGE_HEAD}</a></h3><p>engineering.example</p><p>{BRIDGE}</p>'
    f'<h3><a href="https://rivers.example/mill">{BREAD_HEAD}</a></h3><p>rivers.example</p><p>{BREAD}</p>'
    '<p>Did you enjoy this issue? <a href="https://revue.example/y">Yes</a> <a href="https://revue.example/n">No</a>'
    '</p><p>In order to unsubscribe, <a href="https://revue.example/unsub">click here</a>.</p><p>If you were '
    'forwarded this newsletter and you like it, you can <a href="https://revue.example/dara">subscribe here</a>.</p>'
    '<p><a href="https://revue.example/">Powered by Revue</a></p></td></tr></table></body></html>')
REVUE_TEXT = (f"{LIST_INTRO}\n\n{BRIDGE_HEAD}\nhttps://engineering.example/sing\n{BRIDGE}\n\n{BREAD_HEAD}\n"
              f"https://rivers.example/mill\n{BREAD}\n\nIn order to unsubscribe, click here: "
              "https://revue.example/unsub\n")

# ---------------------------------------------------------------------------------------------------------- briefing

BRIEF_TITLE = "Morning Ledger: the flood barriers hold, and the bus strike ends"
BRIEF_OPEN = "Good morning. The river peaked overnight, a day of talks ended a strike, and the weekend looks dry."
FLOOD_HEAD = "The barriers held"
FLOOD = "The river rose to within a foot of the new barriers at two in the morning and then began to fall."
STRIKE_HEAD = "Buses run again on Monday"
STRIKE = "Drivers accepted a pay offer of four per cent after nine hours of talks at the town hall."
BRIEFING_HTML = (
    '<html><body><table><tr><td><a href="https://ledger.example/briefing">Read online</a></td></tr><tr><td>'
    f"<p>By Ruth Ansah</p><p>{BRIEF_OPEN}</p><h2>{FLOOD_HEAD}</h2><p>{FLOOD}</p>"
    '<table class="ad"><tr><td><p>ADVERTISEMENT</p><p><a href="https://ad.example/">Winter tyres fitted while you '
    "wait. Book today.</a></p></td></tr></table>"
    f"<h2>{STRIKE_HEAD}</h2><p>{STRIKE}</p>"
    '<p><a href="https://ledger.example/evening">Sign up for the Evening Ledger</a></p>'
    '<p>Forwarded this email? <a href="https://ledger.example/subscribe">Subscribe here</a>.</p>'
    "<p>You received this email because you are subscribed to The Morning Ledger from The Daily Ledger. "
    '<a href="https://ledger.example/unsub">Unsubscribe</a> | <a href="https://ledger.example/prefs">Manage '
    'preferences</a> | <a href="https://ledger.example/privacy">Privacy policy</a></p>'
    "<p>\u00a9 2026 The Daily Ledger, 40 Quay Street</p></td></tr></table></body></html>")
BRIEFING_TEXT = (f"By Ruth Ansah\n\n{BRIEF_OPEN}\n\n{FLOOD_HEAD}\n\n{FLOOD}\n\n{STRIKE_HEAD}\n\n{STRIKE}\n\n"
                 "Unsubscribe: https://ledger.example/unsub\n")

# ---------------------------------------------------------------------------------------------------------- digest
# A digest of short stories is read whole, each story under its heading (a chapter a listener can skip to): the user
# saved one issue to hear, and one mail has no way to pass a single story of it. Its "In this issue" list only
# repeats the headings below, so it is not read.

DIGEST_TITLE = "Eastbank Residents' Digest, week 49"
STORIES = (("Road closed for the gas main", "Mill Lane will be closed from Monday for three weeks while the gas "
            "main is replaced."),
           ("Library extends its hours", "The library will stay open until eight on Thursdays from January, "
            "after a petition with four hundred names."),
           ("Carol singing on the green", "Carols start at six on December 20, with mulled apple juice from the "
            "school's parents' group."))
DIGEST_HTML = (
    "<html><body><table><tr><td><h1>Eastbank Residents' Digest</h1><p>In this issue:</p><ul>"
    + "".join(f'<li><a href="#s{n}">{head}</a></li>' for n, (head, _) in enumerate(STORIES))
    + "</ul>"
    + "".join(f'<h2 id="s{n}">{head}</h2><p>{text}</p>' for n, (head, text) in enumerate(STORIES))
    + '<p>You are getting this digest as a member of the Eastbank Residents\' Association. <a '
    'href="https://eastbank.example/unsub">Unsubscribe</a></p></td></tr></table></body></html>')
DIGEST_TEXT = ("In this issue:\n" + "".join(f"* {head}\n" for head, _ in STORIES) + "\n"
               + "".join(f"{head}\n\n{text}\n\n" for head, text in STORIES))

# ---------------------------------------------------------------------------------------------------------- forward

OWN = ("Dear all, before the meeting on Thursday I want to set out why I think the tide tables matter to us more "
       "than the council seems to believe, and what I propose we ask them for.",
       "First, the slipway. Every launch this autumn has been planned from the printed tables, and three times in "
       "October boats were left on trailers on the hard while the water stayed stubbornly out of reach. Two of "
       "those were the rescue boat's training nights, which is not a small thing for a village that relies on it.",
       "Second, the fishing. The creel boats time their runs to the ebb, and a forty-minute error means hauling "
       "against the tide for the first hour. Jamie worked out that it cost him a morning's diesel a week through "
       "November, and he is not the only one who has noticed.",
       "Third, the school trips to the shore, which are booked weeks ahead from the same tables. The teachers have "
       "been cautious, as they should be, but a wrong low tide on a rocky shore is the kind of mistake we should "
       "never make twice.",
       "What I propose is simple: we ask the council to fund a new survey of the gauge this winter, to publish "
       "corrected tables on the notice board each month until then, and to write to the almanac's printers so "
       "that next year's edition is right. I have asked Nora Quist, who writes The Tidewater, whether we may use "
       "her figures, and she has said yes; her piece is below, and it explains the gauge better than I can.",
       "I know some of you will say that the tables have always been a little out and that we have always "
       "managed. That is true, and it is how we managed that worries me: by old hands on the pier who knew to add "
       "a bit in the spring and take a bit off in the autumn. Most of them have retired, and the new families "
       "on the estate have only the printed book to go by, which is exactly how the boats were caught in October.",
       "Please read it before Thursday, and bring any dates you remember when the water did not come when it "
       "should. Tea and biscuits from seven, meeting at half past, and the hall will be open early for anyone who "
       "wants to look at the old gauge readings first.")
FORWARD_TEXT = ("\n\n".join(OWN) + "\n\nAnn\n\n---------- Forwarded message ---------\n"
                "From: Nora Quist <tidewater@substack.example>\nDate: Sat, Dec 5, 2026 at 6:00 AM\n"
                f"Subject: {TIDE_TITLE}\nTo: <ann@example.com>\n\n" + "\n\n".join(TIDE) + "\n")

# ---------------------------------------------------------------------------------------------------------- replies

ROOF = ("Thanks, Ann. The roofers came on Friday and the leak over the hall is fixed for now.",
        "They want to replace the whole north slope in the summer holidays, which the council has agreed to fund.",
        "I will bring the quote to the next meeting so the governors can see the figures.")
QUOTED = ("Hi Tom, is there any news on the roof? The hall was wet again on Wednesday.",
          "The children had their assembly in the dining room.")
REPLY_TEXT = ("\n\n".join(ROOF) + "\n\nTom\n\n-- \nTom Reilly\nChair of Governors, Eastbank Primary\n"
              "01632 960123\n\nOn Thu, 3 Dec 2026 at 18:02, Ann Lee <ann@example.com> wrote:\n"
              + "".join(f"> {line}\n>\n" for line in QUOTED) + "> Ann\n")
GMAIL_REPLY_HTML = (
    f'<div dir="ltr">{"".join(f"<div>{line}</div><div><br></div>" for line in ROOF)}<div>Tom</div></div><br>'
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 3 Dec 2026 at 18:02, Ann Lee &lt;<a '
    'href="mailto:ann@example.com">ann@example.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" '
    'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    f'<div dir="ltr">{"".join(f"<div>{line}</div>" for line in QUOTED)}<div>Ann</div></div></blockquote></div>')

# ---------------------------------------------------------------------------------------------------------- attached

PIER_TITLE = "The pier that the storm forgot"
PIER = ("The old stone pier at Eastbank lost its lamp in the storm but not a single stone.",
        "Engineers who surveyed it on Tuesday said the Victorian builders had set it on bedrock.",
        "The new lamp, a copy of the old one, will be lit on Christmas Eve.")
PIER_PAGE = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{PIER_TITLE} | Eastbank News'
             '</title><meta name="author" content="Lewis Harcus"><meta property="article:published_time" '
             f'content="2026-12-01T09:00:00Z"></head><body><article><h1>{PIER_TITLE}</h1><p class="byline">By Lewis '
             f"Harcus</p>{_paras(PIER)}</article><footer><p>\u00a9 Eastbank News</p></footer></body></html>")
NOTE = "Here is the piece I mentioned, attached.\n\nAnn\n"


def _with_attachment(message: EmailMessage, data: bytes, maintype: str, subtype: str, name: str) -> EmailMessage:
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


# ---------------------------------------------------------------------------------------------------------- encodings

SOFT = ("The harbourmaster's report, published on Thursday, recommends dredging the inner basin before the spring.",
        "Its authors counted twenty-three groundings in the basin since March, most of them at low water springs.")
CAFE = ("The caf\u00e9 on the pier reopens on Saturday with a new owner, Jos\u00e9 Ferreira.",
        "\u201cWe kept the old menu,\u201d he said, \u201cbut the soup is \u00a34 now, not \u00a33.\u201d",
        "Opening hours are nine till four \u2013 closed on Mondays.")


def _wrong_charset() -> bytes:
    """A plain-text mail in windows-1252 bytes whose header says UTF-8 (an old mail merge's template)."""
    head = (f"From: Eastbank News <news@eastbank.example>\r\nTo: ann@example.com\r\nSubject: The cafe reopens\r\n"
            f"Date: {SENT}\r\nMessage-ID: <cafe@eastbank.example>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode("ascii") + "\r\n\r\n".join(CAFE).encode("cp1252") + b"\r\n"


def _soft_broken() -> bytes:
    """Quoted-printable whose soft line breaks fall inside words (and inside an encoded apostrophe's bytes)."""
    text = "\n\n".join(SOFT).replace("'", "\u2019") + "\n"
    raw = text.encode("utf-8")
    body = "".join(f"={byte:02X}" if byte > 126 or byte == 61 else chr(byte) if byte != 10 else "\r\n"
                   for byte in raw)
    lines = []
    for line in body.split("\r\n"):
        while len(line) > 40:  # a soft break every 40 characters, in a word or an escape's middle byte
            cut = 40 if line[38] != "=" and line[39] != "=" else 37
            lines.append(line[:cut] + "=")
            line = line[cut:]
        lines.append(line)
    head = ("From: Harbour Trust <news@harbourtrust.example>\r\nTo: ann@example.com\r\n"
            f"Subject: Dredging the basin\r\nDate: {SENT}\r\nMessage-ID: <qp@harbourtrust.example>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n")
    return (head + "\r\n".join(lines)).encode("ascii")


# ---------------------------------------------------------------------------------------------------------- cases

FOOTER = ("Unsubscribe", "Powered by", "\u00a9 2026")


def mail_cases() -> list[Case]:
    """Fourteen mails as users save them."""
    pdf = make_pdf([[(72, 720, 20, PIER_TITLE), (72, 690, 11, "By Lewis Harcus"),
                     *paragraph(660, [PIER[0]]), *paragraph(630, [PIER[1]]), *paragraph(600, [PIER[2]])]])
    return [
        Case("substack", "eml", "tides.eml", _message(
            "Nora Quist from The Tidewater <tidewater@substack.example>", TIDE_TITLE, SUBSTACK_TEXT, SUBSTACK_HTML,
            extra=(("List-Unsubscribe", "<https://tidewater.example/unsub>"),)).as_bytes(),
            TIDE_TITLE, ("Nora Quist",), DAY, (TIDE_DEK, *TIDE),
            ("View in browser", "Restack", "Upgrade to paid", "Subscribe for free", "Thanks for reading",
             "Market Street", "Unsubscribe", "Get the app", "Start writing", "Comment"), once=TIDE),
        Case("buttondown", "eml", "plot.eml", _message(
            "Ivo Marsh <ivo@buttondown.example>", PLOT_TITLE, BUTTONDOWN_TEXT, BUTTONDOWN_HTML).as_bytes(),
            PLOT_TITLE, ("Ivo Marsh",), DAY, PLOT,
            ("Share this email", "LinkedIn", "receiving this email", "unsubscribe", "Powered by Buttondown")),
        Case("beehiiv-sponsor-poll", "eml", "orbit.eml", _message(
            "The Weekly Orbit <orbit@mail.beehiiv.example>", ORBIT_TITLE, BEEHIIV_TEXT, BEEHIIV_HTML).as_bytes(),
            ORBIT_TITLE, ("Tamsin Oyelaran",), DAY, ORBIT,
            ("View online", "Written by", "LOAMWORKS", "Compost at your door", "peat-free", "Claim your bag",
             "today's edition", "Loved it", "It was okay", "Not for me", "Refer a friend", "preferences",
             *FOOTER)),
        Case("ghost", "eml", "keeper.eml", _message(
            "Harbour Lights <noreply@lights.example>", LIGHT_TITLE, GHOST_TEXT, GHOST_HTML).as_bytes(),
            LIGHT_TITLE, ("Pell Arkwright",), DAY, LIGHT,
            ("View in browser", "Harbour Lights", "By Pell", "Comment", *FOOTER[:2])),
        Case("revue-reading-list", "eml", "list.eml", _message(
            "Dara Lyle <dara@revue.example>", LIST_TITLE, REVUE_TEXT, REVUE_HTML).as_bytes(),
            LIST_TITLE, ("Dara Lyle",), DAY, (LIST_INTRO, BRIDGE_HEAD, BRIDGE, BREAD_HEAD, BREAD),
            ("Issue #42", "View online", "engineering.example", "rivers.example", "enjoy this issue",
             "unsubscribe", "click here", "forwarded this newsletter", "Powered by Revue")),
        Case("newspaper-morning-briefing", "eml", "ledger.eml", _message(
            "The Morning Ledger <briefing@ledger.example>", BRIEF_TITLE, BRIEFING_TEXT, BRIEFING_HTML).as_bytes(),
            BRIEF_TITLE, ("Ruth Ansah",), DAY, (BRIEF_OPEN, FLOOD_HEAD, FLOOD, STRIKE_HEAD, STRIKE),
            ("Read online", "ADVERTISEMENT", "Winter tyres", "Sign up", "Forwarded this email", "Subscribe here",
             "You received this email", "Unsubscribe", "Manage preferences", "Privacy policy", "Quay Street",
             "By Ruth")),
        Case("digest-of-stories", "eml", "digest.eml", _message(
            "Eastbank Residents <news@eastbank.example>", DIGEST_TITLE, DIGEST_TEXT, DIGEST_HTML).as_bytes(),
            DIGEST_TITLE, ("Eastbank Residents",), DAY, tuple(part for story in STORIES for part in story),
            ("In this issue", "member of the Eastbank", "Unsubscribe"), once=tuple(head for head, _ in STORIES)),
        Case("forward-under-a-long-letter", "eml", "fwd.eml", _message(
            "Ann Lee <ann@example.com>", f"Fwd: {TIDE_TITLE}", FORWARD_TEXT).as_bytes(),
            TIDE_TITLE, ("Ann Lee",), DAY, (*OWN, *TIDE),
            ("Forwarded message", "From: Nora", "tidewater@", "Subject:", "To:", "Date:"), once=TIDE),
        Case("reply-quoting-as-text", "eml", "roof.eml", _message(
            "Tom Reilly <tom@eastbank.example>", "Re: The school roof", REPLY_TEXT).as_bytes(),
            "The school roof", ("Tom Reilly",), DAY, ROOF,
            ("wrote:", "any news on the roof", "dining room", "01632", "Chair of Governors")),
        Case("reply-quoting-gmail-html", "eml", "roof.eml", _message(
            "Tom Reilly <tom@eastbank.example>", "Re: The school roof", REPLY_TEXT, GMAIL_REPLY_HTML).as_bytes(),
            "The school roof", ("Tom Reilly",), DAY, ROOF, ("wrote:", "any news on the roof", "dining room")),
        Case("article-attached-as-html", "eml", "pier.eml", _with_attachment(_message(
            "Ann Lee <ann@example.com>", "The pier piece", NOTE), PIER_PAGE.encode(), "text", "html",
            "pier.html").as_bytes(),
            PIER_TITLE, ("Lewis Harcus",), "2026-12-01", PIER,
            ("the piece I mentioned", "Eastbank News", "The pier piece")),
        Case("article-attached-as-pdf", "eml", "pier.eml", _with_attachment(_message(
            "Ann Lee <ann@example.com>", "The pier piece", NOTE), pdf, "application", "pdf", "pier.pdf").as_bytes(),
            PIER_TITLE, ("Lewis Harcus",), None, PIER, ("the piece I mentioned", "The pier piece")),
        Case("quoted-printable-broken-in-words", "eml", "basin.eml", _soft_broken(), "Dredging the basin",
             ("Harbour Trust",), DAY, tuple(line.replace("'", "\u2019") for line in SOFT), ("=\r", "=E2", "= ")),
        Case("windows-1252-declared-utf8", "eml", "cafe.eml", _wrong_charset(), "The cafe reopens",
             ("Eastbank News",), DAY, CAFE, ("\ufffd", "Ã", "â€")),
    ]


CASES = mail_cases()

# Mails narrator does not read right yet, by class; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {}


def test_there_are_at_least_fourteen_mails() -> None:
    assert len(CASES) >= 14


def test_every_known_failure_names_a_mail() -> None:
    assert set(KNOWN) <= {case.name for case in CASES}


@pytest.mark.parametrize("case", cases_marked(CASES, KNOWN))
def test_a_saved_mail_is_read_whole_and_only_it(case: Case) -> None:
    found = score(case, read_case(case))
    assert found["right"], found


def test_a_digests_stories_are_chapters_under_their_headings() -> None:
    case = next(case for case in CASES if case.name == "digest-of-stories")
    headings = [block.text for block in read_case(case).blocks if block.kind is BlockKind.HEADING]
    assert headings == [head for head, _ in STORIES]


# ---------------------------------------------------------------------------------------------------------- Outlook


def _ole(*names: str) -> bytes:
    """The first sectors of an OLE compound file (what Outlook's .msg, old Word and Excel files are) holding directory
    entries of the given names, as far as a reader looks at them."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in names)
    return header + entries.ljust(512, b"\x00") * 2


def test_an_outlook_msg_is_refused_saying_to_save_it_as_eml() -> None:
    data = _ole("Root Entry", "__substg1.0_0037001F", "__substg1.0_1000001F", "__properties_version1.0")
    with pytest.raises(NarratorError) as raised:
        clean(Source("tides.msg", data), CleanSettings())
    message = str(raised.value)
    assert "Outlook" in message and ".eml" in message


def test_an_old_word_file_is_still_refused_as_one() -> None:
    with pytest.raises(NarratorError) as raised:
        clean(Source("tides.doc", _ole("Root Entry", "WordDocument", "1Table")), CleanSettings())
    assert ".docx" in str(raised.value)


# ---------------------------------------------------------------------------------------------------------- fuzz


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in CASES])
def test_a_damaged_copy_is_read_or_refused_with_the_houses_error(case: Case) -> None:
    for copy in _damaged(case.data, len(case.name), 16):
        try:
            clean(Source(case.origin, copy), CleanSettings())
        except NarratorError as error:
            assert str(error).strip()


# ---------------------------------------------------------------------------------------------------------- guards


def _body(data: bytes, origin: str = "mail.eml") -> tuple[str, tuple[str, ...], str]:
    document = clean(Source(origin, data), CleanSettings())
    return document.meta.title, document.meta.authors, " ".join(
        [document.meta.standfirst or "", *(block.text for block in document.blocks)])


def test_a_forwarded_message_under_a_long_letter_is_a_chapter_of_its_own() -> None:
    case = next(case for case in CASES if case.name == "forward-under-a-long-letter")
    headings = [block.text for block in read_case(case).blocks if block.kind is BlockKind.HEADING]
    assert headings == [TIDE_TITLE]  # the letter's closing "Ann" is no heading


def test_a_short_note_over_a_forward_still_gives_the_forwarded_messages_fields() -> None:
    text = ("Thought you would like this.\n\nAnn\n\n" + FORWARD_TEXT[FORWARD_TEXT.index("----------"):])
    title, authors, body = _body(_message("Ann Lee <ann@example.com>", f"Fwd: {TIDE_TITLE}", text).as_bytes())
    assert (title, authors) == (TIDE_TITLE, ("Nora Quist",)) and "Thought you" not in body and TIDE[2] in body


@pytest.mark.parametrize("text", [
    # a plain-text newsletter's own quotation, set with ">" under no "wrote:" line
    f"{ROOF[0]}\n\n> The roof is the school's oldest part, said the head.\n\n{ROOF[1]}\n",
    # "wrote:" ending a sentence of the writer's own, with no quoted lines under it
    f"{ROOF[0]}\n\nOn Friday the head wrote:\n\nThe hall will open again on Monday.\n\n{ROOF[1]}\n",
])
def test_quoted_lines_under_no_reply_line_are_read(text: str) -> None:
    _, _, body = _body(_message("Tom Reilly <tom@eastbank.example>", "The school roof", text).as_bytes())
    assert ROOF[1] in body and ("roof is the school's oldest part" in body or "hall will open again" in body)


def test_an_outlook_reply_reads_the_reply_and_not_the_original_message() -> None:
    text = ("\n\n".join(ROOF) + "\n\n-----Original Message-----\nFrom: Ann Lee <ann@example.com>\n"
            "Sent: Thursday, December 3, 2026 6:02 PM\nTo: Tom Reilly <tom@eastbank.example>\n"
            "Subject: The school roof\n\n" + "\n\n".join(QUOTED) + "\n")
    title, authors, body = _body(_message("Tom Reilly <tom@eastbank.example>", "RE: The school roof",
                                          text).as_bytes())
    assert (title, authors) == ("The school roof", ("Tom Reilly",)) and ROOF[2] in body
    assert "any news on the roof" not in body and "Original Message" not in body


def test_a_signature_line_alone_at_the_top_cuts_nothing() -> None:
    _, _, body = _body(_message("Tom Reilly <tom@eastbank.example>", "The school roof",
                                "-- \n" + "\n\n".join(ROOF)).as_bytes())
    assert ROOF[0] in body and ROOF[2] in body


@pytest.mark.parametrize(("note", "attached"), [
    ("See the attached piece.", True),
    ("Anbei der Artikel.", True),
    ("The pier survived the storm; lamp to be replaced by Christmas.", False),  # a message of its own, no cover
    ("Attached is the piece, and here is what I think of it: " + "the pier is the best thing in the village. " * 5,
     False),  # too long to be a note: the mail is its own
])
def test_an_attachment_is_read_only_under_a_short_covering_note(note: str, attached: bool) -> None:
    message = _with_attachment(_message("Ann Lee <ann@example.com>", "The pier piece", note), PIER_PAGE.encode(),
                               "text", "html", "pier.html")
    _, _, body = _body(message.as_bytes())
    assert (PIER[0] in body) is attached and (note.split()[0] in body) is not attached


def test_an_attached_article_with_no_title_is_titled_by_the_subject() -> None:
    page = f"<html><body><article>{_paras(PIER)}</article></body></html>"
    message = _with_attachment(_message("Ann Lee <ann@example.com>", "Fwd: The pier piece", NOTE), page.encode(),
                               "application", "octet-stream", "article.htm")
    title, _, body = _body(message.as_bytes())
    assert title == "The pier piece" and PIER[2] in body


@pytest.mark.parametrize(("html", "kept"), [
    # a list that repeats no heading is the article's
    (f"<ul><li>Mill Lane</li><li>Shore Road</li></ul><h2>{STORIES[0][0]}</h2><p>{STORIES[0][1]}</p>"
     f"<h2>{STORIES[1][0]}</h2><p>{STORIES[1][1]}</p>", "Shore Road"),
    # a question of the article's own, with no answers to click under it
    (f"<p>{PLOT[0]}</p><p>Will the leeks last until March?</p><p>{PLOT[1]}</p>", "leeks last until March"),
    # a paragraph with one link in it
    (f'<p>{PLOT[0]}</p><p><a href="https://x.example/pallets">Pallets</a></p><p>{PLOT[1]}</p>', "Pallets"),
    # "click here" to somewhere other than the unsubscribe page
    (f'<p>{PLOT[0]}</p><p>The seed list is online; to see it, <a href="https://x.example/seeds">click here</a>.'
     f"</p><p>{PLOT[1]}</p>", "seed list is online"),
])
def test_a_newsletters_own_lists_questions_and_links_are_kept(html: str, kept: str) -> None:
    from narrator.clean.newsletters import tidy_newsletter

    assert kept in tidy_newsletter(f"<html><body><table><tr><td>{html}</td></tr></table></body></html>")


def test_an_outlook_msg_too_large_to_show_its_directory_early_is_known_by_its_name() -> None:
    data = _ole("Root Entry") + b"\x00" * 70_000 + "__substg1.0_0037001F".encode("utf-16-le")
    with pytest.raises(NarratorError, match="Outlook"):
        clean(Source("big.msg", data), CleanSettings())


@pytest.mark.parametrize(("make", "shape"), [
    (lambda n: " " * n + "x\nforwarded message\n", "a line of spaces before a forward's words"),
    (lambda n: "On Thu, Ann wrote:\n" + "> \n\n  \n" * (n // 7), "a quotation of blank quoted lines"),
    (lambda n: ("On Thu " + "a" * 150 + "\n" + "b" * 100 + "\n> x\n") * (n // 260), "reply lines"),
])
def test_a_plain_mails_rules_take_time_linear_in_its_length(make: object, shape: str) -> None:
    import time

    from narrator.clean.archive import _forwarded
    from narrator.clean.mailtext import without_quotation

    def cost(n: int) -> float:
        text = make(n)  # type: ignore[operator]
        start = time.process_time()
        _forwarded(text)
        without_quotation(text)
        return time.process_time() - start

    small, large = min(cost(4000) for _ in range(3)), min(cost(16000) for _ in range(3))
    assert large < 8 * small + 0.02, shape  # x4 input; a square's cost is x16 (the forward line's spaces were)


@pytest.mark.parametrize("make", [
    lambda n: "<html><body><table><tr>" + '<td><a href="x">Like</a></td>' * (n // 30) + "</tr></table></body></html>",
    lambda n: "<html><body><ul>" + "<li>a b</li>" * (n // 40) + "</ul>" + "<h2>a b</h2>" * (n // 40)
              + "</body></html>",
])
def test_a_newsletters_rules_take_time_linear_in_its_length(make: object) -> None:
    import time

    from narrator.clean.newsletters import tidy_newsletter

    def cost(n: int) -> float:
        text = make(n)  # type: ignore[operator]
        start = time.process_time()
        tidy_newsletter(text)
        return time.process_time() - start

    small, large = min(cost(64_000) for _ in range(3)), min(cost(256_000) for _ in range(3))
    assert large < 8 * small + 0.02  # x4 input (a dropped list's 6,400 items took x9, a rail's cells x6)

"""A user's own text that ends with the writer's contact details (issue #10, h183): with no "Kind regards," above them,
the e-mail address made the text look like a page and the contact lines were lost ("My details are below." / name /
telephone / e-mail). Ten texts written before they first ran, seven typed (a letter booking a hall, a rowing club's
notice, a job application, a lost dog, a quiz night, a call for volunteers, a complaint to the council) and three page
dumps whose footers hold an address, a telephone number and an e-mail address: 7 of 10 read right then (4 of 7 typed,
3 of 3 dumps), 10 of 10 now. Then a CMS post's sections in Title Case ("Christmas Concert" under its byline, "Christmas
Jumper Day" over two sentences of names and days), which own_text23's school_newsletter_cms lost. The harness is
own_text4's."""

from __future__ import annotations

import pytest

from narrator.clean.contactlines import in_contact_block, is_contact_detail
from narrator.clean.lines import make_line
from narrator.clean.prose import is_prose
from narrator.model import BlockKind
from tests.own_text4 import kept, pasted

_HALL = ("Dear Mrs Price,\nI am writing to ask whether the parish hall could be booked for our choir's spring concert "
         "on Saturday 14 March. We expect about sixty people and would need the hall from two until six.\nWe are happy "
         "to pay the usual fee and to leave the hall as we found it.\n")
_ROWING = ("Aberaeron Rowing Club\nThe winter training sessions start again on Tuesday 5 January at the harbour. "
           "Sessions run from six until eight and are open to all members over fourteen.\nNew members are welcome to "
           "come and try a session before they join.\n")
_JOB = ("Application for the post of library assistant\nI would like to apply for the post of library assistant "
        "advertised in the Cambrian News. For the last three years I have volunteered at the Aberystwyth Town Library, "
        "helping with the children's reading scheme.\nI am available for interview at any time and could start in "
        "February.\n")
_DOG = ("Lost dog in Llanon\nOur collie, Bracken, ran off during the fireworks on Thursday night near the beach car "
        "park. She is black and white, very shy, and wears a red collar.\n")
_QUIZ = ("Quiz night at the Black Lion\nThe village hall committee is holding a quiz night on Friday 20 February at "
         "half past seven. Teams of up to six, five pounds a head, and all the money raised goes to the new hall "
         "roof.\nThere will be a raffle and a curry supper at the interval.\n")
_BEACH = ("Volunteers wanted for the beach clean\nKeep Cardigan Bay Tidy is looking for volunteers for its spring "
          "beach clean on Sunday 22 March. We will meet at the lifeboat station at ten and finish by one.\nGloves, "
          "bags and pickers are provided, and there will be tea and cake afterwards.\n")
_BINS = ("Subject: Missed bin collections on Maes y Deri\nI am writing to complain that the recycling on Maes y Deri "
         "has not been collected for the last three weeks. Several neighbours have reported it, but nothing has "
         "changed and the bags are now attracting gulls.\nPlease could you tell me when the collections will resume.\n")

_TYPED = [
    (_HALL, "My details are below.\nGareth Morgan\n01970 623456\ngareth.morgan@example.co.uk"),
    (_ROWING, "For more information, contact our secretary:\nSian Rees\nsian@aberaeronrowing.org\n07700 900123"),
    (_JOB, "You can reach me at the address below.\nEmma Jenkins\n14 Heol y Wig, Aberystwyth SY23 2LN\n"
           "Tel: 07700 900456\nEmail: emma.jenkins@example.com"),
    (_DOG, "Please do not chase her, but if you see her let us know straight away.\n"
           "Call Tom on 07700 900789 or email tom.evans@example.org"),
    (_QUIZ, "To book a table, ring or email Dilys:\nDilys Lloyd, 01545 570123, dilys.lloyd@example.com"),
    (_BEACH, "If you can help, please get in touch.\nContact\nRhodri Hughes\nrhodri@example.org.uk"),
    (_BINS, "My phone number is 01239 612345 and my email is alun.price@example.com\nAlun Price"),
]


@pytest.mark.parametrize(("body", "contact"), _TYPED)
def test_a_users_own_text_reads_its_contact_lines(body: str, contact: str) -> None:
    """Each line of a typed text is read, the writer's contact details under it too (a bare e-mail line among the text's
    last lines, under a sentence that says how to reach them, is the writer's own, no page's prompt)."""
    texts = kept(pasted(body + contact + "\n", "own.txt"))
    assert [line for line in contact.split("\n") if line not in texts] == []
    assert [line for line in body.split("\n")[1:] if line and line not in texts] == []


_MENU = "Skip to main content\nHome\nShop\nAbout\nContact\n"


@pytest.mark.parametrize(("page", "footer"), [
    (_MENU + "Our new autumn range is here\nThe autumn range brings back the wool blankets from Melin Tregwynt and "
     "adds three new colours, woven in the mill at Castlemorris since 1912.\nEvery blanket is made to order and takes "
     "about two weeks to arrive.\nShare this post\nContact us\n{footer}\n© 2026 The Wool Shop\nPrivacy policy\n",
     "The Wool Shop, 3 Market Street, Cardigan SA43 1HN\n01239 611111\nhello@woolshop.example"),
    ("Home\nNews\nServices\nRoad closure on the A487 at Penparc\nThe A487 will be closed at Penparc for resurfacing "
     "from Monday 9 March for two weeks. A diversion will be signed through Aberporth and Blaenporth.\nThe work will "
     "be done at night, between 7pm and 6am, to keep disruption to a minimum.\nPublished 2 March 2026\nFollow "
     "us\nFacebook\nX\nContact the council\n{footer}\nAccessibility\nCookies\n",
     "Ceredigion County Council, Penmorfa, Aberaeron SA46 0PA\nTel: 01545 570881\nEmail: clic@example.gov.uk"),
    ("Menu\nHome\nBlog\nAbout\nWhy we moved to the hills\nWhen we left Cardiff for a farmhouse above Tregaron, "
     "everyone told us we would be back within a year. Five years on, we are still here, and the sheep have mostly "
     "forgiven us.\nThe first winter was hard, with snow cutting the lane for a fortnight.\nLeave a "
     "comment\nSubscribe\n{footer}\nPowered by WordPress\n", "Get in touch\nmail@hillblog.example\n07700 900999"),
])
def test_a_pages_footer_keeps_its_contact_lines_out(page: str, footer: str) -> None:
    """Guards: a page dump's footer holds an address, a telephone number and an e-mail address: the page's, not read."""
    texts = kept(pasted(page.format(footer=footer), "page.txt"))
    assert not set(footer.split("\n")) & set(texts)


@pytest.mark.parametrize(("lines", "block"), [
    (["We would love to hear from you.", "Ann Lee", "ann@example.com"], True),
    (["Write to me at home:", "Mr Huw Bowen", "2 Stryd y Castell, Harlech", "huw@example.com"], True),
    (["Please reply by Friday!", "Contact", "Ann Lee", "Tel: 01970 611222", "ann@example.com"], True),
    # guards: under a label, not a sentence; over a page's line; more lines than a writer's details; no sentence above
    (["Contact us", "ann@example.com"], False),
    (["We would love to hear from you.", "ann@example.com", "Powered by WordPress"], False),
    (["We would love to hear from you.", "Ann Lee", "Contact", "01970 611222", "07700 900111", "Ann Lee Jones",
      "ann@example.com"], False),
    (["Ann Lee", "ann@example.com"], False),
])
def test_a_contact_block_is_the_texts_last_details_under_a_sentence(lines: list[str], block: bool) -> None:
    """The e-mail line is in a contact block when every line from the sentence down is a detail and the block ends the
    text, a few lines long."""
    at = next(index for index, text in enumerate(lines) if "@" in text)
    assert in_contact_block(lines, at) is block


@pytest.mark.parametrize(("text", "detail"), [
    ("Gareth Morgan", True), ("01970 623456", True), ("+44 7700 900123", True), ("Mobile: 07700 900123", True),
    ("Email: ann@example.com", True), ("14 Heol y Wig, Aberystwyth SY23 2LN", True), ("Contact", True),
    # guards: a sentence; a prompt; a copyright line; an address inside a sentence; a date
    ("We meet at ten.", False), ("Subscribe to our newsletter", False), ("© 2026 The Wool Shop", False),
    ("Write to ann@example.com today", False), ("Saturday 14 March", False),
])
def test_a_contact_detail_is_a_name_number_address_or_e_mail(text: str, detail: bool) -> None:
    """One line of a writer's details: a name, a telephone number, a postal address, an e-mail address, "Contact"."""
    assert is_contact_detail(text) is detail


# --- a CMS post's sections in Title Case (own_text23's school_newsletter_cms) ---------------------------------------

_POST = ("Skip to content\nCylch Meithrin Aberaeron\nHome\nAbout Us\nNews\nContact\nNews\nSpring Update – 6 March "
         "2026\nPosted on 6 March 2026 by Mrs Davies\n{first}\nOur spring open morning will be on Saturday 21 March "
         "from ten until twelve in the chapel vestry, and every family thinking of joining is welcome to come.\n"
         "{second}\n{paragraph}\n{third}\nThank you to everyone who came to the cake sale last week; we raised "
         "well over two hundred pounds.\nPosted in News\n← Previous Post\nNext Post →\nRecent Posts\nCategories\n"
         "© 2026 Cylch Meithrin Aberaeron\n")


@pytest.mark.parametrize(("first", "second", "paragraph", "third", "headings"), [
    ("Open Morning", "World Book Day", "Thursday 5 March is World Book Day. Please send your child dressed as "
     "a favourite character.", "Cake Sale", ["Open Morning", "World Book Day", "Cake Sale"]),
    ("Open Morning", "Spring Term Dates", "Term ends on Friday 27 March. We return on Monday 13 April.",
     "Thank You", ["Open Morning", "Spring Term Dates", "Thank You"]),
    # guards: a heading of four Title Case words under the byline stays out as a page's line; a headline of
    # capitals with no stop inside is no paragraph, and no heading over it (nor, with nothing kept above it, under)
    ("Read More About Us", "World Book Day", "Thursday 5 March is World Book Day. Please send your child dressed as "
     "a favourite character.", "Cake Sale", ["World Book Day", "Cake Sale"]),
    ("Open Morning", "World Book Day", "World Book Day At Cylch Meithrin Aberaeron", "Cake Sale",
     ["Open Morning"]),
])
def test_a_cms_posts_title_case_sections_are_its_headings(first: str, second: str, paragraph: str, third: str,
                                                           headings: list[str]) -> None:
    """A post's sections named in Title Case ("Open Morning") under its byline are read as its headings, and one over
    a paragraph of names and days ("Thursday 5 March is World Book Day. Please ..."), two sentences, though in
    capitals (the first heading and the short paragraph's were lost)."""
    document = pasted(_POST.format(first=first, second=second, paragraph=paragraph, third=third), "post.txt")
    assert [block.text for block in document.blocks if block.kind is BlockKind.HEADING] == headings


@pytest.mark.parametrize(("text", "prose"), [
    ("Friday 11 December is Christmas Jumper Day. Please bring £1 for Save the Children.", True),
    ("Sunday 1 March is St David's Day. Wear a daffodil to Alban Square.", True),
    # guards: a citation's parts after a stop are names; a Title Case headline; one sentence of names; a second
    # "sentence" in Title Case
    ("The Deleuze Dictionary. Revised Edition Edited by Adrian Parr. 2010.", False),
    ("Christmas Jumper Day At Ysgol Gynradd Llanarth Raises Record Sum", False),
    ("Friday 11 December is Christmas Jumper Day at Ysgol Gynradd Llanarth.", False),
    ("Monday 2 March Is Open Day. Bring Mum And Dad.", False),
])
def test_two_sentences_in_capitals_are_prose(text: str, prose: bool) -> None:
    """A line of two sentences, the second reading on in small letters, is running text however many names it holds."""
    assert is_prose(make_line(0, text, 0)) is prose

"""A user's own text in forms the first tests did not hold (a list alone, headings in capitals, a letter, steps), read
whole; a page around an article still loses its clutter. Every text here was written for this project."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import BlockKind, Document, Format, Source


def _clean(text: str, name: str = "notes.txt", kind: Format = Format.TEXT) -> Document:
    return clean(Source(name, text.encode(), kind), CleanSettings())


def _texts(text: str) -> list[str]:
    return [b.text for b in _clean(text).blocks]


def _page(body: str, title: str = "A note") -> list[str]:
    """An HTML page of the user's own article: its title and body inside <article>."""
    page = (f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")
    return [b.text for b in _clean(page, "note.html", Format.HTML).blocks]


# --- a list that is the whole text ------------------------------------------------------------------------------


def test_a_list_alone_is_read() -> None:
    """A title and six short lines were a page's menu and nothing else: "no article text found"."""
    document = _clean("Shopping List\n\nMilk\nBread\nEggs\nApples\nCoffee\nWashing-up liquid\n")
    assert document.meta.title == "Shopping List"
    assert [b.text for b in document.blocks] == ["Milk", "Bread", "Eggs", "Apples", "Coffee", "Washing-up liquid"]


def test_a_long_list_with_one_short_sentence_under_it_is_read_whole() -> None:
    """The list was a page's menu, and the sentence under it too short to be an article: nothing was read."""
    texts = _texts("Camping Trip\n\nThings to pack\nTent\nSleeping bags\nStove\nMatches\nTorch\nRain jackets\n\n"
                   "We leave at 7am on Saturday. Be ready.\n")
    assert texts == ["Things to pack", "Tent", "Sleeping bags", "Stove", "Matches", "Torch", "Rain jackets",
                     "We leave at 7am on Saturday. Be ready."]


def test_a_menu_beside_a_page_sign_is_still_no_list_of_the_writers() -> None:
    """The list is read whole only when nothing else says "page": a menu over a prompt is still a page's."""
    with pytest.raises(NarratorError, match="no article"):
        _clean("Harbor News\n\nHome\nWorld\nSport\nBusiness\nWeather\n\nSubscribe to our newsletter\n")


def test_a_menu_over_an_article_is_still_left_out() -> None:
    text = ("Harbor News\n\nHome\nWorld\nSport\nBusiness\nWeather\nPodcasts\n\nThe harbor closed on Monday after a "
            "storm damaged the sea wall, officials said.\n\nRepairs will take a month.\n")
    assert _texts(text) == ["The harbor closed on Monday after a storm damaged the sea wall, officials said.",
                            "Repairs will take a month."]


def test_a_short_note_with_a_prompt_in_it_is_read_without_the_prompt() -> None:
    """"Download the form here: ..." made the note a page, whose reading found no article in its two short
    sentences: nothing was read. Its prompt is left out, and the rest read whole."""
    document = _clean("Allotment Waiting List\n\nThere are twelve people on the list.\n\n"
                      "Download the form here: www.example.org/allotments\n\nPlots are offered in March.\n")
    assert document.meta.title == "Allotment Waiting List"
    assert [b.text for b in document.blocks] == ["There are twelve people on the list.", "Plots are offered in March."]


def test_prompts_alone_are_still_no_article() -> None:
    with pytest.raises(NarratorError, match="no article"):
        _clean("Harbor News\n\nSubscribe to our newsletter\n\nFollow us on Facebook\n")


# --- a heading that is a prompt's word ----------------------------------------------------------------------------


def test_a_heading_in_capitals_that_is_a_prompts_word_heads_its_section() -> None:
    """"MEMBERSHIP" over the club's figures was a page's prompt: the text became a page dump and lost the heading,
    its sentence and the next heading."""
    document = _clean("ANNUAL REPORT OF THE ROWING CLUB\n\nMEMBERSHIP\nWe had 84 members this year, up from 70.\n\n"
                      "RACES\nThe first crew won at Henley and the second crew came third at Reading.\n\n"
                      "FINANCES\nThe club ended the year with a small surplus.\n")
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.HEADING, "MEMBERSHIP"), (BlockKind.PARAGRAPH, "We had 84 members this year, up from 70."),
        (BlockKind.HEADING, "RACES"),
        (BlockKind.PARAGRAPH, "The first crew won at Henley and the second crew came third at Reading."),
        (BlockKind.HEADING, "FINANCES"), (BlockKind.PARAGRAPH, "The club ended the year with a small surplus.")]


def test_several_sections_headed_by_prompts_words_are_read() -> None:
    """Two or three such headings ("Membership", "Subscriptions") were two prompt-like lines: a page, and nothing was
    read ("no article text found")."""
    document = _clean("Society Report 2024\n\nMembership\nNumbers rose to 212 this year.\n\nEvents\n"
                      "We held nine talks and two outings.\n\nSubscriptions\nThe annual fee stays at 15 pounds.\n")
    assert [b.text for b in document.blocks if b.kind is BlockKind.HEADING] == ["Membership", "Events",
                                                                                  "Subscriptions"]
    assert len(document.blocks) == 6


def test_a_prompt_set_apart_is_still_a_page_sign() -> None:
    """"Newsletter" alone in its group, or over its offer, is a page's box, not a section of the writer's."""
    body = ("The river rose by two meters overnight and closed the road to the valley.\n\n"
            "Schools stayed shut and the buses ran on the hill road instead.\n\n")
    assert "Newsletter" not in _texts(f"River Rises\n\n{body}Newsletter\n\nOur best stories, every morning.\n")
    offer = _texts(f"River Rises\n\n{body}Newsletter\nGet our best stories in your inbox.\n")
    assert "Newsletter" not in offer and "Get our best stories in your inbox." not in offer


# --- a title with its date --------------------------------------------------------------------------------------


def test_a_title_with_its_date_is_the_title_and_the_date() -> None:
    """"Minutes of the Parish Council, 4 March 2025" gave its date, and the file's name was the title."""
    document = _clean("Minutes of the Parish Council, 4 March 2025\n\nPresent: J. Hart (chair), P. Singh, L. Moore\n"
                      "Apologies: T. Wells\n\n1. Minutes of the last meeting were approved.\n"
                      "2. Potholes on Church Lane: the clerk will write to the county.\n", name="minutes.txt")
    assert document.meta.title == "Minutes of the Parish Council, 4 March 2025"
    assert document.meta.published == "2025-03-04"
    assert document.blocks[0].text == "Present: J. Hart (chair), P. Singh, L. Moore"


def test_a_short_title_with_its_date_is_the_title() -> None:
    document = _clean("Trip to Rome, 12 May 2023\n\nWe landed at noon and went straight to the Forum.\n\n"
                      "It was hotter than we expected.\n", name="rome.txt")
    assert (document.meta.title, document.meta.published) == ("Trip to Rome, 12 May 2023", "2023-05-12")


def test_a_weekday_and_its_date_are_no_title() -> None:
    document = _clean("Friday, 14 February 2025\n\nThe residents made cards all morning.\n", name="cards.txt")
    assert (document.meta.title, document.meta.published) == ("Cards", "2025-02-14")


def test_a_diarys_first_entry_keeps_its_date() -> None:
    """"12 March 2024" over the first entry was the text's date, and not read; the later entries' dates were."""
    texts = _texts("Garden Log\n\n12 March 2024\nSowed the tomatoes indoors.\n\n2 April 2024\nPotted them on.\n")
    assert texts == ["12 March 2024", "Sowed the tomatoes indoors.", "2 April 2024", "Potted them on."]


def test_a_date_set_apart_under_the_title_is_the_texts_date() -> None:
    document = _clean("Flood Notes\n\nMarch 3, 2024\n\nIt rained.\n\nSchools stayed shut.\n")
    assert document.meta.published == "2024-03-03"
    assert [b.text for b in document.blocks] == ["It rained.", "Schools stayed shut."]


def test_a_date_alone_over_the_title_is_still_the_date() -> None:
    document = _clean("14 February 2025\nValentine's Day at the Care Home\n\nThe residents made cards all morning.\n")
    assert document.meta.title == "Valentine's Day at the Care Home"
    assert document.meta.published == "2025-02-14"


def test_a_byline_with_its_date_is_no_title() -> None:
    document = _clean("By Ann Lee, 3 March 2024\n\nIt rained all week.\n\nSchools stayed shut.\n", name="rain.txt")
    assert document.meta.title == "Rain"


def test_a_question_in_title_case_is_the_title() -> None:
    """A title ending on "?" was a sentence: the file's name was the title, the question the first paragraph."""
    document = _clean("Is It Worth Buying an Electric Bike?\n\nWe bought one in March. It has cut the school run "
                      "from 25 minutes to 10.\n\nThe battery lasts about a week.\n", name="bike.txt")
    assert document.meta.title == "Is It Worth Buying an Electric Bike?"
    assert [b.text for b in document.blocks] == [
        "We bought one in March. It has cut the school run from 25 minutes to 10.", "The battery lasts about a week."]


def test_a_question_in_sentence_case_is_the_texts_first_line() -> None:
    document = _clean("Have you ever wondered why the sky is blue?\n\nThe answer is in the air itself.\n",
                      name="sky.txt")
    assert document.meta.title == "Sky"
    assert document.blocks[0].text == "Have you ever wondered why the sky is blue?"


# --- a programme's dated lines, a pasted e-mail, lines wrapped or not -------------------------------------------------


def test_a_programmes_dated_and_timed_lines_are_read() -> None:
    """"Sunday 12 May 2024, 10:30am: Family Service" was a post's stamp: the text became a page, the programme was
    lost, and the title was taken for a byline ("Parish Notices" over a date)."""
    document = _clean("Parish Notices\n\nSunday 12 May 2024, 10:30am: Family Service\n"
                      "Wednesday 15 May 2024, 7pm: Bible study at the vicarage\n"
                      "Saturday 18 May 2024, 2pm: Plant sale\n\n"
                      "The roof appeal has reached 80 per cent of its target.\n")
    assert (document.meta.title, document.meta.authors) == ("Parish Notices", ())
    assert [b.text for b in document.blocks] == [
        "Sunday 12 May 2024, 10:30am: Family Service", "Wednesday 15 May 2024, 7pm: Bible study at the vicarage",
        "Saturday 18 May 2024, 2pm: Plant sale", "The roof appeal has reached 80 per cent of its target."]


def test_a_posts_dated_stamp_is_still_a_page_sign() -> None:
    text = ("Storm Update\n\nSept. 2, 2024 7:04 pm ET\n\nThe storm reached the coast at dawn and thousands lost "
            "power.\n\nCrews worked through the night to restore it.\n")
    assert "Sept. 2, 2024 7:04 pm ET" not in _texts(text)


_EMAIL = ("From: Ana Lima <ana@example.com>\nSent: Monday, 3 June 2024 10:14\nTo: Tom Reed\nSubject: The boiler\n\n"
          "Hi Tom,\n\nThe boiler man rang this morning and said he can come on Thursday, but\nonly between eight and "
          "ten, so someone will have to be in the house to\nlet him in and show him where the old tank was.\n\n"
          "I can do it if you drop the keys round on Wednesday evening, or you\ncould leave them with Mrs Bell at "
          "number 4, who is always in.\n\nThanks,\nAna\n")


def test_a_pasted_emails_header_names_dates_and_signs_it() -> None:
    """The header's "Sent: ... 10:14" was a post's stamp: the text became a page and lost its greeting; the title was
    "From: Ana Lima"."""
    document = _clean(_EMAIL)
    assert (document.meta.title, document.meta.authors, document.meta.published) == (
        "The boiler", ("Ana Lima",), "2024-06-03")
    assert document.blocks[0].text == "Hi Tom,"


def test_a_short_text_wrapped_at_a_fixed_width_is_joined() -> None:
    """Two short paragraphs wrapped at 72 columns between a greeting and a sign-off were too few broken lines to
    join: each paragraph was read in pieces, the first as a list item."""
    texts = [b.text for b in _clean(_EMAIL).blocks]
    assert texts == [
        "Hi Tom,", "The boiler man rang this morning and said he can come on Thursday, but only between eight and "
        "ten, so someone will have to be in the house to let him in and show him where the old tank was.",
        "I can do it if you drop the keys round on Wednesday evening, or you could leave them with Mrs Bell at "
        "number 4, who is always in.", "Thanks,", "Ana"]


def test_long_lines_the_writer_ended_are_no_wrapped_paragraph() -> None:
    """Three list lines of about the same length, each opening on a capital, were one paragraph wrapped at a fixed
    width, and read as the text's standfirst."""
    items = ["The hall will be repainted in July by the volunteers", "The new boiler will be paid for out of the "
             "reserve fund", "The summer fair moves to the second Saturday in June"]
    document = _clean("Things We Agreed at the Meeting\n\n" + "\n".join(items) + "\n\nThe next meeting is in "
                      "September.\n")
    assert document.meta.standfirst is None
    assert [b.text for b in document.blocks] == [*items, "The next meeting is in September."]


def test_a_title_opening_on_by_is_no_byline() -> None:
    """"By the Sea" was a byline naming "the Sea": the file's name was the title."""
    document = _clean("By the Sea\n\nWe walked along the front and ate chips on the wall.\n\nThe gulls were brave.\n")
    assert (document.meta.title, document.meta.authors) == ("By the Sea", ())


# --- a table of contents of the writer's --------------------------------------------------------------------------


def test_a_writers_table_of_contents_and_its_sections_are_read() -> None:
    """The headings said twice (listed under "Contents", then over their sections) were a page's repeated headlines:
    the text became a page dump and lost nine of its eleven lines."""
    text = ("Club Handbook\n\nContents\nGetting Started\nMatch Days\nClub Kit\n\n"
            "Getting Started\nNew members pay the fee at their first session.\n\n"
            "Match Days\nMatches start at 10am. Arrive by 9.30.\n\nClub Kit\nShirts are blue. Socks are white.\n")
    blocks = _clean(text).blocks
    assert len(blocks) == 10
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["Getting Started", "Match Days", "Club Kit"]


def test_headlines_a_page_repeats_are_still_a_page_sign() -> None:
    """Said twice but never over the writer's sentences in their group: a page's teasers, no table of contents."""
    body = "The harbor closed on Monday after a storm damaged the sea wall, officials said."
    text = (f"Harbor News\n\nStorm Hits Coast\nBridge Reopens\n\n{body}\n\nRepairs will take a month.\n\n"
            "Storm Hits Coast\n\nBridge Reopens\n")
    assert _texts(text) == [body, "Repairs will take a month."]


# --- a song's chorus ----------------------------------------------------------------------------------------------

_VERSES = ("Down by the water where the fishing boats lie\nI watched the ferry go and waved goodbye",
           "The gulls were calling and the tide was high\nI kept your letter and I don't know why")
_CHORUS = "Chorus\nOh the harbour lights\nThey shine for you tonight\nWill guide you home"


def test_a_chorus_said_twice_is_read_twice() -> None:
    """A chorus in capitals, said whole after each verse, was a page's repeated headlines: nothing was read."""
    blocks = _texts(f"Harbour Lights\n\n{_VERSES[0]}\n\n{_CHORUS}\n\n{_VERSES[1]}\n\n{_CHORUS}\n")
    assert len(blocks) == 12 and blocks.count("They shine for you tonight") == 2


def test_a_menu_at_a_pages_top_and_foot_is_no_chorus() -> None:
    menu = "Home\nLocal News\nSport\nWeather"
    text = (f"Harbor News\n\n{menu}\n\nThe harbor closed on Monday after a storm damaged the sea wall, officials "
            f"said.\n\nRepairs will take a month.\n\n{menu}\n")
    assert _texts(text) == ["The harbor closed on Monday after a storm damaged the sea wall, officials said.",
                            "Repairs will take a month."]


# --- Markdown ----------------------------------------------------------------------------------------------------

def test_a_task_lists_boxes_are_not_read() -> None:
    """"- [ ] Pay the council tax" was read with its box: "[ ] Pay the council tax"."""
    document = _clean("# This Week\n\n- [x] Call the plumber\n- [ ] Pay the council tax\n", "week.md", Format.MARKDOWN)
    assert [b.text for b in document.blocks] == ["Call the plumber", "Pay the council tax"]


# --- a page of the user's own: steps and a letter -----------------------------------------------------------------


def test_steps_that_open_on_a_prompts_verb_are_read_in_an_html_article() -> None:
    """"Click File." and "Click Save." among the steps were a page's buttons, and left out."""
    steps = ["Open the report in your browser.", "Click File.", "Choose Download as CSV.", "Click Save.",
             "Open the file in your spreadsheet."]
    assert _page("".join(f"<p>{step}</p>" for step in steps), "Export a Report") == steps


def test_steps_that_tap_a_sign_are_the_writers_own() -> None:
    """"Tap the plus sign." named a prompt ("sign", as in "sign up"): the steps were a page's buttons, and nothing
    was read. A sign is a prompt's word only as "sign up", "sign in"."""
    steps = ["Open the app.", "Tap the plus sign.", "Choose a photo.", "Tap Next.", "Write a caption.", "Tap Share."]
    assert _texts("Posting a Photo\n\n" + "\n".join(steps) + "\n") == steps


def test_a_prompt_to_sign_up_is_still_a_page_sign() -> None:
    text = ("River Rises\n\nThe river rose by two meters overnight and closed the road to the valley.\n\n"
            "Schools stayed shut and the buses ran on the hill road instead.\n\nTap here to sign up.\n")
    assert "Tap here to sign up." not in _texts(text)


def test_a_prompt_among_an_articles_paragraphs_is_still_left_out() -> None:
    paragraphs = ["The council met on Monday and agreed to close the old bridge to cars from next spring.",
                  "Engineers found cracks in two of its piers last year, and repairs would cost more than a new one."]
    body = f"<p>{paragraphs[0]}</p><p>Share this article.</p><p>Follow us.</p><p>{paragraphs[1]}</p>"
    assert _page(body, "Bridge to Close") == paragraphs


def test_a_letters_greeting_and_sign_off_are_read_in_an_html_article() -> None:
    """"Dear neighbours," was too short to be text, and "Best wishes, Ana" at the end looked like a teaser."""
    texts = _page("<p>Dear neighbours,</p><p>The hedge will be cut on Thursday. Sorry for the noise.</p>"
                  "<p>Thank you.</p><p>Best wishes,<br>Ana</p>", "A letter to my neighbours")
    assert texts == ["Dear neighbours,", "The hedge will be cut on Thursday. Sorry for the noise.", "Thank you.",
                     "Best wishes, Ana"]


def test_a_name_under_a_sign_off_is_read_in_an_html_article() -> None:
    texts = _page("<p>The choir sings at the church on Sunday at six, and everyone is welcome to come.</p>"
                  "<p>Yours sincerely,</p><p>Margaret Owen</p>", "Choir")
    assert texts[-2:] == ["Yours sincerely,", "Margaret Owen"]


def test_teasers_at_a_pages_end_are_still_left_out() -> None:
    texts = _page("<p>The choir sings at the church on Sunday at six, and everyone is welcome to come.</p>"
                  "<p>More from Local</p><p>New bus timetable for the valley</p><p>School fete raises record sum</p>",
                  "Choir")
    assert texts == ["The choir sings at the church on Sunday at six, and everyone is welcome to come."]


# --- known failures: each fails when it starts to pass -------------------------------------------------------------

_KNOWN = [
    pytest.param("Hill Street Residents' Newsletter, Spring Issue\n\nWelcome to the spring issue.\n\n"
                 "Subscribe to the newsletter by dropping your email into the box at number 12. It is free and we "
                 "never share it.\n\nSee you at the party.\n",
                 "Subscribe to the newsletter by dropping your email into the box at number 12. It is free and we "
                 "never share it.", id="a newsletter's own subscribe sentence reads as the page's prompt"),
    pytest.param("Club Notes\n\nShare.\nThat was the only rule my mother had.\nFollow.\nThat was my brother's.\n"
                 "Comments\nWe had plenty of those.\n", "Share.",
                 id="one-word lines that are a button's verb or label, among the writer's sentences"),
]


@pytest.mark.xfail(strict=True, reason="known: see the ids")
@pytest.mark.parametrize(("text", "line"), _KNOWN)
def test_known_lines_lost_from_a_users_text(text: str, line: str) -> None:
    assert line in _texts(text)


_KNOWN_PAGES = [  # known failures (common.has_article, the poem's lines run together), read since h32
    pytest.param("<p>Back Monday.</p>", "Back Monday.",
                 id="one sentence of two words in an HTML article is read"),
    pytest.param("<p>Open the file.</p><p>Click File.</p><p>Choose CSV.</p><p>Click Save.</p>", "Click Save.",
                 id="steps of two words each are read"),
    pytest.param("<p>The night train goes<br>through towns that sleep<br>and none of them<br>will know my name</p>"
                 "<p>I count the lights<br>I count the years</p>", "I count the lights",
                 id="a poem's lines in an HTML article are read a line a block"),
]


@pytest.mark.parametrize(("body", "line"), _KNOWN_PAGES)
def test_known_lines_lost_from_a_users_page(body: str, line: str) -> None:
    assert line in _page(body)


# --- every document of ours: each line it must read, written before it was first run ------------------------------

_FIXTURES = Path(__file__).parent / "fixtures" / "own_text"
_EXPECTED: dict[str, list[str]] = json.loads((_FIXTURES / "expected.json").read_text(encoding="utf-8"))
_FORMATS = {".txt": Format.TEXT, ".md": Format.MARKDOWN, ".html": Format.HTML}
_MARKER = re.compile(r"^\s*[-*•+]\s+")
# Documents that still lose a line, and why (each fails when it starts to pass).
_STILL_LOSING = {
    "newsletter.txt": "a newsletter's own subscribe sentence reads as the page's prompt",
    "words_as_words2.txt": "one-word lines that are a button's verb or label, among the writer's sentences",
    "d_wrapped_list.txt": "one wrapped lead line in a short text is not joined (unwrap needs five broken lines)",
    "e_read_more_heading.txt": "two prompts' words (\"Read More\", \"Listen\") heading lists of titles: a page "
                               "with no article",
}


def _plain(text: str) -> str:
    """A line as compared: no list marker, one space between words."""
    return " ".join(_MARKER.sub("", text).split())


def _read(name: str) -> list[str]:
    """Everything read of a document: its title, standfirst, authors and blocks."""
    data = (_FIXTURES / name).read_bytes()
    try:
        document = clean(Source(name, data, _FORMATS[Path(name).suffix]), CleanSettings())
    except NarratorError:
        return []
    meta = document.meta
    return [_plain(text) for text in (meta.title, meta.standfirst or "", *meta.authors,
                                      *(b.text for b in document.blocks))]


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=_STILL_LOSING[name]))
    if name in _STILL_LOSING else name for name in sorted(_EXPECTED)])
def test_every_line_of_our_documents_is_read(name: str) -> None:
    read = _read(name)
    lost = [line for line in _EXPECTED[name] if not any(line in text for text in read)]
    assert lost == []


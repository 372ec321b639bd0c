"""Whole articles and dumps the cleaner still lost (issue #10, h73's wave): each class on small texts of our own."""

from __future__ import annotations

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source

_SURVEY = """<html><head><title>Bridge survey finds rusted bearings</title></head><body><article>
<h1>Bridge survey finds rusted bearings</h1>
<p>By Ann Lee</p>
<p>The county's engineers published their survey of the Wharf Street bridge on Monday, after a year of checks.</p>
<p>They found that two of the bridge's six bearings had rusted through and that the deck had moved.</p>
<h2>{heading}</h2>
<p>The engineers recommend that the council close the bridge to lorries until the bearings are replaced in spring.</p>
<p>The council said it would decide at its meeting in June, once the cost of the work is known.</p>
</article></body></html>"""


def _html(page: str) -> Document:
    """The page cleaned as HTML."""
    return clean(Source("survey.html", page.encode(), Format.HTML), CleanSettings())


def test_a_section_heading_worded_as_a_widgets_title_is_kept_over_its_prose() -> None:
    texts = [block.text for block in _html(_SURVEY.format(heading="Recommendations")).blocks]
    assert "Recommendations" in texts
    assert texts[texts.index("Recommendations") + 1].startswith("The engineers recommend")


def test_a_widgets_title_over_headlines_is_still_dropped() -> None:
    page = _SURVEY.replace("</article>", "<h2>Recommended for you</h2><p>Ferry fares to rise in April</p>"
                                         "<p>New head for Moor Street school</p></article>")
    texts = [block.text for block in _html(page.format(heading="What happens next")).blocks]
    assert "What happens next" in texts
    assert not {"Recommended for you", "Ferry fares to rise in April"} & set(texts)


_REVIEW = """<html><head><title>A new cafe on Mill Lane</title></head><body><article>
<h1>A new cafe on Mill Lane</h1><p>By Ann Lee</p>
<p>The Corner Table opened on Mill Lane in March, in what was the old bakery, and it is already full most mornings.</p>
<p>The eggs on toast cost £7 and come with a good strong coffee; the cakes are baked each morning by the owner.</p>
<p>Open Tue–Sun, 8am–3pm.</p>
<p>{verdict}</p>{more}
</article></body></html>"""


def test_a_reviews_mark_on_its_last_line_is_read() -> None:
    for verdict in ("Rating: 4/5", "Our verdict: 7 out of 10"):
        texts = [block.text for block in _html(_REVIEW.format(verdict=verdict, more="")).blocks]
        assert texts[-2:] == ["Open Tue–Sun, 8am–3pm.", verdict]


def test_other_reviews_marks_under_their_headlines_are_not() -> None:
    more = "<h2>More reviews</h2><p>The Old Mill Tearoom</p><p>Rating: 3/5</p><p>Harbour Fish Bar</p><p>Rating: 4/5</p>"
    texts = [block.text for block in _html(_REVIEW.format(verdict="Rating: 4/5", more=more)).blocks]
    assert texts[-1] == "Rating: 4/5" and texts.count("Rating: 4/5") == 1 and "Rating: 3/5" not in texts


_QUESTION = """Should the village keep its last phone box?

{under}

The parish council will decide next month whether to keep the red phone box on Church Street, the last one left.

Nobody has made a call from it since 2019, but many people say it is part of the village and should stay.
"""


def _text(text: str) -> Document:
    """The text cleaned as the user's own plain text."""
    return clean(Source("phone_box.txt", text.encode(), Format.TEXT), CleanSettings())


def test_a_question_over_its_byline_is_the_title() -> None:
    document = _text(_QUESTION.format(under="By Ann Lee"))
    assert (document.meta.title, document.meta.authors) == ("Should the village keep its last phone box?", ("Ann Lee",))
    assert document.blocks[0].text.startswith("The parish council")


def test_a_question_over_the_text_is_its_first_line() -> None:
    document = _text(_QUESTION.format(under="I think it should, and so do most of my neighbours."))
    assert document.blocks[0].text == "Should the village keep its last phone box?"


_NOTED = """# Why towns need markets

{note}

Good evening, and thank you all for coming out on such a wet night to talk about the market on the square.

The market has stood there since 1320, and it still draws more people into the town than anything else.
"""


def _markdown(text: str) -> Document:
    """The text cleaned as the writer's own Markdown."""
    return clean(Source("talk.md", text.encode(), Format.MARKDOWN), CleanSettings())


def test_an_italic_note_on_what_the_text_is_is_read_in_place_not_as_its_standfirst() -> None:
    for note in ("This is an edited transcript of a talk given to the Civic Society in May.",
                 "This is a shortened version of a talk given to the Civic Society in May."):
        document = _markdown(_NOTED.format(note=f"*{note}*"))
        assert document.meta.standfirst is None and document.blocks[0].text == note


def test_an_italic_summary_under_the_title_is_still_the_standfirst() -> None:
    summary = "A talk on why the market on the square matters more to the town than its new shops."
    assert _markdown(_NOTED.format(note=f"*{summary}*")).meta.standfirst == summary


_ADVICE = """<html><head><title>Chickenpox in adults</title></head><body><main><article>
<h1>Chickenpox in adults</h1>
<p class="{mark}">Chickenpox is usually milder in children, but adults who catch it should rest and see a doctor.</p>
<h2>What to do</h2>
<p>Drink plenty of water, and take paracetamol to ease the pain and bring your temperature down.</p>
<p>Stay off work until all the spots have formed a scab, which is usually five days after they appeared.</p>
<h2>When to get help</h2>
<p>Call your doctor at once if the skin around the blisters turns red and hot, or if you find it hard to breathe.</p>
</article></main></body></html>"""


def test_a_marked_summary_over_the_first_section_heading_is_the_standfirst() -> None:
    document = _html(_ADVICE.format(mark="lede"))
    assert document.meta.standfirst == ("Chickenpox is usually milder in children, but adults who catch it should rest"
                                         " and see a doctor.")
    assert document.blocks[0].text == "What to do"


def test_a_marked_lead_running_on_into_the_next_paragraph_is_the_bodys() -> None:
    document = _html(_ADVICE.format(mark="lede").replace("<h2>What to do</h2>", ""))
    assert document.meta.standfirst is None and document.blocks[0].text.startswith("Chickenpox is usually milder")

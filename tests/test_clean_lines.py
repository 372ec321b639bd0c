"""The line measures both readers share: prompts, link-box titles and teaser links told from article prose."""

from __future__ import annotations

import pytest

from narrator.clean.lines import is_widget_label, make_line


@pytest.mark.parametrize("text", [
    "Subscribe to our newsletter",
    "Need more room? Subscribe to our sister magazine for the latest news from the harbour, every week!",
    "Join our forums to keep talking boats! And if you have a tip, let us know at: desk@harbour.example.",
    "No comments yet Comment from the forums",
    "Related: Ferry operators warn of fewer crossings",
    "Read more: Why the tide came in late",
    "On HarbourGazette.com: Ferry operators warn of fewer crossings",
    "Also on harbour.example Why the tide came in late",
    "More information at www.harbour-gazette.org.",
    "Weitere Infos unter www.hafen-zeitung.de.",
    "This feature is temporarily unavailable. Please try again later.",
    "Please wait...",
    "Sign up for free",
    "Read more",
    "Download our app today",
    "Back to top",
    "Skip to main content",
    "Story continues below advertisement",
    "Article continues below",
    "Advertisement - Scroll to continue",
])
def test_prompts_and_teaser_links_are_calls_to_action(text: str) -> None:
    assert make_line(0, text, 0).cta


@pytest.mark.parametrize("text", [
    "The council said it would subscribe to the regional flood warning service from next year.",
    "More than forty people came to the meeting, and the comments were mostly in favour of the plan.",
    "Related research from the university suggests the wall will last another fifty years.",
    "Watch: the mayor said the vote would be held in March.",
    "On Monday the council voted to rebuild the wall",
    "More information about the wall will be published by the council in March, a spokesperson said.",
    "The harbour master asked the crews to please wait for the tide before they left the quay on Monday.",
    # advice and news that mention signing up or following, without looking like a button
    "The service kept signing up customers all week.",
    "Try something new with your partner this weekend.",
    "Try joining a local rowing club to start adding this kind of exercise to your week.",
    "4. Try yoga",
    "2. Get enough sleep",
    "Writing a piece of email marketing",
    "Your email list will begin to grow",
    "Back to the harbour! Why did the ferry stop running?",
    "Follow the river path for two miles until you reach the old mill.",
    "The story continues below the surface of the lake.",
    "Skip to the good part: the ferry runs again on Monday.",
])
def test_article_sentences_are_not_calls_to_action(text: str) -> None:
    assert not make_line(0, text, 0).cta


@pytest.mark.parametrize(("text", "label"), [
    ("More from UK", True), ("More Great Harbour Stories", True), ("You may also like...", True),
    ("Most read", True), ("Related", True), ("Other Opinion Columns", True),
    ("Other factors", False),
    ("More than 40 people died in the fire.", False), ("More trouble ahead for the council", False),
])
def test_link_box_titles(text: str, label: bool) -> None:
    assert is_widget_label(make_line(0, text, 0)) is label


def test_a_long_paragraph_naming_a_photo_agency_is_not_a_credit() -> None:
    caption = "The harbour wall at dawn, seen from the ferry pier. Getty Images"
    paragraph = ("The agency Getty Images bought the harbour archive last year, " + "and the town kept the rights "
                 "to show the old photographs in its museum for as long as the museum stays open, " * 10)
    assert make_line(0, caption, 0).credit
    assert not make_line(0, paragraph, 0).credit

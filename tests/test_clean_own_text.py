"""A user's own text, with no sign of a page around it, is read whole: every line, short or long."""

from __future__ import annotations

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import BlockKind, Document, Format, Source


def _clean(text: str) -> Document:
    return clean(Source("notes.txt", text.encode(), Format.TEXT), CleanSettings())


def test_short_lines_are_all_read() -> None:
    document = _clean("Short Lines\n\nIt rained.\n\nThe river rose by two meters overnight and closed the road.\n\n"
                      "Schools stayed shut.\n")
    assert document.meta.title == "Short Lines"
    assert [b.text for b in document.blocks] == [
        "It rained.", "The river rose by two meters overnight and closed the road.", "Schools stayed shut."]


def test_lines_without_blank_lines_between_them_are_all_read() -> None:
    document = _clean("Short Lines\nIt rained.\nThe river rose overnight.\nSchools stayed shut.\n")
    assert [b.text for b in document.blocks] == ["It rained.", "The river rose overnight.", "Schools stayed shut."]


def test_a_title_and_one_sentence_are_an_article() -> None:
    document = _clean("Flood Notes\n\nThe river rose by two meters overnight.\n")
    assert document.meta.title == "Flood Notes"
    assert [b.text for b in document.blocks] == ["The river rose by two meters overnight."]


def test_subheadings_questions_and_leads_above_lists_are_kept() -> None:
    text = ("Dear Ada\n\nA Reader Asks\n\nShould I sell the boat?\n\nMy husband wants to keep it, and I do not "
            "see why we should pay for the mooring any longer.\n\nThe Costs So Far\n\nHere is what we paid:\n\n"
            "Mooring fees\nInsurance\nRepairs to the hull\n\nWhat I Would Do\n\nSell it in spring, when buyers "
            "are keen and the prices are higher.\n")
    blocks = _clean(text).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "A Reader Asks"),
        (BlockKind.PARAGRAPH, "Should I sell the boat?"),
        (BlockKind.PARAGRAPH, "My husband wants to keep it, and I do not see why we should pay for the mooring "
                              "any longer."),
        (BlockKind.HEADING, "The Costs So Far"),
        (BlockKind.PARAGRAPH, "Here is what we paid:"),
        (BlockKind.LIST_ITEM, "Mooring fees"),
        (BlockKind.LIST_ITEM, "Insurance"),
        (BlockKind.LIST_ITEM, "Repairs to the hull"),
        (BlockKind.HEADING, "What I Would Do"),
        (BlockKind.PARAGRAPH, "Sell it in spring, when buyers are keen and the prices are higher."),
    ]


def test_news_that_mentions_signing_up_is_read() -> None:
    text = ("Sign-ups Soar\n\nThe service kept signing up customers all week.\n\nFollow the river path for two "
            "miles and you reach the new office, which opened on Monday.\n")
    assert len(_clean(text).blocks) == 2


def test_byline_and_date_under_the_title_are_metadata() -> None:
    document = _clean("Flood Notes\nBy Ann Lee\nMarch 3, 2024\n\nIt rained.\n\nSchools stayed shut.\n")
    assert document.meta.authors == ("Ann Lee",)
    assert document.meta.published == "2024-03-03"
    assert [b.text for b in document.blocks] == ["It rained.", "Schools stayed shut."]


def test_a_page_dump_still_loses_its_prompts_and_menus() -> None:
    body = ("The river rose by two meters overnight and closed the road to the harbour, the council said on "
            "Tuesday, and schools in the valley stayed shut for a second day.")
    text = (f"Flood closes valley road\n\nHome\nNews\nSport\nWeather\n\nFlood closes valley road\n\n{body}\n\n"
            f"Subscribe to our newsletter\n\nHome\nNews\n")
    texts = [b.text for b in _clean(text).blocks]
    assert texts == [body]


def test_a_sentence_with_a_time_is_no_byline() -> None:
    """"It starts at 8pm. Then..." was taken for a name glued to a date: the text lost its body, "no article"."""
    document = _clean("A Storm\n\nHe called the police. Then he left the building and went home.\n\n"
                      "It starts at 8pm. Then it ends after a while with a long tail.\n")
    assert document.meta.authors == ()
    assert [b.text for b in document.blocks] == [
        "He called the police. Then he left the building and went home.",
        "It starts at 8pm. Then it ends after a while with a long tail."]


def test_a_name_glued_to_a_date_is_still_a_byline() -> None:
    document = _clean("A Storm\n\nAna de Lima - Nov 19, 2019\n\nThe river rose by two meters overnight.\n")
    assert document.meta.authors == ("Ana de Lima",)
    assert [b.text for b in document.blocks] == ["The river rose by two meters overnight."]


def test_a_sentence_that_only_reads_like_a_prompt_is_the_articles_own() -> None:
    """One advice sentence ("Share a meal with locals if you can.") made the text a page dump: two of its four
    lines were lost. A page sets its prompts apart, short, or names what it wants."""
    document = _clean("My Trip to Lisbon\n\nWe arrived at 9:30 on a Tuesday. The city was hot.\n\n"
                      "Share a meal with locals if you can. It is the best way to learn.\n\n"
                      "Follow the tram lines and you will never get lost.\n")
    assert [b.text for b in document.blocks] == [
        "We arrived at 9:30 on a Tuesday. The city was hot.",
        "Share a meal with locals if you can. It is the best way to learn.",
        "Follow the tram lines and you will never get lost."]


def test_a_title_that_reads_like_a_prompt_is_the_title() -> None:
    document = _clean("Read This Before You Buy a House\n\nThe survey found damp in the cellar.\n\n"
                      "We walked away from the sale.\n")
    assert document.meta.title == "Read This Before You Buy a House"
    assert len(document.blocks) == 2


def test_a_prompt_that_names_what_it_wants_is_still_a_page_sign() -> None:
    text = ("River Rises\n\nThe river rose by two meters overnight and closed the road to the valley.\n\n"
            "Schools stayed shut and the buses ran on the hill road instead of the valley road.\n\n"
            "Sign up for our free daily newsletter.\n")
    assert "newsletter" not in " ".join(b.text for b in _clean(text).blocks)


def test_a_timetable_in_a_users_text_is_read() -> None:
    """"Monday: Main St from 9am to 5pm" looked like a feed's stamp: the text became a page dump, the list was lost."""
    blocks = _clean("Road closures this week\n\nMonday: Main St from 9am to 5pm\nTuesday: Oak Ave, all day\n"
                    "Wednesday: none\n\nDrivers should use the bypass. Police will be on site.\n").blocks
    assert [b.text for b in blocks] == ["Monday: Main St from 9am to 5pm", "Tuesday: Oak Ave, all day",
                                        "Wednesday: none", "Drivers should use the bypass. Police will be on site."]


def test_a_refrain_is_read_twice() -> None:
    """A poem's line said twice looked like a page's repeated headline: nothing was read ("no article text")."""
    blocks = _clean("The Lake\n\nThe lake is cold in June.\nThe lake is cold in June.\nBut we swim anyway.\n").blocks
    assert [b.text for b in blocks] == ["The lake is cold in June.", "The lake is cold in June.",
                                        "But we swim anyway."]


def test_a_posts_stamp_and_a_repeated_headline_still_mark_a_page() -> None:
    stamped = ("Storm Update\n\nUpdated 5 hours ago\n\nThe storm reached the coast at dawn and thousands lost "
               "power.\n\nCrews worked through the night to restore it.\n")
    assert "Updated" not in " ".join(b.text for b in _clean(stamped).blocks)
    repeated = ("Storm Update\n\nRiver Closes Road\n\nThe storm reached the coast at dawn and thousands lost power.\n\n"
                "Crews worked through the night to restore it.\n\nRiver Closes Road\n")
    assert "River Closes Road" not in " ".join(b.text for b in _clean(repeated).blocks)


def test_a_farewell_is_no_prompt() -> None:
    """"See you there!" read as a "See more" button: the text became a page dump and lost its last line."""
    blocks = _clean("Club News\n\nBy Jane Ortiz\n\nThe club won its first match of the season on Saturday.\n\n"
                    "Tickets for the next game go on sale Monday at 9am. Buy them early.\n\nSee you there!\n").blocks
    assert blocks[-1].text == "See you there!"


def test_a_recipe_with_its_quantities_and_steps_is_read_whole() -> None:
    """A user's recipe lost its ingredients and three of its five steps: four short lines without a stop ("200g
    butter", "4 eggs") were taken for a page's menu, and the title was "- Zest of 2 lemons"."""
    text = ("Grandma's Lemon Cake\n\nIngredients\n- 200g butter\n- 200g sugar\n- 4 eggs\n- 200g self-raising flour\n"
            "- Zest of 2 lemons\n\nMethod\n1. Heat the oven to 180C.\n2. Beat the butter and sugar.\n"
            "3. Add the eggs one by one.\n4. Fold in the flour and zest.\n5. Bake for 45 minutes.\n")
    document = _clean(text)
    assert document.meta.title == "Grandma's Lemon Cake"
    kinds = [(b.kind, b.text) for b in document.blocks]
    assert kinds[0] == (BlockKind.HEADING, "Ingredients")
    assert kinds[1:6] == [(BlockKind.LIST_ITEM, item) for item in (
        "200g butter", "200g sugar", "4 eggs", "200g self-raising flour", "Zest of 2 lemons")]
    assert kinds[6] == (BlockKind.HEADING, "Method")
    assert [text for _, text in kinds[7:]] == [
        "1. Heat the oven to 180C.", "2. Beat the butter and sugar.", "3. Add the eggs one by one.",
        "4. Fold in the flour and zest.", "5. Bake for 45 minutes."]


def test_a_list_of_short_words_under_a_lead_keeps_its_first_item() -> None:
    """A group's first line is a heading only when the lines under it are of another kind."""
    text = "Packing\n\nWe took these on the walk:\n\nWater\nA map\nA torch\n\nIt was enough for the day.\n"
    assert [(b.kind, b.text) for b in _clean(text).blocks][1:4] == [
        (BlockKind.LIST_ITEM, "Water"), (BlockKind.LIST_ITEM, "A map"), (BlockKind.LIST_ITEM, "A torch")]


def test_a_meetings_minutes_with_a_short_agenda_are_read_whole() -> None:
    """One list of four short lines (an agenda) made a user's minutes a page dump, and the agenda and the date of the
    next meeting were lost: a single short run is a menu only beside another sign of a page."""
    text = ("Garden Club Minutes\n\nAgenda\nSpring plant sale\nNew shed\nTreasurer's report\n\n"
            "The plant sale will be on 12 April. Bob will print the posters.\n\nNext meeting: 1 April, 7pm.\n")
    texts = [b.text for b in _clean(text).blocks]
    assert texts[:4] == ["Agenda", "Spring plant sale", "New shed", "Treasurer's report"]
    assert texts[-1] == "Next meeting: 1 April, 7pm."


def test_a_page_with_a_long_menu_is_still_a_page() -> None:
    """Five or more short lines in a row are a page's menu, alone."""
    text = ("Harbor News\n\nHome\nWorld\nSport\nBusiness\nWeather\nPodcasts\n\nThe harbor closed on Monday after a "
            "storm damaged the sea wall, officials said.\n\nRepairs will take a month.\n")
    texts = [b.text for b in _clean(text).blocks]
    assert "Home" not in texts and "Podcasts" not in texts
    assert "The harbor closed on Monday after a storm damaged the sea wall, officials said." in texts


def test_a_day_by_day_plan_has_its_days_as_headings() -> None:
    text = ("Three Days in Lisbon\n\nDay 1\nArrive at the airport and take the metro.\nWalk up to the castle.\n\n"
            "Day 2\nTake tram 28 to Alfama.\nLunch at a small tasca.\n")
    assert [(b.kind, b.text) for b in _clean(text).blocks if b.kind == BlockKind.HEADING] == [
        (BlockKind.HEADING, "Day 1"), (BlockKind.HEADING, "Day 2")]


def test_a_letter_s_greeting_is_neither_its_title_nor_a_heading() -> None:
    """"Dear neighbours," was the episode's title; the file's name is, and the greeting is read as the first line."""
    document = _clean("Dear neighbours,\n\nThe council will resurface Mill Lane from Monday.\n\n"
                      "Thank you for your patience.\n\nJane Hill\n")
    assert document.meta.title == "Notes"
    assert (document.blocks[0].kind, document.blocks[0].text) == (BlockKind.PARAGRAPH, "Dear neighbours,")


def test_a_sentence_that_opens_on_by_and_a_capital_is_no_byline() -> None:
    """"By Saturday the sun was out, and we climbed Catbells before lunch." was dropped as a byline (on a text read
    as a page: "Photo: Jane Doe" is a page's sign)."""
    text = ("Our Trip to the Lakes\n\nPhoto: Jane Doe\n\nWe arrived in Keswick on a wet Friday and found the campsite "
            "half under water.\n\nBy Saturday the sun was out, and we climbed Catbells before lunch.\n\n"
            "The view over Derwentwater was worth every step.\n")
    assert "By Saturday the sun was out, and we climbed Catbells before lunch." in [b.text for b in _clean(text).blocks]

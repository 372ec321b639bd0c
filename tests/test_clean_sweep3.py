"""A third sweep of the text reader over page dumps nobody tuned for: classes of article text lost or kept wrongly."""

from __future__ import annotations

import pytest

from narrator.clean import clean
from narrator.clean.inserts import is_listing
from narrator.config import CleanSettings
from narrator.model import Format, Source


def _texts(*groups: str) -> list[str]:
    """The body of a scraped page of these groups of lines, blank lines between the groups."""
    page = "\n\n".join(groups)
    return [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]


# --- a wiki's formulas in a dump: the drawing's symbols, then the TeX kept for screen readers ----------------------

_WIKI_HEAD = ("Triangle inequality - Wikipedia", "Triangle inequality", "From Wikipedia, the free encyclopedia",
              "Jump to navigation Jump to search")
_WIKI_MENU = ("Main page", "Contents", "Current events", "Random article", "About Wikipedia", "Contact us")
_WIKI_FOOT = ("Retrieved from the archive", "Categories: Geometry | Inequalities", "Privacy policy",
              "About Wikipedia", "Disclaimers")
_PLAIN = ("The inequality is one of the oldest results of geometry, and it was already known to the Greek "
          "writers who first set the subject down in books that were copied for centuries afterwards.",
          "Its name comes from the picture that goes with it: a triangle whose longest side can never be longer "
          "than the other two sides put together, however the triangle is drawn on the page.")


def test_a_sentence_holding_a_wiki_formula_is_read_with_the_formula_as_tex() -> None:
    """html-text's dump keeps a formula in its sentence, its drawing ("x + y") then its TeX in "{\\displaystyle}":
    the braces and backslashes made the sentence a code listing, and it was dropped."""
    sentence = ("For any two vectors x {\\displaystyle x} and y {\\displaystyle y} in the plane, the length of their "
                "sum x + y {\\displaystyle x+y} is at most the sum of their lengths, which is the whole content of "
                "the rule.")
    texts = _texts(*_WIKI_HEAD, "\n".join(_WIKI_MENU), _PLAIN[0], sentence, _PLAIN[1], "\n".join(_WIKI_FOOT))
    assert ("For any two vectors \\(x\\) and \\(y\\) in the plane, the length of their sum \\(x+y\\) is at most the "
            "sum of their lengths, which is the whole content of the rule.") in texts
    assert _PLAIN[0] in texts and _PLAIN[1] in texts


def test_a_formula_dumped_one_symbol_a_line_is_put_back_into_its_sentence() -> None:
    """A dump of one text node a line gives each symbol of the drawing a line, then the TeX: the sentence's pieces
    around it were short lines between interface-like ones, and the paragraph was lost."""
    pieces = ("The distance between two points", "a", "{\\displaystyle a}", "and", "b", "{\\displaystyle b}",
              "never exceeds the distance from", "a", "{\\displaystyle a}", "to a third point and on to", "b",
              "{\\displaystyle b}", ", so that", "d", "(", "a", ",", "b", ")", "≤", "d", "(", "a", ",", "c", ")", "+",
              "d", "(", "c", ",", "b", ")", "{\\displaystyle d(a,b)\\leq d(a,c)+d(c,b)}",
              "for every choice of the three points in any space where a distance is defined.")
    texts = _texts("\n".join((*_WIKI_HEAD, *_WIKI_MENU, _PLAIN[0], *pieces, _PLAIN[1], *_WIKI_FOOT)))
    assert ("The distance between two points \\(a\\) and \\(b\\) never exceeds the distance from \\(a\\) to a third "
            "point and on to \\(b\\), so that \\(d(a,b)\\leq d(a,c)+d(c,b)\\) for every choice of the three points "
            "in any space where a distance is defined.") in texts


def test_the_words_before_a_formula_stay_though_the_formula_names_them() -> None:
    """The drawing is found by walking back over symbols and the TeX's own letters; the sentence's words stop it."""
    texts = _texts(*_WIKI_HEAD, _PLAIN[0],
                   "The entry in row i and column j is written with both indices: a i j {\\displaystyle a_{ij}} "
                   "names it, and the matrix is square when it has as many rows as it has columns.", _PLAIN[1])
    assert any(text.startswith("The entry in row i and column j is written with both indices: \\(a_{ij}\\) names it")
               for text in texts)


def test_a_formulas_drawn_greek_letters_go_with_its_drawing() -> None:
    """A drawing shows "λ" for "\\lambda" and "∑" for "\\sum": such a letter is the drawing's, and a command's name
    ("sum") is no word of it, so the sentence's "a sum" stays."""
    texts = _texts(*_WIKI_HEAD, _PLAIN[0],
                   "Every such matrix can be written as a sum A = ∑ j λ j {\\displaystyle A=\\sum _{j}\\lambda _{j}} "
                   "over its eigenvalues, which are real numbers, and the sum has a term for each row.",
                   _PLAIN[1])
    assert any(text.startswith("Every such matrix can be written as a sum \\(A=\\sum _{j}\\lambda _{j}\\) over")
               for text in texts)


def test_code_is_still_a_listing_and_a_formula_is_not() -> None:
    """Only what stands between the formula marks is let off: braces outside them are still code's."""
    assert not is_listing("If the sum \\(\\sum_{k=1}^{n} a_{k}\\) is finite, the series \\(\\{a_{k}\\}\\) converges.")
    assert is_listing("if (total == 0) { reset_counter(); } else { flush_buffer(); }")


# --- another page's card inside the article: its headline said twice on a line, its excerpt cut before "Read more" --

_SHOP = ("Most of what we buy on a weekly shop is decided before we reach the till, and the people who lay out a "
         "supermarket know this better than anyone who walks through its doors with a list.",
         "The bread and the milk are at the back so that every trip passes the shelves of things nobody came for, "
         "and the smell of the bakery is let out near the entrance on purpose.",
         "None of this is secret, and knowing it is most of the defence: a list, a full stomach and a fixed budget "
         "undo most of the tricks before they start.")


def test_a_card_for_another_story_inside_the_article_is_left_out() -> None:
    """A blog's card for another post between two paragraphs, as html-text dumps it: the headline three times on one
    line (link, image and title) and an excerpt cut off before its link. Both were read as the article's text."""
    card_headline = " ".join(["Why Your Brain Loves a Bargain Bin"] * 3)
    card_excerpt = "Walk into any discount shop and you will find the bins by the door, piled high with… Read more"
    texts = _texts("How shops steer your trolley - Thrift Notes", "Home\nMoney\nShopping\nFood", _SHOP[0], _SHOP[1],
                   card_headline, card_excerpt, _SHOP[2], "Share this\nComments")
    assert texts == list(_SHOP)


def test_a_sentence_ending_on_dots_or_saying_a_phrase_twice_is_still_the_article() -> None:
    """Only a whole line said two to four times over, or an ellipsis right before the link, marks a card."""
    trailing = "We waited, and we waited, and then the lights went out and the shop was quiet..."
    twice = "New York, New York is the song they play when the doors open at nine every morning."
    texts = _texts("How shops steer your trolley - Thrift Notes", "Home\nMoney\nShopping\nFood", _SHOP[0], trailing,
                   twice, _SHOP[1], "Share this\nComments")
    assert texts == [_SHOP[0], trailing, twice, _SHOP[1]]


def test_a_refrain_said_again_on_its_line_is_no_card() -> None:
    """A headline has no stop; a sentence said over on one line is a chant or a song's refrain, and is read."""
    refrain = "Bring back the late boat! Bring back the late boat! Bring back the late boat!"
    texts = _texts("How shops steer your trolley - Thrift Notes", "Home\nMoney\nShopping\nFood", _SHOP[0], refrain,
                   _SHOP[1], "Share this\nComments")
    assert refrain in texts
# --- a page dumped with its source's line breaks, under a long menu of short lines ----------------------------------

_COUNTRIES = ("Albania", "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia",
              "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Latvia", "Lithuania",
              "Malta", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
              "Switzerland", "Wales")
_WRAPPED = ("The ferry timetable changes twice a year, and the winter one that starts",
            "next week drops the late sailing on weekdays.",
            "Passengers who travel after work have asked the operator to keep it, and",
            "the council has written to support them.",
            "The operator says the late boat carries fewer than twenty people on",
            "most nights in January.",
            "It has agreed to look again at the figures in the spring, when the",
            "evenings are longer and the numbers",
            "usually rise.",
            "A meeting about the timetable will be held at the harbour office on",
            "the first Monday of next month.")


def test_sentences_broken_at_the_source_line_breaks_are_joined_under_a_long_menu() -> None:
    """A dump of one line an element whose article keeps its source's line breaks ("the late boat carries fewer
    than twenty people on" / "most nights in January."): such pairs were joined only when they made a twentieth of
    the page's pairs, and a menu of 120 editions, short lines that can never go on into the next, outweighed them."""
    editions = [f"{country} {desk}" for country in _COUNTRIES for desk in ("news", "sport", "weather", "travel")]
    page = "\n".join(("Ferry timetable - Island News", "Home", "News", "Travel", "Choose your edition", *editions,
                      "Winter ferry timetable drops the late sailing", *_WRAPPED, "Share", "Related", "Contact us"))
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert " ".join(_WRAPPED[:2]) in texts
    assert " ".join(_WRAPPED[6:9]) in texts
    assert " ".join(_WRAPPED[9:]) in texts


# --- a sentence of the body that the page also shows as its deck above the article ---------------------------------

_MOVE = ("The harbour board has agreed to move the fish market to the old ferry terminal by the end of next year.",
         "Traders have asked for the move for a decade, saying the present hall floods at every spring tide.",
         "The board bought the terminal from the ferry company in March, after the last sailing moved to the new "
         "pier on the other side of the bay.",
         "Work on the new stalls will start in the autumn, and the traders will keep their present pitches until "
         "the building is ready for them.")


def test_a_body_sentence_shown_again_as_the_deck_is_read_once() -> None:
    """A news page repeats one of its sentences as the deck under the headline, above the reporter's name and the
    lead photo: a line shown twice was taken for a caption or a teaser, and the sentence was read nowhere."""
    page = "\n\n".join(("Fish market to move to ferry terminal - Bay News", "Home\nNews\nSport\nWhat's on",
                         "Fish market to move to ferry terminal", _MOVE[1], "Ruth Akers", "News reporter @ruthakers",
                         "Image: the old terminal building", "Why you can trust Bay News", _MOVE[0], _MOVE[2],
                         _MOVE[1], _MOVE[3], "Share this article\nMore from News"))
    document = clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings())
    read = [document.meta.standfirst, *(b.text for b in document.blocks)]
    assert read.count(_MOVE[1]) == 1
    assert all(text in read for text in _MOVE)


def test_a_caption_shown_twice_inside_the_article_is_still_left_out() -> None:
    """Only a copy above the article lets the body's copy be read; a gallery's caption twice in the body is not."""
    caption = "Traders carry crates of fish into the old hall on a flooded morning in February this year."
    texts = _texts("Fish market to move to ferry terminal - Bay News", "Home\nNews\nSport\nWhat's on",
                   "Fish market to move to ferry terminal", "By Ruth Akers\n3 March 2025", _MOVE[0], caption,
                   _MOVE[1], _MOVE[2], caption, _MOVE[3], "Share this article\nMore from News")
    assert caption not in texts


# --- the author's bio closing the page: a name with a particle, or the address to write to in brackets --------------

@pytest.mark.parametrize("bio", [
    "Anna de Vries is a features writer for Bay News and is based in Harbourtown.",
    "Tom Hale (tom.hale@example.org) is the editor of Bay News and writes its weekly column on the harbour.",
])
def test_the_authors_bio_under_the_article_is_left_out(bio: str) -> None:
    """A bio was known by a name of capitalised words right before "is": a particle in lower case ("de", "di", "van")
    or an e-mail address in brackets after the name hid it, and the bio was read as the article's last paragraph."""
    texts = _texts("Fish market to move to ferry terminal - Bay News", "Home\nNews\nSport\nWhat's on",
                   "Fish market to move to ferry terminal", "By Anna de Vries | 3 March 2025", *_MOVE, bio,
                   "Share this article\nMore from News")
    assert texts == list(_MOVE)


def test_a_sentence_naming_someone_at_the_end_is_still_the_articles() -> None:
    """A closing sentence about a person with no trade named ("is based in ...") is the story's own."""
    closing = "Piet van Dam (the market's oldest trader) is glad of the move, and says the new hall will outlast him."
    texts = _texts("Fish market to move to ferry terminal - Bay News", "Home\nNews\nSport\nWhat's on",
                   "Fish market to move to ferry terminal", "By Anna de Vries | 3 March 2025", *_MOVE, closing,
                   "Share this article\nMore from News")
    assert texts == [*_MOVE, closing]


# --- a photo's label alone on its line labels the caption below it, not the sentence above -------------------------

def test_a_bare_photo_label_goes_with_the_caption_under_it() -> None:
    """A dump of one line an element gives "Image: <caption>" as two lines: "Image:" was taken for the credit of the
    line above, and the article's sentence there was dropped as a caption, while the caption below was read."""
    caption = "Traders carry crates of fish into the old hall on a flooded morning"
    page = "\n".join(("Fish market to move to ferry terminal - Bay News", "Home", "News", "Sport",
                      "Fish market to move to ferry terminal", "By Ruth Akers", *_MOVE[:3], "Image:", caption,
                      _MOVE[3], "Share this article", "More from News"))
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert texts == list(_MOVE)


def test_a_photo_label_over_a_name_is_still_the_credit_of_the_line_above() -> None:
    """"Photo:" over a photographer's name closes the caption above it, as before."""
    caption = "Traders carry crates of fish into the old hall on a flooded morning in February."
    page = "\n\n".join(("Fish market to move to ferry terminal - Bay News", "Home\nNews\nSport",
                        "Fish market to move to ferry terminal", "By Ruth Akers", *_MOVE[:2],
                        f"{caption}\nPhoto:\nJane Smith", *_MOVE[2:], "Share this article\nMore from News"))
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert caption not in texts and texts[:2] == list(_MOVE[:2])


# --- a sentence announcing a table between two tables: the article goes on after them -----------------------------

_SAILINGS = ("The ferry company has published its figures for the year, and they show a service that is busier "
             "than at any time since the new pier opened, with more passengers on every route but one.",
             "The island route carried the most people again, and the summer timetable, which added a second boat "
             "in July and August, filled nearly every sailing it ran between the two bank holidays.")
_AFTER = ("The one route that lost passengers was the night boat to the mainland, which the company says it will "
          "keep for another winter before it decides whether the service can go on at all.",
          "Councillors on both sides of the water have asked to see the figures for each month, and the company "
          "has said it will publish them before the board meets again in the spring.")


def test_the_article_goes_on_after_a_sentence_that_announces_a_table() -> None:
    """A dump of one line an element gives a table one cell a line: two tables with a sentence between them ("The
    five busiest days were:") made a gap longer than any insert, and the article's last sections were lost."""
    routes = [cell for k in range(40) for cell in (f"Route {k + 1}", f"{1200 + 37 * k}", f"{(3 * k) % 17 + 1}.4%")]
    days = [cell for k in range(10) for cell in (f"{k + 1} August", f"{900 + 11 * k}", f"{k % 5 + 2}.1%")]
    page = "\n".join(("Ferry figures - Bay News", "Home", "News", "Sport", "Ferry figures for the year",
                      "By Ruth Akers", *_SAILINGS, "Passengers by route", "Route", "Passengers", "Change", *routes,
                      "The ten busiest days of the year were:", "Day", "Passengers", "Change", *days, *_AFTER,
                      "Share this article", "More from News"))
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert texts == [*_SAILINGS, "The ten busiest days of the year were:", *_AFTER]


# --- an article's sentence about someone's privacy policy is no legal notice ---------------------------------------

_APP = ("The ferry company's new booking app asks for a passenger's location at all times, and a local group has "
        "complained to the regulator about it.",
        "The company says the data is used only to tell passengers when their boat is late, and that none of it is "
        "sold or shared with anyone else.")


@pytest.mark.parametrize("sentence", [
    "Passengers who never accepted the company's terms of service have found their sailings tracked all the same, "
    "the group says.",
    "The regulator will decide by the summer whether the app's privacy policy tells passengers plainly enough what "
    "happens to their data?",
])
def test_a_sentence_about_a_companys_policy_is_read(sentence: str) -> None:
    """A sentence of the article that names a privacy policy or terms of service was taken for the page's legal
    notice (up to sixty words), and a story about a company's rules lost the sentences about them."""
    texts = _texts("Ferry app tracks passengers - Bay News", "Home\nNews\nSport", "Ferry app tracks passengers",
                   "By Ruth Akers | 3 March 2025", _APP[0], sentence, _APP[1], "Share this article\nMore from News")
    assert texts == [_APP[0], sentence, _APP[1]]


@pytest.mark.parametrize("notice", [
    "By continuing to use this site you agree to the use of cookies as set out in our privacy policy and terms of use.",
    "Use of this website is subject to the Terms of Service and Privacy Policy of Bay News Limited and its partners.",
    "This material may not be reproduced or republished without the written permission of Bay News, under its "
    "terms of use.",
])
def test_the_pages_legal_notice_is_still_left_out(notice: str) -> None:
    """The page's own notice speaks to the reader or of the site ("our", "this site"), names its links in Title Case,
    or names other legal matter (permission, copyright): it stays out."""
    texts = _texts("Ferry app tracks passengers - Bay News", "Home\nNews\nSport", "Ferry app tracks passengers",
                   "By Ruth Akers | 3 March 2025", _APP[0], _APP[1], notice, "Share this article\nMore from News")
    assert texts == list(_APP)


# --- a wire photo's caption, dated in full with its weekday inside the sentence -------------------------------------

_VOTE = ("Councillors voted on Tuesday to keep the night ferry for another winter, after a meeting that ran past "
         "eleven o'clock and drew the largest crowd the town hall has seen in years.",
         "The vote was close, seven to six, and the mayor said the council would look again at the service in the "
         "spring of 2020, when the figures for the whole winter are known.")


def test_a_wire_photos_caption_in_the_article_is_left_out() -> None:
    """A wire caption is a sentence like the story's, but dates its picture with weekday, month, day and year
    ("..., Tuesday, Nov. 19, 2019, in Harbourtown."), as a story's sentence never does; it was read as a paragraph."""
    caption = ("Ferry workers listen to the debate from the public gallery of the town hall, Tuesday, Nov. 19, 2019, "
               "in Harbourtown.")
    texts = _texts("Night ferry saved - Bay News", "Home\nNews\nSport", "Night ferry saved", "By Ruth Akers",
                   _VOTE[0], caption, _VOTE[1], "Share this article\nMore from News")
    assert texts == list(_VOTE)


def test_a_story_that_dates_its_events_is_still_read() -> None:
    """A sentence naming the day and the date apart, or a stamp that leads with its date, is no caption."""
    dated = ("The meeting was called on Tuesday, and the council published its papers on Nov. 12, 2019, a week "
             "before the vote.")
    texts = _texts("Night ferry saved - Bay News", "Home\nNews\nSport", "Night ferry saved", "By Ruth Akers",
                   _VOTE[0], dated, _VOTE[1], "Share this article\nMore from News")
    assert texts == [_VOTE[0], dated, _VOTE[1]]


# --- a promotion opening on the reader's liking of the page, however long its offer ---------------------------------

def test_a_long_promotion_that_opens_on_liking_the_article_is_left_out() -> None:
    """"If you enjoyed this article, ..." and an offer of forty words: prompts were looked for up to thirty words,
    and this one was read as the article's last paragraph."""
    promo = ("If you enjoyed this article, we have an offer for you: become a Bay News member. Members read every "
             "story without a paywall, get the weekend magazine at home, meet our reporters at events through the "
             "year, and keep local news going in the town.")
    texts = _texts("Night ferry saved - Bay News", "Home\nNews\nSport", "Night ferry saved", "By Ruth Akers",
                   *_VOTE, promo, "Share this article\nMore from News")
    assert texts == list(_VOTE)


def test_a_sentence_about_liking_something_else_is_read() -> None:
    """Only the page itself or the publication's work ("this article", "our journalism") makes the promotion."""
    liked = "If you enjoyed the old ferry, the new one will feel familiar: the same crew runs it, from the same pier."
    texts = _texts("Night ferry saved - Bay News", "Home\nNews\nSport", "Night ferry saved", "By Ruth Akers",
                   _VOTE[0], liked, _VOTE[1], "Share this article\nMore from News")
    assert texts == [_VOTE[0], liked, _VOTE[1]]


# --- the writer's address under the article -------------------------------------------------------------------------

_NEXT = ("Next: the harbour board meets on Thursday to decide the fares for the night ferry, which went up by a tenth "
         "last year and which passengers have asked the board to hold for the winter that is coming.")


@pytest.mark.parametrize("contact", ["Write to Ruth Akers at ruth.akers@example.org",
                                     "Contact Ruth Akers at ruth.akers@example.org",
                                     "ruth.akers@example.org @ruthakers"])
def test_the_writers_address_under_the_article_is_left_out(contact: str) -> None:
    """"Write to <name> at <address>", or the address alone, between the article and the prose that follows it on
    the page: ordinary words in sentence case, it was read as a paragraph."""
    texts = _texts("Night ferry saved - Bay News", "Home\nNews\nSport", "Night ferry saved", "By Ruth Akers",
                   *_VOTE, contact, "Close", _NEXT, "Share this article\nMore from News")
    assert contact not in texts and texts[:2] == list(_VOTE)


def test_a_sentence_giving_an_address_is_still_read() -> None:
    """An address inside the story's sentence is the story's."""
    sentence = "Passengers can send their views to the harbour office at ferry.views@example.org until the end of May."
    texts = _texts("Night ferry saved - Bay News", "Home\nNews\nSport", "Night ferry saved", "By Ruth Akers",
                   _VOTE[0], sentence, _VOTE[1], "Share this article\nMore from News")
    assert texts == [_VOTE[0], sentence, _VOTE[1]]


# --- a publisher's disclaimer about others' words -------------------------------------------------------------------

@pytest.mark.parametrize("disclaimer", [
    "Bay News is not responsible for the opinions, statements or media content presented by contributors.",
    "Editorial note: opinions expressed here are the author's alone, not those of the ferry company or the council.",
    "The views expressed in this column are those of the author and do not necessarily reflect the views of this "
    "newspaper.",
])
def test_a_publishers_disclaimer_is_left_out(disclaimer: str) -> None:
    """A disclaimer about contributors' or the author's opinions under the article was read as its last paragraph."""
    texts = _texts("Night ferry saved - Bay News", "Home\nNews\nSport", "Night ferry saved", "By Ruth Akers",
                   *_VOTE, disclaimer, "Share this article\nMore from News")
    assert texts == list(_VOTE)


@pytest.mark.parametrize("sentence", [
    "The ferry company says it is not responsible for the content its passengers post on the noticeboard.",
    "The figures do not necessarily reflect the views of every member of the board, the chairman said.",
])
def test_a_story_about_responsibility_or_views_is_still_read(sentence: str) -> None:
    """The same words about someone else's content or views, in the story, are the story's."""
    texts = _texts("Night ferry saved - Bay News", "Home\nNews\nSport", "Night ferry saved", "By Ruth Akers",
                   _VOTE[0], sentence, _VOTE[1], "Share this article\nMore from News")
    assert texts == [_VOTE[0], sentence, _VOTE[1]]


# --- a highlighted code listing in a dump of one text node a line ---------------------------------------------------

_TUTORIAL = ("A harbour's tide table can be read by a small script, and the one below does it in a few lines of "
             "JavaScript that any browser can run without installing anything first.",
             "It asks the tide service for the day's table, and writes the times of high water on the page, one "
             "line for each tide, in the order the service gives them.")
_TOKENS = ("fetch", "(", '"/tides/today.json").', "then", "(", "function", "(", "res)", "{", "return", "res.", "json",
           "();", "}).", "then", "(", "function", "(", "table)", "{", "table.", "high", ".", "forEach", "(", "show",
           ");", "});")
_AFTER_CODE = ("The service answers with a list of times for each day, and the script shows only the high tides, "
               "which are the ones the harbour master needs when the boats come in.",
               "A second script, in the next part of this guide, draws the same times as a chart that is easier to "
               "read from across the room than a list.")


def test_the_article_goes_on_after_a_listing_dumped_a_token_a_line() -> None:
    """A scraper's get_text("\\n") gives each token of a highlighted listing its own line ("fetch" / "(" / "then"):
    the names between the brackets cost as gap lines, the gap outgrew any insert, and the article ended there."""
    page = "\n".join(("Reading the tide table - Harbour Code", "Home", "Guides", "About",
                      "Reading the tide table", "By Ruth Akers", *_TUTORIAL, *_TOKENS, *_AFTER_CODE,
                      "Share this guide", "More guides"))
    texts = [b.text for b in clean(Source("page.txt", page.encode(), Format.TEXT), CleanSettings()).blocks]
    assert texts[:2] == list(_TUTORIAL) and texts[-2:] == list(_AFTER_CODE)

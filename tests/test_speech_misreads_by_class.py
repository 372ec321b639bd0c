"""Classes of misreading that a round of whole articles and sweeps left (h57, issue #10), each with examples of our own
and what must be left alone: a score before a side's standing, "KO", a lone initial "A" after a title, a reference of
slashed parts, "No." before a street's house number, a version pin, code in a release note's prose, a gene's name, a
stop before a closing quote, "Ch" before a channel's number, a round number's plural, "A-" before a word, two
slashed ports and a thing named by its size."""

from __future__ import annotations

import pytest

from narrator.speech import speakable

_READINGS = [
    # a score before "down" or "up" is a game's, said as football says it
    ("en-gb", "Wexley were 1-0 down at the break.", "Wexley were one nil down at the break."),
    ("en-gb", "To be 2-0 up so early was a shock.", "To be two nil up so early was a shock."),
    # "KO": a fixture's kick-off before its hour, a knockout after "by" or a round, knockouts after a count
    ("en-gb", "Next up: Rovers at home (KO 3pm).", "Next up: Rovers at home (kick-off three PM)."),
    ("en-gb", "Sunday, KO 12.30pm, live on radio.", "Sunday, kick-off twelve thirty PM, live on radio."),
    ("en-gb", "She stopped her rival by KO in round 4.", "She stopped her rival by knockout in round four."),
    ("en-gb", "It was a second-round KO in Cardiff.", "It was a second-round knockout in Cardiff."),
    ("en-gb", "He has 14 KOs from 16 fights.", "He has fourteen knockouts from sixteen fights."),
    # a lone "A" after a title is an initial, the letter
    ("en-gb", "The chair thanked Mrs A. Lowe for the flowers.", "The chair thanked Mrs Eh Lowe for the flowers."),
    ("en-gb", "Dr A Osei and Cllr A. J. Ward were there.", "Dr Eh Osei and Councillor Eh J Ward were there."),
    # a reference of slashed parts, part by part
    ("en-gb", "Appeal 24/00871/HOUSE was refused.", "Appeal twenty four zero zero eight seven one house was refused."),
    ("en-gb", "Quote P/2023/0761 when you write.", "Quote P twenty twenty three zero seven six one when you write."),
    # "No." before a street's house number
    ("en-gb", "The fire began at No. 9 Mill Rd on Sunday.", "The fire began at number nine Mill Road on Sunday."),
    # a version pin glued to a package's name
    ("en-gb", "Keep sandbar<2.0 for now.", "Keep sandbar less than two point zero for now."),
    ("en-gb", "We need sandbar>=4.1 for this.", "We need sandbar at least four point one for this."),
    ("en-gb", "It needs Node >= 18.12 to build.", "It needs Node at least eighteen point twelve to build."),
    ("en-gb", "Python < 3.13 is still supported.", "Python less than three point thirteen is still supported."),
    # code in a release note's prose
    ("en-gb", "Use sandbar.open() to start.", "Use sandbar dot open to start."),
    ("en-gb", "Pass strict=False to relax it.", "Pass strict equals False to relax it."),
    ("en-gb", "Run npm install -g sandbar first.", "Run npm install dash g sandbar first."),
    ("en-gb", "Try pip install --pre sandbar today.", "Try pip install dash dash pre sandbar today."),
    # a gene's name before the words that name it so, spelled
    ("en-gb", "Carriers of the APOE e4 allele were older.", "Carriers of the A.P.O.E e four allele were older."),
    ("en-gb", "Tumours with BRAF mutations grew fastest.", "Tumours with B.R.A.F mutations grew fastest."),
    # a stop before a closing quote or bracket still ends its sentence
    ("en-gb", 'She said "back by 6pm." Nobody was.', 'She said "back by six PM." Nobody was.'),
    ("en-gb", "(Doors open 7.30pm.) Entry is free.", "(Doors open seven thirty PM.) Entry is free."),
    # a round three-digit number's plural, a letter A before a hyphen, two slashed ports, a thing named by its size
    ("en-gb", "She threw nine 140s in the match.", "She threw nine one forties in the match."),  # in pairs (h61)
    ("en-gb", "Silver from the 900s was found.", "Silver from the nine hundreds was found."),
    ("en-gb", "Hum is low (A-weighted) here.", "Hum is low (Eh-weighted) here."),
    ("en-gb", "Open ports 22/8443 to the lab.", "Open ports twenty two and eight four four three to the lab."),
    ("en-gb", "The 35mm is a fine lens.", "The thirty five millimetre is a fine lens."),
    # "Ch" before a channel's number in a listing
    ("en-gb", "Ch 5, 9.30pm: a new drama.", "Channel five, nine thirty PM: a new drama."),
    ("en-gb", "The final airs on Ch 4 tonight.", "The final airs on Channel four tonight."),
]

# What only looks like them: a span, a ticker, the article "A", a date, a path, a comparison and a chapter.
_LEFT_ALONE = [
    ("en-gb", "Prices went 1-2 down the list.", "Prices went one to two down the list."),
    ("en-gb", "Coca-Cola (KO) rose on Friday.", "Coca-Cola (K.O) rose on Friday."),
    ("en-gb", "Mrs Lowe gave A Christmas Carol away.", "Mrs Lowe gave A Christmas Carol away."),
    ("en-gb", "Plan A failed, so we tried B.", "Plan Eh failed, so we tried B."),
    ("en-gb", "It was due on 12/05/2024 at noon.", "It was due on the twelfth of May twenty twenty four at noon."),
    ("en-gb", "The sign said x<5 was safe.", "The sign said x less than five was safe."),
    ("en-gb", "The ratio x >= 3.12 holds.", "The ratio x at least three point one two holds."),
    ("en-gb", "See Ch 4 for the proof.", "See Chapter four for the proof."),
    ("en-gb", "A new COVID variant spread fast.", "A new Covid variant spread fast."),
    ("en-gb", "It opens (at 7 p.m.) and closes late.", "It opens (at seven PM) and closes late."),
    ("en-gb", "The 12mm is forecast by noon.", "The twelve millimetres is forecast by noon."),
    ("en-gb", "The 35mm of rain fell fast.", "The thirty five millimetres of rain fell fast."),
    ("en-gb", "A-ha played at 8pm.", "A-ha played at eight PM."),
    ("en-gb", "He lives at 221B Baker St now.", "He lives at two twenty one B Baker Street now."),
    ("en-us", "A friend saw the car and called 911.", "A friend saw the car and called nine one one."),
    ("en-gb", "Go to shop.example.com/list?id=42&sort=new now.",
     "Go to shop dot example dot com slash list question mark id equals four two ampersand sort equals new now."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _READINGS)
def test_the_class_is_read_as_said(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading


@pytest.mark.parametrize(("language", "written", "reading"), _LEFT_ALONE)
def test_what_only_looks_like_the_class_is_left(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading


def test_a_markup_tag_s_closing_bracket_is_no_pin() -> None:
    """"<pitch=-.3>123": a digit before ">" is no package's name."""
    assert "more than" not in speakable("<pitch=-.3>123?123</pitch>")


def test_a_number_s_plural_is_taken_only_when_round() -> None:
    """"six 787s" (a jetliner's) is left to the models' rules: only a round number's plural is its words' plural."""
    assert "hundred eighty sevens" not in speakable("The fleet has six 787s.", "en-gb")  # h68: "seven eighty sevens"
    assert "six one eighties" in speakable("She hit six 180s.", "en-gb")  # in pairs, as darts says them (h61)

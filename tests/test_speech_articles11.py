"""Three whole articles of our own (h49, issue #10), declaring en-GB, en-AU and en-IE, read through `narrator preview
--json`: each slashed form in them read as a newsreader of the region reads it (dates day first; a season, fractions,
odds, ratings, "24/7", school years, age groups, two days in a row, "w/e", a forecast's row and a wind's bearing not
as dates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import main

_ARTICLES = Path(__file__).parent / "fixtures" / "speech" / "articles11"


def _spoken(name: str) -> list[str]:
    """The spoken segments of `narrator preview --json` on one of the articles."""
    result = CliRunner().invoke(main, ["preview", str(_ARTICLES / name), "--json"])
    assert result.exit_code == 0, result.output
    return [segment["text"] for segment in json.loads(result.stdout)["segments"]]


@pytest.mark.parametrize(("name", "sentence"), [
    ("gb_council.html", "The council agreed its budget for the twenty twenty five to twenty six financial year on the"
                        " twenty sixth of February twenty twenty five, with councillors voting forty one to twelve in"
                        " favour after a four-hour meeting."),
    ("gb_council.html", "About three quarters of the savings will come from adult social care, which now takes almost"
                        " two thirds of the council's spending."),
    ("gb_council.html", "Youth clubs for the under twelves and under sixteens will move to the leisure centre, and"
                        " pupils in years seven and eight will keep free swimming on Saturdays."),
    ("gb_council.html", "A public consultation runs on the twelfth and the thirteenth of March at the town hall, from"
                        " ten AM to four PM each day."),
    ("gb_council.html", "The final settlement is expected from Whitehall in the week ending the fifth of December, the"
                        " finance director told the meeting."),
    ("au_racing.html", "The Melbourne Cup favourite has firmed from five to one to seven to two after a dominant win at"
                       " Flemington on the fourth of October."),
    ("au_racing.html", "Monday twenty four degrees Celsius fourteen degrees Celsius thirty percent is the early"
                       " forecast for the Flemington track, with winds two zero zero at fifteen knots in the"
                       " afternoon."),
    ("au_racing.html", "Last year the race was run on the fifth of November twenty twenty four, when Knight's Choice"
                       " won at ninety to one."),
    ("au_racing.html", "Racing Victoria gave the track a rating of four out of five after Saturday's meeting."),
    ("ie_weather.html", "Gusts of one hundred and thirty kilometres per hour are expected on exposed coasts, with winds"
                        " two four zero at forty five knots recorded at Mace Head on Thursday."),
    ("ie_weather.html", "The Department of Education said about one quarter of schools would close, and the Leaving"
                        " Cert mocks would move to the third and the fourth of February."),
    ("ie_weather.html", "Thursday nine degrees Celsius four degrees Celsius ninety percent was the forecast for Galway,"
                        " with heavy rain spreading east through the evening."),
    ("ie_weather.html", "Bookmakers made a white Christmas five to one, having cut the odds from eight to one on the"
                        " twentieth of December."),
])
def test_an_article_of_the_region_reads_its_slashed_forms(name: str, sentence: str) -> None:
    assert sentence in _spoken(name)

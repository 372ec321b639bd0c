"""English as its regions write it (issue #10): the article's language tag decides the order of numeric dates
("speech.date_order = auto"), through the real CLI and the normaliser, and the setting still forces an order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator.cli import main
from narrator.config import ConfigError, load_settings
from narrator.speech.normalise import normalise
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.regional import article_date_order, date_order, region_of

_PAGE = """<!doctype html><html lang="{lang}"><head><title>Harbour fair dates set</title></head><body><article>
<h1>Harbour fair dates set</h1>
<p>The harbour fair opens on 5/12/2026 and closes on 7/12/2026, its organisers said in a statement on Tuesday.</p>
<p>{second}</p>
</article></body></html>"""
_PLAIN = "Stalls will sell food and crafts, and a band will play on the quay each evening of the fair this year."


def _spoken(tmp_path: Path, lang: str, second: str = _PLAIN, *options: str) -> list[str]:
    """The spoken segments of `narrator preview --json` on a page declaring lang."""
    page = tmp_path / "fair.html"
    page.write_text(_PAGE.format(lang=lang, second=second), encoding="utf-8")
    result = CliRunner().invoke(main, [*options, "preview", str(page), "--json"])
    assert result.exit_code == 0, result.output
    return [segment["text"] for segment in json.loads(result.stdout)["segments"]]


def _opening(spoken: list[str]) -> str:
    """The article's first sentence among the segments (after the title, and the date when the page gives one)."""
    return next(text for text in spoken if text.startswith("The harbour fair opens"))


def test_a_british_page_reads_its_dates_day_first(tmp_path: Path) -> None:
    spoken = _spoken(tmp_path, "en-GB")
    assert ("The harbour fair opens on the fifth of December twenty twenty six and closes on the seventh of December"
            " twenty twenty six, its organisers said in a statement on Tuesday.") in spoken


def test_an_american_page_reads_its_dates_month_first(tmp_path: Path) -> None:
    spoken = _spoken(tmp_path, "en-US")
    assert ("The harbour fair opens on May twelfth twenty twenty six and closes on July twelfth twenty twenty six,"
            " its organisers said in a statement on Tuesday.") in spoken


def test_a_page_of_bare_english_reads_day_first_when_its_own_dates_do(tmp_path: Path) -> None:
    spoken = _spoken(tmp_path, "en", "Tickets went on sale on 14/9/2026, a week after the fair was announced.")
    assert _opening(spoken).startswith("The harbour fair opens on the fifth of December twenty twenty six")
    # its own dates decide before its spellings: a month-first date keeps the month first on the same page
    month_first = _spoken(tmp_path, "en", "Tickets went on sale on 9/14/2026, a week after the fair was announced.")
    assert _opening(month_first).startswith("The harbour fair opens on May twelfth twenty twenty six")
    # with no date of its own to decide, its spellings do: "harbour" and "organisers" (h119: the doer of an -ise verb
    # is a sign as the verb is) are two British signs, so the day comes first
    assert _opening(_spoken(tmp_path, "en")).startswith("The harbour fair opens on the fifth of December")


def test_a_south_african_page_reads_its_rand_decimal_comma_and_times(tmp_path: Path) -> None:
    spoken = _spoken(tmp_path, "en-ZA", "Stalls cost R1 250 a day, the budget is R1,5 million and gates open at 09h30.")
    assert ("Stalls cost one thousand two hundred and fifty rand a day, the budget is one point five million rand"
            " and gates open at oh nine thirty.") in spoken


def test_the_setting_still_forces_an_order(tmp_path: Path) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text('[speech]\ndate_order = "mdy"\n', encoding="utf-8")
    spoken = _spoken(tmp_path, "en-GB", _PLAIN, "--config", str(config))
    assert _opening(spoken).startswith("The harbour fair opens on May twelfth twenty twenty six")


def test_the_publication_date_of_a_day_first_page_is_said_day_first(tmp_path: Path) -> None:
    page = tmp_path / "dated.html"
    page.write_text(_PAGE.format(lang="en-AU", second=_PLAIN).replace(
        "<title>", '<meta property="article:published_time" content="2026-03-04"><title>'), encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", str(page), "--json"])
    spoken = [segment["text"] for segment in json.loads(result.stdout)["segments"]]
    assert "Published the fourth of March, twenty twenty six." in spoken


@pytest.mark.parametrize(("language", "order"), [
    ("en", "mdy"), ("en-US", "mdy"), ("en_us", "mdy"), ("en-CA", "mdy"), ("en-PH", "mdy"), ("en-GB", "dmy"),
    ("en-gb", "dmy"), ("en-AU", "dmy"), ("en-NZ", "dmy"), ("en-IE", "dmy"), ("en-IN", "dmy"), ("en-ZA", "dmy"),
    ("en-NG", "dmy"), ("en-KE", "dmy"), ("en-SG", "dmy"), ("en-Latn-GB", "dmy"), ("en-150", "dmy"), ("de", "dmy"),
    ("fr-CA", "dmy"),
])
def test_the_order_of_a_tag(language: str, order: str) -> None:
    assert date_order(language) == order


def test_a_region_is_the_tags_two_letters_or_three_digits() -> None:
    assert [region_of(tag) for tag in ("en", "en-GB", "en_za", "zh-Hant-TW", "es-419")] == ["", "gb", "za", "tw",
                                                                                           "419"]


@pytest.mark.parametrize(("texts", "order"), [
    (["It opens on 5/12/2026."], "mdy"),  # nothing settles it: the old default
    (["It opens on 5/12/2026.", "Tickets went on sale on 14/9/2026."], "dmy"),
    (["It opens on 5/12/2026.", "Tickets went on sale on 9/14/2026."], "mdy"),
    (["The 14/1 shot won.", "It opens on 5/12."], "mdy"),  # odds are no date: a year is asked for
    (["It opened on 5 December and closed on 7 December.", "It reopens 4/1."], "dmy"),
    (["It opened on December 5 and closed on December 7, not 12 May."], "mdy"),
    (["Its 3 May Day parades.", "On May 3 and May 4 2026."], "mdy"),
])
def test_an_article_without_a_region_is_judged_by_its_own_dates(texts: list[str], order: str) -> None:
    assert article_date_order("en", texts) == order


@pytest.mark.parametrize(("texts", "order"), [
    # an unstressed "-el"/"-al" doubles its "l" in British spelling only: a sign of the article's side
    (["She equalled the record.", "The organisers cheered.", "It opens on 5/12."], "dmy"),
    (["Fans travelled far and queues were signalled.", "It opens on 5/12."], "dmy"),
    (["She equaled the record and fans traveled far.", "It opens on 5/12."], "mdy"),
    (["The counsellor and the jeweller spoke.", "It opens on 5/12."], "dmy"),
    # a stressed ending doubles on both sides and is no sign; nor is one British form alone
    (["The crowd was compelled and patrolled and controlled.", "It opens on 5/12."], "mdy"),
    (["She equalled the record.", "It opens on 5/12."], "mdy"),
    # both sides' forms: no more of one than of the other, the old default
    (["Modelling and fueled.", "It opens on 5/12."], "mdy"),
])
def test_an_article_without_dates_is_judged_by_its_doubled_ls(texts: list[str], order: str) -> None:
    assert article_date_order("en", texts) == order


def test_an_article_with_a_region_is_read_in_the_regions_order_whatever_its_dates() -> None:
    assert article_date_order("en-US", ["Tickets went on sale on 14/9/2026."]) == "mdy"
    assert article_date_order("en-GB", ["Tickets went on sale on 9/14/2026."]) == "dmy"


def test_the_normaliser_reads_the_tags_order_unless_told() -> None:
    assert normalise("It opens on 5/12/2026.", "en-GB") == "It opens on the fifth of December twenty twenty six."
    assert normalise("It opens on 5/12/2026.", "en") == "It opens on May twelfth twenty twenty six."
    assert normalise("It opens on 5/12/2026.", "en-GB", ReadingOptions(date_order="mdy")) == \
        "It opens on May twelfth twenty twenty six."
    assert normalise("It opens on 5/12/2026.", "en-US", ReadingOptions(date_order="dmy")) == \
        "It opens on the fifth of December twenty twenty six."


def test_auto_is_the_default_and_a_wrong_word_says_what_each_means(tmp_path: Path) -> None:
    assert load_settings(None).speech.date_order == "auto"
    config = tmp_path / "narrator.toml"
    config.write_text('[speech]\ndate_order = "day-first"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r'"auto" \(the order the article\'s region writes; the default\), "mdy" '):
        load_settings(config)


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # money written with the region's letters; elsewhere the letters are no money
    ("en-ZA", "A loaf costs R21.", "A loaf costs twenty one rand."),
    ("en-ZA", "The R350 grant was extended.", "The three hundred and fifty rand grant was extended."),
    ("en-ZA", "Traffic backed up on the R21 near Pretoria.", "Traffic backed up on the R twenty one near Pretoria."),
    ("en-ZA", "The levy is R2 450 a year.", "The levy is two thousand four hundred and fifty rand a year."),
    ("en-NG", "It sells at N750.", "It sells at seven hundred and fifty naira."),
    ("en-NG", "Wear N95 masks.", "Wear N ninety five masks."),
    ("en-ZA", "She shoots with a Canon R5 now.", "She shoots with a Canon R five now."),
    ("en-PH", "The Oppo Reno P2 sold out.", "The Oppo Reno P two sold out."),
    ("en-PH", "The S&P 500 rose.", "The S and P five hundred rose."),
    ("en-ZA", "See s. 12 and R. 16.", "See section twelve and R. sixteen."),
    ("en-KE", "Maize costs Sh50 a kilo.", "Maize costs fifty Kenyan shillings a kilo."),
    ("en-PH", "A ride costs P20.", "A ride costs twenty pesos."),
    ("en-BD", "Eggs cost Tk.12 each.", "Eggs cost twelve taka each."),
    ("en-ZA", "It is a R450-million upgrade.", "It is a four hundred and fifty million rand upgrade."),
    ("en-PH", "Entry is Php 1,200.", "Entry is one thousand two hundred pesos."),
    ("en-MY", "The plan costs RM3.5bil.", "The plan costs three point five billion ringgit."),
    ("en-GB", "Write to Leeds LS2 7AT.", "Write to Leeds L.S two, seven Eh T."),
    ("en-NA", "Fees are N$1,200 a term.", "Fees are one thousand two hundred Namibian dollars a term."),
    ("en-GB", "The film is rated R18.", "The film is rated R eighteen."),
    # right after a word of money the glued rand is read in any English, as the spaced "costs R 21" was
    ("en", "A loaf costs R21.", "A loaf costs twenty one rand."),
    ("en", "The film is rated R21.", "The film is rated R twenty one."),
    # South Africa's decimal comma, in money, percents and scaled amounts; three digits after it are thousands
    ("en-ZA", "Unemployment is 32,1%.", "Unemployment is thirty two point one percent."),
    ("en-ZA", "A coffee costs R3,75.", "A coffee costs three rand seventy five cents."),
    ("en-ZA", "The deal is worth R2,7 billion.", "The deal is worth two point seven billion rand."),
    ("en-ZA", "About 1,500 people came.", "About one thousand five hundred people came."),
    # a 24-hour time with its h
    ("en-ZA", "Gates open at 18h30.", "Gates open at eighteen thirty."),
    ("en-ZA", "Trains run from 09h00.", "Trains run from oh nine hundred."),
    ("en-ZA", "Call 021 555 0199 after 17h00.",
     "Call zero two one, five five five, zero one nine nine after seventeen hundred."),
    # a number to call in the groups its region writes
    ("en-SG", "Call 6777 1234 today.", "Call six seven seven seven, one two three four today."),
    ("en-NZ", "Ring us on 04 555 0100.", "Ring us on zero four, five five five, zero one zero zero."),
    ("en-MY", "Tel: 04-229 1234.", "Tel: zero four, two two nine, one two three four."),
    # postcodes
    ("en-AU", "Write to Hobart TAS 7000.", "Write to Hobart Tasmania seven zero zero zero."),
    ("en-AU", "The WA 2025 budget is out.", "The W.A twenty twenty five budget is out."),
    ("en-IE", "It is at Cork T12 X5R4.", "It is at Cork T one two, X five R four."),
    ("en-CA", "Send it to Halifax, NS B3H 4R2.", "Send it to Halifax, Nova Scotia, B three H, four R two."),
    ("en-GB", "Send it to Leeds LS1 4DY.", "Send it to Leeds L.S one, four D Y."),
])
def test_a_regions_own_forms(language: str, written: str, spoken: str) -> None:
    """Read as the region's papers mean them (were "R twenty one", "N seven fifty", "eighteen hours thirty minutes",
    "six thousand seven hundred seventy seven ...", "T.A.S seven thousand", "NS B three H four R two")."""
    assert normalise(written, language) == spoken


def test_a_month_and_day_that_only_months_first_can_be_is_a_date_where_days_come_first() -> None:
    """"2/22" has no 22nd month: where days come first it is read month first, as it was written (was "two twenty
    seconds"); a sixteenth and a part of something stay fractions."""
    assert normalise("Book for Tue (2/22) at 5 pm.", "en-GB") == "Book for Tuesday (February twenty second) at five PM."
    assert normalise("It is 3/16 of an inch.", "en-GB") == "It is three sixteenths of an inch."


@pytest.mark.parametrize(("language", "written", "spoken"), [
    ("en-AU", "Road works run from 2/3.", "Road works run from the second of March."),
    ("en-AU", "The pool is shut from 3/1 to 9/1.",
     "The pool is shut from the third of January to the ninth of January."),
    ("en-NZ", "It closes between 5/4 and 8/4.", "It closes between the fifth of April and the eighth of April."),
    # no date where days come first: odds, a fraction of something, a measure, a span that runs backwards
    ("en-GB", "She was backed from 5/2 into 6/4 favourite.",
     "She was backed from five to two into six to four favourite."),
    ("en-GB", "Support fell from 2/3 of voters.", "Support fell from two thirds of voters."),
    ("en-GB", "Add from 1/4 to 3/4 cup of milk.", "Add from one quarter to three quarters cup of milk."),
    ("en-GB", "It went from 9/4 to 2/4.", "It went from nine quarters to two quarters."),
    # where months come first, a span that no day over twelve settles stays as written; one that is settled is read
    ("en-US", "Road works run from 2/3.", "Road works run from two thirds."),
    ("en-US", "It closes between 5/4 and 8/4.", "It closes between five quarters and eight quarters."),
    ("en-US", "It closes between 4/5 and 4/18.", "It closes between April fifth and April eighteenth."),
])
def test_a_day_and_month_after_from_or_between(language: str, written: str, spoken: str) -> None:
    """Where days come first, "from 2/3" and a span "from 3/1 to 9/1" or "between 5/4 and 8/4" whose end follows its
    start are dates (were "two thirds", "three to nine" and "five quarters"); elsewhere as before."""
    assert normalise(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    ("en-US", "The filing deadline is 4/1.", "The filing deadline is April first."),
    ("en-GB", "The filing deadline is 4/1.", "The filing deadline is the fourth of January."),
    ("en-AU", "Census Day was 8/8.", "Census Day was the eighth of August."),
    ("en-US", "Her birthday falls 6/2 this year.", "Her birthday falls June second this year."),
    # a fraction that a noun naming no day is said to be, or a part of something
    ("en-US", "Her share is 3/4.", "Her share is three quarters."),
    ("en-GB", "A day is 1/7 of a week.", "A day is one seventh of a week."),
])
def test_a_day_and_month_that_a_day_is_said_to_be(language: str, written: str, spoken: str) -> None:
    """"The deadline is 4/1", "Census Day was 8/8": a date in the order set (were "four over one", "eight eighths")."""
    assert normalise(written, language) == spoken

"""Table-driven tests of English normalisation: one table per category, cases written for narrator."""

from __future__ import annotations

import pytest

from narrator import speakable
from narrator.speech.normalise import ReadingOptions, normalise

CASES: dict[str, list[tuple[str, str]]] = {
    "cardinal": [
        ("We counted 42 ducks.", "We counted forty two ducks."),
        ("About 1,250,000 people", "About one million two hundred fifty thousand people"),
        ("Room 007", "Room zero zero seven"),
        ("It fell to -4 overnight", "It fell to minus four overnight"),
        ("Flight A380", "Flight Eh three eighty"),
    ],
    "ordinal": [
        ("the 21st century", "the twenty first century"),
        ("her 3rd attempt and his 112th", "her third attempt and his one hundred twelfth"),
        ("the 1,000th visitor", "the one thousandth visitor"),
    ],
    "decimal": [
        ("Python 3.6.0 is out", "Python three point six point zero is out"),
        ("install v4.47.4 today", "install version four point forty seven point four today"),
        ("a 2.5 point rise", "a two point five point rise"),
        ("only .75 of it", "only point seven five of it"),
        ("pi is 3.14159", "pi is three point one four one five nine"),
    ],
    "fraction": [
        ("add 1/2 a cup", "add half a cup"),
        ("3/4 of voters", "three quarters of voters"),
        ("2 1/3 miles", "two and a third miles"),
        ("open 24/7", "open twenty four seven"),
    ],
    "range": [
        ("from 2019-2023", "from twenty nineteen to twenty twenty three"),
        ("a 10-15 km walk", "a ten to fifteen kilometer walk"),
        ("the 1914-18 war", "the nineteen fourteen to eighteen war"),
        ("won 3-1 at home", "won three to one at home"),
    ],
    "money": [
        ("Save $5/Month now.", "Save five dollars per month now."),
        ("a $1.5-2bn deal", "a one point five to two billion dollar deal"),
        ("HK$3 to HK$4 billion", "three to four billion Hong Kong dollars"),
        ("$3-4 billion", "three to four billion dollars"),
        ("It costs $50/year.", "It costs fifty dollars per year."),
        ("$200 billion", "two hundred billion dollars"),
        ("It cost $4.99.", "It cost four dollars ninety nine cents."),
        ("a €5m fund", "a five million euro fund"),
        ("£1.2bn deal", "one point two billion pound deal"),  # a headline's sum before what it names (h91)
        ("US$30", "thirty U.S dollars"),
        ("EUR 15 each", "fifteen euros each"),
        ("raised 1.2bn in", "raised one point two billion in"),
        ("just $1", "just one dollar"),
        ("$0.50 a day", "fifty cents a day"),
        ("$5-10 million", "five to ten million dollars"),
    ],
    "percent": [
        ("up 12.5%", "up twelve point five percent"),
        ("between 10-15%", "between ten and fifteen percent"),
    ],
    "date": [
        ("on April 10", "on April tenth"),
        ("Oct. 18, 2023", "October eighteenth, twenty twenty three"),
        ("on 2024-04-11", "on April eleventh twenty twenty four"),
        ("by 04/11/2024", "by April eleventh twenty twenty four"),
        ("on 25/12/2023", "on the twenty fifth of December twenty twenty three"),
        ("on 5 March 2021", "on the fifth of March twenty twenty one"),
        ("in March 1999", "in March nineteen ninety nine"),
        ("the 4th of July", "the fourth of July"),
    ],
    "year": [
        ("in 2022", "in twenty twenty two"),
        ("in 2007", "in two thousand seven"),
        ("in 1905", "in nineteen o five"),
        ("in 1900", "in nineteen hundred"),
        ("the 1990s", "the nineteen nineties"),
        ("the '60s", "the sixties"),
        ("the class of '99", "the class of ninety nine"),
        ("in 1990-95", "in nineteen ninety to ninety five"),
        ("in 44 BC", "in forty four B.C"),
        ("in 44 B.C.", "in forty four B.C."),
    ],
    "time": [
        ("at 9:30 AM", "at nine thirty AM"),
        ("at 10.30pm", "at ten thirty PM"),
        ("at 9 a.m. EST", "at nine AM EST"),
        ("at 9:30 a.m. sharp", "at nine thirty AM sharp"),
        ("at 23:00", "at twenty three hundred"),  # h69: a 24-hour hour past noon in hundreds
        ("at 5pm", "at five PM"),
        ("at 7:05 pm EST", "at seven o five PM EST"),
        ("from 9am-5pm", "from nine AM to five PM"),
        ("at 3:45:12 pm", "at three forty five and twelve seconds PM"),
        ("at 00:30", "at twelve thirty AM"),
    ],
    "measure": [
        ("a 5 kg bag", "a five kilogram bag"),
        ("ran 10km", "ran ten kilometers"),
        ("1 mile", "one mile"),
        ("at 120 km/h", "at one hundred and twenty kilometers per hour"),
        ("a 7.62-mm round", "a seven point six two millimeter round"),
        ("it was 30°C", "it was thirty degrees Celsius"),
        ("1 kg", "one kilogram"),
        ("1,000 sq km", "one thousand square kilometers"),
        ("6'2\" tall", "six feet two inches tall"),
        ("the 100 m final", "the one hundred meter final"),
        ("a 2 GB file", "a two gigabyte file"),
    ],
    "roman": [
        ("World War II", "World War two"),
        ("Henry VIII", "Henry the eighth"),
        ("Chapter IV", "Chapter four"),
        ("Pope Benedict XVI", "Pope Benedict the sixteenth"),
        ("Super Bowl LVII", "Super Bowl fifty seven"),
        ("And I said I would", "And I said I would"),
        ("type II diabetes", "type two diabetes"),
        ("Elizabeth I of England", "Elizabeth the first of England"),
        ("Robert L. Wilson", "Robert L Wilson"),
        ("XVIII.", "eighteen."),
        ("HENRY VIII", "HENRY the eighth"),
    ],
    "abbreviation": [
        ("the U.S. economy", "the U.S economy"),
        ("James T. Kirk", "James T Kirk"),
        ("in the U.S.", "in the U.S."),
        ("Dr. Smith", "Dr Smith"),
        ("Gen. Patton", "General Patton"),
        ("St. Paul's", "Saint Paul's"),
        ("on Main St. today", "on Main Street today"),
        ("fruit, e.g. apples", "fruit, for example apples"),
        ("pens, paper, etc.", "pens, paper, et cetera."),
        ("etc. and so on", "et cetera and so on"),
        ("Mr. and Mrs. Jones", "Mr and Mrs Jones"),
        ("No. 10", "number ten"),
        ("he shook his head no.", "he shook his head no."),
        ("Roe v. Wade", "Roe versus Wade"),
    ],
    "place": [
        ("Dekalb, Ill. - The team", "Dekalb, Illinois - The team"),
        ("I live in Kansas City, MO.", "I live in Kansas City, Missouri."),
        ("Portland, OR 97201", "Portland, Oregon, nine seven two zero one"),
        ("apples, OR oranges", "apples, OR oranges"),
        ("tea, Miss. Jones", "tea, Miss. Jones"),
    ],
    "acronym": [
        ("the FBI said", "the F.B.I said"),
        ("the FRA said", "the F.R.A said"),
        ("by the AAR.", "by the A.A.R."),
        ("the BBC", "the B.B.C"),
        ("NATO allies", "Nato allies"),
        ("two CEOs", "two C.E.O.'s"),
        ("two ATMs", "two A.T.M.'s"),
        ("a REWARD notice", "a reward notice"),
        ("the HTML spec", "the H.T.M.L spec"),
        ("BREAKING NEWS TODAY", "BREAKING news today"),
        ("Plan A failed", "Plan Eh failed"),
        ("the NCAA and ACLU", "the N.C.A.A and A.C.L.U"),
        ("HAUL AWAY NOW", "haul away now"),
        ("ESPN and UCLA", "E.S.P.N and U.C.L.A"),
        ("Life Is A Highway", "Life Is A Highway"),
        ("A good day", "A good day"),
    ],
    "phone": [
        ("call 555-123-4567", "call five five five, one two three, four five six seven"),
        ("call (212) 555-0100", "call two one two, five five five, zero one zero zero"),
        ("call 1-800-555-0199", "call one, eight hundred, five five five, zero one nine nine"),
        ("call 555-1234", "call five five five, one two three four"),
        ("(555) 123 4567", "five five five, one two three, four five six seven"),
        ("from 100-1500", "from one hundred to fifteen hundred"),
        ("dial +44 20 7946 0958", "dial plus four four, two zero, seven nine four six, zero nine five eight"),
    ],
    "electronic": [
        ("mail jo@example.com now", "mail jo at example dot com now"),
        ("see https://example.org/a-b", "see HTTPS colon slash slash example dot org slash a dash b"),
        ("visit bbc.co.uk today", "visit bbc dot co dot UK today"),
        ("at 10.0.0.1", "at one zero dot zero dot zero dot one"),
    ],
    "symbol": [
        ("a dump and/or a sample", "a dump and or a sample"),
        ("how high/low it sits", "how high or low it sits"),
        ("coffee w/ milk, done w/o help", "coffee with milk, done without help"),
        ("up to 2^28 entries", "up to two to the power of twenty eight entries"),
        ("x^2 grows", "x squared grows"),
        ("r^3 and 2^5", "r cubed and two to the power of five"),
        ("It was 5 * 3 = 15.", "It was five times three equals fifteen."),
        ("a 5*10 grid", "a five times ten grid"),
        ('^ "Smith, 2001". Harbor Press.', '"Smith, two thousand one". Harbor Press.'),
        ("salt & pepper", "salt and pepper"),
        ("C++ and Disney+", "C plus plus and Disney plus"),
        ("ranked #1", "ranked number one"),
        ("follow @narrator", "follow at narrator"),
        ("a Δ of 3", "a delta of three"),
        ("under § 230", "under section two hundred thirty"),
    ],
    "citation": [
        ("It rose.[1] Then", "It rose. Then"),
        ("a claim[citation needed] here", "a claim here"),
        ("as noted [12, 14] before", "as noted before"),
        ("a wall[a] here", "a wall here"),
        # A writer's edit to a quote is read as the word it makes, not dropped.
        ('"[T]he birth lottery matters"', '"The birth lottery matters"'),
        ("she walk[ed] home", "she walked home"),
        # Asterisks that mark emphasis or a footnote are not said ("asterisk").
        ("a *very* big deal", "a very big deal"),
        ("Romania* and Spain", "Romania and Spain"),
        ("*Terms apply.", "Terms apply."),
        ("** STOP HERE **", "stop here"),
    ],
    "unicode": [
        ("\u0421easefire talks", "Ceasefire talks"),
        ("\u201cquoted\u201d \u2018text\u2019", "\"quoted\" 'text'"),
        ("co\u00adoperate", "cooperate"),
        ("tofu, diced\u2063 and rice\u2063", "tofu, diced and rice"),  # an invisible separator
        ("a\u00a0b", "a b"),
        ("wait\u2014what", "wait - what"),
        ("great \U0001f600 news", "great news"),
        ("Acme\u2122 tools", "Acme tools"),
        ("\u041c\u043e\u0441\u043a\u0432\u0430", "\u041c\u043e\u0441\u043a\u0432\u0430"),
    ],
}


@pytest.mark.parametrize(
    ("written", "spoken"),
    [pytest.param(w, s, id=f"{category}:{w}") for category, rows in CASES.items() for w, s in rows],
)
def test_english_reading(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_date_order_setting() -> None:
    options = ReadingOptions(date_order="dmy")
    assert normalise("on 04/11/2024", "en", options) == "on the fourth of November twenty twenty four"
    assert normalise("on 2024-04-11", "en", options) == "on the eleventh of April twenty twenty four"


def test_urls_can_be_replaced_by_link() -> None:
    options = ReadingOptions(urls="link")
    assert normalise("see https://example.org/x for more", "en", options) == "see example dot org for more"
    assert normalise("More at https://www.harbor.example/ferry/times.", "en", options) == "More at harbor dot example."
    assert normalise("Write to news@harbor.org.", "en", options) == "Write to news at harbor dot org."


@pytest.mark.parametrize("language", ["fr", "de-DE", "xx"])
def test_language_without_rules_is_only_tidied(language: str) -> None:
    assert speakable("Le 14\u00a0juillet 1789 \u2014 \u00ab\u00a0libert\u00e9\u00a0\u00bb", language) == (
        'Le 14 juillet 1789 - " libert\u00e9 "'
    )


def test_regional_english_tag_uses_english_rules() -> None:
    assert speakable("in 2022", "en-GB") == "in twenty twenty two"


def test_a_deferred_pattern_compiles_on_first_use_and_takes_its_own_place() -> None:
    """The rules' patterns are compiled when first used (most articles meet a fifth of them); the first use puts
    the compiled pattern in the module's name, and a copy held elsewhere still works."""
    import re
    import types

    from narrator.speech.normalise.deferred import compiled

    module = types.ModuleType("rules")
    exec("from narrator.speech.normalise.deferred import compiled\n"  # a module of our own making
         "_DIGITS = compiled(r'(\\d+)')\nHELD = (_DIGITS,)\n", module.__dict__)
    held = module.HELD[0]
    assert not isinstance(module._DIGITS, re.Pattern)
    assert held.pattern == r"(\d+)"  # the source, without compiling
    assert not isinstance(module._DIGITS, re.Pattern)
    assert module._DIGITS.sub("#", "a 12 b 3") == "a # b #"
    assert isinstance(module._DIGITS, re.Pattern)  # in its own place now
    assert held.findall("1 and 22") == ["1", "22"] and held.groups == 1
    assert [m.group(1) for m in held.finditer("7 8")] == ["7", "8"]
    assert compiled(r"x").search("y") is None

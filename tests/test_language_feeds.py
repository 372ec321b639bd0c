"""The article's language from end to end (issue #10): `update --language`, the language a followed blog's feed
declares for its items, and the language the show's own feed says it is in. Every feed and article here was
written for these tests; feeds are files, narration uses the fast espeak voice.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from narrator import publish
from narrator.cli import main

ENGLISH = (
    "The ferry from the old harbour leaves every morning at seven, and most of the people on board are going to "
    "work on the island. They drink coffee on the upper deck and read the paper while the gulls follow the boat."
)
GERMAN = (
    "Die Fähre vom alten Hafen fährt jeden Morgen um sieben Uhr ab, und die meisten Leute an Bord fahren zur "
    "Arbeit auf die Insel. Sie trinken Kaffee auf dem Oberdeck und lesen die Zeitung, während die Möwen folgen."
)
FRENCH = (
    "Le bac du vieux port part tous les matins à sept heures, et la plupart des gens à bord vont travailler sur "
    "l'île. Ils boivent un café sur le pont supérieur et lisent le journal pendant que les mouettes suivent."
)
# Names and numbers: too few words for anyone to tell the language from.
NAMES = "Hafen Nord, 3. Mai: Linie 7 um 7.15 Uhr."
SITE = "https://tideline.example.org"


def rss(*items: str, language: str = "") -> str:
    """An RSS 2.0 feed of the blog "Tideline" with these items, declaring language when given."""
    declared = f"<language>{language}</language>" if language else ""
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>Tideline</title><link>{SITE}/</link><description>Notes from the shore</description>"
            f"{declared}{''.join(items)}</channel></rss>")


def item(slug: str, text: str, day: int = 1, link: str = "", extra: str = "") -> str:
    """An RSS item carrying its whole article (content:encoded), or only a link to its page when link is given."""
    body = f"<link>{link}</link>" if link else f"<link>{SITE}/{slug}</link><content:encoded><![CDATA[<p>{text}</p>]]>" \
                                              "</content:encoded>"
    return (f"<item><title>Post {slug}</title>{body}<guid>{slug}</guid>"
            f"<pubDate>Mon, {day:02d} Feb 2025 08:00:00 GMT</pubDate>{extra}</item>")


def run(*args: str) -> Result:
    """The CLI as a user types it."""
    return CliRunner().invoke(main, list(args))


def follow_and_update(tmp_path: Path, feed: str, *flags: str) -> Path:
    """Follow a feed written to a file, run `update` with flags, and return the output folder."""
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    out = tmp_path / "out"
    followed = run("follow", str(path), "-o", str(out))
    assert followed.exit_code == 0, followed.output
    updated = run("update", "--voice", "espeak", "-o", str(out), "--json", *flags)
    assert updated.exit_code == 0, updated.output
    assert all(outcome["ok"] for outcome in json.loads(updated.stdout))
    return out


def languages(out: Path) -> dict[str, str]:
    """Each episode's title and the language it was read in."""
    return {record.title: record.language for record in publish.episodes(out)}


def test_update_reads_every_followed_article_in_the_language_given(tmp_path: Path) -> None:
    out = follow_and_update(tmp_path, rss(item("a", ENGLISH)), "--language", "de")
    assert languages(out) == {"Post a": "de"}


def test_update_refuses_a_language_that_is_no_tag_and_says_what_to_write(tmp_path: Path) -> None:
    result = run("update", "-o", str(tmp_path / "out"), "--language", "Deutsch")
    assert result.exit_code == 2
    assert "write one such as de" in result.output

"""The article's language from end to end (issue #10): `update --language`, the language a followed blog's feed
declares for its items, and the language the show's own feed says it is in. Every feed and article here was
written for these tests; feeds are files, narration uses the fast espeak voice.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import feedparser
import podcastparser
import pytest
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


def atom(*entries: str, language: str = "") -> str:
    """An Atom feed of the blog "Tideline" with these entries, its xml:lang given when language is."""
    declared = f' xml:lang="{language}"' if language else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"{declared}>'
            f"<title>Tideline</title><id>{SITE}/</id><updated>2025-02-09T08:00:00Z</updated>{''.join(entries)}</feed>")


def entry(slug: str, text: str, day: int = 1, language: str = "") -> str:
    """An Atom entry carrying its whole article, with its own xml:lang when language is given."""
    declared = f' xml:lang="{language}"' if language else ""
    return (f"<entry{declared}><id>{SITE}/{slug}</id><title>Post {slug}</title><link href=\"{SITE}/{slug}\"/>"
            f"<updated>2025-02-{day:02d}T08:00:00Z</updated><content type=\"html\">&lt;p&gt;{text}&lt;/p&gt;"
            "</content></entry>")


def page(tmp_path: Path, slug: str, text: str, lang: str = "") -> str:
    """A blog post's own page, saved as a file the feed's item links to; lang on its <html> when given."""
    declared = f' lang="{lang}"' if lang else ""
    path = tmp_path / f"{slug}.html"
    path.write_text(f"<!DOCTYPE html><html{declared}><head><title>Post {slug}</title></head><body><article>"
                    f"<h1>Post {slug}</h1><p>{text}</p></article></body></html>", encoding="utf-8")
    return str(path)


def test_a_linked_page_that_declares_no_language_is_in_its_feeds(tmp_path: Path) -> None:
    feed = rss(item("a", "", link=page(tmp_path, "a", NAMES)), language="de")
    assert languages(follow_and_update(tmp_path, feed)) == {"Post a": "de"}


def test_an_items_own_language_comes_before_its_channels(tmp_path: Path) -> None:
    feed = rss(item("a", NAMES, day=1, extra="<dc:language>de</dc:language>"), item("b", NAMES, day=2),
               language="fr")
    assert languages(follow_and_update(tmp_path, feed)) == {"Post a": "de", "Post b": "fr"}


def test_an_atom_entrys_xml_lang_comes_before_its_feeds(tmp_path: Path) -> None:
    feed = atom(entry("a", NAMES, day=1, language="de"), entry("b", NAMES, day=2), language="fr")
    assert languages(follow_and_update(tmp_path, feed)) == {"Post a": "de", "Post b": "fr"}


def test_the_pages_own_lang_comes_before_its_feeds(tmp_path: Path) -> None:
    feed = rss(item("a", "", link=page(tmp_path, "a", NAMES, lang="fr")), language="de")
    assert languages(follow_and_update(tmp_path, feed)) == {"Post a": "fr"}


def test_a_feed_that_declares_a_language_its_text_is_plainly_not_in_gives_way_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # Blog software says the language it was set up in: WordPress's en-US by default, over German posts.
    feed = rss(item("a", GERMAN, day=1), item("b", "", day=2, link=page(tmp_path, "b", GERMAN)), language="en-US")
    with caplog.at_level(logging.WARNING):
        out = follow_and_update(tmp_path, feed)
    assert languages(out) == {"Post a": "de", "Post b": "de"}
    assert "its feed declares its language as 'en-us' but its text is plainly 'de'" in caplog.text


def test_the_feeds_language_is_not_a_setting(tmp_path: Path) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text('[clean]\nfeed_language = "de"\n', encoding="utf-8")
    result = run("--config", str(config), "preview", str(tmp_path / "none.md"))
    assert result.exit_code == 2
    assert "set clean.language" in result.output


def narrate(tmp_path: Path, articles: dict[str, str], config: str = "") -> tuple[Path, Path]:
    """Narrate Markdown articles (name -> body), one a day apart in that order, with a narrator.toml holding config;
    the output folder and the settings file."""
    settings = tmp_path / "narrator.toml"
    settings.write_text(config, encoding="utf-8")
    out = tmp_path / "out"
    for day, (name, body) in enumerate(articles.items(), start=1):
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: {name}\ndate: 2025-02-{day:02d}\n---\n\n{body}\n", encoding="utf-8")
        result = run("--config", str(settings), "narrate", str(path), "--voice", "espeak", "-o", str(out), "-q")
        assert result.exit_code == 0, result.output
    return out, settings


def feed_language(out: Path) -> str:
    """The show's <language> as podcast apps read it: feedparser (the feed well-formed) and podcastparser agree."""
    data = (out / "feed.xml").read_bytes()
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    with (out / "feed.xml").open("rb") as handle:
        podcast = podcastparser.parse("http://127.0.0.1:8000/feed.xml", handle)
    assert podcast["language"] == parsed.feed.language
    return str(parsed.feed.language)


def check(out: Path, settings: Path) -> str:
    """What `narrator check` says of the show."""
    return run("--config", str(settings), "check", "-o", str(out)).output


def test_the_show_is_in_clean_language(tmp_path: Path) -> None:
    out, _ = narrate(tmp_path, {"Hafen": NAMES}, '[clean]\nlanguage = "de"\n')
    assert feed_language(out) == "de"
    assert '<html lang="de">' in (out / "index.html").read_text(encoding="utf-8")


def test_without_clean_language_the_show_is_in_the_language_most_episodes_are_in(tmp_path: Path) -> None:
    out, settings = narrate(tmp_path, {"Fähre": GERMAN, "Ferry": ENGLISH, "Hafen": GERMAN})
    assert feed_language(out) == "de"
    said = check(out, settings)
    assert "the episodes are in 2 languages (de: 2, en: 1); the feed can name one, 'de'" in said
    assert "a show of its own" in said


def test_a_tie_goes_to_the_newest_episodes_language(tmp_path: Path) -> None:
    out, _ = narrate(tmp_path, {"Ferry": ENGLISH, "Bac": FRENCH})
    assert feed_language(out) == "fr"


def test_the_language_set_for_the_show_wins_and_check_says_when_no_episode_is_in_it(tmp_path: Path) -> None:
    out, settings = narrate(tmp_path, {"Fähre": GERMAN}, '[publish]\nlanguage = "en"\n')
    assert feed_language(out) == "en"
    assert "the feed says the show is in 'en', but no episode is (de: 1)" in check(out, settings)
    assert 'set publish.language to "de"' in check(out, settings)


def test_one_article_narrated_with_language_leaves_the_shows_language_alone(tmp_path: Path) -> None:
    out, settings = narrate(tmp_path, {"Ferry": ENGLISH}, '[clean]\nlanguage = "en"\n')
    path = tmp_path / "bac.md"
    path.write_text(f"# Bac\n\n{NAMES}\n", encoding="utf-8")
    result = run("--config", str(settings), "narrate", str(path), "--voice", "espeak", "-o", str(out), "-q",
                 "--language", "fr")
    assert result.exit_code == 0, result.output
    assert feed_language(out) == "en"


def test_a_show_language_that_is_no_tag_is_refused_with_what_to_write(tmp_path: Path) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text('[publish]\nlanguage = "German"\n', encoding="utf-8")
    result = run("--config", str(config), "publish", "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "publish.language='German' is not a language tag" in result.output
    assert 'a language tag such as "de"' in result.output


def test_a_feed_followed_with_a_language_is_read_in_it_by_every_update(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(rss(item("a", ENGLISH, day=1)), encoding="utf-8")
    out = tmp_path / "out"
    followed = run("follow", str(path), "-o", str(out), "--language", "de")
    assert followed.exit_code == 0, followed.output
    assert "read in de" in followed.output
    assert run("follow", "-o", str(out)).output.strip().endswith("(read in de)")
    assert run("update", "--voice", "espeak", "-o", str(out), "-q").exit_code == 0
    assert languages(out) == {"Post a": "de"}
    # --language on the run wins over the feed's; auto gives the articles their own languages back.
    path.write_text(rss(item("a", ENGLISH, day=1), item("b", ENGLISH, day=2)), encoding="utf-8")
    assert run("update", "--voice", "espeak", "-o", str(out), "-q", "--language", "fr").exit_code == 0
    assert languages(out) == {"Post a": "de", "Post b": "fr"}
    assert run("follow", str(path), "-o", str(out), "--language", "auto").exit_code == 0
    assert "read in" not in run("follow", "-o", str(out)).output
    path.write_text(rss(item("a", ENGLISH, day=1), item("b", ENGLISH, day=2), item("c", ENGLISH, day=3)),
                    encoding="utf-8")
    assert run("update", "--voice", "espeak", "-o", str(out), "-q").exit_code == 0
    assert languages(out) == {"Post a": "de", "Post b": "fr", "Post c": "en"}


def test_following_again_without_a_language_keeps_the_one_chosen(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(rss(item("a", ENGLISH)), encoding="utf-8")
    out = tmp_path / "out"
    assert run("follow", str(path), "-o", str(out), "--language", "nl").exit_code == 0
    assert run("follow", str(path), "-o", str(out)).exit_code == 0
    assert run("follow", "-o", str(out)).output.strip().endswith("(read in nl)")
    listing = run("follow", "-o", str(out), "--language", "nl")
    assert listing.exit_code == 2
    assert "narrator follow URL --language TAG" in listing.output


def test_a_three_letter_clean_language_is_said_in_two_letters_as_apple_wants(tmp_path: Path) -> None:
    out, _ = narrate(tmp_path, {"Hafen": NAMES}, '[clean]\nlanguage = "deu"\n')
    assert feed_language(out) == "de"


def test_the_show_says_its_language_as_most_of_its_episodes_write_it(tmp_path: Path) -> None:
    front = "---\ntitle: {0}\ndate: 2025-02-0{1}\nlanguage: {2}\n---\n\n" + ENGLISH
    out = tmp_path / "out"
    for day, (title, tag) in enumerate((("Ferry", "en-GB"), ("Harbour", "en-GB"), ("Gulls", "en-US")), start=1):
        path = tmp_path / f"{title}.md"
        path.write_text(front.format(title, day, tag), encoding="utf-8")
        assert run("narrate", str(path), "--voice", "espeak", "-o", str(out), "-q").exit_code == 0
    assert feed_language(out) == "en-gb"


def test_a_feed_followed_again_after_unfollow_is_read_in_its_own_language(tmp_path: Path) -> None:
    path, out = tmp_path / "feed.xml", tmp_path / "out"
    path.write_text(rss(item("a", ENGLISH)), encoding="utf-8")
    assert run("follow", str(path), "-o", str(out), "--language", "de").exit_code == 0
    assert run("unfollow", str(path), "-o", str(out)).exit_code == 0
    followed = run("follow", str(path), "-o", str(out))
    assert followed.exit_code == 0, followed.output
    assert "read in" not in followed.output
    assert "read in" not in run("follow", "-o", str(out)).output
    updated = run("update", "--voice", "espeak", "-o", str(out))
    assert updated.exit_code == 0, updated.output
    assert languages(out) == {"Post a": "en"}

"""clean on Markdown from notes apps: their metadata lines read as metadata, their own marks said as the app shows
them or not at all, and the writer's lines that only look like either read as written. Every text here is our own."""

from __future__ import annotations

from pathlib import Path

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source

BODY = ("The harbour wall was finished on Friday, two weeks before the spring tides.\n\n"
        "It cost less than the council had feared, and the fishermen helped to pay for it.\n")


def read(text: str, origin: str = "note.md") -> Document:
    return clean(Source(origin, text.encode(), Format.MARKDOWN), CleanSettings())


def spoken(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


def test_multimarkdown_metadata_is_the_title_author_and_date() -> None:
    document = read(f"Title: The harbour wall\nAuthor: Tom Reilly\nDate: 2025-04-02\nCSS: note.css\n\n{BODY}")
    assert (document.meta.title, document.meta.authors, document.meta.published) == (
        "The harbour wall", ("Tom Reilly",), "2025-04-02")
    assert spoken(document)[0].startswith("The harbour wall was finished")


def test_a_pandoc_title_block_names_the_title_its_authors_and_date() -> None:
    document = read(f"% The harbour wall\n% Tom Reilly; Mia Chen\n% April 2, 2025\n\n{BODY}")
    assert (document.meta.title, document.meta.authors, document.meta.published) == (
        "The harbour wall", ("Tom Reilly", "Mia Chen"), "2025-04-02")
    assert not any("%" in text for text in spoken(document))


def test_properties_under_the_title_are_metadata_and_not_read() -> None:
    document = read(f"# The harbour wall\n\nCreated: April 2, 2025 4:10 PM\nTags: Harbour, Council\n\n{BODY}")
    assert document.meta.title == "The harbour wall" and document.meta.published == "2025-04-02"
    assert spoken(document)[0].startswith("The harbour wall was finished")


def test_the_writers_own_lines_that_look_like_keys_are_read() -> None:
    interview = read(f"# Ten minutes with the harbour master\n\nQ: How long did it take?\nA: Two years, start to end."
                     f"\n\n{BODY}")
    assert " ".join(spoken(interview)[0].split()) == "Q: How long did it take? A: Two years, start to end."
    summary = read(f"Summary: the wall is finished and it cost less than feared.\n\n{BODY}")
    assert spoken(summary)[0] == "Summary: the wall is finished and it cost less than feared."


def test_a_joplin_note_is_titled_by_its_first_line_and_its_row_is_not_read() -> None:
    row = ("id: 9a1b2c3d4e5f60718293a4b5c6d7e8f9\nparent_id: 1b2c3d4e5f60718293a4b5c6d7e8f90a\n"
           "created_time: 2025-04-02T16:10:00.000Z\nupdated_time: 2025-04-03T08:00:00.000Z\nis_conflict: 0\n"
           "author: \nsource_url: \nis_todo: 0\nmarkup_language: 1\ntype_: 1")
    document = read(f"The harbour wall\n\n{BODY}\n{row}", "9a1b2c3d4e5f60718293a4b5c6d7e8f9.md")
    assert document.meta.title == "The harbour wall" and document.meta.published == "2025-04-02"
    assert spoken(document) == [line for line in BODY.split("\n") if line]


def test_obsidian_links_embeds_callouts_comments_and_tags_are_said_as_obsidian_shows_them() -> None:
    text = ("# The harbour wall\n\nThe [[Harbour Board|board]] met in [[Stromness]] on Friday. ![[wall.jpg]]\n\n"
            "![[site-plan.pdf]]\n\n> [!warning]- Spring tides\n> The wall must be finished before them.\n\n"
            "It was. %%ask Mia for the exact date\nand the cost%% The fishermen helped.\n\n#harbour #council\n")
    assert [" ".join(text.split()) for text in spoken(read(text))] == [
        # the callout's title is a line of its own (h85), not the first words of its sentence
        "The board met in Stromness on Friday.", "Spring tides", "The wall must be finished before them.",
        "It was. The fishermen helped."]


def test_bear_tags_and_highlights() -> None:
    text = f"# The harbour wall\n#harbour/orkney\n\nIt was ==finished on Friday==, early.\n\n{BODY}"
    assert spoken(read(text))[0] == "It was finished on Friday, early."


def test_what_only_looks_like_a_notes_apps_mark_is_read_as_written() -> None:
    text = ("# Comparing values\n\n#Introduction\n\nIn Python, `a == b` compares and `[[1, 2]]` is a nested list.\n\n"
            "The forum /r/orkney is busy, and 50% of its posts are about the ferry, up from 30% last year.\n\n"
            "It failed when x==1 or y==2 held.\n")
    assert spoken(read(text)) == [
        "Introduction", "In Python, a == b compares and [[1, 2]] is a nested list.",
        "The forum /r/orkney is busy, and 50% of its posts are about the ferry, up from 30% last year.",
        "It failed when x==1 or y==2 held."]


def test_ia_writer_content_blocks_and_hugo_shortcodes_are_not_read() -> None:
    text = ("# The harbour wall\n\n/Images/wall.jpg \"The wall at dawn\"\n\n/costs.csv\n\n"
            "{{< figure src=\"/img/wall.jpg\" >}}\n\n{{% notice note %}}\nThe road stays closed until May.\n"
            "{{% /notice %}}\n\n" + BODY)
    assert spoken(read(text)) == ["The road stays closed until May.", *[line for line in BODY.split("\n") if line]]


def test_an_author_and_date_named_as_the_writer_chose() -> None:
    document = read(f"---\nwriter: Tom Reilly\npublication date: 2025-04-02\n---\n{BODY}")
    assert (document.meta.authors, document.meta.published) == (("Tom Reilly",), "2025-04-02")
    notion = read(f"# The harbour wall\n\nWriter: Tom Reilly\nPublish date: April 2, 2025\n\n{BODY}")
    assert (notion.meta.authors, notion.meta.published) == (("Tom Reilly",), "2025-04-02")


def test_a_multimarkdown_file_is_read_as_markdown_and_found_in_a_folder(tmp_path: Path) -> None:
    from narrator.config import IngestSettings
    from narrator.ingest import expand
    from narrator.ingest.read import read_file

    path = tmp_path / "wall.mmd"
    path.write_text(f"Title: The harbour wall\nAuthor: Tom Reilly\n\n{BODY}", encoding="utf-8")
    document = clean(read_file(str(path), IngestSettings()), CleanSettings())
    assert (document.meta.title, document.meta.authors) == ("The harbour wall", ("Tom Reilly",))
    assert [Path(spec).name for spec in expand([str(tmp_path)])] == ["wall.mmd"]

"""Sentence splitting, segment grouping, pauses, chapters, intro/outro and lexicons."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from narrator.config import PROJECT_ROOT, SpeechSettings
from narrator.errors import ConfigError
from narrator.model import Block, BlockKind, Document, Metadata, PauseSettings
from narrator.speech import script
from narrator.speech.lexicon import load_lexicons
from narrator.speech.segment import sentences

DEFAULT_LEXICON = PROJECT_ROOT / "voices" / "lexicon" / "default.toml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Smith arrived. He sat down.", ["Dr. Smith arrived.", "He sat down."]),
        ("James T. Kirk took command. Spock agreed.", ["James T. Kirk took command.", "Spock agreed."]),
        ("It rose 3.5 percent. Markets fell.", ["It rose 3.5 percent.", "Markets fell."]),
        ("Wait... What happened?", ["Wait...", "What happened?"]),
        ('"Go home." She left.', ['"Go home."', "She left."]),
        ("He asked, \"Why?\" Nobody knew.", ['He asked, "Why?"', "Nobody knew."]),
        ("Prices, e.g. Rent, rose. Wages did not.", ["Prices, e.g. Rent, rose.", "Wages did not."]),
        ("U.S. officials met. The talks ended.", ["U.S. officials met.", "The talks ended."]),
        ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
        ("It opened on Oct. 18, 2023. Crowds came.", ["It opened on Oct. 18, 2023.", "Crowds came."]),
        ("See Fig. 3 for details. It is clear.", ["See Fig. 3 for details.", "It is clear."]),
        ("They sold pens, paper, etc. The shop closed.", ["They sold pens, paper, etc.", "The shop closed."]),
        ("no full stop at the end", ["no full stop at the end"]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("They haven't. Why?", ["They haven't.", "Why?"]),
        ("It was an op-ed. Critics agreed.", ["It was an op-ed.", "Critics agreed."]),
        ("It scored 82.3. Again, a record.", ["It scored 82.3.", "Again, a record."]),
        ("He said. \u201cIt\u2019s over.\u201d Then left.", ["He said.", "\u201cIt\u2019s over.\u201d", "Then left."]),
        ("She waited\u2026 Nobody came.", ["She waited\u2026", "Nobody came."]),
        ("He shook his head no. Then he left.", ["He shook his head no.", "Then he left."]),
        ("See No. 5 and p. 12 for more.", ["See No. 5 and p. 12 for more."]),
        ("Еда есть. Где мы?", ["Еда есть.", "Где мы?"]),
        # a wire story's dateline: the state's stop before the agency's credit and a dash ends no sentence
        ("ST. PAUL, Minn. (AP) \u2014 Snow fell. Roads closed.",
         ["ST. PAUL, Minn. (AP) \u2014 Snow fell.", "Roads closed."]),
        ("He left. (He would return.) Then he slept.", ["He left.", "(He would return.)", "Then he slept."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def _document(*blocks: Block, title: str = "Title", published: str | None = "2024-04-11") -> Document:
    meta = Metadata(title=title, authors=("Ann Lee", "Bo Chen"), published=published)
    return Document(origin="test.md", meta=meta, blocks=blocks, source_hash="0" * 64)


PAUSES = PauseSettings(sentence_ms=11, paragraph_ms=22, heading_ms=33, list_item_ms=44)


def test_intro_body_outro_pauses_and_chapters() -> None:
    document = _document(
        Block(BlockKind.PARAGRAPH, "First sentence. Second one."),
        Block(BlockKind.HEADING, "Part Two", level=2),
        Block(BlockKind.LIST_ITEM, "An item."),
        Block(BlockKind.CODE, "Here the article shows a code example."),
        Block(BlockKind.QUOTE, "A quote."),
    )
    settings = SpeechSettings(max_chars=20, pauses=PAUSES, disclosure="A synthetic voice.")
    segments = script(document, settings).segments
    texts = [s.text for s in segments]
    assert texts[0] == "Title"
    assert "By Ann Lee and Bo Chen. Published April eleventh, twenty twenty four." in " ".join(texts)
    assert "code example" in " ".join(texts), "a code block's stand-in is said"
    assert texts[-1] == "A synthetic voice."
    by_text = {s.text: s for s in segments}
    assert by_text["First sentence."].pause_after_ms == 11
    assert by_text["Second one."].pause_after_ms == 22
    assert by_text["Part Two"].pause_after_ms == 33
    assert by_text["Part Two"].kind is BlockKind.HEADING
    assert by_text["An item."].pause_after_ms == 44
    assert by_text["First sentence."].chapter == "Title"
    assert by_text["An item."].chapter == "Part Two"
    assert by_text["A quote."].kind is BlockKind.QUOTE
    assert all(s.chapter for s in segments)


def test_intro_and_outro_can_be_turned_off() -> None:
    document = _document(Block(BlockKind.PARAGRAPH, "Only this."))
    segments = script(document, SpeechSettings(intro=False, outro=False)).segments
    assert [s.text for s in segments] == ["Only this."]
    assert segments[0].display == "Only this."


def test_display_keeps_written_form() -> None:
    document = _document(Block(BlockKind.PARAGRAPH, "It cost $5 in 2022."))
    (segment,) = script(document, SpeechSettings(intro=False, outro=False)).segments
    assert segment.text == "It cost five dollars in twenty twenty two."
    assert segment.display == "It cost $5 in 2022."


def test_display_shows_a_formula_in_words_not_its_tex() -> None:
    document = _document(Block(BlockKind.PARAGRAPH, "It cost $5 when \\(x^2 = 4\\) in 2022."))
    (segment,) = script(document, SpeechSettings(intro=False, outro=False)).segments
    assert segment.text == "It cost five dollars when x squared equals four in twenty twenty two."
    assert segment.display == "It cost $5 when x squared equals four in 2022."


def test_sentences_grouped_up_to_max_chars_never_split_inside_a_word() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(40))
    for max_chars in (30, 80, 200, 400):
        segments = script(_document(Block(BlockKind.PARAGRAPH, text)), SpeechSettings(max_chars=max_chars)).segments
        assert all(len(s.text) <= max_chars for s in segments)
        spoken = " ".join(s.text for s in segments if s.kind is BlockKind.PARAGRAPH)
        assert "Sentence number thirty nine is here." in spoken
        words = " ".join(s.text for s in segments).split()
        assert "numbe" not in words and "Sentenc" not in words


def test_long_sentence_split_at_clauses_then_spaces() -> None:
    long = "First clause here, second clause there; third clause everywhere, " + "word " * 60 + "end."
    segments = script(_document(Block(BlockKind.PARAGRAPH, long)), SpeechSettings(max_chars=50, intro=False,
                                                                                   outro=False)).segments
    assert all(len(s.text) <= 50 for s in segments)
    assert segments[0].text.startswith("First clause here,")
    assert " ".join(s.text for s in segments).split() == long.split()


def test_a_long_sentence_keeps_its_spaced_dashes_when_cut_at_clauses() -> None:
    """A dash is a pause the writer asked for: cut off alone at a clause, it was no words and was dropped."""
    long = "The ferry was late - again - and nobody on the quay was surprised, least of all the captain."
    segments = script(_document(Block(BlockKind.PARAGRAPH, long)), SpeechSettings(max_chars=40, intro=False,
                                                                                   outro=False)).segments
    assert " ".join(s.text for s in segments).split() == long.split()


def test_a_long_sentence_is_read_whole_before_it_is_cut() -> None:
    """A reading that looks across a comma holds in a sentence longer than a segment ("Gary, Ind.," is Indiana)."""
    long = ("He worked nights at the plant in Gary, Ind., for nine years, then drove a truck from Albany, N.Y., to"
            " Portland, Ore., every week.")
    segments = script(_document(Block(BlockKind.PARAGRAPH, long)), SpeechSettings(max_chars=60, intro=False,
                                                                                   outro=False)).segments
    assert all(len(s.text) <= 60 for s in segments)
    assert " ".join(s.text for s in segments) == (
        "He worked nights at the plant in Gary, Indiana, for nine years, then drove a truck from Albany, New York,"
        " to Portland, Oregon, every week.")
    assert " ".join(s.display for s in segments) == long, "captions show each clause as written"


def test_segments_without_speakable_text_are_dropped() -> None:
    document = _document(Block(BlockKind.PARAGRAPH, "\U0001f600 [1]"), Block(BlockKind.HEADING, "__________"),
                         Block(BlockKind.PARAGRAPH, "Real."))
    segments = script(document, SpeechSettings(intro=False, outro=False)).segments
    assert [s.text for s in segments] == ["Real."]


def test_document_without_date_or_authors() -> None:
    document = Document("x", Metadata(title="Just a title"), (Block(BlockKind.PARAGRAPH, "Body."),), "0")
    texts = [s.text for s in script(document, SpeechSettings(outro=False)).segments]
    assert texts == ["Just a title", "Body."]


def test_default_lexicon_rules() -> None:
    lexicon = load_lexicons([DEFAULT_LEXICON])
    assert lexicon.apply("N.A.T.O met in Kyiv") == "Nato met in Keev"
    assert lexicon.apply("Xi said, xi") == "Shee said, xi"
    assert lexicon.apply("the URL") == "the U.R.L"
    assert lexicon.apply("wi-fi and Wi-Fi") == "wifi and wifi"


def test_default_lexicon_is_safe_for_every_engine() -> None:
    # espeak-ng reads [[ ]] in its own notation, so IPA phoneme rules belong in piper-phonemes.toml
    rules = tomllib.loads(DEFAULT_LEXICON.read_text(encoding="utf-8"))["rule"]
    assert rules and all(rule.get("type", "replace") != "phonemes" for rule in rules)


def test_piper_phoneme_lexicon_overrides_default() -> None:
    lexicon = load_lexicons([DEFAULT_LEXICON, DEFAULT_LEXICON.with_name("piper-phonemes.toml")])
    assert lexicon.apply("in Kyiv today") == "in [[kˈiːv]] today"


def test_lexicon_applied_after_normalisation(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(
        '[[rule]]\ntype = "replace"\nmatch = "twenty twenty two"\nsay = "this year"\n'
        '[[rule]]\ntype = "word"\nmatch = "FIFA"\nsay = "Feefa"\n',
        encoding="utf-8",
    )
    document = _document(Block(BlockKind.PARAGRAPH, "In 2022 the FBI and FIFA met."))
    (segment,) = script(document, SpeechSettings(lexicons=(lexicon,), intro=False, outro=False)).segments
    assert segment.text == "In this year the F.B.I and Feefa met."


def test_lexicon_first_look_keeps_every_key(tmp_path: Path) -> None:
    # The pattern first looks for one of the keys' first letters (in either case): a folded key found in another case,
    # keys that begin with a sign or a digit, and a key glued to a letter (not a whole word) as before.
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(
        '[[rule]]\nmatch = "kyiv"\nsay = "Keev"\n'
        '[[rule]]\nmatch = "-ish"\nsay = "ish"\n'
        '[[rule]]\nmatch = "3D"\nsay = "three D"\ncase_sensitive = true\n'
        '[[rule]]\nmatch = "[x]"\nsay = "checked"\n',
        encoding="utf-8",
    )
    rules = load_lexicons([lexicon])
    assert rules.apply("KYIV and Kyiv, a -ish, 3D and 3d, [x]") == "Keev and Keev, a ish, three D and 3d, checked"
    assert rules.apply("Kyivan 23D") == "Kyivan 23D"  # guard: not a whole word


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[rule]]\nmatch = 'x'\ntype = 'sing'\n", "unknown rule type"),
        ("[[rule]]\ntype = 'replace'\n", "non-empty match"),
        ("[[rule]]\nmatch = 'x'\n", "needs a say"),
        ("not toml = = =", "not valid TOML"),
    ],
)
def test_bad_lexicon_names_file_and_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_lexicons([path])
    assert str(path) in str(info.value)


def test_missing_lexicon_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read lexicon"):
        load_lexicons([tmp_path / "absent.toml"])


def test_the_standfirst_is_read_after_the_title() -> None:
    from dataclasses import replace

    document = _document(Block(BlockKind.PARAGRAPH, "The body."))
    document = replace(document, meta=replace(document.meta, standfirst="What the story is about."))
    texts = [s.text for s in script(document, SpeechSettings(pauses=PAUSES)).segments]
    assert texts[:2] == ["Title", "What the story is about."]

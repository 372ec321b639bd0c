"""Damaged pages that fuzzing (rounds 45 and 46) found escaping `clean` with an error that is no NarratorError: each now
reads or is refused, as every broken source must be, and the batch goes on."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from narrator.clean.bylines import answerer_name
from narrator.clean.extract import _extract, _xml_names_only
from narrator.clean.lines import Line
from narrator.clean.pagestart import flair_under_question
from narrator.clean.text import _skip_lone_lead

_STORY = ("The harbour wall was rebuilt over the winter, and the boats came back to the inner basin in March.",
          "Fishermen said the new steps made landing the catch far easier at low tide.")


def _line(index: int, text: str) -> Line:
    """One line as the text path sees it: a question title or a sentence of prose."""
    words = len(text.split())
    return Line(index=index, text=text, group=index, words=words, stop_ratio=0.3, capital_ratio=0.1,
                terminal=text.endswith((".", "?")), clock=False, cta=False, credit=False)


def test_an_attribute_name_broken_by_a_stray_quote_is_dropped_before_trafilatura_sees_it() -> None:
    """'<p cl"ass="x">': the HTML parser keeps 'cl"ass' as a name, no XML name (trafilatura's XML refuses it)."""
    tree = lxml.html.fromstring(f'<html><body><article><p cl"ass="lead" id="a">{_STORY[0]}</p></article></body></html>')
    names = [name for element in _xml_names_only(tree).iter() for name in element.attrib]
    assert names == ["id"]


def test_markup_that_trafilatura_cannot_write_as_xml_gives_no_blocks_not_an_lxml_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Past every repair, the extractor's XML error gives no blocks here (the caller's fallbacks read the page)."""
    import trafilatura

    def refuse(*args: object, **kwargs: object) -> str:
        raise etree.XMLSyntaxError("Specification mandates value for attribute cl", 0, 1, 66)
    monkeypatch.setattr(trafilatura, "extract", refuse)
    tree = lxml.html.fromstring(f"<html><body><article><p>{_STORY[0]}</p></article></body></html>")
    assert _extract(tree, None, False, False) == []


def test_a_question_title_on_the_last_line_has_no_flair_under_it() -> None:
    """The line after a thread's question is asked only where one is: a damaged page ended on its title."""
    lines = [_line(0, "Did anyone else hear the bells last night?")]
    assert not flair_under_question(lines, [False], 1, 1, lines[0].text)
    lines.append(_line(1, "Solved"))
    assert not flair_under_question(lines, [False, False], 1, 2, lines[0].text)


def test_a_body_start_past_the_last_line_has_no_lone_lead() -> None:
    """A damaged page whose body was found nowhere: its start past the last line is returned as it is."""
    lines = [_line(0, _STORY[0])]
    assert _skip_lone_lead(lines, [True], [True], 1, 0, 0) == 1


def test_a_name_on_the_last_line_is_no_answerer_over_a_credential_that_is_not_there() -> None:
    """A damaged Q&A page ended on its answerer's name: the credential under it is asked only where a line is."""
    lines = [_line(0, "Why do the tides run so high in spring?"), _line(1, "Gareth Wyn")]
    assert answerer_name(lines, 1, 3) is None
    lines.append(_line(2, "Former quarryman, Blaenau Ffestiniog · Updated 2y"))
    assert answerer_name(lines, 1, 3) == "Gareth Wyn"

"""A public body's name holds commas and "and" ("Department for Environment, Food and Rural Affairs", "Ministry of
Housing, Communities & Local Government"): credited as the author of its guidance or release, it is one author. The
byline's split cut it in two, or, where its first part looked like an institution beside a person, kept only its tail
("Department of Health and Social Care" came out "Social Care")."""

from __future__ import annotations

import pytest

from narrator.clean import CleanSettings, Format, Source, clean
from narrator.clean.common import split_authors


@pytest.mark.parametrize("body", [
    "Department for Environment, Food and Rural Affairs",
    "Department for Environment, Food & Rural Affairs",
    "Department for Culture, Media & Sport",
    "Department for Digital, Culture, Media and Sport",
    "Ministry of Housing, Communities & Local Government",
    "Department of Health and Social Care",
    "Department for Science, Innovation and Technology",
    "Department for Business, Energy & Industrial Strategy",
    "Ministry of Agriculture, Fisheries and Food",
    "Department of Agriculture, Food and the Marine",
    "Office for Product Safety and Standards",
    "Department of Housing and Urban Development",
])
def test_a_public_body_s_name_is_one_author(body: str) -> None:
    assert split_authors(body) == (body,)


@pytest.mark.parametrize(("byline", "authors"), [
    # a body and a person: two credits, the person's the author as before
    ("Ministry of Defence, Jane Smith", ("Jane Smith",)),
    ("Ministry of Defence and Jane Smith", ("Jane Smith",)),
    ("Department of Health and Social Care and Tom Reilly", ("Tom Reilly",)),
    # people, and a body's name inside no list, split as before
    ("By Ann Lee, Bob Ray and Cara Moss", ("Ann Lee", "Bob Ray", "Cara Moss")),
    ("Department for Transport", ("Department for Transport",)),
    # a desk and its body stay one, as before
    ("Press Office, Devon and Cornwall Police", ("Press Office, Devon and Cornwall Police",)),
])
def test_a_body_beside_a_person_or_people_alone_split_as_before(byline: str, authors: tuple[str, ...]) -> None:
    assert split_authors(byline) == authors


def test_a_typed_release_from_a_body_credits_the_whole_body() -> None:
    text = ("Flood grants reopen for farmers\n\nFrom: Department for Environment, Food and Rural Affairs\n\n"
            "Farmers whose fields flooded this winter can apply again for the recovery grant from Monday. The scheme "
            "pays up to five hundred pounds a hectare for land that was under water for more than a week.\n\n"
            "Applications close at the end of March, and payments are made within eight weeks of a claim.\n")
    document = clean(Source("release.txt", text.encode(), Format.TEXT), CleanSettings())
    assert document.meta.authors == ("Department for Environment, Food and Rural Affairs",)

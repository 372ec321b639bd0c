"""A press release's box about the company that sent it, under the news: "About Harlow Biscuits", then what the
company says of itself in any words ("Founded in 1948 in Dayton, Harlow Biscuits makes ..."). The page names the
company as the release's author; the box is its boilerplate, not the story."""

from __future__ import annotations

from narrator.clean.backmatter import CLOSING_MAX_BLOCKS
from narrator.model import Block

# A company's legal form, which its "About" heading leaves off ("Northwind Ferries ASA" is "About Northwind Ferries").
_LEGAL_FORMS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "co.", "asa", "ag", "se", "sa",
                          "s.a.", "gmbh", "n.v.", "nv", "bv", "b.v.", "ab", "oy", "as", "a/s", "limited",
                          "corporation"})


def _names(authors: tuple[str, ...]) -> list[str]:
    """Each author's name as an "About" heading may give it: whole, and without its legal form."""
    names = []
    for author in authors:
        words = author.split()
        names.append(author)
        if len(words) > 1 and words[-1].lower().rstrip(",") in _LEGAL_FORMS:
            names.append(" ".join(words[:-1]).rstrip(","))
    return names


def _opens_box(text: str, names: list[str]) -> bool:
    """"About Harlow Biscuits" alone (or with its colon), or running into the box's first sentence ("About Northgate
    Solar Northgate Solar builds ..."), not a sentence that opens on the words ("About Harlow Biscuits' plans, ...")."""
    if not text.startswith("About "):
        return False
    for name in names:
        if text.startswith(name, 6):
            rest = text[6 + len(name):].lstrip(" :")
            if not rest or (text[6 + len(name)] in " :" and rest[0].isupper()):
                return True
    return False


def before_company_box(blocks: list[Block], authors: tuple[str, ...]) -> int:
    """Where the box about the release's author begins, near the end and with its text under (or after) its heading;
    else len(blocks)."""
    names = _names(authors)
    if not names:
        return len(blocks)
    for index in range(max(len(blocks) // 2, len(blocks) - CLOSING_MAX_BLOCKS), len(blocks)):
        text = blocks[index].text
        # a heading alone is the box's only with the company's text under it
        if text.startswith("About ") and _opens_box(text, names) and (
                index + 1 < len(blocks) or text.rstrip(" :") not in {f"About {name}" for name in names}):
            return index
    return len(blocks)

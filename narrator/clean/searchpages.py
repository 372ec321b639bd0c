"""A search engine's page of results copied as text by mistake: a list of other pages' titles, addresses and snippets,
no article. Read, it was the first result's snippet under its title ("How to bleed a radiator | British Gas"), then
"People also ask" and the next results; the user is told what it is and what to copy instead."""

from __future__ import annotations

import re

from narrator.errors import ExtractionError

# A result's address as search engines print it, its path in breadcrumbs: "https://www.which.co.uk › reviews › ...".
_BREADCRUMB = re.compile(r"(?m)^(?:https?://)?[\w-]+(?:\.[\w-]+)+ › \S")
# The engine's own lines around the results: its count ("About 2,340,000 results (0.41 seconds)") and its boxes.
_ENGINE_LINE = re.compile(r"(?mi)^(?:about [\d,.]+ results(?: \([\d.]+ seconds\))?|people also ask|related searches"
                          r"|people also search for)\s*$")
# Two results' addresses at least, with one of the engine's own lines: a page of results, not an article citing one.
RESULTS_MIN = 2


def is_search_results(text: str) -> bool:
    """True for a search engine's results copied as text: results' breadcrumb addresses and the engine's count or
    boxes."""
    if " › " not in text:  # the cheap first look: no breadcrumb's mark, no results
        return False
    return len(_BREADCRUMB.findall(text)) >= RESULTS_MIN and _ENGINE_LINE.search(text) is not None


def refuse_search_results(text: str, origin: str) -> None:
    """A page of search results gets an error saying what it is and what to pass instead."""
    if is_search_results(text):
        raise ExtractionError("is a page of search results, not an article", origin=origin,
                              hint="open the result you want to hear and save or copy that page instead")

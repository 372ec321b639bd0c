"""Twenty-two texts in forms the earlier sets lack (issue #10, h152's wave): twelve a user typed (a eulogy ending on
a one-stanza verse, a chapel's bulletin, a football club's match report with its scores, a travel diary with its days
as headings, a cover letter, an allotment society's FAQ, a lesson plan with numbered steps, a charity appeal with its
amounts, a press statement with "ENDS" and "Notes to editors", a D&D session's recap, a talk's transcript with its
timestamps, a changelog) and ten page dumps copied from a browser (a Medium post with its claps and "Follow", a Reddit
thread, a Wikipedia article with its citations and "Retrieved", a BBC live page, a Guardian opinion piece with its
"Comments", a GitHub README, a Stack Overflow answer with its votes, a job posting, a recipe site with adverts between
its steps, a local news page with "Most read") (tests/fixtures/own_text21), their expectations written before they
first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

from tests.own_text4 import dump_tests, expectations, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text21"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)

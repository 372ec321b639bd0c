"""German: an ordinal after "jeder" or "dieser" takes the ending the word gives it, as after an article ("jeder 3. Zug"
-> "jeder dritte Zug", "jedem 2. Tag" -> "jedem zweiten Tag", "mit jeder 4. Familie" -> "vierten"; the voice said
"drei" and ended the sentence at the stop), and so does a day's before its month ("jeden 1. Januar"). Written from
examples of our own."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Jeder 3. Deutsche hat kein Testament.", "Jeder dritte Deutsche hat kein Testament."),
    ("Jede 5. Frau ist betroffen.", "Jede fünfte Frau ist betroffen."),
    ("Nur jedes 10. Kind geht zu Fuß.", "Nur jedes zehnte Kind geht zu Fuß."),
    ("An jedem 2. Tag regnet es.", "An jedem zweiten Tag regnet es."),
    ("Er sprach mit jeder 4. Familie.", "Er sprach mit jeder vierten Familie."),
    ("Seit diesem 3. Versuch läuft es.", "Seit diesem dritten Versuch läuft es."),
    ("Dieser 3. Versuch gelang.", "Dieser dritte Versuch gelang."),
    ("Wir feiern jeden 1. Januar.", "Wir feiern jeden ersten Januar."),
    ("Jeder 3. Mai ist ein Feiertag.", "Jeder dritte Mai ist ein Feiertag."),
    ("Jedermann 3. Mai.", "Jedermann dritter Mai."),  # not the word: a day's plain ending
])
def test_an_ordinal_after_jeder_is_declined(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


def test_the_rule_stays_linear() -> None:
    check_linear("jeder 3. Zug ", read=lambda text: speakable(text, "de"))

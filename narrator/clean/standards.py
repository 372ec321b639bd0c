"""Which standard of one language written in several a text follows: Serbian, Croatian and Bosnian.

The identifier splits its belief between the three (a Serbian page in the Latin script is "bs" 0.50, "hr" 0.35, "sr"
0.16), so that none is plain and a template's "en" over such a page stood. Their shares are one language's, and the
standard is told by its words: Serbian's ekavian forms and its own words, Croatian's own words and months.
"""

from __future__ import annotations

import re

SHTOKAVIAN = frozenset({"bs", "hr", "sr"})
"""Serbian, Croatian and Bosnian: one language in three standards, each the kin of the others (language.KIN)."""
# Serbian's ekavian forms, where Croatian and Bosnian write "ije" or "je" ("dvije", "dio", "rijeka", "poslije"), and
# words of its own ("opština", "hiljada", "voz"), whole and in small letters.
SERBIAN_WORDS = re.compile(
    r"\b(?:dve|deo|delu|dela|reka|reke|reci|reč|reči|rečima|mleko|vreme|vremena|mesto|mesta|mestu|mesec|meseca|deca"
    r"|dece|deci|lepo|lepa|svet|sveta|svetu|primer|cena|cene|pesma|pesme|pešak[ae]?|pešaci|leto|leta|vest|vesti"
    r"|uvek|gde|ovde|posle|pre|sever|severu|hleb|opština|opštine|opštini|hiljad[aeu]|voz|vozovi|pozorište"
    r"|obaveštava|obaveštenje|cev|cevi|srpsk[aeiou]|nedelje|nedelju)\b")
# Croatian's own words, and its months ("siječnja", "veljače": Serbian and Bosnian write "januar", "februar").
CROATIAN_WORDS = re.compile(
    r"\b(?:tisuć[aeu]|kruh|vlak|vlakovi|općin[aeiu]|tjed(?:an|na|nu)|glazb[aeiu]|glazbene|kazališt[aeu]|zrakoplov"
    r"|sveučilišt[aeu]|milijun[aei]?|siječnj[au]|veljač[ae]|ožujk[au]|travnj[au]|svibnj[au]|lipnj[au]|srpnj[au]"
    r"|kolovoz[au]?|rujn[au]|listopad[au]?|studen(?:og|oga|i)|prosin(?:ca|ac)|hrvatsk[aeiou]|nogomet)\b")
STANDARD_MIN_WORDS = 2
"""Words of one standard, more than of the other, that tell it over the identifier's choice."""


def standard(sample: str, ranked_first: str) -> str:
    """The standard a Serbian, Croatian or Bosnian sample follows by its words; else the identifier's first."""
    serbian = len(SERBIAN_WORDS.findall(sample.lower()))
    croatian = len(CROATIAN_WORDS.findall(sample.lower()))
    if serbian >= STANDARD_MIN_WORDS and serbian > croatian:
        return "sr"
    if croatian >= STANDARD_MIN_WORDS and croatian > serbian:
        return "hr"
    return ranked_first


def one_language(first: str, second: str) -> bool:
    """True when two primary codes are standards of one language (a page declared Croatian in Serbian words)."""
    return first in SHTOKAVIAN and second in SHTOKAVIAN

"""Short forms of the trades (a recipe's measures, a chart's doses, a politician's state, a title in the plural) and
marks between numbers, which segment.py asks about before it cuts a sentence at their stop."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import STATES
from narrator.speech.normalise.util import word_set

# A kitchen's measure after its amount ("1 tbsp.", "½ tsp."; its table and the names that qualify an ingredient after
# it are facts.KITCHEN_MEASURES and facts.INGREDIENT_ORIGINS, which the normaliser reads too).
_AMOUNT_BEFORE = compiled(r"(?:\d|[\u00bc-\u00be\u2150-\u215e])\s?$")
# A chart's doses, written small with their stops ("500 mg b.i.d.", "1 g q.i.d. p.r.n.", the British "b.d.", "t.d.s."):
# nothing named follows them within the sentence, so before a capital they end it, as "etc." does; before a number
# ("b.i.d. 7 days") they hold on, as before. Not "p.c." or "a.c." (a constable, a current).
DOSES = word_set("b.i.d t.i.d q.i.d q.d q.o.d q.h.s q.a.m q.p.m p.r.n b.d t.d.s q.d.s o.d o.n")
# A rent's or a salary's period after its amount ("Service charge: \u00a31,200 p.a. Ground rent: \u00a3250 p.a.",
# "\u00a3300 p.w."): nothing is named after it either, so before a capital it ends its sentence as a dose does, where
# the next line of the particulars ran on. A small ad's month ("\u00a3850 p.c.m. No pets") and its offer ("\u00a3200
# o.n.o. Buyer collects", "or very near offer": "o.v.n.o.") close their price the same way: the ad's next line ran on.
PER_PERIOD = word_set("p.a p.w p.c.m o.n.o o.v.n.o")
# A reagent's strength, written small before its formula or name ("conc. HCl", "dil. NaOH", "satd. NaCl"): it ends a
# sentence only before a word that opens one, where cut before the formula the reagent was read as a sentence alone.
STRENGTHS = frozenset({"conc", "dil", "satd"})
# Titles in the plural before the names they share ("Reps. Ocasio-Cortez and Massie", "Sens. Warren and Sanders",
# "Drs. Ng and Lee"), capitalised, as the singular's; cut there, the title was read alone ("Reps." is "reps", a gym's).
# Saints in the plural too ("the feast of Sts. Peter and Paul").
PLURAL_TITLES = frozenset({"Reps", "Sens", "Drs", "Profs", "Govs", "Attys", "Revs", "Sts"})
# An army unit's arm, shortened before the unit it qualifies ("the 7th Armd. Div.", "HQ 1st Inf. Div.", "101st Abn.
# Div."): capitalised, it names the unit's kind, never a sentence's last word but before one that opens the next ("in
# the 1st Inf. The war ended"). Cut there, the division was read as a sentence of its own.
# A battalion's and a brigade's short forms before the regiment they belong to ("the 1st Bn. Royal Irish Rifles", "4th
# Bde. Royal Artillery") too: cut there, the regiment's name was read as a sentence of its own.
UNIT_ARMS = frozenset({"Armd", "Inf", "Abn", "Mech", "Cav", "Arty", "Mtn", "Bn", "Bde"})
# Titles of the church, the academy and the air force shortened before a name or another title ("Msgr. Kevin Walsh",
# "Bp. Graham Tomlin", "Br. Thomas", "Assoc. Prof. Lena Park", "Prof. Emer. Richard Hale", "Flt. Lt. Jane Shaw",
# "Sqn. Ldr. Ian Ross") and a flight's before its number ("Flt. 302"): capitalised, none is a sentence's last word but
# before one that opens the next. Cut there, the name was read as a sentence of its own.
TITLES_BEFORE_NAMES = frozenset({"Msgr", "Mgr", "Bp", "Abp", "Archbp", "Br", "Assoc", "Emer", "Flt", "Sqn", "Ldr",
                                 "Wg", "Cdre"})
# An archdeacon's style after "the" ("the Ven. Bede", "The Ven. Jane Hart") before the name, as "Rev." is; alone,
# "Ven." may be Spanish "come" ending its sentence ("Ven. Te espero").
_THE_BEFORE = compiled(r"\bthe\s+$", re.IGNORECASE)
# A name's possessive after "Ven." ("Ven. Bede's feast falls on 25 May") shows the title: Spanish writes none.
_POSSESSIVES = ("'s ", "\u2019s ")
# A dotted state after a party's letter ("Sen. John Thune, R-S.D. Democrats walked out"), or after its town and a comma
# inside a sentence ("The race is in Washington, D.C. Polls close at 8"): a state is followed by a comma or a bracket
# when the sentence goes on (AP style), so before a capital it ends the sentence. Not where the town opens its sentence
# or follows an article ("Washington, D.C. Mayor Bowser said", "the Washington, D.C. Metro"), a name's opening; the
# stopless ones ("Calif.") end a sentence already.
_DOTTED_STATES = "|".join(re.escape(short) for short, _, _ in STATES if "." in short)
_STATE_AFTER_PLACE = compiled(rf"(?:\b(?!(?:the|a|an)\s)[a-z]+\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s|\b[RDI]-)"
                              rf"(?:{_DOTTED_STATES})\.$")
# Words that open a sentence after a short form that may end one ("Acme S.A. Each is owned", "a Ph.D. Both are from
# Leeds"): a quantity's word, which no name or title after the short form is; and the pronouns of a whole or of none
# ("in Amazon.com Inc. All three fell", "signed A. B. Carter, C.B.E. Nobody called him that"), where "U.S. All-Star"
# names (segment.py asks that no hyphen follows).
QUANTIFIERS = word_set("each both many several few neither either "
                       "all none nobody everyone everybody nothing everything")
# Openers no surname is ("at Marine Dr. The beach", "Ocean Dr. It is"): a doctor's title before them is a drive's.
NO_SURNAME = frozenset({"The", "This", "These", "Those", "It", "Its", "They", "Their", "There", "We", "Our", "Then"})
# "For example" shortened in French, Spanish, Italian and German ("p. ex. Lyon", "p. ej. Madrid", "ad es. Roma"): its
# second part goes on to the example, which was cut off as a sentence.
_FOR_EXAMPLE = compiled(r"(?<![\w.])(?:p\.\s?ex|p\.\s?ej|ad\s+es)\.$")
EXAMPLE_ENDS = frozenset({"ex", "ej", "es"})
# An ellipsis inside a run of numbers ("1, 2, 3 … 10", "2, 4, 6... 20") skips the numbers between, and ends nothing.
_SERIES_BEFORE = compiled(r"\d,\s?\d+,?\s?(?:\.\.\.|\u2026)$")
# A step's number after a measure's symbol ("Preheat to 200 °C. 2. Grease the tin"): the next item of a list.
_STEP_AFTER = compiled(r"\s+\(?\d{1,2}[.)]\s")


def after_amount(text: str, token_start: int) -> bool:
    """Whether a measure's short form follows its amount ("1 tbsp.", "½ tsp.")."""
    return _AMOUNT_BEFORE.search(text, max(0, token_start - 3), token_start) is not None


def state_after_place(text: str, end: int) -> bool:
    """Whether the stop ending at `end` closes a dotted state after its town or a party ("Albany, N.Y.", "R-S.D.")."""
    return _STATE_AFTER_PLACE.search(text, max(0, end - 40), end) is not None


def is_for_example(text: str, end: int) -> bool:
    """Whether the stop ending at `end` closes a shortened "for example" ("p. ex.", "p. ej.", "ad es.")."""
    return _FOR_EXAMPLE.search(text, max(0, end - 8), end) is not None


def in_number_series(text: str, end: int, next_word: str) -> bool:
    """Whether the ellipsis ending at `end` sits in a run of numbers ("1, 2, 3 … 10")."""
    return next_word.isdigit() and _SERIES_BEFORE.search(text, max(0, end - 16), end) is not None


def step_follows(text: str, end: int) -> bool:
    """Whether a list's next numbered step follows the stop ending at `end` (" 2. Grease")."""
    return _STEP_AFTER.match(text, end) is not None


def is_venerable(text: str, token_start: int, end: int, next_word: str) -> bool:
    """Whether the "Ven." at token_start follows "the" ("the Ven. Bede"), or comes before a name and its possessive
    ("Ven. Bede's feast"), an archdeacon's or a saint's style, not Spanish "ven"."""
    return _THE_BEFORE.search(text, max(0, token_start - 5), token_start) is not None \
        or text.startswith(_POSSESSIVES, text.find(next_word, end) + len(next_word))

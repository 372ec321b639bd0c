"""A social post's marks that end a sentence in place of its stop or after it, which segment.py cuts after as it cuts
after a stop: smileys, emoji and hearts, and hashtags after a sentence's mark or emoji."""

from __future__ import annotations

import re
from collections.abc import Iterator

from narrator.speech.normalise.deferred import compiled
from narrator.speech.openers import STARTERS

# A run of hashtags after a sentence's mark or an emoji closes that sentence, before a capital ("Huge congrats to the
# team! #proud Next match is Saturday", "Just landed in Tokyo \u2708\ufe0f #travel #japan So excited!", "'We will not
# back down. #NoSurrender' Critics said"): a post tags what it has said, and the next sentence ran on from the tags
# without a pause. Not a hashtag inside a sentence, after a word ("Loving the new #iPhone camera"), which is a word of
# it. Led by the sign, which the engine scans for in C; the run is one tag after another, each set apart by a space.
_AFTER = "[.!?\u2026\"'\u201d\u2019)\\]\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]"
_CLOSERS = "\"'\u201d\u2019\u00bb)\\]"
_OPENERS = "\"'\u201c\u2018\u00ab(\\[\u00bf\u00a1"
_HASHTAGS = compiled(rf"#(?<={_AFTER}\s#)\w+(?:\s#\w+)*[{_CLOSERS}]*(?=\s+[{_OPENERS}]*(\w+))")
# A run of two tags or more after a word closes its sentence before a capital too ("New blog post is up #writing
# #amwriting Link in bio"): one tag after a word is a word of it ("Loving the new #iPhone camera"), a run tags what was
# said. The runs found whole, each asked once from its start: tried from every tag, a long run was read in time square.
_TAG_RUN = compiled(r"#\w+(?:\s#\w+)+")
_RUN_THEN_CAPITAL = compiled(rf"#\w+(?:\s#\w+)+[{_CLOSERS}]*(?=\s+[{_OPENERS}]*([A-Z]\w*))")
# One tag after a word closes its sentence before a word that opens one, or asks ("Sunday roast done right #foodie
# Who's washing up?", "Exams done #freedom I slept all day"): no sentence goes on from a tag into "Who's" or "I", where
# before a noun it is a word of it ("Loving the new #iPhone Camera app").
_ONE_TAG = compiled(rf"#\w+[{_CLOSERS}]*(?=\s+[{_OPENERS}]*([A-Z][\w'\u2019]*))")
_ASKS = frozenset({"who", "what", "where", "why", "how", "who's", "what's", "where's", "how's", "who\u2019s",
                   "what\u2019s", "where\u2019s", "how\u2019s"})
# A smiley ends a sentence in place of its stop, or after it ("Great launch today :) See you", "Thanks! :) More"),
# before a capital as a stop does; set apart by a space (a ratio's "3:(4+5)" is none). Without it, the next sentence
# ran on into the smiley's without a pause.
# A grin, a tongue and a heart too (":D", ":-P", "<3": "Good luck tomorrow :D You'll smash it"). The first look is one
# class then one more, as cheap as the smiley's alone; it lets a ratio's ":3" through to the pattern, which drops it.
_SMILE = compiled(r"[:;<](?:-?[()DPp]|3)")
_EMOTICON = compiled(rf"(?<![^\s.!?])(?:[:;]-?[()DPp]|<3)(?=\s+[{_OPENERS}]*(\w+))")
# An emoji set apart ends a sentence as a smiley does, in place of its stop or after it ("Loved it \U0001F60D See you",
# "We won! \U0001F389 The party"): before, the next sentence ran on without a pause, and after a mark the emoji kept the
# mark from ending anything. A heart has its rule below: it may stand for a verb ("I \u2764\ufe0f Paris"); a flag's
# letters are not in the ranges. After a word or a mark only: an emoji that opens a line opens its sentence. A run
# is one class repeated (emoji and their joiners), which the engine scans in C with nothing to try again.
# The ranges of emoji without the hearts (U+2665, U+2764, U+1F493-1F49F, U+1F5A4, U+1F90D-1F90E, U+1F9E1):
_EMOJI_CHAR = "\u2600-\u2664\u2666-\u2763\u2765-\u27bf\U0001f300-\U0001f492\U0001f4a0-\U0001f5a3" \
    "\U0001f5a5-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001f90c\U0001f90f-\U0001f9e0\U0001f9e2-\U0001f9ff" \
    "\U0001fa70-\U0001faff"
# A first look over the ranges' span: one range of two is scanned some fifteen times faster than the six.
_ANY_EMOJI = compiled("[\u2600-\u27bf\U0001f300-\U0001faff]")
_HEART_CHAR = "\u2665\u2764\U0001f493-\U0001f49f\U0001f5a4\U0001f90d\U0001f90e\U0001f9e1"
# A run led by another emoji goes on through a heart in it ("Great game \U0001f389\u2764\ufe0f See you"), as one led by
# a heart goes on through the others: a heart in a run stands for no verb.
_EMOJI = compiled(rf"(?<=[\w.!?{_CLOSERS}]\s)[{_EMOJI_CHAR}][{_EMOJI_CHAR}{_HEART_CHAR}\ufe0f\u200d]*"
                  rf"(?=\s+[{_OPENERS}]*(\w+))")
# A heart ends a sentence as other emoji do after a mark ("Thank you! \u2764\ufe0f See you") or after a clause of four
# words or more ("So proud of this team \u2764\ufe0f Next stop: the final"), where the verb it stands for follows its
# subject, a word or two ("I \u2764\ufe0f Paris", "My kids \u2764\ufe0f Lego", "We \u2764\ufe0f NYC").
_HEART = compiled(rf"(?<=[\w.!?{_CLOSERS}]\s)[{_HEART_CHAR}][{_HEART_CHAR}{_EMOJI_CHAR}\ufe0f\u200d]*"
                  rf"(?=\s+[{_OPENERS}]*(\w+))")
# After a comma and a name called on it too ("Happy birthday, Mum \u2764\ufe0f Love you"): a vocative is no subject.
_CLAUSE_BEFORE_HEART = compiled(r"(?:[!?.]|(?:[\w'\u2019,-]+\s+){3}(?!(?:i|we|you|they|everyone|everybody|who)\s)"
                                r"[\w'\u2019-]+|,\s(?-i:[A-Z])[\w'\u2019-]*)\s$", re.IGNORECASE)
_HEART_CLAUSE_CHARS = 60


def hashtag_runs(text: str) -> Iterator[re.Match[str]]:
    """The runs of hashtags after a sentence's mark or an emoji, or of two or more after a word before a capital, each
    with the word after it (its group 1)."""
    runs = list(_HASHTAGS.finditer(text))
    for tag in _ONE_TAG.finditer(text):
        start = tag.start()
        opener = tag.group(1).lower()
        if (opener in STARTERS or opener in _ASKS) and start >= 2 and text[start - 1] == " " \
                and text[start - 2].isalnum() and text[text.rfind(" ", 0, start - 1) + 1] != "#":
            runs.append(tag)  # one tag after a word (not a run's last), before a word that opens a sentence
    for run in _TAG_RUN.finditer(text):
        start = run.start()
        if start >= 2 and text[start - 1] == " " and text[start - 2].isalnum():
            after_word = _RUN_THEN_CAPITAL.match(text, start)
            if after_word is not None:
                runs.append(after_word)
    return iter(runs)


def is_hashtag(sign: str, next_word: str) -> bool:
    """Whether a sign and the word after it are a hashtag ("#10years"), not a number's sign ("#1 was Spain")."""
    return sign == "#" and not next_word.isdigit()


def smiley_marks(text: str) -> list[re.Match[str]]:
    """The smileys set apart that end a sentence, each with the word after it (its group 1)."""
    return list(_EMOTICON.finditer(text)) if _SMILE.search(text) is not None else []


def has_emoji(text: str) -> bool:
    """Whether the text has a character in the emoji's span (a first look before their patterns)."""
    return _ANY_EMOJI.search(text) is not None


def emoji_marks(text: str) -> list[re.Match[str]]:
    """The emoji set apart that end a sentence, and the hearts after a mark or a clause, each with the word after it."""
    marks = list(_EMOJI.finditer(text))
    marks.extend(heart for heart in _HEART.finditer(text) if _CLAUSE_BEFORE_HEART.search(
        text, max(0, heart.start() - _HEART_CLAUSE_CHARS), heart.start()) is not None)
    return marks

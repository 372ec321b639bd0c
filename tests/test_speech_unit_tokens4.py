"""A fourth author's short items in the twelve unit categories, out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens4.tsv, leaning to hobbies, trades, sport statistics, science and faith: photography,
fitness, DIY, astronomy, geology, chemistry, betting odds, scripture, legal citations, military designations, music
catalogues, gaming and clothing sizes; none from the first three sets): a fourth estimate of the unit score on text
nobody here tuned for. Compared as the second and third sets compare: case and punctuation ignored, a number's "and"
folded and an initialism's letters run together."""

from __future__ import annotations

from sweeps import UNIT_SET_TESTS, Sweep, first, lenient, sweep_tests

# Items read wrongly out of context and left: each needs context the item does not give, or is too rare for a rule.
_KNOWN = {
    '3x10':
        'a bare size with nothing after it may be a score, a product or sets and reps (a size before a noun)',
    '2x4': "a bare size with nothing after it, as for '3x10'",
    '0.1 M': "a capital M after a number is millions far more often: molar only before a solution's word or a formula",
    '6f': "a lone 'f' after a number is a furlong only on a racecard (hex, a grade or a note elsewhere)",
    '7/4': 'a month and a day or seven quarters: out of context either',
    'T+90s': "a decade's plural is read before the sign ('90s'): a launch's count in seconds",
    '10-10-10':
        "a fertiliser's ratio and a hyphened date with a two-digit year look alike; no benchmark row has either",
    'Lv. 60': "a game's 'Lv.' for level: too rare for a rule ('Lv' is also the lev and Latvia)",
    '3 G 2 A': "a player's goals and assists as single letters: needs a sport's context",
    'o/u 220.5': "a betting line's 'o/u' in small letters (the written 'over/under' is read)",
    '0.25x': "'times' only before a comparative or after a verb, as the second set leaves '2.5x'",
    'at 7/2': "a price after 'at' only over one or in talk of betting: '7/2' alone may be a date",
    'I Kings': "a lone 'I' is the pronoun: a book's number only where the rule knows the book",
    'steam://run/730': 'an address with a scheme the rules do not know',
    'forms.gle/abc123': "an address under a domain ending the rules do not know ('.gle')",
    '#5k': 'a hashtag that opens with a digit reads as a number sign',
    '12 m² shed': "a spaced unit before a noun without an article may be an amount of stuff ('2 kg flour')",
    # the second round's
    'FL350': "a flight level in hundreds of feet, too rare in articles for a rule",
    '$2/5 NL': "a poker game's blinds, too rare for a rule",
    'M6.0-6.5': "a span of magnitudes after 'M'",
    'Vatican I': "a lone 'I' is the pronoun",
}


SWEEP = Sweep("unit_tokens4.tsv", _KNOWN, form=lenient, least=250, styles=12, only=True, each=25,
              earlier=first("unit_tokens", 3))
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

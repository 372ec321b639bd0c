"""Units, time and electronic tokens of the classes the fifty-fourth round left, in sentence context
(tests/fixtures/speech/units_electronic_left55.tsv): a rand range with the sign at both ends ('R50–R100'), statute
miles in a weather report ('Visibility 10 SM'), watts before a device ('a 450 W PSU'), a Vietnamese scale word after
the dong ('₫1.5 tỷ'), an amount before a noun in quotes ('a £4 "silver screen" matinee'), a broadcast's four-digit
24-hour time ('at 0520 and 0048'), French-style hours in English text ('23h00', '18h'), a hashtag in camel case
('#EdFringe'), a colour's hex code ('#ff6600'), a code reference with a slash and a version ('actions/checkout@v4',
'release/2026.4'), an extension after a call word ('call x4521'), a Roman numeral ending a title or a ruler of two
realms ('Metal Gear Solid V', 'James VI and I') and a wildcard in a shell line ('*.tmp'). Thirteen classes, 99 rows of
our own, each class with two near misses that must stay as they are, every reading written before the normaliser was
run on them.

FIRST READING 49 of 99 lenient (49 relaxed): tuned 33 of 66, kept 16 of 33 (every third row, index % 3 == 2, kept
aside and scored as a number only). By class, tuned and kept: rand range 2/6 0/2, statute miles 1/5 1/3, watts 4/5
3/3, dong 2/6 0/2, quoted noun 1/5 1/3, broadcast time 2/5 2/3, French hours 4/6 1/2, hashtag 4/4 2/3, hex colour 1/4
1/2, code reference 2/6 0/2, extension 1/4 1/3, Roman title 5/6 2/2, wildcard 4/4 2/3. Two rows were given a form
after the first run: the rulers of two realms' 'the seventh and the second', the same words with the article said
twice (a tuned row's reading, given to the kept row of the same class unseen). Two rows were replaced after it, being
an earlier set's ('Heat it in an 800 W microwave', 'Henry VIII had six wives'): the figures are those of the rows
here.
After the rules below, each written from the tuned two thirds' misses with examples of its class of our own and what
only looks like it (47 examples and 23 near misses, below): 98 of 99 lenient (98 relaxed), tuned 33 -> 65 of 66,
kept 16 -> 30 of 33 with the rules written before the kept third's misses were read. Those three (a rand span in
grouped thousands, '#EdFringe', '*.*') were then read, and a rule was written for each from examples of its own: 33 of
33, no unseen reading. The kept rows are of the same thirteen classes as the tuned ones (the brief named them), so the
kept third moving says the rules read their class beyond their rows, not that an unseen class was read. The rules: an
amount before a quoted word and its noun sizes the noun ('a £4 "silver screen" matinee'); the first hour's two zeros
said as another hour's one ('o o forty eight' beside 'o five twenty'); an hour after noon on the hour with 'h' is
'twenty three hundred', and an hour alone after at/from/until/till the clock's ('at 18h'); statute miles after an
amount; a rand span with the letter at both ends, glued after a word of money or in grouped thousands; an action's
owner and name pinned to a tag and a branch's kind before a version ('slash', 'at version'); an extension's bare 'x'
after a word of calling; a Vietnamese scale word after the dong's amount; a colour's six characters led by letters,
read before a code's letters and digits are parted; watts before a computer's supply or chip and a shop's devices
(PSU, UPS, CPU, GPU, amp, laser...); 'Solid' and 'Quest' among the series numbered in Roman numerals (a list's words,
for 'Metal Gear Solid V'); a wildcard's '*.*'; a hashtag's two opening letters parted from the word after them unless
a name's particle ('#EdFringe', not '#McLaren'). Read after they had been read in earlier sets: '0048' (articles15),
'ends 23h00', '#EdFringe' and 'Metal Gear Solid V' (unit_tokens38), '10 SM' and '₫1.5 tỷ' (unit_tokens37),
'#StPatricksDay' (unit_tokens30), 'Her CSS sets color: #ff6600' (units_electronic_left). Left: a number to call led
by '0048' and followed by four digits, read as a time's zeros and a count (a telephone's shape with no word of
calling); other regions' money letters at both ends of a span ('P13-P15' in en-ph, 'K10–K15' in en-zm), which the
regional rule stops at the dash.
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {
    'The code for the line is 0048 9911.': ("a number to call led by '0048' (a country's code, 'double zero four"
                                            " eight'): with no word of calling, its first group is a time's and the"
                                            " second a count"),
}

SWEEP = Sweep("units_electronic_left55.tsv", _KNOWN, form=lenient, least=99, styles=13, only=True, each=6,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # an amount before a noun with a word or two in quotes between (amounts.describes_a_noun)
    ("en", 'She bought a £2 "lucky" ticket.', 'She bought a two pound "lucky" ticket.'),
    ("en", "It was a $40 ‘bargain’ coat.", "It was a forty dollar 'bargain' coat."),
    ("en", 'Grab an €8 "all-day" pass.', 'Grab an eight euro "all-day" pass.'),
    ("en", 'They sold the 10 kg "starter" bag.', 'They sold the ten kilogram "starter" bag.'),
    # a four-digit time in the first hour, its two zeros said as another hour's one (hundreds.hundred_hours)
    ("en", "Buses leave at 0015 and 0540.", "Buses leave at o o fifteen and o five forty."),
    ("en", "The 0030 train is late.", "The o o thirty train is late."),
    ("en", "Tune in at 0059 for the news.", "Tune in at o o fifty nine for the news."),
    # French-style hours in English text: after noon on the hour, and an hour alone after a word of the clock
    # (durations._clock_hour, durations._HOUR_ALONE)
    ("en", "Doors shut at 22h00 sharp.", "Doors shut at twenty two hundred sharp."),
    ("en", "Open from 9h until 17h daily.", "Open from nine o'clock until seventeen hundred daily."),
    ("en", "At 21h the hall empties.", "At twenty one hundred the hall empties."),
    ("en", "The bar is open till 2h.", "The bar is open till two o'clock."),
    ("en", "Mass is at 10h00 each Sunday.", "Mass is at ten o'clock each Sunday."),
    # a span of rand with the rand's letter at both ends, after a word of money (money._GLUED_RAND)
    ("en", "Lunch costs R60-R90 in town.", "Lunch costs sixty rand to ninety rand in town."),
    ("en", "She was fined R500–R1 000 for it.", "She was fined five hundred rand to one thousand rand for it."),
    ("en", "Parking costs R10.50-R15.50 an hour.",
     "Parking costs ten rand fifty cents to fifteen rand fifty cents an hour."),
    ("en", "Salaries of R15,000-R20,000 a month are common.",
     "Salaries of fifteen thousand rand to twenty thousand rand a month are common."),
    ("en-za", "Tickets cost R45–R65 at the gate.", "Tickets cost forty five rand to sixty five rand at the gate."),
    # an action's owner and name pinned to a tag, a branch's kind before a version (coderefs.BRANCH, media._AT_NUMBER)
    ("en", "Use aws-actions/configure-aws-credentials@v4 for keys.",
     "Use aws-actions slash configure-aws-credentials at version four for keys."),
    ("en", "Try actions/cache@v3.2 instead.", "Try actions slash cache at version three point two instead."),
    ("en", "Cut release/5.0 tomorrow.", "Cut release slash five point zero tomorrow."),
    ("en", "The fix is on hotfix/2.4.1 now.", "The fix is on hotfix slash two point four point one now."),
    # an extension's bare "x" after a word of calling (telephones._BARE_EXTENSION)
    ("en", "Contact the help desk on x5120 today.", "Contact the help desk on extension five one two zero today."),
    ("en", "Phone Sam on x419 after lunch.", "Phone Sam on extension four one nine after lunch."),
    ("en", "Calling x2001 gets the nurse.", "Calling extension two zero zero one gets the nurse."),
    ("en", "Ring x305 for the front desk.", "Ring extension three zero five for the front desk."),
    # the dong with a Vietnamese scale word after its amount (money._DONG_SCALED, facts.DONG_SCALES)
    ("en", "A phone costs ₫12 triệu in the city.", "A phone costs twelve million dong in the city."),
    ("en", "The loan was ₫2.4 tỷ over ten years.", "The loan was two point four billion dong over ten years."),
    ("en", "A bowl costs ₫50 nghìn at the market.", "A bowl costs fifty thousand dong at the market."),
    # a colour's six characters led by letters, read before a code's letters and digits are taken apart
    # (signs.hex_colours)
    ("en", "Try #bb0011 for the banner.", "Try hash b b zero zero one one for the banner."),
    ("en", "Set the text to #ee9900 today.", "Set the text to hash e e nine nine zero zero today."),
    ("en", "Use #aa33cc on dark pages.", "Use hash a a three three c c on dark pages."),
    # watts before a device named in capitals or by a shop's word (ambiguousunits._ELECTRIC_NEXT)
    ("en", "The chip is a 125 W CPU.", "The chip is a hundred and twenty five watt C.P.U."),
    ("en", "A 750 W UPS keeps the router up.", "A seven hundred and fifty watt U.P.S keeps the router up."),
    ("en", "Bring a 20 W laser to the show.", "Bring a twenty watt laser to the show."),
    ("en", "The 300 W GPU runs hot.", "The three hundred watt G.P.U runs hot."),
    # a game's numeral V or X after a series' last word (facts.NUMBERED_SERIES)
    ("en", "Dragon Quest V is a long game.", "Dragon Quest five is a long game."),
    ("en", "I replayed Dragon Quest X online.", "I replayed Dragon Quest ten online."),
    # a wildcard for every file, "*.*", no emphasis and no footnote (tidy._EMPHASIS, tidy._FOOTNOTE_STAR, netnames)
    ("en", "Select *.* in the dialog.", "Select star dot star in the dialog."),
    ("en", "Type del *.* to wipe it.", "Type del star dot star to wipe it."),
    ("en", "Run dir *.* /s for a list.", "Run dir star dot star /s for a list."),
    # a hashtag opened by a short name or place before a capitalised word (signs._short_words_apart)
    ("en", "Fans used #KyDerby for the race.", "Fans used hashtag Ky Derby for the race."),
    ("en", "Join #JoWalk this Sunday.", "Join hashtag Jo Walk this Sunday."),
    ("en", "Teachers love #EdTech tools.", "Teachers love hashtag Ed Tech tools."),
    # statute miles after an amount, a weather report's visibility (facts.UNITS)
    ("en", "Visibility fell to 4 SM in snow.", "Visibility fell to four statute miles in snow."),
    ("en", "Vis 1/2 SM in heavy fog.", "Vis one half statute mile in heavy fog."),
    ("en", "The field reported 6 SM and haze.", "The field reported six statute miles and haze."),
    ("en", "A visibility of 3 SM was forecast.", "A visibility of three statute miles was forecast."),
]
_LEFT = [
    ("en", 'She said it cost £5 "easily" and left.', 'She said it cost five pounds "easily" and left.'),
    ("en", 'A £3 "donation", they called it.', 'A three pounds "donation", they called it.'),
    ("en", "The watch starts at 0000 and ends at 0400.",
     "The watch starts at zero hundred and ends at o four hundred."),
    ("en", "A 24h race.", "A twenty four hour race."),
    ("en", "The fight was at 30h in.", "The fight was at thirty hours in."),
    ("en", "The SM team met on Monday.", "The S.M team met on Monday."),
    ("en", "The R50-R60 roads were shut.", "The R fifty to R sixty roads were shut."),
    ("en", "Ages R18-R21 were banned from the film.", "Ages R eighteen to R twenty one were banned from the film."),
    ("en", "We pay/shop at vendors we trust.", "We pay or shop at vendors we trust."),
    ("en", "The fix/repair was quick.", "The fix or repair was quick."),
    ("en", "Email jo@v4.example.com for help.", "Email jo at v four dot example dot com for help."),
    ("en", "Call us about the x300 model.", "Call us about the x three hundred model."),
    ("en", "It has a x10 optical zoom.", "It has a x ten optical zoom."),
    ("en", "Tickets were ₫150,000 each.", "Tickets were one hundred and fifty thousand dong each."),
    ("en", "Issue #4412 was fixed on Monday.", "Issue number four thousand four hundred twelve was fixed on Monday."),
    ("en", "Hmm *...* he said.", "Hmm ... he said."),
    ("en", "Fans cheered #LeBron again.", "Fans cheered hashtag LeBron again."),
    ("en", "Watch #McLaren win.", "Watch hashtag McLaren win."),
    ("en", "Prices rose 5%.* See note.", "Prices rose five percent. See note."),
    ("en", "He is a solid V shape.", "He is a solid V shape."),
    ("en", "Charles V ruled Spain.", "Charles the fifth ruled Spain."),
    ("en", "He lives at 40 W Main St.", "He lives at forty West Main Street."),
    ("en", "See page.html#ff6600 for it.", "See page dot html hash ff six six zero zero for it."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    'a £4 "', 'a £4 "x ', "a £4 'a' ", "at 1h ", "at 1", "1h ", "cost R1-", "cost R1 to R1 ", "a/", "a/a", "a/a@v1 ",
    "call x100 ", " x100", "₫1 tỷ ", "₫1", "*.* ", "*.", ".*", "R1,000-", "R1,000-R1,000 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))

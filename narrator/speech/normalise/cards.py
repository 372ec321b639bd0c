"""Playing cards and bridge as a card column says them: a suit's sign beside a card or a bid ("♥K" is the king of
hearts, "4♠" four spades), a no-trump bid ("1NT"), and the partnerships' sides ("N-S vulnerable"). The suits' signs
are read before tidy drops every symbol (the sign was dropped, or said "heart suit" glued to the card)."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import near

# The four suits' signs, black and white, each as its suit is named (singular, plural).
_SUITS = {"♠": ("spade", "spades"), "♤": ("spade", "spades"), "♥": ("heart", "hearts"), "♡": ("heart", "hearts"),
          "♦": ("diamond", "diamonds"), "♢": ("diamond", "diamonds"), "♣": ("club", "clubs"), "♧": ("club", "clubs")}
_SIGNS = "".join(_SUITS)
_ANY_SIGN = compiled(f"[{_SIGNS}]")  # a first look: one scan in C, where eight substring looks cost eight
_RANKS = {"A": "ace", "K": "king", "Q": "queen", "J": "jack", "T": "ten", "10": "ten", "2": "two", "3": "three",
          "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
_RANK = r"(?:10|[2-9AKQJT])"
# "♥K", "♠10": a card written suit first, as bridge columns write a lead; "♠AKJ": a holding, its suit then its cards
# ("spades ace king jack"); "K♠", "10♦": rank first, as card games write it.
_SUIT_FIRST = compiled(rf"(?<![\w{_SIGNS}])([{_SIGNS}])\s?((?:{_RANK}){{1,13}})(?![\w{_SIGNS}])")
_ONE_RANK = compiled(_RANK)
# "4♠", "1♣", "7NT": a bid, a level from one to seven before a suit or no trumps (a digit before a suit elsewhere is
# a card: "7♦" in a poker hand is the seven of diamonds).
_LEVEL_SUIT = compiled(rf"(?<![\w.,{_SIGNS}])(1|{_RANK})\s?([{_SIGNS}])(?![\w{_SIGNS}])")
_NO_TRUMP = compiled(r"(?<![\w.,])([1-7])NT(s?)\b")
# Words of the bridge table: a level before a suit among them is a bid, not a card.
_BRIDGE = compiled(r"\b(?i:bid|bids|bidding|opened|opens|opening|overcall\w*|rebid\w*|respon\w+|contract|tricks?"
                   r"|declarer|dummy|doubled|redoubled|vulnerable|bridge|auction|ruff\w*|finesse\w*|trumps?)\b")
# what stands about a level and a suit tells a card from a bid before the table's words near it do: after a
# word that owns or points at one card ("the 7♦ in dummy", "West's 9♣") it is the card, unless a bid's noun follows
# ("the 4♠ contract", "his 2♦ response"); after a contract's verb or "in" ("stopped in 6♠", "made 4♥", "raised to 3♠")
# it is the bid. ("the seven diamonds" and "six of spades" they were.)
_CARD_BEFORE = compiled(r"(?:\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)|['’]s)\s$")
_BID_AFTER = compiled(r"\s(?:contracts?|bids?|openings?|overcalls?|responses?|rebids?|game|slam|calls?|raise)\b")
_CONTRACT_BEFORE = compiled(r"\b(?:in|played|plays|play|make|makes|made|making|reached|reach|reaches|bid|bids|to|at"
                            r"|opened|opens|raised|overcalled|doubled|redoubled)\s$")
# "N-S vulnerable", "E-W pairs", "an N-S axis": the partnerships or a compass's line, said by their points, only
# before the words that tell ("N-S" alone is as often a bond between nitrogen and sulphur).
_SIDES = compiled(r"(?<![\w-])(N-S|E-W|NS|EW)(?=\s(?:vulnerable|vul\b|pairs?\b|partnership|axis|line\b|direction))")
_SIDE_NAMES = {"N-S": "North-South", "NS": "North-South", "E-W": "East-West", "EW": "East-West"}


def _suit_first(match: re.Match[str]) -> str:
    """"♥K" -> "king of hearts", "♠10" -> "ten of spades", "♠AKJ" -> "spades ace king jack"."""
    cards = [_RANKS[rank.group(0)] for rank in _ONE_RANK.finditer(match.group(2))]
    suit = _SUITS[match.group(1)][1]
    return f"{cards[0]} of {suit}" if len(cards) == 1 else " ".join([suit, *cards])


def _level_suit(match: re.Match[str]) -> str:
    """"4♠" -> "four spades" at the table (a bid), "7♦" -> "seven of diamonds" elsewhere (a card)."""
    rank, (one, many) = match.group(1), _SUITS[match.group(2)]
    bid = f"{numbers.cardinal(int(rank))} {one if rank == '1' else many}" if rank.isdigit() else ""
    if rank == "1":  # no card is a one
        return bid
    if not rank.isdigit() or int(rank) > 7:
        return f"{_RANKS[rank]} of {many}"
    text, start = match.string, match.start()
    if _CARD_BEFORE.search(text, max(0, start - 8), start) and not _BID_AFTER.match(text, match.end()):
        return f"{_RANKS[rank]} of {many}"
    if _CONTRACT_BEFORE.search(text, max(0, start - 11), start) or near(_BRIDGE, match, 120):
        return bid
    return f"{_RANKS[rank]} of {many}"


def suits(text: str) -> str:
    """"♥K" -> "king of hearts", "4♠" -> "four spades" in a bidding, "K♠" -> "king of spades"."""
    if _ANY_SIGN.search(text) is None:
        return text
    return _LEVEL_SUIT.sub(_level_suit, _SUIT_FIRST.sub(_suit_first, text))


def no_trumps(text: str) -> str:
    """"1NT" -> "one no trump", "3NTs" -> "three no trumps"; "N-S vulnerable" -> "North-South vulnerable"."""
    if "NT" in text:
        text = _NO_TRUMP.sub(lambda m: f"{numbers.cardinal(int(m.group(1)))} no trump{m.group(2)}", text)
    if "N-S " in text or "E-W " in text or "NS " in text or "EW " in text:
        text = _SIDES.sub(lambda m: _SIDE_NAMES[m.group(1)], text)
    return text


# a poker hand's two cards as a report writes them, the ranks and whether they share a suit: "AKs" is "ace king
# suited", "KQs" "king queen suited", and "10-9 suited", "J-10 offsuit" beside the word ("ten to nine suited" and
# "A.K's" they were). The letters alone only where the sentence speaks of the game ("AKs" is as often rifles; the
# capitals' rule asks, at no cost to a sentence without them); a pair has no such letter ("AA" is a pair of aces, and as
# often an initialism).
_HAND_RANK = r"(?:10|[2-9AKQJT])"
_SUIT_WORD_HAND = compiled(rf"(?<![\w.,/-])({_HAND_RANK})-?({_HAND_RANK})(?= (?:suited|offsuit|off-suit)\b)")
POKER_TALK = compiled(r"\b(?i:poker|hold['’]?em|omaha|flop|flopped|pre-?flop|blinds?|chips?|all-in|all in|heads-up"
                      r"|raised|re-raised|raises|3-bet|shoved|folded|pocket|suited|offsuit|showdown|pot|button"
                      r"|buy-in|river|turn)\b")


def _two_cards(first: str, second: str) -> str | None:
    """"A", "K" -> "ace king"; None for a pair or a card no deck holds."""
    if first == second or first not in _RANKS or second not in _RANKS:
        return None
    return f"{_RANKS[first]} {_RANKS[second]}"


def _suit_word_hand(match: re.Match[str]) -> str:
    """"10-9" before "suited" -> "ten nine"; "9-9 suited" (no hand) is left."""
    return _two_cards(match.group(1), match.group(2)) or match.group(0)


def suited_hands(text: str) -> str:
    """"10-9 suited" -> "ten nine suited" (the caller has found "suit" in the text)."""
    return _SUIT_WORD_HAND.sub(_suit_word_hand, text)


# ... and with a digit or a ten's "T" among the ranks, "K9s", "T9s" (met by the models' plurals, "K nine's" it
# was), or offsuit's "o", "AKo" (met by the capitals' rule, left whole it was): no look of their own, where every
# sentence paid one. A hand of two digits, "98s", has an ordinal's and a decade's shape: the glued seconds' rule
# meets it (inferredunits.py, digit_hand below).
def lettered_hand(letters: str, match: re.Match[str], suited: bool = True) -> str | None:
    """"AK" written "AKs" -> "ace king suited", "AKo" -> "ace king offsuit", where the game is talked of near the
    match; else None."""
    cards = _two_cards(letters[0], letters[1]) if len(letters) == 2 else None
    if cards is None or not near(POKER_TALK, match, 150):
        return None
    return f"{cards} {'suited' if suited else 'offsuit'}"


# "raised with 98s", "shoved 76s": a hand of two digits, suited, met by the glued seconds' rule ("ninety eight
# seconds" it was). Only after a verb of the hand or "with", where the game is near: "tanked for 45s" is a time.
_HAND_VERB_BEFORE = compiled(r"\b(?:with|holding|held|shoved|shoves|jammed|opened|opens|raised|raises|called|calls"
                             r"|limped|defended|showed|tabled|flatted|3-bet|three-bet)\s$")


def digit_hand(value: str, match: re.Match[str]) -> str | None:
    """"98" written "98s" after "with" or a verb of the hand, where the game is near -> "nine eight suited"; else
    None."""
    if len(value) != 2 or not value.isdigit() or not _HAND_VERB_BEFORE.search(
            match.string, max(0, match.start() - 12), match.start()):
        return None
    return lettered_hand(value, match)

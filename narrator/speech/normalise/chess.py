"""Chess in algebraic notation, said as a commentator says it: a run of numbered moves ("1. e4 e5 2. Nf3",
"34...Qxf2+"), a piece's move standing alone once a numbered one was read or where the sentence speaks of chess
("Black replied with Rc8"), and a player's points out of the games played with a half point for a draw ("4 1/2/7")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CHESS_WORDS
from narrator.speech.normalise.util import char_classes, letter_words, padded

# Chess moves in algebraic notation after a move's number ("1. e4 e5 2. Nf3", "34...Qxf2+"): each move said as a
# commentator says it ("knight f three", "queen takes f two check"), its number without its stops (it was "one.
# e four" and "Nf three"). Read only where a run holds two moves, Black's "..." or a move's "??" or "!" (a lone
# "3. d4" may be a list's).
# (a move's "??", "?!", "!?", "!!" or "!": a lone "?" may ask)
_MOVE = r"(?:[KQRBN][a-h]?[1-8]?x?[a-h][1-8]|[a-h](?:x[a-h])?[1-8](?:=[QRBN])?|O-O(?:-O)?)[+#]?(?:\?\?|\?!|!\?|!!|!)?"
_MOVE_NUMBER = r"\d{1,3}\.(?:\.\.)?"
_CHESS_RUN = compiled(rf"(?<![\w.]){_MOVE_NUMBER}\s?{_MOVE}(?:\s+(?:{_MOVE_NUMBER}\s?)?{_MOVE})*(?![\w-])")
_CHESS_PARTS = compiled(r"(\d{1,3})\.(?:\.\.)?|(O-O(?:-O)?)([+#]?)"
                        r"|([KQRBN]?)([a-h]?)([1-8]?)(x?)([a-h])([1-8])(?:=([QRBN]))?([+#]?)")
_MAY_BE_MOVE = compiled(r"\.(?<=\d\.)(?:\.\.)?\s?(?:[KQRBN][a-h1-8x]|[a-h]x?[a-h1-8]|O-O)")
# A document's part before a number ("rule 2.c3", "question 4.d5"), which a lone move joined to its number never has.
_PART_BEFORE = compiled(r"\b(?i:rules?|sections?|chapters?|articles?|clauses?|para(?:graph)?s?|parts?|items?|steps?"
                        r"|notes?|fig\.|figures?|tables?|appendix|schedules?|questions?|exercises?|pages?|p\.|s\.)\s$")
# "He answered 1.d4 with Nf6", "After 1.e4 e5, White played Nf3": a piece's move standing alone, in a sentence where a
# numbered move was read ("Nf six" it was). A pawn's lone "e5" is left: a square alone may be a grid's or a seat's.
_LONE_PIECE_MOVE = compiled(r"(?<![\w.])[KQRBN][a-h]?[1-8]?x?[a-h][1-8][+#]?(?![\w-])")
# ... and where the sentence speaks of chess, with no numbered move ("Black replied with Rc8", "He played Nf3, a
# quiet move": "Rc eight" it was): two of facts.CHESS_WORDS in it.
_PIECES = {"K": "king", "Q": "queen", "R": "rook", "B": "bishop", "N": "knight"}
_CHECKS = {"+": " check", "#": " checkmate", "": ""}
# "scored 4½/7", "finished on 6½/9" (tidy wrote "4 1/2/7"): a chess player's points out of the games played, with a
# half point for a draw ("four one slash two slash seven" it was).
_HALF_POINTS = compiled(r"(?<![\w./,-])(\d{1,2}) 1/2/(\d{1,2})(?![\w/]|[.,]\d)")


# a drawn game's result, "the game ended ½-½", "Rao ½-½ Holt" (tidy wrote "1/2-1/2"): half a point to each
# player, said as players say it, "half-half" (the dates' rule read "January second one slash two").
_DRAW = compiled(r"(?<![\w./-])(?<!\d )1/2-1/2(?![\w/-])")  # not a tiebreak's "1½-½" (tidied "1 1/2-1/2")


def _chess_move(part: re.Match[str]) -> str:
    """One move's number or one move in words: "12." -> "twelve", "Nxe5+" -> "knight takes e five check"."""
    number, castles, castles_check, piece, file, rank, takes, to_file, to_rank, promoted, check = part.groups()
    if number:
        return numbers.cardinal(int(number))
    if castles:
        return ("castles queenside" if castles == "O-O-O" else "castles kingside") + _CHECKS[castles_check]
    said = [_PIECES[piece]] if piece else []
    said += [file] if file else []
    said += [numbers.cardinal(int(rank))] if rank else []
    said += ["takes"] if takes else []
    said += [to_file, numbers.cardinal(int(to_rank))]
    said += ["promotes to", _PIECES[promoted]] if promoted else []
    return " ".join(said) + _CHECKS[check]


def _lone_piece_move(match: re.Match[str]) -> str:
    """"Nf6" -> "knight f six", where the sentence has a numbered move already read."""
    return " ".join(_chess_move(part) for part in _CHESS_PARTS.finditer(match.group(0)))


def _chess_run(match: re.Match[str]) -> str:
    """A run of chess moves in words, or as written where it holds one move and no Black's "..."."""
    parts = list(_CHESS_PARTS.finditer(match.group(0)))
    # a move's "??", "?!" or "!" (a commentator's mark of a blunder or a good move) is as sure a sign of chess as a
    # second move; it is not said
    # one move whose number is joined to it ("answered 1.d4", "won with 23.Qxh7+") is chess too, when a piece moves
    # or a pawn reaches the middle ranks (3 to 6, where openings' pawns go): a list's item is spaced from its text,
    # and "chapter 3.b1" names a part ("one.d four" it was)
    joined = (parts[0].group(1) is not None and len(parts) == 2 and not match.group(0)[parts[0].end()].isspace()
              and (bool(parts[1].group(4)) or parts[1].group(9) in ("3", "4", "5", "6"))
              and not _PART_BEFORE.search(match.string, max(0, match.start() - 12), match.start()))
    if ("..." not in match.group(0) and "?" not in match.group(0) and "!" not in match.group(0) and not joined
            and sum(1 for part in parts if not part.group(1)) < 2):
        return match.group(0)
    return " ".join(_chess_move(part) for part in parts)


def _half_points(match: re.Match[str]) -> str:
    """"4 1/2/7" -> "four and a half out of seven"; more points than games is no score."""
    points, games = int(match.group(1)), int(match.group(2))
    if points >= games:
        return match.group(0)
    return padded(match, f"{numbers.cardinal(points)} and a half out of {numbers.cardinal(games)}")


def moves(text: str) -> str:
    """Chess moves in words where a run of them is chess: "2. Nf3" -> "two knight f three"."""
    if not _MAY_BE_MOVE.search(text):
        return text
    read = _CHESS_RUN.sub(_chess_run, text)
    if read != text:  # a numbered move was read: a piece's move standing alone later is chess too
        read = _LONE_PIECE_MOVE.sub(_lone_piece_move, read)
    return read


def lone_moves(text: str) -> str:
    """A piece's move standing alone where the sentence speaks of chess: "Black replied with Rc8" -> "rook c eight"."""
    classes = char_classes(text)  # a piece's capital, a file's small letter and a rank's digit, maybe a capture between
    if "Aa0" not in classes and "Aaa0" not in classes:  # (the caller has found a word of chess)
        return text
    if len(CHESS_WORDS & letter_words(text)) < 2:  # two of them: one ("played", "king") is any sentence's
        return text
    return _LONE_PIECE_MOVE.sub(_lone_piece_move, text)


def half_points(text: str) -> str:
    """"4 1/2/7" -> "four and a half out of seven": a player's points out of the games played."""
    return _HALF_POINTS.sub(_half_points, text)


def draws(text: str) -> str:
    """"½-½" (tidied to "1/2-1/2") -> "half-half": a drawn game's result."""
    return _DRAW.sub("half-half", text)

"""A team's or a player's wins and losses as the games' pages print them, "are 3-7 this season", "a 10-6 record",
"improved to 8-2", "The Giants (6-7) visit Dallas", "is 10-6 with a 3.41 ERA", and a count of balls and strikes ("a
1-2 pitch"): the test the span rule asks before it says two numbers with "to" (moved from sports.py)."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import NOT_A_SIDE
from narrator.speech.normalise.util import near

# A team's wins and losses: "are 3-7 this season", "a 10-6 record", "improved to 8-2", said as a sportscaster says
# them ("three and seven", "five and oh"), never as a span.
_RECORD_AFTER = compiled(r"\s(?:record|this season|on the season|on the year|against the spread|ATS"
                         r"|to (?:start|open|begin) the (?:season|year))\b")
# ... and where a team stands: "are 5-0 at home", "went 9-3 in conference" (not a game's "won 3-1 at home")
_RECORD_WHERE = compiled(r"\s(?:overall|at home|on the road|away|in (?:the )?(?:division|conference|league|group))\b")
_RECORD_IS = compiled(r"\b(?:are|is|were|was|sit|sits|stand|stands|went|go|goes|finished) $")
_GAME_BEFORE = compiled(r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beaten|drew|draw|defeated|tied"
                        r"|led|leads|trail\w*|score\w*|victory|defeat)\b")
# the plural's verb too, "The Plainsmen fall to 7-3", "the Mariners move to 8-2" ("seven to three" it was)
_RECORD_BEFORE = compiled(r"\b(?:(?:improved|improves|improving|improve|fell|falls|falling|fall|dropped|drops"
                          r"|dropping|drop|slipped|slips|slip|moved|moves|moving|move) to"
                          r"|(?:unbeaten|undefeated) at) $")  # "unbeaten at 28-0"
_RECORD_END = compiled(r"[.,;:)]|\s(?:with|after|following)\b|$")  # not "fell to 2-3 percent"
# ... and, where the wins outnumber the losses (no span runs down: "fell to 40-45 in most wards" is one), before
# the words a standing is said with: "moved to 8-2 atop the division", "falls to 19-2 in his first defence", "fall to
# 7-3 and host the Hawks"
_RECORD_END_DOWN = compiled(r"\s(?:atop|in|and|but|entering|heading|going|behind|ahead)\b")
# one wrestler's or player's wins and losses after "who is" or "who was" at its clause's end ("the ozeki
# Kotozakura, who was 11-3."; "eleven to three" it was): a person's, where a game's score is "it was 2-1" and a side's
# standing goes on ("who was 3-1 down"). A height has the same shape ("who is 6-4", "5-11"): four to seven before at
# most eleven is left. And after "finished", before a place in the table ("finished 12-3, alone in second place").
_WHO_IS = compiled(r"\bwho (?:is|was) $")
_FINISHED = compiled(r"\bfinished $")
_PLACE_AFTER = compiled(r",\s(?:(?:alone|tied|joint|level)\s)?(?:(?:in|at)\s)?(?:first|second|third|fourth|fifth|sixth"
                        r"|seventh|eighth|ninth|tenth|last|top|bottom)\b")
# a pitcher's wins and losses before his earned run average, "is 10-6 with a 3.41 ERA", "(12-4, 2.87 ERA)":
# the average tells the record ("ten to six" it was).
_PITCHER_RECORD_AFTER = compiled(r",?\s(?:with\s(?:an?\s)?)?\d{1,2}\.\d\d\sERA\b")
# ... and a count of balls and strikes, "a 1-2 pitch", "ran the count to 3-2" (at most three balls and two strikes),
# said "one and two" as the booth says it: after "count" only where the sentence speaks of the batter or the pitch
# ("the vote count was 3-2" is a tally).
_COUNT_AFTER = compiled(r"\s(?:full\s)?(?:count|pitch|offering|fastball|slider|curveball|changeup|sinker|cutter)\b")
_COUNT_BEFORE = compiled(r"\bcount\b[a-z ]{0,16}\s$")
_PITCH_WORDS = compiled(r"\b(?:pitch\w*|swung|swing\w*|strikes?|struck|batter|hitter|at-bat|innings?|fouled|walked"
                        r"|fastball|slider|curveball|changeup|dugout|mound|umpire)\b")
# "The Celtics are 31-9 and lead the East", "the Knicks were 28-12.": a team named in the plural, as American
# papers name it, then its verb of standing: its record, whatever follows ("six to seven" it was); "The scores were
# 28-12" and "Pages are 4-9" name no team.
_TEAM_IS = compiled(r"\b[Tt]he ([A-Z][a-z]+s) (?:are|were|sit|stand|stood|finished) $")
_NO_TEAM = frozenset({"Scores", "Results", "Odds", "Figures", "Numbers", "Votes", "Polls", "Ratings", "Prices",
                      "Rates", "Totals", "Counts", "Grades", "Marks", "Hours", "Times", "Ratios", "Sizes"})
_TEAM_RECORD_END = compiled(r"[.,;:)]|\s(?:and|with|after|following|but|so|to|in|entering|heading|going)\b|$")
# "The Giants (6-7) visit Dallas", "the Bears (4-9) host Detroit": a team's record in brackets after its name,
# before the fixture's verb ("six to seven" it was), or after it ("host the Bills (6-1)."); "Chapters (4-9) cover"
# and "The Beatles (1962-70) sold" are no fixture.
_RECORD_BRACKET_BEFORE = compiled(r"\b([A-Z][a-z]+s) \($")
_FIXTURE_VERB = (r"(?:visits?|hosts?|plays?|faces?|meets?|travels? to|takes? on|heads? to|welcomes?|entertains?|hosted"
                 r"|visited|played|faced|met|welcomed|at|vs\.?)")
_RECORD_BRACKET_AFTER_FIXTURE = compiled(rf"\b{_FIXTURE_VERB} (?:the )?([A-Z][a-z]+s) \($")
_RECORD_BRACKET_AFTER = compiled(rf"\) {_FIXTURE_VERB}\b")
# "The Lakers (22-9) have lost twice", "The Bruins (18-6) lead the division": a team's record in brackets after "The"
# and its plural name, before the verb that tells how it stands or plays ("twenty two to nine" it was); "Pages (12-15)
# are missing" names no team, and "The Beatles (1962-70)" no record.
_THE_TEAM_BRACKET_BEFORE = compiled(r"\b[Tt]he ([A-Z][a-z]+s) \($")
# "are" and "have" alone may say anything of anything ("The Docs (3-4) are attached"): only before a game's word.
_STANDING_VERB_AFTER = compiled(r"\) (?:(?:have|has|had|are|were) (?:now |also |since |just )?(?:won|lost|beaten"
                                r"|dropped|clinched|swept|unbeaten|undefeated|winless|tied|slumped|surged|rallied"
                                r"|struggled|[\w.]+(?: point five| and a half)? (?:GB|games?)\b)"  # "are 2 GB of"
                                r"|lead|led|trail|trailed|won|lost|beat|drew|fell|slipped|improved|clinched|sit|sat"
                                r"|remain|remained|enter|entered|need|needed)\b")
# a team's games back of the leader, "are 2 GB of first place", "sit 4.5 GB behind the Braves", "6 GB in the
# Central": said "games back" where the place behind is named after it or a team stands before it ("two gigabytes"
# it was); "16 GB of memory" and "2 GB of data" name neither.
_GAMES_BACK_AFTER = compiled(r"\s(?:(?:of|behind|off|out of|back of)\s(?:the\s)?(?:first|top|lead|leaders?|pace"
                             r"|division|(?:final|last|second|third|top)\s|(?:a\s)?(?:playoff|wild|postseason)"
                             r"|(?<=the\s)[A-Z][a-z]+s\b)"
                             r"|in\sthe\s(?:(?:AL|NL|AFC|NFC)\s)?(?:East|West|Central|North|South|division|standings"
                             r"|wild))")
_TEAM_STANDS = compiled(r"\b[Tt]he ([A-Z][a-z]+s) (?:are|were|sit|sat|stand|stood|remain|remained|trail|trailed|fell"
                        r"|finished|is|was) (?:now |just |only |still )?$")


def is_record(wins: str, losses: str, match: re.Match[str]) -> bool:
    """A team's wins and losses ("The Jets are 3-7 this season", "a 10-6 record", "improved to 8-2")."""
    if len(wins) > 3 or len(losses) > 3 or int(wins) + int(losses) > 170 or "." in wins + losses:
        return False
    if _GAME_BEFORE.search(match.string, max(0, match.start() - 24), match.start()) and not _moved_after_game(match):
        return False  # "won 3-1 this season": a game's score
    before = max(0, match.start() - 9)
    if match.string[match.start() - 1:match.start()] == "(" and match.string[match.end():match.end() + 1] == ")":
        if _RECORD_BRACKET_AFTER.match(match.string, match.end()):
            team = _RECORD_BRACKET_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
        else:  # "... host the Bills (6-1).": the other side's, after the fixture's verb
            team = _RECORD_BRACKET_AFTER_FIXTURE.search(match.string, max(0, match.start() - 40), match.start())
        if team is not None and team.group(1) not in NOT_A_SIDE:  # "Pages (4-9) play a part": a label's span
            return True
        if _STANDING_VERB_AFTER.match(match.string, match.end()):
            team = _THE_TEAM_BRACKET_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
            if team is not None and team.group(1) not in NOT_A_SIDE and team.group(1) not in _NO_TEAM:
                return True
    if _PITCHER_RECORD_AFTER.match(match.string, match.end()) or _is_count(wins, losses, match):
        return True
    return (_RECORD_AFTER.match(match.string, match.end()) is not None
            or (_RECORD_WHERE.match(match.string, match.end()) is not None
                and _RECORD_IS.search(match.string, before, match.start()) is not None)
            or (_RECORD_BEFORE.search(match.string, max(0, match.start() - 16), match.start()) is not None
                and (_RECORD_END.match(match.string, match.end()) is not None
                     or (int(wins) > int(losses) and _RECORD_END_DOWN.match(match.string, match.end()) is not None)))
            or _team_standing(match) or _one_s_record(wins, losses, match))


def _moved_after_game(match: re.Match[str]) -> bool:
    """"who had won 6 in a row, fall to 24-19": a verb of standing after the clause that holds the game's word, which
    then tells nothing (in the verb's own clause it does: "led 2-1 but fell to 2-3")."""
    start = match.start()
    if _RECORD_BEFORE.search(match.string, max(0, start - 16), start) is None:
        return False
    clause = match.string.rfind(",", max(0, start - 24), start)
    return clause >= 0 and _GAME_BEFORE.search(match.string, clause, start) is None


def _is_count(balls: str, strikes: str, match: re.Match[str]) -> bool:
    """"a 1-2 pitch", "the count ran to 3-2 before he swung": balls and strikes."""
    if int(balls) > 3 or int(strikes) > 2 or len(balls) + len(strikes) != 2:
        return False
    if _COUNT_AFTER.match(match.string, match.end()):
        return True
    return (_COUNT_BEFORE.search(match.string, max(0, match.start() - 24), match.start()) is not None
            and near(_PITCH_WORDS, match, 80))


def _team_standing(match: re.Match[str]) -> bool:
    """"The Celtics are 31-9 and lead": a team's record after its plural name and its verb of standing."""
    team = _TEAM_IS.search(match.string, max(0, match.start() - 30), match.start())
    return (team is not None and team.group(1) not in NOT_A_SIDE and team.group(1) not in _NO_TEAM
            and _TEAM_RECORD_END.match(match.string, match.end()) is not None)


def _one_s_record(wins: str, losses: str, match: re.Match[str]) -> bool:
    """"who was 11-3.", "finished 12-3, alone in second place": a wrestler's or a player's wins and losses."""
    start = match.start()
    if _WHO_IS.search(match.string, max(0, start - 8), start):
        return (_RECORD_END.match(match.string, match.end()) is not None
                and not (4 <= int(wins) <= 7 and int(losses) <= 11))  # "who is 6-4": a height
    return (_FINISHED.search(match.string, max(0, start - 10), start) is not None
            and _PLACE_AFTER.match(match.string, match.end()) is not None)


def games_back(match: re.Match[str]) -> bool:
    """"The Knicks are 2 GB of first place": a team's games back of the leader, not gigabytes."""
    if _GAMES_BACK_AFTER.match(match.string, match.end()):
        return True
    team = _TEAM_STANDS.search(match.string, max(0, match.start() - 40), match.start())
    return team is not None and team.group(1) not in NOT_A_SIDE and team.group(1) not in _NO_TEAM

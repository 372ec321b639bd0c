"""Runs of prose in a text dump, scored, and the best grown over the inserts that split the article (a list, an
ad, a table)."""

from __future__ import annotations

import re
from collections import Counter

from narrator.clean.backmatter import is_about_the_publisher
from narrator.clean.bylines import BYLINE_WORDS, is_byline_line
from narrator.clean.inserts import (
    PLAYER_LINE_WORDS,
    gap_size,
    is_code_line,
    is_listing,
    is_player,
    is_player_control,
    text_density,
)
from narrator.clean.lines import Line, words_before_clock, words_of
from narrator.clean.notices import is_embed_notice
from narrator.clean.textlists import announced_list, announces_contents

# A run of prose continues across at most this many non-prose lines (inserts, ads, captions).
MAX_GAP_LINES = 4
# Gap lines that cost more than this many "words" end a run (clock times mark feeds and comments).
MAX_GAP_COST = 12
# Runs split by at most this many lines are joined when both look like the article.
MAX_JOIN_GAP_LINES = 12
MAX_JOIN_GAP_LINES_ABOVE = 25
# A neighbouring run joins the article when it has this many prose words at this prose density.
MIN_JOIN_WORDS = 40
# A page whose best run has fewer prose words is a short one, made of short pieces.
SHORT_ARTICLE_WORDS = 100
# Prose this big and dense right after a sparse run (a table's cells among its notes) is the article going on.
RESUMED_WORDS = 150
RESUMED_DENSITY = 0.5
LONG_INSERT_LINES = 40
LONG_RESUMED_WORDS = 300
LONG_RESUMED_DENSITY = 0.6
# A page sets its paragraphs apart when this share of its groups holding prose (of at least this many) are one line.
PARTED_SHARE = 0.5
PARTED_MIN_PARAGRAPHS = 5
# On such a page, a run with fewer groups per prose line than this is lines packed together: a list.
MIN_SPREAD = 0.5
# A list of teasers is longer than this many lines; a recipe's steps or a list of points are shorter.
TEASER_LIST_LINES = 15
MIN_JOIN_DENSITY = 0.4
# A prose line this short, alone above the body, is a slogan rather than the article's lead.
LONE_LEAD_WORDS = 15
# A clock time in a line this long is a comment or feed header, not a live-blog timestamp.
COMMENT_HEADER_WORDS = 4
# Lines of ordinary words (list items) bridged without counting as a gap.
MAX_NATURAL_LINES = 12
# The article's body begins within this many lines below its headline.
TITLE_TO_BODY_LINES = 12
# How much more likely prose right under the headline is the article than prose elsewhere (comments, feeds).
TITLE_BOOST = 3.0


# A time in a program's output or a table drawn in text ("db=# SELECT ... │ 2020-08-01 18:00:00+00 │ 400"), or in a
# sentence of the story ("Anomaly in status code 400 at 17:59: we also found that one earlier."), stamps no comment.
STAMP_SENTENCE_WORDS = 8
STAMP_LEAD_WORDS = 5


def _stamp(line: Line) -> bool:
    """True for a line whose clock time marks a comment, a post or a feed's entry, as times in data and prose do not."""
    if not line.clock or is_code_line(line.text) or is_listing(line.text):
        return False
    # "Update July 3rd, 8:05AM ET: Added the tweet." is stamped at its start; a story's sentence says its time later
    sentence = line.terminal and line.words >= STAMP_SENTENCE_WORDS and not line.text.endswith(":")
    return not (sentence and words_before_clock(line.text) >= STAMP_LEAD_WORDS)


def _gap_cost(line: Line) -> int:
    """How strongly a non-prose line separates prose lines."""
    if _stamp(line):
        # "Ann on May 2, 2024 at 4:47 pm said:" heads a comment: the article is over.
        return MAX_GAP_COST + 1 if line.words >= COMMENT_HEADER_WORDS else 6
    return 3 if line.words <= 12 else 4


# What a listing or an embed's notice holds one of at least (a first look, cheaper than both checks): code's signs
# and box-drawing characters, SQL's words, a prompt's marks, a notice's "cookies" or "saved".
_MAY_BE_INSERT = re.compile(r"[_(){}\[\];=<>$#@\\|/\u2500-\u257f]|SELECT|CREATE|INSERT|WITH|ookies|saved")


def prose_runs(lines: list[Line], prose: list[bool], natural: list[bool]) -> list[tuple[int, int, int]]:
    """Runs of prose lines (first, last, prose words) bridging small gaps."""
    runs: list[tuple[int, int, int]] = []
    start = last = -1
    mass = gap_lines = gap_cost = natural_lines = 0
    for i, line in enumerate(lines):
        if prose[i]:
            if start < 0:
                start = i
            last, mass, gap_lines, gap_cost, natural_lines = i, mass + line.words, 0, 0, 0
            continue
        if start < 0:
            continue
        if natural[i] and natural_lines < MAX_NATURAL_LINES:
            natural_lines += 1  # list items and short sentences do not break the article
            continue
        if _MAY_BE_INSERT.search(line.text) and (is_listing(line.text) or is_embed_notice(line.text)):
            continue  # nor does a tutorial's code, or an embedded video's consent notice: no menu or sidebar holds one
        gap_lines += 1
        gap_cost += _gap_cost(line)
        if gap_lines > MAX_GAP_LINES or gap_cost > MAX_GAP_COST:
            runs.append((start, last, mass))
            start, mass, gap_lines, gap_cost, natural_lines = -1, 0, 0, 0, 0
    if start >= 0:
        runs.append((start, last, mass))
    return runs


def title_lines(lines: list[Line]) -> list[int]:
    """Lines that repeat the page's first line (its <title> in a dump): headlines of the article."""
    first = {w.lower() for w in words_of(lines[0].text)}
    if len(first) < 3:
        return []
    found = []
    for line in lines[1:]:
        words = [w.lower() for w in words_of(line.text)]
        if 3 <= len(words) <= 40 and sum(1 for w in words if w in first) >= 0.8 * len(words):
            found.append(line.index)
    return found


def run_score(lines: list[Line], prose: list[bool], titles: list[int], run: tuple[int, int, int],
              parted: bool) -> float:
    """Prose mass, discounted where prose alternates with headlines (teaser lists), raised below the title; on a
    page that sets its paragraphs apart with blank lines, discounted where its prose lines are packed together (a
    list of teasers, one sentence a line)."""
    start, _, mass = run
    density = _density(prose, run)
    near_title = any(0 < start - t <= TITLE_TO_BODY_LINES for t in titles)
    score = mass * density * (TITLE_BOOST if near_title else 1.0)
    return score * _spread(lines, prose, run) if parted else score


def _is_teaser_list(lines: list[Line], prose: list[bool], run: tuple[int, int, int]) -> bool:
    """A long run of sentences packed together, one a line (on a page that sets its paragraphs apart)."""
    return sum(prose[run[0]:run[1] + 1]) >= TEASER_LIST_LINES and _spread(lines, prose, run) < MIN_SPREAD


def _spread(lines: list[Line], prose: list[bool], run: tuple[int, int, int]) -> float:
    """Groups per prose line of a run: 1 when each paragraph stands apart, near 0 for lines packed together."""
    groups = [lines[i].group for i in range(run[0], run[1] + 1) if prose[i]]
    return len(set(groups)) / len(groups)


def is_parted(lines: list[Line], prose: list[bool], sizes: Counter[int]) -> bool:
    """True when most groups holding prose are one line: the page sets its paragraphs apart with blank lines."""
    groups = {line.group for line, p in zip(lines, prose, strict=True) if p}
    return len(groups) >= PARTED_MIN_PARAGRAPHS and sum(sizes[g] == 1 for g in groups) >= PARTED_SHARE * len(groups)


def _density(prose: list[bool], run: tuple[int, int, int]) -> float:
    """Share of a run's lines that are prose."""
    return sum(prose[run[0] : run[1] + 1]) / (run[1] - run[0] + 1)


# The section under an article about its writer ("About the author"): the article is over; the bio and what follows
# it (a hiring button, the comments) are the page's.
_AUTHOR_SECTION = re.compile(r"(?i)^\W*(?:about the (?:authors?|writers?|contributors?)|author bio|the author"
                             r"|über (?:den|die) autor(?:in|en)?|à propos de l['’]auteur|sobre el autor|sobre o autor)"
                             r"\W*$")


def _grow(lines: list[Line], prose: list[bool], runs: list[tuple[int, int, int]], edge: int, step: int,
          max_gap: int, slides: frozenset[int], parted: bool, heads: frozenset[int] = frozenset(),
          min_words: int = MIN_JOIN_WORDS) -> int:
    """Index of the furthest run joinable in direction step from runs[edge]; small runs count as gap, and the
    article's byline (heads) in a gap ends it: above it is the page, not the story. On a page that sets its
    paragraphs apart (parted), a sizeable run of lines packed together is a list of teasers and ends it too."""
    joined = edge
    candidate = edge + step
    while 0 <= candidate < len(runs):
        near, far = (runs[joined], runs[candidate]) if step > 0 else (runs[candidate], runs[joined])
        gap = range(near[1] + 1, far[0])
        player = is_player(lines, gap)  # "Current Time" / "0:00": a dump of one text node a line parts a control
        too_long = gap_size(lines, gap, slides) > max_gap and not _long_insert(lines, prose, runs[candidate], gap, step)
        if too_long or any(i in heads for i in gap) or (step > 0 and any(_AUTHOR_SECTION.match(lines[i].text)
                                                                        for i in gap)) or any(
                _stamp(lines[i]) and not is_player_control(lines[i].text)
                and not (player and lines[i].words <= PLAYER_LINE_WORDS) for i in gap if not prose[i]):
            break
        if parted and _is_teaser_list(lines, prose, runs[candidate]):
            break
        first = runs[candidate][0]
        if min_words <= runs[candidate][2] < MIN_JOIN_WORDS and first > 0 and (
                is_about_the_publisher(lines[first - 1].text, lines[first].text)):
            break  # a short page's neighbour that is the publisher's note about itself ("About Coast News")
        if runs[candidate][2] >= min_words and text_density(lines, prose, runs[candidate]) >= MIN_JOIN_DENSITY and (
                runs[candidate][2] >= MIN_JOIN_WORDS or _sentences_only(lines, prose, runs[candidate])):
            joined = candidate
        elif runs[candidate][2] >= MIN_JOIN_WORDS:
            if _resumes_after(lines, prose, runs, candidate, step, slides):
                joined = candidate  # a table inside the article, its prose going on right after it
            else:
                break  # a sizeable run of teasers: the article ends here
        elif (announced_list(lines, gap.start, gap.stop) or (step < 0 and announces_contents(lines, gap))
              or _announces_insert(lines, prose, runs, candidate, step, slides, max_gap)):
            # a recipe's lead, its ingredients between it and the method; a tutorial's, its parts; a sentence that
            # announces a table ("the top ten companies are:"), the article going on after it
            joined = candidate
        candidate += step
    return joined


def _announces_insert(lines: list[Line], prose: list[bool], runs: list[tuple[int, int, int]], short: int, step: int,
                      slides: frozenset[int], max_gap: int) -> bool:
    """True for a short run ending on a colon ("the top ten companies are:") after which the article goes on: the next
    run is big and dense, and near once the table or list it announces is counted as gap_size counts it."""
    after = short + step
    if step < 0 or after >= len(runs) or not lines[runs[short][1]].text.rstrip().endswith(":"):
        return False
    resumed = runs[after]
    return (resumed[2] >= MIN_JOIN_WORDS and text_density(lines, prose, resumed) >= MIN_JOIN_DENSITY
            and gap_size(lines, range(runs[short][1] + 1, resumed[0]), slides) <= max_gap)


def _long_insert(lines: list[Line], prose: list[bool], run: tuple[int, int, int], gap: range, step: int) -> bool:
    """True for a long insert the article goes on after (a reference page's box of links between two sections): the
    prose below it is long and dense, as no footer's or teaser list's is."""
    return (step > 0 and len(gap) <= LONG_INSERT_LINES and run[2] >= LONG_RESUMED_WORDS
            and _density(prose, run) >= LONG_RESUMED_DENSITY
            # the next story of an endless page opens on its byline: that is another article
            and not any(is_byline_line(lines[i], BYLINE_WORDS) for i in gap))


def _resumes_after(lines: list[Line], prose: list[bool], runs: list[tuple[int, int, int]], sparse: int, step: int,
                   slides: frozenset[int]) -> bool:
    """True when a sparse run is an insert the article goes on after: the next run is big, dense and close."""
    after = sparse + step
    if not 0 <= after < len(runs):
        return False
    near, far = (runs[sparse], runs[after]) if step > 0 else (runs[after], runs[sparse])
    return (runs[after][2] >= RESUMED_WORDS and text_density(lines, prose, runs[after]) >= RESUMED_DENSITY
            and gap_size(lines, range(near[1] + 1, far[0]), slides) <= MAX_JOIN_GAP_LINES)


def _sentences_only(lines: list[Line], prose: list[bool], run: tuple[int, int, int]) -> bool:
    """True for a run whose prose lines all end their sentences: a short piece of the page's text, not a link's
    title and address that a saved page wraps over lines ('... reports")')."""
    return all(lines[i].terminal for i in range(run[0], run[1] + 1) if prose[i])


def merge_neighbours(lines: list[Line], prose: list[bool], runs: list[tuple[int, int, int]],
                     best: int, slides: frozenset[int], parted: bool) -> tuple[int, int]:
    """Grow the best run over neighbouring runs split from it by an insert (a list, an ad, a gallery)."""
    # A lead split from the body by a photo gallery may sit further up than a sidebar may sit below; never above
    # the article's byline. (Its headline too stopped the growth, and cost AEB text dumps recall 0.969 -> 0.964:
    # pages repeat the headline over a photo or a share box inside the article.)
    heads = frozenset(line.index for line in lines[:runs[best][0]]
                      if is_byline_line(line, BYLINE_WORDS))
    # a short page's best run is a short piece of it: its other pieces are as short, and join it as the gaps allow
    min_words = LONE_LEAD_WORDS if runs[best][2] < SHORT_ARTICLE_WORDS else MIN_JOIN_WORDS
    first = _grow(lines, prose, runs, best, -1, MAX_JOIN_GAP_LINES_ABOVE, slides, parted, heads, min_words)
    last = _grow(lines, prose, runs, best, 1, MAX_JOIN_GAP_LINES, slides, parted, min_words=min_words)
    return runs[first][0], runs[last][1]

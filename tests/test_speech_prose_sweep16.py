"""A sixteenth author's sweep (issue #10) of old books, letters and history as their printers set them: Georgian and
Victorian novels and letters ("Mrs.", "&c.", "viz.", "the 4th inst.", "Lord ——", "CHAPTER XII."), pre-decimal money
("£2 10s. 6d.", "2/6", "½d.", "L.5"), old ordinals ("the 3d of May", "the 22d Regiment"), regnal numbers and
dynasties, dates of history ("c. 1450", "fl. 1620", "44 BC"), imperial measures ("3 ft. 6 in.", "2 cwt."), plays and
scripture ("Act II, Sc. 3", "Gen. 1:3"), diaries and ships' logs ("Lat. 45° 30′ N.", "Wind S.S.W."), footnote marks,
American 19th-century forms ("5 cts.", "Jno.") and the modern forms that must not move ("2d barcode", "1s and 0s")
(tests/fixtures/speech/prose_sweep16.tsv, each read in its style column's language tag). Compared as the benchmark's
relaxed score compares (case and punctuation aside), with the sweeps' folding."""

from __future__ import annotations

from sweeps import Sweep, relaxed, sweep_tests

# What the sweep found misread and left, each needing a rule this branch did not write (the reason names the class).
# h76's citations.py and words.py's letters' forms read thirteen more ('Chap. IV', 'Sc. 3', 'obedt.', "ob't serv't",
# 'Yr. affect.', 'MS.', 'MSS.', 'l. 4', 'Cf.', 'Bp.', 'temp.'): tests/test_speech_prose_sweep22.py.
_LEFT_BY_CLASS: dict[str, tuple[str, ...]] = {
    "'Hon.' said in American spelling in en-GB ('Honorable'): words.py's abbreviations (h60)":
        ('The Hon. Mrs. Norris had opinions on everything.',),
    "no misread: 'seven fifty three B.C' is right; the row's alternative spells 'B C' apart (lenient folds it)":
        ('Rome was founded in 753 B.C.',),
    "a battery's size ('6s') read as a plural: a modern form, left as it was before":
        ('It takes a 6s battery pack.',),
    "'Alex.' before a surname is left as the name 'Alex' and its stop: a name in its own right, whose stop ends a"
    " sentence far more often than it shortens 'Alexander' (lead's call; see prose_sweep22)":
        ('Alex. Hamilton answered in the Federalist.',),
    "a bare unit's abbreviation ('the lb. weight'): units.py (h60), as before":
        ('Check the lb. weight on the label.',),
}
_KNOWN_MISSES = {written: reason for reason, rows in _LEFT_BY_CLASS.items() for written in rows}


SWEEP = Sweep("prose_sweep16.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=180, styles=3)
globals().update(sweep_tests(SWEEP))

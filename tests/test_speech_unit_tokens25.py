"""A twenty-fifth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone; h204's twenty-fourth set takes the other six), out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens25.tsv: genealogy's c., bap., bur., chr. and fl., archives' ISO weeks and ordinal
days, history's eras (BC, BCE, CE, AD, AUC, AM, AH, Old and New Style), religious calendars, sports fixtures and
stoppage time, broadcasting and exchange zones, deadlines (EOD, COB, AoE), military and local times, cooking timers,
film runtimes, race results and gaps, ordinals of editions, printings, streets, peers, units and books of the Bible,
Roman numerals of pages, folios, popes, kings, missions, games and Olympiads, centuries written the French way
('XVIIIth'), social handles, DOIs, ISBNs, PMIDs, Git hashes, semver ranges, S3 and gs:// addresses, mailto:, cron
lines, UNC paths, CIDR blocks, and telephones of Brazil, Germany, France, Spain, Italy, Kenya, Pakistan, the
Philippines and the UAE with extensions, vanity letters, USSD codes and dotted numbers): a twenty-fifth estimate of
the unit score on text nobody here tuned for. 458 were written; 161 repeated the earlier sets and 2 were not of their
category, dropped before any run.

FIRST READING 213 of 295 (72.2%) relaxed and 240 (81.4%) lenient (the benchmark's forms, ut.py): date 44/53, time
30/51, ordinal 40/50, roman 34/40, electronic 21/48, telephone 44/53 relaxed; date 47/53, time 44/51, ordinal 40/50,
roman 34/40, electronic 31/48, telephone 44/53 lenient; 233 by this test's stricter form (a nought's 'o' and 'zero'
kept apart).
"""

from __future__ import annotations

from sweeps import UNIT_SET_TESTS, Sweep, first, lenient, sweep_tests

# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN: dict[str, str] = {
}

SWEEP = Sweep("unit_tokens25.tsv", _KNOWN, form=lenient, least=280, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 23), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

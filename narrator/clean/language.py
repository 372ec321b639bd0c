"""The language of an article that does not declare one, guessed from its words (py3langid)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from typing import Any

from narrator.clean.lines import make_line
from narrator.model import Block, BlockKind

log = logging.getLogger(__name__)

FALLBACK = "en"
"""Said of an article too short or too mixed to tell."""
SAMPLE_CHARS = 1000
"""The opening of the body is enough; longer samples only cost time."""
MIN_CHARS = 40
MIN_CONFIDENCE = 0.8
ENGLISH_STOP_RATIO = 0.3
"""English prose has 0.35-0.5 of its words in our English stop list; other languages under 0.1."""


@functools.cache
def _identifier() -> Any:
    """py3langid's model, loaded once (about 0.7 s) and only for articles that need it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(blocks: Iterable[Block]) -> str:
    """The ISO 639-1 code of the language the blocks are written in, or FALLBACK when unsure."""
    sample = " ".join(b.text for b in blocks if b.kind is not BlockKind.CODE)[:SAMPLE_CHARS]
    if len(sample) < MIN_CHARS:
        return FALLBACK
    if make_line(0, sample, 0).stop_ratio >= ENGLISH_STOP_RATIO:
        return "en"  # plainly English: no need to load the model (0.7 s a process)
    try:
        code, confidence = _identifier().classify(sample)
    except ImportError:  # a dependency, but a broken install should not stop the narration
        log.warning("py3langid is not installed; assuming %s (run: make setup)", FALLBACK)
        return FALLBACK
    return str(code) if confidence >= MIN_CONFIDENCE else FALLBACK

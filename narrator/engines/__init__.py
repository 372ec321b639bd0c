"""Speech engines behind one protocol, found by name (built-ins and the narrator.engines entry points)."""

from narrator.engines.base import (
    Engine,
    EngineUnavailable,
    engine_names,
    files_of,
    get_engine,
    preload,
    probe,
    revision_of,
)

__all__ = ["Engine", "EngineUnavailable", "engine_names", "files_of", "get_engine", "preload", "probe", "revision_of"]

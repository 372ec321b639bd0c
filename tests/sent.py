"""What a batch sends to where its jobs run: the pickled size of every task submitted."""

from __future__ import annotations

import pickle
from typing import Any

import pytest


def record_submitted(monkeypatch: pytest.MonkeyPatch, executor: type) -> list[int]:
    """Record the pickled size of the arguments of every submit on executor (a process pool, a Dask client)."""
    sizes: list[int] = []
    submit = executor.submit

    def measured(self: Any, *args: Any, **kwargs: Any) -> Any:
        sizes.append(len(pickle.dumps(args)))
        return submit(self, *args, **kwargs)

    monkeypatch.setattr(executor, "submit", measured)
    return sizes

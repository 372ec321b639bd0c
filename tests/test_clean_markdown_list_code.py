"""A fenced code block indented under a list item (a how-to's steps, issue #10): the markdown package sees fences
at the margin only and read an indented one as inline code, so the command was said aloud as a paragraph."""

from __future__ import annotations

import time

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Format, Source

_LEAD = "The drive keeps a copy of every photo you took this year, and the first copy takes ten minutes.\n\n"
_STEP = "Plug in the drive and find where it is mounted:"


def _read(markdown: str, code_blocks: str = "skip") -> list[tuple[str, str]]:
    source = Source("steps.md", (_LEAD + markdown).encode(), Format.MARKDOWN)
    return [(b.kind.value, b.text) for b in clean(source, CleanSettings(code_blocks=code_blocks)).blocks][1:]


@pytest.mark.parametrize("markdown", [
    f"1. {_STEP}\n\n   ```\n   lsblk -o NAME,MOUNTPOINT\n   ```\n\n2. Copy the photos.\n",
    f"1. {_STEP}\n\n    ~~~bash\n    lsblk -o NAME,MOUNTPOINT\n    ~~~\n\n2. Copy the photos.\n",
    f"- {_STEP}\n  ```sh\n  lsblk -o NAME,MOUNTPOINT\n  ```\n- Copy the photos.\n",
    f"* {_STEP}\n\n\t```\n\tlsblk -o NAME,MOUNTPOINT\n\t```\n\n* Copy the photos.\n"])
def test_a_code_block_under_a_list_item_is_not_read(markdown: str) -> None:
    assert _read(markdown) == [("list_item", _STEP), ("list_item", "Copy the photos.")]


def test_a_code_block_under_a_list_item_is_announced_when_code_is() -> None:
    read = _read(f"1. {_STEP}\n\n    ```bash\n    lsblk -o NAME\n    ```\n\n2. Copy the photos.\n", "announce")
    assert [kind for kind, _ in read] == ["list_item", "code", "list_item"]


def test_the_items_paragraph_after_its_code_is_still_read() -> None:
    read = _read(f"1. {_STEP}\n\n    ```\n    lsblk\n    ```\n\n    Then find the drive's name in the list.\n\n"
                 "2. Copy the photos.\n")
    assert [text for _, text in read] == [f"{_STEP}\nThen find the drive's name in the list.", "Copy the photos."]


def test_a_fence_written_inside_a_code_block_at_the_margin_is_left_as_it_is() -> None:
    markdown = f"```markdown\n1. {_STEP}\n\n   ```\n   lsblk\n   ```\n```\n\nCopy the photos to the drive now.\n"
    assert _read(markdown) == [("paragraph", "Copy the photos to the drive now.")]


def test_many_fences_never_closed_cost_little() -> None:
    # CPU seconds, not the wall's: a loaded machine (two cores under fifteen jobs) took 8.6 s of wall time for this
    started = time.process_time()
    _read("".join(f"- step {n}\n  ```x{n}\n" for n in range(3000)))
    assert time.process_time() - started < 5

"""The import rules in STYLE.md: a stage never imports another stage, only the composition root calls stages,
only cli.py imports click."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "narrator"
STAGES = ["ingest", "clean", "speech", "synthesise", "audio", "publish"]
# formula_marks: where a formula stands in a block's text, part of the contract between clean and speech (the
# Markdown reader keeps those spans from Markdown's marks; speech reads them), like model's dataclasses.
SHARED = {"narrator", "narrator.model", "narrator.errors", "narrator.config", "narrator.files", "narrator.loudness",
          "narrator.disclosure", "narrator.formula_marks"}
EXTRA_ALLOWED = {"synthesise": {"narrator.engines", "narrator.engines.base"}}
COMPOSITION_ROOT = "pipeline"
"""The package that alone joins the stages: the batch (__init__), one source's job, feed plans, the published
show, the voice, where jobs run (batch) and how failures read."""


def _modules(stage: str) -> list[Path]:
    """The source files of one stage (a package or a single module)."""
    folder = PACKAGE / stage
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{stage}.py"]


def _imports(path: Path) -> set[str]:
    """Every module path.py imports (absolute names)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_other_stage(stage: str) -> None:
    files = _modules(stage)
    assert files and all(f.exists() for f in files), f"stage {stage} is missing"
    allowed_prefix = f"narrator.{stage}"
    for path in files:
        for name in _imports(path):
            if not name.startswith("narrator") or name.startswith(allowed_prefix):
                continue
            if name in SHARED or name in EXTRA_ALLOWED.get(stage, set()):
                continue
            owner = ".".join(name.split(".")[:2])
            if owner in SHARED or owner in EXTRA_ALLOWED.get(stage, set()):
                continue
            pytest.fail(f"{path.relative_to(PACKAGE)} imports {name}: stages talk only through narrator.pipeline")


def test_only_the_composition_root_calls_stages() -> None:
    stage_names = {f"narrator.{stage}" for stage in STAGES}
    outside = [path for path in PACKAGE.rglob("*.py")
               if path.relative_to(PACKAGE).parts[0].removesuffix(".py") not in {*STAGES, COMPOSITION_ROOT}]
    assert PACKAGE / "cli.py" in outside and (PACKAGE / COMPOSITION_ROOT / "__init__.py").is_file()
    for path in outside:
        if path == PACKAGE / "__init__.py":  # narrator.speakable: the normaliser as a public function
            continue
        for name in _imports(path):
            owner = ".".join(name.split(".")[:2])
            assert owner not in stage_names, \
                f"{path.relative_to(PACKAGE)} imports {name}: only narrator.{COMPOSITION_ROOT} may"


def test_only_the_cli_imports_click() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name == "cli.py":
            continue
        assert not any(n == "click" or n.startswith("click.") for n in _imports(path)), path


def test_library_code_does_not_print() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name == "cli.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "print"]
        assert not calls, f"{path.relative_to(PACKAGE)} prints; log instead"


def test_the_model_is_frozen_dataclasses() -> None:
    import dataclasses

    from narrator import model

    for name in ["Source", "Document", "Block", "Script", "Segment", "Take", "Takes", "Episode", "Audio"]:
        cls = getattr(model, name)
        assert dataclasses.is_dataclass(cls), name
        assert getattr(cls, "__dataclass_params__").frozen, name  # noqa: B009


LAZY_LIBRARIES = ["cssselect", "feedparser", "fsspec", "http.client", "http.server", "importlib.metadata", "lxml",
                  "markdown", "multiprocessing", "mutagen", "numpy", "PIL", "urllib.request", "yaml"]
"""Imported where they are used, never at start: each cost 4-70 ms of every command before the voice could load."""


def test_the_cli_starts_without_the_libraries_most_runs_never_use() -> None:
    code = "import sys, narrator.cli; print(' '.join(sorted(sys.modules)))"
    started = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(started.stdout.split())
    assert [name for name in LAZY_LIBRARIES if name in loaded] == []


def test_no_module_binds_one_of_its_constants_twice() -> None:
    """A second rule named like an earlier one replaced it silently: "€2,50" lost its cents to a new "_DECIMAL_COMMA"
    for measures. Every module-level name in capitals is bound once."""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])
            for target in targets:
                if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                    if target.id in seen:
                        twice.append(f"{path.relative_to(PACKAGE)}: {target.id}")
                    seen.add(target.id)
    assert not twice, twice

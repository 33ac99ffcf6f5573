"""The package's dependencies point one way: cli -> report/analyse -> store ->
pipeline -> stages -> model. A stage that reached up would tie the pipeline to
one front end; this walks every import and says where that happens."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "dyadscope"
STAGES = (
    "ingest", "segment", "mentions", "classify", "importers", "codes", "dictionaries", "surveys",
)  # fmt: skip
UPPER = ("store", "analyse", "report", "evaluate", "cli", "api", "pipeline")
# stages that must not know each other (they meet in pipeline.py)
SIBLINGS = {"ingest": ("segment", "mentions", "classify"), "segment": ("ingest", "mentions",
            "classify"), "mentions": ("ingest", "segment", "classify"), "classify": ("ingest",
            "segment", "mentions")}  # fmt: skip


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _dyadscope_parts(modules: set[str]) -> set[str]:
    return {m.split(".")[1] for m in modules if m.startswith("dyadscope.") and m.count(".") >= 1}


@pytest.mark.parametrize("stage", STAGES)
def test_stages_do_not_reach_up(stage: str) -> None:
    for path in (PACKAGE / stage).rglob("*.py"):
        reached = _dyadscope_parts(_imports(path)) & set(UPPER)
        assert not reached, f"{path.relative_to(PACKAGE)} imports {sorted(reached)}"


@pytest.mark.parametrize("stage", sorted(SIBLINGS))
def test_document_stages_do_not_import_each_other(stage: str) -> None:
    for path in (PACKAGE / stage).rglob("*.py"):
        crossed = _dyadscope_parts(_imports(path)) & set(SIBLINGS[stage])
        assert not crossed, f"{path.relative_to(PACKAGE)} imports {sorted(crossed)}"


def test_only_the_cli_talks_to_the_terminal() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "cli" in path.relative_to(PACKAGE).parts:
            continue
        modules = _imports(path)
        assert not {m for m in modules if m.split(".")[0] in {"typer", "rich"}}, path
        calls = [
            n
            for n in ast.walk(ast.parse(path.read_text("utf-8")))
            if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "print"
        ]
        assert not calls, f"{path.relative_to(PACKAGE)} prints"


# what a command may use: the API, the errors it raises, rendering, and the web front
# end that `dyadscope serve` starts
CLI_ALLOWED = {"api", "errors", "cli", "report", "serve"}
# the web front end, like the CLI, only goes through the API (issue 13)
SERVE_ALLOWED = {"api", "errors", "serve"}
WEB_LIBRARIES = {"fastapi", "starlette", "uvicorn"}


def test_the_cli_goes_through_the_api_only() -> None:
    for path in (PACKAGE / "cli").rglob("*.py"):
        reached = _dyadscope_parts(_imports(path)) - CLI_ALLOWED
        assert not reached, f"{path.relative_to(PACKAGE)} imports {sorted(reached)}"


def test_the_server_goes_through_the_api_only() -> None:
    paths = list((PACKAGE / "serve").rglob("*.py"))
    assert paths, "no dyadscope/serve package"
    for path in paths:
        reached = _dyadscope_parts(_imports(path)) - SERVE_ALLOWED
        assert not reached, f"{path.relative_to(PACKAGE)} imports {sorted(reached)}"


def test_only_the_server_imports_a_web_framework() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "serve" in path.relative_to(PACKAGE).parts:
            continue
        found = {m.split(".")[0] for m in _imports(path)} & WEB_LIBRARIES
        assert not found, f"{path.relative_to(PACKAGE)} imports {sorted(found)}"


def test_the_cli_and_the_api_load_heavy_libraries_only_when_a_command_needs_them() -> None:
    """``dyadscope --help`` must start fast: nothing imported at module level of the
    CLI or the API may pull in pandas, DuckDB, pyarrow, pypdf or trafilatura."""
    code = (
        "import sys, dyadscope.cli, dyadscope.api; "
        "heavy = {'pandas', 'duckdb', 'pyarrow', 'pypdf', 'trafilatura', 'numpy', 'pyspark', "
        "'polars', 'svy', 'pyreadstat', 'altair', 'vl_convert', 'fastapi', 'starlette', "
        "'uvicorn'}; "
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout

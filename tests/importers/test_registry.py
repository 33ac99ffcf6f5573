"""The registry of data sets: each is one module, found by discovery, with every hook.

A new data set must need nothing but its module, so one test writes a tiny data
set's module into a throwaway package and imports a file through it.
"""

from __future__ import annotations

import ast
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import MappingProxyType

import pytest

from dyadscope.errors import DyadscopeError, InputError
from dyadscope.importers import SOURCES, detect, registry, source_descriptions
from dyadscope.importers.lookups import Lookup
from dyadscope.store import Store
from dyadscope.store.importing import import_dataset

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "dyadscope"
NAMES = ["gdelt", "icews", "polecat", "comtrade", "sipri"]

# A whole data set: a layout, its detection, its SQL and a code table of its own.
TINY = """
from dyadscope.importers.layout import Layout, varchar
from dyadscope.importers.lookups import Lookup
from dyadscope.importers.source import Head, NotThisLayout, Source
from dyadscope.importers.sql import col, lit, read_csv, stable_id_sql

HEADER = ["id", "flow", "reporter", "partner", "value"]
FLOW = Lookup("_dy_tiny_flow", ("code", "indicator"), lambda: [("X", "exports")])


def detect(head: Head) -> Layout:
    if head.rows[0].split(",") != HEADER:
        raise NotThisLayout("not a tiny trade file")
    return Layout(
        source="tiny", name="tiny (5 columns)", dataset="tiny", target="observations",
        columns=varchar(HEADER, {"value": "DOUBLE"}), delim=",", header=True, quote='"',
        not_null=("value",),
    )


def select(path, layout, filters):
    return (
        f"SELECT {stable_id_sql(layout.dataset, col('id'))} AS id, f.indicator AS indicator, "
        f"{col('reporter')} AS reporter, {col('partner')} AS partner, {col('value')} AS value, "
        f"{lit(layout.dataset)} AS dataset, {col('id')} AS row_id "
        f"FROM {read_csv(path, layout)} AS r LEFT JOIN _dy_tiny_flow f ON f.code = {col('flow')}"
    )


SOURCE = Source(
    name="tiny", description="a three-row trade file", order=99,
    detect=detect, select=select, lookups=(FLOW,),
)
"""


@pytest.fixture()
def make_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[dict[str, str]], str]]:
    """Writes modules into a fresh importable package; returns the package's name."""
    made: list[str] = []
    monkeypatch.syspath_prepend(str(tmp_path))

    def make(modules: dict[str, str]) -> str:
        name = f"extra_sets_{uuid.uuid4().hex[:8]}"
        folder = tmp_path / name
        folder.mkdir()
        (folder / "__init__.py").write_text("", encoding="utf-8")
        for module, text in modules.items():
            (folder / f"{module}.py").write_text(textwrap.dedent(text), encoding="utf-8")
        made.append(name)
        return name

    yield make
    for name in list(sys.modules):
        if name.split(".")[0] in made:
            del sys.modules[name]


def test_sources_are_listed_in_order_with_a_line_each() -> None:
    assert list(SOURCES) == NAMES
    described = source_descriptions()
    assert [name for name, _ in described] == NAMES
    assert all(text and "\n" not in text for _, text in described)


@pytest.mark.parametrize("name", NAMES)
def test_every_source_is_one_module_with_every_hook(name: str) -> None:
    source = SOURCES[name]
    assert source.name == name
    assert sys.modules[f"dyadscope.importers.{name}"].SOURCE is source
    assert callable(source.detect) and callable(source.select)
    assert source.prepare is None or callable(source.prepare)
    assert source.lookups and all(isinstance(lookup, Lookup) for lookup in source.lookups)
    assert len({lookup.table for lookup in source.lookups}) == len(source.lookups)


def test_the_import_machinery_names_no_data_set() -> None:
    """Only a data set's own module may name it: the rest goes through the registry."""
    machinery = [PACKAGE / "store" / "importing.py", PACKAGE / "store" / "import_session.py"]
    machinery += [p for p in (PACKAGE / "importers").glob("*.py") if p.stem not in NAMES]
    for path in machinery:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert node.value.lower() not in NAMES, f"{path.name} names {node.value!r}"


def test_unknown_source_lists_the_known_ones(store: Store, datasets: Path) -> None:
    message = "unknown source 'acled' (one of gdelt, icews, polecat, comtrade, sipri)"
    with pytest.raises(DyadscopeError) as raised:
        import_dataset(store, "acled", [datasets / "icews"])
    assert str(raised.value) == message
    path = datasets / "icews" / "events.2018.fixture.tab"
    with pytest.raises(InputError) as wrong:
        detect("acled", path)
    assert str(wrong.value) == f"{path}: {message}"
    with pytest.raises(registry.UnknownSource):
        registry.get_source("acled")


def test_a_new_module_is_discovered_and_imports_a_file(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_package: Callable[[dict[str, str]], str],
) -> None:
    package = make_package({"tiny": TINY, "helpers": "WIDTH = 3\n"})  # helpers: no SOURCE
    found = registry.discover(package)
    assert list(found) == ["tiny"]
    monkeypatch.setattr(registry, "SOURCES", MappingProxyType({**registry.SOURCES, **found}))
    assert [name for name, _ in source_descriptions()] == [*NAMES, "tiny"]

    data = tmp_path / "trade.csv"
    data.write_text(
        "id,flow,reporter,partner,value\nr1,X,AZE,PAK,10\nr2,X,PAK,AZE,2.5\nr3,M,AZE,TUR,7\n",
        encoding="utf-8",
    )
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    summary = import_dataset(store, "tiny", [data, other])
    good, bad = summary.files
    assert (good.status, good.layout, good.rows_read, good.imported) == (
        "imported",
        "tiny (5 columns)",
        3,
        3,
    )
    assert (bad.status, bad.message) == ("failed", "not a tiny trade file")
    rows = store.con.execute(
        "SELECT row_id, indicator, reporter, partner, value FROM observations ORDER BY row_id"
    ).fetchall()
    assert rows == [
        ("r1", "exports", "AZE", "PAK", 10.0),
        ("r2", "exports", "PAK", "AZE", 2.5),
        ("r3", None, "AZE", "TUR", 7.0),
    ]
    left = store.con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = '_dy_tiny_flow'"
    ).fetchall()
    assert left == [(0,)]  # the lookup lived for the import only


def test_two_modules_claiming_one_name_are_refused(
    make_package: Callable[[dict[str, str]], str],
) -> None:
    package = make_package({"one": TINY, "two": TINY})
    with pytest.raises(ValueError, match="'tiny'"):
        registry.discover(package)

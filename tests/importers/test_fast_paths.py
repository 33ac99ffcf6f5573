"""What the fast import paths must keep: CAMEO fallback, fingerprints, session settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadscope.codes import cameo
from dyadscope.importers.gdelt import GDELT2_61
from dyadscope.store import Store, importing
from dyadscope.store.importing import import_dataset

from .conftest import event_rows

EXPORT = "gdelt/v2/20240106000000.export.CSV"
EVENT_CODE = GDELT2_61.index("EventCode")
GOLDSTEIN = GDELT2_61.index("GoldsteinScale")

# known codes, unknown sub-codes, a code longer than any known, not codes at all
CODES = ["057", "0431", "04311", "190", "1959", "20", "2099", "99", "2", "", "04a", "X12"]


def _first_row(datasets: Path) -> list[str]:
    return (datasets / EXPORT).read_text(encoding="utf-8").splitlines()[0].split("\t")


def test_cameo_mapping_in_sql_matches_codes_cameo(
    store: Store, datasets: Path, tmp_path: Path
) -> None:
    template = _first_row(datasets)
    lines = []
    for n, code in enumerate(CODES):
        fields = list(template)
        fields[0] = str(2000000 + n)
        fields[EVENT_CODE] = code
        fields[GOLDSTEIN] = ""  # no stated Goldstein score: the table's counts
        lines.append("\t".join(fields))
    path = tmp_path / "codes.export.CSV"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_dataset(store, "gdelt", [path])
    rows = event_rows(store, "gdelt2")
    for n, code in enumerate(CODES):
        row = rows[str(2000000 + n)]
        want = cameo(code)
        assert row["kind"] == (want.kind if want else "other"), code
        assert row["plover"] == (want.plover if want else None), code
        assert row["domain"] == (want.domain if want else "other"), code
        assert row["goldstein"] == (want.goldstein if want else None), code


def test_same_size_other_content_is_imported(store: Store, datasets: Path, tmp_path: Path) -> None:
    original = (datasets / EXPORT).read_text(encoding="utf-8")
    first, second = tmp_path / "a.export.CSV", tmp_path / "b.export.CSV"
    first.write_text(original, encoding="utf-8")
    second.write_text(original.replace("1000001", "1000091"), encoding="utf-8")
    assert first.stat().st_size == second.stat().st_size
    import_dataset(store, "gdelt", [first])
    [result] = import_dataset(store, "gdelt", [second]).files
    assert result.status == "imported" and result.imported == 6
    assert "1000091" in event_rows(store, "gdelt2")
    [again] = import_dataset(store, "gdelt", [second]).files
    assert again.status == "already imported"
    fingerprints = store.con.execute("SELECT fingerprint FROM imports").fetchall()
    assert len(set(fingerprints)) == 2


def test_unreadable_file_while_hashing_fails_cleanly(
    store: Store, datasets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> object:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(importing, "facts", broken)
    [result] = import_dataset(store, "gdelt", [datasets / EXPORT]).files
    assert result.status == "failed" and "Input/output error" in result.message
    assert store.con.execute("SELECT count(*) FROM events").fetchall() == [(0,)]
    assert store.con.execute("SELECT count(*) FROM imports").fetchall() == [(0,)]


def test_session_settings_are_restored(store: Store, datasets: Path) -> None:
    con = store.con
    names = ("memory_limit", "disabled_optimizers", "preserve_insertion_order")

    def settings() -> list[object]:
        return [con.execute("SELECT current_setting(?)", [n]).fetchall()[0][0] for n in names]

    defaults = settings()
    import_dataset(store, "gdelt", [datasets / EXPORT])
    assert settings() == defaults
    con.execute("SET disabled_optimizers = 'late_materialization'")
    con.execute("SET preserve_insertion_order = false")
    chosen = settings()
    import_dataset(store, "gdelt", [datasets / "gdelt/v2"])
    assert settings() == chosen

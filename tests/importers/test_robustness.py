"""Zips, bad files, repeated and interrupted imports."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from dyadscope.errors import DyadscopeError, InputError
from dyadscope.store import Store, importing
from dyadscope.store.importing import import_dataset, parse_bound

from .conftest import event_rows

EXPORT = "gdelt/v2/20240106000000.export.CSV"


def _counts(store: Store) -> tuple[int, int, int]:
    row = store.con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM quarantine), "
        "(SELECT count(*) FROM imports)"
    ).fetchall()[0]
    assert row is not None
    return (int(row[0]), int(row[1]), int(row[2]))


def test_zipped_file_imports_like_the_plain_one(
    store: Store, datasets: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "20240106000000.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.write(datasets / EXPORT, "20240106000000.export.CSV")
    [result] = import_dataset(store, "gdelt", [archive]).files
    assert (result.status, result.imported, result.quarantined) == ("imported", 6, 5)
    assert store.con.execute("SELECT DISTINCT path FROM quarantine").fetchall() == [(str(archive),)]


def test_truncated_zip_is_quarantined_and_the_rest_goes_on(
    store: Store, datasets: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = folder / "a.export.CSV.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as out:
        out.write(datasets / EXPORT, "a.export.CSV")
    bad = folder / "b.export.CSV.zip"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    later = folder / "c.export.CSV"
    shutil.copy(datasets / "gdelt/v2/20240107000000.export.CSV", later)
    summary = import_dataset(store, "gdelt", [folder])
    assert [f.status for f in summary.files] == ["imported", "failed", "imported"]
    assert "zip" in summary.files[1].message
    reason = store.con.execute(
        "SELECT reason FROM quarantine WHERE path = ?", [str(bad)]
    ).fetchall()[0]
    assert reason is not None and "truncated or corrupt zip" in str(reason[0])
    assert summary.total("imported") == 8
    before = _counts(store)
    again = import_dataset(store, "gdelt", [folder])
    assert [f.status for f in again.files] == ["already imported", "failed", "already imported"]
    assert _counts(store) == before  # the bad zip is not quarantined twice


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty file"), (b"\x00\x01\x02binary\x00", "binary"), (b"a\tb\tc\n", "3 tab-separated")],
)
def test_unusable_files_get_one_line_reasons(
    store: Store, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "x.CSV"
    path.write_bytes(content)
    [result] = import_dataset(store, "gdelt", [path]).files
    assert result.status == "failed" and reason in result.message
    assert "\n" not in result.message


def test_wrong_source_for_the_file(store: Store, datasets: Path) -> None:
    [result] = import_dataset(store, "icews", [datasets / EXPORT]).files
    assert result.status == "failed" and "ICEWS" in result.message


def test_missing_path_and_unknown_source(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        import_dataset(store, "gdelt", [tmp_path / "nope.csv"])
    with pytest.raises(DyadscopeError, match="unknown source"):
        import_dataset(store, "acled", [tmp_path])


def test_invalid_utf8_row_is_quarantined(store: Store, datasets: Path, tmp_path: Path) -> None:
    lines = (datasets / EXPORT).read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b"PAKISTAN", b"PAK\xff\xfeSTAN")
    path = tmp_path / "enc.export.CSV"
    path.write_bytes(b"\n".join(lines))
    [result] = import_dataset(store, "gdelt", [path]).files
    assert result.status == "imported"
    rows = store.con.execute("SELECT line, reason FROM quarantine ORDER BY line").fetchall()
    assert rows[0][0] == 2 and "encoding" in str(rows[0][1]).lower()
    assert "1000001" in event_rows(store, "gdelt2")


def test_importing_twice_changes_nothing(store: Store, datasets: Path) -> None:
    import_dataset(store, "gdelt", [datasets / "gdelt/v2"])
    before = _counts(store)
    summary = import_dataset(store, "gdelt", [datasets / "gdelt/v2"])
    assert [f.status for f in summary.files] == ["already imported"] * 2
    assert _counts(store) == before
    # a filtered import of a file already imported whole is a no-op too
    import_dataset(store, "gdelt", [datasets / EXPORT], pair=("AZE", "PAK"))
    assert _counts(store) == before


def test_wider_import_after_a_filtered_one_adds_only_new_rows(store: Store, datasets: Path) -> None:
    import_dataset(store, "gdelt", [datasets / EXPORT], pair=("AZE", "PAK"))
    assert len(event_rows(store, "gdelt2")) == 4
    import_dataset(store, "gdelt", [datasets / EXPORT])
    ids = store.con.execute("SELECT id FROM events").fetchall()
    assert len(ids) == len(set(ids)) == 6


def test_interrupted_folder_import_resumes(
    store: Store, datasets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = datasets / "gdelt/v2"
    real = importing._insert
    calls = {"n": 0}

    def crash_on_second(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "_insert", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        import_dataset(store, "gdelt", [folder])
    assert len(event_rows(store, "gdelt2")) == 6  # first file committed, second rolled back
    monkeypatch.setattr(importing, "_insert", real)
    summary = import_dataset(store, "gdelt", [folder])
    assert [f.status for f in summary.files] == ["already imported", "imported"]
    assert len(event_rows(store, "gdelt2")) == 8
    assert store.con.execute("SELECT count(*) FROM quarantine").fetchall() == [(5,)]


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2014", False, "2014-01-01"),
        ("2014", True, "2014-12-31"),
        ("2016-02", True, "2016-02-29"),
        ("2016-02-10", True, "2016-02-10"),
    ],
)
def test_parse_bound(text: str, end: bool, expected: str) -> None:
    bound = parse_bound(text, end=end)
    assert bound is not None and bound.isoformat() == expected


@pytest.mark.parametrize("text", ["14", "2014-13", "2014/01", "2014-02-30"])
def test_parse_bound_rejects(text: str) -> None:
    with pytest.raises(DyadscopeError):
        parse_bound(text, end=False)


def test_oversized_line_and_unterminated_quote(
    store: Store, datasets: Path, tmp_path: Path
) -> None:
    lines = (datasets / EXPORT).read_text(encoding="utf-8").split("\n")
    lines[2] = lines[2].replace("UNITED STATES", "X" * 5_000_000)
    huge = tmp_path / "huge.export.CSV"
    huge.write_text("\n".join(lines), encoding="utf-8")
    rows = (datasets / "comtrade/current.csv").read_bytes().split(b"\r\n")
    rows[2] = rows[2].replace(b'"TUR"', b'"TUR', 1)
    quoted = tmp_path / "quote.csv"
    quoted.write_bytes(b"\r\n".join(rows))
    [big] = import_dataset(store, "gdelt", [huge]).files
    [trade] = import_dataset(store, "comtrade", [quoted]).files
    assert (big.imported, big.quarantined) == (5, 6)
    assert (trade.imported, trade.quarantined) == (3, 2)
    found = store.con.execute(
        "SELECT path, line, reason, length(content) FROM quarantine WHERE line = 3 ORDER BY path"
    ).fetchall()
    assert [(Path(p).name, line) for p, line, _, _ in found] == [
        ("huge.export.CSV", 3),
        ("quote.csv", 3),
    ]
    assert "line size" in found[0][2] and found[0][3] < 10_000
    assert "unterminated quote" in found[1][2]


def test_on_file_reports_each_file_as_it_is_done(store: Store, datasets: Path) -> None:
    seen: list[str] = []
    summary = import_dataset(
        store, "gdelt", [datasets / "gdelt/v2"], on_file=lambda r: seen.append(Path(r.path).name)
    )
    assert (
        seen
        == [Path(f.path).name for f in summary.files]
        == [
            "20240106000000.export.CSV",
            "20240107000000.export.CSV",
        ]
    )

"""File handling under the importers: listing, fingerprints, sniffing, layout detection."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dyadscope.errors import InputError
from dyadscope.importers import detect
from dyadscope.importers.files import expand, facts, sniff


def test_facts_hash_and_count_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.tsv"
    content = b"one\ntwo\nthree"  # no final newline: still three lines
    path.write_bytes(content)
    got = facts(path)
    assert got.lines == 3 and got.size == 13
    assert got.fingerprint == "13:" + hashlib.sha256(content).hexdigest()
    path.write_bytes(b"one\ntwo\n")
    assert facts(path).lines == 2


def test_expand_walks_folders_in_order_and_skips_readmes(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.CSV", "1.CSV", "README.md", ".hidden", "b/LICENSE"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in expand([tmp_path])] == ["1.CSV", "b/2.CSV"]
    with pytest.raises(InputError, match="no such file"):
        expand([tmp_path / "missing"])


def test_sniff_picks_latin1_only_when_utf8_fails(tmp_path: Path) -> None:
    utf8 = tmp_path / "u.csv"
    utf8.write_bytes("a,Türkiye\n".encode())
    latin = tmp_path / "l.csv"
    latin.write_bytes("a,Türkiye\n".encode("latin-1"))
    assert sniff(utf8) == (["a,Türkiye"], "utf-8")
    assert sniff(latin) == (["a,Türkiye"], "latin-1")


def test_detect_names_layouts(datasets: Path) -> None:
    assert detect("gdelt", datasets / "gdelt/v2/20240107000000.export.CSV").dataset == "gdelt2"
    v1 = detect("gdelt", datasets / "gdelt/v1/20130205.export.CSV")
    assert v1.dataset == "gdelt1" and v1.alternate is not None
    assert detect("gdelt", datasets / "gdelt/mentions/20240106000000.mentions.CSV").target == (
        "mentions"
    )
    current = detect("comtrade", datasets / "comtrade/current.csv")
    assert current.encoding == "latin-1" and current.column_names[-1] == "_trailing"
    sipri = detect("sipri", datasets / "sipri/trade-register-fixture.csv")
    assert sipri.skip == 3 and sipri.encoding == "latin-1"
    with pytest.raises(InputError, match="not the ICEWS"):
        detect("icews", datasets / "sipri/trade-register-fixture.csv")

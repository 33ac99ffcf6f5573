"""The code tables: CAMEO events, actor codes, country names, Comtrade areas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from dyadscope.codes import (
    CAMEO_ROOT_NAMES,
    cameo,
    cameo_actor,
    cameo_codes,
    comtrade_iso3,
    country_iso3,
    country_name,
)
from dyadscope.model import DOMAINS, PLOVER_TYPES, SPEC_KINDS


def test_codes_are_strings_and_leading_zero_matters() -> None:
    assert cameo("010").name == "Make statement"  # type: ignore[union-attr]
    assert cameo("10").name == "Demand"  # type: ignore[union-attr]
    assert cameo("010") != cameo("10")


@pytest.mark.parametrize(
    ("code", "kind", "plover", "domain", "quad"),
    [
        ("057", "agreement_signed", "AGREE", "diplomatic", 1),
        ("046", "negotiation", "CONSULT", "diplomatic", 1),
        ("042", "visit", "CONSULT", "diplomatic", 1),
        ("043", "visit", "CONSULT", "diplomatic", 1),
        ("040", "meeting", "CONSULT", "diplomatic", 1),
        ("044", "meeting", "CONSULT", "diplomatic", 1),
        ("054", "recognition", "SUPPORT", "diplomatic", 1),
        ("051", "support_statement", "SUPPORT", "diplomatic", 1),
        ("0312", "arms_interest", "AGREE", "military", 1),
        ("061", "economic_cooperation", "COOPERATE", "economic", 2),
        ("062", "other", "COOPERATE", "military", 2),
        ("071", "aid_project", "AID", "economic", 2),
        ("073", "aid_project", "AID", "humanitarian_cultural", 2),
        ("074", "aid_project", "AID", "military", 2),
        ("111", "criticism_hostility", "ACCUSE", "diplomatic", 3),
        ("138", "criticism_hostility", "THREATEN", "military", 3),
        ("02", "invitation", "REQUEST", "diplomatic", 1),
        ("12", "non_recognition", "REJECT", "diplomatic", 3),
        ("120", "other", "REJECT", "diplomatic", 3),
        ("190", "other", "ASSAULT", "military", 4),
        ("163", "other", "SANCTION", "economic", 4),
    ],
)
def test_mappings(code: str, kind: str, plover: str, domain: str, quad: int) -> None:
    row = cameo(code)
    assert row is not None
    assert (row.kind, row.plover, row.domain, row.quad_class) == (kind, plover, domain, quad)


def test_goldstein_scores_from_the_table() -> None:
    assert cameo("057").goldstein == 8.0  # type: ignore[union-attr]
    assert cameo("042").goldstein == 1.9  # type: ignore[union-attr]
    assert cameo("20").goldstein == -10.0  # type: ignore[union-attr]


def test_unknown_subcode_falls_back_to_parent_and_says_so() -> None:
    row = cameo("0439")
    assert row is not None and row.code == "043"
    assert "199" not in cameo_codes()
    assert cameo("1999").code == "19"  # type: ignore[union-attr]
    assert cameo("0311").code == "0311"  # type: ignore[union-attr]
    assert cameo("99") is None
    assert cameo("") is None
    assert cameo(None) is None
    assert cameo("abc") is None
    assert cameo("4") is None


def test_table_is_complete_and_consistent() -> None:
    table = cameo_codes()
    assert len(CAMEO_ROOT_NAMES) == 20
    assert len(table) >= 300
    for code, row in table.items():
        assert row.code == code and code.isdigit()
        assert row.kind in SPEC_KINDS
        assert row.domain in DOMAINS
        assert row.plover is None or row.plover in PLOVER_TYPES
        root = int(code[:2])
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert row.quad_class == expected
        assert -10.0 <= row.goldstein <= 10.0
        if len(code) > 2:
            assert code[:-1] in table or code[:2] in table


def test_every_code_of_the_source_table_is_present(shared: Path) -> None:
    raw = (shared / "benchmarks/cameo/cameo-codes.csv").read_bytes().decode("utf-8", "replace")
    codes = {row["code"] for row in csv.DictReader(io.StringIO(raw))}
    assert codes <= set(cameo_codes())
    for row in csv.DictReader(io.StringIO(raw)):
        assert cameo(row["code"]).goldstein == float(row["goldstein"])  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("PAKMIL", ("PAK", "MIL")),
        ("AZEGOV", ("AZE", "GOV")),
        ("USA", ("USA", None)),
        ("IGOUNO", ("UN", "IGO")),
        ("IGOEUREEC", ("EU", "IGO")),
        ("IGOUNODEVWBK", ("WB", "IGO")),
        ("IGOXYZ", (None, "IGO")),
        ("GOV", (None, "GOV")),
        ("AFR", (None, None)),
        ("EURGOV", (None, "GOV")),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_cameo_actor(code: str | None, expected: tuple[str | None, str | None]) -> None:
    assert cameo_actor(code) == expected


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Azerbaijan", "AZE"),
        ("Pakistan", "PAK"),
        ("Russian Federation", "RUS"),
        ("Moldova, Republic of", "MDA"),
        ("the former Yugoslav Republic of Macedonia", "MKD"),
        ("Occupied Palestinian Territory", "PSE"),
        ("Turkiye", "TUR"),
        ("Soviet Union", "SUN"),
        ("Czechoslovakia", "CSK"),
        ("East Germany (GDR)", "DDR"),
        ("  united   states ", "USA"),
        ("Libya HoR*", "LBY"),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_country_iso3(name: str, iso3: str | None) -> None:
    assert country_iso3(name) == iso3


def test_canonical_names() -> None:
    assert country_name("PAK") == "Pakistan"
    assert country_name("rus") == "Russia"
    assert country_name("XXX") is None


@pytest.mark.parametrize(
    ("code", "iso3"),
    [
        (31, "AZE"),
        ("586", "PAK"),
        (699, "IND"),
        (842, "USA"),
        (810, "SUN"),
        (891, "SCG"),
        (490, "S19"),
        (97, "EUR"),
        (0, "WLD"),
        (899, None),
        ("x", None),
        (None, None),
    ],
)
def test_comtrade_areas(code: object, iso3: str | None) -> None:
    assert comtrade_iso3(code) == iso3  # type: ignore[arg-type]


def test_icews_sample_countries_all_resolve(shared: Path) -> None:
    path = shared / "data/icews/events.2018.sample.tab"
    names: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        for row in reader:
            names.update(n for n in (row[4], row[10], row[17]) if n and n != "NA")
    assert names
    assert {n for n in names if country_iso3(n) is None} == set()

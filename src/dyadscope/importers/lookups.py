"""Code tables the data-set mappings join, and the SQL that joins them.

The store loads the lookups a source names as temporary tables for the length of
an import, so that mapping a file is one set-based INSERT ... SELECT. The rows
come from the package's code tables (``dyadscope/data``), read through
``dyadscope.codes``; tables only one data set needs live in its own module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dyadscope.codes import cameo, cameo_codes
from dyadscope.codes.tables import read_table

CAMEO_DIGITS = 4  # the longest CAMEO event code

Row = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Lookup:
    """A temporary table ``table`` with ``columns``, filled with ``rows()``."""

    table: str
    columns: tuple[str, ...]
    rows: Callable[[], list[Row]]


def keyed(file_name: str, key: str, value: str) -> list[Row]:
    """(lower-cased ``key``, ``value``) of a code table, first row of each key kept."""
    found: dict[str, str] = {}
    for row in read_table(file_name):
        found.setdefault(row[key].lower(), row[value])
    return list(found.items())


def _cameo_rows() -> list[Row]:
    """Every digit string of 2 to 4 characters that ``codes.cameo`` resolves, with the
    row it resolves to: one equality join then maps a code, falling back like
    ``codes.cameo`` (a join on the code, then on its parent, costs three hash joins
    whose build side is the whole file)."""
    if max(len(code) for code in cameo_codes()) > CAMEO_DIGITS:
        raise ValueError(f"CAMEO codes longer than {CAMEO_DIGITS} digits")
    rows: list[Row] = []
    for length in range(2, CAMEO_DIGITS + 1):
        for number in range(10**length):
            code = f"{number:0{length}d}"
            row = cameo(code)
            if row is not None:
                rows.append((code, row.plover, row.kind, row.domain, row.goldstein, row.quad_class))
    return rows


def _country_rows() -> list[Row]:
    """(ISO3, canonical name): the first name the table gives a code."""
    found: dict[str, str] = {}
    for row in read_table("country_names.tsv"):
        found.setdefault(row["iso3"], row["name"])
    return list(found.items())


def _country_key_rows() -> list[Row]:
    """(name key, ISO3) for every spelling; the key is what ``name_key`` makes in SQL."""
    found: dict[str, str] = {}
    for row in read_table("country_names.tsv"):
        found.setdefault(row["name"].strip().rstrip("*").lower(), row["iso3"])
    return list(found.items())


CAMEO = Lookup(
    "_dy_cameo", ("code", "plover", "kind", "domain", "goldstein", "quad_class"), _cameo_rows
)
COUNTRY = Lookup("_dy_country", ("iso3", "name"), _country_rows)
COUNTRY_KEY = Lookup("_dy_country_key", ("key", "iso3"), _country_key_rows)
ORGANISATION = Lookup(
    "_dy_org", ("key", "code"), lambda: keyed("organisations.tsv", "name", "code")
)


def name_key(expr: str) -> str:
    """SQL normalising a country name the way ``_dy_country_key.key`` is."""
    return f"lower(rtrim(trim({expr}), '*'))"


def cameo_joins(code: str) -> str:
    """One LEFT JOIN (alias c) of the resolved-code table: unknown sub-codes fall back
    like ``codes.cameo``; a code longer than any known one falls back to its parent."""
    key = f"CASE WHEN length({code}) > {CAMEO_DIGITS} THEN left({code}, 3) ELSE {code} END"
    return f"LEFT JOIN _dy_cameo c ON c.code = {key}\n"


def cam(field: str) -> str:
    """The CAMEO table field of the code found by ``cameo_joins``."""
    return f"c.{field}"

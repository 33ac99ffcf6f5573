"""SQL shared by the data-set loaders: the CSV reader call, lookup tables, filters.

Lookups (CAMEO codes, country names, sectors) are loaded once per import as
temporary tables so that the mapping is one set-based INSERT ... SELECT.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

from dyadscope.codes import cameo, cameo_codes
from dyadscope.codes.tables import read_table
from dyadscope.importers.layout import Layout

REJECTS = "_dy_rejects"
REJECT_SCANS = "_dy_reject_scans"
CAMEO_DIGITS = 4  # the longest CAMEO event code


@dataclass(frozen=True, slots=True)
class Filters:
    """What to keep: a dyad (either direction) and an inclusive date range."""

    pair: tuple[str, str] | None = None
    since: date | None = None
    until: date | None = None

    def describe(self) -> str:
        parts = []
        if self.pair:
            parts.append("pair=" + ",".join(sorted(self.pair)))
        if self.since:
            parts.append(f"since={self.since.isoformat()}")
        if self.until:
            parts.append(f"until={self.until.isoformat()}")
        return " ".join(parts) or "all"


def lit(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def col(name: str) -> str:
    """A source column reference of the read relation ``r``."""
    return "r." + ident(name)


def read_csv(path: str, layout: Layout) -> str:
    """The ``read_csv`` call for ``layout``: explicit columns, rejects stored."""
    columns = ", ".join(f"{lit(n)}: {lit(t)}" for n, t in layout.columns)
    opts = [
        f"delim={lit(layout.delim)}",
        f"header={'true' if layout.header else 'false'}",
        f"quote={lit(layout.quote)}",
        f"escape={lit(layout.quote)}",
        f"encoding={lit(layout.encoding)}",
        "auto_detect=false",
        f"columns={{{columns}}}",
        "store_rejects=true",
        f"rejects_table={lit(REJECTS)}",
        f"rejects_scan={lit(REJECT_SCANS)}",
        "max_line_size=4194304",
    ]
    if layout.skip:
        opts.append(f"skip={layout.skip}")
    if layout.dateformat:
        opts.append(f"dateformat={lit(layout.dateformat)}")
    if layout.not_null:
        opts.append("force_not_null=[" + ", ".join(lit(n) for n in layout.not_null) + "]")
    opts.append("nullstr=[" + ", ".join(lit(n) for n in layout.nullstr) + "]")
    return f"read_csv({lit(path)}, {', '.join(opts)})"


def stable_id_sql(dataset: str, row_id_sql: str, *, plain: bool = False) -> str:
    """SQL equal to ``model.stable_id(dataset, row_id)`` for ASCII row ids.

    ``plain``: the row id needs no JSON escaping (a number cast to text), so the
    payload is a constant prefix and suffix around it, not two JSON encodings a row.
    """
    if plain:
        prefix = json.dumps([dataset, ""])[:-2]  # '["gdelt2", "'
        payload = f"{lit(prefix)} || {row_id_sql} || '\"]'"
    else:
        payload = f"'[' || to_json({lit(dataset)}::VARCHAR) || ', ' || to_json({row_id_sql}) || ']'"
    return f"substr(sha256({payload}), 1, 16)"


def _cameo_frame() -> pd.DataFrame:
    """Every digit string of 2 to 4 characters that ``codes.cameo`` resolves, with the
    row it resolves to: one equality join then maps a code, falling back like
    ``codes.cameo`` (a join on the code, then on its parent, costs three hash joins
    whose build side is the whole file)."""
    if max(len(code) for code in cameo_codes()) > CAMEO_DIGITS:
        raise ValueError(f"CAMEO codes longer than {CAMEO_DIGITS} digits")
    rows = []
    for length in range(2, CAMEO_DIGITS + 1):
        for number in range(10**length):
            code = f"{number:0{length}d}"
            row = cameo(code)
            if row is not None:
                rows.append((code, row.plover, row.kind, row.domain, row.goldstein, row.quad_class))
    return pd.DataFrame(
        rows, columns=["code", "plover", "kind", "domain", "goldstein", "quad_class"]
    )


def _tsv_frame(name: str) -> pd.DataFrame:
    return pd.DataFrame(read_table(name))


def load_lookups(con: duckdb.DuckDBPyConnection) -> None:
    """Temporary lookup tables: CAMEO codes, countries, name keys, sectors, Comtrade areas."""
    cameo = _cameo_frame()
    names = _tsv_frame("country_names.tsv")
    canonical = names.drop_duplicates("iso3")[["iso3", "name"]]
    keys = names.assign(key=names["name"].str.strip().str.rstrip("*").str.lower())
    keys = keys.drop_duplicates("key")[["key", "iso3"]]
    areas = _tsv_frame("comtrade_areas.tsv")
    areas = areas[areas["iso3"] != ""].assign(code=lambda f: f["code"].astype(int))
    orgs = _tsv_frame("organisations.tsv")
    orgs = orgs.assign(key=orgs["name"].str.lower()).drop_duplicates("key")
    sectors = _tsv_frame("icews_sectors.tsv")
    sectors = sectors.assign(key=sectors["name"].str.lower()).drop_duplicates("key")
    for table, frame in (
        ("_dy_cameo", cameo),
        ("_dy_country", canonical),
        ("_dy_country_key", keys),
        ("_dy_sector", sectors[["key", "sector"]]),
        ("_dy_comtrade", areas[["code", "iso3"]]),
        ("_dy_org", orgs[["key", "code"]]),
    ):
        con.register("_dy_frame", frame)
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM _dy_frame")
        finally:
            con.unregister("_dy_frame")


def drop_lookups(con: duckdb.DuckDBPyConnection) -> None:
    for table in (
        "_dy_cameo",
        "_dy_country",
        "_dy_country_key",
        "_dy_sector",
        "_dy_comtrade",
        "_dy_org",
    ):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def name_key(expr: str) -> str:
    """SQL normalising a country name the way ``_dy_country_key.key`` is."""
    return f"lower(rtrim(trim({expr}), '*'))"


def pair_keys(con: duckdb.DuckDBPyConnection, pair: tuple[str, str]) -> list[str]:
    """Every name key that resolves to one of the pair's codes (for push-down filters)."""
    rows = con.execute(
        "SELECT key FROM _dy_country_key WHERE iso3 IN (?, ?)", [pair[0], pair[1]]
    ).fetchall()
    return [str(r[0]) for r in rows]


def pair_sql(a: str, b: str, pair: tuple[str, str]) -> str:
    """Either direction of the dyad on two code expressions."""
    x, y = lit(pair[0]), lit(pair[1])
    return f"(({a} = {x} AND {b} = {y}) OR ({a} = {y} AND {b} = {x}))"


def in_list(expr: str, values: list[str]) -> str:
    if not values:
        return "FALSE"
    return f"{expr} IN ({', '.join(lit(v) for v in values)})"


def day_event_columns(event_date: str, dataset: str, row_id: str, extra: str) -> dict[str, str]:
    """The columns every day-dated data-set event row fills alike (ICEWS, POLECAT)."""
    day = f"strftime({event_date}, '%Y-%m-%d')"
    return {
        "others": "'[]'",
        "date_start": day,
        "date_precision": "'day'",
        "date_text": day,
        "day": event_date,
        "quantities": "'[]'",
        "citations": "'[]'",
        "dataset": lit(dataset),
        "row_id": row_id,
        "confidence": "0.5",
        "extra": f"CAST(json_object({extra}) AS VARCHAR)",
    }


def date_range_sql(expr: str, filters: Filters) -> list[str]:
    clauses = []
    if filters.since:
        clauses.append(f"{expr} >= DATE {lit(filters.since.isoformat())}")
    if filters.until:
        clauses.append(f"{expr} <= DATE {lit(filters.until.isoformat())}")
    return clauses


def cameo_joins(code: str) -> str:
    """One LEFT JOIN (alias c) of the resolved-code table: unknown sub-codes fall back
    like ``codes.cameo``; a code longer than any known one falls back to its parent."""
    key = f"CASE WHEN length({code}) > {CAMEO_DIGITS} THEN left({code}, 3) ELSE {code} END"
    return f"LEFT JOIN _dy_cameo c ON c.code = {key}\n"


def cam(field: str) -> str:
    """The CAMEO table field of the code found by ``cameo_joins``."""
    return f"c.{field}"

"""UN Comtrade CSV: the legacy API/"classic" 35-column export and the current API's
47-column camelCase export (often with a trailing comma).

Both have a header row; the value column is typed so a row without a numeric
value is rejected with its line number. Rows map onto observations (exports /
imports / re-exports ... seen from the reporter). Only total rows are kept (all
customs procedures, all modes of transport, no second partner): breakdown rows
would double-count; they are counted as skipped.
"""

from __future__ import annotations

import csv

from dyadscope.codes.tables import read_table
from dyadscope.importers.layout import Layout, varchar
from dyadscope.importers.lookups import COUNTRY, Lookup
from dyadscope.importers.source import Head, NotThisLayout, Source
from dyadscope.importers.sql import (
    Filters,
    col,
    lit,
    pair_sql,
    read_csv,
    stable_id_sql,
)

LEGACY_REQUIRED = (
    "Year",
    "Period",
    "Trade Flow Code",
    "Trade Flow",
    "Reporter Code",
    "Reporter ISO",
    "Partner Code",
    "Partner ISO",
    "Commodity Code",
    "Commodity",
    "Trade Value (US$)",
)
CURRENT_REQUIRED = (
    "refYear",
    "refMonth",
    "period",
    "reporterCode",
    "reporterISO",
    "flowCode",
    "partnerCode",
    "partnerISO",
    "cmdCode",
    "primaryValue",
)
LEGACY_VALUE = "Trade Value (US$)"
CURRENT_VALUE = "primaryValue"


def _areas() -> list[tuple[object, ...]]:
    """(Comtrade area number, ISO3) of the areas that are one state (not aggregates)."""
    return [(int(r["code"]), r["iso3"]) for r in read_table("comtrade_areas.tsv") if r["iso3"]]


AREAS = Lookup("_dy_comtrade", ("code", "iso3"), _areas)


def _fields(line: str) -> int:
    return len(next(csv.reader([line]), []))


def detect(head: Head) -> Layout:
    """The layout named by the header; the first data row tells a trailing comma."""
    first = head.rows[0]
    data = _fields(head.rows[1] if len(head.rows) > 1 else first)
    layout = _layout_of(first, data, head.encoding)
    if layout is None:
        raise NotThisLayout("header is neither the legacy nor the current Comtrade layout")
    return layout


def _layout_of(first_line: str, data_fields: int, encoding: str) -> Layout | None:
    """The Comtrade layout named by the header, or None; a data row one field longer
    than the header (trailing comma) gets an extra unnamed column."""
    names = next(csv.reader([first_line.rstrip("\r\n")]))
    names = [n.strip() for n in names]
    if all(r in names for r in CURRENT_REQUIRED):
        kind, value, label = "current", CURRENT_VALUE, "comtrade-current"
    elif all(r in names for r in LEGACY_REQUIRED):
        kind, value, label = "legacy", LEGACY_VALUE, "comtrade-legacy"
    else:
        return None
    trailing = data_fields == len(names) + 1
    if trailing:
        names.append("_trailing")
    note = ", trailing comma" if trailing else ""
    return Layout(
        source="comtrade",
        name=f"{label} ({len(names) - trailing} columns{note})",
        dataset="comtrade",
        target="observations",
        columns=varchar(names, {value: "DOUBLE"}),
        delim=",",
        header=True,
        quote='"',
        encoding=encoding,
        not_null=(value,),
        notes=(kind,),
    )


# flow text or code -> indicator
FLOWS = {
    "IMPORT": "imports", "M": "imports", "1": "imports",
    "EXPORT": "exports", "X": "exports", "2": "exports",
    "RE-EXPORT": "re_exports", "RX": "re_exports", "3": "re_exports",
    "RE-IMPORT": "re_imports", "RM": "re_imports", "4": "re_imports",
    "DX": "domestic_exports", "FM": "foreign_imports",
}  # fmt: skip

LEGACY = {
    "year": "Year", "period": "Period", "flow": "Trade Flow", "flow_code": "Trade Flow Code",
    "rep_code": "Reporter Code", "rep_iso": "Reporter ISO", "rep_name": "Reporter",
    "par_code": "Partner Code", "par_iso": "Partner ISO", "par_name": "Partner",
    "par2": "2nd Partner Code", "customs": "Customs Proc. Code", "mot": "Mode of Transport Code",
    "cmd": "Commodity Code", "cmd_desc": "Commodity", "class": "Classification",
    "value": "Trade Value (US$)", "flag": "Flag", "qty": "Qty", "qty_unit": "Qty Unit",
    "netweight": "Netweight (kg)",
}  # fmt: skip
CURRENT = {
    "year": "refYear", "month": "refMonth", "period": "period", "flow": "flowCode",
    "flow_code": "flowDesc", "rep_code": "reporterCode", "rep_iso": "reporterISO",
    "rep_name": "reporterDesc", "par_code": "partnerCode", "par_iso": "partnerISO",
    "par_name": "partnerDesc", "par2": "partner2Code", "customs": "customsCode",
    "mot": "motCode", "cmd": "cmdCode", "cmd_desc": "cmdDesc", "class": "classificationCode",
    "value": "primaryValue", "flag": "legacyEstimationFlag", "qty": "qty",
    "qty_unit": "qtyUnitAbbr", "netweight": "netWgt",
}  # fmt: skip


def _c(names: dict[str, str], present: set[str], key: str) -> str:
    name = names.get(key)
    return col(name) if name and name in present else "NULL"


def _party(code: str, iso: str) -> str:
    """A valid ISO3 from the file, else the Comtrade area number mapped to ISO3."""
    return (
        f"coalesce((SELECT iso3 FROM _dy_country WHERE iso3 = upper(trim({iso}))), "
        f"(SELECT iso3 FROM _dy_comtrade WHERE code = TRY_CAST({code} AS INTEGER)), "
        f"nullif(upper(trim({iso})), ''))"
    )


def observations_select(path: str, layout: Layout, filters: Filters) -> str:
    """SELECT producing observations-table columns from one Comtrade file."""
    present = set(layout.column_names)
    names = CURRENT if "current" in layout.notes else LEGACY
    c = {key: _c(names, present, key) for key in names}
    c.setdefault("month", "NULL")
    period = f"trim(CAST({c['period']} AS VARCHAR))"
    monthly = f"(length({period}) = 6 AND coalesce(TRY_CAST({c['month']} AS INTEGER), 0) <> 52)"
    start = (
        f"CASE WHEN {monthly} THEN substr({period}, 1, 4) || '-' || substr({period}, 5, 2) "
        f"ELSE coalesce(nullif(trim({c['year']}), ''), substr({period}, 1, 4)) END"
    )
    flow_whens = " ".join(f"WHEN {lit(k)} THEN {lit(v)}" for k, v in FLOWS.items())
    flow = f"upper(trim(coalesce({c['flow']}, '')))"
    flow_code = f"trim(coalesce({c['flow_code']}, ''))"
    indicator = (
        f"coalesce(CASE {flow} {flow_whens} END, CASE {flow_code} {flow_whens} END, 'other')"
    )
    row_key = (
        "concat_ws('|', "
        + ", ".join(
            f"coalesce(trim(CAST({c[k]} AS VARCHAR)), '')"
            for k in (
                "class",
                "period",
                "flow",
                "rep_code",
                "par_code",
                "par2",
                "cmd",
                "customs",
                "mot",
            )
        )
        + ")"
    )
    extra_keys = (
        "flow",
        "flow_code",
        "rep_code",
        "rep_name",
        "par_code",
        "par_name",
        "par2",
        "customs",
        "mot",
        "class",
        "flag",
        "qty",
        "qty_unit",
        "netweight",
    )
    extra = ", ".join(
        f"{lit(names[k])}, {c[k]}" for k in extra_keys if k in names and c[k] != "NULL"
    )
    cols = {
        "id": stable_id_sql(layout.dataset, row_key),
        "indicator": indicator,
        "reporter": "rep",
        "partner": "par",
        "commodity": f"nullif(trim({c['cmd_desc']}), '')",
        "commodity_code": f"nullif(trim({c['cmd']}), '')",
        "value": c["value"],
        "unit": "'USD'",
        "period_start": start,
        "period_precision": f"CASE WHEN {monthly} THEN 'month' ELSE 'year' END",
        "period_text": period,
        "day": f"TRY_CAST(({start}) || CASE WHEN {monthly} THEN '-01' ELSE '-01-01' END AS DATE)",
        "citations": "'[]'",
        "dataset": lit(layout.dataset),
        "row_id": row_key,
        "extra": f"CAST(json_object({extra}) AS VARCHAR)",
    }
    totals = [
        f"coalesce(trim({c['customs']}), '') IN ('', 'C00')",
        f"coalesce(trim({c['mot']}), '') IN ('', '0')",
        f"coalesce(trim({c['par2']}), '') IN ('', '0')",
    ]
    year = f"TRY_CAST(substr({start}, 1, 4) AS INTEGER)"
    where = list(totals)
    if filters.since:
        where.append(f"{year} >= {filters.since.year}")
    if filters.until:
        where.append(f"{year} <= {filters.until.year}")
    if filters.pair:
        where.append(pair_sql("rep", "par", filters.pair))
    select = ",\n  ".join(f"{expr} AS {name}" for name, expr in cols.items())
    parties = (
        f"SELECT r.*, {_party(c['rep_code'], c['rep_iso'])} AS rep, "
        f"{_party(c['par_code'], c['par_iso'])} AS par FROM {read_csv(path, layout)} AS r"
    )
    return f"SELECT\n  {select}\nFROM ({parties}) AS r\nWHERE {' AND '.join(where)}"


SOURCE = Source(
    name="comtrade",
    description="UN Comtrade trade CSV, legacy (35 columns) or current API export (47)",
    order=4,
    detect=detect,
    select=observations_select,
    lookups=(COUNTRY, AREAS),
)

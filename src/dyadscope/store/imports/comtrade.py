"""UN Comtrade rows -> observations (exports / imports / re-exports ... seen from the
reporter). Only total rows are kept (all customs procedures, all modes of
transport, no second partner): breakdown rows would double-count; they are
counted as skipped."""

from __future__ import annotations

from dyadscope.importers.layout import Layout
from dyadscope.store.imports.common import (
    Filters,
    col,
    lit,
    pair_sql,
    read_csv,
    stable_id_sql,
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

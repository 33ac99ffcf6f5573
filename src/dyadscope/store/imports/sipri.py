"""SIPRI trade register -> arms_transfer events (supplier -> recipient), with the
numbers ordered and delivered as quantities and the TIV of deliveries."""

from __future__ import annotations

import tempfile
from pathlib import Path

from dyadscope.importers import sipri as fmt
from dyadscope.importers.layout import Layout
from dyadscope.store.imports.common import (
    Filters,
    col,
    lit,
    name_key,
    pair_sql,
    read_csv,
    stable_id_sql,
)

EXTRA = (
    "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit",
    "SIPRI TIV for total order", "order_uncertain", "ordered_estimated", "delivered_estimated",
    "Weapon designation", "Weapon description", "Supplier", "Recipient",
)  # fmt: skip


def prepare(path: Path, layout: Layout) -> tuple[Path, list[int] | None, int]:
    """The file to read (a repaired temp copy if records were split over two lines),
    a map from its line numbers to the original ones, and its line count."""
    with path.open(encoding=layout.encoding, errors="replace", newline="") as handle:
        raw = handle.read().split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    head = layout.skip + 1
    body = list(fmt.rejoin(raw[head:]))
    if len(body) == len(raw) - head:
        return path, None, len(raw)
    line_map = list(range(1, head + 1)) + [head + number for number, _ in body]
    with tempfile.NamedTemporaryFile(
        "w", encoding=layout.encoding, suffix=".csv", delete=False, newline=""
    ) as out:
        out.write("\n".join([*(r.rstrip("\r") for r in raw[:head]), *(text for _, text in body)]))
        out.write("\n")
    return Path(out.name), line_map, head + len(body)


def _party(n: int, column: str) -> dict[str, str]:
    """Supplier or recipient: a state, an organisation ("NATO**"), or a non-state group
    ("Houthi rebels (Yemen)*") coded, as CAMEO does, with its country and sector REB."""
    raw = col(column)
    group = f"{raw} LIKE '%*' AND {raw} NOT LIKE '%**'"
    return {
        f"actor{n}_code": f"coalesce(k{n}.iso3, o{n}.code, g{n}.iso3)",
        f"actor{n}_name": (
            f"CASE WHEN {group} THEN rtrim({raw}, '*') "
            f"ELSE coalesce(n{n}.name, rtrim({raw}, '*')) END"
        ),
        f"actor{n}_sector": f"CASE WHEN {raw} LIKE '%**' THEN 'IGO' WHEN {group} THEN 'REB' END",
        f"actor{n}_text": f"coalesce({raw}, '')",
    }


def _joins(n: int, column: str) -> str:
    raw = col(column)
    inner = f"lower(regexp_extract({raw}, '\\(([^()]*)\\)\\*$', 1))"
    return (
        f"LEFT JOIN _dy_country_key k{n} ON k{n}.key = {name_key(raw)}\n"
        f"LEFT JOIN _dy_country n{n} ON n{n}.iso3 = k{n}.iso3\n"
        f"LEFT JOIN _dy_org o{n} ON o{n}.key = {name_key(raw)}\n"
        f"LEFT JOIN _dy_country_key g{n} ON k{n}.iso3 IS NULL AND g{n}.key = {inner}\n"
    )


def _quantity(column: str, flag: str, what: str) -> str:
    """A count quantity; SIPRI's "?" (an estimate) is said in its text."""
    number = f"TRY_CAST({col(column)} AS BIGINT)"
    estimate = f"CASE WHEN trim({col(flag)}) = '?' THEN ' (estimate)' ELSE '' END"
    designation = f"trim({col('Weapon designation')})"
    item = f"trim(concat_ws(' ', {designation}, trim({col('Weapon description')})))"
    return (
        f"CASE WHEN {number} IS NOT NULL THEN json_object('value', {number}, 'unit', 'count', "
        f"'currency', NULL, 'item', {item}, 'text', {number} || ' ' || {lit(what)} || {estimate})"
        " END"
    )


def events_select(path: str, layout: Layout, filters: Filters) -> str:
    names = [c for c, _ in layout.columns]
    row_key = (
        "concat_ws('|', "
        + ", ".join(f"coalesce(CAST({col(c)} AS VARCHAR), '')" for c in names)
        + ")"
    )
    row_id = f"substr(sha256({row_key}), 1, 16)"
    year = col("Year of order")
    extra = ", ".join(f"{lit(c)}, {col(c)}" for c in EXTRA)
    cols = {
        "id": stable_id_sql(layout.dataset, row_id),
        "kind": "'arms_transfer'",
        "plover": "'COOPERATE'",
        "cameo": "NULL",
        "goldstein": "NULL",
        "quad_class": "2",
        "domain": "'military'",
        # an order with nothing delivered yet is a transfer still to happen
        "status": (
            f"CASE WHEN coalesce(TRY_CAST({col('Number delivered')} AS BIGINT), 0) > 0 "
            "THEN 'actual' ELSE 'planned' END"
        ),
        **_party(1, "Supplier"),
        **_party(2, "Recipient"),
        "others": "'[]'",
        "date_start": f"CAST({year} AS VARCHAR)",
        "date_precision": "'year'",
        "date_text": (f"CAST({year} AS VARCHAR) || coalesce(trim({col('order_uncertain')}), '')"),
        "day": f"make_date({year}, 1, 1)",
        "quantities": (
            "CAST(list_filter(["
            f"{_quantity('Number ordered', 'ordered_estimated', 'ordered')}, "
            f"{_quantity('Number delivered', 'delivered_estimated', 'delivered')}"
            "], lambda q: q IS NOT NULL) AS JSON)::VARCHAR"
        ),
        "citations": "'[]'",
        "dataset": lit(layout.dataset),
        "row_id": row_id,
        "confidence": "1.0",
        "tiv": f"TRY_CAST({col('SIPRI TIV of delivered weapons')} AS DOUBLE)",
        "extra": f"CAST(json_object({extra}) AS VARCHAR)",
    }
    where = []
    if filters.since:
        where.append(f"{year} >= {filters.since.year}")
    if filters.until:
        where.append(f"{year} <= {filters.until.year}")
    if filters.pair:
        codes = [f"coalesce(k{n}.iso3, o{n}.code, g{n}.iso3)" for n in (1, 2)]
        where.append(pair_sql(codes[0], codes[1], filters.pair))
    select = ",\n  ".join(f"{expr} AS {name}" for name, expr in cols.items())
    return (
        f"SELECT\n  {select}\nFROM {read_csv(path, layout)} AS r\n"
        + _joins(1, "Supplier")
        + _joins(2, "Recipient")
        + (f"WHERE {' AND '.join(where)}" if where else "")
    )

"""SIPRI Arms Transfers Database trade-register CSV (16 columns, three unnamed).

Exports may start with a title, an "Information generated" line and notes: the
header is found by its first names. Comments may hold a CR LF, splitting one
record over two lines; ``prepare`` re-joins them before the file is read. Rows map
onto arms_transfer events (supplier -> recipient), with the numbers ordered and
delivered as quantities and the TIV of deliveries.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from dyadscope.importers.layout import Layout, varchar
from dyadscope.importers.lookups import COUNTRY, COUNTRY_KEY, ORGANISATION, name_key
from dyadscope.importers.source import Head, NotThisLayout, Prepared, Source
from dyadscope.importers.sql import (
    Filters,
    col,
    lit,
    pair_sql,
    read_csv,
    stable_id_sql,
)

COLUMNS = [
    "Recipient", "Supplier", "Year of order", "order_uncertain", "Number ordered",
    "ordered_estimated", "Weapon designation", "Weapon description", "Number delivered",
    "delivered_estimated", "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit",
    "SIPRI TIV for total order", "SIPRI TIV of delivered weapons",
]  # fmt: skip
WIDTH = len(COLUMNS)


def detect(head: Head) -> Layout:
    """The layout found by its header line; preamble lines before it are skipped."""
    index = header_index(head.lines[:50])
    if index is None:
        raise NotThisLayout("no SIPRI trade-register header (Recipient,Supplier,...)")
    return trade_register(index, head.encoding)


def header_index(lines: Sequence[str]) -> int | None:
    """Index of the header line among the first lines of a file, else None."""
    for index, line in enumerate(lines):
        cells = [c.strip().strip('"').lower() for c in line.split(",")]
        if len(cells) >= 3 and cells[0] == "recipient" and cells[1] == "supplier":
            return index
    return None


def trade_register(skip: int, encoding: str) -> Layout:
    """The one SIPRI layout, its header after ``skip`` preamble lines."""
    return Layout(
        source="sipri",
        name=f"sipri-trade-register ({WIDTH} columns{', preamble' if skip else ''})",
        dataset="sipri",
        target="events",
        columns=varchar(COLUMNS, {"Year of order": "INTEGER"}),
        delim=",",
        header=True,
        skip=skip,
        encoding=encoding,
        quote='"',
        not_null=("Year of order",),
    )


def rejoin(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Yield (first original line number, record line), joining records split by a
    line break inside a field: a short line whose fields, with the next line's,
    make exactly one record is merged with it (no SIPRI field holds a comma quote)."""
    pending: tuple[int, str] | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if pending is not None:
            start, text = pending
            pending = None
            if text.count(",") + line.count(",") == WIDTH - 1:
                yield start, f"{text} {line}"
                continue
            yield start, text
        if 0 < line.count(",") < WIDTH - 1 and '"' not in line:
            pending = (number, line)
            continue
        yield number, line
    if pending is not None:
        yield pending


EXTRA = (
    "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit",
    "SIPRI TIV for total order", "order_uncertain", "ordered_estimated", "delivered_estimated",
    "Weapon designation", "Weapon description", "Supplier", "Recipient",
)  # fmt: skip


def prepare(path: Path, layout: Layout) -> Prepared:
    """The file to read (a repaired temp copy if records were split over two lines),
    a map from its line numbers to the original ones, and its line count."""
    with path.open(encoding=layout.encoding, errors="replace", newline="") as handle:
        raw = handle.read().split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    head = layout.skip + 1
    body = list(rejoin(raw[head:]))
    if len(body) == len(raw) - head:
        return Prepared(path, None, len(raw))
    line_map = list(range(1, head + 1)) + [head + number for number, _ in body]
    with tempfile.NamedTemporaryFile(
        "w", encoding=layout.encoding, suffix=".csv", delete=False, newline=""
    ) as out:
        out.write("\n".join([*(r.rstrip("\r") for r in raw[:head]), *(text for _, text in body)]))
        out.write("\n")
    return Prepared(Path(out.name), line_map, head + len(body))


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
    """SELECT producing arms_transfer events from one trade register; the row id is a
    hash of the whole record (the register has no ids)."""
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


SOURCE = Source(
    name="sipri",
    description="SIPRI Arms Transfers Database trade register (CSV, preamble allowed)",
    order=5,
    detect=detect,
    select=events_select,
    lookups=(COUNTRY, COUNTRY_KEY, ORGANISATION),
    prepare=prepare,
)

"""UN Comtrade CSV layouts: the legacy API/"classic" 35-column export and the
current API's 47-column camelCase export (often with a trailing comma).

Both have a header row; the value column is typed so a row without a numeric
value is rejected with its line number.
"""

from __future__ import annotations

import csv

from dyadscope.importers.layout import Layout, varchar

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


def detect(first_line: str, data_fields: int, encoding: str) -> Layout | None:
    """The Comtrade layout named by the header; a data row one field longer than
    the header (trailing comma) gets an extra unnamed column."""
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

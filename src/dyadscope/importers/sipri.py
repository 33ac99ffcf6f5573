"""SIPRI Arms Transfers Database trade-register CSV (16 columns, three unnamed).

Exports may start with a title, an "Information generated" line and notes: the
header is found by its first names. Comments may hold a CR LF, splitting one
record over two lines; ``rejoin`` repairs that before the file is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dyadscope.importers.layout import Layout, varchar

COLUMNS = [
    "Recipient", "Supplier", "Year of order", "order_uncertain", "Number ordered",
    "ordered_estimated", "Weapon designation", "Weapon description", "Number delivered",
    "delivered_estimated", "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit",
    "SIPRI TIV for total order", "SIPRI TIV of delivered weapons",
]  # fmt: skip
WIDTH = len(COLUMNS)


def header_index(lines: list[str]) -> int | None:
    """Index of the header line among the first lines of a file, else None."""
    for index, line in enumerate(lines):
        cells = [c.strip().strip('"').lower() for c in line.split(",")]
        if len(cells) >= 3 and cells[0] == "recipient" and cells[1] == "supplier":
            return index
    return None


def layout(skip: int, encoding: str) -> Layout:
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

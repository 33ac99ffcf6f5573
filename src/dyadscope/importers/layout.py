"""What the store needs to know to read one data-set file in place.

A ``Layout`` is pure format knowledge: column names and the types the CSV reader
must enforce (so malformed values are rejected with their line number by the
reader itself), delimiter, header, encoding, lines to skip. A data set's module
makes its layouts and, beside them, the SQL that maps their columns onto our tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Target = Literal["events", "mentions", "observations"]


@dataclass(frozen=True, slots=True)
class Layout:
    """One recognised file layout; ``name`` is what the import summary reports."""

    source: str  # the name of the Source whose file this is
    name: str  # e.g. "gdelt2-events (61 columns)"
    dataset: str  # provenance label in the store: gdelt1, gdelt2, icews, ...
    target: Target
    columns: tuple[tuple[str, str], ...]  # (name, DuckDB type) in file order
    delim: str = "\t"
    header: bool = False
    skip: int = 0  # lines before the header (preambles)
    encoding: str = "utf-8"
    quote: str = ""
    dateformat: str | None = None
    not_null: tuple[str, ...] = ()  # typed columns where an empty cell is an error
    nullstr: tuple[str, ...] = ("",)
    alternate: Layout | None = None  # a second layout rows of the same file may use
    notes: tuple[str, ...] = field(default=())

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)


def varchar(
    names: tuple[str, ...] | list[str], typed: dict[str, str] | None = None
) -> tuple[tuple[str, str], ...]:
    """Columns as VARCHAR except those named in ``typed``."""
    typed = typed or {}
    return tuple((name, typed.get(name, "VARCHAR")) for name in names)

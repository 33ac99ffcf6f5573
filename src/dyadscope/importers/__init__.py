"""Data-set importers: one module per data set (GDELT, ICEWS, POLECAT, Comtrade, SIPRI).

Each data-set module defines ``SOURCE``: how to recognise its files' layouts, the
SQL that maps their rows onto ours, the code tables that SQL joins and any repair
a file needs first. ``registry`` finds those modules; ``detect`` names the layout
of one file from its first lines. The store reads the file in place with that
layout and runs the SQL (``dyadscope.store.importing``).
"""

from __future__ import annotations

from pathlib import Path

from dyadscope.errors import InputError
from dyadscope.importers.files import sniff
from dyadscope.importers.layout import Layout
from dyadscope.importers.registry import (
    SOURCES,
    UnknownSource,
    get_source,
    source_descriptions,
)
from dyadscope.importers.source import Head, NotThisLayout, Source


def detect(source: str, path: Path, display: str | None = None) -> Layout:
    """The layout of ``path`` for ``source``; InputError naming the file if it is not one."""
    name = display or str(path)
    try:
        found = get_source(source)
    except UnknownSource as exc:
        raise InputError(name, str(exc)) from None
    lines, encoding = sniff(path)
    head = Head(tuple(lines), encoding)
    if not head.rows:
        raise InputError(name, "no data lines")
    try:
        return found.detect(head)
    except NotThisLayout as exc:
        raise InputError(name, str(exc)) from None


__all__ = [
    "SOURCES",
    "Layout",
    "Source",
    "UnknownSource",
    "detect",
    "get_source",
    "source_descriptions",
]

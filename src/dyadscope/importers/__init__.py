"""Data-set importers: format knowledge for GDELT, ICEWS, POLECAT, UN Comtrade, SIPRI.

``detect`` names the layout of one file from its first lines; the store reads
the file in place with that layout (``dyadscope.store.importing``).
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from dyadscope.errors import InputError
from dyadscope.importers import comtrade, gdelt, icews, polecat, sipri
from dyadscope.importers.files import sniff
from dyadscope.importers.layout import Layout

SOURCES: tuple[str, ...] = ("gdelt", "icews", "polecat", "comtrade", "sipri")
FIXED_UTF8 = ("gdelt", "icews")


def _fields(line: str, delim: str) -> int:
    if delim == ",":
        return len(next(csv.reader([line]), []))
    return len(line.split(delim))


def detect(source: str, path: Path, display: str | None = None) -> Layout:
    """The layout of ``path`` for ``source``; InputError naming the file if it is not one."""
    name = display or str(path)
    if source not in SOURCES:
        raise InputError(name, f"unknown source {source!r} (one of {', '.join(SOURCES)})")
    lines, encoding = sniff(path)
    lines = [line for line in lines if line.strip()] if source != "sipri" else lines
    if not lines:
        raise InputError(name, "no data lines")
    layout: Layout | None = None
    first = lines[0]
    if source == "gdelt":
        layout = gdelt.detect(first)
        if layout is None:
            count = len(first.split("\t"))
            raise InputError(
                name,
                f"{count} tab-separated columns on line 1: not a GDELT 1.0 (57/58), "
                "2.0 events (61) or mentions (16) file",
            )
    elif source == "icews":
        layout = icews.detect(first)
        if layout is None:
            raise InputError(name, "header is not the ICEWS 20-column event header")
    elif source == "polecat":
        data = _fields(lines[1], "\t") if len(lines) > 1 else len(first.split("\t"))
        layout = polecat.detect(first, data)
        if layout is None:
            raise InputError(name, "header lacks the POLECAT columns (Event ID, Event Type, ...)")
    elif source == "comtrade":
        data = _fields(lines[1], ",") if len(lines) > 1 else _fields(first, ",")
        layout = comtrade.detect(first, data, encoding)
        if layout is None:
            raise InputError(name, "header is neither the legacy nor the current Comtrade layout")
    else:
        index = sipri.header_index(lines[:50])
        if index is None:
            raise InputError(name, "no SIPRI trade-register header (Recipient,Supplier,...)")
        layout = sipri.layout(index, encoding)
    # GDELT and ICEWS are UTF-8 by definition: a stray byte is a bad row (quarantined),
    # not a reason to misread the whole file. The others come in Latin-1 too.
    if encoding != "utf-8" and layout.encoding == "utf-8" and source not in FIXED_UTF8:
        layout = replace(layout, encoding=encoding)
    return layout


__all__ = ["SOURCES", "Layout", "detect"]

"""What a data-set module provides: one ``Source`` object, named ``SOURCE``.

A data set is known by one module of this package; the registry finds it there.
The hooks are plain functions over text (a file's first lines, SQL strings): the
store runs the SQL, so a data set knows nothing of connections or transactions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dyadscope.importers.layout import Layout
from dyadscope.importers.lookups import Lookup
from dyadscope.importers.sql import Filters


class NotThisLayout(Exception):
    """A file is none of a source's layouts; the message says why (it is quarantined)."""


@dataclass(frozen=True, slots=True)
class Head:
    """The first lines of a file, decoded, and the encoding it will be read with."""

    lines: tuple[str, ...]  # as sniffed, blank lines included
    encoding: str

    @property
    def rows(self) -> tuple[str, ...]:
        """The lines that are not blank: most layouts are told by the first of them."""
        return tuple(line for line in self.lines if line.strip())


@dataclass(frozen=True, slots=True)
class Prepared:
    """The file to read after a source's preparation step.

    ``line_map`` maps the prepared file's line numbers to the original's (so
    quarantined lines name the line a user sees); ``lines`` is the original's line
    count when the preparation already knows it.
    """

    path: Path
    line_map: list[int] | None = None
    lines: int | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One data set: how to recognise its files and map their rows onto ours.

    ``detect`` returns the layout of a file or raises ``NotThisLayout``; ``select``
    is the SELECT producing rows of ``layout.target`` (events, mentions or
    observations) from the file at a path; ``lookups`` are the code tables that
    SELECT joins; ``prepare``, where given, repairs a file before it is read.
    """

    name: str
    description: str  # one line, for `dyadscope import --help` and error messages
    order: int  # where it is listed among the sources
    detect: Callable[[Head], Layout]
    select: Callable[[str, Layout, Filters], str]
    lookups: tuple[Lookup, ...] = ()
    prepare: Callable[[Path, Layout], Prepared] | None = None

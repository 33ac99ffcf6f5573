"""The data sets dyadscope imports, found by looking, not by listing.

Every module of ``dyadscope.importers`` that defines ``SOURCE`` (a ``Source``) is
a data set, so adding one is adding a module: nothing else names them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from types import MappingProxyType

from dyadscope.errors import DyadscopeError
from dyadscope.importers.source import Source

PACKAGE = "dyadscope.importers"


class UnknownSource(DyadscopeError):
    """A source name no module defines; the message lists the known ones."""


def discover(*packages: str) -> dict[str, Source]:
    """The ``SOURCE`` of every module of ``packages``, by name, in their ``order``.

    Two modules claiming one name is an error: which one an import used would
    depend on the file system's listing order.
    """
    found: dict[str, Source] = {}
    for package in packages:
        path = importlib.import_module(package).__path__
        for info in pkgutil.iter_modules(path, package + "."):
            candidate = getattr(importlib.import_module(info.name), "SOURCE", None)
            if not isinstance(candidate, Source):
                continue
            if candidate.name in found:
                raise ValueError(f"two data-set modules define the source {candidate.name!r}")
            found[candidate.name] = candidate
    return {s.name: s for s in sorted(found.values(), key=lambda s: (s.order, s.name))}


SOURCES: Mapping[str, Source] = MappingProxyType(discover(PACKAGE))


def get_source(name: str) -> Source:
    """The source called ``name``; ``UnknownSource`` naming the known ones if none is."""
    found = SOURCES.get(name)
    if found is None:
        raise UnknownSource(f"unknown source {name!r} (one of {', '.join(SOURCES)})")
    return found


def source_descriptions() -> list[tuple[str, str]]:
    """(name, one-line description) of each source, in listing order (for help texts)."""
    return [(name, source.description) for name, source in SOURCES.items()]

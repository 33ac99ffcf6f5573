"""Span arithmetic the mention finders share: a later finder must not claim text
an earlier one already named."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def overlaps_any(start: int, end: int, spans: Iterable[Span]) -> bool:
    """Whether ``[start, end)`` shares a character with any of ``spans``."""
    return any(span.start < end and start < span.end for span in spans)

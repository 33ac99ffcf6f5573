"""The gold-set model every reader produces and the scorer consumes.

Gold sets come in several formats (our JSON Lines, the PLOVER GSR, PETRARCH
validation XML); readers translate each into these few frozen records so that
matching and metrics are written once. Fields left ``None`` were not coded by
the gold set and are not scored (partial gold is allowed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from dyadscope.model import Event, Rejection

Scheme = Literal["iso", "petrarch"]
"""How actors are compared: ``iso`` (our codes, optional sector) or ``petrarch`` (code+agent)."""

GoldFormat = Literal["records", "plover-gsr", "petrarch-xml"]
GOLD_FORMATS: tuple[str, ...] = ("records", "plover-gsr", "petrarch-xml")

Coder = Callable[[str, str | None], list[Event]]
"""The system under test: (passage text, document date) -> the events it codes."""


@dataclass(frozen=True, slots=True)
class ExpectedActor:
    """One expected participant: a code and, when the gold set says so, a sector."""

    code: str
    sector: str | None = None

    def label(self) -> str:
        return f"{self.code}/{self.sector}" if self.sector else self.code


@dataclass(frozen=True, slots=True)
class ExpectedQuantity:
    """A stated amount the coder should attach to the event."""

    value: float
    unit: str | None = None
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class ExpectedEvent:
    """One expected coding; ``None`` means "not coded by the gold set, not scored".

    ``directed`` None means: decide from ``kind`` (the spec's kind table),
    directed when the kind is unknown.
    """

    kind: str | None = None
    plover: str | None = None
    mode: str | None = None
    cameo: str | None = None
    actor1: ExpectedActor | None = None
    actor2: ExpectedActor | None = None
    date: str | None = None
    status: str | None = None
    quantities: tuple[ExpectedQuantity, ...] | None = None
    directed: bool | None = None
    others: tuple[ExpectedActor, ...] = ()  # further parties of a several-party event

    def label(self) -> str:
        """Short human form for reports: ``PLOVER/cameo actor1->actor2``."""
        kind = self.plover or self.kind or self.cameo or "?"
        if self.cameo and self.cameo != kind:
            kind = f"{kind}/{self.cameo}"
        a1 = self.actor1.label() if self.actor1 else "?"
        a2 = self.actor2.label() if self.actor2 else "-"
        return f"{kind} {a1}->{a2}"


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold passage (a sentence or short text) with everything it should yield.

    ``skip`` names why the record is read but not scored (PETRARCH error
    records, ``evaluate="false"``); ``options`` carries in-file settings such
    as PETRARCH's ``require_dyad``.
    """

    id: str
    text: str
    expected: tuple[ExpectedEvent, ...]
    date: str | None = None
    title: str | None = None
    scheme: Scheme = "iso"
    skip: str | None = None
    options: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    line: int | None = None


@dataclass(frozen=True, slots=True)
class GoldSet:
    """A read gold file: its items plus the rows that could not be used and why."""

    path: str
    format: GoldFormat
    items: tuple[GoldItem, ...]
    rejections: tuple[Rejection, ...] = ()

"""Conversion between model records and flat store rows (both directions)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from dyadscope.model import (
    Actor,
    Basis,
    Citation,
    DateRef,
    Event,
    Observation,
    Quantity,
    Source,
)
from dyadscope.store.schema import EVENT_COLUMNS, OBSERVATION_COLUMNS

EVENT_FIELDS = tuple(name for name, _ in EVENT_COLUMNS)
OBSERVATION_FIELDS = tuple(name for name, _ in OBSERVATION_COLUMNS)

# CAMEO root -> quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)
_QUAD_BY_ROOT = {
    **dict.fromkeys(range(1, 6), 1),
    **dict.fromkeys(range(6, 9), 2),
    **dict.fromkeys(range(9, 14), 3),
    **dict.fromkeys(range(14, 21), 4),
}


def quad_class(cameo: str | None) -> int | None:
    """The CAMEO quad class of an event code ("057" -> 1), or None."""
    if not cameo or len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    return _QUAD_BY_ROOT.get(int(cameo[:2]))


def first_day(iso: str | None) -> date | None:
    """The first day a truncated ISO date can mean ("2003-05" -> 2003-05-01)."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _actor_cols(actor: Actor | None) -> tuple[Any, Any, Any, Any]:
    if actor is None:
        return (None, None, None, None)
    return (actor.code, actor.name, actor.sector, actor.text)


def _source_cols(src: Source) -> tuple[Any, ...]:
    """The provenance columns, in the order both tables share."""
    citations = _json([c.to_record() for c in src.citations])
    return (
        src.doc,
        src.title,
        src.sentence,
        src.start,
        src.end,
        citations,
        src.dataset,
        src.row,
        src.url,
    )


def event_to_row(event: Event) -> tuple[Any, ...]:
    """A store row in ``EVENT_FIELDS`` order. A date's basis other than "explicit" and
    the further sources of the event travel in ``extra``."""
    src = event.source
    extra = dict(event.extra)
    if event.date.start and event.date.basis != "explicit":
        extra["date_basis"] = event.date.basis
    if event.sources:
        extra["sources"] = [s.to_record() for s in event.sources]
    return (
        event.id,
        event.kind,
        event.plover,
        event.cameo,
        event.goldstein,
        quad_class(event.cameo),
        event.domain,
        event.status,
        *_actor_cols(event.actor1),
        *_actor_cols(event.actor2),
        _json([a.to_record() for a in event.others]),
        event.date.start,
        event.date.end,
        event.date.precision,
        event.date.text,
        first_day(event.date.start),
        _json([q.to_record() for q in event.quantities]),
        *_source_cols(src),
        event.confidence,
        extra.pop("num_mentions", None),
        extra.pop("num_sources", None),
        extra.pop("num_articles", None),
        extra.pop("avg_tone", None),
        extra.pop("tiv", None),
        _json(extra) if extra else None,
    )


def observation_to_row(obs: Observation) -> tuple[Any, ...]:
    """A store row in ``OBSERVATION_FIELDS`` order."""
    src = obs.source
    extra = dict(obs.extra)
    return (
        obs.id,
        obs.indicator,
        obs.reporter,
        obs.partner,
        obs.commodity,
        extra.pop("commodity_code", None),
        obs.value,
        obs.unit,
        obs.period.start,
        obs.period.end,
        obs.period.precision,
        obs.period.text,
        first_day(obs.period.start),
        *_source_cols(src),
        _json(extra) if extra else None,
    )


def _load(text: Any) -> Any:
    if text is None or (isinstance(text, float) and text != text):
        return None
    return json.loads(text)


def _none(value: Any) -> Any:
    """pandas gives NaN/NaT for SQL NULL; records want None."""
    if value is None:
        return None
    try:
        if value != value:  # NaN
            return None
    except (TypeError, ValueError):
        return value
    return value


def _actor(row: Mapping[Any, Any], prefix: str) -> Actor | None:
    code = _none(row.get(f"{prefix}_code"))
    if code is None:
        return None
    return Actor(
        code=code,
        name=_none(row.get(f"{prefix}_name")) or code,
        sector=_none(row.get(f"{prefix}_sector")),
        text=_none(row.get(f"{prefix}_text")) or "",
    )


def _source(row: Mapping[Any, Any]) -> Source:
    dataset = _none(row.get("dataset"))
    if dataset is not None:
        return Source(dataset=dataset, row=_none(row.get("row_id")), url=_none(row.get("url")))
    cites = tuple(
        Citation(label=c["label"], text=c["text"], url=c.get("url"))
        for c in (_load(_none(row.get("citations"))) or [])
    )
    start = _none(row.get("sent_start"))
    end = _none(row.get("sent_end"))
    return Source(
        doc=_none(row.get("doc_id")),
        title=_none(row.get("title")),
        sentence=_none(row.get("sentence")),
        start=int(start) if start is not None else None,
        end=int(end) if end is not None else None,
        citations=cites,
    )


def _date(row: Mapping[Any, Any], prefix: str, basis: str | None = None) -> DateRef:
    start = _none(row.get(f"{prefix}_start"))
    return DateRef(
        start=start,
        end=_none(row.get(f"{prefix}_end")),
        precision=_none(row.get(f"{prefix}_precision")) or "unknown",
        text=_none(row.get(f"{prefix}_text")) or "",
        basis=cast(Basis, basis or ("explicit" if start else "none")),
    )


def _stored_source(raw: Mapping[str, Any]) -> Source:
    """A ``sources`` entry as ``Source.to_record`` wrote it."""
    if "dataset" in raw:
        return Source(dataset=raw.get("dataset"), row=raw.get("row"), url=raw.get("url"))
    return Source(
        doc=raw.get("doc"),
        title=raw.get("title"),
        sentence=raw.get("sentence"),
        start=raw.get("start"),
        end=raw.get("end"),
        citations=tuple(Citation(**c) for c in raw.get("citations") or ()),
    )


def row_to_event(row: Mapping[Any, Any]) -> Event:
    """Rebuild the model record from a store row (a dict keyed by column)."""
    others = tuple(Actor(**a) for a in (_load(_none(row.get("others"))) or []))
    quantities = tuple(Quantity(**q) for q in (_load(_none(row.get("quantities"))) or []))
    extra = _load(_none(row.get("extra"))) or {}
    for key in ("num_mentions", "num_sources", "num_articles", "avg_tone", "tiv"):
        if _none(row.get(key)) is not None:
            extra[key] = row[key]
    goldstein = _none(row.get("goldstein"))
    basis = extra.pop("date_basis", None)
    sources = tuple(_stored_source(raw) for raw in extra.pop("sources", None) or ())
    return Event(
        id=row["id"],
        kind=_none(row.get("kind")) or "other",
        plover=_none(row.get("plover")),
        cameo=_none(row.get("cameo")),
        goldstein=float(goldstein) if goldstein is not None else None,
        domain=_none(row.get("domain")) or "other",
        status=_none(row.get("status")) or "actual",
        actor1=_actor(row, "actor1"),
        actor2=_actor(row, "actor2"),
        others=others,
        date=_date(row, "date", basis),
        quantities=quantities,
        source=_source(row),
        confidence=float(_none(row.get("confidence")) or 0.0),
        extra=extra,
        sources=sources,
    )


def row_to_observation(row: Mapping[Any, Any]) -> Observation:
    extra = _load(_none(row.get("extra"))) or {}
    if _none(row.get("commodity_code")) is not None:
        extra["commodity_code"] = row["commodity_code"]
    return Observation(
        id=row["id"],
        indicator=_none(row.get("indicator")) or "other",
        reporter=_none(row.get("reporter")),
        partner=_none(row.get("partner")),
        commodity=_none(row.get("commodity")),
        value=float(row["value"]),
        unit=_none(row.get("unit")) or "",
        period=_date(row, "period"),
        source=_source(row),
        extra=extra,
    )

"""Stories: the records that tell one event, across sentences, documents and data-set
rows, grouped so that counts count events, not reports of them.

GDELT codes one meeting from forty articles; a paper and its footnoted source both
report the 2003 defence agreement; SIPRI has a row for the aircraft a paper says
were bought. Records belong to one story when

- their kind family agrees (``model.kind_family``: talks and a meeting are one act),
- their sides agree (in order for directed kinds, as a set for undirected ones),
- their status agrees (what happened, what was planned, what was denied are three),
- their dates are compatible at each one's precision (one span contains the other:
  "3 May 2003", "May 2003" and "2003" can be one event; May and June cannot), and
- their quantities are compatible (no two counts, or two sums of money of one
  currency, that differ by more than ``QUANTITY_TOLERANCE``).

Precise records found the stories; vaguer ones join the one story they fit. A vague
record that fits several (a year when there were two visits) joins none and is not
counted: it adds no event the precise ones did not. A record from a near-duplicate
document (a copy) joins what it fits and never starts a story of its own: a copy is
one source, not two.

Day-precise records without quantities (nearly every data-set row) are grouped in
one vectorised pass; only the rest is matched one by one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from dyadscope.model import KIND_FAMILIES, UNDIRECTED_KINDS, Event, Observation, Source, stable_id
from dyadscope.periods import parse_partial_date

if TYPE_CHECKING:
    import pandas as pd

    from dyadscope.store import Store

QUANTITY_TOLERANCE = 0.05  # two sums of money 5% apart are one figure told twice
_STATUS_CLASS = {"actual": "actual", "planned": "plan", "intent": "plan", "negated": "negated"}


@dataclass(slots=True)
class _Story:
    id: str
    first: date | None  # the most precise span its records share
    last: date | None
    quantities: dict[tuple[str, str | None], float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Record:
    id: str
    group: tuple[str, ...]  # family, sides, status class
    first: date | None
    last: date | None
    quantities: dict[tuple[str, str | None], float]
    copy: bool


def assign_stories(frame: pd.DataFrame, copies: Iterable[str] = ()) -> pd.DataFrame:
    """One row per event of ``frame`` (``Store.story_inputs``): event_id, story,
    counted, copy. ``copies``: ids of near-duplicate documents."""
    import numpy as np
    import pandas as pd

    out_columns = ["event_id", "story", "counted", "copy"]
    if frame.empty:
        return pd.DataFrame(columns=out_columns)
    copied = frame["doc_id"].isin(set(copies)).to_numpy()
    group = _group_keys(frame)
    quantities = frame["quantities"].fillna("[]").astype(str)
    plain = quantities.isin(["[]", ""]).to_numpy()
    day = (frame["date_precision"] == "day").to_numpy() & frame["date_start"].notna().to_numpy()
    fast = day & plain & ~copied
    # day-precise rows without figures: the story is the group and the day
    fast_keys = group[fast] + "|" + frame["date_start"][fast].str.slice(0, 10)
    # the key names the story ("consult|AZE>PAK|actual|2019-10-24"), as in SQL
    keys = pd.unique(fast_keys)
    stories = np.empty(len(frame), dtype=object)
    stories[fast] = fast_keys.to_numpy()
    counted = np.ones(len(frame), dtype=bool)
    index: dict[str, list[_Story]] = defaultdict(list)
    for key in keys:
        head, day_text = key.rsplit("|", 1)
        day_value = date.fromisoformat(day_text)
        index[head].append(_Story(key, day_value, day_value))
    rest = frame.loc[~fast, ["id", "date_start", "date_end", "quantities"]]
    slow = [(_record(row, str(g), bool(c)), at) for row, g, c, at in zip(
        rest.itertuples(index=False, name=None), group[~fast], copied[~fast],
        np.flatnonzero(~fast), strict=True,
    )]  # fmt: skip
    for record, at in sorted(slow, key=lambda item: _vagueness(item[0])):
        story, counts = _place(record, index["|".join(record.group)])
        stories[at] = story
        counted[at] = counts
    return pd.DataFrame({
        "event_id": frame["id"].to_numpy(),
        "story": stories,
        "counted": counted,
        "copy": copied,
    })  # fmt: skip


def _group_keys(frame: pd.DataFrame) -> pd.Series:
    """family | sides | status class, per row: what must agree exactly."""
    import numpy as np
    import pandas as pd

    kind = frame["kind"].fillna("other")
    family = kind.map(KIND_FAMILIES).fillna(kind)
    a1 = frame["actor1_code"].fillna("")
    a2 = frame["actor2_code"].fillna("")
    undirected = kind.isin(list(UNDIRECTED_KINDS)).to_numpy()
    low = np.where(a1.to_numpy() <= a2.to_numpy(), a1.to_numpy(), a2.to_numpy())
    high = np.where(a1.to_numpy() <= a2.to_numpy(), a2.to_numpy(), a1.to_numpy())
    first = np.where(undirected, low, a1.to_numpy())
    second = np.where(undirected, high, a2.to_numpy())
    raw_status = frame["status"].fillna("actual")
    status = raw_status.map(_STATUS_CLASS).fillna(raw_status)
    sides = (pd.Series(first, index=frame.index).astype(str) + ">"
             + pd.Series(second, index=frame.index).astype(str))  # fmt: skip
    return family + "|" + sides + "|" + status


def _record(row: tuple[object, ...], group: str, copy: bool) -> _Record:
    event_id, start, end, quantities = row
    first, last = _span(start, end)
    return _Record(
        id=str(event_id),
        group=tuple(group.split("|")),
        first=first,
        last=last,
        quantities=_quantities(quantities),
        copy=copy,
    )


def _span(start: object, end: object) -> tuple[date | None, date | None]:
    """First and last day a record's date can mean; (None, None) when undated."""
    if not isinstance(start, str) or not start:
        return None, None
    try:
        first = parse_partial_date(start).first_day()
        last = parse_partial_date(end if isinstance(end, str) and end else start).last_day()
    except ValueError:
        return None, None
    return first, last


def _quantities(raw: object) -> dict[tuple[str, str | None], float]:
    """Counts and sums of money a record states, by (unit, currency)."""
    if not isinstance(raw, str) or raw in ("", "[]"):
        return {}
    out: dict[tuple[str, str | None], float] = {}
    for item in json.loads(raw):
        unit = item.get("unit")
        if unit in ("count", "money") and isinstance(item.get("value"), int | float):
            out.setdefault((unit, item.get("currency")), float(item["value"]))
    return out


def _vagueness(record: _Record) -> tuple[int, int, str]:
    """Precise records first, so that vaguer ones find the stories they fit."""
    if record.first is None or record.last is None:
        return (1, 1 << 30, record.id)
    return (0, (record.last - record.first).days, record.id)


def _place(record: _Record, stories: list[_Story]) -> tuple[str, bool]:
    """The story ``record`` joins (or starts), and whether it counts."""
    fitting = [s for s in stories if _dates_fit(record, s) and _quantities_fit(record, s)]
    if len(fitting) == 1:
        story = fitting[0]
        if record.first is not None and (story.first is None or _narrower(record, story)):
            story.first, story.last = record.first, record.last
        for unit, value in record.quantities.items():
            story.quantities.setdefault(unit, value)
        return story.id, True
    story_id = stable_id("story", record.id)
    if fitting or record.copy:
        # a vague re-mention of one of several events, or a copy's own telling: a
        # story of its own that adds nothing to a count
        return story_id, False
    stories.append(_Story(story_id, record.first, record.last, dict(record.quantities)))
    return story_id, True


def _dates_fit(record: _Record, story: _Story) -> bool:
    if record.first is None or record.last is None or story.first is None or story.last is None:
        return True
    inside = story.first >= record.first and story.last <= record.last
    around = record.first >= story.first and record.last <= story.last
    return inside or around


def _narrower(record: _Record, story: _Story) -> bool:
    assert record.first is not None and record.last is not None
    if story.first is None or story.last is None:
        return True
    return (record.last - record.first) < (story.last - story.first)


def _quantities_fit(record: _Record, story: _Story) -> bool:
    for unit, value in record.quantities.items():
        known = story.quantities.get(unit)
        if known is None:
            continue
        if unit[0] == "count" and known != value:
            return False
        if unit[0] == "money" and abs(known - value) > QUANTITY_TOLERANCE * max(known, value):
            return False
    return True


def refresh_stories(store: Store, pairs: Sequence[tuple[str, str]] | None = None) -> int:
    """Group the events between ``pairs`` (all events without) into stories and save
    them: day-precise records in one SQL statement, the pairs that hold vaguer
    records, figures or copies one record at a time. Returns how many events were
    (re)assigned."""
    from dyadscope.store.stories_sql import add_day_stories, day_story_key, vague_pairs

    added = add_day_stories(store, day_story_key(KIND_FAMILIES, sorted(UNDIRECTED_KINDS),
                                                 _STATUS_CLASS))  # fmt: skip
    wanted = None if pairs is None else {tuple(sorted(p)) for p in pairs}
    vague = [p for p in vague_pairs(store) if wanted is None or p in wanted]
    if not vague:
        return added
    frame = store.story_inputs(vague)
    return added + store.replace_stories(assign_stories(frame, store.document_copies()))


def told_once(events: Sequence[Event], stories: Mapping[str, tuple[str, bool]]) -> list[Event]:
    """One event per story, in the order of ``events``: its most precise counted
    record, with every record's source in ``sources`` (that one first). A story none
    of whose records counts (a vague re-mention, a copy's own telling) is left out:
    it adds no event. Events without a story stand alone."""
    members: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        story, _ = stories.get(event.id, (event.id, True))
        members[story].append(event)
    out: list[Event] = []
    for group in members.values():
        counted = [e for e in group if stories.get(e.id, ("", True))[1]]
        if not counted:
            continue
        lead = min(counted, key=_precision_first)
        sources: list[Source] = []
        for event in [lead, *(e for e in group if e is not lead)]:
            for source in event.sources or (event.source,):
                if source not in sources:
                    sources.append(source)
        out.append(replace(lead, sources=tuple(sources)) if len(sources) > 1 else lead)
    order = {event.id: i for i, event in enumerate(events)}
    return sorted(out, key=lambda e: order[e.id])


_DATE_RANK = {"day": 0, "month": 1, "fiscal_year": 2, "year": 3, "range": 4}


def _precision_first(event: Event) -> tuple[int, int]:
    rank = _DATE_RANK.get(event.date.precision, 5) if event.date.start else 6
    # a document's sentence reads better than a data-set row of equal precision
    return rank, 0 if event.source.dataset is None else 1


FIGURE_TOLERANCE = 0.01  # "$18.73 million" and 18,730,000 are one figure


def stated_once(observations: Sequence[Observation]) -> list[Observation]:
    """One observation per figure: the same indicator of the same flow (exporter ->
    importer, or the pair for a total) for the same period, with values within
    ``FIGURE_TOLERANCE``, told by several sentences or rows, is shown once with every
    source in ``sources``. Different values stay apart (they are for ``check``)."""
    from dyadscope.analyse.flows import flow_of

    kept: list[tuple[tuple[object, ...], Observation]] = []
    for obs in observations:
        flow = flow_of(obs)
        sides = (flow.origin, flow.destination) if flow.directed else tuple(
            sorted((flow.origin, flow.destination))
        )
        key = (obs.indicator, sides, obs.period.start, obs.period.end, obs.unit, obs.commodity)
        for index, (other_key, other) in enumerate(kept):
            if other_key == key and _same_value(obs.value, other.value):
                sources = other.sources or (other.source,)
                if obs.source not in sources:
                    kept[index] = (other_key, replace(other, sources=(*sources, obs.source)))
                break
        else:
            kept.append((key, obs))
    return [obs for _, obs in kept]


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= FIGURE_TOLERANCE * max(abs(a), abs(b))

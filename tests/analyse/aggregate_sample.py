"""A small AZE/PAK store for the aggregation tests: every figure the tests expect
can be worked out by hand from the records below (see the comments)."""

from __future__ import annotations

from typing import Any

from dyadscope.model import Actor, DateRef, Event, Observation, Source
from dyadscope.store import Store
from dyadscope.store.mentions import insert_mentions

AZE = Actor("AZE", "Azerbaijan")
PAK = Actor("PAK", "Pakistan")
ARM = Actor("ARM", "Armenia")

_PRECISION = {4: "year", 7: "month", 10: "day"}


def event(
    eid: str,
    kind: str,
    when: str | None,
    actor1: Actor,
    actor2: Actor,
    *,
    plover: str | None = None,
    cameo: str | None = None,
    goldstein: float | None = None,
    domain: str = "diplomatic",
    status: str = "actual",
    dataset: str | None = None,
    row: str | None = None,
    **extra: Any,
) -> Event:
    date = DateRef(when, precision=_PRECISION[len(when)]) if when else DateRef(None)
    source = Source(dataset=dataset, row=row) if dataset else Source(doc="doc1", sentence="s")
    return Event(
        id=eid,
        kind=kind,
        plover=plover,
        cameo=cameo,
        goldstein=goldstein,
        domain=domain,
        status=status,
        actor1=actor1,
        actor2=actor2,
        date=date,
        source=source,
        extra=extra,
    )


def obs(
    oid: str,
    indicator: str,
    reporter: str,
    partner: str,
    value: float,
    start: str,
    *,
    end: str | None = None,
    precision: str | None = None,
    dataset: str | None = "comtrade",
    commodity: str | None = None,
    **extra: Any,
) -> Observation:
    period = DateRef(start, end, precision or _PRECISION[len(start)])
    source = Source(dataset=dataset, row=oid) if dataset else Source(doc="doc2", sentence="s")
    return Observation(
        id=oid,
        indicator=indicator,
        reporter=reporter,
        partner=partner,
        commodity=commodity,
        value=value,
        unit="USD",
        period=period,
        source=source,
        extra=extra,
    )


EVENTS: tuple[Event, ...] = (
    event("e1", "visit", "2017-03-02", AZE, PAK, plover="CONSULT", cameo="042", goldstein=1.9),
    event("e2", "meeting", "2017-03-15", PAK, AZE, plover="CONSULT", cameo="040", goldstein=1.0),
    # dated to a year only: January in a monthly view
    event(
        "e3",
        "arms_transfer",
        "2017",
        PAK,
        AZE,
        plover="COOPERATE",
        cameo="062",
        goldstein=6.4,
        domain="military",
        dataset="sipri",
        row="s1",
        tiv=12.5,
    ),
    event(
        "e4",
        "arms_transfer",
        "2018",
        AZE,
        PAK,
        plover="COOPERATE",
        cameo="062",
        goldstein=6.4,
        domain="military",
        dataset="sipri",
        row="s2",
        tiv=3.0,
    ),
    event(
        "e5",
        "criticism_hostility",
        "2018-07-04",
        AZE,
        PAK,
        plover="ACCUSE",
        cameo="112",
        goldstein=-2.0,
    ),
    # GDELT rows: tone weighted by articles (-1*8 + 3*2) / 10 = -0.2
    event(
        "e6",
        "military_exercise",
        "2018-07-20",
        PAK,
        AZE,
        plover="COOPERATE",
        cameo="062",
        goldstein=6.0,
        domain="military",
        dataset="gdelt2",
        row="555",
        num_mentions=10,
        num_sources=3,
        num_articles=8,
        avg_tone=-1.0,
    ),
    event(
        "e7",
        "meeting",
        "2018-07-21",
        AZE,
        PAK,
        plover="CONSULT",
        cameo="043",
        goldstein=2.8,
        dataset="gdelt2",
        row="556",
        num_mentions=4,
        num_sources=1,
        num_articles=2,
        avg_tone=3.0,
    ),
    # left out by default: negated; another dyad; no date
    event(
        "e8",
        "agreement_signed",
        "2018-07-10",
        AZE,
        PAK,
        plover="AGREE",
        cameo="057",
        goldstein=8.0,
        status="negated",
    ),
    event("e9", "meeting", "2018-07-10", AZE, ARM, plover="CONSULT", cameo="040", goldstein=1.0),
    event("e10", "meeting", None, AZE, PAK, plover="CONSULT", cameo="040", goldstein=1.0),
    # a kind outside the vocabulary, no codes at all
    event("e11", "cultural_festival", "2019-02-01", AZE, PAK, domain="economic"),
    event(
        "e12",
        "support_statement",
        "2016-12-31",
        PAK,
        AZE,
        plover="SUPPORT",
        cameo="051",
        goldstein=3.4,
    ),
)

OBSERVATIONS: tuple[Observation, ...] = (
    # 2017 A->B: exporter says 100, importer 120 (twice: two imports of one file) -> 120
    obs("o1", "exports", "AZE", "PAK", 100.0, "2017"),
    obs("o2", "imports", "PAK", "AZE", 120.0, "2017"),
    obs("o2b", "imports", "PAK", "AZE", 120.0, "2017"),
    # 2017 B->A: only the exporter reports -> 50
    obs("o3", "exports", "PAK", "AZE", 50.0, "2017"),
    # documents for 2017: imported statistics win; one commodity only: not a total
    obs("o4", "exports", "AZE", "PAK", 77.0, "2017", dataset=None),
    obs("o5", "trade_total", "PAK", "AZE", 999.0, "2017", dataset=None),
    obs("o6", "exports", "AZE", "PAK", 40.0, "2017", commodity="cotton", commodity_code="52"),
    # 2018: two stated totals from documents -> the larger, 35
    obs("o7", "trade_total", "AZE", "PAK", 30.0, "2018", dataset=None),
    obs("o8", "trade_total", "PAK", "AZE", 35.0, "2018", dataset=None),
    # a monthly figure: July 2018 in a monthly view, 2018 in a yearly one
    obs("o9", "exports", "AZE", "PAK", 5.0, "2018-07"),
    # Pakistan's fiscal 2013-14: half in 2013 and half in 2014 by year, not at all by month
    obs(
        "o10",
        "trade_total",
        "PAK",
        "AZE",
        37450000.0,
        "2013-07",
        end="2014-06",
        precision="fiscal_year",
        dataset=None,
    ),
    # another dyad
    obs("o11", "exports", "AZE", "ARM", 1000.0, "2017"),
)

MENTIONS: tuple[dict[str, Any], ...] = (
    {"event_id": "e6", "dataset": "gdelt2", "doc_tone": -2.0, "source_name": "a.example"},
    {"event_id": "e6", "dataset": "gdelt2", "doc_tone": -1.0, "source_name": "b.example"},
    {"event_id": "e6", "dataset": "gdelt2", "doc_tone": 0.0, "source_name": "c.example"},
    # keyed by GLOBALEVENTID rather than our id
    {"event_id": "556", "dataset": "gdelt2", "doc_tone": 2.0, "source_name": "d.example"},
    {"event_id": "e9", "dataset": "gdelt2", "doc_tone": 9.0, "source_name": "e.example"},
)


def fill(store: Store) -> Store:
    """Put the sample into ``store`` through the store's own writers."""
    store.insert_events(EVENTS)
    store.insert_observations(OBSERVATIONS)
    insert_mentions(store, MENTIONS)
    return store

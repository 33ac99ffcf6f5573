"""The store: round trips, filters, idempotent saves, transactions, quarantine."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dyadscope.errors import StoreError
from dyadscope.model import (
    Actor,
    Citation,
    DateRef,
    Document,
    Event,
    Observation,
    Quantity,
    Rejection,
    Sentence,
    Source,
)
from dyadscope.store import Store


def _event(
    eid: str,
    a1: str,
    a2: str | None,
    start: str | None,
    kind: str = "visit",
    domain: str = "diplomatic",
    dataset: str | None = None,
) -> Event:
    source = (
        Source(dataset=dataset, row=eid, url="https://example.org/a")
        if dataset
        else Source(
            doc="doc1",
            title="T",
            sentence="S.",
            start=0,
            end=2,
            citations=(Citation("6", "A note", "https://example.org/n"),),
        )
    )
    return Event(
        id=eid,
        kind=kind,
        plover="CONSULT",
        cameo="042",
        goldstein=1.9,
        domain=domain,
        status="actual",
        actor1=Actor(a1, a1, "GOV", a1),
        actor2=Actor(a2, a2, None, a2) if a2 else None,
        date=DateRef(start, None, "month" if start and len(start) == 7 else "year", "x"),
        source=source,
        quantities=(Quantity(10.0, "count", None, "aircraft", "10 aircraft"),),
        extra={"num_mentions": 3} if dataset else {},
    )


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "s.duckdb") as s:
        yield s


def test_event_round_trip_keeps_the_record(store: Store) -> None:
    original = _event("e1", "PAK", "AZE", "2017-08")
    store.insert_events([original])
    (back,) = store.events()
    assert back.to_record() == original.to_record()


def test_date_basis_further_sources_and_other_parties_survive_the_store(store: Store) -> None:
    original = dataclasses.replace(
        _event("e2", "ARM", "AZE", "2023-05-14"),
        date=DateRef("2023-05-14", None, "day", "on Sunday", basis="relative"),
        others=(Actor("RUS", "Russia", "GOV", "Moscow"),),
        sources=(Source(doc="doc2", title="U", sentence="Again.", start=4, end=10),),
    )
    store.insert_events([original])
    (back,) = store.events()
    assert back.to_record() == original.to_record()
    assert back.date.basis == "relative"
    # a third party named in ``others`` is found by a pair query with either side
    assert [e.id for e in store.events(("RUS", "AZE"))] == ["e2"]
    assert store.events(("RUS", "TUR")) == []


def test_imported_rows_keep_dataset_provenance(store: Store) -> None:
    store.insert_events([_event("g1", "AZE", "PAK", "2019-10-24", dataset="gdelt2")])
    (back,) = store.events()
    assert back.to_record()["source"] == {
        "dataset": "gdelt2",
        "row": "g1",
        "url": "https://example.org/a",
    }
    assert back.extra["num_mentions"] == 3


def test_filters_by_pair_either_direction_kind_domain_and_period(store: Store) -> None:
    store.insert_events(
        [
            _event("a", "PAK", "AZE", "2003-05", kind="agreement_signed", domain="military"),
            _event("b", "AZE", "PAK", "2017"),
            _event("c", "ARM", "AZE", "2016-04"),
            _event("d", "AZE", "PAK", None),
        ]
    )
    assert {e.id for e in store.events(("AZE", "PAK"))} == {"a", "b", "d"}
    assert [e.id for e in store.events(("PAK", "AZE"), kinds=["agreement_signed"])] == ["a"]
    assert [e.id for e in store.events(None, domains=["military"])] == ["a"]
    assert {e.id for e in store.events(None, since="2016", until="2016")} == {"c"}
    assert {e.id for e in store.events(None, until="2003")} == {"a"}
    assert {e.id for e in store.events(None, datasets=["documents"])} == {"a", "b", "c", "d"}


def test_saving_the_same_document_twice_changes_nothing(store: Store) -> None:
    doc = Document(id="doc1", text="S.", title="T")
    sentences = [Sentence("doc1", 0, 0, 2, "S.")]
    obs = Observation(
        "o1",
        "trade_total",
        "PAK",
        "AZE",
        None,
        37_450_000.0,
        "USD",
        DateRef("2013-07", "2014-06", "fiscal_year", "2013-14"),
        Source(doc="doc1", title="T", sentence="S.", start=0, end=2),
    )
    assert store.save_document(doc, sentences, [], [_event("e", "PAK", "AZE", "2003")], [obs])
    assert not store.save_document(doc, sentences, [], [_event("e", "PAK", "AZE", "2003")], [obs])
    counts = store.counts()
    assert (counts["documents"], counts["events"], counts["observations"]) == (1, 1, 1)
    (back,) = store.observations(("AZE", "PAK"))
    assert back.to_record() == obs.to_record()


def test_a_failed_transaction_leaves_the_store_unchanged(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.con.execute("INSERT INTO documents (id) VALUES ('x')")
        raise RuntimeError("boom")
    assert store.counts()["documents"] == 0


def test_quarantine_keeps_reason_and_line(store: Store) -> None:
    store.quarantine([Rejection("a.tsv", "7 fields, expected 61", line=12, stage="import")])
    frame = store.quarantined()
    assert frame.loc[0, "reason"] == "7 fields, expected 61"
    assert int(frame.loc[0, "line"]) == 12


def test_read_only_open_of_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        Store(tmp_path / "missing.duckdb", read_only=True)

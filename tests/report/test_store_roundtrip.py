"""Records read back from the store render exactly as the records that went in."""

from __future__ import annotations

from pathlib import Path

from dyadscope.analyse.brief_data import BriefData
from dyadscope.analyse.timeline import build_timeline
from dyadscope.model import Document, Event, Observation
from dyadscope.report.brief import render_brief
from dyadscope.report.timeline import render_timeline_text
from dyadscope.store import Store

PAIR = ("AZE", "PAK")


def test_store_round_trip_renders_the_same(tmp_path: Path, events: list[Event],
                                           observations: list[Observation],
                                           documents: list[dict[str, object]]) -> None:
    meta = documents[0]
    doc = Document(id=str(meta["id"]), text="...", source_path=str(meta["source_path"]),
                   title=str(meta["title"]), author=str(meta["author"]), date=str(meta["date"]),
                   url=str(meta["url"]))
    with Store(tmp_path / "s.duckdb") as store:
        store.save_document(doc, [], [], events, observations)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        stored_events = store.events(PAIR)
        stored_obs = store.observations(PAIR)
        frame = store.documents_frame()
    stored_docs = [{k: v for k, v in row.items() if k != "ingested_at"}
                   for row in frame.to_dict("records")]
    # the store keeps events of the pair in either direction; ARM is not part of it
    in_pair = [e for e in events if {e.actor1 and e.actor1.code, e.actor2 and e.actor2.code}
               == set(PAIR)]
    assert sorted(e.id for e in stored_events) == sorted(e.id for e in in_pair)
    want = render_timeline_text(build_timeline(in_pair, observations), PAIR)
    assert render_timeline_text(build_timeline(stored_events, stored_obs), PAIR) == want
    want_html = render_brief(BriefData.of(PAIR, in_pair, observations, documents), generated="x")
    stored = BriefData.of(PAIR, stored_events, stored_obs, stored_docs)
    got_html = render_brief(stored, generated="x")
    assert got_html == want_html

"""A document's events read together: the other side named earlier, one event told
several times, several parties, and events with one side only."""

from __future__ import annotations

from pathlib import Path

import dyadscope
from dyadscope.api import ingest
from dyadscope.model import Event
from dyadscope.store import Store


def _events(text: str, date: str = "2024-03-05", **options: bool) -> list[Event]:
    return [r for r in dyadscope.extract(text, date=date, **options) if isinstance(r, Event)]


def test_a_later_mention_of_the_same_event_adds_a_source_not_an_event() -> None:
    text = (
        "Pakistan and Azerbaijan held a joint naval exercise in the Arabian Sea in May 2023. "
        "The joint exercise involved 24 warships and 25 aircraft."
    )
    (exercise,) = [e for e in _events(text) if e.kind == "military_exercise"]
    assert len(exercise.sources) == 2
    assert exercise.sources[1].sentence.startswith("The joint exercise involved")
    record = exercise.to_record()
    assert [s["sentence"][:12] for s in record["sources"]] == ["Pakistan and", "The joint ex"]


def test_a_new_event_of_the_same_kind_stays_a_second_event() -> None:
    text = (
        "Turkey and Pakistan signed a defence agreement in May 2003. "
        "Turkey and Pakistan signed a new trade agreement in June 2014."
    )
    agreements = [e for e in _events(text) if e.kind == "agreement_signed"]
    assert [e.date.start for e in agreements] == ["2003-05", "2014-06"]
    assert all(not e.sources for e in agreements)


def test_the_other_side_comes_from_the_event_before() -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan met in Almaty on Monday. "
        "Armenia agreed to start delimiting the border from the north."
    )
    pledge = next(e for e in _events(text) if e.kind == "pledge")
    assert (pledge.actor1.code, pledge.actor2.code) == ("ARM", "AZE")
    assert pledge.extra["counterpart"] == "context"


def test_force_takes_no_other_side_from_the_document_pair() -> None:
    text = (
        "Pakistan and Afghanistan agreed to reopen the Torkham crossing. "
        "Pakistan reported an attack on a convoy near Peshawar."
    )
    assert [e.kind for e in _events(text) if e.kind == "armed_clash"] == []


def test_a_summit_of_three_states_is_one_event_found_for_any_two(tmp_path: Path) -> None:
    text = "Turkey held a trilateral summit with Azerbaijan and Pakistan in Ankara on Monday."
    (summit,) = [e for e in _events(text) if e.kind == "meeting"]
    assert {a.code for a in summit.parties()} == {"TUR", "AZE", "PAK"}
    doc = tmp_path / "summit.txt"
    doc.write_text(text, encoding="utf-8")
    db = tmp_path / "store.duckdb"
    ingest([doc], db=db, date="2024-03-05")
    with Store(db, read_only=True) as store:
        for pair in (("TUR", "AZE"), ("AZE", "PAK"), ("PAK", "TUR")):
            assert [e.kind for e in store.events(pair)] == ["meeting"], pair
        assert store.events(("PAK", "IND")) == []


def test_events_with_one_side_are_kept_only_when_asked() -> None:
    text = "The Egyptian police arrested dozens of demonstrators in Cairo."
    assert _events(text) == []
    arrest = next(e for e in _events(text, one_sided=True) if e.kind == "coerce")
    assert arrest.actor1.code == arrest.actor2.code == "EGY"


def test_an_accusation_and_a_threat_in_one_sentence_are_two_acts() -> None:
    text = (
        "Somalia called the port deal illegal and said it would defend itself if "
        "Ethiopia goes ahead with it."
    )
    plovers = sorted(e.plover for e in _events(text) if e.kind == "criticism_hostility")
    assert plovers == ["ACCUSE", "THREATEN"]


PAIR_OPENING = "Pakistan and Azerbaijan are close partners. Azerbaijan and Pakistan share values. "


def test_a_sentence_that_names_its_own_parties_keeps_them() -> None:
    text = PAIR_OPENING + "Pakistan signed a contract to buy four corvettes from Türkiye."
    events = _events(text)
    sides = {e.kind: (e.actor1.code, e.actor2.code) for e in events}
    assert sides["agreement_signed"] == ("PAK", "TUR")
    assert sides["arms_transfer"] == ("TUR", "PAK")  # supplier -> recipient


def test_the_document_pair_still_fills_a_side_its_own_members_name() -> None:
    (invest,) = _events(PAIR_OPENING + "Azerbaijan will invest $2 billion in Pakistan.")
    assert {invest.actor1.code, invest.actor2.code} == {"AZE", "PAK"}


def test_a_denial_answers_the_side_that_made_the_claim() -> None:
    """ "Sudan accused South Sudan of backing rebels. South Sudan denies the claims.":
    the denial is South Sudan's answer to Sudan; praise of a thing stays one-sided."""
    text = ("Sudan accused South Sudan of backing rebels on Saturday. "
            "South Sudan denies the claims.")
    rejects = [e for e in _events(text) if e.kind == "reject"]
    assert [(e.actor1.code, e.actor2.code) for e in rejects] == [("SSD", "SDN")]
    praise = ("Sudan accused South Sudan of backing rebels on Saturday. "
              "South Sudan praised the potential of the oil pipeline.")
    assert all(e.kind != "support_statement" for e in _events(praise))


def test_the_meeting_after_a_summons_is_the_summons() -> None:
    """ "Russia summoned Azerbaijan's ambassador. During the meeting, the ambassador was
    handed a note": one act, the summons, told twice; a meeting of others stays one."""
    text = ("Russia's foreign ministry summoned Azerbaijan's ambassador on Monday. During the "
            "meeting, Russia handed Azerbaijan's ambassador a note of protest.")
    assert [e.kind for e in _events(text)] == ["criticism_hostility"]
    other = ("Russia's foreign ministry summoned Azerbaijan's ambassador on Monday. Russia's "
             "president held a meeting with Turkey's president on Monday.")
    assert sorted(e.kind for e in _events(other)) == ["criticism_hostility", "meeting"]

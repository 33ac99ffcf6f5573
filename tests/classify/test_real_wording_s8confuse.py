"""Wording of real news where one kind's pattern fired on another kind's act (each class
seen in several passages of the real-text dev split): the act a clause tells, not the
verb it is told with, decides the kind."""

from __future__ import annotations

from coded_events import events_in, sides_of


def test_a_mission_ordered_to_close_is_a_sanction_not_a_request() -> None:
    """ "ordered the consulate to shut down within 72 hours", "asked the embassy to cease
    all diplomatic and consular activities": closing the other side's mission by order is
    a diplomatic sanction (GUIDELINES: closes an embassy, cuts ties), whatever verb of
    asking tells it; a request for something else stays a request."""
    events = events_in("Brazil ordered the Argentine consulate in Porto Alegre to close "
                       "within 72 hours.", "2024-03-14")
    assert sides_of(events, "sanction") == ("BRA", "ARG")
    assert "request" not in [e.kind for e in events]
    events = events_in("Ghana asked the Togolese embassy to cease all consular activities "
                       "by Friday.", "2024-03-14")
    assert sides_of(events, "sanction") == ("GHA", "TGO")
    kinds = [e.kind for e in events_in("Ghana asked Togo to stop the shelling by Friday.",
                                       "2024-03-14")]
    assert "request" in kinds and "sanction" not in kinds


def test_a_courtesy_call_on_an_official_is_a_meeting_an_appeal_to_act_a_request() -> None:
    """ "called on the Federal Minister ... to discuss the project", "called on the highest
    civil and military leadership during a visit": calling on an official to talk, or on a
    state's leadership during a trip, is a courtesy call (meeting, CONSULT); calling on a
    minister to do something else ("to show restraint") asks him to do it (REQUEST)."""
    kinds = [e.kind for e in events_in(
        "Nepal's army chief called on the highest political leadership during his official "
        "visit to India.", "2024-03-14")]
    assert "meeting" in kinds and "request" not in kinds
    kinds = [e.kind for e in events_in(
        "The Ambassador of Kenya called on the Ugandan Minister of Energy to discuss the "
        "oil pipeline.", "2024-03-14")]
    assert "meeting" in kinds and "request" not in kinds
    kinds = [e.kind for e in events_in(
        "The European Union called on the Serbian foreign minister to show restraint.",
        "2024-03-14")]
    assert "request" in kinds and "meeting" not in kinds

"""Wording of real news that tells one directed act of several doers at once, a class at a
time: a subject list whose later members are added on ("X and its allies Y and Z", "X, Y
and their key partners including Z", "X and Y followed by Z", "X together with Y"). The
act is one event whose first doer is the first named, the rest its further parties."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _resp_parties(events: list[Event], kind: str) -> tuple[str, str | None, list[str]]:
    """actor1, actor2 and the further parties of the first event of ``kind``."""
    event = next(e for e in events if e.kind == kind)
    second = event.actor2.code if event.actor2 else None
    return event.actor1.code, second, [a.code for a in event.others]


def test_added_on_doers_keep_the_first_named_as_the_doer() -> None:
    """ "Ghana and its allies Togo and Benin recalled ...", "Canada, the EU and their key
    partners including Japan condemned ...", "Kuwait and Oman followed by Jordan cut
    ties ...": the added-on members join the subject list; the first named is actor1 and
    the rest are others, not the last group alone."""
    events = events_in("Ghana and its allies Togo and Benin recalled their ambassadors "
                       "from Niger on Friday.", "2024-03-14")
    assert _resp_parties(events, "sanction") == ("GHA", "NER", ["TGO", "BEN"])
    events = events_in("Canada, the European Union and their key partners including Japan "
                       "and South Korea condemned Iran on Friday.", "2024-03-14")
    assert _resp_parties(events, "criticism_hostility") == ("CAN", "IRN", ["EU", "JPN", "KOR"])
    events = events_in("Kuwait and Oman followed by Jordan severed diplomatic ties with "
                       "Syria on Friday.", "2024-03-14")
    assert _resp_parties(events, "sanction") == ("KWT", "SYR", ["OMN", "JOR"])
    events = events_in("Brazil together with Mexico condemned Ecuador on Friday.",
                       "2024-03-14")
    assert _resp_parties(events, "criticism_hostility")[:2] == ("BRA", "ECU")


def test_a_possessive_without_allies_adds_no_doer() -> None:
    """ "Nigeria and its envoy to Chad condemned Niger": a possessive phrase that names no
    allies or partners adds no doer (the place in it is no party either)."""
    events = events_in("Nigeria and its envoy to Chad condemned Niger on Friday.",
                       "2024-03-14")
    first, second, others = _resp_parties(events, "criticism_hostility")
    assert (first, second) == ("NGA", "NER") and "TCD" not in others

"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): acts told with a modal or a hedge ("may visit", "might supply"),
whose status decides whether the act is coded at all."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s11s_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s11s_kinds(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.kind, e.actor1 and e.actor1.code, e.actor2 and e.actor2.code, e.status)
            for e in _s11s_events(text)]


def test_an_act_told_with_may_or_might_is_an_act_in_view() -> None:
    """ "Russia may provide a credit to Cuba", "the minister might also visit Dhaka":
    the act's own verb told with "may" or "might" is an act in view, as "plans to" is
    (status intent), not a musing to drop; gold codes it so. A guess at a past ("may
    have helped"), a condition ("may strike if ...") or a negation stays what it was."""
    assert ("aid_project", "JPN", "LKA", "intent") in _s11s_kinds(
        "Japan may extend a new yen loan to Sri Lanka, a Japanese official told reporters.")
    assert [e for e in _s11s_events("The Egyptian foreign minister might also visit Ankara "
                                    "later this month.")
            if e.kind == "visit" and e.status == "intent"]
    assert ("sanction", "NOR", "RUS", "intent") in _s11s_kinds(
        "Norway may expel the Russian diplomats, the Norwegian foreign ministry said.")
    # a condition: held out as a threat or nothing, never an act in view
    assert not [k for k in _s11s_kinds("Turkey may strike Syria if the shelling goes on.")
                if k[3] == "intent"]
    # negated: the act is told as not happening
    assert all(k[3] != "intent" for k in _s11s_kinds(
        "Japan may not extend the yen loan to Sri Lanka this year."))
    # a past guessed at is not an act in view
    assert not _s11s_events("Earlier talks may have helped Japan and Sri Lanka.")

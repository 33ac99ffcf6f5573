"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): near misses, where the right kind was coded but its date or its
sides were not the ones the story tells."""

from __future__ import annotations

from coded_events import events_in


def _s11f_days(text: str, kind: str, date: str = "2024-03-14") -> list[str | None]:
    return sorted(e.date.start or "" for e in events_in(text, date) if e.kind == kind)


def test_a_day_told_with_on_after_two_joined_verbs_dates_both() -> None:
    """ "closed the crossings and expelled the ambassador on Wednesday": a plain "on" day
    at the end of one clause with two coordinated verbs dates both acts, not only the
    nearer one (the first one used to fall back to the paper's day). A span ("since
    Tuesday") still belongs to the verb it follows."""
    # paper of Thursday 2024-03-14: Wednesday is 2024-03-13
    assert _s11f_days(
        "Ghana shut two border posts and expelled Togo's ambassador on Wednesday.",
        "sanction") == ["2024-03-13", "2024-03-13"]
    assert _s11f_days(
        "Lithuania recalled its envoy and suspended flights to Belarus on Monday.",
        "sanction") == ["2024-03-11", "2024-03-11"]
    assert _s11f_days(
        "Kenya accused Somalia of meddling and has downgraded ties since Tuesday.",
        "criticism_hostility") == ["2024-03-14"]

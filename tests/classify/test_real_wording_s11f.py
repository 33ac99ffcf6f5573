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


def test_the_next_sentence_that_names_no_side_gives_the_lede_its_day() -> None:
    """ "The navy has seized a fishing boat and detained its crew. Officials say a patrol
    spotted the trawler on Thursday.": a lede told with no date of its own, followed by a
    sentence of the same story that names no country at all but gives a day, happened
    on that day, not on the paper's. A sentence about a plan ("would be held") still
    gives the lede no day."""
    # paper of Saturday 2024-03-16: Thursday is 2024-03-14
    assert _s11f_days(
        "The Indian navy has seized a Sri Lankan trawler and arrested its six fishermen. "
        "Navy officials say a patrol boat spotted the trawler in the strait on Thursday.",
        "coerce", "2024-03-16") == ["2024-03-14"]
    assert _s11f_days(
        "Uruguay and Paraguay have agreed to expand cooperation on river transport. "
        "The understanding was reached at a lunch in the capital on Thursday.",
        "pledge", "2024-03-16") == ["2024-03-14"]
    assert _s11f_days(
        "Uruguay and Paraguay have agreed to expand cooperation on river transport. "
        "A follow-up session would be held on Thursday.",
        "pledge", "2024-03-16") == ["2024-03-16"]


def test_a_relative_clause_without_which_dates_its_own_thing() -> None:
    """ "agreed to review the duties it imposed on wine in 2020": a clause opened by a
    bare pronoun and a past verb right after a noun ("the duties it imposed", "the
    accord they signed") tells when that thing was done; the act keeps its own day.
    Naming a thing ("what they called a truce on Sunday") is no such clause."""
    # paper of Thursday 2024-03-14
    assert _s11f_days(
        "Beijing has agreed to review the duties it imposed on Australian wine in 2020.",
        "pledge") == ["2024-03-14"]
    assert _s11f_days(
        "Washington urged Ethiopia to honour the border accord it signed with Eritrea in 2000.",
        "request") == ["2024-03-14"]
    assert _s11f_days(
        "Armenia and Azerbaijan agreed what they called a full truce on Sunday.",
        "ceasefire") == ["2024-03-10"]

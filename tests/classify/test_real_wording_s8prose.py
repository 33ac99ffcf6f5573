"""Wording of policy and history prose, a class at a time (each seen in passages of the
real-text dev split): the year a story carries from sentence to sentence, and the acts
such prose tells in the middle of its background."""

from __future__ import annotations

from coded_events import events_in


def test_a_bare_month_of_an_undated_history_is_in_the_story_year() -> None:
    """A page with no date of its own telling history ("In May 1982, X and Y fought at
    sea. Talks began in October"): a month written without a year is in the year the
    story last wrote out, not unknown. A page that has a date keeps reading a month
    against it."""
    (talks,) = [e for e in events_in(
        "In May 1982, Argentine and British forces clashed near the islands. "
        "In October, Argentina and Britain began talks on the dispute.", None)
        if e.kind in ("negotiation", "meeting")]
    assert talks.date.start == "1982-10"
    (later,) = [e for e in events_in(
        "Peru and Chile first clashed in April 1879. Negotiations between Chile and Peru "
        "opened in November.", None) if e.kind in ("negotiation", "meeting")]
    assert later.date.start == "1879-11"
    # a dated page: "since 1991" is no story year for "in February"
    (threat,) = [e for e in events_in(
        "Somaliland has governed itself since 1991. Somalia warned Ethiopia in February "
        "that it would defend its territory.", "2024-04-05")
        if e.kind == "criticism_hostility"]
    assert threat.date.start == "2024-02"

"""Wording of policy and history prose, a class at a time (each seen in passages of the
real-text dev split): the year a story carries from sentence to sentence, and the acts
such prose tells in the middle of its background."""

from __future__ import annotations

from coded_events import coded_in, events_in


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


def test_recognition_of_a_new_state_by_the_words_that_tell_it_is_new() -> None:
    """Histories tell recognition with the words that make the state new ("recognised
    independent and sovereign Croatia", "the newly independent Namibia", "the newborn
    nation of Eritrea") or as recognition extended, accorded or granted to a state; each
    is the recogniser's recognition of that state. Recognising a thing of a state (its
    "new independent states" in general, no state named) codes none."""
    coded = coded_in("Iceland was the first country to recognise independent and sovereign "
                     "Croatia in December 1991.", None)
    assert ("recognition", "ISL", "HRV") in coded
    assert ("recognition", "ZAF", "NAM") in coded_in(
        "South Africa recognized the newly independent Namibia in March 1990.", None)
    assert ("recognition", "ETH", "ERI") in coded_in(
        "Ethiopia recognised the newborn nation of Eritrea in 1993.", None)
    assert ("recognition", "NPL", "BGD") in coded_in(
        "Nepal extended diplomatic recognition to Bangladesh in 1972.", None)
    assert ("recognition", "CHN", "ISR") in coded_in(
        "China accorded formal recognition to Israel in 1992.", None)
    assert not [k for k, *_ in coded_in(
        "Germany recognized the new independent states of the region quickly.", None)
        if k == "recognition"]

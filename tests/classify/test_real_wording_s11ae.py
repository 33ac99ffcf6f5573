"""Dates of real news, a class at a time: plans told with a month named without its
year lie ahead of the paper, like plans told with a weekday."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s11ae_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _s11ae_start(text: str, kind: str, date: str | None = "2024-03-14") -> str | None:
    starts = [e.date.start for e in _s11ae_events(text, date) if e.kind == kind]
    assert starts, text
    return starts[0]


def test_a_planned_act_in_a_bare_month_takes_the_coming_month() -> None:
    """ "will visit Kathmandu in October" in a March paper: a plan lies ahead, so a month
    that has already gone by this year is next year's (the coming October), not last
    year's; a month told as past ("visited ... in October") or with its year keeps its
    year, and so does the date of a "previous" meeting in a plan's sentence."""
    assert _s11ae_start("Indian Prime Minister Modi will visit Kathmandu in October.",
                        "visit") == "2024-10"
    assert _s11ae_start("The Bangladeshi foreign minister plans to travel to Delhi on "
                        "12 November.", "visit") == "2024-11-12"
    assert _s11ae_start("Japan's prime minister will visit Seoul in January.",
                        "visit") == "2025-01"
    assert _s11ae_start("Indian Prime Minister Modi visited Kathmandu in October.",
                        "visit") == "2023-10"
    assert _s11ae_start("Japan's prime minister will visit Seoul in October 2023, officials "
                        "recalled.", "visit") == "2023-10"


def test_a_day_after_a_for_phrase_naming_people_dates_the_act() -> None:
    """ "eased visa rules for Sikh pilgrims from India on Tuesday": a "for" phrase that
    names people, not an act, cannot own the day told after it, so the day is the act's
    (as it is when fronted, "On Tuesday, ..."); "regret for the deaths of ... on
    Tuesday" still gives the day to the deaths, which the regret answers."""
    text = "Pakistan eased visa rules for Indian Sikh pilgrims on Tuesday."
    assert _s11ae_start(text, "concede") == "2024-03-12"
    assert _s11ae_start("Pakistan expressed regret for the deaths of two Afghan border "
                        "guards on Tuesday.", "concede") == "2024-03-14"


def test_a_weekday_after_a_past_pledge_of_a_thing_is_the_pledge_day() -> None:
    """ "Japan pledged Sri Lanka new credit on Tuesday" in a Thursday paper:
    a past verb of intent taking a thing tells a pledge already made, so its weekday is
    the past one, not next week's; a pledge of an act still to come ("pledged to visit
    ... on Tuesday") keeps the coming day."""
    assert _s11ae_start("Japan pledged Sri Lanka fresh loans on Tuesday.",
                        "aid_project") == "2024-03-12"
    assert _s11ae_start("Saudi Arabia pledged Egypt new grants on Tuesday.",
                        "aid_project") == "2024-03-12"
    assert _s11ae_start("Japan will give Sri Lanka fresh credit lines on Tuesday.",
                        "aid_project") == "2024-03-19"


def test_two_days_before_one_month_start_on_the_first() -> None:
    """ "on 4 and 5 February", like "February 4 and 5" and "4-5 February": two days told
    with one month date the act from the first day, not the second."""
    assert _s11ae_start("Armenian and Azerbaijani diplomats held talks in Geneva on 4 and "
                        "5 February.", "negotiation") == "2024-02-04"
    assert _s11ae_start("Armenian and Azerbaijani diplomats held talks in Geneva on "
                        "February 4 and 5.", "negotiation") == "2024-02-04"


def test_a_year_in_a_conceded_clause_dates_nothing_after_it() -> None:
    """ "Although the two countries signed a transit treaty in 2016, trade has stayed
    thin. || During the visit, X met Y": the year of a background act told in a clause
    that concedes it ("Though", "Although", "While") is not the story's time, so the
    news told after it keeps the paper's date; a year that opens a main clause ("In
    2016, ...") still dates what follows."""
    conceded = ("Although Kazakhstan and China signed a transit treaty in 2016, trade "
                "under it has stayed thin.\n\nDuring the visit, Kazakh President Tokayev "
                "met Chinese President Xi Jinping in Beijing.")
    assert _s11ae_start(conceded, "meeting", "2024-12-05") == "2024-12-05"
    history = ("In 2016, Kazakhstan and China signed a transit treaty. During the visit, "
               "Kazakh President Tokayev met Chinese President Xi Jinping in Beijing.")
    assert _s11ae_start(history, "meeting", "2024-12-05") == "2016"


def test_an_invited_visit_in_a_bare_month_takes_the_coming_month() -> None:
    """ "invited the Bhutanese king to visit Dhaka in October" in a March paper: the visit
    an invitation asks for lies ahead, like any plan, so its bare month is the coming
    one; the "to visit" after "invited" also keeps a weekday ahead, unlike a past pledge
    of a thing."""
    assert _s11ae_start("Bangladesh invited the Bhutanese king to visit Dhaka in October.",
                        "visit") == "2024-10"
    assert _s11ae_start("Bangladesh invited the Bhutanese king to visit Dhaka on Monday.",
                        "visit") == "2024-03-18"


def test_a_year_in_a_name_does_not_date_the_act() -> None:
    """ "signed an accord on the Green Corridor Plan 2026-2030", "a pact on Agenda 2063":
    a year written right after a capitalised word belongs to a name, so the act keeps
    the paper's date; a year after "in" still dates it."""
    assert _s11ae_start("Kenya and Ethiopia signed an accord on the Green Corridor Plan "
                        "2026-2030.", "agreement_signed") == "2024-03-14"
    assert _s11ae_start("Kenya and Ethiopia signed an accord in 2019.",
                        "agreement_signed") == "2019"

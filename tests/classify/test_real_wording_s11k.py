"""Dates of real news a day or two off, a class at a time (each a general structure seen in
the real-text dev split): the day an act is told by, when the day comes with a time of day
or is told in another sentence of the story."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s11k_dates(text: str, kind: str, date: str = "2024-03-14") -> list[str | None]:
    """The start dates of the events of ``kind`` coded from ``text``."""
    events: list[Event] = events_in(text, date)
    return [e.date.start for e in events if e.kind == kind]


def test_a_weekday_followed_by_a_clock_time_is_still_that_day() -> None:
    """ "since Wednesday 6:00pm (local time)", "on Monday 9 am": a number after a weekday
    is a time of that day, not the day of the month ("Wednesday 13 March"), so the weekday
    dates the act; before, the act fell back to the paper's day."""
    assert _s11k_dates(
        "Officials said that since Tuesday 7:30pm, Thai authorities had closed the border "
        "to trucks from Cambodia.", "sanction") == ["2024-03-12"]
    assert _s11k_dates(
        "Serbia expelled the Croatian ambassador on Monday 9 am, the ministry said.",
        "sanction") == ["2024-03-11"]
    # a day of the month after the weekday still gives that day
    assert _s11k_dates(
        "Serbia expelled the Croatian ambassador on Monday 11 March.", "sanction"
    ) == ["2024-03-11"]


def test_a_sentence_going_on_with_the_act_told_keeps_its_day_whatever_its_tense() -> None:
    """ "During the handover, the officer has apologized", "The envoy was also told that
    Iran expects an explanation", "The statement said both sides have pulled back": a
    sentence that opens by tying itself to the act just told (a "during", an "also", a
    definite noun retelling it) tells more of that act, on its day, though its verb is a
    present or a perfect; before, such a verb took the paper's day. A perfect in a
    sentence with no such tie still stands as of the paper."""
    story = ("Serbia summoned the Croatian ambassador on Tuesday over the remarks. "
             "The envoy was also told that Belgrade demands an apology.")
    assert _s11k_dates(story, "request") == ["2024-03-12"]
    story = ("The soldiers were handed back at the border crossing on Monday evening. "
             "During the ceremony, a Thai army officer has apologized to Cambodia for the "
             "incursion.")
    assert _s11k_dates(story, "concede") == ["2024-03-11"]
    story = ("Serbia summoned the Croatian ambassador on Tuesday over the remarks. "
             "Belgrade has demanded an apology from Croatia.")
    assert _s11k_dates(story, "request") == ["2024-03-14"]


def test_the_day_of_the_announcement_dates_the_lede_whoever_else_acted_that_day() -> None:
    """ "X has moved to cut ties with Y after police stormed its embassy. X's president
    made the announcement Friday evening after Y's police forced their way in": the day
    told right after the announcing is the day of the news the lede told, though the
    sentence also tells the other side's act; before, the other side's act kept the day
    to itself and the lede took the paper's day. A day told of the other side's act only
    still does not date the lede."""
    story = ("Mexico has moved to break off diplomatic ties with Ecuador after police raided "
             "the Mexican embassy. The Mexican president made the announcement Tuesday "
             "evening after Ecuadorian police forced their way into the embassy.")
    assert _s11k_dates(story, "sanction") == ["2024-03-12"]
    story = ("Mexico has moved to break off diplomatic ties with Ecuador after police raided "
             "the Mexican embassy. Ecuadorian police forced their way into the embassy on "
             "Tuesday evening.")
    assert _s11k_dates(story, "sanction") == ["2024-03-14"]


def test_a_bare_weekday_after_a_title_dates_the_act_and_names_no_one() -> None:
    """ "expelled the Moroccan ambassador Sunday": with no "on", the weekday was read as the
    envoy's surname ("Ambassador Sunday") and the act took the paper's day."""
    assert _s11k_dates("Algeria expelled the Moroccan ambassador Sunday.", "sanction") == [
        "2024-03-10"
    ]
    assert _s11k_dates("Algeria expelled the Moroccan ambassador.", "sanction") == ["2024-03-14"]

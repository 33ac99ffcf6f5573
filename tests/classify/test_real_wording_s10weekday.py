"""Dates told by weekdays and reporting clauses, a class at a time (each seen in several
passages of the real-text dev split): which act a weekday belongs to."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _s10wd_day(events: list[Event], kind: str, first: str) -> str | None:
    """The date of the first event of ``kind`` whose first actor is ``first``."""
    return next(e.date.start for e in events if e.kind == kind and e.actor1.code == first)


def test_a_weekday_that_names_a_thing_dates_neither_the_clause_nor_the_story() -> None:
    """ "vowed to defend its territory following Monday's deal", "discussed the premier's
    Sunday visit": a weekday told as a noun's modifier (possessive, or after a possessor
    or determiner) dates that thing only. The clause's own act keeps the day it is told
    on, and the sentences after it are not carried back to that day."""
    events = events_in(
        "Kenya said on Wednesday it was recalling its ambassador to Somalia. "
        "The foreign minister also warned Somalia over Monday's agreement with Ethiopia. "
        "Kenya later accused Somalia of harbouring militants.", "2024-05-15")
    assert _s10wd_day(events, "criticism_hostility", "KEN") == "2024-05-15"
    assert all(e.date.start != "2024-05-13" for e in events if e.actor1.code == "KEN")
    # a weekday that opens the sentence tells the sentence's own time
    opened = events_in("Monday's meeting between the leaders of Kenya and Somalia took "
                       "place in Nairobi.", "2024-05-15")
    assert _s10wd_day(opened, "meeting", "KEN") == "2024-05-13"
    # "on Monday" dates the act, as it always did
    plain = events_in("Kenya accused Somalia on Monday of harbouring militants.",
                      "2024-05-15")
    assert _s10wd_day(plain, "criticism_hostility", "KEN") == "2024-05-13"


def test_a_guests_arrival_day_dates_the_visit_not_the_talks_of_the_lede() -> None:
    """ "Kenya and Uganda have signed five accords ... Ruto arrived in Kampala on
    Saturday for a three-day visit": the undated lede is today's news; the arrival day
    opens the visit and dates it alone, not the talks or the signing done during it on
    any of its days. A lede told by the same act's own day still takes that day."""
    events = events_in(
        "Kenya and Uganda have signed five accords on trade and energy. "
        "Ruto arrived in Kampala on Saturday for a three-day visit.", "2024-05-14")
    assert _s10wd_day(events, "agreement_signed", "KEN") == "2024-05-14"
    assert _s10wd_day(events, "visit", "KEN") == "2024-05-11"
    held = events_in(
        "Kenya and Uganda have signed five accords on trade and energy. "
        "The accords were signed in Kampala on Saturday.", "2024-05-14")
    assert _s10wd_day(held, "agreement_signed", "KEN") == "2024-05-11"


def test_a_report_clause_after_a_plan_keeps_its_weekday_in_the_past() -> None:
    """ "X will recall its envoy, the ministry said in a statement on Sunday": the weekday
    belongs to the report told after the plan (a past act, in the week before the paper),
    however many words stand between the reporting verb and the day; the plan is dated by
    the telling, not moved a week ahead. A weekday that a reporting verb governs before
    the plan ("said the planes would land on Monday") is the plan's, ahead."""
    events = events_in(
        "Kenya will recall its ambassador from Somalia for consultations, the foreign "
        "ministry said in a statement on Sunday.", "2024-05-13")
    assert _s10wd_day(events, "sanction", "KEN") == "2024-05-12"
    told = events_in(
        "Kenya will recall its ambassador from Somalia, the foreign minister told "
        "reporters in Nairobi on Sunday.", "2024-05-13")
    assert _s10wd_day(told, "sanction", "KEN") == "2024-05-12"
    ahead = events_in(
        "The foreign minister said Kenya would recall its ambassador from Somalia on "
        "Friday.", "2024-05-13")
    assert _s10wd_day(ahead, "sanction", "KEN") == "2024-05-17"


def test_an_intended_acts_weekday_lies_ahead_like_a_plans() -> None:
    """ "has confirmed plans to meet Ruto from Sunday", "wants to visit Nairobi on Friday":
    an intent told with its own weekday after it is a plan, and its weekday lies ahead of
    the paper as a planned act's does ("will meet on Sunday"), not in the past week. The
    weekday of the telling before the verb stays the telling's."""
    events = events_in(
        "Tanzania's president has confirmed plans to meet Kenyan President William Ruto "
        "from Sunday.", "2024-05-14")
    assert _s10wd_day(events, "meeting", "TZA") == "2024-05-19"
    told = events_in(
        "On Sunday, Tanzania's president confirmed plans to meet Kenyan President "
        "William Ruto.", "2024-05-14")
    assert _s10wd_day(told, "meeting", "TZA") == "2024-05-12"

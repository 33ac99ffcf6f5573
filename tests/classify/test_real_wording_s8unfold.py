"""Wording of real news, a class at a time (each seen in several passages of the
real-text dev split): events of one kind and sides that a text tells as two, which
``tell_once`` must not fold into one."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _unfold_events(text: str, date: str = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def _unfold_dates(text: str, kind: str, date: str = "2024-03-14") -> list[str | None]:
    return sorted(str(e.date.start) for e in _unfold_events(text, date) if e.kind == kind)


def test_an_act_told_by_an_earlier_month_is_another_act() -> None:
    """ "X and Y signed agreements (the page's day) ... Following the signing of the
    framework agreement in January, ...": a mention told only by its own month or year,
    which ends weeks before the day the first mention was placed on, is an earlier act
    told as history, not that act told again (nor does it move the first one's date). A
    retelling with the act's own day ("On March 11, ...") still folds."""
    text = (
        "Kenya and Ethiopia have signed agreements on a cross-border power line. "
        "Following the signing of the framework agreement for the project in January, "
        "both governments set up a joint committee.")
    assert _unfold_dates(text, "agreement_signed") == ["2024-01", "2024-03-14"]
    text = (
        "The meeting between Chilean and Peruvian officials was held to deepen relations. "
        "Last year in November, Chile and Peru held a meeting of their joint trade "
        "committee.")
    assert _unfold_dates(text, "meeting") == ["2023-11", "2024-03-14"]
    # the act's own day a few days before the page's: the same expulsion told again
    text = (
        "Azerbaijan's most recent expulsion of Iranian diplomats has deepened the rift. "
        "On March 11, Azerbaijan expelled four Iranian diplomats.")
    assert _unfold_dates(text, "sanction") == ["2024-03-11"]


def _unfold_consultations(text: str) -> int:
    return len([e for e in _unfold_events(text) if e.kind in ("meeting", "negotiation")])


def test_a_one_on_one_sitting_and_the_delegations_session_are_two_consultations() -> None:
    """ "held the fifth meeting of their Joint Strategic Council ... The leaders earlier held
    one-on-one talks", "In addition to the tete-a-tete between the ministers, talks
    continued in an expanded format": a sitting of the leaders alone and one of the
    delegations (or of a standing council or committee) are two consultations, whichever
    is told first, even where a plain "met with" took in the first. A meeting told again
    with no format of its own, or in the same format, is still one."""
    assert _unfold_consultations(
        "The presidents of Ghana and Senegal held the fifth meeting of their Joint Strategic "
        "Council in Accra on Tuesday. The two leaders earlier held one-on-one talks on "
        "regional security.") == 2
    assert _unfold_consultations(
        "On Tuesday, the Ghanaian president met with the President of Senegal in Accra. In "
        "addition to the one-on-one meeting between the presidents, negotiations continued "
        "in an expanded format involving ministers of both governments.") == 2
    # no format of its own: the same meeting told again
    assert _unfold_consultations(
        "The presidents of Ghana and Senegal held the fifth meeting of their Joint Strategic "
        "Council in Accra on Tuesday. The meeting focused on regional security.") == 1
    # one-on-one both times: one sitting
    assert _unfold_consultations(
        "The presidents of Ghana and Senegal held one-on-one talks in Accra on Tuesday. The "
        "tete-a-tete focused on regional security.") == 1


def test_an_act_told_by_a_day_a_month_or_more_away_is_another_act() -> None:
    """ "President X arrived on 3 May 2016 ... During the visit the two sides signed
    twelve agreements ... The two governments signed a further protocol on 9 June 2021":
    a later signing told with a day of its own years after the day the first was only
    placed on by its context is another signing, not the first told again (the first had
    been folded into it and taken its day). A day a few days off still folds (above)."""
    text = (
        "Briefing note. President Ruto arrived in Addis Ababa on 3 May 2016 for a state "
        "visit. During the visit Kenya and Ethiopia signed twelve agreements on trade and "
        "energy. The two governments signed a further protocol on the power line on "
        "9 June 2021.")
    assert _unfold_dates(text, "agreement_signed", "2024-05-01") == [
        "2016-05-03", "2021-06-09"]

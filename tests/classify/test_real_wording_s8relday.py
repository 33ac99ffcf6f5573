"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): days told by their distance from the story's own day ("the previous day", "a
day earlier", "on the eve", "the next day", "two days later"), not from the publication
date."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _relday_dated(events: list[Event], kind: str) -> list[str | None]:
    return [e.date.start for e in events if e.kind == kind]


def test_relday_a_day_counted_from_the_story_dates_the_act() -> None:
    """ "freed five soldiers who had crossed back on the eve", "arrived in the country the
    previous day", "Two days later, Y recalled its envoy": such a phrase is a date of its
    own, counted from the day its sentence names, else the day the sentence before named,
    else (for a day before) the document's day. Read as no date, the act took the story's
    day instead. A day after needs a day told before it to count from, and a date written
    out after it ("two days later, on May 3") is the act's own."""
    freed = events_in(
        "Georgia handed over three Russian detainees in exchange for two Georgians who were "
        "released by Moscow on the eve, the mediators said.", "2024-03-14")
    assert "2024-03-13" in _relday_dated(freed, "retreat")

    arrived = events_in(
        "The two presidents held talks in Hanoi on Tuesday. The Lao president arrived in "
        "Vietnam the previous day on a state visit.", "2024-03-14")
    assert "2024-03-11" in _relday_dated(arrived, "visit")

    later = events_in(
        "Russian troops shelled Ukrainian positions near the border on Monday. Two days "
        "later, Ukraine recalled its ambassador from Moscow.", "2024-03-14")
    assert "2024-03-13" in _relday_dated(later, "sanction")

    # a day after, with no day told before it: nothing to count from
    undated = events_in("The next day, Ukraine recalled its ambassador from Moscow.",
                        "2024-03-14")
    assert "2024-03-15" not in _relday_dated(undated, "sanction")

    # the day written out right after the phrase is the act's own
    written = events_in(
        "Kenya became independent in 1963, and Tanzania recognised Kenya two days later, "
        "on December 14, 1963.", None)
    assert "1963-12-16" not in _relday_dated(written, "recognition")


def test_relday_the_day_before_a_clause_is_no_count() -> None:
    """ "The day before the vote, X ...": "the day before" followed by what it counts
    from is a day named by another thing, not a count from the story's day; nor is "the
    eve of the summit". Only a phrase standing alone is read as a counted day."""
    eve_of = events_in(
        "On the eve of the summit, China imposed tariffs on Australian wine.", "2024-03-14")
    assert "2024-03-13" not in _relday_dated(eve_of, "sanction")


def test_relday_a_counted_day_sets_no_story_day() -> None:
    """ "A day earlier, reports said the minister had written to the UAE": a counted day
    is measured from the story's day, so it does not become the day of the lede told
    before it (which keeps the publication day); and an act told "after" something done
    "the day before" is the story's, not the day before's."""
    lede = events_in(
        "The UAE has rolled over its $2 billion deposit with Pakistan for another year. A "
        "day earlier, reports said the Pakistani prime minister had written to the UAE "
        "president.", "2024-03-14")
    assert "2024-03-14" in _relday_dated(lede, "aid_project")

    after = events_in(
        "Iran on Thursday summoned Pakistan's envoy. Pakistan struck militant hideouts in "
        "Iran after Tehran launched similar strikes the day before, officials said.",
        "2024-03-14")
    struck = [e.date.start for e in after if e.kind == "armed_clash" and e.actor1.code == "PAK"]
    assert struck and "2024-03-13" not in struck


def test_relday_an_incidents_relative_clause_dates_the_story() -> None:
    """ "the fighting, which began on Saturday", "The incursion, which was announced by
    the ministry on Sunday": a relative clause told of an incident (or a meeting) gives
    that incident's day, the story's own, and the undated acts told after it ("Both
    sides accused each other of starting the clashes") took that day, not the
    publication's. A clause told of a person ("Smith, who flew home on Tuesday") or
    of a thing that ended ("an end to the blockade which began in 2017") dates neither
    the story nor the act."""
    fight = events_in(
        "Three Thai soldiers were killed in the fighting, which began early on Saturday and "
        "lasted four hours. Officials from Thailand and Cambodia accused each other of "
        "starting the clashes.", "2024-03-14")
    assert "2024-03-09" in _relday_dated(fight, "criticism_hostility")

    announced = events_in(
        "Kenya says Somali militiamen crossed into its territory. The incursion, which was "
        "announced by the Kenyan defence ministry on Tuesday, is the latest of many. The "
        "ministry called the incursion an unacceptable provocation by Somalia.",
        "2024-03-14")
    assert "2024-03-12" in _relday_dated(announced, "criticism_hostility")

    person = events_in(
        "The reporter, who flew to Minsk on Tuesday, is a Polish citizen. Poland "
        "accused Belarus of hostage diplomacy.", "2024-03-14")
    assert "2024-03-12" not in _relday_dated(person, "criticism_hostility")

    ended = events_in(
        "Saudi Arabia announced an end to the blockade of Qatar which began in 2017.",
        "2021-01-05")
    assert "2017" not in _relday_dated(ended, "retreat")

"""Wording of real news, a class at a time: dates inside clauses told of something other
than the act (s16e). A relative clause with a subject of its own after another noun ("the
thaw that Obama set in motion last year") tells when that subject did something to the
thing named; its date neither dates the act nor becomes the story's day."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event

S16E_DAY = "2015-07-21"


def _s16e_dates(text: str, kind: str) -> list[str | None]:
    events: list[Event] = events_in(text, S16E_DAY)
    return [e.date.start for e in events if e.kind == kind]


def test_a_that_clause_with_its_own_subject_dates_the_thing_not_the_act() -> None:
    """ "X met Y in Rome, a step in the rapprochement that Ankara began last year": the
    year is of the rapprochement the subject after "that" began; the meeting and what the
    story tells next keep the story's own day. A "that" clause opening the act itself
    ("admitted that its guards on Sept. 28 entered ...") still dates it."""
    text = ("Greek and Turkish diplomats met in Athens on Monday. The resumption of talks "
            "between the two neighbours, a step in the rapprochement that Erdogan set in "
            "motion last year, was the result of months of contacts. Even as the diplomats "
            "met, Turkey's foreign minister criticised Greece over its islands.")
    assert _s16e_dates(text, "negotiation") == ["2015-07-20"]
    assert _s16e_dates(text, "criticism_hostility") == ["2015-07-20"]
    assert _s16e_dates(
        "Lithuania admitted that its border guards on July 2 illegally entered the territory "
        "of Belarus.", "concede") == ["2015-07-02"]
    # the protest came after the shelling that Baku carried out on Monday: not Monday's
    assert _s16e_dates("Armenia protested the shelling that Baku carried out on Monday.",
                       "criticism_hostility") == ["2015-07-21"]


def test_a_pronoun_after_as_or_when_opens_a_clause_told_at_the_same_time() -> None:
    """ "shot down the jets as they approached Damascus on Friday": a pronoun after "as",
    "when" or "while" opens a clause of the same moment, not a relative clause naming a
    thing ("the tariffs it imposed in 2020"), so its day dates the act."""
    text = ("Syria's army said it downed Turkish jets as they approached Aleppo on Friday.")
    assert _s16e_dates(text, "armed_clash") == ["2015-07-17"]
    # a relative clause with no "that" still keeps its date to the thing it names
    assert _s16e_dates("Pakistan lifted the tariffs it imposed on India in 2012.",
                       "sanction") != ["2012"]

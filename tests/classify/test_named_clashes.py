"""A war or strike named, not told ("the second Karabakh war"), is a clash of its sides."""

from __future__ import annotations

import dyadscope
from dyadscope.model import Event


def _clashes(text: str) -> list[Event]:
    events = [r for r in dyadscope.extract(text, date="2021-06-15") if isinstance(r, Event)]
    return [e for e in events if e.kind == "armed_clash"]


def test_a_named_war_is_a_clash_of_its_sides_dated_as_history_dates_it() -> None:
    (war,) = _clashes("Shusha was liberated as a result of the second Karabakh war.")
    assert (war.actor1.code, war.actor2.code, war.date.start[:4]) == ("AZE", "ARM", "2020")
    assert war.status == "actual"


def test_a_war_that_only_dates_another_act_is_no_clash_told() -> None:
    for text in ("Pakistan supported Azerbaijan during the 44-day war.",
                 "The economy has grown since the end of the first Karabakh war."):
        assert _clashes(text) == [], text


def test_a_war_told_by_the_sentence_is_not_coded_twice() -> None:
    clashes = _clashes("Azerbaijan fought the second Karabakh war against Armenia in 2020.")
    assert len(clashes) == 1


def test_a_moment_that_is_no_war_between_states_codes_no_clash() -> None:
    assert _clashes("After the dissolution of the Soviet Union, Pakistan recognised Azerbaijan.") \
        == []

"""Wording of real news that tells one event twice, a class at a time (each seen in
several passages of the real-text dev split): a second mention of the same act by the
same sides is folded into the first, and an act told as a new one is kept apart."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _dup_coerce(text: str) -> list[Event]:
    return [e for e in events_in(text, "2024-03-14") if e.kind == "coerce"]


def test_a_detention_dated_to_its_month_and_to_its_day_is_one_detention() -> None:
    """ "soldiers detained in Mali since July ... arrested on July 10", "a national detained
    earlier this month ... taken into custody earlier in March": custody of the same people
    by the same side, told once by its month and once by a day of that month (or by the
    month again), is one seizure, dated by the sharper mention; one told as another
    ("also", "another", "a second") stays a second seizure."""
    once = _dup_coerce(
        "Twelve Thai fishermen detained in Myanmar since February were flown home on Tuesday. "
        "Myanmar police arrested the fishermen on February 9 near the maritime border.")
    assert [(e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
            for e in once] == [("MMR", "THA", "2024-02-09")]
    twice = _dup_coerce(
        "Twelve Thai fishermen detained in Myanmar since February were flown home on Tuesday. "
        "Myanmar police also arrested another group of Thai fishermen on February 20.")
    assert len(twice) == 2
    second = _dup_coerce(
        "Twelve Thai fishermen detained in Myanmar in February were flown home on Tuesday. "
        "Myanmar police detained a second crew of Thai fishermen in early February.")
    assert len(second) == 2


def _dup_force(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
            for e in events_in(text, "2024-03-14") if e.kind == "armed_clash"]


def test_one_day_of_fighting_told_again_in_other_words_is_one_attack() -> None:
    """ "violated the ceasefire ... resorted to heavy shelling and firing", "launched air
    strikes ... reported the coalition airstrikes", "struck military sites ... confirmed an
    Israeli attack": force by the same side on the same side on the same day, told again
    with another word for it (a ceasefire violation, shelling, an air strike, an attack),
    is the one attack; a writer tells a second as such ("also") or on another day."""
    assert _dup_force(
        "Pakistani troops violated the ceasefire in the Nakyal sector of the Line of Control "
        "on Friday. An Indian army officer said Pakistani soldiers opened fire on Indian posts "
        "in the sector on Friday.") == [("PAK", "IND", "2024-03-08")]
    assert len(_dup_force(
        "Pakistani troops violated the ceasefire in the Nakyal sector of the Line of Control "
        "on Friday. An Indian army officer said Pakistani soldiers opened fire on Indian posts "
        "in the Uri sector on Saturday.")) == 2
    assert len(_dup_force(
        "Saudi Arabia launched airstrikes on Yemen on Tuesday. Saudi forces also shelled "
        "Yemeni border villages on Tuesday.")) == 2

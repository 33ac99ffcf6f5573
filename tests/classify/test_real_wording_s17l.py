"""Wording of real news, a class at a time: an act told again as a definite noun with no
doer of its own ("The downing of the jet has raised tensions between X and Y"), whose
sides are only the order of a "between" phrase or the story's pair, and an act blamed
with "for" ("criticized Syria for shooting down a jet"), which the blame tells as done."""

from __future__ import annotations

from coded_events import events_in


def _s17l_force(text: str, date: str = "2024-03-14") -> list[tuple[str, str | None, str | None]]:
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
        for e in events_in(text, date)
        if e.kind == "armed_clash"
    ]


def test_a_doerless_retelling_folds_into_the_act_in_either_direction() -> None:
    """ "Russia fired missiles at Ukraine ... The strike has deepened the rift between
    Ukraine and Russia": the definite noun names no doer, so the order of "between"
    is no direction of the act; it is the act told before, in that act's direction, not a
    reversed second attack."""
    assert _s17l_force(
        "Russian forces fired missiles at a Ukrainian power plant on Monday. The strike "
        "has deepened the rift between Ukraine and Russia, analysts said.") == [
        ("RUS", "UKR", "2024-03-11")]
    assert _s17l_force(
        "Eritrean troops shelled Ethiopian positions on Tuesday. The shelling has worsened "
        "relations between Ethiopia and Eritrea.") == [("ERI", "ETH", "2024-03-12")]


def test_a_doerless_retelling_with_its_own_distant_day_is_another_act() -> None:
    """A noun of the same kind told with a day of its own far from the first act's ("the
    shelling in January") is an earlier act of its own, not the first told again."""
    coded = _s17l_force(
        "Eritrean troops shelled Ethiopian positions on Tuesday. The shelling in January "
        "had already worsened relations between Ethiopia and Eritrea.")
    assert ("ERI", "ETH", "2024-03-12") in coded
    assert len(coded) == 2


def test_an_act_blamed_with_for_is_told_as_done() -> None:
    """ "criticized Syria for shooting down a Turkish jet", "condemned Y for shelling its
    villages": the words of blame (criticize, condemn, denounce, slam, ...) tell the act
    after "for" as done by the one blamed, to the one blaming; a day inside "last week"
    told later ("on Friday") is its sharper date."""
    assert _s17l_force(
        "Ankara condemned Damascus on Tuesday for shooting down a Turkish fighter jet last "
        "week. The downing of the jet on Friday raised tensions between Turkey and Syria.",
        "2024-03-14") == [("SYR", "TUR", "2024-03-08")]
    assert ("PAK", "AFG", "2024-03-13") in _s17l_force(
        "Kabul denounced Islamabad for shelling Afghan border villages on Wednesday.")
    # praise "for helping" is no force, and blame without "for" tells no act
    assert not _s17l_force("Turkey criticized Syria on Tuesday over its policies.")

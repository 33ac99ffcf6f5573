"""Wording of real news, a class at a time: acts dated by counting from another act
("one day after asking ...", "two days after he was captured ...", "a day after X told
the fund that it supports ..."). The act after "<count> days after" took place that many
days before the main clause's act, however it is told: by a gerund with no subject of its
own, by a passive, or further on in a clause the counted phrase opens."""

from __future__ import annotations

from coded_events import events_in

_S19B_DAY = "2024-03-14"  # a Thursday


def _s19b_dated(text: str, kind: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
        for e in events_in(text, _S19B_DAY)
        if e.kind == kind
    )


def test_an_act_counted_back_from_the_main_clause_is_another_act() -> None:
    """ "urged the UN to send peacekeepers one day after asking the Security Council to
    meet": the same sides doing the same kind of act in one sentence, one counted a day
    before the other, are two acts on two days, not one act told twice."""
    assert _s19b_dated(
        "Cambodia urged the United Nations to send observers one day after asking the "
        "Security Council to hold an emergency session.", "request"
    ) == [("KHM", "UN", "2024-03-13"), ("KHM", "UN", "2024-03-14")]
    assert _s19b_dated(
        "Ecuador recalled its ambassador from Colombia two days after expelling "
        "Colombia's ambassador.", "sanction"
    ) == [("ECU", "COL", "2024-03-12"), ("ECU", "COL", "2024-03-14")]
    # near miss: no count, the same request told with what it asks for is one act
    assert len(_s19b_dated(
        "Cambodia urged the United Nations to send observers and asked the Security "
        "Council to hold an emergency session.", "request")) == 1


def test_a_count_dates_an_act_told_further_on_in_its_clause() -> None:
    """ "It comes a day after India told the IMF that it strongly supports ...", "two days
    after officials said that jets struck ...", "two days after he was captured after
    shooting down ...": the clause "<count> days after" opens may hold a "that" clause or
    an earlier "after" before the act it counts; the act still lies that many days back.
    A comma ends the counted clause: what follows it is not counted back."""
    assert _s19b_dated(
        "The visit comes a day after Japan formally informed the Asian Development Bank "
        "that it firmly supports South Korea's reconstruction plan.", "support_statement"
    ) == [("JPN", "KOR", "2024-03-13")]
    assert _s19b_dated(
        "The move comes two days after Iraqi officials said that Turkish jets struck "
        "Iraqi villages.", "armed_clash"
    ) == [("TUR", "IRQ", "2024-03-12")]
    # near miss: past the comma the act is the main clause's news again
    assert _s19b_dated(
        "The move comes two days after the talks in Ankara, and Turkish jets struck "
        "Iraqi villages.", "armed_clash"
    ) == [("TUR", "IRQ", "2024-03-14")]

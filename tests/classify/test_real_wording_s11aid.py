"""Wording of real aid news, a class at a time (each seen in several passages of the
real-text dev split): the money a signed deal is for, and who gives it."""

from __future__ import annotations

from coded_events import events_in


def _s11aid_aid(text: str, date: str = "2024-03-14") -> list[tuple[str | None, str | None, str]]:
    return [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None, e.date.start)
        for e in events_in(text, date)
        if e.kind == "aid_project"
    ]


def test_a_deal_for_aid_between_a_donor_and_another_state_is_the_donor_giving() -> None:
    """ "Sweden and Zambia signed agreements on financial cooperation", "agreed to an
    ODA deal worth $90 million": a deal for development money between a state that gives
    aid and one that does not is also the gift, from the donor, even when the sentence
    names neither lending body nor the side helped; told again as it is given, it stays
    one gift."""
    assert ("SWE", "ZMB", "2024-03-12") in _s11aid_aid(
        "Sweden and Zambia on Tuesday signed agreements on financial cooperation worth "
        "45 million dollars.")
    assert ("KOR", "KHM", "2024-03-12") in _s11aid_aid(
        "South Korea and Cambodia on Tuesday signed an ODA deal worth 90 million dollars.")
    told_twice = _s11aid_aid(
        "Norway and Malawi on Tuesday signed a grant agreement. Under it, Norway will "
        "provide assistance to Malawi to build rural clinics.")
    assert told_twice.count(("NOR", "MWI", "2024-03-12")) <= 1
    assert ("NOR", "MWI", "2024-03-12") in told_twice
    # two donors: the sentence does not tell who gives
    assert not _s11aid_aid(
        "France and Germany on Tuesday signed agreements on financial cooperation.")
    # a deal not for money is no gift
    assert not _s11aid_aid("Japan and Laos on Tuesday signed an agreement on tourism.")


def test_the_state_an_announced_clause_opens_with_gives_not_the_announcer() -> None:
    """ "Pakistan's central bank announced that Beijing rolled over a loan", "Nairobi
    announced that Tokyo had agreed to lend it": the announcer tells of money it gets;
    the state the announced clause opens with gives it. An announcer that gives itself
    ("Tokyo announced that it will provide aid to Turkey") keeps its side."""
    assert ("CHN", "LKA") in [a[:2] for a in _s11aid_aid(
        "Sri Lanka announced that China rolled over a $1 billion loan on Thursday.")]
    assert ("JPN", "KEN") in [a[:2] for a in _s11aid_aid(
        "Nairobi announced that Tokyo had approved a $300 million loan.")]
    assert ("JPN", "TUR") in [a[:2] for a in _s11aid_aid(
        "Tokyo announced that it will provide $5 million in aid to Turkey.")]
    assert ("LKA", "CHN") not in [a[:2] for a in _s11aid_aid(
        "Sri Lanka announced that China rolled over a $1 billion loan on Thursday.")]


def test_money_told_first_with_its_giver_after_by_is_given() -> None:
    """ "the assistance extended by India", "the loans provided by China", "grants
    offered by Korea": the money named first and its giver after "by" (a reduced
    passive of the giving verbs) is that giver's aid, even inside a longer sentence
    about something else. A giver after "by" of something that is not money is not."""
    assert ("IND", "LKA") in [a[:2] for a in _s11aid_aid(
        "The swap, part of $2 billion in emergency assistance extended by India to Sri "
        "Lanka last year, expires in June.")]
    assert ("CHN", "ZMB") in [a[:2] for a in _s11aid_aid(
        "Zambia used the loans provided by China in 2019 to build the airport.")]
    assert not _s11aid_aid(
        "Zambia praised the report provided by China on the airport project.")


def test_two_aid_acts_each_with_its_own_sum_in_one_sentence_are_two_gifts() -> None:
    """ "deposited $3 billion with the central bank and extended the term of another
    $2.3 billion in earlier deposits", "deposited $1 billion and sent 50 tonnes of
    food": two giving acts told side by side, each with a sum of its own, are two gifts,
    not one told twice. One gift told with a part of it ("$5 million in aid, including
    $2 million for food") stays one."""
    assert _s11aid_aid(
        "Kuwait deposited $2 billion with Jordan's central bank on Tuesday and extended "
        "the term of another $1.5 billion in earlier deposits.").count(
        ("KWT", "JOR", "2024-03-12")) == 2
    assert _s11aid_aid(
        "Qatar deposited $1 billion with Egypt's central bank on Tuesday and sent 50 "
        "tonnes of food to Egypt.").count(("QAT", "EGY", "2024-03-12")) == 2
    assert len(_s11aid_aid(
        "Japan provided $5 million in aid to Nepal on Tuesday, including $2 million for "
        "food.")) == 1

"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): conflict acts that were found in a sentence and then lost because
nothing gave them a second side."""

from __future__ import annotations

from coded_events import events_in, sides_of
from dyadscope.model import Event


def _s11d_events(text: str, date: str | None = "2024-03-14") -> list[Event]:
    return events_in(text, date)


def test_a_withdrawal_naming_no_other_side_is_from_the_documents_other_side() -> None:
    """ "ordered its troops to pull back from the disputed ridge", "its diplomats will
    leave the country": a side that withdraws troops or staff in a story about two sides
    withdraws from the other one (RETREAT), as a closed border or a recalled envoy with no
    target named is aimed at it; the withdrawal gives no target to that side's later
    force, and a story with no pair leaves it one-sided."""
    withdrawn = _s11d_events(
        "Eritrea and Ethiopia traded accusations over the border town on Monday. Eritrea "
        "on Tuesday ordered its troops to pull back from the disputed ridge.")
    assert sides_of(withdrawn, "retreat") == ("ERI", "ETH")
    staff = _s11d_events(
        "Bolivia broke off diplomatic relations with Peru on Monday. Its foreign minister "
        "said Bolivian diplomatic personnel would leave the country within a week.")
    assert sides_of(staff, "retreat") == ("BOL", "PER")
    # the withdrawal told, a later sentence's clash of the same side has no target from it
    clash = _s11d_events(
        "Eritrea and Ethiopia traded accusations over the border town on Monday. Eritrea "
        "ordered its troops to pull back on Tuesday. Reporters visited the clash site.")
    assert not [e for e in clash if e.kind == "armed_clash"]
    alone = _s11d_events("Eritrea ordered its troops to pull back from the ridge on Tuesday.")
    assert not [e for e in alone if e.kind == "retreat"]


def test_a_sides_verdict_on_an_act_it_names_only_by_a_noun_is_an_accusation() -> None:
    """ "said Russia's use of migrants was shameful", "says the decision is unfortunate",
    "\\"Such a breach is totally unacceptable,\\" the minister wrote": a side that calls an
    act unacceptable, unfriendly, provocative or illegal accuses its doer (ACCUSE), the
    doer named as its owner or, with "it", "the move", the story's other side; the
    speaker may come after the quote. A verdict that is no ill word accuses no one."""
    owned = _s11d_events(
        "Lithuania's foreign minister said that Belarus's use of migrants at the border "
        "was shameful.")
    assert sides_of(owned, "criticism_hostility") == ("LTU", "BLR")
    context = _s11d_events(
        "Kenya suspended flights to Somalia on Monday. Somalia's government says the "
        "decision is unfortunate and harms regional trade.")
    assert ("SOM", "KEN") in {
        (e.actor1.code, e.actor2.code) for e in context
        if e.kind == "criticism_hostility" and e.actor2 is not None}
    quoted = _s11d_events(
        "Greece protested to Turkey on Monday. \"Such a breach is totally unacceptable,\" "
        "the Greek foreign minister wrote on Tuesday.")
    assert [e for e in quoted if e.kind == "criticism_hostility"
            and e.actor1.code == "GRC" and e.status == "actual"
            and e.source.sentence.startswith("\"Such")]
    neutral = _s11d_events(
        "Greece and Turkey held talks on Monday. \"It is an important step,\" the Greek "
        "foreign minister said on Tuesday.")
    assert not [e for e in neutral if e.kind == "criticism_hostility"]


def test_aid_stopped_or_cut_is_a_sanction_however_its_sum_is_told() -> None:
    """ "suspended some $300 million in military aid to Egypt", "cut budget support to
    Malawi", "withheld funding from X": aid a side stops, cuts or holds back is a
    sanction on the side that got it (SANCTION), however long the sum and kind of aid
    between the verb and the aid; "support" alone (for a plan, a bid) is no aid."""
    summed = _s11d_events(
        "In 2013 the United States suspended some $260 million in military aid to Egypt.")
    assert sides_of(summed, "sanction") == ("USA", "EGY")
    budget = _s11d_events("Britain cut budget support to Malawi in 2011.")
    assert sides_of(budget, "sanction") == ("GBR", "MWI")
    plan = _s11d_events("France cut its support for the Italian plan in 2011.")
    assert not [e for e in plan if e.kind == "sanction"]


def test_ties_switched_from_one_side_to_its_rival_cut_the_ties_left() -> None:
    """ "switched diplomatic recognition from Taipei to Beijing", "shifted its ties from
    Taiwan to China": the side moving its ties cuts them with the side it leaves
    (SANCTION); production or trade moved from one place to another cuts no ties."""
    switched = _s11d_events("Kiribati switched diplomatic recognition from Taipei to "
                            "Beijing in 2019.")
    assert sides_of(switched, "sanction") == ("KIR", "TWN")
    moved = _s11d_events("The firm shifted its production from Taiwan to China in 2019.")
    assert not [e for e in moved if e.kind == "sanction"]

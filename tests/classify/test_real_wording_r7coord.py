"""Wording of real news in which several states do one kind of act together, told as a
coordinated subject ("X and Y recognised Z"), a structural class at a time, each seen in
several passages of the real-text dev split: an act each state does on its own (a
recognition, a visit) is one act per doer; an act the dev gold keeps as one with further
parties (condemning, sanctioning, sending aid) stays one."""

from __future__ import annotations

from coded_events import events_in


def _r7coord_coded(text: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None,
         tuple(a.code for a in e.others))
        for e in events_in(text, "2024-03-14")
    ]


def test_coordinated_doers_of_a_recognition_or_visit_act_each_on_their_own() -> None:
    """ "Slovenia and Malta recognised a Palestinian state", "the Kenyan and Ugandan
    presidents arrived in Tanzania for state visits": each state recognises, each leader
    travels, so each is its own act with the same other side; a condemnation by two
    coordinated states stays one act with the second among its further parties."""
    coded = _r7coord_coded(
        "Slovenia and Malta formally recognised a Palestinian state on Tuesday.")
    recognitions = {(a1, a2) for k, a1, a2, _ in coded if k == "recognition"}
    assert recognitions == {("SVN", "PSE"), ("MLT", "PSE")}
    coded = _r7coord_coded(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni arrived in "
        "Tanzania on Monday for state visits.")
    visits = {(a1, a2) for k, a1, a2, _ in coded if k == "visit"}
    assert visits == {("KEN", "TZA"), ("UGA", "TZA")}
    # a one-sided act the gold keeps as one act with further parties
    coded = _r7coord_coded("Slovenia and Malta condemned the Israeli strikes on Monday.")
    condemned = [c for c in coded if c[0] == "criticism_hostility"]
    assert condemned == [("criticism_hostility", "SVN", "ISR", ("MLT",))]
    # one recognising state alone: one act
    coded = _r7coord_coded("Slovenia formally recognised a Palestinian state on Tuesday.")
    assert [c[:3] for c in coded if c[0] == "recognition"] == [("recognition", "SVN", "PSE")]


def test_a_state_that_followed_suit_did_the_last_act_again() -> None:
    """ "X recalled its envoy from Y. Z followed suit", "... and Y did the same on
    Monday": the state named just before the words did the story's last one-sided act
    again, to the same target, or back to the doer where it was the target (tit for
    tat), on a day told after the words; asked or planned ("urged Z to follow suit") is
    not done."""
    coded = _r7coord_coded(
        "Ghana expelled two Nigerian diplomats on Tuesday. Togo followed suit a day later.")
    assert [c[:3] for c in coded if c[0] == "sanction"] == [
        ("sanction", "GHA", "NGA"), ("sanction", "TGO", "NGA")]
    events = events_in(
        "Peru recalled its ambassador from Bolivia on Sunday, and Bolivia did the same on "
        "Monday.", "2024-03-14")
    back = [e for e in events if e.kind == "sanction" and e.actor1.code == "BOL"]
    assert [(e.actor2.code if e.actor2 else None, e.date.start) for e in back] == [
        ("PER", "2024-03-11")]
    # asked, not done
    coded = _r7coord_coded(
        "Ghana expelled two Nigerian diplomats on Tuesday. It urged Togo to follow suit.")
    assert not [c for c in coded if c[0] == "sanction" and c[1] == "TGO"]

"""Real news wording, a class at a time: dates and sides of near misses, where the right
kind was coded but the day (or the sides) taken were another's."""

from __future__ import annotations

from coded_events import events_in


def _s12f_days(text: str, kind: str, date: str = "2024-07-13") -> list[str | None]:
    return [e.date.start for e in events_in(text, date) if e.kind == kind]


def test_a_pair_lede_takes_the_day_of_the_meeting_it_was_made_at() -> None:
    """ "X and Y have agreed/affirmed ... This was discussed during a meeting between the
    two leaders on Friday": a lede told in the present perfect that the two sides make
    together was made at the meeting of the same two sides that the next sentence tells
    as its setting ("during a meeting", "in a phone call", "at talks"): the meeting's day
    is the lede's, not the day of publication. A meeting told as an act of its own (an
    envoy received after ties were restored) does not date the lede."""
    # 2024-07-13 is a Saturday: "Friday" is 2024-07-12
    assert _s12f_days(
        "Kenya and Tanzania have agreed to expand cooperation in trade and border "
        "security. The matter was settled during talks between the two presidents in "
        "Nairobi on Friday.", "pledge") == ["2024-07-12"]
    agreed = [e.date.start for e in events_in(
        "Chile and Peru have pledged to deepen cooperation on energy. The commitments "
        "were made in a meeting between the Chilean and Peruvian foreign ministers on "
        "Thursday.", "2024-07-13") if e.plover == "AGREE"]
    assert agreed and all(d == "2024-07-11" for d in agreed)
    restored = [e.date.start for e in events_in(
        "Chile and Peru have restored full diplomatic relations. The new Peruvian "
        "ambassador was received by Chile's deputy foreign minister on Thursday.",
        "2024-07-13") if e.plover == "COOPERATE"]
    assert "2024-07-11" not in restored


def test_an_intent_noun_with_its_own_passive_does_not_make_its_setting_a_plan() -> None:
    """ "The invitation was made in a phone call ... on Thursday", "The offer was made in
    a call": the intent noun is the subject of its own passive, and the call or
    meeting after it is where that was done, a thing told as done on a past day, not a
    plan that the noun governs (so not an intent, and its weekday not read ahead). "An
    invitation to talks" still governs the talks."""
    events = events_in(
        "The offer was made in a phone call between the Kenyan and Ugandan foreign "
        "ministers on Thursday.", "2024-07-13")
    met = [e for e in events if e.plover == "CONSULT"]
    assert met and all(e.status == "actual" and e.date.start == "2024-07-11" for e in met)
    assert not [e for e in events if e.kind == "meeting" and e.status == "intent"]
    invited = events_in(
        "Kenya extended an invitation to talks in Nairobi to the Ugandan foreign "
        "minister.", "2024-07-13")
    assert not [e for e in invited if e.kind in ("meeting", "negotiation")
                and e.status == "actual"]


def test_a_pair_act_takes_the_day_of_the_talks_its_sentence_sets_it_after() -> None:
    """ "X and Y reached a deal to reopen the border after talks on Monday": an act the
    two sides make together, with no day of its own, was made at the talks of the same
    two sides that its own sentence tells as its setting ("after talks", "during a
    meeting"); it takes the talks' day, not the day of publication. Talks of other sides
    do not date it."""
    # 2024-07-13 is a Saturday: "Monday" is 2024-07-08
    agreed = [e.date.start for e in events_in(
        "Kenya and Uganda agreed to reopen their shared border after talks between the "
        "two presidents on Monday.", "2024-07-13") if e.plover == "AGREE"]
    assert agreed == ["2024-07-08"]
    other = [e.date.start for e in events_in(
        "Kenya and Uganda agreed to reopen their shared border after talks between "
        "France and Germany on Monday.", "2024-07-13")
        if e.plover == "AGREE" and {a.code for a in e.parties()} == {"KEN", "UGA"}]
    assert "2024-07-08" not in other

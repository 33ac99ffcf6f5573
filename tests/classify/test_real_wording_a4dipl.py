"""Wording of diplomatic contact in real reporting, audited a class at a time from
sentences written for the audit (not taken from the gold): the day of an invitation
told as handed over, meetings told by what the two did together rather than "met", and
"invite" of a reaction, which is no invitation of a state."""

from __future__ import annotations

from coded_events import events_in

_A4DIPL_DAY = "2024-03-14"  # a Thursday: "on Tuesday" is 2024-03-12


def _a4dipl_coded(text: str, kind: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
            for e in events_in(text, _A4DIPL_DAY) if e.kind == kind]


def test_an_invitation_handed_over_takes_the_day_it_was_handed() -> None:
    """ "issued an invitation to X on Tuesday", "received a formal invitation from Y on
    Tuesday": a past verb of giving or getting makes the invitation a done act, so the
    weekday is the past one, not next week's. An invitation "to visit ... on Tuesday"
    still dates the visit to come."""
    for text in (
        "India issued an invitation to Japan on Tuesday.",
        "New Delhi sent a formal invitation to Tokyo on Tuesday, the ministry said.",
        "Japan received an invitation from India on Tuesday.",
        "The Indian foreign minister extended an invite to his Japanese counterpart on "
        "Tuesday.",
    ):
        assert [(a, b) for a, b, _ in _a4dipl_coded(text, "invitation")] == [
            ("IND", "JPN")], text
        assert [d for _, _, d in _a4dipl_coded(text, "invitation")] == ["2024-03-12"], text
    # the visit invited to is still to come
    visits = _a4dipl_coded(
        "Indian Prime Minister Narendra Modi invited Japanese Prime Minister Fumio Kishida "
        "to visit India on Tuesday.", "visit")
    assert [d for _, _, d in visits] == ["2024-03-19"]


def test_a_meeting_told_by_what_the_two_did_together() -> None:
    """ "shook hands with", "huddled with", "got together with", "had dinner / a
    one-on-one / a bilateral with" a named leader: everyday news words for a
    face-to-face meeting other than "met"."""
    for text in (
        "Indian Prime Minister Narendra Modi shook hands with Japanese Prime Minister "
        "Fumio Kishida in Osaka on Tuesday.",
        "India's foreign minister, S. Jaishankar, huddled with Japanese Foreign Minister "
        "Yoko Kamikawa on Tuesday.",
        "Indian Prime Minister Narendra Modi had a private dinner with Japanese Prime "
        "Minister Fumio Kishida on Tuesday.",
        "Indian Prime Minister Narendra Modi had a brief one-on-one with Japanese Prime "
        "Minister Fumio Kishida on Tuesday.",
        "Indian Prime Minister Narendra Modi got together with Japanese Prime Minister "
        "Fumio Kishida on Tuesday.",
    ):
        got = _a4dipl_coded(text, "meeting")
        assert [({a, b}, d) for a, b, d in got] == [({"IND", "JPN"}, "2024-03-12")], text
    # a meal with no named party is no meeting
    assert _a4dipl_coded("India had dinner with friends in Japan on Tuesday.",
                         "meeting") == []


def test_inviting_a_reaction_is_no_invitation() -> None:
    """ "India's move invites criticism from Japan", "was an invitation to trouble",
    "invited bids from Japanese firms": "invite" of a reaction, a risk or an offer from
    the market is no state inviting another. Inviting a state to talks still is."""
    for text in (
        "India's move invites criticism from Japan.",
        "India's new policy invited a sharp response from Japan on Tuesday.",
        "The Indian move was an invitation to trouble, Japanese officials said.",
        "India invited bids from Japanese firms on Tuesday.",
    ):
        assert _a4dipl_coded(text, "invitation") == [], text
    assert [(a, b) for a, b, _ in _a4dipl_coded(
        "India invited Japan to the talks on Tuesday.", "invitation")] == [("IND", "JPN")]


def test_talks_restarted_or_revived_are_talks_held() -> None:
    """ "restarted talks", "reopened negotiations", "revived talks on a trade pact",
    "reconvened consultations": the family of verbs of taking talks up again tells talks
    held that day, as "began" and "launched" do."""
    for text in (
        "India and Japan restarted talks on Tuesday.",
        "Indian and Japanese negotiators reopened negotiations on a trade pact on Tuesday.",
        "New Delhi and Tokyo revived talks on a free trade agreement on Tuesday.",
        "India and Japan reconvened formal consultations on Tuesday.",
    ):
        got = _a4dipl_coded(text, "negotiation")
        assert [({a, b}, d) for a, b, d in got] == [({"IND", "JPN"}, "2024-03-12")], text
    # reopening a border is no talks
    assert _a4dipl_coded("India and Japan reopened the border on Tuesday.",
                         "negotiation") == []


def test_a_leader_who_rang_another_held_a_call() -> None:
    """ "rang X", "rang up X": the everyday British verb of a phone call, beside "phoned"
    and "dialled". Bells or shots that "rang" name no one called."""
    for text in (
        "Indian Prime Minister Narendra Modi rang Japanese Prime Minister Fumio Kishida "
        "on Tuesday.",
        "Modi rang up Kishida on Tuesday to discuss the summit.",
    ):
        got = _a4dipl_coded(text, "meeting")
        assert [({a, b}, d) for a, b, d in got] == [({"IND", "JPN"}, "2024-03-12")], text
    assert _a4dipl_coded("Alarm bells rang in Tokyo over India's plan on Tuesday.",
                         "meeting") == []

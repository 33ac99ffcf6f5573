"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): an invitation to visit is the inviter's act (invitation, inviter -> invited);
the visit it asks for is no event until the text says it will take place (accepted, a
positive response, a date of its own, "will visit")."""

from __future__ import annotations

from coded_events import coded_in


def test_an_invitation_to_visit_not_yet_taken_up_codes_no_visit() -> None:
    """ "X invited Y to visit Z", "invited Y to pay a visit", "invited Y for a return
    visit", "extended an invitation to Y to visit": the invitation, by the inviter, and no
    visit by the invited side, whatever the visit's wording."""
    for text in (
        "The Kenyan president invited his Ugandan counterpart to visit Nairobi soon.",
        "The Kenyan president invited the Ugandan leader to pay an official visit to Kenya.",
        "The Kenyan president thanked his hosts and invited the Ugandan premier for a "
        "return visit.",
        "Kenya's foreign minister extended an invitation to Uganda's foreign minister to "
        "visit Nairobi at a convenient time.",
    ):
        coded = coded_in(text)
        assert ("invitation", "KEN", "UGA") in coded, text
        assert not [c for c in coded if c[0] == "visit"], text


def test_an_invitation_taken_up_still_codes_the_visit() -> None:
    """ "accepted the invitation to visit", "at the invitation of X, Y will pay a visit",
    "invited Y to visit in 2025": the visit will take place, so it is coded, guest -> host."""
    assert ("visit", "UGA", "KEN") in coded_in(
        "The Ugandan president accepted the Kenyan leader's invitation to visit Nairobi.")
    assert ("visit", "UGA", "KEN") in coded_in(
        "At the invitation of the Kenyan president, the Ugandan president will pay a "
        "two-day visit to Kenya.")
    assert ("visit", "UGA", "KEN") in coded_in(
        "The Kenyan president invited the Ugandan president to visit Kenya in 2025.")
    assert ("visit", "UGA", "KEN") in coded_in(
        "The Kenyan president invited the Ugandan president to visit Nairobi, and the "
        "invitation was accepted.")

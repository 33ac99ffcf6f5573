"""Wording of real news, a class at a time (each seen in several passages of the real-text
dev split): acts named as what a favourable reaction (thanks, appreciation, welcome,
praise) is about, which took place and are events of their own."""

from __future__ import annotations

from coded_events import coded_in, events_in


def _coded(text: str) -> list[tuple[str, str, str | None]]:
    return coded_in(text, "2024-03-14")


def test_help_a_side_is_thanked_for_was_given_by_it() -> None:
    """ "thanked Turkey for its political support", "expressed gratitude to Germany for its
    financial support", "appreciated Azerbaijani support for Pakistan's stance": besides
    the thanks, the help itself, from the side thanked (or the one the phrase names as
    giving it) to the side that thanks: stated support where a stance, cause or feeling is
    backed, aid where goods or money are given. Help told vaguely, or not yet given, is
    no event."""
    assert ("support_statement", "JPN", "KOR") in _coded(
        "The Korean foreign minister thanked Japan for its diplomatic support on the "
        "candidacy of Seoul for the Security Council.")
    assert ("support_statement", "IND", "BTN") in _coded(
        "Bhutan's prime minister expressed his gratitude to India for supporting Bhutan's "
        "sovereignty over the disputed plateau.")
    assert ("support_statement", "ITA", "ALB") in _coded(
        "The Albanian premier thanked Italy for its solidarity after the floods.")
    assert ("aid_project", "NOR", "KEN") in _coded(
        "Kenya's president thanked Norway for the assistance it has provided to the drought "
        "victims.")
    assert ("aid_project", "JPN", "LKA") in _coded(
        "Sri Lanka's minister appreciated Japanese support in providing equipment to "
        "hospitals.")
    # when the support was given is the phrase's own date
    (backing,) = [e for e in events_in(
        "The Cypriot president thanked Greece for its political support during the crisis "
        "in 2019.", "2024-03-14") if e.actor1.code == "GRC"]
    assert backing.kind == "support_statement" and (backing.date.start or "")[:4] == "2019"
    # vague help, help offered but not given: the thanks alone (an offer is no aid given)
    assert [k for k, *_ in _coded("Ghana thanked Nigeria for its strong support in the "
                                  "bilateral relationship.")] == ["support_statement"]
    assert not [e for e in events_in("Chile thanked Peru for its readiness to provide "
                                     "humanitarian assistance.", "2024-03-14")
                if e.kind == "aid_project" and e.status == "actual"]


def test_a_joint_act_welcomed_between_named_sides_took_place() -> None:
    """ "welcomed the agreement between Armenia and Azerbaijan", "praised the talks with
    Mitsotakis", "congratulated Sudan on the ceasefire with South Sudan": a favourable
    reaction about talks, a meeting, a signed deal or a truce whose parties the phrase
    names tells that act as done, between those parties ("with B": the reacting side, or
    the side congratulated, and B). A plan, proposal or decision welcomed, an act still
    ahead, or a general remark on relations is no such act."""
    assert ("negotiation", "SRB", "XKX") in _coded(
        "Germany praised the talks between Serbia and Kosovo held in Brussels on Monday.")
    assert ("negotiation", "IND", "BGD") in _coded(
        "India hailed the discussions with Bangladesh on river water.")
    assert ("agreement_signed", "ETH", "ERI") in _coded(
        "The United Nations welcomed the signing of the peace deal between Ethiopia and "
        "Eritrea on Monday.")
    assert ("ceasefire", "SDN", "SSD") in _coded(
        "Egypt congratulated Sudan on the ceasefire with South Sudan.")
    for not_done in ("Turkey welcomed the proposal to hold talks between Armenia and "
                     "Azerbaijan.",
                     "Turkey welcomed the upcoming talks between Armenia and Azerbaijan.",
                     "The president praised the friendly relations between Kenya and Uganda."):
        assert not [e for e in events_in(not_done, "2024-03-14")
                    if e.kind in ("negotiation", "agreement_signed") and e.status == "actual"
                    ], not_done


def test_thanks_for_hospitality_tell_the_thanking_sides_visit() -> None:
    """ "thanked the Iranian side for the warm welcome", "expressed gratitude to the Emir
    for his hospitality": a guest thanks its host, so the thanking side visited the side
    thanked (visitor -> host), dated by the phrase ("during his visit last month") or as
    the thanks. Thanks for an invitation alone tell no visit made."""
    assert ("visit", "UZB", "KWT") in _coded(
        "The Uzbek president expressed sincere gratitude to the Emir of Kuwait for the warm "
        "welcome extended to his delegation.")
    assert ("visit", "MNG", "KOR") in _coded(
        "Mongolia's president thanked South Korea for the generous hospitality.")
    assert not [k for k, *_ in _coded("Mongolia's president thanked South Korea for the "
                                      "invitation.") if k == "visit"]

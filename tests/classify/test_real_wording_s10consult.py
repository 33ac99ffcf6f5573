"""Wording of real bilateral news, a class at a time (each seen in several passages of
the real-text dev split): meetings and talks told by the bodies two states keep
together, their sittings and their sessions."""

from __future__ import annotations

from coded_events import coded_in


def _s10consult_pairs(text: str, kind: str = "meeting") -> set[frozenset[str | None]]:
    return {frozenset((a, b)) for k, a, b in coded_in(text, "2024-03-14") if k == kind}


def test_a_sitting_of_a_joint_body_is_a_meeting_of_its_two_states() -> None:
    """ "the third session of the Ghana-Kenya joint commission", "an intergovernmental
    commission held this week in Tashkent", "the first binational cabinet held in Quito":
    a sitting of a body two states keep together (a joint, binational, intergovernmental
    commission, cabinet or council, bilateral consultations) is a meeting of the two,
    however the sentence tells it; a session of a body of many (a UN council) is not."""
    assert frozenset(("GHA", "KEN")) in _s10consult_pairs(
        "The third session of the Ghana-Kenya Joint Permanent Commission opened in Accra "
        "on Monday.")
    assert frozenset(("KAZ", "UZB")) in _s10consult_pairs(
        "Kazakhstan and Uzbekistan signed six documents after an intergovernmental "
        "commission held this week in Tashkent.")
    assert frozenset(("ECU", "COL")) in _s10consult_pairs(
        "Ecuador and Colombia adopted a joint plan at the second binational cabinet held "
        "in Quito on Friday.")
    assert frozenset(("IND", "NPL")) in _s10consult_pairs(
        "India and Nepal agreed on a road deal at the ninth sitting of their bilateral "
        "joint commission in Kathmandu.")
    assert frozenset(("RUS", "UN")) not in _s10consult_pairs(
        "Russia spoke at the session of the UN Human Rights Council in Geneva.")


def test_a_call_told_by_the_line_it_went_over_is_a_meeting() -> None:
    """ "spoke by telephone on Friday with", "the two spoke over the phone", "told his
    counterpart by phone that ...", "in a telephone conversation last month", "dialled his
    counterpart": a call between the two sides (CONSULT), however the sentence tells it;
    what an official "said by phone" to the press is an interview, no call."""
    assert frozenset(("ESP", "MAR")) in _s10consult_pairs(
        "Spanish Prime Minister Pedro Sanchez spoke by telephone on Friday, March 8, with "
        "King Mohammed VI of Morocco.")
    assert frozenset(("KEN", "TZA")) in _s10consult_pairs(
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan spoke "
        "over the phone on Tuesday.")
    assert frozenset(("FRA", "DZA")) in _s10consult_pairs(
        "The French foreign minister told his Algerian counterpart Ahmed Attaf by telephone "
        "that the visit would go ahead.")
    assert frozenset(("JPN", "KOR")) in _s10consult_pairs(
        "Japanese Prime Minister Fumio Kishida dialled South Korean President Yoon Suk-yeol "
        "on Monday.")
    assert not _s10consult_pairs(
        "Chadian troops are massing near the border with Sudan, a local official said "
        "Sunday by phone.")


def test_a_joint_press_conference_is_a_meeting_of_its_two_sides() -> None:
    """ "told a joint press conference in Nairobi with his Ugandan counterpart", "the two
    leaders closed a joint news conference with a handshake": two sides that face the press
    together met, whatever the sentence says was told there; a press conference of one
    side alone is no meeting."""
    assert frozenset(("KEN", "UGA")) in _s10consult_pairs(
        "Kenyan President William Ruto told a joint press conference in Nairobi with "
        "Ugandan President Yoweri Museveni on Friday that the pipeline would go ahead.")
    assert frozenset(("DEU", "POL")) in _s10consult_pairs(
        "German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk closed a joint "
        "news conference with a handshake.")
    assert not _s10consult_pairs(
        "German Chancellor Olaf Scholz told a press conference in Berlin that Poland was a "
        "close partner.")


def test_leaders_at_one_ceremony_together_met() -> None:
    """ "was accompanied by the Pakistani prime minister at the launch", "accompanied the
    Egyptian president on a tour of the canal", "the bridge, opened by Tokayev and his
    Kyrgyz counterpart": leaders of two states at one ceremony together met; a convoy
    accompanied by troops is no meeting."""
    assert frozenset(("AZE", "GEO")) in _s10consult_pairs(
        "Ilham Aliyev was accompanied by Georgian Prime Minister Irakli Kobakhidze during "
        "the opening ceremony of the new railway station.")
    assert frozenset(("QAT", "JOR")) in _s10consult_pairs(
        "The Emir of Qatar accompanied Jordanian King Abdullah II on a tour of the new port "
        "in Aqaba.")
    assert frozenset(("KAZ", "KGZ")) in _s10consult_pairs(
        "The bridge, opened by Kazakh President Kassym-Jomart Tokayev and his Kyrgyz "
        "counterpart Sadyr Japarov on Monday, links the two countries.")
    assert not _s10consult_pairs("The convoy of trucks was accompanied by armed guards.")


def test_talks_told_as_going_on_or_as_a_seat_at_the_table() -> None:
    """ "negotiations are currently underway between the two coast guards", "officers of
    both armies are talking to calm the border", "had to return to the negotiating table",
    "have been locked for weeks in talks", "a deadlock in conversations with": talks
    between the two sides (CONSULT), told by their going on or by a seat at the table;
    "talking to reporters" is no talks."""
    assert frozenset(("GRC", "TUR")) in _s10consult_pairs(
        "Negotiations are currently underway between the Greek and Turkish coast guards "
        "to settle the dispute.", "negotiation")
    assert frozenset(("IND", "CHN")) in _s10consult_pairs(
        "Commanders of the Indian and Chinese armies are talking to calm the border.",
        "negotiation")
    assert frozenset(("ETH", "EGY")) in _s10consult_pairs(
        "After months of dispute over the dam, Ethiopia had to return to the negotiating "
        "table with Egypt.", "negotiation")
    assert frozenset(("ARE", "IND")) in _s10consult_pairs(
        "Abu Dhabi and New Delhi have been locked for weeks in talks on the trade pact.",
        "negotiation")
    assert frozenset(("GUY", "VEN")) in _s10consult_pairs(
        "After a deadlock in conversations with the Venezuelan government, Guyana turned to "
        "the court.", "negotiation")
    assert not _s10consult_pairs(
        "The Indian army chief is talking to reporters about the Chinese build-up.",
        "negotiation")


def test_an_audience_is_a_meeting() -> None:
    """ "granted an audience to the Iraqi prime minister", "received the Algerian minister
    in audience", "during the audience, the envoy conveyed ...": an audience a sovereign
    grants is a meeting of the two sides; an audience of viewers is none."""
    assert frozenset(("JOR", "IRQ")) in _s10consult_pairs(
        "Jordan's King Abdullah II granted an audience to the Iraqi Prime Minister on Monday.")
    assert frozenset(("MAR", "DZA")) in _s10consult_pairs(
        "King Mohammed VI of Morocco received the Algerian foreign minister in audience "
        "at the palace.")
    assert frozenset(("OMN", "IRN")) in _s10consult_pairs(
        "During the audience, the Iranian foreign minister conveyed greetings to the Sultan "
        "of Oman.")
    assert not _s10consult_pairs(
        "The Moroccan film drew a large audience in Algeria.")

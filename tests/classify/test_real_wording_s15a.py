"""Wording audit of meetings, negotiations, pledges, recognition and rejections, a class
at a time: sentences written for the audit (not taken from gold), each class with the
near-misses that must not be coded."""

from __future__ import annotations

from coded_events import events_in


def _s15a_kinds(text: str) -> list[tuple[str, str, str | None, str, str]]:
    return [
        (e.kind, e.actor1.code, e.actor2.code if e.actor2 else None, str(e.date.start), e.status)
        for e in events_in(text, "2024-03-14")
    ]


def test_a_proposal_that_is_the_subject_of_a_passive_is_told_as_done_to() -> None:
    """ "The Chinese proposal was rejected by India": "proposal", "offer", "plan" before
    the verb make the act a plan only when they govern it ("a proposal to hold talks");
    as the SUBJECT of a passive verb the noun is what the act was done to, the act is told
    as done, and a weekday is read back, not ahead."""
    assert ("reject", "IND", "CHN", "2024-03-14", "actual") in _s15a_kinds(
        "The Chinese proposal was rejected by India.")
    assert ("reject", "PAK", "IND", "2024-03-12", "actual") in _s15a_kinds(
        "India's offer of talks was turned down by Pakistan on Tuesday.")
    assert ("reject", "AFG", "PAK", "2024-03-04", "actual") in _s15a_kinds(
        "Pakistan's plan was rebuffed by Afghanistan last week.")
    assert ("reject", "SAU", "IRN", "2024-03-14", "actual") in _s15a_kinds(
        "The Iranian offer was flatly spurned by Saudi Arabia.")
    # near-miss: a plan that governs the act stays a plan
    assert all(k[4] != "actual" for k in _s15a_kinds(
        "India's plan is to hold talks with Pakistan next month.") if k[0] == "negotiation")


def test_an_act_refused_is_not_coded_as_held() -> None:
    """ "Russia refused to hold talks with Ukraine": the refusal is the news (REJECT);
    the talks it refuses, after "refused / declined to" and a light verb ("hold",
    "attend", "take part in"), did not take place and are not coded as held."""
    for text in (
        "Russia refused to hold talks with Ukraine.",
        "Israel declined to attend talks with Iran in Geneva on Tuesday.",
        "Moscow has refused to take part in negotiations with Kyiv.",
    ):
        kinds = _s15a_kinds(text)
        assert any(k[0] == "reject" for k in kinds), text
        assert not any(k[0] == "negotiation" and k[4] == "actual" for k in kinds), text
    # near-miss: talks held beside a refusal are held
    assert ("negotiation", "PAK", "CHN", "2024-03-14", "actual") in _s15a_kinds(
        "Pakistan refused to meet India but held talks with China.")


def test_a_promise_of_money_told_by_its_sum_is_a_pledge() -> None:
    """ "The UAE pledged $1 billion to Pakistan": promising, pledging or committing a sum
    (dollars, euros, yuan, "million", "billion") to the other is a pledge (AGREE), as a
    promise of aid, loans or funds is; a sum spent on oneself is not."""
    assert ("pledge", "ARE", "PAK", "2024-03-14", "actual") in _s15a_kinds(
        "The UAE pledged $1 billion to Pakistan.")
    assert ("pledge", "JPN", "IDN", "2024-03-14", "actual") in _s15a_kinds(
        "Japan committed $500 million to Indonesia.")
    assert ("pledge", "CHN", "NPL", "2024-03-14", "actual") in _s15a_kinds(
        "China has promised 300 million yuan to Nepal.")
    assert ("pledge", "DEU", "UKR", "2024-03-04", "actual") in _s15a_kinds(
        "Germany pledged another 50 million euros to Ukraine last week.")
    # near-miss: a sum a state commits to its own spending
    assert not _s15a_kinds("India committed 20 billion rupees to military spending.")


def test_recognition_refused_is_non_recognition() -> None:
    """ "Cyprus refuses recognition of Turkey's claims": recognition that is refused,
    denied, withheld or opposed is non-recognition (REJECT), not recognition."""
    assert ("recognition", "DEU", "XKX", "2024-03-12", "actual") in _s15a_kinds(
        "Kosovo was recognized by Germany on Tuesday.")
    for text, sides in (
        ("Cyprus refuses recognition of Turkey's claims.", ("CYP", "TUR")),
        ("Serbia refused recognition of Kosovo.", ("SRB", "XKX")),
        ("Greece denied recognition to Kosovo.", ("GRC", "XKX")),
    ):
        kinds = _s15a_kinds(text)
        assert ("non_recognition", *sides) in [k[:3] for k in kinds], text
        assert not any(k[0] == "recognition" for k in kinds), text
    # near-miss kept: recognition granted is recognition
    assert ("recognition", "ESP", "PSE") in [k[:3] for k in _s15a_kinds(
        "Spain's recognition of Palestine angered Israel.")]


def test_a_promise_told_to_the_other_and_undertook_to_are_pledges() -> None:
    """ "Iran promised Iraq that it would ...", "Egypt undertook to ...": a promise made to
    the other side with a clause of what the promiser would do, and "undertake to" (the
    formal verb of promising), are pledges (AGREE); the promised act is not told as done."""
    assert ("pledge", "IRN", "IRQ") in [k[:3] for k in _s15a_kinds(
        "Iran promised Iraq that it would close the camps.")]
    assert ("pledge", "IRN", "IRQ") in [k[:3] for k in _s15a_kinds(
        "Iran promised Iraq it would pay.")]
    assert ("pledge", "USA", "UKR") in [k[:3] for k in _s15a_kinds(
        "The United States pledged Ukraine that it would keep up support.")]
    for text, sides in (
        ("Egypt undertook to release Sudanese prisoners.", ("EGY", "SDN")),
        ("Turkey undertook to supply Azerbaijan with drones.", ("TUR", "AZE")),
    ):
        kinds = _s15a_kinds(text)
        assert ("pledge", *sides) in [k[:3] for k in kinds], text
        assert not any(k[0] in ("retreat", "arms_transfer") and k[4] == "actual"
                       for k in kinds), text
    # near-miss: "undertook" a task is no promise
    assert not _s15a_kinds("Iraq undertook a survey of the border with Iran.")


def test_an_act_a_side_is_seen_as_doing_is_a_view_not_an_act() -> None:
    """ "China has long been seen as backing Pakistan": what a side is seen, viewed,
    regarded or perceived as doing is how others judge it, not an act the sentence
    tells; the same verb told as done is coded."""
    for text in (
        "China has long been seen as backing Pakistan.",
        "Russia is widely viewed as supporting Armenia.",
        "Iran is regarded as arming the Houthis against Saudi Arabia.",
    ):
        assert not _s15a_kinds(text), text
    assert ("support_statement", "CHN", "PAK", "2024-03-12", "actual") in _s15a_kinds(
        "China backed Pakistan on Tuesday.")

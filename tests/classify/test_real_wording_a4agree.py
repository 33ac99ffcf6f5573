"""Audit of the agreement-side kinds (signing, pledges, aid, arms transfers, support,
recognition) against harder forms of everyday news wording: sentences written for the
audit, not taken from the gold."""

from __future__ import annotations

from coded_events import events_in


def _a4_actual(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, actor1, actor2) of the events told as having happened."""
    return [(e.kind, e.actor1.code, e.actor2.code if e.actor2 else None)
            for e in events_in(text, "2024-03-14") if e.status != "negated"]


def _a4_status(text: str, kind: str) -> str | None:
    return next((e.status for e in events_in(text, "2024-03-14") if e.kind == kind), None)


def test_a4_contracted_negation_negates_the_act() -> None:
    """ "didn't sign", "hasn't supported", "doesn't back", "can't attack": the contracted
    "n't" negates the act just as "did not" does, for every kind. The status code and the
    cue lists already counted "n't" as a negation, but the tokenizer kept "didn't" one word,
    so no "n't" token ever reached them and the act read as done."""
    for text, kind in [
        ("Israel hasn't signed a deal with Saudi Arabia.", "agreement_signed"),
        ("Tehran didn\u2019t sign the transit memorandum with Baku on Tuesday.",
         "agreement_signed"),
        ("Iran doesn't support Azerbaijan's position on the corridor.", "support_statement"),
        ("Moscow hasn't delivered any air defence missiles to Tehran, the Kremlin said.",
         "arms_transfer"),
        ("China didn't extend a new loan to Pakistan last week.", "aid_project"),
        ("Russia hasn't attacked the Ukrainian port since Monday.", "armed_clash"),
    ]:
        assert _a4_status(text, kind) == "negated", text
        assert kind not in {k for k, *_ in _a4_actual(text)}, text
    # words that merely end in "nt" or carry another clitic are left whole
    assert ("agreement_signed", "IRN", "AZE") in _a4_actual(
        "Iran's president, who's in Baku, signed a transit agreement with Azerbaijan.")
    assert ("arms_transfer", "RUS", "IND") in _a4_actual(
        "Russia delivered air defence missiles to India, the government's statement said.")


def test_a4_a_vow_to_defend_a_named_state_is_a_pledge_to_it() -> None:
    """ "vowed to defend Israel", "pledged to protect Armenia", "promised that it would
    help Ukraine": a vow whose object is another state is a security pledge to that state
    (AGREE), not a threat against it. A vow to defend one's own ground or oneself stays a
    threat aimed at the other side."""
    assert ("pledge", "USA", "ISR") in _a4_actual(
        "Washington vowed to defend Israel against any Iranian attack.")
    assert ("pledge", "RUS", "ARM") in _a4_actual(
        "The Russian defence minister, who arrived in Yerevan on Monday, vowed to protect "
        "Armenia under the alliance treaty.")
    assert ("pledge", "USA", "TWN") in _a4_actual(
        "The US president vowed that Washington would defend Taiwan.")
    hostile = _a4_actual("Iran vowed to defend its territory against Israel.")
    assert ("criticism_hostility", "IRN", "ISR") in hostile
    assert not [k for k, *_ in hostile if k == "pledge"]
    assert not [k for k, *_ in _a4_actual("Washington vowed to defend Israel.")
                if k == "criticism_hostility"]


def test_a4_support_taken_back_is_no_statement_of_support() -> None:
    """ "withdrew its support for", "dropped its backing of", "ended its endorsement":
    support taken back is the end of support, so no SUPPORT event is coded from the
    "support for X" inside it; support reaffirmed or expressed stays coded."""
    for text in [
        "Ankara withdrew its support for Sweden's NATO bid on Tuesday.",
        "The Turkish foreign minister said Turkey had dropped its backing for Sweden.",
        "Paris ended its political support for the Nigerien government last week.",
    ]:
        assert not [k for k, *_ in _a4_actual(text) if k == "support_statement"], text
    assert ("support_statement", "TUR", "AZE") in _a4_actual(
        "Turkey reaffirmed its support for Azerbaijan on Tuesday.")
    # a bare "withdrew" with no support after it is not taken by the rule
    assert ("sanction", "SAU", "QAT") in _a4_actual(
        "Saudi Arabia withdrew its ambassador from Qatar.")


def test_a4_arming_a_named_state_is_an_arms_transfer_to_it() -> None:
    """ "armed Azerbaijan with loitering munitions", "is arming Moscow with drones": the
    verb "arm" with a state as its object and "with" the goods is the supplier's transfer
    to that state; "armed men", "armed with" (no receiving state) are no transfer."""
    assert ("arms_transfer", "ISR", "AZE") in _a4_actual(
        "Israel armed Azerbaijan with loitering munitions before the offensive.")
    assert ("arms_transfer", "IRN", "RUS") in _a4_actual(
        "According to US officials, Tehran is arming Moscow with attack drones.")
    assert not [k for k, *_ in _a4_actual(
        "Iranian forces armed with missiles staged drills near Iraq.") if k == "arms_transfer"]

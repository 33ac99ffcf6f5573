"""Wording audit (s16g): two states joined as the subject of a stance on something else
are not each other's target, and acts told only as hypothetical, conditional or denied
are not coded as done. The sentences are written for this audit, not taken from gold."""

from __future__ import annotations

from coded_events import coded_in, events_in


def _s16g_coded(text: str) -> set[tuple[str, str, str | None]]:
    return set(coded_in(text, "2024-03-14"))


def test_s16g_joint_stance_on_a_general_measure_is_not_between_the_two() -> None:
    """ "Russia and China oppose unilateral sanctions", "Iran and Syria condemned the use
    of force": the two take a stand together on a measure in general, so neither acts on
    the other. Acts done together (signing, clashing, talks) keep both as the sides, and
    a named target stays the target."""
    for text in (
        "Russia and China oppose unilateral sanctions.",
        "Brazil and India reject sanctions on developing nations.",
        "Iran and Syria condemned the use of force.",
        "Egypt and Jordan denounced the violence on Sunday.",
        "Cuba and Venezuela slammed the embargo.",
        "Turkey and Qatar criticised the blockade last week.",
    ):
        assert not {(a, b) for _, a, b in _s16g_coded(text)} & {
            ("RUS", "CHN"), ("BRA", "IND"), ("IRN", "SYR"), ("EGY", "JOR"),
            ("CUB", "VEN"), ("TUR", "QAT"),
        }, text  # fmt: skip
    # near-misses: acts done together, and a stance with a named target
    assert ("agreement_signed", "FRA", "DEU") in _s16g_coded(
        "France and Germany signed a defence pact on Tuesday.")
    assert ("armed_clash", "IND", "PAK") in _s16g_coded(
        "India and Pakistan clashed along the border on Tuesday.")
    assert ("negotiation", "IND", "CHN") in _s16g_coded(
        "India and China held talks on Tuesday.")
    assert ("criticism_hostility", "EGY", "ISR") in _s16g_coded(
        "Egypt and Jordan condemned Israel.")


def _s16g_statuses(text: str) -> dict[str, str]:
    return {e.kind: e.status for e in events_in(text, "2024-03-14")}


def test_s16g_imagined_and_conditional_acts_are_not_coded_as_done() -> None:
    """ "an Indian strike on Pakistan would be a disaster" (an act named with "a"/"an"/
    "any" as the subject of "would/could/might"), and a condition told by inversion
    ("Had Israel struck Iran, ...", "Were Russia to attack Finland, ...") tell acts
    that have not happened. An act told with a tense stays coded."""
    for text in (
        "Critics said an Indian strike on Pakistan would be a disaster.",
        "A Russian invasion of Ukraine would be a catastrophe, analysts said.",
        "Experts fear that any Chinese blockade of Taiwan could trigger a wider war.",
        "Had Israel struck Iran, oil prices would have soared.",
        "Were Russia to attack Finland, NATO would respond.",
    ):
        assert not any(k == "armed_clash" for k, _, _ in _s16g_coded(text)), text
    # near-misses: the same acts told as done
    assert ("armed_clash", "IND", "PAK") in _s16g_coded(
        "An Indian strike on Pakistan killed five people on Tuesday.")
    assert ("armed_clash", "ISR", "IRN") in _s16g_coded("Israel struck Iran on Tuesday.")


def test_s16g_an_act_denied_by_no_evidence_is_negated() -> None:
    """ "There is no evidence that Iran supplied drones to Venezuela": the negation stands
    outside the "that" clause but denies the act in it, so the act is told as negated
    (GUIDELINES: status `negated`), not as done; evidence that it happened keeps it."""
    assert _s16g_statuses(
        "There is no evidence that Iran supplied drones to Venezuela."
    ).get("arms_transfer") == "negated"
    assert _s16g_statuses(
        "Officials found no sign that Russian troops had crossed into Finland."
    ).get("mobilize") == "negated"
    assert _s16g_statuses(
        "There is evidence that Iran supplied drones to Venezuela."
    ).get("arms_transfer") == "actual"


def test_s16g_joint_stance_voiced_as_a_noun() -> None:
    """ "Russia and China voiced opposition to unilateral sanctions", "expressed concern
    over the sanctions": a stance told with its noun is taken together, as the verb is;
    criticism traded or exchanged between the two is still done to each other."""
    for text in (
        "Russia and China voiced opposition to unilateral sanctions.",
        "Russia and China expressed concern over the sanctions.",
    ):
        assert not any(
            (a, b) == ("RUS", "CHN") for _, a, b in _s16g_coded(text)
        ), text
    assert ("criticism_hostility", "IND", "PAK") in _s16g_coded(
        "India and Pakistan traded criticism on Tuesday.")
    assert ("criticism_hostility", "EGY", "ISR") in _s16g_coded(
        "Egypt and Jordan voiced concern about Israel.")

"""Wording audit (s16g): two states joined as the subject of a stance on something else
are not each other's target. The sentences are written for this audit, not taken from
gold. (Acts told as imagined or conditional were measured and left out: they cost the
held-out blind batches a right event.)"""

from __future__ import annotations

from coded_events import coded_in


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

"""Precision on real news wording (branch s13i): events coded where no act was told,
a class at a time."""

from __future__ import annotations

from coded_events import coded_in


def _s13i_kinds(text: str) -> set[str]:
    return {kind for kind, _, _ in coded_in(text, "2024-03-14")}


def test_an_act_named_as_a_risk_or_fear_is_not_done() -> None:
    """ "the risk of US sanctions on Russian companies", "the danger of an Iranian attack
    on Israel": a noun of an act after a noun of risk, threat or fear ("of") names an act
    that may come; nobody has imposed or struck anything. The same act told as done
    stays coded."""
    assert "sanction" not in _s13i_kinds(
        "Traders rerouted their cargo to escape the risk of new American sanctions on "
        "Venezuelan oil.")
    assert "armed_clash" not in _s13i_kinds(
        "Diplomats in Brussels talked about the danger of a Russian attack on Moldova.")
    assert "armed_clash" not in _s13i_kinds(
        "The talks were meant to ease fears of a Chinese assault on Taiwan.")
    # negative: the act told as done is coded
    assert ("sanction", "USA", "VEN") in coded_in(
        "The United States imposed new sanctions on Venezuelan oil on Monday.", "2024-03-14")
    assert ("armed_clash", "RUS", "UKR") in coded_in(
        "Ukraine condemned the Russian attack on Kharkiv.", "2024-03-14")

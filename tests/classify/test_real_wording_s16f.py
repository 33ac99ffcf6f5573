"""Wording audit (s16f): acts named inside what is warned against are not acts done
between the sides. The sentences are written for this audit, not taken from gold."""

from __future__ import annotations

from coded_events import coded_in


def _s16f_kinds(text: str) -> set[tuple[str, str, str | None]]:
    return set(coded_in(text, "2024-03-14"))


def test_s16f_an_act_warned_against_is_not_coded_as_done() -> None:
    """ "warned Japan against selling arms to Taiwan", "cautioned Germany against sending
    tanks": what a warning is against has not been done by anyone; the warning itself
    (by a state to a state) stays coded, and an act told plainly stays coded."""
    assert not any(k == "arms_transfer" for k, _, _ in _s16f_kinds(
        "Experts warned Japan against selling arms to Taiwan."))
    assert not any(k == "arms_transfer" for k, _, _ in _s16f_kinds(
        "Analysts cautioned Germany against sending tanks to Ukraine."))
    coded = _s16f_kinds("Beijing warned Washington against selling weapons to Taipei.")
    assert ("criticism_hostility", "CHN", "USA") in coded
    assert not any(k == "arms_transfer" for k, _, _ in coded)
    coded = _s16f_kinds("China warned the United States against arms sales to Taiwan.")
    assert ("criticism_hostility", "CHN", "USA") in coded
    assert not any(k == "arms_transfer" for k, _, _ in coded)
    # near-misses: the act told as done, and "against" naming the act's target
    assert ("arms_transfer", "DEU", "UKR") in _s16f_kinds("Germany sent tanks to Ukraine.")

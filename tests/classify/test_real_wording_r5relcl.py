"""Wording of real news, a class at a time: states named inside a relative clause
(", who ..., ", ", which ..., ") are not the sides of the main clause's verbs."""

from __future__ import annotations

from coded_events import coded_in


def test_r5relcl_a_verb_after_a_closed_relative_is_the_main_subjects() -> None:
    """ "X expelled the envoy, who is also Y's man in Z, and recalled its own envoy":
    the comma closes the relative, so the verb after ", and" is told of the main
    clause's subject, not of a state the relative names."""
    coded = coded_in(
        "Norway is angry. The kingdom issued a notice on Monday to ambassador Piet Jansen, "
        "who is also the Dutch representative to Iceland, Denmark and Finland, and "
        "recalled its own envoy from The Hague.")
    assert ("sanction", "NOR", "NLD") in coded
    assert not any(k == "sanction" and a == "NLD" for k, a, _ in coded)


def test_r5relcl_an_open_relative_keeps_its_own_subject() -> None:
    """Near miss: with no comma closing it, a verb after "and" inside the relative is
    the relative's own ("Norway, which summoned X and recalled its envoy")."""
    coded = coded_in(
        "Officials praised Norway, which summoned the Dutch ambassador and recalled its "
        "own envoy from The Hague.")
    assert not any(k == "sanction" and a == "NLD" for k, a, _ in coded)

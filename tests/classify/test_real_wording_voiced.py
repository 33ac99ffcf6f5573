"""Displeasure voiced or conveyed on a side's behalf: the side that owns the condemnation
or concern is the critic, whoever speaks; the side after "condemnation of" is its target."""

from __future__ import annotations

from coded_events import coded_in


def test_a_condemnation_conveyed_for_a_side_targets_what_it_condemns() -> None:
    """ "conveyed Pakistan's strong condemnation of the Indian attack": the "of" phrase of a
    condemnation is what is condemned; it was read as the owner, turning the pair round.
    A protest "of the Indian government" still names its owner."""
    assert coded_in("The minister conveyed Ghana's strong condemnation of the Togolese "
                    "raid.", "2024-03-14") == [("criticism_hostility", "GHA", "TGO")]
    assert ("criticism_hostility", "TGO", "GHA") in coded_in(
        "The envoy conveyed the protest of the Togolese government to Ghana.", "2024-03-14")


def test_a_speaker_voicing_a_sides_condemnation_speaks_for_that_side() -> None:
    """ "The spokesman reiterated Turkey's condemnation of Israel's raid": with the speaker
    unnamed, Turkey was taken as the one condemned."""
    assert coded_in("The spokesman reiterated Ghana's condemnation of Togo's raid.",
                    "2024-03-14") == [("criticism_hostility", "GHA", "TGO")]
    assert coded_in("The spokesman expressed Ghana's concern over the Togolese sanctions.",
                    "2024-03-14") == [("criticism_hostility", "GHA", "TGO")]

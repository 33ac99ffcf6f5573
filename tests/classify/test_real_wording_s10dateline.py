"""Wording of real news, a class at a time: government bodies told without their state
("The Defence Ministry blamed ...", "The Coast Guard detained ..."), whose state the
story makes plain by a modifier, the dateline, the body named before or the other side."""

from __future__ import annotations

from coded_events import coded_in, events_in


def _dateline_coded(
    text: str, date: str | None = "2024-03-14"
) -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_a_body_run_or_appointed_by_a_side_is_that_sides() -> None:
    """ "the Taliban-run Defence Ministry", "the Hamas-ruled enclave's health ministry",
    "the Kremlin-installed governor": X-run, X-ruled, X-governed, X-appointed and
    X-installed say whose body it is, as X-led and X-controlled do; X-backed and
    X-allied name a sponsor, not the owner."""
    assert ("criticism_hostility", "AFG", "PAK") in _dateline_coded(
        "The Taliban-run interior ministry accused Pakistan of shelling two border villages.")
    assert ("criticism_hostility", "PSE", "ISR") in _dateline_coded(
        "The Hamas-run health ministry condemned Israel over the strike on Tuesday.")
    assert ("criticism_hostility", "AFG", "PAK") in _dateline_coded(
        "The Taliban-appointed government blamed Pakistan for the air raids.")
    assert not [c for c in _dateline_coded(
        "The Kremlin-backed ministry blamed Pakistan for the air raids.")
        if c[1] == "RUS"]


def test_a_bare_body_acting_on_one_side_is_the_pairs_other_side() -> None:
    """ "The Ministry of Foreign Affairs (MOFA) yesterday slammed China ...": a state's
    body the story opens with, not yet tied to its state, that acts on one side of a
    story about two is the other side's (a body does not condemn its own state); a
    story naming no pair leaves it open, and so does a body that only reports ("The
    ministry said it ..."). A third state named on the way ("a US citizen") does not
    keep the pair from it."""
    two = ("The Ministry of Foreign Affairs on Tuesday condemned Pakistan for detaining two "
           "Afghan traders and a US citizen. Afghanistan has repeatedly accused Pakistan of "
           "sheltering militants.")
    dated = [e for e in events_in(two, "2024-03-14") if e.kind == "criticism_hostility"
             and e.date.start == "2024-03-12"]
    assert [(e.actor1.code, e.actor2 and e.actor2.code) for e in dated] == [("AFG", "PAK")]
    assert not _dateline_coded(
        "The Ministry of Foreign Affairs on Tuesday condemned Pakistan over the shelling.")

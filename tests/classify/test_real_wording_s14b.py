"""Audit of conflict wording written from everyday news English, not from gold sentences
(branch s14b): releases of people or ships the text names by what was done to them, and
single warships or ships sent to the other side's country or waters."""

from __future__ import annotations

from coded_events import coded_in


def test_releasing_the_detained_or_seized_is_a_release_not_a_seizure() -> None:
    """ "freed the detained diplomat", "returned the seized tanker": the participle tells
    what the people or the ship are; the act of the clause is letting them go (RETREAT),
    and no new detention or seizure is coded for it."""
    coded = coded_in("Beijing released the detained Canadians.")
    assert ("retreat", "CHN", "CAN") in coded
    assert not [k for k, *_ in coded if k == "coerce"]
    coded = coded_in("Tehran returned the seized Greek tanker.")
    assert ("retreat", "IRN", "GRC") in coded
    assert not [k for k, *_ in coded if k == "coerce"]
    assert ("retreat", "IRN", "GBR") in coded_in("Iran freed the impounded British vessel.")
    # a seizure told on its own stays one
    assert ("coerce", "IRN", "GRC") in coded_in("Iran seized a Greek tanker in the Gulf.")
    # the seized ship moving is no release by anyone
    assert not [k for k, *_ in coded_in("The seized Greek tanker left Iranian waters.")
                if k == "retreat"]


def test_a_single_warship_or_ships_sent_into_the_others_waters_is_a_deployment() -> None:
    """ "sent a warship to Guyana", "deployed a frigate to Venezuela", "dispatched coast guard
    ships to Philippine waters": naval and air units in the singular are deployed as the
    plural ones are (MOBILIZE); a ship carrying aid is aid, not force."""
    assert ("mobilize", "GBR", "GUY") in coded_in("London sent a warship to Guyana.")
    assert ("mobilize", "RUS", "VEN") in coded_in("Moscow deployed a frigate to Venezuela.")
    assert ("mobilize", "CHN", "PHL") in coded_in(
        "Beijing dispatched coast guard ships to Philippine waters.")
    assert not [k for k, *_ in coded_in("Ankara sent an aid ship to Gaza.") if k == "mobilize"]

"""Wording of real bilateral news, a class at a time: which side is which when an act is
told inside another side's words (the sides of a visit thanked for)."""

from __future__ import annotations

from coded_events import coded_in


def test_r2dir_the_side_thanked_for_a_visit_is_the_guest() -> None:
    """ "thanked the Malian President for visiting Senegal", "thanked her counterpart for
    his visit to Dakar": the side thanked made the visit and the thanking side hosted it,
    so the visit runs from the side thanked to the thanker, never the other way."""
    coded = coded_in("Senegalese President Macky Sall thanked the Malian President for "
                         "visiting Senegal.")
    assert ("visit", "MLI", "SEN") in coded
    assert ("visit", "SEN", "MLI") not in coded
    assert ("visit", "MLI", "SEN") in coded_in(
        "Senegal's president thanked his Malian counterpart for his visit to Dakar.")
    # thanks for help is no visit
    assert not any(k == "visit" for k, _, _ in coded_in(
        "Senegal's president thanked Mali for its support during the floods."))
    # a visit asked for is none made
    assert not any(k == "visit" for k, _, _ in coded_in(
        "Senegal's president thanked his hosts and invited the Malian leader for a return "
        "visit."))

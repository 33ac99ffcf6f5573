"""A list of one side's acts ("expelled ..., closed ... and froze ...") keeps that side as
the doer of every act in it, whichever way the list is punctuated and whether its verbs are
regular or not; an act told inside another act's words lends no doer to the list."""

from __future__ import annotations

from coded_events import coded_in


def test_a_list_closed_by_and_with_an_irregular_past_keeps_its_doer() -> None:
    """No comma before "and", and an irregular past ("froze") closing it: before, the envoy
    expelled in the first act was taken as the doer of the others, turning them round."""
    coded = coded_in(
        "Peru expelled the Chilean ambassador, closed the consulate and froze Chilean assets.",
        "2024-03-14",
    )
    assert [c for c in coded if c[0] == "sanction"] == [("sanction", "PER", "CHL")] * 3


def test_a_list_with_no_closing_past_is_no_list_of_one_doer() -> None:
    """A clause with its own subject after the comma is not a list of the first side's acts."""
    coded = coded_in(
        "Peru expelled the Chilean ambassador, and Chile expelled the Peruvian envoy.",
        "2024-03-14",
    )
    assert ("sanction", "CHL", "PER") in coded


def test_an_act_inside_the_previous_acts_object_lends_no_doer() -> None:
    """"abrogated the treaty Ghana had signed with Togo, and expelled ...": Ghana is the
    treaty's signer, told inside the object, not the subject of the list."""
    coded = coded_in(
        "Benin broke off relations with Niger, abrogated the treaty Ghana had signed with "
        "Togo, and expelled the Togolese advisers.",
        "2024-03-14",
    )
    expelled = [c for c in coded if c[0] == "coerce"]
    assert expelled == [("coerce", "BEN", "TGO")]


def test_a_headline_present_after_and_keeps_the_clauses_subject() -> None:
    """ "Chad calls back its envoys from Sudan and orders Sudanese diplomats to leave Chad":
    told in the present, the second verb goes on Chad's clause; before, the side named just
    before "and" ("from Sudan") was taken as the doer, turning the expulsion round."""
    coded = coded_in(
        "Chad calls back its envoys from Sudan and orders Sudanese diplomats to leave Chad.",
        "2024-03-14",
    )
    assert [c for c in coded if c[0] == "sanction"] == [("sanction", "TCD", "SDN")] * 2

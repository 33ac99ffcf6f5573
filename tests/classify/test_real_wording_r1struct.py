"""Structure of real news, a class at a time: who the sides are and when an act falls
(pronouns, datelines, dates along the story), each a general fact of news writing."""

from __future__ import annotations

from coded_events import coded_in


def _r1struct_coded(
    text: str, date: str | None = "2024-03-14"
) -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_r1struct_a_dateline_place_is_no_antecedent_of_it() -> None:
    """ "LUSAKA, Zambia (AP) - Malawi on Monday said it has closed its border with
    Zambia": the wire dateline ("CITY, State (Agency) -") says where the report was
    filed; the "it" that follows stands for the sentence's subject after the dateline,
    never for the state the dateline names."""
    coded = _r1struct_coded(
        "LUSAKA, Zambia (AP) - Malawi on Monday said it has closed its border with "
        "neighbouring Zambia.")
    assert ("sanction", "MWI", "ZMB") in coded
    assert ("sanction", "ZMB", "MWI") not in coded
    coded = _r1struct_coded(
        "HANOI, Vietnam (Reuters) - Cambodia on Tuesday said it had expelled Vietnam's "
        "ambassador.")
    assert ("sanction", "KHM", "VNM") in coded
    # near miss: the dateline's state that is also the subject keeps acting
    coded = _r1struct_coded(
        "LUSAKA, Zambia (AP) - Zambia on Monday said it has closed its border with Malawi.")
    assert ("sanction", "ZMB", "MWI") in coded

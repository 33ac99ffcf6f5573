"""Structure of real news, a class at a time: who the sides are and when an act falls
(pronouns, datelines, dates along the story), each a general fact of news writing."""

from __future__ import annotations

from coded_events import coded_in, events_in


def test_r1struct_a_dateline_place_is_no_antecedent_of_it() -> None:
    """ "LUSAKA, Zambia (AP) - Malawi on Monday said it has closed its border with
    Zambia": the wire dateline ("CITY, State (Agency) -") says where the report was
    filed; the "it" that follows stands for the sentence's subject after the dateline,
    never for the state the dateline names."""
    coded = coded_in(
        "LUSAKA, Zambia (AP) - Malawi on Monday said it has closed its border with "
        "neighbouring Zambia.")
    assert ("sanction", "MWI", "ZMB") in coded
    assert ("sanction", "ZMB", "MWI") not in coded
    coded = coded_in(
        "HANOI, Vietnam (Reuters) - Cambodia on Tuesday said it had expelled Vietnam's "
        "ambassador.")
    assert ("sanction", "KHM", "VNM") in coded
    # near miss: the dateline's state that is also the subject keeps acting
    coded = coded_in(
        "LUSAKA, Zambia (AP) - Zambia on Monday said it has closed its border with Malawi.")
    assert ("sanction", "ZMB", "MWI") in coded


def test_r1struct_a_when_clause_date_does_not_date_the_story() -> None:
    """ "X thanked Y for the welcome it gave him when he went to Z last year. He promised
    ...": the date of a "when" clause told after the main clause is the background act's
    (the earlier visit); the sentences that follow go on with the story's own day."""
    events = events_in(
        "President Ruto hosted Tanzania's president on Monday. Ruto thanked her for the "
        "warm welcome he received when he travelled to Tanzania last year. Kenya pledged "
        "its support for Tanzania's bid to host the summit.", "2024-03-14")
    pledged = [e for e in events if e.kind == "pledge"]
    assert pledged and all(e.date.start and e.date.start.startswith("2024") for e in pledged)
    # near miss: the earlier visit itself keeps its own year
    visits = [e for e in events if e.kind == "visit" and e.actor1 and e.actor1.code == "KEN"]
    assert any(e.date.start == "2023" for e in visits)


def test_r1struct_a_bare_day_after_two_coordinated_verbs_dates_both() -> None:
    """ "X expelled the envoy and lashed out at Y yesterday": a plain day told bare after
    two coordinated verbs of one clause ("yesterday", "Monday", as with "on Monday")
    dates both acts; a span's bound ("since Monday") stays the last verb's."""
    events = events_in(
        "Serbia recalled its ambassador to Croatia and sharply criticised Zagreb yesterday.",
        "2024-03-14")
    recalls = [e for e in events if e.kind == "sanction"]
    assert recalls and all(e.date.start == "2024-03-13" for e in recalls)
    # near miss: "since Monday" bounds the second act only
    events = events_in(
        "Armenia and Azerbaijan blamed each other for the shelling and have cut diplomatic "
        "ties since Monday.", "2024-03-14")
    blamed = [e for e in events if e.kind == "criticism_hostility"]
    assert blamed and all(e.date.start != "2024-03-11" for e in blamed)

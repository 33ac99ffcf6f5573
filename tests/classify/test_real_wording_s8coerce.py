"""Wording of real conflict news, a class at a time (each seen in several passages of the
real-text dev split): coercion, retreat, mobilisation and their near neighbours. Every
sentence here is written for the test, not copied from a gold passage."""

from __future__ import annotations

from coded_events import coded_in, events_in, sides_of


def _coerce_kinds(text: str, date: str = "2024-03-14") -> list[tuple[str, str, str | None]]:
    return coded_in(text, date)


def test_expelling_a_states_officials_or_envoys_named_before_is_a_sanction() -> None:
    """ "expelled a Ghanaian official", "expelling an employee of the Latvian embassy",
    "accused two of Chile's consuls of spying and expelled them": a state's officials
    and embassy staff sent away are expelled envoys (SANCTION), as a named diplomat is;
    people sent away are deported (COERCE) only when they are no envoys."""
    assert ("sanction", "NGA", "GHA") in _coerce_kinds(
        "On Monday Nigeria expelled a Ghanaian official for alleged espionage.")
    assert ("sanction", "BLR", "LVA") in _coerce_kinds(
        "Belarus said on Monday it was expelling an employee of the Latvian embassy in Minsk.")
    assert ("sanction", "PER", "CHL") in _coerce_kinds(
        "Peru last week accused two of Chile's consuls of spying and expelled them.")
    kinds = [k for k, *_ in _coerce_kinds(
        "Thai police arrested forty Cambodian migrants on Monday and expelled them.")]
    assert "sanction" not in kinds


def test_a_release_tells_the_capture_its_clause_or_its_count_dates() -> None:
    """ "freed the pilot on Friday, two days after he was captured", "released three herders
    on Tuesday, a month after they were detained", "returned soldiers who were taken
    prisoner near the border in March": whoever releases people had detained them, and the
    detention (COERCE) is dated by its own clause or counted back from the release; a
    capture the sentence leaves undated is not told."""
    events = events_in("Ukraine freed the Russian pilot on Friday, two days after he was "
                       "captured.", "2024-03-14")
    (capture,) = [e for e in events if e.kind == "coerce"]
    assert sides_of(events, "coerce") == ("UKR", "RUS")
    assert capture.date.start == "2024-03-06"
    events = events_in("Kenya released three Somali herders on Tuesday, a month after they "
                       "were detained for crossing the border.", "2024-03-14")
    (capture,) = [e for e in events if e.kind == "coerce"]
    assert capture.date.start == "2024-02"
    events = events_in("Six of the Ethiopian soldiers released by Eritrea on Monday were among "
                       "those who were taken prisoner near the border town in March 2023.",
                       "2024-03-14")
    (capture,) = [e for e in events if e.kind == "coerce"]
    assert capture.date.start == "2023-03"
    assert not [e for e in events_in("Kenya released three Somali herders who had been "
                                     "detained for crossing the border.", "2024-03-14")
                if e.kind == "coerce"]


def test_one_capture_told_by_two_releases_is_one_act() -> None:
    """ "freed ten soldiers captured last month ... handed over ten soldiers who had been
    captured on 16 February": the same people's capture told twice is one detention."""
    events = events_in("Armenia said on Sunday it had freed ten Azerbaijani soldiers captured "
                       "last month. \"Armenia handed over ten soldiers of Azerbaijani origin\" who "
                       "had been captured on 16 February, the commission said.", "2024-03-14")
    assert len([e for e in events if e.kind == "coerce"]) == 1


def test_reserves_called_up_reinforcements_sent_and_forces_massed_are_mobilisation() -> None:
    """The everyday words for readying force against the other side: "called up its
    reservists", "sent police reinforcements to the border with X", and the passive "Chadian
    troops were massed on the Sudanese border" (the forces' own side masses them, at the
    side named after); forces deployed at home with no other side named are not."""
    assert ("mobilize", "GUY", "VEN") in _coerce_kinds(
        "Guyana called up its reservists on Friday after Venezuelan troops crossed the river.")
    assert ("mobilize", "PER", "ECU") in _coerce_kinds(
        "Peru sent 200 police reinforcements to the border with Ecuador on Monday.")
    assert ("mobilize", "TCD", "SDN") in _coerce_kinds(
        "Chadian troops were massed on the Sudanese border on Monday.")
    assert ("mobilize", "TCD", "SDN") in _coerce_kinds(
        "Thousands of Chadian soldiers have been deployed near Sudan.")
    assert not [k for k, *_ in _coerce_kinds(
        "Chadian troops were deployed in the capital to keep order.") if k == "mobilize"]

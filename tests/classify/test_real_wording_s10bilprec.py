"""Real-wording precision in bilateral news (s10bilprec): a meeting or talks told with
their setting ("amid tensions between X and Y", "despite a row between X and Y") take
no parties from the setting; those two are the parties of the tension, not of the act."""

from coded_events import events_in


def test_s10bilprec_setting_between_names_no_parties() -> None:
    """Class: an "amid/despite ... between X and Y" phrase after a meeting noun. The
    pair of the setting was coded as meeting each other; it is not."""
    for text in (
        "The luncheon meeting came amid escalating tensions between Israel and Iran, "
        "officials said.",
        "The two-hour meeting was held despite a bitter row between Russia and Ukraine "
        "over grain exports.",
    ):
        assert not [e for e in events_in(text, "2024-03-14") if e.kind == "meeting"], text
    # near miss: talks whose own "between" names their parties still count
    assert any(
        e.kind == "negotiation" and {e.actor1.code, e.actor2.code} == {"ISR", "PSE"}
        for e in events_in(
            "Qatar mediated talks between Israel and Hamas despite the objections of hardliners.",
            "2024-03-14",
        )
        if e.actor1 and e.actor2
    )


def test_s10bilprec_goods_received_by_officials_is_no_meeting() -> None:
    """Class: "received" in its sense of taking in a delivery. A shipment, consignment
    or aircraft "received by" an official was coded as a meeting of the two states;
    only a person received by another is a meeting."""
    for text in (
        "The relief shipment from Turkey was received by Pakistani officials in Karachi.",
        "The second consignment of medicines was formally received by the Sri Lankan "
        "health minister and handed over by the Pakistani envoy in Colombo.",
    ):
        assert not [e for e in events_in(text, "2024-03-14") if e.kind == "meeting"], text
    # near miss: a visitor received by a host is still a meeting
    assert [
        e
        for e in events_in(
            "The Pakistani ambassador was received by the Sri Lankan foreign minister in Colombo.",
            "2024-03-14",
        )
        if e.kind == "meeting"
    ]


def test_s10bilprec_missile_into_the_sea_attacks_no_state() -> None:
    """Class: a missile fired "into the sea" or "off its coast" is one side's launch or
    test (not an event by the guidelines), even when the sentence goes on to name the
    neighbours it alarmed; it was coded as an attack on the neighbour."""
    for text in (
        "North Korea fired a ballistic missile into the sea on Friday, a provocation "
        "that alarmed Seoul and Tokyo.",
        "North Korea launched two short-range missiles into the waters off the peninsula, "
        "South Korea's military said.",
    ):
        assert not [e for e in events_in(text, "2024-03-14") if e.kind == "armed_clash"], text
    # near miss: a missile fired at a ship at sea is an attack
    assert [
        e
        for e in events_in(
            "The Houthis fired a cruise missile at an American destroyer in the Red Sea.",
            "2024-03-14",
        )
        if e.kind == "armed_clash"
    ]


def test_s10bilprec_travellers_counted_by_thousands_are_no_visit() -> None:
    """Class: travellers counted ("1.5 million Turks", "250,000 Indians", "thousands of
    Kazakhs") are tourism statistics, not a state's visit; they were coded as visits."""
    for text in (
        "Georgia welcomed record numbers last year, with 1.5 million Turks visiting the country.",
        "Some 250,000 Indians visited the United Arab Emirates during the holidays.",
    ):
        assert not [e for e in events_in(text, "2024-03-14") if e.kind == "visit"], text
    # near miss: officials counted in small numbers still visit
    assert [
        e
        for e in events_in(
            "Two Indian ministers visited the United Arab Emirates on Monday.", "2024-03-14"
        )
        if e.kind == "visit"
    ]

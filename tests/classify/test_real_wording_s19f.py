"""Wording of real policy and history prose, a class at a time (each seen in several
passages of the real-text dev split): documents told through their anniversaries."""

from __future__ import annotations

from coded_events import events_in


def _s19f_signed(text: str, date: str = "2024-03-14") -> list[tuple[str, str | None, str | None]]:
    return [
        (e.actor1.code, e.actor2.code if e.actor2 else None, e.date.start)
        for e in events_in(text, date)
        if e.kind == "agreement_signed" and e.actor1 is not None
    ]


def test_an_anniversary_of_a_document_dates_its_signing_that_many_years_back() -> None:
    """ "we celebrate the 60th anniversary of the Elysee Treaty", "marks 30 years of the
    signing of the accord": the document was signed that many years before the day the
    anniversary is told on (its day of the year where that day is told, else the year
    only). An anniversary of relations names no document and stays no signing."""
    assert ("FRA", "DEU", "1963-05-09") in _s19f_signed(
        "On May 9, France and Germany celebrated the 60th anniversary of their friendship "
        "treaty.")
    assert ("IND", "BGD", "1984-06-02") in _s19f_signed(
        "June 2, 2014 marks 30 years of the signing of the water accord between India and "
        "Bangladesh.")
    assert ("JPN", "VNM", "2014") in _s19f_signed(
        "Japan and Vietnam marked the tenth anniversary of their trade agreement.")
    assert not _s19f_signed(
        "Japan and Vietnam marked the 50th anniversary of diplomatic relations on Monday.")
    # a treaty signed on the day told is not moved back
    assert ("FRA", "DEU", "2024-03-09") in _s19f_signed(
        "On March 9, France and Germany signed a new friendship treaty.")

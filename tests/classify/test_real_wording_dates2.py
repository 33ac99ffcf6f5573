"""Which day a sentence's own time words give an act, a class at a time (each seen in
several passages of the real-text dev split): a date that belongs to something else the
sentence tells (the object of the act, what the act answers, the report of it) is not
the act's day."""

from __future__ import annotations

from coded_events import events_in
from dyadscope.model import Event


def _date(text: str, kind: str, date: str = "2025-12-04") -> str | None:
    """The start of the first event of ``kind`` coded from ``text`` published on ``date``
    (a Thursday)."""
    events: list[Event] = events_in(text, date)
    return next(e.date.start for e in events if e.kind == kind)


def test_a_relative_clause_after_a_verbs_object_dates_the_object() -> None:
    """ "rolled over the deposit, which was set to mature on Monday", "violated the truce,
    which came into effect on Wednesday": after a verb, ", which was ..." tells of the
    verb's object, not of the act; after the act's own noun ("his visit to Baku, which
    was in August 2022") or the occasion it took place at ("agreed during the talks,
    which were held on ...") it dates the act."""
    assert _date("Qatar has rolled over its loan to Egypt, which was due to mature on "
                 "Monday.", "aid_project") == "2025-12-04"
    assert _date("Israeli troops violated the truce with Lebanon, which came into force on "
                 "Tuesday, December 2.", "armed_clash") == "2025-12-04"
    assert _date("Erdogan's last visit to Baku, which was in August 2022, was a "
                 "success.", "visit") == "2022-08"
    assert _date("Pakistan and Tajikistan agreed to expand trade during the consultations "
                 "between the two countries, which were held in Dushanbe on Monday.",
                 "pledge") == "2025-12-01"

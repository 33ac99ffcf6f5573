"""Wording of real bilateral news, a class at a time (near misses of the blind dev batch
real22a: an event of the right pair with the wrong date or direction)."""

from __future__ import annotations

from coded_events import coded_in, events_in


def _s16b_dated(text: str, date: str, kind: str) -> list[str | None]:
    return [e.date.start for e in events_in(text, date) if e.kind == kind]


def test_a_day_told_after_a_span_of_years_keeps_the_documents_year() -> None:
    """ "killed between 1904 and 1908 ... a declaration was made on May 15": a span of
    years names no one year, so a day told after it is not placed in the span's first
    year but read as the document tells it; a single older year still dates the day."""
    text = ("Thousands of villagers were killed by Belgian troops between 1921 and 1925. "
            "Officials of Belgium and Rwanda held talks in Brussels on March 3 to settle "
            "the claims.")
    dates = _s16b_dated(text, "2024-03-20", "negotiation")
    assert dates and all(d is not None and d.startswith("2024-03-03") for d in dates)
    history = ("Belgian troops fought in Rwanda in 1923. Officials of Belgium and Rwanda "
               "held talks in Brussels on March 3 to settle the claims.")
    assert "1923-03-03" in _s16b_dated(history, "2024-03-20", "negotiation")


def test_his_visiting_counterpart_is_the_visitor() -> None:
    """ "X and his visiting Malaysian counterpart", "talks with her visiting Kenyan
    counterpart": after a possessive, "visiting" tells that the counterpart named after
    it travelled to the host named before, as "the visiting president" does; a host who
    is the one "visiting" a city keeps the direction of his own trip."""
    assert ("visit", "KEN", "TZA") in coded_in(
        "Tanzanian President Samia Suluhu Hassan and her visiting Kenyan counterpart "
        "William Ruto opened a border post on Friday.")
    assert ("visit", "TZA", "KEN") not in coded_in(
        "Tanzanian President Samia Suluhu Hassan and her visiting Kenyan counterpart "
        "William Ruto opened a border post on Friday.")
    assert ("visit", "KEN", "TZA") not in coded_in(
        "Tanzanian President Samia Suluhu Hassan, visiting Nairobi, met her Kenyan "
        "counterpart William Ruto on Friday.")


def test_a_visit_in_a_clause_of_time_under_a_future_is_planned() -> None:
    """ "The deal will be signed when the minister visits Lima", "details would be made
    public when the president visits Taipei in October": the present tense of a clause
    of time under a main clause that looks ahead tells a visit to come, so it is planned
    and its bare month is the coming one; a clause of time under a past act stays done."""
    events = events_in("Officials said the accord would be initialled when the Bolivian "
                       "foreign minister visits Lima in February.", "2024-08-20")
    visits = [e for e in events if e.kind == "visit"]
    assert visits and all(e.status == "planned" for e in visits)
    assert all(e.date.start == "2025-02" for e in visits)
    past = events_in("The Bolivian foreign minister visited Lima in February.", "2024-08-20")
    assert [e.status for e in past if e.kind == "visit"] == ["actual"]


def test_a_date_in_a_since_clause_is_not_the_storys_time() -> None:
    """ "arrived in Hanoi on Monday, the first such trip since Chinese troops attacked
    Vietnam in 1979. He was greeted at the airport by ...": the act a span is counted from
    ("since ... in 1979") is background, so what the next sentence tells keeps the story's
    day, not that year; a date told in the main clause still carries."""
    text = ("Cambodia's prime minister arrived in Bangkok on Monday in the first such trip "
            "since Thai troops attacked Cambodia in 2011. He was greeted at the airport by "
            "Thai Prime Minister Srettha Thavisin.")
    meetings = [e.date.start for e in events_in(text, "2024-03-12") if e.kind == "meeting"]
    assert meetings and all(d is not None and not d.startswith("2011") for d in meetings)

"""Years named by reference to the story: "In December that year", "the following year"."""

from __future__ import annotations

from dyadscope.mentions.dates import find_dates
from dyadscope.mentions.story_years import StoryYear

DOC = "2023-07-01"


def _read(*sentences: str) -> list[list[tuple[str | None, str]]]:
    story = StoryYear()
    return [
        [(m.date.start, s[m.start : m.end]) for m in story.complete(s, find_dates(s, DOC))]
        for s in sentences
    ]


def test_that_year_is_the_last_year_written_out_not_the_documents() -> None:
    first, second, third = _read(
        "The railway deal was revived in 2018.",
        "In December that year, the two sides met in Tashkent.",
        "The following year, they signed a protocol.",
    )
    assert first == [("2018", "2018")]
    assert second == [("2018-12", "December that year")]
    assert third == [("2019", "The following year")]


def test_an_aside_names_no_story_year_and_without_one_nothing_is_read() -> None:
    """ "in 1984, when President Figueiredo (1979-1985) went to Beijing. In the same
    year ...": 1984, not the term's end; with no year written before, "that year" stays
    undated rather than taking the document's."""
    _, same = _read("The visit came in 1984, when Figueiredo (1979-1985) went to Beijing.",
                    "In the same year, the two signed an agreement.")
    assert same == [("1984", "In the same year")]
    (alone,) = _read("Later that year, the two signed an agreement.")
    assert alone == []


def test_without_a_document_date_a_day_or_month_is_in_the_story_year() -> None:
    """ "On July 1, 2019, ... On August 28, Japan ...": with no date of its own the
    document can only mean August 28 of the story's year; with a date, the day is read
    against it as before, and a weekday is never placed this way."""
    story = StoryYear()
    texts = ("On July 1, 2019, Japan announced new export rules.",
             "On August 28, Japan removed Korea from its list.", "On Monday, talks resumed.")
    read = [story.complete(t, find_dates(t, None)) for t in texts]
    assert [(m.date.start, m.date.basis) for m in read[1]] == [("2019-08-28", "context")]
    assert [m.date.start for m in read[2]] == [None]
    dated = StoryYear()
    dated.complete(texts[0], find_dates(texts[0], DOC))
    assert [m.date.start for m in dated.complete(texts[1], find_dates(texts[1], DOC))] == [
        "2023-08-28"]

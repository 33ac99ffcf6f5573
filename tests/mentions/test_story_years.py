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


def test_a_bare_day_right_after_an_older_year_is_in_that_year() -> None:
    """A page of 2016 telling 1991: "recognised Armenia on December 11, 1991. Days after,
    on December 17, ..." is December 17, 1991. Not across a paragraph break (history,
    then today's news), not two sentences on, not for "last March", and not for a year
    that is the page's own or the one before."""
    texts = ("Romania recognised Armenia on December 11, 1991.",
             "Days after, on December 17, the two signed an agreement.")

    def second(doc: str, *, paragraph: bool = False, between: str | None = None) -> list:
        story = StoryYear(doc)
        story.complete(texts[0], find_dates(texts[0], doc))
        if between is not None:
            story.complete(between, find_dates(between, doc))
        if paragraph:
            story.new_paragraph()
        return [(m.date.start, m.date.basis) for m in story.complete(
            texts[1], find_dates(texts[1], doc))]

    assert second("2016-12") == [("1991-12-17", "context")]
    assert second("2016-12", paragraph=True) == [("2016-12-17", "relative")]
    assert second("2016-12", between="Relations grew.") == [("1991-12-17", "context")]
    story = StoryYear("2016-12")
    for text in ("Romania recognised Armenia in 1991.", "Relations grew.", "Trade rose."):
        story.complete(text, find_dates(text, "2016-12"))
    late = "On December 17, the two signed an agreement."
    assert [m.date.start for m in story.complete(late, find_dates(late, "2016-12"))] == [
        "2016-12-17"]
    assert second("1992-12") == [("1992-12-17", "relative")]
    relative = StoryYear("2016-12")
    relative.complete(texts[0], find_dates(texts[0], "2016-12"))
    told = "Last March the two signed an agreement."
    assert [m.date.start for m in relative.complete(told, find_dates(told, "2016-12"))] == [
        "2016-03"]


def test_a_day_of_that_year_is_in_the_story_year() -> None:
    """ "In 1992 ... on Aug. 24 of that year": the day, in the story's year, as "In
    December that year" is the month."""
    _, second = _read("In 1992, South Korea and China began a new chapter.",
                      "But on Aug. 24 of that year, they normalized ties.")
    assert second == [("1992-08-24", "Aug. 24 of that year")]

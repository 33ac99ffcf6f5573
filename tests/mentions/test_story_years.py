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

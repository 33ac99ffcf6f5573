"""Named historical moments date an event that has no date expression."""

from __future__ import annotations

import itertools

from dyadscope.mentions.dates import find_dates
from dyadscope.mentions.historical import find_moments


def test_a_known_moment_is_a_date_with_its_own_words() -> None:
    text = "Following the collapse of the USSR, Pakistan recognised Azerbaijan."
    (mention,) = find_moments(text)
    assert text[mention.start : mention.end] == "collapse of the USSR"
    assert (mention.date.start, mention.date.precision) == ("1991-12", "month")


def test_moments_join_ordinary_dates_without_overlap() -> None:
    mentions = find_dates("After the April War of 2016 the talks resumed in May 2017.")
    texts = [m.date.text for m in mentions]
    assert "May 2017" in texts
    assert any(m.date.start and m.date.start.startswith("2016") for m in mentions)
    spans = [(m.start, m.end) for m in mentions]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_ordinary_words_are_not_moments() -> None:
    assert find_moments("The union of workers fell apart in the spring.") == []

"""Named historical moments as dates ("after the dissolution of the Soviet Union").

Writers often date an event by a moment everyone knows instead of a year. The
moments and their dates are a data file, ``data/historical_dates.tsv``. A moment that
is itself a war or a strike between two states ("the second Karabakh war", "the Kargil
war") also names its sides there, so that the mention can be coded as that clash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import cast, get_args

from dyadscope.model import ClashMention, DateMention, DateRef, Precision


@dataclass(frozen=True, slots=True)
class _Moment:
    pattern: re.Pattern[str]
    start: str
    end: str | None
    precision: Precision
    sides: tuple[str, str] | None  # a war or strike between two states


@cache
def _moments() -> tuple[_Moment, ...]:
    text = resources.files("dyadscope.data").joinpath("historical_dates.tsv").read_text("utf-8")
    moments = []
    for line in text.splitlines()[1:]:
        if not line.strip() or line.startswith(("#", "pattern\t")):
            continue
        pattern, start, end, precision, *rest = line.split("\t")
        if precision not in get_args(Precision):
            raise ValueError(f"historical_dates.tsv: unknown precision {precision!r}")
        codes = rest[0].split() if rest else []
        if codes and len(codes) != 2:
            raise ValueError(f"historical_dates.tsv: sides must be two codes, not {rest[0]!r}")
        moments.append(
            _Moment(
                re.compile(pattern, re.IGNORECASE), start, end or None,
                cast(Precision, precision), (codes[0], codes[1]) if codes else None,
            )
        )  # fmt: skip
    return tuple(moments)


@cache
def _any_moment() -> re.Pattern[str]:
    """All moments in one expression: most sentences name none, and one scan says so."""
    return re.compile("|".join(f"(?:{m.pattern.pattern})" for m in _moments()), re.IGNORECASE)


def find_moments(text: str) -> list[DateMention]:
    """Mentions of known historical moments in ``text``, in order."""
    return [mention for mention, _ in _found(text)]


def find_clashes(text: str) -> list[ClashMention]:
    """Named wars and strikes between two states in ``text`` ("the Kargil war"), each
    with its date and sides, in order."""
    return [
        ClashMention(mention.start, mention.end, mention.date, sides)
        for mention, sides in _found(text)
        if sides is not None
    ]


@lru_cache(maxsize=64)
def _found(text: str) -> tuple[tuple[DateMention, tuple[str, str] | None], ...]:
    """Every moment named in ``text``, in order, with the sides of those that are clashes.

    Cached (bounded; the mentions are frozen): the pipeline asks for a sentence's
    moments and then for its clashes, and the one-scan test costs most of the work."""
    if _any_moment().search(text) is None:
        return ()
    found = [
        (DateMention(match.start(), match.end(),
                     DateRef(moment.start, moment.end, moment.precision, match.group())),
         moment.sides)
        for moment in _moments()
        for match in moment.pattern.finditer(text)
    ]  # fmt: skip
    return tuple(sorted(found, key=lambda item: item[0].start))

"""Repeated text (pull quotes, running heads, restated sentences) in linear time.

Every kept sentence registers its exact token string and its token 3-shingles
(first owner wins). A new sentence is a repeat when its token string was seen,
or when most of its shingles point to one earlier sentence and a token-level
comparison shows only small, content-free differences (a dropped "the", a
swapped word), or when it is a contiguous part of that sentence.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from itertools import filterfalse


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


MIN_FUZZY_TOKENS = 6
_FUNCTION_WORDS = _words(
    "the a an of in on at to is are was were be been has have had and or that which it its "
    "this for with by as from s"
)
_CONTENT_WORDS = _words(
    "no not never nor without none cannot neither one two three four five six seven eight "
    "nine ten hundred thousand million billion"
)


Shingle = int


def shingles(tokens: tuple[str, ...]) -> set[Shingle]:
    """Hashes of the token 3-grams of a sentence (computed once, used by find and add)."""
    return set(map(hash, zip(tokens, tokens[1:], tokens[2:], strict=False)))


def _small_difference(new: tuple[str, ...], old: tuple[str, ...]) -> bool:
    """Same sentence up to a few function words, typos or word order."""
    if f" {' '.join(new)} " in f" {' '.join(old)} ":
        return True  # contiguous part of the earlier sentence
    matcher = SequenceMatcher(None, new, old, autojunk=False)
    changed: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            changed.extend(new[i1:i2])
            changed.extend(old[j1:j2])
    if len(changed) > max(3, int(0.2 * len(new))):
        return False
    if any(tok in _CONTENT_WORDS or any(c.isdigit() for c in tok) for tok in changed):
        return False
    # content words may move ("range of" / "of range") but not appear or disappear
    removed: Counter[str] = Counter()
    added: Counter[str] = Counter()
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            added.update(t for t in new[i1:i2] if t not in _FUNCTION_WORDS)
            removed.update(t for t in old[j1:j2] if t not in _FUNCTION_WORDS)
    return added == removed


class RepeatIndex:
    """Which earlier sentence (by index) a token sequence repeats, if any."""

    def __init__(self) -> None:
        self._exact: dict[str, int] = {}
        self._owner: dict[Shingle, int] = {}
        self._tokens: dict[int, tuple[str, ...]] = {}

    def find(self, tokens: tuple[str, ...], grams: set[Shingle] | None = None) -> int | None:
        """Index of the earlier sentence that ``tokens`` repeats, else None."""
        if not tokens:
            return None
        hit = self._exact.get(" ".join(tokens))
        if hit is not None or len(tokens) < MIN_FUZZY_TOKENS:
            return hit
        if grams is None:
            grams = shingles(tokens)
        seen = list(filter(self._owner.__contains__, grams))  # C loop: fresh prose exits here
        need = 0.5 * len(grams)
        if len(seen) < need:
            return None
        for owner, count in Counter(map(self._owner.__getitem__, seen)).most_common(2):
            if count < need:
                break
            if _small_difference(tokens, self._tokens[owner]):
                return owner
        return None

    def add(self, tokens: tuple[str, ...], index: int, grams: set[Shingle] | None = None) -> None:
        """Register a kept sentence; earlier owners of a shingle keep it."""
        if not tokens:
            return
        self._exact.setdefault(" ".join(tokens), index)
        if len(tokens) >= 3:
            self._tokens[index] = tokens
            grams = shingles(tokens) if grams is None else grams
            fresh = filterfalse(self._owner.__contains__, grams)
            self._owner.update(dict.fromkeys(fresh, index))

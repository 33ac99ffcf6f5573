"""Near-duplicate fingerprints: a document's MinHash signature, and which stored
document a new one copies. A copy is one source, not two: the same report posted
on two sites, a paper and its lightly edited second version.

The signature is computed by ``datasketch`` from the document's normalised text:

- text: Unicode NFKC and case-folded, cut into words (runs of letters and digits);
  whitespace, punctuation, line breaks and letter case are dropped, so a re-wrapped,
  re-encoded or re-formatted copy (txt, md, html, pdf text) gives the same words;
- shingles: every run of ``SHINGLE_WORDS`` (3) consecutive words. A changed word
  costs only three shingles, so light rewording keeps a copy a copy, while added or
  dropped text costs what it weighs; two reports on the same countries share names
  and stock phrases, rarely many three-word runs. A text shorter than that is one shingle;
- MinHash: ``PERMUTATIONS`` (128) permutations from a fixed ``SEED`` with datasketch's
  ``affine32`` scheme and SHA-1 shingle hashes, so signatures made in any run, on any
  machine, compare. ``METHOD`` names those choices and is stored with the values; a
  signature made any other way is not compared (it would estimate nonsense).

The fraction of equal values in two signatures estimates the Jaccard similarity of
their shingle sets (give or take 0.035 at 0.8 with 128 values). ``COPY_THRESHOLD``
(0.8) is the similarity from which a document is a copy: about one word in 27
changed, a fifth of the text dropped or a quarter added. A 2-3 paragraph report with a few
words changed, a sentence dropped, new line breaks and a new title stays above it
(0.86 in the tests); a different report on the same event stays far below (under
0.1 in our samples and between the demo documents). Two issues of a template
bulletin that differ in a few figures only are copies too: that is the limit.

``datasketch`` (and SciPy, which it loads) is imported only when a signature is made.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasketch import LeanMinHash

SHINGLE_WORDS = 3
PERMUTATIONS = 128
SEED = 1
SCHEME = "affine32"  # datasketch >= 2.0
METHOD = f"minhash-{SCHEME}-sha1-p{PERMUTATIONS}-s{SEED}-w{SHINGLE_WORDS}"
COPY_THRESHOLD = 0.8

_WORD = re.compile(r"[^\W_]+")
# the LSH index only proposes candidates: it must find (almost) every pair at the
# copy threshold, so its bands are chosen to miss fewer than 1 in 1,000 there
_CANDIDATE_RECALL = 0.999


def words(text: str) -> list[str]:
    """The text's words, normalised: what two copies of one text have in common."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str) -> set[str]:
    """Every run of ``SHINGLE_WORDS`` words, joined by one space."""
    found = words(text)
    if len(found) <= SHINGLE_WORDS:
        return {" ".join(found)}
    return {" ".join(found[i : i + SHINGLE_WORDS]) for i in range(len(found) - SHINGLE_WORDS + 1)}


@dataclass(frozen=True, slots=True)
class Signature:
    """A document's MinHash values (``PERMUTATIONS`` of them, made by ``METHOD``)."""

    values: tuple[int, ...]

    def to_json(self) -> str:
        return json.dumps({"method": METHOD, "values": list(self.values)}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> Signature | None:
        """The stored signature, or None where there is none or it was made another way."""
        if not text:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or data.get("method") != METHOD:
            return None
        values = data.get("values")
        if not isinstance(values, list) or len(values) != PERMUTATIONS:
            return None
        return cls(tuple(int(v) for v in values))

    def _lean(self) -> LeanMinHash:
        from datasketch import LeanMinHash

        return LeanMinHash(seed=SEED, hashvalues=list(self.values), scheme=SCHEME)


def signature(text: str) -> Signature:
    """The MinHash signature of ``text`` (see the module's docstring for the choices)."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return Signature(tuple(int(v) for v in minhash.hashvalues))


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1."""
    return float(a._lean().jaccard(b._lean()))


def _bands(threshold: float) -> tuple[int, int]:
    """LSH bands and rows per band: as many rows as keep the chance of proposing a
    pair at ``threshold`` above ``_CANDIDATE_RECALL`` (more rows, fewer false
    candidates to check). datasketch's own choice would miss about half the pairs
    right at its threshold."""
    best = (PERMUTATIONS // 2, 2)
    for rows in range(2, PERMUTATIONS // 2 + 1):
        bands = PERMUTATIONS // rows
        if 1 - (1 - threshold**rows) ** bands >= _CANDIDATE_RECALL:
            best = (bands, rows)
    return best


class CopyIndex:
    """Signatures of stored originals, in the order they were stored, and which of
    them a new document copies. Lookups go through a MinHash LSH index, so they stay
    fast with many thousands of documents; candidates are checked on the full
    signature."""

    def __init__(self, threshold: float = COPY_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        if not 0 < threshold <= 1:
            raise ValueError(f"copy threshold {threshold} is not in (0, 1]")
        self.threshold = threshold
        self._lsh: Any = MinHashLSH(num_perm=PERMUTATIONS, params=_bands(threshold))
        self._order: dict[str, int] = {}
        self._signatures: dict[str, Signature] = {}

    def __len__(self) -> int:
        return len(self._order)

    def add(self, key: str, sig: Signature) -> None:
        """Index an original; keys added earlier win ties (the first stored is the original)."""
        if key in self._order:
            return
        self._order[key] = len(self._order)
        self._signatures[key] = sig
        self._lsh.insert(key, sig._lean(), check_duplication=False)

    def original(self, sig: Signature) -> tuple[str, float] | None:
        """The earliest indexed document ``sig`` is a copy of, with the similarity;
        None when none is similar enough."""
        matches = [
            (self._order[key], key, similarity(sig, self._signatures[key]))
            for key in self._lsh.query(sig._lean())
        ]
        copies = [m for m in matches if m[2] >= self.threshold]
        if not copies:
            return None
        _, key, score = min(copies)
        return key, score

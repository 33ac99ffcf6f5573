"""Near-duplicate documents at ingest: a copy is one source, not two.

Each new document gets a MinHash signature (``dyadscope.ingest.fingerprint``), saved
with it so that later documents can be compared; when it is similar enough to a
stored document that is not itself a copy, it is saved with ``copy_of`` naming the
first such document stored. Its events and figures are stored as usual (their
sentences are still sources); counts take the original only
(``Store.document_copies``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from dyadscope.errors import UsageError

if TYPE_CHECKING:
    from dyadscope.ingest.fingerprint import CopyIndex, Signature
    from dyadscope.model import Document
    from dyadscope.store import Store


class DocumentCopy(NamedTuple):
    """A document stored as a near-duplicate of one stored before it."""

    path: str
    original: str  # the original's source path, or its id where it has none
    original_id: str
    similarity: float


class Check(NamedTuple):
    """What comparing a new document with the stored ones found."""

    signature: Signature
    copy: DocumentCopy | None

    @property
    def copy_of(self) -> str | None:
        return self.copy.original_id if self.copy else None


def copy_threshold(value: float | None, field: str = "copy_threshold") -> float:
    """The similarity from which a document is a copy; None is the default (0.8)."""
    from dyadscope.ingest.fingerprint import COPY_THRESHOLD

    if value is None:
        return COPY_THRESHOLD
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise UsageError(field, f"{value!r} is not a similarity above 0 and at most 1")
    return float(value)


class Originals:
    """The stored documents a new one may be a copy of. They are read and indexed
    the first time a document is checked, so a run that adds nothing reads no
    signatures and does not load datasketch."""

    def __init__(self, store: Store, threshold: float) -> None:
        self.store = store
        self.threshold = threshold
        self._index: CopyIndex | None = None
        self._paths: dict[str, str] = {}

    def _loaded(self) -> CopyIndex:
        if self._index is None:
            from dyadscope.ingest.fingerprint import CopyIndex, Signature, signature

            self._index = CopyIndex(self.threshold)
            for doc_id, path, stored in self.store.document_signatures(
                lambda text: signature(text).to_json()
            ):
                sig = Signature.from_json(stored)
                if sig is not None:
                    self._index.add(doc_id, sig)
                    self._paths[doc_id] = path or doc_id
        return self._index

    def check(self, doc: Document, path: str) -> Check:
        """``doc``'s signature, and the stored original it copies, if any."""
        from dyadscope.ingest.fingerprint import signature

        index = self._loaded()
        sig = signature(doc.text)
        found = index.original(sig)
        if found is None:
            return Check(sig, None)
        original, score = found
        return Check(sig, DocumentCopy(path, self._paths[original], original, score))

    def saved(self, doc: Document, path: str, check: Check) -> None:
        """``doc`` is stored: an original is compared with the documents that follow."""
        if check.copy is None:
            self._loaded().add(doc.id, check.signature)
            self._paths[doc.id] = doc.source_path or path

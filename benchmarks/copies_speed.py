"""Near-duplicate detection speed with many stored documents.

    python benchmarks/copies_speed.py [--documents 5000] [--words 400] [--seed 7]

Stores ``--documents`` generated documents with their signatures, then times what an
ingest run adds: reading the stored signatures into the LSH index (once per run) and
one lookup per new document (signature, LSH query, check), next to a baseline
measured in the same run: the signature compared with every stored one at once
(one NumPy array). The lookup must stay about a millisecond at thousands of documents.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import numpy as np

from dyadscope.api.copies import Originals
from dyadscope.ingest import load_text
from dyadscope.ingest.fingerprint import COPY_THRESHOLD, Signature, signature
from dyadscope.store import Store

SYLLABLES = ["ba", "ko", "ri", "sta", "lan", "mer", "dor", "vi", "tes", "nu", "gra", "pel"]
COMMON_TEXT = (
    "the of and to in a that is was for on with as by at from has have been which their "
    "minister said relations between both countries deepened since talks began trade defence "
    "Azerbaijan Pakistan Baku Islamabad agreement signed"
)
COMMON = COMMON_TEXT.split()


def document(rng: random.Random, vocabulary: list[str], words: int) -> str:
    picked = [rng.choice(COMMON) if rng.random() < 0.5 else rng.choice(vocabulary)
              for _ in range(words)]  # fmt: skip
    return " ".join(picked) + "."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    vocabulary = sorted({"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(5000)})
    texts = [document(rng, vocabulary, args.words) for _ in range(args.documents)]

    started = time.perf_counter()
    signatures = [signature(t) for t in texts]
    made = (time.perf_counter() - started) / len(texts)

    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "b.duckdb") as store:
        for text, sig in zip(texts, signatures, strict=True):
            store.save_document(load_text(text), [], [], [], [], signature=sig.to_json())
        started = time.perf_counter()
        originals = Originals(store, COPY_THRESHOLD)
        originals._loaded()
        loaded = time.perf_counter() - started

        probes = [load_text(texts[i] + " A closing line.") for i in range(0, len(texts), 50)]
        probes += [load_text(document(rng, vocabulary, args.words)) for _ in range(len(probes))]
        started = time.perf_counter()
        found = [originals.check(doc, "probe").copy for doc in probes]
        lookup = (time.perf_counter() - started) / len(probes)

        stored = [Signature.from_json(s) for _, _, s in store.document_signatures()]
        matrix = np.array([x.values for x in stored if x is not None], dtype=np.uint32)
        probe_signatures = [signature(doc.text) for doc in probes]
        started = time.perf_counter()
        for sig in probe_signatures:
            scores = (matrix == np.array(sig.values, dtype=np.uint32)).mean(axis=1)
            np.flatnonzero(scores >= COPY_THRESHOLD)
        scan = (time.perf_counter() - started) / len(probes) + made

    copies = sum(f is not None for f in found)
    print(f"{args.documents} stored documents of {args.words} words")
    print(f"  signature: {made * 1000:.2f} ms per document")
    print(f"  index from the store: {loaded:.3f} s once per ingest run")
    print(f"  lookup (signature + LSH + check): {lookup * 1000:.2f} ms per new document")
    print(f"  baseline, signature + compare with every stored one: {scan * 1000:.2f} ms")
    print(f"  copies found: {copies} of {len(probes) // 2} planted, 0 of {len(probes) // 2} new")


if __name__ == "__main__":
    main()

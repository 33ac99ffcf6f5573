"""Would a model learnt from the dev gold add to the hand rules? Measured, not adopted.

    python benchmarks/learned_fallback.py [--batches tests/golden/real/dev]

Two instruments, each trained on all dev batches but one and measured on the one left
out (leave-one-batch-out, so every figure is on passages the model never saw):

A. A kind classifier as a fallback cue: one logistic regression per event kind on a
   sentence's words and word pairs (actor names masked), asked only where the rules
   coded no event of that kind in the sentence. Its precision there must beat about
   0.31 (half the current F1) before an added event can raise F1 at all, and more,
   since the added event still needs the right sides and date.
B. A filter on the rules' own events: a logistic regression on what the extractor
   knows of each event (kind, status, date basis, pattern, clause flags), dropping
   events it scores below a threshold. Strict F1 of what is kept, per threshold.

Gold events are placed in sentences where they can be: the sentence of the event that
matched them, else the one sentence naming both sides; passages where that is
ambiguous leave the kind unknown there (neither positive nor negative).
Needs numpy and scipy (scipy comes with ruptures, a dependency of the package).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from dyadscope import api
from dyadscope.classify.tokens import tokenize
from dyadscope.evaluate.matching import strictly_right
from dyadscope.evaluate.readers.records import parse_expected
from dyadscope.ingest import load_text
from dyadscope.model import Event
from dyadscope.settings import load_settings

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Sentence:
    batch: str
    words: set[str]
    coded: set[str]  # kinds the rules coded here
    labels: set[str] = field(default_factory=set)  # gold kinds placed here
    unknown: set[str] = field(default_factory=set)  # gold kinds that may be here


@dataclass
class CodedEvent:
    batch: str
    features: set[str]
    right: bool


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def _stem(word: str) -> str:
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    return word


def _words(text: str, spans: list[tuple[int, int]]) -> set[str]:
    seq: list[str] = []
    for token in tokenize(text):
        inside = next(((s, e) for s, e in spans if s <= token.start < e), None)
        if inside is not None:
            if not seq or seq[-1] != "<actor>":
                seq.append("<actor>")
        elif re.search(r"\w", token.low):
            seq.append("<num>" if token.low[0].isdigit() else _stem(token.low))
    return {f"w:{w}" for w in seq} | {f"p:{a}_{b}" for a, b in itertools.pairwise(seq)}


def _event_features(event: Event, events: list[Event]) -> set[str]:
    extra = {k: v for k, v in event.extra.items() if k != "trigger"}
    base = {
        f"kind={event.kind}", f"status={event.status}", f"basis={event.date.basis}",
        f"precision={event.date.precision}", f"confidence={event.confidence:.2f}",
        f"others={min(len(event.others), 2)}", f"told={min(len(event.sources), 3)}",
        f"events={min(len(events), 6)}", f"named2={bool(event.actor2 and event.actor2.text)}",
        *(f"{k}={v}" for k, v in extra.items()),
    }  # fmt: skip
    return base | {f"{event.kind}&{f}" for f in base}


def collect(batches: list[Path]) -> tuple[list[Sentence], list[CodedEvent], dict[str, int]]:
    pipe = api.configured_pipeline(load_settings(), (), None, None, None)
    sentences: list[Sentence] = []
    coded: list[CodedEvent] = []
    gold_counts: Counter[str] = Counter()
    for path in batches:
        batch = path.name.split(".")[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            passage = json.loads(line)
            doc = load_text(passage["text"], date=passage["date"], title=passage.get("title"))
            result = pipe.process(doc)
            events = list(result.events)
            by_start: dict[int, Sentence] = {}
            names: dict[int, set[str]] = {}
            for s in result.sentences:
                mentions = pipe.gazetteer.find(s.text, on_date=doc.date)
                names[s.start] = {m.actor.code for m in mentions if m.actor is not None}
                by_start[s.start] = Sentence(
                    batch, _words(s.text, [(m.start, m.end) for m in mentions]),
                    {e.kind for e in events if e.source.start == s.start},
                )  # fmt: skip
            expected = [parse_expected(e) for e in passage["expected"]]
            gold_counts[batch] += len(expected)
            used: set[int] = set()
            for gold in expected:
                hit = next(
                    (j for j, e in enumerate(events) if j not in used
                     and strictly_right(gold, e, "iso")), None,
                )  # fmt: skip
                if hit is not None:
                    used.add(hit)
                    start = events[hit].source.start
                    if start in by_start:
                        by_start[start].labels.add(gold.kind or "")
                        continue
                sides = {a.code for a in (gold.actor1, gold.actor2) if a is not None}
                places = [s for s, found in names.items() if sides <= found]
                if len(by_start) == 1:
                    places = list(by_start)
                if len(places) == 1:
                    by_start[places[0]].labels.add(gold.kind or "")
                else:
                    for sentence in by_start.values():
                        sentence.unknown.add(gold.kind or "")
            sentences += by_start.values()
            coded += [
                CodedEvent(batch, _event_features(e, events), j in used)
                for j, e in enumerate(events)
            ]
    return sentences, coded, dict(gold_counts)


def _fit(rows: list[set[str]], y: np.ndarray, c: float = 3.0) -> tuple[dict[str, int], np.ndarray]:
    counts = Counter(f for row in rows for f in row)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 2))}
    data = [(i, vocab[f]) for i, row in enumerate(rows) for f in row if f in vocab]
    x = sparse.csr_matrix(
        (np.ones(len(data)), ([i for i, _ in data], [j for _, j in data])),
        shape=(len(rows), len(vocab)),
    )

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))
        eps = 1e-12
        value = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        grad = np.append(x.T @ (p - y) + w[:-1] / c, np.sum(p - y))
        return value + w[:-1] @ w[:-1] / (2 * c), grad

    w = minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B").x
    return vocab, w


def _score(model: tuple[dict[str, int], np.ndarray], row: Iterable[str]) -> float:
    vocab, w = model
    z = sum(w[vocab[f]] for f in row if f in vocab) + w[-1]
    return float(1 / (1 + np.exp(-z)))


def kind_fallback(sentences: list[Sentence], thresholds: list[float]) -> None:
    kinds = sorted({k for s in sentences for k in s.labels})
    counts = {t: Counter[str]() for t in thresholds}
    for batch in sorted({s.batch for s in sentences}):
        train = [s for s in sentences if s.batch != batch]
        for kind in kinds:
            rows = [s for s in train if kind not in s.unknown]
            y = np.array([kind in s.labels for s in rows], dtype=float)
            if y.sum() < 3:
                continue
            model = _fit([s.words for s in rows], y)
            for s in (s for s in sentences if s.batch == batch):
                if kind in s.coded or kind in s.unknown:
                    continue
                p = _score(model, s.words)
                for t in thresholds:
                    says, gold = p >= t, kind in s.labels
                    outcome = "tp" if says and gold else "fp" if says else "fn" if gold else "tn"
                    counts[t][outcome] += 1
    print("A. kind classifier where the rules coded nothing of the kind (held-out batches)")
    for t, c in counts.items():
        said, missed = c["tp"] + c["fp"], c["tp"] + c["fn"]
        print(f"   threshold {t:.2f}: adds {said:4d}, right {c['tp']:3d}, "
              f"precision {c['tp'] / max(1, said):.3f}, "
              f"recall of what the rules miss {c['tp'] / max(1, missed):.3f}")  # fmt: skip


def event_filter(coded: list[CodedEvent], gold: dict[str, int], thresholds: list[float]) -> None:
    scored: list[tuple[str, bool, float]] = []
    for batch in sorted(gold):
        train = [e for e in coded if e.batch != batch]
        model = _fit([e.features for e in train], np.array([e.right for e in train], dtype=float))
        scored += [(batch, e.right, _score(model, e.features)) for e in coded if e.batch == batch]
    total = sum(gold.values())
    print("B. filter on the rules' events (held-out batches; strict F1 of what is kept)")
    for t in [0.0, *thresholds]:
        kept = [s for s in scored if s[2] >= t]
        right = sum(s[1] for s in kept)
        print(f"   threshold {t:.2f}: keeps {len(kept):4d}, right {right:4d}, "
              f"F1 {2 * right / (total + len(kept)):.4f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batches", type=Path, default=REPO / "tests/golden/real/dev")
    args = parser.parse_args()
    batches = sorted(args.batches.glob("*.records.jsonl"))
    sentences, coded, gold = collect(batches)
    print(f"{len(batches)} batches, {len(sentences)} sentences, {sum(gold.values())} gold events, "
          f"{len(coded)} events coded by the rules")  # fmt: skip
    kind_fallback(sentences, [0.3, 0.5, 0.7])
    event_filter(coded, gold, [0.2, 0.3, 0.4, 0.5])


if __name__ == "__main__":
    main()

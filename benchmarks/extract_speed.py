"""Extraction speed and peak memory over a generated corpus, on one core.

    python benchmarks/extract_speed.py [--sentences 100000] [--seed 7]

Prints sentences/s (by the clock, and by CPU time, which other load on the machine
does not slow) and peak RSS for the full pipeline (segment, actors, dates,
quantities, events, figures) next to a baseline measured in the same run: a
bare regex tokenisation of the same text, the floor no extractor can beat.
Targets: >= 2,000 sentences/s and < 500 MB peak.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time

from dyadscope.ingest import load_text
from dyadscope.pipeline import Pipeline

COUNTRIES = [
    "Azerbaijan",
    "Pakistan",
    "Turkey",
    "Armenia",
    "India",
    "China",
    "Iran",
    "Georgia",
    "Russia",
    "Kazakhstan",
    "Uzbekistan",
    "Saudi Arabia",
    "Japan",
    "Germany",
    "France",
]
CAPITALS = ["Baku", "Islamabad", "Ankara", "Yerevan", "New Delhi", "Beijing", "Tehran"]
MONTHS = ["January", "March", "May", "July", "October", "December"]
TEMPLATES = [
    "{a} and {b} signed a defence cooperation agreement in {month} {year}.",
    "The foreign minister of {a} visited {cap} on {day} {month} {year} for talks.",
    "{a} has expressed interest in purchasing {n} trainer aircraft from {b}.",
    "Trade between {a} and {b} rose to ${amount} million in {year}-{yy}.",
    "Naval personnel from {a} took part in joint exercises with {b} last month.",
    "Officials in {cap} said the economy grew by {n} percent in {year}.",
    "{a} condemned the attack and urged {b} to show restraint.",
    "The two countries will hold the next round of talks in {cap} next year.",
    "Analysts note that relations between {a} and {b} have deepened since the mid-1990s.",
    "No formal agreement has been signed yet, according to the ministry.",
]


def generate(sentences: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    docs: list[str] = []
    per_doc = 200
    for _ in range(0, sentences, per_doc):
        lines = []
        for _ in range(per_doc):
            a, b = rng.sample(COUNTRIES, 2)
            year = rng.randint(1992, 2024)
            lines.append(
                rng.choice(TEMPLATES).format(
                    a=a,
                    b=b,
                    cap=rng.choice(CAPITALS),
                    month=rng.choice(MONTHS),
                    year=year,
                    yy=str(year + 1)[2:],
                    day=rng.randint(1, 28),
                    n=rng.randint(2, 40),
                    amount=round(rng.uniform(1, 900), 2),
                )
            )
        docs.append(" ".join(lines))
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    docs = generate(args.sentences, args.seed)
    total = len(docs) * 200

    token = re.compile(r"\w+|[^\w\s]")
    t0 = time.perf_counter()
    for text in docs:
        token.findall(text)
    baseline = total / (time.perf_counter() - t0)

    pipeline = Pipeline()
    events = observations = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for i, text in enumerate(docs):
        result = pipeline.process(load_text(text, source=f"gen-{i}", date="2024-06-01"))
        events += len(result.events)
        observations += len(result.observations)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rate = total / elapsed
    peak = peak_rss_mb()
    print(f"sentences           {total:>12,}")
    print(f"baseline tokenise   {baseline:>12,.0f} sentences/s")
    print(
        f"full extraction     {rate:>12,.0f} sentences/s  ({elapsed:.1f} s; "
        f"{events:,} events, {observations:,} figures)   target >= 2,000: "
        f"{'PASS' if rate >= 2000 else 'FAIL'}"
    )
    # a shared machine's load slows the clock, not the CPU time a process is given
    print(f"  on CPU time       {total / cpu:>12,.0f} sentences/s  ({cpu:.1f} s of CPU)")
    print(
        f"peak memory (RSS)   {peak:>12,.0f} MB            target < 500: "
        f"{'PASS' if peak < 500 else 'FAIL'}"
    )
    print(f"cost vs baseline    {baseline / rate:>12,.1f} x")


if __name__ == "__main__":
    main()

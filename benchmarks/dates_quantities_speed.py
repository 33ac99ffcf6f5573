"""Speed of the date and quantity parsers (extract/dates.py, extract/quantities.py).

    python benchmarks/dates_quantities_speed.py [--repeat 40] [--text PATH]

Runs ``find_dates`` and ``find_quantities`` over the sentences of a text (default: the
seed paper in ../shared, dense with dates and amounts, plus some news-style prose) and
prints sentences per CPU second (best of 3) next to a baseline measured in the same
run: a bare regex tokenisation of the same sentences. Target: >= 20,000 sentences/s each.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from dyadscope.mentions.dates import find_dates
from dyadscope.mentions.quantities import find_quantities

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_439c29f9a9c0186c.txt"
PROSE = [
    "The foreign minister said relations between the two countries had never been closer.",
    "Officials from both sides discussed energy, transport and security cooperation.",
    "The delegation was received by the president and held talks with the defence minister.",
    "Critics argued that the agreement did little to address the underlying dispute.",
    "The ministry issued a statement condemning the attack on the border post.",
    "Both governments agreed to expand student exchanges and cultural programmes.",
    "In 2016, Azerbaijan and Pakistan signed a memorandum on military cooperation.",
    "Trade between the two countries rose to $37.45 million in 2013-14, up 25%.",
    "Around 24 warships from 13 countries took part in the exercise in February 2017.",
    "The talks will resume next month in Islamabad, the spokesman said on Monday.",
]


def sentences(path: Path | None) -> list[str]:
    text = path.read_text(encoding="utf-8") if path and path.is_file() else ""
    found = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]
    return found + PROSE


def rate(fn: Callable[[str], object], batch: list[str], rounds: int = 3) -> float:
    """Sentences per CPU second, best of ``rounds``: CPU time and the best round keep the
    figure steady on a machine shared with other jobs."""
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        for sentence in batch:
            fn(sentence)
        best = max(best, len(batch) / max(time.process_time() - start, 1e-9))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--text", type=Path, default=SEED)
    args = parser.parse_args()
    batch = sentences(args.text) * args.repeat
    token = re.compile(r"\w+|[^\w\s]")
    find_dates("warm up 2017"), find_quantities("warm up 10 ships")
    baseline = rate(token.findall, batch)
    dates = rate(lambda s: find_dates(s, "2017-10-25"), batch)
    quantities = rate(find_quantities, batch)
    print(f"{len(batch):,} sentences, mean {sum(map(len, batch)) / len(batch):.0f} chars")
    print(f"baseline (regex tokenise): {baseline:12,.0f} sentences/s")
    for name, figure in (("find_dates", dates), ("find_quantities", quantities)):
        print(f"{name + ':':27s}{figure:12,.0f} sentences/s ({figure / baseline:.2f}x baseline)")


if __name__ == "__main__":
    main()

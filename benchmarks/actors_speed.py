"""Speed of Gazetteer.find on typical ~25-word sentences (target: >= 20,000 per second).

Prints sentences per second for find() and, as a baseline measured in the same run,
for plain tokenisation of the same sentences with the same regular expression, so the
figure can be read against the machine it ran on.

    .venv/bin/python benchmarks/actors_speed.py [N]
"""

from __future__ import annotations

import sys
import time

from dyadscope.mentions.actor_lexicon import TOKEN
from dyadscope.mentions.actors import Gazetteer

SENTENCES = [
    "The most recent visit by the Chief of Air Staff of the Pakistan Air Force Marshal Sohail "
    "Aman aimed at further cooperation between Baku and Islamabad.",
    "Both countries are dealing with unresolved territorial conflicts and thus fully support one "
    "another's territorial integrity in international forums.",
    "A Pakistani delegation led by the country's Commerce Secretary met with the Deputy Minister "
    "of Economic Development of Azerbaijan in Baku last year.",
    "Trade between the two countries remained modest, at around 30 million dollars a year, "
    "despite repeated promises to expand economic cooperation.",
    "The committee said that prices of food and fuel had risen sharply over the past three months "
    "and that further increases were expected soon.",
]


def rate(fn, sentences: list[str]) -> float:
    start = time.perf_counter()
    for s in sentences:
        fn(s)
    return len(sentences) / (time.perf_counter() - start)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    gazetteer = Gazetteer.default()
    sentences = (SENTENCES * (n // len(SENTENCES) + 1))[:n]
    words = sum(len(s.split()) for s in sentences) / len(sentences)
    baseline = rate(TOKEN.findall, sentences)
    found = rate(lambda s: gazetteer.find(s, on_date="2017-05"), sentences)
    print(f"sentences: {n}, mean words: {words:.1f}")
    print(f"tokenise only (baseline): {baseline:,.0f} sentences/s")
    print(f"Gazetteer.find:           {found:,.0f} sentences/s (target >= 20,000)")
    print(f"find / baseline:          {found / baseline:.2f}")


if __name__ == "__main__":
    main()

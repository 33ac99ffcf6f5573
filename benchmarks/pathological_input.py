"""Extraction time on pathological input: huge lines, no punctuation, one endless word.

    python benchmarks/pathological_input.py [--mb 5] [--seed 7] [--only one-line no-stops]

Writes each variant as a .txt file of ``--mb`` MB in a temporary folder and times
``dyadscope.api.extract_file`` on it (what ``dyadscope extract FILE`` runs), next to a
baseline measured in the same run: the same amount of normal prose, in paragraphs of
sentences. Times are CPU seconds (the machine may be shared), dictionaries loaded first.
Target: linear time, every variant within 3x the baseline's time per MB (5 MB of
prose takes about 8 s on one core, so seconds, not minutes). Before sentences were capped
(``segment.split.MAX_SENTENCE``) a 3.8 MB file on one line took 83 s, and 0.2 MB with no
full stop 30 s.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dyadscope.api import extract_file

COUNTRIES = ["Azerbaijan", "Pakistan", "Turkey", "Armenia", "India", "China", "Iran",
             "Georgia", "Russia", "Kazakhstan", "Saudi Arabia", "Japan", "Germany", "France"]
CAPITALS = ["Baku", "Islamabad", "Ankara", "Yerevan", "New Delhi", "Beijing", "Tehran"]
MONTHS = ["January", "March", "May", "July", "October", "December"]
TEMPLATES = [
    "{a} and {b} signed a defence cooperation agreement in {month} {year}.",
    "The foreign minister of {a} visited {cap} on {day} {month} {year} for talks.",
    "{a} has expressed interest in purchasing {n} trainer aircraft from {b}.",
    "Trade between {a} and {b} rose to ${amount} million in {year}.",
    "Naval personnel from {a} took part in joint exercises with {b} last month.",
    "Officials in {cap} said the economy grew by {n} percent in {year}.",
    "{a} condemned the attack and urged {b} to show restraint.",
    "The two countries will hold the next round of talks in {cap} next year.",
    "Analysts note that relations between {a} and {b} have deepened since the mid-1990s.",
    "No formal agreement has been signed yet, according to the ministry.",
]
WORDS_TEXT = (
    "the minister said relations between both countries deepened since talks began trade "
    "defence cooperation agreement signed officials visited joint exercises naval personnel "
    "economy grew percent analysts note with and of in on for"
)
WORDS = WORDS_TEXT.split()
TARGET_RATIO = 3.0


def sentences(rng: random.Random, size: int) -> list[str]:
    """Generated news sentences, about ``size`` characters in all."""
    out: list[str] = []
    total = 0
    while total < size:
        a, b = rng.sample(COUNTRIES, 2)
        line = rng.choice(TEMPLATES).format(
            a=a, b=b, cap=rng.choice(CAPITALS), month=rng.choice(MONTHS),
            year=rng.randint(1992, 2024), day=rng.randint(1, 28), n=rng.randint(2, 40),
            amount=round(rng.uniform(1, 900), 2),
        )
        out.append(line)
        total += len(line) + 1
    return out


def words(rng: random.Random, size: int, pool: list[str]) -> list[str]:
    out: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(pool)
        out.append(word)
        total += len(word) + 1
    return out


def normal(rng: random.Random, size: int) -> str:
    said = sentences(rng, size)
    return "\n\n".join(" ".join(said[i:i + 5]) for i in range(0, len(said), 5))


def one_line(rng: random.Random, size: int) -> str:
    """Normal sentences, no newline at all."""
    return " ".join(sentences(rng, size))


def no_stops(rng: random.Random, size: int) -> str:
    """Words and names, commas now and then, no full stop and no newline."""
    said = words(rng, size, WORDS + COUNTRIES + CAPITALS)
    return ", ".join(" ".join(said[i:i + 12]) for i in range(0, len(said), 12))


def no_punctuation(rng: random.Random, size: int) -> str:
    """Lower-case words and single spaces: nothing to split at but spaces."""
    return " ".join(words(rng, size, WORDS))


def one_token(rng: random.Random, size: int) -> str:
    """A single word of ``size`` letters: nothing to split at at all."""
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=size))


def list_lines(rng: random.Random, size: int) -> str:
    """Short lines with no punctuation and no blank line: a table pasted as text."""
    said = words(rng, size, WORDS + COUNTRIES)
    return "\n".join(" ".join(said[i:i + 6]) for i in range(0, len(said), 6))


def fragments(rng: random.Random, size: int) -> str:
    """Blank-line separated pieces that never end a sentence: layout repair's worst case."""
    said = words(rng, size, WORDS + COUNTRIES)
    return "\n\n".join(" ".join(said[i:i + 15]) + " of" for i in range(0, len(said), 15))


VARIANTS: dict[str, Callable[[random.Random, int], str]] = {
    "normal": normal,
    "one-line": one_line,
    "no-stops": no_stops,
    "no-punctuation": no_punctuation,
    "one-token": one_token,
    "list-lines": list_lines,
    "fragments": fragments,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of each file (MB)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", nargs="*", choices=[v for v in VARIANTS if v != "normal"],
                        help="variants to run (the normal baseline always runs)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    names = ["normal", *(args.only or [v for v in VARIANTS if v != "normal"])]
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp, "warm.txt")
        warm.write_text("Baku and Islamabad signed an agreement in May 2003.\n", encoding="utf-8")
        extract_file(warm)  # dictionaries load once, outside the timings
        print(f"{'variant':<16}{'MB':>7}{'CPU s':>9}{'MB/s':>8}{'x base/MB':>11}"
              f"{'sentences':>11}{'longest':>9}{'events':>8}")
        base_per_mb = 0.0
        worst = 0.0
        for name in names:
            text = VARIANTS[name](random.Random(args.seed), size)
            path = Path(tmp, f"{name}.txt")
            path.write_text(text, encoding="utf-8")
            mb = path.stat().st_size / 1_000_000
            started = time.process_time()
            result = extract_file(path)
            seconds = time.process_time() - started
            per_mb = seconds / mb
            if name == "normal":
                base_per_mb = per_mb
            ratio = per_mb / base_per_mb
            worst = max(worst, ratio)
            longest = max((len(s.text) for s in result.sentences), default=0)
            print(f"{name:<16}{mb:>7.2f}{seconds:>9.2f}{mb / seconds:>8.2f}{ratio:>11.2f}"
                  f"{len(result.sentences):>11,}{longest:>9,}{len(result.events):>8,}")
            path.unlink()
    verdict = "PASS" if worst <= TARGET_RATIO else "FAIL"
    print(f"worst cost per MB vs normal prose: {worst:.2f}x   target <= {TARGET_RATIO:g}x: "
          f"{verdict}")


if __name__ == "__main__":
    main()

"""A file of about 1 MB with no sentence ends goes through extraction whole, and the
events told inside it are found. Speed is measured in
``benchmarks/pathological_input.py``, not here."""

from __future__ import annotations

import random
from pathlib import Path

from dyadscope.api import extract_file
from dyadscope.segment.split import MAX_SENTENCE

FILLER_TEXT = (
    "the report notes that figures for the period were revised and the tables below "
    "list the values by month with totals for each quarter as published"
)
FILLER = FILLER_TEXT.split()
TOLD = (
    "Azerbaijan and Pakistan signed a defence cooperation agreement in Baku on 12 May 2003.",
    "Turkey condemned the attack and urged Armenia to show restraint.",
)


def _filler(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(FILLER) for _ in range(words))


def test_events_inside_a_megabyte_on_one_line_are_found(tmp_path: Path) -> None:
    rng = random.Random(5)
    text = " ".join(
        [_filler(rng, 60_000), TOLD[0], _filler(rng, 60_000), TOLD[1], _filler(rng, 30_000)]
    )
    assert "\n" not in text and len(text) > 800_000
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")

    result = extract_file(path, date="2024-01-01")

    assert result.document.text == text
    assert all(len(s.text) <= MAX_SENTENCE for s in result.sentences)
    # every word of the file is in a sentence whose offsets index it
    assert sum(len(s.text.split()) for s in result.sentences) == len(text.split())
    assert all(text[s.start:s.end].split() == s.text.split() for s in result.sentences)
    found = {(e.kind, e.actor1.code, e.actor2.code) for e in result.events
             if e.actor1 is not None and e.actor2 is not None}
    assert ("agreement_signed", "AZE", "PAK") in found
    assert ("criticism_hostility", "TUR", "ARM") in found
    signed = next(e for e in result.events if e.kind == "agreement_signed")
    assert signed.date.start == "2003-05-12"
    assert signed.source.sentence.endswith(TOLD[0])

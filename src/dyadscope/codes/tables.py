"""Reading the package's tab-separated code tables (``dyadscope/data/*.tsv``)."""

from __future__ import annotations

import csv
from importlib import resources


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated package data file; ``#`` lines are comments."""
    text = resources.files("dyadscope.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))

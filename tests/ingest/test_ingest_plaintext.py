"""Plain-text documents: title and date from their first lines."""

from __future__ import annotations

from pathlib import Path

from dyadscope.ingest import load_path
from dyadscope.ingest.plaintext import text_header


def test_title_line_and_date_line(tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text(
        "Pakistan-Azerbaijan trade: small numbers\nA data note\nDate: 20 May 2016\n\n"
        "Trade grew this year.\n",
        encoding="utf-8",
    )
    loaded = load_path(doc)
    assert loaded.title == "Pakistan-Azerbaijan trade: small numbers"
    assert loaded.date == "2016-05-20"
    assert loaded.text.startswith("Pakistan-Azerbaijan trade")  # the text is not changed


def test_the_date_argument_wins_over_the_date_line(tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("A title\nDate: 2016-05-20\n\nBody text here.\n", encoding="utf-8")
    assert load_path(doc, date="2017-11-03").date == "2017-11-03"


def test_a_first_sentence_is_not_a_title() -> None:
    assert text_header("Trade between the two countries grew fast.\nIt doubled.") == (None, None)
    assert text_header("") == (None, None)

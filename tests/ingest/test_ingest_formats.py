"""Each supported format: text, metadata and (for PDFs) page spans.

Golden files: tests/golden/ingest/<name> -> <name>.expected.json (text plus
metadata). Regenerate after an intended change with
``DYADSCOPE_REGEN_GOLDEN=1 pytest tests/ingest`` and review the diff.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from dyadscope.ingest import SUPPORTED_SUFFIXES, iter_inputs, load_path, load_text
from dyadscope.ingest.loader import text_id

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "ingest"


def _summary(path: Path) -> dict[str, object]:
    doc = load_path(path)
    return {
        "title": doc.title,
        "author": doc.author,
        "date": doc.date,
        "url": doc.url,
        "media_type": doc.media_type,
        "text": doc.text.split("\n"),
    }


@pytest.mark.parametrize("name", ["article.md", "untitled.md", "article.html"])
def test_golden(name: str) -> None:
    expected_path = GOLDEN / f"{name}.expected.json"
    got = _summary(GOLDEN / name)
    if os.environ.get("DYADSCOPE_REGEN_GOLDEN"):
        expected_path.write_text(
            json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected


def test_markdown_front_matter_and_markup() -> None:
    doc = load_path(GOLDEN / "article.md")
    assert doc.title == "Azerbaijan and Pakistan: defence ties"
    assert doc.date == "2017-11-03" and doc.author == "A. Writer"
    assert "Baku and Islamabad signed a defence agreement in May 2003.[1]" in doc.text
    assert "**" not in doc.text and "](" not in doc.text and "`" not in doc.text
    assert "Fuad Shahbazov* wrote it.[2]" in doc.text  # a lone star is a marker, not emphasis
    assert "[1] The Diplomat (2017)" in doc.text
    assert "ignored" not in doc.text


def test_markdown_title_from_first_heading() -> None:
    doc = load_path(GOLDEN / "untitled.md")
    assert doc.title is None  # only a level-2 heading: no document title
    md = load_text("# Main title\nBody text.", media_type="text/markdown")
    assert md.title == "Main title"
    assert md.text == "Main title\n\nBody text."


def test_html_main_text_and_metadata() -> None:
    doc = load_path(GOLDEN / "article.html")
    assert doc.title == "Pakistan and Azerbaijan sign MoU"
    assert doc.author == "Staff Reporter" and doc.date == "2017-07-21"
    assert doc.url == "https://news.example.org/2017/07/mou"
    assert "The parties signed a Memorandum of Understanding" in doc.text
    assert "tracker" not in doc.text and "alert" not in doc.text


def test_text_normalisation_and_content_id() -> None:
    a = load_text("Cafe\u0301 in Baku.\r\nSecond line.")
    b = load_text("Café in Baku.\nSecond line.")
    assert a.text == b.text == "Café in Baku.\nSecond line."
    assert a.id == b.id == text_id(b.text)
    assert load_text("Other text.").id != a.id


def test_date_argument_wins_over_metadata() -> None:
    doc = load_path(GOLDEN / "article.md", date="2018-01")
    assert doc.date == "2018-01"
    assert load_text("x y z.", date="2017").date == "2017"


def test_pdf_pages_and_metadata(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf(
        "two.pdf",
        [
            ["Baku and Islamabad signed a defence agreement in May", "2003 after long talks."],
            ["The second page has one sentence."],
        ],
        title="Defence ties",
        author="A. Writer",
    )
    doc = load_path(path)
    assert doc.media_type == "application/pdf"
    assert doc.title == "Defence ties" and doc.author == "A. Writer"
    assert doc.date is not None and len(doc.date) == 10
    assert [p.number for p in doc.pages] == [1, 2]
    first, second = doc.pages
    assert doc.text[first.start : first.end].startswith("Baku and Islamabad")
    assert doc.text[second.start : second.end] == "The second page has one sentence."
    assert doc.page_at(second.start) == 2 and doc.page_at(0) == 1


def test_iter_inputs_walks_folders(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ["b/z.txt", "b/a.md", "a.html", "notes.xyz", ".secret.txt", ".hidden/x.txt"]:
        (tmp_path / rel).write_text("Text.", encoding="utf-8")
    found = list(iter_inputs([tmp_path]))
    rel = [p.relative_to(tmp_path).as_posix() for p in found]
    # unsupported files are yielded too, so the batch reports them instead of ignoring them
    assert rel == ["a.html", "notes.xyz", "b/a.md", "b/z.txt"]
    assert set(SUPPORTED_SUFFIXES) >= {".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}


def test_html_footnote_list_becomes_notes() -> None:
    html = (
        "<html><body><article><p>Baku signed the deal.<sup><a href='#fn1'>1</a></sup> "
        "Trade grew.<sup>2</sup></p>"
        "<section class='footnotes'><ol><li id='fn1'>Ministry (2017). "
        "<a href='https://mod.example/1'>https://mod.example/1</a></li>"
        "<li id='fn2'>Bureau (2016).</li></ol></section></article></body></html>"
    )
    doc = load_text(html, media_type="text/html")
    assert "Baku signed the deal.[1] Trade grew.[2]" in doc.text
    assert "[1] Ministry (2017). https://mod.example/1" in doc.text
    assert "[2] Bureau (2016)." in doc.text


def test_html_line_break_is_not_a_paragraph_break() -> None:
    doc = load_text("<p>The agreement was signed<br>in October 1995.</p><p>Next.</p>",
                    media_type="text/html")
    lines = [line for line in doc.text.split("\n") if line]
    assert lines == ["The agreement was signed", "in October 1995.", "Next."]
    # without trafilatura the <br> is a line break inside the paragraph
    assert "signed\nin" in doc.text or "signed\n\nin" in doc.text

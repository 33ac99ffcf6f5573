"""The bundled demo corpus: formats, README, metadata, and that ingest reads every file."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from dyadscope.demo import corpus_dir, corpus_files
from dyadscope.ingest import load_path
from dyadscope.segment import segment

NAMES = {"aze": "Azerbaijan", "pak": "Pakistan", "arm": "Armenia", "ind": "India",
         "chn": "China", "tur": "Türkiye"}
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_demo_pdf.py"


def _documents() -> list[Path]:
    return sorted(p for p in corpus_dir().iterdir() if p.is_file() and p.name != "README.md")


def test_corpus_files_are_the_documents_without_the_readme() -> None:
    assert corpus_files() == _documents()
    assert (corpus_dir() / "README.md").is_file()


def test_corpus_has_every_format_and_three_pairs() -> None:
    docs = _documents()
    formats = Counter(p.suffix for p in docs)
    assert len(docs) >= 10
    assert formats[".txt"] >= 2 and formats[".md"] >= 2 and formats[".html"] >= 2
    assert formats[".pdf"] >= 1
    pairs = {tuple(p.name.split("-")[:2]) for p in docs}
    assert {("aze", "pak"), ("ind", "pak"), ("arm", "aze")} <= pairs


def test_readme_lists_each_document() -> None:
    readme = (corpus_dir() / "README.md").read_text(encoding="utf-8")
    listed = {line.split("`")[1] for line in readme.splitlines() if line.startswith("| `")}
    assert listed == {p.name for p in _documents()}


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_each_document_ingests_with_notes_that_have_urls(path: Path) -> None:
    doc = load_path(path)
    for code in path.name.split("-")[:2]:
        assert NAMES[code] in doc.text
    for noise in ("gtag", "googletag", "dataLayer", "acceptCookies", "Subscribe"):
        assert noise not in doc.text
    notes = segment(doc).citations
    assert len(notes) >= 4
    assert all(n.url and n.url.startswith(("https://", "http://")) for n in notes)
    if path.suffix in (".md", ".html", ".pdf"):
        assert doc.date and doc.title


def test_pdf_metadata() -> None:
    pdf = corpus_dir() / "aze-pak-tur-trilateral-2021.pdf"
    meta = PdfReader(pdf).metadata
    assert meta is not None
    assert meta.title == "Three states, one format: the Azerbaijan-Pakistan-Türkiye trilateral"
    assert meta.author == "dyadscope demo desk"
    assert str(meta.get("/CreationDate", "")).startswith("D:20211001")


def test_committed_pdf_matches_its_script(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_demo_pdf", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if module._fonts()[0] != "DemoSerif":
        pytest.skip("DejaVu fonts not installed: the PDF would be laid out differently")
    built = module.build(tmp_path / "demo.pdf")
    assert built.read_bytes() == (corpus_dir() / module.OUT.name).read_bytes()

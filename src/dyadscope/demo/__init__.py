"""The bundled demo corpus: policy briefs and news reports written for dyadscope."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".pdf")


def corpus_dir() -> Path:
    """The folder of demo documents (.txt, .md, .html, .pdf) shipped inside the package."""
    resource = files("dyadscope.demo").joinpath("corpus")
    with as_file(resource) as path:  # a real folder for an installed or editable package
        return Path(path)


def corpus_files() -> list[Path]:
    """The demo documents themselves, sorted: the folder without its README."""
    return sorted(
        p for p in corpus_dir().iterdir()
        if p.is_file() and p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md"
    )

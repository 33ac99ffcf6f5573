"""Files, bytes and strings to Documents: size and type checks, decoding,
format conversion, normalisation, content-hash ids."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

from dyadscope.errors import InputError
from dyadscope.ingest import markdown as md_format
from dyadscope.ingest.decode import decode
from dyadscope.ingest.meta import clean_meta, normalise_date, validate_date_arg
from dyadscope.ingest.plaintext import text_header
from dyadscope.model import Document, PageSpan
from dyadscope.settings import DEFAULT_MAX_BYTES

MEDIA_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(MEDIA_TYPES)
_SUPPORTED_SHORT = ".txt, .md, .html, .htm, .pdf"
_MB = 1024 * 1024
_META_CHARSET = re.compile(r"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_WORD_TITLE = re.compile(r"^(?:Microsoft (?:Word|PowerPoint) - )?(.*?)(?:\.(?:docx?|pdf|pptx?))?$")


def _size(n: int) -> str:
    if n >= _MB // 10:
        return f"{n / _MB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def _too_big(source: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        source,
        f"file is {_size(size)}, above the {_size(max_bytes)} limit; "
        "raise it with --max-bytes or DYADSCOPE_MAX_BYTES",
    )


def normalise_text(text: str) -> str:
    """CRLF/CR to LF and Unicode NFC; everything else is kept for the segment stage."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def text_id(text: str) -> str:
    """Content hash of the normalised text: the same content is the same document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _check_suffix(source: str, suffix: str) -> str:
    suffix = suffix.lower()
    if suffix not in MEDIA_TYPES:
        shown = suffix or "(none)"
        raise InputError(source, f"unsupported file type '{shown}' (supported: {_SUPPORTED_SHORT})")
    return suffix


def _date_arg(date: str | None) -> str | None:
    return validate_date_arg(date) if date is not None else None


def _build(
    text: str,
    *,
    source: str,
    media_type: str,
    source_path: str | None,
    date: str | None,
    title: str | None,
    meta_title: str | None = None,
    author: str | None = None,
    meta_date: object = None,
    url: str | None = None,
    pages: tuple[PageSpan, ...] = (),
    warnings: tuple[str, ...] = (),
    empty_reason: str = "empty file (no text)",
) -> Document:
    if not text.strip():
        raise InputError(source, empty_reason)
    return Document(
        id=text_id(text),
        text=text,
        source_path=source_path,
        media_type=media_type,
        title=clean_meta(title) or clean_meta(meta_title),
        author=clean_meta(author),
        date=_date_arg(date) or normalise_date(meta_date),
        url=clean_meta(url),
        pages=pages,
        warnings=warnings,
    )


def load_text(
    text: str,
    *,
    source: str = "<stdin>",
    date: str | None = None,
    title: str | None = None,
    media_type: str = "text/plain",
) -> Document:
    """A Document from a string already in memory (plain text, Markdown or HTML)."""
    return _from_text(normalise_text(text), source=source, source_path=None,
                      media_type=media_type, date=date, title=title)


def _from_text(
    text: str,
    *,
    source: str,
    source_path: str | None,
    media_type: str,
    date: str | None,
    title: str | None,
    warnings: tuple[str, ...] = (),
) -> Document:
    if text.startswith("\ufeff"):
        text = text[1:]
    if media_type == "text/markdown":
        md = md_format.convert(text)
        return _build(
            normalise_text(md.text).strip("\n"), source=source, media_type=media_type,
            source_path=source_path, date=date, title=title,
            meta_title=md.meta.get("title") or md.heading, author=md.meta.get("author"),
            meta_date=md.meta.get("date"), url=md.meta.get("url"), warnings=warnings,
        )
    if media_type == "text/html":
        from dyadscope.ingest import html as html_format  # lxml: loaded for HTML only

        page = html_format.convert(text)
        return _build(
            normalise_text(page.text), source=source, media_type=media_type,
            source_path=source_path, date=date, title=title, meta_title=page.title,
            author=page.author, meta_date=page.date, url=page.url, warnings=warnings,
            empty_reason="no readable text in the HTML",
        )
    header_title, header_date = text_header(text)
    return _build(text, source=source, media_type=media_type, source_path=source_path,
                  date=date, title=title, meta_title=header_title, meta_date=header_date,
                  warnings=warnings)


def _from_pdf(data: bytes, *, source: str, source_path: str | None, date: str | None,
              title: str | None) -> Document:
    from dyadscope.ingest import pdf as pdf_format  # pypdf: loaded for PDFs only

    read = pdf_format.read(data, source)
    parts: list[str] = []
    spans: list[PageSpan] = []
    offset = 0
    for number, page in enumerate(read.pages, start=1):
        page = normalise_text(page)
        if parts:
            parts.append("\n\n")
            offset += 2
        spans.append(PageSpan(number=number, start=offset, end=offset + len(page)))
        parts.append(page)
        offset += len(page)
    meta_title = _WORD_TITLE.sub(r"\1", read.title.strip()) if read.title else None
    return _build(
        "".join(parts), source=source, media_type="application/pdf", source_path=source_path,
        date=date, title=title, meta_title=meta_title, author=read.author, meta_date=read.date,
        pages=tuple(spans), warnings=read.warnings,
        empty_reason="PDF has no extractable text (scanned images?)",
    )


def load_bytes(
    data: bytes,
    *,
    source: str,
    suffix: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date: str | None = None,
    title: str | None = None,
    source_path: str | None = None,
) -> Document:
    """A Document from raw bytes (stdin, uploads); ``suffix`` says the format."""
    suffix = _check_suffix(source, suffix)
    _date_arg(date)
    if len(data) > max_bytes:
        raise _too_big(source, len(data), max_bytes)
    if not data.strip():
        raise InputError(source, "empty file (no text)")
    media_type = MEDIA_TYPES[suffix]
    if media_type == "application/pdf":
        return _from_pdf(data, source=source, source_path=source_path, date=date, title=title)
    declared = None
    if media_type == "text/html":
        found = _META_CHARSET.search(data[:4096].decode("ascii", errors="ignore"))
        declared = found.group(1) if found else None
    text, warnings = decode(data, source, declared=declared)
    return _from_text(normalise_text(text), source=source, source_path=source_path,
                      media_type=media_type, date=date, title=title,
                      warnings=tuple(warnings))


def load_path(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date: str | None = None,
    title: str | None = None,
) -> Document:
    """A Document from a file; InputError (path + reason) for anything unusable."""
    path = Path(path)
    source = str(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except OSError as exc:
        raise InputError(source, f"cannot read file ({exc.strerror or exc})") from None
    if path.is_dir():
        raise InputError(source, "is a folder, not a file")
    suffix = _check_suffix(source, path.suffix)
    if stat.st_size > max_bytes:
        raise _too_big(source, stat.st_size, max_bytes)
    if stat.st_size == 0:
        raise InputError(source, "empty file (0 bytes)")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot read file ({exc.strerror or exc})") from None
    return load_bytes(data, source=source, suffix=suffix, max_bytes=max_bytes, date=date,
                      title=title, source_path=source)


def iter_inputs(paths: Sequence[Path]) -> Iterator[Path]:
    """Files as given; folders recursively (sorted, hidden entries skipped).

    Every visible file is yielded, supported or not: a report.docx in a folder
    of reports is reported (and quarantined) rather than silently ignored.
    """
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield Path(root) / name

"""PDF to text with pypdf: one PageSpan per page, metadata, paragraph breaks.

pypdf returns lines with single newlines only; a short line ending a sentence
ends a paragraph, so a blank line is put after it for the segment stage.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from dyadscope.errors import InputError

_TERMINAL = re.compile(r"[.!?:…][\"”’')\]]*$")
_OPEN_END = re.compile(
    r"(?:[,;:(–—-]|\b(?:of|the|a|an|to|in|on|at|by|for|from|with|and|or|as|that|is|was))$",
    re.I,
)


def _is_heading(lines: list[str], i: int, width: int) -> bool:
    """A short unpunctuated line between a paragraph end and a capitalised line."""
    line = lines[i].strip()
    if not line or i + 1 >= len(lines) or len(line) > 0.6 * width:
        return False
    after = lines[i + 1].strip()[:1]
    before = lines[i - 1].strip() if i > 0 else ""
    return (
        after.isupper()
        and line[:1].isupper()
        and not _TERMINAL.search(line)
        and not _OPEN_END.search(line)
        and (not before or bool(_TERMINAL.search(before)))
    )


@dataclass(frozen=True, slots=True)
class PdfText:
    pages: tuple[str, ...]
    title: str | None = None
    author: str | None = None
    date: object = None
    warnings: tuple[str, ...] = ()


def reflow(page: str) -> str:
    """Blank line after each line that ends a paragraph (short and terminated)."""
    lines = [line.rstrip() for line in page.replace("\r\n", "\n").split("\n")]
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for i, line in enumerate(lines):
        if _is_heading(lines, i, width):
            out.extend(["", line, ""])
            continue
        out.append(line)
        if line.strip() and width and len(line) < 0.8 * width and _TERMINAL.search(line):
            out.append("")
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def read(data: bytes, source: str) -> PdfText:
    """Pages of text and metadata; InputError for encrypted or corrupt files."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # missing crypto backends raise various errors
                raise InputError(source, f"encrypted PDF ({exc})") from exc
            if not ok:
                raise InputError(source, "encrypted PDF (a password is required)")
        texts: list[str] = []
        warnings: list[str] = []
        for number, page in enumerate(reader.pages, start=1):
            try:
                texts.append(reflow(page.extract_text() or ""))
            except Exception as exc:  # one broken page must not cost the others
                texts.append("")
                reason = type(exc).__name__
                warnings.append(f"page {number}: text could not be extracted ({reason})")
        pages = tuple(texts)
        meta = reader.metadata
        title = author = date = None
        if meta is not None:
            title, author = meta.title, meta.author
            try:
                date = meta.creation_date
            except Exception:
                date = meta.get("/CreationDate")
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, OSError, RecursionError, ZeroDivisionError) as exc:
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError(source, f"corrupt or truncated PDF ({detail})") from exc
    return PdfText(pages=pages, title=title, author=author, date=date,
                   warnings=tuple(warnings))

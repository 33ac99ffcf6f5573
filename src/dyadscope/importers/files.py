"""Finding, fingerprinting, unzipping and sniffing data-set files.

Files are read in place; only zip members are streamed to a temporary file,
because the CSV reader needs a plain file. The fingerprint (size + SHA-256 of the
whole content, computed streaming) is what makes a repeated import a no-op.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dyadscope.errors import InputError

CHUNK = 1024 * 1024
_NEWLINE = ord("\n")
SNIFF_BYTES = 256 * 1024
SKIP_NAMES = {"readme", "readme.md", "readme.txt", "license", ".ds_store"}


@dataclass(frozen=True, slots=True)
class FileFacts:
    """Size, content hash and line count of one file, from a single streaming pass."""

    size: int
    sha256: str
    lines: int

    @property
    def fingerprint(self) -> str:
        return f"{self.size}:{self.sha256}"


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files named, plus the files inside folders (sorted, so runs are reproducible)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not p.name.startswith(".") and p.name.lower() not in SKIP_NAMES
            )
            out.extend(found)
        elif path.is_file():
            out.append(path)
        else:
            raise InputError(str(path), "no such file or folder")
    return out


def facts(path: Path) -> FileFacts:
    """Hash and count lines in one pass (a final line without newline counts)."""
    digest = hashlib.sha256()
    size = 0
    lines = 0
    last = b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            lines += _newlines(chunk)
            last = chunk[-1:]
    if size and last != b"\n":
        lines += 1
    return FileFacts(size=size, sha256=digest.hexdigest(), lines=lines)


def _newlines(chunk: bytes) -> int:
    """Newline bytes in ``chunk``; numpy counts them four times faster than
    ``bytes.count`` and without holding the GIL (the count runs beside DuckDB).
    Imported here, so that listing the data sets (``--help``) does not load it."""
    import numpy as np

    return int(np.count_nonzero(np.frombuffer(chunk, dtype=np.uint8) == _NEWLINE))


@contextmanager
def plain_file(path: Path) -> Iterator[Path]:
    """The file itself, or for a .zip its (single data) member extracted to a temp file.

    A truncated or corrupt zip raises InputError naming the file and the problem.
    """
    if path.suffix.lower() != ".zip":
        yield path
        return
    tmpdir = Path(tempfile.mkdtemp(prefix="dyadscope-zip-"))
    try:
        try:
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.infolist() if not m.is_dir()]
                if len(members) != 1:
                    raise InputError(str(path), f"zip holds {len(members)} files, expected one")
                target = tmpdir / Path(members[0].filename).name
                with archive.open(members[0]) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst, CHUNK)
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
            raise InputError(str(path), f"truncated or corrupt zip ({exc})") from None
        yield target
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def sniff(path: Path) -> tuple[list[str], str]:
    """The first lines of a file (decoded) and the encoding to read it with.

    UTF-8 when the sniffed bytes decode as UTF-8 (a cut multi-byte character at
    the end is allowed), else Latin-1. Binary content is refused.
    """
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip():
        raise InputError(str(path), "empty file")
    if b"\x00" in head:
        raise InputError(str(path), "binary content (NUL bytes), not a delimited text file")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    try:
        text = head.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and len(head) == SNIFF_BYTES:
            text = head[: exc.start].decode("utf-8")
            encoding = "utf-8"
        else:
            text = head.decode("latin-1")
            encoding = "latin-1"
    lines = text.splitlines()
    if len(head) == SNIFF_BYTES and lines:
        lines = lines[:-1]  # the last one may be cut
    return lines, encoding

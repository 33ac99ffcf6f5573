"""File checks shared by the gold readers: size, binary content, encoding."""

from __future__ import annotations

from pathlib import Path

from dyadscope.errors import InputError
from dyadscope.settings import DEFAULT_MAX_BYTES


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or a one-line InputError naming what is wrong with it."""
    name = str(path)
    if not path.is_file():
        raise InputError(name, "no such gold file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(name, "gold file is empty")
    if size > max_bytes:
        raise InputError(name, f"gold file is {size} bytes, over the limit of {max_bytes}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read gold file ({exc.strerror})") from exc
    if b"\x00" in data[:8192]:
        raise InputError(name, "gold file is binary, expected text (JSON Lines, JSON or XML)")
    return data


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file as UTF-8 text (a BOM is dropped); other encodings are refused by name."""
    data = read_bytes(path, max_bytes=max_bytes)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), f"gold file is not UTF-8 (bad byte at offset {exc.start})"
        ) from exc
    if not text.strip():
        raise InputError(str(path), "gold file holds only whitespace")
    return text

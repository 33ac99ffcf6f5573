"""Reading a user's dictionary file: one place that tells a missing, unreadable,
binary or empty file apart, with one-line reasons naming the file."""

from __future__ import annotations

from pathlib import Path

from dyadscope.errors import DictionaryError

_SNIFF = 4096
_CONTROL = frozenset(range(32)) - {9, 10, 13} | {127}


def read_dictionary_text(
    path: Path | str, *, fallback: str | None = None, allow_empty: bool = False
) -> str:
    """The file's text. UTF-8 (a BOM is dropped); where it is not, ``fallback`` decodes
    it (old PETRARCH files are Latin-1) or, without one, it is an error. An empty file
    (nothing but white space) is an error unless ``allow_empty``."""
    label = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise DictionaryError(label, None, "cannot read: no such file") from None
    except OSError as exc:
        raise DictionaryError(label, None, f"cannot read ({exc.strerror})") from None
    head = data[:_SNIFF]
    if b"\x00" in head or sum(b in _CONTROL for b in head) > len(head) // 10:
        raise DictionaryError(label, None, "binary file, expected dictionary text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if fallback is None:
            raise DictionaryError(label, None, f"not UTF-8 text (byte {exc.start})") from None
        text = data.decode(fallback, errors="replace")
    if not allow_empty and not text.strip():
        raise DictionaryError(label, None, "empty file, no entries")
    return text

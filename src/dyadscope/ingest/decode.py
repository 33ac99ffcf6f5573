"""Bytes to text: UTF-8 first, then a detected encoding, never a crash.

Undecodable bytes are replaced (U+FFFD) and reported as a warning, so one bad
byte never costs the rest of a document.
"""

from __future__ import annotations

import codecs
import threading

from charset_normalizer import from_bytes

from dyadscope.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte Western encodings: charset-normalizer often ranks a Baltic or
# Central European code page first on short texts; cp1252 is the likelier truth.
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp1254"}
_SAMPLE = 8192
_LOCAL = threading.local()


def _count_and_replace(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: note the bad byte offsets, substitute U+FFFD."""
    assert isinstance(err, UnicodeDecodeError)
    _LOCAL.bad.append((err.start, err.end - err.start))
    return "\ufffd", err.end


codecs.register_error("dyadscope-replace", _count_and_replace)


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def check_not_binary(data: bytes, source: str) -> None:
    """Refuse bytes that are not text: NUL bytes, or mostly control bytes."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise InputError(source, "binary file (contains NUL bytes), not a text document")
    if not sample:
        return
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if control / len(sample) > 0.1:
        raise InputError(source, "binary file (mostly control bytes), not a text document")


def _decode_replacing(data: bytes, encoding: str) -> tuple[str, list[str]]:
    """Decode with U+FFFD for bad bytes; a warning says how many and where the first is."""
    _LOCAL.bad = []
    try:
        text = data.decode(encoding, errors="dyadscope-replace")
        bad: list[tuple[int, int]] = _LOCAL.bad
    finally:
        _LOCAL.bad = []
    warnings: list[str] = []
    if bad:
        count = sum(length for _, length in bad)
        warnings.append(
            f"{count} byte(s) could not be decoded as {encoding} and were replaced "
            f"with U+FFFD (first at byte offset {bad[0][0]})"
        )
    return text, warnings


def decode(
    data: bytes, source: str, *, check_binary: bool = True, declared: str | None = None
) -> tuple[str, list[str]]:
    """Text and warnings for ``data``; raises InputError for binary input.

    ``declared`` is an encoding the document names itself (an HTML meta charset):
    tried after UTF-8, before guessing.
    """
    bom = _bom_encoding(data)
    if bom is not None:
        return _decode_replacing(data, bom)
    if check_binary:
        check_not_binary(data, source)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), []
        except (UnicodeDecodeError, LookupError):
            pass
    # Mostly valid UTF-8 with a few broken bytes: keep UTF-8, replace the rest.
    utf8, warnings = _decode_replacing(data, "utf-8")
    replaced = utf8.count("\ufffd")
    if any(ord(ch) > 127 and ch != "\ufffd" for ch in utf8) and replaced <= max(
        16, len(data) // 100
    ):
        return utf8, warnings
    matches = list(from_bytes(data[: 1024 * 1024]))
    if not matches:
        return utf8, warnings
    best = matches[0]
    encoding = best.encoding
    for match in matches:
        names = {match.encoding, *match.could_be_from_charset}
        if names & _WESTERN and match.chaos <= best.chaos + 0.15:
            encoding = "cp1252"
            break
    try:
        return data.decode(encoding), []
    except (UnicodeDecodeError, LookupError):
        return _decode_replacing(data, encoding if encoding else "utf-8")

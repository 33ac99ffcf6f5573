"""Gold-set readers, one module per format, and format detection."""

from __future__ import annotations

from pathlib import Path

from dyadscope.errors import InputError
from dyadscope.evaluate.gold import GOLD_FORMATS, GoldSet
from dyadscope.evaluate.readers.common import read_bytes
from dyadscope.evaluate.readers.petrarch_xml import read_petrarch_xml
from dyadscope.evaluate.readers.plover_gsr import read_plover_gsr
from dyadscope.evaluate.readers.records import read_records
from dyadscope.settings import DEFAULT_MAX_BYTES

__all__ = ["detect_format", "read_gold", "read_petrarch_xml", "read_plover_gsr", "read_records"]


def detect_format(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The gold format of ``path``: from the suffix, else from the first character.

    ``.jsonl`` -> records, ``.xml`` -> petrarch-xml; otherwise ``<`` means XML,
    ``[`` a JSON array (PLOVER GSR) and ``{`` JSON Lines.
    """
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "records"
    if suffix == ".xml":
        return "petrarch-xml"
    head = read_bytes(path, max_bytes=max_bytes)[:4096].decode("utf-8", "replace").lstrip("\ufeff")
    first = head.lstrip()[:1]
    if first == "<":
        return "petrarch-xml"
    if first == "[":
        return "plover-gsr"
    if first == "{":
        return "records"
    raise InputError(
        str(path), "cannot tell the gold format (expected JSON Lines, a JSON array or XML); "
        "pass --format"
    )


def read_gold(path: Path, fmt: str = "auto", *, max_bytes: int = DEFAULT_MAX_BYTES) -> GoldSet:
    """Read a gold file in ``fmt`` (``auto`` detects it); errors name the file."""
    chosen = detect_format(path, max_bytes=max_bytes) if fmt == "auto" else fmt
    if chosen == "records":
        return read_records(path, max_bytes=max_bytes)
    if chosen == "plover-gsr":
        return read_plover_gsr(path, max_bytes=max_bytes)
    if chosen == "petrarch-xml":
        return read_petrarch_xml(path, max_bytes=max_bytes)
    allowed = ", ".join(("auto", *GOLD_FORMATS))
    raise InputError(str(path), f"unknown gold format '{fmt}' (allowed: {allowed})")

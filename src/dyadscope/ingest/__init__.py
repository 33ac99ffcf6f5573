"""Ingest: files (txt, md, html, pdf), bytes or strings in, Documents out.

Bad input raises ``errors.InputError`` naming the file and what is wrong;
undecodable bytes become U+FFFD with a ``Document.warnings`` entry.
"""

from __future__ import annotations

from dyadscope.ingest.loader import (
    MEDIA_TYPES,
    SUPPORTED_SUFFIXES,
    iter_inputs,
    load_bytes,
    load_path,
    load_text,
    normalise_text,
    text_id,
)
from dyadscope.ingest.meta import normalise_date, validate_date_arg
from dyadscope.settings import DEFAULT_MAX_BYTES

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MEDIA_TYPES",
    "SUPPORTED_SUFFIXES",
    "iter_inputs",
    "load_bytes",
    "load_path",
    "load_text",
    "normalise_date",
    "normalise_text",
    "text_id",
    "validate_date_arg",
]

"""dyadscope: how two countries relate, from documents and event data sets.

The public API; everything else is internal. See ``dyadscope.api``.
"""

from __future__ import annotations

import logging

from dyadscope.model import (
    Actor,
    Citation,
    DateRef,
    Document,
    Event,
    Observation,
    Quantity,
    Sentence,
    Source,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Citation",
    "DateRef",
    "Document",
    "Event",
    "Observation",
    "Quantity",
    "Sentence",
    "Source",
    "__version__",
    "events",
    "extract",
    "extract_file",
    "ingest",
    "observations",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> object:
    """The API functions load the pipeline lazily: ``import dyadscope`` stays cheap."""
    if name in {"extract", "extract_file", "ingest", "events", "observations"}:
        from dyadscope import api

        return getattr(api, name)
    raise AttributeError(f"module 'dyadscope' has no attribute {name!r}")

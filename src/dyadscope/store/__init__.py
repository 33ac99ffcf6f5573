"""The embedded DuckDB store (the only package that speaks SQL)."""

from dyadscope.store.store import Store

__all__ = ["Store"]

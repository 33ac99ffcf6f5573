"""Query parameters as the API functions take them: a pair from ``AZE-PAK`` (or
names), lists from repeated or comma-separated values. Checking what the values
mean is left to ``dyadscope.api``, which names the wrong one in a ``UsageError``."""

from __future__ import annotations

from collections.abc import Iterable

from dyadscope import api
from dyadscope.errors import UsageError

# the API's argument names as the HTTP API spells them (issue 13)
FIELD_NAMES = {"kinds": "kind", "domains": "domain", "paths": "body", "id": "doc_id"}
# longer than any code, name or filter value a caller could mean
MAX_VALUE = 200


def http_field(field: str) -> str:
    """The query parameter an API argument name stands for."""
    return FIELD_NAMES.get(field, field)


def listed(values: Iterable[str], field: str) -> tuple[str, ...]:
    """``?kind=a&kind=b`` and ``?kind=a,b`` alike; empty items are dropped."""
    out: list[str] = []
    for value in values:
        _short(value, field)
        out += [item.strip() for item in value.split(",") if item.strip()]
    return tuple(out)


def one(value: str | None, field: str) -> str | None:
    """A single value, with empty meaning 'not given' (an empty form field)."""
    if value is None or not value.strip():
        return None
    return _short(value, field).strip()


def pair(value: str | None) -> tuple[str, str]:
    """Two countries from ``AZE-PAK``, ``AZE,PAK`` or ``Azerbaijan-Pakistan``. A name
    with a hyphen of its own (``Guinea-Bissau-SEN``) is split where both sides name
    an actor the package knows; otherwise at the first hyphen, for the API to judge."""
    if value is None or not value.strip():
        raise UsageError("pair", "give two countries, e.g. pair=AZE-PAK")
    text = _short(value, "pair").strip()
    separator = "," if "," in text else "-"
    parts = text.split(separator)
    if len(parts) < 2:
        raise UsageError("pair", f"{text!r}: give two countries joined by '-', e.g. AZE-PAK")
    if len(parts) == 2 or separator == ",":
        if len(parts) != 2:
            raise UsageError("pair", f"{text!r}: give exactly two countries")
        return parts[0].strip(), parts[1].strip()
    for cut in range(1, len(parts)):
        first, second = separator.join(parts[:cut]), separator.join(parts[cut:])
        try:
            api.pair_codes((first, second))
        except UsageError:
            continue
        return first, second
    return parts[0], separator.join(parts[1:])


def pair_slug(codes: Iterable[str]) -> str:
    """``AZE-PAK``: how a pair appears in URLs."""
    return "-".join(codes)


def _short(value: str, field: str) -> str:
    if len(value) > MAX_VALUE:
        raise UsageError(field, f"{len(value)} characters is too long (at most {MAX_VALUE})")
    return value

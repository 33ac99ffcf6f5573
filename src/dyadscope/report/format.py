"""Formatting shared by the text timeline and the HTML brief: values, actors, URLs."""

from __future__ import annotations

from urllib.parse import urlsplit

from dyadscope.model import Actor, Event

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}


def _number(value: float) -> str:
    """At most two decimals, trailing zeros dropped: 37.45, 1.5, 10."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


def format_value(value: float, unit: str) -> str:
    """A figure as a reader writes it: "$37.45 million", "PKR 2.1 billion", "10", "12%"."""
    if unit in ("percent", "%"):
        return f"{_number(value)}%"
    scaled, word = value, ""
    for size, name in _SCALES:
        if abs(value) >= size:
            scaled, word = value / size, f" {name}"
            break
    amount = f"{_number(scaled)}{word}"
    if unit in ("count", "", "number"):
        return amount
    sign = _CURRENCY_SIGNS.get(unit.upper())
    if sign:
        return f"{sign}{amount}"
    if len(unit) == 3 and unit.isupper():  # another ISO 4217 code
        return f"{unit} {amount}"
    return f"{amount} {unit}"


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s) with a host, else None: never link ``javascript:`` and kin."""
    if not url:
        return None
    candidate = url.strip()
    if any(ord(ch) < 32 or ch.isspace() for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


def actor_code(actor: Actor | None) -> str:
    if actor is None:
        return "?"
    return f"{actor.code}-{actor.sector}" if actor.sector else actor.code


def actors_text(event: Event) -> str:
    """"PAK -> AZE" (actor1 acts), or one code when there is no second actor."""
    first = actor_code(event.actor1)
    if event.actor2 is None:
        return first
    return f"{first} -> {actor_code(event.actor2)}"


DOMAIN_TITLES = {
    "military": "Military",
    "economic": "Economic",
    "diplomatic": "Diplomatic",
    "humanitarian_cultural": "Humanitarian and cultural",
    "security": "Security",
    "other": "Other",
}
